package io.xskc.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each fixture holds one mistake; positions were counted by hand in the fixture (1-based). */
class MalformedCapabilityFileTest {

    private final CapabilityLoader loader = Devices.loader();

    @ParameterizedTest(name = "{0} -> {1}:{2} {3}")
    @CsvSource(delimiter = '|', nullValues = "-", emptyValue = "", textBlock = """
            unknown-key.yaml                 |  4 |  3 | device.colour                                 | unknown key 'colour'
            duplicate-key.yaml               |  4 |  3 | device.name                                   | duplicate key 'name'
            wrong-type-list-for-int.yaml     |  7 | 10 | topology.queue                                | expected an integer, found a list
            string-for-int.yaml              |  7 | 10 | topology.queue                                | expected an integer, found string "3"
            int-for-string.yaml              |  3 | 11 | device.driver                                 | expected a string, found integer 5
            string-for-boolean.yaml          | 12 | 18 | capabilities.copy.tx-checksum                 | expected true or false, found string "yes"
            queue-negative.yaml              |  7 | 10 | topology.queue                                | minimum
            mtu-too-small.yaml               |  9 |  8 | topology.mtu                                  | minimum
            mtu-too-large.yaml               |  9 |  8 | topology.mtu                                  | maximum
            fragments-too-many.yaml          | 13 | 22 | capabilities.copy.multi-buffer.max-fragments  | 1..17, got 18
            fragments-zero.yaml              | 13 | 22 | capabilities.copy.multi-buffer.max-fragments  | 1..17, got 0
            metadata-length-20.yaml          | 12 | 25 | capabilities.copy.tx-metadata-length          | at least 24 (sizeof(struct xsk_tx_metadata))
            metadata-length-256.yaml         | 12 | 25 | capabilities.copy.tx-metadata-length          | 256
            metadata-length-30.yaml          | 12 | 25 | capabilities.copy.tx-metadata-length          | multiple of 8
            unknown-mode.yaml                |  9 | 15 | modes[1]                                      | turbo
            duplicate-mode.yaml              |  9 | 15 | modes[1]                                      | duplicate entry
            unknown-capability.yaml          | 13 |  5 | capabilities.copy.turbo-boost                 | unknown key 'turbo-boost'
            missing-required.yaml            |  4 |  1 | topology.queue                                | missing required key 'queue'
            bad-ifname-colon.yaml            |  6 | 13 | topology.under-test.ifname                    | eth0:1
            bad-ifname-too-long.yaml         |  6 | 13 | topology.under-test.ifname                    | abcdefghijklmnop
            empty.yaml                       |  1 |  1 | ''                                            | file is empty
            invalid-syntax.yaml              | 10 | 13 | modes[0]                                      | invalid YAML
            peer-not-veth.yaml               |  8 |  9 | topology.peer                                 | veth
            sw-csum-in-zero-copy.yaml        | 12 |  5 | capabilities.zero-copy.sw-csum                | copy mode only
            phc-in-copy-mode.yaml            | 13 | 14 | capabilities.copy.tx-timestamp.clock          | software-tai
            veth-with-netns.yaml             |  7 | 12 | topology.under-test.netns                     | veth peer
            mode-without-capabilities.yaml   |  9 | 15 | modes[1]                                      | no zero-copy entry
            alias.yaml                       |  4 | 10 | device.notes                                  | aliases
            two-documents.yaml               | 14 |  1 | ''                                            | one YAML document
            unknown-top-level-key.yaml       | 10 |  1 | mode                                          | unknown key 'mode'
            bad-percentile.yaml              | 16 |  7 | thresholds.launch-time.accuracy-ns.q99        | q99
            """)
    void isRejectedAtTheOffendingPlace(String fixture, int line, int column, String key, String says) throws Exception {
        Path file = fixture(fixture);

        CapabilityFileException e = catchThrowableOfType(CapabilityFileException.class, () -> loader.load(file));

        assertThat(e).as("%s must be rejected", fixture).isNotNull();
        assertThat(e.file()).isEqualTo(file);
        assertThat(e.line()).as("line of %s", e.getMessage()).isEqualTo(line);
        assertThat(e.column()).as("column of %s", e.getMessage()).isEqualTo(column);
        assertThat(e.key()).as("key of %s", e.getMessage()).isEqualTo(key);
        assertThat(e.problem()).contains(says);
        assertThat(e.getMessage()).isEqualTo(
                file + ":" + line + ":" + column + ": " + (key.isEmpty() ? "(document)" : key) + ": " + e.problem());
    }

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(MalformedCapabilityFileTest.class.getResource("malformed/" + name).toURI());
    }
}
