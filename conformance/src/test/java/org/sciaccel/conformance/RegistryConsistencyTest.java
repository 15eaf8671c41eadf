package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sciaccel.Backend;
import org.sciaccel.fft.Fft;
import org.sciaccel.fft.Fftpack;
import org.sciaccel.linalg.Linalg;
import org.sciaccel.ndimage.Ndimage;
import org.sciaccel.optimize.Optimize;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.OpSpec;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.signal.Signal;

/**
 * Nothing is declared in one place and missing in another: every public facade function has a
 * registry entry, every backend claims only ops the registry knows, and every entry has golden
 * cases. These checks are what keeps an op's name written once.
 */
class RegistryConsistencyTest {
    /** The facades and the SciPy/NumPy module their functions belong to. */
    private static final Map<Class<?>, String> FACADES = Map.ofEntries(
            Map.entry(Ndimage.class, "ndimage"),
            Map.entry(Fft.class, "fft"),
            Map.entry(Fftpack.class, "fftpack"),
            Map.entry(Signal.class, "signal"),
            Map.entry(Linalg.class, "linalg"),
            Map.entry(Optimize.class, "optimize"),
            Map.entry(org.sciaccel.numpy.Numpy.class, "numpy"),
            Map.entry(org.sciaccel.interpolate.Interpolate.class, "interpolate"),
            Map.entry(org.sciaccel.integrate.Integrate.class, "integrate"),
            Map.entry(org.sciaccel.signal.Windows.class, "signal.windows"),
            Map.entry(org.sciaccel.special.Special.class, "special"),
            Map.entry(org.sciaccel.spatial.Distance.class, "spatial.distance"),
            Map.entry(org.sciaccel.cluster.Vq.class, "cluster.vq"),
            Map.entry(org.sciaccel.cluster.Hierarchy.class, "cluster.hierarchy"),
            Map.entry(org.sciaccel.stats.Stats.class, "stats"),
            // scikit-image morphology and feature (issue 18)
            Map.entry(org.sciaccel.skimage.morphology.Morphology.class, "skimage.morphology"),
            Map.entry(org.sciaccel.skimage.feature.Feature.class, "skimage.feature"),
            // scikit-learn (issue 18)
            Map.entry(org.sciaccel.sklearn.metrics.Metrics.class, "sklearn.metrics"),
            // scikit-image (issue 18)
            Map.entry(org.sciaccel.skimage.exposure.Exposure.class, "skimage.exposure"),

            Map.entry(org.sciaccel.skimage.filters.Filters.class, "skimage.filters"));

    /** Facade functions registered under another module's name, as NumPy and SciPy spell them. */
    private static final Map<String, String> RENAMED = Map.ofEntries(
            Map.entry("linalg.matmul", "numpy.matmul"),
            // det of a complex matrix: the same op, its Java result {re, im} instead of a double
            Map.entry("linalg.det_complex", "linalg.det"),
            // linspace(..., retstep=True): the same op, its Java result the samples with the step
            Map.entry("numpy.linspace_with_step", "numpy.linspace"),
            // a[index] and a[index] = value: NumPy's ndarray methods, spelt as functions in Java
            Map.entry("numpy.get_item", "numpy.ndarray.__getitem__"),
            Map.entry("numpy.set_item", "numpy.ndarray.__setitem__"),
            // fsolve(..., full_output=True): the same op with full_output=true
            Map.entry("optimize.fsolve_full", "optimize.fsolve"),
            // romberg(..., show=True): the same op, its Java result the table SciPy prints
            Map.entry("integrate.romberg_table", "integrate.romberg"),
            // scipy.signal.windows.get_window is scipy.signal.get_window; dpss(..., return_ratios=True)
            Map.entry("signal.windows.get_window", "signal.get_window"),
            Map.entry("signal.windows.dpss_with_ratios", "signal.windows.dpss"),
            // splrep(..., full_output=True): the same op with full_output=true
            Map.entry("interpolate.splrep_full", "interpolate.splrep"),
            // logsumexp(..., return_sign=True): the same op, its Java result {res, sgn}
            Map.entry("special.logsumexp_with_sign", "special.logsumexp"),
            // SciPy's names with the digit after an underscore
            Map.entry("stats.ks2samp", "stats.ks_2samp"),
            Map.entry("stats.ttest1samp", "stats.ttest_1samp"));

    /**
     * Facade functions with no registry entry, and why. Keep this short: each one is a function a
     * CLI user or the golden runner cannot reach.
     */
    private static final Map<String, String> NOT_REGISTERED = Map.of(
            "optimize.leastsq", "takes a Java residual function; the formula form comes with the optimize family",
            "stats.continuous_distributions", "the list of the distribution objects, whose methods are registered",
            "stats.iqr_scale", "the number SciPy's named iqr scale stands for; stats.iqr takes the name",
            "stats.power_divergence_lambda", "the number of a named lambda_; stats.power_divergence takes the name");

    private final OpRegistry registry = OpRegistry.standard();

    @Test
    void everyPublicFacadeFunctionHasARegistryEntry() {
        Set<String> missing = new TreeSet<>();
        for (Map.Entry<Class<?>, String> facade : FACADES.entrySet()) {
            // getMethods: a facade may inherit its functions from a package-private part (Ndimage's
            // measurements live in NdimageMeasurements to keep the file small).
            for (Method m : facade.getKey().getMethods()) {
                if (!Modifier.isPublic(m.getModifiers()) || !Modifier.isStatic(m.getModifiers())) {
                    continue;
                }
                String name = facade.getValue() + "." + snakeCase(m.getName());
                name = RENAMED.getOrDefault(name, name);
                name = className(name);
                // a distribution's constructor (Stats.norm(loc, scale): SciPy's frozen norm) reaches the registry
                // through its methods' ops, stats.norm.pdf ...
                String prefix = name + ".";
                boolean frozen = registry.names().stream().anyMatch(op -> op.startsWith(prefix));
                if (!registry.names().contains(name) && !NOT_REGISTERED.containsKey(name) && !frozen) {
                    missing.add(name + " (" + facade.getKey().getSimpleName() + "." + m.getName() + ")");
                }
            }
        }
        assertEquals(Set.of(), missing, "public facade functions without a registry entry");
        for (String name : NOT_REGISTERED.keySet()) {
            assertTrue(!registry.names().contains(name), name + " is registered now: drop it from NOT_REGISTERED");
        }
    }

    @Test
    void everyBackendClaimsOnlyRegisteredOps() {
        for (String name : TestBackends.available()) {
            Backend b = TestBackends.get(name);
            Set<String> unknown = new TreeSet<>(b.implementedOps());
            unknown.removeAll(registry.names());
            assertEquals(Set.of(), unknown, "backend " + name + " claims ops the registry does not know");
        }
    }

    @Test
    void theDtypeTableNamesOnlyRegisteredOps() {
        // DTypeSupport keys its table by op name outside the registry: a misspelt or renamed op would
        // silently refuse the new dtypes, so every name there must be registered.
        Set<String> unknown = new TreeSet<>(org.sciaccel.DTypeSupport.declaredOps());
        unknown.removeAll(registry.names());
        assertEquals(Set.of(), unknown, "DTypeSupport names ops the registry does not know");
    }

    @Test
    void theCpuBackendImplementsEveryRegisteredOp() {
        Set<String> missing = new TreeSet<>(registry.names());
        missing.removeAll(TestBackends.get(TestBackends.CPU).implementedOps());
        assertEquals(Set.of(), missing, "ops the reference backend lacks");
    }

    @Test
    void everyOpBelongsToAFamily() {
        int total = 0;
        for (SpiFamily f : SpiFamily.values()) {
            total += OpRegistry.namesIn(f).size();
        }
        assertEquals(registry.names().size(), total, "every op is in exactly one SPI family");
        for (OpSpec op : registry.all()) {
            assertTrue(op.family() != null, op.name() + " has no family");
        }
    }

    @Test
    void everyRegisteredOpHasGoldenCases() {
        Map<String, Integer> cases = goldenCaseCounts();
        Set<String> without = new TreeSet<>(registry.names());
        without.removeAll(cases.keySet());
        assertEquals(Set.of(), without, "registered ops without a golden case under conformance/golden");
        Set<String> unknown = new TreeSet<>(cases.keySet());
        unknown.removeAll(registry.names());
        assertEquals(Set.of(), unknown, "golden cases name ops the registry does not know");
    }

    /** Number of cases per op over the manifests the golden runner runs (a case counts only if it runs). */
    static Map<String, Integer> goldenCaseCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        for (GoldenCall c : GoldenManifests.cases()) {
            counts.merge(c.op(), 1, Integer::sum);
        }
        return counts;
    }

    @Test
    void everyManifestIsReadByTheGoldenRunner() {
        List<Path> stale = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.walk(GoldenData.root())) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".jsonl")).toList()) {
                if (!GoldenManifests.isCurrent(p)) {
                    stale.add(GoldenData.root().relativize(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals(List.of(), stale, "manifests not in schema " + GoldenManifests.SCHEMA
                + " (regenerate them through golden/golden_manifest.py)");
    }

    /**
     * The registered op a facade function builds when SciPy's name is a class ({@code interpolate.CubicSpline}
     * for {@code cubicSpline}, {@code interpolate.PPoly} for {@code ppoly}): the op whose name, lower-cased
     * without underscores, is the function's; else the name as it is.
     */
    private String className(String name) {
        if (registry.names().contains(name)) {
            return name;
        }
        String flat = name.replace("_", "").toLowerCase(java.util.Locale.ROOT);
        for (String op : registry.names()) {
            if (!op.equals(op.toLowerCase(java.util.Locale.ROOT))
                    && op.replace("_", "").toLowerCase(java.util.Locale.ROOT).equals(flat)) {
                return op;
            }
        }
        return name;
    }

    static String snakeCase(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    @Test
    void snakeCaseFollowsSciPysSpelling() {
        assertEquals(List.of("gaussian_filter1d", "sum_labels", "fft2", "cho_factor"),
                List.of(snakeCase("gaussianFilter1d"), snakeCase("sumLabels"), snakeCase("fft2"),
                        snakeCase("choFactor")));
    }
}
