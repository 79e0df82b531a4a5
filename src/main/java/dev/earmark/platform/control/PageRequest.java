package dev.earmark.platform.control;

/**
 * Which slice of a list to show: pages count from 1, as people and URLs do.
 * A size above {@link #MAX_SIZE} is capped rather than refused, so clients asking for "all" still get an answer.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** The highest page whose rows a query can still count to (JPA positions are ints). */
    public static final int MAX_PAGE = (Integer.MAX_VALUE - MAX_SIZE) / MAX_SIZE;

    public PageRequest {
        if (page < 1 || page > MAX_PAGE) {
            throw new InvalidParameterException("error.parameter.page", String.valueOf(page), MAX_PAGE);
        }
        if (size < 1) {
            throw new InvalidParameterException("error.parameter.size", String.valueOf(size), MAX_SIZE);
        }
        size = Math.min(size, MAX_SIZE);
    }

    /** Parses query parameters as they arrive; null or blank means the default. */
    public static PageRequest parse(String page, String size) {
        return new PageRequest(parseOr(page, 1, "error.parameter.page", MAX_PAGE),
                parseOr(size, DEFAULT_SIZE, "error.parameter.size", MAX_SIZE));
    }

    private static int parseOr(String value, int fallback, String errorKey, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException notANumber) {
            throw new InvalidParameterException(errorKey, value, max);
        }
    }

    public int firstResult() {
        return (page - 1) * size;
    }
}
