package io.xskc.xsk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xskc.kernel.NetnsThread;
import io.xskc.kernel.SyscallException;
import io.xskc.testing.OpenFds;
import io.xskc.testing.RootOnly;
import io.xskc.topology.VethTopology;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Socket life cycle on a real veth: rebinding a just-released queue, refused modes, cleanup. */
class XskSocketIT {
    private static VethTopology topology;
    private static NetnsThread dut;

    @BeforeAll
    static void up() {
        RootOnly.assumeVethPrivileges();
        topology = VethTopology.create();
        dut = NetnsThread.enter(topology.underTest().netns().orElseThrow());
    }

    @AfterAll
    static void down() {
        if (dut != null) {
            dut.close();
        }
        if (topology != null) {
            topology.close();
        }
    }

    private static XskConfig config(BindMode mode) {
        return XskConfig.txOnly(topology.underTest().ifname(), 0, mode, UmemConfig.withTxMetadata(64));
    }

    @Test
    void aQueueReleasedByCloseCanBeBoundAgainAtOnce() {
        // The kernel frees the queue asynchronously; the EBUSY back-off must absorb that.
        int maxAttempts = 0;
        for (int i = 0; i < 20; i++) {
            XskSocket s = dut.call(() -> XskSocket.open(config(BindMode.COPY)));
            maxAttempts = Math.max(maxAttempts, s.bindAttempts());
            assertFalse(s.zeroCopy(), "veth binds in copy mode");
            s.close();
        }
        System.out.println("XskSocketIT: most bind attempts needed after an immediate re-bind: " + maxAttempts);
    }

    @Test
    void zeroCopyOnVethIsRefusedWithTheFlagsNamedAndNothingLeaks() {
        Set<String> before = OpenFds.snapshot();
        SyscallException e = assertThrows(SyscallException.class,
                () -> dut.call(() -> XskSocket.open(config(BindMode.ZEROCOPY))));
        assertEquals("bind", e.call());
        assertTrue(e.getMessage().contains("flags=XDP_ZEROCOPY|XDP_USE_NEED_WAKEUP"), e.getMessage());
        assertTrue(e.getMessage().contains("queue=0"), e.getMessage());
        assertEquals(Set.of(), OpenFds.leakedSince(before));
    }

    @Test
    void aMissingInterfaceIsNamed() {
        XskConfig c = XskConfig.txOnly("xskc-nosuch0", 0, BindMode.COPY, UmemConfig.withTxMetadata(8));
        SyscallException e = assertThrows(SyscallException.class, () -> dut.call(() -> XskSocket.open(c)));
        assertTrue(e.getMessage().startsWith("if_nametoindex(xskc-nosuch0) failed: ENODEV"), e.getMessage());
    }
}
