package org.sciaccel.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The walk behind scipy.cluster.hierarchy.dendrogram: from the root (cluster 2n-2), left child first, each link
 * placed between the centres of its children, leaves 10 apart from x = 5, colours switched to the palette's next
 * one whenever the walk passes from links above the threshold to links below it. SciPy's recursion, made an
 * explicit stack so deep trees (a chain of n merges) do not exhaust the thread's stack.
 */
final class Dendrogram {
    private final double[] z;
    private final int n;
    private final DendrogramOptions o;
    private final String mode;
    private final double p;
    private final double threshold;
    private final List<double[]> icoord = new ArrayList<>();
    private final List<double[]> dcoord = new ArrayList<>();
    private final List<String> colors = new ArrayList<>();
    private final List<String> ivl = new ArrayList<>();
    private final List<Integer> leaves = new ArrayList<>();
    private int currentColor;
    private boolean belowThreshold;

    private Dendrogram(double[] z, int n, DendrogramOptions o, String mode, double p, double threshold) {
        this.z = z;
        this.n = n;
        this.o = o;
        this.mode = mode;
        this.p = p;
        this.threshold = threshold;
    }

    static DendrogramResult compute(double[] z, int n, DendrogramOptions o, String mode, double p) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n - 1; i++) {
            max = Math.max(max, z[i * 4 + 2]);
        }
        double threshold = o.colorThreshold == null ? max * 0.7 : o.colorThreshold;
        Dendrogram d = new Dendrogram(z, n, o, mode, p, threshold);
        d.walk();
        double[][] ic = d.icoord.toArray(new double[0][]);
        double[][] dc = d.dcoord.toArray(new double[0][]);
        int[] lv = d.leaves.stream().mapToInt(Integer::intValue).toArray();
        return new DendrogramResult(ic, dc, List.copyOf(d.ivl), lv, List.copyOf(d.colors), d.leafColors(ic, dc, lv));
    }

    /** One pending visit: the cluster, its level, its left edge, and what is known after its first child. */
    private static final class Frame {
        final int i;
        final int level;
        final double iv;
        int state;
        int ua;
        int ub;
        double[] a;
        String color;

        Frame(int i, int level, double iv) {
            this.i = i;
            this.level = level;
            this.iv = iv;
        }
    }

    /** The root's walk; a visit's result is {centre, width, height, max distance}. */
    private void walk() {
        List<Frame> stack = new ArrayList<>();
        stack.add(new Frame(2 * n - 2, 0, 0.0));
        double[] ret = null;
        while (!stack.isEmpty()) {
            Frame f = stack.get(stack.size() - 1);
            if (f.state == 0) {
                double[] leaf = leafOrNull(f);
                if (leaf != null) {
                    stack.remove(stack.size() - 1);
                    ret = leaf;
                    continue;
                }
                order(f);
                f.state = 1;
                stack.add(new Frame(f.ua, f.level + 1, f.iv));
            } else if (f.state == 1) {
                f.a = ret;
                double h = z[(f.i - n) * 4 + 2];
                if (h >= threshold || threshold <= 0) {
                    f.color = o.aboveThresholdColor;
                    if (belowThreshold) {
                        currentColor = (currentColor + 1) % o.palette.size();
                    }
                    belowThreshold = false;
                } else {
                    belowThreshold = true;
                    f.color = o.palette.get(currentColor);
                }
                f.state = 2;
                stack.add(new Frame(f.ub, f.level + 1, f.iv + f.a[1]));
            } else {
                double[] b = ret;
                double h = z[(f.i - n) * 4 + 2];
                double maxDist = Math.max(Math.max(f.a[3], b[3]), h);
                icoord.add(new double[] {f.a[0], f.a[0], b[0], b[0]});
                dcoord.add(new double[] {f.a[2], h, h, b[2]});
                colors.add(f.color);
                stack.remove(stack.size() - 1);
                ret = new double[] {(f.a[0] + b[0]) / 2, f.a[1] + b[1], h, maxDist};
            }
        }
    }

    /** A leaf's result (a singleton, or a cluster the truncation stops at), recorded; null for an inner link. */
    private double[] leafOrNull(Frame f) {
        int i = f.i;
        if (mode.equals("lastp") && 2 * n - p > i && i >= n || mode.equals("level") && i > n && f.level > p) {
            leaves.add(i);
            ivl.add(o.showLeafCounts ? "(" + (long) z[(i - n) * 4 + 3] + ")" : "");
            return new double[] {f.iv + 5.0, 10.0, 0.0, z[(i - n) * 4 + 2]};
        }
        if (i < n) {
            leaves.add(i);
            ivl.add(o.labels != null ? o.labels.get(i) : Integer.toString(i));
            return new double[] {f.iv + 5.0, 10.0, 0.0, 0.0};
        }
        return null;
    }

    /** Which child is drawn first: SciPy's count_sort, else distance_sort, else the linkage's order. */
    private void order(Frame f) {
        int aa = (int) z[(f.i - n) * 4];
        int ab = (int) z[(f.i - n) * 4 + 1];
        double na = aa >= n ? z[(aa - n) * 4 + 3] : 1;
        double da = aa >= n ? z[(aa - n) * 4 + 2] : 0.0;
        double nb = ab >= n ? z[(ab - n) * 4 + 3] : 1;
        double db = ab >= n ? z[(ab - n) * 4 + 2] : 0.0;
        boolean swap;
        if (o.countSort.equals("ascending") || o.countSort.equals("true")) {
            swap = na > nb;
        } else if (o.countSort.equals("descending")) {
            swap = !(na > nb);
        } else if (o.distanceSort.equals("ascending") || o.distanceSort.equals("true")) {
            swap = da > db;
        } else if (o.distanceSort.equals("descending")) {
            swap = !(da > db);
        } else {
            swap = false;
        }
        f.ua = swap ? ab : aa;
        f.ub = swap ? aa : ab;
    }

    /** SciPy's _get_leaves_color_list: a leaf takes the colour of the link that reaches it at height 0. */
    private List<String> leafColors(double[][] ic, double[][] dc, int[] lv) {
        String[] out = new String[lv.length];
        for (int k = 0; k < ic.length; k++) {
            for (int j = 0; j < 4; j++) {
                double x = ic[k][j];
                if (dc[k][j] == 0.0 && x % 5 == 0 && Math.abs(x % 2) == 1) {
                    out[((int) x - 5) / 10] = colors.get(k);
                }
            }
        }
        return java.util.Collections.unmodifiableList(Arrays.asList(out));
    }
}
