package io.xskc.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Removes the namespaces of xskc runs that died without tearing down (kill -9, a crashed JVM).
 * Deleting a namespace destroys the veth end inside it, and with it the pair. Namespaces of runs
 * that are still alive are left alone.
 */
public final class StaleCleanup {
    private StaleCleanup() {
    }

    /** Returns the namespaces removed. */
    public static List<String> run() {
        IpCommand ip = IpCommand.locate();
        List<String> removed = new ArrayList<>();
        for (String ns : NetnsNames.existing()) {
            Optional<Long> pid = NetnsNames.creator(ns);
            if (pid.isPresent() && !alive(pid.get())) {
                ip.run("netns", "delete", ns);
                removed.add(ns);
            }
        }
        return removed;
    }

    static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
