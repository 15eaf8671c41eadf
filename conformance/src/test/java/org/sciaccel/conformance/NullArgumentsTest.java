package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.fft.Fft;
import org.sciaccel.fft.Fftpack;
import org.sciaccel.linalg.Linalg;
import org.sciaccel.ndimage.Ndimage;
import org.sciaccel.optimize.Optimize;
import org.sciaccel.signal.Signal;

/**
 * Every public facade function, called with one reference argument null and the others valid, fails
 * with an exception that is not a bare {@link NullPointerException}: the user learns which argument
 * was null (the issue's {@code gaussianFilter(a, 1.0, null)}). The valid arguments are small, made
 * from each parameter's type; a call that fails for them too is still checked for its null handling.
 */
class NullArgumentsTest {
    private static final Class<?>[] FACADES = {Ndimage.class, Fft.class, Fftpack.class, Signal.class, Linalg.class,
        Optimize.class, org.sciaccel.numpy.Numpy.class, org.sciaccel.interpolate.Interpolate.class,
        org.sciaccel.integrate.Integrate.class, org.sciaccel.signal.Windows.class,
        org.sciaccel.special.Special.class, org.sciaccel.spatial.Distance.class,
        org.sciaccel.cluster.Vq.class, org.sciaccel.cluster.Hierarchy.class, org.sciaccel.stats.Stats.class,
        // scikit-image morphology and feature (issue 18)
        org.sciaccel.skimage.morphology.Morphology.class, org.sciaccel.skimage.feature.Feature.class,
        // scikit-learn (issue 18)
        org.sciaccel.sklearn.metrics.Metrics.class,
        // scikit-image (issue 18)
        org.sciaccel.skimage.exposure.Exposure.class,
        org.sciaccel.skimage.filters.Filters.class};

    @Test
    void noFacadeFunctionThrowsABareNullPointerException() throws Exception {
        Backend cpu = TestBackends.get(TestBackends.CPU);
        List<String> bare = new ArrayList<>();
        int calls = 0;
        for (Class<?> facade : FACADES) {
            for (Method m : facade.getMethods()) {
                if (!Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class) {
                    continue;
                }
                Parameter[] ps = m.getParameters();
                for (int nulled = 0; nulled < ps.length; nulled++) {
                    if (ps[nulled].getType().isPrimitive()) {
                        continue;
                    }
                    List<NDArray> made = new ArrayList<>();
                    Object[] args = new Object[ps.length];
                    boolean usable = true;
                    for (int i = 0; i < ps.length && usable; i++) {
                        if (i != nulled) {
                            args[i] = valid(ps[i].getType(), cpu, made);
                            usable = args[i] != null || !ps[i].getType().isPrimitive();
                        }
                    }
                    if (!usable) {
                        continue;
                    }
                    calls++;
                    m.setAccessible(true); // inherited from a package-private family class (NdimageMeasurements)
                    try {
                        Object r = m.invoke(null, args);
                        if (r instanceof AutoCloseable c) {
                            c.close();
                        }
                    } catch (InvocationTargetException e) {
                        Throwable t = e.getCause();
                        if (t instanceof NullPointerException && (t.getMessage() == null
                                || t.getMessage().startsWith("Cannot ") || t.getMessage().contains("\"" ))) {
                            bare.add(facade.getSimpleName() + "." + m.getName() + " with " + ps[nulled].getType()
                                    .getSimpleName() + " argument " + nulled + " null: " + t);
                        }
                    } finally {
                        for (NDArray a : made) {
                            a.close();
                        }
                    }
                }
            }
        }
        assertTrue(calls > 100, "only " + calls + " calls made");
        assertTrue(bare.isEmpty(), bare.size() + " calls threw a bare NullPointerException:\n" + String.join("\n", bare));
    }

    @Test
    void theArrayMethodsNameTheirNullArgument() {
        for (String name : TestBackends.available()) {
            Backend b = TestBackends.get(name);
            assertMessage("host: null", () -> NDArray.fromHost(b, null));
            assertMessage("backend: null", () -> NDArray.fromHost(null, new HostArray(DType.FLOAT32, new int[] {1},
                    new float[] {1})));
            assertMessage("upload: null host array", () -> b.upload(null));
            try (NDArray a = NDArray.fromHost(b, new HostArray(DType.FLOAT32, new int[] {1}, new float[] {1}))) {
                assertMessage("target: null backend", () -> a.to(null));
                assertMessage("target: null backend", () -> a.copyTo(null));
                assertMessage("dtype: null; astype needs a DType", () -> a.astype(null));
            }
        }
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, call);
        org.junit.jupiter.api.Assertions.assertEquals(expected, e.getMessage());
    }

    /** A small valid value of a parameter type, or null where none can be made. */
    private static Object valid(Class<?> t, Backend cpu, List<NDArray> made) {
        if (t == NDArray.class) {
            NDArray a = NDArray.fromHost(cpu, new HostArray(DType.FLOAT64, new int[] {3, 3},
                    new double[] {4, 1, 0, 1, 5, 2, 0, 2, 6}));
            made.add(a);
            return a;
        }
        if (t == double.class) {
            return 1.0;
        }
        if (t == float.class) {
            return 1.0f;
        }
        if (t == int.class) {
            return 1;
        }
        if (t == long.class) {
            return 1L;
        }
        if (t == boolean.class) {
            return false;
        }
        if (t == double[].class) {
            return new double[] {1.0};
        }
        if (t == int[].class) {
            return new int[] {1};
        }
        if (t == DType.class) {
            return DType.FLOAT64;
        }
        if (t == Backend.class) {
            return cpu;
        }
        if (t.isEnum()) {
            return t.getEnumConstants()[0];
        }
        if (t.isInterface()) {
            // a functional interface (a model function): every method answers its type's zero
            return java.lang.reflect.Proxy.newProxyInstance(t.getClassLoader(), new Class<?>[] {t},
                    (proxy, method, args) -> method.getReturnType() == double.class ? 0.0
                            : method.getReturnType() == int.class ? 0 : method.getReturnType() == boolean.class
                                    ? Boolean.FALSE : null);
        }
        try {
            Method defaults = t.getMethod("defaults");
            if (Modifier.isStatic(defaults.getModifiers())) {
                return defaults.invoke(null);
            }
        } catch (ReflectiveOperationException e) {
            // no defaults(): try a no-argument constructor
        }
        try {
            return t.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
