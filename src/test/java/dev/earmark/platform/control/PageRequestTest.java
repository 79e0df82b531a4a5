package dev.earmark.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void pagesCountFromOneAndTheSizeIsCapped() {
        assertEquals(0, PageRequest.parse(null, null).firstResult());
        assertEquals(40, PageRequest.parse("3", "20").firstResult());
        assertEquals(PageRequest.MAX_SIZE, PageRequest.parse("1", "5000").size());
    }

    @Test
    void theLastPossiblePageStillHasRoomForAFullPage() {
        int firstResult = PageRequest.parse(String.valueOf(PageRequest.MAX_PAGE), "100").firstResult();
        assertTrue(firstResult > 0 && firstResult + PageRequest.MAX_SIZE > 0, "no overflow: " + firstResult);
        assertThrows(InvalidParameterException.class, () -> PageRequest.parse(String.valueOf(PageRequest.MAX_PAGE + 1), "1"));
        assertThrows(InvalidParameterException.class, () -> PageRequest.parse(String.valueOf(Integer.MAX_VALUE), "100"));
    }

    @Test
    void whatIsNoPageNumberIsRefused() {
        assertThrows(InvalidParameterException.class, () -> PageRequest.parse("0", null));
        assertThrows(InvalidParameterException.class, () -> PageRequest.parse("two", null));
        assertThrows(InvalidParameterException.class, () -> PageRequest.parse("99999999999", null));
        assertThrows(InvalidParameterException.class, () -> PageRequest.parse("1", "-5"));
    }
}
