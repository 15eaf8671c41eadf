package org.sciaccel.cpu.linalg;

/**
 * Triangular solves on row-major n x n factors for k right-hand sides (b n x k row-major, in
 * place), the factor read as stored or transposed, so that one stored triangle serves both
 * {@code T x = b} and {@code T^T x = b}.
 */
final class CpuTriangular {
    private CpuTriangular() {
    }

    private static double at(double[] t, int n, boolean transposed, int i, int j) {
        return transposed ? t[j * n + i] : t[i * n + j];
    }

    /** Forward substitution with the lower triangle of op(t) (op(t) = t, or t^T when transposed reads t's upper triangle). */
    static void solveLower(double[] t, int n, boolean unit, boolean transposed, double[] b, int k) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double f = at(t, n, transposed, i, j);
                if (f != 0) {
                    for (int c = 0; c < k; c++) {
                        b[i * k + c] -= f * b[j * k + c];
                    }
                }
            }
            if (!unit) {
                double d = at(t, n, transposed, i, i);
                for (int c = 0; c < k; c++) {
                    b[i * k + c] /= d;
                }
            }
        }
    }

    /** Back substitution with the upper triangle of op(t). */
    static void solveUpper(double[] t, int n, boolean unit, boolean transposed, double[] b, int k) {
        for (int i = n - 1; i >= 0; i--) {
            for (int j = i + 1; j < n; j++) {
                double f = at(t, n, transposed, i, j);
                if (f != 0) {
                    for (int c = 0; c < k; c++) {
                        b[i * k + c] -= f * b[j * k + c];
                    }
                }
            }
            if (!unit) {
                double d = at(t, n, transposed, i, i);
                for (int c = 0; c < k; c++) {
                    b[i * k + c] /= d;
                }
            }
        }
    }
}
