"""Regenerate the example synthesis in docs/examples/ from the three sample regions.

Run: ``python scripts/synthesis_example.py`` (writes the files) or
``python scripts/synthesis_example.py --check`` (exit code 1 if a committed
file differs from what the code makes now).

The regional sample sessions (``sample_sessions/twente.toml``,
``regio-zwolle.toml``, ``stedendriehoek.toml``) get the scripted meetings of
``tests/regional.py`` in a temporary database; the synthesis is made as of the
day of the province-wide wrap-up (``sample_sessions/overijssel-wrap-up.toml``).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from facilitator.domain.clock import FakeClock  # noqa: E402
from facilitator.sessionfile import load_session_file  # noqa: E402
from facilitator.store import Store  # noqa: E402
from facilitator.synthesis.command import make_synthesis, render  # noqa: E402
from tests.regional import build_regional_sessions  # noqa: E402

EXAMPLES = ROOT / "docs" / "examples"
OUTPUTS = (
    ("synthese-overijssel.md", "nl", "md"),
    ("synthese-overijssel.json", "nl", "json"),
    ("synthesis-overijssel-en.md", "en", "md"),
)


def make() -> dict[str, str]:
    """The example files' names and texts."""
    wrap_up = load_session_file(ROOT / "sample_sessions" / "overijssel-wrap-up.toml")
    with tempfile.TemporaryDirectory() as folder:
        clock = FakeClock()
        store = Store(Path(folder) / "regions.db", clock=clock)
        try:
            build_regional_sessions(store, clock)
            texts = {}
            for name, lang, fmt in OUTPUTS:
                synthesis = make_synthesis(store, lang=lang, as_of=wrap_up.starts_at.date())
                texts[name] = render(synthesis, fmt)
        finally:
            store.close()
    return texts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the committed files")
    args = parser.parse_args()
    stale = []
    for name, text in make().items():
        path = EXAMPLES / name
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
            continue
        path.write_bytes(text.encode("utf-8"))
        print(f"written: docs/examples/{name}")
    if stale:
        print("out of date: " + ", ".join(stale) + " (run python scripts/synthesis_example.py)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
