package org.sciaccel.cpu.ndimage;

import java.util.Arrays;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.Shapes;
import org.sciaccel.cpu.CpuThreads;
import org.sciaccel.ndimage.Mode;

/**
 * {@code scipy.ndimage.correlate1d} on host arrays: any number of dimensions, any axis, every
 * boundary mode, {@code cval}, {@code origin}, every real input dtype to every real output dtype.
 * Sums are formed in double in SciPy's order (see {@link CorrelationKernel}) and stored as
 * {@link org.sciaccel.Casting#castTo} does.
 *
 * <p>The lines along the axis are processed in panels of many lines at once, so that the inner
 * loops run across lines (contiguous, vectorisable) rather than along one line. A panel keeps a
 * window of {@code len} "rows": row {@code k} holds, for every line of the panel, the extended
 * input value at position {@code i + k}, converted to double. Each output position is one kernel
 * call over the window; then the window slides by one row, reading one new row. Two kinds of
 * panel:
 * <ul>
 * <li>contiguous: when the axis has a large stride, a block of neighbouring columns, whose rows are
 *     contiguous runs of the input;</li>
 * <li>gathered: otherwise (the last axis in particular), a group of lines whose rows gather one
 *     element from each line.</li>
 * </ul>
 * Panels, and when there are few of them segments of the axis, are split across the pool of
 * {@link CpuThreads}.
 */
final class CpuCorrelate1d {
    /** Axes with at least this stride use contiguous panels. */
    static final int CONTIGUOUS_MIN_INNER = 64;
    /**
     * Most columns (or lines) in a panel: narrow enough that the rows one output reads (25 rows of
     * 1 KiB for sigma 3) stay in L1, wide enough that the kernel's loops run long. Measured on
     * 4096x4096 float32: 128 beat 64 and 256-1024 by 10-30%.
     */
    static final int MAX_COLUMNS = 128;
    static final int MAX_GATHERED_LINES = 128;
    /**
     * Output positions per block of rows read at once. Gathered panels read a run along each line
     * per block (transposing it), so longer blocks read longer runs.
     */
    static final int CONTIGUOUS_BLOCK = 32;
    static final int GATHERED_BLOCK = 128;
    /** Bound on a panel's rows ({@code block + len - 1} rows of doubles), so that they stay in the per-core L2 cache. */
    static final int WINDOW_DOUBLES = 64 * 1024;

    private CpuCorrelate1d() {
    }

    static HostArray correlate1d(HostArray input, double[] weights, int axis, Mode mode, double cval, int origin,
            DType outType, CpuThreads threads) {
        DType inType = input.dtype();
        if (inType.isComplex()) {
            throw new UnsupportedOperationException("input: complex dtype " + inType
                    + " is not supported by the cpu backend's correlate1d");
        }
        if (outType.isComplex()) {
            throw new UnsupportedOperationException("output: complex dtype " + outType
                    + " is not supported by the cpu backend's correlate1d");
        }
        int[] shape = input.shape();
        int len = weights.length;
        int before = len / 2 + origin;
        if (len == 0 || before < 0 || before >= len) {
            throw new IllegalArgumentException("origin=" + origin + " is invalid for " + len + " weights");
        }
        if (axis < 0 || axis >= shape.length) {
            throw new IllegalArgumentException("axis=" + axis + " is out of range for shape " + Shapes.toString(shape));
        }
        HostArray out = HostArray.zeros(outType, shape);
        if (input.size() == 0) {
            return out;
        }
        new Job(input, out, new CorrelationKernel(weights), shape[axis], Shapes.outer(shape, axis),
                Shapes.inner(shape, axis), before, mode.filterCode(), cval).run(threads);
        return out;
    }

    /** One correlate1d call: the arrays, the geometry of the axis and the boundary rule. */
    private static final class Job {
        final Object src;
        final DType inType;
        final Object dst;
        final DType outType;
        final CorrelationKernel kernel;
        final int len;
        final int n;
        final int outer;
        final int inner;
        /** Extended positions before input index 0: {@code len/2 + origin}. */
        final int before;
        final int modeCode;
        final double cval;

        Job(HostArray in, HostArray out, CorrelationKernel kernel, int n, int outer, int inner, int before,
                int modeCode, double cval) {
            this.src = in.data();
            this.inType = in.dtype();
            this.dst = out.data();
            this.outType = out.dtype();
            this.kernel = kernel;
            this.len = kernel.length();
            this.n = n;
            this.outer = outer;
            this.inner = inner;
            this.before = before;
            this.modeCode = modeCode;
            this.cval = cval;
        }

        void run(CpuThreads threads) {
            boolean contiguous = inner >= CONTIGUOUS_MIN_INNER;
            int maxWidth = contiguous ? MAX_COLUMNS : MAX_GATHERED_LINES;
            int block = contiguous ? CONTIGUOUS_BLOCK : GATHERED_BLOCK;
            // Keep a panel's rows within WINDOW_DOUBLES for long kernels: narrower panels.
            maxWidth = Math.max(8, Math.min(maxWidth, WINDOW_DOUBLES / (block + len - 1)));
            int width;
            int panelsPerPlane;
            int panels;
            if (contiguous) {
                panelsPerPlane = (inner + maxWidth - 1) / maxWidth;
                width = (inner + panelsPerPlane - 1) / panelsPerPlane; // equal widths
                panels = outer * panelsPerPlane;
            } else {
                int lines = outer * inner;
                panels = (lines + maxWidth - 1) / maxWidth;
                width = (lines + panels - 1) / panels;
                panelsPerPlane = 0;
            }
            // Few panels: also split the axis, each segment re-reading len - 1 rows of halo.
            int wanted = 4 * threads.threads();
            int segments = 1;
            if (panels < wanted) {
                segments = Math.max(1, Math.min((wanted + panels - 1) / panels, n / Math.max(2 * len, 32)));
            }
            int segs = segments;
            int tasks = panels * segments;
            long work = (long) outer * n * inner * len;
            threads.parallelFor(tasks, work, (from, to) -> {
                Window window = new Window(width, Math.min(block, n), contiguous);
                for (int t = from; t < to; t++) {
                    int panel = t / segs;
                    int seg = t - panel * segs;
                    int i0 = (int) ((long) n * seg / segs);
                    int i1 = (int) ((long) n * (seg + 1) / segs);
                    if (contiguous) {
                        int o = panel / panelsPerPlane;
                        int x0 = (panel - o * panelsPerPlane) * width;
                        window.setContiguous(o * n * inner + x0, Math.min(width, inner - x0));
                    } else {
                        int l0 = panel * width;
                        window.setGathered(l0, Math.min(width, outer * inner - l0));
                    }
                    window.run(i0, i1);
                }
            });
        }

        /** Input index seen at extended position {@code j} (index {@code j - before}), or -1 for cval. */
        int sourceIndex(int j) {
            return Mode.extendIndex(j - before, n, modeCode);
        }

        /**
         * One thread's rows for a panel of lines, reused across panels. Row {@code r} holds, for every
         * line of the panel, the extended input at one position; output position {@code i} reads
         * the {@code len} consecutive rows starting at its own. Rows are read a block at a time;
         * the last {@code len - 1} rows of a block are the first of the next.
         */
        private final class Window {
            final int block;
            final boolean contiguous;
            double[][] rows;
            double[][] spare;
            final double[] acc;
            /** Gathered panels: outputs of a block, one row per position, written back line by line. */
            final double[][] outRows;
            /** Contiguous panel: offset of its first column at position 0. Gathered: first line's offset per line. */
            int base;
            final int[] lineBase;
            int count;

            Window(int width, int block, boolean contiguous) {
                this.block = block;
                this.contiguous = contiguous;
                this.rows = new double[block + len - 1][width];
                this.spare = new double[block + len - 1][];
                this.acc = new double[width];
                this.outRows = contiguous ? null : new double[block][width];
                this.lineBase = contiguous ? null : new int[width];
            }

            void setContiguous(int base, int columns) {
                this.base = base;
                this.count = columns;
            }

            void setGathered(int firstLine, int lines) {
                this.count = lines;
                for (int b = 0; b < lines; b++) {
                    int line = firstLine + b;
                    int o = line / inner;
                    lineBase[b] = o * n * inner + (line - o * inner);
                }
            }

            /** Outputs at positions {@code [i0, i1)} of every line of the panel. */
            void run(int i0, int i1) {
                load(i0, 0, len - 1);
                for (int i = i0; i < i1; i += block) {
                    int q = Math.min(block, i1 - i);
                    load(i + len - 1, len - 1, q);
                    if (contiguous) {
                        for (int r = 0; r < q; r++) {
                            kernel.apply(rows, r, acc, count);
                            TypedLines.write(acc, 0, dst, outType, base + (i + r) * inner, count);
                        }
                    } else {
                        for (int r = 0; r < q; r++) {
                            kernel.apply(rows, r, outRows[r], count);
                        }
                        TypedLines.writeColumns(outRows, dst, outType, lineBase, i * inner, inner, count, q);
                    }
                    carry(q);
                }
            }

            /** Rows {@code [row0, row0 + cnt)} := extended positions {@code [pos0, pos0 + cnt)}. */
            private void load(int pos0, int row0, int cnt) {
                int q = 0;
                while (q < cnt) {
                    int s = sourceIndex(pos0 + q);
                    if (s < 0) {
                        Arrays.fill(rows[row0 + q], 0, count, cval);
                        q++;
                        continue;
                    }
                    if (contiguous) {
                        TypedLines.read(src, inType, base + s * inner, rows[row0 + q], 0, count);
                        q++;
                        continue;
                    }
                    // A run of consecutive input indices is read along each line, transposed into the rows.
                    int run = 1;
                    while (q + run < cnt && sourceIndex(pos0 + q + run) == s + run) {
                        run++;
                    }
                    TypedLines.readColumns(src, inType, lineBase, s * inner, inner, rows, row0 + q, count, run);
                    q += run;
                }
            }

            /** Moves the last {@code len - 1} of the {@code q + len - 1} rows in use to the front (references only). */
            private void carry(int q) {
                int keep = len - 1;
                System.arraycopy(rows, q, spare, 0, keep);
                System.arraycopy(rows, 0, spare, keep, q);
                System.arraycopy(rows, q + keep, spare, keep + q, rows.length - q - keep);
                double[][] t = rows;
                rows = spare;
                spare = t;
            }
        }
    }
}
