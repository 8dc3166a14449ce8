package io.xskc.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Finding capability files: by selector, by configuration, or in the enclosing checkout. */
final class DeviceFiles {
    static final String DEFAULT_PROFILE = "veth.yaml";

    private DeviceFiles() {
    }

    /** The file name without extension: the device's segment in unique ids, never a path. */
    static String stem(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    static boolean isCapabilityFile(Path p) {
        String n = p.getFileName().toString();
        return Files.isRegularFile(p) && (n.endsWith(".yaml") || n.endsWith(".yml"));
    }

    /** Capability files directly inside {@code dir}, in name order. */
    static List<Path> inDirectory(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(DeviceFiles::isCapabilityFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list capability files in " + dir, e);
        }
    }

    /** Expands configured paths (files or directories) into files. */
    static List<Path> expand(List<Path> configured) {
        List<Path> out = new ArrayList<>();
        for (Path p : configured) {
            if (Files.isDirectory(p)) {
                out.addAll(inDirectory(p));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** The devices/ directory of the nearest enclosing xskc checkout of the working directory. */
    static Optional<Path> checkoutDevices() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path devices = d.resolve("devices");
            if (Files.isRegularFile(devices.resolve(DEFAULT_PROFILE))) {
                return Optional.of(devices);
            }
        }
        return Optional.empty();
    }
}
