package io.xskc.xsk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.xskc.kernel.Errno;
import io.xskc.kernel.SyscallException;
import io.xskc.kernel.XdpUapi;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The kernel's side is played by a fake that refuses flags the way an older xdp_umem_reg() would. */
class UmemRegistrationTest {
    /** Rejects any flag outside {@code known} with EINVAL, like xdp_umem_reg's flags check. */
    private static UmemRegistration.Attempt kernelKnowing(int known, List<Integer> seen) {
        return flags -> {
            seen.add(flags);
            if ((flags & ~known) != 0) {
                throw new SyscallException("setsockopt", "XDP_UMEM_REG", Errno.EINVAL);
            }
        };
    }

    @Test
    void currentKernelTakesTheFlag() {
        List<Integer> seen = new ArrayList<>();
        var r = UmemRegistration.register(UmemConfig.withTxMetadata(8).withSwCsum(true), kernelKnowing(7, seen));
        assertEquals(MetadataRegistration.WITH_FLAG, r);
        assertEquals(List.of(XdpUapi.XDP_UMEM_TX_METADATA_LEN | XdpUapi.XDP_UMEM_TX_SW_CSUM), seen);
    }

    @Test
    void kernelWithoutTheFlagGetsTheLengthAlone() {
        List<Integer> seen = new ArrayList<>();
        var r = UmemRegistration.register(UmemConfig.withTxMetadata(8).withSwCsum(true), kernelKnowing(3, seen));
        assertEquals(MetadataRegistration.WITHOUT_FLAG, r);
        assertEquals(List.of(6, 2), seen, "first with TX_METADATA_LEN|TX_SW_CSUM, then TX_SW_CSUM alone");
    }

    @Test
    void strictPolicyReportsTheRefusal() {
        var c = UmemConfig.withTxMetadata(8).withPolicy(MetadataLenPolicy.STRICT);
        var e = assertThrows(SyscallException.class, () -> UmemRegistration.register(c, kernelKnowing(3, new ArrayList<>())));
        assertEquals(Errno.EINVAL, e.errno());
    }

    @Test
    void anInvalidLengthIsNeverRetriedWithoutTheFlag() {
        // 20 is not a multiple of 8: the kernel's EINVAL is about the length, not the flag.
        List<Integer> seen = new ArrayList<>();
        var c = UmemConfig.withTxMetadata(8).withTxMetadataLen(20);
        assertThrows(SyscallException.class, () -> UmemRegistration.register(c, flags -> {
            seen.add(flags);
            throw new SyscallException("setsockopt", "XDP_UMEM_REG", Errno.EINVAL);
        }));
        assertEquals(1, seen.size());
    }

    @Test
    void noMetadataAreaNoFlag() {
        List<Integer> seen = new ArrayList<>();
        assertEquals(MetadataRegistration.NONE,
                UmemRegistration.register(UmemConfig.withTxMetadata(8).withTxMetadataLen(0), kernelKnowing(7, seen)));
        assertEquals(List.of(0), seen);
    }

    @Test
    void omitFlagRegistersTheLengthAlone() {
        List<Integer> seen = new ArrayList<>();
        var c = UmemConfig.withTxMetadata(8).withPolicy(MetadataLenPolicy.OMIT_FLAG);
        assertEquals(MetadataRegistration.WITHOUT_FLAG, UmemRegistration.register(c, kernelKnowing(7, seen)));
        assertEquals(List.of(0), seen);
    }
}
