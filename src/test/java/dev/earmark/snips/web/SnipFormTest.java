package dev.earmark.snips.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnipFormTest {

    @Test
    void tagsAreTypedBetweenCommasInTheirOrder() {
        assertEquals(List.of("security", "hiring", "key transparency"),
                SnipForm.tags(" security,hiring , key transparency"));
    }

    @Test
    void blankTagsAreLeftOutAndTheSameTagCountsOnce() {
        assertEquals(List.of("a", "b"), SnipForm.tags(",a,, ,b,a,"));
        assertEquals(List.of(), SnipForm.tags(""));
        assertEquals(List.of(), SnipForm.tags(null));
    }

    @Test
    void anEditCarriesWhatWasTyped() {
        SnipForm form = new SnipForm();
        form.setTitle("Why stories won");
        form.setNote("*Ask* about it");
        form.setTags("product, history");
        assertEquals("Why stories won", form.toEdit().title());
        assertEquals("*Ask* about it", form.toEdit().note());
        assertEquals(List.of("product", "history"), form.toEdit().tags());
    }
}
