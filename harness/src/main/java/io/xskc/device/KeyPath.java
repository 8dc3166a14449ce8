package io.xskc.device;

import java.util.ArrayList;
import java.util.List;

/** Where a node sits in the document: property names and list indexes from the root. */
record KeyPath(List<Object> segments) {

    static final KeyPath ROOT = new KeyPath(List.of());

    KeyPath {
        segments = List.copyOf(segments);
    }

    KeyPath child(String name) {
        return append(name);
    }

    KeyPath index(int i) {
        return append(i);
    }

    private KeyPath append(Object segment) {
        List<Object> s = new ArrayList<>(segments);
        s.add(segment);
        return new KeyPath(s);
    }

    KeyPath parent() {
        return segments.isEmpty() ? this : new KeyPath(segments.subList(0, segments.size() - 1));
    }

    boolean isRoot() {
        return segments.isEmpty();
    }

    /** The dotted form users read: {@code topology.peer.netns}, {@code modes[1]}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (Object s : segments) {
            if (s instanceof Integer i) {
                b.append('[').append(i).append(']');
            } else {
                if (!b.isEmpty()) {
                    b.append('.');
                }
                b.append(s);
            }
        }
        return b.toString();
    }
}
