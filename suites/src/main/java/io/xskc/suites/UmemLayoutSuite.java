package io.xskc.suites;

import io.xskc.device.Capability;
import io.xskc.kernel.Errno;
import io.xskc.kernel.SyscallException;
import io.xskc.packet.Frame;
import io.xskc.suite.Case;
import io.xskc.suite.Check;
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
import io.xskc.suites.support.Sent;
import io.xskc.suites.support.Shape;
import io.xskc.xsk.MetadataLenPolicy;
import io.xskc.xsk.MetadataRegistration;
import io.xskc.xsk.TxPacket;
import io.xskc.xsk.TxRequest;
import io.xskc.xsk.UmemConfig;
import io.xskc.xsk.XskSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The UMEM side of the interface: XDP_UMEM_TX_METADATA_LEN present and absent, invalid metadata
 * lengths refused, and a metadata area larger than the struct with its padding ignored.
 */
@ConformanceSuite("umem")
public class UmemLayoutSuite {
    public record Length(int bytes) implements ParameterSet {
        @Override
        public String name() {
            return "len-" + bytes;
        }

        @Override
        public Map<String, String> reportParameters() {
            return Map.of("tx_metadata_len", Integer.toString(bytes));
        }
    }

    /** Not a multiple of 8, or 256 and above: xdp_umem_reg() must refuse each. */
    static List<Length> invalidLengths(ParameterContext ctx) {
        return List.of(new Length(20), new Length(28), new Length(36), new Length(256), new Length(264));
    }

    /** Larger than the 24-byte struct; the rest is padding the kernel ignores. */
    static List<Length> paddedLengths(ParameterContext ctx) {
        return List.of(new Length(32), new Length(64), new Length(128), new Length(248));
    }

    private static Frame probe(long seed) {
        return new Shape(false, false, false, 37, Shape.Extra.NONE).build(seed);
    }

    @Case(description = "A UMEM registered with XDP_UMEM_TX_METADATA_LEN and tx_metadata_len = "
            + "sizeof(struct xsk_tx_metadata) carries metadata: a timestamp request is answered",
            clause = Clauses.GENERAL_DESIGN, link = Clauses.TXMD_DOC, requires = Capability.TX_TIMESTAMP, tags = "umem")
    void metadataLengthFlagIsHonoured(DeviceHandle device, Evidence evidence) {
        UmemConfig umem = Packets.umem(device, false).withPolicy(MetadataLenPolicy.STRICT);
        try (Exchange ex = Exchange.open(device, umem)) {
            Check.equal(Clauses.GENERAL_DESIGN, "registration", MetadataRegistration.WITH_FLAG,
                    ex.socket().registration());
            Frame f = probe(device.seed());
            Sent s = ex.send(List.of(new Outgoing(f, TxPacket.of(f.bytes(), TxRequest.timestamp())))).getFirst();
            Check.that(s.timestamp().orElse(0) != 0, Clauses.TIMESTAMP, "no timestamp with the flag set");
        }
    }

    @Case(description = "Without XDP_UMEM_TX_METADATA_LEN the kernel ignores tx_metadata_len: frames without "
            + "XDP_TX_METADATA go out unchanged, the bytes before them being plain headroom",
            clause = Clauses.GENERAL_DESIGN, link = Clauses.TXMD_DOC, tags = "umem")
    void lengthWithoutTheFlagIsIgnored(DeviceHandle device, Evidence evidence) {
        UmemConfig umem = Packets.umem(device, false).withPolicy(MetadataLenPolicy.OMIT_FLAG);
        Frame f = probe(device.seed()).withChecksumField(0x2222);
        OffloadRun.verifyUntouched(device, evidence, Clauses.GENERAL_DESIGN, List.of(f), List.of(Optional.empty()),
                umem);
    }

    @Case(description = "tx_metadata_len of 256 or more, or not a multiple of 8, is refused with EINVAL when "
            + "XDP_UMEM_TX_METADATA_LEN is set", clause = Clauses.GENERAL_DESIGN, link = Clauses.TXMD_DOC,
            tags = {"umem", "negative"})
    @Parameters("invalidLengths")
    void invalidLengthsAreRefused(Length len, DeviceHandle device, Evidence evidence) {
        UmemConfig umem = UmemConfig.withTxMetadata(64).withTxMetadataLen(len.bytes())
                .withPolicy(MetadataLenPolicy.STRICT);
        try {
            XskSocket s = device.openSocket(device.socketConfig(umem));
            s.close();
        } catch (SyscallException e) {
            evidence.note("refusal", e.getMessage());
            Check.equal(Clauses.GENERAL_DESIGN, "errno of XDP_UMEM_REG with tx_metadata_len=" + len.bytes(),
                    "EINVAL", Errno.name(e.errno()));
            Check.that(e.getMessage().startsWith("setsockopt(XDP_UMEM_REG"), Clauses.GENERAL_DESIGN,
                    "refused by the wrong call: " + e.getMessage());
            return;
        }
        Check.that(false, Clauses.GENERAL_DESIGN, "tx_metadata_len=" + len.bytes() + " was accepted");
    }

    @Case(description = "A metadata area larger than struct xsk_tx_metadata works: the kernel finds the struct at "
            + "desc.addr - tx_metadata_len and ignores the padding (filled with garbage here)",
            clause = Clauses.GENERAL_DESIGN, link = Clauses.TXMD_DOC,
            requires = {Capability.TX_TIMESTAMP, Capability.TX_CHECKSUM}, tags = "umem")
    @Parameters("paddedLengths")
    void paddingIsIgnored(Length len, DeviceHandle device, Evidence evidence) {
        UmemConfig umem = Packets.umem(device, false).withTxMetadataLen(len.bytes());
        Frame f = probe(device.seed());
        List<String> problems = new ArrayList<>();
        try (Exchange ex = Exchange.open(device, umem)) {
            ex.socket().umem().memory().fill((byte) 0xEE);
            TxRequest r = TxRequest.timestamp().withChecksum(f.csumStart(), f.csumOffset());
            Sent s = ex.send(List.of(new Outgoing(f, TxPacket.of(f.bytes(), r)))).getFirst();
            long ts = s.timestamp().orElse(0);
            if (ts < s.taiBeforeKick() || ts > s.taiAfterReap()) {
                problems.add("timestamp " + ts + " missing or outside [" + s.taiBeforeKick() + ", "
                        + s.taiAfterReap() + "] with tx_metadata_len=" + len.bytes());
            }
            var got = ex.captured(1, Exchange.WAIT);
            if (got.isEmpty()) {
                problems.add("frame not delivered");
            } else {
                ChecksumCheck.problem(f, got.getFirst(), OffloadRun.allowed(device, false)).ifPresent(problems::add);
            }
        }
        OffloadRun.failIfAny(Clauses.GENERAL_DESIGN, problems);
    }
}
