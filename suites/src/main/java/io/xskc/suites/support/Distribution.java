package io.xskc.suites.support;

import java.util.Arrays;

/** Order statistics of a sample set (nearest-rank percentiles), for latency figures. */
public record Distribution(long count, long min, long median, long p99, long p999, long max) {
    public static Distribution of(long[] samples) {
        if (samples.length == 0) {
            return new Distribution(0, 0, 0, 0, 0, 0);
        }
        long[] s = samples.clone();
        Arrays.sort(s);
        return new Distribution(s.length, s[0], rank(s, 50), rank(s, 99), rank(s, 99.9), s[s.length - 1]);
    }

    /** Nearest-rank: the smallest value with at least p% of the samples at or below it. */
    static long rank(long[] sorted, double p) {
        int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(idx, sorted.length - 1))];
    }

    @Override
    public String toString() {
        return String.format("n=%d min=%d median=%d p99=%d p99.9=%d max=%d ns", count, min, median, p99, p999, max);
    }
}
