package org.sciaccel.stats;

import org.sciaccel.Backend;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.Random;

/**
 * rvs by inversion on the backend: U from the project's counter-based generator
 * ({@code Generator(Philox(seed)).random(size)}, NumPy's bits), then {@code _ppf(U) * scale + loc} in one
 * element-wise program.
 */
final class Sampling {
    private Sampling() {
    }

    static NDArray rvs(ContinuousDistribution d, double[] args, int[] size, long seed, Backend backend) {
        String op = "stats." + d.name() + ".rvs";
        if (args == null) {
            throw new IllegalArgumentException(op + ": args is null");
        }
        if (size == null) {
            throw new IllegalArgumentException(op + ": size is null");
        }
        if (backend == null) {
            throw new IllegalArgumentException(op + ": backend is null");
        }
        Object[] boxed = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            boxed[i] = args[i];
        }
        Object[] full = d.parse("rvs", boxed);
        double[] shapes = new double[d.numargs()];
        for (int i = 0; i < shapes.length; i++) {
            shapes[i] = (Double) full[i];
        }
        double scale = (Double) full[full.length - 1];
        if (!d.argcheck(shapes) || !(scale >= 0)) {
            throw new IllegalArgumentException(op + ": Domain error in arguments. (" + d.signature() + " = "
                    + java.util.Arrays.toString(args) + ")");
        }
        for (int s : size) {
            if (s < 0) {
                throw new IllegalArgumentException(op + ": negative dimensions are not allowed (size "
                        + java.util.Arrays.toString(size) + ")");
            }
        }
        try (NDArray u = Random.philox(seed, backend).random(size)) {
            Ex e = new Ex(op);
            int q = e.operand("U", u);
            int[] ids = new int[full.length];
            for (int i = 0; i < full.length; i++) {
                ids[i] = e.operand(d.paramName(i), full[i]);
            }
            int[] s = java.util.Arrays.copyOf(ids, ids.length - 2);
            int out = e.add(e.mul(d.ppf(e, q, s), ids[ids.length - 1]), ids[ids.length - 2]);
            return e.evaluate(out);
        }
    }
}
