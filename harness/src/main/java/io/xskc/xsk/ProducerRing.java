package io.xskc.xsk;

import io.xskc.kernel.XdpUapi;

/**
 * The user-space producer side of a ring (TX, fill). {@link #reserve} claims free slots, the
 * caller writes entries at {@link #entryOffset}, and {@link #submit} publishes them with a
 * release store so the kernel never sees an index ahead of the entries it covers.
 */
public final class ProducerRing {
    private final RingMemory memory;
    private final int mask;
    private int cachedProducer;
    private int cachedConsumer;
    private int reserved;

    public ProducerRing(RingMemory memory) {
        this.memory = memory;
        this.mask = memory.size() - 1;
        this.cachedProducer = RingIndex.plain(memory.producer());
        this.cachedConsumer = RingIndex.acquire(memory.consumer()) + memory.size();
    }

    public RingMemory memory() {
        return memory;
    }

    /** Free slots, refreshing the consumer index only when the cached view shows too few. */
    public int free(int wanted) {
        int free = cachedConsumer - cachedProducer - reserved;
        if (free >= wanted) {
            return free;
        }
        cachedConsumer = RingIndex.acquire(memory.consumer()) + memory.size();
        return cachedConsumer - cachedProducer - reserved;
    }

    /** Claims up to {@code n} slots; returns how many were claimed (0 when the ring is full). */
    public int reserve(int n) {
        int got = Math.min(n, free(n));
        reserved += got;
        return got;
    }

    /** Byte offset, within {@link RingMemory#entries()}, of the {@code i}-th slot not yet submitted. */
    public long entryOffset(int i) {
        if (i < 0 || i >= reserved) {
            throw new IndexOutOfBoundsException("slot " + i + " of " + reserved + " reserved");
        }
        return ((cachedProducer + i) & mask) * memory.entryBytes();
    }

    /** Publishes the first {@code n} reserved slots. */
    public void submit(int n) {
        if (n < 0 || n > reserved) {
            throw new IllegalArgumentException("cannot submit " + n + " of " + reserved + " reserved slots");
        }
        cachedProducer += n;
        reserved -= n;
        RingIndex.release(memory.producer(), cachedProducer);
    }

    /** Returns reserved slots that will not be used. */
    public void cancel(int n) {
        if (n < 0 || n > reserved) {
            throw new IllegalArgumentException("cannot cancel " + n + " of " + reserved + " reserved slots");
        }
        reserved -= n;
    }

    /** Entries submitted that the kernel has not consumed yet. */
    public int outstanding() {
        return cachedProducer - RingIndex.acquire(memory.consumer());
    }

    /** With XDP_USE_NEED_WAKEUP the kernel sets this flag when it wants a syscall to make progress. */
    public boolean needsWakeup() {
        return (RingIndex.acquire(memory.flags()) & XdpUapi.XDP_RING_NEED_WAKEUP) != 0;
    }

    public int producerIndex() {
        return cachedProducer;
    }

    public int consumerIndex() {
        return RingIndex.acquire(memory.consumer());
    }
}
