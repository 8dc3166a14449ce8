package io.xskc.suites.support;

import io.xskc.capture.CapturedFrame;
import io.xskc.kernel.ClockId;
import io.xskc.kernel.Clocks;
import io.xskc.packet.Frame;
import io.xskc.packet.PcapWriter;
import io.xskc.suite.Evidence;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Evidence as pcap files: what was sent, and what the peer captured. */
public final class Pcaps {
    private Pcaps() {
    }

    public static void attach(Evidence evidence, List<Frame> sent, List<CapturedFrame> captured) {
        // pcap wants UNIX time; the records are numbered a nanosecond apart to keep their order.
        long now = Clocks.nanos(ClockId.REALTIME);
        evidence.attachPcap("sent.pcap", pcap(sent.stream().map(Frame::bytes).toList(), now));
        evidence.attachPcap("captured.pcap", pcap(captured.stream().map(CapturedFrame::bytes).toList(), now));
    }

    static byte[] pcap(List<byte[]> frames, long taiNanos) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PcapWriter w = new PcapWriter(out)) {
            long t = taiNanos;
            for (byte[] f : frames) {
                w.write(t++, f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
