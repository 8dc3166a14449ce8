package io.xskc.packet;

import java.util.Optional;

/**
 * The transport protocols whose checksum the harness asks a device to offload. The checksum
 * offset is what AF_XDP calls {@code csum_offset}: relative to the start of the L4 header.
 */
public enum L4Protocol {
    /** RFC 768: the checksum is the last 16 bits of an 8-byte header. */
    UDP(17, 8, 6),
    /** RFC 793 §3.1: the checksum follows seq, ack, data offset/flags and window. */
    TCP(6, 20, 16);

    private final int number;
    private final int minHeaderLength;
    private final int checksumOffset;

    L4Protocol(int number, int minHeaderLength, int checksumOffset) {
        this.number = number;
        this.minHeaderLength = minHeaderLength;
        this.checksumOffset = checksumOffset;
    }

    /** The IANA protocol number, as carried in IPv4 Protocol and IPv6 Next Header. */
    public int number() {
        return number;
    }

    /** The header length without options: the length the builder always writes. */
    public int minHeaderLength() {
        return minHeaderLength;
    }

    /** Offset of the checksum field from the start of the L4 header. */
    public int checksumOffset() {
        return checksumOffset;
    }

    public static Optional<L4Protocol> fromNumber(int number) {
        for (L4Protocol p : values()) {
            if (p.number == number) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
