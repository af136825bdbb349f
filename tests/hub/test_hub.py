"""A class on a real JupyterHub: three students log in with Chromium, answer a quiz and hand
in from the notebook; the teacher grades the hand-in folder; no student can read another's.
Assessment mode set by the hub cannot be switched off from a student's kernel; in exam mode
(install.sh with MEDIALIT_EXAM=1) no student can get the key by any path, the teacher grades
and gives feedback; a hand-in naming a classmate, or a link planted in a hand-in folder, is
reported by the gradebook, not trusted or followed.

The hub runs `deploy/jupyterhub/jupyterhub_config.py` as a school would (PAM logins, local
users, the course installed by `deploy/jupyterhub/install.sh`), with test-only additions: its
own groups, users and hand-in folder, loopback ports, and `window.jupyterapp` exposed so the
page can be driven by JupyterLab's own commands. See conftest.py for what it needs.
"""

from __future__ import annotations

import grp
import json
import os
import pwd
import secrets
import shutil
import signal
import stat
import subprocess
import tempfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from labdriver import (
    CHROMIUM,
    CHROMIUM_ARGS,
    REPO,
    SCREENSHOTS,
    VIEWPORT,
    Lab,
    _tail,
    _wait_for_http,
    free_port,
    write_lab_settings,
)
from quizdriver import answer, check, question, shown_questions

PREFIX = Path(os.environ.get("MEDIALIT_PREFIX", "/opt/medialit"))
SYSTEM_SETTINGS = PREFIX / "venv" / "etc" / "medialit" / "medialit-settings.yaml"


def hub_missing() -> str | None:
    """Why a real hub cannot run here, or None."""
    if os.geteuid() != 0:
        return "the hub test runs as root (it creates users and runs their servers as them)"
    if not (PREFIX / "venv" / "bin" / "jupyterhub").exists():
        return f"no JupyterHub in {PREFIX}/venv (run: sudo bash deploy/jupyterhub/install.sh)"
    if not shutil.which("configurable-http-proxy"):
        return "no configurable-http-proxy (install.sh installs it with npm)"
    if not CHROMIUM.exists():
        return f"no chromium at {CHROMIUM} (apt-get install chromium)"
    return None


@pytest.fixture(scope="session")
def hub_ready() -> None:
    """Skip (or, with MEDIALIT_REQUIRE_HUB=1, fail) when the hub cannot run here."""
    reason = hub_missing()
    if reason is None:
        return
    if os.environ.get("MEDIALIT_REQUIRE_HUB") == "1":
        pytest.fail(f"MEDIALIT_REQUIRE_HUB=1 but {reason}", pytrace=False)
    pytest.skip(reason)


DEPLOY = REPO / "deploy" / "jupyterhub"
STUDENTS_GROUP = "mltest-students"
TEACHERS_GROUP = "mltest-teachers"
STUDENTS = ("mltest-s1", "mltest-s2", "mltest-s3")
TEACHER = "mltest-teacher"
OUTSIDER = "mltest-outsider"  # has an account on the server, but is in neither group
LESSON = "medialit/notebooks/00-start-here.ipynb"  # where each student's JupyterLab opens
ASSESSED = "first-read"  # the lesson the hub puts in assessment mode
# The first single-choice question lesson 00 shows: the one each student answers.
QUIZ = next(
    s for s in shown_questions(REPO / "notebooks" / "00-start-here.ipynb") if s.type == "single"
)


def run(cmd: list[str], user: str | None = None, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """Run a command (as `user`, through runuser, with that user's HOME)."""
    command = cmd
    if user:
        # Only what the user's server has: HOME, PATH and JUPYTERHUB_USER (the login is the
        # name), none of the test run's own settings (MEDIALIT_HOME and the like).
        cmd = ["runuser", "-u", user, "--", "env", "-i", f"HOME=/home/{user}", "LANG=C.UTF-8"]
        cmd += ["PATH=/usr/bin:/bin", f"JUPYTERHUB_USER={user}", *command]
    return subprocess.run(cmd, capture_output=True, text=True, cwd="/", check=False, **kwargs)


def must(cmd: list[str], user: str | None = None) -> str:
    done = run(cmd, user)
    assert done.returncode == 0, f"{' '.join(cmd)} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def _remove_test_accounts() -> None:
    """Remove the test's users and groups (left over from an interrupted run, or ours)."""
    for login in (*STUDENTS, TEACHER, OUTSIDER):
        run(["pkill", "-KILL", "-u", login])
        run(["userdel", "--remove", login])
    for group in (STUDENTS_GROUP, TEACHERS_GROUP):
        run(["groupdel", group])


def _add_user(login: str, group: str | None, password: str) -> None:
    must(["useradd", "--create-home", "--shell", "/bin/bash", login])
    if group:
        must(["usermod", "--append", "--groups", group, login])
    subprocess.run(["chpasswd"], input=f"{login}:{password}\n", text=True, check=True)
    # The browser tests' JupyterLab settings, for the test users only: every cell is drawn
    # (the last one holds the hand-in button), and nothing pops up over the notebook.
    write_lab_settings(Path(f"/home/{login}/.jupyter/lab/user-settings"))
    must(["chown", "-R", f"{login}:", f"/home/{login}/.jupyter"])


@dataclass
class Hub:
    url: str
    handin: Path
    passwords: dict[str, str]
    log: Path
    env: dict[str, str]

    @property
    def feedback(self) -> Path:
        return self.handin.parent / "feedback"


def _start_hub(base: Path, env: dict[str, str]) -> tuple[str, subprocess.Popen[bytes], Path]:
    port, hub_port, api_port = free_port(), free_port(), free_port()
    config = base / "jupyterhub_test_config.py"
    config.write_text(
        f"c = get_config()  # noqa: F821\n"
        f"load_subconfig({str(DEPLOY / 'jupyterhub_config.py')!r})  # noqa: F821\n"
        f"c.JupyterHub.bind_url = 'http://127.0.0.1:{port}'\n"
        f"c.JupyterHub.hub_bind_url = 'http://127.0.0.1:{hub_port}'\n"
        f"c.ConfigurableHTTPProxy.api_url = 'http://127.0.0.1:{api_port}'\n"
        f"c.JupyterHub.db_url = 'sqlite:///{base}/jupyterhub.sqlite'\n"
        f"c.JupyterHub.cookie_secret_file = '{base}/jupyterhub_cookie_secret'\n"
        # The tests drive JupyterLab through its own commands (window.jupyterapp).
        f"c.Spawner.args = ['--LabApp.expose_app_in_browser=True']\n"
    )
    log = base / "hub.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [str(PREFIX / "venv" / "bin" / "jupyterhub"), "-f", str(config)],
            cwd=base, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_for_http(f"{url}/hub/api", proc, log, timeout=90)
    except BaseException:
        _stop_hub(proc)
        raise
    return url, proc, log


def _stop_hub(proc: subprocess.Popen[bytes]) -> None:
    """SIGTERM: the hub stops the users' servers and the proxy it started."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=5)


@pytest.fixture(scope="module")
def hub(hub_ready: None) -> Iterator[Hub]:
    """install.sh for a test class, its users, and the hub, started as a school would."""
    base = Path(tempfile.mkdtemp(prefix="medialit-hub-"))  # the hub's state: root only
    shared = Path(tempfile.mkdtemp(prefix="medialit-hub-srv-"))
    shared.chmod(0o755)  # like /srv: everyone may pass through to the hand-in root
    handin = shared / "handin"
    env = {
        "PATH": f"{PREFIX / 'venv' / 'bin'}:/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin",
        "LANG": "C.UTF-8",
        "HOME": "/root",
        "MEDIALIT_PREFIX": str(PREFIX),
        "MEDIALIT_HANDIN_ROOT": str(handin),
        "MEDIALIT_STUDENTS_GROUP": STUDENTS_GROUP,
        "MEDIALIT_TEACHERS_GROUP": TEACHERS_GROUP,
        # Assessment mode for one lesson (not lesson 00, which the browser part answers).
        "MEDIALIT_ASSESSMENT": ASSESSED,
    }
    _remove_test_accounts()
    # The hub writes its assessment setting into the server's system settings file: the
    # server's own is put back afterwards.
    before = SYSTEM_SETTINGS.read_bytes() if SYSTEM_SETTINGS.is_file() else None
    install = subprocess.run(
        ["bash", str(DEPLOY / "install.sh")],
        env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert install.returncode == 0, f"install.sh failed:\n{install.stdout}\n{install.stderr}"
    passwords = {login: secrets.token_urlsafe(12) for login in (*STUDENTS, TEACHER, OUTSIDER)}
    proc = None
    try:
        for login in STUDENTS:
            _add_user(login, STUDENTS_GROUP, passwords[login])
        _add_user(TEACHER, TEACHERS_GROUP, passwords[TEACHER])
        _add_user(OUTSIDER, None, passwords[OUTSIDER])
        url, proc, log = _start_hub(base, env)
        yield Hub(url, handin, passwords, log, env)
    finally:
        if proc is not None:
            _stop_hub(proc)
        _remove_test_accounts()
        subprocess.run(["rm", "-rf", str(base), str(shared)], check=False)
        if before is None:
            SYSTEM_SETTINGS.unlink(missing_ok=True)
        else:
            SYSTEM_SETTINGS.write_bytes(before)


def _log_in(page: Any, hub: Hub, login: str) -> None:
    page.goto(f"{hub.url}/hub/login")
    page.fill("#username_input", login)
    page.fill("#password_input", hub.passwords[login])
    page.click("#login_submit")


@pytest.fixture(scope="module")
def class_handed_in(hub: Hub) -> dict[str, dict[str, Any]]:
    """Three students in Chromium: log in (their servers start side by side), run lesson 00,
    answer its first single-choice question rightly, press "Hand in my answers". Returns what
    each student saw.

    Runs in a thread of its own: Playwright's sync API allows one instance per thread, and in
    a whole-suite run the browser tests' Chromium is still open in the main thread."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(_class_hands_in, hub).result()


def _class_hands_in(hub: Hub) -> dict[str, dict[str, Any]]:
    from playwright.sync_api import expect, sync_playwright

    q = question(QUIZ.slug, QUIZ.qid)
    seen: dict[str, dict[str, Any]] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        labs = {}
        for login in STUDENTS:
            page = browser.new_context(viewport=VIEWPORT).new_page()
            labs[login] = Lab(page, server=None)  # type: ignore[arg-type]  # not goto()
            _log_in(page, hub, login)
        for login, lab in labs.items():
            try:
                lab.page.wait_for_function("() => !!window.jupyterapp", timeout=180_000)
            except Exception as exc:
                raise AssertionError(
                    f"{login}'s JupyterLab did not start:\n{_tail(hub.log)}"
                ) from exc
            lab.wait_ready()
            lab.open(LESSON)
            lab.run_all(LESSON)
            lab.wait_widgets_rendered(LESSON)
            box = lab.page.locator(f".medialit-q-{QUIZ.qid}")
            answer(box, q, lab.settle)
            feedback = check(box)
            expect(feedback).to_contain_text("✓")
            form = lab.page.locator(".medialit-hand-in")
            form.get_by_role("button", name="Hand in my answers").click()
            status = form.locator(".medialit-feedback")
            expect(status).not_to_be_empty()
            if login == STUDENTS[0]:  # what a student sees after handing in, for people to look at
                SCREENSHOTS.mkdir(exist_ok=True)
                form.scroll_into_view_if_needed()
                lab.page.screenshot(path=str(SCREENSHOTS / "hub-hand-in.png"))
            seen[login] = {
                "url": lab.page.url,
                "problems": lab.problems(LESSON),
                "errors": list(lab.errors),
                "feedback": feedback.inner_text(),
                "status": status.inner_text(),
            }
        # Someone with an account on the server but in neither group.
        page = browser.new_context(viewport=VIEWPORT).new_page()
        _log_in(page, hub, OUTSIDER)
        page.wait_for_load_state()
        seen[OUTSIDER] = {"url": page.url, "text": page.locator("body").inner_text()}
        browser.close()
    return seen


def test_three_students_log_in_answer_and_hand_in(
    hub: Hub, class_handed_in: dict[str, Any]
) -> None:
    """Does each student land in lesson 00 on their own server, run it without a problem, get
    a right answer marked right, and see their hand-in acknowledged?"""
    for login in STUDENTS:
        seen = class_handed_in[login]
        assert f"/user/{login}/lab" in seen["url"]
        assert seen["problems"] == [] and seen["errors"] == [], seen
        assert "Right" in seen["feedback"]
        assert seen["status"].startswith("✓"), seen["status"]
        handed_in = sorted(path.name for path in (hub.handin / login).glob("*.json"))
        assert len(handed_in) == 1 and handed_in[0] in seen["status"], (handed_in, seen["status"])


def test_each_hand_in_is_the_student_s_and_readable_by_the_teachers(
    hub: Hub, class_handed_in: dict[str, Any]
) -> None:
    """Is there one file per student, owned by them, in the teachers' group, readable by that
    group and by nobody else, and saved under the hub login (the default name on a hub)?"""
    teachers = grp.getgrnam(TEACHERS_GROUP).gr_gid
    for login in STUDENTS:
        files = sorted((hub.handin / login).glob("*.json"))
        assert len(files) == 1, files
        info = files[0].stat()
        assert (info.st_uid, info.st_gid) == (pwd.getpwnam(login).pw_uid, teachers)
        assert stat.S_IMODE(info.st_mode) == 0o640
        assert json.loads(files[0].read_text())["student"] == login
        # The course copy in their home is theirs, not root's.
        lesson = Path(f"/home/{login}") / LESSON
        assert lesson.stat().st_uid == info.st_uid, lesson


GRADES = Path(f"/home/{TEACHER}/grades")


@pytest.fixture(scope="module")
def graded(hub: Hub, class_handed_in: dict[str, Any]) -> Path:
    """The teacher grades the hand-in root into ~/grades, as the hub guide says."""
    medialit = str(PREFIX / "venv" / "bin" / "medialit")
    must([medialit, "gradebook", str(hub.handin), "--out", str(GRADES)], TEACHER)
    return GRADES


def test_the_teacher_grades_the_class(graded: Path) -> None:
    """Does the gradebook, run by the teacher on the hand-in root, find the three students and
    the question every one of them answered rightly on the first attempt?"""
    import pandas as pd

    students = pd.read_csv(graded / "students.csv")
    assert sorted(students["student"]) == list(STUDENTS)
    items = pd.read_csv(graded / "items.csv").set_index(["quiz", "question"])
    row = items.loc[(QUIZ.slug, QUIZ.qid)]
    assert (row["n_answered"], row["share_correct"]) == (3, 1.0)
    assert (graded / "report.html").stat().st_uid == pwd.getpwnam(TEACHER).pw_uid


def test_homes_and_the_teacher_s_grades_are_private(graded: Path) -> None:
    """Are student and teacher homes (made by `useradd --create-home`, as the guide says) mode
    0700, the course copy and the grades readable by their owner only, and does a classmate
    get "Permission denied" for another student's notebooks and for the teacher's grades?"""
    for login in (*STUDENTS, TEACHER):
        home = Path(f"/home/{login}")
        assert stat.S_IMODE(home.lstat().st_mode) == 0o700, (home, oct(home.lstat().st_mode))
    for login in STUDENTS:
        lesson = Path(f"/home/{login}") / LESSON
        assert stat.S_IMODE(lesson.stat().st_mode) & 0o077 == 0, (
            lesson,
            oct(lesson.stat().st_mode),
        )
    assert stat.S_IMODE(graded.stat().st_mode) == 0o700, oct(graded.stat().st_mode)
    for name in ("students.csv", "items.csv", "problems.csv", "report.html"):
        mode = stat.S_IMODE((graded / name).stat().st_mode)
        assert mode == 0o600, (name, oct(mode))
    s1, s2 = STUDENTS[:2]
    # The positive control: the student reads their own notebook.
    assert run(["cat", f"/home/{s1}/{LESSON}"], s1).returncode == 0
    for cmd in (
        ["ls", f"/home/{s2}"],
        ["cat", f"/home/{s2}/{LESSON}"],
        ["ls", str(graded)],
        ["cat", str(graded / "students.csv")],
        ["cat", str(graded / "report.html")],
    ):
        denied = run(cmd, s1)
        assert denied.returncode != 0 and "Permission denied" in denied.stderr, (cmd, denied)


def test_no_student_can_read_list_or_write_another_s_hand_in(
    hub: Hub, class_handed_in: dict[str, Any]
) -> None:
    """Can a student read their own hand-in but not another's, not write into another's
    folder, and not even list who handed in? (The teacher can list them all.)"""
    s1, s2 = STUDENTS[:2]
    own = next((hub.handin / s1).glob("*.json"))
    other = next((hub.handin / s2).glob("*.json"))
    # The positive control: the refusals below are about whose file it is.
    assert run(["cat", str(own)], s1).returncode == 0
    for cmd in (
        ["cat", str(other)],
        ["ls", str(hub.handin / s2)],
        ["touch", str(hub.handin / s2 / "x.json")],
    ):
        denied = run(cmd, s1)
        assert denied.returncode != 0 and "Permission denied" in denied.stderr, (cmd, denied)
    listing = run(["ls", str(hub.handin)], s1)
    assert listing.returncode != 0 and "Permission denied" in listing.stderr
    assert must(["ls", str(hub.handin)], TEACHER).split() == list(STUDENTS)


def test_someone_outside_the_class_cannot_log_in(hub: Hub, class_handed_in: dict[str, Any]) -> None:
    """Is a server account in neither group refused at the login page, with no server?"""
    seen = class_handed_in[OUTSIDER]
    assert "/user/" not in seen["url"]
    assert not (Path(f"/home/{OUTSIDER}") / "medialit").exists()
    assert not (hub.handin / OUTSIDER).exists()


# --------------------------------------------------------------------------- assessment mode
PYTHON = str(PREFIX / "venv" / "bin" / "python")
MEDIALIT = str(PREFIX / "venv" / "bin" / "medialit")
# What a student tries in their own kernel: assessment mode off (the environment, and a
# settings file of their own), then every public path to a verdict or a score.
TRY_EVERY_PATH = """
import json, os, sys
from pathlib import Path
os.environ["MEDIALIT_ASSESSMENT"] = "off"
own = Path.home() / "medialit-settings.yaml"
own.write_text("assessment: off\\n")
os.environ["MEDIALIT_SETTINGS"] = str(own)
import medialit
from medialit import _store
slug, qid = sys.argv[1], sys.argv[2]
quiz = medialit.load_quiz(slug)
q = quiz[qid]
out = {
    "checks": [q.check(letter).text() for letter in q.shown_letters],
    "not_saved": [q.answer(letter, save=False).text() for letter in q.shown_letters],
    "answered": [quiz.answer(qid, letter).text() for letter in q.shown_letters],
    "progress": repr(medialit.progress()),
    "file": _store.answers_path().read_text(),
    "text": quiz.text(),
    "spec": json.dumps(q.spec),
}
print(json.dumps(out))
"""


def _try_every_path(login: str, slug: str, qid: str) -> dict[str, Any]:
    done = run([PYTHON, "-c", TRY_EVERY_PATH, slug, qid], login)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def _first_single(slug: str, skip: str = "") -> Any:
    """The full bank's first single-choice question of a lesson (the test's own copy)."""
    import medialit

    return next(
        q for q in medialit.load_quiz(slug).questions if q.type == "single" and q.id != skip
    )


def test_assessment_mode_set_by_the_hub_cannot_be_switched_off_in_a_kernel(
    hub: Hub, class_handed_in: dict[str, Any]
) -> None:
    """With the hub's MEDIALIT_ASSESSMENT naming a lesson (written into the system settings
    file only root can write), does a student who sets MEDIALIT_ASSESSMENT=off and their own
    settings file still get no verdict, explanation or score from check, answer(save=False),
    answer, progress(), the answer file or the plain text, before the lesson is complete?
    And does the lesson the hub left in practice mode give verdicts (the control)?"""
    info = SYSTEM_SETTINGS.stat()
    assert info.st_uid == 0 and stat.S_IMODE(info.st_mode) == 0o644
    assert ASSESSED in SYSTEM_SETTINGS.read_text()
    login = STUDENTS[2]
    control = _try_every_path(login, QUIZ.slug, _first_single(QUIZ.slug).id)
    assert any("✓ Right" in text for text in control["checks"])
    q = _first_single(ASSESSED)
    seen = _try_every_path(login, ASSESSED, q.id)
    feedback = [o["feedback"].strip()[:40] for o in q.spec["options"]]
    for text in (*seen["checks"], *seen["not_saved"], *seen["answered"]):
        assert "✎ Saved" in text and "Right" not in text and "Not quite" not in text, text
        assert not any(f in text for f in feedback), text
    assert "score shown later" in next(
        line for line in seen["progress"].splitlines() if line.startswith(ASSESSED)
    )
    answers = json.loads(seen["file"])["answers"]
    mine = [a for a in answers if a["quiz"] == ASSESSED]
    assert len(mine) == len(q.shown_letters)  # each answer saved; checks saved nothing
    assert not any({"correct", "score", "brier"} & set(a) for a in mine), mine


# --------------------------------------------------------------------------- exam mode
TEACHER_COURSE = PREFIX / "teacher-course"
KEY_FIELD = (
    r"^\s*-?\s*(correct|feedback|accept|model_answer|rubric|key|key_reason|answer|why|path|"
    r"first|outcome|role):"
)


def _course_data() -> Path:
    out = must([PYTHON, "-c", "import medialit._course as c; print(c.load_course().folder)"])
    return Path(out.strip())


@pytest.fixture(scope="module")
def exam(hub: Hub, class_handed_in: dict[str, Any]) -> Iterator[Path]:
    """install.sh again, in exam mode (as a school would before a test): the students' copy in
    the shared Python, the full course in PREFIX/teacher-course. Afterwards, practice again."""
    done = subprocess.run(
        ["bash", str(DEPLOY / "install.sh")],
        env={**hub.env, "MEDIALIT_EXAM": "1"}, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, f"install.sh (exam) failed:\n{done.stdout}\n{done.stderr}"
    try:
        yield TEACHER_COURSE
    finally:
        subprocess.run(
            ["bash", str(DEPLOY / "install.sh")], env=hub.env, capture_output=True, check=False
        )


EXAM_Q = _first_single("start-here", skip=QUIZ.qid)  # the test question (full bank)
RIGHT = next(o["text"] for o in EXAM_Q.spec["options"] if o["correct"])


def test_in_exam_mode_no_student_can_get_the_key(hub: Hub, exam: Path) -> None:
    """In exam mode, does a student (assessment switched off in their kernel) get no verdict,
    score or explanation from check, answer(save=False), answer, progress(), the answer file,
    the plain text or the question's spec; does `medialit key` refuse in plain words (the
    installed course and the teacher's); do the banks in the shared Python hold no key
    field, and is the teacher's course closed to them? (The teacher reads it: the control.)"""
    login = STUDENTS[2]  # not the student who sits the test below (first attempts count)
    seen = _try_every_path(login, "start-here", EXAM_Q.id)
    feedback = [o["feedback"].strip()[:40] for o in EXAM_Q.spec["options"]]
    everything = json.dumps(seen)
    for text in (*seen["checks"], *seen["not_saved"], *seen["answered"]):
        assert "✎ Saved" in text and "Right" not in text and "Not quite" not in text, text
    assert not any(f in everything for f in feedback)
    assert '"correct"' not in seen["spec"]
    mine = [a for a in json.loads(seen["file"])["answers"] if a["question"] == EXAM_Q.id]
    assert len(mine) == len(EXAM_Q.spec["options"]), mine
    assert not any({"correct", "score", "brier"} & set(a) for a in mine), mine
    assert "score shown later" in seen["progress"]
    for cmd in (
        [MEDIALIT, "key", "--out", f"/home/{login}/key.html"],
        [MEDIALIT, "key", "--course", str(exam), "--out", f"/home/{login}/key.html"],
    ):
        refused = run(cmd, login)
        assert refused.returncode == 1 and "Traceback" not in refused.stderr, refused
        assert "no answer key" in refused.stderr or "for teachers only" in refused.stderr
        assert not Path(f"/home/{login}/key.html").exists()
    banks = _course_data() / "quizzes"
    grep = run(["grep", "-rEl", KEY_FIELD, str(banks)], login)
    assert grep.returncode == 1 and grep.stdout == "", grep  # read, and nothing found
    assert run(["cat", str(next(banks.glob("*.yaml")))], login).returncode == 0
    for cmd in (["ls", str(exam)], ["cat", str(exam / "quizzes" / "start-here.yaml")]):
        denied = run(cmd, login)
        assert denied.returncode != 0 and "Permission denied" in denied.stderr, (cmd, denied)
    assert "correct: true" in must(["cat", str(exam / "quizzes" / "start-here.yaml")], TEACHER)
    info = exam.stat()
    assert stat.S_IMODE(info.st_mode) == 0o750
    assert (info.st_uid, info.st_gid) == (0, grp.getgrnam(TEACHERS_GROUP).gr_gid)


def test_in_exam_mode_the_teacher_grades_and_students_get_their_feedback(
    hub: Hub, exam: Path
) -> None:
    """A student answers the test question rightly (by the option's text) in the students'
    copy and hands in: does the teacher's gradebook, with the full course, count it right;
    does the gradebook without it refuse; and does `medialit feedback` give each student a
    page with the key that they can read and no classmate can?"""
    s1, s2 = STUDENTS[:2]
    answer_right = (
        "import medialit\n"
        f"q = medialit.load_quiz('start-here')[{EXAM_Q.id!r}]\n"
        f"print(q.answer(next(s for s, _, c in q.shown_choices if c['text'] == {RIGHT!r})))\n"
    )
    said = must([PYTHON, "-c", answer_right], s1)
    assert "✎ Saved" in said and "Right" not in said, said
    must([MEDIALIT, "handin", "--to", str(hub.handin / s1)], s1)
    grades = f"/home/{TEACHER}/grades-exam"
    refused = run([MEDIALIT, "gradebook", str(hub.handin), "--out", grades], TEACHER)
    assert refused.returncode == 1 and "--course" in refused.stderr, refused
    must([MEDIALIT, "gradebook", str(hub.handin), "--course", str(exam), "--out", grades], TEACHER)
    import pandas as pd

    items = pd.read_csv(Path(grades) / "items.csv").set_index(["quiz", "question"])
    row = items.loc[("start-here", EXAM_Q.id)]
    assert row["share_correct"] == 1.0, row
    must(
        [MEDIALIT, "feedback", str(hub.handin), "--course", str(exam), "--out", str(hub.feedback)],
        TEACHER,
    )
    page = must(["cat", str(hub.feedback / s1 / "feedback.html")], s1)
    assert "The key:" in page and "✓ Right" in page
    for cmd in (["ls", str(hub.feedback / s2)], ["cat", str(hub.feedback / s2 / "feedback.html")]):
        denied = run(cmd, s1)
        assert denied.returncode != 0 and "Permission denied" in denied.stderr, (cmd, denied)


# What a student tries for the statements' labels (the key of the sort and mark items): the
# course's tables from their kernel, and the item types' own key derivation on a sort item.
READ_THE_LABELS = """
import json, sys
import medialit
from medialit._course import load_course
from medialit._quiz import read_quiz
course = load_course()
slug, qid = sys.argv[1], sys.argv[2]
q = read_quiz(slug, course=course)[qid]
spec = {**q.spec, "statements": sys.argv[3].split(",")}  # the statements, as if guessed
object.__setattr__(q, "spec", spec)
out = {
    "withheld": course.withheld,
    "header": (course.folder / "statements.csv").read_text().splitlines()[0],
    "kinds": sorted({str(k) for k in medialit.load_statements()["kind"]}),
    "statuses": sorted({str(k) for k in medialit.load_context()["status_at_publication"]}),
    "events": sorted({str(k) for k in medialit.load_timeline()["event"]}),
    "table": sorted({s.kind or "" for s in course.statement_table.values()}),
    "accepted": q.item.accepted(q),
}
print(json.dumps(out))
"""


def test_in_exam_mode_no_student_can_read_the_statements_labels(hub: Hub, exam: Path) -> None:
    """In exam mode, does a student's kernel see the statements table, the context and the
    timeline with every label withheld, does the sort item's own key derivation accept
    nothing, does no file of the installed course hold a statement's explanation, and is the
    teachers' statements.csv closed to them? (The teacher reads the labels: the control.)"""
    import medialit

    full = medialit.load_course(exam)  # the teachers' course, read here as root
    assert not full.withheld
    sort = next(
        q
        for slug in full.bank_slugs()
        for q in medialit.load_quiz(slug, course=full).questions
        if q.type == "sort" and not q.spec.get("key")
    )
    login = STUDENTS[2]
    done = run(
        [PYTHON, "-c", READ_THE_LABELS, sort.quiz_slug, sort.id, ",".join(sort.spec["statements"])],
        login,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["withheld"] is True
    assert seen["header"] == "id,sentence,paragraph,text", seen["header"]
    assert seen["kinds"] == seen["statuses"] == seen["events"] == ["shown after feedback"], seen
    assert seen["table"] == [""], seen["table"]  # no statement carries a kind
    assert not any(seen["accepted"].values()), seen["accepted"]
    explanation = str(full.statements()["explanation"].iloc[0])[:60]
    data = _course_data()
    grep = run(["grep", "-rF", explanation, str(data)], login)
    assert grep.returncode == 1 and grep.stdout == "", grep  # read, and nothing found
    assert run(["cat", str(data / "statements.csv")], login).returncode == 0
    assert not list(data.glob("practice/*/readings"))
    denied = run(["cat", str(exam / "statements.csv")], login)
    assert denied.returncode != 0 and "Permission denied" in denied.stderr, denied
    header = must(["head", "-1", str(exam / "statements.csv")], TEACHER)
    assert "kind" in header and "explanation" in header


# What lesson 09 does in a student's kernel: the analyzer on the course's article (it would
# label it much as the key does) and a catch question (it shows the analyzer's labels).
RUN_THE_ANALYZER = """
import medialit
print(medialit.try_analyzer(medialit.analyze, medialit.load_article().text))
medialit.show_quiz("your-own-article", "catch-course-article")
"""


def test_in_exam_mode_a_student_s_analyzer_is_switched_off(hub: Hub, exam: Path) -> None:
    """In exam mode, does the analyzer in a student's kernel say in one plain line that it is
    left out (no table of labels), and a catch question the same in its place?"""
    from medialit._withheld import ANALYZER_WITHHELD, ITEM_WITHHELD

    said = must([PYTHON, "-c", RUN_THE_ANALYZER], STUDENTS[2])
    assert said.splitlines() == [ANALYZER_WITHHELD, "None", ITEM_WITHHELD], said


# --------------------------------------------------------------------------- forged and linked
def test_a_forged_name_and_a_planted_link_are_reported_not_trusted(hub: Hub, exam: Path) -> None:
    """A student hands in, from their own account, a file naming a classmate, and plants links
    in their hand-in folder (to a classmate's hand-in, and to /etc/shadow): is the forged file
    graded under their own login and flagged, the classmate's own hand-in still theirs, and
    is each link reported in problems.csv and not followed?"""
    s1, s2 = STUDENTS[:2]
    own = max((hub.handin / s2).glob("*.json"))
    forge = (
        "import json, sys\n"
        "data = json.load(open(sys.argv[1]))\n"
        f"data['student'] = {s1!r}\n"
        "open(sys.argv[2], 'w').write(json.dumps(data))\n"
    )
    forged = hub.handin / s2 / f"{s1}--20991231T000000Z.json"
    must([PYTHON, "-c", forge, str(own), str(forged)], s2)
    target = max((hub.handin / s1).glob("*.json"))
    must(["ln", "-s", str(target), str(hub.handin / s2 / "zz-classmate.json")], s2)
    must(["ln", "-s", "/etc/shadow", str(hub.handin / s2 / "zz-shadow.json")], s2)
    grades = Path(f"/home/{TEACHER}/grades-trust")
    must(
        [MEDIALIT, "gradebook", str(hub.handin), "--course", str(exam), "--out", str(grades)],
        TEACHER,
    )
    import pandas as pd

    students = pd.read_csv(grades / "students.csv")
    assert sorted(students["student"]) == list(STUDENTS), students["student"].tolist()
    problems = pd.read_csv(grades / "problems.csv")
    text = problems.to_string()
    assert "root:" not in text  # nothing of /etc/shadow
    for name in ("zz-classmate.json", "zz-shadow.json"):
        rows = problems[problems["file"].astype(str).str.contains(name, regex=False)]
        assert len(rows) == 1 and "link" in str(rows.iloc[0]["reason"]), (name, text)
    rows = problems[problems["file"].astype(str).str.contains(forged.name, regex=False)]
    assert len(rows) >= 1 and s2 in " ".join(rows["reason"].astype(str)), text
