package dev.earmark.snips.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.testing.DemoShow;
import dev.earmark.testing.server.ServerTest;
import dev.earmark.testing.server.WebClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * How the listener's own pages are served: only to who is signed in, kept by no cache, never confirmed by the
 * catalogue's validator; the episode page names where the listener's snips are without holding them, so its 304s
 * stay true and no other listener's copy shows them.
 */
@RunAsClient
class MySnipsPagesIT extends ServerTest {

    @Test
    void anAnonymousVisitorGetsTheSignInInsteadOfMySnips() {
        for (String page : new String[] {"snips", "snips/1", "snips?tag=x"}) {
            WebClient.Reply reply = WebClient.anonymous(base).get(page, "text/html");
            assertEquals(200, reply.status(), page);
            assertTrue(reply.body().contains("j_security_check"), page + " shows the sign-in form");
            assertFalse(reply.body().contains("snip-list"), page);
        }
    }

    @Test
    void mySnipsIsKeptByNoCacheAndHasNoValidator() {
        WebClient listener = WebClient.signIn(base, "listener", "listener-demo");
        WebClient.Reply page = listener.get("snips", "text/html");
        assertEquals(200, page.status(), page.body());
        assertEquals("no-store", page.header("Cache-Control"));
        assertNull(page.header("ETag"));
        assertTrue(page.body().contains("class=\"my-snips-link\""), "the header links to My snips");
    }

    @Test
    void theViewsAreNotReachableByTheirNames() {
        WebClient listener = WebClient.signIn(base, "listener", "listener-demo");
        for (String view : new String[] {"snips.xhtml", "snip.xhtml?snip=1"}) {
            assertEquals(404, listener.get(view, "text/html").status(), view);
        }
    }

    @Test
    void anotherListenersSnipIsNotFound() {
        WebClient owner = WebClient.signIn(base, "listener", "listener-demo");
        WebClient.Reply created = ApiSnips.save(owner, DemoShow.archiveId(base), 300, 30);
        assertEquals(201, created.status(), created.body());
        long id = created.object().getJsonNumber("id").longValue();
        assertEquals(200, owner.get("snips/" + id, "text/html").status());

        WebClient other = WebClient.signIn(base, "editor", "editor-demo");
        WebClient.Reply foreign = other.get("snips/" + id, "text/html");
        assertEquals(404, foreign.status());
        assertFalse(foreign.body().contains(created.object().getString("title")), "nothing of it shows");
        assertEquals(404, other.get("snips/" + (id + 1_000_000), "text/html").status(), "as one that never was");
    }

    @Test
    void theEpisodePageNamesTheListenersSnipsOnlyToThemAndNeverHoldsThem() {
        WebClient anonymous = WebClient.anonymous(base);
        assertFalse(anonymous.get(DemoShow.ARCHIVE_PAGE, "text/html").body().contains("own-snips"),
                "nothing for visitors who have not signed in");

        WebClient listener = WebClient.signIn(base, "listener", "listener-demo");
        WebClient.Reply page = listener.get(DemoShow.ARCHIVE_PAGE, "text/html");
        assertTrue(page.body().contains("data-snips=\"/earmark/api/snips?episode=" + DemoShow.archiveId(base)),
                "the page says where the listener's snips are");
        assertEquals("private, no-cache", page.header("Cache-Control"));

        WebClient other = WebClient.signIn(base, "editor", "editor-demo");
        WebClient.Reply othersPage = other.send(other.request(DemoShow.ARCHIVE_PAGE).header("Accept", "text/html")
                .header("If-None-Match", page.header("ETag")).GET());
        assertNotEquals(304, othersPage.status(), "one listener's copy is never confirmed to another");
    }
}
