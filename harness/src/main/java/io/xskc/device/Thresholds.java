package io.xskc.device;

import java.util.List;
import java.util.Objects;

/**
 * Numeric limits the suites judge measurements by. Every field has a default, so a file may omit
 * the section or any part of it.
 *
 * @param minSamples                 statistical cases draw at least this many samples
 * @param timestampLowerToleranceNs  a TX timestamp may precede the clock reading taken just before
 *                                   its descriptor was submitted by at most this
 * @param timestampUpperToleranceNs  a TX timestamp may follow the clock reading taken just after its
 *                                   completion was read by at most this
 * @param launchTimeAccuracy         per percentile, the largest |departure - requested launch time|,
 *                                   departure being the frame's TX timestamp; sorted by percentile
 */
public record Thresholds(
        int minSamples,
        long timestampLowerToleranceNs,
        long timestampUpperToleranceNs,
        List<PercentileTarget> launchTimeAccuracy) {

    public static final int DEFAULT_MIN_SAMPLES = 10_000;

    /**
     * Strict bounds (both stamp and readings come from one clock in copy mode) and launch-time
     * targets loose enough for a software qdisc; hardware lab files should tighten them.
     */
    public static final Thresholds DEFAULTS = new Thresholds(DEFAULT_MIN_SAMPLES, 0, 0,
            List.of(new PercentileTarget(50, 10_000), new PercentileTarget(99, 100_000)));

    public Thresholds {
        Objects.requireNonNull(launchTimeAccuracy, "launchTimeAccuracy");
        if (minSamples < 1) {
            throw new IllegalArgumentException("minSamples must be >= 1: " + minSamples);
        }
        if (timestampLowerToleranceNs < 0 || timestampUpperToleranceNs < 0) {
            throw new IllegalArgumentException("timestamp tolerances must be >= 0");
        }
        launchTimeAccuracy = launchTimeAccuracy.stream().sorted().toList();
    }
}
