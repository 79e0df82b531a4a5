package dev.earmark.transcripts.control;

/**
 * Why an engine could not transcribe: a key of the bundle and its one argument, a short detail (a program's last
 * words, a service's error message) that the job keeps so the editor can show it. Never holds a secret: the service's
 * key is in no request line or header that a failure repeats.
 */
public final class TranscriptionFailure extends Exception {

    private static final long serialVersionUID = 1L;
    /** Enough for a service's error message; the job's column holds more, the editor shows no more. */
    static final int DETAIL_MAX = 200;

    private final String messageKey;
    private final String detail;

    public TranscriptionFailure(String messageKey, String detail) {
        super(messageKey + (detail == null ? "" : ": " + detail));
        this.messageKey = messageKey;
        this.detail = detail == null ? null : shortened(detail);
    }

    public String messageKey() {
        return messageKey;
    }

    /** The key's argument, or null. */
    public String detail() {
        return detail;
    }

    /** One line without control characters, at most {@value #DETAIL_MAX} characters. */
    static String shortened(String text) {
        String line = text.replaceAll("\\p{Cntrl}+", " ").replaceAll(" {2,}", " ").strip();
        return line.length() <= DETAIL_MAX ? line : line.substring(0, DETAIL_MAX - 1) + "…";
    }
}
