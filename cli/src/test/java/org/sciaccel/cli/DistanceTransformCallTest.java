package org.sciaccel.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.io.Npy;

/**
 * {@code ndimage.distance_transform_edt} and {@code _cdt} through {@code call} return what
 * {@code return_distances} and {@code return_indices} ask for, as SciPy does: the distances alone by
 * default, the feature indices (int32, shape {@code (ndim,) + input.shape}) when asked, and a usage
 * error naming both parameters when neither is asked. Expected values are SciPy 1.10.1's.
 */
class DistanceTransformCallTest {
    /** [[0,1,1,1,0],[1,1,1,1,1],[1,1,0,1,1],[0,1,1,1,1]] as bool. */
    private static final byte[] INPUT = {0, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 0, 1, 1, 1, 1};
    private static final double R2 = Math.sqrt(2);
    /** scipy.ndimage.distance_transform_edt(INPUT) */
    private static final double[] EDT = {0, 1, 2, 1, 0, 1, R2, 1, R2, 1, 1, 1, 0, 1, 2, 0, 1, 1, R2, Math.sqrt(5)};
    /** scipy.ndimage.distance_transform_edt(INPUT, return_indices=True)[1] */
    private static final int[] EDT_INDICES = {0, 0, 0, 0, 0, 0, 0, 2, 2, 0, 3, 2, 2, 2, 2, 3, 3, 2, 2, 2,
        0, 0, 0, 4, 4, 0, 0, 2, 2, 4, 0, 2, 2, 2, 2, 0, 0, 2, 2, 2};
    /** scipy.ndimage.distance_transform_cdt(INPUT) (chessboard metric) */
    private static final int[] CDT = {0, 1, 2, 1, 0, 1, 1, 1, 1, 1, 1, 1, 0, 1, 2, 0, 1, 1, 1, 2};

    @TempDir
    Path dir;

    static List<String> backends() {
        return TestBackends.names();
    }

    private Path input() {
        Path p = dir.resolve("mask.npy");
        Npy.write(p, new HostArray(DType.BOOL, new int[] {4, 5}, INPUT.clone()));
        return p;
    }

    private CliRun call(String backend, String op, Path out, String... params) {
        String[] args = new String[6 + params.length];
        String[] head = {"call", op, "--backend", backend, "--out", out.toString()};
        System.arraycopy(head, 0, args, 0, head.length);
        System.arraycopy(params, 0, args, head.length, params.length);
        return CliRun.of(args);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void edtWritesTheDistancesAloneByDefault(String backend) throws Exception {
        Path out = dir.resolve("default");
        CliRun run = call(backend, "ndimage.distance_transform_edt", out, input().toString());
        assertEquals(0, run.code(), run::toString);
        HostArray d = Npy.read(out.resolve("distances.npy"));
        assertEquals(DType.FLOAT64, d.dtype());
        assertArrayEquals(EDT, (double[]) d.data(), 1e-15);
        assertFalse(Files.exists(out.resolve("indices.npy")), "indices were not asked for");
    }

    @ParameterizedTest
    @MethodSource("backends")
    void edtWritesBothWhenIndicesAreAsked(String backend) {
        Path out = dir.resolve("both");
        CliRun run = call(backend, "ndimage.distance_transform_edt", out, input().toString(), "return_indices=true");
        assertEquals(0, run.code(), run::toString);
        assertArrayEquals(EDT, (double[]) Npy.read(out.resolve("distances.npy")).data(), 1e-15);
        HostArray i = Npy.read(out.resolve("indices.npy"));
        assertEquals(DType.INT32, i.dtype());
        assertArrayEquals(new int[] {2, 4, 5}, i.shape());
        assertArrayEquals(EDT_INDICES, (int[]) i.data());
    }

    @ParameterizedTest
    @MethodSource("backends")
    void edtWritesOnlyTheIndicesWhenDistancesAreNotAsked(String backend) throws Exception {
        Path out = dir.resolve("indices");
        CliRun run = call(backend, "ndimage.distance_transform_edt", out, input().toString(),
                "return_distances=false", "return_indices=true");
        assertEquals(0, run.code(), run::toString);
        assertFalse(Files.exists(out.resolve("distances.npy")), "distances were not asked for");
        assertArrayEquals(EDT_INDICES, (int[]) Npy.read(out.resolve("indices.npy")).data());
    }

    @ParameterizedTest
    @MethodSource("backends")
    void cdtFollowsTheSameRule(String backend) throws Exception {
        Path out = dir.resolve("cdt");
        CliRun run = call(backend, "ndimage.distance_transform_cdt", out, input().toString());
        assertEquals(0, run.code(), run::toString);
        HostArray d = Npy.read(out.resolve("distances.npy"));
        assertEquals(DType.INT32, d.dtype());
        assertArrayEquals(CDT, (int[]) d.data());
        assertFalse(Files.exists(out.resolve("indices.npy")));

        Path both = dir.resolve("cdt-both");
        run = call(backend, "ndimage.distance_transform_cdt", both, input().toString(), "return_indices=true");
        assertEquals(0, run.code(), run::toString);
        assertArrayEquals(CDT, (int[]) Npy.read(both.resolve("distances.npy")).data());
        assertArrayEquals(new int[] {2, 4, 5}, Npy.read(both.resolve("indices.npy")).shape());
    }

    @ParameterizedTest
    @MethodSource("backends")
    void askingForNeitherIsAUsageErrorNamingBoth(String backend) {
        for (String op : new String[] {"ndimage.distance_transform_edt", "ndimage.distance_transform_cdt"}) {
            CliRun run = call(backend, op, dir.resolve("none"), input().toString(), "return_distances=false");
            // Exit 1, as for every value the library refuses (2 is for a call the CLI cannot bind).
            assertEquals(1, run.code(), run::toString);
            assertEquals(1, run.errLines().size(), run::toString);
            String line = run.errLines().get(0);
            assertTrue(line.startsWith("sciaccel: ") && line.contains("return_distances") && line.contains("return_indices"),
                    run::toString);
        }
    }
}
