package dev.earmark.curation.boundary;

import dev.earmark.audit.boundary.AuditTrail;
import dev.earmark.audit.entity.AuditAction;
import dev.earmark.audit.entity.AuditEntry;
import dev.earmark.audit.entity.AuditSubject;
import dev.earmark.catalogue.boundary.Catalogue;
import dev.earmark.catalogue.entity.AudioEnclosure;
import dev.earmark.catalogue.entity.Chapter;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.catalogue.entity.EpisodeType;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.curation.control.SlugTakenException;
import dev.earmark.media.control.MediaStorage;
import dev.earmark.media.control.MediaTypes;
import dev.earmark.media.entity.MediaFile;
import dev.earmark.notes.control.ChapterMark;
import dev.earmark.platform.control.ConcurrentChangeException;
import dev.earmark.platform.control.PageRequest;
import dev.earmark.platform.control.Settings;
import dev.earmark.testing.server.CraftedAudio;
import dev.earmark.testing.server.SampleAudio;
import dev.earmark.testing.server.ServerTest;
import dev.earmark.testing.server.WebClient;
import dev.earmark.transcripts.boundary.EpisodeTranscripts;
import dev.earmark.transcripts.control.Cue;
import dev.earmark.transcripts.control.Transcript;
import dev.earmark.transcripts.control.Transcripts;
import dev.earmark.transcripts.entity.EpisodeTranscript;
import dev.earmark.transcripts.entity.TranscriptFormat;
import dev.earmark.transcripts.entity.TranscriptOrigin;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.ConstraintViolationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Curating episodes through the service, in the server: what is saved, refused, recorded and shown to listeners. */
class EpisodeCurationIT extends ServerTest {

    private static final String SRT = "1\r\n00:00:00,500 --> 00:00:02,000\r\nHello.\r\n\r\n2\r\n00:00:02,000 --> 00:00:03,000\r\nBye.\r\n";

    @Inject
    EpisodeCuration curation;

    @Inject
    EpisodeTranscripts transcripts;

    @Inject
    Catalogue catalogue;

    @Inject
    AuditTrail audit;

    @Inject
    MediaStorage storage;

    @Inject
    Settings settings;

    private Show show;

    @Test
    void createsAndUpdatesRecordingTheChangedFields() {
        Episode created = curation.create(showSlug(), draft("First take", EpisodeStatus.DRAFT, null), EpisodeUploads.NONE);

        assertEquals("first-take", created.getSlug());
        assertTrue(created.getGuid().startsWith("urn:uuid:"));
        Episode updated = curation.update(created.getId(), created.getVersion(), new EpisodeDraft("Second take",
                created.getSlug(), 2, 7, EpisodeType.BONUS, EpisodeStatus.DRAFT, null, "<p>Notes</p>", null, null, null,
                List.of(new ChapterMark(6000, "Intro"), new ChapterMark(74000, "Guest"))), EpisodeUploads.NONE);

        Episode read = curation.getEpisode(created.getId());
        assertEquals("Second take", read.getTitle());
        assertEquals("first-take", read.getSlug());
        assertEquals(List.of("Intro", "Guest"), read.getChapters().stream().map(c -> c.getTitle()).toList());
        assertEquals(updated.getVersion(), read.getVersion());
        List<AuditEntry> history = audit.history(AuditSubject.EPISODE, created.getId());
        assertEquals(List.of(AuditAction.UPDATED, AuditAction.CREATED), history.stream().map(AuditEntry::getAction).toList());
        assertEquals("title, season, number, episodeType, description, chapters", history.get(0).getDetails());
    }

    @Test
    void replacesChaptersAndCountsThatAsAChange() {
        Episode episode = curation.create(showSlug(), draft("Chapters", EpisodeStatus.DRAFT, null,
                new ChapterMark(6000, "Intro"), new ChapterMark(74000, "Guest")), EpisodeUploads.NONE);

        Episode replaced = curation.update(episode.getId(), episode.getVersion(), draft("Chapters", EpisodeStatus.DRAFT,
                null, new ChapterMark(1000, "Cold open"), new ChapterMark(150000, "Outro")), EpisodeUploads.NONE);

        assertEquals(List.of(1000L, 150000L), curation.getEpisode(episode.getId()).getChapters().stream()
                .map(c -> c.getStartMillis()).toList());
        assertNotEquals(episode.getVersion(), replaced.getVersion(), "chapters alone raise the version");
        assertThrows(ConcurrentChangeException.class, () -> curation.update(episode.getId(), episode.getVersion(),
                draft("Stale", EpisodeStatus.DRAFT, null), EpisodeUploads.NONE));
    }

    @Test
    void keepsChapterLinksThroughSavesAndRecordsTheirChanges() {
        Episode episode = curation.create(showSlug(), draft("Linked", EpisodeStatus.DRAFT, null,
                new ChapterMark(6000, "Intro", "https://example.org/intro"), new ChapterMark(74000, "Guest")),
                EpisodeUploads.NONE);

        Episode renamed = curation.update(episode.getId(), episode.getVersion(), draft("Linked again",
                EpisodeStatus.DRAFT, null, new ChapterMark(6000, "Intro", " https://example.org/intro "),
                new ChapterMark(74000, "Guest", "")), EpisodeUploads.NONE);
        String renaming = audit.history(AuditSubject.EPISODE, episode.getId()).get(0).getDetails();
        Episode relinked = curation.update(episode.getId(), renamed.getVersion(), draft("Linked again",
                EpisodeStatus.DRAFT, null, new ChapterMark(6000, "Intro", "https://example.org/other"),
                new ChapterMark(74000, "Guest")), EpisodeUploads.NONE);
        String relinking = audit.history(AuditSubject.EPISODE, episode.getId()).get(0).getDetails();
        InvalidFieldException script = assertThrows(InvalidFieldException.class, () -> curation.update(
                episode.getId(), relinked.getVersion(), draft("Linked again", EpisodeStatus.DRAFT, null,
                        new ChapterMark(6000, "Intro", "javascript:alert(1)")), EpisodeUploads.NONE));
        InvalidFieldException tooLong = assertThrows(InvalidFieldException.class, () -> curation.update(
                episode.getId(), relinked.getVersion(), draft("Linked again", EpisodeStatus.DRAFT, null,
                        new ChapterMark(6000, "Intro", "https://example.org/" + "a".repeat(Chapter.URL_MAX))),
                EpisodeUploads.NONE));

        assertEquals("title, slug", renaming, "the same links, blanks aside, are no change");
        assertEquals("chapters", relinking);
        assertEquals(Arrays.asList("https://example.org/other", null), curation.getEpisode(episode.getId())
                .getChapters().stream().map(Chapter::getUrl).toList());
        assertEquals(List.of("chapters", "admin.episode.error.chapterUrl"), List.of(script.field(), script.messageKey()));
        assertEquals(List.of("chapters", "admin.episode.error.chapterUrlTooLong"),
                List.of(tooLong.field(), tooLong.messageKey()));
    }

    @Test
    void aChapterTitleTooLongForItsColumnIsAConstraintViolationAndSavesNothing() {
        Episode episode = curation.create(showSlug(), draft("Long chapter", EpisodeStatus.DRAFT, null,
                new ChapterMark(0, "Intro")), EpisodeUploads.NONE);

        assertThrows(ConstraintViolationException.class, () -> curation.update(episode.getId(), episode.getVersion(),
                draft("Long chapter", EpisodeStatus.DRAFT, null, new ChapterMark(0, "x".repeat(Chapter.TITLE_MAX + 1))),
                EpisodeUploads.NONE));

        Episode read = curation.getEpisode(episode.getId());
        assertEquals(List.of("Intro"), read.getChapters().stream().map(Chapter::getTitle).toList());
        assertEquals(episode.getVersion(), read.getVersion());
    }

    @Test
    void refusesASaveOverSomeoneElsesAndKeepsTheirs() {
        Episode loaded = curation.create(showSlug(), draft("Shared", EpisodeStatus.DRAFT, null), EpisodeUploads.NONE);
        curation.update(loaded.getId(), loaded.getVersion(), draft("Theirs", EpisodeStatus.DRAFT, null), EpisodeUploads.NONE);

        ConcurrentChangeException conflict = assertThrows(ConcurrentChangeException.class, () -> curation.update(
                loaded.getId(), loaded.getVersion(), draft("Mine", EpisodeStatus.DRAFT, null), EpisodeUploads.NONE));

        assertEquals("admin.episode.error.conflict", conflict.messageKey());
        assertEquals("Theirs", curation.getEpisode(loaded.getId()).getTitle());
    }

    @Test
    void deletesWithItsFilesAndRecordsIt() {
        Episode episode = curation.create(showSlug(), draft("Doomed", EpisodeStatus.PUBLISHED, null),
                new EpisodeUploads(audio(SampleAudio.OPUS), transcript("doomed.srt", SRT), false, false));
        String audioKey = episode.getAudioFile().getStorageKey();

        assertThrows(ConcurrentChangeException.class, () -> curation.delete(episode.getId(), episode.getVersion() - 1));
        curation.delete(episode.getId(), episode.getVersion());

        assertTrue(curation.findEpisode(episode.getId()).isEmpty());
        assertTrue(Files.notExists(storage.resolve(audioKey)), "the audio file went with the episode");
        assertEquals(AuditAction.DELETED, audit.history(AuditSubject.EPISODE, episode.getId()).get(0).getAction());
    }

    @Test
    void aScheduledEpisodeAppearsWhenItsTimeComes() {
        Instant soon = now().plus(Duration.ofHours(1));
        Episode scheduled = curation.create(showSlug(), draft("Soon", EpisodeStatus.SCHEDULED, soon), EpisodeUploads.NONE);

        assertTrue(catalogue.findEpisode(scheduled.getId()).isEmpty());
        advanceClock(Duration.ofMinutes(59));
        assertTrue(catalogue.findEpisode(scheduled.getId()).isEmpty(), "a minute before its time");
        advanceClock(Duration.ofMinutes(1));
        assertEquals("Soon", catalogue.getEpisode(scheduled.getId()).getTitle());
        assertEquals(AuditAction.SCHEDULED, audit.history(AuditSubject.EPISODE, scheduled.getId()).get(0).getAction());
    }

    @Test
    void schedulingNeedsATimeAndPublishingTakesNow() {
        InvalidFieldException noTime = assertThrows(InvalidFieldException.class, () -> curation.create(showSlug(),
                draft("No time", EpisodeStatus.SCHEDULED, null), EpisodeUploads.NONE));
        Episode draft = curation.create(showSlug(), draft("Later", EpisodeStatus.DRAFT, null), EpisodeUploads.NONE);

        Episode published = curation.publish(draft.getId(), draft.getVersion());

        assertEquals("publishedAt", noTime.field());
        assertTrue(Duration.between(published.getPublishedAt(), now()).abs().toSeconds() < 60);
        assertEquals(EpisodeStatus.PUBLISHED, catalogue.getEpisode(draft.getId()).getStatus());
        Episode archived = curation.archive(draft.getId(), published.getVersion());
        assertEquals(EpisodeStatus.ARCHIVED, archived.getStatus());
        assertEquals(List.of(AuditAction.ARCHIVED, AuditAction.PUBLISHED, AuditAction.CREATED),
                audit.history(AuditSubject.EPISODE, draft.getId()).stream().map(AuditEntry::getAction).toList());
    }

    @Test
    void slugsAreUniqueInTheShow() {
        curation.create(showSlug(), draft("Same title", EpisodeStatus.DRAFT, null), EpisodeUploads.NONE);

        Episode second = curation.create(showSlug(), draft("Same title", EpisodeStatus.DRAFT, null), EpisodeUploads.NONE);
        SlugTakenException taken = assertThrows(SlugTakenException.class, () -> curation.create(showSlug(),
                new EpisodeDraft("Other", "same-title", null, null, null, null, null, null, null, null, null, null),
                EpisodeUploads.NONE));

        assertEquals("same-title-2", second.getSlug());
        assertEquals("slug", taken.field());
    }

    @Test
    void listsAShowsEpisodesPagedFilteredAndSortedInTheDatabase() {
        curation.create(showSlug(), draft("Beta", EpisodeStatus.DRAFT, null), EpisodeUploads.NONE);
        curation.create(showSlug(), draft("Alpha 100%", EpisodeStatus.PUBLISHED, null), EpisodeUploads.NONE);
        curation.create(showSlug(), draft("Gamma", EpisodeStatus.PUBLISHED, null), EpisodeUploads.NONE);
        Show listed = catalogue.getShow(showSlug());

        var firstPage = curation.episodes(listed, new EpisodeQuery(null, null, EpisodeSort.TITLE, true),
                new PageRequest(1, 2));
        var published = curation.episodes(listed, new EpisodeQuery(EpisodeStatus.PUBLISHED, null, EpisodeSort.TITLE,
                false), new PageRequest(1, 20));
        var percent = curation.episodes(listed, new EpisodeQuery(null, "0%", null, false), new PageRequest(1, 20));
        var wildcard = curation.episodes(listed, new EpisodeQuery(null, "_", null, false), new PageRequest(1, 20));

        assertEquals(List.of("Alpha 100%", "Beta"), firstPage.items().stream().map(Episode::getTitle).toList());
        assertEquals(List.of(3L, 2), List.of(firstPage.totalItems(), firstPage.totalPages()));
        assertEquals(List.of("Gamma", "Alpha 100%"), published.items().stream().map(Episode::getTitle).toList());
        assertEquals(List.of("Alpha 100%"), percent.items().stream().map(Episode::getTitle).toList());
        assertEquals(0, wildcard.totalItems(), "a search for _ is no wildcard");
    }

    @Test
    void readsTheDurationAndTypeOfUploadedAudio() {
        for (String[] sample : new String[][] {{SampleAudio.MP3, MediaTypes.MPEG}, {SampleAudio.M4A, MediaTypes.MP4_AUDIO},
                {SampleAudio.OPUS, MediaTypes.OPUS}}) {
            Episode episode = curation.create(showSlug(), draft("Audio " + sample[0], EpisodeStatus.PUBLISHED, null),
                    new EpisodeUploads(audio(sample[0]), null, false, false));

            Episode read = curation.getEpisode(episode.getId());
            assertEquals(sample[1], read.getAudioFile().getMediaType(), sample[0]);
            assertEquals(3, read.getDurationSeconds(), sample[0]);
            assertEquals(AuditAction.AUDIO_UPLOADED, audit.history(AuditSubject.EPISODE, episode.getId()).get(0).getAction());
        }
    }

    @Test
    void savesAudioWhoseHeadersLieWithoutADuration() {
        Episode episode = curation.create(showSlug(), draft("Lying audio", EpisodeStatus.DRAFT, null), new EpisodeUploads(
                new Upload("lies.m4a", () -> new ByteArrayInputStream(CraftedAudio.mp4WithAHugeMovieBox())),
                null, false, false));

        Episode read = curation.getEpisode(episode.getId());
        assertEquals(MediaTypes.MP4_AUDIO, read.getAudioFile().getMediaType());
        assertNull(read.getDurationSeconds());
    }

    @Test
    void keepsAnSrtTranscriptAsItCameAndReadsItsCues() throws IOException {
        Episode episode = curation.create(showSlug(), draft("Transcribed", EpisodeStatus.DRAFT, null),
                new EpisodeUploads(null, transcript("talk.srt", SRT), false, false));

        Episode read = curation.getEpisode(episode.getId());
        assertEquals("application/x-subrip; charset=utf-8", read.getTranscript().getMediaType());
        assertEquals("talk.srt", read.getTranscript().getFileName());
        assertEquals(SRT, Files.readString(storage.resolve(read.getTranscript().getStorageKey())));
        EpisodeTranscript stored = transcripts.findByEpisode(episode.getId()).orElseThrow();
        assertEquals(List.of(new Cue(500, 2_000, null, "Hello."), new Cue(2_000, 3_000, null, "Bye.")),
                stored.toTranscript().cues());
        assertEquals(List.of(TranscriptFormat.SUBRIP, TranscriptOrigin.UPLOADED),
                List.of(stored.getFormat(), stored.getOrigin()));
        assertEquals(AuditAction.TRANSCRIPT_UPLOADED, audit.history(AuditSubject.EPISODE, episode.getId()).get(0).getAction());
    }

    @Test
    void readsEveryAcceptedFormatAndReplacesTheTranscriptBefore() throws IOException {
        Episode episode = curation.create(showSlug(), draft("Formats", EpisodeStatus.DRAFT, null), EpisodeUploads.NONE);
        Map<String, String> uploads = new LinkedHashMap<>();
        uploads.put("talk.vtt", "WEBVTT\n\n00:00.500 --> 00:02.000\n<v Pascal>Hello.\n\n00:02.000 --> 00:03.000\n<v Ada>Bye.\n");
        uploads.put("talk.json", "{\"version\":\"1.0.0\",\"segments\":[{\"speaker\":\"Pascal\",\"startTime\":0.5,"
                + "\"endTime\":2,\"body\":\"Hello.\"},{\"speaker\":\"Ada\",\"startTime\":2,\"endTime\":3,\"body\":\"Bye.\"}]}");
        uploads.put("talk.txt", "Hello.\n\nBye.\n");
        String replacedKey = null;
        for (Map.Entry<String, String> upload : uploads.entrySet()) {
            Episode current = curation.getEpisode(episode.getId());
            Episode saved = curation.update(current.getId(), current.getVersion(), draft("Formats", EpisodeStatus.DRAFT, null),
                    new EpisodeUploads(null, transcript(upload.getKey(), upload.getValue()), false, false));

            Transcript transcript = transcripts.findByEpisode(episode.getId()).orElseThrow().toTranscript();
            assertEquals(List.of("Hello.", "Bye."), transcript.cues().stream().map(Cue::text).toList(), upload.getKey());
            assertEquals(!upload.getKey().endsWith(".txt"), transcript.timed(), upload.getKey());
            assertEquals(upload.getValue(), Files.readString(storage.resolve(saved.getTranscript().getStorageKey())));
            if (replacedKey != null) {
                assertTrue(Files.notExists(storage.resolve(replacedKey)), "the replaced file is gone: " + upload.getKey());
            }
            replacedKey = saved.getTranscript().getStorageKey();
        }
        Transcript json = Transcripts.read(uploads.get("talk.json").getBytes(StandardCharsets.UTF_8), "talk.json");
        assertEquals("Ada", json.cues().get(1).speaker());
        assertEquals(1, fixtures.countOfEpisodes(EpisodeTranscript.class, List.of(episode.getId())));
    }

    @Test
    void removesTheTranscriptWithItsFileAndCues() {
        Episode episode = curation.create(showSlug(), draft("Removed", EpisodeStatus.DRAFT, null),
                new EpisodeUploads(null, transcript("talk.srt", SRT), false, false));
        String key = episode.getTranscript().getStorageKey();

        Episode saved = curation.update(episode.getId(), episode.getVersion(), draft("Removed", EpisodeStatus.DRAFT, null),
                new EpisodeUploads(null, null, false, true));

        assertNull(curation.getEpisode(saved.getId()).getTranscript());
        assertTrue(transcripts.findByEpisode(episode.getId()).isEmpty());
        assertTrue(Files.notExists(storage.resolve(key)));
        assertEquals(AuditAction.TRANSCRIPT_REMOVED, audit.history(AuditSubject.EPISODE, episode.getId()).get(0).getAction());
    }

    @Test
    void aBrokenTranscriptNamesItsLineAndKeepsTheOneBefore() {
        Episode episode = curation.create(showSlug(), draft("Broken", EpisodeStatus.DRAFT, null),
                new EpisodeUploads(null, transcript("talk.srt", SRT), false, false));
        long files = fixtures.count(MediaFile.class);

        InvalidFieldException broken = assertThrows(InvalidFieldException.class, () -> curation.update(episode.getId(),
                episode.getVersion(), draft("Broken", EpisodeStatus.DRAFT, null), new EpisodeUploads(null,
                        transcript("next.vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\nFine.\n\n00:03.000 -> 00:04.000\nNo.\n"),
                        false, false)));

        assertEquals(List.of("transcript", "transcripts.error.cue"), List.of(broken.field(), broken.messageKey()));
        assertArrayEquals(new Object[] {6}, broken.arguments());
        assertEquals(files, fixtures.count(MediaFile.class));
        assertEquals(List.of("Hello.", "Bye."), transcripts.findByEpisode(episode.getId()).orElseThrow().toTranscript()
                .cues().stream().map(Cue::text).toList());
    }

    @Test
    void refusedFilesLeaveNothingStored() throws IOException {
        Episode episode = curation.create(showSlug(), draft("Refusals", EpisodeStatus.DRAFT, null), EpisodeUploads.NONE);
        long files = fixtures.count(MediaFile.class);
        long onDisk = filesOnDisk();

        InvalidFieldException garbage = assertThrows(InvalidFieldException.class, () -> curation.update(episode.getId(),
                episode.getVersion(), draft("Refusals", EpisodeStatus.DRAFT, null),
                new EpisodeUploads(null, transcript("notes.srt", "Dear listener, thanks!"), false, false)));
        InvalidFieldException fake = assertThrows(InvalidFieldException.class, () -> curation.update(episode.getId(),
                episode.getVersion(), draft("Refusals", EpisodeStatus.DRAFT, null),
                new EpisodeUploads(upload("song.mp3", "not really audio"), null, false, false)));
        String limit = System.getProperty("earmark.max-audio-bytes");
        System.setProperty("earmark.max-audio-bytes", "4096");
        InvalidFieldException tooLarge;
        try {
            tooLarge = assertThrows(InvalidFieldException.class, () -> curation.update(episode.getId(),
                    episode.getVersion(), draft("Refusals", EpisodeStatus.DRAFT, null),
                    new EpisodeUploads(audio(SampleAudio.MP3), transcript("fine.srt", SRT), false, false)));
        } finally {
            if (limit == null) {
                System.clearProperty("earmark.max-audio-bytes");
            } else {
                System.setProperty("earmark.max-audio-bytes", limit);
            }
        }

        assertEquals(List.of("transcript", "transcripts.error.format"), List.of(garbage.field(), garbage.messageKey()));
        assertEquals(List.of("audio", "media.error.type"), List.of(fake.field(), fake.messageKey()));
        assertEquals(List.of("audio", "media.error.tooLarge"), List.of(tooLarge.field(), tooLarge.messageKey()));
        assertEquals(files, fixtures.count(MediaFile.class));
        assertEquals(onDisk, filesOnDisk());
        assertEquals(episode.getVersion(), curation.getEpisode(episode.getId()).getVersion());
    }

    @Test
    void externalAudioNeedsAWebAddress() {
        Episode external = curation.create(showSlug(), new EpisodeDraft("Elsewhere", null, null, null, null,
                EpisodeStatus.PUBLISHED, null, null, null, null, "https://cdn.example.org/elsewhere.mp3", null), EpisodeUploads.NONE);
        InvalidFieldException local = assertThrows(InvalidFieldException.class, () -> curation.create(showSlug(),
                new EpisodeDraft("Local", null, null, null, null, null, null, null, null, null, "file:///etc/passwd", null),
                EpisodeUploads.NONE));
        InvalidFieldException tooLong = assertThrows(InvalidFieldException.class, () -> curation.create(showSlug(),
                new EpisodeDraft("Far", null, null, null, null, null, null, null, null, null,
                        "https://cdn.example.org/" + "a".repeat(AudioEnclosure.URL_MAX) + ".mp3", null),
                EpisodeUploads.NONE));

        assertEquals(MediaTypes.MPEG, catalogue.getEpisode(external.getId()).getAudio().getMediaType());
        assertEquals("audioUrl", local.field());
        assertEquals(List.of("audioUrl", "admin.episode.error.audioUrlTooLong"),
                List.of(tooLong.field(), tooLong.messageKey()));
    }

    @Test
    @RunAsClient
    void theApiSavesAgainstVersionsAndAnswersConflicts() {
        WebClient admin = WebClient.signIn(base, "admin", "admin-demo");
        String body = "{\"showSlug\":\"meta-tech-podcast\",\"title\":\"Made by the API\",\"status\":\"DRAFT\","
                + "\"chapters\":[{\"start\":6,\"title\":\"Intro\",\"url\":\"https://example.org/intro\"}]}";

        WebClient.Reply created = admin.post("api/admin/episodes", body);
        assertEquals(201, created.status(), created.body());
        JsonObject episode = created.object();
        String path = "api/admin/episodes/" + episode.getJsonNumber("id").longValue();
        long version = episode.getJsonNumber("version").longValue();
        assertEquals("made-by-the-api", episode.getString("slug"));
        assertEquals("https://example.org/intro", episode.getJsonArray("chapters").getJsonObject(0).getString("url"));
        assertEquals(version, admin.get(path).object().getJsonNumber("version").longValue());

        WebClient.Reply saved = admin.put(path, "{\"version\":" + version
                + ",\"title\":\"Renamed by the API\",\"slug\":\"made-by-the-api\",\"status\":\"DRAFT\","
                + "\"chapters\":[{\"start\":6,\"title\":\"Intro\",\"url\":\"https://example.org/intro\"}]}");
        WebClient.Reply stale = admin.put(path, "{\"version\":" + version + ",\"title\":\"Stale\"}");
        WebClient.Reply staleDelete = admin.delete(path + "?version=" + version);
        long current = saved.object().getJsonNumber("version").longValue();
        WebClient.Reply badLink = admin.put(path, "{\"version\":" + current + ",\"title\":\"Bad link\","
                + "\"chapters\":[{\"start\":6,\"title\":\"Intro\",\"url\":\"javascript:alert(1)\"}]}");
        WebClient.Reply twoAtOnce = admin.put(path, "{\"version\":" + current + ",\"title\":\"Crowded\","
                + "\"chapters\":[{\"start\":6,\"title\":\"Intro\"},{\"start\":6,\"title\":\"Welcome\"}]}");
        WebClient.Reply deleted = admin.delete(path + "?version=" + current);

        assertEquals(200, saved.status(), saved.body());
        assertEquals("Renamed by the API", saved.object().getString("title"));
        assertEquals("https://example.org/intro",
                saved.object().getJsonArray("chapters").getJsonObject(0).getString("url"));
        assertEquals(400, badLink.status(), badLink.body());
        assertEquals(400, twoAtOnce.status(), twoAtOnce.body());
        assertTrue(twoAtOnce.body().contains("Intro") && twoAtOnce.body().contains("Welcome"), twoAtOnce.body());
        assertEquals(409, stale.status(), stale.body());
        assertTrue(stale.object().getString("message").startsWith("Someone else saved this episode"), stale.body());
        assertEquals(409, staleDelete.status());
        assertEquals(204, deleted.status(), deleted.body());
        assertEquals(404, admin.get(path).status());
    }

    private String showSlug() {
        if (show == null) {
            show = fixtures.show("Curation");
        }
        return show.getSlug();
    }

    private long filesOnDisk() throws IOException {
        try (Stream<Path> files = Files.list(settings.mediaDirectory())) {
            return files.count();
        }
    }

    private static EpisodeDraft draft(String title, EpisodeStatus status, Instant publishedAt, ChapterMark... chapters) {
        return new EpisodeDraft(title, null, null, null, EpisodeType.FULL, status, publishedAt, null, null, null, null, List.of(chapters));
    }

    private static Upload audio(String sample) {
        return new Upload(sample, () -> SampleAudio.open(sample));
    }

    private static Upload transcript(String name, String text) {
        return upload(name, text);
    }

    private static Upload upload(String name, String text) {
        return new Upload(name, () -> new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
