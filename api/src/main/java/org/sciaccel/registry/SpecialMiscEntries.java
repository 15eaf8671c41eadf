package org.sciaccel.registry;

import java.math.BigInteger;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.special.Special;

/**
 * The registry entries of scipy.special's digamma/psi, polygamma, zeta, erfinv, erfcinv, dawsn, binom, poch, comb,
 * perm and factorial (issue 17, part misc), under SciPy 1.10's names; comb, perm and factorial take
 * {@code exact}: with exact=true their operands are 0-d integer arrays and the result a Python int (a number).
 */
public final class SpecialMiscEntries implements OpEntries {
    /** Every op of this family, as registered. */
    public static final List<String> NAMES = List.of("special.digamma", "special.psi", "special.polygamma",
            "special.zeta", "special.erfinv", "special.erfcinv", "special.dawsn", "special.binom", "special.poch",
            "special.comb", "special.perm", "special.factorial");

    @Override
    public SpiFamily family() {
        return SpiFamily.UFUNC; // served by the backends' element-wise engine (UfuncOps)
    }

    @Override
    public void register(OpRegistry registry) {
        registry.add(unary("digamma", "z", "The digamma function, the logarithmic derivative of Gamma.",
                Special::digamma));
        registry.add(unary("psi", "z", "The digamma function (SciPy's other name for it).", Special::psi));
        registry.add(binary("polygamma", "n", "the order of the derivative (integral)", "x", "real argument",
                "The polygamma function, the n-th derivative of digamma.", Special::polygamma));
        registry.add(OpSpec.builder("special.zeta")
                .summary("Riemann's zeta function zeta(x), or Hurwitz's zeta(x, q) when q is given.")
                .input("x", "input array (real)")
                .optionalInput("q", "the Hurwitz zeta function's shift, broadcast against x; none: Riemann's zeta")
                .output("result", "a new array of SciPy's result dtype (float32 or float64)")
                .invoker(a -> OpOutputs.result(a.inputCount() > 1 ? Special.zeta(a.input(0), a.input(1))
                        : Special.zeta(a.input(0))))
                .build());
        registry.add(unary("erfinv", "y", "The inverse error function on [-1, 1].", Special::erfinv));
        registry.add(unary("erfcinv", "y", "The inverse complementary error function on [0, 2].", Special::erfcinv));
        registry.add(unary("dawsn", "x", "Dawson's integral exp(-x^2) int_0^x exp(t^2) dt.", Special::dawsn));
        registry.add(binary("binom", "x", "the upper argument", "y", "the lower argument, broadcast against x",
                "The binomial coefficient as a function of two real variables.", Special::binom));
        registry.add(binary("poch", "z", "the base", "m", "the number of factors, broadcast against z",
                "The Pochhammer symbol Gamma(z + m)/Gamma(z).", Special::poch));
        registry.add(OpSpec.builder("special.comb")
                .summary("The number of combinations of N things taken k at a time.")
                .input("N", "number of things")
                .input("k", "number of elements taken, broadcast against N")
                .param(ParamSpec.optional("exact", ParamTypes.BOOL, "false",
                        "the exact integer (0-d integer N and k) instead of a floating-point array"))
                .param(ParamSpec.optional("repetition", ParamTypes.BOOL, "false",
                        "combinations with repetition (N + k - 1 for N)"))
                .output("result", "the floating-point array, or with exact the integer")
                .invoker(a -> a.flag("exact")
                        ? new OpOutputs().scalar("result", integer(Special.comb(exactArg("comb", "N", a.input(0)),
                                exactArg("comb", "k", a.input(1)), a.flag("repetition"))))
                        : OpOutputs.result(Special.comb(a.input(0), a.input(1), a.flag("repetition"))))
                .build());
        registry.add(OpSpec.builder("special.perm")
                .summary("The number of permutations of N things taken k at a time, N!/(N-k)!.")
                .input("N", "number of things")
                .input("k", "number of elements taken, broadcast against N")
                .param(ParamSpec.optional("exact", ParamTypes.BOOL, "false",
                        "the exact integer (0-d integer N and k) instead of a floating-point array"))
                .output("result", "the floating-point array, or with exact the integer")
                .invoker(a -> a.flag("exact")
                        ? new OpOutputs().scalar("result", integer(Special.perm(exactArg("perm", "N", a.input(0)),
                                exactArg("perm", "k", a.input(1)))))
                        : OpOutputs.result(Special.perm(a.input(0), a.input(1))))
                .build());
        registry.add(OpSpec.builder("special.factorial")
                .summary("The factorial n! (Gamma(n + 1) in floating point, 0 for n < 0).")
                .input("n", "input array")
                .param(ParamSpec.optional("exact", ParamTypes.BOOL, "false",
                        "the exact integer (a 0-d integer n) instead of a floating-point array"))
                .output("result", "the floating-point array, or with exact the integer")
                .invoker(a -> a.flag("exact")
                        ? new OpOutputs().scalar("result", integer(Special.factorial(exactArg("factorial", "n", a.input(0)))))
                        : OpOutputs.result(Special.factorial(a.input(0))))
                .build());
    }

    /** The value of a 0-d integer array, the Python int exact=True computes with. */
    private static long exactArg(String fn, String param, NDArray a) {
        if (a.ndim() != 0 || !a.dtype().isIntegral() || a.dtype() == DType.UINT64) {
            throw new IllegalArgumentException("special." + fn + ": exact=True takes a 0-d integer " + param + ", got "
                    + a.dtype() + " " + org.sciaccel.Shapes.toString(a.shape()));
        }
        HostArray h = a.toHost();
        return h.getLong(0);
    }

    /** A Python int as the registry's numbers carry it: a Long where it fits, else the BigInteger. */
    private static Number integer(BigInteger v) {
        return v.bitLength() < 64 ? (Number) v.longValue() : v;
    }

    private static OpSpec unary(String name, String param, String summary, UnaryOperator<NDArray> f) {
        return OpSpec.builder("special." + name)
                .summary(summary)
                .input(param, "input array (real)")
                .output("result", "a new array of SciPy's result dtype (float32 or float64)")
                .invoker(a -> OpOutputs.result(f.apply(a.input(0))))
                .build();
    }

    private static OpSpec binary(String name, String p1, String d1, String p2, String d2, String summary,
            BinaryOperator<NDArray> f) {
        return OpSpec.builder("special." + name)
                .summary(summary)
                .input(p1, d1)
                .input(p2, d2)
                .output("result", "a new array of SciPy's result dtype (float32 or float64)")
                .invoker(a -> OpOutputs.result(f.apply(a.input(0), a.input(1))))
                .build();
    }
}
