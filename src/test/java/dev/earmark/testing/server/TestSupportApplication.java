package dev.earmark.testing.server;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** Only in test deployments: endpoints with which browser tests prepare data in the server under test. */
@ApplicationPath("test-support")
public class TestSupportApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(FixturesResource.class, TranscriptionFixturesResource.class, ListeningEventsResource.class,
                InsightsFixturesResource.class);
    }
}
