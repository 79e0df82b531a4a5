package dev.earmark.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.testing.browser.BrowserTest;
import dev.earmark.testing.browser.SignIn;
import dev.earmark.testing.browser.TestSupport;
import dev.earmark.testing.server.JsonHttp;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Signing in and out with the server's realm, what each role may open, and the setting that
 * closes the catalogue to anonymous visitors (switched in the running server through /test-support).
 */
class AccountBrowserIT extends BrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @Test
    void listenerSignsInAndOut() {
        browser.driver().get(base.toExternalForm());
        browser.driver().findElement(By.cssSelector(".sign-in-link")).click();
        assertEquals("Sign in", heading());

        SignIn.as(browser, base, SignIn.LISTENER);

        assertEquals("listener", browser.driver().findElement(By.cssSelector(".signed-in-as")).getText());
        assertTrue(browser.driver().findElements(By.linkText("Curate")).isEmpty(), "listeners do not curate");
        browser.driver().findElement(By.cssSelector(".sign-out-form button")).click();
        browser.waitUpTo(PATIENCE).until(driver -> !driver.findElements(By.cssSelector(".sign-in-link")).isEmpty());
        assertTrue(browser.driver().findElements(By.cssSelector(".signed-in-as")).isEmpty());
    }

    @Test
    void wrongPasswordIsToldAndNothingElse() {
        browser.driver().manage().deleteAllCookies();
        browser.driver().get(base + "account/sign-in");
        browser.driver().findElement(By.id("j_username")).sendKeys("listener");
        browser.driver().findElement(By.id("j_password")).sendKeys("not-the-password");
        browser.driver().findElement(By.cssSelector(".sign-in-form button")).click();

        assertTrue(browser.waitUpTo(PATIENCE).until(driver -> driver.findElement(By.cssSelector(".message-error")))
                .getText().contains("did not match"));
    }

    @Test
    void listenerIsForbiddenTheCurationArea() {
        SignIn.as(browser, base, SignIn.LISTENER);
        browser.driver().get(base + "admin/");

        assertEquals("Not for your account", heading());
    }

    @Test
    void curatorsReachTheCurationArea() {
        for (String curator : new String[] {SignIn.ADMIN, SignIn.EDITOR}) {
            SignIn.as(browser, base, curator);
            browser.driver().findElement(By.linkText("Curate")).click();
            assertEquals("Curation", heading(), curator);
        }
    }

    @Test
    void anonymousVisitorsAreAskedToSignInForTheCurationArea() {
        SignIn.out(browser, base);
        browser.driver().get(base + "admin/");

        assertEquals("Sign in", heading());
        browser.driver().findElement(By.id("j_username")).sendKeys("admin");
        browser.driver().findElement(By.id("j_password")).sendKeys("admin-demo");
        browser.driver().findElement(By.cssSelector(".sign-in-form button")).click();
        assertEquals("Curation", heading(), "back where they wanted to go");
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
        assertEquals(200, new JsonHttp(base).get("api/shows").status());
    }

    private void signInToTheClosedCatalogue() {
        SignIn.out(browser, base);
        browser.driver().get(base + "shows/meta-tech-podcast");
        assertEquals("Sign in", heading());
        assertEquals(401, new JsonHttp(base).get("api/shows").status());

        browser.driver().findElement(By.id("j_username")).sendKeys("listener");
        browser.driver().findElement(By.id("j_password")).sendKeys("listener-demo");
        browser.driver().findElement(By.cssSelector(".sign-in-form button")).click();
        assertEquals("Meta Tech Podcast", heading());
    }

}
