package org.sciaccel.cpu;

import org.sciaccel.cpu.fft.CpuLaneFftF;

/**
 * Whether the CPU backend may use explicit SIMD through the JDK's vector API
 * ({@code jdk.incubator.vector}, incubating in Java 17). The API is only there when the JVM was
 * started with {@code --add-modules jdk.incubator.vector} (the {@code sciaccel} launcher, the
 * benchmark runner and the Maven test JVMs pass it); without it the backend runs its plain-Java
 * paths, which give the same results to rounding. The system property {@value #PROPERTY}{@code =false}
 * turns the SIMD paths off even when the module is present.
 *
 * <p>Classes that use the vector API (the {@code CpuLane*} classes) are only touched after
 * {@link #enabled()} said yes, so that a JVM without the module never loads them.
 */
public final class CpuSimd {
    /** System property: {@code false} disables the vector-API paths. */
    public static final String PROPERTY = "sciaccel.cpu.simd";

    private static final boolean MODULE_PRESENT =
            ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    private CpuSimd() {
    }

    /** Whether the vector API module is in this JVM's boot layer. */
    public static boolean modulePresent() {
        return MODULE_PRESENT;
    }

    /** Whether the SIMD paths run now (read on every call, so that tests can compare both paths). */
    public static boolean enabled() {
        return MODULE_PRESENT && !"false".equalsIgnoreCase(System.getProperty(PROPERTY, "true").trim());
    }

    /** One line for diagnostics ({@code sciaccel info}): on, off, or why not. */
    public static String describe() {
        if (!MODULE_PRESENT) {
            return "off (start the JVM with --add-modules jdk.incubator.vector)";
        }
        return enabled() ? "on (" + CpuLaneFftF.describeSpecies() + ")" : "off (" + PROPERTY + "=false)";
    }
}
