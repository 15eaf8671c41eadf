package org.sciaccel.opencl.random;

import java.util.Set;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_mem;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.Shapes;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.opencl.runtime.ClKernel;
import org.sciaccel.opencl.runtime.DeviceBuffer;
import org.sciaccel.opencl.runtime.DeviceScope;
import org.sciaccel.opencl.runtime.KernelSource;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.PhiloxCounter;
import org.sciaccel.spi.PoissonConstants;
import org.sciaccel.spi.RandomOps;

/**
 * The OpenCL backend's random numbers, as kernels under {@code kernels/random/}: every work-item
 * computes its Philox4x64-10 block (NumPy's order, {@code uniform.cl}) or its element's stream
 * ({@code integers.cl}, {@code variates.cl}, {@code order.cl}) with 64-bit integer arithmetic
 * ({@code mul_hi} on ulong), and writes its values into the result on the device: nothing is uploaded
 * but the key and counter (kernel arguments) and, for choice with p, the small table of cumulative
 * probabilities or weights. The variates that need floating point (normal, exponential, poisson,
 * choice with p, float64 results) are computed in float64 with the CPU backend's operations
 * ({@code random_math.cl}) and need the device's fp64; a device without it refuses them
 * ({@link OpenCLBackend#requireSupported}) rather than give other bits than the CPU.
 */
public final class OpenCLRandomOps implements RandomOps {
    /** SciPy-qualified names of the ops implemented here: the whole family. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.RANDOM);

    private static final String UNIFORM = "random/uniform.cl";
    private static final String INTEGERS = "random/integers.cl";
    private static final String VARIATES = "random/variates.cl";
    private static final String ORDER = "random/order.cl";
    private static final String TAKE = "random/take.cl";
    /** The bitonic network's index arithmetic is 32-bit: populations up to 2^30. */
    private static final int MAX_ORDER = 1 << 30;

    private final OpenCLBackend backend;

    public OpenCLRandomOps(OpenCLBackend backend) {
        this.backend = backend;
    }

    @Override
    public NDArray uniform(PhiloxCounter base, long firstWord, int[] shape, double low, double range) {
        return backend.guarded(() -> {
            backend.requireSupported(DType.FLOAT64, "numpy.random float64 result");
            int n = Shapes.size(shape);
            try (DeviceScope scope = backend.cl().scope()) {
                DeviceBuffer out = scope.allocate((long) n * 8, "random float64 output");
                if (n > 0) {
                    long blocks = ((firstWord + n - 1) >>> 2) - (firstWord >>> 2) + 1;
                    ClKernel k = kernel(UNIFORM, "", "random_uniform_float64");
                    launch(k, blocks, base, firstWord, (long) n, blocks, low, range, out.mem());
                }
                return NDArray.wrap(backend, DType.FLOAT64, shape, scope.keep(out));
            }
        });
    }

    @Override
    public NDArray uniformFloat32(PhiloxCounter base, long firstHalf, int[] shape, boolean pendingFirst, int pending) {
        return backend.guarded(() -> {
            int n = Shapes.size(shape);
            try (DeviceScope scope = backend.cl().scope()) {
                DeviceBuffer out = scope.allocate((long) n * 4, "random float32 output");
                if (n > 0) {
                    int skip = pendingFirst ? 1 : 0;
                    long halves = n - skip;
                    long blocks = halves == 0 ? 0 : ((firstHalf + halves - 1) >>> 3) - (firstHalf >>> 3) + 1;
                    ClKernel k = kernel(UNIFORM, "", "random_uniform_float32");
                    // At least one work-item, which stores the kept half when it is the only element.
                    launch(k, Math.max(blocks, 1), base, firstHalf, halves, blocks, skip, pending, out.mem());
                }
                return NDArray.wrap(backend, DType.FLOAT32, shape, scope.keep(out));
            }
        });
    }

    @Override
    public NDArray integers(PhiloxCounter start, int[] shape, DType dtype, long low, long span, long threshold) {
        return backend.guarded(() -> {
            int n = Shapes.size(shape);
            try (DeviceScope scope = backend.cl().scope()) {
                DeviceBuffer out = scope.allocate((long) n * dtype.itemSize(), "random integers output " + dtype);
                if (n > 0) {
                    String type = switch (dtype.itemSize()) {
                        case 1 -> "uchar";
                        case 2 -> "ushort";
                        case 4 -> "uint";
                        default -> "ulong";
                    };
                    ClKernel k = kernel(INTEGERS, "-D OUT_T=" + type + " -D KERNEL_SUFFIX=_" + type,
                            "random_integers_" + type);
                    launch(k, n, start, (long) n, low, span, threshold, out.mem());
                }
                return NDArray.wrap(backend, dtype, shape, scope.keep(out));
            }
        });
    }

    @Override
    public NDArray normal(PhiloxCounter start, int[] shape, DType dtype, double loc, double scale) {
        return variate("random_normal", dtype, shape, start, loc, scale);
    }

    @Override
    public NDArray exponential(PhiloxCounter start, int[] shape, double scale) {
        return variate("random_exponential", DType.FLOAT64, shape, start, scale);
    }

    @Override
    public NDArray poisson(PhiloxCounter start, int[] shape, PoissonConstants c) {
        return variate("random_poisson", DType.INT64, shape, start, c.lam(), c.expMinusLam(), c.logLam(), c.a(), c.b(),
                c.vr(), c.logInvAlpha());
    }

    /** One element-stream kernel of variates.cl, built for normal's result type (float64 for the others). */
    private NDArray variate(String name, DType dtype, int[] shape, PhiloxCounter start, Object... params) {
        return backend.guarded(() -> {
            requireFp64(name);
            int n = Shapes.size(shape);
            try (DeviceScope scope = backend.cl().scope()) {
                DeviceBuffer out = scope.allocate((long) n * dtype.itemSize(), name + " output " + dtype);
                if (n > 0) {
                    String type = dtype == DType.FLOAT32 ? "float" : "double";
                    String suffix = "_" + type;
                    ClKernel k = kernel(VARIATES, "-D OUT_T=" + type + " -D KERNEL_SUFFIX=" + suffix, name + suffix);
                    Object[] args = new Object[params.length + 2];
                    args[0] = (long) n;
                    System.arraycopy(params, 0, args, 1, params.length);
                    args[args.length - 1] = out.mem();
                    launch(k, n, start, args);
                }
                return NDArray.wrap(backend, dtype, shape, scope.keep(out));
            }
        });
    }

    @Override
    public NDArray order(PhiloxCounter start, int n, int[] shape, double[] weights) {
        return backend.guarded(() -> {
            if (weights != null) {
                requireFp64("weighted choice without replacement");
            }
            if (n > MAX_ORDER) {
                throw new UnsupportedOperationException("numpy.random: a random order of " + n
                        + " elements is beyond the OpenCL sort's 2^30; use the cpu backend");
            }
            int keep = Shapes.size(shape);
            try (DeviceScope scope = backend.cl().scope()) {
                DeviceBuffer out = scope.allocate((long) keep * 8, "random order output");
                if (n > 0) {
                    long padded = Long.highestOneBit(Math.max(1, n - 1)) << 1;
                    padded = n == 1 ? 1 : padded;
                    DeviceBuffer keys = scope.allocate(padded * 8, "random order keys");
                    DeviceBuffer idx = scope.allocate(padded * 4, "random order indices");
                    if (weights == null) {
                        launch(kernel(ORDER, "", "random_order_keys"), padded, start, n, (int) padded, keys.mem(),
                                idx.mem());
                    } else {
                        cl_mem w = scope.copy(Pointer.to(weights), (long) n * Sizeof.cl_double);
                        launch(kernel(ORDER, "", "random_order_keys_weighted"), padded, start, n, (int) padded, w,
                                keys.mem(), idx.mem());
                    }
                    ClKernel step = kernel(ORDER, "", "random_bitonic_step");
                    for (long k = 2; k <= padded; k <<= 1) {
                        for (long j = k >> 1; j > 0; j >>= 1) {
                            backend.cl().launch1d(step, padded, keys.mem(), idx.mem(), (int) j, (int) k, (int) padded);
                        }
                    }
                    if (keep > 0) {
                        backend.cl().launch1d(kernel(ORDER, "", "random_order_output"), keep, idx.mem(), (long) keep,
                                out.mem());
                    }
                }
                return NDArray.wrap(backend, DType.INT64, shape, scope.keep(out));
            }
        });
    }

    @Override
    public NDArray searchCdf(PhiloxCounter start, int[] shape, double[] cdf) {
        return backend.guarded(() -> {
            requireFp64("choice with p");
            int n = Shapes.size(shape);
            try (DeviceScope scope = backend.cl().scope()) {
                DeviceBuffer out = scope.allocate((long) n * 8, "random choice output");
                if (n > 0) {
                    cl_mem table = scope.copy(Pointer.to(cdf), (long) cdf.length * Sizeof.cl_double);
                    launch(kernel(ORDER, "", "random_search_cdf"), n, start, (long) n, cdf.length, table, out.mem());
                }
                return NDArray.wrap(backend, DType.INT64, shape, scope.keep(out));
            }
        });
    }

    @Override
    public NDArray take(NDArray x, int axis, NDArray indices, int[] outShape) {
        return backend.guarded(() -> {
            DType t = x.dtype();
            int[] shape = x.shape();
            long rowBytes = (long) Shapes.inner(shape, axis) * t.itemSize();
            long outer = Shapes.outer(shape, axis);
            long m = indices.size();
            int unit = rowBytes % 8 == 0 ? 8 : rowBytes % 4 == 0 ? 4 : rowBytes % 2 == 0 ? 2 : 1;
            String type = switch (unit) {
                case 8 -> "ulong";
                case 4 -> "uint";
                case 2 -> "ushort";
                default -> "uchar";
            };
            DeviceBuffer in = backend.bufferOf(x, "x");
            DeviceBuffer index = backend.bufferOf(indices, "indices");
            try (DeviceScope scope = backend.cl().scope()) {
                DeviceBuffer out = scope.allocate(outer * m * rowBytes, "random take output " + t);
                long rowUnits = rowBytes / unit;
                long total = outer * m * rowUnits;
                if (total > 0) {
                    ClKernel k = kernel(TAKE, "-D UNIT_T=" + type + " -D KERNEL_SUFFIX=_" + type, "random_take_" + type);
                    backend.cl().launch1d(k, total, in.mem(), index.mem(), out.mem(), rowUnits, (long) shape[axis], m,
                            total);
                }
                return NDArray.wrap(backend, t, outShape, scope.keep(out));
            }
        });
    }

    @Override
    public void copyInto(NDArray source, NDArray target) {
        backend.guarded(() -> {
            DeviceBuffer s = backend.bufferOf(source, "source");
            DeviceBuffer t = backend.bufferOf(target, "target");
            long bytes = (long) source.size() * source.dtype().itemSize();
            if (bytes > 0) {
                backend.cl().copyBuffer(s.mem(), 0, t.mem(), 0, bytes);
            }
            return null;
        });
    }

    private void requireFp64(String what) {
        if (!backend.hasFp64()) {
            backend.requireSupported(DType.FLOAT64, what + " (computed in float64 so that every backend gives the same bits)");
        }
    }

    private ClKernel kernel(String file, String options, String name) {
        String opts = (options + " " + backend.cl().fp64Option()).trim();
        return backend.cl().kernels().program(KernelSource.resource(file), opts).kernel(name);
    }

    /** A one-dimensional launch of an element-stream or block kernel: the key and counter, then {@code args}. */
    private void launch(ClKernel k, long count, PhiloxCounter c, Object... args) {
        Object[] all = new Object[6 + args.length];
        all[0] = c.key0();
        all[1] = c.key1();
        all[2] = c.c0();
        all[3] = c.c1();
        all[4] = c.c2();
        all[5] = c.c3();
        System.arraycopy(args, 0, all, 6, args.length);
        backend.cl().launch1d(k, count, all);
    }
}
