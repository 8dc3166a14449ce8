package io.xskc.topology;

/** Setting up or tearing down a topology failed; the message says what was run and what it said. */
public final class TopologyException extends RuntimeException {
    public TopologyException(String message) {
        super(message);
    }

    public TopologyException(String message, Throwable cause) {
        super(message, cause);
    }
}
