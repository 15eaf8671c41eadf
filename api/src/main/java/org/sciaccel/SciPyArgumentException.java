package org.sciaccel;

/**
 * Bad input that SciPy 1.10 refuses with another Python exception than {@code ValueError}: to a Java
 * caller an {@link IllegalArgumentException} like any other, and {@link #scipyRaises()} says which
 * exception SciPy raises for it, so that a binding to Python (the SciPy-tests harness) raises what
 * SciPy raises without reading messages.
 *
 * <ul>
 * <li>{@link Raises#TYPE_ERROR}: an argument of the wrong kind, where Python raises {@code TypeError}
 * (a complex array given to a real transform: "x must be a real sequence"; a label type without a
 * matching signature).</li>
 * <li>{@link Raises#INDEX_ERROR}: NumPy's {@code IndexError}: an index out of bounds, a boolean mask of
 * the wrong shape, too many indices.</li>
 * <li>{@link Raises#AXIS_ERROR}: NumPy's {@code AxisError} (a subclass of both {@code ValueError} and
 * {@code IndexError}): an axis out of range for the array's dimensions.</li>
 * <li>{@link Raises#RUNTIME_ERROR}: what {@code scipy.ndimage} refuses with {@code RuntimeError}: an
 * array type its C loops do not have ("array type dtype('float16') not supported"), a sequence of modes
 * where only one mode is taken ("A sequence of modes is not supported").</li>
 * </ul>
 */
public class SciPyArgumentException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The Python exception SciPy raises. */
    public enum Raises {
        TYPE_ERROR, RUNTIME_ERROR, INDEX_ERROR, AXIS_ERROR
    }

    private final Raises raises;

    public SciPyArgumentException(Raises raises, String message) {
        super(message);
        this.raises = java.util.Objects.requireNonNull(raises, "raises");
    }

    /** Bad input for which SciPy raises {@code TypeError}. */
    public static SciPyArgumentException typeError(String message) {
        return new SciPyArgumentException(Raises.TYPE_ERROR, message);
    }

    /** Bad input for which SciPy raises {@code RuntimeError}. */
    public static SciPyArgumentException runtimeError(String message) {
        return new SciPyArgumentException(Raises.RUNTIME_ERROR, message);
    }

    /** Bad input for which NumPy raises {@code IndexError}. */
    public static SciPyArgumentException indexError(String message) {
        return new SciPyArgumentException(Raises.INDEX_ERROR, message);
    }

    /** Bad input for which NumPy raises {@code numpy.AxisError}. */
    public static SciPyArgumentException axisError(String message) {
        return new SciPyArgumentException(Raises.AXIS_ERROR, message);
    }

    /** The Python exception SciPy 1.10 raises for this input. */
    public Raises scipyRaises() {
        return raises;
    }
}
