package io.xskc.device;

import java.util.Objects;
import java.util.Optional;

/**
 * A network interface by name, in a named network namespace (under /run/netns) or, when netns is
 * empty, in the namespace xskc was started in.
 */
public record InterfaceRef(String ifname, Optional<String> netns) {

    /** IFNAMSIZ is 16 including the terminating NUL. */
    public static final int MAX_IFNAME_LENGTH = 15;

    public InterfaceRef {
        Objects.requireNonNull(ifname, "ifname");
        Objects.requireNonNull(netns, "netns");
        ifnameProblem(ifname).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        netns.flatMap(InterfaceRef::netnsProblem).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
    }

    public static InterfaceRef of(String ifname) {
        return new InterfaceRef(ifname, Optional.empty());
    }

    /** Why the kernel's dev_valid_name() would refuse this name, if it would. */
    public static Optional<String> ifnameProblem(String name) {
        if (name.isEmpty() || name.length() > MAX_IFNAME_LENGTH) {
            return Optional.of("interface name must be 1.." + MAX_IFNAME_LENGTH + " characters: '" + name + "'");
        }
        if (name.equals(".") || name.equals("..")) {
            return Optional.of("interface name must not be '.' or '..'");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/' || c == ':' || Character.isWhitespace(c) || c == 0) {
                return Optional.of("interface name must not contain '/', ':' or whitespace: '" + name + "'");
            }
        }
        return Optional.empty();
    }

    /** A netns name is a file name under /run/netns. */
    public static Optional<String> netnsProblem(String name) {
        if (name.isEmpty() || name.length() > 255 || name.equals(".") || name.equals("..")
                || name.chars().anyMatch(c -> c == '/' || c == 0 || Character.isWhitespace(c))) {
            return Optional.of("netns must be a file name under /run/netns (1..255 characters, no '/' or whitespace): '"
                    + name + "'");
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return netns.map(ns -> ns + "/" + ifname).orElse(ifname);
    }
}
