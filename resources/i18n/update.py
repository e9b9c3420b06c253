"""Refresh the translation sources from the code and compile them: `.venv/bin/python resources/i18n/update.py`.

ardesk_nl.ts holds the Dutch texts (edit it with Qt Linguist or by hand); ardesk_en.ts holds only
the English plural forms ("1 customer" / "2 customers"). lupdate keeps existing translations; the
compiled .qm files are committed, so the program never needs the Qt tools at run time."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    path = BIN / f"pyside6-{name}"
    return str(path) if path.exists() else f"pyside6-{name}"


def main() -> int:
    sources = ["-extensions", "py", str(ROOT / "ardesk")]
    subprocess.run(
        [tool("lupdate"), *sources, "-no-obsolete", "-locations", "none", "-ts", str(HERE / "ardesk_nl.ts")], check=True
    )
    subprocess.run(
        [
            tool("lupdate"),
            *sources,
            "-no-obsolete",
            "-locations",
            "none",
            "-pluralonly",
            "-source-language",
            "en",
            "-target-language",
            "en",
            "-ts",
            str(HERE / "ardesk_en.ts"),
        ],
        check=True,
    )
    for language in ("nl", "en"):
        ts, qm = HERE / f"ardesk_{language}.ts", HERE / f"ardesk_{language}.qm"
        subprocess.run([tool("lrelease"), str(ts), "-qm", str(qm)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
