package dev.earmark.testing.server;

import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.catalogue.entity.Show;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Test data for transcription and summaries in the browser: episodes that speak, episodes with transcripts. Idempotent by slug, as the other fixtures. */
@Path("transcription")
@RequestScoped
public class TranscriptionFixturesResource {

    private static final Instant PUBLISHED = Instant.parse("2024-06-01T10:00:00Z");

    @Inject
    CatalogueFixtures fixtures;

    @Inject
    TranscriptionFixtures transcriptionFixtures;

    /** A show whose episodes "Speech 1" … "Speech N" each have the guest's speech as stored audio and no transcript. */
    @POST
    @Path("shows/{slug}")
    public void showThatSpeaks(@PathParam("slug") String slug, @QueryParam("episodes") int count) {
        if (fixtures.findShow(slug).isEmpty()) {
            Show show = fixtures.showWithSlug(slug);
            for (int i = 1; i <= count; i++) {
                transcriptionFixtures.episodeWithSpeech(show, "Speech " + i);
            }
        }
    }

    /**
     * A show whose episodes "Transcribed 1" … "Transcribed N" each have the demo's transcript about key transparency
     * and no summary; answers the show's id, for its form.
     */
    @POST
    @Path("transcribed-shows/{slug}")
    @Produces(MediaType.TEXT_PLAIN)
    public String showWithTranscripts(@PathParam("slug") String slug, @QueryParam("episodes") int count) {
        Optional<Show> existing = fixtures.findShow(slug);
        if (existing.isPresent()) {
            return String.valueOf(existing.get().getId());
        }
        Show show = fixtures.showWithSlug(slug);
        // What the show form requires, so that a test may save it.
        show.setAuthor("Test Author");
        show.setCategories(List.of("Technology"));
        show = fixtures.save(show);
        for (int i = 1; i <= count; i++) {
            fixtures.transcript(fixtures.episode(show, "Transcribed " + i, EpisodeStatus.PUBLISHED, PUBLISHED),
                    "transcript.vtt", TranscriptionFixtures.demoTranscript());
        }
        return String.valueOf(show.getId());
    }
}
