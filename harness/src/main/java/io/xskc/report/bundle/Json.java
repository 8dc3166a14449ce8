package io.xskc.report.bundle;

import java.util.Arrays;
import java.util.Map;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * identity.json and summary.json, built as trees so key order is fixed by this code, and printed
 * with "\n" line ends whatever the platform: the bundle's bytes must not depend on where it was made.
 */
final class Json {

    /** Changes when summary.json changes incompatibly, so readers can tell. */
    static final String SUMMARY_FORMAT = "xskc-summary/1";

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final ObjectWriter WRITER;

    static {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        WRITER = MAPPER.writer().with(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
    }

    private Json() {
    }

    static byte[] identity(Map<String, String> identity) {
        ObjectNode root = MAPPER.createObjectNode();
        identity.forEach(root::put);
        return bytes(root);
    }

    static byte[] summary(Summary summary) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", SUMMARY_FORMAT);
        RunMetadata run = summary.run();
        ObjectNode r = root.putObject("run");
        r.put("seed", run.seed());
        r.put("kernel", run.kernel());
        r.put("xskcVersion", run.xskcVersion());
        r.put("started", run.started().toString());
        r.put("finished", run.finished().toString());
        ObjectNode totals = root.putObject("totals");
        for (Verdict v : Verdict.values()) {
            totals.put(v.name(), summary.count(v));
        }
        ArrayNode cases = root.putArray("cases");
        for (CaseVerdict c : summary.cases()) {
            ObjectNode n = cases.addObject();
            n.put("id", c.id());
            n.put("suite", c.suite());
            n.put("case", c.caseName());
            n.put("device", c.device());
            n.put("mode", c.mode());
            ObjectNode parameters = n.putObject("parameters");
            c.parameters().forEach(parameters::put);
            n.put("verdict", c.verdict().name());
            n.put("clause", c.clause());
            n.put("requirement", c.requirement());
            n.put("message", c.message());
            if (c.waiverId().isPresent()) {
                n.put("waiver", c.waiverId().get());
            } else {
                n.putNull("waiver");
            }
        }
        return bytes(root);
    }

    private static byte[] bytes(ObjectNode root) {
        byte[] json = WRITER.writeValueAsBytes(root);
        byte[] withNewline = Arrays.copyOf(json, json.length + 1);
        withNewline[json.length] = '\n';
        return withNewline;
    }
}
