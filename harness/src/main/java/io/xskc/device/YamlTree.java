package io.xskc.device;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.JacksonYAMLParseException;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * A capability file read into a JSON tree, with the position of every key and value, so that
 * later checks (binding, schema, semantics) can point at the offending text.
 *
 * <p>Identifier fields keep the raw scalar text whatever it looks like: a device called 82599,
 * notes reading 0755, a PCI id 0000:3b:00.0. Jackson's YAML 1.2 resolution would otherwise turn
 * some of them into numbers (it already leaves 0755, 0x10 and 12:30 as strings, so YAML 1.1
 * octal and sexagesimal forms never become numbers anywhere).
 */
record YamlTree(Path file, JsonNode root, Map<KeyPath, Located> index) {

    /** Where a node's key (absent for list items and the root) and its value start. */
    record Located(Optional<Position> key, Position value) {
        Position keyOrValue() {
            return key.orElse(value);
        }
    }

    private static final Set<KeyPath> IDENTIFIERS = Set.of(
            KeyPath.ROOT.child("device").child("name"),
            KeyPath.ROOT.child("device").child("pci-id"),
            KeyPath.ROOT.child("device").child("notes"));

    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate Object property \"(.*)\"");

    Located at(KeyPath path) {
        for (KeyPath p = path; ; p = p.parent()) {
            Located l = index.get(p);
            if (l != null || p.isRoot()) {
                return l != null ? l : new Located(Optional.empty(), Position.START);
            }
        }
    }

    Optional<JsonNode> node(KeyPath path) {
        JsonNode n = root;
        for (Object s : path.segments()) {
            n = s instanceof Integer i ? n.get(i) : n.get((String) s);
            if (n == null) {
                return Optional.empty();
            }
        }
        return Optional.of(n);
    }

    static YamlTree parse(Path file, String text) throws CapabilityFileException {
        Map<KeyPath, Located> index = new HashMap<>();
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new CapabilityFileException(file, 1, 1, "", "file is empty: expected a mapping with device, topology, modes and capabilities");
            }
            if (first != JsonToken.START_OBJECT) {
                Position at = position(p.currentTokenLocation());
                throw new CapabilityFileException(file, at.line(), at.column(), "", "the document must be a mapping, found " + describe(first));
            }
            JsonNode root = new Reader(file, p, index).value(KeyPath.ROOT, Optional.empty());
            if (p.nextToken() != null) {
                Position at = position(p.currentTokenLocation());
                throw new CapabilityFileException(file, at.line(), at.column(), "", "a capability file holds exactly one YAML document");
            }
            return new YamlTree(file, root, Map.copyOf(index));
        } catch (JacksonYAMLParseException e) {
            throw syntaxError(file, e);
        } catch (StreamReadException e) {
            throw duplicateOrOther(file, text, e);
        } catch (JacksonException e) {
            Position at = position(e.getLocation());
            throw new CapabilityFileException(file, at.line(), at.column(), "", e.getOriginalMessage(), e);
        }
    }

    /** Reads one value and everything below it, recording positions. */
    private record Reader(Path file, JsonParser p, Map<KeyPath, Located> index) {

        JsonNode value(KeyPath path, Optional<Position> keyAt) throws CapabilityFileException {
            Position at = position(p.currentTokenLocation());
            rejectAlias(path, at);
            index.put(path, new Located(keyAt, at));
            JsonNodeFactory nodes = JsonNodeFactory.instance;
            JsonToken t = p.currentToken();
            return switch (t) {
                case START_OBJECT -> {
                    ObjectNode o = nodes.objectNode();
                    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                        String name = p.currentName();
                        Position nameAt = position(p.currentTokenLocation());
                        p.nextToken();
                        o.set(name, value(path.child(name), Optional.of(nameAt)));
                    }
                    yield o;
                }
                case START_ARRAY -> {
                    ArrayNode a = nodes.arrayNode();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        a.add(value(path.index(a.size()), Optional.empty()));
                    }
                    yield a;
                }
                case VALUE_NULL -> nodes.nullNode();
                default -> IDENTIFIERS.contains(path) ? nodes.textNode(p.getString()) : scalar(t);
            };
        }

        private JsonNode scalar(JsonToken t) {
            JsonNodeFactory nodes = JsonNodeFactory.instance;
            return switch (t) {
                case VALUE_TRUE -> nodes.booleanNode(true);
                case VALUE_FALSE -> nodes.booleanNode(false);
                case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
                    case INT -> nodes.numberNode(p.getIntValue());
                    case LONG -> nodes.numberNode(p.getLongValue());
                    default -> nodes.numberNode(p.getBigIntegerValue());
                };
                case VALUE_NUMBER_FLOAT -> nodes.numberNode(p.getDecimalValue());
                default -> nodes.textNode(p.getString());
            };
        }

        // Jackson hands an alias over as its anchor's name, which would silently be wrong here.
        private void rejectAlias(KeyPath path, Position at) throws CapabilityFileException {
            if (p instanceof YAMLParser y && y.isCurrentAlias()) {
                throw new CapabilityFileException(file, at.line(), at.column(), path.toString(),
                        "YAML aliases are not supported in capability files");
            }
        }
    }

    private static CapabilityFileException syntaxError(Path file, JacksonYAMLParseException e) {
        Position at = position(e.getLocation());
        String what = e.getCause() instanceof MarkedYamlEngineException m
                ? (m.getContext() != null ? m.getContext() + ": " : "") + m.getProblem()
                : e.getOriginalMessage().lines().findFirst().orElse("syntax error");
        return new CapabilityFileException(file, at.line(), at.column(), contextPath(e), "invalid YAML: " + what, e);
    }

    private static CapabilityFileException duplicateOrOther(Path file, String text, StreamReadException e) {
        Position at = position(e.getLocation());
        Matcher m = DUPLICATE.matcher(e.getOriginalMessage());
        if (!m.find()) {
            return new CapabilityFileException(file, at.line(), at.column(), contextPath(e), e.getOriginalMessage(), e);
        }
        String name = m.group(1);
        // The parser stands just past the repeated key; point at the key itself.
        KeyPath parent = e.processor() instanceof JsonParser p ? path(p.streamReadContext()).parent() : KeyPath.ROOT;
        int column = keyStart(text, at, name);
        return new CapabilityFileException(file, at.line(), column, parent.child(name).toString(),
                "duplicate key '" + name + "'", e);
    }

    private static int keyStart(String text, Position end, String name) {
        String line = text.lines().skip(end.line() - 1L).findFirst().orElse("");
        int last = Math.min(end.column() - 2, line.length() - 1);
        while (last >= 0 && line.charAt(last) == ' ') {
            last--;
        }
        if (last < 0) {
            return end.column();
        }
        char c = line.charAt(last);
        if (c == '"' || c == '\'') {
            int open = line.lastIndexOf(c, last - 1);
            return open >= 0 ? open + 1 : end.column();
        }
        int start = last - name.length() + 1;
        return start >= 0 && line.startsWith(name, start) ? start + 1 : end.column();
    }

    private static String contextPath(JacksonException e) {
        return e.processor() instanceof JsonParser p ? path(p.streamReadContext()).toString() : "";
    }

    private static KeyPath path(TokenStreamContext ctx) {
        if (ctx == null || ctx.inRoot()) {
            return KeyPath.ROOT;
        }
        KeyPath parent = path(ctx.getParent());
        if (ctx.inArray()) {
            return parent.index(Math.max(ctx.getCurrentIndex(), 0));
        }
        return ctx.currentName() == null ? parent : parent.child(ctx.currentName());
    }

    static Position position(TokenStreamLocation l) {
        if (l == null || l.getLineNr() < 1) {
            return Position.START;
        }
        return new Position(l.getLineNr(), Math.max(l.getColumnNr(), 1));
    }

    static String describe(JsonToken t) {
        return switch (t) {
            case START_ARRAY -> "a list";
            case START_OBJECT -> "a mapping";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "an integer";
            case VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.toString();
        };
    }
}
