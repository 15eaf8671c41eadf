package org.sciaccel.numpy;

import java.util.List;

/**
 * NumPy's legacy {@code numpy.random.RandomState(seed)} on the host: the Mersenne Twister MT19937
 * with NumPy's integer seeding, giving NumPy's numbers bit for bit for the draws it offers. It
 * exists because SciPy's stochastic optimisers ({@code differential_evolution},
 * {@code basinhopping}) turn an integer {@code seed} into a RandomState: with it, a seeded run here
 * makes the same draws as SciPy's. Host only and sequential by nature; for arrays of random numbers
 * on a backend use {@link Random}.
 *
 * <p>Equal to NumPy 1.24: the seeding ({@code mt19937_seed}: the key filled by Knuth's
 * multiplier 1812433253 from the 32-bit seed, the first twist at the first draw),
 * {@link #randomSample()} (two 32-bit outputs per double: {@code (a >> 5) * 2^26 + (b >> 6)}, over
 * {@code 2^53}), {@link #uniform}, {@link #randint} (the masked rejection of 32-bit outputs for
 * ranges below 2^32), {@link #shuffle} and {@link #permutation} (Fisher–Yates from the end with
 * the same masked draws) and {@link #choice(int)}. Not thread-safe.
 */
public final class RandomState {
    private static final int N = 624;
    private static final int M = 397;
    private final int[] key = new int[N];
    private int pos;
    /** The second value of the last polar Box-Muller pair, not yet returned (NumPy's has_gauss / gauss). */
    private boolean hasGauss;
    private double gauss;

    /**
     * @throws IllegalArgumentException for a seed outside [0, 2^32 - 1], with NumPy's message
     */
    public RandomState(long seed) {
        if (seed < 0 || seed > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("seed: Seed must be between 0 and 2**32 - 1");
        }
        int s = (int) seed;
        for (int i = 0; i < N; i++) {
            key[i] = s;
            s = 1812433253 * (s ^ (s >>> 30)) + i + 1;
        }
        pos = N;
    }

    /** The next 32-bit output (MT19937's {@code genrand_int32}), as an unsigned value in a long. */
    public long nextUint32() {
        if (pos == N) {
            twist();
        }
        int y = key[pos++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y & 0xFFFFFFFFL;
    }

    private void twist() {
        for (int i = 0; i < N; i++) {
            int y = (key[i] & 0x80000000) | (key[(i + 1) % N] & 0x7fffffff);
            key[i] = key[(i + M) % N] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
        }
        pos = 0;
    }

    /** {@code random_sample()}: a double in [0, 1) from 53 random bits. */
    public double randomSample() {
        long a = nextUint32() >>> 5;
        long b = nextUint32() >>> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    /**
     * {@code standard_normal()}: NumPy's legacy gauss, the polar Box-Muller method drawing pairs (x1, x2) uniform
     * in the unit disc (two random_sample() each, rejected outside it and at 0), returning f*x2 and keeping f*x1
     * for the next call.
     */
    public double standardNormal() {
        if (hasGauss) {
            hasGauss = false;
            return gauss;
        }
        double x1;
        double x2;
        double r2;
        do {
            x1 = 2.0 * randomSample() - 1.0;
            x2 = 2.0 * randomSample() - 1.0;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1.0 || r2 == 0.0);
        double f = Math.sqrt(-2.0 * Math.log(r2) / r2);
        gauss = f * x1;
        hasGauss = true;
        return f * x2;
    }

    /** {@code choice(n, size=k, replace=False)}: the first k of {@code permutation(n)}, as the legacy choice. */
    public int[] choiceWithoutReplacement(int n, int k) {
        if (k > n || k < 0) {
            throw new IllegalArgumentException("size: Cannot take a larger sample than population when 'replace=False'");
        }
        return java.util.Arrays.copyOf(permutation(n), k);
    }

    /** {@code uniform(low, high)}: {@code low + (high - low) * random_sample()}. */
    public double uniform(double low, double high) {
        return low + (high - low) * randomSample();
    }

    /** {@code uniform(low, high, size=n)}: n values drawn in order. */
    public double[] uniform(double low, double high, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("size: negative dimensions are not allowed");
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = uniform(low, high);
        }
        return out;
    }

    /**
     * {@code randint(low, high)}: an integer in [low, high) by NumPy's masked rejection.
     *
     * @throws IllegalArgumentException when {@code low >= high} (NumPy's "low >= high")
     */
    public long randint(long low, long high) {
        if (low >= high) {
            throw new IllegalArgumentException("high: low >= high");
        }
        return low + bounded(high - 1 - low);
    }

    /** {@code choice(n)}: {@code randint(0, n)}, as the legacy choice draws it. */
    public int choice(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("a: a must be greater than 0 unless no samples are taken");
        }
        return (int) randint(0, n);
    }

    /** A value in [0, max] by masked rejection (NumPy's {@code random_interval}, and its bounded 32/64-bit draws). */
    private long bounded(long max) {
        if (max == 0) {
            return 0;
        }
        long mask = max;
        mask |= mask >>> 1;
        mask |= mask >>> 2;
        mask |= mask >>> 4;
        mask |= mask >>> 8;
        mask |= mask >>> 16;
        mask |= mask >>> 32;
        if (max <= 0xFFFFFFFFL) {
            long v;
            while ((v = nextUint32() & mask) > max) {
                // rejected: draw again
            }
            return v;
        }
        long v;
        while (Long.compareUnsigned(v = ((nextUint32() << 32) | nextUint32()) & mask, max) > 0) {
            // rejected: draw again
        }
        return v;
    }

    /** {@code shuffle(x)} of a 1-d sequence, in place: for i from n-1 down to 1, swap x[i] with x[random_interval(i)]. */
    public void shuffle(int[] x) {
        for (int i = x.length - 1; i > 0; i--) {
            int j = (int) bounded(i);
            int t = x[i];
            x[i] = x[j];
            x[j] = t;
        }
    }

    /** {@link #shuffle(int[])} of a list. */
    public <T> void shuffle(List<T> x) {
        for (int i = x.size() - 1; i > 0; i--) {
            int j = (int) bounded(i);
            T t = x.get(i);
            x.set(i, x.get(j));
            x.set(j, t);
        }
    }

    /** {@code permutation(n)}: a shuffled {@code arange(n)}. */
    public int[] permutation(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("x: negative dimensions are not allowed");
        }
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        shuffle(p);
        return p;
    }
}
