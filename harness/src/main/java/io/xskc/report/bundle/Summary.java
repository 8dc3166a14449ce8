package io.xskc.report.bundle;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The content of summary.json: the run and every case's verdict, in the order given. */
public record Summary(RunMetadata run, List<CaseVerdict> cases) {

    public Summary {
        Objects.requireNonNull(run, "run");
        cases = List.copyOf(cases);
        Set<String> seen = new HashSet<>();
        for (CaseVerdict c : cases) {
            if (!seen.add(c.id())) {
                throw new IllegalArgumentException("duplicate case id in summary: " + c.id());
            }
        }
    }

    public long count(Verdict verdict) {
        return cases.stream().filter(c -> c.verdict() == verdict).count();
    }

    /** summary.json as the bundle stores it. */
    public byte[] toJson() {
        return Json.summary(this);
    }
}
