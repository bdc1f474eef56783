"""Time zones: local dates and times at the edge, and finding a zone from what a member types.

Datetimes are UTC at rest; the member's zone is applied only here, with zoneinfo, so daylight
saving is the library's job and never "add 86,400 seconds".
"""

from __future__ import annotations

import zoneinfo
from datetime import date, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from rapidfuzz import fuzz, process

MAX_CHOICES = 25


class UnknownZone(ValueError):
    pass


def zone(name: str) -> ZoneInfo:
    """The IANA zone called `name`, or UnknownZone with a hint."""
    try:
        return ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise UnknownZone(
            f"I don't know the time zone {name!r}. Use a name such as Europe/Berlin or "
            "America/New_York; start typing a city and pick from the list."
        ) from None


def local_date(instant: datetime, zone_name: str) -> date:
    """The member's calendar date at `instant`."""
    return instant.astimezone(zone(zone_name)).date()


@lru_cache(maxsize=1)
def _zones() -> dict[str, str]:
    """Every IANA zone, keyed by a searchable label: "Europe/Berlin (Berlin)"."""
    names = sorted(
        n
        for n in zoneinfo.available_timezones()
        if "/" in n and not n.startswith(("Etc/", "SystemV/"))
    )
    names.append("UTC")
    return {name: f"{name} {name.rsplit('/', 1)[-1].replace('_', ' ')}" for name in names}


def find_zones(query: str, limit: int = MAX_CHOICES) -> list[str]:
    """Zone names matching what a member typed, best first: "berlin" finds Europe/Berlin."""
    zones = _zones()
    text = query.strip().replace(" ", "_")
    if not text:
        return list(zones)[:limit]
    exact = [n for n in zones if n.lower() == text.lower()]
    hits = process.extract(query.strip(), zones, scorer=fuzz.WRatio, limit=limit, score_cutoff=60)
    ranked = exact + [name for _, _, name in hits if name not in exact]
    return ranked[: min(limit, MAX_CHOICES)]


def resolve_zone(text: str) -> str:
    """An IANA name as typed, or the one zone a city name stands for ("berlin" ->
    Europe/Berlin). Anything else raises UnknownZone, with suggestions."""
    name = text.strip()
    try:
        zone(name)
        return name
    except UnknownZone:
        pass
    wanted = name.lower().replace(" ", "_")
    cities = [z for z in _zones() if z.rsplit("/", 1)[-1].lower() == wanted]
    if len(cities) == 1:
        return cities[0]
    suggestions = ", ".join(find_zones(name, 3))
    hint = f" Did you mean {suggestions}?" if suggestions else ""
    raise UnknownZone(f"I don't know the time zone {name!r}.{hint}")
