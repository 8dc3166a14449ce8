package io.xskc.xsk;

import io.xskc.kernel.Errno;
import io.xskc.kernel.SyscallException;
import io.xskc.kernel.XdpUapi;

/**
 * Chooses the xdp_umem_reg flags and handles a kernel that predates XDP_UMEM_TX_METADATA_LEN.
 * Separate from the socket so the fallback can be tested without such a kernel.
 */
final class UmemRegistration {
    /** One setsockopt(XDP_UMEM_REG) attempt with the given flags. */
    @FunctionalInterface
    interface Attempt {
        void register(int flags);
    }

    private UmemRegistration() {
    }

    static MetadataRegistration register(UmemConfig c, Attempt attempt) {
        int baseFlags = c.swCsum() ? XdpUapi.XDP_UMEM_TX_SW_CSUM : 0;
        if (c.txMetadataLen() == 0) {
            attempt.register(baseFlags);
            return MetadataRegistration.NONE;
        }
        if (c.metadataPolicy() == MetadataLenPolicy.OMIT_FLAG) {
            attempt.register(baseFlags);
            return MetadataRegistration.WITHOUT_FLAG;
        }
        try {
            attempt.register(baseFlags | XdpUapi.XDP_UMEM_TX_METADATA_LEN);
            return MetadataRegistration.WITH_FLAG;
        } catch (SyscallException e) {
            // Only an unknown flag is a reason to fall back; an invalid length must stay an error.
            boolean validLength = c.txMetadataLen() < 256 && c.txMetadataLen() % 8 == 0;
            if (e.errno() != Errno.EINVAL || c.metadataPolicy() != MetadataLenPolicy.FALLBACK || !validLength) {
                throw e;
            }
            attempt.register(baseFlags);
            return MetadataRegistration.WITHOUT_FLAG;
        }
    }
}
