package io.xskc.xsk;

import java.util.List;
import java.util.Optional;

/**
 * One packet to transmit: its fragments (one UMEM chunk each, chained with XDP_PKT_CONTD) and the
 * metadata request carried on the first chunk only, as the kernel document prescribes.
 */
public record TxPacket(List<byte[]> fragments, Optional<TxRequest> metadata) {
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

    public static TxPacket of(byte[] frame) {
        return new TxPacket(List.of(frame), Optional.empty());
    }

    public static TxPacket of(byte[] frame, TxRequest metadata) {
        return new TxPacket(List.of(frame), Optional.of(metadata));
    }

    public int length() {
        return fragments.stream().mapToInt(f -> f.length).sum();
    }
}
