package io.xskc.topology;

/**
 * The two ends a conformance run uses: the interface under test, whose queue an AF_XDP socket
 * binds, and the peer where transmitted frames are captured. Closing removes whatever this
 * topology created, and nothing else; it is idempotent.
 */
public interface Topology extends AutoCloseable {

    Endpoint underTest();

    Endpoint peer();

    /** The MTU both ends were configured with, or the MTU found on them for existing interfaces. */
    int mtu();

    @Override
    void close();
}
