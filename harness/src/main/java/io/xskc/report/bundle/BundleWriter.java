package io.xskc.report.bundle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a certification bundle: the same contents and key give the same bytes, so a bundle can be
 * rebuilt and compared, and nothing in it (time, time zone, order of a directory listing) depends on
 * when or where it was written.
 */
public final class BundleWriter {

    /**
     * Every entry's time, set as a DOS local time so no time zone enters. Not 1980-01-01 00:00:00:
     * java.util.zip reads that DOS value as "before 1980" and then adds an extended-timestamp extra
     * field; two seconds later is the earliest time that stays a bare DOS time.
     */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0, 2);

    private BundleWriter() {
    }

    /**
     * Writes the bundle to {@code zip}, replacing it; the zip appears only once complete.
     *
     * @throws IllegalArgumentException if a file would get an unsafe entry name
     * @throws IOException              if a file cannot be read, or changed while being bundled
     */
    public static void write(BundleContents contents, Path zip, SigningKey key) throws IOException {
        SortedMap<EntryName, Source> entries = entries(contents, key);

        SortedMap<EntryName, String> digests = new TreeMap<>();
        for (Map.Entry<EntryName, Source> e : entries.entrySet()) {
            try (InputStream in = e.getValue().open()) {
                digests.put(e.getKey(), Digests.sha256Hex(in));
            }
        }
        byte[] manifest = Manifest.render(digests);
        byte[] signature = (Base64.getEncoder().encodeToString(key.sign(manifest)) + "\n")
                .getBytes(StandardCharsets.US_ASCII);
        entries.put(EntryName.of(Layout.MANIFEST), new Source.Bytes(manifest));
        entries.put(EntryName.of(Layout.SIGNATURE), new Source.Bytes(signature));

        Path absolute = zip.toAbsolutePath();
        Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".partial");
        try {
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(temporary), StandardCharsets.UTF_8)) {
                out.setLevel(Deflater.BEST_COMPRESSION);
                for (Map.Entry<EntryName, Source> e : entries.entrySet()) {
                    String written = copy(e.getValue(), e.getKey(), out);
                    String listed = digests.get(e.getKey());
                    if (listed != null && !listed.equals(written)) {
                        // Digests were taken in a first pass; the file was rewritten since.
                        throw new IOException(e.getValue() + " changed while the bundle was being written");
                    }
                }
            }
            if (Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
                // Temporary files are created owner-only; a bundle is made to be handed over.
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static SortedMap<EntryName, Source> entries(BundleContents contents, SigningKey key) throws IOException {
        SortedMap<EntryName, Source> entries = new TreeMap<>();
        add(entries, Layout.CAPABILITY_PREFIX + contents.capability().fileName(),
                new Source.Bytes(contents.capability().bytes()));
        add(entries, Layout.IDENTITY, new Source.Bytes(Json.identity(contents.identity())));
        add(entries, Layout.SUMMARY, new Source.Bytes(Json.summary(contents.summary())));
        add(entries, Layout.SIGNER, new Source.Bytes(key.publicKeyPem()));
        for (Path file : allureFiles(contents.allureResults())) {
            String relative = contents.allureResults().relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
            add(entries, Layout.ALLURE_PREFIX + relative, new Source.File(file));
        }
        if (contents.renderedReport().isPresent()) {
            Path report = contents.renderedReport().get();
            if (!Files.isRegularFile(report, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException("rendered report is not a regular file: " + report);
            }
            add(entries, Layout.REPORT, new Source.File(report));
        }
        return entries;
    }

    private static void add(SortedMap<EntryName, Source> entries, String name, Source source) {
        if (entries.put(EntryName.of(name), source) != null) {
            throw new IllegalArgumentException("two files for bundle entry " + name);
        }
    }

    /** Regular files only; a symbolic link could pull in anything on the machine, so it is refused. */
    private static List<Path> allureFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("Allure results directory does not exist or is not a directory: " + dir);
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (a.isSymbolicLink()) {
                    throw new IOException("symbolic link in the Allure results, refusing to follow it: " + p);
                } else if (a.isRegularFile()) {
                    files.add(p);
                } else if (!a.isDirectory()) {
                    throw new IOException("not a regular file in the Allure results: " + p);
                }
            }
        }
        return files;
    }

    /** Writes one entry with no extra fields and a fixed time; returns the digest of what was written. */
    private static String copy(Source source, EntryName name, ZipOutputStream out) throws IOException {
        ZipEntry entry = new ZipEntry(name.value());
        entry.setTimeLocal(ENTRY_TIME);
        entry.setMethod(ZipEntry.DEFLATED);
        out.putNextEntry(entry);
        MessageDigest md = Digests.newSha256();
        try (InputStream in = source.open()) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                md.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        }
        out.closeEntry();
        return HexFormat.of().formatHex(md.digest());
    }

    /** Where an entry's bytes come from: memory, or a file read twice (digest, then copy). */
    private sealed interface Source {
        InputStream open() throws IOException;

        record Bytes(byte[] bytes) implements Source {
            @Override
            public InputStream open() {
                return new ByteArrayInputStream(bytes);
            }

            @Override
            public String toString() {
                return bytes.length + " bytes in memory";
            }
        }

        record File(Path path) implements Source {
            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS);
            }

            @Override
            public String toString() {
                return path.toString();
            }
        }
    }
}
