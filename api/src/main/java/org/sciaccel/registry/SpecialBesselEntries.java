package org.sciaccel.registry;

import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import org.sciaccel.NDArray;
import org.sciaccel.special.Special;

/**
 * The registry entries of scipy.special's Bessel functions of real argument (issue 17, part "bessel"), under
 * SciPy's names and parameter names; every operand is an array (a 0-d array is a NumPy scalar, cast by value).
 */
public final class SpecialBesselEntries implements OpEntries {
    /** Every op of this family, as registered. */
    public static final List<String> NAMES = List.of("special.j0", "special.j1", "special.y0", "special.y1",
            "special.i0", "special.i0e", "special.i1", "special.i1e", "special.k0", "special.k1", "special.jv",
            "special.jn", "special.yv", "special.iv", "special.ive", "special.kv", "special.kve", "special.yn",
            "special.kn", "special.spherical_jn");

    @Override
    public SpiFamily family() {
        return SpiFamily.UFUNC; // served by the backends' element-wise engine (UfuncOps)
    }

    @Override
    public void register(OpRegistry registry) {
        registry.add(unary("j0", "Bessel function of the first kind of order 0.", Special::j0));
        registry.add(unary("j1", "Bessel function of the first kind of order 1.", Special::j1));
        registry.add(unary("y0", "Bessel function of the second kind of order 0.", Special::y0));
        registry.add(unary("y1", "Bessel function of the second kind of order 1.", Special::y1));
        registry.add(unary("i0", "Modified Bessel function of the first kind of order 0.", Special::i0));
        registry.add(unary("i0e", "Exponentially scaled i0: exp(-|x|) i0(x).", Special::i0e));
        registry.add(unary("i1", "Modified Bessel function of the first kind of order 1.", Special::i1));
        registry.add(unary("i1e", "Exponentially scaled i1: exp(-|x|) i1(x).", Special::i1e));
        registry.add(unary("k0", "Modified Bessel function of the second kind of order 0.", Special::k0));
        registry.add(unary("k1", "Modified Bessel function of the second kind of order 1.", Special::k1));
        registry.add(binary("jv", "Bessel function of the first kind of real order.", Special::jv));
        registry.add(binary("jn", "Bessel function of the first kind (SciPy's jn is jv).", Special::jn));
        registry.add(binary("yv", "Bessel function of the second kind of real order.", Special::yv));
        registry.add(binary("iv", "Modified Bessel function of the first kind of real order.", Special::iv));
        registry.add(binary("ive", "Exponentially scaled iv: exp(-|z|) iv(v, z).", Special::ive));
        registry.add(binary("kv", "Modified Bessel function of the second kind of real order.", Special::kv));
        registry.add(binary("kve", "Exponentially scaled kv: exp(z) kv(v, z).", Special::kve));
        registry.add(integerOrder("yn", "Bessel function of the second kind of integer order.", Special::yn));
        registry.add(integerOrder("kn", "Modified Bessel function of the second kind of integer order.",
                Special::kn));
        registry.add(OpSpec.builder("special.spherical_jn")
                .summary("Spherical Bessel function of the first kind j_n(z), or its derivative.")
                .input("n", "order (an integer dtype, n >= 0; a 0-d array is a scalar)")
                .input("z", "argument (real), broadcast against n")
                .param(ParamSpec.optional("derivative", ParamTypes.BOOL, "false",
                        "the derivative instead of the function"))
                .output("result", "a new float64 array")
                .invoker(a -> OpOutputs.result(Special.sphericalJn(a.input(0), a.input(1), a.flag("derivative"))))
                .build());
    }

    private static OpSpec unary(String name, String summary, UnaryOperator<NDArray> f) {
        return OpSpec.builder("special." + name)
                .summary(summary)
                .input("x", "input array (real)")
                .output("result", "a new array of SciPy's result dtype (float32 or float64)")
                .invoker(a -> OpOutputs.result(f.apply(a.input(0))))
                .build();
    }

    private static OpSpec binary(String name, String summary, BinaryOperator<NDArray> f) {
        return OpSpec.builder("special." + name)
                .summary(summary)
                .input("v", "order (real; a 0-d array is a scalar, cast by value)")
                .input("z", "argument (real), broadcast against v")
                .output("result", "a new array of SciPy's result dtype (float32 or float64)")
                .invoker(a -> OpOutputs.result(f.apply(a.input(0), a.input(1))))
                .build();
    }

    private static OpSpec integerOrder(String name, String summary, BinaryOperator<NDArray> f) {
        return OpSpec.builder("special." + name)
                .summary(summary)
                .input("n", "order (an integer dtype takes SciPy's int64 loop; a float is truncated)")
                .input("x", "argument (real), broadcast against n")
                .output("result", "a new array of SciPy's result dtype (float32 or float64)")
                .invoker(a -> OpOutputs.result(f.apply(a.input(0), a.input(1))))
                .build();
    }
}
