package dev.earmark.testing.browser;

import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Signs a browser in through Earmark's "Sign in" address and the container's login form. */
public final class SignIn {

    public static final String ADMIN = "admin";
    public static final String EDITOR = "editor";
    public static final String LISTENER = "listener";

    private SignIn() {
    }

    /** The demo accounts of server-config/{wildfly,payara}/demo-users.sh; each password is the user name + "-demo". */
    public static void as(Browser browser, URL base, String user) {
        WebDriver driver = browser.driver();
        driver.manage().deleteAllCookies();
        driver.get(base + "account/sign-in");
        driver.findElement(By.id("j_username")).sendKeys(user);
        driver.findElement(By.id("j_password")).sendKeys(user + "-demo");
        browser.clickThrough(driver.findElement(By.cssSelector(".sign-in-form button[type=submit]")));
    }

    public static void out(Browser browser, URL base) {
        browser.driver().manage().deleteAllCookies();
        browser.driver().get(base.toExternalForm());
    }
}
