package io.xskc.engine;

import java.util.List;
import java.util.Map;

/**
 * What a report needs to label one test: where it sits (device, suite, case), what it checks, and
 * its parameters. {@code identity} holds the device facts that describe the run rather than the
 * case, so reports can keep history per case across devices and builds.
 */
public record CaseInfo(String device, String deviceName, String suite, String caseName, String description,
        String clause, String link, List<String> capabilities, String severity, List<String> tags, String mode,
        Map<String, String> parameters, Map<String, String> identity) {
}
