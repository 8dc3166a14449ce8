package io.xskc.packet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Layouts from draft-ietf-opsawg-pcap §4 (file header) and §5 (packet record). */
class PcapTest {
    private static final HexFormat HEX = HexFormat.of();

    // Magic a1b23c4d, version 2.4, two reserved words, snaplen 0x00040000, link type 1;
    // every field little-endian.
    private static final String FILE_HEADER_LE = "4d3cb2a1" + "0200" + "0400" + "00000000" + "00000000"
            + "00000400" + "01000000";

    @Test
    void fileHeaderMatchesTheSpec() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PcapWriter w = new PcapWriter(out)) {
            // nothing: an empty capture is still a valid file
        }
        assertEquals(FILE_HEADER_LE, HEX.formatHex(out.toByteArray()));
    }

    @Test
    void recordHeaderSplitsNanosIntoSecondsAndNanoseconds() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PcapWriter w = new PcapWriter(out)) {
            // 1700000000 s = 0x6553f100, 123456789 ns = 0x075bcd15.
            w.write(1_700_000_000_123_456_789L, new byte[] {(byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef});
        }
        assertEquals(FILE_HEADER_LE + "00f15365" + "15cd5b07" + "04000000" + "04000000" + "deadbeef",
                HEX.formatHex(out.toByteArray()));
    }

    @Test
    void roundTripThroughAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("tx.pcap");
        Frame a = FrameBuilder.create().build();
        Frame b = FrameBuilder.create().withIpv6().withTcp().withVxlan(7).build();
        try (PcapWriter w = PcapWriter.open(file)) {
            w.write(5L, a.bytes());
            w.write(new PcapRecord(4_294_967_295_999_999_999L, b.length(), b.bytes()));
        }
        assertEquals(24 + 16 + a.length() + 16 + b.length(), Files.size(file), "no padding between records");
        try (PcapReader r = PcapReader.open(file)) {
            assertEquals(new PcapReader.Header(ByteOrder.LITTLE_ENDIAN, true, 2, 4, 262_144, 1), r.header());
            List<PcapRecord> records = r.readAll();
            assertEquals(List.of(new PcapRecord(5L, a.length(), a.bytes()),
                    new PcapRecord(4_294_967_295_999_999_999L, b.length(), b.bytes())), records);
            assertEquals(Optional.empty(), r.next());
            assertArrayEquals(b.bytes(), FrameParser.parse(records.get(1).data()).bytes());
        }
    }

    @Test
    void framesBeyondTheSnapLengthAreCut() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] jumbo = new byte[262_144 + 10];
        jumbo[262_143] = 7;
        try (PcapWriter w = new PcapWriter(out)) {
            w.write(0, jumbo);
        }
        byte[] file = out.toByteArray();
        // caplen 262144 = 0x00040000, original 262154 = 0x0004000a.
        assertEquals("00000400" + "0a000400", HEX.formatHex(file, 24 + 8, 24 + 16));
        PcapRecord r = new PcapReader(new ByteArrayInputStream(file)).next().orElseThrow();
        assertTrue(r.truncated());
        assertEquals(262_154, r.originalLength());
        assertEquals(262_144, r.data().length);
        assertEquals(7, r.data()[262_143]);
    }

    @Test
    void readsBigEndianAndMicrosecondFiles() throws IOException {
        // Written by hand: big-endian microsecond magic a1b2c3d4, version 2.4, snaplen 65535,
        // link type 1; one record at 1 s + 250000 us holding 2 bytes.
        byte[] file = HEX.parseHex("a1b2c3d4" + "0002" + "0004" + "00000000" + "00000000" + "0000ffff" + "00000001"
                + "00000001" + "0003d090" + "00000002" + "00000002" + "abcd");
        try (PcapReader r = new PcapReader(new ByteArrayInputStream(file))) {
            assertEquals(new PcapReader.Header(ByteOrder.BIG_ENDIAN, false, 2, 4, 65_535, 1), r.header());
            PcapRecord rec = r.next().orElseThrow();
            assertEquals(1_250_000_000L, rec.timestampNanos());
            assertEquals("abcd", HEX.formatHex(rec.data()));
            assertFalse(rec.truncated());
        }
    }

    @Test
    void rejectsBrokenFiles() throws IOException {
        assertThrows(IOException.class, () -> new PcapReader(new ByteArrayInputStream(new byte[24])), "bad magic");
        assertThrows(EOFException.class, () -> new PcapReader(new ByteArrayInputStream(new byte[10])));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PcapWriter w = new PcapWriter(out)) {
            w.write(1, new byte[20]);
        }
        byte[] whole = out.toByteArray();
        for (int cut : new int[] {24 + 3, 24 + 16, 24 + 16 + 19}) {
            PcapReader r = new PcapReader(new ByteArrayInputStream(Arrays.copyOf(whole, cut)));
            assertThrows(EOFException.class, r::next, "cut at " + cut);
        }

        byte[] badFraction = whole.clone();
        // ts_nsec 1000000000 = 0x3b9aca00 is not a valid fraction of a second.
        System.arraycopy(HEX.parseHex("00ca9a3b"), 0, badFraction, 28, 4);
        assertThrows(IOException.class, () -> new PcapReader(new ByteArrayInputStream(badFraction)).next());
    }

    @Test
    void rejectsTimestampsThePcapFieldsCannotHold() throws IOException {
        try (PcapWriter w = new PcapWriter(new ByteArrayOutputStream())) {
            assertThrows(IllegalArgumentException.class, () -> w.write(-1, new byte[1]));
            assertThrows(IllegalArgumentException.class, () -> w.write(4_294_967_296_000_000_000L, new byte[1]));
        }
    }
}
