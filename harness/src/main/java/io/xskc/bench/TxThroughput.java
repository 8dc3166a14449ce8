package io.xskc.bench;

import io.xskc.kernel.NetnsThread;
import io.xskc.packet.ChecksumMode;
import io.xskc.packet.Frame;
import io.xskc.packet.FrameBuilder;
import io.xskc.topology.VethTopology;
import io.xskc.xsk.BindMode;
import io.xskc.xsk.Completion;
import io.xskc.xsk.Transmitter;
import io.xskc.xsk.TxPacket;
import io.xskc.xsk.TxRequest;
import io.xskc.xsk.UmemConfig;
import io.xskc.xsk.XskConfig;
import io.xskc.xsk.XskSocket;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * TX throughput of the Java path: N 64-byte frames (14 Ethernet + 20 IPv4 + 8 UDP + 22 payload,
 * as handed to AF_XDP, without FCS) with TIMESTAMP|CHECKSUM metadata, XDP_COPY with
 * XDP_UMEM_TX_SW_CSUM, over a veth pair in xskc's namespaces. A program that prints figures, not
 * a test: {@code ci/bench-tx.sh [frames]}.
 */
public final class TxThroughput {
    private TxThroughput() {
    }

    public static void main(String[] args) throws Exception {
        long frames = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        int warmup = (int) Math.min(frames / 10, 100_000);
        Frame frame = FrameBuilder.create().withIpv4().withUdp().withPayload(22, 7)
                .withChecksumMode(ChecksumMode.PARTIAL).build();
        if (frame.length() != 64) {
            throw new IllegalStateException("benchmark frame is " + frame.length() + " bytes, not 64");
        }
        TxPacket packet = TxPacket.of(frame.bytes(),
                TxRequest.timestamp().withChecksum(frame.csumStart(), frame.csumOffset()));
        UmemConfig umem = UmemConfig.withTxMetadata(4096).withSwCsum(true);
        try (VethTopology t = VethTopology.create();
                NetnsThread dut = NetnsThread.enter(t.underTest().netns().orElseThrow());
                XskSocket socket = dut.call(() -> XskSocket.open(
                        XskConfig.txOnly(t.underTest().ifname(), 0, BindMode.COPY, umem)))) {
            Transmitter tx = new Transmitter(socket);
            run(tx, packet, warmup);
            long start = System.nanoTime();
            Result r = run(tx, packet, frames);
            long elapsed = System.nanoTime() - start;
            double pps = frames * 1e9 / elapsed;
            System.out.printf("xskc TX throughput (copy mode, SW csum, TIMESTAMP|CHECKSUM metadata)%n");
            System.out.printf("  cpu:        %s (%d cores visible)%n", cpuModel(), Runtime.getRuntime().availableProcessors());
            System.out.printf("  kernel:     %s%n", Files.readString(Path.of("/proc/sys/kernel/osrelease")).strip());
            System.out.printf("  jdk:        %s%n", Runtime.version());
            System.out.printf("  frames:     %d x %d bytes (after %d warm-up)%n", frames, frame.length(), warmup);
            System.out.printf("  elapsed:    %.3f s%n", elapsed / 1e9);
            System.out.printf("  throughput: %.0f packets/s (%.1f Mbit/s of frame data)%n", pps,
                    pps * frame.length() * 8 / 1e6);
            System.out.printf("  timestamps: %d of %d completions carried one%n", r.timestamped(), r.completed());
            System.out.printf("  ledger:     %s%n", tx.ledger().balance());
            System.out.printf("  statistics: %s%n", socket.statistics());
        }
    }

    private record Result(long completed, long timestamped) {
    }

    private static Result run(Transmitter tx, TxPacket packet, long frames) {
        long enqueued = 0;
        long completed = 0;
        long timestamped = 0;
        while (completed < frames) {
            while (enqueued < frames && tx.canEnqueue(packet)) {
                tx.enqueue(packet);
                enqueued++;
            }
            tx.kick();
            List<Completion> done = tx.reap();
            completed += done.size();
            for (Completion c : done) {
                if (c.timestamp().orElse(0) != 0) {
                    timestamped++;
                }
            }
        }
        return new Result(completed, timestamped);
    }

    private static String cpuModel() throws IOException {
        return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown");
    }
}
