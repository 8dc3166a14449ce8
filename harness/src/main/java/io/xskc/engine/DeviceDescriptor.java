package io.xskc.engine;

import io.xskc.device.CapabilityFile;
import java.util.Set;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.hierarchical.ExclusiveResource;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * One device (one capability file). Its topology is set up once before its suites and torn down
 * after them; the exclusive resource keeps two nodes from driving the same interface at once.
 */
final class DeviceDescriptor extends AbstractTestDescriptor implements Node<XskcContext> {
    static final String SEGMENT = "device";

    private final CapabilityFile device;

    DeviceDescriptor(UniqueId id, CapabilityFile device) {
        super(id, device.device().name() + " (" + DeviceFiles.stem(device.source()) + ")",
                FileSource.from(device.source().toAbsolutePath().toFile()));
        this.device = device;
    }

    CapabilityFile device() {
        return device;
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }

    @Override
    public Set<ExclusiveResource> getExclusiveResources() {
        var ut = device.topology().underTest();
        String key = "xskc.interface:" + ut.netns().map(ns -> ns + "/").orElse("") + ut.ifname();
        // A veth device gets fresh namespaces per run, so only real interfaces need the lock; taking
        // it anyway keeps one device per interface name at a time, which is what a lab expects.
        return Set.of(new ExclusiveResource(key, ExclusiveResource.LockMode.READ_WRITE));
    }

    @Override
    public XskcContext before(XskcContext context) {
        context.listener().reportingEntryPublished(this,
                org.junit.platform.engine.reporting.ReportEntry.from(RunIdentity.of(device)));
        return context.withDevice(DeviceSession.open(device, context));
    }

    @Override
    public void after(XskcContext context) {
        context.device().close();
    }
}
