"""Sealed evaluation corpus E for de-identification (standard library only).

Usage::

    python tests/deid_sealed_e/generator.py --n 400 --seed 0 --out sealed_e.jsonl

or ``from generator import generate; generate(400, 0)``.

Every record is built piece by piece by its own ``random.Random(f"sealed-e-{seed}-{i}")``;
entity and eponym offsets are recorded while the text is appended (the final string
is never searched).  See README.md in this directory for the conventions.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys

TYPES = ("NAME", "DATE", "ADDRESS", "PHONE", "EMAIL", "ID", "URL", "ORG")


# ---------------------------------------------------------------------------
# document builder
# ---------------------------------------------------------------------------


class Doc:
    """Accumulates text; tuples (TYPE, text) become entities, ("EPO", text) eponyms."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._n = 0
        self.entities: list[dict] = []
        self.eponyms: list[dict] = []

    def __call__(self, *items) -> Doc:
        for it in items:
            if it is None:
                continue
            if isinstance(it, str):
                self._parts.append(it)
                self._n += len(it)
            elif isinstance(it, list):
                self(*it)
            else:
                typ, s = it
                assert s and s == s.strip(), (typ, s)
                start = self._n
                self._parts.append(s)
                self._n += len(s)
                rec = {"start": start, "end": self._n, "text": s}
                if typ == "EPO":
                    self.eponyms.append(rec)
                else:
                    assert typ in TYPES, typ
                    self.entities.append({"start": start, "end": self._n, "type": typ, "text": s})
        return self

    @property
    def text(self) -> str:
        return "".join(self._parts)


def N(s):
    return ("NAME", s)


def D(s):
    return ("DATE", s)


def A(s):
    return ("ADDRESS", s)


def P(s):
    return ("PHONE", s)


def E(s):
    return ("EMAIL", s)


def ID(s):
    return ("ID", s)


def U(s):
    return ("URL", s)


def O(s):  # noqa: E743
    return ("ORG", s)


def EP(s):
    return ("EPO", s)


# ---------------------------------------------------------------------------
# checksums and identifiers
# ---------------------------------------------------------------------------


def snils_check(num9: str) -> str:
    s = sum(int(c) * (9 - i) for i, c in enumerate(num9))
    if s > 101:
        s %= 101
    if s in (100, 101):
        return "00"
    return f"{s:02d}"


def snils_valid(snils: str) -> bool:
    d = "".join(c for c in snils if c.isdigit())
    return len(d) == 11 and snils_check(d[:9]) == d[9:]


def make_snils(rng: random.Random) -> str:
    n = f"{rng.randint(2_000_000, 199_999_999):09d}"
    c = snils_check(n)
    style = rng.random()
    if style < 0.7:
        return f"{n[:3]}-{n[3:6]}-{n[6:]} {c}"
    if style < 0.85:
        return f"{n[:3]}-{n[3:6]}-{n[6:]}-{c}"
    return n + c


_INN_W10 = (2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN_W11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN_W12 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)


def _inn_digit(digits: str, weights) -> str:
    return str(sum(int(c) * w for c, w in zip(digits, weights)) % 11 % 10)


def inn_valid(inn: str) -> bool:
    if not inn.isdigit():
        return False
    if len(inn) == 10:
        return _inn_digit(inn[:9], _INN_W10) == inn[9]
    if len(inn) == 12:
        return _inn_digit(inn[:10], _INN_W11) == inn[10] and _inn_digit(inn[:11], _INN_W12) == inn[11]
    return False


def make_inn12(rng: random.Random) -> str:
    base = f"{rng.choice([16, 66, 77, 50, 54, 52, 2, 63]):02d}" + "".join(
        str(rng.randint(0, 9)) for _ in range(8)
    )
    base += _inn_digit(base, _INN_W11)
    return base + _inn_digit(base, _INN_W12)


def make_inn10(rng: random.Random) -> str:
    base = f"{rng.choice([16, 66, 77, 50, 54, 52]):02d}" + "".join(str(rng.randint(0, 9)) for _ in range(7))
    return base + _inn_digit(base, _INN_W10)


def nhs_check(num9: str) -> int | None:
    r = 11 - sum(int(c) * (10 - i) for i, c in enumerate(num9)) % 11
    if r == 11:
        return 0
    return None if r == 10 else r


def nhs_valid(nhs: str) -> bool:
    d = "".join(c for c in nhs if c.isdigit())
    return len(d) == 10 and nhs_check(d[:9]) == int(d[9])


def make_nhs(rng: random.Random) -> str:
    while True:
        n = str(rng.randint(4, 7)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        c = nhs_check(n)
        if c is not None:
            n += str(c)
            return f"{n[:3]} {n[3:6]} {n[6:]}" if rng.random() < 0.8 else n


def luhn_digit(payload: str) -> str:
    total = 0
    for i, c in enumerate(reversed(payload)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return str((10 - total % 10) % 10)


def luhn_valid(num: str) -> bool:
    return luhn_digit(num[:-1]) == num[-1]


def make_npi(rng: random.Random) -> str:
    body = str(rng.choice([1, 2])) + "".join(str(rng.randint(0, 9)) for _ in range(8))
    return body + luhn_digit("80840" + body)


def npi_valid(npi: str) -> bool:
    return len(npi) == 10 and npi.isdigit() and luhn_valid("80840" + npi)


_MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def make_mbi(rng: random.Random) -> str:
    an = _MBI_L + "0123456789"
    c = [
        str(rng.randint(1, 9)),
        rng.choice(_MBI_L),
        rng.choice(an),
        str(rng.randint(0, 9)),
        rng.choice(_MBI_L),
        rng.choice(an),
        str(rng.randint(0, 9)),
        rng.choice(_MBI_L),
        rng.choice(_MBI_L),
        str(rng.randint(0, 9)),
        str(rng.randint(0, 9)),
    ]
    s = "".join(c)
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if rng.random() < 0.6 else s


def make_ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def make_sa_id(rng: random.Random, born: dt.date, male: bool) -> str:
    g = rng.randint(5000, 9999) if male else rng.randint(0, 4999)
    body = f"{born:%y%m%d}{g:04d}0{rng.choice([8, 9])}"
    return body + luhn_digit(body)


def make_nric(rng: random.Random, born: dt.date) -> str:
    pre = "S" if born.year < 2000 else "T"
    digits = f"{born.year % 100:02d}" + "".join(str(rng.randint(0, 9)) for _ in range(5))
    total = sum(int(c) * w for c, w in zip(digits, (2, 7, 6, 5, 4, 3, 2)))
    if pre == "T":
        total += 4
    return pre + digits + "JZIHGFEDCBA"[total % 11]


def nric_valid(nric: str) -> bool:
    if len(nric) != 9 or nric[0] not in "ST" or not nric[1:8].isdigit():
        return False
    total = sum(int(c) * w for c, w in zip(nric[1:8], (2, 7, 6, 5, 4, 3, 2))) + (4 if nric[0] == "T" else 0)
    return "JZIHGFEDCBA"[total % 11] == nric[8]


def digits(rng: random.Random, k: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(k - 1))


def make_oms(rng: random.Random) -> str:
    s = digits(rng, 16)
    r = rng.random()
    if r < 0.5:
        return s
    if r < 0.8:
        return " ".join(s[i : i + 4] for i in range(0, 16, 4))
    return f"{s[:4]} {s[4:10]} {s[10:]}"


def make_passport(rng: random.Random) -> str:
    ser = f"{rng.randint(1, 99):02d}{rng.randint(0, 24):02d}"
    num = f"{rng.randint(100000, 999999)}"
    return f"{ser[:2]} {ser[2:]} {num}" if rng.random() < 0.6 else f"{ser} {num}"


# ---------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------

RU_MON_GEN = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
RU_MON_PRE = "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре".split()
EN_MON = "January February March April May June July August September October November December".split()


def rdate(rng: random.Random, y0: int, y1: int) -> dt.date:
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, 12, 28).toordinal()
    return dt.date.fromordinal(rng.randint(a, b))


def ru_date(rng: random.Random, d: dt.date, style: str | None = None) -> str:
    style = style or rng.choices(["dmy", "dmy2", "nopad", "long", "guill", "iso"], [55, 10, 8, 15, 5, 7])[0]
    if style == "dmy":
        return f"{d:%d.%m.%Y}"
    if style == "dmy2":
        return f"{d:%d.%m.%y}"
    if style == "nopad":
        return f"{d.day}.{d:%m.%Y}"
    if style == "long":
        return f"{d.day} {RU_MON_GEN[d.month - 1]} {d.year}"
    if style == "guill":
        return f"«{d:%d}» {RU_MON_GEN[d.month - 1]} {d.year}"
    return d.isoformat()


def RD(rng: random.Random, d: dt.date, style: str | None = None, tail: bool = True) -> list:
    """A Russian date entity plus an optional unannotated 'г.'/'года' tail."""
    s = ru_date(rng, d, style)
    out: list = [D(s)]
    if tail and "-" not in s and rng.random() < (0.6 if " " in s else 0.3):
        out.append(rng.choice([" г.", " г.", " года", " г"]))
    return out


def ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def en_date(rng: random.Random, d: dt.date, region: str = "us", style: str | None = None) -> str:
    if style is None:
        if region == "us":
            style = rng.choices(["us", "us2", "long_us", "iso", "dmon"], [50, 10, 20, 10, 10])[0]
        else:
            style = rng.choices(
                ["uk", "uk2", "long_uk", "ord", "dmon", "dmon2", "iso"], [35, 10, 15, 10, 15, 5, 10]
            )[0]
    if style == "us":
        return f"{d:%m/%d/%Y}"
    if style == "us2":
        return f"{d.month}/{d.day}/{d:%y}"
    if style == "long_us":
        return f"{EN_MON[d.month - 1]} {d.day}, {d.year}"
    if style == "uk":
        return f"{d:%d/%m/%Y}"
    if style == "uk2":
        return f"{d.day}/{d.month}/{d:%y}"
    if style == "long_uk":
        return f"{d.day} {EN_MON[d.month - 1]} {d.year}"
    if style == "ord":
        return f"{ordinal(d.day)} {EN_MON[d.month - 1]} {d.year}"
    if style == "dmon":
        return f"{d:%d}-{EN_MON[d.month - 1][:3]}-{d.year}"
    if style == "dmon2":
        return f"{d:%d}-{EN_MON[d.month - 1][:3]}-{d:%y}"
    if style == "hl7":
        return f"{d:%Y%m%d}"
    return d.isoformat()


def hhmm(rng: random.Random, h0: int = 0, h1: int = 23) -> str:
    return f"{rng.randint(h0, h1):02d}:{rng.randint(0, 59):02d}"


# ---------------------------------------------------------------------------
# Russian names with declension
# ---------------------------------------------------------------------------

CASES = ("nom", "gen", "dat", "acc", "ins", "pre")
_VOW = "аеёиоуыэюя"

RU_ORIGINS = {
    "ru": dict(
        sur="Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов Волков "
        "Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров Никитин Захаров "
        "Зайцев Соловьёв Борисов Яковлев Григорьев Романов Воробьёв Кудрявцев Белоусов Голубев Виноградов "
        "Богданов Калинин Ершов Тихонов Щербаков Гусев Жуков Ковалевский Дубровский Покровский Троицкий "
        "Шевченко Бондаренко Коваленко Шевчук Мельник Ткачук Седых Черных Римский-Корсаков Соколов-Микитов "
        "Лаптев Полозков Мишин Чернышёв Савельев Куликов Дроздов Бирюков".split(),
        m="Иван Сергей Андрей Алексей Дмитрий Николай Михаил Павел Виктор Владимир Евгений Олег Игорь Юрий "
        "Константин Артём Максим Роман Геннадий Анатолий Валерий Григорий Тимофей Степан Кирилл Глеб Вадим".split(),
        f="Анна Мария Елена Ольга Наталья Татьяна Ирина Светлана Екатерина Юлия Людмила Галина Валентина "
        "Надежда Дарья Ксения Алёна Вероника Полина Зоя Лидия Марина Евгения Софья".split(),
        p=[
            ("Иванович", "Ивановна"),
            ("Сергеевич", "Сергеевна"),
            ("Алексеевич", "Алексеевна"),
            ("Николаевич", "Николаевна"),
            ("Петрович", "Петровна"),
            ("Викторович", "Викторовна"),
            ("Владимирович", "Владимировна"),
            ("Андреевич", "Андреевна"),
            ("Юрьевич", "Юрьевна"),
            ("Геннадьевич", "Геннадьевна"),
            ("Ильич", "Ильинична"),
            ("Михайлович", "Михайловна"),
            ("Олегович", "Олеговна"),
            ("Анатольевич", "Анатольевна"),
            ("Кузьмич", "Кузьминична"),
        ],
    ),
    "tat": dict(
        sur="Галиев Хабибуллин Сафин Ахметов Гарипов Мухаметзянов Валиев Шарипов Зарипов Нуриев Файзуллин "
        "Гильмутдинов Закиров Хайруллин Мингазов".split(),
        m="Рамиль Ильдар Марат Рустем Айдар Ринат Тимур Азат Ильнур Фарид Радик".split(),
        f="Гульнара Альфия Лейсан Алсу Эльмира Резеда Динара Лилия Айгуль Гузелия".split(),
        p=[
            ("Рашидович", "Рашидовна"),
            ("Ринатович", "Ринатовна"),
            ("Фаридович", "Фаридовна"),
            ("Маратович", "Маратовна"),
            ("Ильдарович", "Ильдаровна"),
            ("Равилевич", "Равилевна"),
        ],
    ),
    "arm": dict(
        sur="Саркисян Григорян Петросян Акопян Оганесян Манукян Арутюнян Мкртчян".split(),
        m="Карен Ашот Арам Тигран Гурген Арсен Вардан".split(),
        f="Анаит Гаяне Лусине Армине Карине Нарине".split(),
        p=[
            ("Ашотович", "Ашотовна"),
            ("Карапетович", "Карапетовна"),
            ("Размикович", "Размиковна"),
            ("Суренович", "Суреновна"),
        ],
    ),
    "geo": dict(
        sur="Беридзе Кипиани Гелашвили Чхеидзе Церетели Джапаридзе Лордкипанидзе Мчедлишвили".split(),
        m="Давид Леван Тамаз Георгий Ираклий Нодар".split(),
        f="Нино Тамара Манана Кетеван Тинатин Натела".split(),
        p=[
            ("Гивиевич", "Гивиевна"),
            ("Тамазович", "Тамазовна"),
            ("Отарович", "Отаровна"),
            ("Зурабович", "Зурабовна"),
        ],
    ),
    "uzb": dict(
        sur="Юсупов Каримов Рахимов Турсунов Алимов Исмоилов Назаров Холматов".split(),
        m="Шерзод Бахтиёр Рустам Фарход Улугбек Жасур Алишер Дилшод".split(),
        f="Дилноза Гульнора Малика Нодира Зарина Шахноза".split(),
        p=[
            ("Бахтиёрович", "Бахтиёровна"),
            ("Рустамович", "Рустамовна"),
            ("Улугбекович", "Улугбековна"),
            ("Алишерович", "Алишеровна"),
        ],
    ),
    "kor": dict(
        sur="Ким Пак Цой Тен Хан Ли Шин Хегай".split(),
        m="Виктор Сергей Вячеслав Эдуард Александр Валерий Роберт".split(),
        f="Елена Ирина Марина Анжелика Светлана Людмила Виктория".split(),
        p=[
            ("Викторович", "Викторовна"),
            ("Николаевич", "Николаевна"),
            ("Эдуардович", "Эдуардовна"),
            ("Борисович", "Борисовна"),
        ],
    ),
}
_RU_ORIGIN_W = {"ru": 58, "tat": 14, "arm": 7, "geo": 6, "uzb": 8, "kor": 7}


def _fem_sur(s: str) -> str:
    out = []
    for p in s.split("-"):
        if p.endswith(("ов", "ев", "ёв", "ин", "ын")):
            p += "а"
        elif p.endswith(("ский", "цкий")):
            p = p[:-2] + "ая"
        out.append(p)
    return "-".join(out)


def decl_sur(s: str, g: str, case: str) -> str:
    if case == "nom":
        return s
    if "-" in s:
        return "-".join(decl_sur(p, g, case) for p in s.split("-"))
    i = CASES.index(case) - 1
    if g == "m":
        if s.endswith(("ов", "ев", "ёв", "ин", "ын")):
            return s + ("а", "у", "а", "ым", "е")[i]
        if s.endswith(("ский", "цкий")):
            return s[:-2] + ("ого", "ому", "ого", "им", "ом")[i]
        if s.endswith("й"):
            return s[:-1] + ("я", "ю", "я", "ем", "е")[i]
        if s[-1] in _VOW or s.endswith(("их", "ых")):
            return s
        ins = "ем" if s[-1] in "жшчщц" else "ом"
        return s + ("а", "у", "а", ins, "е")[i]
    if s.endswith(("ова", "ева", "ёва", "ина", "ына")):
        return s[:-1] + ("ой", "ой", "у", "ой", "ой")[i]
    if s.endswith(("ская", "цкая")):
        return s[:-2] + ("ой", "ой", "ую", "ой", "ой")[i]
    return s


def decl_first(n: str, g: str, case: str) -> str:
    if case == "nom":
        return n
    i = CASES.index(case) - 1
    if g == "m":
        if n.endswith("ий"):
            return n[:-1] + ("я", "ю", "я", "ем", "и")[i]
        if n.endswith(("й", "ь")):
            return n[:-1] + ("я", "ю", "я", "ем", "е")[i]
        if n[-1] in _VOW:
            return n
        return n + ("а", "у", "а", "ом", "е")[i]
    if n.endswith("ия"):
        return n[:-1] + ("и", "и", "ю", "ей", "и")[i]
    if n.endswith("я"):
        return n[:-1] + ("и", "е", "ю", "ей", "е")[i]
    if n.endswith("а"):
        gen = "и" if n[-2] in "гкхжшчщ" else "ы"
        return n[:-1] + (gen, "е", "у", "ой", "е")[i]
    return n


def decl_patr(p: str, case: str) -> str:
    if case == "nom":
        return p
    i = CASES.index(case) - 1
    if p.endswith("ич"):
        return p + ("а", "у", "а", "ем", "е")[i]
    return p[:-1] + ("ы", "е", "у", "ой", "е")[i]


_TR = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        "a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch ie y _ e iu ia".split(),
    )
)


def translit(s: str) -> str:
    out = []
    for ch in s:
        lo = ch.lower()
        if lo in _TR:
            t = _TR[lo].replace("_", "")
            out.append(t.capitalize() if ch != lo else t)
        else:
            out.append(ch)
    return "".join(out)


class RuPerson:
    def __init__(self, rng: random.Random, g: str | None = None, origin: str | None = None) -> None:
        self.g = g or rng.choice("mf")
        self.origin = origin or rng.choices(list(_RU_ORIGIN_W), list(_RU_ORIGIN_W.values()))[0]
        o = RU_ORIGINS[self.origin]
        sur = rng.choice(o["sur"])
        self.sur = sur if self.g == "m" else _fem_sur(sur)
        self.first = rng.choice(o[self.g])
        pp = rng.choice(o["p"])
        self.patr = pp[0] if self.g == "m" else pp[1]

    def S(self, case: str = "nom") -> str:
        return decl_sur(self.sur, self.g, case)

    def F(self, case: str = "nom") -> str:
        return decl_first(self.first, self.g, case)

    def Pt(self, case: str = "nom") -> str:
        return decl_patr(self.patr, case)

    def fio(self, case: str = "nom") -> str:
        return f"{self.S(case)} {self.F(case)} {self.Pt(case)}"

    def io(self, case: str = "nom") -> str:
        return f"{self.F(case)} {self.Pt(case)}"

    def ini(self, case: str = "nom", style: int | None = None, rng: random.Random | None = None) -> str:
        if style is None:
            style = rng.randint(0, 4) if rng else 0
        a, b = self.first[0], self.patr[0]
        s = self.S(case)
        return (
            f"{s} {a}.{b}.",
            f"{s} {a}. {b}.",
            f"{a}.{b}. {s}",
            f"{a}.{b}.{s}",
            f"{a}. {b}. {s}",
        )[style]

    def latin(self, caret: bool = False, upper: bool = True) -> str:
        parts = [translit(self.sur), translit(self.first), translit(self.patr)]
        s = "^".join(parts) if caret else " ".join(parts)
        return s.upper() if upper else s


def any_case_name(rng: random.Random, p: RuPerson, case: str) -> str:
    r = rng.random()
    if r < 0.45:
        return p.fio(case)
    return p.ini(case, rng=rng)


# ---------------------------------------------------------------------------
# English-speaking world names
# ---------------------------------------------------------------------------

EN_ORIGINS = {
    "anglo": (
        "James Robert Michael William David Thomas Daniel Matthew Andrew Joshua Ryan Connor".split(),
        "Mary Jennifer Linda Elizabeth Sarah Jessica Emily Hannah Megan Charlotte Olivia Grace".split(),
        "Smith Johnson Williams Brown Jones Miller Davis Wilson Taylor Anderson Thompson Walker Harris "
        "Clarke Robinson Wright Hughes Edwards Fletcher Whitaker Pemberton".split(),
    ),
    "irish": (
        "Sean Ciaran Padraig Eoin Declan".split(),
        "Siobhan Aoife Niamh Roisin Saoirse".split(),
        "O'Brien O'Sullivan McCarthy Byrne Gallagher Fitzgerald O'Donnell".split(),
    ),
    "hisp": (
        "José Luis Carlos Miguel Alejandro Juan Pablo Javier".split(),
        "María José Guadalupe Lucía Valentina Camila Ximena Rosa".split(),
        "García López|Hernández Martínez|Rodríguez|Morales Vega|Ramírez|Castillo Ortiz|Gómez de la Cruz|Fernández|Delgado Ruiz".split(
            "|"
        ),
    ),
    "viet": (
        "Minh Tuan Duc Huy Quang".split(),
        "Lan Thi Mai Linh Huong Ngoc Anh".split(),
        "Nguyen Tran Le Pham Hoang Vu Dang".split(),
    ),
    "nigeria": (
        "Chukwuemeka Oluwaseun Adebayo Emeka Tunde Chinedu".split(),
        "Ngozi Chiamaka Folake Adaeze Oluwakemi Funmilayo".split(),
        "Okafor Adeyemi Eze Okonkwo Balogun Nwosu Adebanjo Obi".split(),
    ),
    "polish": (
        "Tomasz Piotr Krzysztof Marek Grzegorz".split(),
        "Katarzyna Agnieszka Małgorzata Joanna Zofia".split(),
        "Kowalczyk Wiśniewski Nowak Zieliński Wójcik Lewandowski Kamińska".split(),
    ),
    "arab": (
        "Ahmed Omar Khalid Yusuf Hassan Tariq".split(),
        "Fatima Aisha Layla Mariam Noor Huda".split(),
        "al-Rashid|Al-Sayed|bin Khalid|Haddad|El-Amin|al-Farouqi|Nasser".split("|"),
    ),
    "south_asian": (
        "Anil Rajesh Vikram Arjun Sanjay Imran".split(),
        "Priya Ananya Deepa Kavitha Sunita Farah".split(),
        "Patel Sharma Raghunathan Iyer Chaudhry Singh Reddy Banerjee".split(),
    ),
    "east_asian": (
        "Wei Jun Hiroshi Kenji Min-jun".split(),
        "Mei Xiu Yuki Hana Ji-woo".split(),
        "Zhang Wang Chen Tanaka Sato Park Lee Kim".split(),
    ),
    "za": (
        "Thabo Sipho Mandla Johannes Pieter Themba".split(),
        "Nomvula Lerato Thandiwe Anika Zanele Palesa".split(),
        ["Mokoena"],
    ),
}
_ZA_SUR = [
    "Mokoena",
    "Dlamini",
    "Nkosi",
    "van der Merwe",
    "Botha",
    "Khumalo",
    "Ndlovu",
    "Naidoo",
    "Pillay",
    "Mahlangu",
]


EN_NICK = {
    "Robert": "Bobby",
    "William": "Bill",
    "James": "Jim",
    "Michael": "Mike",
    "Thomas": "Tom",
    "Daniel": "Danny",
    "Elizabeth": "Liz",
    "Jennifer": "Jen",
    "Chukwuemeka": "Emeka",
    "Oluwaseun": "Seun",
    "Katarzyna": "Kasia",
    "Alejandro": "Alex",
    "Guadalupe": "Lupe",
    "Oluwakemi": "Kemi",
    "Matthew": "Matt",
}


class EnPerson:
    def __init__(self, rng: random.Random, g: str | None = None, origin: str | None = None) -> None:
        self.g = g or rng.choice("mf")
        self.origin = origin or rng.choices(list(EN_ORIGINS), [40, 6, 12, 7, 8, 5, 6, 8, 6, 2])[0]
        m, f, sur = EN_ORIGINS[self.origin]
        if self.origin == "za":
            sur = _ZA_SUR
        self.first = rng.choice(m if self.g == "m" else f)
        self.last = rng.choice(sur)
        if self.origin == "polish" and self.g == "f" and self.last.endswith("ski"):
            self.last = self.last[:-1] + "a"
        if self.origin == "polish" and self.g == "m" and self.last.endswith("ska"):
            self.last = self.last[:-1] + "i"
        self.mid = rng.choice("ABCDEFGHJKLMNPRSTW") if rng.random() < 0.45 else ""

    def full(self, mid: bool = False) -> str:
        return f"{self.first} {self.mid}. {self.last}" if mid and self.mid else f"{self.first} {self.last}"

    def nick(self) -> str:
        n = EN_NICK.get(self.first)
        return f'{self.first} "{n}" {self.last}' if n else self.full()

    def rev(self, upper: bool = False) -> str:
        s = f"{self.last.upper() if upper else self.last}, {self.first}"
        return s + (f" {self.mid}." if self.mid else "")

    def caret(self) -> str:
        s = f"{self.last.upper()}^{self.first.upper()}"
        return s + (f"^{self.mid}" if self.mid else "")

    def init(self) -> str:
        return f"{self.first[0]}. {self.last}"

    def any(self, rng: random.Random) -> str:
        return rng.choice([self.full(), self.full(True), self.rev(), self.full()])


# ---------------------------------------------------------------------------
# Russian places, organisations, contacts
# ---------------------------------------------------------------------------

RU_REGIONS = [
    dict(
        region="Республика Татарстан",
        region_pre="Республике Татарстан",
        city="Казань",
        city_gen="Казани",
        idx="420",
        code="843",
        lf="ГАУЗ",
        sfx="",
        dom="kzn",
        districts=["Вахитовский", "Приволжский", "Советский", "Ново-Савиновский", "Московский"],
        streets=[
            "ул. Баумана",
            "ул. Декабристов",
            "пр-т Победы",
            "ул. Чистопольская",
            "ул. Академика Сахарова",
            "ул. Гвардейская",
            "ул. Фатыха Амирхана",
            "ул. Серова",
            "ул. Ямашева",
        ],
        big=[
            "ГАУЗ «Республиканская клиническая больница МЗ РТ»",
            "ГАУЗ «Межрегиональный клинико-диагностический центр»",
            "ГАУЗ «Детская республиканская клиническая больница МЗ РТ»",
            "ГАУЗ «Городская клиническая больница № 7 им. М.Н. Садыкова»",
        ],
        smp="ГАУЗ «Станция скорой медицинской помощи» г. Казани",
        site="https://rkbrt.ru",
    ),
    dict(
        region="Свердловская обл.",
        region_pre="Свердловской области",
        city="Екатеринбург",
        city_gen="Екатеринбурга",
        idx="620",
        code="343",
        lf="ГАУЗ СО",
        sfx="",
        dom="ekb",
        districts=["Кировский", "Ленинский", "Октябрьский", "Верх-Исетский", "Чкаловский"],
        streets=[
            "ул. Малышева",
            "ул. Белинского",
            "ул. Волгоградская",
            "ул. Шейнкмана",
            "ул. Токарей",
            "ул. Сыромолотова",
            "ул. Ясная",
        ],
        big=[
            "ГАУЗ СО «Свердловская областная клиническая больница № 1»",
            "ГАУЗ СО «Городская клиническая больница № 40 г. Екатеринбург»",
            "ГАУЗ СО «Областная детская клиническая больница»",
        ],
        smp="МБУ «Станция скорой медицинской помощи имени В.Ф. Капиноса»",
        site="https://okb1.ru",
    ),
    dict(
        region="г. Москва",
        region_pre="г. Москве",
        city="Москва",
        city_gen="Москвы",
        idx="1",
        code="495",
        lf="ГБУЗ",
        sfx=" ДЗМ",
        dom="msk",
        districts=["Басманный", "Хамовнический", "Тверской", "Бабушкинский", "Зюзинский"],
        streets=[
            "ул. Профсоюзная",
            "Ленинский пр-т",
            "ул. Бутырская",
            "Волгоградский пр-т",
            "ул. Островитянова",
            "Варшавское ш.",
            "ул. Академика Янгеля",
        ],
        big=[
            "ГБУЗ «ГКБ № 52 ДЗМ»",
            "ГБУЗ «НИИ СП им. Н.В. Склифосовского ДЗМ»",
            "ФГБУ «НМИЦ кардиологии им. ак. Е.И. Чазова» Минздрава России",
            "ГБУЗ «Морозовская ДГКБ ДЗМ»",
        ],
        smp="ГБУ «ССиНМП им. А.С. Пучкова» ДЗМ",
        site="https://mosgorzdrav.ru",
    ),
    dict(
        region="Новосибирская обл.",
        region_pre="Новосибирской области",
        city="Новосибирск",
        city_gen="Новосибирска",
        idx="630",
        code="383",
        lf="ГБУЗ НСО",
        sfx="",
        dom="nsk",
        districts=["Заельцовский", "Центральный", "Калининский", "Октябрьский"],
        streets=[
            "ул. Немировича-Данченко",
            "Красный пр-т",
            "ул. Залесского",
            "ул. Петухова",
            "ул. Титова",
            "ул. Кошурникова",
        ],
        big=[
            "ГБУЗ НСО «Государственная Новосибирская областная клиническая больница»",
            "ГБУЗ НСО «Городская клиническая больница № 1»",
            "ФГБУ «НМИЦ им. ак. Е.Н. Мешалкина» Минздрава России",
        ],
        smp="ГБУЗ НСО «Станция скорой медицинской помощи»",
        site="https://oblmed.nsk.ru",
    ),
    dict(
        region="Нижегородская обл.",
        region_pre="Нижегородской области",
        city="Нижний Новгород",
        city_gen="Нижнего Новгорода",
        idx="603",
        code="831",
        lf="ГБУЗ НО",
        sfx="",
        dom="nn",
        districts=["Нижегородский", "Советский", "Канавинский", "Автозаводский"],
        streets=[
            "ул. Родионова",
            "ул. Большая Покровская",
            "пр-т Гагарина",
            "ул. Ванеева",
            "ул. Бекетова",
            "ул. Республиканская",
        ],
        big=[
            "ГБУЗ НО «Нижегородская областная клиническая больница им. Н.А. Семашко»",
            "ГБУЗ НО «Городская клиническая больница № 13 Автозаводского района г. Нижнего Новгорода»",
            "ГБУЗ НО «Нижегородская областная детская клиническая больница»",
        ],
        smp="ГБУЗ НО «Станция скорой медицинской помощи г. Нижнего Новгорода»",
        site="https://nokb.ru",
    ),
]


def ru_region(rng: random.Random) -> dict:
    return rng.choice(RU_REGIONS)


def ru_org(rng: random.Random, R: dict, kind: str = "hosp") -> str:
    lf, sfx = R["lf"], R["sfx"]
    n = rng.randint(1, 48)
    if kind == "big":
        return rng.choice(R["big"])
    if kind == "adult":
        return rng.choice(
            [o for o in R["big"] if "етск" not in o and "ДГКБ" not in o] + [f"{lf} «ГКБ № {n}{sfx}»"]
        )
    if kind == "hosp":
        return rng.choice(
            [
                f"{lf} «Городская клиническая больница № {n}{sfx}»",
                f"{lf} «ГКБ № {n}{sfx}»",
                rng.choice(R["big"]),
            ]
        )
    if kind == "poly":
        return rng.choice(
            [
                f"{lf} «Городская поликлиника № {n}{sfx}»",
                f"{lf} «ГП № {n}{sfx}»",
                f"{lf} «Городская поликлиника № {n}»",
            ]
        )
    if kind == "child":
        return f"{lf} «Детская городская поликлиника № {n}{sfx}»"
    if kind == "rd":
        return rng.choice(
            [
                f"{lf} «Родильный дом № {rng.randint(1, 9)}{sfx}»",
                f"{lf} «Городской клинический перинатальный центр{sfx}»",
            ]
        )
    if kind == "pab":
        rp = "Республиканское" if R["region"].startswith("Респ") else ("Городское" if sfx else "Областное")
        return rng.choice(
            [
                f"{lf} «Патологоанатомическое бюро{sfx}»",
                f"{lf} «{rp} патологоанатомическое бюро»",
                R["big"][0],
            ]
        )
    if kind == "police":
        dist = rng.choice(R["districts"])
        dat = dist[:-2] + "ому"
        return rng.choice(
            [
                f"Отдел полиции № {rng.randint(1, 17)} «{dist}» Управления МВД России по г. {R['city_gen']}",
                f"ОМВД России по {dat} району г. {R['city_gen']}",
                f"УМВД России по г. {R['city_gen']}",
            ]
        )
    if kind == "court":
        return f"{rng.choice(R['districts'])} районный суд г. {R['city_gen']}"
    raise ValueError(kind)


RU_INSURERS = [
    "АО «СОГАЗ-Мед»",
    "ООО «Капитал МС»",
    "ООО СМК «РЕСО-Мед»",
    "АО «МАКС-М»",
    "ООО «АльфаСтрахование-ОМС»",
    "ООО «Ингосстрах-М»",
    "АО «Страховая компания «СОГАЗ-Мед»",
]
RU_EMPLOYERS = [
    "ООО «Техностройинвест»",
    "ПАО «Татнефть»",
    "АО «Почта России»",
    "ООО «СибТрансЛогистик»",
    "ООО «Волга-Сервис»",
    "АО «Уралхиммаш»",
    "ООО «Гранит-М»",
    "ПАО «Сбербанк»",
    "ООО «Лента»",
    "АО «Тандер»",
    "ООО «Вайлдберриз»",
    "МУП «Горэлектротранс»",
]
RU_SCHOOLS = ["МБОУ «СОШ № {n}»", "МАОУ «Гимназия № {n}»", "МБОУ «Лицей № {n}»"]
RU_KINDER = [
    "МБДОУ «Детский сад № {n}»",
    "МАДОУ «Детский сад № {n} «Солнышко»»",
    "МБДОУ «Детский сад комбинированного вида № {n}»",
]
RU_MAILS = ["mail.ru", "yandex.ru", "gmail.com", "bk.ru", "list.ru", "inbox.ru", "rambler.ru"]


def ru_address(rng: random.Random, R: dict, style: str | None = None) -> str:
    st = rng.choice(R["streets"])
    house = str(rng.randint(1, 180)) + rng.choice(["", "", "", "а", "/2", " корп. 2", ", корп. 1"])
    flat = rng.randint(1, 320)
    style = style or rng.choice(["full", "full", "region", "street", "street", "compact"])
    tail = f"{st}, д. {house}, кв. {flat}" if rng.random() < 0.8 and style != "org" else f"{st}, д. {house}"
    if style == "org":
        style = "full"
    if style == "full":
        idx = (
            R["idx"] + f"{rng.randint(0, 999):03d}"
            if R["idx"] != "1"
            else f"1{rng.randint(1, 29):02d}{rng.randint(0, 999):03d}"
        )
        if R["region"] == "г. Москва":
            return f"{idx}, г. Москва, {tail}"
        return f"{idx}, {R['region']}, г. {R['city']}, {tail}"
    if style == "region":
        if R["region"] == "г. Москва":
            return f"г. Москва, поселение Сосенское, пос. Коммунарка, ул. Липовый Парк, д. {rng.randint(1, 12)}, кв. {flat}"
        vill = rng.choice(["пос. Лесной", "с. Высокая Гора", "д. Кузнечиха", "пгт Кольцово", "с. Новое Село"])
        return f"{R['region']}, {rng.choice(['Пригородный', 'Зеленодольский', 'Берёзовский', 'Кстовский'])} р-н, {vill}, ул. {rng.choice(['Лесная', 'Садовая', 'Молодёжная', 'Центральная'])}, д. {rng.randint(1, 60)}"
    if style == "compact":
        return f"{st} {rng.randint(1, 150)}-{flat}"
    return tail


def ru_phone(rng: random.Random, R: dict | None = None, mobile: bool | None = None) -> str:
    mobile = rng.random() < 0.75 if mobile is None else mobile
    if mobile:
        a = f"9{rng.randint(0, 99):02d}"
    else:
        a = R["code"] if R else "843"
    b, c, d_ = rng.randint(200, 999), rng.randint(0, 99), rng.randint(0, 99)
    return rng.choice(
        [
            f"+7 ({a}) {b}-{c:02d}-{d_:02d}",
            f"8 ({a}) {b}-{c:02d}-{d_:02d}",
            f"8-{a}-{b}-{c:02d}-{d_:02d}",
            f"+7{a}{b}{c:02d}{d_:02d}",
            f"8{a}{b}{c:02d}{d_:02d}",
            f"+7 {a} {b} {c:02d} {d_:02d}",
        ]
    )


def ru_email(rng: random.Random, p: RuPerson) -> str:
    s = translit(p.S()).lower().replace("-", "")
    f = translit(p.first).lower()
    y = str(rng.randint(60, 99) if rng.random() < 0.5 else rng.randint(1, 999))
    form = rng.choice(
        [f"{f}.{s}{y}", f"{s}_{f[0]}", f"{s}.{f[0]}{translit(p.patr[0]).lower()}", f"{f}{y}", f"{s}{y}"]
    )
    return f"{form}@{rng.choice(RU_MAILS)}"


# ---------------------------------------------------------------------------
# eponyms
# ---------------------------------------------------------------------------

RU_EPO_EXAM = [
    "Симптом Пастернацкого",
    "симптом Щёткина–Блюмберга",
    "симптом Ортнера",
    "симптом Кернига",
    "симптом Мерфи",
    "симптом Ровзинга",
    "симптом Ситковского",
    "симптом Ласега",
    "симптом Хвостека",
    "симптом Мюссе",
    "симптом Мейо-Робсона",
    "симптом Образцова",
    "симптом Кера",
    "симптом Воскресенского",
]
RU_EPO_DX = [
    "болезнь Паркинсона",
    "болезнь Альцгеймера",
    "тиреоидит Хашимото",
    "болезнь Крона",
    "синдром Дауна",
    "болезнь Бехтерева",
    "контрактура Дюпюитрена",
    "грыжа Шморля",
    "киста Бейкера",
    "узлы Гебердена",
    "синдром Иценко–Кушинга",
    "болезнь Грейвса",
    "синдром Шегрена",
    "синдром Рейно",
    "болезнь Виллебранда",
    "пищевод Барретта",
    "синдром Мэллори–Вейса",
    "дивертикул Меккеля",
    "тетрада Фалло",
    "синдром Вольфа–Паркинсона–Уайта",
    "лимфома Ходжкина",
    "болезнь Аддисона",
    "артериит Такаясу",
    "энцефалопатия Вернике",
    "болезнь Пертеса",
    "болезнь Осгуда–Шлаттера",
    "перелом Коллеса",
    "паралич Белла",
    "синдром Гийена–Барре",
]
RU_EPO_PROC = [
    "катетер Фолея",
    "аппарат Илизарова",
    "шина Белера",
    "повязка Дезо",
    "зонд Блэкмора",
    "операция по Лихтенштейну",
    "резекция желудка по Бильрот II",
    "разрез по Пфанненштилю",
    "маневр Вальсальвы",
    "приём Геймлиха",
    "положение Тренделенбурга",
    "положение Фаулера",
    "манёвр Эпли",
    "проба Дикса–Холлпайка",
    "пробы Ромберга",
    "проба Штанге",
    "проба Генчи",
    "проба Мартине",
]
RU_EPO_SCALE = [
    "шкале Глазго",
    "шкале Апгар",
    "шкале Бартел",
    "шкале Рэнкина",
    "шкале Морсе",
    "шкале Брейдена",
    "шкале Нортон",
    "шкале Бека",
    "шкале Гамильтона",
    "шкале Карновского",
    "шкале Эпворта",
    "индексу Альговера",
    "шкале Освестри",
    "шкале Killip",
]
RU_EPO_LAB = [
    "по Нечипоренко",
    "по Зимницкому",
    "по Вестергрену",
    "по Панченкову",
    "по Граму",
    "по Цилю–Нильсену",
    "по Папаниколау",
    "по Кокрофту–Голту",
    "по Фридевальду",
]

EN_EPO_EXAM = [
    "Murphy's sign",
    "McBurney's point",
    "Kernig's sign",
    "Brudzinski's sign",
    "Babinski sign",
    "Romberg test",
    "Tinel's sign",
    "Phalen's test",
    "Lachman test",
    "McMurray test",
    "Homans' sign",
    "Kussmaul breathing",
    "Cheyne-Stokes respiration",
    "Korotkoff sounds",
    "Rovsing's sign",
    "Trendelenburg gait",
    "Chvostek's sign",
    "Trousseau's sign",
]
EN_EPO_DX = [
    "Parkinson's disease",
    "Alzheimer's disease",
    "Crohn's disease",
    "Down syndrome",
    "Bell's palsy",
    "Cushing's syndrome",
    "Graves' disease",
    "Addison's disease",
    "Barrett's oesophagus",
    "Hodgkin lymphoma",
    "Hashimoto thyroiditis",
    "Raynaud's phenomenon",
    "Sjögren's syndrome",
    "Guillain-Barré syndrome",
    "Wernicke encephalopathy",
    "Kawasaki disease",
    "Wolff-Parkinson-White syndrome",
    "Baker's cyst",
    "Dupuytren's contracture",
    "Colles fracture",
    "Osgood-Schlatter disease",
    "Charcot foot",
    "Meckel's diverticulum",
    "Mallory-Weiss tear",
    "Ebstein anomaly",
    "Paget's disease",
    "Huntington's disease",
    "Tourette syndrome",
    "Asperger syndrome",
]
EN_EPO_PROC = [
    "Foley catheter",
    "Swan-Ganz catheter",
    "Hickman line",
    "Whipple procedure",
    "Nissen fundoplication",
    "Epley manoeuvre",
    "Dix-Hallpike test",
    "Valsalva manoeuvre",
    "Heimlich manoeuvre",
    "Trendelenburg position",
    "Fowler's position",
    "Seldinger technique",
    "Roux-en-Y gastric bypass",
    "Hartmann's procedure",
]
EN_EPO_SCALE = [
    "Glasgow Coma Scale",
    "Apgar score",
    "Wells score",
    "Bishop score",
    "Braden scale",
    "Waterlow score",
    "Morse Fall Scale",
    "Beck Depression Inventory",
    "Karnofsky performance status",
    "Epworth Sleepiness Scale",
    "Cockcroft-Gault equation",
    "Killip class",
    "Gleason score",
    "Breslow thickness",
    "Clark level",
    "Nottingham grade",
    "Tanner stage",
    "Glasgow-Blatchford score",
    "Ziehl-Neelsen stain",
    "Gram stain",
    "Papanicolaou stain",
    "Reed-Sternberg cells",
]


def pick(rng: random.Random, seq):
    return rng.choice(seq)


# ---------------------------------------------------------------------------
# Russian documents
# ---------------------------------------------------------------------------

RU_DRUGS = [
    "Нитроглицерин 0,5 мг сублингвально",
    "Ацетилсалициловая кислота 250 мг разжевать",
    "Гепарин 5000 ЕД в/в струйно",
    "Метамизол натрия 50% — 2,0 мл в/м",
    "Дротаверин 2% — 2,0 мл в/м",
    "Эналаприлат 1,25 мг в/в",
    "Сальбутамол 2,5 мг через небулайзер",
    "Натрия хлорид 0,9% — 250 мл в/в капельно",
    "Кеторолак 30 мг в/м",
    "Фуросемид 40 мг в/в",
    "Каптоприл 25 мг под язык",
    "Морфин 1% — 1,0 мл в/в дробно",
]


def ru_years(n: int) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return f"{n} год"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return f"{n} года"
    return f"{n} лет"


def _ru_pat(rng: random.Random, age0: int = 18, age1: int = 90, g: str | None = None):
    p = RuPerson(rng, g)
    born = rdate(rng, 2025 - age1, 2025 - age0)
    return p, born


def ru_smp_call_card(rng: random.Random, d: Doc) -> None:
    R = ru_region(rng)
    p, born = _ru_pat(rng, 40, 92)
    ev = rdate(rng, 2023, 2025)
    rel = (
        rng.choice(["дочь", "сын", "жена", "соседка"])
        if p.g == "m"
        else rng.choice(["дочь", "сын", "соседка", "муж"])
    )
    caller = RuPerson(rng, "m" if rel in ("сын", "муж") else "f")
    d(
        "КАРТА ВЫЗОВА СКОРОЙ МЕДИЦИНСКОЙ ПОМОЩИ № ",
        ID(f"{rng.randint(1, 2999)}"),
        " ",
        rng.choice(["", "(форма № 110/у)"]),
        "\n",
    )
    d(O(R["smp"]), "\n")
    d(
        f"Подстанция № {rng.randint(1, 14)}    Бригада № {rng.randint(101, 499)} ({rng.choice(['фельдшерская', 'врачебная', 'реанимационная'])})\n"
    )
    t0 = rng.randint(0, 22 * 60)
    tt = [t0, t0 + rng.randint(1, 6), t0 + rng.randint(7, 9), t0 + rng.randint(14, 35)]
    tt = [f"{t // 60:02d}:{t % 60:02d}" for t in tt]
    d(
        "Дата вызова: ",
        RD(rng, ev, "dmy"),
        f"   Приём вызова {tt[0]}  Передача {tt[1]}  Выезд {tt[2]}  Прибытие {tt[3]}\n",
    )
    d(
        "Адрес вызова: ",
        A(ru_address(rng, R, rng.choice(["street", "full", "compact"]))),
        f", подъезд {rng.randint(1, 8)}, этаж {rng.randint(1, 16)}, код домофона {rng.randint(10, 399)}К\n",
    )
    d(
        f"Вызов принят от: {rel}, ",
        N(caller.F() if rng.random() < 0.5 else caller.io()),
        ", тел. ",
        P(ru_phone(rng, R)),
        "\n",
    )
    fam = rng.random()
    if fam < 0.3:
        d("Ф.И.О. больного: ", N(p.fio().upper()), "\n")
    elif fam < 0.45:
        d("Ф.И.О. больного: ", N(p.fio().lower()), "\n")
    else:
        d("Ф.И.О. больного: ", N(p.fio()), "\n")
    age = ev.year - born.year
    d(
        f"Пол: {'муж' if p.g == 'm' else 'жен'}.   Возраст: {ru_years(age)}   Дата рождения: ",
        RD(rng, born, "dmy", tail=False),
        "\n",
    )
    d("Полис ОМС: ", ID(make_oms(rng)), "   СМО: ", O(pick(rng, RU_INSURERS)), "\n")
    if rng.random() < 0.5:
        d("СНИЛС: ", ID(make_snils(rng)), "\n")
    reason = rng.choice(
        ["боли в груди", "высокое АД", "боль в животе", "одышка", "потеря сознания", "травма ноги"]
    )
    d(f"Повод к вызову: {reason}. Вызов первичный, экстренный.\n")
    d(
        "Анамнез: со слов ",
        rng.choice(["дочери", "родственников", "больного"]),
        ", ухудшение с ",
        RD(rng, ev - dt.timedelta(days=rng.randint(1, 4)), "dmy2", tail=False),
        ". В ",
        D(str(rng.randint(2008, 2022))),
        f" г. перенёс {rng.choice(['ОИМ', 'ОНМК', 'холецистэктомию', 'ТЭЛА'])}. ",
    )
    d(f"Страдает ГБ {rng.randint(10, 25)} лет, принимает лозартан 50 мг/сут. Аллергоанамнез не отягощён.\n")
    d(
        "Объективно: состояние средней степени тяжести. Сознание ясное, по ",
        EP("шкале Глазго"),
        f" {rng.randint(13, 15)} баллов. ",
    )
    d(
        f"АД {rng.randint(110, 210)}/{rng.randint(60, 120)} мм рт. ст., ЧСС {rng.randint(55, 130)} в мин, ЧДД {rng.randint(14, 28)}, SpO2 {rng.randint(88, 99)}%, t {rng.randint(359, 389) / 10} °C, глюкоза {rng.randint(40, 180) / 10} ммоль/л. "
    )
    d("Живот мягкий. ", EP(pick(rng, RU_EPO_EXAM)), " отрицательный. ")
    if rng.random() < 0.5:
        d("Менингеальные знаки: ", EP("симптом Кернига"), " отрицательный. ")
    d(
        f"ЭКГ: ритм синусовый, ЧСС {rng.randint(60, 110)}, элевация ST в II, III, aVF до {rng.randint(1, 3)} мм.\n"
    )
    d(
        f"Диагноз: {rng.choice(['I21.1 Острый нижний инфаркт миокарда', 'I11.9 Гипертоническая болезнь, криз', 'K80.0 Желчнокаменная болезнь', 'J44.1 ХОБЛ, обострение', 'S82.6 Перелом лодыжки'])}.\n"
    )
    d("Оказанная помощь: ", "; ".join(rng.sample(RU_DRUGS, 3)), ".\n")
    doc_person = RuPerson(rng)
    d(
        f"Результат: доставлен в {rng.choice(['приёмное отделение', 'РСЦ', 'ПСО'])} ",
        O(ru_org(rng, R, "adult")),
        f" в {(t0 + 60) // 60 % 24:02d}:{(t0 + 60) % 60:02d}, принят дежурным врачом ",
        N(doc_person.ini("ins", rng=rng)),
        ".\n",
    )
    f1, f2 = RuPerson(rng), RuPerson(rng)
    d("Фельдшер: ", N(f1.ini(rng=rng)), " ________    Врач: ", N(f2.ini(rng=rng)), " ________\n")
    d("Старший врач смены: ", N(RuPerson(rng).ini(rng=rng)), "\n")


def ru_eln_extract(rng: random.Random, d: Doc) -> None:
    R = ru_region(rng)
    p, born = _ru_pat(rng, 20, 64)
    start = rdate(rng, 2023, 2025)
    end = start + dt.timedelta(days=rng.randint(5, 20))
    poly = ru_org(rng, R, "poly")
    d("ВЫПИСКА ИЗ ЭЛЕКТРОННОГО ЛИСТКА НЕТРУДОСПОСОБНОСТИ\n")
    d("Номер ЭЛН: ", ID(f"9{digits(rng, 11)}"), rng.choice(["", "   (первичный)", "   продолжение ЭЛН № "]))
    if d.text.endswith("№ "):
        d(ID(f"9{digits(rng, 11)}"))
    d("\n")
    d("Медицинская организация: ", O(poly), "\n")
    d("Адрес МО: ", A(ru_address(rng, R, "full")), f"   ОГРН {digits(rng, 13)}\n")
    d("Ф.И.О. нетрудоспособного: ", N(p.fio() if rng.random() < 0.6 else p.fio().upper()), "\n")
    d("Дата рождения: ", RD(rng, born, "dmy", tail=False), f"   Пол: {'М' if p.g == 'm' else 'Ж'}\n")
    d("СНИЛС: ", ID(make_snils(rng)), "\n")
    if rng.random() < 0.5:
        d("ИНН: ", ID(make_inn12(rng)), "\n")
    emp = pick(rng, RU_EMPLOYERS)
    d("Место работы: ", O(emp), f"  (ИНН организации {make_inn10(rng)}; основное)\n")
    d(
        f"Причина нетрудоспособности: {rng.choice(['01 — заболевание', '02 — травма', '09 — уход за больным членом семьи'])}\n"
    )
    if rng.random() < 0.35:
        child = RuPerson(rng)
        d(
            "Уход за: ",
            N(child.S() + " " + child.F()),
            f", {ru_years(rng.randint(2, 14))}, {'сын' if child.g == 'm' else 'дочь'}\n",
        )
    d("Освобождение от работы: с ", D(f"{start:%d.%m}"), " по ", D(f"{end:%d.%m.%Y}"), "\n")
    doc = RuPerson(rng)
    d(
        f"Должность врача: {rng.choice(['врач-терапевт участковый', 'врач общей практики', 'врач-невролог', 'врач-травматолог-ортопед'])}  ",
        N(doc.ini(style=rng.randint(0, 3))),
        "\n",
    )
    if rng.random() < 0.5:
        vk = RuPerson(rng)
        d(
            "Председатель ВК: ",
            N(vk.ini(style=rng.randint(0, 3))),
            "  (продление свыше 15 дней, протокол ВК № ",
            ID(f"{rng.randint(10, 900)}"),
            ")\n",
        )
    d("Приступить к работе: ", RD(rng, end + dt.timedelta(days=1), "dmy", tail=False), "\n")
    d(f"Диагноз (код МКБ-10): {rng.choice(['J06.9', 'M54.5', 'S93.4', 'I11.9', 'K29.7'])}\n")
    d(
        "Статус ЭЛН проверить: ",
        U(rng.choice(["https://lk.sfr.gov.ru", "https://www.gosuslugi.ru", "lk.fss.ru"])),
        "\n",
    )
    d(f"Лицензия МО: Л041-01{rng.randint(100, 199)}-{rng.randint(10, 99)}/00{rng.randint(100000, 999999)}\n")


def ru_death_cert(rng: random.Random, d: Doc) -> None:
    R = ru_region(rng)
    p, born = _ru_pat(rng, 55, 95)
    death = rdate(rng, 2023, 2025)
    d("МЕДИЦИНСКОЕ СВИДЕТЕЛЬСТВО О СМЕРТИ\n")
    d(
        rng.choice(["", "(окончательное)  "]),
        "Серия и номер: ",
        ID(f"{R['idx'][:2]}{rng.choice(['', '0'])} {rng.randint(100000, 999999)}"),
        "\n",
    )
    d(
        "Дата выдачи: ",
        RD(rng, death + dt.timedelta(days=rng.randint(0, 2)), rng.choice(["guill", "long", "dmy"])),
        "\n",
    )
    d("1. Фамилия, имя, отчество умершего(ей): ", N(p.fio().upper() if rng.random() < 0.6 else p.fio()), "\n")
    d(f"2. Пол: {'мужской' if p.g == 'm' else 'женский'}\n")
    d("3. Дата рождения: ", RD(rng, born, "dmy", tail=False), "\n")
    d("4. Дата смерти: ", RD(rng, death, "dmy", tail=False), f"   время {hhmm(rng)}\n")
    d("5. Регистрация по месту жительства: ", A(ru_address(rng, R, rng.choice(["full", "region"]))), "\n")
    d("6. Местность: городская\n")
    d(f"7. Место смерти: {rng.choice(['в стационаре', 'дома', 'в машине скорой помощи'])}")
    if rng.random() < 0.5:
        d(" — ", O(ru_org(rng, R, "hosp")))
    d("\n")
    d(
        f"8. Образование: {rng.choice(['среднее профессиональное', 'высшее', 'основное общее'])}   9. Занятость: пенсионер(ка)\n"
    )
    d("10. Документ, удостоверяющий личность: паспорт ", ID(make_passport(rng)), "\n")
    d("11. СНИЛС: ", ID(make_snils(rng)), "   Полис ОМС: ", ID(make_oms(rng)), "\n")
    d("19. Причины смерти:                                     Код по МКБ-10\n")
    chains = [
        ("а) Отёк лёгких", "J81"),
        ("б) Острый трансмуральный инфаркт миокарда передней стенки", "I21.0"),
        ("в) Стенозирующий атеросклероз коронарных артерий", "I25.1"),
        ("а) Полиорганная недостаточность", "R68.8"),
        ("б) Рак сигмовидной кишки T4N2M1", "C18.7"),
    ]
    for line, code in chains[:3] if rng.random() < 0.5 else [chains[0], chains[3], chains[4]][1:]:
        d(f"   {line}{' ' * max(2, 56 - len(line))}{code}\n")
    if rng.random() < 0.5:
        d(
            "II. Прочие важные состояния: ",
            EP(
                pick(
                    rng,
                    ["болезнь Паркинсона", "болезнь Альцгеймера", "синдром Иценко–Кушинга", "болезнь Крона"],
                )
            ),
            ", сахарный диабет 2 типа (E11.7)\n",
        )
    doc = RuPerson(rng)
    d(
        f"20. Причины смерти установлены {rng.choice(['врачом, лечившим больного', 'патологоанатомом', 'врачом, только установившим смерть'])}\n"
    )
    d("Врач: ", N(doc.fio() if rng.random() < 0.5 else doc.ini(style=0)), " ________ (подпись)\n")
    rec = RuPerson(rng)
    rel = rng.choice(["сын", "дочь", "внук", "внучка"])
    rec = RuPerson(rng, "m" if rel in ("сын", "внук") else "f")
    d("Получатель: ", rel, " ", N(rec.fio()), ", паспорт ", ID(make_passport(rng)), "\n")
    d("Руководитель МО: ", N(RuPerson(rng).ini(style=rng.randint(0, 3))), "   М.П.\n")


def ru_autopsy_header(rng: random.Random, d: Doc) -> None:
    R = ru_region(rng)
    p, born = _ru_pat(rng, 45, 95)
    death = rdate(rng, 2023, 2025)
    aut = death + dt.timedelta(days=rng.randint(1, 3))
    org = ru_org(rng, R, "pab")
    d(
        O(org),
        "\n",
        rng.choice(
            ["Централизованное патологоанатомическое отделение", "Патологоанатомическое отделение № 2"]
        ),
        "\n\n",
    )
    d("ПРОТОКОЛ ПАТОЛОГОАНАТОМИЧЕСКОГО ВСКРЫТИЯ № ", ID(f"{rng.randint(1, 1800)}"), "\n")
    d("(форма № 013/у)\n")
    d("Медицинская карта стационарного больного № ", ID(f"{rng.randint(1000, 99999)}/{aut:%y}"), "\n")
    d(
        "Отделение, где умер больной: ",
        rng.choice(
            ["ОРИТ № 1", "кардиологическое отделение № 2", "неврологическое отделение для больных с ОНМК"]
        ),
        " ",
        O(ru_org(rng, R, "hosp")),
        "\n",
    )
    d("Фамилия, имя, отчество умершего: ", N(p.fio()), "\n")
    d(
        "Дата рождения: ",
        RD(rng, born, rng.choice(["dmy", "long"])),
        f"   Возраст: {ru_years(death.year - born.year)}\n",
    )
    d(
        "Дата поступления: ",
        RD(rng, death - dt.timedelta(days=rng.randint(1, 20)), "dmy", tail=False),
        f" {hhmm(rng)}\n",
    )
    d(
        "Дата смерти: ",
        RD(rng, death, "dmy", tail=False),
        f" {hhmm(rng)}     Дата вскрытия: ",
        RD(rng, aut, "dmy", tail=False),
        "\n",
    )
    d(
        "Лечащий врач: ",
        N(RuPerson(rng).ini(style=rng.choice([0, 1]))),
        "   Присутствовали при вскрытии: ",
        N(RuPerson(rng).ini(style=rng.choice([0, 2]))),
        ", ",
        N(RuPerson(rng).ini(style=0)),
        "\n",
    )
    d(
        "Клинический диагноз: ",
        pick(
            rng,
            [
                "ИБС. Повторный инфаркт миокарда (I21.4).",
                "Ишемический инсульт в бассейне ЛСМА (I63.5).",
                "Цирроз печени смешанной этиологии, класс C по Чайлд-Пью (K74.6).",
            ],
        ),
        "\n",
    )
    d(
        "Краткая клиническая выписка: ",
        rng.choice(["Находился на ИВЛ ", "Проводилась инотропная поддержка "]),
        f"{rng.randint(1, 9)} суток. Установлен ",
        EP("катетер Фолея"),
        ". ",
    )
    d(
        f"Креатинин {rng.randint(90, 600)} мкмоль/л, Hb {rng.randint(60, 140)} г/л, лейкоциты {rng.randint(4, 30)}×10⁹/л.\n"
    )
    if rng.random() < 0.6:
        d(
            "Окраска препаратов: гематоксилин-эозин, ",
            EP(pick(rng, ["по Цилю–Нильсену", "по Граму", "по ван Гизону"])),
            ".\n",
        )
    d(
        f"Масса сердца {rng.randint(300, 620)} г, толщина стенки ЛЖ {rng.randint(10, 22)} мм. Коронарные артерии: стеноз ПМЖВ до {rng.randint(50, 95)}%.\n"
    )
    path = RuPerson(rng)
    d(
        "Врач-патологоанатом: ",
        rng.choice(["к.м.н. ", "", "д.м.н., доц. "]),
        N(path.fio() if rng.random() < 0.4 else path.ini(style=rng.randint(0, 4))),
        "\n",
    )
    d("Заведующий отделением: ", N(RuPerson(rng).ini(style=rng.randint(0, 4))), "\n")
    d("Запрос копии протокола: ", E(f"pao@{R['dom']}-{rng.choice(['pab', 'okb', 'gkb'])}.ru"), "\n")


def ru_child_112(rng: random.Random, d: Doc) -> None:
    R = ru_region(rng)
    child = RuPerson(rng)
    born = rdate(rng, 2016, 2024)
    mom = RuPerson(rng, "f", child.origin)
    mom.sur = _fem_sur(child.sur) if child.g == "m" else child.sur
    dad = RuPerson(rng, "m", child.origin)
    dad.sur = child.sur if child.g == "m" else rng.choice(RU_ORIGINS[child.origin]["sur"])
    if child.g == "f":
        from_dad = dad.sur
        child.sur = _fem_sur(from_dad)
        mom.sur = _fem_sur(from_dad)
    d("ИСТОРИЯ РАЗВИТИЯ РЕБЁНКА (ф. 112/у)  № ", ID(f"{rng.randint(100, 9999)}"), "\n")
    d(O(ru_org(rng, R, "child")), f", педиатрический участок № {rng.randint(1, 40)}\n")
    d("Фамилия, имя, отчество ребёнка: ", N(child.fio()), "\n")
    d("Дата рождения: ", RD(rng, born, rng.choice(["dmy", "long"])), "\n")
    d("Домашний адрес: ", A(ru_address(rng, R, rng.choice(["full", "street"]))), "\n")
    d("Полис ОМС: ", ID(make_oms(rng)), "   СНИЛС: ", ID(make_snils(rng)), "\n")
    d(
        "Мать: ",
        N(mom.fio()),
        ", ",
        D(str(rng.randint(1985, 2002))),
        " г.р., место работы: ",
        O(pick(rng, RU_EMPLOYERS)),
        ", тел. ",
        P(ru_phone(rng, R, True)),
        "\n",
    )
    d(
        "Отец: ",
        N(dad.fio() if rng.random() < 0.7 else dad.ini(style=0)),
        ", ",
        D(str(rng.randint(1980, 2000))),
        " г.р.",
        rng.choice(["", ", тел. "]),
    )
    if d.text.endswith("тел. "):
        d(P(ru_phone(rng, R, True)))
    d("\n")
    d(
        "Из роддома: ",
        O(ru_org(rng, R, "rd")),
        f". Беременность {rng.randint(1, 4)}, роды {rng.randint(1, 3)}, срок {rng.randint(37, 41)} нед. ",
    )
    d(
        f"Масса {rng.randint(2700, 4300)} г, рост {rng.randint(48, 56)} см. Оценка по ",
        EP("шкале Апгар"),
        f" {rng.randint(6, 8)}/{rng.randint(8, 9)} баллов.\n",
    )
    d(f"Вакцинация в роддоме: V1 гепатит B, БЦЖ-М (серия {rng.randint(100, 999)}, лот не персон.).\n")
    d(
        "Осмотр на дому ",
        RD(rng, born + dt.timedelta(days=rng.randint(3, 7)), "dmy", tail=False),
        ": пуповинный остаток отпал, кожа чистая.\n",
    )
    for age_m in sorted(rng.sample([1, 2, 3, 6, 9, 12], 2)):
        vd = born + dt.timedelta(days=30 * age_m + rng.randint(-3, 3))
        d(
            "\n",
            RD(rng, vd, rng.choice(["dmy", "dmy2"]), tail=False),
            f"  Осмотр в {age_m} мес. Масса {3400 + 650 * age_m + rng.randint(-300, 300)} г. Жалоб со слов матери ",
            N(mom.io("gen") if rng.random() < 0.5 else mom.F("gen")),
            " нет. ",
        )
        d(
            "Развитие по возрасту. ",
            rng.choice(
                [
                    "Рефлекс Бабинского физиологический.",
                    "ОАМ: лейкоциты 1-2 в п/зр.",
                    "Проба на тугоухость — прошёл.",
                ]
            ),
            "\n",
        )
    if (2025 - born.year) >= 1:
        d(
            "Туберкулинодиагностика: ",
            EP("проба Манту"),
            " 2 ТЕ от ",
            RD(rng, born + dt.timedelta(days=400), "dmy", tail=False),
            f" — папула {rng.randint(0, 9)} мм.\n",
        )
    if rng.random() < 0.5:
        d(
            "Посещает ",
            O(rng.choice(RU_KINDER).format(n=rng.randint(1, 400))),
            f", группа № {rng.randint(1, 12)}.\n",
        )
    ped = RuPerson(rng, "f")
    d("Участковый педиатр: ", N(ped.ini(rng=rng)), "\n")


def ru_pregnancy_113(rng: random.Random, d: Doc) -> None:
    R = ru_region(rng)
    p, born = _ru_pat(rng, 19, 42, "f")
    lmp = rdate(rng, 2023, 2024)
    edd = lmp + dt.timedelta(days=280)
    d("ОБМЕННАЯ КАРТА беременной, роженицы и родильницы (ф. 113/у)\n")
    d("1. Сведения женской консультации о беременной\n")
    d("Женская консультация ", O(ru_org(rng, R, "poly")), "\n")
    d("Фамилия, имя, отчество: ", N(p.fio()), "   Возраст ", ru_years(2024 - born.year), "\n")
    d("Дата рождения: ", RD(rng, born, "dmy", tail=False), "   Паспорт: ", ID(make_passport(rng)), "\n")
    d("Адрес: ", A(ru_address(rng, R)), "   Тел.: ", P(ru_phone(rng, R, True)), "\n")
    if rng.random() < 0.6:
        hub = RuPerson(rng, "m")
        d(
            "Муж: ",
            N(hub.fio() if rng.random() < 0.5 else hub.io()),
            ", ",
            D(str(rng.randint(1980, 2002))),
            " г.р., тел. ",
            P(ru_phone(rng, R, True)),
            "\n",
        )
    d("СНИЛС: ", ID(make_snils(rng)), "   Полис ОМС: ", ID(make_oms(rng)), "\n")
    d(
        f"Группа крови и резус-принадлежность: {rng.choice(['0(I)', 'A(II)', 'B(III)', 'AB(IV)'])} Rh{rng.choice(['+', '(-)'])}\n"
    )
    d(
        "Первая явка: ",
        RD(rng, lmp + dt.timedelta(days=rng.randint(42, 84)), "dmy"),
        f" при сроке {rng.randint(6, 12)} нед.\n",
    )
    d(
        "Последняя менструация: ",
        RD(rng, lmp, "dmy", tail=False),
        "   Предполагаемый срок родов: ",
        RD(rng, edd, "dmy", tail=False),
        "\n",
    )
    d(
        f"Беременность {rng.randint(1, 5)}, роды {rng.randint(0, 3)}. Экстрагенитальные заболевания: ",
        EP(pick(rng, ["тиреоидит Хашимото", "болезнь Виллебранда", "синдром Рейно"]))
        if rng.random() < 0.5
        else "нет",
        ".\n",
    )
    d(
        "Анализ мочи ",
        EP("по Нечипоренко"),
        f": лейкоциты {rng.randint(500, 4000)}/мл, эритроциты {rng.randint(100, 1000)}/мл. ",
    )
    if rng.random() < 0.5:
        d("Проба ", EP("по Зимницкому"), " — без особенностей. ")
    d(
        f"Hb {rng.randint(95, 135)} г/л, глюкоза {rng.randint(38, 60) / 10} ммоль/л, ВИЧ, RW, HBsAg, HCV — отр. (от ",
        RD(rng, lmp + dt.timedelta(days=120), "dmy2", tail=False),
        ").\n",
    )
    d(
        "Скрининг I триместра: риск трисомии 21 (",
        EP("синдром Дауна"),
        f") 1:{rng.randint(1500, 20000)}; ПЭ 1:{rng.randint(100, 900)}.\n",
    )
    d(
        "УЗИ ",
        RD(rng, lmp + dt.timedelta(days=rng.randint(130, 150)), "dmy", tail=False),
        f": плод один, предлежание головное, ПДП {rng.randint(20, 24)} нед.\n",
    )
    d(
        "Дородовая госпитализация в ",
        O(ru_org(rng, R, "rd")),
        " с ",
        RD(rng, edd - dt.timedelta(days=rng.randint(3, 14)), "dmy", tail=False),
        "\n",
    )
    d(
        "Врач акушер-гинеколог: ",
        N(RuPerson(rng, "f").ini(rng=rng)),
        "   Акушерка: ",
        N(RuPerson(rng, "f").ini(rng=rng)),
        "\n",
    )


def ru_mis_kv(rng: random.Random, d: Doc) -> None:
    R = ru_region(rng)
    p, born = _ru_pat(rng)
    when = rdate(rng, 2024, 2025)
    d(f"=== ВЫГРУЗКА ИЗ МИС {rng.choice(['«БАРС.Здравоохранение»', 'Инфоклиника', 'qMS', 'ЕМИАС'])} ===\n")
    d("СФОРМИРОВАНО: ", D(f"{when:%d.%m.%Y}"), f" {hhmm(rng)}:{rng.randint(10, 59)}\n")
    d("МО: ", O(ru_org(rng, R, rng.choice(["poly", "hosp"]))), "\n")
    d("[ПАЦИЕНТ]\n")
    up = rng.random() < 0.6
    d("ФАМИЛИЯ: ", N(p.S().upper() if up else p.S()), "\n")
    d("ИМЯ: ", N(p.first.upper() if up else p.first), "\n")
    d("ОТЧЕСТВО: ", N(p.patr.upper() if up else p.patr), "\n")
    d("ДАТА_РОЖДЕНИЯ: ", D(f"{born:%d.%m.%Y}" if rng.random() < 0.6 else born.isoformat()), "\n")
    d(f"ПОЛ: {'М' if p.g == 'm' else 'Ж'}\n")
    d("СНИЛС: ", ID(make_snils(rng)), "\n")
    d("ЕНП: ", ID(make_oms(rng)), "\n")
    d("СМО: ", O(pick(rng, RU_INSURERS)), "\n")
    d("АДРЕС_РЕГ: ", A(ru_address(rng, R, "full").upper() if up else ru_address(rng, R, "full")), "\n")
    if rng.random() < 0.6:
        d("АДРЕС_ФАКТ: ", A(ru_address(rng, R, "street")), "\n")
    d("ТЕЛ_МОБ: ", P(ru_phone(rng, R, True)), "\n")
    d("EMAIL: ", E(ru_email(rng, p)) if rng.random() < 0.8 else "нет", "\n")
    d("АМБ_КАРТА: ", ID(f"{rng.choice(['', 'АК-', 'А'])}{rng.randint(10000, 999999)}"), "\n")
    d(f"УЧАСТОК: {rng.randint(1, 45)} (терапевтический)\n")
    d("ПРИКРЕПЛЕНИЕ_С: ", D(f"{rdate(rng, 2010, 2023):%d.%m.%Y}"), "\n")
    d("[ПОСЛЕДНИЕ_ПОСЕЩЕНИЯ]\n")
    for _ in range(rng.randint(2, 4)):
        v = when - dt.timedelta(days=rng.randint(3, 700))
        doc = RuPerson(rng)
        d(
            D(f"{v:%d.%m.%Y}"),
            f" {hhmm(rng, 8, 19)}; {rng.choice(['ТЕРАПЕВТ', 'НЕВРОЛОГ', 'ОФТАЛЬМОЛОГ', 'ХИРУРГ', 'ЭНДОКРИНОЛОГ'])}; ",
            N(doc.ini(style=0).upper() if up else doc.ini(style=0)),
            f"; {rng.choice(['I10', 'E11.9', 'M42.1', 'H52.1', 'J20.9', 'K21.0'])}; каб. {rng.randint(100, 450)}\n",
        )
    d("[ДИАГНОЗЫ_ДИСП_УЧЁТА]\n")
    d(
        rng.choice(["I11.9 ГБ II ст.", "E11.9 СД 2 типа", "J45.0 Бронхиальная астма"]),
        "; взят ",
        D(f"{rdate(rng, 2015, 2023):%d.%m.%Y}"),
        "\n",
    )
    if rng.random() < 0.5:
        d("E03.8 ", EP("тиреоидит Хашимото"), "; взят ", D(f"{rdate(rng, 2015, 2023):%d.%m.%Y}"), "\n")
    if rng.random() < 0.5:
        d(
            "[ПРОЦЕДУРЫ] ",
            rng.choice(["установлен ", "выполнена ", "проведена "]),
            EP(pick(rng, RU_EPO_PROC)),
            "\n",
        )
    d("[ЛЬГОТЫ] код 081; СНИЛС-подтверждение получено из ЕГИССО\n")
    d("=== КОНЕЦ ВЫГРУЗКИ ===\n")


def ru_journal_pipes(rng: random.Random, d: Doc) -> None:
    R = ru_region(rng)
    day = rdate(rng, 2024, 2025)
    kind = rng.choice(
        ["приёмного отделения", "госпитализаций", "отказов в госпитализации", "процедурного кабинета"]
    )
    d(f"ЖУРНАЛ учёта {kind} (ф. 001/у)   ", O(ru_org(rng, R, "hosp")), "\n")
    d(
        "Дата: ",
        RD(rng, day, "dmy", tail=False),
        "   Дежурный врач: ",
        N(RuPerson(rng).ini(style=rng.choice([0, 1]))),
        "\n",
    )
    sep = rng.choice([" | ", "\t", "|"])
    d(sep.join(["№", "Время", "ФИО", "Д.р.", "Адрес", "Кем доставлен", "Диагноз", "Исход"]), "\n")
    for _ in range(rng.randint(3, 6)):
        p, born = _ru_pat(rng)
        nm = rng.choice([p.fio(), p.ini(style=0), p.fio().upper(), p.fio()])
        d(
            f"{rng.randint(2100, 8999)}{sep}{hhmm(rng)}{sep}",
            N(nm),
            sep,
            D(f"{born:%d.%m.%Y}" if rng.random() < 0.7 else f"{born:%d.%m.%y}"),
            sep,
        )
        d(A(ru_address(rng, R, rng.choice(["street", "compact", "full"]))), sep)
        d(rng.choice(["СМП", "самообращение", "направление п-ки", "СМП бр. 312"]), sep)
        d(rng.choice(["I63.5", "K35.8", "S72.0 перелом ШБ", "J18.9", "I48.0", "K80.1 ЖКБ", "N20.0"]))
        if rng.random() < 0.2:
            d("; ", EP(rng.choice(["симптом Ортнера", "симптом Пастернацкого"])), "+")
        d(sep, rng.choice(["госп. в х/о", "отказ", "госп. ОРИТ", "амб. лечение", "госп. в ПСО"]), "\n")
    d(f"Итого за сутки: {rng.randint(20, 90)} чел.\n")


def ru_mis_csv(rng: random.Random, d: Doc) -> None:
    R = ru_region(rng)
    d("# Реестр записей на вакцинацию/диспансеризацию, экспорт CSV (кодировка UTF-8, разделитель ;)\n")
    d("# Источник: ", O(ru_org(rng, R, "poly")), "\n")
    d("id;фамилия;имя;отчество;дата_рождения;снилс;полис;телефон;email;дата_записи;врач;кабинет\n")
    for _ in range(rng.randint(3, 6)):
        p, born = _ru_pat(rng)
        lo = rng.random() < 0.15
        d(f"{rng.randint(10000, 99999)};")
        for part in (p.S(), p.first, p.patr):
            d(N(part.lower() if lo else part), ";")
        d(
            D(born.isoformat() if rng.random() < 0.5 else f"{born:%d.%m.%Y}"),
            ";",
            ID(make_snils(rng)),
            ";",
            ID(make_oms(rng).replace(" ", "")),
            ";",
        )
        d(P(ru_phone(rng, R, True)), ";")
        if rng.random() < 0.6:
            d(E(ru_email(rng, p)))
        d(
            ";",
            D(f"{rdate(rng, 2025, 2025):%d.%m.%Y}"),
            ";",
            N(RuPerson(rng).ini(style=0)),
            f";{rng.randint(100, 420)}\n",
        )


def ru_insurer_complaint(rng: random.Random, d: Doc) -> None:
    R = ru_region(rng)
    p, born = _ru_pat(rng, 25, 80)
    ins = pick(rng, RU_INSURERS)
    dir_ = RuPerson(rng)
    d("Директору филиала ", O(ins), " в ", R["region_pre"], "\n")
    d(N(dir_.ini("dat", style=rng.choice([0, 2]))), "\n")
    d("от ", N(p.fio("gen")), ",\n")
    d("проживающей(-его) по адресу: ", A(ru_address(rng, R, "full")), ",\n")
    d("полис ОМС № ", ID(make_oms(rng)), ",\nтел. ", P(ru_phone(rng, R, True)))
    if rng.random() < 0.7:
        d(", e-mail: ", E(ru_email(rng, p)))
    d("\n\nЖАЛОБА\n\n")
    ev = rdate(rng, 2024, 2025)
    org = ru_org(rng, R, rng.choice(["poly", "hosp"]))
    doc = RuPerson(rng)
    d(
        "Я, ",
        N(p.fio()),
        ", ",
        RD(rng, ev, "long"),
        " обратился(ась) в ",
        O(org),
        " по поводу ",
        rng.choice(["болей в спине", "повышения давления", "направления на МРТ", "записи к эндокринологу"]),
        ". ",
    )
    d(
        "На приёме врачом ",
        N(doc.fio("ins") if rng.random() < 0.5 else doc.ini("ins", style=0)),
        " мне было отказано в выдаче направления на ",
        rng.choice(["МРТ поясничного отдела", "консультацию кардиолога", "госпитализацию"]),
        ", ",
    )
    d("срок ожидания составил более ", str(rng.randint(14, 60)), " дней. ")
    d(
        "Ранее, в ",
        D(f"{RU_MON_PRE[rng.randint(0, 11)]} {rng.randint(2022, 2024)}"),
        ", мне уже выставлялся диагноз ",
        EP(pick(rng, ["грыжа Шморля", "болезнь Бехтерева", "киста Бейкера", "синдром Рейно"])),
        ". ",
    )
    if rng.random() < 0.6:
        d(
            "Прошу проверить ",
            "врача " if rng.random() < 0.5 else "",
            N(doc.fio("acc") if rng.random() < 0.5 else doc.ini("acc", style=0)),
            " на соответствие занимаемой должности. ",
        )
    d(
        "Прошу провести экспертизу качества медицинской помощи, оказанной мне, ",
        N(p.ini("dat", style=0)),
        ", и сообщить о результатах письменно.\n",
    )
    if rng.random() < 0.5:
        rel = RuPerson(rng, "f")
        d(
            "Свидетелем разговора была моя ",
            rng.choice(["дочь", "сестра", "соседка"]),
            " ",
            N(rel.io() if rng.random() < 0.5 else rel.fio()),
            ".\n",
        )
    d(
        "Приложение: копия направления от ",
        RD(rng, ev - dt.timedelta(days=rng.randint(5, 50)), "dmy", tail=False),
        ", скриншот записи с ",
        U(
            rng.choice(
                [
                    "https://www.gosuslugi.ru/10700/1",
                    "https://uslugi.tatarstan.ru",
                    "emias.info",
                    "https://zdrav.nso.ru/zapis",
                ]
            )
        ),
        ".\n\n",
    )
    d(
        RD(rng, ev + dt.timedelta(days=rng.randint(1, 20)), "dmy"),
        "        ________ /",
        N(p.ini(style=0)),
        "/\n",
    )
    d("Отметка о получении: ", RD(rng, ev + dt.timedelta(days=rng.randint(21, 30)), "dmy2", tail=False), "\n")


def ru_police_request(rng: random.Random, d: Doc) -> None:
    R = ru_region(rng)
    p, born = _ru_pat(rng, 16, 80)
    pol = ru_org(rng, R, "police")
    hosp = ru_org(rng, R, rng.choice(["big", "hosp"]))
    ev = rdate(rng, 2024, 2025)
    off = RuPerson(rng)
    chief = RuPerson(rng)
    d(
        O(pol),
        "\n",
        A(ru_address(rng, R, "org")),
        "\nтел. дежурной части ",
        P(ru_phone(rng, R, False)),
        "\n\n",
    )
    d("Главному врачу\n", O(hosp), "\n", N(chief.ini("dat", style=rng.choice([0, 2, 3]))), "\n\n")
    d("ЗАПРОС\n")
    d(
        "В производстве находится материал проверки по факту причинения телесных повреждений гр. ",
        N(p.fio("dat")),
        ", ",
        D(str(born.year)),
        " г.р., ",
    )
    d("проживающему(-ей) по адресу: ", A(ru_address(rng, R)), ". ")
    d(
        "На основании ст. 13 Федерального закона № 3-ФЗ «О полиции» прошу предоставить сведения об обращении ",
        N(p.ini("gen", style=0)),
        " в ",
        O(hosp),
        " ",
        RD(rng, ev, "dmy"),
        ", ",
    )
    d("диагнозе, степени тяжести и наличии алкогольного опьянения.\n")
    d(
        "Ответ направить по адресу: ",
        E(f"op{rng.randint(1, 17)}@mvd.ru") if rng.random() < 0.5 else "почтой",
        ".\n\n",
    )
    rank = rng.choice(
        [
            "Участковый уполномоченный полиции ОУУП и ПДН, майор полиции",
            "Оперуполномоченный ОУР, ст. лейтенант полиции",
            "Ст. дознаватель ОД, капитан полиции",
        ]
    )
    d(rank, "\n", N(off.ini(style=rng.choice([2, 3]))), "   тел. ", P(ru_phone(rng, R, True)), "\n")
    d("\n---------- ОТВЕТ ----------\n")
    d(
        "На Ваш запрос сообщаем сведения о ",
        N(p.fio("pre")),
        ": ",
        D(f"{born:%d.%m.%Y}"),
        " г.р., обратился(ась) в приёмное отделение ",
        RD(rng, ev, "dmy", tail=False),
        f" в {hhmm(rng)}, ",
    )
    d(
        f"доставлен(а) бригадой СМП. Диагноз: {rng.choice(['S06.0 Сотрясение головного мозга', 'S02.2 Перелом костей носа', 'S22.4 Множественные переломы рёбер', 'S61.0 Открытая рана пальца кисти'])}. "
    )
    d("Оценка по ", EP("шкале Глазго"), f" {rng.randint(14, 15)} баллов. ")
    d(
        f"Исследование на алкоголь: {rng.choice(['0,0 мг/л', '0,42 мг/л выдыхаемого воздуха', 'не проводилось'])}. МИБ № ",
        ID(f"{rng.randint(1000, 40000)}"),
        ".\n",
    )
    d("Сведения предоставлены в соответствии с п. 3 ч. 4 ст. 13 ФЗ № 323-ФЗ.\n")
    d(
        "Главный врач ________ ",
        N(chief.ini(style=rng.choice([2, 3]))),
        "\nИсп. ",
        N(RuPerson(rng).ini(style=0)),
        ", ",
        P(ru_phone(rng, R, False)),
        "\n",
    )


def ru_court_request(rng: random.Random, d: Doc) -> None:
    R = ru_region(rng)
    p, born = _ru_pat(rng, 25, 85)
    court = ru_org(rng, R, "court")
    hosp = ru_org(rng, R, rng.choice(["big", "hosp", "poly"]))
    judge = RuPerson(rng)
    slug = translit(court.split()[0]).lower().replace("ii", "y").replace("-", "")
    d(O(court), "\n", A(ru_address(rng, R, "org")), "\n", U(f"https://{slug}--{R['dom']}.sudrf.ru"), "\n\n")
    d("Руководителю ", O(hosp), "\n\n")
    d(
        "Судья ",
        N(judge.fio() if rng.random() < 0.4 else judge.ini(style=0)),
        " в связи с рассмотрением гражданского дела по иску ",
    )
    plaintiff = RuPerson(rng)
    d(N(plaintiff.fio("gen")), " к ", N(p.fio("dat")), " о признании недееспособным(-ой) ")
    d(
        "просит в срок до ",
        RD(rng, rdate(rng, 2025, 2025), "long"),
        " представить заверенные копии медицинской документации в отношении ",
        N(p.fio("gen")),
        ", ",
        D(f"{born:%d.%m.%Y}"),
        " года рождения, ",
    )
    d(
        "зарегистрированного(-ой) по адресу: ",
        A(ru_address(rng, R)),
        ", за период с ",
        D(f"{rdate(rng, 2019, 2021):%d.%m.%Y}"),
        " по настоящее время.\n",
    )
    d(
        "Помощник судьи: ",
        N(RuPerson(rng).ini(style=rng.choice([0, 3]))),
        ", тел. ",
        P(ru_phone(rng, R, False)),
        ", ",
        E(f"{R['dom']}.{rng.choice(['sud', 'court'])}@sudrf.ru"),
        "\n\n",
    )
    d("---- ОТВЕТ МЕДИЦИНСКОЙ ОРГАНИЗАЦИИ ----\n")
    d(
        "Направляем копию медицинской карты пациента, получающего помощь в амбулаторных условиях, № ",
        ID(f"{rng.randint(1000, 99999)}"),
        f" на {rng.randint(20, 160)} листах. ",
    )
    dx = rng.choice(
        [
            ("болезнь Альцгеймера", "болезнью Альцгеймера", "G30.1"),
            ("болезнь Паркинсона", "болезнью Паркинсона", "G20"),
            ("энцефалопатия Вернике", "энцефалопатией Вернике", "E51.2"),
        ]
    )
    d(
        "Пациент ",
        N(p.ini(style=rng.randint(0, 4))),
        " состоит на диспансерном наблюдении с ",
        RD(rng, rdate(rng, 2018, 2022), "dmy"),
        " с диагнозом ",
        EP(dx[0]),
        f" ({dx[2]}). Наблюдение за пациентом с ",
        EP(dx[1]),
        " осуществляет врач-невролог. ",
    )
    d(f"MMSE {rng.randint(10, 22)} б., по ", EP("шкале Бартел"), f" {rng.randint(4, 14) * 5} б.\n")
    d("Главный врач ", N(RuPerson(rng).ini(style=rng.choice([2, 3]))), "\n")


REGALIA = [
    "д.м.н., профессор",
    "к.м.н., доцент",
    "к.м.н.",
    "заслуженный врач РФ",
    "д.м.н.",
    "врач высшей категории",
]


def ru_consilium(rng: random.Random, d: Doc) -> None:
    R = ru_region(rng)
    p, born = _ru_pat(rng, 20, 85)
    day = rdate(rng, 2024, 2025)
    org = ru_org(rng, R, "adult")
    d(O(org), "\n\nПРОТОКОЛ КОНСИЛИУМА ВРАЧЕЙ № ", ID(f"{rng.randint(1, 400)}"), "\n")
    d("от ", RD(rng, day, rng.choice(["guill", "long", "dmy"])), f"   {hhmm(rng, 9, 17)}\n")
    d(
        "Ф.И.О. пациента: ",
        N(p.fio()),
        ", ",
        D(f"{born:%d.%m.%Y}" if rng.random() < 0.6 else str(born.year)),
        rng.choice([" г.р.", " г. рождения", ""]),
        "\n",
    )
    d(
        "Медицинская карта стационарного больного № ",
        ID(f"{rng.randint(1000, 99999)}/{rng.choice(['С', 'К', ''])}{day:%y}".replace("/", "/", 1)),
        "\n",
    )
    d(
        f"Отделение: {rng.choice(['кардиохирургическое', 'онкологическое № 2', 'нейрохирургическое', 'ОАР'])}, палата № {rng.randint(1, 40)}\n"
    )
    d("Состав консилиума:\n")
    members = [RuPerson(rng) for _ in range(rng.randint(3, 5))]
    roles = [
        "Председатель — заместитель главного врача по медицинской части",
        "Заведующий кафедрой хирургии",
        "Заведующий отделением",
        "Врач-онколог",
        "Врач-анестезиолог-реаниматолог",
        "Врач-кардиолог",
    ]
    for m, role in zip(members, rng.sample(roles, len(members))):
        d(
            f"  {role}, {rng.choice(REGALIA)} ",
            N(m.fio() if rng.random() < 0.5 else m.ini(style=rng.randint(0, 4))),
            "\n",
        )
    d(
        "Цель консилиума: определение тактики лечения пациента ",
        N(p.ini("gen", rng=rng)),
        ". Консилиум осмотрел ",
        "пациента " if p.g == "m" else "пациентку ",
        N(p.fio("acc") if rng.random() < 0.6 else p.ini("acc", rng=rng)),
        " в палате.\n",
    )
    scen = rng.randint(0, 2)
    if rng.random() < 0.6:
        d("Сопутствующий диагноз: ", EP(pick(rng, RU_EPO_DX)), ". ")
    d(
        "Клинические данные: ",
        [
            "ИБС. Многососудистое поражение коронарного русла, SYNTAX 28 баллов.",
            "Рак желудка cT3N1M0, ECOG 1.",
            "Аневризма ПМА 9 мм, Hunt–Hess II.",
        ][scen],
        " ",
    )
    sc = rng.randint(0, 2)
    d(
        "Оценка по ",
        EP(["шкале Карновского", "шкале Killip", "шкале Рэнкина"][sc]),
        ": ",
        [f"{rng.randint(5, 9) * 10}%", rng.choice(["I", "II", "III"]), f"{rng.randint(0, 4)} б."][sc],
        ". ",
    )
    d(
        f"ФВ ЛЖ {rng.randint(30, 65)}%, СКФ {rng.randint(30, 110)} мл/мин/1,73 м² (",
        EP("по Кокрофту–Голту"),
        ").\n",
    )
    d(
        "Решение: ",
        [
            "рекомендовано АКШ",
            "рекомендована гастрэктомия с D2-лимфодиссекцией",
            "рекомендовано эндоваскулярное выключение аневризмы",
        ][scen],
    )
    if scen == 1:
        d(" (реконструкция ", EP("по Ру"), ")")
    d(". С решением пациент ознакомлен(а), согласие получено.\n")
    d("Подписи: ")
    for k, m in enumerate(members):
        d(N(m.ini(style=rng.choice([0, 2]))), ", " if k < len(members) - 1 else "\n")
    if rng.random() < 0.4:
        d(
            "Протокол составил секретарь ",
            N(RuPerson(rng).ini(style=0)),
            "; копия передана на ",
            E(f"konsilium@{R['dom']}-{rng.choice(['okb', 'rkb', 'med'])}.ru"),
            "\n",
        )


def ru_copy_request(rng: random.Random, d: Doc) -> None:
    R = ru_region(rng)
    p, born = _ru_pat(rng, 18, 85)
    org = ru_org(rng, R, rng.choice(["poly", "hosp", "big"]))
    chief = RuPerson(rng)
    d("Главному врачу\n", O(org), "\n", N(chief.ini("dat", rng=rng)), "\n")
    d("от ", N(p.fio("gen")), "\n")
    d("дата рождения: ", RD(rng, born, "dmy", tail=False), "\n")
    d(
        "паспорт: ",
        ID(make_passport(rng)),
        ", выдан ",
        RD(rng, rdate(rng, 2005, 2023), "dmy", tail=False),
        "\n",
    )
    d("адрес: ", A(ru_address(rng, R, rng.choice(["full", "region"]))), "\n")
    d("тел.: ", P(ru_phone(rng, R, True)), "\n")
    if rng.random() < 0.6:
        d("эл. почта: ", E(ru_email(rng, p)), "\n")
    d("\nЗАЯВЛЕНИЕ\n\n")
    who = rng.random()
    if who < 0.6:
        d(
            "В соответствии с ч. 5 ст. 22 Федерального закона № 323-ФЗ прошу выдать мне копию ",
            rng.choice(
                [
                    "медицинской карты стационарного больного № ",
                    "медицинской карты пациента, получающего медицинскую помощь в амбулаторных условиях, № ",
                ]
            ),
        )
        d(
            ID(f"{rng.randint(1000, 99999)}{rng.choice(['', '/24', '-С'])}"),
            " за период с ",
            D(f"{rdate(rng, 2020, 2022):%d.%m.%Y}"),
            " по ",
            D(f"{rdate(rng, 2023, 2024):%d.%m.%Y}"),
            ".\n",
        )
    else:
        rel = RuPerson(rng)
        rel_born = rdate(rng, 1930, 1960)
        d("Прошу выдать мне копию медицинской документации моей ", rng.choice(["матери", "бабушки"]), " ")
        d(
            N(_with_g(rel, "f").fio("gen")),
            ", ",
            D(f"{rel_born:%d.%m.%Y}"),
            " г.р., умершей ",
            RD(rng, rdate(rng, 2023, 2025), "long"),
            ". ",
        )
        d(
            "Свидетельство о смерти серии ",
            ID(
                f"{rng.choice(['I', 'II', 'III', 'IV'])}-{rng.choice(['КБ', 'ИР', 'АР', 'ВО'])} № {rng.randint(100000, 999999)}"
            ),
            ".\n",
        )
    d(
        "Способ получения: ",
        rng.choice(["лично", "заказным письмом по указанному адресу", "в электронном виде через Госуслуги "]),
    )
    if d.text.endswith("Госуслуги "):
        d("(", U("https://www.gosuslugi.ru"), ")")
    d(".\nКопию паспорта прилагаю. С Положением о порядке ознакомления ознакомлен(а).\n\n")
    d(
        RD(rng, rdate(rng, 2025, 2025), rng.choice(["dmy", "guill"])),
        "          ________ ",
        N(p.ini(style=rng.choice([0, 2]))),
        "\n",
    )
    d(
        "Заявление принял: ",
        rng.choice(["медрегистратор", "специалист отдела"]),
        " ",
        N(RuPerson(rng).ini(style=0)),
        "\n",
    )


def _with_g(p: RuPerson, g: str) -> RuPerson:
    if p.g != g:
        o = RU_ORIGINS[p.origin]
        p.g = g
        p.first = o[g][0]
        p.patr = o["p"][0][1 if g == "f" else 0]
        p.sur = _fem_sur(p.sur) if g == "f" else p.sur
    return p


def ru_dispanserization(rng: random.Random, d: Doc) -> None:
    R = ru_region(rng)
    p, born = _ru_pat(rng, 18, 80)
    day = rdate(rng, 2024, 2025)
    d("КАРТА УЧЁТА ПРОФИЛАКТИЧЕСКОГО МЕДИЦИНСКОГО ОСМОТРА (ДИСПАНСЕРИЗАЦИИ)  ф. 131/у\n")
    d(
        "1. Дата начала: ",
        RD(rng, day, "dmy", tail=False),
        "   2. Дата окончания: ",
        RD(rng, day + dt.timedelta(days=rng.randint(1, 14)), "dmy", tail=False),
        "\n",
    )
    d("3. Полис ОМС: серия — номер ", ID(make_oms(rng)), "  СМО ", O(pick(rng, RU_INSURERS)), "\n")
    d("4. Фамилия, имя, отчество: ", N(p.fio().upper() if rng.random() < 0.35 else p.fio()), "\n")
    d(f"5. Пол: {'м' if p.g == 'm' else 'ж'}   6. Дата рождения: ", RD(rng, born, "dmy", tail=False), "\n")
    d("7. Местность: городская   8. Адрес: ", A(ru_address(rng, R)), "\n")
    d("9. Код категории льготы: —   10. Принадлежность к группе: работающий\n")
    d(
        "11. Место работы: ",
        O(
            pick(rng, RU_EMPLOYERS)
            if rng.random() < 0.7
            else rng.choice(RU_SCHOOLS).format(n=rng.randint(1, 180))
        ),
        "\n",
    )
    h = rng.randint(150, 195)
    w = round(rng.uniform(19, 38) * (h / 100) ** 2)
    d(
        f"Рост {h} см, масса {w} кг, ИМТ {w / (h / 100) ** 2:.1f} кг/м² (",
        EP("индекс Кетле"),
        f"), окружность талии {rng.randint(60, 120)} см.\n",
    )
    d(
        f"АД {rng.randint(100, 170)}/{rng.randint(60, 100)} мм рт.ст., ХС {rng.randint(30, 75) / 10} ммоль/л, глюкоза {rng.randint(40, 80) / 10} ммоль/л, "
    )
    d(f"SCORE2 {rng.randint(1, 15)}%, ВГД {rng.randint(12, 24)} мм рт.ст.\n")
    d("Анкетирование: курение — ", rng.choice(["да", "нет"]), f"; тест AUDIT {rng.randint(0, 12)} б.; ")
    d("по ", EP("шкале Бека"), f" {rng.randint(0, 25)} б.\n")
    if rng.random() < 0.5:
        d(
            "Маммография ",
            RD(rng, day, "dmy2", tail=False),
            ": BI-RADS 2. ",
            "Цитология шейки матки ",
            EP("по Папаниколау"),
            ": NILM.\n",
        ) if p.g == "f" else d("ПСА общий 1,2 нг/мл. ЭГДС: ", EP("пищевод Барретта"), " не выявлен.\n")
    if rng.random() < 0.5:
        d(
            "Анамнез: наблюдается у эндокринолога по поводу ",
            EP(rng.choice(["болезни Грейвса", "тиреоидита Хашимото", "болезни Аддисона"])),
            "; в детстве — ",
            EP(rng.choice(["болезнь Пертеса", "болезнь Осгуда–Шлаттера"])),
            ".\n",
        )
    d(
        f"Группа здоровья: {rng.choice(['I', 'II', 'IIIа', 'IIIб'])}. Направлен(а) на 2 этап: {rng.choice(['да', 'нет'])}.\n"
    )
    d("Врач (фельдшер), ответственный за проведение: ", N(RuPerson(rng).ini(style=rng.randint(0, 4))), "\n")
    d(
        "МО: ",
        O(ru_org(rng, R, "poly")),
        ", отделение медицинской профилактики, каб. ",
        str(rng.randint(100, 320)),
        "\n",
    )
    d(
        "Результаты в ЛК: ",
        U(
            rng.choice(
                [
                    "https://www.gosuslugi.ru/lk",
                    "https://lk.emias.mos.ru",
                    "https://uslugi.tatarstan.ru/health",
                ]
            )
        ),
        "\n",
    )


VACCINES_RU = [
    ("Гам-КОВИД-Вак", "COVID-19"),
    ("Совигрипп", "грипп"),
    ("Ультрикс Квадри", "грипп"),
    ("АДС-М", "дифтерия, столбняк"),
    ("Регевак В", "гепатит B"),
    ("Приорикс", "корь, краснуха, паротит"),
    ("Пневмовакс 23", "пневмококк"),
    ("Энцевир", "клещевой энцефалит"),
]


def ru_vaccination_cert(rng: random.Random, d: Doc) -> None:
    R = ru_region(rng)
    p, born = _ru_pat(rng, 1, 80)
    d("СЕРТИФИКАТ О ПРОФИЛАКТИЧЕСКИХ ПРИВИВКАХ (ф. 156/у-93)\n")
    d("Фамилия, имя, отчество: ", N(p.fio()), "\n")
    d("Год рождения: ", D(str(born.year)), "   Дата рождения: ", RD(rng, born, "dmy", tail=False), "\n")
    d("Адрес: ", A(ru_address(rng, R)), "\n")
    d(
        "Выдан: ",
        O(ru_org(rng, R, rng.choice(["poly", "child"]))),
        "  ",
        RD(rng, rdate(rng, 2010, 2020), "dmy"),
        "\n",
    )
    d("\nДата        | Вакцина            | Доза  | Серия (лот) | Медработник\n")
    for _ in range(rng.randint(3, 6)):
        vd = rdate(rng, 2015, 2025)
        vac, _inf = rng.choice(VACCINES_RU)
        lot = f"{rng.choice(['', 'И', 'К'])}{rng.randint(100000, 999999)}{rng.choice(['', '-21', '/0'])}"
        nurse = RuPerson(rng, "f")
        d(
            D(f"{vd:%d.%m.%Y}" if rng.random() < 0.8 else f"{vd:%d.%m.%y}"),
            f"  | {vac:<18} | {rng.choice(['0,5', '0,5', '1,0', '0,25'])} мл | {lot:<11} | м/с ",
            N(nurse.ini(style=rng.choice([0, 1, 3]))),
            "\n",
        )
    d(
        "\nТуберкулинодиагностика: ",
        EP("проба Манту"),
        " — ",
        RD(rng, rdate(rng, 2015, 2025), "dmy", tail=False),
        f", {rng.randint(0, 12)} мм; Диаскинтест — отр.\n",
    )
    d("Медотводы: ", rng.choice(["нет", "временный, ОРВИ", "постоянный от живых вакцин"]), "\n")
    d("Подпись врача: ", N(RuPerson(rng).ini(rng=rng)), "   Печать МО\n")
    if rng.random() < 0.5:
        d("QR-код сертификата: ", U(f"https://www.gosuslugi.ru/covid-cert/verify/{digits(rng, 16)}"), "\n")


def ru_pacs_dicom(rng: random.Random, d: Doc) -> None:
    R = ru_region(rng)
    p, born = _ru_pat(rng)
    sd = rdate(rng, 2024, 2025)
    mod = rng.choice(["CT", "MR", "CR", "DX", "MG"])
    d(
        f"PACS «{rng.choice(['Архимед', 'Гамма Мультивокс', 'ЕРИС ЕМИАС', 'Инобитек'])}» — заголовок исследования (DICOM dump)\n"
    )
    d("(0008,0020) StudyDate            DA  ", D(f"{sd:%Y%m%d}"), "\n")
    d(
        f"(0008,0030) StudyTime            TM  {rng.randint(8, 19):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}.000\n"
    )
    d(
        "(0008,0050) AccessionNumber      SH  ",
        ID(f"{R['dom'].upper()}{sd:%y}{rng.randint(1000000, 9999999)}"),
        "\n",
    )
    d(f"(0008,0060) Modality             CS  {mod}\n")
    d("(0008,0080) InstitutionName      LO  ", O(ru_org(rng, R, rng.choice(["big", "hosp"]))), "\n")
    ref = RuPerson(rng)
    d(
        "(0008,0090) ReferringPhysicianName PN ",
        N(ref.latin(caret=True) if rng.random() < 0.5 else ref.ini(style=0)),
        "\n",
    )
    d(f"(0008,1010) StationName          SH  {rng.choice(['CT_KT2', 'MRT-1', 'RENT_3'])}\n")
    d(
        f"(0008,1030) StudyDescription     LO  {rng.choice(['КТ ОГК без контраста', 'МРТ головного мозга', 'Рентгенография ОГК 2 проекции', 'Маммография скрининг'])}\n"
    )
    d(
        f"(0008,1090) ManufacturersModelName LO {rng.choice(['SOMATOM go.Up', 'Optima CT540', 'Vantage Orian 1.5T', 'Aquilion Lightning', 'Амико АРЦ-ОКО'])}\n"
    )
    up = rng.random()
    pn = p.latin(caret=True) if up < 0.6 else (p.fio().upper().replace(" ", "^") if up < 0.85 else p.fio())
    d("(0010,0010) PatientName          PN  ", N(pn), "\n")
    d("(0010,0020) PatientID            LO  ", ID(f"{rng.randint(100000, 9999999)}"), "\n")
    d("(0010,0030) PatientBirthDate     DA  ", D(f"{born:%Y%m%d}"), "\n")
    d(f"(0010,0040) PatientSex           CS  {'M' if p.g == 'm' else 'F'}\n")
    d(f"(0010,1010) PatientAge           AS  {sd.year - born.year:03d}Y\n")
    if rng.random() < 0.5:
        d("(0010,1040) PatientAddress       LO  ", A(ru_address(rng, R, "street")), "\n")
    if rng.random() < 0.5:
        d("(0010,2154) PatientTelephoneNumbers SH ", P(ru_phone(rng, R, True)), "\n")
    d(f"(0018,0015) BodyPartExamined     CS  {rng.choice(['CHEST', 'HEAD', 'BREAST', 'ABDOMEN'])}\n")
    d(f"(0018,0060) KVP                  DS  {rng.choice([80, 100, 120])}\n")
    d("(0032,1032) RequestingPhysician  PN  ", N(RuPerson(rng).latin(caret=True)), "\n")
    d(
        f"(0032,4000) StudyComments        LT  {rng.choice(['Срочно', 'Повторное', 'Контроль после лечения'])}. "
    )
    d(
        EP(
            pick(
                rng,
                ["пищевод Барретта", "болезнь Крона", "грыжа Шморля", "киста Бейкера", "лимфома Ходжкина"],
            )
        ),
        " в анамнезе.\n",
    )
    d(
        "Просмотр: ",
        U(
            f"https://pacs.{R['dom']}-{rng.choice(['okb', 'rkb', 'gkb'])}.ru/viewer?study={rng.randint(10000, 99999)}"
        ),
        "\n",
    )


def ru_sms_reminders(rng: random.Random, d: Doc) -> None:
    R = ru_region(rng)
    p, _b = _ru_pat(rng)
    org = ru_org(rng, R, rng.choice(["poly", "child", "hosp"]))
    d(
        f"Журнал исходящих SMS / сообщений ({rng.choice(['SMS-шлюз', 'Telegram-бот', 'WhatsApp Business', 'MAX'])}) — ",
        O(org),
        "\n",
    )
    d("Получатель: ", P(ru_phone(rng, R, True)), "\n\n")
    sms_days = sorted(rdate(rng, 2025, 2025) for _ in range(5))
    hello = "Уважаемый " if p.g == "m" else "Уважаемая "
    for k in range(rng.randint(3, 5)):
        sd = sms_days[k]
        d("[", D(f"{sd:%d.%m.%Y}" if rng.random() < 0.7 else f"{sd:%d.%m.%y}"), f" {hhmm(rng, 8, 20)}] ")
        r = rng.randint(0, 4)
        if r == 0:
            d(
                rng.choice([hello, "Здравствуйте, "]),
                N(p.io()),
                "! Вы записаны к ",
                rng.choice(["терапевту", "кардиологу", "неврологу"]),
                " ",
            )
            d(
                N(RuPerson(rng).ini(style=rng.choice([0, 2]))),
                " на ",
                D(f"{sd + dt.timedelta(days=rng.randint(1, 14)):%d.%m}"),
                f" в {hhmm(rng, 8, 19)}, каб. {rng.randint(100, 450)}. Отмена: ",
                U(
                    rng.choice(
                        [
                            "https://er.mzrt.ru",
                            "https://emias.info",
                            "https://zapis.nso.ru",
                            "www.k-vrachu.ru",
                        ]
                    )
                ),
                "\n",
            )
        elif r == 1:
            d(
                N(p.F()),
                ", напоминаем: завтра диспансеризация натощак. При себе паспорт и полис. Справки: ",
                P(ru_phone(rng, R, False)),
                "\n",
            )
        elif r == 2:
            d(
                "Результаты анализов готовы. Подробнее в личном кабинете ",
                U(
                    rng.choice(
                        [
                            "https://lk.gosuslugi.ru",
                            "https://medportal.ru/lk",
                            f"https://{R['dom']}.medkarta24.ru",
                        ]
                    )
                ),
                ". Код: ",
                str(rng.randint(1000, 9999)),
                "\n",
            )
        elif r == 3:
            d(
                "Ответ пациента: ",
                rng.choice(
                    [
                        "да, приду",
                        "Перенесите пожалуйста на следующую неделю",
                        "ок",
                        "это ",
                        "не смогу, в командировке",
                    ]
                ),
            )
            if d.text.endswith("это "):
                d(N(p.F().lower()), ", мама в больнице")
            d("\n")
        else:
            d(
                hello,
                N(p.io()),
                "! Приглашаем на вакцинацию от гриппа (",
                rng.choice(["Совигрипп", "Ультрикс Квадри"]),
                " 0,5 мл). Ваш участковый врач ",
                N(RuPerson(rng).io()),
                ".\n",
            )
    d("\nСтатус доставки: доставлено (", str(rng.randint(3, 5)), "/", str(rng.randint(5, 6)), ")\n")


def _hyph(word: str, rng: random.Random) -> str:
    cands = [
        i
        for i in range(2, len(word) - 2)
        if word[i].lower() not in _VOW + "ьъй" and word[i + 1].lower() in _VOW and word[i - 1] != "-"
    ]
    if not cands:
        return word
    k = rng.choice(cands)
    return word[:k] + "-\n" + word[k:]


def _ocr(s: str, rng: random.Random) -> str:
    out = s.replace(" ", "  ") if rng.random() < 0.3 else s
    return out


def ru_ocr_spa_card(rng: random.Random, d: Doc) -> None:
    R = ru_region(rng)
    p, born = _ru_pat(rng, 30, 80)
    d("[OCR  стр. 1/2,  качество распознавания 87%]\n")
    d("САНАТОРНО-КУРОРТНАЯ  КАРТА   (ф. 072/у)   № ", ID(f"{rng.randint(100, 9999)}"), "\n")
    d("Выдана  ", O(ru_org(rng, R, "poly")), "\n")
    d(f"Лицензия  № Л0-{rng.randint(10, 99)}-01-00{rng.randint(1000, 9999)}\n")
    d("Дата  выдачи:  ", RD(rng, rdate(rng, 2024, 2025), "dmy", tail=False), "\n")
    sur = p.S()
    if rng.random() < 0.6:
        d("1.  Фамилия,  имя,  отчество  ", N(_hyph(sur, rng) + " " + p.first + " " + p.patr), "\n")
    else:
        d("1.  Фамилия,  имя,  отчество  ", N(sur + "  " + p.first + " " + p.patr), "\n")
    d("2.  Пол  ", "м" if p.g == "m" else "ж", "     3.  Дата  рождения  ", D(f"{born:%d.%m.%Y}"), "\n")
    d("4.  Адрес  места  жительства  ", A(ru_address(rng, R, "full").replace(", кв.", ",\nкв.")), "\n")
    d(
        "5.  Место  работы,  должность  ",
        O(pick(rng, RU_EMPLOYERS)),
        f",  {rng.choice(['инженер', 'бухгалтер', 'водитель', 'учитель'])}\n",
    )
    d("6.  Полис  0МС  ", ID(make_oms(rng)), "   СНИЛС  ", ID(make_snils(rng)), "\n")
    d("7.  Номер  медицинской  карты  ", ID(f"{rng.randint(1000, 99999)}"), "\n")
    d(
        "8.  Диагноз:  "
        + rng.choice(
            [
                "М42.1  Остеохондроз  поясничного  отдела",
                "I11.9  ГБ  II  ст.",
                "К29.5  Хр.  гастрит",
                "J45.0  БА  лёгкое  течение",
            ]
        ),
        ",  ",
    )
    d(EP(pick(rng, ["грыжа Шморля", "болезнь Бехтерева", "узлы Гебердена", "контрактура Дюпюитрена"])), "\n")
    d(
        "9.  Анализы:  ОАК  от  ",
        D(f"{rdate(rng, 2025, 2025):%d.%m.%y}"),
        f"  — Hb  {rng.randint(110, 160)}  г/л,  СОЭ  ",
        EP("по Вестергрену"),
        f"  {rng.randint(2, 30)}  мм/ч.   ЭКГ  — ритм  синусовый.\n",
    )
    d(
        "10.  Рекомендуемый  санаторий:  ",
        O(
            rng.choice(
                [
                    "АО «Санаторий «Ижминводы»",
                    "ФГБУ «Санаторий «Сочи» УДП РФ",
                    "ООО «Санаторий «Жемчужина»",
                    "АО «Санаторий «Белокуриха»",
                    "ГАУЗ «Санаторий «Бакирово»",
                ]
            )
        ),
        "\n",
    )
    d(
        "Лечащий  врач  ",
        N(_hyph(RuPerson(rng).S(), rng) if rng.random() < 0.3 else RuPerson(rng).ini(style=0)),
        "\n",
    )
    d("Зав.  отделением  ", N(RuPerson(rng).ini(style=rng.choice([1, 4]))), "   М.П.\n")
    d("[OCR  стр. 2/2:  обратный  талон  не  распознан]\n")


# ---------------------------------------------------------------------------
# English-language documents
# ---------------------------------------------------------------------------

US_CITIES = [
    ("Boston", "MA", "02", "617"),
    ("Springfield", "IL", "627", "217"),
    ("Houston", "TX", "770", "713"),
    ("Phoenix", "AZ", "850", "602"),
    ("Columbus", "OH", "432", "614"),
    ("Sacramento", "CA", "958", "916"),
    ("Tampa", "FL", "336", "813"),
    ("Albuquerque", "NM", "871", "505"),
]
CITY_HOSP = {
    "Boston": "Massachusetts General Hospital",
    "Springfield": "HSHS St. John's Hospital",
    "Houston": "Baylor St. Luke's Medical Center",
    "Phoenix": "Banner University Medical Center Phoenix",
    "Columbus": "OhioHealth Riverside Methodist Hospital",
    "Sacramento": "Sutter Medical Center, Sacramento",
    "Tampa": "Tampa General Hospital",
    "Albuquerque": "Presbyterian Hospital",
}
HOSP_URL = {
    "Massachusetts General Hospital": "https://www.massgeneral.org",
    "HSHS St. John's Hospital": "https://www.hshs.org/stjohns",
    "Baylor St. Luke's Medical Center": "https://www.stlukeshealth.org",
    "Banner University Medical Center Phoenix": "https://www.bannerhealth.com",
    "OhioHealth Riverside Methodist Hospital": "https://www.ohiohealth.com",
    "Sutter Medical Center, Sacramento": "https://www.sutterhealth.org",
    "Tampa General Hospital": "https://www.tgh.org",
    "Presbyterian Hospital": "https://www.phs.org",
}
US_STREETS = "Elm Street|Maple Avenue|Oak Drive|Washington Blvd|Cedar Lane|Lincoln Road|Sunset Terrace|Pine Ridge Court|W 34th Street|Magnolia Way".split(
    "|"
)
US_HOSP = [
    "Massachusetts General Hospital",
    "Mercy General Hospital",
    "Baylor St. Luke's Medical Center",
    "Banner University Medical Center Phoenix",
    "OhioHealth Riverside Methodist Hospital",
    "Tampa General Hospital",
    "Presbyterian Hospital",
    "Sutter Medical Center, Sacramento",
]
US_PAYERS = [
    "Blue Cross Blue Shield of Texas",
    "Aetna",
    "UnitedHealthcare",
    "Cigna Healthcare",
    "Humana",
    "Anthem Blue Cross",
    "Molina Healthcare of Ohio",
    "Kaiser Permanente",
]
US_PHARM = ["CVS Pharmacy", "Walgreens", "Rite Aid Pharmacy", "Walmart Pharmacy", "Kroger Pharmacy"]
UK_PLACES = [
    ("Leeds", "LS"),
    ("Manchester", "M"),
    ("Birmingham", "B"),
    ("London", "SE"),
    ("Bristol", "BS"),
    ("Sheffield", "S"),
    ("Norwich", "NR"),
    ("Cardiff", "CF"),
]
UK_STREETS = "Victoria Road|Church Lane|Station Road|Queen's Drive|Mill Street|Beech Grove|Albert Terrace|Park View|Hollybush Close".split(
    "|"
)
UK_TRUSTS = [
    "Leeds Teaching Hospitals NHS Trust",
    "Manchester University NHS Foundation Trust",
    "University Hospitals Birmingham NHS Foundation Trust",
    "Guy's and St Thomas' NHS Foundation Trust",
    "North Bristol NHS Trust",
    "Sheffield Teaching Hospitals NHS Foundation Trust",
    "Norfolk and Norwich University Hospitals NHS Foundation Trust",
    "Cardiff and Vale University Health Board",
]
UK_PRACTICES = [
    "Hyde Park Surgery",
    "The Avenue Medical Centre",
    "Riverside Health Centre",
    "Northgate Surgery",
    "Castle Medical Practice",
    "Oakwood Family Practice",
    "St John's Medical Centre",
]


def us_phone(rng: random.Random, area: str | None = None) -> str:
    a = area or rng.choice(["617", "312", "713", "602", "614", "916", "813", "505", "212"])
    b, c = rng.randint(201, 989), rng.randint(0, 9999)
    return rng.choice(
        [
            f"({a}) {b}-{c:04d}",
            f"{a}-{b}-{c:04d}",
            f"+1 {a} {b} {c:04d}",
            f"({a}){b}-{c:04d}",
            f"{a}.{b}.{c:04d}",
        ]
    )


def uk_phone(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.5:
        return rng.choice(
            [
                f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}",
                f"+44 7{rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
            ]
        )
    return rng.choice(
        [
            f"0113 {rng.randint(200, 399)} {rng.randint(1000, 9999)}",
            f"0161 {rng.randint(200, 999)} {rng.randint(1000, 9999)}",
            f"020 7{rng.randint(100, 999)} {rng.randint(1000, 9999)}",
            f"0121 {rng.randint(400, 799)} {rng.randint(1000, 9999)}",
        ]
    )


def uk_postcode(rng: random.Random, area: str) -> str:
    return f"{area}{rng.randint(1, 20)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def us_address(rng: random.Random, city=None, caret: bool = False, unit: bool = True) -> str:
    c, stt, z, _a = city or rng.choice(US_CITIES)
    zz = z + "".join(str(rng.randint(0, 9)) for _ in range(5 - len(z)))
    st = f"{rng.randint(12, 9800)} {rng.choice(US_STREETS)}"
    unit = (
        rng.choice(["", "", f"Apt {rng.randint(1, 30)}{rng.choice('ABCD')}", f"Unit {rng.randint(100, 420)}"])
        if unit
        else rng.choice(["", f"Suite {rng.randint(100, 600)}"])
    )
    if caret:
        return f"{st.upper()}^{unit.upper()}^{c.upper()}^{stt}^{zz}"
    return f"{st}, {unit + ', ' if unit else ''}{c}, {stt} {zz}"


def uk_address(rng: random.Random, place=None) -> str:
    town, area = place or rng.choice(UK_PLACES)
    flat = rng.choice(["", "", f"Flat {rng.randint(1, 24)}, ", f"{rng.randint(1, 9)}{rng.choice('ab')} "])
    if flat and not flat.startswith("Flat"):
        return f"{flat.strip()} {rng.choice(UK_STREETS)}, {town} {uk_postcode(rng, area)}"
    return f"{flat}{rng.randint(1, 240)} {rng.choice(UK_STREETS)}, {town} {uk_postcode(rng, area)}"


def en_email(rng: random.Random, p: EnPerson) -> str:
    f = p.first.lower().replace(" ", "").replace("'", "").replace("-", "")
    last = p.last.lower().replace(" ", "").replace("'", "").replace("-", "")
    last = last.translate(str.maketrans("áéíóúñłśżźćńęąöü", "aeiounlszzcneaou"))
    f = f.translate(str.maketrans("áéíóúñłśżźćńęąöü", "aeiounlszzcneaou"))
    form = rng.choice(
        [
            f"{f}.{last}",
            f"{f[0]}{last}{rng.randint(1, 99)}",
            f"{f}{last[:3]}{rng.randint(70, 99)}",
            f"{last}.{f}",
        ]
    )
    return f"{form}@{rng.choice(['gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.co.uk', 'icloud.com', 'btinternet.com'])}"


EN_REL_G = {
    "wife": "f",
    "husband": "m",
    "mother": "f",
    "daughter": "f",
    "son": "m",
    "sister": "f",
    "brother": "m",
    "niece": "f",
    "spouse": None,
}


def en_rel(rng: random.Random, rel: str, origin: str | None = None) -> EnPerson:
    return EnPerson(rng, EN_REL_G.get(rel) or None, origin)


def _en_pat(rng, y0=1935, y1=2005, origin=None, g=None):
    return EnPerson(rng, g, origin), rdate(rng, y0, y1)


def en_us_ed_triage(rng: random.Random, d: Doc) -> None:
    city = rng.choice(US_CITIES)
    p, born = _en_pat(rng)
    day = rdate(rng, 2024, 2025)
    hosp = CITY_HOSP[city[0]]
    d(O(hosp), " — Emergency Department\nTRIAGE NOTE\n")
    d(
        "Patient: ",
        N(p.rev(upper=rng.random() < 0.5)),
        "    MRN: ",
        ID(f"{rng.choice(['', 'E', 'MR'])}{rng.randint(1000000, 99999999)}"),
        "    CSN: ",
        ID(f"{rng.randint(100000000, 999999999)}"),
        "\n",
    )
    d(
        "DOB: ",
        D(en_date(rng, born, "us", rng.choice(["us", "us"]))),
        f"   Age: {day.year - born.year}y   Sex: {'M' if p.g == 'm' else 'F'}\n",
    )
    d(
        "Arrival: ",
        D(en_date(rng, day, "us", "us")),
        f" {hhmm(rng)}   Mode: {rng.choice(['Walk-in', 'EMS', 'Private vehicle', 'Police'])}\n",
    )
    d("Address: ", A(us_address(rng, city)), "\nPhone: ", P(us_phone(rng, city[3])), "\n")
    ec = EnPerson(rng, origin=p.origin)
    rel = rng.choice(["wife" if p.g == "m" else "husband", "mother", "daughter", "son", "partner"])
    ec.g = EN_REL_G.get(rel, ec.g)
    ec.first = rng.choice(EN_ORIGINS[ec.origin][0 if ec.g == "m" else 1])
    d(
        "Emergency contact: ",
        N(ec.nick() if rng.random() < 0.5 else ec.full()),
        f" ({rel}) ",
        P(us_phone(rng, city[3])),
        "\n",
    )
    d(
        "Insurance: ",
        O(rng.choice(US_PAYERS)),
        "  Member ID ",
        ID(f"{rng.choice(['XGP', 'W', 'ZQH', 'U'])}{rng.randint(100000000, 999999999)}"),
        "\n",
    )
    d(
        f"Chief complaint: {rng.choice(['chest pain', 'abdominal pain RLQ', 'headache, worst of life', 'fall, L wrist pain', 'shortness of breath', 'fever and confusion'])}\n"
    )
    d(f"ESI level: {rng.randint(1, 4)}   Pain: {rng.randint(0, 10)}/10\n")
    d(
        f"Vitals: BP {rng.randint(95, 190)}/{rng.randint(55, 110)}  HR {rng.randint(50, 140)}  RR {rng.randint(12, 30)}  T {rng.randint(970, 1034) / 10} F  SpO2 {rng.randint(86, 100)}% RA  Wt {rng.randint(45, 140)} kg\n"
    )
    d("Neuro: ", EP("Glasgow Coma Scale"), f" {rng.randint(13, 15)} (E4 V{rng.randint(4, 5)} M6). ")
    d(EP(pick(rng, ["Murphy's sign", "Rovsing's sign", "Kernig's sign", "Babinski sign"])), " negative. ")
    hx = rng.randint(0, 2)
    if hx == 2:
        d(
            "Hx: CAD s/p PCI ",
            D(str(rng.randint(2012, 2023))),
            ", on clopidogrel 75 mg daily; ",
            EP(pick(rng, EN_EPO_DX)),
            ".\n",
        )
    else:
        d(
            f"Hx: {['HTN, DM2 on metformin 1000 mg BID', 'asthma, albuterol PRN'][hx]}; ",
            EP(pick(rng, EN_EPO_DX)),
            ".\n",
        )
    d(f"Allergies: {rng.choice(['NKDA', 'penicillin (rash)', 'sulfa', 'iodinated contrast'])}\n")
    d(
        "Triage RN: ",
        N(EnPerson(rng).full()),
        f", RN   Placed in: {rng.choice(['Pod B bed 14', 'Resus 2', 'Fast track 6', 'Hall bed 3'])}\n",
    )
    d("PCP: Dr. ", N(EnPerson(rng).full()), "   Interpreter: ")
    if p.origin in ("hisp", "viet") and rng.random() < 0.7:
        d(
            f"{'Spanish' if p.origin == 'hisp' else 'Vietnamese'}, in person — ",
            N(EnPerson(rng, origin=p.origin).full()),
            "\n",
        )
    else:
        d(rng.choice(["not needed", "Spanish, via phone line ID 40127", "declined"]), "\n")


def en_us_pathology(rng: random.Random, d: Doc) -> None:
    city = rng.choice(US_CITIES)
    p, born = _en_pat(rng, 1940, 1990)
    coll = rdate(rng, 2024, 2025)
    hosp = CITY_HOSP[city[0]]
    d(
        O(hosp),
        " — Department of Pathology and Laboratory Medicine\n",
        A(us_address(rng, city, unit=False)),
        "  Tel ",
        P(us_phone(rng, city[3])),
        f"  CLIA 22D0{rng.randint(100000, 999999)}\n",
    )
    d("SURGICAL PATHOLOGY REPORT\n")
    d(
        "Accession #: ",
        ID(f"S{coll:%y}-{rng.randint(1000, 49999)}"),
        "      Patient: ",
        N(p.rev(upper=True)),
        "\n",
    )
    d(
        "MRN: ",
        ID(f"{rng.randint(10000000, 99999999)}"),
        "      DOB: ",
        D(en_date(rng, born, "us")),
        f"  (Age: {coll.year - born.year})   Sex: {'M' if p.g == 'm' else 'F'}\n",
    )
    d(
        "Collected: ",
        D(en_date(rng, coll, "us", "us")),
        f" {hhmm(rng)}   Received: ",
        D(en_date(rng, coll + dt.timedelta(days=rng.randint(0, 1)), "us", "us")),
        "\n",
    )
    d("Ordering physician: ", N(EnPerson(rng).full(mid=True)), ", MD   NPI ", ID(make_npi(rng)), "\n")
    d("Copy to: ", N(EnPerson(rng).rev()), ", MD\n")
    site = rng.choice(["prostate" if p.g == "m" else "breast", "skin", "colon"])
    d(
        "\nSPECIMEN: ",
        {
            "prostate": "Prostate, needle core biopsies (12)",
            "breast": "Left breast, 10 o'clock, core biopsy",
            "skin": "Skin, left upper back, excision",
            "colon": "Colon, sigmoid, polypectomy",
        }[site],
        "\n",
    )
    d("FINAL DIAGNOSIS:\n")
    if site == "prostate":
        d(
            "  Prostatic adenocarcinoma, ",
            EP("Gleason score"),
            f" 3+4=7 (Grade Group 2), involving {rng.randint(2, 6)} of 12 cores, {rng.randint(5, 60)}% of tissue.\n",
        )
    elif site == "breast":
        d(
            "  Invasive ductal carcinoma, ",
            EP("Nottingham grade"),
            f" {rng.randint(1, 3)} (score {rng.randint(4, 8)}/9). ER {rng.randint(0, 95)}%, PR {rng.randint(0, 90)}%, HER2 1+ (IHC), Ki-67 {rng.randint(5, 40)}%.\n",
        )
    elif site == "skin":
        d(
            "  Malignant melanoma, superficial spreading type. ",
            EP("Breslow thickness"),
            f" {rng.randint(3, 40) / 10} mm; ",
            EP("Clark level"),
            f" {rng.choice(['II', 'III', 'IV'])}. Margins clear by {rng.randint(2, 9)} mm.\n",
        )
    else:
        d(
            f"  Tubular adenoma with low-grade dysplasia, {rng.randint(4, 15)} mm. ",
            EP("Ziehl-Neelsen stain"),
            " not performed.\n",
        )
    d(
        f"\nBlock IDs: A1–A{rng.randint(2, 12)}; stains H&E, p63/AMACR. Specimen barcode: ",
        ID(f"{rng.randint(10**11, 10**12 - 1)}"),
        "\n",
    )
    d(
        "Electronically signed by ",
        N(EnPerson(rng).full(mid=True)),
        ", MD, on ",
        D(en_date(rng, coll + dt.timedelta(days=rng.randint(2, 6)), "us", rng.choice(["us", "long_us"]))),
        f" at {hhmm(rng)}\n",
    )
    d("Results portal: ", U(HOSP_URL[hosp] + rng.choice(["/mychart", "/patients", ""])), "\n")


def en_uk_nhs111(rng: random.Random, d: Doc) -> None:
    place = rng.choice(UK_PLACES)
    p, born = _en_pat(rng, 1930, 2022)
    day = rdate(rng, 2024, 2025)
    d("NHS 111 — Post Event Message (PEM)\n")
    d(
        "Sent to: ",
        O(rng.choice(UK_PRACTICES)),
        f"  ODS code {rng.choice('ABCDJ')}{rng.randint(10000, 89999)}\n",
    )
    d(
        "Case ref: ",
        ID(f"{rng.randint(1000000000, 9999999999)}"),
        "    Call received: ",
        D(en_date(rng, day, "uk", rng.choice(["uk", "long_uk", "dmon"]))),
        f" {hhmm(rng)}\n",
    )
    d("Patient: ", N(p.full()), "    NHS No: ", ID(make_nhs(rng)), "\n")
    d("DOB: ", D(en_date(rng, born, "uk", "uk")), f"    Gender: {'Male' if p.g == 'm' else 'Female'}\n")
    d("Address: ", A(uk_address(rng, place)), "\n")
    d("Callback number: ", P(uk_phone(rng)), "\n")
    caller = EnPerson(rng)
    if rng.random() < 0.6:
        d(
            "Caller: ",
            N(caller.full()),
            f" ({rng.choice(['mother', 'daughter', 'carer', 'husband', 'neighbour'])}) — third-party call\n",
        )
    else:
        d("Caller: patient\n")
    d(
        f"Pathways assessment: {rng.choice(['Chest pain', 'Abdominal pain', 'Rash, child', 'Headache', 'Fever'])} (SG{rng.randint(1000, 1299)}/SD{rng.randint(4000, 4400)})\n"
    )
    d(
        f"Disposition: {rng.choice(['Dx05 — speak to primary care service within 2 hours', 'Dx02 — attend ED within 1 hour', 'Dx11 — contact own GP practice within 24 hours', 'Dx012 — emergency ambulance response (Cat 3)'])}\n"
    )
    d("Call handler: ", N(EnPerson(rng).full()), "   Clinical advisor: ", N(EnPerson(rng).init()), ", RN\n")
    d(
        f"Notes: Symptoms for {rng.randint(1, 5)} days. ",
        EP(pick(rng, ["Brudzinski's sign", "Kernig's sign", "Tinel's sign"])),
        " not assessable remotely. ",
    )
    d(
        "Known ",
        EP(pick(rng, EN_EPO_DX)),
        ". Regular meds: ramipril 5 mg OD, atorvastatin 20 mg ON. Worsening advice given.\n",
    )
    d("Repeat caller in 72h: ", rng.choice(["No", "Yes — previous case ", "No"]))
    if d.text.endswith("case "):
        d(
            ID(f"{rng.randint(1000000000, 9999999999)}"),
            " on ",
            D(en_date(rng, day - dt.timedelta(days=2), "uk", "uk")),
        )
    d(
        "\nSelf-care info: ",
        U(rng.choice(["https://www.nhs.uk/conditions/", "https://111.nhs.uk", "www.nhs.uk/111"])),
        "\n",
    )


def en_uk_ers_referral(rng: random.Random, d: Doc) -> None:
    place = rng.choice(UK_PLACES)
    p, born = _en_pat(rng, 1940, 2008)
    day = rdate(rng, 2024, 2025)
    gp = EnPerson(rng)
    prac = rng.choice(UK_PRACTICES)
    d("NHS e-Referral Service — Referral Letter\n")
    d(
        "UBRN: ",
        ID(
            " ".join(f"{rng.randint(0, 9999):04d}" for _ in range(3))
            if rng.random() < 0.7
            else f"{rng.randint(10**11, 10**12 - 1)}"
        ),
        f"    Priority: {rng.choice(['Routine', 'Urgent', '2WW (suspected cancer)'])}\n",
    )
    d(
        "Service: ",
        rng.choice(["Gastroenterology — Lower GI", "Rheumatology", "ENT — Balance clinic", "Hand Surgery"]),
        " — ",
        O(rng.choice(UK_TRUSTS)),
        "\n",
    )
    d("Referred on: ", D(en_date(rng, day, "uk")), "\n\n")
    d("Patient: ", N(p.rev(upper=True)), "\n")
    d("NHS number: ", ID(make_nhs(rng)), "   DOB: ", D(en_date(rng, born, "uk", "uk")), "\n")
    d("Address: ", A(uk_address(rng, place)), "\n")
    d("Tel: ", P(uk_phone(rng)), rng.choice(["", "   Email: "]))
    if d.text.endswith("Email: "):
        d(E(en_email(rng, p)))
    d("\nReferrer: Dr ", N(gp.full()), ", ", O(prac), ", ", A(uk_address(rng, place)), "\n\n")
    d(f"Dear colleague,\nThank you for seeing this {day.year - born.year}-year-old ")
    d(
        rng.choice(
            [
                "with altered bowel habit for 8 weeks and FIT 142 µg/g. ",
                "with symmetrical small-joint synovitis; ",
                "with recurrent vertigo; ",
                "with triggering of the ring finger; ",
            ]
        )
    )
    cond = rng.choice(["vertigo", "other"])
    if cond == "vertigo":
        d(
            EP("Dix-Hallpike test"),
            " positive on the right, two ",
            EP("Epley manoeuvre"),
            " attempts gave partial relief. ",
        )
    else:
        d(
            "Background of ",
            EP(
                pick(
                    rng,
                    [
                        "Crohn's disease",
                        "Raynaud's phenomenon",
                        "Dupuytren's contracture",
                        "Hashimoto thyroiditis",
                        "Sjögren's syndrome",
                    ],
                )
            ),
            ". ",
        )
    d(
        f"Bloods {rng.choice(['last month', 'this week'])}: Hb {rng.randint(95, 160)} g/L, CRP {rng.randint(1, 80)}, eGFR {rng.randint(35, 90)}.\n"
    )
    if rng.random() < 0.5:
        rel = rng.choice(["daughter", "son", "partner"])
        nok = en_rel(rng, rel, p.origin)
        d(
            "Lives with ",
            rel,
            " ",
            N(nok.first),
            f", who will bring {'him' if p.g == 'm' else 'her'} to appointments.\n",
        )
    d(
        "Medication: omeprazole 20 mg OD, amlodipine 5 mg OD.\nKind regards,\nDr ",
        N(gp.init()),
        "  GMC ",
        ID(f"{rng.randint(2000000, 7999999)}"),
        "\n",
    )
    d(
        "Practice email: ",
        E(f"{prac.lower().replace(' ', '').replace(chr(39), '')[:14]}.{place[0].lower()}@nhs.net"),
        "\n",
    )


def en_us_prior_auth(rng: random.Random, d: Doc) -> None:
    city = rng.choice(US_CITIES)
    p, born = _en_pat(rng, 1945, 2005)
    day = rdate(rng, 2024, 2025)
    payer = rng.choice(US_PAYERS)
    doc = EnPerson(rng)
    clinic = rng.choice(
        [
            "Riverside Rheumatology Associates",
            "Lakeside Gastroenterology, PC",
            "Northside Dermatology Group",
            "Valley Neurology Partners",
        ]
    )
    d(
        O(clinic),
        "\n",
        A(us_address(rng, city, unit=False)),
        "\nPhone ",
        P(us_phone(rng, city[3])),
        "  Fax ",
        P(us_phone(rng, city[3])),
        "\n\n",
    )
    d(D(en_date(rng, day, "us", "long_us")), "\n\n")
    d(O(payer), "\nPharmacy Prior Authorization Department\n\n")
    d(
        "RE: Letter of Medical Necessity — ",
        N(p.full(mid=True)),
        "\nMember ID: ",
        ID(f"{rng.choice(['H', 'YXB', 'M', 'JQ'])}{rng.randint(10**8, 10**10 - 1)}"),
        "\nDOB: ",
        D(en_date(rng, born, "us")),
        "\n",
    )
    d("PA reference #: ", ID(f"PA-{rng.randint(10**6, 10**8)}"), "\n\n")
    drug = rng.choice(
        [
            ("adalimumab (Humira) 40 mg SC every 14 days", "Crohn's disease", "HBI 11"),
            ("dupilumab (Dupixent) 300 mg SC every 2 weeks", "atopic dermatitis", "EASI 27"),
            ("ocrelizumab 600 mg IV every 6 months", "relapsing MS", "EDSS 3.5"),
            ("tofacitinib 5 mg PO BID", "rheumatoid arthritis", "DAS28-CRP 5.2"),
        ]
    )
    d(
        "To whom it may concern,\n\nI am writing on behalf of my patient, ",
        N(p.full()),
        ", to request coverage of ",
        drug[0],
        " for ",
    )
    if drug[1] == "Crohn's disease":
        d(EP("Crohn's disease"), " (ICD-10 K50.112)")
    else:
        d(drug[1])
    d(
        f". {'He' if p.g == 'm' else 'She'} has failed methotrexate 25 mg weekly and prednisone tapers since ",
        D(f"{EN_MON[rng.randint(0, 11)]} {rng.randint(2019, 2023)}"),
        ". ",
    )
    d(
        f"Recent disease activity: CRP {rng.randint(3, 60)} mg/L, ",
        drug[2],
        ". TB screening (QuantiFERON) negative on ",
        D(en_date(rng, day - dt.timedelta(days=rng.randint(10, 60)), "us", "us")),
        ".\n",
    )
    d(
        "Please contact my office with questions.\n\nSincerely,\n\n",
        N(doc.full(mid=True)),
        ", MD\nNPI: ",
        ID(make_npi(rng)),
        f"   DEA on file   Tax ID {rng.randint(10, 99)}-{rng.randint(1000000, 9999999)} (practice)\n",
    )
    d(
        "Office contact: ",
        N(EnPerson(rng).full()),
        ", prior-auth coordinator, ",
        E(f"priorauth@{clinic.split()[0].lower()}{rng.choice(['med', 'health', 'md'])}.com"),
        "\n",
    )


def en_hl7(rng: random.Random, d: Doc) -> None:
    city = rng.choice(US_CITIES)
    p, born = _en_pat(rng)
    ts = rdate(rng, 2024, 2025)
    fac = rng.choice(["MGH", "SLMC", "BUMCP", "RMH", "TGH"])
    hosp = CITY_HOSP[city[0]]
    mrn = f"{rng.randint(1000000, 99999999)}"
    d(
        f"MSH|^~\\&|EPIC|{fac}|{rng.choice(['LAB', 'RIS', 'HIE'])}|{fac}|",
        D(f"{ts:%Y%m%d}"),
        f"{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}||{rng.choice(['ADT^A01', 'ADT^A08', 'ORU^R01'])}|MSG{rng.randint(10000, 99999)}|P|2.5.1\r\n",
    )
    d("EVN|A01|", D(f"{ts:%Y%m%d}"), f"{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}\r\n")
    d(
        "PID|1||",
        ID(mrn),
        f"^^^{fac}^MR~",
        ID(make_ssn(rng)),
        "^^^SSA^SS||",
        N(p.caret()),
        "||",
        D(f"{born:%Y%m%d}"),
        f"|{'M' if p.g == 'm' else 'F'}|||",
    )
    d(
        A(us_address(rng, city, caret=True)),
        "^USA||",
        P(us_phone(rng, city[3])),
        "||",
        rng.choice(["ENG", "SPA", "VIE"]),
        f"|{rng.choice(['M', 'S', 'W'])}||",
        ID(f"{rng.randint(10**9, 10**10 - 1)}"),
        "\r\n",
    )
    nk_rel = rng.choice(["SPO^Spouse", "CHD^Child", "MTH^Mother"])
    nk = EnPerson(
        rng,
        "f"
        if nk_rel.startswith("MTH")
        else ("f" if p.g == "m" else "m")
        if nk_rel.startswith("SPO")
        else None,
        p.origin,
    )
    d(
        "NK1|1|",
        N(nk.caret()),
        f"|{nk_rel}|",
        A(us_address(rng, city, caret=True)),
        "|",
        P(us_phone(rng, city[3])),
        "\r\n",
    )
    att = EnPerson(rng)
    d(
        f"PV1|1|I|{rng.choice(['7B', '4W', 'ICU', 'L&D'])}^{rng.randint(100, 999)}^{rng.randint(1, 2)}^{fac}||||",
        ID(make_npi(rng)),
        "^",
        N(att.caret()),
        f"^^^MD|||{rng.choice(['MED', 'SUR', 'CAR'])}||||1|||",
        ID(make_npi(rng)),
        "^",
        N(EnPerson(rng).caret()),
        "^^^MD|IN||",
        O(rng.choice(US_PAYERS)),
        "\r\n",
    )
    dg = rng.choice(
        [
            ("K50.90", "Crohn's disease"),
            ("G20", "Parkinson's disease"),
            ("E05.00", "Graves' disease"),
            ("E06.3", "Hashimoto thyroiditis"),
        ]
    )
    d(f"DG1|1||{dg[0]}^", EP(dg[1]), "^I10\r\n")
    d(f"OBX|1|NM|718-7^Hemoglobin^LN||{rng.randint(90, 170) / 10}|g/dL|13.5-17.5|N|||F\r\n")
    d(f"OBX|2|NM|2160-0^Creatinine^LN||{rng.randint(5, 30) / 10}|mg/dL|0.7-1.3|N|||F\r\n")
    d(
        f"IN1|1|{rng.choice(['BCBS', 'AET', 'UHC'])}{rng.randint(100, 999)}||",
        O(rng.choice(US_PAYERS)),
        "|||||||||||",
        N(p.caret()),
        "|SEL|",
        D(f"{born:%Y%m%d}"),
        "||||||||||||||",
        ID(f"{rng.choice(['XGP', 'W', 'U'])}{rng.randint(10**8, 10**9 - 1)}"),
        "\r\n",
    )
    d("ZPD|", O(hosp), "|", U(HOSP_URL[hosp]), "\r\n")


def en_dicom(rng: random.Random, d: Doc) -> None:
    region = rng.choice(["us", "uk"])
    p, born = _en_pat(rng)
    sd = rdate(rng, 2024, 2025)
    d(f"# dcmdump output (file: IM000{rng.randint(1, 9)}.dcm)\n")
    d("(0008,0020) DA [", D(f"{sd:%Y%m%d}"), "]                               #   8, 1 StudyDate\n")
    d(
        f"(0008,0030) TM [{rng.randint(7, 23):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}]                                 #   6, 1 StudyTime\n"
    )
    d(
        "(0008,0050) SH [",
        ID(f"{rng.choice(['ACC', 'RAD', 'A'])}{rng.randint(10**6, 10**9)}"),
        "]                          #  10, 1 AccessionNumber\n",
    )
    d(
        f"(0008,0060) CS [{rng.choice(['CT', 'MR', 'US', 'CR'])}]                                     #   2, 1 Modality\n"
    )
    inst = rng.choice(US_HOSP) if region == "us" else rng.choice(UK_TRUSTS)
    d("(0008,0080) LO [", O(inst), "]        # InstitutionName\n")
    if rng.random() < 0.5:
        d(
            "(0008,0081) ST [",
            A(us_address(rng) if region == "us" else uk_address(rng)),
            "]   # InstitutionAddress\n",
        )
    d("(0008,0090) PN [", N(EnPerson(rng).caret()), "]                        # ReferringPhysicianName\n")
    d(
        f"(0008,1010) SH [{rng.choice(['CTAWP81234', 'MR3T_N', 'USROOM2'])}]                      # StationName\n"
    )
    d(
        f"(0008,1030) LO [{rng.choice(['CT HEAD WO CONTRAST', 'MRI L-SPINE', 'US RUQ', 'CXR PA/LAT'])}]                  # StudyDescription\n"
    )
    d("(0008,1050) PN [", N(EnPerson(rng).caret()), "]                  # PerformingPhysicianName\n")
    d(
        f"(0008,1090) LO [{rng.choice(['Revolution CT', 'MAGNETOM Vida', 'LOGIQ E10', 'Ingenia 1.5T'])}]              # ManufacturerModelName\n"
    )
    d("(0010,0010) PN [", N(p.caret()), "]                             # PatientName\n")
    d(
        "(0010,0020) LO [",
        ID(f"{rng.randint(100000, 99999999)}" if region == "us" else make_nhs(rng).replace(" ", "")),
        "]                           # PatientID\n",
    )
    d("(0010,0030) DA [", D(f"{born:%Y%m%d}"), "]                               # PatientBirthDate\n")
    d(f"(0010,0040) CS [{'M' if p.g == 'm' else 'F'}]                                      # PatientSex\n")
    d(f"(0010,1010) AS [{sd.year - born.year:03d}Y]                                   # PatientAge\n")
    d(f"(0010,1030) DS [{rng.randint(45, 130)}]                                    # PatientWeight\n")
    if rng.random() < 0.4:
        d(
            "(0010,2154) SH [",
            P(us_phone(rng) if region == "us" else uk_phone(rng)),
            "]                # PatientTelephoneNumbers\n",
        )
    d(
        f"(0018,0050) DS [{rng.choice(['0.625', '1.25', '3', '5'])}]                                  # SliceThickness\n"
    )
    d(
        "(0032,4000) LT [Hx ",
        EP(
            pick(
                rng,
                ["Paget's disease", "Crohn's disease", "Hodgkin lymphoma", "Baker's cyst", "Charcot foot"],
            )
        ),
        f"; r/o {rng.choice(['bleed', 'stone', 'fracture', 'abscess'])}]   # StudyComments\n",
    )


def za_phone(rng):
    return rng.choice(
        [
            f"+27 {rng.choice(['82', '83', '72', '71', '60'])} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
            f"0{rng.choice(['82', '83', '72', '79'])} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
            f"021 {rng.randint(400, 999)} {rng.randint(1000, 9999)}",
        ]
    )


def en_za_clinic(rng: random.Random, d: Doc) -> None:
    p = EnPerson(rng, origin=rng.choice(["za", "za", "za", "anglo", "south_asian"]))
    if p.origin != "za" and rng.random() < 0.5:
        p.last = rng.choice(_ZA_SUR)
    born = rdate(rng, 1950, 2006)
    day = rdate(rng, 2024, 2025)
    clinic = rng.choice(
        [
            "Gugulethu Community Health Centre",
            "Chris Hani Baragwanath Academic Hospital",
            "Groote Schuur Hospital",
            "Mitchells Plain District Hospital",
            "Netcare Milpark Hospital",
            "Life Westville Hospital",
        ]
    )
    d(
        O(clinic),
        "\nOUTPATIENT CLINICAL NOTE — ",
        rng.choice(["Chronic Disease Clinic", "ARV Clinic", "Diabetes Clinic", "Casualty follow-up"]),
        "\n",
    )
    d(
        "Folder no.: ",
        ID(f"{rng.choice(['', 'GCH', 'B'])}{rng.randint(100000, 9999999)}"),
        "    Date: ",
        D(en_date(rng, day, "uk", rng.choice(["uk", "iso", "uk2"]))),
        "\n",
    )
    d("Name: ", N(p.full() if rng.random() < 0.5 else p.rev(upper=True)), "\n")
    d("ID no.: ", ID(make_sa_id(rng, born, p.g == "m")), "    DOB: ", D(en_date(rng, born, "uk", "uk")), "\n")
    za_st, za_sub = rng.choice(
        [
            ("Jacaranda Street", "Lynnwood, Pretoria, 0081"),
            ("NY 112", "Gugulethu, Cape Town, 7750"),
            ("Vilakazi Street", "Orlando West, Soweto, 1804"),
            ("Klipfontein Road", "Athlone, Cape Town, 7764"),
            ("Protea Crescent", "Westville, Durban, 3629"),
        ]
    )
    d("Address: ", A(f"{rng.randint(1, 250)} {za_st}, {za_sub}"), "\n")
    d("Cell: ", P(za_phone(rng)), "    Medical aid: ", rng.choice(["none (state patient)", "", ""]))
    if d.text.endswith("aid: "):
        d(
            O(rng.choice(["Discovery Health", "Bonitas Medical Fund", "GEMS", "Momentum Health"])),
            " no. ",
            ID(f"{rng.randint(10**8, 10**9)}"),
        )
    d("\n\n")
    d(
        f"S: {rng.choice(['Well, adherent to TLD', 'Polyuria, blurred vision', 'Cough 3 weeks, night sweats', 'Headaches'])}. "
    )
    d(
        f"O: BP {rng.randint(100, 180)}/{rng.randint(60, 110)}, HbA1c {rng.randint(60, 130) / 10}%, VL {rng.choice(['LDL', '<50 copies/mL', '1 250 copies/mL'])}, CD4 {rng.randint(50, 900)}. "
    )
    d("Sputum GeneXpert sent; ", EP(rng.choice(["Ziehl-Neelsen stain", "Gram stain"])), " pending.\n")
    d("P: Continue TLD 1 tab daily; metformin 850 mg BD; INH 300 mg daily. ")
    if rng.random() < 0.5:
        d(
            "Referred to ",
            O(
                rng.choice(
                    [
                        "Groote Schuur Hospital",
                        "Tygerberg Hospital",
                        "Charlotte Maxeke Johannesburg Academic Hospital",
                    ]
                )
            ),
            " diabetic foot clinic for ",
            EP("Charcot foot"),
            ".\n",
        )
    else:
        d(
            "Known ",
            EP(rng.choice(["Kawasaki disease", "Graves' disease", "Addison's disease", "Bell's palsy"])),
            " — stable.\n",
        )
    rel = rng.choice(["sister", "mother", "brother", "neighbour"])
    sup = en_rel(rng, rel, "za")
    d("Treatment supporter: ", N(sup.full()), f" ({rel}), ", P(za_phone(rng)), "\n")
    d(
        rng.choice(["Sr ", "Dr ", "Clinical associate "]),
        N(EnPerson(rng, origin=rng.choice(["za", "anglo", "south_asian"])).full()),
        "  HPCSA ",
        ID(f"MP{rng.randint(100000, 999999)}"),
        f"  next visit in {rng.choice(['4 weeks', '2 months', '3 months'])}\n",
    )


def sg_person(rng: random.Random) -> str:
    g = rng.choice("mf")
    r = rng.random()
    if r < 0.55:
        sur = rng.choice(["Tan", "Lim", "Lee", "Ng", "Ong", "Wong", "Goh", "Chua"])
        return f"{sur} {rng.choice(['Wei', 'Jia', 'Hui', 'Kok', 'Mei', 'Boon'])} {rng.choice(['Ming', 'Ling', 'Hao', 'Yee', 'Seng', 'Xin'])}"
    if r < 0.8:
        return f"{rng.choice(['Muhammad Firdaus', 'Nur Aisyah', 'Siti Nurhaliza', 'Ahmad Faizal'])} {'bin' if g == 'm' else 'binte'} {rng.choice(['Rahman', 'Ismail', 'Abdullah', 'Hassan'])}"
    return f"{rng.choice(['Rajesh', 'Priya', 'Suresh', 'Kavitha'])} {rng.choice(['s/o', 'd/o'])} {rng.choice(['Kumaran', 'Subramaniam', 'Pillai', 'Nair'])}"


def en_sg_polyclinic(rng: random.Random, d: Doc) -> None:
    born = rdate(rng, 1945, 2010)
    day = rdate(rng, 2024, 2025)
    name = sg_person(rng)
    d(
        O(
            rng.choice(
                [
                    "Ang Mo Kio Polyclinic",
                    "Bukit Batok Polyclinic",
                    "Tampines Polyclinic",
                    "Tan Tock Seng Hospital",
                    "Changi General Hospital",
                    "Khoo Teck Puat Hospital",
                ]
            )
        ),
        " — Consultation Record\n",
    )
    d(
        "Visit date: ",
        D(en_date(rng, day, "uk", rng.choice(["uk", "dmon", "long_uk"]))),
        "\n",
    )
    d("Name: ", N(name.upper() if rng.random() < 0.5 else name), "\n")
    d("NRIC: ", ID(make_nric(rng, born)), "    DOB: ", D(en_date(rng, born, "uk", "uk")), "\n")
    d(
        "Address: ",
        A(
            f"Blk {rng.randint(100, 999)} {rng.choice(['Ang Mo Kio Avenue 3', 'Tampines Street 21', 'Jurong West Street 42', 'Bedok North Road', 'Toa Payoh Lorong 1'])}, #{rng.randint(2, 25):02d}-{rng.randint(1, 999):03d}, Singapore {rng.randint(100000, 829999)}"
        ),
        "\n",
    )
    d(
        "Mobile: ",
        P(
            f"+65 {rng.choice('89')}{rng.randint(100, 999)} {rng.randint(1000, 9999)}"
            if rng.random() < 0.6
            else f"{rng.choice('89')}{rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        ),
        "\n",
    )
    d(
        f"Scheme: {rng.choice(['CHAS Blue', 'Pioneer Generation', 'Merdeka Generation', 'MediSave for CDMP'])}\n\n"
    )
    d(f"Hx: DM2 x {rng.randint(2, 20)} yrs, HbA1c {rng.randint(60, 110) / 10}%. ")
    d(
        rng.choice(["Feet: monofilament intact, ", "Feet: reduced sensation, "]),
        EP("Charcot foot"),
        " excluded. ",
    )
    d(
        "Background ",
        EP(rng.choice(["Hashimoto thyroiditis", "Graves' disease", "Kawasaki disease", "Bell's palsy"])),
        ".\n",
    )
    d(
        f"Plan: metformin 850 mg BD, empagliflozin 10 mg OM; DRP in 6 months; vaccination Pneumococcal (PCV20, lot {rng.choice('ABCFH')}{rng.randint(10000, 99999)}).\n"
    )
    if rng.random() < 0.6:
        d(
            "Caregiver: ",
            N(sg_person(rng)),
            f" ({rng.choice(['daughter', 'son', 'helper'])}), ",
            P(f"+65 9{rng.randint(100, 999)} {rng.randint(1000, 9999)}"),
            "\n",
        )
    d(
        "Seen by: Dr ",
        N(sg_person(rng)),
        " (MCR ",
        ID(f"M{rng.randint(10000, 99999)}{rng.choice('ABCDEFGHJ')}"),
        ")\n",
    )
    d(
        "Appointments: ",
        U(
            rng.choice(
                [
                    "https://www.healthhub.sg",
                    "https://polyclinic.singhealth.com.sg",
                    "https://www.nhgp.com.sg",
                ]
            )
        ),
        "\n",
    )


def en_ca_coroner(rng: random.Random, d: Doc) -> None:
    p, born = _en_pat(rng, 1935, 2004)
    death = rdate(rng, 2023, 2025)
    prov = rng.choice(
        [
            (
                "Ontario",
                "ON",
                "Toronto",
                "Toronto Police Service",
                "Office of the Chief Coroner for Ontario",
                "416",
                "M",
                "Ontario Forensic Pathology Service",
                "Dundas Street West",
            ),
            (
                "British Columbia",
                "BC",
                "Vancouver",
                "Vancouver Police Department",
                "BC Coroners Service",
                "604",
                "V",
                "Vancouver General Hospital",
                "Commercial Drive",
            ),
            (
                "Alberta",
                "AB",
                "Calgary",
                "Calgary Police Service",
                "Office of the Chief Medical Examiner of Alberta",
                "403",
                "T",
                "Foothills Medical Centre",
                "Bow Trail SW",
            ),
        ]
    )
    d(O(prov[4]), "\nINVESTIGATION STATEMENT / CORONER'S REPORT\n")
    d(
        "Coroner's case no.: ",
        ID(f"{death.year}-{rng.randint(1000, 19999):05d}"),
        "    Warrant for post-mortem: ",
        rng.choice(["issued", "not issued"]),
        "\n",
    )
    d("Deceased: ", N(p.rev(upper=True)), "", rng.choice(["", "   AKA: "]))
    if d.text.endswith("AKA: "):
        d(N(p.nick()))
    d("\n")
    d(
        "Date of birth: ",
        D(en_date(rng, born, "us", rng.choice(["iso", "long_us", "dmon"]))),
        "    Date of death: ",
        D(en_date(rng, death, "us", rng.choice(["iso", "long_us", "dmon"]))),
        f"   Time pronounced: {hhmm(rng)}\n",
    )
    pc = f"{prov[6]}{rng.randint(1, 9)}{rng.choice('ABCEGHJ')} {rng.randint(1, 9)}{rng.choice('ABCEGHJKLMN')}{rng.randint(1, 9)}"
    d(
        "Residence: ",
        A(
            f"{rng.randint(10, 999)} {rng.choice(['Maple Crescent', prov[8], 'Lakeview Avenue'])}, {rng.choice(['', f'Unit {rng.randint(100, 2400)}, '])}{prov[2]}, {prov[1]} {pc}"
        ),
        "\n",
    )
    d("Place of death: ", rng.choice(["residence", "roadside", "hospital"]), "\n")
    d(
        "Health card no.: ",
        ID(
            f"{rng.randint(1000, 9999)}-{rng.randint(100, 999)}-{rng.randint(100, 999)}-{rng.choice(['AB', 'KM', 'TX'])}"
            if prov[1] == "ON"
            else f"{rng.randint(10**8, 10**10)}"
        ),
        "\n",
    )
    rel = rng.choice(["spouse", "daughter", "son", "brother"])
    nok = en_rel(rng, rel, p.origin)
    d("Next of kin: ", N(nok.full()), f" ({rel}), ", P(us_phone(rng, prov[5])), "\n")
    off = EnPerson(rng)
    d(
        "Police: ",
        O(prov[3]),
        ", ",
        rng.choice(["Cst.", "Det.", "Sgt."]),
        " ",
        N(off.full()),
        f" #{rng.randint(1000, 99999)}, occurrence ",
        ID(f"{death.year}-{rng.randint(100000, 999999)}"),
        "\n\n",
    )
    d(f"Circumstances: Found unresponsive by {rng.choice(['spouse', 'neighbour', 'landlord'])}. History of ")
    d(
        EP(
            rng.choice(
                [
                    "Huntington's disease",
                    "Wolff-Parkinson-White syndrome",
                    "Parkinson's disease",
                    "Alzheimer's disease",
                ]
            )
        ),
        f". Prescribed hydromorphone 2 mg q4h PRN, {rng.randint(10, 60)} tablets remaining.\n",
    )
    d(
        "Autopsy at ",
        O(prov[7]),
        " on ",
        D(en_date(rng, death + dt.timedelta(days=rng.randint(1, 4)), "us", "long_us")),
        ". Pathologist: Dr. ",
        N(EnPerson(rng).full()),
        "\n",
    )
    d(
        f"Cause of death: {rng.choice(['Mixed drug toxicity (fentanyl, methamphetamine)', 'Hypertensive and atherosclerotic cardiovascular disease', 'Blunt force injuries of the head'])}. Manner: {rng.choice(['Accident', 'Natural', 'Undetermined'])}.\n"
    )
    d("Coroner: Dr. ", N(EnPerson(rng).full(mid=True)), ", Regional Supervising Coroner\n")


def en_us_claim(rng: random.Random, d: Doc) -> None:
    city = rng.choice(US_CITIES)
    p, born = _en_pat(rng, 1930, 1960)
    dos = rdate(rng, 2024, 2025)
    d("HEALTH INSURANCE CLAIM — 837P SUMMARY (CMS-1500 fields)\n")
    d(
        "Payer: ",
        O(
            rng.choice(
                ["Noridian Healthcare Solutions", "Novitas Solutions", "Palmetto GBA", "Humana", "Aetna"]
            )
        ),
        f"   Payer ID {rng.randint(10000, 99999)}\n",
    )
    d(
        "Claim #: ",
        ID(f"{rng.randint(10**12, 10**13)}"),
        "    Patient control #: ",
        ID(f"PCN{rng.randint(100000, 999999)}"),
        "\n",
    )
    d("1a. Insured's ID (MBI): ", ID(make_mbi(rng)), "\n")
    d("2. Patient's name: ", N(p.rev(upper=True).replace(", ", ", ").replace(".", "")), "\n")
    d(
        "3. Patient's birth date: ",
        D(en_date(rng, born, "us", "us")),
        f"   Sex: {'M' if p.g == 'm' else 'F'}\n",
    )
    d("5. Patient's address: ", A(us_address(rng, city)), "   Tel: ", P(us_phone(rng, city[3])), "\n")
    d("11. Insured's policy group: NONE\n")
    d(
        "17. Referring provider: ",
        N(EnPerson(rng).rev(upper=True).replace(".", "")),
        "   17b. NPI ",
        ID(make_npi(rng)),
        "\n",
    )
    d(
        f"21. ICD-10: A. {rng.choice(['I10', 'E11.65', 'M17.11', 'G20'])}  B. {rng.choice(['N18.3', 'Z79.4', 'E78.5'])}\n"
    )
    d("24. Service lines:\n")
    for _ in range(rng.randint(2, 4)):
        cpt = rng.choice(
            [
                ("99214", "25", "$165.00"),
                ("93000", "", "$42.50"),
                ("20610", "RT", "$118.20"),
                ("J1100", "", "$9.80"),
                ("36415", "", "$3.00"),
            ]
        )
        d(
            "  DOS ",
            D(en_date(rng, dos, "us", "us")),
            f"  POS 11  CPT {cpt[0]} {cpt[1]:<2}  Dx ptr A  Units 1  Charge {cpt[2]}\n",
        )
    d("25. Federal tax ID (EIN): ", f"{rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}", "\n")
    clinic = rng.choice(
        [
            "Sunrise Family Medicine, LLC",
            "Desert Valley Internal Medicine",
            "Bayview Orthopedic Associates",
            "Central Ohio Primary Care",
        ]
    )
    d("32. Service facility: ", O(clinic), ", ", A(us_address(rng, city, unit=False)), "\n")
    d(
        "33. Billing provider: ",
        O(clinic),
        "  NPI ",
        ID(make_npi(rng)),
        "   Phone ",
        P(us_phone(rng, city[3])),
        "\n",
    )
    d("Rendering provider: ", N(EnPerson(rng).full()), ", DO   NPI ", ID(make_npi(rng)), "\n")
    d(
        "Note: ",
        EP(rng.choice(["Parkinson's disease", "Alzheimer's disease", "Charcot foot"])),
        " documented in visit note; total charge $",
        str(rng.randint(50, 400)),
        ".00\n",
    )


BIRTHPLACE = {
    "hisp": "Guadalajara, Mexico",
    "nigeria": "Lagos, Nigeria",
    "viet": "Hanoi, Vietnam",
    "polish": "Kraków, Poland",
    "south_asian": "Pune, India",
    "arab": "Amman, Jordan",
    "east_asian": "Seoul, South Korea",
    "irish": "Cork, Ireland",
}


def en_us_death_cert(rng: random.Random, d: Doc) -> None:
    city = rng.choice(US_CITIES)
    p, born = _en_pat(rng, 1925, 1980)
    death = rdate(rng, 2023, 2025)
    d(f"CERTIFICATE OF DEATH — State of {city[1]} — WORKSHEET\n")
    d("State file number: ", ID(f"{death.year}{rng.randint(100000, 999999)}"), "\n")
    d("1. Decedent's legal name: ", N(p.full(mid=True).upper()), "\n")
    d(f"3. Sex: {'Male' if p.g == 'm' else 'Female'}    4. SSN: ", ID(make_ssn(rng)), "\n")
    d(
        f"5a. Age: {death.year - born.year}    6. Date of birth: ",
        D(en_date(rng, born, "us", rng.choice(["us", "long_us"]))),
        f"    7. Birthplace: {BIRTHPLACE.get(p.origin, 'Chicago, IL') if rng.random() < 0.6 else rng.choice(['Boston, MA', 'Chicago, IL', 'Dayton, OH'])}\n",
    )
    d("8. Residence: ", A(us_address(rng, city)), "\n")
    d(f"10. Marital status: {rng.choice(['Married', 'Widowed', 'Divorced'])}    11. Surviving spouse: ")
    if rng.random() < 0.6:
        d(N(EnPerson(rng, "f" if p.g == "m" else "m", p.origin).full()))
    else:
        d("none")
    d(
        "\n12. Father's name: ",
        N(EnPerson(rng, "m", p.origin).full()),
        "    13. Mother's name prior to first marriage: ",
        N(EnPerson(rng, "f", p.origin).full()),
        "\n",
    )
    rel = rng.choice(["daughter", "son", "niece", "brother"])
    inf = en_rel(rng, rel, p.origin)
    d("14. Informant: ", N(inf.full()), f" — relationship: {rel}; mailing address ", A(us_address(rng)), "\n")
    if rng.random() < 0.5:
        d("15. Place of death: Hospital — inpatient: ", O(CITY_HOSP[city[0]]), "\n")
    else:
        d(
            "15. Place of death: Nursing home/LTC: ",
            O(
                rng.choice(
                    [
                        "Sunrise Senior Living",
                        "Brookdale Senior Living",
                        "Heritage Oaks Nursing and Rehabilitation",
                        "Golden Living Center",
                    ]
                )
            ),
            "\n",
        )
    d(
        "20. Funeral facility: ",
        O(
            rng.choice(
                [
                    "Wilson & Sons Funeral Home",
                    "Gonzalez Mortuary",
                    "Evergreen Funeral Chapel",
                    "Dignity Memorial — Garden of Memories",
                ]
            )
        ),
        "\n",
    )
    d("24. Date pronounced dead: ", D(en_date(rng, death, "us", "us")), f"    25. Time: {hhmm(rng)}\n")
    d(
        "32. Part I. a) ",
        rng.choice(["Acute myocardial infarction", "Aspiration pneumonia", "Septic shock"]),
        " (minutes)   b) ",
    )
    d(rng.choice(["Coronary artery disease", "Dysphagia due to "]))
    if d.text.endswith("due to "):
        d(EP(rng.choice(["Parkinson's disease", "Alzheimer's disease", "Huntington's disease"])))
    d(
        " (years)\n    Part II: ",
        EP(rng.choice(["Cushing's syndrome", "Paget's disease", "Addison's disease"]))
        if rng.random() < 0.4
        else "COPD; type 2 diabetes",
        "\n",
    )
    cert = EnPerson(rng)
    d(
        "Certifier: ",
        N(cert.full(mid=True)),
        ", MD   License #",
        ID(f"{rng.choice(['G', 'MD', ''])}{rng.randint(10000, 999999)}"),
        "   Date certified: ",
        D(en_date(rng, death + dt.timedelta(days=rng.randint(0, 3)), "us", "us")),
        "\n",
    )


def en_vaccination_record(rng: random.Random, d: Doc) -> None:
    region = rng.choice(["us", "uk", "au"])
    p, born = _en_pat(rng, 1940, 2023)
    title = {
        "us": "IMMUNIZATION RECORD (state IIS extract)",
        "uk": "Vaccination history — GP record extract",
        "au": "Australian Immunisation Register — Immunisation History Statement",
    }[region]
    d(title, "\n")
    if region == "us":
        d(
            "Name: ",
            N(p.rev(upper=True)),
            "   DOB: ",
            D(en_date(rng, born, "us", "us")),
            "   IIS ID: ",
            ID(f"{rng.randint(10**7, 10**9)}"),
            "\n",
        )
        d("Address: ", A(us_address(rng)), "\n")
    elif region == "uk":
        d(
            "Name: ",
            N(p.full()),
            "   DOB: ",
            D(en_date(rng, born, "uk", "uk")),
            "   NHS No: ",
            ID(make_nhs(rng)),
            "\n",
        )
        d("Address: ", A(uk_address(rng)), "\n")
    else:
        d(
            "Name: ",
            N(p.full()),
            "   Date of birth: ",
            D(en_date(rng, born, "uk", rng.choice(["uk", "uk2"]))),
            "   Medicare card: ",
            ID(f"{rng.randint(2000, 6999)} {rng.randint(10000, 99999)} {rng.randint(1, 9)}"),
            "\n",
        )
        d(
            "Address: ",
            A(
                f"Unit {rng.randint(1, 40)}/{rng.randint(1, 200)} {rng.choice(['Smith St', 'Parramatta Rd', 'Beach Road', 'Gympie Tce'])}, {rng.choice(['Parramatta NSW 2150', 'Fitzroy VIC 3065', 'Noosaville QLD 4566', 'Glenelg SA 5045'])}"
            ),
            "\n",
        )
    d("\nDate        Vaccine                    Dose  Lot        Site   Given by / Provider\n")
    vacc = [
        "Tdap (Boostrix)",
        "Influenza (Fluzone HD)",
        "COVID-19 (Comirnaty XBB.1.5)",
        "Zoster (Shingrix)",
        "Pneumococcal (PCV20)",
        "MMR II",
        "Hep B (Engerix-B)",
        "RSV (Arexvy)",
    ]
    for _ in range(rng.randint(3, 6)):
        vd = rdate(rng, 2016, 2025)
        v = rng.choice(vacc)
        lot = f"{rng.choice(['FK', 'EL', 'U', 'AH', '3C'])}{rng.randint(1000, 99999)}{rng.choice(['', 'A', 'AB'])}"
        d(
            D(en_date(rng, vd, "us" if region == "us" else "uk", "us" if region == "us" else "uk")),
            f"  {v:<26} {rng.choice(['1', '2', 'B'])}     {lot:<10} {rng.choice(['L deltoid', 'R deltoid', 'L thigh'])}  ",
        )
        who = rng.random()
        if who < 0.5:
            d(N(EnPerson(rng).full()), rng.choice([", RN", ", PharmD", ", LPN", ""]))
        else:
            d(
                O(
                    rng.choice(
                        US_PHARM
                        if region == "us"
                        else (
                            ["Boots", "Superdrug Pharmacy", "Lloydspharmacy"] + UK_PRACTICES
                            if region == "uk"
                            else [
                                "Priceline Pharmacy Fitzroy",
                                "Chemist Warehouse Parramatta",
                                "Noosa Family Medical Centre",
                            ]
                        )
                    )
                )
            )
        d("\n")
    d("\nContraindications: ", rng.choice(["none recorded", "egg allergy — tolerated", "history of "]))
    if d.text.endswith("history of "):
        d(EP("Guillain-Barré syndrome"), " after influenza vaccine in ", D(str(rng.randint(2005, 2015))))
    d(
        "\nVerify online: ",
        U(
            {
                "us": rng.choice(["https://myvaccinerecord.cdph.ca.gov", "https://www.cdc.gov/vaccines/"]),
                "uk": "https://www.nhs.uk/nhs-app/",
                "au": "https://my.gov.au",
            }[region]
        ),
        "\n",
    )


def en_pharmacy_refill(rng: random.Random, d: Doc) -> None:
    city = rng.choice(US_CITIES)
    p, born = _en_pat(rng)
    day = rdate(rng, 2024, 2025)
    ph = rng.choice(US_PHARM)
    d("REFILL AUTHORIZATION REQUEST — via fax/Surescripts\n")
    d(
        "From: ",
        O(ph),
        f" #{rng.randint(1000, 19999)}, ",
        A(us_address(rng, city, unit=False)),
        "\nPhone ",
        P(us_phone(rng, city[3])),
        "   Fax ",
        P(us_phone(rng, city[3])),
        "   NCPDP ",
        f"{rng.randint(1000000, 9999999)}",
        "\n",
    )
    doc = EnPerson(rng)
    d("To: Dr. ", N(doc.full()), "   NPI ", ID(make_npi(rng)), "   Fax ", P(us_phone(rng, city[3])), "\n")
    d("Date sent: ", D(en_date(rng, day, "us", rng.choice(["us", "us2"]))), f" {hhmm(rng, 8, 20)}\n\n")
    d(
        "Patient: ",
        N(p.rev()),
        "   DOB: ",
        D(en_date(rng, born, "us", "us")),
        "   Ph: ",
        P(us_phone(rng, city[3])),
        "\n",
    )
    drug = rng.choice(
        [
            "levothyroxine 75 mcg tab, 1 PO daily, #90",
            "lisinopril 20 mg tab, 1 PO daily, #30",
            "carbidopa/levodopa 25/100 mg, 1 PO TID, #270",
            "sertraline 100 mg, 1 PO daily, #30",
            "metformin ER 500 mg, 2 PO with supper, #180",
        ]
    )
    d("Rx #: ", ID(f"{rng.randint(1000000, 9999999)}"), f"    Drug: {drug}\n")
    d(
        "Last filled: ",
        D(en_date(rng, day - dt.timedelta(days=rng.randint(25, 95)), "us", "us")),
        f"   Refills remaining: 0   Days supply: {rng.choice([30, 90])}\n",
    )
    if "levothyroxine" in drug:
        d("Indication on file: ", EP("Hashimoto thyroiditis"), "; last TSH 2.1 mIU/L\n")
    elif "carbidopa" in drug:
        d("Indication on file: ", EP("Parkinson's disease"), "\n")
    else:
        d(f"Indication on file: {rng.choice(['HTN', 'depression', 'DM2'])}\n")
    d("Pharmacist: ", N(EnPerson(rng).full()), ", PharmD\n\n")
    d("[ ] Approved  refills: ____   [ ] Denied — patient needs appointment   [ ] New Rx to follow\n")
    d(
        "Prescriber signature: __________  Note from office: ",
        rng.choice(["", "ok x1, needs labs — ", "approved x3 "]),
    )
    if d.text.endswith("— "):
        d(N(EnPerson(rng).first), " will call pt")
    d("\n")


def en_portal_thread(rng: random.Random, d: Doc) -> None:
    p, born = _en_pat(rng, 1950, 2004)
    region = rng.choice(["us", "uk"])
    clinic = rng.choice(US_HOSP) if region == "us" else rng.choice(UK_PRACTICES)
    doc = EnPerson(rng)
    day = rdate(rng, 2024, 2025)
    nick = EN_NICK.get(p.first)
    d("Patient portal — message thread export (", O(clinic), ")\n")
    d(
        "Patient: ",
        N(f'{p.first} "{nick}" {p.last}' if nick else p.full()),
        "   MRN ",
        ID(f"{rng.randint(10**6, 10**8)}"),
        "   DOB ",
        D(en_date(rng, born, region)),
        "\n",
    )
    d("Account e-mail: ", E(en_email(rng, p)), "\n\n")
    d(
        "--- Message 1 — ",
        D(en_date(rng, day, region, rng.choice(["long_us" if region == "us" else "long_uk", "iso"]))),
        f" {hhmm(rng)} — from patient\n",
    )
    d(
        "Subject: ",
        rng.choice(["Question about new medication", "Test results", "Refill please", "Side effects?"]),
        "\n",
    )
    if rng.random() < 0.6:
        d("Hi Dr ", N(doc.last), ",\n")
    else:
        d("Hello,\n")
    drug, epo = rng.choice(
        [
            ("carbidopa-levodopa", "Parkinson's disease"),
            ("levothyroxine", "Hashimoto thyroiditis"),
            ("metoprolol 25 mg", "Wolff-Parkinson-White syndrome"),
            ("prednisone taper", "Bell's palsy"),
            ("carbimazole", "Graves' disease"),
        ]
    )
    d(
        f"I started the {drug} on ",
        D(
            en_date(
                rng,
                day - dt.timedelta(days=rng.randint(3, 20)),
                region,
                rng.choice(["us2" if region == "us" else "uk2", "long_us" if region == "us" else "ord"]),
            )
        ),
        " and have been feeling dizzy in the mornings. ",
    )
    rel = rng.choice(["wife" if p.g == "m" else "husband", "daughter", "son"])
    d(
        f"My {rel} ",
        N(en_rel(rng, rel, p.origin).first),
        " thinks it is the ",
        EP(epo),
        " getting worse. ",
    )
    d("Can I call you? My cell is ", P(us_phone(rng) if region == "us" else uk_phone(rng)), ".\n")
    d("Thanks, ", N(nick or p.first), "\n\n")
    d(
        "--- Message 2 — ",
        D(en_date(rng, day + dt.timedelta(days=1), region, "iso")),
        f" {hhmm(rng, 8, 18)} — from ",
        N(EnPerson(rng).full()),
        ", RN (on behalf of Dr ",
        N(doc.full()),
        ")\n",
    )
    d(
        "Hi ",
        N(p.first),
        ",\nPlease check your blood pressure sitting and standing and bring readings. Dr ",
        N(doc.last),
        f" has booked you for {rng.choice(['Tuesday', 'Thursday'])} at {hhmm(rng, 8, 16)}. ",
    )
    d(
        "If you feel faint, follow the ",
        EP(rng.choice(["Valsalva manoeuvre", "Epley manoeuvre"])),
        " handout only if instructed. Orthostatic vitals use the ",
        EP("Morse Fall Scale"),
        " sheet at check-in.\n",
    )
    d(
        "Directions: ",
        U(
            rng.choice(
                [
                    "https://www.massgeneral.org/directions",
                    "https://www.tgh.org/locations",
                    "https://www.nhs.uk/services/gp-surgery/",
                    "https://patient.info",
                ]
            )
        ),
        "\n\n",
    )
    d(
        "--- Message 3 — ",
        D(en_date(rng, day + dt.timedelta(days=2), region, "iso")),
        " — from patient\nThank you! Will do. ",
        N(p.init()),
        "\n",
    )


def en_homecare_log(rng: random.Random, d: Doc) -> None:
    region = rng.choice(["uk", "us", "au"])
    p, born = _en_pat(rng, 1925, 1960)
    agency = rng.choice(
        [
            "Helping Hands Home Care",
            "Bluebird Care Leeds",
            "Visiting Angels of Tampa",
            "BrightStar Care Columbus",
            "Home Instead Sydney North",
            "Careforce Home Health",
        ]
    )
    d(O(agency), " — Domiciliary care visit log\n")
    d(
        "Client: ",
        N(p.rev(upper=rng.random() < 0.3)),
        "   DOB ",
        D(en_date(rng, born, "us" if region == "us" else "uk")),
        "\n",
    )
    if region == "uk":
        d("Address: ", A(uk_address(rng)), "   NHS No ", ID(make_nhs(rng)), "\n")
    elif region == "us":
        d("Address: ", A(us_address(rng)), "   Client ID ", ID(f"HC-{rng.randint(10000, 99999)}"), "\n")
    else:
        d(
            "Address: ",
            A(
                f"{rng.randint(1, 90)} {rng.choice(['Pacific Hwy', 'Mona Vale Rd', 'Victoria Ave'])}, {rng.choice(['Chatswood NSW 2067', 'Hornsby NSW 2077', 'Box Hill VIC 3128'])}"
            ),
            "   Client ID ",
            ID(f"HC-{rng.randint(10000, 99999)}"),
            "\n",
        )
    rel = rng.choice(["son", "daughter", "niece", "friend"])
    nok = en_rel(rng, rel, p.origin)
    ph = {
        "uk": uk_phone(rng),
        "us": us_phone(rng),
        "au": f"04{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
    }[region]
    d("Key contact: ", N(nok.full()), f" ({rel}) ", P(ph), rng.choice(["", "  ", "  email "]))
    if d.text.endswith("email "):
        d(E(en_email(rng, nok)))
    if p.first in EN_NICK:
        d("\nPrefers to be called: ", N(EN_NICK[p.first]))
    d(
        f"\nKey safe: see secure notes.  Care plan: {rng.choice(['4 calls/day', '2 calls/day + night sit Fri', '3 calls/day'])}\n\n"
    )
    start = rdate(rng, 2024, 2025)
    for k in range(rng.randint(3, 5)):
        vd = start + dt.timedelta(days=k // 2)
        carer = EnPerson(rng)
        t0 = rng.choice([7, 8, 12, 13, 17, 20]) * 60 + rng.randint(0, 45)
        t1 = t0 + rng.choice([30, 45, 60])
        d(
            D(
                en_date(
                    rng,
                    vd,
                    "us" if region == "us" else "uk",
                    "us" if region == "us" else rng.choice(["uk", "dmon"]),
                )
            ),
            f" {t0 // 60:02d}:{t0 % 60:02d}-{t1 // 60:02d}:{t1 % 60:02d}  ",
            N(carer.full() if rng.random() < 0.6 else carer.first),
            ": ",
        )
        d(
            rng.choice(
                [
                    "Personal care, meds from blister pack (donepezil 10 mg, paracetamol 1 g). Ate porridge. ",
                    "Client low in mood, did not want shower. Fluids 600 ml charted. ",
                    "Pressure areas checked — ",
                    "Transferred with stand aid, ",
                    "Catheter care: ",
                ]
            )
        )
        t = d.text
        if t.endswith("checked — "):
            d(EP("Braden scale"), f" {rng.randint(10, 20)}, sacrum intact.")
        elif t.endswith("stand aid, "):
            d(EP("Morse Fall Scale"), f" {rng.choice([45, 55, 65])}, bed rails per plan.")
        elif t.endswith("care: "):
            d(EP("Foley catheter"), " draining, bag changed.")
        d("\n")
    d("Concerns escalated to GP: ", rng.choice(["none", "Dr ", "district nurse team"]))
    if d.text.endswith("Dr "):
        d(N(EnPerson(rng).last), " informed by phone")
    d(
        "\nCoordinator: ",
        N(EnPerson(rng).full()),
        ", ",
        E(
            f"rota@{agency.split()[0].lower()}{rng.choice(['care', 'homecare'])}.{rng.choice(['co.uk', 'com', 'com.au'])}"
        ),
        "\n",
    )


# ---------------------------------------------------------------------------
# registry, validation, CLI
# ---------------------------------------------------------------------------

RU_DOCS = {
    "ru_smp_call_card_110u": ru_smp_call_card,
    "ru_eln_extract": ru_eln_extract,
    "ru_death_certificate_106u": ru_death_cert,
    "ru_autopsy_protocol_header": ru_autopsy_header,
    "ru_child_development_112u": ru_child_112,
    "ru_exchange_card_113u": ru_pregnancy_113,
    "ru_mis_export_keyvalue": ru_mis_kv,
    "ru_registration_journal_table": ru_journal_pipes,
    "ru_mis_export_csv": ru_mis_csv,
    "ru_insurer_complaint_letter": ru_insurer_complaint,
    "ru_police_request_and_reply": ru_police_request,
    "ru_court_request_and_reply": ru_court_request,
    "ru_consilium_protocol": ru_consilium,
    "ru_medical_record_copy_request": ru_copy_request,
    "ru_dispanserization_131u": ru_dispanserization,
    "ru_vaccination_certificate_156u": ru_vaccination_cert,
    "ru_pacs_dicom_header": ru_pacs_dicom,
    "ru_sms_messenger_log": ru_sms_reminders,
    "ru_ocr_spa_card_072u": ru_ocr_spa_card,
}
EN_DOCS = {
    "en_us_ed_triage": en_us_ed_triage,
    "en_us_pathology_report": en_us_pathology,
    "en_uk_nhs111_pem": en_uk_nhs111,
    "en_uk_ers_referral": en_uk_ers_referral,
    "en_us_prior_auth_letter": en_us_prior_auth,
    "en_hl7v2_message": en_hl7,
    "en_dicom_dump": en_dicom,
    "en_za_clinic_note": en_za_clinic,
    "en_sg_polyclinic_record": en_sg_polyclinic,
    "en_ca_coroner_report": en_ca_coroner,
    "en_us_claim_837p": en_us_claim,
    "en_us_death_certificate": en_us_death_cert,
    "en_vaccination_record": en_vaccination_record,
    "en_us_pharmacy_refill_request": en_pharmacy_refill,
    "en_portal_message_thread": en_portal_thread,
    "en_homecare_visit_log": en_homecare_log,
}
RU_SHARE = 0.62


def validate(rec: dict) -> None:
    text = rec["text"]
    prev_end = -1
    ents = sorted(rec["entities"], key=lambda e: (e["start"], e["end"]))
    for e in ents:
        assert e["type"] in TYPES, e
        assert 0 <= e["start"] < e["end"] <= len(text), e
        assert text[e["start"] : e["end"]] == e["text"], e
        assert e["text"] == e["text"].strip() and e["text"], e
        assert e["start"] >= prev_end, ("overlap", e)
        prev_end = e["end"]
    for ep in rec["eponyms"]:
        assert text[ep["start"] : ep["end"]] == ep["text"] and ep["text"] == ep["text"].strip(), ep
        for e in ents:
            assert ep["end"] < e["start"] or e["end"] < ep["start"], ("eponym touches entity", ep, e)


def make_record(seed: int, i: int, lang: str, doc_type: str) -> dict:
    rng = random.Random(f"sealed-e-{seed}-{i}")
    d = Doc()
    (RU_DOCS if lang == "ru" else EN_DOCS)[doc_type](rng, d)
    rec = {
        "id": f"sealed-e-{seed}-{i:05d}",
        "lang": lang,
        "doc_type": doc_type,
        "text": d.text,
        "entities": d.entities,
        "eponyms": d.eponyms,
    }
    validate(rec)
    return rec


def schedule(n: int) -> list[tuple[str, str]]:
    """Language and document type per index: 62 % Russian, types round-robin per language."""
    out = []
    ru_types, en_types = list(RU_DOCS), list(EN_DOCS)
    k_ru = k_en = 0
    for i in range(n):
        if int((i + 1) * RU_SHARE) > int(i * RU_SHARE):
            out.append(("ru", ru_types[k_ru % len(ru_types)]))
            k_ru += 1
        else:
            out.append(("en", en_types[k_en % len(en_types)]))
            k_en += 1
    return out


def generate(n: int, seed: int) -> list[dict]:
    return [make_record(seed, i, lang, t) for i, (lang, t) in enumerate(schedule(n))]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Generate sealed de-identification corpus E (JSONL).")
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", default="-")
    a = ap.parse_args(argv)
    recs = generate(a.n, a.seed)
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
    if a.out == "-":
        sys.stdout.write(lines)
    else:
        with open(a.out, "w", encoding="utf-8") as fh:
            fh.write(lines)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
