"""Discord Markdown: cutting it to a length without breaking it, escaping members' text, and
reading it as plain text.

A plain slice can leave `**bold` unclosed, an open code fence, half a link or half a `<t:…>`
timestamp, and Discord then renders the rest of the message wrongly. `truncate` cuts at a word
boundary, never inside a link or an angle-bracket token, and closes whatever was left open.

`escape` makes text a member typed show as typed inside a Markdown body, so a masked link
(`[your account](https://evil.example)`) can't turn into a link someone else clicks.

`plain` reads Markdown as text for a terminal, which shows Markdown as typed: the markers go, a link
keeps its title and its address, and code keeps its words.
"""

from __future__ import annotations

import re

ELLIPSIS = "…"

# Inline markers in the order a scanner must try them: longer first, so "**" is not read as "*".
_INLINE_MARKERS = ("**", "__", "~~", "||", "*")
_FENCE = "```"
# How far back (as a share of the limit) we look for a space before accepting a mid-word cut.
_WORD_BOUNDARY_WINDOW = 0.2
# What Discord's Markdown acts on anywhere: styles, spoilers, code, masked links, and <…> tokens
# (mentions, timestamps, emoji). Discord shows any punctuation after a backslash as itself.
_INLINE_SPECIAL = re.compile(r"([\\*_~`|\[\]()<])")
# What it acts on only at the start of a line: quotes, headings, lists.
_LINE_SPECIAL = re.compile(r"(?m)^(\s*)([>#\-+])")
# A bare URL would still be a link; escaping its colon leaves it readable but not clickable.
_URL_SCHEME = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*):(?=//)")


def escape(text: str) -> str:
    """`text` as a member typed it, inert inside Discord Markdown: no link, style or mention."""
    text = _INLINE_SPECIAL.sub(r"\\\1", text)
    text = _LINE_SPECIAL.sub(r"\1\\\2", text)
    return _URL_SCHEME.sub(r"\1\\:", text)


def truncate(text: str, limit: int, ellipsis: str = ELLIPSIS) -> str:
    """Return `text` if it fits in `limit` characters, else a cleanly cut version that does.

    The result ends with `ellipsis` (before any closing markers) and is at most `limit` long.
    """
    if limit < 0:
        raise ValueError("limit must not be negative")
    if len(text) <= limit:
        return text
    if limit <= len(ellipsis):
        return ellipsis[:limit]

    cut = _safe_prefix(text, limit - len(ellipsis))
    while True:
        closers = _closers(cut)
        if len(cut) + len(ellipsis) + len(closers) <= limit:
            return cut + ellipsis + closers
        # Closers did not fit: give back one more word (or, in one long word, a character).
        space = max(cut.rfind(" "), cut.rfind("\n"))
        shorter = _drop_open_token(cut[:space]).rstrip() if space > 0 else cut[:-1]
        if not shorter:
            # Nothing sensible left to keep; drop the Markdown rather than break it.
            return _strip_markers(text)[: limit - len(ellipsis)].rstrip() + ellipsis
        cut = shorter


def _safe_prefix(text: str, length: int) -> str:
    """The longest prefix of at most `length` characters that ends between words and tokens."""
    if length <= 0:
        return ""
    if len(text) <= length:
        return text.rstrip()
    head = text[:length]
    # Prefer ending on whitespace, unless that throws away too much.
    space = max(head.rfind(" "), head.rfind("\n"))
    if text[length].isspace():
        space = length
    if space >= length * (1 - _WORD_BOUNDARY_WINDOW):
        head = head[:space]
    head = _drop_open_token(head)
    return head.rstrip()


def _drop_open_token(head: str) -> str:
    """Cut before a link `[..](..)` or `<…>` token that the prefix would leave half-written."""
    open_angle = head.rfind("<")
    if open_angle > head.rfind(">"):
        head = head[:open_angle]
    # A "[" whose link is not complete inside the prefix.
    for match in re.finditer(r"\[", head):
        start = match.start()
        rest = head[start:]
        if "](" in rest:
            closing = rest.find(")", rest.find("]("))
            if closing == -1:
                return head[:start]
        elif "]" not in rest:
            return head[:start]
    return head


def _closers(text: str) -> str:
    """The markers that would close every inline style and code block left open in `text`."""
    stack: list[str] = []
    i = 0
    in_fence = False
    in_code = False
    while i < len(text):
        if text.startswith(_FENCE, i):
            in_fence = not in_fence
            i += len(_FENCE)
            continue
        if in_fence:
            i += 1
            continue
        if text[i] == "`":
            in_code = not in_code
            i += 1
            continue
        if in_code:
            i += 1
            continue
        if text[i] == "\\":
            i += 2
            continue
        for marker in _INLINE_MARKERS:
            if text.startswith(marker, i):
                if marker in stack:
                    while stack and stack.pop() != marker:
                        pass
                else:
                    stack.append(marker)
                i += len(marker)
                break
        else:
            i += 1
    if in_fence:
        return "\n" + _FENCE
    if in_code:
        return "`"
    return "".join(reversed(stack))


def _strip_markers(text: str) -> str:
    for marker in (_FENCE, "`", *_INLINE_MARKERS):
        text = text.replace(marker, "")
    return text


# Code: left as written (without its backticks), and never searched for other markers.
_CODE = re.compile(r"```(?:[a-z]*\n)?(.*?)```|``(.+?)``|`([^`\n]+)`", re.DOTALL)
_LINK = re.compile(r"\[([^\]\n]+)\]\(<?([^()\s<>]+)>?\)")
_BARE_LINK = re.compile(r"<(https?://[^\s<>]+)>")
# Paired markers only, as Discord reads them: "__init__" in a word and a lone "*" stay.
_STYLES = (
    re.compile(r"\*\*(?!\s)(.+?)(?<!\s)\*\*"),
    re.compile(r"(?<!\w)__(?!\s)(.+?)(?<!\s)__(?!\w)"),
    re.compile(r"~~(?!\s)(.+?)(?<!\s)~~"),
    re.compile(r"\|\|(.+?)\|\|"),
    re.compile(r"(?<![*\w\\])\*(?![\s*])(.+?)(?<![\s\\])\*(?![*\w])"),
    re.compile(r"(?<![_\w\\])_(?![\s_])(.+?)(?<![\s\\])_(?![_\w])"),
)
_ESCAPE = re.compile(r"\\([\\*_~|`<>\[\]()#-])")


def plain(text: str) -> str:
    """Discord Markdown as a terminal should show it: **bold** and *italics* lose their
    markers, [a link](https://x) reads "a link <https://x>", `code` loses its backticks."""
    parts: list[str] = []
    start = 0
    for match in _CODE.finditer(text):
        parts.append(_plain_prose(text[start : match.start()]))
        parts.append(next(group for group in match.groups() if group is not None))
        start = match.end()
    parts.append(_plain_prose(text[start:]))
    return "".join(parts)


def _plain_prose(text: str) -> str:
    text = _BARE_LINK.sub(r"\1", text)
    text = _LINK.sub(_link_text, text)
    for style in _STYLES:
        text = style.sub(r"\1", text)
    return _ESCAPE.sub(r"\1", text)


def _link_text(match: re.Match[str]) -> str:
    title, address = match[1], match[2]
    return address if title == address else f"{title} <{address}>"
