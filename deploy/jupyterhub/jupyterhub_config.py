"""JupyterHub for one school server running medialit (see README.md beside this file).

Students and teachers log in with their accounts on the server (PAM). At each login:

- the user's home is made private (mode 0700: nobody else may open it), after checking,
  without following links, that it is a folder the user owns;
- the course is copied into the student's `~/medialit` the first time (never overwritten
  afterwards, so their work stays theirs), readable by the student only (umask 077);
- the student gets a hand-in folder `HANDIN_ROOT/<login>` that they own and the teachers' group
  can read (setgid, mode 2750); nobody else can open it, and the hand-in root only lets students
  pass through (mode 0751, group = teachers), so no student can see who else handed in;
- the student gets a feedback folder `FEEDBACK_ROOT/<login>` (owner the student, group
  teachers, setgid, mode 2770): a teacher's `medialit feedback` writes there after grading a
  test, the student reads it, no other student can open it;
- their server starts with `MEDIALIT_HANDIN` set to that folder (the "Hand in my answers"
  button and `medialit handin` write there) and `MEDIALIT_ASSESSMENT` as the teacher set it.

At start the hub writes `MEDIALIT_ASSESSMENT` into the system settings file of the course's
Python (`PREFIX/venv/etc/medialit/medialit-settings.yaml`, root's, mode 0644): assessment mode
set there stays on whatever a student sets in their kernel.

A teacher grades with `medialit gradebook HANDIN_ROOT --out ~/grades` (in exam mode, add
`--course PREFIX/teacher-course`: the students' copy has no key).

Settings, as environment variables of the hub process (defaults in brackets):
  MEDIALIT_PREFIX          where install.sh put the course's Python and notebooks [/opt/medialit]
  MEDIALIT_HANDIN_ROOT     the hand-in root [/srv/medialit/handin]
  MEDIALIT_FEEDBACK_ROOT   the feedback root [the hand-in root's sibling `feedback`]
  MEDIALIT_STUDENTS_GROUP  the students' group [medialit-students]
  MEDIALIT_TEACHERS_GROUP  the teachers' group [medialit-teachers]
  MEDIALIT_ASSESSMENT      assessment mode for every student: off, all, or lesson slugs [off]
"""

from __future__ import annotations

import grp
import os
import pwd
import stat
import subprocess
from pathlib import Path
from typing import Any

PREFIX = Path(os.environ.get("MEDIALIT_PREFIX", "/opt/medialit"))
HANDIN_ROOT = Path(os.environ.get("MEDIALIT_HANDIN_ROOT", "/srv/medialit/handin"))
FEEDBACK_ROOT = Path(os.environ.get("MEDIALIT_FEEDBACK_ROOT", str(HANDIN_ROOT.parent / "feedback")))
STUDENTS = os.environ.get("MEDIALIT_STUDENTS_GROUP", "medialit-students")
TEACHERS = os.environ.get("MEDIALIT_TEACHERS_GROUP", "medialit-teachers")
ASSESSMENT = os.environ.get("MEDIALIT_ASSESSMENT", "off")
COURSE_FOLDER = "medialit"  # in each user's home

c = get_config()  # type: ignore[name-defined]  # noqa: F821 (JupyterHub provides it)


def _write_system_settings() -> None:
    """Assessment mode in the system settings file, which students cannot write: setting
    MEDIALIT_ASSESSMENT=off in a kernel does not lower it."""
    folder = PREFIX / "venv" / "etc" / "medialit"
    folder.mkdir(mode=0o755, parents=True, exist_ok=True)
    target = folder / "medialit-settings.yaml"
    tmp = folder / ".medialit-settings.yaml.tmp"
    value = ASSESSMENT.replace("\n", " ").replace('"', "")
    tmp.write_text(
        "# Written by the hub at start (MEDIALIT_ASSESSMENT): assessment mode for every student.\n"
        f'assessment: "{value}"\n',
        encoding="utf-8",
    )
    tmp.chmod(0o644)
    tmp.replace(target)


_write_system_settings()

# Who may log in: members of the two groups, with their server passwords.
c.JupyterHub.authenticator_class = "pam"
c.Authenticator.allowed_groups = {STUDENTS, TEACHERS}

# Each user's JupyterLab runs as that user, from the environment every user can read.
c.JupyterHub.spawner_class = "localprocess"
c.Spawner.cmd = [str(PREFIX / "venv" / "bin" / "jupyterhub-singleuser")]
c.Spawner.default_url = f"/lab/tree/{COURSE_FOLDER}/notebooks/00-start-here.ipynb"
c.Spawner.environment = {
    "PATH": f"{PREFIX / 'venv' / 'bin'}:/usr/local/bin:/usr/bin:/bin",
    "MEDIALIT_ASSESSMENT": ASSESSMENT,
}
# A class logging in at once on a small server: give each JupyterLab time to start.
c.Spawner.start_timeout = 120


def _copy_course(account: pwd.struct_passwd, course: Path) -> None:
    """Copy the course into the user's home as the user: root never writes or changes the owner
    of anything in a folder the user controls (a link put there could point anywhere)."""
    done = subprocess.run(  # noqa: S603 - fixed arguments: the course and the user's home
        ["/bin/cp", "-R", str(PREFIX / "course"), str(course)],
        user=account.pw_uid, group=account.pw_gid, extra_groups=[], umask=0o077,
        cwd=account.pw_dir, env={"HOME": account.pw_dir, "PATH": "/usr/bin:/bin"},
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"could not copy the course to {course}: {done.stderr.strip()}")


def _make_home_private(account: pwd.struct_passwd) -> None:
    """Mode 0700 on the user's home, so no classmate reads their notebooks (or a teacher's
    grades). The home is opened without following a link and changed through that handle,
    and only if it is a folder the user owns; anything else stops the login with the reason."""
    try:
        fd = os.open(account.pw_dir, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
    except OSError as exc:
        raise RuntimeError(f"{account.pw_dir} is not a usable home ({exc.strerror})") from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISDIR(info.st_mode) or info.st_uid != account.pw_uid:
            raise RuntimeError(f"{account.pw_dir} is not a folder owned by {account.pw_name}")
        if stat.S_IMODE(info.st_mode) & 0o077:
            os.fchmod(fd, stat.S_IMODE(info.st_mode) & 0o7700)
    finally:
        os.close(fd)


def prepare_user(spawner: Any) -> None:
    """Before a user's server starts: a private home, their copy of the course and their
    hand-in folder."""
    login = spawner.user.name
    account = pwd.getpwnam(login)
    _make_home_private(account)
    course = Path(account.pw_dir) / COURSE_FOLDER
    if not os.path.lexists(course):
        _copy_course(account, course)
    folder = HANDIN_ROOT / login
    folder.mkdir(mode=0o700, exist_ok=True)
    os.chown(folder, account.pw_uid, grp.getgrnam(TEACHERS).gr_gid)
    # setgid: every hand-in file belongs to the teachers' group, who may read, not write.
    os.chmod(folder, 0o2750)  # noqa: S103 - the owner's folder; others get nothing
    feedback = FEEDBACK_ROOT / login
    if FEEDBACK_ROOT.is_dir():
        feedback.mkdir(mode=0o700, exist_ok=True)
        os.chown(feedback, account.pw_uid, grp.getgrnam(TEACHERS).gr_gid)
        # The student reads, the teachers write their feedback; nobody else may open it.
        os.chmod(feedback, 0o2770)  # noqa: S103 - the owner's and the teachers' folder
    # A new dict: the configured one is shared by every user's spawner.
    spawner.environment = {**spawner.environment, "MEDIALIT_HANDIN": str(folder)}


c.Spawner.pre_spawn_hook = prepare_user
