package io.xskc.engine;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * The engine's configuration parameters.
 *
 * <ul>
 * <li>{@code xskc.devices}: comma-separated capability files or directories, used when no file or
 * directory selector names devices (default: the {@code devices/veth.yaml} of the nearest
 * enclosing xskc checkout);
 * <li>{@code xskc.suites}: comma-separated suite classes or packages to scan (default
 * {@code io.xskc.suites});
 * <li>{@code xskc.seed}: the run's seed (default: drawn, then reported);
 * <li>{@code xskc.waivers}: a waiver file;
 * <li>{@code xskc.timeout.case}: per-case timeout, e.g. {@code 120s} or {@code PT2M} (default 300s).
 * </ul>
 */
record EngineConfig(List<Path> devices, List<String> suites, long seed, boolean seedGiven, Optional<Path> waivers,
        Duration caseTimeout) {
    static final String DEVICES = "xskc.devices";
    static final String SUITES = "xskc.suites";
    static final String SEED = "xskc.seed";
    static final String WAIVERS = "xskc.waivers";
    static final String CASE_TIMEOUT = "xskc.timeout.case";
    static final String DEFAULT_SUITE_PACKAGE = "io.xskc.suites";

    static EngineConfig from(ConfigurationParameters p) {
        List<Path> devices = p.get(DEVICES).map(EngineConfig::split).orElse(List.of()).stream().map(Path::of)
                .toList();
        List<String> suites = p.get(SUITES).map(EngineConfig::split).orElse(List.of(DEFAULT_SUITE_PACKAGE));
        Optional<String> seedText = p.get(SEED);
        long seed;
        try {
            seed = seedText.map(Long::parseLong).orElseGet(() -> new SecureRandom().nextLong());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(SEED + " must be a 64-bit integer, got '" + seedText.get() + "'");
        }
        Duration timeout = p.get(CASE_TIMEOUT).map(EngineConfig::duration).orElse(Duration.ofSeconds(300));
        return new EngineConfig(devices, suites, seed, seedText.isPresent(), p.get(WAIVERS).map(Path::of), timeout);
    }

    private static List<String> split(String s) {
        return Arrays.stream(s.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    static Duration duration(String text) {
        String t = text.strip();
        try {
            if (t.startsWith("P") || t.startsWith("p")) {
                return Duration.parse(t);
            }
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            }
            if (t.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
            }
            if (t.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
            }
            return Duration.ofSeconds(Long.parseLong(t));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException(CASE_TIMEOUT + " must be a duration such as 120s, 500ms, 2m or PT2M, got '"
                    + text + "'");
        }
    }
}
