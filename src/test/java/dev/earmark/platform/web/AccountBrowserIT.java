package dev.earmark.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.testing.browser.BrowserTest;
import dev.earmark.testing.browser.SignIn;
import dev.earmark.testing.browser.TestSupport;
import dev.earmark.testing.server.WebClient;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Signing in and out with the server's realm, what each role may open, and the setting that
 * closes the catalogue to anonymous visitors (switched in the running server through /test-support).
 */
class AccountBrowserIT extends BrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    /** Each test starts signed out, whatever the one before it left behind. */
    @BeforeEach
    void signOut() {
        SignIn.out(browser, base);
    }

    @Test
    void listenerSignsInAndOut() {
        browser.clickThrough(browser.driver().findElement(By.cssSelector(".sign-in-link")));
        assertHeading("Sign in");

        SignIn.as(browser, base, SignIn.LISTENER);

        assertEquals("listener", browser.driver().findElement(By.cssSelector(".signed-in-as")).getText());
        assertTrue(browser.driver().findElements(By.linkText("Curate")).isEmpty(), "listeners do not curate");
        browser.clickThrough(browser.driver().findElement(By.cssSelector(".sign-out-form button")));
        browser.waitUpTo(PATIENCE).until(driver -> !driver.findElements(By.cssSelector(".sign-in-link")).isEmpty());
        assertTrue(browser.driver().findElements(By.cssSelector(".signed-in-as")).isEmpty());
    }

    @Test
    void wrongPasswordIsToldAndNothingElse() {
        browser.driver().get(base + "account/sign-in");
        browser.driver().findElement(By.id("j_username")).sendKeys("listener");
        browser.driver().findElement(By.id("j_password")).sendKeys("not-the-password");
        browser.clickThrough(browser.driver().findElement(By.cssSelector(".sign-in-form button")));

        assertTrue(browser.waitUpTo(PATIENCE).until(driver -> driver.findElement(By.cssSelector(".message-error")))
                .getText().contains("did not match"));
    }

    @Test
    void listenerIsForbiddenTheCurationArea() {
        SignIn.as(browser, base, SignIn.LISTENER);
        browser.driver().get(base + "admin/");

        assertHeading("Not for your account");
    }

    @Test
    void curatorsReachTheCurationArea() {
        for (String curator : new String[] {SignIn.ADMIN, SignIn.EDITOR}) {
            SignIn.as(browser, base, curator);
            browser.clickThrough(browser.driver().findElement(By.linkText("Curate")));
            assertHeading("Curation", curator);
        }
    }

    @Test
    void anonymousVisitorsAreAskedToSignInForTheCurationArea() {
        browser.driver().get(base + "admin/");

        assertHeading("Sign in");
        browser.driver().findElement(By.id("j_username")).sendKeys("admin");
        browser.driver().findElement(By.id("j_password")).sendKeys("admin-demo");
        browser.clickThrough(browser.driver().findElement(By.cssSelector(".sign-in-form button")));
        assertHeading("Curation", "back where they wanted to go");
    }

    @Test
    void closedCatalogueAsksForSignInAndOpenOneDoesNot() {
        TestSupport.setProperty(base, "earmark.anonymous-browsing", "false");
        try {
            signInToTheClosedCatalogue();
        } finally {
            TestSupport.clearProperty(base, "earmark.anonymous-browsing");
        }
        SignIn.out(browser, base);
        assertEquals(200, WebClient.anonymous(base).get("api/shows").status());
    }

    private void signInToTheClosedCatalogue() {
        browser.driver().get(base + "shows/meta-tech-podcast");
        assertHeading("Sign in");
        assertEquals(401, WebClient.anonymous(base).get("api/shows").status());

        browser.driver().findElement(By.id("j_username")).sendKeys("listener");
        browser.driver().findElement(By.id("j_password")).sendKeys("listener-demo");
        browser.clickThrough(browser.driver().findElement(By.cssSelector(".sign-in-form button")));
        assertHeading("Meta Tech Podcast");
    }

}
