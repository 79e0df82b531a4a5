package dev.earmark.feeds.control;

import dev.earmark.catalogue.entity.Person;
import dev.earmark.catalogue.entity.ShowType;
import java.util.List;

/**
 * A feed's channel as read, every field null or empty when the feed has none; its items in feed order and what was
 * noticed about the feed as a whole.
 *
 * @param explicit null when the feed does not say
 * @param locked null when the feed does not say ({@code podcast:locked})
 * @param nextPage the next page of a paged feed ({@code atom:link rel="next"}), not read by the import
 */
public record ParsedFeed(String title, String description, String link, String imageUrl, String author,
        String ownerName, String ownerEmail, List<String> categories, Boolean explicit, String language,
        ShowType type, String newFeedUrl, String copyright, String podcastGuid, Boolean locked,
        List<Person> people, String nextPage, List<ParsedItem> items, List<Problem> notices) {

    public ParsedFeed {
        categories = List.copyOf(categories);
        people = List.copyOf(people);
        items = List.copyOf(items);
        notices = List.copyOf(notices);
    }
}
