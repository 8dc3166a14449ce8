package io.xskc.report.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Bundle contents for tests, and a way to tamper with a written bundle from outside the writer. */
final class Fixtures {

    static final String RESULT = "allure-results/0b1c-result.json";
    static final String ATTACHMENT = "allure-results/attachments/0b1c-capture.pcap";

    private Fixtures() {
    }

    static BundleContents contents(Path dir) throws IOException {
        Path capability = Files.writeString(dir.resolve("veth.yaml"), "device:\n  name: veth\n  driver: veth\n");
        Path results = Files.createDirectories(dir.resolve("allure-results"));
        Files.writeString(results.resolve("0b1c-result.json"), "{\"name\":\"udp4 checksum\",\"status\":\"passed\"}\n");
        Files.createDirectories(results.resolve("attachments"));
        Files.write(results.resolve("attachments/0b1c-capture.pcap"), new byte[] {(byte) 0xd4, (byte) 0xc3, (byte) 0xb2, (byte) 0xa1, 2, 0, 4, 0});
        Path report = Files.writeString(dir.resolve("index.html"), "<!doctype html><title>xskc</title>\n");
        return new BundleContents(CapabilitySource.read(capability),
                Map.of("driver", "veth", "kernel", "6.18.0", "firmware", "n/a"), results, Optional.of(report), summary());
    }

    static Summary summary() {
        RunMetadata run = new RunMetadata(-7046029254386353131L, "6.18.0-xskc", "0.1.0-SNAPSHOT",
                Instant.parse("2026-03-01T02:00:00Z"), Instant.parse("2026-03-01T02:04:10Z"));
        return new Summary(run, List.of(
                new CaseVerdict("[device:veth]/[suite:checksum]/[case:udp4]", "checksum", "udp4", "veth", "copy",
                        Map.of("payload", "64"), Verdict.PASSED, "AF_XDP TX Metadata: Checksum offload",
                        "The device fills the UDP checksum from csum_start/csum_offset", "", Optional.empty()),
                new CaseVerdict("[device:veth]/[suite:checksum]/[case:udp6]", "checksum", "udp6", "veth", "copy",
                        Map.of(), Verdict.WAIVED, "AF_XDP TX Metadata: Checksum offload",
                        "The device fills the UDP checksum over IPv6", "checksum 0x1234 expected, 0x0000 captured",
                        Optional.of("W-12"))));
    }

    /** All entries of a zip, in order, as name to bytes. */
    static Map<String, byte[]> read(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (Enumeration<? extends ZipEntry> e = file.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                try (InputStream in = file.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }

    /** Writes {@code zip}'s entries, changed by {@code edit}, to a new zip beside it. */
    static Path tamper(Path zip, String name, Consumer<Map<String, byte[]>> edit) throws IOException {
        Map<String, byte[]> entries = read(zip);
        edit.accept(entries);
        Path out = zip.resolveSibling(name + ".zip");
        write(out, entries);
        return out;
    }

    static void write(Path out, Map<String, byte[]> entries) throws IOException {
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(out))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String sha256(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(Digests.sha256(bytes));
    }

    static SigningKey newKey(Path dir) {
        try {
            return SigningKeys.loadOrCreate(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
