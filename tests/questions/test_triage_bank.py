"""The symptom bank: the second signal beside the rules, with the same model as retrieval."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.questions import engines
from bot.questions.semantic import Encoder, ModelUnavailable
from bot.questions.text import normalise
from bot.questions.triage import Category, Level, Triage, check
from bot.questions.triage.bank import SHIPPED_FOLDER, SymptomBank, load_bank


@pytest.fixture(scope="module")
def bank() -> SymptomBank:
    return SymptomBank(Encoder())


def test_the_shipped_vectors_match_the_bank_as_it_is(bank: SymptomBank) -> None:
    encoder = Encoder()
    shipped = SHIPPED_FOLDER / f"{bank.key}-{encoder.model_id}.npy"
    assert shipped.is_file(), (
        "bank/*.yaml changed: run `python -m bot.questions.triage.bank` to re-embed it"
    )
    fresh = encoder.encode([normalise(bank.examples[0].text)])[0]
    assert float(bank.vectors[0] @ fresh) > 0.999


def test_every_bank_example_has_a_known_category_and_level() -> None:
    examples = load_bank()
    assert len(examples) >= 600
    names = {c.value for c in Category} | {"none"}
    assert {e.category for e in examples} <= names
    assert {e.level for e in examples} == {-1, 0, 1, 2, 3}


def test_the_bank_catches_a_sign_the_rules_have_no_words_for(bank: SymptomBank) -> None:
    message = "my uncle is slumped in his chair and wont answer me properly"
    assert check(message) is None
    result = Triage(bank).check(message)
    assert result is not None
    assert result.by_model
    assert result.level is Level.EMERGENCY


@pytest.mark.parametrize(
    "message",
    [
        "chest day tomorrow, what should i do",
        "my calves are burning on the last rep",
        "legs feel like jelly after squats lol",
        "how many calf raises a day is enough",
    ],
)
def test_the_bank_leaves_ordinary_gym_talk_alone(bank: SymptomBank, message: str) -> None:
    assert Triage(bank).check(message) is None


def test_signs_the_writer_denies_one_by_one_are_not_read_again_by_the_bank(
    bank: SymptomBank,
) -> None:
    """ "Chest pain? no. Arm pain? no." lists the signs only to deny them. The bank, which reads
    the words as written, would call it an emergency; once the rules have set the denied signs
    aside and found nothing else, the bank is not asked."""
    message = "chest pain? no. arm pain? no. sweating? only because it's hot out. streak day 12"
    assert bank.read(message) is not None
    assert Triage(bank).check(message) is None


def test_the_bank_never_lowers_the_rules_or_overrides_a_question_about_signs(
    bank: SymptomBank,
) -> None:
    triage = Triage(bank)
    emergency = triage.check("crushing pain in my chest going down my left arm")
    assert emergency is not None
    assert emergency.level is Level.EMERGENCY
    assert not emergency.by_model
    info = triage.check("what are the warning signs of a heart attack")
    assert info is not None
    assert info.level is Level.INFO


def test_without_the_model_triage_runs_on_its_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    def unavailable(*_: object) -> None:
        raise ModelUnavailable("testing")

    monkeypatch.setattr("bot.questions.semantic.Encoder.__init__", unavailable)
    built = engines.build_engines("semantic", None)
    assert not built.triage.uses_model
    result = built.triage.check("I have chest pain")
    assert result is not None
    assert result.level is Level.EMERGENCY


CHALLENGES = [
    Path(__file__).resolve().parent.parent / "data" / name
    for name in (
        "triage_challenge.yaml",
        "triage_challenge2.yaml",
        "triage_challenge3.yaml",
        "triage_challenge4.yaml",
        "triage_challenge5.yaml",
        "triage_challenge6.yaml",
        "triage_challenge7.yaml",
        "triage_challenge8.yaml",
        "triage_challenge9.yaml",
        "triage_challenge10.yaml",
        "triage_challenge11.yaml",
        "triage_challenge12.yaml",
        "triage_challenge13.yaml",
        "triage_challenge14.yaml",
        "triage_challenge15.yaml",
        "triage_challenge16.yaml",
        "triage_challenge17.yaml",
        "triage_challenge18.yaml",
        "triage_challenge19.yaml",
        "triage_challenge20.yaml",
        "triage_challenge21.yaml",
        "triage_challenge22.yaml",
        "triage_challenge23.yaml",
        "triage_challenge24.yaml",
        "triage_challenge25.yaml",
        "triage_challenge26.yaml",
        "triage_challenge27.yaml",
        "triage_challenge28.yaml",
        "triage_challenge29.yaml",
        "triage_challenge30.yaml",
        "triage_challenge31.yaml",
    )
]
# Signs a set's writer put a level above what the guidance we follow says; the bot keeps to the
# guidance there. Set 5: near-faints on a new blood-pressure tablet and a week of swelling in
# both legs (NHS: see a GP), a heat exhaustion that settled within 30 minutes and left a
# headache (NHS: 999 only if not better after 30 minutes), and claudication whose distance
# suddenly shortened (NHS: a GP). Each still gets care advice, as a GP appointment or info.
# Set 6: a first AF alert on a watch with a flutter, a home reading of 85/50 after heavy drinking,
# readings of 188/122 with no symptoms (NICE NG136: repeat within a week unless there are signs
# of damage), an infected leg ulcer and sudden swelling of both legs with frothy urine, all
# given a GP appointment.
# Set 7: dizziness on standing after a new blood-pressure tablet, a first irregular-rhythm alert
# on a watch, 188/122 with no symptoms (as in sets 5 and 6), and a day of positional vertigo with
# sickness (NHS vertigo: see a GP).
JUDGED_STRICTER = {
    "triage_challenge5.yaml": 4,
    "triage_challenge6.yaml": 5,
    "triage_challenge7.yaml": 4,
    # Set 8: ankles in both legs suddenly swollen, pitting, in a 66-year-old with diabetes (NHS
    # swollen ankles: a GP), given a GP appointment.
    # Set 9: dizziness on standing after a new blood-pressure tablet and a second day of
    # positional vertigo (as in sets 5 and 7), and both legs swollen with a puffy face (as in
    # set 6), all given a GP appointment.
    "triage_challenge9.yaml": 3,
    # Set 11: readings of 186/121 with no symptoms (as in sets 6 and 7), and palpitations coming
    # more often over a fortnight with none now and no red flag (NHS palpitations: a GP), both
    # given a GP appointment.
    "triage_challenge11.yaml": 2,
    # Set 12: hypos before training several times a week (NHS: the diabetes team or a GP when
    # hypos keep happening) and a watch's AF alert with a felt irregular beat and no red flag
    # (NHS atrial fibrillation: a GP), both given a GP appointment.
    "triage_challenge12.yaml": 2,
    # Set 14: dizziness on standing after a new water tablet, with a low home reading (as in sets
    # 5, 7 and 9), given a GP appointment. Set 15: the same after doubled blood-pressure tablets.
    # Set 16: the same after new blood-pressure tablets, and a child with puffy eyes, swollen
    # ankles and frothy urine (NHS nephrotic syndrome in children: see a GP), both given a GP
    # appointment. Set 17: the same two kinds (a fall on a new tablet with a small cut, and
    # puffy eyelids and ankles with frothy urine).
    "triage_challenge16.yaml": 2,
    "triage_challenge17.yaml": 2,
    # Set 18: dizziness on standing after new blood-pressure tablets (as above), given a GP
    # appointment: within the one miss every set may have. Set 20: the same, hypos after walks
    # in type 1 diabetes (as in set 12), and both legs swollen over two days with frothy urine
    # (as in sets 6 and 16). Set 21: the same tablets with a low home reading.
    "triage_challenge20.yaml": 3,
    # Set 22: the same three kinds, and a home reading of 152/101 at 32 weeks with no symptom
    # (kept, as in set 17, at the blood-pressure rule's GP appointment). Set 23: hypos with help
    # needed and frothy urine with swelling, as above.
    "triage_challenge22.yaml": 4,
    "triage_challenge23.yaml": 2,
    # Set 24 (session 13): the same new blood-pressure tablets with a low home reading, given a
    # GP appointment (NHS low blood pressure: a GP), within the one miss every set may have; its
    # one look-alike flagged is a blister gone red, hot and swollen (NHS blisters: a GP when it
    # looks infected).
    # Set 26: the same tablets with near falls, and a wheelchair racer with a spinal injury who
    # overheated and feels "mostly back to normal" after cooling (NHS heat exhaustion: better
    # within 30 minutes of cooling needs no call), both below "today". Set 27's one look-alike
    # flagged: a mother's angina and bypass long ago, raised by the bank.
    "triage_challenge26.yaml": 2,
    # Set 30: the same tablets with near falls, and blood sugars "over 20 all day" with thirst in
    # someone who does not say which diabetes they have (NHS high blood sugar: the diabetes team
    # when readings stay high; the rule asks for type 1 or ketones before "today").
    "triage_challenge30.yaml": 2,
}


@pytest.mark.parametrize("path", CHALLENGES, ids=lambda p: p.name)
def test_the_challenge_sets_stay_caught(bank: SymptomBank, path: Path) -> None:
    """The project's own challenge sets, once fixed, pin the kinds of miss they found: all but at
    most one emergency or same-day sign in each set is told "today" or sooner, and at most one
    look-alike is flagged."""
    triage = Triage(bank)
    messages = yaml.safe_load(path.read_text(encoding="utf-8"))["messages"]
    too_late, false_alarms = [], []
    for message in messages:
        result = triage.check(message["text"])
        level = result.level if result else None
        if message["level"] in ("emergency", "same_day") and not (level and level.urgent):
            too_late.append(message["text"])
        if message["level"] == "none" and level is not None and level >= Level.SEE_GP:
            false_alarms.append(message["text"])
    assert len(too_late) <= JUDGED_STRICTER.get(path.name, 1), too_late
    assert len(false_alarms) <= 1, false_alarms
