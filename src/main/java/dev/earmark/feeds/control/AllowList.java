package dev.earmark.feeds.control;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The hosts a site does want feeds fetched from although their addresses are not public (an intranet's), from the
 * setting {@code earmark.feeds.allowed-hosts}: comma-separated entries, each a host name ({@code feeds.intranet}), a
 * host name or IP address with a port ({@code feeds.intranet:8080}, {@code 10.1.2.3:8080}, {@code [fd00::5]:8080}) or
 * an address block ({@code 10.1.0.0/16}, {@code fd00::/64}, a single address). A name is matched against the address's
 * host as written, any address it resolves to is then allowed; an address or block against the address connected to.
 * Entries that are none of these are left out (the settings page names them).
 */
public final class AllowList {

    public static final AllowList NONE = new AllowList(List.of(), List.of());

    private record NamedHost(String name, Optional<Integer> port) {
    }

    private record AddressAndPort(AddressBlock block, Optional<Integer> port) {
    }

    private final List<NamedHost> names;
    private final List<AddressAndPort> addresses;

    private AllowList(List<NamedHost> names, List<AddressAndPort> addresses) {
        this.names = List.copyOf(names);
        this.addresses = List.copyOf(addresses);
    }

    public static AllowList parse(String setting) {
        List<NamedHost> names = new ArrayList<>();
        List<AddressAndPort> addresses = new ArrayList<>();
        for (String entry : entries(setting)) {
            try {
                parseEntry(entry, names, addresses);
            } catch (IllegalArgumentException unusable) {
                // Left out: an entry that cannot be read allows nothing.
            }
        }
        return new AllowList(names, addresses);
    }

    /** The entries of a setting that are none of the accepted forms. */
    public static List<String> unusableEntries(String setting) {
        List<String> wrong = new ArrayList<>();
        for (String entry : entries(setting)) {
            try {
                parseEntry(entry, new ArrayList<>(), new ArrayList<>());
            } catch (IllegalArgumentException unusable) {
                wrong.add(entry);
            }
        }
        return wrong;
    }

    boolean allows(String host, int port, InetAddress address) {
        String name = host.toLowerCase(Locale.ROOT);
        byte[] bytes = address.getAddress();
        return names.stream().anyMatch(allowed -> allowed.name().equals(name) && allowed.port().map(p -> p == port).orElse(true))
                || addresses.stream().anyMatch(allowed -> allowed.block().contains(bytes)
                        && allowed.port().map(p -> p == port).orElse(true));
    }

    private static List<String> entries(String setting) {
        return setting == null ? List.of() : java.util.Arrays.stream(setting.split(",")).map(String::strip)
                .filter(entry -> !entry.isEmpty()).toList();
    }

    private static void parseEntry(String entry, List<NamedHost> names, List<AddressAndPort> addresses) {
        String host = entry;
        Optional<Integer> port = Optional.empty();
        if (entry.startsWith("[")) {
            int close = entry.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException(entry);
            }
            host = entry.substring(0, close + 1);
            String after = entry.substring(close + 1);
            if (!after.isEmpty()) {
                port = Optional.of(port(after));
            }
        } else if (entry.indexOf(':') == entry.lastIndexOf(':') && entry.indexOf(':') >= 0) {
            host = entry.substring(0, entry.indexOf(':'));
            port = Optional.of(port(entry.substring(entry.indexOf(':'))));
        }
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        String address = bare.contains("/") ? bare.substring(0, bare.indexOf('/')) : bare;
        if (AddressBlock.isIpLiteral(address)) {
            if (bare.contains("/") && port.isPresent()) {
                throw new IllegalArgumentException(entry);
            }
            addresses.add(new AddressAndPort(AddressBlock.parse(bare), port));
        } else if (host.matches("(?i)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*")) {
            names.add(new NamedHost(host.toLowerCase(Locale.ROOT), port));
        } else {
            throw new IllegalArgumentException(entry);
        }
    }

    /** ":8080" → 8080. */
    private static int port(String colonAndPort) {
        if (!colonAndPort.matches(":[0-9]{1,5}")) {
            throw new IllegalArgumentException(colonAndPort);
        }
        int port = Integer.parseInt(colonAndPort.substring(1));
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(colonAndPort);
        }
        return port;
    }
}
