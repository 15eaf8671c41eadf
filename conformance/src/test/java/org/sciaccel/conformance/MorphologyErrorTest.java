package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.ndimage.BinaryMorphologyOptions;
import org.sciaccel.ndimage.Ndimage;

/**
 * Bad input to morphology and labeling: on every backend a one-line IllegalArgumentException naming the parameter,
 * the input unchanged and nothing left allocated.
 */
class MorphologyErrorTest {

    private record Bad(String what, String parameter, Function<NDArray, Object> call) {
    }

    /** 1, 0, 1, 0, ...: n / 2 separate objects. */
    private static double[] stripes(int n) {
        double[] d = new double[n];
        for (int i = 0; i < n; i += 2) {
            d[i] = 1;
        }
        return d;
    }

    private static NDArray on(NDArray like, HostArray h) {
        return NDArray.fromHost(like.backend(), h);
    }

    private static List<Bad> cases() {
        List<Bad> out = new ArrayList<>();
        out.add(new Bad("3-d structure for a 2-d input", "structure", in -> {
            try (NDArray s = on(in, HostArray.zeros(DType.BOOL, 3, 3, 3))) {
                return Ndimage.binaryErosion(in, BinaryMorphologyOptions.defaults().structure(s));
            }
        }));
        out.add(new Bad("complex mask", "mask", in -> {
            try (NDArray m = on(in, HostArray.zeros(DType.COMPLEX64, in.shape()))) {
                return Ndimage.binaryDilation(in, BinaryMorphologyOptions.defaults().mask(m).iterations(2));
            }
        }));
        out.add(new Bad("all-false structure", "structure", in -> {
            try (NDArray s = on(in, HostArray.zeros(DType.BOOL, 3, 3))) {
                return Ndimage.binaryOpening(in, BinaryMorphologyOptions.defaults().structure(s));
            }
        }));
        out.add(new Bad("mask of another shape", "mask", in -> {
            try (NDArray m = on(in, HostArray.zeros(DType.BOOL, 4, 4))) {
                return Ndimage.binaryClosing(in, BinaryMorphologyOptions.defaults().mask(m));
            }
        }));
        out.add(new Bad("origin beyond the structure", "origin",
                in -> Ndimage.binaryErosion(in, BinaryMorphologyOptions.defaults().origin(2))));
        out.add(new Bad("three origins for two axes", "origin",
                in -> Ndimage.binaryErosion(in, BinaryMorphologyOptions.defaults().origin(0, 0, 0))));
        out.add(new Bad("label with a 1-d structure", "structure", in -> {
            try (NDArray s = on(in, HostArray.zeros(DType.BOOL, 3))) {
                return Ndimage.label(in, s);
            }
        }));
        out.add(new Bad("label with a 5x5 structure", "structure", in -> {
            try (NDArray s = on(in, HostArray.zeros(DType.BOOL, 5, 5))) {
                return Ndimage.label(in, s);
            }
        }));
        out.add(new Bad("label with an int structure that is not centrally symmetric", "structure", in -> {
            try (NDArray s = on(in, HostArray.fromDoubles(new double[] {0, 2, 0, 1, 1, 0, 0, 0, 0}, DType.INT32, 3, 3))) {
                return Ndimage.label(in, s);
            }
        }));
        out.add(new Bad("label into a dtype too small for its labels", "output", in -> {
            try (NDArray stripes = on(in, HostArray.fromDoubles(stripes(600), DType.FLOAT64, 600))) {
                return Ndimage.label(stripes, null, DType.UINT8);
            }
        }));
        out.add(new Bad("find_objects of float labels", "input", in -> Ndimage.findObjects(in)));
        out.add(new Bad("labels of another shape", "labels", in -> {
            try (NDArray l = on(in, HostArray.zeros(DType.INT32, 7, 6))) {
                return Ndimage.sum(in, l, new long[] {1, 2});
            }
        }));
        out.add(new Bad("complex labels", "labels", in -> {
            try (NDArray l = on(in, HostArray.zeros(DType.COMPLEX64, 6, 7))) {
                return Ndimage.mean(in, l);
            }
        }));
        out.add(new Bad("a histogram index that the labels' dtype cannot hold", "index", in -> {
            try (NDArray l = on(in, HostArray.zeros(DType.INT8, 6, 7))) {
                return Ndimage.histogram(in, 0.0, 1.0, 4, l, new long[] {300, 1});
            }
        }));
        out.add(new Bad("histogram with max below min", "max", in -> Ndimage.histogram(in, 1.0, 0.0, 4)));
        out.add(new Bad("histogram with no bins", "bins", in -> Ndimage.histogram(in, 0.0, 1.0, 0)));
        out.add(new Bad("minimum of an empty selection", "input", in -> {
            try (NDArray l = on(in, HostArray.zeros(DType.INT32, 6, 7))) {
                return Ndimage.minimum(in, l);
            }
        }));
        out.add(new Bad("grey erosion without size, footprint or structure", "size",
                in -> Ndimage.greyErosion(in, org.sciaccel.ndimage.GreyMorphologyOptions.size((int[]) null))));
        out.add(new Bad("grey erosion with a 1-d footprint", "footprint", in -> {
            try (NDArray f = on(in, HostArray.zeros(DType.BOOL, 3))) {
                return Ndimage.greyErosion(in, org.sciaccel.ndimage.GreyMorphologyOptions.footprint(f));
            }
        }));
        out.add(new Bad("grey dilation with a 3-d structure", "structure", in -> {
            try (NDArray s = on(in, HostArray.zeros(DType.FLOAT64, 3, 3, 3))) {
                return Ndimage.greyDilation(in, org.sciaccel.ndimage.GreyMorphologyOptions.structure(s));
            }
        }));
        out.add(new Bad("edt with three samplings for two axes", "sampling",
                in -> Ndimage.distanceTransformEdt(in, new double[] {1, 2, 3}, true, false)));
        out.add(new Bad("edt returning nothing", "return_distances",
                in -> Ndimage.distanceTransformEdt(in, null, false, false)));
        out.add(new Bad("cdt with an unknown metric", "metric", in -> Ndimage.distanceTransformCdt(in, "euclidean")));
        out.add(new Bad("negative rank", "rank", in -> Ndimage.generateBinaryStructure(in.backend(), -1, 1)));
        return out;
    }

    @TestFactory
    Stream<DynamicTest> badInputIsRejected() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : TestBackends.available()) {
            for (Bad b : cases()) {
                tests.add(DynamicTest.dynamicTest(name + ": " + b.what(), () -> check(name, b)));
            }
        }
        return tests.stream();
    }

    private static void check(String name, Bad b) {
        Backend backend = TestBackends.get(name);
        long before = backend.liveAllocations();
        double[] v = new double[6 * 7];
        for (int i = 0; i < v.length; i++) {
            v[i] = (i * 7) % 3 == 0 ? 1 : 0;
        }
        HostArray host = HostArray.fromDoubles(v, DType.FLOAT32, 6, 7);
        try (NDArray in = NDArray.fromHost(backend, host)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> {
                Object r = b.call().apply(in);
                if (r instanceof AutoCloseable c) {
                    c.close();
                }
            }, b.what());
            String msg = e.getMessage();
            assertTrue(msg.startsWith(b.parameter()), b.what() + ": message does not name " + b.parameter() + ": " + msg);
            assertFalse(msg.contains("\n"), b.what() + ": message is not one line: " + msg);
            assertTrue(HostArrays.identical(host, in.toHost()), b.what() + ": the input changed");
        }
        assertEquals(before, backend.liveAllocations(), b.what() + ": arrays left alive on " + name);
    }
}
