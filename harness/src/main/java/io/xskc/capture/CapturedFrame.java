package io.xskc.capture;

import io.xskc.kernel.Linux;

/**
 * One frame as the peer's kernel delivered it, with the tpacket_auxdata status that says what the
 * kernel knew about its checksum.
 *
 * @param bytes          the frame, with an 802.1Q tag put back in place if the kernel had moved it
 *                       to metadata (it always does on receive)
 * @param wireLength     length on the wire (tp_len), which may exceed {@code bytes} when truncated
 * @param status         tp_status bits (TP_STATUS_*)
 * @param vlanReinserted whether a tag was reinserted from tp_vlan_tci
 */
public record CapturedFrame(byte[] bytes, int wireLength, int status, boolean vlanReinserted) {
    /**
     * TP_STATUS_CSUMNOTREADY: the skb arrived CHECKSUM_PARTIAL, so its checksum field still holds
     * the pseudo-header sum and nobody has finished it.
     */
    public boolean checksumNotReady() {
        return (status & Linux.TP_STATUS_CSUMNOTREADY) != 0;
    }

    public boolean truncated() {
        return wireLength > bytes.length;
    }
}
