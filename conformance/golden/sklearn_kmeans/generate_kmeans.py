#!/usr/bin/python3
"""Golden data for sklearn.cluster.KMeans (issue 18), computed by Debian's scikit-learn 1.2 (NumPy 1.24).

Regenerate from the repository root with:  OPENBLAS_NUM_THREADS=1 /usr/bin/python3 \
    conformance/golden/sklearn_kmeans/generate_kmeans.py
Writes inputs/, expected/ and cases.jsonl through ../golden_manifest.py. Case ids: km-<variant>.
Run this folder alone with -Dsciaccel.golden.only=sklearn_kmeans.

Blobs in 2, 3, 8 and 50 dimensions (float64, float32, int64), initial centres given as an array and drawn by
k-means++ from random_state seeds with n_init 1 and 3, lloyd and elkan, a run stopped by max_iter, a run that
empties a cluster (a far initial centre), one cluster, and what scikit-learn refuses. Labels, n_iter_ exactly;
centres and inertia within the dtype's bound of their largest magnitude.
"""
import os
import shutil
import sys
import warnings

import numpy as np
from sklearn.cluster import KMeans

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import golden_manifest as gm  # noqa: E402

INPUTS = os.path.join(HERE, "inputs")
EXPECTED = os.path.join(HERE, "expected")
OP = "sklearn.cluster.KMeans"


def save(folder, name, a):
    path = os.path.join(folder, name)
    np.save(path, a)
    return os.path.relpath(path, HERE)


def blobs(rng, n, m, k, spread=1.0):
    centres = rng.uniform(-10, 10, size=(k, m))
    lab = rng.integers(0, k, size=n)
    return centres[lab] + spread * rng.normal(size=(n, m))


def main():
    warnings.simplefilter("ignore")
    for d in (INPUTS, EXPECTED):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    rng = np.random.default_rng(20261208)
    cases = []

    def case(cid, x, init=None, **kw):
        km = KMeans(init="k-means++" if init is None else init, **kw)
        if init is not None:
            km.set_params(n_init=1)
        km.fit(x)
        arrays = [("X", x)] + ([("init", init)] if init is not None else [])
        args = [gm.array_arg(n, save(INPUTS, "%s-%s.npy" % (cid, n), a)) for n, a in arrays]
        args += [gm.arg(k, v) for k, v in kw.items()]
        outs = {"labels_": {"npy": save(EXPECTED, cid + "-labels_.npy", km.labels_.astype(np.int32))},
                "cluster_centers_": {"npy": save(EXPECTED, cid + "-cluster_centers_.npy", km.cluster_centers_)},
                "inertia_": gm.scalar(float(km.inertia_), "float32" if x.dtype == np.float32 else "float64"),
                "n_iter_": gm.scalar(int(km.n_iter_), "int64")}
        cases.append(gm.case(cid, OP, args, outs))

    for m, k in ((2, 3), (3, 4), (8, 5), (50, 6)):
        x = blobs(rng, 120, m, k)
        init = x[rng.choice(len(x), k, replace=False)]
        case("km-m%d-init" % m, x, init, n_clusters=k)
        case("km-m%d-pp" % m, x, n_clusters=k, n_init=1, random_state=7)
    x = blobs(rng, 200, 2, 4, spread=2.5)
    case("km-pp-ninit3", x, n_clusters=4, n_init=3, random_state=0)
    case("km-pp-ninit3-seed5", x, n_clusters=6, n_init=3, random_state=5)
    case("km-elkan", x, x[:4].copy(), n_clusters=4, algorithm="elkan")
    case("km-max-iter", x, x[:5].copy(), n_clusters=5, max_iter=2)
    case("km-tol-0", x, x[:5].copy(), n_clusters=5, tol=0.0)
    far = np.vstack([x[:3], [[1000.0, 1000.0]]])
    case("km-empty-cluster", x, far, n_clusters=4)
    case("km-one-cluster", x, x[:1].copy(), n_clusters=1)
    case("km-float32", x.astype(np.float32), x[:4].astype(np.float32), n_clusters=4)
    xi = np.round(x * 3).astype(np.int64)
    case("km-int64", xi, xi[:3].astype(np.float64), n_clusters=3)

    def refuse(cid, x, names, **kw):
        try:
            KMeans(n_init=1, **kw).fit(x)
            raise AssertionError(cid)
        except ValueError:
            pass
        args = [gm.array_arg("X", save(INPUTS, cid + "-X.npy", x))] + [gm.arg(k, v) for k, v in kw.items()]
        cases.append(gm.raising(cid, OP, args, names))

    refuse("km-refuse-too-many", x[:5], "n_clusters", n_clusters=6)
    refuse("km-refuse-zero", x, "n_clusters", n_clusters=0)
    gm.write(os.path.join(HERE, "cases.jsonl"), __doc__, cases)


if __name__ == "__main__":
    main()
