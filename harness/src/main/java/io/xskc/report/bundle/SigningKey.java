package io.xskc.report.bundle;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;
import java.util.Objects;

/** An Ed25519 key pair that signs bundle manifests. Obtain one from {@link SigningKeys}. */
public record SigningKey(PrivateKey privateKey, PublicKey publicKey) {

    private static final byte[] PROBE = "xskc signing key self-check".getBytes(StandardCharsets.US_ASCII);

    public SigningKey {
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(publicKey, "publicKey");
        // A mismatched pair would produce bundles that never verify; find out now, not at the reviewer's.
        byte[] signature = sign(privateKey, PROBE);
        if (!Signatures.verify(publicKey, PROBE, signature)) {
            throw new IllegalArgumentException("the public key does not belong to the private key");
        }
    }

    /** The Ed25519 signature of {@code message}; deterministic, so bundles are reproducible. */
    public byte[] sign(byte[] message) {
        return sign(privateKey, message);
    }

    public Fingerprint fingerprint() {
        return Fingerprint.of(publicKey);
    }

    /** The public key as X.509 SubjectPublicKeyInfo PEM, the content of signer.pub. */
    public byte[] publicKeyPem() {
        return Pem.encode(Pem.PUBLIC_KEY, publicKey.getEncoded());
    }

    private static byte[] sign(PrivateKey key, byte[] message) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(key);
            s.update(message);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot sign with this key (Ed25519 required): " + e.getMessage(), e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SigningKey k && Arrays.equals(privateKey.getEncoded(), k.privateKey.getEncoded())
                && publicKey.equals(k.publicKey);
    }

    @Override
    public int hashCode() {
        return publicKey.hashCode();
    }

    /** Never the private key: this string ends up in logs. */
    @Override
    public String toString() {
        return "SigningKey[Ed25519 " + fingerprint() + "]";
    }
}
