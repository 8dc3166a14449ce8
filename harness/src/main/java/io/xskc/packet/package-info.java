/**
 * Frames the harness sends and the means to judge what came back: an RFC 1071 checksum, an
 * immutable {@link io.xskc.packet.FrameBuilder} for Ethernet/802.1Q/IPv4/IPv6/UDP/TCP/VXLAN
 * frames, an independent {@link io.xskc.packet.FrameParser}, classic pcap files and a readable
 * {@link io.xskc.packet.HexDiff}.
 *
 * <p>Everything here is pure Java over byte arrays: no kernel, no FFM, so it is testable
 * anywhere and trusted as the reference the verdicts are computed from.
 */
package io.xskc.packet;
