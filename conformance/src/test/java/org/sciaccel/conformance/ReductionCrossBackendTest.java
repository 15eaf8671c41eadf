package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.sciaccel.Backend;
import org.sciaccel.Backends;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.Warnings;
import org.sciaccel.numpy.Numpy;
import org.sciaccel.numpy.ReductionOptions;

/**
 * The reductions on arrays large enough for the OpenCL backend's multi-pass paths (chunks of a slice reduced to
 * partials, further passes over them, chunked scans, block swaps), which the small golden inputs never reach:
 * the OpenCL result equals the CPU backend's (integers and positions exactly; floats within the float32 or
 * float64 bound of {@link Tolerances} times the largest magnitude; NaN where the CPU has NaN), the same warnings
 * are emitted, and nothing but the nan reductions' four-byte warning flag crosses between host and device.
 */
class ReductionCrossBackendTest {

    private static Backend opencl() {
        Assumptions.assumeTrue(Backends.isAvailable(TestBackends.OPENCL) || TestBackends.openClRequired(),
                "no OpenCL backend");
        return TestBackends.get(TestBackends.OPENCL);
    }

    /** Random values of {@code dtype} with a few NaN and inf for the float types. */
    static HostArray values(DType dtype, int[] shape, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = org.sciaccel.Shapes.size(shape);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = dtype.isIntegral() ? r.nextInt(dtype == DType.BOOL ? 2 : 50) - (dtype.kind() == DType.Kind.SIGNED ? 25 : 0)
                    : dtype == DType.FLOAT16 ? r.nextInt(-8, 9) / 4.0 : r.nextDouble() * 2 - 1;
        }
        if (dtype.isComplex()) {
            HostArray re = HostArray.fromDoubles(v, DType.FLOAT64, shape).astype(dtype);
            Object d = re.data();
            for (int i = 0; i < n; i++) {
                double im = r.nextDouble() - 0.5;
                if (d instanceof float[] f) {
                    f[2 * i + 1] = (float) im;
                } else {
                    ((double[]) d)[2 * i + 1] = im;
                }
            }
            return re;
        }
        if (dtype == DType.UINT64) {
            for (int i = 0; i < n; i += 7) {
                v[i] = 1e19;  // above 2^63: compared unsigned
            }
        }
        return HostArray.fromDoubles(v, dtype, shape);
    }

    static HostArray withNaN(HostArray h, long seed) {
        HostArray c = h.copy();
        SplittableRandom r = new SplittableRandom(seed);
        Object d = c.data();
        int n = c.size();
        for (int k = 0; k < 3; k++) {
            int i = r.nextInt(n);
            if (d instanceof float[] f) {
                f[c.dtype().isComplex() ? 2 * i : i] = Float.NaN;
            } else if (d instanceof double[] a) {
                a[c.dtype().isComplex() ? 2 * i + 1 : i] = Double.NaN;
            }
        }
        return c;
    }

    /** One operation of the comparison. */
    record Op(String name, Function<NDArray, NDArray> f) {
    }

    private static List<Op> ops(int axis, int[] axes) {
        ReductionOptions o = ReductionOptions.over(axes);
        return List.of(new Op("sum", a -> Numpy.sum(a, o)), new Op("prod", a -> Numpy.prod(a, o)),
                new Op("nansum", a -> Numpy.nansum(a, o)), new Op("mean", a -> Numpy.mean(a, o)),
                new Op("nanmean", a -> Numpy.nanmean(a, o)), new Op("var", a -> Numpy.var(a, o.ddof(1))),
                new Op("nanstd", a -> Numpy.nanstd(a, o)), new Op("max", a -> Numpy.max(a, o)),
                new Op("min", a -> Numpy.min(a, o)), new Op("nanmax", a -> Numpy.nanmax(a, o)),
                new Op("nanmin", a -> Numpy.nanmin(a, o)), new Op("any", a -> Numpy.any(a, o)),
                new Op("all", a -> Numpy.all(a, o)), new Op("count_nonzero", a -> Numpy.countNonzero(a, o)),
                new Op("argmax", a -> Numpy.argmax(a, axis)), new Op("argmin", a -> Numpy.argmin(a, axis)),
                new Op("cumsum", a -> Numpy.cumsum(a, axis)), new Op("cumprod", a -> Numpy.cumprod(a, axis)),
                new Op("diff", a -> Numpy.diff(a, 2, axis)));
    }

    @TestFactory
    Stream<DynamicTest> largeArraysAgreeWithTheCpu() {
        Backend cl = opencl();
        Backend cpu = TestBackends.get(TestBackends.CPU);
        List<DynamicTest> tests = new ArrayList<>();
        // {shape, axis for the single-axis ops, axes for the others}
        Object[][] layouts = {
            {new int[] {1 << 18}, 0, new int[] {0}},
            {new int[] {3, 90_000}, 1, new int[] {1}},
            {new int[] {6000, 40}, 0, new int[] {0}},
            {new int[] {4, 3000, 17}, 1, new int[] {1}},
            {new int[] {12, 30, 40, 6}, 2, new int[] {0, 2}},
        };
        DType[] dtypes = {DType.FLOAT32, DType.FLOAT64, DType.INT32, DType.UINT64, DType.INT8, DType.BOOL,
            DType.COMPLEX64, DType.FLOAT16};
        long seed = 1;
        for (Object[] l : layouts) {
            int[] shape = (int[]) l[0];
            for (DType t : dtypes) {
                HostArray h = values(t, shape, seed++);
                HostArray hn = t.isFloatingPoint() || t.isComplex() ? withNaN(h, seed++) : h;
                for (HostArray input : t.isFloatingPoint() || t.isComplex() ? List.of(h, hn) : List.of(h)) {
                    for (Op op : ops((Integer) l[1], (int[]) l[2])) {
                        if (t == DType.FLOAT16 && (op.name.equals("prod") || op.name.equals("cumprod")
                                || op.name.equals("cumsum") || op.name.equals("var") || op.name.equals("nanstd"))) {
                            continue;  // half products and running sums overflow and round at every step
                        }
                        String label = op.name + " " + t + " " + java.util.Arrays.toString(shape)
                                + (input == h ? "" : " with NaN");
                        tests.add(DynamicTest.dynamicTest(label, () -> compare(cpu, cl, input, op, label)));
                    }
                }
            }
        }
        return tests.stream();
    }

    private static void compare(Backend cpu, Backend cl, HostArray input, Op op, String label) {
        TestBackends.assumeSupports(cl, input.dtype(), DType.FLOAT64);
        HostArray want;
        List<Warnings.Warning> cpuWarnings;
        try (NDArray a = NDArray.fromHost(cpu, input); Warnings.Collector w = Warnings.collect();
                NDArray r = op.f.apply(a)) {
            want = r.toHost();
            cpuWarnings = w.warnings();
        }
        try (NDArray a = NDArray.fromHost(cl, input)) {
            long in = cl.bytesToBackend();
            long out = cl.bytesFromBackend();
            HostArray got;
            try (Warnings.Collector w = Warnings.collect(); NDArray r = op.f.apply(a)) {
                assertEquals(cpuWarnings, w.warnings(), label + ": warnings");
                assertEquals(in, cl.bytesToBackend(), label + ": bytes copied to the device by the op");
                long flagBytes = op.name.startsWith("nan") && !op.name.equals("nansum")
                        && !input.dtype().isIntegral() ? 4 : 0;
                assertEquals(out + flagBytes, cl.bytesFromBackend(), label + ": bytes copied from the device by the op");
                got = r.toHost();
            }
            String why = agree(want, got);
            assertTrue(why == null, label + ": OpenCL differs from the CPU: " + why);
        }
    }

    /** null when the two results agree (see the class comment). */
    static String agree(HostArray want, HostArray got) {
        if (want.dtype() != got.dtype() || !java.util.Arrays.equals(want.shape(), got.shape())) {
            return "dtype/shape " + got.dtype() + java.util.Arrays.toString(got.shape()) + " vs " + want.dtype()
                    + java.util.Arrays.toString(want.shape());
        }
        double[] w = LinalgChecks.values(want);
        double[] g = LinalgChecks.values(got);
        if (want.dtype().isIntegral()) {
            for (int i = 0; i < want.size(); i++) {
                if (want.getLong(i) != got.getLong(i)) {
                    return "element " + i + ": " + got.getLong(i) + " vs " + want.getLong(i);
                }
            }
            return null;
        }
        DType t = want.dtype();
        double rel = t == DType.FLOAT64 || t == DType.COMPLEX128 ? 1e-12 : t == DType.FLOAT16 ? 1e-3 : 2e-5;
        double scale = 0;
        for (double v : w) {
            if (Double.isFinite(v)) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        for (int i = 0; i < w.length; i++) {
            boolean ok = Double.isNaN(w[i]) ? Double.isNaN(g[i])
                    : Double.isInfinite(w[i]) ? w[i] == g[i] : Math.abs(w[i] - g[i]) <= rel * scale;
            if (!ok) {
                return "value " + i + ": " + g[i] + " vs " + w[i] + " (scale " + scale + ")";
            }
        }
        return null;
    }

    @Test
    void aPipelineOfReductionsStaysOnTheDevice() {
        Backend cl = opencl();
        HostArray h = values(DType.FLOAT32, new int[] {300, 400}, 99);
        try (NDArray a = NDArray.fromHost(cl, h)) {
            long in = cl.bytesToBackend();
            long out = cl.bytesFromBackend();
            try (NDArray m = a.max(); NDArray s = a.sum(0); NDArray mean = s.mean(); NDArray arg = a.argmax(1);
                    NDArray c = a.cumsum(0)) {
                assertEquals(0, m.ndim(), "a reduction over every axis is a 0-d array");
                assertEquals(cl, m.backend());
                assertEquals(cl, mean.backend());
                assertEquals(in, cl.bytesToBackend());
                assertEquals(out, cl.bytesFromBackend(), "no reduction copied data to the host");
                double max = m.doubleValue();
                assertEquals(out + 4, cl.bytesFromBackend(), "reading the 0-d result copies its 4 bytes");
                float want = Float.NEGATIVE_INFINITY;
                for (float v : (float[]) h.data()) {
                    want = Math.max(want, v);
                }
                assertEquals(want, max, 0);
            }
        }
    }
}
