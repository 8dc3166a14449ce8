package io.xskc.report.bundle;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One case of the run, as summary.json records it.
 *
 * @param id          the case's unique id (never an absolute path)
 * @param caseName    the case's name; "case" in JSON ({@code case} is a Java keyword)
 * @param parameters  the parameter set, empty for an unparameterised case
 * @param clause      the specification clause the case checks
 * @param requirement what the clause requires, in words (the case's description)
 * @param message     why the verdict is what it is; empty when there is nothing to say
 * @param waiverId    the waiver that turned a failure into WAIVED; present exactly when WAIVED
 */
public record CaseVerdict(String id, String suite, String caseName, String device, String mode,
        Map<String, String> parameters, Verdict verdict, String clause, String requirement, String message,
        Optional<String> waiverId) {

    public CaseVerdict {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(suite, "suite");
        Objects.requireNonNull(caseName, "caseName");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(waiverId, "waiverId");
        if (id.isBlank()) {
            throw new IllegalArgumentException("case id is blank");
        }
        // A reviewer must be able to tell which waiver hid a failure, and a waiver id on any other
        // verdict would claim a waiver was applied when it was not.
        if ((verdict == Verdict.WAIVED) != waiverId.isPresent()) {
            throw new IllegalArgumentException(id + ": a waiver id is required for WAIVED and only for WAIVED, got "
                    + verdict + " with " + waiverId.map(w -> "waiver " + w).orElse("no waiver"));
        }
        // Sorted, so summary.json does not depend on the caller's map implementation.
        parameters = Collections.unmodifiableSortedMap(new TreeMap<>(parameters));
    }
}
