"""Rules for signs that belong to a situation rather than to one organ: after a dive, burns,
blood thinners, sickle cell, long races, dehydration, a joint that stays out, after a birth or a
treatment, statins, a blood test and the kidneys."""

from __future__ import annotations

import re

from bot.questions.triage.signs import Level
from bot.questions.triage.text import Message
from bot.questions.triage.vocabulary.conditions import DARK_URINE, LITTLE_URINE
from bot.questions.triage.vocabulary.infection import FEVER
from bot.questions.triage.vocabulary.other import LITTLE_FLUID_OUT
from bot.questions.triage.vocabulary.situations import (
    AFTER_BIRTH,
    AFTER_TREATMENT,
    ANTICOAGULANT,
    BARELY_DRINKING,
    BLACK_STOOL,
    BLEEDING_AGAIN,
    BLEEDING_ALARM,
    BLISTERED,
    BURN,
    DIVE_NERVES,
    DIVE_SKIN_JOINTS,
    DIVED,
    DRANK_LOTS,
    DRINKING_PLENTY,
    DYSREFLEXIA,
    HARD_TO_STOP,
    HEAD_KNOCK,
    HIGH_CK,
    JOINT_STILL_OUT,
    LINGERING,
    LONG_EVENT,
    MUSCLE_ACHE,
    OXIMETER,
    PAINKILLERS_FAILING,
    PRESSURE_SORE,
    RUNS_OR_SICK,
    SERIOUS_BURN,
    SETTLED,
    SICKLE,
    SODIUM_ALARM,
    SODIUM_SIGNS,
    SORE_OPEN,
    SPINAL_INJURY,
    STATIN,
    SUN,
)


def after_diving(m: Message) -> Level | None:
    """Decompression illness: nerve or lung signs after a dive, 999; joints or skin, today."""
    if not m.mentioned(DIVED):
        return None
    if m.has(DIVE_NERVES):
        return Level.EMERGENCY
    if m.has(DIVE_SKIN_JOINTS):
        return Level.SAME_DAY
    return None


def serious_burn(m: Message) -> Level | None:
    """A burn for A&E (not 999): larger than a hand, or the skin white or charred."""
    if m.has(BURN) and m.has(SERIOUS_BURN) and not m.mentioned(SUN):
        return Level.SAME_DAY
    return None


def sunburn(m: Message) -> Level | None:
    """NHS: sunburn that blisters, with a temperature or shivers, needs 111."""
    if m.mentioned(SUN) and m.has(BLISTERED) and m.has(FEVER):
        return Level.SAME_DAY
    return None


def on_blood_thinners(m: Message) -> Level | None:
    """A knock to the head, or bleeding hard to stop, on a blood thinner: advice today."""
    if m.mentioned(ANTICOAGULANT) and (m.has(HEAD_KNOCK) or m.has(HARD_TO_STOP)):
        return Level.SAME_DAY
    return None


def black_stool(m: Message) -> Level | None:
    """Black, tarry stools can be bleeding in the gut, on a blood thinner or not: today."""
    return Level.SAME_DAY if m.has(BLACK_STOOL) else None


def sickle_crisis(m: Message) -> Level | None:
    """A sickle cell crisis that home painkillers don't touch: the haematology team today."""
    if m.mentioned(SICKLE) and m.has(PAINKILLERS_FAILING):
        return Level.SAME_DAY
    return None


def joint_out(m: Message) -> Level | None:
    return Level.SAME_DAY if m.has(JOINT_STILL_OUT) else None


def after_long_race(m: Message) -> Level | None:
    """Too much water in a long race: swelling, headache, sickness; worse with confusion."""
    if not (m.mentioned(LONG_EVENT) and m.mentioned(DRANK_LOTS)):
        return None
    if m.has(SODIUM_ALARM):
        return Level.EMERGENCY
    return Level.SAME_DAY if m.has(SODIUM_SIGNS) else None


def dehydrated(m: Message) -> Level | None:
    """A stomach upset, hardly drinking, and dark or little urine: advice today."""
    little_out = m.has(DARK_URINE) or m.has(LITTLE_FLUID_OUT)
    if m.has(RUNS_OR_SICK) and m.has(BARELY_DRINKING) and little_out:
        return Level.SAME_DAY
    return None


def dysreflexia(m: Message) -> Level | None:
    if not (m.mentioned(SPINAL_INJURY) and m.has(DYSREFLEXIA)):
        return None
    return Level.SAME_DAY if m.has(SETTLED) else Level.EMERGENCY


_PERCENT = re.compile(r"\b([6-9]\d)(?: ?%| per ?cent| percent)")


def low_oxygen(m: Message) -> Level | None:
    """A pulse oximeter's reading: the lowest percentage said beside one."""
    if not m.mentioned(OXIMETER):
        return None
    readings = [int(n) for n in _PERCENT.findall(m.raw.lower())]
    if not readings:
        return None
    if min(readings) <= 92:
        return Level.EMERGENCY
    return Level.SAME_DAY if min(readings) <= 94 else None


def pressure_sore(m: Message) -> Level | None:
    if not m.has(PRESSURE_SORE):
        return None
    return Level.SAME_DAY if m.has(SORE_OPEN) else Level.SEE_GP


def after_birth(m: Message) -> Level | None:
    """Bleeding that gets heavier again after a birth: today; with faintness or soaking a pad
    an hour, 999."""
    if not (m.mentioned(AFTER_BIRTH) and m.has(BLEEDING_AGAIN)):
        return None
    return Level.EMERGENCY if m.has(BLEEDING_ALARM) else Level.SAME_DAY


def after_treatment(m: Message) -> Level | None:
    """Something lingering or growing since an operation, a stay in hospital, chemotherapy or a
    birth: the GP or the team should see it, not a training plan."""
    if m.mentioned(AFTER_TREATMENT) and m.has(LINGERING):
        return Level.SEE_GP
    return None


def statin_aches(m: Message) -> Level | None:
    return Level.SEE_GP if m.mentioned(STATIN) and m.has(MUSCLE_ACHE) else None


def high_ck(m: Message) -> Level | None:
    return Level.SEE_GP if m.has(HIGH_CK) else None


def little_urine_despite_drinking(m: Message) -> Level | None:
    """Hardly passing urine while drinking plenty: the kidneys may be struggling, so today."""
    little = m.has(LITTLE_URINE) or m.has(LITTLE_FLUID_OUT)
    return Level.SAME_DAY if little and m.mentioned(DRINKING_PLENTY) else None
