package org.sciaccel.cpu.reduction;

import org.sciaccel.DType;
import org.sciaccel.HostArray;

/**
 * A reduction in the float domain: the elements cast to a float loop dtype and read as doubles, states of
 * {@link #width} doubles per output (one array each). Inputs already in the loop dtype are read where they lie
 * (float64 always; float32 by the folds that have a float path, {@link #floats} and {@link #rowFloats});
 * others are converted block by block into the task's scratch buffer.
 */
abstract class RealFold extends Fold<double[][], double[]> {
    static final int BLOCK = 2048;

    final HostArray in;
    final DType loop;
    private final double[] f64;
    private final float[] f32;
    private final int width;
    private final Sinks.Real sink;
    /** Set by {@link #finish} when an output meets the reduction's warning condition. */
    volatile boolean flagged;

    RealFold(HostArray in, DType loop, int width, Sinks.Real sink) {
        this.in = in;
        this.loop = loop;
        this.width = width;
        this.sink = sink;
        this.f64 = in.dtype() == DType.FLOAT64 && loop == DType.FLOAT64 ? (double[]) in.data() : null;
        this.f32 = in.dtype() == DType.FLOAT32 && loop == DType.FLOAT32 ? (float[]) in.data() : null;
    }

    @Override
    double[][] newState(int outputs) {
        double[][] s = new double[width][outputs];
        init(s);
        return s;
    }

    /** Sets fresh states to the reduction's start; zeros by default. */
    void init(double[][] s) {
    }

    @Override
    double[] scratch() {
        return new double[BLOCK];
    }

    @Override
    void run(double[][] s, int o, int from, int len, int pos, double[] buf) {
        if (f64 != null) {
            values(s, o, f64, from, len, pos);
            return;
        }
        if (f32 != null && floats(s, o, f32, from, len, pos)) {
            return;
        }
        for (int k = 0; k < len; k += BLOCK) {
            int m = Math.min(BLOCK, len - k);
            LoopValues.doubles(in, loop, from + k, m, buf);
            values(s, o, buf, 0, m, pos + k);
        }
    }

    @Override
    void row(double[][] s, int o0, int from, int len, int pos, double[] buf) {
        if (f64 != null) {
            rowValues(s, o0, f64, from, len, pos);
            return;
        }
        if (f32 != null && rowFloats(s, o0, f32, from, len, pos)) {
            return;
        }
        for (int k = 0; k < len; k += BLOCK) {
            int m = Math.min(BLOCK, len - k);
            LoopValues.doubles(in, loop, from + k, m, buf);
            rowValues(s, o0 + k, buf, 0, m, pos);
        }
    }

    @Override
    void rows(double[][] s, int o0, int from, int stride, int count, int len, int pos, double[] buf) {
        if (f32 == null || !rowsFloats(s, o0, f32, from, stride, count, len)) {
            super.rows(s, o0, from, stride, count, len, pos, buf);
        }
    }

    /** {@link #rows} reading float32 where it lies; false if this fold has no such path. */
    boolean rowsFloats(double[][] s, int o0, float[] v, int from, int stride, int count, int len) {
        return false;
    }

    /** Folds {@code v[off, off + len)} into output {@code o}. */
    abstract void values(double[][] s, int o, double[] v, int off, int len, int pos);

    /** Folds {@code v[off + k]} into output {@code o0 + k}. */
    abstract void rowValues(double[][] s, int o0, double[] v, int off, int len, int pos);

    /** {@link #values} reading float32 where it lies; false if this fold has no such path. */
    boolean floats(double[][] s, int o, float[] v, int off, int len, int pos) {
        return false;
    }

    /** {@link #rowValues} reading float32 where it lies; false if this fold has no such path. */
    boolean rowFloats(double[][] s, int o0, float[] v, int off, int len, int pos) {
        return false;
    }

    /** The result of output {@code o}. */
    abstract double value(double[][] s, int o);

    @Override
    void finish(double[][] s, int o0, int count) {
        for (int o = o0; o < o0 + count; o++) {
            sink.put(o, value(s, o));
        }
    }
}
