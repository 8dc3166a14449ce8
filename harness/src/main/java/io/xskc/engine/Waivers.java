package io.xskc.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The waiver file: a YAML list under {@code waivers:}, each entry with id, case, device,
 * reference and expires (YYYY-MM-DD), and an optional reason. Every field is checked; a bad
 * file is an error, never a silently empty list.
 */
final class Waivers {
    private static final Set<String> FIELDS = Set.of("id", "case", "device", "reference", "expires", "reason");
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private final List<Waiver> entries;
    private final LocalDate today;

    Waivers(List<Waiver> entries, LocalDate today) {
        this.entries = List.copyOf(entries);
        this.today = today;
    }

    static Waivers none() {
        return new Waivers(List.of(), LocalDate.now());
    }

    static Waivers load(Path file, LocalDate today) {
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + ": not valid YAML: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject() || !root.has("waivers") || root.size() != 1
                || !root.get("waivers").isArray()) {
            throw new IllegalArgumentException(file + ": expected a single key 'waivers' holding a list");
        }
        List<Waiver> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int i = 0;
        for (JsonNode n : root.get("waivers")) {
            String where = file + ": waivers[" + i++ + "]";
            if (!n.isObject()) {
                throw new IllegalArgumentException(where + ": expected a mapping");
            }
            for (String key : n.propertyNames()) {
                if (!FIELDS.contains(key)) {
                    throw new IllegalArgumentException(where + ": unknown key '" + key + "' (allowed: " + FIELDS + ")");
                }
            }
            String id = text(n, "id", where);
            if (!ids.add(id)) {
                throw new IllegalArgumentException(where + ": duplicate waiver id '" + id + "'");
            }
            LocalDate expires;
            try {
                expires = LocalDate.parse(text(n, "expires", where));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(where + ": expires must be a date YYYY-MM-DD");
            }
            out.add(new Waiver(id, text(n, "case", where), text(n, "device", where), text(n, "reference", where),
                    expires, n.has("reason") ? text(n, "reason", where) : ""));
        }
        return new Waivers(out, today);
    }

    private static String text(JsonNode n, String key, String where) {
        JsonNode v = n.get(key);
        if (v == null || !v.isString() || v.asString().isBlank()) {
            throw new IllegalArgumentException(where + ": '" + key + "' must be a non-empty string");
        }
        return v.asString();
    }

    /** The waiver in force for this case and device, if any; expired waivers never match. */
    Optional<Waiver> find(String caseKey, String deviceStem) {
        return entries.stream().filter(w -> !w.expired(today) && w.covers(caseKey, deviceStem)).findFirst();
    }

    /** Expired waivers that would have matched, so the report can say why a failure stands. */
    Optional<Waiver> findExpired(String caseKey, String deviceStem) {
        return entries.stream().filter(w -> w.expired(today) && w.covers(caseKey, deviceStem)).findFirst();
    }

    List<Waiver> entries() {
        return entries;
    }
}
