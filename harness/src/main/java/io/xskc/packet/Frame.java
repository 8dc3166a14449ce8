package io.xskc.packet;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * A built Ethernet frame and where its checksummed L4 header lies. For a VXLAN frame the L3 and
 * L4 offsets are those of the <em>inner</em> headers, because that is the checksum a device is
 * asked to offload; the outer UDP checksum is 0.
 *
 * @param bytes            the frame from the destination MAC, without FCS; copied in and out
 * @param l3Offset         start of the IP header the checksummed L4 header follows
 * @param l4Offset         start of the checksummed L4 header: AF_XDP's {@code csum_start}
 * @param protocol         the checksummed L4 protocol
 * @param expectedChecksum the correct final checksum of that L4 header (RFC 768/793/8200)
 * @param partialChecksum  the folded, non-complemented pseudo-header sum that seeds offload
 * @param description      the shape, for example {@code ipv6/tcp vlan=100 payload=17}
 */
public record Frame(
        byte[] bytes,
        int l3Offset,
        int l4Offset,
        L4Protocol protocol,
        int expectedChecksum,
        int partialChecksum,
        String description) {

    public Frame {
        bytes = bytes.clone();
        if (l4Offset + protocol.minHeaderLength() > bytes.length || l3Offset >= l4Offset) {
            throw new IllegalArgumentException("offsets l3=" + l3Offset + " l4=" + l4Offset
                    + " do not fit a " + bytes.length + "-byte frame");
        }
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    /** Absolute offset of the L4 checksum field. */
    public int checksumOffset() {
        return l4Offset + protocol.checksumOffset();
    }

    /** AF_XDP {@code csum_start}: where the device starts summing. */
    public int csumStart() {
        return l4Offset;
    }

    /** AF_XDP {@code csum_offset}: where the result goes, relative to {@link #csumStart()}. */
    public int csumOffset() {
        return protocol.checksumOffset();
    }

    /** The value the checksum field holds now, as the frame was built. */
    public int checksumField() {
        return Bytes.u16(bytes, checksumOffset());
    }

    /** This frame with a different value in the L4 checksum field; all else unchanged. */
    public Frame withChecksumField(int value) {
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException("checksum must fit 16 bits: " + value);
        }
        byte[] b = bytes.clone();
        Bytes.put16(b, checksumOffset(), value);
        return new Frame(b, l3Offset, l4Offset, protocol, expectedChecksum, partialChecksum, description);
    }

    public String describe() {
        return description;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Frame f
                && Arrays.equals(bytes, f.bytes)
                && l3Offset == f.l3Offset
                && l4Offset == f.l4Offset
                && protocol == f.protocol
                && expectedChecksum == f.expectedChecksum
                && partialChecksum == f.partialChecksum
                && description.equals(f.description);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes) * 31 + description.hashCode();
    }

    @Override
    public String toString() {
        return String.format("Frame[%s, len=%d, csum_start=%d, csum_offset=%d, field=0x%04x, expected=0x%04x, "
                + "partial=0x%04x, bytes=%s]", description, bytes.length, csumStart(), csumOffset(),
                checksumField(), expectedChecksum, partialChecksum, HexFormat.of().formatHex(bytes));
    }
}
