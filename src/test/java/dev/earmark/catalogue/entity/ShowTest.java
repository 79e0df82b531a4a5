package dev.earmark.catalogue.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShowTest {

    @Test
    void takingOverDetailsNamesWhatChanged() {
        Show show = show("Tea Talks", List.of("Food"));
        Show edited = show("Tea Talks Weekly", List.of("Food", "Culture"));
        edited.setExplicit(true);

        assertEquals(List.of("title", "categories", "explicit"), show.takeDetailsFrom(edited));
        assertEquals("Tea Talks Weekly", show.getTitle());
        assertEquals(List.of("Food", "Culture"), show.getCategories());
    }

    @Test
    void nothingChangedNamesNothing() {
        Show show = show("Tea Talks", List.of("Food"));

        assertEquals(List.of(), show.takeDetailsFrom(show("Tea Talks", List.of("Food"))));
    }

    private static Show show(String title, List<String> categories) {
        Show show = new Show();
        show.setTitle(title);
        show.setSlug("tea-talks");
        show.setCategories(categories);
        return show;
    }
}
