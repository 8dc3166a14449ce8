package io.xskc.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "abcdefghijklmnop", "eth0:1", "a/b", "a b", "tab\tx", ".", ".."})
    void rejectsNamesTheKernelRejects(String ifname) {
        assertThatIllegalArgumentException().isThrownBy(() -> InterfaceRef.of(ifname));
    }

    @ParameterizedTest
    @ValueSource(strings = {"eth0", "enp59s0f0np0", "abcdefghijklmno", "veth-xt.0", "1234"})
    void acceptsValidNames(String ifname) {
        assertThat(InterfaceRef.of(ifname).ifname()).isEqualTo(ifname);
    }

    @Test
    void metadataLengthRules() {
        assertThat(ModeCapabilities.txMetadataLengthProblem(24)).isEmpty();
        assertThat(ModeCapabilities.txMetadataLengthProblem(248)).isEmpty();
        assertThat(ModeCapabilities.txMetadataLengthProblem(16)).isPresent();
        assertThat(ModeCapabilities.txMetadataLengthProblem(256)).isPresent();
        assertThat(ModeCapabilities.txMetadataLengthProblem(36)).isPresent();
    }

    @Test
    void declarationsCarryTheirParameters() {
        var caps = new ModeCapabilities(EnumSet.of(Capability.TX_TIMESTAMP, Capability.MULTI_BUFFER),
                Optional.of(ClockDomain.PHC), OptionalInt.of(4), 24);
        assertThat(caps.declares(Capability.TX_TIMESTAMP)).isTrue();
        assertThat(caps.declares(Capability.TX_CHECKSUM)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() ->
                new ModeCapabilities(Set.of(Capability.TX_TIMESTAMP), Optional.empty(), OptionalInt.empty(), 24));
        assertThatIllegalArgumentException().isThrownBy(() ->
                new ModeCapabilities(Set.of(Capability.MULTI_BUFFER), Optional.empty(), OptionalInt.of(18), 24));
    }

    @Test
    void yamlNames() {
        assertThat(Mode.fromYaml("zero-copy")).contains(Mode.ZEROCOPY);
        assertThat(Mode.fromYaml("ZEROCOPY")).isEmpty();
        assertThat(Capability.fromYaml("multi-buffer")).contains(Capability.MULTI_BUFFER);
        assertThat(ClockDomain.fromYaml("software-tai")).contains(ClockDomain.SOFTWARE_TAI);
    }

    @Test
    void topologyRefusesAPeerEqualToTheInterfaceUnderTest() {
        InterfaceRef eth = InterfaceRef.of("eth1");
        assertThatIllegalArgumentException().isThrownBy(() ->
                new TopologySpec(eth, 0, new PeerSpec.Existing(eth), OptionalInt.empty()));
    }
}
