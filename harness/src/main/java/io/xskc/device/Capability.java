package io.xskc.device;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a device can be declared to do with AF_XDP TX metadata. The first three map to
 * XDP_TXMD_FLAGS_TIMESTAMP, _CHECKSUM and _LAUNCH_TIME; SW_CSUM is the UMEM flag
 * XDP_UMEM_TX_SW_CSUM (copy mode only); MULTI_BUFFER is XDP_USE_SG with XDP_PKT_CONTD chains.
 */
public enum Capability {
    TX_TIMESTAMP("tx-timestamp"),
    TX_CHECKSUM("tx-checksum"),
    LAUNCH_TIME("launch-time"),
    SW_CSUM("sw-csum"),
    MULTI_BUFFER("multi-buffer");

    private final String yamlName;

    Capability(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    public static Optional<Capability> fromYaml(String name) {
        return Arrays.stream(values()).filter(c -> c.yamlName.equals(name)).findFirst();
    }

    @Override
    public String toString() {
        return yamlName;
    }
}
