package io.xskc.packet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xskc.packet.MalformedFrameException.Kind;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FrameParserTest {
    static Stream<FrameBuilder> shapes() {
        FrameBuilder b = FrameBuilder.create().withPayloadLength(17);
        return Stream.of(
                b,
                b.withTcp(),
                b.withVlan(100, 5),
                b.withIpv6(),
                b.withIpv6().withTcp(),
                b.withIpv6().withTcp().withVlan(4094, 7),
                b.withIpv4NopOptions(7),
                b.withIpv4NopOptions(7).withTcp(),
                b.withIpv6DestinationOptions(),
                b.withIpv6DestinationOptions().withTcp(),
                b.withPayloadLength(0),
                b.withPayloadLength(1).withTcp(),
                b.withVxlan(42),
                b.withVxlan(42).withIpv6().withTcp(),
                b.withVxlan(0xFFFFFF).withVlan(9, 1).withIpv6DestinationOptions());
    }

    private static InetAddress addr(String literal) {
        return InetAddress.ofLiteral(literal);
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void roundTrip(FrameBuilder spec) {
        Frame f = spec.build();
        ParsedFrame outer = FrameParser.parse(f.bytes());
        ParsedFrame p = outer.innermost();
        boolean v6 = spec.ipVersion() == IpVersion.V6;
        boolean vxlan = f.describe().contains("vxlan");

        assertEquals(f.l3Offset(), p.l3Offset());
        assertEquals(f.l4Offset(), p.l4Offset());
        assertEquals(f.checksumOffset(), p.checksumOffset());
        assertEquals(f.protocol(), p.protocol());
        assertEquals(spec.ipVersion(), p.ipVersion());
        assertEquals(v6 ? 0x86DD : 0x0800, p.etherType());
        assertEquals(addr(v6 ? "2001:db8::1" : "192.0.2.1"), p.sourceAddress());
        assertEquals(addr(v6 ? "2001:db8::2" : "198.51.100.1"), p.destinationAddress());
        assertEquals(40000, p.sourcePort());
        assertEquals(9, p.destinationPort());
        assertEquals(f.checksumField(), p.checksumField());
        assertEquals(f.bytes().length - p.payloadOffset(), p.payloadLength());
        assertEquals(0, outer.trailerLength());
        assertTrue(p.checksumValid(), f.describe());
        assertTrue(p.ipv4HeaderChecksumValid());
        assertEquals(f.expectedChecksum(), p.computedChecksum());
        assertArrayEquals(f.bytes(), outer.bytes());

        if (vxlan) {
            assertEquals(4789, outer.destinationPort());
            assertEquals(addr("192.0.2.100"), outer.sourceAddress());
            assertEquals(0, outer.checksumField());
            assertTrue(outer.checksumValid(), "outer UDP/IPv4 checksum 0 means none");
            assertTrue(outer.ipv4HeaderChecksumValid());
            assertEquals(FrameBuilder.INNER_DESTINATION_MAC, p.destinationMac());
            assertEquals(Optional.empty(), p.vlan());
            assertEquals(outer.l4Offset() + 16, p.l2Offset());
        } else {
            assertEquals(Optional.empty(), outer.vxlan());
            assertEquals(MacAddress.LOCAL_2, p.destinationMac());
            assertEquals(MacAddress.LOCAL_1, p.sourceMac());
        }
    }

    @Test
    void vlanAndVniAreReadBack() {
        ParsedFrame p = FrameParser.parse(FrameBuilder.create().withVxlan(0xABCDE).withVlan(100, 5).build().bytes());
        assertEquals(Optional.of(new Vlan(100, 5)), p.vlan());
        assertEquals(0xABCDE, p.vxlan().orElseThrow().vni());
        assertEquals(p.vxlan().orElseThrow().inner(), p.innermost());
    }

    @Test
    void payloadIsReadBack() {
        byte[] payload = {9, 8, 7, 6, 5};
        ParsedFrame p = FrameParser.parse(FrameBuilder.create().withIpv6DestinationOptions().withTcp()
                .withPayload(payload).build().bytes());
        assertArrayEquals(payload, p.payload());
        assertEquals(14 + 40 + 8 + 20, p.payloadOffset());
        assertEquals(25, p.l4Length());
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void checksumModesAreJudgedIndependently(FrameBuilder spec) {
        Frame partial = spec.withChecksumMode(ChecksumMode.PARTIAL).build();
        assertFalse(FrameParser.parse(partial.bytes()).innermost().checksumValid(), partial.describe());
        Frame off = spec.withChecksumValue(spec.build().expectedChecksum() ^ 0x0100).build();
        assertFalse(FrameParser.parse(off.bytes()).innermost().checksumValid());

        ParsedFrame zero = FrameParser.parse(spec.withChecksumMode(ChecksumMode.ZERO).build().bytes()).innermost();
        boolean udpOverIpv4 = zero.protocol() == L4Protocol.UDP && zero.ipVersion() == IpVersion.V4;
        assertEquals(udpOverIpv4, zero.checksumValid(), "0 is 'no checksum' only for UDP over IPv4");
    }

    @Test
    void corruptPayloadFailsVerification() {
        byte[] b = FrameBuilder.create().withIpv6().build().bytes();
        b[b.length - 1] ^= 0x40;
        assertFalse(FrameParser.parse(b).checksumValid());
    }

    @Test
    void corruptIpv4HeaderIsReported() {
        byte[] b = FrameBuilder.create().build().bytes();
        b[22] = 63;   // TTL, without fixing the header checksum
        assertFalse(FrameParser.parse(b).ipv4HeaderChecksumValid());
    }

    @Test
    void ethernetPaddingIsATrailer() {
        byte[] b = Arrays.copyOf(FrameBuilder.create().withPayloadLength(2).build().bytes(), 60);
        ParsedFrame p = FrameParser.parse(b);
        assertEquals(2, p.payloadLength());
        assertEquals(60 - 44, p.trailerLength());
        assertTrue(p.checksumValid());
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void everyTruncationIsRejected(FrameBuilder spec) {
        byte[] b = spec.build().bytes();
        for (int n = 0; n < b.length; n++) {
            byte[] cut = Arrays.copyOf(b, n);
            var e = assertThrows(MalformedFrameException.class, () -> FrameParser.parse(cut), "length " + n);
            assertEquals(Kind.TRUNCATED, e.kind(), e.getMessage());
        }
    }

    private static MalformedFrameException rejects(byte[] b) {
        return assertThrows(MalformedFrameException.class, () -> FrameParser.parse(b));
    }

    private static void put16(byte[] b, int off, int v) {
        b[off] = (byte) (v >>> 8);
        b[off + 1] = (byte) v;
    }

    @Test
    void truncationNamesTheHeaderAndOffset() {
        byte[] v4 = FrameBuilder.create().build().bytes();
        assertEquals("truncated: Ethernet header at offset 0: needs 14 bytes, 10 present",
                rejects(Arrays.copyOf(v4, 10)).getMessage());
        assertEquals("truncated: IPv4 header at offset 14: needs 20 bytes, 6 present",
                rejects(Arrays.copyOf(v4, 20)).getMessage());
        assertEquals("truncated: IPv4 total length at offset 16: says 60 bytes, 24 present",
                rejects(Arrays.copyOf(v4, 38)).getMessage());

        byte[] tagged = FrameBuilder.create().withVlan(1, 0).build().bytes();
        assertEquals("truncated: 802.1Q tag at offset 12: needs 6 bytes, 3 present",
                rejects(Arrays.copyOf(tagged, 15)).getMessage());

        byte[] opts = FrameBuilder.create().withIpv4NopOptions(7).build().bytes();
        assertEquals("truncated: IPv4 header with options at offset 14: needs 28 bytes, 22 present",
                rejects(Arrays.copyOf(opts, 36)).getMessage());

        byte[] v6 = FrameBuilder.create().withIpv6().withTcp().build().bytes();
        assertEquals("truncated: IPv6 header at offset 14: needs 40 bytes, 26 present",
                rejects(Arrays.copyOf(v6, 40)).getMessage());
        assertEquals("truncated: IPv6 payload length at offset 18: says 52 bytes, 6 present",
                rejects(Arrays.copyOf(v6, 60)).getMessage());

        // Lengths that agree with each other but stop inside the L4 header.
        byte[] udp = Arrays.copyOf(v4, 38);
        put16(udp, 16, 24);
        assertEquals("truncated: UDP header at offset 34: needs 8 bytes, 4 present", rejects(udp).getMessage());
        byte[] tcp = Arrays.copyOf(v6, 64);
        put16(tcp, 18, 10);
        assertEquals("truncated: TCP header at offset 54: needs 20 bytes, 10 present", rejects(tcp).getMessage());

        byte[] ext = Arrays.copyOf(FrameBuilder.create().withIpv6DestinationOptions().build().bytes(), 58);
        put16(ext, 18, 4);
        assertEquals("truncated: IPv6 extension header at offset 54: needs 8 bytes, 4 present",
                rejects(ext).getMessage());

        byte[] vx = Arrays.copyOf(FrameBuilder.create().withVxlan(1).build().bytes(), 46);
        put16(vx, 16, 32);
        put16(vx, 38, 12);
        assertEquals("truncated: VXLAN header at offset 42: needs 8 bytes, 4 present", rejects(vx).getMessage());
    }

    @Test
    void inconsistentFieldsAreNamed() {
        byte[] v4 = FrameBuilder.create().build().bytes();

        byte[] udpLength = v4.clone();
        put16(udpLength, 38, 39);
        var e = rejects(udpLength);
        assertEquals(Kind.INCONSISTENT, e.kind());
        assertEquals("inconsistent: UDP length at offset 38: is 39, the IP header leaves 40", e.getMessage());

        byte[] ihl = v4.clone();
        ihl[14] = 0x44;
        assertEquals("inconsistent: IPv4 IHL at offset 14: is 4, the minimum is 5", rejects(ihl).getMessage());

        byte[] version = v4.clone();
        version[14] = 0x65;
        assertEquals("IPv4 version", rejects(version).field());

        byte[] total = v4.clone();
        put16(total, 16, 19);
        assertEquals("IPv4 total length", rejects(total).field());
        assertEquals(16, rejects(total).offset());

        byte[] tcp = FrameBuilder.create().withTcp().build().bytes();
        tcp[34 + 12] = 0x40;
        assertEquals("inconsistent: TCP data offset at offset 46: is 4, the minimum is 5", rejects(tcp).getMessage());

        byte[] v6 = FrameBuilder.create().withIpv6().build().bytes();
        v6[14] = 0x40;
        assertEquals(Kind.INCONSISTENT, rejects(v6).kind());

        byte[] vx = FrameBuilder.create().withVxlan(3).build().bytes();
        vx[42] = 0;
        assertEquals("inconsistent: VXLAN flags at offset 42: 0x00 lacks the I flag", rejects(vx).getMessage());

        byte[] inner = FrameBuilder.create().withVxlan(3).build().bytes();
        put16(inner, 84 + 4, 7);
        assertEquals("UDP length", rejects(inner).field());
        assertEquals(88, rejects(inner).offset(), "offsets are absolute, also inside VXLAN");
    }

    @Test
    void foreignShapesAreUnsupported() {
        byte[] arp = FrameBuilder.create().build().bytes();
        put16(arp, 12, 0x0806);
        assertEquals("unsupported: EtherType at offset 12: 0x0806 is neither IPv4 nor IPv6", rejects(arp).getMessage());

        byte[] qinq = FrameBuilder.create().withVlan(1, 0).build().bytes();
        put16(qinq, 16, 0x8100);
        assertEquals(Kind.UNSUPPORTED, rejects(qinq).kind());

        byte[] fragment = FrameBuilder.create().build().bytes();
        put16(fragment, 20, 0x2000);
        assertEquals("IPv4 flags/fragment offset", rejects(fragment).field());

        byte[] icmp = FrameBuilder.create().build().bytes();
        icmp[23] = 1;
        assertEquals("unsupported: IP protocol at offset 23: 1 is neither TCP nor UDP", rejects(icmp).getMessage());

        byte[] icmp6 = FrameBuilder.create().withIpv6DestinationOptions().build().bytes();
        icmp6[54] = 58;
        var e = rejects(icmp6);
        assertEquals(Kind.UNSUPPORTED, e.kind());
        assertEquals(54, e.offset(), "the Next Header field of the extension header");
    }

    @Test
    void parsedFramesAreValues() {
        List<byte[]> same = List.of(FrameBuilder.create().build().bytes(), FrameBuilder.create().build().bytes());
        assertEquals(FrameParser.parse(same.get(0)), FrameParser.parse(same.get(1)));
        byte[] b = same.get(0);
        ParsedFrame p = FrameParser.parse(b);
        b[40] ^= 1;
        assertTrue(p.checksumValid(), "the parse kept its own copy");
        assertTrue(p.toString().contains("192.0.2.1:40000 > 198.51.100.1:9 udp"), p.toString());
    }
}
