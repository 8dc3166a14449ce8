package io.xskc.xsk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xskc.capture.CapturedFrame;
import io.xskc.capture.PacketCapture;
import io.xskc.kernel.ClockId;
import io.xskc.kernel.Clocks;
import io.xskc.kernel.Deadline;
import io.xskc.kernel.NetnsThread;
import io.xskc.packet.ChecksumMode;
import io.xskc.packet.Frame;
import io.xskc.packet.FrameBuilder;
import io.xskc.packet.FrameParser;
import io.xskc.packet.MalformedFrameException;
import io.xskc.packet.ParsedFrame;
import io.xskc.testing.OpenFds;
import io.xskc.testing.RootOnly;
import io.xskc.topology.VethTopology;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole transmit path on a veth pair in xskc's namespaces, in XDP_COPY mode: frames with TX
 * metadata out of an AF_XDP socket, captured at the peer and checked against the independent
 * checksum, with timestamps bounded by CLOCK_TAI readings and the frame ledger balanced.
 */
class TransmitPathIT {
    private static final Duration WAIT = Duration.ofSeconds(5);

    @BeforeEach
    void privileged() {
        RootOnly.assumeVethPrivileges();
    }

    private static List<Frame> frames() {
        // The application seeds the checksum field with the pseudo-header sum, as for
        // CHECKSUM_PARTIAL; the kernel finishes it from csum_start to the end of the packet.
        return List.of(
                FrameBuilder.create().withIpv4().withUdp().withPayload(37, 1).withChecksumMode(ChecksumMode.PARTIAL)
                        .build(),
                FrameBuilder.create().withIpv6().withTcp().withPayload(64, 2).withChecksumMode(ChecksumMode.PARTIAL)
                        .build());
    }

    private record Sent(List<Completion> completions, long taiBeforeKick, long taiAfterReap, XskStatistics stats,
            FrameLedger.Balance balance, MetadataRegistration registration, List<CapturedFrame> captured) {
    }

    private static Sent send(VethTopology t, List<Frame> frames, boolean swCsum) {
        UmemConfig umem = UmemConfig.withTxMetadata(64).withSwCsum(swCsum);
        try (PacketCapture capture = PacketCapture.open(t.peer());
                NetnsThread dut = NetnsThread.enter(t.underTest().netns().orElseThrow());
                XskSocket socket = dut.call(() -> XskSocket.open(
                        XskConfig.txOnly(t.underTest().ifname(), 0, BindMode.COPY, umem)))) {
            Transmitter tx = new Transmitter(socket);
            for (Frame f : frames) {
                tx.enqueue(TxPacket.of(f.bytes(), TxRequest.timestamp().withChecksum(f.csumStart(), f.csumOffset())));
            }
            long before = Clocks.nanos(ClockId.TAI);
            List<Completion> done = tx.awaitCompletions(frames.size(), Deadline.in(WAIT));
            long after = Clocks.nanos(ClockId.TAI);
            List<CapturedFrame> got = capture.await(frames.size(), TransmitPathIT::ours, Deadline.in(WAIT));
            return new Sent(done, before, after, socket.statistics(), tx.ledger().balance(), socket.registration(),
                    got);
        }
    }

    /** Frames this test built: documentation addresses and the builder's default ports. */
    private static boolean ours(CapturedFrame f) {
        try {
            ParsedFrame p = FrameParser.parse(f.bytes());
            return p.sourcePort() == 40000 && p.destinationPort() == 9;
        } catch (MalformedFrameException e) {
            return false;
        }
    }

    @Test
    void copyModeWithSoftwareChecksumDeliversCorrectFramesAndBoundedTimestamps() {
        Set<String> fdsBefore = OpenFds.snapshot();
        List<Frame> frames = frames();
        Sent sent;
        String dutNs;
        try (VethTopology t = VethTopology.create()) {
            dutNs = t.underTest().netns().orElseThrow();
            sent = send(t, frames, true);
        }

        assertTrue(sent.registration() == MetadataRegistration.WITH_FLAG
                || sent.registration() == MetadataRegistration.WITHOUT_FLAG, sent.registration().toString());
        assertEquals(frames.size(), sent.completions().size(), "completions: " + sent.completions());
        assertTrue(sent.balance().balanced(), sent.balance().toString());
        assertEquals(0, sent.stats().txInvalidDescs(), sent.stats().toString());

        for (Completion c : sent.completions()) {
            long ts = c.timestamp().orElseThrow();
            assertTrue(ts >= sent.taiBeforeKick() && ts <= sent.taiAfterReap(),
                    "TX timestamp " + ts + " outside [" + sent.taiBeforeKick() + ", " + sent.taiAfterReap() + "]");
        }

        assertEquals(frames.size(), sent.captured().size(), "frames captured at the peer");
        List<Frame> unmatched = new ArrayList<>(frames);
        for (CapturedFrame got : sent.captured()) {
            assertFalse(got.checksumNotReady(), "XDP_UMEM_TX_SW_CSUM must leave no partial checksum");
            ParsedFrame p = FrameParser.parse(got.bytes());
            Frame sentFrame = unmatched.stream().filter(f -> f.length() == got.bytes().length
                    && f.protocol() == p.protocol()).findFirst().orElseThrow();
            unmatched.remove(sentFrame);
            assertEquals(sentFrame.expectedChecksum(), p.checksumField(), sentFrame.describe());
            assertTrue(p.checksumValid(), sentFrame.describe());
            // Everything but the checksum field arrives as built.
            assertArrayEquals(sentFrame.withChecksumField(sentFrame.expectedChecksum()).bytes(), got.bytes());
        }

        assertFalse(Files.exists(Path.of("/run/netns", dutNs)), "namespace left behind");
        assertEquals(Set.of(), OpenFds.leakedSince(fdsBefore), "file descriptors leaked");
    }

    @Test
    void withoutSoftwareChecksumTheVethPeerSeesThePartialSumMarkedNotReady() {
        List<Frame> frames = frames();
        Sent sent;
        try (VethTopology t = VethTopology.create()) {
            sent = send(t, frames, false);
        }
        assertEquals(frames.size(), sent.captured().size());
        for (CapturedFrame got : sent.captured()) {
            assertTrue(got.checksumNotReady(), "the kernel must mark a CHECKSUM_PARTIAL frame TP_STATUS_CSUMNOTREADY");
            ParsedFrame p = FrameParser.parse(got.bytes());
            Frame built = frames.stream().filter(f -> f.protocol() == p.protocol()).findFirst().orElseThrow();
            assertEquals(built.partialChecksum(), p.checksumField(), "the field still holds the pseudo-header sum");
            assertNotEquals(built.expectedChecksum(), p.checksumField());
        }
    }
}
