package dev.earmark.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earmark.testing.Rfc4180;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvRowsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"https://evil\",\"click\")"})
    void whatASpreadsheetWouldRunAsAFormulaIsText(String formula) {
        assertEquals(List.of(List.of("'" + formula)), Rfc4180.read(CsvRows.row(List.of(formula))));
    }

    @Test
    void commasQuotesAndLineBreaksReadBackAsTheyWere() {
        List<String> fields = List.of("plain", "a, b", "say \"hi\"", "one\r\ntwo\nthree", "", "12");
        assertEquals(List.of(fields, fields), Rfc4180.read(CsvRows.row(fields) + CsvRows.row(fields)));
    }

    @Test
    void onlyFieldsThatNeedItAreQuoted() {
        assertEquals("2026-12-01,12,0.5,https://portal.example.com\r\n",
                CsvRows.row(List.of("2026-12-01", "12", "0.5", "https://portal.example.com")));
    }
}
