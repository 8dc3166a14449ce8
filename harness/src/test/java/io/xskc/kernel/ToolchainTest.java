package io.xskc.kernel;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ToolchainTest {
    @Test
    void runsOnJava25() {
        assertTrue(Runtime.version().feature() >= 25, "tests must run on JDK 25, got " + Runtime.version());
    }
}
