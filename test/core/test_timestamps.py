"""The one reader of ISO 8601 timestamps (answers' ``answered_at``, the case store, the report)."""
from datetime import datetime, timedelta, timezone

from energistasjon.energistasjon_plugin.core.timestamps import parse_timestamp


def test_a_trailing_z_is_utc_and_an_offset_is_kept():
    assert parse_timestamp("2024-05-02T12:03:00Z") == datetime(2024, 5, 2, 12, 3, tzinfo=timezone.utc)
    moment = parse_timestamp(" 2024-05-02T14:03:00+02:00 ")
    assert moment.utcoffset() == timedelta(hours=2) and moment.astimezone(timezone.utc).hour == 12


def test_a_time_without_offset_stays_naive():
    assert parse_timestamp("2024-05-02T12:03") == datetime(2024, 5, 2, 12, 3)


def test_text_that_is_not_a_timestamp_gives_none():
    for text in ("", "i går", "2024-13-01T00:00", "Z"):
        assert parse_timestamp(text) is None
