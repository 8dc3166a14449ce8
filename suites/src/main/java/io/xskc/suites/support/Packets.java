package io.xskc.suites.support;

import io.xskc.device.Capability;
import io.xskc.packet.Frame;
import io.xskc.suite.DeviceHandle;
import io.xskc.xsk.TxPacket;
import io.xskc.xsk.TxRequest;
import io.xskc.xsk.UmemConfig;
import io.xskc.xsk.XskConfig;
import java.util.Optional;

/** Building the packets and sockets the TX suites share. */
public final class Packets {
    private Packets() {
    }

    /** Checksum (and optionally timestamp) offload for {@code f}, at its real L4 header. */
    public static TxRequest checksumOf(Frame f) {
        return TxRequest.NONE.withChecksum(f.csumStart(), f.csumOffset());
    }

    /**
     * One packet for {@code f}: a single chunk when it fits, else as many chunks as it needs
     * (which takes XDP_USE_SG on the socket).
     */
    public static Outgoing outgoing(Frame f, Optional<TxRequest> request, UmemConfig umem) {
        int n = Math.ceilDiv(f.length(), umem.maxPacket());
        return new Outgoing(f, n == 1 ? new TxPacket(java.util.List.of(f.bytes()), request)
                : TxPacket.split(f.bytes(), n, request));
    }

    /** The UMEM for metadata cases on this device and mode: its declared metadata length, and SW csum if asked. */
    public static UmemConfig umem(DeviceHandle device, boolean swCsum) {
        return UmemConfig.withTxMetadata(1024).withTxMetadataLen(device.capabilities().txMetadataLength())
                .withSwCsum(swCsum);
    }

    /** A socket configuration with XDP_USE_SG when the device declares multi-buffer in this mode. */
    public static XskConfig socket(DeviceHandle device, UmemConfig umem) {
        return device.socketConfig(umem).withMultiBuffer(device.capabilities().declares(Capability.MULTI_BUFFER));
    }

    /** Whether a frame of {@code length} bytes can be sent on this device at all. */
    public static boolean fits(DeviceHandle device, UmemConfig umem, int length) {
        int chunks = Math.ceilDiv(length, umem.maxPacket());
        return chunks == 1 || device.capabilities().maxFragments().orElse(1) >= chunks;
    }
}
