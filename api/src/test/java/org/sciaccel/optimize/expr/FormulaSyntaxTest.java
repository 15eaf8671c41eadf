package org.sciaccel.optimize.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sciaccel.optimize.expr.Expr.Call;
import org.sciaccel.optimize.expr.Expr.Var;

/** The formula dialect: Python's precedence over NumPy's functions, literals as Python types them, errors with positions. */
class FormulaSyntaxTest {
    private static final Map<String, FormulaSyntax.Signature> FUNCTIONS = Map.of(
            "log1p", FormulaSyntax.Signature.of(1), "where", FormulaSyntax.Signature.of(3),
            "round", new FormulaSyntax.Signature(1, 2), "exp", FormulaSyntax.Signature.of(1));

    private static Expr parse(String text) {
        return FormulaSyntax.parse(text, FUNCTIONS).root();
    }

    /** The tree written back in prefix form with NumPy's names, e.g. {@code add(x,multiply(y,2))}. */
    private static String prefix(Expr e) {
        if (e instanceof Var v) {
            return v.name();
        }
        if (e instanceof Expr.Int i) {
            return Long.toString(i.value());
        }
        if (e instanceof Expr.Num n) {
            return n.value() + "f";
        }
        if (e instanceof Expr.Imag m) {
            return m.value() + "j";
        }
        if (e instanceof Expr.Bool b) {
            return b.value() ? "True" : "False";
        }
        Call c = (Call) e;
        StringBuilder s = new StringBuilder(c.function()).append('(');
        for (int i = 0; i < c.args().size(); i++) {
            s.append(i > 0 ? "," : "").append(prefix(c.args().get(i)));
        }
        return s.append(')').toString();
    }

    @Test
    void precedenceIsPythons() {
        assertEquals("add(x,multiply(y,2))", prefix(parse("x + y*2")));
        assertEquals("power(2,power(3,2))", prefix(parse("2**3**2")));
        assertEquals("negative(power(x,2))", prefix(parse("-x**2")));
        assertEquals("power(2,negative(1))", prefix(parse("2**-1")));
        assertEquals("bitwise_and(greater(x,1),less(y,2))", prefix(parse("(x > 1) & (y < 2)")));
        // as in Python, & binds tighter than a comparison
        assertEquals("greater(x,bitwise_and(1,y))", prefix(parse("x > 1 & y")));
        assertEquals("bitwise_or(a,bitwise_xor(b,bitwise_and(c,left_shift(d,1))))", prefix(parse("a | b ^ c & d << 1")));
        assertEquals("logical_or(logical_and(a,logical_not(b)),c)", prefix(parse("a and not b or c")));
        assertEquals("logical_not(equal(a,b))", prefix(parse("not a == b")));
        assertEquals("add(floor_divide(x,2),remainder(y,3))", prefix(parse("x // 2 + y % 3")));
        assertEquals("divide(divide(8,2),2)", prefix(parse("8/2/2")));
        assertEquals("invert(negative(x))", prefix(parse("~-x")));
        assertEquals("less_equal(right_shift(a,b),c)", prefix(parse("a >> b <= c")));
        assertEquals("not_equal(a,b)", prefix(parse("a!=b")));
        assertEquals("greater_equal(a,b)", prefix(parse("a>=b")));
        assertEquals("where(greater(x,t),multiply(log1p(x),w),0)", prefix(parse("where(x > t, log1p(x) * w, 0)")));
        assertEquals("round(x,2)", prefix(parse("round (x, 2)")));
    }

    @Test
    void literalsArePythons() {
        assertEquals("3", prefix(parse("3")));
        assertEquals("3.0f", prefix(parse("3.")));
        assertEquals("3000.0f", prefix(parse("3e3")));
        assertEquals("0.5f", prefix(parse(".5")));
        assertEquals("2.0j", prefix(parse("2j")));
        assertEquals("1.5j", prefix(parse("1.5J")));
        assertEquals("1000000", prefix(parse("1_000_000")));
        assertEquals("logical_and(True,False)", prefix(parse("True and False")));
        assertEquals(List.of("x", "t", "w"), FormulaSyntax.parse("where(x > t, log1p(x) * w, 0)", FUNCTIONS).variables());
    }

    @Test
    void errorsNameThePosition() {
        assertPosition("x + * y", 4);
        assertPosition("log1p(x", 7);
        assertPosition("x +", 3);
        assertPosition("", 0);
        assertPosition("x > 1 > 0", 6);
        assertPosition("x = 1", 2);
        assertPosition("foo(x)", 0);
        assertPosition("where(x, 1)", 0);
        assertPosition("x + 12a", 4);
        assertPosition("99999999999999999999", 0);
        assertPosition("x && y", 3);
        assertPosition("(x + 1", 6);
        assertPosition("x y", 2);
        assertPosition("x + if", 4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse("logp1(x)"));
        assertTrue(e.getMessage().contains("unknown function 'logp1'") && e.getMessage().contains("log1p"), e.getMessage());
    }

    @Test
    void nodesKnowWhereTheyWereWritten() {
        FormulaSyntax.Parsed p = FormulaSyntax.parse("x + log1p(w)", FUNCTIONS);
        Call add = (Call) p.root();
        assertEquals(2, p.position(add));
        assertEquals(0, p.position(add.args().get(0)));
        assertEquals(4, p.position(add.args().get(1)));
        assertTrue(add.operator());
        assertTrue(!((Call) add.args().get(1)).operator());
        assertTrue(p.describe(add, "bad").contains("at position 2"));
    }

    private static void assertPosition(String text, int position) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(text), text);
        assertTrue(e.getMessage().contains("at position " + position + " "), text + ": " + e.getMessage());
    }
}
