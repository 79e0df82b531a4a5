package dev.earmark.feeds.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.255.0.9", "0.0.0.0", "0.1.2.3", "10.0.0.1", "10.255.255.255", "172.16.0.1",
        "172.31.255.254", "192.168.0.1", "100.64.0.1", "100.127.255.255", "169.254.169.254", "224.0.0.1", "239.255.255.250",
        "255.255.255.255", "240.0.0.1", "192.0.0.170", "198.18.0.1", "::", "::1", "fc00::1", "fd12:3456::1", "fe80::1",
        "febf::1", "fec0::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "::127.0.0.1",
        "::10.0.0.1", "64:ff9b::a00:1", "2002:7f00:1::1", "2002:a9fe:a9fe::1", "2001:db8::1"})
    void refusesWhatIsNotOnThePublicInternet(String literal) throws UnknownHostException {
        assertFalse(PublicAddresses.isPublic(InetAddress.getByName(literal)), literal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "172.15.255.255", "172.32.0.1", "100.63.255.255", "100.128.0.1",
        "11.0.0.1", "2606:4700::1111", "::ffff:8.8.8.8", "2002:808:808::1"})
    void acceptsPublicAddresses(String literal) throws UnknownHostException {
        assertTrue(PublicAddresses.isPublic(InetAddress.getByName(literal)), literal);
    }

    @Test
    void anAllowListTakesNamesPortsAddressesAndBlocks() throws UnknownHostException {
        AllowList allowed = AllowList.parse(" feeds.intranet , media.intranet:8080, 10.1.0.0/16, 192.168.5.5:443, [fd00::5]:8443,"
                + " fd01::/64, not a host, 10.0.0.0/8:80, host:99999");
        InetAddress ten = InetAddress.getByName("10.1.2.3");
        InetAddress loopback = InetAddress.getByName("127.0.0.1");

        assertTrue(allowed.allows("FEEDS.intranet", 1234, loopback));
        assertTrue(allowed.allows("media.intranet", 8080, loopback));
        assertFalse(allowed.allows("media.intranet", 8081, loopback));
        assertTrue(allowed.allows("anything", 80, ten));
        assertFalse(allowed.allows("anything", 80, InetAddress.getByName("10.2.0.1")));
        assertTrue(allowed.allows("192.168.5.5", 443, InetAddress.getByName("192.168.5.5")));
        assertFalse(allowed.allows("192.168.5.5", 80, InetAddress.getByName("192.168.5.5")));
        assertTrue(allowed.allows("fd00::5", 8443, InetAddress.getByName("fd00::5")));
        assertTrue(allowed.allows("x", 1, InetAddress.getByName("fd01::9")));
        assertFalse(allowed.allows("x", 1, InetAddress.getByName("fd02::9")));
        assertEquals(List.of("not a host", "10.0.0.0/8:80", "host:99999"), AllowList.unusableEntries(
                "feeds.intranet, not a host, 10.0.0.0/8:80, host:99999"));
        assertFalse(AllowList.parse("").allows("localhost", 80, loopback));
    }
}
