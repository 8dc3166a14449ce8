package io.xskc.kernel;

import java.time.Duration;

/**
 * A point in time after which a wait gives up, on the monotonic clock. Every wait in xskc takes
 * one, so a device that never completes a frame ends a case instead of hanging the run.
 */
public record Deadline(long monotonicNanos, Duration budget) {
    public static Deadline in(Duration budget) {
        return new Deadline(System.nanoTime() + budget.toNanos(), budget);
    }

    public boolean expired() {
        return remainingNanos() <= 0;
    }

    public long remainingNanos() {
        return monotonicNanos - System.nanoTime();
    }

    /** Remaining time for poll(2), at least 0 and at most {@code capMillis}. */
    public int pollMillis(int capMillis) {
        long ms = Math.ceilDiv(Math.max(0, remainingNanos()), 1_000_000L);
        return (int) Math.min(ms, capMillis);
    }

    @Override
    public String toString() {
        return budget.toMillis() + " ms";
    }
}
