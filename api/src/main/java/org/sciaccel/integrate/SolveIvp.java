package org.sciaccel.integrate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sciaccel.optimize.Optimize;
import org.sciaccel.optimize.expr.ObjectiveFormula;

/**
 * The driver of {@code solve_ivp} (SciPy 1.10): steps the method's solver to the end of t_span,
 * stores the steps or the t_eval points inside each step (from the step's interpolant), collects
 * the interpolants for dense output, and tracks the events: a sign change of an event function
 * over a step (in its direction) is located by brentq on the interpolant to 4·eps; the first
 * terminal one (in the direction of integration) ends the integration there.
 */
final class SolveIvp {
    private static final double EPS = Math.ulp(1.0);

    private SolveIvp() {
    }

    /** One event, resolved: its function of (t, y). */
    private record Event(EventFunction fn, boolean terminal, double direction) {
    }

    static IvpResult solve(OdeSystem system, double[] tSpan, double[] y0, IvpOptions options) {
        if (system == null) {
            throw new IllegalArgumentException("fun: null");
        }
        if (tSpan == null) {
            throw new IllegalArgumentException("t_span: null");
        }
        if (y0 == null) {
            throw new IllegalArgumentException("y0: null");
        }
        IvpOptions o = options == null ? IvpOptions.options() : options.copy();
        IvpMethods.Factory factory = IvpMethods.get(o.method);
        if (tSpan.length != 2) {
            throw new IllegalArgumentException("t_span: expected 2 values (t0, tf), got " + tSpan.length + " "
                    + Arrays.toString(tSpan));
        }
        double t0 = tSpan[0];
        double tf = tSpan[1];
        double[] tEval = o.tEval;
        int tEvalI = 0;
        if (tEval != null) {
            double lo = Math.min(t0, tf);
            double hi = Math.max(t0, tf);
            for (double v : tEval) {
                if (v < lo || v > hi) {
                    throw new IllegalArgumentException("t_eval: Values in `t_eval` are not within `t_span` (" + v
                            + " outside [" + lo + ", " + hi + "]).");
                }
            }
            for (int i = 1; i < tEval.length; i++) {
                double d = tEval[i] - tEval[i - 1];
                if ((tf > t0 && d <= 0) || (tf < t0 && d >= 0)) {
                    throw new IllegalArgumentException("t_eval: Values in `t_eval` are not properly sorted (at index "
                            + i + ").");
                }
            }
            if (tf > t0) {
                tEvalI = 0;
            } else {
                double[] r = new double[tEval.length];
                for (int i = 0; i < r.length; i++) {
                    r[i] = tEval[tEval.length - 1 - i];
                }
                tEval = r;
                tEvalI = tEval.length;
            }
        }
        int n = y0.length;
        double[] args = new double[o.argValues.size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = o.argValues.get(i);
        }
        OdeProblem problem = OdeProblem.resolve(system, n, o.argNames, args, !o.numericJacobian);
        List<Event> events = resolveEvents(o, n, args);
        IvpSettings settings = new IvpSettings(o.rtol, o.atol, o.atolScalar, o.maxStep, o.firstStep);
        OdeSolver solver = factory.create(problem, t0, y0.clone(), tf, settings);

        List<Double> ts = new ArrayList<>();
        List<double[]> ys = new ArrayList<>();
        List<Double> ti = new ArrayList<>();
        if (tEval == null) {
            ts.add(t0);
            ys.add(y0.clone());
        } else if (o.denseOutput) {
            ti.add(t0);
        }
        List<DenseOutput> interpolants = new ArrayList<>();
        double[] g = null;
        List<List<Double>> tEvents = null;
        List<List<double[]>> yEvents = null;
        if (!events.isEmpty()) {
            g = new double[events.size()];
            for (int e = 0; e < g.length; e++) {
                g[e] = events.get(e).fn.apply(t0, y0.clone());
            }
            tEvents = new ArrayList<>();
            yEvents = new ArrayList<>();
            for (int e = 0; e < g.length; e++) {
                tEvents.add(new ArrayList<>());
                yEvents.add(new ArrayList<>());
            }
        }
        Integer status = null;
        String message = null;
        while (status == null) {
            message = solver.step();
            if (solver.status() == OdeSolver.Status.FINISHED) {
                status = 0;
            } else if (solver.status() == OdeSolver.Status.FAILED) {
                status = -1;
                break;
            }
            double tOld = solver.tOld();
            double t = solver.t();
            double[] y = solver.y();
            DenseOutput sol = null;
            if (o.denseOutput) {
                sol = solver.denseOutput();
                interpolants.add(sol);
            }
            if (g != null) {
                double[] gNew = new double[g.length];
                for (int e = 0; e < g.length; e++) {
                    gNew[e] = events.get(e).fn.apply(t, y.clone());
                }
                int[] active = activeEvents(g, gNew, events);
                if (active.length > 0) {
                    if (sol == null) {
                        sol = solver.denseOutput();
                    }
                    final DenseOutput step = sol;
                    double[] roots = new double[active.length];
                    for (int a = 0; a < active.length; a++) {
                        EventFunction fn = events.get(active[a]).fn;
                        roots[a] = Optimize.brentq(x -> fn.apply(x, step.value(x)), tOld, t, 4 * EPS, 4 * EPS, 100, true)
                                .root();
                    }
                    boolean anyTerminal = false;
                    for (int idx : active) {
                        anyTerminal |= events.get(idx).terminal;
                    }
                    int[] order = new int[active.length];
                    int count = active.length;
                    if (anyTerminal) {
                        Integer[] idx = new Integer[active.length];
                        for (int a = 0; a < idx.length; a++) {
                            idx[a] = a;
                        }
                        boolean forward = t > tOld;
                        Arrays.sort(idx, (p, q) -> forward ? Double.compare(roots[p], roots[q])
                                : Double.compare(-roots[p], -roots[q]));
                        for (int a = 0; a < idx.length; a++) {
                            order[a] = idx[a];
                        }
                        for (int a = 0; a < order.length; a++) {
                            if (events.get(active[order[a]]).terminal) {
                                count = a + 1;
                                break;
                            }
                        }
                    } else {
                        for (int a = 0; a < order.length; a++) {
                            order[a] = a;
                        }
                    }
                    double last = t;
                    for (int a = 0; a < count; a++) {
                        int e = active[order[a]];
                        double te = roots[order[a]];
                        tEvents.get(e).add(te);
                        yEvents.get(e).add(sol.value(te));
                        last = te;
                    }
                    if (anyTerminal) {
                        status = 1;
                        t = last;
                        y = sol.value(t);
                    }
                }
                g = gNew;
            }
            if (tEval == null) {
                ts.add(t);
                ys.add(y);
            } else {
                List<Double> stepTimes = new ArrayList<>();
                int newI;
                if (solver.direction() > 0) {
                    newI = OdeSolution.searchRight(tEval, t);
                    for (int i = tEvalI; i < newI; i++) {
                        stepTimes.add(tEval[i]);
                    }
                } else {
                    newI = OdeSolution.searchLeft(tEval, t);
                    for (int i = tEvalI - 1; i >= newI; i--) {
                        stepTimes.add(tEval[i]);
                    }
                }
                if (!stepTimes.isEmpty()) {
                    if (sol == null) {
                        sol = solver.denseOutput();
                    }
                    for (double te : stepTimes) {
                        ts.add(te);
                        ys.add(sol.value(te));
                    }
                    tEvalI = newI;
                }
            }
            if (tEval != null && o.denseOutput) {
                ti.add(t);
            }
        }
        if (status == 0) {
            message = "The solver successfully reached the end of the integration interval.";
        } else if (status == 1) {
            message = "A termination event occurred.";
        }
        double[] tOut = new double[ts.size()];
        double[][] yOut = new double[n][ts.size()];
        for (int k = 0; k < tOut.length; k++) {
            tOut[k] = ts.get(k);
            double[] yk = ys.get(k);
            for (int i = 0; i < n; i++) {
                yOut[i][k] = yk[i];
            }
        }
        OdeSolution dense = null;
        if (o.denseOutput) {
            double[] stamps;
            if (tEval == null) {
                stamps = tOut;
            } else {
                stamps = new double[ti.size()];
                for (int k = 0; k < stamps.length; k++) {
                    stamps[k] = ti.get(k);
                }
            }
            dense = interpolants.isEmpty() ? null : new OdeSolution(stamps, interpolants);
        }
        List<double[]> tev = null;
        List<double[][]> yev = null;
        if (tEvents != null) {
            tev = new ArrayList<>();
            yev = new ArrayList<>();
            for (int e = 0; e < tEvents.size(); e++) {
                double[] te = new double[tEvents.get(e).size()];
                double[][] ye = new double[te.length][];
                for (int k = 0; k < te.length; k++) {
                    te[k] = tEvents.get(e).get(k);
                    ye[k] = yEvents.get(e).get(k);
                }
                tev.add(te);
                yev.add(ye);
            }
        }
        return new IvpResult(tOut, yOut, dense, tev, yev, solver.nfev(), solver.njev(), solver.nlu(), status, message,
                status >= 0);
    }

    private static List<Event> resolveEvents(IvpOptions o, int n, double[] args) {
        List<Event> out = new ArrayList<>();
        for (IvpEvent e : o.events) {
            EventFunction fn;
            if (e.formula != null) {
                ObjectiveFormula f = ObjectiveFormula.parse("events", e.formula, OdeProblem.stateNames(n),
                        OdeProblem.constantNames(o.argNames));
                ThreadLocal<ObjectiveFormula.Evaluator> ev = ThreadLocal.withInitial(f::newEvaluator);
                fn = (t, y) -> {
                    double[] c = new double[1 + args.length];
                    c[0] = t;
                    System.arraycopy(args, 0, c, 1, args.length);
                    return ev.get().value(0, y, c);
                };
            } else {
                fn = e.function;
            }
            out.add(new Event(fn, e.isTerminal(), e.direction()));
        }
        return out;
    }

    /** SciPy's find_active_events: the events whose function changed sign over the step in their direction. */
    private static int[] activeEvents(double[] g, double[] gNew, List<Event> events) {
        List<Integer> act = new ArrayList<>();
        for (int e = 0; e < g.length; e++) {
            boolean up = g[e] <= 0 && gNew[e] >= 0;
            boolean down = g[e] >= 0 && gNew[e] <= 0;
            double dir = events.get(e).direction;
            if ((up && dir > 0) || (down && dir < 0) || ((up || down) && dir == 0)) {
                act.add(e);
            }
        }
        int[] a = new int[act.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = act.get(i);
        }
        return a;
    }
}
