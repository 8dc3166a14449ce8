package io.xskc.xsk;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/** Ring memory outside the kernel, with direct access to the indices so a test can play the kernel. */
final class SimulatedRing {
    final RingMemory memory;

    SimulatedRing(Arena arena, int size, long entryBytes, int startIndex) {
        MemorySegment producer = arena.allocate(JAVA_INT);
        MemorySegment consumer = arena.allocate(JAVA_INT);
        producer.set(JAVA_INT, 0, startIndex);
        consumer.set(JAVA_INT, 0, startIndex);
        memory = new RingMemory(producer, consumer, arena.allocate(JAVA_INT), arena.allocate(size * entryBytes, 8),
                size, entryBytes);
    }

    int producer() {
        return memory.producer().get(JAVA_INT, 0);
    }

    int consumer() {
        return memory.consumer().get(JAVA_INT, 0);
    }

    void setProducer(int v) {
        memory.producer().set(JAVA_INT, 0, v);
    }

    void setConsumer(int v) {
        memory.consumer().set(JAVA_INT, 0, v);
    }

    long slot(int index) {
        return (index & (memory.size() - 1)) * memory.entryBytes();
    }
}
