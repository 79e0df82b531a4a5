package dev.earmark.curation.boundary;

import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.catalogue.entity.EpisodeType;
import dev.earmark.notes.control.ChapterMark;
import java.time.Instant;
import java.util.List;

/**
 * What a curator wants an episode to be, as the editor or the API sends it. A blank slug is made from the title;
 * a blank audio URL means no external audio.
 */
public record EpisodeDraft(String title, String slug, Integer season, Integer number, EpisodeType episodeType,
        EpisodeStatus status, Instant publishedAt, String description, String audioUrl, List<ChapterMark> chapters) {

    public EpisodeDraft {
        chapters = chapters == null ? List.of() : List.copyOf(chapters);
        episodeType = episodeType == null ? EpisodeType.FULL : episodeType;
        status = status == null ? EpisodeStatus.DRAFT : status;
    }
}
