package org.sciaccel.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.io.Npy;

/**
 * The comparisons a golden case can name in its {@code check} key. Each compares what the op
 * returned (every output brought to the host: {@link HostArray}, {@link Number} or a JSON list) with
 * what SciPy returned, under {@link Tolerances}, and answers null when they agree or a description
 * of every difference.
 *
 * <p>Most ops need only {@link #DEFAULT}: each output against SciPy's, element by element. Ops
 * whose result SciPy leaves partly to the algorithm (the signs of singular vectors, the order of
 * eigenvalues) name a property check instead; such a check is the one place an op's golden cases
 * need Java.
 */
final class GoldenChecks {
    /** Each output equal to SciPy's within the dtype's tolerance. */
    static final String DEFAULT = "allclose";

    /** How a case's outputs are judged. */
    interface Check {
        /**
         * @param c      the case (its expected outputs and folder)
         * @param got    every output the op returned, on the host, by name
         * @param inputs the array arguments as uploaded, in the op's order
         */
        String mismatch(GoldenCall c, Map<String, Object> got, List<HostArray> inputs);
    }

    private static final Map<String, Check> CHECKS = new TreeMap<>();

    static {
        CHECKS.put(DEFAULT, GoldenChecks::allOutputs);
        CHECKS.put("fft", GoldenChecks::fftOutputs);
        MorphologyGoldenChecks.registerAll();
        FitGoldenChecks.registerAll();
        LinalgGoldenChecks.registerAll();
        DecompositionGoldenChecks.registerAll();
        RandomGoldenChecks.registerAll();
        SortingGoldenChecks.registerAll();
        CreationGoldenChecks.registerAll();
        NumpyGoldenChecks.registerAll();
        OptimizeGoldenChecks.registerAll();
        RootGoldenChecks.registerAll();
        IvpBatchGoldenChecks.registerAll();
        QuadGoldenChecks.registerAll();
        FitpackGoldenChecks.registerAll();
        IvpGoldenChecks.registerAll();
        SpecialGoldenChecks.registerAll();
        SpecialEllipGoldenChecks.registerAll();
        IoGoldenChecks.registerAll();
        StatsDiscreteGoldenChecks.registerAll();
    }

    private GoldenChecks() {
    }

    /** Adds a property check (called from a family's check class's static initializer list below). */
    static void register(String name, Check check) {
        if (CHECKS.putIfAbsent(name, check) != null) {
            throw new IllegalStateException("check " + name + " registered twice");
        }
    }

    static Check get(String name) {
        Check c = CHECKS.get(name);
        if (c == null) {
            throw new IllegalArgumentException("unknown golden check '" + name + "'; known: " + CHECKS.keySet());
        }
        return c;
    }

    /** An output that must equal SciPy's exactly: a flag or a text (an OptimizeResult's success, message). */
    record Exact(Object value) {
    }

    /** The expected value of one output: an array read from its file, a number, a JSON list, or an {@link Exact}. */
    static Object expected(GoldenCall c, String output) {
        Object e = c.expected().get(output);
        if (e instanceof String path) {
            return Npy.read(c.dir().resolve(path));
        }
        if (e instanceof Map<?, ?> m) {
            if (m.containsKey("npy")) {
                return Npy.read(c.dir().resolve((String) m.get("npy")));
            }
            if (m.containsKey("json")) {
                return m.get("json");
            }
            if (m.containsKey("scalar")) {
                return m.get("scalar");
            }
            if (m.containsKey("exact")) {
                return new Exact(m.get("exact"));
            }
        }
        throw new IllegalArgumentException(c.source() + ": expected." + output + " is neither a path nor "
                + "{npy|json|scalar|exact: ...}: " + e);
    }

    /** A key of an expected output's object form, or null. */
    static Object attribute(GoldenCall c, String output, String key) {
        Object e = c.expected().get(output);
        return e instanceof Map<?, ?> m ? m.get(key) : null;
    }

    /**
     * The dtypes of the expected arrays: with the inputs' dtypes, what a backend must hold to run
     * the case. A scalar output is not counted: the device never holds it (a float32 input's mean
     * is a float64 scalar in SciPy, computed however the backend can).
     */
    static List<DType> expectedDTypes(GoldenCall c) {
        List<DType> out = new ArrayList<>();
        for (String name : c.expected().keySet()) {
            if (c.expected().get(name) instanceof String || attribute(c, name, "npy") != null) {
                out.add(((HostArray) expected(c, name)).dtype());
            }
        }
        return out;
    }

    private static String allOutputs(GoldenCall c, Map<String, Object> got, List<HostArray> inputs) {
        List<String> problems = new ArrayList<>();
        for (String name : c.expected().keySet()) {
            if (attribute(c, name, "not_compared") != null) {
                continue; // returned (the runner checked its name) but SciPy has no counterpart
            }
            String why = compare(c, name, expected(c, name), got.get(name));
            if (why != null) {
                problems.add(name + ": " + why);
            }
        }
        return problems.isEmpty() ? null : String.join("\n", problems);
    }

    /** One output against SciPy's under {@link Tolerances}. */
    static String compare(GoldenCall c, String name, Object expected, Object got) {
        if (got == null) {
            return "not returned";
        }
        if (expected instanceof HostArray e) {
            return got instanceof HostArray g ? Tolerances.mismatch(e, g) : "got " + got + ", expected an array";
        }
        if (expected instanceof List<?> e) {
            return Tolerances.jsonMismatch(e, got);
        }
        if (expected instanceof Exact e) {
            return e.value().equals(got) ? null : "got " + got + ", expected exactly " + e.value();
        }
        Object dtype = attribute(c, name, "dtype");
        if (!(got instanceof Number g)) {
            return "got " + got + ", expected the scalar " + expected;
        }
        return Tolerances.scalarMismatch(Json.number(expected), g, dtype == null ? DType.FLOAT64 : DType.fromName((String) dtype));
    }

    /**
     * The FFT family's rule ({@link Tolerances#fftRelative}): every element within the tolerance
     * times the largest magnitude of SciPy's full result ({@code max_abs}); a large case stores only
     * every {@code stride}-th element of SciPy's result.
     */
    private static String fftOutputs(GoldenCall c, Map<String, Object> got, List<HostArray> inputs) {
        List<String> problems = new ArrayList<>();
        for (String name : c.expected().keySet()) {
            HostArray e = (HostArray) expected(c, name);
            if (!(got.get(name) instanceof HostArray g)) {
                problems.add(name + ": got " + got.get(name) + ", expected an array");
                continue;
            }
            Object shape = attribute(c, name, "shape");
            if (shape != null && !java.util.Arrays.equals(Json.ints(shape), g.shape())) {
                problems.add(name + ": shape " + java.util.Arrays.toString(g.shape()) + ", SciPy's " + shape);
                continue;
            }
            Object stride = attribute(c, name, "stride");
            Object maxAbs = attribute(c, name, "max_abs");
            double tol = Tolerances.fftRelative(g.dtype(), inputs);
            String why = FftCompare.mismatch(e, g, stride == null ? 1 : Json.number(stride).intValue(),
                    maxAbs == null ? maxAbs(e) : Json.number(maxAbs).doubleValue(), tol);
            if (why != null) {
                problems.add(name + ": " + why);
            }
        }
        return problems.isEmpty() ? null : String.join("\n", problems);
    }

    /** The largest magnitude of an array's elements (complex: the modulus). */
    private static double maxAbs(HostArray a) {
        double[] v = LinalgChecks.values(a);
        int per = a.dtype().isComplex() ? 2 : 1;
        double m = 0;
        for (int i = 0; i < v.length; i += per) {
            m = Math.max(m, per == 2 ? Math.hypot(v[i], v[i + 1]) : Math.abs(v[i]));
        }
        return m;
    }
}
