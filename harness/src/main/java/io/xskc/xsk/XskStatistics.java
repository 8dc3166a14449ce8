package io.xskc.xsk;

/** struct xdp_statistics as read with getsockopt(XDP_STATISTICS). */
public record XskStatistics(long rxDropped, long rxInvalidDescs, long txInvalidDescs, long rxRingFull,
        long rxFillRingEmptyDescs, long txRingEmptyDescs) {
}
