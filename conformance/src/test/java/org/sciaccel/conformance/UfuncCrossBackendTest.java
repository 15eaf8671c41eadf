package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;
import org.sciaccel.Backend;
import org.sciaccel.Backends;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.Numpy;

/**
 * The OpenCL backend's element-wise functions against the CPU backend's, on random calls: every ufunc of the
 * facade, operands of any two of the 14 dtypes, random shapes of 0 to 4 axes (empty ones included) that
 * broadcast by size-1 and missing axes, values with NaN, infinities, integer limits and overflowing bit
 * patterns ({@link UfuncArrays}), Java scalars on either side. The results must agree ({@link
 * UfuncArrays#mismatch}); where one backend refuses a call, the other must refuse it with the same exception
 * and message. Neither backend may change an input. The seed is fixed so that a failure reproduces.
 */
class UfuncCrossBackendTest {
    static final String[] BINARY = {"add", "subtract", "multiply", "divide", "floorDivide", "remainder", "power",
        "arctan2", "hypot", "maximum", "minimum", "fmax", "fmin", "equal", "notEqual", "less", "lessEqual", "greater",
        "greaterEqual", "logicalAnd", "logicalOr", "logicalXor", "bitwiseAnd", "bitwiseOr", "bitwiseXor", "leftShift",
        "rightShift"};
    static final String[] UNARY = {"negative", "absolute", "sign", "sqrt", "cbrt", "square", "reciprocal", "exp", "exp2",
        "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "arcsin", "arccos", "arctan", "sinh", "cosh",
        "tanh", "arcsinh", "arccosh", "arctanh", "deg2rad", "rad2deg", "floor", "ceil", "trunc", "rint", "round",
        "isnan", "isinf", "isfinite", "conj", "logicalNot", "invert", "nanToNum", "real", "imag", "angle"};
    static final DType[] TYPES = DType.values();

    private static Backend cpu;
    private static Backend opencl;

    @BeforeAll
    static void backends() {
        String missing = TestBackends.missingRequiredBackend();
        if (missing != null) {
            fail(missing);
        }
        if (!Backends.isAvailable(TestBackends.OPENCL)) {
            throw new TestAbortedException("no OpenCL backend here to compare with the CPU");
        }
        cpu = TestBackends.get(TestBackends.CPU);
        opencl = TestBackends.get(TestBackends.OPENCL);
    }

    @Test
    void binaryFunctionsAgreeOnRandomBroadcastOperands() {
        Random r = new Random(13_001);
        List<String> failures = new ArrayList<>();
        for (int trial = 0; trial < 140; trial++) {
            Method m = facade(BINARY[r.nextInt(BINARY.length)], NDArray.class, NDArray.class);
            int[] shape = UfuncArrays.shape(r);
            HostArray a = UfuncArrays.random(TYPES[r.nextInt(TYPES.length)], UfuncArrays.broadcastingTo(shape, r), r);
            HostArray b = UfuncArrays.random(TYPES[r.nextInt(TYPES.length)], UfuncArrays.broadcastingTo(shape, r), r);
            // now and then an operand that does not broadcast: both backends must refuse it alike
            if (r.nextInt(25) == 0 && shape.length > 0 && shape[shape.length - 1] > 1) {
                int[] bad = shape.clone();
                bad[bad.length - 1] += 1;
                b = UfuncArrays.random(b.dtype(), bad, r);
            }
            compare(failures, m.getName(), List.of(a, b), x -> invoke(m, x.get(0), x.get(1)));
        }
        assertNoFailures(failures);
    }

    @Test
    void unaryFunctionsAgree() {
        Random r = new Random(13_002);
        List<String> failures = new ArrayList<>();
        for (int trial = 0; trial < 110; trial++) {
            Method m = facade(UNARY[r.nextInt(UNARY.length)], NDArray.class);
            HostArray a = UfuncArrays.random(TYPES[r.nextInt(TYPES.length)], UfuncArrays.shape(r), r);
            compare(failures, m.getName(), List.of(a), x -> invoke(m, x.get(0)));
        }
        assertNoFailures(failures);
    }

    @Test
    void javaScalarOperandsAgree() {
        Random r = new Random(13_003);
        long[] ints = {0, 1, -1, 5, 127, 300, -129, 70_000, 1L << 40, Long.MIN_VALUE};
        double[] reals = {0.5, -2.5, 1e10, 3e38, 1e300, Double.NaN, Double.NEGATIVE_INFINITY};
        List<String> failures = new ArrayList<>();
        for (int trial = 0; trial < 70; trial++) {
            String name = BINARY[r.nextInt(BINARY.length)];
            boolean integral = r.nextBoolean();
            boolean left = r.nextBoolean();
            Class<?> scalarType = integral ? long.class : double.class;
            Method m = left ? facade(name, scalarType, NDArray.class) : facade(name, NDArray.class, scalarType);
            Object s = integral ? (Object) ints[r.nextInt(ints.length)] : (Object) reals[r.nextInt(reals.length)];
            HostArray a = UfuncArrays.random(TYPES[r.nextInt(TYPES.length)], UfuncArrays.shape(r), r);
            compare(failures, name + (left ? "(" + s + ", x)" : "(x, " + s + ")"), List.of(a),
                    x -> left ? invoke(m, s, x.get(0)) : invoke(m, x.get(0), s));
        }
        assertNoFailures(failures);
    }

    @Test
    void whereClipIscloseAndRoundAgree() {
        Random r = new Random(13_004);
        List<String> failures = new ArrayList<>();
        for (int trial = 0; trial < 60; trial++) {
            int[] shape = UfuncArrays.shape(r);
            DType t = TYPES[r.nextInt(TYPES.length)];
            DType u = TYPES[r.nextInt(TYPES.length)];
            HostArray a = UfuncArrays.random(t, UfuncArrays.broadcastingTo(shape, r), r);
            HostArray b = UfuncArrays.random(u, UfuncArrays.broadcastingTo(shape, r), r);
            switch (trial % 5) {
                case 0: {
                    HostArray c = UfuncArrays.random(DType.BOOL, UfuncArrays.broadcastingTo(shape, r), r);
                    compare(failures, "where", List.of(c, a, b), x -> Numpy.where(x.get(0), x.get(1), x.get(2)));
                    break;
                }
                case 1: {
                    HostArray hi = UfuncArrays.random(u, UfuncArrays.broadcastingTo(shape, r), r);
                    compare(failures, "clip", List.of(a, b, hi), x -> Numpy.clip(x.get(0), x.get(1), x.get(2)));
                    break;
                }
                case 2: {
                    double rtol = r.nextBoolean() ? 1e-5 : 0.1;
                    boolean equalNan = r.nextBoolean();
                    compare(failures, "isclose(rtol=" + rtol + ", equal_nan=" + equalNan + ")", List.of(a, b),
                            x -> Numpy.isclose(x.get(0), x.get(1), rtol, 1e-8, equalNan));
                    break;
                }
                case 3: {
                    int decimals = r.nextInt(7) - 3;
                    compare(failures, "round(decimals=" + decimals + ")", List.of(a), x -> Numpy.round(x.get(0), decimals));
                    break;
                }
                default: {
                    double nan = r.nextInt(5) - 2;
                    Double posinf = r.nextBoolean() ? null : 1e5;
                    compare(failures, "nanToNum(nan=" + nan + ", posinf=" + posinf + ")", List.of(a),
                            x -> Numpy.nanToNum(x.get(0), nan, posinf, -7.0));
                    break;
                }
            }
        }
        assertNoFailures(failures);
    }

    /**
     * A Java scalar ahead of a broadcast operand in one program: the kernel's scalar arguments and the
     * operand's strides must reach it in the order it declares them (they once did not, which read a
     * stride as the scalar).
     */
    @Test
    void scalarsNextToBroadcastOperandsAgree() {
        Random r = new Random(13_005);
        List<String> failures = new ArrayList<>();
        for (int trial = 0; trial < 24; trial++) {
            int[] shape = {2 + r.nextInt(4), 2 + r.nextInt(5)};
            DType t = trial % 2 == 0 ? DType.FLOAT32 : DType.INT32;
            HostArray c = UfuncArrays.random(DType.BOOL, shape, r);
            HostArray row = UfuncArrays.random(t, new int[] {shape[1]}, r);
            HostArray column = UfuncArrays.random(t, new int[] {shape[0], 1}, r);
            double x = 2.5 + trial;
            long y = -3 - trial;
            compare(failures, "where(c, " + x + ", row)", List.of(c, row), a -> Numpy.where(a.get(0), x, a.get(1)));
            compare(failures, "where(c, column, " + y + ")", List.of(c, column),
                    a -> Numpy.where(a.get(0), a.get(1), y));
            compare(failures, "where(c, " + y + ", column)", List.of(c, column), a -> Numpy.where(a.get(0), y, a.get(1)));
        }
        assertNoFailures(failures);
    }

    /**
     * Runs {@code call} on both backends with {@code inputs} uploaded to each, and records in {@code failures}
     * where the outcomes differ or an input changed.
     */
    private static void compare(List<String> failures, String what, List<HostArray> inputs,
            Function<List<NDArray>, NDArray> call) {
        StringBuilder d = new StringBuilder(what);
        for (HostArray h : inputs) {
            d.append(' ').append(h.dtype()).append(Arrays.toString(h.shape()));
        }
        String description = d.toString();
        for (HostArray h : inputs) {
            if (!opencl.supports(h.dtype())) {
                return; // a device without float64: the dtype sweep and strict refusal tests cover it
            }
        }
        Object onCpu = outcome(cpu, inputs, call, failures, description);
        Object onDevice = outcome(opencl, inputs, call, failures, description);
        if (onDevice instanceof UnsupportedOperationException && !opencl.supports(DType.FLOAT64)) {
            return; // the program needs float64 inside, which this device lacks
        }
        if (onCpu instanceof RuntimeException e) {
            if (!(onDevice instanceof RuntimeException f) || f.getClass() != e.getClass()
                    || !String.valueOf(f.getMessage()).equals(String.valueOf(e.getMessage()))) {
                failures.add(description + ": the CPU raises " + e + ", OpenCL gives " + onDevice);
            }
            return;
        }
        if (onDevice instanceof RuntimeException f) {
            failures.add(description + ": the CPU gives a result, OpenCL raises " + f);
            return;
        }
        String mismatch = UfuncArrays.mismatch((HostArray) onCpu, (HostArray) onDevice);
        if (mismatch != null) {
            failures.add(description + ": OpenCL differs from the CPU: " + mismatch);
        }
    }

    /** The call's result on {@code backend} as a host array, or the exception it raised. */
    private static Object outcome(Backend backend, List<HostArray> inputs, Function<List<NDArray>, NDArray> call,
            List<String> failures, String description) {
        List<NDArray> arrays = new ArrayList<>();
        try {
            for (HostArray h : inputs) {
                arrays.add(NDArray.fromHost(backend, h));
            }
            try (NDArray out = call.apply(arrays)) {
                assertTrue(out.backend() == backend, description + ": result not on " + backend.name());
                return out.toHost();
            } catch (RuntimeException e) {
                return e;
            }
        } finally {
            for (int i = 0; i < arrays.size(); i++) {
                if (!UfuncArrays.sameBits(inputs.get(i), arrays.get(i).toHost())) {
                    failures.add(description + ": " + backend.name() + " changed input " + i);
                }
                arrays.get(i).close();
            }
        }
    }

    static Method facade(String name, Class<?>... parameters) {
        try {
            Method m = Numpy.class.getMethod(name, parameters);
            m.setAccessible(true); // declared in a package-private class of the facade chain
            return m;
        } catch (NoSuchMethodException e) {
            throw new AssertionError("Numpy." + name + Arrays.toString(parameters) + " is missing", e);
        }
    }

    static NDArray invoke(Method m, Object... args) {
        try {
            return (NDArray) m.invoke(null, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new AssertionError(e.getCause());
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private static void assertNoFailures(List<String> failures) {
        if (!failures.isEmpty()) {
            fail(failures.size() + " calls differ between the backends:\n" + String.join("\n", failures));
        }
    }
}
