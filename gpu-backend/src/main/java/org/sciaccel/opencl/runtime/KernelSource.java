package org.sciaccel.opencl.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OpenCL C program text, with {@code #include "path"} lines already replaced by the included
 * resource's text. The OpenCL compiler cannot read resources inside jars, so includes are resolved
 * here: paths are relative to {@code org/sciaccel/kernels/} (the kernels module), and each file is
 * included at most once per program.
 */
public final class KernelSource {
    /** Resource folder of the kernels module. */
    static final String ROOT = "org/sciaccel/kernels/";
    private static final Pattern INCLUDE = Pattern.compile("^\\s*#\\s*include\\s+\"([^\"]+)\"\\s*$");
    private static final ConcurrentHashMap<String, KernelSource> RESOURCES = new ConcurrentHashMap<>();

    private final String name;
    private final String text;

    private KernelSource(String name, String text) {
        this.name = name;
        this.text = text;
    }

    /**
     * The resource {@code org/sciaccel/kernels/<path>} with its includes resolved; cached, since
     * the text never changes while the program runs.
     *
     * @throws IllegalStateException if the file or one of its includes is missing
     */
    public static KernelSource resource(String path) {
        return RESOURCES.computeIfAbsent(path, p -> {
            StringBuilder out = new StringBuilder();
            append(p, out, new HashSet<>(), p);
            return new KernelSource(p, out.toString());
        });
    }

    /** A program given as text (includes resolved against the kernels resources); for tests and tools. */
    public static KernelSource of(String name, String text) {
        StringBuilder out = new StringBuilder();
        appendText(name, text, out, new HashSet<>(), name);
        return new KernelSource(name, out.toString());
    }

    /** Where the text came from, for messages. */
    public String name() {
        return name;
    }

    /** The full program text. */
    public String text() {
        return text;
    }

    private static void append(String path, StringBuilder out, Set<String> seen, String root) {
        if (!seen.add(path)) {
            return;
        }
        appendText(path, read(path, root), out, seen, root);
    }

    private static void appendText(String rawName, String text, StringBuilder out, Set<String> seen, String root) {
        String name = rawName.replace('"', '\'');
        // #line with a file name makes compiler messages point into the right file.
        out.append("#line 1 \"").append(name).append("\"\n");
        int lineNo = 0;
        for (String line : text.split("\n", -1)) {
            lineNo++;
            Matcher m = INCLUDE.matcher(line);
            if (m.matches()) {
                append(m.group(1), out, seen, root);
                out.append("#line ").append(lineNo + 1).append(" \"").append(name).append("\"\n");
            } else {
                out.append(line).append('\n');
            }
        }
    }

    private static String read(String path, String root) {
        String resource = ROOT + path;
        try (InputStream in = KernelSource.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("kernel source " + resource + " (needed by " + root
                        + ") is not on the class path; is the sciaccel-kernels jar missing?");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("kernel source " + resource + " could not be read: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KernelSource k && k.text.equals(text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text);
    }

    @Override
    public String toString() {
        return "KernelSource(" + name + ")";
    }
}
