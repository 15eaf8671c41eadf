"""Golden cases for L-BFGS-B and SLSQP from SciPy 1.10, run on the reference BLAS and LAPACK:

    LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/blas:/usr/lib/x86_64-linux-gnu/lapack /usr/bin/python3 generate.py

(Debian's libblas3/liblapack3; the script refuses to run on another BLAS.) Why: Debian's SciPy runs the
system L-BFGS-B 3.0 (liblbfgsb0), which calls ddot/daxpy/dscal/dcopy and LAPACK dpotrf/dtrtrs. The
default OpenBLAS picks kernels per CPU at run time (SIMD partial sums, fused multiply-add), so its
last bits depend on the machine, and on Rosenbrock 5-D and 10-D they change nit, nfev and x beyond
1e-6. The reference routines sum left to right without FMA, an order the Java (LbfgsB) reproduces
exactly. SLSQP's cases come out the same on either library.

One difference remains in the objective itself: Python's x**2 is libm's pow(x, 2.0), which glibc
rounds to within 0.52 ulp, not always to x*x as the Java formula evaluator does; on rosen5 one
evaluation in 505 differs in its last bit (nit, nfev and x within 1e-6 are unchanged).

Each case is a formula of named variables (the library's formula dialect is Python's), turned into a
Python function here so both sides evaluate the same function; gradients by SciPy's default
finite differences (jac=None), constraints as 'eq: formula; ineq: formula'. Writes cases.tsv:
name, method, formula, vars, x0, lower, upper, constraints, x, fun, nit, nfev, njev, status, message.
"""
import math
import numpy as np
from scipy import optimize


def loaded_blas():
    """The BLAS shared objects this process has mapped (SciPy's optimize modules are loaded by now)."""
    with open('/proc/self/maps') as maps:
        names = {line.split()[-1] for line in maps if len(line.split()) > 5}
    return {path for path in names if path.rsplit('/', 1)[-1].startswith(('libblas', 'libopenblas'))}


if any('openblas' in path or '/blas/' not in path for path in loaded_blas()) or not loaded_blas():
    raise SystemExit('run with the reference BLAS (LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/blas:'
                     '/usr/lib/x86_64-linux-gnu/lapack); loaded: %s' % sorted(loaded_blas()))

NAMES = {'sin': math.sin, 'cos': math.cos, 'exp': math.exp, 'log': math.log, 'sqrt': math.sqrt,
         'abs': abs, 'tanh': math.tanh, 'atan': math.atan, 'pi': math.pi}


def fn(formula, vars_):
    code = compile(formula, formula, 'eval')
    return lambda x: eval(code, dict(NAMES), {v: float(x[i]) for i, v in enumerate(vars_)})


def rosen(n):
    return ' + '.join('100*(x%d - x%d**2)**2 + (1 - x%d)**2' % (i + 1, i, i) for i in range(n - 1))


CASES = []
for n in (2, 5, 10):
    vars_ = ['x%d' % i for i in range(n)]
    x0 = [-1.2 if i % 2 == 0 else 1.0 for i in range(n)]
    for method in ('L-BFGS-B', 'SLSQP'):
        CASES.append(('rosen%d' % n, method, rosen(n), vars_, x0, None, None, ''))
        CASES.append(('rosen%d_bounded' % n, method, rosen(n), vars_, x0, [-1.5] * n, [0.8] * n, ''))
quad = '(x - 3)**2 + 2*(y + 1)**2 + 0.5*x*y'
for method in ('L-BFGS-B', 'SLSQP'):
    CASES.append(('bounded_quadratic', method, quad, ['x', 'y'], [0.0, 0.0], [0.0, 0.0], [2.0, 5.0], ''))
    CASES.append(('beale', method, '(1.5 - x + x*y)**2 + (2.25 - x + x*y**2)**2 + (2.625 - x + x*y**3)**2',
                  ['x', 'y'], [1.0, 1.0], [-4.5, -4.5], [4.5, 4.5], ''))
    CASES.append(('himmelblau', method, '(x**2 + y - 11)**2 + (x + y**2 - 7)**2', ['x', 'y'], [0.0, 0.0], None, None, ''))
    CASES.append(('lecture_x2_10sinx_from0', method, 'x**2 + 10*sin(x)', ['x'], [0.0], None, None, ''))
    CASES.append(('lecture_x2_10sinx_bounds', method, 'x**2 + 10*sin(x)', ['x'], [1.0], [0.0], [10.0], ''))
CASES.append(('lecture_fmin_slsqp', 'SLSQP', '(x0 - 1)**2 + (x1 - 2)**2', ['x0', 'x1'], [0.0, 0.0], None, None,
              'ineq: 1.5 - abs(x0) - abs(x1)'))
CASES.append(('eq_and_ineq', 'SLSQP', '(x - 1)**2 + (y - 2)**2', ['x', 'y'], [2.0, 0.0], None, None,
              'eq: x + y - 1; ineq: x - 0.2'))
CASES.append(('rosen_disk', 'SLSQP', rosen(2), ['x0', 'x1'], [-1.2, 1.0], None, None, 'ineq: 1 - x0**2 - x1**2'))
CASES.append(('rosen_disk_bounded', 'SLSQP', rosen(2), ['x0', 'x1'], [-1.2, 1.0], [-1.0, -0.5], [0.5, 2.0],
              'ineq: 1 - x0**2 - x1**2'))
CASES.append(('hs071', 'SLSQP', 'x0*x3*(x0 + x1 + x2) + x2', ['x0', 'x1', 'x2', 'x3'], [1.0, 5.0, 5.0, 1.0],
              [1.0] * 4, [5.0] * 4, 'ineq: x0*x1*x2*x3 - 25; eq: x0**2 + x1**2 + x2**2 + x3**2 - 40'))


def fmt(v):
    return ','.join(repr(float(t)) for t in v)


with open('cases.tsv', 'w') as out:
    for name, method, formula, vars_, x0, lo, hi, cons in CASES:
        f = fn(formula, vars_)
        bounds = None if lo is None else list(zip(lo, hi))
        constraints = []
        for part in [p for p in cons.split(';') if p.strip()]:
            t, g = part.split(':', 1)
            constraints.append({'type': t.strip(), 'fun': fn(g.strip(), vars_)})
        r = optimize.minimize(f, np.array(x0), method=method, bounds=bounds, constraints=constraints)
        out.write('\t'.join([name, method, formula, ','.join(vars_), fmt(x0), '' if lo is None else fmt(lo),
                             '' if hi is None else fmt(hi), cons, fmt(np.atleast_1d(r.x)), repr(float(r.fun)),
                             str(r.nit), str(r.nfev), str(r.njev), str(int(r.status)), str(r.message)]) + '\n')
