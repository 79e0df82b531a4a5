package dev.earmark.testing.server;

import dev.earmark.catalogue.boundary.CatalogueRevision;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.media.boundary.MediaLibrary;
import dev.earmark.media.control.MediaTypes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Locale;

/**
 * Episodes with stored audio, for transcription jobs: any sample, or real speech — 22 seconds of the demo's guest
 * voice (festival's cmu_us_slt_arctic_hts: Clara in episode 54, her longest turn without the host), cut from the
 * demo's audio with FFmpeg, which the built-in engine needs anyway.
 */
@ApplicationScoped
@Transactional
public class TranscriptionFixtures {

    /** The demo episode the speech comes from; its .opus and .vtt are on the class path. */
    public static final String DEMO_AUDIO = "/dev/earmark/demo/audio/54-building-key-transparency-at-whatsapp";
    /** Clara's turn from 1:09.761 to 1:31.674, with the silence around it. */
    public static final long SPEECH_START_MILLIS = 69_500;
    public static final long SPEECH_END_MILLIS = 92_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CatalogueFixtures fixtures;

    @Inject
    MediaLibrary media;

    @Inject
    CatalogueRevision revision;

    /** A published episode of a show of its own, its audio stored from {@code audio}. */
    public Episode episodeWithAudio(String title, InputStream audio, String fileName) {
        return episodeWithAudio(fixtures.show("Transcribed " + title), title, audio, fileName);
    }

    public Episode episodeWithAudio(Show show, String title, InputStream audio, String fileName) {
        Episode episode = em.find(Episode.class, fixtures.episode(show, title, EpisodeStatus.PUBLISHED,
                Instant.parse("2024-06-01T10:00:00Z")).getId());
        episode.setAudio(null);
        episode.setAudioFile(media.store(audio, fileName, Long.MAX_VALUE, MediaTypes.AUDIO));
        revision.bump();
        return episode;
    }

    /** A published episode whose audio is the guest's speech. */
    public Episode episodeWithSpeech(Show show, String title) {
        Path clip = speechClip();
        try (InputStream audio = Files.newInputStream(clip)) {
            return episodeWithAudio(show, title, audio, "clara.opus");
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } finally {
            deleteQuietly(clip);
        }
    }

    /** The demo's transcript of the episode the speech comes from: three and a half minutes, timed, two speakers. */
    public static String demoTranscript() {
        try (InputStream vtt = TranscriptionFixtures.class.getResourceAsStream(DEMO_AUDIO + ".vtt")) {
            return new String(vtt.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** The guest's speech as Ogg Opus, its packets copied from the demo's audio without decoding. */
    private static Path speechClip() {
        Path demo = null;
        try (InputStream in = TranscriptionFixtures.class.getResourceAsStream(DEMO_AUDIO + ".opus")) {
            demo = Files.createTempFile("demo-", ".opus");
            Files.copy(in, demo, StandardCopyOption.REPLACE_EXISTING);
            Path clip = Files.createTempFile("speech-", ".opus");
            Process ffmpeg = new ProcessBuilder("ffmpeg", "-nostdin", "-v", "error", "-y", "-ss", seconds(SPEECH_START_MILLIS),
                    "-to", seconds(SPEECH_END_MILLIS), "-i", demo.toString(), "-c", "copy", clip.toString())
                    .redirectErrorStream(true).start();
            String output = new String(ffmpeg.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (ffmpeg.waitFor() != 0) {
                throw new IllegalStateException("ffmpeg could not cut the demo's audio: " + output);
            }
            return clip;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        } finally {
            if (demo != null) {
                deleteQuietly(demo);
            }
        }
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The temporary directory's to clean.
        }
    }
}
