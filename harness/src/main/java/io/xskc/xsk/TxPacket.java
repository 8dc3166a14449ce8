package io.xskc.xsk;

import java.util.List;
import java.util.Optional;

/**
 * One packet to transmit: its fragments (one UMEM chunk each, chained with XDP_PKT_CONTD) and the
 * metadata request carried on the first chunk, as the kernel document prescribes.
 *
 * @param laterMetadata metadata also written, with XDP_TX_METADATA set, on every later chunk: only
 *                      for cases checking that the kernel ignores it there
 */
public record TxPacket(List<byte[]> fragments, Optional<TxRequest> metadata, Optional<TxRequest> laterMetadata) {
    public TxPacket {
        fragments = List.copyOf(fragments);
        if (fragments.isEmpty()) {
            throw new IllegalArgumentException("a packet needs at least one fragment");
        }
        for (byte[] f : fragments) {
            if (f.length == 0) {
                throw new IllegalArgumentException("a zero-length fragment is an invalid descriptor");
            }
        }
    }

    public TxPacket(List<byte[]> fragments, Optional<TxRequest> metadata) {
        this(fragments, metadata, Optional.empty());
    }

    public static TxPacket of(byte[] frame) {
        return new TxPacket(List.of(frame), Optional.empty());
    }

    public static TxPacket of(byte[] frame, TxRequest metadata) {
        return new TxPacket(List.of(frame), Optional.of(metadata));
    }

    /** Splits {@code frame} into {@code n} fragments of near-equal size, metadata on the first. */
    public static TxPacket split(byte[] frame, int n, Optional<TxRequest> metadata) {
        if (n < 1 || n > frame.length) {
            throw new IllegalArgumentException("cannot split " + frame.length + " bytes into " + n + " fragments");
        }
        java.util.List<byte[]> parts = new java.util.ArrayList<>(n);
        int off = 0;
        for (int i = 0; i < n; i++) {
            int len = (frame.length - off) / (n - i);
            parts.add(java.util.Arrays.copyOfRange(frame, off, off + len));
            off += len;
        }
        return new TxPacket(parts, metadata);
    }

    public TxPacket withLaterMetadata(TxRequest request) {
        return new TxPacket(fragments, metadata, Optional.of(request));
    }

    public int length() {
        return fragments.stream().mapToInt(f -> f.length).sum();
    }
}
