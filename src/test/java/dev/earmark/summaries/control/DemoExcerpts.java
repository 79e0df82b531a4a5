package dev.earmark.summaries.control;

import dev.earmark.transcripts.control.Cue;
import dev.earmark.transcripts.control.Transcripts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Excerpts of the demo episodes' transcripts, as a snip of a range of an episode would hold them. */
public final class DemoExcerpts {

    static final String ARCHIVE = "archive-from-facebook-home-to-instagram-stories";
    static final String KEY_TRANSPARENCY = "54-building-key-transparency-at-whatsapp";
    static final String THREADS = "56-how-threads-was-built-in-5-months";
    private static final Pattern SPEAKER = Pattern.compile("^\\p{L}+: ");
    private static final Path AUDIO = Path.of("src/main/resources/dev/earmark/demo/audio");

    private DemoExcerpts() {
    }

    /** The demo episodes that have a timed transcript, by name. */
    public static List<String> episodes() {
        try (Stream<Path> files = Files.list(AUDIO)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".vtt"))
                    .map(name -> name.substring(0, name.length() - ".vtt".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The cues of the episode's conversation (3:17 to 3:35 of speech), without the announcer's chapter titles and
     * minutes said after it.
     */
    public static List<Cue> conversation(String episode) {
        return timed(episode, 0, Long.MAX_VALUE).stream().filter(cue -> cue.speaker() != null).toList();
    }

    /** The cues of the episode's WebVTT transcript that are spoken at any time from {@code from} to {@code to}. */
    public static List<Cue> timed(String episode, long fromMillis, long toMillis) {
        try (InputStream in = DemoExcerpts.class.getResourceAsStream("/dev/earmark/demo/audio/" + episode + ".vtt")) {
            return Transcripts.read(in.readAllBytes(), episode + ".vtt").cues().stream()
                    .filter(cue -> cue.endMillis() > fromMillis && cue.startMillis() < toMillis)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Turns of the episode's conversation (lines of tools/demo-content/conversations, from 1) as a plain text
     * transcript: a paragraph each, without the speaker's name.
     */
    public static List<Cue> untimed(String episode, int fromLine, int toLine) {
        try {
            List<String> lines = Files.readAllLines(Path.of("tools/demo-content/conversations", episode + ".txt"));
            String text = lines.subList(fromLine - 1, toLine).stream()
                    .map(line -> SPEAKER.matcher(line).replaceFirst(""))
                    .collect(Collectors.joining("\n\n"));
            return Transcripts.read(text.getBytes(StandardCharsets.UTF_8), "transcript.txt").cues();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
