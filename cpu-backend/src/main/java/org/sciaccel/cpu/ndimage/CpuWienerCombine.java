package org.sciaccel.cpu.ndimage;

import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.cpu.CpuThreads;

/**
 * {@link org.sciaccel.spi.NdimageOps#wienerCombine} on host arrays: the local variance, its mean
 * (fixed blocks summed in order, so the result does not depend on the thread count) when the noise
 * is estimated, then SciPy's element-wise formula, in double, blocks shared among the {@link CpuThreads}.
 */
final class CpuWienerCombine {
    private static final int BLOCK = 1 << 14;

    private CpuWienerCombine() {
    }

    static HostArray combine(HostArray im, HostArray mean, HostArray squareMean, boolean estimateNoise, double noise,
            CpuThreads threads) {
        int size = im.size();
        double[] mu = (double[]) mean.data();
        double[] sq = (double[]) squareMean.data();
        HostArray out = HostArray.zeros(DType.FLOAT64, im.shape());
        double[] o = (double[]) out.data();
        double[] var = new double[size];
        int blocks = (size + BLOCK - 1) / BLOCK;
        double[] partial = new double[blocks];
        threads.parallelFor(blocks, size, (from, to) -> {
            for (int b = from; b < to; b++) {
                int lo = b * BLOCK;
                int hi = Math.min(size, lo + BLOCK);
                double s = 0;
                for (int i = lo; i < hi; i++) {
                    double v = sq[i] - mu[i] * mu[i];
                    var[i] = v;
                    s += v;
                }
                partial[b] = s;
            }
        });
        double nz = noise;
        if (estimateNoise) {
            double s = 0;
            for (double p : partial) s += p;
            nz = s / size;
        }
        double n = nz;
        threads.parallelFor(blocks, size, (from, to) -> {
            double[] x = new double[BLOCK];
            for (int b = from; b < to; b++) {
                int lo = b * BLOCK;
                int hi = Math.min(size, lo + BLOCK);
                TypedLines.read(im.data(), im.dtype(), lo, x, 0, hi - lo);
                for (int i = lo; i < hi; i++) {
                    double res = (x[i - lo] - mu[i]) * (1 - n / var[i]) + mu[i];
                    o[i] = var[i] < n ? mu[i] : res;
                }
            }
        });
        return out;
    }
}
