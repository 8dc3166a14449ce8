package io.xskc.report.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntryNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"../evil", "allure-results/../../etc/passwd", "/etc/passwd", "a/./b", "a//b", "C:/x",
            "a\\..\\b", "dir/", "", "new\nline"})
    void unsafeNamesAreRejected(String name) {
        assertThatIllegalArgumentException().isThrownBy(() -> EntryName.of(name))
                .withMessageStartingWith("unsafe bundle entry name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"summary.json", "allure-results/attachments/0b1c-capture.pcap", "capability/..veth.yaml"})
    void ordinaryNamesAreAccepted(String name) {
        assertThat(EntryName.of(name).value()).isEqualTo(name);
    }

    @Test
    void theWriterRefusesACapabilityFileNamedDotDot(@TempDir Path dir) throws Exception {
        BundleContents good = Fixtures.contents(dir);
        BundleContents bad = new BundleContents(new CapabilitySource(Path.of("devices/.."), new byte[] {1}),
                good.identity(), good.allureResults(), Optional.empty(), good.summary());

        assertThatIllegalArgumentException()
                .isThrownBy(() -> BundleWriter.write(bad, dir.resolve("b.zip"), Fixtures.newKey(dir.resolve("k"))))
                .withMessage("unsafe bundle entry name 'capability/..': '..' segment (path traversal)");
    }
}
