package org.sciaccel.cpu.fourier;

import java.util.Set;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.cpu.CpuBackend;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.FourierOps;
import org.sciaccel.spi.FourierPlan;

/**
 * The CPU backend's Fourier-domain filters: rows along the last axis split across the pool. Each
 * row's outer factor (the product or sum of the other axes' values at the row's coordinates) is
 * computed once, then combined with the last axis's table element by element in SciPy's axis order,
 * so every element gets the factor SciPy's loop gives it (see {@link FourierPlan}).
 */
public final class CpuFourierOps implements FourierOps {
    /** The registry's ops of this SPI family: the CPU backend implements every one. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.FOURIER);

    private final CpuBackend backend;

    public CpuFourierOps(CpuBackend backend) {
        this.backend = backend;
    }

    @Override
    public NDArray fourierFilter(NDArray input, FourierPlan plan, DType output) {
        backend.checkOpen();
        HostArray in = backend.host(input, "input");
        DType t = in.dtype();
        // float32, float64 and the complex types are read as they are; the integer types and bool as
        // doubles, as SciPy's loop converts each element (exact below 2^53, rounded to nearest above).
        HostArray src = t == DType.FLOAT32 || t == DType.FLOAT64 || t.isComplex() ? in : in.astype(DType.FLOAT64);
        int[] shape = in.shape();
        HostArray out = HostArray.zeros(output, shape);
        int size = in.size();
        if (size == 0) {
            return backend.wrap(out);
        }
        int nd = shape.length;
        int last = shape[nd - 1];
        int rows = size / last;
        double[][] tables = plan.axisTables();
        boolean[] used = new boolean[nd];
        for (int k = 0; k < nd; k++) {
            used[k] = plan.usesAxis(k);
        }
        RowKernel kernel = new RowKernel(plan, tables, used, src, out);
        long work = (long) size * (plan.kind() == FourierPlan.Kind.GAUSSIAN || plan.kind() == FourierPlan.Kind.UNIFORM
                ? 2 : 20);
        backend.threads().parallelFor(rows, work, (from, to) -> kernel.rows(from, to));
        return backend.wrap(out);
    }

    /** One filter over a range of rows; buffers are the chunk's own, allocated once per chunk. */
    private static final class RowKernel {
        private final FourierPlan plan;
        private final double[][] tables;
        private final boolean[] used;
        private final HostArray src;
        private final HostArray out;
        private final int[] shape;
        private final int last;
        private final boolean product;

        RowKernel(FourierPlan plan, double[][] tables, boolean[] used, HostArray src, HostArray out) {
            this.plan = plan;
            this.tables = tables;
            this.used = used;
            this.src = src;
            this.out = out;
            this.shape = src.shape();
            this.last = shape[shape.length - 1];
            this.product = plan.kind() == FourierPlan.Kind.GAUSSIAN || plan.kind() == FourierPlan.Kind.UNIFORM;
        }

        void rows(int from, int to) {
            int nd = shape.length;
            boolean complexIn = src.dtype().isComplex();
            double[] re = new double[last];
            double[] im = complexIn ? new double[last] : null;
            double[] factor = new double[last];
            double[] outIm = new double[last];
            int[] coords = new int[nd];
            double[] lastTable = tables[nd - 1];
            boolean lastUsed = used[nd - 1];
            for (int row = from; row < to; row++) {
                double outer = outer(row, coords);
                int base = row * last;
                // the row's factor (gaussian, uniform, ellipsoid) or phase (shift), element by element
                switch (plan.kind()) {
                    case GAUSSIAN:
                    case UNIFORM:
                        for (int j = 0; j < last; j++) {
                            factor[j] = lastUsed ? outer * lastTable[j] : outer;
                        }
                        break;
                    case ELLIPSOID:
                        for (int j = 0; j < last; j++) {
                            factor[j] = FourierPlan.ellipsoid(nd, outer + lastTable[j]);
                        }
                        break;
                    case SHIFT:
                        for (int j = 0; j < last; j++) {
                            factor[j] = lastUsed ? outer + lastTable[j] : outer;
                        }
                        break;
                    default:
                        throw new AssertionError(plan.kind());
                }
                read(base, re, im);
                if (plan.kind() == FourierPlan.Kind.SHIFT) {
                    for (int j = 0; j < last; j++) {
                        double c = Math.cos(factor[j]);
                        double s = Math.sin(factor[j]);
                        double r = re[j];
                        double i = im == null ? 0.0 : im[j];
                        if (im == null) {
                            re[j] = r * c;
                            outIm[j] = r * s;
                        } else {
                            re[j] = r * c - i * s;
                            outIm[j] = r * s + i * c;
                        }
                    }
                } else {
                    for (int j = 0; j < last; j++) {
                        re[j] *= factor[j];
                        outIm[j] = im == null ? 0.0 : im[j] * factor[j];
                    }
                }
                write(base, re, outIm);
            }
        }

        /**
         * The product (gaussian, uniform) or sum (ellipsoid, shift) of the axis values of every axis but
         * the last at this row's coordinates, in axis order from the first.
         */
        private double outer(int row, int[] coords) {
            int nd = shape.length;
            int rest = row;
            for (int k = nd - 2; k >= 0; k--) {
                coords[k] = rest % shape[k];
                rest /= shape[k];
            }
            double acc = product ? 1.0 : 0.0;
            for (int k = 0; k < nd - 1; k++) {
                if (used[k]) {
                    double v = tables[k][coords[k]];
                    acc = product ? acc * v : acc + v;
                }
            }
            return acc;
        }

        private void read(int base, double[] re, double[] im) {
            Object d = src.data();
            int n = re.length;
            switch (src.dtype()) {
                case FLOAT32: {
                    float[] a = (float[]) d;
                    for (int j = 0; j < n; j++) {
                        re[j] = a[base + j];
                    }
                    break;
                }
                case FLOAT64:
                    System.arraycopy((double[]) d, base, re, 0, n);
                    break;
                case COMPLEX64: {
                    float[] a = (float[]) d;
                    for (int j = 0; j < n; j++) {
                        re[j] = a[2 * (base + j)];
                        im[j] = a[2 * (base + j) + 1];
                    }
                    break;
                }
                case COMPLEX128: {
                    double[] a = (double[]) d;
                    for (int j = 0; j < n; j++) {
                        re[j] = a[2 * (base + j)];
                        im[j] = a[2 * (base + j) + 1];
                    }
                    break;
                }
                default:
                    throw new AssertionError(src.dtype());
            }
        }

        private void write(int base, double[] re, double[] im) {
            Object d = out.data();
            int n = re.length;
            switch (out.dtype()) {
                case FLOAT32: {
                    float[] a = (float[]) d;
                    for (int j = 0; j < n; j++) {
                        a[base + j] = (float) re[j];
                    }
                    break;
                }
                case FLOAT64:
                    System.arraycopy(re, 0, (double[]) d, base, n);
                    break;
                case COMPLEX64: {
                    float[] a = (float[]) d;
                    for (int j = 0; j < n; j++) {
                        a[2 * (base + j)] = (float) re[j];
                        a[2 * (base + j) + 1] = (float) im[j];
                    }
                    break;
                }
                case COMPLEX128: {
                    double[] a = (double[]) d;
                    for (int j = 0; j < n; j++) {
                        a[2 * (base + j)] = re[j];
                        a[2 * (base + j) + 1] = im[j];
                    }
                    break;
                }
                default:
                    throw new AssertionError(out.dtype());
            }
        }
    }
}
