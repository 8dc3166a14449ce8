package io.xskc.kernel;

import java.util.function.Supplier;

/**
 * A libc call that returned an error. The message names the call, its arguments as the caller
 * understood them, the errno name and the C library's description, for example
 * {@code bind(AF_XDP, ifindex=7, queue=0, flags=XDP_COPY) failed: EBUSY (Device or resource busy)}.
 */
public final class SyscallException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String call;
    private final String arguments;
    private final int errno;

    public SyscallException(String call, String arguments, int errno) {
        super(call + "(" + arguments + ") failed: " + Errno.name(errno) + " (" + Libc.strerror(errno) + ")");
        this.call = call;
        this.arguments = arguments;
        this.errno = errno;
    }

    /**
     * Returns {@code rc} when it is not negative; otherwise throws with the errno this thread's
     * last downcall captured. errno is read before {@code arguments} runs, so a supplier that
     * itself calls into libc cannot clobber it.
     */
    public static long check(long rc, String call, Supplier<String> arguments) {
        if (rc >= 0) {
            return rc;
        }
        int errno = Libc.errno();
        throw new SyscallException(call, arguments.get(), errno);
    }

    public static int check(int rc, String call, Supplier<String> arguments) {
        return (int) check((long) rc, call, arguments);
    }

    public String call() {
        return call;
    }

    public String arguments() {
        return arguments;
    }

    public int errno() {
        return errno;
    }

    public String errnoName() {
        return Errno.name(errno);
    }
}
