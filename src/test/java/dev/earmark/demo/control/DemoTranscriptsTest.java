package dev.earmark.demo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.transcripts.control.Transcript;
import dev.earmark.transcripts.control.Transcripts;
import dev.earmark.transcripts.entity.TranscriptFormat;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The demo transcripts that tools/demo-content/make-demo-audio.sh wrote: every episode opens with at least three
 * minutes of conversation between the host and one guest, a voice-tagged cue per sentence, before the announcer's
 * chapter titles; cues follow each other within the episode's length.
 */
class DemoTranscriptsTest {

    private static final String HOST = "Pascal";
    private static final long MIN_CONVERSATION_MILLIS = 180_000;
    private static final Pattern TIMING = Pattern.compile(
            "(\\d{2}):(\\d{2}):(\\d{2})\\.(\\d{3}) --> (\\d{2}):(\\d{2}):(\\d{2})\\.(\\d{3})");
    private static final Pattern VOICE = Pattern.compile("<v ([^>]+)>(.*?)(?:</v>)?");

    record Episode(String slug, String transcript, long durationMillis) {
        @Override
        public String toString() {
            return slug;
        }
    }

    record Cue(long start, long end, String speaker, String text) {
        boolean spoken() {
            return speaker != null;
        }
    }

    static Stream<Episode> episodes() {
        try (InputStream json = DemoShow.resource("meta-tech-podcast.json");
                JsonReader reader = Json.createReader(json)) {
            List<JsonObject> episodes = reader.readObject().getJsonArray("episodes").getValuesAs(JsonObject.class);
            return episodes.stream().map(episode -> new Episode(episode.getString("slug"),
                    episode.getString("transcript"), episode.getInt("durationSeconds") * 1000L));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("episodes")
    void isWebVttThatTheApplicationAccepts(Episode episode) {
        String vtt = read(episode);
        Transcript transcript = Transcripts.read(vtt.getBytes(StandardCharsets.UTF_8), episode + ".vtt");
        assertEquals(TranscriptFormat.WEBVTT, transcript.format());
        assertEquals(vtt.split("-->", -1).length - 1, transcript.cues().size());
    }

    @ParameterizedTest
    @MethodSource("episodes")
    void cuesFollowEachOtherWithinTheEpisode(Episode episode) {
        long previousEnd = 0;
        for (Cue cue : cues(episode)) {
            assertTrue(cue.start() >= previousEnd, episode + ": cue at " + cue.start() + " overlaps the one before");
            assertTrue(cue.end() > cue.start(), episode + ": cue at " + cue.start() + " ends before it starts");
            previousEnd = cue.end();
        }
        assertTrue(previousEnd <= episode.durationMillis(), episode + ": a cue runs past the end");
    }

    @ParameterizedTest
    @MethodSource("episodes")
    void opensWithThreeMinutesOfConversationBetweenTheHostAndOneGuest(Episode episode) {
        List<Cue> cues = cues(episode);
        List<Cue> conversation = cues.stream().takeWhile(Cue::spoken).toList();
        List<Cue> announcements = cues.subList(conversation.size(), cues.size());

        assertFalse(conversation.isEmpty(), episode + ": the first cue has no speaker");
        assertEquals(0, cues.get(0).start(), episode + ": speech from the first second");
        assertTrue(conversation.get(conversation.size() - 1).end() >= MIN_CONVERSATION_MILLIS,
                episode + ": conversation ends at " + conversation.get(conversation.size() - 1).end() + " ms");
        Set<String> speakers = conversation.stream().map(Cue::speaker).collect(Collectors.toSet());
        assertEquals(2, speakers.size(), episode + ": " + speakers);
        assertTrue(speakers.contains(HOST), episode + ": " + speakers);
        assertEquals(HOST, conversation.get(0).speaker(), episode + ": the host opens");
        assertFalse(announcements.isEmpty(), episode + ": chapter titles or minutes are still announced after it");
        assertTrue(announcements.stream().noneMatch(Cue::spoken), episode + ": the conversation is in one piece");
    }

    @Test
    void theKeyTransparencyEpisodeSaysKeyTransparencyAgainAndAgain() {
        Episode episode = episodes().filter(e -> e.slug().startsWith("54-")).findFirst().orElseThrow();
        long said = cues(episode).stream().filter(Cue::spoken)
                .filter(cue -> cue.text().toLowerCase().contains("key transparency")).count();
        assertTrue(said >= 3, "said in " + said + " sentences");
    }

    private static List<Cue> cues(Episode episode) {
        List<Cue> cues = new ArrayList<>();
        for (String block : read(episode).split("\n\n")) {
            List<String> lines = block.lines().toList();
            int timing = lines.size() > 1 && TIMING.matcher(lines.get(1)).matches() ? 1 : 0;
            Matcher time = TIMING.matcher(lines.get(timing));
            if (!time.matches()) {
                assertTrue(lines.get(0).startsWith("WEBVTT"), episode + ": neither header nor cue: " + block);
                continue;
            }
            String text = String.join(" ", lines.subList(timing + 1, lines.size()));
            Matcher voice = VOICE.matcher(text);
            cues.add(voice.matches()
                    ? new Cue(millis(time, 1), millis(time, 5), voice.group(1), voice.group(2))
                    : new Cue(millis(time, 1), millis(time, 5), null, text));
        }
        assertFalse(cues.isEmpty(), episode + ": no cues");
        return cues;
    }

    private static long millis(Matcher time, int firstGroup) {
        return ((Long.parseLong(time.group(firstGroup)) * 60 + Long.parseLong(time.group(firstGroup + 1))) * 60
                + Long.parseLong(time.group(firstGroup + 2))) * 1000 + Long.parseLong(time.group(firstGroup + 3));
    }

    private static String read(Episode episode) {
        try (InputStream vtt = DemoShow.resource("audio/" + episode.transcript())) {
            return new String(vtt.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
