package org.sciaccel.optimize;

/**
 * curve_fit's residual function and Jacobian from a model (SciPy's _wrap_func and _wrap_jac):
 * r(p) = T·(f(p) − y), with NumPy's broadcasting of a single ydata value or a single model value,
 * where T is the element-wise 1/sigma (1-D sigma) or L⁻¹ for the Cholesky factor L·Lᵀ of sigma's
 * covariance matrix (2-D sigma, applied by forward substitution as LAPACK's trsm does), or the
 * identity. The number of residuals is fixed by the first evaluation.
 */
final class CurveFitResiduals implements Optimize.Residuals, LeastSquares.Fun {
    private final Optimize.VectorModel model;
    private final double[] y;
    /** 1/sigma, or null. */
    private final double[] scale;
    /** Row-major lower Cholesky factor of sigma's covariance, or null. */
    private final double[] chol;
    private int m = -1;

    CurveFitResiduals(Optimize.VectorModel model, double[] y, double[] scale, double[] chol) {
        this.model = model;
        this.y = y;
        this.scale = scale;
        this.chol = chol;
    }

    /** The number of residuals, known after the first evaluation. */
    int size() {
        return m;
    }

    @Override
    public void compute(double[] p, double[] out) {
        double[] r = residuals(p);
        if (r.length != out.length) {
            throw new IllegalArgumentException("the model returned " + r.length + " values after " + out.length);
        }
        System.arraycopy(r, 0, out, 0, r.length);
    }

    @Override
    public double[] residuals(double[] p) {
        double[] f = model.values(p.clone());
        int len = resultLength(f == null ? 0 : f.length);
        double[] r = new double[len];
        for (int i = 0; i < len; i++) {
            r[i] = f[f.length == 1 ? 0 : i] - y[y.length == 1 ? 0 : i];
        }
        transform(r);
        return r;
    }

    @Override
    public boolean takesComplex() {
        return model instanceof Optimize.ComplexVectorModel;
    }

    @Override
    public double[] complexResiduals(double[] re, double[] im) {
        double[] c = ((Optimize.ComplexVectorModel) model).complexValues(re.clone(), im.clone());
        int nf = c == null ? 0 : c.length / 2;
        int len = resultLength(nf);
        double[] rr = new double[len];
        double[] ri = new double[len];
        for (int i = 0; i < len; i++) {
            int k = nf == 1 ? 0 : i;
            rr[i] = c[2 * k] - y[y.length == 1 ? 0 : i];
            ri[i] = c[2 * k + 1];
        }
        transform(rr);
        transform(ri);
        double[] out = new double[2 * len];
        for (int i = 0; i < len; i++) {
            out[2 * i] = rr[i];
            out[2 * i + 1] = ri[i];
        }
        return out;
    }

    /**
     * The transformed Jacobian T·J of the model's Jacobian {@code rows} (m×n), row-major flat.
     *
     * @throws IllegalArgumentException when its shape is not (m, n)
     */
    double[] jacobian(double[][] rows, int n) {
        int len = m;
        int got = rows == null ? 0 : rows.length;
        int cols = got == 0 ? 0 : (rows[0] == null ? 0 : rows[0].length);
        boolean ok = got == len;
        for (int i = 0; ok && i < got; i++) {
            ok = rows[i] != null && rows[i].length == n;
        }
        if (!ok) {
            throw new IllegalArgumentException("The return value of `jac` has wrong shape: expected (" + len + ", " + n
                    + "), actual (" + got + ", " + cols + ").");
        }
        double[] j = new double[len * n];
        if (chol != null) {
            double[] col = new double[len];
            for (int c = 0; c < n; c++) {
                for (int i = 0; i < len; i++) {
                    col[i] = rows[i][c];
                }
                forwardSubstitute(col);
                for (int i = 0; i < len; i++) {
                    j[i * n + c] = col[i];
                }
            }
            return j;
        }
        for (int i = 0; i < len; i++) {
            double t = scale == null ? 1 : scale[scale.length == 1 ? 0 : i];
            for (int c = 0; c < n; c++) {
                j[i * n + c] = scale == null ? rows[i][c] : t * rows[i][c];
            }
        }
        return j;
    }

    /** NumPy's broadcast of the model's values against ydata (and 1/sigma), fixed at the first call. */
    private int resultLength(int nf) {
        int len;
        if (nf == y.length || y.length == 1) {
            len = nf;
        } else if (nf == 1) {
            len = y.length;
        } else {
            throw new IllegalArgumentException("operands could not be broadcast together: the model returned " + nf
                    + " values for " + y.length + " ydata values");
        }
        if (scale != null && scale.length != 1 && scale.length != len) {
            throw new IllegalArgumentException("operands could not be broadcast together: " + len
                    + " residuals for sigma of " + scale.length + " values");
        }
        if (chol != null && len * len != chol.length) {
            throw new IllegalArgumentException("sigma: a " + (int) Math.round(Math.sqrt(chol.length)) + "×"
                    + (int) Math.round(Math.sqrt(chol.length)) + " covariance for " + len + " residuals");
        }
        if (m == -1) {
            m = len;
        } else if (m != len) {
            throw new IllegalArgumentException("the model returned " + len + " residuals after " + m);
        }
        return len;
    }

    private void transform(double[] r) {
        if (chol != null) {
            forwardSubstitute(r);
        } else if (scale != null) {
            for (int i = 0; i < r.length; i++) {
                r[i] = scale[scale.length == 1 ? 0 : i] * r[i];
            }
        }
    }

    /** b := L⁻¹·b, column by column as the reference trsm (Left, Lower, No transpose) orders it. */
    private void forwardSubstitute(double[] b) {
        int k = b.length;
        for (int c = 0; c < k; c++) {
            if (b[c] != 0) {
                b[c] /= chol[c * k + c];
                double t = b[c];
                for (int i = c + 1; i < k; i++) {
                    b[i] -= t * chol[i * k + c];
                }
            }
        }
    }
}
