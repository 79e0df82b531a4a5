package dev.earmark.curation.boundary;

import dev.earmark.catalogue.entity.EpisodeStatus;

/** Which of a show's episodes a curator lists, and in which order; a null status or blank search takes all. */
public record EpisodeQuery(EpisodeStatus status, String search, EpisodeSort sort, boolean ascending) {

    public EpisodeQuery {
        sort = sort == null ? EpisodeSort.PUBLISHED_AT : sort;
        search = search == null ? "" : search.strip();
    }
}
