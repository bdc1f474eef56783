"""The warning-sign rules: each is a combination of concepts, in the member's own words.

Concepts are word lists written from the guidance pages (NHS, NHS inform, AHA, NICE): what a sign
is called, how people describe it without naming it ("like a weight on my chest", "can't get a
full breath", "leg went white and cold"), and the context that changes its level (during
exercise, at rest, after a flight, in pregnancy). A rule returns the level it supports; the
highest level found is the reply's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.questions.triage.rules.general import (
    allergic_reaction,
    ankles_swelling_in_pregnancy,
    asks_for_a_check,
    diabetes_signs,
    fainting,
    headaches_in_pregnancy,
    lasting_complaint,
    other_signs,
    preeclampsia,
    sepsis,
    stroke,
)
from bot.questions.triage.rules.heart import (
    ankles_swelling_and_breathless,
    arrhythmia,
    blood_pressure,
    breathlessness,
    chest_pain,
    heart_failure,
)
from bot.questions.triage.rules.legs import (
    bleeding_vein,
    claudication,
    compartment_syndrome,
    dvt,
    leg_ulcer,
    limb_ischaemia,
    lump_behind_the_knee,
    poor_circulation_signs,
    pulmonary_embolism,
    rhabdomyolysis,
)
from bot.questions.triage.rules.mental_health import low_mood_for_weeks, thoughts_of_suicide
from bot.questions.triage.rules.situations import (
    after_birth,
    after_diving,
    after_long_race,
    after_treatment,
    alcohol_withdrawal,
    animal_bite,
    appendicitis,
    baby_moving_less,
    black_stool,
    bleeding_from_the_bottom,
    bleeding_in_pregnancy,
    bleeding_more_on_a_thinner,
    cannot_bear_weight,
    carbon_monoxide,
    cauda_equina,
    dehydrated,
    dehydrated_baby,
    dental_abscess,
    dialysis_access_bleeding,
    dysreflexia,
    ectopic_pregnancy,
    fever_after_travel,
    floaters_or_flashes,
    frostbite,
    head_injury,
    headache_after_a_spinal_needle,
    heat_illness,
    heat_on_a_medicine,
    heavy_bleeding,
    hernia,
    high_ck,
    high_potassium,
    hip_broken_in_a_fall,
    hives_that_keep_coming_back,
    hot_swollen_joint,
    icd_shock,
    jaundice,
    joint_out,
    leaking_urine,
    left_before_results,
    limb_cold_after_a_catheter,
    little_urine_and_swelling,
    little_urine_despite_drinking,
    losing_salts,
    low_oxygen,
    lump_that_stays,
    lung_flare,
    migraine_aura_on_the_pill,
    nosebleed,
    on_blood_thinners,
    on_clozapine,
    on_lithium,
    on_methotrexate,
    out_of_shape_after_injury,
    paracetamol_twice_over,
    poisoned_by_a_fat_burner,
    possible_broken_bone,
    pressure_sore,
    priapism,
    pulsing_lump,
    serious_burn,
    shingles,
    sickle_crisis,
    snake_bite,
    statin_aches,
    sunburn,
    swelling_after_an_operation,
    swollen_and_dry_after_race,
    tendon_or_knee_injury,
    testicle_lump,
    testicle_pain,
    told_to_be_seen_today,
    too_much_stimulant,
    toxic_shock,
    unexplained_bleeding,
    weight_lost_untried,
    young_baby_fever,
)
from bot.questions.triage.signs import GUIDES, Category, Guide, Level
from bot.questions.triage.situation_guides import SITUATION_GUIDES
from bot.questions.triage.text import Message, words


@dataclass(frozen=True)
class Finding:
    category: Category
    level: Level
    # What the member is told was seen, and where the advice is written: the category's guide,
    # or for a sign with no category of its own, the guide of the rule that read it.
    guide: Guide


Rule = Callable[[Message], Level | None]


RULES: tuple[tuple[Category, Rule], ...] = (
    (Category.CHEST_PAIN, chest_pain),
    (Category.BREATHLESS, breathlessness),
    (Category.BREATHLESS, ankles_swelling_and_breathless),
    (Category.PE, pulmonary_embolism),
    (Category.DVT, dvt),
    (Category.SYNCOPE, fainting),
    (Category.ARRHYTHMIA, arrhythmia),
    (Category.STROKE, stroke),
    (Category.HF_WORSENING, heart_failure),
    (Category.RHABDO, rhabdomyolysis),
    (Category.COMPARTMENT, compartment_syndrome),
    (Category.LIMB_ISCHAEMIA, limb_ischaemia),
    (Category.CLAUDICATION, claudication),
    (Category.CLAUDICATION, poor_circulation_signs),
    (Category.OTHER, lump_behind_the_knee),
    (Category.BLEEDING_VEIN, bleeding_vein),
    (Category.BLEEDING_VEIN, leg_ulcer),
    (Category.PREECLAMPSIA, preeclampsia),
    (Category.PREECLAMPSIA, ankles_swelling_in_pregnancy),
    (Category.PREECLAMPSIA, headaches_in_pregnancy),
    (Category.HEAT, heat_illness),
    (Category.HEAT, heat_on_a_medicine),
    (Category.SEPSIS, sepsis),
    (Category.BLOOD_PRESSURE, blood_pressure),
    (Category.OTHER, other_signs),
    (Category.OTHER, allergic_reaction),
    (Category.OTHER, diabetes_signs),
    (Category.OTHER, lasting_complaint),
    (Category.OTHER, after_diving),
    (Category.OTHER, serious_burn),
    (Category.OTHER, sunburn),
    (Category.OTHER, on_blood_thinners),
    (Category.OTHER, black_stool),
    (Category.OTHER, bleeding_from_the_bottom),
    (Category.OTHER, bleeding_more_on_a_thinner),
    (Category.OTHER, sickle_crisis),
    (Category.OTHER, joint_out),
    (Category.OTHER, after_long_race),
    (Category.OTHER, swollen_and_dry_after_race),
    (Category.OTHER, dehydrated),
    (Category.OTHER, dysreflexia),
    (Category.BREATHLESS, low_oxygen),
    (Category.OTHER, pressure_sore),
    (Category.OTHER, after_birth),
    (Category.OTHER, after_treatment),
    (Category.OTHER, statin_aches),
    (Category.OTHER, high_ck),
    (Category.OTHER, little_urine_despite_drinking),
    (Category.OTHER, little_urine_and_swelling),
    (Category.OTHER, told_to_be_seen_today),
    (Category.OTHER, high_potassium),
    (Category.OTHER, left_before_results),
    (Category.OTHER, pulsing_lump),
    (Category.OTHER, unexplained_bleeding),
    (Category.OTHER, cauda_equina),
    (Category.OTHER, snake_bite),
    (Category.OTHER, animal_bite),
    (Category.OTHER, lung_flare),
    (Category.OTHER, icd_shock),
    (Category.OTHER, priapism),
    (Category.OTHER, testicle_pain),
    (Category.OTHER, testicle_lump),
    (Category.OTHER, lump_that_stays),
    (Category.OTHER, hernia),
    (Category.OTHER, hives_that_keep_coming_back),
    (Category.OTHER, floaters_or_flashes),
    (Category.OTHER, frostbite),
    (Category.OTHER, carbon_monoxide),
    (Category.OTHER, toxic_shock),
    (Category.OTHER, appendicitis),
    (Category.OTHER, dental_abscess),
    (Category.OTHER, dehydrated_baby),
    (Category.OTHER, ectopic_pregnancy),
    (Category.OTHER, head_injury),
    (Category.OTHER, tendon_or_knee_injury),
    (Category.OTHER, on_methotrexate),
    (Category.OTHER, on_clozapine),
    (Category.OTHER, on_lithium),
    (Category.OTHER, losing_salts),
    (Category.OTHER, fever_after_travel),
    (Category.OTHER, shingles),
    (Category.OTHER, baby_moving_less),
    (Category.OTHER, bleeding_in_pregnancy),
    (Category.OTHER, headache_after_a_spinal_needle),
    (Category.OTHER, nosebleed),
    (Category.OTHER, heavy_bleeding),
    (Category.OTHER, dialysis_access_bleeding),
    (Category.OTHER, alcohol_withdrawal),
    (Category.OTHER, jaundice),
    (Category.OTHER, swelling_after_an_operation),
    (Category.OTHER, poisoned_by_a_fat_burner),
    (Category.OTHER, too_much_stimulant),
    (Category.OTHER, paracetamol_twice_over),
    (Category.OTHER, hot_swollen_joint),
    (Category.OTHER, thoughts_of_suicide),
    (Category.OTHER, low_mood_for_weeks),
    (Category.OTHER, young_baby_fever),
    (Category.OTHER, cannot_bear_weight),
    (Category.OTHER, hip_broken_in_a_fall),
    (Category.LIMB_ISCHAEMIA, limb_cold_after_a_catheter),
    (Category.OTHER, out_of_shape_after_injury),
    (Category.OTHER, weight_lost_untried),
    (Category.OTHER, leaking_urine),
    (Category.OTHER, migraine_aura_on_the_pill),
    (Category.OTHER, possible_broken_bone),
    (Category.OTHER, asks_for_a_check),
)


# Topic words: what a question *about* signs names, so an info reply can point to the right guide.
TOPICS: tuple[tuple[Category, re.Pattern[str]], ...] = (
    (Category.CHEST_PAIN, words(r"heart attacks?", "angina", "chest pain", r"cardiac arrest")),
    (Category.STROKE, words(r"strokes?", r"tia", r"mini ?strokes?")),
    (Category.PE, words(r"pulmonary embolism", r"clots? (?:in|to) (?:the|your|my) lungs?", "pe")),
    (Category.DVT, words(r"dvt", r"blood clots?", r"clots?", "deep vein thrombosis")),
    (Category.SYNCOPE, words(r"faint\w*", r"pass(?:ing)? out", r"black(?:ing)? out")),
    # Not "heart rate": questions about it are about zones and fitness, not rhythm.
    (Category.ARRHYTHMIA, words(r"palpitations?", r"irregular heart\w*", r"afib")),
    (Category.HF_WORSENING, words(r"heart failure")),
    (Category.RHABDO, words(r"rhabdo\w*")),
    (Category.COMPARTMENT, words(r"compartment syndrome")),
    (Category.LIMB_ISCHAEMIA, words(r"isch(?:a)?emia", r"blocked arter\w*")),
    (Category.CLAUDICATION, words(r"claudication", r"pad", r"peripheral arter\w*")),
    (Category.BLEEDING_VEIN, words(r"varicose")),
    (Category.PREECLAMPSIA, words(r"pre ?eclampsia")),
    (Category.HEAT, words(r"heat ?stroke", r"heat exhaustion")),
    (Category.SEPSIS, words(r"sepsis", r"septic\w*", r"blood poisoning")),
    (Category.BREATHLESS, words(r"short(?:ness)? of breath", r"breathless\w*")),
)


def findings(message: Message) -> list[Finding]:
    """Every warning sign the rules see in `message`, with the level each supports."""
    found = []
    for category, rule in RULES:
        level = rule(message)
        if level is not None:
            guide = SITUATION_GUIDES.get(rule.__name__, GUIDES[category])
            found.append(Finding(category, level, guide))
    # Seen and called expected, nothing new since: only an emergency overrides the review.
    if message.reassured:
        return [finding for finding in found if finding.level is Level.EMERGENCY]
    return found


def topics(message: Message) -> list[Category]:
    """The categories a message names, live or not (for a question about signs)."""
    return [category for category, pattern in TOPICS if message.mentioned(pattern)]
