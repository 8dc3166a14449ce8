package io.xskc.packet;

import static io.xskc.packet.Bytes.u16;
import static io.xskc.packet.Bytes.u32;
import static io.xskc.packet.Bytes.u8;

import io.xskc.packet.MalformedFrameException.Kind;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Takes apart the frames {@link FrameBuilder} makes, and frames captured at a peer, without
 * trusting any length field: every header is checked against the bytes present and against the
 * enclosing header's length. Written independently of the builder, so a round trip tests both.
 */
public final class FrameParser {
    private static final int QINQ_TPID = 0x88A8;
    private static final int HOP_BY_HOP = 0;
    private static final int DESTINATION_OPTIONS = 60;

    private FrameParser() {
    }

    /** Where the IP layer ended up: the upper-layer protocol and the extent of its bytes. */
    private record L3(IpVersion version, InetAddress source, InetAddress destination, int protocol,
                      int protocolFieldOffset, int l4Offset, int end) {
    }

    /**
     * @throws MalformedFrameException naming the field and offset where the frame is truncated,
     *                                 inconsistent or of a shape the harness does not parse
     */
    public static ParsedFrame parse(byte[] frame) {
        return parse(frame, 0, frame.length);
    }

    private static ParsedFrame parse(byte[] b, int start, int end) {
        need(b, start, FrameBuilder.ETHERNET_HEADER, end, "Ethernet header");
        MacAddress dst = MacAddress.read(b, start);
        MacAddress src = MacAddress.read(b, start + 6);
        int typeOffset = start + 12;
        int etherType = u16(b, typeOffset);
        Optional<Vlan> vlan = Optional.empty();
        if (etherType == Vlan.TPID) {
            need(b, typeOffset, 6, end, "802.1Q tag");
            vlan = Optional.of(Vlan.fromTci(u16(b, typeOffset + 2)));
            typeOffset += 4;
            etherType = u16(b, typeOffset);
        }
        if (etherType == Vlan.TPID || etherType == QINQ_TPID) {
            throw new MalformedFrameException(Kind.UNSUPPORTED, "EtherType", typeOffset,
                    String.format("0x%04x: stacked VLAN tags", etherType));
        }
        int l3 = typeOffset + 2;
        L3 ip;
        if (etherType == IpVersion.V4.etherType()) {
            ip = ipv4(b, l3, end);
        } else if (etherType == IpVersion.V6.etherType()) {
            ip = ipv6(b, l3, end);
        } else {
            throw new MalformedFrameException(Kind.UNSUPPORTED, "EtherType", typeOffset,
                    String.format("0x%04x is neither IPv4 nor IPv6", etherType));
        }
        L4Protocol protocol = L4Protocol.fromNumber(ip.protocol()).orElseThrow(() -> new MalformedFrameException(
                Kind.UNSUPPORTED, "IP protocol", ip.protocolFieldOffset(), ip.protocol() + " is neither TCP nor UDP"));
        int l4 = ip.l4Offset();
        int l4HeaderLength = switch (protocol) {
            case UDP -> udpHeader(b, l4, ip.end());
            case TCP -> tcpHeader(b, l4, ip.end());
        };
        int payloadOffset = l4 + l4HeaderLength;
        int srcPort = u16(b, l4);
        int dstPort = u16(b, l4 + 2);
        Optional<ParsedFrame.Vxlan> vxlan = Optional.empty();
        if (protocol == L4Protocol.UDP && dstPort == FrameBuilder.VXLAN_PORT) {
            vxlan = Optional.of(vxlan(b, payloadOffset, ip.end()));
        }
        return new ParsedFrame(b, start, dst, src, vlan, etherType, ip.version(), l3, ip.source(), ip.destination(),
                protocol, l4, srcPort, dstPort, u16(b, l4 + protocol.checksumOffset()), payloadOffset,
                ip.end() - payloadOffset, vxlan);
    }

    /** RFC 791 §3.1. */
    private static L3 ipv4(byte[] b, int off, int end) {
        need(b, off, FrameBuilder.IPV4_HEADER, end, "IPv4 header");
        int version = u8(b, off) >>> 4;
        if (version != 4) {
            throw new MalformedFrameException(Kind.INCONSISTENT, "IPv4 version", off,
                    "is " + version + " but the EtherType says IPv4");
        }
        int headerLength = (u8(b, off) & 0x0F) * 4;
        if (headerLength < FrameBuilder.IPV4_HEADER) {
            throw new MalformedFrameException(Kind.INCONSISTENT, "IPv4 IHL", off,
                    "is " + headerLength / 4 + ", the minimum is 5");
        }
        need(b, off, headerLength, end, "IPv4 header with options");
        int totalLength = u16(b, off + 2);
        if (totalLength < headerLength) {
            throw new MalformedFrameException(Kind.INCONSISTENT, "IPv4 total length", off + 2,
                    "is " + totalLength + ", less than the header length " + headerLength);
        }
        if (totalLength > end - off) {
            throw new MalformedFrameException(Kind.TRUNCATED, "IPv4 total length", off + 2,
                    "says " + totalLength + " bytes, " + (end - off) + " present");
        }
        if ((u16(b, off + 6) & 0x3FFF) != 0) {
            throw new MalformedFrameException(Kind.UNSUPPORTED, "IPv4 flags/fragment offset", off + 6,
                    "the packet is a fragment");
        }
        return new L3(IpVersion.V4, address(b, off + 12, 4), address(b, off + 16, 4), u8(b, off + 9), off + 9,
                off + headerLength, off + totalLength);
    }

    /** RFC 8200 §3, walking Hop-by-Hop and Destination Options headers (§4.3, §4.6). */
    private static L3 ipv6(byte[] b, int off, int end) {
        need(b, off, FrameBuilder.IPV6_HEADER, end, "IPv6 header");
        int version = u8(b, off) >>> 4;
        if (version != 6) {
            throw new MalformedFrameException(Kind.INCONSISTENT, "IPv6 version", off,
                    "is " + version + " but the EtherType says IPv6");
        }
        int payloadLength = u16(b, off + 4);
        int l3End = off + FrameBuilder.IPV6_HEADER + payloadLength;
        if (l3End > end) {
            throw new MalformedFrameException(Kind.TRUNCATED, "IPv6 payload length", off + 4,
                    "says " + payloadLength + " bytes, " + (end - off - FrameBuilder.IPV6_HEADER) + " present");
        }
        int nextField = off + 6;
        int p = off + FrameBuilder.IPV6_HEADER;
        while (u8(b, nextField) == HOP_BY_HOP || u8(b, nextField) == DESTINATION_OPTIONS) {
            need(b, p, 2, l3End, "IPv6 extension header");
            int length = (u8(b, p + 1) + 1) * 8;
            need(b, p, length, l3End, "IPv6 extension header");
            nextField = p;
            p += length;
        }
        return new L3(IpVersion.V6, address(b, off + 8, 16), address(b, off + 24, 16), u8(b, nextField), nextField,
                p, l3End);
    }

    /** RFC 768: the UDP length must account for exactly the bytes the IP layer gives it. */
    private static int udpHeader(byte[] b, int off, int l3End) {
        need(b, off, FrameBuilder.UDP_HEADER, l3End, "UDP header");
        int length = u16(b, off + 4);
        if (length != l3End - off) {
            throw new MalformedFrameException(Kind.INCONSISTENT, "UDP length", off + 4,
                    "is " + length + ", the IP header leaves " + (l3End - off));
        }
        return FrameBuilder.UDP_HEADER;
    }

    /** RFC 793 §3.1: data offset counts 32-bit words, at least 5. */
    private static int tcpHeader(byte[] b, int off, int l3End) {
        need(b, off, L4Protocol.TCP.minHeaderLength(), l3End, "TCP header");
        int headerLength = (u8(b, off + 12) >>> 4) * 4;
        if (headerLength < L4Protocol.TCP.minHeaderLength()) {
            throw new MalformedFrameException(Kind.INCONSISTENT, "TCP data offset", off + 12,
                    "is " + headerLength / 4 + ", the minimum is 5");
        }
        need(b, off, headerLength, l3End, "TCP header with options");
        return headerLength;
    }

    /** RFC 7348 §5: the I flag must be set for the VNI to be valid. */
    private static ParsedFrame.Vxlan vxlan(byte[] b, int off, int end) {
        need(b, off, FrameBuilder.VXLAN_HEADER, end, "VXLAN header");
        if ((u8(b, off) & 0x08) == 0) {
            throw new MalformedFrameException(Kind.INCONSISTENT, "VXLAN flags", off,
                    String.format("0x%02x lacks the I flag", u8(b, off)));
        }
        int vni = (int) (u32(b, off + 4) >>> 8);
        return new ParsedFrame.Vxlan(vni, parse(b, off + FrameBuilder.VXLAN_HEADER, end));
    }

    private static void need(byte[] b, int off, int length, int end, String field) {
        if (off + length > end) {
            throw new MalformedFrameException(Kind.TRUNCATED, field, off,
                    "needs " + length + " bytes, " + Math.max(0, end - off) + " present");
        }
    }

    private static InetAddress address(byte[] b, int off, int length) {
        try {
            return InetAddress.getByAddress(Arrays.copyOfRange(b, off, off + length));
        } catch (UnknownHostException e) {
            throw new AssertionError("4 or 16 bytes are always a valid address", e);
        }
    }
}
