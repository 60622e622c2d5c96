"""The whole pipeline in-process on a throw-away Maildir: raw message in, draft file (or nothing) out.

For tests that push many hostile messages through parse, detect, plan, render and save, where a real
IMAP round trip per message would only add time. The Maildir sink is the product's own.
"""

from __future__ import annotations

from pathlib import Path

from tests.mailgen import USER
from watcher.config import load_config
from watcher.daemon import Service
from watcher.sources import Incoming


def maildir_config(root: Path, extra: str = "") -> Path:
    mail = root / "mail"
    for folder in (mail, mail / ".Drafts"):
        for sub in ("cur", "new", "tmp"):
            (folder / sub).mkdir(parents=True, exist_ok=True)
    config = root / "config.toml"
    config.write_text(
        f"""
[user]
name = "{USER[0]}"
email = "{USER[1]}"
aliases = ["jordan.lee@example.test"]
timezone = "America/New_York"

[maildir]
path = "{mail}"

[state]
dir = "{root / "state"}"

[timing]
thank_you_after = "2h"
{extra}
"""
    )
    return config


def local_service(root: Path, extra: str = "") -> Service:
    return Service(load_config(maildir_config(root, extra)))


def draft_files(root: Path) -> list[Path]:
    return sorted((root / "mail" / ".Drafts" / "cur").iterdir())


def push(service: Service, raw: bytes, ref: str = "INBOX:1") -> list[bytes]:
    """Handle one message, save whatever is due, return the raw drafts now in the Drafts folder."""
    service.handle(Incoming(ref, raw))
    service.run_due()
    return [path.read_bytes() for path in draft_files(Path(service.settings.maildir.path).parent)]
