"""What triage can recognise: four levels of care, and each warning sign's plain words and source.

Levels follow the NHS's own split (999, 111 or a same-day GP, a routine GP appointment) plus
`INFO`, for a question *about* signs, which gets the signs and when to call rather than "call now".
Every sign names its guidance page: a member told to get help is shown why.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, IntEnum

from bot.questions.kb import Source


class Level(IntEnum):
    """How soon to get care, in increasing urgency; the value orders them."""

    INFO = 0
    SEE_GP = 1
    SAME_DAY = 2
    EMERGENCY = 3

    @property
    def label(self) -> str:
        """The name `ask --json` and the benchmarks use: emergency, same_day, see_gp, info."""
        return self.name.lower()

    @property
    def urgent(self) -> bool:
        return self >= Level.SAME_DAY


class Category(Enum):
    """The groups of warning signs in the guidance; values match the benchmark's labels."""

    CHEST_PAIN = "chest_pain"
    BREATHLESS = "breathless"
    PE = "pe"
    DVT = "dvt"
    SYNCOPE = "syncope"
    ARRHYTHMIA = "arrhythmia"
    STROKE = "stroke"
    HF_WORSENING = "hf_worsening"
    RHABDO = "rhabdo"
    COMPARTMENT = "compartment"
    LIMB_ISCHAEMIA = "limb_ischaemia"
    CLAUDICATION = "claudication"
    BLEEDING_VEIN = "bleeding_vein"
    PREECLAMPSIA = "preeclampsia"
    HEAT = "heat"
    SEPSIS = "sepsis"
    BLOOD_PRESSURE = "blood_pressure"
    OTHER = "other"


@dataclass(frozen=True)
class Guide:
    """One category in plain words: what it is called, what it can mean, where that is written,
    and the knowledge-base entry that explains its signs to someone who asks about them."""

    category: Category
    # Named to the member: "We noticed: possible signs of a heart attack."
    name: str
    meaning: str
    sources: tuple[Source, ...]
    entry_id: str
    # Who to call, and how soon, when a same-day sign's own guidance names someone other than a
    # GP or says not to wait the day: the reply shows it in place of the general advice.
    same_day_contact: str | None = None
    # The reply's title and its "call the emergency number if..." line for such a sign, when the
    # general ones (chest pain, fainting) would not fit it; "{call}" stands for the number.
    same_day_title: str | None = None
    same_day_worse: str | None = None
    # What to do at the see-a-GP level when the general "don't train through it" would be wrong
    # advice (low mood, which activity helps); "{call}" stands for the emergency number.
    see_gp_advice: str | None = None
    # Signs whose help is given even to a question about them: someone asking how to tell that
    # a friend is suicidal may be asking about a friend, or about themselves.
    help_even_when_asked: bool = False


def _web(title: str, publisher: str, url: str) -> Source:
    return Source(
        title=title,
        authors=publisher,
        year=2026,
        evidence="health service guidance (web page, read 2026)",
        url=url,
    )


_NHS = "https://www.nhs.uk/conditions/"
AHA_HEART_ATTACK = _web(
    "Warning Signs of a Heart Attack",
    "American Heart Association",
    "https://www.heart.org/en/health-topics/heart-attack/warning-signs-of-a-heart-attack",
)
NHS_HEART_ATTACK = _web("Heart attack", "NHS", _NHS + "heart-attack/")
NHS_ANGINA = _web("Angina", "NHS", _NHS + "angina/")
NHS_BREATH = _web("Shortness of breath", "NHS", _NHS + "shortness-of-breath/")
NHS_PE = _web("Pulmonary embolism", "NHS", _NHS + "pulmonary-embolism/")
NHS_DVT = _web("Deep vein thrombosis (DVT)", "NHS", _NHS + "deep-vein-thrombosis-dvt/")
NHS_FAINTING = _web("Fainting", "NHS", _NHS + "fainting/")
NHS_PALPITATIONS = _web("Heart palpitations", "NHS", _NHS + "heart-palpitations/")
NHS_STROKE = _web("Stroke: symptoms", "NHS", _NHS + "stroke/symptoms/")
NHS_TIA = _web("Transient ischaemic attack (TIA)", "NHS", _NHS + "transient-ischaemic-attack-tia/")
NHS_HEART_FAILURE = _web("Heart failure: symptoms", "NHS", _NHS + "heart-failure/symptoms/")
NHS_COMPARTMENT = _web("Compartment syndrome", "NHS", _NHS + "compartment-syndrome/")
NHS_PAD = _web(
    "Peripheral arterial disease (PAD)", "NHS", _NHS + "peripheral-arterial-disease-pad/"
)
NHS_BLOOD_PRESSURE = _web(
    "High blood pressure (hypertension)", "NHS", _NHS + "high-blood-pressure-hypertension/"
)
NHS_VARICOSE = _web("Varicose veins", "NHS", _NHS + "varicose-veins/")
NHS_PREECLAMPSIA = _web("Pre-eclampsia", "NHS", _NHS + "pre-eclampsia/")
NHS_HEAT = _web("Heat exhaustion and heatstroke", "NHS", _NHS + "heat-exhaustion-heatstroke/")
NHS_SEPSIS = _web("Sepsis", "NHS", _NHS + "sepsis/")
# For a sign with no category and no page of its own: which service to call, and when.
WMAS_999_OR_111 = _web(
    "Should I ring 999 or 111?",
    "West Midlands Ambulance Service NHS Foundation Trust",
    "https://wmas.nhs.uk/999-or-111/",
)
NICE_VARICOSE = Source(
    title="Varicose veins: diagnosis and management (CG168)",
    authors="National Institute for Health and Care Excellence",
    year=2013,
    evidence="clinical guideline",
    url="https://www.nice.org.uk/guidance/cg168",
)
# The CDC's page for people who work hard in heat: with signs of rhabdo, stop, drink water and
# seek care at once. Dark urine with severe muscle pain or weakness is therefore an emergency here.
CDC_RHABDO = _web(
    "Rhabdomyolysis",
    "CDC, National Institute for Occupational Safety and Health",
    "https://www.cdc.gov/niosh/topics/rhabdo/default.html",
)
MAYO_RHABDO = _web(
    "Rhabdomyolysis (definition)",
    "Mayo Clinic",
    "https://middlesexhealth.org/learning-center/definitions/rhabdomyolysis",
)

GUIDES: dict[Category, Guide] = {
    g.category: g
    for g in (
        Guide(
            Category.CHEST_PAIN,
            "possible signs of a heart attack or angina",
            "Chest pain, pressure or tightness, or pain spreading to the arm, jaw, neck, back or "
            "stomach, especially with sweating, sickness or breathlessness, can be a heart attack, "
            'even without the word "pain" and even if it eases.',
            (NHS_HEART_ATTACK, AHA_HEART_ATTACK, NHS_ANGINA),
            "heart-attack-signs",
        ),
        Guide(
            Category.BREATHLESS,
            "breathlessness that needs checking",
            "Sudden or severe shortness of breath can be a heart or lung emergency; breathlessness "
            "that came on recently or keeps getting worse needs a doctor.",
            (NHS_BREATH,),
            "when-to-stop-exercising",
        ),
        Guide(
            Category.PE,
            "possible signs of a blood clot in the lungs",
            "Sudden breathlessness, chest or upper-back pain that is worse when you breathe in, or "
            "coughing up blood, especially after a swollen leg, surgery or a long journey, can be "
            "a pulmonary embolism.",
            (NHS_PE, NHS_DVT),
            "pulmonary-embolism-signs",
        ),
        Guide(
            Category.DVT,
            "possible signs of a blood clot in a leg (DVT)",
            "One leg (usually the calf) that is swollen, painful, warm, red or darker, especially "
            "after a flight, surgery, a plaster cast, pregnancy or on the pill, can be a DVT. "
            "Don't massage it or exercise it to get the blood moving.",
            (NHS_DVT,),
            "dvt-signs",
        ),
        Guide(
            Category.SYNCOPE,
            "fainting or nearly fainting",
            "Fainting or nearly fainting during or just after exercise, with chest pain or a "
            "pounding heart, or while lying down, can be a sign of a heart problem.",
            (NHS_FAINTING,),
            "fainting-during-exercise",
        ),
        Guide(
            Category.ARRHYTHMIA,
            "a racing or irregular heartbeat",
            "A racing, pounding or irregular heartbeat with chest pain, breathlessness, dizziness "
            "or fainting can be a dangerous heart rhythm; one that won't settle or keeps coming "
            "back should be checked.",
            (NHS_PALPITATIONS,),
            "palpitations-warning-signs",
        ),
        Guide(
            Category.STROKE,
            "possible signs of a stroke",
            "A drooping face, a weak or numb arm, slurred speech, sudden loss of vision or a "
            "sudden, very bad headache can be a stroke, even if it passes (a TIA): every minute "
            "counts.",
            (NHS_STROKE, NHS_TIA),
            "stroke-signs",
        ),
        Guide(
            Category.HF_WORSENING,
            "heart failure that may be getting worse",
            "With heart failure, a quick weight gain (about 2 kg in 2 to 3 days), more swelling, "
            "or breathlessness lying flat or at night means your team should know today.",
            (NHS_HEART_FAILURE,),
            "heart-failure-warning-signs",
        ),
        Guide(
            Category.RHABDO,
            "muscle pain that isn't normal soreness",
            "Severe muscle pain or weakness with dark, cola-coloured urine (or very little urine) "
            "after hard exercise can be rhabdomyolysis, which can harm the kidneys: it needs to be "
            "seen straight away.",
            (CDC_RHABDO, MAYO_RHABDO),
            "rhabdomyolysis-signs",
        ),
        Guide(
            Category.COMPARTMENT,
            "possible compartment syndrome",
            "Sudden, severe pain in a tight, swollen limb, with numbness or pins and needles, "
            "needs emergency care; pain that comes on at the same point in every session and "
            "eases with rest should be seen by a GP.",
            (NHS_COMPARTMENT,),
            "compartment-syndrome-signs",
        ),
        Guide(
            Category.LIMB_ISCHAEMIA,
            "a leg or foot losing its blood supply",
            "A leg or foot that suddenly turns cold, pale or blue, numb, weak or painful can mean "
            "an artery is blocked.",
            (NHS_PAD,),
            "limb-ischaemia-signs",
        ),
        Guide(
            Category.CLAUDICATION,
            "leg pain when walking that eases with rest",
            "Calf, thigh or buttock pain that comes on when you walk and goes when you stop can be "
            "peripheral arterial disease; a GP can check it.",
            (NHS_PAD,),
            "peripheral-artery-disease",
        ),
        Guide(
            Category.BLOOD_PRESSURE,
            "blood pressure readings above the healthy range",
            "Readings of 140/90 or more at a pharmacy or surgery, or an average of 135/85 or more "
            "at home, count as high blood pressure; it rarely causes symptoms, so a GP should "
            "check it.",
            (NHS_BLOOD_PRESSURE,),
            "exercise-with-high-blood-pressure",
        ),
        Guide(
            Category.BLEEDING_VEIN,
            "a bleeding varicose vein",
            "A varicose vein that bleeds needs care straight away: lie down, raise the leg and "
            "press firmly on it.",
            (NICE_VARICOSE, NHS_VARICOSE),
            "varicose-veins-when-to-get-help",
        ),
        Guide(
            Category.PREECLAMPSIA,
            "possible signs of pre-eclampsia",
            "In the second half of pregnancy or just after birth, a bad headache, problems with "
            "vision, pain below the ribs or sudden swelling of the face, hands or feet need a "
            "midwife or doctor straight away.",
            (NHS_PREECLAMPSIA,),
            "pre-eclampsia-signs",
            # The NHS: any of these signs, advice immediately from the midwife, GP surgery or 111.
            same_day_contact=(
                "**Stop exercising** and get medical advice **now, not later today**: call your "
                "midwife or maternity unit, your GP surgery, or NHS 111 in the UK."
            ),
        ),
        Guide(
            Category.HEAT,
            "possible heatstroke",
            "Feeling unwell in the heat that isn't better after 30 minutes of cooling, confusion, "
            "hot skin that has stopped sweating, a fit or collapse can be heatstroke.",
            (NHS_HEAT,),
            "heat-illness-signs",
        ),
        Guide(
            Category.SEPSIS,
            "possible signs of sepsis",
            "An infection (a cut, blister or ulcer that went red, a fever) with confusion, "
            "blotchy, blue or pale skin or lips, a rash that doesn't fade under a glass, very "
            "fast breathing or no urine all day can be sepsis, which needs emergency care.",
            (NHS_SEPSIS,),
            "when-to-stop-exercising",
        ),
        Guide(
            Category.OTHER,
            "a symptom that needs checking",
            "Some symptoms during or after exercise need a doctor before you train again.",
            (WMAS_999_OR_111,),
            "when-to-stop-exercising",
        ),
    )
}
