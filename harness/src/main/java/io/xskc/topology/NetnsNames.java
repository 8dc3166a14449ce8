package io.xskc.topology;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The names xskc gives what it creates, and how to recognise them later. The creating pid is part
 * of every namespace name, so a run can tell its own leftovers from those of a run that died.
 */
final class NetnsNames {
    static final String PREFIX = "xskc-";
    private static final Pattern OWNED = Pattern.compile("xskc-(\\d+)-(\\d+)-(dut|peer)");
    private static final Path NETNS_DIR = Path.of("/run/netns");

    private NetnsNames() {
    }

    static String namespace(long pid, int serial, String role) {
        return PREFIX + pid + "-" + serial + "-" + role;
    }

    /** Interface names live inside xskc's namespaces but stay unique anyway, for readable logs. */
    static String ifname(long pid, int serial, char role) {
        String name = "xk" + pid + role + serial;
        if (name.length() > 15) {
            name = "xk" + role + (pid % 1_000_000) + "n" + (serial % 1000);
        }
        return name;
    }

    /** The pid that created {@code netns}, if the name is one of xskc's. */
    static Optional<Long> creator(String netns) {
        Matcher m = OWNED.matcher(netns);
        return m.matches() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }

    static List<String> existing() {
        if (!Files.isDirectory(NETNS_DIR)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(NETNS_DIR)) {
            List<String> out = new ArrayList<>();
            s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(PREFIX)).sorted().forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new TopologyException("cannot list " + NETNS_DIR + ": " + e.getMessage(), e);
        }
    }
}
