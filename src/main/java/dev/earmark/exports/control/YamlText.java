package dev.earmark.exports.control;

/**
 * A text as a YAML scalar in double quotes, the one style in which any text is what it says (no ": " or "#" starts
 * anything, no leading "-", "&", "*" or "!" is syntax, "no" and "2024-01-01" stay strings): backslash and quote escaped,
 * and every control or line-separating character as an escape, so that the value stays on its line.
 */
public final class YamlText {

    private YamlText() {
    }

    public static String quoted(String text) {
        String value = text == null ? "" : text;
        StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                case '\r' -> quoted.append("\\r");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                        quoted.append(String.format("\\u%04X", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
