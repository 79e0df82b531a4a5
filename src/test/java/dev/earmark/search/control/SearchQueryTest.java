package dev.earmark.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.search.control.SearchQuery.Clause;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void wordsMustOccurAndTheLastMayBeUnfinished() {
        SearchQuery query = SearchQuery.parse("Key Transp");
        assertEquals(List.of(new Clause(List.of("key"), false)), query.clauses());
        assertEquals(Optional.of("transp"), query.prefix());
        assertEquals("\"key\"", query.webSearchText());
    }

    @Test
    void aSpaceAfterTheLastWordFinishesIt() {
        SearchQuery query = SearchQuery.parse("key transparency ");
        assertEquals(Optional.empty(), query.prefix());
        assertEquals("\"key\" \"transparency\"", query.webSearchText());
    }

    @Test
    void quotedWordsAreAPhraseAndAMinusExcludes() {
        SearchQuery query = SearchQuery.parse("\"decision log\" -pasta -\"red sauce\" team");
        assertEquals(List.of(new Clause(List.of("decision", "log"), false), new Clause(List.of("pasta"), true),
                new Clause(List.of("red", "sauce"), true)), query.clauses());
        assertEquals(Optional.of("team"), query.prefix());
        assertEquals("\"decision log\" -\"pasta\" -\"red sauce\"", query.webSearchText());
    }

    @Test
    void anUnclosedQuoteRunsToTheEndAndIsNoPrefix() {
        SearchQuery query = SearchQuery.parse("\"key transp");
        assertEquals(List.of(new Clause(List.of("key", "transp"), false)), query.clauses());
        assertEquals(Optional.empty(), query.prefix());
    }

    @Test
    void anExcludedLastWordIsNoPrefix() {
        assertEquals(Optional.empty(), SearchQuery.parse("ledger -pasta").prefix());
    }

    @Test
    void syntaxOfQueryLanguagesIsOnlySeparation() {
        SearchQuery query = SearchQuery.parse("a'b & c:* | d' OR (e) <-> f;--");
        assertEquals(List.of(List.of("a", "b"), List.of("c"), List.of("d"), List.of("or"), List.of("e"),
                List.of("f")), query.clauses().stream().map(Clause::words).toList());
        assertTrue(query.webSearchText().matches("[a-z \"]+"), query.webSearchText());
        assertEquals("\"a b\" \"c\" \"d\" \"or\" \"e\" \"f\"", query.webSearchText());
    }

    @Test
    void aOneLetterLastWordIsAWord() {
        SearchQuery query = SearchQuery.parse("vitamin d");
        assertEquals(Optional.empty(), query.prefix());
        assertEquals(2, query.clauses().size());
    }

    @Test
    void lettersOfAnyScriptAreWords() {
        assertEquals(Optional.of("café"), SearchQuery.parse("CAFÉ").prefix());
    }

    @Test
    void exclusionsAloneOrNothingFindNothing() {
        assertFalse(SearchQuery.parse("-pasta -sauce").isSearchable());
        assertFalse(SearchQuery.parse("  \"\" - ").isSearchable());
        assertFalse(SearchQuery.parse(null).isSearchable());
        assertTrue(SearchQuery.parse("-pasta ledger").isSearchable());
    }

    @Test
    void longInputIsCut() {
        SearchQuery query = SearchQuery.parse("word ".repeat(100));
        assertEquals(SearchQuery.MAX_LENGTH / 5, query.clauses().size());
    }
}
