"""The argument grids of the scipy.special Bessel golden cases (shared by generate_special_bessel.py)."""
import numpy as np
import scipy.special as sc

INF, NAN = np.inf, np.nan

UNARY = {
    "j0": [-INF, -1e10, -100, -30, -5.0000001, -5, -2.404825557695773, -1, -1e-6, -0.0, 0.0, 1e-300, 1e-10, 1e-6,
           9.99e-6, 1e-5, 1.0001e-5, 0.5, 1, 2, 2.404825557695773, 3.8317059702075125, 4.9999999, 5, 5.0000001,
           5.520078110286311, 7.5, 8, 8.653727912911013, 10, 14.930917708487787, 20, 30, 50, 100, 1000, 1e5, 1e10,
           1e15, INF, NAN],
    "i0": [-INF, -800, -710, -100, -30, -8.0000001, -8, -1, -1e-10, -0.0, 0.0, 1e-300, 1e-10, 0.1, 1, 2, 4,
           7.9999, 8, 8.0001, 10, 20, 50, 100, 500, 700, 709, 710, 713, 800, 1e5, 1e10, 1e300, INF, NAN],
    "k0": [-INF, -1, -0.0, 0.0, 1e-300, 1e-20, 1e-10, 0.1, 1, 1.9999, 2, 2.0001, 3, 5, 10, 50, 100, 700, 705, 710,
           745, 750, 1e5, INF, NAN],
}
UNARY["j1"] = UNARY["j0"]
UNARY["y0"] = UNARY["j0"] + [0.8935769662791675, 3.957678419314858, 7.086051060301773]
UNARY["y1"] = UNARY["j0"] + [2.197141326031017, 5.429681040794135]
UNARY["i0e"] = UNARY["i0"]
UNARY["i1"] = UNARY["i0"]
UNARY["i1e"] = UNARY["i0"]
UNARY["k1"] = UNARY["k0"]

ORDERS = [-10.5, -3, -2.5, -1, -0.5, -0.3, 0, 1e-10, 0.3, 0.5, 1, 1.5, 2, 5, 10, 30.5, 50, 75.3, 100, 500]
ARGS = [-10, -1, -0.0, 0.0, 1e-10, 1e-3, 0.1, 0.5, 1, 1.5, 2, 3, 4.9, 5, 8, 10, 20, 35, 50, 99, 100, 200, 1000,
        1e4, INF, NAN]


def grid(orders, args):
    v, z = np.meshgrid(np.array(orders, dtype=float), np.array(args, dtype=float), indexing="ij")
    return v.ravel(), z.ravel()


def zeros_pairs():
    """Orders and arguments at (rounded) zeros of J_n and Y_n and of J_v, Y_v for a few real v."""
    vs, zs = [], []
    for n in range(4):
        for z in sc.jn_zeros(n, 6):
            vs.append(n), zs.append(z)
        for z in sc.yn_zeros(n, 6):
            vs.append(n), zs.append(z)
    return np.array(vs, dtype=float), np.array(zs, dtype=float)


EDGES = [(NAN, 1.0), (1.0, NAN), (INF, 1.0), (-INF, 1.0), (-0.5, 0.0), (-1.5, 0.0), (-2.5, 0.0), (-0.3, 0.0),
         (-2.0, 0.0), (-1.0, 0.0), (2.0, -1.5), (3.0, -1.5), (2.5, -1.5), (1e3, 1e3), (1e3, 900), (1e3, 1100),
         (1e4, 1e4), (150.5, 120), (0.5, 1e6), (2.0, 1e8), (0.5, 3.3e4), (10.0, 5e3), (0.25, 2e9), (1.0, 1.2e9),
         (2e9, 1.0), (1e5, 1.0), (170.0, 1.0), (200.0, 5.0), (20.0, 1e-3), (1e-300, 1.0), (0.0, 1e-300),
         (7.5, 1e-5), (-7.5, 1e-5), (-7.5, 30.0), (-20.25, 5.0), (40.0, 60.0), (60.0, 40.0)]

INTEGER_ORDERS = [-5, -3, -2, -1, 0, 1, 2, 3, 5, 10, 20, 50, 100]
INTEGER_ARGS = [-2.0, -0.0, 0.0, 1e-300, 1e-10, 0.01, 0.5, 1, 2, 5, 10, 30, 100, 700, 1000, 1e5, INF, NAN]

SPHERICAL_ORDERS = [-1, 0, 1, 2, 3, 5, 10, 30, 100]
SPHERICAL_ARGS = [-5.0, -1.0, -0.0, 0.0, 1e-300, 1e-8, 0.1, 0.5, 1, 2, 3, 5, 9.9, 10, 10.1, 20, 29, 31, 50, 100,
                  1e3, 1e6, INF, -INF, NAN]


def random_pairs(seed, n=300):
    """Random orders in (-60, 60) (a quarter of them integers) and arguments in (0, 120), every seventh negated."""
    rng = np.random.default_rng(seed)
    v = rng.uniform(-60, 60, n)
    v[::4] = np.round(v[::4])
    z = rng.uniform(0, 120, n)
    z[::7] *= -1
    return v, z
