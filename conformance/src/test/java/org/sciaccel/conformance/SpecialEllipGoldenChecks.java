package org.sciaccel.conformance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.sciaccel.DType;
import org.sciaccel.HostArray;

/**
 * The golden check {@code special_complex} of scipy.special part "ellip" (complex results of lambertw, expi,
 * exp1, sici): each element relative to its own expected value in modulus, {@code |got - SciPy| <= rtol |SciPy|}
 * with rtol 1e-13 for complex128 and 1e-6 for complex64 (or the output's own {@code "rtol"}); where SciPy's value has a NaN or infinite part, that part exactly (NaN where NaN,
 * the same infinity) and the other part to the same relative rule against its own magnitude; dtype and shape
 * exactly.
 */
final class SpecialEllipGoldenChecks {
    static final double COMPLEX128_RELATIVE = 1e-13;
    static final double COMPLEX64_RELATIVE = 1e-6;

    private SpecialEllipGoldenChecks() {
    }

    static void registerAll() {
        GoldenChecks.register("special_complex", SpecialEllipGoldenChecks::complexElementwise);
    }

    private static String complexElementwise(GoldenCall c, Map<String, Object> got, List<HostArray> inputs) {
        List<String> problems = new ArrayList<>();
        for (String name : c.expected().keySet()) {
            HostArray e = (HostArray) GoldenChecks.expected(c, name);
            if (!(got.get(name) instanceof HostArray g)) {
                problems.add(name + ": got " + got.get(name) + ", expected an array");
                continue;
            }
            if (g.dtype() != e.dtype() || !Arrays.equals(g.shape(), e.shape()) || !e.dtype().isComplex()) {
                problems.add(name + ": got " + g.dtype() + " " + Arrays.toString(g.shape()) + ", SciPy's " + e.dtype()
                        + " " + Arrays.toString(e.shape()));
                continue;
            }
            Object own = GoldenChecks.attribute(c, name, "rtol");
            double rtol = own != null ? Json.number(own).doubleValue()
                    : e.dtype() == DType.COMPLEX64 ? COMPLEX64_RELATIVE : COMPLEX128_RELATIVE;
            double[] ev = parts(e);
            double[] gv = parts(g);
            int bad = 0;
            StringBuilder first = new StringBuilder();
            for (int i = 0; i < e.size(); i++) {
                double er = ev[2 * i], ei = ev[2 * i + 1], gr = gv[2 * i], gi = gv[2 * i + 1];
                boolean ok;
                if (Double.isFinite(er) && Double.isFinite(ei)) {
                    ok = Math.hypot(gr - er, gi - ei) <= rtol * Math.hypot(er, ei);
                } else {
                    ok = part(er, gr, rtol) && part(ei, gi, rtol);
                }
                if (!ok && bad++ < 5) {
                    first.append(String.format(" [%d] got (%s, %s), SciPy (%s, %s);", i, gr, gi, er, ei));
                }
            }
            if (bad > 0) {
                problems.add(name + ": " + bad + " element(s) beyond rtol " + rtol + ":" + first);
            }
        }
        return problems.isEmpty() ? null : String.join("\n", problems);
    }

    /** The interleaved (re, im) values of a complex array, widened to double. */
    private static double[] parts(HostArray a) {
        if (a.data() instanceof double[] d) {
            return d;
        }
        float[] f = (float[]) a.data();
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            d[i] = f[i];
        }
        return d;
    }

    private static boolean part(double x, double y, double rtol) {
        return Double.isNaN(x) ? Double.isNaN(y) : Double.isInfinite(x) ? x == y : Math.abs(y - x) <= rtol * Math.abs(x);
    }
}
