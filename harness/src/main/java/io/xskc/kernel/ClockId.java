package io.xskc.kernel;

/** POSIX clocks xskc reads (linux/time.h). CLOCK_TAI is the domain of copy-mode TX timestamps. */
public enum ClockId {
    REALTIME(0),
    MONOTONIC(1),
    TAI(11);

    private final int id;

    ClockId(int id) {
        this.id = id;
    }

    public int id() {
        return id;
    }
}
