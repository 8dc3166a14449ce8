package io.xskc.packet;

import java.util.HexFormat;

/** A 48-bit Ethernet address, held in the low 48 bits of a long. */
public record MacAddress(long value) {
    /** Locally administered (bit 1 of the first octet), so it never collides with a real NIC. */
    public static final MacAddress LOCAL_1 = new MacAddress(0x02_00_00_00_00_01L);
    public static final MacAddress LOCAL_2 = new MacAddress(0x02_00_00_00_00_02L);

    public MacAddress {
        if (value < 0 || value > 0xFFFF_FFFF_FFFFL) {
            throw new IllegalArgumentException("MAC address must fit 48 bits: " + Long.toHexString(value));
        }
    }

    /** Parses the colon form, for example {@code 02:00:00:00:00:01}. */
    public static MacAddress parse(String text) {
        String[] parts = text.split(":", -1);
        if (parts.length != 6) {
            throw new IllegalArgumentException("MAC address needs 6 colon-separated octets: " + text);
        }
        long v = 0;
        for (String p : parts) {
            if (p.length() != 2) {
                throw new IllegalArgumentException("MAC address octet must be 2 hex digits: " + text);
            }
            v = v << 8 | HexFormat.fromHexDigits(p);
        }
        return new MacAddress(v);
    }

    static MacAddress read(byte[] b, int off) {
        long v = 0;
        for (int i = 0; i < 6; i++) {
            v = v << 8 | (b[off + i] & 0xFF);
        }
        return new MacAddress(v);
    }

    void write(byte[] b, int off) {
        for (int i = 0; i < 6; i++) {
            b[off + i] = (byte) (value >>> (40 - 8 * i));
        }
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(17);
        for (int i = 0; i < 6; i++) {
            if (i > 0) {
                s.append(':');
            }
            s.append(HexFormat.of().toHexDigits((byte) (value >>> (40 - 8 * i))));
        }
        return s.toString();
    }
}
