package io.xskc.packet;

import static io.xskc.packet.Reference.u16;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Offsets follow from the header sizes: Ethernet 14, 802.1Q 4, IPv4 20 (+ options), IPv6 40,
 * Destination Options 8, UDP 8, TCP 20, VXLAN 8. Checksums are recomputed with {@link Reference}.
 */
class FrameBuilderTest {
    private static String hex(byte[] b, int from, int to) {
        return HexFormat.of().formatHex(b, from, to);
    }

    /** The checksum a correct frame must carry, from hand-laid pseudo-header and segment. */
    private static int referenceChecksum(Frame f, byte[] pseudoHeader) {
        byte[] b = f.bytes();
        int sum = Reference.onesSum(Reference.concat(pseudoHeader,
                Reference.zeroedSegment(b, f.l4Offset(), f.csumOffset())));
        int c = ~sum & 0xFFFF;
        return c == 0 && f.protocol() == L4Protocol.UDP ? 0xFFFF : c;
    }

    @Test
    void ipv4UdpUntagged() {
        Frame f = FrameBuilder.create().build();
        byte[] b = f.bytes();
        assertEquals(14 + 20 + 8 + 32, b.length);
        assertEquals(14, f.l3Offset());
        assertEquals(34, f.l4Offset());
        assertEquals(40, f.checksumOffset());
        assertEquals(34, f.csumStart());
        assertEquals(6, f.csumOffset());
        assertEquals("020000000002" + "020000000001" + "0800", hex(b, 0, 14));
        assertEquals(0x45, b[14] & 0xFF);
        assertEquals(20 + 8 + 32, u16(b, 16), "IPv4 total length");
        assertEquals(0x4000, u16(b, 20), "DF, not a fragment");
        assertEquals(64, b[22] & 0xFF, "TTL");
        assertEquals(17, b[23] & 0xFF, "protocol");
        assertEquals("c0000201" + "c6336401", hex(b, 26, 34));
        assertEquals(0xFFFF, Reference.onesSum(Reference.slice(b, 14, 34)), "IPv4 header checksum verifies");
        assertEquals(40000, u16(b, 34));
        assertEquals(9, u16(b, 36));
        assertEquals(8 + 32, u16(b, 38), "UDP length");
        int expected = referenceChecksum(f, Reference.ipv4PseudoHeader(b, 14, 17, 40));
        assertEquals(expected, f.expectedChecksum());
        assertEquals(expected, u16(b, 40), "FULL is the default");
        assertEquals(expected, f.checksumField());
        assertEquals("ipv4/udp payload=32", f.describe());
    }

    @Test
    void ipv4UdpWithVlan() {
        Frame f = FrameBuilder.create().withVlan(100, 3).build();
        byte[] b = f.bytes();
        assertEquals(18, f.l3Offset());
        assertEquals(38, f.l4Offset());
        assertEquals(44, f.checksumOffset());
        // TPID 8100, TCI = PCP 3 << 13 | VID 100 = 0x6000 | 0x0064.
        assertEquals("8100" + "6064" + "0800", hex(b, 12, 18));
        assertEquals(0xFFFF, Reference.onesSum(Reference.slice(b, 18, 38)));
        assertEquals(referenceChecksum(f, Reference.ipv4PseudoHeader(b, 18, 17, 40)), f.checksumField());
        assertEquals("ipv4/udp vlan=100 pcp=3 payload=32", f.describe());
    }

    @Test
    void ipv6Tcp() {
        Frame f = FrameBuilder.create().withIpv6().withTcp().withPayloadLength(17).build();
        byte[] b = f.bytes();
        assertEquals(14 + 40 + 20 + 17, b.length);
        assertEquals(54, f.l4Offset());
        assertEquals(70, f.checksumOffset());
        assertEquals(16, f.csumOffset());
        assertEquals("86dd", hex(b, 12, 14));
        assertEquals("60000000", hex(b, 14, 18), "version 6, traffic class and flow label 0");
        assertEquals(20 + 17, u16(b, 18), "payload length");
        assertEquals(6, b[20] & 0xFF, "next header");
        assertEquals(64, b[21] & 0xFF, "hop limit");
        assertEquals("20010db8000000000000000000000001", hex(b, 22, 38));
        assertEquals("20010db8000000000000000000000002", hex(b, 38, 54));
        assertEquals(0x50, b[54 + 12] & 0xFF, "data offset 5");
        assertEquals(0x18, b[54 + 13] & 0xFF, "ACK|PSH");
        assertEquals(referenceChecksum(f, Reference.ipv6PseudoHeader(b, 14, 6, 37)), f.checksumField());
        assertEquals("ipv6/tcp payload=17", f.describe());
    }

    @Test
    void ipv6TcpWithVlan() {
        Frame f = FrameBuilder.create().withIpv6().withTcp().withVlan(Vlan.of(100)).withPayloadLength(17).build();
        assertEquals(58, f.l4Offset());
        assertEquals(74, f.checksumOffset());
        assertEquals("ipv6/tcp vlan=100 payload=17", f.describe());
    }

    @Test
    void ipv4TcpUntagged() {
        Frame f = FrameBuilder.create().withTcp().build();
        assertEquals(34, f.l4Offset());
        assertEquals(50, f.checksumOffset());
        byte[] b = f.bytes();
        assertEquals(6, b[23] & 0xFF);
        assertEquals(referenceChecksum(f, Reference.ipv4PseudoHeader(b, 14, 6, 52)), f.checksumField());
    }

    @Test
    void ipv4OptionsGrowTheHeader() {
        Frame f = FrameBuilder.create().withIpv4NopOptions(3).build();
        byte[] b = f.bytes();
        assertEquals(0x46, b[14] & 0xFF, "IHL 6");
        assertEquals("01010100", hex(b, 34, 38), "NOP NOP NOP EOL");
        assertEquals(38, f.l4Offset());
        assertEquals(44, f.checksumOffset());
        assertEquals(24 + 8 + 32, u16(b, 16));
        assertEquals(0xFFFF, Reference.onesSum(Reference.slice(b, 14, 38)), "checksum covers the options");
        assertEquals(referenceChecksum(f, Reference.ipv4PseudoHeader(b, 14, 17, 40)), f.checksumField());
        assertEquals("ipv4+opts4/udp payload=32", f.describe());
    }

    @Test
    void rawIpv4OptionsArePaddedToFourBytes() {
        Frame f = FrameBuilder.create().withIpv4Options(new byte[] {1, 1, 1, 1, 0}).build();
        byte[] b = f.bytes();
        assertEquals(0x47, b[14] & 0xFF, "5 option bytes round up to 8: IHL 7");
        assertEquals("0101010100000000", hex(b, 34, 42));
        assertEquals(42, f.l4Offset());
        assertThrows(IllegalArgumentException.class, () -> FrameBuilder.create().withIpv4Options(new byte[41]));
    }

    @Test
    void ipv6DestinationOptionsSitBeforeTheL4Header() {
        Frame f = FrameBuilder.create().withIpv6DestinationOptions().build();
        byte[] b = f.bytes();
        assertEquals(60, b[20] & 0xFF, "next header: Destination Options");
        // next header UDP, Hdr Ext Len 0, PadN with 4 bytes of zeros.
        assertEquals("11" + "00" + "01" + "04" + "00000000", hex(b, 54, 62));
        assertEquals(8 + 8 + 32, u16(b, 18), "payload length includes the extension header");
        assertEquals(62, f.l4Offset());
        assertEquals(68, f.checksumOffset());
        // The pseudo-header has the upper-layer length and protocol, not the extension header's.
        assertEquals(referenceChecksum(f, Reference.ipv6PseudoHeader(b, 14, 17, 40)), f.checksumField());
        assertEquals("ipv6+dstopts/udp payload=32", f.describe());
    }

    @Test
    void vxlanWithInnerIpv4Udp() {
        Frame f = FrameBuilder.create().withVxlan(0x123456).build();
        byte[] b = f.bytes();
        // outer eth 0..14, outer IPv4 14..34, outer UDP 34..42, VXLAN 42..50, inner eth 50..64,
        // inner IPv4 64..84, inner UDP 84..92.
        assertEquals(14 + 20 + 8 + 8 + 14 + 20 + 8 + 32, b.length);
        assertEquals("0800", hex(b, 12, 14));
        assertEquals(b.length - 14, u16(b, 16), "outer total length");
        assertEquals("c0000264" + "c6336464", hex(b, 26, 34), "outer 192.0.2.100 -> 198.51.100.100");
        assertEquals(0xFFFF, Reference.onesSum(Reference.slice(b, 14, 34)));
        assertEquals(4789, u16(b, 36));
        assertEquals(b.length - 34, u16(b, 38), "outer UDP length");
        assertEquals(0, u16(b, 40), "outer UDP checksum 0 over IPv4");
        assertEquals("08000000" + "12345600", hex(b, 42, 50), "I flag, VNI");
        assertEquals("0800", hex(b, 62, 64), "inner EtherType");
        assertEquals(64, f.l3Offset());
        assertEquals(84, f.l4Offset());
        assertEquals(84, f.csumStart());
        assertEquals(90, f.checksumOffset());
        assertEquals(0xFFFF, Reference.onesSum(Reference.slice(b, 64, 84)));
        assertEquals(referenceChecksum(f, Reference.ipv4PseudoHeader(b, 64, 17, 40)), f.checksumField());
        assertEquals("ipv4/udp/vxlan(vni=1193046)/ipv4/udp payload=32", f.describe());
    }

    @Test
    void vxlanWithInnerIpv6TcpAndOuterVlan() {
        Frame f = FrameBuilder.create().withVxlan(42).withIpv6().withTcp().build();
        assertEquals(104, f.l4Offset());
        assertEquals(120, f.checksumOffset());
        byte[] b = f.bytes();
        assertEquals("86dd", hex(b, 62, 64));
        assertEquals(referenceChecksum(f, Reference.ipv6PseudoHeader(b, 64, 6, 52)), f.checksumField());

        Frame tagged = FrameBuilder.create().withVxlan(42).withIpv6().withTcp().withVlan(7, 0).build();
        assertEquals(108, tagged.l4Offset());
        assertEquals(124, tagged.checksumOffset());
        assertEquals("8100" + "0007" + "0800", hex(tagged.bytes(), 12, 18), "the tag is on the outer frame");
    }

    @Test
    void partialModeWritesTheNonComplementedPseudoHeaderSum() {
        FrameBuilder spec = FrameBuilder.create().withIpv6().withTcp();
        Frame partial = spec.withChecksumMode(ChecksumMode.PARTIAL).build();
        byte[] b = partial.bytes();
        int seed = Reference.onesSum(Reference.ipv6PseudoHeader(b, 14, 6, 52));
        assertEquals(seed, partial.checksumField());
        assertEquals(seed, partial.partialChecksum());
        // What the device does: sum from csum_start over the seeded field, complement, store.
        int completed = ~Reference.onesSum(Reference.slice(b, partial.csumStart(), b.length)) & 0xFFFF;
        assertEquals(partial.expectedChecksum(), completed);
        assertEquals(spec.build().checksumField(), partial.expectedChecksum());
        assertEquals("ipv6/tcp payload=32", partial.describe());
    }

    @Test
    void zeroAndExplicitModes() {
        Frame full = FrameBuilder.create().build();
        Frame zero = FrameBuilder.create().withChecksumMode(ChecksumMode.ZERO).build();
        Frame explicit = FrameBuilder.create().withChecksumValue(0xBEEF).build();
        assertEquals(0, zero.checksumField());
        assertEquals(0xBEEF, explicit.checksumField());
        assertEquals(full.expectedChecksum(), zero.expectedChecksum());
        assertEquals(full.expectedChecksum(), explicit.expectedChecksum());
        assertEquals(full.withChecksumField(0), zero);
        assertEquals("ipv4/udp payload=32", explicit.describe());
        assertEquals("FrameBuilder[ipv4/udp payload=32 csum=0xbeef]",
                FrameBuilder.create().withChecksumValue(0xBEEF).toString());
        // A later mode replaces an explicit value.
        assertEquals(full, FrameBuilder.create().withChecksumValue(1).withChecksumMode(ChecksumMode.FULL).build());
    }

    @Test
    void udpSummingToZeroIsSentAsAllOnes() {
        // Find the sum with a zero payload word, then choose the word that brings it to ffff.
        FrameBuilder base = FrameBuilder.create().withPayload(new byte[2]);
        byte[] b = base.build().bytes();
        int sum = Reference.onesSum(Reference.concat(Reference.ipv4PseudoHeader(b, 14, 17, 10),
                Reference.zeroedSegment(b, 34, 6)));
        int word = 0xFFFF - sum;
        Frame f = base.withPayload(new byte[] {(byte) (word >>> 8), (byte) word}).build();
        assertEquals(0xFFFF, f.expectedChecksum());
        assertEquals(0xFFFF, f.checksumField());
    }

    @Test
    void payloadIsDeterministicPerSeed() {
        byte[] a = FrameBuilder.create().withPayload(64, 7).build().bytes();
        byte[] again = FrameBuilder.create().withPayload(64, 7).build().bytes();
        byte[] other = FrameBuilder.create().withPayload(64, 8).build().bytes();
        assertArrayEquals(a, again);
        assertFalse(java.util.Arrays.equals(a, other));
        byte[] expectedPayload = new byte[64];
        new java.util.Random(7).nextBytes(expectedPayload);
        assertArrayEquals(expectedPayload, Reference.slice(a, 42, 106));
    }

    @Test
    void explicitPayloadIsCopied() {
        byte[] payload = {1, 2, 3};
        FrameBuilder spec = FrameBuilder.create().withPayload(payload);
        payload[0] = 9;
        byte[] b = spec.build().bytes();
        assertEquals("010203", hex(b, 42, 45));
        assertEquals(45, b.length, "no padding to the Ethernet minimum");
    }

    @Test
    void framesAreImmutable() {
        Frame f = FrameBuilder.create().build();
        f.bytes()[40] ^= 1;
        assertEquals(f.expectedChecksum(), f.checksumField());
        FrameBuilder base = FrameBuilder.create();
        base.withTcp().withIpv6().withVlan(5, 0);
        assertEquals(FrameBuilder.create().build(), base.build());
    }

    @Test
    void portsAndMacsAreConfigurable() {
        MacAddress src = MacAddress.parse("02:00:00:00:00:0a");
        MacAddress dst = MacAddress.parse("02:00:00:00:00:0b");
        Frame f = FrameBuilder.create().withMacs(src, dst).withPorts(1234, 5678).build();
        byte[] b = f.bytes();
        assertEquals("02000000000b" + "02000000000a", hex(b, 0, 12));
        assertEquals(1234, u16(b, 34));
        assertEquals(5678, u16(b, 36));
        assertThrows(IllegalArgumentException.class, () -> FrameBuilder.create().withPorts(65536, 1));
    }

    @Test
    void onlyDocumentationAddresses() throws Exception {
        InetAddress real = InetAddress.getByAddress(new byte[] {10, 0, 0, 1});
        InetAddress doc4 = InetAddress.getByAddress(new byte[] {(byte) 198, 51, 100, 7});
        InetAddress doc6 = InetAddress.ofLiteral("2001:db8:1::7");
        InetAddress real6 = InetAddress.ofLiteral("2001:db9::1");
        assertThrows(IllegalArgumentException.class, () -> FrameBuilder.create().withAddresses(real, doc4));
        assertThrows(IllegalArgumentException.class, () -> FrameBuilder.create().withAddresses(doc6, real6));
        assertThrows(IllegalArgumentException.class, () -> FrameBuilder.create().withAddresses(doc4, doc6));
        assertThrows(IllegalArgumentException.class, () -> FrameBuilder.create().withVxlan(1,
                java.net.Inet4Address.ofLiteral("203.0.114.1"), java.net.Inet4Address.ofLiteral("192.0.2.9")));
        Frame f = FrameBuilder.create().withAddresses(doc4, doc4).build();
        assertEquals("c6336407c6336407", hex(f.bytes(), 26, 34));
    }

    @Test
    void switchingFamilyDropsTheOtherFamilysOptions() {
        FrameBuilder v4opts = FrameBuilder.create().withIpv4NopOptions(3);
        assertEquals(54, v4opts.withIpv6().build().l4Offset());
        assertEquals(34, FrameBuilder.create().withIpv6DestinationOptions().withIpv4().build().l4Offset());
        assertEquals(IpVersion.V6, v4opts.withIpv6DestinationOptions().ipVersion());
    }

    @Test
    void rejectsOutOfRangeValues() {
        assertThrows(IllegalArgumentException.class, () -> new Vlan(4095, 0));
        assertThrows(IllegalArgumentException.class, () -> new Vlan(1, 8));
        assertThrows(IllegalArgumentException.class, () -> FrameBuilder.create().withVxlan(1 << 24));
        assertThrows(IllegalArgumentException.class, () -> FrameBuilder.create().withPayloadLength(-1));
        assertThrows(IllegalArgumentException.class, () -> FrameBuilder.create().withChecksumValue(0x10000));
        assertThrows(IllegalArgumentException.class, () -> FrameBuilder.create().withPayloadLength(70000).build());
    }

    @Test
    void macAddressText() {
        assertEquals("02:00:00:00:00:01", MacAddress.LOCAL_1.toString());
        assertEquals(MacAddress.LOCAL_2, MacAddress.parse("02:00:00:00:00:02"));
        assertThrows(IllegalArgumentException.class, () -> MacAddress.parse("02:00:00:00:00"));
        assertTrue((MacAddress.LOCAL_1.value() >>> 40 & 0x02) != 0, "locally administered");
    }
}
