package org.sciaccel.registry;

import java.math.BigInteger;
import org.sciaccel.Backend;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.Random;

/**
 * The registry entries of NumPy's random numbers ({@link Random}), under NumPy's qualified names
 * and NumPy 1.24's parameter names. Each call is a fresh {@code Generator(Philox(seed))}: the
 * {@code seed} parameter (none: fresh entropy) plays the part of the generator, the others are the
 * method's. Results are created on the chosen backend; {@code size} none is NumPy's
 * {@code size=()}, a 0-d array.
 */
public final class NumpyRandomEntries implements OpEntries {
    private static final String SIZE_DOC = "output shape: an int or a comma list; none for a 0-d result";
    private static final String SEED_DOC = "the seed of Generator(Philox(seed)), a non-negative integer; none for fresh entropy";

    @Override
    public SpiFamily family() {
        return SpiFamily.RANDOM;
    }

    @Override
    public void register(OpRegistry registry) {
        registry.add(generator("numpy.random.random", "Uniform float64 or float32 in [0, 1), equal to NumPy's Philox stream.")
                .param(ParamSpec.optionalNone("size", ParamTypes.INT_PER_AXIS, SIZE_DOC))
                .param(ParamSpec.optional("dtype", ParamTypes.DTYPE, "float64", "float64 or float32"))
                .invoker(a -> OpOutputs.result(rng(a).random(a.dtype("dtype"), size(a))))
                .build());
        registry.add(generator("numpy.random.uniform", "Uniform float64 in [low, high), equal to NumPy's Philox stream.")
                .param(ParamSpec.optional("low", ParamTypes.REAL_NUMBER, "0.0", "lower bound"))
                .param(ParamSpec.optional("high", ParamTypes.REAL_NUMBER, "1.0", "upper bound"))
                .param(ParamSpec.optionalNone("size", ParamTypes.INT_PER_AXIS, SIZE_DOC))
                .invoker(a -> OpOutputs.result(rng(a).uniform(a.real("low"), a.real("high"), size(a))))
                .build());
        registry.add(generator("numpy.random.integers",
                "Uniform integers in [low, high) (or [low, high] with endpoint), unbiased; the same on every backend.")
                .param(ParamSpec.required("low", RandomParamTypes.BIG_INTEGER, "lower bound (the upper one when high is none)"))
                .param(ParamSpec.optionalNone("high", RandomParamTypes.BIG_INTEGER, "upper bound; none: [0, low)"))
                .param(ParamSpec.optionalNone("size", ParamTypes.INT_PER_AXIS, SIZE_DOC))
                .param(ParamSpec.optional("dtype", ParamTypes.DTYPE, "int64", "bool, int8-int64 or uint8-uint64"))
                .param(ParamSpec.optional("endpoint", ParamTypes.BOOL, "false", "whether high is included"))
                .invoker(a -> {
                    BigInteger low = a.object("low", BigInteger.class);
                    BigInteger high = a.isNone("high") ? null : a.object("high", BigInteger.class);
                    return OpOutputs.result(high == null
                            ? rng(a).integers(BigInteger.ZERO, low, a.dtype("dtype"), a.flag("endpoint"), size(a))
                            : rng(a).integers(low, high, a.dtype("dtype"), a.flag("endpoint"), size(a)));
                })
                .build());
        registry.add(generator("numpy.random.standard_normal", "Standard normal variates; the same on every backend.")
                .param(ParamSpec.optionalNone("size", ParamTypes.INT_PER_AXIS, SIZE_DOC))
                .param(ParamSpec.optional("dtype", ParamTypes.DTYPE, "float64", "float64 or float32"))
                .invoker(a -> OpOutputs.result(rng(a).standardNormal(a.dtype("dtype"), size(a))))
                .build());
        registry.add(generator("numpy.random.normal", "Normal variates loc + scale * z, float64; the same on every backend.")
                .param(ParamSpec.optional("loc", ParamTypes.REAL_NUMBER, "0.0", "mean"))
                .param(ParamSpec.optional("scale", ParamTypes.REAL_NUMBER, "1.0", "standard deviation, >= 0"))
                .param(ParamSpec.optionalNone("size", ParamTypes.INT_PER_AXIS, SIZE_DOC))
                .invoker(a -> OpOutputs.result(rng(a).normal(a.real("loc"), a.real("scale"), size(a))))
                .build());
        registry.add(generator("numpy.random.exponential", "Exponential variates of mean scale, float64; the same on every backend.")
                .param(ParamSpec.optional("scale", ParamTypes.REAL_NUMBER, "1.0", "mean, >= 0"))
                .param(ParamSpec.optionalNone("size", ParamTypes.INT_PER_AXIS, SIZE_DOC))
                .invoker(a -> OpOutputs.result(rng(a).exponential(a.real("scale"), size(a))))
                .build());
        registry.add(generator("numpy.random.poisson", "Poisson variates of mean lam, int64; the same on every backend.")
                .param(ParamSpec.optional("lam", ParamTypes.REAL_NUMBER, "1.0", "mean, 0 <= lam <= about 9.2e18"))
                .param(ParamSpec.optionalNone("size", ParamTypes.INT_PER_AXIS, SIZE_DOC))
                .invoker(a -> OpOutputs.result(rng(a).poisson(a.real("lam"), size(a))))
                .build());
        registry.add(generator("numpy.random.permutation",
                "A random order of arange(x), or a copy of array x in random order along axis; the same on every backend.")
                .param(ParamSpec.required("x", RandomParamTypes.INT_OR_ARRAY, "an int n (permute 0..n-1) or an array @file.npy"))
                .param(ParamSpec.optional("axis", ParamTypes.INT, "0", "axis of an array x to permute"))
                .invoker(a -> {
                    Object x = a.object("x", Object.class);
                    if (x instanceof Integer n) {
                        return OpOutputs.result(rng(a).permutation(n));
                    }
                    try (NDArray arr = uploaded(a.backend(), (HostArray) x)) {
                        return OpOutputs.result(rng(a).permutation(arr, a.integer("axis")));
                    }
                })
                .build());
        registry.add(OpSpec.builder("numpy.random.shuffle")
                .summary("The array x in random order along axis (NumPy shuffles in place; the CLI returns the result).")
                .input("x", "the array to shuffle (any dtype, at least 1-D)")
                .param(ParamSpec.optionalNone("seed", RandomParamTypes.BIG_INTEGER, SEED_DOC))
                .param(ParamSpec.optional("axis", ParamTypes.INT, "0", "axis to shuffle"))
                .output("result", "x shuffled, the order permutation(x, axis) gives from the same seed")
                .invoker(a -> {
                    // Shuffle a copy: a registry call leaves its inputs unchanged (the Java API shuffles in place).
                    NDArray x = a.input(0);
                    Random rng = rng(a);
                    NDArray copy = x.copyTo(x.backend());
                    try {
                        rng.shuffle(copy, a.integer("axis"));
                        return OpOutputs.result(copy);
                    } catch (RuntimeException e) {
                        copy.close();
                        throw e;
                    }
                })
                .build());
        registry.add(generator("numpy.random.choice",
                "Samples of arange(a) or of array a along axis, with or without replacement, optionally weighted by p.")
                .param(ParamSpec.required("a", RandomParamTypes.INT_OR_ARRAY, "an int (population 0..a-1) or an array @file.npy"))
                .param(ParamSpec.optionalNone("size", ParamTypes.INT_PER_AXIS, SIZE_DOC))
                .param(ParamSpec.optional("replace", ParamTypes.BOOL, "true", "sample with replacement"))
                .param(ParamSpec.optionalNone("p", ParamTypes.REAL_ARRAY, "probabilities (comma list or @file.npy), summing to 1"))
                .param(ParamSpec.optional("axis", ParamTypes.INT, "0", "axis of an array a to sample along"))
                .param(ParamSpec.optional("shuffle", ParamTypes.BOOL, "true",
                        "NumPy's flag for samples without replacement; such samples are always in random order here"))
                .invoker(a -> {
                    Object pop = a.object("a", Object.class);
                    double[] p = a.isNone("p") ? null : a.reals("p");
                    int[] size = a.isNone("size") ? null : a.integers("size");
                    if (pop instanceof Integer n) {
                        return OpOutputs.result(rng(a).choice(n, size, a.flag("replace"), p));
                    }
                    try (NDArray arr = uploaded(a.backend(), (HostArray) pop)) {
                        return OpOutputs.result(rng(a).choice(arr, size, a.flag("replace"), p, a.integer("axis"),
                                a.flag("shuffle")));
                    }
                })
                .build());
    }

    /** An op of the generator: its summary, the seed parameter, one result. */
    private static OpSpec.Builder generator(String name, String summary) {
        return OpSpec.builder(name)
                .summary(summary)
                .param(ParamSpec.optionalNone("seed", RandomParamTypes.BIG_INTEGER, SEED_DOC))
                .output("result", "the samples, created on the chosen backend");
    }

    private static Random rng(OpArgs a) {
        return a.isNone("seed") ? Random.philox(a.backend()) : Random.philox(a.object("seed", BigInteger.class), a.backend());
    }

    private static int[] size(OpArgs a) {
        return a.isNone("size") ? new int[0] : a.integers("size");
    }

    private static NDArray uploaded(Backend backend, HostArray host) {
        return NDArray.fromHost(backend, host);
    }
}
