package org.sciaccel.cpu.morphology;

import java.util.ArrayList;
import java.util.List;
import org.sciaccel.Shapes;
import org.sciaccel.cpu.CpuThreads;
import org.sciaccel.ndimage.StructureNeighbours;

/**
 * Connected-component labeling by union-find: the array is cut into slabs along axis 0, each slab is scanned in
 * parallel linking every foreground element to its earlier neighbours (roots are always the smallest index, i.e.
 * the component's first element in raster order), the slab seams are merged, and the roots are numbered in raster
 * order, which is SciPy's numbering.
 */
final class CpuConnectedComponents {
    private final int[] shape;
    private final int width;
    private final int rows;
    /** Earlier neighbours: offsets along the outer axes and along the last axis. */
    private final int[][] outer;
    private final int[] dx;
    private final CpuThreads threads;

    CpuConnectedComponents(int[] shape, boolean[] structure, CpuThreads threads) {
        this.shape = shape.clone();
        this.threads = threads;
        int nd = shape.length;
        this.width = shape[nd - 1];
        this.rows = width == 0 ? 0 : Shapes.size(shape) / width;
        List<int[]> o = new ArrayList<>();
        List<Integer> d = new ArrayList<>();
        // Elements before the centre in raster order are exactly the earlier neighbours.
        for (int[] c : StructureNeighbours.preceding(structure, nd)) {
            int[] key = new int[nd - 1];
            System.arraycopy(c, 0, key, 0, nd - 1);
            o.add(key);
            d.add(c[nd - 1]);
        }
        this.outer = o.toArray(new int[0][]);
        this.dx = d.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Labels (int32, raster-ordered) into {@code labels}; returns the number of components. */
    int label(byte[] in, int[] labels) {
        if (rows == 0) {
            return 0;
        }
        int n = in.length;
        int[] parent = new int[n];
        int slabs = shape.length == 1 ? 1 : Math.min(shape[0], Math.max(1, threads.threads() * 4));
        int rowsPerPlane = rows / Math.max(1, shape.length == 1 ? 1 : shape[0]);
        int[] slabStartRow = new int[slabs + 1];
        for (int s = 0; s <= slabs; s++) {
            int plane = shape.length == 1 ? (s == 0 ? 0 : 1) : (int) ((long) shape[0] * s / slabs);
            slabStartRow[s] = shape.length == 1 ? (s == 0 ? 0 : rows) : plane * rowsPerPlane;
        }
        threads.parallelFor(slabs, (long) n * Math.max(1, dx.length), (from, to) -> {
            int[] coord = new int[shape.length - 1];
            int[] nbRow = new int[outer.length];
            for (int s = from; s < to; s++) {
                for (int r = slabStartRow[s]; r < slabStartRow[s + 1]; r++) {
                    scanRow(in, parent, r, slabStartRow[s], coord, nbRow, true);
                }
            }
        });
        // Seams: the first plane of each slab against the slab before it.
        int[] coord = new int[shape.length - 1];
        int[] nbRow = new int[outer.length];
        for (int s = 1; s < slabs; s++) {
            int start = slabStartRow[s];
            int end = Math.min(slabStartRow[s + 1], start + rowsPerPlane);
            for (int r = start; r < end; r++) {
                scanRow(in, parent, r, 0, coord, nbRow, false);
            }
        }
        // Resolve every element to its root, count roots per slab, then number them in raster order.
        int[] roots = new int[slabs + 1];
        threads.parallelFor(slabs, n, (from, to) -> {
            for (int s = from; s < to; s++) {
                int count = 0;
                int lo = slabStartRow[s] * width;
                int hi = slabStartRow[s + 1] * width;
                for (int i = lo; i < hi; i++) {
                    if (in[i] == 0) {
                        continue;
                    }
                    int p = parent[i];
                    if (p == i) {
                        count++;
                    } else {
                        parent[i] = p >= lo ? parent[p] : find(parent, p);
                    }
                }
                roots[s + 1] = count;
            }
        });
        for (int s = 0; s < slabs; s++) {
            roots[s + 1] += roots[s];
        }
        // Number the roots in raster order; an element whose root lies in this slab takes the root's number at once
        // (the root comes first), the few whose root lies in an earlier slab are fixed up after every slab is done.
        int[][] deferred = new int[slabs][];
        int[] deferredCount = new int[slabs];
        threads.parallelFor(slabs, n, (from, to) -> {
            for (int s = from; s < to; s++) {
                int next = roots[s];
                int lo = slabStartRow[s] * width;
                int hi = slabStartRow[s + 1] * width;
                int[] later = new int[16];
                int k = 0;
                for (int i = lo; i < hi; i++) {
                    if (in[i] == 0) {
                        labels[i] = 0;
                        continue;
                    }
                    int p = parent[i];
                    if (p == i) {
                        labels[i] = ++next;
                    } else if (p >= lo) {
                        labels[i] = labels[p];
                    } else {
                        if (k == later.length) {
                            later = java.util.Arrays.copyOf(later, 2 * k);
                        }
                        later[k++] = i;
                    }
                }
                deferred[s] = later;
                deferredCount[s] = k;
            }
        });
        for (int s = 0; s < slabs; s++) {
            int[] later = deferred[s];
            for (int k = 0; k < deferredCount[s]; k++) {
                labels[later[k]] = labels[parent[later[k]]];
            }
        }
        return roots[slabs];
    }

    /**
     * Links the foreground elements of row {@code r} with their earlier neighbours. With {@code inSlab}, only
     * neighbours in rows at or after {@code firstRow} (this slab), and every element starts as its own root; without,
     * only the neighbours in earlier slabs (the seam).
     */
    private void scanRow(byte[] in, int[] parent, int r, int firstRow, int[] coord, int[] nbRow, boolean inSlab) {
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
            // In a slab: neighbours inside it; on a seam: only those in earlier planes (the slab before).
            boolean wanted = inSlab ? row >= firstRow : row < r - (r % Math.max(1, rows / shape[0]));
            nbRow[g] = inside && wanted ? row * width : -1;
        }
        int base = r * width;
        int groups = outer.length;
        for (int x = 0; x < width; x++) {
            int i = base + x;
            if (in[i] == 0) {
                continue;
            }
            // The smallest root among the earlier foreground neighbours; their trees are linked under it.
            int root = -1;
            for (int g = 0; g < groups; g++) {
                int nb = nbRow[g];
                int xx = x + dx[g];
                if (nb < 0 || xx < 0 || xx >= width || in[nb + xx] == 0) {
                    continue;
                }
                int rt = find(parent, nb + xx);
                if (root < 0) {
                    root = rt;
                } else if (rt < root) {
                    parent[root] = rt;
                    root = rt;
                } else if (rt > root) {
                    parent[rt] = root;
                }
            }
            if (inSlab) {
                parent[i] = root < 0 ? i : root;
            } else if (root >= 0) {
                // On a seam the element already belongs to a tree of its own slab: link the two roots.
                int own = find(parent, i);
                if (own < root) {
                    parent[root] = own;
                } else if (root < own) {
                    parent[own] = root;
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

}
