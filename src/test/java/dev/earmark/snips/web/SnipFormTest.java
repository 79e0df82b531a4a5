package dev.earmark.snips.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SnipFormTest {

    @Test
    void tagsAreTypedBetweenCommasInTheirOrder() {
        assertEquals(List.of("security", "hiring", "key transparency"),
                List.copyOf(SnipForm.tagSet(" security,hiring , key transparency")));
    }

    @Test
    void blankTagsAreLeftOutAndTheSameTagCountsOnce() {
        assertEquals(List.of("a", "b"), List.copyOf(SnipForm.tagSet(",a,, ,b,a,")));
        assertEquals(Set.of(), SnipForm.tagSet(""));
        assertEquals(Set.of(), SnipForm.tagSet(null));
    }

    @Test
    void anEditCarriesWhatWasTyped() {
        SnipForm form = new SnipForm();
        form.setTitle("Why stories won");
        form.setNote("*Ask* about it");
        form.setTags("product, history");
        assertEquals("Why stories won", form.toEdit().title());
        assertEquals("*Ask* about it", form.toEdit().note());
        assertEquals(List.of("product", "history"), List.copyOf(form.toEdit().tags()));
    }
}
