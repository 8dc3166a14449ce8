package io.xskc.packet;

/**
 * What {@link FrameBuilder} writes into the L4 checksum field. An explicit value, for negative
 * cases, is set with {@link FrameBuilder#withChecksumValue(int)}.
 */
public enum ChecksumMode {
    /** The correct final checksum: for a frame sent without checksum offload. */
    FULL,
    /**
     * The folded pseudo-header sum, not complemented. This is the seed an application leaves in
     * the field when it asks for AF_XDP checksum offload ({@code csum_start}/{@code csum_offset},
     * like an skb in CHECKSUM_PARTIAL): summing from csum_start to the end over this seed and
     * complementing yields the correct checksum.
     */
    PARTIAL,
    /** Zero: for UDP over IPv4 this means "no checksum" (RFC 768). */
    ZERO
}
