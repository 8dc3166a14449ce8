package io.xskc.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrivilegesTest {
    @Test
    void capEffIsParsedFromProcStatus() {
        // 0x3000 = bits 12 and 13: CAP_NET_ADMIN and CAP_NET_RAW (linux/capability.h).
        var p = Privileges.parseStatus("Name:\tjava\nCapInh:\t0000000000000000\nCapEff:\t0000000000003000\n");
        assertTrue(p.has(Privileges.CAP_NET_ADMIN));
        assertTrue(p.has(Privileges.CAP_NET_RAW));
        assertEquals(List.of("CAP_SYS_ADMIN"), p.missing(Privileges.FOR_VETH_RUN));
    }

    @Test
    void statusWithoutCapEffIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> Privileges.parseStatus("Name:\tjava\n"));
    }
}
