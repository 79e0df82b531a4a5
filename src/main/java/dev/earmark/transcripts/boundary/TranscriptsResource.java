package dev.earmark.transcripts.boundary;

import dev.earmark.platform.web.Links;
import dev.earmark.platform.control.EntityIds;
import dev.earmark.transcripts.control.Transcript;
import dev.earmark.transcripts.control.WebVttWriter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Transcripts of the episodes listeners may see, by episode id: the cues as JSON for the player's transcript view,
 * and as WebVTT for a {@code <track>}, whatever format the curator uploaded.
 */
@Path("transcripts")
@RequestScoped
public class TranscriptsResource {

    static final String WEBVTT = "text/vtt; charset=utf-8";

    @Inject
    EpisodeTranscripts transcripts;

    @Inject
    Links links;

    // Digits only: "41.vtt" asked with Accept: */* (browsers, podcast apps) would otherwise match here too, and
    // JAX-RS prefers the JSON method, answering 400 for an id that is not one.
    @GET
    @Path("{episodeId: [^.]+}")
    @Produces(MediaType.APPLICATION_JSON)
    public TranscriptJson transcript(@PathParam("episodeId") String episodeId) {
        return TranscriptJson.of(transcripts.getPublic(EntityIds.parse(episodeId)), links.base());
    }

    /** An untimed (plain text) transcript has no WebVTT form, so it is not found here. */
    @GET
    @Path("{episodeId}.vtt")
    @Produces(WEBVTT)
    public String webVtt(@PathParam("episodeId") String episodeId) {
        long id = EntityIds.parse(episodeId);
        Transcript transcript = transcripts.getPublic(id).transcript();
        if (!transcript.timed()) {
            throw new TranscriptNotFoundException(id);
        }
        return WebVttWriter.write(transcript);
    }
}
