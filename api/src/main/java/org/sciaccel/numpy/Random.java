package org.sciaccel.numpy;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import org.sciaccel.Backend;
import org.sciaccel.Backends;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.SciPyArgumentException;
import org.sciaccel.Shapes;
import org.sciaccel.spi.PhiloxCounter;
import org.sciaccel.spi.PoissonConstants;

/**
 * NumPy's {@code numpy.random.Generator(numpy.random.Philox(seed))} on a sciaccel backend: a
 * counter-based generator whose every number is a pure function of the key and of its position
 * in the stream, so the numbers are generated in parallel on the device (one work-item per Philox
 * block or element) or on the CPU's threads, and every backend gives the same bits.
 *
 * <pre>{@code
 * Random rng = Random.philox(12345);          // on Backends.defaultBackend()
 * NDArray u = rng.random(1 << 20);            // == np.random.Generator(np.random.Philox(12345)).random(2**20)
 * NDArray k = rng.integers(0, 10, 3, 4);      // 3 x 4 int64 in [0, 10)
 * }</pre>
 *
 * <p><b>Equal to NumPy, bit for bit:</b> the seeding (NumPy's {@code SeedSequence}: the key is
 * {@code generate_state(2, uint64)}), {@link #random} (float64: one 64-bit output per value,
 * {@code (x >> 11) * 2^-53}; float32: NumPy's 32-bit draws, the low then the high half of each
 * 64-bit output, {@code (h >> 8) * 2^-24}, including the half NumPy keeps for the next float32
 * call), {@link #uniform} ({@code low + (high - low) * u}), and the state's advance across calls
 * of these two: any sequence of {@code random} and {@code uniform} calls returns what the same
 * sequence returns in NumPy.
 *
 * <p><b>The same on every backend, not NumPy's stream:</b> {@link #integers},
 * {@link #standardNormal}, {@link #normal}, {@link #exponential}, {@link #poisson},
 * {@link #permutation}, {@link #shuffle} and {@link #choice}. NumPy draws these with sequential
 * rejection loops (its ziggurat, its masked rejection) in which each value's numbers depend on how
 * many the previous values used, which no parallel generator can reproduce. Here element i of a
 * call reads a stream of its own, the blocks {@code counter + 1 + i} (then the same counters
 * {@code + j * 2^192} when it needs more than four words), so rejections stay within the element.
 * The algorithms (see {@link org.sciaccel.spi.RandomOps}): Lemire's unbiased multiply-and-reject
 * for integers, Marsaglia's polar method for normals, inversion for exponentials, NumPy's own two
 * Poisson methods (multiplication below lam 10, Hörmann's PTRS above), a sort by random keys for
 * permutations (ties by index, so the result is exactly uniform except when two of the n 64-bit
 * keys collide: total variation at most {@code n^2 / 2^65}), and Efraimidis and Spirakis'
 * exponential keys for weighted sampling without replacement. Each such call advances the counter
 * by one block per element (or per population member, for permutations and sampling without
 * replacement) and empties NumPy's four-word buffer.
 *
 * <p>Arguments are validated with NumPy 1.24's messages ({@code "low >= high"},
 * {@code "negative dimensions are not allowed"}, ...). No {@code size} means NumPy's
 * {@code size=()}: a 0-d array (NumPy's {@code size=None} returns a Python scalar instead). Results
 * are new arrays on the generator's backend, or for an array argument ({@code permutation(x)},
 * {@code shuffle(x)}, {@code choice(a)}) on the array's backend; nothing is uploaded but small
 * parameter tables (choice's cumulative probabilities or weights).
 *
 * <p><b>Threads:</b> an instance may be shared; each call reserves its range of the counter under
 * the instance's lock and then generates outside it, so concurrent calls get disjoint numbers
 * (which call gets which range depends on their order, as with NumPy's locked Generator).
 *
 * @see <a href="https://numpy.org/doc/1.24/reference/random/generator.html">numpy.random.Generator</a>
 * @see <a href="https://numpy.org/doc/1.24/reference/random/bit_generators/philox.html">numpy.random.Philox</a>
 */
public final class Random {
    static final String RANDOM = "numpy.random.random";
    static final String UNIFORM = "numpy.random.uniform";
    static final String INTEGERS = "numpy.random.integers";
    static final String STANDARD_NORMAL = "numpy.random.standard_normal";
    static final String NORMAL = "numpy.random.normal";
    static final String EXPONENTIAL = "numpy.random.exponential";
    static final String POISSON = "numpy.random.poisson";
    static final String PERMUTATION = "numpy.random.permutation";
    static final String SHUFFLE = "numpy.random.shuffle";
    static final String CHOICE = "numpy.random.choice";

    /** NumPy's {@code POISSON_LAM_MAX}: {@code iinfo(int64).max - sqrt(iinfo(int64).max) * 10}, as a double. */
    static final double POISSON_LAM_MAX = (double) Long.MAX_VALUE - Math.sqrt((double) Long.MAX_VALUE) * 10;
    /** NumPy's tolerance on the sum of choice's probabilities: {@code sqrt(finfo(float64).eps)}. */
    private static final double P_SUM_TOLERANCE = Math.sqrt(Math.ulp(1.0));
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    private final Backend backend;
    /** NumPy's Philox state: the key, and the counter of the block whose four words fill NumPy's buffer. */
    private PhiloxCounter buffered;
    /** How many of the buffered block's words are used (4: none left; NumPy's {@code buffer_pos}). */
    private int bufferPos = 4;
    /** The high half of a 64-bit output that NumPy keeps for the next 32-bit draw ({@code has_uint32}, {@code uinteger}). */
    private boolean hasUint32;
    private int uinteger;

    private Random(BigInteger seed, Backend backend) {
        if (backend == null) {
            throw new IllegalArgumentException("backend: null");
        }
        long[] key = new SeedSequence(seed).generateState64(2);
        this.backend = backend;
        this.buffered = new PhiloxCounter(key[0], key[1], 0, 0, 0, 0);
    }

    /** {@code Generator(Philox(seed))} on {@link Backends#defaultBackend()}; the seed must be non-negative. */
    public static Random philox(long seed) {
        return philox(BigInteger.valueOf(seed), Backends.defaultBackend());
    }

    /** {@code Generator(Philox(seed))} creating its arrays on {@code backend}. */
    public static Random philox(long seed, Backend backend) {
        return philox(BigInteger.valueOf(seed), backend);
    }

    /** {@code Generator(Philox(seed))} for any non-negative integer seed (NumPy takes seeds beyond 64 bits). */
    public static Random philox(BigInteger seed) {
        return philox(seed, Backends.defaultBackend());
    }

    /**
     * {@code Generator(Philox(seed))} creating its arrays on {@code backend}.
     *
     * @throws IllegalArgumentException for a negative seed ("expected non-negative integer", as NumPy)
     */
    public static Random philox(BigInteger seed, Backend backend) {
        if (seed == null) {
            throw new IllegalArgumentException("seed: null; give a non-negative integer, or call philox() for fresh entropy");
        }
        return new Random(seed, backend);
    }

    /** {@code Generator(Philox())}: seeded with 128 bits of fresh entropy from the platform, as NumPy's {@code SeedSequence(None)}. */
    public static Random philox() {
        return philox(Backends.defaultBackend());
    }

    /** As {@link #philox()}, creating its arrays on {@code backend}. */
    public static Random philox(Backend backend) {
        return new Random(new BigInteger(128, new SecureRandom()), backend);
    }

    /** The backend the generator creates its arrays on. */
    public Backend backend() {
        return backend;
    }

    /**
     * NumPy's {@code bit_generator.state['state']}: the key (2 words) and the counter (4 words,
     * least significant first), then {@code buffer_pos}, {@code has_uint32} and {@code uinteger}.
     */
    public synchronized long[] state() {
        PhiloxCounter c = buffered;
        return new long[] {c.key0(), c.key1(), c.c0(), c.c1(), c.c2(), c.c3(), bufferPos, hasUint32 ? 1 : 0,
                uinteger & 0xFFFFFFFFL};
    }

    // ---- equal to NumPy ----

    /** {@code random(size)}: float64 in [0, 1), equal to NumPy's. */
    public NDArray random(int... size) {
        return random(DType.FLOAT64, size);
    }

    /**
     * {@code random(size, dtype)}: float64 or float32 in [0, 1), equal to NumPy's bit for bit.
     *
     * @throws IllegalArgumentException for a negative extent, or another dtype (NumPy's TypeError
     *         "Unsupported dtype dtype('int32') for random")
     */
    public NDArray random(DType dtype, int... size) {
        int[] shape = shape(RANDOM, size);
        requireFloat(RANDOM, "random", dtype);
        int n = Shapes.size(shape);
        if (dtype == DType.FLOAT32) {
            HalfStart s = takeHalves(n);
            return OpRouter.create(RANDOM, backend,
                    b -> b.random().uniformFloat32(s.base, s.firstHalf, shape, s.pendingFirst, s.pending));
        }
        WordStart s = takeWords(n);
        return OpRouter.create(RANDOM, backend, b -> b.random().uniform(s.base, s.firstWord, shape, 0.0, 1.0));
    }

    /**
     * {@code uniform(low, high, size)}: float64 {@code low + (high - low) * u}, equal to NumPy's.
     *
     * @throws IllegalArgumentException when {@code high - low} is not finite ("high - low range
     *         exceeds valid bounds", NumPy's OverflowError) or negative ("high - low < 0")
     */
    public NDArray uniform(double low, double high, int... size) {
        int[] shape = shape(UNIFORM, size);
        double range = high - low;
        if (!Double.isFinite(range)) {
            throw new IllegalArgumentException(UNIFORM + ": high - low range exceeds valid bounds (low=" + low
                    + ", high=" + high + ")");
        }
        if (negative(range)) {
            throw new IllegalArgumentException(UNIFORM + ": high - low < 0 (low=" + low + ", high=" + high + ")");
        }
        WordStart s = takeWords(Shapes.size(shape));
        return OpRouter.create(UNIFORM, backend, b -> b.random().uniform(s.base, s.firstWord, shape, low, range));
    }

    // ---- the same on every backend ----

    /** {@code integers(low, high, size)}: int64 in {@code [low, high)}. */
    public NDArray integers(long low, long high, int... size) {
        return integers(BigInteger.valueOf(low), BigInteger.valueOf(high), DType.INT64, false, size);
    }

    /** {@code integers(low, high, size, dtype, endpoint)} for bounds within Java's long. */
    public NDArray integers(long low, long high, DType dtype, boolean endpoint, int... size) {
        return integers(BigInteger.valueOf(low), BigInteger.valueOf(high), dtype, endpoint, size);
    }

    /**
     * {@code integers(low, high, size, dtype, endpoint)}: uniform integers in {@code [low, high)}
     * ({@code [low, high]} with {@code endpoint}) of {@code dtype} (bool, int8 to int64, uint8 to
     * uint64), unbiased (Lemire's method; not NumPy's stream). NumPy's {@code integers(high)} is
     * {@code integers(0, high)}.
     *
     * @throws IllegalArgumentException with NumPy's words: "low is out of bounds for int8", "high is
     *         out of bounds for uint8", "low >= high" ("low > high" with endpoint; "high <= 0" or
     *         "high < 0" when low is 0), "Unsupported dtype dtype('float64') for integers" (TypeError)
     */
    public NDArray integers(BigInteger low, BigInteger high, DType dtype, boolean endpoint, int... size) {
        int[] shape = shape(INTEGERS, size);
        if (low == null || high == null) {
            throw new IllegalArgumentException(INTEGERS + ": low and high must be integers, got low=" + low + ", high=" + high);
        }
        if (dtype == null || !dtype.isIntegral()) {
            throw SciPyArgumentException.typeError(INTEGERS + ": Unsupported dtype " + pyDtype(dtype) + " for integers");
        }
        BigInteger[] bounds = bounds(dtype);
        BigInteger top = endpoint ? high : high.subtract(BigInteger.ONE);
        String given = " (low=" + low + ", high=" + high + ", dtype=" + dtype + (endpoint ? ", endpoint=True)" : ")");
        if (low.compareTo(bounds[0]) < 0) {
            throw new IllegalArgumentException(INTEGERS + ": low is out of bounds for " + dtype + given);
        }
        if (top.compareTo(bounds[1]) > 0) {
            throw new IllegalArgumentException(INTEGERS + ": high is out of bounds for " + dtype + given);
        }
        if (low.compareTo(top) > 0) {
            String why = low.signum() == 0 ? (endpoint ? "high < 0" : "high <= 0") : (endpoint ? "low > high" : "low >= high");
            throw new IllegalArgumentException(INTEGERS + ": " + why + given);
        }
        return integerStream(INTEGERS, backend, shape, dtype, low.longValue(), top.subtract(low).longValue());
    }

    /** {@code standard_normal(size)}: float64 standard normal variates. */
    public NDArray standardNormal(int... size) {
        return standardNormal(DType.FLOAT64, size);
    }

    /**
     * {@code standard_normal(size, dtype)}: float64 or float32 (computed in float64 and rounded once,
     * where NumPy's float32 ziggurat draws differently).
     */
    public NDArray standardNormal(DType dtype, int... size) {
        int[] shape = shape(STANDARD_NORMAL, size);
        requireFloat(STANDARD_NORMAL, "standard_normal", dtype);
        PhiloxCounter start = takeBlocks(Shapes.size(shape));
        return OpRouter.create(STANDARD_NORMAL, backend, b -> b.random().normal(start, shape, dtype, 0.0, 1.0));
    }

    /**
     * {@code normal(loc, scale, size)}: float64 {@code loc + scale * z}.
     *
     * @throws IllegalArgumentException for a negative scale ("scale < 0"; NaN is taken, as NumPy does)
     */
    public NDArray normal(double loc, double scale, int... size) {
        int[] shape = shape(NORMAL, size);
        requireNonNegative(NORMAL, "scale", scale);
        PhiloxCounter start = takeBlocks(Shapes.size(shape));
        return OpRouter.create(NORMAL, backend, b -> b.random().normal(start, shape, DType.FLOAT64, loc, scale));
    }

    /**
     * {@code exponential(scale, size)}: float64 exponential variates of mean {@code scale}, by inversion.
     *
     * @throws IllegalArgumentException for a negative scale ("scale < 0")
     */
    public NDArray exponential(double scale, int... size) {
        int[] shape = shape(EXPONENTIAL, size);
        requireNonNegative(EXPONENTIAL, "scale", scale);
        PhiloxCounter start = takeBlocks(Shapes.size(shape));
        return OpRouter.create(EXPONENTIAL, backend, b -> b.random().exponential(start, shape, scale));
    }

    /**
     * {@code poisson(lam, size)}: int64 Poisson variates, by NumPy's two methods (see
     * {@link PoissonConstants}) on per-element streams.
     *
     * @throws IllegalArgumentException "lam < 0 or lam is NaN", "lam value too large" (above NumPy's
     *         {@code POISSON_LAM_MAX}, about 9.2e18)
     */
    public NDArray poisson(double lam, int... size) {
        int[] shape = shape(POISSON, size);
        if (lam < 0 || Double.isNaN(lam)) {
            throw new IllegalArgumentException(POISSON + ": lam < 0 or lam is NaN (lam=" + lam + ")");
        }
        if (lam > POISSON_LAM_MAX) {
            throw new IllegalArgumentException(POISSON + ": lam value too large (lam=" + lam + ", at most "
                    + POISSON_LAM_MAX + ")");
        }
        PoissonConstants c = PoissonConstants.of(lam);
        PhiloxCounter start = takeBlocks(Shapes.size(shape));
        return OpRouter.create(POISSON, backend, b -> b.random().poisson(start, shape, c));
    }

    /** {@code permutation(n)}: a random order of {@code 0 .. n-1}, int64 (empty for n <= 0, as NumPy's arange). */
    public NDArray permutation(int n) {
        int count = Math.max(0, n);
        PhiloxCounter start = takeBlocks(count);
        return OpRouter.create(PERMUTATION, backend, b -> b.random().order(start, count, new int[] {count}, null));
    }

    /** {@code permutation(x)}: a copy of {@code x} with its first axis in random order. */
    public NDArray permutation(NDArray x) {
        return permutation(x, 0);
    }

    /**
     * {@code permutation(x, axis)}: a copy of {@code x} whose slices along {@code axis} are in random
     * order (the order {@link #permutation(int)} gives for that length).
     *
     * @throws IllegalArgumentException for a 0-d array or an axis out of range (NumPy's AxisError)
     */
    public NDArray permutation(NDArray x, int axis) {
        int ax = axis(PERMUTATION, x, axis);
        int n = x.shape(ax);
        PhiloxCounter start = takeBlocks(n);
        return OpRouter.array(PERMUTATION, (b, in) -> permuted(b, in[0], ax, start), x);
    }

    /** {@code shuffle(x)}: puts the first axis of {@code x} in random order, in place. */
    public void shuffle(NDArray x) {
        shuffle(x, 0);
    }

    /**
     * {@code shuffle(x, axis)}: puts the slices of {@code x} along {@code axis} in random order, in
     * place (the array's contents change, as NumPy's); the order is the one {@link #permutation(NDArray, int)}
     * would have given from the same state.
     */
    public void shuffle(NDArray x, int axis) {
        int ax = axis(SHUFFLE, x, axis);
        PhiloxCounter start = takeBlocks(x.shape(ax));
        try (NDArray shuffled = OpRouter.array(SHUFFLE, (b, in) -> permuted(b, in[0], ax, start), x)) {
            x.backend().random().copyInto(shuffled, x);
        }
    }

    /** {@code choice(a, size)}: uniform samples of {@code 0 .. a-1} with replacement, int64. */
    public NDArray choice(int a, int... size) {
        return choice(a, size, true, null);
    }

    /**
     * {@code choice(a, size, replace, p)} for an integer population {@code 0 .. a-1}, int64: with
     * replacement, uniform (Lemire) or by {@code p} (inverse transform of NumPy's cumulative sum);
     * without replacement, the first {@code size} of a random order, weighted by {@code p} when given.
     *
     * @param size the result's shape; null or empty for a 0-d result
     * @param p    null, or one probability per member, summing to 1 within {@code sqrt(eps)}
     */
    public NDArray choice(int a, int[] size, boolean replace, double[] p) {
        if (a <= 0 && sampleCount(size) != 0) {
            throw new IllegalArgumentException(CHOICE + ": a must be a positive integer unless no samples are taken (a="
                    + a + ", size=" + Arrays.toString(size) + ")");
        }
        return sampleIndices(backend, Math.max(a, 0), size, replace, p);
    }

    /** {@code choice(a, size)}: rows of {@code a} (along axis 0) drawn uniformly with replacement. */
    public NDArray choice(NDArray a, int... size) {
        return choice(a, size, true, null, 0, true);
    }

    /**
     * {@code choice(a, size, replace, p, axis, shuffle)}: slices of {@code a} along {@code axis}
     * chosen as {@link #choice(int, int[], boolean, double[])} chooses their indices; the result has
     * {@code a}'s shape with {@code size} in place of that axis. {@code shuffle} is accepted for
     * NumPy's signature: a sample without replacement is always in random order here.
     */
    public NDArray choice(NDArray a, int[] size, boolean replace, double[] p, int axis, boolean shuffle) {
        if (a == null) {
            throw new IllegalArgumentException(CHOICE + ": a: null; give an array or an integer");
        }
        if (a.ndim() == 0) {
            throw new IllegalArgumentException(CHOICE + ": a must be a sequence or an integer, not a 0-d array ("
                    + a.dtype() + " " + Shapes.toString(a.shape()) + ")");
        }
        int ax = axis(CHOICE, a, axis);
        int pop = a.shape(ax);
        if (pop == 0 && sampleCount(size) != 0) {
            throw new IllegalArgumentException(CHOICE + ": a cannot be empty unless no samples are taken (a: "
                    + a.dtype() + " " + Shapes.toString(a.shape()) + ", axis=" + axis + ")");
        }
        int[] sampleShape = size == null ? new int[0] : size;
        // The indices are drawn where a lives, which may be another backend than the generator's.
        try (NDArray idx = sampleIndices(a.backend(), pop, size, replace, p)) {
            int[] outShape = spliced(a.shape(), ax, sampleShape);
            return OpRouter.array(CHOICE, (b, in) -> b.random().take(in[0], ax, in[1], outShape), a, idx);
        }
    }

    // ---- shared steps ----

    /**
     * The sampled indices of {@link #choice}, created on {@code on}: validates {@code p} and the size as
     * NumPy does, in its order.
     */
    private NDArray sampleIndices(Backend on, int pop, int[] size, boolean replace, double[] p) {
        if (p != null) {
            checkProbabilities(pop, p);
        }
        int[] shape = shape(CHOICE, size);
        int count = Shapes.size(shape);
        if (replace) {
            if (p == null) {
                return integerStream(CHOICE, on, shape, DType.INT64, 0, pop - 1L);
            }
            double[] cdf = new double[pop];
            double sum = 0;
            for (int i = 0; i < pop; i++) {
                sum += p[i];
                cdf[i] = sum;
            }
            // NumPy's cdf /= cdf[-1]: the last entry becomes exactly 1. (An empty p never gets here: its sum is 0.)
            double last = cdf[pop - 1];
            for (int i = 0; i < pop; i++) {
                cdf[i] /= last;
            }
            PhiloxCounter start = takeBlocks(count);
            return OpRouter.create(CHOICE, on, b -> b.random().searchCdf(start, shape, cdf));
        }
        if (count > pop) {
            throw new IllegalArgumentException(CHOICE + ": Cannot take a larger sample than population when replace is False"
                    + " (population " + pop + ", size=" + Shapes.toString(shape) + ")");
        }
        if (p != null) {
            int positive = 0;
            for (double v : p) {
                positive += v > 0 ? 1 : 0;
            }
            if (positive < count) {
                throw new IllegalArgumentException(CHOICE + ": Fewer non-zero entries in p than size (" + positive
                        + " non-zero, size=" + Shapes.toString(shape) + ")");
            }
        }
        double[] weights = p == null ? null : p.clone();
        PhiloxCounter start = takeBlocks(pop);
        return OpRouter.create(CHOICE, on, b -> b.random().order(start, pop, shape, weights));
    }

    /** NumPy's checks of choice's p, in NumPy's order. */
    private static void checkProbabilities(int pop, double[] p) {
        if (p.length != pop) {
            throw new IllegalArgumentException(CHOICE + ": a and p must have same size (population " + pop + ", p has "
                    + p.length + " values)");
        }
        // NumPy sums p with Kahan's compensated summation.
        double sum = 0;
        double c = 0;
        for (double v : p) {
            double y = v - c;
            double t = sum + y;
            c = (t - sum) - y;
            sum = t;
        }
        if (Double.isNaN(sum)) {
            throw new IllegalArgumentException(CHOICE + ": probabilities contain NaN (p: " + p.length + " values)");
        }
        for (double v : p) {
            if (v < 0) {
                throw new IllegalArgumentException(CHOICE + ": probabilities are not non-negative (p has " + v + ")");
            }
        }
        if (Math.abs(sum - 1.0) > P_SUM_TOLERANCE) {
            throw new IllegalArgumentException(CHOICE + ": probabilities do not sum to 1 (sum " + sum + ", tolerance "
                    + P_SUM_TOLERANCE + ")");
        }
    }

    private NDArray integerStream(String op, Backend on, int[] shape, DType dtype, long low, long span) {
        long threshold = span == -1L ? 0 : Long.remainderUnsigned(-(span + 1), span + 1);
        PhiloxCounter start = takeBlocks(Shapes.size(shape));
        return OpRouter.create(op, on, b -> b.random().integers(start, shape, dtype, low, span, threshold));
    }

    private static NDArray permuted(Backend b, NDArray x, int axis, PhiloxCounter start) {
        int n = x.shape(axis);
        try (NDArray order = b.random().order(start, n, new int[] {n}, null)) {
            return b.random().take(x, axis, order, x.shape());
        }
    }

    private static int[] spliced(int[] shape, int axis, int[] inner) {
        int[] out = new int[shape.length - 1 + inner.length];
        System.arraycopy(shape, 0, out, 0, axis);
        System.arraycopy(inner, 0, out, axis, inner.length);
        System.arraycopy(shape, axis + 1, out, axis + inner.length, shape.length - axis - 1);
        return out;
    }

    private static long sampleCount(int[] size) {
        long n = 1;
        if (size != null) {
            for (int d : size) {
                n *= d;
            }
        }
        return n;
    }

    /** The result's shape from NumPy's size (none: 0-d), refusing negative extents in NumPy's words. */
    private static int[] shape(String op, int[] size) {
        if (size == null) {
            return new int[0];
        }
        for (int d : size) {
            if (d < 0) {
                throw new IllegalArgumentException(op + ": negative dimensions are not allowed (size="
                        + Shapes.toString(size) + ")");
            }
        }
        Shapes.size(size);
        return size.clone();
    }

    private static int axis(String op, NDArray x, int axis) {
        if (x == null) {
            throw new IllegalArgumentException(op + ": x: null; give an array");
        }
        int nd = x.ndim();
        int a = axis < 0 ? axis + nd : axis;
        if (a < 0 || a >= nd) {
            throw new IllegalArgumentException(op + ": axis " + axis + " is out of bounds for array of dimension " + nd
                    + " (x: " + x.dtype() + " " + Shapes.toString(x.shape()) + ")");
        }
        return a;
    }

    private static void requireFloat(String op, String numpyName, DType dtype) {
        if (dtype != DType.FLOAT64 && dtype != DType.FLOAT32) {
            throw SciPyArgumentException.typeError(op + ": Unsupported dtype " + pyDtype(dtype) + " for " + numpyName);
        }
    }

    private static void requireNonNegative(String op, String name, double v) {
        if (negative(v)) {
            throw new IllegalArgumentException(op + ": " + name + " < 0 (" + name + "=" + v + ")");
        }
    }

    /** NumPy's CONS_NON_NEGATIVE: the sign bit set on a number that is not NaN (so -0.0 is refused too). */
    private static boolean negative(double v) {
        return !Double.isNaN(v) && (Double.doubleToRawLongBits(v) < 0);
    }

    private static String pyDtype(DType dtype) {
        return "dtype('" + (dtype == null ? "None" : dtype.numpyName()) + "')";
    }

    /** The smallest and largest value of an integer dtype (bool: 0 and 1). */
    private static BigInteger[] bounds(DType dtype) {
        if (dtype == DType.BOOL) {
            return new BigInteger[] {BigInteger.ZERO, BigInteger.ONE};
        }
        int bits = dtype.itemSize() * 8;
        if (dtype.kind() == DType.Kind.UNSIGNED) {
            return new BigInteger[] {BigInteger.ZERO, BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)};
        }
        BigInteger half = BigInteger.ONE.shiftLeft(bits - 1);
        return new BigInteger[] {half.negate(), half.subtract(BigInteger.ONE)};
    }

    // ---- the state: NumPy's for random and uniform, whole blocks for the element streams ----

    /** Where a call in NumPy's order starts: the buffered block's counter and the first word's position from it. */
    private record WordStart(PhiloxCounter base, long firstWord) {
    }

    /** Where a float32 call starts: its 32-bit halves, and the half NumPy kept from before. */
    private record HalfStart(PhiloxCounter base, long firstHalf, boolean pendingFirst, int pending) {
    }

    /** Reserves the next {@code words} 64-bit outputs in NumPy's order (NumPy's buffer, then the next blocks). */
    private synchronized WordStart takeWords(long words) {
        WordStart s = new WordStart(buffered, bufferPos);
        if (words > 0) {
            long end = bufferPos + words;
            buffered = buffered.plus((end - 1) / 4);
            bufferPos = (int) ((end - 1) % 4) + 1;
        }
        return s;
    }

    /**
     * Reserves {@code n} 32-bit draws as NumPy's {@code next_uint32} makes them: the kept half first,
     * then the low and high halves of the next outputs; an odd last half keeps the output's high half.
     */
    private synchronized HalfStart takeHalves(int n) {
        if (n == 0) {
            return new HalfStart(buffered, 2L * bufferPos, false, 0);
        }
        boolean pendingFirst = hasUint32;
        int pending = uinteger;
        long halves = n - (pendingFirst ? 1 : 0);
        long words = (halves + 1) / 2;
        WordStart w = takeWords(words);
        if (words > 0) {
            // NumPy keeps the high half of every output it splits, used or not (uinteger stays when has_uint32 drops).
            long last = w.firstWord + words - 1;
            uinteger = (int) (w.base.plus(last / 4).block()[(int) (last % 4)] >>> 32);
        }
        hasUint32 = halves % 2 == 1;
        return new HalfStart(w.base, 2 * w.firstWord, pendingFirst, pending);
    }

    /** Reserves {@code elements} blocks for the element streams: element i starts at the returned counter + i. */
    private synchronized PhiloxCounter takeBlocks(long elements) {
        PhiloxCounter start = buffered.plus(1);
        if (elements > 0) {
            buffered = buffered.plus(elements);
            bufferPos = 4;
        }
        return start;
    }

    @Override
    public synchronized String toString() {
        return "Random.philox(key=" + Long.toUnsignedString(buffered.key0()) + "," + Long.toUnsignedString(buffered.key1())
                + ", counter=" + Long.toUnsignedString(buffered.c0()) + ", buffer_pos=" + bufferPos + ") on "
                + backend.name();
    }
}
