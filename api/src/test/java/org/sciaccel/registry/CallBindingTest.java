package org.sciaccel.registry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.io.Npy;
import org.sciaccel.ndimage.Mode;

/** The value syntax and how arguments bind to an op's inputs and parameters. */
class CallBindingTest {
    private final OpSpec gaussian = OpRegistry.standard().require("ndimage.gaussian_filter");

    @Test
    void defaultsAreFilledInSciPyOrder() {
        CallBinding.Bound b = CallBinding.bind(gaussian, List.of("a.npy", "sigma=2"));
        assertEquals(List.of(Path.of("a.npy")), b.inputFiles());
        assertEquals(List.of("sigma", "order", "output", "mode", "cval", "truncate", "radius"),
                List.copyOf(b.values().keySet()));
        assertArrayEquals(new double[] {2}, (double[]) b.values().get("sigma"));
        assertArrayEquals(new int[] {0}, (int[]) b.values().get("order"));
        assertArrayEquals(new Mode[] {Mode.REFLECT}, (Mode[]) b.values().get("mode"));
        // gaussian_filter takes a complex cval (complex inputs): {real, imag}
        assertArrayEquals(new double[] {0.0, 0.0}, (double[]) b.values().get("cval"));
        assertEquals(4.0, b.values().get("truncate"));
        assertNull(b.values().get("output"));
        assertNull(b.values().get("radius"));
    }

    @Test
    void valueSyntax() {
        CallBinding.Bound b = CallBinding.bind(gaussian, List.of("sigma=2,1.5e0", "order=0, 1", "mode=grid-wrap,mirror",
                "cval=-inf", "truncate=+3.", "radius=2,3", "output=np.float64", "a.npy"));
        assertArrayEquals(new double[] {2, 1.5}, (double[]) b.values().get("sigma"));
        assertArrayEquals(new int[] {0, 1}, (int[]) b.values().get("order"));
        assertArrayEquals(new Mode[] {Mode.GRID_WRAP, Mode.MIRROR}, (Mode[]) b.values().get("mode"));
        assertArrayEquals(new double[] {Double.NEGATIVE_INFINITY, 0.0}, (double[]) b.values().get("cval"));
        assertEquals(3.0, b.values().get("truncate"));
        assertArrayEquals(new int[] {2, 3}, (int[]) b.values().get("radius"));
        assertEquals(DType.FLOAT64, b.values().get("output"));
        assertTrue(Double.isNaN(((double[]) CallBinding.bind(gaussian, List.of("a", "sigma=1", "cval=nan")).values().get("cval"))[0]));
    }

    @Test
    void javaOnlyNumberSpellingsAreRejected() {
        for (String bad : new String[] {"1d", "1f", "0x10", "1_000", "", " "}) {
            assertThrows(UsageException.class, () -> CallBinding.bind(gaussian, List.of("a", "sigma=" + bad)), bad);
        }
    }

    @Test
    void complexNumbersInPythonSyntax() {
        assertArrayEquals(new double[] {1, 2}, (double[]) ParamTypes.COMPLEX_NUMBER.parse("cval", "1+2j"));
        assertArrayEquals(new double[] {1.5, -0.5}, (double[]) ParamTypes.COMPLEX_NUMBER.parse("cval", "(1.5-0.5j)"));
        assertArrayEquals(new double[] {0, 0.25}, (double[]) ParamTypes.COMPLEX_NUMBER.parse("cval", "0.25j"));
        assertArrayEquals(new double[] {-0.0, -2}, (double[]) ParamTypes.COMPLEX_NUMBER.parse("cval", "(-0-2j)"));
        assertArrayEquals(new double[] {0, -1}, (double[]) ParamTypes.COMPLEX_NUMBER.parse("cval", "-j"));
        assertArrayEquals(new double[] {3, 0}, (double[]) ParamTypes.COMPLEX_NUMBER.parse("cval", "3"));
        assertArrayEquals(new double[] {2e-3, 1e2}, (double[]) ParamTypes.COMPLEX_NUMBER.parse("cval", "2e-3+1e2j"));
        for (String bad : new String[] {"1+2i", "1+", "j1", "1+2j+3j", "", "1d"}) {
            assertThrows(UsageException.class, () -> ParamTypes.COMPLEX_NUMBER.parse("cval", bad), bad);
        }
        double[][] w = (double[][]) ParamTypes.COMPLEX_ARRAY.parse("weights", "1+1j,2,-1j");
        assertArrayEquals(new double[] {1, 2, 0}, w[0]);
        assertArrayEquals(new double[] {1, 0, -1}, w[1]);
        assertNull(((double[][]) ParamTypes.COMPLEX_ARRAY.parse("weights", "1,2"))[1]);
    }

    @Test
    void boolAndStringTypes() {
        assertEquals(true, ParamTypes.BOOL.parse("p", "true"));
        assertEquals(false, ParamTypes.BOOL.parse("p", "False"));
        assertThrows(UsageException.class, () -> ParamTypes.BOOL.parse("p", "yes"));
        assertEquals("hello", ParamTypes.STRING.parse("p", "hello"));
    }

    @Test
    void arraysFromNpyFiles(@TempDir Path dir) {
        Path w = dir.resolve("w.npy");
        Npy.write(w, new HostArray(DType.FLOAT32, new int[] {3}, new float[] {0.25f, 0.5f, 0.25f}));
        OpSpec corr = OpRegistry.standard().require("ndimage.correlate1d");
        CallBinding.Bound b = CallBinding.bind(corr, List.of("x.npy", "weights=@" + w));
        double[][] wv = (double[][]) b.values().get("weights");
        assertArrayEquals(new double[] {0.25, 0.5, 0.25}, wv[0]);
        assertNull(wv[1], "real weights stay real");

        // complex weights by file: real and imaginary parts
        Path cw = dir.resolve("cw.npy");
        Npy.write(cw, new HostArray(DType.COMPLEX64, new int[] {2}, new float[] {1, 2, -0.5f, 0}));
        double[][] c = (double[][]) CallBinding.bind(corr, List.of("x.npy", "weights=@" + cw)).values().get("weights");
        assertArrayEquals(new double[] {1, -0.5}, c[0]);
        assertArrayEquals(new double[] {2, 0}, c[1]);

        Path m = dir.resolve("m.npy");
        Npy.write(m, HostArray.zeros(DType.FLOAT64, 2, 2));
        UsageException e = assertThrows(UsageException.class,
                () -> CallBinding.bind(corr, List.of("x.npy", "weights=@" + m)));
        assertTrue(e.getMessage().contains("(2, 2)"), e.getMessage());

        Path ints = dir.resolve("i.npy");
        Npy.write(ints, new HostArray(DType.INT64, new int[] {2}, new long[] {2, 3}));
        assertArrayEquals(new int[] {2, 3}, (int[]) CallBinding.bind(gaussian,
                List.of("x.npy", "sigma=1", "radius=@" + ints)).values().get("radius"));
        assertThrows(UsageException.class, () -> CallBinding.bind(gaussian, List.of("x.npy", "sigma=1", "radius=@" + w)));
    }

    @Test
    void inputsByPositionOrName() {
        assertEquals(List.of(Path.of("b.npy")),
                CallBinding.bind(gaussian, List.of("input=@b.npy", "sigma=1")).inputFiles());
        assertThrows(UsageException.class, () -> CallBinding.bind(gaussian, List.of("input=@b.npy", "a.npy", "sigma=1")));
        assertThrows(UsageException.class, () -> CallBinding.bind(gaussian, List.of("input=b.npy", "sigma=1")));
        assertEquals(List.of(Path.of("./x=y.npy")),
                CallBinding.bind(gaussian, List.of("./x=y.npy", "sigma=1")).inputFiles());
    }

    @Test
    void catalogueIsConsistent() {
        OpRegistry c = OpRegistry.standard();
        for (OpSpec op : c.all()) {
            // an input may be named like a parameter (input=@a.npy), so the names must not clash
            for (ArraySpec in : op.inputs()) {
                assertTrue(op.params().stream().noneMatch(p -> p.name().equals(in.name())), op.name() + " " + in.name());
            }
            assertTrue(!op.outputs().isEmpty(), op.name());
            for (ParamSpec p : op.params()) {
                if (!p.isRequired()) {
                    p.defaultValue(); // parses
                }
            }
        }
        assertThrows(IllegalStateException.class, () -> c.add(gaussian));
    }

    @Test
    void aSequenceArgumentTakesEveryFurtherFile() {
        OpSpec concatenate = OpRegistry.standard().require("numpy.concatenate");
        CallBinding.Bound b = CallBinding.bind(concatenate, List.of("a.npy", "b.npy", "c.npy", "axis=1"));
        assertEquals(List.of(Path.of("a.npy"), Path.of("b.npy"), Path.of("c.npy")), b.inputFiles());
        assertEquals(1, b.values().get("axis"));
        CallBinding.Bound named = CallBinding.bind(concatenate, List.of("arrays=@a.npy,@b.npy", "c.npy", "axis=none"));
        assertEquals(List.of(Path.of("a.npy"), Path.of("b.npy"), Path.of("c.npy")), named.inputFiles());
        assertNull(named.values().get("axis"));
        UsageException none = assertThrows(UsageException.class, () -> CallBinding.bind(concatenate, List.of("axis=0")));
        assertTrue(none.getMessage().contains("arrays is missing"), none.getMessage());
        // an op with fixed arguments before none: take(a, indices)
        OpSpec take = OpRegistry.standard().require("numpy.take");
        assertThrows(UsageException.class, () -> CallBinding.bind(take, List.of("a.npy", "i.npy", "j.npy")));
    }

    @Test
    void shapeParameterSyntax() {
        OpSpec reshape = OpRegistry.standard().require("numpy.reshape");
        assertArrayEquals(new int[] {2, -1}, (int[]) CallBinding.bind(reshape, List.of("a.npy", "newshape=(2, -1)"))
                .values().get("newshape"));
        assertArrayEquals(new int[] {4}, (int[]) CallBinding.bind(reshape, List.of("a.npy", "newshape=(4,)"))
                .values().get("newshape"));
        assertArrayEquals(new int[0], (int[]) CallBinding.bind(reshape, List.of("a.npy", "newshape=()"))
                .values().get("newshape"));
        OpSpec getitem = OpRegistry.standard().require("numpy.ndarray.__getitem__");
        assertEquals(org.sciaccel.numpy.Index.parse("1:5, ::-2, ..."),
                CallBinding.bind(getitem, List.of("a.npy", "key=1:5,::-2,...")).values().get("key"));
        OpSpec split = OpRegistry.standard().require("numpy.split");
        assertEquals(3, CallBinding.bind(split, List.of("a.npy", "indices_or_sections=3")).values()
                .get("indices_or_sections"));
        assertArrayEquals(new int[] {3}, (int[]) CallBinding.bind(split, List.of("a.npy", "indices_or_sections=[3]"))
                .values().get("indices_or_sections"));
    }
}
