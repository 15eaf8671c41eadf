package org.sciaccel.integrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The methods {@code solve_ivp} knows, by SciPy's names: RK45, RK23, DOP853, Radau, BDF, LSODA, and any a
 * later part registers ({@link #register}).
 */
public final class IvpMethods {
    /** Creates a method's solver; it validates the settings as SciPy's constructor does. */
    @FunctionalInterface
    public interface Factory {
        OdeSolver create(OdeProblem problem, double t0, double[] y0, double tBound, IvpSettings settings);
    }

    private static final Map<String, Factory> METHODS = new LinkedHashMap<>();

    static {
        METHODS.put("RK23", (p, t0, y0, tb, s) -> new RungeKuttaSolver(RungeKuttaSolver.Pair.RK23, p, t0, y0, tb, s));
        METHODS.put("RK45", (p, t0, y0, tb, s) -> new RungeKuttaSolver(RungeKuttaSolver.Pair.RK45, p, t0, y0, tb, s));
        METHODS.put("DOP853", (p, t0, y0, tb, s) -> new RungeKuttaSolver(RungeKuttaSolver.Pair.DOP853, p, t0, y0, tb, s));
        METHODS.put("Radau", RadauSolver::new);
        METHODS.put("BDF", BdfSolver::new);
        METHODS.put("LSODA", LsodaSolver::new);
    }

    private IvpMethods() {
    }

    /** Adds a method under {@code name} (a name already taken is an error). */
    public static synchronized void register(String name, Factory factory) {
        if (name == null || factory == null) {
            throw new IllegalArgumentException((name == null ? "name" : "factory") + ": null");
        }
        if (METHODS.putIfAbsent(name, factory) != null) {
            throw new IllegalStateException("method " + name + " is registered already");
        }
    }

    /** The methods' names, in registration order. */
    public static synchronized List<String> names() {
        return new ArrayList<>(METHODS.keySet());
    }

    /** The factory of {@code method}; an unknown name fails with the list of those that exist. */
    static synchronized Factory get(String method) {
        Factory f = METHODS.get(method);
        if (f == null) {
            throw new IllegalArgumentException("method: unknown method '" + method + "'; `method` must be one of "
                    + String.join(", ", METHODS.keySet()));
        }
        return f;
    }
}
