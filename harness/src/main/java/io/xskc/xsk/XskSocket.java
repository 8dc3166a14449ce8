package io.xskc.xsk;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import io.xskc.kernel.Errno;
import io.xskc.kernel.Fd;
import io.xskc.kernel.Libc;
import io.xskc.kernel.Linux;
import io.xskc.kernel.Sockets;
import io.xskc.kernel.SyscallException;
import io.xskc.kernel.XdpUapi;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * One AF_XDP socket with its own UMEM: registered, rings mapped at the offsets the kernel reports,
 * bound to one queue. Open it on a thread inside the interface's network namespace (the socket
 * belongs to the namespace it was created in); afterwards any thread may use it.
 */
public final class XskSocket implements AutoCloseable {
    private final XskConfig config;
    private final Fd fd;
    private final Umem umem;
    private final MetadataRegistration registration;
    private final List<MemorySegment> mappings;
    private final ProducerRing tx;
    private final ProducerRing fill;
    private final ConsumerRing completion;
    private final ConsumerRing rx;
    private final int ifindex;
    private final int bindAttempts;
    private boolean closed;

    private XskSocket(XskConfig config, Fd fd, Umem umem, MetadataRegistration registration,
            List<MemorySegment> mappings, ProducerRing tx, ProducerRing fill, ConsumerRing completion,
            ConsumerRing rx, int ifindex, int bindAttempts) {
        this.config = config;
        this.fd = fd;
        this.umem = umem;
        this.registration = registration;
        this.mappings = mappings;
        this.tx = tx;
        this.fill = fill;
        this.completion = completion;
        this.rx = rx;
        this.ifindex = ifindex;
        this.bindAttempts = bindAttempts;
    }

    /** Creates, registers, maps and binds; on any failure everything created so far is released. */
    public static XskSocket open(XskConfig config) {
        int ifindex = Sockets.ifindex(config.ifname());
        Umem umem = Umem.allocate(config.umem());
        Fd fd = null;
        List<MemorySegment> mappings = new ArrayList<>();
        try {
            fd = Sockets.socket(Linux.AF_XDP, Linux.SOCK_RAW, 0, "AF_XDP socket for " + config.ifname());
            MetadataRegistration registration = register(fd, umem);
            Sockets.setInt(fd, Linux.SOL_XDP, XdpUapi.XDP_UMEM_FILL_RING, config.fillSize(), "XDP_UMEM_FILL_RING");
            Sockets.setInt(fd, Linux.SOL_XDP, XdpUapi.XDP_UMEM_COMPLETION_RING, config.completionSize(),
                    "XDP_UMEM_COMPLETION_RING");
            Sockets.setInt(fd, Linux.SOL_XDP, XdpUapi.XDP_TX_RING, config.txSize(), "XDP_TX_RING");
            if (config.rxSize() > 0) {
                Sockets.setInt(fd, Linux.SOL_XDP, XdpUapi.XDP_RX_RING, config.rxSize(), "XDP_RX_RING");
            }
            RingOffsets offsets = RingOffsets.read(fd);
            ProducerRing fill = new ProducerRing(map(fd, mappings, offsets.fill(), XdpUapi.XDP_UMEM_PGOFF_FILL_RING,
                    config.fillSize(), Long.BYTES));
            ConsumerRing completion = new ConsumerRing(map(fd, mappings, offsets.completion(),
                    XdpUapi.XDP_UMEM_PGOFF_COMPLETION_RING, config.completionSize(), Long.BYTES));
            ProducerRing tx = new ProducerRing(map(fd, mappings, offsets.tx(), XdpUapi.XDP_PGOFF_TX_RING,
                    config.txSize(), XdpUapi.XDP_DESC.byteSize()));
            ConsumerRing rx = config.rxSize() == 0 ? null : new ConsumerRing(map(fd, mappings, offsets.rx(),
                    XdpUapi.XDP_PGOFF_RX_RING, config.rxSize(), XdpUapi.XDP_DESC.byteSize()));
            int attempts = bind(fd, config, ifindex);
            return new XskSocket(config, fd, umem, registration, mappings, tx, fill, completion, rx, ifindex, attempts);
        } catch (RuntimeException e) {
            unmapAll(mappings);
            if (fd != null) {
                fd.close();
            }
            umem.close();
            throw e;
        }
    }

    private static MetadataRegistration register(Fd fd, Umem umem) {
        return UmemRegistration.register(umem.config(), flags -> registerWith(fd, umem, flags));
    }

    private static void registerWith(Fd fd, Umem umem, int flags) {
        UmemConfig c = umem.config();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment reg = arena.allocate(XdpUapi.XDP_UMEM_REG_LAYOUT);
            reg.set(JAVA_LONG, XdpUapi.UMEM_REG_ADDR, umem.memory().address());
            reg.set(JAVA_LONG, XdpUapi.UMEM_REG_LEN, umem.memory().byteSize());
            reg.set(JAVA_INT, XdpUapi.UMEM_REG_CHUNK_SIZE, c.chunkSize());
            reg.set(JAVA_INT, XdpUapi.UMEM_REG_HEADROOM, c.headroom());
            reg.set(JAVA_INT, XdpUapi.UMEM_REG_FLAGS, flags);
            reg.set(JAVA_INT, XdpUapi.UMEM_REG_TX_METADATA_LEN, c.txMetadataLen());
            SyscallException.check(Libc.setsockopt(fd.value(), Linux.SOL_XDP, XdpUapi.XDP_UMEM_REG, reg,
                    (int) reg.byteSize()), "setsockopt", () -> "XDP_UMEM_REG, len=" + c.bytes() + ", chunk_size="
                            + c.chunkSize() + ", headroom=" + c.headroom() + ", flags=" + umemFlags(flags)
                            + ", tx_metadata_len=" + c.txMetadataLen());
        }
    }

    private static RingMemory map(Fd fd, List<MemorySegment> mappings, RingOffsets.Ring off, long pgoff, int size,
            long entryBytes) {
        long length = off.desc() + size * entryBytes;
        MemorySegment m = Libc.mmap(MemorySegment.NULL, length, Linux.PROT_READ | Linux.PROT_WRITE,
                Linux.MAP_SHARED | Linux.MAP_POPULATE, fd.value(), pgoff);
        if (m.address() == Libc.MAP_FAILED.address()) {
            throw new SyscallException("mmap", "ring at pgoff 0x" + Long.toHexString(pgoff) + ", " + length
                    + " bytes", Libc.errno());
        }
        m = m.reinterpret(length);
        mappings.add(m);
        return RingMemory.slice(m, off.producer(), off.consumer(), off.flags(), off.desc(), size, entryBytes);
    }

    private static int bind(Fd fd, XskConfig config, int ifindex) {
        int flags = config.mode().flag() | (config.needWakeup() ? XdpUapi.XDP_USE_NEED_WAKEUP : 0)
                | (config.multiBuffer() ? XdpUapi.XDP_USE_SG : 0);
        long giveUp = System.nanoTime() + config.busyRetry().toNanos();
        long backoffMillis = 5;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment sa = arena.allocate(XdpUapi.SOCKADDR_XDP);
            sa.set(JAVA_SHORT, XdpUapi.SOCKADDR_XDP_FAMILY, (short) Linux.AF_XDP);
            sa.set(JAVA_SHORT, XdpUapi.SOCKADDR_XDP_FLAGS, (short) flags);
            sa.set(JAVA_INT, XdpUapi.SOCKADDR_XDP_IFINDEX, ifindex);
            sa.set(JAVA_INT, XdpUapi.SOCKADDR_XDP_QUEUE_ID, config.queue());
            for (int attempt = 1; ; attempt++) {
                int rc = Libc.bind(fd.value(), sa, (int) sa.byteSize());
                if (rc == 0) {
                    return attempt;
                }
                int errno = Libc.errno();
                if (errno != Errno.EBUSY || System.nanoTime() + backoffMillis * 1_000_000L > giveUp) {
                    String tries = attempt > 1 ? ", " + attempt + " attempts over " + config.busyRetry() : "";
                    throw new SyscallException("bind", "AF_XDP, ifname=" + config.ifname() + ", ifindex=" + ifindex
                            + ", queue=" + config.queue() + ", flags=" + bindFlags(flags) + tries, errno);
                }
                sleep(backoffMillis);
                backoffMillis = Math.min(backoffMillis * 2, 200);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(Duration.ofMillis(millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry an EBUSY bind", e);
        }
    }

    static String bindFlags(int flags) {
        StringJoiner j = new StringJoiner("|");
        if ((flags & XdpUapi.XDP_SHARED_UMEM) != 0) j.add("XDP_SHARED_UMEM");
        if ((flags & XdpUapi.XDP_COPY) != 0) j.add("XDP_COPY");
        if ((flags & XdpUapi.XDP_ZEROCOPY) != 0) j.add("XDP_ZEROCOPY");
        if ((flags & XdpUapi.XDP_USE_NEED_WAKEUP) != 0) j.add("XDP_USE_NEED_WAKEUP");
        if ((flags & XdpUapi.XDP_USE_SG) != 0) j.add("XDP_USE_SG");
        return flags == 0 ? "0" : j.toString();
    }

    static String umemFlags(int flags) {
        StringJoiner j = new StringJoiner("|");
        if ((flags & XdpUapi.XDP_UMEM_UNALIGNED_CHUNK_FLAG) != 0) j.add("XDP_UMEM_UNALIGNED_CHUNK_FLAG");
        if ((flags & XdpUapi.XDP_UMEM_TX_SW_CSUM) != 0) j.add("XDP_UMEM_TX_SW_CSUM");
        if ((flags & XdpUapi.XDP_UMEM_TX_METADATA_LEN) != 0) j.add("XDP_UMEM_TX_METADATA_LEN");
        return flags == 0 ? "0" : j.toString();
    }

    /**
     * Asks the kernel to process the TX ring: sendto(fd, NULL, 0, MSG_DONTWAIT). Returns 0, or
     * the errno of a transient refusal (EAGAIN, EBUSY, ENOBUFS) after which the caller reaps
     * completions and kicks again. Any other error, such as EINVAL for invalid metadata, throws.
     */
    public int kick() {
        long rc = Libc.sendto(fd.value(), MemorySegment.NULL, 0, Linux.MSG_DONTWAIT, MemorySegment.NULL, 0);
        if (rc >= 0) {
            return 0;
        }
        int errno = Libc.errno();
        if (errno == Errno.EAGAIN || errno == Errno.EBUSY || errno == Errno.ENOBUFS) {
            return errno;
        }
        throw new SyscallException("sendto", "AF_XDP kick, " + config.ifname() + " queue " + config.queue(), errno);
    }

    /** Waits until the socket is writable or readable again, at most {@code millis}. */
    public int poll(short events, int millis) {
        return Sockets.poll(fd, events, millis);
    }

    public XskStatistics statistics() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment s = arena.allocate(XdpUapi.XDP_STATISTICS_LAYOUT);
            int len = Sockets.get(fd, Linux.SOL_XDP, XdpUapi.XDP_STATISTICS, s, "XDP_STATISTICS");
            // Older kernels return only the first three counters.
            long[] v = new long[6];
            for (int i = 0; i < v.length && (i + 1) * 8 <= len; i++) {
                v[i] = s.get(JAVA_LONG, i * 8L);
            }
            return new XskStatistics(v[0], v[1], v[2], v[3], v[4], v[5]);
        }
    }

    /** Whether the kernel reports this socket as zero-copy (XDP_OPTIONS). */
    public boolean zeroCopy() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment o = arena.allocate(JAVA_INT);
            Sockets.get(fd, Linux.SOL_XDP, XdpUapi.XDP_OPTIONS, o, "XDP_OPTIONS");
            return (o.get(JAVA_INT, 0) & XdpUapi.XDP_OPTIONS_ZEROCOPY) != 0;
        }
    }

    public XskConfig config() {
        return config;
    }

    public Umem umem() {
        return umem;
    }

    public MetadataRegistration registration() {
        return registration;
    }

    public ProducerRing tx() {
        return tx;
    }

    public ProducerRing fill() {
        return fill;
    }

    public ConsumerRing completion() {
        return completion;
    }

    public ConsumerRing rx() {
        if (rx == null) {
            throw new IllegalStateException("socket was opened without an RX ring");
        }
        return rx;
    }

    public int ifindex() {
        return ifindex;
    }

    /** How many bind attempts it took (more than 1 when the queue was still busy). */
    public int bindAttempts() {
        return bindAttempts;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            unmapAll(mappings);
            fd.close();
        } finally {
            umem.close();
        }
    }

    private static void unmapAll(List<MemorySegment> mappings) {
        for (MemorySegment m : mappings) {
            SyscallException.check(Libc.munmap(m, m.byteSize()), "munmap", () -> "ring, " + m.byteSize() + " bytes");
        }
        mappings.clear();
    }

    @Override
    public String toString() {
        return "xsk[" + config.ifname() + " q" + config.queue() + " " + config.mode() + ", " + fd + "]";
    }
}
