"""Benchmark: checking a 1,000-word article (written for this benchmark) against the record, then time and memory
against input size, from 1 KB to the size limit of `check` (claims.reading.DEFAULT_MAX_BYTES).

Run on demand:  python benchmarks/bench_check.py [--sizes | --set NAME]   (needs a built store)
Baseline in the same process: the first, cold call, which also builds the topic index of all roll calls.
--set NAME: the texts of a labelled set (bench_news.py's sets, where present) checked one by one, the index built
first as bench_news times them: ms per 1,000 words and the slowest text scaled to 1,000 words, then the same texts
again (their sentences' readings and roll calls' votes now at hand) with the ratio of the first pass to that one.
--sizes: each size runs in a fresh process (so that its peak memory is its own): prose made of the article's
paragraphs, and one unpunctuated run of state names and votes (the worst case for the state-list parser).
"""

from __future__ import annotations

import resource
import subprocess
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


RUN = "India, China and Pakistan abstained and Brazil voted in favour with 141 votes to 5 "


def sized(n: int, kind: str) -> str:
    unit = "\n\n".join(PARAGRAPHS) + "\n\n" if kind == "prose" else RUN
    return (unit * (n // len(unit) + 1))[:n]


def one_size(n: int, kind: str) -> None:
    """In a fresh process: check a text of n bytes; print seconds, claims and peak memory."""
    api.check_text("India abstained.")  # the index of roll calls, built once per process, is not part of the size
    text = sized(n, kind)
    start = time.perf_counter()
    result = api.check_text(text, max_bytes=n + 1)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{seconds:.3f} {len(result.claims)} {peak:.0f}")


def sizes() -> None:
    from unga.claims.reading import DEFAULT_MAX_BYTES

    print(f"{'bytes':>10} {'kind':>6} {'seconds':>8} {'claims':>7} {'peak MB':>8} {'s per 100 KB':>12}")
    for n in (1_000, 10_000, 100_000, 400_000, 1_000_000, DEFAULT_MAX_BYTES):
        for kind in ("prose", "run"):
            out = subprocess.run([sys.executable, __file__, "--one", str(n), kind], capture_output=True, text=True,
                                 check=True).stdout.split()
            seconds, claims, peak = float(out[0]), int(out[1]), float(out[2])
            print(f"{n:>10,} {kind:>6} {seconds:>8.2f} {claims:>7} {peak:>8.0f} {seconds / n * 100_000:>12.2f}")


def real_texts(name: str) -> None:
    """Time check_text over a labelled set's texts (bench_news loads them), a first pass and a repeat."""
    import bench_news

    articles = bench_news.load_shared(bench_news.SHARED_NEWS) if name == "shared" else bench_news.load_set(name)
    if isinstance(articles, str):
        sys.exit(articles)
    bodies = [(a.name, a.text[a.body_start:], a.published) for a in articles]
    cold, _ = timed(lambda: api.check_text("The General Assembly adopted resolution ES-11/1 by 141 votes to 5."))
    words = sum(len(body.split()) for _, body, _ in bodies)
    passes = []
    for _ in range(2):
        each = [(timed(lambda: api.check_text(body, published=day))[0], len(body.split()), text_name)
                for text_name, body, day in bodies]
        passes.append(sum(seconds for seconds, _, _ in each))
        seconds, n, slowest = max(each, key=lambda e: e[0] / max(e[1], 1))
        print(f"{'first' if len(passes) == 1 else 'again'}: {passes[-1] / words * 1e6:.0f} ms per 1,000 words; slowest "
              f"{slowest} {seconds * 1000:.0f} ms for {n} words, {seconds / max(n, 1) * 1e6:.0f} ms per 1,000 words")
    print(f"{time.strftime('%Y-%m-%d %H:%M')}: {name}, {len(bodies)} texts, {words:,} words; index built in "
          f"{cold * 1000:.0f} ms; first pass / again {passes[0] / passes[1]:.2f}x (target 1 s per 1,000 words)")


def main() -> None:
    if "--set" in sys.argv:
        return real_texts(sys.argv[sys.argv.index("--set") + 1])
    if "--one" in sys.argv:
        at = sys.argv.index("--one")
        return one_size(int(sys.argv[at + 1]), sys.argv[at + 2])
    if "--sizes" in sys.argv:
        return sizes()
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
