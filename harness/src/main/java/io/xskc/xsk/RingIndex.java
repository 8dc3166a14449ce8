package io.xskc.xsk;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.MemorySegment;
import java.lang.invoke.VarHandle;

/**
 * Acquire/release access to a ring's u32 index, as net/xdp/xsk_queue.h requires: a side
 * load-acquires the other side's index before touching entries, and store-releases its own
 * after it is done with them. Indices are free-running u32 counters; int arithmetic wraps alike.
 */
final class RingIndex {
    private static final VarHandle INT = JAVA_INT.varHandle().withInvokeExactBehavior();

    private RingIndex() {
    }

    static int acquire(MemorySegment index) {
        return (int) INT.getAcquire(index, 0L);
    }

    static void release(MemorySegment index, int value) {
        INT.setRelease(index, 0L, value);
    }

    static int plain(MemorySegment index) {
        return (int) INT.get(index, 0L);
    }
}
