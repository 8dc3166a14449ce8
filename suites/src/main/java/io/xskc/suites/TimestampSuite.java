package io.xskc.suites;

import io.xskc.device.Capability;
import io.xskc.device.ClockDomain;
import io.xskc.device.Thresholds;
import io.xskc.packet.ChecksumMode;
import io.xskc.packet.Frame;
import io.xskc.packet.FrameBuilder;
import io.xskc.suite.Case;
import io.xskc.suite.CaseSkipped;
import io.xskc.suite.ConformanceSuite;
import io.xskc.suite.DeviceHandle;
import io.xskc.suite.Evidence;
import io.xskc.suite.Severity;
import io.xskc.suite.SkipReason;
import io.xskc.suites.support.Clauses;
import io.xskc.suites.support.Distribution;
import io.xskc.suites.support.Exchange;
import io.xskc.suites.support.OffloadRun;
import io.xskc.suites.support.Outgoing;
import io.xskc.suites.support.Packets;
import io.xskc.suites.support.Sent;
import io.xskc.suites.support.SvgHistogram;
import io.xskc.xsk.TxMetadata;
import io.xskc.xsk.TxPacket;
import io.xskc.xsk.TxRequest;
import io.xskc.xsk.UmemConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * TX timestamps (XDP_TXMD_FLAGS_TIMESTAMP): one for every frame that asks, none written for frames
 * that do not, each between the clock reads around its submission and reaping, never decreasing
 * in completion order, and their latency figures over a long run.
 */
@ConformanceSuite("tx-timestamp")
public class TimestampSuite {
    private static Frame frame(long seed) {
        return FrameBuilder.create().withIpv4().withUdp().withPayload(18, seed).withChecksumMode(ChecksumMode.FULL)
                .build();
    }

    /** Timestamps of the software path are CLOCK_TAI; a PHC needs correlation this build cannot do yet. */
    private static void requireTaiDomain(DeviceHandle device) {
        ClockDomain clock = device.capabilities().timestampClock().orElseThrow();
        if (clock != ClockDomain.SOFTWARE_TAI) {
            throw new CaseSkipped(SkipReason.ENVIRONMENT, "timestamps are declared in the " + clock
                    + " domain; reading them needs the PHC correlation of issue 6, not in this build");
        }
    }

    @Case(description = "Every frame that requests a timestamp gets one; a frame that does not request one (no "
            + "XDP_TX_METADATA, or metadata without the flag) leaves the completion area untouched",
            clause = Clauses.TIMESTAMP, link = Clauses.TXMD_DOC, requires = Capability.TX_TIMESTAMP,
            severity = Severity.CRITICAL, tags = "tx-timestamp")
    void onlyRequestedFramesAreStamped(DeviceHandle device, Evidence evidence) {
        requireTaiDomain(device);
        UmemConfig umem = Packets.umem(device, false);
        // A request without TIMESTAMP whose csum fields hold a pattern: the completion word must keep it.
        TxRequest quiet = new TxRequest(0, 0xA5A5, 0x5A5A, 0);
        List<Outgoing> out = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Frame f = frame(i);
            Optional<TxRequest> r = switch (i % 3) {
                case 0 -> Optional.of(TxRequest.timestamp());
                case 1 -> Optional.of(quiet);
                default -> Optional.empty();
            };
            out.add(new Outgoing(f, new TxPacket(List.of(f.bytes()), r)));
        }
        List<String> problems = new ArrayList<>();
        try (Exchange ex = Exchange.open(device, umem)) {
            List<Sent> sent = ex.send(out);
            for (int i = 0; i < sent.size(); i++) {
                Sent s = sent.get(i);
                OptionalLong word = s.completionWord();
                switch (i % 3) {
                    case 0 -> {
                        if (s.timestamp().orElse(0) == 0) {
                            problems.add("frame " + i + " requested a timestamp and got none");
                        }
                    }
                    case 1 -> {
                        if (word.isPresent() && word.getAsLong() != TxMetadata.requestWord(quiet)) {
                            problems.add(String.format("frame %d had metadata without TIMESTAMP, yet its completion "
                                    + "area changed from 0x%x to 0x%x", i, TxMetadata.requestWord(quiet),
                                    word.getAsLong()));
                        }
                    }
                    default -> {
                        // No XDP_TX_METADATA: the transmitter left a pattern the kernel must not touch.
                        if (word.isPresent() && word.getAsLong() != TxMetadata.UNUSED_AREA_PATTERN) {
                            problems.add(String.format("frame %d carried no metadata, yet the area before it changed "
                                    + "from 0x%x to 0x%x", i, TxMetadata.UNUSED_AREA_PATTERN, word.getAsLong()));
                        }
                    }
                }
            }
            if (sent.size() < out.size() || sent.stream().anyMatch(s -> !s.completed())) {
                problems.add("not every frame completed (" + Clauses.COMPLETION + ")");
            }
        }
        OffloadRun.failIfAny(Clauses.TIMESTAMP, problems);
    }

    @Case(description = "Over a long run each timestamp lies between the CLOCK_TAI read before the kick and the one "
            + "after reaping, timestamps never decrease in completion order and stay distinct; latency figures and "
            + "missing stamps are reported against the capability file's thresholds",
            clause = Clauses.TIMESTAMP, link = Clauses.TXMD_DOC, requires = Capability.TX_TIMESTAMP,
            severity = Severity.CRITICAL, tags = {"tx-timestamp", "statistics"})
    void boundedMonotonicAndMeasured(DeviceHandle device, Evidence evidence) {
        requireTaiDomain(device);
        Thresholds limits = device.capabilityFile().thresholds();
        int n = Math.max(10_000, limits.minSamples());
        UmemConfig umem = Packets.umem(device, false);
        List<Outgoing> out = new ArrayList<>(n);
        Frame f = frame(1);
        TxPacket p = TxPacket.of(f.bytes(), TxRequest.timestamp());
        for (int i = 0; i < n; i++) {
            out.add(new Outgoing(f, p));
        }
        List<Sent> sent;
        try (Exchange ex = Exchange.open(device, umem)) {
            sent = ex.send(out);
        }
        long lower = limits.timestampLowerToleranceNs();
        long upper = limits.timestampUpperToleranceNs();
        long[] afterSubmit = new long[sent.size()];
        long[] beforeReap = new long[sent.size()];
        int stamped = 0;
        int missing = n - sent.size();
        int outOfBounds = 0;
        int decreasing = 0;
        int duplicates = 0;
        long previous = Long.MIN_VALUE;
        StringBuilder csv = new StringBuilder("index,tai_before_kick_ns,tx_timestamp_ns,tai_after_reap_ns\n");
        List<String> examples = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            Sent s = sent.get(i);
            long ts = s.timestamp().orElse(0);
            csv.append(i).append(',').append(s.taiBeforeKick()).append(',').append(ts).append(',')
                    .append(s.taiAfterReap()).append('\n');
            if (ts == 0) {
                missing++;
                continue;
            }
            afterSubmit[stamped] = ts - s.taiBeforeKick();
            beforeReap[stamped] = s.taiAfterReap() - ts;
            stamped++;
            if (ts < s.taiBeforeKick() - lower || ts > s.taiAfterReap() + upper) {
                if (outOfBounds++ < 5) {
                    examples.add("frame " + i + ": timestamp " + ts + " outside [" + s.taiBeforeKick() + ", "
                            + s.taiAfterReap() + "]");
                }
            }
            if (ts < previous) {
                if (decreasing++ < 5) {
                    examples.add("frame " + i + ": timestamp " + ts + " is earlier than the previous " + previous);
                }
            } else if (ts == previous) {
                duplicates++;
            }
            previous = ts;
        }
        afterSubmit = java.util.Arrays.copyOf(afterSubmit, stamped);
        beforeReap = java.util.Arrays.copyOf(beforeReap, stamped);
        Distribution sub = Distribution.of(afterSubmit);
        Distribution reap = Distribution.of(beforeReap);
        evidence.attachCsv("timestamps.csv", csv.toString());
        evidence.attach("timestamp-minus-submit.svg", "image/svg+xml", SvgHistogram.render(
                "tx_timestamp - CLOCK_TAI before kick", "ns", afterSubmit).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        evidence.attach("reap-minus-timestamp.svg", "image/svg+xml", SvgHistogram.render(
                "CLOCK_TAI after reap - tx_timestamp", "ns", beforeReap).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        evidence.note("frames", Integer.toString(n));
        evidence.note("missing timestamps", Integer.toString(missing));
        evidence.note("timestamp - submit", sub.toString());
        evidence.note("reap - timestamp", reap.toString());
        evidence.note("equal consecutive timestamps", Integer.toString(duplicates));
        List<String> problems = new ArrayList<>(examples);
        if (missing > 0) {
            problems.add(missing + " of " + n + " frames that requested a timestamp got none");
        }
        if (outOfBounds > 0) {
            problems.add(outOfBounds + " timestamps outside their bounds (tolerance -" + lower + "/+" + upper + " ns)");
        }
        if (decreasing > 0) {
            problems.add(decreasing + " timestamps decreased in completion order");
        }
        if (duplicates > 0) {
            problems.add(duplicates + " timestamps equal to their predecessor: not distinct under load");
        }
        OffloadRun.failIfAny(Clauses.TIMESTAMP, problems);
    }
}
