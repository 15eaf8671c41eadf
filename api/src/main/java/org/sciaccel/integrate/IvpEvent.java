package org.sciaccel.integrate;

/**
 * An event to track while integrating (SciPy's {@code events} entry with its {@code terminal} and
 * {@code direction} attributes): it occurs where {@code event(t, y(t))} crosses zero, found by
 * {@code brentq} on the step's interpolant to 4·eps. Given as a Java function or as a formula of
 * {@code t}, {@code y0…y(n-1)} and the constants of {@link IvpOptions#args}. SciPy 1.10's
 * semantics: terminal is a flag (the first occurrence stops the integration).
 */
public final class IvpEvent {
    final EventFunction function;
    final String formula;
    private boolean terminal;
    private double direction;

    private IvpEvent(EventFunction function, String formula) {
        this.function = function;
        this.formula = formula;
    }

    /** An event function. */
    public static IvpEvent of(EventFunction event) {
        if (event == null) {
            throw new IllegalArgumentException("events: null event function");
        }
        return new IvpEvent(event, null);
    }

    /** An event formula, e.g. {@code "y0"} or {@code "y0 - 0.5*t"}. */
    public static IvpEvent formula(String event) {
        if (event == null) {
            throw new IllegalArgumentException("events: null event formula");
        }
        if (event.isBlank() || event.contains(";")) {
            throw new IllegalArgumentException("events: an event is one formula, got '" + event + "'");
        }
        return new IvpEvent(null, event);
    }

    /** Whether the integration stops at the first occurrence (default false). */
    public IvpEvent terminal(boolean terminal) {
        this.terminal = terminal;
        return this;
    }

    /**
     * Which crossings count: positive, from negative to positive; negative, from positive to
     * negative; 0 (default), both.
     */
    public IvpEvent direction(double direction) {
        if (Double.isNaN(direction)) {
            throw new IllegalArgumentException("direction: NaN");
        }
        this.direction = direction;
        return this;
    }

    public boolean isTerminal() {
        return terminal;
    }

    public double direction() {
        return direction;
    }

    @Override
    public String toString() {
        return (formula != null ? formula : "a Java event function") + (terminal ? " (terminal)" : "")
                + (direction != 0 ? " direction " + direction : "");
    }
}
