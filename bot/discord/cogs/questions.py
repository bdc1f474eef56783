"""Questions in Discord: /ask, @mentions, DMs, Ask Second Heart on any message, /topics,
feedback buttons, and /kb for curators."""

from __future__ import annotations

import dataclasses
import logging
import re
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.catalog import MESSAGE_ACTIONS
from bot.discord.client import SecondHeartBot
from bot.discord.installs import anywhere, server_only
from bot.discord.options import from_catalog
from bot.discord.render import choices, embed_for, quoted_question, send_reply
from bot.discord.views import view_for
from bot.questions.replies import (
    answer_reply,
    asked_by_text,
    feedback_reply,
    gaps_reply,
    no_question_reply,
    reload_reply,
    topics_reply,
    unknown_topic_reply,
    unreadable_vote_reply,
)
from bot.questions.service import GAP_DAYS, QuestionService
from bot.replies import Reply, error_reply, slow_down_text

log = logging.getLogger(__name__)

_MENTION = re.compile(r"<@!?(\d+)>")


def _ask_cooldown(interaction: discord.Interaction[SecondHeartBot]) -> app_commands.Cooldown:
    settings = interaction.client.app.config.questions
    return app_commands.Cooldown(settings.cooldown_rate, settings.cooldown_seconds)


class QuestionsCog(commands.Cog):
    kb = server_only(
        app_commands.Group(
            name="kb",
            description="Knowledge-base tools for server managers",
            default_permissions=discord.Permissions(manage_guild=True),
        )
    )

    def __init__(self, bot: SecondHeartBot) -> None:
        self.bot = bot
        self.questions: QuestionService = bot.app.questions
        settings = bot.app.config.questions
        # Mentions and DMs share the limit /ask has; discord.py keys it by user.
        self._message_cooldown = commands.CooldownMapping.from_cooldown(
            settings.cooldown_rate, settings.cooldown_seconds, commands.BucketType.user
        )
        bot.action_handlers.update(
            feedback=self._on_feedback, topic=self._on_topic, topics=self._on_topics
        )
        # A context menu can't be declared in a cog's body as a slash command can; it is built
        # here and added to the tree while the cog is loaded. Same limit as /ask, same places.
        self.ask_menu = anywhere(
            app_commands.ContextMenu(name=MESSAGE_ACTIONS[0].name, callback=self.ask_about_message)
        )
        app_commands.checks.dynamic_cooldown(_ask_cooldown, key=lambda i: i.user.id)(self.ask_menu)

    async def cog_load(self) -> None:
        self.bot.tree.add_command(self.ask_menu)

    async def cog_unload(self) -> None:
        self.bot.tree.remove_command(self.ask_menu.name, type=self.ask_menu.type)

    @anywhere
    @app_commands.command(name="ask", description="Ask about calf and leg training or heart health")
    @app_commands.checks.dynamic_cooldown(_ask_cooldown, key=lambda i: i.user.id)
    @from_catalog("ask")
    async def ask(self, interaction: discord.Interaction[SecondHeartBot], question: str) -> None:
        # The answer is public: others in the channel may have the same question. Deferring
        # first keeps us inside Discord's 3-second window even if the database is busy.
        await interaction.response.defer(thinking=True)
        answer = await self.questions.ask(question)
        await send_reply(interaction, answer_reply(answer))

    @ask.autocomplete("question")
    async def ask_autocomplete(
        self, interaction: discord.Interaction[SecondHeartBot], current: str
    ) -> list[app_commands.Choice[str]]:
        return choices(self.questions.autocomplete(current))

    @anywhere
    @app_commands.command(name="topics", description="Everything Second Heart can answer")
    async def topics(self, interaction: discord.Interaction[SecondHeartBot]) -> None:
        await send_reply(interaction, topics_reply(self.questions.kb))

    async def ask_about_message(
        self, interaction: discord.Interaction[SecondHeartBot], message: discord.Message
    ) -> None:
        """Ask Second Heart on someone's message: answer it as /ask would, naming who asked.

        Public like /ask's answer, so the one who asked sees it; the name is plain text above
        the answer, sent with mentions off, so nobody is pinged.
        """
        question = self._question_in(message)
        if not question:
            await send_reply(interaction, no_question_reply())
            return
        await interaction.response.defer(thinking=True)
        answer = await self.questions.ask(question)
        credit = asked_by_text(message.author.display_name, answer.question)
        # The question is in the credit line; "You asked" would name the wrong person.
        reply = dataclasses.replace(answer_reply(answer), quote=None)
        await send_reply(interaction, reply, content=credit)

    @kb.command(name="reload", description="Reload the knowledge base from disk")
    @app_commands.checks.has_permissions(manage_guild=True)
    async def kb_reload(self, interaction: discord.Interaction[SecondHeartBot]) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        problems = await self.questions.reload()
        log.info("knowledge reload by user %s: %d problem(s)", interaction.user.id, len(problems))
        reply = reload_reply([str(p) for p in problems], len(self.questions.kb.entries))
        await send_reply(interaction, reply)

    @kb.command(name="gaps", description="Questions members asked that got no good answer")
    @app_commands.checks.has_permissions(manage_guild=True)
    async def kb_gaps(self, interaction: discord.Interaction[SecondHeartBot]) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        await send_reply(interaction, gaps_reply(await self.questions.gaps(GAP_DAYS), GAP_DAYS))

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        """Answer a DM, a message that mentions the bot, or any message in a question channel."""
        if message.author.bot or self.bot.user is None:
            return
        in_dm = message.guild is None
        listening = message.channel.id in self.bot.app.config.questions.channels
        if not (in_dm or listening or self.bot.user in message.mentions):
            return
        question = self._question_in(message)
        if self._message_cooldown.update_rate_limit(message):
            await self._reply(message, error_reply(slow_down_text()))
            return
        if not question:
            await self._reply(message, topics_reply(self.questions.kb))
            return
        answer = await self.questions.ask(question)
        await self._reply(message, answer_reply(answer))

    def _question_in(self, message: discord.Message) -> str:
        """A message's text as a question: without the mentions of the bot itself."""
        me = self.bot.user.id if self.bot.user is not None else None
        return _MENTION.sub(lambda m: "" if int(m[1]) == me else m[0], message.content).strip()

    async def _reply(self, message: discord.Message, reply: Reply) -> None:
        try:
            await message.reply(
                embed=embed_for(reply),
                view=view_for(reply.actions) or discord.utils.MISSING,
                mention_author=False,
            )
        except discord.HTTPException:
            log.warning("could not answer message %s in channel %s", message.id, message.channel.id)

    async def _on_feedback(self, interaction: discord.Interaction[Any], parts: list[str]) -> None:
        question = quoted_question(interaction.message)
        if len(parts) != 2 or parts[0] not in ("0", "1") or question is None:
            await send_reply(interaction, unreadable_vote_reply())
            return
        vote, entry_id = parts
        recorded = await self.questions.record_feedback(
            user_id=interaction.user.id, entry_id=entry_id, question=question, helpful=vote == "1"
        )
        await send_reply(interaction, feedback_reply(vote == "1", recorded))

    async def _on_topic(self, interaction: discord.Interaction[Any], parts: list[str]) -> None:
        entry_id = parts[0] if parts else ""
        answer = self.questions.topic(entry_id)
        if answer is None:
            await send_reply(interaction, unknown_topic_reply(entry_id))
            return
        reply = answer_reply(answer)
        question = quoted_question(interaction.message) or answer.question
        await send_reply(interaction, dataclasses.replace(reply, quote=question))

    async def _on_topics(self, interaction: discord.Interaction[Any], _: list[str]) -> None:
        await send_reply(interaction, topics_reply(self.questions.kb))


async def setup(bot: SecondHeartBot) -> None:
    await bot.add_cog(QuestionsCog(bot))
