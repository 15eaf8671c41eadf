package org.sciaccel.cpu.morphology;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sciaccel.Shapes;
import org.sciaccel.cpu.CpuThreads;
import org.sciaccel.ndimage.StructureNeighbours;

/**
 * Connected-component labeling over runs (maximal stretches of foreground along the last axis), for structures that
 * join an element to its left neighbour and reach each earlier row through a contiguous range of offsets along the
 * last axis (every structure {@code generate_binary_structure} and {@code iterate_structure} make).
 *
 * <p>The runs of each row are found once; two runs in neighbouring rows are joined when one overlaps the other
 * widened by the row's offset range. Union-find works on run indices, which follow raster order, and a root is always
 * the smallest index of its tree, i.e. the run holding the component's first element: numbering roots in index
 * order is SciPy's numbering. Rows are split into slabs along axis 0 scanned in parallel, then the slab seams are
 * joined; a last parallel pass writes the labels run by run.
 */
final class CpuRunLabeling {
    private final int[] shape;
    private final int width;
    private final int rows;
    private final int rowsPerPlane;
    /** Per earlier-row group: offsets along the outer axes, and the range of offsets along the last axis. */
    private final int[][] outer;
    private final int[] lo;
    private final int[] hi;
    private final CpuThreads threads;

    private CpuRunLabeling(int[] shape, int[][] outer, int[] lo, int[] hi, CpuThreads threads) {
        this.shape = shape.clone();
        this.outer = outer;
        this.lo = lo;
        this.hi = hi;
        this.threads = threads;
        this.width = shape[shape.length - 1];
        this.rows = width == 0 ? 0 : Shapes.size(shape) / width;
        this.rowsPerPlane = shape.length == 1 || shape[0] == 0 ? rows : rows / shape[0];
    }

    /** The run labeling for this structure (3 x ... x 3, raster order), or null where it does not apply. */
    static CpuRunLabeling forStructure(int[] shape, boolean[] structure, CpuThreads threads) {
        int nd = shape.length;
        if (nd == 0) {
            return null;
        }
        int centre = structure.length / 2;
        if (!structure[centre - 1]) {
            return null;
        }
        // Group the earlier neighbours by row (outer offsets); each group's last-axis offsets must be contiguous.
        List<int[]> keys = new ArrayList<>();
        List<int[]> masks = new ArrayList<>();
        for (int[] c : StructureNeighbours.preceding(structure, nd)) {
            int[] key = Arrays.copyOf(c, nd - 1);
            boolean sameRow = true;
            for (int v : key) {
                sameRow &= v == 0;
            }
            if (sameRow) {
                continue; // the left neighbour: inside a run
            }
            int g = 0;
            while (g < keys.size() && !Arrays.equals(keys.get(g), key)) {
                g++;
            }
            if (g == keys.size()) {
                keys.add(key);
                masks.add(new int[1]);
            }
            masks.get(g)[0] |= 1 << (c[nd - 1] + 1);
        }
        int groups = keys.size();
        int[] lo = new int[groups];
        int[] hi = new int[groups];
        for (int g = 0; g < groups; g++) {
            int m = masks.get(g)[0];
            if (m == 0b101) {
                return null; // offsets -1 and +1 without 0: not a range
            }
            lo[g] = Integer.numberOfTrailingZeros(m) - 1;
            hi[g] = 31 - Integer.numberOfLeadingZeros(m) - 1;
        }
        return new CpuRunLabeling(shape, keys.toArray(new int[0][]), lo, hi, threads);
    }

    /** Labels (int32, SciPy's numbering) into {@code labels}; returns the number of components. */
    int label(byte[] in, int[] labels) {
        if (rows == 0) {
            return 0;
        }
        int[] rowRun = new int[rows + 1];
        int chunks = Math.min(rows, threads.threads() * 8);
        threads.parallelFor(chunks, in.length, (from, to) -> {
            for (int c = from; c < to; c++) {
                int r1 = (int) ((long) rows * (c + 1) / chunks);
                for (int r = (int) ((long) rows * c / chunks); r < r1; r++) {
                    rowRun[r + 1] = countRuns(in, r * width);
                }
            }
        });
        for (int r = 0; r < rows; r++) {
            rowRun[r + 1] += rowRun[r];
        }
        int runs = rowRun[rows];
        int[] start = new int[runs];
        int[] end = new int[runs];
        int[] parent = new int[runs];
        int planes = shape.length == 1 ? 1 : shape[0];
        int slabs = Math.max(1, Math.min(planes, threads.threads() * 4));
        int[] slabRow = new int[slabs + 1];
        for (int s = 0; s <= slabs; s++) {
            slabRow[s] = (int) ((long) planes * s / slabs) * rowsPerPlane;
        }
        threads.parallelFor(slabs, in.length, (from, to) -> {
            int[] coord = new int[shape.length];
            int[] rowStart = new int[width / 2 + 2];
            int[] rowEnd = new int[width / 2 + 2];
            for (int s = from; s < to; s++) {
                for (int r = slabRow[s]; r < slabRow[s + 1]; r++) {
                    findRuns(in, r, rowRun[r], start, end, parent, rowStart, rowEnd);
                    joinEarlierRows(r, slabRow[s], true, coord, rowRun, start, end, parent);
                }
            }
        });
        int[] coord = new int[shape.length];
        for (int s = 1; s < slabs; s++) {
            for (int r = slabRow[s]; r < Math.min(slabRow[s + 1], slabRow[s] + rowsPerPlane); r++) {
                joinEarlierRows(r, slabRow[s], false, coord, rowRun, start, end, parent);
            }
        }
        // Point every run at its root and count the roots of each slab; roots are numbered in index order.
        int[] roots = new int[slabs + 1];
        threads.parallelFor(slabs, runs, (from, to) -> {
            for (int s = from; s < to; s++) {
                int first = rowRun[slabRow[s]];
                int count = 0;
                for (int i = first; i < rowRun[slabRow[s + 1]]; i++) {
                    int p = parent[i];
                    if (p == i) {
                        count++;
                    } else {
                        parent[i] = p >= first ? parent[p] : rootOf(parent, p);
                    }
                }
                roots[s + 1] = count;
            }
        });
        for (int s = 0; s < slabs; s++) {
            roots[s + 1] += roots[s];
        }
        // The runs' starts are no longer needed: their array takes the roots' labels (only roots are read back).
        int[] runLabel = start;
        threads.parallelFor(slabs, runs, (from, to) -> {
            for (int s = from; s < to; s++) {
                int next = roots[s];
                for (int i = rowRun[slabRow[s]]; i < rowRun[slabRow[s + 1]]; i++) {
                    if (parent[i] == i) {
                        runLabel[i] = ++next;
                    }
                }
            }
        });
        threads.parallelFor(chunks, in.length, (from, to) -> {
            // Per row: the label of each run, slot 0 for background; each element picks its run's slot branch-free.
            int[] rowLabel = new int[width / 2 + 2];
            for (int c = from; c < to; c++) {
                int r1 = (int) ((long) rows * (c + 1) / chunks);
                for (int r = (int) ((long) rows * c / chunks); r < r1; r++) {
                    writeRow(in, r, rowRun, parent, runLabel, rowLabel, labels);
                }
            }
        });
        return roots[slabs];
    }

    /** Row {@code r}'s labels; a method of its own so that the JIT compiles it whole after a few rows. */
    private void writeRow(byte[] in, int r, int[] rowRun, int[] parent, int[] runLabel, int[] rowLabel, int[] labels) {
        int first = rowRun[r];
        int n = rowRun[r + 1] - first;
        for (int i = 0; i < n; i++) {
            rowLabel[i + 1] = runLabel[parent[first + i]];
        }
        int base = r * width;
        int k = 0;
        int prev = 0;
        for (int x = 0; x < width; x++) {
            int v = in[base + x] != 0 ? 1 : 0;
            k += v & ~prev;
            prev = v;
            labels[base + x] = rowLabel[k & -v];
        }
    }

    private int countRuns(byte[] in, int base) {
        int count = 0;
        int prev = 0;
        for (int x = 0; x < width; x++) {
            int v = in[base + x] != 0 ? 1 : 0;
            count += v & ~prev;
            prev = v;
        }
        return count;
    }

    /**
     * Runs of row {@code r} from index {@code k} on, each its own root. Branch-free: every position is written to the
     * scratch rows and the write index advances only at a run's start or end (random masks defeat branch prediction).
     */
    private void findRuns(byte[] in, int r, int k, int[] start, int[] end, int[] parent, int[] rowStart, int[] rowEnd) {
        int base = r * width;
        int ns = 0;
        int ne = 0;
        int prev = 0;
        for (int x = 0; x < width; x++) {
            int v = in[base + x] != 0 ? 1 : 0;
            rowStart[ns] = x;
            rowEnd[ne] = x;
            ns += v & ~prev;
            ne += prev & ~v;
            prev = v;
        }
        rowEnd[ne] = width; // a run reaching the row's end (ne == ns - 1) ends there
        System.arraycopy(rowStart, 0, start, k, ns);
        System.arraycopy(rowEnd, 0, end, k, ns);
        for (int i = k; i < k + ns; i++) {
            parent[i] = i;
        }
    }

    /**
     * Joins the runs of row {@code r} with the runs of its earlier neighbour rows: with {@code inSlab} those at or
     * after {@code firstRow}, otherwise those before it (the seam with the previous slab).
     */
    private void joinEarlierRows(int r, int firstRow, boolean inSlab, int[] coord, int[] rowRun, int[] start,
            int[] end, int[] parent) {
        int outerDims = shape.length - 1;
        int rest = r;
        for (int ax = outerDims - 1; ax >= 0; ax--) {
            coord[ax] = rest % shape[ax];
            rest /= shape[ax];
        }
        for (int g = 0; g < outer.length; g++) {
            int row = 0;
            boolean inside = true;
            for (int ax = 0; ax < outerDims; ax++) {
                int cc = coord[ax] + outer[g][ax];
                inside &= cc >= 0 && cc < shape[ax];
                row = row * shape[ax] + cc;
            }
            if (!inside || (row >= firstRow) != inSlab) {
                continue;
            }
            joinRows(rowRun[r], rowRun[r + 1], rowRun[row], rowRun[row + 1], lo[g], hi[g], start, end, parent);
        }
    }

    /** Joins each run a of [a0, a1) with the runs of [b0, b1) that overlap columns [start(a)+lo, end(a)-1+hi]. */
    private static void joinRows(int a0, int a1, int b0, int b1, int lo, int hi, int[] start, int[] end,
            int[] parent) {
        int j = b0;
        for (int a = a0; a < a1 && j < b1; a++) {
            int from = start[a] + lo;
            int to = end[a] - 1 + hi;
            while (j < b1 && end[j] - 1 < from) {
                j++;
            }
            if (j == b1 || start[j] > to) {
                continue;
            }
            // The root of a is kept at hand: every tree met is hung under the smaller of the two roots.
            int ra = find(parent, a);
            for (int k = j; k < b1 && start[k] <= to; k++) {
                int rk = find(parent, k);
                if (rk < ra) {
                    parent[ra] = rk;
                    ra = rk;
                } else if (ra < rk) {
                    parent[rk] = ra;
                }
            }
        }
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            int gp = parent[parent[i]];
            parent[i] = gp;
            i = gp;
        }
        return i;
    }

    /** The root without compressing: the path may lie in another slab's runs. */
    private static int rootOf(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }
}
