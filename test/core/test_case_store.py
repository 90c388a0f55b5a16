# SPDX-License-Identifier: GPL-2.0-or-later
"""The case officer's answer store: real GeoPackage files, real SQLite locks, real permissions.

Read-only files: when the tests run as root, ``chmod 444`` does not stop root from
writing, so those tests fork a child that drops to the unprivileged user ``nobody``
(uid 65534) and meets the same kernel permission checks as a case officer.  If the
process cannot change user, they are skipped with that reason.
"""
import os
import pickle
import shutil
import signal
import sqlite3
import stat
import struct
import tempfile
import threading
import time
import traceback
from datetime import datetime, timezone
from pathlib import Path

import pytest
from energistasjon.energistasjon_plugin.core.case_store import (
    CaseStore,
    StoreError,
    default_store_path,
)
from energistasjon.energistasjon_plugin.core.checklist_model import (
    FULFILLED,
    NEEDS_ASSESSMENT,
    NOT_FULFILLED,
    Answer,
    Application,
    Checklist,
)

NOBODY = 65534
OUR_TABLES = {"energistasjon_cases", "energistasjon_answers", "energistasjon_answer_log",
              "energistasjon_store_meta"}
SITE = "POLYGON ((500000 6600000, 500100 6600000, 500100 6600080, 500000 6600000))"


def _checklist() -> Checklist:
    return Checklist(id="energistasjon-sjekkliste", edition="2024-1", format_version=1,
                     titles={"nb": "Sjekkliste", "en": "Checklist"}, based_on="DSB",
                     items=[], thresholds={}, path="checklist.yaml", sha256="0f" * 32)


def _application() -> Application:
    return Application(station_type="hydrogen", hydrogen_kg=4800.0, gas_volume_m3=120.0,
                       daily_capacity=1000.0, seeks_enova=True)


def _save_case(store: CaseStore, case_id: str = "2024/1234") -> None:
    store.save_case(case_id, "Hydrogenstasjon Rud", _application(), SITE, "EPSG:25833", _checklist())


# ----------------------------------------------------------------- helpers: users and processes

def _in_child(func, *args, as_nobody: bool):
    """Run ``func`` in a forked child (optionally as ``nobody``) and return what it returns.

    The child sends back a pickled result; exceptions come back as text and fail the test.
    """
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        os.close(read_fd)
        result = None
        if as_nobody:
            try:
                os.setgroups([])
                os.setgid(NOBODY)
                os.setuid(NOBODY)
            except OSError as error:
                result = ("skip", f"cannot drop root to uid {NOBODY}: {error}")
        if result is None:
            try:
                result = ("ok", func(*args))
            except BaseException:
                result = ("error", traceback.format_exc())
        with os.fdopen(write_fd, "wb") as pipe:
            pickle.dump(result, pipe)
        os._exit(0)
    os.close(write_fd)
    with os.fdopen(read_fd, "rb") as pipe:
        data = pipe.read()
    os.waitpid(pid, 0)
    kind, value = pickle.loads(data)
    if kind == "skip":
        pytest.skip(value)
    if kind == "error":
        pytest.fail("child process failed:\n" + value)
    return value


def _as_officer(func, *args):
    """Run ``func`` as a user without root privileges (the process itself, unless it is root)."""
    if os.geteuid() != 0:
        return func(*args)
    return _in_child(func, *args, as_nobody=True)


@pytest.fixture
def officer_dir():
    """A folder owned by the user that plays the case officer (``nobody`` when running as root).

    pytest's tmp_path lives under a root-only folder that ``nobody`` cannot enter, so this
    folder is made in the system temp folder and removed afterwards.
    """
    folder = Path(tempfile.mkdtemp(prefix="energistasjon_store_"))
    folder.chmod(0o755)
    if os.geteuid() == 0:
        os.chown(str(folder), NOBODY, NOBODY)
    yield folder
    for path in [folder] + list(folder.rglob("*")):
        path.chmod(0o700 if path.is_dir() else 0o600)
    shutil.rmtree(str(folder))


def _give_to_officer(path: Path) -> None:
    if os.geteuid() == 0:
        for extra in [path] + [Path(str(path) + s) for s in ("-journal", "-wal", "-shm")]:
            if extra.exists():
                os.chown(str(extra), NOBODY, NOBODY)


# ------------------------------------------------------------------------------- the GeoPackage

def test_new_store_is_a_valid_geopackage_that_gdal_lists(tmp_path):
    path = tmp_path / "saksbehandling.gpkg"
    with CaseStore(path, create=True) as store:
        _save_case(store)
        store.save_answer("2024/1234", Answer("PLAN-01", FULFILLED, "Regulert til energistasjon", "Kari"))
    header = path.read_bytes()[:100]
    assert header[:16] == b"SQLite format 3\x00"
    assert struct.unpack(">i", header[60:64])[0] == 10200          # user_version: GeoPackage 1.2
    assert header[68:72] == b"GPKG"                                 # application_id
    with sqlite3.connect(str(path)) as conn:
        srs = {row[0] for row in conn.execute("SELECT srs_id FROM gpkg_spatial_ref_sys")}
        kinds = dict(conn.execute("SELECT table_name, data_type FROM gpkg_contents"))
    assert srs == {4326, -1, 0}
    assert kinds == {name: "attributes" for name in OUR_TABLES}

    ogr = pytest.importorskip("osgeo.ogr")
    dataset = ogr.Open(str(path))
    assert dataset.GetDriver().GetName() == "GPKG"
    layers = {dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())}
    assert layers == OUR_TABLES
    answers = dataset.GetLayerByName("energistasjon_answers")
    feature = answers.GetNextFeature()
    assert (feature["case_id"], feature["item_id"], feature["status"], feature["note"]) == (
        "2024/1234", "PLAN-01", FULFILLED, "Regulert til energistasjon")
    assert answers.GetGeomType() == ogr.wkbNone


def test_gdal_geopackage_validator_finds_no_error_or_warning(tmp_path):
    validate_gpkg = pytest.importorskip("osgeo_utils.samples.validate_gpkg")
    path = tmp_path / "saksbehandling.gpkg"
    with CaseStore(path, create=True) as store:
        _save_case(store)
        store.save_answer("2024/1234", Answer("PLAN-01", FULFILLED, "", "Kari"))
    assert validate_gpkg.check(str(path), warning_as_error=True) == []


def test_existing_layer_is_untouched_by_opening_and_kept_intact_by_saving(tmp_path):
    gpd = pytest.importorskip("geopandas")
    fiona = pytest.importorskip("fiona")
    from shapely.geometry import Point

    path = tmp_path / "kommuneplan.gpkg"
    tomter = gpd.GeoDataFrame(
        {"navn": ["Rud næringsområde", "Øvre Sand", "Åsen"], "areal": [2500.5, 4100.0, 1800.25]},
        geometry=[Point(500000, 6600000), Point(501000, 6601000), Point(502500, 6599000)],
        crs="EPSG:25833")
    tomter.to_file(str(path), layer="tomter", driver="GPKG", engine="fiona")
    before = path.read_bytes()

    with CaseStore(path) as store:  # only reads: nothing saved yet
        assert store.answers("2024/1234") == {}
        assert store.cases() == []
    assert path.read_bytes() == before

    with CaseStore(path) as store:
        _save_case(store)
        store.save_answer("2024/1234", Answer("PLAN-01", NOT_FULFILLED, "LNF-område", "Kari"))

    assert set(fiona.listlayers(str(path))) == OUR_TABLES | {"tomter"}
    again = gpd.read_file(str(path), layer="tomter", engine="fiona")
    assert again.crs.to_epsg() == 25833
    assert list(again["navn"]) == ["Rud næringsområde", "Øvre Sand", "Åsen"]
    assert list(again["areal"]) == [2500.5, 4100.0, 1800.25]
    assert [(g.x, g.y) for g in again.geometry] == [(500000, 6600000), (501000, 6601000), (502500, 6599000)]


def test_plain_sqlite_file_is_used_without_turning_it_into_a_geopackage(tmp_path):
    path = tmp_path / "notater.sqlite"
    with sqlite3.connect(str(path)) as conn:
        conn.execute("CREATE TABLE mine (x TEXT)")
        conn.execute("INSERT INTO mine VALUES ('behold meg')")
    with CaseStore(path) as store:
        store.save_answer("7", Answer("PLAN-01", FULFILLED, "", "Kari"))
    with sqlite3.connect(str(path)) as conn:
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert list(conn.execute("SELECT x FROM mine")) == [("behold meg",)]
    assert "gpkg_contents" not in names and OUR_TABLES <= names


# --------------------------------------------------------------------------- answers survive

def test_saved_case_and_answers_survive_closing_and_reopening(tmp_path):
    path = tmp_path / "saksbehandling.gpkg"
    first = Answer("PLAN-01", FULFILLED, "Regulert til energistasjon (plan 0605-2019-03)", "Kari Nordmann")
    second = Answer("STØY-02", NEEDS_ASSESSMENT, "Støy må vurderes; bolig 80 m unna", "Kari Nordmann",
                    "2024-05-31T16:00:00+02:00")
    with CaseStore(str(path), create=True) as store:
        _save_case(store)
        saved = [store.save_answer("2024/1234", first), store.save_answer("2024/1234", second)]

    with CaseStore(path) as reopened:
        answers = reopened.answers("2024/1234")
        case = reopened.case("2024/1234")
        cases = reopened.cases()
    assert answers == {"PLAN-01": saved[0], "STØY-02": saved[1]}
    assert answers["STØY-02"].evidence == "Støy må vurderes; bolig 80 m unna"
    assert answers["STØY-02"].answered_at == "2024-05-31T14:00:00+00:00"  # 16:00 in Norway (CEST) is 14:00 UTC
    assert case["application"] == _application()
    assert case["site_wkt"] == SITE and case["site_crs"] == "EPSG:25833"
    assert (case["checklist_id"], case["checklist_edition"], case["checklist_sha256"]) == (
        "energistasjon-sjekkliste", "2024-1", "0f" * 32)
    assert [(c["case_id"], c["title"], c["station_type"]) for c in cases] == [
        ("2024/1234", "Hydrogenstasjon Rud", "hydrogen")]


def test_answer_is_on_disk_when_save_returns_even_if_qgis_is_killed(tmp_path):
    path = tmp_path / "saksbehandling.gpkg"

    def answer_then_die():
        store = CaseStore(path, create=True)  # never closed: the process is killed right after the save
        store.save_answer("2024/1234", Answer("PLAN-01", NOT_FULFILLED, "Ikke regulert", "Kari"))
        os.kill(os.getpid(), signal.SIGKILL)

    pid = os.fork()
    if pid == 0:
        try:
            answer_then_die()
        finally:
            os._exit(1)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    with CaseStore(path) as store:
        answer = store.answers("2024/1234")["PLAN-01"]
    assert (answer.status, answer.evidence, answer.answered_by) == (NOT_FULFILLED, "Ikke regulert", "Kari")


def test_two_stores_on_one_file_see_each_others_answers(tmp_path):
    path = tmp_path / "felles.gpkg"
    with CaseStore(path, create=True) as window_a, CaseStore(path) as window_b:
        _save_case(window_a)
        window_a.save_answer("2024/1234", Answer("PLAN-01", FULFILLED, "A", "Kari"))
        assert window_b.answers("2024/1234")["PLAN-01"].evidence == "A"
        window_b.save_answer("2024/1234", Answer("PLAN-02", NEEDS_ASSESSMENT, "B", "Ola"))
        window_b.save_answer("2024/1234", Answer("PLAN-01", NOT_FULFILLED, "B retter A", "Ola"))
        seen_by_a = window_a.answers("2024/1234")
        assert window_a.case("2024/1234")["title"] == "Hydrogenstasjon Rud"
    assert {k: (a.status, a.answered_by) for k, a in seen_by_a.items()} == {
        "PLAN-01": (NOT_FULFILLED, "Ola"), "PLAN-02": (NEEDS_ASSESSMENT, "Ola")}


def test_geopackage_switched_to_wal_by_qgis_stays_wal_and_works(tmp_path):
    path = tmp_path / "prosjekt.gpkg"
    CaseStore(path, create=True).close()
    with sqlite3.connect(str(path)) as conn:  # QGIS does this when it edits layers in a GeoPackage
        conn.execute("PRAGMA journal_mode=WAL")
    with CaseStore(path) as window_a, CaseStore(path) as window_b:
        window_a.save_answer("1", Answer("PLAN-01", FULFILLED, "i WAL", "Kari"))
        seen = window_b.answers("1")
    with sqlite3.connect(str(path)) as conn:
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    assert seen["PLAN-01"].evidence == "i WAL" and mode == "wal"


def test_history_keeps_overwritten_answers_in_order(tmp_path):
    with CaseStore(tmp_path / "s.gpkg", create=True) as store:
        store.save_answer("9", Answer("PLAN-01", FULFILLED, "Første vurdering", "Kari"))
        store.save_answer("9", Answer("PLAN-01", NOT_FULFILLED, "Etter befaring", "Ola"))
        store.save_answer("9", Answer("PLAN-02", NEEDS_ASSESSMENT, "", "Kari"))
        store.save_answer("10", Answer("PLAN-01", FULFILLED, "Annen sak", "Kari"))
        current = store.answers("9")
        plan01 = store.history("9", "PLAN-01")
        whole = store.history("9")
    assert current["PLAN-01"].evidence == "Etter befaring" and len(current) == 2
    assert [(a.status, a.evidence, a.answered_by) for a in plan01] == [
        (FULFILLED, "Første vurdering", "Kari"), (NOT_FULFILLED, "Etter befaring", "Ola")]
    assert [a.item_id for a in whole] == ["PLAN-01", "PLAN-01", "PLAN-02"]


def test_answer_before_case_is_kept_and_case_details_added_later(tmp_path):
    with CaseStore(tmp_path / "s.gpkg", create=True) as store:
        store.save_answer("2024/1234", Answer("PLAN-01", FULFILLED, "", "Kari"))
        early = store.case("2024/1234")
        time.sleep(1.1)  # timestamps have whole seconds
        _save_case(store)
        later = store.case("2024/1234")
        answers = store.answers("2024/1234")
    assert early["application"] is None and early["title"] == "2024/1234"
    assert later["application"] == _application()
    assert later["created_at"] == early["created_at"] and later["updated_at"] > early["updated_at"]
    assert list(answers) == ["PLAN-01"]


def test_timestamps_are_utc_and_filled_for_people_without_changing_the_input(tmp_path):
    given = Answer("PLAN-01", FULFILLED, "", "Kari")
    before = datetime.now(timezone.utc).replace(microsecond=0)
    with CaseStore(tmp_path / "s.gpkg", create=True) as store:
        stored = store.save_answer("1", given)
        naive = store.save_answer("1", Answer("PLAN-02", FULFILLED, "", "", "2024-01-02T03:04:05"))
    after = datetime.now(timezone.utc)
    assert given.answered_at == ""  # the caller's object is not modified
    moment = datetime.fromisoformat(stored.answered_at)
    assert moment.utcoffset().total_seconds() == 0 and before <= moment <= after
    assert naive.answered_at == "2024-01-02T03:04:05+00:00" and naive.answered_by == "person"


# ------------------------------------------------------------------------------------ bad input

def test_unknown_status_names_the_item_and_nothing_is_saved(tmp_path):
    with CaseStore(tmp_path / "s.gpkg", create=True) as store:
        with pytest.raises(StoreError) as info:
            store.save_answer("2024/1234", Answer("PLAN-03", "ja", "", "Kari"))
        assert store.answers("2024/1234") == {} and store.history("2024/1234") == []
    assert info.value.reason == "invalid"
    assert "PLAN-03" in info.value.message and "'ja'" in info.value.message
    assert "NOT saved" in info.value.message and "needs_assessment" in info.value.message


def test_automatic_answers_and_bad_timestamps_are_refused(tmp_path):
    with CaseStore(tmp_path / "s.gpkg", create=True) as store:
        with pytest.raises(StoreError) as auto:
            store.save_answer("1", Answer("PLAN-01", FULFILLED, "12 m to road", "auto"))
        with pytest.raises(StoreError) as when:
            store.save_answer("1", Answer("PLAN-01", FULFILLED, "", "Kari", "i går"))
        assert store.answers("1") == {}
    assert "automatic" in auto.value.message and "PLAN-01" in auto.value.message
    assert "'i går'" in when.value.message and "NOT saved" in when.value.message


def test_a_failing_history_row_rolls_back_the_answer_too(tmp_path):
    path = tmp_path / "s.gpkg"
    with CaseStore(path, create=True) as store:
        store.save_answer("1", Answer("PLAN-01", FULFILLED, "første", "Kari"))
    with sqlite3.connect(str(path)) as conn:  # make the history insert fail, as a full disk would
        conn.execute("CREATE TRIGGER stop BEFORE INSERT ON energistasjon_answer_log "
                     "BEGIN SELECT RAISE(ABORT, 'history is frozen'); END")
    with CaseStore(path) as store:
        with pytest.raises(StoreError) as info:
            store.save_answer("1", Answer("PLAN-01", NOT_FULFILLED, "andre", "Kari"))
        assert store.answers("1")["PLAN-01"].evidence == "første"
        assert len(store.history("1")) == 1
    assert "NOT saved" in info.value.message and "history is frozen" in info.value.message
    assert info.value.answer.evidence == "andre"


def test_file_that_is_not_sqlite_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "notater.gpkg"
    path.write_text("Saksnotater, ikke en database\n", encoding="utf-8")
    with pytest.raises(StoreError) as info:
        CaseStore(path)
    assert info.value.reason == "not_sqlite" and str(path) in info.value.message
    assert "not a GeoPackage" in info.value.message
    assert path.read_text(encoding="utf-8") == "Saksnotater, ikke en database\n"


def test_store_written_by_newer_plugin_asks_to_update(tmp_path):
    path = tmp_path / "s.gpkg"
    CaseStore(path, create=True).close()
    with sqlite3.connect(str(path)) as conn:
        conn.execute("UPDATE energistasjon_store_meta SET value = '2' WHERE key = 'schema_version'")
    with pytest.raises(StoreError) as info:
        CaseStore(path)
    assert info.value.reason == "newer_schema"
    assert str(path) in info.value.message and "Update the plugin" in info.value.message


def test_new_store_in_a_missing_folder_and_a_folder_path_are_reported(tmp_path):
    with pytest.raises(StoreError) as missing:
        CaseStore(tmp_path / "finnes_ikke" / "s.gpkg", create=True)
    with pytest.raises(StoreError) as folder:
        CaseStore(tmp_path, create=True)
    assert missing.value.reason == "missing_folder" and "finnes_ikke" in missing.value.message
    assert not (tmp_path / "finnes_ikke").exists()
    assert "is a folder" in folder.value.message


# -------------------------------------------------------------------------- read-only, locked

def test_read_only_file_opens_for_reading_but_the_answer_is_reported_not_saved(officer_dir):
    path = officer_dir / "arkiv.gpkg"
    with CaseStore(path, create=True) as store:
        _save_case(store)
        store.save_answer("2024/1234", Answer("PLAN-01", FULFILLED, "ok", "Kari"))
    _give_to_officer(path)
    path.chmod(0o444)
    before = path.read_bytes()

    def officer_tries():
        with CaseStore(path) as store:
            seen = store.answers("2024/1234")
            try:
                store.save_answer("2024/1234", Answer("PLAN-02", NOT_FULFILLED, "Skrivebeskyttet?", "Kari"))
            except StoreError as error:
                return {"seen": seen, "reason": error.reason, "message": error.message,
                        "unsaved": error.answer}
            return {"seen": seen, "reason": None}

    result = _as_officer(officer_tries)
    assert list(result["seen"]) == ["PLAN-01"]
    assert result["reason"] == "read_only"
    message = result["message"]
    assert str(path) in message and "'PLAN-02'" in message and "NOT saved" in message
    assert "read-only" in message and "permissions" in message and "another GeoPackage" in message
    assert result["unsaved"].evidence == "Skrivebeskyttet?"
    assert path.read_bytes() == before


def test_new_store_in_read_only_folder_fails_at_open(officer_dir):
    folder = officer_dir / "låst"
    folder.mkdir()
    if os.geteuid() == 0:
        os.chown(str(folder), NOBODY, NOBODY)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH)
    path = folder / "ny.gpkg"

    def officer_tries():
        try:
            CaseStore(path, create=True)
        except StoreError as error:
            return {"reason": error.reason, "message": error.message}
        return {"reason": None}

    result = _as_officer(officer_tries)
    assert result["reason"] == "read_only"
    assert str(path) in result["message"] and "read-only" in result["message"]
    assert "permissions" in result["message"]
    assert not path.exists()


def test_lock_held_by_another_program_reports_the_answer_not_saved(tmp_path):
    path = tmp_path / "s.gpkg"
    with CaseStore(path, create=True) as store:
        store.save_answer("1", Answer("PLAN-01", FULFILLED, "", "Kari"))
    other = sqlite3.connect(str(path), isolation_level=None)
    store = CaseStore(path, busy_timeout=0.5)
    try:
        other.execute("BEGIN EXCLUSIVE")
        started = time.monotonic()
        with pytest.raises(StoreError) as info:
            store.save_answer("1", Answer("PLAN-02", NOT_FULFILLED, "venter", "Kari"))
        waited = time.monotonic() - started
        other.execute("ROLLBACK")
        assert "PLAN-02" not in store.answers("1")  # really not saved
        store.save_answer("1", info.value.answer)  # the kept answer can be retried
        assert store.answers("1")["PLAN-02"].evidence == "venter"
    finally:
        store.close()
        other.close()
    assert waited >= 0.45  # it waited for the other program before giving up
    assert info.value.reason == "locked"
    message = info.value.message
    assert str(path) in message and "'PLAN-02'" in message and "NOT saved" in message
    assert "Another program" in message and "Close it in the other program" in message


def test_short_lock_by_another_window_is_waited_out(tmp_path):
    path = tmp_path / "s.gpkg"
    CaseStore(path, create=True).close()
    other = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    other.execute("BEGIN EXCLUSIVE")
    release = threading.Timer(0.3, lambda: other.execute("COMMIT"))
    release.start()
    try:
        with CaseStore(path) as store:  # default timeout: 3 s
            store.save_answer("1", Answer("PLAN-01", FULFILLED, "etter ventetid", "Kari"))
            assert store.answers("1")["PLAN-01"].evidence == "etter ventetid"
    finally:
        release.join()
        other.close()


# ------------------------------------------------------------------------------ default path

@pytest.mark.parametrize("project, expected", [
    ("/data/kommune/plan 2024.qgz", "/data/kommune/plan 2024_saksbehandling.gpkg"),
    ("/data/kommune/plan.qgs", "/data/kommune/plan_saksbehandling.gpkg"),
    ("geopackage:/data/prosjekter.gpkg?projectName=Rud", "/data/Rud_saksbehandling.gpkg"),
    ("postgresql://?service=kommune&schema=public&project=rud", None),
    ("", None),
    (None, None),
])
def test_default_store_path_lies_next_to_the_project(project, expected):
    result = default_store_path(project)
    assert (str(result) if result is not None else None) == expected


# ------------------------------------------------- a store that was moved, deleted or replaced

def _store_with_answer(path: Path, note: str = "Regulert til energistasjon") -> None:
    with CaseStore(path, create=True) as store:
        _save_case(store)
        store.save_answer("2024/1234", Answer("PLAN-01", FULFILLED, note, "Kari"))


@pytest.mark.parametrize("where", ["file", "folder"])
def test_opening_a_store_that_is_not_there_fails_and_never_creates_it(tmp_path, where):
    path = tmp_path / "saksbehandling.gpkg" if where == "file" else tmp_path / "nettverksdisk" / "s.gpkg"
    with pytest.raises(StoreError) as info:
        CaseStore(path)  # every save reopens the store: it must be there
    assert info.value.reason == "missing"
    message = info.value.message
    assert str(path) in message and "does not exist" in message
    assert "moved, renamed or deleted" in message and "Choose the file where it is now" in message
    assert not path.exists() and not path.parent.joinpath("s.gpkg-journal").exists()
    if where == "folder":
        assert not path.parent.exists()


def test_a_new_store_is_made_only_when_asked_for(tmp_path):
    path = tmp_path / "ny.gpkg"
    with CaseStore(path, create=True) as store:
        assert store.answers("1") == {}
    assert path.read_bytes()[:16] == b"SQLite format 3\x00"
    with CaseStore(path) as store:  # from now on it is opened, not made
        stored = store.save_answer("1", Answer("PLAN-01", FULFILLED, "ok", "Kari"))
    with CaseStore(path) as store:
        assert store.answers("1") == {"PLAN-01": stored}


def test_creating_where_a_store_is_keeps_its_answers(tmp_path):
    path = tmp_path / "s.gpkg"
    _store_with_answer(path)
    with CaseStore(path, create=True) as store:  # the officer chose an existing GeoPackage
        assert store.answers("2024/1234")["PLAN-01"].evidence == "Regulert til energistasjon"


def test_a_store_deleted_while_open_reports_the_answer_not_saved_and_is_not_recreated(tmp_path):
    path = tmp_path / "s.gpkg"
    _store_with_answer(path)
    store = CaseStore(path)
    try:
        path.unlink()  # deleted in the file manager while QGIS has it open
        with pytest.raises(StoreError) as info:
            store.save_answer("2024/1234", Answer("PLAN-02", NOT_FULFILLED, "Mangler risikoanalyse", "Kari"))
    finally:
        store.close()
    assert not path.exists()
    assert info.value.reason == "missing"
    message = info.value.message
    assert "'PLAN-02'" in message and "NOT saved" in message and str(path) in message
    assert "does not exist" in message
    assert info.value.answer.evidence == "Mangler risikoanalyse"  # kept, to save elsewhere


@pytest.mark.parametrize("replacement", ["other store", "empty store", "plain sqlite"])
def test_a_store_replaced_while_open_is_never_reported_saved(tmp_path, replacement):
    path = tmp_path / "s.gpkg"
    _store_with_answer(path)
    other = tmp_path / "annen.gpkg"
    if replacement == "other store":  # a backup of another case folder copied over it
        with CaseStore(other, create=True) as store:
            store.save_answer("2024/1234", Answer("PLAN-01", NOT_FULFILLED, "Fra en annen sak", "Ola"))
            store.save_answer("2024/1234", Answer("PLAN-02", FULFILLED, "Fra en annen sak", "Ola"))
    elif replacement == "empty store":
        CaseStore(other, create=True).close()
    else:
        with sqlite3.connect(str(other)) as conn:
            conn.execute("CREATE TABLE mine (x TEXT)")
    store = CaseStore(path)
    try:
        os.replace(str(path), str(tmp_path / "flyttet.gpkg"))  # moved away by a sync client...
        shutil.copyfile(str(other), str(path))                # ...and another file put in its place
        before = path.read_bytes()
        with pytest.raises(StoreError) as info:
            store.save_answer("2024/1234", Answer("PLAN-02", NOT_FULFILLED, "Mangler risikoanalyse", "Kari"))
    finally:
        store.close()
    assert info.value.reason == "changed"
    message = info.value.message
    assert "'PLAN-02'" in message and "NOT saved" in message and str(path) in message
    assert "another program" in message and "choose another GeoPackage" in message
    assert info.value.answer.evidence == "Mangler risikoanalyse"
    assert path.read_bytes() == before  # the file now at the path was not written to


def test_the_saved_answer_is_the_one_read_back_from_the_file(tmp_path):
    path = tmp_path / "s.gpkg"
    CaseStore(path, create=True).close()
    with sqlite3.connect(str(path)) as conn:  # another program rewrites every answer saved
        conn.execute("CREATE TRIGGER rewrite AFTER INSERT ON energistasjon_answer_log "
                     "BEGIN UPDATE energistasjon_answer_log SET note = 'overskrevet' WHERE id = NEW.id; END")
    with CaseStore(path) as store:
        with pytest.raises(StoreError) as info:
            store.save_answer("1", Answer("PLAN-01", FULFILLED, "Min vurdering", "Kari"))
    assert info.value.reason == "changed" and "NOT saved" in info.value.message
    assert "'PLAN-01'" in info.value.message and info.value.answer.evidence == "Min vurdering"

    plain = tmp_path / "vanlig.gpkg"
    with CaseStore(plain, create=True) as store:
        returned = store.save_answer("1", Answer("PLAN-01", FULFILLED, "Min vurdering", "Kari"))
    with sqlite3.connect(str(plain)) as conn:
        on_disk = conn.execute("SELECT status, note, answered_by, answered_at FROM energistasjon_answers").fetchall()
    assert on_disk == [(returned.status, returned.evidence, returned.answered_by, returned.answered_at)]


def test_a_case_whose_saved_details_read_back_differently_is_not_saved(tmp_path):
    path = tmp_path / "s.gpkg"
    CaseStore(path, create=True).close()
    with sqlite3.connect(str(path)) as conn:
        conn.execute("CREATE TRIGGER blank AFTER INSERT ON energistasjon_cases "
                     "BEGIN UPDATE energistasjon_cases SET site_wkt = '' WHERE fid = NEW.fid; END")
    with CaseStore(path) as store:
        with pytest.raises(StoreError) as info:
            _save_case(store)
    assert info.value.reason == "changed"
    assert "'2024/1234'" in info.value.message and "NOT saved" in info.value.message


@pytest.mark.parametrize("content", [b"", b"Saksnotater, ikke en database\n"])
def test_a_store_replaced_by_a_file_that_is_not_a_store_is_refused_and_left_alone(tmp_path, content):
    path = tmp_path / "s.gpkg"
    _store_with_answer(path)
    path.write_bytes(content)  # emptied by a failed sync, or overwritten by another file
    with pytest.raises(StoreError) as info:
        CaseStore(path)
    assert info.value.reason == "not_sqlite" and str(path) in info.value.message
    assert path.read_bytes() == content  # not turned into an empty store

    store = CaseStore(tmp_path / "annen.gpkg", create=True)
    try:  # replaced while open
        os.replace(str(path), str(tmp_path / "x"))
        _store_with_answer(path)
        store.close()
        store = CaseStore(path)
        path.write_bytes(content)
        with pytest.raises(StoreError) as info:
            store.save_answer("2024/1234", Answer("PLAN-02", NOT_FULFILLED, "", "Kari"))
    finally:
        store.close()
    assert info.value.reason in ("not_sqlite", "changed") and "NOT saved" in info.value.message
    assert path.read_bytes() == content


def test_existing_store_in_a_read_only_folder_reports_the_answer_not_saved(officer_dir):
    folder = officer_dir / "arkiv"
    folder.mkdir()
    path = folder / "saker.gpkg"
    _store_with_answer(path)
    if os.geteuid() == 0:
        os.chown(str(folder), NOBODY, NOBODY)
    _give_to_officer(path)
    folder.chmod(0o555)  # the file may be written, but no journal can be made beside it
    before = path.read_bytes()

    def officer_tries():
        with CaseStore(path) as store:
            try:
                store.save_answer("2024/1234", Answer("PLAN-02", NOT_FULFILLED, "Arkivert", "Kari"))
            except StoreError as error:
                return {"reason": error.reason, "message": error.message}
        return {"reason": None}

    result = _as_officer(officer_tries)
    assert result["reason"] == "read_only"
    assert str(path) in result["message"] and "read-only" in result["message"]
    assert "NOT saved" in result["message"]
    assert path.read_bytes() == before
