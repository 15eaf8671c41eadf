package org.sciaccel.cpu.linalg;

import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.cpu.CpuThreads;
import org.sciaccel.linalg.MatmulPlan;
import org.sciaccel.linalg.Transpose;

/**
 * {@code numpy.matmul} on the CPU: every product of the plan split into blocks of rows, the blocks
 * of all products shared across the pool. Real dtypes run {@link CpuGemmF}/{@link CpuGemmD};
 * complex products are four real products on split real and imaginary planes
 * ({@code Re = ArBr - AiBi}, {@code Im = ArBi + AiBr}, the imaginary planes negated for a
 * conjugate-transposed operand), which keeps the vectorised kernel for complex data.
 */
final class CpuMatmul {
    /** Rows of C per task: enough work per task to amortise the packing of B. */
    private static final int ROW_BLOCK = 64;
    /** From this many multiply-adds, one product packs each panel once for all threads ({@code multiplyShared}). */
    private static final long SHARED_PANELS_WORK = 1L << 24;

    private CpuMatmul() {
    }

    static HostArray multiply(CpuThreads threads, HostArray a, HostArray b, MatmulPlan plan) {
        DType t = plan.dtype();
        int m = plan.m();
        int k = plan.k();
        int n = plan.n();
        HostArray out = HostArray.zeros(t, plan.outShape());
        if (t.isComplex()) {
            complex(threads, a, b, out, plan);
            return out;
        }
        if (plan.batch() == 1 && (long) m * k * n >= SHARED_PANELS_WORK && m >= 2 * ROW_BLOCK) {
            if (t == DType.FLOAT32) {
                CpuGemmF.multiplyShared(threads, (float[]) a.data(), 0, plan.transA().swaps(), (float[]) b.data(), 0,
                        plan.transB().swaps(), (float[]) out.data(), 0, m, k, n);
            } else {
                CpuGemmD.multiplyShared(threads, (double[]) a.data(), 0, plan.transA().swaps(), (double[]) b.data(), 0,
                        plan.transB().swaps(), (double[]) out.data(), 0, m, k, n);
            }
            return out;
        }
        run(threads, plan, (a0, b0, c0, r0, r1) -> {
            if (t == DType.FLOAT32) {
                CpuGemmF.multiply((float[]) a.data(), a0, plan.transA().swaps(), (float[]) b.data(), b0,
                        plan.transB().swaps(), (float[]) out.data(), c0, m, k, n, r0, r1);
            } else {
                CpuGemmD.multiply((double[]) a.data(), a0, plan.transA().swaps(), (double[]) b.data(), b0,
                        plan.transB().swaps(), (double[]) out.data(), c0, m, k, n, r0, r1);
            }
        });
        return out;
    }

    /** One block of rows of one product, given the element offsets of its matrices. */
    private interface Block {
        void run(int aOff, int bOff, int cOff, int r0, int r1);
    }

    private static void run(CpuThreads threads, MatmulPlan plan, Block block) {
        int m = plan.m();
        int blocks = Math.max(1, (m + ROW_BLOCK - 1) / ROW_BLOCK);
        int tasks = plan.batch() * blocks;
        long work = (long) plan.batch() * m * plan.k() * plan.n();
        int aSize = m * plan.k();
        int bSize = plan.k() * plan.n();
        int cSize = m * plan.n();
        threads.parallelFor(tasks, work, (from, to) -> {
            for (int t = from; t < to; t++) {
                int p = t / blocks;
                int r0 = (t % blocks) * ROW_BLOCK;
                int r1 = Math.min(m, r0 + ROW_BLOCK);
                block.run(plan.aIndex()[p] * aSize, plan.bIndex()[p] * bSize, p * cSize, r0, r1);
            }
        });
    }

    private static void complex(CpuThreads threads, HostArray a, HostArray b, HostArray out, MatmulPlan plan) {
        boolean single = plan.dtype() == DType.COMPLEX64;
        double[][] as = split(a.data(), plan.transA() == Transpose.CONJUGATE_TRANSPOSE);
        double[][] bs = split(b.data(), plan.transB() == Transpose.CONJUGATE_TRANSPOSE);
        int cLen = out.size();
        double[] re = new double[cLen];
        double[] im = new double[cLen];
        int m = plan.m();
        int k = plan.k();
        int n = plan.n();
        boolean ta = plan.transA().swaps();
        boolean tb = plan.transB().swaps();
        run(threads, plan, (a0, b0, c0, r0, r1) -> {
            int rows = r1 - r0;
            double[] t1 = new double[rows * n];
            double[] t2 = new double[rows * n];
            int base = c0 + r0 * n;
            // t1/t2 hold rows [r0, r1) of the products, at their own row offset r0
            product(as[0], a0, ta, bs[0], b0, tb, t1, m, k, n, r0, r1);
            product(as[1], a0, ta, bs[1], b0, tb, t2, m, k, n, r0, r1);
            for (int i = 0; i < t1.length; i++) {
                re[base + i] = t1[i] - t2[i];
            }
            product(as[0], a0, ta, bs[1], b0, tb, t1, m, k, n, r0, r1);
            product(as[1], a0, ta, bs[0], b0, tb, t2, m, k, n, r0, r1);
            for (int i = 0; i < t1.length; i++) {
                im[base + i] = t1[i] + t2[i];
            }
        });
        if (single) {
            float[] o = (float[]) out.data();
            for (int i = 0; i < cLen; i++) {
                o[2 * i] = (float) re[i];
                o[2 * i + 1] = (float) im[i];
            }
        } else {
            double[] o = (double[]) out.data();
            for (int i = 0; i < cLen; i++) {
                o[2 * i] = re[i];
                o[2 * i + 1] = im[i];
            }
        }
    }

    /** Rows [r0, r1) of op(A) op(B) into c, which holds just those rows. */
    private static void product(double[] a, int aOff, boolean ta, double[] b, int bOff, boolean tb, double[] c,
            int m, int k, int n, int r0, int r1) {
        // The kernel writes row i at cOff + i*n; shift the offset so row r0 lands at index 0.
        CpuGemmD.multiply(a, aOff, ta, b, bOff, tb, c, -r0 * n, m, k, n, r0, r1);
    }

    /**
     * Interleaved complex values as separate real and imaginary planes in double (complex64 products
     * are formed in double and rounded once, at least as accurate as numpy's single-precision sums).
     */
    private static double[][] split(Object data, boolean conjugate) {
        double s = conjugate ? -1 : 1;
        if (data instanceof float[]) {
            float[] f = (float[]) data;
            double[] re = new double[f.length / 2];
            double[] im = new double[f.length / 2];
            for (int i = 0; i < re.length; i++) {
                re[i] = f[2 * i];
                im[i] = s * f[2 * i + 1];
            }
            return new double[][] {re, im};
        }
        double[] d = (double[]) data;
        double[] re = new double[d.length / 2];
        double[] im = new double[d.length / 2];
        for (int i = 0; i < re.length; i++) {
            re[i] = d[2 * i];
            im[i] = s * d[2 * i + 1];
        }
        return new double[][] {re, im};
    }
}
