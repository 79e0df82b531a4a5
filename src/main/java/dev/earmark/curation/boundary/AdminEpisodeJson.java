package dev.earmark.curation.boundary;

import dev.earmark.catalogue.boundary.EpisodeJson;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.catalogue.entity.EpisodeSummary;
import dev.earmark.catalogue.entity.EpisodeType;
import dev.earmark.catalogue.entity.TextSource;
import dev.earmark.media.control.MediaPaths;
import dev.earmark.platform.control.BaseUrl;
import java.time.Instant;
import java.util.List;

/**
 * An episode as curators see it in the API: any status, the show notes as entered, and the version that a
 * {@code PUT} must send back.
 */
public record AdminEpisodeJson(long id, long version, String showSlug, String slug, String title, Integer season,
        Integer number, EpisodeType episodeType, EpisodeStatus status, Instant publishedAt, Integer durationSeconds,
        String description, String summary, TextSource summarySource, String summaryModel, List<String> topics,
        TextSource topicsSource, String topicsModel, String audioUrl, EpisodeJson.Audio audio, String transcriptUrl,
        List<EpisodeJson.ChapterJson> chapters) {

    static AdminEpisodeJson of(Episode episode, BaseUrl base) {
        EpisodeSummary summary = episode.getSummary();
        return new AdminEpisodeJson(episode.getId(), episode.getVersion(), episode.getShow().getSlug(),
                episode.getSlug(), episode.getTitle(), episode.getSeason(), episode.getNumber(),
                episode.getEpisodeType(), episode.getStatus(), episode.getPublishedAt(), episode.getDurationSeconds(),
                episode.getDescription(), summary.findText().orElse(null), summary.getTextSource(),
                summary.getTextModel(), summary.getTopics(), summary.getTopicsSource(), summary.getTopicsModel(),
                episode.getAudio() == null ? null : episode.getAudio().getUrl(),
                EpisodeJson.Audio.of(episode, base),
                episode.getTranscript() == null ? null : base.absolute(MediaPaths.of(episode.getTranscript())),
                episode.getChapters().stream().map(EpisodeJson.ChapterJson::of).toList());
    }
}
