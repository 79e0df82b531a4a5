package dev.earmark.exports.control;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.snips.entity.Snip;
import dev.earmark.transcripts.entity.TranscriptCue;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Snips as JSON for scripts, written as they come (docs/exports.md describes the shape):
 * {@code {"format": "earmark-snips", "version": 1, "exportedAt": …, "snips": [{…}, …]}}, each snip with everything
 * Earmark keeps of it that is the listener's: range, link, title, takeaways, excerpt with speakers, note, tags, times,
 * and its episode and show.
 */
public final class SnipsJson implements AutoCloseable {

    public static final String FORMAT = "earmark-snips";
    public static final int VERSION = 1;

    private final MomentLinks links;
    private final JsonGenerator json;

    /** Starts the document; {@link #close()} ends it (and not {@code out}, which the caller owns). */
    public SnipsJson(MomentLinks links, OutputStream out, Instant exportedAt) {
        this.links = links;
        this.json = Json.createGenerator(new NotClosing(out));
        json.writeStartObject()
                .write("format", FORMAT)
                .write("version", VERSION)
                .write("exportedAt", exportedAt.toString())
                .writeStartArray("snips");
    }

    public void snip(Snip snip) {
        Episode episode = snip.getEpisode();
        json.writeStartObject();
        if (snip.getId() != null) {
            json.write("id", snip.getId());
        }
        json.writeStartObject("show")
                .write("title", episode.getShow().getTitle())
                .write("slug", episode.getShow().getSlug())
                .writeEnd();
        json.writeStartObject("episode");
        if (episode.getId() != null) {
            json.write("id", episode.getId());
        }
        json.write("title", episode.getTitle()).write("slug", episode.getSlug());
        LocalDate date = EpisodeSnips.date(episode.getPublishedAt());
        if (date == null) {
            json.writeNull("date");
        } else {
            json.write("date", date.toString());
        }
        json.write("link", links.episode(episode)).writeEnd();
        json.write("startSeconds", seconds(snip.getStartMillis()))
                .write("endSeconds", seconds(snip.getEndMillis()))
                .write("link", links.moment(snip))
                .write("title", snip.getTitle())
                .write("titleEdited", snip.isTitleEdited());
        json.writeStartArray("takeaways");
        snip.getTakeaways().forEach(json::write);
        json.writeEnd().writeStartArray("excerpt");
        for (TranscriptCue cue : snip.getExcerpt()) {
            json.writeStartObject()
                    .write("startSeconds", seconds(cue.getStartMillis()))
                    .write("endSeconds", seconds(cue.getEndMillis()));
            if (cue.getSpeaker() == null) {
                json.writeNull("speaker");
            } else {
                json.write("speaker", cue.getSpeaker());
            }
            json.write("text", cue.getText()).writeEnd();
        }
        json.writeEnd().write("note", snip.getNote()).writeStartArray("tags");
        snip.getTags().forEach(json::write);
        json.writeEnd()
                .write("createdAt", snip.getCreatedAt().toString())
                .write("editedAt", snip.getEditedAt().toString())
                .writeEnd();
    }

    @Override
    public void close() {
        json.writeEnd().writeEnd().close();
    }

    private static double seconds(long millis) {
        return millis / 1000.0;
    }

    /** The generator closes what it writes to; the ZIP or the response it writes into goes on. */
    private static final class NotClosing extends FilterOutputStream {

        NotClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
