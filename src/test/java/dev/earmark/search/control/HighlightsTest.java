package dev.earmark.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HighlightsTest {

    private final SearchAnalyzer analyzer = new SearchAnalyzer();

    private String mark(String text, String query) {
        return Highlights.mark(text, analyzer, new QueryTerms(SearchQuery.parse(query), analyzer));
    }

    @Test
    void marksEveryFormOfTheWordsAndEscapesTheRest() {
        assertEquals("<mark>Keys</mark> &amp; <mark>key</mark> &lt;b&gt;transparency&lt;/b&gt;",
                mark("Keys & key <b>transparency</b>", "key "));
    }

    @Test
    void marksWhatTheUnfinishedLastWordBegins() {
        assertEquals("The <mark>transparency</mark> log", mark("The transparency log", "transpar"));
    }

    @Test
    void aLongPassageIsCutAroundItsFirstMatch() {
        String text = "word ".repeat(100) + "ledger " + "word ".repeat(100);
        String html = mark(text, "ledger ");
        assertTrue(html.startsWith("…"), html);
        assertTrue(html.endsWith("…"), html);
        assertTrue(html.contains("<mark>ledger</mark>"), html);
        assertEquals(Highlights.MAX_WORDS, html.split("\\s+").length, html);
    }

    @Test
    void aLongPassageWithoutAMatchShowsItsBeginning() {
        String html = mark("first " + "word ".repeat(100), "ledger ");
        assertTrue(html.startsWith("first"), html);
        assertTrue(html.endsWith("…"), html);
    }

    @Test
    void marksFromTheDatabaseBecomeMarkElementsAroundEscapedText() {
        String marked = "a <script> " + Highlights.START + "key" + Highlights.STOP + " & \"q\"";
        assertEquals("a &lt;script&gt; <mark>key</mark> &amp; &quot;q&quot;", Highlights.fromMarks(marked));
    }

    @Test
    void strayMarksNeverMakeUnbalancedMarkup() {
        assertEquals("a</b>c", Highlights.fromMarks("a" + Highlights.STOP + "</b>c").replace("&lt;/b&gt;", "</b>"));
        assertEquals("<mark>open</mark>", Highlights.fromMarks(Highlights.START + "open"));
        assertEquals("<mark>x</mark>y", Highlights.fromMarks(Highlights.START + "x" + Highlights.STOP + Highlights.STOP + "y"));
    }
}
