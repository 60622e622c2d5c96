"""The sandboxed Jinja2 environment: the user's template folder first, then the bundled templates.

Text from an email (a subject, a name) only ever reaches a template as a value in its context, and the
immutable sandbox keeps even the user's own templates from calling into Python. HTML templates
(`KIND.html.j2`, optional) are autoescaped; text templates are not.

Templates per language: `thank_you.txt.j2` is English, `thank_you.de.txt.j2` German, and so on. The user's
folder may hold any of them, in any language; for a language it lacks, the bundled template is used.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from importlib import resources
from pathlib import Path

from jinja2 import ChoiceLoader, FileSystemLoader, PrefixLoader, StrictUndefined, TemplateError, select_autoescape
from jinja2.sandbox import ImmutableSandboxedEnvironment

from .config import missing_templates
from .core.drafts import (
    BUNDLED,
    Author,
    LanguageChoice,
    render_optional,
    render_text,
    template_context,
    template_names,
)
from .core.language import LANGUAGES
from .errors import ConfigError
from .model import EndSource, FollowUp, Interview, Kind, Person

_LANGUAGE_FILE = re.compile(r"^(?:thank_you|check_in)\.([a-z]{2,3}(?:[-_][A-Za-z]{2,4})?)\.(?:txt|html)\.j2$")


def bundled_templates() -> Path:
    return Path(str(resources.files("watcher.templates")))


def template_environment(user_dir: Path | None = None) -> ImmutableSandboxedEnvironment:
    """Build the environment and render every template with sample data of several shapes (one
    interviewer or a panel, with and without notes, company, role and timeline), so a broken user
    template is reported now, at start-up or reload, not when a draft is due."""
    if user_dir is not None and not user_dir.is_dir():
        raise ConfigError(f"drafts.templates: {user_dir} is not a folder")
    folders = [str(user_dir)] if user_dir else []
    folders.append(str(bundled_templates()))
    bundled = {BUNDLED.rstrip("/"): FileSystemLoader(str(bundled_templates()))}
    env = ImmutableSandboxedEnvironment(
        loader=ChoiceLoader([*(FileSystemLoader(folder) for folder in folders), PrefixLoader(bundled)]),
        undefined=StrictUndefined,
        autoescape=select_autoescape(enabled_extensions=("html.j2",), default_for_string=False, default=False),
        keep_trailing_newline=True,
    )
    _check(env, user_dir)
    return env


def template_languages(user_dir: Path | None) -> tuple[str, ...]:
    """The bundled languages and those the user's folder has templates for (`thank_you.it.txt.j2`...)."""
    found = set(LANGUAGES)
    if user_dir is not None and user_dir.is_dir():
        found |= {m.group(1) for f in user_dir.iterdir() if (m := _LANGUAGE_FILE.match(f.name))}
    return tuple(sorted(found))


def _samples() -> list[tuple[FollowUp, Interview, str]]:
    end = datetime(2030, 1, 7, 15, tzinfo=UTC)
    dana = Person("Dana Whitfield", "dana@example.com")
    sam = Person("Sam", "sam.o@example.com")
    full = Interview(
        key="sample",
        start=end - timedelta(hours=1),
        end=end,
        end_source=EndSource.CALENDAR,
        subject="Interview",
        company="Example",
        role="Engineer",
        interviewers=(dana, sam),
        organizer=Person("Riley Chen", "riley@example.com"),
        feedback_by=end + timedelta(days=7),
        feedback_within="within a week",
    )
    bare = Interview(key="bare", start=end - timedelta(hours=1), end=end, end_source=EndSource.DEFAULT)
    samples = []
    for kind in Kind:
        samples.append((FollowUp(full.id, kind, end, end, end, (dana,)), full, "a note\nanother note"))
        samples.append((FollowUp(full.id, kind, end, end, end, (dana, sam)), full, ""))
        samples.append((FollowUp(bare.id, kind, end, end, end, ()), bare, ""))
    return samples


def _check(env: ImmutableSandboxedEnvironment, user_dir: Path | None) -> None:
    """Render each of the user's templates (the bundled ones are tested with the package, and rendering all
    of them in every language would only slow the start)."""
    if user_dir is None:
        return
    author = Author("Sam Writer", "writer@example.com")
    for language in template_languages(user_dir):
        if missing_templates(language, user_dir):
            continue  # a language the user only started (an HTML template alone): refused if configured
        for informal in (False, True):
            choice = LanguageChoice(language, informal, "")
            for followup, interview, notes in _samples():
                names = [*template_names(followup.kind, language), *template_names(followup.kind, language, True)]
                if any((user_dir / name).exists() for name in names):
                    context = template_context(followup, interview, author, UTC, notes, choice)
                    _check_one(env, user_dir, followup.kind, language, context)


def _check_one(env: ImmutableSandboxedEnvironment, user_dir: Path | None, kind: Kind, language: str, context) -> None:
    for html in (False, True):
        names = template_names(kind, language, html)
        name = next((n for n in names if user_dir and (user_dir / n).exists()), names[-1])
        try:
            if html:
                render_optional(env, names, context)
            else:
                template = env.select_template(names)
                if "subject" in template.blocks and "body" not in template.blocks:
                    raise TemplateError("a template with a subject block needs its text in a body block too")
                render_text(env, kind, language, context)
        except Exception as exc:  # any failure in a user's template is that template's problem
            where = user_dir / name if user_dir and (user_dir / name).exists() else name
            lineno = getattr(exc, "lineno", None) or _template_line(exc, name)
            line = f" line {lineno}" if lineno else ""
            message = (exc.message if isinstance(exc, TemplateError) else None) or f"{type(exc).__name__}: {exc}"
            raise ConfigError(f"template {where}{line}: {message}") from None


def _template_line(exc: BaseException, name: str) -> int | None:
    """Jinja2 rewrites tracebacks so a runtime error's frames point into the template file itself."""
    line = None
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename.endswith(name):
            line = tb.tb_lineno
        tb = tb.tb_next
    return line
