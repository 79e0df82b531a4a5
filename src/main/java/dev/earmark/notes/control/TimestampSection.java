package dev.earmark.notes.control;

import java.util.List;

/**
 * The timestamps section of show notes: its chapters and where it lies.
 *
 * <p>{@code textStart} and {@code textEnd} count characters of the notes' text content as the HTML parser decodes it
 * (markup is not counted, {@code &amp;} is one character), because the section is found in the text, and markup
 * around it can be anything. The range starts at the label and ends where the next paragraph or the enclosing
 * element's text begins.
 */
public record TimestampSection(List<ChapterMark> chapters, int textStart, int textEnd) {

    public TimestampSection {
        chapters = List.copyOf(chapters);
    }
}
