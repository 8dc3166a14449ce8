package io.xskc.packet;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * One packet of a pcap file.
 *
 * @param timestampNanos nanoseconds since the epoch of whatever clock stamped it (the harness
 *                       records CLOCK_TAI or PHC stamps as they are, without conversion)
 * @param originalLength the length on the wire; larger than {@code data} when the snap length cut it
 * @param data           the captured bytes; copied in and out
 */
public record PcapRecord(long timestampNanos, int originalLength, byte[] data) {
    public PcapRecord {
        data = data.clone();
        if (originalLength < data.length) {
            throw new IllegalArgumentException("original length " + originalLength + " is less than the "
                    + data.length + " bytes captured");
        }
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    public boolean truncated() {
        return originalLength > data.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PcapRecord r && timestampNanos == r.timestampNanos
                && originalLength == r.originalLength && Arrays.equals(data, r.data);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(timestampNanos) * 31 + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "PcapRecord[ts=" + timestampNanos + "ns, len=" + originalLength + ", caplen=" + data.length
                + ", data=" + HexFormat.of().formatHex(data) + "]";
    }
}
