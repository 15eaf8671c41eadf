package org.sciaccel.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.io.Npy;

/**
 * NumPy's creation functions from the command line: Python number syntax keeps its type (the dtype
 * NumPy infers), mgrid's key is Python's slice syntax, meshgrid takes one to eight arrays and names its
 * outputs X1, X2, ..., and linspace's step is a scalar output.
 */
class NumpyCreationCallTest {
    @TempDir
    Path dir;

    static List<String> backends() {
        return TestBackends.names();
    }

    private CliRun call(String backend, String... args) {
        String[] all = new String[args.length + 5];
        all[0] = "call";
        all[1] = args[0];
        all[2] = "--backend";
        all[3] = backend;
        all[4] = "--out";
        all[5] = dir.toString();
        System.arraycopy(args, 1, all, 6, args.length - 1);
        return CliRun.of(all);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void pythonNumbersKeepTheirType(String backend) {
        CliRun run = call(backend, "numpy.full", "shape=2", "fill_value=3");
        assertEquals(0, run.code(), run::toString);
        assertEquals(DType.INT64, Npy.read(dir.resolve("result.npy")).dtype());
        run = call(backend, "numpy.full", "shape=2", "fill_value=1+2j");
        assertEquals(0, run.code(), run::toString);
        HostArray c = Npy.read(dir.resolve("result.npy"));
        assertEquals(DType.COMPLEX128, c.dtype());
        assertArrayEquals(new double[] {1, 2, 1, 2}, (double[]) c.data());
        run = call(backend, "numpy.arange", "start=1", "stop=2", "step=0.25");
        assertEquals(0, run.code(), run::toString);
        assertArrayEquals(new double[] {1, 1.25, 1.5, 1.75}, Npy.read(dir.resolve("result.npy")).toDoubles(), 0);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void mgridTakesPythonsSliceSyntax(String backend) {
        CliRun run = call(backend, "numpy.mgrid", "key=0:2,-1:1:3j");
        assertEquals(0, run.code(), run::toString);
        HostArray g = Npy.read(dir.resolve("result.npy"));
        assertArrayEquals(new int[] {2, 2, 3}, g.shape());
        // NumPy 1.24: np.mgrid[0:2, -1:1:3j].ravel()
        assertArrayEquals(new double[] {0, 0, 0, 1, 1, 1, -1, 0, 1, -1, 0, 1}, g.toDoubles(), 0);
        run = call(backend, "numpy.ogrid", "key=0:3");
        assertEquals(0, run.code(), run::toString);
        assertArrayEquals(new long[] {0, 1, 2}, (long[]) Npy.read(dir.resolve("result.npy")).data());
        run = call(backend, "numpy.mgrid", "key=0:3:x");
        assertEquals(2, run.code(), run::toString);
        assertTrue(run.err().contains("'x' is not a number"), run::toString);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void meshgridTakesOneToEightArrays(String backend) throws Exception {
        Path x = dir.resolve("x.npy");
        Path y = dir.resolve("y.npy");
        Npy.write(x, new HostArray(DType.INT32, new int[] {3}, new int[] {1, 2, 3}));
        Npy.write(y, new HostArray(DType.FLOAT32, new int[] {2}, new float[] {5, 6}));
        Path out = dir.resolve("out");
        java.nio.file.Files.createDirectories(out);
        CliRun run = CliRun.of("call", "numpy.meshgrid", x.toString(), y.toString(), "--backend", backend,
                "--out=" + out);
        assertEquals(0, run.code(), run::toString);
        HostArray gx = Npy.read(out.resolve("X1.npy"));
        HostArray gy = Npy.read(out.resolve("X2.npy"));
        assertArrayEquals(new int[] {2, 3}, gx.shape());
        assertArrayEquals(new int[] {1, 2, 3, 1, 2, 3}, (int[]) gx.data());
        assertArrayEquals(new float[] {5, 5, 5, 6, 6, 6}, (float[]) gy.data());
        Path one = dir.resolve("one");
        java.nio.file.Files.createDirectories(one);
        run = CliRun.of("call", "numpy.meshgrid", x.toString(), "--backend", backend, "--out=" + one);
        assertEquals(0, run.code(), run::toString);
        assertArrayEquals(new int[] {1, 2, 3}, (int[]) Npy.read(one.resolve("X1.npy")).data());
    }

    @Test
    void linspacesStepIsAScalarOutput() {
        CliRun run = call("cpu", "numpy.linspace", "start=0", "stop=1", "num=5", "retstep=true");
        assertEquals(0, run.code(), run::toString);
        assertTrue(run.out().contains("\"step\":0.25"), run::toString);
    }
}
