"""natasha's news NER (bundled offline) as one recognizer, loaded once per process and run only where needed.

Why gated: natasha tags ~60-80 KB/s on one core, below the 300 KB/s target, and most sentences of a clinical
note contain no capitalised word that our rules could not explain. We run it on the sentences that do
(a capitalised, non-initial word that pymorphy3 does not know as a common word), and keep its PER spans;
LOC spans are dropped (a city alone is not personal data, see addresses.py), ORG spans are kept only when
they carry a proper name (quotes or a number), since "Минздрав России" identifies no one.
"""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Iterator
from typing import Any

from medmoe.deid.entities import Entity
from medmoe.deid.morph import facts, parse
from medmoe.deid.registry import Recognizer

_LOCK = threading.Lock()
_MODELS: dict[str, Any] = {}
_SENT_RE = re.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")
# a dose right after the span: natasha tags drug and vaccine brands as persons ("Ультрикс Квадри | 0,5 мл")
_DOSE_AFTER = re.compile(
    r"[ \t|,;:]*\d+(?:[.,]\d+)?[ \t]*(?:мл|мг|мкг|ЕД|ед|МЕ|г|доз\w*|табл\w*|капс\w*|ml|mg|mcg)(?![а-яёa-z])"
)
_CAND_RE = re.compile(r"(?<=[\w,)»\"]\s)[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?|[А-ЯЁ]{2,}[а-яё]*\s+[А-ЯЁ]\.")


def natasha_models() -> dict[str, Any]:
    """Segmenter and NER tagger, built on first use (about a second) and shared by all Deidentifiers."""
    with _LOCK:
        if not _MODELS:
            from natasha import NewsEmbedding, NewsNERTagger, Segmenter

            emb = NewsEmbedding()
            _MODELS["segmenter"] = Segmenter()
            _MODELS["ner"] = NewsNERTagger(emb)
            try:
                from threadpoolctl import ThreadpoolController

                _MODELS["pool"] = ThreadpoolController()
            except ImportError:  # pragma: no cover - scikit-learn brings threadpoolctl
                _MODELS["pool"] = None
        return _MODELS


def _one_blas_thread(models: dict[str, Any]) -> Any:
    """natasha's tagger is small numpy matmuls: OpenBLAS's thread pool makes them ~40x slower on a busy
    machine (measured: 9 ms vs 350 ms per note), so we pin BLAS to one thread while tagging."""
    import contextlib

    pool = models.get("pool")
    return pool.limit(limits=1, user_api="blas") if pool is not None else contextlib.nullcontext()


def _guessed_pos(word: str) -> str:
    return str(parse(word)[0].tag.POS)  # the shared cached parse: an unknown word costs ~1 ms to guess


class _Covered:
    """Is a position inside any of (possibly overlapping) spans? Sorted starts + prefix maximum of ends."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [a for a, _ in spans]
        self.max_end: list[int] = []
        for _, b in spans:
            self.max_end.append(max(b, self.max_end[-1]) if self.max_end else b)

    def __contains__(self, pos: int) -> bool:
        k = bisect.bisect_right(self.starts, pos) - 1
        return k >= 0 and self.max_end[k] > pos


def needs_ner(sentence: str, covered: _Covered | None = None, offset: int = 0) -> bool:
    """True when the sentence has a capitalised mid-sentence word pymorphy3 does not know as a common word,
    outside the spans other recognizers already found (`covered`, in document offsets)."""
    for m in _CAND_RE.finditer(sentence):
        if covered is not None and offset + m.start() in covered:
            continue
        w = m.group().split()[0].lower()
        f = facts(w.split("-")[0])
        if not f.known or f.top in ("Name", "Surn", "Patr") or f.name + f.surn + f.patr > 0.3:
            return True
    return False


class NatashaRecognizer(Recognizer):
    name, types, langs, score = "natasha", ("NAME", "ORG"), ("ru",), 0.7

    def __init__(self, gated: bool = True) -> None:
        self.gated = gated

    uses_prior = True  # the engine runs this recognizer last and hands it what the others found

    def find(self, text: str, lang: str, prior: list[Entity] | None = None) -> Iterator[Entity]:
        from natasha import Doc

        covered = _Covered([(e.start, e.end) for e in prior or ()])

        # one natasha call per document on the selected sentences joined by newlines: per-sentence calls
        # cost more in fixed overhead than in tagging
        pieces: list[tuple[int, int]] = []  # (offset in joined text, offset in original)
        chunks: list[str] = []
        pos = 0
        for sm in _SENT_RE.finditer(text):
            sent = sm.group()
            if len(sent.strip()) < 3 or (self.gated and not needs_ner(sent, covered, sm.start())):
                continue
            pieces.append((pos, sm.start()))
            chunks.append(sent.rstrip("\n"))
            pos += len(chunks[-1]) + 1
        if not chunks:
            return
        joined = "\n".join(chunks)
        models = natasha_models()
        doc = Doc(joined)
        doc.segment(models["segmenter"])
        with _one_blas_thread(models):
            doc.tag_ner(models["ner"])
        starts = [p[0] for p in pieces]
        for sp in doc.spans:
            k = bisect.bisect_right(starts, sp.start) - 1
            base_j, base_o = pieces[k]
            end_of_piece = base_j + len(chunks[k])
            if sp.stop > end_of_piece:
                continue  # crosses our artificial line break
            s, e = base_o + sp.start - base_j, base_o + sp.stop - base_j
            if sp.type == "PER":
                if _DOSE_AFTER.match(text, e):
                    continue  # a drug with its dose, not a person
                words = text[s:e].split()
                if len(words) == 1 and len(words[0]) <= 2:
                    continue  # "1,5 Тл" (tesla), "Нв": natasha on units and lab abbreviations
                if len(words) == 1:
                    w = words[0].lower().strip(".,")
                    f = facts(w)
                    if (
                        f.name + f.surn + f.patr < 0.2
                        and words[0][1:].islower()
                        and (f.known or _guessed_pos(w) in ("VERB", "INFN", "ADJF", "PRTF", "GRND", "ADVB"))
                    ):
                        continue  # "Направивший", "Лактирует": natasha on clinical words and typos
                yield Entity(s, e, "NAME", self.name, self.score)
            elif (
                sp.type == "ORG"
                and re.search(r"[«\"“„]|№|\d", text[s:e])
                and not re.fullmatch(r"[A-ZА-Я]\d{2}(?:\.\d{1,2})?", text[s:e])
            ):  # "(G20)" is an ICD code
                yield Entity(s, e, "ORG", self.name, 0.6)
