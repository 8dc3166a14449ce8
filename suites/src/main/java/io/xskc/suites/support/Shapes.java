package io.xskc.suites.support;

import io.xskc.suite.ParameterContext;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** The shape sets the checksum and software-checksum suites share. */
public final class Shapes {
    private Shapes() {
    }

    /**
     * IPv4/IPv6 x UDP/TCP x with/without 802.1Q x payloads 0, 1, odd, even and the most the MTU
     * takes (the MTU counts the IP packet; a VLAN tag rides outside it).
     */
    public static List<Shape> matrix(int mtu) {
        List<Shape> out = new ArrayList<>();
        for (boolean ipv6 : new boolean[] {false, true}) {
            for (boolean tcp : new boolean[] {false, true}) {
                for (boolean vlan : new boolean[] {false, true}) {
                    Shape probe = new Shape(ipv6, tcp, vlan, 0, Shape.Extra.NONE);
                    int max = mtu - probe.headerBytes();
                    for (int payload : new int[] {0, 1, 37, 64, max}) {
                        out.add(new Shape(ipv6, tcp, vlan, payload, Shape.Extra.NONE));
                    }
                }
            }
        }
        return out;
    }

    /** Checksum placements a parser would not find by default; csum_start must be used as given. */
    public static List<Shape> unusualOffsets() {
        return List.of(
                new Shape(false, false, false, 33, Shape.Extra.IPV4_OPTIONS),
                new Shape(false, true, false, 33, Shape.Extra.IPV4_OPTIONS),
                new Shape(true, false, false, 33, Shape.Extra.IPV6_EXTENSION_HEADER),
                new Shape(true, true, false, 33, Shape.Extra.IPV6_EXTENSION_HEADER),
                new Shape(false, false, false, 33, Shape.Extra.VXLAN),
                new Shape(false, true, false, 33, Shape.Extra.VXLAN),
                new Shape(true, false, true, 33, Shape.Extra.VXLAN));
    }

    /** A random shape within the MTU, drawn from the run's seed. */
    public static Shape random(RandomGenerator r, int mtu) {
        Shape.Extra[] extras = Shape.Extra.values();
        Shape.Extra extra = extras[r.nextInt(extras.length)];
        boolean ipv6 = extra == Shape.Extra.IPV6_EXTENSION_HEADER || extra != Shape.Extra.IPV4_OPTIONS && r.nextBoolean();
        Shape probe = new Shape(ipv6, r.nextBoolean(), r.nextBoolean(), 0, extra);
        int max = Math.min(mtu - probe.headerBytes(), 1500);
        return new Shape(probe.ipv6(), probe.tcp(), probe.vlan(), r.nextInt(max + 1), extra);
    }

    /** The MTU a context's device runs with. */
    public static int mtu(ParameterContext ctx) {
        return ctx.device().topology().mtu().orElse(1500);
    }
}
