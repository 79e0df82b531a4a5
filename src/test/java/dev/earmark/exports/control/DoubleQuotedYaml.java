package dev.earmark.exports.control;

/** Reads a YAML double-quoted scalar as YAML 1.2 defines its escapes, to check what the exports write. */
final class DoubleQuotedYaml {

    private DoubleQuotedYaml() {
    }

    static String read(String scalar) {
        if (!scalar.startsWith("\"") || !scalar.endsWith("\"") || scalar.length() < 2) {
            throw new IllegalArgumentException("not double-quoted: " + scalar);
        }
        StringBuilder value = new StringBuilder();
        for (int i = 1; i < scalar.length() - 1; i++) {
            char c = scalar.charAt(i);
            if (c == '"') {
                throw new IllegalArgumentException("unescaped quote in " + scalar);
            }
            if (c != '\\') {
                value.append(c);
                continue;
            }
            char escape = scalar.charAt(++i);
            switch (escape) {
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 't' -> value.append('\t');
                case '"', '\\', '/' -> value.append(escape);
                case 'u' -> {
                    value.append((char) Integer.parseInt(scalar.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> throw new IllegalArgumentException("unknown escape \\" + escape + " in " + scalar);
            }
        }
        return value.toString();
    }
}
