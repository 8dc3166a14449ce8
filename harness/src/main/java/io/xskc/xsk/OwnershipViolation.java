package io.xskc.xsk;

/**
 * A breach of the frame-ownership contract between the application and the kernel: every
 * submitted descriptor is completed exactly once, in submission order, and a completion only ever
 * returns an address that was submitted and not yet completed.
 */
public sealed interface OwnershipViolation {
    long address();

    String describe();

    /** The address was completed, then completed again without being submitted in between. */
    record DuplicateCompletion(long address, long completionIndex) implements OwnershipViolation {
        public String describe() {
            return "completion #" + completionIndex + " returned 0x" + Long.toHexString(address)
                    + ", which was already completed and not submitted again";
        }
    }

    /** The address was never submitted on this socket. */
    record UnknownCompletion(long address, long completionIndex) implements OwnershipViolation {
        public String describe() {
            return "completion #" + completionIndex + " returned 0x" + Long.toHexString(address)
                    + ", which was never submitted";
        }
    }

    /** A completion overtook older submissions; {@code expected} is the oldest still outstanding. */
    record OutOfOrderCompletion(long address, long expected, long completionIndex) implements OwnershipViolation {
        public String describe() {
            return "completion #" + completionIndex + " returned 0x" + Long.toHexString(address)
                    + " while 0x" + Long.toHexString(expected) + " was submitted earlier and is still outstanding";
        }
    }

    /** The harness submitted an address the kernel still owned: a bug in xskc, reported alike. */
    record DoubleSubmission(long address) implements OwnershipViolation {
        public String describe() {
            return "0x" + Long.toHexString(address) + " was submitted again before its completion";
        }
    }

    /** Submitted, never completed, when the ledger was closed. */
    record NeverCompleted(long address, long submissionIndex) implements OwnershipViolation {
        public String describe() {
            return "submission #" + submissionIndex + " of 0x" + Long.toHexString(address) + " was never completed";
        }
    }
}
