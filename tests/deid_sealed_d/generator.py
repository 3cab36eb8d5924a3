"""Sealed de-identification corpus D: hospital-archive documents in Russian and English (standard library only).

Usage: python tests/deid_sealed_d/generator.py --n 400 --seed 0 --out FILE.jsonl

Every document is built by concatenating pieces and recording the offsets of personal data (entities) and of
eponyms (medical terms named after people that must survive de-identification). See README.md for the rules.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

DATA = json.loads((Path(__file__).parent / "data.json").read_text(encoding="utf-8"))
CASES = ("nom", "gen", "dat", "ins")


# ----------------------------------------------------------------------------- builder
class B:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.ents: list[dict] = []
        self.eps: list[dict] = []

    def t(self, s: str) -> B:
        if s.startswith(".") and self.parts and self.parts[-1].endswith("г."):
            s = s[1:]
        self.parts.append(s)
        self.pos += len(s)
        return self

    def e(self, typ: str, s: str) -> B:
        assert s and s == s.strip(), s
        self.ents.append({"start": self.pos, "end": self.pos + len(s), "type": typ, "text": s})
        return self.t(s)

    def ep(self, s: str) -> B:
        self.eps.append({"start": self.pos, "end": self.pos + len(s), "text": s})
        return self.t(s)

    def text(self) -> str:
        return "".join(self.parts)


# ----------------------------------------------------------------------------- checksummed identifiers
def snils_check(d9: str) -> int:
    s = sum(int(c) * w for c, w in zip(d9, range(9, 0, -1), strict=True))
    if s < 100:
        return s
    if s in (100, 101):
        return 0
    s %= 101
    return 0 if s == 100 else s


def snils(rng: random.Random, style: int | None = None) -> str:
    d9 = str(rng.randint(1_002_000, 199_999_999)).zfill(9)
    c = f"{snils_check(d9):02d}"
    style = rng.randrange(3) if style is None else style
    if style == 0:
        return f"{d9[:3]}-{d9[3:6]}-{d9[6:]} {c}"
    if style == 1:
        return f"{d9[:3]}-{d9[3:6]}-{d9[6:]}-{c}"
    return d9 + c


def snils_valid(s: str) -> bool:
    d = "".join(c for c in s if c.isdigit())
    return len(d) == 11 and snils_check(d[:9]) == int(d[9:])


def _inn_digit(ds: str, w: list[int]) -> str:
    return str(sum(int(a) * b for a, b in zip(ds, w, strict=False)) % 11 % 10)


W10 = [2, 4, 10, 3, 5, 9, 4, 6, 8]
W11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
W12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]


def inn(rng: random.Random, n: int = 12) -> str:
    if n == 10:
        d = rng.choice(["16", "02", "77", "78"]) + "".join(str(rng.randrange(10)) for _ in range(7))
        return d + _inn_digit(d, W10)
    d = rng.choice(["16", "02", "20", "14", "03", "77"]) + "".join(str(rng.randrange(10)) for _ in range(8))
    d += _inn_digit(d, W11)
    return d + _inn_digit(d, W12)


def inn_valid(s: str) -> bool:
    if len(s) == 10:
        return s[9] == _inn_digit(s[:9], W10)
    if len(s) == 12:
        return s[10] == _inn_digit(s[:10], W11) and s[11] == _inn_digit(s[:11], W12)
    return False


def digits(rng: random.Random, n: int, first_nonzero: bool = True) -> str:
    s = "".join(str(rng.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def oms(rng: random.Random) -> str:
    d = rng.choice(["16", "02", "20", "14", "03", "77", "50"]) + digits(rng, 14, False)
    st = rng.randrange(4)
    if st == 0:
        return d
    if st == 1:
        return " ".join(d[i : i + 4] for i in range(0, 16, 4))
    if st == 2:
        return f"{d[:4]} {d[4:10]} {d[10:]}"
    return f"{d[:6]} {d[6:]}"


def passport(rng: random.Random) -> str:
    reg = rng.choice(["92", "80", "96", "98", "81", "45", "36"])
    yy = f"{rng.randint(0, 24):02d}"
    num = digits(rng, 6)
    return rng.choice([f"{reg} {yy} {num}", f"{reg}{yy} {num}", f"{reg}{yy}{num}", f"{reg} {yy} № {num}"])


def ru_phone(rng: random.Random, mobile: bool | None = None) -> str:
    mobile = rng.random() < 0.6 if mobile is None else mobile
    if mobile:
        op = rng.choice(["917", "927", "937", "903", "987", "960", "962", "919", "999", "914"])
        a, b, c = digits(rng, 3), digits(rng, 2, False), digits(rng, 2, False)
        return rng.choice(
            [
                f"8 {op} {a}-{b}-{c}",
                f"+7 ({op}) {a}-{b}-{c}",
                f"8{op}{a}{b}{c}",
                f"+7{op}{a}{b}{c}",
                f"8-{op}-{a}-{b}-{c}",
                f"8 ({op}) {a} {b} {c}",
                f"+7 {op} {a} {b} {c}",
            ]
        )
    code = rng.choice(["843", "8552", "347", "8712", "4112", "3012", "495", "812"])
    n = 10 - len(code)
    local = digits(rng, n)
    loc = f"{local[:-4]}-{local[-4:-2]}-{local[-2:]}"
    return rng.choice([f"8 ({code}) {loc}", f"+7 ({code}) {loc}", f"8({code}){local}", f"8-{code}-{loc}"])


# ----------------------------------------------------------------------------- Russian morphology
def decl_surname(s: str, male: bool, case: str) -> str:
    if "-" in s:
        return "-".join(decl_surname(p, male, case) for p in s.split("-"))
    i = CASES.index(case)
    if i == 0:
        return s
    if male:
        if s.endswith(("ов", "ев", "ёв", "ин", "ын")):
            return s + ("а", "у", "ым")[i - 1]
        if s.endswith(("ский", "цкий", "ской")):
            return s[:-2] + ("ого", "ому", "им")[i - 1]
    else:
        if s.endswith(("ова", "ева", "ёва", "ина", "ына")):
            return s[:-1] + "ой"
        if s.endswith(("ская", "цкая")):
            return s[:-2] + "ой"
    for row in DATA["ru_word_surnames"]:
        if s == row[0] and male:
            return row[i]
        if s == row[4] and not male:
            return row[i] if row[4].endswith("а") else s
    return s


def fem_surname(s: str) -> str:
    if "-" in s:
        return "-".join(fem_surname(p) for p in s.split("-"))
    if s.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return s + "а"
    if s.endswith(("ский", "цкий")):
        return s[:-2] + "ая"
    if s.endswith("ской"):
        return s[:-2] + "ая"
    return s


def decl_first(s: str, male: bool, case: str) -> str:
    i = CASES.index(case)
    if i == 0 or s in DATA["ru_indecl_first"]:
        return s
    if s.endswith("ия"):
        return s[:-1] + ("и", "и", "ей")[i - 1]
    if s.endswith("я"):
        return s[:-1] + ("и", "е", "ей")[i - 1]
    if s.endswith("а"):
        gen = "и" if s[-2] in "гкхжшчщ" else "ы"
        ins = "ей" if s[-2] in "жшчщц" else "ой"
        return s[:-1] + (gen, "е", ins)[i - 1]
    if not male:
        return s
    if s.endswith("ий"):
        return s[:-1] + ("я", "ю", "ем")[i - 1]
    if s.endswith(("й", "ь")):
        return s[:-1] + ("я", "ю", "ем")[i - 1]
    if s == "Пётр":
        return ("Петра", "Петру", "Петром")[i - 1]
    if s == "Айаал":
        return s + ("а", "у", "ом")[i - 1]
    return s + ("а", "у", "ом")[i - 1]


def patronymic(base: str, male: bool) -> str:
    if base.endswith(("ов", "ев")):
        return base + ("ич" if male else "на")
    if base.endswith("эл"):
        return base + ("евич" if male else "евна")
    return base + ("ович" if male else "овна")


def decl_patr(p: str, male: bool, case: str) -> str:
    i = CASES.index(case)
    if i == 0 or " " in p:
        return p
    if male:
        return p + ("а", "у", "ем")[i - 1]
    return p[:-1] + ("ы", "е", "ой")[i - 1]


TR = dict(
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
            "shch",
            "",
            "y",
            "",
            "e",
            "yu",
            "ya",
        ],
        strict=True,
    )
)


def translit(s: str) -> str:
    out = []
    for ch in s:
        lo = ch.lower()
        if lo in TR:
            r = TR[lo]
            out.append(r.capitalize() if ch != lo else r)
        else:
            out.append(ch)
    return "".join(out)


class RuP:
    def __init__(self, rng: random.Random, male: bool | None = None) -> None:
        self.male = rng.random() < 0.5 if male is None else male
        r = rng.random()
        if r < 0.12:
            row = rng.choice(DATA["ru_word_surnames"])
            base = row[0]
            self.sur_nom = base if self.male else row[4]
        elif r < 0.17:
            a, b = rng.choice(DATA["ru_double_surnames"])
            base = f"{a}-{b}"
            self.sur_nom = base if self.male else fem_surname(base)
        else:
            base = rng.choice(DATA["ru_surnames"])
            self.sur_nom = base if self.male else fem_surname(base)
        self.first_nom = rng.choice(DATA["ru_male_first" if self.male else "ru_female_first"])
        self.patr_nom = patronymic(rng.choice(DATA["ru_patr_base"]), self.male)
        if rng.random() < 0.03:
            self.patr_nom = rng.choice(["Исмаил оглы", "Алиевич"]) if self.male else "Исмаил кызы"

    def sur(self, case: str = "nom") -> str:
        return decl_surname(self.sur_nom, self.male, case)

    def first(self, case: str = "nom") -> str:
        return decl_first(self.first_nom, self.male, case)

    def patr(self, case: str = "nom") -> str:
        return decl_patr(self.patr_nom, self.male, case)

    def ini(self, sep: str = "") -> str:
        return f"{self.first_nom[0]}.{sep}{self.patr_nom[0]}."

    def fmt(self, rng: random.Random, case: str = "nom", styles: str = "fFiIuo") -> str:
        st = rng.choice(styles)
        if st == "f":
            return f"{self.sur(case)} {self.first(case)} {self.patr(case)}"
        if st == "F":
            return f"{self.first(case)} {self.patr(case)} {self.sur(case)}"
        if st == "i":
            return f"{self.sur(case)} {self.ini(rng.choice(['', ' ']))}"
        if st == "I":
            return f"{self.ini(rng.choice(['', ' ']))} {self.sur(case)}"
        if st == "u":
            return f"{self.sur(case).upper()} {self.ini(' ')}"
        if st == "U":
            return f"{self.sur(case).upper()} {self.first(case).upper()} {self.patr(case).upper()}"
        if st == "l":
            return f"{self.sur(case).lower()} {self.ini('').lower()}"
        if st == "t":
            return f"{translit(self.sur())} {translit(self.first())}"
        return f"{self.first(case)} {self.patr(case)}"  # "o": имя-отчество


# ----------------------------------------------------------------------------- dates
def rdate(rng: random.Random, y0: int = 2021, y1: int = 2025) -> tuple[int, int, int]:
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(y0, y1)


def ru_date(rng: random.Random, d: tuple[int, int, int], st: str | None = None) -> str:
    dd, mm, yy = d
    st = st or rng.choice("nnnnsdwwi")
    if st == "n":
        return f"{dd:02d}.{mm:02d}.{yy}"
    if st == "s":
        return f"{dd:02d}.{mm:02d}.{yy % 100:02d}"
    if st == "d":
        return f"{dd}.{mm:02d}.{yy}"
    if st == "w":
        return f"{dd} {DATA['ru_months_gen'][mm - 1]} {yy}"
    if st == "W":
        return f"«{dd:02d}» {DATA['ru_months_gen'][mm - 1]} {yy}"
    if st == "m":
        return f"{dd:02d}.{mm:02d}"
    return f"{yy}-{mm:02d}-{dd:02d}"


def ru_gsuf(rng: random.Random) -> str:
    return rng.choice(["", "", " г.", "г.", " года", " г"])


def add_ru_date(
    b: B,
    rng: random.Random,
    d: tuple[int, int, int] | None = None,
    st: str | None = None,
    suffix: bool = True,
) -> None:
    d = d or rdate(rng)
    s = ru_date(rng, d, st)
    b.e("DATE", s)
    if suffix and s[-1].isdigit() and "-" not in s and len(s) > 5:
        b.t(ru_gsuf(rng))


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


def en_date(rng: random.Random, d: tuple[int, int, int], us: bool = False) -> str:
    dd, mm, yy = d
    st = rng.randrange(7)
    if st == 0:
        return f"{mm:02d}/{dd:02d}/{yy}" if us else f"{dd:02d}/{mm:02d}/{yy}"
    if st == 1:
        return f"{dd} {EN_MON[mm - 1][:3]} {yy}"
    if st == 2:
        suf = "th" if 10 <= dd <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(dd % 10, "th")
        return f"{dd}{suf} {EN_MON[mm - 1]} {yy}"
    if st == 3:
        return f"{EN_MON[mm - 1]} {dd}, {yy}"
    if st == 4:
        return f"{dd:02d}-{EN_MON[mm - 1][:3]}-{yy % 100:02d}"
    if st == 5:
        return f"{yy}-{mm:02d}-{dd:02d}"
    return f"{dd}/{mm}/{yy % 100:02d}"


# ----------------------------------------------------------------------------- addresses, orgs, contacts
def ru_address(rng: random.Random) -> str:
    house = rng.randint(1, 160)
    flat = rng.randint(1, 240)
    if rng.random() < 0.25:
        rayon, vil = rng.choice(DATA["ru_villages"])
        rep = rng.choice(["Республика Татарстан, ", "РТ, ", "Республика Башкортостан, ", ""])
        idx = str(rng.randint(422000, 453999)) + ", " if rng.random() < 0.5 else ""
        tail = rng.choice(
            [f", ул. Гайдара, д. {house}", f", ул. Центральная, {house}", f", ул. Школьная, д. {house}"]
        )
        return f"{idx}{rep}{rayon}, {vil}{tail}"
    idx, city, region = rng.choice(DATA["ru_cities"])
    st = rng.choice(DATA["ru_streets"])
    pre = ""
    if rng.random() < 0.6:
        pre += idx + ", "
    if region and rng.random() < 0.4:
        pre += region + ", "
    korp = rng.choice(
        ["", "", f", корп. {rng.randint(1, 4)}", f"/{rng.randint(1, 9)}", rng.choice(["А", "Б"])]
    )
    return rng.choice(
        [
            f"{pre}{city}, {st}, д. {house}{korp}, кв. {flat}",
            f"{pre}{city}, {st}, {house}{korp}-{flat}",
            f"{pre}{city}, {st} {house}{korp}, кв.{flat}",
            f"{pre}{city}, {st}, дом {house}, квартира {flat}",
        ]
    )


def ru_email(rng: random.Random, p: RuP | None = None) -> str:
    dom = rng.choice(DATA["ru_email_domains"])
    if p is None:
        return (
            rng.choice(["priem", "kancelyaria", "kardio2", "vmp", "omo", "tmk", "info"])
            + "@"
            + rng.choice(["rkbrt.ru", "gkb7.kzn.ru", "rkpb.tatar.ru", "cardioweb.ru", "drkb.ru"])
        )
    s = translit(p.sur_nom).lower().replace("-", "_").replace("'", "")
    f = translit(p.first_nom).lower()
    return (
        rng.choice(
            [
                f"{s}.{f[0]}{translit(p.patr_nom)[0].lower()}",
                f"{s}{rng.randint(60, 99)}",
                f"{f}.{s}",
                f"{f[0]}{s}_{rng.randint(1, 999)}",
                f"{s}-{f}",
            ]
        )
        + "@"
        + dom
    )


def ru_org(rng: random.Random, kind: str = "h") -> str:
    return rng.choice(DATA[{"h": "ru_hospitals", "e": "ru_employers", "s": "ru_schools"}[kind]])


RU_DX = ("болезнь", "синдром", "тиреоидит", "тетрада", "пищевод", "лимфома", "саркома", "дивертикул")
RU_SIGN = ("симптом", "рефлекс", "проба", "пятна", "реакция", "шкала", "индекс", "ретракция", "анализ")
EN_DX = (
    "disease",
    "syndrome",
    "palsy",
    "lymphoma",
    "thyroiditis",
    "phenomenon",
    "contracture",
    "sarcoma",
    "fracture",
    "cyst",
    "dementia",
)
EN_SIGN = ("sign", "test", "score", "Scale", "index", "gait", "sounds", "stage", "stain")


def _kind(term: str, dx: tuple, sign: tuple) -> str:
    if any(w in term for w in dx):
        return "dx"
    return "sign" if any(w in term for w in sign) else "proc"


def ru_ep(b: B, rng: random.Random, kind: str | None = None) -> None:
    pool = [t for t in DATA["ru_eponyms"] if kind is None or _kind(t, RU_DX, RU_SIGN) == kind]
    b.ep(rng.choice(pool))


def en_ep(b: B, rng: random.Random, kind: str | None = None) -> None:
    pool = [t for t in DATA["en_eponyms"] if kind is None or _kind(t, EN_DX, EN_SIGN) == kind]
    b.ep(rng.choice(pool))


def ib(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{rng.randint(100, 39999)}/{rng.randint(21, 25)}",
            f"{rng.randint(1000, 99999)}",
            f"{rng.randint(100, 9999)}-С",
            f"{rng.randint(21, 25)}-{rng.randint(10000, 99999)}",
        ]
    )


def ru_vitals(rng: random.Random) -> str:
    return rng.choice(
        [
            f"АД {rng.randint(100, 180)}/{rng.randint(60, 110)} мм рт. ст., ЧСС {rng.randint(52, 120)} в мин, "
            f"ЧДД {rng.randint(14, 26)}, SpO2 {rng.randint(88, 99)}%, t {rng.choice(['36,6', '37,2', '38,1', '36,8'])} °С. ",
            f"АД {rng.randint(100, 180)}/{rng.randint(60, 110)}, Ps {rng.randint(52, 120)}, сатурация {rng.randint(90, 99)}%. ",
            f"Hb {rng.randint(78, 150)} г/л, лейк. {rng.randint(3, 18)},{rng.randint(0, 9)}×10⁹/л, "
            f"креатинин {rng.randint(60, 320)} мкмоль/л, СКФ {rng.randint(15, 110)} мл/мин/1,73м². ",
            f"ЛПНП {rng.randint(1, 5)}.{rng.randint(0, 9)} ммоль/л, HbA1c {rng.randint(5, 11)},{rng.randint(0, 9)}%, "
            f"ИМТ {rng.randint(19, 42)}. ",
            f"ТТГ {rng.randint(0, 9)},{rng.randint(10, 99)} мМЕ/л, Т4 св. {rng.randint(9, 30)} пмоль/л. ",
            f"ЭКГ в 12 отв.: ритм синусовый, ЧСС {rng.randint(55, 95)}, ЭОС отклонена влево. ",
            f"ФВ {rng.randint(25, 65)}% по Simpson, NYHA {rng.choice(['I', 'II', 'III'])}, СН II А ст. ",
        ]
    )


def ru_drugs(rng: random.Random) -> str:
    return rng.choice(
        [
            "Конкор 5 мг 1 р/д, Ксарелто 20 мг вечером, аторвастатин 40 мг. ",
            "Эналаприл 10 мг 2 р/д, Лазикс 40 мг в/в струйно № 3. ",
            "Эутирокс 75 мкг натощак, Кардиомагнил 75 мг. ",
            "Цефтриаксон 2,0 в/в 1 р/д № 7, Омез 20 мг 2 р/д. ",
            "Метформин 1000 мг 2 р/д, Тресиба 18 ЕД п/к. ",
            "Эликвис 5 мг 2 р/д, Юперио 100 мг 2 р/д, Джардинс 10 мг. ",
            "Галоперидол 5 мг в/м однократно, Феназепам 1 мг на ночь. ",
        ]
    )


# ----------------------------------------------------------------------------- English helpers
class EnP:
    def __init__(self, rng: random.Random, male: bool | None = None) -> None:
        self.male = rng.random() < 0.5 if male is None else male
        self.first = rng.choice(DATA["en_first_m" if self.male else "en_first_f"])
        self.last = rng.choice(DATA["en_surnames"])
        if self.first == self.last:
            self.last = "Walker"

    def title(self, rng: random.Random) -> str:
        return rng.choice(["Mr ", "Mr. "]) if self.male else rng.choice(["Mrs ", "Ms ", "Miss ", "Mrs. "])

    def fmt(self, rng: random.Random, styles: str = "fFlLiU") -> str:
        st = rng.choice(styles)
        if st == "f":
            return f"{self.first} {self.last}"
        if st == "F":
            return f"{self.last.upper()}, {self.first}"
        if st == "l":
            return self.last
        if st == "L":
            return f"{self.first.lower()} {self.last.lower()}"
        if st == "i":
            return f"{self.first[0]}. {self.last}"
        if st == "I":
            return f"{self.first[0]} {self.last}"
        return f"{self.last}, {self.first}"


def en_phone(rng: random.Random, cc: str) -> str:
    if cc == "au":
        return rng.choice(
            [
                f"04{digits(rng, 2, False)} {digits(rng, 3, False)} {digits(rng, 3, False)}",
                f"(0{rng.choice('2378')}) {digits(rng, 4)} {digits(rng, 4, False)}",
                f"+61 4{digits(rng, 2, False)} {digits(rng, 3, False)} {digits(rng, 3, False)}",
                f"+61 {rng.choice('2378')} {digits(rng, 4)} {digits(rng, 4, False)}",
            ]
        )
    if cc == "ie":
        return rng.choice(
            [
                f"+353 8{rng.choice('3567')} {digits(rng, 3)} {digits(rng, 4, False)}",
                f"(01) {digits(rng, 3)} {digits(rng, 4, False)}",
                f"08{rng.choice('3567')} {digits(rng, 3)} {digits(rng, 4, False)}",
                f"(021) {digits(rng, 3)} {digits(rng, 4, False)}",
            ]
        )
    if cc == "nz":
        return rng.choice(
            [
                f"021 {digits(rng, 3)} {digits(rng, 4, False)}",
                f"(09) {digits(rng, 3)} {digits(rng, 4, False)}",
                f"+64 27 {digits(rng, 3)} {digits(rng, 4, False)}",
                f"04 {digits(rng, 3)} {digits(rng, 4, False)}",
            ]
        )
    if cc == "ca":
        return rng.choice(
            [
                f"(416) {digits(rng, 3)}-{digits(rng, 4, False)}",
                f"647-{digits(rng, 3)}-{digits(rng, 4, False)}",
                f"+1 514 {digits(rng, 3)} {digits(rng, 4, False)}",
                f"416.{digits(rng, 3)}.{digits(rng, 4, False)}",
            ]
        )
    return rng.choice(
        [
            f"+91 9{digits(rng, 4, False)} {digits(rng, 5, False)}",
            f"+91-80-{digits(rng, 8)}",
            f"9{digits(rng, 9, False)}",
            f"044 {digits(rng, 4)} {digits(rng, 4, False)}",
        ]
    )


def en_address(rng: random.Random, cc: str) -> str:
    rows = DATA["en_addresses"]
    sub = {"au": rows[0:4], "ie": rows[4:6], "nz": rows[6:8], "ca": rows[8:10], "in": rows[10:12]}[cc]
    a, b = rng.choice(sub)
    a = a.format(n=rng.randint(1, 12), m=rng.randint(2, 240), st=rng.choice(DATA["en_streets"]))
    return f"{a}, {b}" if rng.random() < 0.7 else f"{a}\n{b}"


def en_email(rng: random.Random, p: EnP) -> str:
    f = p.first.lower()
    s = p.last.lower().replace(" ", "").replace("'", "").replace("í", "i").replace("é", "e")
    return (
        rng.choice(
            [f"{f}.{s}", f"{f[0]}{s}{rng.randint(1, 99)}", f"{s}.{f}{rng.randint(60, 99)}", f"{f}_{s}"]
        )
        + "@"
        + rng.choice(DATA["en_email_domains"])
    )


def medicare(rng: random.Random) -> str:
    d = str(rng.randint(2, 6)) + digits(rng, 7, False)
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    chk = sum(int(a) * b for a, b in zip(d, w, strict=True)) % 10
    full = d + str(chk) + str(rng.randint(1, 5))
    return rng.choice(
        [
            f"{full[:4]} {full[4:9]} {full[9]}",
            full[:10],
            f"{full[:4]} {full[4:9]} {full[9]}-{rng.randint(1, 5)}",
        ]
    )


def nhi(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return "".join(rng.choice(letters) for _ in range(3)) + digits(rng, 4, False)


def en_vitals(rng: random.Random) -> str:
    return rng.choice(
        [
            f"BP {rng.randint(95, 185)}/{rng.randint(55, 105)}, HR {rng.randint(50, 130)}, RR {rng.randint(12, 30)}, "
            f"SpO2 {rng.randint(88, 100)}% RA, T {rng.choice(['36.7', '38.4', '37.9'])}. GCS 15. ",
            f"Hb 98, WCC {rng.randint(4, 22)}.{rng.randint(0, 9)}, CRP {rng.randint(2, 280)}, eGFR {rng.randint(15, 90)}. ",
            f"ECOG 1. NYHA II. CURB-65 score {rng.randint(0, 4)}. qSOFA {rng.randint(0, 3)}. ",
            f"INR 2.{rng.randint(0, 9)} on warfarin 5 mg. HbA1c 7.{rng.randint(0, 9)}%. BMI {rng.randint(19, 44)}. ",
            "ECG: sinus rhythm, 12-lead, no acute ST changes. T4 normal. ",
            f"GCS E4V5M6. Pain 6/10. NEWS2 {rng.randint(0, 8)}. ",
        ]
    )


def en_drugs(rng: random.Random) -> str:
    return rng.choice(
        [
            "Eliquis 5 mg BD, metoprolol 47.5 mg daily. ",
            "Panadol Osteo 2 tabs TDS PRN, Endone 5 mg. ",
            "Xarelto 20 mg nocte, Lipitor 40 mg. ",
            "Augmentin Duo Forte 875/125 BD x 7/7. ",
            "Lantus 22 units nocte, Ozempic 0.5 mg weekly. ",
            "Ventolin 2 puffs QID PRN, Symbicort 200/6. ",
        ]
    )


# ----------------------------------------------------------------------------- Russian templates
def ru_sig(b: B, rng: random.Random, p: RuP | None = None, role: str | None = None) -> None:
    p = p or RuP(rng)
    role = role or rng.choice(
        ["Зав. отд.", "Лечащий врач", "Врач-кардиолог", "Дежурный врач", "Врач-терапевт"]
    )
    st = rng.randrange(3)
    if st == 0:
        b.t(f"{role} ____________ /").e("NAME", f"{p.sur()} {p.ini()}").t("/\n")
    elif st == 1:
        b.t(f"{role}: ").e("NAME", p.fmt(rng, styles="iI")).t("\n")
    else:
        b.t(f"{role} ").e("NAME", p.fmt(rng, styles="f")).t(" (подпись)\n")


def ru_diary(b: B, rng: random.Random) -> None:
    p = RuP(rng)
    b.t("ДНЕВНИК НАБЛЮДЕНИЯ\nИБ № ").e("ID", ib(rng)).t(
        f"  Отделение кардиологии № {rng.randint(1, 3)}, палата {rng.randint(1, 30)}\n"
    )
    b.t("Пациент: ").e("NAME", p.fmt(rng, styles="fiu")).t(f", {rng.randint(30, 90)} лет\n\n")
    d = rdate(rng, 2022, 2025)
    for k in range(rng.randint(2, 4)):
        dd = (min(d[0] + k, 28), d[1], d[2])
        b.e("DATE", ru_date(rng, dd, rng.choice("nns"))).t(
            f" {rng.randint(7, 19):02d}:{rng.choice(['00', '30', '15'])} "
        )
        b.t(rng.choice(["Осмотр с зав. отделением. ", "Обход. ", "Дневник. ", "Совместный осмотр. "]))
        b.t(
            rng.choice(
                [
                    "Жалобы на одышку при ходьбе, слабость. ",
                    "Жалоб активно не предъявляет. ",
                    "Ночь спал плохо, беспокоили перебои. ",
                ]
            )
        )
        b.t(ru_vitals(rng))
        if rng.random() < 0.6:
            b.t("Отмечается ")
            ru_ep(b, rng, "sign")
            b.t(rng.choice([" (отрицательный). ", ". ", " — без динамики. "]))
        if rng.random() < 0.3:
            b.t("Со слов дочери (").e("NAME", RuP(rng, False).fmt(rng, styles="oF")).t(", тел. ").e(
                "PHONE", ru_phone(rng, True)
            ).t(") — ")
            b.t("дома принимал препараты нерегулярно. ")
        b.t(ru_drugs(rng) + "\n")
        ru_sig(b, rng)
    b.t("Зав. отд. ____ /").e("NAME", f"{fem_surname(rng.choice(['Ковалёв', 'Сабиров', 'Гоголев']))} Т.М.").t(
        "/\n"
    )


def ru_vk(b: B, rng: random.Random) -> None:
    p = RuP(rng)
    b.t("ПРОТОКОЛ ЗАСЕДАНИЯ ВРАЧЕБНОЙ КОМИССИИ № ").e("ID", f"{rng.randint(12, 2400)}").t(" от ")
    add_ru_date(b, rng)
    b.t("\n").e("ORG", ru_org(rng)).t("\nФ.И.О. пациента: ").e("NAME", p.fmt(rng, styles="fU")).t(
        "\nДата рождения: "
    )
    add_ru_date(b, rng, rdate(rng, 1940, 2000), "n")
    b.t("\nМесто работы: ").e("ORG", ru_org(rng, "e")).t(
        rng.choice([", водитель", ", оператор ДНГ", ", бухгалтер", ""])
    )
    b.t("\nЛН (ЭЛН) № ").e("ID", "9" + digits(rng, 11, False)).t(" открыт ")
    add_ru_date(b, rng)
    b.t(", продлён по ")
    add_ru_date(b, rng)
    b.t(f" включительно.\nДиагноз: {rng.choice(['I21.4', 'M45', 'S82.2', 'J18.1', 'E06.3'])} ")
    ru_ep(b, rng, "dx")
    b.t(". Состояние после остеосинтеза. ")
    b.t("\nРешение ВК: продлить ЛН на 15 дней; направить на МСЭ.\nПредседатель ВК: ").e(
        "NAME", RuP(rng).fmt(rng, styles="iI")
    )
    b.t("\nЧлены комиссии: ").e("NAME", RuP(rng).fmt(rng, styles="iI")).t(", ").e(
        "NAME", RuP(rng).fmt(rng, styles="iI")
    ).t("\n")


def ru_mse(b: B, rng: random.Random) -> None:
    p = RuP(rng)
    b.t("НАПРАВЛЕНИЕ НА МЕДИКО-СОЦИАЛЬНУЮ ЭКСПЕРТИЗУ\n1. Дата выдачи: ")
    add_ru_date(b, rng, st="W")
    b.t("\n2. Фамилия, имя, отчество: ").e("NAME", p.fmt(rng, styles="fU")).t("\n3. Дата рождения: ")
    add_ru_date(b, rng, rdate(rng, 1950, 2005), "n")
    b.t(f", возраст {rng.randint(20, 74)} лет\n4. СНИЛС: ").e("ID", snils(rng)).t(
        "\n5. Адрес места жительства: "
    )
    b.e("ADDRESS", ru_address(rng)).t("\n6. Контактный телефон: ").e("PHONE", ru_phone(rng)).t(
        "\n7. Электронная почта: "
    )
    b.e("EMAIL", ru_email(rng, p)).t("\n8. Группа инвалидности до направления: ")
    b.t(rng.choice(["III группа, бессрочно", "нет", "II группа с "]))
    b.t("\n9. Анамнез: в ")
    b.e("DATE", str(rng.randint(2005, 2022))).t(" г. перенёс ОНМК, положительный ")
    ru_ep(b, rng, "sign")
    b.t(f". Шкала Рэнкин {rng.randint(1, 4)} балла, шкала Бартел {rng.randint(40, 95)} баллов.\n")
    b.t("Врачебная комиссия: протокол № ").e("ID", f"{rng.randint(1, 999)}/{rng.randint(1, 12)}").t("\n")


def ru_consent(b: B, rng: random.Random) -> None:
    p = RuP(rng)
    b.t("ИНФОРМИРОВАННОЕ ДОБРОВОЛЬНОЕ СОГЛАСИЕ на медицинское вмешательство\n")
    b.t("Я, ").e("NAME", p.fmt(rng, styles="fU")).t(", ")
    b.e("DATE", str(rng.randint(1940, 2004))).t(rng.choice([" г.р.", " года рождения", " г. р."]))
    b.t(", паспорт ").e("ID", passport(rng)).t(", выдан ")
    b.t(
        rng.choice(
            [
                "МВД по Республике Татарстан ",
                "ОУФМС России по РБ в Советском р-не г. Уфы ",
                "ГУ МВД России по г. Москве ",
            ]
        )
    )
    add_ru_date(b, rng, rdate(rng, 2005, 2024), "n")
    b.t(", код подразделения ").e("ID", f"{rng.randint(100, 780)}-{rng.randint(1, 80):03d}")
    b.t(", зарегистрированн" + ("ый" if p.male else "ая") + " по адресу: ").e("ADDRESS", ru_address(rng))
    if rng.random() < 0.5:
        ch = RuP(rng)
        b.t(", являясь законным представителем ребёнка ").e("NAME", ch.fmt(rng, "gen", "f")).t(", ")
        add_ru_date(b, rng, rdate(rng, 2012, 2023), "n")
        b.t(" г.р.")
    b.t(", даю согласие на ").t(rng.choice(["коронарографию", "анестезиологическое пособие", "операцию"]))
    if rng.random() < 0.7:
        b.t(" — ")
        ru_ep(b, rng, "proc")
    b.t(".\nМне разъяснены риски. Врач: ").e("NAME", RuP(rng).fmt(rng, "nom", "iI")).t(
        "\nПодпись пациента ________ "
    )
    add_ru_date(b, rng)
    b.t("\n")


def ru_transfer(b: B, rng: random.Random) -> None:
    p = RuP(rng)
    b.t("ПЕРЕВОДНОЙ ЭПИКРИЗ\nИз ").e("ORG", ru_org(rng)).t(" в ").e("ORG", ru_org(rng)).t("\n")
    b.t("Больн" + ("ой " if p.male else "ая ")).e("NAME", p.fmt(rng, "nom", "fu")).t(
        f", {rng.randint(40, 88)} лет, ИБ № "
    ).e("ID", ib(rng))
    b.t(", находил" + ("ся" if p.male else "ась") + " на лечении с ")
    d1 = rdate(rng)
    b.e("DATE", ru_date(rng, d1, "m")).t(" по ")
    b.e("DATE", ru_date(rng, (min(d1[0] + 9, 28), d1[1], d1[2]), "n")).t(".\n")
    b.t("Диагноз: ИБС. Q-ИМ нижней стенки ЛЖ от ")
    add_ru_date(b, rng, d1, rng.choice("nsd"))
    b.t(". ")
    ru_ep(b, rng, "dx")
    b.t(". Killip II. GRACE 142.\n" + ru_vitals(rng) + ru_drugs(rng))
    b.t("\nПеревод согласован с дежурным кардиологом ").e("NAME", RuP(rng).fmt(rng, "ins", "fiI"))
    b.t(" по тел. ").e("PHONE", ru_phone(rng, False)).t(".\n")
    ru_sig(b, rng)


def ru_sanat(b: B, rng: random.Random) -> None:
    p = RuP(rng)
    b.t("ВЫПИСКА ИЗ МЕДИЦИНСКОЙ КАРТЫ АМБУЛАТОРНОГО БОЛЬНОГО (для санаторно-курортного лечения)\n")
    b.t("Выдана ").e("ORG", ru_org(rng)).t(" для предоставления в ").e(
        "ORG",
        rng.choice(
            [
                "ФГБУ «Санаторий «Волга»»",
                "АО «Санаторий «Бакирово»»",
                "санаторий «Жемчужина Ростова»",
                "ООО «Санаторий «Ижминводы»»",
            ]
        ),
    )
    b.t("\nФ.И.О.: ").e("NAME", p.fmt(rng, "nom", "fU")).t("  Д.р.: ")
    add_ru_date(b, rng, rdate(rng, 1945, 1995), "n")
    b.t("\nАмб. карта № ").e("ID", rng.choice(["А-", "", "Т"]) + str(rng.randint(1000, 99999)))
    b.t(", полис ОМС ").e("ID", oms(rng)).t("\nАдрес: ").e("ADDRESS", ru_address(rng))
    b.t("\nАнамнез: в ").e("DATE", str(rng.randint(2010, 2023))).t(
        rng.choice([" г. перенёс ОИМ, ", " году — холецистэктомия, "])
    )
    b.t(f"в {rng.choice(DATA['ru_months_prep'])} ")
    b.t("прошлого года обострение. Последняя госпитализация ")
    m = rng.randrange(12)
    b.e("DATE", f"{DATA['ru_months_prep'][m]} {rng.randint(2021, 2024)}").t(" г. ")
    b.t(ru_vitals(rng))
    b.ep("Анализ мочи по Нечипоренко").t(" — норма. ")
    ru_ep(b, rng, "dx")
    b.t(" — в анамнезе.\nЗаключение: санаторно-курортное лечение не противопоказано.\n")
    ru_sig(b, rng, role="Участковый терапевт")


def ru_school(b: B, rng: random.Random) -> None:
    ch = RuP(rng)
    par = RuP(rng, rng.random() < 0.3)
    par.sur_nom = (
        ch.sur_nom if ch.male == par.male else (fem_surname(ch.sur_nom) if not par.male else par.sur_nom)
    )
    b.t(
        "СПРАВКА "
        + rng.choice(
            ["в бассейн", "для посещения образовательной организации", "о допуске к занятиям физкультурой"]
        )
    )
    b.t("\nВыдана ").e("NAME", ch.fmt(rng, "dat", "fF")).t(", ")
    add_ru_date(b, rng, rdate(rng, 2010, 2021), rng.choice("nw"))
    b.t(
        " г.р., учени" + ("ку " if ch.male else "це ") + f"{rng.randint(1, 11)} «{rng.choice('АБВ')}» класса "
    )
    b.e("ORG", ru_org(rng, "s")).t("\nпроживающ" + ("ему" if ch.male else "ей") + " по адресу: ").e(
        "ADDRESS", ru_address(rng)
    )
    b.t("\nв том, что по результатам осмотра противопоказаний нет. Соскоб на энтеробиоз от ")
    add_ru_date(b, rng)
    b.t(" отр. ")
    b.ep(rng.choice(["Проба Манту", "проба Манту", "Реакция Манту", "шкала Апгар при рождении"]))
    b.t(" — отр. Группа здоровья II.\n" + ("Отец" if par.male else "Мать") + "/законный представитель: ").e(
        "NAME", par.fmt(rng, "nom", "fi")
    )
    b.t(", тел. ").e("PHONE", ru_phone(rng, True)).t("\nВрач-педиатр ").e(
        "NAME", RuP(rng).fmt(rng, "nom", "iI")
    )
    b.t("  ").e("ORG", ru_org(rng)).t("\n")


def ru_psych(b: B, rng: random.Random) -> None:
    p = RuP(rng)
    kind = rng.choice(["психиатра", "психиатра-нарколога"])
    b.t(f"ЗАКЛЮЧЕНИЕ ВРАЧА-{kind.upper()}\n").e(
        "ORG",
        rng.choice(
            [
                "ГАУЗ «РКПБ им. акад. В.М. Бехтерева МЗ РТ»",
                "ГАУЗ «РНД МЗ РТ»",
                "ГБУЗ «ПКБ № 1 им. Н.А. Алексеева ДЗМ»",
            ]
        ),
    )
    b.t("\nОсвидетельствуем" + ("ый" if p.male else "ая") + ": ").e("NAME", p.fmt(rng, "nom", "fU")).t(", ")
    b.e("DATE", str(rng.randint(1960, 2005))).t(" г.р., паспорт ").e("ID", passport(rng))
    b.t("\nДата освидетельствования: ")
    add_ru_date(b, rng)
    b.t(". Жалобы на нарушение сна. В анамнезе F10.2, стационарное лечение в ")
    b.e("DATE", str(rng.randint(2012, 2023))).t(" г. ")
    b.t(rng.choice(["Суицидальные мысли отрицает. ", "Галлюцинаторно-бредовой симптоматики не выявлено. "]))
    b.t(f"MMSE {rng.randint(22, 30)}/30, HADS-D {rng.randint(3, 15)}. ")
    b.ep(rng.choice(["Рефлекс Бабинского", "Симптом Ромберга", "Тремор по типу болезни Паркинсона"]))
    b.t(" не выявлен.\nПод диспансерным наблюдением " + rng.choice(["не состоит.", "состоит с "]))
    b.t("\nВрач ").e("NAME", RuP(rng).fmt(rng, "nom", "iI")).t(", эл. почта для запросов: ").e(
        "EMAIL", ru_email(rng)
    ).t("\n")


def ru_vmp(b: B, rng: random.Random) -> None:
    p = RuP(rng)
    b.t("НАПРАВЛЕНИЕ на госпитализацию для оказания ВМП\nНаправляющая МО: ").e("ORG", ru_org(rng)).t(
        "\nПринимающая МО: "
    )
    b.e(
        "ORG",
        rng.choice(
            [
                "ФГБУ «НМИЦ кардиологии» Минздрава России",
                "ФГБУ «НМИЦ онкологии им. Н.Н. Петрова» Минздрава России",
                "ФГБУ «НМИЦ ТО им. Н.Н. Приорова» Минздрава России",
                "ФГБУ «ФЦССХ» Минздрава России (г. Пенза)",
            ]
        ),
    )
    b.t("\nПациент: ").e("NAME", p.fmt(rng, "nom", "fU")).t(", дата рождения ")
    add_ru_date(b, rng, rdate(rng, 1950, 2010), "n")
    b.t("\nСНИЛС ").e("ID", snils(rng)).t("  Полис ОМС (ЕНП) ").e("ID", oms(rng))
    if rng.random() < 0.4:
        b.t("  ИНН ").e("ID", inn(rng, 12))
    b.t("\nАдрес регистрации: ").e("ADDRESS", ru_address(rng)).t("\nТел.: ").e("PHONE", ru_phone(rng))
    b.t(", e-mail: ").e("EMAIL", ru_email(rng, p))
    b.t(f"\nДиагноз (МКБ-10): {rng.choice(['I35.0', 'Q21.0', 'M16.1', 'C16.2'])}. ")
    ru_ep(b, rng, "dx")
    b.t(". Профиль ВМП: сердечно-сосудистая хирургия, вид 7.\nТалон ВМП № ").e(
        "ID",
        f"{rng.randint(1, 99):02d}.{rng.randint(0, 9999):04d}.{rng.randint(10000, 99999)}.{rng.randint(100, 999)}",
    )
    b.t("\nЛечащий врач: ").e("NAME", RuP(rng).fmt(rng, "nom", "fi")).t(", моб. ").e(
        "PHONE", ru_phone(rng, True)
    ).t("\n")


def ru_talon(b: B, rng: random.Random) -> None:
    p = RuP(rng)
    b.t("ТАЛОН НА ПРИЁМ К ВРАЧУ\n").e("ORG", ru_org(rng)).t("\nПациент: ").e("NAME", p.fmt(rng, "nom", "fui"))
    b.t(f"\nВрач: {rng.choice(['кардиолог', 'эндокринолог', 'невролог'])} ").e(
        "NAME", RuP(rng).fmt(rng, "nom", "iI")
    )
    b.t(f", каб. {rng.randint(100, 450)}\nДата и время: ")
    add_ru_date(b, rng, st=rng.choice("nw"), suffix=False)
    b.t(f" в {rng.randint(8, 18):02d}:{rng.choice(['00', '20', '40'])}\nНомер записи: ").e(
        "ID", digits(rng, 9)
    )
    b.t("\nОтменить запись: ").e(
        "URL",
        rng.choice(["https://www.gosuslugi.ru/", "https://uslugi.tatarstan.ru/"])
        + f"{rng.choice(['appointment', 'zapis'])}/{digits(rng, 8)}",
    )
    b.t(" или по тел. ").e("PHONE", ru_phone(rng, False)).t("\nПри себе иметь полис ОМС, СНИЛС.\n")


def ru_lab(b: B, rng: random.Random) -> None:
    p = RuP(rng)
    b.t("КДЛ ").e("ORG", ru_org(rng)).t("\nПациент: ").e(
        "NAME", f"{p.sur().upper()} {p.ini(rng.choice(['', ' ']))}"
    )
    b.t(f", {rng.randint(18, 95)} л., ИБ ").e("ID", ib(rng)).t(
        f", отд. {rng.choice(['ТО-1', 'КО-2', 'ОРИТ', 'ПСО'])}, взят "
    )
    b.e("DATE", ru_date(rng, rdate(rng), rng.choice("ns"))).t(
        f" {rng.randint(6, 10):02d}:{rng.randint(0, 59):02d}"
    )
    b.t("\nШтрихкод пробы: ").e("ID", digits(rng, rng.choice([10, 13])))
    b.t(
        f"\nОАК: Hb {rng.randint(70, 160)} г/л, Эр {rng.randint(2, 5)},{rng.randint(1, 9)}, Тр {rng.randint(90, 400)}, СОЭ {rng.randint(2, 60)} мм/ч (по Вестергрену). "
    )
    b.t("\n")
    b.ep(rng.choice(["Анализ мочи по Нечипоренко", "Анализ мочи по Зимницкому", "Посев с окраской по Граму"]))
    b.t(f": лейк. {rng.randint(500, 6000)}/мл. ")
    b.t(ru_vitals(rng))
    b.t("\nВыполнил: ").e("NAME", RuP(rng).fmt(rng, "nom", "iI")).t(
        f" Валидировано {rng.randint(10, 16)}:{rng.randint(10, 59)}\n"
    )


def ru_instr(b: B, rng: random.Random) -> None:
    p = RuP(rng)
    doc = RuP(rng)
    b.t("ПАМЯТКА ПРИ ВЫПИСКЕ\n").e("NAME", p.fmt(rng, "dat", "oF")).t(", ")
    b.t("рекомендуем: ").t(ru_drugs(rng)).t("Контроль МНО через 5 дней. ")
    b.ep(
        rng.choice(
            [
                "Анализ мочи по Нечипоренко",
                "Проба Зимницкого",
                "Мониторирование ЭКГ по Холтеру",
                "Монитор по Холтеру",
            ]
        )
    )
    b.t(" — повторить через месяц.\nСправочная отделения: ").e("PHONE", ru_phone(rng, False))
    b.t("\nПри ухудшении звоните лечащему врачу ").e("NAME", doc.fmt(rng, "dat", "oiF")).t(
        " на личный мобильный "
    )
    b.e("PHONE", ru_phone(rng, True)).t(" (с 9 до 17) или пишите на ").e("EMAIL", ru_email(rng, doc))
    b.t(".\nСайт больницы: ").e(
        "URL",
        rng.choice(
            ["https://rkbrt.ru", "www.gkb7.ru", "https://drkb.ru/patients", "http://cardio-rt.ru/pamyatki"]
        ),
    )
    b.t("\nСледующая явка: ")
    add_ru_date(b, rng, st="w")
    b.t("\n")


def ru_tmk(b: B, rng: random.Random) -> None:
    p = RuP(rng)
    b.t("ПРОТОКОЛ ТЕЛЕМЕДИЦИНСКОЙ КОНСУЛЬТАЦИИ (врач — врач)\nЗапрос от ").e("ORG", ru_org(rng))
    b.t(" № ").e("ID", f"ТМК-{rng.randint(2022, 2025)}-{rng.randint(1000, 99999)}").t(" от ")
    add_ru_date(b, rng, st="n", suffix=False)
    b.t(f" {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}\nКонсультирующая организация: ").e(
        "ORG", "ФГБУ «НМИЦ кардиологии» Минздрава России"
    )
    b.t("\nПациент: ").e("NAME", p.fmt(rng, "nom", "fu")).t(", ЕНП ").e("ID", oms(rng))
    b.t("\nСсылка на конференцию: ").e(
        "URL", f"https://tmk.{rng.choice(['rosminzdrav.ru', 'nmickard.ru'])}/room/{digits(rng, 6)}"
    )
    b.t("\nКонсультант: проф. ").e("NAME", RuP(rng).fmt(rng, "nom", "fI")).t(", ").e("EMAIL", ru_email(rng))
    b.t("\nЗаключение: показана ТАВИ. ")
    ru_ep(b, rng, "dx")
    b.t(". EuroSCORE II 6,4%. STS 5,1%.\n")


def ru_nurse(b: B, rng: random.Random) -> None:
    p = RuP(rng)
    rel = RuP(rng, True)
    b.t(rng.choice(["сестр. запись ", "м/с поста: ", "пост 2 "]))
    b.e("DATE", ru_date(rng, rdate(rng), rng.choice("nsm"))).t(rng.choice([" ночь ", " 22.00 ", " утро "]))
    b.t(rng.choice(["пац-ка ", "больной ", "пац. "])).e("NAME", p.fmt(rng, "nom", "l"))
    b.t(
        f" пал.{rng.randint(1, 20)} ад {rng.randint(90, 190)}/{rng.randint(50, 100)} пульс {rng.randint(50, 120)} беспокоилась, "
    )
    b.t("жаловалсь на боль в пояснице, ")
    b.ep("симптом пастернацкого")
    b.t(" со слов отр., сделан кеторол в/м. звонил сын ").e(
        "NAME", rel.first_nom.lower() if rng.random() < 0.5 else rel.first_nom
    )
    b.t(" просил перезвонить ").e("PHONE", ru_phone(rng, True))
    b.t(" . катетер ")
    b.ep(rng.choice(["фолея", "Фолея"]))
    b.t(f" заменен, диурез {rng.randint(300, 1800)} мл. дежурн врач ").e("NAME", RuP(rng).sur("nom").lower())
    b.t(" в курсе\nм/с ").e("NAME", RuP(rng, False).fmt(rng, "nom", "il")).t("\n")


def ru_contacts(b: B, rng: random.Random) -> None:
    p = RuP(rng)
    b.t("ЛИСТ ПЕРВИЧНОГО ОСМОТРА (приёмное отделение)\nФИО: ").e("NAME", p.fmt(rng, "nom", "fU")).t(", ")
    add_ru_date(b, rng, rdate(rng, 1935, 1999), "n")
    b.t(
        " г.р. Доставлен"
        + ("" if p.male else "а")
        + f" СМП (бригада № {rng.randint(1, 60)}), карта вызова № "
    ).e("ID", digits(rng, 6))
    b.t("\nКонтактное лицо: ")
    rel = RuP(rng)
    b.t(rng.choice(["сын" if rel.male else "дочь", "супруг" if rel.male else "супруга"]) + " — ")
    b.e("NAME", rel.first_nom if rng.random() < 0.5 else rel.fmt(rng, "nom", "oF")).t(", ").e(
        "PHONE", ru_phone(rng, True)
    )
    b.t("\nСо слов соседки, ").e("NAME", RuP(rng).fmt(rng, "nom", "o")).t(
        ", пациент" + ("" if p.male else "ка")
    )
    b.t(" найден" + ("" if p.male else "а") + " дома по адресу ").e("ADDRESS", ru_address(rng)).t(".\n")
    b.t("GCS 13, ШКГ 13 б. ")
    ru_ep(b, rng, "sign")
    b.t(
        rng.choice([" слабоположительный", " сомнительный", " отрицательный"])
        + f". NIHSS {rng.randint(0, 20)}.\n"
    )
    b.t("Обращение: ").e("NAME", p.fmt(rng, "nom", "o")).t(
        rng.choice([", как вы себя чувствуете? — ответ невнятный.\n", " ориентирован в месте.\n"])
    )
    ru_sig(b, rng, role="Врач приёмного отделения")


def ru_translit(b: B, rng: random.Random) -> None:
    p = RuP(rng)
    b.t("ВЫПИСКА ДЛЯ СТРАХОВОЙ КОМПАНИИ / MEDICAL REPORT\nПациент (Patient): ").e(
        "NAME", p.fmt(rng, "nom", "f")
    )
    b.t(" / ").e(
        "NAME",
        translit(f"{p.sur()} {p.first()}").upper()
        if rng.random() < 0.5
        else translit(f"{p.first()} {p.sur()}"),
    )
    b.t("\nЗагранпаспорт (Passport): ").e("ID", f"{rng.randint(70, 77)} {digits(rng, 7)}")
    b.t("\nДата рождения (DOB): ")
    d = rdate(rng, 1950, 2000)
    b.e("DATE", ru_date(rng, d, "n")).t("\nПолис ДМС ").e(
        "ID", f"{rng.choice(['001-', 'ДМС-', ''])}{digits(rng, 8)}"
    )
    b.t(" (").e("ORG", rng.choice(["АО «СОГАЗ»", "СПАО «Ингосстрах»", "АО «АльфаСтрахование»"])).t(")\n")
    b.t("Диагноз / Diagnosis: ")
    ru_ep(b, rng, "dx")
    b.t(". Госпитализация с ")
    add_ru_date(b, rng, suffix=False)
    b.t(" по ")
    add_ru_date(b, rng, suffix=False)
    b.t(".\nКонтакт лечащего врача: ").e("EMAIL", ru_email(rng, RuP(rng))).t(", ").e(
        "PHONE", ru_phone(rng, True)
    ).t("\n")


def ru_recipe(b: B, rng: random.Random) -> None:
    p = RuP(rng)
    b.t("РЕЦЕПТ (форма № 148-1/у-04 (л))\nСерия ").e(
        "ID", f"{rng.randint(10, 99)}-{rng.randint(20, 25)}-{digits(rng, 7)}"
    )
    b.t(" Дата выписки ")
    add_ru_date(b, rng)
    b.t("\nФ.И.О. пациента: ").e("NAME", p.fmt(rng, "nom", "fi")).t("\nДата рождения: ")
    add_ru_date(b, rng, rdate(rng, 1940, 1990), "n")
    b.t("\nСНИЛС: ").e("ID", snils(rng)).t("\nПолис ОМС: ").e("ID", oms(rng))
    b.t("\nКод льготы 081. Rp.: ").t(
        rng.choice(
            ["Tab. Rivaroxabani 20 mg № 30", "Tab. Bisoprololi 5 mg № 30", "Sol. Insulini glargini 100 ЕД/мл"]
        )
    )
    b.t("\nS. по 1 таб. 1 р/д.\nВрач: ").e("NAME", RuP(rng).fmt(rng, "nom", "iI")).t("   М.П.\n")


def ru_operation(b: B, rng: random.Random) -> None:
    p = RuP(rng)
    b.t("ПРОТОКОЛ ОПЕРАЦИИ № ").e("ID", str(rng.randint(1, 3500))).t("\nДата: ")
    add_ru_date(b, rng, st="n", suffix=False)
    b.t(f" Начало {rng.randint(8, 15):02d}:{rng.randint(0, 59):02d}\nПациент: ").e(
        "NAME", p.fmt(rng, "nom", "fu")
    )
    b.t(", ИБ ").e("ID", ib(rng)).t("\nОперация: ")
    ru_ep(b, rng, "proc")
    b.t(rng.choice([". ", ", затем дренирование. "]))
    b.t("Доступ: ")
    b.ep(rng.choice(["разрез по Пфанненштилю", "лапаротомия по Кохеру", "доступ по Пирогову"]))
    b.t(". Установлен ")
    b.ep("катетер Фолея")
    b.t(". Кровопотеря 250 мл.\nОперировал хирург ").e("NAME", RuP(rng, True).fmt(rng, "nom", "fiI"))
    b.t(", ассистировала ").e("NAME", RuP(rng, False).fmt(rng, "nom", "iI")).t(", анестезиолог ").e(
        "NAME", RuP(rng).fmt(rng, "nom", "i")
    )
    b.t(". Операционная м/с ").e("NAME", RuP(rng, False).fmt(rng, "nom", "iI")).t(".\n")


def ru_letter(b: B, rng: random.Random) -> None:
    doc = RuP(rng)
    pat = RuP(rng)
    b.t("Уважаем" + ("ый " if doc.male else "ая ")).e("NAME", doc.fmt(rng, "nom", "o")).t("!\n")
    b.t("Направляю к Вам пациент" + ("а " if pat.male else "ку: ")).e(
        "NAME", pat.fmt(rng, "gen" if pat.male else "nom", "fi")
    )
    b.t(", консультированн" + ("ого" if pat.male else "ую") + " мною ")
    add_ru_date(b, rng)
    b.t(". Жалобы на боли в суставах; просьба исключить: ")
    ru_ep(b, rng, "dx")
    b.t(". Заключение передам с ").e("NAME", pat.fmt(rng, "ins", "fi"))
    snd = RuP(rng)
    b.t(".\nС уважением, ").e("NAME", snd.fmt(rng, "nom", "Ii")).t(", ").e("ORG", ru_org(rng))
    b.t("\nmob. ").e("PHONE", ru_phone(rng, True)).t(" / ").e("EMAIL", ru_email(rng, snd)).t("\n")


def ru_inn_work(b: B, rng: random.Random) -> None:
    p = RuP(rng)
    b.t("СПРАВКА об оплате медицинских услуг для предоставления в налоговый орган\nВыдана ").e(
        "ORG", ru_org(rng)
    )
    b.t(f" (ИНН организации {inn(rng, 10)}, лицензия № Л041-01126-16/00{rng.randint(100000, 999999)})\n")
    b.t("Налогоплательщик: ").e("NAME", p.fmt(rng, "nom", "f")).t(", ИНН ").e("ID", inn(rng, 12))
    b.t("\nПациент: ").e("NAME", RuP(rng).fmt(rng, "nom", "f")).t(", дата рождения ")
    add_ru_date(b, rng, rdate(rng, 1950, 2020), "n")
    b.t(f"\nСумма: {rng.randint(1000, 90000)} руб. 00 коп. Код услуги 01. Договор № ").e(
        "ID", f"{rng.randint(100, 9999)}/{rng.randint(21, 25)}"
    )
    b.t(" от ")
    add_ru_date(b, rng)
    b.t("\n")


# ----------------------------------------------------------------------------- English templates
def en_dob(b: B, rng: random.Random, us: bool = False) -> None:
    b.t(rng.choice(["DOB: ", "D.O.B. ", "Date of birth: ", "DOB "]))
    b.e("DATE", en_date(rng, rdate(rng, 1930, 2015), us))


def en_gp_letter(b: B, rng: random.Random) -> None:
    p = EnP(rng)
    gp = EnP(rng)
    b.e("ORG", rng.choice(DATA["en_practices"][:3])).t("\n").e("ADDRESS", en_address(rng, "au")).t("\nPh: ")
    b.e("PHONE", en_phone(rng, "au")).t("\n\n").e("DATE", en_date(rng, rdate(rng))).t("\n\nDear Dr ").e(
        "NAME", EnP(rng).last
    )
    b.t(",\n\nRe: ").t(p.title(rng)).e("NAME", p.fmt(rng, "fF")).t(", ")
    en_dob(b, rng)
    b.t("\n").e("ADDRESS", en_address(rng, "au")).t("\nMedicare: ").e("ID", medicare(rng))
    b.t(
        "\n\nThank you for seeing this "
        + rng.choice(["pleasant ", "", "lovely "])
        + f"{rng.randint(30, 90)}-year-old "
    )
    b.t(rng.choice(["man" if p.male else "woman", "retired teacher", "patient"]) + " with suspected ")
    en_ep(b, rng, "dx")
    b.t(". " + en_vitals(rng) + en_drugs(rng))
    b.t("\n\nKind regards,\n\nDr ").e("NAME", gp.fmt(rng, "fi")).t("\nProvider no. ").e(
        "ID", f"{digits(rng, 6)}{rng.choice('ABCDEFHJK')}{rng.choice('ABCDEFHJKLTWXY')}"
    ).t("\n")


def en_clinic_cc(b: B, rng: random.Random) -> None:
    p = EnP(rng)
    b.e(
        "ORG",
        rng.choice(
            ["Mater Misericordiae University Hospital", "Beaumont Hospital", "Cork University Hospital"]
        ),
    )
    b.t(f"\nDepartment of Rheumatology - Clinic {rng.randint(1, 9)}B\nMRN: ").e("ID", digits(rng, 7))
    b.t("\nClinic date: ").e("DATE", en_date(rng, rdate(rng))).t("\n\nRe: ").e("NAME", p.fmt(rng, "FUf")).t(
        ", "
    )
    en_dob(b, rng)
    b.t("\n").e("ADDRESS", en_address(rng, "ie")).t("\nPPSN: ").e(
        "ID", digits(rng, 7, False) + rng.choice("ABCDTW") + rng.choice(["", "A", "W"])
    )
    b.t("\n\nDiagnosis: 1. ")
    en_ep(b, rng, "dx")
    b.t(f" 2. Seropositive RA, DAS28 {rng.randint(2, 6)}.{rng.randint(0, 9)}\n")
    b.t("Works at ").e(
        "ORG", rng.choice(["Intel Ireland", "Tesco Ireland", "Scoil Mhuire National School"])
    ).t(". ")
    b.t(en_vitals(rng) + "\nSigned: Dr ").e("NAME", EnP(rng).fmt(rng, "fi")).t(", SpR\n")
    b.t("cc: Dr ").e("NAME", EnP(rng).fmt(rng, "iI")).t(", Dr ").e("NAME", EnP(rng).fmt(rng, "iI"))
    b.t(", ").e("NAME", p.fmt(rng, "f")).t(" (patient)\n")


def en_handover(b: B, rng: random.Random) -> None:
    b.t(rng.choice(["ISBAR handover ", "Nursing handover - ward 7B - ", "PM shift handover "]))
    b.e("DATE", en_date(rng, rdate(rng))).t("\n")
    for _ in range(rng.randint(3, 5)):
        p = EnP(rng)
        b.t(f"bed {rng.randint(1, 32)} - " + ("mr " if p.male else rng.choice(["mrs ", "ms "])))
        b.e("NAME", p.last.lower() if rng.random() < 0.5 else p.fmt(rng, "lL")).t(
            f", {rng.randint(18, 99)}, "
        )
        b.t(
            rng.choice(
                ["#NOF post op day 2, ", "CAP on IV abx, ", "delirium, 1:1 sitter, ", "post ", "CCF, "]
            )
        )
        if rng.random() < 0.6:
            en_ep(b, rng, "dx")
            b.t(", ")
        b.t(en_vitals(rng).lower())
        if rng.random() < 0.4:
            d = EnP(rng)
            b.t("son " if d.male else "daughter ").e("NAME", d.first).t(" wants call back on ").e(
                "PHONE", en_phone(rng, rng.choice(["au", "nz"]))
            ).t(". ")
        if rng.random() < 0.3:
            b.t("d/c planned to ").e(
                "ORG", rng.choice(["Bupa Aged Care Fitzroy", "Ryman Healthcare Ponsonby", "Regis Toowong"])
            ).t(". ")
        b.t("\n")
    b.t("handed over by ").e("NAME", EnP(rng).first.lower()).t(" RN\n")


def en_pharmacy(b: B, rng: random.Random) -> None:
    p = EnP(rng)
    b.e("ORG", rng.choice(DATA["en_practices"][5:8])).t(" - dispensing note\nPatient: ").e(
        "NAME", p.fmt(rng, "fFU")
    )
    b.t("  NHI: ").e("ID", nhi(rng)).t("\n")
    en_dob(b, rng)
    b.t("  Ph: ").e("PHONE", en_phone(rng, "nz")).t("\nScript from Dr ").e("NAME", EnP(rng).fmt(rng, "fiI"))
    b.t(" dated ").e("DATE", en_date(rng, rdate(rng))).t(". " + en_drugs(rng))
    b.t("Blister pack weekly. Note: history of ")
    en_ep(b, rng, "dx")
    b.t(". Delivery to ").e("ADDRESS", en_address(rng, "nz")).t(".\nPharmacist: ").e(
        "NAME", EnP(rng).fmt(rng, "fI")
    ).t("\n")


def en_physio(b: B, rng: random.Random) -> None:
    p = EnP(rng)
    b.e(
        "ORG",
        rng.choice(
            ["Bayview Physiotherapy", "Sunnybrook Health Sciences Centre", "Toronto General Hospital"]
        ),
    )
    b.t(" - Physiotherapy Initial Assessment\nClient: ").e("NAME", p.fmt(rng, "fFU")).t("  OHIP: ")
    b.e("ID", f"{digits(rng, 4)}-{digits(rng, 3)}-{digits(rng, 3)}-{rng.choice(['AB', 'XY', 'KT'])}")
    b.t("\n")
    en_dob(b, rng, us=False)
    b.t("\nEmployer: ").e("ORG", rng.choice(["Tim Hortons", "Canada Post", "Rogers Communications"]))
    b.t(" (WSIB claim ").e("ID", digits(rng, 8)).t(")\nAssessment: ")
    b.ep(rng.choice(["Lachman test", "McMurray test", "Thomas test", "Trendelenburg sign"]))
    b.t(" positive. ")
    b.ep(rng.choice(["Homans sign", "Romberg test", "Ober test", "Phalen test"]))
    b.t(f" negative. ROM knee 5-{rng.randint(90, 130)} deg. Oxford score {rng.randint(12, 40)}.\n")
    b.t("Contact: ").e("PHONE", en_phone(rng, "ca")).t(", ").e("EMAIL", en_email(rng, p)).t("\n")
    b.t("Next appt: ").e("DATE", en_date(rng, rdate(rng), True)).t(" 10:30\n")


def en_radiology(b: B, rng: random.Random) -> None:
    p = EnP(rng)
    b.e("ORG", rng.choice(DATA["en_hospitals"][:6] + DATA["en_hospitals"][12:])).t(
        " - Medical Imaging\nUR: "
    ).e("ID", str(rng.randint(100000, 9999999)))
    b.t("  Patient: ").e("NAME", p.fmt(rng, "FU")).t("\n")
    en_dob(b, rng)
    b.t("\nReferring: Dr. ").e(
        "NAME",
        rng.choice(["Zhang Wei", "Li Na", "Nguyen Van Minh", "Park Ji-hoon"])
        if rng.random() < 0.5
        else EnP(rng).fmt(rng, "fi"),
    )
    b.t("\nExam: CT pulmonary angiogram   Accession: ").e(
        "ID", f"{rng.choice(['RA', 'CT', 'MR'])}{digits(rng, 8)}"
    ).t("\nDate: ")
    b.e("DATE", en_date(rng, rdate(rng))).t(" 14:22\nClinical: ")
    b.ep("Wells score")
    b.t(f" {rng.randint(2, 7)}, D-dimer 1.8. Prior study ").e("DATE", en_date(rng, rdate(rng))).t(
        " for comparison.\n"
    )
    b.t("Findings: T4 vertebral body normal. Segmental filling defects RLL. ")
    en_ep(b, rng, "dx")
    b.t(" not excluded.\nReported by: Dr ").e("NAME", EnP(rng).fmt(rng, "fiI")).t(", FRANZCR\n")


def en_india(b: B, rng: random.Random) -> None:
    male = rng.random() < 0.5
    first = rng.choice(
        ["Venkataraman", "Rajesh", "Arjun", "Mohammed"] if male else ["Lakshmi", "Priya", "Deepa", "Fathima"]
    )
    last = rng.choice(["Subramanian", "Iyer", "Reddy", "Kumar", "bin Abdullah", "Nair", "Krishnamurthy"])
    b.e(
        "ORG",
        rng.choice(
            [
                "Apollo Hospitals, Greams Road",
                "Christian Medical College Vellore",
                "Manipal Clinic Indiranagar",
            ]
        ),
    )
    b.t("\nDISCHARGE SUMMARY\nName: ").t(
        rng.choice(["Mr. ", "Shri "]) if male else rng.choice(["Mrs. ", "Smt. "])
    )
    b.e("NAME", f"{first} {last}" if rng.random() < 0.6 else f"{last.split()[-1][0]}. {first}")
    b.t(f"   Age/Sex: {rng.randint(30, 85)}/{'M' if male else 'F'}   UHID: ").e(
        "ID", f"{rng.choice(['APJ', 'MRD', ''])}{rng.randint(2019, 2025)}/{digits(rng, 6)}"
    )
    b.t("\nIP No: ").e("ID", f"IP{digits(rng, 7)}").t("  Aadhaar: ").e(
        "ID", f"{digits(rng, 4)} {digits(rng, 4, False)} {digits(rng, 4, False)}"
    )
    b.t("\nDOA: ").e("DATE", en_date(rng, rdate(rng))).t("  DOD: ").e("DATE", en_date(rng, rdate(rng)))
    b.t("\nAddress: ").e("ADDRESS", en_address(rng, "in")).t("\nMobile: ").e("PHONE", en_phone(rng, "in"))
    b.t("\nDiagnosis: ")
    en_ep(b, rng, "dx")
    b.t(f". Type 2 DM (HbA1c 8.{rng.randint(0, 9)}%). " + en_drugs(rng))
    b.t("\nConsultant: Dr. ").e(
        "NAME", rng.choice(["Venkataraman Subramanian", "K. S. Raghavan", "Anita Deshpande", "Suresh Babu"])
    )
    b.t(", MD, DM (Cardiology)\nFor queries: ").e(
        "EMAIL", f"{rng.choice(['ipd', 'cardiology'])}.{rng.choice(['chennai', 'blr'])}@apollohospitals.com"
    ).t("\n")


def en_email_note(b: B, rng: random.Random) -> None:
    p = EnP(rng)
    b.t("Clinical note - phone/email contact ").e("DATE", en_date(rng, rdate(rng))).t("\nPatient ").e(
        "NAME", p.fmt(rng, "fF")
    )
    b.t(" (UR ").e("ID", str(rng.randint(10000, 999999))).t(") emailed the clinic:\n> From: ").e(
        "EMAIL", en_email(rng, p)
    )
    b.t("\n> Sent: ").e("DATE", en_date(rng, rdate(rng))).t(" 9:41 PM\n> Hi Dr ").e("NAME", EnP(rng).last)
    b.t(", since the ")
    b.ep(rng.choice(["Whipple procedure", "Hartmann's procedure", "Epley manoeuvre"]))
    b.t(" I've had loose stools, is Creon ok to keep taking? my husband ").e("NAME", EnP(rng, True).first)
    b.t(" can drive me in. Thanks, ").e("NAME", p.first).t("\nReplied by phone ").e(
        "PHONE", en_phone(rng, "au")
    )
    b.t(". Advised review via ").e(
        "URL",
        f"https://{rng.choice(['telehealth.svhm.org.au', 'healthdirect.gov.au/video-call', 'coviu.com/r'])}/{digits(rng, 6)}",
    )
    b.t(".\n").e("NAME", EnP(rng).fmt(rng, "fI")).t(", CNC\n")


def en_ed_nz(b: B, rng: random.Random) -> None:
    p = EnP(rng)
    b.e(
        "ORG", rng.choice(["Auckland City Hospital", "Middlemore Hospital", "Wellington Regional Hospital"])
    ).t(" ED Triage\nNHI ")
    b.e("ID", nhi(rng)).t("  ").e("NAME", p.fmt(rng, "FUf")).t(
        f"  {rng.randint(18, 90)}y  ATS {rng.randint(2, 4)}\n"
    )
    b.t("Arrived ").e("DATE", en_date(rng, rdate(rng))).t(
        f" {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d} via St John ambulance.\n"
    )
    b.t("PC: facial droop since waking. ? ")
    b.ep(rng.choice(["Bell palsy", "Bell's palsy", "Ramsay Hunt syndrome", "Todd paresis"]))
    b.t(". " + en_vitals(rng))
    b.t("\nNOK: ").t(rng.choice(["partner ", "mother ", "son "])).e("NAME", EnP(rng).fmt(rng, "f")).t(" ").e(
        "PHONE", en_phone(rng, "nz")
    )
    b.t("\nLives at ").e("ADDRESS", en_address(rng, "nz")).t(". Works at ").e(
        "ORG", rng.choice(["Fonterra", "Air New Zealand", "Auckland Grammar School"])
    )
    b.t(".\nSeen by Dr ").e("NAME", EnP(rng).fmt(rng, "fI")).t(" (ED reg)\n")


def en_telehealth_ca(b: B, rng: random.Random) -> None:
    p = EnP(rng)
    b.t("Virtual Care Visit - Ontario Telemedicine Network\nDate: ").e("DATE", en_date(rng, rdate(rng), True))
    b.t("\nPatient: ").e("NAME", p.fmt(rng, "fFU")).t(" | HCN ").e(
        "ID", f"{digits(rng, 4)} {digits(rng, 3)} {digits(rng, 3)} {rng.choice(['AB', 'MR', 'ZX'])}"
    )
    b.t(" | ")
    en_dob(b, rng, True)
    b.t("\nLink: ").e(
        "URL", f"https://{rng.choice(['otn.ca/visit', 'zoom.us/j', 'meet.sunnybrook.ca/r'])}/{digits(rng, 9)}"
    )
    b.t("\nLocation of patient: ").e("ADDRESS", en_address(rng, "ca")).t("\nHx: ")
    en_ep(b, rng, "dx")
    b.t(", ").t(en_vitals(rng)).t("\nPlan: refer to ").e(
        "ORG", rng.choice(["Sunnybrook Health Sciences Centre", "Toronto General Hospital"])
    )
    b.t(". Results to ").e("EMAIL", en_email(rng, p)).t(".\nDr ").e("NAME", EnP(rng).fmt(rng, "fi")).t(
        ", CPSO "
    ).e("ID", digits(rng, 5)).t("\n")


def en_admission(b: B, rng: random.Random) -> None:
    p = EnP(rng)
    au = [
        "St Vincent's Hospital Melbourne",
        "Royal Melbourne Hospital",
        "Royal Prince Alfred Hospital",
        "Westmead Hospital",
    ]
    b.t("ADMISSION FORM - ").e("ORG", rng.choice(au + ["Princess Alexandra Hospital"])).t("\nSurname: ").e(
        "NAME", p.last.upper()
    )
    b.t("  Given name(s): ").e("NAME", p.first).t("\nPreferred name: ").e(
        "NAME", rng.choice(["Joy", "Sky", "Dawn", "Bish", "Ronnie", "Lucky"])
    )
    b.t("\n")
    en_dob(b, rng)
    b.t("  IHI: ").e("ID", f"8003 60{digits(rng, 2, False)} {digits(rng, 4, False)} {digits(rng, 4, False)}")
    b.t("\nAddress: ").e("ADDRESS", en_address(rng, "au")).t("\nHome ph: ").e("PHONE", en_phone(rng, "au"))
    b.t("  Mobile: ").e("PHONE", en_phone(rng, "au")).t("\nEmail: ").e("EMAIL", en_email(rng, p))
    b.t("\nOccupation: cashier, ").e("ORG", rng.choice(["Woolworths", "Bunnings Warehouse", "Telstra"]))
    nok = EnP(rng)
    b.t("\nNext of kin: ").e("NAME", nok.fmt(rng, "f"))
    b.t(
        " ("
        + rng.choice(["husband", "son", "brother"] if nok.male else ["wife", "daughter", "sister"])
        + ") "
    )
    b.e("PHONE", en_phone(rng, "au")).t("\nAllergies: penicillin (rash). PMHx: ")
    en_ep(b, rng, "dx")
    b.t(f"; AF (CHA2DS2-VASc {rng.randint(1, 6)}). Has ")
    b.ep(rng.choice(["Hickman line", "Foley catheter", "Swan-Ganz catheter", "Holter monitor"]))
    b.t(" in situ.\n")


RU = [
    ("дневник стационара", ru_diary),
    ("протокол ВК", ru_vk),
    ("направление на МСЭ", ru_mse),
    ("информированное согласие", ru_consent),
    ("переводной эпикриз", ru_transfer),
    ("выписка для санатория", ru_sanat),
    ("справка в школу/бассейн", ru_school),
    ("заключение психиатра/нарколога", ru_psych),
    ("направление на ВМП", ru_vmp),
    ("талон на приём", ru_talon),
    ("результат лаборатории", ru_lab),
    ("памятка при выписке", ru_instr),
    ("телемедицинская консультация", ru_tmk),
    ("сестринская запись", ru_nurse),
    ("лист осмотра приёмного", ru_contacts),
    ("выписка для страховой (транслит)", ru_translit),
    ("льготный рецепт", ru_recipe),
    ("протокол операции", ru_operation),
    ("письмо коллеге", ru_letter),
    ("справка для налогового вычета", ru_inn_work),
]
EN = [
    ("GP referral letter (AU)", en_gp_letter),
    ("clinic letter with cc (IE)", en_clinic_cc),
    ("nursing handover", en_handover),
    ("pharmacy dispensing note (NZ)", en_pharmacy),
    ("physiotherapy assessment (CA)", en_physio),
    ("radiology report", en_radiology),
    ("discharge summary (IN)", en_india),
    ("quoted patient email", en_email_note),
    ("ED triage note (NZ)", en_ed_nz),
    ("telehealth visit (CA)", en_telehealth_ca),
    ("admission form (AU)", en_admission),
]


def check(doc: dict) -> None:
    text = doc["text"]
    spans = sorted((e["start"], e["end"]) for e in doc["entities"])
    for e in doc["entities"]:
        assert text[e["start"] : e["end"]] == e["text"], (doc["id"], e)
    for a, b in zip(spans, spans[1:], strict=False):
        assert a[1] <= b[0], (doc["id"], a, b)
    for p in doc["eponyms"]:
        assert text[p["start"] : p["end"]] == p["text"]
        assert not any(s < p["end"] and p["start"] < e for s, e in spans), (doc["id"], p)


def generate(n: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        lang = "ru" if rng.random() < 0.65 else "en"
        doc_type, fn = rng.choice(RU if lang == "ru" else EN)
        b = B()
        fn(b, rng)
        doc = {
            "id": f"sealed-d-{seed}-{i:05d}",
            "lang": lang,
            "doc_type": doc_type,
            "text": b.text(),
            "entities": b.ents,
            "eponyms": b.eps,
        }
        check(doc)
        docs.append(doc)
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    with open(a.out, "w", encoding="utf-8") as f:
        for d in generate(a.n, a.seed):
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
