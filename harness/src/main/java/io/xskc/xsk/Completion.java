package io.xskc.xsk;

import java.util.OptionalLong;

/**
 * One reaped completion-ring entry, matched to the packet it belongs to.
 *
 * @param completionWord for the first fragment of a packet on a UMEM with a metadata area, the
 *                       u64 at completion.tx_timestamp read right after reaping (before the chunk
 *                       can be reused); empty otherwise
 * @param timestampRequested whether the packet asked for XDP_TXMD_FLAGS_TIMESTAMP
 */
public record Completion(long address, long packetId, int fragment, OptionalLong completionWord,
        boolean timestampRequested) {
    /** The TX timestamp, if one was requested (0 would mean the kernel wrote none). */
    public OptionalLong timestamp() {
        return timestampRequested ? completionWord : OptionalLong.empty();
    }
}
