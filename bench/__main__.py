"""python -m bench [--quick]: run every benchmark and write bench/results.md.

Each area's benchmark also runs on its own (python -m bench.questions, …). Figures are medians
where runs repeat; comparisons are ratios measured in the same run, because this machine is
shared and absolute times drift.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from bench import checkins, endtoend, questions, real_questions, reminders, scale, triage
from bench.common import machine

RESULTS = Path(__file__).resolve().parent / "results.md"
AREAS: tuple[tuple[str, Callable[[Sequence[str]], int]], ...] = (
    ("Questions", questions.main),
    ("Real questions", real_questions.main),
    ("Warning-sign triage", triage.main),
    ("Check-ins", checkins.main),
    ("Reminders", reminders.main),
    ("End to end", endtoend.main),
    ("Scale", scale.main),
)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="about 10 seconds per area")
    args = parser.parse_args(argv)
    flags = ["--quick"] if args.quick else []
    sections = [
        "# Second Heart benchmarks",
        "",
        machine()
        + f"{', quick run' if args.quick else ''}. Made by `make bench`; see each area's module in "
        "`bench/` for what is measured and how.",
        "",
    ]
    for title, run in AREAS:
        print(f"running {title.lower()}…", file=sys.stderr)
        captured = io.StringIO()
        with contextlib.redirect_stdout(captured):
            run(flags)
        body = captured.getvalue().split("\n", 3)[-1]  # drop the area's own title and machine line
        sections += [f"# {title}", "", body.strip(), ""]
    RESULTS.write_text("\n".join(sections), encoding="utf-8")
    print(f"wrote {RESULTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
