package io.xskc.engine;

import java.util.Map;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/** The root: holds the run's configuration and reports the seed before anything runs. */
final class XskcEngineDescriptor extends EngineDescriptor implements Node<XskcContext> {
    private final EngineConfig config;

    XskcEngineDescriptor(UniqueId id, EngineConfig config) {
        super(id, "xskc");
        this.config = config;
    }

    EngineConfig config() {
        return config;
    }

    @Override
    public XskcContext before(XskcContext context) {
        context.listener().reportingEntryPublished(this, ReportEntry.from(Map.of("xskc.seed",
                Long.toString(config.seed()), "xskc.seed.source", config.seedGiven() ? "given" : "drawn")));
        return context;
    }
}
