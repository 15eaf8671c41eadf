#!/usr/bin/python3
"""Golden data for sklearn.decomposition.PCA (issue 18), svd_solver='full', computed by Debian's scikit-learn 1.2
(NumPy 1.24, SciPy 1.10.1's LAPACK).

Regenerate from the repository root with:  OPENBLAS_NUM_THREADS=1 /usr/bin/python3 \
    conformance/golden/sklearn_decomposition/generate_pca.py
Writes inputs/, expected/ and cases.jsonl through ../golden_manifest.py. Case ids: pca-<variant>.
Run this folder alone with -Dsciaccel.golden.only=sklearn_decomposition.

Point sets of 2 to 50 features with well separated variances (so every component is defined to rounding), tall
and wide, float64, float32 and int64; n_components all, a number, 0, a variance fraction; whiten; fit_transform and
transform of other points; and what scikit-learn refuses. The default check allows 1e-10 relative in float64
(1e-5 in float32) of each output's largest magnitude: the SVD is iterative, not exact.
"""
import os
import shutil
import sys

import numpy as np
from sklearn.decomposition import PCA

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import golden_manifest as gm  # noqa: E402

INPUTS = os.path.join(HERE, "inputs")
EXPECTED = os.path.join(HERE, "expected")
OP = "sklearn.decomposition.PCA"


def save(folder, name, a):
    path = os.path.join(folder, name)
    np.save(path, a)
    return os.path.relpath(path, HERE)


def data(rng, n, m, dtype=np.float64):
    scales = 3.0 * 0.6 ** np.arange(m)
    mix = np.linalg.qr(rng.normal(size=(m, m)))[0]
    return ((rng.normal(size=(n, m)) * scales) @ mix + rng.normal(size=m) * 4).astype(dtype)


def main():
    for d in (INPUTS, EXPECTED):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    rng = np.random.default_rng(20261207)
    cases = []

    def case(cid, x, test=None, **kw):
        pca = PCA(svd_solver="full", **kw)
        xnew = pca.fit_transform(x) if test is None else pca.fit(x).transform(test)
        arrays = [("X", x)] + ([("X_test", test)] if test is not None else [])
        args = [gm.array_arg(n, save(INPUTS, "%s-%s.npy" % (cid, n), a)) for n, a in arrays]
        args += [gm.arg(k, v) for k, v in kw.items()]
        outs = {}
        for name in ("components_", "explained_variance_", "explained_variance_ratio_", "singular_values_", "mean_"):
            outs[name] = {"npy": save(EXPECTED, "%s-%s.npy" % (cid, name), getattr(pca, name))}
        outs["n_components_"] = gm.scalar(int(pca.n_components_), "int64")
        outs["noise_variance_"] = gm.scalar(float(pca.noise_variance_), "float64")
        outs["X_new"] = {"npy": save(EXPECTED, "%s-X_new.npy" % cid, xnew)}
        cases.append(gm.case(cid, OP, args, outs))

    def refuse(cid, x, names, **kw):
        try:
            PCA(svd_solver="full", **kw).fit(x)
            raise AssertionError(cid + ": scikit-learn does not raise")
        except ValueError:
            pass
        args = [gm.array_arg("X", save(INPUTS, "%s-X.npy" % cid, x))] + [gm.arg(k, v) for k, v in kw.items()]
        cases.append(gm.raising(cid, OP, args, names))

    for n, m in ((40, 2), (30, 5), (60, 12), (80, 50), (6, 9)):
        x = data(rng, n, m)
        case("pca-%dx%d" % (n, m), x)
        case("pca-%dx%d-k2" % (n, m), x, n_components=2)
    x = data(rng, 50, 6)
    case("pca-fraction", x, n_components=0.9)
    case("pca-fraction-small", x, n_components=0.2)
    case("pca-zero", x, n_components=0)
    case("pca-whiten", x, n_components=3, whiten=True)
    case("pca-whiten-all", x, whiten=True)
    case("pca-transform", x, test=data(rng, 7, 6), n_components=4)
    case("pca-transform-whiten", x, test=data(rng, 7, 6), n_components=4, whiten=True)
    case("pca-float32", data(rng, 40, 5, np.float32), n_components=3)
    case("pca-int64", np.round(data(rng, 30, 4) * 10).astype(np.int64))
    refuse("pca-refuse-too-many", x, "n_components", n_components=7)
    gm.write(os.path.join(HERE, "cases.jsonl"), __doc__, cases)


if __name__ == "__main__":
    main()
