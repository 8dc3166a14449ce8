package io.xskc.suites;

import io.xskc.capture.CapturedFrame;
import io.xskc.device.Capability;
import io.xskc.kernel.Deadline;
import io.xskc.packet.ChecksumMode;
import io.xskc.packet.Frame;
import io.xskc.packet.FrameBuilder;
import io.xskc.suite.Case;
import io.xskc.suite.ConformanceSuite;
import io.xskc.suite.DeviceHandle;
import io.xskc.suite.Evidence;
import io.xskc.suite.ParameterContext;
import io.xskc.suite.ParameterSet;
import io.xskc.suite.Parameters;
import io.xskc.suites.support.ChecksumCheck;
import io.xskc.suites.support.Clauses;
import io.xskc.suites.support.Exchange;
import io.xskc.suites.support.OffloadRun;
import io.xskc.suites.support.Outgoing;
import io.xskc.suites.support.Packets;
import io.xskc.suites.support.Pcaps;
import io.xskc.suites.support.Sent;
import io.xskc.xsk.Completion;
import io.xskc.xsk.Transmitter;
import io.xskc.xsk.TxPacket;
import io.xskc.xsk.TxRequest;
import io.xskc.xsk.UmemConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Multi-buffer packets (XDP_USE_SG): metadata rides on the first chunk only and applies to the
 * whole packet (one checksum over every fragment, one timestamp); the same flag on later chunks is
 * ignored; a packet beyond the fragment limit is dropped and counted.
 */
@ConformanceSuite("multi-buffer")
public class MultiBufferSuite {
    public record Fragments(int count) implements ParameterSet {
        @Override
        public String name() {
            return count + "-fragments";
        }

        @Override
        public Map<String, String> reportParameters() {
            return Map.of("fragments", Integer.toString(count));
        }
    }

    static List<Fragments> fragmentCounts(ParameterContext ctx) {
        int max = ctx.capabilities().maxFragments().orElse(1);
        return IntStream.rangeClosed(2, max).mapToObj(Fragments::new).toList();
    }

    /** A UDP frame of about 500 bytes per fragment, within the MTU. */
    static Frame frame(DeviceHandle device, int fragments, long seed) {
        int length = Math.min(fragments * 500, device.mtu() + 14);
        return FrameBuilder.create().withIpv4().withUdp().withPayload(length - 42, seed)
                .withChecksumMode(ChecksumMode.PARTIAL).build();
    }

    @Case(description = "With metadata on the first chunk, the checksum covers every fragment of the packet",
            clause = Clauses.FIRST_CHUNK, link = Clauses.TXMD_DOC,
            requires = {Capability.MULTI_BUFFER, Capability.TX_CHECKSUM}, tags = "multi-buffer")
    @Parameters("fragmentCounts")
    void checksumCoversAllFragments(Fragments n, DeviceHandle device, Evidence evidence) {
        // Software checksum where declared: on veth it is the only way to see the sum on the wire.
        boolean sw = OffloadRun.swCsumDeclared(device);
        Frame f = frame(device, n.count(), device.seed());
        OffloadRun.run(device, evidence, Clauses.FIRST_CHUNK, List.of(f), List.of(Optional.of(Packets.checksumOf(f))),
                sw, (sent, got) -> ChecksumCheck.problem(sent, got, OffloadRun.allowed(device, sw)), n.count());
    }

    @Case(description = "A multi-buffer packet that requests a timestamp gets exactly one, on its first chunk's "
            + "completion, within the clock reads around it", clause = Clauses.FIRST_CHUNK, link = Clauses.TXMD_DOC,
            requires = {Capability.MULTI_BUFFER, Capability.TX_TIMESTAMP}, tags = "multi-buffer")
    @Parameters("fragmentCounts")
    void oneTimestampPerPacket(Fragments n, DeviceHandle device, Evidence evidence) {
        Frame f = frame(device, n.count(), device.seed());
        UmemConfig umem = Packets.umem(device, false);
        List<String> problems = new ArrayList<>();
        try (Exchange ex = Exchange.open(device, Packets.socket(device, umem))) {
            TxPacket p = TxPacket.split(f.bytes(), n.count(), Optional.of(TxRequest.timestamp()));
            Sent s = ex.send(List.of(new Outgoing(f, p))).getFirst();
            if (s.completions().size() != n.count()) {
                problems.add(s.completions().size() + " completions for " + n.count() + " descriptors ("
                        + Clauses.COMPLETION + ")");
            }
            long ts = s.timestamp().orElse(0);
            if (ts == 0) {
                problems.add("no timestamp on the first chunk's completion");
            } else if (ts < s.taiBeforeKick() || ts > s.taiAfterReap()) {
                problems.add("timestamp " + ts + " outside [" + s.taiBeforeKick() + ", " + s.taiAfterReap() + "]");
            }
            evidence.note("timestamp", Long.toString(ts));
            if (!ex.transmitter().ledger().balance().balanced()) {
                problems.add("frame ownership: " + ex.transmitter().ledger().balance());
            }
        }
        OffloadRun.failIfAny(Clauses.FIRST_CHUNK, problems);
    }

    @Case(description = "XDP_TX_METADATA set on later chunks is ignored: their metadata (a checksum request at a "
            + "wrong place) changes nothing, and the first chunk's request still applies",
            clause = Clauses.FIRST_CHUNK, link = Clauses.TXMD_DOC,
            requires = {Capability.MULTI_BUFFER, Capability.TX_CHECKSUM}, tags = "multi-buffer")
    void laterChunkMetadataIsIgnored(DeviceHandle device, Evidence evidence) {
        int count = Math.min(3, device.capabilities().maxFragments().orElse(2));
        Frame f = frame(device, count, device.seed());
        // Were it honoured, this would write a checksum over the EtherType at offset 12.
        TxRequest decoy = TxRequest.timestamp().withChecksum(0, 12);
        OffloadRun.run(device, evidence, Clauses.FIRST_CHUNK, List.of(f), List.of(Optional.of(Packets.checksumOf(f))),
                false, (sent, got) -> ChecksumCheck.problem(sent, got, OffloadRun.allowed(device, false)), count,
                decoy);
    }

    @Case(description = "A packet with more fragments than the kernel allows is dropped and counted in "
            + "tx_invalid_descs; no part of it reaches the wire and its frames are not lost",
            clause = Clauses.MULTI_BUFFER, link = Clauses.AF_XDP_DOC, requires = Capability.MULTI_BUFFER,
            tags = "multi-buffer")
    void overTheLimitIsDroppedAndCounted(DeviceHandle device, Evidence evidence) {
        int declared = device.capabilities().maxFragments().orElseThrow();
        // The copy path takes a linear part plus MAX_SKB_FRAGS (17): 18 descriptors; two more is over for any device.
        int count = Math.max(declared, 18) + 1;
        int length = Math.min(count * 300, device.mtu() + 14);
        Frame f = FrameBuilder.create().withIpv4().withUdp().withPayload(length - 42, device.seed())
                .withChecksumMode(ChecksumMode.FULL).build();
        TxPacket p = TxPacket.split(f.bytes(), count, Optional.empty());
        UmemConfig umem = Packets.umem(device, false);
        List<String> problems = new ArrayList<>();
        List<CapturedFrame> everything = new ArrayList<>();
        try (Exchange ex = Exchange.open(device, Packets.socket(device, umem))) {
            Transmitter tx = ex.transmitter();
            long id = tx.enqueue(p);
            tx.flush();
            Deadline d = Deadline.in(Duration.ofSeconds(2));
            while (ex.socket().tx().outstanding() > 0 && !d.expired()) {
                ex.socket().kick();
            }
            long invalid = ex.statisticsDelta().txInvalidDescs();
            List<Long> owed = tx.outstandingAddresses(id);
            // The kernel consumed the dropped descriptors without completing them; take them back
            // before reaping so the ledger judges only what it did complete.
            tx.reclaimDropped(owed.subList(0, (int) Math.min(invalid, owed.size())));
            List<Completion> done = tx.awaitCompletions(count - (int) invalid, Deadline.in(Duration.ofSeconds(1)));
            everything.addAll(ex.capturedAny(Duration.ofMillis(300)));
            evidence.note("descriptors", Integer.toString(count));
            evidence.note("tx_invalid_descs delta", Long.toString(invalid));
            evidence.note("completions", Integer.toString(done.size()));
            if (invalid == 0) {
                problems.add("tx_invalid_descs did not count the dropped packet");
            }
            if (invalid + done.size() != count) {
                problems.add(count + " descriptors, but " + invalid + " counted invalid and " + done.size()
                        + " completed: " + (count - invalid - done.size()) + " frames lost to the application");
            }
            if (!tx.ledger().balance().balanced()) {
                problems.add("frame ownership: " + tx.ledger().balance());
            }
        }
        for (CapturedFrame c : everything) {
            if (Arrays.equals(c.bytes(), f.bytes())) {
                problems.add("the over-limit packet reached the peer whole (" + c.bytes().length + " bytes)");
            } else if (isPieceOf(c.bytes(), f.bytes())) {
                problems.add("a " + c.bytes().length + "-byte piece of the dropped packet reached the peer as a frame "
                        + "of its own");
            }
        }
        if (!everything.isEmpty()) {
            Pcaps.attach(evidence, List.of(f), everything);
        }
        OffloadRun.failIfAny(Clauses.MULTI_BUFFER, problems);
    }

    private static boolean isPieceOf(byte[] piece, byte[] whole) {
        outer:
        for (int i = 0; i + piece.length <= whole.length; i++) {
            for (int j = 0; j < piece.length; j++) {
                if (whole[i + j] != piece[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

}
