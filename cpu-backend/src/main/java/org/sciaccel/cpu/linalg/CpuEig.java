package org.sciaccel.cpu.linalg;

import org.sciaccel.DType;
import org.sciaccel.HostArray;

/**
 * SciPy's eig and eigvals results from LAPACK's geev and ggev of a real matrix (or pencil), as
 * SciPy's {@code _make_eigvals} and {@code _make_complex_eigvecs} form them: {@code w = wr + 1j*wi}
 * (complex64 for float32 input, complex128 otherwise), for ggev {@code alpha / beta} with inf where
 * only beta is 0 and NaN where both are, or the homogeneous 2 x N {@code [alpha; beta]}; the
 * eigenvectors real when every eigenvalue is real, otherwise complex with each conjugate pair
 * unpacked from LAPACK's two real columns (column j is {@code v[:, j] + 1j*v[:, j+1]}, column j+1
 * its conjugate, for the j with imag(w[j]) &gt; 0 or, SciPy's workaround for a LAPACK bug,
 * imag(w[j+1]) &lt; 0); ggev's vectors normalised to unit 2-norm as SciPy does.
 */
final class CpuEig {
    private CpuEig() {
    }

    /** {@code w} of geev: wr + i wi; with {@code homogeneous} the 2 x n {@code [w; 1]}. */
    static HostArray eigenvalues(double[] wr, double[] wi, int n, boolean single, boolean homogeneous) {
        double[] w = new double[2 * n];
        for (int i = 0; i < n; i++) {
            w[2 * i] = wr[i];
            w[2 * i + 1] = wi[i];
        }
        if (!homogeneous) {
            return complex(w, single, n);
        }
        double[] h = new double[4 * n];
        System.arraycopy(w, 0, h, 0, 2 * n);
        for (int i = 0; i < n; i++) {
            h[2 * (n + i)] = 1;
        }
        return complex(h, single, 2, n);
    }

    /** {@code w} of ggev, as SciPy's _make_eigvals forms it from alpha and beta. */
    static HostArray generalizedEigenvalues(CpuLapack.Ggev g, int n, boolean single, boolean homogeneous) {
        double[] w = new double[homogeneous ? 4 * n : 2 * n];
        if (homogeneous) {
            for (int i = 0; i < n; i++) {
                w[2 * i] = g.alphar[i];
                w[2 * i + 1] = g.alphai[i];
                w[2 * (n + i)] = g.beta[i];
            }
            return complex(w, single, 2, n);
        }
        boolean realAlpha = true;
        for (int i = 0; i < n; i++) {
            realAlpha &= g.alphai[i] == 0;
        }
        for (int i = 0; i < n; i++) {
            boolean alphaZero = g.alphar[i] == 0 && g.alphai[i] == 0;
            if (g.beta[i] != 0) {
                w[2 * i] = g.alphar[i] / g.beta[i];
                w[2 * i + 1] = g.alphai[i] / g.beta[i];
            } else if (!alphaZero) {
                w[2 * i] = Double.POSITIVE_INFINITY;
            } else {
                w[2 * i] = Double.NaN;
                w[2 * i + 1] = realAlpha ? 0 : Double.NaN;
            }
        }
        return complex(w, single, n);
    }

    /**
     * The eigenvectors from LAPACK's packed real columns (column-major n x n), unpacked by the
     * imaginary parts of {@code w} (interleaved n values; the first row of a homogeneous w); with
     * {@code normalise} each column divided by its 2-norm, as SciPy's _geneig.
     */
    static HostArray eigenvectors(double[] packed, HostArray w, int n, boolean single, boolean homogeneous,
            boolean normalise) {
        int ld = Math.max(1, n);
        double[] wv = CpuComplexSolvers.interleaved(w);
        boolean real = true;
        double[] wi = new double[n];
        for (int i = 0; i < n; i++) {
            wi[i] = wv[2 * i + 1];
            real &= wi[i] == 0;
        }
        if (real) {
            double[] v = CpuLapack.rowMajor(packed, n, n, ld);
            if (normalise) {
                for (int c = 0; c < n; c++) {
                    double s = 0;
                    for (int r = 0; r < n; r++) {
                        s += v[r * n + c] * v[r * n + c];
                    }
                    double nrm = Math.sqrt(s);
                    for (int r = 0; r < n; r++) {
                        v[r * n + c] /= nrm;
                    }
                }
            }
            return HostArray.fromDoubles(v, single ? DType.FLOAT32 : DType.FLOAT64, n, n);
        }
        double[] v = new double[2 * n * n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                v[2 * (r * n + c)] = packed[c * ld + r];
            }
        }
        for (int j = 0; j < n; j++) {
            boolean pairStart = wi[j] > 0 || (!homogeneous && j + 1 < n && wi[j + 1] < 0);
            if (!pairStart || j + 1 >= n) {
                continue;
            }
            for (int r = 0; r < n; r++) {
                double re = packed[j * ld + r];
                double im = packed[(j + 1) * ld + r];
                v[2 * (r * n + j)] = re;
                v[2 * (r * n + j) + 1] = im;
                v[2 * (r * n + j + 1)] = re;
                v[2 * (r * n + j + 1) + 1] = -im;
            }
        }
        if (normalise) {
            for (int c = 0; c < n; c++) {
                double nrm = CpuComplexReflector.norm2(v, c, n, n);
                for (int r = 0; r < n; r++) {
                    v[2 * (r * n + c)] /= nrm;
                    v[2 * (r * n + c) + 1] /= nrm;
                }
            }
        }
        return complex(v, single, n, n);
    }

    /** A complex array (complex64 with {@code single}) from interleaved doubles. */
    static HostArray complex(double[] v, boolean single, int... shape) {
        return CpuComplexSolvers.complex(v, single ? DType.COMPLEX64 : DType.COMPLEX128, shape);
    }
}
