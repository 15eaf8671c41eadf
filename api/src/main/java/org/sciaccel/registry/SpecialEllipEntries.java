package org.sciaccel.registry;

import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import org.sciaccel.NDArray;
import org.sciaccel.special.Special;

/**
 * The registry entries of scipy.special's elliptic functions and integrals, exponential and trigonometric
 * integrals, Lambert W and Owen's T (issue 17, part "ellip"), under SciPy's names, parameter names and output
 * order; every operand is an array (a 0-d array is a NumPy scalar, cast by value).
 */
public final class SpecialEllipEntries implements OpEntries {
    /** Every op of this family, as registered. */
    public static final List<String> NAMES = List.of("special.ellipj", "special.ellipk", "special.ellipkm1",
            "special.ellipe", "special.ellipkinc", "special.ellipeinc", "special.sici", "special.expi",
            "special.exp1", "special.expn", "special.lambertw", "special.owens_t");

    @Override
    public SpiFamily family() {
        return SpiFamily.UFUNC; // served by the backends' element-wise engine (UfuncOps)
    }

    @Override
    public void register(OpRegistry registry) {
        registry.add(OpSpec.builder("special.ellipj")
                .summary("The Jacobian elliptic functions sn, cn, dn and the amplitude ph of (u | m).")
                .input("u", "argument (real)")
                .input("m", "parameter, broadcast against u (NaN outside [0, 1])")
                .output("sn", "sn(u | m)")
                .output("cn", "cn(u | m)")
                .output("dn", "dn(u | m)")
                .output("ph", "the amplitude phi, sn = sin(phi)")
                .invoker(a -> {
                    NDArray[] r = Special.ellipj(a.input(0), a.input(1));
                    return new OpOutputs().array("sn", r[0]).array("cn", r[1]).array("dn", r[2]).array("ph", r[3]);
                })
                .build());
        registry.add(unary("ellipk", "m", "The complete elliptic integral of the first kind K(m).", Special::ellipk));
        registry.add(unary("ellipkm1", "p", "K(1 - p), accurate near m = 1.", Special::ellipkm1));
        registry.add(unary("ellipe", "m", "The complete elliptic integral of the second kind E(m).", Special::ellipe));
        registry.add(binary("ellipkinc", "phi", "m", "The incomplete elliptic integral of the first kind F(phi | m).",
                Special::ellipkinc));
        registry.add(binary("ellipeinc", "phi", "m", "The incomplete elliptic integral of the second kind E(phi | m).",
                Special::ellipeinc));
        registry.add(OpSpec.builder("special.sici")
                .summary("The sine and cosine integrals Si(x) and Ci(x).")
                .input("x", "input array (real or complex)")
                .output("si", "Si(x)")
                .output("ci", "Ci(x) (for x < 0 its real part, as SciPy's real loop)")
                .invoker(a -> {
                    NDArray[] r = Special.sici(a.input(0));
                    return new OpOutputs().array("si", r[0]).array("ci", r[1]);
                })
                .build());
        registry.add(unary("expi", "x", "input array (real or complex)", "The exponential integral Ei(x).",
                Special::expi));
        registry.add(unary("exp1", "z", "input array (real or complex)", "The exponential integral E1(z).",
                Special::exp1));
        registry.add(binary("expn", "n", "x", "The generalized exponential integral E_n(x) (integer n).",
                Special::expn));
        registry.add(OpSpec.builder("special.lambertw")
                .summary("The Lambert W function on branch k (complex128), Halley's iteration to tol.")
                .input("z", "input array (real or complex)")
                .param(ParamSpec.optional("k", ParamTypes.INT64, "0", "branch index"))
                .param(ParamSpec.optional("tol", ParamTypes.REAL_NUMBER, "1e-08", "relative step that ends the iteration"))
                .output("w", "W_k(z), complex128")
                .invoker(a -> new OpOutputs().array("w", Special.lambertw(a.input(0), a.int64("k"), a.real("tol"))))
                .build());
        registry.add(binary("owens_t", "h", "a", "Owen's T function T(h, a).", Special::owensT));
    }

    private static OpSpec unary(String name, String param, String summary, UnaryOperator<NDArray> f) {
        return unary(name, param, "input array (real)", summary, f);
    }

    private static OpSpec unary(String name, String param, String input, String summary, UnaryOperator<NDArray> f) {
        return OpSpec.builder("special." + name)
                .summary(summary)
                .input(param, input)
                .output("result", "a new array of SciPy's result dtype")
                .invoker(a -> OpOutputs.result(f.apply(a.input(0))))
                .build();
    }

    private static OpSpec binary(String name, String p0, String p1, String summary, BinaryOperator<NDArray> f) {
        return OpSpec.builder("special." + name)
                .summary(summary)
                .input(p0, "input array (real; a 0-d array is a scalar, cast by value)")
                .input(p1, "input array, broadcast against " + p0)
                .output("result", "a new array of SciPy's result dtype (float32 or float64)")
                .invoker(a -> OpOutputs.result(f.apply(a.input(0), a.input(1))))
                .build();
    }
}
