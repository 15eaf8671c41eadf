package org.sciaccel;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The warnings an op emits where SciPy calls {@code warnings.warn}: the call still returns its result,
 * and the caller learns what SciPy would have told it (a dtype promoted, an ill-conditioned matrix, a
 * covariance that could not be estimated).
 *
 * <p>A warning goes to the innermost {@link Collector} open on the calling thread; with none open, to
 * the process-wide {@linkplain #setListener listener}, which logs it at WARN by default. The CLI
 * prints each warning as one line on stderr; tests and bindings collect them:
 *
 * <pre>{@code
 * try (Warnings.Collector w = Warnings.collect()) {
 *     NDArray out = Ndimage.correlate(image, complexWeights, DType.FLOAT64);
 *     w.warnings();   // [UserWarning: promoting specified output dtype to complex]
 * }
 * }</pre>
 *
 * Warnings are emitted on the thread that called the op (the facade's argument handling), never
 * from the backends' worker threads, so a collector sees all of its call's warnings.
 */
public final class Warnings {
    private static final Logger LOG = LoggerFactory.getLogger(Warnings.class);
    private static final ThreadLocal<Deque<Collector>> OPEN = ThreadLocal.withInitial(ArrayDeque::new);
    private static volatile Consumer<Warning> listener = w -> LOG.warn("{}", w);

    private Warnings() {
    }

    /** SciPy's and NumPy's warning classes, by the Python name a binding maps them back to. */
    public enum Category {
        USER("UserWarning"),
        DEPRECATION("DeprecationWarning"),
        RUNTIME("RuntimeWarning"),
        /** {@code scipy.linalg.LinAlgWarning}. */
        LINALG("LinAlgWarning"),
        /** {@code scipy.optimize.OptimizeWarning}. */
        OPTIMIZE("OptimizeWarning"),
        /** {@code numpy.ComplexWarning}. */
        COMPLEX("ComplexWarning"),
        /** {@code scipy.integrate.ODEintWarning}. */
        INTEGRATE_ODEINT("ODEintWarning"),
        /** {@code scipy.integrate.IntegrationWarning} (quad's QUADPACK warnings). */
        INTEGRATION("IntegrationWarning"),
        /** {@code scipy.integrate.AccuracyWarning} (quadrature's and romberg's iteration limits). */
        ACCURACY("AccuracyWarning");

        private final String pythonName;

        Category(String pythonName) {
            this.pythonName = pythonName;
        }

        /** The Python class name, e.g. {@code "UserWarning"}. */
        public String pythonName() {
            return pythonName;
        }
    }

    /** One warning: its category and SciPy's message. */
    public record Warning(Category category, String message) {
        public Warning {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public String toString() {
            return category.pythonName() + ": " + message;
        }
    }

    /** Emits a warning to the innermost open collector of this thread, else to the listener. */
    public static void warn(Category category, String message) {
        Warning w = new Warning(category, message);
        Collector c = OPEN.get().peek();
        if (c != null) {
            c.seen.add(w);
        } else {
            listener.accept(w);
        }
    }

    /** Opens a collector on this thread; close it (try-with-resources) on the same thread. */
    public static Collector collect() {
        Collector c = new Collector();
        OPEN.get().push(c);
        return c;
    }

    /** Replaces the process-wide listener for warnings no collector takes; returns the previous one. */
    public static Consumer<Warning> setListener(Consumer<Warning> newListener) {
        Consumer<Warning> old = listener;
        listener = Objects.requireNonNull(newListener, "listener");
        return old;
    }

    /** The warnings emitted on one thread while it is open. */
    public static final class Collector implements AutoCloseable {
        private final List<Warning> seen = new ArrayList<>();
        private boolean closed;

        private Collector() {
        }

        /** The warnings so far, in the order they were emitted. */
        public List<Warning> warnings() {
            return List.copyOf(seen);
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            Deque<Collector> open = OPEN.get();
            // Closed out of order (a collector left open by a failed inner call) — remove it wherever it is.
            open.remove(this);
            if (open.isEmpty()) {
                OPEN.remove();
            }
        }
    }
}
