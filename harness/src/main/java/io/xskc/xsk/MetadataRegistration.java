package io.xskc.xsk;

/** How the UMEM's TX metadata length was registered, for the run's record. */
public enum MetadataRegistration {
    /** tx_metadata_len with XDP_UMEM_TX_METADATA_LEN, the current UAPI. */
    WITH_FLAG,
    /** The kernel refused the flag; tx_metadata_len was registered without it. */
    WITHOUT_FLAG,
    /** No TX metadata area (tx_metadata_len 0). */
    NONE
}
