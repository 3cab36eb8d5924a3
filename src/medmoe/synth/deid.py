"""Annotated synthetic clinical notes for evaluating de-identification (`medmoe synth deid`).

Two splits with separate data files: `data/deid_dev.json` (templates, names and formats looked at while the
detectors were written) and `data/deid_eval.json` (written afterwards, with other templates, name lists and
spellings: phone and date formats, ALL-CAPS and lowercase names, double surnames, addresses without
abbreviation dots...). The eval split measures generalisation, not memorisation.

Each record: {"id", "lang", "doc_type", "text", "entities": [{"start", "end", "type", "text"}],
"eponyms": [{"start", "end", "text"}]}. Gold spans follow medmoe's conventions: dates without "г."/"года",
identifiers from their first to last character, an address from index/city to flat, names as written.
A city alone and an age are not personal data and are not annotated.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from medmoe.deid.checksums import inn_complete, oms_check, snils_check
from medmoe.deid.dates import EN_MONTHS as EN_MONTH_NAMES
from medmoe.deid.dates import RU_MONTH_FORMS
from medmoe.deid.pseudonyms import CASES, SURN_ENDINGS

DATA_DIR = Path(__file__).resolve().parent / "data"
_OV_IN = {g: [SURN_ENDINGS[g][c] for c in CASES] for g in ("masc", "femn")}
_SURN_END = {
    "ov": _OV_IN,
    "in": _OV_IN,
    "sky": {"masc": ["ий", "ого", "ому", "ого", "им", "ом"], "femn": ["ая", "ой", "ой", "ую", "ой", "ой"]},
}
_PATR_END = {"masc": ["", "а", "у", "а", "ем", "е"], "femn": ["на", "ны", "не", "ну", "ной", "не"]}
RU_MONTHS_GEN = RU_MONTH_FORMS["gent"]
RU_MONTHS_ABBR = [m.rstrip(".") for m in RU_MONTH_FORMS["abbr"]]
EN_MONTHS = [m.capitalize() for m in EN_MONTH_NAMES]


@lru_cache(maxsize=2)
def load_split(split: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DATA_DIR / f"deid_{split}.json").read_text(encoding="utf-8"))
    return data


def decline_surname(surname: str, gender: str, case: str) -> str:
    i = CASES.index(case)
    parts = surname.split("-")
    out = []
    for p in parts:
        low = p.lower()
        if low.endswith(("ский", "цкий")):
            out.append(p[:-2] + _SURN_END["sky"][gender][i])
        elif low.endswith(("ов", "ев", "ёв")):
            out.append(p + _SURN_END["ov"][gender][i])
        elif low.endswith(("ин", "ын")) and len(low) > 4:
            out.append(p + _SURN_END["in"][gender][i])
        elif gender == "masc" and re.search(r"[бвгджзклмнпрстфхцчшщ]$", low):
            out.append(p + ["", "а", "у", "а", "ом", "е"][i])
        else:
            out.append(p)  # -енко, -ых, -дзе, -швили, Ким, foreign surnames on a vowel: indeclinable
    return "-".join(out)


def decline_patronymic(patr_masc: str, gender: str, case: str) -> str:
    i = CASES.index(case)
    if patr_masc.endswith(" оглы") or patr_masc.endswith(" кызы"):
        first, tail = patr_masc.rsplit(" ", 1)
        return first + " " + ("кызы" if gender == "femn" else "оглы")
    return patr_masc + _PATR_END[gender][i] if gender == "masc" else patr_masc[:-2] + _PATR_END[gender][i]


@lru_cache(maxsize=4096)
def decline_first(name: str, gender: str, case: str) -> str:
    from medmoe.deid.morph import morph

    for p in morph().parse(name.lower()):
        if "Name" in p.tag.grammemes and gender in p.tag.grammemes:
            f = p.inflect({case, "sing"})
            if f is not None:
                return f.word.capitalize()
    return name


class _Person:
    def __init__(self, rng: random.Random, d: dict[str, Any]) -> None:
        self.gender = rng.choice(["masc", "femn"])
        self.first = rng.choice(d["ru_male_first"] if self.gender == "masc" else d["ru_female_first"])
        self.surname = rng.choice(d["ru_surnames"])
        self.patr = rng.choice(d["ru_patronymics"])
        fem_sur = decline_surname(self.surname, "femn", "nomn")
        self.nomn_surname = self.surname if self.gender == "masc" else fem_sur

    def render(self, form: str, case: str) -> str:
        g = self.gender
        s = decline_surname(self.surname, g, case)
        f = decline_first(self.first, g, case)
        p = decline_patronymic(self.patr, g, case)
        ini = f"{self.first[0]}.{self.patr[0]}."
        return {
            "full": f"{s} {f} {p}", "fullrev": f"{f} {p} {s}", "init": f"{s} {ini}", "initsp": f"{s} {ini[:2]} {ini[2:]}",
            "initrev": f"{ini} {s}", "fp": f"{f} {p}", "first": f, "surn": s, "sf": f"{s} {f}", "fs": f"{f} {s}",
        }[form]


class _EnPerson:
    def __init__(self, rng: random.Random, d: dict[str, Any]) -> None:
        self.first = rng.choice(d["en_first"])
        self.last = rng.choice(d["en_last"])
        self.middle = rng.choice("ABCDEFGHJKLMNPRSTW")

    def render(self, form: str) -> str:
        return {"full": f"{self.first} {self.last}", "mid": f"{self.first} {self.middle}. {self.last}",
                "last": self.last, "first": self.first, "lastfirst": f"{self.last}, {self.first}",
                "LASTFIRST": f"{self.last.upper()}, {self.first.upper()}", "init": f"{self.first[0]}. {self.last}"}[form]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _fill_pattern(rng: random.Random, pattern: str) -> str:
    return "".join(rng.choice("0123456789") if c == "D" else rng.choice("123456789") if c == "N" else c
                   for c in pattern)


class _Doc:
    """Builds one note; slot values are recorded with their gold type."""

    def __init__(self, rng: random.Random, d: dict[str, Any], lang: str) -> None:
        self.rng, self.d, self.lang = rng, d, lang
        self.people = {k: _Person(rng, d) for k in ("PAT", "DOC", "DOC2", "REL")}
        self.en = {k: _EnPerson(rng, d) for k in ("PAT", "DOC", "DOC2", "REL")}
        self.year = rng.randint(2015, 2024)

    def _casing(self, s: str) -> str:
        r = self.rng.random()
        caps, lower = self.d.get("p_allcaps", 0.0), self.d.get("p_lower", 0.0)
        if r < caps:
            return s.upper()
        if r < caps + lower:
            return s.lower()
        return s

    def _date(self, fmt_key: str, birth: bool = False) -> str:
        rng = self.rng
        y = rng.randint(1935, 2010) if birth else self.year
        m, dd = rng.randint(1, 12), rng.randint(1, 28)
        fmt = rng.choice(self.d[fmt_key])
        return fmt.format(d=dd, m=m, Y=y, y=y % 100, mg=RU_MONTHS_GEN[m - 1], ma=RU_MONTHS_ABBR[m - 1],
                          M=EN_MONTHS[m - 1], Ma=EN_MONTHS[m - 1][:3])

    def value(self, slot: str) -> tuple[str, str | None]:
        """(text, gold type or None for non-personal fillers)."""
        rng, d = self.rng, self.d
        role, _, rest = slot.partition(".")
        if role in self.people:  # PAT, DOC, DOC2, REL
            form, _, case = rest.partition(".")
            return self._casing(self.people[role].render(form, case or "nomn")), "NAME"
        if role.startswith("EN_") and role[3:] in self.en:
            return self.en[role[3:]].render(rest or "full"), "NAME"
        if role == "DATE":
            return self._date("date_formats"), "DATE"
        if role == "DATE_TEXT":
            return self._date("date_text_formats"), "DATE"
        if role == "BDATE":
            return self._date("date_formats", birth=True), "DATE"
        if role == "BYEAR":
            return str(rng.randint(1935, 2010)), "DATE"
        if role == "EN_DATE":
            return self._date("en_date_formats"), "DATE"
        if role == "PHONE":
            return _fill_pattern(rng, rng.choice(d["phone_formats"])), "PHONE"
        if role == "EN_PHONE":
            return _fill_pattern(rng, rng.choice(d["en_phone_formats"])), "PHONE"
        if role == "EMAIL":
            p = self.people["PAT"]
            user = rng.choice(d["email_users"]).format(s=_translit(p.surname), f=_translit(p.first), n=rng.randint(1, 99))
            return f"{user}@{rng.choice(d['email_domains'])}", "EMAIL"
        if role == "SNILS":
            first = _digits(rng, 9)
            return rng.choice(d["snils_formats"]).format(a=first[:3], b=first[3:6], c=first[6:], k=snils_check(first)), "ID"
        if role == "INN":
            return inn_complete(str(rng.randint(1, 9)) + _digits(rng, 9)), "ID"
        if role == "OMS":
            first = str(rng.randint(1, 9)) + _digits(rng, 14)
            full = first + oms_check(first)
            return rng.choice(d["oms_formats"]).format(*[full[i:i + 4] for i in range(0, 16, 4)], full=full), "ID"
        if role == "PASSPORT":
            return _fill_pattern(rng, rng.choice(d["passport_formats"])), "ID"
        if role == "BIRTHCERT":
            return rng.choice(d["birthcert_formats"]).format(r=rng.choice(["I", "II", "III", "IV", "V", "VI"]),
                                                             l=rng.choice(["МЮ", "АК", "ЛО", "ГР", "ВЛ"]),
                                                             n=_digits(rng, 6)), "ID"
        if role in ("MRN", "EN_MRN"):
            return _fill_pattern(rng, rng.choice(d["mrn_formats" if role == "MRN" else "en_mrn_formats"])), "ID"
        if role == "ADDRESS":
            return self._address(), "ADDRESS"
        if role == "EN_ADDRESS":
            return rng.choice(d["en_address_formats"]).format(
                n=rng.randint(1, 9999), st=rng.choice(d["en_streets"]), city=rng.choice(d["en_cities"]),
                apt=rng.randint(1, 40), zip=_digits(rng, 5), state=rng.choice(["NY", "CA", "TX", "MA", "IL"])), "ADDRESS"
        if role == "URL":
            return rng.choice(d["url_formats"]).format(n=rng.randint(1, 999), w=rng.choice(d["url_words"])), "URL"
        if role == "IP":
            return f"{rng.choice([10, 172, 192, 85])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}", "URL"
        if role == "ORG":
            return rng.choice(d["orgs"]), "ORG"
        if role == "CITY":
            return rng.choice(d["cities"]), None
        if role == "AGE":
            return str(rng.randint(18, 90)), None
        if role in ("EPONYM", "EN_EPONYM"):
            return rng.choice(d["eponyms" if role == "EPONYM" else "en_eponyms"]), "EPONYM"
        raise KeyError(f"unknown slot {slot!r}")

    def _address(self) -> str:
        rng, d = self.rng, self.d
        return rng.choice(d["address_formats"]).format(
            idx=str(rng.randint(101000, 692999)), region=rng.choice(d["regions"]), city=rng.choice(d["cities"]),
            street=rng.choice(d["streets"]), h=rng.randint(1, 150), k=rng.randint(1, 5), f=rng.randint(1, 300),
            village=rng.choice(d["villages"]))


def _translit(s: str) -> str:
    table = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                     ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                      "t", "u", "f", "kh", "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya"], strict=True))
    return "".join(table.get(c, c) for c in s.lower())


_SLOT = re.compile(r"\{([A-Z_0-9]+(?:\.[a-zA-Z]+)*(?:\.[a-z]+)?)\}")


def _render(doc: _Doc, template: str, parts: list[str], ents: list[dict[str, Any]], epos: list[dict[str, Any]],
            offset: int) -> int:
    pos = 0
    for m in _SLOT.finditer(template):
        parts.append(template[pos:m.start()])
        offset += m.start() - pos
        text, typ = doc.value(m.group(1))
        if typ == "EPONYM":
            epos.append({"start": offset, "end": offset + len(text), "text": text})
        elif typ is not None:
            ents.append({"start": offset, "end": offset + len(text), "type": typ, "text": text})
        parts.append(text)
        offset += len(text)
        pos = m.end()
    parts.append(template[pos:])
    return offset + len(template) - pos


def generate(n: int, split: str = "eval", seed: int = 0) -> Iterator[dict[str, Any]]:
    """`n` annotated documents from the given split's templates; deterministic in `seed`."""
    d = load_split(split)
    rng = random.Random(f"{split}-{seed}")
    doc_types = list(d["documents"])
    for i in range(n):
        dtype = doc_types[i % len(doc_types)]
        spec = d["documents"][dtype]
        lang = spec["lang"]
        doc = _Doc(rng, d, lang)
        lines = [rng.choice(spec["header"])]
        body = list(spec["body"])
        rng.shuffle(body)
        lines += body[: rng.randint(max(2, len(body) // 2), len(body))]
        lines.append(rng.choice(spec["footer"]))
        parts: list[str] = []
        ents: list[dict[str, Any]] = []
        epos: list[dict[str, Any]] = []
        offset = 0
        for j, line in enumerate(lines):
            if j:
                parts.append("\n")
                offset += 1
            offset = _render(doc, line, parts, ents, epos, offset)
        text = "".join(parts)
        for e in ents + epos:
            assert text[e["start"]:e["end"]] == e["text"]
        yield {"id": f"{split}-{seed}-{i:05d}", "lang": lang, "doc_type": dtype, "text": text,
               "entities": ents, "eponyms": epos}
