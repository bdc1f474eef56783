"""What members read: sources and disclaimers on answers, emergency wording on warning signs."""

from __future__ import annotations

from pathlib import Path

import msgspec

from bot.app import App, open_app
from bot.questions.replies import answer_json, answer_reply
from bot.questions.service import Answer, AnswerKind
from bot.replies import Tone
from tests.helpers import config_for_tests


async def test_an_answer_cites_its_sources_with_links_and_the_disclaimer(app: App) -> None:
    reply = answer_reply(await app.questions.ask("what causes calf cramps at night"))
    [sources] = [f for f in reply.fields if f.name == "Sources"]
    assert "](https://www.nhsinform.scot/" in sources.value
    assert reply.footer is not None
    assert reply.footer.startswith("General information, not medical")
    assert [a.label for a in reply.actions[:2]] == ["Helpful", "Not helpful"]
    assert reply.quote == "what causes calf cramps at night"


async def test_an_answer_offers_related_topics_after_the_feedback_buttons(app: App) -> None:
    answer = await app.questions.ask("what causes calf cramps at night")
    assert answer.see_also
    related = answer_reply(answer).actions[2:]
    assert [a.label for a in related] == [f"Related: {e.title}" for e in answer.see_also]
    assert [a.key for a in related] == [f"topic:{e.id}" for e in answer.see_also]
    assert [a.command for a in related] == [f"/topic {e.id}" for e in answer.see_also]


async def test_an_emergency_says_stop_and_call_and_attaches_no_answer(app: App) -> None:
    reply = answer_reply(await app.questions.ask("i fainted during my workout"))
    assert isinstance(reply.body, str)
    assert reply.tone is Tone.URGENT
    assert reply.title == "This could be an emergency"
    assert "call your local emergency number (999, 911, 112) now" in reply.body
    # It names the sign it recognised, and cites the guidance.
    assert "Fainting or nearly fainting" in reply.body
    assert "nhs.uk/conditions/fainting" in reply.fields[0].value
    # No answer from the knowledge base and no feedback buttons: only the guide to the sign.
    assert [a.key for a in reply.actions] == ["topic:fainting-during-exercise"]


async def _ask_with_emergency_number(tmp_path: Path, number: str, question: str) -> Answer:
    """`question` asked of a bot configured with `number` as its emergency number."""
    config = msgspec.structs.replace(config_for_tests(tmp_path), emergency_number=number)
    app = await open_app(config)
    try:
        return await app.questions.ask(question)
    finally:
        await app.close()


async def test_the_configured_emergency_number_is_the_one_named(tmp_path: Path) -> None:
    reply = answer_reply(
        await _ask_with_emergency_number(tmp_path, "000", "crushing pain in my chest and left arm")
    )
    assert isinstance(reply.body, str)
    assert "call 000 now" in reply.body
    assert "999" not in reply.body


async def test_a_same_day_warning_points_to_same_day_care(app: App) -> None:
    reply = answer_reply(await app.questions.ask("my left calf is swollen and red"))
    assert isinstance(reply.body, str)
    assert reply.title == "Please get medical advice today"
    assert "NHS 111" in reply.body
    assert "blood clot in a leg (DVT)" in reply.body


async def test_signs_of_pre_eclampsia_send_her_to_the_midwife_now_not_later_in_the_day(
    app: App,
) -> None:
    # The NHS asks for advice at once from the midwife, the GP surgery or 111 for any of its
    # signs; a fit is the 999 call.
    answer = await app.questions.ask(
        "I'm 35 weeks and my headache won't shift, everything looks sparkly and my hands puffed "
        "up overnight"
    )
    assert answer.kind is AnswerKind.URGENT
    reply = answer_reply(answer)
    assert isinstance(reply.body, str)
    assert reply.title == "Please get medical advice now"
    assert "call your midwife or maternity unit" in reply.body
    assert "urgent care centre" not in reply.body
    assert "pre-eclampsia" in reply.body


async def test_signs_of_infection_on_clozapine_send_them_to_the_clozapine_clinic_now(
    app: App,
) -> None:
    # An NHS clozapine clinic's leaflet: the clinic or the community nurse at once, for a blood
    # test; not a GP appointment later in the day.
    reply = answer_reply(
        await app.questions.ask("on clozapine and my throat's been raw and I'm shivery since lunch")
    )
    assert isinstance(reply.body, str)
    assert reply.title == "Please get medical advice now"
    assert "clozapine clinic or community mental health nurse" in reply.body
    assert "urgent care centre" not in reply.body


async def test_thoughts_of_suicide_get_the_help_before_any_answer(tmp_path: Path) -> None:
    # NHS trusts' urgent mental health pages: 111's mental health option or the Samaritans now,
    # 999 or A&E for someone who might act or has hurt themselves. Nothing about chest pain or
    # stopping exercise, and no answer to the training question beside it.
    answer = await _ask_with_emergency_number(
        tmp_path,
        "112",
        "honestly I've been thinking about ending my life lately. anyway, best 5k plan?",
    )
    assert answer.kind is AnswerKind.URGENT
    assert answer.entry is None
    reply = answer_reply(answer)
    assert isinstance(reply.body, str)
    assert reply.title == "Please talk to someone now"
    assert "NHS 111 and choose the mental health option" in reply.body
    assert "116 123" in reply.body
    assert "**Call 112** or go to A&E now if you feel you might act" in reply.body
    assert "chest pain" not in reply.body
    assert "Stop exercising" not in reply.body
    # No knowledge-base entry is about this, so no "Read:" button points elsewhere.
    assert reply.actions == ()


async def test_a_see_a_gp_sign_says_book_an_appointment_and_not_to_train_through_it(
    app: App,
) -> None:
    answer = await app.questions.ask(
        "my calves cramp after about 300 metres of walking and it goes away when i stop"
    )
    assert answer.kind is AnswerKind.SEE_GP
    reply = answer_reply(answer)
    assert isinstance(reply.body, str)
    assert reply.title == "Worth seeing a doctor"
    assert "Book an appointment with your GP" in reply.body
    assert "don't train through it" in reply.body


async def test_weeks_of_low_mood_get_a_gp_and_the_crisis_lines_not_stop_training(
    tmp_path: Path,
) -> None:
    # HSE (clinical depression): low most days for more than two weeks, talk to a GP. Training
    # is not what to stop, and thoughts of self-harm have their own lines to call.
    answer = await _ask_with_emergency_number(
        tmp_path,
        "112",
        "been feeling really flat for about five weeks, nothing is fun, I'm safe though",
    )
    assert answer.kind is AnswerKind.SEE_GP
    reply = answer_reply(answer)
    assert isinstance(reply.body, str)
    assert reply.title == "Worth seeing a doctor"
    assert "Book an appointment with your GP** to talk about how you've been feeling" in reply.body
    assert "116 123" in reply.body
    assert "or 112 if you are in danger" in reply.body
    assert "don't train through it" not in reply.body
    assert "Low mood that has lasted two weeks or more" in reply.body


async def test_heat_on_a_medicine_asks_for_a_medicines_review_not_to_stop_it(app: App) -> None:
    answer = await app.questions.ask("on bisoprolol now and I really struggle in the heat on runs")
    assert answer.kind is AnswerKind.SEE_GP
    reply = answer_reply(answer)
    assert isinstance(reply.body, str)
    assert "medicines review" in reply.body
    assert "don't stop or change a medicine yourself" in reply.body
    assert "don't train through it" not in reply.body
    sources = " ".join(field.value for field in reply.fields)
    assert "wypartnership.co.uk" in sources


async def test_a_see_a_gp_sign_puts_the_advice_first_and_the_answer_to_the_question_under_it(
    tmp_path: Path,
) -> None:
    app = await open_app(config_for_tests(tmp_path, engine="semantic"))
    try:
        answer = await app.questions.ask(
            "my calves cramp after walking about 200 metres and ease when i stop, would walking "
            "more help?"
        )
    finally:
        await app.close()
    assert answer.kind is AnswerKind.SEE_GP
    assert answer.entry is not None
    assert answer.entry.id == "peripheral-artery-disease"
    reply = answer_reply(answer)
    assert isinstance(reply.body, str)
    advice, _, rest = reply.body.partition("**About your question:")
    assert "Book an appointment with your GP" in advice
    assert rest.lstrip().startswith(answer.entry.title)
    assert answer.entry.answer in rest
    # The answer's sources are cited too, each link once; its entry isn't offered again.
    links = [line for f in reply.fields for line in f.value.splitlines()]
    assert len(links) == len(set(links))
    assert any("cochrane" in line.lower() or "doi.org" in line for line in links)
    assert "topic:peripheral-artery-disease" not in [a.key for a in reply.actions]


async def test_an_urgent_sign_never_carries_an_answer_under_it(app: App) -> None:
    answer = await app.questions.ask("my left calf is swollen and red, can calf raises help?")
    assert answer.kind is AnswerKind.URGENT
    assert answer.entry is None
    body = answer_reply(answer).body
    assert isinstance(body, str)
    assert "About your question" not in body


async def test_a_question_about_signs_gets_the_guide_not_call_now(app: App) -> None:
    answer = await app.questions.ask("what are the warning signs of a stroke")
    assert answer.kind is AnswerKind.ANSWER
    assert answer.entry is not None
    assert answer.entry.id == "stroke-signs"
    data = answer_json(answer)
    assert data["urgent"] is False
    assert data["triage"] == "info"
    assert data["triage_category"] == "stroke"


async def test_a_question_about_signs_that_retrieval_places_elsewhere_gets_that_answer(
    tmp_path: Path,
) -> None:
    """A question naming heart attacks ("what is cardiac rehab like after one") asks about
    rehab: the rehab entry answers it, the signs are offered beside it, and nobody is told to
    call now."""
    app = await open_app(config_for_tests(tmp_path, engine="semantic"))
    try:
        answer = await app.questions.ask("what is cardiac rehab like after a heart attack")
    finally:
        await app.close()
    assert answer.kind is AnswerKind.ANSWER
    assert answer.entry is not None
    assert answer.entry.id == "exercise-after-heart-attack"
    assert "heart-attack-signs" in [e.id for e in answer.see_also]
    data = answer_json(answer)
    assert (data["urgent"], data["triage"]) == (False, "info")


async def _ranked_and_asked(tmp_path: Path, question: str, limit: int) -> tuple[list[str], Answer]:
    """What the semantic engine ranks first for `question`, and the whole service's answer."""
    app = await open_app(config_for_tests(tmp_path, engine="semantic"))
    try:
        return app.questions.ranked(question, limit=limit), await app.questions.ask(question)
    finally:
        await app.close()


async def test_a_guide_close_behind_does_not_take_the_answer_from_the_entry_asked_about(
    tmp_path: Path,
) -> None:
    """Asking why varicose veins happen names a sign's topic, so triage offers the varicose-vein
    guide; retrieval ranks the entry on causes first with the guide a hair behind. The guide's
    closeness is no doubt about the causes entry: it answers, and the guide sits under it."""
    question = "why do people end up with varicose veins and can i stop getting them"
    ranked, answer = await _ranked_and_asked(tmp_path, question, limit=2)
    assert ranked == ["varicose-veins-cvi", "varicose-veins-when-to-get-help"]
    assert answer.kind is AnswerKind.ANSWER
    assert answer.entry is not None
    assert answer.entry.id == "varicose-veins-cvi"
    assert "varicose-veins-when-to-get-help" in [e.id for e in answer.see_also]
    assert answer_json(answer)["triage"] == "info"


async def test_a_question_naming_a_sign_that_retrieval_places_elsewhere_offers_choices(
    tmp_path: Path,
) -> None:
    """Asking whether a winter sea swim is safe after a heart attack names heart attacks, so
    triage reads it as a question about signs; but retrieval ranks no sign guide near the top.
    Its best guesses are offered with the guide beside them, never "call now", and the guide is
    not shown as though it answered."""
    question = "is it dangerous to go sea swimming in winter after a heart attack?"
    ranked, answer = await _ranked_and_asked(tmp_path, question, limit=3)
    assert "heart-attack-signs" not in ranked
    assert answer.kind is AnswerKind.SUGGESTIONS
    offered = [e.id for e in answer.suggestions]
    assert offered[0] == ranked[0] == "exercise-after-heart-attack"
    assert offered[-1] == "heart-attack-signs"
    assert (answer_json(answer)["urgent"], answer_json(answer)["triage"]) == (False, "info")


async def test_the_json_carries_the_triage_level_and_category(app: App) -> None:
    emergency = answer_json(await app.questions.ask("my dad's face is drooping on one side"))
    assert (emergency["urgent"], emergency["triage"]) == (True, "emergency")
    assert emergency["triage_category"] == "stroke"
    same_day = answer_json(await app.questions.ask("my left calf is swollen and red"))
    assert (same_day["urgent"], same_day["triage"]) == (True, "same_day")
    ordinary = answer_json(await app.questions.ask("how many calf raises should i do"))
    assert (ordinary["urgent"], ordinary["triage"], ordinary["triage_category"]) == (
        False,
        None,
        None,
    )


async def test_a_decline_is_honest_and_offers_the_topics(app: App) -> None:
    reply = answer_reply(await app.questions.ask("recommend a good anime"))
    assert reply.title == "I don't have an answer for that"
    assert [a.command for a in reply.actions] == ["/topics"]


async def test_suggestions_are_actions_that_open_a_topic(app: App) -> None:
    reply = answer_reply(await app.questions.ask("leg training"))
    assert reply.title == "Did you mean…"
    assert all(a.command.startswith("/topic ") for a in reply.actions)
    assert all(a.key.startswith("topic:") for a in reply.actions)


async def test_the_curators_json_has_every_field(app: App) -> None:
    data = answer_json(await app.questions.ask("what causes calf cramps at night"))
    assert set(data) >= {"id", "title", "confidence", "urgent", "answer", "sources", "suggestions"}
    assert data["id"] == "calf-cramps"
    related = data["related"]
    assert isinstance(related, list)
    assert related
    assert "calf-cramps" not in related
    assert data["urgent"] is False
    assert isinstance(data["sources"], list)
    assert data["sources"][0]["link"].startswith("https://")
    declined = answer_json(await app.questions.ask("recommend a good anime"))
    assert declined["id"] is None
    assert declined["answer"] is None
