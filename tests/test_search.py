"""Search: either script, one- and two-character queries, no missed substrings, any input."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.articles import insert_article
from db.library import Library
from db.query import MAX_QUERY_CHARS, MAX_TERMS
from db.search import QueryError, compile_query, count_matches, search, search_ids
from tests.helpers import SEEDS, seed_library
from text.convert import convert
from text.fold import detect_script, fold


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> Library:
    lib = seed_library(tmp_path_factory.mktemp("seeds"))
    yield lib
    lib.close()


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Library, dict[int, str]]:
    """300 short articles cut from the seeds, a third of them in Traditional script."""
    rng = random.Random(7)
    sentences: list[str] = []
    for f in sorted(SEEDS.iterdir()):
        text = f.read_text(encoding="utf-8")
        sentences += [s for s in re.split(r"(?<=[。！？\n])", text) if len(s.strip()) > 4]
    lib = Library.open(tmp_path_factory.mktemp("mixed") / "mixed.duizhao")
    texts: dict[int, str] = {}
    with lib.transaction() as conn:
        for i in range(300):
            body = "".join(rng.sample(sentences, rng.randint(1, 4)))
            if i % 3 == 0:
                body = convert(body, "s2tw")
            body = f"{i}号文章\n{body}"
            aid = insert_article(
                conn,
                title=f"第{i}篇",
                text=body,
                script=detect_script(body),
                date=f"20{10 + i % 14:02d}-0{1 + i % 9}-1{i % 10}",
                source="甲报" if i % 2 else "乙报",
            )
            texts[aid] = body
    yield lib, texts
    lib.close()


def test_either_script_finds_the_same_articles(seeds: Library) -> None:
    for simp, trad in [
        ("创新", "創新"),
        ("联泰集群", "聯泰集群"),
        ("国家技术创新中心", "國家技術創新中心"),
    ]:
        a = search_ids(seeds, simp)
        b = search_ids(seeds, trad)
        assert a and a == b


def test_traditional_article_found_by_simplified_query(seeds: Library) -> None:
    page = search(seeds, "联泰集群")
    assert page.total == 1
    hit = page.hits[0]
    assert hit.title == "創新“候鳥”燕郊筑巢"
    # the snippet is in the article's own script, with the hit marked
    assert any("【聯泰集群】" in s for s in hit.snippets)
    assert hit.hits >= 2


def test_one_and_two_character_queries(seeds: Library) -> None:
    assert search(seeds, "冀").total == 4
    assert search(seeds, "燕郊").total >= 1
    assert search(seeds, "燕").total >= search(seeds, "燕郊").total
    one = search(seeds, "筑", limit=10)
    for hit in one.hits:
        assert all("【筑】" in s or "【築】" in s for s in hit.snippets)


def _scan(texts: dict[int, str], q: str) -> set[int]:
    fq = fold(q)
    return {aid for aid, t in texts.items() if fq in fold(t)}


def test_no_substring_is_missed_and_nothing_extra_found(
    mixed: tuple[Library, dict[int, str]],
) -> None:
    lib, texts = mixed
    rng = random.Random(11)
    queries: list[str] = []
    pool = list(texts.values())
    while len(queries) < 240:
        t = rng.choice(pool)
        n = rng.choice([1, 1, 2, 2, 3, 4, 6])
        start = rng.randrange(0, max(1, len(t) - n))
        q = t[start : start + n]
        if re.fullmatch(r"[\u4e00-\u9fff]+", q):
            queries.append(q)
    for q in queries:
        got = set(search_ids(lib, q))
        want = _scan(texts, q)
        assert got == want, q


def test_operators(seeds: Library) -> None:
    both = set(search_ids(seeds, "燕郊 天津"))
    assert both == set(search_ids(seeds, "燕郊")) & set(search_ids(seeds, "天津"))
    either = set(search_ids(seeds, "燕郊 OR 滨海"))
    assert either == set(search_ids(seeds, "燕郊")) | set(search_ids(seeds, "滨海"))
    minus = set(search_ids(seeds, "北京 -燕郊"))
    assert minus == set(search_ids(seeds, "北京")) - set(search_ids(seeds, "燕郊"))
    assert minus
    phrase = set(search_ids(seeds, '"京津冀 国家技术创新中心"'))
    assert phrase == set(search_ids(seeds, "京津冀国家技术创新中心"))


def test_latin_case_and_full_width_are_folded(tmp_path: Path) -> None:
    lib = Library.open(tmp_path / "latin.duizhao")
    with lib.transaction() as conn:
        insert_article(conn, title="a", text="中关村ＧＤＰ增长５Ｇ网络", script="hans")
        insert_article(conn, title="b", text="no match here", script="none")
    assert search_ids(lib, "gdp") == [1]
    assert search_ids(lib, "GDP") == [1]
    assert search_ids(lib, "ＧＤＰ") == [1]
    assert search_ids(lib, "5G网络") == [1]
    lib.close()


def test_ordering_and_filters(mixed: tuple[Library, dict[int, str]]) -> None:
    lib, _ = mixed
    newest = search(lib, "北京", order="newest", limit=50)
    dates = [h.date for h in newest.hits]
    assert dates == sorted(dates, reverse=True)
    ranged = search(lib, "北京", date_from="2015-01", date_to="2016-12", limit=500)
    assert ranged.total > 0
    assert all("2015-01" <= (h.date or "") <= "2016-12-31" for h in ranged.hits)
    only = search(lib, "北京", source="甲报", limit=500)
    assert only.total > 0 and all(h.source == "甲报" for h in only.hits)
    relevance = search(lib, "北京", limit=5)
    scores = [h.score for h in relevance.hits]
    assert scores == sorted(scores)  # bm25: smaller is better


def test_a_limited_list_is_the_head_of_the_full_one_and_counts_agree(
    mixed: tuple[Library, dict[int, str]],
) -> None:
    lib, _ = mixed
    cases = [
        ("北", {}),
        ("北京", {}),
        ("北京", {"source": "甲报"}),
        ("北京", {"date_from": "2015-01", "date_to": "2016-12"}),
    ]
    for query, filters in cases:
        for order in ("relevance", "newest", "oldest"):
            full = search_ids(lib, query, order=order, **filters)  # type: ignore[arg-type]
            assert full, (query, filters)
            for k in (1, 3, len(full) + 5):
                head = search_ids(lib, query, order=order, limit=k, **filters)  # type: ignore[arg-type]
                assert head == full[:k], (query, order, filters, k)
            assert count_matches(lib, query, **filters) == len(full)  # type: ignore[arg-type]
            page = search(lib, query, order=order, limit=2, **filters)  # type: ignore[arg-type]
            assert page.total == len(full)
            assert [h.article_id for h in page.hits] == full[:2]


@pytest.mark.parametrize(
    ("query", "same_as"),
    [
        ('"unbalanced', "unbalanced"),  # the rest of the line is the phrase
        ("创新 OR", "创新"),
        ("OR", None),
        ("NEAR(a b)", '"near a b"'),  # FTS5 syntax is searched as text
        ("a AND", "a and"),
        ("'; DROP TABLE articles; --", '"drop table articles"'),
        ("*", None),
        ("创新*", "创新"),
        ("^创新", "创新"),
        ("col:创新", '"col 创新"'),
        ("(创新", "创新"),
        ("😀🎉", None),
        ("x" * 10_000, None),
        ("-", None),
        ("- -", None),
        ("\x00", None),
        ("  ", None),
    ],
)
def test_any_input_gives_results_or_a_one_line_message(
    seeds: Library, query: str, same_as: str | None
) -> None:
    """Operators and FTS5 syntax are taken as text; what cannot be searched is one line."""
    if same_as is None:
        with pytest.raises(QueryError) as err:
            search(seeds, query)
        assert "\n" not in str(err.value) and str(err.value)
    else:
        page = search(seeds, query)
        assert [h.article_id for h in page.hits] == search_ids(seeds, same_as)
        assert page.total == count_matches(seeds, same_as)
    assert seeds.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 4
    assert search(seeds, "创新").total == 4


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=60))
def test_fuzzed_queries_never_raise_anything_else(seeds: Library, query: str) -> None:
    try:
        compile_query(query)
        search(seeds, query, limit=3)
    except QueryError:
        pass


def test_total_is_the_same_on_every_page_and_past_the_end(
    mixed: tuple[Library, dict[int, str]],
) -> None:
    lib, texts = mixed
    want = len(_scan(texts, "北京"))
    for order in ("relevance", "newest"):
        for offset in (0, 7, want - 1, want + 50):
            page = search(lib, "北京", limit=5, offset=offset, order=order)
            assert page.total == want, (order, offset)
        assert search(lib, "北京", limit=5, offset=want + 50, order=order).hits == []
    # articles were added in order, so the odd-numbered ones (ids 2, 4, ...) are 甲报's
    filtered = search(lib, "北京", source="甲报", limit=3)
    assert filtered.total == len([a for a in _scan(texts, "北京") if a % 2 == 0])


def _library(tmp_path: Path, articles: list[dict[str, str]]) -> Library:
    lib = Library.open(tmp_path / "small.duizhao")
    with lib.transaction() as conn:
        for i, fields in enumerate(articles):
            text = fields["text"]
            insert_article(
                conn,
                title=fields.get("title", f"第{i}篇"),
                text=text,
                script=detect_script(text),
                date=fields.get("date"),
                source=fields.get("source"),
            )
    return lib


def test_a_chinese_run_followed_by_latin_letters_is_found_whole(tmp_path: Path) -> None:
    lib = _library(
        tmp_path,
        [
            {"text": "中关村ＧＤＰ增长"},  # 1: the query's run, then full-width letters
            {"text": "中关gdp增长"},  # 2: the run without its last character
            {"text": "中关村的gdp"},  # 3: something between the run and the letters
            {"text": "ｇｄｐｘ增长"},  # 4: longer letters before the same run
        ],
    )
    assert search_ids(lib, "中关村gdp") == [1]
    assert search_ids(lib, "中關村GDP") == [1]
    assert search_ids(lib, "关村gdp增") == [1]
    assert search_ids(lib, "村gdp") == [1]
    # letters followed by more text must end where the text's letters end
    assert set(search_ids(lib, "gdp增长")) == {1, 2}
    assert search_ids(lib, "gd增长") == []
    lib.close()


def test_every_latin_letter_is_folded_in_both_widths(tmp_path: Path) -> None:
    pangram = "THE QUICK BROWN FOX JUMPS OVER THE LAZY DOG"  # all 26 letters
    wide_of = {c: c + 0xFEE0 for c in range(0x21, 0x7F)}
    wide = pangram.translate(wide_of)
    lib = _library(tmp_path, [{"text": f"新闻{pangram}。"}, {"text": f"新闻{wide}。"}])
    for word in pangram.lower().split():
        assert set(search_ids(lib, word)) == {1, 2}, word
        assert set(search_ids(lib, word.upper())) == {1, 2}, word
        # the hits are counted and marked in the text as written, in either width
        page = search(lib, word)
        marked = {h.article_id: h.snippets for h in page.hits}
        assert all(h.hits == pangram.lower().split().count(word) for h in page.hits), word
        assert f"【{word.upper()}】" in marked[1][0], word
        assert f"【{word.upper().translate(wide_of)}】" in marked[2][0], word
    lib.close()


def test_hong_kong_and_taiwan_variants_fold_like_simplified(tmp_path: Path) -> None:
    lib = _library(
        tmp_path,
        [
            {"text": "香港衞生署公布粽子檢測結果"},  # Hong Kong forms 衞 (衛) and 糭 (粽) below
            {"text": "端午節的糭子"},
            {"text": "屋簷下的雨聲"},  # Taiwan form 簷 (檐)
            {"text": "卫生署与屋檐"},  # Simplified
        ],
    )
    assert set(search_ids(lib, "卫生署")) == {1, 4}
    assert set(search_ids(lib, "衛生署")) == {1, 4}
    assert set(search_ids(lib, "粽子")) == {1, 2}
    assert set(search_ids(lib, "屋檐")) == {3, 4}
    assert set(search_ids(lib, "屋簷")) == {3, 4}
    lib.close()


def test_a_month_as_the_last_date_includes_all_its_days(tmp_path: Path) -> None:
    lib = _library(
        tmp_path,
        [
            {"text": "北京一", "date": "2016-11-30"},
            {"text": "北京二", "date": "2016-12-01"},
            {"text": "北京三", "date": "2016-12-31"},
            {"text": "北京四", "date": "2017-01-01"},
            {"text": "北京五", "date": "2016-12"},
        ],
    )
    for order in ("relevance", "newest", "oldest"):
        got = set(search_ids(lib, "北京", order=order, date_to="2016-12"))
        assert got == {1, 2, 3, 5}, order
        page = search(lib, "北京", order=order, date_from="2016-12", date_to="2016-12")
        assert {h.article_id for h in page.hits} == {2, 3, 5} and page.total == 3
    assert count_matches(lib, "北京", date_to="2016-12") == 4
    day = set(search_ids(lib, "北京", date_to="2016-12-30"))  # a day: the 31st is past it
    assert {1, 2} <= day and not {3, 4} & day
    assert set(search_ids(lib, "北京", date_to="2016")) == {1, 2, 3, 5}
    lib.close()


def test_relevance_order_is_the_same_with_a_filter(tmp_path: Path) -> None:
    # the same length, more occurrences of 北京 in later articles: the most relevant first
    texts = ["北京" * k + "天津" * (8 - k) for k in (1, 3, 5, 7)]
    lib = _library(tmp_path, [{"text": t, "source": "甲报", "date": "2020-01-01"} for t in texts])
    best_first = [4, 3, 2, 1]
    assert search_ids(lib, "北京") == best_first
    assert search_ids(lib, "北京", source="甲报") == best_first
    assert search_ids(lib, "北京", date_from="2019") == best_first
    assert search_ids(lib, "北京", source="甲报", limit=2) == best_first[:2]
    page = search(lib, "北京", source="甲报", limit=3)
    assert [h.article_id for h in page.hits] == best_first[:3]
    lib.close()


def test_the_query_language_on_articles_made_for_it(tmp_path: Path) -> None:
    """Phrases, exclusions and quotes, each against articles where a slip shows."""
    lib = _library(
        tmp_path,
        [
            {"text": "甲乙丙丁"},  # 1
            {"text": "乙丙"},  # 2
            {"text": "甲乙，戊己，丙丁"},  # 3: 甲乙 and 丙丁 apart
            {"text": "戊己"},  # 4
            {"text": "戊己乙丙"},  # 5
            {"text": "戊己丙"},  # 6
        ],
    )

    def found(query: str) -> set[int]:
        return set(search_ids(lib, query))

    assert found("甲乙 丙丁") == {1, 3}  # both words, anywhere
    assert found("丁 甲乙") == {1, 3}  # a word of odd length, then another
    assert found('"甲乙 丙丁"') == {1}  # the phrase: written together
    assert found("「甲乙 丙丁」") == found("『甲乙丙丁』") == found("“甲乙 丙丁”") == {1}
    assert found('"甲乙 丙"') == {1}  # the phrase's first character counts
    assert found('"乙 丙"') == {1, 2, 5}
    assert found('"甲乙" "丙丁"') == {1, 3}  # two phrases, not one from first to last quote
    assert found('"甲乙" 戊己') == {3}  # what follows a phrase is searched too
    assert found('"戊己"乙丙') == {5}  # ... also right after its closing quote
    assert found('丙丁 -"甲乙 丙丁"') == {3}  # a phrase excluded
    assert found("甲乙 -丁") == set()  # a one-character word excluded at the end
    assert found("戊己 -乙丙") == {3, 4, 6}
    assert found('""戊己 -乙丙') == {3, 4, 6}  # an empty phrase is nothing
    assert found('"戊己 -乙丙') == found('"戊己 -乙丙"') == set()  # unbalanced: a phrase
    assert found("乙丙 OR 戊己 -丁") == {2, 4, 5, 6}
    assert found("戊己 乙丙 OR 丙丁") == {3, 5}
    # punctuation alone is no word: it neither joins nor splits the words around it
    assert found("戊己 ， 乙丙") == found("戊己 乙丙") == {5}
    assert found("戊己 -丁 乙丙") == {5}  # words after an exclusion still count, with AND
    lib.close()


def test_query_limits_and_messages(seeds: Library) -> None:
    """The longest query and the most words that are searched, and what the user reads."""
    assert search(seeds, "北" * MAX_QUERY_CHARS, limit=1).total == 0
    with pytest.raises(QueryError, match=f"too long \\({MAX_QUERY_CHARS + 1} characters; at most"):
        search(seeds, "北" * (MAX_QUERY_CHARS + 1))
    words = [f"w{i}" for i in range(MAX_TERMS)]
    assert search(seeds, " ".join(words)).total == 0  # as many words as allowed
    with pytest.raises(QueryError, match=f"too many search terms \\(at most {MAX_TERMS}\\)"):
        search(seeds, " ".join([*words, "w64"]))
    # exclusions count too, even when they outnumber the words
    many = " ".join(words[:40] + [f"-x{i}" for i in range(25)])
    with pytest.raises(QueryError, match="too many search terms"):
        search(seeds, many)
    with pytest.raises(QueryError, match="^add a word to search for; '-' only excludes words"):
        search(seeds, "-河北 -天津")
    with pytest.raises(
        QueryError, match="^nothing to search for: type Chinese characters, letters or digits$"
    ):
        search(seeds, "，。！")


def test_snippets_show_each_hit_in_its_context(tmp_path: Path) -> None:
    """Up to three snippets, 18 characters each side, … where the text goes on."""
    context = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未"  # 18 characters
    text = "北京" + context + "北京" + context[:5] + "\n" + context[5:] + context + "北京"
    text += context * 3 + "北京北京"
    lib = _library(tmp_path, [{"text": text}])
    (hit,) = search(lib, "北京").hits
    assert hit.hits == 5
    assert (
        hit.snippets
        == [
            f"【北京】{context}…",  # at the very start: nothing cut on the left
            f"…{context}【北京】{context[:5]} {context[5:17]}…",  # a line break shows as a space
            f"…{context}【北京】{context}…",
        ]
    )
    one_more = _library(tmp_path / "o", [{"text": "甲" + context + "北京"}])
    assert search(one_more, "北京").hits[0].snippets == [f"…{context}【北京】"]  # 甲 cut off
    one_more.close()
    (end,) = search(lib, "北京北京").hits  # at the very end: nothing cut on the right
    assert end.snippets == [f"…{context}【北京北京】"]
    # hits that touch are each shown; one overlapping another is shown with it
    touching = _library(tmp_path / "t", [{"text": "北京北京北京"}])
    assert search(touching, "北京").hits[0].snippets == [
        "【北京】北京北京",
        "北京【北京】北京",
        "北京北京【北京】",
    ]
    overlapping = search(touching, "北京 京北").hits[0]  # 京北 overlaps the 北京 around it
    assert overlapping.hits == 5
    assert overlapping.snippets == search(touching, "北京").hits[0].snippets
    touching.close()
    lib.close()


def test_what_a_page_says_about_its_hits(mixed: tuple[Library, dict[int, str]]) -> None:
    lib, texts = mixed
    page = search(lib, "北京")
    assert page.query == "北京" and len(page.hits) == 50 < page.total  # 50 to a page
    uids = dict(lib.conn.execute("SELECT id, uid FROM articles"))
    assert all(h.uid == uids[h.article_id] for h in page.hits)
    assert all(h.score < 0 for h in page.hits)  # bm25: negative, the best the smallest
    assert len({h.score for h in page.hits}) > 1
    assert all(h.score == 0.0 for h in search(lib, "北京", order="newest").hits)
    assert all(h.snippets == [] for h in search(lib, "北京", snippets=False).hits)
    assert page.elapsed_ms > 0


def test_filters_together(mixed: tuple[Library, dict[int, str]]) -> None:
    lib, _ = mixed
    rows = lib.conn.execute("SELECT id, date, source FROM articles").fetchall()
    wanted = {
        aid
        for aid, date, source in rows
        if "2015-01" <= date <= "2016-12\uffff" and source == "甲报"
    } & set(search_ids(lib, "北京"))
    filters = {"date_from": "2015-01", "date_to": "2016-12", "source": "甲报"}
    assert wanted and set(search_ids(lib, "北京", **filters)) == wanted  # type: ignore[arg-type]
    assert count_matches(lib, "北京", **filters) == len(wanted)  # type: ignore[arg-type]
    page = search(lib, "北京", limit=500, **filters)  # type: ignore[arg-type]
    assert {h.article_id for h in page.hits} == wanted and page.total == len(wanted)


def test_a_parsed_query_searches_like_its_text(mixed: tuple[Library, dict[int, str]]) -> None:
    from db.query import parse_query

    lib, _ = mixed
    q = parse_query("北京 -天津")
    assert search_ids(lib, q) == search_ids(lib, "北京 -天津")
    newest = search_ids(lib, "北京 -天津", order="newest")
    assert search_ids(lib, q, order="newest", limit=3) == newest[:3]
    assert count_matches(lib, q) == count_matches(lib, "北京 -天津") > 0


def test_the_largest_limit_and_offset(seeds: Library) -> None:
    from db.library import SQLITE_MAX_INT

    assert search(seeds, "创新", limit=SQLITE_MAX_INT).total == 4
    assert search(seeds, "创新", offset=SQLITE_MAX_INT).hits == []
    for name in ("limit", "offset"):
        with pytest.raises(
            QueryError,
            match=f"^{name} {SQLITE_MAX_INT + 1} is out of range \\(from 0 to {SQLITE_MAX_INT}\\)$",
        ):
            search(seeds, "创新", **{name: SQLITE_MAX_INT + 1})  # type: ignore[arg-type]
        with pytest.raises(QueryError, match=f"^{name} -1 is out of range"):
            search(seeds, "创新", **{name: -1})  # type: ignore[arg-type]


def test_folding_keeps_the_length_and_maps_full_width_forms() -> None:
    wide = "".join(chr(c) for c in range(0xFF01, 0xFF5F))  # ！ to ～
    assert fold(wide) == "".join(chr(c) for c in range(0x21, 0x7F)).lower()
    assert fold("｟｠") == "｟｠"  # past ～: left alone
    ascii_others = "".join(chr(c) for c in range(0x20, 0x7F) if not chr(c).isalpha())
    assert fold(ascii_others) == ascii_others  # only letters change case
    assert fold("北京\u3000天津、河北") == "北京 天津、河北"  # the ideographic space only


def test_the_script_of_a_text() -> None:
    assert detect_script("我们的") == "hans" and detect_script("我們的") == "hant"
    assert detect_script("abc 123") == "none"
    assert detect_script("們" * 9 + "们") == "hant"  # nine in ten is enough
    assert detect_script("们" * 9 + "們") == "hans"
    assert detect_script("們们") == "mixed" and detect_script("們們们们") == "mixed"
    assert detect_script("的" * 20000 + "們" * 5) == "none"  # only the first 20,000 are read
