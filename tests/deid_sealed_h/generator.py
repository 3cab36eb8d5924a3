"""Sealed evaluation corpus H: synthetic RU/EN clinical documents with gold spans.

Standard library only. Usage: python tests/deid_sealed_h/generator.py --n 400 --seed 0 --out h.jsonl
"""

from __future__ import annotations

import argparse
import json
import random

TYPES = ("NAME", "DATE", "ADDRESS", "PHONE", "EMAIL", "ID", "URL", "ORG")


# ---------------------------------------------------------------- checksums
def snils_check(digits9: str) -> str:
    s = sum(int(d) * (9 - i) for i, d in enumerate(digits9))
    if s < 100:
        c = s
    elif s in (100, 101):
        c = 0
    else:
        c = s % 101
        if c == 100:
            c = 0
    return f"{c:02d}"


def snils_valid(s: str) -> bool:
    d = "".join(ch for ch in s if ch.isdigit())
    return len(d) == 11 and snils_check(d[:9]) == d[9:]


def _inn_digit(digits: str, weights: tuple[int, ...]) -> str:
    return str(sum(int(d) * w for d, w in zip(digits, weights)) % 11 % 10)


W10 = (2, 4, 10, 3, 5, 9, 4, 6, 8)
W11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
W12 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)


def inn_valid(s: str) -> bool:
    if not s.isdigit():
        return False
    if len(s) == 10:
        return _inn_digit(s[:9], W10) == s[9]
    if len(s) == 12:
        return _inn_digit(s[:10], W11) == s[10] and _inn_digit(s[:11], W12) == s[11]
    return False


def nhs_check(d9: str) -> int | None:
    c = 11 - sum(int(d) * (10 - i) for i, d in enumerate(d9)) % 11
    if c == 11:
        return 0
    if c == 10:
        return None
    return c


def nhs_valid(s: str) -> bool:
    d = "".join(ch for ch in s if ch.isdigit())
    return len(d) == 10 and nhs_check(d[:9]) == int(d[9])


def gen_snils(r: random.Random) -> str:
    d = "".join(str(r.randint(0, 9)) for _ in range(9))
    c = snils_check(d)
    return r.choice([f"{d[:3]}-{d[3:6]}-{d[6:]} {c}", f"{d}{c}", f"{d[:3]}-{d[3:6]}-{d[6:]}-{c}"])


def gen_inn12(r: random.Random) -> str:
    d = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(9))
    d += _inn_digit(d, W11)
    return d + _inn_digit(d, W12)


def gen_nhs(r: random.Random) -> str:
    while True:
        d = str(r.randint(4, 7)) + "".join(str(r.randint(0, 9)) for _ in range(8))
        c = nhs_check(d)
        if c is not None:
            s = d + str(c)
            return r.choice([f"{s[:3]} {s[3:6]} {s[6:]}", s, f"{s[:3]}-{s[3:6]}-{s[6:]}"])


def gen_oms(r: random.Random) -> str:
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(15))


# ---------------------------------------------------------------- builder
class Doc:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.ents: list[dict] = []
        self.eps: list[dict] = []

    def t(self, s: str) -> Doc:
        self.parts.append(s)
        self.n += len(s)
        return self

    def e(self, typ: str, s: str) -> Doc:
        assert typ in TYPES and s == s.strip() and s
        self.ents.append({"start": self.n, "end": self.n + len(s), "type": typ, "text": s})
        return self.t(s)

    def ep(self, s: str) -> Doc:
        self.eps.append({"start": self.n, "end": self.n + len(s), "text": s})
        return self.t(s)

    def text(self) -> str:
        return "".join(self.parts)


# ---------------------------------------------------------------- RU vocab
RU_MONTHS_GEN = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
RU_MONTHS_PREP = "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре".split()
EN_MONTHS = "January February March April May June July August September October November December".split()

# surname stems: (nominative masc, type) type: "ov" (-ов/-ев/-ин), "sky", "indecl"
RU_SURN = [
    ("Кузнецов", "ov"),
    ("Смирнов", "ov"),
    ("Воробьёв", "ov"),
    ("Захарьин", "ov"),
    ("Гусейнов", "ov"),
    ("Абдуллаев", "ov"),
    ("Хабибуллин", "ov"),
    ("Мамедов", "ov"),
    ("Тихонов", "ov"),
    ("Ахмедов", "ov"),
    ("Вишневецкий", "sky"),
    ("Ковальский", "sky"),
    ("Заболоцкий", "sky"),
    ("Островский", "sky"),
    ("Шевченко", "indecl"),
    ("Гогуа", "indecl"),
    ("Ли", "indecl"),
    ("Дзюба", "indecl"),
    ("Карапетян", "indecl"),
    ("Бондаренко", "indecl"),
]
# (nom, gen, dat, ins)
RU_M_FIRST = [
    ("Алексей", "Алексея", "Алексею", "Алексеем"),
    ("Ильдар", "Ильдара", "Ильдару", "Ильдаром"),
    ("Пётр", "Петра", "Петру", "Петром"),
    ("Рустам", "Рустама", "Рустаму", "Рустамом"),
    ("Николай", "Николая", "Николаю", "Николаем"),
    ("Арсений", "Арсения", "Арсению", "Арсением"),
    ("Гиви", "Гиви", "Гиви", "Гиви"),
    ("Тимур", "Тимура", "Тимуру", "Тимуром"),
]
RU_F_FIRST = [
    ("Ольга", "Ольги", "Ольге", "Ольгой"),
    ("Гульнара", "Гульнары", "Гульнаре", "Гульнарой"),
    ("Мария", "Марии", "Марии", "Марией"),
    ("Светлана", "Светланы", "Светлане", "Светланой"),
    ("Лейла", "Лейлы", "Лейле", "Лейлой"),
    ("Наталья", "Натальи", "Наталье", "Натальей"),
    ("Любовь", "Любови", "Любови", "Любовью"),
    ("Зарема", "Заремы", "Зареме", "Заремой"),
]
RU_PATR_M = ["Сергеев", "Ильич", "Рашидов", "Михайлов", "Никитич", "Андреев", "Фаридов"]
RU_PATR_F = ["Петров", "Ильинич", "Ахмедов", "Викторов", "Кузьминич", "Олегов"]
CASES = ("nom", "gen", "dat", "ins")


def ru_surname(stem: str, kind: str, fem: bool, case: int) -> str:
    if kind == "indecl":
        return stem
    if kind == "sky":
        base = stem[:-2]
        if fem:
            return base + ("ая", "ой", "ой", "ой")[case]
        return base + ("ий", "ого", "ому", "им")[case]
    if fem:
        return stem + ("а", "ой", "ой", "ой")[case]
    return stem + ("", "а", "у", "ым")[case]


def ru_patr(p: str, fem: bool, case: int) -> str:
    if fem:
        if p.endswith("ич"):
            return p + ("на", "ны", "не", "ной")[case]
        return p + ("на", "ны", "не", "ной")[case]
    if p.endswith("ич"):
        return p + ("", "а", "у", "ом")[case]
    return p + ("ич", "ича", "ичу", "ичем")[case]


def ru_person(
    r: random.Random, case: int = 0, fem: bool | None = None, formal: bool = False
) -> tuple[str, bool, str]:
    """Return (name as written, fem, surname nominative)."""
    if fem is None:
        fem = r.random() < 0.55
    stem, kind = r.choice(RU_SURN)
    sur = ru_surname(stem, kind, fem, case)
    first = r.choice(RU_F_FIRST if fem else RU_M_FIRST)
    pat = r.choice(RU_PATR_F if fem else RU_PATR_M)
    patr = ru_patr(pat, fem, case)
    style = r.randrange(5 if formal else 6)
    if style == 0:
        s = f"{sur} {first[case]} {patr}"
    elif style == 1:
        s = f"{sur} {first[0][0]}.{patr[0]}."
    elif style == 2:
        s = f"{first[0][0]}.{patr[0]}. {sur}"
    elif style == 3:
        s = f"{sur} {first[0][0]}. {patr[0]}."
    elif style == 4:
        s = f"{sur.upper()} {first[case].upper()} {patr.upper()}" if case == 0 else f"{sur} {first[case]}"
    else:
        s = f"{first[case]} {patr}"
    return s, fem, ru_surname(stem, kind, fem, 0)


def ru_doctor(r: random.Random, case: int = 0) -> str:
    stem, kind = r.choice(RU_SURN)
    fem = r.random() < 0.5
    first = r.choice(RU_F_FIRST if fem else RU_M_FIRST)[0]
    pat = r.choice(RU_PATR_F if fem else RU_PATR_M)
    sur = ru_surname(stem, kind, fem, case)
    return r.choice(
        [f"{sur} {first[0]}.{ru_patr(pat, fem, 0)[0]}.", f"{first[0]}.{ru_patr(pat, fem, 0)[0]}. {sur}"]
    )


def ru_date(r: random.Random, y0: int = 2019, y1: int = 2025) -> tuple[str, str]:
    """Return (date text, suffix outside span)."""
    y, m, d = r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28)
    k = r.randrange(6)
    if k == 0:
        return f"{d:02d}.{m:02d}.{y}", r.choice(["", " г.", "г."])
    if k == 1:
        return f"{d} {RU_MONTHS_GEN[m - 1]} {y}", r.choice([" г.", " года", ""])
    if k == 2:
        return f"{y}-{m:02d}-{d:02d}", ""
    if k == 3:
        return f"{d:02d}.{m:02d}.{y % 100:02d}", ""
    if k == 4:
        return f"{d:02d}.{m:02d}.{y}", "г"
    return f"{d}.{m}.{y}", ""


RU_CITIES = ["Тверь", "Кострома", "Вологда", "Киров", "Пенза", "Череповец", "Йошкар-Ола"]
RU_STREETS = [
    "ул. Ленина",
    "ул. Советская",
    "пр-т Мира",
    "ул. Чапаева",
    "ул. Карла Маркса",
    "пер. Садовый",
    "ул. Пирогова",
    "ул. Набережная",
    "б-р Гагарина",
    "ул. Молодёжная",
]


def ru_address(r: random.Random, org: bool = False) -> str:
    street = r.choice(RU_STREETS)
    h, kv = r.randint(1, 140), r.randint(1, 220)
    city = r.choice(RU_CITIES)
    if org:
        return f"{r.randint(150000, 610999)}, г. {city}, {street}, д. {h}" + r.choice(["", ", стр. 2", "А"])
    k = r.randrange(4)
    if k == 0:
        return f"{r.randint(150000, 610999)}, г. {city}, {street}, д. {h}, кв. {kv}"
    if k == 1:
        return f"{street}, д.{h}, корп.{r.randint(1, 4)}, кв.{kv}"
    if k == 2:
        return f"{r.choice(['Вологодская', 'Кировская', 'Тверская'])} обл., {r.choice(['Сокольский', 'Котельничский', 'Кимрский'])} р-н, д. {r.choice(['Малое Игумново', 'Заречье', 'Берёзовка'])}, {street.split(' ', 1)[1]} ул., д. {h}"  # noqa: E501
    return f"г. {city}, {street} {h}-{kv}"


def ru_phone(r: random.Random) -> str:
    a, b, c, d = (
        r.choice(["912", "921", "905", "977", "960"]),
        r.randint(100, 999),
        r.randint(10, 99),
        r.randint(10, 99),
    )
    k = r.randrange(5)
    if k == 0:
        return f"+7 ({a}) {b}-{c}-{d}"
    if k == 1:
        return f"8-{a}-{b}-{c}-{d}"
    if k == 2:
        return f"8 ({r.choice(['8172', '8332', '4822'])}) {r.randint(10, 99)}-{c}-{d}"
    if k == 3:
        return f"+7{a}{b}{c}{d}"
    return f"8{a}{b}{c}{d}"


RU_ORGS = [
    "ГБУЗ «Областная клиническая больница № 2»",
    "ОГБУЗ «Городская поликлиника № 7»",
    "ГБУЗ ВО «Череповецкая городская больница»",
    "ООО «Клиника доктора Петрова»",
    "ФГБУ «НМИЦ онкологии им. Н.Н. Петрова»",
    "АО «СОГАЗ-Мед»",
    "ООО «Капитал МС»",
    "ООО «Северсталь-Агро»",
    "МБДОУ «Детский сад № 45 „Солнышко“»",
    "МБОУ СОШ № 12",
    "аптека «Ригла»",
    "КОГБУЗ «Кировский областной клинический перинатальный центр»",
    "ГАУЗ «Стоматологическая поликлиника № 1»",
    "ОАО «РЖД»",
    "пансионат «Тёплый дом»",
]
RU_EPONYMS = [
    "болезнь Паркинсона",
    "болезни Альцгеймера",
    "синдром Иценко-Кушинга",
    "симптом Щёткина-Блюмберга",
    "симптома Пастернацкого",
    "по шкале Глазго",
    "шкала Рэнкина",
    "по Бобровой",
    "операция Гартмана",
    "эзофагэктомия по Льюису",
    "зажим Кохера",
    "болезни Крона",
    "тиреоидит Хашимото",
    "симптом Ласега",
    "пробы Ромберга",
    "рефлекс Бабинского",
    "по шкале NIHSS",
    "болезнь Бехтерева",
    "аппарат Илизарова",
    "контрактура Дюпюитрена",
    "лимфома Ходжкина",
    "по Грею",
    "пятна Филатова",
    "пневмонию по Фридлендеру",
    "грыжи Шморля",
    "по Нечипоренко",
    "проба Зимницкого",
    "синдром Гийена-Барре",
    "тетрада Фалло",
    "по Ганзену",
    "язва Кушинга",
    "симптом Мерфи",
    "по Бирку",
    "перелом Коллиса",
    "анализ мочи по Нечипоренко",
    "пробу Руффье",
    "позе Ромберга",
    "по Робсону",
    "по Вестергрену",
    "по шкале Ловетта",
]
RU_DRUGS = [
    "Конкор 5 мг",
    "Эналаприл 10 мг 2 р/д",
    "Ксарелто 20 мг",
    "Метформин 1000 мг",
    "Аторис 20 мг",
    "Омепразол 20 мг",
    "Цефтриаксон 1,0 в/м",
    "Трайкор 145 мг",
    "Мексидол 5,0 в/в",
]
RU_ICD = ["I11.9", "E11.65", "J18.1", "K80.1", "I63.5", "M42.1", "N20.0", "K35.8"]


RU_DX = [
    "болезнь Паркинсона",
    "болезнь Крона",
    "тиреоидит Хашимото",
    "болезнь Бехтерева",
    "синдром Иценко-Кушинга",
    "лимфома Ходжкина",
    "болезнь Альцгеймера",
    "контрактура Дюпюитрена",
    "синдром Гийена-Барре",
    "грыжи Шморля",
    "пищевод Барретта",
    "болезнь Виллебранда",
]
RU_DX_ICD = [
    ("болезнь Паркинсона", "G20"),
    ("болезнь Крона", "K50.8"),
    ("тиреоидит Хашимото", "E06.3"),
    ("болезнь Бехтерева", "M45"),
    ("синдром Иценко-Кушинга", "E24.0"),
    ("синдром Гийена-Барре", "G61.0"),
    ("болезнь Альцгеймера", "G30.1"),
    ("пищевод Барретта", "K22.7"),
]


def ru_age(n: int) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return f"{n} год"
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return f"{n} года"
    return f"{n} лет"


RU_SIGNS = [
    "симптом Ласега",
    "симптом Щёткина-Блюмберга",
    "симптом Пастернацкого",
    "рефлекс Бабинского",
    "симптом Кернига",
    "симптом Ортнера",
    "симптом Мерфи",
]
LABS = [
    ("ООО «Инвитро-Вологда»", "https://lk.invitro.ru", "help@invitro-vologda.ru"),
    ("ООО «Гемотест»", "https://gemotest.ru/results/", "info@gemotest.ru"),
    ("ООО «Лаборатория Гемохелп»", "www.gemohelp.ru", "lab@gemohelp.ru"),
]


def ru_ep(d: Doc, r: random.Random, pre: str = "", post: str = "") -> None:
    d.t(pre).ep(r.choice(RU_EPONYMS)).t(post)


def ru_date_into(d: Doc, r: random.Random, **kw: int) -> None:
    s, suf = ru_date(r, **kw)
    d.e("DATE", s).t(suf)


def ru_header(d: Doc, r: random.Random) -> str:
    org = r.choice([RU_ORGS[0], RU_ORGS[2], RU_ORGS[4], RU_ORGS[11]])
    d.e("ORG", org).t("\n")
    if r.random() < 0.6:
        d.t(
            f"ОГРН {r.randint(10**12, 10**13 - 1)}, ИНН {r.randint(10**9, 10**10 - 1)}, лицензия № ЛО-35-01-00{r.randint(1000, 9999)}\n"
        )  # noqa: E501
    d.t("Адрес: ").e("ADDRESS", ru_address(r, org=True)).t(", тел. приёмного отделения ").e(
        "PHONE", ru_phone(r)
    ).t("\n")
    if r.random() < 0.5:
        host = r.choice(["okb2-vologda.ru", "gp7.kirov-med.ru", "cherepovets-gb.ru"])
        d.t("Сайт: ").e("URL", r.choice([f"https://{host}", f"www.{host}", f"http://{host}/zapis"])).t("\n")
    return org


def ru_patient_block(d: Doc, r: random.Random) -> tuple[bool, str]:
    name, fem, sur = ru_person(r, 0, formal=True)
    d.t(r.choice(["Ф.И.О. пациента: ", "Пациент: ", "ФИО: ", "Больн" + ("ая" if fem else "ой") + ": "])).e(
        "NAME", name
    )
    d.t(", ")
    y = r.randint(1932, 2004)
    if r.random() < 0.5:
        d.t("дата рождения: ").e("DATE", f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{y}")
    else:
        d.e("DATE", str(y)).t(" г.р.")
    d.t(f" ({ru_age(2024 - y)})\n")
    if r.random() < 0.8:
        d.t("Полис ОМС: ").e("ID", gen_oms(r)).t(", ")
    d.t("СНИЛС: ").e("ID", gen_snils(r)).t("\n")
    if r.random() < 0.4:
        d.t("ИНН: ").e("ID", gen_inn12(r)).t("\n")
    if r.random() < 0.4:
        d.t("Паспорт: серия ").e("ID", f"{r.randint(10, 99)} {r.randint(10, 99)}").t(" № ").e(
            "ID", f"{r.randint(100000, 999999)}"
        ).t(" выдан ").e("DATE", f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.randint(2005, 2022)}").t(
            "\n"
        )  # noqa: E501
    d.t("Адрес регистрации: ").e("ADDRESS", ru_address(r)).t("\n")
    d.t("Контактный телефон: ").e("PHONE", ru_phone(r))
    if r.random() < 0.4:
        d.t(", e-mail: ").e(
            "EMAIL",
            f"{r.choice(['ivanova.l', 'rustam84', 'petrov_n', 'zarema.k'])}@{r.choice(['mail.ru', 'yandex.ru', 'bk.ru'])}",
        )  # noqa: E501
    d.t("\n")
    return fem, sur


def ru_discharge(d: Doc, r: random.Random) -> None:
    ru_header(d, r)
    d.t("\nВЫПИСНОЙ ЭПИКРИЗ из медицинской карты стационарного больного № ").e(
        "ID", f"{r.randint(100, 9999)}/{r.randint(19, 25)}"
    ).t("\n")
    fem, _ = ru_patient_block(d, r)
    d.t(
        "Находил"
        + ("ась" if fem else "ся")
        + f" в {r.choice(['кардиологическом', 'неврологическом', 'хирургическом'])} отделении с "
    )
    d.e("DATE", f"{r.randint(1, 14):02d}.{r.randint(1, 12):02d}").t(" по ")
    ru_date_into(d, r)
    d.t(f" (палата {r.randint(1, 30)}, койка {r.randint(1, 6)}).\n")
    dx, icd = r.choice(RU_DX_ICD)
    d.t(f"Диагноз основной: ({icd}) ")
    d.ep(dx).t(f", стадия {r.randint(1, 3)}. ")
    d.t("Осложнения: ХСН IIА, ФК III (NYHA).\n")
    d.t("Анамнез: болеет около 5 лет, ухудшение в ")
    d.e("DATE", f"{r.choice(RU_MONTHS_PREP)} {r.randint(2020, 2024)}").t(" г. Со слов ")
    n, _, _ = ru_person(r, 1)
    d.t("родственницы ").e("NAME", n).t(", принимал" + ("а" if fem else "") + " нерегулярно.\n")
    d.t("Объективно: АД 150/90 мм рт.ст., ЧСС 88 в мин., SpO2 95 %, ")
    d.ep(r.choice(RU_SIGNS)).t(" отрицательный. Мышечная сила ").ep("по шкале Ловетта").t(" — 4 балла.\n")
    d.t(
        f"Лабораторно: Hb 118 г/л, креатинин {r.randint(70, 190)} мкмоль/л, СКФ (CKD-EPI) {r.randint(30, 90)} мл/мин/1,73м², глюкоза 6,8 ммоль/л.\n"
    )  # noqa: E501
    d.t(f"Лечение: {r.choice(RU_DRUGS)}, {r.choice(RU_DRUGS)}.\n")
    d.t("Рекомендовано: наблюдение терапевта по месту жительства в ").e("ORG", r.choice(RU_ORGS[1:3])).t(
        ", явка через 10 дней, ЛН № "
    ).e("ID", str(r.randint(10**11, 10**12 - 1))).t(" закрыт.\n")  # noqa: E501
    d.t("Лечащий врач ").e("NAME", ru_doctor(r)).t("   Зав. отделением ").e("NAME", ru_doctor(r)).t(
        "\nДата выписки: "
    )
    ru_date_into(d, r)
    d.t("\n")


def ru_referral(d: Doc, r: random.Random) -> None:
    d.t("НАПРАВЛЕНИЕ на госпитализацию (форма 057/у-04)\n")
    d.t("Направляется в ").e("ORG", r.choice(RU_ORGS[:3] + [RU_ORGS[4], RU_ORGS[11]])).t("\n")
    name, fem, _ = ru_person(r, 0)
    d.t("Ф.И.О.: ").e("NAME", name).t("   Дата рождения: ").e(
        "DATE", f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.randint(1940, 2010)}"
    ).t("\n")  # noqa: E501
    d.t("Полис ОМС № ").e("ID", gen_oms(r)).t(", страховая компания ").e("ORG", r.choice(RU_ORGS[5:7])).t(
        "\n"
    )
    d.t("Место работы: ").e(
        "ORG", r.choice([RU_ORGS[7], RU_ORGS[13], "ООО «Вологодский молочный комбинат»"])
    ).t(", водитель\n")
    d.t("Адрес: ").e("ADDRESS", ru_address(r)).t("\n")
    dx, icd = r.choice(RU_DX_ICD)
    d.t(f"Диагноз: {icd} ")
    d.ep(dx).t(". ")
    d.t("Обследован: ОАК, ОАМ, ")
    d.ep("анализ мочи по Нечипоренко").t(", ЭКГ от ")
    ru_date_into(d, r, y0=2024, y1=2024)
    d.t(".\nВрач ").e("NAME", ru_doctor(r)).t(", тел. ").e("PHONE", ru_phone(r)).t(", ").e(
        "EMAIL", f"uch{r.randint(1, 40)}@gp7-kirov.ru"
    ).t("\n")  # noqa: E501
    d.t("Дата выдачи ")
    ru_date_into(d, r)
    d.t("   М.П.\n")


def ru_consult(d: Doc, r: random.Random) -> None:
    d.t(f"Осмотр невролога {r.randint(8, 17)}:{r.choice(['00', '15', '30', '45'])} ")
    ru_date_into(d, r)
    d.t("\n")
    fem = r.random() < 0.5
    name = ru_person(r, 3, fem=True)[0]
    d.t("Консультация проведена совместно с ").e("NAME", ru_doctor(r, 3)).t(
        ". Пациент" + ("ка " if fem else " ")
    )
    d.t(
        "осмотрен"
        + ("а" if fem else "")
        + " в присутствии дочери. Жалобы на головокружение, шаткость при ходьбе.\n"
    )
    d.t("Неврологический статус: в сознании, 15 баллов ")
    d.ep("по шкале Глазго").t(". ")
    d.t("Рефлексы D>S, ").ep(r.choice(["рефлекс Бабинского", "симптом Кернига", "симптом Ласега"])).t(
        " слева положителен, в "
    )
    d.ep("позе Ромберга").t(
        " неустойчив" + ("а" if fem else "") + f". NIHSS {r.randint(0, 12)} б., mRS {r.randint(0, 4)}.\n"
    )
    d.t("МРТ от ")
    ru_date_into(d, r)
    d.t(f": очаг в бассейне ЛСМА 12×8 мм. Заключение: {r.choice(RU_ICD)}.\n")
    d.t("Беседа проведена с дочерью — ").e("NAME", name).t(", телефон ").e("PHONE", ru_phone(r)).t(".\n")
    d.t("Записаться повторно через портал ").e(
        "URL", r.choice(["https://www.gosuslugi.ru/10700/1", "https://k-vrachu.ru", "gosuslugi.ru"])
    ).t("\n")  # noqa: E501
    d.t("Невролог ").e("NAME", ru_doctor(r)).t("\n")


def ru_op(d: Doc, r: random.Random) -> None:
    org = ru_header(d, r)
    del org
    d.t("\nПРОТОКОЛ ОПЕРАЦИИ № ").t(str(r.randint(1, 900))).t("   ИБ № ").e(
        "ID", f"{r.randint(1000, 99999)}"
    ).t("\n")
    name, fem, _ = ru_person(r, 0)
    d.t("Пациент: ").e("NAME", name).t(f", {ru_age(r.randint(25, 88))}. Дата операции: ")
    ru_date_into(d, r)
    d.t(f", начало {r.randint(8, 14)}:{r.randint(10, 59)}, окончание через 1 ч 40 мин.\n")
    d.t("Операция: ").ep(
        r.choice(
            [
                "операция Гартмана",
                "резекция желудка по Бильрот-II",
                "грыжесечение по Лихтенштейну",
                "холецистэктомия по Фёдорову",
            ]
        )
    )  # noqa: E501
    d.t("; при ревизии — ").ep(r.choice(["дивертикул Меккеля", "треугольник Кало", "связка Трейтца"])).t(
        " без особенностей. "
    )
    d.t("Использован ").ep("зажим Кохера").t(", ").ep("ретрактор Фарабефа").t(".\n")
    d.t("Хирург: ").e("NAME", ru_doctor(r)).t("; ассистент: ").e("NAME", ru_doctor(r)).t(
        "; анестезиолог: "
    ).e("NAME", ru_doctor(r)).t("; опер. м/с ").e(
        "NAME", r.choice(["Галина", "Айгуль", "Вера", "Ирина Павловна"])
    ).t(".\n")  # noqa: E501
    d.t("Кровопотеря 50 мл. Дренаж ").ep("по Робсону").t(". Препарат направлен на гистологию (№ 4412).\n")


def ru_certificate(d: Doc, r: random.Random) -> None:
    d.e("ORG", r.choice(RU_ORGS[1:3] + [RU_ORGS[12]])).t("\nСПРАВКА № ").t(str(r.randint(10, 999))).t("\n")
    name, fem, _ = ru_person(r, 2)
    d.t("Дана ").e("NAME", name).t(", ").e("DATE", str(r.randint(2012, 2019))).t(
        " г.р., в том, что он" + ("а" if fem else "")
    )
    d.t(" наблюдается у педиатра и может посещать ").e("ORG", r.choice([RU_ORGS[8], RU_ORGS[9]])).t(" с ")
    ru_date_into(d, r)
    d.t(".\nПеренесённые заболевания: ветряная оспа, ")
    d.ep("пятна Филатова").t(" в анамнезе (корь в 2 года). Прививки по календарю. Группа здоровья II.\n")
    d.t("Мать: ").e("NAME", ru_person(r, 0, fem=True)[0]).t(", тел. ").e("PHONE", ru_phone(r)).t(".\n")
    d.t("Справка для предъявления по месту требования. Подлинность: ").e(
        "URL", f"https://gp7.kirov-med.ru/check?id={r.randint(10**5, 10**6)}"
    ).t("\n")  # noqa: E501
    d.t("Врач-педиатр участковый ").e("NAME", ru_doctor(r)).t("   Дата ")
    ru_date_into(d, r)
    d.t("\n")


def ru_lab(d: Doc, r: random.Random) -> None:
    lab, url, mail = r.choice(LABS)
    d.e("ORG", lab).t(" — бланк результатов\n")
    pn, pf, _ = ru_person(r, 0, formal=True)
    d.t("Заказ № ").e("ID", f"{r.randint(10**8, 10**9)}").t("   Пациент: ").e("NAME", pn).t("   Пол: ")
    d.t(("Ж" if pf else "М") + "   Дата взятия: ")
    ru_date_into(d, r)
    d.t(f" {r.randint(7, 10)}:{r.randint(10, 59)}\n")
    d.t("Показатель        Результат   Референс\n")
    d.t(f"HbA1c             {r.randint(52, 95) / 10:.1f} %       4,0–6,0\n".replace(".", ","))
    d.t(f"ТТГ               {r.randint(5, 90) / 10:.1f} мМЕ/л   0,4–4,0\n".replace(".", ","))
    d.t("СОЭ ")
    d.ep("по Вестергрену").t(f"  {r.randint(5, 60)} мм/ч\n")
    d.t("Анализ мочи ").ep("по Нечипоренко").t(": лейкоциты 2500/мл.\n")
    d.t("Результаты в личном кабинете: ").e("URL", url).t(", вопросы: ").e("EMAIL", mail).t(", ").e(
        "PHONE", "8 (800) 200-36-30"
    ).t("\n")  # noqa: E501
    d.t("Врач КДЛ ").e("NAME", ru_doctor(r)).t("\n")


def ru_outpatient(d: Doc, r: random.Random) -> None:
    d.t("Приём терапевта. ")
    ru_date_into(d, r)
    d.t("\n")
    name, fem, _ = ru_person(r, 0)
    d.t("Амб. карта № ").e("ID", f"{r.randint(1, 99)}-{r.randint(1000, 9999)}").t(". ").e("NAME", name).t(
        f", {ru_age(r.randint(40, 90))}.\n"
    )
    d.t("Работает в ").e("ORG", r.choice([RU_ORGS[13], RU_ORGS[7], RU_ORGS[9]])).t(
        ". Жалобы на одышку при ходьбе до 200 м.\n"
    )
    d.t("В анамнезе ")
    d.ep(r.choice(RU_DX)).t(", ")
    d.t("ОИМ в ").e("DATE", str(r.randint(2010, 2022))).t(" г. (стентирование ПНА в ").e(
        "ORG", r.choice([RU_ORGS[0], RU_ORGS[2], RU_ORGS[11]][:2])
    ).t(").\n")
    d.t("ИМТ 31,2 кг/м². АД 140/85. Отёки голеней. ")
    d.ep(r.choice(RU_SIGNS)).t(" отрицательный.\n")
    d.t(
        f"Назначено: {r.choice(RU_DRUGS)}, {r.choice(RU_DRUGS)}; льготный рецепт серия 35 № {r.randint(10**5, 10**6)} (аптека "
    )
    d.e("ORG", "«Ригла»" if r.random() < 0.5 else "ГП «Фармация»").t(").\n")
    d.t("Направлен" + ("а" if fem else "") + " к кардиологу, консультация у ").e("NAME", ru_doctor(r, 1)).t(
        " назначена на "
    )
    d.e("DATE", f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}").t(".\n")
    d.t("Рекомендовано передать сведения ").e(
        "NAME", r.choice(["Гульнаре Ахмедовне", "Петру Ильичу", "Ольге"])
    ).t(" (ст. медсестра) для контроля.\n")  # noqa: E501
    d.t("Осмотр согласован с заведующим терапевтическим отделением ").e(
        "NAME", ru_person(r, 3, fem=False)[0]
    ).t(".\n")
    d.t("Терапевт участковый ").e("NAME", ru_doctor(r)).t("\n")


def ru_ambulance(d: Doc, r: random.Random) -> None:
    d.t("КАРТА ВЫЗОВА СКОРОЙ МЕДИЦИНСКОЙ ПОМОЩИ № ").e("ID", str(r.randint(100, 9999))).t("\n")
    d.t("Станция СМП: ").e(
        "ORG",
        r.choice(
            [
                "ГБУЗ ВО «Вологодская городская станция скорой медицинской помощи»",
                "КОГБУЗ «Кировская станция СМП»",
            ]
        ),
    ).t(f", бригада № {r.randint(1, 40)}\n")  # noqa: E501
    d.t("Дата вызова ")
    ru_date_into(d, r)
    d.t(f", приём {r.randint(0, 23):02d}:{r.randint(10, 59)}, прибытие через 14 мин.\n")
    d.t("Адрес вызова: ").e("ADDRESS", ru_address(r)).t(
        f", подъезд {r.randint(1, 6)}, этаж {r.randint(1, 9)}\n"
    )
    d.t("Вызывающий: ").e("NAME", r.choice(["соседка", "дочь", "сын"]) and ru_person(r, 0)[0]).t(", тел. ").e(
        "PHONE", ru_phone(r)
    ).t("\n")  # noqa: E501
    fem = r.random() < 0.5
    d.t("Больн" + ("ая " if fem else "ой ")).e("NAME", ru_person(r, 0, fem=fem)[0]).t(
        f", {ru_age(r.randint(30, 95))}, пенсионер" + ("ка" if fem else "") + ".\n"
    )  # noqa: E501
    d.t("Повод: боль в животе. При осмотре: ").ep(
        r.choice(["симптом Щёткина-Блюмберга", "симптом Ситковского", "симптом Ровзинга"])
    ).t(" положительный. ")  # noqa: E501
    d.t("АД 100/60, ЧСС 112, глюкоза 7,2. ЭКГ: ритм синусовый. Диагноз: острый аппендицит? (K35.8).\n")
    d.t("Доставлен" + ("а" if fem else "") + " в ").e("ORG", r.choice(RU_ORGS[:1] + RU_ORGS[2:3])).t(
        ", приёмное отделение, "
    )
    d.t("передан" + ("а" if fem else "") + " дежурному хирургу ").e("NAME", ru_doctor(r, 2)).t(".\n")
    d.t("Фельдшер ").e("NAME", ru_doctor(r)).t("\n")


RU_GENRES = {
    "ru_ambulance_call_card": ru_ambulance,
    "ru_discharge_summary": ru_discharge,
    "ru_referral_057u": ru_referral,
    "ru_neuro_consult": ru_consult,
    "ru_operation_protocol": ru_op,
    "ru_child_certificate": ru_certificate,
    "ru_lab_report": ru_lab,
    "ru_outpatient_visit": ru_outpatient,
}

# ---------------------------------------------------------------- EN vocab
EN_FIRST = [
    "Oliver",
    "Priya",
    "Siobhan",
    "Kwame",
    "Mei",
    "Aleksander",
    "Fatima",
    "Declan",
    "Chiamaka",
    "Tomasz",
    "Aisha",
    "Rhys",
    "Hamish",
    "Nguyen Thi",
    "Jorge",
    "Grace",
    "Mohammed",
    "Eilidh",
]
EN_SURN = [
    "Okonkwo",
    "Patel",
    "MacLeod",
    "O'Brien",
    "Nowak",
    "Chen",
    "Featherstone",
    "Al-Rashid",
    "Hughes",
    "Da Silva",
    "Mensah",
    "Kowalczyk",
    "Ramsay",
    "Bhattacharya",
    "Lloyd-Evans",
    "Tran",
]
EN_ORGS = [
    "Royal Derby Hospital",
    "St Mary's Hospital",
    "Northern Care Alliance NHS Foundation Trust",
    "Castle Street Medical Practice",
    "Greenbank Surgery",
    "Bupa",
    "AXA Health",
    "Tesco plc",
    "Boots Pharmacy",
    "Hillcrest Care Home",
    "Oakwood Primary School",
    "Massachusetts General Hospital",
    "Blue Cross Blue Shield of Texas",
    "Kaiser Permanente",
    "Walgreens",
    "Tameside General Hospital",
]
EN_EPONYMS = [
    "Coombs test",
    "Kocher manoeuvre",
    "Parkinson's disease",
    "Crohn's disease",
    "Hashimoto's thyroiditis",
    "Glasgow Coma Scale",
    "Murphy's sign",
    "Babinski sign",
    "Romberg's test",
    "Hartmann's procedure",
    "Whipple procedure",
    "Foley catheter",
    "Swan-Ganz catheter",
    "Bell's palsy",
    "Cushing's syndrome",
    "Addison's disease",
    "Guillain-Barré syndrome",
    "Barrett's oesophagus",
    "Dupuytren's contracture",
    "Colles fracture",
    "Hodgkin lymphoma",
    "Alzheimer's disease",
    "Raynaud's phenomenon",
    "Graves' disease",
    "Wells score",
    "Apgar score",
    "Kernig's sign",
    "Tinel's sign",
    "Phalen's test",
    "McMurray test",
    "Lachman test",
    "Nissen fundoplication",
    "Roux-en-Y gastric bypass",
    "Sjögren's syndrome",
    "Charcot foot",
    "Wernicke's encephalopathy",
    "Meckel's diverticulum",
]
EN_STREETS = ["Church Lane", "Victoria Road", "Station Street", "Abbey Close", "Mill Hill", "Oak Avenue"]


def en_name(r: random.Random) -> str:
    f, s = r.choice(EN_FIRST), r.choice(EN_SURN)
    k = r.randrange(5)
    if k == 0:
        return f"{f} {s}"
    if k == 1:
        return f"{s.upper()}, {f}"
    if k == 2:
        return f"{f[0]}. {s}"
    if k == 3:
        return f"{f} {r.choice('ABCDJKLM')}. {s}"
    return s


def en_date(r: random.Random, y0: int = 2019, y1: int = 2025) -> str:
    y, m, d = r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28)
    sfx = "th" if d in range(4, 21) or d % 10 > 3 or d % 10 == 0 else {1: "st", 2: "nd", 3: "rd"}[d % 10]
    return r.choice(
        [
            f"{d:02d}/{m:02d}/{y}",
            f"{d}/{m}/{y % 100:02d}",
            f"{d}{sfx} {EN_MONTHS[m - 1]} {y}",
            f"{EN_MONTHS[m - 1]} {d}, {y}",
            f"{d} {EN_MONTHS[m - 1][:3]} {y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{m}/{d}/{y}",
            f"{d:02d}-{EN_MONTHS[m - 1][:3].upper()}-{y}",
        ]
    )


def en_address(r: random.Random, us: bool = False) -> str:
    if us:
        return f"{r.randint(10, 9999)} {r.choice(['Elm St', 'Maple Ave', 'W 5th St'])}, Apt {r.randint(1, 40)}, Austin, TX {r.randint(73301, 78799)}"  # noqa: E501
    pc = f"{r.choice(['DE22', 'M13', 'SK14', 'LS6', 'OL8'])} {r.randint(1, 9)}{r.choice('ABDEFGHJ')}{r.choice('LNPQRSTU')}"
    return r.choice(
        [
            f"{r.randint(1, 200)} {r.choice(EN_STREETS)}, Derby {pc}",
            f"Flat {r.randint(1, 30)}, {r.randint(1, 99)} {r.choice(EN_STREETS)}, Ashton-under-Lyne, {pc}",
            f"{r.randint(1, 80)} {r.choice(EN_STREETS)}\nManchester\n{pc}",
        ]
    )


def en_phone(r: random.Random, us: bool = False) -> str:
    if us:
        return r.choice(
            [
                f"({r.randint(200, 989)}) {r.randint(200, 999)}-{r.randint(1000, 9999)}",
                f"+1 512 {r.randint(200, 999)} {r.randint(1000, 9999)}",
            ]
        )
    return r.choice(
        [
            f"07{r.randint(700, 999)} {r.randint(100000, 999999)}",
            f"+44 7{r.randint(100, 999)} {r.randint(100000, 999999)}",  # noqa: E501
            f"01332 {r.randint(100000, 999999)}",
            f"0161 {r.randint(200, 999)} {r.randint(1000, 9999)}",
        ]
    )


EN_DX = [
    "Crohn's disease",
    "Meckel's diverticulum",
    "Barrett's oesophagus",
    "Hodgkin lymphoma",
    "Cushing's syndrome",
    "Graves' disease",
    "Parkinson's disease",
]
EN_DX_ICD = [
    ("Crohn's disease", "K50.9"),
    ("Parkinson's disease", "G20"),
    ("Graves' disease", "E05.0"),
    ("Bell's palsy", "G51.0"),
    ("Addison's disease", "E27.1"),
    ("Guillain-Barré syndrome", "G61.0"),
]
EN_SIGNS = [
    "Murphy's sign",
    "Babinski sign",
    "Kernig's sign",
    "Tinel's sign",
    "Romberg's test",
    "Phalen's test",
]


def en_ep(d: Doc, r: random.Random, pre: str = "", post: str = "") -> None:
    d.t(pre).ep(r.choice(EN_EPONYMS)).t(post)


def en_discharge(d: Doc, r: random.Random) -> None:
    d.e("ORG", r.choice(EN_ORGS[:3] + [EN_ORGS[15]])).t("\nDISCHARGE SUMMARY\n")
    d.t("Patient: ").e("NAME", en_name(r)).t("    DOB: ").e("DATE", en_date(r, 1935, 2000)).t("\n")
    d.t("NHS No: ").e("ID", gen_nhs(r)).t("    Hospital No: ").e(
        "ID", f"{r.choice('RDKT')}{r.randint(100000, 999999)}"
    ).t("\n")
    d.t("Address: ").e("ADDRESS", en_address(r)).t("\n")
    d.t("Admitted: ").e("DATE", en_date(r)).t("  Discharged: ").e("DATE", en_date(r)).t(
        f"  Ward {r.randint(1, 40)}, bed {r.randint(1, 28)}\n"
    )  # noqa: E501
    d.t("Diagnosis: ")
    dx, icd = r.choice(EN_DX_ICD)
    d.ep(dx).t(f" (ICD-10 {icd}). ")
    d.t(f"Background: T2DM, HbA1c 64 mmol/mol, eGFR {r.randint(30, 90)}. ")
    en_ep(d, r, post=" noted.\n")
    d.t("Medications on discharge: Eliquis 5 mg BD, Lantus 18 units nocte, Ventolin PRN.\n")
    d.t("GP: Dr ").e("NAME", en_name(r)).t(", ").e("ORG", r.choice(EN_ORGS[3:5])).t(", tel ").e(
        "PHONE", en_phone(r)
    ).t("\n")
    d.t("NOK: ").e("NAME", r.choice(EN_FIRST)).t(" (daughter) ").e("PHONE", en_phone(r)).t("\n")
    d.t("Patient leaflets: ").e(
        "URL",
        r.choice(
            [
                "https://www.nhs.uk/conditions/crohns-disease/",
                "www.nhs.uk/medicines",
                "https://patients.uhdb.nhs.uk/leaflets/1234",
            ]
        ),
    ).t("\n")  # noqa: E501
    d.t("Completed by ").e("NAME", en_name(r)).t(f", FY2, bleep {r.randint(1000, 9999)}\n")


def en_clinic_letter(d: Doc, r: random.Random) -> None:
    d.t("Department of Neurology, ").e("ORG", r.choice(EN_ORGS[:3])).t("\n")
    d.t("Clinic date: ").e("DATE", en_date(r)).t("\nTyped: ").e("DATE", en_date(r)).t("\n\n")
    d.t("Dear Dr ").e("NAME", r.choice(EN_SURN)).t(",\n\nRe: ").e("NAME", en_name(r)).t(", DOB ").e(
        "DATE", en_date(r, 1940, 1999)
    ).t(", NHS ").e("ID", gen_nhs(r)).t("\n")  # noqa: E501
    d.e("ADDRESS", en_address(r)).t("\n\n")
    d.t("I reviewed this pleasant 67-year-old retired teacher, formerly of ").e("ORG", EN_ORGS[10]).t(
        ", with a 2-year history of tremor. "
    )
    d.t("Examination was in keeping with ")
    d.ep(r.choice(["Parkinson's disease", "essential tremor rather than Parkinson's disease"][:1])).t("; ")
    d.ep(r.choice(EN_SIGNS)).t(" was negative. ")
    d.t("MoCA 24/30. Her partner ").e("NAME", r.choice(EN_FIRST)).t(" attended.\n")
    d.t(
        "Plan: trial of Sinemet 62.5 mg TDS, DaTSCAN, review in 4 months. She can contact the PD nurse specialist on "
    ).e("PHONE", en_phone(r)).t(" or ").e(
        "EMAIL", f"{r.choice(['neuro.admin', 'pdnurses', 'movement.disorders'])}@nca.nhs.net"
    ).t(".\n\n")  # noqa: E501
    d.t("Yours sincerely,\n\nDr ").e("NAME", en_name(r)).t("\nConsultant Neurologist\ncc: patient\n")


def en_ed(d: Doc, r: random.Random) -> None:
    us = r.random() < 0.6
    d.e("ORG", r.choice([EN_ORGS[11], EN_ORGS[13]] if us else [EN_ORGS[0], EN_ORGS[15]])).t(
        " — Emergency Department Note\n"
    )
    d.t("MRN: ").e("ID", f"{r.randint(10**6, 10**8)}").t("  Acct #: ").e(
        "ID", f"{r.randint(10**9, 10**10)}"
    ).t("\n")
    d.t("Pt: ").e("NAME", en_name(r)).t(f"  Age: {r.randint(18, 90)}  Arrival: ").e("DATE", en_date(r)).t(
        f" {r.randint(0, 23):02d}:{r.randint(0, 59):02d}\n"
    )  # noqa: E501
    d.t("Insurance: ").e("ORG", r.choice([EN_ORGS[12], EN_ORGS[13]] if us else [EN_ORGS[5], EN_ORGS[6]])).t(
        ", member ID "
    ).e("ID", f"{r.choice(['XYZ', 'BCB', 'KP'])}{r.randint(10**8, 10**9)}").t("\n")  # noqa: E501
    d.t("HPI: fall at work (").e("ORG", r.choice([EN_ORGS[7], EN_ORGS[14]])).t(
        " warehouse) ~3 hours ago. GCS 15 on "
    )
    d.ep("Glasgow Coma Scale").t(". ")
    d.ep(r.choice(EN_SIGNS)).t(" negative. ").ep("Wells score").t(f" {r.randint(0, 4)}.\n")
    d.t("Home: ").e("ADDRESS", en_address(r, us)).t(", ph ").e("PHONE", en_phone(r, us)).t("\n")
    d.t("Dispo: discharged with ").ep("Foley catheter").t(" removed; follow up at ").e(
        "URL", r.choice(["https://mychart.kp.org", "www.mgh.harvard.edu/er-followup"])
    ).t("\n")  # noqa: E501
    d.t("Attending: ").e("NAME", en_name(r)).t(", MD\n")


def en_referral(d: Doc, r: random.Random) -> None:
    d.e("ORG", r.choice(EN_ORGS[3:5])).t("\n").e("ADDRESS", en_address(r)).t("\nTel: ").e(
        "PHONE", en_phone(r)
    ).t("  Practice code C81042\n")
    d.t("e-Referral UBRN: ").e(
        "ID", f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}"
    ).t("\n")
    d.t("To: Colorectal Surgery, ").e("ORG", r.choice(EN_ORGS[:3])).t("\n")
    d.t("Patient: ").e("NAME", en_name(r)).t(", born ").e("DATE", en_date(r, 1940, 1990)).t(
        ", NHS number "
    ).e("ID", gen_nhs(r)).t("\n")
    d.t("Email: ").e(
        "EMAIL",
        f"{r.choice(['j.nowak', 'priya.p82', 'mensah.k'])}@{r.choice(['gmail.com', 'btinternet.com'])}",
    ).t("\n")  # noqa: E501
    d.t("Reason: FIT 180 ug/g, change in bowel habit for 8 weeks. Previous ")
    d.ep(r.choice(["Hartmann's procedure", "Nissen fundoplication", "Whipple procedure"])).t(" in ")
    d.e("DATE", str(r.randint(2005, 2018))).t(". Lives at ").e("ORG", EN_ORGS[9]).t(" since ").e(
        "DATE", f"{r.choice(EN_MONTHS)} {r.randint(2020, 2023)}"
    ).t(".\n")  # noqa: E501
    d.t("Referred by Dr ").e("NAME", en_name(r)).t(" on ").e("DATE", en_date(r)).t("\n")


def en_op(d: Doc, r: random.Random) -> None:
    d.t("OPERATION NOTE\n").e("ORG", r.choice(EN_ORGS[:3])).t(f", Theatre {r.randint(1, 12)}\n")
    d.t("Date: ").e("DATE", en_date(r)).t("  Patient: ").e("NAME", en_name(r)).t("  Hosp no: ").e(
        "ID", f"{r.choice('RMT')}{r.randint(10**6, 10**7)}"
    ).t("\n")  # noqa: E501
    d.t("Surgeon: ").e("NAME", en_name(r)).t(", FRCS  Assistant: ").e("NAME", en_name(r)).t(
        "  Anaesthetist: Dr "
    ).e("NAME", en_name(r)).t("\n")  # noqa: E501
    d.t("Procedure: ")
    d.ep(
        r.choice(
            ["Hartmann's procedure", "Whipple procedure", "Nissen fundoplication", "Roux-en-Y gastric bypass"]
        )
    ).t("\n")
    d.t("Findings: ")
    d.ep(r.choice(["Meckel's diverticulum", "Calot's triangle", "ligament of Treitz"])).t(" identified. ")
    d.ep("Kocher manoeuvre").t(" performed. ")
    d.t("EBL 300 mL. ").ep("Foley catheter").t(" in situ. VTE: Clexane 40 mg OD for 28 days.\n")
    d.t("Implant log uploaded to ").e("URL", "https://implants.nca.nhs.net/log").t("\n")


def en_gp_note(d: Doc, r: random.Random) -> None:
    d.e("DATE", en_date(r)).t(f" {r.randint(8, 17):02d}:{r.randint(0, 59):02d} — Telephone consultation, ").e(
        "ORG", r.choice(EN_ORGS[3:5])
    ).t("\n")  # noqa: E501
    d.t("Spoke to ").e("NAME", en_name(r)).t(" on ").e("PHONE", en_phone(r)).t(". ID checked (DOB ").e(
        "DATE", en_date(r, 1930, 2005)
    ).t(").\n")  # noqa: E501
    d.t("Carer from ").e("ORG", EN_ORGS[9]).t(", ").e("NAME", r.choice(EN_FIRST)).t(", also present. ")
    d.ep(r.choice(EN_DX)).t(" known. ")
    d.t("BP 148/92, SpO2 97%. Prescription sent to ").e("ORG", r.choice([EN_ORGS[8], "Lloyds Pharmacy"])).t(
        ". "
    )
    d.t("Fit note issued, employer ").e("ORG", EN_ORGS[7]).t(". Safety-netted. Address confirmed: ").e(
        "ADDRESS", en_address(r)
    ).t(".\n")  # noqa: E501
    d.t("Results via NHS App / ").e("URL", "https://www.nhsapp.service.nhs.uk").t("; queries ").e(
        "EMAIL", "reception.c81042@nhs.net"
    ).t("\n")  # noqa: E501
    d.t("Seen by ").e("NAME", en_name(r)).t(" (ANP)\n")


def en_lab(d: Doc, r: random.Random) -> None:
    d.t("PATHOLOGY REPORT — Blood Sciences, ").e("ORG", r.choice([EN_ORGS[0], EN_ORGS[15]])).t("\n")
    d.t("Surname: ").e("NAME", r.choice(EN_SURN).upper()).t("   Forename: ").e("NAME", r.choice(EN_FIRST)).t(
        "\n"
    )
    d.t("DOB: ").e("DATE", en_date(r, 1930, 2010)).t("   NHS: ").e("ID", gen_nhs(r)).t("   Lab no: ").e(
        "ID", f"{r.randint(24, 25)}.{r.randint(10**6, 10**7)}.{r.choice('BCH')}"
    ).t("\n")  # noqa: E501
    d.t("Collected: ").e("DATE", en_date(r)).t(
        f" {r.randint(7, 12):02d}:{r.randint(0, 59):02d}   Location: Ward 7B\n"
    )
    d.t("Na 138 mmol/L (133-146)  K 5.9 H  Urea 11.2  Creat 164 umol/L  eGFR 36\n")
    d.t("CRP 87 mg/L  WCC 14.2  Hb 102 g/L  Plt 412  INR 1.1\n")
    d.t("Comment: repeat K+ advised. ").ep("Coombs test").t(" negative. Phoned to ").e("NAME", en_name(r)).t(
        " on ward by "
    )
    d.e("NAME", r.choice(EN_FIRST)).t(" (BMS) ext 3391.\n")
    d.t("Patient address: ").e("ADDRESS", en_address(r)).t("  Contact: ").e("PHONE", en_phone(r)).t("\n")
    d.t("Queries: ").e("EMAIL", "bloodsciences@nhs.net").t("  Reference ranges: ").e(
        "URL", "https://www.uhdb.nhs.uk/pathology-handbook"
    ).t("\n")  # noqa: E501


EN_GENRES = {
    "en_pathology_report": en_lab,
    "en_discharge_summary": en_discharge,
    "en_clinic_letter": en_clinic_letter,
    "en_ed_note": en_ed,
    "en_gp_referral": en_referral,
    "en_operation_note": en_op,
    "en_gp_telephone_note": en_gp_note,
}


# ---------------------------------------------------------------- assembly
def check(rec: dict) -> None:
    text = rec["text"]
    spans = sorted(rec["entities"], key=lambda s: s["start"])
    for s in spans + rec["eponyms"]:
        assert text[s["start"] : s["end"]] == s["text"], s
        assert s["text"] == s["text"].strip() and s["text"], s
    for a, b in zip(spans, spans[1:]):
        assert a["end"] <= b["start"], (a, b)
    for ep in rec["eponyms"]:
        for s in spans:
            assert ep["end"] < s["start"] or s["end"] < ep["start"], (ep, s)


def make(seed: int, i: int) -> dict:
    r = random.Random(f"sealed-h-{seed}-{i}")
    ru = r.random() < 0.6
    genres = RU_GENRES if ru else EN_GENRES
    dt = r.choice(sorted(genres))
    d = Doc()
    genres[dt](d, r)
    rec = {
        "id": f"h-{seed}-{i:05d}",
        "lang": "ru" if ru else "en",
        "doc_type": dt,
        "text": d.text(),
        "entities": d.ents,
        "eponyms": d.eps,
    }
    check(rec)
    return rec


def generate(n: int, seed: int) -> list[dict]:
    return [make(seed, i) for i in range(n)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    with open(a.out, "w", encoding="utf-8") as f:
        for rec in generate(a.n, a.seed):
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
