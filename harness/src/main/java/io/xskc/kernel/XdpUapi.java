package io.xskc.kernel;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.MemoryLayout.structLayout;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.MemoryLayout;
import java.lang.foreign.StructLayout;

/**
 * include/uapi/linux/if_xdp.h, written by hand: constants and struct layouts under their kernel
 * names. The tests pin every size and offset to the kernel's definition.
 */
public final class XdpUapi {
    private XdpUapi() {
    }

    // sockaddr_xdp.sxdp_flags
    public static final int XDP_SHARED_UMEM = 1;
    public static final int XDP_COPY = 1 << 1;
    public static final int XDP_ZEROCOPY = 1 << 2;
    public static final int XDP_USE_NEED_WAKEUP = 1 << 3;
    public static final int XDP_USE_SG = 1 << 4;

    // xdp_umem_reg.flags
    public static final int XDP_UMEM_UNALIGNED_CHUNK_FLAG = 1;
    public static final int XDP_UMEM_TX_SW_CSUM = 1 << 1;
    public static final int XDP_UMEM_TX_METADATA_LEN = 1 << 2;

    // xdp_ring_offset flags word
    public static final int XDP_RING_NEED_WAKEUP = 1;

    // SOL_XDP socket options
    public static final int XDP_MMAP_OFFSETS = 1;
    public static final int XDP_RX_RING = 2;
    public static final int XDP_TX_RING = 3;
    public static final int XDP_UMEM_REG = 4;
    public static final int XDP_UMEM_FILL_RING = 5;
    public static final int XDP_UMEM_COMPLETION_RING = 6;
    public static final int XDP_STATISTICS = 7;
    public static final int XDP_OPTIONS = 8;

    // XDP_OPTIONS result flags
    public static final int XDP_OPTIONS_ZEROCOPY = 1;

    // mmap page offsets of the rings
    public static final long XDP_PGOFF_RX_RING = 0L;
    public static final long XDP_PGOFF_TX_RING = 0x80000000L;
    public static final long XDP_UMEM_PGOFF_FILL_RING = 0x100000000L;
    public static final long XDP_UMEM_PGOFF_COMPLETION_RING = 0x180000000L;

    // xdp_desc.options
    public static final int XDP_PKT_CONTD = 1;
    public static final int XDP_TX_METADATA = 1 << 1;

    // xsk_tx_metadata.flags
    public static final long XDP_TXMD_FLAGS_TIMESTAMP = 1L;
    public static final long XDP_TXMD_FLAGS_CHECKSUM = 1L << 1;
    public static final long XDP_TXMD_FLAGS_LAUNCH_TIME = 1L << 2;

    public static final StructLayout SOCKADDR_XDP = structLayout(
            JAVA_SHORT.withName("sxdp_family"),
            JAVA_SHORT.withName("sxdp_flags"),
            JAVA_INT.withName("sxdp_ifindex"),
            JAVA_INT.withName("sxdp_queue_id"),
            JAVA_INT.withName("sxdp_shared_umem_fd")).withName("sockaddr_xdp");

    public static final StructLayout XDP_RING_OFFSET = structLayout(
            JAVA_LONG.withName("producer"),
            JAVA_LONG.withName("consumer"),
            JAVA_LONG.withName("desc"),
            JAVA_LONG.withName("flags")).withName("xdp_ring_offset");

    public static final StructLayout XDP_MMAP_OFFSETS_LAYOUT = structLayout(
            XDP_RING_OFFSET.withName("rx"),
            XDP_RING_OFFSET.withName("tx"),
            XDP_RING_OFFSET.withName("fr"),
            XDP_RING_OFFSET.withName("cr")).withName("xdp_mmap_offsets");

    public static final StructLayout XDP_UMEM_REG_LAYOUT = structLayout(
            JAVA_LONG.withName("addr"),
            JAVA_LONG.withName("len"),
            JAVA_INT.withName("chunk_size"),
            JAVA_INT.withName("headroom"),
            JAVA_INT.withName("flags"),
            JAVA_INT.withName("tx_metadata_len")).withName("xdp_umem_reg");

    public static final StructLayout XDP_STATISTICS_LAYOUT = structLayout(
            JAVA_LONG.withName("rx_dropped"),
            JAVA_LONG.withName("rx_invalid_descs"),
            JAVA_LONG.withName("tx_invalid_descs"),
            JAVA_LONG.withName("rx_ring_full"),
            JAVA_LONG.withName("rx_fill_ring_empty_descs"),
            JAVA_LONG.withName("tx_ring_empty_descs")).withName("xdp_statistics");

    public static final StructLayout XDP_DESC = structLayout(
            JAVA_LONG.withName("addr"),
            JAVA_INT.withName("len"),
            JAVA_INT.withName("options")).withName("xdp_desc");

    /**
     * union xsk_tx_metadata: flags, then a union of the request (csum_start, csum_offset, 4 bytes
     * of padding, launch_time) and the completion (tx_timestamp). Modelled as the request struct
     * with the completion's field aliasing offset 8.
     */
    public static final StructLayout XSK_TX_METADATA = structLayout(
            JAVA_LONG.withName("flags"),
            JAVA_SHORT.withName("csum_start"),
            JAVA_SHORT.withName("csum_offset"),
            MemoryLayout.paddingLayout(4),
            JAVA_LONG.withName("launch_time")).withName("xsk_tx_metadata");

    public static final long SOCKADDR_XDP_FAMILY = SOCKADDR_XDP.byteOffset(groupElement("sxdp_family"));
    public static final long SOCKADDR_XDP_FLAGS = SOCKADDR_XDP.byteOffset(groupElement("sxdp_flags"));
    public static final long SOCKADDR_XDP_IFINDEX = SOCKADDR_XDP.byteOffset(groupElement("sxdp_ifindex"));
    public static final long SOCKADDR_XDP_QUEUE_ID = SOCKADDR_XDP.byteOffset(groupElement("sxdp_queue_id"));
    public static final long SOCKADDR_XDP_SHARED_UMEM_FD =
            SOCKADDR_XDP.byteOffset(groupElement("sxdp_shared_umem_fd"));

    public static final long RING_OFFSET_PRODUCER = XDP_RING_OFFSET.byteOffset(groupElement("producer"));
    public static final long RING_OFFSET_CONSUMER = XDP_RING_OFFSET.byteOffset(groupElement("consumer"));
    public static final long RING_OFFSET_DESC = XDP_RING_OFFSET.byteOffset(groupElement("desc"));
    public static final long RING_OFFSET_FLAGS = XDP_RING_OFFSET.byteOffset(groupElement("flags"));

    public static final long UMEM_REG_ADDR = XDP_UMEM_REG_LAYOUT.byteOffset(groupElement("addr"));
    public static final long UMEM_REG_LEN = XDP_UMEM_REG_LAYOUT.byteOffset(groupElement("len"));
    public static final long UMEM_REG_CHUNK_SIZE = XDP_UMEM_REG_LAYOUT.byteOffset(groupElement("chunk_size"));
    public static final long UMEM_REG_HEADROOM = XDP_UMEM_REG_LAYOUT.byteOffset(groupElement("headroom"));
    public static final long UMEM_REG_FLAGS = XDP_UMEM_REG_LAYOUT.byteOffset(groupElement("flags"));
    public static final long UMEM_REG_TX_METADATA_LEN =
            XDP_UMEM_REG_LAYOUT.byteOffset(groupElement("tx_metadata_len"));

    public static final long DESC_ADDR = XDP_DESC.byteOffset(groupElement("addr"));
    public static final long DESC_LEN = XDP_DESC.byteOffset(groupElement("len"));
    public static final long DESC_OPTIONS = XDP_DESC.byteOffset(groupElement("options"));

    public static final long TXMD_FLAGS = XSK_TX_METADATA.byteOffset(groupElement("flags"));
    public static final long TXMD_CSUM_START = XSK_TX_METADATA.byteOffset(groupElement("csum_start"));
    public static final long TXMD_CSUM_OFFSET = XSK_TX_METADATA.byteOffset(groupElement("csum_offset"));
    public static final long TXMD_LAUNCH_TIME = XSK_TX_METADATA.byteOffset(groupElement("launch_time"));
    /** completion.tx_timestamp shares the union's storage with the request, right after flags. */
    public static final long TXMD_TX_TIMESTAMP = TXMD_CSUM_START;
}
