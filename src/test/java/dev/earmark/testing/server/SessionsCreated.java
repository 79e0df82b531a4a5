package dev.earmark.testing.server;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.concurrent.atomic.AtomicLong;

/** Only in test deployments: counts the HTTP sessions the server creates, so a test can prove a request made none. */
@WebListener
public class SessionsCreated implements HttpSessionListener {

    private static final AtomicLong CREATED = new AtomicLong();

    @Override
    public void sessionCreated(HttpSessionEvent created) {
        CREATED.incrementAndGet();
    }

    /** How many sessions this deployment has created so far. */
    public static long count() {
        return CREATED.get();
    }
}
