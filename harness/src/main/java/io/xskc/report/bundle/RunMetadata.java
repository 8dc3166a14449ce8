package io.xskc.report.bundle;

import java.time.Instant;
import java.util.Objects;

/**
 * What identifies the run a bundle certifies.
 *
 * @param seed the seed randomised cases drew from; the run repeats with it
 */
public record RunMetadata(long seed, String kernel, String xskcVersion, Instant started, Instant finished) {

    public RunMetadata {
        Objects.requireNonNull(kernel, "kernel");
        Objects.requireNonNull(xskcVersion, "xskcVersion");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(finished, "finished");
        if (finished.isBefore(started)) {
            throw new IllegalArgumentException("run finished (" + finished + ") before it started (" + started + ")");
        }
    }
}
