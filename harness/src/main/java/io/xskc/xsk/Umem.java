package io.xskc.xsk;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import io.xskc.kernel.Libc;
import io.xskc.kernel.Linux;
import io.xskc.kernel.SyscallException;
import io.xskc.kernel.XdpUapi;
import java.lang.foreign.MemorySegment;

/**
 * Page-aligned anonymous memory shared with the kernel as a UMEM, split into equal chunks.
 * Addresses are UMEM offsets, as in the rings: chunk {@code i} starts at {@code i * chunkSize}.
 */
public final class Umem implements AutoCloseable {
    private final UmemConfig config;
    private final MemorySegment memory;
    private boolean unmapped;

    private Umem(UmemConfig config, MemorySegment memory) {
        this.config = config;
        this.memory = memory;
    }

    public static Umem allocate(UmemConfig config) {
        MemorySegment m = Libc.mmap(MemorySegment.NULL, config.bytes(), Linux.PROT_READ | Linux.PROT_WRITE,
                Linux.MAP_PRIVATE | Linux.MAP_ANONYMOUS | Linux.MAP_POPULATE, -1, 0);
        if (m.address() == Libc.MAP_FAILED.address()) {
            throw new SyscallException("mmap", "UMEM, " + config.bytes() + " bytes", Libc.errno());
        }
        return new Umem(config, m.reinterpret(config.bytes()));
    }

    public UmemConfig config() {
        return config;
    }

    public MemorySegment memory() {
        return memory;
    }

    public int chunkCount() {
        return config.chunkCount();
    }

    public long chunkAddress(int chunk) {
        if (chunk < 0 || chunk >= config.chunkCount()) {
            throw new IndexOutOfBoundsException("chunk " + chunk + " of " + config.chunkCount());
        }
        return (long) chunk * config.chunkSize();
    }

    /** The descriptor address of a packet placed in {@code chunk}. */
    public long packetAddress(int chunk) {
        return chunkAddress(chunk) + config.packetOffset();
    }

    /** The chunk an address falls in. */
    public int chunkOf(long address) {
        if (address < 0 || address >= config.bytes()) {
            throw new IndexOutOfBoundsException("address 0x" + Long.toHexString(address) + " outside UMEM of "
                    + config.bytes() + " bytes");
        }
        return (int) (address / config.chunkSize());
    }

    public void write(long address, byte[] data) {
        MemorySegment.copy(data, 0, memory, JAVA_BYTE, address, data.length);
    }

    public byte[] read(long address, int length) {
        return memory.asSlice(address, length).toArray(JAVA_BYTE);
    }

    /**
     * The struct xsk_tx_metadata the kernel reads at {@code packetAddress - tx_metadata_len}. With a
     * length above 24 the rest is padding the kernel ignores.
     */
    public MemorySegment metadataAt(long packetAddress) {
        if (config.txMetadataLen() == 0) {
            throw new IllegalStateException("UMEM registered without a TX metadata area");
        }
        return memory.asSlice(packetAddress - config.txMetadataLen(), XdpUapi.XSK_TX_METADATA.byteSize());
    }

    @Override
    public void close() {
        if (!unmapped) {
            unmapped = true;
            SyscallException.check(Libc.munmap(memory, memory.byteSize()), "munmap",
                    () -> "UMEM, " + memory.byteSize() + " bytes");
        }
    }
}
