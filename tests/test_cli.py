"""The command line, run as a user runs it: a real process on a real library."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from tests.helpers import ROOT, SEEDS


def run(
    *args: str, lib: Path | None = None, data: Path | None = None
) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    if data is not None:
        env["DUIZHAO_DATA_DIR"] = str(data)
    cmd = [sys.executable, str(ROOT / "main.py")]
    if lib is not None:
        cmd += ["--library", str(lib)]
    return subprocess.run(
        [*cmd, *args], capture_output=True, text=True, encoding="utf-8", env=env, timeout=120
    )


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "cli.duizhao"
    r = run("import", "--no-extract", str(SEEDS), lib=path)
    assert r.returncode == 0, r.stderr
    assert "4 imported" in r.stdout
    return path


def test_first_start_builds_the_default_library_from_the_seeds(tmp_path: Path) -> None:
    r = run("stats", data=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "articles: 4" in r.stdout
    assert (tmp_path / "library.duizhao").exists()


def test_import_exit_status_and_messages(tmp_path: Path, lib: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    r = run("import", str(SEEDS / "000_2f04d9bc40567d04.txt"), lib=lib)
    assert r.returncode == 0 and "1 duplicate" in r.stdout
    r = run("import", str(bad), lib=lib)
    assert r.returncode == 1
    assert "bad.txt" in r.stderr and "empty" in r.stderr
    r = run("import", lib=lib)
    assert r.returncode == 2


def test_search_json(lib: Path) -> None:
    r = run("search", "聯泰集群", "--format", "json", lib=lib)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert len(data) == 1
    assert set(data[0]) == {"article_id", "title", "date", "source", "hits", "snippets"}
    assert data[0]["hits"] >= 2 and "【聯泰集群】" in data[0]["snippets"][0]
    simp = json.loads(run("search", "联泰集群", "--format", "json", lib=lib).stdout)
    assert [d["article_id"] for d in simp] == [d["article_id"] for d in data]


def test_search_errors_are_one_line(lib: Path) -> None:
    r = run("search", "--", "-河北", lib=lib)
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr


def test_search_csv_and_table(lib: Path) -> None:
    r = run("search", "创新", "--format", "csv", "--limit", "2", lib=lib)
    rows = list(csv.reader(r.stdout.splitlines()))
    assert rows[0][0] == "article_id" and len(rows) == 3
    t = run("search", "创新", lib=lib)
    assert "4 article(s) match" in t.stdout


def test_show_in_both_scripts(lib: Path) -> None:
    uid = json.loads(run("search", "聯泰集群", "--format", "json", lib=lib).stdout)[0]["article_id"]
    hans = run("show", uid, "--script", "hans", lib=lib)
    assert hans.returncode == 0, hans.stderr
    assert "联泰集群" in hans.stdout and "聯泰集群" not in hans.stdout
    hant = run("show", uid, "--script", "hant", lib=lib)
    assert "聯泰集群" in hant.stdout
    # --variant: tests/test_cli_entities.py reads what each conversion writes
    assert run("show", "999999", lib=lib).returncode == 1
    assert run("show", uid, "--variant", "nonsense", lib=lib).returncode == 2


def test_export_articles_reads_back_in_csv_and_pandas(tmp_path: Path, lib: Path) -> None:
    out = tmp_path / "articles.csv"
    r = run("export", "articles", "-o", str(out), lib=lib)
    assert r.returncode == 0, r.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 4
    originals = {p.read_text(encoding="utf-8") for p in SEEDS.iterdir()}
    assert {r["text_original"] for r in rows} == originals
    trad = next(r for r in rows if r["script"] == "hant")
    assert "联泰集群" in trad["text_hans"] and "聯泰集群" in trad["text_hant"]
    df = pd.read_csv(out, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert list(df["text_original"]) == [r["text_original"] for r in rows]
    nobom = tmp_path / "nobom.csv"
    run("export", "search", "-q", "燕郊", "-o", str(nobom), "--no-bom", lib=lib)
    assert not nobom.read_bytes().startswith(b"\xef\xbb\xbf")
    df2 = pd.read_csv(nobom, dtype=str, keep_default_na=False)
    assert len(df2) >= 1 and "燕郊" in "".join(df2["snippets"]).replace("燕郊", "燕郊")


def test_export_to_a_missing_folder_is_a_clear_error(tmp_path: Path, lib: Path) -> None:
    r = run("export", "articles", "-o", str(tmp_path / "no" / "such" / "x.csv"), lib=lib)
    assert r.returncode == 1
    assert "Traceback" not in r.stderr and "error:" in r.stderr


def test_a_newer_library_is_refused(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "new.duizhao"
    run("stats", lib=path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    r = run("stats", lib=path)
    assert r.returncode == 1 and "newer version" in r.stderr


def test_unbalanced_quotes_and_operators_still_search(lib: Path) -> None:
    def ids(*args: str) -> list[str]:
        r = run("search", *args, "--format", "json", lib=lib)
        assert r.returncode == 0, r.stderr
        return [hit["article_id"] for hit in json.loads(r.stdout)]

    # an unbalanced quote takes the rest of the line as the phrase
    phrase = ids("燕郊高新区")
    assert phrase and ids('"燕郊 高新区') == phrase
    # FTS5 operators are words to find: no article has "near" and "and" in it
    assert ids("NEAR(燕郊) AND") == []
    assert ids("燕郊 AND") == []


def test_entities_json_and_csv(lib: Path) -> None:
    r = run("entities", "--type", "person", "--format", "json", lib=lib)
    assert r.returncode == 0, r.stderr
    people = json.loads(r.stdout)
    assert {
        "id",
        "name",
        "name_hans",
        "name_hant",
        "type",
        "aliases",
        "mentions",
        "articles",
        "confidence",
        "linked",
    } == set(people[0])
    ren = next(p for p in people if p["name_hans"] == "任睿杰")
    assert ren["type"] == "person" and ren["mentions"] >= 2
    # one place per real thing, its other names as aliases, and the zones named after it
    r = run("entities", "--type", "place", "--format", "json", lib=lib)
    places = {p["name_hans"]: p for p in json.loads(r.stdout)}
    assert "北京" not in places and {"北京", "京"} <= set(places["北京市"]["aliases"])
    xiongan = places["雄安"]
    assert {(x["type"], x["name"]) for x in xiongan["linked"]} >= {("park", "雄安新區")}
    c = run("entities", "--type", "organization", "--format", "csv", lib=lib)
    rows = list(csv.DictReader(c.stdout.splitlines()))
    assert any(r["name_hans"] == "联泰集群公司" and r["name_hant"] == "聯泰集群公司" for r in rows)


def test_entities_leave_out_uncertain_ones_unless_asked(lib: Path) -> None:
    """The entity list has the tree's default: entities below the confidence threshold
    are left out (and counted on stderr); --uncertain lists them too."""
    from db.entities import TREE_THRESHOLD

    sure = json.loads(run("entities", "--format", "json", lib=lib).stdout)
    r = run("entities", "--format", "json", "--uncertain", lib=lib)
    every = json.loads(r.stdout)
    left_out = [e for e in every if e["confidence"] < TREE_THRESHOLD]
    assert left_out, "the seeds give some uncertain entities"
    assert all(e["confidence"] >= TREE_THRESHOLD for e in sure)
    assert len(every) == len(sure) + len(left_out)
    table = run("entities", lib=lib)
    assert f"{len(left_out)} uncertain entities left out" in table.stderr
    assert "uncertain" not in r.stderr


def test_extract_jsonl_msra_scheme() -> None:
    lines = '{"id": 7, "text": "任睿杰住在北京，工作在燕郊高新区。"}\nnot json\n'
    r = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "extract", "--jsonl", "--scheme", "msra"],
        input=lines,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert r.returncode == 1 and "line 2" in r.stderr
    out = json.loads(r.stdout.splitlines()[0])
    assert out["id"] == 7
    found = {(e["text"], e["type"]) for e in out["entities"]}
    assert ("任睿杰", "PER") in found and ("燕郊高新区", "LOC") in found
    for e in out["entities"]:
        assert out["text"][e["start"] : e["end"]] == e["text"]


def test_search_csv_on_stdout_neutralises_formulas(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "f.txt").write_text(
        '=HYPERLINK("http://x","点")\n公式标题下的正文。\n', encoding="utf-8"
    )
    path = tmp_path / "f.duizhao"
    assert run("import", "--no-extract", str(src), lib=path).returncode == 0
    r = run("search", "正文", "--format", "csv", lib=path)
    rows = list(csv.reader(r.stdout.splitlines()))
    assert rows[1][1] == '\'=HYPERLINK("http://x","点")'


def test_convert_marks_uncertain_conversions_in_json() -> None:
    import json

    cmd = [sys.executable, str(ROOT / "main.py"), "convert", "--variant", "s2t", "--format", "json"]
    r = subprocess.run(cmd, input="任睿杰的头发", capture_output=True, text=True, encoding="utf-8")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["text"] == "任睿傑的頭髮"
    assert data["uncertain"] == [{"start": 2, "end": 3, "text": "傑", "alternatives": ["傑", "杰"]}]
    plain = subprocess.run(
        cmd[:-2], input="任睿杰", capture_output=True, text=True, encoding="utf-8"
    )
    assert plain.stdout == "任睿傑"


def test_show_json_gives_the_uncertain_conversions_of_an_article(lib: Path) -> None:
    import json

    from text.convert import convert

    r = run("show", "2", "--script", "hant", "--format", "json", lib=lib)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    original = run("show", "2", lib=lib).stdout
    assert data["text"] == convert(original.rstrip("\n"), "s2t") or data["text"] == convert(
        original, "s2t"
    )
    assert data["uncertain"]
    for u in data["uncertain"]:
        assert data["text"][u["start"] : u["end"]] == u["text"]
        assert u["text"] == u["alternatives"][0] and len(u["alternatives"]) > 1


def test_import_prints_the_warning_of_a_partly_scanned_pdf(tmp_path: Path) -> None:
    from tests.pdf_maker import Page, make_pdf
    from tests.test_pdf import partly_scanned_pdf

    folder = tmp_path / "pdfs"
    folder.mkdir()
    (folder / "partly.pdf").write_bytes(partly_scanned_pdf())
    (folder / "scan.pdf").write_bytes(make_pdf([Page(image=True)]))
    r = run("import", "--no-extract", str(folder), lib=tmp_path / "lib.duizhao")
    assert r.returncode == 1  # the fully scanned one failed
    assert "2 found: 1 imported, 0 duplicate(s), 1 failed, 1 with warnings" in r.stdout
    warnings = [line for line in r.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1
    assert warnings[0].endswith(
        "partly.pdf: pages 2, 4–5 of 6 have no text layer (scanned?); their text is missing"
    )
    assert "scan.pdf: scanned PDF without a text layer" in r.stderr
    r = run("show", "1", lib=tmp_path / "lib.duizhao")  # later, the article says it too
    assert r.returncode == 0 and r.stdout.startswith("京津冀协同发展年度报告")
    assert r.stderr.splitlines() == [
        "warning: pages 2, 4–5 of 6 have no text layer (scanned?); their text is missing"
    ]
