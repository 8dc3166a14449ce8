package io.xskc.engine;

import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;

/** What a node needs while running: the request, the configuration, waivers and the open device. */
final class XskcContext implements EngineExecutionContext {
    private final ExecutionRequest request;
    private final EngineConfig config;
    private final Waivers waivers;
    private final DeviceSession device;
    private final java.util.List<ResultDecorator> decorators;

    XskcContext(ExecutionRequest request, EngineConfig config, Waivers waivers, DeviceSession device,
            java.util.List<ResultDecorator> decorators) {
        this.request = request;
        this.config = config;
        this.waivers = waivers;
        this.device = device;
        this.decorators = java.util.List.copyOf(decorators);
    }

    XskcContext withDevice(DeviceSession session) {
        return new XskcContext(request, config, waivers, session, decorators);
    }

    java.util.List<ResultDecorator> decorators() {
        return decorators;
    }

    ExecutionRequest request() {
        return request;
    }

    EngineExecutionListener listener() {
        return request.getEngineExecutionListener();
    }

    EngineConfig config() {
        return config;
    }

    Waivers waivers() {
        return waivers;
    }

    DeviceSession device() {
        if (device == null) {
            throw new IllegalStateException("no device session: a case ran outside its device node");
        }
        return device;
    }

    boolean cancelled() {
        return request.getCancellationToken().isCancellationRequested();
    }
}
