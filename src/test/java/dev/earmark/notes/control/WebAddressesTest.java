package dev.earmark.notes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class WebAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/a?b=c", "http://example.org", "HTTPS://Example.org/x"})
    void acceptsWebAddresses(String address) {
        assertEquals(address, WebAddresses.http(address).orElseThrow().toString());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "file:///etc/passwd", "javascript:alert(1)", "ftp://example.org/x", "example.org/page",
            "https://", "https://exa mple.org", "/relative/path"})
    void refusesEverythingElse(String address) {
        assertEquals(Optional.empty(), WebAddresses.http(address));
    }
}
