package io.xskc.packet;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Optional;

/**
 * A frame as {@link FrameParser} read it. All offsets are absolute in {@link #bytes()}, also
 * those of a VXLAN inner frame, whose bytes are the same.
 *
 * @param bytes          the whole frame the parse started from; copied in and out
 * @param l2Offset       start of this Ethernet header: 0, or inside the outer frame for VXLAN
 * @param etherType      the EtherType after any VLAN tag
 * @param protocol       the upper-layer protocol, after any IPv6 extension headers
 * @param checksumField  the value of the L4 checksum field as received
 * @param payloadLength  L4 payload bytes up to the end the IP length gives (any trailer excluded)
 * @param vxlan          the encapsulated frame, when this is VXLAN on UDP port 4789
 */
public record ParsedFrame(
        byte[] bytes,
        int l2Offset,
        MacAddress destinationMac,
        MacAddress sourceMac,
        Optional<Vlan> vlan,
        int etherType,
        IpVersion ipVersion,
        int l3Offset,
        InetAddress sourceAddress,
        InetAddress destinationAddress,
        L4Protocol protocol,
        int l4Offset,
        int sourcePort,
        int destinationPort,
        int checksumField,
        int payloadOffset,
        int payloadLength,
        Optional<Vxlan> vxlan) {

    /** A VXLAN header's network identifier and the Ethernet frame it carries. */
    public record Vxlan(int vni, ParsedFrame inner) {
    }

    public ParsedFrame {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The frame whose L4 checksum an offload request targets: the innermost one. */
    public ParsedFrame innermost() {
        return vxlan.map(v -> v.inner().innermost()).orElse(this);
    }

    public int checksumOffset() {
        return l4Offset + protocol.checksumOffset();
    }

    /** L4 header plus payload: the length the pseudo-header carries. */
    public int l4Length() {
        return payloadOffset + payloadLength - l4Offset;
    }

    /** Bytes after the end given by the IP length, such as Ethernet minimum-size padding. */
    public int trailerLength() {
        return bytes.length - payloadOffset - payloadLength;
    }

    public byte[] payload() {
        return Arrays.copyOfRange(bytes, payloadOffset, payloadOffset + payloadLength);
    }

    public PseudoHeader pseudoHeader() {
        return switch (ipVersion) {
            case V4 -> new PseudoHeader.V4((Inet4Address) sourceAddress, (Inet4Address) destinationAddress,
                    protocol.number(), l4Length());
            case V6 -> new PseudoHeader.V6((Inet6Address) sourceAddress, (Inet6Address) destinationAddress,
                    protocol.number(), l4Length());
        };
    }

    /** The correct checksum for these bytes, recomputed with the field taken as zero. */
    public int computedChecksum() {
        return Checksum.l4(pseudoHeader(), bytes, l4Offset);
    }

    /**
     * Whether the L4 checksum verifies. A UDP checksum of 0 means "none sent": acceptable over
     * IPv4 (RFC 768), invalid over IPv6 (RFC 8200 §8.1). Suites that require a checksum compare
     * {@link #checksumField()} with the expected value instead.
     */
    public boolean checksumValid() {
        if (protocol == L4Protocol.UDP && checksumField == 0) {
            return ipVersion == IpVersion.V4;
        }
        return Checksum.verifyL4(pseudoHeader(), bytes, l4Offset);
    }

    /** For IPv6, which has no header checksum, always true. */
    public boolean ipv4HeaderChecksumValid() {
        if (ipVersion != IpVersion.V4) {
            return true;
        }
        int headerLength = (bytes[l3Offset] & 0x0F) * 4;
        return Checksum.sum(bytes, l3Offset, headerLength) == 0xFFFF;
    }

    /** Every other component is a function of the bytes and where the parse started. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ParsedFrame p && Arrays.equals(bytes, p.bytes) && l2Offset == p.l2Offset;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes) * 31 + l2Offset;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("ParsedFrame[");
        s.append(sourceMac).append(" > ").append(destinationMac);
        vlan.ifPresent(v -> s.append(" vlan=").append(v.vid()).append(" pcp=").append(v.pcp()));
        s.append(' ').append(ipVersion).append(' ')
                .append(sourceAddress.getHostAddress()).append(':').append(sourcePort).append(" > ")
                .append(destinationAddress.getHostAddress()).append(':').append(destinationPort)
                .append(' ').append(protocol)
                .append(String.format(" l3=%d l4=%d csum=0x%04x payload=%d", l3Offset, l4Offset, checksumField,
                        payloadLength));
        vxlan.ifPresent(v -> s.append(" vxlan(vni=").append(v.vni()).append(") ").append(v.inner()));
        return s.append(']').toString();
    }
}
