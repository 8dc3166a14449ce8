package io.xskc.suites;

import io.xskc.device.Capability;
import io.xskc.device.Mode;
import io.xskc.packet.ChecksumMode;
import io.xskc.packet.Frame;
import io.xskc.packet.FrameBuilder;
import io.xskc.suite.Case;
import io.xskc.suite.ConformanceSuite;
import io.xskc.suite.DeviceHandle;
import io.xskc.suite.Evidence;
import io.xskc.suite.ParameterContext;
import io.xskc.suite.Parameters;
import io.xskc.suite.Seeds;
import io.xskc.suite.Severity;
import io.xskc.suites.support.ChecksumCheck;
import io.xskc.suites.support.Clauses;
import io.xskc.suites.support.NegativeRun;
import io.xskc.suites.support.OffloadRun;
import io.xskc.suites.support.Packets;
import io.xskc.suites.support.Shape;
import io.xskc.suites.support.Shapes;
import io.xskc.xsk.MetadataLenPolicy;
import io.xskc.xsk.TxPacket;
import io.xskc.xsk.TxRequest;
import io.xskc.xsk.UmemConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * L4 checksum offload (XDP_TXMD_FLAGS_CHECKSUM): correct on the wire for every shape, at the
 * offsets given, zero rule honoured, untouched when not asked, and invalid requests refused.
 * Expected checksums are computed by io.xskc.packet from the bytes built, never read off a device.
 */
@ConformanceSuite("checksum")
public class ChecksumSuite {
    static final int RANDOM_FRAMES = 2000;

    static List<Shape> matrix(ParameterContext ctx) {
        return Shapes.matrix(Shapes.mtu(ctx));
    }

    static List<Shape> unusualOffsets(ParameterContext ctx) {
        return Shapes.unusualOffsets();
    }

    /**
     * The offload path itself, without XDP_UMEM_TX_SW_CSUM (the software-checksum suite covers
     * that): a NIC must put the final checksum on the wire; veth may hand the frame over partial.
     */
    private static void offload(DeviceHandle device, Evidence evidence, String clause, List<Frame> frames) {
        OffloadRun.verify(device, evidence, clause, frames, f -> Optional.of(Packets.checksumOf(f)), false,
                OffloadRun.allowed(device, false));
    }

    @Case(description = "The L4 checksum is computed from csum_start to the end of the packet and stored at "
            + "csum_start + csum_offset, for IPv4/IPv6 x UDP/TCP x 802.1Q x payload sizes up to the MTU",
            clause = Clauses.CHECKSUM, link = Clauses.TXMD_DOC, requires = Capability.TX_CHECKSUM,
            severity = Severity.CRITICAL, tags = "checksum")
    @Parameters("matrix")
    void matrix(Shape shape, DeviceHandle device, Evidence evidence) {
        offload(device, evidence, Clauses.CHECKSUM, List.of(shape.build(device.seed())));
    }

    @Case(description = "csum_start and csum_offset are used as given where a parser would not look: IPv4 options, "
            + "an IPv6 extension header, the inner L4 header of VXLAN",
            clause = Clauses.CHECKSUM, link = Clauses.TXMD_DOC, requires = Capability.TX_CHECKSUM,
            severity = Severity.CRITICAL, tags = "checksum")
    @Parameters("unusualOffsets")
    void offsetsAsGiven(Shape shape, DeviceHandle device, Evidence evidence) {
        offload(device, evidence, Clauses.CHECKSUM, List.of(shape.build(device.seed())));
    }

    @Case(description = "A UDP checksum that computes to zero is transmitted as 0xFFFF", clause = Clauses.RFC768,
            link = Clauses.RFC768_LINK, requires = Capability.TX_CHECKSUM, tags = "checksum")
    void udpZeroIsSentAsAllOnes(DeviceHandle device, Evidence evidence) {
        offload(device, evidence, Clauses.RFC768, List.of(zeroSumUdp(false), zeroSumUdp(true)));
    }

    /**
     * A UDP frame whose checksum computes to zero: the last payload word is chosen so the RFC 1071
     * sum over pseudo-header and datagram is 0xFFFF, whose complement is 0.
     */
    static Frame zeroSumUdp(boolean ipv6) {
        FrameBuilder b = FrameBuilder.create().withUdp();
        b = ipv6 ? b.withIpv6() : b.withIpv4();
        byte[] payload = new byte[32];
        for (int i = 0; i < payload.length - 2; i++) {
            payload[i] = (byte) (i * 7 + 1);
        }
        // With the last word 0 the checksum is c = ~sum; adding the word c makes the sum 0xFFFF.
        int c = b.withPayload(payload).withChecksumMode(ChecksumMode.FULL).build().expectedChecksum();
        payload[30] = (byte) (c >>> 8);
        payload[31] = (byte) c;
        Frame f = b.withPayload(payload).withChecksumMode(ChecksumMode.PARTIAL).build();
        if (f.expectedChecksum() != 0xFFFF) {
            throw new IllegalStateException("zero-sum construction failed: expected checksum "
                    + ChecksumCheck.hex(f.expectedChecksum()));
        }
        return f;
    }

    @Case(description = "Thousands of frames of random shape drawn from the run's seed all arrive with the correct "
            + "checksum", clause = Clauses.CHECKSUM, link = Clauses.TXMD_DOC, requires = Capability.TX_CHECKSUM,
            tags = {"checksum", "random"})
    void randomShapes(DeviceHandle device, Evidence evidence) {
        RandomGenerator r = Seeds.generator(device.seed(), "checksum.randomShapes@" + device.mode());
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < RANDOM_FRAMES; i++) {
            frames.add(Shapes.random(r, device.mtu()).build(r.nextLong()));
        }
        evidence.note("seed", Long.toString(device.seed()));
        offload(device, evidence, Clauses.CHECKSUM, frames);
    }

    @Case(description = "A frame without XDP_TX_METADATA, or with it but without the CHECKSUM flag, keeps its "
            + "checksum field as written", clause = Clauses.GENERAL_DESIGN, link = Clauses.TXMD_DOC,
            tags = "checksum")
    void untouchedWhenNotRequested(DeviceHandle device, Evidence evidence) {
        // A deliberately wrong value, so any "helpful" rewrite shows.
        Frame f = FrameBuilder.create().withIpv4().withUdp().withPayload(40, 3).withChecksumValue(0x1234).build();
        Frame g = FrameBuilder.create().withIpv6().withTcp().withPayload(41, 4).withChecksumValue(0x4321).build();
        List<Frame> frames = List.of(f, g, f.withChecksumField(0x1235), g.withChecksumField(0x4322));
        List<Optional<TxRequest>> requests = List.of(Optional.empty(), Optional.empty(),
                Optional.of(TxRequest.timestamp()), Optional.of(TxRequest.timestamp()));
        OffloadRun.verifyUntouched(device, evidence, Clauses.GENERAL_DESIGN, frames, requests);
    }

    private static Frame badFrame() {
        return FrameBuilder.create().withIpv4().withUdp().withPayload(20, 5).withChecksumMode(ChecksumMode.PARTIAL)
                .build();
    }

    @Case(description = "A checksum request whose csum_start + csum_offset + 2 lies beyond the descriptor is refused "
            + "with EINVAL; nothing is sent and the rings stay consistent", clause = Clauses.CHECKSUM,
            link = Clauses.TXMD_DOC, requires = Capability.TX_CHECKSUM, modes = Mode.COPY, tags = "negative")
    void checksumBeyondTheDescriptorIsRefused(DeviceHandle device, Evidence evidence) {
        Frame f = badFrame();
        // csum_start + csum_offset + 2 = length + 1
        TxRequest bad = TxRequest.NONE.withChecksum(f.length() - 7, 6);
        NegativeRun.refuse(device, evidence, Clauses.CHECKSUM, f, TxPacket.of(f.bytes(), bad),
                Packets.umem(device, false));
    }

    @Case(description = "Metadata with flag bits the UAPI does not define is refused with EINVAL; nothing is sent "
            + "and the rings stay consistent", clause = Clauses.GENERAL_DESIGN, link = Clauses.TXMD_DOC,
            modes = Mode.COPY, tags = "negative")
    void unknownFlagBitsAreRefused(DeviceHandle device, Evidence evidence) {
        Frame f = badFrame();
        TxRequest bad = TxRequest.NONE.withRawFlags(1L << 5);
        NegativeRun.refuse(device, evidence, Clauses.GENERAL_DESIGN, f, TxPacket.of(f.bytes(), bad),
                Packets.umem(device, false));
    }

    @Case(description = "XDP_TX_METADATA on a UMEM registered without a metadata length (no "
            + "XDP_UMEM_TX_METADATA_LEN) is refused with EINVAL; nothing is sent and the rings stay consistent",
            clause = Clauses.GENERAL_DESIGN, link = Clauses.TXMD_DOC, modes = Mode.COPY, tags = "negative")
    void metadataWithoutAMetadataAreaIsRefused(DeviceHandle device, Evidence evidence) {
        Frame f = badFrame();
        // The length is passed without its flag, so the kernel registers no metadata area.
        UmemConfig umem = Packets.umem(device, false).withPolicy(MetadataLenPolicy.OMIT_FLAG);
        NegativeRun.refuse(device, evidence, Clauses.GENERAL_DESIGN, f,
                TxPacket.of(f.bytes(), TxRequest.NONE.withChecksum(f.csumStart(), f.csumOffset())), umem);
    }

}
