package io.xskc.suites.support;

import io.xskc.capture.CapturedFrame;
import io.xskc.kernel.Errno;
import io.xskc.kernel.SyscallException;
import io.xskc.packet.Frame;
import io.xskc.suite.DeviceHandle;
import io.xskc.suite.Evidence;
import io.xskc.xsk.Completion;
import io.xskc.xsk.TxPacket;
import io.xskc.xsk.UmemConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Submits one invalid request on a socket of its own and checks the three things a refusal
 * must keep: the call fails with EINVAL, nothing reaches the wire, and the rings and frame
 * ownership stay consistent (the kernel keeps the descriptor and publishes no completion for it).
 */
public final class NegativeRun {
    private NegativeRun() {
    }

    public static void refuse(DeviceHandle device, Evidence evidence, String clause, Frame frame, TxPacket packet,
            UmemConfig umem) {
        List<String> problems = new ArrayList<>();
        try (Exchange ex = Exchange.open(device, device.socketConfig(umem))) {
            var tx = ex.transmitter();
            tx.enqueue(packet);
            tx.flush();
            int cqBefore = ex.socket().completion().producerIndex();
            int errno = kickOnce(ex);
            if (errno != Errno.EINVAL) {
                problems.add("sendto returned " + (errno == 0 ? "success" : Errno.name(errno))
                        + ", expected EINVAL for the invalid request");
            }
            List<Completion> completions = tx.reap();
            int cqAfter = ex.socket().completion().producerIndex();
            List<CapturedFrame> wire = ex.captured(1, Duration.ofMillis(300));
            evidence.note("errno", errno == 0 ? "0" : Errno.name(errno));
            evidence.note("completion producer", cqBefore + " -> " + cqAfter);
            evidence.note("tx ring outstanding", Integer.toString(ex.socket().tx().outstanding()));
            if (!wire.isEmpty()) {
                problems.add(wire.size() + " frame(s) reached the peer although the request was refused");
                Pcaps.attach(evidence, List.of(frame), wire);
            }
            if (errno == Errno.EINVAL) {
                if (cqAfter != cqBefore || !completions.isEmpty()) {
                    problems.add("the completion ring producer moved " + cqBefore + " -> " + cqAfter + " ("
                            + completions.size() + " completion(s) reaped) for a descriptor the kernel refused "
                            + "and still holds (" + Clauses.COMPLETION + ")");
                }
                if (ex.socket().tx().outstanding() != packet.fragments().size()) {
                    problems.add("the TX ring consumer moved past a refused descriptor without a completion: "
                            + ex.socket().tx().outstanding() + " outstanding, expected " + packet.fragments().size());
                }
                if (!ex.transmitter().ledger().violations().isEmpty()) {
                    problems.add("frame ownership: " + ex.transmitter().ledger().balance());
                }
            }
        }
        OffloadRun.failIfAny(clause, problems);
    }

    private static int kickOnce(Exchange ex) {
        try {
            return ex.socket().kick();
        } catch (SyscallException e) {
            return e.errno();
        }
    }
}
