package io.xskc.packet;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a classic pcap file (draft-ietf-opsawg-pcap): nanosecond-resolution magic, version 2.4,
 * snap length 262144, link type 1 (Ethernet). Fields are little-endian; the format lets the
 * writer choose and readers detect the order from the magic. Not thread-safe: one writer per
 * capture.
 */
public final class PcapWriter implements AutoCloseable {
    /** Magic of a file whose second timestamp field counts nanoseconds. */
    public static final int MAGIC_NANOSECONDS = 0xA1B23C4D;
    /** Magic of a file whose second timestamp field counts microseconds. */
    public static final int MAGIC_MICROSECONDS = 0xA1B2C3D4;
    public static final int VERSION_MAJOR = 2;
    public static final int VERSION_MINOR = 4;
    public static final int SNAP_LENGTH = 262_144;
    /** LINKTYPE_ETHERNET: frames start at the destination MAC and carry no FCS. */
    public static final int LINKTYPE_ETHERNET = 1;

    static final int FILE_HEADER_LENGTH = 24;
    static final int RECORD_HEADER_LENGTH = 16;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final OutputStream out;

    /** Writes the file header at once, so even an empty capture is a valid file. */
    public PcapWriter(OutputStream out) throws IOException {
        this.out = out;
        ByteBuffer h = ByteBuffer.allocate(FILE_HEADER_LENGTH).order(ByteOrder.LITTLE_ENDIAN);
        h.putInt(MAGIC_NANOSECONDS)
                .putShort((short) VERSION_MAJOR)
                .putShort((short) VERSION_MINOR)
                .putInt(0)                 // Reserved1
                .putInt(0)                 // Reserved2
                .putInt(SNAP_LENGTH)
                .putInt(LINKTYPE_ETHERNET); // FCS length and f bit 0: no FCS
        out.write(h.array());
    }

    /** Creates or truncates {@code path}. */
    public static PcapWriter open(Path path) throws IOException {
        OutputStream s = new BufferedOutputStream(Files.newOutputStream(path));
        try {
            return new PcapWriter(s);
        } catch (IOException e) {
            s.close();
            throw e;
        }
    }

    /**
     * Appends one frame; a frame longer than the snap length is cut and keeps its original length.
     *
     * @param timestampNanos non-negative, and its seconds must fit the format's unsigned 32 bits
     */
    public void write(long timestampNanos, byte[] frame) throws IOException {
        if (timestampNanos < 0 || timestampNanos / NANOS_PER_SECOND > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("timestamp " + timestampNanos + "ns does not fit pcap's u32 seconds");
        }
        int captured = Math.min(frame.length, SNAP_LENGTH);
        ByteBuffer h = ByteBuffer.allocate(RECORD_HEADER_LENGTH).order(ByteOrder.LITTLE_ENDIAN);
        h.putInt((int) (timestampNanos / NANOS_PER_SECOND))
                .putInt((int) (timestampNanos % NANOS_PER_SECOND))
                .putInt(captured)
                .putInt(frame.length);
        out.write(h.array());
        out.write(frame, 0, captured);
    }

    public void write(PcapRecord record) throws IOException {
        if (record.truncated()) {
            throw new IllegalArgumentException("cannot re-write a truncated record faithfully: " + record);
        }
        write(record.timestampNanos(), record.data());
    }

    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
