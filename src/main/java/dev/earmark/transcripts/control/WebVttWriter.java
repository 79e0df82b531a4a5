package dev.earmark.transcripts.control;

/**
 * Cues written as WebVTT, for players and the download of a transcript uploaded in another format: each cue its
 * timing line, the speaker as a voice tag, and the text with {@code &}, {@code <} and {@code >} escaped (so no text
 * can close a tag or hold the arrow "-->" that would end the cue).
 */
public final class WebVttWriter {

    private WebVttWriter() {
    }

    /**
     * @throws IllegalArgumentException for a transcript without times (plain text), which WebVTT cannot hold
     */
    public static String write(Transcript transcript) {
        if (!transcript.timed()) {
            throw new IllegalArgumentException("a transcript without times has no WebVTT form");
        }
        StringBuilder vtt = new StringBuilder("WEBVTT\n");
        for (Cue cue : transcript.cues()) {
            vtt.append('\n').append(time(cue.startMillis())).append(" --> ").append(time(cue.endMillis())).append('\n');
            if (cue.speaker() != null) {
                vtt.append("<v ").append(escaped(cue.speaker())).append('>');
            }
            vtt.append(escaped(cue.text())).append('\n');
        }
        return vtt.toString();
    }

    /** {@code hh:mm:ss.ttt}, with more digits of hours where needed. Not String.format, which costs more than a cue. */
    static String time(long millis) {
        StringBuilder time = new StringBuilder(12);
        twoDigits(time, millis / 3_600_000).append(':');
        twoDigits(time, millis / 60_000 % 60).append(':');
        twoDigits(time, millis / 1_000 % 60).append('.');
        long fraction = millis % 1_000;
        return time.append(fraction < 100 ? "0" : "").append(fraction < 10 ? "0" : "").append(fraction).toString();
    }

    private static StringBuilder twoDigits(StringBuilder time, long value) {
        return time.append(value < 10 ? "0" : "").append(value);
    }

    private static String escaped(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
