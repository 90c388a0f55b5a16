"""Files written for a workshop's shared folder can be opened by colleagues: a spreadsheet, a CSV
and a weight set get the mode of any new file (0644 under umask 022), not mkstemp's 0600."""
import os
import stat

import pytest
from energistasjon.energistasjon_plugin.core import profiles, spreadsheet, weight_files, weight_sets

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


def test_tables_and_weight_sets_are_readable_by_others(tmp_path, umask_022):
    xlsx = spreadsheet.write_xlsx(tmp_path / "kortliste.xlsx", [("Liste", ["tomt"], [["A"]])])
    csv = spreadsheet.write_csv(tmp_path / "kortliste.csv", ["tomt"], [["A"]])
    battery = profiles.load_bundled_profile("battery")
    saved = weight_files.save_weight_set(weight_sets.weight_set_from_profile(battery), tmp_path / "vekter.yaml")
    assert mode(xlsx) == mode(csv) == mode(saved.path) == 0o644


def test_the_umask_is_honoured(tmp_path):
    old = os.umask(0o077)
    try:
        csv = spreadsheet.write_csv(tmp_path / "privat.csv", ["tomt"], [["A"]])
    finally:
        os.umask(old)
    assert mode(csv) == 0o600
