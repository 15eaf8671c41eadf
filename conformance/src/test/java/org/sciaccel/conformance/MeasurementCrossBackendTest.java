package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import org.sciaccel.Backend;
import org.sciaccel.Backends;
import org.sciaccel.DType;
import org.sciaccel.Half;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.ndimage.Extrema;
import org.sciaccel.ndimage.Ndimage;

/**
 * The label measurements on random inputs of every real dtype (64-bit integers over their whole range, float16)
 * and random labels of every kind (integers, uint64, float32 / float16 / float64 compared by value, bool): OpenCL
 * gives the CPU backend's results, exactly where they come from exact comparisons or integer arithmetic (extremes,
 * positions, an integer selection's sum, histogram counts, medians) and within the sums' precision elsewhere.
 */
@AddLifecycleHook(CrossBackendPropertiesTest.OpenClPresent.class)
class MeasurementCrossBackendTest {

    record Setup(int[] shape, DType input, DType labels, int labelCount, boolean floatIndex, long seed) {
        @Override
        public String toString() {
            return "measurements of " + input + " by " + labels + " labels (" + labelCount + ") shape="
                    + Arrays.toString(shape) + (floatIndex ? " float index" : "") + " seed=" + seed;
        }
    }

    /** What one backend measured, flattened to doubles (exact) and doubles (summed, compared within a bound). */
    private record Measured(List<Double> exact, List<Double> summed) {
    }

    @Property(tries = 60)
    void measurementsOpenClEqualCpu(@ForAll("setups") Setup s) {
        String missing = TestBackends.missingRequiredBackend();
        if (missing != null) {
            fail(missing);
        }
        Backend cl = TestBackends.get(TestBackends.OPENCL);
        HostArray values = values(s);
        HostArray labels = labels(s);
        Measured want = measure(TestBackends.get(TestBackends.CPU), values, labels, s);
        Measured got = measure(cl, values, labels, s);
        assertEquals(want.exact(), got.exact(), s + ": exact results differ");
        double rel = s.input() == DType.FLOAT16 ? Tolerances.FLOAT16_RELATIVE
                : cl.supports(DType.FLOAT64) ? Tolerances.FLOAT64_RELATIVE : Tolerances.FLOAT32_RELATIVE;
        double scale = 0;
        for (double v : want.summed()) {
            scale = Double.isFinite(v) ? Math.max(scale, Math.abs(v)) : scale;
        }
        for (int i = 0; i < want.summed().size(); i++) {
            double w = want.summed().get(i);
            double g = got.summed().get(i);
            boolean same = Double.isNaN(w) ? Double.isNaN(g) : Double.isInfinite(w) ? w == g
                    : Math.abs(w - g) <= rel * scale;
            if (!same) {
                fail(s + ": summed result " + i + " is " + g + " on opencl, " + w + " on cpu (bound " + rel * scale + ")");
            }
        }
    }

    private static Measured measure(Backend b, HostArray values, HostArray labels, Setup s) {
        List<Double> exact = new ArrayList<>();
        List<Double> summed = new ArrayList<>();
        try (NDArray in = NDArray.fromHost(b, values); NDArray lab = NDArray.fromHost(b, labels)) {
            long[] ints = new long[s.labelCount() + 2];
            double[] reals = new double[ints.length];
            for (int i = 0; i < ints.length; i++) {
                ints[i] = i;
                reals[i] = labelValue(s.labels(), i) + (i == ints.length - 1 ? 0.5 : 0); // one that matches nothing
            }
            boolean integral = values.dtype().isIntegral();
            double[] sums = s.floatIndex() ? Ndimage.sum(in, lab, reals) : Ndimage.sum(in, lab, ints);
            addAll(summed, sums);
            (integral ? exact : summed).add(Ndimage.sum(in));
            (integral ? exact : summed).add(Ndimage.sum(in, lab));
            addAll(summed, s.floatIndex() ? Ndimage.variance(in, lab, reals) : Ndimage.variance(in, lab, ints));
            summed.add(Ndimage.variance(in, lab));
            summed.add(Ndimage.mean(in));
            double[][] com = s.floatIndex() ? Ndimage.centerOfMass(in, lab, reals) : Ndimage.centerOfMass(in, lab, ints);
            for (double[] c : com) {
                addAll(summed, c);
            }
            addAll(exact, s.floatIndex() ? Ndimage.median(in, lab, reals) : Ndimage.median(in, lab, ints));
            exact.add(Ndimage.median(in));
            Extrema e = s.floatIndex() ? Ndimage.extrema(in, lab, reals) : Ndimage.extrema(in, lab, ints);
            for (int i = 0; i < e.size(); i++) {
                exact.add(e.minimum(i));
                exact.add(e.maximum(i));
                addAll(exact, e.minimumPosition(i));
                addAll(exact, e.maximumPosition(i));
            }
            Extrema all = Ndimage.extrema(in);
            exact.add(all.minimum());
            exact.add(all.maximum());
            addAll(exact, all.minimumPosition());
            addAll(exact, all.maximumPosition());
            // histogram converts the index to the labels' dtype, which for bool labels holds only 0 and 1
            long[] hindex = s.labels() == DType.BOOL ? new long[] {0, 1} : ints;
            for (long[] h : Ndimage.histogram(in, -50, 50, 6, lab, hindex)) {
                if (h != null) {
                    for (long c : h) {
                        exact.add((double) c);
                    }
                }
            }
        }
        return new Measured(exact, summed);
    }

    private static void addAll(List<Double> out, double[] v) {
        for (double x : v) {
            out.add(x);
        }
    }

    private static void addAll(List<Double> out, int[] v) {
        for (int x : v) {
            out.add((double) x);
        }
    }

    /** Label number i as a value of the labels' dtype: floats as 1.5 * i - 1 (so -1, 0.5, 2, ...), else i. */
    private static double labelValue(DType labels, int i) {
        return labels.isFloatingPoint() ? 1.5 * i - 1 : i;
    }

    /** Random values: integers over their type's whole range (64-bit ones as raw bits), floats around 0. */
    private static HostArray values(Setup s) {
        Random r = new Random(s.seed());
        int n = Arrays.stream(s.shape()).reduce(1, (a, b) -> a * b);
        DType t = s.input();
        if (t == DType.INT64 || t == DType.UINT64) {
            long[] v = new long[n];
            for (int i = 0; i < n; i++) {
                // Neighbours past 2^53 that round to one double, and small values.
                v[i] = r.nextInt(3) == 0 ? r.nextInt(100) : (r.nextBoolean() ? Long.MIN_VALUE : 0x7ff0_0000_0000_0000L)
                        + r.nextInt(8);
            }
            return new HostArray(t, s.shape(), v);
        }
        if (t == DType.FLOAT16) {
            short[] h = new short[n];
            for (int i = 0; i < n; i++) {
                h[i] = Half.fromDouble(r.nextGaussian() * 100);
            }
            return new HostArray(t, s.shape(), h);
        }
        int bits = t == DType.BOOL ? 1 : 8 * t.itemSize();
        long lo = t.kind() == DType.Kind.SIGNED ? -(1L << (bits - 1)) : 0;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = t.isFloatingPoint() ? r.nextGaussian() * 100 : lo + (long) (r.nextDouble() * (1L << bits));
        }
        return HostArray.fromDoubles(v, t, s.shape());
    }

    private static HostArray labels(Setup s) {
        Random r = new Random(~s.seed());
        int n = Arrays.stream(s.shape()).reduce(1, (a, b) -> a * b);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            int k = s.labels() == DType.BOOL ? r.nextInt(2) : r.nextInt(s.labelCount() + 1);
            v[i] = labelValue(s.labels(), k);
        }
        return HostArray.fromDoubles(v, s.labels(), s.shape());
    }

    @Provide
    Arbitrary<Setup> setups() {
        boolean fp64 = !Backends.isAvailable(TestBackends.OPENCL) || TestBackends.get(TestBackends.OPENCL).supports(DType.FLOAT64);
        List<DType> inputs = new ArrayList<>(List.of(DType.UINT8, DType.INT8, DType.INT16, DType.UINT16, DType.INT32,
                DType.UINT32, DType.INT64, DType.UINT64, DType.BOOL, DType.FLOAT16, DType.FLOAT32));
        List<DType> labels = new ArrayList<>(List.of(DType.INT32, DType.UINT64, DType.INT8, DType.FLOAT32, DType.FLOAT16,
                DType.BOOL));
        if (fp64) {
            inputs.add(DType.FLOAT64);
            labels.add(DType.FLOAT64);
        }
        Arbitrary<int[]> shapes = Arbitraries.integers().between(1, 2).flatMap(nd -> Arbitraries.integers()
                .between(1, 40).list().ofSize(nd).map(l -> l.stream().mapToInt(Integer::intValue).toArray()));
        return Combinators.combine(shapes, Arbitraries.of(inputs), Arbitraries.of(labels),
                Arbitraries.integers().between(1, 6), Arbitraries.of(false, true), Arbitraries.longs()).as(Setup::new);
    }

    @AfterContainer
    static void noLiveAllocations() {
        for (Backend b : TestBackends.used()) {
            assertEquals(0, b.liveAllocations(), "live arrays on " + b.name() + " after the measurement properties: "
                    + TestBackends.liveSummary());
        }
    }
}
