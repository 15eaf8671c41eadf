package org.sciaccel.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.Formula;
import org.sciaccel.numpy.Numpy;

/**
 * The registry entries of the formula kernels: {@code numpy.evaluate} (numexpr's {@code evaluate}; NumPy has
 * no such function) and its fused reductions {@code numpy.evaluate_sum}, {@code _min}, {@code _max},
 * {@code _mean} (NumPy's {@code sum}, {@code min}, {@code max}, {@code mean} of the formula's value, with
 * their {@code axis} and {@code keepdims}).
 *
 * <p>On the command line the variables are keywords: {@code numpy.evaluate expr="where(x > t, x, 0)"
 * x=@x.npy t=3}; or the arrays are positional files named by {@code names}:
 * {@code numpy.evaluate expr="x * w" x.npy w.npy names=x,w t=3}. Without {@code names}, the positional arrays
 * take the formula's variables that are not keywords, in order of first appearance. A scalar keyword is a
 * Python int ({@code 3}), float ({@code 3.0}, {@code nan}), bool ({@code true}) or complex ({@code 1+2j}).
 */
public final class NumpyFormulaEntries implements OpEntries {
    private static final Pattern INT = Pattern.compile("[+-]?\\d+");
    private static final Set<String> CONSTANTS = Set.of("pi", "e", "inf", "nan");

    /** A formula's scalar variable in Python's literal syntax: Long, Double, Boolean or {@link Formula.Complex}. */
    static final ParamType FORMULA_SCALAR = new ParamType() {
        @Override
        public String describe() {
            return "Python scalar: int 3, float 3.0, bool true, complex 1+2j";
        }

        @Override
        public Object parse(String param, String text) {
            String t = text.trim();
            String lower = t.toLowerCase(Locale.ROOT);
            if (lower.equals("true") || lower.equals("false")) {
                return lower.equals("true");
            }
            if (INT.matcher(t).matches()) {
                return ParamTypes.parseLong(param, t);
            }
            if (lower.endsWith("j") || lower.endsWith("j)")) {
                double[] c = ParamTypes.parseComplex(param, t);
                return Formula.complex(c[0], c[1]);
            }
            return ParamTypes.parseReal(param, t);
        }

        @Override
        public String toString() {
            return describe();
        }
    };

    @Override
    public SpiFamily family() {
        return SpiFamily.FORMULA;
    }

    @Override
    public void register(OpRegistry registry) {
        registry.add(formula(OpSpec.builder("numpy.evaluate")
                .summary("Evaluates a formula over arrays and Python scalars as one fused kernel (numexpr's evaluate).")
                .output("result", "the formula's value: NumPy's dtype and the broadcast shape"))
                .invoker(a -> OpOutputs.result(Numpy.evaluate(a.backend(), a.text("expr"), variables(a))))
                .build());
        reduction(registry, "numpy.evaluate_sum", "np.sum of a formula's value, fused (no intermediate array).", "sum");
        reduction(registry, "numpy.evaluate_min", "np.min of a formula's value, fused; NaN propagates.", "min");
        reduction(registry, "numpy.evaluate_max", "np.max of a formula's value, fused; NaN propagates.", "max");
        reduction(registry, "numpy.evaluate_mean", "np.mean of a formula's value, fused.", "mean");
    }

    private static void reduction(OpRegistry registry, String name, String summary, String which) {
        OpSpec.Builder b = formula(OpSpec.builder(name).summary(summary))
                .param(ParamSpec.optionalNone("axis", ParamTypes.INT_PER_AXIS,
                        "axis or axes to reduce (negative from the end); none: all"))
                .param(ParamSpec.optional("keepdims", ParamTypes.BOOL, "false", "keep the reduced axes as size 1"))
                .output("result", "the reduction (a 0-d array over all axes)");
        b.invoker(a -> {
            Map<String, Object> vars = variables(a);
            int[] axis = a.integers("axis");
            boolean keep = a.flag("keepdims");
            String expr = a.text("expr");
            NDArray r;
            switch (which) {
                case "sum": r = Numpy.evaluateSum(a.backend(), expr, vars, axis, keep); break;
                case "min": r = Numpy.evaluateMin(a.backend(), expr, vars, axis, keep); break;
                case "max": r = Numpy.evaluateMax(a.backend(), expr, vars, axis, keep); break;
                default: r = Numpy.evaluateMean(a.backend(), expr, vars, axis, keep); break;
            }
            return OpOutputs.result(r);
        });
        registry.add(b.build());
    }

    /** The arguments every formula op takes. */
    private static OpSpec.Builder formula(OpSpec.Builder b) {
        return b.variadicInput("arrays", "arrays bound to the names in 'names' (or to the formula's unbound names)")
                .param(ParamSpec.required("expr", ParamTypes.STRING,
                        "the formula, Python's syntax over NumPy's functions: where(x > t, log1p(x) * w, 0)"))
                .param(ParamSpec.optionalNone("names", ParamTypes.STRING,
                        "comma list naming the positional arrays; none: the formula's variables not given as keywords"))
                .keywords(FORMULA_SCALAR, "a variable of the formula: a Python scalar, or an array as @file.npy");
    }

    /** The formula's variables: the keywords, and the positional arrays by {@code names}. */
    static Map<String, Object> variables(OpArgs a) {
        Map<String, Object> vars = new LinkedHashMap<>();
        boolean[] byKeyword = new boolean[a.inputs().size()];
        for (Map.Entry<String, Object> k : a.keywords().entrySet()) {
            Object v = k.getValue();
            if (v instanceof OpArgs.KeywordArray ka) {
                byKeyword[ka.input()] = true;
                v = a.input(ka.input());
            }
            vars.put(k.getKey(), v);
        }
        List<NDArray> positional = new ArrayList<>();
        for (int i = 0; i < byKeyword.length; i++) {
            if (!byKeyword[i]) {
                positional.add(a.input(i));
            }
        }
        List<String> names = new ArrayList<>();
        if (!a.isNone("names")) {
            for (String n : a.text("names").split(",")) {
                if (!n.isBlank()) {
                    names.add(n.trim());
                }
            }
        } else if (!positional.isEmpty()) {
            for (String v : Formula.parse(a.text("expr")).variables()) {
                if (!vars.containsKey(v) && !CONSTANTS.contains(v)) {
                    names.add(v);
                }
            }
        }
        if (names.size() != positional.size()) {
            throw new IllegalArgumentException("names: " + names.size() + " name" + (names.size() == 1 ? "" : "s") + " "
                    + names + " for " + positional.size() + " positional array" + (positional.size() == 1 ? "" : "s")
                    + "; give one name per array file (names=x,w) or the arrays as keywords (x=@x.npy)");
        }
        for (int i = 0; i < names.size(); i++) {
            if (vars.put(names.get(i), positional.get(i)) != null) {
                throw new IllegalArgumentException("names: " + names.get(i) + " is also given as a keyword");
            }
        }
        return vars;
    }
}
