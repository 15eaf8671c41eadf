package org.sciaccel.integrate;

import org.sciaccel.optimize.expr.ObjectiveFormula;
import org.sciaccel.optimize.expr.StraightLineProgram;
import org.sciaccel.optimize.expr.StraightLineProgram.Instruction;

/**
 * A system's right-hand side and its symbolic Jacobian on the host: the formula's straight-line code
 * interpreted with {@link StraightLineProgram#apply} (the one meaning of every operation, shared with
 * the other host evaluators), over the names y0…y(m-1), t and the system's constants. One per thread.
 */
final class OdeRhs {
    private final int m;
    private final Instruction[][] code;
    private final int[] valueLength;
    private final int[] valueRegister;
    private final int[][] derivativeRegisters;
    private final double[] regs;
    private final double[] names;

    OdeRhs(ObjectiveFormula formula, int m, int k) {
        this.m = m;
        code = new Instruction[m][];
        valueLength = new int[m];
        valueRegister = new int[m];
        derivativeRegisters = new int[m][];
        int longest = 1;
        for (int i = 0; i < m; i++) {
            StraightLineProgram p = formula.gradientProgram(i);
            code[i] = p.code().toArray(new Instruction[0]);
            valueLength[i] = p.valueLength();
            valueRegister[i] = p.valueRegister();
            derivativeRegisters[i] = p.derivativeRegisters();
            longest = Math.max(longest, code[i].length);
        }
        regs = new double[longest];
        names = new double[m + 1 + k];
    }

    /** The system's constants, from {@code consts[from …]}. */
    void constants(double[] consts, int from, int k) {
        System.arraycopy(consts, from, names, m + 1, k);
    }

    private void run(int i, int end) {
        Instruction[] c = code[i];
        double[] r = regs;
        for (int j = 0; j < end; j++) {
            Instruction ins = c[j];
            double a = ins.a() >= 0 ? r[ins.a()] : 0;
            double b = ins.b() >= 0 ? r[ins.b()] : 0;
            r[j] = StraightLineProgram.apply(ins, a, b, names);
        }
    }

    /** fun(t, v) into {@code out}. */
    void value(double t, double[] v, double[] out) {
        System.arraycopy(v, 0, names, 0, m);
        names[m] = t;
        for (int i = 0; i < m; i++) {
            run(i, valueLength[i]);
            out[i] = regs[valueRegister[i]];
        }
    }

    /** The Jacobian ∂fun_i/∂y_j at (t, v) into {@code jac[i·m + j]}. */
    void jacobian(double t, double[] v, double[] jac) {
        System.arraycopy(v, 0, names, 0, m);
        names[m] = t;
        for (int i = 0; i < m; i++) {
            run(i, code[i].length);
            int[] dr = derivativeRegisters[i];
            for (int j = 0; j < m; j++) {
                jac[i * m + j] = regs[dr[j]];
            }
        }
    }
}
