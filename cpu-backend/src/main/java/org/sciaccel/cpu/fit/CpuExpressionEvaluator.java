package org.sciaccel.cpu.fit;

import java.util.Arrays;
import java.util.List;
import org.sciaccel.optimize.expr.Erf;
import org.sciaccel.optimize.expr.StraightLineProgram;
import org.sciaccel.optimize.expr.StraightLineProgram.Instruction;

/**
 * Runs a formula model's {@link StraightLineProgram} for all points of a fit at once: each
 * instruction is one tight loop over a register array (which C2 vectorises for the arithmetic),
 * so the tree is never walked per point; the opcode switch runs once per instruction and fit
 * evaluation, not once per point. Uniform instructions (no coordinate in them) are computed once
 * and broadcast. One instance per worker thread.
 */
final class CpuExpressionEvaluator {
    private final Instruction[] code;
    private final double[][] regs;
    private final int valueLength;
    private final int valueRegister;
    private final int[] derivativeRegisters;
    private final int n;

    CpuExpressionEvaluator(StraightLineProgram program, int n) {
        List<Instruction> c = program.code();
        this.code = c.toArray(new Instruction[0]);
        this.n = n;
        this.regs = new double[code.length][];
        for (int i = 0; i < code.length; i++) {
            if (code[i].op() != StraightLineProgram.X && code[i].op() != StraightLineProgram.Y) {
                regs[i] = new double[n];
            }
        }
        this.valueLength = program.valueLength();
        this.valueRegister = program.valueRegister();
        this.derivativeRegisters = program.derivativeRegisters();
    }

    /** Evaluates the value (and the derivatives when {@code derivatives}) at every point. */
    void evaluate(double[] p, double[] xs, double[] ys, boolean derivatives) {
        int end = derivatives ? code.length : valueLength;
        for (int i = 0; i < end; i++) {
            Instruction ins = code[i];
            int op = ins.op();
            if (op == StraightLineProgram.X) {
                regs[i] = xs;
                continue;
            }
            if (op == StraightLineProgram.Y) {
                regs[i] = ys;
                continue;
            }
            double[] r = regs[i];
            if (ins.uniform()) {
                double a = ins.a() >= 0 ? regs[ins.a()][0] : 0;
                double b = ins.b() >= 0 ? regs[ins.b()][0] : 0;
                Arrays.fill(r, scalar(ins, a, b, p));
                continue;
            }
            double[] a = ins.a() >= 0 ? regs[ins.a()] : null;
            double[] b = ins.b() >= 0 ? regs[ins.b()] : null;
            switch (op) {
                case StraightLineProgram.NEG:
                    for (int j = 0; j < n; j++) {
                        r[j] = -a[j];
                    }
                    break;
                case StraightLineProgram.ADD:
                    for (int j = 0; j < n; j++) {
                        r[j] = a[j] + b[j];
                    }
                    break;
                case StraightLineProgram.SUB:
                    for (int j = 0; j < n; j++) {
                        r[j] = a[j] - b[j];
                    }
                    break;
                case StraightLineProgram.MUL:
                    for (int j = 0; j < n; j++) {
                        r[j] = a[j] * b[j];
                    }
                    break;
                case StraightLineProgram.DIV:
                    for (int j = 0; j < n; j++) {
                        r[j] = a[j] / b[j];
                    }
                    break;
                case StraightLineProgram.POW:
                    for (int j = 0; j < n; j++) {
                        r[j] = Math.pow(a[j], b[j]);
                    }
                    break;
                case StraightLineProgram.POWI:
                    powi(a, (int) ins.value(), r);
                    break;
                default:
                    function(ins.fn(), a, r);
                    break;
            }
        }
    }

    double[] value() {
        return regs[valueRegister];
    }

    double[] derivative(int k) {
        return regs[derivativeRegisters[k]];
    }

    private void powi(double[] a, int e, double[] r) {
        if (e == 2) {
            for (int j = 0; j < n; j++) {
                r[j] = a[j] * a[j];
            }
        } else if (e == 3) {
            for (int j = 0; j < n; j++) {
                r[j] = a[j] * a[j] * a[j];
            }
        } else {
            for (int j = 0; j < n; j++) {
                r[j] = Math.pow(a[j], e);
            }
        }
    }

    private void function(String fn, double[] a, double[] r) {
        switch (fn) {
            case "exp": for (int j = 0; j < n; j++) { r[j] = Math.exp(a[j]); } break;
            case "log": for (int j = 0; j < n; j++) { r[j] = Math.log(a[j]); } break;
            case "sqrt": for (int j = 0; j < n; j++) { r[j] = Math.sqrt(a[j]); } break;
            case "sin": for (int j = 0; j < n; j++) { r[j] = Math.sin(a[j]); } break;
            case "cos": for (int j = 0; j < n; j++) { r[j] = Math.cos(a[j]); } break;
            case "tan": for (int j = 0; j < n; j++) { r[j] = Math.tan(a[j]); } break;
            case "atan": for (int j = 0; j < n; j++) { r[j] = Math.atan(a[j]); } break;
            case "tanh": for (int j = 0; j < n; j++) { r[j] = Math.tanh(a[j]); } break;
            case "abs": for (int j = 0; j < n; j++) { r[j] = Math.abs(a[j]); } break;
            case "sign": for (int j = 0; j < n; j++) { r[j] = Math.signum(a[j]); } break;
            case "erf": for (int j = 0; j < n; j++) { r[j] = Erf.erf(a[j]); } break;
            default: throw new IllegalStateException("unknown function " + fn);
        }
    }

    private static double scalar(Instruction ins, double a, double b, double[] p) {
        return StraightLineProgram.apply(ins, a, b, p);
    }
}
