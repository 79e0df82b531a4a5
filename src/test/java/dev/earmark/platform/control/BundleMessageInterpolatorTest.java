package dev.earmark.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class BundleMessageInterpolatorTest {

    @Test
    void standardConstraintsSpeakEarmarksWords() {
        assertEquals("Please fill this in.",
                BundleMessageInterpolator.fromBundle("{jakarta.validation.constraints.NotBlank.message}", Locale.ENGLISH));
        assertEquals("At most {max} characters.",
                BundleMessageInterpolator.fromBundle("{jakarta.validation.constraints.Size.message}", Locale.ENGLISH));
    }

    @Test
    void ownKeysComeFromTheBundleWithPlainApostrophes() {
        assertEquals("Use lowercase letters, digits and single hyphens only, e.g. 'my-show-2'.",
                BundleMessageInterpolator.fromBundle("{earmark.validation.slug}", Locale.ENGLISH));
    }

    @Test
    void anythingElseIsLeftToTheProvider() {
        assertEquals("{jakarta.validation.constraints.Future.message}",
                BundleMessageInterpolator.fromBundle("{jakarta.validation.constraints.Future.message}", Locale.ENGLISH));
        assertEquals("{earmark.validation.noSuchKey}",
                BundleMessageInterpolator.fromBundle("{earmark.validation.noSuchKey}", Locale.ENGLISH));
        assertEquals("must be {max} or less", BundleMessageInterpolator.fromBundle("must be {max} or less", Locale.ENGLISH));
    }
}
