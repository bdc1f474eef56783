"""The triage's vocabulary: how people name or describe each sign, and the context that changes
its level, as word lists written from the guidance pages (NHS, NHS inform, AHA, NICE).

The rules (`bot.questions.triage.rules`) combine these concepts; the lists hold no logic.
"""
