package io.xskc.xsk;

import io.xskc.kernel.XdpUapi;

/**
 * What a packet asks of the device through struct xsk_tx_metadata (flags and the request half
 * of its union). Flags are kept raw so negative cases can send bits the UAPI does not define.
 */
public record TxRequest(long flags, int csumStart, int csumOffset, long launchTime) {
    public static final TxRequest NONE = new TxRequest(0, 0, 0, 0);

    public TxRequest {
        if (csumStart < 0 || csumStart > 0xFFFF || csumOffset < 0 || csumOffset > 0xFFFF) {
            throw new IllegalArgumentException("csum_start and csum_offset are u16: " + csumStart + ", " + csumOffset);
        }
    }

    public static TxRequest timestamp() {
        return NONE.withTimestamp();
    }

    public TxRequest withTimestamp() {
        return new TxRequest(flags | XdpUapi.XDP_TXMD_FLAGS_TIMESTAMP, csumStart, csumOffset, launchTime);
    }

    /** Checksum from {@code start} to the end of the packet, stored at {@code start + offset}. */
    public TxRequest withChecksum(int start, int offset) {
        return new TxRequest(flags | XdpUapi.XDP_TXMD_FLAGS_CHECKSUM, start, offset, launchTime);
    }

    public TxRequest withLaunchTime(long taiNanos) {
        return new TxRequest(flags | XdpUapi.XDP_TXMD_FLAGS_LAUNCH_TIME, csumStart, csumOffset, taiNanos);
    }

    public TxRequest withRawFlags(long raw) {
        return new TxRequest(raw, csumStart, csumOffset, launchTime);
    }

    public boolean requestsTimestamp() {
        return (flags & XdpUapi.XDP_TXMD_FLAGS_TIMESTAMP) != 0;
    }

    public boolean requestsChecksum() {
        return (flags & XdpUapi.XDP_TXMD_FLAGS_CHECKSUM) != 0;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("TxRequest[flags=0x").append(Long.toHexString(flags));
        if (requestsChecksum()) {
            b.append(", csum_start=").append(csumStart).append(", csum_offset=").append(csumOffset);
        }
        if ((flags & XdpUapi.XDP_TXMD_FLAGS_LAUNCH_TIME) != 0) {
            b.append(", launch_time=").append(launchTime);
        }
        return b.append(']').toString();
    }
}
