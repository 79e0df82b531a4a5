package dev.earmark.curation.boundary;

import dev.earmark.platform.control.EntityIds;
import dev.earmark.platform.control.InvalidParameterException;
import dev.earmark.platform.web.Links;
import dev.earmark.summaries.boundary.EpisodeSummaries;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Episodes for curators (web.xml lets only admins and editors in). Only JSON is accepted, which a page on another
 * site cannot send without the browser asking first, so no form elsewhere can change an episode.
 */
@Path("admin/episodes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminEpisodesResource {

    @Inject
    EpisodeCuration curation;

    @Inject
    Links links;

    @Inject
    EpisodeSummaries summaries;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("{id}")
    public AdminEpisodeJson episode(@PathParam("id") String id) {
        return AdminEpisodeJson.of(curation.getEpisode(EntityIds.parse(id)), links.base());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(AdminEpisodeInput input) {
        if (input == null || input.showSlug() == null) {
            throw new InvalidParameterException("admin.episode.error.showRequired");
        }
        AdminEpisodeJson created = AdminEpisodeJson.of(
                curation.create(input.showSlug(), input.toDraft(), EpisodeUploads.NONE), links.base());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created)
                .build();
    }

    /** Answers 409 when the episode changed after {@code version} was read. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AdminEpisodeJson update(@PathParam("id") String id, AdminEpisodeInput input) {
        return AdminEpisodeJson.of(curation.update(EntityIds.parse(id), versionOf(input == null ? null : input.version()),
                input.toDraft(), EpisodeUploads.NONE), links.base());
    }

    /**
     * A summary, topics and chapters suggested from the episode's transcript; nothing is saved. A POST, as it may ask
     * the site's language model; of JSON only, like every change here. 400 for an episode without a transcript.
     */
    @POST
    @Path("{id}/suggestion")
    @Consumes(MediaType.APPLICATION_JSON)
    public SuggestionJson suggest(@PathParam("id") String id) {
        long episodeId = curation.getEpisode(EntityIds.parse(id)).getId();
        return SuggestionJson.of(summaries.suggest(episodeId));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @QueryParam("version") Long version) {
        curation.delete(EntityIds.parse(id), versionOf(version));
        return Response.noContent().build();
    }

    private static long versionOf(Long version) {
        if (version == null) {
            throw new InvalidParameterException("admin.episode.error.versionRequired");
        }
        return version;
    }
}
