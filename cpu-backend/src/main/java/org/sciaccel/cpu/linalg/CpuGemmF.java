//F The master of CpuGemmD.java: edit this file, then run tools/generate-twins.sh.
package org.sciaccel.cpu.linalg;

import org.sciaccel.cpu.CpuThreads;

/**
 * Single-precision GEMM on primitive arrays: {@code C = op(A) op(B)} for one row range of C.
 *
 * <p>Blocked as GotoBLAS-style code is: a {@value #KC} x {@value #NC} panel of op(B) is packed as
 * one array per row (which is also where a transposed B is read strided, so no transposed copy of a
 * whole operand is ever made), the matching rows of op(A) are packed contiguous, and the
 * micro-kernel adds four rank-1 terms at a time into {@value #MR} rows of C, each held in a separate
 * accumulator array, reusing the same four rows of the panel for all of them. The panel
 * (512 KiB) stays in L2, the accumulator rows and the four B rows in L1.
 *
 * <p>Why separate arrays: JDK 17's C2 superword vectorises {@code t[j] = fma(x, b[j], t[j])} into
 * AVX FMAs only when every array in the loop is indexed by the bare loop variable; indexing one
 * array at two different loop-invariant offsets ({@code c[c0 + j]}, {@code c[c1 + j]}) or at an
 * offset ({@code b[b0 + j]}) leaves the loop scalar, about 8 times slower. Sums run in the
 * operand's precision, in k order, as BLAS does.
 */
final class CpuGemmF {
    /** Depth of a packed panel (rows of op(B)). */
    static final int KC = 256;
    /** Rows of C updated together, each through its own accumulator array (all MR in L1 with four B rows). */
    static final int MR = 8;
    /** Width of a packed panel (columns of op(B)): 512 KiB of panel in either precision. */
    static final int NC = 512/*D:256*/;

    private CpuGemmF() {
    }

    /**
     * Writes rows {@code [r0, r1)} of {@code C = op(A) op(B)} ({@code m x n}, at {@code cOff}, row stride n).
     * A is stored {@code m x k} at {@code aOff} ({@code k x m} when {@code transA}), B {@code k x n}
     * at {@code bOff} ({@code n x k} when {@code transB}).
     */
    static void multiply(float[] a, int aOff, boolean transA, float[] b, int bOff, boolean transB, float[] c,
            int cOff, int m, int k, int n, int r0, int r1) {
        int rows = r1 - r0;
        if (k == 0) {
            for (int i = r0; i < r1; i++) {
                java.util.Arrays.fill(c, cOff + i * n, cOff + i * n + n, 0f);
            }
        }
        if (rows <= 0 || k == 0) {
            return;
        }
        float[][] bp = new float[Math.min(KC, k)][Math.min(NC, n)];
        float[] ap = new float[rows * Math.min(KC, k)];
        float[][] acc = new float[MR][Math.min(NC, n)];
        for (int pc = 0; pc < k; pc += KC) {
            int kc = Math.min(KC, k - pc);
            packA(a, aOff, transA, m, k, r0, r1, pc, kc, ap);
            for (int jc = 0; jc < n; jc += NC) {
                int nc = Math.min(NC, n - jc);
                packB(b, bOff, transB, k, n, pc, kc, jc, nc, bp);
                rows(ap, 0, bp, c, cOff + r0 * n + jc, n, rows, kc, nc, acc, pc == 0);
            }
        }
    }

    /**
     * The whole of one large product {@code C = op(A) op(B)} on the pool: each panel of op(A) and
     * op(B) is packed once, shared by all threads, and the rows of C split between them (packing
     * per task would copy op(B) once per block of rows).
     */
    static void multiplyShared(CpuThreads threads, float[] a, int aOff, boolean transA, float[] b, int bOff,
            boolean transB, float[] c, int cOff, int m, int k, int n) {
        if (k == 0) {
            java.util.Arrays.fill(c, cOff, cOff + m * n, 0f);
            return;
        }
        float[] ap = new float[m * Math.min(KC, k)];
        float[][] bp = new float[Math.min(KC, k)][Math.min(NC, n)];
        for (int pc = 0; pc < k; pc += KC) {
            int kc = Math.min(KC, k - pc);
            packA(a, aOff, transA, m, k, 0, m, pc, kc, ap);
            for (int jc = 0; jc < n; jc += NC) {
                int nc = Math.min(NC, n - jc);
                packB(b, bOff, transB, k, n, pc, kc, jc, nc, bp);
                int col = jc;
                boolean first = pc == 0;
                // Tasks are groups of MR rows, so that no group is split between threads.
                threads.parallelFor((m + MR - 1) / MR, (long) m * kc * nc, (from, to) -> {
                    int r0 = from * MR;
                    int r1 = Math.min(m, to * MR);
                    rows(ap, r0 * kc, bp, c, cOff + r0 * n + col, n, r1 - r0, kc, nc, new float[MR][nc], first);
                });
            }
        }
    }

    /** ap[i * kc + p] = op(A)[r0 + i][pc + p]. */
    private static void packA(float[] a, int aOff, boolean transA, int m, int k, int r0, int r1, int pc, int kc,
            float[] ap) {
        for (int i = r0; i < r1; i++) {
            int dst = (i - r0) * kc;
            if (!transA) {
                System.arraycopy(a, aOff + i * k + pc, ap, dst, kc);
            } else {
                int src = aOff + pc * m + i;
                for (int p = 0; p < kc; p++) {
                    ap[dst + p] = a[src + p * m];
                }
            }
        }
    }

    /** bp[p][j] = op(B)[pc + p][jc + j]. */
    private static void packB(float[] b, int bOff, boolean transB, int k, int n, int pc, int kc, int jc, int nc,
            float[][] bp) {
        if (!transB) {
            for (int p = 0; p < kc; p++) {
                System.arraycopy(b, bOff + (pc + p) * n + jc, bp[p], 0, nc);
            }
        } else {
            for (int j = 0; j < nc; j++) {
                int src = bOff + (jc + j) * k + pc;
                for (int p = 0; p < kc; p++) {
                    bp[p][j] = b[src + p];
                }
            }
        }
    }

    /**
     * C tile (rows x nc at cBase, row stride ldc) += ap (rows x kc at apOff) * bp (kc x nc), {@value #MR}
     * rows of C at a time through the accumulator rows {@code acc} (MR arrays, at least nc long);
     * with {@code first} (the first panel of the k range) the tile is overwritten instead, so C need
     * not be cleared beforehand.
     */
    private static void rows(float[] ap, int apOff, float[][] bp, float[] c, int cBase, int ldc, int rows, int kc,
            int nc, float[][] acc, boolean first) {
        for (int i0 = 0; i0 < rows; i0 += MR) {
            int mr = Math.min(MR, rows - i0);
            for (int q = 0; q < mr; q++) {
                if (first) {
                    java.util.Arrays.fill(acc[q], 0, nc, 0f);
                } else {
                    System.arraycopy(c, cBase + (i0 + q) * ldc, acc[q], 0, nc);
                }
            }
            block(ap, apOff + i0 * kc, bp, acc, mr, kc, nc);
            for (int q = 0; q < mr; q++) {
                System.arraycopy(acc[q], 0, c, cBase + (i0 + q) * ldc, nc);
            }
        }
    }

    /**
     * acc[q][0, nc) += sum over p of ap[ao + q * kc + p] * bp[p][0, nc) for q &lt; mr: four rank-1
     * terms per pass over an accumulator row, the four B rows reused from L1 by all mr rows.
     */
    private static void block(float[] ap, int ao, float[][] bp, float[][] acc, int mr, int kc, int nc) {
        int p = 0;
        for (; p + 3 < kc; p += 4) {
            float[] b0 = bp[p];
            float[] b1 = bp[p + 1];
            float[] b2 = bp[p + 2];
            float[] b3 = bp[p + 3];
            for (int q = 0; q < mr; q++) {
                int o = ao + q * kc + p;
                float x0 = ap[o];
                float x1 = ap[o + 1];
                float x2 = ap[o + 2];
                float x3 = ap[o + 3];
                float[] t = acc[q];
                for (int j = 0; j < nc; j++) {
                    t[j] = Math.fma(x3, b3[j], Math.fma(x2, b2[j], Math.fma(x1, b1[j], Math.fma(x0, b0[j], t[j]))));
                }
            }
        }
        for (; p < kc; p++) {
            float[] b0 = bp[p];
            for (int q = 0; q < mr; q++) {
                float x0 = ap[ao + q * kc + p];
                float[] t = acc[q];
                for (int j = 0; j < nc; j++) {
                    t[j] = Math.fma(x0, b0[j], t[j]);
                }
            }
        }
    }
}
