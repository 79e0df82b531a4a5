package dev.earmark.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/**
 * The name this server claims work under in the database: the server's node name (WildFly's {@code jboss.node.name},
 * Payara's instance name, else the host name) and a random part new at every start, so that a restarted server never
 * takes its old claims for its own (it takes them over as any other server would, once they run out).
 */
@ApplicationScoped
public class ServerNode {

    /** Room for the random part in the columns that store a node's name (200 characters). */
    static final int NAME_MAX = 150;

    private final String node = nodeName();
    private final String name = node + "/" + UUID.randomUUID().toString().substring(0, 8);

    /** What this server claims work under: its node and the random part of this start. */
    public String name() {
        return name;
    }

    /** The node as operators name it (health answers, logs): the same after a restart. */
    public String node() {
        return node;
    }

    private static String nodeName() {
        String name = System.getProperty("jboss.node.name", System.getProperty("com.sun.aas.instanceName"));
        if (name == null) {
            try {
                name = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException unknown) {
                name = "server";
            }
        }
        return name.length() > NAME_MAX ? name.substring(0, NAME_MAX) : name;
    }
}
