package io.xskc.device;

import java.nio.file.Path;
import java.util.Objects;

/** The outcome of loading one file of a directory: one bad file never hides the others. */
public sealed interface LoadResult permits LoadResult.Loaded, LoadResult.Failed {

    Path file();

    record Loaded(CapabilityFile capabilities) implements LoadResult {
        public Loaded {
            Objects.requireNonNull(capabilities, "capabilities");
        }

        @Override
        public Path file() {
            return capabilities.source();
        }
    }

    record Failed(CapabilityFileException error) implements LoadResult {
        public Failed {
            Objects.requireNonNull(error, "error");
        }

        @Override
        public Path file() {
            return error.file();
        }
    }
}
