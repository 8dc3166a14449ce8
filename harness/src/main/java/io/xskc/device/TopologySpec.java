package io.xskc.device;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * The links a run uses: the interface under test and the queue its AF_XDP socket binds, the peer,
 * and the MTU to set on both ends (needed for multi-buffer frames, which veth drops above the MTU).
 */
public record TopologySpec(InterfaceRef underTest, int queue, PeerSpec peer, OptionalInt mtu) {

    public static final int MIN_MTU = 68;
    public static final int MAX_MTU = 65535;

    public TopologySpec {
        Objects.requireNonNull(underTest, "underTest");
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(mtu, "mtu");
        if (queue < 0) {
            throw new IllegalArgumentException("queue must be >= 0: " + queue);
        }
        if (mtu.isPresent() && (mtu.getAsInt() < MIN_MTU || mtu.getAsInt() > MAX_MTU)) {
            throw new IllegalArgumentException("mtu must be " + MIN_MTU + ".." + MAX_MTU + ": " + mtu.getAsInt());
        }
        if (peer instanceof PeerSpec.Veth && underTest.netns().isPresent()) {
            throw new IllegalArgumentException("with a veth peer xskc chooses the namespaces itself");
        }
        if (peer instanceof PeerSpec.Existing(InterfaceRef p) && p.equals(underTest)) {
            throw new IllegalArgumentException("peer must differ from the interface under test: " + p);
        }
    }
}
