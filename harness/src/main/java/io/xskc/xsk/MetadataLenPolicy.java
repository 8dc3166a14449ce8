package io.xskc.xsk;

/** What UMEM registration does when the kernel refuses XDP_UMEM_TX_METADATA_LEN. */
public enum MetadataLenPolicy {
    /** Refusal is an error: used by the cases that test the kernel's length checks. */
    STRICT,
    /**
     * Register again without the flag. Kernels 6.8 to 6.10 predate the flag and honour
     * tx_metadata_len on its own; the registration records which form was used.
     */
    FALLBACK,
    /**
     * Register tx_metadata_len without the flag, as an application unaware of it would; current
     * kernels then ignore the length. For the cases that check exactly that.
     */
    OMIT_FLAG
}
