package io.xskc.report.bundle;

import java.security.PublicKey;
import java.util.HexFormat;
import java.util.Objects;

/**
 * SHA-256 of a public key's X.509 SubjectPublicKeyInfo encoding, in hex: what a reviewer compares
 * out of band. Equal to {@code openssl pkey -pubin -outform DER | sha256sum}.
 */
public record Fingerprint(String hex) {

    public Fingerprint {
        Objects.requireNonNull(hex, "hex");
        if (!hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 fingerprint (64 lower-case hex digits): " + hex);
        }
    }

    public static Fingerprint of(PublicKey key) {
        return new Fingerprint(HexFormat.of().formatHex(Digests.sha256(key.getEncoded())));
    }

    @Override
    public String toString() {
        return hex;
    }
}
