#!/usr/bin/env bash
# Install medialit for every user of one school server, with JupyterHub. Run as root from a
# checkout of the course:
#
#   sudo bash deploy/jupyterhub/install.sh            # into /opt/medialit
#   sudo bash deploy/jupyterhub/install.sh /srv/x     # somewhere else (set MEDIALIT_PREFIX too)
#   sudo MEDIALIT_EXAM=1 bash deploy/jupyterhub/install.sh   # exam mode: students get no key
#
# What it makes (nothing outside PyPI, npm and Debian's packages is fetched):
#   PREFIX/venv      Python with JupyterHub, JupyterLab and the course, readable by every user
#   PREFIX/course    the notebooks a student gets a copy of at first login
#   groups           medialit-students and medialit-teachers (add people with usermod -aG)
#   HANDIN_ROOT      /srv/medialit/handin: one folder per student inside, made at their login
#   FEEDBACK_ROOT    /srv/medialit/feedback: where `medialit feedback` gives each student theirs
#   exam mode        with MEDIALIT_EXAM=1: the course in the shared Python is the students' copy
#                    made by `medialit release` (no keys, explanations or statement labels), and
#                    the full course is PREFIX/teacher-course, readable by the teachers only
#                    (root:teachers, 0750); run again without it to go back to practice
#   system settings  PREFIX/venv/etc/medialit/medialit-settings.yaml (root's; the hub rewrites
#                    it at start): assessment mode there cannot be switched off by a student
#   private homes    HOME_MODE 0700 in /etc/login.defs (so `useradd --create-home` makes a home
#                    only its owner can open), and the homes of the groups' members made 0700
# Run it again after `git pull` to update the course; students' copies are never overwritten.
set -euo pipefail

REPO="$(cd "$(dirname "$0")/../.." && pwd)"
PREFIX="${1:-${MEDIALIT_PREFIX:-/opt/medialit}}"
HANDIN_ROOT="${MEDIALIT_HANDIN_ROOT:-/srv/medialit/handin}"
FEEDBACK_ROOT="${MEDIALIT_FEEDBACK_ROOT:-$(dirname "$HANDIN_ROOT")/feedback}"
EXAM="${MEDIALIT_EXAM:-0}"
STUDENTS="${MEDIALIT_STUDENTS_GROUP:-medialit-students}"
TEACHERS="${MEDIALIT_TEACHERS_GROUP:-medialit-teachers}"
# A Python every user can run (a Python under /root, such as pyenv's, is not).
PYTHON="${PYTHON:-/usr/bin/python3}"

if [ "$(id -u)" != 0 ]; then
  echo "Run this as root (sudo bash $0): it creates groups and folders for every user." >&2
  exit 1
fi
"$PYTHON" -c 'import sys, venv; sys.exit(0 if sys.version_info >= (3, 10) else 1)' || {
  echo "medialit needs Python 3.10 or newer with venv at $PYTHON (Debian: apt install python3-venv)." >&2
  exit 1
}

echo "1/6 Python environment in $PREFIX/venv"
umask 022
[ -x "$PREFIX/venv/bin/python" ] || "$PYTHON" -m venv "$PREFIX/venv"
"$PREFIX/venv/bin/python" -m pip install --quiet --upgrade pip "setuptools>=77"
# The checkout built once, with the setuptools just installed (no isolated build environment
# to set up, twice per run), then installed with its dependencies.
WHEELS="$(mktemp -d)"
trap 'rm -rf "$WHEELS"' EXIT
"$PREFIX/venv/bin/python" -m pip wheel --quiet --no-deps --no-build-isolation -w "$WHEELS" "$REPO"
WHEEL="$(ls "$WHEELS"/medialit-*.whl)"
"$PREFIX/venv/bin/python" -m pip install --quiet "jupyterhub>=5,<7" "$WHEEL[lab]"
# pip keeps an installed medialit of the same version: put this checkout's in its place.
"$PREFIX/venv/bin/python" -m pip install --quiet --no-deps --force-reinstall "$WHEEL"
# The course's JupyterLab settings (no news pop-up, quiz-safe keyboard shortcuts).
mkdir -p "$PREFIX/venv/share/jupyter/lab/settings"
cp "$REPO/etc/overrides.json" "$PREFIX/venv/share/jupyter/lab/settings/overrides.json"

groupadd --force "$STUDENTS"
groupadd --force "$TEACHERS"

echo "2/6 The course in $PREFIX/course (copied to each student's ~/medialit at first login)"
rm -rf "$PREFIX/course.new"
mkdir -p "$PREFIX/course.new/docs"
cp -r "$REPO/notebooks" "$REPO/exercises" "$PREFIX/course.new/"
cp "$REPO/docs/glossary.md" "$PREFIX/course.new/docs/"
rm -rf "$PREFIX/course"
mv "$PREFIX/course.new" "$PREFIX/course"

echo "3/6 Exam mode: ${EXAM} (1: students get the released copy, teachers the full course)"
DATA="$("$PREFIX/venv/bin/python" -c 'import medialit._course as c, pathlib; print(pathlib.Path(c.__file__).parent / "data")')"
rm -rf "$PREFIX/teacher-course" "$PREFIX/teacher-course.new" "$PREFIX/released.new"
if [ "$EXAM" = 1 ]; then
  # The full course (with the key) for the teachers' gradebook: root's, the teachers' group
  # may read it, nobody else may even open the folder.
  (umask 027 && cp -R "$DATA" "$PREFIX/teacher-course.new")
  chown -R root:"$TEACHERS" "$PREFIX/teacher-course.new"
  chmod -R u=rwX,g=rX,o= "$PREFIX/teacher-course.new"
  mv "$PREFIX/teacher-course.new" "$PREFIX/teacher-course"
  # The students' copy takes the place of the course in the Python every user runs.
  "$PREFIX/venv/bin/medialit" release --course "$PREFIX/teacher-course" --out "$PREFIX/released.new"
  chmod -R a+rX "$PREFIX/released.new"
  rm -rf "$DATA"
  mv "$PREFIX/released.new" "$DATA"
fi
# The system settings file: assessment mode set here (and by the hub at each start) cannot be
# switched off from a student's kernel.
install -d -m 0755 "$PREFIX/venv/etc/medialit"
printf '# Written by install.sh (and by the hub at start): assessment mode for every student.\nassessment: %s\n' \
  "${MEDIALIT_ASSESSMENT:-off}" > "$PREFIX/venv/etc/medialit/medialit-settings.yaml"
chmod 0644 "$PREFIX/venv/etc/medialit/medialit-settings.yaml"

echo "4/6 The proxy (configurable-http-proxy, from npm)"
command -v configurable-http-proxy >/dev/null 2>&1 || npm install --global --silent configurable-http-proxy
configurable-http-proxy --version

echo "5/6 Groups, the hand-in folder $HANDIN_ROOT and the feedback folder $FEEDBACK_ROOT"
# Teachers may list the folders; everyone else may only pass through to their own folder.
install -d -m 0755 "$(dirname "$HANDIN_ROOT")" "$(dirname "$FEEDBACK_ROOT")"
install -d -m 0751 -o root -g "$TEACHERS" "$HANDIN_ROOT" "$FEEDBACK_ROOT"

echo "6/6 Private homes: HOME_MODE 0700 for new accounts; the groups' members' homes made 0700"
# Debian's useradd makes homes 0755 unless HOME_MODE is set: every student could read every
# classmate's notebooks and the teacher's grades. Set it (a copy of the old file is kept).
if grep -Eq '^[[:space:]]*HOME_MODE[[:space:]]' /etc/login.defs; then
  grep -Eq '^[[:space:]]*HOME_MODE[[:space:]]+0?700[[:space:]]*$' /etc/login.defs \
    || sed -i.medialit-backup -E 's/^[[:space:]]*HOME_MODE[[:space:]].*/HOME_MODE\t0700/' /etc/login.defs
else
  cp -p /etc/login.defs /etc/login.defs.medialit-backup
  printf '\n# medialit: new homes only their owner can open\nHOME_MODE\t0700\n' >> /etc/login.defs
fi
# Homes that exist already: the hub does the same at each login (prepare_user); this covers
# the accounts before they first log in. A home that is not a real folder owned by its user
# (a link, say) is left alone and named: the folder is opened without following links.
"$PYTHON" - "$STUDENTS" "$TEACHERS" <<'PY'
import grp, os, pwd, stat, sys

members = set()
for group in sys.argv[1:]:
    entry = grp.getgrnam(group)
    members.update(entry.gr_mem)
    members.update(p.pw_name for p in pwd.getpwall() if p.pw_gid == entry.gr_gid)
for login in sorted(members):
    account = pwd.getpwnam(login)
    try:
        fd = os.open(account.pw_dir, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
    except OSError as exc:
        print(f"  {login}: home {account.pw_dir} left alone ({exc.strerror})")
        continue
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode) and info.st_uid == account.pw_uid:
            os.fchmod(fd, stat.S_IMODE(info.st_mode) & 0o7700)
        else:
            print(f"  {login}: home {account.pw_dir} is not their own folder; left alone")
    finally:
        os.close(fd)
PY
echo "Done. Start the hub with: $PREFIX/venv/bin/jupyterhub -f $REPO/deploy/jupyterhub/jupyterhub_config.py"
