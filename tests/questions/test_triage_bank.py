"""The symptom bank: the second signal beside the rules, with the same model as retrieval."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.questions import engines
from bot.questions.semantic import Encoder, ModelUnavailable
from bot.questions.text import normalise
from bot.questions.triage import Category, Level, Triage, TriageResult, check, raised
from bot.questions.triage.bank import SHIPPED_FOLDER, BankReading, SymptomBank, load_bank


@pytest.fixture(scope="module")
def encoder() -> Encoder:
    return Encoder()


@pytest.fixture(scope="module")
def bank(encoder: Encoder) -> SymptomBank:
    return SymptomBank(encoder)


def test_the_shipped_vectors_match_the_bank_as_it_is(bank: SymptomBank, encoder: Encoder) -> None:
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
    message = "my uncle has gone floppy in his chair and his eyes look glazed over"
    assert check(message) is None
    result = Triage(bank).check(message)
    assert result is not None
    assert result.by_model
    assert result.level is Level.EMERGENCY


def test_the_level_model_tells_a_collapse_neither_rules_nor_bank_read_to_call_now(
    bank: SymptomBank, encoder: Encoder
) -> None:
    message = (
        "the lad next to me on the rower just folded over the handle and isn't responding to "
        "his name"
    )
    assert check(message) is None
    assert Triage(SymptomBank(encoder, with_level_model=False)).check(message) is None
    result = Triage(bank).check(message)
    assert result is not None
    assert result.by_model
    assert result.level is Level.EMERGENCY
    # The same picture with the rower back to himself is effort, not a collapse.
    settled = (
        "folded over the handle of the rower after my 2k test, totally spent, but chatting and "
        "laughing again after a minute"
    )
    assert Triage(bank).check(settled) is None


def test_a_needles_nick_that_stopped_is_not_handed_to_the_bank(bank: SymptomBank) -> None:
    # The rules set it aside; the bank, reading "vein bled", would send it to a doctor today.
    message = (
        "the vein in my elbow bled a bit through the plaster after my blood test and stopped by "
        "itself, small bruise now"
    )
    triage = Triage(bank)
    assert not triage.rules(message).wants_bank
    assert triage.check(message) is None
    # A varicose vein named is never a needle's nick.
    assert (
        triage.check("my varicose vein bled a bit after a knock and stopped by itself") is not None
    )


def test_the_level_model_tells_a_long_night_on_the_floor_to_get_help_today(
    bank: SymptomBank, encoder: Encoder
) -> None:
    # Hours on the floor after a fall can break down muscle even with nothing broken.
    message = (
        "grandad was stuck on the kitchen floor for most of the night after he slipped, he says "
        "he's just stiff"
    )
    assert Triage(SymptomBank(encoder, with_level_model=False)).check(message) is None
    result = Triage(bank).check(message)
    assert result is not None
    assert result.by_model
    assert result.level is Level.SAME_DAY
    # No bank text at that level is near it, so the reply names no particular sign.
    assert result.categories == (Category.OTHER,)
    up_again = "grandad slipped on the lino this morning, was straight back up and finished his tea"
    assert Triage(bank).check(up_again) is None


def test_the_level_model_does_not_raise_ordinary_soreness_said_to_be_settling_to_today(
    bank: SymptomBank,
) -> None:
    # The model reads aches after a day's digging as muscle breakdown; the urine said to be
    # normal, with nothing swollen or weak, is ordinary soreness.
    message = (
        "dug the whole vegetable patch on saturday, back and legs aching, pee looks normal, can "
        "I go to aqua aerobics tonight?"
    )
    rules = Triage(bank).rules(message)
    assert rules.result is None
    assert rules.kept_from_today
    read = bank.read(message)
    assert read is not None
    assert read.level is Level.SAME_DAY
    assert bank.read(message, raise_to_today=False) is None
    assert Triage(bank).check(message) is None
    # The urine gone dark is the sign itself, whatever else is settling.
    dark = message.replace("pee looks normal", "pee gone dark brown")
    result = Triage(bank).check(dark)
    assert result is not None
    assert result.level >= Level.SAME_DAY


def test_where_only_the_level_model_raised_a_level_the_signs_the_rules_named_stay() -> None:
    rules = TriageResult(Level.SEE_GP, (Category.SYNCOPE, Category.OTHER))
    by_level = raised(rules, BankReading(Level.SAME_DAY, Category.HF_WORSENING, level_only=True))
    assert by_level == TriageResult(
        Level.SAME_DAY, (Category.SYNCOPE, Category.OTHER), by_model=True
    )
    # The bank's own reading names what it found, and with nothing from the rules so does
    # the model's.
    by_bank = raised(rules, BankReading(Level.SAME_DAY, Category.HF_WORSENING))
    assert by_bank == TriageResult(Level.SAME_DAY, (Category.HF_WORSENING,), by_model=True)
    alone = raised(None, BankReading(Level.EMERGENCY, Category.SYNCOPE, level_only=True))
    assert alone == TriageResult(Level.EMERGENCY, (Category.SYNCOPE,), by_model=True)
    # Never lower, and a question stays a question.
    assert raised(rules, BankReading(Level.SEE_GP, Category.DVT, level_only=True)) is rules
    info = TriageResult(Level.INFO, (Category.STROKE,))
    assert raised(info, BankReading(Level.EMERGENCY, Category.STROKE, level_only=True)) is info


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


def test_blood_the_message_explains_as_something_else_is_not_read_again_by_the_bank(
    bank: SymptomBank,
) -> None:
    """The bank reads "blood from my vein" as written; the message says what it turned out to be."""
    message = "turned out to be beetroot juice running down my shin, not blood from my vein"
    assert bank.read(message) is not None
    assert Triage(bank).check(message) is None


def test_signs_tests_have_cleared_are_not_read_again_by_the_bank(encoder: Encoder) -> None:
    """A past tight chest the tests cleared, told with nothing going on now: the bank, which
    reads "tight chest" as written, is not asked. Its nearest single text reads it as an
    emergency."""
    nearest = SymptomBank(encoder, neighbours=1)
    message = (
        "got the full heart workup after my tight chest in the spring, all clear, turned out to "
        "be asthma. ok to do the 10k?"
    )
    assert nearest.read(message) is not None
    assert Triage(nearest).check(message) is None
    # A sign told as now is still read.
    now = message.replace(
        "ok to do the 10k?", "this morning my chest is tight again and I feel sick"
    )
    result = Triage(nearest).check(now)
    assert result is not None
    assert result.level.urgent


def test_puffing_on_a_hill_the_member_always_has_had_is_not_read_again_by_the_bank(
    encoder: Encoder,
) -> None:
    """Breathless on a climb as always, the breath back within a minute, nothing else told: the
    rules read nothing, and the bank, which reads "puffed" as written, is not asked. Its nearest
    single text reads it as a sign."""
    nearest = SymptomBank(encoder, neighbours=1)
    message = (
        "always been short of breath on steep hills, my whole life. breathing settles within a "
        "minute once I'm at the top. any tips?"
    )
    assert nearest.read(message) is not None
    assert Triage(nearest).check(message) is None
    # Worse than it was is not how it always has been.
    worse = message.replace("any tips?", "lately it's getting worse each week.")
    assert Triage(nearest).check(worse) is not None


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


# Sets written in sessions 20 to 38 (65 to 219), fixed for their emergencies so far: every
# emergency told to call now, but for signs whose writer judged them an emergency where the
# guidance we follow says "today", which must still be told "today". Sets 65, 66 (two), 68, 70
# to 73, 74 (two), 75 to 77, 79 and 80: the signs of severe pre-eclampsia without a fit (NHS
# pre-eclampsia: call the midwife, GP surgery or 111 at once; the reply says "now" and names the
# midwife); set 67: black stools on a blood thinner (NHS rectal bleeding: an urgent GP
# appointment or 111); set 109: black stools with near-fainting in haemophilia, and a missed
# dialysis session with weakness and a fluttering heart (no page we cite says 999); set 127: a
# household's carbon monoxide (the NHS page says get advice today); sets 134 and 174: severe
# pre-eclampsia again (174's four days after the birth), and 186 to 189 (session 32) too.
# Session 33's sets (190 to 195), session 35's (196 to 207), session 36's (208 to 213) and
# session 37's (214 to 216) and session 38's (217 to 219) hold more of their look-alikes flagged
# than earlier rounds: open kinds listed in the README, as do session 43's (235 to 238; 238 is
# the anxious worriers' set, whose harmless things are told in alarming words) and session 45's
# (239 to 242). Set
# 205: water tablets before a show with weak muscles and a thumping, pausing heart, which the
# salts rule sends today (the NHS and eating-disorder services ask for a blood test the same
# day). Set 216 (session 37): heart and blood-pressure tablets taken twice over, with sleepiness
# and a slow pulse, which only the bank reads, and reads as today's: a kind still open.
# Each triple: the emergencies the set holds at least, how many of them may be told "today", and
# how many of its look-alikes may be flagged (the count when last pinned, session 29 or 30: most
# are jokes and settled efforts still open, README § Warning signs; the figure may only fall).
# Two exceptions, each from the level model, which was taken for the signs it catches cold at a
# measured cost in look-alikes (README): set 70's sixth (session 37), a known angina a rehab
# nurse went through, with the cold air that sets it off, read as an emergency; set 92's tenth
# (session 38), breathlessness back in a class after weeks off, with a clot named and then
# denied in brackets, read as a same-day sign.
# Set 243's emergency told "today" (session 46): pre-eclampsia's signs all together, which its
# writer labelled 999 and the NHS page sends to the midwife, GP or 111 at once.
# Set 288's (session 54): a cut gone red up the leg with shivering and barely able to stand,
# which its writer labelled 999 and the NHS sepsis page puts under 111 (shivering, a wound red and
# swollen) until the 999 signs (confusion, mottled skin, fast breathing) come.
NEWEST_SETS = {
    Path(__file__).resolve().parent.parent / "data" / f"triage_challenge{number}.yaml": counts
    for number, counts in (
        (65, (35, 1, 1)),
        (66, (35, 2, 3)),
        (67, (35, 1, 2)),
        (68, (35, 1, 5)),
        (69, (38, 0, 2)),
        (70, (25, 1, 6)),
        (71, (37, 1, 1)),
        (72, (36, 1, 2)),
        (73, (35, 1, 2)),
        (74, (38, 2, 1)),
        (75, (35, 1, 0)),
        (76, (35, 1, 0)),
        (77, (35, 1, 3)),
        (78, (36, 0, 2)),
        (79, (37, 1, 1)),
        (80, (36, 1, 2)),
        (81, (36, 0, 4)),
        (82, (36, 0, 1)),
        (83, (38, 0, 5)),
        (84, (37, 0, 3)),
        (85, (36, 0, 5)),
        (86, (36, 0, 5)),
        (87, (39, 0, 1)),
        (88, (37, 0, 4)),
        (89, (37, 0, 2)),
        (90, (36, 0, 5)),
        (91, (36, 0, 2)),
        (92, (36, 0, 10)),
        (93, (36, 0, 4)),
        (94, (36, 0, 1)),
        (95, (37, 0, 0)),
        (96, (37, 0, 4)),
        (97, (38, 0, 1)),
        (98, (36, 0, 2)),
        (99, (37, 0, 3)),
        (100, (36, 0, 1)),
        (101, (36, 0, 6)),
        (102, (36, 0, 2)),
        (103, (37, 0, 4)),
        (104, (36, 0, 0)),
        (105, (36, 0, 2)),
        (106, (36, 0, 3)),
        (107, (36, 0, 4)),
        (108, (36, 0, 5)),
        (109, (36, 2, 3)),
        (110, (36, 0, 0)),
        (111, (36, 0, 3)),
        (112, (36, 0, 3)),
        (113, (39, 0, 4)),
        (114, (36, 0, 7)),
        (115, (37, 0, 7)),
        (116, (36, 0, 7)),
        (117, (36, 0, 5)),
        (118, (36, 0, 2)),
        (119, (37, 0, 13)),
        (120, (37, 0, 3)),
        (121, (36, 0, 1)),
        (122, (36, 0, 6)),
        (123, (38, 0, 5)),
        (124, (37, 0, 4)),
        (125, (36, 0, 1)),
        (126, (36, 0, 6)),
        (127, (37, 1, 0)),
        (128, (36, 0, 4)),
        (129, (37, 0, 6)),
        (130, (36, 0, 7)),
        (131, (36, 0, 4)),
        (132, (36, 0, 4)),
        (133, (36, 0, 1)),
        (134, (36, 1, 2)),
        (135, (36, 0, 3)),
        (136, (36, 0, 5)),
        (137, (36, 0, 9)),
        (138, (36, 0, 1)),
        (139, (36, 0, 6)),
        (140, (36, 0, 2)),
        (141, (36, 0, 4)),
        (142, (36, 0, 4)),
        (143, (36, 0, 1)),
        (144, (36, 0, 1)),
        (145, (36, 0, 0)),
        (146, (36, 0, 5)),
        (147, (36, 0, 2)),
        (148, (36, 0, 2)),
        (149, (36, 0, 3)),
        (150, (36, 0, 1)),
        (151, (36, 0, 1)),
        (152, (36, 0, 2)),
        (153, (36, 0, 1)),
        (154, (36, 0, 3)),
        (155, (36, 0, 5)),
        (156, (36, 0, 3)),
        (157, (36, 0, 2)),
        (158, (36, 0, 4)),
        (159, (36, 0, 0)),
        (160, (36, 0, 6)),
        (161, (36, 0, 3)),
        (162, (36, 0, 3)),
        (163, (36, 0, 1)),
        (164, (36, 0, 1)),
        (165, (36, 0, 2)),
        (166, (36, 0, 2)),
        (167, (36, 0, 1)),
        (168, (36, 0, 5)),
        (169, (36, 0, 3)),
        (170, (36, 0, 3)),
        (171, (36, 0, 3)),
        (172, (36, 0, 0)),
        (173, (36, 0, 1)),
        (174, (36, 1, 6)),
        (175, (36, 0, 6)),
        (176, (36, 0, 0)),
        (177, (36, 0, 2)),
        (178, (36, 0, 3)),
        (179, (36, 0, 2)),
        (180, (36, 0, 2)),
        (181, (36, 0, 6)),
        (182, (36, 0, 3)),
        (183, (36, 0, 1)),
        (184, (36, 0, 6)),
        (185, (36, 0, 2)),
        (186, (36, 1, 3)),
        (187, (36, 1, 3)),
        (188, (36, 1, 1)),
        (189, (36, 1, 5)),
        (190, (36, 0, 9)),
        (191, (36, 0, 5)),
        (192, (36, 0, 3)),
        (193, (36, 0, 6)),
        (194, (36, 0, 8)),
        (195, (36, 0, 2)),
        (196, (36, 0, 5)),
        (197, (36, 0, 3)),
        (198, (36, 0, 7)),
        (199, (36, 0, 10)),
        (200, (36, 0, 5)),
        (201, (36, 0, 5)),
        (202, (36, 0, 9)),
        (203, (36, 0, 4)),
        (204, (36, 0, 8)),
        (205, (36, 1, 8)),
        (206, (36, 0, 9)),
        (207, (36, 0, 4)),
        (208, (36, 0, 7)),
        (209, (36, 0, 4)),
        (210, (36, 0, 7)),
        (211, (36, 0, 6)),
        (212, (36, 0, 8)),
        (213, (36, 0, 13)),
        (214, (36, 0, 6)),
        (215, (36, 0, 11)),
        (216, (36, 1, 3)),
        (217, (36, 0, 8)),
        (218, (36, 0, 7)),
        (219, (36, 0, 7)),
        (220, (36, 0, 7)),
        (221, (35, 1, 15)),
        (222, (36, 0, 3)),
        (223, (36, 0, 2)),
        (224, (36, 0, 2)),
        (225, (36, 0, 3)),
        (226, (12, 0, 1)),
        (227, (36, 0, 0)),
        (228, (36, 0, 0)),
        (229, (36, 0, 0)),
        (230, (8, 0, 0)),
        (231, (36, 0, 0)),
        (232, (36, 0, 0)),
        (233, (36, 0, 0)),
        (234, (0, 0, 0)),
        (235, (36, 0, 2)),
        (236, (36, 0, 3)),
        (237, (36, 0, 1)),
        (238, (36, 0, 9)),
        (239, (36, 0, 4)),
        (240, (36, 0, 4)),
        (241, (36, 0, 3)),
        (242, (36, 0, 4)),
        (243, (36, 1, 0)),
        (244, (36, 0, 2)),
        (245, (36, 0, 0)),
        (246, (36, 0, 2)),
        (247, (35, 1, 1)),
        (248, (36, 0, 5)),
        (249, (36, 0, 11)),
        (250, (36, 0, 1)),
        (251, (36, 0, 0)),
        (252, (36, 0, 0)),
        (253, (36, 0, 0)),
        (254, (36, 0, 1)),
        (255, (36, 0, 2)),
        (256, (36, 0, 3)),
        (257, (36, 0, 2)),
        (258, (36, 0, 5)),
        (259, (36, 1, 1)),
        (260, (36, 1, 4)),
        (261, (36, 0, 2)),
        (262, (36, 0, 0)),
        (263, (36, 0, 4)),
        (264, (36, 0, 2)),
        (265, (36, 0, 2)),
        (266, (36, 0, 2)),
        (267, (36, 0, 5)),
        (268, (36, 0, 1)),
        (269, (36, 0, 5)),
        (270, (36, 0, 3)),
        (271, (36, 0, 2)),
        (272, (36, 0, 3)),
        (273, (36, 0, 4)),
        (274, (36, 0, 1)),
        (275, (36, 0, 7)),
        (276, (36, 0, 1)),
        (277, (36, 0, 2)),
        (278, (36, 0, 1)),
        (279, (36, 0, 5)),
        (280, (36, 0, 0)),
        (281, (36, 0, 3)),
        (282, (36, 0, 4)),
        (283, (36, 0, 3)),
        (284, (36, 0, 3)),
        (285, (36, 0, 2)),
        (286, (36, 0, 7)),
        (287, (36, 0, 4)),
        (288, (36, 1, 4)),
        (289, (36, 0, 3)),
        (290, (36, 0, 3)),
        (291, (36, 0, 5)),
        (292, (36, 0, 1)),
        (293, (36, 0, 1)),
        (294, (36, 0, 1)),
        # Pre-eclampsia's signs all together with the baby moving less, at 33 weeks: the rules
        # send it to the maternity unit now (NHS pre-eclampsia), as in earlier rounds.
        (295, (36, 1, 2)),
        (296, (36, 0, 4)),
        (297, (36, 0, 3)),
        (298, (36, 0, 0)),
        (299, (36, 0, 2)),
        # Pre-eclampsia's signs all together with the baby moving less, at 36 weeks: the maternity
        # unit now, as above.
        (300, (36, 1, 0)),
        # Session 57: pre-eclampsia's signs all together with the baby moving less, in three of
        # the four sets: the maternity unit now, as above.
        (301, (36, 1, 1)),
        (302, (36, 1, 4)),
        (303, (36, 1, 2)),
        (304, (36, 0, 1)),
        # Session 58: pre-eclampsia's signs all together with the baby moving less, in two of the
        # four sets: the maternity unit now, as above.
        (305, (36, 1, 1)),
        (306, (36, 0, 1)),
        (307, (36, 0, 1)),
        (308, (36, 1, 1)),
        (309, (36, 0, 1)),
        (310, (36, 0, 1)),
        (311, (36, 0, 0)),
        (312, (36, 0, 1)),
    )
}


@pytest.mark.parametrize("path", NEWEST_SETS, ids=lambda p: p.name)
def test_the_newest_sets_send_every_emergency_now_and_flag_no_more_look_alikes(
    bank: SymptomBank, path: Path
) -> None:
    read = _read_set(bank, path)
    emergencies = [level for _, wanted, level in read if wanted == "emergency"]
    at_least, today, flagged = NEWEST_SETS[path]
    assert len(emergencies) >= at_least
    told_today = [level for level in emergencies if level is not Level.EMERGENCY]
    assert len(told_today) <= today
    assert all(level is Level.SAME_DAY for level in told_today)
    false_alarms = [
        text
        for text, wanted, level in read
        if wanted == "none" and level is not None and level >= Level.SEE_GP
    ]
    assert len(false_alarms) <= flagged, false_alarms


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
        "triage_challenge32.yaml",
        "triage_challenge33.yaml",
        "triage_challenge34.yaml",
        "triage_challenge35.yaml",
        "triage_challenge36.yaml",
        "triage_challenge37.yaml",
        "triage_challenge38.yaml",
        "triage_challenge39.yaml",
        "triage_challenge40.yaml",
        "triage_challenge41.yaml",
        "triage_challenge42.yaml",
        "triage_challenge43.yaml",
        "triage_challenge44.yaml",
        "triage_challenge45.yaml",
        "triage_challenge46.yaml",
        "triage_challenge47.yaml",
        "triage_challenge48.yaml",
        "triage_challenge49.yaml",
        "triage_challenge50.yaml",
        "triage_challenge51.yaml",
        "triage_challenge52.yaml",
        "triage_challenge53.yaml",
        "triage_challenge54.yaml",
        "triage_challenge55.yaml",
        "triage_challenge60.yaml",
    )
]
# Signs a set's writer put a level above what the guidance we follow says; the bot keeps to the
# guidance there, and each still gets care advice (a GP appointment or info). Since session 14,
# dizziness with near falls on a new blood-pressure tablet, and swelling of both legs with
# frothy urine that came on within days, are told "today", as most writers judged them; the
# kinds below stay at a GP appointment.
# Set 5: claudication whose distance suddenly shortened (NHS: a GP) and hypos before training
# every session (NHS: the diabetes team when hypos keep happening).
# Set 6: a watch's AF alert with a flutter (NHS atrial fibrillation: a GP's ECG) and readings of
# 188/122 with no symptoms (NICE NG136: repeat within a week unless there are signs of damage).
# Set 7: a new blood-pressure tablet with dizziness on standing, a day of positional vertigo
# with sickness (NHS vertigo: a GP), a watch's irregular-rhythm alert, and 188/122 with no
# symptoms, as above.
# Set 9: positional vertigo with sickness, and both legs swollen over an unstated time with a
# puffy face.
# Set 11: palpitations coming more often over a fortnight with none now and no red flag (NHS
# palpitations: a GP), and 186/121 with no symptoms.
# Set 12: a watch's AF alert with a felt irregular beat and no red flag, and hypos before
# training several times a week.
# Set 22: 152/101 at 32 weeks with no symptom (kept at the blood-pressure rule's GP appointment),
# and hypos after walks with help needed once, fine now.
JUDGED_STRICTER = {
    "triage_challenge5.yaml": 2,
    "triage_challenge6.yaml": 2,
    "triage_challenge7.yaml": 4,
    "triage_challenge9.yaml": 2,
    "triage_challenge11.yaml": 2,
    "triage_challenge12.yaml": 2,
    "triage_challenge22.yaml": 2,
}

# Look-alikes the rules set aside and the bank still reads as signs, beyond the one allowed.
# Set 53: a mother's heart attack years ago, fully recovered, and "my heart fails me every time
# she cries", both read by the bank as heart failure. Exemplars written against them did not move
# the bank without copying the messages, which would stop the set measuring anything.
BANK_FALSE_ALARMS = {"triage_challenge53.yaml": 2}


def _read_set(bank: SymptomBank, path: Path) -> list[tuple[str, str, Level | None]]:
    """Each message of a challenge set: its text, the level its writer gave, the level read."""
    triage = Triage(bank)
    read = []
    for message in yaml.safe_load(path.read_text(encoding="utf-8"))["messages"]:
        result = triage.check(message["text"])
        read.append((message["text"], message["level"], result.level if result else None))
    return read


@pytest.mark.parametrize("path", CHALLENGES, ids=lambda p: p.name)
def test_the_challenge_sets_stay_caught(bank: SymptomBank, path: Path) -> None:
    """The project's own challenge sets, once fixed, pin the kinds of miss they found: all but at
    most one emergency or same-day sign in each set is told "today" or sooner, and at most one
    look-alike is flagged."""
    read = _read_set(bank, path)
    too_late = [
        text
        for text, wanted, level in read
        if wanted in ("emergency", "same_day") and not (level and level.urgent)
    ]
    false_alarms = [
        text
        for text, wanted, level in read
        if wanted == "none" and level is not None and level >= Level.SEE_GP
    ]
    assert len(too_late) <= JUDGED_STRICTER.get(path.name, 1), too_late
    assert len(false_alarms) <= BANK_FALSE_ALARMS.get(path.name, 1), false_alarms


# Sets whose look-alikes are still open work (two or three flagged in each, beyond the one a
# pinned set may have; README § Warning signs), so they are pinned here rather than in
# CHALLENGES: every emergency told to call now, and every same-day sign told today or sooner but
# one a set. Sets 56 to 58 were written late in session 17, 59 and 61 to 64 in session 19 (60 is
# in CHALLENGES). Set 56's one is new dizziness with two falls, which the NHS dizziness page sends
# to a GP; set 59's a learner's "stuffy" chest with pain "go to the back" on the stairs that
# morning; set 62's a reading of 185/115 with no symptoms (NICE NG136: repeat within a week).
OPEN_SETS = [
    Path(__file__).resolve().parent.parent / "data" / f"triage_challenge{number}.yaml"
    for number in (56, 57, 58, 59, 61, 62, 63, 64)
]


@pytest.mark.parametrize("path", OPEN_SETS, ids=lambda p: p.name)
def test_the_open_sets_send_emergencies_now_and_same_day_signs_today(
    bank: SymptomBank, path: Path
) -> None:
    read = _read_set(bank, path)
    not_now = [
        text
        for text, wanted, level in read
        if wanted == "emergency" and level is not Level.EMERGENCY
    ]
    too_late = [
        text
        for text, wanted, level in read
        if wanted == "same_day" and not (level and level.urgent)
    ]
    assert sum(wanted == "same_day" for _, wanted, _ in read) > 50
    assert not_now == []
    assert len(too_late) <= 1, too_late
