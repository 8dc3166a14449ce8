package io.xskc.engine;

import io.xskc.device.Capability;
import io.xskc.device.CapabilityFile;
import io.xskc.device.Mode;
import io.xskc.suite.SkipReason;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.engine.support.hierarchical.Node;

/** One runnable test: a case, in one mode, with one parameter set. */
final class ParameterSetDescriptor extends AbstractTestDescriptor implements Node<XskcContext> {
    static final String SEGMENT = "params";

    private final CaseDescriptor caseNode;
    private final SuiteDescriptor suite;
    private final CapabilityFile device;
    private final Mode mode;
    private final Optional<Object> parameters;
    private final Map<String, String> reportParameters;

    ParameterSetDescriptor(UniqueId id, String displayName, CaseDescriptor caseNode, SuiteDescriptor suite,
            CapabilityFile device, Mode mode, Optional<Object> parameters, Map<String, String> reportParameters) {
        super(id, displayName, MethodSource.from(caseNode.method()));
        this.caseNode = caseNode;
        this.suite = suite;
        this.device = device;
        this.mode = mode;
        this.parameters = parameters;
        Map<String, String> p = new LinkedHashMap<>();
        p.put("mode", mode.yamlName());
        p.putAll(reportParameters);
        this.reportParameters = Map.copyOf(p);
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public java.util.Set<TestTag> getTags() {
        java.util.Set<TestTag> tags = new java.util.LinkedHashSet<>();
        for (String t : caseNode.annotation().tags()) {
            if (TestTag.isValid(t)) {
                tags.add(TestTag.create(t));
            }
        }
        for (Capability c : caseNode.annotation().requires()) {
            tags.add(TestTag.create(c.yamlName()));
        }
        return tags;
    }

    CaseDescriptor caseNode() {
        return caseNode;
    }

    SuiteDescriptor suite() {
        return suite;
    }

    CapabilityFile device() {
        return device;
    }

    Mode mode() {
        return mode;
    }

    Optional<Object> parameters() {
        return parameters;
    }

    /** Name-value pairs for reports: the mode first, then the parameter set's own. */
    Map<String, String> reportParameters() {
        return reportParameters;
    }

    /** "suite.case", the name waivers match against. */
    String caseKey() {
        return suite.suiteName() + "." + caseNode.method().getName();
    }

    CaseInfo info() {
        var a = caseNode.annotation();
        var d = device.device();
        Map<String, String> identity = new LinkedHashMap<>();
        identity.put("driver", d.driver());
        d.pciId().ifPresent(id -> identity.put("pci-id", id));
        identity.put("capability file", device.source().getFileName().toString());
        return new CaseInfo(DeviceFiles.stem(device.source()), d.name(), suite.suiteName(),
                caseNode.method().getName(), a.description(), a.clause(), a.link(),
                java.util.Arrays.stream(a.requires()).map(Capability::yamlName).toList(), a.severity().label(),
                List.of(a.tags()), mode.yamlName(), reportParameters, identity);
    }

    @Override
    public SkipResult shouldBeSkipped(XskcContext context) {
        return capabilityGap().map(SkipResult::skip).orElseGet(SkipResult::doNotSkip);
    }

    /** A structured skip reason when the device does not declare what the case requires. */
    Optional<String> capabilityGap() {
        Mode[] modes = caseNode.annotation().modes();
        if (modes.length > 0 && !java.util.Arrays.asList(modes).contains(mode)) {
            return Optional.of(SkipReason.NOT_SUPPORTED_IN_MODE.message("the case applies to "
                    + java.util.Arrays.stream(modes).map(Mode::yamlName).toList() + " mode only"));
        }
        var declared = device.capabilitiesIn(mode).orElseThrow();
        List<String> notDeclared = new ArrayList<>();
        List<String> otherMode = new ArrayList<>();
        for (Capability c : caseNode.annotation().requires()) {
            if (declared.declares(c)) {
                continue;
            }
            boolean elsewhere = device.capabilities().entrySet().stream()
                    .anyMatch(e -> e.getKey() != mode && e.getValue().declares(c));
            (elsewhere ? otherMode : notDeclared).add(c.yamlName());
        }
        String file = device.source().getFileName().toString();
        if (!notDeclared.isEmpty()) {
            return Optional.of(SkipReason.NOT_DECLARED.message(String.join(", ", notDeclared) + " not declared in "
                    + file));
        }
        if (!otherMode.isEmpty()) {
            return Optional.of(SkipReason.NOT_SUPPORTED_IN_MODE.message(String.join(", ", otherMode)
                    + " declared in " + file + " but not for " + mode.yamlName() + " mode"));
        }
        return Optional.empty();
    }

    @Override
    public XskcContext execute(XskcContext context, DynamicTestExecutor dynamicTestExecutor) throws Exception {
        new CaseRun(this, context).run();
        return context;
    }
}
