package io.xskc.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The run-level files of an Allure results directory: environment.properties (what was tested),
 * executor.json (who ran it) and categories.json (how failures are sorted), plus xskc's own
 * summary for the certification page and the bundle.
 */
public final class RunFiles {
    static final JsonMapper JSON = JsonMapper.builder().build();
    public static final String SUMMARY = "xskc-summary.json";

    private RunFiles() {
    }

    static void write(Path dir, RunRecorder run) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("environment.properties"), environment(run.identity(), run.seed()));
            Files.writeString(dir.resolve("executor.json"), executor(run.identity()));
            Files.writeString(dir.resolve("categories.json"), categories());
            Files.write(dir.resolve(SUMMARY), run.summary().toJson());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write run files into " + dir, e);
        }
    }

    static String environment(Map<String, String> identity, long seed) {
        Map<String, String> env = new TreeMap<>(identity);
        env.put("seed", Long.toString(seed));
        env.putIfAbsent("firmware", "not discovered (veth has none; discovery lands with issue 6)");
        StringBuilder b = new StringBuilder();
        env.forEach((k, v) -> b.append(k.replace(' ', '_')).append(" = ").append(v.replace("\n", " ")).append('\n'));
        return b.toString();
    }

    static String executor(Map<String, String> identity) {
        ObjectNode e = JSON.createObjectNode();
        e.put("name", "xskc");
        e.put("type", "xskc");
        e.put("buildName", "xskc " + identity.getOrDefault("xskc", "") + " on " + identity.getOrDefault("kernel", ""));
        e.put("reportName", "xskc conformance: " + identity.getOrDefault("device", "device"));
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(e);
    }

    /** First match wins, so the specific categories come before the general ones. */
    static String categories() {
        ArrayNode a = JSON.createArrayNode();
        a.add(category("Known defects (waived)", "skipped", "(?s)waived: known defect.*"));
        a.add(category("Capability mismatches (declared vs discovered)", "failed", "(?s).*capability mismatch.*"));
        a.add(category("Conformance failures", "failed", "(?s).*"));
        a.add(category("Harness or environment breakage", "broken", "(?s).*"));
        a.add(category("Not run: capability not declared or not in this mode", "skipped",
                "(?s)(not-declared|not-supported-in-mode):.*"));
        a.add(category("Not run: environment or privilege", "skipped", "(?s)(no-privilege|environment):.*"));
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(a);
    }

    private static ObjectNode category(String name, String status, String messageRegex) {
        ObjectNode c = JSON.createObjectNode();
        c.put("name", name);
        c.putArray("matchedStatuses").add(status);
        c.put("messageRegex", messageRegex);
        return c;
    }

}
