package org.sciaccel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import org.sciaccel.spi.BackendProvider;
import org.sciaccel.spi.BackendProvider.Availability;

/**
 * Finds backends with {@link ServiceLoader} and selects one.
 *
 * <p>Selection order: an explicit name ({@link #get(String)}), then the system property
 * {@value #BACKEND_PROPERTY}, then the environment variable {@value #BACKEND_ENV}, then the best
 * available backend (an OpenCL GPU or accelerator if there is one, otherwise the CPU backend).
 * An unknown or unavailable name fails with the list of available backends.
 */
public final class Backends {
    public static final String BACKEND_PROPERTY = "sciaccel.backend";
    public static final String BACKEND_ENV = "SCIACCEL_BACKEND";
    /** When true, an op a backend lacks throws instead of running on the CPU backend. */
    public static final String STRICT_PROPERTY = "sciaccel.strict";
    public static final String STRICT_ENV = "SCIACCEL_STRICT";
    /**
     * The reference backend: ops another backend lacks run there (see {@link OpRouter}), and functions that
     * create arrays without an input or a backend argument create them there.
     */
    public static final String FALLBACK_NAME = "cpu";

    private static final Object LOCK = new Object();
    private static Map<String, BackendProvider> providers;
    private static final Map<String, Availability> PROBES = new LinkedHashMap<>();
    private static final Map<String, Backend> SHARED = new LinkedHashMap<>();
    private static boolean hookInstalled;

    private Backends() {
    }

    /** All providers on the class path, by name. */
    public static Map<String, BackendProvider> providers() {
        synchronized (LOCK) {
            if (providers == null) {
                Map<String, BackendProvider> found = new LinkedHashMap<>();
                for (BackendProvider p : ServiceLoader.load(BackendProvider.class, Backends.class.getClassLoader())) {
                    found.putIfAbsent(p.name().toLowerCase(Locale.ROOT), p);
                }
                providers = found;
            }
            return providers;
        }
    }

    /** What probing each provider found (cached after the first call). */
    public static Map<String, Availability> probeAll() {
        Map<String, Availability> out = new LinkedHashMap<>();
        for (String name : providers().keySet()) {
            out.put(name, probe(name));
        }
        return out;
    }

    private static Availability probe(String name) {
        synchronized (LOCK) {
            Availability a = PROBES.get(name);
            if (a == null) {
                try {
                    a = providers().get(name).probe();
                } catch (RuntimeException | LinkageError e) {
                    a = Availability.unavailable(e.getClass().getSimpleName() + ": " + e.getMessage());
                }
                PROBES.put(name, a);
            }
            return a;
        }
    }

    /** Names of the backends that can be used here, best first. */
    public static List<String> available() {
        List<Map.Entry<String, Availability>> entries = new ArrayList<>(probeAll().entrySet());
        entries.removeIf(e -> !e.getValue().available());
        entries.sort(Comparator.comparingInt((Map.Entry<String, Availability> e) -> e.getValue().priority()).reversed());
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, Availability> e : entries) {
            names.add(e.getKey());
        }
        return names;
    }

    /** Whether a backend of this name exists and is available here. */
    public static boolean isAvailable(String name) {
        String n = name.toLowerCase(Locale.ROOT).trim();
        return providers().containsKey(n) && probe(n).available();
    }

    /**
     * The shared instance of the named backend, created on first use and closed at JVM exit. A shared
     * instance a user closed is replaced by a new one here, so that a {@code try (Backend b =
     * Backends.get(name))} block does not leave every later call (and the CPU fallback) a closed backend;
     * arrays made on the closed instance stay unusable.
     *
     * @throws IllegalArgumentException for an unknown or unavailable name, listing the available ones
     */
    public static Backend get(String name) {
        String n = requireAvailable(name);
        synchronized (LOCK) {
            Backend b = SHARED.get(n);
            if (b == null || b.isClosed()) {
                b = providers().get(n).create();
                SHARED.put(n, b);
                installShutdownHook();
            }
            return b;
        }
    }

    /** A new, private instance of the named backend; the caller closes it. */
    public static Backend create(String name) {
        return providers().get(requireAvailable(name)).create();
    }

    /** The backend chosen by the selection rules (see the class comment). */
    public static Backend defaultBackend() {
        return get(defaultName());
    }

    /** The name the selection rules pick, without creating the backend. */
    public static String defaultName() {
        String configured = configuredName();
        if (configured != null) {
            return configured;
        }
        List<String> names = available();
        if (names.isEmpty()) {
            throw new BackendException("no backend is available:\n" + describe());
        }
        return names.get(0);
    }

    /** The backend named by the system property or the environment variable, or null. */
    public static String configuredName() {
        String p = System.getProperty(BACKEND_PROPERTY);
        if (p != null && !p.isBlank()) {
            return p.trim();
        }
        String e = System.getenv(BACKEND_ENV);
        if (e != null && !e.isBlank()) {
            return e.trim();
        }
        return null;
    }

    /** The shared instance of the reference backend, {@value #FALLBACK_NAME}. */
    public static Backend fallback() {
        return get(FALLBACK_NAME);
    }

    /** Whether {@code backend} is the reference backend, so that nothing can fall back from it. */
    public static boolean isFallback(Backend backend) {
        return backend.name().equals(FALLBACK_NAME);
    }

    /** {@code explicit} if given, else the default backend. */
    public static Backend select(String explicit) {
        return explicit == null || explicit.isBlank() ? defaultBackend() : get(explicit);
    }

    /** Whether strict mode is on: ops a backend lacks throw instead of running on the CPU. */
    public static boolean isStrict() {
        String p = System.getProperty(STRICT_PROPERTY);
        if (p == null) {
            p = System.getenv(STRICT_ENV);
        }
        return p != null && (p.equalsIgnoreCase("true") || p.equals("1"));
    }

    /** What was found: each backend, whether it is available, why not, and its devices. */
    public static String describe() {
        StringBuilder b = new StringBuilder();
        Map<String, Availability> all = probeAll();
        if (all.isEmpty()) {
            b.append("no backend provider on the class path\n");
        }
        for (Map.Entry<String, Availability> e : all.entrySet()) {
            Availability a = e.getValue();
            b.append(e.getKey()).append(": ").append(a.available() ? "available" : "unavailable")
                    .append(" - ").append(a.reason()).append('\n');
            if (a.details() != null && !a.details().isBlank()) {
                for (String line : a.details().split("\n")) {
                    b.append("    ").append(line).append('\n');
                }
            }
        }
        return b.toString();
    }

    private static String requireAvailable(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("backend: empty name; available: " + available());
        }
        String n = name.toLowerCase(Locale.ROOT).trim();
        if (!providers().containsKey(n)) {
            throw new IllegalArgumentException("backend: unknown backend '" + name + "'; available: " + available());
        }
        Availability a = probe(n);
        if (!a.available()) {
            throw new IllegalArgumentException("backend: '" + name + "' is not available here (" + a.reason()
                    + "); available: " + available());
        }
        return n;
    }

    /** How long the exit waits for the shared backends to close: a running device kernel does not hold up Ctrl-C. */
    static final long EXIT_CLOSE_MILLIS = 500;

    /**
     * Closes the shared backends at JVM exit, waiting at most {@link #EXIT_CLOSE_MILLIS}: a close waits
     * for the call in progress, and an OpenCL kernel can run for minutes (SIGINT during a long FFT took
     * 82 s to exit). What is not closed by then is released by the operating system with the process.
     */
    private static void closeSharedAtExit() {
        Thread closer = new Thread(() -> {
            synchronized (LOCK) {
                for (Backend b : SHARED.values()) {
                    try {
                        b.close();
                    } catch (RuntimeException ignored) {
                        // exiting anyway
                    }
                }
                SHARED.clear();
            }
        }, "sciaccel-backends-close-worker");
        closer.setDaemon(true);
        closer.start();
        try {
            closer.join(EXIT_CLOSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void installShutdownHook() {
        if (!hookInstalled) {
            hookInstalled = true;
            Runtime.getRuntime().addShutdownHook(new Thread(Backends::closeSharedAtExit, "sciaccel-backends-close"));
        }
    }
}
