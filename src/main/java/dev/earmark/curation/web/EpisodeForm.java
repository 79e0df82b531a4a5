package dev.earmark.curation.web;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.catalogue.entity.EpisodeType;
import dev.earmark.catalogue.entity.Slugs;
import dev.earmark.curation.boundary.EpisodeDraft;
import dev.earmark.notes.control.ChapterMark;
import java.time.Instant;
import java.util.List;

/**
 * What the episode editor holds between requests: plain values, so a refused save (invalid field, someone else's
 * save, a refused file) shows the curator exactly what they typed. The chapters are a {@link ChapterRows} of their own.
 */
public class EpisodeForm extends CurationForm {

    private static final long serialVersionUID = 1L;

    /** The slug last made from the title, which follows the title until the curator writes another. */
    private String slugFromTitle;
    private Integer season;
    private Integer number;
    private EpisodeType episodeType = EpisodeType.FULL;
    private EpisodeStatus status = EpisodeStatus.DRAFT;
    private Instant publishedAt;
    private String audioUrl;
    private SummaryFields about = new SummaryFields();
    /** The summary and topics as loaded: a save sends only what the curator changed, so what came meanwhile stays. */
    private SummaryFields aboutAsLoaded = new SummaryFields();
    /** Drops the stored audio file on saving. */
    private boolean removeAudio;
    private boolean removeTranscript;

    static EpisodeForm of(Episode episode) {
        EpisodeForm form = new EpisodeForm();
        form.load(episode, episode.getTitle(), episode.getSlug(), episode.getDescription());
        form.season = episode.getSeason();
        form.number = episode.getNumber();
        form.episodeType = episode.getEpisodeType();
        form.status = episode.getStatus();
        form.publishedAt = episode.getPublishedAt();
        form.audioUrl = episode.getAudio() == null ? null : episode.getAudio().getUrl();
        form.about = SummaryFields.of(episode.getSummary().getText(), episode.getSummary().getTopics());
        form.aboutAsLoaded = SummaryFields.of(episode.getSummary().getText(), episode.getSummary().getTopics());
        return form;
    }

    /** Keeps the slug made from the title until the curator writes one of their own. */
    public void titleChanged() {
        String slug = getSlug();
        if (slug == null || slug.isBlank() || slug.equals(slugFromTitle)) {
            slugFromTitle = Slugs.of(getTitle(), Episode.SLUG_MAX);
            setSlug(slugFromTitle);
        }
    }

    /** A new episode's slug still as made from the title is left to the boundary, which numbers it if it is taken. */
    EpisodeDraft toDraft(List<ChapterMark> chapters) {
        String slug = getSlug();
        String chosenSlug = isNew() && slug != null && slug.equals(slugFromTitle) ? null : slug;
        return new EpisodeDraft(getTitle(), chosenSlug, season, number, episodeType, status, publishedAt,
                getDescription(), about.changedSummary(aboutAsLoaded).orElse(null),
                about.changedTopics(aboutAsLoaded).orElse(null), audioUrl, chapters);
    }

    /** The summary and topics as typed. */
    public SummaryFields getAbout() {
        return about;
    }

    public Integer getSeason() {
        return season;
    }

    public void setSeason(Integer season) {
        this.season = season;
    }

    public Integer getNumber() {
        return number;
    }

    public void setNumber(Integer number) {
        this.number = number;
    }

    public EpisodeType getEpisodeType() {
        return episodeType;
    }

    public void setEpisodeType(EpisodeType episodeType) {
        this.episodeType = episodeType;
    }

    public EpisodeStatus getStatus() {
        return status;
    }

    public void setStatus(EpisodeStatus status) {
        this.status = status;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public void setPublishedAt(Instant publishedAt) {
        this.publishedAt = publishedAt;
    }

    public String getAudioUrl() {
        return audioUrl;
    }

    public void setAudioUrl(String audioUrl) {
        this.audioUrl = audioUrl;
    }

    public boolean isRemoveAudio() {
        return removeAudio;
    }

    public void setRemoveAudio(boolean removeAudio) {
        this.removeAudio = removeAudio;
    }

    public boolean isRemoveTranscript() {
        return removeTranscript;
    }

    public void setRemoveTranscript(boolean removeTranscript) {
        this.removeTranscript = removeTranscript;
    }
}
