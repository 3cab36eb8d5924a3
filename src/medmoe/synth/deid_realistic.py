"""Held-out de-identification corpus "b": realistic Russian and English clinical documents with gold spans.

Why this exists: the first synthetic de-identification corpus (`synth/deid.py`) was written by the same
person who wrote the detectors, so once the detectors were fixed on it every target was met (recall ~0.997)
while the only truly blind runs were far worse. This module was written by someone who had NOT read the
detectors, their tests, or the first generator: its templates come from how real documents look (выписной
эпикриз, 057/у, 086/у, карта вызова СМП, ЭЛН, ВК, MIS exports, messenger chats, OCR scans, notes with typos;
US and UK discharge summaries, ED notes, referral and clinic letters, nurse notes, portal messages). Use it as
a held-out test: do not tune templates to the tool's behaviour, and do not copy its wording into detectors.

Text is built by concatenating pieces while recording offsets (never by searching the final string); every
record is self-checked (span text equals the slice, no overlapping entities, eponyms do not touch entities).

Gold conventions (see docs/notes/deid-holdout-b.md):
- NAME: the name as written, in any case, without titles ("д.м.н., проф.", "м/с", "Dr.", "Mr."), surname +
  initials, first name + patronymic, single first names and diminutives, lowercase and ALL CAPS forms;
  staff names are annotated like patients'. Titles and roles are outside the span.
- DATE: day/month/year in any format without a trailing "г."/"года"/"г.р."; a year of birth ("1975 г.р.")
  is the year; month + year ("в марте 2019 года" -> "марте 2019", "March 2019"); day + month without a year
  ("12-го марта", "от 05.04", "Mar 3rd"). A time next to a date is NOT part of the span. Ages, durations and
  bare years of past events are not used / not annotated.
- ID: identifiers from first to last character: СНИЛС, ИНН, полис ОМС, паспорт ("45 12 № 345678"),
  свидетельство о рождении, ЭЛН, номера истории болезни / амб. карты / карты вызова / направления /
  лабораторного образца (after "№", without it), MRN, SSN, NHS number, accession and member ids.
  Course counts in prescriptions ("№ 10"), ward numbers and ICD codes are NOT identifiers.
- ADDRESS: from the index or region/city to the flat; a city on its own is not annotated. Institution
  addresses are annotated as well (a detector cannot tell whose address it is).
- PHONE, EMAIL, URL: the whole string; an extension "доб. 123" is outside the phone span.
- ORG: employers, schools, kindergartens AND medical organisations (hospitals, clinics, labs): following the
  i2b2 convention a named treating facility narrows who the patient is. The per-pattern report separates them.
- eponyms: medical terms named after people (whole phrase), never overlapping an entity.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA_PATH = Path(__file__).resolve().parent / "data" / "deid_realistic_b.json"
TYPES = ("NAME", "DATE", "ADDRESS", "PHONE", "EMAIL", "ID", "URL", "ORG")


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return json.loads(DATA_PATH.read_text(encoding="utf-8"))


# ---------------------------------------------------------------- document builder


class _Doc:
    """Appends text pieces; a piece is plain str, (TYPE, text) for an entity or ("EPO", text) for an eponym."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.ents: list[dict[str, Any]] = []
        self.epos: list[dict[str, Any]] = []

    def _put(self, s: str) -> None:
        self.parts.append(s)
        self.n += len(s)

    def add(self, *items: Any) -> _Doc:
        for it in items:
            if it is None:
                continue
            if isinstance(it, str):
                self._put(it)
            elif isinstance(it, list):
                self.add(*it)
            else:
                typ, s = it
                st = self.n
                self._put(s)
                if typ == "EPO":
                    self.epos.append({"start": st, "end": self.n, "text": s})
                else:
                    assert typ in TYPES, typ
                    self.ents.append({"start": st, "end": self.n, "type": typ, "text": s})
        return self

    def text(self) -> str:
        return "".join(self.parts)


def check_record(rec: dict[str, Any]) -> None:
    """Raise AssertionError if a span does not match its text or two entities overlap."""
    t = rec["text"]
    spans = sorted((e["start"], e["end"]) for e in rec["entities"])
    for e in rec["entities"] + rec["eponyms"]:
        assert 0 <= e["start"] < e["end"] <= len(t), e
        assert t[e["start"] : e["end"]] == e["text"], (e, t[e["start"] : e["end"]])
        assert e["text"] == e["text"].strip(), e
    for (a0, a1), (b0, _b1) in zip(spans, spans[1:]):
        assert a1 <= b0, f"overlap in {rec['id']}: {a0}-{a1} / {b0}"
    for ep in rec["eponyms"]:
        assert not any(s < ep["end"] and ep["start"] < e for s, e in spans), f"eponym overlaps entity: {ep}"


def N(s: str) -> tuple[str, str]:
    return ("NAME", s)


def D(s: str) -> tuple[str, str]:
    return ("DATE", s)


def A(s: str) -> tuple[str, str]:
    return ("ADDRESS", s)


def P(s: str) -> tuple[str, str]:
    return ("PHONE", s)


def I(s: str) -> tuple[str, str]:  # noqa: E743
    return ("ID", s)


def O(s: str) -> tuple[str, str]:  # noqa: E743
    return ("ORG", s)


def EP(s: str) -> tuple[str, str]:
    return ("EPO", s)


# ---------------------------------------------------------------- Russian inflection (names only)

CASES = ("nom", "gen", "dat", "acc", "ins", "prep")
_VOW = set("аеёиоуыэюяАЕЁИОУЫЭЮЯ")
_HUSH = set("жшчщц")
_VELAR_HUSH = set("гкхжшчщ")


def _ends(s: str, *suf: str) -> bool:
    return s.lower().endswith(suf)


def _a_decl(stem: str, case: str) -> str:
    """Nouns in -а: Сорока, Анна, Наташа."""
    last = stem[-1].lower()
    return (
        stem
        + {
            "gen": "и" if last in _VELAR_HUSH else "ы",
            "dat": "е",
            "acc": "у",
            "ins": "ей" if last in _HUSH else "ой",
            "prep": "е",
        }[case]
    )


def inflect_surname(s: str, g: str, case: str) -> str:
    if case == "nom":
        return s
    if "-" in s:
        return "-".join(inflect_surname(p, g, case) for p in s.split("-"))
    i = {"gen": 0, "dat": 1, "acc": 2, "ins": 3, "prep": 4}[case]
    if g == "m":
        if _ends(s, "ский", "цкий"):
            return s[:-2] + ("ого", "ому", "ого", "им", "ом")[i]
        if _ends(s, "ый", "ой") and len(s) > 4:
            return s[:-2] + ("ого", "ому", "ого", "ым", "ом")[i]
        if _ends(s, "ов", "ев", "ёв", "ин", "ын"):
            return s + ("а", "у", "а", "ым", "е")[i]
        if _ends(s, "а") and s[-2] not in _VOW:
            return _a_decl(s[:-1], case)
        if _ends(s, "ь", "й"):
            return s[:-1] + ("я", "ю", "я", "ем", "е")[i]
        if s[-1] not in _VOW and not _ends(s, "их", "ых"):
            return s + ("а", "у", "а", "ем" if s[-1] in _HUSH else "ом", "е")[i]
        return s
    if _ends(s, "ская", "цкая", "ая"):
        return s[:-2] + ("ой", "ой", "ую", "ой", "ой")[i]
    if _ends(s, "ова", "ева", "ёва", "ина", "ына"):
        return s[:-1] + ("ой", "ой", "у", "ой", "ой")[i]
    if _ends(s, "а") and s[-2] not in _VOW:
        return _a_decl(s[:-1], case)
    return s


def inflect_first(s: str, g: str, case: str) -> str:
    if case == "nom":
        return s
    i = {"gen": 0, "dat": 1, "acc": 2, "ins": 3, "prep": 4}[case]
    if _ends(s, "ия"):
        return s[:-1] + ("и", "и", "ю", "ей", "и")[i]
    if _ends(s, "я"):
        return s[:-1] + ("и", "е", "ю", "ей", "е")[i]
    if _ends(s, "а"):
        return _a_decl(s[:-1], case)
    if g == "f":
        if _ends(s, "ь"):  # Айгуль, Асель
            return s[:-1] + ("и", "и", "ь", "ью", "и")[i]
        return s  # Нино, Анаит
    if _ends(s, "ий"):
        return s[:-1] + ("я", "ю", "я", "ем", "и")[i]
    if _ends(s, "й", "ь"):
        return s[:-1] + ("я", "ю", "я", "ем", "е")[i]
    if _ends(s, "о"):
        return s
    return s + ("а", "у", "а", "ем" if s[-1] in _HUSH else "ом", "е")[i]


def inflect_patr(s: str, case: str) -> str:
    if case == "nom":
        return s
    i = {"gen": 0, "dat": 1, "acc": 2, "ins": 3, "prep": 4}[case]
    if _ends(s, "ич"):
        return s + ("а", "у", "а", "ем", "е")[i]
    return s[:-1] + ("ы", "е", "у", "ой", "е")[i]


class RuPerson:
    def __init__(self, r: random.Random, g: str | None = None, born: tuple[int, int] = (1935, 2005)) -> None:
        dd = _data()
        self.g = g or r.choice("mf")
        first = r.choice(dd["ru_male_first" if self.g == "m" else "ru_female_first"])
        self.first, self.dim = first
        self.patr = r.choice(dd["ru_male_patr" if self.g == "m" else "ru_female_patr"])
        self.pair = r.choice(dd["ru_surnames"])
        self.sur = self.pair[0 if self.g == "m" else 1]
        self.birth = _rand_date(r, dt.date(born[0], 1, 1), dt.date(born[1], 12, 31))

    def relative(
        self, r: random.Random, g: str | None = None, born: tuple[int, int] = (1935, 2020)
    ) -> RuPerson:
        q = RuPerson(r, g, born)
        q.pair = self.pair
        q.sur = self.pair[0 if q.g == "m" else 1]
        return q

    def s(self, c: str = "nom") -> str:
        return inflect_surname(self.sur, self.g, c)

    def f(self, c: str = "nom") -> str:
        return inflect_first(self.first, self.g, c)

    def p(self, c: str = "nom") -> str:
        return inflect_patr(self.patr, c)

    def dimf(self, c: str = "nom") -> str:
        return inflect_first(self.dim, self.g, c)

    def fio(self, c: str = "nom") -> str:
        return f"{self.s(c)} {self.f(c)} {self.p(c)}"

    def io(self, c: str = "nom") -> str:
        return f"{self.f(c)} {self.p(c)}"

    def ini(self, sep: str = "") -> str:
        return f"{self.first[0]}.{sep}{self.patr[0]}."

    def short(self, r: random.Random, c: str = "nom") -> str:
        """Surname + initials in one of the ways people write it."""
        k = r.random()
        if k < 0.45:
            return f"{self.s(c)} {self.ini()}"
        if k < 0.6:
            return f"{self.s(c)} {self.ini(' ')}"
        if k < 0.75:
            return f"{self.ini()} {self.s(c)}"
        if k < 0.87:
            return f"{self.ini()}{self.s(c)}"
        if k < 0.93:
            return f"{self.s(c)} {self.first[0]}."
        return f"{self.s(c)}{self.ini()}"  # glued, as typed in a hurry


# ---------------------------------------------------------------- dates

MONTHS_GEN = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]
MONTHS_NOM = [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
]
MONTHS_PREP = [
    "январе",
    "феврале",
    "марте",
    "апреле",
    "мае",
    "июне",
    "июле",
    "августе",
    "сентябре",
    "октябре",
    "ноябре",
    "декабре",
]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _rand_date(r: random.Random, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=r.randint(0, (b - a).days))


def rd(r: random.Random, d: dt.date, style: str | None = None) -> list[Any]:
    """A Russian date as [entity, suffix]; the suffix (" г.", "г.") stays outside the span."""
    if style is None:
        style = r.choices(
            ["dot", "dot", "dot", "dot2", "slash", "iso", "long", "glued", "roman", "dotg", "long0"], k=1
        )[0]
    if style == "dot":
        return [D(f"{d.day:02d}.{d.month:02d}.{d.year}")]
    if style == "dot2":
        return [D(f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}")]
    if style == "slash":
        return [D(f"{d.day:02d}/{d.month:02d}/{d.year}")]
    if style == "iso":
        return [D(d.isoformat())]
    if style == "glued":
        return [D(f"{d.day:02d}.{d.month:02d}.{d.year}"), "г."]
    if style == "dotg":
        return [D(f"{d.day:02d}.{d.month:02d}.{d.year}"), " г."]
    if style == "roman":
        return [D(f"{d.day:02d}.{ROMAN[d.month - 1]}.{d.year}")]
    if style == "long0":
        return [D(f"«{d.day:02d}» {MONTHS_GEN[d.month - 1]} {d.year}"), " г."]
    day = str(d.day) if r.random() < 0.7 else f"{d.day:02d}"
    return [D(f"{day} {MONTHS_GEN[d.month - 1]} {d.year}"), r.choice([" г.", " г.", " года", "", "г."])]


def rd_short(r: random.Random, d: dt.date) -> list[Any]:
    """Day and month without a year, as in diaries: "12.03", "12-го марта", "12 марта"."""
    k = r.random()
    if k < 0.5:
        return [D(f"{d.day:02d}.{d.month:02d}")]
    if k < 0.75:
        return [D(f"{d.day}-го {MONTHS_GEN[d.month - 1]}")]
    return [D(f"{d.day} {MONTHS_GEN[d.month - 1]}")]


def ed(r: random.Random, d: dt.date, uk: bool = False, style: str | None = None) -> list[Any]:
    if style is None:
        style = r.choice(["num", "num", "long", "dmy", "iso", "short", "abbr", "num2"])
    m = EN_MONTHS[d.month - 1]
    if style == "num":
        return [D(f"{d.day:02d}/{d.month:02d}/{d.year}" if uk else f"{d.month:02d}/{d.day:02d}/{d.year}")]
    if style == "num2":
        return [D(f"{d.day}/{d.month}/{d.year % 100:02d}" if uk else f"{d.month}/{d.day}/{d.year % 100:02d}")]
    if style == "long":
        return [D(f"{m} {d.day}, {d.year}")]
    if style == "dmy":
        return [D(f"{d.day} {m} {d.year}")]
    if style == "iso":
        return [D(d.isoformat())]
    if style == "abbr":
        return [D(f"{d.day:02d}-{m[:3]}-{d.year}")]
    suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return [D(f"{m[:3]} {d.day}{suf}")]


def hm(r: random.Random) -> str:
    return f"{r.randint(0, 23):02d}:{r.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]):02d}"


# ---------------------------------------------------------------- identifiers (valid checksums)


def snils(r: random.Random, spaced: bool | None = None) -> str:
    while True:
        d = [r.randint(0, 9) for _ in range(9)]
        if int("".join(map(str, d))) > 1001998:
            break
    s = sum(x * w for x, w in zip(d, range(9, 0, -1)))
    if s < 100:
        c = s
    elif s in (100, 101):
        c = 0
    else:
        c = s % 101
        c = 0 if c == 100 else c
    ds = "".join(map(str, d))
    if spaced is None:
        spaced = r.random() < 0.7
    return f"{ds[:3]}-{ds[3:6]}-{ds[6:]} {c:02d}" if spaced else f"{ds}{c:02d}"


def inn(r: random.Random, n: int = 12) -> str:
    def ck(ds: list[int], w: list[int]) -> int:
        return sum(a * b for a, b in zip(ds, w)) % 11 % 10

    region = r.choice([16, 77, 50, 78, 2, 54, 66, 23, 61])
    d = [region // 10, region % 10] + [r.randint(0, 9) for _ in range(n - 2 - (1 if n == 10 else 2))]
    if n == 10:
        d.append(ck(d, [2, 4, 10, 3, 5, 9, 4, 6, 8]))
    else:
        d.append(ck(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]))
        d.append(ck(d, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]))
    return "".join(map(str, d))


def luhn_complete(digits: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        x = int(ch)
        if i % 2 == 0:
            x *= 2
            x = x - 9 if x > 9 else x
        total += x
    return digits + str((10 - total % 10) % 10)


def oms(r: random.Random) -> str:
    s = luhn_complete(
        r.choice(["77", "16", "50", "02", "54", "66", "78"])
        + "".join(str(r.randint(0, 9)) for _ in range(13))
    )
    if r.random() < 0.65:
        return s
    return " ".join(s[i : i + 4] for i in range(0, 16, 4))


def passport(r: random.Random) -> tuple[str, str]:
    ser = f"{r.randint(1, 99):02d}{r.randint(0, 24):02d}"
    num = f"{r.randint(100000, 999999)}"
    return ser, num


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


def nhs(r: random.Random) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(8)]
        c = 11 - sum(x * w for x, w in zip(d, range(10, 1, -1))) % 11
        c = 0 if c == 11 else c
        if c != 10:
            s = "".join(map(str, d)) + str(c)
            return f"{s[:3]} {s[3:6]} {s[6:]}" if r.random() < 0.75 else s


def ssn(r: random.Random) -> str:
    a = r.choice([x for x in range(1, 900) if x != 666])
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


# ---------------------------------------------------------------- phones, addresses, e-mail

_TRANSLIT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "sch",
            "",
            "y",
            "",
            "e",
            "yu",
            "ya",
        ],
    )
)


def translit(s: str) -> str:
    return "".join(_TRANSLIT.get(ch, ch) for ch in s.lower() if ch.isalpha() or ch in "-")


def ru_mobile(r: random.Random) -> str:
    op = r.choice(["912", "917", "927", "903", "905", "916", "926", "985", "999", "950", "962", "987"])
    a, b, c = r.randint(100, 999), r.randint(0, 99), r.randint(0, 99)
    return r.choice(
        [
            f"+7 ({op}) {a}-{b:02d}-{c:02d}",
            f"8-{op}-{a}-{b:02d}-{c:02d}",
            f"8{op}{a}{b:02d}{c:02d}",
            f"+7{op}{a}{b:02d}{c:02d}",
            f"8 ({op}) {a}-{b:02d}-{c:02d}",
            f"+7 {op} {a} {b:02d} {c:02d}",
            f"8 {op} {a}{b:02d}{c:02d}",
            f"8({op}){a}-{b:02d}-{c:02d}",
        ]
    )


def ru_landline(r: random.Random, code: str = "495") -> str:
    if len(code) == 3:
        a, b, c = r.randint(200, 999), r.randint(0, 99), r.randint(0, 99)
        return r.choice(
            [
                f"8 ({code}) {a} {b:02d} {c:02d}",
                f"+7 ({code}) {a}-{b:02d}-{c:02d}",
                f"8({code}){a}-{b:02d}-{c:02d}",
                f"{a}-{b:02d}-{c:02d}",
            ]
        )
    a, b, c = r.randint(20, 99), r.randint(0, 99), r.randint(0, 99)
    return r.choice(
        [f"8 ({code}) {a}-{b:02d}-{c:02d}", f"({code}) {a}-{b:02d}-{c:02d}", f"{a}-{b:02d}-{c:02d}"]
    )


def ru_address(r: random.Random, city: dict[str, str] | None = None, style: str | None = None) -> str:
    dd = _data()
    city = city or r.choice(dd["ru_cities"])
    street = r.choice(dd["ru_streets"])
    house = str(r.randint(1, 180)) + r.choice(["", "", "", "а", "/2", " корп. 3", ", стр. 1", "Б"])
    flat = r.randint(1, 320)
    style = style or r.choice(
        ["full", "full", "index", "region", "short", "dash", "village", "spb", "compact"]
    )
    if style == "index":
        return (
            f"{city['index']}{r.randint(0, 999 if len(city['index']) == 3 else 9999):0{6 - len(city['index'])}d}, "
            f"{city['abbr']}, {street}, д. {house}, кв. {flat}"
        )
    if style == "region" and city["region"]:
        return f"{city['region']}, {city['abbr']}, {street}, д. {house}, кв. {flat}"
    if style == "region":
        return f"г.о. Химки, мкр. Сходня, {street}, {r.randint(1, 40)}-{flat}"
    if style == "short":
        return f"{street}, {r.randint(1, 99)}-{flat}"
    if style == "dash":
        return f"{street} {r.randint(1, 99)}/{r.randint(1, 5)}-{flat}"
    if style == "village":
        v, reg = r.choice(dd["ru_villages"])
        return (
            f"{reg}, {r.choice(['д.', 'с.', 'пос.'])} {v}, ул. {r.choice(['Центральная', 'Школьная', 'Набережная', 'Колхозная'])}, "
            f"{r.choice(['д. ', ''])}{r.randint(1, 60)}"
        )
    if style == "spb":
        return (
            f"СПб, {r.choice(['Невский пр.', 'ул. Марата', 'Литейный пр.', 'ул. Савушкина'])}, {r.randint(1, 150)}"
            + r.choice(["", f", кв. {flat}", f"-{flat}"])
        )
    if style == "compact":
        return f"{city['abbr']}, {street.replace('ул. ', 'ул.')} {house.split(',')[0]}, кв {flat}"
    return f"{city['abbr']}, {street}, д. {house}, кв. {flat}"


def ru_email(r: random.Random, p: RuPerson) -> str:
    base = r.choice(
        [
            f"{translit(p.sur)}.{translit(p.first)[0]}",
            f"{translit(p.first)}{p.birth.year}",
            f"{translit(p.first)[0]}{translit(p.sur)}{r.randint(1, 99)}",
            f"{translit(p.sur)}_{p.birth.year % 100:02d}",
        ]
    )
    return (
        base
        + "@"
        + r.choice(["mail.ru", "yandex.ru", "gmail.com", "bk.ru", "list.ru", "inbox.ru", "rambler.ru"])
    )


class EnPerson:
    def __init__(self, r: random.Random, g: str | None = None) -> None:
        dd = _data()
        self.g = g or r.choice("mf")
        self.first = r.choice(dd["en_first_m" if self.g == "m" else "en_first_f"])
        self.last = r.choice(dd["en_last"])
        self.mid = r.choice("ABCDEFGHJKLMNPRSTW")
        self.birth = _rand_date(r, dt.date(1932, 1, 1), dt.date(2004, 12, 31))
        self.hon = "Mr" if self.g == "m" else r.choice(["Mrs", "Ms", "Miss"])

    def full(self) -> str:
        return f"{self.first} {self.last}"

    def title(self, uk: bool = False) -> str:
        return self.hon if uk else self.hon + "."

    def any(self, r: random.Random) -> str:
        return r.choice(
            [
                self.full(),
                f"{self.last}, {self.first}",
                f"{self.first[0]}. {self.last}",
                f"{self.first} {self.mid}. {self.last}",
                self.full(),
                f"{self.last.upper()}, {self.first.upper()}",
            ]
        )


def en_phone(r: random.Random, uk: bool = False) -> str:
    if uk:
        return r.choice(
            [
                f"+44 20 7946 0{r.randint(100, 999)}",
                f"0113 {r.randint(200, 999)} {r.randint(1000, 9999)}",
                f"07700 {r.randint(900000, 900999)}",
                f"+44 7{r.randint(100, 999)} {r.randint(100000, 999999)}",
            ]
        )
    a, b, c = r.randint(201, 989), r.randint(200, 999), r.randint(0, 9999)
    return r.choice(
        [
            f"({a}) {b}-{c:04d}",
            f"{a}-{b}-{c:04d}",
            f"{a}.{b}.{c:04d}",
            f"+1 {a} {b} {c:04d}",
            f"1-{a}-{b}-{c:04d}",
        ]
    )


def us_address(r: random.Random) -> str:
    dd = _data()
    city, st, z = r.choice(dd["us_places"])
    apt = r.choice(
        [
            "",
            f", Apt {r.randint(1, 40)}{r.choice('ABCD')}",
            f" #{r.randint(100, 999)}",
            f", Unit {r.randint(1, 12)}",
        ]
    )
    return f"{r.randint(10, 9999)} {r.choice(dd['us_streets'])}{apt}, {city}, {st} {z}{r.randint(0, 99):02d}"


def uk_address(r: random.Random) -> str:
    dd = _data()
    city, pc = r.choice(dd["uk_places"])
    flat = r.choice(["", f"Flat {r.randint(1, 12)}, ", ""])
    return f"{flat}{r.randint(1, 160)} {r.choice(dd['uk_streets'])}, {city} {pc}"


def en_email(r: random.Random, p: EnPerson) -> str:
    f, l_ = (
        p.first.lower().replace("-", ""),
        p.last.lower().replace("'", "").replace(" ", "").replace("-", ""),
    )
    return (
        r.choice([f"{f}.{l_}", f"{f[0]}{l_}{r.randint(1, 99)}", f"{l_}.{f}{p.birth.year % 100:02d}"])
        + "@"
        + r.choice(["gmail.com", "yahoo.com", "outlook.com", "hotmail.co.uk", "icloud.com", "comcast.net"])
    )


# ---------------------------------------------------------------- filler (no personal data)


def ru_vitals(r: random.Random) -> str:
    return (
        f"Состояние {r.choice(['удовлетворительное', 'средней тяжести', 'тяжёлое'])}. Сознание ясное. "
        f"Т {r.choice(['36.6', '36,8', '37.2', '38,4', '36.9'])} °C. Кожные покровы {r.choice(['обычной окраски', 'бледные', 'чистые, влажные'])}. "
        f"АД {r.randint(100, 170)}/{r.randint(60, 100)} мм рт. ст., ЧСС {r.randint(58, 118)} уд/мин, ЧДД {r.randint(14, 26)}, "
        f"SpO2 {r.randint(88, 99)} %. Дыхание {r.choice(['везикулярное, хрипов нет', 'жёсткое, ослаблено справа в н/о', 'с рассеянными сухими хрипами'])}. "
        f"Тоны сердца {r.choice(['ясные, ритмичные', 'приглушены, ритм неправильный', 'ритмичные'])}. Живот мягкий, безболезненный."
    )


def ru_labs(r: random.Random) -> str:
    return (
        f"ОАК: Hb {r.randint(92, 160)} г/л, эр. {r.randint(30, 55) / 10:.1f}×10¹²/л, L {r.randint(40, 180) / 10:.1f}×10⁹/л, "
        f"тр. {r.randint(120, 420)}×10⁹/л, СОЭ {r.randint(2, 55)} мм/ч. Б/х: глюкоза {r.randint(38, 140) / 10:.1f} ммоль/л, "
        f"креатинин {r.randint(55, 190)} мкмоль/л, АЛТ {r.randint(8, 90)} Ед/л, СРБ {r.randint(1, 150)} мг/л, "
        f"калий {r.randint(33, 56) / 10:.1f} ммоль/л."
    )


def ru_dx(r: random.Random) -> list[Any]:
    dd = _data()
    if r.random() < 0.3:
        e = r.choice(dd["ru_eponym_dx"])
        return [
            EP(e[0].upper() + e[1:]) if r.random() < 0.5 else EP(e),
            f" ({r.choice(['G20', 'Q87.4', 'K50.9', 'E06.3', 'M45'])})",
        ]
    name, code = r.choice(dd["ru_diagnoses"])
    return [f"{name} ({code})"]


def ru_sign(r: random.Random) -> list[Any]:
    e, v = r.choice(_data()["ru_eponym_signs"])
    return [EP(e[0].upper() + e[1:]), f" {v}."]


def ru_drugs(r: random.Random, k: int = 3) -> str:
    return "; ".join(r.sample(_data()["ru_drugs"], k))


def en_vitals(r: random.Random) -> str:
    return (
        f"T {r.randint(360, 392) / 10:.1f} C, HR {r.randint(55, 125)}, BP {r.randint(95, 175)}/{r.randint(55, 105)}, "
        f"RR {r.randint(12, 28)}, SpO2 {r.randint(88, 100)}% on {r.choice(['RA', '2L NC', 'room air', '4 L'])}."
    )


def en_labs(r: random.Random) -> str:
    return (
        f"WBC {r.randint(30, 190) / 10:.1f}, Hgb {r.randint(80, 160) / 10:.1f}, Plt {r.randint(90, 450)}, "
        f"Na {r.randint(128, 146)}, K {r.randint(30, 58) / 10:.1f}, Cr {r.randint(5, 30) / 10:.1f}, "
        f"troponin {r.choice(['<0.01', '0.04', '0.3', 'negative x2'])}, lactate {r.randint(5, 45) / 10:.1f}."
    )


def en_epo(r: random.Random) -> list[Any]:
    return [EP(r.choice(_data()["en_eponyms"]))]


def en_sign(r: random.Random) -> list[Any]:
    s, v = r.choice(_data()["en_eponym_signs"])
    return [EP(s), f" {v}."]


# ---------------------------------------------------------------- Russian templates


def _g(p: RuPerson, m: str, f: str) -> str:
    return m if p.g == "m" else f


def _age(birth: dt.date, on: dt.date) -> str:
    n = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
    word = (
        "год"
        if n % 10 == 1 and n % 100 != 11
        else "года"
        if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14)
        else "лет"
    )
    return f"{n} {word}"


def _ru_name(r: random.Random, p: RuPerson, c: str = "nom") -> str:
    k = r.random()
    if k < 0.45:
        s = p.fio(c)
    elif k < 0.65:
        s = p.fio(c).upper()
    elif k < 0.9:
        s = p.short(r, c)
    else:
        s = f"{p.s(c)} {p.f(c)}"
    if r.random() < 0.4:  # most keyboards and MIS exports drop the dots of ё
        s = s.replace("ё", "е").replace("Ё", "Е")
    return s


def _typo(r: random.Random, s: str) -> str:
    """A hurried-typing slip inside a word: a doubled or a dropped letter."""
    i = r.randint(2, max(2, len(s) - 2))
    if not s[i - 1].isalpha():
        return s
    return s[:i] + s[i - 1] + s[i:] if r.random() < 0.5 else s[: i - 1] + s[i:]


def _ctx(r: random.Random) -> tuple[dt.date, dict[str, str], str]:
    dd = _data()
    today = _rand_date(r, dt.date(2018, 1, 1), dt.date(2025, 10, 31))
    return today, r.choice(dd["ru_cities"]), r.choice(dd["ru_hospitals"])


def _hosp_header(r: random.Random, d: _Doc, hosp: str, city: dict[str, str]) -> None:
    d.add(O(hosp), "\n")
    if r.random() < 0.7:
        d.add(A(ru_address(r, city, r.choice(["index", "full"])).rsplit(", кв.", 1)[0]), "\n")
    if r.random() < 0.6:
        ph = ru_landline(r, city["code"])
        d.add("Тел.: ", P(ph))
        if r.random() < 0.3:
            d.add(f", доб. {r.randint(100, 999)}")
        if r.random() < 0.3:
            d.add(
                "; e-mail: ",
                (
                    "EMAIL",
                    r.choice(["gkb", "info", "priemnoe", "reg", "okb"])
                    + f"{r.randint(1, 99)}@"
                    + r.choice(["zdrav.mos.ru", "tatar.ru", "mail.ru", "med.samregion.ru"]),
                ),
            )
        d.add("\n")


def t_epicrisis(r: random.Random) -> tuple[str, _Doc]:
    dd = _data()
    today, city, hosp = _ctx(r)
    p = RuPerson(r)
    d = _Doc()
    adm = today - dt.timedelta(days=r.randint(5, 21))
    _hosp_header(r, d, hosp, city)
    d.add(
        f"{r.choice(['Терапевтическое', 'Кардиологическое', 'Пульмонологическое', 'Неврологическое', 'Хирургическое'])} отделение\n\n"
    )
    d.add(
        "ВЫПИСНОЙ ЭПИКРИЗ\n",
        "из медицинской карты стационарного больного № ",
        I(f"{r.randint(100, 29999)}/{today.year % 100 if r.random() < 0.5 else today.year}"),
        "\n\n",
    )
    d.add("Ф.И.О.: ", N(_ru_name(r, p)), "\n")
    d.add(
        "Дата рождения: ",
        rd(r, p.birth, r.choice(["dot", "dot", "long", "dotg"])),
        f" ({_age(p.birth, today)})\n",
    )
    if r.random() < 0.8:
        d.add("Адрес: ", A(ru_address(r, city)), "\n")
    if r.random() < 0.5:
        d.add(
            "Место работы: ",
            O(r.choice(dd["ru_employers"])),
            f", {r.choice(['водитель', 'бухгалтер', 'учитель', 'инженер', 'кладовщик', 'продавец-кассир'])}\n",
        )
    elif r.random() < 0.5:
        d.add("Место работы: пенсионер" + _g(p, "", "ка") + "\n")
    if r.random() < 0.6:
        d.add("Полис ОМС: ", I(oms(r)), "; СНИЛС: ", I(snils(r)), "\n")
    d.add(
        f"Находил{_g(p, 'ся', 'ась')} на стационарном лечении с ",
        rd(r, adm),
        " по ",
        rd(r, today),
        f" ({(today - adm).days} к/дн.).\n\n",
    )
    d.add("Заключительный клинический диагноз:\nОсновной: ", ru_dx(r), ".\n")
    d.add(
        f"Сопутствующий: {r.choice(['Гипертоническая болезнь II ст.', 'ХОБЛ вне обострения', 'Ожирение I ст. (ИМТ 32,1 кг/м²)', 'Хронический гастрит, ремиссия'])}.\n\n"
    )
    d.add(
        f"Жалобы при поступлении: на {r.choice(['кашель с мокротой, повышение Т до 38,7', 'давящие боли за грудиной при ходьбе до 200 м', 'слабость в правых конечностях', 'боли в правом подреберье после приёма жирной пищи'])}.\n"
    )
    d.add(
        f"Anamnesis morbi: Считает себя больн{_g(p, 'ым', 'ой')} с ",
        rd_short(r, adm - dt.timedelta(days=r.randint(1, 6))),
        ", когда появились указанные жалобы. ",
    )
    if r.random() < 0.6:
        past = _rand_date(r, dt.date(2008, 1, 1), adm - dt.timedelta(days=200))
        k = r.random()
        if k < 0.5:
            d.add(
                "В ",
                D(f"{MONTHS_PREP[past.month - 1]} {past.year}"),
                r.choice([" года", " г.", ""]),
                f" перен{_g(p, 'ёс', 'есла')} {r.choice(['ОИМ', 'пневмонию', 'ОНМК', 'холецистэктомию'])}. ",
            )
        else:
            d.add(
                f"{r.choice(['ЧКВ со стентированием ПНА', 'Лапароскопическая аппендэктомия', 'ТЭЛА'])} — ",
                D(f"{MONTHS_NOM[past.month - 1]} {past.year}"),
                " г. ",
            )
    d.add(f"Бригадой СМП доставлен{_g(p, '', 'а')} в приёмное отделение.\n")
    d.add("Anamnesis vitae: аллергоанамнез не отягощён. Туберкулёз, гепатиты, ВИЧ отрицает. ")
    if r.random() < 0.5:
        d.add("Наследственность: у матери — ", EP(r.choice(dd["ru_eponym_dx"])), ".\n")
    elif r.random() < 0.5:
        d.add(
            r.choice(
                [
                    "Эпиданамнез: держит голубятню, контакт с голубями ежедневно. ",
                    "Работает кузнецом, профвредности — шум, высокая температура. ",
                    "Со слов, длительно находился на морозе в состоянии опьянения. ",
                    "Зимой — частые ОРВИ. Язык обложен белым налётом. ",
                ]
            ),
            "\n",
        )
    else:
        d.add(f"Курит {r.randint(5, 40)} лет по 1 пачке (ИК {r.randint(10, 40)} пачка-лет).\n")
    d.add("Объективно при поступлении: ", ru_vitals(r), " ", ru_sign(r), "\n")
    d.add("Обследования: ", ru_labs(r), "\n")
    d.add(
        "ЭКГ от ",
        rd(r, adm, r.choice(["dot", "dot2"])),
        f": ритм синусовый, ЧСС {r.randint(60, 100)}, ЭОС нормальная. ",
    )
    d.add(
        "Rg ОГК от ",
        rd_short(r, adm + dt.timedelta(days=1)),
        f": {r.choice(['инфильтрация в S9-10 справа', 'без очаговых и инфильтративных изменений', 'корни структурны, синусы свободны'])}.\n",
    )
    if r.random() < 0.7:
        d.add(
            EP(r.choice(dd["ru_eponym_tests"])),
            f": {r.choice(['без патологии', 'в пределах нормы', 'см. бланк'])}.\n",
        )
    doc = RuPerson(r)
    head = RuPerson(r)
    k = r.random()
    if k < 0.35:
        d.add(f"{_g(p, 'Осмотрен', 'Осмотрена')} совместно с зав. отд. ", N(head.short(r, "ins")), ".\n")
    elif k < 0.6:
        d.add(
            f"Консультирован{_g(p, '', 'а')} {r.choice(['кардиологом', 'неврологом', 'хирургом', 'эндокринологом'])} ",
            r.choice(["", "", "д.м.н., проф. ", "к.м.н., доц. ", "проф. "]),
            N(RuPerson(r).short(r, "ins")),
            ": ",
            r.choice(["данных за острую патологию нет", "рекомендовано ХМ-ЭКГ", "коррекция терапии"]),
            ".\n",
        )
    d.add("Проведено лечение: ", ru_drugs(r, 4), ".\n")
    d.add(
        "Рекомендации: наблюдение терапевта по месту жительства; ",
        ru_drugs(r, 2),
        "; контроль ОАК через 10 дней.\n",
    )
    if r.random() < 0.6:
        d.add(
            "ЭЛН № ",
            I(digits(r, 12)),
            " открыт с ",
            rd(r, adm, "dot"),
            ", продлён по ",
            rd(r, today + dt.timedelta(days=r.randint(1, 5)), "dot"),
            ", к труду с ",
            rd(r, today + dt.timedelta(days=r.randint(6, 9)), "dot"),
            ".\n",
        )
    d.add("\nЛечащий врач: ", N(doc.short(r)), " ____________\n")
    d.add(
        r.choice(["Зав. отделением: к.м.н. ", "Заведующий отделением ", "Зав. отд.: "]),
        N(head.short(r)),
        "\n",
    )
    d.add("Дата выписки: ", rd(r, today, "dot"), "\n")
    return "выписной эпикриз", d


def t_therapist(r: random.Random) -> tuple[str, _Doc]:
    dd = _data()
    today, city, hosp = _ctx(r)
    p = RuPerson(r, born=(1940, 2000))
    d = _Doc()
    d.add(
        O(hosp),
        ", ",
        r.choice(["терапевтическое отделение", "ОВП № 2", "кабинет участкового терапевта"]),
        "\n",
    )
    d.add("Протокол осмотра врача-терапевта участкового\n")
    d.add("Дата и время осмотра: ", rd(r, today), f" {hm(r)}\n")
    d.add(
        f"Пациент{_g(p, '', 'ка')}: ",
        N(_ru_name(r, p)),
        ", ",
        D(str(p.birth.year)),
        " г.р., амб. карта № ",
        I(f"{r.randint(1, 99)}-{r.randint(100, 9999)}"),
        "\n",
    )
    if r.random() < 0.5:
        d.add("Тел.: ", P(ru_mobile(r)), "\n")
    d.add(
        f"Жалобы: на {r.choice(['головную боль, головокружение', 'боли в пояснице', 'кашель, заложенность носа, Т 37,8', 'сердцебиение, одышку при нагрузке'])}.\n"
    )
    k = r.random()
    if k < 0.4:
        spouse = RuPerson(r, g="f" if p.g == "m" else "m")
        rel = "жены" if p.g == "m" else "мужа"
        d.add(
            f"Анамнез (со слов {rel} ",
            N(spouse.f("gen")),
            "): болеет ",
            r.choice(["3 дня", "неделю", "около месяца"]),
            ". ",
        )
    elif k < 0.7:
        d.add("Анамнез: ухудшение с ", rd_short(r, today - dt.timedelta(days=r.randint(2, 9))), ". ")
    else:
        d.add(f"Анамнез: {r.choice(['ГБ много лет', 'СД 2 типа с 2012 г.', 'ОРВИ 2 раза в год'])}. ")
    d.add(f"Принимает {r.choice(dd['ru_drugs'])}.\n")
    d.add("Объективно: ", ru_vitals(r), "\n")
    if r.random() < 0.5:
        d.add(ru_sign(r), " ")
    d.add("Диагноз: ", ru_dx(r), ".\n")
    d.add(
        f"Назначено: {ru_drugs(r, 2)}. ",
        r.choice(["ОАК, ОАМ, ЭКГ. ", "Направлен" + _g(p, "", "а") + " на Rg ОГК. ", ""]),
    )
    d.add(
        "Явка ",
        rd_short(r, today + dt.timedelta(days=r.randint(3, 14))),
        r.choice([" к 9:00", "", " для контроля"]),
        ".\n",
    )
    if r.random() < 0.3:
        d.add("ЭЛН № ", I(digits(r, 12)), " с ", rd(r, today, "dot"), ".\n")
    d.add(r.choice(["Врач-терапевт участковый ", "Врач: ", "Терапевт "]), N(RuPerson(r).short(r)), "\n")
    return "протокол осмотра терапевта", d


def t_057(r: random.Random) -> tuple[str, _Doc]:
    dd = _data()
    today, city, hosp = _ctx(r)
    p = RuPerson(r)
    d = _Doc()
    d.add("Код формы по ОКУД ____  Медицинская документация Форма № 057/у-04\n")
    d.add(O(r.choice(dd["ru_hospitals"])), "\n\n")
    d.add(
        "НАПРАВЛЕНИЕ № ",
        I(str(r.randint(10, 99999))),
        "\nна госпитализацию, восстановительное лечение, обследование, консультацию\n",
    )
    d.add("(нужное подчеркнуть)\n", "Направляется в ", O(hosp), "\n")
    d.add("1. Номер страхового полиса ОМС: ", I(oms(r)), "\n")
    d.add(f"2. Код льготы: {r.choice(['010', '081', '—'])}\n")
    d.add("3. Фамилия, имя, отчество: ", N(p.fio().upper() if r.random() < 0.5 else p.fio()), "\n")
    d.add("4. Дата рождения: ", rd(r, p.birth, r.choice(["dot", "dot", "long"])), "\n")
    d.add("5. Адрес постоянного места жительства: ", A(ru_address(r, city)), "\n")
    if r.random() < 0.6:
        d.add(
            "6. Место работы, должность: ",
            O(r.choice(dd["ru_employers"])),
            f", {r.choice(['менеджер', 'слесарь', 'воспитатель', 'оператор ПК'])}\n",
        )
    else:
        d.add("6. Место работы, должность: не работает\n")
    dx, code = r.choice(dd["ru_diagnoses"])
    d.add(
        f"7. Код диагноза по МКБ: {code}\n8. Обоснование направления: {dx}; неэффективность амбулаторного лечения.\n"
    )
    d.add(
        "Должность медицинского работника, направившего больного: врач-терапевт ",
        N(RuPerson(r).short(r)),
        "\n",
    )
    d.add("Заведующий отделением ", N(RuPerson(r).short(r)), "\n")
    d.add(rd(r, today, r.choice(["long0", "dot", "long"])), "\n")
    if r.random() < 0.4:
        d.add("Контактный телефон пациента: ", P(ru_mobile(r)), "\n")
    return "направление 057/у", d


def t_086(r: random.Random) -> tuple[str, _Doc]:
    dd = _data()
    today, city, hosp = _ctx(r)
    p = RuPerson(r, born=(1995, 2008))
    d = _Doc()
    d.add("Министерство здравоохранения Российской Федерации\n", O(hosp), "\n")
    d.add("Адрес: ", A(ru_address(r, city, "index").rsplit(", кв.", 1)[0]), "\n")
    d.add(
        "Медицинская документация. Учётная форма № 086/у\n\nМЕДИЦИНСКАЯ СПРАВКА\n(врачебное профессионально-консультативное заключение)\n"
    )
    d.add(
        "1. Цель выдачи справки: для поступления в ",
        O(
            r.choice(
                ["ФГБОУ ВО «КФУ»", "ГБПОУ «Колледж связи № 54»", "ФГАОУ ВО «УрФУ»", "МГУ им. М.В. Ломоносова"]
            )
        ),
        "\n",
    )
    d.add("2. Фамилия, имя, отчество: ", N(p.fio()), "\n3. Дата рождения: ", rd(r, p.birth, "dot"), "\n")
    d.add("4. Адрес места жительства: ", A(ru_address(r, city)), "\n")
    d.add("5. Место учёбы, работы: ", O(r.choice(dd["ru_employers"])), "\n")
    d.add(
        "6. Перенесённые заболевания: ветряная оспа, ОРВИ, ",
        r.choice(["скарлатина", "отит", "ангина"]),
        ".\n",
    )
    d.add(
        "7. Профилактические прививки: АДС-М от ",
        rd(r, today - dt.timedelta(days=r.randint(100, 2000)), "dot"),
        "; ",
        EP(r.choice(["проба Манту", "Диаскинтест"]) if r.random() < 0.7 else "реакция Манту"),
        f" — отрицательная ({r.choice(['0 мм', 'уколочная реакция'])}).\n",
    )
    d.add(
        "8. Флюорография № ",
        I(str(r.randint(1000, 99999))),
        " от ",
        rd(r, today - dt.timedelta(days=r.randint(10, 300)), "dot"),
        " — без патологии.\n",
    )
    d.add(
        f"9. Заключение: практически здоров{_g(p, '', 'а')}. Группа здоровья I. Противопоказаний к обучению нет.\n"
    )
    d.add("Врач ", N(RuPerson(r).short(r)), "   Главный врач ", N(RuPerson(r).short(r)), "   М.П.\n")
    d.add("Дата выдачи: ", rd(r, today), "\n")
    return "справка 086/у", d


def t_smp(r: random.Random) -> tuple[str, _Doc]:
    today, city, hosp = _ctx(r)
    p = RuPerson(r, born=(1930, 1990))
    d = _Doc()
    d.add("КАРТА ВЫЗОВА СКОРОЙ МЕДИЦИНСКОЙ ПОМОЩИ № ", I(str(r.randint(1, 999))), "\n")
    d.add(
        "Дата: ",
        rd(r, today, r.choice(["dot", "dot2"])),
        f"  Станция (подстанция) № {r.randint(1, 40)}  Бригада № {r.randint(100, 999)}\n",
    )
    d.add(f"Время приёма вызова {hm(r)}, передачи бригаде {hm(r)}, прибытия {hm(r)}\n")
    d.add(
        "Адрес вызова: ",
        A(ru_address(r, city, r.choice(["full", "compact", "short"]))),
        f", подъезд {r.randint(1, 8)}, этаж {r.randint(1, 16)}\n",
    )
    k = r.random()
    d.add(
        "Ф.И.О. больного: ",
        N(p.fio().upper() if k < 0.5 else p.fio()),
        f"  Возраст: {_age(p.birth, today)}  Пол: {_g(p, 'м', 'ж')}\n",
    )
    rel = RuPerson(r, g="f")
    d.add(
        f"Вызывает: {r.choice(['дочь', 'соседка', 'жена', 'сестра'])} ",
        N(rel.f() if r.random() < 0.6 else rel.io()),
        ", тел. ",
        P(ru_mobile(r)),
        "\n",
    )
    d.add(
        f"Повод к вызову: {r.choice(['боли в груди', 'плохо с сердцем', 'упал, без сознания', 'высокая температура', 'нарушение речи'])}\n"
    )
    d.add(
        f"Жалобы: {r.choice(['давящие боли за грудиной с иррадиацией в левую руку 40 мин', 'на слабость, онемение правой руки', 'на одышку, кашель'])}.\n"
    )
    d.add(
        "Анамнез: ухудшение около ",
        r.choice(["2 ч", "6 ч", "суток"]),
        ", принимал" + _g(p, "", "а") + " нитроглицерин без эффекта.\n",
    )
    d.add(
        "Объективно: ",
        ru_vitals(r),
        f" Глюкоза {r.randint(40, 160) / 10:.1f} ммоль/л. ",
        EP("Шкала Глазго"),
        f" {r.randint(9, 15)} баллов.\n" if r.random() < 0.5 else f" — {r.randint(9, 15)} б.\n",
    )
    d.add(f"ЭКГ: {r.choice(['элевация ST в II, III, aVF', 'ФП с ЧСЖ 130', 'синусовая тахикардия'])}.\n")
    d.add(
        f"Диагноз: {r.choice(['ОКС с подъёмом ST', 'ОНМК?', 'Пароксизм ФП', 'Внебольничная пневмония?'])}\n"
    )
    d.add(
        f"Оказанная помощь: {r.choice(['Аспирин 250 мг разжевать, гепарин 4000 ЕД в/в, морфин 1% 1,0 в/в', 'NaCl 0,9% 250,0 в/в кап.', 'О2-терапия 5 л/мин'])}.\n"
    )
    staff = RuPerson(r, g="f")
    d.add("Результат: доставлен" + _g(p, "", "а") + " в ", O(hosp), f" в {hm(r)}. ")
    k = r.random()
    if k < 0.5:
        d.add(
            "Пациент" + _g(p, "", "ка") + " передан" + _g(p, "", "а") + " дежурному врачу ",
            N(staff.short(r, "dat")),
            ".\n",
        )
    else:
        d.add("Передан" + _g(p, "", "а") + " бригаде ", N(staff.s("gen")), ".\n")
    d.add(r.choice(["Фельдшер ", "Врач ", "Фельдшер выездной бригады "]), N(RuPerson(r).short(r)), "\n")
    return "карта вызова СМП", d


def t_orders(r: random.Random) -> tuple[str, _Doc]:
    dd = _data()
    today, city, hosp = _ctx(r)
    p = RuPerson(r)
    d = _Doc()
    d.add(
        "ЛИСТ ВРАЧЕБНЫХ НАЗНАЧЕНИЙ\n",
        O(hosp),
        f", отделение {r.choice(['кардиологии', 'терапии', 'неврологии'])}, палата № {r.randint(1, 30)}\n",
    )
    d.add("ФИО больного: ", N(_ru_name(r, p)), "   И/Б № ", I(f"{r.randint(100, 9999)}/{today.year}"), "\n")
    d.add(
        "Аллергия: ",
        r.choice(["нет", "пенициллины", "йод"]),
        f"   Рост {r.randint(150, 195)} см, вес {r.randint(45, 130)} кг\n\n",
    )
    doc = RuPerson(r)
    nurses = [RuPerson(r, g="f") for _ in range(3)]
    for i in range(r.randint(3, 6)):
        day = today + dt.timedelta(days=i)
        drug = r.choice(dd["ru_drugs"])
        d.add(
            rd(r, day, r.choice(["dot", "dot2"])) if r.random() < 0.6 else rd_short(r, day),
            f" | {drug}" + r.choice(["", f" № {r.randint(5, 10)}"]) + " | назначил: ",
            N(doc.short(r) if r.random() < 0.7 else doc.s()),
            " | выполнила: м/с ",
            N(r.choice(nurses).s() if r.random() < 0.6 else r.choice(nurses).short(r)),
            "\n",
        )
    d.add("\nОтмена: ", rd(r, today + dt.timedelta(days=6), "dot"), " — ", r.choice(dd["ru_drugs"]), "\n")
    return "лист назначений", d


def t_us(r: random.Random) -> tuple[str, _Doc]:
    today, city, hosp = _ctx(r)
    p = RuPerson(r)
    d = _Doc()
    d.add(O(hosp), "\nОтделение ультразвуковой диагностики\n\n")
    d.add("ПРОТОКОЛ УЛЬТРАЗВУКОВОГО ИССЛЕДОВАНИЯ ОРГАНОВ БРЮШНОЙ ПОЛОСТИ\n")
    d.add("Пациент: ", N(_ru_name(r, p)), "   Год рождения: ", D(str(p.birth.year)), "\n")
    d.add(
        "№ исследования: ",
        I(f"{r.choice(['УЗ', 'US', ''])}{r.randint(10000, 999999)}"),
        "   Дата: ",
        rd(r, today),
        f" {hm(r)}\n",
    )
    d.add(
        f"Аппарат: {r.choice(['Mindray DC-70', 'GE Logiq E9', 'Samsung HS60', 'Philips Affiniti 70'])}, конвексный датчик 3,5 МГц.\n"
    )
    d.add(
        f"Печень: КВР правой доли {r.randint(130, 175)} мм, левой доли {r.randint(50, 80)} мм, контуры ровные, эхогенность {r.choice(['обычная', 'повышена', 'диффузно повышена'])}. "
        f"Воротная вена {r.randint(9, 14)} мм. Желчный пузырь {r.randint(55, 95)}×{r.randint(20, 35)} мм, стенка {r.randint(2, 6)} мм, "
        f"{r.choice(['в просвете конкременты до 12 мм', 'содержимое однородное'])}. "
    )
    d.add(
        f"Холедох {r.randint(3, 9)} мм. Поджелудочная железа: головка {r.randint(20, 32)} мм. Селезёнка {r.randint(90, 130)}×{r.randint(35, 55)} мм.\n"
    )
    d.add(
        f"Заключение: {r.choice(['ЖКБ. Хронический калькулёзный холецистит.', 'Диффузные изменения печени по типу жирового гепатоза.', 'Без эхографических признаков патологии.'])}\n"
    )
    if r.random() < 0.4:
        d.add(
            "Сравнение с исследованием от ",
            rd(r, today - dt.timedelta(days=r.randint(60, 900)), "dot"),
            ": без динамики.\n",
        )
    d.add(f"Врач УЗД {r.choice(['', 'к.м.н. '])}", N(RuPerson(r).short(r)), "\n")
    return "протокол УЗИ", d


def t_mri(r: random.Random) -> tuple[str, _Doc]:
    today, city, hosp = _ctx(r)
    p = RuPerson(r)
    d = _Doc()
    d.add(O(hosp), "\nОтделение лучевой диагностики. Тел. ", P(ru_landline(r, city["code"])), "\n\n")
    d.add(
        "МРТ ГОЛОВНОГО МОЗГА\n", "ФИО: ", N(p.fio().upper()), "\nДата рождения: ", rd(r, p.birth, "dot"), "\n"
    )
    d.add(
        "ID пациента: ",
        I(str(r.randint(100000, 9999999))),
        "   Дата исследования: ",
        rd(r, today, r.choice(["dot", "iso"])),
        "\n",
    )
    d.add(
        f"Томограф {r.choice(['Siemens Magnetom Avanto 1,5 Тл', 'Philips Ingenia 3,0 Тл', 'GE Signa Explorer 1,5 T'])}. Режимы T1, T2, FLAIR, DWI, SWI.\n"
    )
    d.add("Сравнение с исследованием от ", rd(r, today - dt.timedelta(days=r.randint(90, 1200))), ".\n")
    d.add(
        f"В белом веществе перивентрикулярно и субкортикально единичные очаги гиперинтенсивные в T2/FLAIR до {r.randint(3, 8)} мм "
        f"(изменения по ",
        EP("шкале Fazekas"),
        f" — {r.randint(1, 2)}). Срединные структуры не смещены. Боковые желудочки симметричны, "
        f"III желудочек {r.randint(4, 9)} мм. ",
    )
    d.add(
        "Мозжечковые миндалины на уровне ",
        EP("линии Мак-Грегора") if r.random() < 0.3 else "большого затылочного отверстия",
        ".\n",
    )
    d.add(
        "Заключение: МР-картина ",
        r.choice(
            ["дисциркуляторной энцефалопатии", "последствий ОНМК в бассейне ПСМА", "без очаговых изменений"]
        ),
        ".\n",
    )
    d.add("Врач-рентгенолог ", N(RuPerson(r).short(r)), r.choice(["", ", к.м.н.", ", д.м.н., проф."]), "\n")
    return "протокол МРТ", d


def t_genetic(r: random.Random) -> tuple[str, _Doc]:
    today, city, hosp = _ctx(r)
    p = RuPerson(r, born=(2008, 2022))
    mom = (
        p.relative(r, g="f", born=(1975, 1998)) if r.random() < 0.7 else RuPerson(r, g="f", born=(1975, 1998))
    )
    dad = p.relative(r, g="m", born=(1970, 1995))
    d = _Doc()
    d.add(O(hosp), "\nМедико-генетическая консультация\n\nКОНСУЛЬТАЦИЯ ВРАЧА-ГЕНЕТИКА\n")
    d.add("Дата: ", rd(r, today), "\n")
    d.add("Пробанд: ", N(p.fio()), ", ", rd(r, p.birth, "dot"), " г.р.\n")
    d.add(
        "Направлен" + _g(p, "", "а") + " с подозрением на ",
        EP(r.choice(["синдром Марфана", "синдром Элерса-Данлоса", "синдром Нунан", "синдром Вильямса"])),
        ".\n",
    )
    d.add(
        "Жалобы (со слов матери): ",
        r.choice(
            [
                "высокий рост, арахнодактилия, подвывих хрусталика",
                "гипермобильность суставов, растяжимость кожи",
                "задержка речевого развития",
            ]
        ),
        ".\n",
    )
    d.add(
        "Родословная: ",
        "мать — ",
        N(mom.fio()),
        ", ",
        D(str(mom.birth.year)),
        " г.р., ",
        r.choice(["здорова", "миопия высокой степени", "рост 182 см"]),
        "; ",
    )
    d.add(
        "отец — ",
        N(dad.fio() if r.random() < 0.6 else dad.short(r)),
        ", ",
        D(str(dad.birth.year)),
        " г.р., ",
        r.choice(["здоров", "пролапс МК", "умер в 42 года от расслоения аорты"]),
        "; ",
    )
    sib = p.relative(r, born=(2005, 2022))
    d.add(
        _g(sib, "брат ", "сестра "), N(sib.dim), f", {r.randint(2, 16)} лет, здоров" + _g(sib, "", "а") + ". "
    )
    if r.random() < 0.5:
        gm = RuPerson(r, g="f", born=(1940, 1960))
        d.add(
            "Бабушка по линии матери (",
            N(gm.io()),
            ") страдала ",
            EP(r.choice(["болезнью Альцгеймера", "болезнью Паркинсона"])),
            ".\n",
        )
    else:
        d.add("Брак неродственный.\n")
    d.add(
        f"Фенотип: рост {r.randint(120, 190)} см (> 97 ‰), размах рук/рост 1,08, ",
        EP(r.choice(["симптом Штейнберга", "симптом Уолкера-Мёрдока"])),
        " положительный.\n",
    )
    d.add(
        "ЭхоКГ от ",
        rd(r, today - dt.timedelta(days=r.randint(5, 60)), "dot"),
        ": корень аорты ",
        f"{r.randint(30, 45)} мм (Z-score {r.randint(20, 45) / 10:.1f}).\n",
    )
    d.add(
        "Рекомендовано: NGS-панель «Наследственные заболевания соединительной ткани», образец № ",
        I(f"{r.choice(['G', 'NGS-', ''])}{r.randint(10000, 999999)}"),
        ".\n",
    )
    d.add("Врач-генетик ", N(RuPerson(r).short(r)), "\n")
    return "консультация генетика", d


def t_eln(r: random.Random) -> tuple[str, _Doc]:
    dd = _data()
    today, city, hosp = _ctx(r)
    p = RuPerson(r, born=(1960, 2003))
    d = _Doc()
    d.add("Электронный листок нетрудоспособности № ", I(digits(r, 12)), r.choice(["", " (первичный)"]), "\n")
    d.add("Медицинская организация: ", O(hosp), "\n")
    d.add(
        "Фамилия, имя, отчество: ",
        N(p.fio()),
        "\nДата рождения: ",
        rd(r, p.birth, "dot"),
        f"   Пол: {_g(p, 'м', 'ж')}\n",
    )
    d.add("СНИЛС: ", I(snils(r)), "\n")
    d.add("Место работы — наименование организации: ", O(r.choice(dd["ru_employers"])), "\n")
    d.add(f"Причина нетрудоспособности: код {r.choice(['01', '03', '09'])}\n")
    start = today - dt.timedelta(days=r.randint(10, 25))
    cur = start
    d.add("Освобождение от работы:\n")
    for _ in range(r.randint(1, 3)):
        end = cur + dt.timedelta(days=r.randint(3, 10))
        d.add("с ", rd(r, cur, "dot"), " по ", rd(r, end, "dot"), " — врач ", N(RuPerson(r).short(r)))
        if r.random() < 0.3:
            d.add(", председатель ВК ", N(RuPerson(r).short(r)))
        d.add("\n")
        cur = end + dt.timedelta(days=1)
    d.add("Приступить к работе: ", rd(r, cur, "dot"), "\n")
    return "ЭЛН", d


def t_vk(r: random.Random) -> tuple[str, _Doc]:
    today, city, hosp = _ctx(r)
    p = RuPerson(r)
    d = _Doc()
    d.add(
        O(hosp),
        "\nПРОТОКОЛ ЗАСЕДАНИЯ ВРАЧЕБНОЙ КОМИССИИ № ",
        I(str(r.randint(1, 2999))),
        " от ",
        rd(r, today),
        "\n",
    )
    d.add("Председатель: заместитель главного врача по КЭР ", N(RuPerson(r).short(r)), "\n")
    d.add(
        "Члены комиссии: ",
        N(RuPerson(r).short(r)),
        ", ",
        N(RuPerson(r).short(r)),
        "\nСекретарь: ",
        N(RuPerson(r, g="f").short(r)),
        "\n",
    )
    d.add(
        f"Рассмотрен вопрос о {r.choice(['продлении ЭЛН', 'назначении лекарственного препарата по торговому наименованию', 'направлении на МСЭ'])} пациент{_g(p, 'а', 'ки')} ",
        N(p.fio("gen") if r.random() < 0.6 else p.short(r, "gen")),
        ", ",
        D(str(p.birth.year)),
        f" г.р., проживающ{_g(p, 'его', 'ей')} по адресу: ",
        A(ru_address(r, city)),
        ".\n",
    )
    d.add("Диагноз: ", ru_dx(r), ".\n")
    d.add(
        "Решение: ",
        r.choice(["продлить ЭЛН № ", "ЭЛН № "]),
        I(digits(r, 12)),
        " по ",
        rd(r, today + dt.timedelta(days=r.randint(5, 15)), "dot"),
        " включительно. ",
    )
    d.add(
        "Препарат ",
        r.choice(["Ксарелто", "Эликвис", "Прадакса"]),
        " по МНН заменить нельзя (нежелательная реакция на дженерик, извещение в Росздравнадзор от ",
        rd(r, today - dt.timedelta(days=20), "dot"),
        ").\n",
    )
    return "заключение ВК", d


def t_chat(r: random.Random) -> tuple[str, _Doc]:
    today, city, hosp = _ctx(r)
    p = RuPerson(r, g="f", born=(1960, 2000))
    doc = RuPerson(r)
    child = p.relative(r, born=(2015, 2023))
    d = _Doc()
    t0 = today
    pname = r.choice([p.io(), p.f(), f"{p.f()} {p.s()}", p.dim])
    docname: Any = r.choice([N(doc.io()), ["Dr. ", N(translit(doc.sur).capitalize())], N(doc.short(r))])

    clock = [r.randint(7 * 60, 20 * 60)]

    def hdr(who: Any, day: dt.date) -> None:
        clock[0] = min(clock[0] + r.randint(2, 180), 23 * 60 + 59)
        t = f"{clock[0] // 60:02d}:{clock[0] % 60:02d}"
        d.add("[", D(f"{day.day:02d}.{day.month:02d}.{day.year}"), f", {t}] ", who, ": ")

    hdr(N(pname), t0)
    d.add(
        r.choice([N(doc.io().lower()), N(doc.io())]),
        r.choice([", здравствуйте! ", ", добрый вечер) "]),
        r.choice(["это мама ", "пишет мама "]),
        N(f"{child.dimf('gen')} {child.s('gen')}" if r.random() < 0.5 else child.dimf("gen")),
        f", у него со вчера температура 38,{r.randint(2, 9)}, сыпь на животе. нурофен даём\n".replace(
            "него", _g(child, "него", "неё")
        ),
    )
    hdr(docname, t0)
    d.add(
        N(p.io().lower()),
        ", добрый день. сыпь зудит? пришлите фото сюда или на почту ",
        ("EMAIL", ru_email(r, doc)),
        "\n",
    )
    hdr(N(pname), t0)
    d.add(
        "да, чешется. вот фото. и еще вопрос, нам в сад справку надо, ",
        O(r.choice(["МАДОУ «Детский сад № 45»", "МБДОУ № 112", "детский сад № 7"])),
        "\n",
    )
    hdr(docname, t0 + dt.timedelta(days=1))
    d.add(
        "похоже на ветряную оспу. обрабатывайте, жаропонижающее при t>38,5. приходите ",
        rd_short(r, t0 + dt.timedelta(days=r.randint(5, 9))),
        " к 10:00, справку выпишу. запись через ",
        (
            "URL",
            r.choice(
                [
                    "https://gosuslugi.ru",
                    "https://uslugi.mosreg.ru/zdrav/",
                    "https://prodoctorov.ru/kazan/vrach/",
                ]
            )
            + (str(r.randint(10000, 999999)) + "-" + translit(doc.sur) if r.random() < 0.5 else ""),
        ),
        "\n",
    )
    hdr(N(pname), t0 + dt.timedelta(days=1))
    d.add(
        "спасибо!! полис ", I(oms(r)), ", снилс ", I(snils(r)), ", мой номер ", P(ru_mobile(r)), " если что\n"
    )
    if r.random() < 0.5:
        hdr(docname, t0 + dt.timedelta(days=2))
        d.add(N(p.dim.lower()), ", как ", N(child.dimf("nom").lower()), "? температура есть?\n")
    return "переписка в мессенджере", d


def t_mis(r: random.Random) -> tuple[str, _Doc]:
    dd = _data()
    today, city, hosp = _ctx(r)
    p = RuPerson(r)
    d = _Doc()
    d.add(
        "=== Выгрузка из МИС «",
        r.choice(["Инфоклиника", "qMS", "МедиАлт", "ЕМИАС", "Ариадна"]),
        "» === ",
        rd(r, today, "dot"),
        f" {hm(r)}\n",
    )
    d.add(
        "ФИО: ",
        N(p.fio().upper()),
        " | Дата рожд.: ",
        rd(r, p.birth, "dot"),
        f" | Пол: {_g(p, 'М', 'Ж')} | Полис ОМС: ",
        I(oms(r)),
        "\n",
    )
    d.add(
        "СНИЛС: ",
        I(snils(r, spaced=r.random() < 0.4)),
        " | ИНН: ",
        I(inn(r, 12)),
        " | Тел.: ",
        P(ru_mobile(r)),
        "\n",
    )
    d.add(
        "Адрес регистрации: ",
        A(ru_address(r, city).upper() if r.random() < 0.3 else ru_address(r, city)),
        "\n",
    )
    if r.random() < 0.5:
        d.add("E-mail: ", ("EMAIL", ru_email(r, p)), " | Работа: ", O(r.choice(dd["ru_employers"])), "\n")
    d.add("Прикрепление: ", O(hosp), " | Участок: ", str(r.randint(1, 45)), "\n")
    d.add("-" * 60 + "\nДата       | Специалист                 | Диагноз\n")
    for _ in range(r.randint(3, 6)):
        day = today - dt.timedelta(days=r.randint(1, 900))
        doc = RuPerson(r)
        name, code = r.choice(dd["ru_diagnoses"])
        d.add(
            rd(r, day, "dot"),
            " | ",
            r.choice(["Терапевт", "Кардиолог", "Невролог", "ВОП", "Хирург"]),
            " ",
            N(doc.short(r).upper() if r.random() < 0.4 else doc.short(r)),
            f" | {code} {name[:40]}\n",
        )
    return "выгрузка МИС", d


def _ocr(r: random.Random, s: str) -> str:
    """Scanner noise inside an entity string: a split word, a line break, a letter/digit confusion."""
    k = r.random()
    if k < 0.3 and len(s) > 4:
        i = r.randint(2, len(s) - 2)
        if s[i - 1] != " " and s[i] != " ":
            return s[:i] + " " + s[i:]
    if k < 0.5 and " " in s:
        i = s.index(" ")
        return s[:i] + "\n" + s[i + 1 :]
    if k < 0.7 and "0" in s:
        return s.replace("0", "О", 1)
    if k < 0.8 and "." in s:
        i = s.index(".")
        return s[:i] + " ." + s[i + 1 :] if i + 1 < len(s) else s
    return s


def t_ocr(r: random.Random) -> tuple[str, _Doc]:
    today, city, hosp = _ctx(r)
    p = RuPerson(r)
    d = _Doc()
    adm = today - dt.timedelta(days=r.randint(4, 15))
    d.add(
        O(_ocr(r, hosp)),
        "\n\nВ Ы П И С К А  из  истории  болезни  №  ",
        I(_ocr(r, f"{r.randint(100, 9999)}/{today.year % 100}")),
        "\n",
    )
    d.add(
        "Больн",
        _g(p, "ой", "ая"),
        "  ",
        N(_ocr(r, _ru_name(r, p))),
        ",  ",
        D(_ocr(r, f"{p.birth.day:02d}.{p.birth.month:02d}.{p.birth.year}")),
        " г.р.,\n",
    )
    d.add("прожив.  ", A(_ocr(r, ru_address(r, city))), "\n")
    d.add(
        "наход ился  на  лечении  с  ",
        D(_ocr(r, f"{adm.day:02d}.{adm.month:02d}.{adm.year}")),
        "  по  ",
        D(_ocr(r, f"{today.day:02d}.{today.month:02d}.{today.year}")),
        "\n",
    )
    d.add("Д иагноз: ", ru_dx(r), "\n")
    d.add(
        "Проведено  леч ение:  ",
        ru_drugs(r, 3),
        ".\nСостоя ние при выписке удовлетвор ительное. АД 13О/8О.\n",
    )
    d.add("Лечащ ий  врач  ", N(_ocr(r, RuPerson(r).short(r))), "\n")
    return "выписка OCR", d


_TYPO = {
    "жалобы": "жалабы",
    "объективно": "обьективно",
    "состояние": "сотояние",
    "температура": "темпиратура",
    "беспокоит": "беспокоет",
    "удовлетворительное": "удовлитворительное",
    "пациентка": "пациенка",
}


def t_diary(r: random.Random) -> tuple[str, _Doc]:
    today, city, hosp = _ctx(r)
    p = RuPerson(r)
    d = _Doc()
    head = RuPerson(r)
    for i in range(r.randint(2, 4)):
        day = today + dt.timedelta(days=i)
        d.add(
            r.choice(["Дневник ", "Дн. набл. ", "ДНЕВНИК "]),
            rd(r, day, r.choice(["dot", "dot2"])) if r.random() < 0.7 else rd_short(r, day),
            f" {hm(r)}\n",
        )
        txt = (
            f"{r.choice(['Состояние', 'Сост.'])} {r.choice(['удовлетворительное', 'ср. ст. тяж.', 'с полож. динамикой'])}. Жалобы на {r.choice(['слабость', 'кашель', 'боль в п/о ране', 'головокружение'])}. "
            f"Объективно: Т {r.choice(['36,7', '37.1', '36.6'])}, АД {r.randint(100, 160)}/{r.randint(60, 95)}, ЧСС {r.randint(60, 100)}, ЧДД {r.randint(15, 22)}. "
        )
        for a, b in _TYPO.items():
            if r.random() < 0.4:
                txt = txt.replace(a.capitalize(), b.capitalize()).replace(a, b)
        d.add(txt)
        k = r.random()
        if k < 0.25:
            d.add(f"{_g(p, 'Осмотрен', 'Осмотрена')} совместно с зав. отд. ", N(head.short(r, "ins")), ". ")
        elif k < 0.4:
            sp = RuPerson(r, g="f" if p.g == "m" else "m")
            d.add(
                "Беседа с ",
                "женой " if p.g == "m" else "мужем ",
                N(sp.f("ins")),
                " (тел. ",
                P(ru_mobile(r)),
                "). ",
            )
        elif k < 0.55:
            d.add(
                f"{_g(p, 'Пациент', 'Пациентка')} ",
                N(p.f() if r.random() < 0.5 else p.f().lower()),
                " просит выписку домой. ",
            )
        elif k < 0.65:
            d.add("Навещала дочь ", N(RuPerson(r, g="f").dim), ". ")
        d.add(
            r.choice(
                [
                    "Лечение продолжает.",
                    "Терапия по листу назначений.",
                    "План: Rg-контроль.",
                    "ЭКГ — без динамики.",
                ]
            ),
            "\n",
        )
        d.add(
            r.choice(["Дежурный врач ", "Врач ", "Леч. врач "]),
            N(
                _typo(r, RuPerson(r).short(r))
                if r.random() < 0.15
                else RuPerson(r).short(r)
                if r.random() < 0.7
                else RuPerson(r).s()
            ),
            "\n\n",
        )
    return "дневник наблюдения", d


def t_surgery(r: random.Random) -> tuple[str, _Doc]:
    today, city, hosp = _ctx(r)
    p = RuPerson(r)
    d = _Doc()
    d.add(O(hosp), "\nПРОТОКОЛ ОПЕРАЦИИ № ", I(str(r.randint(1, 3000))), "\n")
    d.add(
        "Пациент: ",
        N(_ru_name(r, p)),
        f", {_age(p.birth, today)}, И/Б № ",
        I(f"{r.randint(1000, 99999)}"),
        "\n",
    )
    d.add("Дата: ", rd(r, today), f"  Начало {hm(r)}  Окончание {hm(r)}\n")
    d.add(
        "Хирург: ",
        N(RuPerson(r).short(r)),
        "; ассистент: ",
        N(RuPerson(r).short(r)),
        "; анестезиолог: ",
        N(RuPerson(r).short(r)),
        "; операционная м/с: ",
        N(RuPerson(r, g="f").short(r) if r.random() < 0.6 else RuPerson(r, g="f").s()),
        "\n",
    )
    k = r.random()
    if k < 0.5:
        d.add(
            "Операция: лапароскопическая холецистэктомия. В ",
            EP("положении Фовлера"),
            " наложен карбоксиперитонеум 12 мм рт. ст. Выделен ",
            EP("треугольник Кало"),
            f", пузырная артерия и пузырный проток клипированы (3 клипсы). Кровопотеря {r.randint(10, 80)} мл. "
            "Дренаж в подпечёночное пространство.\n",
        )
    else:
        d.add(
            "Операция: аппендэктомия. Доступ ",
            EP("по Волковичу-Дьяконову"),
            ". В ",
            EP("положении Тренделенбурга"),
            " выведен купол слепой кишки. Выпот 50 мл взят на посев. Культя погружена кисетным и Z-образным швами.\n",
        )
    d.add(
        f"Анестезия: ЭТН, ASA {r.randint(1, 3)}. Гистология № ",
        I(f"{r.randint(1000, 99999)}-{r.randint(1, 9)}"),
        "\n",
    )
    return "протокол операции", d


def t_neuro(r: random.Random) -> tuple[str, _Doc]:
    today, city, hosp = _ctx(r)
    p = RuPerson(r, born=(1935, 1975))
    d = _Doc()
    d.add("КОНСУЛЬТАЦИЯ НЕВРОЛОГА  ", rd(r, today), "\n")
    d.add(f"{_g(p, 'Пациент', 'Пациентка')} ", N(_ru_name(r, p)), f", {_age(p.birth, today)}.\n")
    d.add(
        "Жалобы на дрожание в руках, скованность, замедленность движений. Болеет около ",
        r.choice(["3 лет", "5 лет", "года"]),
        ".\n",
    )
    d.add(
        "Неврологический статус: сознание ясное, ",
        EP("шкала Глазго"),
        " 15 баллов. Гипомимия. Тремор покоя по типу «катания пилюль» больше справа. "
        "Ригидность по пластическому типу, ",
        EP("феномен зубчатого колеса"),
        ". ",
        ru_sign(r),
        " ",
        ru_sign(r),
        "\n",
    )
    d.add("MMSE 26 баллов, MoCA 23 балла. Стадия 2,5 по ", EP("Хён и Яру"), ". mRS 2.\n")
    d.add(
        "Диагноз: ",
        EP(r.choice(["Болезнь Паркинсона", "Болезнь Паркинсона"])),
        f", смешанная форма. {r.choice(['Умеренные когнитивные нарушения.', ''])}\n",
    )
    d.add(
        "Рекомендовано: леводопа/карбидопа 250/25 мг по 1/2 т. 3 р/д, прамипексол 0,25 мг. Повторная консультация через 3 мес. Исключить ",
        EP(r.choice(["болезнь Вильсона-Коновалова", "хорею Гентингтона"])),
        ".\n",
    )
    if r.random() < 0.5:
        d.add(
            f"{_g(p, 'Пациент', 'Пациентка')} сопровожда{_g(p, 'ется', 'ется')} сыном ",
            N(RuPerson(r, g="m").f("ins")),
            ", тел. ",
            P(ru_mobile(r)),
            ".\n",
        )
    d.add("Врач-невролог ", N(RuPerson(r).short(r)), "\n")
    return "консультация невролога", d


def t_lab(r: random.Random) -> tuple[str, _Doc]:
    today, city, hosp = _ctx(r)
    p = RuPerson(r)
    d = _Doc()
    lab = r.choice(["ООО «Инвитро»", "ООО «Гемотест»", "ООО «КДЛ»", "Лаборатория «Хеликс»"])
    d.add(O(lab), "   Лицензия на мед. деятельность\n")
    d.add(
        "Заказ № ",
        I(str(r.randint(100000000, 999999999))),
        "   ИНЗ: ",
        I(f"{r.randint(10, 99)}-{r.randint(1000000, 9999999)}"),
        "\n",
    )
    d.add(
        "Пациент: ",
        N(_ru_name(r, p)),
        f"   Пол: {_g(p, 'Мужской', 'Женский')}   Дата рождения: ",
        rd(r, p.birth, "dot"),
        "\n",
    )
    d.add(
        "Дата взятия биоматериала: ",
        rd(r, today, "dot"),
        f" {hm(r)}   Дата выполнения: ",
        rd(r, today + dt.timedelta(days=1), "dot"),
        "\n",
    )
    d.add("Направивший врач: ", N(RuPerson(r).short(r)), "\n\n")
    d.add("Исследование              Результат   Ед.        Референс\n")
    rows = [
        ("Гемоглобин", f"{r.randint(90, 165)}", "г/л", "120 - 160"),
        ("Лейкоциты", f"{r.randint(30, 150) / 10:.2f}", "10*9/л", "4.0 - 9.0"),
        ("СОЭ по Вестергрену", f"{r.randint(2, 50)}", "мм/ч", "2 - 20"),
        ("ТТГ", f"{r.randint(30, 800) / 100:.2f}", "мкМЕ/мл", "0.4 - 4.0"),
        ("Ферритин", f"{r.randint(5, 300)}", "нг/мл", "10 - 120"),
        ("Холестерин общий", f"{r.randint(30, 80) / 10:.1f}", "ммоль/л", "< 5.2"),
    ]
    for a, b, c, e in r.sample(rows, 4):
        if a.startswith("СОЭ"):
            d.add("СОЭ (", EP("по Вестергрену"), f")          {b:<11} {c:<10} {e}\n")
        else:
            d.add(f"{a:<26}{b:<12}{c:<11}{e}\n")
    d.add("Исследование выполнил: ", N(RuPerson(r).short(r)), ", врач КЛД\n")
    d.add(
        "Результаты доступны в личном кабинете: ",
        (
            "URL",
            f"https://lk.{r.choice(['invitro.ru', 'gemotest.ru', 'helix.ru'])}/results/{r.randint(100000, 9999999)}",
        ),
        "\n",
    )
    return "бланк анализов", d


def t_consent(r: random.Random) -> tuple[str, _Doc]:
    today, city, hosp = _ctx(r)
    p = RuPerson(r, born=(1950, 2004))
    d = _Doc()
    ser, num = passport(r)
    d.add("ИНФОРМИРОВАННОЕ ДОБРОВОЛЬНОЕ СОГЛАСИЕ на медицинское вмешательство\n\n")
    d.add("Я, ", N(p.fio()), ", ", rd(r, p.birth, "dot"), " г.р., ")
    k = r.random()
    if k < 0.4:
        d.add("паспорт серия ", I(f"{ser[:2]} {ser[2:]} № {num}"))
    elif k < 0.7:
        d.add("паспорт ", I(f"{ser} {num}"))
    else:
        d.add("паспорт: серия ", I(f"{ser} номер {num}"))
    d.add(
        ", выдан ",
        r.choice(["ОУФМС России по Республике Татарстан", "ГУ МВД России по г. Москве", "отделом УФМС"]),
        " ",
        rd(
            r,
            p.birth.replace(year=p.birth.year + 20) if p.birth.month != 2 or p.birth.day != 29 else p.birth,
            "dot",
        ),
        ",\n",
    )
    d.add(f"зарегистрированн{_g(p, 'ый', 'ая')} по адресу: ", A(ru_address(r, city)), ",\n")
    d.add(
        "даю информированное добровольное согласие на виды медицинских вмешательств, включённые в Перечень, утверждённый приказом Минздравсоцразвития России № 390н, "
        "для получения первичной медико-санитарной помощи в ",
        O(hosp),
        ".\n",
    )
    d.add(
        "Медицинским работником ",
        N(RuPerson(r).short(r, "ins")),
        " в доступной для меня форме мне разъяснены цели, методы оказания медицинской помощи.\n",
    )
    if r.random() < 0.5:
        tr = RuPerson(r)
        d.add(
            "Сведения о выбранном мною лице, которому может быть передана информация о состоянии моего здоровья: ",
            N(tr.fio()),
            ", тел. ",
            P(ru_mobile(r)),
            "\n",
        )
    d.add("Подпись ________ ", N(p.short(r)), "   Дата: ", rd(r, today), "\n")
    return "информированное согласие", d


def t_handover(r: random.Random) -> tuple[str, _Doc]:
    today, city, hosp = _ctx(r)
    d = _Doc()
    d.add("Передача дежурства ", rd(r, today, "dot"), " — ", rd(r, today + dt.timedelta(days=1), "dot"), "\n")
    d.add(
        f"Всего в отделении {r.randint(25, 60)}, поступило {r.randint(2, 9)}, выписано {r.randint(1, 8)}, умерших нет.\n"
    )
    for _ in range(r.randint(3, 5)):
        p = RuPerson(r)
        ward = r.randint(1, 20)
        k = r.random()
        if k < 0.3:
            d.add(
                f"Пал. {ward}: ",
                N(p.s()),
                f", {_age(p.birth, today)}, {r.choice(['ОКС', 'пневмония', 'ЖКБ', 'ОНМК'])} — состояние стабильное.\n",
            )
        elif k < 0.5:
            d.add(
                f"{_g(p, 'Пациент', 'Пациентка')} ",
                N(p.f()),
                f" из {ward}-й палаты — {r.choice(['Т 38,9 вечером, взяты посевы', 'отказ от ужина', 'жалобы на бессонницу'])}.\n",
            )
        elif k < 0.7:
            d.add(
                f"{_g(p, 'Больной', 'Больная')} ",
                N(p.s()),
                f" (пал. {ward}) — переведен{_g(p, '', 'а')} в ОРИТ, передан{_g(p, '', 'а')} бригаде ",
                N(RuPerson(r, g="f").s("gen")),
                ".\n",
            )
        elif k < 0.75:
            d.add(
                f"Пал. {ward}: иностранный гражданин ",
                N(r.choice(_data()["ru_foreign_names"])),
                ", переводчик — тел. ",
                P(ru_mobile(r)),
                ".\n",
            )
        elif k < 0.85:
            d.add(
                f"Пал. {ward}: ",
                N(p.fio().upper()),
                " — ждём результат КТ, родственники (",
                N(RuPerson(r).dim),
                ") звонили в 20:00.\n",
            )
        else:
            d.add(
                f"Пал. {ward}: ",
                N(p.short(r)),
                f" — {_g(p, 'выписан', 'выписана')} завтра, ЭЛН № ",
                I(digits(r, 12)),
                ".\n",
            )
    d.add("Дежурство сдал: ", N(RuPerson(r).short(r)), "; принял: ", N(RuPerson(r).short(r)), "\n")
    return "передача дежурства", d


def t_mse(r: random.Random) -> tuple[str, _Doc]:
    today, city, hosp = _ctx(r)
    p = RuPerson(r, born=(2010, 2021))
    mom = RuPerson(r, g="f", born=(1978, 1996))
    d = _Doc()
    d.add(O(hosp), "\nНАПРАВЛЕНИЕ НА МЕДИКО-СОЦИАЛЬНУЮ ЭКСПЕРТИЗУ (форма 088/у)\n")
    d.add("Дата выдачи: ", rd(r, today), "\n")
    d.add(
        "ФИО ребёнка: ",
        N(p.fio()),
        "\nДата рождения: ",
        rd(r, p.birth, r.choice(["dot", "long"])),
        f"   Возраст: {_age(p.birth, today)}\n",
    )
    d.add(
        "Свидетельство о рождении: серия ",
        I(
            f"{r.choice(['II', 'III', 'IV', 'I'])}-{r.choice(['МЮ', 'КБ', 'ВА', 'ГР'])} № {r.randint(100000, 999999)}"
        ),
        "\n",
    )
    d.add("СНИЛС ребёнка: ", I(snils(r)), "   ИНН: ", I(inn(r, 12)), "\n")
    d.add(
        "Законный представитель: мать — ",
        N(mom.fio()),
        ", паспорт ",
        I(" ".join(passport(r))),
        ", тел. ",
        P(ru_mobile(r)),
        "\n",
    )
    d.add("Адрес места жительства: ", A(ru_address(r, city)), "\n")
    d.add(
        "Образовательная организация: ",
        O(r.choice(["МБОУ СОШ № 12", "ГБОУ Школа № 1535", "МАОУ «Лицей № 131»", "МАДОУ «Детский сад № 45»"])),
        f", {r.randint(1, 9)} класс\n",
    )
    d.add(
        "Диагноз: ",
        EP(r.choice(["Синдром Дауна", "Миодистрофия Дюшенна", "Болезнь Гоше", "Синдром Ретта"])),
        r.choice([", регулярная трисомия 21", "", ", генетически подтверждён"]),
        ".\n",
    )
    d.add(
        "Медицинский генетический анализ № ",
        I(f"{r.randint(1000, 99999)}/{today.year % 100}"),
        " от ",
        rd(r, today - dt.timedelta(days=r.randint(100, 900)), "dot"),
        ".\n",
    )
    d.add("Председатель ВК ", N(RuPerson(r).short(r)), "\n")
    return "направление на МСЭ", d


def t_recipe(r: random.Random) -> tuple[str, _Doc]:
    today, city, hosp = _ctx(r)
    p = RuPerson(r, born=(1935, 1990))
    d = _Doc()
    d.add("Форма № 107-1/у\n", O(hosp), "\nРЕЦЕПТ\n", rd(r, today, r.choice(["long0", "dot"])), "\n")
    d.add(
        "Ф.И.О. пациента: ",
        N(p.fio() if r.random() < 0.5 else p.short(r)),
        "\nДата рождения: ",
        rd(r, p.birth, "dot"),
        "\n",
    )
    d.add("Ф.И.О. врача: ", N(RuPerson(r).fio()), "\n")
    d.add(
        r.choice(
            [
                "Rp.: Tab. Metformini 1000 mg № 60\nD.S. по 1 таб. 2 раза в день во время еды.",
                "Rp.: Sol. Ceftriaxoni 1,0\nD.t.d. № 10\nS. в/м 1 раз в день.",
                "Rp.: Tab. Bisoprololi 0,005 № 30\nD.S. по 1 т. утром.",
                "Rp.: Caps. Omeprazoli 0,02 № 28\nD.S. по 1 капс. 2 р/д за 30 мин до еды.",
            ]
        ),
        "\n",
    )
    d.add(
        "Подпись и личная печать врача   М.П.\nРецепт действителен в течение 60 дней, до 1 года (нужное подчеркнуть)\n"
    )
    return "рецепт 107-1/у", d


# ---------------------------------------------------------------- English templates


def _en_ctx(r: random.Random) -> tuple[dt.date, str]:
    return _rand_date(r, dt.date(2017, 1, 1), dt.date(2025, 10, 31)), r.choice(_data()["en_hospitals"])


def _en_age(p: EnPerson, today: dt.date) -> int:
    return today.year - p.birth.year - ((today.month, today.day) < (p.birth.month, p.birth.day))


def t_en_discharge(r: random.Random) -> tuple[str, _Doc]:
    dd = _data()
    today, hosp = _en_ctx(r)
    p = EnPerson(r)
    d = _Doc()
    adm = today - dt.timedelta(days=r.randint(2, 12))
    att = EnPerson(r)
    d.add(O(hosp), "\nDISCHARGE SUMMARY\n\n")
    d.add(
        "Patient Name: ",
        N(f"{p.last}, {p.first}" if r.random() < 0.6 else f"{p.last.upper()}, {p.first.upper()} {p.mid}"),
        "    MRN: ",
        I(f"{r.randint(0, 99999999):08d}"),
        "\n",
    )
    d.add("DOB: ", ed(r, p.birth, style="num"), f"    Sex: {p.g.upper()}\n")
    d.add(
        "Admission Date: ",
        ed(r, adm, style=r.choice(["num", "iso"])),
        "    Discharge Date: ",
        ed(r, today, style=r.choice(["num", "iso"])),
        "\n",
    )
    d.add("Attending: ", N(att.full()), ", MD\n")
    if r.random() < 0.5:
        d.add("PCP: Dr. ", N(EnPerson(r).full()), ", ", P(en_phone(r)), "\n")
    d.add("\nHISTORY OF PRESENT ILLNESS:\n")
    d.add(
        f"{p.title()} ",
        N(p.last),
        f" is a {_en_age(p, today)} y/o {'man' if p.g == 'm' else 'woman'} with a history of ",
        r.choice(
            ["HTN, HLD, DM2", "COPD on 2L home O2", "CAD s/p CABG", "atrial fibrillation on anticoagulation"]
        ),
        " and ",
        en_epo(r),
        f" who presented with {r.choice(['3 days of worsening dyspnea', 'chest pain radiating to the left arm', 'fever and productive cough with brown sputum', 'black stools and lightheadedness'])}. ",
    )
    k = r.random()
    if k < 0.4:
        rel = EnPerson(r)
        d.add(
            f"History obtained from the patient and {'his' if p.g == 'm' else 'her'} {r.choice(['daughter', 'sister'] if rel.g == 'f' else ['son', 'brother'])} ",
            N(rel.first),
            ", who states that symptoms began on ",
            ed(r, adm - dt.timedelta(days=r.randint(1, 5)), style="short"),
            ". ",
        )
    elif k < 0.7:
        d.add(
            "Of note, the patient was last admitted in ",
            D(f"{EN_MONTHS[(adm.month + 3) % 12]} {adm.year - 1}"),
            " for similar symptoms. ",
        )
    d.add("In the ED, vitals: ", en_vitals(r), "\n\n")
    d.add(
        "PHYSICAL EXAM: Alert, oriented x3. Lungs with bibasilar crackles. Abdomen soft, ",
        en_sign(r),
        " Neuro nonfocal, ",
        EP("Glasgow Coma Scale"),
        " 15.\n\n",
    )
    d.add("LABS: ", en_labs(r), "\n\n")
    d.add(
        f"HOSPITAL COURSE:\nPatient was treated with {r.choice(dd['en_drugs'])} and {r.choice(dd['en_drugs'])} with marked improvement. "
        f"Creatinine rose to {r.randint(13, 25) / 10:.1f} on hospital day 2 and improved with fluids. {r.choice(['Cardiology was consulted.', 'Echo showed EF 35%.', 'We hope to avoid readmission.'])}\n\n"
    )
    d.add(
        "DISCHARGE MEDICATIONS:\n1. ",
        r.choice(dd["en_drugs"]),
        "\n2. ",
        r.choice(dd["en_drugs"]),
        "\n3. ",
        r.choice(dd["en_drugs"]),
        "\n\n",
    )
    d.add(
        "FOLLOW-UP: with Dr. ",
        N(EnPerson(r).last),
        " in cardiology clinic on ",
        ed(r, today + dt.timedelta(days=r.randint(5, 30)), style=r.choice(["long", "num", "short"])),
        r.choice([" at 10:30 AM", ""]),
        ".\n",
    )
    if r.random() < 0.4:
        d.add("Address on file: ", A(us_address(r)), "\n")
    d.add("\nElectronically signed by ", N(att.any(r)), ", MD on ", ed(r, today, style="num"), f" {hm(r)}\n")
    return "discharge summary (US)", d


def t_en_ed(r: random.Random) -> tuple[str, _Doc]:
    today, hosp = _en_ctx(r)
    p = EnPerson(r)
    d = _Doc()
    d.add("EMERGENCY DEPARTMENT NOTE\n", O(hosp), "\n")
    d.add(
        "Pt: ",
        N(p.any(r)),
        "  DOB ",
        ed(r, p.birth, style=r.choice(["num", "num2"])),
        "  Acct #: ",
        I(str(r.randint(10000000, 999999999))),
        "\n",
    )
    d.add(
        "Arrival: ",
        ed(r, today, style=r.choice(["num", "num2"])),
        f" {hm(r)} via {r.choice(['EMS', 'private vehicle', 'walk-in'])}\n\n",
    )
    d.add(f"CC: {r.choice(['fall', 'syncope', 'SOB', 'abdominal pain', 'headache'])}\n")
    d.add(
        f"HPI: {_en_age(p, today)}{p.g.upper()} with PMH of ",
        en_epo(r),
        f" and {r.choice(['HTN', 'ESRD on HD MWF', 'EtOH use disorder'])} presents with ",
        r.choice(
            [
                "RLQ pain since this morning",
                "a mechanical fall at home, + head strike, no LOC",
                "worst headache of life",
            ]
        ),
        ". ",
    )
    rel = EnPerson(r)
    k = r.random()
    if k < 0.5:
        d.add(
            f"{r.choice(['Wife', 'Daughter', 'Neighbor'] if rel.g == 'f' else ['Husband', 'Son', 'Neighbor'])} ",
            N(rel.first if r.random() < 0.6 else rel.full()),
            " at bedside, contact ",
            P(en_phone(r)),
            ". ",
        )
    d.add("ROS otherwise negative.\n")
    d.add(
        "Exam: ",
        en_vitals(r),
        " ",
        en_sign(r),
        " ",
        r.choice(
            [
                "Pupils 3 mm, equal and reactive.",
                "Will reassess after analgesia.",
                "Abdomen: guarding in RLQ.",
            ]
        ),
        "\n",
    )
    d.add(
        "MDM: ",
        r.choice(
            [
                "CT head negative for bleed.",
                "Lipase 45; LFTs normal.",
                "ECG: NSR, no acute ST changes; Wells score 0.",
            ]
        ),
        " Discussed with Dr. ",
        N(EnPerson(r).last),
        " (",
        r.choice(["surgery", "neurology", "GI"]),
        ") who will see the patient.\n",
    )
    d.add(
        "Dispo: ",
        r.choice(["admit to medicine", "discharge home with return precautions", "observation"]),
        ".\n",
    )
    d.add(N(EnPerson(r).full()), ", ", r.choice(["MD", "DO", "PA-C"]), "\n")
    return "ED note", d


def t_en_referral(r: random.Random) -> tuple[str, _Doc]:
    today, hosp = _en_ctx(r)
    p = EnPerson(r)
    gp = EnPerson(r)
    cons = EnPerson(r)
    d = _Doc()
    d.add(
        "Dr ",
        N(gp.full()),
        "\n",
        A(uk_address(r)),
        "\nTel: ",
        P(en_phone(r, uk=True)),
        "\n\n",
        ed(r, today, uk=True, style="dmy"),
        "\n\n",
    )
    d.add("Dear Dr ", N(cons.last), ",\n\n")
    d.add(
        "Re: ",
        p.title(uk=True),
        " ",
        N(p.full()),
        ", DOB ",
        ed(r, p.birth, uk=True, style="num"),
        ", NHS No. ",
        I(nhs(r)),
        "\n",
    )
    d.add(A(uk_address(r)), "\n\n")
    d.add(
        f"Thank you for seeing this {_en_age(p, today)}-year-old {'gentleman' if p.g == 'm' else 'lady'} with a ",
        r.choice(["6-month", "2-year", "few weeks'"]),
        " history of ",
        r.choice(
            [
                "resting tremor of the right hand",
                "intermittent dysphagia",
                "progressive exertional breathlessness",
                "facial weakness",
            ]
        ),
        ". ",
    )
    d.add("I wonder about ", en_epo(r), ". ")
    rel = EnPerson(r)
    d.add(
        f"{'He' if p.g == 'm' else 'She'} lives with {'his' if p.g == 'm' else 'her'} {'daughter' if rel.g == 'f' else 'son'} ",
        N(rel.first),
        " and works for ",
        O(r.choice(_data()["en_employers"])),
        ".\n",
    )
    d.add("Current medication: ", r.choice(_data()["en_drugs"]), "; ", r.choice(_data()["en_drugs"]), ".\n")
    d.add(
        "Bloods on ",
        ed(r, today - dt.timedelta(days=r.randint(3, 30)), uk=True, style=r.choice(["num", "dmy"])),
        ": ",
        en_labs(r),
        "\n\n",
    )
    d.add(
        "Yours sincerely,\n\n",
        "Dr ",
        N(gp.first[0] + " " + gp.last if r.random() < 0.5 else gp.full()),
        "\nGeneral Practitioner\n",
    )
    return "referral letter (UK)", d


def t_en_clinic(r: random.Random) -> tuple[str, _Doc]:
    today, hosp = _en_ctx(r)
    p = EnPerson(r)
    cons = EnPerson(r)
    d = _Doc()
    d.add(
        O(hosp),
        "\nDepartment of Neurology\n",
        A(uk_address(r)),
        "\nSecretary: ",
        P(en_phone(r, uk=True)),
        "\n\n",
    )
    d.add(
        "Clinic date: ",
        ed(r, today, uk=True, style=r.choice(["num", "dmy"])),
        "\nTyped: ",
        ed(r, today + dt.timedelta(days=r.randint(1, 9)), uk=True, style="num"),
        "\n\n",
    )
    d.add(
        f"{p.title(uk=True)} ",
        N(p.full() if r.random() < 0.6 else f"{p.first[0]}. {p.last}"),
        ", DOB ",
        ed(r, p.birth, uk=True, style="num"),
        ", Hosp No ",
        I(f"{r.choice(['RR', 'K', 'LTH'])}{r.randint(100000, 9999999)}"),
        ", NHS ",
        I(nhs(r)),
        "\n\n",
    )
    d.add(
        "Diagnosis:\n1. ",
        en_epo(r),
        "\n2. ",
        r.choice(["Migraine without aura", "Obstructive sleep apnoea", "Type 2 diabetes"]),
        "\n\n",
    )
    rel = EnPerson(r)
    d.add(
        f"I reviewed {p.title(uk=True)} ",
        N(p.last),
        f" today with {'his' if p.g == 'm' else 'her'} {r.choice(['wife', 'mother', 'friend'] if rel.g == 'f' else ['husband', 'father', 'friend'])} ",
        N(rel.first),
        ". ",
        r.choice(
            [
                "Symptoms have been stable since the last visit",
                "There has been a marked deterioration",
                "Walking is slower",
            ]
        ),
        ". ",
    )
    d.add("On examination ", en_sign(r), " ", en_sign(r), "\n")
    d.add(
        f"Plan: increase {r.choice(['levodopa', 'topiramate', 'gabapentin'])}; MRI brain; review in 6 months. ",
        "We discussed driving and DVLA rules.\n\n" if r.random() < 0.5 else "\n\n",
    )
    d.add(
        "Dr ",
        N(cons.full()),
        "\nConsultant Neurologist\n\ncc: Dr ",
        N(EnPerson(r).full()),
        ", ",
        A(uk_address(r)),
        "\n",
    )
    return "clinic letter (UK)", d


def t_en_nurse(r: random.Random) -> tuple[str, _Doc]:
    today, hosp = _en_ctx(r)
    p = EnPerson(r)
    d = _Doc()
    d.add(ed(r, today, style=r.choice(["num2", "num"])), f" {hm(r)} RN note\n")
    d.add(
        "pt ",
        N(p.full().lower() if r.random() < 0.7 else p.first.lower()),
        f" c/o pain {r.randint(3, 9)}/10 {r.choice(['abd', 'lower back', 'incision site'])}, ",
        r.choice(["given tylenol 650 po", "oxy 5mg given per prn order", "repositioned, ice pack"]),
        ". ",
    )
    k = r.random()
    rel = EnPerson(r, g="f")
    if k < 0.5:
        d.add(
            f"{r.choice(['daughter', 'sister', 'wife'])} ",
            N(rel.first.lower() if r.random() < 0.5 else rel.first),
            " called @ ",
            P(en_phone(r)),
            ", updated. ",
        )
    d.add(
        f"vs stable, bp {r.randint(100, 160)}/{r.randint(60, 95)} hr {r.randint(60, 110)}. ",
        r.choice(["will cont to monitor.", "md aware.", "bed alarm on, fall risk."]),
        " ",
        r.choice(["skin intact.", "foley draining clear yellow urine.", "ambulated in hall x2 w/ walker."]),
        "\n",
    )
    d.add("-- ", N(EnPerson(r, g="f").first.lower() if r.random() < 0.5 else EnPerson(r).any(r)), " RN\n")
    return "nurse note", d


def t_en_radiology(r: random.Random) -> tuple[str, _Doc]:
    today, hosp = _en_ctx(r)
    p = EnPerson(r)
    d = _Doc()
    d.add(O(hosp), " Department of Radiology\n")
    d.add(
        "Patient: ",
        N(p.any(r)),
        "   MRN: ",
        I(str(r.randint(1000000, 99999999))),
        "   DOB: ",
        ed(r, p.birth, style="num"),
        "\n",
    )
    d.add(
        "Accession #: ",
        I(f"{r.choice(['RAD', 'CT', 'MR'])}-{today.year}-{r.randint(1000, 999999):06d}"),
        "   Exam date: ",
        ed(r, today, style=r.choice(["num", "iso", "abbr"])),
        "\n",
    )
    d.add(
        f"EXAM: {r.choice(['CT head without contrast', 'CT abdomen/pelvis with IV contrast', 'MRI lumbar spine', 'CXR PA/lateral'])}\n"
    )
    d.add(
        "COMPARISON: ",
        ed(r, today - dt.timedelta(days=r.randint(60, 1500)), style=r.choice(["num", "iso", "long"])),
        ".\n",
    )
    d.add(
        f"FINDINGS: {r.choice(['No acute intracranial hemorrhage. Mild chronic small vessel ischemic change.', 'Appendix is dilated to 11 mm with periappendiceal fat stranding.', 'L4-5 disc bulge with mild canal stenosis. No cord signal abnormality.', 'Heart size normal. Lungs clear. No effusion.'])} "
    )
    if r.random() < 0.4:
        d.add("Findings consistent with known ", en_epo(r), ". ")
    d.add(
        "\nIMPRESSION: ",
        r.choice(
            [
                "No acute findings.",
                "Acute appendicitis.",
                "Degenerative changes as above.",
                "Stable compared with prior.",
            ]
        ),
        "\n",
    )
    d.add("Dictated by: ", N(EnPerson(r).any(r)), ", MD  ", ed(r, today, style="num"), f" {hm(r)}\n")
    if r.random() < 0.5:
        d.add("Critical result called to ", N(EnPerson(r).full()), ", RN at ", hm(r), ".\n")
    return "radiology report", d


def t_en_portal(r: random.Random) -> tuple[str, _Doc]:
    today, hosp = _en_ctx(r)
    p = EnPerson(r)
    doc = EnPerson(r)
    d = _Doc()
    d.add(
        "From: ",
        N(p.full()),
        " <",
        ("EMAIL", en_email(r, p)),
        ">\nSent: ",
        ed(r, today, style="long"),
        f" {hm(r)}\nSubject: refill / question\n\n",
    )
    d.add(
        "Hi Dr. ",
        N(doc.last),
        ",\n\nThis is ",
        N(p.first),
        " (DOB ",
        ed(r, p.birth, style=r.choice(["num2", "num"])),
        "). ",
    )
    d.add(
        r.choice(
            [
                "I have been feeling better since the new meds but my ankles are still swollen.",
                "Will you refill my Lipitor? The pharmacy says it needs approval.",
                "My BP readings this week were 150/95, 148/92 and 155/98.",
            ]
        ),
        " ",
    )
    if r.random() < 0.5:
        d.add(
            "My husband " if p.g == "f" else "My wife ",
            N(EnPerson(r, g="m" if p.g == "f" else "f").first),
            " can pick it up. ",
        )
    d.add("You can reach me at ", P(en_phone(r)), ".\n\nThanks,\n", N(p.first), "\n\n")
    d.add(
        "---\nView this message in the patient portal: ",
        (
            "URL",
            f"https://mychart.{r.choice(['example-health.org', 'mercyhealth.com', 'uwhealth.org'])}/MyChart/Messages?id={r.randint(1000000, 99999999)}",
        ),
        "\n",
    )
    if r.random() < 0.3:
        d.add(
            "Member ID: ",
            I(f"{r.choice(['XJH', 'W', 'MBR'])}{r.randint(100000000, 999999999)}"),
            "  SSN on file: ",
            I(ssn(r)),
            "\n",
        )
    return "patient portal message", d


def t_en_progress(r: random.Random) -> tuple[str, _Doc]:
    today, hosp = _en_ctx(r)
    p = EnPerson(r)
    d = _Doc()
    d.add("OUTPATIENT PROGRESS NOTE\n", O(hosp), " Internal Medicine Clinic\n")
    d.add(
        "Name: ",
        N(p.full()),
        "  DOB: ",
        ed(r, p.birth, style="num"),
        "  MRN: ",
        I(f"{r.randint(0, 9999999):07d}"),
        "\n",
    )
    d.add("Address: ", A(us_address(r)), "  Home: ", P(en_phone(r)), "\n")
    d.add(
        "Insurance: ",
        r.choice(["Medicare", "BCBS", "Aetna"]),
        " ID ",
        I(f"{r.choice(['1EG4', 'W2', 'XEH'])}{r.randint(10000000, 99999999)}"),
        "\n",
    )
    d.add("Visit date: ", ed(r, today, style=r.choice(["num", "long"])), "\n\n")
    d.add(
        f"S: {_en_age(p, today)} y/o here for follow-up of ",
        en_epo(r),
        " and hypertension. Reports mood is fine; ",
        r.choice(["Bill paid by daughter.", "works night shifts at ", "retired."]),
    )
    if d.parts[-1] == "works night shifts at ":
        d.add(O(r.choice(_data()["en_employers"])), ".")
    d.add(
        f" Last A1c {r.randint(55, 110) / 10:.1f}% in ",
        D(f"{EN_MONTHS[(today.month + 6) % 12]} {today.year - 1}"),
        ".\n",
    )
    d.add("O: ", en_vitals(r), " BMI 31.2. ", en_sign(r), "\n")
    d.add(
        "A/P: continue ",
        r.choice(_data()["en_drugs"]),
        "; ",
        EP(r.choice(_data()["en_eponym_scales"])),
        " reviewed; ",
        "RTC 3 months. ",
        r.choice(["Flu shot given today.", "Refer to Dr. ", "Colonoscopy due."]),
    )
    if d.parts[-1] == "Refer to Dr. ":
        d.add(N(EnPerson(r).last), " (GI).")
    d.add("\n", N(EnPerson(r).full()), ", MD\n")
    return "progress note (US)", d


# ---------------------------------------------------------------- corpus

RU_TEMPLATES = [
    t_epicrisis,
    t_therapist,
    t_057,
    t_086,
    t_smp,
    t_orders,
    t_us,
    t_mri,
    t_genetic,
    t_eln,
    t_vk,
    t_chat,
    t_mis,
    t_ocr,
    t_diary,
    t_surgery,
    t_neuro,
    t_lab,
    t_consent,
    t_handover,
    t_mse,
    t_recipe,
]
EN_TEMPLATES = [
    t_en_discharge,
    t_en_ed,
    t_en_referral,
    t_en_clinic,
    t_en_nurse,
    t_en_radiology,
    t_en_portal,
    t_en_progress,
]


def generate(n: int, seed: int, style: str = "b") -> list[dict[str, Any]]:
    """n annotated documents (about 70 % Russian), the same for the same seed."""
    if style != "b":
        raise ValueError(f"style {style!r}: only 'b' exists")
    out = []
    for i in range(n):
        r = random.Random(f"deid-realistic-{style}-{seed}-{i}")
        en = r.random() < 0.3
        tpl = r.choice(EN_TEMPLATES if en else RU_TEMPLATES)
        doc_type, d = tpl(r)
        rec = {
            "id": f"rb-{seed}-{i:05d}",
            "lang": "en" if en else "ru",
            "doc_type": doc_type,
            "text": d.text(),
            "entities": d.ents,
            "eponyms": d.epos,
        }
        check_record(rec)
        out.append(rec)
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(
        prog="python -m medmoe.synth.deid_realistic", description=__doc__.split("\n")[0]
    )
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", type=Path, required=True)
    a = ap.parse_args(argv)
    recs = generate(a.n, a.seed)
    with a.out.open("w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} documents to {a.out}")


if __name__ == "__main__":
    main()
