package io.xskc.report.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

    @TempDir
    Path dir;

    @Test
    void firstUseGeneratesAKeyWhosePrivateFileIsMode0600() throws Exception {
        SigningKey key = SigningKeys.loadOrCreate(dir.resolve("keys"));

        Path privateFile = dir.resolve("keys").resolve(SigningKeys.PRIVATE_KEY_FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(privateFile))).isEqualTo("rw-------");
        assertThat(Files.readString(privateFile)).startsWith("-----BEGIN PRIVATE KEY-----\n");
        assertThat(Files.readString(dir.resolve("keys").resolve(SigningKeys.PUBLIC_KEY_FILE)))
                .startsWith("-----BEGIN PUBLIC KEY-----\n");
        assertThat(SigningKeys.readPublicKey(dir.resolve("keys").resolve(SigningKeys.PUBLIC_KEY_FILE)))
                .isEqualTo(key.publicKey());
        assertThat(key.toString()).isEqualTo("SigningKey[Ed25519 " + key.fingerprint() + "]");
    }

    @Test
    void laterUsesLoadTheSameKey() throws Exception {
        SigningKey first = SigningKeys.loadOrCreate(dir);
        SigningKey again = SigningKeys.loadOrCreate(dir);
        SigningKey byPath = SigningKeys.load(dir.resolve(SigningKeys.PRIVATE_KEY_FILE));

        assertThat(again).isEqualTo(first);
        assertThat(byPath.publicKey()).isEqualTo(first.publicKey());
        assertThat(byPath.fingerprint()).isEqualTo(first.fingerprint());
    }

    @Test
    void aPrivateKeyReadableByOthersIsRefused() throws Exception {
        SigningKeys.loadOrCreate(dir);
        Path privateFile = dir.resolve(SigningKeys.PRIVATE_KEY_FILE);
        Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-r--r--"));

        assertThatIOException().isThrownBy(() -> SigningKeys.load(privateFile))
                .withMessageContaining("is accessible by others (mode rw-r--r--)");
    }

    @Test
    void aFilesystemWithoutPosixPermissionsIsRefusedBeforeAnyKeyIsWritten() throws Exception {
        URI uri = URI.create("jar:" + dir.resolve("keys.zip").toUri());
        try (FileSystem zipfs = FileSystems.newFileSystem(uri, Map.of("create", "true"))) {
            Path keys = zipfs.getPath("/keys");

            assertThatIOException().isThrownBy(() -> SigningKeys.loadOrCreate(keys))
                    .withMessageContaining("has no POSIX permissions, so mode 0600 cannot be set");
            assertThat(keys.resolve(SigningKeys.PRIVATE_KEY_FILE)).doesNotExist();
        }
    }

    @Test
    void aPublicKeyWithoutItsPrivateKeyIsNotSilentlyReplaced() throws Exception {
        SigningKeys.loadOrCreate(dir);
        Files.delete(dir.resolve(SigningKeys.PRIVATE_KEY_FILE));

        assertThatIOException().isThrownBy(() -> SigningKeys.loadOrCreate(dir))
                .withMessageContaining("exists but").withMessageContaining("does not");
    }

    @Test
    void aKeyMadeByOpensslLoadsAndItsFingerprintMatchesOpenssl() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/openssl")), "openssl not installed");
        Path pem = dir.resolve("vendor.pem");
        run("openssl", "genpkey", "-algorithm", "ed25519", "-out", pem.toString());
        Files.setPosixFilePermissions(pem, PosixFilePermissions.fromString("rw-------"));
        Path der = dir.resolve("vendor.pub.der");
        run("openssl", "pkey", "-in", pem.toString(), "-pubout", "-outform", "DER", "-out", der.toString());

        SigningKey key = SigningKeys.load(pem);

        assertThat(key.publicKey().getEncoded()).isEqualTo(Files.readAllBytes(der));
        assertThat(key.fingerprint().hex()).isEqualTo(Fixtures.sha256(Files.readAllBytes(der)));
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
    }
}
