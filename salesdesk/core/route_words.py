"""What the day's route says about a visit, in words: on screen and on the printed route page.

The checks are ``core.route``'s; these functions only word them, in the rep's language
(context "Route"), with times written by the caller's ``RouteWords`` (the screen's locale, or
a printed document's ``Formats``).
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from salesdesk.core.i18n import translate
from salesdesk.core.labels import ACTIVITY_TEXT
from salesdesk.core.route import Arrival, Measure, Stop, TravelRules


class RouteWords(Protocol):
    """How times are written."""

    def time(self, moment: datetime) -> str:
        """Return the local time of day."""


_CONTEXT = "Route"


def _minutes(minutes: int) -> str:
    return translate(_CONTEXT, "%1 min", minutes)


def _way(arrival: Arrival, city: str | None) -> str:
    """Return how far the way from the visit before is ("12 km, about 15 min")."""
    way = arrival.travel
    assert way is not None
    took = _minutes(way.minutes)
    if way.measure is Measure.DISTANCE:
        kilometres = way.distance_km or 0.0
        if kilometres < 0.1:
            return translate(_CONTEXT, "at the same address")
        if kilometres < 1:
            return translate(_CONTEXT, "under 1 km, about %1", took)
        return translate(_CONTEXT, "%1 km, about %2", round(kilometres), took)
    if way.measure is Measure.SAME_CITY:
        return translate(_CONTEXT, "within %1, about %2", arrival.previous.city, took)
    return translate(_CONTEXT, "%1 to %2, about %3", arrival.previous.city, city, took)


def arrival_note(arrival: Arrival | None, city: str | None, words: RouteWords) -> str:
    """Return how a visit (in ``city``) follows the one before: the gap, the way, or a problem."""
    if arrival is None:
        return ""
    gap = _minutes(arrival.gap_minutes)
    if arrival.gap_minutes < 0:
        return translate(_CONTEXT, "Starts before the visit before ends")
    if arrival.too_far:
        return translate(
            _CONTEXT,
            "Only %1 after the visit before, but the way takes longer: %2",
            gap,
            _way(arrival, city),
        )
    if arrival.travel is None:
        return translate(_CONTEXT, "%1 after the visit before", gap)
    return translate(_CONTEXT, "%1 after the visit before · %2", gap, _way(arrival, city))


def overlap_note(other: Stop, words: RouteWords) -> str:
    """Return what an appointment overlaps ("Overlaps: Call · Ana Díaz · 1:15 PM")."""
    kind = translate("Labels", ACTIVITY_TEXT[other.kind])
    return translate(
        _CONTEXT, "Overlaps: %1 · %2 · %3", kind, other.customer, words.time(other.starts_at)
    )


def rules_note(rules: TravelRules, words: RouteWords) -> str:
    """Return the travel times the route is checked with."""
    return translate(
        _CONTEXT,
        "Travel %1 between cities, %2 within one, %3 km/h with coordinates",
        _minutes(rules.between_cities),
        _minutes(rules.same_city),
        rules.speed_kmh,
    )


def arrival_brief(arrival: Arrival | None, words: RouteWords) -> str:
    """Return the arrival in a few words, for a list column ("45 min gap · 12 km")."""
    if arrival is None:
        return ""
    if arrival.gap_minutes < 0:
        return translate(_CONTEXT, "starts before the visit before ends")
    way = arrival.travel
    if arrival.too_far and way is not None:
        return translate(
            _CONTEXT, "%1 min gap, the way takes %2 min", arrival.gap_minutes, way.minutes
        )
    gap = translate(_CONTEXT, "%1 min gap", arrival.gap_minutes)
    if way is None:
        return gap
    if way.measure is Measure.DISTANCE:
        return translate(_CONTEXT, "%1 · %2 km", gap, round(way.distance_km or 0))
    if way.measure is Measure.SAME_CITY:
        return translate(_CONTEXT, "%1 · same city", gap)
    return translate(_CONTEXT, "%1 · from %2", gap, arrival.previous.city)


def overlap_brief(other: Stop, words: RouteWords) -> str:
    """Return what an appointment overlaps in a few words ("overlaps Call 1:15 PM")."""
    kind = translate("Labels", ACTIVITY_TEXT[other.kind])
    return translate(_CONTEXT, "overlaps %1 %2", kind, words.time(other.starts_at))
