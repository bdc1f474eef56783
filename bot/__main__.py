"""Command line: python -m bot [--config PATH] {run,console,sync,ask,kb,health,db} …"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import msgspec

from bot.app import open_app
from bot.clock import SystemClock
from bot.config import Config, ConfigError, load_config
from bot.console.render import render_text
from bot.errors import InputError, StartupError
from bot.files import MEMORY
from bot.health import check_health
from bot.instance_lock import AlreadyRunning, InstanceLock, LockError
from bot.logs import configure_logging
from bot.questions.kb import KnowledgeError, load_knowledge
from bot.questions.replies import answer_json, answer_reply
from bot.runner import run
from bot.shards import FLAG_EXAMPLES, ShardPlan, parse_shards
from bot.storage.db import is_postgres_url, open_database, sqlite_path
from bot.storage.errors import StorageError
from bot.storage.restore import check_restorable, restore_file
from bot.storage.schema import bundled_migrations
from bot.storage.sqlite import SqliteDatabase


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--config",
        type=Path,
        default=argparse.SUPPRESS,
        metavar="PATH",
        help="config file (default: ./config.yaml if present; environment variables override it)",
    )
    parser = argparse.ArgumentParser(
        prog="python -m bot",
        description="Second Heart: calf-training answers, reminders and check-ins for Discord.",
        parents=[common],
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    run_parser = sub.add_parser(
        "run",
        parents=[common],
        help="start the bot (the default): Discord if a token is set, else the local console",
        description="Start the bot. With no Discord token, open the local console instead.",
    )
    run_parser.add_argument(
        "--shards",
        type=_shard_plan,
        metavar="IDS/COUNT",
        help=f"run these Discord shards only, such as {FLAG_EXAMPLES}; overrides "
        "discord.shard_count and discord.shard_ids",
    )
    sub.add_parser(
        "console",
        parents=[common],
        help="open the local console, even if a token is set",
        description="Talk to the bot's services from the terminal; one command per line.",
    )
    sync_parser = sub.add_parser(
        "sync",
        parents=[common],
        help="register slash commands with Discord (run after commands change)",
        description="Register the slash commands with Discord, globally or to one guild.",
    )
    sync_parser.add_argument(
        "--guild", type=int, metavar="ID", help="sync to this guild only (takes effect at once)"
    )
    sync_parser.add_argument(
        "--clear",
        action="store_true",
        help="remove the commands instead (from --guild ID, or the global ones); after testing "
        "in a guild, clear it so members don't see each command twice",
    )

    ask = sub.add_parser(
        "ask",
        parents=[common],
        help="answer one question, as the bot would (for curators)",
        description="Answer one question as the bot would, without recording anything.",
    )
    ask.add_argument("question", nargs="+", help="the question, in a member's words")
    ask.add_argument("--json", action="store_true", help="print one JSON object")

    kb = sub.add_parser("kb", parents=[common], help="knowledge-base tools for curators")
    kb_sub = kb.add_subparsers(dest="kb_command", metavar="ACTION", required=True)
    check = kb_sub.add_parser(
        "check",
        parents=[common],
        help="validate the knowledge base; print every problem as file:line: message",
        description="Validate every knowledge file. Exits 1 if there is any problem.",
    )
    check.add_argument(
        "path",
        type=Path,
        nargs="?",
        metavar="PATH",
        help="the knowledge folder (default: knowledge.path from config)",
    )

    sub.add_parser(
        "health",
        parents=[common],
        help="exit 0 if a bot runs on the database, intact, with a recent heartbeat",
        description="Check that the database is intact, that a live bot (or console) holds it "
        "and that its last heartbeat is recent. Exit 0 if so; otherwise exit 1 with one line "
        "saying why. Reads only: it never creates, migrates or locks the database.",
    )

    db = sub.add_parser("db", parents=[common], help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_sub.add_parser(
        "migrate",
        parents=[common],
        help="apply pending migrations and print the schema version",
        description="Apply pending migrations. The bot also does this on every start.",
    )
    backup = db_sub.add_parser(
        "backup",
        parents=[common],
        help="copy the database to PATH, safely, even while the bot runs",
        description="Copy the database with SQLite's online backup API.",
    )
    backup.add_argument("path", type=Path, metavar="PATH", help="where to write the copy")
    restore = db_sub.add_parser(
        "restore",
        parents=[common],
        help="replace the database with the backup at PATH (stop the bot first)",
        description="Check that PATH is an intact Second Heart database this version can run, "
        "then replace the SQLite database with it. Refused while a bot runs on the database.",
    )
    restore.add_argument("path", type=Path, metavar="PATH", help="the backup to restore")
    copy = db_sub.add_parser(
        "copy",
        parents=[common],
        help="copy the SQLite database into PostgreSQL and check the row counts (safe to re-run)",
        description="Copy every table of the configured SQLite database into the PostgreSQL "
        "database --to names, in one transaction, and check that each table has as many rows "
        "in both. Stop the bot first. Rows already there from an earlier copy are skipped.",
    )
    copy.add_argument(
        "--to",
        required=True,
        metavar="URL",
        help="the PostgreSQL database, postgresql://user@host/dbname (a password may come "
        "from PGPASSWORD or ~/.pgpass instead of the URL)",
    )
    return parser


def _shard_plan(text: str) -> ShardPlan:
    # argparse reports an ArgumentTypeError as "argument --shards: <message>" and exits 2.
    try:
        return parse_shards(text)
    except InputError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def with_shards(config: Config, shards: ShardPlan | None) -> Config:
    """`config` running `shards` (from --shards), or as it is without the flag."""
    if shards is None:
        return config
    discord = msgspec.structs.replace(
        config.discord, shard_count=shards.count, shard_ids=shards.ids
    )
    return msgspec.structs.replace(config, discord=discord)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        config = with_shards(
            load_config(getattr(args, "config", None)), getattr(args, "shards", None)
        )
        configure_logging(config.logging, secrets=[config.discord.token.reveal()])
        return asyncio.run(_dispatch(args, config))
    except ConfigError as exc:
        print(f"config error: {exc}", file=sys.stderr)
        return 2
    except KnowledgeError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"error: {exc}; fix it, then check with: python -m bot kb check", file=sys.stderr)
        return 1
    except (LockError, StorageError, StartupError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


async def _dispatch(args: argparse.Namespace, config: Config) -> int:
    command = args.command or "run"
    if command in ("run", "console"):
        return await run(config, console=command == "console")
    if command == "sync":
        # Imported here: discord.py takes a third of a second to import, which every other
        # command, the console above all, would pay for nothing.
        from bot.discord.start import sync

        names = await sync(config, args.guild, clear=args.clear)
        where = f"guild {args.guild}" if args.guild else "all guilds (may take up to an hour)"
        if args.clear:
            print(f"cleared the commands of {where}")
        else:
            print(f"synced {len(names)} commands to {where}: {', '.join(names)}")
        return 0
    if command == "ask":
        return await _ask(config, " ".join(args.question), as_json=args.json)
    if command == "kb":
        return _kb_check(args.path or Path(config.knowledge.path))
    if command == "health":
        verdict = await check_health(config, SystemClock())
        print(verdict.line, file=sys.stdout if verdict.healthy else sys.stderr)
        return 0 if verdict.healthy else 1
    if args.db_command == "migrate":
        return await _migrate(config)
    if args.db_command == "copy":
        return await _copy(config, args.to)
    if args.db_command == "restore":
        return _restore(config, args.path)
    return await _backup(config, args.path)


async def _ask(config: Config, question: str, *, as_json: bool) -> int:
    # A throwaway in-memory database: a curator's test question must not land in /kb gaps.
    scratch = msgspec.structs.replace(
        config, database=msgspec.structs.replace(config.database, path=MEMORY, url=None)
    )
    app = await open_app(scratch)
    try:
        answer = await app.questions.ask(question, record=False)
    finally:
        await app.close()
    if as_json:
        print(json.dumps(answer_json(answer), ensure_ascii=False))
    else:
        print(render_text(answer_reply(answer)))
    return 0


def _kb_check(folder: Path) -> int:
    kb, problems = load_knowledge(folder)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) found in {folder}", file=sys.stderr)
        return 1
    print(
        f"{folder}: {len(kb.answerable)} answers and {len(kb.prompts)} reminder prompts, "
        "no problems"
    )
    return 0


async def _migrate(config: Config) -> int:
    target = config.database.target
    file = None if is_postgres_url(target) else sqlite_path(target)
    # Migrating under a running bot would change the schema beneath it. PostgreSQL migrates
    # under a lock of its own (postgres.py), so several processes may start at once.
    with InstanceLock(file) if file and file != MEMORY else contextlib.nullcontext():
        db = await open_database(
            target,
            busy_timeout_ms=config.database.busy_timeout_ms,
            backups_kept=config.database.backups_before_migration,
        )
        await db.close()
    print(f"{db.name}: schema version {db.schema_version}")
    return 0


async def _backup(config: Config, target: Path) -> int:
    if is_postgres_url(config.database.target):
        raise StorageError(
            "db backup copies a SQLite file; for PostgreSQL use pg_dump (README § Running at scale)"
        )
    db = await SqliteDatabase.open(
        sqlite_path(config.database.target), busy_timeout_ms=config.database.busy_timeout_ms
    )
    try:
        await db.backup(target)
    finally:
        await db.close()
    print(f"backed up {db.name} to {target}")
    return 0


def _restore(config: Config, backup: Path) -> int:
    if is_postgres_url(config.database.target):
        raise StorageError(
            "db restore replaces a SQLite file; for PostgreSQL use pg_restore "
            "(README § Backups and restore)"
        )
    live = sqlite_path(config.database.target)
    if live == MEMORY:
        raise StorageError("database.path is :memory:, which has nothing to restore into")
    # Replacing the file under a running bot would lose what it writes, or worse.
    with _stopped_bot(live, "stop it first, then restore"):
        version = check_restorable(backup, live)
        restore_file(backup, live)
    latest = bundled_migrations()[-1].number
    later = f"; the next start migrates it to {latest}" if version < latest else ""
    print(f"restored {live} from {backup} (schema version {version}){later}")
    return 0


async def _copy(config: Config, to: str) -> int:
    # Imported here: it loads psycopg, which a SQLite bot never needs.
    from bot.storage.copy import copy_into_postgres, copy_source

    file = copy_source(config.database.target, to)
    # A bot writing to the file during the copy would leave PostgreSQL behind it.
    with _stopped_bot(file, "stop it first, so that the copy holds all of its data"):
        report = await copy_into_postgres(file, to, busy_timeout_ms=config.database.busy_timeout_ms)
    print("\n".join(report.lines()))
    return 0


@contextlib.contextmanager
def _stopped_bot(file: str, advice: str) -> Iterator[None]:
    """Hold the instance lock on `file` for the block; a running bot stops it with `advice`."""
    lock = InstanceLock(file)
    try:
        lock.acquire()
    except AlreadyRunning as exc:
        raise LockError(f"{exc}; {advice}") from None
    try:
        yield
    finally:
        lock.release()


if __name__ == "__main__":
    sys.exit(main())
