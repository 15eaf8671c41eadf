package org.sciaccel.cpu.random;

import java.util.Set;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.Shapes;
import org.sciaccel.cpu.CpuBackend;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.PhiloxCounter;
import org.sciaccel.spi.PoissonConstants;
import org.sciaccel.spi.RandomOps;

/**
 * The CPU backend's random numbers: Philox4x64-10 blocks computed in Java on the backend's
 * threads, each chunk of blocks (NumPy's order) or of elements (element streams) on one thread,
 * writing straight into the result. The variates are {@link Distributions}' and the logarithms
 * {@link RandomMath}'s, the same operations as the OpenCL kernels, so the bits agree.
 */
public final class CpuRandomOps implements RandomOps {
    /** The registry's ops of this SPI family: the CPU backend implements every one. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.RANDOM);

    /** Inner-loop operations per Philox block (10 rounds of two 128-bit products), for the pool's split threshold. */
    private static final long BLOCK_WORK = 80;

    private final CpuBackend backend;

    /** The ops of {@code backend}; {@link CpuBackend} makes one per instance. */
    public CpuRandomOps(CpuBackend backend) {
        this.backend = backend;
    }

    @Override
    public NDArray uniform(PhiloxCounter base, long firstWord, int[] shape, double low, double range) {
        backend.checkOpen();
        int n = Shapes.size(shape);
        // Every element is written below: a recycled array (ArrayPool) serves as well as a new one.
        double[] out = backend.arrays().doubles(n);
        if (n > 0) {
            long q0 = firstWord >>> 2;
            int blocks = (int) (((firstWord + n - 1) >>> 2) - q0 + 1);
            backend.threads().parallelFor(blocks, blocks * BLOCK_WORK, (from, to) -> {
                PhiloxBlocks group = new PhiloxBlocks();
                long[] w = group.words();
                long[] ctr = new long[4];
                for (int g = from; g < to;) {
                    long q = q0 + g;
                    // Element of the first word; a group's words are the stream's words in order.
                    long t0 = 4 * q - firstWord;
                    if (!group.lanes() && g + 2 <= to && t0 >= 0 && t0 + 8 <= n) {
                        // Scalar code: two blocks at a time, their words straight into the result.
                        counterAt(base, q, ctr);
                        if (ctr[0] != -1L) {
                            PhiloxBlocks.uniformPair(base.key0(), base.key1(), ctr[0], ctr[1], ctr[2], ctr[3], out,
                                    (int) t0, low, range);
                            g += 2;
                            continue;
                        }
                    }
                    int count = group.lanes() ? Math.min(group.capacity(), to - g) : 1;
                    group.compute(base, q, count);
                    int words = 4 * count;
                    if (t0 >= 0 && t0 + words <= n) {
                        int i0 = (int) t0;
                        for (int t = 0; t < words; t++) {
                            out[i0 + t] = low + range * ((w[t] >>> 11) * 0x1.0p-53);
                        }
                    } else {
                        for (int t = 0; t < words; t++) {
                            long i = t0 + t;
                            if (i >= 0 && i < n) {
                                out[(int) i] = low + range * ((w[t] >>> 11) * 0x1.0p-53);
                            }
                        }
                    }
                    g += count;
                }
            });
        }
        return backend.wrapRecyclable(new HostArray(DType.FLOAT64, shape, out));
    }

    @Override
    public NDArray uniformFloat32(PhiloxCounter base, long firstHalf, int[] shape, boolean pendingFirst, int pending) {
        backend.checkOpen();
        int n = Shapes.size(shape);
        float[] out = new float[n];
        int skip = pendingFirst && n > 0 ? 1 : 0;
        if (skip == 1) {
            out[0] = (pending >>> 8) * 0x1.0p-24f;
        }
        int halves = n - skip;
        if (halves > 0) {
            long q0 = firstHalf >>> 3;
            int blocks = (int) (((firstHalf + halves - 1) >>> 3) - q0 + 1);
            backend.threads().parallelFor(blocks, blocks * BLOCK_WORK, (from, to) -> {
                PhiloxBlocks group = new PhiloxBlocks();
                long[] w = group.words();
                for (int g = from; g < to; g += group.capacity()) {
                    int count = Math.min(group.capacity(), to - g);
                    long q = q0 + g;
                    group.compute(base, q, count);
                    // Half 2t is the low 32 bits of the group's word t, half 2t + 1 its high 32 bits.
                    long e0 = 8 * q - firstHalf;
                    for (int h = 0; h < 8 * count; h++) {
                        long e = e0 + h;
                        if (e >= 0 && e < halves) {
                            long word = w[h >> 1];
                            int bits = (h & 1) == 0 ? (int) word : (int) (word >>> 32);
                            out[(int) e + skip] = (bits >>> 8) * 0x1.0p-24f;
                        }
                    }
                }
            });
        }
        return backend.wrap(new HostArray(DType.FLOAT32, shape, out));
    }

    @Override
    public NDArray integers(PhiloxCounter start, int[] shape, DType dtype, long low, long span, long threshold) {
        backend.checkOpen();
        HostArray out = HostArray.zeros(dtype, shape);
        Object data = out.data();
        int n = out.size();
        backend.threads().parallelFor(n, n * BLOCK_WORK, (from, to) -> {
            ElementStream s = new ElementStream(start);
            for (int i = from; i < to; i++) {
                s.seek(i);
                long v = low + Distributions.boundedOffset(s, span, threshold);
                // The sum lies in the dtype's range, so narrowing keeps its value (bool: 0 or 1).
                if (data instanceof long[] d) {
                    d[i] = v;
                } else if (data instanceof int[] d) {
                    d[i] = (int) v;
                } else if (data instanceof short[] d) {
                    d[i] = (short) v;
                } else {
                    ((byte[]) data)[i] = (byte) v;
                }
            }
        });
        return backend.wrap(out);
    }

    @Override
    public NDArray normal(PhiloxCounter start, int[] shape, DType dtype, double loc, double scale) {
        backend.checkOpen();
        int n = Shapes.size(shape);
        double[] d64 = dtype == DType.FLOAT64 ? new double[n] : null;
        float[] d32 = dtype == DType.FLOAT64 ? null : new float[n];
        backend.threads().parallelFor(n, n * BLOCK_WORK, (from, to) -> {
            ElementStream s = new ElementStream(start);
            for (int i = from; i < to; i++) {
                s.seek(i);
                double v = loc + scale * Distributions.standardNormal(s);
                if (d64 != null) {
                    d64[i] = v;
                } else {
                    d32[i] = (float) v;
                }
            }
        });
        return backend.wrap(new HostArray(dtype, shape, d64 != null ? d64 : d32));
    }

    @Override
    public NDArray exponential(PhiloxCounter start, int[] shape, double scale) {
        backend.checkOpen();
        int n = Shapes.size(shape);
        double[] out = new double[n];
        backend.threads().parallelFor(n, n * BLOCK_WORK, (from, to) -> {
            ElementStream s = new ElementStream(start);
            for (int i = from; i < to; i++) {
                s.seek(i);
                out[i] = scale * Distributions.standardExponential(s);
            }
        });
        return backend.wrap(new HostArray(DType.FLOAT64, shape, out));
    }

    @Override
    public NDArray poisson(PhiloxCounter start, int[] shape, PoissonConstants c) {
        backend.checkOpen();
        int n = Shapes.size(shape);
        long[] out = new long[n];
        backend.threads().parallelFor(n, n * BLOCK_WORK * 2, (from, to) -> {
            ElementStream s = new ElementStream(start);
            for (int i = from; i < to; i++) {
                s.seek(i);
                out[i] = Distributions.poisson(s, c);
            }
        });
        return backend.wrap(new HostArray(DType.INT64, shape, out));
    }

    @Override
    public NDArray order(PhiloxCounter start, int n, int[] shape, double[] weights) {
        backend.checkOpen();
        long[] keys = new long[n];
        backend.threads().parallelFor(n, n * BLOCK_WORK, (from, to) -> {
            ElementStream s = new ElementStream(start);
            for (int i = from; i < to; i++) {
                s.seek(i);
                keys[i] = weights == null ? Distributions.orderKey(s) : Distributions.weightedOrderKey(s, weights[i]);
            }
        });
        int[] sorted = KeyOrder.sortedIndices(keys);
        long[] out = new long[Shapes.size(shape)];
        for (int i = 0; i < out.length; i++) {
            out[i] = sorted[i];
        }
        return backend.wrap(new HostArray(DType.INT64, shape, out));
    }

    @Override
    public NDArray searchCdf(PhiloxCounter start, int[] shape, double[] cdf) {
        backend.checkOpen();
        int n = Shapes.size(shape);
        long[] out = new long[n];
        backend.threads().parallelFor(n, n * BLOCK_WORK, (from, to) -> {
            ElementStream s = new ElementStream(start);
            for (int i = from; i < to; i++) {
                s.seek(i);
                out[i] = Distributions.searchCdf(s, cdf);
            }
        });
        return backend.wrap(new HostArray(DType.INT64, shape, out));
    }

    @Override
    public NDArray take(NDArray x, int axis, NDArray indices, int[] outShape) {
        backend.checkOpen();
        HostArray in = backend.host(x, "x");
        long[] idx = (long[]) backend.host(indices, "indices").data();
        HostArray out = HostArray.zeros(x.dtype(), outShape);
        int[] shape = x.shape();
        int len = shape[axis];
        int outer = Shapes.outer(shape, axis);
        // Java array slots per row: complex types hold two values per element.
        int row = Shapes.inner(shape, axis) * x.dtype().javaValuesPerElement();
        int m = idx.length;
        Object src = in.data();
        Object dst = out.data();
        backend.threads().parallelFor(outer * m, (long) outer * m * Math.max(row, 1), (from, to) -> {
            for (int r = from; r < to; r++) {
                int o = r / m;
                int j = r % m;
                System.arraycopy(src, (int) (((long) o * len + idx[j]) * row), dst, r * row, row);
            }
        });
        return backend.wrap(out);
    }

    @Override
    public void copyInto(NDArray source, NDArray target) {
        backend.checkOpen();
        HostArray s = backend.host(source, "source");
        HostArray t = backend.host(target, "target");
        System.arraycopy(s.data(), 0, t.data(), 0, java.lang.reflect.Array.getLength(s.data()));
    }

    /** {@code base + q} (q unsigned) into {@code ctr}, with the carry through all four words. */
    static void counterAt(PhiloxCounter base, long q, long[] ctr) {
        long n0 = base.c0() + q;
        long carry = Long.compareUnsigned(n0, base.c0()) < 0 ? 1 : 0;
        long n1 = base.c1() + carry;
        carry = carry != 0 && n1 == 0 ? 1 : 0;
        long n2 = base.c2() + carry;
        carry = carry != 0 && n2 == 0 ? 1 : 0;
        ctr[0] = n0;
        ctr[1] = n1;
        ctr[2] = n2;
        ctr[3] = base.c3() + carry;
    }
}
