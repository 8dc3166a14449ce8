package io.xskc.device;

import java.util.Objects;

/** Where the frames transmitted by the interface under test are captured. */
public sealed interface PeerSpec permits PeerSpec.Veth, PeerSpec.Existing {

    /** xskc creates a veth pair in namespaces it owns, and removes both afterwards. */
    record Veth() implements PeerSpec {
        @Override
        public String toString() {
            return "veth";
        }
    }

    /** An interface that already exists, cabled to the one under test; xskc never reconfigures its links. */
    record Existing(InterfaceRef iface) implements PeerSpec {
        public Existing {
            Objects.requireNonNull(iface, "iface");
        }

        @Override
        public String toString() {
            return iface.toString();
        }
    }
}
