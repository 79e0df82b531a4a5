package dev.earmark.testing;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 as a strict reader takes it: CRLF between records, quoted fields with doubled quotes. */
public final class Rfc4180 {

    private Rfc4180() {
    }

    public static List<List<String>> read(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '"') {
                for (i++; !(text.charAt(i) == '"' && (i + 1 == text.length() || text.charAt(i + 1) != '"')); i++) {
                    field.append(text.charAt(i));
                    if (text.charAt(i) == '"') {
                        i++;
                    }
                }
                i++;
            } else {
                while (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\r') {
                    field.append(text.charAt(i++));
                }
            }
            row.add(field.toString());
            field.setLength(0);
            if (text.startsWith("\r\n", i)) {
                rows.add(row);
                row = new ArrayList<>();
                i += 2;
            } else if (i < text.length() && text.charAt(i) == ',') {
                i++;
            } else {
                throw new IllegalArgumentException("not RFC 4180 at " + i + ": " + text);
            }
        }
        return rows;
    }
}
