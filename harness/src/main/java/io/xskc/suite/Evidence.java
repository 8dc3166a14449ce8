package io.xskc.suite;

/**
 * Where a case puts what a reviewer needs to believe its verdict: pcaps, hex diffs, samples. The
 * engine files every attachment under the test that produced it, whichever thread attached it.
 */
public interface Evidence {
    void attach(String name, String mediaType, byte[] content);

    default void attachText(String name, String text) {
        attach(name, "text/plain", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    default void attachCsv(String name, String csv) {
        attach(name, "text/csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    default void attachPcap(String name, byte[] pcap) {
        attach(name, "application/vnd.tcpdump.pcap", pcap);
    }

    /** A key figure for the report, e.g. "frames" = "10000". */
    void note(String key, String value);
}
