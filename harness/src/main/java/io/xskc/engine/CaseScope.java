package io.xskc.engine;

import io.xskc.capture.PacketCapture;
import io.xskc.device.CapabilityFile;
import io.xskc.device.Mode;
import io.xskc.suite.DeviceHandle;
import io.xskc.topology.Endpoint;
import io.xskc.xsk.XskConfig;
import io.xskc.xsk.XskSocket;
import java.util.ArrayDeque;
import java.util.Deque;

/** The {@link DeviceHandle} one case gets; closes whatever the case opened, newest first. */
final class CaseScope implements DeviceHandle, AutoCloseable {
    private final DeviceSession session;
    private final Mode mode;
    private final long seed;
    private final Deque<AutoCloseable> opened = new ArrayDeque<>();

    CaseScope(DeviceSession session, Mode mode, long seed) {
        this.session = session;
        this.mode = mode;
        this.seed = seed;
    }

    @Override
    public CapabilityFile capabilityFile() {
        return session.capabilityFile();
    }

    @Override
    public Mode mode() {
        return mode;
    }

    @Override
    public Endpoint underTest() {
        return session.topology().underTest();
    }

    @Override
    public Endpoint peer() {
        return session.topology().peer();
    }

    @Override
    public int queue() {
        return session.capabilityFile().topology().queue();
    }

    @Override
    public int mtu() {
        return session.topology().mtu();
    }

    @Override
    public long seed() {
        return seed;
    }

    @Override
    public synchronized XskSocket openSocket(XskConfig config) {
        XskSocket s = session.dutThread().map(t -> t.call(() -> XskSocket.open(config)))
                .orElseGet(() -> XskSocket.open(config));
        opened.push(s);
        return s;
    }

    @Override
    public synchronized PacketCapture capture() {
        PacketCapture c = PacketCapture.open(peer());
        opened.push(c);
        return c;
    }

    @Override
    public synchronized void close() throws Exception {
        Exception first = null;
        while (!opened.isEmpty()) {
            try {
                opened.pop().close();
            } catch (Exception e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
