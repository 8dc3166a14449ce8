package io.xskc.device;

import java.util.Arrays;
import java.util.Optional;

/** The AF_XDP bind mode a run uses: XDP_COPY (2) or XDP_ZEROCOPY (4). */
public enum Mode {
    COPY("copy"),
    ZEROCOPY("zero-copy");

    private final String yamlName;

    Mode(String yamlName) {
        this.yamlName = yamlName;
    }

    /** The spelling used in capability files. */
    public String yamlName() {
        return yamlName;
    }

    public static Optional<Mode> fromYaml(String name) {
        return Arrays.stream(values()).filter(m -> m.yamlName.equals(name)).findFirst();
    }

    @Override
    public String toString() {
        return yamlName;
    }
}
