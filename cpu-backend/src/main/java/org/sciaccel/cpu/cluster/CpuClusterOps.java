package org.sciaccel.cpu.cluster;

import java.util.Set;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.cpu.CpuBackend;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.ClusterOps;

/**
 * The CPU backend's scipy.cluster.vq: vq split by observations over the pool (each compares its row with every
 * code, the squared distance summed over the features in order, replaced only by a strictly smaller one, the
 * square root taken once); the cluster means split by features, each feature's sums taken over the observations
 * in order as SciPy's loop takes them, so the result does not depend on the number of threads. float32 data is
 * computed in float32, as SciPy's float loops.
 */
public final class CpuClusterOps implements ClusterOps {
    /** The registry's ops of this SPI family: the CPU backend implements every one. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.CLUSTER);

    private final CpuBackend backend;

    public CpuClusterOps(CpuBackend backend) {
        this.backend = backend;
    }

    @Override
    public NDArray[] vq(NDArray obs, NDArray codeBook) {
        backend.checkOpen();
        int n = obs.shape(0);
        int d = obs.shape(1);
        int k = codeBook.shape(0);
        HostArray ho = backend.host(obs, "obs");
        HostArray hc = backend.host(codeBook, "code_book");
        int[] code = new int[n];
        long work = (long) n * k * Math.max(1, d);
        if (obs.dtype() == DType.FLOAT32) {
            float[] o = (float[]) ho.data();
            float[] c = (float[]) hc.data();
            float[] dist = new float[n];
            backend.threads().parallelFor(n, work, (from, to) -> {
                for (int i = from; i < to; i++) {
                    float low = Float.POSITIVE_INFINITY;
                    int best = 0;
                    for (int j = 0; j < k; j++) {
                        float s = 0;
                        for (int f = 0; f < d; f++) {
                            float diff = c[j * d + f] - o[i * d + f];
                            s += diff * diff;
                        }
                        if (s < low) {
                            low = s;
                            best = j;
                        }
                    }
                    code[i] = best;
                    dist[i] = (float) Math.sqrt(low);
                }
            });
            return new NDArray[] {backend.wrap(new HostArray(DType.INT32, new int[] {n}, code)),
                backend.wrap(new HostArray(DType.FLOAT32, new int[] {n}, dist))};
        }
        double[] o = (double[]) ho.data();
        double[] c = (double[]) hc.data();
        double[] dist = new double[n];
        backend.threads().parallelFor(n, work, (from, to) -> {
            for (int i = from; i < to; i++) {
                double low = Double.POSITIVE_INFINITY;
                int best = 0;
                for (int j = 0; j < k; j++) {
                    double s = 0;
                    for (int f = 0; f < d; f++) {
                        double diff = c[j * d + f] - o[i * d + f];
                        s += diff * diff;
                    }
                    if (s < low) {
                        low = s;
                        best = j;
                    }
                }
                code[i] = best;
                dist[i] = Math.sqrt(low);
            }
        });
        return new NDArray[] {backend.wrap(new HostArray(DType.INT32, new int[] {n}, code)),
            backend.wrap(new HostArray(DType.FLOAT64, new int[] {n}, dist))};
    }

    @Override
    public NDArray[] clusterMeans(NDArray obs, NDArray labels, int k) {
        backend.checkOpen();
        int n = obs.shape(0);
        int d = obs.shape(1);
        int[] lab = (int[]) backend.host(labels, "labels").data();
        int[] count = new int[k];
        for (int i = 0; i < n; i++) {
            count[lab[i]]++;
        }
        byte[] has = new byte[k]; // bool storage: one byte per element
        for (int j = 0; j < k; j++) {
            has[j] = (byte) (count[j] > 0 ? 1 : 0);
        }
        HostArray ho = backend.host(obs, "obs");
        long work = (long) n * Math.max(1, d);
        NDArray means;
        if (obs.dtype() == DType.FLOAT32) {
            float[] o = (float[]) ho.data();
            float[] m = new float[k * d];
            backend.threads().parallelFor(d, work, (from, to) -> {
                for (int i = 0; i < n; i++) {
                    for (int f = from; f < to; f++) {
                        m[lab[i] * d + f] += o[i * d + f];
                    }
                }
                for (int j = 0; j < k; j++) {
                    for (int f = from; f < to; f++) {
                        if (count[j] > 0) {
                            m[j * d + f] /= count[j];
                        }
                    }
                }
            });
            means = backend.wrap(new HostArray(DType.FLOAT32, new int[] {k, d}, m));
        } else {
            double[] o = (double[]) ho.data();
            double[] m = new double[k * d];
            backend.threads().parallelFor(d, work, (from, to) -> {
                for (int i = 0; i < n; i++) {
                    for (int f = from; f < to; f++) {
                        m[lab[i] * d + f] += o[i * d + f];
                    }
                }
                for (int j = 0; j < k; j++) {
                    for (int f = from; f < to; f++) {
                        if (count[j] > 0) {
                            m[j * d + f] /= count[j];
                        }
                    }
                }
            });
            means = backend.wrap(new HostArray(DType.FLOAT64, new int[] {k, d}, m));
        }
        return new NDArray[] {means, backend.wrap(new HostArray(DType.BOOL, new int[] {k}, has))};
    }
}
