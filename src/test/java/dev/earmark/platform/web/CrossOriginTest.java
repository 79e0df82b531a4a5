package dev.earmark.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CrossOriginTest {

    @Test
    void originStaysInVary() {
        assertEquals("Origin", CrossOrigin.VaryByOrigin.withOrigin(null));
        assertEquals("Accept-Language, Origin", CrossOrigin.VaryByOrigin.withOrigin("Accept-Language"));
        assertEquals("origin, Accept", CrossOrigin.VaryByOrigin.withOrigin("origin, Accept"));
    }
}
