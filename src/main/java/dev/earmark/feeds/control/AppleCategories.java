package dev.earmark.feeds.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Apple Podcasts' categories (the list Apple publishes, 2019 and later): a feed names them exactly as written there,
 * a subcategory inside its category. Curators type categories freely; those Apple knows are written, by their exact
 * names, others are left out of {@code itunes:category} (directories reject unknown names).
 */
public final class AppleCategories {

    /** A category with at most one subcategory, as one {@code itunes:category} element holds it. */
    public record Placement(String category, String subcategory) {
    }

    private static final Map<String, List<String>> CATEGORIES = new LinkedHashMap<>();
    /** Names of the list before 2019 that feeds still carry, by the current placement. */
    private static final Map<String, Placement> RETIRED = Map.of(
            "software how-to", new Placement("Technology", null),
            "gadgets", new Placement("Technology", null),
            "podcasting", new Placement("Technology", null),
            "tech news", new Placement("News", "Tech News"),
            "games & hobbies", new Placement("Leisure", null),
            "sports & recreation", new Placement("Sports", null));

    static {
        category("Arts", "Books", "Design", "Fashion & Beauty", "Food", "Performing Arts", "Visual Arts");
        category("Business", "Careers", "Entrepreneurship", "Investing", "Management", "Marketing", "Non-Profit");
        category("Comedy", "Comedy Interviews", "Improv", "Stand-Up");
        category("Education", "Courses", "How To", "Language Learning", "Self-Improvement");
        category("Fiction", "Comedy Fiction", "Drama", "Science Fiction");
        category("Government");
        category("History");
        category("Health & Fitness", "Alternative Health", "Fitness", "Medicine", "Mental Health", "Nutrition",
                "Sexuality");
        category("Kids & Family", "Education for Kids", "Parenting", "Pets & Animals", "Stories for Kids");
        category("Leisure", "Animation & Manga", "Automotive", "Aviation", "Crafts", "Games", "Hobbies",
                "Home & Garden", "Video Games");
        category("Music", "Music Commentary", "Music History", "Music Interviews");
        category("News", "Business News", "Daily News", "Entertainment News", "News Commentary", "Politics",
                "Sports News", "Tech News");
        category("Religion & Spirituality", "Buddhism", "Christianity", "Hinduism", "Islam", "Judaism", "Religion",
                "Spirituality");
        category("Science", "Astronomy", "Chemistry", "Earth Sciences", "Life Sciences", "Mathematics",
                "Natural Sciences", "Nature", "Physics", "Social Sciences");
        category("Society & Culture", "Documentary", "Personal Journals", "Philosophy", "Places & Travel",
                "Relationships");
        category("Sports", "Baseball", "Basketball", "Cricket", "Fantasy Sports", "Football", "Golf", "Hockey",
                "Rugby", "Running", "Soccer", "Swimming", "Tennis", "Volleyball", "Wilderness", "Wrestling");
        category("Technology");
        category("True Crime");
        category("TV & Film", "After Shows", "Film History", "Film Interviews", "Film Reviews", "TV Reviews");
    }

    private AppleCategories() {
    }

    private static void category(String name, String... subcategories) {
        CATEGORIES.put(name, List.of(subcategories));
    }

    /**
     * Where a curator's category goes in Apple's list: "Technology", "Society & Culture > Documentary" (or with "/"),
     * a subcategory alone ("Documentary"), any case, "and" for "&"; empty for a name Apple does not know.
     */
    public static Optional<Placement> place(String typed) {
        String[] parts = typed.split("[>/]", 2);
        String first = normal(parts[0]);
        if (parts.length == 2) {
            String second = normal(parts[1]);
            return CATEGORIES.entrySet().stream().filter(category -> normal(category.getKey()).equals(first))
                    .findFirst().map(category -> new Placement(category.getKey(), category.getValue().stream()
                            .filter(sub -> normal(sub).equals(second)).findFirst().orElse(null)));
        }
        for (Map.Entry<String, List<String>> category : CATEGORIES.entrySet()) {
            if (normal(category.getKey()).equals(first)) {
                return Optional.of(new Placement(category.getKey(), null));
            }
        }
        for (Map.Entry<String, List<String>> category : CATEGORIES.entrySet()) {
            for (String sub : category.getValue()) {
                if (normal(sub).equals(first)) {
                    return Optional.of(new Placement(category.getKey(), sub));
                }
            }
        }
        return Optional.ofNullable(RETIRED.get(first));
    }

    /**
     * A show's categories as feed elements, in the curator's order: one per category, a later subcategory of a
     * category already placed joining it when that has none yet; what Apple does not know is left out.
     */
    public static List<Placement> placeAll(List<String> typed) {
        Map<String, Placement> placed = new LinkedHashMap<>();
        for (String name : typed) {
            place(name).ifPresent(placement -> placed.merge(placement.category(), placement,
                    (kept, later) -> kept.subcategory() == null ? later : kept));
        }
        return new ArrayList<>(placed.values());
    }

    private static String normal(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace(" and ", " & ").replaceAll("\\s+", " ");
    }
}
