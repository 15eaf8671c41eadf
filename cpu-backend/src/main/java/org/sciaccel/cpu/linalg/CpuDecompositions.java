package org.sciaccel.cpu.linalg;

import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.linalg.EigenvalueSelector;
import org.sciaccel.linalg.EighDriver;
import org.sciaccel.linalg.EighPlan;
import org.sciaccel.linalg.SvdDriver;

/**
 * The CPU backend's decompositions whose results SciPy takes from LAPACK's eigen- and singular-value
 * drivers (svd, eigh, eig, schur, lu_factor), host arrays in and out: real input goes to the LAPACK
 * routine SciPy calls ({@link CpuLapack}, {@link CpuGees}, {@link CpuSymmetricEigen}), complex input
 * to LAPACK's complex algorithms written here ({@link CpuComplexSvd}, {@link CpuComplexEigh},
 * {@link CpuComplexEig}), computed in double precision and rounded once for complex64. Inputs are
 * checked for infs and NaNs first, as SciPy's {@code check_finite} does.
 */
final class CpuDecompositions {
    private CpuDecompositions() {
    }

    /** {U, s, Vh} or {null, s, null}. */
    static HostArray[] svd(HostArray a, boolean full, boolean computeUv, SvdDriver driver) {
        int m = a.shape()[0];
        int n = a.shape()[1];
        int k = Math.min(m, n);
        DType t = a.dtype();
        boolean single = t == DType.FLOAT32 || t == DType.COMPLEX64;
        DType realType = single ? DType.FLOAT32 : DType.FLOAT64;
        int uCols = full ? m : k;
        int vRows = full ? n : k;
        if (t.isComplex()) {
            double[][] usv = k == 0 ? emptySvd(m, n, uCols, vRows, true)
                    : CpuComplexSvd.svd(finite("svd", "a", CpuComplexSolvers.interleaved(a)), m, n, full, computeUv, driver);
            HostArray s = HostArray.fromDoubles(usv[1], realType, k);
            if (!computeUv) {
                return new HostArray[] {null, s, null};
            }
            return new HostArray[] {CpuComplexSolvers.complex(usv[0], t, m, uCols), s,
                    CpuComplexSolvers.complex(usv[2], t, vRows, n)};
        }
        double[][] usv;
        if (k == 0) {
            usv = emptySvd(m, n, uCols, vRows, false);
        } else if (driver == SvdDriver.GESVD) {
            usv = CpuLapack.gesvd(finite("svd", "a", a.toDoubles()), m, n, full, computeUv, single);
        } else {
            usv = CpuLapack.gesdd(finite("svd", "a", a.toDoubles()), m, n, full, computeUv, single);
        }
        HostArray s = HostArray.fromDoubles(usv[1], realType, k);
        if (!computeUv) {
            return new HostArray[] {null, s, null};
        }
        return new HostArray[] {HostArray.fromDoubles(usv[0], t, m, uCols), s, HostArray.fromDoubles(usv[2], t, vRows, n)};
    }

    /** The SVD of a matrix without rows or columns: no singular values, U and Vh the identity's first columns / rows. */
    private static double[][] emptySvd(int m, int n, int uCols, int vRows, boolean complex) {
        int w = complex ? 2 : 1;
        double[] u = new double[w * m * uCols];
        for (int i = 0; i < Math.min(m, uCols); i++) {
            u[w * (i * uCols + i)] = 1;
        }
        double[] vh = new double[w * vRows * n];
        for (int i = 0; i < Math.min(vRows, n); i++) {
            vh[w * (i * n + i)] = 1;
        }
        return new double[][] {u, new double[0], vh};
    }

    /** {w, v or null} of the plan's driver; w real (single precision for single-precision input). */
    static HostArray[] eigh(HostArray a, HostArray b, EighPlan p) {
        int n = a.shape()[0];
        DType t = a.dtype();
        boolean single = t == DType.FLOAT32 || t == DType.COMPLEX64;
        DType realType = single ? DType.FLOAT32 : DType.FLOAT64;
        if (n == 0) {
            return new HostArray[] {HostArray.zeros(realType, 0), p.eigvalsOnly() ? null : HostArray.zeros(t, 0, 0)};
        }
        double[][] wv;
        if (t.isComplex()) {
            double[] bv = b == null ? null : finite("eigh", "b", CpuComplexSolvers.interleaved(b));
            wv = CpuComplexEigh.eigh(finite("eigh", "a", CpuComplexSolvers.interleaved(a)), bv, n, p);
        } else {
            double[] av = finite("eigh", "a", a.toDoubles());
            double[] bv = b == null ? null : finite("eigh", "b", b.toDoubles());
            if (p.driver() == EighDriver.EVR && p.range() == 'A') {
                // SciPy's default: syevr, ssyevr for float32 (the other drivers compute in double precision)
                wv = CpuLapack.syevr(av, n, p.lower(), !p.eigvalsOnly(), single);
            } else {
                wv = CpuSymmetricEigen.eigh(av, bv, n, p);
            }
        }
        int m = wv[0].length;
        HostArray w = HostArray.fromDoubles(wv[0], realType, m);
        if (p.eigvalsOnly()) {
            return new HostArray[] {w, null};
        }
        HostArray v = t.isComplex() ? CpuComplexSolvers.complex(wv[1], t, n, m) : HostArray.fromDoubles(wv[1], t, n, m);
        return new HostArray[] {w, v};
    }

    /** {w, vl or null, vr or null}. */
    static HostArray[] eig(HostArray a, HostArray b, boolean left, boolean right, boolean homogeneous) {
        int n = a.shape()[0];
        DType t = a.dtype();
        boolean single = t == DType.FLOAT32 || t == DType.COMPLEX64;
        if (t.isComplex()) {
            double[] av = finite("eig", "a", CpuComplexSolvers.interleaved(a));
            if (b != null) {
                CpuComplexQz.Result g = CpuComplexQz.ggev(av, finite("eig", "b", CpuComplexSolvers.interleaved(b)), n, left,
                        right);
                return generalizedComplex(g, t, n, left, right, homogeneous);
            }
            CpuComplexEig.Result r = CpuComplexEig.geev(av, n, left, right);
            double[] w = r.w;
            if (homogeneous) {
                w = java.util.Arrays.copyOf(r.w, 4 * n);
                for (int i = 0; i < n; i++) {
                    w[2 * (n + i)] = 1;
                }
            }
            HostArray wh = homogeneous ? CpuComplexSolvers.complex(w, t, 2, n) : CpuComplexSolvers.complex(w, t, n);
            return new HostArray[] {wh, left ? CpuComplexSolvers.complex(r.vl, t, n, n) : null,
                    right ? CpuComplexSolvers.complex(r.vr, t, n, n) : null};
        }
        double[] av = finite("eig", "a", a.toDoubles());
        if (b == null) {
            CpuLapack.Geev g = CpuLapack.geev(av, n, left, right, single);
            HostArray w = CpuEig.eigenvalues(g.wr, g.wi, n, single, homogeneous);
            return new HostArray[] {w, left ? CpuEig.eigenvectors(g.vl, w, n, single, homogeneous, false) : null,
                    right ? CpuEig.eigenvectors(g.vr, w, n, single, homogeneous, false) : null};
        }
        CpuLapack.Ggev g = CpuLapack.ggev(av, finite("eig", "b", b.toDoubles()), n, left, right, single);
        HostArray w = CpuEig.generalizedEigenvalues(g, n, single, homogeneous);
        return new HostArray[] {w, left ? CpuEig.eigenvectors(g.vl, w, n, single, homogeneous, true) : null,
                right ? CpuEig.eigenvectors(g.vr, w, n, single, homogeneous, true) : null};
    }

    /**
     * SciPy's _geneig of zggev's results: w = alpha / beta (inf where only beta is 0, NaN where both
     * are: NaN + NaN j unless every alpha is real) or the homogeneous [alpha; beta], and each vector
     * divided by its 2-norm.
     */
    private static HostArray[] generalizedComplex(CpuComplexQz.Result g, DType t, int n, boolean left, boolean right,
            boolean homogeneous) {
        double[] w = new double[homogeneous ? 4 * n : 2 * n];
        boolean realAlpha = true;
        for (int i = 0; i < n; i++) {
            realAlpha &= g.alpha[2 * i + 1] == 0;
        }
        for (int i = 0; i < n; i++) {
            double ar = g.alpha[2 * i];
            double ai = g.alpha[2 * i + 1];
            double br = g.beta[2 * i];
            if (homogeneous) {
                w[2 * i] = ar;
                w[2 * i + 1] = ai;
                w[2 * (n + i)] = br;
                w[2 * (n + i) + 1] = g.beta[2 * i + 1];
            } else if (br != 0) {
                double[] q = CpuComplexReflector.div(ar, ai, br, g.beta[2 * i + 1]);
                w[2 * i] = q[0];
                w[2 * i + 1] = q[1];
            } else if (ar != 0 || ai != 0) {
                w[2 * i] = Double.POSITIVE_INFINITY;
            } else {
                // SciPy: NaN, or NaN + NaN j unless every alpha is real
                w[2 * i] = Double.NaN;
                w[2 * i + 1] = realAlpha ? 0 : Double.NaN;
            }
        }
        HostArray wh = homogeneous ? CpuComplexSolvers.complex(w, t, 2, n) : CpuComplexSolvers.complex(w, t, n);
        return new HostArray[] {wh, left ? unitColumns(g.vl, t, n) : null, right ? unitColumns(g.vr, t, n) : null};
    }

    private static HostArray unitColumns(double[] v, DType t, int n) {
        for (int c = 0; c < n; c++) {
            double nrm = CpuComplexReflector.norm2(v, c, n, n);
            for (int r = 0; r < n; r++) {
                v[2 * (r * n + c)] /= nrm;
                v[2 * (r * n + c) + 1] /= nrm;
            }
        }
        return CpuComplexSolvers.complex(v, t, n, n);
    }

    /** {T, Z, sdim (int32, shape ()) or null}: the real Schur form of a real matrix, the complex one of a complex matrix. */
    static HostArray[] schur(HostArray a, EigenvalueSelector sort) {
        int n = a.shape()[0];
        DType t = a.dtype();
        int sdim;
        HostArray tt;
        HostArray zz;
        if (t.isComplex()) {
            CpuComplexEig.Schur s = CpuComplexEig.gees(finite("schur", "a", CpuComplexSolvers.interleaved(a)), n, sort);
            tt = CpuComplexSolvers.complex(s.t, t, n, n);
            zz = CpuComplexSolvers.complex(s.z, t, n, n);
            sdim = s.sdim;
        } else {
            CpuGees.Result r = CpuGees.gees(finite("schur", "a", a.toDoubles()), n, t == DType.FLOAT32, sort);
            tt = HostArray.fromDoubles(r.t, t, n, n);
            zz = HostArray.fromDoubles(r.z, t, n, n);
            sdim = r.sdim;
        }
        HostArray sd = sort == null ? null : new HostArray(DType.INT32, new int[0], new int[] {sdim});
        return new HostArray[] {tt, zz, sd};
    }

    /** {lu (m x n), piv (int32, min(m, n))} as getrf (zgetrf) leaves them. */
    static HostArray[] luFactor(HostArray a) {
        int m = a.shape()[0];
        int n = a.shape()[1];
        if (a.dtype().isComplex()) {
            double[] av = finite("lu_factor", "a", CpuComplexSolvers.interleaved(a));
            // cgetrf for complex64 (single-precision arithmetic), zgetrf otherwise, as SciPy picks them
            CpuComplexLu lu = a.dtype() == DType.COMPLEX64 ? CpuComplexLu.factorSingle(av, m, n) : CpuComplexLu.factor(av, m, n);
            return new HostArray[] {CpuComplexSolvers.complex(lu.lu, a.dtype(), m, n),
                    new HostArray(DType.INT32, new int[] {lu.piv.length}, lu.piv.clone())};
        }
        double[] av = finite("lu_factor", "a", a.toDoubles());
        CpuLu lu = a.dtype() == DType.FLOAT32 ? CpuLu.factorSingle(av, m, n) : CpuLu.factor(av, m, n);
        return new HostArray[] {HostArray.fromDoubles(lu.lu, a.dtype(), m, n),
                new HostArray(DType.INT32, new int[] {lu.piv.length}, lu.piv.clone())};
    }

    /** SciPy's check_finite: infs and NaNs are refused before LAPACK sees them. */
    static double[] finite(String op, String param, double[] d) {
        for (double v : d) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(op + ": " + param + ": array must not contain infs or NaNs");
            }
        }
        return d;
    }
}
