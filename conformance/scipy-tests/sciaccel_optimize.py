"""Binds scipy.optimize.curve_fit and leastsq, whose models are Python callables, to sciaccel.

The registry's optimize.curve_fit takes a formula; SciPy's tests pass functions. These wrappers hand
the function to sciaccel's Java API (org.sciaccel.optimize.Optimize) as a Java interface implemented
by a Python object (JPype's @JImplements): Java's solvers (MINPACK's lmdif/lmder, least_squares'
trf and dogbox) call back into Python for each evaluation. The binding keeps to what only Python
can do: reading the number of parameters from the function's signature, calling the function with
xdata and *params (xdata converted and checked as SciPy does, since Java never sees it), checking
the shapes of what the callables return where SciPy's own wrapper does (leastsq's _check_func),
and building the return values (infodict). Everything else -- the checks of ydata, sigma, bounds,
method and jac, the sigma transform, the solvers, pcov, the OptimizeWarning -- is sciaccel's.
"""
import inspect

import numpy as np

_j = {}


def _java():
    if not _j:
        import jpype
        from jpype import JArray, JDouble, JImplements, JOverride
        _j["jpype"] = jpype
        _j["Optimize"] = jpype.JClass("org.sciaccel.optimize.Optimize")
        _j["CurveFitOptions"] = jpype.JClass("org.sciaccel.optimize.CurveFitOptions")
        _j["LeastsqOptions"] = jpype.JClass("org.sciaccel.optimize.LeastsqOptions")
        _j["doubles"] = lambda a: JArray(JDouble)(np.ascontiguousarray(a, dtype=np.float64).ravel())
        _j["matrix"] = lambda a: JArray(JDouble, 2)(np.ascontiguousarray(a, dtype=np.float64))

        @JImplements("org.sciaccel.optimize.Optimize$VectorModel")
        class Model:
            """SciPy's f(xdata, *params) as a VectorModel."""

            def __init__(self, f, xdata):
                self.f, self.xdata = f, xdata

            def evaluate(self, params):
                v = np.atleast_1d(np.asarray(self.f(self.xdata, *params)))
                if v.ndim > 1:
                    raise ValueError("`fun` must return at most 1-d array_like. f0.shape: %s" % (v.shape,))
                return v

            @JOverride
            def values(self, p):
                return _j["doubles"](self.evaluate(np.array(p)).astype(np.float64))

        @JImplements("org.sciaccel.optimize.Optimize$ComplexVectorModel")
        class ComplexModel(Model):
            """The same model evaluated at complex parameters, for jac='cs'."""

            @JOverride
            def values(self, p):
                return Model.values(self, p)

            @JOverride
            def complexValues(self, re, im):
                v = self.evaluate(np.array(re) + 1j * np.array(im)).astype(np.complex128)
                return _j["doubles"](np.ascontiguousarray(v).view(np.float64))

        @JImplements("org.sciaccel.optimize.Optimize$Jacobian")
        class Jacobian:
            """A Jacobian callable jac(xdata, *params) or Dfun(x, *args) (transposed for col_deriv)."""

            def __init__(self, jac, call, transposed=False):
                self.jac, self.call, self.transposed = jac, call, transposed

            @JOverride
            def jacobian(self, p):
                jm = np.atleast_2d(np.asarray(self.call(self.jac, np.array(p)), dtype=np.float64))
                return _j["matrix"](jm.T if self.transposed else jm)

        @JImplements("org.sciaccel.optimize.Optimize$Residuals")
        class Residuals:
            """leastsq's func(x, *args) writing its m residuals."""

            def __init__(self, func, args):
                self.func, self.args = func, args

            @JOverride
            def compute(self, p, out):
                v = np.asarray(self.func(np.array(p), *self.args), dtype=np.float64).ravel()
                if v.size != len(out):
                    raise ValueError("Result from function call is not a proper array of floats: %d values for %d"
                                     % (v.size, len(out)))
                out[:] = v

        _j.update(Model=Model, ComplexModel=ComplexModel, Jacobian=Jacobian, Residuals=Residuals)
    return _j


def _error(e, python_error):
    """A Java exception as SciPy's exception: TypeError where SciPy raises it for these checks."""
    err = python_error(e)
    msg = str(err)
    if isinstance(err, ValueError) and ("The number of func parameters=" in msg or "Improper input" in msg):
        return TypeError(msg)
    return err


def _fit_parameter_count(f):
    """SciPy's getfullargspec_no_self: the positional parameters of f after xdata."""
    params = inspect.signature(f).parameters.values()
    args = [p for p in params if p.kind in (inspect.Parameter.POSITIONAL_ONLY,
                                            inspect.Parameter.POSITIONAL_OR_KEYWORD)]
    return len(args) - 1


def _bounds(bounds, n):
    from scipy.optimize import Bounds
    if isinstance(bounds, Bounds):
        lb, ub = bounds.lb, bounds.ub
    else:
        lb, ub = bounds
    lb, ub = np.asarray(lb, dtype=float), np.asarray(ub, dtype=float)
    return (np.resize(lb, n) if lb.ndim == 0 else lb), (np.resize(ub, n) if ub.ndim == 0 else ub)


def curve_fit(f, xdata, ydata, p0=None, sigma=None, absolute_sigma=False, check_finite=True,
              bounds=(-np.inf, np.inf), method=None, jac=None, *, full_output=False, **kwargs):
    j = _java()
    if p0 is not None:
        p0 = np.atleast_1d(np.asarray(p0, dtype=float)).ravel()
    n = p0.size if p0 is not None else _fit_parameter_count(f)
    lb, ub = _bounds(bounds, n)
    if isinstance(xdata, (list, tuple, np.ndarray)):
        # xdata goes to f only, never to Java: converted and checked here, as SciPy does
        xdata = np.asarray_chkfinite(xdata, float) if check_finite else np.asarray(xdata, float)
    y = np.asarray(ydata, dtype=float).ravel()
    o = j["CurveFitOptions"].options().absoluteSigma(bool(absolute_sigma)).checkFinite(bool(check_finite))
    o.bounds(j["doubles"](lb), j["doubles"](ub))
    if method is not None:
        o.method(str(method))
    if sigma is not None:
        # 1-D: errors, 2-D: their covariance; Java takes both flat, so the shape is told here
        s = np.asarray(sigma, dtype=float)
        if s.shape == (y.size,):
            o.sigma(j["doubles"](s))
        elif s.shape == (y.size, y.size):
            o.sigmaCovariance(j["doubles"](s))
        else:
            raise ValueError("`sigma` has incorrect shape: %s for %d ydata values." % (s.shape, y.size))
    model = j["Model"](f, xdata)
    if callable(jac):
        o.jac(j["Jacobian"](jac, lambda fn, p: fn(xdata, *p)))
    elif jac is not None:
        o.jac(str(jac))
        if jac == "cs":
            model = j["ComplexModel"](f, xdata)
    if "args" in kwargs:
        raise ValueError("'args' is not a supported keyword argument.")
    for name, value in kwargs.items():
        if name in ("maxfev", "max_nfev"):
            o.maxfev(0 if value is None else int(value))
        elif name in ("ftol", "xtol", "gtol"):
            getattr(o, name)(0.0 if value is None else float(value))
        else:
            raise TypeError("sciaccel's optimize.curve_fit has no parameter %s (given %r)" % (name, value))
    r = _run(lambda: j["Optimize"].curveFit(model, j["doubles"](y), j["doubles"](p0), o) if p0 is not None
             else j["Optimize"].curveFit(model, j["doubles"](y), j["jpype"].JInt(n), o))
    popt = np.array(r.popt())
    pcov = np.array(r.pcov()).reshape(popt.size, popt.size)
    if not full_output:
        return popt, pcov
    info = r.info()
    infodict = dict(nfev=int(r.nfev()), fvec=np.array(info.fvec()))
    if info.fjac() is not None:
        infodict.update(fjac=np.array(info.fjac()).reshape(popt.size, -1), ipvt=np.array(info.ipvt(), dtype=np.int32),
                        qtf=np.array(info.qtf()))
        if callable(jac):
            infodict["njev"] = int(info.njev())
    return popt, pcov, infodict, str(info.mesg()), int(info.ier())


def _check_func(checker, argname, thefunc, x0, args, numinputs, output_shape=None):
    """SciPy's leastsq check of what a callable returns at x0: its shape, or TypeError."""
    res = np.atleast_1d(thefunc(*((x0[:numinputs],) + args)))
    if (output_shape is not None) and (np.shape(res) != output_shape):
        if output_shape[0] != 1:
            if len(output_shape) > 1 and output_shape[1] == 1:
                return np.shape(res), res.dtype
            msg = "%s: there is a mismatch between the input and output shape of the '%s' argument" % (
                checker, argname)
            func_name = getattr(thefunc, '__name__', None)
            msg += " '%s'." % func_name if func_name else "."
            msg += 'Shape should be %s but it is %s.' % (output_shape, np.shape(res))
            raise TypeError(msg)
    dt = res.dtype if np.issubdtype(res.dtype, np.inexact) else np.dtype(float)
    return np.shape(res), dt


def leastsq(func, x0, args=(), Dfun=None, full_output=0, col_deriv=0, ftol=1.49012e-8, xtol=1.49012e-8,
            gtol=0.0, maxfev=0, epsfcn=None, factor=100, diag=None):
    import warnings
    j = _java()
    x0 = np.asarray(x0).flatten()
    n = len(x0)
    if not isinstance(args, tuple):
        args = (args,)
    shape, dtype = _check_func('leastsq', 'func', func, x0, args, n)
    m = shape[0]
    if epsfcn is None:
        # leastsq's default: the precision of the residuals func returns (float32 data: float32's)
        epsfcn = np.finfo(dtype).eps
    o = j["LeastsqOptions"].options().ftol(float(ftol)).xtol(float(xtol)).gtol(float(gtol)).maxfev(int(maxfev)) \
        .epsfcn(float(epsfcn)).factor(float(factor))
    if diag is not None:
        o.diag(j["doubles"](diag))
    if Dfun is not None:
        _check_func('leastsq', 'Dfun', Dfun, x0, args, n, (n, m) if col_deriv else (m, n))
        o.dfun(j["Jacobian"](Dfun, lambda fn, p: fn(p, *args), transposed=bool(col_deriv)))
    r = _run(lambda: j["Optimize"].leastsq(j["Residuals"](func, args), j["doubles"](x0), int(m), o))
    x = np.array(r.x())
    ier = int(r.ier())
    if full_output:
        cov_x = None if r.covX() is None else np.array(r.covX()).reshape(n, n)
        infodict = dict(fvec=np.array(r.fvec()), nfev=int(r.nfev()), fjac=np.array(r.fjac()).reshape(n, m),
                        ipvt=np.array(r.ipvt(), dtype=np.int32), qtf=np.array(r.qtf()))
        if Dfun is not None:
            infodict["njev"] = int(r.njev())
        return x, cov_x, infodict, str(r.mesg()), ier
    if ier in (5, 6, 7, 8):
        # leastsq without full_output warns where the caller would not see ier's meaning otherwise
        warnings.warn(str(r.mesg()), RuntimeWarning)
    return x, ier


def _run(call):
    """Runs a Java call with its sciaccel warnings collected, then re-emits them with SciPy's classes."""
    import warnings
    import sciaccel_binding as b
    jp = b._jvm["jpype"]
    collector = b._jvm["Warnings"].collect()
    try:
        try:
            result = call()
        except jp.JException as e:
            raise _error(e, b._python_error) from None
        emitted = list(collector.warnings())
    finally:
        collector.close()
    for w in emitted:
        warnings.warn(str(w.message()), b._warning_class(str(w.category().pythonName())), stacklevel=4)
    return result
