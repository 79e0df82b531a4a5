package dev.earmark.summaries.control;

/**
 * Why a language model gave a snip no summary, or an episode no suggestion: a line for the server's log (the snip keeps
 * its extractive summary, the episode gets the built-in suggestion; listeners are told nothing). Never holds the
 * service's key.
 */
public final class SummaryFailure extends Exception {

    private static final long serialVersionUID = 1L;
    /** Enough of a service's answer to see what went wrong, not enough to flood the log. */
    private static final int QUOTED = 200;

    public SummaryFailure(String reason) {
        super(reason);
    }

    /** The start of a text a service sent, on one line. */
    static String quoted(String text) {
        String line = text.replaceAll("\\p{Cntrl}+", " ").replaceAll(" {2,}", " ").strip();
        return line.length() <= QUOTED ? line : line.substring(0, QUOTED) + "…";
    }
}
