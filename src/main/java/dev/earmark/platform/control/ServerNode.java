package dev.earmark.platform.control;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Which server this is, as operators name it: so that a cluster's answers and records tell their nodes apart. */
public final class ServerNode {

    private static final String NAME = find();

    private ServerNode() {
    }

    /** WildFly's node name, Payara's instance name, else the host's name. */
    public static String name() {
        return NAME;
    }

    private static String find() {
        String name = System.getProperty("jboss.node.name", System.getProperty("com.sun.aas.instanceName"));
        if (name != null) {
            return name;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unknown) {
            return "server";
        }
    }
}
