package io.xskc.xsk;

/**
 * The user-space consumer side of a ring (completion, RX). {@link #peek} load-acquires the
 * producer index; entries up to it may then be read; {@link #release} hands the slots back with a
 * release store.
 */
public final class ConsumerRing {
    private final RingMemory memory;
    private final int mask;
    private int cachedConsumer;
    private int cachedProducer;
    private int peeked;

    public ConsumerRing(RingMemory memory) {
        this.memory = memory;
        this.mask = memory.size() - 1;
        this.cachedConsumer = RingIndex.plain(memory.consumer());
        this.cachedProducer = RingIndex.acquire(memory.producer());
    }

    public RingMemory memory() {
        return memory;
    }

    /** Makes up to {@code n} filled entries readable; returns how many. */
    public int peek(int n) {
        int available = cachedProducer - cachedConsumer - peeked;
        if (available < n) {
            cachedProducer = RingIndex.acquire(memory.producer());
            available = cachedProducer - cachedConsumer - peeked;
        }
        if (available < 0 || available > memory.size()) {
            throw new RingCorruptionException("producer index " + cachedProducer + " is " + available
                    + " entries ahead of consumer index " + (cachedConsumer + peeked) + " on a ring of "
                    + memory.size());
        }
        int got = Math.min(n, available);
        peeked += got;
        return got;
    }

    /** Byte offset, within {@link RingMemory#entries()}, of the {@code i}-th peeked entry. */
    public long entryOffset(int i) {
        if (i < 0 || i >= peeked) {
            throw new IndexOutOfBoundsException("entry " + i + " of " + peeked + " peeked");
        }
        return ((cachedConsumer + i) & mask) * memory.entryBytes();
    }

    /** Returns the first {@code n} peeked entries to the producer. */
    public void release(int n) {
        if (n < 0 || n > peeked) {
            throw new IllegalArgumentException("cannot release " + n + " of " + peeked + " peeked entries");
        }
        cachedConsumer += n;
        peeked -= n;
        RingIndex.release(memory.consumer(), cachedConsumer);
    }

    /** The producer's index as published now (load-acquire), without making entries readable. */
    public int producerIndex() {
        return RingIndex.acquire(memory.producer());
    }

    public int consumerIndex() {
        return cachedConsumer;
    }
}
