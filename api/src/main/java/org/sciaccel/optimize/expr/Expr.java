package org.sciaccel.optimize.expr;

import java.util.List;

/**
 * A node of a parsed expression. Records, so that equal subtrees are equal objects: the code
 * generators use that to compute each distinct subexpression once.
 *
 * <p>Fit models ({@link ExpressionModel}) are built of {@link Num}, {@link Sym}, {@link Neg},
 * {@link Bin} and {@link Fn}. Array formulas ({@link FormulaSyntax}, {@code Numpy.evaluate}) are built
 * of {@link Num}, {@link Int}, {@link Imag}, {@link Bool}, {@link Var} and {@link Call}: every
 * operator and function there is a call of a NumPy function by its name, so that each step can be
 * typed as NumPy types it.
 */
public sealed interface Expr permits Expr.Num, Expr.Sym, Expr.Neg, Expr.Bin, Expr.Fn, Expr.Int, Expr.Imag,
        Expr.Bool, Expr.Var, Expr.Call {

    /** A constant; in a formula, a Python float literal ({@code 1.5}, {@code 2e3}, {@code pi}, {@code inf}). */
    record Num(double value) implements Expr {
    }

    /** The coordinate x ({@code kind=X}), y ({@code kind=Y}) or parameter {@code index} ({@code kind=PARAM}). */
    record Sym(int kind, int index) implements Expr {
        public static final int X = 0;
        public static final int Y = 1;
        public static final int PARAM = 2;
    }

    /** Unary minus. */
    record Neg(Expr a) implements Expr {
    }

    /** A binary operation: {@code + - * /} or {@code ^} (power). */
    record Bin(char op, Expr a, Expr b) implements Expr {
    }

    /** A function of one argument: exp log sqrt sin cos tan atan tanh abs erf, and sign (from derivatives). */
    record Fn(String name, Expr a) implements Expr {
    }

    /** A formula's Python int literal ({@code 3}); within int64. */
    record Int(long value) implements Expr {
    }

    /** A formula's Python imaginary literal ({@code 2j}, {@code 1.5j}): the complex {@code 0 + value·1j}. */
    record Imag(double value) implements Expr {
    }

    /** A formula's {@code True} or {@code False}. */
    record Bool(boolean value) implements Expr {
    }

    /** A formula's variable: an array or a scalar the caller binds by this name. */
    record Var(String name) implements Expr {
    }

    /**
     * A formula's operator or function, as the NumPy function it calls: {@code a + b} is
     * {@code add(a, b)}, {@code a > b} {@code greater(a, b)}, {@code ~a} {@code invert(a)},
     * {@code a and b} {@code logical_and(a, b)}; a function call keeps the name it was written with
     * ({@code abs}, {@code where}).
     *
     * @param function NumPy's name of the function
     * @param args     the operands in order
     * @param operator whether it was written as a Python operator ({@code + - * / // % ** & | ^ ~ << >>}
     *                 and the comparisons): between Python scalars an operator follows Python's arithmetic
     *                 (as Python evaluates {@code t * 2} before NumPy sees it); a function, and
     *                 {@code and or not}, always NumPy's
     */
    record Call(String function, List<Expr> args, boolean operator) implements Expr {
        public Call {
            args = List.copyOf(args);
        }
    }
}
