"""Turns the plugin's per-file JSON summaries into results/<backend>.md: counts per file (tests that
reached sciaccel, and the others separately) and the most common failure causes."""
import argparse
import collections
import glob
import json
import os
import re

OUTCOMES = ["passed", "failed", "error", "skipped", "xfailed", "xpassed"]


def cause(message):
    """A failure message reduced to its cause, so that one problem met by many tests counts once:
    temporary paths, numbers and long tails (lists of accepted values, array dumps) removed."""
    first = message.strip().split("\n")[0]
    first = re.sub(r"/tmp/sciaccel-[^/]+/", "", first)
    first = first.split("; expected")[0]
    first = re.sub(r"(?<![A-Za-z_\d])[-+]?\d+(\.\d+)?([eE][-+]?\d+)?j?", "N", first)
    return first[:160]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--backend", required=True)
    ap.add_argument("--seconds", type=int, required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--failures", required=True)
    args = ap.parse_args()

    rows, causes, failures = [], collections.Counter(), {}
    examples, cause_files = {}, collections.defaultdict(set)
    totals = collections.Counter()
    for marker in sorted(glob.glob(os.path.join(args.work, "*.file"))):
        base = marker[:-5]
        name = open(marker).read().strip()
        rc = open(base + ".rc").read().strip() if os.path.exists(base + ".rc") else "?"
        if not os.path.exists(base + ".json"):
            tail = open(base + ".log").read().strip().split("\n")[-3:] if os.path.exists(base + ".log") else []
            note = "no summary: exit %s%s" % (rc, " (timed out)" if rc == "124" else "")
            rows.append((name, None, note + ("; " + " / ".join(tail)[:300] if tail else "")))
            continue
        results = json.load(open(base + ".json"))["results"]
        counts = collections.Counter()
        for r in results:
            if not r.get("sciaccel"):
                counts["not_sciaccel"] += 1
                if r["outcome"] in ("failed", "error"):
                    counts["not_sciaccel_failed"] += 1
                continue
            counts[r["outcome"]] += 1
            if r["outcome"] in ("failed", "error"):
                c = cause(r["message"])
                causes[c] += 1
                cause_files[c].add(name)
                examples.setdefault(c, r["test"].split("::", 1)[-1])
                failures[r["test"].split("dist-packages/")[-1]] = r["message"][:300]
        totals.update(counts)
        rows.append((name, counts, "" if rc in ("0", "1") else "exit %s" % rc))

    with open(args.out, "w") as f:
        f.write("# SciPy 1.10.1's tests against sciaccel: backend `%s`\n\n" % args.backend)
        f.write("Written by `conformance/scipy-tests/run.sh --backend %s` (%d s wall clock). Counts are of tests "
                "that called at least one function bound to sciaccel; *not sciaccel* counts the tests of the same "
                "files that only used SciPy's own functions (*of them failed* should be 0: a failure there is the "
                "harness's, or the machine's, not sciaccel's). Every failure message: `%s-failures.json`.\n\n"
                % (args.backend, args.seconds, args.backend))
        f.write("| file | passed | failed | errors | skipped | xfailed | xpassed | not sciaccel | of them failed | note |\n")
        f.write("|---|--:|--:|--:|--:|--:|--:|--:|--:|---|\n")
        for name, c, note in rows:
            if c is None:
                f.write("| `%s` | | | | | | | | | %s |\n" % (name, note.replace("|", "\\|")))
                continue
            f.write("| `%s` | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n" % (
                name, *[c[o] for o in OUTCOMES], c["not_sciaccel"], c["not_sciaccel_failed"], note))
        f.write("| **total** | %s | %s | %s | %s | %s | %s | %s | %s | |\n\n" % (
            *[totals[o] for o in OUTCOMES], totals["not_sciaccel"], totals["not_sciaccel_failed"]))
        f.write("## Most common failure causes\n\n")
        f.write("Failure messages with numbers and temporary paths removed; *example* is one test that fails so.\n\n")
        f.write("| tests | cause | files | example |\n|--:|---|---|---|\n")
        for c, n in causes.most_common(40):
            files = ", ".join(sorted(os.path.basename(os.path.dirname(os.path.dirname(x))) + "/" + os.path.basename(x)
                                     for x in cause_files[c]))
            f.write("| %d | `%s` | %s | `%s` |\n" % (n, c.replace("|", "\\|").replace("`", "'"), files,
                                                     examples[c][:90].replace("|", "\\|")))
        if len(causes) > 40:
            f.write("\n%d more causes, %d tests; see the JSON file.\n" % (
                len(causes) - 40, sum(n for _, n in causes.most_common()[40:])))
    with open(args.failures, "w") as f:
        json.dump(dict(sorted(failures.items())), f, indent=1)


if __name__ == "__main__":
    main()
