package io.xskc.device;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Validates a parsed tree against devices/capability.schema.json and places the first violation. */
final class SchemaCheck {

    private final Schema schema;

    SchemaCheck(Path schemaFile) {
        this(read(schemaFile));
    }

    SchemaCheck(String schemaText) {
        JsonNode node = JsonMapper.shared().readTree(schemaText);
        this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(node);
    }

    private static String read(Path schemaFile) {
        try {
            return Files.readString(schemaFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read capability schema " + schemaFile, e);
        }
    }

    List<Error> violations(JsonNode root) {
        return schema.validate(root);
    }

    void check(YamlTree tree) throws CapabilityFileException {
        Optional<Placed> first = violations(tree.root()).stream()
                .map(e -> place(tree, e))
                .min(Comparator.comparing(Placed::at));
        if (first.isPresent()) {
            Placed p = first.get();
            throw new CapabilityFileException(tree.file(), p.at().line(), p.at().column(), p.key().toString(), p.problem());
        }
    }

    private record Placed(Position at, KeyPath key, String problem) {}

    private static Placed place(YamlTree tree, Error e) {
        KeyPath instance = keyPath(e.getInstanceLocation());
        String keyword = e.getKeyword() == null ? "" : e.getKeyword();
        return switch (keyword) {
            case "additionalProperties" -> {
                KeyPath k = instance.child(e.getProperty());
                yield new Placed(tree.at(k).keyOrValue(), k, "unknown key '" + e.getProperty() + "'");
            }
            case "required" -> {
                KeyPath k = instance.child(e.getProperty());
                yield new Placed(tree.at(instance).keyOrValue(), k, "missing required key '" + e.getProperty() + "'");
            }
            case "uniqueItems" -> {
                KeyPath k = firstDuplicate(tree, instance);
                yield new Placed(tree.at(k).value(), k, "duplicate entry " + tree.node(k).map(Binder::describe).orElse(""));
            }
            default -> {
                KeyPath k = e.getProperty() != null && tree.index().containsKey(instance.child(e.getProperty()))
                        ? instance.child(e.getProperty()) : instance;
                boolean onKey = keyword.equals("propertyNames");
                Position at = onKey ? tree.at(k).keyOrValue() : tree.at(k).value();
                String found = onKey ? "" : tree.node(k).filter(JsonNode::isValueNode)
                        .map(n -> " (found " + Binder.describe(n) + ")").orElse("");
                yield new Placed(at, k, tree.node(k).flatMap(n -> explain(k, n)).orElse(stripLocation(e) + found));
            }
        };
    }

    /** The model's own wording for rules it shares with the schema, which says why and not only what. */
    private static Optional<String> explain(KeyPath k, JsonNode n) {
        List<Object> s = k.segments();
        Object last = s.isEmpty() ? "" : s.getLast();
        if (n.isString() && last.equals("ifname")) {
            return InterfaceRef.ifnameProblem(n.asString());
        } else if (n.isString() && last.equals("netns")) {
            return InterfaceRef.netnsProblem(n.asString());
        } else if (n.canConvertToInt() && last.equals("tx-metadata-length")) {
            return ModeCapabilities.txMetadataLengthProblem(n.asInt());
        } else if (n.canConvertToInt() && last.equals("max-fragments")) {
            return ModeCapabilities.maxFragmentsProblem(n.asInt());
        }
        return Optional.empty();
    }

    private static KeyPath firstDuplicate(YamlTree tree, KeyPath array) {
        JsonNode a = tree.node(array).orElseThrow();
        for (int i = 1; i < a.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (a.get(i).equals(a.get(j))) {
                    return array.index(i);
                }
            }
        }
        return array;
    }

    private static KeyPath keyPath(NodePath p) {
        KeyPath k = KeyPath.ROOT;
        for (int i = 0; i < p.getNameCount(); i++) {
            k = p.getElement(i) instanceof Integer n ? k.index(n) : k.child(p.getName(i));
        }
        return k;
    }

    // The library prefixes messages with the instance location; ours come with their own.
    private static String stripLocation(Error e) {
        String m = e.getMessage();
        String prefix = e.getInstanceLocation() + ": ";
        return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
    }
}
