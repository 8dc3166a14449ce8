package io.xskc.packet;

/**
 * An IEEE 802.1Q tag: VLAN identifier and priority code point (DEI is always 0 here).
 *
 * @param vid 0..4094; 4095 is reserved by 802.1Q
 * @param pcp 0..7
 */
public record Vlan(int vid, int pcp) {
    /** The Tag Protocol Identifier of a C-tag. */
    public static final int TPID = 0x8100;

    public Vlan {
        if (vid < 0 || vid > 4094) {
            throw new IllegalArgumentException("VLAN id must be 0..4094, got " + vid);
        }
        if (pcp < 0 || pcp > 7) {
            throw new IllegalArgumentException("VLAN PCP must be 0..7, got " + pcp);
        }
    }

    public static Vlan of(int vid) {
        return new Vlan(vid, 0);
    }

    /** The 16-bit Tag Control Information: PCP(3) DEI(1) VID(12). */
    public int tci() {
        return pcp << 13 | vid;
    }

    static Vlan fromTci(int tci) {
        return new Vlan(tci & 0x0FFF, tci >>> 13 & 0x7);
    }
}
