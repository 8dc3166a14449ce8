package io.xskc.suites.support;

/** The clauses the suites check, named once so a report's links stay consistent. */
public final class Clauses {
    private Clauses() {
    }

    public static final String TXMD_DOC = "https://docs.kernel.org/networking/xsk-tx-metadata.html";
    public static final String AF_XDP_DOC = "https://docs.kernel.org/networking/af_xdp.html";

    public static final String GENERAL_DESIGN = "xsk-tx-metadata.rst, General Design";
    public static final String CHECKSUM = "xsk-tx-metadata.rst, General Design: XDP_TXMD_FLAGS_CHECKSUM";
    public static final String TIMESTAMP = "xsk-tx-metadata.rst, General Design: XDP_TXMD_FLAGS_TIMESTAMP";
    public static final String FIRST_CHUNK = "xsk-tx-metadata.rst, General Design: metadata on the first chunk only";
    public static final String SW_CSUM = "xsk-tx-metadata.rst, Software TX Checksum";
    public static final String MULTI_BUFFER = "af_xdp.rst, Multi-Buffer Support";
    public static final String COMPLETION = "af_xdp.rst, UMEM Completion Ring";
    public static final String RFC768 = "RFC 768 (UDP): an all-zero checksum is transmitted as all ones";
    public static final String RFC768_LINK = "https://www.rfc-editor.org/rfc/rfc768";
}
