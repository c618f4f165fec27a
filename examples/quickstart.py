"""Extract the quotes of one article and print who said what, through which outlet.

    python examples/quickstart.py [ARTICLE.txt]

With no argument it reads the third seed article (a Tempo report).
"""

import json
import sys
from pathlib import Path

import quotex

DEFAULT = Path(__file__).resolve().parent.parent / "seeds" / "002_7e36faed88cf8238.txt"


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    text = path.read_text(encoding="utf-8")
    result = quotex.extract(text)
    print(f"{path.name}: {len(result.quotes)} quotes, {len(result.speakers)} sources, "
          f"publisher: {result.publisher.name if result.publisher else '-'}\n")
    for q in result.quotes:
        who = q.speaker.name if q.speaker else "?"
        role = f" ({q.speaker.role})" if q.speaker and q.speaker.role else ""
        via = f" [{q.outlet.source}: {q.outlet.name}]" if q.outlet else ""
        print(f"- {q.kind.value:8} {who}{role}{via}\n    {q.text[:110]}")
    print("\nFirst quote as JSON:")
    if result.quotes:
        print(json.dumps(result.quotes[0].to_dict(), ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
