package dev.earmark.catalogue.boundary;

import dev.earmark.catalogue.control.CatalogueLinks;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.catalogue.entity.ShowType;
import dev.earmark.platform.control.BaseUrl;
import java.time.Instant;
import java.util.List;

/** A show in the JSON API. The owner's e-mail stays private. */
public record ShowJson(String slug, String title, String description, String author, String language,
        String artworkUrl, List<String> categories, boolean explicit, ShowType type, long episodeCount,
        LatestEpisode latestEpisode) {

    private static final CatalogueLinks LINKS = new CatalogueLinks();

    public record LatestEpisode(long id, String slug, String title, Instant publishedAt) {

        static LatestEpisode of(Episode episode) {
            return new LatestEpisode(episode.getId(), episode.getSlug(), episode.getTitle(), episode.getPublishedAt());
        }
    }

    public static ShowJson of(ShowOverview overview, BaseUrl base) {
        Show show = overview.show();
        return new ShowJson(show.getSlug(), show.getTitle(), show.getDescription(), show.getAuthor(),
                show.getLanguage(), base.absolute(LINKS.artwork(show)), List.copyOf(show.getCategories()),
                show.isExplicit(), show.getType(), overview.episodeCount(), overview.latestEpisode().map(LatestEpisode::of).orElse(null));
    }
}
