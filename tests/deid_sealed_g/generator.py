"""Sealed de-identification evaluation corpus G (Russian + English clinical documents).

Standard library only. Usage:
    python tests/deid_sealed_g/generator.py --n 400 --seed 0 --out g.jsonl
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys

TYPES = ("NAME", "DATE", "ADDRESS", "PHONE", "EMAIL", "ID", "URL", "ORG")


# ----------------------------------------------------------------------------- checksums
def snils_check(nine: str) -> str:
    s = sum(int(d) * w for d, w in zip(nine, range(9, 0, -1)))
    if s < 100:
        c = s
    elif s in (100, 101):
        c = 0
    else:
        c = s % 101
        if c == 100:
            c = 0
    return f"{c:02d}"


def snils_valid(snils: str) -> bool:
    d = "".join(ch for ch in snils if ch.isdigit())
    return len(d) == 11 and snils_check(d[:9]) == d[9:]


def _inn_digit(digits: str, weights: list[int]) -> str:
    return str(sum(int(a) * b for a, b in zip(digits, weights)) % 11 % 10)


def inn_valid(inn: str) -> bool:
    if not inn.isdigit():
        return False
    if len(inn) == 10:
        return _inn_digit(inn[:9], [2, 4, 10, 3, 5, 9, 4, 6, 8]) == inn[9]
    if len(inn) == 12:
        a = _inn_digit(inn[:10], [7, 2, 4, 10, 3, 5, 9, 4, 6, 8])
        b = _inn_digit(inn[:11], [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8])
        return inn[10:] == a + b
    return False


def nhs_valid(nhs: str) -> bool:
    d = "".join(ch for ch in nhs if ch.isdigit())
    if len(d) != 10:
        return False
    c = 11 - sum(int(x) * w for x, w in zip(d[:9], range(10, 1, -1))) % 11
    if c == 11:
        c = 0
    return c != 10 and c == int(d[9])


def luhn_digit(digits: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return str((10 - total % 10) % 10)


def gen_snils(r: random.Random) -> str:
    n = f"{r.randint(2000000, 999999999):09d}"
    c = snils_check(n)
    return r.choice([f"{n[:3]}-{n[3:6]}-{n[6:]} {c}", f"{n[:3]}-{n[3:6]}-{n[6:]}-{c}", n + c])


def gen_inn12(r: random.Random) -> str:
    d = f"{r.choice([77, 50, 78, 16, 66, 52, 23, 61, 74, 24]):02d}" + "".join(
        str(r.randint(0, 9)) for _ in range(8)
    )
    d += _inn_digit(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8])
    d += _inn_digit(d, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8])
    return d


def gen_inn10(r: random.Random) -> str:
    d = f"{r.choice([77, 50, 78, 16, 66]):02d}" + "".join(str(r.randint(0, 9)) for _ in range(7))
    return d + _inn_digit(d, [2, 4, 10, 3, 5, 9, 4, 6, 8])


def gen_oms(r: random.Random) -> str:
    d = "".join(str(r.randint(0, 9)) for _ in range(15))
    d += luhn_digit(d)
    return r.choice([d, f"{d[:4]} {d[4:8]} {d[8:12]} {d[12:]}"])


def gen_nhs(r: random.Random) -> str:
    while True:
        d = "".join(str(r.randint(0, 9)) for _ in range(9))
        if d[0] == "0":
            continue
        c = 11 - sum(int(x) * w for x, w in zip(d, range(10, 1, -1))) % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        full = d + str(c)
        return r.choice([f"{full[:3]} {full[3:6]} {full[6:]}", full, f"{full[:3]}-{full[3:6]}-{full[6:]}"])


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


def gen_passport_ru(r: random.Random) -> str:
    s = f"{r.randint(1, 99):02d}{r.randint(0, 24):02d}"
    n = digits(r, 6)
    return r.choice([f"{s[:2]} {s[2:]} {n}", f"{s} {n}", f"{s}{n}"])


# ----------------------------------------------------------------------------- builder
class Doc:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.entities: list[dict] = []
        self.eponyms: list[dict] = []

    def t(self, s: str) -> Doc:
        self.parts.append(s)
        self.pos += len(s)
        return self

    def e(self, s: str, typ: str) -> Doc:
        assert typ in TYPES, typ
        assert s and s == s.strip(), repr(s)
        self.entities.append({"start": self.pos, "end": self.pos + len(s), "type": typ, "text": s})
        return self.t(s)

    def end(self, s: str) -> Doc:
        """Append sentence punctuation, not doubling a dot that ends an abbreviation."""
        if s.startswith(".") and self.parts and self.parts[-1].endswith("."):
            s = s[1:]
        return self.t(s) if s else self

    def p(self, s: str) -> Doc:
        assert s and s == s.strip(), repr(s)
        self.eponyms.append({"start": self.pos, "end": self.pos + len(s), "text": s})
        return self.t(s)

    def finish(self) -> tuple[str, list[dict], list[dict]]:
        text = "".join(self.parts)
        ents = sorted(self.entities, key=lambda x: x["start"])
        for sp in ents + self.eponyms:
            assert text[sp["start"] : sp["end"]] == sp["text"]
            assert sp["text"] == sp["text"].strip() and sp["text"]
        for a, b in zip(ents, ents[1:]):
            assert a["end"] <= b["start"], (a, b)
        for ep in self.eponyms:
            for en in ents:
                assert ep["end"] < en["start"] or en["end"] < ep["start"], (ep, en)
        return text, ents, sorted(self.eponyms, key=lambda x: x["start"])


# ----------------------------------------------------------------------------- Russian names
CASES = ("nom", "gen", "dat", "acc", "ins", "pre")
RU_M_FIRST = [
    "Иван",
    "Алексей",
    "Дмитрий",
    "Сергей",
    "Андрей",
    "Михаил",
    "Николай",
    "Павел",
    "Олег",
    "Виктор",
    "Роман",
    "Тимур",
    "Рустам",
    "Артём",
    "Егор",
    "Никита",
    "Фёдор",
    "Георгий",
    "Ахмед",
    "Давид",
    "Арсен",
    "Игорь",
    "Юрий",
    "Владимир",
    "Лев",
    "Ринат",
    "Богдан",
    "Глеб",
]
RU_F_FIRST = [
    "Анна",
    "Мария",
    "Елена",
    "Ольга",
    "Наталья",
    "Татьяна",
    "Ирина",
    "Светлана",
    "Екатерина",
    "Юлия",
    "Гульнара",
    "Дарья",
    "Ксения",
    "Зарина",
    "Людмила",
    "Валентина",
    "Софья",
    "Алина",
    "Надежда",
    "Вера",
    "Роза",
    "Милана",
    "Ольга",
    "Лидия",
    "Камила",
]
RU_PATR = [
    ("Иванович", "Ивановна"),
    ("Алексеевич", "Алексеевна"),
    ("Дмитриевич", "Дмитриевна"),
    ("Сергеевич", "Сергеевна"),
    ("Андреевич", "Андреевна"),
    ("Михайлович", "Михайловна"),
    ("Николаевич", "Николаевна"),
    ("Павлович", "Павловна"),
    ("Олегович", "Олеговна"),
    ("Викторович", "Викторовна"),
    ("Петрович", "Петровна"),
    ("Юрьевич", "Юрьевна"),
    ("Владимирович", "Владимировна"),
    ("Геннадьевич", "Геннадьевна"),
    ("Рашидович", "Рашидовна"),
    ("Ильич", "Ильинична"),
    ("Тимурович", "Тимуровна"),
    ("Фёдорович", "Фёдоровна"),
]
RU_SUR = [
    ("Иванов", "ov"),
    ("Смирнов", "ov"),
    ("Кузнецов", "ov"),
    ("Соколов", "ov"),
    ("Лебедев", "ov"),
    ("Козлов", "ov"),
    ("Новиков", "ov"),
    ("Морозов", "ov"),
    ("Волков", "ov"),
    ("Алексеев", "ov"),
    ("Фёдоров", "ov"),
    ("Ахмедов", "ov"),
    ("Алиев", "ov"),
    ("Гусев", "ov"),
    ("Соловьёв", "ov"),
    ("Зайцев", "ov"),
    ("Баранов", "ov"),
    ("Голубев", "ov"),
    ("Орлов", "ov"),
    ("Белов", "ov"),
    ("Воронин", "ov"),
    ("Ильин", "ov"),
    ("Сорокин", "ov"),
    ("Галкин", "ov"),
    ("Хабибуллин", "ov"),
    ("Гарифуллин", "ov"),
    ("Курбанов", "ov"),
    ("Рахимов", "ov"),
    ("Чернов", "ov"),
    ("Добрынин", "ov"),
    ("Вишневск", "sky"),
    ("Ковальск", "sky"),
    ("Покровск", "sky"),
    ("Белецк", "sky"),
    ("Высоцк", "sky"),
    ("Шевченко", "ind"),
    ("Ткаченко", "ind"),
    ("Бондаренко", "ind"),
    ("Седых", "ind"),
    ("Черных", "ind"),
    ("Дурново", "ind"),
    ("Шмидт", "cons"),
    ("Абрамян", "cons"),
    ("Григорян", "cons"),
    ("Мороз", "cons"),
    ("Гайдук", "cons"),
    ("Ким", "cons"),
    ("Зима", "a"),
    ("Сорока", "a"),
    ("Головня", "ya"),
    ("Надежд", "skip"),
]
RU_SUR = [s for s in RU_SUR if s[1] != "skip"]
HUSH = set("гкхжшчщ")


def decl_a(stem_word: str, case: str) -> str:
    """Feminine-type noun in -а/-я (Анна, Никита, Зима, Наталья, Мария)."""
    if stem_word.endswith("ия"):
        b = stem_word[:-1]
        return {
            "nom": stem_word,
            "gen": b + "и",
            "dat": b + "и",
            "acc": b + "ю",
            "ins": b + "ей",
            "pre": b + "и",
        }[case]
    if stem_word.endswith("я"):
        b = stem_word[:-1]
        return {
            "nom": stem_word,
            "gen": b + "и",
            "dat": b + "е",
            "acc": b + "ю",
            "ins": b + "ей",
            "pre": b + "е",
        }[case]
    b = stem_word[:-1]
    last = b[-1]
    gen = b + ("и" if last in HUSH else "ы")
    ins = b + ("ей" if last in "жшчщц" else "ой")
    return {"nom": stem_word, "gen": gen, "dat": b + "е", "acc": b + "у", "ins": ins, "pre": b + "е"}[case]


def decl_m_first(n: str, case: str) -> str:
    if case == "nom":
        return n
    if n.endswith("а"):
        return decl_a(n, case)
    if n.endswith("ий"):
        b = n[:-1]
        return {"gen": b + "я", "dat": b + "ю", "acc": b + "я", "ins": b + "ем", "pre": b + "и"}[case]
    if n.endswith("й") or n.endswith("ь"):
        b = n[:-1]
        return {"gen": b + "я", "dat": b + "ю", "acc": b + "я", "ins": b + "ем", "pre": b + "е"}[case]
    if n == "Лев":
        n = "Льв"
    return {"gen": n + "а", "dat": n + "у", "acc": n + "а", "ins": n + "ом", "pre": n + "е"}[case]


def decl_patr(p: str, fem: bool, case: str) -> str:
    if case == "nom":
        return p
    if fem:
        return decl_a(p, case)
    return {"gen": p + "а", "dat": p + "у", "acc": p + "а", "ins": p + "ем", "pre": p + "е"}[case]


def decl_sur(s: str, kind: str, fem: bool, case: str) -> str:
    if kind == "ov":
        if not fem:
            return {
                "nom": s,
                "gen": s + "а",
                "dat": s + "у",
                "acc": s + "а",
                "ins": s + "ым",
                "pre": s + "е",
            }[case]
        return {
            "nom": s + "а",
            "gen": s + "ой",
            "dat": s + "ой",
            "acc": s + "у",
            "ins": s + "ой",
            "pre": s + "ой",
        }[case]
    if kind == "sky":
        if not fem:
            return {
                "nom": s + "ий",
                "gen": s + "ого",
                "dat": s + "ому",
                "acc": s + "ого",
                "ins": s + "им",
                "pre": s + "ом",
            }[case]
        return {
            "nom": s + "ая",
            "gen": s + "ой",
            "dat": s + "ой",
            "acc": s + "ую",
            "ins": s + "ой",
            "pre": s + "ой",
        }[case]
    if kind == "ind":
        return s
    if kind == "cons":
        if fem:
            return s
        return {"nom": s, "gen": s + "а", "dat": s + "у", "acc": s + "а", "ins": s + "ом", "pre": s + "е"}[
            case
        ]
    return decl_a(s, case)


class RuPerson:
    def __init__(self, r: random.Random, fem: bool | None = None) -> None:
        self.fem = r.random() < 0.5 if fem is None else fem
        self.first = r.choice(RU_F_FIRST if self.fem else RU_M_FIRST)
        self.patr = r.choice(RU_PATR)[1 if self.fem else 0]
        self.sur, self.kind = r.choice(RU_SUR)

    def full(self, case: str = "nom") -> str:
        return f"{self.sur_c(case)} {self.first_c(case)} {decl_patr(self.patr, self.fem, case)}"

    def first_c(self, case: str = "nom") -> str:
        if self.fem:
            return decl_a(self.first, case) if self.first[-1] in "ая" else self.first
        return decl_m_first(self.first, case)

    def sur_c(self, case: str = "nom") -> str:
        return decl_sur(self.sur, self.kind, self.fem, case)

    def fp(self, case: str = "nom") -> str:
        return f"{self.first_c(case)} {decl_patr(self.patr, self.fem, case)}"

    def initials(self, r: random.Random, case: str = "nom") -> str:
        i1, i2 = self.first[0], self.patr[0]
        sur = self.sur_c(case)
        return r.choice(
            [
                f"{sur} {i1}.{i2}.",
                f"{sur} {i1}. {i2}.",
                f"{i1}.{i2}. {sur}",
                f"{i1}. {i2}. {sur}",
                f"{sur} {i1}.{i2}",
            ]
        ).rstrip()

    def any(self, r: random.Random, case: str = "nom") -> str:
        x = r.random()
        if x < 0.45:
            return self.full(case)
        if x < 0.8:
            s = self.initials(r, case)
            return s[:-1] if s.endswith(".") and r.random() < 0.1 else s
        return self.fp(case)


# ----------------------------------------------------------------------------- English names
EN_FIRST_M = [
    "James",
    "Mohammed",
    "Rajesh",
    "Wei",
    "Oluwaseun",
    "Chidi",
    "Tomasz",
    "José",
    "Hiroshi",
    "Kwame",
    "Dmitri",
    "Mark",
    "Will",
    "Bill",
    "Frank",
    "Hunter",
    "Sean",
    "Declan",
    "Ahmed",
    "Arjun",
    "Liam",
    "Mateo",
    "Kofi",
    "Thomas",
    "Oliver",
    "Eamon",
    "Bogdan",
]
EN_FIRST_F = [
    "Olivia",
    "Aisha",
    "Priya",
    "Mei",
    "Siobhan",
    "Niamh",
    "Agnieszka",
    "María",
    "Yuki",
    "Fatima",
    "Ama",
    "Grace",
    "Hope",
    "Rose",
    "Joy",
    "May",
    "Summer",
    "Faith",
    "Ioana",
    "Chloe",
    "Zainab",
    "Ngozi",
    "Sophie",
    "Ewa",
    "Precious",
    "Hannah",
    "Amber",
]
EN_SUR = [
    "Smith",
    "Patel",
    "Khan",
    "O'Brien",
    "McAllister",
    "Nguyen",
    "Okafor",
    "Kowalski",
    "García-López",
    "van der Berg",
    "Chen",
    "Williams",
    "Brown",
    "Green",
    "Young",
    "Baker",
    "Cook",
    "Bishop",
    "Mason",
    "Long",
    "White",
    "Hughes",
    "Evans",
    "Davies",
    "Ahmed",
    "Singh",
    "Mensah",
    "Nakamura",
    "Rossi",
    "Dubois",
    "Fitzgerald",
    "Murphy",
    "Bell",
    "Graves",
    "Adeyemi",
    "Wiśniewska",
    "Oyelaran",
    "Campbell",
    "MacLeod",
    "Hussain",
    "Begum",
    "Thompson",
    "Stone",
    "Rivers",
    "Kaur",
    "Ivanova",
    "Petrov",
    "Delacroix",
    "Moss",
]


class EnPerson:
    def __init__(self, r: random.Random, fem: bool | None = None) -> None:
        self.fem = r.random() < 0.5 if fem is None else fem
        self.first = r.choice(EN_FIRST_F if self.fem else EN_FIRST_M)
        self.sur = r.choice(EN_SUR)
        self.mid = r.choice("ABCDEJKLMRST")

    def any(self, r: random.Random) -> str:
        x = r.random()
        if x < 0.35:
            return f"{self.first} {self.sur}"
        if x < 0.5:
            return f"{self.sur}, {self.first}"
        if x < 0.6:
            return f"{self.first[0]}. {self.sur}"
        if x < 0.7:
            return f"{self.first} {self.mid}. {self.sur}"
        if x < 0.8:
            return f"{self.sur.upper()}, {self.first}"
        if x < 0.9:
            return (
                f"{self.first[0]}{self.mid} {self.sur}" if r.random() < 0.5 else f"{self.sur} {self.first[0]}"
            )
        return f"{self.first} {self.sur}".upper()

    def title(self, r: random.Random) -> str:
        return r.choice(["Ms", "Mrs", "Miss"] if self.fem else ["Mr", "Mr."])


# ----------------------------------------------------------------------------- dates
RU_MON_GEN = [
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
RU_MON_PRE = [
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
EN_MON = [
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


def rdate(r: random.Random, y0: int = 2019, y1: int = 2025) -> dt.date:
    return dt.date(y0, 1, 1) + dt.timedelta(days=r.randint(0, (dt.date(y1, 12, 31) - dt.date(y0, 1, 1)).days))


def ru_date(r: random.Random, d: dt.date) -> str:
    return r.choice(
        [
            f"{d:%d.%m.%Y}",
            f"{d:%d.%m.%Y}",
            f"{d:%d.%m.%Y}",
            f"{d:%d.%m.%y}",
            f"{d.day} {RU_MON_GEN[d.month - 1]} {d.year}",
            f"{d:%d} {RU_MON_GEN[d.month - 1]} {d.year}",
            f"{d:%Y-%m-%d}",
            f"{d:%d/%m/%Y}",
            f"{d.day}.{d.month}.{d.year}",
        ]
    )


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def en_date(r: random.Random, d: dt.date, us: bool = False) -> str:
    if us:
        return r.choice(
            [
                f"{d.month}/{d.day}/{d.year}",
                f"{d:%m/%d/%Y}",
                f"{EN_MON[d.month - 1]} {d.day}, {d.year}",
                f"{d:%Y-%m-%d}",
                f"{EN_MON[d.month - 1][:3]} {d.day}, {d.year}",
            ]
        )
    return r.choice(
        [
            f"{d:%d/%m/%Y}",
            f"{d.day}/{d.month}/{d:%y}",
            f"{ordinal(d.day)} {EN_MON[d.month - 1]} {d.year}",
            f"{d.day} {EN_MON[d.month - 1]} {d.year}",
            f"{d.day} {EN_MON[d.month - 1][:3]} {d.year}",
            f"{d:%d-%b-%Y}",
            f"{d:%Y-%m-%d}",
            f"{d:%d.%m.%Y}",
            f"{EN_MON[d.month - 1]} {d.day}, {d.year}",
        ]
    )


# ----------------------------------------------------------------------------- phones, mails, urls
def ru_phone(r: random.Random, mobile: bool | None = None) -> str:
    mob = r.random() < 0.7 if mobile is None else mobile
    code = (
        r.choice(["912", "916", "903", "925", "951", "964", "977", "999", "929"])
        if mob
        else r.choice(["495", "499", "812", "843", "343", "383", "4722", "8442"])
    )
    rest = digits(r, 10 - len(code))
    a, b, c = rest[:-4], rest[-4:-2], rest[-2:]
    return r.choice(
        [
            f"+7 ({code}) {a}-{b}-{c}",
            f"8 ({code}) {a}-{b}-{c}",
            f"8-{code}-{a}-{b}-{c}",
            f"+7{code}{rest}",
            f"8{code}{rest}",
            f"8 {code} {a} {b} {c}",
            f"+7 {code} {a}-{b}-{c}",
            f"({code}) {a}-{b}-{c}",
            f"8({code}){a}{b}{c}",
        ]
    )


def uk_phone(r: random.Random) -> str:
    x = r.random()
    if x < 0.35:
        n = f"07{r.randint(100, 999)} {r.randint(100000, 999999)}"
        return n if r.random() < 0.6 else "+44 " + n[1:]
    if x < 0.7:
        n = f"{r.randint(1000, 9999)} {r.randint(1000, 9999)}"
        return r.choice([f"020 {n}", f"(020) {n}", f"+44 (0)20 {n}"])
    return f"0{r.choice(['161', '113', '141', '131', '117', '121'])} {r.randint(200, 999)} {r.randint(1000, 9999)}"


def us_phone(r: random.Random) -> str:
    a, b, c = r.randint(201, 989), r.randint(200, 999), r.randint(1000, 9999)
    return r.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"+1 {a} {b} {c}", f"{a}.{b}.{c}", f"1-{a}-{b}-{c}"])


RU_TRANSLIT = {
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
    "ы": "y",
    "ь": "",
    "ъ": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
}


def translit(s: str) -> str:
    return "".join(RU_TRANSLIT.get(ch, ch) for ch in s.lower())


def email_for(r: random.Random, first: str, sur: str, ru: bool) -> str:
    f, s = (translit(first), translit(sur)) if ru else (first.lower(), sur.lower())
    s = "".join(ch for ch in s if ch.isalpha() and ch.isascii()) or "user"
    f = "".join(ch for ch in f if ch.isalpha() and ch.isascii()) or "x"
    dom = r.choice(
        ["mail.ru", "yandex.ru", "gmail.com", "bk.ru", "list.ru", "rambler.ru"]
        if ru
        else ["gmail.com", "outlook.com", "nhs.net", "yahoo.co.uk", "hotmail.com", "icloud.com"]
    )
    return r.choice([f"{f}.{s}@{dom}", f"{s}{r.randint(1, 99)}@{dom}", f"{f[0]}{s}@{dom}", f"{s}_{f}@{dom}"])


# ----------------------------------------------------------------------------- addresses
RU_CITIES = [
    ("Москва", "1"),
    ("Санкт-Петербург", "19"),
    ("Казань", "420"),
    ("Екатеринбург", "620"),
    ("Новосибирск", "630"),
    ("Нижний Новгород", "603"),
    ("Тверь", "170"),
    ("Самара", "443"),
]
RU_STREETS = [
    "ул. Ленина",
    "ул. Садовая",
    "пр-т Мира",
    "ул. Пушкина",
    "ул. Баумана",
    "Ленинский пр-т",
    "ул. Академика Королёва",
    "ул. Маршала Жукова",
    "пер. Кривоколенный",
    "ш. Энтузиастов",
    "ул. Гагарина",
    "бульвар Рокоссовского",
    "ул. 8 Марта",
    "наб. реки Фонтанки",
    "ул. Строителей",
    "мкр. Северный",
    "ул. Николая Островского",
]
RU_REGIONS = [
    "Московская обл.",
    "Тверская область",
    "Респ. Татарстан",
    "Ленинградская обл.",
    "Свердловская обл.",
]
RU_TOWNS = ["г. Подольск", "г. Химки", "пос. Рощино", "с. Каменка", "д. Новосёлки", "г. Торжок"]


def ru_address(r: random.Random, city: tuple[str, str] | None = None) -> str:
    city = city or r.choice(RU_CITIES)
    idx = city[1] + "".join(str(r.randint(0, 9)) for _ in range(6 - len(city[1])))
    st = r.choice(RU_STREETS)
    house = str(r.randint(1, 140)) + r.choice(["", "", "", "А", "/2", " корп. 2", " стр. 1", " к. 3"])
    flat = str(r.randint(1, 320))
    x = r.random()
    if x < 0.3:
        return f"{idx}, г. {city[0]}, {st}, д. {house}, кв. {flat}"
    if x < 0.5:
        return f"{r.choice(RU_REGIONS)}, {r.choice(RU_TOWNS)}, {st}, д. {r.randint(1, 60)}, кв. {flat}"
    if x < 0.7:
        return f"{st}, д. {house}, кв. {flat}"
    if x < 0.85:
        return f"{st}, {r.randint(1, 99)}-{r.randint(1, 200)}"
    return f"{idx}, {r.choice(RU_REGIONS)}, {r.choice(RU_TOWNS)}, {st}, {r.randint(1, 60)}"


UK_STREETS = [
    "Lyndhurst Road",
    "Church Lane",
    "Victoria Street",
    "Oakfield Avenue",
    "Mill Lane",
    "Kings Drive",
    "Station Road",
    "Jubilee Close",
    "St Margaret's Road",
    "Albert Terrace",
    "Harrow Way",
]
UK_TOWNS = [
    ("Manchester", "M14 6QT"),
    ("Leeds", "LS6 2AB"),
    ("Bristol", "BS7 8NP"),
    ("Glasgow", "G12 8QQ"),
    ("Birmingham", "B15 2TH"),
    ("London", "SE5 9RS"),
    ("Cardiff", "CF14 4XW"),
    ("Leicester", "LE2 7LX"),
]
US_PLACES = [
    ("Worcester, MA", "01609"),
    ("Columbus, OH", "43210"),
    ("Austin, TX", "78705"),
    ("Seattle, WA", "98122"),
]


def uk_address(r: random.Random) -> str:
    town, pc = r.choice(UK_TOWNS)
    no, st = r.randint(1, 240), r.choice(UK_STREETS)
    return r.choice(
        [
            f"{no} {st}, {town} {pc}",
            f"Flat {r.randint(1, 40)}, {no} {st}, {town}, {pc}",
            f"{no} {st}, {town}, {pc}",
            f"{no}{r.choice('AB')} {st}, {town} {pc}",
        ]
    )


def us_address(r: random.Random) -> str:
    place, z = r.choice(US_PLACES)
    st = r.choice(
        ["Maple Avenue", "Elm Street", "Lakeview Drive", "Martin Luther King Jr Blvd", "Oak Street"]
    )
    return r.choice(
        [
            f"{r.randint(10, 9999)} {st}, Apt {r.randint(1, 20)}{r.choice('ABC')}, {place} {z}",
            f"{r.randint(10, 9999)} {st}, {place} {z}",
        ]
    )


# ----------------------------------------------------------------------------- organisations
def ru_hospital(r: random.Random) -> str:
    n = r.randint(1, 80)
    return r.choice(
        [
            f"ГБУЗ «Городская клиническая больница № {n}»",
            f"ГБУЗ ГКБ № {n} ДЗМ",
            "ГБУЗ «ГКБ им. С.П. Боткина ДЗМ»",
            "ГАУЗ «Республиканская клиническая больница»",
            "ФГБУ «НМИЦ онкологии им. Н.Н. Блохина»",
            "ГБУЗ «Областная детская больница»",
            "ООО «Клиника Здоровье-Плюс»",
            f"ГБУЗ «Городская поликлиника № {n}»",
            f"ГБУЗ «Психиатрическая больница № {r.randint(1, 15)}»",
            f"ГБУЗ «Родильный дом № {r.randint(1, 30)}»",
            f"СПб ГБУЗ «Городская больница № {n}»",
            "ООО «Медцентр «Авиценна»",
            "ЧУЗ «КБ «РЖД-Медицина»",
            "ГБУЗ МО «Подольская областная клиническая больница»",
        ]
    )


def ru_insurer(r: random.Random) -> str:
    return r.choice(
        [
            "АО «Страховая компания «Медполис-Центр»",
            "ООО «СМК «Надёжный полис»",
            "ООО «РЕСО-Мед»",
            "АО «МАКС-М»",
            "ООО «Капитал МС»",
            "САО «Защита-Здоровье»",
        ]
    )


def ru_employer(r: random.Random) -> str:
    return r.choice(
        [
            "ООО «ТрансЛогистик»",
            "ПАО «Северный металлургический комбинат»",
            "АО «Теплосеть»",
            "МБОУ «СОШ № 17»",
            "МБДОУ «Детский сад № 214»",
            "ООО «Аптека Здравица»",
            "ИП Гусев А.В.",
            "ГБОУ «Школа № 1534»",
            "ООО «Пекарня Колосок»",
            "МУП «Горэлектротранс»",
            "ГБСУ СО «Пансионат для пожилых «Тёплый дом»",
            "ФГАОУ ВО «Казанский федеральный университет»",
        ]
    )


def en_hospital(r: random.Random) -> str:
    return r.choice(
        [
            "Royal Northern Infirmary",
            "St Mary's Hospital",
            "Queen Elizabeth University Hospital",
            "Riverside Medical Practice",
            "Oakwood Surgery",
            "Northfield General Hospital",
            "Manchester University NHS Foundation Trust",
            "Leeds Teaching Hospitals NHS Trust",
            "Harbourview Medical Center",
            "Mercy General Hospital",
            "The Priory Clinic Kensal",
            "Kingsway Pharmacy",
            "Greenacres Care Home",
            "Brookfield Community Hospital",
        ]
    )


def en_employer(r: random.Random) -> str:
    return r.choice(
        [
            "Pellham Logistics Ltd",
            "Northgate Primary School",
            "Hartley & Sons Builders",
            "Sunnyside Nursery",
            "Crestline Foods plc",
            "Ashford Academy",
            "City Parcel Couriers Ltd",
            "Tesco Extra Salford",
            "Westbrook University",
        ]
    )


def en_insurer(r: random.Random) -> str:
    return r.choice(
        [
            "Harbourline Health Insurance",
            "Bupa",
            "AXA Health",
            "Vitality Health",
            "Blue Shield of Ohio",
            "Aetna",
        ]
    )


# ----------------------------------------------------------------------------- eponyms
RU_EPO = [
    "болезнь Паркинсона",
    "синдром Дауна",
    "симптом Щёткина–Блюмберга",
    "шкале Глазго",
    "шкале Апгар",
    "операция Гартмана",
    "симптом Пастернацкого",
    "тиреоидит Хашимото",
    "болезнь Крона",
    "проба Реберга",
    "окраска по Граму",
    "синдром Иценко–Кушинга",
    "зажим Кохера",
    "симптом Ортнера",
    "симптом Кернига",
    "рефлекс Бабинского",
    "пищевод Барретта",
    "болезнь Альцгеймера",
    "пробе Ромберга",
    "шкале Рэнкина",
    "индекс Карновского",
    "индекс Бартел",
    "тетрада Фалло",
    "аппарат Илизарова",
    "резекция по Бильрот-II",
    "симптом Мерфи",
    "симптом Ровзинга",
    "доступ по Пфанненштилю",
    "приёмы Леопольда",
    "лимфома Ходжкина",
    "саркома Юинга",
    "опухоль Вильмса",
    "шкале Бишопа",
    "проба Зимницкого",
    "анализ мочи по Нечипоренко",
    "шкала Гамильтона",
    "синдром Жильбера",
    "синдром Марфана",
    "катетер Фолея",
    "зонд Блэкмора",
    "дренирование по Бюлау",
    "по Сельдингеру",
    "герниопластика по Лихтенштейну",
    "шкале Морсе",
    "шкале Брейден",
    "болезнь Бехтерева",
    "контрактура Дюпюитрена",
    "феномен Рейно",
    "синдром Шёгрена",
    "энцефалопатия Вернике",
    "пятна Филатова–Коплика",
    "стадия по Таннеру",
    "болезнь Кавасаки",
    "манёвр Вальсальвы",
    "положение Тренделенбурга",
    "сумма баллов по Глисону",
    "шкала CHA2DS2-VASc",
    "классификация Чайлд–Пью",
    "маневр Эпли",
    "проба Дикса–Холлпайка",
    "симптом Тинеля",
    "сосудистый зажим Сатинского",
]
EN_EPO = [
    "Parkinson's disease",
    "Crohn's disease",
    "Glasgow Coma Scale",
    "Hodgkin lymphoma",
    "Bell's palsy",
    "Murphy's sign",
    "Apgar scores",
    "Cushing's syndrome",
    "Hashimoto's thyroiditis",
    "Addison's disease",
    "Down syndrome",
    "Foley catheter",
    "Hartmann's procedure",
    "Whipple procedure",
    "Barrett's oesophagus",
    "Alzheimer's disease",
    "Guillain-Barré syndrome",
    "Graves' disease",
    "Kernig's sign",
    "Babinski sign",
    "Romberg's test",
    "Glasgow-Blatchford score",
    "Wells score",
    "Bishop score",
    "Barthel Index",
    "modified Rankin Scale",
    "Braden score",
    "Waterlow score",
    "Lachman test",
    "McMurray's test",
    "Colles' fracture",
    "Weber B fracture",
    "Dupuytren's contracture",
    "Raynaud's phenomenon",
    "Sjögren's syndrome",
    "Wernicke's encephalopathy",
    "Tanner stage 2",
    "Kawasaki disease",
    "Wilms tumour",
    "Ewing sarcoma",
    "Gram stain",
    "Ziehl-Neelsen stain",
    "Pfannenstiel incision",
    "Lichtenstein repair",
    "Seldinger technique",
    "Beck Depression Inventory",
    "Hamilton Anxiety Rating Scale",
    "Karnofsky performance status",
    "Gleason score",
    "Breslow thickness",
    "Child-Pugh class B",
    "Ranson criteria",
    "Duke criteria",
    "Valsalva manoeuvre",
    "Trendelenburg position",
    "Mallampati class II",
    "Epley manoeuvre",
    "Dix-Hallpike test",
    "Tinel's sign",
    "Phalen's test",
    "Rovsing's sign",
    "Leopold's manoeuvres",
    "Fallot's tetralogy",
    "Ilizarov frame",
    "Kocher incision",
]

RU_EPO_NOM = [
    "болезнь Паркинсона",
    "тиреоидит Хашимото",
    "синдром Жильбера",
    "болезнь Бехтерева",
    "феномен Рейно",
    "болезнь Крона",
    "синдром Шёгрена",
    "контрактура Дюпюитрена",
    "энцефалопатия Вернике",
    "синдром Дауна",
    "болезнь Альцгеймера",
    "пищевод Барретта",
    "тетрада Фалло",
    "синдром Марфана",
    "болезнь Иценко–Кушинга",
    "болезнь Грейвса",
    "болезнь Аддисона",
    "болезнь Гиршпрунга",
    "синдром Вольфа–Паркинсона–Уайта",
    "лимфома Беркитта",
    "болезнь Педжета",
    "ангина Людвига",
    "синдром Мэллори–Вейсса",
]
RU_DRUGS = [
    "Конкор 5 мг",
    "эналаприл 10 мг 2 р/д",
    "Ксарелто 20 мг",
    "метформин 1000 мг",
    "Нольпаза 40 мг",
    "аторвастатин 20 мг",
    "Кардиомагнил 75 мг",
    "цефтриаксон 2 г в/в",
    "Фенибут",
    "кветиапин 100 мг на ночь",
    "Эутирокс 50 мкг",
    "инсулин Новорапид 6 ЕД",
    "Дюфастон",
    "омепразол 20 мг",
]
EN_DRUGS = [
    "bisoprolol 2.5 mg OD",
    "apixaban 5 mg BD",
    "Ventolin inhaler PRN",
    "metformin 500 mg BD",
    "co-amoxiclav 625 mg TDS",
    "Lantus 18 units nocte",
    "sertraline 50 mg",
    "Oramorph 2.5 mg PRN",
    "paracetamol 1 g QDS",
    "lansoprazole 30 mg",
    "Movicol 1 sachet",
    "atorvastatin 40 mg ON",
]


def ru_lab(r: random.Random) -> str:
    return r.choice(
        [
            f"Hb {r.randint(85, 160)} г/л, лейкоциты {r.randint(3, 18)},{r.randint(0, 9)}×10⁹/л, тромбоциты {r.randint(90, 420)}×10⁹/л",
            f"глюкоза {r.randint(4, 14)},{r.randint(0, 9)} ммоль/л, креатинин {r.randint(55, 240)} мкмоль/л",
            f"СРБ {r.randint(1, 180)} мг/л, СОЭ {r.randint(2, 60)} мм/ч",
            f"АД {r.randint(100, 180)}/{r.randint(60, 110)} мм рт. ст., ЧСС {r.randint(55, 120)} в мин, SpO2 {r.randint(88, 99)}%",
            f"HbA1c {r.randint(5, 11)},{r.randint(0, 9)}%, МНО {r.randint(1, 3)},{r.randint(0, 9)}",
        ]
    )


def en_lab(r: random.Random) -> str:
    return r.choice(
        [
            f"Hb {r.randint(85, 160)} g/L, WCC {r.randint(3, 18)}.{r.randint(0, 9)}, plt {r.randint(90, 420)}",
            f"Na {r.randint(128, 146)}, K {r.randint(3, 5)}.{r.randint(0, 9)}, creatinine {r.randint(55, 240)} umol/L",
            f"CRP {r.randint(1, 180)}, eGFR {r.randint(25, 90)}",
            f"BP {r.randint(100, 180)}/{r.randint(60, 110)}, HR {r.randint(55, 120)}, SpO2 {r.randint(88, 99)}% on air",
            f"HbA1c {r.randint(40, 95)} mmol/mol, INR {r.randint(1, 3)}.{r.randint(0, 9)}",
        ]
    )


def icd(r: random.Random) -> str:
    return r.choice(
        [
            "I21.4",
            "J18.9",
            "K35.8",
            "E11.9",
            "F20.0",
            "C50.4",
            "O80",
            "S72.0",
            "I63.5",
            "K80.1",
            "F32.1",
            "N10",
            "G20",
            "M54.5",
            "J45.0",
        ]
    )


# ----------------------------------------------------------------------------- Russian documents
def _ru_case(r: random.Random) -> str:
    return r.choice(CASES)


def ru_discharge(r: random.Random, d: Doc) -> None:
    pt, doc, head = RuPerson(r), RuPerson(r), RuPerson(r)
    adm = rdate(r)
    dis = adm + dt.timedelta(days=r.randint(4, 20))
    hosp = ru_hospital(r)
    if r.random() < 0.5:
        d.e(hosp, "ORG").t("\n")
    d.t(
        r.choice(
            ["ВЫПИСНОЙ ЭПИКРИЗ", "Выписной эпикриз", "ВЫПИСКА ИЗ МЕДИЦИНСКОЙ КАРТЫ СТАЦИОНАРНОГО БОЛЬНОГО"]
        )
    )
    d.t(" № ").e(
        f"{r.randint(100, 99999)}/{adm:%y}" if r.random() < 0.5 else f"{adm.year}-{r.randint(1, 9999):04d}",
        "ID",
    )
    d.t("\nФ.И.О.: ").e(pt.full().upper() if r.random() < 0.3 else pt.full(), "NAME")
    d.t("\nДата рождения: ").e(ru_date(r, rdate(r, 1935, 2000)), "DATE")
    if r.random() < 0.6:
        d.t("\nАдрес: ").e(ru_address(r), "ADDRESS")
    d.t(
        f"\nНаходился(ась) в {r.choice(['кардиологическом', 'хирургическом', 'терапевтическом', 'неврологическом'])} "
        f"отделении с "
    )
    short = r.random() < 0.4
    d.e(f"{adm:%d.%m}" if short and adm.year == dis.year else ru_date(r, adm), "DATE").t(" по ")
    d.e(f"{dis:%d.%m.%Y}" if short else ru_date(r, dis), "DATE").t(r.choice([" г.", "", " года"]))
    d.t(f" ({(dis - adm).days} койко-дней), палата № {r.randint(1, 40)}.\n")
    d.t(f"Диагноз основной: ({icd(r)}) ")
    x = r.random()
    if x < 0.5:
        d.t("ИБС. Острый инфаркт миокарда без подъёма ST. Осложнения: ОСН I по Killip. ")
    else:
        d.t("Сопутствующий: ").p(r.choice(RU_EPO_NOM)).t(". ")
    d.t(f"\nОбследование: {ru_lab(r)}; {ru_lab(r)}. ")
    if r.random() < 0.6:
        d.t("При осмотре: ").p(r.choice(["симптом Пастернацкого", "симптом Ортнера", "симптом Кернига"]))
        d.t(" отрицательный. ")
    d.t(f"\nЛечение: {r.choice(RU_DRUGS)}, {r.choice(RU_DRUGS)}.\n")
    d.t("Выписан(а) в удовлетворительном состоянии под наблюдение участкового терапевта. ЛН № ")
    d.e(digits(r, 12), "ID").t(" открыт с ").e(ru_date(r, adm), "DATE").t(", продлён по ").e(
        f"{dis + dt.timedelta(days=7):%d.%m.%Y}", "DATE"
    ).t(".\n")
    if r.random() < 0.3:
        d.t("Класс цирроза: ").p("классификация Чайлд–Пью").t(" — B. При кровотечении — ").p(
            "зонд Блэкмора"
        ).t(".\n")
    d.t("Лечащий врач: ").e(doc.initials(r), "NAME").t(r.choice(["\nЗав. отделением: ", "\nЗав. отд. "]))
    d.e(head.initials(r), "NAME").t("\n")
    if r.random() < 0.4:
        d.t("Тел. для справок: ").e(ru_phone(r, False), "PHONE").t("\n")


def ru_emergency(r: random.Random, d: Doc) -> None:
    pt, doc = RuPerson(r), RuPerson(r)
    day = rdate(r)
    d.t(r.choice(["Осмотр дежурного врача приёмного отделения", "ПРИЁМНОЕ ОТДЕЛЕНИЕ. Первичный осмотр"]))
    d.t("\n").e(ru_date(r, day), "DATE").t(f" {r.randint(0, 23):02d}:{r.randint(0, 59):02d}\n")
    d.t("Пациент ").e(pt.any(r), "NAME").t(", ").e(str(r.randint(1940, 2004)), "DATE").t(
        " г.р., доставлен бригадой СМП "
    )
    d.t(f"№ {r.randint(1, 60)} (карта вызова № ").e(digits(r, 6), "ID").t(") ")
    d.t(r.choice(["с места работы", "из дома", "с улицы"]))
    if r.random() < 0.5:
        d.t(" — ").e(ru_employer(r), "ORG")
    d.t(
        f". Жалобы на боль в {r.choice(['эпигастрии', 'правой подвздошной области', 'грудной клетке'])} "
        f"в течение {r.randint(2, 48)} часов. "
    )
    d.t("Объективно: ").t(ru_lab(r)).t(". ")
    d.p(r.choice(["Симптом Щёткина–Блюмберга", "Симптом Ровзинга", "Симптом Мерфи"])).t(" положительный. ")
    d.t("Оценка по ").p("шкале Глазго").t(f" {r.randint(13, 15)} баллов.\n")
    d.t("Полис ОМС: ").e(gen_oms(r), "ID").t(", СМО ").e(ru_insurer(r), "ORG").t(".\n")
    d.t("Контакт родственников: ")
    rel = RuPerson(r)
    d.t(r.choice(["жена ", "дочь ", "мать "] if rel.fem else ["сын ", "муж ", "брат "])).e(
        rel.fp() if r.random() < 0.5 else rel.first, "NAME"
    )
    d.t(", тел. ").e(ru_phone(r), "PHONE").t(".\nДежурный хирург ").e(doc.initials(r), "NAME").t("\n")


def ru_surgery(r: random.Random, d: Doc) -> None:
    pt, surg, asst, anest, nurse = (RuPerson(r) for _ in range(5))
    day = rdate(r)
    d.t(f"ПРОТОКОЛ ОПЕРАЦИИ № {r.randint(1, 2500)}\nДата: ").e(ru_date(r, day), "DATE")
    d.t(f"  Начало {r.randint(8, 15)}:{r.randint(0, 5)}0, окончание {r.randint(16, 19)}:{r.randint(0, 5)}0\n")
    d.t("Больной(ая): ").e(pt.full(), "NAME").t(", и/б № ").e(f"{r.randint(1000, 39999)}", "ID").t("\n")
    d.t("Хирург: ").e(surg.initials(r), "NAME").t(", ассистент: ").e(asst.initials(r), "NAME")
    d.t(", анестезиолог: ").e(anest.initials(r), "NAME").t(", опер. м/с ").e(nurse.initials(r), "NAME").t(
        "\n"
    )
    op = r.choice(
        [
            ("Лапароскопическая холецистэктомия", "зажим Кохера"),
            ("Операция", "операция Гартмана"),
            ("Грыжесечение", "герниопластика по Лихтенштейну"),
            ("Остеосинтез голени", "аппарат Илизарова"),
            ("Кесарево сечение", "доступ по Пфанненштилю"),
            ("Дренирование плевральной полости", "дренирование по Бюлау"),
        ]
    )
    d.t(f"Операция: {op[0]} — ").p(op[1]).t(". ")
    d.t(f"Кровопотеря {r.randint(50, 600)} мл. Установлен ").p("катетер Фолея").t(". ")
    if r.random() < 0.5:
        d.t("Катетеризация подключичной вены ").p("по Сельдингеру").t(" в ").p(
            r.choice(["положении Тренделенбурга", "позиции Тренделенбурга"])
        ).t(". ")
    else:
        d.t("На артерию наложен ").p("сосудистый зажим Сатинского").t(". ")
    d.t("Гистологический материал направлен в ПАО, направление № ").e(
        f"Г-{r.randint(100, 9999)}/{day:%y}", "ID"
    ).t(".\n")


def ru_outpatient(r: random.Random, d: Doc) -> None:
    pt, doc = RuPerson(r), RuPerson(r)
    day = rdate(r)
    org = ru_hospital(r)
    d.e(org, "ORG").t("\n").t(
        r.choice(
            [
                "Консультация невролога",
                "Приём кардиолога",
                "Осмотр эндокринолога",
                "Консультативное заключение",
            ]
        )
    ).t(" от ").e(ru_date(r, day), "DATE").t("\n")
    d.t(r.choice(["Пациентка ", "Больная ", ""] if pt.fem else ["Пациент ", "Больной ", ""])).e(
        pt.any(r), "NAME"
    )
    d.t(", возраст ").t(str(r.randint(18, 90))).t(" лет, мед. карта № ").e(
        f"{r.randint(10000, 999999)}", "ID"
    ).t(".\n")
    d.t("Направлен(а) ").t(r.choice(["участковым терапевтом ", "врачом ОВП "])).e(
        doc.initials(r, "ins"), "NAME"
    ).end(". ")
    if r.random() < 0.6:
        d.t("Анамнез: в ").e(f"{RU_MON_PRE[r.randint(0, 11)]} {r.randint(2015, 2024)}", "DATE")
    else:
        d.t("Анамнез: в ").e(str(r.randint(2015, 2024)), "DATE")
    d.t(
        r.choice(
            [
                " г. перенёс ОНМК",
                " года выявлен сахарный диабет 2 типа",
                " г. — операция на щитовидной железе",
            ]
        )
    )
    d.t(". ")
    choice = r.random()
    if choice < 0.33:
        d.t("Неврологически: ").p("проба Ромберга").t(" — неустойчив, ").p("рефлекс Бабинского").t(
            " отрицательный. "
        )
        d.t("По ").p("шкале Рэнкина").t(f" {r.randint(0, 4)} балла.")
    elif choice < 0.66:
        d.t("Рекомендовано: ").p("проба Реберга").t(", ").p("анализ мочи по Нечипоренко").t(". ")
        d.t(f"{ru_lab(r)}.")
    else:
        d.t("Подозрение на ").p("синдром Иценко–Кушинга").t("; исключить ").p("синдром Марфана").t(".")
    d.t(
        f"\nДиагноз: {icd(r)}. Назначено: {r.choice(RU_DRUGS)}. Повторная явка через 2 недели, каб. {r.randint(100, 450)}.\n"
    )
    d.t("Врач ").e(doc.sur_c() + " " + doc.first[0] + "." + doc.patr[0] + ".", "NAME").t("\n")


def ru_referral(r: random.Random, d: Doc) -> None:
    pt, doc = RuPerson(r), RuPerson(r)
    d.t(
        "Форма № 057/у-04\nНАПРАВЛЕНИЕ на госпитализацию, восстановительное лечение, обследование, консультацию\n"
    )
    src = ru_hospital(r)
    d.t("Наименование медицинской организации: ").e(src, "ORG").t(
        f" (ОГРН {digits(r, 13)}, ИНН {gen_inn10(r)})\n"
    )
    d.t("Направляется в: ").e(ru_hospital(r), "ORG").t("\n")
    d.t("1. Номер страхового полиса ОМС: ").e(gen_oms(r), "ID").t("\n2. Код льготы: нет\n")
    d.t("3. Фамилия, имя, отчество: ").e(pt.full().upper() if r.random() < 0.4 else pt.full(), "NAME").t("\n")
    d.t("4. Дата рождения: ").e(ru_date(r, rdate(r, 1940, 2010)), "DATE").t("\n")
    d.t("5. Адрес постоянного места жительства: ").e(ru_address(r), "ADDRESS").t("\n")
    d.t("6. Место работы, должность: ").e(ru_employer(r), "ORG").t(", ").t(
        r.choice(["водитель", "учитель", "пенсионер(ка)", "инженер"])
    ).t("\n")
    d.t("СНИЛС: ").e(gen_snils(r), "ID").t("\n")
    d.t(
        f"7. Код диагноза по МКБ: {icd(r)}\n8. Обоснование направления: неэффективность амбулаторного лечения\n"
    )
    d.t("Врач ").e(doc.full(), "NAME").t("   Тел. ").e(ru_phone(r), "PHONE").t("\n")
    day = rdate(r)
    d.e(
        f"{day:%d.%m.%Y}" if r.random() < 0.6 else f"{day.day} {RU_MON_GEN[day.month - 1]} {day.year}", "DATE"
    )
    d.t(" г.\n")


def ru_obstetric(r: random.Random, d: Doc) -> None:
    mom = RuPerson(r, fem=True)
    mid, doc = RuPerson(r, fem=True), RuPerson(r)
    bday = rdate(r)
    d.e(ru_hospital(r), "ORG").t("\nЭПИКРИЗ (родильное отделение)\n")
    d.t("Родильница ").e(mom.any(r), "NAME").t(f", {r.randint(18, 43)} лет, ")
    d.t(f"беременность {r.randint(1, 5)}, роды {r.randint(1, 3)}. Обменная карта № ").e(digits(r, 5), "ID").t(
        ".\n"
    )
    d.t("Роды ").e(f"{bday.day} {RU_MON_GEN[bday.month - 1]} {bday.year}", "DATE").t(
        f" г. в {r.randint(0, 23)}:{r.randint(10, 59)}"
    )
    d.t(f" на сроке {r.randint(36, 41)} недель. Зрелость шейки матки по ").p("шкале Бишопа").t(
        f" {r.randint(5, 10)} баллов. "
    )
    d.t("Выполнены ").p("приёмы Леопольда").t(": положение плода продольное. ")
    sex = r.choice(["девочка", "мальчик"])
    d.t(
        f"Родился(ась) живой(ая) доношенный(ая) {sex}, масса {r.randint(2600, 4300)} г, рост {r.randint(46, 56)} см, "
    )
    d.t("оценка по ").p("шкале Апгар").t(f" {r.randint(6, 8)}/{r.randint(8, 9)} баллов.\n")
    if r.random() < 0.5:
        d.t("Свидетельство о рождении: ").e(f"{r.choice(['I', 'II', 'IV', 'VI'])}-МЮ {digits(r, 6)}", "ID").t(
            ". "
        )
    d.t("Муж: ").e(RuPerson(r, fem=False).fp() if r.random() < 0.5 else RuPerson(r, fem=False).full(), "NAME")
    d.t(", тел. ").e(ru_phone(r), "PHONE").t(".\nАкушерка ").e(mid.initials(r), "NAME").t(", врач ").e(
        doc.initials(r), "NAME"
    ).t("\n")


def ru_paediatric(r: random.Random, d: Doc) -> None:
    child = RuPerson(r)
    mom = RuPerson(r, fem=True)
    mom.sur, mom.kind = child.sur, child.kind
    d.t(r.choice(["Осмотр педиатра", "Первичный осмотр в детском отделении", "Патронаж новорождённого"]))
    d.t(" — ").e(ru_date(r, rdate(r)), "DATE").t("\n")
    d.t("Ребёнок ").e(child.full() if r.random() < 0.5 else child.first_c() + " " + child.sur_c(), "NAME")
    d.t(", д.р. ").e(ru_date(r, rdate(r, 2012, 2024)), "DATE").t(", посещает ").e(
        r.choice(
            [
                "МБДОУ «Детский сад № 214»",
                "ГБОУ «Школа № 1534»",
                "МБОУ «Гимназия № 5»",
                "МАДОУ «Детский сад № 41 «Ромашка»",
            ]
        ),
        "ORG",
    )
    d.t(".\nСо слов матери (").e(mom.fp("gen") if r.random() < 0.5 else mom.full("gen"), "NAME").t(
        f") болеет {r.randint(2, 6)} дня. "
    )
    d.t(f"Температура до 39,{r.randint(0, 9)} °C. ")
    d.t(r.choice(["Подозрение на ", "Исключить "])).p(
        r.choice(["болезнь Кавасаки", "пятна Филатова–Коплика"])
    ).t(". ")
    d.t("Физическое развитие соответствует возрасту, ").p("стадия по Таннеру").t(f" {r.randint(1, 3)}.\n")
    d.t(f"Масса {r.randint(8, 50)} кг. Вакцинация по календарю. ")
    d.t("Мама, ").e(mom.first_c(), "NAME").t(", просила перезвонить: ").e(ru_phone(r), "PHONE").t(".\n")
    d.t("Полис ОМС ").e(gen_oms(r), "ID").t(". Участковый педиатр ").e(RuPerson(r).initials(r), "NAME").t(
        "\n"
    )


def ru_psych(r: random.Random, d: Doc) -> None:
    pt = RuPerson(r)
    org = r.choice(
        [
            "ГБУЗ «Психиатрическая больница № 4»",
            "ГБУЗ «ПКБ № 1 ДЗМ»",
            "ГБУЗ «ПНД № 22»",
            "ГАУЗ «Республиканская клиническая психиатрическая больница»",
        ]
    )
    d.t("ПСИХИАТРИЧЕСКОЕ ОСВИДЕТЕЛЬСТВОВАНИЕ\n").e(org, "ORG").t(", отделение № ").t(str(r.randint(1, 20))).t(
        "\n"
    )
    d.t("Освидетельствуемая: " if pt.fem else "Освидетельствуемый: ").e(pt.full(), "NAME").t(", ").e(
        str(r.randint(1950, 2003)), "DATE"
    ).t(" года рождения.\n")
    sib, nb = RuPerson(r), RuPerson(r)
    d.t("Со слов ").e(sib.fp("gen"), "NAME").t(" (сестра" if sib.fem else " (брат").t(", тел. ").e(
        ru_phone(r), "PHONE"
    )
    d.t(f"), в последние {r.randint(2, 8)} недель не спит, высказывает идеи преследования, считает, что ")
    d.t("соседка " if nb.fem else "сосед ").e(nb.sur_c() if r.random() < 0.5 else nb.initials(r), "NAME").t(
        " «следит через розетку». "
    )
    d.t("Ранее лечилась в " if pt.fem else "Ранее лечился в ").e(
        r.choice(["ГБУЗ «Психиатрическая больница № 4»", "ПКБ № 1 им. Н.А. Алексеева", "ГБУЗ «ПНД № 22»"]),
        "ORG",
    ).t(" в ").e(str(r.randint(2012, 2023)), "DATE").t(" г. ")
    d.t("Тревога: ").p("шкала Гамильтона").t(f" — {r.randint(8, 30)} баллов. ")
    d.t(f"Диагноз: {icd(r)}. Назначен {r.choice(RU_DRUGS)}.\n")
    d.t("Паспорт: ").e(gen_passport_ru(r), "ID").t(", выдан ").e(ru_date(r, rdate(r, 2005, 2023)), "DATE").t(
        ".\n"
    )


def ru_oncology(r: random.Random, d: Doc) -> None:
    pt = RuPerson(r)
    d.t("ПРОТОКОЛ ОНКОЛОГИЧЕСКОГО КОНСИЛИУМА\n").e(ru_hospital(r), "ORG").t("\nДата: ").e(
        ru_date(r, rdate(r)), "DATE"
    ).t("\n")
    d.t("Пациент(ка): ").e(pt.full(), "NAME").t(", СНИЛС ").e(gen_snils(r), "ID").t(".\n")
    dx = [
        ("C81.1 ", "Лимфома Ходжкина", ", нодулярный склероз, стадия IIB"),
        ("C41.4 ", "Саркома Юинга", " костей таза, стадия III"),
        ("C91.0 Острый лимфобластный лейкоз, ", "хромосома Филадельфия", " не выявлена"),
    ]
    if not pt.fem:
        dx.append(("C61 Рак предстательной железы cT2bN0M0, ", "сумма баллов по Глисону", " 7 (3+4)"))
    else:
        dx.append(("C50.4 Рак левой молочной железы cT2N1M0, рецидив после ", "мастэктомии по Маддену", ""))
    a, ep, z = r.choice(dx)
    d.t("Диагноз: " + a).p(ep).t(z + ". ")
    d.t("Общее состояние: ").p("индекс Карновского").t(f" {r.randint(5, 9)}0%, ECOG {r.randint(0, 2)}.\n")
    d.t("Состав консилиума: ")
    for i in range(r.randint(2, 4)):
        if i:
            d.t(", ")
        d.t(r.choice(["проф. ", "д.м.н. ", "", "к.м.н. "])).e(RuPerson(r).initials(r), "NAME")
    d.t(".\nРешение: ").t(
        r.choice(["4 курса AC, далее паклитаксел", "лучевая терапия СОД 60 Гр", "ABVD × 6"])
    ).t(". ")
    d.t("Результаты размещены в ").e(
        r.choice(["https://onco-portal.example.ru/case/", "http://lk.onkodispanser.ru/p/"]) + digits(r, 7),
        "URL",
    ).t(".\n")


def ru_rehab(r: random.Random, d: Doc) -> None:
    pt = RuPerson(r)
    d.t(r.choice(["Этапный эпикриз (медицинская реабилитация)", "ЭТАПНЫЙ ЭПИКРИЗ"])).t("\n")
    d.t("Пациент ").e(pt.full("nom").lower() if r.random() < 0.2 else pt.full(), "NAME")
    d.t(" поступила на 2 этап" if pt.fem else " поступил на 2 этап").t(" реабилитации ").e(
        ru_date(r, rdate(r)), "DATE"
    ).t(" после ОНМК. ")
    d.p(r.choice(["Маневр Эпли", "Проба Дикса–Холлпайка", "Симптом Тинеля", "Манёвр Вальсальвы"]))
    d.t(" выполнен(а) при поступлении. По ").p("шкале Рэнкина").t(f" {r.randint(2, 4)}, ").p(
        "индекс Бартел"
    ).t(f" {r.randint(30, 95)} баллов, ")
    d.t("риск падений по ").p("шкале Морсе").t(f" {r.randint(25, 70)}, риск пролежней по ").p(
        "шкале Брейден"
    ).t(f" {r.randint(12, 20)}.\n")
    d.t("Занятия с инструктором ЛФК ").e(
        RuPerson(r).fp("ins") if r.random() < 0.5 else RuPerson(r).initials(r, "ins"), "NAME"
    )
    d.t(f" {r.randint(3, 5)} раз в неделю по 40 минут. Логопед — ").e(RuPerson(r).initials(r), "NAME").end(
        ".\n"
    )
    d.t("Связь с родственниками по эл. почте: ").e(email_for(r, pt.first, pt.sur, True), "EMAIL").t("\n")


def ru_sicknote_letter(r: random.Random, d: Doc) -> None:
    pt, doc = RuPerson(r), RuPerson(r)
    d.t(r.choice(["СПРАВКА", "Справка для предъявления по месту требования", "Выписка для работодателя"])).t(
        "\n"
    )
    d.t("Выдана ").e(pt.full("dat"), "NAME").t(", ").e(ru_date(r, rdate(r, 1950, 2005)), "DATE").t(" г.р., ")
    d.t("проживающему(ей) по адресу: ").e(ru_address(r), "ADDRESS").t(", в том, что он(а) ")
    d.t("находился(ась) на лечении с ").e(ru_date(r, rdate(r)), "DATE").t(" по ").e(
        ru_date(r, rdate(r)), "DATE"
    ).t(".\n")
    d.t("ИНН: ").e(gen_inn12(r), "ID").t("; СНИЛС: ").e(gen_snils(r), "ID").t(".\n")
    d.t("Место работы: ").e(ru_employer(r), "ORG").t(".\n")
    d.t("Справка выдана ").e(ru_hospital(r), "ORG").t(
        f", лицензия № ЛО-{r.randint(10, 99)}-01-{digits(r, 6)}.\n"
    )
    d.t("Врач ").e(doc.initials(r), "NAME").end(". Сайт учреждения: ").e(
        r.choice(["www.gp52.ru", "https://gkb-15.mos.ru", "http://crb-torzhok.ru/"]), "URL"
    ).t("\n")


def ru_lab_form(r: random.Random, d: Doc) -> None:
    pt = RuPerson(r)
    d.t("Лаборатория ").e(
        r.choice(["ООО «Лабдиагностика»", "ООО «ИНВИТРО-Тверь»", "ООО «Лаборатория Гемотест»"]), "ORG"
    )
    d.t("\nЗаказ № ").e(digits(r, 10), "ID").t("   Дата взятия: ").e(ru_date(r, rdate(r)), "DATE").t(
        f" {r.randint(7, 11)}:{r.randint(10, 59)}\n"
    )
    d.t("Пациент: ").e(pt.initials(r) if r.random() < 0.5 else pt.full().upper(), "NAME").t("   Пол: ").t(
        "Ж" if pt.fem else "М"
    )
    d.t("   Возраст: ").t(str(r.randint(1, 90))).t("\n")
    d.t(f"{ru_lab(r)}\n{ru_lab(r)}\nМикроскопия: ").p("окраска по Граму").t(" — грамположительные кокки.\n")
    d.t("Результат доступен: ").e(f"https://lk.labdiag.ru/r/{digits(r, 8)}", "URL").t("  e-mail: ").e(
        email_for(r, pt.first, pt.sur, True), "EMAIL"
    ).t("\n")


def ru_consent(r: random.Random, d: Doc) -> None:
    pt = RuPerson(r)
    d.t("ИНФОРМИРОВАННОЕ ДОБРОВОЛЬНОЕ СОГЛАСИЕ на медицинское вмешательство\n")
    d.t("Я, ").e(pt.full(), "NAME").t(", ").e(ru_date(r, rdate(r, 1945, 2005)), "DATE").t(" года рождения, ")
    d.t("паспорт ").e(gen_passport_ru(r), "ID").t(", зарегистрированный(ая) по адресу: ").e(
        ru_address(r), "ADDRESS"
    )
    d.t(", даю согласие на проведение операции (").p(
        r.choice(["резекция по Бильрот-II", "операция Гартмана"])
    ).t(") в ")
    d.e(ru_hospital(r), "ORG").t(". Доверенное лицо: ").e(RuPerson(r).full(), "NAME").t(", тел. ").e(
        ru_phone(r), "PHONE"
    ).t(".\n")
    d.t("Подпись ____ /").e(pt.initials(r), "NAME").t("/   ")
    day = rdate(r)
    d.e(ru_date(r, day), "DATE").t("\n")


def ru_letter(r: random.Random, d: Doc) -> None:
    pt, chief = RuPerson(r), RuPerson(r)
    sender = ru_hospital(r)
    d.e(sender, "ORG").t("\n").t(f"Исх. № {r.randint(1, 999)}/{r.randint(1, 12):02d} от ")
    day = rdate(r)
    d.e(ru_date(r, day), "DATE").t("\n")
    d.t("Директору ").e(ru_insurer(r), "ORG").t("\n")
    d.t("На Ваш запрос о пациенте ").e(pt.full("pre") if r.random() < 0.6 else pt.initials(r, "pre"), "NAME")
    d.t(" (полис ОМС ").e(gen_oms(r), "ID").t(") сообщаем: ")
    d.t("пациент" if not pt.fem else "пациентка").t(" наблюдается у нас с ")
    d.e(f"{RU_MON_GEN[r.randint(0, 11)]} {r.randint(2015, 2023)}", "DATE").t(" г. Диагноз: ")
    d.p(r.choice(RU_EPO_NOM)).t(f" ({icd(r)}). Последняя госпитализация с ")
    a = rdate(r)
    b = a + dt.timedelta(days=r.randint(3, 12))
    d.e(f"{a:%d.%m}", "DATE").t(" по ").e(f"{b:%d.%m.%Y}", "DATE").t(". ")
    d.t("Копия выписки направлена ").e(pt.first_c("dat"), "NAME").t(" на адрес ")
    d.e(email_for(r, pt.first, pt.sur, True), "EMAIL").t(".\n")
    d.t("Контактное лицо: ").e(RuPerson(r).any(r), "NAME").t(", тел. ").e(ru_phone(r, False), "PHONE")
    d.t(", доб. ").t(str(r.randint(100, 999))).t(".\nГлавный врач ").e(chief.initials(r), "NAME").t("\n")


def ru_nursing(r: random.Random, d: Doc) -> None:
    pt = RuPerson(r)
    d.t(r.choice(["Дневник наблюдения", "Сестринская запись", "Лист наблюдения (ОРИТ)"])).t(". ")
    d.e(f"{rdate(r):%d.%m}", "DATE").t(f", {r.randint(6, 22)}:00. Пациент{'ка' if pt.fem else ''} ")
    d.e(pt.sur_c() if r.random() < 0.5 else pt.initials(r), "NAME").t(
        f", палата {r.randint(1, 30)}, койка {r.randint(1, 6)}. "
    )
    d.t(f"{ru_lab(r)}. Диурез {r.randint(600, 2400)} мл через ").p("катетер Фолея").t(". ")
    d.t("Риск пролежней по ").p("шкале Брейден").t(f" {r.randint(10, 20)}, падений по ").p("шкале Морсе")
    d.t(f" {r.randint(20, 80)}. Уровень сознания по ").p("шкале Глазго").t(f" {r.randint(9, 15)}. ")
    d.t("Звонила дочь, ").e(RuPerson(r, fem=True).first, "NAME").t(", номер для связи ").e(
        ru_phone(r), "PHONE"
    ).t(". ")
    d.t("М/с ").e(RuPerson(r, fem=True).initials(r), "NAME").t("\n")


RU_DOCS = {
    "ru_discharge_summary": ru_discharge,
    "ru_emergency_admission": ru_emergency,
    "ru_operation_protocol": ru_surgery,
    "ru_outpatient_consult": ru_outpatient,
    "ru_referral_057u": ru_referral,
    "ru_obstetric_epicrisis": ru_obstetric,
    "ru_paediatric_exam": ru_paediatric,
    "ru_psychiatric_exam": ru_psych,
    "ru_oncology_board": ru_oncology,
    "ru_rehab_epicrisis": ru_rehab,
    "ru_certificate": ru_sicknote_letter,
    "ru_lab_report": ru_lab_form,
    "ru_informed_consent": ru_consent,
    "ru_letter_to_insurer": ru_letter,
    "ru_nursing_note": ru_nursing,
}


# ----------------------------------------------------------------------------- English documents
def _en_title_name(r: random.Random, d: Doc, p: EnPerson) -> None:
    if r.random() < 0.4:
        d.t(p.title(r) + " ").e(p.sur, "NAME")
    else:
        d.e(p.any(r), "NAME")


def en_discharge(r: random.Random, d: Doc) -> None:
    pt, cons, jr = EnPerson(r), EnPerson(r), EnPerson(r)
    adm = rdate(r)
    dis = adm + dt.timedelta(days=r.randint(2, 15))
    d.e(en_hospital(r), "ORG").t("\n").t(
        r.choice(["DISCHARGE SUMMARY", "Discharge Summary", "Inpatient discharge letter"])
    )
    d.t("\nPatient: ").e(pt.any(r), "NAME").t("   DOB: ").e(en_date(r, rdate(r, 1930, 2004)), "DATE")
    d.t("\nNHS No: ").e(gen_nhs(r), "ID").t("   Hospital No: ").e(f"{r.choice('RKMJ')}{digits(r, 7)}", "ID")
    d.t("\nAddress: ").e(uk_address(r), "ADDRESS")
    d.t(f"\nWard: {r.choice(['Ward 12', 'AMU', 'Ward 4B', 'CCU'])}, bed {r.randint(1, 30)}")
    d.t("\nAdmitted: ").e(en_date(r, adm), "DATE").t("   Discharged: ").e(en_date(r, dis), "DATE")
    d.t(
        f"\n\nDiagnosis: {r.choice(['Community-acquired pneumonia', 'NSTEMI', 'Upper GI bleed', 'Fall with '])}"
    )
    d.t(" (").p(r.choice(["Glasgow-Blatchford score", "Wells score", "Colles' fracture"])).t(
        f" {r.randint(0, 12)})\n"
    )
    d.t("Background: ").p(
        r.choice(["Parkinson's disease", "Alzheimer's disease", "Graves' disease", "Addison's disease"])
    )
    d.t(f", T2DM, AF. {en_lab(r)}. {en_lab(r)}.\n")
    d.t(f"Medications on discharge: {r.choice(EN_DRUGS)}; {r.choice(EN_DRUGS)}.\n")
    d.t("Follow-up: GP at ").e(
        r.choice(["Riverside Medical Practice", "Oakwood Surgery", "The Limes Health Centre"]), "ORG"
    ).t(" to recheck U&Es in 1 week.\n")
    d.t("Consultant: Dr ").e(cons.any(r), "NAME").t("; completed by ").e(jr.any(r), "NAME").t(
        " (FY1), bleep "
    ).t(str(r.randint(1000, 9999))).t("\n")


def en_ae(r: random.Random, d: Doc) -> None:
    pt = EnPerson(r)
    day = rdate(r)
    d.t("Emergency Department attendance ").e(en_date(r, day), "DATE").t(
        f" {r.randint(0, 23):02d}:{r.randint(0, 59):02d}\n"
    )
    d.e(pt.any(r), "NAME").t(f", {r.randint(18, 95)}y, brought in by ambulance (incident ").e(
        f"{digits(r, 8)}", "ID"
    ).t(")")
    d.t(f". PC: {r.choice(['collapse', 'chest pain', 'headache and vomiting', 'fall'])}. ")
    d.t("GCS 15 (").p("Glasgow Coma Scale").t(f" E4V5M6). {en_lab(r)}. ")
    if r.random() < 0.5:
        d.p("Kernig's sign").t(" negative, ").p("Babinski sign").t(" downgoing. ")
    else:
        d.p("Murphy's sign").t(" positive; ").p("Rovsing's sign").t(" negative. ")
    nok = EnPerson(r)
    d.t("NOK: ").t(
        r.choice(["wife ", "daughter ", "partner ", "mum "] if nok.fem else ["husband ", "son ", "partner "])
    )
    d.e(nok.first, "NAME")
    d.t(" on ").e(uk_phone(r), "PHONE").t(". Works at ").e(en_employer(r), "ORG").t(".\n")
    d.t("Seen by Dr ").e(EnPerson(r).sur, "NAME").t(r.choice([" (ST4)", " (registrar)", ""])).t(". MRN ").e(
        digits(r, 8), "ID"
    ).t("\n")


def en_opnote(r: random.Random, d: Doc) -> None:
    pt, surg, asst = EnPerson(r), EnPerson(r), EnPerson(r)
    d.t("OPERATION NOTE\nDate: ").e(en_date(r, rdate(r)), "DATE").t("\nPatient: ").e(pt.any(r), "NAME")
    d.t("  MRN: ").e(f"{r.choice(['MRN', 'RX1', 'A'])}{digits(r, 6)}", "ID").t("\nSurgeon: ").e(
        surg.any(r), "NAME"
    )
    d.t("  Assistant: ").e(asst.any(r), "NAME").t("\nAnaesthetic: GA, ").p("Mallampati class II").t("\n")
    op = r.choice(
        [
            ("Procedure: ", "Hartmann's procedure"),
            ("Procedure: pylorus-preserving ", "Whipple procedure"),
            ("Procedure: open inguinal hernia, ", "Lichtenstein repair"),
            ("Incision: ", "Pfannenstiel incision"),
            ("Incision: right subcostal (", "Kocher incision"),
        ]
    )
    d.t(op[0]).p(op[1]).t(f". EBL {r.randint(20, 800)} mL. ").p("Foley catheter").t(
        " inserted. Patient placed in "
    )
    d.p("Trendelenburg position").t(". Central line via ").p("Seldinger technique").t(".\n")
    d.t(f"Post-op: {r.choice(EN_DRUGS)}. TTO. Review in clinic 6/52.\n")


def en_gp_referral(r: random.Random, d: Doc) -> None:
    pt, gp, cons = EnPerson(r), EnPerson(r), EnPerson(r)
    prac = r.choice(
        [
            "Riverside Medical Practice",
            "Oakwood Surgery",
            "The Limes Health Centre",
            "Parkview Group Practice",
        ]
    )
    d.e(prac, "ORG").t("\n").e(uk_address(r), "ADDRESS").t("\nTel: ").e(uk_phone(r), "PHONE")
    d.t("\n").e(en_date(r, rdate(r)), "DATE").t("\n\nDear Dr ").e(cons.sur, "NAME").t(",\n\n")
    d.t("Re: ").e(pt.any(r), "NAME").t(", DOB ").e(en_date(r, rdate(r, 1935, 2005)), "DATE").t(
        ", NHS number "
    ).e(gen_nhs(r), "ID").t("\n")
    d.t("Thank you for seeing this ").t(str(r.randint(20, 85))).t("-year-old ").t(
        "lady" if pt.fem else "gentleman"
    )
    d.t(" with ").p(
        r.choice(["Raynaud's phenomenon", "Dupuytren's contracture", "Barrett's oesophagus", "Bell's palsy"])
    )
    d.t(". ").p(r.choice(["Tinel's sign", "Phalen's test"])).t(" was positive on the left. ")
    d.t(
        f"{en_lab(r)}. She lives with her husband ".replace("She", "He" if not pt.fem else "She").replace(
            "her husband", "his wife" if not pt.fem else "her husband"
        )
    )
    d.e(EnPerson(r, fem=pt.fem is False).first, "NAME").t(".\nYours sincerely,\n\nDr ").e(gp.any(r), "NAME")
    d.t("\n").e(email_for(r, gp.first, gp.sur, False).split("@")[0] + "@nhs.net", "EMAIL").t("\n")


def en_clinic_letter(r: random.Random, d: Doc) -> None:
    pt, cons = EnPerson(r), EnPerson(r)
    us = r.random() < 0.4
    uk_org = r.choice(
        [
            "Royal Northern Infirmary",
            "St Mary's Hospital",
            "Queen Elizabeth University Hospital",
            "Northfield General Hospital",
            "Leeds Teaching Hospitals NHS Trust",
        ]
    )
    d.e("Harbourview Medical Center" if us else uk_org, "ORG").t(" — ").t(
        r.choice(["Neurology Clinic", "Rheumatology Outpatients", "Endocrine Clinic", "Gastroenterology"])
    ).t("\n")
    d.t("Clinic date: ").e(en_date(r, rdate(r), us), "DATE").t("\n")
    d.t("Patient: ").e(pt.any(r), "NAME")
    if us:
        d.t("  DOB ").e(en_date(r, rdate(r, 1940, 2004), True), "DATE").t("  Member ID: ").e(
            f"{r.choice(['XGH', 'BSO', 'WAE'])}{digits(r, 9)}", "ID"
        ).t(" (").e(en_insurer(r), "ORG").t(")\n")
        d.t("Address: ").e(us_address(r), "ADDRESS").t("  Phone: ").e(us_phone(r), "PHONE").t("\n")
    else:
        d.t("  Hosp no. ").e(f"{r.choice('KMJ')}{digits(r, 6)}", "ID").t("\n")
    d.t("Diagnoses: 1. ").p(
        r.choice(
            [
                "Crohn's disease",
                "Sjögren's syndrome",
                "Hashimoto's thyroiditis",
                "Cushing's syndrome",
                "Guillain-Barré syndrome",
            ]
        )
    )
    d.t(f" 2. {r.choice(['Hypertension', 'Osteoporosis', 'CKD stage 3a'])}\n")
    d.t("I reviewed ").t(pt.title(r) + " ").e(pt.sur, "NAME").t(" today with ").t(
        "her" if pt.fem else "his"
    ).t(" ")
    rel = EnPerson(r)
    d.t(r.choice(["daughter ", "carer ", "sister "] if rel.fem else ["son ", "carer ", "brother "])).e(
        rel.first, "NAME"
    ).t(f". {en_lab(r)}. ")
    d.p("Romberg's test").t(" negative. ").t(f"Plan: {r.choice(EN_DRUGS)}; review 3 months.\n")
    d.t("Dr ").e(cons.any(r), "NAME").t(", Consultant\ncc: patient; GP\n")
    if r.random() < 0.5:
        d.t("Patient portal: ").e(
            f"https://myhealth.{'harbourview.org' if us else 'nhs-trust.example.uk'}/{digits(r, 6)}", "URL"
        ).t("\n")


def en_maternity(r: random.Random, d: Doc) -> None:
    mom, mw = EnPerson(r, fem=True), EnPerson(r, fem=True)
    bday = rdate(r)
    d.t("Maternity Discharge — ").e(
        r.choice(
            [
                "St Mary's Hospital",
                "Royal Northern Infirmary",
                "Mercy General Hospital",
                "Northfield General Hospital",
            ]
        ),
        "ORG",
    ).t("\nMother: ").e(mom.any(r), "NAME")
    d.t(f", G{r.randint(1, 4)}P{r.randint(0, 3)}, booking no. ").e(f"MAT{digits(r, 6)}", "ID").t("\n")
    d.t("Delivered ").e(en_date(r, bday), "DATE").t(
        f" at {r.randint(0, 23):02d}:{r.randint(0, 59):02d}, {r.randint(36, 42)}+{r.randint(0, 6)} weeks. "
    )
    d.p("Bishop score").t(f" {r.randint(3, 10)} before IOL. ").p("Leopold's manoeuvres").t(": cephalic. ")
    baby = EnPerson(r)
    d.t(f"Baby {'girl' if baby.fem else 'boy'} ").e(baby.first, "NAME").t(f", {r.randint(2500, 4400)} g, ")
    d.p("Apgar scores").t(f" {r.randint(6, 9)} and {r.randint(8, 10)}.\n")
    d.t("Community midwife: ").e(mw.any(r), "NAME").t(", ").e(uk_phone(r), "PHONE").t("\n")
    d.t("Home: ").e(uk_address(r), "ADDRESS").t("\n")


def en_paediatric(r: random.Random, d: Doc) -> None:
    child = EnPerson(r)
    parent = EnPerson(r)
    parent.sur = child.sur
    d.t("Paediatric Assessment Unit\n").e(child.first + " " + child.sur, "NAME").t(", DOB ").e(
        en_date(r, rdate(r, 2010, 2024)), "DATE"
    )
    d.t(", attends ").e(
        r.choice(
            ["Northgate Primary School", "Sunnyside Nursery", "Ashford Academy", "St Anne's C of E Primary"]
        ),
        "ORG",
    )
    d.t(f".\n{r.randint(2, 14)} day history of fever, rash. Consider ").p("Kawasaki disease").t(". ")
    d.t(r.choice(["Known ", "Background: "])).p("Down syndrome").t(r.choice([", ", "; "])).p(
        "Fallot's tetralogy"
    ).t(" repaired. ")
    d.p("Tanner stage 2").t(". Weight on 50th centile.\n")
    d.t("Mum" if parent.fem else "Dad").t(" (").e(
        parent.first if r.random() < 0.5 else parent.any(r), "NAME"
    ).t(") contact: ").e(uk_phone(r), "PHONE")
    d.t(", email ").e(email_for(r, parent.first, parent.sur, False), "EMAIL").t(".\n")
    d.t("Safeguarding: no concerns. Health visitor ").e(EnPerson(r, fem=True).any(r), "NAME").t(".\n")


def en_psych(r: random.Random, d: Doc) -> None:
    pt = EnPerson(r)
    d.t("Mental Health Act assessment — ").e(en_date(r, rdate(r)), "DATE").t("\n")
    d.t("Service user: ").e(pt.any(r), "NAME").t(", RiO ID ").e(digits(r, 7), "ID").t("\n")
    d.t("Presentation: low mood, poor sleep. ").p("Beck Depression Inventory").t(f" {r.randint(14, 45)}; ")
    d.p("Hamilton Anxiety Rating Scale").t(f" {r.randint(8, 30)}. History of ").p("Wernicke's encephalopathy")
    d.t(" in ").e(str(r.randint(2010, 2022)), "DATE").t(". ")
    d.t("Lives alone; brother ").e(EnPerson(r, fem=False).first, "NAME").t(" visits weekly. Employer: ")
    d.e(en_employer(r), "ORG").t(". AMHP ").e(EnPerson(r).any(r), "NAME").t(".\n")
    d.t(f"Plan: admit informally, {r.choice(EN_DRUGS)}.\n")


def en_oncology(r: random.Random, d: Doc) -> None:
    pt = EnPerson(r)
    d.t("Oncology MDT outcome\nMeeting date: ").e(en_date(r, rdate(r)), "DATE").t("\nPatient: ").e(
        pt.any(r), "NAME"
    )
    d.t("   NHS ").e(gen_nhs(r), "ID").t("\n")
    hx = [
        ("melanoma, ", "Breslow thickness", " 2.4 mm"),
        ("nodular sclerosing ", "Hodgkin lymphoma", ""),
        ("paediatric ", "Wilms tumour", ""),
        ("pelvic ", "Ewing sarcoma", ""),
    ]
    if not pt.fem:
        hx.append(("prostate adenocarcinoma, ", "Gleason score", " 4+3=7"))
    a, ep, z = r.choice(hx)
    d.t("Histology: " + a).p(ep).t(z)
    d.t(f" — stage {r.choice(['II', 'III', 'IIB'])}. ").p("Karnofsky performance status").t(
        f" {r.randint(5, 9)}0%.\n"
    )
    d.t("Present: ")
    for i in range(r.randint(2, 4)):
        if i:
            d.t(", ")
        d.t(r.choice(["Dr ", "Prof ", "", "Mr "])).e(EnPerson(r).any(r), "NAME")
    d.t(".\nCNS: ").e(EnPerson(r, fem=True).first, "NAME").t(", ").e(uk_phone(r), "PHONE").t("\n")
    d.t("Trial info: ").e(f"https://www.clinicaltrials.gov/study/NCT0{digits(r, 7)}", "URL").t("\n")


def en_rehab(r: random.Random, d: Doc) -> None:
    pt = EnPerson(r)
    d.t("Physiotherapy progress note, ").e(en_date(r, rdate(r)), "DATE").t("\n")
    d.e(pt.any(r), "NAME").t(f" — day {r.randint(3, 40)} post stroke. ").p("Barthel Index").t(
        f" {r.randint(20, 100)}/100, "
    )
    d.p("modified Rankin Scale").t(f" {r.randint(1, 4)}, ").p(r.choice(["Waterlow score", "Braden score"])).t(
        f" {r.randint(8, 20)}. "
    )
    d.p(r.choice(["Lachman test", "McMurray's test", "Epley manoeuvre", "Dix-Hallpike test"])).t(
        " performed.\n"
    )
    d.t("Discharge planning: to ").e(
        r.choice(["Greenacres Care Home", "Brookfield Community Hospital", "Willow Lodge Nursing Home"]),
        "ORG",
    )
    d.t(". Social worker ").e(EnPerson(r).any(r), "NAME").t(", ").e(
        email_for(r, "sw", EnPerson(r).sur, False), "EMAIL"
    ).t("\n")


def en_insurance(r: random.Random, d: Doc) -> None:
    pt = EnPerson(r)
    d.t("PRIOR AUTHORIZATION REQUEST\nPayer: ").e(en_insurer(r), "ORG").t("   Policy #: ").e(
        f"{digits(r, 3)}-{digits(r, 6)}", "ID"
    )
    d.t("\nMember: ").e(pt.any(r), "NAME").t("   DOB: ").e(en_date(r, rdate(r, 1940, 2004), True), "DATE")
    d.t("\nMember ID: ").e(f"{r.choice(['W', 'H', 'Z'])}{digits(r, 9)}", "ID")
    d.t("\nAddress: ").e(us_address(r), "ADDRESS").t("\nPhone: ").e(us_phone(r), "PHONE")
    d.t(f"\nRequested: MRI lumbar spine (CPT 72148); ICD-10 {icd(r)}. ")
    d.t("Failed 6 weeks PT. ").p("Child-Pugh class B").t(" noted.\n" if r.random() < 0.2 else " n/a.\n")
    d.t("Ordering provider: ").e(EnPerson(r).any(r), "NAME").t(", MD, NPI 1").t(digits(r, 9)).t("\n")
    d.t("Fax to ").e(us_phone(r), "PHONE").t(" or upload at ").e(
        "https://provider.harbourlinehealth.com/auth", "URL"
    ).t("\n")


def en_admin_letter(r: random.Random, d: Doc) -> None:
    pt = EnPerson(r)
    org = en_hospital(r)
    d.e(org, "ORG").t("\nOutpatient Appointments Centre\n\n").e(pt.any(r), "NAME").t("\n").e(
        uk_address(r), "ADDRESS"
    )
    d.t("\n\nDate of letter: ").e(en_date(r, rdate(r)), "DATE").t("\nNHS Number: ").e(gen_nhs(r), "ID")
    d.t("\n\nDear ").t(pt.title(r) + " ").e(pt.sur, "NAME").t(",\n\nAn appointment has been made for you on ")
    day = rdate(r)
    d.e(f"{EN_MON[day.month - 1]} {day.day}", "DATE") if r.random() < 0.3 else d.e(en_date(r, day), "DATE")
    d.t(f" at {r.randint(8, 16)}:{r.choice(['00', '15', '30', '45'])} in the ")
    d.t(r.choice(["Fracture Clinic", "Memory Clinic", "Hand Clinic", "Colposcopy Unit"]))
    d.t(" to review your ").p(
        r.choice(["Colles' fracture", "Alzheimer's disease", "Dupuytren's contracture", "Weber B fracture"])
    ).t(". ")
    d.t("To change it call ").e(uk_phone(r), "PHONE").t(" or email ").e(
        r.choice(["appointments", "outpatients.booking"]) + "@" + r.choice(["mft.nhs.uk", "nhs.net"]), "EMAIL"
    )
    d.t(". Travel information: ").e(
        r.choice(["www.mft.nhs.uk/visiting", "https://www.leedsth.nhs.uk/patients/"]), "URL"
    )
    d.t(".\n\nYours sincerely,\nBooking team\n")


def en_nursing_handover(r: random.Random, d: Doc) -> None:
    d.t("Nursing handover — ").t(r.choice(["Ward 7", "AMU", "Ward 23 (Elderly Care)"])).t(", night shift\n")
    for k in range(r.randint(2, 4)):
        pt = EnPerson(r)
        d.t(f"Bed {r.randint(1, 28)}: ").e(pt.first + " " + pt.sur if r.random() < 0.6 else pt.sur, "NAME")
        d.t(f" ({r.randint(60, 99)}) — ")
        d.t(r.choice(["falls risk, ", "NBM from midnight, ", "on IV abx, "])).p(
            r.choice(["Waterlow score", "Braden score", "Barthel Index"])
        ).t(f" {r.randint(5, 25)}. ")
        if k == 0:
            d.t("Daughter ").e(EnPerson(r, fem=True).first, "NAME").t(" to ring back on ").e(
                uk_phone(r), "PHONE"
            ).t(". ")
        d.t(f"{en_lab(r)}.\n")
    d.t("Handed over by ").e(EnPerson(r).first, "NAME").t(" (RN) to ").e(EnPerson(r).any(r), "NAME").t(".\n")


EN_DOCS = {
    "en_discharge_summary": en_discharge,
    "en_ed_note": en_ae,
    "en_operation_note": en_opnote,
    "en_gp_referral_letter": en_gp_referral,
    "en_clinic_letter": en_clinic_letter,
    "en_maternity_discharge": en_maternity,
    "en_paediatric_assessment": en_paediatric,
    "en_mental_health_assessment": en_psych,
    "en_oncology_mdt": en_oncology,
    "en_rehab_note": en_rehab,
    "en_prior_authorization": en_insurance,
    "en_appointment_letter": en_admin_letter,
    "en_nursing_handover": en_nursing_handover,
}


def generate_one(seed: int, i: int) -> dict:
    r = random.Random(f"sealed-g-{seed}-{i}")
    lang = "ru" if r.random() < 0.6 else "en"
    docs = RU_DOCS if lang == "ru" else EN_DOCS
    doc_type = r.choice(sorted(docs))
    d = Doc()
    docs[doc_type](r, d)
    text, ents, epos = d.finish()
    return {
        "id": f"g-{seed}-{i:05d}",
        "lang": lang,
        "doc_type": doc_type,
        "text": text,
        "entities": ents,
        "eponyms": epos,
    }


def generate(n: int, seed: int) -> list[dict]:
    return [generate_one(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", default="-")
    a = ap.parse_args(argv)
    recs = generate(a.n, a.seed)
    lines = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in recs)
    if a.out == "-":
        sys.stdout.write(lines)
    else:
        with open(a.out, "w", encoding="utf-8") as fh:
            fh.write(lines)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
