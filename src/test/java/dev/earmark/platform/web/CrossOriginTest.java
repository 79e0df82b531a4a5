package dev.earmark.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.platform.control.ListenerIds;
import dev.earmark.platform.control.Settings;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class CrossOriginTest {

    /** Not a header: who the fake request is signed in as. */
    private static final String SIGNED_IN = "signed in as";
    private static final ListenerIds LISTENER_IDS = new ListenerIds();

    private static final String PORTAL = "https://portal.example.com";

    @Test
    void originStaysInVary() {
        assertEquals("Origin", CrossOrigin.VaryByOrigin.withOrigin(null));
        assertEquals("Accept-Language, Origin", CrossOrigin.VaryByOrigin.withOrigin("Accept-Language"));
        assertEquals("origin, Accept", CrossOrigin.VaryByOrigin.withOrigin("origin, Accept"));
    }

    @Test
    void theCatalogueIsReadWithoutCredentials() throws Exception {
        FakeContainerResponse answer = filter("GET", "/api/episodes/42", Map.of("Origin", PORTAL));
        assertEquals(PORTAL, answer.getHeader("Access-Control-Allow-Origin"));
        assertNull(answer.getHeader("Access-Control-Allow-Credentials"));

        FakeContainerResponse preflight = filter("OPTIONS", "/api/episodes/42",
                Map.of("Origin", PORTAL, "Access-Control-Request-Method", "GET"));
        assertEquals("GET, HEAD", preflight.getHeader("Access-Control-Allow-Methods"));
        assertNull(preflight.getHeader("Access-Control-Allow-Headers"));
        assertNull(preflight.getHeader("Access-Control-Allow-Credentials"));
    }

    @Test
    void snipsAndPositionsGoWithTheListenersSessionToAllowedOrigins() throws Exception {
        for (String path : new String[] {"/api/snips", "/api/snips/7/nudge", "/api/positions/42"}) {
            FakeContainerResponse answer = filter("POST", path, Map.of("Origin", PORTAL));
            assertEquals(PORTAL, answer.getHeader("Access-Control-Allow-Origin"), path);
            assertEquals("true", answer.getHeader("Access-Control-Allow-Credentials"), path);
            assertEquals("Location, Retry-After, X-Earmark-Listener", answer.getHeader("Access-Control-Expose-Headers"), path);

            FakeContainerResponse preflight = filter("OPTIONS", path,
                    Map.of("Origin", PORTAL, "Access-Control-Request-Method", "POST"));
            assertEquals(204, preflight.getStatus(), path);
            assertEquals("true", preflight.getHeader("Access-Control-Allow-Credentials"), path);
            assertEquals("GET, HEAD, POST, PUT, DELETE", preflight.getHeader("Access-Control-Allow-Methods"), path);
            assertEquals("Content-Type, Idempotency-Key, X-Earmark-Request",
                    preflight.getHeader("Access-Control-Allow-Headers"), path);
        }
    }

    @Test
    void answersAboutTheListenersOwnDataNameTheSignedInListenerByAnOpaqueId() throws Exception {
        String ann = filter("GET", "/api/positions/42", Map.of(SIGNED_IN, "ann")).getHeader("X-Earmark-Listener");
        assertEquals(ann, filter("GET", "/api/snips", Map.of(SIGNED_IN, "ann")).getHeader("X-Earmark-Listener"));
        assertEquals(ann, new ListenerIds().of("ann"), "the same on every server and after a restart");
        assertEquals(64, ann.length());
        assertFalse(ann.contains("ann"));
        assertNotEquals(ann, filter("GET", "/api/snips", Map.of(SIGNED_IN, "bob")).getHeader("X-Earmark-Listener"));
        assertNull(filter("GET", "/api/snips", Map.of()).getHeader("X-Earmark-Listener"), "nobody signed in");
        assertNull(filter("GET", "/api/episodes/42", Map.of(SIGNED_IN, "ann")).getHeader("X-Earmark-Listener"));
    }

    @Test
    void otherOriginsGetNoCorsHeadersAndTheirPreflightIsRefused() throws Exception {
        FakeContainerResponse answer = filter("GET", "/api/snips", Map.of("Origin", "https://evil.example"));
        assertNull(answer.getHeader("Access-Control-Allow-Origin"));
        assertNull(answer.getHeader("Access-Control-Allow-Credentials"));
        assertEquals("Origin", answer.getHeader("Vary"));

        FakeContainerResponse preflight = filter("OPTIONS", "/api/snips",
                Map.of("Origin", "https://evil.example", "Access-Control-Request-Method", "POST"));
        assertEquals(403, preflight.getStatus());
        assertNull(preflight.getHeader("Access-Control-Allow-Credentials"));
        assertNull(preflight.getHeader("Access-Control-Allow-Headers"));
    }

    @Test
    void onlySnipsAndPositionsAreTheListenersOwn() {
        assertTrue(ListenersOwnApi.covers("/api/snips"));
        assertTrue(ListenersOwnApi.covers("/api/snips/12/restore"));
        assertTrue(ListenersOwnApi.covers("/api/positions/12"));
        assertFalse(ListenersOwnApi.covers("/api/snipsX"));
        assertFalse(ListenersOwnApi.covers("/api/positionsX/1"));
        assertFalse(ListenersOwnApi.covers("/api/episodes/12"));
        assertFalse(ListenersOwnApi.covers("/api/admin/snips"));
    }

    @Test
    void changesToTheListenersOwnDataNeedTheHeader() {
        assertTrue(RequestForgeryGuard.refuses("POST", "/api/snips", null));
        assertTrue(RequestForgeryGuard.refuses("PUT", "/api/positions/3", null));
        assertTrue(RequestForgeryGuard.refuses("DELETE", "/api/snips/3", "true"));
        assertFalse(RequestForgeryGuard.refuses("POST", "/api/snips", "1"));
        assertFalse(RequestForgeryGuard.refuses("DELETE", "/api/snips/3", "1"));
        for (String safe : new String[] {"GET", "HEAD", "OPTIONS"}) {
            assertFalse(RequestForgeryGuard.refuses(safe, "/api/snips", null), safe);
        }
        assertFalse(RequestForgeryGuard.refuses("POST", "/api/admin/shows", null), "curation has its own defences");
    }

    private static FakeContainerResponse filter(String method, String path, Map<String, String> headers) throws Exception {
        CrossOrigin filter = new CrossOrigin();
        filter.listenerIds = LISTENER_IDS;
        filter.settings = new Settings() {
            @Override
            public Set<String> embedOrigins() {
                return Set.of(PORTAL);
            }
        };
        FakeContainerResponse response = new FakeContainerResponse();
        AtomicBoolean passed = new AtomicBoolean();
        filter.doFilter(request(method, path, headers), response, (request, answer) -> passed.set(true));
        assertEquals(!"OPTIONS".equals(method), passed.get(), "only a preflight is answered by the filter itself");
        return response;
    }

    private static HttpServletRequest request(String method, String path, Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(CrossOriginTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, called, arguments) -> switch (called.getName()) {
                    case "getMethod" -> method;
                    case "getServletPath" -> path;
                    case "getPathInfo" -> null;
                    case "getHeader" -> headers.get((String) arguments[0]);
                    case "getRemoteUser" -> headers.get(SIGNED_IN);
                    default -> throw new UnsupportedOperationException(called.getName());
                });
    }
}
