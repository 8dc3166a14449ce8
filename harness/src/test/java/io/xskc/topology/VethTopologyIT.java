package io.xskc.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xskc.testing.RootOnly;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VethTopologyIT {
    @BeforeEach
    void privileged() {
        RootOnly.assumeVethPrivileges();
    }

    private static boolean netnsExists(String ns) {
        return Files.exists(Path.of("/run/netns", ns));
    }

    private static String ip(String... args) {
        return IpCommand.locate().run(args);
    }

    @Test
    void bothEndsLiveInTheirOwnNamespacesWithTheMtuAndAreRemovedOnClose() {
        String dutNs;
        String peerNs;
        try (VethTopology t = VethTopology.create(9000)) {
            dutNs = t.underTest().netns().orElseThrow();
            peerNs = t.peer().netns().orElseThrow();
            assertTrue(netnsExists(dutNs) && netnsExists(peerNs));
            String dut = ip("-n", dutNs, "-o", "link", "show", "dev", t.underTest().ifname());
            String peer = ip("-n", peerNs, "-o", "link", "show", "dev", t.peer().ifname());
            assertTrue(dut.contains("mtu 9000") && dut.matches("(?s).*[<,]UP[,>].*"), dut);
            assertTrue(peer.contains("mtu 9000"), peer);
            assertFalse(ip("-o", "link", "show").contains(t.underTest().ifname()),
                    "nothing of the pair may appear in the namespace xskc runs in");
        }
        assertFalse(netnsExists(dutNs), dutNs + " left behind");
        assertFalse(netnsExists(peerNs), peerNs + " left behind");
    }

    @Test
    void closeIsIdempotent() {
        VethTopology t = VethTopology.create();
        t.close();
        t.close();
        assertFalse(netnsExists(t.underTest().netns().orElseThrow()));
    }

    @Test
    void leftoversOfADeadRunAreRemovedAndThoseOfALiveRunKept() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        long deadPid = p.pid();
        String dead = NetnsNames.namespace(deadPid, 1, "dut");
        String live = NetnsNames.namespace(ProcessHandle.current().pid(), 9999, "peer");
        ip("netns", "add", dead);
        ip("netns", "add", live);
        try {
            assertEquals(java.util.List.of(dead), StaleCleanup.run());
            assertFalse(netnsExists(dead));
            assertTrue(netnsExists(live), "a namespace of a live run must survive cleanup");
        } finally {
            IpCommand.locate().attempt("netns", "delete", dead);
            IpCommand.locate().attempt("netns", "delete", live);
        }
    }
}
