package io.xskc.kernel;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/** Small typed helpers over the socket calls, with error messages in the caller's terms. */
public final class Sockets {
    private Sockets() {
    }

    public static Fd socket(int domain, int type, int protocol, String what) {
        int fd = SyscallException.check(Libc.socket(domain, type | Linux.SOCK_CLOEXEC, protocol), "socket",
                () -> what);
        return new Fd(fd, what);
    }

    public static void setInt(Fd fd, int level, int name, int value, String label) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment v = arena.allocateFrom(JAVA_INT, value);
            SyscallException.check(Libc.setsockopt(fd.value(), level, name, v, Integer.BYTES), "setsockopt",
                    () -> label + "=" + value);
        }
    }

    public static void set(Fd fd, int level, int name, MemorySegment value, String label) {
        SyscallException.check(Libc.setsockopt(fd.value(), level, name, value, Math.toIntExact(value.byteSize())),
                "setsockopt", () -> label);
    }

    /** Reads an option into {@code into}; returns the length the kernel wrote. */
    public static int get(Fd fd, int level, int name, MemorySegment into, String label) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment len = arena.allocateFrom(JAVA_INT, Math.toIntExact(into.byteSize()));
            SyscallException.check(Libc.getsockopt(fd.value(), level, name, into, len), "getsockopt", () -> label);
            return len.get(JAVA_INT, 0);
        }
    }

    /** if_nametoindex in the calling thread's network namespace. */
    public static int ifindex(String ifname) {
        try (Arena arena = Arena.ofConfined()) {
            int index = Libc.ifNametoindex(arena.allocateFrom(ifname));
            if (index == 0) {
                throw new SyscallException("if_nametoindex", ifname, Libc.errno());
            }
            return index;
        }
    }

    /** Waits up to {@code timeoutMillis} for {@code events}; returns the revents seen (0 on timeout). */
    public static int poll(Fd fd, short events, int timeoutMillis) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment p = arena.allocate(SocketUapi.POLLFD);
            p.set(JAVA_INT, SocketUapi.POLLFD_FD, fd.value());
            p.set(java.lang.foreign.ValueLayout.JAVA_SHORT, SocketUapi.POLLFD_EVENTS, events);
            int rc = Libc.poll(p, 1, timeoutMillis);
            if (rc < 0 && Libc.errno() == Errno.EINTR) {
                return 0;
            }
            SyscallException.check(rc, "poll", () -> fd + " events=" + events + " timeout=" + timeoutMillis + "ms");
            return rc == 0 ? 0 : p.get(java.lang.foreign.ValueLayout.JAVA_SHORT, SocketUapi.POLLFD_REVENTS);
        }
    }
}
