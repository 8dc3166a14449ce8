package io.xskc.xsk;

/**
 * How a UMEM is laid out and registered. Each chunk holds {@code headroom} bytes, then the
 * {@code txMetadataLen} bytes of TX metadata, then the packet: the kernel finds the metadata at
 * {@code desc.addr - tx_metadata_len}, inside the same chunk.
 *
 * @param chunkSize   bytes per chunk, a power of two between 2048 and the page size (aligned mode)
 * @param chunkCount  number of chunks
 * @param headroom    xdp_umem_reg.headroom, left free at the start of each chunk
 * @param txMetadataLen xdp_umem_reg.tx_metadata_len; 0 for no TX metadata
 * @param swCsum      request XDP_UMEM_TX_SW_CSUM (checksum computed by the kernel, copy mode)
 * @param metadataPolicy what to do when the kernel refuses XDP_UMEM_TX_METADATA_LEN
 */
public record UmemConfig(int chunkSize, int chunkCount, int headroom, int txMetadataLen, boolean swCsum,
        MetadataLenPolicy metadataPolicy) {
    public UmemConfig {
        if (chunkSize < 2048 || Integer.bitCount(chunkSize) != 1) {
            throw new IllegalArgumentException("chunk size must be a power of two >= 2048, got " + chunkSize);
        }
        if (chunkCount <= 0) {
            throw new IllegalArgumentException("chunk count must be positive, got " + chunkCount);
        }
        if (headroom < 0 || txMetadataLen < 0 || headroom + txMetadataLen >= chunkSize) {
            throw new IllegalArgumentException("headroom " + headroom + " + tx_metadata_len " + txMetadataLen
                    + " must be non-negative and leave room in a " + chunkSize + "-byte chunk");
        }
    }

    /** 4096-byte chunks with room for struct xsk_tx_metadata (24 bytes) before each packet. */
    public static UmemConfig withTxMetadata(int chunkCount) {
        return new UmemConfig(4096, chunkCount, 0, 24, false, MetadataLenPolicy.FALLBACK);
    }

    public UmemConfig withSwCsum(boolean on) {
        return new UmemConfig(chunkSize, chunkCount, headroom, txMetadataLen, on, metadataPolicy);
    }

    public UmemConfig withTxMetadataLen(int len) {
        return new UmemConfig(chunkSize, chunkCount, headroom, len, swCsum, metadataPolicy);
    }

    public UmemConfig withHeadroom(int bytes) {
        return new UmemConfig(chunkSize, chunkCount, bytes, txMetadataLen, swCsum, metadataPolicy);
    }

    public UmemConfig withChunkSize(int bytes) {
        return new UmemConfig(bytes, chunkCount, headroom, txMetadataLen, swCsum, metadataPolicy);
    }

    public UmemConfig withPolicy(MetadataLenPolicy policy) {
        return new UmemConfig(chunkSize, chunkCount, headroom, txMetadataLen, swCsum, policy);
    }

    public long bytes() {
        return (long) chunkSize * chunkCount;
    }

    /** Offset of the packet within its chunk. */
    public int packetOffset() {
        return headroom + txMetadataLen;
    }

    /** Largest packet (or fragment) one chunk can carry. */
    public int maxPacket() {
        return chunkSize - packetOffset();
    }
}
