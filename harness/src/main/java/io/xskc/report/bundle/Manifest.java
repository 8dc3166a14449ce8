package io.xskc.report.bundle;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MANIFEST.sha256: one "&lt;64 hex&gt;  &lt;path&gt;\n" line per entry, sorted by path, the format
 * {@code sha256sum -c} reads. The verifier accepts only this canonical form: the signature covers
 * the bytes anyway, and a strict reader leaves no room for two readings of one manifest.
 */
final class Manifest {

    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64})  (.+)");

    private Manifest() {
    }

    static byte[] render(SortedMap<EntryName, String> digests) {
        StringBuilder b = new StringBuilder();
        digests.forEach((name, hex) -> b.append(hex).append("  ").append(name.value()).append('\n'));
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** What a manifest lists (path to hex digest, in file order) and what is wrong with it. */
    record Parsed(Map<String, String> digests, List<Problem.MalformedManifest> problems) {
    }

    static Parsed parse(byte[] bytes) {
        Map<String, String> digests = new LinkedHashMap<>();
        List<Problem.MalformedManifest> problems = new ArrayList<>();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(new Problem.MalformedManifest(0, "not UTF-8 text"));
            return new Parsed(digests, problems);
        }
        if (text.isEmpty()) {
            problems.add(new Problem.MalformedManifest(0, "empty"));
            return new Parsed(digests, problems);
        }
        String[] lines = text.split("\n", -1);
        int count = lines.length - 1; // text after the last "\n"; empty when the file ends properly
        if (!lines[count].isEmpty()) {
            problems.add(new Problem.MalformedManifest(count + 1, "no newline at the end of the file"));
            count++;
        }
        Map<String, Integer> lineOf = new HashMap<>();
        String previous = null;
        for (int i = 0; i < count; i++) {
            int number = i + 1;
            Matcher m = LINE.matcher(lines[i]);
            if (!m.matches()) {
                problems.add(new Problem.MalformedManifest(number, "expected '<64 lower-case hex digits>  <path>', got '"
                        + EntryName.printable(abbreviate(lines[i])) + "'"));
                continue;
            }
            String path = m.group(2);
            var unsafe = EntryName.problem(path);
            if (unsafe.isPresent()) {
                problems.add(new Problem.MalformedManifest(number, "unsafe path '" + path + "': " + unsafe.get()));
                continue;
            }
            if (Layout.UNLISTED.contains(path)) {
                problems.add(new Problem.MalformedManifest(number, "lists " + path + ", which cannot be covered by the manifest"));
                continue;
            }
            Integer first = lineOf.putIfAbsent(path, number);
            if (first != null) {
                problems.add(new Problem.MalformedManifest(number, "duplicate path " + path + " (first on line " + first + ")"));
                continue;
            }
            if (previous != null && path.compareTo(previous) < 0) {
                problems.add(new Problem.MalformedManifest(number, "not sorted by path: " + path + " after " + previous));
            }
            previous = path;
            digests.put(path, m.group(1));
        }
        return new Parsed(digests, problems);
    }

    private static String abbreviate(String line) {
        return line.length() <= 120 ? line : line.substring(0, 117) + "...";
    }
}
