package io.xskc.engine;

import io.xskc.suite.Evidence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.reporting.FileEntry;
import org.junit.platform.engine.reporting.ReportEntry;

/**
 * Collects a test's evidence from any thread and publishes it under that test when the test ends,
 * as files in the test's output directory (JUnit file entries) and notes as report entries.
 */
final class EvidenceSink implements Evidence {
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");

    record Attachment(String name, String mediaType, byte[] content) {
    }

    private final List<Attachment> attachments = new ArrayList<>();
    private final Map<String, String> notes = new LinkedHashMap<>();

    @Override
    public synchronized void attach(String name, String mediaType, byte[] content) {
        attachments.add(new Attachment(name, mediaType, content.clone()));
    }

    @Override
    public synchronized void note(String key, String value) {
        notes.put(key, value);
    }

    synchronized List<Attachment> attachments() {
        return List.copyOf(attachments);
    }

    synchronized void publish(TestDescriptor test, XskcContext context) {
        if (!notes.isEmpty()) {
            context.listener().reportingEntryPublished(test, ReportEntry.from(notes));
        }
        if (attachments.isEmpty()) {
            return;
        }
        try {
            Path dir = context.request().getOutputDirectoryCreator().createOutputDirectory(test);
            int i = 0;
            for (Attachment a : attachments) {
                Path file = dir.resolve(String.format("%02d-%s", i++, UNSAFE.matcher(a.name()).replaceAll("_")));
                Files.write(file, a.content());
                context.listener().fileEntryPublished(test, FileEntry.from(file, a.mediaType()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write evidence of " + test.getDisplayName(), e);
        }
    }
}
