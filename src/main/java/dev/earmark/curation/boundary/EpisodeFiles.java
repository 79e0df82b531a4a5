package dev.earmark.curation.boundary;

import dev.earmark.audit.boundary.AuditTrail;
import dev.earmark.audit.entity.AuditAction;
import dev.earmark.audit.entity.AuditSubject;
import dev.earmark.catalogue.entity.AudioEnclosure;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.media.boundary.MediaLibrary;
import dev.earmark.media.control.MediaTypes;
import dev.earmark.media.entity.MediaFile;
import dev.earmark.notes.control.WebAddresses;
import dev.earmark.platform.control.Settings;
import dev.earmark.transcripts.boundary.EpisodeTranscripts;
import dev.earmark.transcripts.entity.TranscriptOrigin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * An episode's audio and transcript: uploads stored and attached (a transcript in any accepted format, read into
 * cues), the files they replace deleted, external audio by address. Works inside the transaction of {@link EpisodeCuration}, so a refused file undoes the whole save.
 */
@ApplicationScoped
public class EpisodeFiles {

    static final int TRANSCRIPT_MAX_BYTES = 5 * 1024 * 1024;

    @PersistenceContext
    EntityManager em;

    @Inject
    MediaLibrary media;

    @Inject
    Settings settings;

    @Inject
    AuditTrail audit;

    @Inject
    EpisodeTranscripts transcripts;

    /** An external audio file, by its web address; none for a blank one. */
    static AudioEnclosure externalAudio(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String address = url.strip();
        if (address.length() > AudioEnclosure.URL_MAX) {
            throw new InvalidFieldException("audioUrl", "admin.episode.error.audioUrlTooLong", AudioEnclosure.URL_MAX);
        }
        URI uri = WebAddresses.http(address)
                .orElseThrow(() -> new InvalidFieldException("audioUrl", "admin.episode.error.audioUrl", address));
        return new AudioEnclosure(address, mediaTypeOf(uri.getPath()), null);
    }

    /** An external file is not fetched, so its extension is all there is to tell players what it is. */
    private static String mediaTypeOf(String path) {
        String lower = path == null ? "" : path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".mp3")) {
            return MediaTypes.MPEG;
        }
        if (lower.endsWith(".m4a") || lower.endsWith(".aac") || lower.endsWith(".mp4")) {
            return MediaTypes.MP4_AUDIO;
        }
        if (lower.endsWith(".opus")) {
            return MediaTypes.OPUS;
        }
        return lower.endsWith(".ogg") || lower.endsWith(".oga") ? MediaTypes.OGG : null;
    }

    /** Stores what came with a save and attaches it to the episode; a refused file fails the whole save. */
    public void attach(EpisodeUploads uploads, Episode episode) {
        if (uploads.audio() != null) {
            MediaFile audio = uploads.audio().storeIn(media, "audio", settings.maxAudioBytes(), MediaTypes.AUDIO);
            replaceAudio(episode, audio);
            audit.record(AuditAction.AUDIO_UPLOADED, AuditSubject.EPISODE, episode.getId(), audio.getFileName());
        } else if (uploads.removeAudio() && episode.getAudioFile() != null) {
            replaceAudio(episode, null);
            audit.record(AuditAction.UPDATED, AuditSubject.EPISODE, episode.getId(), "audioFile");
        }
        if (uploads.transcript() != null) {
            Upload upload = uploads.transcript();
            InvalidFieldException.rejectedAt("transcript",
                    () -> transcripts.replace(episode, read(upload), upload.fileName(), TranscriptOrigin.UPLOADED));
            audit.record(AuditAction.TRANSCRIPT_UPLOADED, AuditSubject.EPISODE, episode.getId(),
                    episode.getTranscript().getFileName());
        } else if (uploads.removeTranscript() && episode.getTranscript() != null) {
            transcripts.remove(episode);
            audit.record(AuditAction.TRANSCRIPT_REMOVED, AuditSubject.EPISODE, episode.getId(), null);
        }
    }

    /**
     * A transcript a feed named, fetched: read, stored and attached as an upload is.
     *
     * @throws dev.earmark.transcripts.control.TranscriptException when it is no transcript; nothing is stored
     */
    public void attachTranscript(Episode episode, byte[] content, String fileNameOrMediaType) {
        transcripts.replace(episode, content, fileNameOrMediaType, TranscriptOrigin.UPLOADED);
        audit.record(AuditAction.TRANSCRIPT_UPLOADED, AuditSubject.EPISODE, episode.getId(),
                episode.getTranscript().getFileName());
    }

    private void replaceAudio(Episode episode, MediaFile audio) {
        MediaFile replaced = episode.getAudioFile();
        episode.setAudioFile(audio);
        episode.setDurationSeconds(audio == null ? null : media.playingTime(audio)
                .map(duration -> (int) Math.round(duration.toMillis() / 1000.0))
                .orElse(null));
        deleteAfterFlush(replaced);
    }

    /** The episode must stop pointing at a file before the file's row can go. */
    private void deleteAfterFlush(MediaFile replaced) {
        if (replaced != null) {
            em.flush();
            media.delete(replaced);
        }
    }

    /** Transcripts are read whole to be checked and converted; no real one comes near the limit. */
    private static byte[] read(Upload upload) {
        byte[] content;
        try (InputStream in = upload.content().open()) {
            content = in.readNBytes(TRANSCRIPT_MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (content.length > TRANSCRIPT_MAX_BYTES) {
            throw new InvalidFieldException("transcript", "media.error.tooLarge",
                    TRANSCRIPT_MAX_BYTES / (1024.0 * 1024.0));
        }
        return content;
    }

    /** Each file goes once its deletion is committed. */
    public void delete(List<MediaFile> files) {
        files.forEach(media::delete);
    }
}
