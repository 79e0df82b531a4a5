package dev.earmark.transcripts.control;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** An uploaded transcript as text, lines and blocks of lines, within the bounds every format shares. */
final class TranscriptText {

    /** As much as the episode editor accepts: a three-hour episode's word-level JSON takes about half of it. */
    static final int MAX_BYTES = 5 * 1024 * 1024;
    /** Blocks of a line-based file (cues and notes), segments of a JSON file. */
    static final int MAX_CUES = 100_000;
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private TranscriptText() {
    }

    /** The content as text, without a byte order mark. */
    static String decode(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw TranscriptException.tooLarge(MAX_BYTES);
        }
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

    static List<String> lines(String text) {
        return List.of(LINE_BREAK.split(text, -1));
    }

    /** Runs of non-blank lines from {@code from} on, each with the number (from 1) of its first line. */
    static List<Block> blocks(List<String> lines, int from) {
        List<Block> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (int i = from; i <= lines.size(); i++) {
            if (i == lines.size() || lines.get(i).isBlank()) {
                if (!current.isEmpty()) {
                    if (blocks.size() == MAX_CUES) {
                        throw TranscriptException.tooManyCues(MAX_CUES);
                    }
                    blocks.add(new Block(i - current.size() + 1, List.copyOf(current)));
                    current.clear();
                }
            } else {
                current.add(lines.get(i));
            }
        }
        return blocks;
    }

    record Block(int firstLineNumber, List<String> lines) {

        String first() {
            return lines.get(0);
        }

        boolean hasTimingAt(int index, Pattern timing) {
            return lines.size() > index && timing.matcher(lines.get(index).strip()).matches();
        }

        /** The lines after the one at {@code index}. */
        List<String> after(int index) {
            return lines.subList(index + 1, lines.size());
        }
    }
}
