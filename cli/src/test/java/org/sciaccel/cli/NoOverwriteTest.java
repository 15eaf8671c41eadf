package org.sciaccel.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.io.Npy;

/**
 * {@code call} never writes an output over a file it reads: an input named like an output
 * ({@code result.npy} in the {@code --out} folder) or an {@code @file} parameter is refused before
 * the op runs, and the file keeps its bytes.
 */
class NoOverwriteTest {
    @TempDir
    Path dir;

    private Path write(String name) throws Exception {
        Path p = dir.resolve(name);
        Npy.write(p, HostArray.fromDoubles(new double[] {0, 1, 2, 3, 4, 5}, DType.FLOAT64, 2, 3));
        return p;
    }

    private void refused(CliRun run, Path input, byte[] before, String output) throws Exception {
        assertEquals(2, run.code(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.errLines().get(0).startsWith("sciaccel: output " + output + " would overwrite the input"), run::toString);
        assertArrayEquals(before, Files.readAllBytes(input), "the input file is unchanged");
    }

    @Test
    void anInputNamedLikeTheOutputIsNotOverwritten() throws Exception {
        Path input = write("result.npy");
        byte[] before = Files.readAllBytes(input);
        refused(CliRun.of("call", "ndimage.gaussian_filter", input.toString(), "sigma=3", "--out", dir.toString()),
                input, before, "result");
        // The same file reached through another spelling of the folder.
        refused(CliRun.of("call", "ndimage.gaussian_filter", input.toString(), "sigma=3", "--out",
                dir.resolve("sub").resolve("..").toString()), input, before, "result");
    }

    @Test
    void anArrayGivenByNameIsNotOverwrittenEither() throws Exception {
        Path labels = dir.resolve("distances.npy");
        Npy.write(labels, new HostArray(DType.BOOL, new int[] {2, 3}, new byte[] {1, 1, 0, 1, 1, 1}));
        byte[] before = Files.readAllBytes(labels);
        refused(CliRun.of("call", "ndimage.distance_transform_edt", "input=@" + labels, "--out", dir.toString()),
                labels, before, "distances");
    }
}
