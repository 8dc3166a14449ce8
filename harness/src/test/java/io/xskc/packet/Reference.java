package io.xskc.packet;

import java.io.ByteArrayOutputStream;

/**
 * A deliberately different checksum for cross-checking: the ones'-complement sum of 16-bit
 * words equals their plain sum modulo 0xFFFF (2^16 = 1 mod 0xFFFF is the end-around carry), with
 * a non-zero total that is a multiple of 0xFFFF written as 0xFFFF, never 0.
 */
final class Reference {
    private Reference() {
    }

    static int onesSum(byte[] data) {
        long total = 0;
        for (int i = 0; i < data.length; i += 2) {
            int hi = data[i] & 0xFF;
            int lo = i + 1 < data.length ? data[i + 1] & 0xFF : 0;
            total += hi * 256L + lo;
        }
        long r = total % 0xFFFF;
        return (int) (r == 0 && total != 0 ? 0xFFFF : r);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static byte[] slice(byte[] b, int from, int to) {
        return java.util.Arrays.copyOfRange(b, from, to);
    }

    /** RFC 768 pseudo-header laid out by hand from a frame's IPv4 header at {@code l3}. */
    static byte[] ipv4PseudoHeader(byte[] frame, int l3, int protocol, int l4Length) {
        return concat(slice(frame, l3 + 12, l3 + 20),
                new byte[] {0, (byte) protocol, (byte) (l4Length >> 8), (byte) l4Length});
    }

    /** RFC 8200 §8.1 pseudo-header laid out by hand from a frame's IPv6 header at {@code l3}. */
    static byte[] ipv6PseudoHeader(byte[] frame, int l3, int nextHeader, int l4Length) {
        return concat(slice(frame, l3 + 8, l3 + 40),
                new byte[] {(byte) (l4Length >>> 24), (byte) (l4Length >>> 16), (byte) (l4Length >>> 8),
                        (byte) l4Length, 0, 0, 0, (byte) nextHeader});
    }

    static int u16(byte[] b, int off) {
        return (b[off] & 0xFF) << 8 | (b[off + 1] & 0xFF);
    }

    /** The frame's L4 segment with the checksum field at {@code csumOffset} zeroed. */
    static byte[] zeroedSegment(byte[] frame, int l4, int csumOffset) {
        byte[] seg = slice(frame, l4, frame.length);
        seg[csumOffset] = 0;
        seg[csumOffset + 1] = 0;
        return seg;
    }
}
