package dev.earmark.curation.boundary;

import dev.earmark.catalogue.entity.Show;
import dev.earmark.catalogue.entity.ShowType;
import dev.earmark.media.control.MediaPaths;
import dev.earmark.platform.control.BaseUrl;
import java.util.List;

/** A show in the curators' API: everything a form needs, with the id and version to send back. */
public record CuratedShowJson(long id, long version, String slug, String title, String description, String author,
        String ownerEmail, String language, List<String> categories, boolean explicit, boolean downloadsAllowed, ShowType type,
        boolean acceptSummaries, String artworkUrl, long episodeCount) {

    public static CuratedShowJson of(CuratedShow curated, BaseUrl base) {
        Show show = curated.show();
        String artwork = show.getArtwork() == null ? null : base.absolute(MediaPaths.of(show.getArtwork()));
        return new CuratedShowJson(show.getId(), show.getVersion(), show.getSlug(), show.getTitle(),
                show.getDescription(), show.getAuthor(), show.getOwnerEmail(), show.getLanguage(),
                List.copyOf(show.getCategories()), show.isExplicit(), show.isDownloadsAllowed(), show.getType(),
                show.isAcceptSummaries(), artwork, curated.episodeCount());
    }
}
