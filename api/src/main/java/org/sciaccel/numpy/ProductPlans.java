package org.sciaccel.numpy;

import java.util.Arrays;
import org.sciaccel.DType;
import org.sciaccel.Shapes;
import org.sciaccel.spi.ContractPlan;
import org.sciaccel.spi.TracePlan;

/** The shapes and strides of dot, inner, outer and trace as {@link ContractPlan}s and {@link TracePlan}s. */
final class ProductPlans {
    private ProductPlans() {
    }

    /** {@code multiply(a, b)} with one operand 0-d: every element of the other times the scalar. */
    static ContractPlan scalarTimes(int[] as, int[] bs) {
        if (as.length == 0) {
            int n = Shapes.size(bs);
            return new ContractPlan(1, 1, 1, n, 0, 0, 1, bs);
        }
        int n = Shapes.size(as);
        return new ContractPlan(n, 1, 1, 1, 0, 0, 0, as);
    }

    /** {@code numpy.dot} of non-0-d operands: a's last axis against b's only or second-to-last axis. */
    static ContractPlan dot(String op, int[] as, int[] bs) {
        int j = as[as.length - 1];
        int bAxis = bs.length == 1 ? 0 : bs.length - 2;
        if (bs[bAxis] != j) {
            throw new IllegalArgumentException(op + ": shapes " + Shapes.toString(as) + " and " + Shapes.toString(bs)
                    + " not aligned: " + j + " (dim " + (as.length - 1) + ") != " + bs[bAxis] + " (dim " + bAxis + ")");
        }
        int i = Shapes.size(Arrays.copyOf(as, as.length - 1));
        int[] lead = Arrays.copyOf(as, as.length - 1);
        if (bs.length == 1) {
            return new ContractPlan(i, j, 1, 1, 0, 1, 0, lead);
        }
        int m = bs[bs.length - 1];
        int k = Shapes.size(Arrays.copyOf(bs, bs.length - 2));
        int[] shape = SortArgs.concat(SortArgs.concat(lead, Arrays.copyOf(bs, bs.length - 2)), new int[] {m});
        return new ContractPlan(i, j, k, m, (long) j * m, m, 1, shape);
    }

    /** {@code numpy.inner} of non-0-d operands: the last axes against each other. */
    static ContractPlan inner(String op, int[] as, int[] bs) {
        int j = as[as.length - 1];
        if (bs[bs.length - 1] != j) {
            throw new IllegalArgumentException(op + ": shapes " + Shapes.toString(as) + " and " + Shapes.toString(bs)
                    + " not aligned: " + j + " (dim " + (as.length - 1) + ") != " + bs[bs.length - 1] + " (dim "
                    + (bs.length - 1) + ")");
        }
        int[] la = Arrays.copyOf(as, as.length - 1);
        int[] lb = Arrays.copyOf(bs, bs.length - 1);
        return new ContractPlan(Shapes.size(la), j, 1, Shapes.size(lb), 0, 1, j, SortArgs.concat(la, lb));
    }

    /** {@code numpy.outer}: the flattened operands, {@code (a.size, b.size)}. */
    static ContractPlan outer(int na, int nb) {
        return new ContractPlan(na, 1, 1, nb, 0, 0, 1, new int[] {na, nb});
    }

    /** {@code numpy.trace(a, offset, axis1, axis2)} of an array of {@code shape} (axes already resolved and distinct). */
    static TracePlan trace(int[] shape, int offset, int axis1, int axis2, DType sumType) {
        long[] strides = new long[shape.length];
        long s = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            strides[d] = s;
            s *= shape[d];
        }
        int n1 = shape[axis1];
        int n2 = shape[axis2];
        long start;
        int count;
        if (offset >= 0) {
            count = (int) Math.max(0, Math.min((long) n1, (long) n2 - offset));
            start = count == 0 ? 0 : (long) offset * strides[axis2];
        } else {
            count = (int) Math.max(0, Math.min((long) n1 + offset, (long) n2));
            start = count == 0 ? 0 : -(long) offset * strides[axis1];
        }
        int[] outer = new int[shape.length - 2];
        long[] outerStrides = new long[shape.length - 2];
        for (int d = 0, o = 0; d < shape.length; d++) {
            if (d != axis1 && d != axis2) {
                outer[o] = shape[d];
                outerStrides[o++] = strides[d];
            }
        }
        return new TracePlan(outer, outerStrides, start, strides[axis1] + strides[axis2], count, sumType);
    }

    /** NumPy's default dtype of a sum: small integers and bool widen to int64 (unsigned: uint64). */
    static DType sumType(DType t) {
        switch (t) {
            case BOOL: case INT8: case INT16: case INT32: return DType.INT64;
            case UINT8: case UINT16: case UINT32: return DType.UINT64;
            default: return t;
        }
    }
}
