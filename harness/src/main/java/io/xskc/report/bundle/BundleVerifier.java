package io.xskc.report.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks a bundle: every entry against the manifest, the manifest against its signature, and the
 * signer against the key the reviewer trusts. The bundle is hostile input: nothing is extracted,
 * and every problem found is reported rather than the first one thrown.
 */
public final class BundleVerifier {

    private static final int MANIFEST_LIMIT = 16 << 20;
    private static final int KEY_OR_SIGNATURE_LIMIT = 64 << 10;

    private BundleVerifier() {
    }

    /**
     * Verifies {@code zip}. With a trusted key, the signature must be by that key and signer.pub
     * must name it; without one, the signature is checked with signer.pub, which only proves the
     * bundle is intact as its signer made it, so the report carries the signer's fingerprint.
     *
     * @throws IOException if {@code zip} cannot be opened as a zip at all
     */
    public static VerificationReport verify(Path zip, Optional<PublicKey> trusted) throws IOException {
        List<Problem> problems = new ArrayList<>();
        try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            Set<String> rejected = new TreeSet<>();
            Map<String, ZipEntry> entries = entries(file, rejected, problems);

            Optional<byte[]> manifest = control(file, entries, Layout.MANIFEST, MANIFEST_LIMIT, problems);
            Optional<byte[]> signature = control(file, entries, Layout.SIGNATURE, KEY_OR_SIGNATURE_LIMIT, problems);
            Optional<byte[]> signerPem = control(file, entries, Layout.SIGNER, KEY_OR_SIGNATURE_LIMIT, problems);

            int checked = manifest.isPresent() ? checkFiles(file, entries, rejected, manifest.get(), problems) : 0;

            Optional<PublicKey> signer = Optional.empty();
            if (signerPem.isPresent()) {
                try {
                    signer = Optional.of(Signatures.publicKeyFromPem(signerPem.get()));
                } catch (IllegalArgumentException e) {
                    problems.add(new Problem.BadSignature("cannot be checked: " + Layout.SIGNER + " is unusable: "
                            + e.getMessage()));
                }
            }
            boolean wrongKey = false;
            if (trusted.isPresent() && signer.isPresent() && !trusted.get().equals(signer.get())) {
                problems.add(new Problem.WrongKey(Fingerprint.of(trusted.get()), Fingerprint.of(signer.get())));
                wrongKey = true; // the signature then fails with the trusted key too: one cause, one problem
            }
            Optional<PublicKey> key = trusted.isPresent() ? trusted : signer;
            if (manifest.isPresent() && signature.isPresent() && key.isPresent() && !wrongKey) {
                checkSignature(manifest.get(), signature.get(), key.get(), trusted.isPresent(), problems);
            }
            return new VerificationReport(problems, checked, signer.map(Fingerprint::of), trusted.isPresent());
        }
    }

    /** Entries by name; unsafe names and duplicates are reported and left out of all further checks. */
    private static Map<String, ZipEntry> entries(ZipFile file, Set<String> rejected, List<Problem> problems) {
        Map<String, ZipEntry> entries = new TreeMap<>();
        Map<String, Integer> seen = new TreeMap<>();
        for (Enumeration<? extends ZipEntry> e = file.entries(); e.hasMoreElements(); ) {
            String name = e.nextElement().getName();
            seen.merge(name, 1, Integer::sum);
        }
        seen.forEach((name, count) -> {
            Optional<String> unsafe = EntryName.problem(name);
            if (name.endsWith("/") && unsafe.isPresent() && EntryName.problem(name.substring(0, name.length() - 1)).isEmpty()) {
                unsafe = Optional.empty(); // a plain directory entry: harmless, reported as unlisted below
            }
            if (unsafe.isPresent() || count > 1) {
                rejected.add(name);
            }
            if (unsafe.isPresent()) {
                problems.add(new Problem.UnsafeEntry(name, unsafe.get()));
            } else if (count > 1) {
                // Zip tools disagree on which copy they extract, so neither can be vouched for.
                problems.add(new Problem.UnsafeEntry(name, "appears " + count + " times"));
            } else {
                entries.put(name, file.getEntry(name));
            }
        });
        return entries;
    }

    private static Optional<byte[]> control(ZipFile file, Map<String, ZipEntry> entries, String name, int limit,
            List<Problem> problems) {
        ZipEntry entry = entries.get(name);
        if (entry == null) {
            problems.add(new Problem.MissingEntry(name));
            return Optional.empty();
        }
        try (InputStream in = file.getInputStream(entry)) {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                problems.add(new Problem.UnreadableEntry(name, "larger than " + limit + " bytes"));
                return Optional.empty();
            }
            return Optional.of(bytes);
        } catch (IOException e) {
            problems.add(new Problem.UnreadableEntry(name, e.getMessage()));
            return Optional.empty();
        }
    }

    /** Compares every entry with the manifest, in path order; returns how many matched. */
    private static int checkFiles(ZipFile file, Map<String, ZipEntry> entries, Set<String> rejected, byte[] manifest,
            List<Problem> problems) {
        Manifest.Parsed parsed = Manifest.parse(manifest);
        problems.addAll(parsed.problems());
        Map<String, String> listed = new TreeMap<>(parsed.digests());
        TreeMap<String, Boolean> paths = new TreeMap<>();
        listed.keySet().forEach(p -> paths.put(p, true));
        entries.keySet().stream().filter(p -> !Layout.UNLISTED.contains(p)).forEach(p -> paths.putIfAbsent(p, false));

        int matched = 0;
        for (String path : paths.keySet()) {
            String expected = listed.get(path);
            ZipEntry entry = entries.get(path);
            if (rejected.contains(path)) {
                continue; // already reported as unsafe
            } else if (expected == null) {
                problems.add(new Problem.UnlistedFile(path));
            } else if (entry == null) {
                problems.add(new Problem.MissingFile(path));
            } else {
                try (InputStream in = file.getInputStream(entry)) {
                    String actual = Digests.sha256Hex(in);
                    if (actual.equals(expected)) {
                        matched++;
                    } else {
                        problems.add(new Problem.DigestMismatch(path, expected, actual));
                    }
                } catch (ZipException e) {
                    problems.add(new Problem.UnreadableEntry(path, e.getMessage()));
                } catch (IOException e) {
                    problems.add(new Problem.UnreadableEntry(path, e.toString()));
                }
            }
        }
        return matched;
    }

    private static void checkSignature(byte[] manifest, byte[] signatureText, PublicKey key, boolean trusted,
            List<Problem> problems) {
        String whose = (trusted ? "the trusted key " : "the key in " + Layout.SIGNER + " ") + Fingerprint.of(key);
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(new String(signatureText, StandardCharsets.US_ASCII).strip());
        } catch (IllegalArgumentException e) {
            problems.add(new Problem.BadSignature("not base64: " + e.getMessage()));
            return;
        }
        if (signature.length != 64) {
            problems.add(new Problem.BadSignature("an Ed25519 signature is 64 bytes, this one is " + signature.length));
            return;
        }
        try {
            if (!Signatures.verify(key, manifest, signature)) {
                problems.add(new Problem.BadSignature("signature of " + Layout.MANIFEST + " does not verify with " + whose
                        + " (the manifest or the signature was changed after signing)"));
            }
        } catch (IllegalArgumentException e) {
            problems.add(new Problem.BadSignature("cannot be checked with " + whose + ": " + e.getMessage()));
        }
    }
}
