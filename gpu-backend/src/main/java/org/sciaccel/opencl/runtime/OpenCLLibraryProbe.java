package org.sciaccel.opencl.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds and loads the OpenCL library (the ICD loader) without touching JOCL. JOCL's native code
 * prints its own lines to stdout ("Could not load libOpenCL.so.1, error ...") when it cannot
 * load the library, and stdout belongs to the command line tool's output; so discovery asks here
 * first and reports a missing library with its one-line message instead.
 *
 * <p>On Linux the candidates are JOCL's names ({@code libOpenCL.so.1}, {@code libOpenCL.so}) in
 * the directories the dynamic linker searches: {@code LD_LIBRARY_PATH}, the paths listed in
 * {@code /etc/ld.so.cache}, {@code java.library.path} and the usual system directories. A
 * candidate counts only if {@link System#load} accepts it, so a broken file is not mistaken for a
 * library; loading it early is harmless, since JOCL's own load then finds it already mapped. On
 * Windows the system search order is used ({@code OpenCL.dll}); on macOS the OpenCL framework. On
 * other systems JOCL is left to decide.
 */
public final class OpenCLLibraryProbe {
    /** The names JOCL tries on Linux, in its order. */
    static final List<String> LINUX_NAMES = List.of("libOpenCL.so.1", "libOpenCL.so");
    private static final String MAC_FRAMEWORK = "/System/Library/Frameworks/OpenCL.framework/Versions/Current/OpenCL";
    private static final Path LD_SO_CACHE = Path.of("/etc/ld.so.cache");
    private static final List<String> SYSTEM_DIRS = List.of("/lib", "/usr/lib", "/lib64", "/usr/lib64",
            "/usr/local/lib", "/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu",
            "/lib/aarch64-linux-gnu");

    private OpenCLLibraryProbe() {
    }

    /**
     * Why the OpenCL library cannot be loaded, or null when it can (or when this system is left to
     * JOCL). Never throws.
     */
    public static String unavailableReason() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        try {
            if (os.contains("linux")) {
                return load(LINUX_NAMES, linuxDirectories()) != null ? null
                        : "no loadable " + String.join(" or ", LINUX_NAMES) + " on the library path";
            }
            if (os.contains("windows")) {
                System.loadLibrary("OpenCL");
                return null;
            }
            if (os.contains("mac")) {
                return Files.exists(Path.of(MAC_FRAMEWORK)) ? null : "no " + MAC_FRAMEWORK;
            }
            return null;
        } catch (LinkageError | RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /**
     * The first file named one of {@code names} in {@code dirs} (names in order, then directories)
     * that {@link System#load} accepts, or null when none does.
     */
    static Path load(List<String> names, List<Path> dirs) {
        for (String name : names) {
            for (Path dir : dirs) {
                Path file = dir.resolve(name);
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                try {
                    System.load(file.toAbsolutePath().toString());
                    return file;
                } catch (UnsatisfiedLinkError e) {
                    // not a library for this machine (wrong architecture, truncated): try the next
                }
            }
        }
        return null;
    }

    /** The directories the dynamic linker would search, in its order, without duplicates. */
    static List<Path> linuxDirectories() {
        Set<String> dirs = new LinkedHashSet<>();
        addPathList(dirs, System.getenv("LD_LIBRARY_PATH"));
        dirs.addAll(cachedDirectories(LD_SO_CACHE, LINUX_NAMES));
        addPathList(dirs, System.getProperty("java.library.path"));
        dirs.addAll(SYSTEM_DIRS);
        List<Path> out = new ArrayList<>();
        for (String d : dirs) {
            out.add(Path.of(d));
        }
        return out;
    }

    private static void addPathList(Set<String> dirs, String list) {
        if (list == null) {
            return;
        }
        for (String d : list.split(":")) {
            if (!d.isBlank()) {
                dirs.add(d);
            }
        }
    }

    /**
     * The directories of the entries for {@code names} in the dynamic linker's cache. The cache is
     * binary but stores each library's full path as a NUL-terminated string, which is all we read.
     */
    static Set<String> cachedDirectories(Path cache, List<String> names) {
        Set<String> dirs = new LinkedHashSet<>();
        byte[] bytes;
        try {
            if (!Files.isRegularFile(cache)) {
                return dirs;
            }
            bytes = Files.readAllBytes(cache);
        } catch (IOException | SecurityException e) {
            return dirs;
        }
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == 0) {
                if (i - start > 1 && bytes[start] == '/') {
                    String s = new String(bytes, start, i - start, StandardCharsets.ISO_8859_1);
                    int slash = s.lastIndexOf('/');
                    if (names.contains(s.substring(slash + 1)) && slash > 0) {
                        dirs.add(s.substring(0, slash));
                    }
                }
                start = i + 1;
            }
        }
        return dirs;
    }
}
