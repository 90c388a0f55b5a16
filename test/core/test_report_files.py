# SPDX-License-Identifier: GPL-2.0-or-later
"""Report files: one readable file name per case id, always inside the report folder, the same on every
run; and a report folder that gets all of a run's reports or none of them."""
import hashlib
import os
import unicodedata

import pytest
from energistasjon.energistasjon_plugin.core.errors import EnergistasjonError, InputError
from energistasjon.energistasjon_plugin.core.report_files import (
    ReportStaging,
    case_file_stem,
    case_file_stems,
    check_report_folder,
    is_safe_file_name,
)


def sha6(text):
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:6]


NASTY = ["2024.001", "2024.002", "2025/17", "2025-17", "2025:17", "2025\\17", ".", "..", "../..", "/etc/passwd",
         "C:\\Windows", "", " ", " 17 ", "17.", "-17", "CON", "con", "Con.001", "nul.txt", "COM1", "LPT9", "AUX",
         "a" * 300, "ø" * 300, "\U0001d518" * 100, "a\u030a", "å", "a\nb", "a\x00b", "tab\there", "<>:\"|?*",
         "2025-17_" + sha6("2025/17"), "Sak æøå 1", "A", "a", "SAK-2025-0042", "ümlaut", "日本"]
WINDOWS_FORBIDDEN = set('<>:"/\\|?*') | {chr(i) for i in range(32)}
RESERVED = {"CON", "PRN", "AUX", "NUL"} | {"{}{}".format(d, i) for d in ("COM", "LPT") for i in range(10)}


@pytest.mark.parametrize("case_id", ["2024.001", "2024.002", "B", "2025-17", "SAK-2025-0042", "Sak_æøå-1", "ÆØÅ.v2",
                                     "a" * 100])
def test_a_case_id_that_is_a_safe_file_name_is_kept_as_it_is(case_id):
    assert is_safe_file_name(case_id)
    assert case_file_stem(case_id) == case_id


@pytest.mark.parametrize("case_id, stem", [
    ("2025/17", "2025-17_" + sha6("2025/17")),
    ("2025/0042", "2025-0042_" + sha6("2025/0042")),
    ("Sak æøå 1", "Sak-æøå-1_" + sha6("Sak æøå 1")),
    (".", "case_" + sha6(".")),
    ("../..", "case_" + sha6("../..")),
    ("", "case_" + sha6("")),
    ("CON", "CON_" + sha6("CON")),
    ("Con.001", "Con-001_" + sha6("Con.001")),  # Windows reserves CON.anything too
    ("17.", "17_" + sha6("17.")),
    (" 17 ", "17_" + sha6(" 17 ")),
    ("a\u030a", "å_" + sha6("a\u030a")),  # decomposed å: written composed, told apart by the hash
    ("2025-17_" + sha6("2025/17"), "2025-17_{}_{}".format(sha6("2025/17"), sha6("2025-17_" + sha6("2025/17")))),
])
def test_any_other_case_id_gets_a_readable_part_and_the_hash_of_the_id(case_id, stem):
    assert not is_safe_file_name(case_id)
    assert case_file_stem(case_id) == stem


def test_every_name_is_a_plain_file_name_on_windows_macos_and_linux():
    for case_id in NASTY:
        stem = case_file_stem(case_id)
        name = stem + ".html"
        assert not (set(name) & WINDOWS_FORBIDDEN), case_id
        assert not stem.startswith((".", "-", " ")) and not stem.endswith((".", " ")), case_id
        assert stem.split(".")[0].upper() not in RESERVED, case_id
        assert len(stem) <= 107 and len(name.encode("utf-8")) <= 255, case_id
        assert unicodedata.normalize("NFC", stem) == stem, case_id


def test_different_case_ids_never_share_a_file_even_where_letter_case_does_not_count(tmp_path):
    stems = case_file_stems(NASTY)
    assert len({s.casefold() for s in stems}) == len(NASTY)
    folder = tmp_path / "reports"
    folder.mkdir()
    for case_id, stem in zip(NASTY, stems):
        (folder / (stem + ".html")).write_text(case_id, encoding="utf-8")
    assert sorted(p.name for p in tmp_path.rglob("*")) == sorted(["reports"] + [s + ".html" for s in stems])
    for case_id, stem in zip(NASTY, stems):
        assert (folder / (stem + ".html")).read_text(encoding="utf-8") == case_id


def test_the_same_case_id_gets_the_same_name_on_every_run():
    assert case_file_stems(["2025/17", "2024.001"]) == [case_file_stem("2025/17"), "2024.001"]
    assert case_file_stems(["B", "2024.001", "2025/17"])[1:] == ["2024.001", case_file_stem("2025/17")]
    # only ids that differ in letter case alone, in one run, both get the hash ending
    assert case_file_stems(["A", "a", "b"]) == ["A_" + sha6("A"), "a_" + sha6("a"), "b"]


def test_repeated_case_ids_are_the_callers_to_refuse():
    with pytest.raises(ValueError):
        case_file_stems(["2025/1", "2025/1"])


# --- the report folder ------------------------------------------------------------------------------------------

def listing(path):
    return sorted(str(p.relative_to(path)) for p in path.rglob("*"))


def test_reports_are_written_hidden_and_put_in_place_together(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "A.html").write_text("old", encoding="utf-8")
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    with ReportStaging(folder) as staging:
        assert staging.staging.parent == folder and staging.staging.name.startswith(".energistasjon-")
        for name in ("A.html", "B.html"):
            staging.path(name).write_text("new " + name, encoding="utf-8")
        assert sorted(p.name for p in folder.iterdir() if not p.name.startswith(".")) == ["A.html", "notes.txt"]
        assert (folder / "A.html").read_text(encoding="utf-8") == "old"  # nothing in place before commit
        written = staging.commit()
    assert written == [folder / "A.html", folder / "B.html"]
    assert listing(folder) == ["A.html", "B.html", "notes.txt"]
    assert (folder / "A.html").read_text(encoding="utf-8") == "new A.html"


def test_cancel_or_error_leaves_the_report_folder_as_it_was(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "A.html").write_text("old", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt):
        with ReportStaging(folder) as staging:
            staging.path("A.html").write_text("new", encoding="utf-8")
            staging.path("B.html").write_text("new", encoding="utf-8")
            raise KeyboardInterrupt
    assert listing(folder) == ["A.html"] and (folder / "A.html").read_text(encoding="utf-8") == "old"


def test_a_report_folder_the_run_made_goes_again_on_cancel(tmp_path):
    with pytest.raises(RuntimeError):
        with ReportStaging(tmp_path / "new" / "reports") as staging:
            staging.path("A.html").write_text("new", encoding="utf-8")
            raise RuntimeError("cancelled")
    assert listing(tmp_path) == []


def test_a_file_that_cannot_be_put_in_place_undoes_the_others(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "A.html").write_text("old", encoding="utf-8")
    (folder / "B.html").mkdir()  # in the way of the second report
    with pytest.raises(EnergistasjonError) as info:
        with ReportStaging(folder) as staging:
            for name in ("A.html", "B.html", "C.html"):
                staging.path(name).write_text("new", encoding="utf-8")
            staging.commit()
    assert "B.html" in str(info.value) and str(folder) in str(info.value) and "run again" in str(info.value)
    assert listing(folder) == ["A.html", "B.html"]
    assert (folder / "A.html").read_text(encoding="utf-8") == "old" and (folder / "B.html").is_dir()


def test_a_report_folder_that_is_a_file_or_under_one_is_refused_in_words(tmp_path):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(InputError, match="is a file. Choose a folder"):
        check_report_folder(tmp_path / "notes.txt")
    with pytest.raises(InputError) as info:
        ReportStaging(tmp_path / "notes.txt" / "reports").open()
    assert str(tmp_path / "notes.txt" / "reports") in str(info.value)
    assert "{} is a file".format(tmp_path / "notes.txt") in str(info.value) and "Choose" in str(info.value)
    assert listing(tmp_path) == ["notes.txt"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a user that file permissions apply to")
def test_a_read_only_report_folder_is_refused_in_words(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        with pytest.raises(InputError) as info:
            ReportStaging(locked / "reports").open()
        assert str(locked / "reports") in str(info.value) and "read-only" in str(info.value)
        assert listing(locked) == []
    finally:
        locked.chmod(0o755)
