package io.xskc.device;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository's devices/ directory from wherever the test JVM runs (module or root). */
final class Devices {

    private Devices() {}

    static Path dir() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("devices");
            if (Files.isRegularFile(candidate.resolve(CapabilityLoader.SCHEMA_FILE))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no devices/" + CapabilityLoader.SCHEMA_FILE + " above " + Path.of("").toAbsolutePath());
    }

    static CapabilityLoader loader() {
        return CapabilityLoader.forDevicesDirectory(dir());
    }
}
