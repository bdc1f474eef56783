"""Reading a knowledge file with a stricter yaml.SafeLoader: the same safe types, one parse giving
both the node tree (for line numbers) and the data.

A knowledge file is text in a few levels of lists and mappings, and `/kb reload` reads it inside
the running bot, so everything beyond that is refused with a file:line problem rather than
trusted: anchors and aliases (a few lines of them expand to gigabytes, the "billion laughs"),
duplicate keys (YAML keeps the last one silently), deep nesting, files over MAX_FILE_BYTES, and
a load that runs past its deadline.
"""

from __future__ import annotations

import time
from collections.abc import Hashable
from pathlib import Path
from typing import Any, Final

import yaml

# The largest file is about 32 KB; 1 MiB leaves room to grow and parses in about 2 s.
MAX_FILE_BYTES: Final = 1024 * 1024
# A file is nested 6 deep (file, entries, entry, sources, source, value); more is a mistake.
MAX_DEPTH: Final = 12


class OutOfTime(Exception):
    def __init__(self, where: str = "", line: int = 0) -> None:
        super().__init__("out of time")
        self.where = where
        self.line = line


class Refused(yaml.MarkedYAMLError):
    """Valid YAML that a knowledge file may not use; the message is shown as it is."""


class _StrictConstruction(yaml.constructor.SafeConstructor):
    """The safe constructor, refusing a duplicate key and reporting a bad value at its line."""

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep)
        except (ValueError, OverflowError) as exc:
            # A bad date (2026-13-45) or a number too long for int(): not a YAML error, but the
            # curator needs the line all the same.
            raise Refused(
                problem=f"cannot read this value: {exc}", problem_mark=node.start_mark
            ) from None

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Hashable, Any]:
        self.flatten_mapping(node)
        first_line: dict[object, int] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if not isinstance(key, Hashable):
                continue  # SafeLoader itself reports an unhashable key
            if key in first_line:
                raise Refused(
                    problem=f"duplicate key {key!r} (first at line {first_line[key]})",
                    problem_mark=key_node.start_mark,
                )
            first_line[key] = key_node.start_mark.line + 1
        return super().construct_mapping(node, deep)


class _KnowledgeLoader(_StrictConstruction, yaml.SafeLoader):
    """yaml.SafeLoader (the loader of yaml.safe_load), refusing what a knowledge file never needs.

    Aliases are refused before any node is built from them, so an expansion bomb costs nothing;
    the deadline is checked at every node, so no document can run past it.
    """

    def __init__(self, text: str, name: str, deadline: float) -> None:
        super().__init__(text)
        self._name = name
        self._deadline = deadline
        self._depth = 0

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        event: yaml.Event = self.peek_event()  # type: ignore[no-untyped-call]
        # The pure-Python parser always sets a yaml.error.Mark; the C one is not used here.
        mark = event.start_mark if isinstance(event.start_mark, yaml.error.Mark) else None
        if isinstance(event, yaml.AliasEvent):
            raise Refused(
                problem="aliases (*name) are not allowed; write the text out in full",
                problem_mark=mark,
            )
        if getattr(event, "anchor", None) is not None:
            raise Refused(
                problem="anchors (&name) are not allowed; write the text out in full",
                problem_mark=mark,
            )
        if time.monotonic() > self._deadline:
            raise OutOfTime(self._name, mark.line + 1 if mark else 0)
        if self._depth >= MAX_DEPTH:
            raise Refused(problem=f"nested more than {MAX_DEPTH} levels deep", problem_mark=mark)
        self._depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


# libyaml, where PyYAML was built with it: composing a knowledge file in C takes about a
# twentieth of the time, which is most of the bot's start-up otherwise.
_LIBYAML: bool = yaml.__with_libyaml__

if _LIBYAML:

    class _FastKnowledgeLoader(_StrictConstruction, yaml.CSafeLoader):
        """libyaml's safe loader with the same strict construction."""


_COLLECTION_START = (
    yaml.BlockSequenceStartToken,
    yaml.BlockMappingStartToken,
    yaml.FlowSequenceStartToken,
    yaml.FlowMappingStartToken,
)
_COLLECTION_END = (yaml.BlockEndToken, yaml.FlowSequenceEndToken, yaml.FlowMappingEndToken)


def _fast_read(text: str) -> tuple[object, yaml.Node | None] | None:
    """The data and node tree through libyaml, or None when the strict loader must read it.

    libyaml composes without the checks the strict loader makes as it composes, so a file goes
    this way only when a scan of its tokens (also in C) finds no anchor or alias and no deep
    nesting, and a walk of the tree it built confirms the depth. Anything else, an error
    included, is left to the strict loader, which reports it at its line as before.
    """
    if not _LIBYAML:
        return None
    try:
        depth = 0
        for token in yaml.scan(text, Loader=yaml.CSafeLoader):
            if isinstance(token, (yaml.AnchorToken, yaml.AliasToken)):
                return None
            if isinstance(token, _COLLECTION_START):
                depth += 1
                if depth > MAX_DEPTH:
                    return None
            elif isinstance(token, _COLLECTION_END):
                depth -= 1
        loader = _FastKnowledgeLoader(text)
        try:
            root = loader.get_single_node()
            if root is not None and _depth(root) > MAX_DEPTH:
                return None
            return (loader.construct_document(root) if root is not None else None), root
        finally:
            loader.dispose()
    except yaml.YAMLError:
        return None


def _depth(node: yaml.Node) -> int:
    """How deep the tree goes, counting nodes as the strict loader does (a scalar is one)."""
    if isinstance(node, yaml.SequenceNode):
        return 1 + max((_depth(item) for item in node.value), default=0)
    if isinstance(node, yaml.MappingNode):
        return 1 + max((max(_depth(k), _depth(v)) for k, v in node.value), default=0)
    return 1


def read_yaml(path: Path, deadline: float) -> tuple[object, yaml.Node | None]:
    """The file's data and its node tree, or Refused / yaml errors / OSError."""
    if not path.is_file():
        # A FIFO or a device named *.yaml would block or never end.
        raise OSError("not a regular file")
    with path.open("rb") as file:
        raw = file.read(MAX_FILE_BYTES + 1)
    if len(raw) > MAX_FILE_BYTES:
        raise Refused(
            problem=f"the file is over {MAX_FILE_BYTES // 1024} KiB; split it into topic areas"
        )
    text = raw.decode("utf-8")
    fast = _fast_read(text)
    if fast is not None:
        if time.monotonic() > deadline:
            raise OutOfTime(str(path))
        return fast
    loader = _KnowledgeLoader(text, str(path), deadline)
    try:
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
    finally:
        loader.dispose()
    return data, root


def key_lines(node: yaml.Node | None) -> dict[str, int]:
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {
        str(key.value): key.start_mark.line + 1
        for key, _ in node.value
        if isinstance(key, yaml.ScalarNode)
    }


def value_node(node: yaml.MappingNode, key: str) -> yaml.Node | None:
    for k, v in node.value:
        if isinstance(k, yaml.ScalarNode) and k.value == key and isinstance(v, yaml.Node):
            return v
    return None
