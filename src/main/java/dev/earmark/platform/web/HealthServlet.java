package dev.earmark.platform.web;

import dev.earmark.platform.boundary.Health;
import dev.earmark.platform.control.Routes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code /health}, {@code /health/ready} and {@code /health/live} as small JSON for load balancers and operators:
 * {@code {"status":"UP","node":"node1","checks":{"database":{"status":"UP"},…}}}, 200 when up, 503 when down. Never
 * kept by a cache, and no session is made for it.
 */
@WebServlet(name = "Health", urlPatterns = {Routes.HEALTH, Routes.HEALTH + "/*"})
public class HealthServlet extends HttpServlet {

    private static final String UP = "UP";
    private static final String DOWN = "DOWN";

    @Inject
    Health health;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String probe = request.getPathInfo() == null ? "" : request.getPathInfo();
        Health.Report report;
        switch (probe) {
            case "", "/", "/ready" -> report = health.ready();
            case "/live" -> report = health.live();
            default -> {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        response.setStatus(report.up() ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Cache-Control", CacheControl.NO_STORE);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json(report));
    }

    static String json(Health.Report report) {
        JsonObjectBuilder answer = Json.createObjectBuilder()
                .add("status", report.up() ? UP : DOWN)
                .add("node", report.node());
        if (!report.checks().isEmpty()) {
            JsonObjectBuilder checks = Json.createObjectBuilder();
            report.checks().forEach(check -> {
                JsonObjectBuilder member = Json.createObjectBuilder().add("status", check.up() ? UP : DOWN);
                check.details().forEach(member::add);
                checks.add(check.name(), member);
            });
            answer.add("checks", checks);
        }
        return answer.build().toString();
    }
}
