package io.xskc.suite;

import java.util.Map;

/**
 * A parameter set with an explicit, stable name (which becomes part of the unique id) and the
 * values a report should list. Plain objects work too; they are named by {@code toString()}.
 */
public interface ParameterSet {
    String name();

    /** Name-value pairs for the report's parameter table. */
    default Map<String, String> reportParameters() {
        return Map.of("parameters", name());
    }
}
