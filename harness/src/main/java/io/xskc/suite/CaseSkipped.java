package io.xskc.suite;

import org.opentest4j.TestAbortedException;

/** Thrown by a case (or the engine) to skip with a structured reason. */
public final class CaseSkipped extends TestAbortedException {
    private final SkipReason reason;

    public CaseSkipped(SkipReason reason, String detail) {
        super(reason.message(detail));
        this.reason = reason;
    }

    public CaseSkipped(SkipReason reason, String detail, Throwable cause) {
        super(reason.message(detail), cause);
        this.reason = reason;
    }

    public SkipReason reason() {
        return reason;
    }
}
