package dev.earmark.feeds.control;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.apache.hc.client5.http.DnsResolver;

/**
 * Resolves a host for HttpClient and keeps only the addresses a feed may be fetched from: public ones, and those the
 * allow-list lets in. HttpClient connects to exactly what this returns, so a DNS answer that changes between a check
 * and the connection (rebinding) cannot slip a private address in.
 */
final class CheckingDnsResolver implements DnsResolver {

    /** The system's resolver or a test's. */
    @FunctionalInterface
    interface Lookup {
        InetAddress[] lookup(String host) throws UnknownHostException;
    }

    /** A host whose addresses are all refused: not "unknown", so that the reason reaches the curator. */
    static final class RefusedHostException extends UnknownHostException {

        private final String host;
        private final String address;

        RefusedHostException(String host, String address) {
            super(host + " (" + address + ") is not a public address");
            this.host = host;
            this.address = address;
        }

        String host() {
            return host;
        }

        String address() {
            return address;
        }
    }

    private final Lookup lookup;
    private final Supplier<AllowList> allowList;

    CheckingDnsResolver(Lookup lookup, Supplier<AllowList> allowList) {
        this.lookup = lookup;
        this.allowList = allowList;
    }

    @Override
    public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
        return permitted(host, port).stream().map(address -> new InetSocketAddress(address, port)).toList();
    }

    /** Only HttpClient's older paths call this without a port: only public addresses then. */
    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        return permitted(host, -1).toArray(InetAddress[]::new);
    }

    @Override
    public String resolveCanonicalHostname(String host) {
        // Never used for connecting; asking DNS again would be a second answer that no one checks.
        return host;
    }

    /** The addresses of the host that may be connected to; none is a refusal. */
    List<InetAddress> permitted(String host, int port) throws UnknownHostException {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] all = AddressBlock.isIpLiteral(bare)
                ? new InetAddress[] {InetAddress.getByAddress(bare, AddressBlock.literalBytes(bare))}
                : lookup.lookup(bare);
        AllowList allowed = allowList.get();
        List<InetAddress> permitted = Arrays.stream(all)
                .filter(address -> PublicAddresses.isPublic(address) || allowed.allows(bare, port, address)).toList();
        if (permitted.isEmpty()) {
            throw new RefusedHostException(bare, all.length == 0 ? "" : all[0].getHostAddress());
        }
        return permitted;
    }
}
