package org.sciaccel.cpu.linalg;

import org.sciaccel.DType;
import org.sciaccel.HostArray;

/**
 * SciPy's eig and eigvals results from geev's: {@code w = wr + 1j*wi} (complex64 for float32
 * input, complex128 otherwise) and the right eigenvectors, real when every eigenvalue is real,
 * otherwise complex with each conjugate pair unpacked from geev's two real columns as SciPy's
 * {@code _make_complex_eigvecs} does (column j is {@code vr[:, j] + 1j*vr[:, j+1]}, column j+1
 * its conjugate, for the j with wi[j] &gt; 0 or wi[j+1] &lt; 0).
 */
final class CpuEig {
    private CpuEig() {
    }

    static HostArray eigenvalues(CpuLapack.Geev g, int n, boolean single) {
        HostArray h = HostArray.zeros(single ? DType.COMPLEX64 : DType.COMPLEX128, n);
        for (int i = 0; i < n; i++) {
            set(h, single, 2 * i, g.wr[i]);
            set(h, single, 2 * i + 1, g.wi[i]);
        }
        return h;
    }

    static HostArray eigenvectors(CpuLapack.Geev g, int n, boolean single) {
        int ld = Math.max(1, n);
        boolean real = true;
        for (int i = 0; i < n; i++) {
            real &= g.wi[i] == 0;
        }
        if (real) {
            return HostArray.fromDoubles(CpuLapack.rowMajor(g.vr, n, n, ld), single ? DType.FLOAT32 : DType.FLOAT64, n, n);
        }
        HostArray h = HostArray.zeros(single ? DType.COMPLEX64 : DType.COMPLEX128, n, n);
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                set(h, single, 2 * (r * n + c), g.vr[c * ld + r]);
            }
        }
        for (int j = 0; j < n; j++) {
            boolean pairStart = g.wi[j] > 0 || (j + 1 < n && g.wi[j + 1] < 0);
            if (!pairStart || j + 1 >= n) {
                continue;
            }
            for (int r = 0; r < n; r++) {
                double re = g.vr[j * ld + r];
                double im = g.vr[(j + 1) * ld + r];
                set(h, single, 2 * (r * n + j), re);
                set(h, single, 2 * (r * n + j) + 1, im);
                set(h, single, 2 * (r * n + j + 1), re);
                set(h, single, 2 * (r * n + j + 1) + 1, -im);
            }
        }
        return h;
    }

    private static void set(HostArray h, boolean single, int i, double v) {
        if (single) {
            ((float[]) h.data())[i] = (float) v;
        } else {
            ((double[]) h.data())[i] = v;
        }
    }
}
