package dev.earmark.feeds.control;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;

/**
 * Whether an address is one of the public internet's, the only kind a feed is fetched from unless allowed by name:
 * not loopback, link-local (cloud metadata services live there), private, shared (CGNAT), multicast, unspecified,
 * broadcast or reserved, nor one of those written inside an IPv6 address (mapped, compatible, 6to4, NAT64).
 */
final class PublicAddresses {

    private static final List<AddressBlock> NOT_PUBLIC_V4 = blocks("0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10",
            "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.168.0.0/16",
            "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4");
    /** 64:ff9b:1::/48 is local-use NAT64 (RFC 8215), where the IPv4 address sits by the operator's prefix length. */
    private static final List<AddressBlock> NOT_PUBLIC_V6 = blocks("::/128", "::1/128", "100::/64", "2001:db8::/32",
            "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8", "64:ff9b:1::/48");
    /** IPv6 blocks whose addresses carry an IPv4 address in their last four bytes: that one is judged too. */
    private static final List<AddressBlock> CARRYING_V4_AT_END = List.of(AddressBlock.parse("::/96"), mappedV4(),
            AddressBlock.parse("64:ff9b::/96"), AddressBlock.parse("::ffff:0:0:0/96"));
    private static final AddressBlock SIX_TO_FOUR = AddressBlock.parse("2002::/16");

    private PublicAddresses() {
    }

    static boolean isPublic(InetAddress address) {
        return isPublic(address.getAddress());
    }

    static boolean isPublic(byte[] address) {
        if (address.length == 4) {
            return NOT_PUBLIC_V4.stream().noneMatch(block -> block.contains(address));
        }
        if (NOT_PUBLIC_V6.stream().anyMatch(block -> block.contains(address))) {
            return false;
        }
        if (CARRYING_V4_AT_END.stream().anyMatch(block -> block.contains(address))) {
            return isPublic(Arrays.copyOfRange(address, 12, 16));
        }
        if (SIX_TO_FOUR.contains(address)) {
            return isPublic(Arrays.copyOfRange(address, 2, 6));
        }
        return true;
    }

    /** Java reads "::ffff:a.b.c.d" as IPv4 already; the bytes of a socket address may still come in this form. */
    private static AddressBlock mappedV4() {
        byte[] network = new byte[16];
        network[10] = (byte) 0xff;
        network[11] = (byte) 0xff;
        return new AddressBlock(network, 96);
    }

    private static List<AddressBlock> blocks(String... cidrs) {
        return Arrays.stream(cidrs).map(AddressBlock::parse).toList();
    }
}
