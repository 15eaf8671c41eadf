package org.sciaccel.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed double-precision twins are exactly what {@link TwinGenerator} writes from their
 * float masters, so an edit to a twin alone, or to a master without regenerating, fails the build.
 */
class TwinsUpToDateTest {
    /** Maven runs the tests in the module folder; an IDE may run them from the repository root. */
    private static Path sourceRoot() {
        Path inModule = Path.of("src/main/java");
        return Files.isDirectory(inModule.resolve("org/sciaccel/cpu")) ? inModule : Path.of("cpu-backend/src/main/java");
    }

    @Test
    void everyTwinIsRegeneratedUnchanged(@TempDir Path tmp) throws IOException {
        Path root = sourceRoot();
        List<String> stale = new ArrayList<>();
        for (String[] twin : TwinGenerator.generateAll(root)) {
            Path fresh = tmp.resolve(twin[0]);
            Files.createDirectories(fresh.getParent());
            Files.writeString(fresh, twin[1], StandardCharsets.UTF_8);
            Path committed = root.resolve(twin[0]);
            if (!Files.exists(committed)) {
                stale.add(twin[0] + " is missing");
                continue;
            }
            String difference = firstDifference(Files.readAllLines(committed, StandardCharsets.UTF_8),
                    Files.readAllLines(fresh, StandardCharsets.UTF_8));
            if (difference != null) {
                stale.add(twin[0] + " " + difference);
            }
        }
        if (!stale.isEmpty()) {
            fail("twins differ from their masters (edit the CpuXxxF master, then run tools/generate-twins.sh):\n  "
                    + String.join("\n  ", stale));
        }
    }

    /** A hand-written file may not carry the header, and every generated file must come from a listed master. */
    @Test
    void generatedFilesAreExactlyTheListedTwins() throws IOException {
        Path root = sourceRoot();
        List<String> headed;
        try (Stream<Path> files = Files.walk(root)) {
            headed = files.filter(p -> p.toString().endsWith(".java")).filter(p -> startsWithHeader(p))
                    .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted()
                    .collect(Collectors.toList());
        }
        List<String> listed = TwinGenerator.MASTERS.stream().map(TwinGenerator::twinPath).sorted()
                .collect(Collectors.toList());
        assertEquals(listed, headed);
    }

    @Test
    void markersAreRead() {
        String master = "package p;\n"
                + "//F only the master says this\n"
                + "//D import q.R;\n"
                + "final class CpuGemmF { //F\n"
                + "//D final class CpuGemmD {\n"
                + "    static final int NC = 512/*D:256*/;\n"
                + "    // twin: float only\n"
                + "    static String describe() { return \"floats\"; }\n"
                + "    // twin: end\n"
                + "    float x = (float) Math.sqrt(0.5f) + 0f + 1.5e-3f; // Single-precision complex64\n"
                + "}\n";
        String twin = TwinGenerator.generate(master, "CpuGemmF.java");
        String[] lines = twin.split("\n");
        assertTrue(lines[0].startsWith(TwinGenerator.HEADER_PREFIX + "CpuGemmF.java by tools/generate-twins.sh"),
                lines[0]);
        assertEquals(List.of("package p;", "import q.R;", "final class CpuGemmD {", "    static final int NC = 256;",
                "    double x = Math.sqrt(0.5) + 0.0 + 1.5e-3; // Double-precision complex128", "}"),
                List.of(lines).subList(1, lines.length));
    }

    private static boolean startsWithHeader(Path p) {
        try (Stream<String> lines = Files.lines(p, StandardCharsets.UTF_8)) {
            return lines.findFirst().map(l -> l.startsWith(TwinGenerator.HEADER_PREFIX)).orElse(false);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** "line N: committed '...' but generated '...'", or null when equal. */
    private static String firstDifference(List<String> committed, List<String> generated) {
        int n = Math.max(committed.size(), generated.size());
        for (int i = 0; i < n; i++) {
            String c = i < committed.size() ? committed.get(i) : "<end of file>";
            String g = i < generated.size() ? generated.get(i) : "<end of file>";
            if (!c.equals(g)) {
                return "line " + (i + 1) + ": committed '" + c.trim() + "' but generated '" + g.trim() + "'";
            }
        }
        return null;
    }
}
