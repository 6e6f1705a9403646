"""The table of characters t2s can change (tracker/extraction/t2s_changes.py) against the installed opencc wheel."""

import json
import os
import re
import subprocess

import opencc
import pytest

from tracker.extraction.t2s_changes import OPENCC_VERSION, T2S_CHANGED
from tracker.extraction.text import to_simplified


def _t2s_entries(tmp_path):
    """``(key, first value)`` of every entry of the dictionaries t2s.json names, dumped by the wheel's opencc_dict."""
    share = opencc._opencc_share_dir
    tool = os.path.join(os.path.dirname(os.path.dirname(share)), "bin", "opencc_dict")
    if not os.path.exists(tool):
        pytest.skip("the opencc wheel ships no opencc_dict")
    with open(os.path.join(share, "t2s.json"), encoding="utf-8") as file:
        config = json.load(file)
    names = [step["dict"]["file"] for step in config["normalization"]]
    for step in config["conversion_chain"]:
        names += [entry["file"] for entry in step["dict"]["dicts"]]
    for name in names:
        dump = tmp_path / (name + ".txt")
        subprocess.run([tool, "-i", os.path.join(share, name), "-o", str(dump), "-f", "ocd2", "-t", "text"], check=True)
        for line in dump.read_text(encoding="utf-8").splitlines():
            key, values = line.split("\t")
            yield key, values.split(" ")[0]


def test_table_holds_every_character_t2s_changes(tmp_path):
    assert opencc.__version__ == OPENCC_VERSION  # (else to_simplified converts every page whole)
    changed = re.compile("[" + T2S_CHANGED + "]")
    for key, value in _t2s_entries(tmp_path):
        assert "\n" not in key  # (so a page converts line by line)
        if len(key) != len(value):
            assert all(changed.match(char) for char in key), key
        else:
            assert all(changed.match(a) for a, b in zip(key, value, strict=True) if a != b), key


def test_lines_without_them_are_kept():
    page = "證監會對示例公司\n立案调查,公司股票\n被實施其他風險警示\r\n沈默\n"
    assert to_simplified(page) == opencc.OpenCC("t2s").convert(page) == "证监会对示例公司\n立案调查,公司股票\n被实施其他风险警示\r\n沉默\n"
