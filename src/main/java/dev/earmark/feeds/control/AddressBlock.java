package dev.earmark.feeds.control;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/** A block of IP addresses written as CIDR ({@code 10.0.0.0/8}, {@code fc00::/7}); a single address is a full block. */
record AddressBlock(byte[] network, int prefixLength) {

    /**
     * @param cidr an IP literal with an optional {@code /prefix}; never a host name (parsing one would ask DNS)
     * @throws IllegalArgumentException when it is not one
     */
    static AddressBlock parse(String cidr) {
        int slash = cidr.indexOf('/');
        String literal = slash < 0 ? cidr : cidr.substring(0, slash);
        byte[] network = literalBytes(literal);
        int bits = network.length * 8;
        int prefix;
        try {
            prefix = slash < 0 ? bits : Integer.parseInt(cidr.substring(slash + 1));
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException(cidr);
        }
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException(cidr);
        }
        return new AddressBlock(network, prefix);
    }

    /** The bytes of an IPv4 or IPv6 literal (brackets allowed); anything else, a host name too, is refused. */
    static byte[] literalBytes(String literal) {
        String bare = literal.startsWith("[") && literal.endsWith("]") ? literal.substring(1, literal.length() - 1) : literal;
        if (!isIpLiteral(bare)) {
            throw new IllegalArgumentException(literal);
        }
        try {
            return InetAddress.getByName(bare).getAddress();
        } catch (UnknownHostException notLiteral) {
            throw new IllegalArgumentException(literal, notLiteral);
        }
    }

    /** Dotted IPv4 of four decimal parts, or IPv6 (it has a colon): the only forms that InetAddress parses without DNS. */
    static boolean isIpLiteral(String text) {
        return text.matches("(\\d{1,3}\\.){3}\\d{1,3}") || text.matches("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    }

    boolean contains(byte[] address) {
        if (address.length != network.length) {
            return false;
        }
        int whole = prefixLength / 8;
        if (!Arrays.equals(address, 0, whole, network, 0, whole)) {
            return false;
        }
        int rest = prefixLength % 8;
        if (rest == 0) {
            return true;
        }
        int mask = 0xff << (8 - rest) & 0xff;
        return (address[whole] & mask) == (network[whole] & mask);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AddressBlock block && block.prefixLength == prefixLength && Arrays.equals(block.network, network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefixLength;
    }

    @Override
    public String toString() {
        try {
            return InetAddress.getByAddress(network).getHostAddress() + "/" + prefixLength;
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
