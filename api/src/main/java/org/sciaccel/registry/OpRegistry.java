package org.sciaccel.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every op, declared once under its SciPy/NumPy-qualified name: parameters, outputs, the SPI family
 * that serves it and the call onto the public API. The CLI ({@code call}, {@code ops}), the golden
 * runner of the conformance suite and each backend's set of implemented ops come from it.
 * Each op family registers its ops in {@link #standard()}.
 */
public final class OpRegistry {
    private static volatile OpRegistry standard;

    private final Map<String, OpSpec> ops = new TreeMap<>();
    private SpiFamily registering;

    /** The registry of every op family (built once; it holds no state that changes). */
    public static OpRegistry standard() {
        OpRegistry r = standard;
        if (r == null) {
            r = new OpRegistry();
            for (OpEntries family : families()) {
                r.registering = family.family();
                family.register(r);
            }
            r.registering = null;
            standard = r;
        }
        return r;
    }

    /**
     * The names of the ops served by {@code family}'s SPI interface, sorted: what a backend that
     * implements that interface declares in {@link org.sciaccel.Backend#implementedOps()}.
     */
    public static Set<String> namesIn(SpiFamily family) {
        Set<String> names = new TreeSet<>();
        for (OpSpec op : standard().all()) {
            if (op.family() == family) {
                names.add(op.name());
            }
        }
        return Collections.unmodifiableSet(names);
    }

    /** The op families; a new family is one more entry here. */
    private static List<OpEntries> families() {
        return List.of(new NdimageEntries(), new MorphologyEntries(), new FftEntries(), new LinalgEntries(),
                new FitEntries(), new NumpyUfuncEntries(), new NumpyReductionEntries(), new NumpyShapeEntries(),
                new NumpyCreationEntries(), new NumpySortingEntries(), new NumpyRandomEntries(), new NumpyFormulaEntries(),
                new InterpolationEntries(),
                new FourierEntries(), new OptimizeSystemsEntries(), new OptimizeScalarEntries(),
                new OptimizeGlobalEntries(), new OptimizeMinimizeEntries(), new OptimizeBatchEntries(),
                new OptimizeRootBatchEntries(),
                new OptimizeLegacyEntries(),
                new InterpolatePiecewiseEntries(),
                new IntegrateOdeintEntries(),
                new IntegrateIvpBatchEntries(),
                new InterpolateBSplineEntries(), new InterpolateGriddataEntries(),
                new IntegrateQuadEntries(), new IntegrateSampleEntries(),
                new InterpolateFitpackEntries(), new InterpolateFitpackHostEntries(),
                new IntegrateIvpEntries(),
                new SignalWindowsEntries(),
                new IoFileEntries(),
                new IoReadWriteEntries(),
                new SpecialEntries(),
                new SpecialEllipEntries(),
                new SpatialDistanceEntries(),
                new ClusterVqEntries(),
                new ClusterHierarchyEntries(),
                new SpatialKDTreeEntries(),
                new SklearnDecompositionEntries(),
                new SklearnKMeansEntries(),
                new SpecialBesselEntries(),
                new SpecialIncompleteEntries(),
                new StatsContinuousEntries(),
                new StatsDiscreteEntries(),
                new StatsFunctionsEntries(),
                new SpecialMiscEntries(),
                // part stats-rest
                new SpecialStatsRestEntries(),
                new SkimageMorphologyEntries(), new SkimageFeatureEntries(),
                new SklearnEntries(), new SklearnLinearModelEntries(),
                new SkimageExposureEntries(), new SkimageFilterEntries());
    }

    /** Adds an op; a name registered twice is an error. */
    public void add(OpSpec op) {
        if (registering == null) {
            throw new IllegalStateException("op " + op.name() + " added outside a family's registration");
        }
        if (ops.putIfAbsent(op.name(), op.inFamily(registering)) != null) {
            throw new IllegalStateException("op " + op.name() + " registered twice");
        }
    }

    /** Every op, sorted by name. */
    public List<OpSpec> all() {
        return Collections.unmodifiableList(new ArrayList<>(ops.values()));
    }

    /** The op's names, sorted. */
    public List<String> names() {
        return new ArrayList<>(ops.keySet());
    }

    /** Whether an op of this name is registered. */
    public boolean contains(String name) {
        return ops.containsKey(name);
    }

    /**
     * The op named {@code name}.
     *
     * @throws UsageException for an unknown name, with the closest known names
     */
    public OpSpec require(String name) {
        OpSpec op = ops.get(name);
        if (op != null) {
            return op;
        }
        List<String> close = Suggestions.closest(name, ops.keySet());
        throw new UsageException("unknown op '" + name + "'"
                + (close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?")
                + " ('sciaccel ops' lists all " + ops.size() + ")");
    }
}
