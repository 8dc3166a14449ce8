package io.xskc.testing;

import io.xskc.kernel.Privileges;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Integration tests need real capabilities. Without them they are skipped, naming what is
 * missing, rather than failing on the first EPERM.
 */
public final class RootOnly {
    private RootOnly() {
    }

    public static void assumeVethPrivileges() {
        skipReason(Privileges.ofThisProcess()).ifPresent(Assumptions::abort);
    }

    public static Optional<String> skipReason(Privileges privileges) {
        List<String> missing = privileges.missing(Privileges.FOR_VETH_RUN);
        return missing.isEmpty() ? Optional.empty()
                : Optional.of("no-privilege: needs " + String.join(", ", missing)
                        + " to create namespaces, veth pairs and AF_XDP/AF_PACKET sockets (run as root)");
    }
}
