package io.xskc.device;

import java.util.Objects;
import java.util.Optional;

/** Who the device is, as a report and a certification bundle name it. */
public record DeviceInfo(String name, String driver, Optional<String> pciId, Optional<String> notes) {

    public DeviceInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(driver, "driver");
        Objects.requireNonNull(pciId, "pciId");
        Objects.requireNonNull(notes, "notes");
        if (name.isBlank()) {
            throw new IllegalArgumentException("device name must not be blank");
        }
        if (driver.isBlank()) {
            throw new IllegalArgumentException("driver must not be blank");
        }
    }
}
