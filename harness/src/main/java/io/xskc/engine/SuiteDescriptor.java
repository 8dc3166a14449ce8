package io.xskc.engine;

import io.xskc.suite.ConformanceSuite;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.hierarchical.Node;

/** One suite class under one device. */
final class SuiteDescriptor extends AbstractTestDescriptor implements Node<XskcContext> {
    static final String SEGMENT = "suite";

    private final Class<?> suiteClass;

    SuiteDescriptor(UniqueId id, Class<?> suiteClass) {
        super(id, suiteClass.getAnnotation(ConformanceSuite.class).value(), ClassSource.from(suiteClass));
        this.suiteClass = suiteClass;
    }

    Class<?> suiteClass() {
        return suiteClass;
    }

    String suiteName() {
        return getDisplayName();
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }
}
