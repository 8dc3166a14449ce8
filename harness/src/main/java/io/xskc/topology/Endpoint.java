package io.xskc.topology;

import java.util.Objects;
import java.util.Optional;

/**
 * One end of a link: an interface name, and the named network namespace (under /run/netns) that
 * holds it, or empty for the namespace xskc was started in.
 */
public record Endpoint(String ifname, Optional<String> netns) {
    public Endpoint {
        Objects.requireNonNull(ifname, "ifname");
        Objects.requireNonNull(netns, "netns");
        if (ifname.isEmpty() || ifname.length() > 15) {
            throw new IllegalArgumentException("interface name must be 1..15 characters: '" + ifname + "'");
        }
    }

    public static Endpoint of(String ifname) {
        return new Endpoint(ifname, Optional.empty());
    }

    public static Endpoint inNetns(String ifname, String netns) {
        return new Endpoint(ifname, Optional.of(netns));
    }

    @Override
    public String toString() {
        return netns.map(ns -> ns + "/" + ifname).orElse(ifname);
    }
}
