#!/usr/bin/env python
"""Sealed de-identification corpus generator (see README.md in this folder).

Standalone on purpose: standard library only, not part of the medmoe package, never a training source.
Text is built by concatenating pieces and recording offsets as they are appended.

    python tests/deid_sealed/generator.py --n 400 --seed 0 --out sealed.jsonl
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

DATA = json.loads(Path(__file__).with_name("data.json").read_text(encoding="utf-8"))
TYPES = ("NAME", "DATE", "ADDRESS", "PHONE", "EMAIL", "ID", "URL", "ORG")
CASES = {"nom": -1, "gen": 0, "dat": 1, "ins": 2}
Seg = tuple[str, str | None]  # (text, type); type None = plain text, "EPO" = eponym phrase

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


# ----------------------------------------------------------------------------------------------- document
class Doc:
    def __init__(self, case: str | None = None) -> None:
        self.buf: list[str] = []
        self.pos = 0
        self.ents: list[dict] = []
        self.epos: list[dict] = []
        self.case = case

    def add(self, text: str, typ: str | None = None) -> None:
        if not text:
            return
        if self.case == "lower" and len(text.lower()) == len(text):
            text = text.lower()
        start = self.pos
        self.buf.append(text)
        self.pos += len(text)
        if typ == "EPO":
            self.epos.append({"start": start, "end": self.pos, "text": text})
        elif typ:
            self.ents.append({"start": start, "end": self.pos, "type": typ, "text": text})

    @property
    def text(self) -> str:
        return "".join(self.buf)


def marked(s: str) -> list[Seg]:
    """Plain text where [[...]] marks an eponym phrase."""
    out: list[Seg] = []
    for i, part in enumerate(re.split(r"\[\[(.+?)\]\]", s)):
        if part:
            out.append((part, "EPO" if i % 2 else None))
    return out


# ----------------------------------------------------------------------------------------------- Russian names
def _cons(ch: str) -> bool:
    return ch.lower() not in "аеёиоуыэюяь"


def decl_surname(s: str, male: bool, case: str) -> str:
    if case == "nom":
        return s
    if "-" in s:
        return "-".join(decl_surname(p, male, case) for p in s.split("-"))
    k = CASES[case]
    low = s.lower()
    if low in ("ким", "пак", "цой", "ли", "тен") or low.endswith(("ко", "их", "ых", "о", "е", "и", "у", "ю")):
        return s
    if male:
        if low.endswith(("ский", "цкий")):
            return s[:-2] + ("ого", "ому", "им")[k]
        if low.endswith(("ов", "ев", "ёв", "ин", "ын")):
            return s + ("а", "у", "ым")[k]
        if _cons(low[-1]):
            return s + ("а", "у", "ом")[k]
        return s
    if low.endswith(("ская", "цкая")):
        return s[:-2] + "ой"
    if low.endswith(("ова", "ева", "ёва", "ина", "ына")):
        return s[:-1] + "ой"
    return s  # feminine consonant-final (Оганесян) and others: indeclinable


def decl_first(n: str, male: bool, case: str) -> str:
    if case == "nom":
        return n
    k = CASES[case]
    if n in DATA["ru_first_irregular"]:
        return DATA["ru_first_irregular"][n][k]
    low = n.lower()
    if low.endswith("ий"):
        return n[:-1] + ("я", "ю", "ем")[k]
    if low.endswith(("й", "ь")):
        return n[:-1] + ("я", "ю", "ем")[k]
    if low.endswith("ия"):
        return n[:-1] + ("и", "и", "ей")[k]
    if low.endswith("я"):
        return n[:-1] + ("и", "е", "ей")[k]
    if low.endswith("а"):
        gen = "и" if low[-2] in "гкхжшчщ" else "ы"
        ins = "ей" if low[-2] in "жшчщц" else "ой"
        return n[:-1] + (gen, "е", ins)[k]
    if male and _cons(low[-1]):
        return n + ("а", "у", "ом")[k]
    return n


def decl_patr(p: str, male: bool, case: str) -> str:
    if case == "nom" or p.endswith(("оглы", "кызы")):
        return p
    k = CASES[case]
    if male:
        return p + ("а", "у", "ем")[k]
    return p[:-1] + ("ы", "е", "ой")[k]


class PersonRU:
    def __init__(self, rng: random.Random, male: bool) -> None:
        self.male = male
        g = "m" if male else "f"
        self.sur = rng.choice(DATA[f"ru_surnames_{g}"])
        self.first = rng.choice(DATA[f"ru_first_{g}"])
        if (
            self.sur.rstrip("а") in ("Мамедов", "Алиев", "Ахмедов", "Абдуллаев", "Гаджиев")
            and rng.random() < 0.6
        ):
            self.patr = rng.choice(DATA[f"ru_patronym_turk_{g}"])
            self.first = rng.choice(
                ["Рашад", "Бахтияр", "Тофик"] if male else ["Гюльнара", "Эльмира", "Наргиза"]
            )
        else:
            self.patr = rng.choice(DATA[f"ru_patronym_{g}"])
        self.rng = rng

    def inits(self) -> str:
        i, o = self.first[0] + ".", self.patr[0] + "."
        return self.rng.choice([f"{i}{o}", f"{i}{o}", f"{i} {o}", f"{i}{o}".rstrip(".")])

    def form(self, name: str, case: str) -> list[Seg]:
        m = self.male
        sur, first, patr = (
            decl_surname(self.sur, m, case),
            decl_first(self.first, m, case),
            decl_patr(self.patr, m, case),
        )
        forms: dict[str, Callable[[], str]] = {
            "full": lambda: f"{sur} {first} {patr}",
            "fio": lambda: f"{sur} {self.inits()}",
            "ifo": lambda: f"{self.inits()} {sur}",
            "io": lambda: f"{first} {patr}",
            "first": lambda: first,
            "sur": lambda: sur,
            "suri": lambda: f"{sur} {self.first[0]}.",
            "caps": lambda: f"{sur} {first} {patr}".upper(),
            "lower": lambda: (
                f"{sur} {first} {patr}" if self.rng.random() < 0.5 else f"{sur} {self.inits()}"
            ).lower(),
            "split": lambda: f"{sur}\n{first} {patr}",
            "fi": lambda: f"{first} {sur}",
        }
        return [(forms[name](), "NAME")]


class PersonEN:
    def __init__(self, rng: random.Random, male: bool) -> None:
        self.male = male
        self.first = rng.choice(DATA["en_first_m" if male else "en_first_f"])
        self.last = rng.choice(DATA["en_last"])
        self.mid = rng.choice("ABCDEJKLMRST")
        self.rng = rng

    def form(self, name: str, case: str) -> list[Seg]:
        f, last, n = self.first, self.last, "NAME"
        forms: dict[str, list[Seg]] = {
            "full": [(f"{f} {last}", n)],
            "fullm": [(f"{f} {self.mid}. {last}", n)],
            "lf": [(f"{last}, {f}", n)],
            "first": [(f, n)],
            "last": [(last, n)],
            "title": [(("Mr. " if self.male else self.rng.choice(["Ms. ", "Mrs. "])), None), (last, n)],
            "md": [(f"{f} {last}", n), (self.rng.choice([", MD", ", M.D.", ", DO", " MD", ", FRCPC"]), None)],
            "dr": [("Dr. " if self.rng.random() < 0.7 else "Dr ", None), (last, n)],
            "lower": [(self.rng.choice([f"{f} {last}", f, last]).lower(), n)],
            "caps": [(f"{last.upper()}, {f.upper()}", n)],
            "init": [(f"{f[0]}. {last}", n)],
        }
        return forms[name]


# ----------------------------------------------------------------------------------------------- helpers
def years_ru(n: int) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return f"{n} год"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return f"{n} года"
    return f"{n} лет"


def snils(rng: random.Random) -> str:
    while True:
        d = [rng.randint(0, 9) for _ in range(9)]
        if int("".join(map(str, d))) > 1001998:
            break
    s = sum(x * w for x, w in zip(d, range(9, 0, -1), strict=True))
    if s < 100:
        cs = s
    elif s in (100, 101):
        cs = 0
    else:
        cs = s % 101
        cs = 0 if cs == 100 else cs
    n = "".join(map(str, d))
    return rng.choice(
        [f"{n[:3]}-{n[3:6]}-{n[6:]} {cs:02d}", f"{n[:3]}-{n[3:6]}-{n[6:]}-{cs:02d}", f"{n}{cs:02d}"]
    )


def snils_valid(s: str) -> bool:
    digits = [int(c) for c in s if c.isdigit()]
    if len(digits) != 11:
        return False
    t = sum(x * w for x, w in zip(digits[:9], range(9, 0, -1), strict=True))
    cs = t if t < 100 else (0 if t in (100, 101) else t % 101 % 100)
    return cs == digits[9] * 10 + digits[10]


def _inn_digit(d: list[int], w: list[int]) -> int:
    return sum(a * b for a, b in zip(d, w, strict=False)) % 11 % 10


def inn(rng: random.Random, length: int) -> str:
    d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8 if length == 10 else 9)]
    if length == 10:
        d.append(_inn_digit(d, [2, 4, 10, 3, 5, 9, 4, 6, 8]))
    else:
        d.append(_inn_digit(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]))
        d.append(_inn_digit(d, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]))
    return "".join(map(str, d))


def inn_valid(s: str) -> bool:
    d = [int(c) for c in s]
    if len(d) == 10:
        return _inn_digit(d, [2, 4, 10, 3, 5, 9, 4, 6, 8]) == d[9]
    if len(d) == 12:
        return (
            _inn_digit(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) == d[10]
            and _inn_digit(d, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) == d[11]
        )
    return False


def nhs_number(rng: random.Random) -> str:
    while True:
        d = [rng.randint(0, 9) for _ in range(9)]
        c = 11 - sum(x * w for x, w in zip(d, range(10, 1, -1), strict=True)) % 11
        c = 0 if c == 11 else c
        if c != 10:
            n = "".join(map(str, d)) + str(c)
            return f"{n[:3]} {n[3:6]} {n[6:]}"


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


# ----------------------------------------------------------------------------------------------- context
class Ctx:
    def __init__(self, rng: random.Random, lang: str) -> None:
        self.rng = rng
        self.lang = lang
        self.people: dict[str, PersonRU | PersonEN] = {}
        self.cache: dict[str, list[Seg]] = {}
        self.base = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randint(0, 6 * 365))
        self.dob = dt.date(rng.randint(1934, 2003), rng.randint(1, 12), rng.randint(1, 28))
        dis = rng.randint(4, 21)
        self.offsets: dict[str, int] = {
            "adm": 0,
            "dis": dis,
            "res": rng.randint(1, 3),
            "death": dis - rng.randint(0, 2),
            "ctrl": dis + rng.randint(7, 30),
            "fu": dis + rng.randint(7, 30),
            "work": dis + 1,
            "plan": rng.randint(5, 40),
            "seen": -rng.randint(3, 40),
            "onset": -rng.randint(0, 3),
            "iss": -rng.randint(300, 7000),
            "cb": -rng.randint(3 * 365, 15 * 365),
            "reg": -rng.randint(150, 250),
            "eln": -rng.randint(1, 10),
            "trip": rng.randint(2, 20),
            "prior": -rng.randint(60, 900),
            "job": -rng.randint(30, 2000),
            "sig": rng.randint(0, 3),
        }

    def person(self, key: str) -> PersonRU | PersonEN:
        if key not in self.people:
            role = key[0]
            if role in "WS":  # spouse: opposite of the patient
                male = not self.person("P").male
            elif role in "MN":  # mother, nurse (mostly)
                male = role == "N" and self.rng.random() < 0.15
            elif role in "HFB":
                male = True
            elif role == "Q":  # patient forced female (obstetrics)
                male = False
            else:
                male = self.rng.random() < 0.5
            cls = PersonRU if self.lang == "ru" else PersonEN
            self.people[key] = cls(self.rng, male)
        return self.people[key]

    def date_for(self, tag: str) -> dt.date:
        if tag not in self.offsets:
            self.offsets[tag] = self.rng.randint(-500, 25)
        return self.base + dt.timedelta(days=self.offsets[tag])

    def age(self) -> int:
        return max(0, (self.base - self.dob).days // 365)


# ----------------------------------------------------------------------------------------------- dates
def date_ru(rng: random.Random, d: dt.date, long_ok: bool = True) -> list[Seg]:
    mon = DATA["ru_months_gen"][d.month - 1]
    y, yy = d.year, d.year % 100
    style = rng.randint(0, 13 if long_ok else 6)
    if style in (0, 1):
        return [(f"{d:%d.%m.%Y}", "DATE")]
    if style == 2:
        return [(f"{d:%d.%m.%Y}", "DATE"), (" г.", None)]
    if style == 3:
        return [(f"{d:%d.%m.%Y}", "DATE"), ("г.", None)]
    if style == 4:
        return [(f"{d:%d.%m.%y}", "DATE")]
    if style == 5:
        return [(f"{d.day}.{d.month}.{yy:02d}", "DATE")]
    if style == 6:
        return [(f"{d.day}.{d.month}.{y}", "DATE")]
    if style in (7, 8):
        return [(f"{d.day} {mon} {y}", "DATE"), (rng.choice([" г.", " года", "г.", ""]), None)]
    if style == 9:
        return [(f"{d.day} {DATA['ru_month_typos'].get(mon, mon)} {y}", "DATE"), (" г.", None)]
    if style == 10:
        return [(f"«{d.day:02d}» {mon} {y}", "DATE"), (" г.", None)]
    if style == 11:
        return [(f"{d:%Y-%m-%d}", "DATE")]
    if style == 12:
        return [(f"{d.day} {mon}", "DATE")]
    return [(f"{d.day:02d}/{d.month:02d}/{y}", "DATE")]


def date_en(rng: random.Random, d: dt.date, uk: bool = False) -> list[Seg]:
    mon, y = EN_MONTHS[d.month - 1], d.year
    suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    opts: list[list[Seg]] = [
        [(f"{d.day}/{d.month}/{y}" if uk else f"{d.month}/{d.day}/{y}", "DATE")],
        [(f"{d:%d/%m/%Y}" if uk else f"{d:%m/%d/%Y}", "DATE")],
        [(f"{mon[:3]} {d.day} '{y % 100:02d}", "DATE")],
        [(f"{d:%d}-{mon[:3]}-{y}", "DATE")],
        [(f"{d.day} {mon} {y}" if uk else f"{mon} {d.day}, {y}", "DATE")],
        [("the ", None), (f"{d.day}{suf} of {mon}", "DATE")],
        [(f"{d.day}/{d.month}" if uk else f"{d.month}/{d.day}", "DATE")],
        [(f"{d:%Y-%m-%d}", "DATE")],
        [(f"{mon[:3]} {d.day}", "DATE")],
        [(f"{d.month}/{d.day}/{y % 100:02d}" if not uk else f"{d:%d.%m.%Y}", "DATE")],
    ]
    return rng.choice(opts)


# ----------------------------------------------------------------------------------------------- addresses, contacts
def addr_ru(rng: random.Random) -> str:
    if rng.random() < 0.3:
        return rng.choice(DATA["ru_addr_special"])
    parts = []
    if rng.random() < 0.4:
        parts.append(f"{rng.randint(101000, 692999)}")
    if rng.random() < 0.15:
        parts.append("РФ")
    region, city = rng.choice(DATA["ru_region_city"])
    if region and rng.random() < 0.4:
        parts.append(region)
    parts.append(city)
    street = rng.choice(DATA["ru_streets"])
    h, f = rng.randint(1, 180), rng.randint(1, 320)
    style = rng.randint(0, 3)
    if style == 0:
        parts += [street, f"д. {h}", f"кв. {f}"]
    elif style == 1:
        parts += [f"{street} {h}-{f}"]
    elif style == 2:
        parts += [street, f"д. {h}", f"корп. {rng.randint(1, 5)}", f"кв. {f}"]
    else:
        parts += [f"{street}, {h}/{rng.randint(1, 9)}, кв.{f}"]
    return ", ".join(parts)


def addr_en(rng: random.Random, country: str) -> str:
    n = rng.randint(2, 9800)
    if country == "us":
        city, st = rng.choice(DATA["us_cities"])
        z = f"{rng.randint(10000, 99999)}" + (f"-{rng.randint(1000, 9999)}" if rng.random() < 0.5 else "")
        if rng.random() < 0.25:
            return f"PO Box {rng.randint(10, 9999)}, {city}, {st} {z}"
        apt = rng.choice(["", f", Apt {rng.randint(1, 40)}{rng.choice('AB')}", f" #{rng.randint(100, 999)}"])
        return f"{n} {rng.choice(DATA['us_streets'])}{apt}, {city}, {st} {z}"
    if country == "ca":
        city, prov, pc = rng.choice(DATA["ca_cities"])
        return f"{rng.randint(10, 999)}-{n} {rng.choice(['Yonge St', 'Portage Ave', 'Spring Garden Rd', 'Bank St'])}, {city}, {prov} {pc}"
    if country == "uk":
        city, pc = rng.choice(DATA["uk_cities"])
        return f"{rng.randint(1, 120)} {rng.choice(['Acacia Avenue', 'Byres Road', 'Oxford Road', 'Park Row'])}, {city} {pc}"
    city, st, pc = rng.choice(DATA["au_cities"])
    return f"Unit {rng.randint(1, 30)}/{rng.randint(1, 300)} {rng.choice(['Smith St', 'Church St', 'Ann St'])}, {city} {st} {pc}"


def phone_ru(rng: random.Random) -> str:
    a, b = rng.choice(["912", "917", "903", "985", "922", "937", "950"]), digits(rng, 7)
    city = rng.choice(["3452", "843", "347", "495", "343", "8552"])
    rest = digits(rng, 10 - len(city))
    return rng.choice(
        [
            f"+7 ({a}) {b[:3]}-{b[3:5]}-{b[5:]}",
            f"+7-{a}-{b[:3]}-{b[3:]}",
            f"8({city}){rest[:-4]}-{rest[-4:-2]}-{rest[-2:]}",
            f"8{a}{b}",
            f"+7{a}{b}",
            f"8-{a}-{b[:3]}-{b[3:5]}-{b[5:]}",
            f"8 ({a}) {b[:3]} {b[3:5]} {b[5:]}",
            f"{b[:3]}-{b[3:5]}-{b[5:]}",
        ]
    )


def phone_en(rng: random.Random, country: str) -> str:
    a, b, c = rng.randint(201, 989), rng.randint(200, 999), digits(rng, 4)
    if country == "uk":
        return rng.choice([f"07700 900{digits(rng, 3)}", f"+44 20 7946 0{digits(rng, 3)}", f"0113 {b} {c}"])
    if country == "au":
        return rng.choice(
            [f"(03) 9{digits(rng, 3)} {c}", f"04{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}"]
        )
    return rng.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"+1 {a} {b} {c}", f"{a}.{b}.{c}", f"1-800-{b}-{c}"])


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s.lower()).encode("ascii", "ignore").decode()


def translit(s: str) -> str:
    return "".join(DATA["ru_translit"].get(ch, ch) for ch in s.lower())


def email_for(c: Ctx, key: str = "P") -> str:
    p = c.person(key)
    r = c.rng
    if isinstance(p, PersonRU):
        first, last = translit(p.first), translit(p.sur)
        dom = r.choice(DATA["ru_email_domains"])
    else:
        first = re.sub(r"[^a-z]", "", fold(p.first))
        last = re.sub(r"[^a-z-]", "", fold(p.last))
        dom = r.choice(DATA["en_email_domains"])
    return r.choice(
        [
            f"{first[0]}.{last}{r.randint(60, 99)}@{dom}",
            f"{last}.{first}@{dom}",
            f"{first}{r.randint(1, 2005)}@{dom}",
            f"{last}_{first[0]}@{dom}",
        ]
    )


# ----------------------------------------------------------------------------------------------- slots
def slot(c: Ctx, key: str) -> list[Seg]:
    if key in c.cache:
        return c.cache[key]
    base, _, tag = key.partition("#")
    r = c.rng
    out: list[Seg]
    if ":" in base:  # person form: P:full.gen
        who, form = base.split(":")
        form, _, case = form.partition(".")
        out = c.person(who).form(form, case or "nom")
    elif base == "date":
        d = c.date_for(tag or f"x{r.random()}")
        out = date_ru(r, d) if c.lang == "ru" else date_en(r, d, uk=tag.endswith("uk"))
    elif base == "dateuk":
        out = date_en(r, c.date_for(tag or f"x{r.random()}"), uk=True)
    elif base == "dob":
        while True:
            out = date_ru(r, c.dob) if c.lang == "ru" else date_en(r, c.dob, uk=r.random() < 0.3)
            t = next(x for x, y in out if y == "DATE")
            if str(c.dob.year) in t or re.search(r"(\.\d\d|'\d\d|/\d+/\d\d)$", t):
                break
    elif base == "byear":
        out = [(str(c.dob.year), "DATE")]
    elif base == "year":
        out = [(str(c.date_for(tag or "y").year - r.randint(0, 6)), "DATE")]
    elif base == "range":
        a = c.date_for("adm")
        b = c.date_for("dis")
        mon = DATA["ru_months_gen"][b.month - 1]
        if a.month == b.month and r.random() < 0.6:
            out = [
                ("с ", None),
                (str(a.day), "DATE"),
                (" по ", None),
                (f"{b.day} {mon} {b.year}", "DATE"),
                (r.choice([" г.", " года", ""]), None),
            ]
        elif r.random() < 0.5:
            out = [("с ", None), (f"{a:%d.%m}", "DATE"), (" по ", None), (f"{b:%d.%m.%Y}", "DATE")]
        else:
            out = [("с ", None), *date_ru(r, a, long_ok=False), (" по ", None), *date_ru(r, b, long_ok=False)]
    elif base == "monyear":
        d = c.date_for(tag or "m")
        out = [
            (f"{DATA['ru_months_prep'][d.month - 1]} {d.year}", "DATE"),
            (r.choice([" г.", " года", "г."]), None),
        ]
    elif base == "age":
        out = [(years_ru(c.age()) if c.lang == "ru" else f"{c.age()}", None)]
    elif base == "addr":
        out = [(addr_ru(r), "ADDRESS")]
    elif base in ("addr_us", "addr_ca", "addr_uk", "addr_au"):
        out = [(addr_en(r, base[-2:]), "ADDRESS")]
    elif base == "phone":
        out = [(phone_ru(r), "PHONE")]
    elif base in ("phone_us", "phone_uk", "phone_au", "phone_ca"):
        out = [(phone_en(r, base[-2:]), "PHONE")]
    elif base == "hotline":
        out = [(r.choice(["8 800 555 35 35", "8-800-200-03-89", "8 (800) 100-63-63", "122"]), "PHONE")]
    elif base == "email":
        out = [(email_for(c, tag or "P"), "EMAIL")]
    elif base == "wemail":
        who = c.person(tag or "D1")
        first = translit(who.first) if isinstance(who, PersonRU) else who.first.lower()
        last = translit(who.sur) if isinstance(who, PersonRU) else re.sub(r"[^a-z]", "", who.last.lower())
        web = r.choice(DATA["ru_hospital_web"] if c.lang == "ru" else DATA["en_hosp_web"])
        out = [(f"{first[0]}.{last}@{web}", "EMAIL")]
    elif base == "url":
        web = r.choice(DATA["ru_hospital_web"] if c.lang == "ru" else DATA["en_hosp_web"])
        out = [
            (
                r.choice(
                    [
                        f"https://{web}",
                        f"www.{web}",
                        f"https://{web}/patients/{digits(r, 6)}",
                        f"http://lk.{web}/doc?id={digits(r, 8)}",
                    ]
                ),
                "URL",
            )
        ]
    elif base == "ip":
        out = [
            (
                f"{r.choice([10, 172, 192, 85, 46])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                "URL",
            )
        ]
    elif base == "snils":
        out = [(snils(r), "ID")]
    elif base == "inn":
        out = [(inn(r, 12), "ID")]
    elif base == "inn10":
        out = [(inn(r, 10), "ID")]
    elif base == "oms":
        n = digits(r, 16)
        out = [(r.choice([n, f"{n[:4]} {n[4:8]} {n[8:12]} {n[12:]}"]), "ID")]
    elif base == "passport":
        out = [(f"{r.randint(1, 99):02d} {r.randint(0, 24):02d} {digits(r, 6)}", "ID")]
    elif base == "pser":
        out = [
            (
                r.choice(
                    [
                        f"{r.randint(1, 99):02d} {r.randint(0, 24):02d}",
                        f"{r.randint(1, 99):02d}{r.randint(0, 24):02d}",
                    ]
                ),
                "ID",
            )
        ]
    elif base in ("pnum", "dnum", "bnum"):
        out = [(digits(r, 6), "ID")]
    elif base == "kod":
        out = [(r.choice(["770-001", f"{r.randint(100, 999)}-{r.randint(1, 99):03d}"]), "ID")]
    elif base == "dser":
        out = [(f"{r.randint(1, 99):02d} {r.randint(17, 25)}", "ID")]
    elif base == "rser":
        out = [
            (
                r.choice(
                    [
                        f"{r.randint(1, 99):02d}-{r.randint(17, 25)}",
                        f"{digits(r, 4)}",
                        f"{r.randint(1, 99):02d}МО",
                    ]
                ),
                "ID",
            )
        ]
    elif base == "rnum":
        out = [(r.choice([digits(r, 6), digits(r, 9), f"0{digits(r, 7)}"]), "ID")]
    elif base == "bser":
        out = [
            (
                f"{r.choice(['II', 'III', 'IV', 'V', 'VI', 'VIII'])}-{r.choice(['МЮ', 'КБ', 'ИР', 'ТО', 'АИ'])}",
                "ID",
            )
        ]
    elif base == "ogrn":
        out = [(f"{r.choice([1, 5])}{digits(r, 12)}", "ID")]
    elif base == "eln":
        out = [(f"9{digits(r, 11)}", "ID")]
    elif base == "mk":
        out = [
            (
                r.choice(
                    [
                        digits(r, 5),
                        f"{r.randint(100, 9999)}/{c.base.year % 100}",
                        f"{r.randint(1, 99)}-{digits(r, 4)}",
                    ]
                ),
                "ID",
            )
        ]
    elif base == "ib":
        out = [
            (
                r.choice(
                    [f"{r.randint(100, 9999)}-{c.base.year % 100}", f"{digits(r, 6)}", f"ИБ-{digits(r, 5)}"]
                ),
                "ID",
            )
        ]
    elif base == "lpu":
        out = [(f"000{digits(r, 6)}", "ID")]
    elif base == "barcode":
        out = [(f"46{digits(r, 11)}", "ID")]
    elif base == "sample":
        out = [
            (
                r.choice([f"PCR-{c.base.year % 100}-{digits(r, 6)}", f"{digits(r, 10)}", f"К{digits(r, 7)}"]),
                "ID",
            )
        ]
    elif base == "mrn":
        out = [
            (
                r.choice(
                    [f"{digits(r, 7)}", f"MRN{digits(r, 6)}", f"{digits(r, 3)}-{digits(r, 2)}-{digits(r, 2)}"]
                ),
                "ID",
            )
        ]
    elif base == "acct":
        out = [(f"{r.choice(['A', 'V', 'E'])}{digits(r, 9)}", "ID")]
    elif base == "medicare_us":
        ch = "ACDEFGHJKMNPQRTUVWXY"
        out = [
            (
                f"{r.randint(1, 9)}{r.choice(ch)}{r.choice(ch)}{r.randint(0, 9)}-{r.choice(ch)}{r.choice(ch)}{r.randint(0, 9)}-"
                f"{r.choice(ch)}{r.choice(ch)}{r.randint(0, 9)}{r.randint(0, 9)}",
                "ID",
            )
        ]
    elif base == "medicare_au":
        out = [(f"{r.randint(2, 6)}{digits(r, 3)} {digits(r, 5)} {r.randint(1, 9)}", "ID")]
    elif base == "ohip":
        out = [(f"{digits(r, 4)}-{digits(r, 3)}-{digits(r, 3)}-{r.choice(['AB', 'KX', 'MT', 'ZZ'])}", "ID")]
    elif base == "nhs":
        out = [(nhs_number(r), "ID")]
    elif base == "hosp":
        out = [(r.choice(DATA["ru_hospitals"] if c.lang == "ru" else DATA["en_hospitals"]), "ORG")]
    elif base == "employer":
        out = [(r.choice(DATA["ru_employers"] if c.lang == "ru" else DATA["en_employers"]), "ORG")]
    elif base == "school":
        out = [(r.choice(DATA["ru_schools"]), "ORG")]
    elif base == "kinder":
        out = [(r.choice(DATA["ru_kinder"]), "ORG")]
    elif base == "issuer":
        out = [(r.choice(DATA["ru_issuers"]), "ORG")]
    elif base == "epo":
        out = marked(r.choice(DATA["ru_eponym_sentences"] if c.lang == "ru" else DATA["en_eponym_sentences"]))
    elif base == "noise":
        out = marked(r.choice(DATA["ru_noise"] if c.lang == "ru" else DATA["en_noise"]))
    elif base == "city":
        out = [(r.choice(DATA["ru_city_bare"]), None)]
    elif base == "cityprep":
        out = [(r.choice(DATA["ru_city_prep"]), None)]
    elif base == "docno":  # number of a per-patient document: an identifier
        lo, hi = (int(x) for x in tag.split("-"))
        out = [(str(r.randint(lo, hi)), "ID")]
    elif base == "n":
        lo, hi = (int(x) for x in tag.split("-"))
        out = [(str(r.randint(lo, hi)), None)]
    else:
        raise KeyError(key)
    if "#" in key:
        c.cache[key] = out
    return out


TOKEN = re.compile(r"\{([^{}]+)\}|\[\[(.+?)\]\]")


def render(c: Ctx, doc: Doc, template: str) -> None:
    pos = 0
    for m in TOKEN.finditer(template):
        chunk = template[pos : m.start()]
        doc.add(chunk[1:] if chunk.startswith(".") and doc.text.endswith(".") else chunk)
        if m.group(1) is not None:
            for text, typ in slot(c, m.group(1)):
                doc.add(text, typ)
        else:
            doc.add(m.group(2), "EPO")
        pos = m.end()
    tail = template[pos:]
    doc.add(tail[1:] if tail.startswith(".") and doc.text.endswith(".") else tail)


def sex(c: Ctx, male: str, female: str, key: str = "P") -> str:
    return male if c.person(key).male else female


def rel(c: Ctx, key: str, m1: str, m2: str, f1: str, f2: str) -> str:
    return c.rng.choice([m1, m2] if c.person(key).male else [f1, f2])


def opt(c: Ctx, p: float, s: str) -> str:
    return s if c.rng.random() < p else ""


def pick(c: Ctx, *options: str) -> str:
    return c.rng.choice(options)


# ----------------------------------------------------------------------------------------------- Russian templates
def ru_neuro(c: Ctx) -> str:
    return (
        "{hosp}\nНеврологическое отделение для больных с ОНМК\n"
        + pick(c, "ВЫПИСНОЙ ЭПИКРИЗ", "ВЫПИСКА ИЗ МЕДИЦИНСКОЙ КАРТЫ СТАЦИОНАРНОГО БОЛЬНОГО")
        + " № {ib#1}\n\n"
        + pick(c, "Ф.И.О.: {P:full}", "ФИО пациента: {P:caps}", "Пациент {P:full}")
        + ", {age}, д.р. {dob}\n"
        "Адрес регистрации: {addr}\n"
        + opt(c, 0.6, "Полис ОМС {oms}, СНИЛС {snils}\n")
        + "Находился на стационарном лечении {range}.\n"
        "Диагноз основной: Ишемический инсульт в бассейне левой средней мозговой артерии (I63.5), кардиоэмболический подтип.\n"
        "Анамнез: со слов "
        + pick(c, "супруги", "родственников")
        + ", {S:io.gen}, заболел остро {date#onset} около 07:30, "
        "когда появилась слабость в правых конечностях. Доставлен бригадой СМП.\n"
        "{noise} {noise}\n{epo}\n"
        "Консультирован кардиологом {D3:fio.ins}, рекомендован апиксабан 5 мг 2 р/сут.\n"
        "Выписывается под наблюдение невролога по месту жительства. Явка {date#ctrl}.\n\n"
        "Лечащий врач ____________ {D1:fio}\nЗав. отделением ____________ {D2:ifo}\n"
    )


def ru_cardio(c: Ctx) -> str:
    return (
        "ЭПИКРИЗ\nКардиологическое отделение № 2, {hosp}\n"
        "{P:full} ("
        + pick(c, "{byear} г.р.", "{byear}г.р.", "д.р. {dob}")
        + ") поступил(а) {date#adm} по экстренным показаниям "
        "с жалобами на давящие боли за грудиной.\n"
        "ЭКГ при поступлении: элевация ST в V1–V4. КАГ: окклюзия ПМЖВ, выполнено стентирование (1 DES).\n"
        "{noise}\n{noise}\n{epo}\n"
        "Пациент выписан(а) {date#dis} в удовлетворительном состоянии. "
        "Направлен на реабилитацию в {hosp#2}.\n"
        "Рекомендовано: контроль липидограммы через 6 недель; при возобновлении болей — вызов СМП по тел. 103 или 112.\n"
        "Контактный телефон пациента: {phone}\n"
        + opt(c, 0.5, "Врач-кардиолог {D1:fio}, тел. отделения {phone#dep}\n")
    )


def ru_pediatric(c: Ctx) -> str:
    return (
        "ГБУЗ ДЕТСКАЯ ГОРОДСКАЯ БОЛЬНИЦА\nПЕДИАТРИЧЕСКОЕ ОТДЕЛЕНИЕ\nВЫПИСКА\n"
        "Ребёнок: {C:full}, дата рождения {date#cb}\n"
        "Свидетельство о рождении: серия {bser} № {bnum}\n"
        "Мать: {M:full}, тел. {phone}\n" + opt(c, 0.5, "Отец: {F:full}\n") + "Посещает {kinder}.\n"
        "Находился на лечении с диагнозом: Острый обструктивный бронхит, ДН 0–I.\n"
        "{noise}\n{epo}\n"
        "Со слов мамы, {M:io.gen}, ребёнок болен 3-й день, температура до 38,9.\n"
        "Проконсультирован ЛОР-врачом {D2:fio.ins}.\n"
        "Выписан в детский сад с {date#dis}. Справка для {kinder#k} выдана на руки {M:fio.dat}.\n"
        "Врач-педиатр {D1:fio}\n"
    )


def ru_obstetric(c: Ctx) -> str:
    c.dob = c.base - dt.timedelta(days=c.rng.randint(18 * 365, 43 * 365))
    return (
        "{hosp}\nРОДИЛЬНОЕ ОТДЕЛЕНИЕ\nИСТОРИЯ РОДОВ № {ib#1}\n"
        "Роженица {Q:full}, {age}, "
        + pick(
            c, "беременность 2-я, роды 2-е.", "первобеременная, первородящая.", "беременность 3-я, роды 2-е."
        )
        + "\nОбменная карта выдана ЖК № {n#1-40}, встала на учёт {date#reg}.\n"
        "Муж: {H:full}, тел. {phone}.\n"
        "Дата родов: {date#dis}, время 04:35. Родился живой доношенный мальчик, масса 3540 г, рост 52 см.\n"
        "[[Оценка по шкале Апгар]] 8/9 баллов.\n"
        "Послеродовый период: {noise}\n{epo}\n"
        "Родоразрешение провела врач акушер-гинеколог {D1:fio}, акушерка {N1:fio}, неонатолог {D2:ifo}.\n"
        "Адрес для патронажа: {addr}\n"
    )


def ru_surgery(c: Ctx) -> str:
    return (
        "ПРОТОКОЛ ОПЕРАЦИИ № {docno#100-999}\n"
        "Пациент: {P:fio}, ИБ {ib#1}\n"
        "Дата операции: {date#adm}. Начало 10:20, окончание 12:05.\n"
        "Хирург: {D1:fio}, ассистент: {D2:fio}, анестезиолог: {D3:fio}, операционная м/с: {N1:fio}.\n"
        "Диагноз: Острый флегмонозный аппендицит. Местный перитонит.\n"
        "Операция: "
        + pick(
            c,
            "Лапароскопическая аппендэктомия.",
            "Лапаротомия, [[операция Гартмана]].",
            "Аппендэктомия из доступа [[по Волковичу–Дьяконову]].",
        )
        + "\n"
        "Анестезия: ЭТН. Кровопотеря 50 мл. {noise}\n"
        "Установлен дренаж в малый таз. {epo}\n"
        "Макропрепарат отправлен на гистологию, направление № {sample#h}.\n"
        + opt(c, 0.5, "Протокол записан со слов хирурга {D1:sur.gen} операционной м/с {N1:sur.ins}.\n")
    )


def ru_lab_request(c: Ctx) -> str:
    return (
        "ЗАЯВКА НА ЛАБОРАТОРНОЕ ИССЛЕДОВАНИЕ\n"
        "Отделение: терапия, палата {n#100-520}\n"
        "Пациент: {P:full}\nДата рождения: {dob}\nПол: " + sex(c, "М", "Ж") + "\n"
        "МК № {mk#1}\nПолис ОМС: {oms}\n"
        "Исследования: ОАК с лейкоцитарной формулой, [[анализ мочи по Нечипоренко]], СРБ, прокальцитонин.\n"
        "Биоматериал: кровь венозная, моча. Штрих-код пробирки: {barcode}\n"
        "Дата и время взятия: {date#adm} 07:15\n"
        "Назначил: {D1:fio}\nВзятие провела: м/с {N1:fio}\n"
        "{noise}\n"
    )


def ru_pcr(c: Ctx) -> str:
    return (
        pick(c, "РЕЗУЛЬТАТ ИССЛЕДОВАНИЯ МЕТОДОМ ПЦР", "Результат лабораторного исследования (ПЦР)") + "\n"
        "Лаборатория: {hosp}\n"
        "Номер образца: {sample#1}    Штрих-код: {barcode}\n"
        "Ф.И.О.: {P:caps}\nДата рождения: {dob}\nАдрес: {addr}\n"
        "Вид биоматериала: мазок из носо- и ротоглотки.\n"
        "Дата взятия: {date#adm}   Дата выполнения: {date#res}\n"
        "РНК SARS-CoV-2: "
        + pick(c, "не обнаружена", "ОБНАРУЖЕНА (Ct 27)")
        + ". РНК вируса гриппа A/B: не обнаружена.\n"
        "Исследование выполнил: врач КЛД {D1:fio}\n"
        "Проверить подлинность: {url}\n" + opt(c, 0.5, "Результат также направлен на e-mail {email}\n")
    )


def ru_mse(c: Ctx) -> str:
    return (
        "НАПРАВЛЕНИЕ НА МЕДИКО-СОЦИАЛЬНУЮ ЭКСПЕРТИЗУ (форма 088/у)\n"
        "1. Гражданин: {P:full}\n2. Дата рождения: {dob} ({age})\n3. Пол: "
        + sex(c, "мужской", "женский")
        + "\n"
        "4. Адрес места жительства: {addr}\n"
        "5. СНИЛС: {snils}   ИНН: {inn}   ЕНП: {oms#e}\n"
        "6. Документ, удостоверяющий личность: паспорт серия {pser} номер {pnum}\n"
        "7. Место работы: {employer}, должность — "
        + pick(c, "монтёр пути", "бухгалтер", "водитель", "оператор ЭВМ", "учитель")
        + ".\n"
        "8. Представитель: {R:full}, " + rel(c, "R", "сын", "брат", "дочь", "сестра") + ", тел. {phone}\n"
        "9. Клинико-функциональный диагноз: Последствия ОНМК. Правосторонний гемипарез. {epo}\n"
        "{noise}\nЛист нетрудоспособности № {eln} открыт {date#eln}, продлевался ВК.\n"
        "Председатель ВК: {D1:fio}\nЧлены ВК: {D2:fio}, {D3:fio}\n"
    )


def ru_sanatorium(c: Ctx) -> str:
    return (
        "САНАТОРНО-КУРОРТНАЯ КАРТА (форма 072/у) № {docno#1000-9999}\n"
        "Выдана: {date#adm}\n1. Фамилия, имя, отчество: {P:full}\n2. Пол: "
        + sex(c, "м", "ж")
        + "  3. Дата рождения: {dob}\n"
        "4. Адрес: {addr}\n5. Место работы: {employer}\n6. Полис ОМС: {oms}\n"
        "7. Путёвка в санаторий «Красноусольск», " + "{range}" + ".\n"
        "Основной диагноз: Остеохондроз поясничного отдела. {noise}\n{epo}\n"
        "Лечащий врач: {D1:fio}\nЗав. отделением: {D2:fio}\n"
    )


def ru_death(c: Ctx) -> str:
    return (
        "МЕДИЦИНСКОЕ СВИДЕТЕЛЬСТВО О СМЕРТИ\nСерия {dser} № {dnum}\n"
        "Дата выдачи: {date#dis}\n"
        "1. Фамилия, имя, отчество умершего: {P:full}\n2. Пол: " + sex(c, "мужской", "женский") + "\n"
        "3. Дата рождения: {dob}\n4. Дата смерти: {date#death}, время 03:40\n"
        "5. Место постоянного жительства: {addr}\n"
        "6. Смерть наступила: в стационаре.\n"
        "Причины смерти: а) отёк головного мозга; б) внутримозговое кровоизлияние; в) гипертоническая болезнь. {epo}\n"
        "Свидетельство получил(а): {R:full}, паспорт {passport}, "
        + rel(c, "R", "сын", "муж", "дочь", "жена")
        + "\n"
        "Врач, заполнивший свидетельство: {D1:fio}\n"
    )


def ru_recipe(c: Ctx) -> str:
    return (
        "{hosp}\nРЕЦЕПТ (форма 148-1/у-04(л))\nСерия {rser} № {rnum}    Дата выписки: {date#adm}\n"
        "Ф.И.О. пациента: {P:full}\nДата рождения: {dob}\nСНИЛС: {snils}\nПолис ОМС: {oms}\n"
        "Номер медицинской карты: {mk#1}\n"
        "Ф.И.О. врача: {D1:full}\n"
        "Rp.: Sol. Insulini glargini 100 ЕД/мл — 3 мл № 5\nD.S. 18 ЕД п/к в 22:00.\n"
        "Рецепт действителен 30 дней. {noise}\n"
    )


def ru_consent(c: Ctx) -> str:
    return (
        "ИНФОРМИРОВАННОЕ ДОБРОВОЛЬНОЕ СОГЛАСИЕ НА МЕДИЦИНСКОЕ ВМЕШАТЕЛЬСТВО\n"
        "Я, {P:full}, " + pick(c, "{byear} года рождения", "дата рождения {dob}") + ",\n"
        "паспорт: серия {pser} номер {pnum}, выдан {issuer} {date#iss}, код подразделения {kod},\n"
        "зарегистрированный(ая) по адресу: {addr},\n"
        "даю информированное добровольное согласие на проведение "
        + pick(c, "коронарографии", "ФГДС под седацией", "катетеризации мочевого пузыря ([[катетер Фолея]])")
        + " в {hosp}.\n"
        "Мне разъяснены возможные осложнения. {epo}\n"
        "Доверенное лицо: {R:full}, тел. {phone}\n"
        "Подпись пациента ________ Дата: {date#adm}\n"
        "Врач: {D1:fio} ________\n"
    )


def ru_complaint(c: Ctx) -> str:
    return (
        "Главному врачу {hosp}\n{D3:fio.dat}\nот {Q:full.gen},\nпроживающей по адресу: {addr},\n"
        "тел. {phone}, e-mail: {email#Q}\n\nЖАЛОБА\n\n"
        "{date#adm} я обратилась в приёмное отделение с "
        + pick(c, "сильными болями в животе", "высокой температурой")
        + ". "
        "Дежурный врач {D1:full} "
        + ("осмотрел" if c.person("D1").male else "осмотрела")
        + " меня только через 4 часа. Медсестра {N1:io} грубила и отказалась "
        "дать обезболивающее. На мой вопрос, почему не приходит хирург, мне ответили, чтобы я жаловалась "
        "{D2:sur.dat}. Позже я узнала у {D2:io.gen}, что "
        + pick(c, "мои анализы потеряли.", "направление не было оформлено.")
        + "\n"
        "Прошу провести проверку и сообщить о результатах по адресу {email#Q} или по телефону {phone#2}.\n"
        "Прошу также выдать мне копию ИБ № {ib#1}.\n\n{date#sig}    {Q:fio}\n"
    )


def ru_telemed(c: Ctx) -> str:
    return (
        "ПРОТОКОЛ ТЕЛЕМЕДИЦИНСКОЙ КОНСУЛЬТАЦИИ (врач — пациент)\n"
        "Дата: {date#adm}, 18:40–19:05. Платформа: {url}, IP пациента: {ip}\n"
        "Консультант: {D1:full}, врач-эндокринолог.\nПациент: {P:full}, {age}, СНИЛС {snils}\n\n"
        "Врач: Добрый вечер, {P:io}. Как ваше самочувствие?\n"
        "Пациент: Здравствуйте. Сахар утром 9–10, вечером до 12. Мне вас рекомендовала {R:fi}, "
        "она у вас лечилась.\n"
        "Врач: Понятно. Вы сейчас в {cityprep}?\n"
        "Пациент: Да, но с " + "{date#trip}" + " буду у дочери, её телефон {phone}.\n"
        "Врач: Хорошо. {noise}\n"
        "Пациент: Ещё {D2:io} из поликлиники говорил(а) про [[болезнь Иценко–Кушинга]], это опасно?\n"
        "Врач: Это нужно исключить, сдайте кортизол. Напишите мне на {wemail#D1}.\n"
    )


def ru_nursing(c: Ctx) -> str:
    return (
        pick(c, "Дневник наблюдения", "ДНЕВНИК", "Сестринская запись") + " {date#adm} 22:00\n"
        "{Q:io} сообщила, что плохо спала, беспокоит головная боль. {noise}\n"
        "В 23:30 приходила дочь пациентки, {M:io}, передала лекарства. Дочь просила звонить на {phone}.\n"
        "Дежурный врач {D1:io} осмотрел(а), назначен парацетамол 500 мг.\n"
        "Смену сдала: м/с {N1:lower}. Смену приняла: м/с {N2:fio}.\n"
        "{epo}\n"
    )


def ru_eln(c: Ctx) -> str:
    return (
        "ЛИСТОК НЕТРУДОСПОСОБНОСТИ (ЭЛН)\nНомер ЭЛН: {eln}\n"
        "Медицинская организация: {hosp}, ИНН {inn10}, ОГРН {ogrn}\n"
        "Пациент: {P:caps}\nДата рождения: {dob}\nСНИЛС: {snils}\nИНН: {inn}\n"
        "Место работы: {employer}\n"
        "Освобождение от работы {range}\n"
        "Врач: {D1:fio}\nПредседатель ВК: {D2:fio}\n"
        "Приступить к работе: {date#work}\n{noise}\n"
    )


def ru_school(c: Ctx) -> str:
    return (
        "МЕДИЦИНСКАЯ СПРАВКА (форма 086/у)\nВыдана для предоставления в {school}\n"
        "Ф.И.О.: {C:full}, дата рождения: {date#cb}\n"
        "Адрес: {addr}\nМать: {M:fio}, тел. {phone}\n"
        "Перенесённые заболевания: ветряная оспа, ОРВИ. [[Проба Манту]] — отрицательная.\n"
        "Заключение: здоров(а), группа здоровья II, физкультурная группа основная.\n"
        "Врач-педиатр участковый {D1:fio}     {date#adm}\n"
    )


def ru_vk(c: Ctx) -> str:
    return (
        "ПРОТОКОЛ ВРАЧЕБНОЙ КОМИССИИ № {docno#10-999}\nот {date#adm}\n"
        "Председатель: {D1:full}\nЧлены комиссии: {D2:fio}, {D3:fio}\nСекретарь: {N1:fio}\n"
        "Рассмотрен вопрос о назначении лекарственного препарата вне стандарта пациентке {Q:full.dat}, "
        "{byear} г.р., проживающей по адресу {addr}.\n"
        "Докладывал зав. отделением {D2:fio}. {epo}\n{noise}\n"
        "Решение: назначить. Пациентка с решением ознакомлена. Копию направить в {hosp} и на e-mail {email#Q}.\n"
    )


def ru_ambulance(c: Ctx) -> str:
    return (
        "КАРТА ВЫЗОВА СМП № {docno#1000-99999}\nДата: {date#adm}  Вызов принят 02:14  Прибытие 02:31\n"
        "Адрес вызова: {addr}\nВызывающий: {R:full}, "
        + pick(c, "соседка", "внук", "жена", "коллега")
        + ", тел. {phone}\n"
        "Больной: {P:lower}, {age}\n"
        "Жалобы: боль в груди, одышка. Со слов вызывающего, больной упал на улице у магазина.\n"
        "{noise}\n{noise}\n"
        "Доставлен в {hosp}, передан дежурному врачу {D2:fio.dat}.\n"
        "Бригада: фельдшер {D1:fio}, водитель {F:sur}\n"
    )


def ru_polyclinic(c: Ctx) -> str:
    return (
        "Осмотр терапевта на дому\n{date#adm}\n"
        "Пациент {P:fio}, {age}. Проживает в {cityprep} с {year#1}"
        + pick(c, " г.", "г.", " года")
        + ", ранее жил(а) в {cityprep#2}.\n"
        "Со слов {P:io.gen}, ухудшение последние 3 дня. У {M:sur.gen} (соседка) есть ключи от квартиры. Созванивались с {D3:suri.ins}.\n"
        "{noise} {noise}\n{epo}\n"
        "Направлен к {D2:fio.dat} (кардиолог). Запись через регистратуру {hotline} или {url}.\n"
        "Врач {D1:fio}\n"
    )


def ru_referral_chat(c: Ctx) -> str:
    return (
        "из переписки в мессенджере (добавлено в МИС):\n"
        "[{date#adm} 09:12] {D1:io}: коллеги, принимаете {Q:sur.gen} на плановую? ИБ {ib#1}\n"
        "[{date#adm} 09:20] {D2:first}: да, пусть придёт с направлением и снилсом {snils}\n"
        "[{date#adm} 09:31] {D1:io}: ок, её тел. {phone}, в карте пациента ЛПУ {lpu}\n"
        "[{date#adm} 09:40] {D2:first}: записала на {date#plan}, кабинет 214. {noise}\n"
    )


def ru_azeri(c: Ctx) -> str:
    # Names with -кызы/-оглы patronymics, instrumental/dative forms, split names across a line break.
    return (
        "ВЫПИСКА ИЗ АМБУЛАТОРНОЙ КАРТЫ\n"
        "Пациент: {P:split}\nдата рождения: {dob}, {age}\n"
        "Адрес: {addr}\n"
        "Беседа проведена с {P:full.ins} и её (его) братом {B:fio.ins}. Результаты переданы {P:full.dat}.\n"
        "{epo}\n{noise}\n"
        "Рекомендовано обратиться к {D1:fio.dat} в {hosp}. Тел. регистратуры {phone#r}, горячая линия: {hotline}.\n"
    )


RU_TEMPLATES: list[tuple[str, Callable[[Ctx], str]]] = [
    ("discharge_neurology", ru_neuro),
    ("discharge_cardiology", ru_cardio),
    ("discharge_pediatrics", ru_pediatric),
    ("obstetrics", ru_obstetric),
    ("operation_protocol", ru_surgery),
    ("lab_request", ru_lab_request),
    ("pcr_result", ru_pcr),
    ("mse_referral", ru_mse),
    ("sanatorium_card", ru_sanatorium),
    ("death_certificate", ru_death),
    ("prescription", ru_recipe),
    ("informed_consent", ru_consent),
    ("patient_complaint", ru_complaint),
    ("telemedicine", ru_telemed),
    ("nursing_diary", ru_nursing),
    ("sick_leave", ru_eln),
    ("school_certificate", ru_school),
    ("medical_commission", ru_vk),
    ("ambulance_call", ru_ambulance),
    ("home_visit", ru_polyclinic),
    ("messenger_excerpt", ru_referral_chat),
    ("outpatient_extract", ru_azeri),
]


# ----------------------------------------------------------------------------------------------- English templates
def en_operative(c: Ctx) -> str:
    return (
        "OPERATIVE REPORT\n{hosp}\n"
        "Patient: {P:caps}    MRN: {mrn#1}    DOB: {dob}\n"
        "Date of Surgery: {date#adm}\n"
        "Surgeon: {D1:md}\nAssistant: {D2:md}\nAnesthesia: {D3:dr}, general endotracheal\n"
        "Circulating RN: {N1:full}\n"
        "Preoperative diagnosis: Periampullary adenocarcinoma.\n"
        "Procedure: "
        + pick(
            c,
            "Pylorus-preserving [[Whipple procedure]].",
            "Laparoscopic [[Nissen fundoplication]].",
            "Laparoscopic cholecystectomy with intraoperative cholangiogram.",
        )
        + "\n"
        "EBL 350 mL. {noise}\n{epo}\n"
        "Findings were discussed with the patient's "
        + rel(c, "R", "husband", "son", "wife", "daughter")
        + ", {R:full}, "
        "at {phone_us} after the case.\n"
    )


def en_radiology(c: Ctx) -> str:
    return (
        "{hosp} - Department of Diagnostic Imaging\n"
        "EXAM: CT HEAD WITHOUT CONTRAST\nAccession #: {acct}\n"
        "Patient: {P:lf}  DOB: " + pick(c, "{dob}", "{byear}") + "  MRN: {mrn#1}\n"
        "Referring physician: {D1:dr}  (fax {phone_us#fax})\n"
        "Exam date: {date#adm}\n"
        "CLINICAL HISTORY: Fall at home, on anticoagulation. {epo}\n"
        "COMPARISON: Prior CT from {date#prior}.\n"
        "FINDINGS: No acute intracranial hemorrhage. Chronic small vessel ischemic change. {noise}\n"
        "IMPRESSION: No acute intracranial abnormality.\n"
        "Dictated by: {D2:md}   Signed: {date#adm} 16:42\n"
        + opt(c, 0.5, "Results called to {D1:dr} by {D2:init}.\n")
    )


def en_handoff(c: Ctx) -> str:
    return (
        "nursing handoff - " + pick(c, "nights", "days", "eves") + " {date#adm}\n"
        "rm 12b: {P:lower}, {age}yo (dob "
        + pick(c, "{dob}", "{byear}")
        + "), "
        + pick(c, "chf exacerbation", "copd", "post-op day 2 lap chole")
        + ". a&ox3. {noise}\n"
        "{epo}\n"
        "family: daughter {R:lower} visiting, wants a call at {phone_us} if any change.\n"
        "pt's son {B2:first} lives in town, not on contact list.\n"
        "md on call {D1:lower} aware of k 3.3, replacing.\n"
        "report given to {N2:lower} rn.\n"
    )


def en_pharmacy(c: Ctx) -> str:
    return (
        "PHARMACY NOTE - Anticoagulation Service\n"
        "Pt: {P:full}, MRN {mrn#1}, acct {acct}\n"
        "Consult from {D1:dr} for warfarin dosing. {noise}\n"
        "Home meds per pt and pharmacy ({employer} pharmacy, {phone_us#ph}).\n"
        "{epo}\n"
        "Plan: warfarin 5 mg tonight, INR in AM. Discussed with {D1:dr} and RN {N1:first}.\n"
        "-- {N2:full}, PharmD, {date#adm}\n"
    )


def en_uk_letter(c: Ctx) -> str:
    return (
        "{hosp}\nDepartment of Rheumatology\n\nDr {D1:full}\n{addr_uk#gp}\n\n"
        "Date: {dateuk#adm}\n\nDear Dr {D1:last},\n\n"
        "Re: {P:title}, DOB {dob}, NHS No: {nhs}\n{addr_uk}\n\n"
        "Thank you for referring this "
        + "{age}"
        + "-year-old "
        + pick(c, "retired teacher", "bus driver", "nurse")
        + " whom I saw in clinic on {dateuk#seen}. {epo}\n{noise}\n"
        "I have asked {P:title} to contact our specialist nurse {N1:full} on {phone_uk} "
        "or by email at {wemail#N1}.\n\nYours sincerely,\n\n{D2:full}\nConsultant Rheumatologist\n"
    )


def en_discharge(c: Ctx) -> str:
    return (
        "DISCHARGE SUMMARY\n{hosp}\n"
        "Name: {P:fullm}   MRN: {mrn#1}   Acct: {acct}\n"
        "Admit: {date#adm}   Discharge: {date#dis}\n"
        "Attending: {D1:md}\nPCP: {D2:dr}\n"
        "Medicare ID: {medicare_us}\n"
        "HPI: {age} y/o with " + pick(c, "community-acquired pneumonia", "NSTEMI", "DKA") + ". "
        "Pt seen w/ " + pick(c, "wife", "husband", "partner") + " {W:first} at bedside. {noise}\n"
        "{epo}\n{noise}\n"
        "Disposition: home with home health ({employer} benefits). Address on file: {addr_us}\n"
        "Follow up with {D2:dr} on {date#fu}. Questions: {phone_us}.\n"
    )


def en_canada_ed(c: Ctx) -> str:
    return (
        "EMERGENCY DEPARTMENT RECORD - {hosp}\n"
        "Patient: {P:lf}\nHealth Card (OHIP): {ohip}\nDOB: {dob}\nAddress: {addr_ca}\n"
        "Triage {date#adm} 03:12, CTAS 2. {noise}\n"
        "Brought in by {R:full} ("
        + rel(c, "R", "father", "roommate", "mother", "coworker")
        + ") after syncopal episode at work ({employer}).\n"
        "[[Glasgow Coma Scale]] 15. {epo}\n"
        "ED physician: {D1:md}\nDisposition: admitted to medicine under {D2:dr}.\n"
    )


def en_au_gp(c: Ctx) -> str:
    return (
        "{D1:dr}\nParkside Family Practice, {addr_au#clinic}\nPh {phone_au#c}\n\n"
        "{dateuk#adm}\n\nTo the Registrar, Cardiology Outpatients, {hosp}\n\n"
        "Re: {P:full}, DOB {dob}\nMedicare No. {medicare_au}\nAddress: {addr_au}\nMobile: {phone_au}\n\n"
        "Thank you for seeing {P:first}, who presented with palpitations since {dateuk#onset}. {noise}\n{epo}\n"
        "{P:first}'s partner, {W:first}, reports witnessed pre-syncope.\n\nKind regards,\n{D1:full}\n"
    )


def en_portal(c: Ctx) -> str:
    return (
        "Patient portal message\nFrom: {P:full} <{email}>\nTo: {D1:dr}\nSent: {date#adm} 21:47\n"
        "Subject: question about my results\n\n"
        "Hi " + pick(c, "Dr. ", "Dr ", "") + "{D1:last}, I saw my labs on {url} and the "
        "[[Hashimoto thyroiditis]] antibody is high?? Should I be worried. My sister {R:first} has it too. "
        "You can call me at {phone_us} after 5. Thanks, {P:first}\n\n"
        "Reply ({D1:init}): Hi {P:first}, nothing urgent. {noise} We will recheck in 6 weeks. "
        "Login from IP {ip} recorded.\n"
    )


def en_lab(c: Ctx) -> str:
    return (
        "LABORATORY REPORT\n{hosp} Clinical Laboratory\n"
        "Patient: {P:caps}   MRN: {mrn#1}   DOB: {dob}\n"
        "Specimen ID: {sample#1}   Collected: {date#adm} 06:05   Received: {date#adm} 06:40\n"
        "Ordering provider: {D1:md}\n"
        "{noise}\n{noise}\n"
        "Gram stain: gram-negative rods. {epo}\n"
        "Critical value called to {N1:full}, RN by {N2:init} at 07:12.\n"
    )


def en_social(c: Ctx) -> str:
    return (
        "SOCIAL WORK NOTE {date#adm}\n"
        "Met with pt {Q:full} and her " + pick(c, "mother", "aunt", "friend") + " {M:full} at bedside. "
        "{Q:first} reports she lives alone at {addr_us}; previously worked at {employer} until {date#job}.\n"
        "Emergency contact: {M:first}, {phone_us}. Insurance: Medicaid, ID {acct}.\n"
        "{epo} Pt states she is 'as young as she feels'; mood stable. {noise}\n"
        "Plan: referral to {hosp#2} outpatient program. SW {N1:full}.\n"
    )


EN_TEMPLATES: list[tuple[str, Callable[[Ctx], str]]] = [
    ("operative_note", en_operative),
    ("radiology_report", en_radiology),
    ("nursing_handoff", en_handoff),
    ("pharmacy_note", en_pharmacy),
    ("referral_letter_uk", en_uk_letter),
    ("discharge_summary", en_discharge),
    ("ed_record_ca", en_canada_ed),
    ("gp_letter_au", en_au_gp),
    ("portal_message", en_portal),
    ("lab_report", en_lab),
    ("social_work_note", en_social),
]
LOWERABLE = {"nursing_diary", "ambulance_call", "messenger_excerpt", "nursing_handoff", "home_visit"}


# ----------------------------------------------------------------------------------------------- corpus
def check(rec: dict) -> None:
    text = rec["text"]
    spans = sorted(rec["entities"], key=lambda e: (e["start"], e["end"]))
    for e in spans:
        assert e["type"] in TYPES, e
        assert text[e["start"] : e["end"]] == e["text"], e
        assert e["text"] == e["text"].strip() and e["text"], e
    for a, b in zip(spans, spans[1:], strict=False):
        assert a["end"] <= b["start"], (a, b)
    for p in rec["eponyms"]:
        assert text[p["start"] : p["end"]] == p["text"], p
        assert not any(e["start"] < p["end"] and p["start"] < e["end"] for e in spans), p


def generate(n: int, seed: int) -> list[dict]:
    out = []
    for i in range(n):
        rng = random.Random(f"sealed-{seed}-{i}")
        lang = "ru" if rng.random() < 0.65 else "en"
        doc_type, fn = rng.choice(RU_TEMPLATES if lang == "ru" else EN_TEMPLATES)
        c = Ctx(rng, lang)
        template = fn(c)
        doc = Doc(case="lower" if doc_type in LOWERABLE and rng.random() < 0.3 else None)
        render(c, doc, template)
        rec = {
            "id": f"sealed-{seed}-{i:05d}",
            "lang": lang,
            "doc_type": doc_type,
            "text": doc.text,
            "entities": sorted(doc.ents, key=lambda e: e["start"]),
            "eponyms": doc.epos,
        }
        check(rec)
        out.append(rec)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", type=Path, required=True)
    a = ap.parse_args(argv)
    recs = generate(a.n, a.seed)
    with a.out.open("w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in recs:
        for e in r["entities"]:
            counts[e["type"]] = counts.get(e["type"], 0) + 1
    n_ep = sum(len(r["eponyms"]) for r in recs)
    print(
        f"{len(recs)} documents -> {a.out}; entities {dict(sorted(counts.items()))}; eponyms {n_ep}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
