package io.xskc.engine;

/** A case outran its timeout: the harness could not reach a verdict, so the result is BROKEN. */
final class CaseTimeoutException extends RuntimeException {
    CaseTimeoutException(String message) {
        super(message);
    }
}
