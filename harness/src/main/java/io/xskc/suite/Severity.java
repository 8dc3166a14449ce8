package io.xskc.suite;

/** How much a failure matters, in Allure's terms. */
public enum Severity {
    BLOCKER, CRITICAL, NORMAL, MINOR, TRIVIAL;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
