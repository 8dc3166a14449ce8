package io.xskc.report.bundle;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * RFC 7468 textual encoding, written by hand: the JDK's PEM API is still a preview in Java 25.
 */
final class Pem {

    static final String PRIVATE_KEY = "PRIVATE KEY";
    static final String PUBLIC_KEY = "PUBLIC KEY";

    private Pem() {
    }

    static byte[] encode(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        String text = "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** The DER inside the one block labelled {@code label}; text around the block is ignored, as openssl does. */
    static byte[] decode(String label, byte[] pem) {
        String text = new String(pem, StandardCharsets.US_ASCII);
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = text.indexOf(begin);
        if (from < 0) {
            throw new IllegalArgumentException("no '" + begin + "' line");
        }
        if (text.indexOf(begin, from + begin.length()) >= 0) {
            throw new IllegalArgumentException("more than one '" + begin + "' block");
        }
        int to = text.indexOf(end, from);
        if (to < 0) {
            throw new IllegalArgumentException("no '" + end + "' line");
        }
        String body = text.substring(from + begin.length(), to).replaceAll("\\s+", "");
        try {
            return Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad base64 in the " + label + " block: " + e.getMessage(), e);
        }
    }
}
