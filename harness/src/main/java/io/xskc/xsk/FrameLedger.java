package io.xskc.xsk;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Accounts for who owns each UMEM frame. The AF_XDP path completes descriptors in the order it
 * consumed them, so the ledger expects completions in submission order too. Violations are
 * recorded with the addresses involved and never dropped; callers fail the case on any of them.
 */
public final class FrameLedger {
    /** Outstanding addresses in submission order, mapped to their submission index. */
    private final LinkedHashMap<Long, Long> outstanding = new LinkedHashMap<>();
    private final Set<Long> everSubmitted = new HashSet<>();
    private final List<OwnershipViolation> violations = new ArrayList<>();
    private long submissions;
    private long completions;
    private long dropped;

    public void submitted(long address) {
        if (outstanding.containsKey(address)) {
            violations.add(new OwnershipViolation.DoubleSubmission(address));
            return;
        }
        outstanding.put(address, submissions++);
        everSubmitted.add(address);
    }

    /** Records one completion; returns false if it broke the contract. */
    public boolean completed(long address) {
        long index = completions++;
        if (!outstanding.containsKey(address)) {
            violations.add(everSubmitted.contains(address)
                    ? new OwnershipViolation.DuplicateCompletion(address, index)
                    : new OwnershipViolation.UnknownCompletion(address, index));
            return false;
        }
        long oldest = outstanding.firstEntry().getKey();
        outstanding.remove(address);
        if (oldest != address) {
            violations.add(new OwnershipViolation.OutOfOrderCompletion(address, oldest, index));
            return false;
        }
        return true;
    }

    /**
     * The kernel consumed {@code address} and dropped it without a completion (counted in
     * tx_invalid_descs). Returns false, recording nothing, if the address was not outstanding.
     */
    public boolean droppedByKernel(long address) {
        if (outstanding.remove(address) == null) {
            return false;
        }
        dropped++;
        return true;
    }

    /** Frames the kernel dropped and counted instead of completing. */
    public long dropped() {
        return dropped;
    }

    public boolean owned(long address) {
        return outstanding.containsKey(address);
    }

    public int outstandingCount() {
        return outstanding.size();
    }

    public List<Long> outstandingAddresses() {
        return List.copyOf(outstanding.keySet());
    }

    public long submissions() {
        return submissions;
    }

    public long completions() {
        return completions;
    }

    public List<OwnershipViolation> violations() {
        return List.copyOf(violations);
    }

    /** The final account: anything still outstanding counts as never completed. */
    public Balance balance() {
        List<OwnershipViolation> all = new ArrayList<>(violations);
        for (Map.Entry<Long, Long> e : outstanding.entrySet()) {
            all.add(new OwnershipViolation.NeverCompleted(e.getKey(), e.getValue()));
        }
        return new Balance(submissions, completions, dropped, List.copyOf(all));
    }

    public record Balance(long submissions, long completions, long dropped, List<OwnershipViolation> violations) {
        public boolean balanced() {
            return violations.isEmpty() && submissions == completions + dropped;
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder().append(submissions).append(" submitted, ").append(completions)
                    .append(" completed");
            if (dropped > 0) {
                b.append(", ").append(dropped).append(" dropped by the kernel");
            }
            if (violations.isEmpty()) {
                return b.append(", balanced").toString();
            }
            b.append(", ").append(violations.size()).append(" violation(s):");
            violations.stream().limit(20).forEach(v -> b.append("\n  ").append(v.describe()));
            if (violations.size() > 20) {
                b.append("\n  ... and ").append(violations.size() - 20).append(" more");
            }
            return b.toString();
        }
    }
}
