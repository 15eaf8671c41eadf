package org.sciaccel;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.sciaccel.registry.OpRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one CPU-fallback policy of the facades: an op runs on the backend its inputs live on when that
 * backend implements it ({@link Backend#implementedOps()}); otherwise, in strict mode
 * ({@link Backends#isStrict()}) or when the inputs already are on the fallback backend
 * ({@link Backends#fallback()}), it throws {@link UnsupportedOperationException}; otherwise it runs on the
 * fallback backend with a one-time warning per op and backend, the inputs copied there and the results
 * copied back, so callers always get results on the backend of their inputs.
 *
 * <p>Used by the facades ({@code Ndimage}, {@code Linalg}, ...); not something users call.
 */
public final class OpRouter {
    private static final Logger LOG = LoggerFactory.getLogger(OpRouter.class);
    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();
    /** Where the one-time warnings go; tests replace it to see them. */
    static volatile Consumer<String> warnings = LOG::warn;
    /**
     * Whether an op name is registered: a facade routing a name the registry does not know would
     * make the backends' supported sets (derived from the registry) silently miss it. Tests of the
     * router itself replace it to route made-up names.
     */
    static volatile Predicate<String> registered = name -> OpRegistry.standard().contains(name);

    private OpRouter() {
    }

    /** An op, given the backend to run on and the inputs as they live there (null inputs stay null). */
    @FunctionalInterface
    public interface Body<R> {
        R apply(Backend backend, NDArray[] inputs);
    }

    /**
     * Brings a result computed on the fallback backend to the inputs' backend: {@code move} copies one
     * array there and closes the original (null stays null); values that are not arrays pass as they are.
     */
    @FunctionalInterface
    public interface CopyBack<R> {
        R apply(R result, UnaryOperator<NDArray> move);
    }

    /**
     * Runs an op of one input whose result is one array.
     *
     * @param op    SciPy-qualified name, e.g. {@code ndimage.gaussian_filter}
     * @param input the array that decides the backend
     * @param body  the op, given the backend to run on and the input as it lives there
     */
    public static NDArray run(String op, NDArray input, BiFunction<Backend, NDArray, NDArray> body) {
        return call(op, (backend, in) -> body.apply(backend, in[0]), (r, move) -> move.apply(r), input);
    }

    /** Runs an op of one input whose result holds no array (numbers, slices, host arrays). */
    public static <T> T value(String op, NDArray input, BiFunction<Backend, NDArray, T> body) {
        return value(op, (backend, in) -> body.apply(backend, in[0]), input);
    }

    /** Runs an op of several inputs whose result holds no array. */
    public static <T> T value(String op, Body<T> body, NDArray... inputs) {
        return call(op, body, (r, move) -> r, inputs);
    }

    /** Runs an op of several inputs whose result is one array. */
    public static NDArray array(String op, Body<NDArray> body, NDArray... inputs) {
        return call(op, body, (r, move) -> move.apply(r), inputs);
    }

    /** Runs an op of several inputs whose result is several arrays (null entries allowed). */
    public static NDArray[] arrays(String op, Body<NDArray[]> body, NDArray... inputs) {
        return call(op, body, (r, move) -> {
            NDArray[] back = new NDArray[r.length];
            for (int i = 0; i < r.length; i++) {
                back[i] = move.apply(r[i]);
            }
            return back;
        }, inputs);
    }

    /**
     * Runs an op that takes no array (a creation function: {@code numpy.zeros}, {@code numpy.arange}, ...)
     * and makes its result on {@code backend}: there when the backend implements the op, otherwise under
     * the same fallback policy as the ops with inputs (strict mode or the fallback backend itself: an
     * {@link UnsupportedOperationException}; else made on the fallback backend, with the one-time warning,
     * and copied to {@code backend}).
     */
    public static NDArray create(String op, Backend backend, java.util.function.Function<Backend, NDArray> body) {
        return createAll(op, backend, b -> new NDArray[] {body.apply(b)})[0];
    }

    /** As {@link #create}, for a creation function whose result is several arrays ({@code numpy.ogrid}). */
    public static NDArray[] createAll(String op, Backend backend, java.util.function.Function<Backend, NDArray[]> body) {
        if (!registered.test(op)) {
            throw new IllegalStateException(op + " is routed by a facade but has no registry entry "
                    + "(add it to its family's entries in org.sciaccel.registry)");
        }
        if (backend == null) {
            throw new IllegalArgumentException(op + ": backend is null");
        }
        if (backend.implementedOps().contains(op)) {
            return body.apply(backend);
        }
        Backend fallback = fallbackFor(op, backend);
        NDArray[] made = body.apply(fallback);
        NDArray[] back = new NDArray[made.length];
        try {
            for (int i = 0; i < made.length; i++) {
                back[i] = made[i].copyTo(backend);
            }
        } catch (RuntimeException e) {
            for (NDArray a : back) {
                if (a != null) {
                    a.close();
                }
            }
            throw e;
        } finally {
            for (NDArray a : made) {
                a.close();
            }
        }
        warnOnce(op, backend);
        return back;
    }

    /**
     * Runs an op of any result type; {@code copyBack} says how a result computed on the fallback backend
     * reaches the inputs' backend.
     *
     * @param inputs the arrays the op reads, all on one backend (null entries allowed, at least one not null)
     * @throws IllegalArgumentException if the inputs live on different backends
     * @throws UnsupportedOperationException if the op is not implemented on their backend and cannot fall back
     */
    public static <R> R call(String op, Body<R> body, CopyBack<R> copyBack, NDArray... inputs) {
        return call(op, null, body, copyBack, inputs);
    }

    /**
     * Runs an op of one input whose argument only the CPU fallback backend can take, such as a Java
     * function called per element where SciPy takes a Python callable: on the inputs' backend when
     * that is the fallback backend, otherwise as if that backend lacked the op (strict mode: an
     * {@link UnsupportedOperationException}; else on the fallback backend with a one-time warning
     * that names {@code why}, the input copied there and the result back).
     *
     * @param why what makes the call host-only, e.g. {@code "with a Java mapping function"}
     */
    public static NDArray runOnHost(String op, String why, NDArray input, BiFunction<Backend, NDArray, NDArray> body) {
        return call(op, why, (backend, in) -> body.apply(backend, in[0]), (r, move) -> move.apply(r), input);
    }

    /**
     * Runs an op of which a backend may implement some forms only (a method of a batched solver):
     * on the inputs' backend when it implements the op and {@code implementsVariant} says it
     * implements this form, otherwise as if that backend lacked the op (strict mode: an
     * {@link OpNotImplementedException}; else on the fallback backend with a one-time warning that
     * names {@code variant}, the inputs copied there and the results back).
     *
     * @param variant           the form, as the warning names it, e.g. {@code "method='L-BFGS-B'"}
     * @param implementsVariant whether a backend implements that form (asked of the inputs' backend)
     */
    public static <R> R callVariant(String op, String variant, Predicate<Backend> implementsVariant, Body<R> body,
            CopyBack<R> copyBack, NDArray... inputs) {
        return call(op, variant, implementsVariant, body, copyBack, inputs);
    }

    private static <R> R call(String op, String hostOnly, Body<R> body, CopyBack<R> copyBack, NDArray... inputs) {
        return call(op, hostOnly, hostOnly == null ? null : Backends::isFallback, body, copyBack, inputs);
    }

    /**
     * The router: {@code variant} null for the op itself, else the form of it that a backend runs
     * when {@code implementsVariant} (and the op) say it does.
     */
    private static <R> R call(String op, String variant, Predicate<Backend> implementsVariant, Body<R> body,
            CopyBack<R> copyBack, NDArray... inputs) {
        if (!registered.test(op)) {
            throw new IllegalStateException(op + " is routed by a facade but has no registry entry "
                    + "(add it to its family's entries in org.sciaccel.registry)");
        }
        Backend home = commonBackend(op, inputs);
        DTypeSupport.requireInputs(op, inputs);
        String label = variant == null ? op : op + " " + variant;
        boolean implemented = variant == null ? home.implementedOps().contains(op)
                : Backends.isFallback(home) || home.implementedOps().contains(op) && implementsVariant.test(home);
        if (implemented) {
            return body.apply(home, inputs);
        }
        Backend fallback = fallbackFor(label, home);
        NDArray[] copies = new NDArray[inputs.length];
        try {
            for (int i = 0; i < inputs.length; i++) {
                copies[i] = inputs[i] == null ? null : inputs[i].copyTo(fallback);
            }
            R onFallback = body.apply(fallback, copies);
            R result = copyBack.apply(onFallback, a -> {
                if (a == null) {
                    return null;
                }
                try (a) {
                    return a.copyTo(home);
                }
            });
            // Warned once the fallback has succeeded: when the op then fails, its error is the one
            // line a user needs (the CLI promises one line), and the fallback shows in the trace.
            warnOnce(label, home);
            return result;
        } finally {
            for (NDArray c : copies) {
                if (c != null) {
                    c.close();
                }
            }
        }
    }

    /**
     * The backend the inputs live on.
     *
     * @throws IllegalArgumentException naming both backends and their devices when they differ
     */
    public static Backend commonBackend(String op, NDArray... inputs) {
        Backend home = null;
        for (NDArray a : inputs) {
            if (a == null) {
                continue;
            }
            if (home == null) {
                home = a.backend();
            } else if (a.backend() != home) {
                throw new IllegalArgumentException(op + ": inputs live on different backends, " + home.name() + " ("
                        + home.device() + ") and " + a.backend().name() + " (" + a.backend().device()
                        + "); copy them to one with to(backend)");
            }
        }
        if (home == null) {
            throw new IllegalArgumentException(op + ": no input array");
        }
        return home;
    }

    private static Backend fallbackFor(String op, Backend home) {
        boolean strict = Backends.isStrict();
        if (strict || Backends.isFallback(home)) {
            throw new OpNotImplementedException(op + " is not implemented on backend " + home.name()
                    + (strict ? " (strict mode: no CPU fallback)" : ""));
        }
        return Backends.fallback();
    }

    private static void warnOnce(String op, Backend home) {
        if (WARNED.add(op + "@" + home.name())) {
            warnings.accept(op + " is not implemented on backend " + home.name()
                    + "; ran it on the CPU backend (copies to and from the host)");
        }
    }
}
