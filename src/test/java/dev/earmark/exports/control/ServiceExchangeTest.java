package dev.earmark.exports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.earmark.platform.control.Retries;
import dev.earmark.platform.control.ServiceCalls;
import dev.earmark.testing.ScriptedService;
import dev.earmark.testing.ScriptedService.Reply;
import dev.earmark.testing.server.MovableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A sync renews its claim while it sends, and stops sending once another server took the sync over. */
class ServiceExchangeTest {

    private final ScriptedService service = new ScriptedService();
    private final MovableClock clock = new MovableClock();
    private final List<Duration> waits = new ArrayList<>();
    private int renewals;
    private boolean stillMine = true;

    @AfterEach
    void stopService() {
        service.close();
    }

    @Test
    void theLeaseIsRenewedOnceAMinutePassedAndNoRequestGoesOutOnceItIsLost() throws Exception {
        service.then(new Reply(200, "{}"));
        ServiceExchange exchange = exchange();

        exchange.send("GET", "/one", null);
        assertEquals(0, renewals, "renewed at the claim");
        clock.advance(ServiceExchange.RENEWAL);
        exchange.send("GET", "/two", null);
        exchange.send("GET", "/three", null);
        assertEquals(1, renewals, "once a minute, not per request");

        stillMine = false;
        clock.advance(ServiceExchange.RENEWAL);
        ExportFailure lost = assertThrows(ExportFailure.class, () -> exchange.send("PATCH", "/four", "{}"));

        assertEquals("exports.failure.claimLost", lost.messageKey());
        assertEquals(3, service.received().size(), "nothing sent under a lost claim");
    }

    private ServiceExchange exchange() {
        return new ServiceExchange("Test", ServiceCalls.client(), service.base("/"), "token", Map.of(),
                new Retries(0, Duration.ofSeconds(1), Duration.ofSeconds(60), waits::add, clock), Duration.ofSeconds(10),
                Duration.ZERO, () -> {
                    renewals++;
                    return stillMine;
                });
    }
}
