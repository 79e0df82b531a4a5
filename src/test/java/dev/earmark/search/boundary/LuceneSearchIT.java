package dev.earmark.search.boundary;

import dev.earmark.platform.control.Settings;
import dev.earmark.search.control.SearchEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
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
        lucene.settings = new Settings();
    }

    @Override
    SearchEngine engine() {
        return lucene;
    }

    @AfterAll
    void stop() throws IOException {
        lucene.close();
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        if (before == null) {
            System.clearProperty("earmark.search-index-dir");
        } else {
            System.setProperty("earmark.search-index-dir", before);
        }
    }
}
