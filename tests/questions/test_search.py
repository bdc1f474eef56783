from __future__ import annotations

from bot.questions.search import Match, Thresholds, Zone, decide

T = Thresholds(confident=0.6, unsure=0.5, margin=0.05)


def test_nothing_ranked_is_declined() -> None:
    decision = decide([], T)
    assert decision.zone is Zone.NOTHING
    assert decision.confidence == 0.0


def test_a_clear_winner_is_answered() -> None:
    decision = decide([Match("a", 0.8), Match("b", 0.6)], T)
    assert decision.zone is Zone.CONFIDENT
    assert [m.entry_id for m in decision.matches] == ["a"]
    assert [m.entry_id for m in decision.runners_up] == ["b"]


def test_an_answer_carries_only_runners_up_in_the_suggestion_zone() -> None:
    ranked = [Match(x, s) for x, s in (("a", 0.9), ("b", 0.55), ("c", 0.49), ("d", 0.3))]
    assert [m.entry_id for m in decide(ranked, T).runners_up] == ["b"]
    ranked = [Match(x, s) for x, s in (("a", 0.9), ("b", 0.8), ("c", 0.7), ("d", 0.6))]
    assert [m.entry_id for m in decide(ranked, T).runners_up] == ["b", "c"]


def test_a_close_runner_up_turns_an_answer_into_suggestions() -> None:
    decision = decide([Match("a", 0.8), Match("b", 0.78), Match("c", 0.4)], T)
    assert decision.zone is Zone.UNSURE
    assert [m.entry_id for m in decision.matches] == ["a", "b"]
    assert decision.runners_up == ()


def test_a_middling_score_gives_at_most_three_suggestions() -> None:
    ranked = [Match(x, s) for x, s in (("a", 0.58), ("b", 0.55), ("c", 0.52), ("d", 0.51))]
    decision = decide(ranked, T)
    assert decision.zone is Zone.UNSURE
    assert [m.entry_id for m in decision.matches] == ["a", "b", "c"]


def test_a_low_score_is_declined_but_reports_how_close_it_came() -> None:
    decision = decide([Match("a", 0.42)], T)
    assert decision.zone is Zone.NOTHING
    assert decision.matches == ()
    assert decision.confidence == 0.42


def test_a_question_closer_to_the_outside_examples_than_to_any_entry_is_declined() -> None:
    scoped = Thresholds(confident=0.58, unsure=0.55, margin=0.03, scope_margin=0.06)
    ranked = [Match("a", 0.80), Match("b", 0.60)]
    assert decide(ranked, scoped, outside=0.70).zone is Zone.CONFIDENT
    assert decide(ranked, scoped, outside=0.76).zone is Zone.NOTHING
    # An engine without a scope check passes None and is never declined by it.
    assert decide(ranked, scoped, outside=None).zone is Zone.CONFIDENT


def test_an_entry_put_first_by_more_than_its_score_is_suggested_never_answered() -> None:
    """The semantic engine's entry model may rank an entry first that another outscores: the
    zone still reads the scores, so the bot is no surer than the scores alone would make it."""
    reordered = [Match("b", 0.78, rank_score=0.88), Match("a", 0.85, rank_score=0.85)]
    decision = decide(reordered, T)
    assert decision.zone is Zone.UNSURE
    assert [m.entry_id for m in decision.matches] == ["b", "a"]
    assert decision.confidence == 0.85
    # Placed first and outscoring the rest by the margin, it is answered as before.
    agreed = [Match("a", 0.85, rank_score=0.95), Match("b", 0.78, rank_score=0.79)]
    assert decide(agreed, T).zone is Zone.CONFIDENT


def test_the_best_score_anywhere_in_the_ranking_keeps_a_question_from_being_declined() -> None:
    # First by the ranking but under the suggestion zone; the next is in it: suggest, not decline.
    reordered = [Match("b", 0.45, rank_score=0.60), Match("a", 0.55, rank_score=0.56)]
    decision = decide(reordered, T)
    assert decision.zone is Zone.UNSURE
    assert [m.entry_id for m in decision.matches] == ["a"]
