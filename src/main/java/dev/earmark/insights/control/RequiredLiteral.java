package dev.earmark.insights.control;

/**
 * The longest piece of plain text that every match of a simple regular expression contains, found without running it,
 * so that a large list of patterns is tried only where that text occurs. Conservative: whatever it cannot be sure of
 * (alternatives at the top, classes, groups, optional characters) ends a piece, and an expression with alternatives at
 * the top has none ("").
 */
final class RequiredLiteral {

    private RequiredLiteral() {
    }

    static String of(String regex) {
        String longest = "";
        StringBuilder run = new StringBuilder();
        boolean lastWasLiteral = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            switch (c) {
                case '|' -> {
                    return "";
                }
                case '\\' -> {
                    char escaped = i + 1 < regex.length() ? regex.charAt(++i) : '\\';
                    if (Character.isLetterOrDigit(escaped)) {
                        longest = longer(longest, run);
                        lastWasLiteral = false;
                    } else {
                        run.append(escaped);
                        lastWasLiteral = true;
                    }
                }
                case '[' -> {
                    i = endOfClass(regex, i);
                    longest = longer(longest, run);
                    lastWasLiteral = false;
                }
                case '(' -> {
                    i = endOfGroup(regex, i);
                    longest = longer(longest, run);
                    lastWasLiteral = false;
                }
                case '?', '*', '{' -> {
                    // The character before may be absent: it is no longer required.
                    if (lastWasLiteral) {
                        run.setLength(run.length() - 1);
                    }
                    longest = longer(longest, run);
                    if (c == '{') {
                        i = regex.indexOf('}', i) < 0 ? regex.length() : regex.indexOf('}', i);
                    }
                    lastWasLiteral = false;
                }
                case '+' -> {
                    // Once at least, maybe more: what follows need not come right after it.
                    longest = longer(longest, run);
                    lastWasLiteral = false;
                }
                case '^', '$', '.' -> {
                    longest = longer(longest, run);
                    lastWasLiteral = false;
                }
                default -> {
                    run.append(c);
                    lastWasLiteral = true;
                }
            }
        }
        return longer(longest, run);
    }

    /** The longer of the two, and the run emptied for the next piece. */
    private static String longer(String longest, StringBuilder run) {
        String candidate = run.toString();
        run.setLength(0);
        return candidate.length() > longest.length() ? candidate : longest;
    }

    private static int endOfClass(String regex, int open) {
        int i = open + 1;
        if (i < regex.length() && regex.charAt(i) == '^') {
            i++;
        }
        if (i < regex.length() && regex.charAt(i) == ']') {
            i++;
        }
        for (; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == ']') {
                return i;
            }
        }
        return regex.length();
    }

    private static int endOfGroup(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = endOfClass(regex, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return regex.length();
    }
}
