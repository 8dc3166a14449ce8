package io.xskc.suites.support;

import io.xskc.capture.CapturedFrame;
import io.xskc.device.Capability;
import io.xskc.device.PeerSpec;
import io.xskc.packet.Frame;
import io.xskc.suite.ConformanceFailure;
import io.xskc.suite.DeviceHandle;
import io.xskc.suite.Evidence;
import io.xskc.xsk.FrameLedger;
import io.xskc.xsk.TxRequest;
import io.xskc.xsk.UmemConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Sends frames with checksum requests and judges every delivered checksum; the shared body of
 * the checksum, software-checksum and multi-buffer cases.
 */
public final class OffloadRun {
    private static final int MAX_LISTED = 10;

    private OffloadRun() {
    }

    /** How the peer must see each frame. */
    public static ChecksumCheck.Allowed allowed(DeviceHandle device, boolean swCsum) {
        boolean veth = device.capabilityFile().topology().peer() instanceof PeerSpec.Veth;
        return swCsum || !veth ? ChecksumCheck.Allowed.FINAL : ChecksumCheck.Allowed.FINAL_OR_PARTIAL_ON_VETH;
    }

    /** Whether the checksum suite registers XDP_UMEM_TX_SW_CSUM: when the device declares it for this mode. */
    public static boolean swCsumDeclared(DeviceHandle device) {
        return device.capabilities().declares(Capability.SW_CSUM);
    }

    /**
     * Sends each frame with the request {@code requestOf} gives and checks each arrives intact with
     * the right checksum; fails naming {@code clause} with every problem found.
     */
    public static void verify(DeviceHandle device, Evidence evidence, String clause, List<Frame> frames,
            Function<Frame, Optional<TxRequest>> requestOf, boolean swCsum, ChecksumCheck.Allowed allowed) {
        run(device, evidence, clause, frames, frames.stream().map(requestOf).toList(), swCsum,
                (sent, got) -> ChecksumCheck.problem(sent, got, allowed));
    }

    /** Frames sent without a checksum request must arrive byte for byte as written, checksum field included. */
    public static void verifyUntouched(DeviceHandle device, Evidence evidence, String clause, List<Frame> frames,
            List<Optional<TxRequest>> requests) {
        verifyUntouched(device, evidence, clause, frames, requests, Packets.umem(device, false));
    }

    public static void verifyUntouched(DeviceHandle device, Evidence evidence, String clause, List<Frame> frames,
            List<Optional<TxRequest>> requests, UmemConfig umem) {
        run(device, evidence, clause, frames, requests, umem, 0, null, (sent, got) -> {
            int at = sent.checksumOffset();
            int field = (got.bytes()[at] & 0xFF) << 8 | (got.bytes()[at + 1] & 0xFF);
            return field == sent.checksumField() ? Optional.empty()
                    : Optional.of(sent.describe() + ": checksum field rewritten to " + ChecksumCheck.hex(field)
                            + " although no checksum was requested; written " + ChecksumCheck.hex(sent.checksumField()));
        });
    }

    /** Judges one delivered frame: a problem, or empty. */
    @FunctionalInterface
    public interface Judge {
        Optional<String> problem(Frame sent, CapturedFrame got);
    }

    public static void run(DeviceHandle device, Evidence evidence, String clause, List<Frame> frames,
            List<Optional<TxRequest>> requests, boolean swCsum, Judge judge) {
        run(device, evidence, clause, frames, requests, Packets.umem(device, swCsum), 0, null, judge);
    }

    /** As {@link #run}, each frame split into {@code fragments} chunks. */
    public static void run(DeviceHandle device, Evidence evidence, String clause, List<Frame> frames,
            List<Optional<TxRequest>> requests, boolean swCsum, Judge judge, int fragments) {
        run(device, evidence, clause, frames, requests, Packets.umem(device, swCsum), fragments, null, judge);
    }

    /**
     * As {@link #run}, each frame split into {@code fragments} chunks (0: as few as fit), with
     * {@code laterMetadata} (if not null) written and flagged on every chunk after the first.
     */
    public static void run(DeviceHandle device, Evidence evidence, String clause, List<Frame> frames,
            List<Optional<TxRequest>> requests, boolean swCsum, Judge judge, int fragments, TxRequest laterMetadata) {
        run(device, evidence, clause, frames, requests, Packets.umem(device, swCsum), fragments, laterMetadata, judge);
    }

    private static void run(DeviceHandle device, Evidence evidence, String clause, List<Frame> frames,
            List<Optional<TxRequest>> requests, UmemConfig umem, int fragments, TxRequest laterMetadata, Judge judge) {
        List<Outgoing> out = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            Frame f = frames.get(i);
            if (!Packets.fits(device, umem, f.length())) {
                throw new IllegalArgumentException(f.describe() + " (" + f.length() + " bytes) needs more fragments "
                        + "than the device declares; the parameter set is wrong");
            }
            Outgoing o = fragments > 0
                    ? new Outgoing(f, io.xskc.xsk.TxPacket.split(f.bytes(), fragments, requests.get(i)))
                    : Packets.outgoing(f, requests.get(i), umem);
            if (laterMetadata != null) {
                o = new Outgoing(f, o.packet().withLaterMetadata(laterMetadata));
            }
            out.add(o);
        }
        List<String> problems = new ArrayList<>();
        List<CapturedFrame> captured;
        try (Exchange ex = Exchange.open(device, Packets.socket(device, umem))) {
            List<Sent> sent = ex.send(out);
            long completed = sent.stream().filter(Sent::completed).count();
            if (completed < frames.size()) {
                problems.add((frames.size() - completed) + " of " + frames.size() + " packets never completed ("
                        + Clauses.COMPLETION + ")");
            }
            captured = ex.captured(frames.size(), Exchange.WAIT);
            FrameLedger.Balance balance = ex.transmitter().ledger().balance();
            if (!balance.balanced()) {
                problems.add("frame ownership: " + balance);
            }
            evidence.note("frames", Integer.toString(frames.size()));
            evidence.note("captured", Integer.toString(captured.size()));
            evidence.note("tx_invalid_descs", Long.toString(ex.statisticsDelta().txInvalidDescs()));
        }
        Pcaps.attach(evidence, frames, captured);
        int diffs = 0;
        for (Matching.Pair p : Matching.pair(frames, captured)) {
            if (p.captured().isEmpty()) {
                problems.add(p.sent().describe() + ": not delivered to the peer (or delivered altered)");
                continue;
            }
            Optional<String> problem = judge.problem(p.sent(), p.captured().get());
            if (problem.isPresent()) {
                problems.add(problem.get());
                if (diffs++ < MAX_LISTED) {
                    evidence.attachText("hexdiff-" + p.sent().describe().replace(' ', '_') + ".txt",
                            ChecksumCheck.diff(p.sent(), p.captured().get()));
                }
            }
        }
        List<CapturedFrame> strays = Matching.unmatched(frames, captured);
        if (!strays.isEmpty()) {
            problems.add(strays.size() + " captured frame(s) match nothing that was sent (altered in flight)");
        }
        failIfAny(clause, problems);
    }

    public static void failIfAny(String clause, List<String> problems) {
        if (problems.isEmpty()) {
            return;
        }
        StringBuilder b = new StringBuilder().append(problems.size()).append(" problem(s)");
        problems.stream().limit(MAX_LISTED).forEach(p -> b.append("\n  - ").append(p));
        if (problems.size() > MAX_LISTED) {
            b.append("\n  ... and ").append(problems.size() - MAX_LISTED).append(" more");
        }
        throw new ConformanceFailure(clause, b.toString());
    }
}
