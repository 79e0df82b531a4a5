package dev.earmark.exports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YamlTextTest {

    @ParameterizedTest
    @ValueSource(strings = {ExportedSnips.HOSTILE, "key: value", "- item", "no", "2024-01-01", "&anchor", "*alias",
            "!tag", "@at", "`tick`", "# comment", "a\nb\r\nc\td", "back\\slash \"quote\"", "\u2028sep\u2029\u0085",
            "Zürich – 東京 🎧"})
    void anyTextIsOneDoubleQuotedScalarThatReadsBackAsItself(String text) {
        String quoted = YamlText.quoted(text);
        assertFalse(quoted.contains("\n") || quoted.contains("\r") || quoted.contains("\u2028"), quoted);
        assertEquals(text, DoubleQuotedYaml.read(quoted));
    }
}
