package io.xskc.kernel;

/** Constants of the generic Linux UAPI (x86_64) used across xskc. */
public final class Linux {
    private Linux() {
    }

    // sys/socket.h
    public static final int AF_UNIX = 1;
    public static final int AF_INET = 2;
    public static final int AF_INET6 = 10;
    public static final int AF_NETLINK = 16;
    public static final int AF_PACKET = 17;
    public static final int AF_XDP = 44;
    public static final int SOCK_RAW = 3;
    public static final int SOCK_CLOEXEC = 0x80000;
    public static final int SOCK_NONBLOCK = 0x800;
    public static final int SOL_SOCKET = 1;
    public static final int SOL_PACKET = 263;
    public static final int SOL_XDP = 283;
    public static final int SO_RCVBUF = 8;
    public static final int SO_RCVBUFFORCE = 33;
    public static final int MSG_DONTWAIT = 0x40;
    public static final int MSG_TRUNC = 0x20;

    // linux/if_packet.h
    public static final int PACKET_AUXDATA = 8;
    public static final int PACKET_IGNORE_OUTGOING = 23;
    public static final int TP_STATUS_CSUMNOTREADY = 1 << 3;
    public static final int TP_STATUS_VLAN_VALID = 1 << 4;
    public static final int TP_STATUS_CSUM_VALID = 1 << 7;
    public static final int ETH_P_ALL = 0x0003;

    // sys/mman.h
    public static final int PROT_READ = 1;
    public static final int PROT_WRITE = 2;
    public static final int MAP_SHARED = 0x01;
    public static final int MAP_PRIVATE = 0x02;
    public static final int MAP_ANONYMOUS = 0x20;
    public static final int MAP_POPULATE = 0x8000;

    // fcntl.h
    public static final int O_RDONLY = 0;
    public static final int O_CLOEXEC = 0x80000;

    // sched.h
    public static final int CLONE_NEWNET = 0x40000000;

    // poll.h
    public static final short POLLIN = 0x1;
    public static final short POLLOUT = 0x4;
    public static final short POLLERR = 0x8;
}
