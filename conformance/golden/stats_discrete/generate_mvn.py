"""The multivariate_normal cases of generate_discrete.py (scipy.stats.multivariate_normal, SciPy 1.10.1).

pdf and logpdf on points of shape (..., d) for d = 1, 2, 3 (a positive definite, a diagonal, a scalar and a singular
covariance with allow_singular), checked relative ("special", rtol 1e-12: the eigen-decomposition is sciaccel's own
Jacobi rotation, SciPy's LAPACK's). cdf: d = 1 and 2 are deterministic in SciPy (ndtr; Genz's bivariate BVNU) and
checked relative (rtol 1e-12, atol 1e-15 for values underflowing towards 0); d = 3 is Genz's lattice rule with
abseps = releps = 1e-5 in SciPy: checked within atol 2e-5 (the largest difference measured is printed when this
runs). rvs: mean + ndtri(u) @ cholesky(cov).T for u = Generator(Philox(seed)).random(size + (d,)), squeezed.
"""
import numpy as np
from scipy import stats
from scipy.special import ndtri

import golden_manifest as gm

COVS = {
    "d1": (np.array([0.5]), np.array([[2.0]])),
    "d2": (np.array([1.0, -2.0]), np.array([[2.0, 0.6], [0.6, 1.0]])),
    "d2neg": (np.array([0.0, 0.0]), np.array([[1.0, -0.8], [-0.8, 1.0]])),
    "d2hi": (np.array([0.0, 1.0]), np.array([[1.0, 0.95], [0.95, 1.0]])),
    "d2lo": (np.array([0.5, 0.0]), np.array([[1.5, 0.2], [0.2, 0.5]])),
    "d3": (np.array([0.0, 1.0, -1.0]), np.array([[1.0, 0.5, 0.3], [0.5, 2.0, -0.4], [0.3, -0.4, 1.5]])),
    "d3b": (np.array([0.0, 0.0, 0.0]), np.array([[1.0, 0.9, 0.1], [0.9, 1.0, 0.2], [0.1, 0.2, 1.0]])),
}


def points(d, seed):
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(4, 5, d)) * 1.5
    x[0, 0] = 0.0
    x[0, 1] = 8.0
    x[0, 2] = -8.0
    return x


def cases(save, inputs, expected_dir):
    out = []
    worst = 0.0
    for tag, (mean, cov) in COVS.items():
        d = len(mean)
        x = points(d, 3 + d)
        if d == 1:
            x = x[..., :1]
        for method in ("pdf", "logpdf", "cdf"):
            cid = "sd-mvn-%s-%s" % (method, tag)
            r = getattr(stats.multivariate_normal, method)(x, mean, cov)
            args = [gm.array_arg("x", save(inputs, cid + "-x.npy", x)),
                    gm.array_arg("mean", save(inputs, cid + "-mean.npy", mean)),
                    gm.array_arg("cov", save(inputs, cid + "-cov.npy", cov))]
            e = {"npy": save(expected_dir, cid + ".npy", np.asarray(r, dtype=np.float64))}
            check = "special"
            e["rtol"] = 1e-12
            if method == "cdf":
                check = "stats_abs"
                e["atol"] = 2e-5 if d == 3 else 1e-15
                if d == 3:
                    e["rtol"] = 0.0
                    ref = tvn(x, mean, cov)
                    worst = max(worst, float(np.max(np.abs(ref - r))))
            out.append(gm.case(cid, "stats.multivariate_normal." + method, args, {"result": e}, check=check))
    print("multivariate_normal.cdf d=3: largest |SciPy(default) - SciPy(abseps 1e-12)| = %.2e" % worst)
    # diagonal and scalar covariances, one point (a 1-d x), singular with allow_singular
    for tag, mean, cov, x, sing in (
            ("diag", np.array([0.0, 1.0, 2.0]), np.array([1.0, 2.0, 0.5]), np.array([0.3, 0.7, 2.5]), False),
            ("scalar", np.array([0.0, 1.0]), np.array(2.0), np.array([[0.3, 0.7], [1.0, -1.0]]), False),
            ("singular", np.array([0.0, 0.0]), np.array([[1.0, 1.0], [1.0, 1.0]]),
             np.array([[0.5, 0.5], [1.0, -1.0], [0.0, 0.0], [2.0, 2.0 + 1e-12]]), True)):
        for method in ("pdf", "logpdf"):
            cid = "sd-mvn-%s-%s" % (method, tag)
            r = getattr(stats.multivariate_normal, method)(x, mean, cov, allow_singular=sing)
            args = [gm.array_arg("x", save(inputs, cid + "-x.npy", x)),
                    gm.array_arg("mean", save(inputs, cid + "-mean.npy", mean)),
                    gm.array_arg("cov", save(inputs, cid + "-cov.npy", cov))]
            if sing:
                args.append(gm.arg("allow_singular", True))
            e = {"npy": save(expected_dir, cid + ".npy", np.asarray(r, dtype=np.float64)), "rtol": 1e-12}
            out.append(gm.case(cid, "stats.multivariate_normal." + method, args, {"result": e}, check="special"))
    # errors: a singular covariance without allow_singular, a negative eigenvalue
    cid = "sd-mvn-pdf-notpd"
    out.append(gm.raising(cid, "stats.multivariate_normal.pdf",
                          [gm.array_arg("x", save(inputs, cid + "-x.npy", np.zeros(2))),
                           gm.array_arg("mean", save(inputs, cid + "-mean.npy", np.zeros(2))),
                           gm.array_arg("cov", save(inputs, cid + "-cov.npy", np.ones((2, 2))))],
                          "allow_singular"))
    cid = "sd-mvn-pdf-notpsd"
    out.append(gm.raising(cid, "stats.multivariate_normal.pdf",
                          [gm.array_arg("x", save(inputs, cid + "-x.npy", np.zeros(2))),
                           gm.array_arg("mean", save(inputs, cid + "-mean.npy", np.zeros(2))),
                           gm.array_arg("cov", save(inputs, cid + "-cov.npy", np.array([[1.0, 2.0], [2.0, 1.0]])))],
                          "positive semidefinite"))
    # rvs
    for tag, size, seed in (("d2", [6], 5), ("d3", [2, 3], 11), ("d1", None, 2)):
        mean, cov = COVS[tag]
        d = len(mean)
        sz = tuple(size) if size is not None else (1,)
        u = np.random.Generator(np.random.Philox(seed)).random(sz + (d,))
        r = (mean + ndtri(u) @ np.linalg.cholesky(cov).T).squeeze()
        cid = "sd-mvn-rvs-" + tag
        args = [gm.array_arg("mean", save(inputs, cid + "-mean.npy", mean)),
                gm.array_arg("cov", save(inputs, cid + "-cov.npy", cov))]
        if size is not None:
            args.append(gm.arg("size", size))
        args.append(gm.arg("random_state", seed))
        e = {"npy": save(expected_dir, cid + ".npy", np.asarray(r, dtype=np.float64)), "rtol": 1e-12}
        out.append(gm.case(cid, "stats.multivariate_normal.rvs", args, {"result": e}, check="special"))
    return out


def tvn(x, mean, cov):
    """SciPy's cdf with abseps = releps = 1e-12: the reference that measures the default call's error."""
    from scipy.special import ndtr
    sd = np.sqrt(np.diag(cov))
    h = (x - mean) / sd
    rho = cov / np.outer(sd, sd)
    out = np.empty(h.shape[:-1])
    for idx in np.ndindex(out.shape):
        out[idx] = stats.multivariate_normal.cdf(h[idx], np.zeros(3), rho, abseps=1e-12, releps=1e-12,
                                                 maxpts=10 ** 7)
    return out
