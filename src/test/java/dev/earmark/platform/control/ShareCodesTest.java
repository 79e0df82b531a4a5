package dev.earmark.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShareCodesTest {

    @Test
    void codesAreValidAndDoNotRepeat() {
        Set<String> codes = new HashSet<>();
        IntStream.range(0, 10_000).forEach(any -> codes.add(ShareCodes.next()));
        assertEquals(10_000, codes.size());
        assertTrue(codes.stream().allMatch(ShareCodes::isValid), codes.toString());
    }

    @Test
    void refusesWhatNoCodeLooksLike() {
        assertFalse(ShareCodes.isValid(null));
        assertFalse(ShareCodes.isValid("abcdefghi"));
        assertFalse(ShareCodes.isValid("abcdefghijk"));
        assertFalse(ShareCodes.isValid("ABCDEFGHIJ"));
        assertFalse(ShareCodes.isValid("abcdefgh01"));
        assertTrue(ShareCodes.isValid("abcdefgh27"));
    }

    @Test
    void aMomentPageIsReadByItsCode() {
        String path = Routes.Route.MOMENT_PAGE.path("abcdefgh27");
        assertEquals("/m/abcdefgh27", path);
        assertEquals(Routes.Route.MOMENT_PAGE, Routes.parse(path).orElseThrow().route());
        assertTrue(Routes.parse("/m/abcdefgh2").isEmpty());
    }

    @Test
    void aFreeCodeIsDrawnAgainWhileTaken() {
        List<String> offered = new ArrayList<>();
        String free = ShareCodes.nextFree(code -> {
            offered.add(code);
            return offered.size() < 3;
        });

        assertEquals(3, offered.size(), "two taken, the third free");
        assertEquals(offered.get(2), free);
        assertTrue(ShareCodes.isValid(free));
    }
}
