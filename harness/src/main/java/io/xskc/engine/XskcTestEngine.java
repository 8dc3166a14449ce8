package io.xskc.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestEngine;

/**
 * The xskc test engine: devices from capability files, suites from {@code @ConformanceSuite}
 * classes, run as engine -> device -> suite -> case -> parameter set.
 */
public final class XskcTestEngine extends HierarchicalTestEngine<XskcContext> {
    public static final String ID = "xskc";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Optional<String> getGroupId() {
        return Optional.of("io.xskc");
    }

    @Override
    public Optional<String> getArtifactId() {
        return Optional.of("xskc-harness");
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        EngineConfig config = EngineConfig.from(request.getConfigurationParameters());
        XskcEngineDescriptor engine = new XskcEngineDescriptor(uniqueId, config);
        new Discovery(request, engine).resolve();
        return engine;
    }

    @Override
    protected XskcContext createExecutionContext(ExecutionRequest request) {
        XskcEngineDescriptor root = (XskcEngineDescriptor) request.getRootTestDescriptor();
        EngineConfig config = root.config();
        Waivers waivers = config.waivers().map(p -> Waivers.load(p, LocalDate.now())).orElseGet(Waivers::none);
        List<ResultDecorator> decorators = new ArrayList<>();
        ServiceLoader.load(ResultDecorator.class, XskcTestEngine.class.getClassLoader()).forEach(decorators::add);
        return new XskcContext(request, config, waivers, null, decorators);
    }
}
