package io.xskc.packet;

import java.net.InetAddress;

/**
 * The documentation ranges generated frames must stay in, so a frame that escapes a lab never
 * addresses a real host: 192.0.2.0/24 and 198.51.100.0/24 (RFC 5737), 2001:db8::/32 (RFC 3849).
 */
final class DocumentationAddresses {
    private DocumentationAddresses() {
    }

    static boolean contains(InetAddress address) {
        byte[] a = address.getAddress();
        if (a.length == 4) {
            int b0 = a[0] & 0xFF;
            int b1 = a[1] & 0xFF;
            int b2 = a[2] & 0xFF;
            return b0 == 192 && b1 == 0 && b2 == 2 || b0 == 198 && b1 == 51 && b2 == 100;
        }
        return (a[0] & 0xFF) == 0x20 && (a[1] & 0xFF) == 0x01 && (a[2] & 0xFF) == 0x0D && (a[3] & 0xFF) == 0xB8;
    }

    static <A extends InetAddress> A require(A address) {
        if (!contains(address)) {
            throw new IllegalArgumentException(address.getHostAddress()
                    + " is not in a documentation range (192.0.2.0/24, 198.51.100.0/24, 2001:db8::/32)");
        }
        return address;
    }
}
