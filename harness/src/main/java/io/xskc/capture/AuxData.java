package io.xskc.capture;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import io.xskc.kernel.Linux;
import io.xskc.kernel.SocketUapi;
import java.lang.foreign.MemorySegment;

/** struct tpacket_auxdata from a PACKET_AUXDATA control message. */
record AuxData(int status, int length, int vlanTci, int vlanTpid) {
    private static final int TP_STATUS_VLAN_TPID_VALID = 1 << 6;
    private static final int ETH_P_8021Q = 0x8100;

    /** Walks the cmsg list (CMSG_FIRSTHDR/CMSG_NXTHDR, 8-byte aligned on x86_64). */
    static AuxData find(MemorySegment control, long controlLen) {
        long off = 0;
        long hdr = SocketUapi.CMSGHDR.byteSize();
        while (off + hdr <= controlLen) {
            long len = control.get(JAVA_LONG, off + SocketUapi.CMSG_LEN);
            if (len < hdr || off + len > controlLen) {
                return null;
            }
            int level = control.get(JAVA_INT, off + SocketUapi.CMSG_LEVEL);
            int type = control.get(JAVA_INT, off + SocketUapi.CMSG_TYPE);
            if (level == Linux.SOL_PACKET && type == Linux.PACKET_AUXDATA
                    && len >= hdr + SocketUapi.TPACKET_AUXDATA.byteSize()) {
                long d = off + hdr;
                return new AuxData(control.get(JAVA_INT, d + SocketUapi.AUX_STATUS),
                        control.get(JAVA_INT, d + SocketUapi.AUX_LEN),
                        Short.toUnsignedInt(control.get(JAVA_SHORT, d + SocketUapi.AUX_VLAN_TCI)),
                        Short.toUnsignedInt(control.get(JAVA_SHORT, d + SocketUapi.AUX_VLAN_TPID)));
            }
            off += (len + 7) & ~7L;
        }
        return null;
    }

    /** Puts the tag the receive path stripped back after the MAC addresses, as it was on the wire. */
    static byte[] reinsertVlan(byte[] frame, AuxData aux) {
        int tpid = (aux.status() & TP_STATUS_VLAN_TPID_VALID) != 0 && aux.vlanTpid() != 0 ? aux.vlanTpid()
                : ETH_P_8021Q;
        byte[] out = new byte[frame.length + 4];
        System.arraycopy(frame, 0, out, 0, 12);
        out[12] = (byte) (tpid >>> 8);
        out[13] = (byte) tpid;
        out[14] = (byte) (aux.vlanTci() >>> 8);
        out[15] = (byte) aux.vlanTci();
        System.arraycopy(frame, 12, out, 16, frame.length - 12);
        return out;
    }
}
