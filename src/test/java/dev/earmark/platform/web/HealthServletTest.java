package dev.earmark.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earmark.platform.boundary.Health;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HealthServletTest {

    @Test
    void everyCheckIsAMemberWithItsDetails() {
        Health.Report report = new Health.Report("node1", List.of(new Health.Check("database", true, Map.of()),
                new Health.Check("migrations", true, Map.of("version", "26")), new Health.Check("mediaDir", false, Map.of())));
        assertEquals("{\"status\":\"DOWN\",\"node\":\"node1\",\"checks\":{\"database\":{\"status\":\"UP\"},"
                + "\"migrations\":{\"status\":\"UP\",\"version\":\"26\"},\"mediaDir\":{\"status\":\"DOWN\"}}}",
                HealthServlet.json(report));
    }

    @Test
    void liveHasNoChecks() {
        assertEquals("{\"status\":\"UP\",\"node\":\"node2\"}", HealthServlet.json(new Health.Report("node2", List.of())));
    }
}
