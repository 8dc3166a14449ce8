package io.xskc.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShippedDevicesTest {

    private final CapabilityLoader loader = Devices.loader();

    @ParameterizedTest
    @ValueSource(strings = {"veth.yaml", "mlx5.yaml", "igc.yaml", "stmmac.yaml"})
    void loads(String name) throws Exception {
        CapabilityFile f = loader.load(Devices.dir().resolve(name));
        assertThat(f.modes()).isNotEmpty();
        assertThat(f.thresholds().minSamples()).isEqualTo(10_000);
    }

    @Test
    void loadAllFindsEveryShippedFileAndAllLoad() throws IOException {
        List<LoadResult> results = loader.loadAll(Devices.dir());
        assertThat(results).extracting(r -> r.file().getFileName().toString())
                .contains("veth.yaml", "mlx5.yaml", "igc.yaml", "stmmac.yaml")
                .doesNotContain(CapabilityLoader.SCHEMA_FILE);
        assertThat(results).allSatisfy(r -> assertThat(r).isInstanceOf(LoadResult.Loaded.class));
    }

    @Test
    void vethIsTheNightlyCopyModeProfile() throws Exception {
        CapabilityFile f = loader.load(Devices.dir().resolve("veth.yaml"));
        assertThat(f.topology().peer()).isInstanceOf(PeerSpec.Veth.class);
        assertThat(f.topology().underTest().netns()).isEmpty();
        assertThat(f.topology().mtu()).isEqualTo(OptionalInt.of(9000));
        assertThat(f.modes()).containsExactly(Mode.COPY);
        ModeCapabilities copy = f.capabilities().get(Mode.COPY);
        assertThat(copy.declared()).containsExactlyInAnyOrder(
                Capability.TX_TIMESTAMP, Capability.TX_CHECKSUM, Capability.SW_CSUM, Capability.MULTI_BUFFER);
        assertThat(copy.declares(Capability.LAUNCH_TIME)).isFalse();
        assertThat(copy.timestampClock()).contains(ClockDomain.SOFTWARE_TAI);
        assertThat(copy.maxFragments()).isEqualTo(OptionalInt.of(17));
        assertThat(copy.txMetadataLength()).isEqualTo(24);
        assertThat(f.capabilitiesIn(Mode.ZEROCOPY)).isEmpty();
    }

    @Test
    void driverFilesDeclareWhatTheirTxMetadataOpsImplement() throws Exception {
        ModeCapabilities mlx5 = zeroCopy("mlx5.yaml");
        assertThat(mlx5.declared()).containsExactlyInAnyOrder(Capability.TX_TIMESTAMP, Capability.TX_CHECKSUM);
        ModeCapabilities igc = zeroCopy("igc.yaml");
        assertThat(igc.declared()).containsExactlyInAnyOrder(Capability.TX_TIMESTAMP, Capability.LAUNCH_TIME);
        ModeCapabilities stmmac = zeroCopy("stmmac.yaml");
        assertThat(stmmac.declared()).containsExactlyInAnyOrder(Capability.TX_TIMESTAMP, Capability.LAUNCH_TIME);
        for (ModeCapabilities m : List.of(mlx5, igc, stmmac)) {
            assertThat(m.timestampClock()).contains(ClockDomain.PHC);
            assertThat(m.declares(Capability.SW_CSUM)).isFalse();
        }
    }

    @Test
    void labFilesUseExistingPeers() throws Exception {
        for (String name : List.of("mlx5.yaml", "igc.yaml", "stmmac.yaml")) {
            CapabilityFile f = loader.load(Devices.dir().resolve(name));
            assertThat(f.topology().peer()).isInstanceOfSatisfying(PeerSpec.Existing.class,
                    p -> assertThat(p.iface().netns()).isEqualTo(Optional.of("xskc-lab-peer")));
            assertThat(f.modes()).containsExactly(Mode.COPY, Mode.ZEROCOPY);
        }
    }

    private ModeCapabilities zeroCopy(String name) throws Exception {
        return loader.load(Devices.dir().resolve(name)).capabilities().get(Mode.ZEROCOPY);
    }
}
