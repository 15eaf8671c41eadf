package org.sciaccel.conformance;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.sciaccel.DType;
import org.sciaccel.HostArray;

/**
 * The linear-algebra family's property checks for golden cases (named in
 * {@code golden/linalg/cases.jsonl}). SciPy leaves the signs of singular vectors, of Q's columns
 * and R's rows, and of eigenvectors, the order of general eigenvalues, and the Schur form itself to
 * LAPACK; for those the checks test what defines the result (reconstruction, orthonormality,
 * triangularity) and compare with SciPy only what SciPy fixes (singular values, |R|, eigenvalues,
 * as a set where unordered). The batched ops' results are compared one matrix at a time. Tolerances
 * are {@link LinalgChecks#tolerance} of the input's dtype.
 */
final class LinalgGoldenChecks {
    private LinalgGoldenChecks() {
    }

    static void registerAll() {
        GoldenChecks.register("svd_factors", LinalgGoldenChecks::svd);
        GoldenChecks.register("qr_factors", LinalgGoldenChecks::qr);
        GoldenChecks.register("eigh_factors", LinalgGoldenChecks::eigh);
        GoldenChecks.register("eig_factors", LinalgGoldenChecks::eig);
        GoldenChecks.register("eigenvalue_set", LinalgGoldenChecks::eigenvalueSet);
        GoldenChecks.register("schur_form", LinalgGoldenChecks::schur);
        GoldenChecks.register("batched_per_matrix", LinalgGoldenChecks::batched);
    }

    /** s equal to SciPy's; U and Vh of SciPy's dtype and shape, orthonormal, and U diag(s) Vh = a. */
    private static String svd(GoldenCall c, Map<String, Object> got, List<HostArray> inputs) {
        HostArray a = inputs.get(0);
        HostArray u = array(got, "U");
        HostArray s = array(got, "s");
        HostArray vh = array(got, "Vh");
        String p = first(missing(got, "U", "s", "Vh"));
        if (p != null) {
            return p;
        }
        p = first(LinalgChecks.compare("s", expected(c, "s"), s), shape("U", expected(c, "U"), u),
                shape("Vh", expected(c, "Vh"), vh));
        if (p != null) {
            return p;
        }
        int m = a.shape()[0];
        int n = a.shape()[1];
        int k = Math.min(m, n);
        double tol = LinalgChecks.tolerance(a.dtype());
        double[] uu = u.toDoubles();
        double[] vv = vh.toDoubles();
        double[] sv = s.toDoubles();
        int uc = u.shape()[1];
        double[] us = new double[m * k];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < k; j++) {
                us[i * k + j] = uu[i * uc + j] * sv[j];
            }
        }
        double[] recon = LinalgChecks.product(us, m, k, vv, n); // only the first k rows of Vh count
        return first(LinalgChecks.compare("U diag(s) Vh vs a", a.toDoubles(), recon, tol),
                LinalgChecks.orthonormalColumns("U", uu, m, uc, tol),
                LinalgChecks.orthonormalColumns("Vh^T", LinalgChecks.transpose(vv, vh.shape()[0], n), n,
                        vh.shape()[0], tol));
    }

    /**
     * R upper triangular, of SciPy's dtype and shape, |R| equal to SciPy's; with Q (modes full and
     * economic, where SciPy's case lists Q): Q of SciPy's shape, orthonormal columns, Q R = a.
     */
    private static String qr(GoldenCall c, Map<String, Object> got, List<HostArray> inputs) {
        HostArray a = inputs.get(0);
        boolean withQ = c.expected().containsKey("Q");
        String p = withQ ? missing(got, "Q", "R") : missing(got, "R");
        if (p != null) {
            return p;
        }
        int m = a.shape()[0];
        int n = a.shape()[1];
        double tol = LinalgChecks.tolerance(a.dtype());
        HostArray rr = array(got, "R");
        HostArray expR = expected(c, "R");
        p = first(shape("R", expR, rr), LinalgChecks.upperTriangular("R", rr.toDoubles(), rr.shape()[0], n),
                LinalgChecks.compare("|R|", LinalgChecks.abs(expR.toDoubles()), LinalgChecks.abs(rr.toDoubles()), tol));
        if (p != null || !withQ) {
            return p;
        }
        HostArray q = array(got, "Q");
        int qc = q.shape()[1];
        return first(shape("Q", expected(c, "Q"), q),
                LinalgChecks.compare("Q R vs a", a.toDoubles(), LinalgChecks.product(q.toDoubles(), m, qc, rr.toDoubles(), n), tol),
                LinalgChecks.orthonormalColumns("Q", q.toDoubles(), m, qc, tol));
    }

    /** w equal to SciPy's (ascending, so fixed); v of SciPy's dtype and shape, orthonormal, a v = v diag(w). */
    private static String eigh(GoldenCall c, Map<String, Object> got, List<HostArray> inputs) {
        String p = missing(got, "w", "v");
        if (p != null) {
            return p;
        }
        HostArray a = inputs.get(0);
        int n = a.shape()[0];
        double tol = LinalgChecks.tolerance(a.dtype());
        HostArray v = array(got, "v");
        HostArray wh = array(got, "w");
        p = first(LinalgChecks.compare("w", expected(c, "w"), wh), shape("v", expected(c, "v"), v));
        if (p != null) {
            return p;
        }
        double[] w = wh.toDoubles();
        double[] vv = v.toDoubles();
        double[] av = LinalgChecks.product(a.toDoubles(), n, n, vv, n);
        double[] vw = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                vw[i * n + j] = vv[i * n + j] * w[j];
            }
        }
        return first(LinalgChecks.compare("a v vs v diag(w)", av, vw, tol),
                LinalgChecks.orthonormalColumns("v", vv, n, n, tol));
    }

    /** w equal to SciPy's as a set; v of SciPy's dtype and shape, unit columns, and a v = v diag(w) with our own w. */
    private static String eig(GoldenCall c, Map<String, Object> got, List<HostArray> inputs) {
        String p = missing(got, "w", "v");
        if (p != null) {
            return p;
        }
        HostArray a = inputs.get(0);
        int n = a.shape()[0];
        double tol = LinalgChecks.tolerance(a.dtype());
        HostArray w = array(got, "w");
        HostArray v = array(got, "v");
        p = first(LinalgChecks.sameComplexSet("w", expected(c, "w"), w), shape("v", expected(c, "v"), v));
        if (p != null) {
            return p;
        }
        double[] wv = LinalgChecks.values(w);
        double[] vv = LinalgChecks.values(v);
        boolean complex = v.dtype().isComplex();
        double[] av = a.toDoubles();
        double[] lhs = new double[2 * n * n];
        double[] rhs = new double[2 * n * n];
        double[] norms = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double vr = complex ? vv[2 * (i * n + j)] : vv[i * n + j];
                double vi = complex ? vv[2 * (i * n + j) + 1] : 0;
                norms[j] += vr * vr + vi * vi;
                rhs[2 * (i * n + j)] = vr * wv[2 * j] - vi * wv[2 * j + 1];
                rhs[2 * (i * n + j) + 1] = vr * wv[2 * j + 1] + vi * wv[2 * j];
                for (int q = 0; q < n; q++) {
                    double xr = complex ? vv[2 * (q * n + j)] : vv[q * n + j];
                    double xi = complex ? vv[2 * (q * n + j) + 1] : 0;
                    lhs[2 * (i * n + j)] += av[i * n + q] * xr;
                    lhs[2 * (i * n + j) + 1] += av[i * n + q] * xi;
                }
            }
        }
        double[] ones = new double[n];
        Arrays.fill(ones, 1.0);
        for (int j = 0; j < n; j++) {
            norms[j] = Math.sqrt(norms[j]);
        }
        return first(LinalgChecks.compare("a v vs v diag(w)", rhs, lhs, tol),
                LinalgChecks.compare("column norms of v", ones, norms, tol));
    }

    /** eigvals: the same complex values as SciPy's, in any order. */
    private static String eigenvalueSet(GoldenCall c, Map<String, Object> got, List<HostArray> inputs) {
        String p = missing(got, "result");
        return p != null ? p : LinalgChecks.sameComplexSet("result", expected(c, "result"), array(got, "result"));
    }

    /**
     * The Schur form is not unique: T and Z of SciPy's dtype and shape, T quasi-upper-triangular
     * with standardised 2x2 blocks, Z orthogonal, Z T Z^T = a, and the eigenvalues of T's diagonal
     * blocks equal to those of SciPy's T as a set.
     */
    private static String schur(GoldenCall c, Map<String, Object> got, List<HostArray> inputs) {
        String p = missing(got, "T", "Z");
        if (p != null) {
            return p;
        }
        HostArray a = inputs.get(0);
        int n = a.shape()[0];
        double tol = LinalgChecks.tolerance(a.dtype());
        HostArray t = array(got, "T");
        HostArray z = array(got, "Z");
        HostArray expT = expected(c, "T");
        p = first(shape("T", expT, t), shape("Z", expected(c, "Z"), z));
        if (p != null) {
            return p;
        }
        double[] tv = t.toDoubles();
        double[] zv = z.toDoubles();
        p = quasiTriangular(tv, n);
        if (p != null) {
            return p;
        }
        double[] back = LinalgChecks.product(LinalgChecks.product(zv, n, n, tv, n), n, n, LinalgChecks.transpose(zv, n, n), n);
        return first(LinalgChecks.orthonormalColumns("Z", zv, n, n, tol),
                LinalgChecks.compare("Z T Z^T vs a", a.toDoubles(), back, tol * Math.max(1, n)),
                LinalgChecks.sameComplexSet("eigenvalues of T", blockEigenvalues(expT.toDoubles(), n, a.dtype()),
                        blockEigenvalues(tv, n, a.dtype())));
    }

    /** Null when t is zero below the subdiagonal, has no two adjacent non-zero subdiagonal entries, and each 2x2 block is standard. */
    private static String quasiTriangular(double[] t, int n) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j + 1 < i; j++) {
                if (t[i * n + j] != 0) {
                    return "T: non-zero below the subdiagonal at [" + i + ", " + j + "]";
                }
            }
        }
        for (int i = 0; i + 1 < n; i++) {
            double sub = t[(i + 1) * n + i];
            if (sub == 0) {
                continue;
            }
            if (i + 2 < n && t[(i + 2) * n + i + 1] != 0) {
                return "T: adjacent non-zero subdiagonal entries at rows " + (i + 1) + " and " + (i + 2);
            }
            if (t[i * n + i] != t[(i + 1) * n + i + 1] || !(t[i * n + i + 1] * sub < 0)) {
                return "T: the 2x2 block at " + i + " is not standardised (equal diagonal, off-diagonal of opposite sign)";
            }
        }
        return null;
    }

    /** The eigenvalues of a quasi-triangular T's 1x1 and 2x2 diagonal blocks (complex64 for float32 T). */
    private static HostArray blockEigenvalues(double[] t, int n, DType real) {
        double[] w = new double[2 * n];
        for (int i = 0; i < n; i++) {
            if (i + 1 < n && t[(i + 1) * n + i] != 0) {
                double re = t[i * n + i];
                double im = Math.sqrt(Math.abs(t[i * n + i + 1]) * Math.abs(t[(i + 1) * n + i]));
                w[2 * i] = re;
                w[2 * i + 1] = im;
                w[2 * i + 2] = re;
                w[2 * i + 3] = -im;
                i++;
            } else {
                w[2 * i] = t[i * n + i];
            }
        }
        HostArray h = new HostArray(DType.COMPLEX128, new int[] {n}, w);
        return real == DType.FLOAT32 ? h.astype(DType.COMPLEX64) : h;
    }

    /**
     * The batched ops: status exactly SciPy's LAPACK info per matrix, and each matrix's result
     * (NaN where it failed) relative to that matrix's own largest expected magnitude, since one
     * large matrix in the batch must not loosen the bound on a small one.
     */
    private static String batched(GoldenCall c, Map<String, Object> got, List<HostArray> inputs) {
        String p = missing(got, "result", "status");
        if (p == null) {
            p = LinalgChecks.compare("status", expected(c, "status"), array(got, "status"));
        }
        if (p != null) {
            return p;
        }
        HostArray e = expected(c, "result");
        HostArray g = array(got, "result");
        p = shape("result", e, g);
        if (p != null) {
            return p;
        }
        double[] ev = e.toDoubles();
        double[] gv = g.toDoubles();
        int batch = e.shape()[0];
        int per = ev.length / Math.max(1, batch);
        for (int t = 0; t < batch; t++) {
            String q = LinalgChecks.compare("result[" + t + "]", Arrays.copyOfRange(ev, t * per, (t + 1) * per),
                    Arrays.copyOfRange(gv, t * per, (t + 1) * per), LinalgChecks.tolerance(e.dtype()));
            if (q != null) {
                return q;
            }
        }
        return null;
    }

    private static HostArray expected(GoldenCall c, String name) {
        return (HostArray) GoldenChecks.expected(c, name);
    }

    private static HostArray array(Map<String, Object> got, String name) {
        return got.get(name) instanceof HostArray h ? h : null;
    }

    /** Null when every named output was returned as an array. */
    private static String missing(Map<String, Object> got, String... names) {
        for (String n : names) {
            if (!(got.get(n) instanceof HostArray)) {
                return n + ": not returned as an array (got " + got.get(n) + ")";
            }
        }
        return null;
    }

    private static String shape(String what, HostArray e, HostArray g) {
        return Arrays.equals(e.shape(), g.shape()) && e.dtype() == g.dtype() ? null
                : what + ": " + g.dtype() + Arrays.toString(g.shape()) + ", expected " + e.dtype() + Arrays.toString(e.shape());
    }

    private static String first(String... problems) {
        for (String p : problems) {
            if (p != null) {
                return p;
            }
        }
        return null;
    }
}
