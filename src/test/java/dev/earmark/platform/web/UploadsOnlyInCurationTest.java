package dev.earmark.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UploadsOnlyInCurationTest {

    @Test
    void everyMultipartTypeCountsWhateverItsCase() {
        assertTrue(UploadsOnlyInCuration.isMultipart("multipart/form-data; boundary=x"));
        assertTrue(UploadsOnlyInCuration.isMultipart("Multipart/Mixed; boundary=x"));
        assertTrue(UploadsOnlyInCuration.isMultipart(" multipart/form-data"));
    }

    @Test
    void otherBodiesAndNoneDoNot() {
        assertFalse(UploadsOnlyInCuration.isMultipart(null));
        assertFalse(UploadsOnlyInCuration.isMultipart("application/x-www-form-urlencoded"));
        assertFalse(UploadsOnlyInCuration.isMultipart("application/json"));
        assertFalse(UploadsOnlyInCuration.isMultipart("multipart"));
    }
}
