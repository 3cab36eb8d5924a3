"""Sealed de-identification corpus "i": official forms, certificates and non-UK English records.

Written without reading medmoe's detectors, their tests, docs or the other corpora, so that it
measures how the detectors generalise to layouts nobody tuned them on. Standard library only.

Every record ``i`` is built from its own ``random.Random(f"sealed-i-{seed}-{i}")`` so a record does
not depend on ``n`` or on the records before it. Texts are built piece by piece and every span offset
is recorded while appending (never searched for afterwards), then the invariants are asserted.

CLI: ``python tests/deid_sealed_i/generator.py --n 400 --seed 0 --out i.jsonl``
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import unicodedata

TYPES = ("NAME", "DATE", "ADDRESS", "PHONE", "EMAIL", "ID", "URL", "ORG")


# --------------------------------------------------------------------------- document builder


class Doc:
    """Appends text pieces and records entity / eponym offsets as they are appended."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.ents: list[dict] = []
        self.eps: list[dict] = []

    def add(self, *pieces: str | tuple[str, str]) -> Doc:
        """A str is plain text; a (kind, text) tuple is an entity, or an eponym when kind is 'EPO'."""
        for p in pieces:
            if isinstance(p, str):
                self.parts.append(p)
                self.pos += len(p)
                continue
            kind, s = p
            assert s and s == s.strip(), (kind, s)
            start = self.pos
            self.parts.append(s)
            self.pos += len(s)
            if kind == "EPO":
                self.eps.append({"start": start, "end": self.pos, "text": s})
            else:
                assert kind in TYPES, kind
                self.ents.append({"start": start, "end": self.pos, "type": kind, "text": s})
        return self

    def text(self) -> str:
        return "".join(self.parts)


def N(s: str) -> tuple[str, str]:
    return ("NAME", s)


def D(s: str) -> tuple[str, str]:
    return ("DATE", s)


def A(s: str) -> tuple[str, str]:
    return ("ADDRESS", s)


def P(s: str) -> tuple[str, str]:
    return ("PHONE", s)


def E(s: str) -> tuple[str, str]:
    return ("EMAIL", s)


def ID(s: str) -> tuple[str, str]:
    return ("ID", s)


def U(s: str) -> tuple[str, str]:
    return ("URL", s)


def O(s: str) -> tuple[str, str]:  # noqa: E743 - short on purpose, used hundreds of times
    return ("ORG", s)


def EP(s: str) -> tuple[str, str]:
    return ("EPO", s)


# --------------------------------------------------------------------------- checksummed identifiers


def _digits(r: random.Random, n: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def snils(r: random.Random) -> str:
    """СНИЛС with a valid control number, in one of the spellings seen on forms."""
    while True:
        d = _digits(r, 9)
        if d > "001001998":
            break
    s = sum(int(c) * w for c, w in zip(d, range(9, 0, -1)))
    if s > 101:
        s %= 101
    cc = 0 if s in (100, 101) else s
    c = f"{cc:02d}"
    return r.choice([
        f"{d[:3]}-{d[3:6]}-{d[6:]} {c}", f"{d[:3]}-{d[3:6]}-{d[6:]} {c}", f"{d}{c}",
        f"{d[:3]}-{d[3:6]}-{d[6:]}-{c}", f"{d[:3]} {d[3:6]} {d[6:]} {c}",
    ])


def inn12(r: random.Random) -> str:
    """Personal ИНН (12 digits) with both check digits valid."""
    d = [r.randint(0, 9) for _ in range(10)]
    d[0], d[1] = r.choice([(7, 7), (5, 0), (1, 6), (7, 8), (5, 4), (0, 2), (6, 6), (2, 3)])
    w11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w11)) % 11 % 10)
    w12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w12)) % 11 % 10)
    return "".join(map(str, d))


def org_inn(r: random.Random) -> str:
    """ИНН of an organisation (10 digits): NOT personal, a precision decoy."""
    d = [r.randint(0, 9) for _ in range(9)]
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w)) % 11 % 10)
    return "".join(map(str, d))


def ogrn(r: random.Random) -> str:
    body = str(r.choice([1, 1, 1, 5])) + _digits(r, 11)
    return body + str(int(body) % 11 % 10)


def luhn_digit(body: str) -> str:
    tot = 0
    for i, c in enumerate(reversed(body)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return str((10 - tot % 10) % 10)


def nhs(r: random.Random) -> str:
    while True:
        d = _digits(r, 9)
        c = 11 - sum(int(x) * w for x, w in zip(d, range(10, 1, -1))) % 11
        if c == 11:
            c = 0
        if c != 10:
            return d + str(c)


def medicare_au(r: random.Random) -> str:
    """10-digit Australian Medicare number: check digit at position 9, issue number at 10."""
    d = str(r.randint(2, 6)) + _digits(r, 7)
    chk = sum(int(x) * w for x, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
    return d + str(chk) + str(r.randint(1, 5))


NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def nhi_nz(r: random.Random) -> str:
    """Old-format NZ NHI (AAANNNC) with a valid mod-11 check digit."""
    while True:
        letters = "".join(r.choice(NHI_LETTERS) for _ in range(3))
        nums = _digits(r, 3)
        s = sum((NHI_LETTERS.index(c) + 1) * w for c, w in zip(letters, (7, 6, 5)))
        s += sum(int(c) * w for c, w in zip(nums, (4, 3, 2)))
        m = s % 11
        if m == 0:
            continue
        return letters + nums + str((11 - m) % 10)


def ppsn_ie(r: random.Random) -> str:
    d = _digits(r, 7)
    second = r.choice(["", "", "A", "W"])
    s = sum(int(c) * w for c, w in zip(d, range(8, 1, -1)))
    if second == "A":
        s += 9
    letter = "WABCDEFGHIJKLMNOPQRSTUV"[s % 23]
    return d + letter + second


_VH_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
_VH_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]
_VH_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar(r: random.Random) -> str:
    """12 digits, first 2-9, Verhoeff check digit (as Aadhaar numbers have)."""
    body = str(r.randint(2, 9)) + _digits(r, 10)
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VH_D[c][_VH_P[(i + 1) % 8][int(ch)]]
    full = body + str(_VH_INV[c])
    return r.choice([f"{full[:4]} {full[4:8]} {full[8:]}", full, f"{full[:4]}-{full[4:8]}-{full[8:]}"])


def ohip(r: random.Random) -> str:
    body = str(r.randint(1, 9)) + _digits(r, 8)
    d = body + luhn_digit(body)
    vc = r.choice(["AB", "KT", "XZ", "MW", "HG", ""])
    return r.choice([f"{d[:4]}-{d[4:7]}-{d[7:]}" + (f"-{vc}" if vc else ""), f"{d} {vc}".strip(), f"{d}{vc}"])


def ihi_au(r: random.Random) -> str:
    body = "800360" + _digits(r, 9)
    d = body + luhn_digit(body)
    return r.choice([f"{d[:4]} {d[4:8]} {d[8:12]} {d[12:]}", d])


# --------------------------------------------------------------------------- dates

MON_NOM = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
           "ноябрь", "декабрь"]
MON_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
           "ноября", "декабря"]
MON_PRE = ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре",
           "ноябре", "декабре"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def rdate(r: random.Random, y0: int = 2023, y1: int = 2025) -> dt.date:
    start = dt.date(y0, 1, 1).toordinal()
    return dt.date.fromordinal(r.randint(start, dt.date(y1, 12, 31).toordinal()))


def after(d: dt.date, r: random.Random, lo: int = 1, hi: int = 14) -> dt.date:
    return d + dt.timedelta(days=r.randint(lo, hi))


def ru_d(r: random.Random, d: dt.date, style: str | None = None) -> str:
    """A Russian date as written on forms; 'г.' / 'года' always stay outside the span."""
    style = style or r.choice(["dot", "dot", "dot", "dot", "dot2", "word", "word", "iso", "slash", "nolead",
                               "roman", "quote", "spaced"])
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    if style == "dot2":
        return d.strftime("%d.%m.%y")
    if style == "word":
        return f"{d.day} {MON_GEN[d.month - 1]} {d.year}"
    if style == "quote":
        return f"«{d.day:02d}» {MON_GEN[d.month - 1]} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return d.strftime("%d/%m/%Y")
    if style == "nolead":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "roman":
        return f"{d.day}.{ROMAN[d.month - 1]}.{d.year}"
    if style == "spaced":
        return f"{d.day:02d}. {d.month:02d}. {d.year}"
    raise ValueError(style)


def en_d(r: random.Random, d: dt.date, region: str) -> str:
    """An English date in the habits of one country (US month-first, CA ISO, others day-first)."""
    if region == "us":
        styles = ["us", "us", "us_short", "long_us", "mil", "iso"]
    elif region == "ca":
        styles = ["iso", "iso", "long_us", "dmy_mon", "dmy_slash"]
    else:
        styles = ["dmy_slash", "dmy_slash", "dmy_short", "d_mon_y", "dmy_mon", "ord", "dmy_dot"]
    s = r.choice(styles)
    return {
        "us": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "us_short": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "long_us": f"{EN_MON[d.month - 1]} {d.day}, {d.year}",
        "mil": f"{d.day:02d}{EN_MON[d.month - 1][:3].upper()}{d.year}",
        "iso": d.isoformat(),
        "dmy_slash": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "dmy_short": f"{d.day}/{d.month}/{d.year % 100:02d}",
        "d_mon_y": f"{d.day} {EN_MON[d.month - 1][:3]} {d.year}",
        "dmy_mon": f"{d.day:02d}-{EN_MON[d.month - 1][:3]}-{d.year}",
        "ord": f"{d.day}{_ord(d.day)} {EN_MON[d.month - 1]} {d.year}",
        "dmy_dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
    }[s]


def _ord(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def tm(r: random.Random) -> str:
    return f"{r.randint(0, 23):02d}:{r.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, 55]):02d}"


# --------------------------------------------------------------------------- Russian people

RU_SUR = [
    "Иванов", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Козлов", "Новиков", "Морозов", "Петров",
    "Волков", "Соловьёв", "Васильев", "Зайцев", "Павлов", "Семёнов", "Голубев", "Виноградов", "Богданов",
    "Воробьёв", "Фёдоров", "Михайлов", "Беляев", "Тарасов", "Белов", "Комаров", "Орлов", "Киселёв", "Макаров",
    "Андреев", "Ковалёв", "Ильин", "Гусев", "Титов", "Кузьмин", "Кудрявцев", "Баранов", "Куликов", "Степанов",
    "Сорокин", "Захаров", "Борисов", "Королёв", "Герасимов", "Пономарёв", "Лазарев", "Медведев", "Ершов",
    "Никитин", "Соболев", "Рябов", "Поляков", "Цветков", "Жуков", "Фролов", "Журавлёв", "Крылов", "Сидоров",
    "Осипов", "Белоусов", "Егоров", "Матвеев", "Калинин", "Антонов", "Тимофеев", "Филатов", "Бехтерев",
    "Пирогов", "Боткин", "Сеченов", "Хабибуллин", "Галиев", "Мухаметзянов", "Алиев", "Гарипов", "Шайхутдинов",
    "Ахмедов", "Манту", "Коротков", "Гришин", "Зимин", "Лапин",
    "Рогов", "Носов", "Шубин", "Блинов", "Глазов",
]
RU_SUR_SKY = ["Ковальский", "Вишневский", "Покровский", "Бельский", "Ситковский", "Островский", "Завадский",
              "Зимницкий", "Пастернацкий", "Бабинский"]
RU_SUR_FIX = ["Шевченко", "Бондаренко", "Ткаченко", "Нечипоренко", "Коваленко", "Марченко", "Лысенко", "Дурново",
              "Черных", "Седых", "Цой"]

RU_M_FIRST = ["Иван", "Сергей", "Дмитрий", "Алексей", "Андрей", "Николай", "Павел", "Пётр", "Михаил", "Владимир",
              "Александр", "Олег", "Юрий", "Виктор", "Артём", "Максим", "Егор", "Роман", "Константин", "Фёдор",
              "Тимур", "Руслан", "Геннадий", "Евгений", "Лев", "Никита", "Илья", "Ринат", "Ильдар", "Марат",
              "Вячеслав", "Анатолий", "Борис", "Григорий", "Степан", "Денис", "Кирилл", "Матвей"]
RU_F_FIRST = ["Анна", "Мария", "Елена", "Ольга", "Татьяна", "Наталья", "Ирина", "Светлана", "Екатерина", "Юлия",
              "Анастасия", "Дарья", "Ксения", "Людмила", "Галина", "Надежда", "Валентина", "Вера", "Любовь",
              "Зульфия", "Гульнара", "Алсу", "Софья", "Полина", "Алина", "Виктория", "Марина", "Оксана", "Лариса",
              "Нина", "Раиса", "Эльвира", "Лилия", "Варвара", "Александра", "Евгения", "Роза"]
M_IRREG = {"Павел": "Павл", "Пётр": "Петр", "Лев": "Льв"}
PATR = ["Иванов", "Сергеев", "Петров", "Александров", "Николаев", "Алексеев", "Дмитриев", "Андреев",
        "Владимиров", "Михайлов", "Юрьев", "Викторов", "Олегов", "Анатольев", "Васильев", "Павлов", "Геннадьев",
        "Борисов", "Евгеньев", "Константинов", "Фёдоров", "Романов", "Игорев", "Вячеславов", "Григорьев",
        "Степанов", "Маратов", "Ринатов", "Рашидов", "Тимуров"]
CASES = ("nom", "gen", "dat", "ins", "acc", "pre")


def _sur(base: str, female: bool, case: str) -> str:
    if base.endswith(("ский", "цкий")):
        st = base[:-2]
        m = {"nom": base, "gen": st + "ого", "dat": st + "ому", "ins": st + "им", "acc": st + "ого", "pre": st + "ом"}
        f = {"nom": st + "ая", "gen": st + "ой", "dat": st + "ой", "ins": st + "ой", "acc": st + "ую", "pre": st + "ой"}
        return (f if female else m)[case]
    if base.endswith(("ов", "ев", "ёв", "ин", "ын")):
        m = {"nom": base, "gen": base + "а", "dat": base + "у", "ins": base + "ым", "acc": base + "а",
             "pre": base + "е"}
        f = {"nom": base + "а", "gen": base + "ой", "dat": base + "ой", "ins": base + "ой", "acc": base + "у",
             "pre": base + "ой"}
        return (f if female else m)[case]
    return base


def _first(name: str, female: bool, case: str) -> str:
    if case == "nom":
        return name
    if female:
        if name == "Любовь":
            return {"gen": "Любови", "dat": "Любови", "ins": "Любовью", "acc": "Любовь", "pre": "Любови"}[case]
        if name == "Алсу":
            return name
        if name.endswith("ия"):
            return name[:-1] + {"gen": "и", "dat": "и", "ins": "ей", "acc": "ю", "pre": "и"}[case]
        if name.endswith("ья"):
            return name[:-1] + {"gen": "и", "dat": "е", "ins": "ей", "acc": "ю", "pre": "е"}[case]
        st = name[:-1]
        gen = "и" if st[-1] in "гкхжшчщ" else "ы"
        return st + {"gen": gen, "dat": "е", "ins": "ой", "acc": "у", "pre": "е"}[case]
    if name in ("Никита",):
        return name[:-1] + {"gen": "ы", "dat": "е", "ins": "ой", "acc": "у", "pre": "е"}[case]
    if name == "Илья":
        return {"gen": "Ильи", "dat": "Илье", "ins": "Ильёй", "acc": "Илью", "pre": "Илье"}[case]
    if name.endswith("й"):
        st = name[:-1]
        return st + {"gen": "я", "dat": "ю", "ins": "ем", "acc": "я", "pre": "е"}[case]
    st = M_IRREG.get(name, name)
    return st + {"gen": "а", "dat": "у", "ins": "ом", "acc": "а", "pre": "е"}[case]


def _patr(stem: str, female: bool, case: str) -> str:
    if female:
        return stem + {"nom": "на", "gen": "ны", "dat": "не", "ins": "ной", "acc": "ну", "pre": "не"}[case]
    return stem + {"nom": "ич", "gen": "ича", "dat": "ичу", "ins": "ичем", "acc": "ича", "pre": "иче"}[case]


class RuPerson:
    """A Russian person whose name can be written in any case and any of the usual layouts."""

    def __init__(self, r: random.Random, female: bool | None = None, kid: bool = False, sur: str | None = None):
        self.female = r.random() < 0.55 if female is None else female
        self.sur = sur or r.choice(RU_SUR * 3 + RU_SUR_SKY + RU_SUR_FIX)
        self.first = r.choice(RU_F_FIRST if self.female else RU_M_FIRST)
        self.patr = r.choice(PATR)

    def s(self, case: str = "nom") -> str:
        return _sur(self.sur, self.female, case)

    def f(self, case: str = "nom") -> str:
        return _first(self.first, self.female, case)

    def p(self, case: str = "nom") -> str:
        return _patr(self.patr, self.female, case)

    def ini(self, space: bool = False) -> str:
        return f"{self.first[0]}.{' ' if space else ''}{self.patr[0]}."

    def full(self, case: str = "nom") -> str:
        return f"{self.s(case)} {self.f(case)} {self.p(case)}"

    def fp(self, case: str = "nom") -> str:
        return f"{self.f(case)} {self.p(case)}"

    def any(self, r: random.Random, case: str = "nom", short_ok: bool = True) -> str:
        """One of the layouts seen in real Russian paperwork, chosen at random."""
        opts = ["full", "full", "full", "sur_ini", "sur_ini", "ini_sur", "upper", "sur_ini_sp", "fio_inv", "typo"]
        if short_ok:
            opts += ["sur_ini", "ini_sur_nosp"]
        k = r.choice(opts)
        if k == "full":
            return self.full(case)
        if k == "upper":
            return self.full(case).upper()
        if k == "typo":
            return f"{self.s(case)}  {self.f(case)} {self.p(case)}".replace("ё", "е")
        if k == "sur_ini":
            return f"{self.s(case)} {self.ini()}"
        if k == "sur_ini_sp":
            return f"{self.s(case)} {self.ini(True)}"
        if k == "ini_sur":
            return f"{self.ini()} {self.s(case)}"
        if k == "ini_sur_nosp":
            return f"{self.ini()}{self.s(case)}"
        return f"{self.f(case)} {self.p(case)} {self.s(case)}"

    def staff(self, r: random.Random, case: str = "nom") -> str:
        return r.choice([f"{self.s(case)} {self.ini()}", f"{self.ini()} {self.s(case)}", f"{self.s(case)} {self.ini(True)}",
                         self.full(case), f"{self.ini(True)} {self.s(case)}", f"{self.s(case)} {self.first[0]}{self.patr[0]}",
                         f"{self.s(case)}.{self.ini()}" if r.random() < 0.2 else self.full(case)])


# --------------------------------------------------------------------------- Russian places, orgs, phones

RU_CITIES = [
    ("Москва", "", "1{}"), ("Санкт-Петербург", "", "19{}"), ("Казань", "Республика Татарстан", "420{}"),
    ("Екатеринбург", "Свердловская обл.", "620{}"), ("Новосибирск", "Новосибирская обл.", "630{}"),
    ("Нижний Новгород", "Нижегородская обл.", "603{}"), ("Самара", "Самарская обл.", "443{}"),
    ("Краснодар", "Краснодарский край", "350{}"), ("Подольск", "Московская обл.", "142{}"),
    ("Тверь", "Тверская обл.", "170{}"), ("Уфа", "Республика Башкортостан", "450{}"),
    ("Омск", "Омская обл.", "644{}"), ("Пятигорск", "Ставропольский край", "357{}"),
    ("Красногорск", "Московская обл.", "143{}"), ("Всеволожск", "Ленинградская обл.", "188{}"),
]
RU_STREETS = ["Ленина", "Гагарина", "Пушкина", "Советская", "Садовая", "Лесная", "Мира", "Профсоюзная",
              "Красноармейская", "Большая Пироговская", "Вавилова", "Маршала Жукова", "Академика Королёва",
              "Николая Островского", "Баумана", "Пирогова", "Боткинская", "Чехова", "Школьная", "Молодёжная",
              "8 Марта", "40 лет Победы", "Кирова", "Дзержинского", "Фрунзе", "Заводская"]
RU_VILLAGES = ["с. Ивановское", "д. Горки", "пос. Лесной", "с. Никольское", "д. Берёзовка", "пгт Октябрьский"]


def ru_addr(r: random.Random) -> str:
    city, region, idx = r.choice(RU_CITIES)
    idx = idx.format(_digits(r, 6 - len(idx) + 2))
    st = r.choice(RU_STREETS)
    h, f = r.randint(1, 160), r.randint(1, 320)
    k = r.randint(1, 5)
    g = "г. " if r.random() < 0.8 else "г."
    reg = f"{region}, " if region else ""
    style = r.randrange(9)
    if style == 0:
        return f"{idx}, {reg}{g}{city}, ул. {st}, д. {h}, кв. {f}"
    if style == 1:
        return f"{g}{city}, ул.{st}, д.{h}, корп.{k}, кв.{f}"
    if style == 2:
        return f"{city}, {st} ул., {h}-{f}"
    if style == 3:
        return f"{region or 'Московская обл.'}, {r.choice(['Раменский', 'Зеленодольский', 'Тосненский', 'Белорецкий'])} р-н, {r.choice(RU_VILLAGES)}, ул. {st}, д. {h}"
    if style == 4:
        av = r.choice(["Мира", "Ленина", "Победы", "Гагарина", "Вернадского", "Стачек"])
        return f"РФ, {idx}, {g}{city}, пр-т {av}, д. {h}, стр. {k}, кв. {f}"
    if style == 5:
        return f"{g}{city},\nул. {st}, д. {h}, кв. {f}"
    if style == 6:
        return f"{idx} {city.upper()} УЛ. {st.upper()} Д. {h} КВ. {f}"
    if style == 7:
        return f"{reg}{g}{city}, {r.choice(['мкр. Северный', 'мкр-н 5', 'пер. Строителей', 'б-р Победы', 'ш. Энтузиастов'])}, д. {h}/{k}, кв. {f}"
    return f"{city}, ул. {st} {h}, кв {f}"


def ru_phone(r: random.Random, mobile: bool | None = None) -> str:
    mobile = r.random() < 0.7 if mobile is None else mobile
    code = r.choice(["916", "926", "903", "985", "917", "987", "950", "921", "911", "962"]) if mobile else \
        r.choice(["495", "499", "812", "843", "343", "383", "831", "846", "861", "4822"])
    rest = _digits(r, 10 - len(code))
    a, b, c = rest[:-4], rest[-4:-2], rest[-2:]
    return r.choice([
        f"+7 ({code}) {a}-{b}-{c}", f"8 ({code}) {a}-{b}-{c}", f"8-{code}-{a}-{b}-{c}", f"+7{code}{rest}",
        f"8{code}{rest}", f"+7 {code} {a} {b} {c}", f"8({code}){a}{b}{c}", f"+7-{code}-{a}-{b}{c}",
        f"{a}-{b}-{c}" if not mobile and len(a) == 3 else f"8 {code} {a} {b} {c}",
    ])


RU_HOSP = [
    "ГБУЗ «ГКБ № {n} ДЗМ»", "ГБУЗ «Городская клиническая больница им. С.П. Боткина ДЗМ»",
    "ГАУЗ «Республиканская клиническая больница МЗ РТ»", "ГБУЗ ЛО «Всеволожская КМБ»", "ГКБ № {n}",
    "ГБУЗ «ГКБ им. Н.И. Пирогова ДЗМ»", "ГБУЗ МО «Подольская областная клиническая больница»",
    "ГБУЗ «ИКБ № {n} ДЗМ»", "ГБУЗ СО «Городская больница № {n} г. Екатеринбург»",
    "ГБУЗ «ДГКБ им. Н.Ф. Филатова ДЗМ»", "СПб ГБУЗ «Городская Мариинская больница»",
    "ГАУЗ «Городская клиническая больница № {n}» г. Казани", "ГБУЗ НСО «ГКБ № {n}»",
    "ГБУЗ «Морозовская ДГКБ ДЗМ»", "ЦРБ", "ГБУЗ МО «Красногорская больница»",
]
RU_POLY = ["ГБУЗ «Городская поликлиника № {n} ДЗМ»", "городская поликлиника № {n}", "ГБУЗ «ДГП № {n} ДЗМ»",
           "ГАУЗ «Городская поликлиника № {n}» г. Казани", "поликлиника № {n}",
           "ООО «Клиника Семейный доктор»", "ООО «Медицинский центр «Здоровье»»", "АО «Медицина»",
           "ГБУЗ МО «Раменская областная больница», поликлиника № {n}"]
RU_NMIC = ["ФГБУ «НМИЦ им. В.А. Алмазова» Минздрава России", "ФГБУ «НМИЦ онкологии им. Н.Н. Петрова» Минздрава России",
           "ФГАУ «НМИЦ здоровья детей» Минздрава России", "ФГБУ «НМИЦ кардиологии им. ак. Е.И. Чазова» Минздрава России",
           "ФГБУ «НМИЦ ТО им. Н.Н. Приорова» Минздрава России", "ФГБУ «НМИЦ эндокринологии» Минздрава России",
           "ФГБУ «НМИЦ ДГОИ им. Дмитрия Рогачева» Минздрава России", "ФГБНУ «Научный центр неврологии»"]
RU_EMPL = ["ООО «Ромашка»", "АО «Газпром межрегионгаз Москва»", "ПАО «Сбербанк»", "ООО «Вкусвилл»", "ОАО «РЖД»",
           "ООО «Сафронов и партнёры»", "ООО «Торговый дом «Восток»»", "МУП «Водоканал»", "АО «Казанский вертолётный завод»",
           "ГБОУ «Школа № {n}»", "ФГУП «Почта России»", "ООО «Яндекс»", "ПАО «КАМАЗ»", "ООО «СтройИнвест-М»"]
RU_INS = ["ООО «СМК РЕСО-Мед»", "АО «СОГАЗ-Мед»", "ООО «Капитал МС»", "АО «МАКС-М»", "ООО «АльфаСтрахование-ОМС»",
          "АО «Страховая компания «Ингосстрах-М»»"]
RU_SCHOOL = ["МБОУ «СОШ № {n}»", "детский сад № {n}", "МАДОУ «Детский сад № {n} «Солнышко»»", "ГБОУ «Школа № {n}»",
             "МБДОУ д/с № {n}", "гимназия № {n}", "лицей № {n}"]
RU_PHARM = ["аптека «Ригла»", "ГУП «Столичные аптеки»", "аптека № {n} ГУП «Мосгорфармация»", "ООО «Аптека 36,6»",
            "аптечная сеть «Озерки»"]
RU_LAB = ["ООО «Инвитро»", "лаборатория «Гемотест»", "ООО «KDL»", "ЦКДЛ ГБУЗ «ГКБ № {n} ДЗМ»"]
RU_CGE = ["ФБУЗ «Центр гигиены и эпидемиологии в г. Москве»", "ФБУЗ «Центр гигиены и эпидемиологии в Республике Татарстан»",
          "филиал ФБУЗ «ЦГиЭ в Московской области» в г. Подольске", "Управление Роспотребнадзора по Свердловской области"]
RU_SAN = ["санаторий «Русь»", "ФГБУ «Пятигорский ГНИИК ФМБА России»", "санаторий «Танып»", "ФГБУ санаторий «Дюны»",
          "ЗАО «Санаторий «Жемчужина»»"]
RU_DEPTS = ["терапевтическое отделение", "кардиологическое отделение № 2", "отделение реанимации и интенсивной терапии",
            "неврологическое отделение для больных с ОНМК", "хирургическое отделение № 1", "РСЦ",
            "педиатрическое отделение", "приёмное отделение", "ОРИТ № 3", "гастроэнтерологическое отделение"]


def org(r: random.Random, pool: list[str]) -> str:
    return r.choice(pool).format(n=r.choice([1, 2, 3, 5, 7, 12, 15, 24, 31, 52, 64, 112, 134, 218, 1409]))


def ru_email(r: random.Random, p: RuPerson | None = None) -> str:
    tr = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
          "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
          "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sch", "ы": "y", "э": "e",
          "ю": "yu", "я": "ya", "ь": "", "ъ": ""}
    if p is None:
        return r.choice(["gkb15@zdrav.mos.ru", "priemnaya@rkbrt.ru", "info@gp3-kzn.ru", "vk.gp64@mail.ru",
                         "telemed@almazovcentr.ru", "mse-77@fbmse.ru", "epid@cgie.tatarstan.ru"])
    lat = "".join(tr.get(c, c) for c in p.s().lower())
    return r.choice([f"{lat}.{tr[p.first[0].lower()]}{tr[p.patr[0].lower()]}@mail.ru", f"{lat}{r.randint(60, 99)}@yandex.ru",
                     f"{tr[p.first[0].lower()]}.{lat}@gmail.com", f"{lat}_{r.randint(1, 999)}@bk.ru"])


def oms(r: random.Random) -> str:
    d = r.choice(["77", "50", "16", "66", "54"]) + _digits(r, 14)
    return d if r.random() < 0.8 else f"{d[:4]} {d[4:8]} {d[8:12]} {d[12:]}"


def passport(r: random.Random) -> tuple[str, str]:
    s = f"{r.randint(1, 99):02d}{r.randint(0, 24):02d}"
    return (r.choice([s, f"{s[:2]} {s[2:]}"]), _digits(r, 6))


# --------------------------------------------------------------------------- eponyms and decoys (RU)

EP_RU_ABD = ["симптом Щёткина-Блюмберга", "симптом Пастернацкого", "симптом Ортнера", "симптом Мерфи",
             "симптом Кера", "симптом Ровзинга", "симптом Ситковского", "симптом Воскресенского",
             "симптом Мейо-Робсона", "симптом Курвуазье", "симптом Менделя"]
EP_RU_NEURO = ["позе Ромберга", "рефлекс Бабинского", "симптом Кернига", "симптом Брудзинского", "проба Ромберга",
               "шкале Глазго", "шкале Рэнкина", "индекс Бартел", "симптом Ласега"]
EP_RU_LAB = ["анализ мочи по Нечипоренко", "проба по Зимницкому", "проба Реберга", "окраска по Граму",
             "окраске по Цилю-Нильсену", "проба Манту", "реакция Вассермана", "СКФ по Кокрофту-Голту",
             "СОЭ по Панченкову", "проба Шеллонга"]
EP_RU_DX = ["болезнь Бехтерева", "болезнь Крона", "тиреоидит Хашимото", "болезнь Иценко-Кушинга", "синдром Дауна",
            "тетрада Фалло", "синдром Марфана", "болезнь Виллебранда", "синдром Шерешевского-Тернера",
            "синдром Жильбера", "болезнь Гоше", "болезнь Фабри", "болезнь Помпе", "синдром Элерса-Данло",
            "болезнь Вильсона-Коновалова", "болезнь Гентингтона", "пищевод Барретта", "болезнь Пертеса",
            "болезнь Осгуда-Шлаттера", "киста Бейкера", "контрактура Дюпюитрена", "синдром Рейно",
            "лимфома Ходжкина", "болезнь Аддисона", "болезнь Грейвса", "синдром Шегрена", "болезнь Кавасаки",
            "синдром Вольфа-Паркинсона-Уайта", "синдром Бругада", "болезнь Паркинсона", "болезнь Альцгеймера",
            "синдром Гийена-Барре", "болезнь Меньера", "невралгия Арнольда", "болезнь Шляттера"]
EP_RU_PROC = ["аппарат Илизарова", "повязка Дезо", "шина Беллера", "катетер Фолея", "по Сельдингеру",
              "операция Гартмана", "фундопликация по Ниссену", "проба Вальсальвы", "маневр Эпли", "по Короткову",
              "шкала Апгар", "шов по Донати", "гипсовая повязка по Турнеру", "пятна Бельского-Филатова-Коплика"]
RU_PLACE_DX = ["клещевой энцефалит", "омская геморрагическая лихорадка", "крымская геморрагическая лихорадка",
               "лихорадка Западного Нила", "японский энцефалит", "геморрагическая лихорадка с почечным синдромом"]
RU_DX = [("I11.9", "Гипертоническая болезнь II ст., риск 3"), ("E11.9", "Сахарный диабет 2 типа"),
         ("J18.1", "Внебольничная долевая пневмония"), ("I63.5", "Ишемический инсульт в бассейне ЛСМА"),
         ("M16.1", "Первичный коксартроз справа III ст."), ("C50.4", "Рак левой молочной железы T2N1M0"),
         ("K80.1", "ЖКБ. Хронический калькулёзный холецистит"), ("I21.0", "Острый трансмуральный ИМ передней стенки"),
         ("S82.6", "Закрытый перелом латеральной лодыжки"), ("G35", "Рассеянный склероз, ремиттирующее течение"),
         ("N18.3", "ХБП С3а"), ("J45.0", "Бронхиальная астма, аллергическая форма")]
RU_LABS = ["Hb 128 г/л", "эритроциты 4,2×10¹²/л", "лейкоциты 7,8×10⁹/л", "СОЭ 18 мм/ч", "глюкоза 5,9 ммоль/л",
           "креатинин 96 мкмоль/л", "СКФ 74 мл/мин/1,73 м²", "АЛТ 32 Ед/л", "HbA1c 7,4%", "МНО 2,3",
           "ТТГ 3,12 мЕд/л", "К+ 4,6 ммоль/л", "тропонин I 0,02 нг/мл", "СРБ 12,5 мг/л", "холестерин 6,2 ммоль/л",
           "Tr 245×10⁹/л", "ферритин 12 мкг/л", "D-димер 0,43 мкг/мл"]


def cap(s: str) -> str:
    """Upper-case the first letter only (str.capitalize would lower-case the eponym's name)."""
    return s[:1].upper() + s[1:]


def ep_ru_exam(r: random.Random, d: Doc) -> None:
    """A short examination sentence carrying eponyms in their usual Russian layouts."""
    d.add("Живот мягкий, безболезненный. ", EP(cap(r.choice(EP_RU_ABD))), " отрицательный. ")
    if r.random() < 0.6:
        d.add(EP(cap(r.choice(EP_RU_ABD[:3]))), " отрицателен с обеих сторон. ")
    if r.random() < 0.5:
        d.add("В ", EP("позе Ромберга"), " устойчив. ")
    else:
        d.add("Сознание ясное, 15 баллов по ", EP("шкале Глазго"), ". ")


def gy(r: random.Random) -> str:
    """What follows a Russian date on forms: ' г.', 'г.' glued on, ' года' or nothing (all outside the span)."""
    return r.choice([" г.", " г.", "г.", " года", "", " г"])


RU_NICK = {"Александр": "Саша", "Николай": "Коля", "Людмила": "Люда", "Дарья": "Даша", "Екатерина": "Катя",
           "Михаил": "Миша", "Наталья": "Наташа", "Владимир": "Вова", "Татьяна": "Таня", "Евгений": "Женя"}


def ru_extra(r: random.Random, d: Doc) -> None:
    """One or two hard free-text lines of the kind clerks append to any form ('Примечание', 'Особые отметки')."""
    d.add("\n", r.choice(["Примечание: ", "Особые отметки: ", "Доп. сведения: ", "ПРИМЕЧАНИЕ: "]))
    for k in r.sample(range(10), r.randint(1, 2)):
        if k == 0:
            nick = r.choice(sorted(RU_NICK))
            d.add("со слов ", r.choice(["жены", "сестры", "соседки"]), " (", N(RU_NICK[nick]), "), ")
            d.add("пациент ранее лечился в ", O(r.choice(["Боткинской больнице", "Склифе", "Пироговском центре",
                                                           "НИИ нейрохирургии им. Н.Н. Бурденко"])), ". ")
        elif k == 1:
            d.add(D(r.choice(["Весной", "Осенью", "Летом", "Зимой"]) + f" {r.randint(2015, 2023)}"),
                  " перенёс ОИМ, стентирование ПНА в ", O(r.choice(["НМИЦ им. Алмазова", "ФЦССХ им. Бакулева",
                                                                      "РКНПК", "НИИ СП им. Н.В. Склифосовского"])), ". ")
        elif k == 2:
            d.add("проживает в ", r.choice(["Омске", "Казани", "Подольске", "Крыму"]), "; в анамнезе — ",
                  r.choice(RU_PLACE_DX), " (", D(str(r.randint(2005, 2022))), gy(r), "). ")
        elif k == 3:
            d.add("результаты в личном кабинете ", U(r.choice(["https://lk.invitro.ru/results?id=", "https://www.gemotest.ru/r/",
                                                                "http://emias.info/lk/"]) + _digits(r, 7)),
                  ", копия на <", E(ru_email(r, RuPerson(r))), ">. ")
        elif k == 4:
            d.add(EP("По Нечипоренко"), ": лейк. ", str(r.choice([1500, 2000, 4500])), "/мл, эр. 1000/мл; ",
                  EP(r.choice(["проба Реберга", "СКФ по Кокрофту-Голту"])), " — 68 мл/мин. ")
        elif k == 5:
            d.add("горячая линия ", O(r.choice(RU_INS)), ": ", P(r.choice(["8-800-100-81-02", "8 800 555-05-56",
                                                                          "8 (800) 200-92-04"])), ". ")
        elif k == 6:
            p = RuPerson(r)
            d.add("переведён в ", O(r.choice(["гкб №15", "ГКБ №1 им. Н.И. Пирогова", "ОКБ", "ГБ № 2 г. Подольска"])),
                  " по согласованию с ", N(p.staff(r, "ins")), " ", D(ru_d(r, rdate(r), "dot")), " в ", tm(r), ". ")
        elif k == 7:
            d.add("код ОКВЭД 86.10, ОКПО ", _digits(r, 8), ", лицензия ЛО41-", _digits(r, 8), ", ИНН МО ", org_inn(r), ". ")
        elif k == 8:
            p = RuPerson(r)
            d.add("ИНН пациента ", ID(inn12(r)), ", паспорт серия ", ID(f"{r.randint(10, 99)}{r.randint(0, 24):02d}"),
                  " номер ", ID(_digits(r, 6)), "; доверенное лицо — ", N(p.full("nom")), ". ")
        else:
            rel = r.choice(["брата", "матери", "дочери", "отца"])
            kin = RuPerson(r, female=rel in ("матери", "дочери"))
            d.add(EP(r.choice(["Синдром Марфана", "Синдром Дауна", "Болезнь Боткина", "Тетрада Фалло"])),
                  " у ", rel, " ", N(kin.fp("gen") if r.random() < 0.5 else kin.f("gen")), ". ")
    d.add("\n")


# --------------------------------------------------------------------------- Russian documents


def ru_eln(r: random.Random) -> Doc:
    """Листок нетрудоспособности: printed extract of an ЭЛН from the МИС (upper-case blocks, labels)."""
    if r.random() < 0.35:
        return ru_eln_line(r)
    d = Doc()
    p = RuPerson(r)
    doc = RuPerson(r)
    chair = RuPerson(r)
    d1 = rdate(r)
    d2 = after(d1, r, 3, 12)
    d3 = after(d2, r, 3, 10)
    hosp = org(r, RU_POLY + RU_HOSP)
    d.add("ЛИСТОК НЕТРУДОСПОСОБНОСТИ (электронный)\n",
          r.choice(["Номер ЭЛН: ", "№ ЭЛН ", "ЭЛН №"]), ID("9" + _digits(r, 11)), "   ",
          r.choice(["☑ первичный", "первичный", "[X] первичный  [ ] дубликат"]), "\n")
    if r.random() < 0.4:
        d.add("Продолжение ЭЛН № ", ID("9" + _digits(r, 11)), "\n")
    d.add("Медицинская организация: ", O(hosp), "\n")
    if r.random() < 0.7:
        d.add("Адрес МО: ", A(ru_addr(r)), "  ОГРН ", ogrn(r), "\n")
    d.add("Дата выдачи: ", D(ru_d(r, d1, "dot")), "\n")
    name = p.full().upper() if r.random() < 0.6 else p.full()
    if r.random() < 0.25:
        d.add("Ф.И.О.: ", N(p.s().upper()), "\n        ", N(f"{p.f().upper()} {p.p().upper()}"), "\n")
    else:
        d.add("Ф.И.О.: ", N(name), "\n")
    d.add("Дата рождения: ", D(ru_d(r, rdate(r, 1955, 2003), r.choice(["dot", "dot", "iso"]))),
          "   Пол: ", "ж" if p.female else "м", "\n")
    d.add("СНИЛС: ", ID(snils(r)), "\n")
    if r.random() < 0.5:
        d.add("ИНН: ", ID(inn12(r)), "\n")
    emp = org(r, RU_EMPL)
    d.add("Место работы — наименование организации: ", O(emp), "\n",
          "ИНН работодателя: ", org_inn(r), "  КПП ", f"{r.randint(1000, 9999)}01001", "\n",
          "Основное / по совместительству: ", r.choice(["основное", "по совместительству"]), "\n",
          "Причина нетрудоспособности: код ", r.choice(["01", "01", "02", "09", "03"]),
          "   Доп. код ", r.choice(["—", "017", "—"]), "\n")
    if r.random() < 0.4:
        kid = RuPerson(r, sur=p.sur)
        d.add("Уход за больным членом семьи: ", N(f"{kid.s()} {kid.f()}"), ", возраст ", str(r.randint(2, 14)),
              " лет, родственная связь: ", r.choice(["сын", "дочь"]), ", код 38\n")
    if r.random() < 0.4:
        d.add("Находился в стационаре с ", D(ru_d(r, d1, "dot")), " по ", D(ru_d(r, d2, "dot")), "\n")
    d.add("ОСВОБОЖДЕНИЕ ОТ РАБОТЫ\n",
          "| С какого числа | По какое число | Должность врача | Фамилия и инициалы врача |\n",
          "| ", D(ru_d(r, d1, "dot")), " | ", D(ru_d(r, d2, "dot")), " | врач-терапевт участковый | ",
          N(doc.staff(r)), " |\n",
          "| ", D(ru_d(r, after(d2, r, 1, 1), "dot")), " | ", D(ru_d(r, d3, "dot")), " | председатель ВК | ",
          N(chair.staff(r)), " |\n")
    d.add("Приступить к работе: с ", D(ru_d(r, after(d3, r, 1, 1), "dot")), "\n",
          "Диагноз (МКБ-10): ", r.choice(RU_DX)[0], "\n")
    if r.random() < 0.5:
        d.add("Выдан по запросу через ", U(r.choice(["https://www.gosuslugi.ru", "lk.sfr.gov.ru",
                                                     "https://cabinets.fss.ru/insurer.html"])),
              "; тел. горячей линии СФР ", P("8-800-100-00-01"), "\n")
    return d


def ru_eln_line(r: random.Random) -> Doc:
    """The same ЭЛН as the register of the Social Fund shows it: run-on lines, semicolons, dates in words."""
    d = Doc()
    p = RuPerson(r)
    d1 = rdate(r)
    d2 = after(d1, r, 5, 20)
    d.add("Сведения из реестра ЭЛН СФР на ", D(ru_d(r, after(d2, r, 1, 5), "dot")), "\n",
          "ЭЛН ", ID("9" + _digits(r, 11)), " (статус: ", r.choice(["закрыт", "продлён", "открыт"]), ") выдан ",
          D(ru_d(r, d1, r.choice(["word", "dot"]))), gy(r), " ", O(org(r, RU_POLY)), " гражданину ",
          N(p.any(r, "dat")), " (СНИЛС ", ID(snils(r)), ") на период с ", D(ru_d(r, d1, "dot")), " по ",
          D(ru_d(r, d2, "dot")), "; врач ", N(RuPerson(r).staff(r)), "; причина 01; место работы ",
          O(org(r, RU_EMPL)), ", ИНН ", org_inn(r), ", рег. № страхователя в СФР ", _digits(r, 10), ".\n",
          "Нарушение режима: ", r.choice(["нет", "код 24 — несвоевременная явка"]), ". Исполнитель: ",
          N(RuPerson(r).f() + " " + RuPerson(r).s()), r.choice([", ", " тел. "]), P(ru_phone(r, False)), "\n")
    return d


def ru_mse(r: random.Random) -> Doc:
    """Направление на медико-социальную экспертизу (088/у): long form with numbered items."""
    d = Doc()
    p = RuPerson(r)
    mo = org(r, RU_POLY)
    d1 = rdate(r)
    dx = r.choice(RU_DX)
    d.add("Форма № 088/у\n", O(mo), "\n", A(ru_addr(r)), "\nОГРН ", ogrn(r), "\n\n",
          "НАПРАВЛЕНИЕ НА МЕДИКО-СОЦИАЛЬНУЮ ЭКСПЕРТИЗУ МЕДИЦИНСКОЙ ОРГАНИЗАЦИЕЙ\n\n",
          "1. Дата выдачи: ", D(ru_d(r, d1)), r.choice([" г.", "", " года"]), "\n",
          "2. Протокол врачебной комиссии № ", ID(str(r.randint(12, 2400))), " от ",
          D(ru_d(r, after(d1, r, -5, -1), "dot")), "\n",
          "3. Гражданин направляется на МСЭ: ", r.choice(["первично", "повторно"]), "\n",
          "4. Цель: установление группы инвалидности; разработка ИПРА\n",
          "8. Фамилия, имя, отчество: ", N(p.full()), "\n",
          "9. Дата рождения: ", D(ru_d(r, rdate(r, 1950, 1990), "dot")), ", возраст ", str(r.randint(33, 74)),
          " лет\n10. Пол: ", "женский" if p.female else "мужской", "\n",
          "13. Адрес места жительства: ", A(ru_addr(r)), "\n",
          "15. Контактный телефон: ", P(ru_phone(r)), "\n")
    if r.random() < 0.5:
        d.add("    Адрес электронной почты: ", E(ru_email(r, p)), "\n")
    s, n = passport(r)
    d.add("17. Документ, удостоверяющий личность: паспорт, серия ", ID(s), " № ", ID(n), ", выдан ",
          r.choice(["ОВД района Хамовники г. Москвы", "УФМС России по Республике Татарстан", "ГУ МВД России по г. Москве"]),
          " ", D(ru_d(r, rdate(r, 2005, 2020), "dot")), "\n",
          "18. СНИЛС: ", ID(snils(r)), "\n",
          "19. Полис ОМС: ", ID(oms(r)), ", ", O(r.choice(RU_INS)), "\n")
    if r.random() < 0.6:
        rep = RuPerson(r)
        d.add("20. Законный представитель: ", N(rep.full()), ", ", r.choice(["опекун", "мать", "супруг"]),
              ", тел. ", P(ru_phone(r)), "\n")
    d.add("24. Место работы: ", O(org(r, RU_EMPL)), ", профессия — ", r.choice(["водитель", "бухгалтер", "слесарь"]),
          ", стаж 22 года\n",
          "28. Анамнез: болеет с ", D(str(r.randint(2008, 2020))), gy(r), ", ", r.choice(["ОИМ в ", "ОНМК в ", "операция в "]),
          D(str(r.randint(2015, 2022))), " г.; ухудшение в ", D(f"{MON_PRE[r.randrange(12)]} {r.randint(2022, 2024)}"),
          " года. Число дней ВН за 12 мес: ", str(r.randint(40, 160)), ".\n",
          "31. Масса тела 94 кг, рост 176 см, ИМТ 30,3. АД 150/95 мм рт. ст.\n",
          "33. ", EP(r.choice(["Индекс Бартел", "Шкала Рэнкина", "Шкала Рэнкина"])), ": ", str(r.choice([45, 60, 3, 4])),
          " балла. ", EP("Проба Ромберга"), ": неустойчив.\n",
          "35. Основной диагноз: ", dx[1], ", код МКБ ", dx[0], "\n",
          "   Сопутствующий: ", EP(r.choice(EP_RU_DX)), "\n",
          "40. Председатель ВК: ", N(RuPerson(r).staff(r)), "\n",
          "Члены ВК: ", N(RuPerson(r).staff(r)), ", ", N(RuPerson(r).staff(r)), "\nМ.П.\n")
    return d


def ru_death(r: random.Random) -> Doc:
    """Медицинское свидетельство о смерти (106/у): corespine and tear-off part."""
    d = Doc()
    p = RuPerson(r)
    born = rdate(r, 1930, 1970)
    died = rdate(r)
    ser = r.choice(["45", "46", "92", "18"]) + _digits(r, 1)
    num = _digits(r, 6)
    dx = r.choice(RU_DX)
    d.add("Учётная форма № 106/у\n", O(org(r, RU_HOSP)), "\n", A(ru_addr(r)), "\n",
          "МЕДИЦИНСКОЕ СВИДЕТЕЛЬСТВО О СМЕРТИ\nСЕРИЯ ", ID(ser), " № ", ID(num), "\n",
          "Дата выдачи ", D(ru_d(r, after(died, r, 0, 2), "quote")), " г. ",
          r.choice(["(окончательное)", "(предварительное)", "(взамен предварительного серии " + ser + ")"]), "\n",
          "1. Фамилия, имя, отчество умершего: ", N(p.full().upper() if r.random() < 0.5 else p.full()), "\n",
          "2. Пол: ", "женский" if p.female else "мужской", "\n",
          "3. Дата рождения: ", D(ru_d(r, born, "dot")), "\n",
          "4. Дата смерти: ", D(ru_d(r, died, "dot")), " время ", tm(r), "\n",
          "5. СНИЛС: ", ID(snils(r)), "   6. Полис ОМС: ", ID(oms(r)), "\n",
          "7. Регистрация по месту жительства: ", A(ru_addr(r)), "\n",
          "10. Смерть наступила: ", r.choice(["в стационаре", "дома", "в машине скорой помощи"]), "\n",
          "19. Причины смерти:\n",
          "I а) ", r.choice(["Отёк головного мозга", "Кардиогенный шок", "Полиорганная недостаточность"]), "   ",
          r.choice(["G93.6", "R57.0", "R65.1"]), "\n",
          "  б) ", dx[1], "   ", dx[0], "\n",
          "  в) ", r.choice(["Атеросклероз коронарных артерий", "Гипертоническая болезнь"]), "   I25.1\n",
          "II ", EP(r.choice(["болезнь Паркинсона", "болезнь Альцгеймера", "синдром Иценко-Кушинга",
                              "болезнь Бехтерева"])), "   ", r.choice(["G20", "G30.1", "E24.0", "M45"]), "\n",
          "20. Врач, заполнивший свидетельство: ", N(RuPerson(r).staff(r)), ", врач-",
          r.choice(["терапевт", "патологоанатом", "реаниматолог"]), "\n",
          "Проверил: зав. отд. ", N(RuPerson(r).staff(r)), "\n--- линия отреза ---\n",
          "Получатель: ", N(RuPerson(r).any(r)), ", ", r.choice(["сын", "дочь", "супруга", "внук"]),
          ", паспорт ", ID(" ".join(passport(r))), "\n",
          "Дата получения: ", D(ru_d(r, after(died, r, 1, 3))), "\n")
    return d


def ru_086(r: random.Random) -> Doc:
    """Справка 086/у for a university / job: vaccination lines, lab values, eponymous tests."""
    d = Doc()
    p = RuPerson(r)
    d1 = rdate(r)
    d.add("Медицинская документация\nФорма № 086/у\n", O(org(r, RU_POLY)), "\n",
          "Адрес: ", A(ru_addr(r)), r.choice(["  ", "\n"]), "тел. ", P(ru_phone(r, False)), "\n",
          "МЕДИЦИНСКАЯ СПРАВКА (врачебное профессионально-консультативное заключение)\n",
          "1. Выдается для представления в ", O(r.choice(["ФГБОУ ВО «Казанский ГМУ» Минздрава России",
                                                           "МГУ им. М.В. Ломоносова", "ФГАОУ ВО «УрФУ»",
                                                           "ГБПОУ «Медицинский колледж № 2»", "ОАО «РЖД»"])), "\n",
          "2. Фамилия, имя, отчество: ", N(p.any(r)), "\n",
          "3. Дата рождения: ", D(ru_d(r, rdate(r, 2004, 2008))), "\n",
          "4. Адрес места жительства: ", A(ru_addr(r)), "\n",
          "5. Место учебы, работы: ", O(org(r, RU_SCHOOL[:1] + RU_SCHOOL[3:])), ", 11 «Б» класс\n",
          "6. Перенесённые заболевания: ветряная оспа (", D(str(r.randint(2010, 2015))), "), ",
          EP(r.choice(["болезнь Осгуда-Шлаттера", "синдром Жильбера", "болезнь Шляттера"])), "\n",
          "7. Прививки: АДС-М ", D(ru_d(r, rdate(r, 2019, 2022), "dot")), ", корь ", D(ru_d(r, rdate(r, 2010, 2012), "dot")),
          ", ", EP("проба Манту"), " ", D(ru_d(r, rdate(r, 2022, 2023), "dot2")), " — 5 мм, Диаскинтест отр.\n",
          "8. Объективные данные: рост 172 см, вес 61 кг, АД 110/70, острота зрения OD 1,0 OS 0,9.\n",
          "Флюорография ", D(ru_d(r, after(d1, r, -60, -1), "dot")), " № ", ID(str(r.randint(100, 9999))), " — без патологии.\n",
          "ОАК: ", r.choice(RU_LABS), ", ", r.choice(RU_LABS), ". ", EP("Анализ мочи по Нечипоренко"), ": норма.\n",
          "Заключение: годен к обучению. Группа здоровья ", r.choice(["I", "II"]), ".\n",
          "Врач ", N(RuPerson(r).staff(r)), "   Главный врач ", N(RuPerson(r).staff(r)), "\n",
          "Дата выдачи ", D(ru_d(r, d1, "word")), gy(r), "    М.П.\n")
    return d


def ru_072(r: random.Random) -> Doc:
    """Санаторно-курортная карта (072/у): table-like fields, coupon with sanatorium's data."""
    d = Doc()
    p = RuPerson(r)
    d1 = rdate(r)
    d.add("Форма № 072/у\nСАНАТОРНО-КУРОРТНАЯ КАРТА № ", ID(f"{r.randint(1, 999)}"), "\n",
          "Выдана: ", O(org(r, RU_POLY)), ", ", A(ru_addr(r)), "\n",
          "Дата выдачи ", D(ru_d(r, d1, "quote")), " г.\n",
          "1. Фамилия, имя, отчество ", N(p.full()), "\n",
          "2. Пол ", "ж" if p.female else "м", "    3. Дата рождения ", D(ru_d(r, rdate(r, 1950, 1985), "dot")), "\n",
          "4. Адрес регистрации ", A(ru_addr(r)), "\n",
          "5. СНИЛС ", ID(snils(r)), "    полис ОМС ", ID(oms(r)), "\n",
          "6. Место работы, должность ", O(org(r, RU_EMPL)), ", ", r.choice(["инженер", "кладовщик", "пенсионер"]), "\n",
          "7. № медицинской карты амбулаторного больного ", ID(f"{r.randint(1000, 99999)}"), "\n",
          "8. Жалобы, анамнез: ", EP(r.choice(EP_RU_DX)), " с ", D(str(r.randint(2010, 2020))), " г., ",
          r.choice(RU_DX)[1], "\n",
          "9. Данные исследований: ", r.choice(RU_LABS), "; ", r.choice(RU_LABS), "; ЭКГ ",
          D(ru_d(r, after(d1, r, -20, -1), "dot2")), " — синусовый ритм, ЧСС 72. ",
          EP("Проба Шеллонга"), " — нормотонический тип.\n",
          "10. Рекомендуемое лечение: ", O(org(r, RU_SAN)), ", ", r.choice(["Кисловодск", "Пятигорск", "Анапа",
                                                                              "Ессентуки", "Сочи"]),
          ", климатолечение, бальнеотерапия, 21 день\n",
          "Лечащий врач ", N(RuPerson(r).staff(r)), "   Зав. отделением ", N(RuPerson(r).staff(r)), "\n",
          "---- обратный талон ----\nПациент(ка) ", N(p.any(r)), " находился(ась) в ", O(org(r, RU_SAN)),
          " с ", D(ru_d(r, after(d1, r, 10, 20), "dot")), " по ", D(ru_d(r, after(d1, r, 31, 41), "dot")), ".\n",
          "Санаторий: тел. ", P(ru_phone(r, False)), ", ", E(r.choice(["info@san-rus.ru", "priem@dyuny.ru"])),
          ", ", U(r.choice(["www.sanatorium-rus.ru", "https://dyuny.ru/contacts", "http://tanyp.ru"])), "\n")
    return d


def ru_vacc(r: random.Random) -> Doc:
    """Сертификат профилактических прививок (156/у-93): a table of dates, series and lots (not IDs)."""
    d = Doc()
    p = RuPerson(r, kid=True)
    mom = RuPerson(r, female=True, sur=p.sur)
    born = rdate(r, 2012, 2022)
    d.add("СЕРТИФИКАТ О ПРОФИЛАКТИЧЕСКИХ ПРИВИВКАХ (ф. 156/у-93)\n",
          "Фамилия, имя, отчество: ", N(p.any(r)), "\n",
          "Год рождения: ", D(str(born.year)), "   Дата рождения: ", D(ru_d(r, born)), "\n",
          "Адрес: ", A(ru_addr(r)), "\n",
          "Свидетельство о рождении: ", ID(r.choice(["III-МЮ", "II-ИК", "IV-ЛО", "I-КБ"])), " № ", ID(_digits(r, 6)), "\n",
          "Мать: ", N(mom.full()), ", тел. ", P(ru_phone(r, True)), "\n",
          "Учреждение: ", O(org(r, RU_SCHOOL)), "\n",
          "Выдан: ", O(org(r, RU_POLY)), "\n\n",
          "Прививки против туберкулёза\n| Возраст | Дата | Препарат | Доза | Серия | Реакция |\n")
    t = born
    for vac in ["БЦЖ-М", "Инфанрикс Гекса", "Пентаксим", "Превенар 13", "Приорикс", "Гам-Ковид-Вак", "Гриппол плюс"][: r.randint(3, 7)]:
        t = after(t, r, 30, 300)
        d.add("| ", r.choice(["3 дн.", "3 мес.", "4,5 мес.", "6 мес.", "12 мес.", "6 лет"]), " | ",
              D(ru_d(r, t, r.choice(["dot", "dot2", "nolead"]))), " | ", vac, " | ",
              r.choice(["0,05 мг", "0,5 мл", "0,5 ml"]), " | ", r.choice(["серия ", "", "с. "]),
              f"{r.choice(['A', 'Х', 'T', ''])}{r.randint(100, 9999)}{r.choice(['', '-0', '/21'])}", " | ",
              r.choice(["норм.", "без особенностей", "рубчик 5 мм", "—"]), " |\n")
    if r.random() < 0.5:
        d.add("Следующая прививка: ", r.choice(["АДС-М", "КПК", "Гриппол плюс"]), " — ",
              D(f"{MON_NOM[r.randrange(12)]} {r.randint(2025, 2027)}"), "\n")
    d.add("\nТуберкулинодиагностика: ", EP("проба Манту"), " 2 ТЕ — ", D(ru_d(r, after(t, r, 5, 60), "dot")),
          " папула ", str(r.randint(2, 9)), " мм\n",
          "Медицинские отводы: ", r.choice(["нет", "мед. отвод 1 мес. (ОРВИ)"]),
          "\nПодпись м/с ", N(RuPerson(r, female=True).staff(r)), "\n")
    return d


def ru_recipe(r: random.Random) -> Doc:
    """Рецепт 107-1/у or льготный 148-1/у-88 (blank series and number are ID; form codes are not)."""
    d = Doc()
    p = RuPerson(r)
    doc = RuPerson(r)
    d1 = rdate(r)
    lgot = r.random() < 0.55
    d.add("Министерство здравоохранения Российской Федерации\n", O(org(r, RU_POLY)), "\n")
    if lgot:
        d.add("Код формы по ОКУД 3108805  Код учреждения по ОКПО ", _digits(r, 8), "\n",
              "Медицинская документация Форма № 148-1/у-88\n",
              "РЕЦЕПТ Серия ", ID(f"{r.randint(10, 99)} {r.randint(10, 99)}"), " № ", ID(_digits(r, 6)), "\n",
              "Дата выписки ", D(ru_d(r, d1)), "\n",
              "Код категории граждан ", r.choice(["081", "084", "020", "011"]),
              "  Код нозологической формы (по МКБ) ", r.choice(RU_DX)[0], "\n",
              "Источник финансирования: федеральный бюджет / бюджет субъекта РФ\n",
              "% оплаты: бесплатно   СНИЛС ", ID(snils(r)), "\n",
              "Полис ОМС ", ID(oms(r)), "\n")
    else:
        d.add("Форма № 107-1/у\nРЕЦЕПТ (взрослый, детский — нужное подчеркнуть)\n",
              "Дата выписки ", D(ru_d(r, d1, r.choice(["quote", "dot", "word"]))), gy(r), "\n")
    d.add("Ф.И.О. пациента ", N(p.any(r)), "\n",
          "Дата рождения ", D(ru_d(r, rdate(r, 1940, 2000), "dot")), "\n")
    if lgot:
        d.add("Адрес или № медицинской карты ", ID(f"{r.randint(100, 99999)}/{d1.year % 100}"), "\n")
    else:
        d.add("Адрес ", A(ru_addr(r)), "\n")
    d.add("Ф.И.О. лечащего врача ", N(doc.full() if r.random() < 0.5 else doc.staff(r)), "\n",
          "Rp.: ", r.choice(["Sol. Insulini glargini 100 ЕД/мл – 3 ml", "Tab. Metformini 1000 mg № 60",
                             "Tab. Apixabani 5 mg № 60", "Tab. Tramadoli 50 mg № 20", "Caps. Pregabalini 150 mg № 56"]),
          "\nD.S. ", r.choice(["по 1 таб. 2 раза в день", "по 10 ЕД п/к в 22:00", "по 1 капс. 2 р/д 28 дней"]), "\n",
          "Подпись и личная печать врача  М.П.\n",
          "Рецепт действителен в течение ", r.choice(["60 дней", "30 дней", "90 дней", "15 дней"]), "\n")
    if r.random() < 0.5:
        d.add("Отпущено: ", O(org(r, RU_PHARM)), ", ", D(ru_d(r, after(d1, r, 0, 5), "dot")), ", фармацевт ",
              N(RuPerson(r, female=True).staff(r)), ", серия ЛП ", f"{r.randint(100000, 999999)}", "\n")
    return d


def ru_dental(r: random.Random) -> Doc:
    """Медицинская карта стоматологического больного (043/у): tooth formula numbers are not IDs."""
    d = Doc()
    p = RuPerson(r)
    d1 = rdate(r)
    d.add(O(r.choice(["ООО «Стоматология Дент-Люкс»", "ГАУЗ «Стоматологическая поликлиника № 9»",
                      "ООО «Улыбка+»", "ГБУЗ «СП № 62 ДЗМ»"])), "\n",
          "Лицензия № ЛО-77-01-0", _digits(r, 5), "\n",
          "МЕДИЦИНСКАЯ КАРТА СТОМАТОЛОГИЧЕСКОГО БОЛЬНОГО № ", ID(f"{r.randint(100, 9999)}-{d1.year % 100}"), "\n",
          "Фамилия, имя, отчество ", N(p.full()), "  пол ", "ж" if p.female else "м", "\n",
          "Дата рождения ", D(ru_d(r, rdate(r, 1960, 2005))), "   тел. ", P(ru_phone(r, True)), "\n",
          "Адрес ", A(ru_addr(r)), "\n",
          "Полис ДМС № ", ID(f"{r.choice(['001', '04', 'ДМС'])}-{_digits(r, 6)}-{d1.year % 100}"), " ",
          O(r.choice(["СПАО «Ингосстрах»", "АО «СОГАЗ»", "ПАО СК «Росгосстрах»", "АО «АльфаСтрахование»"])), "\n",
          "Дата ", D(ru_d(r, d1, "dot")), "\nЖалобы: на боль в зубе 3.6 при накусывании.\n",
          "Перенесённые и сопутствующие заболевания: ", EP(r.choice(["болезнь Виллебранда", "синдром Шегрена",
                                                                    "болезнь Крона", "синдром Марфана"])),
          ", аллергия на лидокаин.\nЗубная формула: 18 17 16 О 14 | 21 22 П 24 ... 36 Pt, 46 К\n",
          "Индекс КПУ = 11, ИГ по Грину–Вермиллиону 1,8\n",
          "Rg 36 (", D(ru_d(r, d1, "dot2")), "): разрежение костной ткани у верхушки медиального корня 2×3 мм.\n",
          "Диагноз: K04.5 Хронический апикальный периодонтит зуба 3.6\n",
          "Лечение: анестезия Sol. Articaini 4% 1,7 ml (серия 1F2304), ",
          "раскрытие полости, пломба Filtek Z250 LOT N81234.\n",
          "Врач-стоматолог ", N(RuPerson(r).staff(r)), "   асс. ", N(RuPerson(r, female=True).f()), "\n",
          "Следующий визит ", D(f"{after(d1, r, 5, 20).day:02d}.{after(d1, r, 5, 20).month:02d}"), " в ", tm(r), "\n")
    return d


def ru_vk(r: random.Random) -> Doc:
    """Протокол врачебной комиссии: several patients' decisions in one protocol (list layout)."""
    d = Doc()
    d1 = rdate(r)
    d.add(O(org(r, RU_HOSP + RU_POLY)), "\nПРОТОКОЛ ЗАСЕДАНИЯ ВРАЧЕБНОЙ КОМИССИИ № ", ID(str(r.randint(10, 900))),
          " от ", D(ru_d(r, d1)), r.choice([" г.", " года", ""]), "\n",
          "Председатель: зам. главного врача по КЭР ", N(RuPerson(r).staff(r)), "\n",
          "Члены комиссии: ", N(RuPerson(r).staff(r)), ", ", N(RuPerson(r).staff(r)), "; секретарь — м/с ",
          N(RuPerson(r, female=True).staff(r)), "\n\n")
    for k in range(r.randint(2, 4)):
        p = RuPerson(r)
        dd = rdate(r, 1940, 1995)
        d.add(f"{k + 1}. ", N(p.any(r)), ", ", D(ru_d(r, dd, r.choice(["dot", "dot2"]))) if r.random() < 0.7
              else D(str(dd.year)), r.choice([" г.р.", "", " г.р"]), ", ИБ № ", ID(f"{r.randint(100, 9999)}/{d1.year % 100}"),
              ", ", r.choice(RU_DEPTS), ".\n")
        kind = r.randrange(3)
        if kind == 0:
            d.add("   Вопрос: продление ЭЛН № ", ID("9" + _digits(r, 11)), " свыше 15 дней. Решение: продлить по ",
                  D(ru_d(r, after(d1, r, 5, 15), "dot")), ".\n")
        elif kind == 1:
            d.add("   Вопрос: назначение препарата по жизненным показаниям (", EP(r.choice(EP_RU_DX)),
                  "). Решение: назначить; заявка в ", O(r.choice(RU_NMIC)), ".\n")
        else:
            d.add("   Вопрос: направление на МСЭ. Представил лечащий врач ", N(RuPerson(r).staff(r, "nom")),
                  ". Решение: направить.\n")
    d.add("Председатель ВК ____ ", N(RuPerson(r).staff(r)), "\n")
    return d


def ru_complaint(r: random.Random) -> Doc:
    """Written complaint to the chief physician and the hospital's answer (dative/genitive/vocative forms)."""
    d = Doc()
    p = RuPerson(r)
    chief = RuPerson(r)
    doc = RuPerson(r)
    hosp = org(r, RU_HOSP)
    d1 = rdate(r)
    d.add("Главному врачу ", O(hosp), "\n", N(f"{chief.s('dat')} {chief.ini()}"), "\n",
          "от ", N(p.full("gen")), ",\n", "проживающей" if p.female else "проживающего",
          " по адресу: ", A(ru_addr(r)), ",\nтел.: ", P(ru_phone(r, True)), "\n", "e-mail: ", E(ru_email(r, p)),
          "\n\nЖАЛОБА\n\n",
          "Мой ", r.choice(["отец", "муж", "брат", "дед"]), ", ", N(RuPerson(r, female=False, sur=p.sur).full()),
          r.choice([", ", " "]), D(ru_d(r, rdate(r, 1945, 1970), "dot")), " г.р., был доставлен в ваше учреждение ",
          D(ru_d(r, d1, "word")), gy(r), " в ", tm(r), " бригадой СМП (карта вызова № ", ID(str(r.randint(100, 99999))),
          "). В приёмном отделении он ждал более 4 часов. Дежурный врач ", N(doc.s()),
          " на вопросы не отвечал. ", EP("Симптом Щёткина-Блюмберга"),
          " проверили только вечером, операция была лишь ", D(f"{after(d1, r, 1, 2).day} {MON_GEN[after(d1, r, 1, 2).month - 1]}"),
          ". Прошу провести служебную проверку и привлечь к ответственности врача ", N(doc.any(r, "acc")), ".\n",
          D(ru_d(r, after(d1, r, 3, 10), "dot")), "   ", N(f"{p.ini()} {p.s()}"), "\n\n")
    d2 = after(d1, r, 14, 30)
    d.add("---\n", O(hosp), "\nИсх. № ", ID(f"{r.randint(100, 999)}/{r.randint(1, 9)}-ж"), " от ",
          D(ru_d(r, d2, "dot")), "\n", N(p.s("dat") + " " + p.ini()), "\n", A(ru_addr(r)), "\n\n",
          "Уважаем", "ая" if p.female else "ый", " ", N(p.fp()), "!\n",
          "Ваше обращение от ", D(ru_d(r, after(d1, r, 3, 10), "dot")), " рассмотрено. Проведена служебная проверка "
          "с участием заведующего хирургическим отделением ", N(RuPerson(r, female=False).staff(r, "gen")),
          ". Задержка была связана с поступлением 6 пациентов с ", "политравмой",
          ". Врачу ", N(doc.staff(r, "dat")), " объявлено замечание. Вы вправе обратиться в ",
          O(r.choice(["Департамент здравоохранения г. Москвы", "Министерство здравоохранения Республики Татарстан",
                      "Территориальный орган Росздравнадзора по г. Москве"])), " или на ",
          U(r.choice(["https://mosgorzdrav.ru/ru-RU/feedback", "https://minzdrav.tatarstan.ru", "roszdravnadzor.gov.ru"])),
          ".\nГлавный врач   ", N(chief.staff(r)), "\nИсп.: ", N(RuPerson(r).staff(r)), ", ",
          P(ru_phone(r, False) + r.choice(["", f" доб. {r.randint(100, 9999)}"])), "\n")
    return d


def ru_telemed(r: random.Random) -> Doc:
    """Протокол телемедицинской консультации с НМИЦ: request ID, IP of the workstation, e-mail."""
    d = Doc()
    p = RuPerson(r)
    d1 = rdate(r)
    nm = r.choice(RU_NMIC)
    d.add("ПРОТОКОЛ КОНСУЛЬТАЦИИ С ПРИМЕНЕНИЕМ ТЕЛЕМЕДИЦИНСКИХ ТЕХНОЛОГИЙ\n",
          "Консультирующая МО: ", O(nm), "\n",
          "Запрашивающая МО: ", O(org(r, RU_HOSP)), "\n",
          "Номер запроса в ФТМИС: ", ID(f"{d1.year}-{_digits(r, 7)}"), "   Формат: ", r.choice(["отложенная", "неотложная"]), "\n",
          "Дата и время: ", D(ru_d(r, d1, "dot")), " ", tm(r), " (МСК)\n",
          "Пациент: ", N(p.any(r)), ", дата рождения ", D(ru_d(r, rdate(r, 1950, 2015), "dot")),
          ", СНИЛС ", ID(snils(r)), "\n",
          "Лечащий врач: ", N(RuPerson(r).staff(r)), ", тел. ", P(ru_phone(r)), ", ", E(ru_email(r)), "\n",
          "Консультант: ", r.choice(["д.м.н., проф. ", "к.м.н. ", "врач-генетик ", "врач-кардиолог "]),
          N(RuPerson(r).staff(r)), "\n",
          "Вопрос: верификация диагноза, ", EP(r.choice(["болезнь Фабри", "болезнь Гоше", "болезнь Помпе",
                                                         "синдром Марфана", "синдром Элерса-Данло"])), "?\n",
          "Анамнез: симптомы с ", D(str(r.randint(2010, 2021))), gy(r), "; у матери — ",
          EP(r.choice(["синдром Марфана", "синдром Бругада", "болезнь Виллебранда"])),
          ". В ", D(f"{MON_PRE[r.randrange(12)]} {r.randint(2022, 2024)}"), " г. госпитализация в ",
          O(org(r, RU_HOSP)), ".\n",
          "Данные: ", r.choice(RU_LABS), ", ", r.choice(RU_LABS), ", ", r.choice(RU_LABS), ".\n",
          "Рекомендовано: молекулярно-генетическое исследование в ", O(r.choice(["ФГБНУ «МГНЦ»", "ООО «Геномед»",
                                                                                   "ФГБНУ «Медико-генетический научный центр им. академика Н.П. Бочкова»"])),
          "; повторная ТМК через 3 мес.\n",
          "Сеанс: ВКС, подключение с АРМ ", U(f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"),
          ", запись сохранена.\n")
    return d


def ru_mis(r: random.Random) -> Doc:
    """Выписка из МИС: '|' tables with patient header, encounter list and lab table (values are decoys)."""
    d = Doc()
    p = RuPerson(r)
    d.add("ЕМИАС / МИС «", r.choice(["Барс", "Ариадна", "qMS", "Инфоклиника"]), "» — выписка из медицинской карты\n",
          "Сформировано: ", D(ru_d(r, rdate(r), "dot")), " ", tm(r), " пользователем ", N(RuPerson(r).staff(r)),
          " (", U(f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"), ")\n",
          "|ФИО|", N(p.full().upper() if r.random() < 0.3 else p.full()), "|Д.р.|", D(ru_d(r, rdate(r, 1940, 2000), "dot")),
          "|Пол|", "Ж" if p.female else "М", "|\n",
          "|Полис ОМС|", ID(oms(r)), "|СМО|", O(r.choice(RU_INS)), "|\n",
          "|СНИЛС|", ID(snils(r)), "|Карта №|", ID(f"{r.choice(['', 'АК-', 'И'])}{r.randint(1000, 999999)}"), "|\n",
          "|Адрес|", A(ru_addr(r).replace("\n", " ")), "|\n",
          "|Телефон|", P(ru_phone(r)), "|\n\n",
          "|Дата|Подразделение|Врач|Диагноз|\n|---|---|---|---|\n")
    for _ in range(r.randint(2, 5)):
        dx = r.choice(RU_DX)
        d.add("|", D(ru_d(r, rdate(r), r.choice(["dot", "iso"]))), "|", r.choice(RU_DEPTS), "|",
              N(RuPerson(r).staff(r)), "|", dx[0], " ", dx[1], "|\n")
    d.add("\n|Показатель|Результат|Ед.|Референс|\n",
          "|Гемоглобин|", str(r.randint(95, 160)), "|г/л|120-160|\n",
          "|Креатинин|", str(r.randint(60, 180)), "|мкмоль/л|62-106|\n",
          "|Глюкоза|", f"{r.randint(4, 12)},{r.randint(0, 9)}", "|ммоль/л|3,9-6,1|\n",
          "|СОЭ (", EP("по Панченкову"), ")|", str(r.randint(2, 50)), "|мм/ч|2-15|\n",
          "Лаборатория: ", O(org(r, RU_LAB)), ", образец № ", ID(f"{r.randint(10, 99)}{_digits(r, 8)}"), "\n",
          "Примечание: ", EP(cap(r.choice(EP_RU_LAB[:4]))), " — назначен.\n")
    return d


def ru_diary(r: random.Random) -> Doc:
    """Дневник наблюдения в стационаре: dated entries, joint examinations, signatures."""
    d = Doc()
    p = RuPerson(r)
    t = rdate(r)
    d.add("ИБ № ", ID(f"{r.randint(100, 99999)}"), r.choice(["", f"/{t.year % 100}", "-С"]), "  ", N(p.any(r)), "  ",
          r.choice(RU_DEPTS), ", палата № ", str(r.randint(1, 40)), ", койка ", str(r.randint(1, 6)), "\n\n")
    for k in range(r.randint(3, 5)):
        d.add(D(ru_d(r, t, r.choice(["dot", "dot", "dot2", "nolead"]))), " ", tm(r), "\n")
        if k == 0:
            d.add("Осмотр совместно с зав. отделением ", N(RuPerson(r).staff(r, "ins")), ". ")
        d.add("Состояние ", r.choice(["средней тяжести", "стабильное", "с положительной динамикой"]),
              ". АД ", f"{r.randint(100, 170)}/{r.randint(60, 100)}", " мм рт. ст., ЧСС ", str(r.randint(55, 110)),
              ", SpO2 ", str(r.randint(90, 99)), "%, t ", f"36,{r.randint(4, 9)}", ". ")
        roll = r.randrange(4)
        if roll == 0:
            ep_ru_exam(r, d)
        elif roll == 1:
            d.add("Звонила дочь ", N(RuPerson(r, female=True, sur=p.sur).fp()), ", тел. ", P(ru_phone(r, True)),
                  ", информирована. ")
        elif roll == 2:
            d.add(EP(r.choice(["Катетер Фолея", "Аппарат Илизарова", "Повязка Дезо"])), " — без особенностей. ",
                  r.choice(RU_LABS), ". ")
        else:
            d.add("Консультирован неврологом ", N(RuPerson(r).staff(r, "ins")), ": ", EP("рефлекс Бабинского"),
                  " отрицательный. ")
        d.add("\n", r.choice(["Врач ", "Лечащий врач ", "Дежурный врач ", ""]), N(RuPerson(r).staff(r)), "\n\n")
        t = after(t, r, 1, 2)
    return d


def ru_consent(r: random.Random) -> Doc:
    """Информированное добровольное согласие: long 'Я, ... ' sentence with blanks filled in by hand."""
    d = Doc()
    p = RuPerson(r)
    born = rdate(r, 1940, 2004)
    d.add("Приложение № 2 к приказу\nИНФОРМИРОВАННОЕ ДОБРОВОЛЬНОЕ СОГЛАСИЕ НА МЕДИЦИНСКОЕ ВМЕШАТЕЛЬСТВО\n\n",
          "Я, ", N(p.full() if r.random() < 0.7 else p.full().lower()), ", ",
          D(ru_d(r, born, r.choice(["quote", "dot", "word"]))), gy(r), " рождения,\n",
          "зарегистрированн", "ая" if p.female else "ый", " по адресу: ", A(ru_addr(r)), ",\n")
    if r.random() < 0.4:
        kid = RuPerson(r, sur=p.sur)
        d.add("являясь законным представителем (мать/отец) ", N(kid.full("gen")), ", ",
              D(ru_d(r, rdate(r, 2010, 2022), "dot")), " г.р., ")
    d.add("даю информированное добровольное согласие на виды медицинских вмешательств, включённые в Перечень, "
          "для получения первичной медико-санитарной помощи в ", O(org(r, RU_HOSP + RU_POLY)), ".\n",
          "Медицинским работником ", N(RuPerson(r).staff(r, "ins")),
          " в доступной для меня форме мне разъяснены цели, методы оказания медицинской помощи, в том числе ",
          EP(r.choice(["пункция по Сельдингеру", "фундопликация по Ниссену", "операция Гартмана",
                       "катетер Фолея"])), ", связанный с ними риск.\n",
          "Сведения о выбранных мною лицах, которым может быть передана информация о состоянии моего здоровья:\n",
          N(RuPerson(r).full()), ", тел. ", P(ru_phone(r)), "\n",
          N(RuPerson(r).any(r)), r.choice([" — ", ", "]), P(ru_phone(r)), "\n",
          "Паспорт ", ID(" ".join(passport(r))), "   СНИЛС ", ID(snils(r)), "\n",
          "______ ", N(f"{p.s()} {p.ini()}"), "   ", D(ru_d(r, rdate(r), "dot")), "\n",
          "______ ", N(RuPerson(r).staff(r)), " (подпись медицинского работника)\n")
    return d


def ru_child(r: random.Random) -> Doc:
    """Детский выписной эпикриз: parents' data, school/kindergarten, Apgar and eponymous signs."""
    d = Doc()
    kid = RuPerson(r, kid=True)
    mom = RuPerson(r, female=True, sur=kid.sur)
    dad = RuPerson(r, female=False, sur=kid.sur)
    born = rdate(r, 2014, 2023)
    d1 = rdate(r, 2024, 2025)
    d.add(O(org(r, ["ГБУЗ «Морозовская ДГКБ ДЗМ»", "ГБУЗ «ДГКБ им. Н.Ф. Филатова ДЗМ»", "ГАУЗ «ДРКБ МЗ РТ»",
                    "ГБУЗ «ДГКБ № {n} ДЗМ»", "СПб ГБУЗ «ДГБ № {n} им. Н.Ф. Филатова»"])), "\n",
          r.choice(["педиатрическое отделение № 2", "отделение гастроэнтерологии", "инфекционный бокс № 4"]), "\n",
          "ВЫПИСНОЙ ЭПИКРИЗ из истории болезни № ", ID(f"{r.randint(1000, 99999)}"), "\n",
          "Ребёнок: ", N(kid.any(r)), ", дата рождения ", D(ru_d(r, born, "dot")), "\n",
          "Мать: ", N(mom.full()), ", ", D(str(r.randint(1980, 1998))), r.choice([" г.р.", "г.р.", " г. р.", " года рождения"]), ", место работы — ",
          O(org(r, RU_EMPL)), ", тел. ", P(ru_phone(r, True)), "\n",
          "Отец: ", N(dad.any(r)), ", тел. ", P(ru_phone(r, True)), "\n",
          "Посещает ", O(org(r, RU_SCHOOL)), "\n",
          "Адрес: ", A(ru_addr(r)), "\n",
          "Находился на лечении с ", D(ru_d(r, d1, "dot")), " по ", D(ru_d(r, after(d1, r, 4, 14), "dot")), "\n",
          "Анамнез жизни: ребёнок от 2-й беременности, роды в срок, ", EP("по шкале Апгар"), " 8/9 баллов, масса 3450 г. "
          "Привит по календарю. ", EP("Проба Манту"), " от ", D(f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}"),
          " — отрицательная.\n",
          "Анамнез заболевания: заболел остро, t 39,2. На 4-е сутки — сыпь, ",
          EP("пятна Бельского-Филатова-Коплика") if r.random() < 0.4 else "гиперемия зева",
          ". Эпидокружение: в классе случай ", r.choice(["кори", "ветряной оспы", "скарлатины"]), ".\n",
          "Обследование: ", r.choice(RU_LABS), ", ", r.choice(RU_LABS), ". ", EP(cap(r.choice(EP_RU_LAB[:2]))),
          " — без патологии. Менингеальные знаки: ", EP("симптом Кернига"), " отр., ",
          EP("симптом Брудзинского"), " отр.\n",
          "Диагноз: ", r.choice(["Корь, типичная форма, средней степени тяжести (B05.9)",
                                 "Острый гастроэнтерит (A08.4)", "Внебольничная пневмония (J18.0)"]), "\n",
          "Сопутствующий: ", EP(r.choice(["болезнь Кавасаки (в анамнезе)", "синдром Жильбера", "болезнь Пертеса"])),
          "\nЛечащий врач ", N(RuPerson(r).staff(r)), "   Зав. отделением ", N(RuPerson(r).staff(r)), "\n")
    return d


def ru_058(r: random.Random) -> Doc:
    """Экстренное извещение (058/у): infection, place of work/study, who reported, who received."""
    d = Doc()
    p = RuPerson(r)
    d1 = rdate(r)
    d.add("Учётная форма № 058/у\nЭКСТРЕННОЕ ИЗВЕЩЕНИЕ об инфекционном заболевании, пищевом, остром "
          "профессиональном отравлении, необычной реакции на прививку\n",
          "Наименование учреждения: ", O(r.choice(RU_CGE)), "\n",
          "1. Диагноз: ", r.choice(RU_PLACE_DX + ["сальмонеллёз", "коклюш", "корь", "иксодовый клещевой боррелиоз"]),
          "\n   подтверждён лабораторно: ", r.choice(["да", "нет"]), "\n",
          "2. Фамилия, имя, отчество: ", N(p.any(r)), "\n",
          "3. Пол ", "ж" if p.female else "м", "   4. Возраст (для детей до 14 лет — дата рождения): ")
    if r.random() < 0.4:
        d.add(D(ru_d(r, rdate(r, 2012, 2022), "dot")), "\n")
    else:
        d.add(str(r.randint(20, 70)), " лет\n")
    d.add("5. Адрес, населённый пункт: ", A(ru_addr(r)), "\n",
          "6. Наименование и адрес места работы (учёбы, детского учреждения): ", O(org(r, RU_EMPL + RU_SCHOOL)),
          ", ", A(ru_addr(r)), "\n",
          "7. Даты: заболевания ", D(ru_d(r, d1, "dot")), "; первичного обращения ", D(ru_d(r, after(d1, r, 1, 3), "dot")),
          "; установления диагноза ", D(ru_d(r, after(d1, r, 3, 5), "dot")), "\n",
          "8. Место госпитализации: ", O(org(r, RU_HOSP)), "\n",
          "9. Если отравление — где отравился, чем: —\n",
          "   Необычная реакция на прививку: ", *r.choice([("нет",), ("местная, по типу ", EP("феномена Артюса")),
                                                         ("экзантема, ", EP("пятна Бельского-Филатова-Коплика"), " — нет"),
                                                         (EP("отёк Квинке"), " не выявлен")]), "\n",
          "10. Проведённые первичные противоэпидемические мероприятия: присасывание клеща ",
          D(f"{after(d1, r, -14, -7).day:02d}.{after(d1, r, -14, -7).month:02d}"), " в лесном массиве, ",
          "ИФА IgM 1:400, анамнез: привит в ", D(str(r.randint(2015, 2021))), " г.\n",
          "11. Дата и час первичной сигнализации в ЦГиЭ: ", D(ru_d(r, after(d1, r, 3, 5), "dot")), " ", tm(r), "\n",
          "Фамилия сообщившего: ", N(RuPerson(r).staff(r)), ", тел. ", P(ru_phone(r, False)), "\n",
          "Кто принял сообщение: ", N(RuPerson(r).s()), r.choice(["", " (ЦГиЭ)"]), ", рег. № ", ID(str(r.randint(100, 999))), "\n",
          "Отправлено по эл. почте: ", E(ru_email(r)), "\n")
    return d


RU_DOCS = [ru_eln, ru_mse, ru_death, ru_086, ru_072, ru_vacc, ru_recipe, ru_dental, ru_vk, ru_complaint, ru_telemed,
           ru_mis, ru_diary, ru_consent, ru_child, ru_058]


# --------------------------------------------------------------------------- English-speaking people and places

EN_FIRST = {
    "au": ["Jack", "Olivia", "Liam", "Charlotte", "Thi Lan", "Minh", "Georgios", "Eleni", "Bronwyn", "Darren",
           "Kylie", "Shane", "Aisha", "Mohammed", "Jarrah", "Tahlia"],
    "ca": ["Étienne", "Geneviève", "Marc-André", "Chloé", "Harpreet", "Gurjit", "Connor", "Madison", "Wei", "Mei",
           "Tyler", "Nathalie", "Kateri", "Jean-François"],
    "nz": ["Aroha", "Wiremu", "Mere", "Tama", "Hemi", "Ngaire", "Sione", "Losana", "Ruby", "Hamish", "Isla",
           "Manaia", "Te Ariki", "Kiri"],
    "ie": ["Siobhán", "Niamh", "Aoife", "Seán", "Ciarán", "Pádraig", "Eoin", "Gráinne", "Declan", "Orla", "Cathal",
           "Róisín", "Dermot", "Bríd"],
    "in": ["Ramesh", "Priya", "Lakshmi", "Mohammed", "Sunita", "Gurpreet", "Anil", "Kavitha", "Venkatesh", "Fatima",
           "Rahul", "Deepa", "Srinivasan", "Meenakshi"],
    "us": ["James", "Maria", "DeShawn", "Keisha", "Jose", "Guadalupe", "Robert", "Linda", "Tyrone", "Ashley",
           "Dwayne", "Carmen", "Earl", "Brittany"],
}
EN_LAST = {
    "au": ["Nguyen", "Smith", "Papadopoulos", "Kowalski", "Tran", "Jones", "Williams", "Brown", "Kelly", "Wilson",
           "Murphy", "Graves", "Bell", "Le", "Pham", "Baker", "Smith-Nguyen", "Van der Berg"],
    "ca": ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Singh", "Sandhu", "Chen", "Li", "MacDonald", "Wilson",
           "Parkinson", "Cree", "Lavoie"],
    "nz": ["Ngata", "Parata", "Te Rangi", "Tuhiwai", "Fa'amausili", "Taufa", "Walker", "Thompson", "Murphy",
           "Henare", "Wells", "Baker", "Addison", "Ruatapu"],
    "ie": ["O'Sullivan", "Ó Briain", "Murphy", "Kelly", "Mac Giolla Phádraig", "Walsh", "Byrne", "Ryan",
           "O'Connor", "Doyle", "Foley", "Barrett", "Graves", "Ní Dhomhnaill"],
    "in": ["Kumar", "Venkataraman", "Narayanan", "Irfan", "Devi", "Kaur", "Sharma", "Reddy", "Iyer", "Shaikh",
           "Nair", "Pillai", "Banerjee", "Patel"],
    "us": ["Jackson", "Washington", "Rodriguez", "Hernandez", "Lee", "Johnson", "Miller", "Davis", "Garcia",
           "Parkinson", "Addison", "Down", "Foley", "Hodgkin"],
}


class EnPerson:
    """An English-language person whose name is written in the layouts of one country's records."""

    def __init__(self, r: random.Random, region: str, last: str | None = None):
        self.first = r.choice(EN_FIRST[region])
        self.last = last or r.choice(EN_LAST[region])
        self.mid = r.choice("ABCDEGJKLMPRST")

    def any(self, r: random.Random) -> str:
        return r.choice([
            f"{self.first} {self.last}", f"{self.first} {self.last}", f"{self.last.upper()}, {self.first}",
            f"{self.last}, {self.first}", f"{self.first} {self.mid}. {self.last}", f"{self.first[0]}. {self.last}",
            f"{self.last.upper()} {self.first.upper()}", f"{self.last}, {self.first} {self.mid}",
        ])

    def staff(self, r: random.Random) -> str:
        return r.choice([f"{self.first[0]}. {self.last}", self.last, f"{self.first} {self.last}",
                         f"{self.first[0]} {self.last}", f"{self.last}, {self.first[0]}."])


AU_ORG = ["Royal Melbourne Hospital", "Westmead Hospital", "St Vincent's Hospital Sydney", "Royal Adelaide Hospital",
          "Princess Alexandra Hospital", "Fiona Stanley Hospital", "Monash Medical Centre", "Alfred Health"]
CA_ORG = ["Toronto General Hospital", "Sunnybrook Health Sciences Centre", "Women's College Hospital",
          "The Ottawa Hospital", "CHUM", "Vancouver General Hospital", "St. Michael's Hospital",
          "Bridgepoint Family Health Team"]
NZ_ORG = ["Auckland City Hospital", "Middlemore Hospital", "Christchurch Hospital", "Wellington Regional Hospital",
          "Ponsonby Family Practice", "Te Whatu Ora Waitematā", "Mangere East Medical Centre"]
IE_ORG = ["Mater Misericordiae University Hospital", "Beaumont Hospital", "St James's Hospital",
          "Tallaght University Hospital", "Cork University Hospital", "University Hospital Galway",
          "Connolly Hospital Blanchardstown"]
IN_ORG = ["Apollo Hospitals", "Christian Medical College Vellore", "AIIMS New Delhi", "Manipal Hospital",
          "Fortis Hospital Mulund", "Narayana Health City", "Kokilaben Dhirubhai Ambani Hospital"]
US_ORG = ["VA Palo Alto Health Care System", "James A. Haley Veterans' Hospital", "Bay Pines VA Healthcare System",
          "Michael E. DeBakey VA Medical Center", "Mercy Medical Center", "Kaiser Permanente Oakland Medical Center"]
ORGS = {"au": AU_ORG, "ca": CA_ORG, "nz": NZ_ORG, "ie": IE_ORG, "in": IN_ORG, "us": US_ORG}
PHARM = {"au": ["Priceline Pharmacy Fitzroy", "Chemist Warehouse Parramatta"], "ca": ["Shoppers Drug Mart", "Rexall"],
         "nz": ["Unichem Ponsonby Pharmacy", "Life Pharmacy Sylvia Park"], "ie": ["McCabes Pharmacy", "Hickey's Pharmacy"],
         "in": ["MedPlus", "Apollo Pharmacy"], "us": ["Walgreens", "CVS Pharmacy"]}
EMPL = {"au": ["Woolworths Group", "Bunnings Warehouse"], "ca": ["Canada Post", "Hydro-Québec"],
        "nz": ["Fonterra", "Auckland Transport"], "ie": ["Dublin Bus", "Intel Ireland"],
        "in": ["Tata Consultancy Services", "Infosys"], "us": ["Amazon", "US Postal Service"]}
LABS = {"au": ["Laverty Pathology", "Melbourne Pathology"], "ca": ["LifeLabs", "Dynacare"], "nz": ["Awanui Labs", "LabTests"],
        "ie": ["Eurofins Biomnis Ireland"], "in": ["Thyrocare", "SRL Diagnostics"], "us": ["Quest Diagnostics", "LabCorp"]}
INSURERS = {"au": ["Medibank", "Bupa", "HCF"], "ca": ["Sun Life", "Manulife", "Green Shield Canada"],
            "nz": ["Southern Cross Health Insurance", "nib NZ"], "ie": ["VHI Healthcare", "Laya Healthcare", "Irish Life Health"],
            "in": ["Star Health and Allied Insurance", "ICICI Lombard"],
            "us": ["Blue Cross Blue Shield of Illinois", "Aetna", "UnitedHealthcare", "Humana"]}
CARE = {"au": ["Bolton Clarke Fairview Aged Care", "Sunrise Aged Care Kew"], "ca": ["Sienna Senior Living Woodbridge"],
        "nz": ["Ryman Healthcare Bob Owens Village"], "ie": ["Beneavin House Nursing Home"], "in": ["Dignity Foundation"],
        "us": ["Sunrise Senior Living of Palo Alto"]}


def en_addr(r: random.Random, region: str) -> str:
    n = r.randint(1, 240)
    if region == "au":
        return r.choice([
            f"Unit {r.randint(1, 20)}, {n} {r.choice(['Smith', 'Brunswick', 'Lygon', 'Church'])} Street, {r.choice(['Fitzroy VIC 3065', 'Carlton VIC 3053', 'Parramatta NSW 2150'])}",
            f"{r.randint(1, 30)}/{n} {r.choice(['Anzac Pde', 'Victoria Rd', 'Oxford St'])}, {r.choice(['Kensington NSW 2033', 'Leederville WA 6007'])}",
            f"{n} {r.choice(['Wattle', 'Banksia', 'Boronia'])} Cres\n{r.choice(['Toowoomba QLD 4350', 'Mildura VIC 3500'])}",
            f"Lot {r.randint(2, 90)} {r.choice(['Stuart Hwy', 'Gap Rd'])}, Alice Springs NT 0870"])
    if region == "ca":
        pc = f"{r.choice('MKLN')}{r.randint(1, 9)}{r.choice('ABCEGHJ')} {r.randint(1, 9)}{r.choice('ABCEGHJ')}{r.randint(1, 9)}"
        return r.choice([
            f"{r.randint(100, 2400)}-{n} {r.choice(['Bloor St W', 'Yonge St', 'Dundas St E'])}, Toronto, ON {pc}",
            f"{n} {r.choice(['rue Saint-Denis', 'boul. René-Lévesque O.', 'av. du Parc'])}, app. {r.randint(1, 30)}, Montréal (QC) H2X 1K4",
            f"{n} {r.choice(['Elm Ave', 'Main St'])}\nSudbury, Ontario {pc}"])
    if region == "nz":
        return r.choice([
            f"{n} {r.choice(['Ponsonby Road', 'Great North Road', 'Massey Road'])}, {r.choice(['Grey Lynn', 'Mangere East', 'Avondale'])}, Auckland {r.randint(1010, 2025)}",
            f"Flat {r.randint(1, 9)}, {n} {r.choice(['Riccarton Rd', 'Cuba St'])}, {r.choice(['Christchurch 8011', 'Te Aro, Wellington 6011'])}",
            f"RD {r.randint(1, 5)}, {n} {r.choice(['Kaipara Coast Hwy', 'State Highway 1'])}, Warkworth 0981"])
    if region == "ie":
        return r.choice([
            f"Apt {r.randint(1, 40)}, {n} {r.choice(['Clontarf Road', 'Phibsborough Road'])}, Dublin {r.randint(3, 9)}, D0{r.randint(3, 9)} {r.choice('KXYF')}{r.randint(2, 9)}{r.choice('YRTP')}{r.randint(1, 9)}",
            f"{n} {r.choice(['Ard na Gréine', 'Bóthar na Trá', 'Church View'])}, {r.choice(['Salthill, Co. Galway', 'Ballincollig, Co. Cork'])}",
            f"{r.choice(['Rose Cottage', 'Cnoc Bán'])},\n{r.choice(['Ballyhaunis', 'Dingle'])}, Co. {r.choice(['Mayo', 'Kerry'])} {r.choice(['F35', 'V92'])} {r.choice('KXYF')}{r.randint(2, 9)}{r.choice('YRTP')}{r.randint(1, 9)}"])
    if region == "in":
        return r.choice([
            f"Flat {r.randint(101, 904)}, {r.choice(['Sai Krupa Apartments', 'Prestige Shantiniketan'])}, {r.randint(1, 12)}th Cross, {r.choice(['Indiranagar', 'Jayanagar 4th Block'])}, Bengaluru 5600{r.randint(10, 99)}",
            f"No. {n}, {r.choice(['Gandhi Street', 'Anna Salai'])}, {r.choice(['T. Nagar', 'Mylapore'])}, Chennai - 6000{r.randint(10, 99)}",
            f"H.No. {r.randint(1, 20)}-{r.randint(1, 9)}-{n}, {r.choice(['Banjara Hills', 'Kukatpally'])}, Hyderabad, Telangana 5000{r.randint(10, 99)}"])
    return r.choice([
        f"{r.randint(100, 9999)} N {r.choice(['Main', 'Oak', 'Elm'])} St Apt {r.randint(1, 9)}{r.choice('ABC')}, {r.choice(['Dayton, OH 45402', 'Tampa, FL 33612', 'San Jose, CA 95128'])}",
        f"{r.randint(100, 9999)} {r.choice(['Bay Pines Blvd', 'Miramontes Ave'])}\n{r.choice(['St. Petersburg, FL 33708', 'Palo Alto, CA 94304'])}",
        f"PO Box {r.randint(100, 9999)}, {r.choice(['Gallup, NM 87301', 'Bethel, AK 99559'])}"])


def en_phone(r: random.Random, region: str) -> str:
    d = _digits
    if region == "au":
        return r.choice([f"(0{r.choice('2378')}) {d(r, 4)} {d(r, 4)}", f"04{d(r, 2)} {d(r, 3)} {d(r, 3)}",
                         f"+61 4{d(r, 2)} {d(r, 3)} {d(r, 3)}", f"0{r.choice('2378')} {d(r, 4)} {d(r, 4)}"])
    if region == "ca":
        ac = r.choice(["416", "647", "613", "514", "604"])
        return r.choice([f"({ac}) {d(r, 3)}-{d(r, 4)}", f"{ac}-{d(r, 3)}-{d(r, 4)} ext. {r.randint(100, 9999)}",
                         f"1-{ac}-{d(r, 3)}-{d(r, 4)}", f"{ac}.{d(r, 3)}.{d(r, 4)}"])
    if region == "nz":
        return r.choice([f"09 {d(r, 3)} {d(r, 4)}", f"021 {d(r, 3)} {d(r, 4)}", f"+64 21 {d(r, 3)} {d(r, 4)}",
                         f"(03) {d(r, 3)} {d(r, 4)}", f"027-{d(r, 3)}-{d(r, 4)}"])
    if region == "ie":
        return r.choice([f"(01) {d(r, 3)} {d(r, 4)}", f"08{r.choice('3567')} {d(r, 3)} {d(r, 4)}",
                         f"+353 8{r.choice('3567')} {d(r, 3)} {d(r, 4)}", f"091-{d(r, 6)}"])
    if region == "in":
        return r.choice([f"+91 9{d(r, 4)} {d(r, 5)}", f"080-{d(r, 4)} {d(r, 4)}", f"9{d(r, 9)}",
                         f"044 {d(r, 4)} {d(r, 4)}", f"+91-98{d(r, 8)}"])
    return r.choice([f"({r.choice(['650', '727', '813', '937'])}) {d(r, 3)}-{d(r, 4)}",
                     f"({r.choice(['650', '727'])}) {d(r, 3)}-{d(r, 4)} x{r.randint(1000, 99999)}",
                     f"{r.choice(['650', '813'])}-{d(r, 3)}-{d(r, 4)}", "1-800-827-1000", f"+1 937 {d(r, 3)} {d(r, 4)}"])


def _ascii(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def en_email(r: random.Random, p: EnPerson | None, region: str) -> str:
    dom = {"au": "health.vic.gov.au", "ca": "uhn.ca", "nz": "waitematadhb.govt.nz", "ie": "mater.ie",
           "in": "apollohospitals.com", "us": "va.gov"}[region]
    if p is None:
        return r.choice([f"referrals@{dom}", f"medicalrecords@{dom}", f"pharmacy.admin@{dom}"])
    last = _ascii(p.last.lower().replace("'", "").replace(" ", ""))
    first = _ascii(p.first.lower().replace(" ", "").replace("-", ""))
    return r.choice([f"{first}.{last}@{dom}", f"{first[0]}{last}{r.randint(1, 99)}@gmail.com",
                     f"{last}.{first}@outlook.com", f"{first}_{last}@yahoo.co.in"])


EP_EN = ["Crohn's disease", "Parkinson's disease", "Alzheimer's disease", "Hodgkin lymphoma", "Addison's disease",
         "Cushing's syndrome", "Graves' disease", "Hashimoto's thyroiditis", "Barrett's oesophagus",
         "Bell's palsy", "Guillain-Barré syndrome", "Down syndrome", "Marfan syndrome",
         "Wolff-Parkinson-White syndrome", "Brugada syndrome", "Kawasaki disease", "Sjögren's syndrome",
         "Raynaud's phenomenon", "Wilson's disease", "Gaucher disease", "Ehlers-Danlos syndrome", "Tourette syndrome",
         "Ménière's disease", "Dupuytren's contracture", "Baker's cyst", "Osgood-Schlatter disease",
         "Huntington's disease", "Hirschsprung disease", "Paget's disease of bone", "Bankart lesion"]
EP_EN_SIGN = ["Murphy's sign", "Babinski sign", "Romberg test", "Kernig's sign", "Homans' sign", "Rovsing's sign",
              "Trendelenburg test", "Lasègue sign", "Phalen's test", "Tinel's sign", "McMurray test"]
EP_EN_TOOL = ["Glasgow Coma Scale", "Apgar score", "Wells score", "Foley catheter", "Swan-Ganz catheter",
              "Gram stain", "Ziehl-Neelsen stain", "Epley manoeuvre", "Valsalva manoeuvre", "Kocher incision",
              "Whipple procedure", "Hartmann's procedure", "Nissen fundoplication", "Cockcroft-Gault",
              "Braden scale", "Waterlow score", "Seldinger technique", "Colles' fracture", "Kussmaul breathing",
              "Cheyne-Stokes respiration", "Virchow's node"]
EN_PLACE_DX = ["Ross River virus infection", "Murray Valley encephalitis", "Lyme disease", "West Nile virus",
               "Japanese encephalitis", "Kyasanur Forest disease", "Rocky Mountain spotted fever", "Q fever",
               "Hendra virus exposure"]
EN_LABS = ["Hb 118 g/L", "WCC 11.2 x10^9/L", "CRP 84 mg/L", "Na 131 mmol/L", "K 5.4 mmol/L", "Cr 142 umol/L",
           "eGFR 41 mL/min/1.73m2", "HbA1c 8.1%", "INR 2.6", "troponin T 48 ng/L", "lactate 2.1", "BNP 620 pg/mL",
           "TSH 0.02 mU/L", "ALT 67 U/L", "Plt 96", "ferritin 1240 ug/L", "A1c 9.4%", "BMP unremarkable"]
EN_DX = ["community-acquired pneumonia (J18.9)", "NSTEMI (I21.4)", "acute on chronic kidney injury (N17.9)",
         "exacerbation of COPD (J44.1)", "cellulitis left lower leg (L03.116)", "DKA (E10.10)",
         "ischaemic stroke (I63.9)", "fractured neck of femur (S72.00)", "sepsis of urinary source (A41.9)"]


def ep_en(r: random.Random, pool: list[str] | None = None) -> tuple[str, str]:
    return EP(r.choice(pool or EP_EN))


EN_NICK = {"Robert": "Bobby", "James": "Jimmy", "Linda": "Lindy", "Earl": "Junior", "Dermot": "Derry",
           "Pádraig": "Paddy", "Seán": "Shane", "Venkatesh": "Venky", "Srinivasan": "Cheenu", "Wiremu": "Wiri"}


def en_extra(r: random.Random, d: Doc, rg: str) -> None:
    """One or two hard free-text lines appended to any English record (addenda, social history)."""
    d.add("\n", r.choice(["Addendum: ", "ADDENDUM - ", "Social hx: ", "Note: "]))
    for k in r.sample(range(8), r.randint(1, 2)):
        if k == 0:
            first = r.choice(sorted(EN_NICK))
            d.add("prefers to be called \"", N(EN_NICK[first]), "\". ")
        elif k == 1:
            d.add("previously treated at ", O(r.choice(["Mayo Clinic", "Johns Hopkins Hospital", "Alfred Hospital",
                                                         "Peter MacCallum Cancer Centre", "Sloan Kettering"])),
                  "; appendicectomy in ", D(str(r.randint(1990, 2015))), ". ")
        elif k == 2:
            d.add("lives in ", r.choice(["Dubbo", "Rotorua", "Sligo", "Thunder Bay", "Mysuru", "Gallup"]),
                  "; ", r.choice(EN_PLACE_DX), " since ", D(f"{r.choice(['spring', 'autumn', 'winter', 'fall'])} {r.randint(2015, 2023)}"), ". ")
        elif k == 3:
            d.add("patient portal ", U(r.choice(["https://portal.example-health.org/msg?id=", "https://mychart.uhn.ca/appt/",
                                                  "https://patientsknowbest.com/r/"]) + _digits(r, 6)),
                  ", replies to <", E(en_email(r, EnPerson(r, rg), rg)), ">. ")
        elif k == 4:
            doc = EnPerson(r, rg, last=r.choice(["Down", "Parkinson", "Graves", "Wilson", "Addison", "Murphy"]))
            d.add("GP Dr ", N(doc.last), " aware; ", EP({"Down": "Down syndrome", "Parkinson": "Parkinson's disease",
                                                          "Graves": "Graves' disease", "Wilson": "Wilson's disease",
                                                          "Addison": "Addison's disease", "Murphy": "Murphy's sign"}[doc.last]),
                  " discussed. ")
        elif k == 5:
            d.add("lot ", f"{r.choice('ABKX')}{_digits(r, 5)}", ", exp ", f"{r.randint(1, 12):02d}/{r.randint(26, 29)}",
                  ", device S/N ", f"SN{_digits(r, 8)}", ", room ", str(r.randint(100, 450)), ", ext 4", _digits(r, 3), ". ")
        elif k == 6:
            d.add("seen ", D(en_d(r, rdate(r), rg)), " at ", tm(r), " by ", N(EnPerson(r, rg).any(r)),
                  r.choice([", RN", " (ANUM)", ", NP", ", FRACS"]), ". ")
        else:
            d.add(EP(r.choice(["Epley manoeuvre", "Valsalva manoeuvre", "Gram stain", "Wells score", "Apgar score",
                               "Braden scale", "Ziehl-Neelsen stain"])), " done; ", EP(r.choice(EP_EN_SIGN)), " equivocal. ")
    d.add("\n")


# --------------------------------------------------------------------------- English documents


def en_au_discharge(r: random.Random) -> Doc:
    """Australian discharge summary: Medicare number (with IRN), IHI, URN, GP and pharmacy."""
    d = Doc()
    rg = "au"
    p = EnPerson(r, rg)
    adm = rdate(r)
    dis = after(adm, r, 2, 12)
    med = medicare_au(r)
    mform = r.choice([f"{med[:4]} {med[4:9]} {med[9]}", med, f"{med[:4]} {med[4:9]} {med[9]}-{r.randint(1, 5)}"])
    d.add(O(r.choice(AU_ORG)), r.choice([" | Discharge Summary\n", "\nDISCHARGE SUMMARY\n"]),
          "Patient: ", N(p.any(r) if r.random() < 0.8 else f"{p.last.upper()},\n         {p.first}"),
          "   DOB: ", D(en_d(r, rdate(r, 1935, 1995), rg)), "   Sex: ", r.choice(["F", "M"]), "\n",
          "URN: ", ID(str(r.randint(1000000, 9999999))), "   Medicare: ", ID(mform))
    if " " in mform and "-" not in mform:
        d.add("  IRN ", str(r.randint(1, 5)))
    d.add("\nIHI: ", ID(ihi_au(r)), "\n")
    if r.random() < 0.3:
        d.add("DVA Gold Card: ", ID(f"{r.choice(['N', 'V', 'Q'])}X{r.randint(100000, 999999)}"), "\n")
    d.add("Address: ", A(en_addr(r, rg)), "\nPh: ", P(en_phone(r, rg)), "\n",
          "NOK: ", N(EnPerson(r, rg).any(r)), " (", r.choice(["daughter", "wife", "son", "partner"]), ") ",
          P(en_phone(r, rg)), "\n",
          "Admitted: ", D(en_d(r, adm, rg)), "  Discharged: ", D(en_d(r, dis, rg)), "  Unit: General Medicine, Ward 7 North\n",
          "Consultant: Dr ", N(EnPerson(r, rg).staff(r)), "   Author: ", N(EnPerson(r, rg).staff(r)), " (HMO)\n\n",
          "Principal diagnosis: ", r.choice(EN_DX), "\n",
          "Comorbidities: ", ep_en(r), ", T2DM, ", r.choice(EN_PLACE_DX), " (", D(str(r.randint(2005, 2022))), ")\n",
          "Course: ", r.choice(EN_LABS), ", ", r.choice(EN_LABS), ". ", EP(r.choice(EP_EN_SIGN)),
          " negative. ", EP(r.choice(["Waterlow score", "Braden scale"])), " 14. IDC (", EP("Foley catheter"),
          ") removed day 3.\n",
          "GP: Dr ", N(EnPerson(r, rg).staff(r)), ", ", O(r.choice(["Fitzroy Medical Centre", "Parramatta Family Practice",
                                                                     "Nganampa Health Council clinic"])),
          ", fax ", P(en_phone(r, rg)), "\n",
          "Dispensed by ", O(r.choice(PHARM[rg])), ". Webster pack arranged.\n",
          "Follow-up: outpatients ", D(en_d(r, after(dis, r, 10, 40), rg)), "; results via ", U("https://www.myhealthrecord.gov.au"), "\n")
    return d


def en_ca_clinic(r: random.Random) -> Doc:
    """Canadian clinic note (Ontario / Quebec health card with version code), ISO dates."""
    d = Doc()
    rg = "ca"
    p = EnPerson(r, rg)
    v = rdate(r)
    qc = r.random() < 0.35
    d.add(O(r.choice(CA_ORG)), " — ", r.choice(["Family Medicine Clinic", "Rheumatology Clinic", "Diabetes Education Centre"]),
          "\nVisit date: ", D(en_d(r, v, rg)), "\n",
          "Patient: ", N(p.any(r)), "   DOB", " / Date de naissance" if qc else "", ": ",
          D(en_d(r, rdate(r, 1940, 2000), rg)), "\n")
    if qc:
        ram = p.last.upper().replace("Ô", "O")[:3].ljust(3, "X") + p.first[0].upper() + _digits(r, 8)
        d.add("RAMQ: ", ID(r.choice([ram, f"{ram[:4]} {ram[4:8]} {ram[8:]}"])), "\n")
    else:
        d.add("OHIP #: ", ID(ohip(r)), "\n")
    d.add("MRN: ", ID(f"{r.choice(['', 'U', '00'])}{r.randint(100000, 9999999)}"), "\n",
          "Address: ", A(en_addr(r, rg)), "\nTel: ", P(en_phone(r, rg)), "  Email: ", E(en_email(r, p, rg)), "\n\n",
          "S: ", r.choice(["f/u", "follow-up of"]), " ", ep_en(r, ["Crohn's disease", "Graves' disease", "Hashimoto's thyroiditis",
                                                                  "Sjögren's syndrome", "Raynaud's phenomenon"]),
          ". Works at ", O(r.choice(EMPL[rg])), ". Partner ", N(EnPerson(r, rg).first), " attending.\n",
          "O: BP 138/84, HR 76, BMI 31.2. ", EP(r.choice(EP_EN_SIGN)), " neg. ", r.choice(EN_LABS), " (",
          O(r.choice(LABS[rg])), ", ", D(en_d(r, after(v, r, -20, -2), rg)), ").\n",
          "A/P: continue meds; ", r.choice(["refer to Dr ", "eConsult to Dr "]), N(EnPerson(r, rg).staff(r)),
          " via ", U(r.choice(["https://otn.ca/econsult", "www.ontariomd.ca", "https://ariane.ca/referral"])), ". RTC 3/12.\n",
          "Signed electronically: ", N(EnPerson(r, rg).staff(r)), ", MD CCFP, CPSO #", ID(str(r.randint(10000, 99999))), "\n")
    return d


def en_nz_referral(r: random.Random) -> Doc:
    """New Zealand GP referral: NHI, iwi, Māori and Pasifika names, Te Whatu Ora."""
    d = Doc()
    rg = "nz"
    p = EnPerson(r, rg)
    v = rdate(r)
    d.add("From: ", O(r.choice(["Ponsonby Family Practice", "Mangere East Medical Centre", "Ora Toa Medical Centre"])),
          "\nTo: ", O(r.choice(NZ_ORG[:4])), r.choice([" - General Surgery", " Cardiology Outpatients", " - Rheumatology"]),
          "\nDate: ", D(en_d(r, v, rg)), "\nRe: ", N(p.any(r)), "  NHI: ", ID(nhi_nz(r)), "\n",
          "DOB ", D(en_d(r, rdate(r, 1950, 2005), rg)), ", iwi: ", r.choice(["Ngāpuhi", "Ngāti Porou", "Tainui", "n/a (Tongan)"]),
          "\nAddress: ", A(en_addr(r, rg)), "\nMobile ", P(en_phone(r, rg)), "\n\n",
          "Kia ora ", N(EnPerson(r, rg).staff(r)), ",\n",
          "Thank you for seeing this ", str(r.randint(25, 70)), " y/o with RUQ pain. ", EP("Murphy's sign"), " positive, ",
          r.choice(EN_LABS), ". Hx: ", ep_en(r), ". Whānau: ", r.choice(["mother", "husband"]), " ",
          N(EnPerson(r, rg).any(r)), " is the main support, ph ", P(en_phone(r, rg)), ". ",
          "Works at ", O(r.choice(EMPL[rg])), ".\n",
          "Insurance: ", O(r.choice(INSURERS[rg])), ", member no. ", ID(f"{r.randint(1000000, 99999999)}"), "\n",
          "Ngā mihi,\nDr ", N(EnPerson(r, rg).staff(r)), " (GP)\n", E(en_email(r, None, rg)), "\n",
          "Sent via HealthLink ", U(r.choice(["https://www.healthlink.net", "192.168.10.44"])), "\n")
    return d


def en_ie_discharge(r: random.Random) -> Doc:
    """Irish discharge letter: MRN, PPSN, GMS medical card, Irish-language names and Eircodes."""
    d = Doc()
    rg = "ie"
    p = EnPerson(r, rg)
    adm = rdate(r)
    dis = after(adm, r, 2, 20)
    d.add(O(r.choice(IE_ORG)), "\n", A(r.choice(["Eccles Street, Dublin 7", "Beaumont Road, Dublin 9", "James's Street, Dublin 8"])),
          "\nDischarge Letter\n\nDr ", N(EnPerson(r, rg).staff(r)), "\n",
          O(r.choice(["Clontarf Family Practice", "Salthill Medical Centre", "Primary Care Centre Ballincollig"])), "\n\n",
          "RE: ", N(p.any(r)), "   MRN: ", ID(str(r.randint(100000, 9999999)).zfill(7)), "\n",
          "DOB: ", D(en_d(r, rdate(r, 1930, 1990), rg)), "   PPSN: ", ID(ppsn_ie(r)), "\n")
    if r.random() < 0.5:
        d.add("GMS No: ", ID(f"{r.randint(1000000, 9999999)}{r.choice('ABCDE')}"), "\n")
    if r.random() < 0.3:
        d.add("(Cross-border, H&C No: ", ID(nhs(r)), ")\n")
    d.add("Address: ", A(en_addr(r, rg)), "\n",
          "Admitted: ", D(en_d(r, adm, rg)), " via ED  Discharged: ", D(en_d(r, dis, rg)), "\n\n",
          "Dear Dr ", N(EnPerson(r, rg).last), ",\n",
          "I reviewed ", r.choice(["Mr ", "Ms ", "Mrs "]), N(p.last), " on St Brigid's ward. Diagnosis: ", r.choice(EN_DX),
          ". Background: ", ep_en(r), ", ", EP(r.choice(["Colles' fracture", "Barrett's oesophagus", "Paget's disease of bone"])),
          " (", D(str(r.randint(2005, 2020))), "). ", EP("Glasgow Coma Scale"), " 15/15 throughout. ",
          r.choice(EN_LABS), ".\n",
          "Private cover: ", O(r.choice(INSURERS[rg])), ", policy ", ID(f"{r.randint(10000000, 99999999)}"), ".\n",
          "Next of kin: ", N(EnPerson(r, rg).any(r)), " ", P(en_phone(r, rg)), "\n",
          "Yours sincerely,\n", N(EnPerson(r, rg).staff(r)), "\nSpecialist Registrar to Prof. ", N(EnPerson(r, rg).staff(r)), "\n",
          "Dictated ", D(en_d(r, dis, rg)), ", typed ", D(en_d(r, after(dis, r, 1, 5), rg)), "\n")
    return d


def en_in_discharge(r: random.Random) -> Doc:
    """Indian hospital discharge summary: UHID, IP No, Aadhaar, ABHA, 'S/o' / 'W/o' relations."""
    d = Doc()
    rg = "in"
    p = EnPerson(r, rg)
    rel = EnPerson(r, rg)
    adm = rdate(r)
    dis = after(adm, r, 2, 12)
    d.add(O(r.choice(IN_ORG)))
    if r.random() < 0.5:
        d.add(", ", A(r.choice(["21 Greams Lane, off Greams Road, Chennai 600006", "98 HAL Old Airport Rd, Bengaluru 560017"])))
    d.add("\nNABH Accredited | Reg. No. ", f"TN/{r.randint(100, 999)}/2019", "\nDISCHARGE SUMMARY\n",
          "Name: ", N(p.any(r).upper()), "   ", r.choice(["S/o", "W/o", "D/o", "C/o"]), " ", N(rel.any(r)), "\n",
          "Age/Sex: ", str(r.randint(20, 80)), "Y/", r.choice(["M", "F"]), "   UHID: ",
          ID(r.choice([f"MAA.{_digits(r, 7)}", f"APJ1.{_digits(r, 10)}", f"{r.randint(10, 99)}{_digits(r, 6)}{r.choice('ABCD')}"])),
          "\nIP No: ", ID(f"IP/{adm.year % 100}/{_digits(r, 6)}"), "   Bed: ", f"{r.choice(['ICU', 'W'])}-{r.randint(1, 40)}",
          "\nAadhaar: ", ID(aadhaar(r)), "\n")
    if r.random() < 0.6:
        d.add("ABHA No: ", ID(f"91-{_digits(r, 4)}-{_digits(r, 4)}-{_digits(r, 4)}"), "   ABHA address: ",
              ID(f"{p.first.lower()}{r.randint(1, 999)}@abdm"), "\n")
    d.add("Address: ", A(en_addr(r, rg)), "\nMobile: ", P(en_phone(r, rg)), "\n",
          "DOA: ", D(en_d(r, adm, rg)), "   DOD: ", D(en_d(r, dis, rg)), "\n",
          "Consultant: Dr. ", N(EnPerson(r, rg).staff(r)), ", MD, DM (Cardiology)\n\n",
          "Diagnosis: ", r.choice(EN_DX), "; ", r.choice(["Kyasanur Forest disease (suspected)", "dengue NS1 positive",
                                                          "scrub typhus"]), "\n",
          "H/o ", ep_en(r, ["Hodgkin lymphoma", "Addison's disease", "Wilson's disease", "Hirschsprung disease"]),
          " treated at ", O(r.choice(IN_ORG)), " in ", D(str(r.randint(2010, 2021))), ".\n",
          "Investigations: ", r.choice(EN_LABS), ", ", r.choice(EN_LABS), ", sputum ", EP("Ziehl-Neelsen stain"),
          " negative (", O(r.choice(LABS[rg])), ").\n",
          "Insurance: ", O(r.choice(INSURERS[rg])), " policy ", ID(f"P/{_digits(r, 6)}/01/{dis.year}/{_digits(r, 6)}"),
          ", TPA claim ", ID(f"CLM{_digits(r, 9)}"), "\n",
          "Emergency contact: ", N(rel.staff(r)), " ", P(en_phone(r, rg)), "\n",
          "Review in OPD after 1 week with Dr. ", N(EnPerson(r, rg).staff(r)), ". Book at ",
          U(r.choice(["www.apollo247.com", "https://www.manipalhospitals.com/appointment"])), "\n")
    return d


def en_va_note(r: random.Random) -> Doc:
    """US VA progress note: EDIPI, ICN, last-4 SSN, military date style, CPRS headers."""
    d = Doc()
    rg = "us"
    p = EnPerson(r, rg)
    v = rdate(r)
    l4 = _digits(r, 4)
    d.add("LOCAL TITLE: PRIMARY CARE NOTE\nSTANDARD TITLE: PRIMARY CARE OUTPATIENT NOTE\n",
          "DATE OF NOTE: ", D(en_d(r, v, rg)), "@", tm(r).replace(":", ""), "   ENTRY DATE: ", D(en_d(r, v, rg)), "\n",
          "AUTHOR: ", N(f"{EnPerson(r, rg).last.upper()},{EnPerson(r, rg).first.upper()}"), "   EXP COSIGNER: ",
          N(EnPerson(r, rg).any(r).upper()), "\n",
          "PATIENT: ", N(f"{p.last.upper()},{p.first.upper()} {p.mid}"), "   ",
          r.choice(["SSN: ", "SSN last 4: ", "L4: "]))
    if r.random() < 0.5:
        d.add(ID(f"***-**-{l4}"))
    else:
        d.add(ID(l4))
    if r.random() < 0.4:
        d.add("   (", ID(p.last[0].upper() + l4), ")")
    d.add("\n")
    d.add("EDIPI: ", ID(_digits(r, 10)), "   ICN: ", ID(f"10{_digits(r, 8)}V{_digits(r, 6)}"), "\n",
          "VA claim/C-file #: ", ID(f"C{_digits(r, 8)}" if r.random() < 0.5 else _digits(r, 9)), "\n",
          "DOB: ", D(en_d(r, rdate(r, 1940, 1985), rg)), "   Service: ", *r.choice([("USMC ", D("1968"), "-", D("1972")), ("ARMY, OIF ", D("2004"), "-", D("2005")),
                                   ("NAVY, Gulf War",)]), "\n",
          "FACILITY: ", O(r.choice(US_ORG)), "\n",
          "Address: ", A(en_addr(r, rg)), "   Phone: ", P(en_phone(r, rg)), "\n\n",
          "CC: f/u ", ep_en(r, ["Parkinson's disease", "Hodgkin lymphoma", "Addison's disease", "Ménière's disease"]),
          ", PTSD, Agent Orange exposure.\n",
          "Vet seen with caregiver (spouse) ", N(EnPerson(r, rg).first), ". Last seen by Dr ", N(EnPerson(r, rg).staff(r)),
          " on ", D(en_d(r, after(v, r, -120, -30), rg)), ".\n",
          "Exam: ", EP(r.choice(["Romberg test", "Babinski sign"])), " neg; ", r.choice(EN_LABS), "; ", r.choice(EN_LABS), ".\n",
          "Plan: RTC 3 mo. Community care consult to ", O(r.choice(["Mercy Medical Center", "Tampa General Hospital"])),
          ". MyHealtheVet: ", U("https://www.myhealth.va.gov"), ". Crisis line ", P("988"), " press 1.\n",
          "/es/ ", N(f"{EnPerson(r, rg).first.upper()} {EnPerson(r, rg).last.upper()}"), "\nNP-C\nSigned: ",
          D(en_d(r, v, rg)), "\n")
    return d


def en_sbar(r: random.Random) -> Doc:
    """SBAR nursing handover (AU/NZ/IE wards): short lines, first names, bed numbers as decoys."""
    d = Doc()
    rg = r.choice(["au", "nz", "ie", "ca"])
    p = EnPerson(r, rg)
    v = rdate(r)
    d.add("SBAR HANDOVER — ", r.choice(["Ward 4B", "CCU", "ED short stay", "Ortho ward"]), " bed ", str(r.randint(1, 32)),
          " — ", D(en_d(r, v, rg)), " ", tm(r), "\n",
          "From RN ", N(EnPerson(r, rg).first), " to RN ", N(EnPerson(r, rg).staff(r)), "\n",
          "S: ", N(p.any(r)), ", ", str(r.randint(60, 95)), "yo, UR ", ID(str(r.randint(100000, 9999999))),
          ", ", r.choice(["confused overnight", "NEWS 5", "new AF 140s", "fall at 0300"]), ".\n",
          "B: adm ", D(en_d(r, after(v, r, -6, -1), rg)), " with ", r.choice(EN_DX), ". PMHx ", ep_en(r),
          ", ", EP(r.choice(["Parkinson's disease", "Alzheimer's disease", "Down syndrome"])), ". From ",
          O(r.choice(CARE[rg])), ".\n",
          "A: ", EP("Glasgow Coma Scale"), " 13 (E3V4M6), BP 92/54, SpO2 91% 2L, ",
          r.choice(EN_LABS), ". ", EP(r.choice(["Foley catheter", "Swan-Ganz catheter"])), " in situ, UO 20 mL/h.\n",
          "R: r/v by reg Dr ", N(EnPerson(r, rg).staff(r)), " (bleep via switch). Family ",
          r.choice(["daughter", "son"]), " ", N(EnPerson(r, rg).first), " to be called on ", P(en_phone(r, rg)),
          " if deteriorates.\n")
    return d


def en_incident(r: random.Random) -> Doc:
    """Clinical incident report (Canada / Australia style e-form): witnesses, staff, reference numbers."""
    d = Doc()
    rg = r.choice(["ca", "au", "nz"])
    p = EnPerson(r, rg)
    v = rdate(r)
    d.add("CLINICAL INCIDENT REPORT  (", r.choice(["RL6", "Riskman", "Safety Learning System"]), ")\n",
          "Incident ID: ", ID(f"IR-{v.year}-{_digits(r, 5)}"), "   Severity: ", r.choice(["SAC 2", "Level 3", "moderate"]), "\n",
          "Facility: ", O(r.choice(ORGS[rg])), ", ", r.choice(["Emergency Department", "Ward 6 East", "Day Surgery"]), "\n",
          "Date/time of incident: ", D(en_d(r, v, rg)), " ", tm(r), "   Reported: ", D(en_d(r, after(v, r, 0, 2), rg)), "\n",
          "Person affected: ", N(p.any(r)), ", MRN ", ID(f"{r.choice(['', 'E', 'U'])}{r.randint(1000000, 9999999)}"), ", DOB ",
          D(en_d(r, rdate(r, 1940, 2000), rg)), "\n",
          "Description: pt found on floor beside bed at 0415. ",
          "Morse fall score 65. Haematoma R temple. ", EP("Glasgow Coma Scale"), " 14. Wrong dose of enoxaparin "
          "(80 mg instead of 40 mg, lot ", f"{r.choice('KLM')}{_digits(r, 5)}", ") given at 2200 by agency nurse ",
          N(EnPerson(r, rg).any(r)), ".\n",
          "Witness: ", N(EnPerson(r, rg).any(r)), " (", r.choice(["PCA", "visitor", "RN"]), "), contact ", P(en_phone(r, rg)), "\n",
          "Immediate action: CT head NAD; ", EP("Kussmaul breathing") if r.random() < 0.2 else "obs hourly",
          "; family (", N(EnPerson(r, rg).any(r)), ") informed by phone.\n",
          "Manager notified: ", N(EnPerson(r, rg).staff(r)), ", ", E(en_email(r, EnPerson(r, rg), rg)), "\n",
          "Open disclosure completed ", D(en_d(r, after(v, r, 1, 3), rg)), ".\n")
    return d


def en_death(r: random.Random) -> Doc:
    """Medical certificate of cause of death (AU/IE/US worksheet) with ICD codes and place-named diseases."""
    d = Doc()
    rg = r.choice(["au", "ie", "us", "nz"])
    p = EnPerson(r, rg)
    died = rdate(r)
    d.add("MEDICAL CERTIFICATE OF CAUSE OF DEATH\n",
          "Certificate no. ", ID(f"{r.choice(['MCCD', 'D', ''])}{died.year}{_digits(r, 6)}"), "\n",
          "Name of deceased: ", N(p.any(r).upper()), "\n",
          "Date of birth: ", D(en_d(r, rdate(r, 1925, 1970), rg)), "   Date of death: ", D(en_d(r, died, rg)),
          "   Time: ", tm(r), "\n",
          "Place of death: ", O(r.choice(ORGS[rg] + CARE[rg])), "\n",
          "Usual residence: ", A(en_addr(r, rg)), "\n")
    if rg == "us":
        d.add("Decedent's SSN: ", ID(f"{r.randint(100, 665)}-{r.randint(10, 99)}-{_digits(r, 4)}"), "\n")
    elif rg == "au":
        d.add("Medicare: ", ID(medicare_au(r)), "\n")
    elif rg == "nz":
        d.add("NHI: ", ID(nhi_nz(r)), "\n")
    else:
        d.add("PPSN: ", ID(ppsn_ie(r)), "\n")
    d.add("Cause of death\nI (a) ", r.choice(["Aspiration pneumonia", "Cardiogenic shock", "Septic shock"]), "   J69.0\n",
          "  (b) ", ep_en(r, ["Parkinson's disease", "Huntington's disease", "Alzheimer's disease", "Hodgkin lymphoma"]),
          "   interval 8 yrs\n",
          "  (c) ", r.choice(["—", "Murray Valley encephalitis", "Q fever endocarditis", "Lyme disease"]))
    if r.random() < 0.5:
        d.add(" (", D(str(r.randint(1990, 2015))), ")")
    d.add("\n",
          "II ", r.choice(["Type 2 diabetes", "COPD"]), ", ", ep_en(r, ["Paget's disease of bone", "Cushing's syndrome",
                                                                    "Graves' disease"]), "\n",
          "Reported to coroner: ", r.choice(["No", "Yes, ref. withheld"]), "\n",
          "Informant: ", N(EnPerson(r, rg).any(r)), ", ", r.choice(["son", "niece", "widow"]), ", ", P(en_phone(r, rg)), "\n",
          "Certified by: Dr ", N(EnPerson(r, rg).staff(r)), ", ", r.choice(["MBBS FRACP", "MB BCh BAO", "MD"]),
          "   ", *r.choice([("AHPRA ", ID("MED000" + _digits(r, 7))), ("IMC no. ", ID(_digits(r, 6))),
                             ("Lic. #", ID(f"{r.choice(['A', 'G', 'C'])}{_digits(r, 5)}"))]), "\n",
          "Date signed: ", D(en_d(r, after(died, r, 0, 2), rg)), "\n")
    return d


def en_prior_auth(r: random.Random) -> Doc:
    """Prior-authorisation letter to a US / Canadian insurer: member id, group number, NPI (not personal)."""
    d = Doc()
    rg = r.choice(["us", "us", "ca"])
    p = EnPerson(r, rg)
    v = rdate(r)
    doc = EnPerson(r, rg)
    d.add(O(r.choice(ORGS[rg])), "\n", A(en_addr(r, rg)), "\nPhone ", P(en_phone(r, rg)), "  Fax ", P(en_phone(r, rg)), "\n\n",
          D(en_d(r, v, rg)), "\n\n", O(r.choice(INSURERS[rg])), "\nPharmacy Prior Authorization Department\n",
          "Fax: ", P(en_phone(r, rg)), "\n\n",
          "RE: Request for prior authorization — ", r.choice(["adalimumab 40 mg", "dupilumab 300 mg", "semaglutide 1 mg",
                                                              "eliglustat 84 mg"]), "\n",
          "Patient: ", N(p.any(r)), "   DOB: ", D(en_d(r, rdate(r, 1950, 2005), rg)), "\n",
          "Member ID: ", ID(r.choice([f"{r.choice(['XOF', 'W', 'ZGP', 'H'])}{_digits(r, 9)}",
                                      f"{r.randint(1, 9)}{r.choice('ACDEFGHJK')}{r.choice('ACDEFGHJK0123')}{r.randint(0, 9)}-"
                                      f"{r.choice('ACDEFGHJK')}{r.choice('ACDEFGHJK')}{r.randint(0, 9)}-"
                                      f"{r.choice('ACDEFGHJK')}{r.choice('ACDEFGHJK')}{r.randint(10, 99)}"])),
          "   Group #: ", f"{r.randint(100000, 999999)}",
          "\nCase #: ", ID(f"PA-{_digits(r, 8)}"), "\n\n",
          "To whom it may concern,\nI am writing on behalf of my patient, ", N(f"{p.first} {p.last}"),
          ", who has ", ep_en(r, ["Crohn's disease", "Gaucher disease", "Behçet's disease", "Sjögren's syndrome"]),
          " diagnosed in ", D(f"{EN_MON[r.randrange(12)]} {r.randint(2015, 2022)}"),
          ". She/he has failed methotrexate (", D("2019"), "–", D("2021"), ") and ", r.choice(["infliximab", "azathioprine"]), ". ",
          r.choice(EN_LABS), "; CDAI 312. Stool ", EP("Gram stain"), " unremarkable.\n",
          "Please contact my office at ", P(en_phone(r, rg)), " or ", E(en_email(r, doc, rg)), ".\n\nSincerely,\n",
          N(f"{doc.first} {doc.mid}. {doc.last}"), ", MD\nNPI ", ID(f"1{_digits(r, 9)}"), "  DEA ", ID(f"B{r.choice('ABFM')}{_digits(r, 7)}"), "\n")
    return d


def en_medrec(r: random.Random) -> Doc:
    """Medication reconciliation list (NZ / AU / IN): table with doses, lots and prescriber names."""
    d = Doc()
    rg = r.choice(["nz", "au", "in", "ie"])
    p = EnPerson(r, rg)
    v = rdate(r)
    d.add("MEDICATION RECONCILIATION — admission\n",
          "Patient: ", N(p.any(r)), "  ", {"nz": "NHI ", "au": "URN ", "in": "UHID ", "ie": "MRN "}[rg],
          ID(nhi_nz(r) if rg == "nz" else str(r.randint(100000, 9999999))), "  DOB ", D(en_d(r, rdate(r, 1935, 1990), rg)), "\n",
          "Sources: patient, ", r.choice(["daughter ", "carer ", "wife "]), N(EnPerson(r, rg).first), ", ",
          O(r.choice(PHARM[rg])), " (", P(en_phone(r, rg)), "), GP list dated ", D(en_d(r, after(v, r, -60, -5), rg)), "\n",
          "Allergies: penicillin (rash), ", r.choice(["codeine", "NKDA"]), "\n\n",
          "| Medicine | Dose | Freq | Prescriber | Last taken | Action |\n")
    meds = [("apixaban", "5 mg"), ("metformin XR", "1000 mg"), ("levodopa/carbidopa", "100/25 mg"),
            ("atorvastatin", "40 mg"), ("levothyroxine", "75 mcg"), ("frusemide", "40 mg"), ("insulin glargine", "22 units"),
            ("prednisolone", "5 mg"), ("Webster-pak", "—")]
    for m, dose in r.sample(meds, r.randint(3, 6)):
        d.add("| ", m, " | ", dose, " | ", r.choice(["BD", "mane", "nocte", "TDS", "daily"]), " | Dr ",
              N(EnPerson(r, rg).staff(r)), " | ", D(en_d(r, after(v, r, -2, 0), rg)), " ", tm(r), " | ",
              r.choice(["continue", "withhold", "cease", "dose changed"]), " |\n")
    d.add("\nIndication notes: levodopa for ", EP("Parkinson's disease"), "; thyroxine post-op ",
          EP(r.choice(["Graves' disease", "Hashimoto's thyroiditis"])), ". ", r.choice(EN_LABS),
          ". CrCl (", EP("Cockcroft-Gault"), ") 38 mL/min.\n",
          "Reconciled by: ", N(EnPerson(r, rg).any(r)), ", clinical pharmacist, ", D(en_d(r, v, rg)), "\n",
          "Verified: Dr ", N(EnPerson(r, rg).staff(r)), "\n")
    return d


EN_DOCS = [en_au_discharge, en_ca_clinic, en_nz_referral, en_ie_discharge, en_in_discharge, en_va_note, en_sbar,
           en_incident, en_death, en_prior_auth, en_medrec]


# --------------------------------------------------------------------------- records


def _check(rec: dict) -> None:
    """The invariants every record must hold; raised here so a broken template never reaches a file."""
    text = rec["text"]
    spans = []
    for e in rec["entities"]:
        assert e["type"] in TYPES, e
        assert text[e["start"]:e["end"]] == e["text"], e
        assert e["text"] and e["text"] == e["text"].strip(), e
        spans.append((e["start"], e["end"]))
    spans.sort()
    for (_, e1), (s2, _) in zip(spans, spans[1:]):
        assert e1 <= s2, rec["id"]
    for ep in rec["eponyms"]:
        assert text[ep["start"]:ep["end"]] == ep["text"] and ep["text"].strip() == ep["text"], ep
        for s, e in spans:
            assert ep["end"] <= s or ep["start"] >= e, (rec["id"], ep)
    for e in rec["entities"]:
        if e["type"] == "DATE":
            assert ":" not in e["text"] and not e["text"].endswith(("г", "г.", "года")), e


ALL_DOCS = RU_DOCS + EN_DOCS  # 16 + 11: the Russian share is 16/27 = 0.59 in every full cycle


def _schedule(seed: int) -> list:
    """Document types in a per-seed shuffled cycle, so every type gets ~n/27 records whatever n is."""
    order = list(ALL_DOCS)
    random.Random(f"sealed-i-{seed}-order").shuffle(order)
    return order


def make(seed: int, i: int) -> dict:
    """Record i of the corpus for this seed, independent of n and of every other record."""
    r = random.Random(f"sealed-i-{seed}-{i}")
    fn = _schedule(seed)[i % len(ALL_DOCS)]
    lang = "ru" if fn in RU_DOCS else "en"
    d = fn(r)
    if r.random() < 0.45:
        if lang == "ru":
            ru_extra(r, d)
        else:
            rg = {"au": "au", "ca": "ca", "nz": "nz", "ie": "ie", "in": "in", "va": "us"}.get(fn.__name__[3:5])
            en_extra(r, d, rg or r.choice(sorted(ORGS)))
    rec = {"id": f"i-{seed}-{i}", "lang": lang, "doc_type": fn.__name__, "text": d.text(),
           "entities": d.ents, "eponyms": d.eps}
    _check(rec)
    return rec


def generate(n: int, seed: int) -> list[dict]:
    return [make(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", default="-")
    a = ap.parse_args(argv)
    lines = [json.dumps(rec, ensure_ascii=False) for rec in generate(a.n, a.seed)]
    if a.out == "-":
        sys.stdout.write("\n".join(lines) + "\n")
    else:
        with open(a.out, "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
