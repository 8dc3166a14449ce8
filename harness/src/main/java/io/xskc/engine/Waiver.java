package io.xskc.engine;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.LocalDate;

/**
 * A known defect: failures of cases matching {@code casePattern} on devices matching
 * {@code devicePattern} are reported as waived, with the reference, until {@code expires} (the
 * last day it waives).
 *
 * @param casePattern   glob over "suite.case", e.g. {@code checksum.udp*}
 * @param devicePattern glob over the capability file's name without extension, e.g. {@code veth}
 */
record Waiver(String id, String casePattern, String devicePattern, String reference, LocalDate expires,
        String reason) {
    boolean expired(LocalDate today) {
        return today.isAfter(expires);
    }

    boolean covers(String caseKey, String deviceStem) {
        return glob(casePattern).matches(Path.of(caseKey)) && glob(devicePattern).matches(Path.of(deviceStem));
    }

    private static PathMatcher glob(String pattern) {
        return FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    }

    String describe() {
        return id + " (" + reference + ", expires " + expires + ")";
    }
}
