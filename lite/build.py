"""Build the course as a static JupyterLite site: JupyterLab and a Python kernel (Pyodide)
that run in the browser, with no server and no install (`make lite`).

    .lite-venv/bin/python lite/build.py [--output _site] [--no-preload]

Everything comes from the package registries, never from a CDN at build time:
- Pyodide's runtime (the WebAssembly interpreter, the standard library, its lock file) is the
  npm package `pyodide`, at the version jupyterlite-pyodide-kernel pins;
- the pure-Python packages the kernel loads at start (micropip, IPython and its
  dependencies, jedi, traitlets, ...) are the same versions' wheels from PyPI, served from
  the site; their checksums differ from Pyodide's own builds, so the site's lock file
  carries the served wheels' checksums;
- PyYAML has no pure-Python wheel: it is packed here from its PyPI source (its pure-Python
  half, without the optional C speed-up);
- medialit's own wheel and the widgets' (ipywidgets, comm, jupyterlab_widgets) are added
  to the lock file, so the kernel loads them at start and `import medialit` just works.

Pyodide's compiled packages (numpy, pandas, matplotlib, markupsafe, ...) are not on any
registry this build may use: the site's lock file points them at Pyodide's release for the
same version (an absolute address), so a browser online fetches them from there. By
default pandas, matplotlib and jinja2 load when the kernel starts (Pyodide loads a package
only when a cell's own code imports it, and the lessons' cells import only medialit);
`--no-preload` leaves them out, for a site used offline (lesson 00 needs none of them;
every table and chart then fails).
"""

from __future__ import annotations

import argparse
import base64
import csv
import hashlib
import io
import json
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

from jupyterlite_pyodide_kernel import constants

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".lite-cache"
VERSIONS = ROOT / "lite" / "pyodide-versions.json"
PYODIDE_VERSION = constants.PYODIDE_VERSION
PYODIDE_RELEASE = f"https://cdn.jsdelivr.net/pyodide/v{PYODIDE_VERSION}/full/"
# What the kernel needs at start besides Pyodide's own pure-Python packages.
KERNEL_WHEELS = {
    "ipywidgets": ("8.1.9", ["comm", "ipython", "jupyterlab-widgets", "traitlets"], ["ipywidgets"]),
    "comm": ("0.2.3", ["traitlets"], ["comm"]),
    "jupyterlab-widgets": ("3.0.17", [], ["jupyterlab_widgets"]),
}
# Pyodide packages the kernel loads at start (with their dependencies, from the lock file):
# the kernel's own (micropip, IPython, jedi) and medialit's pure ones (pyyaml packed here).
SERVED = ["micropip", "packaging", "ipython", "jedi", "traitlets", "pyyaml"]
# Compiled Pyodide packages medialit's tables, charts and styled tables need.
PRELOAD = ["pandas", "matplotlib", "jinja2"]
PYODIDE_FILES = [
    "pyodide.mjs",
    "pyodide.js",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "package.json",
]


def run(*cmd: str | Path, cwd: Path | None = None) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, cwd=cwd)  # noqa: S603 - our own tools


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def normal(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


# ---- Pyodide's runtime, from npm -----------------------------------------------------------
def pyodide_runtime() -> Path:
    """The npm package `pyodide` at the pinned version, unpacked in the cache."""
    folder = CACHE / f"pyodide-{PYODIDE_VERSION}"
    if (folder / "pyodide-lock.json").exists():
        return folder
    CACHE.mkdir(exist_ok=True)
    tgz = CACHE / f"pyodide-{PYODIDE_VERSION}.tgz"
    if not tgz.exists():
        run("npm", "pack", f"pyodide@{PYODIDE_VERSION}", "--pack-destination", CACHE, cwd=CACHE)
    unpack = CACHE / "npm-unpack"
    shutil.rmtree(unpack, ignore_errors=True)
    with tarfile.open(tgz) as archive:
        archive.extractall(unpack, filter="data")
    shutil.rmtree(folder, ignore_errors=True)
    (unpack / "package").rename(folder)
    shutil.rmtree(unpack)
    return folder


# ---- wheels from PyPI ----------------------------------------------------------------------
def pypi_wheel(name: str, version: str, into: Path) -> Path:
    """A pure-Python wheel of name==version from PyPI (cached)."""
    into.mkdir(parents=True, exist_ok=True)
    wanted = normal(name)

    def find() -> Path | None:
        for whl in into.glob("*.whl"):
            dist, ver = whl.name.split("-")[:2]
            if normal(dist) == wanted and ver == version:
                return whl
        return None

    found = find()
    if found is None:
        run(
            sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
            "--only-binary=:all:", "--platform", "any", "--python-version", "3.14",
            "--dest", into, f"{name}=={version}",
        )  # fmt: skip
        found = find()
    if found is None or not found.name.endswith("-none-any.whl"):
        raise SystemExit(f"no pure-Python wheel of {name}=={version} on PyPI")
    return found


def pure_pyyaml(version: str, into: Path) -> Path:
    """A py3-none-any wheel of PyYAML's pure-Python half, packed from its PyPI source (PyYAML
    falls back to it where the C speed-up is missing, as here)."""
    target = into / f"pyyaml-{version}-py3-none-any.whl"
    if target.exists():
        return target
    sdists = CACHE / "sdist"
    sdists.mkdir(parents=True, exist_ok=True)
    run(
        sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary=:all:",
        "--dest", sdists, f"pyyaml=={version}",
    )  # fmt: skip
    (sdist,) = [p for p in sdists.glob("*.tar.gz") if p.name.lower().startswith("pyyaml")]
    files: dict[str, bytes] = {}
    with tarfile.open(sdist) as archive:
        for member in archive.getmembers():
            parts = member.name.split("/")
            if member.isfile() and parts[1:3] == ["lib", "yaml"] and member.name.endswith(".py"):
                handle = archive.extractfile(member)
                assert handle is not None
                files["yaml/" + "/".join(parts[3:])] = handle.read()
            if member.isfile() and parts[1:] == ["LICENSE"]:
                handle = archive.extractfile(member)
                assert handle is not None
                files["LICENSE"] = handle.read()
    info = f"pyyaml-{version}.dist-info"
    license_text = files.pop("LICENSE", b"")
    files[f"{info}/METADATA"] = (
        f"Metadata-Version: 2.1\nName: PyYAML\nVersion: {version}\nLicense: MIT\n"
        "Summary: YAML parser and emitter (pure-Python part, packed for the browser)\n"
    ).encode()
    files[f"{info}/licenses/LICENSE"] = license_text
    files[f"{info}/WHEEL"] = (
        b"Wheel-Version: 1.0\nGenerator: medialit lite/build.py\nRoot-Is-Purelib: true\n"
        b"Tag: py3-none-any\n"
    )
    files[f"{info}/top_level.txt"] = b"yaml\n"
    record = io.StringIO()
    writer = csv.writer(record, lineterminator="\n")
    for path, data in sorted(files.items()):
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        writer.writerow([path, f"sha256={digest}", len(data)])
    writer.writerow([f"{info}/RECORD", "", ""])
    into.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as wheel:
        for path, data in sorted(files.items()):
            wheel.writestr(zipfile.ZipInfo(path, (2020, 1, 1, 0, 0, 0)), data)
        wheel.writestr(zipfile.ZipInfo(f"{info}/RECORD", (2020, 1, 1, 0, 0, 0)), record.getvalue())
    return target


def medialit_wheel(into: Path) -> Path:
    """medialit's own wheel, built from this checkout."""
    for old in into.glob("medialit-*.whl"):
        old.unlink()
    run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", into, ROOT)
    (wheel,) = into.glob("medialit-*.whl")
    return wheel


def medialit_requirements() -> list[str]:
    """medialit's dependencies (names), from pyproject.toml."""
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = []
    for spec in project["dependencies"]:
        name = spec.split(";")[0]
        for stop in "<>=!~[ ":
            name = name.split(stop)[0]
        names.append(normal(name))
    return names


# ---- the lock file -------------------------------------------------------------------------
def closure(packages: dict[str, dict], names: list[str]) -> list[str]:
    seen: list[str] = []
    todo = [normal(n) for n in names]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        if name not in packages:
            raise SystemExit(f"{name} is not in Pyodide {PYODIDE_VERSION}'s lock file")
        seen.append(name)
        todo += [normal(d) for d in packages[name]["depends"]]
    return sorted(seen)


def entry(name: str, version: str, wheel: Path, depends: list[str], imports: list[str]) -> dict:
    return {
        "name": name,
        "version": version,
        "file_name": wheel.name,
        "install_dir": "site",
        "sha256": sha256(wheel),
        "package_type": "package",
        "imports": imports,
        "depends": depends,
        "unvendored_tests": False,
    }


def check_recorded_versions(packages: dict[str, dict], python: str) -> None:
    """The versions of Pyodide's packages the lessons run on, recorded in
    lite/pyodide-versions.json (the README cites it; tests/test_lite_versions.py checks
    medialit's requirements against it): a new Pyodide must be recorded before it is built."""
    recorded = json.loads(VERSIONS.read_text(encoding="utf-8"))
    actual = {
        "pyodide": PYODIDE_VERSION,
        "python": python,
        "packages": {name: packages[name]["version"] for name in recorded["packages"]},
    }
    if actual != recorded:
        raise SystemExit(
            f"Pyodide's versions differ from {VERSIONS.name}: update it to "
            f"{json.dumps(actual)} and run the tests against them"
        )


def build_pyodide(static: Path, preload: bool) -> list[str]:
    """static/pyodide: the runtime, the served wheels and the rewritten lock file. Returns the
    packages the kernel loads at start."""
    runtime = pyodide_runtime()
    static.mkdir(parents=True)
    for name in PYODIDE_FILES:
        shutil.copy2(runtime / name, static / name)
    lock = json.loads((runtime / "pyodide-lock.json").read_text(encoding="utf-8"))
    packages: dict[str, dict] = {normal(k): v for k, v in lock["packages"].items()}
    check_recorded_versions(packages, lock["info"]["python"])
    wheels = CACHE / "wheels"
    served = closure(packages, SERVED)
    for name in served:
        info = packages[name]
        if name == "pyyaml":
            wheel = pure_pyyaml(info["version"], wheels)
        else:
            wheel = pypi_wheel(info["name"], info["version"], wheels)
        shutil.copy2(wheel, static / wheel.name)
        info.update(file_name=wheel.name, sha256=sha256(wheel))
    for name, (version, depends, imports) in KERNEL_WHEELS.items():
        wheel = pypi_wheel(name, version, wheels)
        shutil.copy2(wheel, static / wheel.name)
        packages[name] = entry(name, version, wheel, depends, imports)
    own = medialit_wheel(CACHE / "medialit")
    shutil.copy2(own, static / own.name)
    needs = medialit_requirements()
    missing = [n for n in needs if n not in packages]
    if missing:
        raise SystemExit(f"medialit needs {missing}, which neither Pyodide nor the site has")
    version = own.name.split("-")[1]
    # At start: medialit and what its quizzes need; with preload, its tables and charts too.
    start = [n for n in needs if n in served or n in KERNEL_WHEELS]
    packages["medialit"] = entry("medialit", version, own, start, ["medialit"])
    for name, info in packages.items():  # the rest: from Pyodide's release, when online
        if name not in served and name not in KERNEL_WHEELS and name != "medialit":
            info["file_name"] = PYODIDE_RELEASE + info["file_name"]
    lock["packages"] = packages
    (static / "pyodide-lock.json").write_text(json.dumps(lock, indent=1), encoding="utf-8")
    return ["medialit", *(PRELOAD if preload else [])]


def build(output: Path, preload: bool) -> None:
    lite_dir = CACHE / "lite-dir"
    shutil.rmtree(lite_dir, ignore_errors=True)
    lite_dir.mkdir(parents=True)
    start = build_pyodide(lite_dir / "static" / "pyodide", preload)
    files = lite_dir / "files"
    files.mkdir()
    for notebook in sorted((ROOT / "notebooks").glob("*.ipynb")):
        shutil.copy2(notebook, files / notebook.name)
    # The course's JupyterLab settings (no news pop-up, quiz-safe shortcuts, ...).
    shutil.copy2(ROOT / "etc" / "overrides.json", lite_dir / "overrides.json")
    kernel = "@jupyterlite/pyodide-kernel-extension:kernel"
    config = {
        "jupyter-lite-schema-version": 0,
        "jupyter-config-data": {
            "appName": "medialit",
            "litePluginSettings": {
                kernel: {
                    "disablePyPIFallback": True,  # never fetch a package from PyPI
                    "loadPyodideOptions": {"packages": start},
                }
            },
        },
    }
    (lite_dir / "jupyter-lite.json").write_text(json.dumps(config, indent=1), encoding="utf-8")
    shutil.rmtree(output, ignore_errors=True)
    run(
        Path(sys.executable).parent / "jupyter", "lite", "build",
        "--lite-dir", lite_dir, "--output-dir", output, "--contents", files,
        "--no-sourcemaps", "--no-unused-shared-packages",
        cwd=lite_dir,  # its task database goes there too, so every build starts afresh
    )  # fmt: skip
    (output / ".nojekyll").touch()  # GitHub Pages: serve folders starting with _ too
    print(f"The course as a static site: {output} (loads at start: {', '.join(start)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=ROOT / "_site")
    parser.add_argument(
        "--no-preload",
        action="store_true",
        help="do not load pandas, matplotlib and jinja2 at start (a site used offline)",
    )
    args = parser.parse_args()
    build(args.output.resolve(), preload=not args.no_preload)


if __name__ == "__main__":
    main()
