package dev.earmark.platform.control;

/** Ids as they arrive in URLs: a positive whole number, or a 400 that says so. */
public final class EntityIds {

    private EntityIds() {
    }

    public static long parse(String id) {
        try {
            long parsed = Long.parseLong(id);
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, like a negative id
        }
        throw new InvalidParameterException("error.parameter.id", id);
    }
}
