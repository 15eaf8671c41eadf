package org.sciaccel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.io.Npy;

/** A call whose outputs cannot all be written leaves none of them, and no temporary file, behind. */
class AllOrNothingOutputsTest {
    @TempDir
    Path dir;

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void svdWhoseSecondOutputCannotBeWrittenLeavesNoFirstOutput() throws IOException {
        Path a = dir.resolve("a.npy");
        Npy.write(a, new HostArray(DType.FLOAT64, new int[] {2, 2}, new double[] {2, 1, 1, 3}));
        Path out = dir.resolve("out");
        // s.npy is a (non-empty) directory: the second of U, s, Vh cannot be written
        Files.createDirectories(out.resolve("s.npy"));
        Files.writeString(out.resolve("s.npy").resolve("keep.txt"), "not an output");
        CliRun run = CliRun.of("call", "linalg.svd", a.toString(), "--backend", "cpu", "--out", out.toString());
        assertEquals(Main.EXIT_FAILURE, run.code(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.errLines().get(0).contains("s.npy"), run::toString);
        assertEquals(List.of("s.npy"), names(out), "what the failed call left in --out");
    }

    @Test
    void aSuccessfulCallReplacesEarlierOutputsAndLeavesNoTemporaryFile() throws IOException {
        Path a = dir.resolve("a.npy");
        Npy.write(a, new HostArray(DType.FLOAT64, new int[] {2, 2}, new double[] {2, 1, 1, 3}));
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("U.npy"), "an older, unrelated file");
        CliRun run = CliRun.of("call", "linalg.svd", a.toString(), "--backend", "cpu", "--out", out.toString());
        assertEquals(0, run.code(), run::toString);
        assertEquals(List.of("U.npy", "Vh.npy", "s.npy"), names(out));
        assertEquals(DType.FLOAT64, Npy.read(out.resolve("U.npy")).dtype());
    }
}
