package io.xskc.suites.support;

import io.xskc.packet.ChecksumMode;
import io.xskc.packet.Frame;
import io.xskc.packet.FrameBuilder;
import io.xskc.suite.ParameterSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One frame shape of the checksum matrix: IP version, L4 protocol, 802.1Q, payload length, and
 * the placements a parser would not guess (IPv4 options, an IPv6 extension header, VXLAN).
 */
public record Shape(boolean ipv6, boolean tcp, boolean vlan, int payload, Extra extra) implements ParameterSet {
    public enum Extra { NONE, IPV4_OPTIONS, IPV6_EXTENSION_HEADER, VXLAN }

    /** Header bytes of a shape before its payload, so the largest payload fits the MTU. */
    public int headerBytes() {
        int l3 = ipv6 ? 40 : 20;
        int l4 = tcp ? 20 : 8;
        int extraBytes = switch (extra) {
            case NONE -> 0;
            case IPV4_OPTIONS -> 8;
            case IPV6_EXTENSION_HEADER -> 8;
            // outer IPv4 + UDP + VXLAN + inner Ethernet
            case VXLAN -> 20 + 8 + 8 + 14;
        };
        return l3 + l4 + extraBytes;
    }

    /** The frame, its checksum field seeded with the pseudo-header sum as for CHECKSUM_PARTIAL. */
    public Frame build(long seed) {
        return builder(seed).withChecksumMode(ChecksumMode.PARTIAL).build();
    }

    public FrameBuilder builder(long seed) {
        FrameBuilder b = FrameBuilder.create();
        b = ipv6 ? b.withIpv6() : b.withIpv4();
        b = tcp ? b.withTcp() : b.withUdp();
        if (vlan) {
            b = b.withVlan(100, 0);
        }
        b = switch (extra) {
            case NONE -> b;
            case IPV4_OPTIONS -> b.withIpv4NopOptions(8);
            case IPV6_EXTENSION_HEADER -> b.withIpv6DestinationOptions();
            case VXLAN -> b.withVxlan(4242);
        };
        return b.withPayload(payload, seed);
    }

    @Override
    public String name() {
        return (ipv6 ? "ipv6" : "ipv4") + "-" + (tcp ? "tcp" : "udp") + (vlan ? "-vlan" : "")
                + switch (extra) {
                    case NONE -> "";
                    case IPV4_OPTIONS -> "-ipopts";
                    case IPV6_EXTENSION_HEADER -> "-exthdr";
                    case VXLAN -> "-vxlan";
                } + "-p" + payload;
    }

    @Override
    public Map<String, String> reportParameters() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("ip", ipv6 ? "IPv6" : "IPv4");
        m.put("l4", tcp ? "TCP" : "UDP");
        m.put("vlan", vlan ? "802.1Q vid 100" : "none");
        m.put("payload", Integer.toString(payload));
        m.put("placement", extra.name().toLowerCase(java.util.Locale.ROOT));
        return m;
    }
}
