package io.xskc.suite;

import java.util.Objects;

/** Comparisons that fail with a {@link ConformanceFailure} naming the clause. */
public final class Check {
    private Check() {
    }

    public static void equal(String clause, String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            throw new ConformanceFailure(clause, what, expected, actual);
        }
    }

    public static void that(boolean condition, String clause, String message) {
        if (!condition) {
            throw new ConformanceFailure(clause, message);
        }
    }
}
