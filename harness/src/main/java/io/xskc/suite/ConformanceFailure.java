package io.xskc.suite;

import org.opentest4j.AssertionFailedError;

/**
 * The device or kernel did not do what the specification says: a FAILED verdict. The message
 * names the clause, what was expected and what was seen.
 */
public final class ConformanceFailure extends AssertionFailedError {
    private final String clause;

    public ConformanceFailure(String clause, String what, Object expected, Object actual) {
        super(clause + ": " + what + ": expected " + expected + ", actual " + actual, expected, actual);
        this.clause = clause;
    }

    public ConformanceFailure(String clause, String message) {
        super(clause + ": " + message);
        this.clause = clause;
    }

    public String clause() {
        return clause;
    }
}
