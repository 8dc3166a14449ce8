package io.xskc.device;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One loaded capability file.
 *
 * @param source       the file it was read from, as given to the loader
 * @param modes        the modes to run, in file order, without duplicates
 * @param capabilities what the device is declared to do per mode; every mode in {@code modes} has
 *                     an entry, and an entry for an unlisted mode is kept but not run
 */
public record CapabilityFile(
        Path source,
        DeviceInfo device,
        TopologySpec topology,
        List<Mode> modes,
        Map<Mode, ModeCapabilities> capabilities,
        Thresholds thresholds) {

    public CapabilityFile {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(topology, "topology");
        Objects.requireNonNull(thresholds, "thresholds");
        modes = List.copyOf(modes);
        if (modes.isEmpty() || modes.stream().distinct().count() != modes.size()) {
            throw new IllegalArgumentException("modes must be non-empty and distinct: " + modes);
        }
        capabilities = capabilities.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(capabilities));
        for (Mode mode : modes) {
            if (!capabilities.containsKey(mode)) {
                throw new IllegalArgumentException("no capabilities declared for mode " + mode);
            }
        }
    }

    /** The declarations for a mode this file runs, or empty if the file does not run it. */
    public Optional<ModeCapabilities> capabilitiesIn(Mode mode) {
        return modes.contains(mode) ? Optional.of(capabilities.get(mode)) : Optional.empty();
    }
}
