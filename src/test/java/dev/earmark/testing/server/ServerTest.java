package dev.earmark.testing.server;

import dev.earmark.testing.Deployments;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every Arquillian test that is not a browser test has: the test deployment, its URL, the
 * fixtures and the server's clock. Its methods run inside the server, where they inject what else they
 * need; a class or method marked {@code @RunAsClient} runs outside instead (nothing is injected there,
 * and it talks to the server through {@link WebClient}).
 */
@ExtendWith(ArquillianExtension.class)
public abstract class ServerTest {

    @ArquillianResource
    protected URL base;

    @Inject
    protected CatalogueFixtures fixtures;

    @Inject
    MovableClock clock;

    private boolean clockMoved;

    @Deployment
    public static WebArchive deployment() {
        return Deployments.earmarkWithTestSupport();
    }

    /** Now, as the server's services see it. */
    protected Instant now() {
        return clock.instant();
    }

    /** Moves the server's clock forward instead of waiting; it goes back after this test. */
    protected void advanceClock(Duration by) {
        clockMoved = true;
        clock.advance(by);
    }

    @AfterEach
    void resetClock() {
        if (clockMoved) {
            clock.reset();
        }
    }
}
