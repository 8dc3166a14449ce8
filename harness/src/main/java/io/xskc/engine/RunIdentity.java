package io.xskc.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a report must always say about what was tested: the device, the kernel, xskc and the JDK. */
public final class RunIdentity {
    public static final String PREFIX = "xskc.identity.";

    private RunIdentity() {
    }

    public static String xskcVersion() {
        String v = RunIdentity.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-SNAPSHOT (from source)" : v;
    }

    public static String kernel() {
        try {
            return Files.readString(Path.of("/proc/sys/kernel/osrelease")).strip();
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    /** Identity of one device run, as report-entry keys under {@link #PREFIX}. */
    static Map<String, String> of(io.xskc.device.CapabilityFile device) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(PREFIX + "device", device.device().name());
        m.put(PREFIX + "driver", device.device().driver());
        device.device().pciId().ifPresent(v -> m.put(PREFIX + "pci-id", v));
        m.put(PREFIX + "capability-file", device.source().getFileName().toString());
        m.put(PREFIX + "modes", String.join(",", device.modes().stream().map(io.xskc.device.Mode::yamlName).toList()));
        m.put(PREFIX + "kernel", kernel());
        m.put(PREFIX + "xskc", xskcVersion());
        m.put(PREFIX + "jdk", Runtime.version().toString());
        return m;
    }
}
