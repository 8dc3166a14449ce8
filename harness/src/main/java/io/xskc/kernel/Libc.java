package io.xskc.kernel;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * Downcalls into the C library. Each handle is a {@code static final} constant invoked with
 * {@code invokeExact}, so the JIT can inline it; errno is captured by the linker into a segment
 * owned by the calling thread, because any later Java or native code could overwrite the real
 * errno before we read it.
 *
 * <p>Methods return the raw result. Callers pass it through {@link SyscallException#check} with a
 * description of the arguments in the caller's own terms.
 */
public final class Libc {
    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBC = LINKER.defaultLookup();
    private static final StructLayout CAPTURE_LAYOUT = Linker.Option.captureStateLayout();
    private static final VarHandle CAPTURED_ERRNO =
            CAPTURE_LAYOUT.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final Linker.Option CAPTURE_ERRNO = Linker.Option.captureCallState("errno");

    /** One capture segment per thread; GC-managed because threads come and go. */
    private static final ThreadLocal<MemorySegment> CAPTURE =
            ThreadLocal.withInitial(() -> Arena.ofAuto().allocate(CAPTURE_LAYOUT));

    private static final MethodHandle SOCKET = errnoCall("socket", JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT);
    private static final MethodHandle BIND = errnoCall("bind", JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT);
    private static final MethodHandle SETSOCKOPT =
            errnoCall("setsockopt", JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT);
    private static final MethodHandle GETSOCKOPT =
            errnoCall("getsockopt", JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, ADDRESS);
    private static final MethodHandle MMAP =
            errnoCall("mmap", ADDRESS, ADDRESS, JAVA_LONG, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_LONG);
    private static final MethodHandle MUNMAP = errnoCall("munmap", JAVA_INT, ADDRESS, JAVA_LONG);
    private static final MethodHandle SENDTO =
            errnoCall("sendto", JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT, ADDRESS, JAVA_INT);
    private static final MethodHandle RECVMSG = errnoCall("recvmsg", JAVA_LONG, JAVA_INT, ADDRESS, JAVA_INT);
    private static final MethodHandle POLL = errnoCall("poll", JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT);
    private static final MethodHandle CLOSE = errnoCall("close", JAVA_INT, JAVA_INT);
    private static final MethodHandle OPEN = errnoCall("open", JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT);
    private static final MethodHandle IOCTL = errnoCall("ioctl", JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS);
    private static final MethodHandle IF_NAMETOINDEX = errnoCall("if_nametoindex", JAVA_INT, ADDRESS);
    private static final MethodHandle SETNS = errnoCall("setns", JAVA_INT, JAVA_INT, JAVA_INT);
    private static final MethodHandle UNSHARE = errnoCall("unshare", JAVA_INT, JAVA_INT);
    private static final MethodHandle CLOCK_GETTIME = errnoCall("clock_gettime", JAVA_INT, JAVA_INT, ADDRESS);
    private static final MethodHandle SYSCALL3 =
            errnoCall("syscall", JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG);
    private static final MethodHandle STRERROR = LINKER.downcallHandle(
            LIBC.find("strerror").orElseThrow(), FunctionDescriptor.of(ADDRESS, JAVA_INT));

    private Libc() {
    }

    private static MethodHandle errnoCall(String name, MemoryLayout result, MemoryLayout... args) {
        MemorySegment symbol = LIBC.find(name)
                .orElseThrow(() -> new UnsatisfiedLinkError("libc has no symbol " + name));
        return LINKER.downcallHandle(symbol, FunctionDescriptor.of(result, args), CAPTURE_ERRNO);
    }

    /** errno as captured by this thread's most recent downcall. */
    public static int errno() {
        return (int) CAPTURED_ERRNO.get(CAPTURE.get(), 0L);
    }

    public static String strerror(int errno) {
        try {
            MemorySegment text = (MemorySegment) STRERROR.invokeExact(errno);
            return text.reinterpret(256).getString(0);
        } catch (Throwable t) {
            throw new AssertionError("strerror", t);
        }
    }

    public static int socket(int domain, int type, int protocol) {
        try {
            return (int) SOCKET.invokeExact(CAPTURE.get(), domain, type, protocol);
        } catch (Throwable t) {
            throw unexpected("socket", t);
        }
    }

    public static int bind(int fd, MemorySegment addr, int addrLen) {
        try {
            return (int) BIND.invokeExact(CAPTURE.get(), fd, addr, addrLen);
        } catch (Throwable t) {
            throw unexpected("bind", t);
        }
    }

    public static int setsockopt(int fd, int level, int name, MemorySegment value, int len) {
        try {
            return (int) SETSOCKOPT.invokeExact(CAPTURE.get(), fd, level, name, value, len);
        } catch (Throwable t) {
            throw unexpected("setsockopt", t);
        }
    }

    /** {@code lenInOut} holds a socklen_t (int): the buffer size in, the written size out. */
    public static int getsockopt(int fd, int level, int name, MemorySegment value, MemorySegment lenInOut) {
        try {
            return (int) GETSOCKOPT.invokeExact(CAPTURE.get(), fd, level, name, value, lenInOut);
        } catch (Throwable t) {
            throw unexpected("getsockopt", t);
        }
    }

    /** Returns the mapping, or {@link #MAP_FAILED} (address -1). */
    public static MemorySegment mmap(MemorySegment addr, long length, int prot, int flags, int fd, long offset) {
        try {
            return (MemorySegment) MMAP.invokeExact(CAPTURE.get(), addr, length, prot, flags, fd, offset);
        } catch (Throwable t) {
            throw unexpected("mmap", t);
        }
    }

    public static int munmap(MemorySegment addr, long length) {
        try {
            return (int) MUNMAP.invokeExact(CAPTURE.get(), addr, length);
        } catch (Throwable t) {
            throw unexpected("munmap", t);
        }
    }

    public static long sendto(int fd, MemorySegment buf, long len, int flags, MemorySegment dest, int destLen) {
        try {
            return (long) SENDTO.invokeExact(CAPTURE.get(), fd, buf, len, flags, dest, destLen);
        } catch (Throwable t) {
            throw unexpected("sendto", t);
        }
    }

    public static long recvmsg(int fd, MemorySegment msghdr, int flags) {
        try {
            return (long) RECVMSG.invokeExact(CAPTURE.get(), fd, msghdr, flags);
        } catch (Throwable t) {
            throw unexpected("recvmsg", t);
        }
    }

    public static int poll(MemorySegment fds, long nfds, int timeoutMillis) {
        try {
            return (int) POLL.invokeExact(CAPTURE.get(), fds, nfds, timeoutMillis);
        } catch (Throwable t) {
            throw unexpected("poll", t);
        }
    }

    public static int close(int fd) {
        try {
            return (int) CLOSE.invokeExact(CAPTURE.get(), fd);
        } catch (Throwable t) {
            throw unexpected("close", t);
        }
    }

    public static int open(MemorySegment path, int flags, int mode) {
        try {
            return (int) OPEN.invokeExact(CAPTURE.get(), path, flags, mode);
        } catch (Throwable t) {
            throw unexpected("open", t);
        }
    }

    public static int ioctl(int fd, long request, MemorySegment arg) {
        try {
            return (int) IOCTL.invokeExact(CAPTURE.get(), fd, request, arg);
        } catch (Throwable t) {
            throw unexpected("ioctl", t);
        }
    }

    /** Returns 0 when the name is unknown (errno ENODEV), as the C function does. */
    public static int ifNametoindex(MemorySegment name) {
        try {
            return (int) IF_NAMETOINDEX.invokeExact(CAPTURE.get(), name);
        } catch (Throwable t) {
            throw unexpected("if_nametoindex", t);
        }
    }

    public static int setns(int fd, int nstype) {
        try {
            return (int) SETNS.invokeExact(CAPTURE.get(), fd, nstype);
        } catch (Throwable t) {
            throw unexpected("setns", t);
        }
    }

    public static int unshare(int flags) {
        try {
            return (int) UNSHARE.invokeExact(CAPTURE.get(), flags);
        } catch (Throwable t) {
            throw unexpected("unshare", t);
        }
    }

    public static int clockGettime(int clockId, MemorySegment timespec) {
        try {
            return (int) CLOCK_GETTIME.invokeExact(CAPTURE.get(), clockId, timespec);
        } catch (Throwable t) {
            throw unexpected("clock_gettime", t);
        }
    }

    /** The raw syscall(2) entry for calls libc does not wrap (bpf, gettid on old libcs). */
    public static long syscall(long number, long a, long b, long c) {
        try {
            return (long) SYSCALL3.invokeExact(CAPTURE.get(), number, a, b, c);
        } catch (Throwable t) {
            throw unexpected("syscall", t);
        }
    }

    public static final MemorySegment MAP_FAILED = MemorySegment.ofAddress(-1L);

    private static AssertionError unexpected(String call, Throwable t) {
        // invokeExact only throws here for a signature mismatch, which is a bug in this class.
        return new AssertionError("downcall " + call + " failed to link", t);
    }
}
