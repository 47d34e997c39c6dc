"""The mutants of ``bench.mutation`` that cannot change what a user sees, with the
reason for each; they are left out of the score.

mutmut numbers a function's mutants in order, so a name stays valid while the
function is unchanged (re-check the list when one is edited).
"""

from __future__ import annotations

ALIASES = "text.aliases.x_"
RESOLVE = "text.resolve.x_"
RESOLUTION = "db.resolution.x\u01c1Resolution\u01c1"
BATCH = "db.importer.x\u01c1_Batch\u01c1add__mutmut_"
SQL_CASE = "SQL keywords and names are case-insensitive"
SAME_LENGTH = "strict= of zip: the lists zipped always have the same length"

EQUIVALENT: dict[str, str] = {
    "db.query.x__lex__mutmut_10": "neg = None: only its truth is read (Term.negated is never read)",
    "db.query.x__lex__mutmut_38": "j <= 0: find() starts at i + 1 >= 1, so j is never 0",
    "db.query.x__lex__mutmut_39": "j < 1: find() starts at i + 1 >= 1, so j is never 0",
    "db.query.x__quote__mutmut_8": "no index token holds a double quote (tokens are letters, "
    "digits or CJK), so the escaping never applies",
    "db.query.x__quote__mutmut_9": "as _quote 8: the replacement never applies",
    "db.query.x_parse_query__mutmut_7": "first join_next: the first word has no clause to join",
    "db.query.x_parse_query__mutmut_8": "first join_next = True: the first word has no clause to "
    "join, and join_next is reset after it",
    "db.query.x_parse_query__mutmut_31": "join_next = None: only its truth is read",
    "db.query.x_parse_query__mutmut_52": "join_next = None: only its truth is read",
    "db.query.x_parse_query__mutmut_35": "Term.text (the word as typed) is never read",
    "db.query.x_parse_query__mutmut_38": "Term.negated is never read",
    "db.query.x_parse_query__mutmut_42": "Term.negated is never read",
    "db.query.x_term_fts__mutmut_10": "' + '.join of one part is that part",
    "db.query.x_term_fts__mutmut_13": "' + '.join of one part is that part",
    # db/csvio.py (the run is on Linux: O_BINARY and newline translation are Windows-only)
    "db.csvio.x__open_temporary__mutmut_5": "getattr(None, 'O_BINARY', 0) is 0, as on POSIX",
    "db.csvio.x__open_temporary__mutmut_11": "no such flag on POSIX either way (Windows only)",
    "db.csvio.x__open_temporary__mutmut_12": "no such flag on POSIX either way (Windows only)",
    "db.csvio.x__open_temporary__mutmut_13": "default 1 = O_WRONLY on Linux, already in the flags",
    "db.csvio.x__open_temporary__mutmut_15": "101 tries instead of 100 on name collisions",
    "db.csvio.x__open_temporary__mutmut_18": "a longer random temporary name, never shown",
    "db.csvio.x__open_temporary__mutmut_19": "a longer random temporary name, never shown",
    "db.csvio.x__open_temporary__mutmut_32": "newline=None translates nothing on POSIX",
    "db.csvio.x__open_temporary__mutmut_36": "newline=None translates nothing on POSIX",
    "db.csvio.x__open_temporary__mutmut_40": "unreachable: fdopen of a new fd with utf-8 never fails",
    "db.csvio.x__open_temporary__mutmut_41": "unreachable: fdopen of a new fd with utf-8 never fails",
    "db.csvio.x__open_temporary__mutmut_42": "unreachable: fdopen of a new fd with utf-8 never fails",
    "db.csvio.x_neutralise__mutmut_5": "str() of a str is the same str",
    "db.csvio.x_read_csv__mutmut_8": "codec names are case-insensitive",
    "db.csvio.x_write_csv__mutmut_8": "codec names are case-insensitive",
    "db.csvio.x_write_csv__mutmut_10": "codec names are case-insensitive",
    "db.csvio.x_write_csv__mutmut_23": "csv.writer's default line terminator is \\r\\n",
    "db.csvio.x_write_csv__mutmut_24": "csv.writer's default quoting is QUOTE_MINIMAL",
    "db.csvio.x_write_csv__mutmut_39": "the temporary file always exists there, and a missing "
    "one is an OSError the suppress() around it swallows",
    "db.csvio.x_write_csv__mutmut_40": "as write_csv 39",
    # text/tokens.py
    "text.tokens.x_index_tokens__mutmut_35": "a block joined one token later: the same string "
    "(the blocks only bound memory)",
    "text.tokens.x_index_tokens__mutmut_42": "as index_tokens 35",
    "text.tokens.x_units__mutmut_16": "Unit.cjk = None: only its truth is read",
    # db/curation.py
    "db.curation.x__record__mutmut_22": "created_at (local instead of UTC time) is never read",
    "db.curation.x__refresh__mutmut_21": "re-resolving the mentions named like the argument of "
    "any edit: resolution is idempotent, so only extra work",
    "db.curation.x__refresh__mutmut_25": "an alias moves only the mentions named like it; the "
    "entity's own mentions, left out, would resolve where they are",
    "db.curation.x__refresh__mutmut_37": "reresolve() returns every entity it read, which holds "
    "all those found before whenever they have mentions",
    "db.curation.x__related_pairs__mutmut_8": "keys hold no tab (whitespace is removed), so "
    "partition and rpartition agree",
    "db.curation.x__related_pairs__mutmut_17": "refreshing one more entity (the one named like "
    "the argument) recomputes what it already shows",
    # db/search.py
    "db.search.x__filters__mutmut_3": "the first condition: sql is empty before it, so = and += "
    "agree",
    "db.search.x_find_hits__mutmut_5": "a term has at least one unit, so no match is empty",
    "db.search.x_search__mutmut_29": "relevance without filters takes the general query instead "
    "of the faster one: the same rows",
    "db.search.x_search__mutmut_30": "as search 29",
    "db.search.x_search__mutmut_74": "the total is counted instead of taken from a short first "
    "page: the same number",
    "db.search.x_search_ids__mutmut_23": "as search 29",
    "db.search.x_search_ids__mutmut_24": "as search 29",
    "db.search.x__filters__mutmut_16": "dates are stored as YYYY-MM-DD at most, so nothing "
    "lies between a full date and that date + \\uffff",
    "db.search.x__filters__mutmut_19": "as _filters 16",
    "db.search.x__filters__mutmut_20": "as _filters 16",
    "db.search.x__filters__mutmut_18": "any suffix above '-' and the digits keeps every day of "
    "the month",
    "db.search.x_kwic__mutmut_4": "the first span starts at 0 or later, above -1 and -2 alike",
    "db.entity_export.x__mention_rows__mutmut_6": SQL_CASE,
    # text/fold.py
    "text.fold.x__build_table__mutmut_24": SAME_LENGTH,
    "text.fold.x__build_table__mutmut_27": SAME_LENGTH,
    "text.fold.x__build_table__mutmut_30": SAME_LENGTH,
    "text.fold.x_simplified_only_chars__mutmut_22": SAME_LENGTH,
    "text.fold.x_simplified_only_chars__mutmut_25": SAME_LENGTH,
    "text.fold.x_simplified_only_chars__mutmut_26": SAME_LENGTH,
    "text.fold.x__build_table__mutmut_28": "split() and split('\\n') agree: the characters "
    "joined hold no whitespace",
    "text.fold.x_simplified_only_chars__mutmut_10": "as _build_table 28",
    "text.fold.x__build_table__mutmut_37": "only the keys of the pairs are read",
    "text.fold.x_detect_script__mutmut_2": "both tables are set together, so one test is enough",
    "text.fold.x_detect_script__mutmut_3": "as detect_script 2",
    "text.fold.x_detect_script__mutmut_4": "as detect_script 2",
    "db.search.x_search_ids__mutmut_41": "ranked by date all the same; the score is not returned",
    # text/convert.py
    "text.convert.x__char_table__mutmut_1": "the table built again on every call: the same table, "
    "only slower",
    "text.convert.x__char_table__mutmut_2": "as _char_table 1",
    "text.convert.x__char_table__mutmut_4": "as _char_table 1",
    "text.convert.x__char_table__mutmut_5": "as _char_table 1",
    "text.convert.x__char_table__mutmut_24": SAME_LENGTH,
    "text.convert.x__char_table__mutmut_27": SAME_LENGTH,
    "text.convert.x__char_table__mutmut_28": SAME_LENGTH,
    "text.convert.x__converter__mutmut_13": "a converter made again on every call: the same "
    "conversion, only slower",
    "text.convert.x__converter__mutmut_14": "as _converter 13",
    "text.convert.x__map__mutmut_7": "the four lists are set together: all None or none",
    "text.convert.x_convert_with_map__mutmut_23": "unreachable: pieces end at punctuation no "
    "OpenCC phrase holds, so their conversions joined are always the whole conversion",
    "text.convert.x_convert_with_map__mutmut_32": SAME_LENGTH,
    "text.convert.x_convert_with_map__mutmut_35": SAME_LENGTH,
    "text.convert.x_convert_with_map__mutmut_36": SAME_LENGTH,
    "text.convert.x_convert_with_map__mutmut_39": "a piece that converts character by character "
    "is aligned anyway: every cut is one character, the same identity map, found slower",
    # import's duplicate detection (db/importer.py, db/articles.py)
    "db.articles.x_normalised_hash__mutmut_6": "codec names are case-insensitive",
    "db.importer.x__add__mutmut_21": "the encoding column is written, never read, shown or "
    "exported",
    "db.importer.x__add__mutmut_34": "as _add 21",
    "db.importer.x__add__mutmut_22": "insert_article hashes the text itself when given no "
    "hash: the same hash",
    "db.importer.x__add__mutmut_35": "as _add 22",
    "db.importer.x__add__mutmut_23": "no caller of _add passes tokens: None either way",
    "db.importer.x__add__mutmut_36": "as _add 23",
    BATCH + "21": "the article indexed inside its savepoint and again at the batch's commit: "
    "FTS5 keeps one row per rowid, and searches, scores and the index's integrity check are "
    "the same (checked by hand on the seeds)",
    BATCH + "22": "as _Batch.add 21",
    "db.importer.x__add__mutmut_37": "as _Batch.add 21 (index left to its default, True)",
    BATCH + "2": "the tokens of the text computed again: the same tokens",
    BATCH + "3": "unreachable: import_paths hands every document over with its tokens",
    BATCH + "4": "as _Batch.add 3",
    BATCH + "5": "as _Batch.add 3",
    BATCH + "17": "index=None is false like index=False",
    BATCH + "29": "a savepoint left open after its rollback is committed with the batch, and "
    "the next one of that name is the innermost: the same rows",
    BATCH + "38": "a commit after every file instead of every 3 s: the same articles, slower",
    # text/aliases.py
    ALIASES + "_full_name__mutmut_4": "with the parenthesis at 0 or 1 nothing before it can be "
    "a name of two characters, by quotes or by rule",
    ALIASES + "_full_name__mutmut_5": "as _full_name 4",
    ALIASES + "_full_name__mutmut_10": "folded text has no capital X (Latin letters are "
    "lower-cased), so only the marks listed match",
    ALIASES + "_full_name__mutmut_60": "after quotes too short for a name the rule's name run "
    "cannot match either: the text before the parenthesis ends with a quote",
    ALIASES + "_full_name__mutmut_83": "linking words past the name's end are skipped by the "
    "test after it (lm.end() < end - 1)",
    ALIASES + "find_alias_definitions__mutmut_17": "with only blanks before the parenthesis "
    "there is no name either way",
    ALIASES + "find_alias_definitions__mutmut_18": "as find_alias_definitions 17",
    ALIASES + "find_alias_definitions__mutmut_22": "as _full_name 10",
    ALIASES + "find_alias_uses__mutmut_5": "find(short, pos, None) searches to the end, as "
    "find(short, pos, len(folded)) does",
    ALIASES + "find_alias_uses__mutmut_22": "uses are looked for from the end of the definition, "
    "so none starts at 0",
    ALIASES + "find_alias_uses__mutmut_23": "as find_alias_uses 22",
    ALIASES + "_is_free_use__mutmut_26": "as find_alias_uses 22 (no use starts at 0 or 1)",
    ALIASES + "_is_free_use__mutmut_27": "as find_alias_uses 22",
    ALIASES + "_is_free_use__mutmut_8": "a use starts after its definition, which holds the "
    "full name, so start - offset is never below 1",
    ALIASES + "_is_free_use__mutmut_9": "as _is_free_use 8",
    ALIASES + "_is_free_use__mutmut_10": "as _is_free_use 8",
    ALIASES + "_is_free_use__mutmut_47": "a use starts past position 4 (after its definition)",
    ALIASES + "_is_free_use__mutmut_49": "the words before a use are three characters at most, "
    "so a window of four or five finds the same",
    ALIASES + "_span_bounds__mutmut_17": "every span object handed in has a type (the "
    "recogniser's spans do; others come as tuples)",
    # text/resolve.py
    RESOLVE + "place_key__mutmut_12": "the only two special administrative regions are in "
    "_FULL_PROVINCES, settled before the suffixes",
    RESOLVE + "place_key__mutmut_21": "a key of _FULL_PROVINCES was returned before the loop",
    RESOLVE + "place_key__mutmut_28": "keys are folded: no capital X",
    RESOLVE + "_said_apart__mutmut_12": "strict=None and no strict are zip's default, False "
    "(the lists differ by one on purpose)",
    RESOLVE + "_said_apart__mutmut_15": "as _said_apart 12",
    RESOLVE + "local_referents__mutmut_50": "a name as long as the short one holds it only when "
    "it is that name, whose key is the same and which is skipped just after",
    RESOLVE + "local_referents__mutmut_71": "two uses never start at the same place (mentions "
    "do not overlap)",
    RESOLVE + "local_referents__mutmut_73": "max() with the default -1 makes -2 into -1",
    RESOLVE + "local_referents__mutmut_84": "before is -1 or more, so max() with -1 or -2 agree",
    RESOLVE + "local_referents__mutmut_92": "of two longer names of one entity with the same "
    "distance, either is kept: both keys lead to that entity",
    RESOLVE + "zone_stem__mutmut_10": "a bare zone word gives the stem '' instead of None, and "
    "both callers treat a stem under two characters as none",
    RESOLVE + "zone_stem__mutmut_2": "the zone words that end another (新区 in 高新区, 保税区 "
    "in 综合保税区) come after it in reverse code-point order as well as by length",
    RESOLVE + "zone_stem__mutmut_5": "as zone_stem 2",
    # db/entities.py: resolution through the curation log
    RESOLUTION + "load__mutmut_17": "keys hold no tab (whitespace is removed), so partition "
    "and rpartition agree",
    RESOLUTION + "load__mutmut_47": "Resolution.curated is read nowhere after load()",
    RESOLUTION + "load__mutmut_51": "as Resolution.load 47",
    BATCH + "39": "as _Batch.add 38 (a float elapsed time equal to 3.0 exactly)",
}
