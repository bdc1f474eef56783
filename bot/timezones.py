"""Time zones: local dates and times at the edge, and finding a zone from what a member types.

Datetimes are UTC at rest; the member's zone is applied only here, with zoneinfo, so daylight
saving is the library's job and never "add 86,400 seconds".

Every zone name a member, an admin or the config gives passes through `zone` or `resolve_zone`,
so all of them accept and refuse the same names.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import cache
from importlib import resources
from zoneinfo import ZoneInfo

from rapidfuzz import fuzz, process, utils

from bot.errors import InputError

MAX_CHOICES = 25
# How much of a rejected name an error message repeats: enough to recognise, never a wall.
_ECHO = 40
# In the tzdata list but not a place anyone lives: its abbreviation is "-00".
_NOT_PLACES = frozenset({"Factory"})
# Cities whose clocks change in summer, offered instead of a fixed offset with the same
# standard time ("EST" -> America/New_York).
_SUMMER_TIME_CITIES = (
    "America/St_Johns",
    "America/Halifax",
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "America/Anchorage",
    "Europe/London",
    "Europe/Berlin",
    "Europe/Athens",
    "Australia/Adelaide",
    "Australia/Sydney",
    "Pacific/Auckland",
)


class UnknownZone(InputError):
    """A zone name we don't accept; the message says why and what to type instead."""


@cache
def known_zones() -> frozenset[str]:
    """The zone names we accept: those the bundled tzdata package ships.

    Not zoneinfo.available_timezones(), which adds whatever the host's own database holds
    (right/UTC, posixrules, localtime): a name stored from there fails to load on a host
    without it, and would stop every reminder in that zone. Checking the name against this
    list also means no member's text ever reaches the filesystem (a folder such as "Europe",
    a 300-character name).
    """
    listing = resources.files("tzdata").joinpath("zones").read_text(encoding="utf-8")
    return frozenset(listing.split()) - _NOT_PLACES


def zone(name: str) -> ZoneInfo:
    """The IANA zone called exactly `name`, or UnknownZone with a hint."""
    if name not in known_zones():
        raise UnknownZone(_unknown_message(name))
    return ZoneInfo(name)


def shown(name: str) -> str:
    """A rejected name as an error message repeats it: quoted, and cut if long."""
    return repr(name if len(name) <= _ECHO else name[:_ECHO] + "…")


def _unknown_message(name: str) -> str:
    region = name.strip().strip("/")
    inside = sorted(z for z in known_zones() if z.lower().startswith(region.lower() + "/"))
    if region and inside:
        return (
            f"{shown(name)} is a region, not a time zone. Pick a city in it, such as "
            f"{inside[0]}; start typing the city's name to search."
        )
    return (
        f"I don't know the time zone {shown(name)}. Use a name such as Europe/Berlin or "
        "America/New_York, or type your city and pick from the list."
    )


def local_date(instant: datetime, zone_name: str) -> date:
    """The member's calendar date at `instant`."""
    return instant.astimezone(zone(zone_name)).date()


@cache
def _zones() -> dict[str, str]:
    """Every zone we accept that names a place, keyed by a searchable label:
    "Europe/Berlin Berlin"."""
    names = sorted(n for n in known_zones() if "/" in n and not n.startswith(("Etc/", "SystemV/")))
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
    """The zone a member means: an IANA name in any case ("europe/berlin"), or the one zone a
    city stands for ("berlin", "new york"). Anything else raises UnknownZone, with suggestions.

    The one parser for every zone a member or an admin types (/timezone, channel reminders).
    """
    name = text.strip()
    if name in known_zones():
        return name
    wanted = name.lower().replace(" ", "_")
    same = [z for z in known_zones() if z.lower() == wanted]
    if len(same) == 1:
        return same[0]
    cities = [z for z in _zones() if z.rsplit("/", 1)[-1].lower() == wanted]
    if len(cities) == 1:
        return cities[0]
    message = _unknown_message(name)
    suggestions = _near_cities(name) if "is a region" not in message else []
    if suggestions:
        message = (
            f"I don't know the time zone {shown(name)}. Did you mean {', '.join(suggestions)}?"
        )
    raise UnknownZone(message)


def _near_cities(name: str) -> list[str]:
    """Zones whose city is spelt like `name` ("Berlinn" -> Europe/Berlin). Matched on the city
    alone: against the whole label, a short word like "new" scores high on any long name."""
    if len(name) > 100:
        return []
    cities = {z: z.rsplit("/", 1)[-1].replace("_", " ") for z in _zones()}
    hits = process.extract(
        name, cities, scorer=fuzz.WRatio, processor=utils.default_process, limit=3, score_cutoff=75
    )
    return [zone_name for _, _, zone_name in hits]


def fixed_offset_note(name: str) -> str | None:
    """What to tell a member who picked a bare offset (EST, Etc/GMT+5, UTC): it never moves for
    summer time, so their reminders would come an hour off for half the year if they live
    somewhere whose clocks change. None for a zone that names a place."""
    abbreviation = "/" not in name and name.upper() == name
    if not (abbreviation or name.startswith("Etc/")) or name not in known_zones():
        return None
    offsets = _offsets(name)
    if len(set(offsets)) != 1:
        return None
    offset = offsets[0]
    cities = [c for c in _SUMMER_TIME_CITIES if min(_offsets(c)) == offset]
    example = f"such as {' or '.join(cities[:2])}" if cities else "found by typing the city"
    return (
        f"{name} stays at {_utc_offset(offset)} all year: it has no daylight saving. "
        f"Where clocks change in summer, use the city's zone instead, {example}."
    )


@cache
def _offsets(name: str) -> tuple[timedelta, timedelta]:
    """The zone's offset in January and in July: equal all year unless it has summer time."""
    info = ZoneInfo(name)
    # A fixed year: the answer must not change with the day the bot is asked.
    january, july = (
        datetime(2025, month, 1, 12, tzinfo=info).utcoffset() or timedelta(0) for month in (1, 7)
    )
    return january, july


def _utc_offset(offset: timedelta) -> str:
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"
