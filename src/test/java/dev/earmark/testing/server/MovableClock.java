package dev.earmark.testing.server;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Only in test deployments: the server's clock, which a test moves forward instead of waiting for time
 * to pass. It runs with the system clock, ahead by the offset tests give it. An alternative with a
 * priority is selected for the whole application (CDI 4), so it replaces platform's system clock in every
 * service; tests move it with {@code ServerTest.advanceClock} or {@code /test-support/clock}, and it is put
 * back after the test that moved it.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
public class MovableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Clock.systemUTC().instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** A clock of that zone, as far ahead as this one is now (it does not follow later moves). */
    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }
}
