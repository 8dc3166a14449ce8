package io.xskc.suite;

/** Why a case did not run: a structured reason, so reports can tell a gap from a limitation. */
public enum SkipReason {
    /** The capability file does not declare a capability the case needs. */
    NOT_DECLARED("not-declared"),
    /** Declared for another mode, but not for the mode under test. */
    NOT_SUPPORTED_IN_MODE("not-supported-in-mode"),
    /** The process lacks a Linux capability the case needs. */
    NO_PRIVILEGE("no-privilege"),
    /** The environment cannot run the case (no PHC, kernel without the feature, ...). */
    ENVIRONMENT("environment"),
    /** A waiver covers a known failure: the result stays visible as a known defect. */
    WAIVED("waived");

    private final String label;

    SkipReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The message form reports parse: "label: detail". */
    public String message(String detail) {
        return label + ": " + detail;
    }
}
