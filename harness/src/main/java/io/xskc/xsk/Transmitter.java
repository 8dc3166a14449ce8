package io.xskc.xsk;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import io.xskc.kernel.Deadline;
import io.xskc.kernel.XdpUapi;
import java.lang.foreign.MemorySegment;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The TX path over one socket: places packets in free chunks, writes their metadata and
 * descriptors, kicks the kernel and reaps completions, keeping the {@link FrameLedger} for every
 * address. Single-threaded, like the rings it drives.
 */
public final class Transmitter {
    private final XskSocket socket;
    private final Umem umem;
    private final ArrayDeque<Integer> freeChunks = new ArrayDeque<>();
    private final FrameLedger ledger = new FrameLedger();
    private final Map<Long, InFlight> inFlight = new HashMap<>();
    /** Enqueued, not yet published to the kernel. */
    private final List<Long> pendingAddresses = new ArrayList<>();
    private int pendingSlots;
    private long nextPacketId;

    private record InFlight(long packetId, int fragment, boolean timestampRequested) {
    }

    public Transmitter(XskSocket socket) {
        this.socket = socket;
        this.umem = socket.umem();
        for (int i = 0; i < umem.chunkCount(); i++) {
            freeChunks.add(i);
        }
    }

    public XskSocket socket() {
        return socket;
    }

    public FrameLedger ledger() {
        return ledger;
    }

    public int freeChunks() {
        return freeChunks.size();
    }

    /** Whether {@code packet} fits now, without reaping first. */
    public boolean canEnqueue(TxPacket packet) {
        int n = packet.fragments().size();
        return freeChunks.size() >= n && socket.tx().free(n) >= n;
    }

    /**
     * Copies the packet into UMEM and queues its descriptors (not yet visible to the kernel until
     * {@link #flush}). Returns the packet id that its completions will carry.
     */
    public long enqueue(TxPacket packet) {
        List<byte[]> frags = packet.fragments();
        int n = frags.size();
        for (byte[] f : frags) {
            if (f.length > umem.config().maxPacket()) {
                throw new IllegalArgumentException("fragment of " + f.length + " bytes exceeds the "
                        + umem.config().maxPacket() + " bytes a chunk can carry");
            }
        }
        if (freeChunks.size() < n) {
            throw new IllegalStateException("need " + n + " free chunks, " + freeChunks.size()
                    + " free: reap completions first");
        }
        ProducerRing tx = socket.tx();
        if (tx.reserve(n) != n) {
            throw new IllegalStateException("TX ring has fewer than " + n + " free slots: reap completions first");
        }
        long id = nextPacketId++;
        MemorySegment entries = tx.memory().entries();
        int base = pendingSlots;
        for (int i = 0; i < n; i++) {
            int chunk = freeChunks.poll();
            long addr = umem.packetAddress(chunk);
            umem.write(addr, frags.get(i));
            int options = i < n - 1 ? XdpUapi.XDP_PKT_CONTD : 0;
            Optional<TxRequest> md = i == 0 ? packet.metadata() : packet.laterMetadata();
            if (md.isPresent()) {
                TxMetadata.write(umem.metadataAt(addr), md.get());
                options |= XdpUapi.XDP_TX_METADATA;
            } else if (i == 0 && umem.config().txMetadataLen() >= XdpUapi.XSK_TX_METADATA.byteSize()) {
                TxMetadata.writeCompletionWord(umem.metadataAt(addr), TxMetadata.UNUSED_AREA_PATTERN);
            }
            long off = tx.entryOffset(base + i);
            entries.set(JAVA_LONG, off + XdpUapi.DESC_ADDR, addr);
            entries.set(JAVA_INT, off + XdpUapi.DESC_LEN, frags.get(i).length);
            entries.set(JAVA_INT, off + XdpUapi.DESC_OPTIONS, options);
            boolean ts = i == 0 && packet.metadata().map(TxRequest::requestsTimestamp).orElse(false);
            inFlight.put(addr, new InFlight(id, i, ts));
            pendingAddresses.add(addr);
        }
        pendingSlots += n;
        return id;
    }

    /** Publishes everything enqueued since the last flush to the kernel (one release store). */
    public void flush() {
        if (pendingSlots == 0) {
            return;
        }
        socket.tx().submit(pendingSlots);
        for (long addr : pendingAddresses) {
            ledger.submitted(addr);
        }
        pendingAddresses.clear();
        pendingSlots = 0;
    }

    /** Flushes and kicks; see {@link XskSocket#kick()} for the return value. */
    public int kick() {
        flush();
        return socket.kick();
    }

    /** Reaps whatever completions are available now, without waiting. */
    public List<Completion> reap() {
        ConsumerRing cq = socket.completion();
        int n = cq.peek(cq.memory().size());
        List<Completion> out = new ArrayList<>(n);
        MemorySegment entries = cq.memory().entries();
        boolean metadataArea = umem.config().txMetadataLen() > 0;
        for (int i = 0; i < n; i++) {
            long addr = entries.get(JAVA_LONG, cq.entryOffset(i));
            ledger.completed(addr);
            InFlight f = inFlight.remove(addr);
            if (f == null) {
                // Not ours to reuse: an address the kernel made up, or a duplicate.
                out.add(new Completion(addr, -1, -1, OptionalLong.empty(), false));
                continue;
            }
            OptionalLong word = metadataArea && f.fragment() == 0
                    ? OptionalLong.of(TxMetadata.completionTimestamp(umem.metadataAt(addr)))
                    : OptionalLong.empty();
            out.add(new Completion(addr, f.packetId(), f.fragment(), word, f.timestampRequested()));
            freeChunks.add(umem.chunkOf(addr));
        }
        cq.release(n);
        return out;
    }

    /**
     * Kicks and reaps until {@code n} completions have arrived or the deadline passes; returns
     * what arrived, which the caller compares with {@code n}.
     */
    public List<Completion> awaitCompletions(int n, Deadline deadline) {
        List<Completion> got = new ArrayList<>(n);
        flush();
        while (got.size() < n) {
            if (socket.tx().outstanding() > 0 || socket.tx().needsWakeup()) {
                socket.kick();
            }
            List<Completion> batch = reap();
            got.addAll(batch);
            if (got.size() >= n || deadline.expired()) {
                break;
            }
            if (batch.isEmpty()) {
                LockSupport.parkNanos(20_000);
            }
        }
        return got;
    }

    /**
     * Takes back frames the kernel consumed without completing: a packet it dropped and counted
     * in tx_invalid_descs (too many fragments, invalid descriptor). The caller must have seen the
     * counter rise by as many descriptors; the ledger records the release, not a completion.
     */
    public void reclaimDropped(List<Long> addresses) {
        for (long addr : addresses) {
            if (ledger.droppedByKernel(addr)) {
                inFlight.remove(addr);
                freeChunks.add(umem.chunkOf(addr));
            }
        }
    }

    /** The addresses of a packet still owed by the kernel, in submission order. */
    public List<Long> outstandingAddresses(long packetId) {
        return ledger.outstandingAddresses().stream().filter(a -> {
            InFlight f = inFlight.get(a);
            return f != null && f.packetId() == packetId;
        }).toList();
    }

    /** Completions the kernel still owes. */
    public int outstanding() {
        return ledger.outstandingCount();
    }
}
