package io.xskc.packet;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * A readable comparison of an expected and an actual frame, for failure messages: a summary
 * line, then 16-byte rows of both with {@code ^^} under each differing byte. Bytes present on one
 * side only count as differing and show as {@code --} on the other.
 *
 * <pre>
 * 2 bytes differ, first at offset 40 (0x0028); expected 74 bytes, actual 74 bytes
 * ...
 * 0020  exp  64 01 9c 40 00 09 00 28  c8 86 60 b4 20 bb 38 51
 *       act  64 01 9c 40 00 09 00 28  00 00 60 b4 20 bb 38 51
 *                                     ^^ ^^
 * </pre>
 *
 * @param differingOffsets ascending offsets at which the two differ
 * @param text             the summary and the rows
 */
public record HexDiff(int expectedLength, int actualLength, List<Integer> differingOffsets, String text) {
    private static final int ROW = 16;
    private static final String EXPECTED = "  exp  ";
    private static final String ACTUAL = "  act  ";

    public HexDiff {
        differingOffsets = List.copyOf(differingOffsets);
    }

    public static HexDiff of(byte[] expected, byte[] actual) {
        List<Integer> diffs = new ArrayList<>();
        int longest = Math.max(expected.length, actual.length);
        for (int i = 0; i < longest; i++) {
            if (i >= expected.length || i >= actual.length || expected[i] != actual[i]) {
                diffs.add(i);
            }
        }
        int width = Math.max(4, Integer.toHexString(Math.max(0, longest - 1)).length());
        StringBuilder s = new StringBuilder(summary(diffs, expected.length, actual.length, width)).append('\n');
        for (int row = 0; row < longest; row += ROW) {
            String offset = String.format("%0" + width + "x", row);
            s.append(offset).append(EXPECTED);
            appendRow(s, expected, row, longest);
            s.append('\n').append(" ".repeat(width)).append(ACTUAL);
            appendRow(s, actual, row, longest);
            s.append('\n');
            StringBuilder marks = new StringBuilder(" ".repeat(width + ACTUAL.length()));
            boolean marked = false;
            for (int i = row; i < Math.min(row + ROW, longest); i++) {
                boolean differs = i >= expected.length || i >= actual.length || expected[i] != actual[i];
                marks.append(differs ? "^^" : "  ").append(i - row == ROW / 2 - 1 ? "  " : " ");
                marked |= differs;
            }
            if (marked) {
                s.append(marks.toString().stripTrailing()).append('\n');
            }
        }
        return new HexDiff(expected.length, actual.length, diffs, s.toString());
    }

    public boolean identical() {
        return differingOffsets.isEmpty();
    }

    public OptionalInt firstDifference() {
        return identical() ? OptionalInt.empty() : OptionalInt.of(differingOffsets.getFirst());
    }

    /** The first line of {@link #text()}. */
    public String summary() {
        return text.substring(0, text.indexOf('\n'));
    }

    @Override
    public String toString() {
        return text;
    }

    private static String summary(List<Integer> diffs, int expectedLength, int actualLength, int width) {
        String lengths = "expected " + expectedLength + " bytes, actual " + actualLength + " bytes";
        if (diffs.isEmpty()) {
            return "identical; " + lengths;
        }
        int first = diffs.getFirst();
        return String.format("%d %s, first at offset %d (0x%0" + width + "x); %s", diffs.size(),
                diffs.size() == 1 ? "byte differs" : "bytes differ", first, first, lengths);
    }

    private static void appendRow(StringBuilder s, byte[] b, int row, int longest) {
        StringBuilder line = new StringBuilder();
        for (int i = row; i < Math.min(row + ROW, longest); i++) {
            line.append(i < b.length ? String.format("%02x", b[i] & 0xFF) : "--");
            line.append(i - row == ROW / 2 - 1 ? "  " : " ");
        }
        s.append(line.toString().stripTrailing());
    }
}
