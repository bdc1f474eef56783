"""Reading a console line the way Discord reads the same command.

Each command's options come from the catalog, the one description of every command, so a form
that /help or the README shows works in both front ends:
- options as `name:value`, in any order;
- a value of several words needs no quotes (`zone:new york`): it runs to the next option;
- the first option may go without its name (`/remind off 3`, `/timezone set berlin`);
- whole numbers, choices and lengths are checked as Discord checks them, with one clear message.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from bot.catalog import CommandInfo, Option
from bot.errors import InputError

# Discord's integer options hold -(2^53 - 1) to 2^53 - 1; no id or number typed here is larger.
DISCORD_INTEGER = 2**53 - 1
_OPTION = re.compile(r"(?P<key>[A-Za-z][A-Za-z0-9_-]*):(?P<value>.*)", re.DOTALL)
# A word is a run of non-space characters; "double quotes" may hold spaces (an old habit).
_WORD = re.compile(r'(?:"[^"]*"|[^\s"]|")+')
# At most 20 digits: longer is out of range anyway, and int() refuses over 4,300.
_INTEGER = re.compile(r"#?(?P<number>[+-]?[0-9]{1,20})")
_ENTITIES = ("member", "channel", "role")


class CommandError(InputError):
    """A console line we can't read as a command; the message shows the right form."""


@dataclass(frozen=True)
class Parsed:
    command: CommandInfo
    values: Mapping[str, str | int]

    def text(self, name: str, default: str = "") -> str:
        value = self.values.get(name, default)
        return value if isinstance(value, str) else str(value)

    def number(self, name: str) -> int | None:
        value = self.values.get(name)
        return value if isinstance(value, int) else None


def parse_line(
    line: str,
    commands: Iterable[CommandInfo],
    defaults: Mapping[str, str] | None = None,
    aliases: Mapping[str, str] | None = None,
) -> Parsed:
    """`line` without its leading slash: "remind off id:3" -> the command and its values."""
    words = _resolve_alias([_unquote(w) for w in _WORD.findall(line)], aliases or {})
    by_name = {c.name: c for c in commands}
    command, rest = _command(words, by_name, defaults or {})
    return Parsed(command, _values(command, rest))


def _unquote(word: str) -> str:
    return word.replace('"', "") if word.count('"') % 2 == 0 else word


def _resolve_alias(words: list[str], aliases: Mapping[str, str]) -> list[str]:
    """An old form's leading words, replaced by the command's name now."""
    lowered = [w.lower() for w in words]
    for old, new in aliases.items():
        old_words = old.split()
        if lowered[: len(old_words)] == old_words:
            return [*new.split(), *words[len(old_words) :]]
    return words


def _command(
    words: list[str], by_name: Mapping[str, CommandInfo], defaults: Mapping[str, str]
) -> tuple[CommandInfo, list[str]]:
    """The longest run of leading words that names a command, and the words after it."""
    lowered = [w.lower() for w in words]
    for length in range(min(3, len(words)), 0, -1):
        name = " ".join(lowered[:length])
        if name in by_name:
            return by_name[name], words[length:]
    for length in range(min(2, len(words)), 0, -1):
        group = " ".join(lowered[:length])
        members = [c for n, c in by_name.items() if n.startswith(group + " ") and c.listed]
        if not members:
            continue
        if len(words) == length and group in defaults:
            return by_name[defaults[group]], []
        usages = [c.usage for c in members]
        raise CommandError(f"Use {', '.join(usages[:-1])} or {usages[-1]}.")
    raise CommandError(
        f"There is no /{words[0] if words else ''} command. Type /help for the list."
    )


def _values(command: CommandInfo, words: list[str]) -> dict[str, str | int]:
    options = {o.name: o for o in command.options}
    given: dict[str, list[str]] = {}
    current: Option | None = None
    positional: list[str] = []
    for word in words:
        match = _OPTION.fullmatch(word)
        key = match["key"].lower().replace("_", "-") if match else None
        # Inside free text, "leg day: done" is words: only "day:yesterday" starts an option.
        in_text = current is not None and current.free_text
        if match and key in options and (match["value"] or not in_text):
            if key in given:
                raise CommandError(f"You gave {key}: twice. Use {command.usage}")
            current = options[key]
            given[key] = [match["value"]] if match["value"] else []
            continue
        # Another "word:" inside a value is only text where text may hold anything (a note);
        # elsewhere it is a misspelt option, which must not vanish into the value before it.
        holder = current or _first(command)
        if match and (holder is None or not holder.free_text):
            raise CommandError(_no_such_option(command, match["key"]))
        if current is not None:
            given[current.name].append(word)
        else:
            positional.append(word)
    if positional:
        first = _first(command)
        if first is None:
            raise CommandError(f"/{command.name} takes no options. Use {command.usage}")
        if first.name in given:
            raise CommandError(f"You gave {first.name}: twice. Use {command.usage}")
        given = {first.name: positional, **given}
    values: dict[str, str | int] = {}
    for option in command.options:
        if option.name in given:
            values[option.name] = _convert(option, " ".join(given[option.name]), command)
        elif option.required and option.kind not in _ENTITIES:
            # Members, channels and roles are Discord's: the console has only you, one
            # pretend server and one channel, so it takes them as given.
            raise CommandError(_missing(command, option))
        elif option.default is not None:
            values[option.name] = option.default
    return values


def _missing(command: CommandInfo, option: Option) -> str:
    if not option.example:
        return f"Add {option.name}: to that. Use {command.usage}"
    given = [f"{o.name}:{o.example}" for o in command.options if o.required and o.example]
    return f"Add {option.name}:, for example: /{command.name} {' '.join(given)}"


def _first(command: CommandInfo) -> Option | None:
    return command.options[0] if command.options else None


def _no_such_option(command: CommandInfo, key: str) -> str:
    names = ", ".join(o.name for o in command.options if not o.console_only)
    takes = f"its options are {names}" if names else "it takes no options"
    return f"/{command.name} has no option {key}: {takes}. Use {command.usage}"


def _convert(option: Option, text: str, command: CommandInfo) -> str | int:
    text = text.strip()
    if not text:
        raise CommandError(f"Give a value after {option.name}:, as in {command.usage}")
    if option.kind == "integer":
        return _integer(option, text)
    if option.choices:
        choice = text.lower()
        if choice not in option.choices:
            raise CommandError(f"{option.name} is one of: {', '.join(option.choices)}.")
        return choice
    if option.high is not None and len(text) > option.high:
        raise CommandError(
            f"{option.name} is at most {option.high} characters; yours has {len(text)}."
        )
    return text


def _integer(option: Option, text: str) -> int:
    low = -DISCORD_INTEGER if option.low is None else option.low
    high = DISCORD_INTEGER if option.high is None else option.high
    # ASCII digits only: str.isdigit() and int() also take "²" and "٣", and int() then fails
    # with its own message.
    match = _INTEGER.fullmatch(text)
    if match is not None and low <= int(match["number"]) <= high:
        return int(match["number"])
    example = option.example or str(max(low, 1))
    if match is None and (option.low is None or option.high is None):
        raise CommandError(
            f"{option.name} must be a whole number, such as {option.name}:{example}."
        )
    raise CommandError(
        f"{option.name} must be a whole number from {low:,} to {high:,}, "
        f"such as {option.name}:{example}."
    )
