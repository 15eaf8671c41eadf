package org.sciaccel.cpu.morphology;

import org.sciaccel.DType;
import org.sciaccel.HostArray;

/** {@code find_objects}: per label, the smallest and one-past-largest coordinate along every axis. */
final class CpuObjectBounds {
    private CpuObjectBounds() {
    }

    static int[][] find(HostArray labels, int maxLabel) {
        long[] l = labels.dtype() == DType.INT64 ? (long[]) labels.data() : (long[]) labels.astype(DType.INT64).data();
        int nd = labels.ndim();
        int[] shape = labels.shape();
        int max = maxLabel;
        if (max < 0) {
            long m = 0;
            for (long v : l) {
                m = Math.max(m, v);
            }
            max = (int) Math.min(m, Integer.MAX_VALUE - 8);
        }
        int[][] boxes = new int[max][];
        int[] c = new int[nd];
        for (int i = 0; i < l.length; i++) {
            long v = l[i];
            if (v >= 1 && v <= max) {
                int[] b = boxes[(int) v - 1];
                if (b == null) {
                    b = new int[2 * nd];
                    for (int ax = 0; ax < nd; ax++) {
                        b[2 * ax] = c[ax];
                        b[2 * ax + 1] = c[ax] + 1;
                    }
                    boxes[(int) v - 1] = b;
                } else {
                    for (int ax = 0; ax < nd; ax++) {
                        b[2 * ax] = Math.min(b[2 * ax], c[ax]);
                        b[2 * ax + 1] = Math.max(b[2 * ax + 1], c[ax] + 1);
                    }
                }
            }
            for (int ax = nd - 1; ax >= 0; ax--) {
                if (++c[ax] < shape[ax]) {
                    break;
                }
                c[ax] = 0;
            }
        }
        return boxes;
    }
}
