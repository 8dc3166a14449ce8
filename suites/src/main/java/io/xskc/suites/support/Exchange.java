package io.xskc.suites.support;

import io.xskc.capture.CapturedFrame;
import io.xskc.capture.PacketCapture;
import io.xskc.kernel.ClockId;
import io.xskc.kernel.Clocks;
import io.xskc.kernel.Deadline;
import io.xskc.packet.FrameParser;
import io.xskc.packet.MacAddress;
import io.xskc.packet.MalformedFrameException;
import io.xskc.suite.DeviceHandle;
import io.xskc.xsk.Completion;
import io.xskc.xsk.Transmitter;
import io.xskc.xsk.UmemConfig;
import io.xskc.xsk.XskConfig;
import io.xskc.xsk.XskSocket;
import io.xskc.xsk.XskStatistics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A socket on the interface under test and a capture on its peer, driven together: packets go
 * out in batches that fit the rings, completions are matched back to their packets, and the
 * peer's frames are collected. The socket and the capture close with the exchange.
 */
public final class Exchange implements AutoCloseable {
    public static final Duration WAIT = Duration.ofSeconds(5);
    private static final int BATCH = 64;

    private final XskSocket socket;
    private final PacketCapture capture;
    private final Transmitter tx;
    private final XskStatistics before;

    private Exchange(XskSocket socket, PacketCapture capture) {
        this.socket = socket;
        this.capture = capture;
        this.tx = new Transmitter(socket);
        this.before = socket.statistics();
    }

    public static Exchange open(DeviceHandle device, UmemConfig umem) {
        return open(device, device.socketConfig(umem));
    }

    public static Exchange open(DeviceHandle device, XskConfig config) {
        PacketCapture capture = device.capture();
        try {
            return new Exchange(device.openSocket(config), capture);
        } catch (RuntimeException e) {
            capture.close();
            throw e;
        }
    }

    public Transmitter transmitter() {
        return tx;
    }

    public XskSocket socket() {
        return socket;
    }

    /** Sends every packet and waits for all completions; a missing completion shows as fewer entries. */
    public List<Sent> send(List<Outgoing> packets) {
        List<Sent> out = new ArrayList<>(packets.size());
        int i = 0;
        while (i < packets.size()) {
            List<Outgoing> batch = new ArrayList<>();
            Map<Long, Outgoing> byId = new HashMap<>();
            int descriptors = 0;
            while (i < packets.size() && batch.size() < BATCH && tx.canEnqueue(packets.get(i).packet())) {
                Outgoing o = packets.get(i++);
                byId.put(tx.enqueue(o.packet()), o);
                batch.add(o);
                descriptors += o.packet().fragments().size();
            }
            if (batch.isEmpty()) {
                throw new IllegalStateException("a packet of " + packets.get(i).packet().fragments().size()
                        + " fragments does not fit an empty ring and UMEM");
            }
            long before = Clocks.nanos(ClockId.TAI);
            List<Completion> done = tx.awaitCompletions(descriptors, Deadline.in(WAIT));
            long after = Clocks.nanos(ClockId.TAI);
            Map<Long, List<Completion>> grouped = new HashMap<>();
            for (Completion c : done) {
                grouped.computeIfAbsent(c.packetId(), k -> new ArrayList<>()).add(c);
            }
            for (Map.Entry<Long, Outgoing> e : byId.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey()).toList()) {
                out.add(new Sent(e.getValue().frame(), e.getValue().packet(), e.getKey(),
                        List.copyOf(grouped.getOrDefault(e.getKey(), List.of())), before, after));
            }
            if (done.size() < descriptors) {
                break; // the device stopped completing; the caller sees the shortfall
            }
        }
        return out;
    }

    /** Every frame the peer receives within {@code wait}, ours or not. */
    public List<CapturedFrame> capturedAny(Duration wait) {
        return capture.await(Integer.MAX_VALUE, f -> true, Deadline.in(wait));
    }

    /** Frames from this harness seen at the peer, waiting for {@code expected} or the deadline. */
    public List<CapturedFrame> captured(int expected, Duration wait) {
        return capture.await(expected, Exchange::fromHarness, Deadline.in(wait));
    }

    /** Frames built by xskc carry its locally administered source MAC and parse as IP/UDP/TCP. */
    static boolean fromHarness(CapturedFrame f) {
        byte[] b = f.bytes();
        if (b.length < 14 || macAt(b, 6) != MacAddress.LOCAL_1.value()) {
            return false;
        }
        try {
            FrameParser.parse(b);
            return true;
        } catch (MalformedFrameException e) {
            return true; // ours, but malformed: exactly what a case must see
        }
    }

    private static long macAt(byte[] b, int off) {
        long v = 0;
        for (int i = 0; i < 6; i++) {
            v = v << 8 | (b[off + i] & 0xFF);
        }
        return v;
    }

    /** Counter changes since the exchange opened. */
    public XskStatistics statisticsDelta() {
        XskStatistics now = socket.statistics();
        return new XskStatistics(now.rxDropped() - before.rxDropped(), now.rxInvalidDescs() - before.rxInvalidDescs(),
                now.txInvalidDescs() - before.txInvalidDescs(), now.rxRingFull() - before.rxRingFull(),
                now.rxFillRingEmptyDescs() - before.rxFillRingEmptyDescs(),
                now.txRingEmptyDescs() - before.txRingEmptyDescs());
    }

    @Override
    public void close() {
        try {
            socket.close();
        } finally {
            capture.close();
        }
    }
}
