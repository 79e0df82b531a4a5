package dev.earmark.testing.cluster;

import dev.earmark.testing.server.WebClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The two-node cluster of {@code server-config/cluster/cluster.sh} (balancer, node1, node2, PostgreSQL, one media
 * folder), as the {@code *ClusterIT} tests see it: clients through the balancer and to each node directly, which node
 * served a client, and a node killed with {@code kill -9} or restarted. {@link ClusterTest} starts it once for all
 * of them.
 */
public final class Cluster {

    public static final List<String> NODES = List.of("node1", "node2");
    private static final String SESSION_COOKIE = "JSESSIONID";
    private static final Duration START_LIMIT = Duration.ofMinutes(10);
    private static final Logger LOG = Logger.getLogger(Cluster.class.getName());

    private final Set<String> killed = new HashSet<>();
    private final Path script;
    private final Path directory;
    private final int offset;

    Cluster(Path script, Path directory, int offset) {
        this.script = script;
        this.directory = directory;
        this.offset = offset;
    }

    /** Where people reach Earmark: the balancer. */
    public URL balancer() {
        return url(8080 + offset);
    }

    /** A node itself, bypassing the balancer. */
    public URL node(String name) {
        return url(8080 + offset + 100 * (NODES.indexOf(name) + 1));
    }

    /** The folder both nodes store media in ({@code earmark.media-dir}). */
    public Path mediaDirectory() {
        return directory.resolve("media");
    }

    /** A node's server log, kept over its restarts. */
    public Path serverLog(String node) {
        return directory.resolve(node).resolve("standalone/log/server.log");
    }

    public WebClient signIn(String user, String password) {
        return WebClient.signIn(balancer(), user, password);
    }

    /** The node that serves a signed-in client now: its session cookie's route, {@code ….node1}. */
    public static String servingNode(WebClient client) {
        String session = client.cookie(SESSION_COOKIE).orElseThrow(() -> new AssertionError("no session cookie"));
        return session.substring(session.lastIndexOf('.') + 1);
    }

    public static String otherThan(String node) {
        return NODES.stream().filter(name -> !name.equals(node)).findFirst().orElseThrow();
    }

    /**
     * Whether the balancer sends a node its sessions: a session id with the node's route goes to that node while the
     * balancer has it, which answers with a session of its own route (the id is unknown to it); else another node
     * answers.
     */
    public boolean balancerRoutesTo(String node) {
        HttpRequest probe = HttpRequest.newBuilder(URI.create(balancer().toExternalForm()).resolve("account/sign-in"))
                .header("Cookie", SESSION_COOKIE + "=probe." + node).timeout(Duration.ofSeconds(30)).GET().build();
        try {
            HttpResponse<Void> answer = HttpClient.newHttpClient().send(probe, HttpResponse.BodyHandlers.discarding());
            return answer.headers().allValues("Set-Cookie").stream()
                    .anyMatch(cookie -> cookie.matches(SESSION_COOKIE + "=[^;]*\\." + node + "(;.*)?"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code kill -9}: the node dies as in a crash, in the middle of whatever it does. */
    public void kill(String node) {
        run("kill", node);
        killed.add(node);
    }

    /** Starts a node that was killed (or stops and starts it) and waits until it is ready and balanced again. */
    public void restart(String node) {
        run("restart", node);
        killed.remove(node);
    }

    /** Restarts what a test killed and left dead (it failed before it restarted it): the next test gets two nodes. */
    void restartKilled() {
        List.copyOf(killed).forEach(this::restart);
    }

    void start(boolean fresh) {
        long began = System.nanoTime();
        List<String> command = new ArrayList<>(List.of("start"));
        if (fresh) {
            command.add("--fresh");
        }
        run(command.toArray(String[]::new));
        LOG.info(() -> "Cluster up in " + Duration.ofNanos(System.nanoTime() - began).toSeconds() + " s");
    }

    void stop() {
        run("stop");
    }

    /** The script's output goes to {@code harness.log} in the cluster's folder, and its end into a failure. */
    private void run(String... arguments) {
        List<String> command = new ArrayList<>(List.of("bash", script.toString(), "--dir", directory.toString(),
                "--offset", String.valueOf(offset)));
        command.addAll(List.of(arguments));
        Path log = directory.resolve("harness.log");
        try {
            Files.createDirectories(directory);
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            if (!process.waitFor(START_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " took longer than " + START_LIMIT);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + tail(log));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static URL url(int port) {
        try {
            return new URL("http://127.0.0.1:" + port + "/earmark/");
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
