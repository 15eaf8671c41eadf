"""The one writer of sciaccel's golden manifests (schema sciaccel-golden/2).

Every generator under conformance/golden/ builds its cases with case() and writes them with
write(); the Java golden runner (conformance/src/test/java/.../GoldenRunnerTest) reads every
cases.jsonl whose first line declares the schema, binds each case's arguments to the op's registry
entry exactly as `sciaccel call` does, runs it on every backend and compares the outputs. A new
op's golden cases therefore need a generator entry and nothing else.

A manifest line is one JSON object:

  id        unique across all manifests, e.g. "gf-mode-007"
  op        the registry's qualified name, e.g. "ndimage.gaussian_filter", "fft.rfft"
  args      the arguments as they would follow `sciaccel call OP`: "name=value" with the value in
            the CLI's syntax (see cli_value), array arguments as "name=@file.npy"; every @ path is
            relative to the manifest's folder
  seeded    (optional) {name: {"shape": [...], "dtype": "...", "seed": n}}: array arguments the
            runner generates from a seed (see fft/generate_fft.py's hashed()) instead of a file
  expected  {output name: SciPy's value}, SciPy's output names in SciPy's order, each either
              "file.npy"                              an array, relative to the manifest's folder
              {"npy": "file.npy", ...attributes}      an array with attributes a check reads
                                                      (fft: "stride", "max_abs", "shape")
              {"scalar": number, "dtype": "float64"}  a scalar of that NumPy dtype
              {"json": [...]}                         a structured result (find_objects' slices)
              {"exact": true|"text"}                  a flag or a text that must be equal
                                                      (an OptimizeResult's success, message)
              {"not_compared": "why"}                 an output the op returns that SciPy has no
                                                      counterpart for (curve_fit_batch's states);
                                                      only a check that never reads it may be named
  check     (optional) the comparison, default "allclose"; others are listed in GoldenChecks.java
  raises    (instead of expected) for a case where SciPy raises: text the Java error message must
            contain, usually the parameter's name; the runner expects a clear exception, no result

Non-finite floats, which JSON cannot spell, are the strings "nan", "inf" and "-inf".
"""

import json
import math

SCHEMA = "sciaccel-golden/2"


def cli_value(value):
    """A Python/NumPy value in the CLI's syntax: none, true/false, repr floats, comma lists."""
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "true" if value else "false"
    if hasattr(value, "tolist") and not isinstance(value, str):
        value = value.tolist()
    if isinstance(value, (list, tuple)):
        if not value:
            raise ValueError("an empty list has no CLI spelling; give the parameter as @file.npy")
        return ",".join(cli_value(v) for v in value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    return str(value)


def arg(name, value):
    """One "name=value" argument."""
    return name + "=" + cli_value(value)


def array_arg(name, path):
    """An array argument given by file, relative to the manifest's folder."""
    return name + "=@" + path


def json_value(value):
    """A value for the manifest's JSON: NumPy scalars and arrays as Python, non-finite floats as strings."""
    if hasattr(value, "tolist") and not isinstance(value, str):
        value = value.tolist()
    if isinstance(value, (list, tuple)):
        return [json_value(v) for v in value]
    if isinstance(value, dict):
        return {k: json_value(v) for k, v in value.items()}
    if isinstance(value, float) and not math.isfinite(value):
        return "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf")
    return value


def scalar(value, dtype):
    """An expected scalar output of NumPy dtype `dtype` (a name or a dtype)."""
    return {"scalar": json_value(value), "dtype": str(dtype)}


def not_compared(why):
    """An expected output SciPy has no value for; the case's check must not read it (say why)."""
    return {"not_compared": why}


def case(case_id, op, args, expected, check=None, seeded=None):
    """One manifest line as a dict; `args` is a list of arg()/array_arg() strings."""
    if "." not in op:
        raise ValueError(case_id + ": op must be the qualified registry name, got " + op)
    line = {"id": case_id, "op": op, "args": list(args), "expected": json_value(expected)}
    return _finish(line, check, seeded)


def raising(case_id, op, args, message_names, seeded=None):
    """A case where SciPy raises; `message_names` must appear in the Java error message."""
    if "." not in op:
        raise ValueError(case_id + ": op must be the qualified registry name, got " + op)
    return _finish({"id": case_id, "op": op, "args": list(args), "raises": message_names}, None, seeded)


def _finish(line, check, seeded):
    if seeded:
        line["seeded"] = json_value(seeded)
    if check:
        line["check"] = check
    return line


def write(path, header, cases):
    """Writes a manifest: the schema line, `header` as comment lines, one JSON line per case."""
    ids = set()
    with open(path, "w") as f:
        f.write("# schema: " + SCHEMA + "\n")
        for line in header.strip().splitlines():
            f.write("# " + line + "\n")
        for c in cases:
            if c["id"] in ids:
                raise ValueError("case id " + c["id"] + " appears twice")
            ids.add(c["id"])
            f.write(json.dumps(c, allow_nan=False) + "\n")
