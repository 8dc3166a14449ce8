package io.xskc.engine;

import io.xskc.device.CapabilityFile;
import io.xskc.device.Mode;
import io.xskc.device.PeerSpec;
import io.xskc.kernel.NetnsThread;
import io.xskc.kernel.Privileges;
import io.xskc.topology.Topology;
import io.xskc.topology.TopologyException;
import io.xskc.topology.VethTopology;
import java.util.List;
import java.util.Optional;

/**
 * A device's topology for the duration of its node, plus a thread inside the namespace of the
 * interface under test. If the topology cannot be built, every case reports why, as BROKEN; if the
 * process lacks privileges, every case is skipped naming them.
 */
final class DeviceSession implements AutoCloseable {
    private final CapabilityFile device;
    private final Optional<Topology> topology;
    private final Optional<NetnsThread> dutThread;
    private final Optional<String> privilegeProblem;
    private final Optional<RuntimeException> setupFailure;

    private DeviceSession(CapabilityFile device, Optional<Topology> topology, Optional<NetnsThread> dutThread,
            Optional<String> privilegeProblem, Optional<RuntimeException> setupFailure) {
        this.device = device;
        this.topology = topology;
        this.dutThread = dutThread;
        this.privilegeProblem = privilegeProblem;
        this.setupFailure = setupFailure;
    }

    static DeviceSession open(CapabilityFile device, XskcContext context) {
        List<String> missing = Privileges.ofThisProcess().missing(Privileges.FOR_VETH_RUN);
        if (!missing.isEmpty()) {
            return new DeviceSession(device, Optional.empty(), Optional.empty(),
                    Optional.of("needs " + String.join(", ", missing) + " (run as root)"), Optional.empty());
        }
        Topology t = null;
        try {
            t = createTopology(device);
            Optional<NetnsThread> thread = t.underTest().netns().map(NetnsThread::enter);
            return new DeviceSession(device, Optional.of(t), thread, Optional.empty(), Optional.empty());
        } catch (RuntimeException e) {
            if (t != null) {
                t.close();
            }
            return new DeviceSession(device, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(e));
        }
    }

    private static Topology createTopology(CapabilityFile device) {
        var spec = device.topology();
        return switch (spec.peer()) {
            case PeerSpec.Veth v -> VethTopology.create(spec.mtu().orElse(1500));
            case PeerSpec.Existing e -> throw new TopologyException("device " + device.device().name()
                    + " names existing interfaces (" + spec.underTest().ifname() + " -> " + e.iface().ifname()
                    + "); lab topologies are not supported by this build yet, only peer: veth");
        };
    }

    CapabilityFile capabilityFile() {
        return device;
    }

    Optional<String> privilegeProblem() {
        return privilegeProblem;
    }

    Optional<RuntimeException> setupFailure() {
        return setupFailure;
    }

    Topology topology() {
        return topology.orElseThrow();
    }

    Optional<NetnsThread> dutThread() {
        return dutThread;
    }

    CaseScope scope(Mode mode, long seed) {
        return new CaseScope(this, mode, seed);
    }

    @Override
    public void close() {
        try {
            dutThread.ifPresent(NetnsThread::close);
        } finally {
            topology.ifPresent(Topology::close);
        }
    }
}
