package org.sciaccel.integrate;

import static org.sciaccel.integrate.QuadRules.EPMACH;
import static org.sciaccel.integrate.QuadRules.OFLOW;
import static org.sciaccel.integrate.QuadRules.UFLOW;

import java.util.function.DoubleUnaryOperator;

/**
 * QUADPACK's adaptive drivers: qagse (finite range, with the epsilon algorithm), qagie (infinite
 * range), qagpe (break points), qawoe (cos/sin weight on a finite range), qawfe (Fourier integral on
 * [a, inf)), qawse (algebraico-logarithmic end-point weights) and qawce (Cauchy principal value).
 * Each follows the published routine step by step — the same bisection order, the same list
 * maintenance, the same extrapolation — so that it evaluates the integrand at the same points, the
 * same number of times, as SciPy's wrapper of it. Arrays are 1-based like the routines'.
 */
final class Quadpack {
    private Quadpack() {
    }

    /** One driver's answer: QUADPACK's result, abserr, neval, ier, last (lst for qawfe). */
    record Out(double result, double abserr, int neval, int ier, int last) {
    }

    /** The subdivision lists with the ordering of the error estimates. */
    private static final class Work {
        final double[] alist;
        final double[] blist;
        final double[] rlist;
        final double[] elist;
        final int[] iord;
        int maxerr;
        double errmax;
        int nrmax;

        Work(int limit) {
            int n = Math.max(limit, 1) + 2;
            alist = new double[n];
            blist = new double[n];
            rlist = new double[n];
            elist = new double[n];
            iord = new int[n];
        }

        /** qpsrt: keeps iord descending in elist and selects maxerr, the nrmax-th largest. */
        void psrt(int limit, int last) {
            if (last <= 2) {
                iord[1] = 1;
                iord[2] = 2;
            } else {
                double emax = elist[maxerr];
                if (nrmax != 1) {
                    int ido = nrmax - 1;
                    for (int i = 1; i <= ido; i++) {
                        int isucc = iord[nrmax - 1];
                        if (emax <= elist[isucc]) {
                            break;
                        }
                        iord[nrmax] = isucc;
                        nrmax = nrmax - 1;
                    }
                }
                int jupbn = last;
                if (last > limit / 2 + 2) {
                    jupbn = limit + 3 - last;
                }
                double errmin = elist[last];
                int jbnd = jupbn - 1;
                int ibeg = nrmax + 1;
                boolean inserted = false;
                if (ibeg <= jbnd) {
                    for (int i = ibeg; i <= jbnd; i++) {
                        int isucc = iord[i];
                        if (emax >= elist[isucc]) {
                            iord[i - 1] = maxerr;
                            int k = jbnd;
                            boolean placed = false;
                            for (int j = i; j <= jbnd; j++) {
                                isucc = iord[k];
                                if (errmin < elist[isucc]) {
                                    iord[k + 1] = last;
                                    placed = true;
                                    break;
                                }
                                iord[k + 1] = isucc;
                                k = k - 1;
                            }
                            if (!placed) {
                                iord[i] = last;
                            }
                            inserted = true;
                            break;
                        }
                        iord[i - 1] = isucc;
                    }
                }
                if (!inserted) {
                    iord[jbnd] = maxerr;
                    iord[jupbn] = last;
                }
            }
            maxerr = iord[nrmax];
            errmax = elist[maxerr];
        }

        /** Stores the two halves of the bisected interval maxerr, the larger error at maxerr. */
        void append(int last, double a1, double b1, double a2, double b2, double area1, double area2,
                double error1, double error2) {
            if (error2 > error1) {
                alist[maxerr] = a2;
                alist[last] = a1;
                blist[last] = b1;
                rlist[maxerr] = area2;
                rlist[last] = area1;
                elist[maxerr] = error2;
                elist[last] = error1;
            } else {
                alist[last] = a2;
                blist[maxerr] = b1;
                blist[last] = b2;
                elist[maxerr] = error1;
                elist[last] = error2;
            }
        }

        double sum(int last) {
            double s = 0;
            for (int k = 1; k <= last; k++) {
                s = s + rlist[k];
            }
            return s;
        }
    }

    /** qelg: Wynn's epsilon algorithm on the table of partial results, with its error estimate. */
    static final class Epsilon {
        final double[] epstab = new double[56];
        final double[] res3la = new double[4];
        int n;
        int nres;
        double result;
        double abserr;

        void extrapolate() {
            nres = nres + 1;
            abserr = OFLOW;
            result = epstab[n];
            if (n < 3) {
                abserr = Math.max(abserr, 5 * EPMACH * Math.abs(result));
                return;
            }
            int limexp = 50;
            epstab[n + 2] = epstab[n];
            int newelm = (n - 1) / 2;
            epstab[n] = OFLOW;
            int num = n;
            int k1 = n;
            boolean converged = false;
            for (int i = 1; i <= newelm; i++) {
                int k2 = k1 - 1;
                int k3 = k1 - 2;
                double res = epstab[k1 + 2];
                double e0 = epstab[k3];
                double e1 = epstab[k2];
                double e2 = res;
                double e1abs = Math.abs(e1);
                double delta2 = e2 - e1;
                double err2 = Math.abs(delta2);
                double tol2 = Math.max(Math.abs(e2), e1abs) * EPMACH;
                double delta3 = e1 - e0;
                double err3 = Math.abs(delta3);
                double tol3 = Math.max(e1abs, Math.abs(e0)) * EPMACH;
                if (err2 <= tol2 && err3 <= tol3) {
                    result = res;
                    abserr = err2 + err3;
                    converged = true;
                    break;
                }
                double e3 = epstab[k1];
                epstab[k1] = e1;
                double delta1 = e1 - e3;
                double err1 = Math.abs(delta1);
                double tol1 = Math.max(e1abs, Math.abs(e3)) * EPMACH;
                if (err1 <= tol1 || err2 <= tol2 || err3 <= tol3) {
                    n = i + i - 1;
                    break;
                }
                double ss = 1.0 / delta1 + 1.0 / delta2 - 1.0 / delta3;
                double epsinf = Math.abs(ss * e1);
                if (!(epsinf > 1e-4)) {
                    n = i + i - 1;
                    break;
                }
                res = e1 + 1.0 / ss;
                epstab[k1] = res;
                k1 = k1 - 2;
                double error = err2 + Math.abs(res - e2) + err3;
                if (error > abserr) {
                    continue;
                }
                abserr = error;
                result = res;
            }
            if (!converged) {
                if (n == limexp) {
                    n = 2 * (limexp / 2) - 1;
                }
                int ib = (num / 2) * 2 == num ? 2 : 1;
                int ie = newelm + 1;
                for (int i = 1; i <= ie; i++) {
                    int ib2 = ib + 2;
                    epstab[ib] = epstab[ib2];
                    ib = ib2;
                }
                if (num != n) {
                    int indx = num - n + 1;
                    for (int i = 1; i <= n; i++) {
                        epstab[i] = epstab[indx];
                        indx = indx + 1;
                    }
                }
                if (nres >= 4) {
                    abserr = Math.abs(result - res3la[3]) + Math.abs(result - res3la[2])
                            + Math.abs(result - res3la[1]);
                    res3la[1] = res3la[2];
                    res3la[2] = res3la[3];
                    res3la[3] = result;
                } else {
                    res3la[nres] = result;
                    abserr = OFLOW;
                }
            }
            abserr = Math.max(abserr, 5 * EPMACH * Math.abs(result));
        }
    }

    /** A local rule on (a, b): {result, abserr, resabs, resasc}. */
    private interface Rule {
        double[] apply(double a, double b);
    }

    private static boolean badTolerance(double epsabs, double epsrel) {
        return epsabs <= 0 && epsrel < Math.max(50 * EPMACH, 0.5e-28);
    }

    /** qagse on (a, b) with the 21-point rule. */
    static Out qagse(DoubleUnaryOperator f, double a, double b, double epsabs, double epsrel, int limit) {
        int[] last = new int[1];
        int[] ier = new int[1];
        double[] r = extrapolating((x, y) -> QuadRules.qk21(f, x, y), a, b, epsabs, epsrel, limit, last, ier);
        return new Out(r[0], r[1], 42 * last[0] - 21, ier[0], last[0]);
    }

    /** qagie on (bound, +inf) (inf 1), (-inf, bound) (inf -1) or (-inf, +inf) (inf 2). */
    static Out qagie(DoubleUnaryOperator f, double bound, int inf, double epsabs, double epsrel, int limit) {
        double boun = inf == 2 ? 0 : bound;
        int[] last = new int[1];
        int[] ier = new int[1];
        double[] r = extrapolating((x, y) -> QuadRules.qk15i(f, boun, inf, x, y), 0, 1, epsabs, epsrel, limit,
                last, ier);
        int neval = 30 * last[0] - 15;
        if (inf == 2) {
            neval = 2 * neval;
        }
        return new Out(r[0], r[1], neval, ier[0], last[0]);
    }

    /** The common body of qagse and qagie: bisection with extrapolation; answers {result, abserr}. */
    private static double[] extrapolating(Rule rule, double a, double b, double epsabs, double epsrel, int limit,
            int[] lastOut, int[] ierOut) {
        Work w = new Work(limit);
        int ier = 0;
        lastOut[0] = 0;
        w.alist[1] = a;
        w.blist[1] = b;
        if (badTolerance(epsabs, epsrel)) {
            ierOut[0] = 6;
            return new double[] {0, 0};
        }
        int ierro = 0;
        double[] r0 = rule.apply(a, b);
        double result = r0[0];
        double abserr = r0[1];
        double defabs = r0[2];
        double resabs = r0[3];
        double dres = Math.abs(result);
        double errbnd = Math.max(epsabs, epsrel * dres);
        int last = 1;
        w.rlist[1] = result;
        w.elist[1] = abserr;
        w.iord[1] = 1;
        if (abserr <= 100 * EPMACH * defabs && abserr > errbnd) {
            ier = 2;
        }
        if (limit == 1) {
            ier = 1;
        }
        if (ier != 0 || (abserr <= errbnd && abserr != resabs) || abserr == 0) {
            lastOut[0] = last;
            ierOut[0] = ier;
            return new double[] {result, abserr};
        }
        Epsilon eps = new Epsilon();
        eps.epstab[1] = result;
        w.errmax = abserr;
        w.maxerr = 1;
        double area = result;
        double errsum = abserr;
        abserr = OFLOW;
        w.nrmax = 1;
        eps.nres = 0;
        int numrl2 = 2;
        int ktmin = 0;
        boolean extrap = false;
        boolean noext = false;
        int iroff1 = 0;
        int iroff2 = 0;
        int iroff3 = 0;
        int ksgn = -1;
        if (dres >= (1 - 50 * EPMACH) * defabs) {
            ksgn = 1;
        }
        double small = 0;
        double erlarg = 0;
        double ertest = 0;
        double correc = 0;
        boolean sumAll = false; // label 115
        for (last = 2; last <= limit; last++) {
            double a1 = w.alist[w.maxerr];
            double b1 = 0.5 * (w.alist[w.maxerr] + w.blist[w.maxerr]);
            double a2 = b1;
            double b2 = w.blist[w.maxerr];
            double erlast = w.errmax;
            double[] r1 = rule.apply(a1, b1);
            double[] r2 = rule.apply(a2, b2);
            double area1 = r1[0];
            double error1 = r1[1];
            double defab1 = r1[3];
            double area2 = r2[0];
            double error2 = r2[1];
            double defab2 = r2[3];
            double area12 = area1 + area2;
            double erro12 = error1 + error2;
            errsum = errsum + erro12 - w.errmax;
            area = area + area12 - w.rlist[w.maxerr];
            if (!(defab1 == error1 || defab2 == error2)) {
                if (!(Math.abs(w.rlist[w.maxerr] - area12) > 1e-5 * Math.abs(area12) || erro12 < 0.99 * w.errmax)) {
                    if (extrap) {
                        iroff2 = iroff2 + 1;
                    } else {
                        iroff1 = iroff1 + 1;
                    }
                }
                if (last > 10 && erro12 > w.errmax) {
                    iroff3 = iroff3 + 1;
                }
            }
            w.rlist[w.maxerr] = area1;
            w.rlist[last] = area2;
            errbnd = Math.max(epsabs, epsrel * Math.abs(area));
            if (iroff1 + iroff2 >= 10 || iroff3 >= 20) {
                ier = 2;
            }
            if (iroff2 >= 5) {
                ierro = 3;
            }
            if (last == limit) {
                ier = 1;
            }
            if (Math.max(Math.abs(a1), Math.abs(b2)) <= (1 + 100 * EPMACH) * (Math.abs(a2) + 1000 * UFLOW)) {
                ier = 4;
            }
            w.append(last, a1, b1, a2, b2, area1, area2, error1, error2);
            w.psrt(limit, last);
            if (errsum <= errbnd) {
                sumAll = true;
                break;
            }
            if (ier != 0) {
                break;
            }
            if (last == 2) {
                small = Math.abs(b - a) * 0.375;
                erlarg = errsum;
                ertest = errbnd;
                eps.epstab[2] = area;
                continue;
            }
            if (noext) {
                continue;
            }
            erlarg = erlarg - erlast;
            if (Math.abs(b1 - a1) > small) {
                erlarg = erlarg + erro12;
            }
            if (!extrap) {
                if (Math.abs(w.blist[w.maxerr] - w.alist[w.maxerr]) > small) {
                    continue;
                }
                extrap = true;
                w.nrmax = 2;
            }
            if (!(ierro == 3 || erlarg <= ertest)) {
                int id = w.nrmax;
                int jupbnd = last;
                if (last > 2 + limit / 2) {
                    jupbnd = limit + 3 - last;
                }
                boolean larger = false;
                for (int k = id; k <= jupbnd; k++) {
                    w.maxerr = w.iord[w.nrmax];
                    w.errmax = w.elist[w.maxerr];
                    if (Math.abs(w.blist[w.maxerr] - w.alist[w.maxerr]) > small) {
                        larger = true;
                        break;
                    }
                    w.nrmax = w.nrmax + 1;
                }
                if (larger) {
                    continue;
                }
            }
            numrl2 = numrl2 + 1;
            eps.epstab[numrl2] = area;
            eps.n = numrl2;
            eps.extrapolate();
            numrl2 = eps.n;
            double reseps = eps.result;
            double abseps = eps.abserr;
            ktmin = ktmin + 1;
            if (ktmin > 5 && abserr < 1e-3 * errsum) {
                ier = 5;
            }
            if (abseps < abserr) {
                ktmin = 0;
                abserr = abseps;
                result = reseps;
                correc = erlarg;
                ertest = Math.max(epsabs, epsrel * Math.abs(reseps));
                if (abserr <= ertest) {
                    break;
                }
            }
            if (numrl2 == 1) {
                noext = true;
            }
            if (ier == 5) {
                break;
            }
            w.maxerr = w.iord[1];
            w.errmax = w.elist[w.maxerr];
            w.nrmax = 1;
            extrap = false;
            small = small * 0.5;
            erlarg = errsum;
        }
        lastOut[0] = last;
        if (!sumAll) {
            int[] state = {ier};
            double[] fin = finalResult(result, abserr, area, errsum, ierro, correc, ksgn, defabs, state, false);
            ier = state[0];
            if (fin != null) {
                ierOut[0] = ier > 2 ? ier - 1 : ier;
                return fin;
            }
        }
        ierOut[0] = ier > 2 ? ier - 1 : ier;
        return new double[] {w.sum(last), errsum};
    }

    /**
     * The closing tests of the extrapolating drivers (labels 100–110): answers {result, abserr}, or
     * null where the sum over the subintervals is the answer; state[0] is ier, updated.
     */
    private static double[] finalResult(double result, double abserr, double area, double errsum, int ierro,
            double correc, int ksgn, double defabs, int[] state, boolean qawoe) {
        int ier = state[0];
        if (abserr == OFLOW) {
            return null;
        }
        boolean divergence = true;
        if (ier + ierro != 0) {
            if (ierro == 3) {
                abserr = abserr + correc;
            }
            if (ier == 0) {
                ier = 3;
            }
            state[0] = ier;
            if (result != 0 && area != 0) {
                if (abserr / Math.abs(result) > errsum / Math.abs(area)) {
                    return null;
                }
            } else {
                if (abserr > errsum) {
                    return null;
                }
                if (area == 0) {
                    divergence = false;
                }
            }
        }
        if (divergence) {
            if (!(ksgn == -1 && Math.max(Math.abs(result), Math.abs(area)) <= defabs * 0.01)) {
                double q = result / area;
                if (0.01 > q || q > 100 || (qawoe ? errsum >= Math.abs(area) : errsum > Math.abs(area))) {
                    ier = 6;
                }
            }
        }
        state[0] = ier;
        return new double[] {result, abserr};
    }

    /**
     * qagpe on (a, b) with the break points {@code points} (npts2 = points.length + 2 in the
     * routine's terms; the points need not be sorted).
     */
    static Out qagpe(DoubleUnaryOperator f, double a, double b, double[] points, double epsabs, double epsrel,
            int limit) {
        int npts = points.length;
        int npts2 = npts + 2;
        Work w = new Work(Math.max(limit, npts2));
        int[] level = new int[Math.max(limit, npts2) + 2];
        int[] ndin = new int[npts2 + 2];
        double[] pts = new double[npts2 + 1];
        int ier = 0;
        if (npts2 < 2 || limit <= npts || badTolerance(epsabs, epsrel)) {
            return new Out(0, 0, 0, 6, 0);
        }
        double sign = a > b ? -1 : 1;
        pts[1] = Math.min(a, b);
        for (int i = 1; i <= npts; i++) {
            pts[i + 1] = points[i - 1];
        }
        pts[npts + 2] = Math.max(a, b);
        int nint = npts + 1;
        double a1 = pts[1];
        if (npts != 0) {
            int nintp1 = nint + 1;
            for (int i = 1; i <= nint; i++) {
                for (int j = i + 1; j <= nintp1; j++) {
                    if (pts[i] > pts[j]) {
                        double temp = pts[i];
                        pts[i] = pts[j];
                        pts[j] = temp;
                    }
                }
            }
            if (pts[1] != Math.min(a, b) || pts[nintp1] != Math.max(a, b)) {
                return new Out(0, 0, 0, 6, 0);
            }
        }
        double resabs = 0;
        double result = 0;
        double abserr = 0;
        for (int i = 1; i <= nint; i++) {
            double b1 = pts[i + 1];
            double[] r = QuadRules.qk21(f, a1, b1);
            double area1 = r[0];
            double error1 = r[1];
            abserr = abserr + error1;
            result = result + area1;
            ndin[i] = 0;
            if (error1 == r[3] && error1 != 0) {
                ndin[i] = 1;
            }
            resabs = resabs + r[2];
            level[i] = 0;
            w.elist[i] = error1;
            w.alist[i] = a1;
            w.blist[i] = b1;
            w.rlist[i] = area1;
            w.iord[i] = i;
            a1 = b1;
        }
        double errsum = 0;
        for (int i = 1; i <= nint; i++) {
            if (ndin[i] == 1) {
                w.elist[i] = abserr;
            }
            errsum = errsum + w.elist[i];
        }
        int last = nint;
        int neval = 21 * nint;
        double dres = Math.abs(result);
        double errbnd = Math.max(epsabs, epsrel * dres);
        if (abserr <= 100 * EPMACH * resabs && abserr > errbnd) {
            ier = 2;
        }
        if (nint != 1) {
            for (int i = 1; i <= npts; i++) {
                int jlow = i + 1;
                int ind1 = w.iord[i];
                int k = 0;
                for (int j = jlow; j <= nint; j++) {
                    int ind2 = w.iord[j];
                    if (w.elist[ind1] > w.elist[ind2]) {
                        continue;
                    }
                    ind1 = ind2;
                    k = j;
                }
                if (ind1 == w.iord[i]) {
                    continue;
                }
                w.iord[k] = w.iord[i];
                w.iord[i] = ind1;
            }
            if (limit < npts2) {
                ier = 1;
            }
        }
        if (ier != 0 || abserr <= errbnd) {
            return new Out(result * sign, abserr, neval, ier > 2 ? ier - 1 : ier, last);
        }
        Epsilon eps = new Epsilon();
        eps.epstab[1] = result;
        w.maxerr = w.iord[1];
        w.errmax = w.elist[w.maxerr];
        double area = result;
        w.nrmax = 1;
        int numrl2 = 1;
        int ktmin = 0;
        boolean extrap = false;
        boolean noext = false;
        double erlarg = errsum;
        double ertest = errbnd;
        int levmax = 1;
        int iroff1 = 0;
        int iroff2 = 0;
        int iroff3 = 0;
        int ierro = 0;
        abserr = OFLOW;
        int ksgn = -1;
        if (dres >= (1 - 50 * EPMACH) * resabs) {
            ksgn = 1;
        }
        double correc = 0;
        boolean sumAll = false;
        for (last = npts2; last <= limit; last++) {
            int levcur = level[w.maxerr] + 1;
            a1 = w.alist[w.maxerr];
            double b1 = 0.5 * (w.alist[w.maxerr] + w.blist[w.maxerr]);
            double a2 = b1;
            double b2 = w.blist[w.maxerr];
            double erlast = w.errmax;
            double[] r1 = QuadRules.qk21(f, a1, b1);
            double[] r2 = QuadRules.qk21(f, a2, b2);
            double area1 = r1[0];
            double error1 = r1[1];
            double defab1 = r1[3];
            double area2 = r2[0];
            double error2 = r2[1];
            double defab2 = r2[3];
            neval = neval + 42;
            double area12 = area1 + area2;
            double erro12 = error1 + error2;
            errsum = errsum + erro12 - w.errmax;
            area = area + area12 - w.rlist[w.maxerr];
            if (!(defab1 == error1 || defab2 == error2)) {
                if (!(Math.abs(w.rlist[w.maxerr] - area12) > 1e-5 * Math.abs(area12) || erro12 < 0.99 * w.errmax)) {
                    if (extrap) {
                        iroff2 = iroff2 + 1;
                    } else {
                        iroff1 = iroff1 + 1;
                    }
                }
                if (last > 10 && erro12 > w.errmax) {
                    iroff3 = iroff3 + 1;
                }
            }
            level[w.maxerr] = levcur;
            level[last] = levcur;
            w.rlist[w.maxerr] = area1;
            w.rlist[last] = area2;
            errbnd = Math.max(epsabs, epsrel * Math.abs(area));
            if (iroff1 + iroff2 >= 10 || iroff3 >= 20) {
                ier = 2;
            }
            if (iroff2 >= 5) {
                ierro = 3;
            }
            if (last == limit) {
                ier = 1;
            }
            if (Math.max(Math.abs(a1), Math.abs(b2)) <= (1 + 100 * EPMACH) * (Math.abs(a2) + 1000 * UFLOW)) {
                ier = 4;
            }
            w.append(last, a1, b1, a2, b2, area1, area2, error1, error2);
            w.psrt(limit, last);
            if (errsum <= errbnd) {
                sumAll = true;
                break;
            }
            if (ier != 0) {
                break;
            }
            if (noext) {
                continue;
            }
            erlarg = erlarg - erlast;
            if (levcur + 1 <= levmax) {
                erlarg = erlarg + erro12;
            }
            if (!extrap) {
                if (level[w.maxerr] + 1 <= levmax) {
                    continue;
                }
                extrap = true;
                w.nrmax = 2;
            }
            if (!(ierro == 3 || erlarg <= ertest)) {
                int id = w.nrmax;
                int jupbnd = last;
                if (last > 2 + limit / 2) {
                    jupbnd = limit + 3 - last;
                }
                boolean larger = false;
                for (int k = id; k <= jupbnd; k++) {
                    w.maxerr = w.iord[w.nrmax];
                    w.errmax = w.elist[w.maxerr];
                    if (level[w.maxerr] + 1 <= levmax) {
                        larger = true;
                        break;
                    }
                    w.nrmax = w.nrmax + 1;
                }
                if (larger) {
                    continue;
                }
            }
            numrl2 = numrl2 + 1;
            eps.epstab[numrl2] = area;
            if (numrl2 > 2) {
                eps.n = numrl2;
                eps.extrapolate();
                numrl2 = eps.n;
                double reseps = eps.result;
                double abseps = eps.abserr;
                ktmin = ktmin + 1;
                if (ktmin > 5 && abserr < 1e-3 * errsum) {
                    ier = 5;
                }
                if (abseps < abserr) {
                    ktmin = 0;
                    abserr = abseps;
                    result = reseps;
                    correc = erlarg;
                    ertest = Math.max(epsabs, epsrel * Math.abs(reseps));
                    if (abserr < ertest) {
                        break;
                    }
                }
                if (numrl2 == 1) {
                    noext = true;
                }
                if (ier >= 5) {
                    break;
                }
            }
            w.maxerr = w.iord[1];
            w.errmax = w.elist[w.maxerr];
            w.nrmax = 1;
            extrap = false;
            levmax = levmax + 1;
            erlarg = errsum;
        }
        if (last > limit) {
            last = limit;
        }
        double res;
        double err;
        double[] fin = null;
        if (!sumAll) {
            int[] state = {ier};
            fin = finalResult(result, abserr, area, errsum, ierro, correc, ksgn, resabs, state, false);
            ier = state[0];
        }
        if (fin != null) {
            res = fin[0];
            err = fin[1];
        } else {
            res = w.sum(last);
            err = errsum;
        }
        return new Out(res * sign, err, neval, ier > 2 ? ier - 1 : ier, last);
    }

    /**
     * qawoe: the integral of f(x) cos(omega x) (integr 1) or f(x) sin(omega x) (integr 2) over
     * (a, b); {@code icall} > 1 reuses the moments in {@code mom} (qawfe's later cycles).
     */
    static Out qawoe(DoubleUnaryOperator f, double a, double b, double omega, int integr, double epsabs,
            double epsrel, int limit, int icall, QuadRules.FourierMoments mom) {
        Work w = new Work(limit);
        int[] nnlog = new int[Math.max(limit, 1) + 2];
        int ier = 0;
        w.alist[1] = a;
        w.blist[1] = b;
        if ((integr != 1 && integr != 2) || badTolerance(epsabs, epsrel) || icall < 1 || mom.maxp1 < 1) {
            return new Out(0, 0, 0, 6, 0);
        }
        double domega = Math.abs(omega);
        int nrmom = 0;
        if (icall <= 1) {
            mom.momcom = 0;
        }
        double[] r0 = QuadRules.qc25f(f, a, b, domega, integr, nrmom, 0, mom);
        double result = r0[0];
        double abserr = r0[1];
        int neval = (int) r0[4];
        double defabs = r0[2];
        double dres = Math.abs(result);
        double errbnd = Math.max(epsabs, epsrel * dres);
        w.rlist[1] = result;
        w.elist[1] = abserr;
        w.iord[1] = 1;
        if (abserr <= 100 * EPMACH * defabs && abserr > errbnd) {
            ier = 2;
        }
        if (limit == 1) {
            ier = 1;
        }
        int last = 1;
        if (ier != 0 || abserr <= errbnd) {
            // the routine leaves last at 0 on this exit (SciPy reports it so)
            return new Out(sign(result, integr, omega), abserr, neval, ier, 0);
        }
        w.errmax = abserr;
        w.maxerr = 1;
        double area = result;
        double errsum = abserr;
        abserr = OFLOW;
        w.nrmax = 1;
        boolean extrap = false;
        boolean noext = false;
        int ierro = 0;
        int iroff1 = 0;
        int iroff2 = 0;
        int iroff3 = 0;
        int ktmin = 0;
        double small = Math.abs(b - a) * 0.75;
        Epsilon eps = new Epsilon();
        int numrl2 = 0;
        boolean extall = false;
        if (!(0.5 * Math.abs(b - a) * domega > 2)) {
            numrl2 = 1;
            extall = true;
            eps.epstab[1] = result;
        }
        if (0.25 * Math.abs(b - a) * domega <= 2) {
            extall = true;
        }
        int ksgn = -1;
        if (dres >= (1 - 50 * EPMACH) * defabs) {
            ksgn = 1;
        }
        double erlarg = 0;
        double ertest = 0;
        double correc = 0;
        boolean sumAll = false;
        for (last = 2; last <= limit; last++) {
            nrmom = nnlog[w.maxerr] + 1;
            double a1 = w.alist[w.maxerr];
            double b1 = 0.5 * (w.alist[w.maxerr] + w.blist[w.maxerr]);
            double a2 = b1;
            double b2 = w.blist[w.maxerr];
            double erlast = w.errmax;
            double[] r1 = QuadRules.qc25f(f, a1, b1, domega, integr, nrmom, 0, mom);
            neval = neval + (int) r1[4];
            double[] r2 = QuadRules.qc25f(f, a2, b2, domega, integr, nrmom, 1, mom);
            neval = neval + (int) r2[4];
            double area1 = r1[0];
            double error1 = r1[1];
            double defab1 = r1[3];
            double area2 = r2[0];
            double error2 = r2[1];
            double defab2 = r2[3];
            double area12 = area1 + area2;
            double erro12 = error1 + error2;
            errsum = errsum + erro12 - w.errmax;
            area = area + area12 - w.rlist[w.maxerr];
            if (!(defab1 == error1 || defab2 == error2)) {
                if (!(Math.abs(w.rlist[w.maxerr] - area12) > 1e-5 * Math.abs(area12) || erro12 < 0.99 * w.errmax)) {
                    if (extrap) {
                        iroff2 = iroff2 + 1;
                    } else {
                        iroff1 = iroff1 + 1;
                    }
                }
                if (last > 10 && erro12 > w.errmax) {
                    iroff3 = iroff3 + 1;
                }
            }
            w.rlist[w.maxerr] = area1;
            w.rlist[last] = area2;
            nnlog[w.maxerr] = nrmom;
            nnlog[last] = nrmom;
            errbnd = Math.max(epsabs, epsrel * Math.abs(area));
            if (iroff1 + iroff2 >= 10 || iroff3 >= 20) {
                ier = 2;
            }
            if (iroff2 >= 5) {
                ierro = 3;
            }
            if (last == limit) {
                ier = 1;
            }
            if (Math.max(Math.abs(a1), Math.abs(b2)) <= (1 + 100 * EPMACH) * (Math.abs(a2) + 1000 * UFLOW)) {
                ier = 4;
            }
            w.append(last, a1, b1, a2, b2, area1, area2, error1, error2);
            w.psrt(limit, last);
            if (errsum <= errbnd) {
                sumAll = true;
                break;
            }
            if (ier != 0) {
                break;
            }
            if (last == 2 && extall) {
                small = small * 0.5;
                numrl2 = numrl2 + 1;
                eps.epstab[numrl2] = area;
                ertest = errbnd;
                erlarg = errsum;
                continue;
            }
            if (noext) {
                continue;
            }
            boolean toExtrapolation = false; // label 70
            if (extall) {
                erlarg = erlarg - erlast;
                if (Math.abs(b1 - a1) > small) {
                    erlarg = erlarg + erro12;
                }
                toExtrapolation = extrap;
            }
            if (!toExtrapolation) {
                double width = Math.abs(w.blist[w.maxerr] - w.alist[w.maxerr]);
                if (width > small) {
                    continue;
                }
                if (!extall) {
                    small = small * 0.5;
                    if (0.25 * width * domega > 2) {
                        continue;
                    }
                    extall = true;
                    ertest = errbnd;
                    erlarg = errsum;
                    continue;
                }
                extrap = true;
                w.nrmax = 2;
            }
            if (!(ierro == 3 || erlarg <= ertest)) {
                int jupbnd = last;
                if (last > limit / 2 + 2) {
                    jupbnd = limit + 3 - last;
                }
                int id = w.nrmax;
                boolean larger = false;
                for (int k = id; k <= jupbnd; k++) {
                    w.maxerr = w.iord[w.nrmax];
                    w.errmax = w.elist[w.maxerr];
                    if (Math.abs(w.blist[w.maxerr] - w.alist[w.maxerr]) > small) {
                        larger = true;
                        break;
                    }
                    w.nrmax = w.nrmax + 1;
                }
                if (larger) {
                    continue;
                }
            }
            numrl2 = numrl2 + 1;
            eps.epstab[numrl2] = area;
            if (numrl2 >= 3) {
                eps.n = numrl2;
                eps.extrapolate();
                numrl2 = eps.n;
                double reseps = eps.result;
                double abseps = eps.abserr;
                ktmin = ktmin + 1;
                if (ktmin > 5 && abserr < 1e-3 * errsum) {
                    ier = 5;
                }
                if (abseps < abserr) {
                    ktmin = 0;
                    abserr = abseps;
                    result = reseps;
                    correc = erlarg;
                    ertest = Math.max(epsabs, epsrel * Math.abs(reseps));
                    if (abserr <= ertest) {
                        break;
                    }
                }
                if (numrl2 == 1) {
                    noext = true;
                }
                if (ier == 5) {
                    break;
                }
            }
            w.maxerr = w.iord[1];
            w.errmax = w.elist[w.maxerr];
            w.nrmax = 1;
            extrap = false;
            small = small * 0.5;
            erlarg = errsum;
        }
        if (last > limit) {
            last = limit;
        }
        double res;
        double err;
        double[] fin = null;
        if (!sumAll && !(abserr == OFLOW || eps.nres == 0)) {
            int[] state = {ier};
            fin = finalResult(result, abserr, area, errsum, ierro, correc, ksgn, defabs, state, true);
            ier = state[0];
        }
        if (fin != null) {
            res = fin[0];
            err = fin[1];
        } else {
            res = w.sum(last);
            err = errsum;
        }
        if (ier > 2) {
            ier = ier - 1;
        }
        return new Out(sign(res, integr, omega), err, neval, ier, last);
    }

    private static double sign(double result, int integr, double omega) {
        return integr == 2 && omega < 0 ? -result : result;
    }

    /**
     * qawfe: the Fourier integral of f(x) cos(omega x) or f(x) sin(omega x) over (a, +inf), summed
     * over cycles of length (2 int(|omega|) + 1) pi / |omega| and extrapolated; {@code last} of the
     * answer is lst, the number of cycles.
     */
    static Out qawfe(DoubleUnaryOperator f, double a, double omega, int integr, double epsabs, int limlst,
            int limit, int maxp1) {
        if ((integr != 1 && integr != 2) || epsabs <= 0 || limlst < 3) {
            return new Out(0, 0, 0, 6, 0);
        }
        if (omega == 0) {
            if (integr == 1) {
                Out o = qagie(f, 0.0, 1, epsabs, 0.0, limit);
                return new Out(o.result(), o.abserr(), o.neval(), o.ier(), 1);
            }
            return new Out(0, 0, 0, 0, 1);
        }
        double p = 0.9;
        double pi = 3.14159265358979323846264338327950;
        double[] rslst = new double[limlst + 1];
        double[] erlst = new double[limlst + 1];
        int[] ierlst = new int[limlst + 1];
        QuadRules.FourierMoments mom = new QuadRules.FourierMoments(maxp1);
        Epsilon eps = new Epsilon();
        long l = (long) Math.abs(omega);
        double dl = 2 * l + 1;
        double cycle = dl * pi / Math.abs(omega);
        int ier = 0;
        int ktmin = 0;
        int neval = 0;
        int numrl2 = 0;
        double c1 = a;
        double c2 = cycle + a;
        double p1 = 1 - p;
        double epsv = epsabs;
        if (epsabs > UFLOW / p1) {
            epsv = epsabs * p1;
        }
        double ep = epsv;
        double fact = 1;
        double correc = 0;
        double abserr = 0;
        double errsum = 0;
        double result = 0;
        double drl = 0;
        int ll = 0;
        int lst;
        boolean partial = false; // label 80
        boolean done = false; // label 60
        for (lst = 1; lst <= limlst; lst++) {
            double epsa = epsv * fact;
            Out o = qawoe(f, c1, c2, omega, integr, epsa, 0.0, limit, lst, mom);
            rslst[lst] = o.result();
            erlst[lst] = o.abserr();
            ierlst[lst] = o.ier();
            neval = neval + o.neval();
            fact = fact * p;
            errsum = errsum + erlst[lst];
            drl = 50 * Math.abs(rslst[lst]);
            if (errsum + drl <= epsabs && lst >= 6) {
                partial = true;
                break;
            }
            correc = Math.max(correc, erlst[lst]);
            if (ierlst[lst] != 0) {
                epsv = Math.max(ep, correc * p1);
                ier = 7;
            }
            if (ier == 7 && errsum + drl <= correc * 10 && lst > 5) {
                partial = true;
                break;
            }
            numrl2 = numrl2 + 1;
            if (lst > 1) {
                eps.epstab[numrl2] = eps.epstab[ll] + rslst[lst];
                if (lst != 2) {
                    if (lst == limlst) {
                        ier = 1;
                    }
                    eps.n = numrl2;
                    eps.extrapolate();
                    numrl2 = eps.n;
                    double reseps = eps.result;
                    double abseps = eps.abserr;
                    ktmin = ktmin + 1;
                    if (ktmin >= 15 && abserr <= 1e-3 * (errsum + drl)) {
                        ier = 4;
                    }
                    boolean skip = abseps > abserr && lst != 3;
                    if (!skip) {
                        abserr = abseps;
                        result = reseps;
                        ktmin = 0;
                        if (abserr + 10 * correc <= epsabs || (abserr <= epsabs && 10 * correc >= epsabs)) {
                            done = true;
                            break;
                        }
                    }
                    if (ier != 0 && ier != 7) {
                        done = true;
                        break;
                    }
                }
            } else {
                eps.epstab[1] = rslst[1];
            }
            ll = numrl2;
            c1 = c2;
            c2 = c2 + cycle;
        }
        if (lst > limlst) {
            lst = limlst;
        }
        double psumLast = eps.epstab[numrl2];
        if (!partial) {
            abserr = abserr + 10 * correc;
            if (ier == 0) {
                return new Out(result, abserr, neval, ier, lst);
            }
            boolean test70 = true;
            if (!(result != 0 && psumLast != 0)) {
                if (abserr > errsum) {
                    partial = true;
                    test70 = false;
                } else if (psumLast == 0) {
                    return new Out(result, abserr, neval, ier, lst);
                }
            }
            if (test70 && !partial) {
                if (abserr / Math.abs(result) > (errsum + drl) / Math.abs(psumLast)) {
                    partial = true;
                } else {
                    if (ier >= 1 && ier != 7) {
                        abserr = abserr + drl;
                    }
                    return new Out(result, abserr, neval, ier, lst);
                }
            }
        }
        return new Out(psumLast, errsum + drl, neval, ier, lst);
    }

    /**
     * qawse: the integral of f(x) (x-a)^alfa (b-x)^beta w(x) over (a, b), w 1, log(x-a), log(b-x) or
     * log(x-a) log(b-x) for integr 1..4.
     */
    static Out qawse(DoubleUnaryOperator f, double a, double b, double alfa, double beta, int integr, double epsabs,
            double epsrel, int limit) {
        if (b <= a || (epsabs == 0 && epsrel < Math.max(50 * EPMACH, 0.5e-28)) || alfa <= -1 || beta <= -1
                || integr < 1 || integr > 4 || limit < 2) {
            return new Out(0, 0, 0, 6, 0);
        }
        Work w = new Work(limit);
        int ier = 0;
        double[][] mom = QuadRules.qmomo(alfa, beta, integr);
        double centre = 0.5 * (b + a);
        double[] r1 = QuadRules.qc25s(f, a, b, a, centre, alfa, beta, mom, integr);
        int neval = (int) r1[3];
        double[] r2 = QuadRules.qc25s(f, a, b, centre, b, alfa, beta, mom, integr);
        int last = 2;
        neval = neval + (int) r2[3];
        double area1 = r1[0];
        double error1 = r1[1];
        double area2 = r2[0];
        double error2 = r2[1];
        double resas1 = r1[2];
        double resas2 = r2[2];
        double result = area1 + area2;
        double abserr = error1 + error2;
        double errbnd = Math.max(epsabs, epsrel * Math.abs(result));
        if (error2 > error1) {
            w.alist[1] = centre;
            w.alist[2] = a;
            w.blist[1] = b;
            w.blist[2] = centre;
            w.rlist[1] = area2;
            w.rlist[2] = area1;
            w.elist[1] = error2;
            w.elist[2] = error1;
        } else {
            w.alist[1] = a;
            w.alist[2] = centre;
            w.blist[1] = centre;
            w.blist[2] = b;
            w.rlist[1] = area1;
            w.rlist[2] = area2;
            w.elist[1] = error1;
            w.elist[2] = error2;
        }
        w.iord[1] = 1;
        w.iord[2] = 2;
        if (limit == 2) {
            ier = 1;
        }
        if (abserr <= errbnd || ier == 1) {
            return new Out(result, abserr, neval, ier, last);
        }
        w.errmax = w.elist[1];
        w.maxerr = 1;
        w.nrmax = 1;
        double area = result;
        double errsum = abserr;
        int iroff1 = 0;
        int iroff2 = 0;
        for (last = 3; last <= limit; last++) {
            double a1 = w.alist[w.maxerr];
            double b1 = 0.5 * (w.alist[w.maxerr] + w.blist[w.maxerr]);
            double a2 = b1;
            double b2 = w.blist[w.maxerr];
            r1 = QuadRules.qc25s(f, a, b, a1, b1, alfa, beta, mom, integr);
            neval = neval + (int) r1[3];
            r2 = QuadRules.qc25s(f, a, b, a2, b2, alfa, beta, mom, integr);
            neval = neval + (int) r2[3];
            area1 = r1[0];
            error1 = r1[1];
            area2 = r2[0];
            error2 = r2[1];
            if (r1[3] == 15) {
                resas1 = r1[2];
            }
            if (r2[3] == 15) {
                resas2 = r2[2];
            }
            double area12 = area1 + area2;
            double erro12 = error1 + error2;
            errsum = errsum + erro12 - w.errmax;
            area = area + area12 - w.rlist[w.maxerr];
            if (!(a == a1 || b == b2) && !(resas1 == error1 || resas2 == error2)) {
                if (Math.abs(w.rlist[w.maxerr] - area12) < 1e-5 * Math.abs(area12) && erro12 >= 0.99 * w.errmax) {
                    iroff1 = iroff1 + 1;
                }
                if (last > 10 && erro12 > w.errmax) {
                    iroff2 = iroff2 + 1;
                }
            }
            w.rlist[w.maxerr] = area1;
            w.rlist[last] = area2;
            errbnd = Math.max(epsabs, epsrel * Math.abs(area));
            if (!(errsum <= errbnd)) {
                if (last == limit) {
                    ier = 1;
                }
                if (iroff1 >= 6 || iroff2 >= 20) {
                    ier = 2;
                }
                if (Math.max(Math.abs(a1), Math.abs(b2)) <= (1 + 100 * EPMACH) * (Math.abs(a2) + 1000 * UFLOW)) {
                    ier = 3;
                }
            }
            w.append(last, a1, b1, a2, b2, area1, area2, error1, error2);
            w.psrt(limit, last);
            if (ier != 0 || errsum <= errbnd) {
                break;
            }
        }
        if (last > limit) {
            last = limit;
        }
        return new Out(w.sum(last), errsum, neval, ier, last);
    }

    /** qawce: the Cauchy principal value of the integral of f(x)/(x-c) over (a, b). */
    static Out qawce(DoubleUnaryOperator f, double a, double b, double c, double epsabs, double epsrel, int limit) {
        Work w = new Work(limit);
        int ier = 0;
        if (c == a || c == b || badTolerance(epsabs, epsrel)) {
            return new Out(0, 0, 0, 6, 0);
        }
        double aa = a;
        double bb = b;
        if (a > b) {
            aa = b;
            bb = a;
        }
        int[] krule = {1};
        double[] r0 = QuadRules.qc25c(f, aa, bb, c, krule);
        double result = r0[0];
        double abserr = r0[1];
        int neval = (int) r0[2];
        int last = 1;
        w.rlist[1] = result;
        w.elist[1] = abserr;
        w.iord[1] = 1;
        w.alist[1] = a;
        w.blist[1] = b;
        double errbnd = Math.max(epsabs, epsrel * Math.abs(result));
        if (limit == 1) {
            ier = 1;
        }
        if (abserr < Math.min(0.01 * Math.abs(result), errbnd) || ier == 1) {
            return new Out(aa == b ? -result : result, abserr, neval, ier, last);
        }
        w.alist[1] = aa;
        w.blist[1] = bb;
        w.rlist[1] = result;
        w.errmax = abserr;
        w.maxerr = 1;
        double area = result;
        double errsum = abserr;
        w.nrmax = 1;
        int iroff1 = 0;
        int iroff2 = 0;
        for (last = 2; last <= limit; last++) {
            double a1 = w.alist[w.maxerr];
            double b1 = 0.5 * (w.alist[w.maxerr] + w.blist[w.maxerr]);
            double b2 = w.blist[w.maxerr];
            if (c <= b1 && c > a1) {
                b1 = 0.5 * (c + b2);
            }
            if (c > b1 && c < b2) {
                b1 = 0.5 * (a1 + c);
            }
            double a2 = b1;
            krule[0] = 2;
            double[] r1 = QuadRules.qc25c(f, a1, b1, c, krule);
            neval = neval + (int) r1[2];
            double[] r2 = QuadRules.qc25c(f, a2, b2, c, krule);
            neval = neval + (int) r2[2];
            double area1 = r1[0];
            double error1 = r1[1];
            double area2 = r2[0];
            double error2 = r2[1];
            double area12 = area1 + area2;
            double erro12 = error1 + error2;
            errsum = errsum + erro12 - w.errmax;
            area = area + area12 - w.rlist[w.maxerr];
            if (Math.abs(w.rlist[w.maxerr] - area12) < 1e-5 * Math.abs(area12) && erro12 >= 0.99 * w.errmax
                    && krule[0] == 0) {
                iroff1 = iroff1 + 1;
            }
            if (last > 10 && erro12 > w.errmax && krule[0] == 0) {
                iroff2 = iroff2 + 1;
            }
            w.rlist[w.maxerr] = area1;
            w.rlist[last] = area2;
            errbnd = Math.max(epsabs, epsrel * Math.abs(area));
            if (!(errsum <= errbnd)) {
                if (iroff1 >= 6 && iroff2 > 20) {
                    ier = 2;
                }
                if (last == limit) {
                    ier = 1;
                }
                if (Math.max(Math.abs(a1), Math.abs(b2)) <= (1 + 100 * EPMACH) * (Math.abs(a2) + 1000 * UFLOW)) {
                    ier = 3;
                }
            }
            w.append(last, a1, b1, a2, b2, area1, area2, error1, error2);
            w.psrt(limit, last);
            if (ier != 0 || errsum <= errbnd) {
                break;
            }
        }
        if (last > limit) {
            last = limit;
        }
        result = w.sum(last);
        return new Out(aa == b ? -result : result, errsum, neval, ier, last);
    }
}
