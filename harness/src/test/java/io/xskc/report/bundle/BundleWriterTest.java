package io.xskc.report.bundle;

import static io.xskc.report.bundle.Fixtures.sha256;
import static io.xskc.report.bundle.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BundleWriterTest {

    @TempDir
    Path dir;

    @Test
    void roundTripVerifiesAgainstTheTrustedKey() throws Exception {
        SigningKey key = Fixtures.newKey(dir.resolve("keys"));
        Path zip = dir.resolve("bundle.zip");

        BundleWriter.write(Fixtures.contents(dir), zip, key);
        VerificationReport report = BundleVerifier.verify(zip, Optional.of(key.publicKey()));

        assertThat(report.problems()).isEmpty();
        assertThat(report.ok()).isTrue();
        assertThat(report.filesChecked()).isEqualTo(7);
        assertThat(report.signer()).contains(key.fingerprint());
        assertThat(report.describe()).isEqualTo("OK: 7 files match MANIFEST.sha256, signature verified; signer key "
                + key.fingerprint() + " is the trusted key");
    }

    @Test
    void withoutATrustedKeyTheReportNamesTheSignerForAnOutOfBandCheck() throws Exception {
        SigningKey key = Fixtures.newKey(dir.resolve("keys"));
        Path zip = dir.resolve("bundle.zip");
        BundleWriter.write(Fixtures.contents(dir), zip, key);

        VerificationReport report = BundleVerifier.verify(zip, Optional.empty());

        assertThat(report.ok()).isTrue();
        assertThat(report.trustedKeyGiven()).isFalse();
        assertThat(report.describe()).contains(key.fingerprint().hex(), "compare its fingerprint out of band");
    }

    @Test
    void sameInputsGiveByteIdenticalZips() throws Exception {
        SigningKey key = Fixtures.newKey(dir.resolve("keys"));
        BundleContents contents = Fixtures.contents(dir);

        BundleWriter.write(contents, dir.resolve("a.zip"), key);
        BundleWriter.write(contents, dir.resolve("b.zip"), key);

        assertThat(Files.readAllBytes(dir.resolve("b.zip"))).isEqualTo(Files.readAllBytes(dir.resolve("a.zip")));
    }

    @Test
    void entriesAreSortedWithAFixedTimeAndNoExtraFields() throws Exception {
        Path zip = dir.resolve("bundle.zip");
        BundleWriter.write(Fixtures.contents(dir), zip, Fixtures.newKey(dir.resolve("keys")));

        List<String> names = new ArrayList<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (Enumeration<? extends ZipEntry> e = file.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                names.add(entry.getName());
                assertThat(entry.getExtra()).as(entry.getName()).isNull();
                assertThat(entry.getTimeLocal()).as(entry.getName()).isEqualTo(BundleWriter.ENTRY_TIME);
            }
        }
        assertThat(names).containsExactly("MANIFEST.sha256", "MANIFEST.sig", Fixtures.RESULT, Fixtures.ATTACHMENT,
                "capability/veth.yaml", "identity.json", "report/index.html", "signer.pub", "summary.json");
    }

    @Test
    void manifestIsSha256sumOutputCoveringEveryOtherEntry() throws Exception {
        Path zip = dir.resolve("bundle.zip");
        BundleWriter.write(Fixtures.contents(dir), zip, Fixtures.newKey(dir.resolve("keys")));
        Map<String, byte[]> entries = Fixtures.read(zip);

        List<String> expected = entries.keySet().stream().filter(name -> !name.startsWith("MANIFEST.")).sorted()
                .map(name -> sha256(entries.get(name)) + "  " + name).toList();
        assertThat(text(entries.get("MANIFEST.sha256"))).isEqualTo(String.join("\n", expected) + "\n");
    }

    @Test
    void sha256sumAcceptsTheManifestOfAnExtractedBundle() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/sha256sum")), "sha256sum not installed");
        Path zip = dir.resolve("bundle.zip");
        BundleWriter.write(Fixtures.contents(dir), zip, Fixtures.newKey(dir.resolve("keys")));
        Path out = Files.createDirectory(dir.resolve("extracted"));
        for (Map.Entry<String, byte[]> e : Fixtures.read(zip).entrySet()) {
            Path target = out.resolve(e.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, e.getValue());
        }

        Process p = new ProcessBuilder("sha256sum", "--check", "--strict", "MANIFEST.sha256").directory(out.toFile())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());

        assertThat(p.waitFor()).as(output).isZero();
        assertThat(output.lines()).hasSize(7).allMatch(l -> l.endsWith(": OK"));
    }

    @Test
    void summaryJsonRecordsTheRunAndEachCase() throws Exception {
        Path zip = dir.resolve("bundle.zip");
        BundleWriter.write(Fixtures.contents(dir), zip, Fixtures.newKey(dir.resolve("keys")));

        JsonNode summary = JsonMapper.builder().build().readTree(Fixtures.read(zip).get("summary.json"));

        assertThat(summary.get("format").asString()).isEqualTo("xskc-summary/1");
        assertThat(summary.get("run").get("seed").asLong()).isEqualTo(-7046029254386353131L);
        assertThat(summary.get("run").get("started").asString()).isEqualTo("2026-03-01T02:00:00Z");
        assertThat(summary.get("totals").get("PASSED").asInt()).isEqualTo(1);
        assertThat(summary.get("totals").get("WAIVED").asInt()).isEqualTo(1);
        assertThat(summary.get("totals").get("FAILED").asInt()).isZero();
        JsonNode waived = summary.get("cases").get(1);
        assertThat(waived.get("case").asString()).isEqualTo("udp6");
        assertThat(waived.get("verdict").asString()).isEqualTo("WAIVED");
        assertThat(waived.get("waiver").asString()).isEqualTo("W-12");
        assertThat(waived.get("requirement").asString()).isEqualTo("The device fills the UDP checksum over IPv6");
        assertThat(summary.get("cases").get(0).get("parameters").get("payload").asString()).isEqualTo("64");
        assertThat(summary.get("cases").get(0).get("waiver").isNull()).isTrue();
        assertThat(text(Fixtures.read(zip).get("identity.json")))
                .isEqualTo("{\n  \"driver\" : \"veth\",\n  \"firmware\" : \"n/a\",\n  \"kernel\" : \"6.18.0\"\n}\n");
    }

    @Test
    void aWaivedVerdictNeedsItsWaiverAndCaseIdsAreUnique() {
        assertThatThrownBy(() -> new CaseVerdict("x", "s", "c", "d", "copy", Map.of(), Verdict.WAIVED, "cl", "r", "m",
                Optional.empty())).hasMessageContaining("waiver id is required for WAIVED");
        assertThatThrownBy(() -> new CaseVerdict("x", "s", "c", "d", "copy", Map.of(), Verdict.PASSED, "cl", "r", "",
                Optional.of("W-1"))).hasMessageContaining("only for WAIVED");
        CaseVerdict once = Fixtures.summary().cases().get(0);
        assertThatThrownBy(() -> new Summary(Fixtures.summary().run(), List.of(once, once)))
                .hasMessage("duplicate case id in summary: " + once.id());
    }

    @Test
    void anAllureResultsDirectoryWithASymbolicLinkIsRefused() throws Exception {
        BundleContents contents = Fixtures.contents(dir);
        Files.writeString(dir.resolve("secret"), "not evidence");
        Files.createSymbolicLink(contents.allureResults().resolve("link.json"), dir.resolve("secret"));

        assertThatThrownBy(() -> BundleWriter.write(contents, dir.resolve("bundle.zip"), Fixtures.newKey(dir.resolve("keys"))))
                .hasMessageContaining("symbolic link in the Allure results");
        assertThat(dir.resolve("bundle.zip")).doesNotExist();
    }
}
