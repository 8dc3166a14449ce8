package io.xskc.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CapabilityLoaderTest {

    private final CapabilityLoader loader = Devices.loader();

    @Test
    void identifiersStayStringsQuotedOrNot() throws Exception {
        Path file = Path.of(getClass().getResource("identifiers.yaml").toURI());

        CapabilityFile f = loader.load(file);

        assertThat(f.device().name()).isEqualTo("16.35.2000");
        assertThat(f.device().pciId()).contains("0000:3b:00.0");
        assertThat(f.device().notes()).contains("0755");
        assertThat(f.topology().underTest()).isEqualTo(InterfaceRef.of("1234"));
        assertThat(f.topology().peer()).isEqualTo(new PeerSpec.Existing(new InterfaceRef("enp1s0f1", Optional.of("0755"))));
        assertThat(f.topology().queue()).isEqualTo(3);
    }

    /** Plain scalars that YAML 1.1 or a lax resolver would turn into numbers. */
    @ParameterizedTest
    @ValueSource(strings = {"82599", "16.35", "0755", "0x10", "12:30:00", "1e3", "true", "0000:3b:00.0"})
    void unquotedNumericLookingNamesAreRawText(String raw, @TempDir Path dir) throws Exception {
        Path file = write(dir, "device:\n  name: " + raw + "\n  driver: veth\n" + MINIMAL_REST);

        assertThat(loader.load(file).device().name()).isEqualTo(raw);
    }

    @Test
    void omittedSectionsTakeDefaults(@TempDir Path dir) throws Exception {
        CapabilityFile f = loader.load(write(dir, "device:\n  name: d\n  driver: veth\n" + MINIMAL_REST));

        assertThat(f.thresholds()).isEqualTo(Thresholds.DEFAULTS);
        assertThat(f.capabilities().get(Mode.COPY).txMetadataLength()).isEqualTo(24);
        assertThat(f.capabilities().get(Mode.COPY).declared()).isEmpty();
        assertThat(f.topology().mtu()).isEqualTo(OptionalInt.empty());
    }

    @Test
    void partialThresholdsKeepTheOtherDefaults(@TempDir Path dir) throws Exception {
        Path file = write(dir, "device:\n  name: d\n  driver: veth\n" + MINIMAL_REST
                + "thresholds:\n  tx-timestamp:\n    upper-tolerance-ns: 500\n  launch-time:\n    accuracy-ns:\n      p99.9: 7000\n      p50: 100\n");

        Thresholds t = loader.load(file).thresholds();

        assertThat(t.minSamples()).isEqualTo(10_000);
        assertThat(t.timestampLowerToleranceNs()).isZero();
        assertThat(t.timestampUpperToleranceNs()).isEqualTo(500);
        assertThat(t.launchTimeAccuracy()).containsExactly(new PercentileTarget(50, 100), new PercentileTarget(99.9, 7000));
        assertThat(t.launchTimeAccuracy()).extracting(PercentileTarget::key).containsExactly("p50", "p99.9");
    }

    @Test
    void oneBadFileDoesNotHideTheOthers(@TempDir Path dir) throws Exception {
        Files.copy(Devices.dir().resolve("veth.yaml"), dir.resolve("a-veth.yaml"));
        Files.copy(MalformedCapabilityFileTest.fixture("unknown-key.yaml"), dir.resolve("b-bad.yaml"));
        Files.copy(Devices.dir().resolve("igc.yaml"), dir.resolve("c-igc.yml"));
        Files.writeString(dir.resolve("ignored.txt"), "not a capability file");

        List<LoadResult> results = loader.loadAll(dir);

        assertThat(results).extracting(r -> r.file().getFileName().toString())
                .containsExactly("a-veth.yaml", "b-bad.yaml", "c-igc.yml");
        assertThat(results.get(0)).isInstanceOf(LoadResult.Loaded.class);
        assertThat(results.get(1)).isInstanceOfSatisfying(LoadResult.Failed.class, f -> {
            assertThat(f.error().line()).isEqualTo(4);
            assertThat(f.error().key()).isEqualTo("device.colour");
        });
        assertThat(results.get(2)).isInstanceOf(LoadResult.Loaded.class);
    }

    @Test
    void unreadableFileIsAPositionedError(@TempDir Path dir) {
        Path missing = dir.resolve("missing.yaml");

        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(CapabilityFileException.class, () -> loader.load(missing)))
                .satisfies(e -> {
                    assertThat(e.file()).isEqualTo(missing);
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.column()).isEqualTo(1);
                    assertThat(e.key()).isEmpty();
                });
    }

    private static final String MINIMAL_REST = """
            topology:
              under-test:
                ifname: xt0
              queue: 0
              peer: veth
            modes: [copy]
            capabilities:
              copy: {}
            """;

    private static Path write(Path dir, String text) throws IOException {
        return Files.writeString(dir.resolve("f.yaml"), text);
    }
}
