#!/usr/bin/env bash
# Install medialit for every user of one school server, with JupyterHub. Run as root from a
# checkout of the course:
#
#   sudo bash deploy/jupyterhub/install.sh            # into /opt/medialit
#   sudo bash deploy/jupyterhub/install.sh /srv/x     # somewhere else (set MEDIALIT_PREFIX too)
#
# What it makes (nothing outside PyPI, npm and Debian's packages is fetched):
#   PREFIX/venv      Python with JupyterHub, JupyterLab and the course, readable by every user
#   PREFIX/course    the notebooks a student gets a copy of at first login
#   groups           medialit-students and medialit-teachers (add people with usermod -aG)
#   HANDIN_ROOT      /srv/medialit/handin: one folder per student inside, made at their login
#   private homes    HOME_MODE 0700 in /etc/login.defs (so `useradd --create-home` makes a home
#                    only its owner can open), and the homes of the groups' members made 0700
# Run it again after `git pull` to update the course; students' copies are never overwritten.
set -euo pipefail

REPO="$(cd "$(dirname "$0")/../.." && pwd)"
PREFIX="${1:-${MEDIALIT_PREFIX:-/opt/medialit}}"
HANDIN_ROOT="${MEDIALIT_HANDIN_ROOT:-/srv/medialit/handin}"
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

echo "1/5 Python environment in $PREFIX/venv"
umask 022
[ -x "$PREFIX/venv/bin/python" ] || "$PYTHON" -m venv "$PREFIX/venv"
"$PREFIX/venv/bin/python" -m pip install --quiet --upgrade pip "setuptools>=77"
"$PREFIX/venv/bin/python" -m pip install --quiet "jupyterhub>=5,<7" "$REPO[lab]"
# pip keeps an installed medialit of the same version: put this checkout's in its place.
"$PREFIX/venv/bin/python" -m pip install --quiet --no-deps --force-reinstall "$REPO"
# The course's JupyterLab settings (no news pop-up, quiz-safe keyboard shortcuts).
mkdir -p "$PREFIX/venv/share/jupyter/lab/settings"
cp "$REPO/etc/overrides.json" "$PREFIX/venv/share/jupyter/lab/settings/overrides.json"

echo "2/5 The course in $PREFIX/course (copied to each student's ~/medialit at first login)"
rm -rf "$PREFIX/course.new"
mkdir -p "$PREFIX/course.new/docs"
cp -r "$REPO/notebooks" "$REPO/exercises" "$PREFIX/course.new/"
cp "$REPO/docs/glossary.md" "$PREFIX/course.new/docs/"
rm -rf "$PREFIX/course"
mv "$PREFIX/course.new" "$PREFIX/course"

echo "3/5 The proxy (configurable-http-proxy, from npm)"
command -v configurable-http-proxy >/dev/null 2>&1 || npm install --global --silent configurable-http-proxy
configurable-http-proxy --version

echo "4/5 Groups and the hand-in folder $HANDIN_ROOT"
groupadd --force "$STUDENTS"
groupadd --force "$TEACHERS"
# Teachers may list the folder; everyone else may only pass through it to their own folder.
install -d -m 0755 "$(dirname "$HANDIN_ROOT")"
install -d -m 0751 -o root -g "$TEACHERS" "$HANDIN_ROOT"

echo "5/5 Private homes: HOME_MODE 0700 for new accounts; the groups' members' homes made 0700"
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
