package io.xskc.device;

import java.util.Arrays;
import java.util.Optional;

/**
 * The clock a TX timestamp is expressed in. Copy mode stamps in software with CLOCK_TAI when the
 * skb is freed; zero-copy drivers return the NIC's hardware stamp, in its PHC's time base.
 */
public enum ClockDomain {
    SOFTWARE_TAI("software-tai"),
    PHC("phc");

    private final String yamlName;

    ClockDomain(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    public static Optional<ClockDomain> fromYaml(String name) {
        return Arrays.stream(values()).filter(c -> c.yamlName.equals(name)).findFirst();
    }

    @Override
    public String toString() {
        return yamlName;
    }
}
