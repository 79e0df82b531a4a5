package dev.earmark.exports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.earmark.platform.control.InvalidParameterException;
import dev.earmark.snips.boundary.SnipFilter;
import org.junit.jupiter.api.Test;

class ExportSelectionTest {

    @Test
    void mySnipsFiltersBecomeTheFilterAndTheQueryThatCarriesThemOn() {
        ExportSelection selection = ExportSelection.of("7", " 42 ", " key-transparency ", "trains & stories");
        assertEquals(new SnipFilter(7L, 42L, "key-transparency", "trains & stories"), selection.filter());
        assertEquals("?show=7&episode=42&tag=key-transparency&q=trains%20%26%20stories", selection.query());
        assertEquals("/snips?show=7&episode=42&tag=key-transparency&q=trains%20%26%20stories", selection.snipsPath());
        ExportSelection all = ExportSelection.of(null, "", "  ", null);
        assertFalse(all.isFiltered());
        assertEquals("", all.query());
        assertEquals("/snips", all.snipsPath());
    }

    @Test
    void aTagOrWordsNoSnipCouldHaveSelectNothingRatherThanFail() {
        ExportSelection selection = ExportSelection.of(null, null, "t".repeat(41), "w".repeat(201));
        assertEquals("t".repeat(41), selection.filter().tag());
        assertEquals("w".repeat(201), selection.filter().text());
    }

    @Test
    void whatIsNoIdOrNoFormatIsRefusedWithTheReason() {
        assertEquals("exports.error.show",
                assertThrows(InvalidParameterException.class, () -> ExportSelection.of("x", null, null, null)).messageKey());
        assertEquals("exports.error.episode",
                assertThrows(InvalidParameterException.class, () -> ExportSelection.of(null, "0", null, null)).messageKey());
        assertEquals("exports.error.format",
                assertThrows(InvalidParameterException.class, () -> ExportFormat.parse("pdf")).messageKey());
    }
}
