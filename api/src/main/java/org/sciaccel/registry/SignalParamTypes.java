package org.sciaccel.registry;

import java.nio.file.Path;
import java.util.Locale;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.io.Npy;

/**
 * The parameter types of scipy.signal's ops whose values SciPy checks in its own words: the
 * convolution axes, {@code convolve2d}'s {@code fillvalue} and {@code resample}'s {@code window}.
 */
final class SignalParamTypes {
    private SignalParamTypes() {
    }

    /**
     * {@code fftconvolve}'s axes: one integer or a list, as an {@code int[]} (an empty file, as NumPy
     * saves {@code []}, is the empty list); anything else fails with SciPy's message.
     */
    static final ParamType CONVOLUTION_AXES = new ParamType() {
        @Override
        public String describe() {
            return "int, or a comma list or @file.npy of ints";
        }

        @Override
        public Object parse(String param, String text) {
            if (text.startsWith("@") && read(param, text).size() == 0) {
                return new int[0];
            }
            try {
                return ParamTypes.parseInts(param, text);
            } catch (UsageException e) {
                throw new UsageException(param + "=" + text + ": " + param
                        + " must be a scalar or iterable of integers (" + e.getMessage() + ")");
            }
        }
    };

    /**
     * {@code convolve2d}'s fillvalue, as a {@code double[]}: {@code {value}} for a real number,
     * {@code {re, im}} for a complex one (written with {@code j}, or a complex file). A file or a
     * comma list must hold exactly one value, as SciPy requires.
     */
    static final ParamType FILL_VALUE = new ParamType() {
        @Override
        public String describe() {
            return "number or complex (1+2j), or a one-element @file.npy";
        }

        @Override
        public Object parse(String param, String text) {
            if (text.startsWith("@")) {
                HostArray a = read(param, text);
                oneElement(a.size());
                if (a.dtype().isComplex()) {
                    HostArray c = a.astype(DType.COMPLEX128);
                    return ((double[]) c.data()).clone();
                }
                return new double[] {a.toDoubles()[0]};
            }
            String[] parts = text.split(",", -1);
            oneElement(parts.length);
            String t = text.trim();
            if (t.toLowerCase(Locale.ROOT).endsWith("j") || t.toLowerCase(Locale.ROOT).endsWith("j)")) {
                return ParamTypes.parseComplex(param, t);
            }
            if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) {
                return new double[] {t.equalsIgnoreCase("true") ? 1.0 : 0.0};
            }
            return new double[] {ParamTypes.parseReal(param, t)};
        }

        private void oneElement(int size) {
            if (size == 0) {
                throw new IllegalArgumentException("`fillvalue` cannot be an empty array.");
            }
            if (size > 1) {
                throw new IllegalArgumentException("`fillvalue` must be scalar or an array with one element.");
            }
        }
    };

    /**
     * {@code resample}'s window: a name for {@code get_window} with its parameters after commas, as a
     * {@code String}, or the window's values in the Fourier domain as a real 1-D {@code @file.npy}, as
     * a {@code double[]}.
     */
    static final ParamType WINDOW = new ParamType() {
        @Override
        public String describe() {
            return "window name for get_window (hann, tukey,0.25, ...) or its values as a 1-D @file.npy";
        }

        @Override
        public Object parse(String param, String text) {
            if (!text.startsWith("@")) {
                return text.trim();
            }
            HostArray a = read(param, text);
            if (a.ndim() != 1) {
                // SciPy compares the window's shape with (len,): no other shape can match.
                throw new IllegalArgumentException("window must have the same length as data (the window array has"
                        + " shape " + org.sciaccel.Shapes.toString(a.shape()) + ")");
            }
            if (a.dtype().isComplex()) {
                throw new UnsupportedOperationException(param + "=" + text + ": complex window arrays are not"
                        + " supported by sciaccel's resample (a real window multiplies the spectrum)");
            }
            return a.toDoubles();
        }
    };

    private static HostArray read(String param, String text) {
        if (text.length() < 2) {
            throw new UsageException(param + "=" + text + ": no file name after '@'");
        }
        try {
            return Npy.read(Path.of(text.substring(1)));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(param + ": " + e.getMessage(), e);
        }
    }
}
