package dev.earmark.catalogue.boundary;

import dev.earmark.catalogue.control.CatalogueLinks;
import dev.earmark.catalogue.entity.AudioEnclosure;
import dev.earmark.catalogue.entity.Chapter;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.catalogue.entity.EpisodeType;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.media.control.MediaPaths;
import dev.earmark.media.entity.MediaFile;
import dev.earmark.notes.control.ShowNotes;
import dev.earmark.platform.boundary.AppUrls;
import java.time.Instant;
import java.util.List;

/**
 * An episode in the JSON API. Lists leave out the show notes and chapters ({@code null}, so
 * absent from the JSON); the single episode has them, the notes sanitised, and what a player
 * shows beside the audio: the show's title and artwork, the episode page and whether to offer a download.
 */
public record EpisodeJson(long id, String showSlug, String slug, String title, Integer season, Integer number,
        EpisodeType episodeType, EpisodeStatus status, Instant publishedAt, Integer durationSeconds, long snipCount,
        Audio audio, String description, List<ChapterJson> chapters, String showTitle, String artworkUrl,
        String pageUrl, Boolean downloadable) {

    /** Where to play the episode from: Earmark's stored file, else the external enclosure. */
    public record Audio(String url, String mediaType, Long lengthBytes) {

        public static Audio of(Episode episode, AppUrls urls) {
            MediaFile file = episode.getAudioFile();
            if (file != null) {
                return new Audio(urls.absolute(MediaPaths.of(file)), file.getMediaType(), file.getLengthBytes());
            }
            AudioEnclosure enclosure = episode.getAudio();
            return enclosure == null || enclosure.getUrl() == null ? null
                    : new Audio(enclosure.getUrl(), enclosure.getMediaType(), enclosure.getLengthBytes());
        }
    }

    /** A chapter; start in seconds with millisecond precision. */
    public record ChapterJson(double start, String title, String url) {

        public static ChapterJson of(Chapter chapter) {
            return new ChapterJson(chapter.getStartSeconds(), chapter.getTitle(), chapter.getUrl());
        }
    }

    public static EpisodeJson summary(Episode episode, AppUrls urls) {
        return new EpisodeJson(episode.getId(), episode.getShow().getSlug(), episode.getSlug(), episode.getTitle(),
                episode.getSeason(), episode.getNumber(), episode.getEpisodeType(), episode.getStatus(),
                episode.getPublishedAt(), episode.getDurationSeconds(), episode.getSnipCount(),
                Audio.of(episode, urls), null, null, null, null, null, null);
    }

    public static EpisodeJson detail(Episode episode, AppUrls urls) {
        Show show = episode.getShow();
        CatalogueLinks links = new CatalogueLinks();
        return new EpisodeJson(episode.getId(), show.getSlug(), episode.getSlug(), episode.getTitle(),
                episode.getSeason(), episode.getNumber(), episode.getEpisodeType(), episode.getStatus(),
                episode.getPublishedAt(), episode.getDurationSeconds(), episode.getSnipCount(), Audio.of(episode, urls),
                ShowNotes.toSafeHtml(episode.getDescription()),
                episode.getChapters().stream().map(ChapterJson::of).toList(), show.getTitle(),
                show.getArtwork() == null ? null : urls.absolute(links.artwork(show)),
                urls.absolute(links.episode(episode)), show.isDownloadsAllowed());
    }
}
