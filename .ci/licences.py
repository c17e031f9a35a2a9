#!/usr/bin/env python3
"""Lists the licence of every third-party package the project runs or tests with, and fails on one that is not
an approved open-source licence.

  python3 .ci/licences.py --check [VENV...]   (CI) compares the list with THIRD-PARTY.md, fails if it is out of date
  python3 .ci/licences.py --write [VENV...]   rewrites THIRD-PARTY.md

Sources, all read after `mvn verify` and `.ci/run`'s installs:
  Maven  every module's target/dependencies.txt (maven-dependency-plugin's list, every scope, written at verify);
         the licence is read from each artifact's POM in the local repository, else from its parent POMs
  npm    e2e/package-lock.json (npm records each package's licence there)
  PyPI   each tool virtualenv of .ci/run (<tools>/venv-<tool>-<version>), through its own Python's package metadata

Licence names are normalised to SPDX identifiers (NAMES); a package passes when its licence (one of the
alternatives of an "OR", every part of an "AND") is in APPROVED, or when EXCEPTIONS gives a written reason.
Only the standard library: it runs before anything else is installed.
"""
import argparse
import difflib
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "THIRD-PARTY.md"
M2 = Path(os.environ.get("R57_MAVEN_REPOSITORY", Path.home() / ".m2" / "repository"))
TOOLS = Path(os.environ.get("R57_TOOLS_DIR") or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "r57-ci")

# OSI-approved licences (and public-domain dedications) that the project accepts from what it runs or ships.
APPROVED = {
    "Apache-2.0", "MIT", "MIT-0", "BSD-2-Clause", "BSD-3-Clause", "ISC", "0BSD", "Zlib", "PSF-2.0", "Python-2.0",
    "MPL-2.0", "EPL-1.0", "EPL-2.0", "BSD-3-Clause (EDL-1.0)", "CDDL-1.0", "CDDL-1.1", "LGPL-2.1-or-later",
    "LGPL-3.0-or-later", "GPL-2.0-with-classpath-exception", "Unlicense", "CC0-1.0", "UPL-1.0", "HPND",
    "BlueOak-1.0.0", "Unicode-3.0", "LGPL-2.0-or-later", "LGPL-2.0-only", "LGPL-3.0-only", "CNRI-Python", "ZPL-2.1",
}
# Copyleft licences accepted only for the Python tools: they are run by CI, never linked into or shipped with the
# project's code.
APPROVED_FOR_TOOLS = {"GPL-2.0-or-later", "GPL-3.0-or-later", "Artistic-1.0"}

# What the packages write, to SPDX. Keys are compared lower-case with runs of spaces collapsed.
NAMES = {
    "apache-2.0": "Apache-2.0", "apache 2.0": "Apache-2.0", "apache 2": "Apache-2.0", "apache license 2.0": "Apache-2.0",
    "apache license, version 2.0": "Apache-2.0", "the apache license, version 2.0": "Apache-2.0",
    "the apache software license, version 2.0": "Apache-2.0", "apache software license": "Apache-2.0",
    "apache software license 2.0": "Apache-2.0", "apache license version 2.0": "Apache-2.0",
    "apache-2.0 license": "Apache-2.0", "apache 2.0 license": "Apache-2.0", "apache license": "Apache-2.0",
    "apache software license - version 2.0": "Apache-2.0", "asl 2.0": "Apache-2.0", "apache2": "Apache-2.0",
    "apache public license 2.0": "Apache-2.0", "apache license (2.0)": "Apache-2.0",
    "mit": "MIT", "mit license": "MIT", "the mit license": "MIT", "the mit license (mit)": "MIT", "mit-0": "MIT-0",
    "expat": "MIT", "mit-cmu": "HPND",
    "bsd": "BSD-3-Clause", "bsd license": "BSD-3-Clause", "new bsd license": "BSD-3-Clause",
    "bsd-3-clause": "BSD-3-Clause", "bsd 3-clause": "BSD-3-Clause", "bsd-3-clause license": "BSD-3-Clause",
    "3-clause bsd license": "BSD-3-Clause", "the bsd license": "BSD-3-Clause", "modified bsd license": "BSD-3-Clause",
    "revised bsd": "BSD-3-Clause", "bsd 3-clause license": "BSD-3-Clause", "the 3-clause bsd license": "BSD-3-Clause",
    "bsd-2-clause": "BSD-2-Clause", "bsd 2-clause": "BSD-2-Clause", "simplified bsd license": "BSD-2-Clause",
    "the bsd 2-clause license": "BSD-2-Clause", "bsd 2-clause license": "BSD-2-Clause",
    "isc": "ISC", "isc license": "ISC", "isc license (iscl)": "ISC", "0bsd": "0BSD", "zlib": "Zlib",
    "psf-2.0": "PSF-2.0", "python software foundation license": "PSF-2.0", "psf": "PSF-2.0", "python-2.0": "Python-2.0",
    "mpl-2.0": "MPL-2.0", "mozilla public license 2.0 (mpl 2.0)": "MPL-2.0", "mozilla public license, version 2.0": "MPL-2.0",
    "mpl 2.0": "MPL-2.0",
    "epl-1.0": "EPL-1.0", "eclipse public license - v 1.0": "EPL-1.0", "eclipse public license 1.0": "EPL-1.0",
    "epl-2.0": "EPL-2.0", "epl 2.0": "EPL-2.0", "eclipse public license - v 2.0": "EPL-2.0", "eclipse public license v2.0": "EPL-2.0",
    "eclipse public license 2.0": "EPL-2.0", "eclipse public license - version 2.0": "EPL-2.0",
    "eclipse distribution license - v 1.0": "BSD-3-Clause (EDL-1.0)", "edl 1.0": "BSD-3-Clause (EDL-1.0)",
    "eclipse distribution license v. 1.0": "BSD-3-Clause (EDL-1.0)",
    "cddl-1.0": "CDDL-1.0", "cddl-1.1": "CDDL-1.1", "cddl 1.1": "CDDL-1.1",
    "gpl2 w/ cpe": "GPL-2.0-with-classpath-exception", "gnu general public license, version 2 with the gnu classpath exception": "GPL-2.0-with-classpath-exception",
    "gpl-2.0-with-classpath-exception": "GPL-2.0-with-classpath-exception",
    "gnu general public license (gpl), version 2, with the classpath exception": "GPL-2.0-with-classpath-exception",
    "lgpl-2.1-or-later": "LGPL-2.1-or-later", "lgpl-2.1+": "LGPL-2.1-or-later",
    "gnu lesser general public license v2 or later (lgplv2+)": "LGPL-2.1-or-later",
    "gnu library or lesser general public license (lgpl)": "LGPL-2.1-or-later",
    "lgpl-3.0-or-later": "LGPL-3.0-or-later", "lgplv3+": "LGPL-3.0-or-later",
    "the unlicense": "Unlicense", "unlicense": "Unlicense", "cc0-1.0": "CC0-1.0", "cc0": "CC0-1.0",
    "public domain": "CC0-1.0", "upl-1.0": "UPL-1.0", "universal permissive license, version 1.0": "UPL-1.0",
    "hpnd": "HPND", "historical permission notice and disclaimer (hpnd)": "HPND", "blueoak-1.0.0": "BlueOak-1.0.0",
    "unicode-3.0": "Unicode-3.0",
    # Trove classifiers, as Python packages without a licence field give them.
    "osi approved :: apache software license": "Apache-2.0", "osi approved :: mit license": "MIT",
    "osi approved :: bsd license": "BSD-3-Clause", "osi approved :: isc license (iscl)": "ISC",
    "osi approved :: python software foundation license": "PSF-2.0",
    "osi approved :: mozilla public license 2.0 (mpl 2.0)": "MPL-2.0",
    "osi approved :: gnu lesser general public license v2 or later (lgplv2+)": "LGPL-2.1-or-later",
    "osi approved :: historical permission notice and disclaimer (hpnd)": "HPND",
    "osi approved :: the unlicense (unlicense)": "Unlicense",
    "osi approved :: gnu library or lesser general public license (lgpl)": "LGPL-2.0-or-later",
    "osi approved :: gnu lesser general public license v2 (lgplv2)": "LGPL-2.0-only",
    "osi approved :: gnu lesser general public license v3 (lgplv3)": "LGPL-3.0-only",
    "osi approved :: zope public license": "ZPL-2.1", "zpl-2.1": "ZPL-2.1", "cnri-python": "CNRI-Python",
    "osi approved :: artistic license": "Artistic-1.0",
    "osi approved :: gnu general public license (gpl)": "GPL-2.0-or-later",
    "osi approved :: gnu general public license v2 or later (gplv2+)": "GPL-2.0-or-later",
    "osi approved :: gnu general public license v3 or later (gplv3+)": "GPL-3.0-or-later",
}

# Packages whose licence cannot be read or normalised as it is written, each with the reason it is accepted.
EXCEPTIONS = {
    "cookiecutter": "its metadata (2.7.1, pulled in by aws-sam-cli) names no licence; the LICENSE file it ships in"
                    " its dist-info is the 3-clause BSD licence",
}


def normalise(text):
    """SPDX form of a licence text: an SPDX expression stays one, a known name maps, anything else stays as written."""
    if not text:
        return None
    spaced = " ".join(text.strip().split())
    key = spaced.lower()
    if key in NAMES:
        return NAMES[key]
    if key.startswith("license :: "):
        key = key[len("license :: "):]
        return NAMES.get(key, spaced)
    parts = re.split(r"\s+(OR|AND)\s+", spaced.strip("()"))
    if len(parts) > 1:
        return " ".join(p if p in ("OR", "AND") else (normalise(p.strip("()")) or p) for p in parts)
    return spaced


def approved(licence, tool=False):
    if not licence:
        return False
    if " OR " in licence:
        return any(approved(part, tool) for part in licence.split(" OR "))
    if " AND " in licence:
        return all(approved(part, tool) for part in licence.split(" AND "))
    return licence.strip("()") in APPROVED or (tool and licence.strip("()") in APPROVED_FOR_TOOLS)


# --- Maven ---------------------------------------------------------------------------------------------------------

POM_NS = {"m": "http://maven.apache.org/POM/4.0.0"}


def pom_path(group, artifact, version):
    return M2 / Path(*group.split(".")) / artifact / version / f"{artifact}-{version}.pom"


def pom_licences(group, artifact, version, depth=0):
    path = pom_path(group, artifact, version)
    if depth > 10 or not path.is_file():
        return None
    root = ElementTree.parse(path).getroot()
    ns = POM_NS if root.tag.startswith("{") else {"m": ""}
    find = (lambda node, tag: node.find(f"m:{tag}", ns)) if ns["m"] else (lambda node, tag: node.find(tag))
    findall = (lambda node, tag: node.findall(f"m:{tag}", ns)) if ns["m"] else (lambda node, tag: node.findall(tag))
    licences = find(root, "licenses")
    if licences is not None:
        names = [normalise((find(licence, "name").text or "")) for licence in findall(licences, "license")
                 if find(licence, "name") is not None]
        names = [name for name in names if name]
        if names:
            # Several <license> entries mean the user may choose (dual licensing), as Maven's convention has it.
            return " OR ".join(dict.fromkeys(names))
    parent = find(root, "parent")
    if parent is not None:
        return pom_licences(find(parent, "groupId").text, find(parent, "artifactId").text, find(parent, "version").text,
                            depth + 1)
    return None


def maven_packages():
    dependencies = {}
    files = sorted(ROOT.glob("**/target/dependencies.txt"))
    if not files:
        sys.exit("no target/dependencies.txt: run `mvn -B verify` first (it writes them)")
    for file in files:
        module = file.parent.parent.relative_to(ROOT).as_posix()
        for line in file.read_text(encoding="utf-8").splitlines():
            match = re.match(r"^\s+([\w.\-]+):([\w.\-]+):[\w\-]+(?::[\w.\-]+)?:([\w.\-]+):(compile|runtime|test|provided|system)", line)
            if match:
                group, artifact, version, scope = match.groups()
                uses = dependencies.setdefault((group, artifact, version), {"runtime": set(), "test": set()})
                uses["test" if scope == "test" else "runtime"].add(module.rsplit("/", 1)[-1])
    rows = []
    for (group, artifact, version), uses in sorted(dependencies.items()):
        licence = pom_licences(group, artifact, version)
        # A module that has it at run time does not list it again among those that test with it.
        tests_only = uses["test"] - uses["runtime"]
        use = "; ".join(f"{scope}: {', '.join(sorted(modules))}"
                        for scope, modules in (("runtime", uses["runtime"]), ("test", tests_only)) if modules)
        rows.append(("Maven", f"{group}:{artifact}", version, licence, use))
    return rows


# --- npm -----------------------------------------------------------------------------------------------------------

def npm_packages():
    lock = ROOT / "e2e" / "package-lock.json"
    if not lock.is_file():
        return []
    rows = []
    for path, package in json.loads(lock.read_text(encoding="utf-8"))["packages"].items():
        if not path:
            continue
        name = package.get("name") or path.split("node_modules/")[-1]
        licence = package.get("license")
        if isinstance(licence, dict):
            licence = licence.get("type")
        rows.append(("npm", name, package.get("version", ""), normalise(licence), "test"))
    return sorted(rows)


# --- PyPI ----------------------------------------------------------------------------------------------------------

METADATA = r"""
import importlib.metadata, json
rows = []
for d in importlib.metadata.distributions():
    m = d.metadata
    classifiers = [c for c in (m.get_all("Classifier") or []) if c.startswith("License ::")]
    rows.append({"name": m["Name"], "version": d.version, "expression": m.get("License-Expression"),
                 "license": m.get("License"), "classifiers": classifiers})
print(json.dumps(rows))
"""


def python_licence(row):
    if row["expression"]:
        return normalise(row["expression"])
    text = (row["license"] or "").strip()
    # A licence field that holds the whole licence text says nothing short; the classifiers do.
    if text and "\n" not in text and len(text) < 80 and text.upper() != "UNKNOWN":
        found = normalise(text)
        if found in APPROVED or " OR " in found or " AND " in found or not row["classifiers"]:
            return found
    if row["classifiers"]:
        names = [normalise(c) for c in row["classifiers"] if c != "License :: OSI Approved"]
        return " OR ".join(dict.fromkeys(n for n in names if n)) or None
    return normalise(text) if text else None


def pypi_packages(venvs):
    rows = {}
    for venv in venvs:
        python = venv / "bin" / "python"
        if not python.is_file():
            sys.exit(f"{venv} is not a virtualenv (no bin/python)")
        tool, tool_version = venv.name[len("venv-"):].rsplit("-", 1)
        output = subprocess.run([str(python), "-c", METADATA], check=True, capture_output=True, text=True).stdout
        for row in json.loads(output):
            name = re.sub(r"[-_.]+", "-", row["name"]).lower()
            if name in ("pip", "setuptools", "wheel"):
                continue  # the virtualenv's own installer, not the tool's
            entry = rows.setdefault(name, {"licence": python_licence(row), "tools": set(), "version": ""})
            entry["tools"].add(tool)
            if name == tool:
                entry["version"] = tool_version
    # Only the tools are pinned; the versions of what they pull in float with PyPI, so the list names those without
    # versions, and a new release of one does not make it out of date.
    return [("PyPI", name, entry["version"], entry["licence"], "tool: " + ", ".join(sorted(entry["tools"])))
            for name, entry in sorted(rows.items())]


# --- report --------------------------------------------------------------------------------------------------------

def render(rows):
    lines = [
        "# Third-party licences",
        "",
        "Written by `python3 .ci/licences.py --write` after `mvn -B verify` and `bash .ci/run`'s installs; `.ci/run`",
        "fails when this list is out of date or names a licence that is not approved in `.ci/licences.py`. The",
        "project itself: code under the Apache License 2.0 ([LICENSE](LICENSE)), published data under CC BY 4.0.",
        "",
        "- **Maven**: every dependency of every module, any scope, with the modules that use it at run time (on",
        "  their main class path) and those that only test with it (`.` is the parent POM); the licence as the",
        "  artifact's POM (or its parent's) names it.",
        "- **npm**: the browser tests' packages (`e2e/package-lock.json`).",
        "- **PyPI**: the Python tools `.ci/run` installs (each pinned, in its own virtualenv) and what they pull in;",
        "  run as tools, never shipped. Their own dependencies are listed without versions, which float.",
        "",
    ]
    for ecosystem in ("Maven", "npm", "PyPI"):
        selected = [row for row in rows if row[0] == ecosystem]
        if not selected:
            continue
        lines += [f"## {ecosystem} ({len(selected)})", "", "| package | version | licence | used for |",
                  "| --- | --- | --- | --- |"]
        for _, name, version, licence, use in selected:
            note = f" (accepted: {EXCEPTIONS[name]})" if name in EXCEPTIONS else ""
            lines.append(f"| {name} | {version} | {licence or 'none found'}{note} | {use} |")
        lines.append("")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--check", action="store_true", help="fail if THIRD-PARTY.md is out of date")
    mode.add_argument("--write", action="store_true", help="rewrite THIRD-PARTY.md")
    parser.add_argument("venvs", nargs="*", type=Path,
                        help="the Python tools' virtualenvs (.ci/run names the pinned ones); default: every"
                             f" {TOOLS}/venv-*")
    arguments = parser.parse_args()

    venvs = arguments.venvs or sorted(path for path in TOOLS.glob("venv-*") if path.is_dir())
    rows = maven_packages() + npm_packages() + pypi_packages(venvs)
    refused = [row for row in rows if not approved(row[3], row[0] == "PyPI") and row[1] not in EXCEPTIONS]
    for ecosystem, name, version, licence, use in refused:
        print(f"licence not approved: {ecosystem} {name} {version}: {licence or 'no licence found'} ({use})",
              file=sys.stderr)
    text = render(rows)
    if arguments.write:
        OUTPUT.write_text(text, encoding="utf-8")
    else:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.is_file() else ""
        if current != text:
            sys.stderr.writelines(difflib.unified_diff(current.splitlines(True), text.splitlines(True),
                                                       "THIRD-PARTY.md (committed)", "THIRD-PARTY.md (now)"))
            print("THIRD-PARTY.md is out of date: run python3 .ci/licences.py --write and commit it", file=sys.stderr)
            return 1
    print(f"licences: {len(rows)} packages ({sum(r[0] == 'Maven' for r in rows)} Maven, "
          f"{sum(r[0] == 'npm' for r in rows)} npm, {sum(r[0] == 'PyPI' for r in rows)} PyPI), "
          f"{len(refused)} not approved")
    return 1 if refused else 0


if __name__ == "__main__":
    sys.exit(main())
