package io.xskc.report.bundle;

/** The verdict of one case as the bundle records it; WAIVED is a failure covered by a waiver. */
public enum Verdict {
    PASSED, FAILED, BROKEN, SKIPPED, WAIVED
}
