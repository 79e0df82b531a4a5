package dev.earmark.transcripts.control;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Transcripts as curators upload them, WebVTT or SubRip (SRT), checked cue by cue and handed on as WebVTT,
 * the one format players read. SRT differs in little more than a comma before the milliseconds and the missing
 * "WEBVTT" line, so the conversion keeps every cue and its text as they were.
 */
public final class Transcripts {

    private static final Pattern WEBVTT_HEADER = Pattern.compile("WEBVTT([ \\t].*)?");
    // Possessive runs: a long run of digits or blanks in an uploaded line is read once, never given back bit by bit.
    private static final String TIME = "(?:\\d{2,}+:)?[0-5]\\d:[0-5]\\d\\.\\d{3}";
    private static final String ARROW = "[ \\t]++-->[ \\t]++";
    private static final Pattern WEBVTT_TIMING = Pattern.compile(TIME + ARROW + TIME + "(?:[ \\t].*)?");
    /** Blocks that hold no cue: comments, styles and regions. */
    private static final Pattern WEBVTT_OTHER_BLOCK = Pattern.compile("(NOTE|STYLE|REGION)([ \\t].*)?");
    private static final Pattern SRT_INDEX = Pattern.compile("\\d+");
    /** Some tools write a dot like WebVTT, or one-digit hours; trailing coordinates are an old extension. */
    private static final Pattern SRT_TIMING = Pattern.compile(
            "(\\d{1,2}):([0-5]\\d):([0-5]\\d)[,.](\\d{3})" + ARROW
                    + "(\\d{1,2}):([0-5]\\d):([0-5]\\d)[,.](\\d{3})(?:[ \\t].*)?");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private Transcripts() {
    }

    /**
     * The transcript as WebVTT.
     *
     * @throws TranscriptException when it is no UTF-8 text, neither WebVTT nor SRT, has no cue, or a block that is
     *                             no cue
     */
    public static String toWebVtt(byte[] content) {
        List<String> lines = List.of(LINE_BREAK.split(decode(content), -1));
        if (WEBVTT_HEADER.matcher(lines.get(0)).matches()) {
            checkWebVtt(lines);
            return String.join("\n", lines);
        }
        return srtToWebVtt(lines);
    }

    private static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            // Audio or images renamed to .srt decode surprisingly often; text has no NUL.
            if (text.indexOf('\0') >= 0) {
                throw TranscriptException.notText();
            }
            return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            throw TranscriptException.notText();
        }
    }

    private static void checkWebVtt(List<String> lines) {
        // The header runs to the first blank line and may carry metadata lines of its own.
        int afterHeader = lines.indexOf("") < 0 ? lines.size() : lines.indexOf("");
        int cues = 0;
        for (Block block : blocks(lines, afterHeader)) {
            if (WEBVTT_OTHER_BLOCK.matcher(block.first()).matches()) {
                continue;
            }
            if (!block.hasTimingAt(0, WEBVTT_TIMING) && !block.hasTimingAt(1, WEBVTT_TIMING)) {
                throw TranscriptException.badCue(block.firstLineNumber());
            }
            cues++;
        }
        if (cues == 0) {
            throw TranscriptException.noCues();
        }
    }

    private static String srtToWebVtt(List<String> lines) {
        List<Block> blocks = blocks(lines, 0);
        if (blocks.isEmpty() || !SRT_INDEX.matcher(blocks.get(0).first().strip()).matches()) {
            throw TranscriptException.unknownFormat();
        }
        StringBuilder vtt = new StringBuilder("WEBVTT\n");
        for (Block block : blocks) {
            int timingLine = block.hasTimingAt(1, SRT_TIMING) && SRT_INDEX.matcher(block.first().strip()).matches() ? 1
                    : block.hasTimingAt(0, SRT_TIMING) ? 0 : -1;
            if (timingLine < 0) {
                throw TranscriptException.badCue(block.firstLineNumber());
            }
            vtt.append('\n');
            if (timingLine == 1) {
                vtt.append(block.first().strip()).append('\n');
            }
            Matcher timing = SRT_TIMING.matcher(block.lines().get(timingLine).strip());
            timing.matches();
            vtt.append(webVttTime(timing, 1)).append(" --> ").append(webVttTime(timing, 5)).append('\n');
            block.lines().subList(timingLine + 1, block.lines().size()).forEach(text -> vtt.append(text).append('\n'));
        }
        return vtt.toString();
    }

    /** Two-digit hours: SRT's hours have one or two. Not String.format, which costs more than the rest of a cue. */
    private static String webVttTime(Matcher timing, int firstGroup) {
        String hours = timing.group(firstGroup);
        return (hours.length() == 1 ? "0" : "") + hours + ":" + timing.group(firstGroup + 1) + ":"
                + timing.group(firstGroup + 2) + "." + timing.group(firstGroup + 3);
    }

    /** Runs of non-blank lines from {@code from} on, each with the number (from 1) of its first line. */
    private static List<Block> blocks(List<String> lines, int from) {
        List<Block> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (int i = from; i <= lines.size(); i++) {
            if (i == lines.size() || lines.get(i).isBlank()) {
                if (!current.isEmpty()) {
                    blocks.add(new Block(i - current.size() + 1, List.copyOf(current)));
                    current.clear();
                }
            } else {
                current.add(lines.get(i));
            }
        }
        return blocks;
    }

    private record Block(int firstLineNumber, List<String> lines) {

        String first() {
            return lines.get(0);
        }

        boolean hasTimingAt(int index, Pattern timing) {
            return lines.size() > index && timing.matcher(lines.get(index).strip()).matches();
        }
    }
}
