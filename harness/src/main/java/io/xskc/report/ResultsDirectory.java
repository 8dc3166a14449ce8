package io.xskc.report;

import java.nio.file.Path;

/** Where Allure results go: allure.results.directory, as allure-java itself reads it. */
final class ResultsDirectory {
    static final String PROPERTY = "allure.results.directory";

    private ResultsDirectory() {
    }

    static Path current() {
        return Path.of(System.getProperty(PROPERTY, "allure-results"));
    }
}
