"""Binds SciPy's functions to sciaccel's op registry, so SciPy's own tests run against sciaccel.

`install(backend_name)` starts a JVM (JPype) with sciaccel's jar and replaces, in the public
namespaces scipy.ndimage/fft/fftpack/signal/linalg/optimize, every function the registry implements
with a wrapper that converts the arguments, runs the op through `OpSpec.invoke` on the chosen
backend and converts the results back. Nothing falls back to SciPy: whatever sciaccel rejects
raises, and counts as a failure. Functions sciaccel lacks stay SciPy's.
"""
import importlib
import inspect
import os
import sys
import tempfile
import warnings

import numpy as np

# The numbers of wrapped calls that reached sciaccel; the pytest plugin reads it per test to tell
# sciaccel's tests from tests that only exercise functions sciaccel does not implement.
calls = 0

_jvm = {}
# Parameters that give SciPy permission or hints but do not change a correct result: ignored when
# given (check_finite only when False: True asks for a check sciaccel does not make).
_HINTS = {"overwrite_x", "overwrite_a", "overwrite_b", "overwrite_data", "workers", "brute_force", "lwork"}
# Ops where SciPy honours `output` only as an array: given a dtype instead, SciPy ignores it (the binary ops
# return bool, the gradient and laplace their input's dtype), so the binding drops it there.
_OUTPUT_ARRAY_ONLY = {"ndimage.binary_erosion", "ndimage.binary_dilation", "ndimage.binary_opening",
                      "ndimage.binary_closing", "ndimage.binary_hit_or_miss", "ndimage.morphological_gradient",
                      "ndimage.morphological_laplace"}
# ... and ops that return None once they filled an output array.
_NONE_WITH_OUTPUT = {"ndimage.binary_hit_or_miss"}
# Arrays SciPy fills instead of returning them (distances=, indices=): sciaccel checks the array it is given (as
# @file.npy: dtype and shape, as SciPy does) and returns the output of the same name, which the binding copies into
# the caller's array and leaves out of the returned value. SciPy ignores such an argument that is not an ndarray.
_FILLED = {"ndimage.distance_transform_edt": ("distances", "indices"),
           "ndimage.distance_transform_cdt": ("distances", "indices")}
# (Java numpy name, Java primitive) for each dtype sciaccel holds; complex ones interleave re, im.
_STORAGE = {"float32": ("float32", "JFloat"), "float64": ("float64", "JDouble"), "uint8": ("int8", "JByte"),
            "bool": ("int8", "JByte"), "uint16": ("int16", "JShort"), "int32": ("int32", "JInt"),
            "int64": ("int64", "JLong"), "complex64": ("float32", "JFloat"), "complex128": ("float64", "JDouble"),
            # NumPy's other integers and half, as HostArray stores them (unsigned as bits, half as its bits)
            "int8": ("int8", "JByte"), "int16": ("int16", "JShort"), "uint32": ("int32", "JInt"),
            "uint64": ("int64", "JLong"), "float16": ("int16", "JShort")}


def _start(classpath):
    import jpype
    if not jpype.isJVMStarted():
        # Debian packages JPype's own jar outside the module; it must be on the class path.
        jars = ["/usr/share/java/org.jpype.jar"] + classpath
        # The heap holds every array a call hands to sciaccel and every result, on the CPU backend at
        # once: test_signaltools.py's TestConvolve2d::test_large_array alone has 2.15 GB of int64
        # input and 2.15 GB of output (it checks for 4.3 GB of free memory itself), more than 4g.
        heap = os.environ.get("SCIACCEL_TEST_HEAP", "6g")
        jpype.startJVM("--add-modules=jdk.incubator.vector", "-Xmx" + heap, classpath=jars, convertStrings=True)
    _jvm["jpype"] = jpype
    for name in ["Backends", "HostArray", "NDArray", "DType", "LinAlgException", "Warnings"]:
        _jvm[name] = jpype.JClass("org.sciaccel." + name)
    _jvm["registry"] = jpype.JClass("org.sciaccel.registry.OpRegistry").standard()


# ---- arrays -------------------------------------------------------------------------------------

def _to_host(a):
    """numpy array -> HostArray (a dtype sciaccel lacks goes to DType.fromName, which rejects it)."""
    jp = _jvm["jpype"]
    a = np.asarray(a)
    name = a.dtype.name
    dtype = _jvm["DType"].fromName(name)  # raises IllegalArgumentException for int8, float16, object...
    store, prim = _STORAGE[str(dtype.numpyName())]
    flat = np.ascontiguousarray(a, dtype=a.dtype.newbyteorder("=")).reshape(-1).view(store)
    data = jp.JArray(getattr(jp, prim))(flat)
    return _jvm["HostArray"](dtype, jp.JArray(jp.JInt)([int(s) for s in a.shape]), data)


def _from_nd(nd):
    return _numpy(nd.toHost())


def _take_nd(nd):
    """An op's result, which nothing uses again: closed, and on the CPU backend handed over uncopied."""
    return _numpy(nd.toHostAndClose())


def _numpy(host):
    name = str(host.dtype().numpyName())
    store, _ = _STORAGE[name]
    flat = np.array(host.data(), dtype=store, copy=True)
    return flat.view(name).reshape([int(s) for s in host.shape()])


def _from_java(v):
    """An op output: NDArray -> numpy (0-d -> numpy scalar; the array is closed), Number -> int/float,
    JSON list -> list."""
    jp = _jvm["jpype"]
    if v is None:
        return None
    if isinstance(v, _jvm["NDArray"]):
        out = _take_nd(v)
        return out[()] if out.ndim == 0 else out
    if isinstance(v, (jp.JClass("java.lang.Integer"), jp.JClass("java.lang.Long"))):
        return int(v)
    if isinstance(v, jp.JClass("java.lang.Number")):
        return float(v.doubleValue())
    if isinstance(v, jp.JClass("java.lang.Boolean")):
        return bool(v)
    if isinstance(v, jp.JClass("java.util.List")):
        return [_from_java(x) for x in v]
    return v


# ---- parameters ---------------------------------------------------------------------------------

def _scalar_text(v, ptype):
    if isinstance(v, (bool, np.bool_)):
        if ptype.startswith("true or false"):
            return "true" if v else "false"
        return "1" if v else "0"
    if isinstance(v, (int, np.integer)):
        return str(int(v))
    if isinstance(v, (float, np.floating)):
        return repr(float(v))
    return str(v)


# SciPy's integer parameters follow Python's rule for an integer argument (operator.index, PyArg's "i"):
# a float is a TypeError. These few check the value themselves and raise ValueError, as sciaccel's
# refusal of a non-integer does.
_VALUE_CHECKED_INTS = {("ndimage.gaussian_filter1d", "radius"), ("fft.fftfreq", "n"), ("fft.rfftfreq", "n"),
                       ("fftpack.fftfreq", "n")}


def _check_integer(op, spec, v):
    if str(spec.type().describe()) == "int" and isinstance(v, (float, np.floating)) \
            and (str(op.name()), str(spec.name())) not in _VALUE_CHECKED_INTS:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)


def _param_text(spec, v, tmp):
    """A Python value as the CLI text ParamSpec.parse takes: none, numbers, comma lists, @file.npy."""
    ptype = str(spec.type().describe())
    if v is None:
        return "none"
    if isinstance(v, range):
        v = list(v)
    if ptype.startswith("dtype"):
        return np.dtype(v).name
    if ptype.startswith("true or false"):
        return "true" if v else "false"
    if isinstance(v, np.ndarray) and v.ndim == 0:
        v = v[()]
    if isinstance(v, (list, tuple)) and all(isinstance(x, (int, float, np.number, bool, str)) for x in v) \
            and not ptype.startswith("array") and len(v) > 0:
        text = ",".join(_scalar_text(x, ptype) for x in v)
        # A measurement's index list in brackets, so that a list of one label stays a list (SciPy's array result).
        return "[" + text + "]" if ptype.startswith("none, a label") else text
    if isinstance(v, (list, tuple, np.ndarray)):
        if not isinstance(v, np.ndarray) and len(v) == 0 and ptype.startswith("none, a label"):
            return "[]"
        a = np.asarray(v)
        if a.size == 0 and ptype.startswith("int"):
            # An empty sequence is NumPy's float64 array, but a list of no integers to SciPy.
            a = a.astype(np.int64)
        path = os.path.join(tmp, "%s.npy" % spec.name())
        np.save(path, a)
        return "@" + path
    return _scalar_text(v, ptype)


def _same_default(value, default):
    if default is inspect.Parameter.empty:
        return False
    try:
        return value is default or bool(value == default)
    except Exception:  # arrays and the like: not a default
        return False


# ---- results in SciPy's shapes ------------------------------------------------------------------

def _tuples(v):
    """Positions: one list -> tuple; a list of lists -> list of tuples."""
    if isinstance(v, list) and v and isinstance(v[0], list):
        return [tuple(x) for x in v]
    return tuple(v) if isinstance(v, list) else v


def _measure(v, index_is_list):
    return np.array(v) if isinstance(v, list) and index_is_list else v


def _shape_results(op, outs, bound):
    """Adapts sciaccel's outputs to what the SciPy function returns, where the two differ in form."""
    name = op.split(".")[1]
    index_is_list = isinstance(bound.get("index"), (list, tuple, np.ndarray)) and np.ndim(bound.get("index")) > 0
    if name == "find_objects":
        return [None if box is None else tuple(slice(a, b) for a, b in box) for box in outs[0]]
    if name in ("minimum_position", "maximum_position", "center_of_mass"):
        return _tuples(outs[0])
    if name == "extrema":
        v = outs[0]
        if index_is_list:
            return np.array(v[0]), np.array(v[1]), [tuple(p) for p in v[2]], [tuple(p) for p in v[3]]
        return v[0], v[1], tuple(v[2]), tuple(v[3])
    if name in ("sum", "sum_labels", "mean", "minimum", "maximum", "median", "variance", "standard_deviation"):
        return _measure(outs[0], index_is_list)
    if name == "histogram" and index_is_list:
        return [np.array(h) for h in outs[0]]
    if op == "linalg.cho_factor":
        return outs[0], bool(bound.get("lower", False))
    if op == "linalg.qr" and bound.get("mode") == "r":
        return (outs[0],)
    if op == "linalg.lstsq" and len(outs) == 3:
        return tuple(outs) + (None,)  # gelsy: SciPy's s is None
    return outs[0] if len(outs) == 1 else tuple(outs)


# ---- errors -------------------------------------------------------------------------------------

def _python_error(e):
    """A Java exception as the Python exception SciPy raises for that kind of problem, message kept."""
    cls = str(e.getClass().getName())
    msg = "%s: %s" % (cls.rsplit(".", 1)[-1], e.getMessage())
    if isinstance(e, _jvm["LinAlgException"]):
        return np.linalg.LinAlgError(msg)
    if isinstance(e, _jvm["jpype"].JClass("org.sciaccel.SciPyArgumentException")):
        # Bad input SciPy refuses with TypeError or RuntimeError (NumPy: IndexError, AxisError): the exception says which.
        return {"TYPE_ERROR": TypeError, "RUNTIME_ERROR": RuntimeError, "INDEX_ERROR": IndexError,
                "AXIS_ERROR": np.AxisError}[str(e.scipyRaises().name())](msg)
    if cls in ("java.lang.IllegalArgumentException", "org.sciaccel.registry.UsageException"):
        return ValueError(msg)
    if cls == "java.lang.UnsupportedOperationException":
        return NotImplementedError(msg)
    if cls == "java.lang.OutOfMemoryError":
        return MemoryError(msg)
    return RuntimeError(msg)


# ---- the wrapper --------------------------------------------------------------------------------

def _arguments(original, op, args, kwargs):
    """SciPy's call, bound to SciPy's signature: name -> value, plus SciPy's defaults per name."""
    try:
        sig = inspect.signature(original)
        if any(p.kind == p.VAR_POSITIONAL for p in sig.parameters.values()):
            raise ValueError("no usable signature")  # deprecated aliases take (*args, **kwargs)
    except (ValueError, TypeError):
        # The op's own order: its arrays, then its parameters (optional ones need not be given).
        order = [(str(a.name()), inspect.Parameter.empty) for a in op.inputs()]
        order += [(str(p.name()), inspect.Parameter.empty if p.isRequired() else None) for p in op.params()]
        sig = inspect.Signature([inspect.Parameter(n, inspect.Parameter.POSITIONAL_OR_KEYWORD, default=d)
                                 for n, d in order])
    bound = sig.bind(*args, **kwargs).arguments  # a wrong call raises SciPy's TypeError here
    given = {}
    for name, value in bound.items():
        if sig.parameters[name].kind == inspect.Parameter.VAR_KEYWORD:
            given.update(value)
        else:
            given[name] = value
    defaults = {n: p.default for n, p in sig.parameters.items()}
    return given, defaults


def _unpack_factors(given):
    """cho_solve((c, lower), b) and lu_solve((lu, piv), b) take a factorization as one tuple."""
    if "c_and_lower" in given:
        given["c"], given["lower"] = given.pop("c_and_lower")
    if "lu_and_piv" in given:
        given["lu"], given["piv"] = given.pop("lu_and_piv")


def _derivative_function(fn, out_dtype, extra, keywords):
    """SciPy's derivative callable, derivative(input, axis, output, mode, cval, *extra_arguments,
    **extra_keywords), as the Java function Ndimage.AxisDerivative: the input array comes to Python, the
    callable gets the output dtype (SciPy passes the output array for the first axis, its dtype for the
    others; the values are the same) and its result goes back to the input's backend."""
    jp = _jvm["jpype"]

    @jp.JImplements("org.sciaccel.ndimage.Ndimage$AxisDerivative")
    class Derivative:
        sciaccel_java_function = True

        @jp.JOverride
        def apply(self, nd, axis, mode, cval):
            r = fn(_from_nd(nd), int(axis), out_dtype, str(mode.scipyName()), float(cval), *extra, **keywords)
            return _jvm["NDArray"].fromHost(nd.backend(), _to_host(np.asarray(r)))
    return Derivative()


def _bind_callables(op, given):
    """A derivative parameter given a Python callable: SciPy's own sobel / prewitt (bound to sciaccel)
    by name, any other callable as a Java function; extra_arguments / extra_keywords go to it."""
    for p in op.params():
        name = str(p.name())
        f = given.get(name)
        if not str(p.type().describe()).startswith("derivative") or not callable(f):
            continue
        extra = tuple(given.pop("extra_arguments", ()))
        keywords = dict(given.pop("extra_keywords", None) or {})
        builtin = getattr(f, "__wrapped_sciaccel__", None)
        if builtin in ("ndimage.sobel", "ndimage.prewitt") and not extra and not keywords:
            given[name] = builtin.split(".")[1]
            continue
        out = given.get("output")
        out = out.dtype if isinstance(out, np.ndarray) else out
        inp = np.asarray(given[str(op.inputs()[0].name())])
        given[name] = _derivative_function(f, np.dtype(out) if out is not None else inp.dtype, extra, keywords)

# Parameters SciPy requires to be str, refusing anything else with a TypeError before any computation
# (the CLI text the binding passes cannot tell 1.0 from '1.0').
_STRINGS = {("linalg.svd", "lapack_driver"): "lapack_driver must be a string"}


def _schur_with_callable(given):
    """schur(a, sort=callable): a Python callable cannot become CLI text, so the binding calls the Java
    API with the callable as the Java EigenvalueSelector. As f2py does for gees' callback, a real matrix's
    callable gets as many of (wr, wi) as it takes positional arguments, a complex one's the eigenvalue."""
    jp = _jvm["jpype"]
    sort = given["sort"]
    a = np.asarray(given["a"])
    output = given.get("output", "real")
    output_enum = jp.JClass("org.sciaccel.linalg.SchurOutput").parse(output)
    complex_input = np.iscomplexobj(a) or output in ("complex", "c")
    try:
        params = [p for p in inspect.signature(sort).parameters.values()
                  if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
        nargs = len(params)
    except (TypeError, ValueError):
        nargs = 1
    selector = jp.JClass("org.sciaccel.linalg.EigenvalueSelector")

    @jp.JImplements(selector)
    class _Select:
        @jp.JOverride
        def select(self, re, im):
            if complex_input:
                return bool(sort(complex(re, im))) if nargs >= 1 else bool(sort())
            return bool(sort(*(float(re), float(im))[:min(nargs, 2)]))

    arr = _jvm["NDArray"].fromHost(_jvm["backend"], _to_host(a))
    result = None
    try:
        result = jp.JClass("org.sciaccel.linalg.Linalg").schur(arr, output_enum, _Select())
        return _from_nd(result.T()), _from_nd(result.Z()), int(result.sdim())
    except jp.JException as e:
        raise _python_error(e) from None
    finally:
        arr.close()
        if result is not None:
            result.close()


def _call(op, original, args, kwargs):
    jp = _jvm["jpype"]
    given, defaults = _arguments(original, op, args, kwargs)
    _unpack_factors(given)
    _bind_callables(op, given)
    for (op_name, param), message in _STRINGS.items():
        if str(op.name()) == op_name and param in given and not isinstance(given[param], str):
            raise TypeError(message)
    if str(op.name()) == "linalg.schur" and callable(given.get("sort")):
        return _schur_with_callable(given)
    inputs = [str(a.name()) for a in op.inputs()]
    out_array = None
    qualified = str(op.name())
    if isinstance(given.get("output"), np.ndarray) and op.param("output") is not None:
        # An existing output array: sciaccel takes its dtype; the binding writes the result into it.
        out_array = given["output"]
        given["output"] = out_array.dtype
        if str(op.name()) == "ndimage.label" and out_array.shape != np.shape(given.get("input")):
            raise ValueError("output shape not correct")  # SciPy's check, before any labelling
    elif qualified in _OUTPUT_ARRAY_ONLY and "output" in given:
        del given["output"]
    filled = {}
    for name in _FILLED.get(qualified, ()):
        if isinstance(given.get(name), np.ndarray):
            filled[name] = given[name]
        elif name in given:
            del given[name]
    if given.get("check_finite") is False:
        given.pop("check_finite")
    for name in list(given):
        if name in inputs or op.param(name) is not None:
            if given[name] is None and defaults.get(name) is None and op.param(name) is not None \
                    and not op.param(name).noneAllowed():
                del given[name]  # SciPy's None default where sciaccel spells the default differently
            continue
        if name in _HINTS or _same_default(given[name], defaults.get(name, inspect.Parameter.empty)):
            del given[name]
            continue
        raise TypeError("sciaccel's %s has no parameter %s (given %r)" % (op.name(), name, given[name]))
    backend = _jvm["backend"]
    arrays = []
    outs = None
    try:
        with tempfile.TemporaryDirectory(prefix="sciaccel-") as tmp:
            values = jp.JClass("java.util.LinkedHashMap")()
            for p in op.params():
                pname = str(p.name())
                if pname in given and getattr(given[pname], "sciaccel_java_function", False):
                    values.put(pname, given[pname])  # a Java function no text spells
                elif pname in given:
                    _check_integer(op, p, given[pname])
                    values.put(pname, p.parse(_param_text(p, given[pname], tmp)))
                elif p.isRequired():
                    raise TypeError("%s() missing required argument: '%s'" % (op.name(), pname))
                else:
                    values.put(pname, p.defaultValue())
            for name in inputs:
                if name not in given:
                    raise TypeError("%s() missing required argument: '%s'" % (op.name(), name))
                # The HostArray is this call's own copy of the numpy array: handed over, not copied again.
                arrays.append(_jvm["NDArray"].adopt(backend, _to_host(given[name])))
            jlist = jp.JClass("java.util.ArrayList")()
            for a in arrays:
                jlist.add(a)
            collector = _jvm["Warnings"].collect()
            try:
                outs = op.invoke(backend, jlist, values)
                emitted = list(collector.warnings())
            finally:
                collector.close()
            # The inputs are released before the results are copied out, so both need not fit at once
            # (an input an op returns as its result stays open until then).
            entries = [(str(e.getKey()), e.getValue()) for e in outs.values().entrySet()]
            returned = [v for _, v in entries]
            for a in arrays:
                if not any(a.equals(v) for v in returned if isinstance(v, _jvm["NDArray"])):
                    a.close()
            results = []
            seen = []  # (Java array, its numpy value): _from_java closes a result, so one returned twice
            for name, v in entries:
                if name in filled:
                    np.copyto(filled[name], _from_nd(v))
                    continue
                earlier = [value for j, value in seen if isinstance(v, _jvm["NDArray"]) and v.equals(j)]
                value = earlier[0] if earlier else _from_java(v)
                if isinstance(v, _jvm["NDArray"]):
                    seen.append((v, value))
                results.append(value)
    except jp.JException as e:
        raise _python_error(e) from None
    finally:
        for a in arrays:
            a.close()
        if outs is not None:
            outs.close()
    for w in emitted:
        warnings.warn(str(w.message()), _warning_class(str(w.category().pythonName())), stacklevel=3)
    if filled and not results:
        return None
    result = _shape_results(qualified, results, given)
    if out_array is not None and qualified == "ndimage.label":
        # SciPy's label writes the labels into the caller's array and returns only their number.
        np.copyto(out_array, result[0], casting="unsafe")
        return result[1]
    if out_array is not None and np.iscomplexobj(result) and not np.iscomplexobj(out_array):
        # SciPy's _get_output: a complex result into a given real array is refused, not cast.
        raise RuntimeError("output must have complex dtype")
    if out_array is not None:
        np.copyto(out_array, result, casting="unsafe")
        return None if qualified in _NONE_WITH_OUTPUT else out_array
    return result


def _warning_class(name):
    """The Python class of a sciaccel warning category (Warnings.Category.pythonName())."""
    if name == "LinAlgWarning":
        from scipy.linalg import LinAlgWarning
        return LinAlgWarning
    if name == "OptimizeWarning":
        from scipy.optimize import OptimizeWarning
        return OptimizeWarning
    if name == "ComplexWarning":
        return np.ComplexWarning
    return {"UserWarning": UserWarning, "DeprecationWarning": DeprecationWarning,
            "RuntimeWarning": RuntimeWarning}[name]


def _from_scipy_internals():
    """Whether the wrapper is called by SciPy's own code (not a test): then SciPy's function runs,
    so functions sciaccel does not implement stay SciPy's all the way down."""
    caller = sys._getframe(2).f_globals.get("__name__", "")
    return caller.startswith("scipy.") and ".tests." not in caller


def _wrapper(op, original):
    def wrapped(*args, **kwargs):
        global calls
        if _from_scipy_internals():
            return original(*args, **kwargs)
        calls += 1  # before binding: a call sciaccel cannot take is sciaccel's failure too
        return _call(op, original, args, kwargs)
    wrapped.__name__ = getattr(original, "__name__", str(op.name()).split(".")[1])
    wrapped.__doc__ = getattr(original, "__doc__", None)
    # Function attributes SciPy reads through the module's name (lstsq.default_lapack_driver).
    wrapped.__dict__.update(getattr(original, "__dict__", {}))
    wrapped.__wrapped_sciaccel__ = str(op.name())
    return wrapped


def install(backend_name, classpath):
    """Starts the JVM, picks the backend by name and rebinds every implemented SciPy function.
    Returns the qualified names that were rebound."""
    _start(classpath)
    _jvm["backend"] = _jvm["Backends"].get(backend_name)
    bound = []
    for op in _jvm["registry"].all():
        qualified = str(op.name())
        module_name, fn = qualified.split(".")
        if module_name not in ("ndimage", "fft", "fftpack", "signal", "linalg", "optimize"):
            continue  # numpy.matmul: rebinding numpy would reach every test's reference computation
        if qualified == "optimize.curve_fit":
            continue  # the op takes a formula; SciPy's callable form is bound below
        module = importlib.import_module("scipy." + module_name)
        original = getattr(module, fn, None)
        if original is None or hasattr(original, "__wrapped_sciaccel__"):
            continue  # sciaccel-only ops (the batched ones) have no SciPy counterpart to replace
        _rebind(module, module_name, fn, original, _wrapper(op, original))
        bound.append(qualified)
        if module_name == "fft":
            # SciPy's pocketfft tests (scipy/fft/_pocketfft/tests/test_basic.py) import the same
            # transforms from the backend module that scipy.fft dispatches to.
            pocketfft = importlib.import_module("scipy.fft._pocketfft")
            # scipy.fft's public functions dispatch there, so this wrapper's original must be
            # pocketfft's own function (the public one would dispatch back to it forever).
            if hasattr(pocketfft, fn):
                setattr(pocketfft, fn, _wrapper(op, getattr(pocketfft, fn)))
    # curve_fit and leastsq take Python callables, which the registry's formula op cannot: they call
    # sciaccel's Java API with the callable as a Java interface (sciaccel_optimize.py).
    import sciaccel_optimize
    module = importlib.import_module("scipy.optimize")
    for fn, impl in (("curve_fit", sciaccel_optimize.curve_fit), ("leastsq", sciaccel_optimize.leastsq)):
        original = getattr(module, fn)
        _rebind(module, "optimize", fn, original, _callable_wrapper(fn, original, impl))
        bound.append("optimize." + fn)
    return bound


def _rebind(module, module_name, fn, original, wrapper):
    """Replaces module.fn, and the same object wherever SciPy's private modules hold it: some test
    files import from the private module that defines the function (scipy.fft._helper.next_fast_len,
    scipy.optimize._minpack_py.curve_fit)."""
    setattr(module, fn, wrapper)
    for name, other in list(sys.modules.items()):
        if not name.startswith("scipy." + module_name + ".") or ".tests" in name:
            continue
        with warnings.catch_warnings():  # SciPy's deprecated namespaces warn on attribute access
            warnings.simplefilter("ignore", DeprecationWarning)
            if getattr(other, fn, None) is original:
                setattr(other, fn, wrapper)


def _callable_wrapper(fn, original, impl):
    """Like _wrapper, for a function bound by hand (impl) rather than through an op."""
    def wrapped(*args, **kwargs):
        global calls
        if _from_scipy_internals():
            return original(*args, **kwargs)
        calls += 1
        return impl(*args, **kwargs)
    wrapped.__name__ = fn
    wrapped.__doc__ = original.__doc__
    wrapped.__wrapped_sciaccel__ = "optimize." + fn
    return wrapped
