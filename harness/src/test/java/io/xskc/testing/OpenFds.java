package io.xskc.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** This process's open file descriptors, from /proc/self/fd, to show a test leaked none. */
public final class OpenFds {
    private OpenFds() {
    }

    public static Set<String> snapshot() {
        try (Stream<Path> s = Files.list(Path.of("/proc/self/fd"))) {
            Set<String> out = new TreeSet<>();
            s.forEach(p -> out.add(p.getFileName() + " -> " + target(p)));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String target(Path p) {
        try {
            return Files.readSymbolicLink(p).toString();
        } catch (IOException e) {
            return "?"; // the fd that listed the directory is gone by now
        }
    }

    /** Descriptors open now that were not in {@code before}, ignoring the JVM's own churn (jar files). */
    public static Set<String> leakedSince(Set<String> before) {
        Set<String> now = snapshot();
        now.removeAll(before);
        now.removeIf(s -> s.endsWith(".jar") || s.endsWith("?") || s.contains("/proc/") && s.endsWith("/fd"));
        return now;
    }
}
