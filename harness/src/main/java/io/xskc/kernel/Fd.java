package io.xskc.kernel;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An owned file descriptor. Closing is idempotent, so cleanup paths (finally blocks, shutdown
 * hooks, a failing constructor) can all close without tracking who closed first.
 */
public final class Fd implements AutoCloseable {
    private final int value;
    private final String what;
    private final AtomicBoolean closed = new AtomicBoolean();

    public Fd(int value, String what) {
        if (value < 0) {
            throw new IllegalArgumentException("not a file descriptor: " + value);
        }
        this.value = value;
        this.what = what;
    }

    public int value() {
        if (closed.get()) {
            throw new IllegalStateException(what + " (fd " + value + ") is closed");
        }
        return value;
    }

    public boolean isOpen() {
        return !closed.get();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            SyscallException.check(Libc.close(value), "close", () -> what + " fd=" + value);
        }
    }

    @Override
    public String toString() {
        return what + "(fd " + value + (closed.get() ? ", closed)" : ")");
    }
}
