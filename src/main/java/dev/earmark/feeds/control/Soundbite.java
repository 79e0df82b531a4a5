package dev.earmark.feeds.control;

/**
 * A {@code podcast:soundbite}: a moment worth hearing alone, made of one of the episode's highlights. Podcasting
 * 2.0 recommends 15 to 120 seconds, and a title of at most 128 characters.
 */
public record Soundbite(long startMillis, long durationMillis, String title) {

    public static final long SHORTEST_MILLIS = 15_000;
    public static final long LONGEST_MILLIS = 120_000;
    public static final int TITLE_MAX = 128;

    /**
     * A highlight's range as a soundbite: too short a moment is heard with what follows it, too long a one is cut.
     *
     * @param episodeMillis the episode's length, 0 when unknown: a soundbite does not run past the end
     */
    public static Soundbite of(long startMillis, long endMillis, String title, long episodeMillis) {
        long duration = Math.min(Math.max(endMillis - startMillis, SHORTEST_MILLIS), LONGEST_MILLIS);
        if (episodeMillis > 0) {
            duration = Math.max(Math.min(duration, episodeMillis - startMillis), 0);
        }
        String text = title == null ? "" : title.strip();
        if (text.length() > TITLE_MAX) {
            int cut = Character.isHighSurrogate(text.charAt(TITLE_MAX - 2)) ? TITLE_MAX - 2 : TITLE_MAX - 1;
            text = text.substring(0, cut).stripTrailing() + "…";
        }
        return new Soundbite(startMillis, duration, text);
    }
}
