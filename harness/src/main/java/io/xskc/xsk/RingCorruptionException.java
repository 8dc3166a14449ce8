package io.xskc.xsk;

/** The other side of a ring published indices that no correct producer could. */
public final class RingCorruptionException extends RuntimeException {
    public RingCorruptionException(String message) {
        super(message);
    }
}
