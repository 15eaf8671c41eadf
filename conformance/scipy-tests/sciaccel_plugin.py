"""pytest plugin (-p sciaccel_plugin): binds SciPy to sciaccel before SciPy's test modules are
imported, and writes a JSON summary that tells sciaccel's tests from the others.

Options come from the environment so the unmodified SciPy test files need nothing:
SCIACCEL_TEST_BACKEND (cpu|opencl), SCIACCEL_CLASSPATH (jars, ':'-separated),
SCIACCEL_SUMMARY (where to write the JSON summary).
"""
import json
import os

import sciaccel_binding

_results = {}
_start_calls = {}


def pytest_configure(config):
    # pytest_configure runs before collection, so `from scipy.ndimage import x` in a test module
    # already sees the wrapper.
    backend = os.environ.get("SCIACCEL_TEST_BACKEND", "cpu")
    classpath = [p for p in os.environ.get("SCIACCEL_CLASSPATH", "").split(":") if p]
    bound = sciaccel_binding.install(backend, classpath)
    config._sciaccel = {"backend": backend, "bound": bound}


def pytest_report_header(config):
    info = config._sciaccel
    return "sciaccel backend %s; %d SciPy functions bound to sciaccel" % (info["backend"], len(info["bound"]))


def pytest_runtest_logstart(nodeid, location):
    _start_calls[nodeid] = sciaccel_binding.calls


def _outcome(report):
    if hasattr(report, "wasxfail"):
        return "xfailed" if report.skipped else "xpassed"
    if report.failed:
        return "failed" if report.when == "call" else "error"  # setup/teardown: pytest's "error"
    return report.outcome  # passed or skipped


def pytest_runtest_logreport(report):
    # One record per test. Its outcome is the call's, unless setup did not pass (then the call does
    # not run) or teardown failed after it.
    outcome = _outcome(report)
    record = _results.setdefault(report.nodeid, {"test": report.nodeid, "outcome": None, "message": ""})
    if report.when == "call" or record["outcome"] is None or outcome == "error":
        record["outcome"] = outcome
        if report.failed:
            crash = getattr(report.longrepr, "reprcrash", None)
            record["message"] = (crash.message if crash is not None else str(report.longrepr)[-400:])[:400]


def pytest_runtest_logfinish(nodeid, location):
    record = _results.get(nodeid)
    if record is not None:
        record["sciaccel"] = sciaccel_binding.calls > _start_calls.pop(nodeid, sciaccel_binding.calls)


def pytest_sessionfinish(session, exitstatus):
    path = os.environ.get("SCIACCEL_SUMMARY")
    if path:
        with open(path, "w") as f:
            json.dump({"backend": session.config._sciaccel["backend"], "results": list(_results.values())}, f, indent=0)
