package io.xskc.engine;

import io.xskc.suite.Case;
import java.lang.reflect.Method;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.engine.support.hierarchical.Node;

/** One case method; its children are the parameter sets it runs with, per mode. */
final class CaseDescriptor extends AbstractTestDescriptor implements Node<XskcContext> {
    static final String SEGMENT = "case";

    private final Method method;
    private final Case annotation;

    CaseDescriptor(UniqueId id, Method method) {
        super(id, method.getName(), MethodSource.from(method));
        this.method = method;
        this.annotation = method.getAnnotation(Case.class);
    }

    Method method() {
        return method;
    }

    Case annotation() {
        return annotation;
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }
}
