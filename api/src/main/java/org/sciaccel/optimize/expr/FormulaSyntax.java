package org.sciaccel.optimize.expr;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sciaccel.registry.Suggestions;

/**
 * The array-formula dialect of sciaccel's expression language (the fit models' parser, extended):
 * what {@code Numpy.evaluate("where(x > t, log1p(x) * w, 0)", ...)} reads. It is Python's expression
 * syntax over NumPy's functions, so a formula means what the same text means in Python with
 * {@code from numpy import *} and the variables bound:
 *
 * <ul>
 * <li>Operators, loosest first: {@code or}, {@code and}, {@code not} (NumPy's {@code logical_or},
 * {@code logical_and}, {@code logical_not}, element-wise, always giving bool; Python itself refuses
 * them between arrays); one comparison {@code < <= > >= == !=} (no chains: write
 * {@code (a < b) & (b < c)}); {@code |}, {@code ^}, {@code &} (NumPy's {@code bitwise_or/xor/and}:
 * logical on bool, bitwise on integers, a TypeError on floats, as in NumPy); {@code << >>};
 * {@code + -}; {@code * / // %} ({@code /} is true division); unary {@code - + ~} ({@code ~} is
 * {@code invert}: {@code logical_not} on bool); {@code **} (binds tightest, to the right, and
 * tighter than a unary minus on its left: {@code -x**2 == -(x**2)}). Note that, as in Python and
 * numexpr, {@code &} and {@code |} bind tighter than comparisons: {@code (x > 0) & (y < 1)} needs
 * the parentheses.</li>
 * <li>Literals: Python ints ({@code 3}), floats ({@code 3.0}, {@code 1e-3}), imaginary numbers
 * ({@code 2j}), {@code True}, {@code False}; the names {@code pi}, {@code e}, {@code inf},
 * {@code nan} are those floats unless the caller binds a variable of that name.</li>
 * <li>Functions: NumPy's element-wise functions by NumPy's names ({@code log1p}, {@code arctan2},
 * {@code where}, {@code abs}, ...), positional arguments only; the table is the caller's.</li>
 * </ul>
 *
 * Errors are {@link IllegalArgumentException}s naming the 0-based position in the text.
 */
public final class FormulaSyntax {
    private FormulaSyntax() {
    }

    /** How many positional arguments a function takes. */
    public record Signature(int minArgs, int maxArgs) {
        public Signature {
            if (minArgs < 0 || maxArgs < minArgs) {
                throw new IllegalArgumentException("bad arity " + minArgs + ".." + maxArgs);
            }
        }

        /** A function of exactly {@code n} arguments. */
        public static Signature of(int n) {
            return new Signature(n, n);
        }

        String describeArity() {
            String n = minArgs == maxArgs ? Integer.toString(minArgs) : minArgs + " to " + maxArgs;
            return n + " argument" + (maxArgs == 1 ? "" : "s");
        }
    }

    /**
     * A parsed formula.
     *
     * @param text      the formula as written
     * @param root      its tree, of {@link Expr.Num}, {@link Expr.Int}, {@link Expr.Imag}, {@link Expr.Bool},
     *                  {@link Expr.Var} and {@link Expr.Call} nodes
     * @param positions where each {@link Expr.Var} and {@link Expr.Call} node was written (by identity)
     * @param variables the names used as variables, in order of first appearance
     */
    public record Parsed(String text, Expr root, Map<Expr, Integer> positions, List<String> variables) {
        /** The 0-based position where {@code node} was written, or -1 for a literal. */
        public int position(Expr node) {
            Integer p = positions.get(node);
            return p == null ? -1 : p;
        }

        /** An error about {@code node}, in the parser's form: "formula: what at position N in '...'". */
        public IllegalArgumentException error(Expr node, String what) {
            return new IllegalArgumentException(describe(node, what));
        }

        /** The message of {@link #error}: {@code what}, the position of {@code node} and the formula. */
        public String describe(Expr node, String what) {
            int p = position(node);
            return "formula: " + what + (p >= 0 ? " at position " + p : "") + " in '" + text + "'";
        }
    }

    /**
     * Parses {@code text}.
     *
     * @param functions the functions a formula may call, by name
     * @throws IllegalArgumentException for a syntax error, an unknown function or a wrong number of
     *         arguments, naming the position
     */
    public static Parsed parse(String text, Map<String, Signature> functions) {
        if (text == null) {
            throw new IllegalArgumentException("formula: null");
        }
        return ExpressionParser.parseFormula(text, Objects.requireNonNull(functions, "functions"));
    }

    /** "; did you mean ..." for a misspelt name, or "". */
    static String suggestion(String name, Collection<String> known) {
        List<String> close = Suggestions.closest(name, known);
        return close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?";
    }
}
