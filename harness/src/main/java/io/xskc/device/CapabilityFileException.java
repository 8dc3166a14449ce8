package io.xskc.device;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A capability file that cannot be used, with the place of the problem: a 1-based line and column
 * and the dotted key path ({@code topology.peer.netns}, {@code modes[1]}; empty for the document
 * itself). Problems with the whole file (unreadable, empty) are placed at 1:1.
 */
public final class CapabilityFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;
    private final String key;
    private final String problem;

    public CapabilityFileException(Path file, int line, int column, String key, String problem, Throwable cause) {
        super(format(file, line, column, key, problem), cause);
        this.file = Objects.requireNonNull(file, "file");
        this.line = line;
        this.column = column;
        this.key = Objects.requireNonNull(key, "key");
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    public CapabilityFileException(Path file, int line, int column, String key, String problem) {
        this(file, line, column, key, problem, null);
    }

    private static String format(Path file, int line, int column, String key, String problem) {
        return file + ":" + line + ":" + column + ": " + (key.isEmpty() ? "(document)" : key) + ": " + problem;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String key() {
        return key;
    }

    /** What is wrong, without the location prefix. */
    public String problem() {
        return problem;
    }
}
