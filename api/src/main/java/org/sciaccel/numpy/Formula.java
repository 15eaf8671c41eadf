package org.sciaccel.numpy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sciaccel.optimize.expr.FormulaSyntax;
import org.sciaccel.spi.ElementwiseFunction;

/**
 * A parsed array formula of {@link Numpy#evaluate(String, Map)}: the text, checked once, and the names it
 * uses as variables. Parsing is cached per text, and each backend caches the kernel it compiles per
 * formula and dtypes, so calling the same formula again costs neither.
 *
 * <p>The language is the fit models' one (see {@link FormulaSyntax} for the grammar): Python's
 * expression syntax and precedence over NumPy's element-wise functions, by NumPy's names
 * ({@link #functions()}): {@code where(x > t, log1p(x) * w, 0)}. Python's operators between Python
 * scalars follow Python ({@code t * 2} is an int), everything else NumPy 1.24, node by node: the result
 * has the dtype NumPy gives evaluating the same text step by step with the same arrays and Python
 * scalars.
 *
 * <p>Variables are arrays ({@link org.sciaccel.NDArray}) or Python scalars: a Java {@code Long},
 * {@code Integer}, {@code Short} or {@code Byte} is a Python int, a {@code Double} or {@code Float} a
 * Python float, a {@code Boolean} a Python bool, {@link #complex(double, double)} a Python complex.
 */
public final class Formula {
    /** Functions that are not ufuncs (or take a parameter) and how many arguments they take. */
    private static final Map<String, FormulaSyntax.Signature> EXTRA = Map.of(
            "where", FormulaSyntax.Signature.of(3),
            "round", new FormulaSyntax.Signature(1, 2),
            "around", new FormulaSyntax.Signature(1, 2),
            "nan_to_num", FormulaSyntax.Signature.of(1),
            "real", FormulaSyntax.Signature.of(1),
            "imag", FormulaSyntax.Signature.of(1),
            "angle", FormulaSyntax.Signature.of(1));
    /** NumPy's other names of the ufuncs sciaccel runs. */
    private static final List<String> ALIASES = List.of("abs", "conj", "true_divide", "mod");

    private static final Map<String, FormulaSyntax.Signature> FUNCTIONS = functionTable();
    private static final int CACHE_SIZE = 256;
    private static final Map<String, Formula> CACHE = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Formula> eldest) {
                    return size() > CACHE_SIZE;
                }
            });

    private final FormulaSyntax.Parsed parsed;

    private Formula(FormulaSyntax.Parsed parsed) {
        this.parsed = parsed;
    }

    /** A Python complex scalar as a formula variable. */
    public record Complex(double real, double imag) {
        @Override
        public String toString() {
            return PyScalar.complex(real, imag).toString();
        }
    }

    /** A Python complex {@code real + imag*1j}, for a formula's variable. */
    public static Complex complex(double real, double imag) {
        return new Complex(real, imag);
    }

    /**
     * Parses {@code text} (or finds it parsed).
     *
     * @throws IllegalArgumentException for a syntax error, an unknown function or a wrong number of
     *         arguments, naming the 0-based position
     */
    public static Formula parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("formula: null");
        }
        Formula f = CACHE.get(text);
        if (f == null) {
            f = new Formula(FormulaSyntax.parse(text, FUNCTIONS));
            CACHE.put(text, f);
        }
        return f;
    }

    /** The text as given. */
    public String text() {
        return parsed.text();
    }

    /** The names the formula uses as variables, in order of first appearance (constants such as pi included). */
    public List<String> variables() {
        return parsed.variables();
    }

    FormulaSyntax.Parsed parsed() {
        return parsed;
    }

    /** Every function a formula may call, by NumPy's name, with how many arguments it takes. */
    public static Map<String, FormulaSyntax.Signature> functions() {
        return FUNCTIONS;
    }

    private static Map<String, FormulaSyntax.Signature> functionTable() {
        Map<String, FormulaSyntax.Signature> t = new TreeMap<>();
        for (ElementwiseFunction f : ElementwiseFunction.values()) {
            if (f.ufunc() != null) {
                t.put(f.ufunc(), FormulaSyntax.Signature.of(f.arity()));
            }
        }
        for (String alias : ALIASES) {
            t.put(alias, FormulaSyntax.Signature.of(ElementwiseFunction.ofUfunc(alias).arity()));
        }
        t.putAll(EXTRA);
        return Collections.unmodifiableMap(t);
    }

    @Override
    public String toString() {
        return "Formula(" + parsed.text() + ")";
    }
}
