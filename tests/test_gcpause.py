"""The cycle collector is paused over recognition and restored as it was."""

from __future__ import annotations

import gc

from text.gcpause import cyclic_gc_paused


def test_paused_inside_restored_after_even_when_nested():
    assert gc.isenabled()
    with cyclic_gc_paused():
        assert not gc.isenabled()
        with cyclic_gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer block still runs
    assert gc.isenabled()


def test_a_disabled_collector_stays_disabled_and_errors_restore():
    gc.disable()
    try:
        with cyclic_gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
    try:
        with cyclic_gc_paused():
            raise ValueError
    except ValueError:
        pass
    assert gc.isenabled()


def test_recognition_leaves_the_collector_on():
    from text.ner.recognizer import Recognizer

    found = Recognizer.load().predict_many(["任睿杰在北京。", "京津冀国家技术创新中心成立。"])
    assert [s.text for s in found[0]] == ["任睿杰", "北京"]
    assert gc.isenabled()
