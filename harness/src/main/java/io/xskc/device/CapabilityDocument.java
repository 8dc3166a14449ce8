package io.xskc.device;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The file as Jackson binds it (kebab-case names, every field nullable). Binding rejects unknown
 * keys and wrong scalar types; the schema then checks presence and ranges, and {@link Binder}
 * turns it into the model.
 */
record CapabilityDocument(
        Device device, Topology topology, List<String> modes, Capabilities capabilities, ThresholdsDoc thresholds) {

    record Device(String name, String driver, String pciId, String notes) {}

    record Topology(Interface underTest, Long queue, JsonNode peer, Long mtu) {}

    record Interface(String ifname, String netns) {}

    record Capabilities(PerMode copy, PerMode zeroCopy) {}

    record PerMode(
            Long txMetadataLength,
            TxTimestamp txTimestamp,
            Boolean txChecksum,
            Boolean launchTime,
            Boolean swCsum,
            MultiBuffer multiBuffer) {}

    record TxTimestamp(String clock) {}

    record MultiBuffer(Long maxFragments) {}

    record ThresholdsDoc(Long minSamples, TimestampBounds txTimestamp, LaunchTime launchTime) {}

    record TimestampBounds(Long lowerToleranceNs, Long upperToleranceNs) {}

    record LaunchTime(Map<String, Long> accuracyNs) {}
}
