"""Sealed evaluation corpus F: everyday narrative clinical notes (ru/en).

Standard library only.  ``python tests/deid_sealed_f/generator.py --n 400 --seed 0
--out sealed_f.jsonl`` or ``generate(n, seed)``.  Every record is built piece by
piece from its own ``random.Random(f"sealed-f-{seed}-{i}")``; offsets are Python
str offsets recorded while appending.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import unicodedata

TYPES = ("NAME", "DATE", "ADDRESS", "PHONE", "EMAIL", "ID", "URL", "ORG")

# --------------------------------------------------------------------------
# checksum helpers
# --------------------------------------------------------------------------


def snils_checksum(nine: str) -> int:
    s = sum(int(d) * w for d, w in zip(nine, range(9, 0, -1)))
    if s < 100:
        return s
    if s in (100, 101):
        return 0
    s %= 101
    return 0 if s == 100 else s


def snils_valid(snils: str) -> bool:
    digits = "".join(c for c in snils if c.isdigit())
    if len(digits) != 11:
        return False
    return snils_checksum(digits[:9]) == int(digits[9:])


def _inn_digit(digits: str, weights: list[int]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights)) % 11 % 10


INN10_W = [2, 4, 10, 3, 5, 9, 4, 6, 8]
INN11_W = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
INN12_W = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]


def inn_valid(inn: str) -> bool:
    if not inn.isdigit():
        return False
    if len(inn) == 10:
        return _inn_digit(inn[:9], INN10_W) == int(inn[9])
    if len(inn) == 12:
        return _inn_digit(inn[:10], INN11_W) == int(inn[10]) and _inn_digit(inn[:11], INN12_W) == int(inn[11])
    return False


def nhs_check(nine: str) -> int | None:
    s = sum(int(d) * w for d, w in zip(nine, range(10, 1, -1)))
    c = 11 - s % 11
    if c == 11:
        return 0
    if c == 10:
        return None
    return c


def nhs_valid(nhs: str) -> bool:
    digits = "".join(c for c in nhs if c.isdigit())
    if len(digits) != 10:
        return False
    c = nhs_check(digits[:9])
    return c is not None and c == int(digits[9])


def luhn_digit(body: str) -> int:
    total = 0
    for i, d in enumerate(reversed(body)):
        v = int(d)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return (10 - total % 10) % 10


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def make_snils(rng: random.Random) -> str:
    while True:
        nine = str(rng.randint(2000000, 999999999)).zfill(9)
        if len(set(nine)) > 2:
            break
    cs = snils_checksum(nine)
    if rng.random() < 0.8:
        return f"{nine[:3]}-{nine[3:6]}-{nine[6:]} {cs:02d}"
    return f"{nine}{cs:02d}"


def make_inn12(rng: random.Random) -> str:
    ten = str(rng.choice([77, 50, 78, 16, 66, 23, 52, 61])) + _digits(rng, 8)
    d11 = _inn_digit(ten, INN11_W)
    d12 = _inn_digit(ten + str(d11), INN12_W)
    return ten + str(d11) + str(d12)


def make_inn10(rng: random.Random) -> str:
    nine = str(rng.choice([77, 50, 78, 16])) + _digits(rng, 7)
    return nine + str(_inn_digit(nine, INN10_W))


def make_nhs(rng: random.Random) -> str:
    while True:
        nine = str(rng.randint(1, 9)) + _digits(rng, 8)
        c = nhs_check(nine)
        if c is not None:
            break
    full = nine + str(c)
    if rng.random() < 0.75:
        return f"{full[:3]} {full[3:6]} {full[6:]}"
    return full


def make_ssn(rng: random.Random) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def make_enp(rng: random.Random) -> str:
    body = str(rng.choice([77, 50, 78, 52, 16])) + _digits(rng, 13)
    return body + str(luhn_digit(body))


# --------------------------------------------------------------------------
# builder
# --------------------------------------------------------------------------

LAT = {"а": "a", "о": "o", "е": "e", "с": "c", "р": "p", "х": "x"}


class Doc:
    def __init__(self, rng: random.Random, lang: str, hurried: bool = False):
        self.rng = rng
        self.lang = lang
        self.hurried = hurried
        self.parts: list[str] = []
        self.pos = 0
        self.entities: list[dict] = []
        self.eponyms: list[dict] = []

    def _rough(self, s: str) -> str:
        r = self.rng
        if r.random() < 0.5:
            s = s.replace(". ", " ").replace(", ", " ")
        if s[:1].isupper() and r.random() < 0.6:
            s = s[0].lower() + s[1:]
        s = s.replace(". ", ". " if r.random() < 0.5 else " ")
        if self.lang == "ru" and r.random() < 0.25:
            words = s.split(" ")
            k = r.randrange(len(words))
            w = words[k]
            if len(w) > 3 and w.isalpha():
                j = r.randrange(len(w))
                if w[j] in LAT:
                    words[k] = w[:j] + LAT[w[j]] + w[j + 1 :]
            s = " ".join(words)
        if r.random() < 0.15:
            words = s.split(" ")
            k = r.randrange(len(words))
            w = words[k]
            if len(w) > 5 and w.isalpha():
                j = r.randrange(1, len(w) - 2)
                words[k] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            s = " ".join(words)
        return s

    def t(self, s: str) -> Doc:
        if s.startswith(".") and self.parts and self.parts[-1].endswith("."):
            s = s[1:]
        if self.hurried and len(s) > 3:
            s = self._rough(s)
        self.parts.append(s)
        self.pos += len(s)
        return self

    def raw(self, s: str) -> Doc:
        self.parts.append(s)
        self.pos += len(s)
        return self

    def e(self, typ: str, s: str) -> Doc:
        assert typ in TYPES, typ
        if self.hurried and typ == "NAME" and self.rng.random() < 0.3:
            s = s.lower()
        self.entities.append({"start": self.pos, "end": self.pos + len(s), "type": typ, "text": s})
        self.parts.append(s)
        self.pos += len(s)
        return self

    def ep(self, s: str) -> Doc:
        if self.hurried and self.rng.random() < 0.4:
            s = s.lower()
        self.eponyms.append({"start": self.pos, "end": self.pos + len(s), "text": s})
        self.parts.append(s)
        self.pos += len(s)
        return self

    def text(self) -> str:
        return "".join(self.parts)


def validate(rec: dict) -> None:
    text = rec["text"]
    spans = sorted(rec["entities"], key=lambda x: (x["start"], x["end"]))
    for sp in rec["entities"] + rec["eponyms"]:
        assert 0 <= sp["start"] < sp["end"] <= len(text), sp
        assert text[sp["start"] : sp["end"]] == sp["text"], sp
        assert sp["text"] == sp["text"].strip() and sp["text"], sp
    for sp in rec["entities"]:
        assert sp["type"] in TYPES
    for a, b in zip(spans, spans[1:]):
        assert a["end"] <= b["start"], (a, b)
    for ep in rec["eponyms"]:
        for en in rec["entities"]:
            assert ep["end"] < en["start"] or en["end"] < ep["start"], (ep, en)


# --------------------------------------------------------------------------
# Russian vocabularies
# --------------------------------------------------------------------------

# first names: nom, gen, dat, acc, ins, pre
RU_M_FIRST = {
    "Иван": "Иван Ивана Ивану Ивана Иваном Иване",
    "Сергей": "Сергей Сергея Сергею Сергея Сергеем Сергее",
    "Алексей": "Алексей Алексея Алексею Алексея Алексеем Алексее",
    "Дмитрий": "Дмитрий Дмитрия Дмитрию Дмитрия Дмитрием Дмитрии",
    "Никита": "Никита Никиты Никите Никиту Никитой Никите",
    "Илья": "Илья Ильи Илье Илью Ильёй Илье",
    "Михаил": "Михаил Михаила Михаилу Михаила Михаилом Михаиле",
    "Рашид": "Рашид Рашида Рашиду Рашида Рашидом Рашиде",
    "Тимур": "Тимур Тимура Тимуру Тимура Тимуром Тимуре",
    "Ильдар": "Ильдар Ильдара Ильдару Ильдара Ильдаром Ильдаре",
    "Лев": "Лев Льва Льву Льва Львом Льве",
    "Павел": "Павел Павла Павлу Павла Павлом Павле",
    "Георгий": "Георгий Георгия Георгию Георгия Георгием Георгии",
    "Арсен": "Арсен Арсена Арсену Арсена Арсеном Арсене",
    "Фарид": "Фарид Фарида Фариду Фарида Фаридом Фариде",
    "Олег": "Олег Олега Олегу Олега Олегом Олеге",
    "Виктор": "Виктор Виктора Виктору Виктора Виктором Викторе",
    "Шамиль": "Шамиль Шамиля Шамилю Шамиля Шамилем Шамиле",
}
RU_F_FIRST = {
    "Марина": "Марина Марины Марине Марину Мариной Марине",
    "Ольга": "Ольга Ольги Ольге Ольгу Ольгой Ольге",
    "Наталья": "Наталья Натальи Наталье Наталью Натальей Наталье",
    "Мария": "Мария Марии Марии Марию Марией Марии",
    "Любовь": "Любовь Любови Любови Любовь Любовью Любови",
    "Вера": "Вера Веры Вере Веру Верой Вере",
    "Надежда": "Надежда Надежды Надежде Надежду Надеждой Надежде",
    "Роза": "Роза Розы Розе Розу Розой Розе",
    "Гульнара": "Гульнара Гульнары Гульнаре Гульнару Гульнарой Гульнаре",
    "Айгуль": "Айгуль Айгуль Айгуль Айгуль Айгуль Айгуль",
    "Зарина": "Зарина Зарины Зарине Зарину Зариной Зарине",
    "Екатерина": "Екатерина Екатерины Екатерине Екатерину Екатериной Екатерине",
    "Ирина": "Ирина Ирины Ирине Ирину Ириной Ирине",
    "Светлана": "Светлана Светланы Светлане Светлану Светланой Светлане",
    "Анна": "Анна Анны Анне Анну Анной Анне",
    "Тамара": "Тамара Тамары Тамаре Тамару Тамарой Тамаре",
    "Нино": "Нино Нино Нино Нино Нино Нино",
    "Оксана": "Оксана Оксаны Оксане Оксану Оксаной Оксане",
}
RU_PATR_BASES = [
    "Иванов",
    "Петров",
    "Сергеев",
    "Алексеев",
    "Николаев",
    "Владимиров",
    "Рашидов",
    "Юрьев",
    "Михайлов",
    "Анатольев",
    "Ахмедов",
    "Викторов",
    "Геннадьев",
]
# surname: (kind, base)
RU_SURNAMES = [
    ("ov", "Петров"),
    ("ov", "Смирнов"),
    ("ov", "Кузнецов"),
    ("ov", "Соколов"),
    ("ov", "Гарипов"),
    ("ov", "Алиев"),
    ("ov", "Юсупов"),
    ("ov", "Хайруллин"),
    ("ov", "Сорокин"),
    ("ov", "Воронин"),
    ("ov", "Беляев"),
    ("ov", "Рахимов"),
    ("ov", "Новиков"),
    ("ov", "Голубев"),
    ("ov", "Зайцев"),
    ("ov", "Морозов"),
    ("sky", "Ковальск"),
    ("sky", "Вишневск"),
    ("sky", "Трубецк"),
    ("sky", "Новицк"),
    ("cons", "Шевчук"),
    ("cons", "Мельник"),
    ("cons", "Петросян"),
    ("cons", "Гринберг"),
    ("cons", "Ким"),
    ("cons", "Мороз"),
    ("cons", "Манукян"),
    ("a", "Зима"),
    ("a", "Дзюба"),
    ("adj", "Бел"),
    ("indecl", "Шевченко"),
    ("indecl", "Бондаренко"),
    ("indecl", "Гелашвили"),
    ("indecl", "Чавчавадзе"),
    ("indecl", "Кипиани"),
    ("indecl", "Ли"),
]
CASES = ("nom", "gen", "dat", "acc", "ins", "pre")


def ru_surname(kind: str, base: str, fem: bool, case: str) -> str:
    i = CASES.index(case)
    if kind == "ov":
        end = ["а", "ой", "ой", "у", "ой", "ой"] if fem else ["", "а", "у", "а", "ым", "е"]
    elif kind == "sky":
        end = ["ая", "ой", "ой", "ую", "ой", "ой"] if fem else ["ий", "ого", "ому", "ого", "им", "ом"]
    elif kind == "adj":
        end = ["ая", "ой", "ой", "ую", "ой", "ой"] if fem else ["ый", "ого", "ому", "ого", "ым", "ом"]
    elif kind == "cons":
        end = ["", "", "", "", "", ""] if fem else ["", "а", "у", "а", "ом", "е"]
    elif kind == "a":
        return [base, base[:-1] + "ы", base[:-1] + "е", base[:-1] + "у", base[:-1] + "ой", base[:-1] + "е"][i]
    else:
        return base
    return base + end[i]


def ru_patr(base: str, fem: bool, case: str) -> str:
    i = CASES.index(case)
    if fem:
        return base + ["на", "ны", "не", "ну", "ной", "не"][i]
    return base + ["ич", "ича", "ичу", "ича", "ичем", "иче"][i]


class RuPerson:
    def __init__(self, rng: random.Random, fem: bool | None = None):
        self.fem = rng.random() < 0.55 if fem is None else fem
        self.kind, self.base = rng.choice(RU_SURNAMES)
        pool = RU_F_FIRST if self.fem else RU_M_FIRST
        self.first_forms = pool[rng.choice(sorted(pool))].split()
        self.patr = rng.choice(RU_PATR_BASES)

    def sur(self, case: str = "nom") -> str:
        return ru_surname(self.kind, self.base, self.fem, case)

    def first(self, case: str = "nom") -> str:
        return self.first_forms[CASES.index(case)]

    def pat(self, case: str = "nom") -> str:
        return ru_patr(self.patr, self.fem, case)

    def inits(self, rng: random.Random) -> str:
        a, b = self.first()[0], self.pat()[0]
        return rng.choice([f"{a}.{b}.", f"{a}. {b}.", f"{a}.{b}."])

    def render(self, rng: random.Random, case: str = "nom", fmt: str | None = None) -> str:
        fmt = fmt or rng.choice(["fio", "fio", "f_in", "in_f", "io", "iof", "f"])
        if fmt == "fio":
            return f"{self.sur(case)} {self.first(case)} {self.pat(case)}"
        if fmt == "f_in":
            return f"{self.sur(case)} {self.inits(rng)}"
        if fmt == "in_f":
            return f"{self.inits(rng)} {self.sur(case)}"
        if fmt == "io":
            return f"{self.first(case)} {self.pat(case)}"
        if fmt == "iof":
            return f"{self.first(case)} {self.pat(case)} {self.sur(case)}"
        if fmt == "if":
            return f"{self.first(case)} {self.sur(case)}"
        if fmt == "i":
            return self.first(case)
        return self.sur(case)


RU_MONTHS_GEN = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
RU_MONTHS_PRE = "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре".split()


def rdate(rng: random.Random, y0: int = 2016, y1: int = 2025) -> tuple[int, int, int]:
    return rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)


def ru_date(rng: random.Random, fmt: str | None = None, y0: int = 2016, y1: int = 2025) -> str:
    y, m, d = rdate(rng, y0, y1)
    fmt = fmt or rng.choice(["dmy", "dmy", "dmy2", "words", "iso", "dmy_short0"])
    if fmt == "dmy":
        return f"{d:02d}.{m:02d}.{y}"
    if fmt == "dmy2":
        return f"{d:02d}.{m:02d}.{y % 100:02d}"
    if fmt == "words":
        return f"{d} {RU_MONTHS_GEN[m - 1]} {y}"
    if fmt == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    return f"{d}.{m:02d}.{y}"


RU_STREETS = [
    "ул. Ленина",
    "ул. Гагарина",
    "ул. Профсоюзная",
    "ул. Садовая",
    "ул. 8 Марта",
    "пр-т Мира",
    "Ленинский пр-т",
    "ул. Карла Маркса",
    "ул. Пушкина",
    "ул. Баумана",
    "ш. Энтузиастов",
    "ул. Чкалова",
    "бул. Яна Райниса",
    "пер. Свободный",
    "ул. Академика Королёва",
    "ул. Молодёжная",
]
RU_CITIES = [
    ("г. Москва", "Москве", "119"),
    ("г. Казань", "Казани", "420"),
    ("г. Тверь", "Твери", "170"),
    ("г. Подольск", "Подольске", "142"),
    ("г. Екатеринбург", "Екатеринбурге", "620"),
    ("г. Нижний Новгород", "Нижнем Новгороде", "603"),
    ("г. Самара", "Самаре", "443"),
]
RU_REGIONS = ["Московская обл.", "Тверская обл.", "Респ. Татарстан", "Свердловская обл."]


def ru_address(rng: random.Random, short: bool = False) -> str:
    st = rng.choice(RU_STREETS)
    h, f = rng.randint(1, 140), rng.randint(1, 250)
    if short or rng.random() < 0.4:
        return rng.choice(
            [
                f"{st} {h}-{f}",
                f"{st}, д. {h}, кв. {f}",
                f"{st}, {h}, кв. {f}",
                f"{st} д.{h} кв.{f}",
                f"{st}, д. {h}/{rng.randint(1, 5)}, кв. {f}",
            ]
        )
    city, _, idx = rng.choice(RU_CITIES)
    index = idx + _digits(rng, 3)
    if rng.random() < 0.5:
        return f"{index}, {city}, {st}, д. {h}, корп. {rng.randint(1, 4)}, кв. {f}"
    reg = rng.choice(RU_REGIONS)
    return f"{reg}, {rng.choice(['г. Химки', 'г. Кашин', 'пгт Арск', 'с. Ивановка', 'г. Берёзовский'])}, {st}, д. {h}, кв. {f}"


def ru_phone(rng: random.Random) -> str:
    op = rng.choice(["916", "903", "925", "917", "926", "985", "999", "495", "843"])
    a, b, c = _digits(rng, 3), _digits(rng, 2), _digits(rng, 2)
    return rng.choice(
        [
            f"8{op}{a}{b}{c}",
            f"+7 ({op}) {a}-{b}-{c}",
            f"8-{op}-{a}-{b}-{c}",
            f"+7{op}{a}{b}{c}",
            f"8 ({op}) {a}-{b}-{c}",
            f"+7 {op} {a} {b} {c}",
            f"8 {op} {a}{b}{c}",
        ]
    )


RU_TRANSLIT = {
    "Петров": "petrov",
    "Смирнов": "smirnov",
    "Кузнецов": "kuznetsov",
    "Соколов": "sokolov",
    "Гарипов": "garipov",
    "Алиев": "aliev",
}


def ru_email(rng: random.Random) -> str:
    user = rng.choice(
        [
            "ivanova.m",
            "petrov1975",
            "marina_k",
            "s.garipov",
            "nata.sokol",
            "aliev.r84",
            "tamara.zima",
            "kim_olga",
        ]
    )
    return f"{user}{rng.choice(['', str(rng.randint(1, 99))])}@{rng.choice(['mail.ru', 'yandex.ru', 'gmail.com', 'bk.ru', 'inbox.ru', 'list.ru'])}"


RU_URLS = [
    "https://www.gosuslugi.ru",
    "https://gosuslugi.ru/600360/1/form",
    "https://emias.info",
    "www.takzdorovo.ru",
    "https://youtu.be/Xk3p9LmQ2aE",
    "https://disk.yandex.ru/d/Qw7rT2kLmN",
    "https://t.me/diabet_shkola_gkb",
    "vk.com/club_reabilitacia",
    "http://cardio-school.ru/pamyatka.pdf",
    "https://lk.zdrav.mos.ru",
]

RU_ORG_MED = [
    "ГБУЗ «ГКБ № 52 ДЗМ»",
    "ГБУЗ «ГКБ им. С.П. Боткина ДЗМ»",
    "ГБУЗ МО «Подольская областная клиническая больница»",
    "ООО «Клиника Здоровье+»",
    "ФГБУ «НМИЦ кардиологии им. ак. Е.И. Чазова» Минздрава России",
    "ГАУЗ «РКБ МЗ РТ»",
    "ГБУЗ «ГП № 175 ДЗМ»",
    "ООО «Медси»",
    "АО «Медицина»",
    "ГБУЗ ТО «Областная клиническая больница»",
    "ГКБ № 15",
    "РДКБ",
]
RU_ORG_WORK = [
    "ООО «Ромашка»",
    "ПАО «Сбербанк»",
    "ОАО «РЖД»",
    "АО «Мосэнергосбыт»",
    "ООО «Вайлдберриз»",
    "ГУП «Мосгортранс»",
    "ООО «Яндекс.Такси»",
    "АО «Казаньоргсинтез»",
    "ООО «СтройТехМонтаж»",
]
RU_ORG_SCHOOL = [
    "МБОУ СОШ № 14",
    "ГБОУ Школа № 1535",
    "МАДОУ детский сад № 7 «Солнышко»",
    "лицей № 131",
    "гимназия № 5",
    "ГБПОУ «Колледж связи № 54»",
    "МГУ им. М.В. Ломоносова",
]
RU_ORG_INS = [
    "АО «СОГАЗ-Мед»",
    "ООО «Капитал МС»",
    "АО «МАКС-М»",
    "ООО СК «Ингосстрах-М»",
    "АльфаСтрахование-ОМС",
]
RU_ORG_PHARM = ["аптека «Ригла»", "аптека «36,6»", "аптеку «Горздрав»", "аптеке «Столички»"]
RU_ORG_CARE = [
    "пансионат «Забота»",
    "ГБУ СО «Психоневрологический интернат № 3»",
    "пансионат для пожилых «Тёплый дом»",
]

RU_EPO_DX = [
    "болезнь Паркинсона",
    "болезнь Крона",
    "болезнь Альцгеймера",
    "болезнь Бехтерева",
    "тиреоидит Хашимото",
    "синдром Иценко-Кушинга",
    "пищевод Барретта",
    "болезнь Виллебранда",
    "синдром Дауна",
    "тетрада Фалло",
    "синдром Гийена-Барре",
    "болезнь Меньера",
    "лимфома Ходжкина",
    "болезнь Педжета",
    "синдром Мэллори-Вейса",
    "болезнь Грейвса",
    "синдром Шегрена",
    "синдром Рейно",
    "болезнь Гиршпрунга",
    "саркома Юинга",
    "болезнь Бюргера",
    "энцефалопатия Вернике",
    "синдром Вольфа-Паркинсона-Уайта",
    "болезнь Аддисона",
    "синдром Туретта",
    "болезнь Шляттера",
]
RU_EPO_DX_INS = [
    "болезнью Паркинсона",
    "болезнью Крона",
    "болезнью Альцгеймера",
    "синдромом Дауна",
    "болезнью Бехтерева",
    "тиреоидитом Хашимото",
    "синдромом Шегрена",
    "болезнью Меньера",
]
RU_EPO_SIGN = [
    "Симптом Пастернацкого отрицательный с обеих сторон",
    "Симптом Щёткина-Блюмберга отрицательный",
    "Симптом Ортнера положительный",
    "Симптом Кернига отрицательный",
    "Рефлекс Бабинского справа",
    "В позе Ромберга неустойчив",
    "Симптом Ласега положительный слева под углом 40°",
    "Симптом Мерфи сомнительный",
    "Симптом Мюсси отрицательный",
    "Пробу Вальсальвы выполняет",
    "Симптом Курвуазье отрицательный",
    "Симптомы Ровзинга и Ситковского отрицательные",
]
# whole phrase (eponym part) inside sign sentences: list of (sentence, eponym substring)
RU_EPO_SIGN_SPAN = {
    "Симптом Пастернацкого отрицательный с обеих сторон": "Симптом Пастернацкого",
    "Симптом Щёткина-Блюмберга отрицательный": "Симптом Щёткина-Блюмберга",
    "Симптом Ортнера положительный": "Симптом Ортнера",
    "Симптом Кернига отрицательный": "Симптом Кернига",
    "Рефлекс Бабинского справа": "Рефлекс Бабинского",
    "В позе Ромберга неустойчив": "позе Ромберга",
    "Симптом Ласега положительный слева под углом 40°": "Симптом Ласега",
    "Симптом Мерфи сомнительный": "Симптом Мерфи",
    "Симптом Мюсси отрицательный": "Симптом Мюсси",
    "Пробу Вальсальвы выполняет": "Пробу Вальсальвы",
    "Симптом Курвуазье отрицательный": "Симптом Курвуазье",
    "Симптомы Ровзинга и Ситковского отрицательные": "Симптомы Ровзинга и Ситковского",
}
RU_EPO_SCALE = [
    ("по шкале Глазго", " 14 баллов"),
    ("по шкале Бартел", " 45 баллов"),
    ("по шкале Морсе", " 55 баллов, высокий риск падений"),
    ("по шкале Ватерлоу", " 16 баллов"),
    ("по шкале Брейдена", " 13"),
    ("по шкале Рэнкина", " 3"),
    ("по шкале Бека", " 24 балла — умеренная депрессия"),
    ("по шкале Гамильтона", " 18"),
    ("индекс Кетле", " 31,2 кг/м2"),
    ("по шкале Апгар", " 8/9 баллов"),
    ("по шкале Чайлд-Пью", " класс B"),
    ("по шкале Вермонта", " 2 балла"),
]
RU_EPO_PROC = [
    "операция Гартмана",
    "аппарат Илизарова",
    "катетер Фолея",
    "зонд Блэкмора",
    "операция Бильрот-II",
    "пункция по Сельдингеру",
    "гастростома по Кадеру",
    "операция Уиппла",
    "проба Реберга",
    "окраска по Граму",
    "проба Манту",
    "реакция Вассермана",
    "мониторирование по Холтеру",
    "шов Розова",
    "лечение по Понсети",
    "повязка Дезо",
    "шина Белера",
    "воротник Шанца",
]
RU_DRUGS = [
    "Эликвис 5 мг 2 р/д",
    "Ксарелто 20 мг",
    "Конкор 2,5 мг утром",
    "Нольпаза 40 мг",
    "Кардиомагнил 75 мг",
    "Диабетон МВ 60 мг",
    "Лозап 50 мг",
    "Престариум 5 мг",
    "Верошпирон 25 мг",
    "Сиофор 1000 мг 2 р/д",
    "Трулисити 1,5 мг п/к 1 р/нед",
    "Аторис 20 мг",
    "Мексидол 5,0 в/в",
    "Фенибут на ночь",
    "Лирика 75 мг",
    "Трамал 50 мг при болях",
    "Юперио 50 мг",
    "Форсига 10 мг",
]
RU_REL = [
    ("дочь", True),
    ("сын", False),
    ("жена", True),
    ("муж", False),
    ("внучка", True),
    ("сестра", True),
    ("брат", False),
    ("соседка", True),
    ("племянник", False),
]
RU_DOC_ROLES = [
    "зав. отделением",
    "проф.",
    "доц.",
    "дежурным реаниматологом",
    "кардиологом",
    "неврологом",
    "хирургом",
    "клин. фармакологом",
]


# --------------------------------------------------------------------------
# English vocabularies
# --------------------------------------------------------------------------

EN_FIRST_F = [
    "Grace",
    "Faith",
    "Hope",
    "Rose",
    "April",
    "June",
    "Siobhan",
    "Aoife",
    "Priya",
    "Fatima",
    "Mei",
    "Olga",
    "Chiamaka",
    "Maria",
    "Jean",
    "Agnieszka",
    "Yasmin",
    "Precious",
]
EN_FIRST_M = [
    "Will",
    "Mark",
    "Bill",
    "Jose",
    "Mohammed",
    "Wei",
    "Oluwaseun",
    "Dariusz",
    "Chinedu",
    "Rhys",
    "Tomasz",
    "Hamza",
    "Declan",
    "Kwame",
    "Hiroshi",
    "Guy",
    "Frank",
    "Sandy",
]
EN_LAST = [
    "Okafor",
    "Patel",
    "Nguyen",
    "O'Brien",
    "García",
    "Kowalski",
    "Müller",
    "Haddad",
    "Chen",
    "Abubakar",
    "Smith",
    "Brown",
    "White",
    "Cook",
    "Baker",
    "Hill",
    "Hope",
    "Price",
    "Young",
    "MacDonald",
    "Van der Berg",
    "Singh",
    "Adeyemi",
    "Novak",
    "Rossi",
    "Ferreira",
    "Hughes",
    "Kaur",
    "Nakamura",
    "Wolfe",
    "Black",
    "Stone",
    "Bishop",
    "Fox",
    "Mann",
    "Khan",
]


class EnPerson:
    def __init__(self, rng: random.Random, fem: bool | None = None):
        self.fem = rng.random() < 0.5 if fem is None else fem
        self.first = rng.choice(EN_FIRST_F if self.fem else EN_FIRST_M)
        self.last = rng.choice(EN_LAST)
        self.mid = rng.choice("ABCDEJKLMRST")

    def title(self, rng: random.Random) -> str:
        return rng.choice(["Mrs", "Ms", "Miss"]) if self.fem else "Mr"

    def render(self, rng: random.Random, fmt: str | None = None) -> str:
        fmt = fmt or rng.choice(["fl", "fl", "fml", "l", "f", "lf", "il"])
        if fmt == "fl":
            return f"{self.first} {self.last}"
        if fmt == "fml":
            return f"{self.first} {self.mid}. {self.last}"
        if fmt == "lf":
            return f"{self.last.upper()}, {self.first}"
        if fmt == "il":
            return f"{self.first[0]}. {self.last}"
        if fmt == "f":
            return self.first
        return self.last


EN_MONTHS = "January February March April May June July August September October November December".split()


def ordinal(d: int) -> str:
    if 10 <= d % 100 <= 20:
        return f"{d}th"
    return str(d) + {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def en_date(rng: random.Random, us: bool, fmt: str | None = None, y0: int = 2016, y1: int = 2025) -> str:
    y, m, d = rdate(rng, y0, y1)
    fmt = fmt or rng.choice(["num", "num", "short", "ord", "mdy", "iso", "dmy_words", "mon_y"])
    if fmt == "num":
        return f"{m:02d}/{d:02d}/{y}" if us else f"{d:02d}/{m:02d}/{y}"
    if fmt == "short":
        return f"{m}/{d}/{y % 100:02d}" if us else f"{d}/{m}/{y % 100:02d}"
    if fmt == "ord":
        return f"{ordinal(d)} {EN_MONTHS[m - 1]} {y}"
    if fmt == "mdy":
        return f"{EN_MONTHS[m - 1]} {d}, {y}"
    if fmt == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if fmt == "dmy_words":
        return f"{d} {EN_MONTHS[m - 1][:3]} {y}"
    return f"{EN_MONTHS[m - 1][:3]} {y}"


UK_STREETS = [
    "Elm Road",
    "Church Lane",
    "Victoria Street",
    "Mill Lane",
    "Station Road",
    "Albert Terrace",
    "Kingsway",
    "Hope Street",
    "Park Avenue",
    "Queen's Drive",
]
UK_TOWNS = [
    ("Leeds", "LS6 2AB"),
    ("Manchester", "M14 5RT"),
    ("Bristol", "BS3 4QL"),
    ("Cardiff", "CF24 3NX"),
    ("Glasgow", "G12 8QQ"),
    ("Luton", "LU1 1AA"),
    ("Norwich", "NR2 3DF"),
]
US_STREETS = [
    "Maple Ave",
    "Oak Street",
    "Martin Luther King Jr Blvd",
    "W 34th St",
    "Lincoln Road",
    "Pine Ridge Dr",
    "Elm St",
    "Washington Ave",
]
US_TOWNS = [
    ("Springfield", "IL", "62704"),
    ("Boston", "MA", "02118"),
    ("Dayton", "OH", "45402"),
    ("Tucson", "AZ", "85719"),
    ("Paterson", "NJ", "07501"),
]


def en_address(rng: random.Random, us: bool, short: bool = False) -> str:
    n = rng.randint(1, 1999 if us else 220)
    if us:
        st = rng.choice(US_STREETS)
        town, state, z = rng.choice(US_TOWNS)
        if short or rng.random() < 0.35:
            return f"{n} {st}" + rng.choice(["", f", Apt {rng.randint(1, 12)}{rng.choice('ABCD')}"])
        return f"{n} {st}, {rng.choice(['Apt', 'Unit', '#'])} {rng.randint(1, 40)}, {town}, {state} {z}"
    st = rng.choice(UK_STREETS)
    town, pc = rng.choice(UK_TOWNS)
    if short or rng.random() < 0.35:
        return rng.choice([f"{n} {st}", f"Flat {rng.randint(1, 30)}, {n} {st}"])
    return rng.choice([f"Flat {rng.randint(1, 30)}, {n} {st}, {town} {pc}", f"{n} {st}, {town}, {pc}"])


def en_phone(rng: random.Random, us: bool) -> str:
    if us:
        a, b, c = rng.randint(201, 989), rng.randint(200, 999), _digits(rng, 4)
        return rng.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"+1 {a} {b} {c}", f"{a}.{b}.{c}"])
    d = _digits(rng, 6)
    return rng.choice(
        [
            f"07{_digits(rng, 3)} {d}",
            f"+44 7{_digits(rng, 3)} {d}",
            f"020 7946 {_digits(rng, 4)}",
            f"0113 496 {_digits(rng, 4)}",
            f"07{_digits(rng, 9)}",
        ]
    )


def en_email(rng: random.Random, p: EnPerson | None = None) -> str:
    if p is not None and rng.random() < 0.5:
        folded = unicodedata.normalize("NFKD", p.last.lower())
        last = "".join(c for c in folded if c.isalpha() and c.isascii())
        user = f"{p.first.lower()}.{last}"
    else:
        user = rng.choice(
            ["gracie_h", "bigbill62", "j.nguyen", "priya.k", "okafor.family", "rosie1990", "t.kowalski"]
        )
    dom = rng.choice(["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "nhs.net", "icloud.com"])
    return f"{user}@{dom}"


EN_URLS = [
    "https://www.nhs.uk/conditions/atrial-fibrillation/",
    "https://www.diabetes.org.uk",
    "www.mind.org.uk",
    "https://mychart.example-health.org/login",
    "https://youtu.be/dQ4pRz81LkA",
    "https://patient.info/doctor/heart-failure",
    "https://www.cdc.gov/flu/",
    "http://www.stroke.org.uk/support",
    "https://forms.office.com/r/8KzLq2",
    "bit.ly/3xQpain",
]
EN_ORG_MED_UK = [
    "St Thomas' Hospital",
    "Royal Free Hospital",
    "Leeds General Infirmary",
    "Riverside Medical Practice",
    "Manchester Royal Infirmary",
    "Southmead Hospital",
    "The Priory Hospital",
    "Nuffield Health Leeds Hospital",
]
EN_ORG_MED_US = [
    "Massachusetts General Hospital",
    "Kaiser Permanente",
    "Mercy Health",
    "Johns Hopkins Hospital",
    "Banner University Medical Center",
    "Dayton Children's Hospital",
    "St. Joseph's Regional Medical Center",
]
EN_ORG_WORK = [
    "Tesco",
    "Amazon",
    "Royal Mail",
    "Jaguar Land Rover",
    "Walmart",
    "FedEx",
    "Greggs",
    "Deloitte",
    "Network Rail",
    "Home Depot",
]
EN_ORG_SCHOOL = [
    "Hillcrest Primary School",
    "Lincoln High School",
    "St Mary's Catholic Primary",
    "Roosevelt Elementary",
    "Leeds Beckett University",
    "Little Acorns Nursery",
]
EN_ORG_INS = ["Blue Cross Blue Shield", "Aetna", "UnitedHealthcare", "Bupa", "AXA Health", "Cigna"]
EN_ORG_PHARM = ["Boots", "CVS Pharmacy", "Walgreens", "Lloydspharmacy", "Rite Aid"]
EN_ORG_CARE = [
    "Oakwood Care Home",
    "Sunrise Senior Living",
    "Meadowbank Nursing Home",
    "Brookdale Senior Living",
]

EN_EPO_DX = [
    "Parkinson's disease",
    "Crohn's disease",
    "Hashimoto's thyroiditis",
    "Bell's palsy",
    "Barrett's oesophagus",
    "Addison's disease",
    "Cushing's syndrome",
    "Graves' disease",
    "Down syndrome",
    "Guillain-Barré syndrome",
    "Alzheimer's dementia",
    "Mallory-Weiss tear",
    "Hodgkin lymphoma",
    "Sjögren's syndrome",
    "Raynaud's phenomenon",
    "Osgood-Schlatter disease",
    "Meniere's disease",
    "Ewing sarcoma",
    "Wilms tumour",
    "Kaposi sarcoma",
    "Hirschsprung disease",
    "Paget's disease",
    "Tourette syndrome",
    "Korsakoff syndrome",
    "Wernicke's encephalopathy",
    "Wolff-Parkinson-White syndrome",
    "Lewy body dementia",
    "Still's disease",
    "Dupuytren's contracture",
    "Colles fracture",
    "Huntington's disease",
    "von Willebrand disease",
    "Marfan syndrome",
    "Asperger syndrome",
    "Reiter's syndrome",
]
EN_EPO_SIGN = [
    ("Murphy's sign", " negative"),
    ("Babinski sign", " upgoing on the left"),
    ("Romberg test", " positive"),
    ("Kernig's sign", " negative"),
    ("Tinel's sign", " positive at the right wrist"),
    ("Phalen's test", " reproduces the tingling"),
    ("Lachman test", " lax with soft end point"),
    ("McMurray test", " equivocal"),
    ("Homans' sign", " not elicited"),
    ("Kussmaul breathing", " noted on arrival"),
    ("Cheyne-Stokes respiration", " overnight"),
    ("Trendelenburg gait", " on the right"),
    ("Rovsing's sign", " negative"),
    ("Brudzinski sign", " absent"),
]
EN_EPO_SCALE = [
    ("Wells score", " 1"),
    ("Apgar score", " 9 at 5 min"),
    ("Bishop score", " 5"),
    ("Braden scale", " 14"),
    ("Waterlow score", " 18"),
    ("Barthel index", " 60/100"),
    ("Child-Pugh score", " B8"),
    ("Gleason score", " 3+4"),
    ("Glasgow-Blatchford score", " 6"),
    ("Rockall score", " 3"),
    ("Epworth Sleepiness Scale", " 15"),
    ("Morse Fall Scale", " 65"),
]
EN_EPO_PROC = [
    "Foley catheter",
    "Swan-Ganz catheter",
    "Whipple procedure",
    "Hartmann's procedure",
    "Nissen fundoplication",
    "Seldinger technique",
    "Valsalva manoeuvre",
    "Trendelenburg position",
    "Holter monitor",
    "Gram stain",
    "Mantoux test",
    "Ilizarov frame",
    "Sengstaken-Blakemore tube",
    "Billroth II gastrectomy",
    "Ponseti casting",
    "Heimlich manoeuvre",
    "Ziehl-Neelsen stain",
    "Hickman line",
]
EN_DRUGS = [
    "Eliquis 5 mg BD",
    "Xarelto 20 mg OD",
    "Lipitor 40 mg",
    "Ventolin PRN",
    "Seretide 250 two puffs BD",
    "Ozempic 0.5 mg weekly",
    "Januvia 100 mg",
    "Zoloft 50 mg",
    "Keppra 500 mg BD",
    "Oramorph 2.5 mg PRN",
    "Movicol 1 sachet",
    "Lasix 40 mg",
    "Entresto 49/51",
    "Jardiance 10 mg",
]
EN_REL = [
    ("daughter", True),
    ("son", False),
    ("wife", True),
    ("husband", False),
    ("partner", None),
    ("niece", True),
    ("neighbour", None),
    ("brother", False),
    ("mum", True),
]


# --------------------------------------------------------------------------
# Russian snippets
# --------------------------------------------------------------------------


def r_pick(rng, seq):
    return rng.choice(seq)


def ru_ep_dx(d: Doc, case: str = "nom") -> None:
    d.ep(d.rng.choice(RU_EPO_DX_INS if case == "ins" else RU_EPO_DX))


def ru_s_complaints(d: Doc) -> None:
    r = d.rng
    d.t(r.choice(["Жалобы на ", "Беспокоят ", "Предъявляет жалобы на "]))
    d.t(
        r.choice(
            [
                "одышку при ходьбе до 100 м, отёки голеней",
                "давящие боли за грудиной при нагрузке",
                "головокружение, шаткость при ходьбе",
                "боли в пояснице с иррадиацией в левую ногу",
                "слабость, снижение аппетита, похудание на 6 кг за 3 мес",
                "кашель с мокротой, t до 38,4",
            ]
        )
    )
    d.t(". ")
    if r.random() < 0.5:
        d.t(
            r.choice(
                [
                    "Ухудшение с 3-го числа. ",
                    "Считает себя больной около недели. ",
                    "Вчера вечером усилились боли. ",
                    "Ухудшение после праздников. ",
                ]
            )
        )
    else:
        d.t(r.choice(["Заболел(а) остро ", "Ухудшение с "]))
        d.e("DATE", ru_date(r, "dmy" if r.random() < 0.6 else "words", 2024, 2025))
        d.t(
            r.choice([", когда ", " — "])
            + "появилась "
            + r.choice(["лихорадка. ", "одышка. ", "слабость в правой руке. "])
        )


def ru_s_history(d: Doc) -> None:
    r = d.rng
    c = r.random()
    if c < 0.4:
        d.t("В анамнезе ")
        ru_ep_dx(d)
        if r.random() < 0.6:
            d.t(" с ")
            d.e("DATE", str(r.randint(2005, 2023)))
            d.t(r.choice([" г.", " года", "г", ""]))
        d.t(r.choice([", наблюдается у невролога. ", ", ремиссия. ", ". "]))
    elif c < 0.7:
        d.t(r.choice(["Страдает ", "Длительно страдает "]))
        ru_ep_dx(d, "ins")
        d.t(r.choice([". ", ", получает терапию. "]))
        d.t("ГБ 2 ст., СД 2 типа (МКБ-10 E11.9). ")
    else:
        d.t(r.choice(["Перенесла ", "Перенёс ", "В "]))
        d.e("DATE", str(r.randint(2010, 2024)))
        d.t(" г. — ")
        d.ep(r.choice(["операция Гартмана", "операция Уиппла", "операция Бильрот-II"]))
        d.t(r.choice([" по поводу рака сигмы. ", ", течение гладкое. "]))
        if r.random() < 0.5:
            d.t("ИМ в ")
            d.e("DATE", f"{RU_MONTHS_PRE[r.randrange(12)]} {r.randint(2015, 2024)}")
            d.t(r.choice([" г. ", " года, ", " "]) + "стентирование ПНА. ")


def ru_s_exam(d: Doc) -> None:
    r = d.rng
    d.t(
        f"Состояние средней тяжести. АД {r.randint(100, 180)}/{r.randint(60, 100)} мм рт.ст., ЧСС {r.randint(55, 120)} в мин, SpO2 {r.randint(88, 99)}%. "
    )
    for s in r.sample(RU_EPO_SIGN, r.randint(1, 2)):
        span = RU_EPO_SIGN_SPAN[s]
        i = s.index(span)
        d.t(s[:i])
        d.ep(span)
        d.t(s[i + len(span) :] + ". ")
    if r.random() < 0.5:
        sc, tail = r.choice(RU_EPO_SCALE[:9] + RU_EPO_SCALE[10:])
        d.t(r.choice(["Оценка ", "Сознание ясное, ", ""]))
        d.ep(sc)
        d.t(tail + ". ")


def ru_s_labs(d: Doc) -> None:
    r = d.rng
    d.t(
        f"В ОАК Hb {r.randint(78, 150)} г/л, лейк. {r.randint(4, 18)},{r.randint(0, 9)}, тромб. {r.randint(90, 400)}. Креатинин {r.randint(70, 260)} мкмоль/л, СКФ (CKD-EPI) {r.randint(20, 90)}, К+ {r.randint(3, 5)},{r.randint(0, 9)}. "
    )
    if r.random() < 0.5:
        d.t("Назначена ")
        d.ep(r.choice(["проба Реберга", "проба Манту", "окраска по Граму", "реакция Вассермана"]))
        d.t(". ")
    if r.random() < 0.4:
        d.t("Анализы от ")
        d.e("DATE", ru_date(r, r.choice(["dmy", "dmy2", "dmy_short0"]), 2024, 2025))
        d.t(r.choice([" — без динамики. ", " г. в пределах нормы. ", " прикреплены. "]))


def ru_s_meds(d: Doc) -> None:
    r = d.rng
    d.t(r.choice(["Принимает: ", "Терапия: ", "Получает "]))
    d.t(", ".join(r.sample(RU_DRUGS, r.randint(2, 4))))
    d.t(". ")
    if r.random() < 0.3:
        d.t("Лекарства покупает в ")
        d.e("ORG", r.choice(["аптеке «Ригла»", "аптеке «Столички»", "аптеке «Горздрав»", "аптеке «36,6»"]))
        d.t(" у дома. ")


def ru_relative(d: Doc) -> None:
    r = d.rng
    rel, fem = r.choice(RU_REL)
    p = RuPerson(r, fem)
    d.t(rel + " ")
    d.e("NAME", p.render(r, "nom", r.choice(["i", "i", "io", "fio", "if"])))
    d.t(r.choice([" тел ", ", тел. ", " т. ", " — ", " моб. "]))
    d.e("PHONE", ru_phone(r))
    d.t(
        r.choice(
            [
                " просит звонить после 18",
                ", в курсе диагноза",
                " (звонить только ей)" if fem else " (звонить только ему)",
                ", приедет завтра",
                "",
            ]
        )
    )
    d.t(". ")


def ru_s_social(d: Doc) -> None:
    r = d.rng
    c = r.random()
    if c < 0.35:
        short = r.random() < 0.6
        if short:
            d.t(r.choice(["Живёт один на ", "Живёт одна на ", "Живёт с женой на ", "живёт с дочерью на "]))
        else:
            d.t(r.choice(["Проживает по адресу: ", "Прописан: ", "Адрес фактического проживания: "]))
        d.e("ADDRESS", ru_address(r, short=short))
        d.t(
            r.choice(
                [", 3 этаж без лифта. ", ", 5 этаж, лифт есть. ", ". ", ", частный дом, печное отопление. "]
            )
        )
    elif c < 0.6:
        d.t(r.choice(["Работает водителем в ", "Работает бухгалтером в ", "Работает на ", "Трудоустроен в "]))
        d.e("ORG", r.choice(RU_ORG_WORK))
        d.t(r.choice([", график 2/2. ", ", вредности отрицает. ", ", нужен ЭЛН. "]))
    elif c < 0.8:
        d.t(
            r.choice(
                ["Пенсионерка, ранее работала учителем в ", "Учится в ", "Ребёнок посещает ", "Окончила "]
            )
        )
        d.e("ORG", r.choice(RU_ORG_SCHOOL))
        d.t(r.choice([". ", ", 9 класс. ", " в "]))
        if d.parts[-1].endswith(" в "):
            d.e("DATE", str(r.randint(1980, 2015)))
            d.t(" г. ")
    else:
        d.t("Живёт в ")
        d.t(r.choice(RU_CITIES)[1])
        d.t(r.choice([", в частном доме. ", " с дочерью. ", ", переехал из Ташкента 5 лет назад. "]))
    d.t(r.choice(["Курит 20 лет по 1 пачке. ", "Алкоголь отрицает. ", "", "Инвалид II гр. "]))
    if r.random() < 0.7:
        ru_relative(d)


def ru_doctor_mention(d: Doc) -> None:
    r = d.rng
    p = RuPerson(r)
    c = r.random()
    if c < 0.3:
        d.t(r.choice(["Обсуждено с ", "обсуждено с ", "Согласовано с "]))
        d.e("NAME", p.render(r, "ins", r.choice(["f", "f", "f_in", "in_f"])))
    elif c < 0.55:
        d.t(r.choice(["Согласовано с ", "Осмотрен совместно с "]))
        d.t(r.choice(RU_DOC_ROLES) + " ")
        d.e("NAME", p.render(r, "ins", r.choice(["f_in", "in_f", "f"])))
    elif c < 0.75:
        d.t(r.choice(["Консультация ", "Со слов "]))
        d.e("NAME", p.render(r, "gen", r.choice(["f_in", "io", "f"])))
        d.t(r.choice([" — данных за ОКС нет", " — показаний к операции нет", ": рекомендовано КТ"]))
    else:
        d.t(r.choice(["Передано ", "Доложено "]))
        d.e("NAME", p.render(r, "dat", r.choice(["f_in", "f", "io"])))
        d.t(r.choice([" в 14:30", " по телефону", ""]))
    d.t(". ")


def ru_s_ids(d: Doc) -> None:
    r = d.rng
    kinds = r.sample(["snils", "oms", "ib", "pass", "eln", "inn", "dms"], r.randint(1, 2))
    for k in kinds:
        if k == "snils":
            d.t(r.choice(["СНИЛС ", "снилс: ", "СНИЛС № "]))
            d.e("ID", make_snils(r))
        elif k == "oms":
            d.t(r.choice(["Полис ОМС ", "ЕНП ", "полис ОМС № "]))
            d.e("ID", make_enp(r))
            if r.random() < 0.5:
                d.t(", страховая ")
                d.e("ORG", r.choice(RU_ORG_INS))
        elif k == "ib":
            d.t(r.choice(["ИБ № ", "Медкарта № ", "история болезни № ", "амб. карта "]))
            d.e(
                "ID",
                r.choice(
                    [
                        f"{r.randint(100, 39999)}/{r.randint(20, 25)}",
                        f"{r.randint(2020, 2025)}-{_digits(r, 5)}",
                        f"{r.randint(10000, 999999)}",
                        f"С-{_digits(r, 6)}",
                    ]
                ),
            )
        elif k == "pass":
            d.t(r.choice(["паспорт ", "Паспорт серия/номер "]))
            d.e(
                "ID",
                r.choice(
                    [f"{_digits(r, 2)} {_digits(r, 2)} {_digits(r, 6)}", f"{_digits(r, 4)} {_digits(r, 6)}"]
                ),
            )
        elif k == "eln":
            d.t(r.choice(["Открыт ЭЛН № ", "ЭЛН ", "Больничный лист № "]))
            d.e("ID", "9" + _digits(r, 11))
        elif k == "inn":
            d.t("ИНН ")
            d.e("ID", make_inn12(r))
            d.t(" (для налогового вычета)")
        else:
            d.t("Полис ДМС № ")
            d.e("ID", f"{_digits(r, 3)}-{_digits(r, 2)}-{_digits(r, 6)}")
        d.t(r.choice([". ", "; "]))
    d.t(" ")


def ru_s_plan(d: Doc) -> None:
    r = d.rng
    d.t("План: ")
    d.t(r.choice(["ЭхоКГ, ", "МРТ ГМ, ", "ФГДС, ", "УЗИ ОБП, "]))
    if r.random() < 0.4:
        d.ep(
            r.choice(
                ["мониторирование по Холтеру", "катетер Фолея", "пункция по Сельдингеру", "воротник Шанца"]
            )
        )
        d.t(", ")
    d.t(
        r.choice(
            [
                "контроль ОАК через 7 дней",
                "наблюдение в палате 412, койка 3",
                "осмотр в динамике",
                "перевод в ПИТ при ухудшении",
            ]
        )
    )
    d.t(". ")
    if r.random() < 0.6:
        d.t(r.choice(["Повторный осмотр ", "Явка ", "Госпитализация планово "]))
        d.e("DATE", ru_date(r, r.choice(["dmy", "words", "dmy2"]), 2025, 2026))
        d.t(r.choice([" в 10:30. ", " г. ", ". "]))
    if r.random() < 0.35:
        d.t(r.choice(["Направлена в ", "Направлен на консультацию в ", "Переведена в "]))
        d.e("ORG", r.choice(RU_ORG_MED))
        d.t(". ")
    if r.random() < 0.25:
        d.t(r.choice(["Памятка: ", "Запись через ", "Видео с упражнениями: "]))
        d.e("URL", r.choice(RU_URLS))
        d.t(" . " if r.random() < 0.3 else "\n")
    if r.random() < 0.2:
        d.t("Результаты выслать на ")
        d.e("EMAIL", ru_email(r))
        d.t(". ")


def ru_s_stay(d: Doc) -> None:
    r = d.rng
    d.t(r.choice(["Находилась на лечении в ", "Лечился в ", "Ранее госпитализирован в "]))
    d.e("ORG", r.choice(RU_ORG_MED))
    d.t(" с ")
    y = r.randint(2019, 2025)
    m = r.randint(1, 11)
    d1, d2 = r.randint(1, 28), r.randint(1, 28)
    if r.random() < 0.5:
        d.e("DATE", f"{d1:02d}.{m:02d}")
        d.t(" по ")
        d.e("DATE", f"{d2:02d}.{m + 1:02d}.{y}")
    else:
        d.e("DATE", f"{d1:02d}.{m:02d}.{y}")
        d.t(" по ")
        d.e("DATE", f"{d2:02d}.{m + 1:02d}.{y}")
    d.t(
        r.choice([" г. ", " ", "г. "])
        + r.choice(["с диагнозом ", "с диагнозом: ", "по поводу обострения, диагноз: "])
    )
    ru_ep_dx(d)
    d.t(". ")


def ru_s_birth(d: Doc, p: RuPerson) -> None:
    r = d.rng
    d.t(
        r.choice(["Пациентка ", "Больная ", "Пац. ", ""])
        if p.fem
        else r.choice(["Пациент ", "Больной ", "Пац. ", ""])
    )
    d.e("NAME", p.render(r, "nom", r.choice(["fio", "f_in", "fio"])))
    d.t(", ")
    c = r.random()
    if c < 0.5:
        d.e("DATE", str(r.randint(1935, 2005)))
        d.t(r.choice([" г.р.", " г.р", " года рождения"]))
    elif c < 0.75:
        d.e("DATE", ru_date(r, "dmy", 1935, 2005))
        d.t(" г.р.")
    else:
        d.t(f"{r.randint(18, 94)} лет")
    d.t(". ")


def ru_s_words(d: Doc) -> None:
    """Ordinary words that look like names (must not be annotated)."""
    r = d.rng
    pool = [
        "Надежда на восстановление речи небольшая, родственникам разъяснено. ",
        "Вера в успех лечения сохранена, настроена на реабилитацию. ",
        "Любовь к чтению сохранена, читает газеты. ",
        "Белый налёт на языке. ",
        "Обострения обычно зимой, на морозе усиливается кашель. ",
        "Вечером озноб, «мороз по коже». ",
        "Лев. лёгкое: дыхание ослаблено в нижних отделах. ",
        "Мир вокруг «как в тумане», жалуется пациентка. ",
        "Слава богу, судорог больше не было — со слов матери. ",
        "Голубь в доме? Контакт с птицами отрицает. ",
        "Со слов дочери, «мама стала белая как мел». ",
    ]
    for x in r.sample(pool, r.randint(1, 2)):
        d.t(x)
    d.t(
        f"Палата {r.randint(101, 530)}, койка {r.randint(1, 6)}. МКБ-10: {r.choice(['I50.0', 'J18.9', 'I63.5', 'K50.1', 'G20'])}. "
    )


RU_RU_SNIPS = [
    ru_s_words,
    ru_s_complaints,
    ru_s_history,
    ru_s_exam,
    ru_s_labs,
    ru_s_meds,
    ru_s_social,
    ru_doctor_mention,
    ru_s_ids,
    ru_s_plan,
    ru_s_stay,
]


# --------------------------------------------------------------------------
# Russian document types (header + body selection)
# --------------------------------------------------------------------------


def ru_doc(d: Doc, doc_type: str) -> None:
    r = d.rng
    p = RuPerson(r)
    doc = RuPerson(r)
    body: list = []
    if doc_type == "progress_note":
        d.t(r.choice(["Дневник наблюдения. ", "Осмотр в палате. ", "Дневник. "]))
        d.e("DATE", ru_date(r, "dmy", 2024, 2025))
        d.t(f" {r.randint(8, 11)}:{r.choice(['00', '15', '30', '45'])}. ")
        body = [ru_s_complaints, ru_s_exam, ru_s_labs, ru_doctor_mention, ru_s_plan]
    elif doc_type == "consult_note":
        d.t("Консультация " + r.choice(["кардиолога", "невролога", "эндокринолога", "хирурга"]) + ". ")
        ru_s_birth(d, p)
        body = [ru_s_complaints, ru_s_history, ru_s_exam, ru_s_meds, ru_s_plan]
    elif doc_type == "handover_note":
        d.t("Передача смены. Палата " + str(r.randint(101, 520)) + ": ")
        d.e("NAME", p.render(r, "nom", r.choice(["f", "f_in", "fio"])))
        d.t(f", {r.randint(40, 95)} л., ")
        ru_ep_dx(d)
        d.t(r.choice([", ночью беспокойна", ", стабилен", ", лихорадит"]) + ". ")
        body = [ru_s_exam, ru_s_meds, ru_relative, ru_doctor_mention]
    elif doc_type == "on_call_note":
        d.t(r.choice(["Дежурный врач. ", "Вызов дежурного в ", "Ночное дежурство, "]))
        d.t(f"{r.randint(0, 5):02d}:{r.randint(0, 59):02d}. ")
        d.t("Осмотрен(а) по вызову м/с ")
        d.e("NAME", RuPerson(r, True).render(r, "gen", r.choice(["f", "i", "f_in"])))
        d.t(". ")
        body = [ru_s_complaints, ru_s_exam, ru_doctor_mention, ru_s_plan]
    elif doc_type == "referral_letter":
        if r.random() < 0.75:
            d.t("Уважаемая " if doc.fem else "Уважаемый ")
            d.e("NAME", doc.render(r, "nom", "io"))
            d.t("!\n")
        else:
            d.t("Уважаемые коллеги!\n")
        d.t("Направляем к Вам ")
        d.e("NAME", p.render(r, "acc", r.choice(["fio", "f_in"])))
        d.t(", ")
        d.e("DATE", str(r.randint(1940, 2000)))
        pre, epo = r.choice(
            [
                ("об ", "операции Уиппла"),
                ("об ", "операции Гартмана"),
                ("о наложении ", "аппарата Илизарова"),
                ("о ", "лечении по Понсети"),
            ]
        )
        d.t(" г.р., для решения вопроса " + pre)
        d.ep(epo)
        d.t(". ")
        body = [ru_s_history, ru_s_stay, ru_s_labs, ru_s_ids]
    elif doc_type == "discharge_letter":
        d.t("Выписной эпикриз (кратко). ")
        ru_s_birth(d, p)
        body = [ru_s_stay, ru_s_labs, ru_s_meds, ru_s_plan, ru_s_ids]
    elif doc_type == "patient_message":
        d.t(r.choice(["Здравствуйте, доктор! ", "Добрый день, ", "Здравствуйте "]))
        if d.parts[-1].startswith("Добрый") or r.random() < 0.4:
            d.e("NAME", doc.render(r, "nom", "io"))
            d.t("! ")
        d.t("Это ")
        d.e("NAME", p.render(r, "nom", r.choice(["fio", "if", "i"])))
        d.t(", мама " if p.fem else ", папа ")
        d.e("NAME", RuPerson(r).render(r, "gen", "i"))
        d.t(
            ". "
            + r.choice(["Температура держится третий день, ", "После Трамала тошнит, ", "Сахар утром 11,2, "])
        )
        d.t("что делать? Мой номер ")
        d.e("PHONE", ru_phone(r))
        d.t(", почта ")
        d.e("EMAIL", ru_email(r))
        d.t(". Спасибо!")
        return
    elif doc_type == "social_work_note":
        d.t("Соц. работник. Беседа с пациенткой " if p.fem else "Соц. работник. Беседа с пациентом ")
        d.e("NAME", p.render(r, "ins", r.choice(["fio", "f_in"])))
        d.t(" и родственниками. ")
        d.t("Направлен запрос в соцзащиту о ")
        d.e("NAME", p.render(r, "pre", r.choice(["f_in", "fio"])))
        d.t(r.choice([" (нуждается в уходе). ", ". "]))
        body = [ru_s_social, ru_s_social, ru_s_ids]
        d.t("Оформление в ")
        d.e("ORG", r.choice(RU_ORG_CARE))
        d.t(" обсуждается. ")
    elif doc_type == "psychology_note":
        d.t("Мед. психолог. ")
        d.e("NAME", p.render(r, "nom", r.choice(["io", "i", "f_in"])))
        d.t(" пришла на 3-ю сессию. " if p.fem else " пришёл на 3-ю сессию. ")
        d.t("Тревога ")
        d.ep(r.choice(["по шкале Бека", "по шкале Гамильтона", "по шкале Спилбергера"]))
        d.t(f" {r.randint(8, 30)}. ")
        d.t("Рассказывает о конфликте с начальником в ")
        d.e("ORG", r.choice(RU_ORG_WORK))
        d.t(". ")
        body = [ru_s_social, ru_doctor_mention]
    elif doc_type == "nursing_narrative":
        d.t("Сестринская запись. ")
        d.t(f"{r.randint(6, 23):02d}:{r.choice(['00', '20', '40'])} ")
        d.t("пациент(ка) осмотрен(а), ")
        sc, tail = r.choice(RU_EPO_SCALE[1:5])
        d.ep(sc)
        d.t(tail + ". ")
        d.ep(r.choice(["Катетер Фолея", "катетер Фолея"]))
        d.t(" стоит 3-и сутки. Сообщено врачу ")
        d.e("NAME", doc.render(r, "dat", r.choice(["f_in", "f", "io"])))
        d.t(". Смену сдала м/с ")
        d.e("NAME", RuPerson(r, True).render(r, "nom", r.choice(["f", "if", "f_in"])))
        d.t(". ")
        body = [ru_relative]
    elif doc_type == "family_history":
        d.t("Семейный анамнез: ")
        d.t(r.choice(["мать", "отец", "бабушка по матери"]) + " — ")
        ru_ep_dx(d)
        d.t(", умер(ла) в ")
        d.e("DATE", str(r.randint(1990, 2022)))
        d.t(r.choice([" г. ", " году "]) + "в возрасте 67 лет. ")
        d.t("Брат ")
        d.e("NAME", RuPerson(r, False).render(r, "nom", "i"))
        d.t(r.choice([" — ", ", 52 г., "]))
        d.ep(r.choice(["синдром Вольфа-Паркинсона-Уайта", "болезнь Виллебранда", "синдром Марфана"]))
        d.t(", наблюдается в ")
        d.e("ORG", r.choice(RU_ORG_MED))
        d.t(". ")
        body = [ru_relative, ru_s_history]
    elif doc_type == "dictated_note":
        d.t("[Надиктовано, расшифровка] ")
        d.t("пациентка " if p.fem else "пациент ")
        d.e("NAME", p.render(r, "nom", "iof"))
        d.t(" запятая ")
        d.e("DATE", ru_date(r, "words", 1940, 2000))
        d.t(" года рождения точка ")
        body = [ru_s_complaints, ru_s_history, ru_s_exam, ru_doctor_mention]
    elif doc_type == "hurried_note":
        d.hurried = True
        d.t("пац ")
        d.e("NAME", p.render(r, "nom", r.choice(["f", "f_in"])))
        d.t(" ")
        body = [ru_s_complaints, ru_s_exam, ru_relative, ru_doctor_mention]
    elif doc_type == "ed_note":
        d.t("Приёмное отделение. Доставлен(а) СМП в 23:40. ")
        ru_s_birth(d, p)
        body = [ru_s_complaints, ru_s_exam, ru_s_ids, ru_s_plan]
    elif doc_type == "telephone_encounter":
        d.t("Телефонный звонок. Звонила ")
        rel, fem = r.choice([("дочь", True), ("жена", True), ("соседка", True)])
        d.t(rel + " пациента ")
        d.e("NAME", p.render(r, "gen", r.choice(["fio", "f", "f_in"])))
        d.t(" — ")
        d.e("NAME", RuPerson(r, True).render(r, "nom", r.choice(["i", "io"])))
        d.t(", номер ")
        d.e("PHONE", ru_phone(r))
        d.t(". ")
        body = [ru_s_complaints, ru_s_plan]
    elif doc_type == "physio_note":
        d.t("ЛФК/реабилитация. ")
        d.ep(r.choice(["по шкале Рэнкина", "по шкале Бартел"]))
        d.t(f" {r.randint(1, 5)}. Ходит с ходунками, ")
        d.ep("аппарат Илизарова")
        d.t(" на левой голени. Занимается с инструктором ")
        d.e("NAME", RuPerson(r).render(r, "ins", r.choice(["if", "f", "io"])))
        d.t(". ")
        body = [ru_s_plan, ru_s_social]
    elif doc_type == "palliative_note":
        d.t("Паллиативная служба. Выезд на дом по адресу ")
        d.e("ADDRESS", ru_address(r))
        d.t(". ")
        d.ep(r.choice(["лимфома Ходжкина", "саркома Юинга", "болезнь Альцгеймера"]))
        d.t(", IV стадия. Обезболивание: Трамал, пластырь Дюрогезик 25 мкг/ч. ")
        body = [ru_relative, ru_s_ids, ru_doctor_mention]
    elif doc_type == "pediatric_note":
        d.t("Педиатр. Ребёнок ")
        child = RuPerson(r)
        d.e("NAME", child.render(r, "nom", r.choice(["if", "fio"])))
        d.t(", ")
        d.e("DATE", ru_date(r, "dmy", 2012, 2024))
        d.t(" г.р., родилась " if child.fem else " г.р., родился ")
        d.ep("по шкале Апгар")
        d.t(" 8/9. Посещает ")
        d.e("ORG", r.choice(RU_ORG_SCHOOL[:4]))
        d.t(". Мать — ")
        d.e("NAME", RuPerson(r, True).render(r, "nom", r.choice(["io", "fio"])))
        d.t(". ")
        body = [ru_s_complaints, ru_relative, ru_s_ids]
    elif doc_type == "antenatal_note":
        d.t("Женская консультация. ")
        d.e("NAME", RuPerson(r, True).render(r, "nom", r.choice(["fio", "f_in"])))
        d.t(f", беременность {r.randint(8, 39)} нед., ПДР ")
        d.e("DATE", ru_date(r, "dmy", 2025, 2026))
        d.t(". ")
        d.ep("Проба Вальсальвы")
        d.t(" не проводилась. ")
        body = [ru_s_labs, ru_s_social, ru_s_ids]
    elif doc_type == "psychiatry_note":
        d.t("Осмотр психиатра. ")
        d.e("NAME", p.render(r, "nom", r.choice(["fio", "f_in", "io"])))
        d.t(" доставлен(а) из ")
        d.e("ORG", r.choice(RU_ORG_CARE))
        d.t(". Ориентирован(а) частично. ")
        d.ep(r.choice(["Синдром Корсакова", "энцефалопатия Вернике", "болезнь Альцгеймера"]))
        d.t(" под вопросом. ")
        body = [ru_s_history, ru_relative, ru_doctor_mention]
    elif doc_type == "pharmacist_note":
        d.t("Клин. фармаколог. ")
        body = [ru_s_meds, ru_s_labs, ru_doctor_mention]
        d.t("Пациент(ка) ")
        d.e("NAME", p.render(r, "nom", "f_in"))
        d.t(": сочетание Эликвис + Кардиомагнил, риск кровотечения. ")
    elif doc_type == "gp_note":
        d.t("Приём терапевта ")
        d.e("ORG", r.choice(["ГБУЗ «ГП № 175 ДЗМ»", "ГБУЗ «ГП № 2 ДЗМ»", "ООО «Клиника Здоровье+»"]))
        d.t(" (ИНН " + make_inn10(r) + ", ОГРН 1" + _digits(r, 12) + "). ")
        ru_s_birth(d, p)
        body = [ru_s_complaints, ru_s_social, ru_s_ids, ru_s_plan]
    elif doc_type == "mdt_note":
        d.t("Консилиум ")
        d.e("DATE", ru_date(r, r.choice(["dmy", "words"]), 2024, 2025))
        d.t(". Присутствовали: ")
        for k in range(3):
            d.t(r.choice(["проф. ", "зав. отд. ", "к.м.н. ", ""]))
            d.e("NAME", RuPerson(r).render(r, "nom", r.choice(["f_in", "in_f"])))
            d.t(", " if k < 2 else ". ")
        d.t("Пациент(ка) ")
        d.e("NAME", p.render(r, "nom", "fio"))
        d.t(", ")
        ru_ep_dx(d)
        d.t(". ")
        body = [ru_s_history, ru_s_labs, ru_s_plan]
    extra = r.sample([f for f in RU_RU_SNIPS if f not in body], r.randint(0, 2))
    for fn in body + extra:
        fn(d)
    if r.random() < 0.6 and doc_type not in ("hurried_note",):
        d.t("\n" + r.choice(["Врач ", "Леч. врач ", "С уважением, ", "Дежурный врач "]))
        d.e("NAME", doc.render(r, "nom", r.choice(["f_in", "in_f", "fio"])))
    elif doc_type == "hurried_note":
        d.t(" ")
        d.e("NAME", doc.render(r, "nom", "f"))


# --------------------------------------------------------------------------
# English snippets
# --------------------------------------------------------------------------


def en_s_hpi(d: Doc, us: bool) -> None:
    r = d.rng
    d.t(r.choice(["Presents with ", "c/o ", "Seen today with ", "Reports "]))
    d.t(
        r.choice(
            [
                "3/7 of productive cough and fever",
                "worsening SOB on exertion and ankle swelling",
                "intermittent chest tightness",
                "low back pain radiating to the L leg",
                "falls x2 this week",
                "low mood and poor sleep",
            ]
        )
    )
    d.t(". ")
    if r.random() < 0.5:
        d.t(
            r.choice(
                [
                    "Symptoms started last Tuesday. ",
                    "Worse since yesterday. ",
                    "Onset 2 weeks ago. ",
                    "Day 3 post-op. ",
                ]
            )
        )
    else:
        d.t(r.choice(["Symptoms since ", "Last seen in clinic on ", "Admitted "]))
        d.e("DATE", en_date(r, us, r.choice(["num", "ord", "mdy", "short"]), 2024, 2025))
        d.t(r.choice([". ", " with similar symptoms. "]))


def en_s_pmh(d: Doc, us: bool) -> None:
    r = d.rng
    d.t(r.choice(["PMH: ", "Background of ", "Known "]))
    d.ep(r.choice(EN_EPO_DX))
    if r.random() < 0.6:
        d.t(r.choice([" since ", " (dx ", " diagnosed in "]))
        d.e("DATE", str(r.randint(2000, 2023)) if r.random() < 0.7 else en_date(r, us, "mon_y", 2000, 2023))
        if d.parts[-2].endswith("(dx "):
            d.t(")")
    d.t(r.choice([", T2DM, HTN. ", ", on follow up with neuro. ", ". "]))
    if r.random() < 0.4:
        d.t("Had a ")
        d.ep(
            r.choice(
                [
                    "Whipple procedure",
                    "Hartmann's procedure",
                    "Nissen fundoplication",
                    "Billroth II gastrectomy",
                ]
            )
        )
        d.t(" in ")
        d.e("DATE", str(r.randint(2008, 2024)))
        d.t(". ")


def en_s_exam(d: Doc, us: bool) -> None:
    r = d.rng
    d.t(
        f"Obs: BP {r.randint(95, 185)}/{r.randint(55, 105)}, HR {r.randint(50, 125)}, RR {r.randint(12, 30)}, sats {r.randint(86, 99)}% RA, NEWS2 {r.randint(0, 9)}. "
    )
    for sign, tail in r.sample(EN_EPO_SIGN, r.randint(1, 2)):
        d.ep(sign)
        d.t(tail + ". ")
    if r.random() < 0.5:
        sc, tail = r.choice(EN_EPO_SCALE)
        d.ep(sc)
        d.t(tail + ". ")


def en_s_labs(d: Doc, us: bool) -> None:
    r = d.rng
    d.t(
        f"Bloods: Hb {r.randint(78, 160)}, WCC {r.randint(3, 19)}.{r.randint(0, 9)}, CRP {r.randint(1, 250)}, eGFR {r.randint(15, 90)}, K {r.randint(3, 5)}.{r.randint(0, 9)}. "
    )
    if r.random() < 0.4:
        d.t("Sputum sent for ")
        d.ep(r.choice(["Gram stain", "Ziehl-Neelsen stain"]))
        d.t(". ")
    if r.random() < 0.4:
        d.t("Echo from ")
        d.e("DATE", en_date(r, us, r.choice(["num", "iso", "dmy_words"]), 2022, 2025))
        d.t(" showed EF 35%. ")


def en_s_meds(d: Doc, us: bool) -> None:
    r = d.rng
    d.t(r.choice(["DH: ", "Meds: ", "Current meds - "]))
    d.t(", ".join(r.sample(EN_DRUGS, r.randint(2, 4))))
    d.t(". ")
    if r.random() < 0.3:
        d.t("Collects from ")
        d.e("ORG", r.choice(EN_ORG_PHARM))
        d.t(r.choice([" on the high street. ", " - blister packs. "]))


def en_relative(d: Doc, us: bool) -> None:
    r = d.rng
    rel, fem = r.choice(EN_REL)
    p = EnPerson(r, fem)
    d.t(r.choice(["NOK ", "", "Contact: "]) + rel + " ")
    d.e("NAME", p.render(r, r.choice(["f", "fl", "f"])))
    d.t(r.choice([" on ", " - ", " tel ", " mob "]))
    d.e("PHONE", en_phone(r, us))
    d.t(
        r.choice(
            [", happy to be called anytime", ", works nights so call after 2pm", ", aware of admission", ""]
        )
    )
    d.t(". ")
    if r.random() < 0.3:
        d.t("Email ")
        d.e("EMAIL", en_email(r, p))
        d.t(". ")


def en_s_social(d: Doc, us: bool) -> None:
    r = d.rng
    c = r.random()
    if c < 0.35:
        d.t(
            r.choice(["Lives alone at ", "Lives with wife at ", "Address: ", "Lives in a 2nd floor flat at "])
        )
        d.e("ADDRESS", en_address(r, us, short=r.random() < 0.5))
        d.t(r.choice([", no lift. ", ". ", ", stairs to bedroom. "]))
    elif c < 0.6:
        d.t(
            r.choice(
                [
                    "Works as a delivery driver for ",
                    "Works at ",
                    "Warehouse operative at ",
                    "Retired, previously worked for ",
                ]
            )
        )
        d.e("ORG", r.choice(EN_ORG_WORK))
        d.t(r.choice([". ", ", night shifts. ", " for 30 years. "]))
    elif c < 0.8:
        intro, orgs = r.choice(
            [
                (
                    "Grandson attends ",
                    ["Hillcrest Primary School", "Roosevelt Elementary", "Little Acorns Nursery"],
                ),
                ("Year 9 at ", ["Lincoln High School", "St Mary's Catholic High School"]),
                ("Teaching assistant at ", ["Hillcrest Primary School", "St Mary's Catholic Primary"]),
                ("Studying nursing at ", ["Leeds Beckett University", "Boston College"]),
            ]
        )
        d.t(intro)
        d.e("ORG", r.choice(orgs))
        d.t(". ")
    else:
        d.t(
            r.choice(
                [
                    "Lives in Leeds with partner. ",
                    "Moved from Lagos in ",
                    "Lives in Boston, grew up in Ohio. ",
                ]
            )
        )
        if d.parts[-1].endswith("in "):
            d.e("DATE", str(r.randint(1995, 2020)))
            d.t(". ")
    d.t(r.choice(["Ex-smoker, 20 pack years. ", "Drinks 30 units/week. ", "Independent with ADLs. ", ""]))
    if r.random() < 0.7:
        en_relative(d, us)


def en_doctor_mention(d: Doc, us: bool) -> None:
    r = d.rng
    p = EnPerson(r)
    c = r.random()
    if c < 0.35:
        d.t(r.choice(["d/w Dr ", "Discussed with Dr. ", "d/w reg, Dr ", "Case discussed with Prof "]))
        d.e("NAME", p.render(r, r.choice(["l", "l", "fl", "il"])))
        d.t(r.choice([" (cardiology)", " - agrees with plan", ""]))
    elif c < 0.6:
        d.t(r.choice(["Reviewed by ", "Seen by SHO ", "Plan per "]))
        d.e("NAME", p.render(r, r.choice(["fl", "il"])))
        d.t(r.choice([" (ortho)", " on the ward round", ""]))
    elif c < 0.8:
        d.t(r.choice(["Spoke to Dr ", "Handed over to Dr "]))
        d.e("NAME", p.render(r, "l"))
        d.t(r.choice([" at 21:30", " on bleep 4421", ""]))
    else:
        d.t("Per ")
        d.e("NAME", p.render(r, "l"))
        d.t("'s note")
    d.t(". ")


def en_s_ids(d: Doc, us: bool) -> None:
    r = d.rng
    kinds = r.sample(["mrn", "nhs" if not us else "ssn", "ins", "case"], r.randint(1, 2))
    for k in kinds:
        if k == "mrn":
            d.t(r.choice(["MRN ", "MRN: ", "Hosp no. ", "Unit no "]))
            d.e("ID", r.choice([_digits(r, 8), "K" + _digits(r, 7), f"{r.choice('ABRT')}{_digits(r, 6)}"]))
        elif k == "nhs":
            d.t(r.choice(["NHS no ", "NHS number: ", "NHS No. "]))
            d.e("ID", make_nhs(r))
        elif k == "ssn":
            d.t(r.choice(["SSN ", "SS# "]))
            d.e("ID", make_ssn(r))
        elif k == "ins":
            if us:
                d.e("ORG", r.choice(EN_ORG_INS[:3] + EN_ORG_INS[5:]))
                d.t(" member ID ")
                d.e("ID", r.choice("XGHWQ") + r.choice("ABCDEFGH") + r.choice("HJKLM") + _digits(r, 9))
            else:
                d.e("ORG", r.choice(["Bupa", "AXA Health"]))
                d.t(" policy no. ")
                d.e("ID", f"{_digits(r, 3)}{r.choice('ABCDEF')}{_digits(r, 5)}")
        else:
            d.t(r.choice(["Safeguarding ref ", "Claim no. ", "Case ref "]))
            d.e("ID", f"{r.choice(['SG', 'CL', 'CR'])}-{r.randint(2020, 2025)}-{_digits(r, 5)}")
        d.t(r.choice([". ", "; "]))


def en_s_plan(d: Doc, us: bool) -> None:
    r = d.rng
    d.t("Plan: ")
    d.t(r.choice(["repeat bloods in 48h, ", "CTPA, ", "OGD, ", "MRI spine, "]))
    if r.random() < 0.4:
        d.ep(r.choice(["Holter monitor", "Foley catheter", "Hickman line", "Mantoux test"]))
        d.t(", ")
    d.t(r.choice(["bed 14 bay B", "TTO when stable", "PT/OT review", "refer to falls clinic"]))
    d.t(". ")
    if r.random() < 0.6:
        d.t(r.choice(["F/u ", "Review in clinic on ", "OPA booked for "]))
        d.e("DATE", en_date(r, us, r.choice(["num", "ord", "mdy", "dmy_words"]), 2025, 2026))
        d.t(r.choice([" at 10:30. ", ". "]))
    if r.random() < 0.35:
        d.t(r.choice(["Referred to ", "Transfer to ", "Letter to "]))
        d.e("ORG", r.choice(EN_ORG_MED_US if us else EN_ORG_MED_UK))
        d.t(". ")
    if r.random() < 0.25:
        d.t(r.choice(["Info leaflet: ", "Given link ", "Booking via "]))
        d.e("URL", r.choice(EN_URLS))
        d.t(" \n")


def en_s_words(d: Doc, us: bool) -> None:
    """Ordinary words that look like names (must not be annotated)."""
    r = d.rng
    pool = [
        "CRP rose to 180 overnight. ",
        "Will review after the scan. ",
        "There is some hope of recovery; family have faith in the team. ",
        "Marked pitting oedema to mid shin. ",
        "Care home bill is a worry for the family. ",
        "Small mark on L shin, will keep an eye. ",
        "May need OGD as outpatient. ",
        "Grace period for the inhaler prescription discussed. ",
        "Brown sputum, no haemoptysis. ",
        "Skin is cool to touch, no frost damage. ",
        "White cell count trending down. ",
        "Patient says he feels like a new man. ",
    ]
    for x in r.sample(pool, r.randint(1, 2)):
        d.t(x)
    d.t(
        f"Ward {r.randint(1, 30)}{r.choice('ABC')}, bed {r.randint(1, 28)}. ICD-10 {r.choice(['I48.91', 'J44.1', 'N17.9', 'F32.1'])}. "
    )


EN_SNIPS = [
    en_s_words,
    en_s_hpi,
    en_s_pmh,
    en_s_exam,
    en_s_labs,
    en_s_meds,
    en_s_social,
    en_doctor_mention,
    en_s_ids,
    en_s_plan,
]


def en_intro(d: Doc, p: EnPerson, us: bool) -> None:
    r = d.rng
    d.t(r.choice(["Pt ", "", "Patient: "]) if r.random() < 0.5 else p.title(r) + " ")
    d.e("NAME", p.render(r, r.choice(["fl", "fml", "lf", "l"])))
    c = r.random()
    if c < 0.4:
        d.t(r.choice([", DOB ", ", D.O.B. ", " (DOB "]))
        d.e("DATE", en_date(r, us, r.choice(["num", "short", "iso", "ord"]), 1930, 2006))
        if d.parts[-2].endswith("(DOB "):
            d.t(")")
    elif c < 0.6:
        d.t(", born ")
        d.e("DATE", str(r.randint(1930, 2006)))
    else:
        d.t(f", {r.randint(18, 97)}{r.choice(['M', 'F', 'yo', ' years old'])}")
    d.t(". ")


def en_doc(d: Doc, doc_type: str) -> None:
    r = d.rng
    us = r.random() < 0.45
    p = EnPerson(r)
    doc = EnPerson(r)
    body: list = []
    if doc_type == "progress_note":
        d.t(r.choice(["Ward round ", "Progress note ", "WR "]))
        d.e("DATE", en_date(r, us, r.choice(["num", "short", "dmy_words"]), 2024, 2025))
        d.t(". ")
        body = [en_s_hpi, en_s_exam, en_s_labs, en_doctor_mention, en_s_plan]
    elif doc_type == "consult_note":
        d.t(r.choice(["Cardiology consult. ", "Neurology consult. ", "Gastro opinion. "]))
        en_intro(d, p, us)
        body = [en_s_hpi, en_s_pmh, en_s_exam, en_s_meds, en_s_plan]
    elif doc_type == "handover_note":
        d.t(f"Handover - bed {r.randint(1, 30)}: ")
        d.e("NAME", p.render(r, r.choice(["l", "fl"])))
        d.t(f", {r.randint(40, 97)}, ")
        d.ep(r.choice(EN_EPO_DX))
        d.t(r.choice([", confused overnight", ", stable", ", spiking temps"]) + ". ")
        body = [en_s_exam, en_s_meds, en_relative, en_doctor_mention]
    elif doc_type == "on_call_note":
        d.t(f"On call {r.randint(0, 5):02d}:{r.randint(0, 59):02d}. Asked to see by staff nurse ")
        d.e("NAME", EnPerson(r).render(r, r.choice(["f", "fl"])))
        d.t(". ")
        body = [en_s_hpi, en_s_exam, en_doctor_mention, en_s_plan]
    elif doc_type == "referral_letter":
        d.t("Dear Dr ")
        d.e("NAME", doc.render(r, "l"))
        d.t(",\nThank you for seeing ")
        d.t(p.title(r) + " ")
        d.e("NAME", p.render(r, r.choice(["fl", "fml"])))
        d.t(", DOB ")
        d.e("DATE", en_date(r, us, "num", 1935, 2004))
        d.t(", who I think needs a ")
        d.ep(r.choice(["Nissen fundoplication", "Whipple procedure", "Ponseti casting"]))
        d.t(". ")
        body = [en_s_pmh, en_s_labs, en_s_ids]
    elif doc_type == "discharge_letter":
        d.t("Discharge summary. ")
        en_intro(d, p, us)
        d.t("Admitted ")
        d.e("DATE", en_date(r, us, None, 2024, 2025))
        d.t(", discharged ")
        d.e("DATE", en_date(r, us, None, 2024, 2025))
        d.t(". ")
        body = [en_s_pmh, en_s_labs, en_s_meds, en_s_plan, en_s_ids]
    elif doc_type == "patient_message":
        d.t("Hi Dr ")
        d.e("NAME", doc.render(r, "l"))
        d.t(", it's ")
        d.e("NAME", p.render(r, r.choice(["fl", "f"])))
        d.t(r.choice([" (", " - "]) + "mum of ")
        d.e("NAME", EnPerson(r).render(r, "f"))
        d.t(
            r.choice([") ", " "])
            + r.choice(
                ["her inhaler ran out", "the rash is back after the Keppra", "sugars are 14 in the mornings"]
            )
        )
        d.t(". Can you call me on ")
        d.e("PHONE", en_phone(r, us))
        d.t(" or email ")
        d.e("EMAIL", en_email(r, p))
        d.t("? Thanks")
        return
    elif doc_type == "social_work_note":
        d.t("Social work note. Met with ")
        d.e("NAME", p.render(r, r.choice(["fl", "f"])))
        d.t(" and family re discharge planning. ")
        d.t("Considering placement at ")
        d.e("ORG", r.choice(EN_ORG_CARE))
        d.t(". ")
        body = [en_s_social, en_s_social, en_s_ids]
    elif doc_type == "psychology_note":
        d.t("Psychology session 4. ")
        d.e("NAME", p.render(r, "f"))
        d.t(" reports ongoing stress at work (")
        d.e("ORG", r.choice(EN_ORG_WORK))
        d.t("). PHQ-9 17, GAD-7 14. ")
        body = [en_s_social, en_doctor_mention]
    elif doc_type == "nursing_narrative":
        d.t(f"Nursing note {r.randint(6, 23):02d}:{r.choice(['00', '15', '45'])}. ")
        sc, tail = r.choice([EN_EPO_SCALE[3], EN_EPO_SCALE[4], EN_EPO_SCALE[11]])
        d.ep(sc)
        d.t(tail + ", repositioned 2-hrly. ")
        d.ep("Foley catheter")
        d.t(" draining well. Escalated to Dr ")
        d.e("NAME", doc.render(r, "l"))
        d.t(". Handed over to ")
        d.e("NAME", EnPerson(r).render(r, r.choice(["f", "fl"])))
        d.t(" RN. ")
        body = [en_relative]
    elif doc_type == "family_history":
        d.t("FHx: " + r.choice(["mother", "father", "maternal grandmother"]) + " had ")
        d.ep(r.choice(EN_EPO_DX))
        d.t(", died ")
        d.e("DATE", str(r.randint(1990, 2022)))
        d.t(". Brother ")
        d.e("NAME", EnPerson(r, False).render(r, "f"))
        d.t(" has ")
        d.ep(r.choice(["Marfan syndrome", "von Willebrand disease", "Huntington's disease"]))
        d.t(", followed at ")
        d.e("ORG", r.choice(EN_ORG_MED_UK + EN_ORG_MED_US))
        d.t(". ")
        body = [en_relative, en_s_pmh]
    elif doc_type == "dictated_note":
        d.t("[Dictated, not read] this is a ")
        d.t(f"{r.randint(20, 90)} year old ")
        d.t("lady " if p.fem else "gentleman ")
        d.e("NAME", p.render(r, "fl"))
        d.t(" comma date of birth ")
        d.e("DATE", en_date(r, us, r.choice(["ord", "mdy"]), 1930, 2004))
        d.t(" full stop ")
        body = [en_s_hpi, en_s_pmh, en_s_exam, en_doctor_mention]
    elif doc_type == "hurried_note":
        d.hurried = True
        d.t("pt ")
        d.e("NAME", p.render(r, r.choice(["l", "fl"])))
        d.t(" ")
        body = [en_s_hpi, en_s_exam, en_relative, en_doctor_mention]
    elif doc_type == "ed_note":
        d.t("ED note. BIBA 23:40. ")
        en_intro(d, p, us)
        body = [en_s_hpi, en_s_exam, en_s_ids, en_s_plan]
    elif doc_type == "telephone_encounter":
        d.t("Telephone encounter. Call from patient's " + r.choice(["daughter", "wife", "carer"]) + " ")
        d.e("NAME", EnPerson(r, True).render(r, r.choice(["f", "fl"])))
        d.t(" re ")
        d.e("NAME", p.render(r, r.choice(["fl", "l", "lf"])))
        d.t(". Callback ")
        d.e("PHONE", en_phone(r, us))
        d.t(". ")
        body = [en_s_hpi, en_s_plan]
    elif doc_type == "physio_note":
        d.t("Physio. ")
        d.ep("Barthel index")
        d.t(f" {r.randint(20, 95)}. Mobilising with zimmer frame, ")
        d.ep("Ilizarov frame")
        d.t(" L tibia. Seen with ")
        d.e("NAME", EnPerson(r).render(r, r.choice(["f", "fl"])))
        d.t(" (OT). ")
        body = [en_s_plan, en_s_social]
    elif doc_type == "palliative_note":
        d.t("Palliative care home visit to ")
        d.e("ADDRESS", en_address(r, us))
        d.t(". ")
        d.ep(r.choice(["Hodgkin lymphoma", "Ewing sarcoma", "Lewy body dementia"]))
        d.t(", syringe driver in situ. ")
        body = [en_relative, en_s_ids, en_doctor_mention]
    elif doc_type == "pediatric_note":
        d.t("Paeds clinic. ")
        d.e("NAME", EnPerson(r).render(r, "fl"))
        d.t(", DOB ")
        d.e("DATE", en_date(r, us, "num", 2012, 2024))
        d.t(", ")
        d.ep("Apgar score")
        d.t(" 9 at birth. Attends ")
        d.e("ORG", r.choice(EN_ORG_SCHOOL))
        d.t(". Mum ")
        d.e("NAME", EnPerson(r, True).render(r, "f"))
        d.t(" present. ")
        body = [en_s_hpi, en_relative, en_s_ids]
    elif doc_type == "antenatal_note":
        d.t("Antenatal clinic. ")
        d.e("NAME", EnPerson(r, True).render(r, "fl"))
        d.t(f", G2P1, {r.randint(8, 40)}/40, EDD ")
        d.e("DATE", en_date(r, us, r.choice(["num", "ord"]), 2025, 2026))
        d.t(". ")
        d.ep("Bishop score")
        d.t(" 4. ")
        body = [en_s_labs, en_s_social, en_s_ids]
    elif doc_type == "psychiatry_note":
        d.t("Psychiatry liaison. ")
        d.e("NAME", p.render(r, r.choice(["fl", "l"])))
        d.t(" transferred from ")
        d.e("ORG", r.choice(EN_ORG_CARE))
        d.t(". ")
        d.ep(r.choice(["Korsakoff syndrome", "Wernicke's encephalopathy", "Lewy body dementia"]))
        d.t(" query. ")
        body = [en_s_pmh, en_relative, en_doctor_mention]
    elif doc_type == "pharmacist_note":
        d.t("Pharmacy review. ")
        d.e("NAME", p.render(r, r.choice(["il", "fl"])))
        d.t(": Eliquis plus aspirin, bleeding risk. ")
        body = [en_s_meds, en_s_labs, en_doctor_mention]
    elif doc_type == "gp_note":
        d.t("GP appt at ")
        d.e(
            "ORG",
            r.choice(
                ["Kaiser Permanente", "Mercy Health"]
                if us
                else ["Riverside Medical Practice", "Hope Street Surgery"]
            ),
        )
        d.t(". ")
        en_intro(d, p, us)
        body = [en_s_hpi, en_s_social, en_s_ids, en_s_plan]
    elif doc_type == "mdt_note":
        d.t("MDT ")
        d.e("DATE", en_date(r, us, r.choice(["num", "ord"]), 2024, 2025))
        d.t(". Present: ")
        for k in range(3):
            d.t(r.choice(["Dr ", "Prof ", ""]))
            d.e("NAME", EnPerson(r).render(r, r.choice(["l", "il"])))
            d.t(", " if k < 2 else ". ")
        d.e("NAME", p.render(r, "fl"))
        d.t(", ")
        d.ep(r.choice(EN_EPO_DX))
        d.t(". ")
        body = [en_s_pmh, en_s_labs, en_s_plan]
    extra = r.sample([f for f in EN_SNIPS if f not in body], r.randint(0, 2))
    for fn in body + extra:
        fn(d, us)
    if r.random() < 0.6 and doc_type != "hurried_note":
        d.t("\n" + r.choice(["Dr ", "Signed: Dr ", "Kind regards,\nDr "]))
        d.e("NAME", doc.render(r, r.choice(["fl", "il", "l"])))
        d.t(r.choice(["", ", FY2", " (Consultant)", ", ST4"]))


DOC_TYPES = [
    "progress_note",
    "consult_note",
    "handover_note",
    "on_call_note",
    "referral_letter",
    "discharge_letter",
    "patient_message",
    "social_work_note",
    "psychology_note",
    "nursing_narrative",
    "family_history",
    "dictated_note",
    "hurried_note",
    "ed_note",
    "telephone_encounter",
    "physio_note",
    "palliative_note",
    "pediatric_note",
    "antenatal_note",
    "psychiatry_note",
    "pharmacist_note",
    "gp_note",
    "mdt_note",
]


def make_record(seed: int, i: int) -> dict:
    rng = random.Random(f"sealed-f-{seed}-{i}")
    lang = "ru" if rng.random() < 0.6 else "en"
    doc_type = (
        DOC_TYPES[(i + rng.randrange(3)) % len(DOC_TYPES)] if rng.random() < 0.5 else rng.choice(DOC_TYPES)
    )
    d = Doc(rng, lang)
    (ru_doc if lang == "ru" else en_doc)(d, doc_type)
    text = d.text().rstrip()
    rec = {
        "id": f"sealed-f-{seed}-{i:05d}",
        "lang": lang,
        "doc_type": doc_type,
        "text": text,
        "entities": d.entities,
        "eponyms": d.eponyms,
    }
    validate(rec)
    return rec


def generate(n: int, seed: int) -> list[dict]:
    return [make_record(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", default="-")
    a = ap.parse_args(argv)
    recs = generate(a.n, a.seed)
    out = sys.stdout if a.out == "-" else open(a.out, "w", encoding="utf-8")
    try:
        for rec in recs:
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
