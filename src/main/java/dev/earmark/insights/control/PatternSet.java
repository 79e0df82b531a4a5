package dev.earmark.insights.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Many regular expressions, asked which of them occur in a text, in time that hardly grows with their number: each
 * alternative of each expression is filed under the first three characters of the plain text that all its matches
 * contain ({@link RequiredLiteral}), and only those whose three characters occur at some position of the text are tried
 * there; alternatives that are plain text are compared without running a matcher. The few without three such
 * characters are tried always.
 */
final class PatternSet {

    private static final int KEY_LENGTH = 3;
    private static final int NONE = -1;

    private final List<Alternative> always = new ArrayList<>();
    private final List<String> refused = new ArrayList<>();
    /** Open addressing: the alternatives filed under {@code keys[slot]}, or null where the slot is free. */
    private final long[] keys;
    private final Alternative[][] filed;

    PatternSet(List<String> regexes) {
        Map<Long, List<Alternative>> byKey = new LinkedHashMap<>();
        for (int index = 0; index < regexes.size(); index++) {
            String regex = regexes.get(index);
            try {
                Pattern.compile(regex);
            } catch (PatternSyntaxException unreadable) {
                refused.add(regex);
                continue;
            }
            for (String branch : topLevelAlternatives(regex)) {
                String literal = RequiredLiteral.of(branch);
                Alternative alternative = new Alternative(index, Pattern.compile(branch), literal,
                        literal.equals(plainText(branch)));
                if (literal.length() < KEY_LENGTH) {
                    always.add(alternative);
                } else {
                    byKey.computeIfAbsent(key(literal, 0), key -> new ArrayList<>()).add(alternative);
                }
            }
        }
        int slots = Integer.highestOneBit(Math.max(1, byKey.size()) * 4);
        keys = new long[slots];
        filed = new Alternative[slots][];
        byKey.forEach((key, alternatives) -> {
            int slot = slot(key);
            while (filed[slot] != null) {
                slot = (slot + 1) & (slots - 1);
            }
            keys[slot] = key;
            filed[slot] = alternatives.toArray(Alternative[]::new);
        });
    }

    /** Whether any of the expressions is found in the text. */
    boolean findsAny(String text) {
        return first(text, true) != NONE;
    }

    /** The position in the list of the first expression found in the text, or -1 when none is. */
    int firstFound(String text) {
        return first(text, false);
    }

    /** The expressions that did not compile (left out). */
    List<String> refused() {
        return List.copyOf(refused);
    }

    private int first(String text, boolean anyWillDo) {
        int first = NONE;
        for (Alternative alternative : always) {
            if (earlier(alternative, first) && alternative.pattern().matcher(text).find()) {
                first = alternative.index();
                if (anyWillDo) {
                    return first;
                }
            }
        }
        for (int at = 0; at + KEY_LENGTH <= text.length(); at++) {
            Alternative[] candidates = candidatesAt(text, at);
            if (candidates == null) {
                continue;
            }
            for (Alternative candidate : candidates) {
                if (earlier(candidate, first) && text.startsWith(candidate.literal(), at)
                        && (candidate.plain() || candidate.pattern().matcher(text).find())) {
                    first = candidate.index();
                    if (anyWillDo) {
                        return first;
                    }
                }
            }
        }
        return first;
    }

    private static boolean earlier(Alternative alternative, int first) {
        return first == NONE || alternative.index() < first;
    }

    private Alternative[] candidatesAt(String text, int at) {
        long key = key(text, at);
        for (int slot = slot(key); filed[slot] != null; slot = (slot + 1) & (keys.length - 1)) {
            if (keys[slot] == key) {
                return filed[slot];
            }
        }
        return null;
    }

    private int slot(long key) {
        long mixed = key * 0x9E3779B97F4A7C15L;
        return (int) (mixed >>> 40) & (keys.length - 1);
    }

    private static long key(CharSequence text, int at) {
        return ((long) text.charAt(at) << 32) | ((long) text.charAt(at + 1) << 16) | text.charAt(at + 2);
    }

    /** The expression split at its alternatives outside groups and classes: each is an expression of its own. */
    static List<String> topLevelAlternatives(String regex) {
        List<String> alternatives = new ArrayList<>();
        int depth = 0;
        int start = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
                if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
                    i++;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                alternatives.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        alternatives.add(regex.substring(start));
        return alternatives;
    }

    /** The text the expression stands for, or null when it has more than plain and escaped characters. */
    private static String plainText(String regex) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length() && !Character.isLetterOrDigit(regex.charAt(i + 1))) {
                text.append(regex.charAt(++i));
            } else if (".^$|?*+()[]{}\\".indexOf(c) >= 0) {
                return null;
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    /** One alternative of the expression at {@code index} of the list. */
    private record Alternative(int index, Pattern pattern, String literal, boolean plain) {
    }
}
