package io.xskc.packet;

/** The IP version of a frame's network header, with the EtherType that announces it. */
public enum IpVersion {
    V4(4, 0x0800),
    V6(6, 0x86DD);

    private final int number;
    private final int etherType;

    IpVersion(int number, int etherType) {
        this.number = number;
        this.etherType = etherType;
    }

    /** The value of the header's 4-bit version field. */
    public int number() {
        return number;
    }

    public int etherType() {
        return etherType;
    }

    @Override
    public String toString() {
        return "ipv" + number;
    }
}
