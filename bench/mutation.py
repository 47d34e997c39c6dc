"""Mutation testing of the core modules with mutmut: how many planted bugs the tests catch.

    python -m bench.mutation [MODULE ...] [--list] [--children N] [--tests-at REV]
                             [--only FUNCTION ...] [--survivors-of REV] [--summary-only]

For each module (default: every one in ``MODULES``) this copies the project into
``bench/data/mutation/<module>/``, writes a ``[tool.mutmut]`` section that mutates
that one file and runs only the test files that cover it, runs ``mutmut run``
there, and prints the mutants, how many the tests killed, the survivors (with
``mutmut show`` diffs in ``survivors.txt`` beside the copy) and the score.
``--tests-at REV`` takes ``tests/`` as it was at a git revision (the code stays as it
is now), to compare the score of older tests with the current ones; ``--survivors-of
REV`` then runs only the mutants that run left alive, with today's tests.  ``--only`` keeps
the mutants of the named functions (``name`` or ``Class.method``) of a module; a module
listed in ``FUNCTIONS`` is run over those functions by default. It is slow
(minutes a module) and is not part of the test suite; run it niced on a shared
machine: ``nice -n 10 .venv/bin/python -m bench.mutation db/query.py``.
Needs ``pip install mutmut`` (3.x) in the virtualenv.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from bench.mutation_equivalents import EQUIVALENT, SQL_CASE

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "data" / "mutation"
# What the copy needs to import and test the code: the packages, the entry point and data.
COPIED = ["db", "text", "cli", "gui", "bench", "main.py", "resources", "seeds", "tests"]

# Each module whose bugs a user would not see at once, with the test files that cover it
# in-process (tests that run main.py in a subprocess cannot kill a mutant).
MODULES: dict[str, list[str]] = {
    "db/query.py": ["tests/test_search.py"],
    "db/search.py": ["tests/test_search.py", "tests/test_paging.py"],
    "text/fold.py": ["tests/test_search.py", "tests/test_convert.py", "tests/test_entities.py"],
    "text/tokens.py": ["tests/test_search.py", "tests/test_tokens_blocks.py"],
    "db/csvio.py": ["tests/test_csvio.py"],
    "db/importer.py": [
        "tests/test_importer.py",
        "tests/test_import_hostile.py",
        "tests/test_import_duplicates.py",
        "tests/test_library.py",
    ],
    "db/articles.py": [
        "tests/test_importer.py",
        "tests/test_import_hostile.py",
        "tests/test_import_duplicates.py",
        "tests/test_library.py",
    ],
    "db/curation.py": ["tests/test_entities_db.py", "tests/test_resolve_db.py"],
    "db/entities.py": [
        "tests/test_entities_db.py",
        "tests/test_resolve_db.py",
        "tests/test_entity_export.py",
    ],
    "text/resolve.py": ["tests/test_resolve.py", "tests/test_resolve_db.py"],
    "text/aliases.py": ["tests/test_entities.py", "tests/test_resolve.py", "tests/test_aliases.py"],
    "db/export.py": ["tests/test_export.py", "tests/test_csvio.py"],
    "db/entity_export.py": ["tests/test_entity_export.py"],
    "text/convert.py": ["tests/test_convert.py"],
    "db/onechar.py": ["tests/test_onechar.py", "tests/test_bigram_lists.py"],
    "db/bigrams.py": ["tests/test_bigram_lists.py"],
}

# Modules of which only some functions are run: the part the mutation testing is about
# (``--only`` chooses others).
FUNCTIONS: dict[str, list[str]] = {
    # import's duplicate detection: the hash of a text, the look-up, and adding or not
    "db/importer.py": ["_add", "add_document", "_Batch.add"],
    "db/articles.py": ["normalised_hash", "find_by_hash"],
    # a raw name through user aliases, in-article referents, the rules, merges and retypes
    "db/resolution.py": ["Resolution.load", "Resolution.auto", "Resolution.resolve"],
}


# Modules that cache what their functions compute in module globals (the fold table is
# built once, often while importing other modules): in the copy, a conftest.py empties
# those caches before each test when a mutant is under test, so the mutated code runs.
# A module in FRESH_FOR empties them only for the mutants of the functions named there
# (building text/convert.py's tables before every test would make its run take hours).
FRESH_CACHES = {
    "text/fold.py": (
        "import text.fold as m\n"
        "for name in ('_table', '_t2s_pairs', '_trad_only', '_simp_only', '_keep_trad',"
        " '_keep_simp'):\n"
        "    setattr(m, name, None)\n"
    ),
    # the single-character tables and this thread's converters
    "text/convert.py": ("import text.convert as m\nm._tables.clear()\nm._local.__dict__.clear()\n"),
}
FRESH_FOR = {"text/convert.py": ("x__char_table__", "x__converter__")}
FRESH_CACHES["text/resolve.py"] = (
    "import text.resolve as m\nm._known_places.cache_clear()\n"
    "m._gazetteer_abbreviations.cache_clear()\n"
)

# mutmut leaves decorated functions alone; these are pure functions whose only decorator
# is a cache, taken off in the copy so that their mutants are made and run (the same
# answers, computed again each call).
UNCACHED: dict[str, tuple[str, ...]] = {
    "text/resolve.py": ("place_key", "expanded_key", "organization_key", "_is_parent", "park_key"),
}


def _uncache(path: Path, functions: tuple[str, ...]) -> None:
    """Take the ``@lru_cache`` line off each of ``functions`` in the file at ``path``."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    for name in functions:
        at = next(i for i, line in enumerate(lines) if line.startswith(f"def {name}("))
        if not lines[at - 1].startswith("@lru_cache"):
            raise SystemExit(f"{path}: {name} has no @lru_cache line to take off")
        del lines[at - 1]
    path.write_text("".join(lines), encoding="utf-8")


_CONFTEST = """import os

import pytest

FOR = {functions!r}


@pytest.fixture(autouse=True)
def _fresh_caches():
    mutant = os.environ.get("MUTANT_UNDER_TEST", "")
    if mutant and (not FOR or any(name in mutant for name in FOR)):
{body}    yield
"""

# mutmut's exit codes of a mutant's test run, by meaning
STATUS = {
    0: "survived",
    1: "killed",
    3: "killed",
    -24: "timeout",
    24: "timeout",
    152: "timeout",
    255: "timeout",
    33: "no tests",
    34: "skipped",
    35: "suspicious",
    36: "timeout",
    37: "caught by type check",
    -11: "segfault",
    -9: "segfault",
}


def _tests_at(rev: str, work: Path) -> None:
    """Replace the copy's tests/ by the one of git revision ``rev``."""
    shutil.rmtree(work / "tests")
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", rev, "tests"], capture_output=True, check=True
    )
    subprocess.run(["tar", "-x", "-C", str(work)], input=archive.stdout, check=True)


def _copy_project(module: str, work: Path, tests_rev: str | None) -> None:
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    for name in COPIED:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(
                src, work / name, ignore=shutil.ignore_patterns("__pycache__", "data", "out")
            )
        else:
            shutil.copy2(src, work / name)
    # bench/data is left out above; tests/data is needed
    shutil.copytree(ROOT / "tests" / "data", work / "tests" / "data", dirs_exist_ok=True)
    if tests_rev:
        _tests_at(tests_rev, work)
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    package = module.split("/")[0]
    others = [p for p in COPIED if p != package]
    tests = [t for t in MODULES[module] if (work / t).is_file()]
    if not tests:
        raise SystemExit(f"{module}: none of its test files exist in that revision")
    section = (
        "\n[tool.mutmut]\n"
        f"source_paths = [{json.dumps(package)}]\n"
        f"only_mutate = [{json.dumps(module)}]\n"
        f"also_copy = {json.dumps(others)}\n"
        f"pytest_add_cli_args_test_selection = {json.dumps(tests)}\n"
        'pytest_add_cli_args = ["-p", "no:cacheprovider", "-q"]\n'
        "use_git_change_detection = false\n"
        # a mutant that loops forever is stopped after 6 times (the tests' own time + 5 s);
        # the 5 s cover loading the recogniser in each forked test run
        "timeout_multiplier = 3.0\n"
        "timeout_constant = 5.0\n"
    )
    if module in UNCACHED:
        _uncache(work / module, UNCACHED[module])
    if module in FRESH_CACHES:
        body = "".join("        " + line + "\n" for line in FRESH_CACHES[module].splitlines())
        conftest = _CONFTEST.format(body=body, functions=FRESH_FOR.get(module, ()))
        (work / "tests" / "conftest.py").write_text(conftest, "utf-8")
    (work / "pyproject.toml").write_text(pyproject + section, encoding="utf-8")


def _patterns(module: str, functions: list[str]) -> list[str]:
    """mutmut's names of the mutants of these functions (``name`` or ``Class.method``)."""
    prefix = module.removesuffix(".py").replace("/", ".")
    out = []
    for name in functions:
        cls, _, func = name.rpartition(".")
        mangled = f"x\u01c1{cls}\u01c1{func}" if cls else f"x_{func}"
        out.append(f"{prefix}.{mangled}__mutmut_*")
    return out


def _results(work: Path, module: str, functions: list[str]) -> dict[str, str]:
    meta = work / "mutants" / (module + ".meta")
    data = json.loads(meta.read_text(encoding="utf-8"))
    patterns = _patterns(module, functions)
    return {
        name: STATUS.get(code, f"exit {code}")
        for name, code in data["exit_code_by_key"].items()
        if not patterns or any(fnmatch.fnmatchcase(name, p) for p in patterns)
    }


def _work(module: str, tests_rev: str | None) -> Path:
    name = module.replace("/", "_").removesuffix(".py")
    return OUT / (name + (f"@{tests_rev}" if tests_rev else ""))


def _env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONPATH", None)
    return env


def run_module(
    module: str,
    children: int,
    tests_rev: str | None = None,
    functions: list[str] | None = None,
    survivors_of: str | None = None,
) -> dict[str, object]:
    """Run mutmut over ``module`` and score it.  With ``survivors_of``, only the mutants
    the run with the tests of that revision left alive are run again; the others keep
    that run's results (sound when the tests since then were only added to)."""
    work = _work(module, tests_rev)
    base: dict[str, object] = {}
    if survivors_of:
        old = _work(module, survivors_of)
        base = json.loads((old / "summary.json").read_text(encoding="utf-8"))
        functions = base["functions"] if base["functions"] != "all" else []  # type: ignore[assignment]
    _copy_project(module, work, tests_rev)
    functions = FUNCTIONS.get(module, []) if functions is None else functions
    chosen = list(base["survivors"]) if base else _patterns(module, functions)  # type: ignore[call-overload]
    if base and not chosen:
        raise SystemExit(f"{module}: the run with the tests of {survivors_of} left none alive")
    mutmut = Path(sys.executable).with_name("mutmut")
    env = _env()
    log = work / "mutmut.log"
    started = time.monotonic()
    with log.open("w", encoding="utf-8") as fh:
        subprocess.run(
            [str(mutmut), "run", "--max-children", str(children), *chosen],
            cwd=work,
            env=env,
            stdout=fh,
            stderr=subprocess.STDOUT,
            check=False,
        )
    run = {"functions": functions, "seconds": round(time.monotonic() - started)}
    if survivors_of:
        run["survivors_of"] = survivors_of
        run["again"] = chosen
    (work / "run.json").write_text(json.dumps(run), encoding="utf-8")
    return summarise(module, tests_rev)


_SQL_WORDS = (
    "SELECT ",
    "INSERT ",
    "UPDATE ",
    "DELETE ",
    " FROM ",
    " WHERE ",
    " ORDER BY ",
    " JOIN ",
    " AND A.",
    " LIMIT ?",
    " VALUES (",
    "F.RANK",
    "SAVEPOINT ",
    "ROLLBACK TO ",
    "RELEASE ",
)


def _sql_case_only(diff: str) -> str | None:
    """The reason a mutant is equivalent when it only changes the case of SQL text."""
    old = [line[1:] for line in diff.splitlines() if line.startswith("-") and line[:3] != "---"]
    new = [line[1:] for line in diff.splitlines() if line.startswith("+") and line[:3] != "+++"]
    same = bool(old) and [x.lower() for x in old] == [x.lower() for x in new]
    if same and any(w in line.upper() for line in old for w in _SQL_WORDS):
        return SQL_CASE
    return None


def summarise(module: str, tests_rev: str | None = None) -> dict[str, object]:
    """Score a module's finished run and write its survivors.txt and summary.json."""
    work = _work(module, tests_rev)
    mutmut = Path(sys.executable).with_name("mutmut")
    env = _env()
    record = work / "run.json"
    run = json.loads(record.read_text(encoding="utf-8")) if record.is_file() else {}
    functions = run.get("functions", [])
    results = _results(work, module, functions)
    if run.get("survivors_of"):
        # the mutants run again take their new result; the others keep the older run's
        old = json.loads(
            (_work(module, run["survivors_of"]) / "summary.json").read_text(encoding="utf-8")
        )
        again = set(run.get("again", old["survivors"]))
        base = _results(_work(module, run["survivors_of"]), module, functions)
        results = {n: (results[n] if n in again else status) for n, status in base.items()}
    caught = ("killed", "timeout")  # a mutant that makes the tests hang is caught too
    shown: dict[str, str] = {}
    # equivalent ones are told apart among all that the tests did not fail on (a timeout
    # can be a slow test rather than a caught mutant)
    for name in sorted(n for n, s in results.items() if s != "killed"):
        shown[name] = subprocess.run(
            [str(mutmut), "show", name], cwd=work, env=env, capture_output=True, text=True
        ).stdout
    reasons = {n: EQUIVALENT.get(n) or _sql_case_only(shown[n]) for n in shown}
    survivors = [n for n in shown if not reasons[n] and results[n] not in caught]
    equivalent = [n for n in shown if reasons[n]]
    with (work / "survivors.txt").open("w", encoding="utf-8") as fh:
        for name in survivors:
            fh.write(f"## {name} ({results[name]})\n{shown[name]}\n")
    with (work / "equivalent.txt").open("w", encoding="utf-8") as fh:
        for name in equivalent:
            fh.write(f"## {name}: {reasons[name]}\n{shown[name]}\n")
    killed = sum(1 for n, s in results.items() if s in caught and n not in equivalent)
    timeouts = sum(1 for n, s in results.items() if s == "timeout" and n not in equivalent)
    counted = len(results) - len(equivalent)
    summary = {
        "module": module,
        "tests_at": tests_rev or "working tree",
        "functions": functions or "all",
        "seconds": run.get("seconds"),
        "survivors_of": run.get("survivors_of"),
        "mutants": len(results),
        "equivalent": len(equivalent),
        "killed": killed,
        "of_which_timeouts": timeouts,
        "score": round(100 * killed / counted, 1) if counted else None,
        "by_status": {s: list(results.values()).count(s) for s in sorted(set(results.values()))},
        "survivors": survivors,
    }
    (work / "summary.json").write_text(json.dumps(summary, indent=1), encoding="utf-8")
    return summary


def _minutes(summary: dict[str, object] | None) -> str:
    seconds = summary.get("seconds") if summary else None
    return f"{int(seconds) / 60:.1f} min" if isinstance(seconds, int) else "not timed"


def table() -> str:
    """A Markdown table of the last runs: each module with older tests and current ones."""
    lines = [
        "| module | mutants | equivalent | killed before | score before | killed after |"
        " score after | run before | run after |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for module in MODULES:
        now = _work(module, None) / "summary.json"
        if not now.is_file():
            continue
        after = json.loads(now.read_text(encoding="utf-8"))
        older = sorted(OUT.glob(_work(module, None).name + "@*/summary.json"))
        before = json.loads(older[0].read_text(encoding="utf-8")) if older else None
        kb = f"{before['killed']}" if before else "0"
        sb = f"{before['score']}%" if before else "no test reached it"
        functions = after.get("functions", "all")
        name = module if functions == "all" else f"{module} ({', '.join(functions)})"
        lines.append(
            f"| {name} | {after['mutants']} | {after['equivalent']} | {kb} | {sb}"
            f" | {after['killed']} | {after['score']}% | {_minutes(before)} | {_minutes(after)}"
            f"{' (survivors only)' if after.get('survivors_of') else ''} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("modules", nargs="*", help="modules to mutate (default: all listed)")
    ap.add_argument("--list", action="store_true", help="list the modules and their tests")
    ap.add_argument("--children", type=int, default=1, help="mutants tested at once")
    ap.add_argument("--tests-at", metavar="REV", help="take tests/ from this git revision")
    ap.add_argument(
        "--only",
        nargs="+",
        metavar="FUNCTION",
        help="mutate only these functions (name or Class.method) of the one module given",
    )
    ap.add_argument(
        "--survivors-of",
        metavar="REV",
        help="run again only the mutants the run with --tests-at REV left alive (the others "
        "keep that run's result: sound when the tests since were only added to)",
    )
    ap.add_argument(
        "--summary-only", action="store_true", help="score the last run again, without running"
    )
    ap.add_argument("--table", action="store_true", help="a Markdown table of the last runs")
    args = ap.parse_args(argv)
    if args.table:
        print(table())
        return 0
    if args.list:
        for module, tests in MODULES.items():
            print(f"{module:24} {' '.join(tests)}")
        return 0
    unknown = [m for m in args.modules if m not in MODULES]
    if unknown:
        ap.error(f"not in the list: {', '.join(unknown)} (see --list)")
    if args.only and len(args.modules) != 1:
        ap.error("--only needs exactly one module")
    if shutil.which("mutmut", path=str(Path(sys.executable).parent)) is None:
        print("mutmut is not installed: .venv/bin/pip install mutmut", file=sys.stderr)
        return 2
    print("score: killed (or hung) / (mutants - equivalent ones)")
    print(f"{'module':24} {'mutants':>7} {'equiv.':>7} {'killed':>7} {'score':>6}")
    for module in args.modules or list(MODULES):
        if args.summary_only:
            s = summarise(module, args.tests_at)
        else:
            s = run_module(module, args.children, args.tests_at, args.only, args.survivors_of)
        print(
            f"{module:24} {s['mutants']:>7} {s['equivalent']:>7} {s['killed']:>7}"
            f" {s['score']:>5}%  survivors {len(s['survivors'])}"  # type: ignore[arg-type]
            f"  (killed by timeout {s['of_which_timeouts']})"
        )
    print(f"survivors: {OUT.relative_to(ROOT)}/<module>/survivors.txt")
    return 0


if __name__ == "__main__":
    sys.exit(main())
