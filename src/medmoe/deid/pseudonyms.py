"""Consistent surrogates: keyed HMAC over a normalised value picks the replacement.

Why keyed and normalised: the same person must get the same surrogate in every document and every
grammatical case ("Иванова", "Ивановой" -> one lemma -> one surrogate, then inflected back to the case and
gender of the original), while nobody without the key can rebuild the mapping from a list of candidate names.
Identifiers get surrogates with valid check digits; dates move by a per-patient offset so intervals survive.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from medmoe.deid.checksums import digits_of, inn_complete, oms_check, snils_check
from medmoe.deid.dates import format_like, parse_date
from medmoe.deid.entities import Entity
from medmoe.deid.morph import PATR_RE, facts, parse

SURROGATE_MEMO = 50_000  # surrogates remembered per Pseudonymizer (see `surrogate`)
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")  # pymorphy3 grammemes of the six Russian cases


@lru_cache(maxsize=1)
def surrogate_lists() -> dict[str, list[str]]:
    raw = resources.files("medmoe.deid").joinpath("data/surrogates.json").read_text(encoding="utf-8")
    data: dict[str, list[str]] = json.loads(raw)
    return data


def _restore_case(template: str, word: str) -> str:
    if template.isupper() and len(template) > 1:
        return word.upper()
    if template[:1].islower():
        return word.lower()
    return "-".join(p[:1].upper() + p[1:] for p in word.split("-"))


def _norm(word: str) -> str:
    return word.lower().replace("ё", "е")


def _same_ru(candidate: str, lemma: str, original: str) -> bool:
    """Whether a surrogate candidate is the original name part (same lemma, or the same word in any form)."""
    c = _norm(candidate)
    lem = _norm(lemma)
    o = _norm(original)
    # "Иванова" has lemma "иванов": a candidate "Иванов" is the same family; compare stems of -ов/-ин too
    return c in (lem, o) or c.rstrip("а") == lem.rstrip("а") or o.startswith(c) and len(o) - len(c) <= 2


@dataclass(frozen=True)
class _Part:
    role: str  # Name | Surn | Patr | Init
    lemma: str
    gender: str
    case: str


@lru_cache(maxsize=100_000)
def _analyse_ru(word: str) -> _Part:
    key = word.lower()
    parses = parse(key)
    f = facts(key)
    want = "Patr" if (f.patr >= 0.3 or PATR_RE.search(key)) else "Name" if f.name >= 0.5 else "Surn"
    best = next((p for p in parses if want in p.tag.grammemes), None)
    if best is None:
        best = next((p for p in parses if p.tag.POS == "NOUN"), parses[0])
    case = next((c for c in CASES if c in best.tag.grammemes), "nomn")
    gender = "femn" if "femn" in best.tag.grammemes else "masc"
    lemma = best.normal_form if want != "Surn" or best.tag.POS == "NOUN" else key
    if want == "Surn" and gender == "femn" and lemma.endswith(("ова", "ева", "ина", "ына")):
        lemma = lemma[:-1]  # the surname's family, not its gender: Иванова and Иванов are one family
    return _Part(want, lemma.replace("ё", "е"), gender, case)


# Endings of -ов/-ев/-ин/-ын surnames by gender and case (the textbook table; also used by `synth.deid`).
SURN_ENDINGS = {
    "masc": {"nomn": "", "gent": "а", "datv": "у", "accs": "а", "ablt": "ым", "loct": "е"},
    "femn": {"nomn": "а", "gent": "ой", "datv": "ой", "accs": "у", "ablt": "ой", "loct": "ой"},
}


@lru_cache(maxsize=100_000)
def _inflect(word: str, role: str, gender: str, case: str) -> str:
    if role == "Surn" and word.lower().endswith(("ов", "ев", "ёв", "ин", "ын")):
        # surrogate surnames are all of the -ов/-ин type, declined by the textbook table (pymorphy3
        # sometimes prefers a plural common-noun reading of a rare surname)
        return (word + SURN_ENDINGS[gender if gender in SURN_ENDINGS else "masc"][case]).lower()
    parses = parse(word.lower())
    p = next((x for x in parses if role in x.tag.grammemes), parses[0])
    want = {case}
    if role in ("Surn", "Patr"):
        want.add(gender)
    inflected = p.inflect(want) or p.inflect({case})
    return inflected.word if inflected else word.lower()


class Pseudonymizer:
    """Surrogates for every entity type from one secret key (32 bytes)."""

    def __init__(self, key: bytes) -> None:
        if len(key) < 16:
            raise ValueError("Pseudonymizer: key must have at least 16 bytes")
        self._key = hmac.new(key, b"medmoe-deid-pseudonyms-v1", hashlib.sha256).digest()
        self.lists = surrogate_lists()
        # initial letters of the first-name pools, computed once (every initial of every name draws from them)
        self._initials = {
            "ru": sorted({w[0] for w in self.lists["ru_male"] + self.lists["ru_female"]}),
            "en": sorted({w[0] for w in self.lists["en_first"]}),
        }
        self._memo: dict[tuple[str, ...], str] = {}

    def h(self, kind: str, value: str) -> int:
        """Keyed 64-bit draw; `hmac.digest` is the one-shot C path (same bytes as `hmac.new(...).digest()`)."""
        d = hmac.digest(self._key, f"{kind}\x00{value}".encode(), "sha256")
        return int.from_bytes(d[:8], "big")

    def pick(self, kind: str, value: str, options: list[str]) -> str:
        return options[self.h(kind, value) % len(options)]

    def pick_avoid(self, kind: str, value: str, options: list[str], bad) -> str:
        """A keyed pick that never returns an option for which `bad(option)` holds.

        Why: with small surrogate lists the keyed choice can coincide with the original ("Вадимович" ->
        "Вадимович"), which would leave a real name part in the output. Re-draws are deterministic (the same
        key and value always give the same surrogate); the first draw is `pick`'s, so existing mappings stay.
        """
        for k in range(64):
            opt = options[self.h(kind if k == 0 else f"{kind}#redraw{k}", value) % len(options)]
            if not bad(opt):
                return opt
        good = [o for o in options if not bad(o)]
        return good[self.h(kind, value) % len(good)] if good else options[0]

    def _digits(self, kind: str, value: str, n: int, avoid: str = "") -> str:
        """n keyed digits; never equal to `avoid` (the original digits), so a short id cannot survive."""
        for r in range(64):
            out, i = "", 0
            while len(out) < n:
                out += str(self.h(f"{kind}#{i}" if r == 0 else f"{kind}#{r}#{i}", value)).zfill(19)[:18]
                i += 1
            if out[:n] != avoid or n == 0:
                return out[:n]
        return out[:n]

    # ---------------------------------------------------------------------------------------- names
    def _letter(self, letter: str, lang: str) -> str:
        """The surrogate initial for an initial; never the original letter (an initial is a name part too)."""
        return self.pick_avoid(
            "initial", letter.lower(), self._initials[lang], lambda c: c.lower() == letter.lower()
        )

    def _name_ru(self, text: str) -> str:
        lists = self.lists
        parts = re.split(r"(\s+|(?<=\.)(?=[А-ЯЁ]))", text)
        analysed = {i: _analyse_ru(p) for i, p in enumerate(parts) if re.fullmatch(r"[А-ЯЁа-яё\-]{2,}", p)}
        # first names and patronymics know their case and gender; a surname ("Иванова") often does not
        anchors = [a for a in analysed.values() if a.role in ("Name", "Patr")]
        genders = [a.gender for a in (anchors or list(analysed.values()))]
        gender = "femn" if genders.count("femn") > genders.count("masc") else "masc"
        chain_case = anchors[0].case if anchors else None
        out: list[str] = []
        for i, p in enumerate(parts):
            if not p or p.isspace():
                out.append(p)
                continue
            m = re.fullmatch(r"([А-ЯЁA-Z])\.", p)
            if m:
                out.append(self._letter(m.group(1), "ru") + ".")
                continue
            if i not in analysed:
                out.append(p)
                continue
            a = analysed[i]
            if a.role == "Name":
                pool = lists["ru_female"] if a.gender == "femn" else lists["ru_male"]
                letter = self._letter(a.lemma[:1], "ru")
                same = [w for w in pool if w[0] == letter] or pool
                first = self.pick_avoid("first", a.lemma, same, lambda w, a=a, p=p: _same_ru(w, a.lemma, p))
                word = _inflect(first, "Name", a.gender, a.case)
            elif a.role == "Patr":
                letter = self._letter(a.lemma[:1], "ru")
                same = [w for w in lists["ru_patr"] if w[0] == letter] or lists["ru_patr"]
                patr = self.pick_avoid("patr", a.lemma, same, lambda w, a=a, p=p: _same_ru(w, a.lemma, p))
                word = _inflect(patr, "Patr", a.gender, a.case)
            else:

                def bad_surn(w: str, a: _Part = a, p: str = p) -> bool:
                    inflected = _inflect(w, "Surn", gender, chain_case or a.case)
                    return _same_ru(w, a.lemma, p) or _norm(inflected) == _norm(p)

                base = self.pick_avoid("surn", a.lemma, lists["ru_surnames"], bad_surn)
                word = _inflect(base, "Surn", gender, chain_case or a.case)
            out.append(_restore_case(p, word))
        return "".join(out)

    def _name_en(self, text: str) -> str:
        lists = self.lists
        tokens = re.split(r"(\s+|,\s*)", text)
        words = [t for t in tokens if t and not re.fullmatch(r"\s+|,\s*", t)]
        comma_form = "," in text  # "SMITH, JOHN": surname first
        out: list[str] = []
        idx = 0
        for t in tokens:
            if not t or re.fullmatch(r"\s+|,\s*", t):
                out.append(t)
                continue
            if re.fullmatch(r"[A-Z]\.?", t):
                out.append(self._letter(t[0], "en") + t[1:])
            else:
                from medmoe.deid.names_en import first_names

                if comma_form:
                    is_last = idx == 0
                elif len(words) == 1:
                    is_last = t.capitalize() not in first_names()  # "Siobhan" alone is a first name
                else:
                    is_last = idx == len(words) - 1
                pool = lists["en_last"] if is_last else lists["en_first"]
                kind = "en_last" if is_last else "en_first"
                word = self.pick_avoid(kind, t.lower(), pool, lambda w, t=t: w.lower() == t.lower())
                out.append(_restore_case(t, word))
            idx += 1
        return "".join(out)

    def name(self, text: str) -> str:
        if re.search(r"[А-ЯЁа-яё]", text):
            return self._name_ru(text)
        return self._name_en(text)

    # ------------------------------------------------------------------------------------ identifiers
    def _replace_digits(self, value: str, digits: str) -> str:
        it = iter(digits)
        return "".join(next(it) if ch.isdigit() else ch for ch in value)

    def identifier(self, value: str, subtype: str) -> str:
        d = digits_of(value)
        if subtype == "snils" and len(d) == 11:
            first = self._digits("snils", d, 9, avoid=d[:9])
            return self._replace_digits(value, first + snils_check(first))
        if subtype == "inn" and len(d) in (10, 12):
            n_inn = len(d) - 1 - (len(d) == 12)
            new = inn_complete(self._digits("inn", d, n_inn, avoid=d[:n_inn]))
            return self._replace_digits(value, new)
        if subtype == "oms" and len(d) == 16:
            first = self._digits("oms", d, 15, avoid=d[:15])
            return self._replace_digits(value, first + oms_check(first))
        if subtype == "ip":
            if ":" in value:
                return f"2001:db8::{self.h('ip', value) % 65536:x}"
            return f"192.0.2.{self.h('ip', value) % 254 + 1}"
        new_digits = self._digits(f"id:{subtype}", d, len(d), avoid=d)
        out = self._replace_digits(value, new_digits) if d else value
        letters = [c for c in out if c.isalpha()]
        if letters and subtype in ("record", "number", ""):
            rnd = self.h("idletters", value)
            out = "".join(
                (chr(ord("A") + (rnd >> i) % 26) if c.isascii() else chr(ord("А") + (rnd >> i) % 32))
                if c.isalpha() and c.isupper()
                else c
                for i, c in enumerate(out)
            )
        return out

    def phone(self, value: str) -> str:
        d = digits_of(value)
        keep = 1 if value.lstrip().startswith(("+7", "8", "7", "+1")) and len(d) == 11 else 0
        core = d[-10:] if len(d) >= 10 else d
        new = d[:keep] + self._digits("phone", core, len(d) - keep, avoid=d[keep:])
        return self._replace_digits(value, new)

    def email(self, value: str) -> str:
        return f"user{self.h('email', value.lower()) % 10**6:06d}@example.org"

    def url(self, value: str) -> str:
        return f"https://example.org/{self.h('url', value.lower()) % 16**6:06x}"

    def address(self, value: str) -> str:
        key = re.sub(r"\W+", " ", value.lower()).strip()
        n = self.h("addr", key)
        if re.search(r"[А-ЯЁа-яё]", value):
            if re.fullmatch(r"\d{6}", value.strip()):
                return str(100000 + n % 500000)
            city = self.lists["ru_cities"][n % len(self.lists["ru_cities"])]
            street = self.lists["ru_streets"][(n >> 8) % len(self.lists["ru_streets"])]
            flat = f", кв. {(n >> 24) % 200 + 1}" if re.search(r"кв\.|квартира|\d+-\d+$", value) else ""
            return f"г. {city}, ул. {street}, д. {(n >> 16) % 90 + 1}{flat}"
        city = self.lists["en_cities"][n % len(self.lists["en_cities"])]
        street = self.lists["en_streets"][(n >> 8) % len(self.lists["en_streets"])]
        return f"{(n >> 16) % 900 + 100} {street} St, {city}"

    def org(self, value: str) -> str:
        form = re.match(r"(ООО|ОАО|ЗАО|ПАО|АО|ГБУЗ|ГБУ|ФГБУ|ГАУЗ|МБОУ|LLC|Inc\.?)\s*", value)
        word = self.pick("org", value.lower(), self.lists["org_words"])
        return f"{form.group(1) + ' ' if form else ''}«{word}-{self.h('orgn', value.lower()) % 100}»"

    # ------------------------------------------------------------------------------------------ dates
    def date_shift_days(self, patient_key: str) -> int:
        n = self.h("date-shift", patient_key) % 730
        return n - 365 if n < 365 else n - 364  # never 0: [-365, -1] or [1, 365]

    def date(self, value: str, patient_key: str, lang: str) -> str:
        parsed = parse_date(value, lang)
        if parsed is None:
            return "[DATE]"
        days = self.date_shift_days(patient_key)
        if parsed.kind == "year" or not parsed.has_day:
            # a year or a month alone must change: move it by the shift rounded to whole years/months, never 0
            # (a birth year kept by a 100-day shift would be no pseudonym at all)
            step = 1 if days > 0 else -1
            if parsed.kind == "year":
                years = step * max(1, round(abs(days) / 365))
                return format_like(parsed, parsed.when.replace(year=parsed.when.year + years))
            months = step * max(1, round(abs(days) / 30.4))
            m0 = parsed.when.year * 12 + parsed.when.month - 1 + months
            return format_like(parsed, dt.date(m0 // 12, m0 % 12 + 1, 1))
        return format_like(parsed, parsed.when + dt.timedelta(days=days))

    # ---------------------------------------------------------------------------------------- dispatch
    def surrogate(self, ent: Entity, value: str, patient_key: str, lang: str) -> str:
        """The surrogate of one detected value, memoised per instance: notes repeat their names, dates and
        numbers, and a surrogate is a pure function of the key and (type, subtype, value; for dates also
        the patient and the language), so a cached answer is the same string."""
        memo_key = (
            (ent.type, ent.subtype, value, patient_key, lang)
            if ent.type == "DATE"
            else (ent.type, ent.subtype, value)
        )
        hit = self._memo.get(memo_key)
        if hit is None:
            if len(self._memo) >= SURROGATE_MEMO:
                self._memo.clear()  # bounded: a long-running service does not grow without limit
            hit = self._memo[memo_key] = self._surrogate(ent, value, patient_key, lang)
        return hit

    def _surrogate(self, ent: Entity, value: str, patient_key: str, lang: str) -> str:
        t = ent.type
        if t == "NAME":
            return self.name(value)
        if t == "DATE":
            return self.date(value, patient_key, lang)
        if t == "PHONE":
            return self.phone(value)
        if t == "EMAIL":
            return self.email(value)
        if t == "URL":
            return self.identifier(value, "ip") if ent.subtype == "ip" else self.url(value)
        if t == "ADDRESS":
            return self.address(value)
        if t == "ORG":
            return self.org(value)
        return self.identifier(value, ent.subtype)


def key_fingerprint(key: bytes) -> str:
    """A short public id of a key for audit records (SHA-256 of a derived value, never the key)."""
    return hashlib.sha256(b"medmoe-key-id\x00" + key).hexdigest()[:16]
