package io.xskc.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Vectors from RFC 1071 and hand-computed sums; the arithmetic is spelled out in comments. */
class ChecksumTest {
    private static final Inet4Address SRC4 = Inet4Address.ofLiteral("192.0.2.1");
    private static final Inet4Address DST4 = Inet4Address.ofLiteral("198.51.100.1");
    private static final Inet6Address SRC6 = (Inet6Address) Inet6Address.ofLiteral("2001:db8::1");
    private static final Inet6Address DST6 = (Inet6Address) Inet6Address.ofLiteral("2001:db8::2");

    static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    @Test
    void rfc1071Section3Example() {
        // RFC 1071 §3: 0001 + f203 + f4f5 + f6f7 = 2ddf0, folded ddf2, complemented 220d.
        byte[] data = hex("00 01 f2 03 f4 f5 f6 f7");
        assertEquals(0xddf2, Checksum.sum(data, 0, data.length));
        assertEquals(0x220d, Checksum.of(data, 0, data.length));
    }

    @Test
    void sumHonoursOffsetAndLength() {
        byte[] data = hex("ff ff 00 01 f2 03 f4 f5 f6 f7 ff");
        assertEquals(0xddf2, Checksum.sum(data, 2, 8));
    }

    @Test
    void oddLengthPadsAZeroByteOnTheRight() {
        // 0102 + 0300 = 0402; complement fbfd.
        byte[] data = hex("01 02 03");
        assertEquals(0x0402, Checksum.sum(data, 0, 3));
        assertEquals(0xfbfd, Checksum.of(data, 0, 3));
        // A single byte: ab00.
        assertEquals(0xab00, Checksum.sum(hex("ab"), 0, 1));
    }

    @Test
    void foldsCarriesRepeatedly() {
        // ffff + ffff + 0001 = 1ffff -> ffff + 1 = 10000 -> 0000 + 1 = 0001.
        byte[] data = hex("ff ff ff ff 00 01");
        assertEquals(0x0001, Checksum.sum(data, 0, 6));
        assertEquals(0xfffe, Checksum.of(data, 0, 6));
        assertEquals(0x0001, Checksum.fold(0x1ffffL));
        // ffff + 0002 = 10001 -> 0002.
        assertEquals(0x0002, Checksum.add(0xffff, 0x0002));
    }

    @Test
    void emptyRangeSumsToZero() {
        assertEquals(0, Checksum.sum(new byte[4], 2, 0));
        assertEquals(0xffff, Checksum.of(new byte[0], 0, 0));
    }

    @Test
    void rangeOutsideArrayIsRejected() {
        assertThrows(IndexOutOfBoundsException.class, () -> Checksum.sum(new byte[4], 2, 3));
    }

    @Test
    void ipv4HeaderWidelyPublishedExample() {
        // 4500 0073 0000 4000 4011 [b861] c0a8 0001 c0a8 00c7: checksum b861.
        byte[] withChecksum = hex("4500 0073 0000 4000 4011 b861 c0a8 0001 c0a8 00c7");
        byte[] zeroed = hex("4500 0073 0000 4000 4011 0000 c0a8 0001 c0a8 00c7");
        assertEquals(0xb861, Checksum.ipv4Header(zeroed, 0, 20));
        // The field is ignored, whatever it holds.
        assertEquals(0xb861, Checksum.ipv4Header(withChecksum, 0, 20));
        // Verification property of RFC 1071 §1: summing with the checksum in place gives ffff.
        assertEquals(0xffff, Checksum.sum(withChecksum, 0, 20));
        assertEquals(0x0000, Checksum.of(withChecksum, 0, 20));
    }

    @Test
    void ipv4PseudoHeaderSum() {
        // c000 + 0201 + c633 + 6401 + 0011 + 001c = 1ec62 -> ec63.
        var ph = new PseudoHeader.V4(SRC4, DST4, 17, 28);
        assertEquals(0xec63, ph.sum());
        assertEquals(0xec63, Checksum.pseudoHeaderPartial(ph));
        // src, dst, zero, protocol, length: RFC 768.
        assertEquals("c0000201" + "c6336401" + "00" + "11" + "001c", HexFormat.of().formatHex(ph.bytes()));
    }

    @Test
    void ipv6PseudoHeaderSum() {
        // 2001 + 0db8 + 0001 + 2001 + 0db8 + 0002 + (0000 001c) + (0000 0006) = 5b97.
        var ph = new PseudoHeader.V6(SRC6, DST6, 6, 28);
        assertEquals(0x5b97, ph.sum());
        byte[] b = ph.bytes();
        assertEquals(40, b.length);
        assertEquals("0000001c00000006", HexFormat.of().formatHex(b, 32, 40));
    }

    @Test
    void ipv6PseudoHeaderCarriesA32BitLength() {
        // 2001+0db8+0001+2001+0db8+0002+0011 = 5b86; the length 0x00010002 adds words 0001 and
        // 0002: 5b89.
        var ph = new PseudoHeader.V6(SRC6, DST6, 17, 0x0001_0002L);
        assertEquals(0x5b89, ph.sum());
        assertThrows(IllegalArgumentException.class, () -> new PseudoHeader.V4(SRC4, DST4, 17, 0x10000));
    }

    /** UDP 40000 -> 9, length 10, checksum 0000, payload 775a. */
    private static byte[] udpSummingToAllOnes() {
        // Pseudo: c000+0201+c633+6401+0011+000a, UDP: 9c40+0009+000a = 188a5 -> 88a5,
        // so payload ffff-88a5 = 775a makes the sum ffff and the computed checksum 0.
        return hex("9c40 0009 000a 0000 775a");
    }

    @Test
    void udpComputedZeroIsTransmittedAsAllOnes() {
        var ph = new PseudoHeader.V4(SRC4, DST4, 17, 10);
        byte[] udp = udpSummingToAllOnes();
        assertEquals(0xffff, Checksum.l4(ph, udp, 0));
        // And 0xffff in place still verifies: ffff + ffff = 1fffe -> ffff.
        udp[7] = (byte) 0xff;
        udp[6] = (byte) 0xff;
        assertTrue(Checksum.verifyL4(ph, udp, 0));
    }

    @Test
    void tcpComputedZeroStaysZero() {
        // Pseudo: c000+0201+c633+6401+0006+0016, TCP: 9c40+0009+5018 = d8b4 folded,
        // so payload ffff-d8b4 = 274b; the checksum field at +16 is zero.
        var ph = new PseudoHeader.V4(SRC4, DST4, 6, 22);
        byte[] tcp = hex("9c40 0009 0000 0000 0000 0000 5018 0000 0000 0000 274b");
        assertEquals(0x0000, Checksum.l4(ph, tcp, 0));
        assertTrue(Checksum.verifyL4(ph, tcp, 0));
    }

    @Test
    void l4IgnoresTheChecksumFieldAndHonoursTheOffset() {
        var ph = new PseudoHeader.V4(SRC4, DST4, 17, 10);
        byte[] framed = new byte[14];
        byte[] udp = udpSummingToAllOnes();
        System.arraycopy(udp, 0, framed, 3, udp.length);
        framed[3 + 6] = 0x12;
        framed[3 + 7] = 0x34;
        framed[0] = 0x55;       // outside the segment
        framed[13] = 0x66;      // outside the segment
        assertEquals(0xffff, Checksum.l4(ph, framed, 3));
    }

    @Test
    void udpChecksumByHand() {
        // Pseudo ec63 (see above, length 28). UDP 9c40 0009 001c [0000] + 20 bytes 0102..1314:
        // 9c40+0009+001c = 9c65; payload 0102+0304+0506+0708+090a+0b0c+0d0e+0f10+1112+1314 = 646e.
        // ec63 + 9c65 + 646e = 1ed36 -> ed37; checksum ~ed37 = 12c8.
        byte[] udp = new byte[28];
        udp[0] = (byte) 0x9c;
        udp[1] = 0x40;
        udp[3] = 0x09;
        udp[5] = 0x1c;
        for (int i = 0; i < 20; i++) {
            udp[8 + i] = (byte) (i + 1);
        }
        var ph = new PseudoHeader.V4(SRC4, DST4, 17, 28);
        assertEquals(0x12c8, Checksum.l4(ph, udp, 0));
        udp[6] = 0x12;
        udp[7] = (byte) 0xc8;
        assertTrue(Checksum.verifyL4(ph, udp, 0));
        udp[27] ^= 1;
        assertFalse(Checksum.verifyL4(ph, udp, 0));
    }

    @Test
    void partialSeedCompletedBySummingFromCsumStartGivesTheFinalChecksum() {
        // What a device does with CHECKSUM_PARTIAL: sum from csum_start over the seeded field,
        // complement, store. Starting from the pseudo-header sum it must equal the full checksum.
        byte[] udp = new byte[28];
        udp[0] = (byte) 0x9c;
        udp[1] = 0x40;
        udp[3] = 0x09;
        udp[5] = 0x1c;
        for (int i = 0; i < 20; i++) {
            udp[8 + i] = (byte) (i + 1);
        }
        var ph = new PseudoHeader.V4(SRC4, DST4, 17, 28);
        int seed = Checksum.pseudoHeaderPartial(ph);
        udp[6] = (byte) (seed >>> 8);
        udp[7] = (byte) seed;
        assertEquals(0x12c8, Checksum.of(udp, 0, udp.length));
    }

    @Test
    void l4RejectsUnknownProtocolsAndShortSegments() {
        var icmp = new PseudoHeader.V4(SRC4, DST4, 1, 8);
        assertThrows(IllegalArgumentException.class, () -> Checksum.l4(icmp, new byte[8], 0));
        var shortUdp = new PseudoHeader.V4(SRC4, DST4, 17, 6);
        assertThrows(IllegalArgumentException.class, () -> Checksum.l4(shortUdp, new byte[8], 0));
        var longUdp = new PseudoHeader.V4(SRC4, DST4, 17, 10);
        assertThrows(IndexOutOfBoundsException.class, () -> Checksum.l4(longUdp, new byte[8], 0));
    }
}
