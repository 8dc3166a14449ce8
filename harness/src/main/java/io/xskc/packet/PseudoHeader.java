package io.xskc.packet;

import java.net.Inet4Address;
import java.net.Inet6Address;

/**
 * The pseudo-header a TCP or UDP checksum covers in addition to the L4 bytes. Its fields are
 * those the IP layer carries, so a checksum also protects against misdelivery.
 */
public sealed interface PseudoHeader {

    /** The protocol number: IPv4 Protocol, or the IPv6 Next Header of the upper layer. */
    int protocol();

    /** The upper-layer length: L4 header plus payload, excluding any IPv6 extension headers. */
    long length();

    /** The pseudo-header laid out as the RFC draws it, for summing. */
    byte[] bytes();

    /** The folded ones'-complement sum of {@link #bytes()}, not complemented. */
    default int sum() {
        byte[] b = bytes();
        return Checksum.sum(b, 0, b.length);
    }

    /** RFC 768 / RFC 793 §3.1: src(4) dst(4) zero(1) protocol(1) L4 length(2). */
    record V4(Inet4Address source, Inet4Address destination, int protocol, long length)
            implements PseudoHeader {
        public V4 {
            checkProtocol(protocol);
            if (length < 0 || length > 0xFFFF) {
                throw new IllegalArgumentException("IPv4 L4 length must fit 16 bits: " + length);
            }
        }

        @Override
        public byte[] bytes() {
            byte[] b = new byte[12];
            System.arraycopy(source.getAddress(), 0, b, 0, 4);
            System.arraycopy(destination.getAddress(), 0, b, 4, 4);
            b[9] = (byte) protocol;
            b[10] = (byte) (length >>> 8);
            b[11] = (byte) length;
            return b;
        }
    }

    /**
     * RFC 8200 §8.1: src(16) dst(16) upper-layer length(4) zero(3) next header(1). The next
     * header is the upper-layer protocol, not the first extension header.
     */
    record V6(Inet6Address source, Inet6Address destination, int protocol, long length)
            implements PseudoHeader {
        public V6 {
            checkProtocol(protocol);
            if (length < 0 || length > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException("IPv6 upper-layer length must fit 32 bits: " + length);
            }
        }

        @Override
        public byte[] bytes() {
            byte[] b = new byte[40];
            System.arraycopy(source.getAddress(), 0, b, 0, 16);
            System.arraycopy(destination.getAddress(), 0, b, 16, 16);
            for (int i = 0; i < 4; i++) {
                b[32 + i] = (byte) (length >>> (24 - 8 * i));
            }
            b[39] = (byte) protocol;
            return b;
        }
    }

    private static void checkProtocol(int protocol) {
        if (protocol < 0 || protocol > 255) {
            throw new IllegalArgumentException("protocol must fit 8 bits: " + protocol);
        }
    }
}
