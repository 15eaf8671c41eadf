package org.sciaccel.opencl.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the JVM chains signal handlers that native libraries install.
 *
 * <p>OpenCL drivers built on LLVM (PoCL among them) install LLVM's process-wide crash handlers for
 * SIGSEGV, SIGBUS, SIGFPE and SIGILL while a device is initialised or a kernel is compiled, over the
 * JVM's own. HotSpot uses SIGSEGV internally (safepoint polls, implicit null checks), so a later
 * ordinary JVM signal can then kill the process with no error report. Seen here: a benchmark run
 * alternating OpenCL (PoCL) and CPU work died with exit code 139 twice in two runs, and ran through
 * with {@code LD_PRELOAD=$JAVA_HOME/lib/libjsig.so}, HotSpot's signal-chaining library, which keeps
 * the JVM's handlers first and chains the library's behind them. The {@code sciaccel} launcher and
 * the test build preload it; applications embedding sciaccel should too.
 */
public final class SignalChaining {
    private static final Logger LOG = LoggerFactory.getLogger(SignalChaining.class);
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    private SignalChaining() {
    }

    /** True when libjsig is mapped into this process; null when that cannot be told (not Linux). */
    public static Boolean libjsigLoaded() {
        Path maps = Path.of("/proc/self/maps");
        if (!Files.isReadable(maps)) {
            return null;
        }
        try {
            return Files.readString(maps).contains("/libjsig.so");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** A line for {@code sciaccel info}. */
    public static String describe() {
        Boolean loaded = libjsigLoaded();
        if (loaded == null) {
            return "signal chaining: unknown on this system";
        }
        return loaded ? "signal chaining: libjsig loaded (safe with LLVM-based drivers such as PoCL)"
                : "signal chaining: libjsig NOT loaded - start the JVM with LD_PRELOAD=$JAVA_HOME/lib/libjsig.so "
                        + "(LLVM-based OpenCL drivers such as PoCL replace the JVM's signal handlers)";
    }

    /** Logs once, when an OpenCL backend is created without libjsig on Linux. */
    public static void warnIfMissing() {
        if (Boolean.FALSE.equals(libjsigLoaded()) && WARNED.compareAndSet(false, true)) {
            LOG.warn("the JVM was started without libjsig: LLVM-based OpenCL drivers (PoCL, ...) replace the JVM's "
                    + "signal handlers, which can crash the JVM later; start it with "
                    + "LD_PRELOAD=$JAVA_HOME/lib/libjsig.so (the sciaccel launcher does)");
        }
    }
}
