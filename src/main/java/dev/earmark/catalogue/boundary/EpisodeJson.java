package dev.earmark.catalogue.boundary;

import dev.earmark.catalogue.control.CatalogueLinks;
import dev.earmark.catalogue.entity.AudioEnclosure;
import dev.earmark.catalogue.entity.Chapter;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.catalogue.entity.EpisodeType;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.media.entity.MediaFile;
import dev.earmark.platform.control.BaseUrl;
import java.time.Instant;
import java.util.List;

/**
 * An episode in the JSON API: in lists too, what it is about in short (its summary, absent without one, and its
 * topics; plain text, not who wrote them). Lists leave out the show notes and chapters ({@code null}, so
 * absent from the JSON); the single episode has them, the notes sanitised, and what a player
 * shows beside the audio: the show's title and artwork, the episode page, whether to offer a download, where to
 * read its transcript's cues, if it has one, and whether to report what is played (listening insights, {@code
 * Settings.insights()}).
 */
public record EpisodeJson(long id, String showSlug, String slug, String title, Integer season, Integer number,
        EpisodeType episodeType, EpisodeStatus status, Instant publishedAt, Integer durationSeconds, long snipCount,
        String summary, List<String> topics, Audio audio, String description, List<ChapterJson> chapters,
        String showTitle, String artworkUrl, String pageUrl, Boolean downloadable, String transcriptUrl,
        Boolean insights) {

    private static final CatalogueLinks LINKS = new CatalogueLinks();

    /**
     * Where to play the episode from: Earmark's stored file, else the external enclosure; {@code playerUrl} is what
     * Earmark's player plays ({@link CatalogueLinks#playerAudio}), {@code url} what downloads and other players use.
     */
    public record Audio(String url, String playerUrl, String mediaType, Long lengthBytes) {

        public static Audio of(Episode episode, BaseUrl base) {
            MediaFile file = episode.getAudioFile();
            if (file != null) {
                return new Audio(base.absolute(LINKS.audio(episode)), base.absolute(LINKS.playerAudio(episode)),
                        file.getMediaType(), file.getLengthBytes());
            }
            AudioEnclosure enclosure = episode.getAudio();
            return enclosure == null || enclosure.getUrl() == null ? null
                    : new Audio(enclosure.getUrl(), enclosure.getUrl(), enclosure.getMediaType(),
                            enclosure.getLengthBytes());
        }
    }

    /** A chapter; start in seconds with millisecond precision. */
    public record ChapterJson(double start, String title, String url) {

        public static ChapterJson of(Chapter chapter) {
            return new ChapterJson(chapter.getStartSeconds(), chapter.getTitle(), chapter.getUrl());
        }
    }

    public static EpisodeJson summary(Episode episode, BaseUrl base) {
        return new EpisodeJson(episode.getId(), episode.getShow().getSlug(), episode.getSlug(), episode.getTitle(),
                episode.getSeason(), episode.getNumber(), episode.getEpisodeType(), episode.getStatus(),
                episode.getPublishedAt(), episode.getDurationSeconds(), episode.getSnipCount(),
                episode.getSummary().findText().orElse(null), episode.getSummary().getTopics(),
                Audio.of(episode, base), null, null, null, null, null, null, null, null);
    }

    public static EpisodeJson detail(Episode episode, BaseUrl base, boolean insights) {
        Show show = episode.getShow();
        return new EpisodeJson(episode.getId(), show.getSlug(), episode.getSlug(), episode.getTitle(),
                episode.getSeason(), episode.getNumber(), episode.getEpisodeType(), episode.getStatus(),
                episode.getPublishedAt(), episode.getDurationSeconds(), episode.getSnipCount(),
                episode.getSummary().findText().orElse(null), episode.getSummary().getTopics(), Audio.of(episode, base),
                episode.getDerivedNotes().getHtml(),
                episode.getChapters().stream().map(ChapterJson::of).toList(), show.getTitle(),
                base.absolute(LINKS.artwork(show)), base.absolute(LINKS.episode(episode)), show.isDownloadsAllowed(),
                base.absolute(LINKS.transcriptCues(episode)), insights);
    }
}
