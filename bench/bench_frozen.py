"""The frozen app: build time, bundle size, and start to a rendered window.

    python -m bench.bench_frozen [--rebuild] [--runs 7] [--dist dist/Duizhao] [--json FILE]

``--rebuild`` runs ``pyinstaller --noconfirm build.spec`` first and times it.
The size is the disk usage of the one-folder build (what ``du -sh`` prints).
Start-up is timed as the wall time of ``Duizhao --library SEED --screenshot
OUT.png --query 创新``: start the process, unpack nothing (one folder), import
Qt and the app, open the library, lay out the window, search, render it to a
PNG and exit. The seed library is built once beforehand by the frozen app's own
``import`` command, in a temporary folder that also serves as the data folder.
The first run (cold file cache after a build) is reported apart from the median.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def executables(dist: Path) -> tuple[Path, Path]:
    """(the app, its console twin for command-line use) inside a build folder."""
    if sys.platform == "win32":
        return dist / "Duizhao.exe", dist / "duizhao-cli.exe"
    if sys.platform == "darwin" and dist.with_suffix(".app").is_dir():
        exe = dist.with_suffix(".app") / "Contents" / "MacOS" / "Duizhao"
        return exe, exe
    return dist / "Duizhao", dist / "Duizhao"


def build(spec: Path) -> float:
    pyinstaller = shutil.which("pyinstaller", path=str(Path(sys.executable).parent))
    cmd = [pyinstaller] if pyinstaller else [sys.executable, "-m", "PyInstaller"]
    t0 = time.perf_counter()
    subprocess.run([*cmd, "--noconfirm", "--log-level", "WARN", str(spec)], cwd=ROOT, check=True)
    return time.perf_counter() - t0


def disk_usage(folder: Path) -> int:
    """Bytes on disk, like ``du`` (falls back to file sizes where blocks are unknown)."""
    du = shutil.which("du")
    if du:
        out = subprocess.run([du, "-sk", str(folder)], capture_output=True, text=True, check=True)
        return int(out.stdout.split()[0]) * 1024
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def timed_run(cmd: list[str], env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stdout}{proc.stderr}")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rebuild", action="store_true", help="build with PyInstaller first, timed")
    ap.add_argument("--runs", type=int, default=7, help="timed start-ups (default 7)")
    ap.add_argument("--dist", type=Path, default=ROOT / "dist" / "Duizhao")
    ap.add_argument("--query", default="创新")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args(argv)

    figures: dict[str, object] = {
        "platform": platform.platform(),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
    }
    if args.rebuild:
        seconds = build(ROOT / "build.spec")
        figures["build_s"] = round(seconds, 1)
        print(f"build time:       {seconds:.1f} s  (pyinstaller --noconfirm build.spec)")
    else:
        print("build time:       not measured (pass --rebuild)")

    app, cli = executables(args.dist)
    if not app.exists():
        sys.exit(f"no build at {app}: run with --rebuild or `pyinstaller --noconfirm build.spec`")
    size_root = args.dist.with_suffix(".app") if sys.platform == "darwin" else args.dist
    size = disk_usage(size_root)
    files = sum(1 for p in size_root.rglob("*") if p.is_file())
    figures["bundle_bytes"] = size
    figures["bundle_files"] = files
    print(f"bundle size:      {size / 2**20:.0f} MB in {files} files  ({size_root})")

    with tempfile.TemporaryDirectory(prefix="duizhao-bench-") as tmp:
        folder = Path(tmp)
        env = dict(os.environ)
        env["DUIZHAO_DATA_DIR"] = str(folder / "data")
        if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY") and sys.platform == "linux":
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
        lib = folder / "seed.duizhao"
        seeds = ROOT / "seeds"
        timed_run([str(cli), "--library", str(lib), "import", str(seeds)], env)
        out = folder / "window.png"
        cmd = [str(app), "--library", str(lib), "--screenshot", str(out), "--query", args.query]
        times = [timed_run(cmd, env) for _ in range(max(1, args.runs) + 1)]
        if not out.is_file():
            sys.exit("the app exited without writing its screenshot")
    first, rest = times[0], times[1:]
    median = statistics.median(rest)
    figures.update(
        start_first_s=round(first, 3),
        start_median_s=round(median, 3),
        start_min_s=round(min(rest), 3),
        start_max_s=round(max(rest), 3),
        runs=len(rest),
    )
    print(
        f"start to window:  median {median:.2f} s over {len(rest)} runs "
        f"(min {min(rest):.2f}, max {max(rest):.2f}; first run {first:.2f} s)"
    )
    print(f"                  {' '.join(Path(c).name if i == 0 else c for i, c in enumerate(cmd))}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
