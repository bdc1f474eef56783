"""Warning signs are caught in members' own words, typos included; look-alikes are not."""

from __future__ import annotations

import pytest

from bot.questions import triage
from bot.questions.triage import Severity

EMERGENCY = Severity.EMERGENCY
SAME_DAY = Severity.SAME_DAY

# (message, the sign it must raise, the severity of the reply)
WARNING_SIGNS: list[tuple[str, str, Severity]] = [
    # Chest pain, pressure, tightness, or pain spreading.
    ("I have chest pain", "chest-pain", EMERGENCY),
    ("chest pain when i do calf raises", "chest-pain", EMERGENCY),
    ("my chest feels tight during leg day", "chest-pain", EMERGENCY),
    ("theres a crushing pressure in my chest", "chest-pain", EMERGENCY),
    ("Tightness in chest after running, is that ok?", "chest-pain", EMERGENCY),
    ("chest pian while squatting", "chest-pain", EMERGENCY),
    ("my heart hurts when i lift", "chest-pain", EMERGENCY),
    ("heavy feeling in my chest and my left arm aches", "chest-pain", EMERGENCY),
    ("pain going into my jaw when I walk uphill", "chest-pain", EMERGENCY),
    ("I think I'm having a heart attack", "chest-pain", EMERGENCY),
    ("my dad says his chest is burning after the stairs", "chest-pain", EMERGENCY),
    ("chset pain and sweating", "chest-pain", EMERGENCY),
    # A "prevent" elsewhere in the message does not excuse a symptom described now.
    ("chest pain during workouts, how to prevent it", "chest-pain", EMERGENCY),
    # Fainting or near-fainting with exercise.
    ("I fainted during my workout", "fainting-exercise", EMERGENCY),
    ("passed out after doing squats", "fainting-exercise", EMERGENCY),
    ("i almost fainted while running", "fainting-exercise", EMERGENCY),
    ("felt dizzy and nearly blacked out mid set", "fainting-exercise", EMERGENCY),
    ("I feinted at the gym today", "fainting-exercise", EMERGENCY),
    ("got really lightheaded during calf raises and had to sit", "fainting-exercise", EMERGENCY),
    ("my friend collapsed while jogging", "fainting-exercise", EMERGENCY),
    # Fainting at other times.
    ("I keep fainting", "fainting", SAME_DAY),
    ("I passed out this morning for no reason", "fainting", SAME_DAY),
    # Sudden shortness of breath.
    ("I suddenly can't breathe properly", "breathless", EMERGENCY),
    ("i cant catch my breath even sitting down", "breathless", EMERGENCY),
    ("struggling to breathe after leg day", "breathless", EMERGENCY),
    ("sudden shortness of breath", "breathless", EMERGENCY),
    ("really short of breath at rest", "breathless", EMERGENCY),
    ("difficulty breathing out of nowhere", "breathless", EMERGENCY),
    # One swollen, red, warm or painful calf.
    ("my left calf is swollen and red", "dvt", SAME_DAY),
    ("one calf is bigger than the other and it hurts", "dvt", SAME_DAY),
    ("calf pain after a long flight", "dvt", SAME_DAY),
    ("my calf is hot and tender since my knee surgery", "dvt", SAME_DAY),
    ("swolen calf after flying home, only one leg", "dvt", SAME_DAY),
    ("right leg swelling and throbbing", "dvt", SAME_DAY),
    ("I think I have a blood clot in my leg", "dvt", SAME_DAY),
    ("my calf is red, warm and sore", "dvt", SAME_DAY),
    # ... with breathlessness: a clot may have reached the lungs.
    ("my calf is swollen and now I'm short of breath", "pulmonary-embolism", EMERGENCY),
    # Coughing blood.
    ("I'm coughing up blood", "coughing-blood", EMERGENCY),
    ("coughed blood after my run", "coughing-blood", EMERGENCY),
    ("spitting blood when I cough", "coughing-blood", EMERGENCY),
    # A racing or irregular heartbeat with dizziness.
    ("my heart is racing and i feel dizzy", "rhythm-dizzy", EMERGENCY),
    ("heart racing and dizzy after calf raises", "rhythm-dizzy", EMERGENCY),
    ("palpitations and lightheaded", "rhythm-dizzy", EMERGENCY),
    ("irregular heartbeat and I feel faint", "rhythm-dizzy", EMERGENCY),
    ("my heart keeps skipping beats", "rhythm", SAME_DAY),
    ("heart pounding at rest and it wont settle", "rhythm", SAME_DAY),
    # Signs of stroke.
    ("my face is drooping on one side", "stroke", EMERGENCY),
    ("my mum's speech is slurred suddenly", "stroke", EMERGENCY),
    ("my arm went weak and I can't speak properly", "stroke", EMERGENCY),
    ("i think im having a stroke", "stroke", EMERGENCY),
    ("sudden confusion and numbness down one side", "stroke", EMERGENCY),
]

# Questions that share words with warning signs but describe none.
NOT_URGENT = [
    "does exercise lower the risk of chest pain later in life?",
    "what is a calf cramp",
    "why are my calves sore after calf raises",
    "can calf raises prevent blood clots on flights",
    "how do I reduce the risk of a heart attack",
    "why do my ankles swell at the end of the day",
    "is my heart rate supposed to go up when I exercise",
    "what is the calf muscle pump",
    "best chest exercises for beginners",
    "how does exercise protect the heart long term",
    "is breaststroke good for leg circulation",
    "what is the difference between seated and standing calf raises",
    "I'm painting my house, does that count as exercise",
    "how much walking should I do each day",
    "does running lower blood pressure",
    "my calves feel tight before a run, should I stretch",
    "can compression socks help prevent DVT",
    "how many calf raises should I do",
    "what is VO2 peak",
    "why is the calf called the second heart",
    "no chest pain, just sore calves from yesterday",
    "I don't feel dizzy, just tired after leg day",
    "my heart rate is 70 at rest, is that ok",
    "how long does calf soreness last",
    "is it normal to be out of breath after sprinting",
]


@pytest.mark.parametrize(("message", "sign", "severity"), WARNING_SIGNS)
def test_warning_sign_is_caught(message: str, sign: str, severity: Severity) -> None:
    result = triage.check(message)
    assert result is not None, f"missed: {message!r}"
    assert sign in {s.key for s in result.signs}
    assert result.severity is severity


@pytest.mark.parametrize("message", NOT_URGENT)
def test_everyday_question_does_not_trip_triage(message: str) -> None:
    result = triage.check(message)
    assert result is None, f"false alarm on {message!r}: {result}"


def test_there_are_enough_cases() -> None:
    assert len(WARNING_SIGNS) >= 40
    assert len(NOT_URGENT) >= 20


def test_every_sign_is_exercised_by_a_case() -> None:
    covered = {sign for _, sign, _ in WARNING_SIGNS}
    assert covered == {sign.key for sign, _ in triage.RULES}


def test_an_emergency_hides_the_same_day_reading_of_the_same_message() -> None:
    result = triage.check("I fainted on my run and my calf is swollen and red")
    assert result is not None
    assert result.severity is EMERGENCY
    assert {s.severity for s in result.signs} == {EMERGENCY}


def test_every_sign_cites_a_source_with_a_link() -> None:
    for sign, _ in triage.RULES:
        assert sign.sources
        assert all(s.link.startswith("https://") for s in sign.sources)


def test_typos_are_corrected_only_towards_rule_words() -> None:
    assert triage.prepare("chest pian") == "chest pain"
    assert triage.prepare("I feinted") == "i fainted"
    # Real words one letter from a rule word stay as they are.
    assert triage.prepare("painting the main wall") == "painting the main wall"
