package io.xskc.xsk;

import java.lang.foreign.MemorySegment;

/**
 * The four parts of one AF_XDP ring: the producer and consumer indices (u32 each), the flags word
 * and the descriptor array of {@code size} entries of {@code entryBytes}. Normally slices of a
 * kernel mapping; tests hand in plain memory and play the kernel's side themselves.
 */
public record RingMemory(MemorySegment producer, MemorySegment consumer, MemorySegment flags,
        MemorySegment entries, int size, long entryBytes) {
    public RingMemory {
        if (size <= 0 || Integer.bitCount(size) != 1) {
            throw new IllegalArgumentException("ring size must be a power of two, got " + size);
        }
        if (entries.byteSize() < size * entryBytes) {
            throw new IllegalArgumentException("ring needs " + size * entryBytes + " bytes of entries, got "
                    + entries.byteSize());
        }
    }

    /** Slices a mapping at the offsets the kernel gave through XDP_MMAP_OFFSETS. */
    public static RingMemory slice(MemorySegment map, long producerOff, long consumerOff, long flagsOff,
            long descOff, int size, long entryBytes) {
        return new RingMemory(map.asSlice(producerOff, Integer.BYTES), map.asSlice(consumerOff, Integer.BYTES),
                map.asSlice(flagsOff, Integer.BYTES), map.asSlice(descOff, size * entryBytes), size, entryBytes);
    }
}
