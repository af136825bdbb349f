"""A teacher's course settings, set without editing a notebook.

Three places. The first is the server's, which a student cannot change; of the other two the
first that says something wins:

0. the system settings file, `medialit-settings.yaml` in `etc/medialit/` of the Python
   environment medialit runs in (`sys.prefix`; on the school hub `/opt/medialit/venv`, owned
   by root). Assessment mode set there is a floor: a lesson it names is in assessment mode
   whatever the environment or a student's own settings file say (a student who sets
   `MEDIALIT_ASSESSMENT=off` in their kernel changes nothing); they can only add lessons.
   Its `handin` is used when neither place below names a folder;
1. environment variables (a JupyterHub's `c.Spawner.environment`, Binder's `start` file):
   `MEDIALIT_ASSESSMENT` = `all`, `off`, or lesson slugs separated by commas;
   `MEDIALIT_HANDIN` = the folder students hand in to;
2. a settings file, `medialit-settings.yaml`, in the folder the notebooks run in or the one
   above it (or wherever `MEDIALIT_SETTINGS` points):

       # Explanations stay hidden until a student has answered every question of a lesson.
       assessment: [evidence, lateral-reading]     # or: all, or: off
       # Where hand-ins go (a folder every student can write into).
       handin: /srv/medialit/hand-in

A session reads the file once and again only when it changes (its time or size), so a teacher
can switch assessment mode off for the class while the kernels run. A file that cannot be read
changes nothing (practice mode) and `problem()` says why.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

TEACHER_SETTINGS_FILE = "medialit-settings.yaml"
MAX_SETTINGS_BYTES = 100_000
_KEYS = {"assessment", "handin"}
_ON, _OFF = {"all", "on", "yes", "true", "1"}, {"off", "no", "false", "0", "none", ""}


def system_settings_path() -> Path:
    """The system settings file: etc/medialit/medialit-settings.yaml under sys.prefix."""
    return Path(sys.prefix) / "etc" / "medialit" / TEACHER_SETTINGS_FILE


def settings_path() -> Path | None:
    """The settings file in use, or None."""
    named = os.environ.get("MEDIALIT_SETTINGS")
    if named:
        return Path(named).expanduser()
    here = Path.cwd()
    for folder in (here, here.parent):
        if (folder / TEACHER_SETTINGS_FILE).is_file():
            return folder / TEACHER_SETTINGS_FILE
    return None


def _read(path: Path) -> tuple[dict[str, Any], str]:
    """(the settings in the file at `path`, a problem in words or '')."""
    import yaml

    try:
        if path.stat().st_size > MAX_SETTINGS_BYTES:
            return {}, f"{path} is too large to be a settings file"
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        return {}, f"{path} could not be read ({type(error).__name__}); practice mode is on"
    if data is None:
        return {}, ""
    if not isinstance(data, dict) or not set(data) <= _KEYS:
        return {}, f"{path}: only these settings are known: {', '.join(sorted(_KEYS))}"
    return data, ""


class Settings:
    """The teacher's settings as a session sees them: the file is read once, and read again
    only when it changes; the environment variables are looked at on every question."""

    def __init__(self) -> None:
        self._seen: dict[str, tuple[str, int, int] | None] = {}
        self._read: dict[str, tuple[dict[str, Any], str]] = {}

    def _file(self, which: str, path: Path | None) -> tuple[dict[str, Any], str]:
        """A settings file's contents, read again only when it changes (time or size)."""
        if path is None:
            self._seen[which] = None
            return {}, ""
        try:
            info = path.stat()
        except FileNotFoundError:
            seen = (str(path), -2, -2)
        except OSError:
            seen = (str(path), -1, -1)
        else:
            seen = (str(path), info.st_mtime_ns, info.st_size)
        if seen != self._seen.get(which):
            absent = seen[1] == -2
            self._read[which] = ({}, "") if absent else _read(path)
            self._seen[which] = seen
        return self._read[which]

    def _current(self) -> tuple[dict[str, Any], str]:
        return self._file("course", settings_path())

    def _system(self) -> tuple[dict[str, Any], str]:
        return self._file("system", system_settings_path())

    def problem(self) -> str:
        """What is wrong with the settings files, or ''."""
        return self._system()[1] or self._current()[1]

    def assessment(self, slug: str) -> bool:
        """Is the lesson `slug` in assessment mode (explanations wait for the whole lesson)?
        The system file is a floor; above it, the environment, else the course file."""
        if _holds(_lessons(self._system()[0].get("assessment", False)), slug):
            return True
        env = os.environ.get("MEDIALIT_ASSESSMENT")
        value: Any = env if env is not None else self._current()[0].get("assessment", False)
        return _holds(_lessons(value), slug)

    def hand_in_folder(self) -> Path | None:
        """The folder students hand in to (MEDIALIT_HANDIN, else the course settings file,
        else the system one), or None."""
        value = (
            os.environ.get("MEDIALIT_HANDIN")
            or self._current()[0].get("handin")
            or self._system()[0].get("handin")
        )
        return Path(str(value)).expanduser() if value else None


def _holds(lessons: set[str] | bool, slug: str) -> bool:
    return lessons if isinstance(lessons, bool) else slug in lessons


def problem() -> str:
    """What is wrong with the settings file, or ''."""
    return Settings().problem()


def _lessons(value: Any) -> set[str] | bool:
    """True (all lessons), False (none) or a set of slugs, from a setting's value."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        words = {w.strip().lower() for w in value.split(",")}
        if words <= _OFF:
            return False
        if words & _ON:
            return True
        return {w for w in words if w}
    if isinstance(value, list):
        return {str(v).strip().lower() for v in value}
    return False


def assessment(slug: str) -> bool:
    """Is the lesson `slug` in assessment mode (the settings as they are now)?"""
    return Settings().assessment(slug)


def hand_in_folder() -> Path | None:
    """The folder students hand in to (the settings as they are now), or None."""
    return Settings().hand_in_folder()
