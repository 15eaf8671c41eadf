package org.sciaccel.conformance;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.io.Npy;

/**
 * Property checks of the decompositions whose results SciPy leaves partly to LAPACK, for real and
 * complex input (named in {@code golden/linalg/cases.jsonl}): the SVD with either driver
 * ({@code unitary_svd}), eigh's drivers, subsets and generalized problems ({@code eigh_pencil}),
 * eig with left vectors and of pencils ({@code eig_pencil}) and the complex and sorted Schur forms
 * ({@code schur_any}). What SciPy fixes is compared with SciPy's numbers (singular values,
 * eigenvalues ascending, eigenvalues as a set, sdim and the leading block's eigenvalues); what it
 * does not (phases and signs of vectors, the Schur form itself) is checked by the properties that
 * define it: reconstruction, unitarity, b-orthonormality, triangularity. Tolerances are
 * {@link LinalgChecks#tolerance} of the input's dtype.
 */
final class DecompositionGoldenChecks {
    private DecompositionGoldenChecks() {
    }

    static void registerAll() {
        GoldenChecks.register("unitary_svd", DecompositionGoldenChecks::svd);
        GoldenChecks.register("eigh_pencil", DecompositionGoldenChecks::eigh);
        GoldenChecks.register("eig_pencil", DecompositionGoldenChecks::eig);
        GoldenChecks.register("schur_any", DecompositionGoldenChecks::schur);
    }

    /** s equal to SciPy's; U and Vh of SciPy's dtype and shape, with orthonormal columns and rows, and U diag(s) Vh = a. */
    private static String svd(GoldenCall c, Map<String, Object> got, List<HostArray> inputs) {
        String p = missing(got, "U", "s", "Vh");
        if (p != null) {
            return p;
        }
        HostArray a = inputs.get(0);
        HostArray u = (HostArray) got.get("U");
        HostArray vh = (HostArray) got.get("Vh");
        HostArray s = (HostArray) got.get("s");
        p = first(LinalgChecks.compare("s", expected(c, "s"), s), like("U", expected(c, "U"), u),
                like("Vh", expected(c, "Vh"), vh));
        if (p != null) {
            return p;
        }
        int m = a.shape()[0];
        int n = a.shape()[1];
        int k = Math.min(m, n);
        int uc = u.shape()[1];
        int vr = vh.shape()[0];
        double tol = LinalgChecks.tolerance(a.dtype());
        double[] uv = complex(u);
        double[] vv = complex(vh);
        double[] sv = s.toDoubles();
        double[] us = new double[2 * m * k];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < k; j++) {
                us[2 * (i * k + j)] = uv[2 * (i * uc + j)] * sv[j];
                us[2 * (i * k + j) + 1] = uv[2 * (i * uc + j) + 1] * sv[j];
            }
        }
        double[] back = product(us, m, k, Arrays.copyOf(vv, 2 * k * n), n);
        return first(LinalgChecks.compare("U diag(s) Vh vs a", complex(a), back, tol * Math.max(1, Math.sqrt(k))),
                identity("U^H U", product(adjoint(uv, m, uc), uc, m, uv, uc), uc, tol * Math.max(1, Math.sqrt(m))),
                identity("Vh Vh^H", product(vv, vr, n, adjoint(vv, vr, n), vr), vr, tol * Math.max(1, Math.sqrt(n))));
    }

    /**
     * w equal to SciPy's (ascending, so fixed, the subset's only); v of SciPy's dtype and shape, and
     * for each eigenpair of the matrix (and of the b the case passes, by its type) the defining
     * equation, with v orthonormal (b-orthonormal for types 1 and 2).
     */
    private static String eigh(GoldenCall c, Map<String, Object> got, List<HostArray> inputs) {
        String p = missing(got, "w", "v");
        if (p != null) {
            return p;
        }
        HostArray w = (HostArray) got.get("w");
        HostArray v = (HostArray) got.get("v");
        p = first(LinalgChecks.compare("w", expected(c, "w"), w), like("v", expected(c, "v"), v));
        if (p != null) {
            return p;
        }
        HostArray a = inputs.get(0);
        int n = a.shape()[0];
        int m = v.shape()[1];
        boolean lower = !"false".equals(param(c, "lower"));
        double[] av = hermitian(complex(a), n, lower);
        HostArray bh = arrayParam(c, "b");
        double[] bv = bh == null ? null : hermitian(complex(bh), n, lower);
        int type = param(c, "type") == null ? 1 : Integer.parseInt(param(c, "type"));
        double tol = LinalgChecks.tolerance(a.dtype()) * Math.max(1, n);
        double[] vv = complex(v);
        double[] wv = w.toDoubles();
        double[] vw = scaleColumns(vv, n, m, wv);
        String residual;
        String orthonormal;
        if (bv == null) {
            residual = LinalgChecks.compare("a v vs v diag(w)", vw, product(av, n, n, vv, m), tol);
            orthonormal = identity("v^H v", product(adjoint(vv, n, m), m, n, vv, m), m, tol);
        } else if (type == 1) {
            residual = LinalgChecks.compare("a v vs b v diag(w)", product(bv, n, n, vw, m), product(av, n, n, vv, m), tol);
            orthonormal = identity("v^H b v", product(adjoint(vv, n, m), m, n, product(bv, n, n, vv, m), m), m, tol);
        } else {
            double[] first = type == 2 ? av : bv;
            double[] second = type == 2 ? bv : av;
            residual = LinalgChecks.compare((type == 2 ? "a b v" : "b a v") + " vs v diag(w)", vw,
                    product(first, n, n, product(second, n, n, vv, m), m), tol);
            // type 3's vectors are b^-1-orthonormal, which this check does not form
            orthonormal = type == 2 ? identity("v^H b v", product(adjoint(vv, n, m), m, n, product(bv, n, n, vv, m), m),
                    m, tol) : null;
        }
        return first(residual, orthonormal);
    }

    /**
     * w equal to SciPy's as a set (homogeneous pairs by their finite ratios, and as many infinite
     * ones); vl and v of SciPy's dtype and shape, unit columns, a v = b v diag(w) and
     * a^H vl = b^H vl conj(w) for each finite eigenvalue (b the identity without one).
     */
    private static String eig(GoldenCall c, Map<String, Object> got, List<HostArray> inputs) {
        String p = missing(got, "w");
        if (p != null) {
            return p;
        }
        HostArray a = inputs.get(0);
        int n = a.shape()[0];
        HostArray w = (HostArray) got.get("w");
        HostArray ew = expected(c, "w");
        boolean homogeneous = ew.ndim() == 2;
        p = first(like("w", ew, w), sameEigenvalues(ew, w, homogeneous));
        if (p != null) {
            return p;
        }
        double[] lambdaAlpha = new double[2 * n];
        double[] lambdaBeta = new double[2 * n];
        double[] wv = complex(w);
        for (int j = 0; j < n; j++) {
            lambdaAlpha[2 * j] = wv[2 * j];
            lambdaAlpha[2 * j + 1] = wv[2 * j + 1];
            lambdaBeta[2 * j] = homogeneous ? wv[2 * (n + j)] : 1;
            lambdaBeta[2 * j + 1] = homogeneous ? wv[2 * (n + j) + 1] : 0;
        }
        HostArray bh = arrayParam(c, "b");
        double[] av = complex(a);
        double[] bv = bh == null ? identity(n) : complex(bh);
        double tol = LinalgChecks.tolerance(a.dtype()) * Math.max(1, n);
        for (String name : new String[] {"v", "vl"}) {
            if (!c.expected().containsKey(name)) {
                continue;
            }
            p = missing(got, name);
            if (p == null) {
                p = like(name, expected(c, name), (HostArray) got.get(name));
            }
            if (p == null) {
                boolean left = name.equals("vl");
                double[] x = complex((HostArray) got.get(name));
                double[] am = left ? adjoint(av, n, n) : av;
                double[] bm = left ? adjoint(bv, n, n) : bv;
                p = pairs(name, am, bm, x, n, lambdaAlpha, lambdaBeta, left, tol);
            }
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /**
     * For each column j with a finite eigenvalue: beta a x = alpha b x (conjugated for left vectors)
     * within tol times |alpha| |b| + |beta| |a| (largest entries), and |x| = 1.
     */
    private static String pairs(String name, double[] a, double[] b, double[] x, int n, double[] alpha, double[] beta,
            boolean left, double tol) {
        double[] ax = product(a, n, n, x, n);
        double[] bx = product(b, n, n, x, n);
        double normA = maxModulus(a);
        double normB = maxModulus(b);
        for (int j = 0; j < n; j++) {
            double ar = alpha[2 * j];
            double ai = left ? -alpha[2 * j + 1] : alpha[2 * j + 1];
            double br = beta[2 * j];
            double bi = left ? -beta[2 * j + 1] : beta[2 * j + 1];
            boolean undetermined = br == 0 && bi == 0 && ar == 0 && ai == 0;
            if (!Double.isFinite(ar) || !Double.isFinite(ai) || undetermined) {
                continue;
            }
            double allowed = tol * (Math.hypot(ar, ai) * normB + Math.hypot(br, bi) * normA);
            double norm = 0;
            double worst = 0;
            for (int i = 0; i < n; i++) {
                int e = 2 * (i * n + j);
                norm += x[e] * x[e] + x[e + 1] * x[e + 1];
                double lr = br * ax[e] - bi * ax[e + 1];
                double li = br * ax[e + 1] + bi * ax[e];
                double rr = ar * bx[e] - ai * bx[e + 1];
                double ri = ar * bx[e + 1] + ai * bx[e];
                worst = Math.max(worst, Math.hypot(lr - rr, li - ri));
            }
            if (!(worst <= allowed)) {
                return name + "[:, " + j + "]: beta a x - alpha b x is " + worst + " (allowed " + allowed + ")";
            }
            if (!(Math.abs(Math.sqrt(norm) - 1) <= tol)) {
                return name + "[:, " + j + "]: norm " + Math.sqrt(norm) + ", expected 1";
            }
        }
        return null;
    }

    private static double maxModulus(double[] a) {
        double m = 0;
        for (int i = 0; i < a.length; i += 2) {
            m = Math.max(m, Math.hypot(a[i], a[i + 1]));
        }
        return m;
    }

    /** The eigenvalues as sets: finite ratios alpha / beta (of homogeneous pairs), and the same number of non-finite ones. */
    private static String sameEigenvalues(HostArray expected, HostArray got, boolean homogeneous) {
        double[][] e = ratios(complex(expected), expected.shape()[expected.ndim() - 1], homogeneous);
        double[][] g = ratios(complex(got), got.shape()[got.ndim() - 1], homogeneous);
        if (e[1][0] != g[1][0]) {
            return "w: " + (int) g[1][0] + " infinite or undetermined eigenvalues, expected " + (int) e[1][0];
        }
        DType t = expected.dtype();
        return LinalgChecks.sameComplexSet("w (finite)", new HostArray(DType.COMPLEX128, new int[] {e[0].length / 2}, e[0])
                .astype(t), new HostArray(DType.COMPLEX128, new int[] {g[0].length / 2}, g[0]).astype(t));
    }

    /** {the finite eigenvalues interleaved, {the number of other ones}}. */
    private static double[][] ratios(double[] w, int n, boolean homogeneous) {
        double[] finite = new double[2 * n];
        int count = 0;
        int other = 0;
        for (int j = 0; j < n; j++) {
            double ar = w[2 * j];
            double ai = w[2 * j + 1];
            double br = homogeneous ? w[2 * (n + j)] : 1;
            double bi = homogeneous ? w[2 * (n + j) + 1] : 0;
            double den = br * br + bi * bi;
            double re = (ar * br + ai * bi) / den;
            double im = (ai * br - ar * bi) / den;
            if (Double.isFinite(re) && Double.isFinite(im)) {
                finite[2 * count] = re;
                finite[2 * count + 1] = im;
                count++;
            } else {
                other++;
            }
        }
        return new double[][] {Arrays.copyOf(finite, 2 * count), {other}};
    }

    /**
     * T and Z of SciPy's dtype and shape, Z unitary, Z T Z^H = a, T upper triangular (complex) or
     * quasi-upper-triangular (real), the eigenvalues of T's diagonal blocks SciPy's as a set; with a
     * sort, sdim SciPy's and the leading sdim eigenvalues SciPy's leading ones as a set.
     */
    private static String schur(GoldenCall c, Map<String, Object> got, List<HostArray> inputs) {
        String p = missing(got, "T", "Z");
        if (p != null) {
            return p;
        }
        HostArray a = inputs.get(0);
        int n = a.shape()[0];
        HostArray t = (HostArray) got.get("T");
        HostArray z = (HostArray) got.get("Z");
        HostArray et = expected(c, "T");
        p = first(like("T", et, t), like("Z", expected(c, "Z"), z));
        if (p != null) {
            return p;
        }
        double tol = LinalgChecks.tolerance(a.dtype()) * Math.max(1, n);
        double[] tv = complex(t);
        double[] zv = complex(z);
        p = first(structure(tv, n, t.dtype().isComplex()),
                identity("Z^H Z", product(adjoint(zv, n, n), n, n, zv, n), n, tol),
                LinalgChecks.compare("Z T Z^H vs a", complex(a), product(product(zv, n, n, tv, n), n, n, adjoint(zv, n, n), n),
                        tol));
        if (p != null) {
            return p;
        }
        double[] ours = blockEigenvalues(tv, n);
        double[] theirs = blockEigenvalues(complex(et), n);
        DType ct = t.dtype() == DType.FLOAT32 || t.dtype() == DType.COMPLEX64 ? DType.COMPLEX64 : DType.COMPLEX128;
        p = LinalgChecks.sameComplexSet("eigenvalues of T", vector(theirs, n, ct), vector(ours, n, ct));
        if (p != null || !c.expected().containsKey("sdim")) {
            return p;
        }
        int sdim = Json.number(GoldenChecks.expected(c, "sdim")).intValue();
        Object gs = got.get("sdim");
        if (!(gs instanceof Number g) || g.intValue() != sdim) {
            return "sdim: got " + gs + ", expected " + sdim;
        }
        return LinalgChecks.sameComplexSet("the leading " + sdim + " eigenvalues of T", vector(theirs, sdim, ct),
                vector(ours, sdim, ct));
    }

    /** Null when t is upper triangular (complex) or upper quasi-triangular with standardised 2x2 blocks (real). */
    private static String structure(double[] t, int n, boolean complex) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i - (complex ? 0 : 1); j++) {
                if (t[2 * (i * n + j)] != 0 || t[2 * (i * n + j) + 1] != 0) {
                    return "T: non-zero at [" + i + ", " + j + "] below the " + (complex ? "diagonal" : "subdiagonal");
                }
            }
        }
        for (int i = 0; !complex && i + 1 < n; i++) {
            double sub = t[2 * ((i + 1) * n + i)];
            if (sub == 0) {
                continue;
            }
            if (i + 2 < n && t[2 * ((i + 2) * n + i + 1)] != 0) {
                return "T: adjacent non-zero subdiagonal entries at rows " + (i + 1) + " and " + (i + 2);
            }
            if (t[2 * (i * n + i)] != t[2 * ((i + 1) * n + i + 1)] || !(t[2 * (i * n + i + 1)] * sub < 0)) {
                return "T: the 2x2 block at " + i + " is not standardised";
            }
        }
        return null;
    }

    /** The eigenvalues of T's diagonal entries and 2x2 blocks (real T), in T's order. */
    private static double[] blockEigenvalues(double[] t, int n) {
        double[] w = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double sub = i + 1 < n ? t[2 * ((i + 1) * n + i)] : 0;
            boolean realBlock = sub != 0 && t[2 * ((i + 1) * n + i) + 1] == 0 && t[2 * (i * n + i) + 1] == 0;
            if (realBlock) {
                double re = t[2 * (i * n + i)];
                double im = Math.sqrt(Math.abs(t[2 * (i * n + i + 1)]) * Math.abs(sub));
                w[2 * i] = re;
                w[2 * i + 1] = im;
                w[2 * i + 2] = re;
                w[2 * i + 3] = -im;
                i++;
            } else {
                w[2 * i] = t[2 * (i * n + i)];
                w[2 * i + 1] = t[2 * (i * n + i) + 1];
            }
        }
        return w;
    }

    // ---------------------------------------------------------------- complex matrices (interleaved doubles)

    /** Interleaved (re, im) doubles of a real or complex array. */
    private static double[] complex(HostArray h) {
        if (h.dtype().isComplex()) {
            return LinalgChecks.values(h);
        }
        double[] r = h.toDoubles();
        double[] c = new double[2 * r.length];
        for (int i = 0; i < r.length; i++) {
            c[2 * i] = r[i];
        }
        return c;
    }

    private static HostArray vector(double[] w, int count, DType t) {
        return new HostArray(DType.COMPLEX128, new int[] {count}, Arrays.copyOf(w, 2 * count)).astype(t);
    }

    /** (m x k) times (k x n). */
    private static double[] product(double[] a, int m, int k, double[] b, int n) {
        double[] c = new double[2 * m * n];
        for (int i = 0; i < m; i++) {
            for (int p = 0; p < k; p++) {
                double xr = a[2 * (i * k + p)];
                double xi = a[2 * (i * k + p) + 1];
                if (xr == 0 && xi == 0) {
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    double yr = b[2 * (p * n + j)];
                    double yi = b[2 * (p * n + j) + 1];
                    c[2 * (i * n + j)] += xr * yr - xi * yi;
                    c[2 * (i * n + j) + 1] += xr * yi + xi * yr;
                }
            }
        }
        return c;
    }

    /** The conjugate transpose (n x m) of the m x n {@code a}. */
    private static double[] adjoint(double[] a, int m, int n) {
        double[] t = new double[2 * m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                t[2 * (j * m + i)] = a[2 * (i * n + j)];
                t[2 * (j * m + i) + 1] = -a[2 * (i * n + j) + 1];
            }
        }
        return t;
    }

    private static double[] identity(int n) {
        double[] x = new double[2 * n * n];
        for (int i = 0; i < n; i++) {
            x[2 * (i * n + i)] = 1;
        }
        return x;
    }

    private static String identity(String what, double[] g, int n, double tol) {
        return LinalgChecks.compare(what + " vs the identity", identity(n), g, tol);
    }

    /** The Hermitian matrix of the {@code lower} (or upper) triangle of a, as eigh reads it. */
    private static double[] hermitian(double[] a, int n, boolean lower) {
        double[] h = new double[2 * n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                int src = lower ? i * n + j : j * n + i;
                double re = a[2 * src];
                double im = i == j ? 0 : lower ? a[2 * src + 1] : -a[2 * src + 1];
                h[2 * (i * n + j)] = re;
                h[2 * (i * n + j) + 1] = im;
                h[2 * (j * n + i)] = re;
                h[2 * (j * n + i) + 1] = -im;
            }
        }
        return h;
    }

    /** The n x m v with column j times w[j]. */
    private static double[] scaleColumns(double[] v, int n, int m, double[] w) {
        double[] o = new double[2 * n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                o[2 * (i * m + j)] = v[2 * (i * m + j)] * w[j];
                o[2 * (i * m + j) + 1] = v[2 * (i * m + j) + 1] * w[j];
            }
        }
        return o;
    }

    // ---------------------------------------------------------------- the case

    /** The text of parameter {@code name} of the case, or null. */
    private static String param(GoldenCall c, String name) {
        for (String a : c.args()) {
            if (a.startsWith(name + "=")) {
                return a.substring(name.length() + 1);
            }
        }
        return null;
    }

    /** The array a parameter names as {@code @file.npy}, or null. */
    private static HostArray arrayParam(GoldenCall c, String name) {
        for (String a : c.resolvedArgs()) {
            if (a.startsWith(name + "=@")) {
                return Npy.read(Path.of(a.substring(name.length() + 2)));
            }
        }
        return null;
    }

    private static HostArray expected(GoldenCall c, String name) {
        return (HostArray) GoldenChecks.expected(c, name);
    }

    private static String missing(Map<String, Object> got, String... names) {
        for (String n : names) {
            if (!(got.get(n) instanceof HostArray)) {
                return n + ": not returned as an array (got " + got.get(n) + ")";
            }
        }
        return null;
    }

    private static String like(String what, HostArray e, HostArray g) {
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
