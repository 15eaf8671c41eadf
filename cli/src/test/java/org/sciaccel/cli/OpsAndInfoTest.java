package org.sciaccel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sciaccel.Backends;
import org.sciaccel.registry.OpRegistry;

/** {@code sciaccel ops} and {@code sciaccel info}. */
class OpsAndInfoTest {

    @Test
    void opsListsEveryRegisteredOpWithParametersAndBackends() {
        CliRun run = CliRun.of("ops");
        assertEquals(0, run.code(), run::toString);
        assertEquals("", run.err(), run::toString);
        List<String> names = OpRegistry.standard().names();
        assertTrue(names.containsAll(List.of("ndimage.gaussian_filter", "ndimage.gaussian_filter1d", "ndimage.correlate1d")));
        for (String op : names) {
            assertTrue(run.out().contains("\n" + op + "\n") || run.out().startsWith(op + "\n"), () -> op + " missing:\n" + run);
        }
        assertTrue(run.out().contains("sigma (required)"), run::toString);
        assertTrue(run.out().contains("mode=reflect"), run::toString);
        assertTrue(run.out().contains("truncate=4.0"), run::toString);
        assertTrue(run.out().contains("weights (required)"), run::toString);
        assertTrue(run.out().contains("backends: cpu"), run::toString);
    }

    /** The README's ops table is pasted from {@code ops --markdown}: it must list exactly the registry's ops. */
    @Test
    void theReadmeOpsTableListsExactlyTheRegisteredOps() throws java.io.IOException {
        java.nio.file.Path readme = java.nio.file.Path.of("..", "README.md");
        if (!java.nio.file.Files.exists(readme)) {
            readme = java.nio.file.Path.of("README.md");
        }
        String text = java.nio.file.Files.readString(readme);
        String table = text.substring(text.indexOf("<!-- ops:start -->"), text.indexOf("<!-- ops:end -->"));
        java.util.Set<String> listed = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\| `([^`]+)` \\|").matcher(table);
        while (m.find()) {
            listed.add(m.group(1));
        }
        assertEquals(new java.util.TreeSet<>(OpRegistry.standard().names()), listed,
                "README's ops table differs from the registry: paste ./sciaccel ops --markdown between the ops markers");
    }

    @Test
    void opsMarkdownIsTheOpsByBackendsTable() {
        CliRun run = CliRun.of("ops", "--markdown");
        assertEquals(0, run.code(), run::toString);
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).startsWith("| op | cpu |"), run::toString);
        assertTrue(lines.get(1).startsWith("|---|:-:|"), run::toString);
        for (String op : OpRegistry.standard().names()) {
            // Every op runs on the CPU backend: natively (a tick) or, for host-family ops, in the JVM for every backend.
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("| `" + op + "` | \u2713 |")
                    || l.startsWith("| `" + op + "` | host |")), () -> op + ":\n" + run);
        }
        if (Backends.providers().containsKey("opencl")) {
            assertTrue(lines.get(0).equals("| op | cpu | opencl |"), run::toString);
        }
    }

    @Test
    void opsForOneOp() {
        CliRun run = CliRun.of("ops", "ndimage.correlate1d");
        assertEquals(0, run.code(), run::toString);
        assertTrue(run.out().startsWith("ndimage.correlate1d\n"), run::toString);
        assertTrue(!run.out().contains("ndimage.gaussian_filter"), run::toString);
    }

    @Test
    void infoDescribesBackendsAndTheJvm() {
        CliRun run = CliRun.of("info");
        assertEquals(0, run.code(), run::toString);
        assertEquals("", run.err(), run::toString);
        assertTrue(run.out().contains("cpu: available"), run::toString);
        assertTrue(run.out().contains("Default backend: "), run::toString);
        assertTrue(run.out().contains("Java:     " + System.getProperty("java.version")), run::toString);
        assertTrue(run.out().contains("Cores:    " + Runtime.getRuntime().availableProcessors()), run::toString);
        assertTrue(run.out().contains("sciaccel.cpu.threads="), run::toString);
        if (Backends.providers().containsKey("opencl")) {
            assertTrue(run.out().contains("opencl: "), run::toString);
        }
    }

    @Test
    void helpAndVersion() {
        CliRun help = CliRun.of("--help");
        assertEquals(0, help.code(), help::toString);
        for (String c : List.of("info", "ops", "call", "demo")) {
            assertTrue(help.out().contains(c), help::toString);
        }
        CliRun version = CliRun.of("--version");
        assertEquals(0, version.code(), version::toString);
        assertTrue(version.out().startsWith("sciaccel "), version::toString);
    }
}
