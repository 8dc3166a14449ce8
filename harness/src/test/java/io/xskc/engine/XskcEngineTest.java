package io.xskc.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import io.xskc.engine.fixtures.SampleSuite;
import io.xskc.engine.fixtures.SlowSuite;
import io.xskc.suite.ConformanceFailure;
import io.xskc.testing.RootOnly;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.OutputDirectoryCreator;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

class XskcEngineTest {
    private static final Path VETH = devices().resolve("veth.yaml");

    @TempDir
    Path tmp;

    private static Path devices() {
        return DeviceFiles.checkoutDevices().orElseThrow();
    }

    private static EngineTestKit.Builder kit() {
        return EngineTestKit.engine(XskcTestEngine.ID).configurationParameter(EngineConfig.SEED, "42");
    }

    private static List<TestDescriptor> tests(TestDescriptor root) {
        return root.getDescendants().stream().filter(TestDescriptor::isTest).map(d -> (TestDescriptor) d).toList();
    }

    @Test
    void treeIsEngineDeviceSuiteCaseParameterSetWithPathFreeIds() {
        EngineDiscoveryResults r = kit().selectors(selectFile(VETH.toFile()), selectClass(SampleSuite.class)).discover();
        TestDescriptor engine = r.getEngineDescriptor();
        TestDescriptor device = engine.getChildren().iterator().next();
        assertEquals("[engine:xskc]/[device:veth]", device.getUniqueId().toString());
        TestDescriptor suite = device.getChildren().iterator().next();
        assertEquals("[engine:xskc]/[device:veth]/[suite:" + SampleSuite.class.getName() + "]",
                suite.getUniqueId().toString());
        assertEquals(7, suite.getChildren().size(), "one node per @Case method");
        Map<String, List<String>> leaves = tests(engine).stream().collect(Collectors.groupingBy(
                t -> t.getUniqueId().getSegments().get(3).getValue(),
                Collectors.mapping(t -> t.getUniqueId().getLastSegment().getValue(), Collectors.toList())));
        assertEquals(List.of("copy"), leaves.get("passes"));
        assertEquals(List.of("copy/first", "copy/drawn"), leaves.get("parameterised"));
        for (TestDescriptor t : tests(engine)) {
            String id = t.getUniqueId().toString();
            assertFalse(id.contains(Path.of("").toAbsolutePath().toString()) || id.contains("/work/"),
                    "absolute path in " + id);
            assertTrue(t.getSource().isPresent(), id + " has a source");
        }
    }

    @Test
    void aBadCapabilityFileIsADiscoveryIssueWithItsPositionAndTheOthersStillRun() throws Exception {
        Files.copy(VETH, tmp.resolve("good.yaml"));
        Files.writeString(tmp.resolve("bad.yaml"), Files.readString(VETH).replace("queue: 0", "queue: -1"));
        EngineDiscoveryResults r = kit().selectors(selectDirectory(tmp.toFile()), selectClass(SampleSuite.class))
                .discover();
        List<DiscoveryIssue> issues = r.getDiscoveryIssues();
        assertEquals(1, issues.size(), issues.toString());
        DiscoveryIssue issue = issues.getFirst();
        assertEquals(DiscoveryIssue.Severity.ERROR, issue.severity());
        FileSource source = assertInstanceOf(FileSource.class, issue.source().orElseThrow());
        assertEquals("bad.yaml", source.getFile().getName());
        int line = lineOf(Files.readString(tmp.resolve("bad.yaml")), "queue: -1");
        assertEquals(line, source.getPosition().orElseThrow().getLine());
        assertTrue(issue.message().contains("topology.queue"), issue.message());
        assertEquals(List.of("[engine:xskc]/[device:good]"), r.getEngineDescriptor().getChildren().stream()
                .map(d -> d.getUniqueId().toString()).toList());
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not in fixture");
    }

    @Test
    void uniqueIdSelectorsRoundTrip() {
        TestDescriptor engine = kit().selectors(selectFile(VETH.toFile()), selectClass(SampleSuite.class)).discover()
                .getEngineDescriptor();
        for (TestDescriptor leaf : tests(engine)) {
            UniqueId id = leaf.getUniqueId();
            TestDescriptor again = kit().selectors(selectUniqueId(id)).discover().getEngineDescriptor();
            assertEquals(List.of(id), tests(again).stream().map(TestDescriptor::getUniqueId).toList());
        }
    }

    @Test
    void methodSelectorRunsOneCaseOnTheDefaultDevice() {
        TestDescriptor engine = kit().selectors(selectMethod(SampleSuite.class, "passes", io.xskc.suite.DeviceHandle.class.getName())).discover()
                .getEngineDescriptor();
        assertEquals(List.of("[engine:xskc]/[device:veth]/[suite:" + SampleSuite.class.getName()
                + "]/[case:passes]/[params:copy]"), tests(engine).stream().map(t -> t.getUniqueId().toString()).toList());
    }

    @Test
    void nonSuiteClassesContributeNothing() {
        assertTrue(kit().selectors(selectClass(XskcEngineTest.class)).discover().getEngineDescriptor().getChildren()
                .isEmpty());
    }

    @Test
    void theSeedDecidesTheDrawnParameterSets() {
        assertEquals(drawn("42"), drawn("42"));
        assertNotEquals(drawn("42"), drawn("43"));
    }

    private static String drawn(String seed) {
        TestDescriptor engine = EngineTestKit.engine(XskcTestEngine.ID).configurationParameter(EngineConfig.SEED, seed)
                .selectors(selectMethod(SampleSuite.class, "parameterised", SampleSuite.Shape.class.getName() + ","
                        + io.xskc.suite.Evidence.class.getName()))
                .discover().getEngineDescriptor();
        ParameterSetDescriptor p = (ParameterSetDescriptor) tests(engine).get(1);
        return p.parameters().orElseThrow().toString();
    }

    // --- execution (needs the veth topology, hence privileges) ---

    private static EngineExecutionResults run(EngineTestKit.Builder kit) {
        RootOnly.assumeVethPrivileges();
        return kit.execute();
    }

    private static Optional<Event> finished(EngineExecutionResults r, String caseName) {
        return r.testEvents().finished().stream().filter(e -> e.getTestDescriptor().getUniqueId().toString()
                .contains("[case:" + caseName + "]")).findFirst();
    }

    private static Optional<Event> skipped(EngineExecutionResults r, String caseName) {
        return r.testEvents().skipped().stream().filter(e -> e.getTestDescriptor().getUniqueId().toString()
                .contains("[case:" + caseName + "]")).findFirst();
    }

    @Test
    void verdictsPassedFailedBrokenAndStructuredSkips() {
        EngineExecutionResults r = run(kit().selectors(selectFile(VETH.toFile()), selectClass(SampleSuite.class)));
        assertEquals(TestExecutionResult.Status.SUCCESSFUL, status(r, "passes"));
        TestExecutionResult failed = result(r, "fails");
        assertEquals(TestExecutionResult.Status.FAILED, failed.getStatus());
        assertInstanceOf(ConformanceFailure.class, failed.getThrowable().orElseThrow());
        TestExecutionResult broken = result(r, "breaks");
        assertEquals(TestExecutionResult.Status.FAILED, broken.getStatus());
        assertFalse(broken.getThrowable().orElseThrow() instanceof AssertionError,
                "BROKEN is carried by a non-assertion throwable");
        String reason = skipped(r, "needsLaunchTime").orElseThrow().getPayload(String.class).orElseThrow();
        assertEquals("not-declared: launch-time not declared in veth.yaml", reason);
        assertEquals(TestExecutionResult.Status.SUCCESSFUL, status(r, "needsSwCsum"));
        assertEquals(2, r.testEvents().finished().stream().filter(e -> e.getTestDescriptor().getUniqueId().toString()
                .contains("[case:parameterised]")).count());
        // The seed is reported on the engine node.
        assertTrue(r.allEvents().reportingEntryPublished().stream().anyMatch(e -> e.getPayload(
                org.junit.platform.engine.reporting.ReportEntry.class).orElseThrow().getKeyValuePairs()
                .get("xskc.seed") != null && e.getTestDescriptor().getUniqueId().getSegments().size() == 1));
    }

    @Test
    void evidenceMadeOffTheCaseThreadLandsOnThatCase() throws Exception {
        EngineExecutionResults r = run(kit().outputDirectoryCreator(new OutputDirectoryCreator() {
            @Override
            public Path getRootDirectory() {
                return tmp;
            }

            @Override
            public Path createOutputDirectory(TestDescriptor d) throws java.io.IOException {
                return Files.createDirectories(tmp.resolve(Integer.toHexString(d.getUniqueId().hashCode())));
            }
        }).selectors(selectFile(VETH.toFile()),
                selectMethod(SampleSuite.class, "attachesOffThread", io.xskc.suite.Evidence.class.getName())));
        List<Event> files = r.allEvents().stream().filter(e -> e.getType() == EventType.FILE_ENTRY_PUBLISHED).toList();
        assertEquals(1, files.size());
        assertTrue(files.getFirst().getTestDescriptor().getUniqueId().toString().contains("[case:attachesOffThread]"));
        var entry = files.getFirst().getPayload(org.junit.platform.engine.reporting.FileEntry.class).orElseThrow();
        assertTrue(entry.getPath().getFileName().toString().endsWith("from-worker.txt"));
        assertEquals("made off the case thread", Files.readString(entry.getPath()));
    }

    @Test
    void aModeWithoutTheDeclarationSkipsAsNotSupportedInMode() throws Exception {
        Path twoModes = tmp.resolve("twomodes.yaml");
        Files.writeString(twoModes, Files.readString(VETH).replace("modes: [copy]", "modes: [copy, zero-copy]")
                .replace("thresholds:", """
                  zero-copy:
                    tx-metadata-length: 24
                    tx-checksum: true

                thresholds:"""));
        EngineExecutionResults r = run(kit().selectors(selectFile(twoModes.toFile()),
                selectMethod(SampleSuite.class, "needsSwCsum", io.xskc.suite.DeviceHandle.class.getName())));
        assertEquals(TestExecutionResult.Status.SUCCESSFUL, status(r, "needsSwCsum"));
        String reason = skipped(r, "needsSwCsum").orElseThrow().getPayload(String.class).orElseThrow();
        assertEquals("not-supported-in-mode: sw-csum declared in twomodes.yaml but not for zero-copy mode", reason);
    }

    @Test
    void aWaiverTurnsAFailureIntoAVisibleKnownDefectUntilItExpires() throws Exception {
        Path waivers = tmp.resolve("waivers.yaml");
        Files.writeString(waivers, """
                waivers:
                  - id: W-1
                    case: "sample.fails"
                    device: "veth"
                    reference: https://bugzilla.kernel.org/show_bug.cgi?id=1
                    expires: %s
                """.formatted(LocalDate.now().plusDays(1)));
        var kit = kit().configurationParameter(EngineConfig.WAIVERS, waivers.toString())
                .selectors(selectFile(VETH.toFile()), selectMethod(SampleSuite.class, "fails"));
        EngineExecutionResults r = run(kit);
        TestExecutionResult waived = result(r, "fails");
        assertEquals(TestExecutionResult.Status.ABORTED, waived.getStatus());
        String msg = waived.getThrowable().orElseThrow().getMessage();
        assertTrue(msg.startsWith("waived: known defect W-1 (https://bugzilla.kernel.org/show_bug.cgi?id=1"), msg);
        assertTrue(msg.contains("UDP checksum"), "the original failure stays visible: " + msg);

        Files.writeString(waivers, Files.readString(waivers).replace(LocalDate.now().plusDays(1).toString(),
                LocalDate.now().minusDays(1).toString()));
        assertEquals(TestExecutionResult.Status.FAILED, status(run(kit), "fails"), "an expired waiver does not waive");
    }

    @Test
    void aCaseThatOutlivesItsTimeoutIsBroken() {
        EngineExecutionResults r = run(kit().configurationParameter(EngineConfig.CASE_TIMEOUT, "300ms")
                .selectors(selectFile(VETH.toFile()), selectClass(SlowSuite.class)));
        TestExecutionResult res = result(r, "sleeps");
        assertEquals(TestExecutionResult.Status.FAILED, res.getStatus());
        assertInstanceOf(CaseTimeoutException.class, res.getThrowable().orElseThrow());
    }

    @Test
    void cancellationSkipsWhatHasNotStarted() {
        var token = org.junit.platform.engine.CancellationToken.create();
        token.cancel();
        EngineExecutionResults r = run(kit().cancellationToken(token).selectors(selectFile(VETH.toFile()),
                selectClass(SampleSuite.class)));
        assertEquals(0, r.testEvents().started().count(), "nothing runs after cancellation");
    }

    private static TestExecutionResult result(EngineExecutionResults r, String caseName) {
        return finished(r, caseName).orElseThrow(() -> new AssertionError(caseName + " did not finish"))
                .getPayload(TestExecutionResult.class).orElseThrow();
    }

    private static TestExecutionResult.Status status(EngineExecutionResults r, String caseName) {
        return result(r, caseName).getStatus();
    }
}
