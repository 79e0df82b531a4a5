package dev.earmark.curation.boundary;

import dev.earmark.catalogue.boundary.EpisodeJson;
import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.catalogue.entity.EpisodeType;
import dev.earmark.notes.control.ChapterMark;
import java.time.Instant;
import java.util.List;

/**
 * The body of {@code POST} (with {@code showSlug}) and {@code PUT} (with the {@code version} read before) under
 * /api/admin/episodes. Chapter starts are seconds, as the read API gives them.
 */
public record AdminEpisodeInput(String showSlug, Long version, String title, String slug, Integer season,
        Integer number, EpisodeType episodeType, EpisodeStatus status, Instant publishedAt, String description,
        String summary, List<String> topics, String audioUrl, List<EpisodeJson.ChapterJson> chapters) {

    EpisodeDraft toDraft() {
        List<ChapterMark> marks = chapters == null ? List.of() : chapters.stream()
                .map(chapter -> new ChapterMark(Math.round(chapter.start() * 1000), chapter.title(), chapter.url()))
                .toList();
        return new EpisodeDraft(title, slug, season, number, episodeType, status, publishedAt, description, summary,
                topics, audioUrl, marks);
    }
}
