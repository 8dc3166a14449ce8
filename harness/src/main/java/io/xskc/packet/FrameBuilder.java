package io.xskc.packet;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Random;

/**
 * An immutable description of a test frame; every {@code with...} method returns a new builder
 * and {@link #build()} lays out the bytes. The default is an untagged IPv4/UDP frame from
 * 192.0.2.1:40000 to 198.51.100.1:9 (discard) with 32 bytes of payload and a correct checksum.
 *
 * <p>What is always true of a built frame, because a conformance verdict must not depend on a
 * frame that was wrong to begin with: the IPv4 header checksum is correct; IPv4 Total Length,
 * IPv6 Payload Length and UDP Length match the bytes; TTL / Hop Limit is 64; a TCP header is 20
 * bytes with data offset 5, flags ACK|PSH and fixed sequence and acknowledgement numbers;
 * addresses lie in documentation ranges. Only the L4 checksum field follows the
 * {@link ChecksumMode}. Frames are not padded to the Ethernet minimum: that is the NIC's job.
 *
 * <p>With {@link #withVxlan(int)} the L3/L4/payload settings describe the <em>inner</em> frame;
 * the MAC addresses and VLAN tag belong to the outer Ethernet header on the wire, and the inner
 * Ethernet header uses fixed locally administered addresses.
 */
public final class FrameBuilder {
    /** IANA-assigned VXLAN UDP port (RFC 7348 §5). */
    public static final int VXLAN_PORT = 4789;

    static final int ETHERNET_HEADER = 14;
    static final int IPV4_HEADER = 20;
    static final int IPV6_HEADER = 40;
    static final int VXLAN_HEADER = 8;
    static final int UDP_HEADER = 8;
    static final int IPV6_DESTINATION_OPTIONS = 60;
    static final int DESTINATION_OPTIONS_LENGTH = 8;
    static final int IPV4_MAX_OPTIONS = 40;

    static final long TCP_SEQUENCE = 0x0000_1000L;
    static final long TCP_ACKNOWLEDGEMENT = 0x0000_2000L;
    static final int TCP_ACK_PSH = 0x18;
    static final int TTL = 64;

    static final MacAddress INNER_SOURCE_MAC = new MacAddress(0x02_00_00_00_01_01L);
    static final MacAddress INNER_DESTINATION_MAC = new MacAddress(0x02_00_00_00_01_02L);
    static final int VXLAN_SOURCE_PORT = 49152;

    private static final Inet4Address DEFAULT_SRC4 = Inet4Address.ofLiteral("192.0.2.1");
    private static final Inet4Address DEFAULT_DST4 = Inet4Address.ofLiteral("198.51.100.1");
    private static final Inet6Address DEFAULT_SRC6 = (Inet6Address) Inet6Address.ofLiteral("2001:db8::1");
    private static final Inet6Address DEFAULT_DST6 = (Inet6Address) Inet6Address.ofLiteral("2001:db8::2");
    private static final Inet4Address DEFAULT_OUTER_SRC = Inet4Address.ofLiteral("192.0.2.100");
    private static final Inet4Address DEFAULT_OUTER_DST = Inet4Address.ofLiteral("198.51.100.100");

    /** Outer tunnel endpoint and network identifier of a VXLAN encapsulation. */
    private record Vxlan(int vni, Inet4Address source, Inet4Address destination) {
    }

    private final MacAddress sourceMac;
    private final MacAddress destinationMac;
    private final Vlan vlan;
    private final InetAddress sourceAddress;
    private final InetAddress destinationAddress;
    private final byte[] ipv4Options;
    private final boolean ipv6DestinationOptions;
    private final L4Protocol protocol;
    private final int sourcePort;
    private final int destinationPort;
    private final int payloadLength;
    private final long payloadSeed;
    private final byte[] payload;
    private final ChecksumMode checksumMode;
    private final OptionalInt checksumValue;
    private final Vxlan vxlan;

    private FrameBuilder(MacAddress sourceMac, MacAddress destinationMac, Vlan vlan,
                         InetAddress sourceAddress, InetAddress destinationAddress,
                         byte[] ipv4Options, boolean ipv6DestinationOptions,
                         L4Protocol protocol, int sourcePort, int destinationPort,
                         int payloadLength, long payloadSeed, byte[] payload,
                         ChecksumMode checksumMode, OptionalInt checksumValue, Vxlan vxlan) {
        this.sourceMac = sourceMac;
        this.destinationMac = destinationMac;
        this.vlan = vlan;
        this.sourceAddress = sourceAddress;
        this.destinationAddress = destinationAddress;
        this.ipv4Options = ipv4Options;
        this.ipv6DestinationOptions = ipv6DestinationOptions;
        this.protocol = protocol;
        this.sourcePort = sourcePort;
        this.destinationPort = destinationPort;
        this.payloadLength = payloadLength;
        this.payloadSeed = payloadSeed;
        this.payload = payload;
        this.checksumMode = checksumMode;
        this.checksumValue = checksumValue;
        this.vxlan = vxlan;
    }

    /** The default frame: untagged IPv4/UDP, 32 bytes of payload from seed 0, FULL checksum. */
    public static FrameBuilder create() {
        return new FrameBuilder(MacAddress.LOCAL_1, MacAddress.LOCAL_2, null, DEFAULT_SRC4, DEFAULT_DST4,
                new byte[0], false, L4Protocol.UDP, 40000, 9, 32, 0, null,
                ChecksumMode.FULL, OptionalInt.empty(), null);
    }

    public FrameBuilder withMacs(MacAddress source, MacAddress destination) {
        return new FrameBuilder(Objects.requireNonNull(source), Objects.requireNonNull(destination), vlan,
                sourceAddress, destinationAddress, ipv4Options, ipv6DestinationOptions, protocol, sourcePort,
                destinationPort, payloadLength, payloadSeed, payload, checksumMode, checksumValue, vxlan);
    }

    public FrameBuilder withVlan(int vid, int pcp) {
        return withVlan(new Vlan(vid, pcp));
    }

    public FrameBuilder withVlan(Vlan tag) {
        return new FrameBuilder(sourceMac, destinationMac, Objects.requireNonNull(tag), sourceAddress,
                destinationAddress, ipv4Options, ipv6DestinationOptions, protocol, sourcePort, destinationPort,
                payloadLength, payloadSeed, payload, checksumMode, checksumValue, vxlan);
    }

    public FrameBuilder withoutVlan() {
        return new FrameBuilder(sourceMac, destinationMac, null, sourceAddress, destinationAddress, ipv4Options,
                ipv6DestinationOptions, protocol, sourcePort, destinationPort, payloadLength, payloadSeed,
                payload, checksumMode, checksumValue, vxlan);
    }

    /** IPv4 with the default documentation addresses; drops an IPv6 extension header. */
    public FrameBuilder withIpv4() {
        return withAddresses(DEFAULT_SRC4, DEFAULT_DST4);
    }

    /** IPv6 with the default documentation addresses; drops IPv4 options. */
    public FrameBuilder withIpv6() {
        return withAddresses(DEFAULT_SRC6, DEFAULT_DST6);
    }

    /**
     * Source and destination of the (inner) IP header; both of one family, both in documentation
     * ranges. The family selects IPv4 or IPv6; options of the other family are dropped.
     */
    public FrameBuilder withAddresses(InetAddress source, InetAddress destination) {
        DocumentationAddresses.require(source);
        DocumentationAddresses.require(destination);
        if (source.getClass() != destination.getClass()) {
            throw new IllegalArgumentException("source " + source.getHostAddress() + " and destination "
                    + destination.getHostAddress() + " are of different IP versions");
        }
        boolean v4 = source instanceof Inet4Address;
        return new FrameBuilder(sourceMac, destinationMac, vlan, source, destination,
                v4 ? ipv4Options : new byte[0], !v4 && ipv6DestinationOptions, protocol, sourcePort,
                destinationPort, payloadLength, payloadSeed, payload, checksumMode, checksumValue, vxlan);
    }

    /**
     * IPv4 options, padded with zero (End of Option List) to a multiple of 4 bytes, so the IHL
     * grows beyond 5. Selects IPv4 if the builder was IPv6.
     */
    public FrameBuilder withIpv4Options(byte[] options) {
        if (options.length > IPV4_MAX_OPTIONS) {
            throw new IllegalArgumentException("IPv4 options are at most 40 bytes, got " + options.length);
        }
        byte[] padded = Arrays.copyOf(options, (options.length + 3) & ~3);
        FrameBuilder v4 = ipVersion() == IpVersion.V4 ? this : withIpv4();
        return new FrameBuilder(sourceMac, destinationMac, vlan, v4.sourceAddress, v4.destinationAddress,
                padded, false, protocol, sourcePort, destinationPort, payloadLength, payloadSeed, payload,
                checksumMode, checksumValue, vxlan);
    }

    /** {@code nops} No-Operation options (type 1) then End of Option List (type 0), padded. */
    public FrameBuilder withIpv4NopOptions(int nops) {
        if (nops < 0 || nops >= IPV4_MAX_OPTIONS) {
            throw new IllegalArgumentException("NOP count must be 0..39, got " + nops);
        }
        byte[] options = new byte[nops + 1];
        Arrays.fill(options, 0, nops, (byte) 1);
        return withIpv4Options(options);
    }

    /**
     * An 8-byte Destination Options header (RFC 8200 §4.6) holding one PadN option, between the
     * IPv6 header and the L4 header. Selects IPv6 if the builder was IPv4.
     */
    public FrameBuilder withIpv6DestinationOptions() {
        FrameBuilder v6 = ipVersion() == IpVersion.V6 ? this : withIpv6();
        return new FrameBuilder(sourceMac, destinationMac, vlan, v6.sourceAddress, v6.destinationAddress,
                new byte[0], true, protocol, sourcePort, destinationPort, payloadLength, payloadSeed, payload,
                checksumMode, checksumValue, vxlan);
    }

    public FrameBuilder withUdp() {
        return withProtocol(L4Protocol.UDP);
    }

    public FrameBuilder withTcp() {
        return withProtocol(L4Protocol.TCP);
    }

    public FrameBuilder withProtocol(L4Protocol l4) {
        return new FrameBuilder(sourceMac, destinationMac, vlan, sourceAddress, destinationAddress, ipv4Options,
                ipv6DestinationOptions, Objects.requireNonNull(l4), sourcePort, destinationPort, payloadLength,
                payloadSeed, payload, checksumMode, checksumValue, vxlan);
    }

    public FrameBuilder withPorts(int source, int destination) {
        checkPort(source);
        checkPort(destination);
        return new FrameBuilder(sourceMac, destinationMac, vlan, sourceAddress, destinationAddress, ipv4Options,
                ipv6DestinationOptions, protocol, source, destination, payloadLength, payloadSeed, payload,
                checksumMode, checksumValue, vxlan);
    }

    /**
     * A payload of {@code length} bytes drawn from {@code seed} with {@link java.util.Random},
     * whose algorithm its specification fixes, so a seed printed in a report rebuilds the frame.
     */
    public FrameBuilder withPayload(int length, long seed) {
        if (length < 0) {
            throw new IllegalArgumentException("payload length must not be negative: " + length);
        }
        return new FrameBuilder(sourceMac, destinationMac, vlan, sourceAddress, destinationAddress, ipv4Options,
                ipv6DestinationOptions, protocol, sourcePort, destinationPort, length, seed, null,
                checksumMode, checksumValue, vxlan);
    }

    /** A payload of {@code length} bytes from the current seed. */
    public FrameBuilder withPayloadLength(int length) {
        return withPayload(length, payloadSeed);
    }

    /** These exact payload bytes, for crafted cases. */
    public FrameBuilder withPayload(byte[] bytes) {
        return new FrameBuilder(sourceMac, destinationMac, vlan, sourceAddress, destinationAddress, ipv4Options,
                ipv6DestinationOptions, protocol, sourcePort, destinationPort, bytes.length, payloadSeed,
                bytes.clone(), checksumMode, checksumValue, vxlan);
    }

    public FrameBuilder withChecksumMode(ChecksumMode mode) {
        return new FrameBuilder(sourceMac, destinationMac, vlan, sourceAddress, destinationAddress, ipv4Options,
                ipv6DestinationOptions, protocol, sourcePort, destinationPort, payloadLength, payloadSeed, payload,
                Objects.requireNonNull(mode), OptionalInt.empty(), vxlan);
    }

    /** Writes exactly {@code value} into the L4 checksum field, for negative cases. */
    public FrameBuilder withChecksumValue(int value) {
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException("checksum must fit 16 bits: " + value);
        }
        return new FrameBuilder(sourceMac, destinationMac, vlan, sourceAddress, destinationAddress, ipv4Options,
                ipv6DestinationOptions, protocol, sourcePort, destinationPort, payloadLength, payloadSeed, payload,
                checksumMode, OptionalInt.of(value), vxlan);
    }

    /** VXLAN (RFC 7348) between 192.0.2.100 and 198.51.100.100; see the class comment. */
    public FrameBuilder withVxlan(int vni) {
        return withVxlan(vni, DEFAULT_OUTER_SRC, DEFAULT_OUTER_DST);
    }

    public FrameBuilder withVxlan(int vni, Inet4Address outerSource, Inet4Address outerDestination) {
        if (vni < 0 || vni > 0xFF_FFFF) {
            throw new IllegalArgumentException("VNI must fit 24 bits: " + vni);
        }
        Vxlan v = new Vxlan(vni, DocumentationAddresses.require(outerSource),
                DocumentationAddresses.require(outerDestination));
        return new FrameBuilder(sourceMac, destinationMac, vlan, sourceAddress, destinationAddress, ipv4Options,
                ipv6DestinationOptions, protocol, sourcePort, destinationPort, payloadLength, payloadSeed, payload,
                checksumMode, checksumValue, v);
    }

    public FrameBuilder withoutVxlan() {
        return new FrameBuilder(sourceMac, destinationMac, vlan, sourceAddress, destinationAddress, ipv4Options,
                ipv6DestinationOptions, protocol, sourcePort, destinationPort, payloadLength, payloadSeed, payload,
                checksumMode, checksumValue, null);
    }

    public IpVersion ipVersion() {
        return sourceAddress instanceof Inet4Address ? IpVersion.V4 : IpVersion.V6;
    }

    /**
     * The shape, for example {@code ipv4/udp/vxlan(vni=42)/ipv6/tcp vlan=100 payload=17}. The
     * checksum mode is not part of it: one shape is sent with several modes.
     */
    public String describe() {
        StringBuilder s = new StringBuilder();
        if (vxlan != null) {
            s.append("ipv4/udp/vxlan(vni=").append(vxlan.vni()).append(")/");
        }
        s.append(ipVersion());
        if (ipv4Options.length > 0) {
            s.append("+opts").append(ipv4Options.length);
        }
        if (ipv6DestinationOptions) {
            s.append("+dstopts");
        }
        s.append('/').append(protocol);
        if (vlan != null) {
            s.append(" vlan=").append(vlan.vid());
            if (vlan.pcp() != 0) {
                s.append(" pcp=").append(vlan.pcp());
            }
        }
        s.append(" payload=").append(payloadLength);
        return s.toString();
    }

    @Override
    public String toString() {
        String csum = checksumValue.isPresent()
                ? String.format("0x%04x", checksumValue.getAsInt())
                : checksumMode.name().toLowerCase(java.util.Locale.ROOT);
        return "FrameBuilder[" + describe() + " csum=" + csum + "]";
    }

    /** Lays out the frame; offsets are computed first, then each header is written once. */
    public Frame build() {
        int l2Length = ETHERNET_HEADER + (vlan != null ? 4 : 0);
        int outerL3 = l2Length;
        int outerL4 = outerL3 + IPV4_HEADER;
        int innerL2 = vxlan != null ? outerL4 + UDP_HEADER + VXLAN_HEADER : 0;
        int l3 = vxlan != null ? innerL2 + ETHERNET_HEADER : l2Length;
        int ipHeaderLength = ipVersion() == IpVersion.V4
                ? IPV4_HEADER + ipv4Options.length
                : IPV6_HEADER + (ipv6DestinationOptions ? DESTINATION_OPTIONS_LENGTH : 0);
        int l4 = l3 + ipHeaderLength;
        int payloadOffset = l4 + protocol.minHeaderLength();
        int total = payloadOffset + payloadLength;
        if (total - l3 > 0xFFFF || (vxlan != null && total - outerL3 > 0xFFFF)) {
            throw new IllegalArgumentException("frame of " + total + " bytes exceeds the IP length field");
        }

        byte[] b = new byte[total];
        if (vxlan != null) {
            writeEthernet(b, 0, sourceMac, destinationMac, vlan, IpVersion.V4.etherType());
            writeIpv4(b, outerL3, total - outerL3, new byte[0], L4Protocol.UDP, vxlan.source(), vxlan.destination());
            writeUdpHeader(b, outerL4, VXLAN_SOURCE_PORT, VXLAN_PORT, total - outerL4);
            writeVxlan(b, outerL4 + UDP_HEADER, vxlan.vni());
            writeEthernet(b, innerL2, INNER_SOURCE_MAC, INNER_DESTINATION_MAC, null, ipVersion().etherType());
        } else {
            writeEthernet(b, 0, sourceMac, destinationMac, vlan, ipVersion().etherType());
        }
        PseudoHeader pseudoHeader;
        if (ipVersion() == IpVersion.V4) {
            writeIpv4(b, l3, total - l3, ipv4Options, protocol, (Inet4Address) sourceAddress,
                    (Inet4Address) destinationAddress);
            pseudoHeader = new PseudoHeader.V4((Inet4Address) sourceAddress, (Inet4Address) destinationAddress,
                    protocol.number(), total - l4);
        } else {
            writeIpv6(b, l3, total - l3 - IPV6_HEADER);
            pseudoHeader = new PseudoHeader.V6((Inet6Address) sourceAddress, (Inet6Address) destinationAddress,
                    protocol.number(), total - l4);
        }
        switch (protocol) {
            case UDP -> writeUdpHeader(b, l4, sourcePort, destinationPort, total - l4);
            case TCP -> writeTcpHeader(b, l4);
        }
        System.arraycopy(payloadBytes(), 0, b, payloadOffset, payloadLength);

        int expected = Checksum.l4(pseudoHeader, b, l4);
        int partial = Checksum.pseudoHeaderPartial(pseudoHeader);
        int field = checksumValue.orElse(switch (checksumMode) {
            case FULL -> expected;
            case PARTIAL -> partial;
            case ZERO -> 0;
        });
        Bytes.put16(b, l4 + protocol.checksumOffset(), field);
        return new Frame(b, l3, l4, protocol, expected, partial, describe());
    }

    private byte[] payloadBytes() {
        if (payload != null) {
            return payload;
        }
        byte[] p = new byte[payloadLength];
        new Random(payloadSeed).nextBytes(p);
        return p;
    }

    private static void writeEthernet(byte[] b, int off, MacAddress src, MacAddress dst, Vlan tag, int etherType) {
        dst.write(b, off);
        src.write(b, off + 6);
        int p = off + 12;
        if (tag != null) {
            Bytes.put16(b, p, Vlan.TPID);
            Bytes.put16(b, p + 2, tag.tci());
            p += 4;
        }
        Bytes.put16(b, p, etherType);
    }

    /** RFC 791 §3.1; DF set and identification 0, since these frames are never fragmented. */
    private static void writeIpv4(byte[] b, int off, int totalLength, byte[] options, L4Protocol l4,
                                  Inet4Address src, Inet4Address dst) {
        int headerLength = IPV4_HEADER + options.length;
        b[off] = (byte) (0x40 | headerLength / 4);
        Bytes.put16(b, off + 2, totalLength);
        Bytes.put16(b, off + 6, 0x4000);
        b[off + 8] = (byte) TTL;
        b[off + 9] = (byte) l4.number();
        System.arraycopy(src.getAddress(), 0, b, off + 12, 4);
        System.arraycopy(dst.getAddress(), 0, b, off + 16, 4);
        System.arraycopy(options, 0, b, off + IPV4_HEADER, options.length);
        Bytes.put16(b, off + Checksum.IPV4_HEADER_CHECKSUM_OFFSET, Checksum.ipv4Header(b, off, headerLength));
    }

    /** RFC 8200 §3, optionally followed by a Destination Options header with one PadN option. */
    private void writeIpv6(byte[] b, int off, int payloadLen) {
        b[off] = 0x60;
        Bytes.put16(b, off + 4, payloadLen);
        b[off + 6] = (byte) (ipv6DestinationOptions ? IPV6_DESTINATION_OPTIONS : protocol.number());
        b[off + 7] = (byte) TTL;
        System.arraycopy(sourceAddress.getAddress(), 0, b, off + 8, 16);
        System.arraycopy(destinationAddress.getAddress(), 0, b, off + 24, 16);
        if (ipv6DestinationOptions) {
            int ext = off + IPV6_HEADER;
            b[ext] = (byte) protocol.number();
            b[ext + 1] = 0;          // Hdr Ext Len: 8-octet units beyond the first
            b[ext + 2] = 1;          // PadN (RFC 8200 §4.2)
            b[ext + 3] = 4;          // fills the remaining 4 bytes, which stay zero
        }
    }

    /** RFC 768; the checksum field is filled in last. */
    private static void writeUdpHeader(byte[] b, int off, int src, int dst, int length) {
        Bytes.put16(b, off, src);
        Bytes.put16(b, off + 2, dst);
        Bytes.put16(b, off + 4, length);
    }

    /** RFC 793 §3.1; the checksum field is filled in last. */
    private void writeTcpHeader(byte[] b, int off) {
        Bytes.put16(b, off, sourcePort);
        Bytes.put16(b, off + 2, destinationPort);
        Bytes.put32(b, off + 4, TCP_SEQUENCE);
        Bytes.put32(b, off + 8, TCP_ACKNOWLEDGEMENT);
        b[off + 12] = 0x50;          // data offset 5 words, no options
        b[off + 13] = (byte) TCP_ACK_PSH;
        Bytes.put16(b, off + 14, 0xFFFF);
    }

    /** RFC 7348 §5: flags with only the I bit, 24 reserved bits, VNI, 8 reserved bits. */
    private static void writeVxlan(byte[] b, int off, int vni) {
        b[off] = 0x08;
        Bytes.put32(b, off + 4, (long) vni << 8);
    }

    private static void checkPort(int port) {
        if (port < 0 || port > 0xFFFF) {
            throw new IllegalArgumentException("port must fit 16 bits: " + port);
        }
    }
}
