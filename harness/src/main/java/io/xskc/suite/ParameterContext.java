package io.xskc.suite;

import io.xskc.device.CapabilityFile;
import io.xskc.device.Mode;
import io.xskc.device.ModeCapabilities;
import java.util.random.RandomGenerator;

/**
 * What a parameter factory may look at: the device, the mode, and a generator seeded from the
 * run's seed and the case, so a run repeated with the same seed draws the same sets.
 */
public record ParameterContext(CapabilityFile device, Mode mode, long seed, String caseId) {
    public ModeCapabilities capabilities() {
        return device.capabilitiesIn(mode).orElseThrow();
    }

    /** A fresh generator for this case, device and mode; the same inputs give the same draws. */
    public RandomGenerator random() {
        return Seeds.generator(seed, caseId + "@" + mode);
    }
}
