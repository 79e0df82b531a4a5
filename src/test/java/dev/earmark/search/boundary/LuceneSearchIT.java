package dev.earmark.search.boundary;

import dev.earmark.search.control.SearchEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The search cases on H2, with the Lucene index that Earmark keeps beside it, caught up before every search. */
class LuceneSearchIT extends SearchCases {

    private Path folder;
    private String before;
    private LuceneSearch lucene;

    @BeforeAll
    void start() throws IOException {
        folder = Files.createTempDirectory("earmark-search");
        before = System.setProperty("earmark.search-index-dir", folder.toString());
        prepare("jdbc:h2:mem:search;DB_CLOSE_DELAY=-1", "sa", "org.h2.Driver", "H2");
        lucene = new LuceneSearch() {
            @Override
            public void catchUp() {
                synchronise();
            }
        };
        lucene.em = em;
        lucene.settings = new dev.earmark.platform.control.Settings();
    }

    @Override
    SearchEngine engine() {
        return lucene;
    }

    @AfterAll
    void stop() {
        lucene.close();
        if (before == null) {
            System.clearProperty("earmark.search-index-dir");
        } else {
            System.setProperty("earmark.search-index-dir", before);
        }
    }
}
