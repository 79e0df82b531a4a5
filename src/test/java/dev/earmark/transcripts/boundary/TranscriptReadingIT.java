package dev.earmark.transcripts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.media.boundary.MediaLibrary;
import dev.earmark.testing.server.ServerTest;
import dev.earmark.transcripts.control.Cue;
import dev.earmark.transcripts.control.TranscriptException;
import dev.earmark.transcripts.entity.EpisodeTranscript;
import dev.earmark.transcripts.entity.TranscriptFormat;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Transcript files stored before transcripts had cues (schema version 7) are read into cues at deployment. */
class TranscriptReadingIT extends ServerTest {

    @Inject
    TranscriptReading reading;

    @Inject
    EpisodeTranscripts transcripts;

    @Inject
    MediaLibrary media;

    @Test
    void readsAFileThatHasNoCuesYetOnceAndOnlyOnce() {
        Episode episode = withTranscriptFile("old.vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ada>Kept.\n");
        assertTrue(reading.episodesToRead().contains(episode.getId()));

        reading.read(episode.getId());
        reading.read(episode.getId());

        EpisodeTranscript read = transcripts.findByEpisode(episode.getId()).orElseThrow();
        assertEquals(TranscriptFormat.WEBVTT, read.getFormat());
        assertEquals(List.of(new Cue(1_000, 2_000, "Ada", "Kept.")), read.toTranscript().cues());
        assertFalse(reading.episodesToRead().contains(episode.getId()));
        assertEquals(1, fixtures.countOfEpisodes(EpisodeTranscript.class, List.of(episode.getId())));
    }

    @Test
    void aFileThatIsNoTranscriptStaysAsItIsWithoutCues() {
        Episode episode = withTranscriptFile("broken.vtt", "WEBVTT\n\nno cue here\n");

        assertThrows(TranscriptException.class, () -> reading.read(episode.getId()));

        assertTrue(transcripts.findByEpisode(episode.getId()).isEmpty());
        assertEquals("broken.vtt", fixtures.reload(episode).getTranscript().getFileName());
    }

    private Episode withTranscriptFile(String name, String content) {
        Episode episode = fixtures.episode(fixtures.show("Older Things"), "Before cues", EpisodeStatus.PUBLISHED,
                Instant.parse("2024-01-01T10:00:00Z"));
        episode.setTranscript(media.storeChecked(content.getBytes(StandardCharsets.UTF_8), name, "text/vtt"));
        return fixtures.save(episode);
    }
}
