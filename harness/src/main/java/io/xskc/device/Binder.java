package io.xskc.device;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/** Binds a parsed tree to {@link CapabilityDocument} strictly, then to the model with the cross-field rules. */
final class Binder {

    private static final KeyPath CAPABILITIES = KeyPath.ROOT.child("capabilities");
    private static final KeyPath TOPOLOGY = KeyPath.ROOT.child("topology");

    // No scalar coercion at all: "9000" is not an integer, 1 is not a string, "true" is not a boolean.
    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfigDefaults(c -> {
                for (CoercionInputShape shape : CoercionInputShape.values()) {
                    c.setCoercion(shape, CoercionAction.Fail);
                }
            })
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .build();

    CapabilityDocument bind(YamlTree tree) throws CapabilityFileException {
        try {
            return mapper.treeToValue(tree.root(), CapabilityDocument.class);
        } catch (JacksonException e) {
            throw bindingError(tree, e);
        }
    }

    private static CapabilityFileException bindingError(YamlTree tree, JacksonException e) {
        KeyPath path = KeyPath.ROOT;
        for (JacksonException.Reference r : e.getPath()) {
            path = r.getPropertyName() != null ? path.child(r.getPropertyName()) : path.index(r.getIndex());
        }
        if (e instanceof UnrecognizedPropertyException u) {
            Position at = tree.at(path).keyOrValue();
            return new CapabilityFileException(tree.file(), at.line(), at.column(), path.toString(),
                    "unknown key '" + u.getPropertyName() + "' (expected one of: "
                            + String.join(", ", u.getKnownPropertyIds().stream().map(Object::toString).sorted().toList()) + ")", e);
        }
        Position at = tree.at(path).value();
        String found = tree.node(path).map(Binder::describe).orElse("nothing");
        String problem = switch (e) {
            case InputCoercionException ignored -> "integer out of range: " + found;
            case MismatchedInputException m when m.getTargetType() != null ->
                    "expected " + expected(m.getTargetType()) + ", found " + found;
            default -> e.getOriginalMessage().lines().findFirst().orElse("cannot bind");
        };
        return new CapabilityFileException(tree.file(), at.line(), at.column(), path.toString(), problem, e);
    }

    private static String expected(Class<?> type) {
        if (type == String.class) {
            return "a string";
        } else if (type == Long.class || type == long.class) {
            return "an integer";
        } else if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        } else if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "a mapping";
    }

    static String describe(JsonNode n) {
        if (n.isString()) {
            return "string \"" + n.asString() + "\"";
        } else if (n.isIntegralNumber()) {
            return "integer " + n.asString();
        } else if (n.isNumber()) {
            return "number " + n.asString();
        } else if (n.isBoolean()) {
            return "boolean " + n.asString();
        } else if (n.isNull()) {
            return "null";
        }
        return n.isArray() ? "a list" : "a mapping";
    }

    /** The document has passed the schema: required fields are present and within range. */
    CapabilityFile toModel(YamlTree tree, CapabilityDocument doc) throws CapabilityFileException {
        var rules = new Rules(tree);
        DeviceInfo device = rules.guard(KeyPath.ROOT.child("device"), () -> new DeviceInfo(
                doc.device().name(), doc.device().driver(),
                Optional.ofNullable(doc.device().pciId()), Optional.ofNullable(doc.device().notes())));
        TopologySpec topology = topology(rules, doc.topology());
        List<Mode> modes = new ArrayList<>();
        for (String name : doc.modes()) {
            modes.add(Mode.fromYaml(name).orElseThrow());
        }
        Map<Mode, ModeCapabilities> capabilities = new EnumMap<>(Mode.class);
        put(rules, capabilities, Mode.COPY, doc.capabilities().copy());
        put(rules, capabilities, Mode.ZEROCOPY, doc.capabilities().zeroCopy());
        for (int i = 0; i < modes.size(); i++) {
            if (!capabilities.containsKey(modes.get(i))) {
                throw rules.error(KeyPath.ROOT.child("modes").index(i), false,
                        "mode " + modes.get(i) + " is listed but capabilities has no " + modes.get(i) + " entry");
            }
        }
        Thresholds thresholds = thresholds(rules, doc.thresholds());
        return rules.guard(KeyPath.ROOT, () -> new CapabilityFile(tree.file(), device, topology, modes, capabilities, thresholds));
    }

    private static TopologySpec topology(Rules rules, CapabilityDocument.Topology t) throws CapabilityFileException {
        KeyPath underTestAt = TOPOLOGY.child("under-test");
        InterfaceRef underTest = rules.guard(underTestAt, () -> iface(t.underTest()));
        PeerSpec peer;
        if (t.peer().isString()) {
            peer = new PeerSpec.Veth();
            if (underTest.netns().isPresent()) {
                throw rules.error(underTestAt.child("netns"), false,
                        "with a veth peer xskc creates and names the namespaces itself; remove netns");
            }
        } else {
            JsonNode p = t.peer();
            peer = new PeerSpec.Existing(rules.guard(TOPOLOGY.child("peer"), () -> new InterfaceRef(
                    p.get("ifname").asString(), Optional.ofNullable(p.get("netns")).map(JsonNode::asString))));
            if (((PeerSpec.Existing) peer).iface().equals(underTest)) {
                throw rules.error(TOPOLOGY.child("peer"), true, "the peer must not be the interface under test");
            }
        }
        OptionalInt mtu = t.mtu() == null ? OptionalInt.empty() : OptionalInt.of(Math.toIntExact(t.mtu()));
        PeerSpec finalPeer = peer;
        return rules.guard(TOPOLOGY, () -> new TopologySpec(underTest, Math.toIntExact(t.queue()), finalPeer, mtu));
    }

    private static InterfaceRef iface(CapabilityDocument.Interface i) {
        return new InterfaceRef(i.ifname(), Optional.ofNullable(i.netns()));
    }

    private static void put(Rules rules, Map<Mode, ModeCapabilities> into, Mode mode, CapabilityDocument.PerMode m)
            throws CapabilityFileException {
        if (m == null) {
            return;
        }
        KeyPath at = CAPABILITIES.child(mode.yamlName());
        Set<Capability> declared = EnumSet.noneOf(Capability.class);
        Optional<ClockDomain> clock = Optional.empty();
        if (m.txTimestamp() != null) {
            declared.add(Capability.TX_TIMESTAMP);
            clock = ClockDomain.fromYaml(m.txTimestamp().clock());
            if (mode == Mode.COPY && clock.orElseThrow() == ClockDomain.PHC) {
                throw rules.error(at.child("tx-timestamp").child("clock"), false,
                        "copy mode stamps in software, in CLOCK_TAI, when the skb is freed: use software-tai");
            }
        }
        if (Boolean.TRUE.equals(m.txChecksum())) {
            declared.add(Capability.TX_CHECKSUM);
        }
        if (Boolean.TRUE.equals(m.launchTime())) {
            declared.add(Capability.LAUNCH_TIME);
        }
        if (Boolean.TRUE.equals(m.swCsum())) {
            if (mode != Mode.COPY) {
                throw rules.error(at.child("sw-csum"), true, "XDP_UMEM_TX_SW_CSUM applies in copy mode only");
            }
            declared.add(Capability.SW_CSUM);
        }
        OptionalInt fragments = OptionalInt.empty();
        if (m.multiBuffer() != null) {
            declared.add(Capability.MULTI_BUFFER);
            fragments = OptionalInt.of(Math.toIntExact(m.multiBuffer().maxFragments()));
        }
        int length = m.txMetadataLength() == null ? ModeCapabilities.XSK_TX_METADATA_SIZE : Math.toIntExact(m.txMetadataLength());
        Optional<ClockDomain> c = clock;
        OptionalInt f = fragments;
        into.put(mode, rules.guard(at, () -> new ModeCapabilities(declared, c, f, length)));
    }

    private static Thresholds thresholds(Rules rules, CapabilityDocument.ThresholdsDoc t) throws CapabilityFileException {
        Thresholds d = Thresholds.DEFAULTS;
        if (t == null) {
            return d;
        }
        long lower = d.timestampLowerToleranceNs();
        long upper = d.timestampUpperToleranceNs();
        if (t.txTimestamp() != null) {
            lower = t.txTimestamp().lowerToleranceNs() != null ? t.txTimestamp().lowerToleranceNs() : lower;
            upper = t.txTimestamp().upperToleranceNs() != null ? t.txTimestamp().upperToleranceNs() : upper;
        }
        List<PercentileTarget> accuracy = d.launchTimeAccuracy();
        if (t.launchTime() != null && t.launchTime().accuracyNs() != null) {
            accuracy = t.launchTime().accuracyNs().entrySet().stream()
                    .map(e -> new PercentileTarget(Double.parseDouble(e.getKey().substring(1)), e.getValue()))
                    .toList();
        }
        int minSamples = t.minSamples() != null ? Math.toIntExact(t.minSamples()) : d.minSamples();
        long lo = lower;
        long up = upper;
        List<PercentileTarget> acc = accuracy;
        return rules.guard(KeyPath.ROOT.child("thresholds"), () -> new Thresholds(minSamples, lo, up, acc));
    }

    /** Turns rule violations into positioned errors. */
    private record Rules(YamlTree tree) {

        interface Build<T> {
            T get();
        }

        /** The model's own invariants should already hold; if one does not, say where. */
        <T> T guard(KeyPath at, Build<T> build) throws CapabilityFileException {
            try {
                return build.get();
            } catch (IllegalArgumentException | ArithmeticException e) {
                throw error(at, true, e.getMessage());
            }
        }

        CapabilityFileException error(KeyPath at, boolean atKey, String problem) {
            YamlTree.Located l = tree.at(at);
            Position p = atKey ? l.keyOrValue() : l.value();
            return new CapabilityFileException(tree.file(), p.line(), p.column(), at.toString(), problem);
        }
    }
}
