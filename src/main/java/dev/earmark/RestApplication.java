package dev.earmark;

import dev.earmark.catalogue.boundary.EpisodesResource;
import dev.earmark.catalogue.boundary.ShowsResource;
import dev.earmark.curation.boundary.AdminEpisodesResource;
import dev.earmark.curation.boundary.AdminShowsResource;
import dev.earmark.feeds.boundary.AdminFeedImportResource;
import dev.earmark.exports.boundary.SnipExportResource;
import dev.earmark.highlights.boundary.AdminHighlightsResource;
import dev.earmark.highlights.boundary.HighlightsResource;
import dev.earmark.insights.boundary.ListeningResource;
import dev.earmark.insights.boundary.InsightsCsvResource;
import dev.earmark.platform.boundary.ConstraintViolationMapper;
import dev.earmark.platform.boundary.LocalizedExceptionMapper;
import dev.earmark.platform.boundary.OptimisticLockMapper;
import dev.earmark.platform.boundary.UnexpectedExceptionMapper;
import dev.earmark.platform.boundary.WebApplicationExceptionMapper;
import dev.earmark.player.boundary.ListeningPositionsResource;
import dev.earmark.player.boundary.PlayerTextsResource;
import dev.earmark.search.boundary.SearchResource;
import dev.earmark.snips.boundary.SnipsResource;
import dev.earmark.transcripts.boundary.TranscriptsResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * Earmark's JSON API under /earmark/api. The classes are listed rather than scanned: EclipseLink's
 * jar carries a MOXy JSON provider that a scanning server would pick over JSON-B.
 */
@ApplicationPath("api")
public class RestApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                ShowsResource.class,
                EpisodesResource.class,
                AdminEpisodesResource.class,
                AdminShowsResource.class,
                AdminFeedImportResource.class,
                OptimisticLockMapper.class,
                ListeningPositionsResource.class,
                PlayerTextsResource.class,
                SearchResource.class,
                TranscriptsResource.class,
                SnipsResource.class,
                SnipExportResource.class,
                HighlightsResource.class,
                AdminHighlightsResource.class,
                ListeningResource.class,
                InsightsCsvResource.class,
                LocalizedExceptionMapper.class,
                ConstraintViolationMapper.class,
                WebApplicationExceptionMapper.class,
                UnexpectedExceptionMapper.class);
    }
}
