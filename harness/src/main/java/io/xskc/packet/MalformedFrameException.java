package io.xskc.packet;

import java.util.Locale;

/**
 * A frame {@link FrameParser} cannot take apart. The message names the field and its absolute
 * offset, for example {@code truncated: IPv4 total length at offset 16: says 46 bytes, 30 present}.
 * Unchecked, because a capture that fails to parse is a test outcome, not a recoverable state.
 */
public final class MalformedFrameException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why parsing stopped; lets a capture filter skip foreign traffic but not broken frames. */
    public enum Kind {
        /** A header or a length field reaches beyond the bytes present. */
        TRUNCATED,
        /** A field contradicts the standard or another field. */
        INCONSISTENT,
        /** Well-formed, perhaps, but not a shape the harness builds (ARP, fragments, ICMP, ...). */
        UNSUPPORTED
    }

    private final Kind kind;
    private final String field;
    private final int offset;

    public MalformedFrameException(Kind kind, String field, int offset, String detail) {
        super(kind.name().toLowerCase(Locale.ROOT) + ": " + field + " at offset " + offset + ": " + detail);
        this.kind = kind;
        this.field = field;
        this.offset = offset;
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }

    /** Absolute offset of the field in the frame. */
    public int offset() {
        return offset;
    }
}
