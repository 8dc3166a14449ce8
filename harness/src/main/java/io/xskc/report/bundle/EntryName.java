package io.xskc.report.bundle;

import java.util.Objects;
import java.util.Optional;

/**
 * A safe name for an entry of a bundle: relative, '/'-separated, no "." or ".." segments, no
 * backslash, colon or control character. A reviewer may extract a bundle with any unzip tool, so
 * a name must not be able to escape the extraction directory on any platform (zip-slip), and the
 * manifest's "hex, two spaces, path" lines must stay unambiguous.
 */
public record EntryName(String value) implements Comparable<EntryName> {

    public EntryName {
        Objects.requireNonNull(value, "value");
        Optional<String> problem = problem(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException("unsafe bundle entry name '" + printable(value) + "': " + problem.get());
        }
    }

    public static EntryName of(String value) {
        return new EntryName(value);
    }

    /** Why {@code name} is not a safe entry name, or empty when it is. */
    public static Optional<String> problem(String name) {
        if (name.isEmpty()) {
            return Optional.of("empty");
        }
        if (name.startsWith("/")) {
            return Optional.of("absolute path");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return Optional.of("control character at index " + i);
            }
            if (c == '\\') {
                return Optional.of("backslash (a path separator on Windows)");
            }
            if (c == ':') {
                return Optional.of("colon (a drive letter or stream name on Windows)");
            }
        }
        for (String segment : name.split("/", -1)) {
            if (segment.isEmpty()) {
                return Optional.of(name.endsWith("/") ? "directory, not a file" : "empty path segment");
            }
            if (segment.equals(".") || segment.equals("..")) {
                return Optional.of("'" + segment + "' segment (path traversal)");
            }
        }
        return Optional.empty();
    }

    /** Names are compared as strings, so writer and verifier agree on one order. */
    @Override
    public int compareTo(EntryName other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }

    static String printable(String name) {
        StringBuilder b = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\x%02x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }
}
