package dev.earmark.feeds.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earmark.feeds.control.AppleCategories.Placement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AppleCategoriesTest {

    @Test
    void namesAsCuratorsTypeThem() {
        assertEquals(Optional.of(new Placement("Technology", null)), AppleCategories.place("technology"));
        assertEquals(Optional.of(new Placement("Society & Culture", "Documentary")),
                AppleCategories.place("Society and Culture > documentary"));
        assertEquals(Optional.of(new Placement("Society & Culture", "Documentary")), AppleCategories.place("Documentary"));
        assertEquals(Optional.of(new Placement("News", "Tech News")), AppleCategories.place("Tech News"));
        assertEquals(Optional.of(new Placement("Technology", null)), AppleCategories.place("Software How-To"));
        assertEquals(Optional.empty(), AppleCategories.place("Cooking with Robots"));
    }

    @Test
    void oneElementPerCategoryWithItsFirstSubcategory() {
        assertEquals(List.of(new Placement("Technology", null), new Placement("Arts", "Books")),
                AppleCategories.placeAll(List.of("Technology", "Arts", "Books", "Design", "Software How-To", "Nope")));
    }
}
