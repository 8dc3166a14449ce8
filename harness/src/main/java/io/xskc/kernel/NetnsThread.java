package io.xskc.kernel;

import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A dedicated platform thread that lives in one named network namespace (/run/netns/NAME).
 * setns(2) moves only the calling thread, so every socket that must belong to the namespace is
 * created here; the resulting fd can then be used from any thread. Virtual threads would not do:
 * they migrate between carrier threads, and the namespace belongs to the carrier.
 */
public final class NetnsThread implements AutoCloseable {
    private static final Path NETNS_DIR = Path.of("/run/netns");

    private final String netns;
    private final ExecutorService thread;

    private NetnsThread(String netns) {
        this.netns = netns;
        this.thread = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("xskc-netns-" + netns).daemon()
                .factory());
    }

    /** Starts the thread and moves it into {@code netns}; fails if the namespace does not exist. */
    public static NetnsThread enter(String netns) {
        Path path = NETNS_DIR.resolve(netns);
        if (!Files.exists(path)) {
            throw new IllegalArgumentException("network namespace '" + netns + "' does not exist (no " + path + ")");
        }
        NetnsThread t = new NetnsThread(netns);
        try {
            t.call(() -> {
                try (Arena arena = Arena.ofConfined();
                        Fd nsFd = new Fd(SyscallException.check(
                                Libc.open(arena.allocateFrom(path.toString()), Linux.O_RDONLY | Linux.O_CLOEXEC, 0),
                                "open", path::toString), "netns " + netns)) {
                    SyscallException.check(Libc.setns(nsFd.value(), Linux.CLONE_NEWNET), "setns",
                            () -> path + ", CLONE_NEWNET");
                }
                return null;
            }, Duration.ofSeconds(10));
        } catch (RuntimeException e) {
            t.close();
            throw e;
        }
        return t;
    }

    public String netns() {
        return netns;
    }

    /** Runs {@code task} inside the namespace, waiting at most {@code deadline}. */
    public <T> T call(Callable<T> task, Duration deadline) {
        Future<T> f = thread.submit(task);
        try {
            return f.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("task in netns " + netns + " failed", e.getCause());
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new IllegalStateException("task in netns " + netns + " did not finish within " + deadline, e);
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for netns " + netns, e);
        }
    }

    public <T> T call(Callable<T> task) {
        return call(task, Duration.ofSeconds(30));
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
