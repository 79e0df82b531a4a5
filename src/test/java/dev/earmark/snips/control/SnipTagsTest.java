package dev.earmark.snips.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.earmark.platform.control.InvalidParameterException;
import dev.earmark.snips.entity.Snip;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SnipTagsTest {

    @Test
    void oneSpellingPerTag() {
        assertEquals(Set.of("security", "key-transparency"),
                SnipTags.normalise(List.of("#Security", " key \t Transparency ", "security", "##security", "  ")));
    }

    @Test
    void controlCharactersGo() {
        assertEquals("ab", SnipTags.normalise("a\u0000b"));
    }

    @Test
    void tooManyOrTooLongIsRefused() {
        List<String> eleven = IntStream.rangeClosed(1, Snip.TAGS_MAX + 1).mapToObj(i -> "t" + i).toList();
        assertEquals("snips.error.tooManyTags",
                assertThrows(InvalidParameterException.class, () -> SnipTags.normalise(eleven)).messageKey());
        assertEquals("snips.error.tagTooLong", assertThrows(InvalidParameterException.class,
                () -> SnipTags.normalise("x".repeat(Snip.TAG_MAX + 1))).messageKey());
    }
}
