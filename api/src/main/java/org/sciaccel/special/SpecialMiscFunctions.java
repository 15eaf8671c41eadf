package org.sciaccel.special;

import java.math.BigInteger;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.ElementwiseExpression;

/**
 * The scipy.special functions SciPy 1.10 writes in Python from its ufuncs (polygamma, comb, perm), composed here
 * the same way on the element-wise engine (one pass, NumPy's loop resolution for every step), and the exact
 * (integer) forms of comb, perm and factorial as Python's integers compute them.
 */
final class SpecialMiscFunctions {
    private SpecialMiscFunctions() {
    }

    /** A ufunc whose SciPy name (_zeta, _factorial) is not its op's, routed as the op {@code op}. */
    static NDArray ufunc(String op, String ufunc, String[] params, NDArray... operands) {
        ElementwiseExpression e = new ElementwiseExpression(op);
        int[] ids = new int[operands.length];
        for (int i = 0; i < operands.length; i++) {
            if (operands[i] == null) {
                throw new IllegalArgumentException(op + ": " + params[i] + " is null");
            }
            ids[i] = e.array(params[i], operands[i]);
        }
        return e.evaluate(e.ufunc(ufunc, ids));
    }

    /** polygamma(n, x) = where(n == 0, psi(x), (-1.0)**(n+1) * gamma(n+1.0) * zeta(n+1, x)). */
    static NDArray polygamma(NDArray n, NDArray x) {
        ElementwiseExpression e = new ElementwiseExpression("special.polygamma");
        int in = e.array("n", n);
        int ix = e.array("x", x);
        int n1 = e.ufunc("add", in, e.scalar("1", 1L));
        int sign = e.ufunc("power", e.scalar("-1.0", -1.0), n1);
        int g = e.ufunc("gamma", e.ufunc("add", in, e.scalar("1.0", 1.0)));
        int z = e.ufunc("_zeta", n1, ix);
        int fac2 = e.ufunc("multiply", e.ufunc("multiply", sign, g), z);
        int cond = e.ufunc("equal", in, e.scalar("0", 0L));
        return e.evaluate(e.where(cond, e.ufunc("digamma", ix), fac2));
    }

    /**
     * comb(N, k, exact=False, repetition): binom(N, k) (N + k - 1 for N with repetition), 0 where not
     * 0 <= k <= N; for 0-d N and k where that fails, SciPy's np.float64(0) whatever the loop's dtype.
     */
    static NDArray comb(NDArray bigN, NDArray k, boolean repetition) {
        return masked("special.comb", "binom", bigN, k, repetition);
    }

    /** perm(N, k, exact=False): poch(N - k + 1, k), 0 where not 0 <= k <= N (float64 0 for 0-d operands). */
    static NDArray perm(NDArray bigN, NDArray k) {
        return masked("special.perm", "poch", bigN, k, false);
    }

    private static NDArray masked(String op, String ufunc, NDArray bigN, NDArray k, boolean repetition) {
        ElementwiseExpression e = new ElementwiseExpression(op);
        int in = e.array("N", bigN);
        int ik = e.array("k", k);
        if (repetition) {
            in = e.ufunc("subtract", e.ufunc("add", in, ik), e.scalar("1", 1L));
        }
        if (bigN.ndim() == 0 && k.ndim() == 0) {
            double nv = bigN.toHost().getDouble(0);
            double kv = k.toHost().getDouble(0);
            if (repetition) {
                nv = nv + kv - 1;
            }
            if (!(kv <= nv && nv >= 0 && kv >= 0)) {
                return NDArray.fromHost(bigN.backend(), new HostArray(DType.FLOAT64, new int[0], new double[] {0}));
            }
        }
        int cond = e.ufunc("logical_and", e.ufunc("logical_and", e.ufunc("less_equal", ik, in),
                e.ufunc("greater_equal", in, e.scalar("0", 0L))), e.ufunc("greater_equal", ik, e.scalar("0", 0L)));
        int vals;
        if (ufunc.equals("binom")) {
            vals = e.ufunc("binom", in, ik);
        } else {
            vals = e.ufunc("poch", e.ufunc("add", e.ufunc("subtract", in, ik), e.scalar("1", 1L)), ik);
        }
        return e.evaluate(e.where(cond, vals, e.typedScalar("0", e.type(vals), 0)));
    }

    /** comb(N, k, exact=True, repetition): Python's exact binomial coefficient, 0 unless 0 <= k <= N. */
    static BigInteger combExact(long bigN, long k, boolean repetition) {
        BigInteger n = BigInteger.valueOf(bigN);
        BigInteger kk = BigInteger.valueOf(k);
        if (repetition) {
            n = n.add(kk).subtract(BigInteger.ONE);
        }
        if (kk.compareTo(n) > 0 || n.signum() < 0 || kk.signum() < 0) {
            return BigInteger.ZERO;
        }
        BigInteger m = n.add(BigInteger.ONE);
        BigInteger nterms = kk.min(n.subtract(kk));
        long terms = nterms.longValueExact();
        BigInteger num = BigInteger.ONE;
        BigInteger den = BigInteger.ONE;
        for (long j = 1; j <= terms; j++) {
            num = num.multiply(m.subtract(BigInteger.valueOf(j)));
            den = den.multiply(BigInteger.valueOf(j));
        }
        return num.divide(den);
    }

    /** perm(N, k, exact=True): N (N-1) ... (N-k+1), 0 unless 0 <= k <= N. */
    static BigInteger permExact(long bigN, long k) {
        if (k > bigN || bigN < 0 || k < 0) {
            return BigInteger.ZERO;
        }
        BigInteger v = BigInteger.ONE;
        for (long i = bigN - k + 1; i <= bigN; i++) {
            v = v.multiply(BigInteger.valueOf(i));
        }
        return v;
    }

    /** factorial(n, exact=True): n!, 0 below 0. */
    static BigInteger factorialExact(long n) {
        if (n < 0) {
            return BigInteger.ZERO;
        }
        return rangeProduct(1, Math.max(n, 1));
    }

    /** lo (lo+1) ... hi by halves (the product of two halves of equal size). */
    private static BigInteger rangeProduct(long lo, long hi) {
        if (hi - lo < 16) {
            BigInteger v = BigInteger.valueOf(lo);
            for (long i = lo + 1; i <= hi; i++) {
                v = v.multiply(BigInteger.valueOf(i));
            }
            return v;
        }
        long mid = lo + (hi - lo) / 2;
        return rangeProduct(lo, mid).multiply(rangeProduct(mid + 1, hi));
    }
}
