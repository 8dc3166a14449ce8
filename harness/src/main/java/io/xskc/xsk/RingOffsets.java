package io.xskc.xsk;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import io.xskc.kernel.Fd;
import io.xskc.kernel.Linux;
import io.xskc.kernel.Sockets;
import io.xskc.kernel.XdpUapi;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/** struct xdp_mmap_offsets: where, inside each ring's mapping, the kernel put its parts. */
record RingOffsets(Ring rx, Ring tx, Ring fill, Ring completion) {
    record Ring(long producer, long consumer, long desc, long flags) {
    }

    static RingOffsets read(Fd fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment o = arena.allocate(XdpUapi.XDP_MMAP_OFFSETS_LAYOUT);
            int len = Sockets.get(fd, Linux.SOL_XDP, XdpUapi.XDP_MMAP_OFFSETS, o, "XDP_MMAP_OFFSETS");
            if (len != o.byteSize()) {
                throw new IllegalStateException("XDP_MMAP_OFFSETS returned " + len + " bytes, expected "
                        + o.byteSize() + " (a kernel without the ring flags word is not supported)");
            }
            long ring = XdpUapi.XDP_RING_OFFSET.byteSize();
            return new RingOffsets(ring(o, 0), ring(o, ring), ring(o, 2 * ring), ring(o, 3 * ring));
        }
    }

    private static Ring ring(MemorySegment o, long base) {
        return new Ring(o.get(JAVA_LONG, base + XdpUapi.RING_OFFSET_PRODUCER),
                o.get(JAVA_LONG, base + XdpUapi.RING_OFFSET_CONSUMER),
                o.get(JAVA_LONG, base + XdpUapi.RING_OFFSET_DESC),
                o.get(JAVA_LONG, base + XdpUapi.RING_OFFSET_FLAGS));
    }
}
