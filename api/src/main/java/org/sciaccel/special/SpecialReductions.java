package org.sciaccel.special;

import org.sciaccel.NDArray;
import org.sciaccel.numpy.Numpy;
import org.sciaccel.numpy.ReductionOptions;

/**
 * scipy.special's reductions, logsumexp and softmax, as SciPy 1.10.1 computes them, step for step, from the
 * arrays' backend's element-wise functions and reductions (so they run where the arrays live):
 * logsumexp sets a to -inf where b is 0, shifts by the maximum over the axes (0 where that is not finite), sums
 * b exp(a - max), takes the sign and absolute value when asked, and adds the maximum back to the log; softmax
 * is exp(x - max) over its sum.
 */
final class SpecialReductions {
    private SpecialReductions() {
    }

    private static ReductionOptions over(int[] axis, boolean keepdims) {
        ReductionOptions o = ReductionOptions.defaults().keepdims(keepdims);
        return axis == null ? o : o.axis(axis);
    }

    /** {result, sign}; sign null unless asked for. */
    static NDArray[] logsumexp(NDArray a, int[] axis, NDArray b, boolean keepdims, boolean returnSign) {
        NDArray ab = null;
        NDArray max = null;
        NDArray tmp = null;
        NDArray s = null;
        try {
            if (b != null) {
                // a = a + 0. with a[b == 0] = -inf, broadcast against b
                try (NDArray zero = Numpy.equal(b, 0.0); NDArray af = Numpy.add(a, 0.0)) {
                    ab = Numpy.where(zero, Double.NEGATIVE_INFINITY, af);
                }
            }
            NDArray x = ab != null ? ab : a;
            try (NDArray m = Numpy.amax(x, over(axis, true)); NDArray finite = Numpy.isfinite(m)) {
                max = Numpy.where(finite, m, 0L);
            }
            try (NDArray d = Numpy.subtract(x, max)) {
                tmp = Numpy.exp(d);
            }
            if (b != null) {
                NDArray e = tmp;
                tmp = null;
                try (e) {
                    tmp = Numpy.multiply(b, e);
                }
            }
            s = Numpy.sum(tmp, over(axis, keepdims));
            NDArray sign = null;
            NDArray mag = s;
            if (returnSign) {
                sign = Numpy.sign(s);
                mag = Numpy.absolute(s);
            }
            NDArray out;
            try (NDArray lg = Numpy.log(mag)) {
                if (keepdims) {
                    out = Numpy.add(lg, max);
                } else {
                    try (NDArray sq = axis == null ? Numpy.squeeze(max) : Numpy.squeeze(max, axis)) {
                        out = Numpy.add(lg, sq);
                    }
                }
            } finally {
                if (mag != s) {
                    mag.close();
                }
            }
            return new NDArray[] {out, sign};
        } finally {
            for (NDArray t : new NDArray[] {ab, max, tmp, s}) {
                if (t != null) {
                    t.close();
                }
            }
        }
    }

    static NDArray softmax(NDArray x, int[] axis) {
        try (NDArray m = Numpy.amax(x, over(axis, true)); NDArray d = Numpy.subtract(x, m); NDArray e = Numpy.exp(d);
                NDArray s = Numpy.sum(e, over(axis, true))) {
            return Numpy.divide(e, s);
        }
    }
}
