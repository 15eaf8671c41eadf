package org.sciaccel.opencl.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The build preloads HotSpot's signal-chaining library into the test JVMs on Linux (root pom,
 * profile signal-chaining), because PoCL's LLVM replaces the JVM's signal handlers; without it the
 * long OpenCL runs can die with SIGSEGV. This checks the preload took effect.
 */
class SignalChainingTest {

    @Test
    void testJvmsRunWithLibjsigOnLinux() {
        Boolean loaded = SignalChaining.libjsigLoaded();
        Assumptions.assumeTrue(loaded != null, "not Linux: /proc/self/maps is not readable");
        assertEquals(Boolean.TRUE, loaded, "LD_PRELOAD=" + System.getenv("LD_PRELOAD"));
        assertTrue(SignalChaining.describe().contains("libjsig loaded"), SignalChaining.describe());
    }
}
