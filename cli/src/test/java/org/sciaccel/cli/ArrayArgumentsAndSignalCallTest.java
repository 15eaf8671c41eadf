package org.sciaccel.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sciaccel.Backends;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.io.Npy;

/**
 * Array arguments given as {@code name=@file.npy} where SciPy takes an array (the measurements'
 * {@code index}), and scipy.signal's FFT-based functions through {@code call}. Expected values are
 * SciPy 1.10.1's.
 */
class ArrayArgumentsAndSignalCallTest {
    @TempDir
    Path dir;

    static List<String> backends() {
        return TestBackends.names();
    }

    private DType real(String backend) {
        return Backends.get(backend).supports(DType.FLOAT64) ? DType.FLOAT64 : DType.FLOAT32;
    }

    private Path write(String name, HostArray a) {
        Path p = dir.resolve(name);
        Npy.write(p, a);
        return p;
    }

    /** np.arange(12.).reshape(3, 4) and its labels [[1,1,2,0],[2,2,0,3],[3,3,1,0]] (int32). */
    private Path[] measurementInputs(DType dtype) {
        double[] v = new double[12];
        for (int i = 0; i < 12; i++) {
            v[i] = i;
        }
        Path data = write("data.npy", HostArray.fromDoubles(v, dtype, 3, 4));
        Path labels = write("l.npy", new HostArray(DType.INT32, new int[] {3, 4},
                new int[] {1, 1, 2, 0, 2, 2, 0, 3, 3, 3, 1, 0}));
        return new Path[] {data, labels};
    }

    @ParameterizedTest
    @MethodSource("backends")
    void measurementIndexFromAFile(String backend) {
        Path[] in = measurementInputs(real(backend));
        Path index = write("i.npy", new HostArray(DType.INT64, new int[] {3}, new long[] {1, 2, 3}));
        // scipy.ndimage.sum(data, labels, index=np.array([1, 2, 3])) -> [11., 11., 24.]
        CliRun run = CliRun.of("call", "ndimage.sum", "--backend", backend, "--out", dir.toString(), in[0].toString(),
                "labels=@" + in[1], "index=@" + index);
        assertEquals(0, run.code(), run::toString);
        assertTrue(run.out().contains("\"result\":[11.0,11.0,24.0]"), run::toString);

        // scipy.ndimage.maximum_position(data, labels, index=np.array([3, 1])) -> [(2, 1), (2, 2)]
        Path two = write("i2.npy", new HostArray(DType.INT32, new int[] {2}, new int[] {3, 1}));
        run = CliRun.of("call", "ndimage.maximum_position", "--backend", backend, "--out", dir.toString(),
                in[0].toString(), "labels=@" + in[1], "index=@" + two);
        assertEquals(0, run.code(), run::toString);
        assertTrue(run.out().contains("\"result\":[[2,1],[2,2]]"), run::toString);

        // A 0-d index array is one label: scipy.ndimage.mean(data, labels, 2) -> 3.6666666666666665
        Path one = write("i0.npy", new HostArray(DType.INT64, new int[0], new long[] {2}));
        run = CliRun.of("call", "ndimage.mean", "--backend", backend, "--out", dir.toString(), in[0].toString(),
                "labels=@" + in[1], "index=@" + one);
        assertEquals(0, run.code(), run::toString);
        assertTrue(run.out().contains("\"result\":3.666666666666666"), run::toString);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aFloatIndexIsMatchedAsSciPyMatchesIt(String backend) {
        Path[] in = measurementInputs(real(backend));
        Path index = write("f.npy", new HostArray(DType.FLOAT64, new int[] {1}, new double[] {1.5}));
        // scipy.ndimage.sum(data, labels, index=np.array([1.5])) -> [11.]: labels in [0, size] go through bincount,
        // which truncates 1.5 to 1; one label of 1.5 is compared in float64 and matches nothing: sum(...) -> 0.0
        CliRun run = CliRun.of("call", "ndimage.sum", "--backend", backend, in[0].toString(), "labels=@" + in[1],
                "index=@" + index);
        assertEquals(0, run.code(), run::toString);
        assertTrue(run.out().contains("\"result\":[11.0]"), run::toString);
        run = CliRun.of("call", "ndimage.sum", "--backend", backend, in[0].toString(), "labels=@" + in[1], "index=1.5");
        assertEquals(0, run.code(), run::toString);
        assertTrue(run.out().contains("\"result\":0"), run::toString);

        // Float labels compare by value: scipy.ndimage.sum(data, labels * 1.5, [1.5, 4.5]) -> [11., 24.]
        HostArray l = Npy.read(in[1]).astype(DType.FLOAT64);
        double[] scaled = (double[]) l.data();
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] *= 1.5;
        }
        Path fl = write("fl.npy", l);
        run = CliRun.of("call", "ndimage.sum", "--backend", backend, in[0].toString(), "labels=@" + fl,
                "index=[1.5,4.5]");
        assertEquals(0, run.code(), run::toString);
        assertTrue(run.out().contains("\"result\":[11.0,24.0]"), run::toString);

        // An integer input's maximum is an integer, as SciPy's: maximum(data.astype(uint64), labels, [1, 3]) -> [10, 9]
        Path u = write("u.npy", Npy.read(in[0]).astype(DType.UINT64));
        run = CliRun.of("call", "ndimage.maximum", "--backend", backend, u.toString(), "labels=@" + in[1], "index=1,3");
        assertEquals(0, run.code(), run::toString);
        assertTrue(run.out().contains("\"result\":[10,9]"), run::toString);

        run = CliRun.of("call", "ndimage.sum", "--backend", backend, in[0].toString(), "labels=@" + in[1], "index=1,x");
        assertEquals(Main.EXIT_USAGE, run.code(), run::toString);
        assertTrue(run.err().contains("index=1,x"), run::toString);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void fftconvolveResampleAndDetrend(String backend) {
        DType dtype = real(backend);
        double tol = dtype == DType.FLOAT64 ? 1e-12 : 1e-5;
        Path x = write("x.npy", HostArray.fromDoubles(new double[] {1, 2, 0, -1, 3}, dtype, 5));
        Path y = write("y.npy", HostArray.fromDoubles(new double[] {0.5, -1, 2}, dtype, 3));
        // scipy.signal.fftconvolve(x, y)
        assertArrayEquals(new double[] {0.5000000000000003, -4.440892098500626e-16, 4.440892098500626e-16, 3.5,
            2.4999999999999996, -5.0, 6.0}, result(backend, "signal.fftconvolve", x.toString(), y.toString()), tol * 8);
        // mode='same'
        assertArrayEquals(new double[] {0, 0, 3.5, 2.5, -5.0}, result(backend, "signal.fftconvolve", "in1=@" + x,
                "in2=@" + y, "mode=same"), tol * 8);

        Path squares = write("sq.npy", HostArray.fromDoubles(new double[] {0, 1, 4, 9, 16, 25}, dtype, 6));
        // scipy.signal.resample(np.array([0., 1., 4., 9., 16., 25.]), 4)
        assertArrayEquals(new double[] {2.5, 3.441028487920069, 6.500000000000001, 24.225638178746596},
                result(backend, "signal.resample", squares.toString(), "num=4"), tol * 25);

        Path d = write("d.npy", HostArray.fromDoubles(new double[] {1, 3, 2, 5, 4, 8}, dtype, 6));
        // scipy.signal.detrend(d), and with bp=[3]
        assertArrayEquals(new double[] {0.09523809523809545, 0.9238095238095245, -1.2476190476190467,
            0.5809523809523824, -1.5904761904761893, 1.23809523809524}, result(backend, "signal.detrend",
                d.toString()), tol * 8);
        assertArrayEquals(new double[] {-0.5000000000000009, 0.9999999999999996, -0.5, 0.8333333333333321,
            -1.666666666666667, 0.8333333333333339}, result(backend, "signal.detrend", d.toString(), "bp=3"), tol * 8);
        assertArrayEquals(new double[] {-2.8333333333333335, -0.8333333333333335, -1.8333333333333335,
            1.1666666666666665, 0.16666666666666652, 4.166666666666666}, result(backend, "signal.detrend",
                d.toString(), "type=constant"), tol * 8);
    }

    private double[] result(String backend, String op, String... args) {
        Path out = dir.resolve("out-" + op + "-" + args.length + "-" + String.join("", args).hashCode());
        String[] all = new String[args.length + 6];
        all[0] = "call";
        all[1] = op;
        all[2] = "--backend";
        all[3] = backend;
        all[4] = "--out";
        all[5] = out.toString();
        System.arraycopy(args, 0, all, 6, args.length);
        CliRun run = CliRun.of(all);
        assertEquals(0, run.code(), run::toString);
        return Npy.read(out.resolve("result.npy")).toDoubles();
    }
}
