package io.xskc.device;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What a device is declared to do in one mode. A capability that is not declared is not tested
 * (its cases are skipped as not-declared); a declared one must work, or its cases fail.
 *
 * @param declared          the declared capabilities
 * @param timestampClock    the clock of tx-timestamp, present exactly when it is declared
 * @param maxFragments      the most buffers (descriptors) one multi-buffer packet may span,
 *                          present exactly when multi-buffer is declared
 * @param txMetadataLength  the UMEM's tx_metadata_len
 */
public record ModeCapabilities(
        Set<Capability> declared,
        Optional<ClockDomain> timestampClock,
        OptionalInt maxFragments,
        int txMetadataLength) {

    /** sizeof(struct xsk_tx_metadata): flags, the request/completion union and launch_time. */
    public static final int XSK_TX_METADATA_SIZE = 24;
    /** The kernel rejects tx_metadata_len >= 256 (xdp_umem_reg) and lengths not a multiple of 8. */
    public static final int TX_METADATA_LENGTH_LIMIT = 256;
    /** CONFIG_MAX_SKB_FRAGS default, and so /proc/sys/net/core/max_skb_frags' ceiling. */
    public static final int MAX_FRAGMENTS = 17;

    public ModeCapabilities {
        Objects.requireNonNull(declared, "declared");
        Objects.requireNonNull(timestampClock, "timestampClock");
        Objects.requireNonNull(maxFragments, "maxFragments");
        declared = declared.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(Capability.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(declared));
        if (declared.contains(Capability.TX_TIMESTAMP) != timestampClock.isPresent()) {
            throw new IllegalArgumentException("a timestamp clock goes with, and only with, tx-timestamp");
        }
        if (declared.contains(Capability.MULTI_BUFFER) != maxFragments.isPresent()) {
            throw new IllegalArgumentException("max fragments go with, and only with, multi-buffer");
        }
        if (maxFragments.isPresent()) {
            maxFragmentsProblem(maxFragments.getAsInt()).ifPresent(p -> {
                throw new IllegalArgumentException(p);
            });
        }
        txMetadataLengthProblem(txMetadataLength).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
    }

    public boolean declares(Capability capability) {
        return declared.contains(capability);
    }

    public static Optional<String> txMetadataLengthProblem(int length) {
        if (length < XSK_TX_METADATA_SIZE) {
            return Optional.of("tx-metadata-length must be at least " + XSK_TX_METADATA_SIZE
                    + " (sizeof(struct xsk_tx_metadata)), got " + length);
        }
        if (length >= TX_METADATA_LENGTH_LIMIT) {
            return Optional.of("tx-metadata-length must be less than " + TX_METADATA_LENGTH_LIMIT + ", got " + length);
        }
        if (length % 8 != 0) {
            return Optional.of("tx-metadata-length must be a multiple of 8, got " + length);
        }
        return Optional.empty();
    }

    public static Optional<String> maxFragmentsProblem(int fragments) {
        return fragments < 1 || fragments > MAX_FRAGMENTS
                ? Optional.of("max-fragments must be 1.." + MAX_FRAGMENTS + ", got " + fragments)
                : Optional.empty();
    }
}
