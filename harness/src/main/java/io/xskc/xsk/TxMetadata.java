package io.xskc.xsk;

import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import io.xskc.kernel.XdpUapi;
import java.lang.foreign.MemorySegment;

/** Reads and writes one struct xsk_tx_metadata in UMEM (native byte order, as the kernel reads it). */
public final class TxMetadata {
    private TxMetadata() {
    }

    /**
     * Writes the whole struct, padding included, so the completion word reads back exactly as
     * {@link #requestWord(TxRequest)} until the kernel writes a timestamp over it.
     */
    public static void write(MemorySegment md, TxRequest request) {
        md.asSlice(0, XdpUapi.XSK_TX_METADATA.byteSize()).fill((byte) 0);
        md.set(JAVA_LONG, XdpUapi.TXMD_FLAGS, request.flags());
        md.set(JAVA_SHORT, XdpUapi.TXMD_CSUM_START, (short) request.csumStart());
        md.set(JAVA_SHORT, XdpUapi.TXMD_CSUM_OFFSET, (short) request.csumOffset());
        md.set(JAVA_LONG, XdpUapi.TXMD_LAUNCH_TIME, request.launchTime());
    }

    /** The u64 at completion.tx_timestamp right after {@link #write}: csum_start, csum_offset, zero padding. */
    public static long requestWord(TxRequest request) {
        // Little-endian x86_64: csum_start is the low 16 bits, csum_offset the next 16.
        return (request.csumStart() & 0xFFFFL) | (request.csumOffset() & 0xFFFFL) << 16;
    }

    public static TxRequest read(MemorySegment md) {
        return new TxRequest(md.get(JAVA_LONG, XdpUapi.TXMD_FLAGS),
                Short.toUnsignedInt(md.get(JAVA_SHORT, XdpUapi.TXMD_CSUM_START)),
                Short.toUnsignedInt(md.get(JAVA_SHORT, XdpUapi.TXMD_CSUM_OFFSET)),
                md.get(JAVA_LONG, XdpUapi.TXMD_LAUNCH_TIME));
    }

    /**
     * completion.tx_timestamp, which the kernel writes over the request's csum fields once the
     * frame is sent; read it only after the completion entry has been reaped.
     */
    public static long completionTimestamp(MemorySegment md) {
        return md.get(JAVA_LONG, XdpUapi.TXMD_TX_TIMESTAMP);
    }

    /**
     * What the transmitter writes over the completion word of a frame sent without
     * XDP_TX_METADATA, which the kernel must ignore: finding anything else there afterwards means it
     * wrote into an area it was told not to use.
     */
    public static final long UNUSED_AREA_PATTERN = 0x0BADC0DE0BADC0DEL;

    /** The raw completion word, so untouched-area checks can compare with what was written. */
    public static void writeCompletionWord(MemorySegment md, long value) {
        md.set(JAVA_LONG, XdpUapi.TXMD_TX_TIMESTAMP, value);
    }
}
