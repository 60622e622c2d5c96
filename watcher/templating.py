"""The sandboxed Jinja2 environment: the user's template folder first, then the bundled templates."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from importlib import resources
from pathlib import Path

from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined, TemplateError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from .core.drafts import Author, template_context, template_name
from .errors import ConfigError
from .model import EndSource, FollowUp, Interview, Kind, Person


def bundled_templates() -> Path:
    return Path(str(resources.files("watcher.templates")))


def template_environment(user_dir: Path | None = None) -> ImmutableSandboxedEnvironment:
    """Build the environment and render every template once with sample data, so a broken user
    template is reported now (at start-up or reload), not when a draft is due."""
    folders = [str(user_dir)] if user_dir else []
    folders.append(str(bundled_templates()))
    env = ImmutableSandboxedEnvironment(
        loader=ChoiceLoader([FileSystemLoader(folder) for folder in folders]),
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
    )
    _check(env, user_dir)
    return env


def _check(env: ImmutableSandboxedEnvironment, user_dir: Path | None) -> None:
    end = datetime(2030, 1, 7, 15, tzinfo=UTC)
    person = Person("Dana Whitfield", "dana@example.com")
    interview = Interview(
        key="sample",
        start=end - timedelta(hours=1),
        end=end,
        end_source=EndSource.CALENDAR,
        subject="Interview",
        company="Example",
        role="Engineer",
        interviewers=(person,),
    )
    for kind in Kind:
        followup = FollowUp(interview.id, kind, end, end, end, (person,))
        name = template_name(kind)
        try:
            env.get_template(name).render(
                template_context(followup, interview, Author("Sam", "sam@example.com"), UTC, "notes")
            )
        except TemplateError as exc:
            where = user_dir / name if user_dir and (user_dir / name).exists() else name
            line = f" line {exc.lineno}" if getattr(exc, "lineno", None) else ""
            raise ConfigError(f"template {where}{line}: {exc.message or exc}") from None
