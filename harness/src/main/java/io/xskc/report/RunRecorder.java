package io.xskc.report;

import io.xskc.engine.RunIdentity;
import io.xskc.report.bundle.CaseVerdict;
import io.xskc.report.bundle.RunMetadata;
import io.xskc.report.bundle.Summary;
import io.xskc.report.bundle.Verdict;
import io.xskc.suite.Case;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Records the verdict of every xskc test as the run goes, with the seed and device identity the
 * engine reports. Registered through ServiceLoader, it writes the Allure results' run files when
 * the plan finishes; the xskc command also reads its summary for the exit code and the bundle.
 */
public class RunRecorder implements TestExecutionListener {
    private final Map<String, CaseVerdict> verdicts = new ConcurrentHashMap<>();
    private final List<String> order = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> identity = new ConcurrentHashMap<>();
    private volatile long seed;
    private volatile Instant started = Instant.now();
    private volatile Instant finished;
    private volatile boolean xskcRan;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        started = Instant.now();
    }

    @Override
    public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
        Map<String, String> kv = entry.getKeyValuePairs();
        if (kv.containsKey("xskc.seed")) {
            seed = Long.parseLong(kv.get("xskc.seed"));
            xskcRan = true;
        }
        kv.forEach((k, v) -> {
            if (k.startsWith(RunIdentity.PREFIX)) {
                identity.put(k.substring(RunIdentity.PREFIX.length()), v);
            }
        });
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        if (id.isTest() && isXskc(id)) {
            record(id, Verdict.SKIPPED, reason, Optional.empty());
        }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (!id.isTest() || !isXskc(id)) {
            return;
        }
        Optional<Throwable> t = result.getThrowable();
        String message = t.map(x -> String.valueOf(x.getMessage())).orElse("");
        switch (result.getStatus()) {
            case SUCCESSFUL -> record(id, Verdict.PASSED, "", Optional.empty());
            case FAILED -> record(id, t.orElse(null) instanceof AssertionError ? Verdict.FAILED : Verdict.BROKEN,
                    t.map(x -> x.getClass().getSimpleName() + ": " + x.getMessage()).orElse(""), Optional.empty());
            case ABORTED -> {
                Optional<String> waiver = waiverId(message);
                record(id, waiver.isPresent() ? Verdict.WAIVED : Verdict.SKIPPED, message, waiver);
            }
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        finished = Instant.now();
        if (xskcRan && !verdicts.isEmpty()) {
            RunFiles.write(ResultsDirectory.current(), this);
        }
    }

    /** "waived: known defect W-1 (...)" carries the waiver id after "known defect ". */
    static Optional<String> waiverId(String message) {
        String marker = "waived: known defect ";
        if (!message.startsWith(marker)) {
            return Optional.empty();
        }
        String rest = message.substring(marker.length());
        int end = rest.indexOf(' ');
        return Optional.of(end < 0 ? rest : rest.substring(0, end));
    }

    private static boolean isXskc(TestIdentifier id) {
        List<UniqueId.Segment> s = id.getUniqueIdObject().getSegments();
        for (int i = s.size() - 1; i >= 0; i--) {
            if (s.get(i).getType().equals("engine")) {
                return s.get(i).getValue().equals("xskc");
            }
        }
        return false;
    }

    private void record(TestIdentifier id, Verdict verdict, String message, Optional<String> waiver) {
        UniqueId uid = id.getUniqueIdObject();
        String device = segment(uid, "device");
        String suiteClass = segment(uid, "suite");
        String params = segment(uid, "params");
        int slash = params.indexOf('/');
        String mode = slash < 0 ? params : params.substring(0, slash);
        Map<String, String> parameters = new LinkedHashMap<>();
        if (slash >= 0) {
            parameters.put("parameters", params.substring(slash + 1));
        }
        String caseName = segment(uid, "case");
        Optional<Case> annotation = caseAnnotation(id);
        String suite = suiteName(suiteClass);
        String key = uid.toString();
        order.add(key);
        verdicts.put(key, new CaseVerdict(key, suite, caseName, device, mode, parameters, verdict,
                annotation.map(Case::clause).orElse(""), annotation.map(Case::description).orElse(""),
                message == null ? "" : message, waiver));
    }

    private static String suiteName(String className) {
        try {
            var a = Class.forName(className).getAnnotation(io.xskc.suite.ConformanceSuite.class);
            return a == null ? className : a.value();
        } catch (ClassNotFoundException e) {
            return className;
        }
    }

    private static Optional<Case> caseAnnotation(TestIdentifier id) {
        return id.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                .flatMap(ms -> {
                    try {
                        Method m = ms.getJavaMethod();
                        return Optional.ofNullable(m.getAnnotation(Case.class));
                    } catch (RuntimeException e) {
                        return Optional.empty();
                    }
                });
    }

    private static String segment(UniqueId id, String type) {
        return id.getSegments().stream().filter(s -> s.getType().equals(type)).map(UniqueId.Segment::getValue)
                .reduce((a, b) -> b).orElse("");
    }

    public Summary summary() {
        List<CaseVerdict> cases = new ArrayList<>();
        synchronized (order) {
            for (String k : order) {
                cases.add(verdicts.get(k));
            }
        }
        Instant end = finished == null ? Instant.now() : finished;
        return new Summary(new RunMetadata(seed, identity.getOrDefault("kernel", RunIdentity.kernel()),
                RunIdentity.xskcVersion(), started, end), cases);
    }

    public Map<String, String> identity() {
        return Map.copyOf(identity);
    }

    public long seed() {
        return seed;
    }
}
