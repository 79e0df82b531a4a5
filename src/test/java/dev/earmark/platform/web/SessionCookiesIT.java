package dev.earmark.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.testing.server.ServerTest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * The session cookie as browsers get it: SameSite=Lax and HttpOnly always, Secure over HTTPS, and a new session id
 * once someone signs in, so an id planted before the sign-in (session fixation) is worth nothing after it.
 */
@RunAsClient
class SessionCookiesIT extends ServerTest {

    @Test
    void theSessionCookieIsLaxAndChangesAtSignIn() throws IOException {
        String before = sessionCookie(open(new URL(base, "account/sign-in")));
        assertTrue(attributes(before).contains("samesite=lax"), before);
        assertTrue(attributes(before).contains("httponly"), before);
        assertFalse(attributes(before).contains("secure"), "plain HTTP: " + before);
        String planted = before.substring(0, before.indexOf(';'));

        HttpURLConnection signIn = open(new URL(base, "j_security_check"));
        signIn.setRequestMethod("POST");
        signIn.setDoOutput(true);
        signIn.setRequestProperty("Cookie", planted);
        signIn.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
        try (OutputStream body = signIn.getOutputStream()) {
            body.write("j_username=listener&j_password=listener-demo".getBytes(StandardCharsets.UTF_8));
        }
        // WildFly gives the new id with the sign-in's answer, Earmark at the latest with the page it leads to.
        String session = latestSession(signIn, planted);
        HttpURLConnection next = open(new URL(signIn.getURL(), signIn.getHeaderField("Location")));
        next.setRequestProperty("Cookie", session);
        session = latestSession(next, session);

        assertNotEquals(planted, session);
        assertEquals(401, status("api/positions/1", planted), "the id from before the sign-in is worth nothing");
        assertNotEquals(401, status("api/positions/1", session), "the new one is signed in");
    }

    @Test
    void overHttpsTheSessionCookieIsSecure() throws IOException, GeneralSecurityException {
        HttpsURLConnection https = (HttpsURLConnection) open(
                new URL("https", base.getHost(), httpsPort(), base.getPath() + "account/sign-in"));
        https.setSSLSocketFactory(trustingEveryCertificate().getSocketFactory());
        https.setHostnameVerifier((host, session) -> true); // the test servers' own self-signed certificates

        String cookie = sessionCookie(https);

        assertTrue(attributes(cookie).contains("secure"), cookie);
        assertTrue(attributes(cookie).contains("samesite=lax"), cookie);
    }

    /** Not WebClient: these tests read the raw Set-Cookie headers, over HTTPS with the servers' own certificates. */
    private static HttpURLConnection open(URL url) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        connection.setInstanceFollowRedirects(false);
        connection.setConnectTimeout(10_000);
        connection.setReadTimeout(30_000);
        return connection;
    }

    /** The session cookie ("JSESSIONID=…") this answer sets, else the one the client had. */
    private static String latestSession(HttpURLConnection connection, String had) throws IOException {
        connection.getResponseCode();
        Optional<String> set = setCookies(connection).stream().reduce((first, last) -> last);
        set.ifPresent(cookie -> assertTrue(attributes(cookie).contains("samesite=lax"), cookie));
        return set.map(cookie -> cookie.substring(0, cookie.indexOf(';'))).orElse(had);
    }

    private int status(String path, String session) throws IOException {
        HttpURLConnection connection = open(new URL(base, path));
        connection.setRequestProperty("Cookie", session);
        connection.setRequestProperty("Accept", "application/json");
        return connection.getResponseCode();
    }

    /** The Set-Cookie header of the session cookie, as sent. */
    private static String sessionCookie(HttpURLConnection connection) throws IOException {
        connection.getResponseCode();
        List<String> cookies = setCookies(connection);
        assertFalse(cookies.isEmpty(), connection.getURL() + " set no session cookie: " + connection.getHeaderFields());
        return cookies.get(cookies.size() - 1);
    }

    private static List<String> setCookies(HttpURLConnection connection) {
        return connection.getHeaderFields().entrySet().stream()
                .filter(header -> "set-cookie".equalsIgnoreCase(String.valueOf(header.getKey())))
                .flatMap(header -> header.getValue().stream())
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .toList();
    }

    /** The cookie's attributes in lower case without spaces: "path=/earmark", "httponly", "samesite=lax" … */
    private static List<String> attributes(String setCookie) {
        return List.of(setCookie.substring(setCookie.indexOf(';') + 1).toLowerCase(Locale.ROOT).replace(" ", "").split(";"));
    }

    /** The HTTPS listener of each test server: WildFly's default one moved by the port offset, Payara's 8181. */
    private static int httpsPort() {
        return "payara".equals(System.getProperty("arquillian.launch")) ? 8181
                : 8443 + Integer.getInteger("earmark.port-offset", 0);
    }

    private static SSLContext trustingEveryCertificate() throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        return context;
    }
}
