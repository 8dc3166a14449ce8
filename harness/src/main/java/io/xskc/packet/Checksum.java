package io.xskc.packet;

import java.util.Objects;

/**
 * The Internet checksum of RFC 1071: the 16-bit ones'-complement of the ones'-complement sum of
 * the data taken as big-endian 16-bit words.
 *
 * <p>Terms used throughout: a <em>sum</em> is folded to 16 bits but not complemented (what the
 * kernel calls a partial checksum); a <em>checksum</em> is the complemented sum, the value a
 * header carries.
 */
public final class Checksum {
    /** Offset of the Header Checksum field inside an IPv4 header (RFC 791 §3.1). */
    static final int IPV4_HEADER_CHECKSUM_OFFSET = 10;

    private Checksum() {
    }

    /**
     * Ones'-complement sum of {@code len} bytes, folded to 16 bits. An odd trailing byte is
     * padded with a zero byte on the right, as RFC 1071 §1 (A) prescribes.
     */
    public static int sum(byte[] data, int off, int len) {
        return fold(accumulate(data, off, len));
    }

    /** Ones'-complement addition of two 16-bit sums (RFC 1071 §1: end-around carry). */
    public static int add(int a, int b) {
        return fold((a & 0xFFFFL) + (b & 0xFFFFL));
    }

    /** Folds a wide two's-complement accumulator to a 16-bit ones'-complement sum. */
    public static int fold(long sum) {
        if (sum < 0) {
            throw new IllegalArgumentException("accumulator must not be negative: " + sum);
        }
        while ((sum >>> 16) != 0) {
            sum = (sum & 0xFFFF) + (sum >>> 16);
        }
        return (int) sum;
    }

    /** The checksum of a byte range: the complement of its sum. */
    public static int of(byte[] data, int off, int len) {
        return ~sum(data, off, len) & 0xFFFF;
    }

    /**
     * The IPv4 header checksum (RFC 791 §3.1) of the header at {@code off}, with its own
     * checksum field taken as zero, so the header may already carry any value there.
     */
    public static int ipv4Header(byte[] bytes, int off, int len) {
        if (len < 20) {
            throw new IllegalArgumentException("IPv4 header is at least 20 bytes, got " + len);
        }
        return ~sumSkippingField(bytes, off, len, IPV4_HEADER_CHECKSUM_OFFSET) & 0xFFFF;
    }

    /**
     * The non-complemented folded pseudo-header sum: what an application seeds the checksum field
     * with before requesting checksum offload, and what a peer sees when nobody completed it.
     */
    public static int pseudoHeaderPartial(PseudoHeader pseudoHeader) {
        return pseudoHeader.sum();
    }

    /**
     * The final TCP or UDP checksum of the L4 segment at {@code l4Offset}, whose length is the
     * pseudo-header's, with the checksum field taken as zero.
     *
     * @throws IllegalArgumentException if the pseudo-header's protocol is neither TCP nor UDP
     */
    public static int l4(PseudoHeader pseudoHeader, byte[] bytes, int l4Offset) {
        return l4(pseudoHeader, bytes, l4Offset, protocolOf(pseudoHeader).checksumOffset());
    }

    /**
     * As {@link #l4(PseudoHeader, byte[], int)} for a protocol given by its checksum field offset.
     * RFC 768: a UDP checksum that computes to 0 is transmitted as 0xFFFF, because 0 means "no
     * checksum"; other protocols keep 0.
     */
    public static int l4(PseudoHeader pseudoHeader, byte[] bytes, int l4Offset, int checksumOffset) {
        int len = l4Length(pseudoHeader, bytes, l4Offset, checksumOffset);
        int sum = add(pseudoHeader.sum(), sumSkippingField(bytes, l4Offset, len, checksumOffset));
        int checksum = ~sum & 0xFFFF;
        if (checksum == 0 && pseudoHeader.protocol() == L4Protocol.UDP.number()) {
            return 0xFFFF;
        }
        return checksum;
    }

    /**
     * Whether the L4 segment verifies with its checksum field in place: the sum over the
     * pseudo-header and the segment must be all ones (RFC 1071 §1 (3)). This does not apply the
     * UDP "0 means no checksum" rule; callers decide whether that is acceptable.
     */
    public static boolean verifyL4(PseudoHeader pseudoHeader, byte[] bytes, int l4Offset) {
        int len = l4Length(pseudoHeader, bytes, l4Offset, 0);
        return add(pseudoHeader.sum(), sum(bytes, l4Offset, len)) == 0xFFFF;
    }

    private static L4Protocol protocolOf(PseudoHeader pseudoHeader) {
        return L4Protocol.fromNumber(pseudoHeader.protocol()).orElseThrow(() -> new IllegalArgumentException(
                "no known checksum field for protocol " + pseudoHeader.protocol()));
    }

    private static int l4Length(PseudoHeader pseudoHeader, byte[] bytes, int l4Offset, int checksumOffset) {
        long len = pseudoHeader.length();
        Objects.checkFromIndexSize(l4Offset, len, bytes.length);
        if (checksumOffset + 2 > len) {
            throw new IllegalArgumentException("L4 length " + len + " does not cover the checksum field at +"
                    + checksumOffset);
        }
        return (int) len;
    }

    /** Sum of a range with the 16-bit field at even relative offset {@code field} taken as zero. */
    private static int sumSkippingField(byte[] bytes, int off, int len, int field) {
        if ((field & 1) != 0) {
            throw new IllegalArgumentException("checksum field must be 16-bit aligned: +" + field);
        }
        long acc = accumulate(bytes, off, field) + accumulate(bytes, off + field + 2, len - field - 2);
        return fold(acc);
    }

    /**
     * Sums big-endian 16-bit words in a long; carries are folded in once at the end, which
     * RFC 1071 §2 (B) allows because the sum is order- and deferral-independent. A long cannot
     * overflow for any array Java can hold.
     */
    private static long accumulate(byte[] data, int off, int len) {
        Objects.checkFromIndexSize(off, len, data.length);
        long acc = 0;
        int end = off + len;
        int i = off;
        for (; i + 1 < end; i += 2) {
            acc += (data[i] & 0xFF) << 8 | (data[i + 1] & 0xFF);
        }
        if (i < end) {
            acc += (data[i] & 0xFF) << 8;
        }
        return acc;
    }
}
