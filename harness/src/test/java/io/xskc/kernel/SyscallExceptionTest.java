package io.xskc.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SyscallExceptionTest {
    @Test
    void namesCallArgumentsAndErrno() {
        var e = new SyscallException("bind", "AF_XDP, ifindex=7, queue=0, flags=XDP_COPY", Errno.EBUSY);
        assertEquals("bind(AF_XDP, ifindex=7, queue=0, flags=XDP_COPY) failed: EBUSY (Device or resource busy)",
                e.getMessage());
        assertEquals("EBUSY", e.errnoName());
    }

    @Test
    void realFailureCarriesTheKernelsErrno() {
        // if_nametoindex(3) reports an unknown interface with ENODEV.
        var e = assertThrows(SyscallException.class, () -> Sockets.ifindex("xskc-absent0"));
        assertEquals(Errno.ENODEV, e.errno());
        assertEquals("if_nametoindex(xskc-absent0) failed: ENODEV (No such device)", e.getMessage());
    }

    @Test
    void errnoIsPerThread() throws Exception {
        assertThrows(SyscallException.class, () -> Sockets.ifindex("xskc-absent0"));
        int[] other = new int[1];
        Thread t = Thread.ofPlatform().start(() -> {
            try (var arena = java.lang.foreign.Arena.ofConfined()) {
                Libc.open(arena.allocateFrom("/nonexistent/xskc"), Linux.O_RDONLY, 0);
                other[0] = Libc.errno();
            }
        });
        t.join();
        assertEquals(Errno.ENOENT, other[0]);
        assertEquals(Errno.ENODEV, Libc.errno(), "another thread's errno must not leak into this one");
    }
}
