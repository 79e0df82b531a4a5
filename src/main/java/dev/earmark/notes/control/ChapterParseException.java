package dev.earmark.notes.control;

import java.util.Arrays;

/** Chapter text that cannot be read; the key and arguments name the problem in the message bundle. */
public final class ChapterParseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final Object[] arguments;

    private ChapterParseException(String messageKey, Object... arguments) {
        super(messageKey + " " + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    static ChapterParseException noTimestamp() {
        return new ChapterParseException("chapters.error.noTimestamp");
    }

    static ChapterParseException badTime(String time) {
        return new ChapterParseException("chapters.error.badTime", time);
    }

    static ChapterParseException notATime(String text) {
        return new ChapterParseException("chapters.error.notATime", text);
    }

    static ChapterParseException noStart(String title) {
        return new ChapterParseException("chapters.error.noStart", title);
    }

    static ChapterParseException sameStart(String title, String otherTitle, String time) {
        return new ChapterParseException("chapters.error.sameStart", title, otherTitle, time);
    }

    static ChapterParseException emptyTitle(String time) {
        return new ChapterParseException("chapters.error.emptyTitle", time);
    }

    static ChapterParseException outOfOrder(String title, String time) {
        return new ChapterParseException("chapters.error.outOfOrder", title, time);
    }

    static ChapterParseException textWithoutTime(String text) {
        return new ChapterParseException("chapters.error.textWithoutTime", text);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
