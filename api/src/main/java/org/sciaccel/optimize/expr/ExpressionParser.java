package org.sciaccel.optimize.expr;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recursive-descent parser of sciaccel's one expression language, with Python's precedence. Two
 * dialects share it:
 *
 * <ul>
 * <li>Fit models ({@link #parse(String, List, boolean[])}): {@code **} binds tightest and to the right
 * ({@code 2**3**2 = 2**9}), then unary minus ({@code -x**2 = -(x**2)}), then {@code * /}, then
 * {@code + -}. Names: {@code x}, {@code y}, {@code pi}, the parameters, and the functions exp log sqrt
 * sin cos tan atan tanh abs erf.</li>
 * <li>Array formulas ({@link #parseFormula}): the same, and the rest of Python's expression grammar
 * over NumPy's functions, loosest first: {@code or}, {@code and}, {@code not}, one comparison
 * ({@code < <= > >= == !=}; a chain {@code a < b < c} is refused, since Python's {@code and} between
 * arrays is an error), {@code |}, {@code ^}, {@code &}, {@code << >>}, {@code + -},
 * {@code * / // %}, unary {@code - + ~}, {@code **}; int, float and imaginary literals, {@code True},
 * {@code False}, function calls with positional arguments. See {@link FormulaSyntax}.</li>
 * </ul>
 *
 * Errors name the 0-based position in the text.
 */
final class ExpressionParser {
    static final Set<String> FUNCTIONS = Set.of("exp", "log", "sqrt", "sin", "cos", "tan", "atan", "tanh", "abs",
            "erf");

    private final String text;
    private final String label;
    private final boolean formula;
    /** Whether x and y are a fit model's coordinates; in an objective they are names like any other. */
    private final boolean coordinates;
    private final List<String> params;
    private final Map<String, FormulaSyntax.Signature> functions;
    private final Map<Expr, Integer> positions = new IdentityHashMap<>();
    private final Set<String> variables = new LinkedHashSet<>();
    private int pos;
    private boolean usesY;

    private ExpressionParser(String text, String label, boolean formula, List<String> params,
            Map<String, FormulaSyntax.Signature> functions) {
        this(text, label, formula, !formula, params, functions);
    }

    private ExpressionParser(String text, String label, boolean formula, boolean coordinates, List<String> params,
            Map<String, FormulaSyntax.Signature> functions) {
        this.text = text;
        this.label = label;
        this.formula = formula;
        this.coordinates = coordinates;
        this.params = params;
        this.functions = functions;
    }

    /** The tree of a fit model's {@code text}; {@code usesY[0]} is set when y appears. */
    static Expr parse(String text, List<String> params, boolean[] usesY) {
        ExpressionParser p = new ExpressionParser(text, "model", false, params, Map.of());
        Expr e = p.sum();
        p.end();
        usesY[0] = p.usesY;
        return e;
    }

    /**
     * The tree of an objective's {@code text} in the fit models' dialect, where every name in
     * {@code names} (variables, then constants) is a {@link Expr.Sym#PARAM} by its index and x and y
     * are not reserved; errors start with {@code label}.
     */
    static Expr parseObjective(String text, String label, List<String> names) {
        ExpressionParser p = new ExpressionParser(text, label, false, false, names, Map.of());
        Expr e = p.sum();
        p.end();
        return e;
    }

    /** The tree of an array formula; every function it calls must be in {@code functions}. */
    static FormulaSyntax.Parsed parseFormula(String text, Map<String, FormulaSyntax.Signature> functions) {
        ExpressionParser p = new ExpressionParser(text, "formula", true, List.of(), functions);
        p.skipSpace();
        if (p.pos == text.length()) {
            throw p.error("empty formula");
        }
        Expr e = p.orTest();
        p.end();
        return new FormulaSyntax.Parsed(text, e, p.positions, List.copyOf(p.variables));
    }

    private void end() {
        skipSpace();
        if (pos < text.length()) {
            throw error("unexpected '" + text.charAt(pos) + "'");
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(label + ": " + what + " at position " + pos + " in '" + text + "'");
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    /**
     * Takes {@code token} if it comes next and is not the start of a longer operator ({@code *} of
     * {@code **}, {@code /} of {@code //}, {@code <} of {@code <<} or {@code <=}, ...).
     */
    private boolean take(String token) {
        skipSpace();
        if (!text.startsWith(token, pos)) {
            return false;
        }
        int end = pos + token.length();
        char next = end < text.length() ? text.charAt(end) : '\0';
        switch (token) {
            case "*":
                if (next == '*') {
                    return false;
                }
                break;
            case "/":
                if (formula && next == '/') {
                    return false;
                }
                break;
            case "<":
            case ">":
                if (next == '=' || next == token.charAt(0)) {
                    return false;
                }
                break;
            default:
                break;
        }
        pos = end;
        return true;
    }

    /** Takes the keyword {@code word} ({@code and}, {@code or}, {@code not}) when it comes next as a whole word. */
    private boolean takeWord(String word) {
        skipSpace();
        int end = pos + word.length();
        if (text.startsWith(word, pos) && (end == text.length() || !isNameChar(text.charAt(end)))) {
            pos = end;
            return true;
        }
        return false;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** A formula's call node, remembered with the position of its operator or name. */
    private Expr call(String function, int at, boolean operator, Expr... args) {
        Expr e = new Expr.Call(function, List.of(args), operator);
        positions.put(e, at);
        return e;
    }

    /** The position of the next token (after spaces). */
    private int here() {
        skipSpace();
        return pos;
    }

    // ---- formula levels above arithmetic (Python's precedence) ----

    private Expr orTest() {
        Expr e = andTest();
        while (true) {
            int at = here();
            if (takeWord("or")) {
                e = call("logical_or", at, false, e, andTest());
            } else {
                return e;
            }
        }
    }

    private Expr andTest() {
        Expr e = notTest();
        while (true) {
            int at = here();
            if (takeWord("and")) {
                e = call("logical_and", at, false, e, notTest());
            } else {
                return e;
            }
        }
    }

    private Expr notTest() {
        int at = here();
        if (takeWord("not")) {
            return call("logical_not", at, false, notTest());
        }
        return comparison();
    }

    private static final String[][] COMPARISONS = {
        {"==", "equal"}, {"!=", "not_equal"}, {"<=", "less_equal"}, {">=", "greater_equal"}, {"<", "less"},
        {">", "greater"},
    };

    private Expr comparison() {
        Expr e = bitOr();
        int at = here();
        String op = comparisonOperator();
        if (op == null) {
            return e;
        }
        e = call(op, at, true, e, bitOr());
        int second = here();
        if (comparisonOperator() != null) {
            pos = second;
            throw error("chained comparison (Python's 'and' of arrays is ambiguous); write (a < b) & (b < c)");
        }
        return e;
    }

    /** Takes a comparison operator and returns its function, or null. */
    private String comparisonOperator() {
        for (String[] c : COMPARISONS) {
            if (take(c[0])) {
                return c[1];
            }
        }
        return null;
    }

    private Expr bitOr() {
        Expr e = bitXor();
        while (true) {
            int at = here();
            if (take("|")) {
                e = call("bitwise_or", at, true, e, bitXor());
            } else {
                return e;
            }
        }
    }

    private Expr bitXor() {
        Expr e = bitAnd();
        while (true) {
            int at = here();
            if (take("^")) {
                e = call("bitwise_xor", at, true, e, bitAnd());
            } else {
                return e;
            }
        }
    }

    private Expr bitAnd() {
        Expr e = shift();
        while (true) {
            int at = here();
            if (take("&")) {
                e = call("bitwise_and", at, true, e, shift());
            } else {
                return e;
            }
        }
    }

    private Expr shift() {
        Expr e = sum();
        while (true) {
            int at = here();
            if (take("<<")) {
                e = call("left_shift", at, true, e, sum());
            } else if (take(">>")) {
                e = call("right_shift", at, true, e, sum());
            } else {
                return e;
            }
        }
    }

    // ---- arithmetic, shared by both dialects ----

    private Expr sum() {
        Expr e = product();
        while (true) {
            int at = here();
            if (take("+")) {
                e = formula ? call("add", at, true, e, product()) : new Expr.Bin('+', e, product());
            } else if (take("-")) {
                e = formula ? call("subtract", at, true, e, product()) : new Expr.Bin('-', e, product());
            } else {
                return e;
            }
        }
    }

    private Expr product() {
        Expr e = unary();
        while (true) {
            int at = here();
            if (take("*")) {
                e = formula ? call("multiply", at, true, e, unary()) : new Expr.Bin('*', e, unary());
            } else if (formula && take("//")) {
                e = call("floor_divide", at, true, e, unary());
            } else if (take("/")) {
                e = formula ? call("divide", at, true, e, unary()) : new Expr.Bin('/', e, unary());
            } else if (formula && take("%")) {
                e = call("remainder", at, true, e, unary());
            } else {
                return e;
            }
        }
    }

    private Expr unary() {
        int at = here();
        if (take("-")) {
            return formula ? call("negative", at, true, unary()) : new Expr.Neg(unary());
        }
        if (take("+")) {
            return formula ? call("positive", at, true, unary()) : unary();
        }
        if (formula && take("~")) {
            return call("invert", at, true, unary());
        }
        return power();
    }

    private Expr power() {
        Expr base = primary();
        int at = here();
        if (take("**")) {
            return formula ? call("power", at, true, base, unary()) : new Expr.Bin('^', base, unary());
        }
        return base;
    }

    private Expr primary() {
        skipSpace();
        if (pos >= text.length()) {
            throw error("expression ends early");
        }
        char c = text.charAt(pos);
        if (c == '(') {
            pos++;
            Expr e = formula ? orTest() : sum();
            if (!take(")")) {
                throw error("expected ')'");
            }
            return e;
        }
        if (Character.isDigit(c) || c == '.') {
            return formula ? formulaNumber() : number();
        }
        if (Character.isLetter(c) || c == '_') {
            int start = pos;
            while (pos < text.length() && isNameChar(text.charAt(pos))) {
                pos++;
            }
            String name = text.substring(start, pos);
            return formula ? formulaName(name, start) : modelName(name, start);
        }
        throw error("unexpected '" + c + "'");
    }

    private Expr modelName(String name, int start) {
        if (FUNCTIONS.contains(name)) {
            if (!take("(")) {
                throw error("expected '(' after function " + name);
            }
            Expr arg = sum();
            if (!take(")")) {
                throw error("expected ')' closing " + name + "(");
            }
            return new Expr.Fn(name, arg);
        }
        if (coordinates && name.equals("x")) {
            return new Expr.Sym(Expr.Sym.X, 0);
        }
        if (coordinates && name.equals("y")) {
            usesY = true;
            return new Expr.Sym(Expr.Sym.Y, 0);
        }
        if (name.equals("pi")) {
            return new Expr.Num(Math.PI);
        }
        int k = params.indexOf(name);
        if (k < 0) {
            pos = start;
            throw error("unknown name '" + name + "' (" + (coordinates ? "parameters" : "names") + ": " + params + ")");
        }
        return new Expr.Sym(Expr.Sym.PARAM, k);
    }

    private Expr formulaName(String name, int start) {
        switch (name) {
            case "True": return new Expr.Bool(true);
            case "False": return new Expr.Bool(false);
            case "and": case "or": case "not": case "if": case "else": case "in": case "is": case "lambda":
                pos = start;
                throw error("unexpected keyword '" + name + "'");
            default: break;
        }
        skipSpace();
        if (pos < text.length() && text.charAt(pos) == '(') {
            FormulaSyntax.Signature sig = functions.get(name);
            if (sig == null) {
                pos = start;
                throw error("unknown function '" + name + "'" + FormulaSyntax.suggestion(name, functions.keySet()));
            }
            pos++;
            List<Expr> args = new ArrayList<>();
            skipSpace();
            if (!take(")")) {
                do {
                    args.add(orTest());
                } while (take(","));
                if (!take(")")) {
                    throw error("expected ',' or ')' in the arguments of " + name + "(");
                }
            }
            if (args.size() < sig.minArgs() || args.size() > sig.maxArgs()) {
                pos = start;
                throw error(name + "() takes " + sig.describeArity() + ", got " + args.size());
            }
            Expr e = new Expr.Call(name, args, false);
            positions.put(e, start);
            return e;
        }
        Expr v = new Expr.Var(name);
        positions.put(v, start);
        variables.add(name);
        return v;
    }

    private Expr number() {
        int start = pos;
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            pos++;
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            int save = pos;
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                    pos++;
                }
            } else {
                pos = save;
            }
        }
        try {
            return new Expr.Num(Double.parseDouble(text.substring(start, pos)));
        } catch (NumberFormatException e) {
            pos = start;
            throw error("bad number '" + text.substring(start, Math.min(text.length(), start + 12)) + "'");
        }
    }

    /**
     * A formula's number as Python reads it: digits alone are an int ({@code 3}), a point or an
     * exponent makes a float ({@code 3.}, {@code 3e0}), a trailing {@code j} an imaginary number.
     */
    private Expr formulaNumber() {
        int start = pos;
        boolean isFloat = false;
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.'
                || text.charAt(pos) == '_')) {
            isFloat |= text.charAt(pos) == '.';
            pos++;
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            int save = pos;
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                    pos++;
                }
                isFloat = true;
            } else {
                pos = save;
            }
        }
        String digits = text.substring(start, pos).replace("_", "");
        boolean imaginary = pos < text.length() && (text.charAt(pos) == 'j' || text.charAt(pos) == 'J');
        if (imaginary) {
            pos++;
        }
        if (pos < text.length() && isNameChar(text.charAt(pos))) {
            int bad = pos;
            pos = start;
            throw error("bad number '" + text.substring(start, Math.min(text.length(), bad + 1)) + "'");
        }
        try {
            if (imaginary) {
                return new Expr.Imag(Double.parseDouble(digits));
            }
            if (!isFloat) {
                if (digits.length() > 1 && digits.charAt(0) == '0' && !digits.matches("0+")) {
                    throw new NumberFormatException("leading zeros");
                }
                return new Expr.Int(Long.parseLong(digits));
            }
            return new Expr.Num(Double.parseDouble(digits));
        } catch (NumberFormatException e) {
            pos = start;
            String what = !isFloat && !imaginary && digits.matches("\\d+") && !digits.startsWith("0")
                    ? "integer " + digits + " does not fit int64"
                    : "bad number '" + text.substring(start, Math.min(text.length(), start + 12)) + "'";
            throw error(what);
        }
    }
}
