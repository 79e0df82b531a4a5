package dev.earmark.transcripts.control;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in engine: CMU PocketSphinx from Debian ({@code pocketsphinx}, {@code pocketsphinx-en-us}), offline. FFmpeg
 * ({@code ffmpeg}) first decodes the audio to what the recogniser reads, 16 kHz 16-bit mono WAV: it reads every format
 * Earmark accepts (MP3, M4A/AAC, Ogg Opus and Vorbis), where SoX reads no Opus and no M4A. The recogniser prints each
 * word with its times as it finishes an utterance; words become cues ({@link SpokenCues}).
 */
public final class PocketSphinx implements TranscriptionEngine {

    /** Where Debian's pocketsphinx-en-us puts the acoustic model that the recogniser uses by default. */
    static final Path ENGLISH_MODEL = Path.of("/usr/share/pocketsphinx/model/en-us/en-us");
    /** The programs and model the engine needs, each with the Debian package that installs it. */
    private static final Map<String, String> PACKAGES_OF_PROGRAMS = programs();

    private static final int BYTES_PER_SECOND = 16_000 * 2;
    private static final int PERCENT_AFTER_DECODING = 10;
    private static final int PERCENT_AFTER_RECOGNISING = 95;

    private final Path workDirectory;

    /** @param workDirectory where the decoded audio is written while the job runs */
    public PocketSphinx(Path workDirectory) {
        this.workDirectory = workDirectory;
    }

    /** The Debian packages that this server lacks for the engine, in the order to install them; empty when ready. */
    public static List<String> missingPackages() {
        List<String> missing = new ArrayList<>();
        PACKAGES_OF_PROGRAMS.forEach((program, debianPackage) -> {
            if (onPath(program).isEmpty()) {
                missing.add(debianPackage);
            }
        });
        if (!Files.isDirectory(ENGLISH_MODEL)) {
            missing.add("pocketsphinx-en-us");
        }
        return missing;
    }

    @Override
    public List<Cue> transcribe(AudioToTranscribe audio, TranscriptionControl control)
            throws TranscriptionFailure, InterruptedException {
        Path wav = null;
        try {
            wav = Files.createTempFile(workDirectory, "transcription-", ".wav");
            decode(audio.path(), wav, control);
            control.report(PERCENT_AFTER_DECODING);
            List<RecognisedWord> words = recognise(wav, control);
            if (words.isEmpty()) {
                throw new TranscriptionFailure("transcription.failure.noSpeech", null);
            }
            return SpokenCues.of(words);
        } catch (IOException failed) {
            throw new TranscriptionFailure("transcription.failure.io", failed.getMessage());
        } finally {
            if (wav != null) {
                deleteQuietly(wav);
            }
        }
    }

    private static void decode(Path audio, Path wav, TranscriptionControl control)
            throws IOException, InterruptedException, TranscriptionFailure {
        Path errors = Files.createTempFile(wav.getParent(), "ffmpeg-", ".log");
        try {
            Process ffmpeg = new ProcessBuilder(program("ffmpeg"), "-nostdin", "-hide_banner", "-v", "error", "-y",
                    "-i", audio.toString(), "-vn", "-ac", "1", "-ar", "16000", "-c:a", "pcm_s16le", "-f", "wav", wav.toString())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(errors.toFile())
                    .start();
            control.onCancel(ffmpeg::destroyForcibly);
            int exit = waitFor(ffmpeg);
            if (exit != 0) {
                List<String> lines = Files.readAllLines(errors, StandardCharsets.UTF_8);
                throw lines.isEmpty()
                        ? new TranscriptionFailure("transcription.failure.decodeExit", String.valueOf(exit))
                        : new TranscriptionFailure("transcription.failure.decode", lines.get(lines.size() - 1));
            }
        } finally {
            deleteQuietly(errors);
        }
    }

    private static List<RecognisedWord> recognise(Path wav, TranscriptionControl control)
            throws IOException, InterruptedException, TranscriptionFailure {
        long audioMillis = Math.max(1, (Files.size(wav) - 44) * 1000 / BYTES_PER_SECOND);
        Process recogniser = new ProcessBuilder(program("pocketsphinx_continuous"), "-infile", wav.toString(),
                "-time", "yes", "-logfn", "/dev/null")
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        control.onCancel(recogniser::destroyForcibly);
        try {
            return wordsOf(recogniser, audioMillis, control);
        } finally {
            // Whatever ended the reading, no recogniser outlives its job.
            recogniser.destroyForcibly();
        }
    }

    private static List<RecognisedWord> wordsOf(Process recogniser, long audioMillis, TranscriptionControl control)
            throws IOException, InterruptedException, TranscriptionFailure {
        List<RecognisedWord> words = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(recogniser.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                Optional<RecognisedWord> word = RecognisedWord.parse(line);
                if (word.isPresent()) {
                    words.add(word.get());
                    control.report(PERCENT_AFTER_DECODING + (int) ((PERCENT_AFTER_RECOGNISING - PERCENT_AFTER_DECODING)
                            * Math.min(1.0, word.get().endMillis() / (double) audioMillis)));
                }
            }
        }
        int exit = waitFor(recogniser);
        if (exit != 0) {
            throw new TranscriptionFailure("transcription.failure.recogniser", String.valueOf(exit));
        }
        return words;
    }

    /** Kills the process when the waiting thread is interrupted, so that no recogniser outlives its job. */
    private static int waitFor(Process process) throws InterruptedException {
        try {
            return process.waitFor();
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            throw interrupted;
        }
    }

    private static String program(String name) throws TranscriptionFailure {
        return onPath(name).map(Path::toString).orElseThrow(() -> new TranscriptionFailure(
                "transcription.failure.missingPrograms", String.join(" ", missingPackages())));
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        List<String> directories = new ArrayList<>(List.of(path == null ? new String[0] : path.split(File.pathSeparator)));
        // A server started by a service manager may have a short PATH; Debian installs both programs here.
        directories.add("/usr/bin");
        return directories.stream().filter(directory -> !directory.isBlank())
                .map(directory -> Path.of(directory, program))
                .filter(Files::isExecutable)
                .findFirst();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A temporary file that cannot be deleted is the temporary directory's to clean.
        }
    }

    private static Map<String, String> programs() {
        Map<String, String> programs = new LinkedHashMap<>();
        programs.put("ffmpeg", "ffmpeg");
        programs.put("pocketsphinx_continuous", "pocketsphinx");
        return programs;
    }
}
