package dev.earmark.curation.boundary;

import dev.earmark.catalogue.entity.Chapter;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.catalogue.entity.EpisodeSummary;
import dev.earmark.catalogue.entity.EpisodeType;
import dev.earmark.notes.control.ChapterMark;
import java.time.Instant;
import java.util.List;

/**
 * What a curator wants an episode to be, as the editor or the API sends it. A blank slug is made from the title;
 * a blank audio URL means no external audio; a summary or topics of {@code null} (not sent) leave the stored ones as
 * they are, a blank summary or no topics remove them. Its components are the fields the history names when they change.
 */
public record EpisodeDraft(String title, String slug, Integer season, Integer number, EpisodeType episodeType,
        EpisodeStatus status, Instant publishedAt, String description, String summary, List<String> topics,
        String audioUrl, List<ChapterMark> chapters) {

    public EpisodeDraft {
        chapters = chapters == null ? List.of() : List.copyOf(chapters);
        episodeType = episodeType == null ? EpisodeType.FULL : episodeType;
        status = status == null ? EpisodeStatus.DRAFT : status;
        summary = summary == null ? null : EpisodeSummary.normalText(summary);
        topics = topics == null ? null : EpisodeSummary.normalTopics(topics);
    }

    /** This draft with the stored summary and topics where it sent none. */
    EpisodeDraft orStored(Episode episode) {
        return new EpisodeDraft(title, slug, season, number, episodeType, status, publishedAt, description,
                summary == null ? episode.getSummary().getText() : summary,
                topics == null ? episode.getSummary().getTopics() : topics, audioUrl, chapters);
    }

    /** The episode as stored, to tell what a save changed. */
    static EpisodeDraft of(Episode episode) {
        return new EpisodeDraft(episode.getTitle(), episode.getSlug(), episode.getSeason(), episode.getNumber(),
                episode.getEpisodeType(), episode.getStatus(), episode.getPublishedAt(), episode.getDescription(),
                episode.getSummary().getText(), episode.getSummary().getTopics(),
                episode.getAudio() == null ? null : episode.getAudio().getUrl(),
                episode.getChapters().stream().map(Chapter::toMark).toList());
    }
}
