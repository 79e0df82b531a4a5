package dev.earmark.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one source of the current time: services inject a {@link Clock} rather than asking the system,
 * so that test deployments can replace it with a clock they move (instead of waiting for time to pass).
 * UTC, as every time is stored; the display zone is a setting of its own.
 */
@ApplicationScoped
public class SystemClock {

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
