"""Sealed de-identification corpus "k": specialty services and patients from other countries.

Written independently of the detectors, their tests and the other corpora, so that it
measures how the de-identifier generalises to layouts nobody tuned it on. Standard library
only. Every record ``i`` is built from its own ``random.Random(f"sealed-k-{seed}-{i}")``,
so a record does not depend on how many others were generated.

Texts are built piece by piece; offsets are recorded while appending, never searched for.

CLI: ``python tests/deid_sealed_k/generator.py --n 400 --seed 0 --out k.jsonl``
"""

from __future__ import annotations

import argparse
import json
import random
import string
from collections.abc import Callable

TYPES = ("NAME", "DATE", "ADDRESS", "PHONE", "EMAIL", "ID", "URL", "ORG")
RU_SHARE = 0.6


# --------------------------------------------------------------------------- builder


class Doc:
    """Accumulates text and records entity/eponym offsets at the moment of appending."""

    def __init__(self, rng: random.Random, lang: str) -> None:
        self.rng = rng
        self.lang = lang
        self.parts: list[str] = []
        self.pos = 0
        self.entities: list[dict] = []
        self.eponyms: list[dict] = []
        self.doc_type = ""

    def t(self, s: str) -> Doc:
        """Plain, non-annotated text."""
        self.parts.append(s)
        self.pos += len(s)
        return self

    def e(self, typ: str, s: str) -> Doc:
        """An entity span; the string must already be stripped."""
        assert typ in TYPES, typ
        assert s and s == s.strip(), repr(s)
        self.entities.append({"start": self.pos, "end": self.pos + len(s), "type": typ, "text": s})
        return self.t(s)

    def ep(self, s: str) -> Doc:
        """An eponym phrase (medicine named after a person): never an entity."""
        assert s and s == s.strip(), repr(s)
        self.eponyms.append({"start": self.pos, "end": self.pos + len(s), "text": s})
        return self.t(s)

    # short aliases keep the document templates readable
    def name(self, s: str) -> Doc:
        return self.e("NAME", s)

    def date(self, s: str) -> Doc:
        return self.e("DATE", s)

    def id(self, s: str) -> Doc:
        return self.e("ID", s)

    def org(self, s: str) -> Doc:
        return self.e("ORG", s)

    def addr(self, s: str) -> Doc:
        return self.e("ADDRESS", s)

    def phone(self, s: str) -> Doc:
        return self.e("PHONE", s)

    def email(self, s: str) -> Doc:
        return self.e("EMAIL", s)

    def url(self, s: str) -> Doc:
        return self.e("URL", s)

    def text(self) -> str:
        return "".join(self.parts)


def digits(rng: random.Random, n: int, first_nonzero: bool = False) -> str:
    s = "".join(rng.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def pick(rng: random.Random, seq):
    return seq[rng.randrange(len(seq))]


# --------------------------------------------------------------------------- identifiers with checksums


def snils(rng: random.Random) -> str:
    """СНИЛС: 9 digits + control number (weights 9..1, mod 101, 100 -> 00)."""
    while True:
        body = digits(rng, 9)
        if int(body) > 1001998:
            break
    s = sum(int(d) * (9 - i) for i, d in enumerate(body))
    if s > 101:
        s %= 101
    c = 0 if s in (100, 101) else s
    form = rng.random()
    if form < 0.7:
        return f"{body[:3]}-{body[3:6]}-{body[6:]} {c:02d}"
    if form < 0.85:
        return f"{body}{c:02d}"
    return f"{body[:3]}-{body[3:6]}-{body[6:]}-{c:02d}"


def inn12(rng: random.Random) -> str:
    """ИНН of a natural person: 10 digits + two check digits."""
    body = [int(d) for d in digits(rng, 10, first_nonzero=True)]
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    body.append(sum(a * b for a, b in zip(body, w1)) % 11 % 10)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    body.append(sum(a * b for a, b in zip(body, w2)) % 11 % 10)
    return "".join(map(str, body))


def inn10_org(rng: random.Random) -> str:
    """ИНН of an organisation (not annotated: organisation number)."""
    body = [int(d) for d in digits(rng, 9, first_nonzero=True)]
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    body.append(sum(a * b for a, b in zip(body, w)) % 11 % 10)
    return "".join(map(str, body))


def ogrn(rng: random.Random) -> str:
    """ОГРН of an organisation (not annotated)."""
    body = "1" + digits(rng, 11)
    return body + str(int(body) % 11 % 10)


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def oms16(rng: random.Random) -> str:
    """Единый номер полиса ОМС: 16 digits (Luhn-style control digit)."""
    body = digits(rng, 15, first_nonzero=True)
    s = body + luhn_digit(body)
    return s if rng.random() < 0.8 else f"{s[:4]} {s[4:8]} {s[8:12]} {s[12:]}"


def iin_kz(rng: random.Random, birth: tuple[int, int, int], male: bool) -> str:
    """Kazakhstan ИИН: YYMMDD + century/sex digit + 4 serial + check (weights 1..11 / 3..2)."""
    y, m, d = birth
    cs = (5 if male else 6) if y >= 2000 else (3 if male else 4)
    while True:
        body = [int(c) for c in f"{y % 100:02d}{m:02d}{d:02d}{cs}{digits(rng, 4)}"]
        c = sum((i + 1) * v for i, v in enumerate(body)) % 11
        if c == 10:
            w = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
            c = sum(a * b for a, b in zip(w, body)) % 11
        if c != 10:
            return "".join(map(str, body)) + str(c)


def pinfl_uz(rng: random.Random, birth: tuple[int, int, int], male: bool) -> str:
    """Uzbekistan ПИНФЛ: 14 digits, sex/century + DDMMYY + region + serial + check (7-3-1)."""
    y, m, d = birth
    first = (5 if male else 6) if y >= 2000 else (3 if male else 4)
    body = f"{first}{d:02d}{m:02d}{y % 100:02d}{digits(rng, 3)}{digits(rng, 3)}"
    w = [7, 3, 1]
    c = sum(int(ch) * w[i % 3] for i, ch in enumerate(body)) % 10
    return body + str(c)


def by_id(rng: random.Random, birth: tuple[int, int, int], male: bool) -> str:
    """Belarus identification number, e.g. 3120585A001PB7 (check digit with 7-3-1 weights)."""
    y, m, d = birth
    first = (5 if male else 6) if y >= 2000 else (3 if male else 4)
    region = pick(rng, "ABCHKEM")
    body = f"{first}{d:02d}{m:02d}{y % 100:02d}{region}{digits(rng, 3)}{pick(rng, ['PB', 'BA', 'BI'])}"

    def val(ch: str) -> int:
        return int(ch) if ch.isdigit() else ord(ch) - ord("A") + 10

    w = [7, 3, 1]
    c = sum(val(ch) * w[i % 3] for i, ch in enumerate(body)) % 10
    return body + str(c)


def mod11_10(rng: random.Random, prefix: str = "") -> str:
    """NHS / CHI style: 9 digits + check (weights 10..2, 11 - sum mod 11; 10 rejected)."""
    while True:
        body = prefix + digits(rng, 9 - len(prefix))
        s = sum(int(c) * (10 - i) for i, c in enumerate(body))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c != 10:
            return body + str(c)


def nhs_number(rng: random.Random) -> str:
    n = mod11_10(rng, str(rng.choice([4, 6, 7])))
    return pick(rng, [f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"])


def chi_number(rng: random.Random, birth: tuple[int, int, int], male: bool) -> str:
    """Scottish CHI: DDMMYY + 2 serial + sex digit (odd = male) + mod-11 check."""
    y, m, d = birth
    while True:
        sexd = rng.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])
        body = f"{d:02d}{m:02d}{y % 100:02d}{digits(rng, 2)}{sexd}"
        s = sum(int(c) * (10 - i) for i, c in enumerate(body))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c != 10:
            n = body + str(c)
            return n if rng.random() < 0.7 else f"{n[:6]} {n[6:]}"


def sa_id(rng: random.Random, birth: tuple[int, int, int], male: bool) -> str:
    """South African ID: YYMMDD SSSS C A Z with Luhn check."""
    y, m, d = birth
    seq = rng.randint(5000, 9999) if male else rng.randint(0, 4999)
    body = f"{y % 100:02d}{m:02d}{d:02d}{seq:04d}{rng.choice('01')}8"
    n = body + luhn_digit(body)
    return n if rng.random() < 0.75 else f"{n[:6]} {n[6:10]} {n[10:]}"


def nric_sg(rng: random.Random, born_2000s: bool) -> str:
    """Singapore NRIC: S/T + 7 digits + check letter."""
    pre = "T" if born_2000s else "S"
    body = digits(rng, 7)
    w = [2, 7, 6, 5, 4, 3, 2]
    s = sum(int(c) * x for c, x in zip(body, w)) + (4 if pre == "T" else 0)
    return pre + body + "JZIHGFEDCBA"[s % 11]


def phn_bc(rng: random.Random) -> str:
    """British Columbia PHN: 9 + 8 digits + check (weights 2,4,8,5,10,9,7,3; 11 - mod 11)."""
    while True:
        body = "9" + digits(rng, 8)
        w = [2, 4, 8, 5, 10, 9, 7, 3]
        s = sum(int(c) * x % 11 for c, x in zip(body[1:], w)) % 11
        c = 11 - s
        if c < 10:
            n = body + str(c)
            return n if rng.random() < 0.6 else f"{n[:4]} {n[4:7]} {n[7:]}"


# --------------------------------------------------------------------------- Russian names with declension

RU_M_FIRST = [
    "Иван",
    "Сергей",
    "Андрей",
    "Дмитрий",
    "Алексей",
    "Николай",
    "Михаил",
    "Павел",
    "Георгий",
    "Олег",
    "Виктор",
    "Артём",
    "Игорь",
    "Юрий",
    "Роман",
    "Глеб",
    "Тимофей",
    "Никита",
    "Ярослав",
    "Фёдор",
    "Станислав",
    "Вадим",
    "Евгений",
    "Лев",
    "Матвей",
]
RU_F_FIRST = [
    "Мария",
    "Анна",
    "Елена",
    "Ольга",
    "Татьяна",
    "Наталья",
    "Ирина",
    "Светлана",
    "Юлия",
    "Ксения",
    "Дарья",
    "Екатерина",
    "Валентина",
    "Галина",
    "Полина",
    "Вера",
    "Алёна",
    "Зоя",
    "Людмила",
    "Надежда",
    "Софья",
    "Варвара",
    "Инна",
    "Марина",
]
RU_FATHER = [
    "Иван",
    "Сергей",
    "Андрей",
    "Николай",
    "Михаил",
    "Павел",
    "Олег",
    "Виктор",
    "Игорь",
    "Юрий",
    "Роман",
    "Алексей",
    "Евгений",
    "Геннадий",
    "Василий",
    "Петр",
    "Аркадий",
    "Константин",
]
RU_SURN = [
    "Кузнецов",
    "Смирнов",
    "Лебедев",
    "Морозов",
    "Волков",
    "Соколов",
    "Белов",
    "Тарасов",
    "Рябинин",
    "Зайцев",
    "Гончаров",
    "Калинин",
    "Фомин",
    "Шестаков",
    "Ершов",
    "Медведев",
    "Крылов",
    "Сорокин",
    "Полянский",
    "Вишневецкий",
    "Загорский",
    "Шевченко",
    "Ковальчук",
    "Ким",
    "Мельниченко",
    "Бондарь",
    "Жуков",
    "Щербаков",
    "Кочетков",
    "Левин",
    "Третьяков",
    "Ушаков",
    "Данилевский",
    "Остроумов",
    "Боткин",
    "Пирогов",
    "Кожевников",
    "Филатов",
    "Манташев",
    "Громов",
]
KZ_M_FIRST = ["Ерлан", "Нурлан", "Данияр", "Асхат", "Бауыржан", "Ержан", "Темирлан", "Арман"]
KZ_F_FIRST = ["Айгерим", "Динара", "Гульнара", "Асель", "Жанар", "Мадина", "Сауле", "Аружан"]
KZ_SURN = ["Нурмагамбетов", "Жумабаев", "Сейткалиев", "Абдрахманов", "Есенов", "Кенжебаев", "Омаров"]
UZ_M_FIRST = ["Шерзод", "Рустам", "Бахтиёр", "Жасур", "Улугбек", "Фаррух", "Дилшод", "Азиз"]
UZ_F_FIRST = ["Дилноза", "Гулнора", "Шахноза", "Нигора", "Малика", "Зарина", "Феруза"]
UZ_SURN = ["Рахимов", "Каримов", "Юсупов", "Турсунов", "Абдуллаев", "Исмоилов", "Холматов", "Назаров"]
BY_SURN = ["Ковалевский", "Жук", "Лукашевич", "Новик", "Кравченко", "Шиманский", "Мартинкевич"]
TJ_SURN = ["Сафаров", "Назарзода", "Рахмонов", "Шарипов"]


def _fem_surname(s: str) -> str:
    if s.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return s + "а"
    if s.endswith(("ский", "цкий")):
        return s[:-2] + "ая"
    if s.endswith("зода"):
        return s
    return s


def decl_surname(s: str, male: bool, case: str) -> str:
    if case == "nom" or s.endswith(("о", "зода")):
        return s
    if male:
        if s.endswith(("ов", "ев", "ёв", "ин", "ын")):
            return s + {"gen": "а", "dat": "у", "ins": "ым"}[case]
        if s.endswith(("ский", "цкий")):
            return s[:-2] + {"gen": "ого", "dat": "ому", "ins": "им"}[case]
        if s in ("Ким",):
            return s
        if s.endswith("ь"):
            return s[:-1] + {"gen": "я", "dat": "ю", "ins": "ем"}[case]
        return s + {"gen": "а", "dat": "у", "ins": "ем" if s[-1] in "жшчщц" else "ом"}[case]
    if s.endswith(("ова", "ева", "ёва", "ина", "ына")):
        return s[:-1] + "ой"
    if s.endswith(("ская", "цкая")):
        return s[:-2] + "ой"
    return s


def decl_first(n: str, male: bool, case: str) -> str:
    if case == "nom":
        return n
    if male:
        if n.endswith("й"):
            return n[:-1] + {"gen": "я", "dat": "ю", "ins": "ем"}[case]
        if n.endswith("а"):
            return n[:-1] + {"gen": "ы", "dat": "е", "ins": "ой"}[case]
        if n == "Лев":
            return {"gen": "Льва", "dat": "Льву", "ins": "Львом"}[case]
        return n + {"gen": "а", "dat": "у", "ins": "ом"}[case]
    if n.endswith("ия"):
        return n[:-1] + {"gen": "и", "dat": "и", "ins": "ей"}[case]
    if n.endswith("ья"):
        return n[:-1] + {"gen": "и", "dat": "е", "ins": "ей"}[case]
    if n.endswith("а"):
        gen = "и" if n[-2] in "гкхжчшщ" else "ы"
        ins = "ей" if n[-2] in "жчшщц" else "ой"
        return n[:-1] + {"gen": gen, "dat": "е", "ins": ins}[case]
    return n


def patronymic(father: str, male: bool) -> str:
    special = {
        "Петр": "Петров",
        "Юрий": "Юрьев",
        "Василий": "Васильев",
        "Геннадий": "Геннадьев",
        "Аркадий": "Аркадьев",
        "Михаил": "Михайлов",
        "Павел": "Павлов",
        "Игорь": "Игорев",
        "Евгений": "Евгеньев",
        "Сергей": "Сергеев",
        "Андрей": "Андреев",
        "Николай": "Николаев",
        "Алексей": "Алексеев",
    }
    stem = special.get(father, father + "ов")
    return stem + ("ич" if male else "на")


def decl_patr(p: str, male: bool, case: str) -> str:
    if case == "nom":
        return p
    if male:
        return p + {"gen": "а", "dat": "у", "ins": "ем"}[case]
    return p[:-1] + {"gen": "ы", "dat": "е", "ins": "ой"}[case]


class RuPerson:
    """A Russian-speaking person whose name can be written in many forms and cases."""

    def __init__(self, rng: random.Random, male: bool | None = None, origin: str = "ru") -> None:
        self.male = rng.random() < 0.5 if male is None else male
        self.origin = origin
        self.uz_style = False
        if origin == "kz":
            first = pick(rng, KZ_M_FIRST if self.male else KZ_F_FIRST)
            sur = pick(rng, KZ_SURN)
        elif origin == "uz":
            first = pick(rng, UZ_M_FIRST if self.male else UZ_F_FIRST)
            sur = pick(rng, UZ_SURN)
            self.uz_style = rng.random() < 0.5
        elif origin == "by":
            first = pick(rng, RU_M_FIRST if self.male else RU_F_FIRST)
            sur = pick(rng, BY_SURN)
        elif origin == "tj":
            first = pick(rng, UZ_M_FIRST if self.male else UZ_F_FIRST)
            sur = pick(rng, TJ_SURN)
        else:
            first = pick(rng, RU_M_FIRST if self.male else RU_F_FIRST)
            sur = pick(rng, RU_SURN)
        self.first = first
        self.sur = sur if self.male else _fem_surname(sur)
        father = pick(rng, UZ_M_FIRST if origin in ("uz", "tj") else RU_FATHER)
        if self.uz_style:
            self.patr = father + (" угли" if self.male else " кизи")
        else:
            self.patr = patronymic(father, self.male)

    def parts(self, case: str = "nom") -> tuple[str, str, str]:
        p = self.patr if self.uz_style else decl_patr(self.patr, self.male, case)
        return (decl_surname(self.sur, self.male, case), decl_first(self.first, self.male, case), p)

    def full(self, case: str = "nom") -> str:
        s, f, p = self.parts(case)
        return f"{s} {f} {p}"

    def initials(self) -> str:
        return f"{self.first[0]}.{self.patr[0]}."

    def form(self, rng: random.Random, case: str = "nom", allow_partial: bool = True) -> str:
        s, f, p = self.parts(case)
        r = rng.random()
        if r < 0.34:
            out = f"{s} {f} {p}"
        elif r < 0.5:
            out = f"{s} {self.initials()}"
        elif r < 0.6:
            out = f"{self.initials()} {s}"
        elif r < 0.66:
            out = f"{s} {self.first[0]}. {self.patr[0]}."
        elif r < 0.74:
            out = f"{f} {p} {s}"
        elif r < 0.8:
            out = f"{s.upper()} {f.upper()} {p.upper()}"
        elif r < 0.86:
            out = f"{s} {f}"
        elif r < 0.9:
            out = f"{s}{self.initials()}"  # no space, as typed
        elif allow_partial and r < 0.95:
            out = f"{f} {p}"
        else:
            out = f"{s} {f} {p}"
        x = rng.random()
        if x < 0.04:
            out = out.replace(" ", "  ", 1)  # double space typed inside the name
        elif x < 0.07:
            out = out.lower()  # typed without capitals in free text
        return out


# --------------------------------------------------------------------------- dates

RU_MONTHS_GEN = [
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
RU_MONTHS_PREP = [
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
RU_SEASONS = ["зимой", "весной", "летом", "осенью"]
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


def rand_date(rng: random.Random, y0: int = 2023, y1: int = 2025) -> tuple[int, int, int]:
    return (rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def ru_date(rng: random.Random, d: tuple[int, int, int]) -> tuple[str, str]:
    """Returns (date span, trailing non-date text such as ' г.')."""
    y, m, dd = d
    r = rng.random()
    if r < 0.45:
        return f"{dd:02d}.{m:02d}.{y}", pick(rng, ["", "", " г.", "г."])
    if r < 0.6:
        return f"{dd} {RU_MONTHS_GEN[m - 1]} {y}", pick(rng, [" г.", " года", ""])
    if r < 0.7:
        return f"{dd:02d}.{m:02d}.{y % 100:02d}", ""
    if r < 0.78:
        return f"{dd}.{m}.{y}", ""
    if r < 0.85:
        return f"«{dd:02d}» {RU_MONTHS_GEN[m - 1]} {y}", " г."
    if r < 0.92:
        return f"{y}-{m:02d}-{dd:02d}", ""
    return f"{dd:02d}/{m:02d}/{y}", ""


def en_date(rng: random.Random, d: tuple[int, int, int], us: bool = False) -> str:
    y, m, dd = d
    r = rng.random()
    mon = EN_MONTHS[m - 1]
    if us:
        if r < 0.5:
            return f"{m:02d}/{dd:02d}/{y}"
        if r < 0.7:
            return f"{mon} {dd}, {y}"
        if r < 0.85:
            return f"{m}/{dd}/{y % 100:02d}"
        return f"{mon[:3]} {dd}, {y}"
    if r < 0.4:
        return f"{dd:02d}/{m:02d}/{y}"
    if r < 0.6:
        return f"{dd} {mon[:3]} {y}"
    if r < 0.72:
        return f"{dd:02d}-{mon[:3].upper()}-{y}"
    if r < 0.82:
        suf = "th" if 10 < dd < 20 else {1: "st", 2: "nd", 3: "rd"}.get(dd % 10, "th")
        return f"{dd}{suf} {mon} {y}"
    if r < 0.9:
        return f"{dd}.{m}.{y % 100:02d}"
    return f"{y}-{m:02d}-{dd:02d}"


def put_ru_date(doc: Doc, d: tuple[int, int, int]) -> Doc:
    s, tail = ru_date(doc.rng, d)
    return doc.date(s).t(tail)


def birth(rng: random.Random, y0: int = 1950, y1: int = 2004) -> tuple[int, int, int]:
    return rand_date(rng, y0, y1)


# --------------------------------------------------------------------------- addresses, phones, e-mails

RU_CITIES = [
    ("Москва", "1"),
    ("Санкт-Петербург", "19"),
    ("Новосибирск", "63"),
    ("Екатеринбург", "62"),
    ("Казань", "42"),
    ("Самара", "44"),
    ("Омск", "64"),
    ("Саратов", "41"),
    ("Тверь", "17"),
    ("Оренбург", "46"),
    ("Челябинск", "45"),
]
RU_STREETS = [
    "ул. Ленина",
    "ул. Садовая",
    "пр-т Мира",
    "ул. Гагарина",
    "Ленинградский пр-т",
    "ул. Пирогова",
    "ул. Молодёжная",
    "наб. Фонтанки",
    "ул. 8 Марта",
    "ул. Боткинская",
    "пер. Кривоколенный",
    "ш. Энтузиастов",
    "ул. Академика Павлова",
    "б-р Яна Райниса",
    "ул. Профсоюзная",
]
RU_REGIONS = [
    "Московская обл.",
    "Ленинградская область",
    "Тверская обл.",
    "Свердловская обл.",
    "Республика Татарстан",
]
RU_TOWNS = [
    "г. Химки",
    "г. Подольск",
    "г. Гатчина",
    "пос. Октябрьский",
    "с. Никольское",
    "г. Кимры",
    "г. Верхняя Пышма",
    "г. Зеленодольск",
]


def ru_address(rng: random.Random) -> str:
    house = f"д. {rng.randint(1, 140)}"
    if rng.random() < 0.3:
        house += pick(rng, [f", корп. {rng.randint(1, 5)}", f", стр. {rng.randint(1, 3)}", "А", "/2"])
    flat = f", кв. {rng.randint(1, 320)}" if rng.random() < 0.8 else ""
    if rng.random() < 0.2:
        house, flat = house.replace("д. ", "д."), flat.replace("кв. ", "кв.")
    r = rng.random()
    if r < 0.45:
        city, pfx = pick(rng, RU_CITIES)
        idx = f"{pfx}{digits(rng, 6 - len(pfx))}, " if rng.random() < 0.6 else ""
        return f"{idx}г. {city}, {pick(rng, RU_STREETS)}, {house}{flat}"
    if r < 0.75:
        return f"{pick(rng, RU_REGIONS)}, {pick(rng, RU_TOWNS)}, {pick(rng, RU_STREETS)}, {house}{flat}"
    if r < 0.88:
        city, _ = pick(rng, RU_CITIES)
        return f"{city}, {pick(rng, RU_STREETS)[4:] if rng.random() < 0.5 else pick(rng, RU_STREETS)} {rng.randint(1, 99)}-{rng.randint(1, 200)}"
    city, _ = pick(rng, RU_CITIES)
    return f"г. {city},\n{pick(rng, RU_STREETS)}, {house}{flat}"


def ru_address_any(rng: random.Random) -> str:
    """A Russian address; some forms print the whole address block in capitals."""
    a = ru_address(rng)
    return a.upper() if rng.random() < 0.08 else a


def kz_address(rng: random.Random) -> str:
    return pick(
        rng,
        [
            f"Республика Казахстан, г. Алматы, мкр. Самал-{rng.randint(1, 3)}, д. {rng.randint(1, 40)}, кв. {rng.randint(1, 90)}",
            f"г. Астана, ул. Кенесары, {rng.randint(1, 90)}-{rng.randint(1, 150)}",
            f"Карагандинская обл., г. Темиртау, пр. Республики, д. {rng.randint(1, 60)}",
        ],
    )


def uz_address(rng: random.Random) -> str:
    return pick(
        rng,
        [
            f"Республика Узбекистан, г. Ташкент, Юнусабадский р-н, кв-л {rng.randint(1, 19)}, д. {rng.randint(1, 60)}, кв. {rng.randint(1, 80)}",
            f"Самаркандская обл., Пастдаргомский туман, махалля Гулистон, д. {rng.randint(1, 120)}",
            f"г. Андижан, ул. Навои, {rng.randint(1, 99)}",
        ],
    )


def by_address(rng: random.Random) -> str:
    return f"Республика Беларусь, г. {pick(rng, ['Минск', 'Гомель', 'Брест'])}, ул. {pick(rng, ['Сурганова', 'Советская', 'Притыцкого'])}, д. {rng.randint(1, 80)}, кв. {rng.randint(1, 150)}"


def ru_mobile(rng: random.Random) -> str:
    op = pick(rng, ["916", "903", "925", "912", "981", "950", "999"])
    a, b, c = digits(rng, 3), digits(rng, 2), digits(rng, 2)
    return pick(
        rng,
        [
            f"+7 ({op}) {a}-{b}-{c}",
            f"8-{op}-{a}-{b}-{c}",
            f"8{op}{a}{b}{c}",
            f"+7{op}{a}{b}{c}",
            f"8 ({op}) {a}-{b}-{c}",
            f"+7 {op} {a} {b} {c}",
        ],
    )


def ru_landline(rng: random.Random) -> str:
    code = pick(rng, ["495", "812", "383", "343", "8452"])
    n = digits(rng, 7 if len(code) == 3 else 6, first_nonzero=True)
    base = f"8 ({code}) {n[:3]}-{n[3:5]}-{n[5:]}" if len(n) == 7 else f"8 ({code}) {n[:2]}-{n[2:4]}-{n[4:]}"
    return base + (f" доб. {rng.randint(100, 999)}" if rng.random() < 0.3 else "")


def foreign_phone_ru(rng: random.Random, origin: str) -> str:
    if origin == "kz":
        return pick(
            rng,
            [
                f"+7 701 {digits(rng, 3)} {digits(rng, 4)}",
                f"8 (777) {digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 2)}",
            ],
        )
    if origin == "uz":
        return pick(
            rng,
            [
                f"+998 90 {digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 2)}",
                f"+998({pick(rng, ['93', '97'])}){digits(rng, 7)}",
            ],
        )
    if origin == "by":
        return f"+375 (29) {digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 2)}"
    return f"+992 {digits(rng, 2)} {digits(rng, 3)} {digits(rng, 4)}"


TRANSLIT = str.maketrans(
    {
        "а": "a",
        "б": "b",
        "в": "v",
        "г": "g",
        "д": "d",
        "е": "e",
        "ё": "e",
        "ж": "zh",
        "з": "z",
        "и": "i",
        "й": "y",
        "к": "k",
        "л": "l",
        "м": "m",
        "н": "n",
        "о": "o",
        "п": "p",
        "р": "r",
        "с": "s",
        "т": "t",
        "у": "u",
        "ф": "f",
        "х": "kh",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "sch",
        "ъ": "",
        "ы": "y",
        "ь": "",
        "э": "e",
        "ю": "yu",
        "я": "ya",
        " ": ".",
    }
)


def ru_email(rng: random.Random, p: RuPerson) -> str:
    local = pick(
        rng, [p.sur.lower(), f"{p.first.lower()}.{p.sur.lower()}", f"{p.sur.lower()}{rng.randint(60, 99)}"]
    )
    return (
        local.translate(TRANSLIT)
        + "@"
        + pick(rng, ["mail.ru", "yandex.ru", "gmail.com", "bk.ru", "list.ru", "inbox.ru"])
    )


# --------------------------------------------------------------------------- organisations

RU_HOSP = [
    "ГБУЗ «ГКБ № {n} ДЗМ»",
    "ГКБ №{n}",
    "ГБУЗ «Городская клиническая больница № {n} им. С.П. Боткина»",
    "СПб ГБУЗ «Городская больница № {n}»",
    "ГАУЗ «РКБ МЗ РТ»",
    "ФГБУ «НМИЦ онкологии им. Н.Н. Петрова» Минздрава России",
    "ГБУЗ «МКНЦ им. А.С. Логинова ДЗМ»",
    "ФГБУ «НМИЦ АГП им. В.И. Кулакова» Минздрава России",
    "ГБУЗ «Родильный дом № {n}»",
    "ГБУЗ ПКБ № {n} им. П.Б. Ганнушкина ДЗМ",
    "ООО «Клиника Мать и дитя»",
    "ГБУЗ «Областной онкологический диспансер»",
    "ООО «Нефросовет-Тверь»",
    "ФГБУ «НМИЦ ТИО им. ак. В.И. Шумакова»",
]
RU_POLY = [
    "ГБУЗ «ГП № {n} ДЗМ»",
    "городская поликлиника № {n}",
    "ГБУЗ «Детская городская поликлиника № {n}»",
    "поликлиника №{n}",
    "ГАУЗ «Городская поликлиника № {n}»",
]
RU_INSURERS = [
    "АО «СОГАЗ-Мед»",
    "ООО «Капитал МС»",
    "АО «МАКС-М»",
    "ООО СК «Сбербанк страхование жизни»",
    "САО «ВСК»",
    "ПАО СК «Росгосстрах»",
    "АО «АльфаСтрахование-ОМС»",
    "ООО «Ингосстрах-М»",
]
RU_EMPLOYERS = [
    "ООО «Северный трубный завод»",
    "АО «Уралхимпласт»",
    "ООО «ТрансСтройМонтаж»",
    "ПАО «Заволжский моторный завод»",
    "ИП Гусейнов Р.А.",
    "ООО «Фармлогистик»",
    "МУП «Водоканал»",
    "ООО «Стройресурс-М»",
    "АО «Газпром газораспределение Тверь»",
]
RU_SCHOOLS = [
    "МБОУ СОШ № {n}",
    "ГБОУ «Школа № {n}»",
    "гимназия № {n}",
    "МБДОУ детский сад № {n}",
    "детский сад № {n} «Солнышко»",
    "лицей № {n}",
]
RU_LABS = [
    "ООО «Инвитро»",
    "ООО «Гемотест»",
    "лаборатория «KDL»",
    "ФБУЗ «Центр гигиены и эпидемиологии в г. Москве»",
    "ООО «Хеликс»",
    "ФБУН ЦНИИ Эпидемиологии Роспотребнадзора",
]


def ru_org(rng: random.Random, pool: list[str]) -> str:
    return pick(rng, pool).replace("{n}", str(rng.randint(1, 220)))


# --------------------------------------------------------------------------- eponyms and look-alikes

RU_EPONYMS = [
    "синдром Марфана",
    "симптом Щёткина-Блюмберга",
    "проба Манту",
    "по Нечипоренко",
    "болезнь Крона",
    "болезнь Бехтерева",
    "проба Зимницкого",
    "шкала Апгар",
    "болезнь Паркинсона",
    "болезнь Альцгеймера",
    "синдром Дауна",
    "тетрада Фалло",
    "болезнь Иценко-Кушинга",
    "тиреоидит Хашимото",
    "лимфома Ходжкина",
    "саркома Юинга",
    "опухоль Вильмса",
    "метод Сельдингера",
    "проба Ромберга",
    "симптом Пастернацкого",
    "симптом Кернига",
    "рефлекс Бабинского",
    "болезнь Виллебранда",
    "болезнь Гоше",
    "болезнь Фабри",
    "синдром Жильбера",
    "синдром Гийена-Барре",
    "шкала комы Глазго",
    "индекс Карновского",
    "синдром Кандинского-Клерамбо",
    "корсаковский синдром",
    "синдром Котара",
    "лимфома Беркитта",
    "метастаз Вирхова",
    "шкала Глисона",
    "приёмы Леопольда",
    "шкала Бишопа",
    "проба Кумбса",
    "фистула Брешиа-Чимино",
    "пятна Вишневского",
    "перелом Коллеса",
    "проба Руфье",
    "палочка Коха",
    "реакция Видаля",
    "окраска по Цилю-Нильсену",
    "индекс Кетле",
    "аппарат Илизарова",
    "шкала Гамильтона",
    "шкала Бека",
    "проба Штанге",
    "пятна Филатова-Коплика",
    "реакция Вассермана",
    "манёвр Вальсальвы",
    "кольцо Кайзера-Флейшера",
    "синдром Альпорта",
    "формула Кокрофта-Гаулта",
    "гломерулонефрит Гудпасчера",
    "опухоль Клацкина",
    "шкала Фагерстрема",
]
EN_EPONYMS = [
    "Crohn's disease",
    "Glasgow Coma Scale",
    "Kocher incision",
    "Apgar score",
    "Parkinson's disease",
    "Alzheimer's disease",
    "Hodgkin lymphoma",
    "Down syndrome",
    "Marfan syndrome",
    "Graves' disease",
    "Hashimoto's thyroiditis",
    "Cushing's syndrome",
    "Addison's disease",
    "Bell's palsy",
    "Guillain-Barré syndrome",
    "Wilms tumour",
    "Ewing sarcoma",
    "Gleason score",
    "Karnofsky performance status",
    "Breslow thickness",
    "Bishop score",
    "Naegele's rule",
    "Coombs test",
    "Murphy's sign",
    "Romberg's test",
    "Babinski sign",
    "Valsalva manoeuvre",
    "Colles fracture",
    "Seldinger technique",
    "Brescia-Cimino fistula",
    "Tanner stage",
    "Mantoux test",
    "Ziehl-Neelsen stain",
    "Gram stain",
    "Snellen chart",
    "Ishihara plates",
    "Whipple procedure",
    "Beck Depression Inventory",
    "Wernicke's encephalopathy",
    "Korsakoff syndrome",
    "Raynaud's phenomenon",
    "Barrett's oesophagus",
    "Kaposi sarcoma",
    "Burkitt lymphoma",
    "von Willebrand disease",
    "Cockcroft-Gault equation",
    "Alport syndrome",
    "Goodpasture syndrome",
    "Hamilton Anxiety Rating Scale",
    "Allen test",
    "Epley manoeuvre",
    "McBurney's point",
    "Phalen's test",
    "Tinel's sign",
]
# diseases named after places and other traps that are NOT annotated
RU_TRAPS = [
    "крымская геморрагическая лихорадка",
    "омская геморрагическая лихорадка",
    "японский энцефалит",
    "вирус Западного Нила",
    "ближневосточный респираторный синдром",
    "лихорадка Ку",
]
EN_TRAPS = [
    "Lyme disease",
    "West Nile virus",
    "Ebola virus disease",
    "Lassa fever",
    "Japanese encephalitis",
    "Rocky Mountain spotted fever",
    "Zika virus",
]


def ru_ep(rng: random.Random, group: list[str] | None = None) -> str:
    return pick(rng, group or RU_EPONYMS)


def en_ep(rng: random.Random, group: list[str] | None = None) -> str:
    return pick(rng, group or EN_EPONYMS)


# --------------------------------------------------------------------------- Russian documents


def _n(d: Doc, p: RuPerson, case: str = "nom", partial: bool = True) -> Doc:
    return d.name(p.form(d.rng, case, partial))


def _staff(d: Doc, role: str) -> Doc:
    p = RuPerson(d.rng)
    sig = pick(d.rng, [" _________ ", " /подпись/ ", " ", "  "])
    return (
        d.t(role).t(sig).name(pick(d.rng, [f"{p.sur} {p.initials()}", f"{p.initials()} {p.sur}", p.full()]))
    )


def _year_ru(d: Doc, y: int) -> Doc:
    return d.date(str(y)).t(pick(d.rng, [" г.", " году", "г.", " г"]))


def ru_psych(d: Doc) -> None:
    r = d.rng
    pt = RuPerson(r)
    rel = RuPerson(r, male=r.random() < 0.5)
    b = birth(r, 1960, 2003)
    d.org(
        ru_org(
            r,
            [
                "ГБУЗ ПКБ № {n} им. П.Б. Ганнушкина ДЗМ",
                "ГБУЗ «Психиатрическая больница № {n}»",
                "СПб ГКУЗ «Городская психиатрическая больница № {n} (стационар с диспансером)»",
            ],
        )
    ).t("\n")
    d.t(
        pick(
            r, ["ЗАКЛЮЧЕНИЕ ВРАЧА-ПСИХИАТРА", "Психиатрическое освидетельствование", "КОНСУЛЬТАЦИЯ ПСИХИАТРА"]
        )
    )
    d.t("\nДата осмотра: ")
    put_ru_date(d, rand_date(r)).t(f", {r.randint(8, 19)}:{r.randint(0, 59):02d}\n")
    d.t("Пациент: ")
    _n(d, pt, partial=False)
    if r.random() < 0.5:
        d.t(", ").date(str(b[0])).t(" г.р.\n")
    else:
        d.t(", дата рождения ")
        put_ru_date(d, b).t("\n")
    d.t("Проживает: ").addr(ru_address_any(r)).t("\n")
    d.t("СНИЛС ").id(snils(r)).t(pick(r, ["   ", "; ", "\n"])).t("Полис ОМС № ").id(oms16(r)).t("\n")
    kin = pick(
        r,
        [("мать", "матери"), ("отец", "отца"), ("супруга", "супруги"), ("сестра", "сестры"), ("сын", "сына")],
    )
    d.t(f"Со слов {kin[1]} (")
    _n(d, rel, "gen")
    d.t("), тел. ").phone(ru_mobile(r)).t(": ")
    d.t(
        pick(
            r,
            [
                "последние 3 недели не спит, ",
                "около месяца высказывает идеи преследования, ",
                "со 2-й недели отказывается от еды, ",
            ],
        )
    )
    d.t("слышит «голоса». Наследственность: у деда по линии матери — ").ep(
        ru_ep(r, ["болезнь Альцгеймера", "болезнь Паркинсона", "корсаковский синдром"])
    ).t(".\n")
    d.t("Впервые госпитализирован в ")
    _year_ru(d, r.randint(2008, 2020)).t(" в ").org(
        ru_org(r, ["ПНД № {n}", "ГБУЗ «ПБ № {n}»", "ГБУЗ «ОКПБ»"])
    ).t(", ")
    d.t("последняя госпитализация в ").date(f"{pick(r, RU_MONTHS_PREP)} {r.randint(2021, 2024)}").t(
        pick(r, [" г.\n", " года.\n", ".\n"])
    )
    d.t("Психический статус: ориентирован верно. Отмечаются признаки — ").ep(
        ru_ep(r, ["синдром Кандинского-Клерамбо", "синдром Котара"])
    )
    d.t(f". По шкале PANSS {r.randint(60, 110)} баллов, ").ep("шкала Гамильтона").t(
        f" — {r.randint(8, 30)}.\n"
    )
    d.t("Неврологически: ").ep("проба Ромберга").t(" устойчив. Рефлексы D=S.\n")
    d.t(
        f"Диагноз: F{pick(r, ['20.0', '25.1', '31.2', '32.2', '06.2'])}. Рекомендовано: рисперидон {r.choice([2, 4, 6])} мг/сут, палата {r.randint(1, 30)}.\n"
    )
    if r.random() < 0.5:
        boss = RuPerson(r)
        d.t("Осмотрен совместно с зав. отделением ").name(boss.form(r, "ins", False)).t(".\n")
    _staff(d, pick(r, ["Врач-психиатр", "Врач-психиатр, к.м.н.", "Дежурный психиатр"])).t("\n")
    if r.random() < 0.6:
        _staff(d, "Зав. отделением № " + str(r.randint(1, 30)))


def ru_onco(d: Doc) -> None:
    r = d.rng
    pt = RuPerson(r)
    org = ru_org(
        r,
        [
            "ФГБУ «НМИЦ онкологии им. Н.Н. Петрова» Минздрава России",
            "ГБУЗ «Областной онкологический диспансер»",
            "ГБУЗ «МКНЦ им. А.С. Логинова ДЗМ»",
            "ГАУЗ «Республиканский клинический онкологический диспансер МЗ РТ»",
        ],
    )
    d.t("ПРОТОКОЛ ОНКОЛОГИЧЕСКОГО КОНСИЛИУМА № ").id(f"{r.randint(10, 999)}/{r.randint(23, 25)}").t("\n")
    d.org(org).t(f"\nОГРН {ogrn(r)}, ИНН {inn10_org(r)}, КПП {digits(r, 9)}\n")
    d.t("Дата проведения: ")
    put_ru_date(d, rand_date(r)).t("\n")
    d.t("ФИО пациента: ")
    _n(d, pt, partial=False)
    d.t(pick(r, ["\nДата рождения: ", "\nД.р. "]))
    put_ru_date(d, birth(r, 1945, 1990)).t("\n")
    d.t("№ медицинской карты: ").id(
        f"{r.randint(1000, 99999)}/{r.choice(['С', 'А', 'К'])}{r.randint(20, 25)}"
    ).t("\n")
    d.t("Диагноз: C").t(pick(r, ["18.7", "34.1", "50.4", "61", "81.1", "83.3", "64"])).t(" ")
    dx = pick(r, ["лимфома Ходжкина", "лимфома Беркитта", "опухоль Клацкина", "саркома Юинга", None])
    if dx:
        d.ep(dx).t(f", стадия {pick(r, ['IIA', 'IIIB', 'IVA'])}")
    else:
        d.t("аденокарцинома, T3N1M0, ").ep("шкала Глисона").t(f" {r.randint(6, 9)} (4+{r.randint(3, 5)})")
    d.t(f". ECOG {r.randint(0, 2)}, ").ep("индекс Карновского").t(f" {r.choice([70, 80, 90])}%.\n")
    d.t("Гистология № ").id(f"{r.randint(1000, 9999)}-{r.randint(1, 9)}").t(" от ")
    put_ru_date(d, rand_date(r)).t(" (").org(pick(r, RU_LABS)).t(").\n")
    d.t("Решение: направить на ПЭТ-КТ с 18F-ФДГ в ").org(
        ru_org(
            r, ["ООО «ПЭТ-Технолоджи»", "ЦЯМ ФГБУ «НМИЦ радиологии»", "ФГБУ «РНЦРХТ им. ак. А.М. Гранова»"]
        )
    ).t(".\n")
    d.t("Контакт пациента: ").phone(ru_mobile(r))
    if r.random() < 0.6:
        d.t(", e-mail: ").email(ru_email(r, pt))
    d.t("\nКТ-архив: ").url(
        pick(
            r,
            [
                f"http://10.{r.randint(0, 254)}.{r.randint(0, 254)}.{r.randint(1, 254)}/pacs",
                f"10.{r.randint(0, 254)}.{r.randint(0, 254)}.{r.randint(1, 254)}",
                f"https://pacs.onko{r.randint(1, 80)}.ru/study/{digits(r, 8)}",
            ],
        )
    ).t("\n")
    d.t("Состав консилиума:\n")
    for role in ["Председатель — онколог", "Химиотерапевт", "Радиотерапевт"]:
        _staff(d, role).t("\n")


def ru_birth(d: Doc) -> None:
    r = d.rng
    mom = RuPerson(r, male=False)
    dad = RuPerson(r, male=True)
    dad.sur = mom.sur[:-1] if mom.sur.endswith(("ова", "ева", "ина")) and r.random() < 0.7 else dad.sur
    bd = rand_date(r)
    d.org(
        ru_org(
            r,
            [
                "ГБУЗ «Родильный дом № {n}»",
                "ФГБУ «НМИЦ АГП им. В.И. Кулакова» Минздрава России",
                "Перинатальный центр ГБУЗ «ГКБ № {n} ДЗМ»",
                "ООО «Клиника Мать и дитя»",
            ],
        )
    ).t("\n")
    d.t("ИСТОРИЯ РОДОВ № ").id(f"{r.randint(100, 4999)}").t("\n")
    d.t("Роженица: ")
    _n(d, mom, partial=False)
    d.t(f", возраст {r.randint(19, 42)}. Беременность {r.randint(1, 5)}, роды {r.randint(1, 3)}.\n")
    d.t("Обменная карта (ф. 111/у-20) выдана ").org(
        ru_org(r, ["женская консультация № {n}", "ГБУЗ «ГП № {n} ДЗМ», филиал № 2 (ЖК)"])
    ).t(", на учёте с ")
    put_ru_date(d, rand_date(r, 2023, 2024))
    d.t("; срок по УЗИ 39 нед.\n")
    d.t("Группа крови O(I) Rh-отр., ").ep("проба Кумбса").t(" отрицательная. ").ep(
        ru_ep(r, ["шкала Бишопа"])
    ).t(f" — {r.randint(5, 10)} баллов.\n")
    d.t("Муж/отец ребёнка: ")
    _n(d, dad)
    d.t(", тел. ").phone(ru_mobile(r)).t("\n")
    boy = r.random() < 0.5
    d.t("Роды ")
    put_ru_date(d, bd).t(
        f" в {r.randint(0, 23):02d}:{r.randint(0, 59):02d}. {'Родился живой мальчик' if boy else 'Родилась живая девочка'}, "
    )
    d.t(f"масса {r.randint(2600, 4300)} г, рост {r.randint(46, 56)} см, ").ep("шкала Апгар").t(
        f" {r.randint(6, 8)}/{r.randint(8, 9)} баллов.\n"
    )
    d.t("Новорождённый: ").name(
        f"{dad.sur} {pick(r, ['Артём', 'Лев', 'Матвей'])}"
        if boy
        else f"{_fem_surname(dad.sur)} {pick(r, ['Мария', 'Алиса', 'Ева'])}"
    ).t(f", браслет № {r.randint(1, 40)}, ")
    d.t("ф. 103/у (медсвидетельство о рождении) серия ").id(f"{r.randint(10, 99)}").t(" № ").id(
        digits(r, 6)
    ).t("\n")
    d.t("Адрес: ").addr(ru_address_any(r)).t("\n")
    d.t("СНИЛС матери ").id(snils(r)).t(", полис ").id(oms16(r)).t(" (").org(pick(r, RU_INSURERS)).t(")\n")
    _staff(d, "Акушер-гинеколог").t("   ")
    _staff(d, "Неонатолог").t("\n")


def ru_child112(d: Doc) -> None:
    r = d.rng
    child = RuPerson(r)
    mom = RuPerson(r, male=False)
    dad = RuPerson(r, male=True)
    if r.random() < 0.8:
        child.sur = dad.sur if child.male else _fem_surname(dad.sur)
        mom.sur = _fem_surname(dad.sur) if r.random() < 0.7 else mom.sur
    d.org(ru_org(r, ["ГБУЗ «Детская городская поликлиника № {n}»", "ДГП № {n}", "ГАУЗ «ДГКП № {n}»"])).t("\n")
    d.t("ИСТОРИЯ РАЗВИТИЯ РЕБЁНКА (ф. 112/у) № ").id(f"{r.randint(100, 99999)}").t("\n")
    d.t("Ф.И.О. ребёнка: ").name(child.full()).t("\nДата рождения: ")
    put_ru_date(d, rand_date(r, 2012, 2022)).t("\n")
    d.t("Св-во о рождении: ").id(
        f"{pick(r, ['I', 'II', 'IV', 'V', 'VII'])}-{pick(r, ['МЮ', 'АГ', 'ЛО', 'КБ'])}"
    ).t(" № ").id(digits(r, 6)).t("\n")
    d.t("Мать: ")
    _n(d, mom)
    d.t(", место работы: ").org(pick(r, RU_EMPLOYERS)).t(", тел. ").phone(ru_mobile(r)).t("\n")
    d.t("Отец: ")
    _n(d, dad)
    d.t(", тел. ").phone(ru_mobile(r)).t("\n")
    school = ru_org(r, RU_SCHOOLS)
    d.t("Посещает: ").org(school)
    if "сад" in school:
        d.t(f", группа «{pick(r, ['Звёздочка', 'Пчёлка', 'Радуга'])}».\n")
    else:
        d.t(f", {r.randint(1, 9)} «{pick(r, ['А', 'Б', 'В'])}» класс.\n")
    d.t("Прививки по календарю. ").ep("проба Манту").t(" от ")
    d.date(f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}").t(
        f" — папула {r.randint(2, 16)} мм. Диаскинтест отр.\n"
    )
    d.t("Анализ мочи ").ep("по Нечипоренко").t(
        f": лейкоциты {r.randint(500, 4000)}/мл, эритроциты {r.randint(100, 1000)}/мл.\n"
    )
    d.t(f"Группа здоровья {pick(r, ['I', 'II', 'III'])}, физкультурная группа основная. ")
    d.ep(pick(r, ["проба Руфье", "проба Штанге"])).t(
        f" — {r.randint(3, 15)}. Стадия по Таннеру не оценивалась.\n"
    )
    d.t("Перенесённые: ветряная оспа (").date(f"{pick(r, RU_SEASONS)} {r.randint(2015, 2023)}").t(
        pick(r, [" г.)", ")"])
    ).t(", ")
    d.t("в анамнезе ").ep(pick(r, ["синдром Жильбера", "болезнь Виллебранда", "синдром Альпорта"])).t(", ")
    d.t("отит.\nАдрес: ").addr(ru_address_any(r)).t("\n")
    _staff(d, pick(r, ["Участковый педиатр", "Врач-педиатр участковый", "Педиатр"])).t("\n")


def ru_forensic(d: Doc) -> None:
    r = d.rng
    vic = RuPerson(r)
    cop = RuPerson(r, male=r.random() < 0.8)
    d.org(pick(r, ["ГБУЗ «Бюро судебно-медицинской экспертизы ДЗМ»", "СПб ГБУЗ «БСМЭ»", "ГБУЗ СО «БСМЭ»"])).t(
        "\n"
    )
    d.t("ЗАКЛЮЧЕНИЕ ЭКСПЕРТА № ").id(str(r.randint(100, 9999))).t("\n(экспертиза живого лица)\n")
    d.t("Начата: ")
    put_ru_date(d, rand_date(r)).t(f" {r.randint(9, 17)}:00. Окончена: ")
    put_ru_date(d, rand_date(r)).t("\n")
    d.t("На основании постановления ст. УУП ").org(
        pick(
            r,
            [
                "ОМВД России по району Марьино г. Москвы",
                "ОП № 3 УМВД России по г. Саратову",
                "МО МВД России «Кимрский»",
            ],
        )
    )
    d.t(" майора полиции ")
    d.name(f"{decl_surname(cop.sur, cop.male, 'gen')} {cop.initials()}")
    d.t(" от ")
    put_ru_date(d, rand_date(r)).t(" (КУСП № ").t(f"{r.randint(1000, 29999)}) произведена экспертиза гр. ")
    d.name(vic.full("gen") if r.random() < 0.6 else vic.form(r, "gen", False))
    d.t(", ")
    d.date(str(r.randint(1960, 2005))).t(" г.р., паспорт ")
    ser, num = f"{digits(r, 2)} {digits(r, 2)}", digits(r, 6, True)
    style = r.random()
    if style < 0.5:
        d.id(ser).t(" № ").id(num)
    elif style < 0.75:
        d.t("серия ").id(ser.replace(" ", "") if r.random() < 0.5 else ser).t(" номер ").id(num)
    else:
        d.id(f"{ser} {num}")  # written together: one span
    d.t(".\n")
    d.t("Со слов: ").date(f"{r.randint(1, 28)}.{r.randint(1, 12):02d}").t(" около 23:00 ")
    d.t("во дворе по адресу ").addr(ru_address_any(r)).t(" был избит неизвестным.\n")
    d.t("Объективно: кровоподтёк в лобной области 3×2 см, ссадина правого предплечья. Рентгенограмма: ")
    d.ep("перелом Коллеса").t(" слева. Пробы: ").ep("проба Ромберга").t(" отрицательная.\n")
    d.t("Выводы: вред здоровью средней тяжести (п. 7.1 Приказа № 194н).\n")
    _staff(d, "Судебно-медицинский эксперт").t("\nСвидетель: ")
    w = RuPerson(r)
    d.name(w.form(r)).t(", тел. ").phone(ru_mobile(r)).t("\n")


def ru_prof(d: Doc) -> None:
    r = d.rng
    pt = RuPerson(r)
    d.org(
        pick(
            r,
            [
                "ООО «Медицинский центр профосмотров „Здоровье“»",
                "ООО «МедПрофОсмотр»",
                "ЧУЗ «КБ «РЖД-Медицина» г. Тверь»",
            ],
        )
    )
    d.t(f"\nЛицензия № Л041-01137-77/00{digits(r, 6)}, ОГРН {ogrn(r)}\n")
    d.t(
        pick(
            r,
            [
                "ЗАКЛЮЧЕНИЕ ПО РЕЗУЛЬТАТАМ ПЕРИОДИЧЕСКОГО МЕДИЦИНСКОГО ОСМОТРА",
                "ЗАКЛЮЧЕНИЕ предварительного медосмотра (Приказ 29н)",
            ],
        )
    )
    d.t("\nДата выдачи: ")
    put_ru_date(d, rand_date(r)).t("\nФ.И.О.: ")
    _n(d, pt, partial=False)
    d.t("\nДата рождения: ")
    put_ru_date(d, birth(r)).t("\nСНИЛС: ").id(snils(r)).t(pick(r, ["\nИНН: ", "    ИНН: "])).id(inn12(r)).t(
        "\n"
    )
    d.t("Работодатель: ").org(pick(r, RU_EMPLOYERS)).t(f" (ИНН {inn10_org(r)})\n")
    d.t(
        f"Должность: {pick(r, ['электрогазосварщик', 'водитель погрузчика', 'машинист крана', 'оператор АЗС', 'лаборант'])}\n"
    )
    d.t(
        f"Вредные факторы: п. {r.randint(1, 5)}.{r.randint(1, 9)}, 4.{r.randint(1, 9)} прил. к Приказу № 29н (шум {r.randint(80, 95)} дБА, сварочные аэрозоли)\n"
    )
    d.t(f"Спирометрия: ЖЕЛ {r.randint(70, 110)}%, ").ep(
        "коэффициент Тиффно" if r.random() < 0.5 else "проба Штанге"
    ).t(f" {r.randint(60, 90)}. Аудиометрия: норма. ")
    d.ep("индекс Кетле").t(f" {r.randint(19, 34)}.{r.randint(0, 9)}\n")
    d.t("Медицинские противопоказания к работе: НЕ ВЫЯВЛЕНЫ\n")
    d.t("Председатель врачебной комиссии ")
    p = RuPerson(r)
    d.name(f"{p.initials()}{p.sur}" if r.random() < 0.3 else f"{p.sur} {p.initials()}").t("\n")
    d.t("Справки: ").phone(ru_landline(r)).t(", ").url(
        pick(r, ["https://medprof-osmotr.ru", "www.rzd-medicine.ru/tver", "http://mpo-zdorovie.rf/lk"])
    ).t("\n")


def ru_vvk(d: Doc) -> None:
    r = d.rng
    pt = RuPerson(r, male=True)
    d.org(
        pick(
            r,
            [
                "Военный комиссариат Ленинского и Октябрьского районов г. Саратова",
                "военный комиссариат г. Кимры Тверской области",
                "ФГКУ «354 ВКГ» Минобороны России",
            ],
        )
    )
    d.t("\nЗАКЛЮЧЕНИЕ ВОЕННО-ВРАЧЕБНОЙ КОМИССИИ № ").id(f"{r.randint(1, 999)}/{r.randint(1, 9)}").t("\n")
    d.t("Освидетельствуемый: ")
    _n(d, pt, partial=False)
    d.t(", ")
    d.date(str(r.randint(1990, 2006))).t(" года рождения\n")
    d.t("Личный номер: ").id(f"{pick(r, ['АБ', 'ВК', 'ЕГ', 'ЖМ'])}-{digits(r, 6)}").t("\n")
    d.t("Воинская часть: ").org(f"в/ч {digits(r, 5, True)}").t(", воинское звание — рядовой\n")
    d.t("Военный билет: ").id(f"{pick(r, ['АС', 'АЕ', 'АК'])} {digits(r, 7)}").t("\n")
    d.t("Жалобы на боли в пояснице. ").ep(
        pick(r, ["болезнь Бехтерева", "болезнь Шейерманна-Мау", "синдром Марфана"])
    ).t(" исключена / под вопросом.\n")
    d.t(
        f"Ст. {r.randint(1, 88)} «б» графы I Расписания болезней (ПП РФ № 565). Категория годности: {pick(r, ['Б-3', 'В', 'Г', 'А-1'])}.\n"
    )
    d.t("Родственники: мать ")
    m = RuPerson(r, male=False)
    d.name(m.form(r)).t(", проживает: ").addr(ru_address_any(r)).t(", тел. ").phone(ru_mobile(r)).t("\n")
    d.t("Освидетельствован ")
    put_ru_date(d, rand_date(r)).t("\n")
    _staff(d, "Председатель ВВК п-к м/с").t("\n")
    _staff(d, "Секретарь").t("\n")


def ru_dialysis(d: Doc) -> None:
    r = d.rng
    pt = RuPerson(r)
    d.org(
        pick(
            r,
            [
                "ООО «Нефросовет-Тверь»",
                "ООО «Фрезениус Нефрокеа»",
                "Диализный центр ООО «Б. Браун Авитум Руссланд Клиникс»",
                "ГБУЗ «ГКБ № 52 ДЗМ»",
            ],
        )
    )
    d.t(" — диализный центр\nПРОТОКОЛ СЕАНСА ГЕМОДИАЛИЗА\nПациент: ")
    _n(d, pt, partial=False)
    d.t(
        f"   Смена {r.randint(1, 3)}, аппарат № {r.randint(1, 24)} (серийный № {digits(r, 4)}{pick(r, ['AB', 'FK'])}{digits(r, 4)})\n"
    )
    d.t("Дата: ")
    put_ru_date(d, rand_date(r)).t("   Амб. карта № ").id(f"{r.randint(10, 9999)}").t("\n")
    d.t("Сосудистый доступ: ").ep("фистула Брешиа-Чимино").t(" слева, сформирована в ")
    _year_ru(d, r.randint(2012, 2022)).t(";\n")
    d.t(
        f"Вес до {r.randint(55, 110)}.{r.randint(0, 9)} кг, после {r.randint(54, 108)}.{r.randint(0, 9)}. АД {r.randint(100, 180)}/{r.randint(60, 100)}. "
    )
    d.t(
        f"Kt/V {r.randint(11, 16) / 10}, URR {r.randint(62, 76)}%. Гепарин {r.randint(3, 8)} тыс. ЕД, диализатор FX{r.randint(60, 100)}, "
    )
    d.t(f"серия {digits(r, 7)}.\n")
    d.t("Основное заболевание: ").ep(
        pick(r, ["синдром Альпорта", "гломерулонефрит Гудпасчера", "болезнь Фабри"])
    )
    d.t(". СКФ по ").ep("формуле Кокрофта-Гаулта").t(" — 7 мл/мин.\n")
    d.t("Полис ОМС: ").id(oms16(r)).t(", ").org(pick(r, RU_INSURERS)).t("\n")
    d.t("Транспорт до дома: ").addr(ru_address_any(r)).t("\n")
    d.t("Медсестра: ")
    ns = RuPerson(r, male=False)
    d.name(pick(r, [ns.first, f"{ns.sur} {ns.first[0]}.", ns.full()])).t("; врач-нефролог ")
    doc = RuPerson(r)
    d.name(f"{doc.sur} {doc.initials()}").t("\n")


def ru_transplant(d: Doc) -> None:
    r = d.rng
    pt = RuPerson(r)
    d.org(
        pick(
            r,
            [
                "ФГБУ «НМИЦ ТИО им. ак. В.И. Шумакова» Минздрава России",
                "ГБУЗ «НИИ СП им. Н.В. Склифосовского ДЗМ»",
                "ГБУЗ «Московский координационный центр органного донорства ДЗМ»",
            ],
        )
    )
    d.t("\nЛИСТ ОЖИДАНИЯ ТРАНСПЛАНТАЦИИ — выписка\n")
    rows = [
        ("Реципиент", None),
        ("Орган", pick(r, ["почка", "печень", "сердце"])),
        ("Группа крови", pick(r, ["A(II) Rh+", "O(I) Rh-", "B(III) Rh+"])),
    ]
    for k, v in rows:
        d.t(f"{k:<22}| ")
        if v is None:
            _n(d, pt, partial=False)
        else:
            d.t(v)
        d.t("\n")
    d.t(f"{'Дата включения':<22}| ")
    put_ru_date(d, rand_date(r, 2019, 2024)).t("\n")
    d.t(f"{'Рег. № в листе':<22}| ").id(f"ЛО-{r.randint(1000, 9999)}/{r.randint(19, 25)}").t("\n")
    d.t(f"{'СНИЛС':<22}| ").id(snils(r)).t("\n")
    d.t(f"{'HLA':<22}| A2,A24; B7,B35; DR1,DR15; PRA {r.randint(0, 80)}%\n")
    d.t(f"{'Телефон (круглосут.)':<22}| ").phone(ru_mobile(r)).t(" ; резерв: ").phone(ru_mobile(r)).t("\n")
    d.t(f"{'Контактное лицо':<22}| ")
    c = RuPerson(r)
    d.name(c.form(r)).t(pick(r, [" (муж)", " (жена)", " (дочь)", " (брат)"])).t("\n")
    d.t(f"{'Адрес':<22}| ").addr(ru_address_any(r)).t("\n")
    d.t("Диагноз: ").ep(
        pick(r, ["синдром Альпорта", "болезнь Вильсона-Коновалова", "синдром Бадда-Киари", "болезнь Фабри"])
    )
    d.t(f", MELD {r.randint(10, 35)}. Предыдущая пересадка: нет.\n")
    d.t("Координатор: ")
    k = RuPerson(r)
    d.name(f"{k.sur} {k.first}" if r.random() < 0.5 else f"{k.initials()} {k.sur}").t(", ").email(
        f"{k.sur.lower().translate(TRANSLIT)}@transpl.ru"
    ).t("\n")


def ru_epid(d: Doc) -> None:
    r = d.rng
    case = RuPerson(r)
    dis = pick(r, ["корь", "менингококковая инфекция", "туберкулёз лёгких", "брюшной тиф", "КГЛ"])
    d.org(
        pick(
            r,
            [
                "ФБУЗ «Центр гигиены и эпидемиологии в Саратовской области»",
                "Территориальный отдел Управления Роспотребнадзора по Тверской обл. в г. Кимры",
                "ФБУЗ «ЦГиЭ в г. Москве», филиал в ЮАО",
            ],
        )
    )
    d.t(f"\nКАРТА ЭПИДЕМИОЛОГИЧЕСКОГО ОБСЛЕДОВАНИЯ ОЧАГА № {r.randint(1, 999)}\nНозология: {dis}")
    if dis == "туберкулёз лёгких":
        d.t(" (").ep("палочка Коха").t(" в мокроте, ").ep("окраска по Цилю-Нильсену").t(")")
    elif dis == "брюшной тиф":
        d.t(", ").ep("реакция Видаля").t(" положительная")
    elif dis == "корь":
        d.t(", ").ep("пятна Филатова-Коплика").t(" на 2-й день")
    else:
        d.t(" — дифф. диагноз: ").t(pick(r, RU_TRAPS))
    d.t("\nЗаболевший: ")
    _n(d, case, partial=False)
    d.t(", ")
    put_ru_date(d, birth(r, 1950, 2018)).t(", ").addr(ru_address_any(r)).t("\n")
    d.t("Место работы/учёбы: ").org(pick(r, [ru_org(r, RU_SCHOOLS), pick(r, RU_EMPLOYERS)])).t("\n")
    d.t("Дата заболевания: ")
    d.date(f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}").t(", госпитализирован в ").org(
        ru_org(r, ["ИКБ № {n}", "ГБУЗ «ИКБ № {n} ДЗМ»", "ГКБ № {n}"])
    ).t("\n")
    d.t("Контактные лица:\n№ | ФИО | д.р. | телефон | наблюдение\n")
    for i in range(r.randint(2, 4)):
        c = RuPerson(r)
        d.t(f"{i + 1} | ").name(c.form(r, allow_partial=False)).t(" | ")
        if r.random() < 0.5:
            d.date(str(r.randint(1950, 2020)))
        else:
            put_ru_date(d, birth(r, 1950, 2020))
        d.t(" | ").phone(ru_mobile(r)).t(f" | {r.choice([7, 10, 21, 35])} дн.\n")
    d.t("Эпидемиолог ")
    e = RuPerson(r)
    d.name(f"{e.sur} {e.initials()}").t(", ").email(
        f"epid{r.randint(1, 40)}@{pick(r, ['64.rospotrebnadzor.ru', 'fbuz-tver.ru', 'mosgsen.ru'])}"
    ).t("\n")


def ru_foreign(d: Doc) -> None:
    r = d.rng
    origin = pick(r, ["kz", "uz", "by", "tj"])
    pt = RuPerson(r, origin=origin)
    b = birth(r, 1965, 2004)
    d.org(ru_org(r, RU_HOSP)).t("\n")
    d.t(
        pick(
            r,
            [
                "ВЫПИСНОЙ ЭПИКРИЗ (иностранный гражданин)",
                "Медицинская карта стационарного больного № ",
                "Приёмное отделение. Лист регистрации иностранного гражданина",
            ],
        )
    )
    if d.text().endswith("№ "):
        d.id(f"{r.randint(100, 99999)}-{r.randint(20, 25)}")
    d.t("\nФ.И.О. (по паспорту): ").name(pt.full()).t("\n")
    lat = (pt.sur + " " + pt.first).lower().translate(TRANSLIT).upper().replace(".", " ")
    d.t("Латиницей: ").name(lat).t("\n")
    d.t(
        f"Гражданство: {'Республика ' + {'kz': 'Казахстан', 'uz': 'Узбекистан', 'by': 'Беларусь', 'tj': 'Таджикистан'}[origin]}\n"
    )
    d.t("Дата рождения: ")
    put_ru_date(d, b).t("\n")
    if origin == "kz":
        d.t("ИИН: ").id(iin_kz(r, b, pt.male)).t("\nУд. личности РК № ").id(digits(r, 9, True)).t("\n")
    elif origin == "uz":
        d.t("ПИНФЛ: ").id(pinfl_uz(r, b, pt.male)).t("\nПаспорт ").id(
            f"{pick(r, ['AA', 'AB', 'AD', 'FA'])}{digits(r, 7)}"
        ).t("\n")
    elif origin == "by":
        d.t("Идентификационный № ").id(by_id(r, b, pt.male)).t(", паспорт ").id(
            f"{pick(r, ['MP', 'MC', 'HB'])}{digits(r, 7)}"
        ).t("\n")
    else:
        d.t("Паспорт РТ: ").id(f"{pick(r, ['A', 'B'])}{digits(r, 8)}").t("\n")
    d.t("Миграционная карта: серия ").id(f"{digits(r, 4)}").t(" № ").id(digits(r, 7)).t(", дата въезда ")
    put_ru_date(d, rand_date(r)).t("\n")
    if r.random() < 0.5:
        d.t("ИНН: ").id(inn12(r)).t("\n")
    if r.random() < 0.5:
        d.t("Патент на работу серия ").id(f"{r.randint(10, 99)}").t(" №").id(digits(r, 10)).t("\n")
    d.t("Полис ДМС № ").id(f"{pick(r, ['001', '211', '777'])}SB{digits(r, 7)}").t(" (").org(
        pick(r, RU_INSURERS)
    ).t(")")
    d.t(", тел. страховой: ").phone(f"8-800-{digits(r, 3)}-{digits(r, 2)}-{digits(r, 2)}").t("\n")
    d.t("Место пребывания в РФ: ").addr(ru_address_any(r)).t("\n")
    d.t("Адрес на родине: ").addr(
        {"kz": kz_address, "uz": uz_address, "by": by_address}.get(origin, uz_address)(r)
    ).t("\n")
    d.t("Тел.: ").phone(foreign_phone_ru(r, origin)).t(pick(r, [" (WhatsApp)", "", " / "]))
    if d.text().endswith("/ "):
        d.phone(ru_mobile(r))
    d.t("\nРаботодатель: ").org(pick(r, RU_EMPLOYERS)).t(
        f", {pick(r, ['разнорабочий', 'курьер', 'повар', 'водитель'])}\n"
    )
    d.t("Диагноз: ").t(
        pick(
            r,
            [
                "A15.0 Туберкулёз лёгких",
                "K35.8 Острый аппендицит",
                "S82.2 Перелом большеберцовой кости",
                "K35.8 Острый аппендицит" if pt.male else "O80 Роды",
            ],
        )
    ).t(". ")
    ep, tail = pick(
        r,
        [
            ("симптом Щёткина-Блюмберга", " положительный."),
            ("проба Манту", " — папула 12 мм."),
            ("симптом Пастернацкого", " отрицательный с обеих сторон."),
            ("шкала комы Глазго", " — 15 баллов."),
        ],
    )
    d.ep(ep).t(tail + "\n")
    if origin == "by":
        d.t("Контакт в РФ (сестра): ")
        sis = RuPerson(r, male=False)
        d.name(sis.form(r)).t(", ").phone(ru_mobile(r)).t("\n")
    else:
        d.t("Переводчик: ")
        tr = RuPerson(r, origin=origin)
        d.name(pick(r, [tr.first, f"{tr.sur} {tr.first}"])).t(" (землячество), тел. ").phone(
            foreign_phone_ru(r, origin)
        ).t("\n")
    _staff(d, "Лечащий врач").t("\n")


def ru_gibdd(d: Doc) -> None:
    r = d.rng
    pt = RuPerson(r)
    weapon = r.random() < 0.4
    d.org(
        pick(
            r,
            [
                "ООО «Медицинский центр „Доктор Плюс“»",
                "ГБУЗ «ГП № 219 ДЗМ»",
                "ООО «Водительская медкомиссия»",
            ],
        )
    )
    d.t(f", лицензия № ЛО-{r.randint(10, 99)}-01-{digits(r, 6)}\n")
    d.t(
        "МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ "
        + (
            "об отсутствии противопоказаний к владению оружием (ф. 002-О/у)"
            if weapon
            else "о наличии (об отсутствии) медицинских противопоказаний к управлению ТС (ф. 003-В/у)"
        )
    )
    d.t("\nСерия ").id(digits(r, 2)).t(" № ").id(digits(r, 6)).t("\n")
    d.t("Выдано: ")
    _n(d, pt, "dat", partial=False)
    d.t("\nДата рождения: ")
    put_ru_date(d, birth(r)).t("\nАдрес регистрации:\n").addr(ru_address_any(r)).t("\n")
    d.t("Паспорт: ").id(
        f"{digits(r, 4)} {digits(r, 6)}" if r.random() < 0.5 else f"{digits(r, 4)}{digits(r, 6)}"
    ).t(pick(r, [", выдан ", " выдан "]))
    d.org(pick(r, ["ГУ МВД России по г. Москве", "ОУФМС России по Саратовской обл. в Ленинском р-не"])).t(" ")
    put_ru_date(d, rand_date(r, 2005, 2022)).t("\n")
    d.t(
        "Категории: " + pick(r, ["B, B1", "A, B, C, CE", "B, M"]) + "\n"
        if not weapon
        else "Химико-токсикологическое исследование: отрицательно\n"
    )
    d.t("Психиатр-нарколог: противопоказаний нет. Офтальмолог: ").ep(
        "таблицы Рабкина" if r.random() < 0.5 else "таблица Сивцева"
    ).t(" — без особенностей.\n")
    d.t("Дата выдачи: ")
    put_ru_date(d, rand_date(r)).t("\n")
    _staff(d, "Председатель комиссии").t("\nМ.П.\n")
    d.t("Проверка подлинности: ").url(
        pick(
            r,
            [
                "https://gosuslugi.ru/",
                "https://docplus-med.ru/check?id=" + digits(r, 10),
                "doctor-plus.ru/verify",
            ],
        )
    )


def ru_roddom(d: Doc) -> None:
    r = d.rng
    mom = RuPerson(r, male=False)
    d.org(
        ru_org(
            r,
            [
                "ГБУЗ «Родильный дом № {n}»",
                "СПб ГБУЗ «Родильный дом № {n}»",
                "ГБУЗ «ГКБ № {n} ДЗМ», филиал «Родильный дом № 4»",
            ],
        )
    ).t("\n")
    d.t("ВЫПИСКА ИЗ ИСТОРИИ РАЗВИТИЯ НОВОРОЖДЁННОГО № ").id(f"{r.randint(1, 3999)}/{r.randint(1, 9)}").t("\n")
    d.t("Мать: ").name(mom.full() if r.random() < 0.6 else mom.full().upper()).t(", ")
    d.date(str(r.randint(1982, 2004))).t(" г.р.\n")
    d.t("Ребёнок: ").name(mom.sur).t(pick(r, [" (мальчик)", " (девочка)"])).t(", родился ")
    put_ru_date(d, rand_date(r)).t(f" в {r.randint(0, 23)}:{r.randint(0, 59):02d}\n")
    d.t(f"Масса при рождении {r.randint(2500, 4500)} г, ").ep("шкала Апгар").t(
        f" {r.randint(7, 8)}-{r.randint(8, 9)} б.\n"
    )
    d.t(
        f"БЦЖ-М серия {digits(r, 3)}, ВГВ (Энджерикс В) серия {pick(r, ['AHBVC', 'HB'])}{digits(r, 3)}A. Аудиоскрининг пройден.\n"
    )
    d.t("Неонатальный скрининг (ф. 1, бланк № ").id(digits(r, 8)).t("): на ").ep(
        pick(r, ["болезнь Гоше", "болезнь Помпе"])
    )
    d.t(" и СМА — не проводился.\n")
    d.t("Выписан на участок: ").org(
        ru_org(r, ["ГБУЗ «Детская городская поликлиника № {n}»", "ДГП № {n} филиал 1"])
    ).t("\n")
    d.t("Адрес: ").addr(ru_address_any(r)).t(". Телефон матери ").phone(ru_mobile(r)).t("\n")
    d.t("Отец: ")
    dad = RuPerson(r, male=True)
    d.name(dad.form(r)).t("\nСвидетельство о рождении — оформить в ЗАГС. СНИЛС ребёнка: ").id(snils(r)).t(
        "\n"
    )
    _staff(d, "Врач-неонатолог").t("\n")


# --------------------------------------------------------------------------- English documents

EN_POOLS = {
    "scot": (
        ["Callum", "Ewan", "Fraser", "Hamish", "Alasdair", "Ross"],
        ["Eilidh", "Morag", "Isla", "Kirsty", "Fiona", "Catriona"],
        ["MacLeod", "Campbell", "Stewart", "McIntyre", "Robertson", "Fraser", "Ferguson", "Munro"],
    ),
    "wales": (
        ["Rhys", "Dafydd", "Gareth", "Iwan", "Owain", "Huw"],
        ["Siân", "Cerys", "Angharad", "Nia", "Ffion", "Bethan"],
        ["Llewellyn", "Pritchard", "Jones", "Evans", "ap Rhys", "Morgan", "Vaughan", "Bowen"],
    ),
    "uk": (
        ["Oliver", "Harry", "Mohammed", "Jack", "Tariq", "Daniel"],
        ["Amelia", "Olivia", "Aisha", "Chloe", "Priya", "Grace"],
        [
            "Smith",
            "Patel",
            "O'Connor",
            "Walker",
            "Begum",
            "Hughes",
            "Ahmed",
            "Clarke",
            "Parkinson",
            "Addison",
        ],
    ),
    "us": (
        ["James", "Carlos", "DeShawn", "Michael", "Ethan", "Luis"],
        ["Maria", "Jennifer", "Ashley", "Keisha", "Emily", "Guadalupe"],
        [
            "Johnson",
            "Garcia",
            "Rodriguez",
            "Miller",
            "Washington",
            "Nguyen",
            "Kowalski",
            "Hernandez",
            "Graves",
            "Murphy",
        ],
    ),
    "za": (
        ["Sipho", "Thabo", "Pieter", "Johan", "Bongani", "Mandla"],
        ["Thandiwe", "Nomvula", "Annelie", "Lerato", "Zanele", "Marike"],
        ["Dlamini", "Nkosi", "van der Merwe", "Botha", "Mokoena", "Khumalo", "Naidoo", "Pretorius"],
    ),
    "sg": (
        ["Wei Ming", "Jun Jie", "Muhammad Firdaus", "Rajesh", "Kok Leong"],
        ["Wei Ling", "Hui Min", "Nur Aisyah", "Priya", "Mei Xuan"],
        ["Tan", "Lim", "Ng", "Wong", "Goh", "bin Ahmad", "Krishnan", "Teo"],
    ),
    "ca": (
        ["Liam", "Noah", "Jean-François", "Raj", "Connor", "Wyatt"],
        ["Chloé", "Harper", "Simran", "Avery", "Mackenzie", "Mei"],
        ["Tremblay", "Singh", "MacDonald", "Gagnon", "Leblanc", "Chen", "Thunderchild", "Wilson"],
    ),
}


class EnPerson:
    def __init__(self, rng: random.Random, region: str, male: bool | None = None) -> None:
        self.male = rng.random() < 0.5 if male is None else male
        m, f, s = EN_POOLS[region]
        self.first = pick(rng, m if self.male else f)
        self.sur = pick(rng, s)
        self.region = region
        self.middle = pick(rng, ["", "", "A.", "J.", "Marie", "Lee"]) if region in ("us", "ca") else ""

    def title(self, rng: random.Random) -> str:
        """A courtesy title written before the name (kept outside the NAME span)."""
        if rng.random() < 0.7:
            return ""
        return pick(rng, ["Mr ", "Mr. "]) if self.male else pick(rng, ["Mrs ", "Ms ", "Miss "])

    def form(self, rng: random.Random, allow_partial: bool = True) -> str:
        if self.region == "sg":
            if self.sur.startswith("bin") or self.first in ("Rajesh", "Priya"):
                return (
                    f"{self.first} {self.sur}"
                    if not self.sur.startswith(("Tan", "Lim"))
                    else f"{self.sur} {self.first}"
                )
            return pick(
                rng,
                [
                    f"{self.sur} {self.first}",
                    f"{self.sur.upper()} {self.first.upper()}",
                    f"{self.first} {self.sur}",
                ],
            )
        r = rng.random()
        if r < 0.35:
            return f"{self.first} {self.middle + ' ' if self.middle else ''}{self.sur}"
        if r < 0.55:
            return f"{self.sur.upper()}, {self.first}"
        if r < 0.7:
            return f"{self.first[0]}. {self.sur}"
        if r < 0.78:
            return f"{self.sur} {self.first[0]}"
        if r < 0.86:
            return f"{self.sur.upper()} {self.first.upper()}"
        if allow_partial and r < 0.93:
            return self.sur
        return f"{self.first} {self.sur}"


def _en_staff(d: Doc, region: str, pre: str, post: str = "") -> Doc:
    p = EnPerson(d.rng, region)
    d.t(pre).name(
        pick(
            d.rng,
            [
                f"{p.first} {p.sur}",
                f"{p.first[0]} {p.sur}",
                f"{p.first[0]}. {p.sur}",
                p.sur if pre.strip().endswith("Dr") else f"{p.first} {p.sur}",
            ],
        )
    )
    return d.t(post)


UK_NATIONS = {
    "scot": (
        ["Great Western Road", "Princes Street", "Dumbarton Road", "Union Street"],
        [("Glasgow", "G12 8QQ"), ("Edinburgh", "EH3 9YY"), ("Aberdeen", "AB25 2ZN"), ("Paisley", "PA2 6BN")],
    ),
    "wales": (
        ["Cathedral Road", "Heol y Plwcca", "Ffordd y Brenin", "Stryd Fawr"],
        [
            ("Cardiff", "CF11 9LJ"),
            ("Swansea", "SA1 4PQ"),
            ("Wrexham", "LL13 7TD"),
            ("Caerfyrddin", "SA31 1AA"),
        ],
    ),
    "eng": (
        ["High Street", "Station Road", "Mill Lane", "Roundhay Road"],
        [("Leeds", "LS9 7TF"), ("Bradford", "BD5 0NA"), ("Sheffield", "S10 2JF"), ("London", "NW3 2QG")],
    ),
}


def uk_address(rng: random.Random, glue: str = ", ", nation: str = "") -> str:
    streets, towns = UK_NATIONS[nation or pick(rng, sorted(UK_NATIONS))]
    town, pc = pick(rng, towns)
    flat = pick(
        rng,
        [
            "",
            f"Flat {rng.randint(1, 12)}/{rng.randint(1, 4)}, " if nation == "scot" else "",
            f"Flat {rng.randint(1, 40)}, ",
        ],
    )
    return f"{flat}{rng.randint(1, 240)} {pick(rng, streets)}{glue}{town}{glue}{pc}"


def us_address(rng: random.Random, glue: str = ", ") -> str:
    city = pick(
        rng,
        [
            ("Boston", "MA", "021"),
            ("Houston", "TX", "770"),
            ("Chicago", "IL", "606"),
            ("Phoenix", "AZ", "850"),
        ],
    )
    apt = pick(rng, ["", f" Apt {rng.randint(1, 40)}{pick(rng, ['', 'B'])}", f" #{rng.randint(100, 999)}"])
    return f"{rng.randint(10, 9999)} {pick(rng, ['Maple Ave', 'W 63rd St', 'Commonwealth Ave', 'N Central Ave'])}{apt}{glue}{city[0]}, {city[1]} {city[2]}{digits(rng, 2)}"


def uk_phone(rng: random.Random) -> str:
    return pick(
        rng,
        [
            f"07{digits(rng, 3)} {digits(rng, 6)}",
            f"0141 {digits(rng, 3)} {digits(rng, 4)}",
            f"+44 7{digits(rng, 3)} {digits(rng, 6)}",
            f"(029) 20{digits(rng, 2)} {digits(rng, 4)}",
            f"01224 {digits(rng, 6)}",
        ],
    )


def us_phone(rng: random.Random) -> str:
    a, b, c = rng.choice(["617", "713", "312", "602"]), digits(rng, 3, True), digits(rng, 4)
    return pick(
        rng,
        [
            f"({a}) {b}-{c}",
            f"{a}-{b}-{c}",
            f"{a}.{b}.{c}",
            f"+1 {a} {b} {c}",
            f"({a}) {b}-{c} ext. {rng.randint(10, 999)}",
        ],
    )


def en_mail(rng: random.Random, p: EnPerson, dom: str) -> str:
    loc = (
        f"{p.first.lower()}.{p.sur.lower()}".replace(" ", "")
        .replace("'", "")
        .replace("é", "e")
        .replace("â", "a")
    )
    return f"{loc}@{dom}"


def en_scot(d: Doc) -> None:
    r = d.rng
    pt = EnPerson(r, "scot")
    b = birth(r, 1940, 2000)
    d.org(pick(r, ["NHS Greater Glasgow and Clyde", "NHS Lothian", "NHS Grampian"])).t(" — ").org(
        pick(
            r,
            [
                "Queen Elizabeth University Hospital",
                "Royal Infirmary of Edinburgh",
                "Aberdeen Royal Infirmary",
            ],
        )
    ).t("\n")
    d.t("IMMEDIATE DISCHARGE LETTER\nPatient: ").name(pt.form(r, False)).t("   CHI: ").id(
        chi_number(r, b, pt.male)
    ).t("\nDOB: ").date(en_date(r, b)).t("\n")
    d.t("Address: ").addr(uk_address(r, pick(r, [", ", "\n"]), "scot")).t("\n")
    d.t("Admitted: ").date(en_date(r, rand_date(r))).t("  Discharged: ").date(en_date(r, rand_date(r))).t(
        "  Ward 7B\n"
    )
    d.t("Diagnosis: ").ep(
        pick(
            r,
            ["Crohn's disease", "Guillain-Barré syndrome", "Wernicke's encephalopathy", "Addison's disease"],
        )
    )
    d.t(" flare; GCS 15 (").ep("Glasgow Coma Scale").t(") on arrival. CRP 148, Hb 102 g/L, eGFR 54.\n")
    d.t("Previous: appendicectomy in ").date(str(r.randint(1975, 2015))).t("; ").ep("Kocher incision").t(
        " cholecystectomy "
    ).date(f"{pick(r, EN_MONTHS)} {r.randint(2000, 2020)}").t(".\n")
    d.t("Meds on discharge: prednisolone 40 mg OD reducing by 5 mg weekly, lot ").t(
        f"{pick(r, ['BX', 'KL'])}{digits(r, 5)}"
    ).t("\n")
    d.t("GP: ")
    _en_staff(d, "scot", "Dr ", ", ").org(
        pick(r, ["Hillhead Medical Practice", "Bruntsfield Medical Practice", "Westburn Medical Group"])
    ).t("\n")
    d.t("NOK: ")
    nok = EnPerson(r, "scot")
    d.name(nok.form(r)).t(pick(r, [" (wife) ", " (son) ", " (partner) "])).phone(uk_phone(r)).t("\n")
    _en_staff(d, "scot", "Signed: Dr ", ", FY2, bleep 4471\n")
    d.t("Results: ").url(
        pick(
            r,
            [
                "https://clinicalportal.scot.nhs.uk",
                f"http://172.{r.randint(16, 31)}.{r.randint(0, 254)}.{r.randint(1, 254)}/trakcare",
            ],
        )
    ).t("\n")


def en_welsh(d: Doc) -> None:
    r = d.rng
    pt = EnPerson(r, "wales")
    d.org(pick(r, ["Meddygfa Tŷ Gwyn Surgery", "Canton Health Centre", "Llys Meddyg Surgery"])).t("\n").addr(
        uk_address(r, "\n", "wales")
    ).t("\nTel ").phone(uk_phone(r)).t("\n\n")
    d.date(en_date(r, rand_date(r))).t("\n\nDear Dr ")
    c = EnPerson(r, "wales")
    d.name(c.sur).t(",\n\nRe: ").name(pt.form(r, False)).t(", DOB ").date(en_date(r, birth(r))).t(
        ", NHS No "
    ).id(nhs_number(r)).t("\n")
    d.t("Address: ").addr(uk_address(r, ", ", "wales")).t("\n\n")
    d.t(f"Thank you for seeing this {r.randint(20, 80)} year old {'man' if pt.male else 'woman'} with ")
    d.ep(pick(r, ["Raynaud's phenomenon", "Bell's palsy", "Hashimoto's thyroiditis", "Graves' disease"])).t(
        ". "
    )
    d.t("Symptoms since last week. ").ep("Romberg's test").t(" negative; ").ep(
        pick(r, ["Phalen's test", "Tinel's sign"])
    ).t(" positive on the right.\n")
    d.t("Ei mam, ")
    m = EnPerson(r, "wales", male=False)
    d.name(m.first).t(", had ").ep("Alzheimer's disease").t(". She works at ").org(
        pick(
            r, ["Ysgol Gymraeg Treganna", "Cardiff University", "Tata Steel Port Talbot", "Admiral Group plc"]
        )
    ).t(".\n")
    d.t("Yours sincerely,\n\n")
    _en_staff(d, "wales", "Dr ", " MRCGP\n")
    d.t("cc: patient by e-mail ").email(
        en_mail(r, pt, pick(r, ["btinternet.com", "gmail.com", "outlook.com"]))
    ).t("\n")


def en_us_onc(d: Doc) -> None:
    r = d.rng
    pt = EnPerson(r, "us")
    d.org(
        pick(
            r,
            [
                "Dana-Farber Cancer Institute",
                "MD Anderson Cancer Center",
                "Northwestern Medicine Lurie Cancer Center",
            ],
        )
    ).t("\nHEMATOLOGY/ONCOLOGY CONSULTATION\n")
    d.t("Patient: ").t(pt.title(r)).name(pt.form(r, False)).t("    MRN: ").id(
        f"{digits(r, 8)}" if r.random() < 0.5 else f"{digits(r, 3)}-{digits(r, 2)}-{digits(r, 2)}"
    ).t("\n")
    d.t("DOB: ").date(en_date(r, birth(r, 1940, 1990), us=True)).t("   Date of service: ").date(
        en_date(r, rand_date(r), us=True)
    ).t("\n")
    d.t("Insurance: ").org(
        pick(r, ["Blue Cross Blue Shield of Massachusetts", "Aetna", "UnitedHealthcare", "Medicare"])
    )
    d.t(" member ID ").id(f"{pick(r, ['XYZ', 'W', 'H'])}{digits(r, 9)}").t(", group ").t(digits(r, 6)).t("\n")
    d.t("Referring: ")
    _en_staff(d, "us", "", ", MD\n")
    d.t("HPI: ").ep(pick(r, ["Hodgkin lymphoma", "Burkitt lymphoma", "Ewing sarcoma", "Kaposi sarcoma"])).t(
        " diagnosed "
    )
    d.date(f"{pick(r, EN_MONTHS)} {r.randint(2019, 2024)}").t(". ").ep("Karnofsky performance status").t(
        f" {r.choice([60, 70, 80])}%. ECOG 1.\n"
    )
    d.t("Prior prostate biopsy, ").ep("Gleason score").t(
        f" 3+4=7. PSA {r.randint(2, 30)}.{r.randint(0, 9)} ng/mL. ICD-10 C{pick(r, ['81.10', '83.70', '61'])}.\n"
    )
    d.t("PET/CT scheduled at ").org(
        pick(r, ["Brigham and Women's Hospital", "Houston Methodist Hospital"])
    ).t(". Daughter ")
    dau = EnPerson(r, "us", male=False)
    d.name(dau.first).t(" (cell ").phone(us_phone(r)).t(") to accompany.\n")
    d.t("Address on file: ").addr(us_address(r)).t("\n")
    d.t("Portal: ").url(
        pick(
            r,
            [
                "https://mychart.partners.org",
                "www.mdanderson.org/mymdanderson",
                f"https://portal.nm.org/p/{digits(r, 7)}",
            ],
        )
    ).t("\n")
    _en_staff(d, "us", "Electronically signed: ", pick(r, [", MD, PhD", " MD", ", DO"]))


def en_us_ob(d: Doc) -> None:
    r = d.rng
    mom = EnPerson(r, "us", male=False)
    dob = birth(r, 1984, 2005)
    d.org(
        pick(
            r,
            [
                "Texas Children's Pavilion for Women",
                "Prentice Women's Hospital",
                "Banner - University Medical Center Phoenix",
            ],
        )
    ).t("\nL&D ADMISSION H&P\n")
    d.t("Name: ").t(mom.title(r)).name(mom.form(r, False)).t(
        f"   Age {2025 - dob[0]}  G{r.randint(1, 6)}P{r.randint(0, 4)}{r.randint(0, 1)}{r.randint(0, 2)}{r.randint(0, 4)}\n"
    )
    d.t("DOB ").date(en_date(r, dob, us=True)).t("  MRN ").id(digits(r, 9)).t("  Acct# ").id(digits(r, 10)).t(
        "\n"
    )
    d.t("EDD by LMP (").ep("Naegele's rule").t("): ").date(f"{r.randint(1, 12)}/{r.randint(1, 28)}").t(
        ", confirmed by 8 wk US. "
    )
    d.ep("Bishop score").t(f" {r.randint(4, 11)}. GBS negative. Rh neg, ").ep("Coombs test").t(
        " negative, RhoGAM given "
    ).date(en_date(r, rand_date(r), us=True)).t(".\n")
    d.t("FOB: ")
    fob = EnPerson(r, "us", male=True)
    d.name(fob.form(r)).t(", phone ").phone(us_phone(r)).t("\n")
    d.t("Delivery: SVD at 02:14, live ").t(pick(r, ["male", "female"])).t(
        f" infant, {r.randint(2600, 4300)} g, "
    ).ep("Apgar score").t(f" {r.randint(6, 9)} and {r.randint(8, 9)}.\n")
    d.t(f"Infant: Baby {pick(r, ['Boy', 'Girl'])} ").name(mom.sur).t(", MRN ").id(digits(r, 9)).t("\n")
    d.t("Pediatrician: ").org(
        pick(r, ["Kids First Pediatrics", "Legacy Community Health", "Cook County Health"])
    ).t("\n")
    d.t("Home: ").addr(us_address(r, "\n")).t("\n")
    _en_staff(d, "us", "Attending: ", ", MD; ")
    _en_staff(d, "us", "RN ", "\n")


def en_child_protection(d: Doc) -> None:
    r = d.rng
    child = EnPerson(r, "uk")
    d.t("CHILD PROTECTION REFERRAL — MULTI-AGENCY (MARF)\nTo: ").org(
        pick(r, ["Leeds City Council Children's Services", "Cardiff Council MASH", "Glasgow City HSCP"])
    ).t("\n")
    d.t("Date of referral: ").date(en_date(r, rand_date(r))).t("\n")
    d.t("Child: ").name(child.form(r, False)).t("   DOB: ").date(en_date(r, rand_date(r, 2011, 2022))).t(
        "   NHS No: "
    ).id(nhs_number(r)).t("\n")
    d.t("School/nursery: ").org(
        pick(
            r,
            [
                "St Mary's RC Primary School",
                "Harehills Primary School",
                "Little Acorns Nursery",
                "Ysgol y Wern",
            ],
        )
    ).t("\n")
    d.t("Mother: ")
    m = EnPerson(r, "uk", male=False)
    d.name(m.form(r)).t(", mobile ").phone(uk_phone(r)).t("\nMother's partner: ")
    p = EnPerson(r, "uk", male=True)
    d.name(pick(r, [p.first, f"{p.first} {p.sur}", pick(r, ["Mo", "Taz", "Danny", "Jacko", "Haz"])])).t(
        " (not biological father)\n"
    )
    d.t("Address: ").addr(uk_address(r)).t("\n")
    d.t("Concern: bruising to the left upper arm in a fingertip pattern, noted ").date(
        f"{r.randint(1, 28)}/{r.randint(1, 12)}"
    ).t(". ")
    d.t("No history of ").ep("von Willebrand disease").t("; clotting screen sent. ").ep("Tanner stage").t(
        " 1. "
    )
    d.t("Skeletal survey: no ").ep("Colles fracture").t(" or metaphyseal lesions.\n")
    d.t("Police ref (Operation Encompass): ").t(f"{digits(r, 2)}/{digits(r, 6)}/{r.randint(23, 25)}").t("\n")
    _en_staff(d, "uk", "Referrer: Dr ", ", Consultant Paediatrician, ")
    d.org(
        pick(
            r,
            [
                "Leeds General Infirmary",
                "Noah's Ark Children's Hospital for Wales",
                "Royal Hospital for Children",
            ],
        )
    ).t("\n")
    d.t("Secure email: ").email(f"safeguarding.{pick(r, ['leeds', 'cardiff', 'ggc'])}@nhs.net").t("\n")


def en_occ(d: Doc) -> None:
    r = d.rng
    pt = EnPerson(r, "uk")
    d.org(pick(r, ["Medigold Health", "Optima Health", "PAM Occupational Health"])).t(
        " — OCCUPATIONAL HEALTH FITNESS REPORT\n"
    )
    d.t("Employee: ").t(pt.title(r)).name(pt.form(r, False)).t("\nEmployee no.: ").id(f"E{digits(r, 6)}").t(
        "   NI number: "
    ).id(
        f"{pick(r, ['AB', 'JT', 'NP', 'SK'])} {digits(r, 2)} {digits(r, 2)} {digits(r, 2)} {pick(r, 'ABCD')}"
    ).t("\n")
    d.t("Employer: ").org(
        pick(
            r,
            ["Network Rail", "Balfour Beatty plc", "Leeds Teaching Hospitals NHS Trust", "Royal Mail Group"],
        )
    ).t(f", role: {pick(r, ['track welder', 'HGV driver', 'scaffolder', 'night porter'])}\n")
    d.t("Appointment: ").date(en_date(r, rand_date(r))).t(", telephone consultation to ").phone(
        uk_phone(r)
    ).t("\n")
    d.t("Manager: ")
    m = EnPerson(r, "uk")
    d.name(m.form(r)).t(" (").email(
        en_mail(r, m, pick(r, ["networkrail.co.uk", "balfourbeatty.com", "royalmail.com"]))
    ).t(")\n")
    d.t(f"Audiometry: HSE category {r.randint(1, 3)}. Vision: ").ep("Snellen chart").t(" 6/6, ").ep(
        "Ishihara plates"
    ).t(" 17/17. ")
    d.t(f"Spirometry FEV1 {r.randint(70, 110)}% predicted. BMI {r.randint(19, 35)}.\n")
    d.t("History: ").ep(
        pick(r, ["Parkinson's disease", "Crohn's disease", "Barrett's oesophagus", "Raynaud's phenomenon"])
    ).t(" (stable). ")
    d.t("Hand-arm vibration: ").ep("Allen test").t(" normal. Off work since ").date(
        f"{pick(r, EN_MONTHS)} {r.randint(2023, 2025)}"
    ).t(".\n")
    d.t("Opinion: fit with adjustments (no safety-critical duties for 4 weeks). Fit note ref ").id(
        digits(r, 7)
    ).t(".\n")
    _en_staff(d, "uk", "", pick(r, [", OH Physician, GMC ", " RGN SCPHN(OH), NMC "])).id(digits(r, 7)).t("\n")


def en_sa(d: Doc) -> None:
    r = d.rng
    pt = EnPerson(r, "za")
    b = birth(r, 1955, 2003)
    d.org(
        pick(
            r,
            [
                "Gugulethu Community Health Centre",
                "Chris Hani Baragwanath Academic Hospital",
                "Mediclinic Durbanville",
                "Khayelitsha District Hospital",
            ],
        )
    ).t("\nOPD clinic note\n")
    d.t("Name: ").t(pt.title(r)).name(pt.form(r, False)).t("  SA ID: ").id(sa_id(r, b, pt.male)).t(
        "\nDOB: "
    ).date(en_date(r, b)).t("  Folder no: ").id(f"{pick(r, ['GH', 'BH', 'KDH'])}{digits(r, 7)}").t("\n")
    d.t("Medical aid: ").org(pick(r, ["Discovery Health Medical Scheme", "Bonitas Medical Fund", "GEMS"])).t(
        " no. "
    ).id(digits(r, 9)).t("\n")
    d.t("Address: ").addr(
        f"{r.randint(1, 400)} {pick(r, ['NY 5', 'Lansdowne Rd', 'Vilakazi St', 'Main Rd'])}, {pick(r, ['Gugulethu', 'Soweto', 'Durbanville', 'Khayelitsha'])}, {pick(r, ['7750', '1804', '7550', '7784'])}"
    ).t("\n")
    d.t("Cell: ").phone(
        pick(
            r,
            [
                f"082 {digits(r, 3)} {digits(r, 4)}",
                f"+27 7{digits(r, 1)} {digits(r, 3)} {digits(r, 4)}",
                f"(021) {digits(r, 3)}-{digits(r, 4)}",
            ],
        )
    ).t("\n")
    d.t("TB contact; GeneXpert MTB detected, rif resistance not detected. ").ep("Ziehl-Neelsen stain").t(
        " 2+. "
    )
    d.ep("Mantoux test").t(f" {r.randint(10, 20)} mm. CD4 {r.randint(50, 700)}, VL LDL. On TLD since ").date(
        str(r.randint(2015, 2023))
    ).t(".\n")
    d.t("Differential includes ").ep("Kaposi sarcoma").t(" (skin lesion L shin). ").t(pick(r, EN_TRAPS)).t(
        " not suspected.\n"
    )
    d.t("Next of kin: ")
    k = EnPerson(r, "za")
    d.name(k.form(r)).t(" (").t(pick(r, ["sister", "mother", "uncle"])).t("), ").phone(
        f"07{digits(r, 1)} {digits(r, 3)} {digits(r, 4)}"
    ).t("\n")
    _en_staff(d, "za", "Seen by: Sr ", ", PNC; ")
    _en_staff(d, "za", "Dr ", " (MO)\n")


def en_sg(d: Doc) -> None:
    r = d.rng
    pt = EnPerson(r, "sg")
    d.org(
        pick(
            r,
            [
                "Tan Tock Seng Hospital",
                "Singapore General Hospital",
                "KK Women's and Children's Hospital",
                "National University Hospital",
            ],
        )
    ).t("\nINTERNAL MEMO\n")
    d.t("To: ")
    _en_staff(d, "sg", "Dr ", " (Renal)\nFrom: ")
    _en_staff(d, "sg", "Dr ", " (Medicine, Ward 6A)\nDate: ")
    d.date(en_date(r, rand_date(r))).t("\n\nRe: ").name(pt.form(r, False)).t(", NRIC ").id(
        nric_sg(r, r.random() < 0.3)
    ).t(f", {r.randint(20, 85)}y, bed 6A-{r.randint(1, 40):02d}\n")
    d.t("Known ").ep(pick(r, ["Alport syndrome", "Goodpasture syndrome", "Cushing's syndrome"])).t(
        f", creatinine {r.randint(150, 900)} umol/L, CrCl by "
    )
    d.ep("Cockcroft-Gault equation").t(f" {r.randint(8, 40)} mL/min. For AVF (").ep(
        "Brescia-Cimino fistula"
    ).t(").\n")
    d.t("Family: son ")
    s = EnPerson(r, "sg", male=True)
    d.name(s.form(r)).t(" HP ").phone(
        pick(
            r, [f"9{digits(r, 3)} {digits(r, 4)}", f"+65 8{digits(r, 3)} {digits(r, 4)}", f"6{digits(r, 7)}"]
        )
    ).t(", lives at ")
    d.addr(
        f"Blk {r.randint(100, 999)} {pick(r, ['Ang Mo Kio Ave 3', 'Toa Payoh Lor 1', 'Jurong West St 42'])}, #{r.randint(2, 20):02d}-{r.randint(1, 300):02d}, Singapore {digits(r, 6)}"
    ).t("\n")
    d.t("Employer (CPF): ").org(pick(r, ["SBS Transit Ltd", "DBS Bank", "Changi Airport Group"])).t(
        ". MediShield Life claim no "
    ).id(f"MSL{digits(r, 8)}").t("\n")
    d.t("Please reply via ").email(
        f"renal.consults@{pick(r, ['ttsh.com.sg', 'sgh.com.sg', 'nuhs.edu.sg'])}"
    ).t(" or ext 4521.\n")


def en_bc(d: Doc) -> None:
    r = d.rng
    pt = EnPerson(r, "ca")
    d.org(
        pick(
            r,
            [
                "Vancouver General Hospital",
                "St. Paul's Hospital",
                "Royal Columbian Hospital",
                "Fraser Health Authority",
            ],
        )
    ).t("\nPROGRESS NOTE\n")
    d.t("Patient: ").t(pt.title(r)).name(pt.form(r, False)).t("  PHN: ").id(phn_bc(r)).t("  MRN: ").id(
        f"VG{digits(r, 7)}"
    ).t("\n")
    d.t("DOB: ").date(
        pick(
            r,
            [en_date(r, birth(r)), f"{r.randint(1950, 2000)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"],
        )
    ).t("   Seen: ").date(en_date(r, rand_date(r))).t("\n")
    d.t("S: ").t(pick(r, ["vertigo x 3 days. ", "tremor worse since spring. ", "fall at home last week. "]))
    d.ep(pick(r, ["Epley manoeuvre", "Romberg's test", "Babinski sign"])).t(" done. Hx of ").ep(
        pick(r, ["Parkinson's disease", "Tourette syndrome"])
    ).t(".\n")
    d.t("O: BP 138/84, HR 76, SpO2 97% RA, GCS 15 per ").ep("Glasgow Coma Scale").t(".\n")
    d.t("Lives with partner ")
    p = EnPerson(r, "ca")
    d.name(p.first).t(" at ").addr(
        f"{r.randint(100, 9999)} {pick(r, ['W 10th Ave', 'Commercial Dr', 'Kingsway'])}{pick(r, ['', ', Unit ' + str(r.randint(1, 30))])}, Vancouver, BC V{r.randint(5, 6)}{pick(r, 'KLNRTZ')} {r.randint(1, 9)}{pick(r, 'ABCEGH')}{r.randint(1, 9)}"
    ).t(", tel ").phone(f"604-{digits(r, 3)}-{digits(r, 4)}").t("\n")
    d.t("Family doctor: ")
    _en_staff(d, "ca", "Dr. ", ", ").org(
        pick(r, ["Mount Pleasant Family Practice", "REACH Community Health Centre"])
    ).t(". Band: ")
    d.org(pick(r, ["Musqueam Indian Band", "Squamish Nation"])).t(" (status no. ").id(digits(r, 10)).t(")\n")
    _en_staff(d, "ca", "— ", ", NP(F)\n")


def en_transplant(d: Doc) -> None:
    r = d.rng
    uk = r.random() < 0.5
    reg = "uk" if uk else "us"
    pt = EnPerson(r, reg)
    d.org(
        pick(
            r,
            ["Royal Free London NHS Foundation Trust", "Freeman Hospital, Newcastle"]
            if uk
            else [
                "Massachusetts General Hospital Transplant Center",
                "Northwestern Medicine Kovler Organ Transplantation Center",
            ],
        )
    ).t("\n")
    d.t("Transplant Coordinator Letter\n").date(en_date(r, rand_date(r), us=not uk)).t("\n\nDear ")
    d.name(pt.form(r)).t(",\n\n")
    d.t("You have been added to the national waiting list for a deceased-donor kidney. Your ")
    if uk:
        d.t("NHS number is ").id(nhs_number(r)).t(" and your NHSBT registration ").id(f"{digits(r, 6)}")
    else:
        d.t("UNOS waitlist ID is ").id(f"{pick(r, ['ABC', 'MGH'])}{digits(r, 5)}").t(" and your MRN is ").id(
            digits(r, 7)
        )
    d.t(". Primary disease: ").ep(pick(r, ["Alport syndrome", "Goodpasture syndrome", "Fabry disease"])).t(
        ".\n"
    )
    d.t("Please keep your phone on at all times: we have ").phone(uk_phone(r) if uk else us_phone(r)).t(
        " on record. "
    )
    d.t("Your potential living donor, ").name(EnPerson(r, reg).form(r)).t(", will be contacted separately.\n")
    d.t("Dialysis unit: ").org(
        pick(r, ["Barnet Renal Unit", "DaVita Cambridge Dialysis", "Fresenius Kidney Care Chicago"])
    ).t(". Address on file: ")
    d.addr(uk_address(r) if uk else us_address(r)).t("\n")
    d.t("More information: ").url(
        pick(
            r,
            [
                "https://www.organdonation.nhs.uk",
                "https://unos.org/transplant",
                "www.royalfree.nhs.uk/transplant",
            ],
        )
    ).t("\n\nKind regards,\n")
    _en_staff(d, reg, "", pick(r, [", RN, CCTC", ", Transplant Coordinator", " (Recipient Coordinator)"])).t(
        "\n"
    )
    d.email(f"transplant.coordinators@{'nhs.net' if uk else 'mgh.harvard.edu'}").t("\n")


def en_travel(d: Doc) -> None:
    r = d.rng
    reg = pick(r, ["uk", "us", "ca"])
    pt = EnPerson(r, reg)
    d.org(
        pick(
            r,
            [
                "MASTA Travel Health Clinic",
                "Passport Health Boston",
                "Nomad Travel Clinic",
                "Travel Medicine Vaccination Centre (TMVC)",
            ],
        )
    ).t("\nTRAVEL CLINIC RECORD\n")
    d.t("Traveller: ").t(pt.title(r)).name(pt.form(r, False)).t("\nPassport: ").id(
        pick(r, [digits(r, 9), f"{pick(r, ['GA', 'AB', 'HK'])}{digits(r, 6)}"])
    ).t(" (")
    d.t({"uk": "GBR", "us": "USA", "ca": "CAN"}[reg]).t("), expiry ").date(
        en_date(r, rand_date(r, 2027, 2034), us=reg == "us")
    ).t("\n")
    comp = EnPerson(r, reg)
    d.t("Travelling with: ").name(comp.form(r)).t(", passport ").id(
        f"{pick(r, ['C', 'P', 'E'])}{digits(r, 8)}"
    ).t("\n")
    d.t("Itinerary: Tanzania, Zanzibar, depart ").date(en_date(r, rand_date(r), us=reg == "us")).t("\n")
    d.t("Risks discussed: ").t(pick(r, EN_TRAPS)).t(", malaria, rabies. Previous ").ep("Mantoux test").t(
        " negative "
    ).date(str(r.randint(2010, 2022))).t(".\n")
    d.t(f"Vaccines: Yellow fever (Stamaril) batch {pick(r, ['U', 'W'])}{digits(r, 4)}, ICVP no. ").id(
        digits(r, 7)
    ).t("; Typhim Vi; HAV. ")
    d.t("History of ").ep(pick(r, ["Guillain-Barré syndrome", "Addison's disease", "Down syndrome"])).t(
        " checked — no contraindication.\n"
    )
    d.t("Contact: ").phone(uk_phone(r) if reg == "uk" else us_phone(r)).t(" / ").email(
        en_mail(r, pt, pick(r, ["yahoo.com", "hotmail.co.uk", "icloud.com"]))
    ).t("\n")
    d.t("Booked online via ").url(
        pick(
            r,
            [
                "https://www.masta-travel-health.com/book",
                "passporthealthusa.com",
                "https://tmvc.com.au/booking",
            ],
        )
    ).t("\n")
    _en_staff(d, reg, "Nurse: ", ", RN\n")


def en_forensic(d: Doc) -> None:
    """UK forensic physician's injury documentation after an assault (police-requested)."""
    r = d.rng
    pt = EnPerson(r, "uk")
    d.org(
        pick(r, ["Mountain Healthcare Ltd", "Saturn Centre SARC", "West Yorkshire Police Custody Healthcare"])
    )
    d.t("\nFORENSIC MEDICAL EXAMINATION - INJURY DOCUMENTATION\n")
    d.t("Examinee: ").t(pt.title(r)).name(pt.form(r, False)).t("   DOB: ").date(
        en_date(r, birth(r, 1960, 2006))
    ).t("\n")
    d.t("Requesting officer: ").t(pick(r, ["PC ", "DC ", "Sgt "])).id(str(r.randint(1000, 9999))).t(" ")
    cop = EnPerson(r, "uk")
    d.name(pick(r, [cop.sur.upper(), f"{cop.first} {cop.sur}", cop.sur])).t(", ")
    d.org(
        pick(
            r,
            [
                "Elland Road Police Station",
                "West Yorkshire Police",
                "Police Scotland, Govan",
                "South Wales Police",
            ],
        )
    )
    d.t(f". Crime ref {pick(r, ['13', '12'])}{digits(r, 9)}/{r.randint(23, 25)}\n")
    d.t("Incident: ").date(en_date(r, rand_date(r))).t(
        f" approx. {r.randint(0, 23):02d}:{r.randint(0, 59):02d}, outside "
    )
    d.addr(
        f"{r.randint(1, 200)} {pick(r, ['Roundhay Road', 'Harehills Lane', 'Byres Road'])}, {pick(r, ['Leeds LS8 5AN', 'Leeds LS9 6NF', 'Glasgow G11 5RD'])}"
    )
    d.t(". Examined at ").date(en_date(r, rand_date(r))).t(" 03:40 in custody suite, cell 4.\n")
    d.t("Findings: 4 x 2 cm bruise left periorbital; laceration 3 cm occiput, glued. ")
    d.ep("Glasgow Coma Scale").t(" 15/15. ").ep("Battle's sign").t(" absent. Deformity L wrist - ? ")
    d.ep(pick(r, ["Colles fracture", "Smith's fracture", "Bennett's fracture"])).t(", referred to ED.\n")
    d.t("Alleged assailant known to examinee as ").name(pick(r, ["Deano", "Big Mick", "Tommo", "Kez"])).t(
        "; witness "
    )
    w = EnPerson(r, "uk")
    d.name(w.form(r)).t(" (").phone(uk_phone(r)).t(").\n")
    d.t("Photographs: body map pages 1-3, camera serial ").t(f"{pick(r, ['NK', 'CN'])}{digits(r, 7)}").t(
        ".\n"
    )
    _en_staff(d, "uk", "Forensic Physician: Dr ", ", MFFLM, GMC ")
    d.id(digits(r, 7)).t("\n")


# --------------------------------------------------------------------------- registry and driver

RU_DOCS: dict[str, Callable[[Doc], None]] = {
    "ru_psychiatric_examination": ru_psych,
    "ru_oncology_tumour_board": ru_onco,
    "ru_birth_history": ru_birth,
    "ru_child_development_112u": ru_child112,
    "ru_forensic_expert_opinion": ru_forensic,
    "ru_occupational_medical_exam": ru_prof,
    "ru_military_medical_board": ru_vvk,
    "ru_dialysis_session": ru_dialysis,
    "ru_transplant_waiting_list": ru_transplant,
    "ru_epidemiological_investigation": ru_epid,
    "ru_foreign_citizen_record": ru_foreign,
    "ru_driver_weapon_certificate": ru_gibdd,
    "ru_maternity_discharge_newborn": ru_roddom,
}
EN_DOCS: dict[str, Callable[[Doc], None]] = {
    "en_scottish_discharge": en_scot,
    "en_welsh_gp_letter": en_welsh,
    "en_us_oncology_consult": en_us_onc,
    "en_us_obstetric_admission": en_us_ob,
    "en_child_protection_referral": en_child_protection,
    "en_occupational_health_report": en_occ,
    "en_south_african_clinic_note": en_sa,
    "en_singapore_hospital_memo": en_sg,
    "en_canadian_bc_note": en_bc,
    "en_transplant_coordinator_letter": en_transplant,
    "en_travel_clinic_record": en_travel,
    "en_forensic_injury_report": en_forensic,
}


def footer(d: Doc) -> None:
    """A print footer as EHR systems add it: print date/time and the operator's name."""
    r = d.rng
    if d.lang == "ru":
        d.t(
            pick(
                r,
                [
                    "\n----\nДокумент распечатан ",
                    "\nСтр. 1 из 1. Дата печати: ",
                    "\n\nМИС «Ариадна», печать ",
                ],
            )
        )
        put_ru_date(d, rand_date(r))
        op = RuPerson(r)
        d.t(f" {r.randint(7, 20):02d}:{r.randint(0, 59):02d}, оператор ").name(f"{op.sur} {op.initials()}").t(
            "\n"
        )
    else:
        us = d.doc_type.startswith("en_us")
        d.t(pick(r, ["\n--\nPrinted ", "\nPage 1 of 1 | printed ", "\n\nGenerated "]))
        d.date(en_date(r, rand_date(r), us=us)).t(f" {r.randint(7, 20):02d}:{r.randint(0, 59):02d} by ")
        op = EnPerson(r, "us" if us else "uk")
        d.name(f"{op.first[0]}. {op.sur}" if r.random() < 0.5 else f"{op.first} {op.sur}").t("\n")


def check(rec: dict) -> None:
    """The record invariants the corpus promises; raises AssertionError on violation."""
    text = rec["text"]
    spans = sorted((e["start"], e["end"]) for e in rec["entities"])
    for e in rec["entities"]:
        assert e["type"] in TYPES
        assert text[e["start"] : e["end"]] == e["text"], e
        assert e["text"] and e["text"] == e["text"].strip(), e
    for (_, a_end), (b_start, _) in zip(spans, spans[1:]):
        assert a_end <= b_start, f"overlap in {rec['id']}"
    for p in rec["eponyms"]:
        assert text[p["start"] : p["end"]] == p["text"], p
        for s, e in spans:
            assert p["end"] < s or e < p["start"], f"eponym touches entity in {rec['id']}: {p}"


def make(seed: int, i: int) -> dict:
    """Record ``i`` of corpus ``seed``; depends on nothing but (seed, i)."""
    rng = random.Random(f"sealed-k-{seed}-{i}")
    lang = "ru" if rng.random() < RU_SHARE else "en"
    docs = RU_DOCS if lang == "ru" else EN_DOCS
    doc_type = pick(rng, sorted(docs))
    d = Doc(rng, lang)
    d.doc_type = doc_type
    docs[doc_type](d)
    if rng.random() < 0.3:
        footer(d)
    rec = {
        "id": f"k-{seed}-{i}",
        "lang": lang,
        "doc_type": doc_type,
        "text": d.text(),
        "entities": d.entities,
        "eponyms": d.eponyms,
    }
    check(rec)
    return rec


def generate(n: int, seed: int) -> list[dict]:
    return [make(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", required=True)
    args = ap.parse_args(argv)
    with open(args.out, "w", encoding="utf-8") as fh:
        for rec in generate(args.n, args.seed):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
