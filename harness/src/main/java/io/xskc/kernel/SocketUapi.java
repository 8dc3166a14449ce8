package io.xskc.kernel;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.MemoryLayout.structLayout;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.MemoryLayout;
import java.lang.foreign.StructLayout;

/**
 * Generic socket, packet-socket, poll and time structures (sys/socket.h, linux/if_packet.h,
 * poll.h, time.h) for x86_64, written by hand under their kernel names.
 */
public final class SocketUapi {
    private SocketUapi() {
    }

    public static final StructLayout TIMESPEC = structLayout(
            JAVA_LONG.withName("tv_sec"),
            JAVA_LONG.withName("tv_nsec")).withName("timespec");

    public static final StructLayout POLLFD = structLayout(
            JAVA_INT.withName("fd"),
            JAVA_SHORT.withName("events"),
            JAVA_SHORT.withName("revents")).withName("pollfd");

    public static final StructLayout IOVEC = structLayout(
            ADDRESS.withName("iov_base"),
            JAVA_LONG.withName("iov_len")).withName("iovec");

    public static final StructLayout MSGHDR = structLayout(
            ADDRESS.withName("msg_name"),
            JAVA_INT.withName("msg_namelen"),
            MemoryLayout.paddingLayout(4),
            ADDRESS.withName("msg_iov"),
            JAVA_LONG.withName("msg_iovlen"),
            ADDRESS.withName("msg_control"),
            JAVA_LONG.withName("msg_controllen"),
            JAVA_INT.withName("msg_flags"),
            MemoryLayout.paddingLayout(4)).withName("msghdr");

    public static final StructLayout CMSGHDR = structLayout(
            JAVA_LONG.withName("cmsg_len"),
            JAVA_INT.withName("cmsg_level"),
            JAVA_INT.withName("cmsg_type")).withName("cmsghdr");

    /** struct sockaddr_ll; sll_protocol is in network byte order. */
    public static final StructLayout SOCKADDR_LL = structLayout(
            JAVA_SHORT.withName("sll_family"),
            JAVA_SHORT.withName("sll_protocol"),
            JAVA_INT.withName("sll_ifindex"),
            JAVA_SHORT.withName("sll_hatype"),
            JAVA_BYTE.withName("sll_pkttype"),
            JAVA_BYTE.withName("sll_halen"),
            MemoryLayout.sequenceLayout(8, JAVA_BYTE).withName("sll_addr")).withName("sockaddr_ll");

    public static final StructLayout TPACKET_AUXDATA = structLayout(
            JAVA_INT.withName("tp_status"),
            JAVA_INT.withName("tp_len"),
            JAVA_INT.withName("tp_snaplen"),
            JAVA_SHORT.withName("tp_mac"),
            JAVA_SHORT.withName("tp_net"),
            JAVA_SHORT.withName("tp_vlan_tci"),
            JAVA_SHORT.withName("tp_vlan_tpid")).withName("tpacket_auxdata");

    public static final long TIMESPEC_TV_SEC = TIMESPEC.byteOffset(groupElement("tv_sec"));
    public static final long TIMESPEC_TV_NSEC = TIMESPEC.byteOffset(groupElement("tv_nsec"));

    public static final long POLLFD_FD = POLLFD.byteOffset(groupElement("fd"));
    public static final long POLLFD_EVENTS = POLLFD.byteOffset(groupElement("events"));
    public static final long POLLFD_REVENTS = POLLFD.byteOffset(groupElement("revents"));

    public static final long IOVEC_BASE = IOVEC.byteOffset(groupElement("iov_base"));
    public static final long IOVEC_LEN = IOVEC.byteOffset(groupElement("iov_len"));

    public static final long MSGHDR_NAME = MSGHDR.byteOffset(groupElement("msg_name"));
    public static final long MSGHDR_NAMELEN = MSGHDR.byteOffset(groupElement("msg_namelen"));
    public static final long MSGHDR_IOV = MSGHDR.byteOffset(groupElement("msg_iov"));
    public static final long MSGHDR_IOVLEN = MSGHDR.byteOffset(groupElement("msg_iovlen"));
    public static final long MSGHDR_CONTROL = MSGHDR.byteOffset(groupElement("msg_control"));
    public static final long MSGHDR_CONTROLLEN = MSGHDR.byteOffset(groupElement("msg_controllen"));
    public static final long MSGHDR_FLAGS = MSGHDR.byteOffset(groupElement("msg_flags"));

    public static final long CMSG_LEN = CMSGHDR.byteOffset(groupElement("cmsg_len"));
    public static final long CMSG_LEVEL = CMSGHDR.byteOffset(groupElement("cmsg_level"));
    public static final long CMSG_TYPE = CMSGHDR.byteOffset(groupElement("cmsg_type"));

    public static final long SLL_FAMILY = SOCKADDR_LL.byteOffset(groupElement("sll_family"));
    public static final long SLL_PROTOCOL = SOCKADDR_LL.byteOffset(groupElement("sll_protocol"));
    public static final long SLL_IFINDEX = SOCKADDR_LL.byteOffset(groupElement("sll_ifindex"));
    public static final long SLL_PKTTYPE = SOCKADDR_LL.byteOffset(groupElement("sll_pkttype"));

    public static final long AUX_STATUS = TPACKET_AUXDATA.byteOffset(groupElement("tp_status"));
    public static final long AUX_LEN = TPACKET_AUXDATA.byteOffset(groupElement("tp_len"));
    public static final long AUX_SNAPLEN = TPACKET_AUXDATA.byteOffset(groupElement("tp_snaplen"));
    public static final long AUX_VLAN_TCI = TPACKET_AUXDATA.byteOffset(groupElement("tp_vlan_tci"));
    public static final long AUX_VLAN_TPID = TPACKET_AUXDATA.byteOffset(groupElement("tp_vlan_tpid"));
}
