package dev.earmark.curation.boundary;

import dev.earmark.catalogue.entity.Person;
import java.util.List;

/**
 * What a podcast feed says of a show beyond its form's fields ({@link ShowDraft}): taken over on import, the show's
 * feed guid aside (Earmark gives its own feed its own).
 */
public record ShowFromFeed(ShowDraft draft, String ownerName, String link, String copyright, boolean locked,
        String newFeedUrl, List<Person> people) {

    public ShowFromFeed {
        people = List.copyOf(people);
    }
}
