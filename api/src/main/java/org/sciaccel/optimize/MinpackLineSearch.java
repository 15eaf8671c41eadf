package org.sciaccel.optimize;

/**
 * The Moré–Thuente line search of MINPACK-2 ({@code dcsrch} with its safeguarded step {@code dcstep};
 * J. J. Moré and D. J. Thuente, "Line search algorithms with guaranteed sufficient decrease",
 * ACM TOMS 20 (1994)), in its reverse-communication form: the caller evaluates φ(stp) and φ'(stp),
 * calls {@link #iterate}, and gets either {@link Task#FG} with the next step in {@link #step()} or
 * a final task. L-BFGS-B 3.0 runs it with ftol = 1e-3, gtol = 0.9, xtol = 0.1; SciPy's
 * {@code line_search_wolfe1} with its own constants.
 *
 * <p>One instance keeps its state between searches, as the Fortran keeps {@code isave}/{@code dsave}:
 * a search that starts with an input error goes on from the previous search's state, as there.
 */
final class MinpackLineSearch {
    private static final double XTRAPL = 1.1;
    private static final double XTRAPU = 4.0;

    /** What the search asks for, or how it ended ({@code task} of dcsrch). */
    enum Task {
        /** Evaluate φ and φ' at {@link #step()} and call {@link #iterate} again. */
        FG,
        CONVERGENCE,
        WARNING_ROUNDING_ERRORS,
        WARNING_XTOL,
        WARNING_STPMAX,
        WARNING_STPMIN,
        ERROR;

        boolean done() {
            return this != FG && this != ERROR;
        }
    }

    private final double ftol;
    private final double gtol;
    private final double xtol;
    private boolean brackt;
    private int stage;
    private double ginit;
    private double gtest;
    private double gx;
    private double gy;
    private double finit;
    private double fx;
    private double fy;
    private double stx;
    private double sty;
    private double stmin;
    private double stmax;
    private double width;
    private double width1;
    private double stp;
    private double stpmin;
    private double stpmax;
    private boolean started;

    MinpackLineSearch(double ftol, double gtol, double xtol) {
        this.ftol = ftol;
        this.gtol = gtol;
        this.xtol = xtol;
    }

    /** The step the search asks φ at, or settled on. */
    double step() {
        return stp;
    }

    /**
     * Starts a search at step {@code stp0} with φ(0) = {@code f}, φ'(0) = {@code g} ({@code task='START'}).
     * Returns {@link Task#FG} (evaluate at {@link #step()}) or {@link Task#ERROR} for an invalid start.
     */
    Task start(double f, double g, double stp0, double stpmin, double stpmax) {
        this.stp = stp0;
        this.stpmin = stpmin;
        this.stpmax = stpmax;
        if (stp0 < stpmin || stp0 > stpmax || g >= 0 || ftol < 0 || gtol < 0 || xtol < 0 || stpmin < 0
                || stpmax < stpmin) {
            return Task.ERROR;
        }
        started = true;
        brackt = false;
        stage = 1;
        finit = f;
        ginit = g;
        gtest = ftol * ginit;
        width = stpmax - stpmin;
        width1 = width / 0.5;
        stx = 0;
        fx = finit;
        gx = ginit;
        sty = 0;
        fy = finit;
        gy = ginit;
        stmin = 0;
        stmax = stp + XTRAPU * stp;
        return Task.FG;
    }

    /** Given φ(stp) = {@code f} and φ'(stp) = {@code g}, the next task (and step). */
    Task iterate(double f, double g) {
        if (!started) {
            return Task.ERROR;
        }
        double ftest = finit + stp * gtest;
        if (stage == 1 && f <= ftest && g >= 0) {
            stage = 2;
        }
        Task task = Task.FG;
        if (brackt && (stp <= stmin || stp >= stmax)) {
            task = Task.WARNING_ROUNDING_ERRORS;
        }
        if (brackt && stmax - stmin <= xtol * stmax) {
            task = Task.WARNING_XTOL;
        }
        if (stp == stpmax && f <= ftest && g <= gtest) {
            task = Task.WARNING_STPMAX;
        }
        if (stp == stpmin && (f > ftest || g >= gtest)) {
            task = Task.WARNING_STPMIN;
        }
        if (f <= ftest && Math.abs(g) <= gtol * (-ginit)) {
            task = Task.CONVERGENCE;
        }
        if (task != Task.FG) {
            return task;
        }
        // In the first stage, while a lower value has been found without sufficient decrease,
        // step on the modified function ψ(α) = φ(α) - φ(0) - α·ftol·φ'(0) (Moré–Thuente §3).
        if (stage == 1 && f <= fx && f > ftest) {
            double fm = f - stp * gtest;
            double fxm = fx - stx * gtest;
            double fym = fy - sty * gtest;
            double gm = g - gtest;
            double gxm = gx - gtest;
            double gym = gy - gtest;
            double[] s = {stx, fxm, gxm, sty, fym, gym};
            dcstep(s, fm, gm);
            fx = s[1] + stx * gtest;
            fy = s[4] + sty * gtest;
            gx = s[2] + gtest;
            gy = s[5] + gtest;
        } else {
            double[] s = {stx, fx, gx, sty, fy, gy};
            dcstep(s, f, g);
            fx = s[1];
            gx = s[2];
            fy = s[4];
            gy = s[5];
        }
        if (brackt) {
            if (Math.abs(sty - stx) >= 0.66 * width1) {
                stp = stx + 0.5 * (sty - stx);
            }
            width1 = width;
            width = Math.abs(sty - stx);
        }
        if (brackt) {
            stmin = Math.min(stx, sty);
            stmax = Math.max(stx, sty);
        } else {
            stmin = stp + XTRAPL * (stp - stx);
            stmax = stp + XTRAPU * (stp - stx);
        }
        stp = Math.max(stp, stpmin);
        stp = Math.min(stp, stpmax);
        if (brackt && (stp <= stmin || stp >= stmax) || brackt && stmax - stmin <= xtol * stmax) {
            stp = stx;
        }
        return Task.FG;
    }

    /**
     * dcstep: the safeguarded cubic/quadratic step of the interval {@code s = {stx, fx, dx, sty, fy, dy}}
     * (updated in place, with stx and sty written back to the fields) given the trial (stp, fp, dp);
     * sets the new trial step and whether a minimiser is bracketed.
     */
    private void dcstep(double[] s, double fp, double dp) {
        double sx = s[0];
        double fxv = s[1];
        double dx = s[2];
        double sy = s[3];
        double fyv = s[4];
        double dy = s[5];
        double lo = stmin;
        double hi = stmax;
        double sgnd = dp * (dx / Math.abs(dx));
        double stpf;
        if (fp > fxv) {
            // Higher value: the minimum is bracketed; cubic step, or halfway toward the quadratic.
            double theta = 3 * (fxv - fp) / (stp - sx) + dx + dp;
            double sm = Math.max(Math.abs(theta), Math.max(Math.abs(dx), Math.abs(dp)));
            double gamma = sm * Math.sqrt((theta / sm) * (theta / sm) - (dx / sm) * (dp / sm));
            if (stp < sx) {
                gamma = -gamma;
            }
            double p = (gamma - dx) + theta;
            double q = ((gamma - dx) + gamma) + dp;
            double r = p / q;
            double stpc = sx + r * (stp - sx);
            double stpq = sx + ((dx / ((fxv - fp) / (stp - sx) + dx)) / 2) * (stp - sx);
            stpf = Math.abs(stpc - sx) < Math.abs(stpq - sx) ? stpc : stpc + (stpq - stpc) / 2;
            brackt = true;
        } else if (sgnd < 0) {
            // Lower value, derivatives of opposite signs: bracketed; the step farther from stp.
            double theta = 3 * (fxv - fp) / (stp - sx) + dx + dp;
            double sm = Math.max(Math.abs(theta), Math.max(Math.abs(dx), Math.abs(dp)));
            double gamma = sm * Math.sqrt((theta / sm) * (theta / sm) - (dx / sm) * (dp / sm));
            if (stp > sx) {
                gamma = -gamma;
            }
            double p = (gamma - dp) + theta;
            double q = ((gamma - dp) + gamma) + dx;
            double r = p / q;
            double stpc = stp + r * (sx - stp);
            double stpq = stp + (dp / (dp - dx)) * (sx - stp);
            stpf = Math.abs(stpc - stp) > Math.abs(stpq - stp) ? stpc : stpq;
            brackt = true;
        } else if (Math.abs(dp) < Math.abs(dx)) {
            // Lower value, same signs, the derivative's magnitude decreases.
            double theta = 3 * (fxv - fp) / (stp - sx) + dx + dp;
            double sm = Math.max(Math.abs(theta), Math.max(Math.abs(dx), Math.abs(dp)));
            double gamma = sm * Math.sqrt(Math.max(0, (theta / sm) * (theta / sm) - (dx / sm) * (dp / sm)));
            if (stp > sx) {
                gamma = -gamma;
            }
            double p = (gamma - dp) + theta;
            double q = (gamma + (dx - dp)) + gamma;
            double r = p / q;
            double stpc;
            if (r < 0 && gamma != 0) {
                stpc = stp + r * (sx - stp);
            } else if (stp > sx) {
                stpc = hi;
            } else {
                stpc = lo;
            }
            double stpq = stp + (dp / (dp - dx)) * (sx - stp);
            if (brackt) {
                stpf = Math.abs(stpc - stp) < Math.abs(stpq - stp) ? stpc : stpq;
                if (stp > sx) {
                    stpf = Math.min(stp + 0.66 * (sy - stp), stpf);
                } else {
                    stpf = Math.max(stp + 0.66 * (sy - stp), stpf);
                }
            } else {
                stpf = Math.abs(stpc - stp) > Math.abs(stpq - stp) ? stpc : stpq;
                stpf = Math.min(hi, stpf);
                stpf = Math.max(lo, stpf);
            }
        } else {
            // Lower value, same signs, the derivative does not decrease: extrapolate or cubic on (stp, sty).
            if (brackt) {
                double theta = 3 * (fp - fyv) / (sy - stp) + dy + dp;
                double sm = Math.max(Math.abs(theta), Math.max(Math.abs(dy), Math.abs(dp)));
                double gamma = sm * Math.sqrt((theta / sm) * (theta / sm) - (dy / sm) * (dp / sm));
                if (stp > sy) {
                    gamma = -gamma;
                }
                double p = (gamma - dp) + theta;
                double q = ((gamma - dp) + gamma) + dy;
                double r = p / q;
                stpf = stp + r * (sy - stp);
            } else if (stp > sx) {
                stpf = hi;
            } else {
                stpf = lo;
            }
        }
        if (fp > fxv) {
            sy = stp;
            fyv = fp;
            dy = dp;
        } else {
            if (sgnd < 0) {
                sy = sx;
                fyv = fxv;
                dy = dx;
            }
            sx = stp;
            fxv = fp;
            dx = dp;
        }
        s[0] = sx;
        s[1] = fxv;
        s[2] = dx;
        s[3] = sy;
        s[4] = fyv;
        s[5] = dy;
        stx = sx;
        sty = sy;
        stp = stpf;
    }
}
