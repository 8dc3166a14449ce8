package io.xskc.device;

/** A 1-based line and column in a capability file. */
record Position(int line, int column) implements Comparable<Position> {

    static final Position START = new Position(1, 1);

    @Override
    public int compareTo(Position o) {
        return line != o.line ? Integer.compare(line, o.line) : Integer.compare(column, o.column);
    }
}
