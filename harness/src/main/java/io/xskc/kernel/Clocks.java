package io.xskc.kernel;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/** clock_gettime(2) without allocation on the hot path: one timespec buffer per thread. */
public final class Clocks {
    private static final ThreadLocal<MemorySegment> TIMESPEC =
            ThreadLocal.withInitial(() -> Arena.ofAuto().allocate(SocketUapi.TIMESPEC));

    private Clocks() {
    }

    /** Nanoseconds since the clock's epoch. */
    public static long nanos(ClockId clock) {
        MemorySegment ts = TIMESPEC.get();
        SyscallException.check(Libc.clockGettime(clock.id(), ts), "clock_gettime", clock::name);
        return ts.get(java.lang.foreign.ValueLayout.JAVA_LONG, SocketUapi.TIMESPEC_TV_SEC) * 1_000_000_000L
                + ts.get(java.lang.foreign.ValueLayout.JAVA_LONG, SocketUapi.TIMESPEC_TV_NSEC);
    }
}
