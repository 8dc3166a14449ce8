package io.xskc.xsk;

import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xskc.kernel.XdpUapi;
import java.lang.foreign.Arena;
import java.lang.foreign.ValueLayout;
import org.junit.jupiter.api.Test;

/** The ring contract of net/xdp/xsk_queue.h, with the test as the kernel side. */
class RingTest {
    @Test
    void producerFillsAtMostTheRingAndSeesTheConsumerAdvance() {
        try (Arena arena = Arena.ofConfined()) {
            SimulatedRing kernel = new SimulatedRing(arena, 8, 8, 0);
            ProducerRing ring = new ProducerRing(kernel.memory);
            assertEquals(8, ring.reserve(10), "an empty ring of 8 has 8 free slots");
            for (int i = 0; i < 8; i++) {
                kernel.memory.entries().set(JAVA_LONG, ring.entryOffset(i), 100 + i);
            }
            ring.submit(8);
            assertEquals(8, kernel.producer());
            assertEquals(0, ring.reserve(1), "full until the consumer moves");
            kernel.setConsumer(3);
            assertEquals(3, ring.reserve(5));
            assertEquals(8, ring.outstanding() + 3, "5 still owned by the kernel");
        }
    }

    @Test
    void indicesWrapAroundTheU32Boundary() {
        try (Arena arena = Arena.ofConfined()) {
            // Start 2 short of 2^32: indices must wrap exactly as the kernel's u32 counters do.
            SimulatedRing kernel = new SimulatedRing(arena, 4, 8, -2);
            ProducerRing producer = new ProducerRing(kernel.memory);
            assertEquals(4, producer.reserve(4));
            for (int i = 0; i < 4; i++) {
                kernel.memory.entries().set(JAVA_LONG, producer.entryOffset(i), 7L * i);
            }
            producer.submit(4);
            assertEquals(2, kernel.producer(), "0xfffffffe + 4 wraps to 2");
            ConsumerRing consumer = new ConsumerRing(kernel.memory);
            assertEquals(4, consumer.peek(4));
            for (int i = 0; i < 4; i++) {
                assertEquals(7L * i, kernel.memory.entries().get(JAVA_LONG, consumer.entryOffset(i)));
            }
            consumer.release(4);
            assertEquals(2, kernel.consumer());
        }
    }

    @Test
    void consumerSeesOnlyPublishedEntries() {
        try (Arena arena = Arena.ofConfined()) {
            SimulatedRing kernel = new SimulatedRing(arena, 8, 8, 0);
            ConsumerRing ring = new ConsumerRing(kernel.memory);
            assertEquals(0, ring.peek(8));
            kernel.memory.entries().set(JAVA_LONG, kernel.slot(0), 0x1000);
            kernel.setProducer(1);
            assertEquals(1, ring.peek(8));
            assertEquals(0x1000, kernel.memory.entries().get(JAVA_LONG, ring.entryOffset(0)));
            assertThrows(IndexOutOfBoundsException.class, () -> ring.entryOffset(1));
            ring.release(1);
            assertEquals(1, kernel.consumer());
        }
    }

    @Test
    void aProducerIndexFurtherAheadThanTheRingIsCorruption() {
        try (Arena arena = Arena.ofConfined()) {
            SimulatedRing kernel = new SimulatedRing(arena, 8, 8, 0);
            ConsumerRing ring = new ConsumerRing(kernel.memory);
            kernel.setProducer(9);
            var e = assertThrows(RingCorruptionException.class, () -> ring.peek(1));
            assertTrue(e.getMessage().contains("9 entries ahead"), e.getMessage());
        }
    }

    @Test
    void needWakeupFollowsTheFlagsWord() {
        try (Arena arena = Arena.ofConfined()) {
            SimulatedRing kernel = new SimulatedRing(arena, 8, 16, 0);
            ProducerRing ring = new ProducerRing(kernel.memory);
            assertFalse(ring.needsWakeup());
            kernel.memory.flags().set(ValueLayout.JAVA_INT, 0, XdpUapi.XDP_RING_NEED_WAKEUP);
            assertTrue(ring.needsWakeup());
        }
    }

    @Test
    void ringSizeMustBeAPowerOfTwo() {
        try (Arena arena = Arena.ofConfined()) {
            assertThrows(IllegalArgumentException.class, () -> new SimulatedRing(arena, 6, 8, 0));
        }
    }
}
