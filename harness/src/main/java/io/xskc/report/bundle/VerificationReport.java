package io.xskc.report.bundle;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link BundleVerifier} found.
 *
 * @param filesChecked     entries whose digest matched the manifest
 * @param signer           the key in signer.pub, when it could be read
 * @param trustedKeyGiven  whether the signature was checked against a key the reviewer trusts; if
 *                         not, an {@link #ok()} bundle only shows that whoever holds
 *                         {@code signer} signed it, and the fingerprint must be compared out of band
 */
public record VerificationReport(List<Problem> problems, int filesChecked, Optional<Fingerprint> signer,
        boolean trustedKeyGiven) {

    public VerificationReport {
        problems = List.copyOf(problems);
        Objects.requireNonNull(signer, "signer");
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** One line per problem, then a line on the verdict and the signer. */
    public String describe() {
        List<String> lines = new ArrayList<>();
        problems.forEach(p -> lines.add(p.describe()));
        String signerText = signer.map(f -> "signer key " + f).orElse("signer key unknown");
        if (ok()) {
            lines.add("OK: " + filesChecked + " files match " + Layout.MANIFEST + ", signature verified; " + signerText
                    + (trustedKeyGiven ? " is the trusted key"
                            : " was not checked against a trusted key: compare its fingerprint out of band"));
        } else {
            lines.add("FAILED: " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "; " + signerText);
        }
        return String.join("\n", lines);
    }
}
