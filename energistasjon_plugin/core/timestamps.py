# SPDX-License-Identifier: GPL-2.0-or-later
"""Reads the ISO 8601 timestamps that answers carry (``answered_at``) and the case store keeps."""
from datetime import datetime
from typing import Optional


def parse_timestamp(text: str) -> Optional[datetime]:
    """``text`` as a datetime, or None when it is not an ISO 8601 date and time.

    Surrounding spaces are ignored, and a trailing ``Z`` means UTC (Python 3.9's
    ``datetime.fromisoformat`` does not read it).  A time without an offset stays naive: what
    that means (UTC, local time) is the caller's to say.
    """
    text = text.strip()
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None
