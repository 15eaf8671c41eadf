package org.sciaccel.registry;

import java.util.Map;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.optimize.OptimizeResult;

/**
 * An {@link OptimizeResult} as op outputs, by SciPy's field names: vectors and matrices as float64
 * arrays on the call's backend (as SciPy returns ndarrays), numbers as scalars, {@code success} as a
 * flag, {@code message} as a text. Every optimize op family returns its results through here.
 */
final class OptimizeResultOutputs {
    private OptimizeResultOutputs() {
    }

    /** Every field of the result, in its order. */
    static OpOutputs of(Backend backend, OptimizeResult r) {
        return outputs(backend, r, r.fields().keySet().toArray(String[]::new));
    }

    /** The result's fields named in {@code order} that it has. */
    static OpOutputs outputs(Backend b, OptimizeResult r, String... order) {
        OpOutputs out = new OpOutputs();
        try {
            Map<String, Object> f = r.fields();
            for (String name : order) {
                Object v = f.get(name);
                if (v != null) {
                    add(out, b, name, v);
                }
            }
            return out;
        } catch (RuntimeException e) {
            out.close();
            throw e;
        }
    }

    private static void add(OpOutputs out, Backend b, String name, Object v) {
        if (name.equals("ipvt") && v instanceof double[] p) {
            // MINPACK's permutation: integers, as SciPy's int32 array
            out.array(name, NDArray.fromHost(b, HostArray.fromDoubles(p, DType.INT32, p.length)));
        } else if (name.equals("active_mask") && v instanceof double[] p) {
            // least_squares' -1/0/+1 per variable: integers, as SciPy's int array
            out.array(name, NDArray.fromHost(b, HostArray.fromDoubles(p, DType.INT64, p.length)));
        } else if (v instanceof double[] d) {
            out.array(name, vector(b, d));
        } else if (v instanceof double[][] m) {
            out.array(name, matrix(b, m));
        } else if (v instanceof Boolean t) {
            out.flag(name, t);
        } else if (v instanceof String s) {
            out.text(name, s);
        } else if (v instanceof Number n) {
            out.scalar(name, n);
        } else {
            throw new IllegalStateException(name + ": an OptimizeResult field of type "
                    + v.getClass().getSimpleName() + " has no op output form");
        }
    }

    static NDArray vector(Backend b, double[] v) {
        return NDArray.fromHost(b, HostArray.fromDoubles(v, DType.FLOAT64, v.length));
    }

    static NDArray matrix(Backend b, double[][] m) {
        int cols = m.length == 0 ? 0 : m[0].length;
        double[] flat = new double[m.length * cols];
        for (int i = 0; i < m.length; i++) {
            System.arraycopy(m[i], 0, flat, i * cols, cols);
        }
        return NDArray.fromHost(b, HostArray.fromDoubles(flat, DType.FLOAT64, m.length, cols));
    }
}
