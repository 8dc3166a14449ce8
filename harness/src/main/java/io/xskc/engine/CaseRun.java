package io.xskc.engine;

import io.xskc.suite.CaseSkipped;
import io.xskc.suite.DeviceHandle;
import io.xskc.suite.Evidence;
import io.xskc.suite.SkipReason;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.platform.engine.reporting.ReportEntry;

/**
 * Runs one test: checks the device session, invokes the case on its own platform thread within
 * the configured timeout, applies a waiver to a failure, and publishes the evidence under the
 * test whatever the outcome.
 */
final class CaseRun {
    private final ParameterSetDescriptor test;
    private final XskcContext context;

    CaseRun(ParameterSetDescriptor test, XskcContext context) {
        this.test = test;
        this.context = context;
    }

    void run() throws Exception {
        DeviceSession session = context.device();
        if (session.privilegeProblem().isPresent()) {
            throw new CaseSkipped(SkipReason.NO_PRIVILEGE, session.privilegeProblem().get());
        }
        if (session.setupFailure().isPresent()) {
            RuntimeException e = session.setupFailure().get();
            throw new IllegalStateException("topology of " + test.device().device().name() + " could not be set up: "
                    + e.getMessage(), e);
        }
        if (context.cancelled()) {
            throw new CaseSkipped(SkipReason.ENVIRONMENT, "interrupted: the run was cancelled before this case");
        }
        EvidenceSink evidence = new EvidenceSink();
        context.listener().reportingEntryPublished(test, ReportEntry.from(identity()));
        CaseInfo info = test.info();
        context.decorators().forEach(d -> d.started(info));
        Throwable outcome = null;
        try (CaseScope scope = session.scope(test.mode(), context.config().seed())) {
            invokeWithTimeout(scope, evidence);
        } catch (AssertionError failure) {
            outcome = waived(failure).<Throwable>map(w -> w).orElse(failure);
        } catch (Exception | Error e) {
            outcome = e;
        }
        outcome = publish(evidence, outcome);
        if (outcome instanceof Error e) {
            throw e;
        }
        if (outcome != null) {
            throw (Exception) outcome;
        }
    }

    /** Evidence that cannot be written must not hide the verdict it was meant to support. */
    private Throwable publish(EvidenceSink evidence, Throwable outcome) {
        try {
            evidence.publish(test, context);
            for (EvidenceSink.Attachment a : evidence.attachments()) {
                context.decorators().forEach(d -> d.attached(test.info(), a.name(), a.mediaType(), a.content()));
            }
            return outcome;
        } catch (RuntimeException e) {
            if (outcome == null) {
                return e;
            }
            outcome.addSuppressed(e);
            return outcome;
        }
    }

    private Map<String, String> identity() {
        return Map.of("xskc.case", test.caseKey(), "xskc.device", DeviceFiles.stem(test.device().source()),
                "xskc.mode", test.mode().yamlName(), "xskc.clause", test.caseNode().annotation().clause());
    }

    private Optional<CaseSkipped> waived(AssertionError failure) {
        String device = DeviceFiles.stem(test.device().source());
        Optional<Waiver> w = context.waivers().find(test.caseKey(), device);
        if (w.isEmpty()) {
            context.waivers().findExpired(test.caseKey(), device).ifPresent(expired -> context.listener()
                    .reportingEntryPublished(test, ReportEntry.from("xskc.waiver.expired", expired.describe())));
            return Optional.empty();
        }
        context.listener().reportingEntryPublished(test, ReportEntry.from(Map.of("xskc.waiver", w.get().id(),
                "xskc.waiver.reference", w.get().reference(), "xskc.waiver.expires", w.get().expires().toString())));
        return Optional.of(new CaseSkipped(SkipReason.WAIVED, "known defect " + w.get().describe() + ": "
                + failure.getMessage(), failure));
    }

    private void invokeWithTimeout(CaseScope scope, Evidence evidence) throws Exception {
        Method method = test.caseNode().method();
        Object[] args = arguments(method, scope, evidence);
        Object instance = newSuite(test.suite().suiteClass());
        FutureTask<Void> task = new FutureTask<>(() -> {
            method.setAccessible(true);
            try {
                method.invoke(instance, args);
            } catch (InvocationTargetException e) {
                throw rethrowable(e.getCause());
            }
            return null;
        });
        Thread runner = Thread.ofPlatform().name("xskc-case-" + test.caseKey()).daemon().start(task);
        Duration timeout = context.config().caseTimeout();
        try {
            task.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof WrappedError w ? w.getCause() : e.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            throw (Exception) cause;
        } catch (TimeoutException e) {
            runner.interrupt();
            throw new CaseTimeoutException(test.caseKey() + " [" + test.getDisplayName() + "] did not finish within "
                    + timeout + " (" + EngineConfig.CASE_TIMEOUT + ")");
        } catch (InterruptedException e) {
            runner.interrupt();
            Thread.currentThread().interrupt();
            throw new CaseSkipped(SkipReason.ENVIRONMENT, "interrupted while " + test.caseKey() + " was running");
        }
    }

    private static Exception rethrowable(Throwable t) {
        if (t instanceof Exception e) {
            return e;
        }
        // Errors (AssertionError included) travel inside a wrapper and are unwrapped by the caller.
        return new WrappedError(t);
    }

    private Object[] arguments(Method method, CaseScope scope, Evidence evidence) {
        Parameter[] params = method.getParameters();
        Object[] args = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            Class<?> type = params[i].getType();
            if (type == DeviceHandle.class) {
                args[i] = scope;
            } else if (type == Evidence.class) {
                args[i] = evidence;
            } else if (test.parameters().isPresent() && type.isInstance(test.parameters().get())) {
                args[i] = test.parameters().get();
            } else {
                throw new IllegalStateException(test.caseKey() + ": cannot supply parameter " + i + " of type "
                        + type.getName() + " (a case takes DeviceHandle, Evidence and its parameter set)");
            }
        }
        return args;
    }

    private static Object newSuite(Class<?> suiteClass) throws ReflectiveOperationException {
        var ctor = suiteClass.getDeclaredConstructor();
        ctor.setAccessible(true);
        return ctor.newInstance();
    }

    /** Carries an Error out of the Callable; unwrapped in {@link #invokeWithTimeout}. */
    static final class WrappedError extends Exception {
        WrappedError(Throwable error) {
            super(error);
        }
    }
}
