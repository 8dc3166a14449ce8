package io.xskc.suites.support;

import io.xskc.packet.Frame;
import io.xskc.xsk.TxPacket;

/** A frame and the packet (fragments, metadata) that carries it onto the ring. */
public record Outgoing(Frame frame, TxPacket packet) {
}
