package io.xskc.suites.support;

import io.xskc.packet.Frame;
import io.xskc.xsk.Completion;
import io.xskc.xsk.TxPacket;
import java.util.List;
import java.util.OptionalLong;

/**
 * One packet as transmitted: what was built, how it went out, and what came back on the
 * completion ring, with the CLOCK_TAI readings taken around its batch.
 *
 * @param taiBeforeKick read just before the kick that submitted its batch
 * @param taiAfterReap  read just after the batch's completions were reaped
 */
public record Sent(Frame frame, TxPacket packet, long packetId, List<Completion> completions, long taiBeforeKick,
        long taiAfterReap) {
    /** The timestamp on the first fragment's completion, if the packet asked for one. */
    public OptionalLong timestamp() {
        return completions.stream().filter(c -> c.fragment() == 0).findFirst().map(Completion::timestamp)
                .orElse(OptionalLong.empty());
    }

    /** The raw completion word of the first fragment (timestamp or untouched request bytes). */
    public OptionalLong completionWord() {
        return completions.stream().filter(c -> c.fragment() == 0).findFirst().map(Completion::completionWord)
                .orElse(OptionalLong.empty());
    }

    public boolean completed() {
        return completions.size() == packet.fragments().size();
    }
}
