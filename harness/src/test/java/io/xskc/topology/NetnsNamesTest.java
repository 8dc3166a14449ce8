package io.xskc.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class NetnsNamesTest {
    @Test
    void creatorPidIsRecoveredFromOwnNamesOnly() {
        assertEquals(Optional.of(4194304L), NetnsNames.creator(NetnsNames.namespace(4194304, 12, "dut")));
        assertEquals(Optional.empty(), NetnsNames.creator("xskc-lab"));
        assertEquals(Optional.empty(), NetnsNames.creator("blue"));
    }

    @Test
    void interfaceNamesFitIfnamsiz() {
        // IFNAMSIZ is 16 including the terminating NUL.
        assertTrue(NetnsNames.ifname(4194304, 999, 'd').length() <= 15);
        assertTrue(NetnsNames.ifname(4194304, 123456, 'p').length() <= 15);
    }
}
