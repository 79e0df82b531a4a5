package dev.earmark.testing.server;

import dev.earmark.catalogue.entity.Show;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/** Test data for transcription in the browser: episodes that speak. Idempotent by slug, as the other fixtures. */
@Path("transcription")
@RequestScoped
public class TranscriptionFixturesResource {

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
}
