package io.xskc.device;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads capability files strictly. A file is read in three passes, each of which places its
 * errors at the offending key or value:
 * <ol>
 *   <li>YAML parsing with duplicate-key detection; identifier fields keep their raw text;</li>
 *   <li>Jackson binding with unknown keys rejected and no scalar coercion;</li>
 *   <li>the JSON Schema (required keys, ranges, names), then cross-field rules.</li>
 * </ol>
 * Instances are immutable and may be shared between threads.
 */
public final class CapabilityLoader {

    /** The schema's file name inside a devices directory. */
    public static final String SCHEMA_FILE = "capability.schema.json";

    private final SchemaCheck schema;
    private final Binder binder = new Binder();

    /** @param schemaFile the JSON Schema, normally devices/capability.schema.json */
    public CapabilityLoader(Path schemaFile) {
        this.schema = new SchemaCheck(schemaFile);
    }

    private CapabilityLoader(SchemaCheck schema) {
        this.schema = schema;
    }

    /**
     * A loader using the schema built into xskc (a copy of devices/capability.schema.json), for
     * capability files kept outside the repository's devices directory.
     */
    public static CapabilityLoader standard() {
        try (InputStream in = CapabilityLoader.class.getResourceAsStream(SCHEMA_FILE)) {
            if (in == null) {
                throw new IllegalStateException("xskc build is missing io/xskc/device/" + SCHEMA_FILE);
            }
            return new CapabilityLoader(new SchemaCheck(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in capability schema", e);
        }
    }

    /** A loader using the schema that sits in the given devices directory. */
    public static CapabilityLoader forDevicesDirectory(Path devicesDir) {
        return new CapabilityLoader(devicesDir.resolve(SCHEMA_FILE));
    }

    public CapabilityFile load(Path file) throws CapabilityFileException {
        YamlTree tree = YamlTree.parse(file, read(file));
        CapabilityDocument doc = binder.bind(tree);
        schema.check(tree);
        return binder.toModel(tree, doc);
    }

    /**
     * Loads every *.yaml and *.yml file directly in dir, in name order, each to its own result.
     *
     * @throws IOException only if the directory itself cannot be listed
     */
    public List<LoadResult> loadAll(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
                    .sorted()
                    .toList();
        }
        List<LoadResult> results = new ArrayList<>(files.size());
        for (Path f : files) {
            try {
                results.add(new LoadResult.Loaded(load(f)));
            } catch (CapabilityFileException e) {
                results.add(new LoadResult.Failed(e));
            }
        }
        return List.copyOf(results);
    }

    private static String read(Path file) throws CapabilityFileException {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new CapabilityFileException(file, 1, 1, "", "not valid UTF-8", e);
        } catch (IOException e) {
            throw new CapabilityFileException(file, 1, 1, "", "cannot read: " + e, e);
        }
    }
}
