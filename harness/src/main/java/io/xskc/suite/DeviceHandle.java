package io.xskc.suite;

import io.xskc.capture.PacketCapture;
import io.xskc.device.CapabilityFile;
import io.xskc.device.Mode;
import io.xskc.device.ModeCapabilities;
import io.xskc.topology.Endpoint;
import io.xskc.xsk.BindMode;
import io.xskc.xsk.UmemConfig;
import io.xskc.xsk.XskConfig;
import io.xskc.xsk.XskSocket;

/**
 * The device under test as a case sees it: its declarations in the mode under test, and the
 * operations that need its namespaces. Sockets and captures opened here are closed by the engine
 * when the case ends, even if the case forgets.
 */
public interface DeviceHandle {
    CapabilityFile capabilityFile();

    Mode mode();

    default ModeCapabilities capabilities() {
        return capabilityFile().capabilitiesIn(mode()).orElseThrow();
    }

    Endpoint underTest();

    Endpoint peer();

    int queue();

    int mtu();

    long seed();

    /** Opens and binds an AF_XDP socket on the interface under test, inside its namespace. */
    XskSocket openSocket(XskConfig config);

    /** An AF_PACKET receiver on the peer, inside its namespace. */
    PacketCapture capture();

    /** A socket configuration for this device, queue and mode over {@code umem}. */
    default XskConfig socketConfig(UmemConfig umem) {
        BindMode bind = mode() == Mode.COPY ? BindMode.COPY : BindMode.ZEROCOPY;
        return XskConfig.txOnly(underTest().ifname(), queue(), bind, umem);
    }
}
