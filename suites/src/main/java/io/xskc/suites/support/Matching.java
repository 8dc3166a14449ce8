package io.xskc.suites.support;

import io.xskc.capture.CapturedFrame;
import io.xskc.packet.Frame;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Pairs captured frames with the frames that were sent. A capture matches a sent frame when every
 * byte but the L4 checksum field is equal: the checksum is what is under test.
 */
public final class Matching {
    private Matching() {
    }

    public record Pair(Frame sent, Optional<CapturedFrame> captured) {
    }

    public static List<Pair> pair(List<Frame> sent, List<CapturedFrame> captured) {
        List<CapturedFrame> pool = new ArrayList<>(captured);
        List<Pair> out = new ArrayList<>(sent.size());
        for (Frame f : sent) {
            Optional<CapturedFrame> hit = pool.stream().filter(c -> sameButChecksum(f, c.bytes())).findFirst();
            hit.ifPresent(pool::remove);
            out.add(new Pair(f, hit));
        }
        return out;
    }

    /** Captured frames that match no sent frame: corrupted, truncated or not ours. */
    public static List<CapturedFrame> unmatched(List<Frame> sent, List<CapturedFrame> captured) {
        List<CapturedFrame> pool = new ArrayList<>(captured);
        for (Pair p : pair(sent, captured)) {
            p.captured().ifPresent(pool::remove);
        }
        return pool;
    }

    static boolean sameButChecksum(Frame f, byte[] got) {
        byte[] want = f.bytes();
        if (want.length != got.length) {
            return false;
        }
        int c = f.checksumOffset();
        return Arrays.equals(want, 0, c, got, 0, c) && Arrays.equals(want, c + 2, want.length, got, c + 2, got.length);
    }
}
