package org.sciaccel.cluster;

import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.Shapes;
import org.sciaccel.numpy.Numpy;
import org.sciaccel.numpy.ReductionOptions;

/**
 * whiten and vq: SciPy 1.10's checks and messages (check_finite's "array must not contain infs or NaNs", the
 * ranks and feature counts), the float type the data is computed in (NumPy's common_type: float32 stays float32,
 * anything else float64), 1-D data as one feature, then the backend's {@link org.sciaccel.spi.ClusterOps}.
 */
final class Quantization {
    static final String WHITEN = "cluster.vq.whiten";
    static final String VQ = "cluster.vq.vq";

    private Quantization() {
    }

    static NDArray whiten(NDArray obs, boolean checkFinite) {
        require(obs, "obs", WHITEN);
        if (checkFinite) {
            finite(obs, "obs", WHITEN);
        }
        try (NDArray std = Numpy.std(obs, ReductionOptions.over(0)); NDArray zero = Numpy.equal(std, 0L);
                NDArray safe = Numpy.where(zero, 1.0, std)) {
            // SciPy warns where a column's deviation is 0 and divides it by 1
            return Numpy.divide(obs, safe);
        }
    }

    static VqResult vq(NDArray obs, NDArray codeBook, boolean checkFinite) {
        require(obs, "obs", VQ);
        require(codeBook, "code_book", VQ);
        if (checkFinite) {
            finite(obs, "obs", VQ);
            finite(codeBook, "code_book", VQ);
        }
        if (obs.ndim() != codeBook.ndim() || obs.ndim() > 2) {
            throw new IllegalArgumentException(VQ + ": code_book: observation and code should have same number of "
                    + "dimensions (obs " + Shapes.toString(obs.shape()) + ", code_book "
                    + Shapes.toString(codeBook.shape()) + ")");
        }
        if (obs.ndim() == 2 && obs.shape(1) != codeBook.shape(1)) {
            throw new IllegalArgumentException(VQ + ": code_book: obs and code should have same number of features "
                    + "(columns) (obs " + Shapes.toString(obs.shape()) + ", code_book "
                    + Shapes.toString(codeBook.shape()) + ")");
        }
        DType t = commonType(obs, codeBook);
        NDArray o = as2d(obs, t);
        NDArray c = null;
        try {
            c = as2d(codeBook, t);
            NDArray cc = c;
            NDArray[] r = OpRouter.arrays(VQ, (backend, in) -> backend.cluster().vq(in[0], in[1]), o, cc);
            return new VqResult(r[0], r[1]);
        } finally {
            closeIfNew(o, obs);
            if (c != null) {
                closeIfNew(c, codeBook);
            }
        }
    }

    /** NumPy's common_type of float arrays as SciPy's vq runs it: float32 when both are float32, else float64. */
    static DType commonType(NDArray a, NDArray b) {
        for (NDArray x : new NDArray[] {a, b}) {
            if (x.dtype().isComplex() || x.dtype() == DType.BOOL || x.dtype() == DType.FLOAT16) {
                throw new IllegalArgumentException("cluster.vq: " + x.dtype().numpyName() + " data is not supported "
                        + "(real float or integer data only)");
            }
        }
        return a.dtype() == DType.FLOAT32 && b.dtype() == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64;
    }

    /** The array as (n, d) of type t: a reshaped view or a converted copy (1-D: one feature). */
    static NDArray as2d(NDArray a, DType t) {
        NDArray typed = a.dtype() == t ? a : a.astype(t);
        if (a.ndim() == 2) {
            return typed;
        }
        NDArray v = typed.reshape(a.shape(0), 1);
        if (typed != a) {
            typed.close();
        }
        return v;
    }

    static void closeIfNew(NDArray made, NDArray original) {
        if (made != original) {
            made.close();
        }
    }

    static void require(Object v, String name, String op) {
        if (v == null) {
            throw new IllegalArgumentException(op + ": " + name + " is null");
        }
    }

    /** check_finite: SciPy's _asarray_validated refuses infinities and NaNs. */
    static void finite(NDArray a, String name, String op) {
        if (!a.dtype().isFloatingPoint() && !a.dtype().isComplex()) {
            return;
        }
        try (NDArray f = Numpy.isfinite(a); NDArray all = Numpy.all(f)) {
            if (!all.toBooleanArray()[0]) {
                throw new IllegalArgumentException(op + ": " + name + ": array must not contain infs or NaNs");
            }
        }
    }
}
