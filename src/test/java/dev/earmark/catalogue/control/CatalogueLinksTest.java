package dev.earmark.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earmark.search.control.SearchQuery;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueLinksTest {

    private final CatalogueLinks links = new CatalogueLinks();

    @Test
    void aTopicIsSearchedAsOnePhrase() {
        assertEquals("/search?q=%22Virtual%20threads%22", links.topicSearch("Virtual threads"));
        assertEquals("/search?q=%22Java%22", links.topicSearch("Java"), "a word of its own, never a beginning");
    }

    @Test
    void aTopicsQuotesAndMarkupStayItsWordsOfOnePhrase() {
        for (String topic : List.of("The \"Loom\" project", "<b>x</b> & -y", "C++ at 50%")) {
            String link = links.topicSearch(topic);
            assertEquals(link, link.replaceAll("[^A-Za-z0-9%/?=._-]", ""), "encoded: " + link);
            SearchQuery read = SearchQuery.parse(URLDecoder.decode(link.substring("/search?q=".length()),
                    StandardCharsets.UTF_8));
            assertEquals(1, read.clauses().size(), topic + " → " + read);
            assertEquals(SearchQuery.parse(topic.replaceAll("[^\\p{L}\\p{N}]+", " ") + " ").clauses().stream()
                    .flatMap(clause -> clause.words().stream()).toList(), read.clauses().get(0).words(), topic);
        }
    }
}
