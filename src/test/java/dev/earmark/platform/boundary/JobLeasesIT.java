package dev.earmark.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.catalogue.entity.Show;
import dev.earmark.demo.boundary.DemoContent;
import dev.earmark.testing.DemoShow;
import dev.earmark.testing.server.AtOnce;
import dev.earmark.testing.server.ServerTest;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Run-once leases on one server, two "servers" being two holders' names: the database lets one of them take a lease
 * at a time, the other takes it once it ran out (the clock moved past it) or was given back; the demo loaded at once
 * by two is loaded once. Each test's lease has a name of its own.
 */
class JobLeasesIT extends ServerTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Inject
    JobLeases leases;

    @Inject
    DemoContent demo;

    @Inject
    Health health;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    private final String job = "test-" + UUID.randomUUID();

    @Test
    void ofTwoServersTakingALeaseAtOnceOneWinsFirstRowAndTakeOverAlike() {
        List<Boolean> first = AtOnce.run(executor, List.of(() -> leases.tryTake(job, MINUTE, "node-a"),
                () -> leases.tryTake(job, MINUTE, "node-b")));
        assertEquals(1, first.stream().filter(Boolean::booleanValue).count(), "the first row: " + first);

        leases.release(job, first.get(0) ? "node-a" : "node-b");
        List<Boolean> again = AtOnce.run(executor, List.of(() -> leases.tryTake(job, MINUTE, "node-c"),
                () -> leases.tryTake(job, MINUTE, "node-d")));
        assertEquals(1, again.stream().filter(Boolean::booleanValue).count(), "given back: " + again);
    }

    @Test
    void aLeaseThatRanOutIsTakenOverAndLostByItsFormerHolder() {
        assertTrue(leases.tryTake(job, MINUTE, "node-a"));
        assertFalse(leases.tryTake(job, MINUTE, "node-b"), "taken while held");
        assertTrue(leases.tryTake(job, MINUTE, "node-a"), "its holder moves it on");

        advanceClock(MINUTE.plusSeconds(1));

        assertTrue(leases.tryTake(job, MINUTE, "node-b"), "not taken over once it ran out");
        assertFalse(leases.tryTake(job, MINUTE, "node-a"), "the former holder went on");
        JobLeaseHolder taken = holder();
        assertEquals("node-b", taken.holder());
        assertTrue(taken.held());
        assertTrue(taken.until().isAfter(now().plus(MINUTE).minusSeconds(5)), taken.toString());
    }

    @Test
    void aLeaseGivenBackIsFreeAtOnceAndNamesItsLastHolder() {
        assertTrue(leases.tryTake(job, MINUTE, "node-a"));
        leases.release(job, "node-b");
        assertFalse(leases.tryTake(job, MINUTE, "node-b"), "given back by another than its holder");

        leases.release(job, "node-a");

        JobLeaseHolder given = holder();
        assertEquals("node-a", given.holder());
        assertFalse(given.held());
        assertTrue(leases.tryTake(job, MINUTE, "node-b"));
    }

    @Test
    void aJobRunsOnceUnderItsLeaseAndNotWhileAnotherServerHoldsIt() {
        AtomicInteger runs = new AtomicInteger();
        assertTrue(leases.tryTake(job, MINUTE, "dead-node"));

        assertEquals(Optional.empty(), leases.runOnce(job, MINUTE, runs::incrementAndGet));
        assertEquals(0, runs.get());

        advanceClock(MINUTE.plusSeconds(1));
        assertEquals(Optional.of(1), leases.runOnce(job, MINUTE, runs::incrementAndGet));
        assertFalse(holder().held(), "given back after the run");
        assertEquals(leases.node(), holder().holder());
    }

    @Test
    void thisServersNameIsItsNodeNameAndARandomPart() {
        String node = System.getProperty("jboss.node.name", System.getProperty("com.sun.aas.instanceName", ""));
        assertTrue(leases.node().matches("\\Q" + node + "\\E.*/[0-9a-f]{8}"), leases.node());
    }

    @Test
    void theDemoLoadedByTwoServersAtOnceIsThereOnce() {
        long shows = fixtures.count(Show.class);
        List<Boolean> loaded = AtOnce.run(executor,
                List.of(() -> demo.loadOnce("node-a " + job), () -> demo.loadOnce("node-b " + job)));

        assertEquals(List.of(false, false), loaded, "the catalogue had the demo already");
        assertTrue(fixtures.findShow(DemoShow.SLUG).isPresent());
        assertEquals(shows, fixtures.count(Show.class), "no second demo show");
        assertTrue(leases.holders().stream().filter(lease -> lease.name().equals(DemoContent.JOB))
                .noneMatch(JobLeaseHolder::held), "the demo's lease given back: " + leases.holders());
    }

    @Test
    void theHealthAnswerNamesEachLeasesHolderAndUntilWhenItHoldsIt() {
        assertTrue(leases.tryTake(job, MINUTE, "node-a"));
        Map<String, String> held = jobsInHealth();
        assertEquals("node-a", held.get(job), held.toString());
        assertEquals(holder().until().toString(), held.get(job + ".until"));

        leases.release(job, "node-a");
        Map<String, String> given = jobsInHealth();
        assertEquals("node-a", given.get(job), "its last holder: " + given);
        assertFalse(given.containsKey(job + ".until"), given.toString());
    }

    private Map<String, String> jobsInHealth() {
        Health.Report report = health.ready();
        assertTrue(report.up(), report.toString());
        return report.checks().stream().filter(check -> check.name().equals("jobs")).findFirst().orElseThrow().details();
    }

    private JobLeaseHolder holder() {
        return leases.holders().stream().filter(lease -> lease.name().equals(job)).findFirst().orElseThrow();
    }
}
