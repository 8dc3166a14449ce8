package io.xskc.suites.support;

import io.xskc.capture.CapturedFrame;
import io.xskc.packet.Frame;
import io.xskc.packet.HexDiff;
import java.util.Optional;

/**
 * Judges the L4 checksum of one delivered frame against the value computed independently when
 * the frame was built (RFC 768 / RFC 793 over the RFC 1071 sum, IPv6 pseudo-header per RFC 8200).
 */
public final class ChecksumCheck {
    private ChecksumCheck() {
    }

    /** What the peer may see for a frame whose checksum offload was requested. */
    public enum Allowed {
        /** Only the final checksum: the device (or XDP_UMEM_TX_SW_CSUM) must have computed it. */
        FINAL,
        /**
         * The final checksum, or, on a virtual link that hands the skb over as CHECKSUM_PARTIAL
         * (the peer sees TP_STATUS_CSUMNOTREADY), the pseudo-header seed left for the receiver.
         */
        FINAL_OR_PARTIAL_ON_VETH
    }

    /** A problem description, or empty when the frame is right. */
    public static Optional<String> problem(Frame sent, CapturedFrame got, Allowed allowed) {
        byte[] b = got.bytes();
        int at = sent.checksumOffset();
        if (b.length != sent.length()) {
            return Optional.of(sent.describe() + ": captured " + b.length + " bytes, sent " + sent.length());
        }
        int field = (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
        if (got.checksumNotReady()) {
            if (allowed == Allowed.FINAL) {
                return Optional.of(sent.describe() + ": delivered with TP_STATUS_CSUMNOTREADY (checksum left partial, "
                        + hex(field) + "), expected the final checksum " + hex(sent.expectedChecksum()));
            }
            return field == sent.partialChecksum() ? Optional.empty()
                    : Optional.of(sent.describe() + ": CHECKSUM_PARTIAL frame with checksum field " + hex(field)
                            + ", expected the pseudo-header seed " + hex(sent.partialChecksum()));
        }
        return field == sent.expectedChecksum() ? Optional.empty()
                : Optional.of(sent.describe() + ": L4 checksum at offset " + at + " is " + hex(field) + ", expected "
                        + hex(sent.expectedChecksum()));
    }

    /** The hex diff between what the frame should be on the wire and what arrived. */
    public static String diff(Frame sent, CapturedFrame got) {
        return HexDiff.of(sent.withChecksumField(sent.expectedChecksum()).bytes(), got.bytes()).text();
    }

    public static String hex(int v) {
        return String.format("0x%04x", v);
    }
}
