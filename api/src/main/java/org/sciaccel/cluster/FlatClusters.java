package org.sciaccel.cluster;

/**
 * scipy.cluster.hierarchy's tree walks over a linkage matrix (row-major (n-1) x 4), as SciPy 1.10's: the
 * inconsistency statistics of each link and the links below it to a depth, the monotone criteria (the largest
 * distance or inconsistency in each subtree), the flat clusters cut at a criterion's threshold (numbered in the
 * order SciPy's depth-first walk meets them, left subtree first, a node's leaves after its subtrees), the
 * threshold that gives at most a number of clusters, and the leaves in the order a preorder walk lists them.
 */
final class FlatClusters {
    private FlatClusters() {
    }

    private static int child(double[] z, int node, int side) {
        return (int) z[node * 4 + side];
    }

    /** inconsistent(Z, d): per link, {mean, std, count, coefficient} of the heights of the links to depth d. */
    static double[] inconsistent(double[] z, int n, int d) {
        double[] r = new double[(n - 1) * 4];
        int[] stack = new int[n];
        boolean[] visited = new boolean[2 * n - 1];
        for (int i = 0; i < n - 1; i++) {
            java.util.Arrays.fill(visited, false);
            int k = 0;
            int count = 0;
            double sum = 0;
            double squares = 0;
            stack[0] = i;
            while (k >= 0) {
                int root = stack[k];
                if (k < d - 1) {
                    int lc = child(z, root, 0);
                    if (lc >= n && !visited[lc]) {
                        visited[lc] = true;
                        stack[++k] = lc - n;
                        continue;
                    }
                    int rc = child(z, root, 1);
                    if (rc >= n && !visited[rc]) {
                        visited[rc] = true;
                        stack[++k] = rc - n;
                        continue;
                    }
                }
                double dist = z[root * 4 + 2];
                count++;
                sum += dist;
                squares += dist * dist;
                k--;
            }
            r[i * 4] = sum / count;
            r[i * 4 + 2] = count;
            double var = count < 2 ? (squares - sum * sum / count) / count
                    : (squares - sum * sum / count) / (count - 1);
            if (var > 0) {
                double std = Math.sqrt(var);
                r[i * 4 + 1] = std;
                r[i * 4 + 3] = (z[i * 4 + 2] - r[i * 4]) / std;
            }
        }
        return r;
    }

    /** The largest of column {@code field} of {@code values} (rows of 4) over each link's subtree. */
    static double[] subtreeMax(double[] z, int n, double[] values, int field) {
        double[] m = new double[n - 1];
        // links are formed in row order, so a link's children come before it
        for (int i = 0; i < n - 1; i++) {
            double v = values[i * 4 + field];
            for (int side = 0; side < 2; side++) {
                int c = child(z, i, side);
                if (c >= n && m[c - n] > v) {
                    v = m[c - n];
                }
            }
            m[i] = v;
        }
        return m;
    }

    /** cluster_monocrit: flat clusters 1, 2, ... of the subtrees whose criterion is at most cutoff. */
    static int[] monocrit(double[] z, int n, double[] mc, double cutoff) {
        int[] t = new int[n];
        int[] stack = new int[n];
        boolean[] visited = new boolean[2 * n - 1];
        int clusters = 0;
        int leader = -1;
        int k = 0;
        stack[0] = 2 * n - 2;
        while (k >= 0) {
            int root = stack[k] - n;
            int lc = child(z, root, 0);
            int rc = child(z, root, 1);
            if (leader == -1 && mc[root] <= cutoff) {
                leader = root;
                clusters++;
            }
            if (lc >= n && !visited[lc]) {
                visited[lc] = true;
                stack[++k] = lc;
                continue;
            }
            if (rc >= n && !visited[rc]) {
                visited[rc] = true;
                stack[++k] = rc;
                continue;
            }
            if (lc < n) {
                if (leader == -1) {
                    clusters++;
                }
                t[lc] = clusters;
            }
            if (rc < n) {
                if (leader == -1) {
                    clusters++;
                }
                t[rc] = clusters;
            }
            if (leader == root) {
                leader = -1;
            }
            k--;
        }
        return t;
    }

    /**
     * cluster_maxclust_monocrit: SciPy's binary search over the sorted criterion values for the cut that leaves
     * at most {@code maxClusters} clusters (cutting at a value v leaves n minus the number of links with criterion
     * at most v, the criterion being monotone). Its lower end, index 0, is never tried, so the cut is never below
     * the second-smallest value: with maxClusters >= n - 1 SciPy leaves n - 2 clusters (when those values differ),
     * and so does this.
     */
    static int[] maxclust(double[] z, int n, double[] mc, int maxClusters) {
        double[] sorted = mc.clone();
        java.util.Arrays.sort(sorted);
        int lower = 0;
        int upper = n - 2;
        while (upper - lower > 1) {
            int i = (lower + upper) >>> 1;
            double cut = sorted[i];
            int merged = 0;
            for (double v : mc) {
                merged += v <= cut ? 1 : 0;
            }
            if (n - merged > maxClusters) {
                lower = i;
            } else {
                upper = i;
            }
        }
        return monocrit(z, n, mc, sorted[upper]);
    }

    /** leaves_list: the leaves in preorder, left subtree first. */
    static int[] leaves(double[] z, int n) {
        int[] out = new int[n];
        int[] stack = new int[2 * n];
        int k = 0;
        int o = 0;
        stack[0] = 2 * n - 2;
        while (k >= 0) {
            int node = stack[k--];
            if (node < n) {
                out[o++] = node;
            } else {
                stack[++k] = child(z, node - n, 1);
                stack[++k] = child(z, node - n, 0);
            }
        }
        return out;
    }
}
