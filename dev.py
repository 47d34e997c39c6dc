"""Set up a virtual environment and run Duizhao or its tests.

    python dev.py run [ARGS...]    set up .venv, then open the app (main.py ARGS)
    python dev.py test [ARGS...]   set up .venv, then run the whole test suite
    python dev.py setup            only set up .venv
    python dev.py translations     update resources/i18n/*.ts from gui/ and compile them

Works the same on Windows, macOS and Linux with Python 3.11 or newer.
"""

from __future__ import annotations

import sys

if sys.version_info < (3, 11):  # noqa: UP036 - said before tomllib fails to import
    sys.exit(
        "Duizhao needs Python 3.11 or newer (this is Python {}.{})".format(*sys.version_info[:2])
    )

import hashlib  # noqa: E402
import os  # noqa: E402
import subprocess  # noqa: E402
import tomllib  # noqa: E402
import venv  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".duizhao-deps"


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def requirements() -> list[str]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    project = data["project"]
    return list(project["dependencies"]) + list(project["optional-dependencies"]["dev"])


def setup() -> Path:
    py = venv_python()
    if not py.exists():
        print("creating .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    reqs = requirements()
    digest = hashlib.sha256("\n".join(reqs).encode()).hexdigest()
    if not STAMP.exists() or STAMP.read_text() != digest:
        print("installing dependencies ...", flush=True)
        # The pip that comes with Python 3.11 (23.x) fails on trafilatura's
        # lxml[html-clean] requirement ("Candidate is not for this requirement").
        subprocess.check_call([str(py), "-m", "pip", "install", "--quiet", "--upgrade", "pip>=24"])
        subprocess.check_call([str(py), "-m", "pip", "install", "--quiet", *reqs])
        STAMP.write_text(digest)
    return py


def main(argv: list[str]) -> int:
    cmd = argv[0] if argv else "run"
    rest = argv[1:]
    py = setup()
    if cmd == "setup":
        return 0
    if cmd == "run":
        return subprocess.call([str(py), str(ROOT / "main.py"), *rest], cwd=ROOT)
    if cmd == "test":
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        return subprocess.call([str(py), "-m", "pytest", *rest], cwd=ROOT, env=env)
    if cmd == "translations":
        return translations(py)
    print(__doc__)
    return 2


def translations(py: Path) -> int:
    """lupdate the interface strings into every .ts file, then lrelease each to .qm."""
    bindir = py.parent
    exe = ".exe" if os.name == "nt" else ""
    lupdate, lrelease = bindir / f"pyside6-lupdate{exe}", bindir / f"pyside6-lrelease{exe}"
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "gui").glob("*.py"))
    for ts in sorted((ROOT / "resources" / "i18n").glob("*.ts")):
        rel = str(ts.relative_to(ROOT))
        subprocess.check_call([str(lupdate), *sources, "-ts", rel], cwd=ROOT)
        subprocess.check_call([str(lrelease), rel, "-qm", rel[:-3] + ".qm"], cwd=ROOT)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
