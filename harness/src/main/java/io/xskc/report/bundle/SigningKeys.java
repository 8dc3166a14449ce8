package io.xskc.report.bundle;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where signing keys come from: a key pair generated on first use and kept in a directory, or a
 * private key given by path (PKCS#8 PEM, as {@code openssl genpkey -algorithm ed25519} writes).
 */
public final class SigningKeys {

    /** File names inside the directory {@link #loadOrCreate} manages. */
    public static final String PRIVATE_KEY_FILE = "xskc-signing-key.pem";
    public static final String PUBLIC_KEY_FILE = "xskc-signing-key.pub.pem";

    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE);

    private SigningKeys() {
    }

    /**
     * The key pair in {@code dir}, generated on first use: the private key as PKCS#8 PEM with mode
     * 0600, the public key as X.509 PEM next to it.
     *
     * @throws IOException if the directory's filesystem cannot restrict the private key to its
     *                     owner, or the files there are inconsistent
     */
    public static SigningKey loadOrCreate(Path dir) throws IOException {
        Path privateFile = dir.resolve(PRIVATE_KEY_FILE);
        Path publicFile = dir.resolve(PUBLIC_KEY_FILE);
        if (Files.exists(privateFile, LinkOption.NOFOLLOW_LINKS)) {
            SigningKey key = load(privateFile);
            if (Files.exists(publicFile)) {
                PublicKey stored = readPublicKey(publicFile);
                if (!stored.equals(key.publicKey())) {
                    throw new IOException(publicFile + " does not match " + privateFile + " (public key "
                            + Fingerprint.of(stored) + ", private key's " + key.fingerprint() + ")");
                }
            } else {
                Files.write(publicFile, key.publicKeyPem());
            }
            return key;
        }
        if (Files.exists(publicFile)) {
            // Generating a new pair would silently orphan a public key that may already be published.
            throw new IOException(publicFile + " exists but " + privateFile
                    + " does not; restore the private key or remove the public key");
        }
        createDirectory(dir);
        requirePosix(dir);
        KeyPair pair = generate(new SecureRandom());
        writePrivateKey(privateFile, pair.getPrivate());
        Files.write(publicFile, Pem.encode(Pem.PUBLIC_KEY, pair.getPublic().getEncoded()));
        return new SigningKey(pair.getPrivate(), pair.getPublic());
    }

    /**
     * An Ed25519 private key from a PKCS#8 PEM file; the public key is derived from it.
     *
     * @throws IOException if the file cannot be read, is not an Ed25519 PKCS#8 key, or can be read
     *                     by group or others (as ssh does, a leaked key is refused, not used)
     */
    public static SigningKey load(Path privateKeyPem) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(privateKeyPem, PosixFileAttributeView.class);
        if (posix != null) {
            Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
            if (!OWNER_ONLY.containsAll(permissions)) {
                throw new IOException("private key " + privateKeyPem + " is accessible by others (mode "
                        + PosixFilePermissions.toString(permissions) + "); restrict it with chmod 600");
            }
        }
        PrivateKey privateKey;
        try {
            byte[] der = Pem.decode(Pem.PRIVATE_KEY, Files.readAllBytes(privateKeyPem));
            privateKey = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IOException(privateKeyPem + " is not an Ed25519 private key in PKCS#8 PEM: " + e.getMessage(), e);
        }
        return new SigningKey(privateKey, derivePublic(privateKey));
    }

    /** A public key (X.509 SubjectPublicKeyInfo PEM), e.g. the trusted key a reviewer was given. */
    public static PublicKey readPublicKey(Path pem) throws IOException {
        try {
            return Signatures.publicKeyFromPem(Files.readAllBytes(pem));
        } catch (IllegalArgumentException e) {
            throw new IOException(pem + ": " + e.getMessage(), e);
        }
    }

    /**
     * The JDK has no call that derives an Ed25519 public key from a private one, but its key
     * generator derives the pair from 32 random bytes, the private key itself (RFC 8032 5.1.5).
     * Feeding it those bytes regenerates the pair; the result is checked, not assumed.
     */
    private static PublicKey derivePublic(PrivateKey privateKey) throws IOException {
        byte[] seed = ((EdECPrivateKey) privateKey).getBytes()
                .orElseThrow(() -> new IOException("the private key's bytes are not accessible"));
        KeyPair pair = generate(new FixedBytes(seed));
        byte[] regenerated = ((EdECPrivateKey) pair.getPrivate()).getBytes().orElseThrow();
        if (!Arrays.equals(seed, regenerated)) {
            throw new IOException("cannot derive the public key from the private key on this JDK");
        }
        return pair.getPublic(); // SigningKey's constructor checks the pair signs and verifies
    }

    private static KeyPair generate(SecureRandom random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks Ed25519", e);
        }
    }

    private static void createDirectory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(dir);
        }
    }

    private static void requirePosix(Path dir) throws IOException {
        if (!Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class)) {
            throw new IOException("cannot protect a private key in " + dir + ": its filesystem ("
                    + Files.getFileStore(dir).type() + ") has no POSIX permissions, so mode 0600 cannot be set;"
                    + " choose a key directory on a POSIX filesystem");
        }
    }

    /** Created with mode 0600 from the start, so the key is never readable by others, not even briefly. */
    private static void writePrivateKey(Path file, PrivateKey key) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (FileAlreadyExistsException e) {
            throw new IOException(file + " appeared while a new key was being generated (concurrent xskc run?)", e);
        } catch (UnsupportedOperationException e) {
            throw new IOException("cannot create " + file + " with mode 0600: " + e.getMessage(), e);
        }
        Set<PosixFilePermission> actual = Files.getPosixFilePermissions(file);
        if (!actual.equals(OWNER_ONLY)) {
            // Some filesystems (vfat, some network mounts) accept the request and ignore it.
            Files.delete(file);
            throw new IOException("cannot protect a private key at " + file + ": asked for rw-------, the filesystem gave "
                    + PosixFilePermissions.toString(actual));
        }
        Files.write(file, Pem.encode(Pem.PRIVATE_KEY, key.getEncoded()));
    }

    /** Returns given bytes instead of random ones; only for regenerating a key pair from its private key. */
    private static final class FixedBytes extends SecureRandom {
        private final byte[] bytes;

        FixedBytes(byte[] bytes) {
            this.bytes = bytes.clone();
        }

        @Override
        public void nextBytes(byte[] out) {
            if (out.length != bytes.length) {
                throw new IllegalStateException("asked for " + out.length + " bytes, have " + bytes.length);
            }
            System.arraycopy(bytes, 0, out, 0, out.length);
        }
    }
}
