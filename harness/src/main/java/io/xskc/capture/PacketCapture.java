package io.xskc.capture;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import io.xskc.kernel.Deadline;
import io.xskc.kernel.Errno;
import io.xskc.kernel.Fd;
import io.xskc.kernel.Libc;
import io.xskc.kernel.Linux;
import io.xskc.kernel.NetnsThread;
import io.xskc.kernel.Sockets;
import io.xskc.kernel.SocketUapi;
import io.xskc.kernel.SyscallException;
import io.xskc.topology.Endpoint;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * An AF_PACKET receiver bound to one interface, created inside that interface's namespace. It
 * asks for PACKET_AUXDATA on every frame, because the status word is the only place the kernel
 * says a checksum was left partial. Not thread-safe; one reader.
 */
public final class PacketCapture implements AutoCloseable {
    private static final int SNAPLEN = 65536 + 4;
    private static final int RCVBUF = 64 << 20;
    private static final int CONTROL_BYTES = 64;

    private final Endpoint endpoint;
    private final Fd fd;
    private final Arena arena = Arena.ofShared();
    private final MemorySegment buffer;
    private final MemorySegment control;
    private final MemorySegment iov;
    private final MemorySegment msg;

    private PacketCapture(Endpoint endpoint, Fd fd) {
        this.endpoint = endpoint;
        this.fd = fd;
        this.buffer = arena.allocate(SNAPLEN);
        this.control = arena.allocate(CONTROL_BYTES, 8);
        this.iov = arena.allocate(SocketUapi.IOVEC);
        this.msg = arena.allocate(SocketUapi.MSGHDR);
    }

    /** Opens a receiver on {@code endpoint}, in its namespace when it names one. */
    public static PacketCapture open(Endpoint endpoint) {
        Fd fd = endpoint.netns().isPresent() ? inNetns(endpoint) : openHere(endpoint.ifname());
        PacketCapture c = new PacketCapture(endpoint, fd);
        c.drain();
        return c;
    }

    private static Fd inNetns(Endpoint endpoint) {
        try (NetnsThread t = NetnsThread.enter(endpoint.netns().orElseThrow())) {
            return t.call(() -> openHere(endpoint.ifname()));
        }
    }

    private static Fd openHere(String ifname) {
        int ifindex = Sockets.ifindex(ifname);
        short protocol = Short.reverseBytes((short) Linux.ETH_P_ALL);
        Fd fd = Sockets.socket(Linux.AF_PACKET, Linux.SOCK_RAW, Short.toUnsignedInt(protocol),
                "AF_PACKET capture on " + ifname);
        try (Arena a = Arena.ofConfined()) {
            Sockets.setInt(fd, Linux.SOL_PACKET, Linux.PACKET_AUXDATA, 1, "PACKET_AUXDATA");
            try {
                Sockets.setInt(fd, Linux.SOL_SOCKET, Linux.SO_RCVBUFFORCE, RCVBUF, "SO_RCVBUFFORCE");
            } catch (SyscallException e) {
                // Without CAP_NET_ADMIN the buffer is capped by rmem_max; still usable for small runs.
                Sockets.setInt(fd, Linux.SOL_SOCKET, Linux.SO_RCVBUF, RCVBUF, "SO_RCVBUF");
            }
            MemorySegment sll = a.allocate(SocketUapi.SOCKADDR_LL);
            sll.set(JAVA_SHORT, SocketUapi.SLL_FAMILY, (short) Linux.AF_PACKET);
            sll.set(JAVA_SHORT, SocketUapi.SLL_PROTOCOL, protocol);
            sll.set(JAVA_INT, SocketUapi.SLL_IFINDEX, ifindex);
            SyscallException.check(Libc.bind(fd.value(), sll, (int) sll.byteSize()), "bind",
                    () -> "AF_PACKET, ifname=" + ifname + ", ifindex=" + ifindex + ", ETH_P_ALL");
            return fd;
        } catch (RuntimeException e) {
            fd.close();
            throw e;
        }
    }

    /** Discards what arrived before the bind narrowed the socket to one interface. */
    private void drain() {
        while (receiveNow().isPresent()) {
            // discard
        }
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    /** The next frame, waiting until the deadline. */
    public Optional<CapturedFrame> receive(Deadline deadline) {
        while (true) {
            Optional<CapturedFrame> f = receiveNow();
            if (f.isPresent() || deadline.expired()) {
                return f;
            }
            Sockets.poll(fd, Linux.POLLIN, deadline.pollMillis(100));
        }
    }

    /**
     * Collects frames that match {@code filter} until {@code count} have arrived or the deadline
     * passes; returns what arrived, which the caller compares with {@code count}.
     */
    public List<CapturedFrame> await(int count, Predicate<CapturedFrame> filter, Deadline deadline) {
        List<CapturedFrame> got = new ArrayList<>(Math.min(count, 1024));
        while (got.size() < count) {
            Optional<CapturedFrame> f = receive(deadline);
            if (f.isEmpty()) {
                break;
            }
            if (filter.test(f.get())) {
                got.add(f.get());
            }
        }
        return got;
    }

    private Optional<CapturedFrame> receiveNow() {
        iov.set(ADDRESS, SocketUapi.IOVEC_BASE, buffer);
        iov.set(JAVA_LONG, SocketUapi.IOVEC_LEN, buffer.byteSize());
        msg.fill((byte) 0);
        msg.set(ADDRESS, SocketUapi.MSGHDR_IOV, iov);
        msg.set(JAVA_LONG, SocketUapi.MSGHDR_IOVLEN, 1);
        msg.set(ADDRESS, SocketUapi.MSGHDR_CONTROL, control);
        msg.set(JAVA_LONG, SocketUapi.MSGHDR_CONTROLLEN, control.byteSize());
        long n = Libc.recvmsg(fd.value(), msg, Linux.MSG_DONTWAIT | Linux.MSG_TRUNC);
        if (n < 0) {
            int errno = Libc.errno();
            if (errno == Errno.EAGAIN || errno == Errno.EINTR) {
                return Optional.empty();
            }
            throw new SyscallException("recvmsg", "AF_PACKET capture on " + endpoint, errno);
        }
        int copied = (int) Math.min(n, buffer.byteSize());
        byte[] data = buffer.asSlice(0, copied).toArray(JAVA_BYTE);
        AuxData aux = AuxData.find(control, msg.get(JAVA_LONG, SocketUapi.MSGHDR_CONTROLLEN));
        if (aux == null) {
            return Optional.of(new CapturedFrame(data, (int) n, 0, false));
        }
        if ((aux.status() & Linux.TP_STATUS_VLAN_VALID) != 0 && data.length >= 12) {
            return Optional.of(new CapturedFrame(AuxData.reinsertVlan(data, aux), aux.length() + 4, aux.status(),
                    true));
        }
        return Optional.of(new CapturedFrame(data, aux.length(), aux.status(), false));
    }

    /** Idempotent: a case may close its capture and the engine closes it again. */
    @Override
    public synchronized void close() {
        if (!fd.isOpen()) {
            return;
        }
        try {
            fd.close();
        } finally {
            arena.close();
        }
    }
}
