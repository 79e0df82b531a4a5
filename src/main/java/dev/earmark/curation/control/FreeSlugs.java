package dev.earmark.curation.control;

import dev.earmark.catalogue.entity.Slugs;
import java.util.function.Predicate;

/**
 * The addresses (slugs) of one kind of thing, such as all shows or the episodes of one show. A curator may choose
 * one, which must be free; else one is made from the title and numbered until it is free ("tea-talks-2").
 */
public final class FreeSlugs {

    /** A title that a hundred others have already is a mistake rather than a reason to count on. */
    static final int MAX_NUMBER = 100;

    private final int maxLength;
    private final String fallback;
    private final String takenKey;
    private final Predicate<String> isTaken;

    /**
     * @param fallback the slug of a title without Latin letters or digits ("Подкаст", "播客")
     * @param takenKey the message that a slug is taken, with the slug as its argument
     */
    public FreeSlugs(int maxLength, String fallback, String takenKey, Predicate<String> isTaken) {
        this.maxLength = maxLength;
        this.fallback = fallback;
        this.takenKey = takenKey;
        this.isTaken = isTaken;
    }

    /**
     * The chosen slug, without surrounding blanks, or for a blank one the title's slug, else the first of "slug-2"
     * to "slug-100" that is free.
     *
     * @throws SlugTakenException when the chosen slug is taken, or the title's and all its numbered ones are
     */
    public String choose(String chosen, String title) {
        if (chosen != null && !chosen.isBlank()) {
            String slug = chosen.strip();
            if (isTaken.test(slug)) {
                throw taken(slug);
            }
            return slug;
        }
        String made = Slugs.of(title, maxLength);
        String stem = made.isEmpty() ? fallback : made;
        for (int number = 1; number <= MAX_NUMBER; number++) {
            String suffix = number == 1 ? "" : "-" + number;
            String candidate = Slugs.of(stem, maxLength - suffix.length()) + suffix;
            if (!isTaken.test(candidate)) {
                return candidate;
            }
        }
        throw taken(stem);
    }

    /** For a slug that was free when it was chosen, but that a concurrent save took before this one wrote it. */
    public SlugTakenException taken(String slug) {
        return new SlugTakenException(takenKey, slug);
    }
}
