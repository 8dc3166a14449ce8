package io.xskc.report.bundle;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything a certification bundle holds besides its manifest, signature and key.
 *
 * @param identity       the device identity (driver, firmware, PCI id, ...), written as identity.json
 * @param allureResults  the Allure results directory; every file under it goes under allure-results/
 * @param renderedReport the single-file report, written as report/index.html when present
 */
public record BundleContents(CapabilitySource capability, Map<String, String> identity, Path allureResults,
        Optional<Path> renderedReport, Summary summary) {

    public BundleContents {
        Objects.requireNonNull(capability, "capability");
        Objects.requireNonNull(allureResults, "allureResults");
        Objects.requireNonNull(renderedReport, "renderedReport");
        Objects.requireNonNull(summary, "summary");
        identity = Collections.unmodifiableSortedMap(new TreeMap<>(identity));
    }
}
