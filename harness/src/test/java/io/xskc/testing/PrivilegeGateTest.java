package io.xskc.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xskc.kernel.Privileges;
import org.junit.jupiter.api.Test;

class PrivilegeGateTest {
    @Test
    void fullCapabilitiesRunEverything() {
        assertTrue(RootOnly.skipReason(new Privileges(-1L)).isEmpty());
    }

    @Test
    void skipNamesEachMissingCapability() {
        // Only CAP_NET_RAW (bit 13) held.
        String reason = RootOnly.skipReason(new Privileges(1L << 13)).orElseThrow();
        assertTrue(reason.startsWith("no-privilege: needs CAP_NET_ADMIN, CAP_SYS_ADMIN "), reason);
    }
}
