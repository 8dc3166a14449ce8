package io.xskc.engine;

/**
 * Found through ServiceLoader: lets a report layer enrich the current test's result while the
 * engine runs it. Called on the engine's thread, between the test's start and finish events, so
 * a listener that tracks "the current test" per thread files everything on the right test, even
 * evidence a case produced on threads of its own.
 */
public interface ResultDecorator {
    void started(CaseInfo info);

    void attached(CaseInfo info, String name, String mediaType, byte[] content);
}
