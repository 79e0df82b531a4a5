package dev.earmark.catalogue.entity;

import dev.earmark.notes.control.ShowNotes;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

/**
 * What pages and the API show of an episode's notes, derived once when the notes are set: sanitising them and finding
 * their timestamps section for every episode on every view cost most of a page's rendering, and let one hostile note
 * cost every listener's view. Immutable: new notes bring new derived notes.
 */
@Embeddable
public class DerivedNotes {

    /**
     * The derivation that stored notes were made by. Raise it with every change to what {@link ShowNotes} makes of
     * notes or to the lengths below: at deployment, {@code OutdatedNotes} derives every row made by an older one again.
     */
    public static final int VERSION = 1;

    /**
     * Enough text for three lines of the widest episode row; the style sheet clamps to three lines, and a page of
     * twenty rows does not carry twenty whole show notes.
     */
    public static final int TEASER_MAX = 420;
    /** As much as search engines and link previews show of a meta description. */
    public static final int SUMMARY_MAX = 200;

    // No length: escaping and links can make the sanitised notes several times longer than the notes.
    @Column(name = "notes_html")
    private String html;

    @Column(name = "notes_html_without_timestamps")
    private String htmlWithoutTimestamps;

    @Size(max = TEASER_MAX)
    @Column(name = "notes_teaser", length = TEASER_MAX)
    private String teaser;

    @Size(max = SUMMARY_MAX)
    @Column(name = "notes_summary", length = SUMMARY_MAX)
    private String summary;

    @Column(name = "notes_derivation", nullable = false)
    private int derivation;

    protected DerivedNotes() {
    }

    private DerivedNotes(String notes) {
        html = ShowNotes.toSafeHtml(notes);
        htmlWithoutTimestamps = ShowNotes.withoutTimestamps(notes);
        String text = ShowNotes.teaser(notes);
        teaser = ShowNotes.shortened(text, TEASER_MAX);
        summary = ShowNotes.shortened(text, SUMMARY_MAX);
        derivation = VERSION;
    }

    /** @param notes HTML as an editor or a feed wrote it, or {@code null} */
    public static DerivedNotes of(String notes) {
        return new DerivedNotes(notes);
    }

    /** A description as one run of plain text of at most {@link #SUMMARY_MAX} characters, for meta descriptions. */
    public static String summaryOf(String notes) {
        return ShowNotes.teaser(notes, SUMMARY_MAX);
    }

    /** The notes made safe to put into a page, bare web addresses linked. */
    public String getHtml() {
        return html;
    }

    /** Like {@link #getHtml()}, without the timestamps section, for pages that list the chapters instead. */
    public String getHtmlWithoutTimestamps() {
        return htmlWithoutTimestamps;
    }

    /** The notes as plain text for a list of episodes, without the timestamps section. */
    public String getTeaser() {
        return teaser;
    }

    /** Like {@link #getTeaser()}, as short as a meta description. */
    public String getSummary() {
        return summary;
    }
}
