"""Zone names: one parser for members, admins and the config, accepting only zones that load
on every host."""

from __future__ import annotations

import zoneinfo
from collections.abc import Iterator

import pytest

from bot.timezones import (
    UnknownZone,
    fixed_offset_note,
    known_zones,
    resolve_zone,
    zone,
)


@pytest.fixture
def no_system_zone_database() -> Iterator[None]:
    """A host with no /usr/share/zoneinfo: only the tzdata package can answer."""
    zoneinfo.reset_tzpath(to=[])
    try:
        yield
    finally:
        zoneinfo.reset_tzpath()


@pytest.mark.usefixtures("no_system_zone_database")
def test_every_accepted_zone_loads_without_a_system_zone_database() -> None:
    for name in known_zones():
        zoneinfo.ZoneInfo.no_cache(name)


@pytest.mark.parametrize("name", ["right/UTC", "posixrules", "localtime", "Factory"])
def test_names_only_a_system_zone_database_has_are_refused(name: str) -> None:
    with pytest.raises(UnknownZone, match="don't know the time zone"):
        resolve_zone(name)
    with pytest.raises(UnknownZone):
        zone(name)


@pytest.mark.parametrize("name", ["Europe", "europe", "America/Argentina", "Europe/"])
def test_a_region_folder_is_refused_with_a_city_in_it(name: str) -> None:
    with pytest.raises(UnknownZone, match=r"is a region, not a time zone\. Pick a city in it"):
        resolve_zone(name)


def test_a_very_long_name_is_refused_without_repeating_all_of_it() -> None:
    with pytest.raises(UnknownZone) as refused:
        resolve_zone("Europe/" + "x" * 300)
    assert len(str(refused.value)) < 200


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("berlin", "Europe/Berlin"),
        ("new york", "America/New_York"),
        ("New_York", "America/New_York"),
        ("europe/berlin", "Europe/Berlin"),
        ("  Asia/Tokyo ", "Asia/Tokyo"),
        ("EST", "EST"),
    ],
)
def test_a_city_or_a_name_in_any_case_resolves(typed: str, meant: str) -> None:
    assert resolve_zone(typed) == meant


def test_a_misspelt_city_suggests_the_city_not_an_unrelated_zone() -> None:
    with pytest.raises(UnknownZone, match="Did you mean Europe/Berlin"):
        resolve_zone("Berlinn")
    with pytest.raises(UnknownZone) as refused:
        resolve_zone("new")
    assert "Gaborone" not in str(refused.value)


@pytest.mark.parametrize(("name", "city"), [("EST", "America/New_York"), ("MST", "America/Denver")])
def test_a_fixed_offset_name_is_accepted_with_a_note_on_daylight_saving(
    name: str, city: str
) -> None:
    note = fixed_offset_note(resolve_zone(name))
    assert note is not None
    assert "no daylight saving" in note
    assert city in note


@pytest.mark.parametrize("name", ["Europe/Berlin", "Asia/Tokyo", "America/Phoenix", "EST5EDT"])
def test_a_zone_that_names_a_place_gets_no_note(name: str) -> None:
    assert fixed_offset_note(name) is None
