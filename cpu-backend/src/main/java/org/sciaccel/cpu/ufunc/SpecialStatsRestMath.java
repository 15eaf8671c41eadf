package org.sciaccel.cpu.ufunc;

/**
 * Part stats-rest (issue 17): scipy.special.pdtrik and the hypergeometric distribution's element-wise sums, the
 * CPU counterpart of kernels/common/special_stats_rest.cl (the same steps in the same order).
 *
 * <p>pdtrik is the inverse of the Poisson cdf in k, found as SciPy 1.10.1 finds it: cdflib's cdfpoi (which = 2),
 * a stepping search for a bracket (start 5, steps 0.5 growing by 5, bounds 0 and 1e100) then the Bus-Dekker zero
 * finder (absolute tolerance 1e-50, relative 1e-8) on {@code Q(s+1, mu) - p} (or {@code P(s+1, mu) - q} where
 * p > q), with the incomplete gamma functions of this library (cdflib has its own gamma ratio).
 *
 * <p>The hypergeometric functions take the distribution's arguments in scipy.stats' order (k, M, n, N):
 * the cdf and sf are the recurrence over the pmf from the mode's side used by the library SciPy calls
 * (the pmf at the start point is {@code exp(_logpmf)}), logcdf and logsf are SciPy's own sums of
 * {@code exp(_logpmf)} (NumPy's pairwise order) and the percent point function is rv_discrete's bisection.
 */
final class SpecialStatsRestMath {
    private SpecialStatsRestMath() {
    }

    private static final double EPS = 2.220446049250313e-16;

    // ---------------------------------------------------------------- pdtrik

    /** scipy.special.pdtrik(p, m): the k (real) with pdtr(k, m) = p. */
    static double pdtrik(double p, double xlam) {
        if (Double.isNaN(p) || Double.isNaN(xlam)) {
            return Double.NaN;
        }
        double q = 1.0 - p;
        if (p < 0 || p > 1 || q <= 0 || q > 1 || xlam < 0) {
            return Double.NaN;
        }
        double pq = p + q;
        if (Math.abs((pq - 0.5) - 0.5) > 3 * EPS) {
            return Double.NaN;
        }
        if (xlam < 1e-2 && p < 0.975) {
            return 0.0;
        }
        return new PoissonInverse(p, q, xlam).solve();
    }

    /** cdfpoi's search: dinvr's bracketing then dzror, on the monotone function of s. */
    private static final class PoissonInverse {
        final double p;
        final double q;
        final double xlam;
        final boolean qporq;

        PoissonInverse(double p, double q, double xlam) {
            this.p = p;
            this.q = q;
            this.xlam = xlam;
            this.qporq = p <= q;
        }

        double f(double s) {
            double cum;
            double ccum;
            if (Double.isInfinite(xlam)) {
                return Double.NaN; // cdflib's gamma ratio has no value at an infinite argument
            }
            if (xlam <= 0) {
                cum = 1.0;
                ccum = 0.0;
            } else {
                ccum = SpecialIncompleteMath.igam(s + 1, xlam);
                cum = SpecialIncompleteMath.igamc(s + 1, xlam);
            }
            return qporq ? cum - p : ccum - q;
        }

        double solve() {
            final double small = 0.0;
            final double big = 1e100;
            final double absstp = 0.5;
            final double relstp = 0.5;
            final double stpmul = 5.0;
            double x = 5.0;
            double fsmall = f(small);
            double fbig = f(big);
            boolean qincr = fbig > fsmall;
            // cdflib's tests as written (a NaN function value fails them: the lower bound)
            if (qincr) {
                if (!(fsmall <= 0)) {
                    return small;
                }
                if (!(fbig >= 0)) {
                    return big;
                }
            } else {
                if (!(fsmall >= 0)) {
                    return small;
                }
                if (!(fbig <= 0)) {
                    return big;
                }
            }
            double step = Math.max(absstp, relstp * Math.abs(x));
            double yy = f(x);
            if (yy == 0) {
                return x;
            }
            boolean qup = (qincr && yy < 0) || (!qincr && yy > 0);
            double xlb;
            double xub;
            if (qup) {
                xlb = x;
                xub = Math.min(xlb + step, big);
                boolean qbdd;
                boolean qlim;
                while (true) {
                    yy = f(xub);
                    qbdd = (qincr && yy >= 0) || (!qincr && yy <= 0);
                    qlim = xub >= big;
                    if (qbdd || qlim) {
                        break;
                    }
                    step = stpmul * step;
                    xlb = xub;
                    xub = Math.min(xlb + step, big);
                }
                if (qlim && !qbdd) {
                    // status -1 with qleft false: the bound inf
                    return big;
                }
            } else {
                xub = x;
                xlb = Math.max(xub - step, small);
                boolean qbdd;
                boolean qlim;
                while (true) {
                    yy = f(xlb);
                    qbdd = (qincr && yy <= 0) || (!qincr && yy >= 0);
                    qlim = xlb <= small;
                    if (qbdd || qlim) {
                        break;
                    }
                    step = stpmul * step;
                    xub = xlb;
                    xlb = Math.max(xub - step, small);
                }
                if (qlim && !qbdd) {
                    return small;
                }
            }
            return zero(xlb, xub, 1e-50, 1e-8);
        }

        /** dzror: algorithm R of Bus and Dekker on [xlo, xhi]; its xlo (dinvr returns it whatever the status). */
        double zero(double xlo, double xhi, double abstol, double reltol) {
            double b = xlo;
            double fb = f(b);
            double a = xhi;
            double fa = f(a);
            if ((fb < 0 && fa < 0) || (fb > 0 && fa > 0)) {
                // status -1: dinvr then returns its xlo, which dzror set to xhi
                return xhi;
            }
            boolean first = true;
            double c = a;
            double fc = fa;
            int ext = 0;
            double d = 0;
            double fd = 0;
            double w;
            double q2 = 0;
            while (true) {
                if (Math.abs(fc) < Math.abs(fb)) {
                    if (c != a) {
                        d = a;
                        fd = fa;
                    }
                    a = b;
                    fa = fb;
                    b = c;
                    fb = fc;
                    c = a;
                    fc = fa;
                }
                double tol = 0.5 * Math.max(abstol, reltol * Math.abs(b));
                double m = (c + b) * 0.5;
                double mb = m - b;
                if (!(Math.abs(mb) > tol)) {
                    return b;
                }
                if (ext > 3) {
                    w = mb;
                } else {
                    tol = Math.copySign(tol, mb);
                    double pp = (b - a) * fb;
                    if (first) {
                        q2 = fa - fb;
                        first = false;
                    } else {
                        double fdb = (fd - fb) / (d - b);
                        double fda = (fd - fa) / (d - a);
                        pp = fda * pp;
                        q2 = fdb * fa - fda * fb;
                    }
                    if (pp < 0) {
                        pp = -pp;
                        q2 = -q2;
                    }
                    if (ext == 3) {
                        pp *= 2.0;
                    }
                    if (pp * 1.0 == 0 || pp <= q2 * tol) {
                        w = tol;
                    } else if (pp < mb * q2) {
                        w = pp / q2;
                    } else {
                        w = mb;
                    }
                }
                d = a;
                fd = fa;
                a = b;
                fa = fb;
                b = b + w;
                fb = f(b);
                if (fc * fb >= 0) {
                    c = a;
                    fc = fa;
                    ext = 0;
                } else if (w == mb) {
                    ext = 0;
                } else {
                    ext++;
                }
            }
        }
    }

    // ---------------------------------------------------------------- hypergeom

    /** Whether (M, n, N) are hypergeom's valid parameters (SciPy's _argcheck) and k is a number. */
    private static boolean valid(double k, double tot, double good, double draws) {
        if (Double.isNaN(k) || Double.isNaN(tot) || Double.isNaN(good) || Double.isNaN(draws)) {
            return false;
        }
        return tot > 0 && good >= 0 && draws >= 0 && good <= tot && draws <= tot && tot == Math.rint(tot)
                && good == Math.rint(good) && draws == Math.rint(draws) && !Double.isInfinite(tot);
    }

    /** hypergeom._logpmf(k, M, n, N): SciPy's betaln formula. */
    static double hypergeomLogpmf(double k, double tot, double good, double draws) {
        double bad = tot - good;
        double r = SpecialIncompleteMath.lbeta(good + 1, 1) + SpecialIncompleteMath.lbeta(bad + 1, 1);
        r = r + SpecialIncompleteMath.lbeta(tot - draws + 1, draws + 1);
        r = r - SpecialIncompleteMath.lbeta(k + 1, good - k + 1);
        r = r - SpecialIncompleteMath.lbeta(draws - k + 1, bad - draws + k + 1);
        return r - SpecialIncompleteMath.lbeta(tot + 1, 1);
    }

    /** k! for k <= 170, each the double nearest to it (the library's factorial table). */
    private static final double[] FACTORIAL = new double[171];

    static {
        java.math.BigInteger f = java.math.BigInteger.ONE;
        for (int i = 0; i <= 170; i++) {
            if (i > 0) {
                f = f.multiply(java.math.BigInteger.valueOf(i));
            }
            FACTORIAL[i] = f.doubleValue();
        }
    }

    /**
     * The pmf as the library SciPy calls computes it where the total is at most 170: the factorial quotient,
     * dividing while the running value is at least 1 and multiplying while it is at most 1; past 170
     * {@code exp(_logpmf)} (the library uses a prime factorisation there). x an integer of the support.
     */
    private static double pdfImp(double x, double r, double n, double nt) {
        if (nt > 170) {
            return Math.exp(hypergeomLogpmf(x, nt, r, n));
        }
        double result = FACTORIAL[(int) n];
        double[] num = {FACTORIAL[(int) r], FACTORIAL[(int) (nt - n)], FACTORIAL[(int) (nt - r)]};
        double[] den = {FACTORIAL[(int) nt], FACTORIAL[(int) x], FACTORIAL[(int) (n - x)], FACTORIAL[(int) (r - x)],
            FACTORIAL[(int) (nt - n - r + x)]};
        int i = 0;
        int j = 0;
        while (i < 3 || j < 5) {
            while (j < 5 && (result >= 1 || i >= 3)) {
                result /= den[j++];
            }
            while (i < 3 && (result <= 1 || j >= 5)) {
                result *= num[i++];
            }
        }
        return Math.min(1.0, Math.max(0.0, result));
    }

    /** hypergeom._pmf(k, M, n, N) at an integer k of the support (NaN elsewhere). */
    static double hypergeomPmf(double k, double tot, double good, double draws) {
        if (!valid(k, tot, good, draws) || k != Math.rint(k)) {
            return Double.NaN;
        }
        if (k < Math.max(0, draws + good - tot) || k > Math.min(good, draws)) {
            return Double.NaN;
        }
        return pdfImp(k, good, draws, tot);
    }

    /** The recurrence from the mode's side; x an integer of the support (r good, n draws, total nt). */
    private static double cdfImp(double x, double r, double n, double nt, boolean invert) {
        double result = 0;
        double mode = Math.floor((r + 1) * (n + 1) / (nt + 2));
        if (x < mode) {
            result = pdfImp(x, r, n, nt);
            double diff = result;
            double lower = Math.max(0, n + r - nt);
            while (diff > (invert ? 1.0 : result) * EPS) {
                diff = x * ((nt + x) - n - r) * diff / ((1 + n - x) * (1 + r - x));
                result += diff;
                if (x == lower) {
                    break;
                }
                x--;
            }
        } else {
            invert = !invert;
            double upper = Math.min(r, n);
            if (x != upper) {
                x++;
                result = pdfImp(x, r, n, nt);
                double diff = result;
                while (x <= upper && diff > (invert ? 1.0 : result) * EPS) {
                    diff = (n - x) * (r - x) * diff / ((x + 1) * ((nt + x + 1) - n - r));
                    result += diff;
                    x++;
                }
            }
        }
        if (invert) {
            result = 1 - result;
        }
        return Math.min(1.0, Math.max(0.0, result));
    }

    /** The cdf (sf when {@code complement}) at an integer k of the support, else NaN (the library's domain error). */
    private static double cdfOrSf(double k, double tot, double good, double draws, boolean complement) {
        if (!valid(k, tot, good, draws) || k != Math.rint(k)) {
            return Double.NaN;
        }
        if (k < Math.max(0, draws + good - tot) || k > Math.min(good, draws)) {
            return Double.NaN;
        }
        return cdfImp(k, good, draws, tot, complement);
    }

    /** hypergeom._cdf(k, M, n, N). */
    static double hypergeomCdf(double k, double tot, double good, double draws) {
        return cdfOrSf(k, tot, good, draws, false);
    }

    /** hypergeom._sf(k, M, n, N). */
    static double hypergeomSf(double k, double tot, double good, double draws) {
        return cdfOrSf(k, tot, good, draws, true);
    }

    /** np.arange(start, stop)'s length for a step of 1 (0 when empty). */
    private static long arangeLength(double start, double stop) {
        double len = Math.ceil(stop - start);
        return len > 0 ? (long) len : 0;
    }

    /** SciPy's logsumexp of _logpmf(start + i), i < len: max shift, NumPy's pairwise sum of the exps, log. */
    private static double logsumexpLogpmf(double start, long len, double tot, double good, double draws) {
        if (len <= 0) {
            return Double.NaN;
        }
        double amax = Double.NEGATIVE_INFINITY;
        for (long i = 0; i < len; i++) {
            double v = hypergeomLogpmf(start + i, tot, good, draws);
            if (Double.isNaN(v)) {
                amax = Double.NaN;
                break;
            }
            amax = Math.max(amax, v);
        }
        if (Double.isInfinite(amax) || Double.isNaN(amax)) {
            amax = 0;
        }
        double s = expTerm(start, 0, amax, tot, good, draws) + pairwise(start, 1, len - 1, amax, tot, good, draws);
        return Math.log(s) + amax;
    }

    private static double expTerm(double start, long i, double amax, double tot, double good, double draws) {
        return Math.exp(hypergeomLogpmf(start + i, tot, good, draws) - amax);
    }

    /** NumPy's pairwise summation of the terms off .. off+n-1 (blocks of 8 accumulators up to 128). */
    private static double pairwise(double start, long off, long n, double amax, double tot, double good,
            double draws) {
        if (n < 8) {
            double res = 0.;
            for (long i = 0; i < n; i++) {
                res += expTerm(start, off + i, amax, tot, good, draws);
            }
            return res;
        } else if (n <= 128) {
            double[] r = new double[8];
            for (int j = 0; j < 8; j++) {
                r[j] = expTerm(start, off + j, amax, tot, good, draws);
            }
            long i;
            for (i = 8; i < n - (n % 8); i += 8) {
                for (int j = 0; j < 8; j++) {
                    r[j] += expTerm(start, off + i + j, amax, tot, good, draws);
                }
            }
            double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
            for (; i < n; i++) {
                res += expTerm(start, off + i, amax, tot, good, draws);
            }
            return res;
        }
        long n2 = n / 2;
        n2 -= n2 % 8;
        return pairwise(start, off, n2, amax, tot, good, draws)
                + pairwise(start, off + n2, n - n2, amax, tot, good, draws);
    }

    /** The log of the sum of the pmf over 0 .. (np.arange(0, k+1)). */
    private static double lowerSum(double k, double tot, double good, double draws) {
        return logsumexpLogpmf(0, arangeLength(0, k + 1), tot, good, draws);
    }

    /** The log of the sum of the pmf over np.arange(k+1, N+1). */
    private static double upperSum(double k, double tot, double good, double draws) {
        return logsumexpLogpmf(k + 1, arangeLength(k + 1, draws + 1), tot, good, draws);
    }

    /** hypergeom._logcdf(k, M, n, N) at a k of [a, b) (the method's support check is the caller's). */
    static double hypergeomLogcdf(double k, double tot, double good, double draws) {
        if (!valid(k, tot, good, draws)) {
            return Double.NaN;
        }
        if ((k + 0.5) * (tot + 0.5) > (good - 0.5) * (draws - 0.5)) {
            return Math.log1p(-Math.exp(upperSum(k, tot, good, draws)));
        }
        return lowerSum(k, tot, good, draws);
    }

    /** hypergeom._logsf(k, M, n, N) at a k of [a, b). */
    static double hypergeomLogsf(double k, double tot, double good, double draws) {
        if (!valid(k, tot, good, draws)) {
            return Double.NaN;
        }
        if ((k + 0.5) * (tot + 0.5) < (good - 0.5) * (draws - 0.5)) {
            return Math.log1p(-Math.exp(lowerSum(k, tot, good, draws)));
        }
        return upperSum(k, tot, good, draws);
    }

    /** rv_discrete's _ppf for hypergeom: the bisection over the integers of the (finite) support on the cdf. */
    static double hypergeomPpf(double q, double tot, double good, double draws) {
        if (Double.isNaN(q) || !valid(0, tot, good, draws)) {
            return Double.NaN;
        }
        double a = Math.max(draws - (tot - good), 0);
        double b = Math.min(good, draws);
        double qb = 1.0;
        double qa = hypergeomCdf(a, tot, good, draws);
        while (true) {
            if (qa == q) {
                return a;
            }
            if (qb == q) {
                return b;
            }
            if (b <= a + 1) {
                return qa > q ? a : b;
            }
            double c = Math.floor((a + b) / 2.0);
            double qc = hypergeomCdf(c, tot, good, draws);
            if (qc < q) {
                a = c;
                qa = qc;
            } else if (qc > q) {
                b = c;
                qb = qc;
            } else {
                return c;
            }
        }
    }

    // ---------------------------------------------------------------- entropies (rv_discrete's sums)

    /** One term of a sum, by its index. */
    private interface Term {
        double at(long i);
    }

    /** np.sum of the terms 0 .. n-1 (n > 0): the first plus NumPy's pairwise sum of the others. */
    private static double npSum(Term t, long n) {
        return n <= 0 ? 0.0 : t.at(0) + pairwise(t, 1, n - 1);
    }

    private static double pairwise(Term t, long off, long n) {
        if (n < 8) {
            double res = 0.;
            for (long i = 0; i < n; i++) {
                res += t.at(off + i);
            }
            return res;
        } else if (n <= 128) {
            double[] r = new double[8];
            for (int j = 0; j < 8; j++) {
                r[j] = t.at(off + j);
            }
            long i;
            for (i = 8; i < n - (n % 8); i += 8) {
                for (int j = 0; j < 8; j++) {
                    r[j] += t.at(off + i + j);
                }
            }
            double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
            for (; i < n; i++) {
                res += t.at(off + i);
            }
            return res;
        }
        long n2 = n / 2;
        n2 -= n2 % 8;
        return pairwise(t, off, n2) + pairwise(t, off + n2, n - n2);
    }

    /** scipy.special.entr: -x log x (0 at 0, -inf below 0). */
    private static double entr(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x > 0) {
            return -x * Math.log(x);
        }
        return x == 0 ? 0.0 : Double.NEGATIVE_INFINITY;
    }

    /** The entropy term at k of a distribution given by its pmf. */
    private interface Pmf {
        double at(double k);
    }

    /**
     * rv_discrete's _expect of entr(pmf) on [lb, inf): chunks of 32 from x0 upwards (stopping at a chunk sum below
     * 1e-10 per term, or past 1000 terms), then downwards from x0 - 1 to lb.
     */
    private static double expectEntropy(Pmf pmf, double lb, double x0) {
        final int chunk = 32;
        final double tolerance = 1e-10;
        if (x0 < lb) {
            x0 = lb;
        }
        long count = 0;
        double tot = 0.;
        double x = x0;
        while (true) {
            final double start = x;
            count += chunk;
            double delta = npSum(i -> entr(pmf.at(start + i)), chunk);
            tot += delta;
            if (Math.abs(delta) < tolerance * chunk) {
                break;
            }
            if (count > 1000) {
                return tot;
            }
            x += chunk;
        }
        x = x0 - 1;
        double x1 = lb - 1;
        while (x - x1 > 0) {
            long size = (long) Math.min(chunk, Math.abs(x - x1));
            final double start = x;
            count += size;
            double delta = npSum(i -> entr(pmf.at(start - i)), size);
            tot += delta;
            if (Math.abs(delta) < tolerance * size) {
                break;
            }
            if (count > 1000) {
                break;
            }
            x -= size;
        }
        return tot;
    }

    /** poisson.pmf(k, mu) at a k of the support: clip(exp(xlogy(k, mu) - gammaln(k + 1) - mu), 0, 1). */
    private static double poissonPmf(double k, double mu) {
        double v = Math.exp(SpecialMath.xlogy(k, mu) - SpecialMath.gammaln(k + 1) - mu);
        return Math.min(1.0, Math.max(0.0, v));
    }

    /** poisson.entropy(mu): rv_discrete's sum from the median ceil(pdtrik(0.5, mu)) (one step down where due). */
    static double poissonEntropy(double mu) {
        if (!(mu >= 0) || Double.isInfinite(mu)) {
            return Double.NaN;
        }
        double vals = Math.ceil(pdtrik(0.5, mu));
        double vals1 = Math.max(vals - 1, 0);
        double x0 = SpecialIncompleteMath.pdtr(vals1, mu) >= 0.5 ? vals1 : vals;
        return expectEntropy(k -> poissonPmf(k, mu), 0, x0);
    }

    /** geom.entropy(p): rv_discrete's sum over k >= 1 from the median. */
    static double geomEntropy(double p) {
        if (!(p > 0 && p <= 1)) {
            return Double.NaN;
        }
        double vals = Math.ceil(Math.log1p(-0.5) / Math.log1p(-p));
        double temp = -Math.expm1(Math.log1p(-p) * Math.floor(vals - 1));
        double x0 = temp >= 0.5 && vals > 0 ? vals - 1 : vals;
        return expectEntropy(k -> Math.min(1.0, Math.max(0.0, NpMath.power(1 - p, k - 1) * p)), 1, x0);
    }

    /** binom's pmf as the distribution computes it (the library's special cases, else exp(_logpmf)). */
    private static double binomPmf(double k, double n, double p) {
        if (p == 0) {
            return k == 0 ? 1.0 : 0.0;
        }
        if (p == 1) {
            return k == n ? 1.0 : 0.0;
        }
        if (n == 0) {
            return 1.0;
        }
        if (k == 0) {
            return NpMath.power(1 - p, n);
        }
        if (k == n) {
            return NpMath.power(p, k);
        }
        double combiln = SpecialMath.gammaln(n + 1) - (SpecialMath.gammaln(k + 1) + SpecialMath.gammaln(n - k + 1));
        return Math.exp(combiln + SpecialMath.xlogy(k, p) + SpecialMath.xlog1py(n - k, -p));
    }

    /** binom._entropy(n, p): np.sum(entr(_pmf(np.r_[0:n + 1], n, p))). */
    static double binomEntropy(double n, double p) {
        if (!(n >= 0 && n == Math.rint(n) && p >= 0 && p <= 1) || Double.isInfinite(n)) {
            return Double.NaN;
        }
        return npSum(i -> entr(binomPmf(i, n, p)), arangeLength(0, n + 1));
    }

    /** hypergeom._entropy(M, n, N): np.sum(entr(pmf(np.r_[N - (M - n):min(n, N) + 1], M, n, N))). */
    static double hypergeomEntropy(double tot, double good, double draws) {
        if (!valid(0, tot, good, draws)) {
            return Double.NaN;
        }
        double start = draws - (tot - good);
        double a = Math.max(start, 0);
        double b = Math.min(good, draws);
        return npSum(i -> {
            double k = start + i;
            return entr(k >= a && k <= b ? pdfImp(k, good, draws, tot) : 0.0);
        }, arangeLength(start, Math.min(good, draws) + 1));
    }
}
