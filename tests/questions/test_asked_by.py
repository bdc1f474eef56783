"""Ask Second Heart on someone's message: the line naming who asked, and reading it back."""

from __future__ import annotations

from bot.questions.replies import asked_by_text, no_question_reply, question_asked_by


def test_the_credit_names_who_asked_as_text_and_keeps_the_question() -> None:
    line = asked_by_text("Bob", "what causes calf cramps")
    assert line == "Bob asked:\nwhat causes calf cramps"
    assert question_asked_by(line) == "what causes calf cramps"


def test_a_name_with_markdown_is_shown_as_typed_not_styled() -> None:
    line = asked_by_text("*bob*_", "why do my calves ache")
    assert line.startswith("\\*bob\\*\\_ asked:\n")
    assert question_asked_by(line) == "why do my calves ache"


def test_a_question_that_itself_says_asked_is_read_back_whole() -> None:
    question = "my coach asked: why do calves cramp"
    assert question_asked_by(asked_by_text("Ann", question)) == question


def test_other_text_is_not_read_as_a_question() -> None:
    assert question_asked_by("") is None
    assert question_asked_by("hello") is None
    assert question_asked_by("Bob asked:\n") is None


def test_a_message_without_text_gets_a_private_explanation() -> None:
    reply = no_question_reply()
    assert reply.private
    assert "/ask" in str(reply.body)
