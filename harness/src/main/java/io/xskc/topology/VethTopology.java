package io.xskc.topology;

import io.xskc.kernel.NetnsThread;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A veth pair whose ends each live in a network namespace this object created: the device under
 * test in one, the peer in the other. Nothing outside those namespaces is touched. Closing (or
 * JVM shutdown) deletes both namespaces, which destroys the pair.
 */
public final class VethTopology implements Topology {
    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final int DEFAULT_MTU = 1500;

    private final IpCommand ip;
    private final Endpoint underTest;
    private final Endpoint peer;
    private final int mtu;
    private final Thread shutdownHook;
    private final AtomicBoolean closed = new AtomicBoolean();

    private VethTopology(IpCommand ip, Endpoint underTest, Endpoint peer, int mtu) {
        this.ip = ip;
        this.underTest = underTest;
        this.peer = peer;
        this.mtu = mtu;
        this.shutdownHook = Thread.ofPlatform().name("xskc-veth-teardown").unstarted(this::teardown);
    }

    public static VethTopology create() {
        return create(DEFAULT_MTU);
    }

    /**
     * Creates the namespaces and the pair, with {@code mtu} on both ends (raise it for
     * multi-buffer frames: veth drops frames above its MTU), and brings both ends up.
     */
    public static VethTopology create(int mtu) {
        if (mtu < 68 || mtu > 65535) {
            throw new IllegalArgumentException("MTU must be 68..65535, got " + mtu);
        }
        IpCommand ip = IpCommand.locate();
        StaleCleanup.run();
        long pid = ProcessHandle.current().pid();
        int serial = SERIAL.incrementAndGet();
        Endpoint dut = Endpoint.inNetns(NetnsNames.ifname(pid, serial, 'd'), NetnsNames.namespace(pid, serial, "dut"));
        Endpoint peer = Endpoint.inNetns(NetnsNames.ifname(pid, serial, 'p'),
                NetnsNames.namespace(pid, serial, "peer"));
        VethTopology t = new VethTopology(ip, dut, peer, mtu);
        // Registered before the first namespace exists, so a failure from here on still cleans up.
        Runtime.getRuntime().addShutdownHook(t.shutdownHook);
        try {
            t.build();
        } catch (RuntimeException e) {
            t.close();
            throw e;
        }
        return t;
    }

    private void build() {
        for (Endpoint e : new Endpoint[] {underTest, peer}) {
            String ns = e.netns().orElseThrow();
            ip.run("netns", "add", ns);
            quietIpv6(ns);
            ip.run("-n", ns, "link", "set", "lo", "up");
        }
        ip.run("link", "add", underTest.ifname(), "netns", underTest.netns().orElseThrow(), "mtu",
                Integer.toString(mtu), "type", "veth", "peer", "name", peer.ifname(), "netns",
                peer.netns().orElseThrow(), "mtu", Integer.toString(mtu));
        for (Endpoint e : new Endpoint[] {underTest, peer}) {
            ip.run("-n", e.netns().orElseThrow(), "link", "set", e.ifname(), "up");
        }
    }

    /**
     * Turns IPv6 off in a fresh namespace before any interface appears, so neither end sends
     * router solicitations, MLD reports or DAD probes that would mix with the frames under test.
     */
    private static void quietIpv6(String ns) {
        try (NetnsThread t = NetnsThread.enter(ns)) {
            t.call(() -> {
                for (String conf : new String[] {"all", "default"}) {
                    Path p = Path.of("/proc/sys/net/ipv6/conf", conf, "disable_ipv6");
                    if (Files.exists(p)) {
                        Files.writeString(p, "1");
                    }
                }
                return null;
            });
        } catch (RuntimeException e) {
            throw new TopologyException("cannot disable IPv6 in netns " + ns + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Endpoint underTest() {
        return underTest;
    }

    @Override
    public Endpoint peer() {
        return peer;
    }

    @Override
    public int mtu() {
        return mtu;
    }

    @Override
    public void close() {
        teardown();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or has run; teardown is idempotent.
        }
    }

    private void teardown() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        StringBuilder failures = new StringBuilder();
        for (Endpoint e : new Endpoint[] {underTest, peer}) {
            String ns = e.netns().orElseThrow();
            if (!Files.exists(Path.of("/run/netns", ns))) {
                continue;
            }
            IpCommand.Result r = ip.attempt("netns", "delete", ns);
            if (r.exitCode() != 0) {
                failures.append("\n  ").append(r.commandLine()).append(": ").append(r.stderr().strip());
            }
        }
        if (!failures.isEmpty()) {
            throw new TopologyException("teardown left namespaces behind:" + failures);
        }
    }

    @Override
    public String toString() {
        return "veth " + underTest + " <-> " + peer + " mtu " + mtu;
    }
}
