"""Benchmark: checking a 1,000-word article (written for this benchmark) against the record.

Run on demand:  python benchmarks/bench_check.py   (needs a built store)
Baseline in the same process: the first, cold call, which also builds the topic index of all roll calls.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import timed  # noqa: E402

from unga import api  # noqa: E402

PARAGRAPHS = [
    "UNITED NATIONS, March 2, 2022 - The General Assembly on Wednesday demanded that Moscow pull its troops out of "
    "Ukraine. The resolution passed with 141 votes in favour, 5 against and 35 abstentions. Russia voted against, "
    "as did Belarus. Nicaragua joined Russia, Belarus and Syria in voting against the text. India, China and "
    "Pakistan abstained. Brazil backed the resolution. More than 140 countries condemned the invasion.",
    "Diplomats spent the morning in the corridors of the building, trading drafts and counting heads before the "
    "afternoon session. Several delegations asked for more time to consult their capitals, and the president of "
    "the Assembly allowed a short pause before the speakers' list resumed. Observers said the mood was tense but "
    "orderly, and that the outcome had been clear for days.",
    "Speaking after the vote, the ambassador of a small island state said her government had weighed its long "
    "friendship with both sides. The decision, she said, reflected the principles of the Charter rather than any "
    "alignment. Others explained their abstentions as a call for dialogue, while some insisted that the text did "
    "not address the causes of the conflict.",
]
WORDS = " ".join(PARAGRAPHS).split()


def article(words: int = 1000) -> str:
    paragraphs, count = [], 0
    while count < words:
        for p in PARAGRAPHS:
            paragraphs.append(p)
            count += len(p.split())
    return "\n\n".join(paragraphs)


def main() -> None:
    text = article()
    start = time.perf_counter()
    first = api.check_text(text)
    cold = time.perf_counter() - start
    warm, result = timed(lambda: api.check_text(text), repeat=5)
    print(f"{time.strftime('%Y-%m-%d %H:%M')}: {len(text.split())} words, {len(result.claims)} claims ({result})")
    print(f"warm check: {warm * 1000:.0f} ms (target 1 s); cold first call {cold * 1000:.0f} ms; ratio {cold / warm:.1f}x")
    assert first.counts() == result.counts()


if __name__ == "__main__":
    main()
