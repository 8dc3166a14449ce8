package io.xskc.report.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The capability file the run used: its path (the bundle keeps its file name) and the bytes the
 * run read, so the bundle certifies what was tested even if the file has changed since.
 */
public record CapabilitySource(Path path, byte[] bytes) {

    public CapabilitySource {
        Objects.requireNonNull(path, "path");
        if (path.getFileName() == null) {
            throw new IllegalArgumentException("capability path has no file name: " + path);
        }
        bytes = bytes.clone();
    }

    public static CapabilitySource read(Path path) throws IOException {
        return new CapabilitySource(path, Files.readAllBytes(path));
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The name of the file, without its directory. */
    public String fileName() {
        return path.getFileName().toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CapabilitySource c && path.equals(c.path) && Arrays.equals(bytes, c.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * path.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "CapabilitySource[" + path + ", " + bytes.length + " bytes, sha256 "
                + HexFormat.of().formatHex(Digests.sha256(bytes)) + "]";
    }
}
