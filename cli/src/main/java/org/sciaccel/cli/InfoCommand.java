package org.sciaccel.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sciaccel.Backends;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code sciaccel info}: the backends found and why one is unavailable, every OpenCL platform and
 * device (from the OpenCL provider's details), which backend is the default, and the JVM.
 */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Show the backends and devices found, and why a backend is unavailable.")
final class InfoCommand implements Callable<Integer> {
    static final String CPU_THREADS_PROPERTY = "sciaccel.cpu.threads";
    static final String OPENCL_DEVICE_PROPERTY = "sciaccel.opencl.device";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("sciaccel " + Version.current());
        out.println();
        out.println("Backends:");
        for (String line : Backends.describe().split("\n")) {
            out.println("  " + line);
        }
        out.println();
        out.println("Default backend: " + defaultBackend());
        out.println("  chosen by: --backend, then -D" + Backends.BACKEND_PROPERTY + ", then $" + Backends.BACKEND_ENV
                + ", then the best available (an OpenCL GPU or accelerator, else the CPU)");
        out.println();
        out.println("Java:     " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor")
                + ", " + System.getProperty("java.vm.name") + ") at " + System.getProperty("java.home"));
        out.println("OS:       " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        out.println("Cores:    " + Runtime.getRuntime().availableProcessors() + " available to the JVM");
        out.println("Memory:   " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB maximum Java heap");
        out.println("CPU SIMD: " + org.sciaccel.cpu.CpuSimd.describe());
        out.println("Settings: " + setting(CPU_THREADS_PROPERTY, "the CPU backend's default"));
        out.println("          " + setting(OPENCL_DEVICE_PROPERTY, "the OpenCL backend's choice"));
        out.println("          " + setting(Backends.BACKEND_PROPERTY, null));
        String env = System.getenv(Backends.BACKEND_ENV);
        out.println("          " + Backends.BACKEND_ENV + "=" + (env == null ? "(not set)" : env));
        out.println("          " + setting(Backends.STRICT_PROPERTY, "false"));
        return Main.EXIT_OK;
    }

    private static String defaultBackend() {
        try {
            String name = Backends.defaultName();
            String configured = Backends.configuredName();
            return name + (configured != null ? " (configured)" : " (best available)");
        } catch (RuntimeException e) {
            return "none - " + ErrorMessages.of(e);
        }
    }

    private static String setting(String property, String whenUnset) {
        String v = System.getProperty(property);
        if (v != null) {
            return property + "=" + v;
        }
        return property + "=(not set" + (whenUnset == null ? "" : ": " + whenUnset) + ")";
    }
}
