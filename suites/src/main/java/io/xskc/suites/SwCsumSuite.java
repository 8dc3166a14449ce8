package io.xskc.suites;

import io.xskc.device.Capability;
import io.xskc.device.Mode;
import io.xskc.device.PeerSpec;
import io.xskc.kernel.SyscallException;
import io.xskc.packet.Frame;
import io.xskc.suite.CaseSkipped;
import io.xskc.suite.Case;
import io.xskc.suite.ConformanceSuite;
import io.xskc.suite.DeviceHandle;
import io.xskc.suite.Evidence;
import io.xskc.suite.ParameterContext;
import io.xskc.suite.Parameters;
import io.xskc.suite.Seeds;
import io.xskc.suite.SkipReason;
import io.xskc.suites.support.ChecksumCheck;
import io.xskc.suites.support.Clauses;
import io.xskc.suites.support.OffloadRun;
import io.xskc.suites.support.Packets;
import io.xskc.suites.support.Shape;
import io.xskc.suites.support.Shapes;
import io.xskc.xsk.XskSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * XDP_UMEM_TX_SW_CSUM: in XDP_COPY mode the kernel computes the checksum on the CPU, so every
 * shape must arrive final; in zero-copy the flag has no effect or is refused; without it, veth
 * hands the frame over partial and says so.
 */
@ConformanceSuite("sw-csum")
public class SwCsumSuite {
    static final int RANDOM_FRAMES = 1000;

    static List<Shape> shapes(ParameterContext ctx) {
        List<Shape> all = new ArrayList<>(Shapes.matrix(Shapes.mtu(ctx)));
        all.addAll(Shapes.unusualOffsets());
        return all;
    }

    private static void software(DeviceHandle device, Evidence evidence, List<Frame> frames) {
        OffloadRun.verify(device, evidence, Clauses.SW_CSUM, frames, f -> Optional.of(Packets.checksumOf(f)), true,
                ChecksumCheck.Allowed.FINAL);
    }

    @Case(description = "With XDP_UMEM_TX_SW_CSUM in XDP_COPY mode the checksum of every shape is computed on the "
            + "CPU and arrives final (no TP_STATUS_CSUMNOTREADY), including frames that span several chunks",
            clause = Clauses.SW_CSUM, link = Clauses.TXMD_DOC, requires = Capability.SW_CSUM, modes = Mode.COPY,
            tags = "sw-csum")
    @Parameters("shapes")
    void everyShapeIsFinal(Shape shape, DeviceHandle device, Evidence evidence) {
        software(device, evidence, List.of(shape.build(device.seed())));
    }

    @Case(description = "Random shapes drawn from the run's seed, all final with XDP_UMEM_TX_SW_CSUM",
            clause = Clauses.SW_CSUM, link = Clauses.TXMD_DOC, requires = Capability.SW_CSUM, modes = Mode.COPY,
            tags = {"sw-csum", "random"})
    void randomShapesAreFinal(DeviceHandle device, Evidence evidence) {
        RandomGenerator r = Seeds.generator(device.seed(), "sw-csum.random@" + device.mode());
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < RANDOM_FRAMES; i++) {
            frames.add(Shapes.random(r, device.mtu()).build(r.nextLong()));
        }
        software(device, evidence, frames);
    }

    @Case(description = "Without XDP_UMEM_TX_SW_CSUM a veth peer receives the frame CHECKSUM_PARTIAL: the "
            + "pseudo-header seed is still in the checksum field and the kernel marks it TP_STATUS_CSUMNOTREADY",
            clause = Clauses.SW_CSUM, link = Clauses.TXMD_DOC, requires = Capability.TX_CHECKSUM, modes = Mode.COPY,
            tags = "sw-csum")
    void withoutTheFlagVethDeliversPartial(DeviceHandle device, Evidence evidence) {
        if (!(device.capabilityFile().topology().peer() instanceof PeerSpec.Veth)) {
            throw new CaseSkipped(SkipReason.ENVIRONMENT, "only a veth peer receives the skb itself; a NIC finishes "
                    + "the checksum on the wire");
        }
        List<Frame> frames = Shapes.unusualOffsets().stream().map(s -> s.build(device.seed())).toList();
        OffloadRun.run(device, evidence, Clauses.SW_CSUM, frames,
                frames.stream().map(f -> Optional.of(Packets.checksumOf(f))).toList(), false, (sent, got) -> {
                    if (!got.checksumNotReady()) {
                        return Optional.of(sent.describe() + ": not marked TP_STATUS_CSUMNOTREADY");
                    }
                    return ChecksumCheck.problem(sent, got, ChecksumCheck.Allowed.FINAL_OR_PARTIAL_ON_VETH);
                });
    }

    @Case(description = "In zero-copy mode XDP_UMEM_TX_SW_CSUM has no effect or is refused: a bind either fails, "
            + "or frames still get the device's checksum", clause = Clauses.SW_CSUM, link = Clauses.TXMD_DOC,
            requires = Capability.TX_CHECKSUM, modes = Mode.ZEROCOPY, tags = "sw-csum")
    void zeroCopyIgnoresOrRefusesTheFlag(DeviceHandle device, Evidence evidence) {
        try {
            XskSocket s = device.openSocket(Packets.socket(device, Packets.umem(device, true)));
            s.close();
        } catch (SyscallException refused) {
            evidence.note("bind", refused.getMessage());
            return;
        }
        Frame f = Shapes.unusualOffsets().getFirst().build(device.seed());
        OffloadRun.verify(device, evidence, Clauses.SW_CSUM, List.of(f), g -> Optional.of(Packets.checksumOf(g)), true,
                ChecksumCheck.Allowed.FINAL);
    }
}
