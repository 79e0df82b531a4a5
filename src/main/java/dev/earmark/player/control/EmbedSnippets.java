package dev.earmark.player.control;

/**
 * The copy-paste snippets that put Earmark's player on another site, and the iframe's size, shared
 * by the episode page's Embed button and the oEmbed answers.
 */
public final class EmbedSnippets {

    public static final int WIDTH = 640;
    public static final int EPISODE_HEIGHT = 400;
    public static final int SHOW_HEIGHT = 450;

    private EmbedSnippets() {
    }

    /** An iframe that loads lazily and names its content for screen readers. */
    public static String iframe(String src, String title, int width, int height) {
        return "<iframe src=\"" + attribute(src) + "\" title=\"" + attribute(title) + "\" width=\"" + width
                + "\" height=\"" + height + "\" loading=\"lazy\" allow=\"clipboard-write\"></iframe>";
    }

    /** The script that defines {@code <earmark-player>}, and the element for one episode. */
    public static String script(String widgetUrl, long episodeId) {
        return "<script src=\"" + attribute(widgetUrl) + "\" async></script>\n<earmark-player episode=\"" + episodeId
                + "\"></earmark-player>";
    }

    private static String attribute(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
