package io.xskc.packet;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads classic pcap files of either byte order and either timestamp resolution, to check the
 * evidence a run left behind. Timestamps are always returned in nanoseconds.
 */
public final class PcapReader implements AutoCloseable {

    /** The fields of the file header, with the byte order and resolution the magic implies. */
    public record Header(ByteOrder byteOrder, boolean nanosecond, int versionMajor, int versionMinor,
                         long snapLength, int linkType) {
    }

    /** Bounds a record's length so a corrupt file cannot make the reader allocate gigabytes. */
    private static final long MAX_CAPTURE = 1 << 24;

    private final InputStream in;
    private final Header header;

    /** Reads and checks the file header. */
    public PcapReader(InputStream in) throws IOException {
        this.in = in;
        byte[] raw = readFully(PcapWriter.FILE_HEADER_LENGTH, "file header", false);
        ByteBuffer h = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        int magic = h.getInt(0);
        ByteOrder order = ByteOrder.LITTLE_ENDIAN;
        if (Integer.reverseBytes(magic) == PcapWriter.MAGIC_NANOSECONDS
                || Integer.reverseBytes(magic) == PcapWriter.MAGIC_MICROSECONDS) {
            order = ByteOrder.BIG_ENDIAN;
            magic = Integer.reverseBytes(magic);
        }
        if (magic != PcapWriter.MAGIC_NANOSECONDS && magic != PcapWriter.MAGIC_MICROSECONDS) {
            throw new IOException(String.format("not a pcap file: magic 0x%08x", h.getInt(0)));
        }
        h.order(order);
        header = new Header(order, magic == PcapWriter.MAGIC_NANOSECONDS, Short.toUnsignedInt(h.getShort(4)),
                Short.toUnsignedInt(h.getShort(6)), Integer.toUnsignedLong(h.getInt(16)), h.getInt(20) & 0xFFFF);
        if (header.versionMajor() != PcapWriter.VERSION_MAJOR) {
            throw new IOException("unsupported pcap version " + header.versionMajor() + "." + header.versionMinor());
        }
    }

    public static PcapReader open(Path path) throws IOException {
        InputStream s = new BufferedInputStream(Files.newInputStream(path));
        try {
            return new PcapReader(s);
        } catch (IOException e) {
            s.close();
            throw e;
        }
    }

    public Header header() {
        return header;
    }

    /**
     * The next record, or empty at a clean end of file.
     *
     * @throws EOFException if the file ends inside a record
     */
    public Optional<PcapRecord> next() throws IOException {
        byte[] raw = readFully(PcapWriter.RECORD_HEADER_LENGTH, "record header", true);
        if (raw == null) {
            return Optional.empty();
        }
        ByteBuffer h = ByteBuffer.wrap(raw).order(header.byteOrder());
        long seconds = Integer.toUnsignedLong(h.getInt(0));
        long fraction = Integer.toUnsignedLong(h.getInt(4));
        long captured = Integer.toUnsignedLong(h.getInt(8));
        long original = Integer.toUnsignedLong(h.getInt(12));
        long limit = header.nanosecond() ? 1_000_000_000L : 1_000_000L;
        if (fraction >= limit) {
            throw new IOException("record timestamp fraction " + fraction + " is not below " + limit);
        }
        if (captured > MAX_CAPTURE || original > Integer.MAX_VALUE || captured > original) {
            throw new IOException("record lengths captured=" + captured + " original=" + original + " are invalid");
        }
        byte[] data = readFully((int) captured, "record data", false);
        long nanos = seconds * 1_000_000_000L + (header.nanosecond() ? fraction : fraction * 1_000L);
        return Optional.of(new PcapRecord(nanos, (int) original, data));
    }

    public List<PcapRecord> readAll() throws IOException {
        List<PcapRecord> records = new ArrayList<>();
        for (Optional<PcapRecord> r = next(); r.isPresent(); r = next()) {
            records.add(r.get());
        }
        return records;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Null if {@code endAllowed} and the stream ends before the first byte. */
    private byte[] readFully(int length, String what, boolean endAllowed) throws IOException {
        byte[] b = in.readNBytes(length);
        if (b.length == 0 && endAllowed && length > 0) {
            return null;
        }
        if (b.length < length) {
            throw new EOFException("pcap " + what + " needs " + length + " bytes, file ends after " + b.length);
        }
        return b;
    }
}
