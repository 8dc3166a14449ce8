package io.xskc.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Sizes and offsets as the kernel defines them (include/uapi/linux/if_xdp.h, if_packet.h and the
 * x86_64 glibc/kernel ABI for msghdr, cmsghdr, iovec, pollfd, timespec), counted by hand from the
 * C declarations rather than read back from the layouts under test.
 */
class UapiLayoutTest {
    @Test
    void sockaddrXdp() {
        // __u16 family; __u16 flags; __u32 ifindex; __u32 queue_id; __u32 shared_umem_fd;
        assertEquals(16, XdpUapi.SOCKADDR_XDP.byteSize());
        assertEquals(0, XdpUapi.SOCKADDR_XDP_FAMILY);
        assertEquals(2, XdpUapi.SOCKADDR_XDP_FLAGS);
        assertEquals(4, XdpUapi.SOCKADDR_XDP_IFINDEX);
        assertEquals(8, XdpUapi.SOCKADDR_XDP_QUEUE_ID);
        assertEquals(12, XdpUapi.SOCKADDR_XDP_SHARED_UMEM_FD);
    }

    @Test
    void ringAndMmapOffsets() {
        // four __u64: producer, consumer, desc, flags; xdp_mmap_offsets holds rx, tx, fr, cr.
        assertEquals(32, XdpUapi.XDP_RING_OFFSET.byteSize());
        assertEquals(0, XdpUapi.RING_OFFSET_PRODUCER);
        assertEquals(8, XdpUapi.RING_OFFSET_CONSUMER);
        assertEquals(16, XdpUapi.RING_OFFSET_DESC);
        assertEquals(24, XdpUapi.RING_OFFSET_FLAGS);
        assertEquals(128, XdpUapi.XDP_MMAP_OFFSETS_LAYOUT.byteSize());
    }

    @Test
    void umemReg() {
        // __u64 addr; __u64 len; __u32 chunk_size; __u32 headroom; __u32 flags; __u32 tx_metadata_len;
        assertEquals(32, XdpUapi.XDP_UMEM_REG_LAYOUT.byteSize());
        assertEquals(0, XdpUapi.UMEM_REG_ADDR);
        assertEquals(8, XdpUapi.UMEM_REG_LEN);
        assertEquals(16, XdpUapi.UMEM_REG_CHUNK_SIZE);
        assertEquals(20, XdpUapi.UMEM_REG_HEADROOM);
        assertEquals(24, XdpUapi.UMEM_REG_FLAGS);
        assertEquals(28, XdpUapi.UMEM_REG_TX_METADATA_LEN);
    }

    @Test
    void statisticsAndDesc() {
        // xdp_statistics: six __u64 counters; xdp_desc: __u64 addr; __u32 len; __u32 options;
        assertEquals(48, XdpUapi.XDP_STATISTICS_LAYOUT.byteSize());
        assertEquals(16, XdpUapi.XDP_DESC.byteSize());
        assertEquals(0, XdpUapi.DESC_ADDR);
        assertEquals(8, XdpUapi.DESC_LEN);
        assertEquals(12, XdpUapi.DESC_OPTIONS);
    }

    @Test
    void txMetadata() {
        // __u64 flags; union { struct { __u16 csum_start; __u16 csum_offset; __u64 launch_time; } request;
        // struct { __u64 tx_timestamp; } completion; } - launch_time is 8-aligned, so it sits at 16.
        assertEquals(24, XdpUapi.XSK_TX_METADATA.byteSize());
        assertEquals(0, XdpUapi.TXMD_FLAGS);
        assertEquals(8, XdpUapi.TXMD_CSUM_START);
        assertEquals(10, XdpUapi.TXMD_CSUM_OFFSET);
        assertEquals(16, XdpUapi.TXMD_LAUNCH_TIME);
        assertEquals(8, XdpUapi.TXMD_TX_TIMESTAMP);
    }

    @Test
    void uapiConstants() {
        // if_xdp.h values, which are ABI and never change.
        assertEquals(1, XdpUapi.XDP_SHARED_UMEM);
        assertEquals(2, XdpUapi.XDP_COPY);
        assertEquals(4, XdpUapi.XDP_ZEROCOPY);
        assertEquals(8, XdpUapi.XDP_USE_NEED_WAKEUP);
        assertEquals(16, XdpUapi.XDP_USE_SG);
        assertEquals(2, XdpUapi.XDP_UMEM_TX_SW_CSUM);
        assertEquals(4, XdpUapi.XDP_UMEM_TX_METADATA_LEN);
        assertEquals(2, XdpUapi.XDP_TX_METADATA);
        assertEquals(0x180000000L, XdpUapi.XDP_UMEM_PGOFF_COMPLETION_RING);
        assertEquals(283, Linux.SOL_XDP);
        assertEquals(44, Linux.AF_XDP);
    }

    @Test
    void socketStructs() {
        assertEquals(16, SocketUapi.TIMESPEC.byteSize());
        assertEquals(8, SocketUapi.TIMESPEC_TV_NSEC);
        assertEquals(8, SocketUapi.POLLFD.byteSize());
        assertEquals(6, SocketUapi.POLLFD_REVENTS);
        assertEquals(16, SocketUapi.IOVEC.byteSize());
        assertEquals(8, SocketUapi.IOVEC_LEN);
        // msghdr: name@0 namelen@8 (pad) iov@16 iovlen@24 control@32 controllen@40 flags@48 (pad) = 56
        assertEquals(56, SocketUapi.MSGHDR.byteSize());
        assertEquals(8, SocketUapi.MSGHDR_NAMELEN);
        assertEquals(16, SocketUapi.MSGHDR_IOV);
        assertEquals(24, SocketUapi.MSGHDR_IOVLEN);
        assertEquals(32, SocketUapi.MSGHDR_CONTROL);
        assertEquals(40, SocketUapi.MSGHDR_CONTROLLEN);
        assertEquals(48, SocketUapi.MSGHDR_FLAGS);
        assertEquals(16, SocketUapi.CMSGHDR.byteSize());
        assertEquals(8, SocketUapi.CMSG_LEVEL);
        assertEquals(12, SocketUapi.CMSG_TYPE);
        // sockaddr_ll: family@0 protocol@2 ifindex@4 hatype@8 pkttype@10 halen@11 addr[8]@12 = 20
        assertEquals(20, SocketUapi.SOCKADDR_LL.byteSize());
        assertEquals(4, SocketUapi.SLL_IFINDEX);
        assertEquals(10, SocketUapi.SLL_PKTTYPE);
        // tpacket_auxdata: status len snaplen (u32) mac net vlan_tci vlan_tpid (u16) = 20
        assertEquals(20, SocketUapi.TPACKET_AUXDATA.byteSize());
        assertEquals(12, SocketUapi.TPACKET_AUXDATA.byteOffset(
                java.lang.foreign.MemoryLayout.PathElement.groupElement("tp_mac")));
        assertEquals(16, SocketUapi.AUX_VLAN_TCI);
        assertEquals(18, SocketUapi.AUX_VLAN_TPID);
    }
}
