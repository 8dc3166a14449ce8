package io.xskc.device;

/** At the given percentile (0 < p < 100) of the measured errors, the error must be at most maxNs. */
public record PercentileTarget(double percentile, long maxNs) implements Comparable<PercentileTarget> {

    public PercentileTarget {
        if (!(percentile > 0 && percentile < 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100): " + percentile);
        }
        if (maxNs < 0) {
            throw new IllegalArgumentException("maxNs must be >= 0: " + maxNs);
        }
    }

    @Override
    public int compareTo(PercentileTarget other) {
        return Double.compare(percentile, other.percentile);
    }

    /** The capability-file key: p50, p99, p99.9. */
    public String key() {
        return "p" + (percentile == Math.rint(percentile) ? Long.toString((long) percentile) : Double.toString(percentile));
    }
}
