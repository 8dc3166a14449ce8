package io.xskc.xsk;

import java.time.Duration;

/**
 * Everything needed to open and bind one AF_XDP socket. Ring sizes are powers of two; an RX size
 * of 0 means a TX-only socket.
 *
 * @param busyRetry how long to keep retrying a bind that fails with EBUSY: a queue released by a
 *                  just-closed socket is freed asynchronously
 */
public record XskConfig(String ifname, int queue, BindMode mode, boolean needWakeup, boolean multiBuffer,
        int txSize, int completionSize, int fillSize, int rxSize, UmemConfig umem, Duration busyRetry) {
    public XskConfig {
        for (int size : new int[] {txSize, completionSize, fillSize}) {
            if (size <= 0 || Integer.bitCount(size) != 1) {
                throw new IllegalArgumentException("ring sizes must be powers of two, got " + size);
            }
        }
        if (rxSize != 0 && Integer.bitCount(rxSize) != 1) {
            throw new IllegalArgumentException("RX ring size must be 0 or a power of two, got " + rxSize);
        }
        if (queue < 0) {
            throw new IllegalArgumentException("queue must be >= 0, got " + queue);
        }
    }

    /** A TX-only copy-mode socket with need-wakeup and rings of 2048 entries. */
    public static XskConfig txOnly(String ifname, int queue, BindMode mode, UmemConfig umem) {
        return new XskConfig(ifname, queue, mode, true, false, 2048, 2048, 2048, 0, umem, Duration.ofSeconds(2));
    }

    public XskConfig withMultiBuffer(boolean on) {
        return new XskConfig(ifname, queue, mode, needWakeup, on, txSize, completionSize, fillSize, rxSize, umem,
                busyRetry);
    }

    public XskConfig withNeedWakeup(boolean on) {
        return new XskConfig(ifname, queue, mode, on, multiBuffer, txSize, completionSize, fillSize, rxSize, umem,
                busyRetry);
    }

    public XskConfig withRings(int tx, int completion) {
        return new XskConfig(ifname, queue, mode, needWakeup, multiBuffer, tx, completion, fillSize, rxSize, umem,
                busyRetry);
    }

    public XskConfig withUmem(UmemConfig config) {
        return new XskConfig(ifname, queue, mode, needWakeup, multiBuffer, txSize, completionSize, fillSize, rxSize,
                config, busyRetry);
    }
}
