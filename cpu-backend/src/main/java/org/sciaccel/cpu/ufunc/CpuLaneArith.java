package org.sciaccel.cpu.ufunc;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link ContiguousKernel}'s loops on the JDK's vector API: the same float (double) operations lane by lane, each
 * product and sum rounded on its own (never a fused multiply-add), so the values are the plain loops'. Only
 * loaded once {@link org.sciaccel.cpu.CpuSimd#enabled()} said yes. Operation codes are ContiguousKernel's.
 */
final class CpuLaneArith {
    static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;

    private CpuLaneArith() {
    }

    /** float32 loops. */
    static final class Floats {
        private Floats() {
        }

        /** {@code o[ob + k] = x[xb + k] op y[yb + k]}, k < n. */
        static void binary(int op, float[] o, int ob, float[] x, int xb, float[] y, int yb, int n) {
            int k = 0;
            int m = F.loopBound(n);
            switch (op) {
                case ContiguousKernel.ADD:
                    for (; k < m; k += F.length()) {
                        FloatVector.fromArray(F, x, xb + k).add(FloatVector.fromArray(F, y, yb + k)).intoArray(o, ob + k);
                    }
                    for (; k < n; k++) o[ob + k] = x[xb + k] + y[yb + k];
                    return;
                case ContiguousKernel.SUB:
                    for (; k < m; k += F.length()) {
                        FloatVector.fromArray(F, x, xb + k).sub(FloatVector.fromArray(F, y, yb + k)).intoArray(o, ob + k);
                    }
                    for (; k < n; k++) o[ob + k] = x[xb + k] - y[yb + k];
                    return;
                case ContiguousKernel.MUL:
                    for (; k < m; k += F.length()) {
                        FloatVector.fromArray(F, x, xb + k).mul(FloatVector.fromArray(F, y, yb + k)).intoArray(o, ob + k);
                    }
                    for (; k < n; k++) o[ob + k] = x[xb + k] * y[yb + k];
                    return;
                case ContiguousKernel.DIV:
                    for (; k < m; k += F.length()) {
                        FloatVector.fromArray(F, x, xb + k).div(FloatVector.fromArray(F, y, yb + k)).intoArray(o, ob + k);
                    }
                    for (; k < n; k++) o[ob + k] = x[xb + k] / y[yb + k];
                    return;
                default:
                    throw new AssertionError(op);
            }
        }

        /** {@code o[ob + k] = c op y[yb + k]}, k < n. */
        static void binary(int op, float[] o, int ob, float c, float[] y, int yb, int n) {
            int k = 0;
            int m = F.loopBound(n);
            FloatVector cv = FloatVector.broadcast(F, c);
            switch (op) {
                case ContiguousKernel.ADD:
                    for (; k < m; k += F.length()) {
                        cv.add(FloatVector.fromArray(F, y, yb + k)).intoArray(o, ob + k);
                    }
                    for (; k < n; k++) o[ob + k] = c + y[yb + k];
                    return;
                case ContiguousKernel.SUB:
                    for (; k < m; k += F.length()) {
                        cv.sub(FloatVector.fromArray(F, y, yb + k)).intoArray(o, ob + k);
                    }
                    for (; k < n; k++) o[ob + k] = c - y[yb + k];
                    return;
                case ContiguousKernel.MUL:
                    for (; k < m; k += F.length()) {
                        cv.mul(FloatVector.fromArray(F, y, yb + k)).intoArray(o, ob + k);
                    }
                    for (; k < n; k++) o[ob + k] = c * y[yb + k];
                    return;
                case ContiguousKernel.DIV:
                    for (; k < m; k += F.length()) {
                        cv.div(FloatVector.fromArray(F, y, yb + k)).intoArray(o, ob + k);
                    }
                    for (; k < n; k++) o[ob + k] = c / y[yb + k];
                    return;
                default:
                    throw new AssertionError(op);
            }
        }

        /** {@code o[ob + k] = x[xb + k] op c}, k < n. */
        static void binary(int op, float[] o, int ob, float[] x, int xb, float c, int n) {
            int k = 0;
            int m = F.loopBound(n);
            FloatVector cv = FloatVector.broadcast(F, c);
            switch (op) {
                case ContiguousKernel.ADD:
                    for (; k < m; k += F.length()) {
                        FloatVector.fromArray(F, x, xb + k).add(cv).intoArray(o, ob + k);
                    }
                    for (; k < n; k++) o[ob + k] = x[xb + k] + c;
                    return;
                case ContiguousKernel.SUB:
                    for (; k < m; k += F.length()) {
                        FloatVector.fromArray(F, x, xb + k).sub(cv).intoArray(o, ob + k);
                    }
                    for (; k < n; k++) o[ob + k] = x[xb + k] - c;
                    return;
                case ContiguousKernel.MUL:
                    for (; k < m; k += F.length()) {
                        FloatVector.fromArray(F, x, xb + k).mul(cv).intoArray(o, ob + k);
                    }
                    for (; k < n; k++) o[ob + k] = x[xb + k] * c;
                    return;
                case ContiguousKernel.DIV:
                    for (; k < m; k += F.length()) {
                        FloatVector.fromArray(F, x, xb + k).div(cv).intoArray(o, ob + k);
                    }
                    for (; k < n; k++) o[ob + k] = x[xb + k] / c;
                    return;
                default:
                    throw new AssertionError(op);
            }
        }

        /** A product and a sum, rounded each: {@code p = x[xb + k] * y[yb + k]}, then {@code p + z[zb + k]} (MUL_ADD),
         * {@code p - z[zb + k]} (MUL_SUB), {@code z[zb + k] + p} (ADD_MUL) or {@code z[zb + k] - p} (SUB_MUL), k < n. */
        static void fused(int op, float[] o, int ob, float[] x, int xb, float[] y, int yb, float[] z, int zb, int n) {
            int k = 0;
            int m = F.loopBound(n);
            switch (op) {
                case ContiguousKernel.MUL_ADD:
                    for (; k < m; k += F.length()) {
                        FloatVector.fromArray(F, x, xb + k).mul(FloatVector.fromArray(F, y, yb + k)).add(FloatVector.fromArray(F, z, zb + k)).intoArray(o, ob + k);
                    }
                    for (; k < n; k++) o[ob + k] = x[xb + k] * y[yb + k] + z[zb + k];
                    return;
                case ContiguousKernel.MUL_SUB:
                    for (; k < m; k += F.length()) {
                        FloatVector.fromArray(F, x, xb + k).mul(FloatVector.fromArray(F, y, yb + k)).sub(FloatVector.fromArray(F, z, zb + k)).intoArray(o, ob + k);
                    }
                    for (; k < n; k++) o[ob + k] = x[xb + k] * y[yb + k] - z[zb + k];
                    return;
                case ContiguousKernel.ADD_MUL:
                    for (; k < m; k += F.length()) {
                        FloatVector.fromArray(F, z, zb + k).add(FloatVector.fromArray(F, x, xb + k).mul(FloatVector.fromArray(F, y, yb + k))).intoArray(o, ob + k);
                    }
                    for (; k < n; k++) o[ob + k] = z[zb + k] + x[xb + k] * y[yb + k];
                    return;
                case ContiguousKernel.SUB_MUL:
                    for (; k < m; k += F.length()) {
                        FloatVector.fromArray(F, z, zb + k).sub(FloatVector.fromArray(F, x, xb + k).mul(FloatVector.fromArray(F, y, yb + k))).intoArray(o, ob + k);
                    }
                    for (; k < n; k++) o[ob + k] = z[zb + k] - x[xb + k] * y[yb + k];
                    return;
                default:
                    throw new AssertionError(op);
            }
        }

        /** A product and a sum, rounded each: {@code p = x[xb + k] * y[yb + k]}, then {@code p + z} (MUL_ADD),
         * {@code p - z} (MUL_SUB), {@code z + p} (ADD_MUL) or {@code z - p} (SUB_MUL), k < n. */
        static void fused(int op, float[] o, int ob, float[] x, int xb, float[] y, int yb, float z, int n) {
            int k = 0;
            int m = F.loopBound(n);
            FloatVector zv = FloatVector.broadcast(F, z);
            switch (op) {
                case ContiguousKernel.MUL_ADD:
                    for (; k < m; k += F.length()) {
                        FloatVector.fromArray(F, x, xb + k).mul(FloatVector.fromArray(F, y, yb + k)).add(zv).intoArray(o, ob + k);
                    }
                    for (; k < n; k++) o[ob + k] = x[xb + k] * y[yb + k] + z;
                    return;
                case ContiguousKernel.MUL_SUB:
                    for (; k < m; k += F.length()) {
                        FloatVector.fromArray(F, x, xb + k).mul(FloatVector.fromArray(F, y, yb + k)).sub(zv).intoArray(o, ob + k);
                    }
                    for (; k < n; k++) o[ob + k] = x[xb + k] * y[yb + k] - z;
                    return;
                case ContiguousKernel.ADD_MUL:
                    for (; k < m; k += F.length()) {
                        zv.add(FloatVector.fromArray(F, x, xb + k).mul(FloatVector.fromArray(F, y, yb + k))).intoArray(o, ob + k);
                    }
                    for (; k < n; k++) o[ob + k] = z + x[xb + k] * y[yb + k];
                    return;
                case ContiguousKernel.SUB_MUL:
                    for (; k < m; k += F.length()) {
                        zv.sub(FloatVector.fromArray(F, x, xb + k).mul(FloatVector.fromArray(F, y, yb + k))).intoArray(o, ob + k);
                    }
                    for (; k < n; k++) o[ob + k] = z - x[xb + k] * y[yb + k];
                    return;
                default:
                    throw new AssertionError(op);
            }
        }

    }

    /** float64 loops. */
    static final class Doubles {
        private Doubles() {
        }

        /** {@code o[ob + k] = x[xb + k] op y[yb + k]}, k < n. */
        static void binary(int op, double[] o, int ob, double[] x, int xb, double[] y, int yb, int n) {
            int k = 0;
            int m = D.loopBound(n);
            switch (op) {
                case ContiguousKernel.ADD:
                    for (; k < m; k += D.length()) {
                        DoubleVector.fromArray(D, x, xb + k).add(DoubleVector.fromArray(D, y, yb + k)).intoArray(o, ob + k);
                    }
                    for (; k < n; k++) o[ob + k] = x[xb + k] + y[yb + k];
                    return;
                case ContiguousKernel.SUB:
                    for (; k < m; k += D.length()) {
                        DoubleVector.fromArray(D, x, xb + k).sub(DoubleVector.fromArray(D, y, yb + k)).intoArray(o, ob + k);
                    }
                    for (; k < n; k++) o[ob + k] = x[xb + k] - y[yb + k];
                    return;
                case ContiguousKernel.MUL:
                    for (; k < m; k += D.length()) {
                        DoubleVector.fromArray(D, x, xb + k).mul(DoubleVector.fromArray(D, y, yb + k)).intoArray(o, ob + k);
                    }
                    for (; k < n; k++) o[ob + k] = x[xb + k] * y[yb + k];
                    return;
                case ContiguousKernel.DIV:
                    for (; k < m; k += D.length()) {
                        DoubleVector.fromArray(D, x, xb + k).div(DoubleVector.fromArray(D, y, yb + k)).intoArray(o, ob + k);
                    }
                    for (; k < n; k++) o[ob + k] = x[xb + k] / y[yb + k];
                    return;
                default:
                    throw new AssertionError(op);
            }
        }

        /** {@code o[ob + k] = c op y[yb + k]}, k < n. */
        static void binary(int op, double[] o, int ob, double c, double[] y, int yb, int n) {
            int k = 0;
            int m = D.loopBound(n);
            DoubleVector cv = DoubleVector.broadcast(D, c);
            switch (op) {
                case ContiguousKernel.ADD:
                    for (; k < m; k += D.length()) {
                        cv.add(DoubleVector.fromArray(D, y, yb + k)).intoArray(o, ob + k);
                    }
                    for (; k < n; k++) o[ob + k] = c + y[yb + k];
                    return;
                case ContiguousKernel.SUB:
                    for (; k < m; k += D.length()) {
                        cv.sub(DoubleVector.fromArray(D, y, yb + k)).intoArray(o, ob + k);
                    }
                    for (; k < n; k++) o[ob + k] = c - y[yb + k];
                    return;
                case ContiguousKernel.MUL:
                    for (; k < m; k += D.length()) {
                        cv.mul(DoubleVector.fromArray(D, y, yb + k)).intoArray(o, ob + k);
                    }
                    for (; k < n; k++) o[ob + k] = c * y[yb + k];
                    return;
                case ContiguousKernel.DIV:
                    for (; k < m; k += D.length()) {
                        cv.div(DoubleVector.fromArray(D, y, yb + k)).intoArray(o, ob + k);
                    }
                    for (; k < n; k++) o[ob + k] = c / y[yb + k];
                    return;
                default:
                    throw new AssertionError(op);
            }
        }

        /** {@code o[ob + k] = x[xb + k] op c}, k < n. */
        static void binary(int op, double[] o, int ob, double[] x, int xb, double c, int n) {
            int k = 0;
            int m = D.loopBound(n);
            DoubleVector cv = DoubleVector.broadcast(D, c);
            switch (op) {
                case ContiguousKernel.ADD:
                    for (; k < m; k += D.length()) {
                        DoubleVector.fromArray(D, x, xb + k).add(cv).intoArray(o, ob + k);
                    }
                    for (; k < n; k++) o[ob + k] = x[xb + k] + c;
                    return;
                case ContiguousKernel.SUB:
                    for (; k < m; k += D.length()) {
                        DoubleVector.fromArray(D, x, xb + k).sub(cv).intoArray(o, ob + k);
                    }
                    for (; k < n; k++) o[ob + k] = x[xb + k] - c;
                    return;
                case ContiguousKernel.MUL:
                    for (; k < m; k += D.length()) {
                        DoubleVector.fromArray(D, x, xb + k).mul(cv).intoArray(o, ob + k);
                    }
                    for (; k < n; k++) o[ob + k] = x[xb + k] * c;
                    return;
                case ContiguousKernel.DIV:
                    for (; k < m; k += D.length()) {
                        DoubleVector.fromArray(D, x, xb + k).div(cv).intoArray(o, ob + k);
                    }
                    for (; k < n; k++) o[ob + k] = x[xb + k] / c;
                    return;
                default:
                    throw new AssertionError(op);
            }
        }

        /** A product and a sum, rounded each: {@code p = x[xb + k] * y[yb + k]}, then {@code p + z[zb + k]} (MUL_ADD),
         * {@code p - z[zb + k]} (MUL_SUB), {@code z[zb + k] + p} (ADD_MUL) or {@code z[zb + k] - p} (SUB_MUL), k < n. */
        static void fused(int op, double[] o, int ob, double[] x, int xb, double[] y, int yb, double[] z, int zb, int n) {
            int k = 0;
            int m = D.loopBound(n);
            switch (op) {
                case ContiguousKernel.MUL_ADD:
                    for (; k < m; k += D.length()) {
                        DoubleVector.fromArray(D, x, xb + k).mul(DoubleVector.fromArray(D, y, yb + k)).add(DoubleVector.fromArray(D, z, zb + k)).intoArray(o, ob + k);
                    }
                    for (; k < n; k++) o[ob + k] = x[xb + k] * y[yb + k] + z[zb + k];
                    return;
                case ContiguousKernel.MUL_SUB:
                    for (; k < m; k += D.length()) {
                        DoubleVector.fromArray(D, x, xb + k).mul(DoubleVector.fromArray(D, y, yb + k)).sub(DoubleVector.fromArray(D, z, zb + k)).intoArray(o, ob + k);
                    }
                    for (; k < n; k++) o[ob + k] = x[xb + k] * y[yb + k] - z[zb + k];
                    return;
                case ContiguousKernel.ADD_MUL:
                    for (; k < m; k += D.length()) {
                        DoubleVector.fromArray(D, z, zb + k).add(DoubleVector.fromArray(D, x, xb + k).mul(DoubleVector.fromArray(D, y, yb + k))).intoArray(o, ob + k);
                    }
                    for (; k < n; k++) o[ob + k] = z[zb + k] + x[xb + k] * y[yb + k];
                    return;
                case ContiguousKernel.SUB_MUL:
                    for (; k < m; k += D.length()) {
                        DoubleVector.fromArray(D, z, zb + k).sub(DoubleVector.fromArray(D, x, xb + k).mul(DoubleVector.fromArray(D, y, yb + k))).intoArray(o, ob + k);
                    }
                    for (; k < n; k++) o[ob + k] = z[zb + k] - x[xb + k] * y[yb + k];
                    return;
                default:
                    throw new AssertionError(op);
            }
        }

        /** A product and a sum, rounded each: {@code p = x[xb + k] * y[yb + k]}, then {@code p + z} (MUL_ADD),
         * {@code p - z} (MUL_SUB), {@code z + p} (ADD_MUL) or {@code z - p} (SUB_MUL), k < n. */
        static void fused(int op, double[] o, int ob, double[] x, int xb, double[] y, int yb, double z, int n) {
            int k = 0;
            int m = D.loopBound(n);
            DoubleVector zv = DoubleVector.broadcast(D, z);
            switch (op) {
                case ContiguousKernel.MUL_ADD:
                    for (; k < m; k += D.length()) {
                        DoubleVector.fromArray(D, x, xb + k).mul(DoubleVector.fromArray(D, y, yb + k)).add(zv).intoArray(o, ob + k);
                    }
                    for (; k < n; k++) o[ob + k] = x[xb + k] * y[yb + k] + z;
                    return;
                case ContiguousKernel.MUL_SUB:
                    for (; k < m; k += D.length()) {
                        DoubleVector.fromArray(D, x, xb + k).mul(DoubleVector.fromArray(D, y, yb + k)).sub(zv).intoArray(o, ob + k);
                    }
                    for (; k < n; k++) o[ob + k] = x[xb + k] * y[yb + k] - z;
                    return;
                case ContiguousKernel.ADD_MUL:
                    for (; k < m; k += D.length()) {
                        zv.add(DoubleVector.fromArray(D, x, xb + k).mul(DoubleVector.fromArray(D, y, yb + k))).intoArray(o, ob + k);
                    }
                    for (; k < n; k++) o[ob + k] = z + x[xb + k] * y[yb + k];
                    return;
                case ContiguousKernel.SUB_MUL:
                    for (; k < m; k += D.length()) {
                        zv.sub(DoubleVector.fromArray(D, x, xb + k).mul(DoubleVector.fromArray(D, y, yb + k))).intoArray(o, ob + k);
                    }
                    for (; k < n; k++) o[ob + k] = z - x[xb + k] * y[yb + k];
                    return;
                default:
                    throw new AssertionError(op);
            }
        }

    }
}
