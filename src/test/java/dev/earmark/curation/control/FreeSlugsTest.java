package dev.earmark.curation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FreeSlugsTest {

    private final Set<String> taken = new HashSet<>();
    private final FreeSlugs slugs = new FreeSlugs(20, "show", "catalogue.error.slugTaken", taken::contains);

    @Test
    void aChosenSlugIsKeptWithoutItsBlanksWhenItIsFree() {
        assertEquals("my-show", slugs.choose("  my-show ", "Anything"));
    }

    @Test
    void aChosenSlugThatIsTakenIsRefusedAtTheSlugField() {
        taken.add("my-show");

        SlugTakenException refused = assertThrows(SlugTakenException.class, () -> slugs.choose("my-show", "My Show"));

        assertEquals(List.of("slug", "catalogue.error.slugTaken", List.of("my-show")),
                List.of(refused.field(), refused.messageKey(), List.of(refused.arguments())));
    }

    @Test
    void aBlankSlugIsMadeFromTheTitleAndNumberedUntilFree() {
        taken.addAll(List.of("tea-talks", "tea-talks-2"));

        assertEquals("tea-talks-3", slugs.choose(" ", "Tea Talks"));
        assertEquals("coffee", slugs.choose(null, "Coffee"));
    }

    @Test
    void aNumberNeverMakesTheSlugTooLong() {
        taken.add("abcde-fghij-klmno-pq");

        assertEquals("abcde-fghij-klmno-pq", new FreeSlugs(20, "show", "catalogue.error.slugTaken", slug -> false)
                .choose(null, "Abcde fghij klmno pq"));
        assertEquals("abcde-fghij-klmno-2", slugs.choose(null, "Abcde fghij klmno pq"));
    }

    @Test
    void aTitleWithoutLatinLettersOrDigitsStillGetsASlug() {
        taken.add("show");

        assertEquals("show-2", slugs.choose(null, "Подкаст"));
    }

    @Test
    void aHundredTakenSlugsOfOneTitleAreEnough() {
        taken.add("echo");
        IntStream.rangeClosed(2, FreeSlugs.MAX_NUMBER).forEach(number -> taken.add("echo-" + number));

        SlugTakenException refused = assertThrows(SlugTakenException.class, () -> slugs.choose(null, "Echo"));

        assertEquals(List.of("echo"), List.of(refused.arguments()));
    }
}
