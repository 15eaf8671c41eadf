package org.sciaccel.spi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.sciaccel.DType;

/**
 * An element-wise computation as a backend runs it: a small expression tree whose leaves are the operand
 * arrays (any dtype, any shape that broadcasts to the result's) and scalar constants, and whose inner nodes
 * are {@link ElementwiseFunction}s, each with the NumPy loop it runs (the dtypes its arguments are converted
 * to, and the dtype it produces). A single ufunc call is a program of one node; a formula
 * ({@code where(x > t, log1p(x) * w, 0)}) is a program of many, run by the backend in one pass (one kernel on
 * OpenCL) with NumPy's result for every node: each node's result is exactly what the NumPy call of that node
 * would give (float16 rounded after every node, integers wrapped).
 *
 * <p>Nodes are numbered in the order they were added; a node's arguments are earlier nodes. Build one with
 * {@link #builder()}:
 *
 * <pre>{@code
 * ElementwiseProgram.Builder b = ElementwiseProgram.builder();
 * int x = b.array(0, DType.FLOAT32);
 * int two = b.scalar(DType.FLOAT64, 2.0);
 * int y = b.call(ElementwiseFunction.MULTIPLY, List.of(DType.FLOAT32, DType.FLOAT32), DType.FLOAT32, x, two);
 * ElementwiseProgram p = b.build(y);
 * }</pre>
 *
 * <p>Programs are values: {@link #key()} is a canonical text of the structure and dtypes (not of the
 * scalars' values), which backends use to cache compiled kernels.
 */
public final class ElementwiseProgram {
    /** What a node is. */
    public enum Kind {
        /** An operand array: {@link Node#operand()} indexes the arrays given to {@code evaluate}. */
        ARRAY,
        /** A scalar constant of {@link Node#type()}. */
        SCALAR,
        /** A function of earlier nodes. */
        CALL
    }

    /**
     * One node.
     *
     * @param kind     leaf or call
     * @param type     the node's dtype: the operand's, the scalar's, or the call's output
     * @param operand  for an ARRAY leaf, the operand's index; -1 otherwise
     * @param bits     for an integer or bool SCALAR, its value (sign- or zero-extended; uint64's bits)
     * @param real     for a float or complex SCALAR, its (real part's) value
     * @param imag     for a complex SCALAR, its imaginary part
     * @param function for a CALL, the function
     * @param inTypes  for a CALL, the loop's input dtypes: each argument is converted to its entry first
     * @param args     for a CALL, the argument nodes' indices
     * @param params   for a CALL of NAN_TO_NUM, {nan, posinf, neginf}; empty otherwise
     */
    public record Node(Kind kind, DType type, int operand, long bits, double real, double imag,
            ElementwiseFunction function, List<DType> inTypes, int[] args, double[] params) {
        public Node {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(type, "type");
            inTypes = inTypes == null ? List.of() : List.copyOf(inTypes);
            args = args == null ? new int[0] : args.clone();
            params = params == null ? new double[0] : params.clone();
        }

        @Override
        public int[] args() {
            return args.clone();
        }

        /** Argument {@code i}'s node index. */
        public int arg(int i) {
            return args[i];
        }

        @Override
        public double[] params() {
            return params.clone();
        }

        /** Parameter {@code i} (NAN_TO_NUM's replacements). */
        public double param(int i) {
            return params[i];
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Node n && n.kind == kind && n.type == type && n.operand == operand && n.bits == bits
                    && Double.compare(n.real, real) == 0 && Double.compare(n.imag, imag) == 0 && n.function == function
                    && n.inTypes.equals(inTypes) && Arrays.equals(n.args, args) && Arrays.equals(n.params, params);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, type, operand, function, inTypes, Arrays.hashCode(args));
        }

        /** The node's part of {@link ElementwiseProgram#key()}. */
        String key() {
            switch (kind) {
                case ARRAY: return "a" + operand + ":" + type;
                case SCALAR: return "s:" + type;
                default: {
                    StringBuilder b = new StringBuilder(function.name().toLowerCase(java.util.Locale.ROOT)).append('[');
                    for (int i = 0; i < inTypes.size(); i++) {
                        b.append(i > 0 ? "," : "").append(inTypes.get(i));
                    }
                    b.append("->").append(type).append("](");
                    for (int i = 0; i < args.length; i++) {
                        b.append(i > 0 ? "," : "").append('n').append(args[i]);
                    }
                    return b.append(')').toString();
                }
            }
        }
    }

    private final List<Node> nodes;
    private final int root;
    private final int operandCount;
    private final String key;

    private ElementwiseProgram(List<Node> nodes, int root) {
        this.nodes = List.copyOf(nodes);
        this.root = root;
        int ops = 0;
        StringBuilder k = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            if (n.kind() == Kind.ARRAY) {
                ops = Math.max(ops, n.operand() + 1);
            }
            k.append(i > 0 ? ";" : "").append('n').append(i).append('=').append(n.key());
        }
        this.operandCount = ops;
        this.key = k.append(";root=n").append(root).toString();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every node, arguments before the nodes that use them. */
    public List<Node> nodes() {
        return nodes;
    }

    public Node node(int i) {
        return nodes.get(i);
    }

    /** The index of the node whose value is the program's result. */
    public int root() {
        return root;
    }

    /** The result's dtype. */
    public DType resultType() {
        return nodes.get(root).type();
    }

    /** How many operand arrays {@code evaluate} takes (one more than the largest operand index). */
    public int operandCount() {
        return operandCount;
    }

    /**
     * The dtype each operand array must have ({@code null} for an index no leaf uses).
     */
    public DType[] operandTypes() {
        DType[] t = new DType[operandCount];
        for (Node n : nodes) {
            if (n.kind() == Kind.ARRAY) {
                t[n.operand()] = n.type();
            }
        }
        return t;
    }

    /** A canonical text of the program's structure and dtypes (scalar values left out), for caches. */
    public String key() {
        return key;
    }

    /** Whether any node runs on a double-precision dtype (its inputs, output or a scalar leaf). */
    public boolean usesDoublePrecision() {
        for (Node n : nodes) {
            if (n.kind() == Kind.SCALAR) {
                continue; // a float64 constant of a float32 loop is converted before the device sees it
            }
            if (isDouble(n.type())) {
                return true;
            }
            for (DType t : n.inTypes()) {
                if (isDouble(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isDouble(DType t) {
        return t == DType.FLOAT64 || t == DType.COMPLEX128;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ElementwiseProgram p && p.root == root && p.nodes.equals(nodes);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return "ElementwiseProgram(" + key + ")";
    }

    /** Adds nodes one by one; each method returns the new node's index. */
    public static final class Builder {
        private final List<Node> nodes = new ArrayList<>();

        private Builder() {
        }

        /** Operand array {@code operand} (its dtype; its shape is given at evaluation). */
        public int array(int operand, DType dtype) {
            if (operand < 0) {
                throw new IllegalArgumentException("operand index " + operand + " is negative");
            }
            return add(new Node(Kind.ARRAY, dtype, operand, 0, 0, 0, null, null, null, null));
        }

        /** An integer or bool constant ({@code bits}: the value, sign- or zero-extended; uint64's bits). */
        public int scalar(DType dtype, long bits) {
            if (!dtype.isIntegral()) {
                throw new IllegalArgumentException("scalar: " + dtype + " is not an integer type; give a double");
            }
            return add(new Node(Kind.SCALAR, dtype, -1, bits, bits, 0, null, null, null, null));
        }

        /** A float constant of a float dtype (the value is rounded to it on use). */
        public int scalar(DType dtype, double value) {
            if (!dtype.isFloatingPoint()) {
                throw new IllegalArgumentException("scalar: " + dtype + " is not a float type");
            }
            return add(new Node(Kind.SCALAR, dtype, -1, 0, value, 0, null, null, null, null));
        }

        /** A complex constant. */
        public int complexScalar(DType dtype, double real, double imag) {
            if (!dtype.isComplex()) {
                throw new IllegalArgumentException("complexScalar: " + dtype + " is not a complex type");
            }
            return add(new Node(Kind.SCALAR, dtype, -1, 0, real, imag, null, null, null, null));
        }

        /**
         * {@code function(args...)} running the loop {@code inTypes -> outType}.
         *
         * @throws IllegalArgumentException if the argument count is not the function's, an argument is not an
         *         earlier node, or the loop does not fit the function (WHERE's condition must be read as bool)
         */
        public int call(ElementwiseFunction function, List<DType> inTypes, DType outType, int... args) {
            return call(function, inTypes, outType, new double[0], args);
        }

        /** As {@link #call(ElementwiseFunction, List, DType, int...)} with the parameters NAN_TO_NUM takes. */
        public int call(ElementwiseFunction function, List<DType> inTypes, DType outType, double[] params, int... args) {
            Objects.requireNonNull(function, "function");
            if (args.length != function.arity() || inTypes.size() != args.length) {
                throw new IllegalArgumentException(function + " takes " + function.arity() + " arguments and as many"
                        + " loop input types; got " + args.length + " and " + inTypes.size());
            }
            for (int a : args) {
                if (a < 0 || a >= nodes.size()) {
                    throw new IllegalArgumentException(function + ": argument n" + a + " is not an earlier node");
                }
            }
            int expectedParams = function == ElementwiseFunction.NAN_TO_NUM ? 3 : 0;
            if (params.length != expectedParams) {
                throw new IllegalArgumentException(function + " takes " + expectedParams + " parameters, got " + params.length);
            }
            if (function == ElementwiseFunction.WHERE && (inTypes.get(0) != DType.BOOL || inTypes.get(1) != outType
                    || inTypes.get(2) != outType)) {
                throw new IllegalArgumentException("WHERE runs bool,T,T->T; got " + inTypes + "->" + outType);
            }
            return add(new Node(Kind.CALL, outType, -1, 0, 0, 0, function, inTypes, args, params));
        }

        /** The dtype of node {@code i}. */
        public DType type(int i) {
            return nodes.get(i).type();
        }

        /** The program whose result is node {@code root}. */
        public ElementwiseProgram build(int root) {
            if (root < 0 || root >= nodes.size()) {
                throw new IllegalArgumentException("root n" + root + " is not a node");
            }
            return new ElementwiseProgram(nodes, root);
        }

        private int add(Node n) {
            nodes.add(n);
            return nodes.size() - 1;
        }
    }
}
