package io.xskc.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class HexDiffTest {
    private static byte[] counting(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) i;
        }
        return b;
    }

    @Test
    void identicalInputs() {
        HexDiff d = HexDiff.of(counting(4), counting(4));
        assertTrue(d.identical());
        assertEquals(List.of(), d.differingOffsets());
        assertEquals(OptionalInt.empty(), d.firstDifference());
        assertEquals("identical; expected 4 bytes, actual 4 bytes\n"
                + "0000  exp  00 01 02 03\n"
                + "      act  00 01 02 03\n", d.text());
    }

    @Test
    void marksEachDifferingByteUnderItsColumn() {
        byte[] expected = counting(20);
        byte[] actual = counting(20);
        actual[1] = (byte) 0xff;
        actual[9] = (byte) 0xee;
        actual[17] = (byte) 0xdd;
        HexDiff d = HexDiff.of(expected, actual);
        assertEquals(List.of(1, 9, 17), d.differingOffsets());
        assertEquals(OptionalInt.of(1), d.firstDifference());
        assertEquals("3 bytes differ, first at offset 1 (0x0001); expected 20 bytes, actual 20 bytes", d.summary());
        String text = String.join("\n",
                "3 bytes differ, first at offset 1 (0x0001); expected 20 bytes, actual 20 bytes",
                "0000  exp  00 01 02 03 04 05 06 07  08 09 0a 0b 0c 0d 0e 0f",
                "      act  00 ff 02 03 04 05 06 07  08 ee 0a 0b 0c 0d 0e 0f",
                "              ^^                       ^^",
                "0010  exp  10 11 12 13",
                "      act  10 dd 12 13",
                "              ^^",
                "");
        assertEquals(text, d.text());
        assertEquals(text, d.toString());
    }

    @Test
    void rowsWithoutDifferencesHaveNoMarkerLine() {
        byte[] expected = counting(32);
        byte[] actual = counting(32);
        actual[31] = 0;
        String[] lines = HexDiff.of(expected, actual).text().split("\n");
        assertEquals(1 + 2 + 3, lines.length);
        assertEquals("1 byte differs, first at offset 31 (0x001f); expected 32 bytes, actual 32 bytes", lines[0]);
        // Offset (4) and "  act  " (7), then 3 columns per byte and the extra gap after byte 7.
        assertEquals(" ".repeat(4 + 7 + 15 * 3 + 1) + "^^", lines[5]);
    }

    @Test
    void lengthDifferenceCountsTheMissingBytes() {
        HexDiff d = HexDiff.of(counting(3), counting(5));
        assertEquals(List.of(3, 4), d.differingOffsets());
        assertEquals(String.join("\n",
                "2 bytes differ, first at offset 3 (0x0003); expected 3 bytes, actual 5 bytes",
                "0000  exp  00 01 02 -- --",
                "      act  00 01 02 03 04",
                "                    ^^ ^^",
                ""), d.text());
        assertEquals(List.of(0), HexDiff.of(new byte[1], new byte[0]).differingOffsets());
    }

    @Test
    void emptyInputs() {
        HexDiff d = HexDiff.of(new byte[0], new byte[0]);
        assertTrue(d.identical());
        assertEquals("identical; expected 0 bytes, actual 0 bytes\n", d.text());
    }

    @Test
    void offsetsWidenBeyond64KiB() {
        byte[] a = new byte[0x10001];
        byte[] b = new byte[0x10001];
        b[0x10000] = 1;
        HexDiff d = HexDiff.of(a, b);
        assertEquals("1 byte differs, first at offset 65536 (0x10000); expected 65537 bytes, actual 65537 bytes",
                d.summary());
        assertTrue(d.text().contains("\n10000  exp  00\n       act  01\n"), d.text().substring(d.text().length() - 80));
    }

    @Test
    void checksumOnlyDifferenceInAFrame() {
        Frame f = FrameBuilder.create().build();
        HexDiff d = HexDiff.of(f.bytes(), f.withChecksumField(f.expectedChecksum() ^ 0x00FF).bytes());
        assertEquals(List.of(41), d.differingOffsets(), "the low byte of the UDP checksum at 40..41");
    }
}
