package io.xskc.kernel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which Linux capabilities (linux/capability.h) this process holds, read from the CapEff line of
 * /proc/self/status, so a run without them is skipped with the name of what is missing rather
 * than failing on the first EPERM.
 */
public record Privileges(long effective) {
    public static final int CAP_NET_ADMIN = 12;
    public static final int CAP_NET_RAW = 13;
    public static final int CAP_SYS_ADMIN = 21;
    public static final int CAP_BPF = 39;

    /** What AF_XDP over xskc's own namespaces needs: veth and XDP sockets, packet capture, setns. */
    public static final List<Integer> FOR_VETH_RUN = List.of(CAP_NET_ADMIN, CAP_NET_RAW, CAP_SYS_ADMIN);

    public static Privileges ofThisProcess() {
        try {
            return parseStatus(Files.readString(Path.of("/proc/self/status")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read /proc/self/status", e);
        }
    }

    static Privileges parseStatus(String status) {
        for (String line : status.split("\n")) {
            if (line.startsWith("CapEff:")) {
                return new Privileges(Long.parseUnsignedLong(line.substring(7).trim(), 16));
            }
        }
        throw new IllegalArgumentException("no CapEff line in /proc/self/status");
    }

    public boolean has(int capability) {
        return (effective & (1L << capability)) != 0;
    }

    /** Names of the capabilities in {@code needed} that are missing, e.g. {@code [CAP_NET_ADMIN]}. */
    public List<String> missing(List<Integer> needed) {
        List<String> out = new ArrayList<>();
        for (int cap : needed) {
            if (!has(cap)) {
                out.add(name(cap));
            }
        }
        return out;
    }

    public static String name(int capability) {
        return switch (capability) {
            case CAP_NET_ADMIN -> "CAP_NET_ADMIN";
            case CAP_NET_RAW -> "CAP_NET_RAW";
            case CAP_SYS_ADMIN -> "CAP_SYS_ADMIN";
            case CAP_BPF -> "CAP_BPF";
            default -> "capability " + capability;
        };
    }
}
