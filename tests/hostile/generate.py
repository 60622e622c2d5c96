"""Write the generated hostile messages (too large to keep here) as .eml files, to feed a real server or
`followup inspect` by hand: `python -m tests.hostile.generate OUTDIR`. The tests build the same bytes."""

from __future__ import annotations

import sys
from pathlib import Path


def main(out: Path) -> None:
    from tests.test_bad_input import GENERATED, big_attachment, many_attendees

    makers = {**GENERATED, "many-attendees": many_attendees, "attachment-50mb": big_attachment}
    out.mkdir(parents=True, exist_ok=True)
    for name, make in makers.items():
        raw = make()
        (out / f"{name}.eml").write_bytes(raw)
        print(f"{out / name}.eml  {len(raw):>10,} bytes")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "hostile-generated"))
