"""Sealed de-identification corpus ``j``: messy, informal and machine-made text.

Written independently (without reading the detectors, their tests, docs or the
other corpora) so that it measures how the de-identifier copes with text as it
really arrives: lower-case free typing, speech-recognition dictation, messenger
and e-mail exports, CSV/TSV/HL7/FHIR/key=value machine output, OCR of scans,
portal messages, call-centre, pharmacy, ambulance radio and nursing notes.

Every record is built piece by piece; offsets are recorded while appending, so
no span is ever found by searching the text afterwards.  Standard library only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re

TYPES = ("NAME", "DATE", "ADDRESS", "PHONE", "EMAIL", "ID", "URL", "ORG")


# --------------------------------------------------------------------------
# builder
# --------------------------------------------------------------------------
class Builder:
    """Appends text pieces and records entity / eponym offsets as it goes.

    ``tf`` is a whole-document transform (lower/upper case) applied to every
    piece before it is appended, so annotated spans always match the text.
    ``messy`` adds typing noise (doubled spaces, swapped letters, ё->е) to
    plain, non-annotated text only.
    """

    def __init__(self, rng: random.Random, tf=None, messy: float = 0.0):
        self.rng = rng
        self.parts: list[str] = []
        self.pos = 0
        self.ents: list[dict] = []
        self.eps: list[dict] = []
        self.tf = tf
        self.messy = messy

    def _conv(self, s: str) -> str:
        return self.tf(s) if self.tf else s

    def _noise(self, s: str) -> str:
        if not self.messy or not s:
            return s
        r = self.rng
        out = []
        for w in re.split(r"( )", s):
            if w == " " and r.random() < self.messy * 0.3:
                out.append("  ")
                continue
            if len(w) > 4 and w.isalpha() and r.random() < self.messy * 0.15:
                k = r.randrange(1, len(w) - 2)
                w = w[:k] + w[k + 1] + w[k] + w[k + 2:]
            out.append(w)
        s = "".join(out)
        if self.rng.random() < self.messy:
            s = s.replace("ё", "е")
        return s

    def t(self, s: str) -> Builder:
        s = self._noise(self._conv(s))
        self.parts.append(s)
        self.pos += len(s)
        return self

    def raw(self, s: str) -> Builder:
        """Plain text appended without transform or noise (markup, JSON)."""
        self.parts.append(s)
        self.pos += len(s)
        return self

    def e(self, typ: str, s: str, conv: bool = True) -> Builder:
        assert typ in TYPES, typ
        s = self._conv(s) if conv else s
        if self.messy and typ in ("NAME", "ADDRESS") and self.rng.random() < self.messy * 0.5:
            s = s.replace("ё", "е").replace("Ё", "Е")
        assert s and s == s.strip(), repr(s)
        self.ents.append({"start": self.pos, "end": self.pos + len(s), "type": typ, "text": s})
        self.parts.append(s)
        self.pos += len(s)
        return self

    def ep(self, s: str) -> Builder:
        s = self._conv(s)
        if self.messy and self.rng.random() < self.messy:
            s = s.replace("ё", "е")
        if self.messy and "-" in s and self.rng.random() < self.messy * 0.4:
            s = s.replace("-", self.rng.choice(["–", " - ", "—"]))
        assert s and s == s.strip()
        self.eps.append({"start": self.pos, "end": self.pos + len(s), "text": s})
        self.parts.append(s)
        self.pos += len(s)
        return self

    def add(self, *pieces) -> Builder:
        """Pieces are plain strings or (TYPE, text) tuples; TYPE 'EP' = eponym."""
        for p in pieces:
            if isinstance(p, str):
                self.t(p)
            elif p[0] == "EP":
                self.ep(p[1])
            else:
                self.e(p[0], p[1])
        return self

    def text(self) -> str:
        return "".join(self.parts)


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


def I(s):  # noqa: E743 - short constructor name mirrors the others
    return ("ID", s)


def U(s):
    return ("URL", s)


def O(s):  # noqa: E741, E743
    return ("ORG", s)


def EP(s):
    return ("EP", s)


# --------------------------------------------------------------------------
# Russian names with declension
# --------------------------------------------------------------------------
CASES = ("nom", "gen", "dat", "acc", "ins", "pre")

RU_SUR_OV = [
    "Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Козлов",
    "Новиков", "Морозов", "Волков", "Соловьёв", "Васильев", "Зайцев", "Павлов", "Семёнов",
    "Голубев", "Виноградов", "Богданов", "Воробьёв", "Фёдоров", "Михайлов", "Беляев",
    "Тарасов", "Комаров", "Орлов", "Киселёв", "Макаров", "Андреев", "Ковалёв", "Гусев",
    "Титов", "Кудрявцев", "Баранов", "Куликов", "Алексеев", "Степанов", "Яковлев",
    "Сергеев", "Романов", "Захаров", "Борисов", "Королёв", "Герасимов", "Пономарёв",
    "Григорьев", "Лазарев", "Медведев", "Ершов", "Соболев", "Поляков", "Цветков",
    "Жуков", "Фролов", "Крылов", "Сидоров", "Егоров", "Филатов", "Боткин", "Пирогов",
    "Мечников", "Алиев", "Мамедов", "Абдуллаев", "Хабибуллин", "Гарипов", "Нуриев",
    "Ильин", "Сорокин", "Никитин", "Калинин", "Фомин", "Галкин", "Лукин", "Савин",
    "Юдин", "Зимин", "Гришин", "Мишин", "Щукин", "Блохин", "Фокин", "Кузьмин",
]
RU_SUR_SKY = [
    "Вишневский", "Покровский", "Соколовский", "Жуковский", "Рождественский",
    "Успенский", "Малиновский", "Козловский", "Островский", "Белецкий", "Склифосовский",
]
RU_SUR_INDECL = [
    "Шевченко", "Бондаренко", "Коваленко", "Кравченко", "Ткаченко", "Черных", "Седых",
    "Белых", "Долгих", "Гоголадзе", "Кипиани", "Дюма",
]
RU_SUR_YAN = ["Оганесян", "Петросян", "Саркисян", "Ким", "Пак"]

RU_MALE = [
    "Иван", "Сергей", "Алексей", "Андрей", "Дмитрий", "Николай", "Михаил", "Александр",
    "Владимир", "Олег", "Артём", "Роман", "Антон", "Максим", "Игорь", "Евгений", "Виктор",
    "Павел", "Юрий", "Анатолий", "Георгий", "Константин", "Вадим", "Руслан", "Тимур",
    "Никита", "Илья", "Кирилл", "Степан", "Фёдор", "Лев", "Пётр", "Рустам", "Ашот",
]
RU_FEMALE = [
    "Мария", "Анна", "Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана",
    "Екатерина", "Юлия", "Анастасия", "Дарья", "Галина", "Людмила", "Надежда",
    "Валентина", "Нина", "Ксения", "Алина", "Зульфия", "Гульнара", "Софья", "Вера",
    "Любовь", "Полина", "Виктория", "Оксана", "Марина", "Лариса", "Зоя",
]
RU_PATR_BASE = [
    "Иванович", "Петрович", "Сергеевич", "Алексеевич", "Андреевич", "Дмитриевич",
    "Николаевич", "Михайлович", "Александрович", "Владимирович", "Олегович", "Викторович",
    "Павлович", "Юрьевич", "Анатольевич", "Геннадьевич", "Борисович", "Васильевич",
    "Фёдорович", "Ильич", "Рашидович", "Каримович", "Степанович", "Григорьевич",
]
RU_NICK = {
    "Мария": "Маша", "Анна": "Аня", "Елена": "Лена", "Ольга": "Оля", "Наталья": "Наташа",
    "Татьяна": "Таня", "Ирина": "Ира", "Екатерина": "Катя", "Юлия": "Юля",
    "Александр": "Саша", "Дмитрий": "Дима", "Сергей": "Серёжа", "Алексей": "Лёша",
    "Владимир": "Вова", "Михаил": "Миша", "Николай": "Коля", "Евгений": "Женя",
    "Павел": "Паша", "Иван": "Ваня", "Анастасия": "Настя", "Светлана": "Света",
}
SPECIAL_FIRST = {
    "Павел": ["Павел", "Павла", "Павлу", "Павла", "Павлом", "Павле"],
    "Лев": ["Лев", "Льва", "Льву", "Льва", "Львом", "Льве"],
    "Пётр": ["Пётр", "Петра", "Петру", "Петра", "Петром", "Петре"],
    "Илья": ["Илья", "Ильи", "Илье", "Илью", "Ильёй", "Илье"],
    "Любовь": ["Любовь", "Любови", "Любови", "Любовь", "Любовью", "Любови"],
}


def _first_forms(n: str) -> list[str]:
    if n in SPECIAL_FIRST:
        return SPECIAL_FIRST[n]
    if n.endswith("ия"):
        s = n[:-1]
        return [n, s + "и", s + "и", s + "ю", s + "ей", s + "и"]
    if n.endswith("ья"):
        s = n[:-1]
        return [n, s + "и", s + "е", s + "ю", s + "ей", s + "е"]
    if n.endswith("а"):
        s = n[:-1]
        gen = s + ("и" if s[-1] in "гкхжшчщ" else "ы")
        return [n, gen, s + "е", s + "у", s + "ой", s + "е"]
    if n.endswith("ий"):
        s = n[:-2]
        return [n, s + "ия", s + "ию", s + "ия", s + "ием", s + "ии"]
    if n[-1] in "йь":
        s = n[:-1]
        return [n, s + "я", s + "ю", s + "я", s + "ем", s + "е"]
    return [n, n + "а", n + "у", n + "а", n + "ом", n + "е"]


def _patr_forms(p: str, fem: bool) -> list[str]:
    if fem:
        f = "Ильинична" if p == "Ильич" else p[:-2] + "на"
        s = f[:-1]
        return [f, s + "ы", s + "е", s + "у", s + "ой", s + "е"]
    if p == "Ильич":
        return [p, p + "а", p + "у", p + "а", p + "ом", p + "е"]
    return [p, p + "а", p + "у", p + "а", p + "ем", p + "е"]


def _sur_forms(s: str, fem: bool) -> list[str]:
    if s in RU_SUR_INDECL:
        return [s] * 6
    if s in RU_SUR_YAN:
        if fem:
            return [s] * 6
        return [s, s + "а", s + "у", s + "а", s + "ом", s + "е"]
    if s.endswith("ий"):
        st = s[:-2]
        if fem:
            return [st + "ая", st + "ой", st + "ой", st + "ую", st + "ой", st + "ой"]
        return [s, st + "ого", st + "ому", st + "ого", st + "им", st + "ом"]
    if fem:
        return [s + "а", s + "ой", s + "ой", s + "у", s + "ой", s + "ой"]
    return [s, s + "а", s + "у", s + "а", s + "ым", s + "е"]


TRANSLIT = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o",
     "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e",
     "yu", "ya"],
))


def translit(s: str) -> str:
    out = []
    for ch in s:
        lo = ch.lower()
        if lo in TRANSLIT:
            t = TRANSLIT[lo]
            out.append(t.capitalize() if ch != lo else t)
        else:
            out.append(ch)
    return "".join(out)


class RuPerson:
    """A Russian person whose name can be rendered in any case and layout."""

    def __init__(self, rng: random.Random, fem: bool | None = None):
        self.fem = rng.random() < 0.55 if fem is None else fem
        r = rng.random()
        if r < 0.72:
            sur = rng.choice(RU_SUR_OV)
        elif r < 0.84:
            sur = rng.choice(RU_SUR_SKY)
        elif r < 0.94:
            sur = rng.choice(RU_SUR_INDECL)
        else:
            sur = rng.choice(RU_SUR_YAN)
        self.sur = _sur_forms(sur, self.fem)
        self.first_nom = rng.choice(RU_FEMALE if self.fem else RU_MALE)
        self.first = _first_forms(self.first_nom)
        self.patr = _patr_forms(rng.choice(RU_PATR_BASE), self.fem)

    def name(self, style: str = "fio", case: str = "nom", dots: str = ".") -> str:
        k = CASES.index(case)
        f, i, o = self.sur[k], self.first[k], self.patr[k]
        if dots == "":
            ini = f"{i[0]}{o[0]}"
        elif dots == ". ":
            ini = f"{i[0]}. {o[0]}."
        else:
            ini = f"{i[0]}.{o[0]}."
        return {
            "fio": f"{f} {i} {o}",
            "f_io": f"{f} {ini.strip()}",
            "io_f": f"{ini.strip()} {f}",
            "fi": f"{f} {i}",
            "if": f"{i} {f}",
            "i": i,
            "io": f"{i} {o}",
            "f": f,
            "f_i": f"{f} {i[0]}.",
            "nick": RU_NICK.get(self.first_nom, self.first_nom),
        }[style]

    def latin(self, style: str = "fio") -> str:
        f, i, o = (translit(x) for x in (self.sur[0], self.first[0], self.patr[0]))
        return {
            "fio": f"{f} {i} {o}",
            "if": f"{i} {f}",
            "F_i": f"{f.upper()} {i}",
            "i_F": f"{i} {f.upper()}",
            "f_io": f"{f} {i[0]}.{o[0]}.",
        }[style]


# --------------------------------------------------------------------------
# English names
# --------------------------------------------------------------------------
EN_FIRST_M = ["John", "David", "James", "Michael", "Robert", "William", "Thomas", "Daniel",
              "Mohammed", "Oliver", "George", "Harry", "Kwame", "Liam", "Patrick", "Rajesh",
              "Stephen", "Gareth", "Hamish", "Tomasz"]
EN_FIRST_F = ["Mary", "Sarah", "Emma", "Olivia", "Jennifer", "Elizabeth", "Margaret",
              "Fatima", "Priya", "Chloe", "Siobhan", "Aisha", "Grace", "Hannah", "Joan",
              "Patricia", "Niamh", "Agnieszka", "Chidinma", "Megan"]
EN_SUR = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas",
          "Johnson", "Roberts", "Walker", "Wright", "Robinson", "Thompson", "Hughes",
          "Patel", "Khan", "Ahmed", "Singh", "Begum", "O'Connor", "McDonald", "Nguyen",
          "Kowalski", "Okafor", "Fitzgerald-Reid", "Bell", "Parkinson", "Graves", "Murphy",
          "Whipple", "Foley", "Hartmann", "Adams", "Baker", "Clarke", "MacLeod", "Osei",
          "Chen", "Rodriguez", "García", "Abernethy", "Price", "Young", "van der Merwe", "De Souza", "O'Neill"]
EN_NICK = {"William": "Bill", "Robert": "Bob", "Elizabeth": "Liz", "Margaret": "Peggy",
           "Michael": "Mike", "Thomas": "Tom", "Patricia": "Trish", "James": "Jim",
           "Daniel": "Danny", "Jennifer": "Jen", "Stephen": "Steve"}


class EnPerson:
    def __init__(self, rng: random.Random, fem: bool | None = None):
        self.fem = rng.random() < 0.5 if fem is None else fem
        self.first = rng.choice(EN_FIRST_F if self.fem else EN_FIRST_M)
        self.mid = rng.choice(EN_FIRST_F if self.fem else EN_FIRST_M)
        self.last = rng.choice(EN_SUR)

    def name(self, style: str = "full") -> str:
        f, m, la = self.first, self.mid, self.last
        return {
            "full": f"{f} {la}",
            "fml": f"{f} {m} {la}",
            "lf": f"{la.upper()}, {f}",
            "l_f": f"{la}, {f}",
            "LF": f"{la.upper()} {f}",
            "il": f"{f[0]}. {la}",
            "i_l": f"{f[0]} {la}",
            "li": f"{la} {f[0]}",
            "l": la,
            "f": f,
            "nick": EN_NICK.get(f, f),
        }[style]


def en_title(rng: random.Random, p: EnPerson) -> str:
    """A courtesy title matching the person's sex (or none); always outside the NAME span."""
    return rng.choice(["Mrs ", "Ms ", "Miss ", ""] if p.fem else ["Mr ", "Mr. ", ""])


# --------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------
RU_MONTH_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                "сентября", "октября", "ноября", "декабря"]
RU_MONTH_PRE = ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе",
                "сентябре", "октябре", "ноябре", "декабре"]
RU_MONTH_ABBR = ["янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт",
                 "ноя", "дек"]
EN_MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"]


def rdate(rng: random.Random, lo: int = 2019, hi: int = 2026) -> dt.date:
    a = dt.date(lo, 1, 1).toordinal()
    b = dt.date(hi, 10, 31).toordinal()
    return dt.date.fromordinal(rng.randint(a, b))


def dob(rng: random.Random, lo: int = 1935, hi: int = 2020) -> dt.date:
    return rdate(rng, lo, hi - 1)


def ru_date(rng: random.Random, d: dt.date, allow_short: bool = True) -> str:
    k = rng.randrange(12 if allow_short else 10)
    if k <= 3:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if k == 4:
        return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"
    if k == 5:
        return f"{d.day}.{d.month}.{d.year}"
    if k == 6:
        return f"{d.day} {RU_MONTH_GEN[d.month - 1]} {d.year}"
    if k == 7:
        return f"{d.year}-{d.month:02d}-{d.day:02d}"
    if k == 8:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if k == 9:
        return f"{d.day:02d} {RU_MONTH_ABBR[d.month - 1]} {d.year}"
    if k == 10:
        return f"{d.day:02d}.{d.month:02d}"
    return f"{d.day} {RU_MONTH_GEN[d.month - 1]}"


def en_date(rng: random.Random, d: dt.date, us: bool = False, allow_short: bool = True) -> str:
    mon = EN_MONTH[d.month - 1]
    k = rng.randrange(11 if allow_short else 9)
    if k <= 2:
        return f"{d.month:02d}/{d.day:02d}/{d.year}" if us else f"{d.day:02d}/{d.month:02d}/{d.year}"
    if k == 3:
        return f"{d.month}/{d.day}/{d.year % 100:02d}" if us else f"{d.day}/{d.month}/{d.year % 100:02d}"
    if k == 4:
        return f"{d.day} {mon[:3]} {d.year}"
    if k == 5:
        return f"{mon} {d.day}, {d.year}"
    if k == 6:
        suf = "th" if 10 < d.day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return f"{d.day}{suf} {mon} {d.year}"
    if k == 7:
        return f"{d.year}-{d.month:02d}-{d.day:02d}"
    if k == 8:
        return f"{d.day:02d}-{mon[:3].upper()}-{d.year}"
    if k == 9:
        return f"{d.day}/{d.month}" if not us else f"{d.month}/{d.day}"
    return f"{d.day} {mon}"


RU_ORD_GEN = ["", "первого", "второго", "третьего", "четвёртого", "пятого", "шестого",
              "седьмого", "восьмого", "девятого", "десятого", "одиннадцатого", "двенадцатого",
              "тринадцатого", "четырнадцатого", "пятнадцатого", "шестнадцатого",
              "семнадцатого", "восемнадцатого", "девятнадцатого", "двадцатого"]
RU_TENS_CARD = {2: "двадцать", 3: "тридцать", 4: "сорок", 5: "пятьдесят", 6: "шестьдесят",
                7: "семьдесят", 8: "восемьдесят", 9: "девяносто"}
RU_TENS_ORD = {2: "двадцатого", 3: "тридцатого", 4: "сорокового", 5: "пятидесятого",
               6: "шестидесятого", 7: "семидесятого", 8: "восьмидесятого", 9: "девяностого"}


def ru_ord_gen(n: int) -> str:
    if n <= 20:
        return RU_ORD_GEN[n]
    t, u = divmod(n, 10)
    return RU_TENS_ORD[t] if u == 0 else f"{RU_TENS_CARD[t]} {RU_ORD_GEN[u]}"


def ru_year_words(y: int) -> str:
    head = "две тысячи" if y >= 2000 else "тысяча девятьсот"
    r = y % 100
    if y == 2000:
        return "двухтысячного"
    if r == 0:
        return "тысяча девятисотого"
    return f"{head} {ru_ord_gen(r)}"


def ru_date_words(d: dt.date, year: bool = True) -> str:
    s = f"{ru_ord_gen(d.day)} {RU_MONTH_GEN[d.month - 1]}"
    return f"{s} {ru_year_words(d.year)}" if year else s


EN_ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
          "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
          "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]
EN_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen"]
EN_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
           8: "eighty", 9: "ninety"}


def en_ord(n: int) -> str:
    if n <= 20:
        return EN_ORD[n]
    t, u = divmod(n, 10)
    return "thirtieth" if (t, u) == (3, 0) else f"{EN_TENS[t]} {EN_ORD[u]}"


def en_card(n: int) -> str:
    if n < 20:
        return EN_UNITS[n]
    t, u = divmod(n, 10)
    return EN_TENS[t] + (f" {EN_UNITS[u]}" if u else "")


def en_year_words(y: int, rng: random.Random) -> str:
    if 2000 <= y < 2010:
        return "two thousand" + (f" and {EN_UNITS[y - 2000]}" if y > 2000 else "")
    if y >= 2010 and rng.random() < 0.5:
        return f"two thousand and {en_card(y - 2000)}"
    hi, lo = divmod(y, 100)
    lo_s = f"oh {EN_UNITS[lo]}" if 0 < lo < 10 else (en_card(lo) if lo else "hundred")
    return f"{en_card(hi)} {lo_s}"


def en_date_words(rng: random.Random, d: dt.date, year: bool = True) -> str:
    mon = EN_MONTH[d.month - 1].lower()
    s = f"{en_ord(d.day)} of {mon}" if rng.random() < 0.6 else f"{mon} {en_ord(d.day)}"
    return f"{s} {en_year_words(d.year, rng)}" if year else s


ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
RU_ORD_NOM = ["", "первое", "второе", "третье", "четвёртое", "пятое", "шестое", "седьмое", "восьмое", "девятое", "десятое",
              "одиннадцатое", "двенадцатое", "тринадцатое", "четырнадцатое", "пятнадцатое", "шестнадцатое", "семнадцатое",
              "восемнадцатое", "девятнадцатое", "двадцатое"] + [f"двадцать {w}" for w in ["первое", "второе", "третье",
              "четвёртое", "пятое", "шестое", "седьмое", "восьмое", "девятое"]] + ["тридцатое", "тридцать первое"]
RU_DIGITS = ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]
EN_DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


# --------------------------------------------------------------------------
# identifiers
# --------------------------------------------------------------------------
def digits(rng: random.Random, n: int, first_nonzero: bool = True) -> str:
    s = "".join(str(rng.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randrange(1, 10)) + s[1:]
    return s


def snils(rng: random.Random) -> str:
    while True:
        d = digits(rng, 9)
        if int(d) > 1001998:
            break
    s = sum(int(c) * w for c, w in zip(d, range(9, 0, -1)))
    if s < 100:
        cs = s
    elif s in (100, 101):
        cs = 0
    else:
        cs = s % 101
        cs = 0 if cs == 100 else cs
    k = rng.randrange(6)
    if k <= 2:
        return f"{d[:3]}-{d[3:6]}-{d[6:]} {cs:02d}"
    if k == 3:
        return f"{d}{cs:02d}"
    if k == 4:
        return f"{d[:3]}-{d[3:6]}-{d[6:]}-{cs:02d}"
    return f"{d[:3]} {d[3:6]} {d[6:]} {cs:02d}"


def snils_valid(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 11:
        return False
    t = sum(int(c) * w for c, w in zip(d[:9], range(9, 0, -1)))
    cs = t if t < 100 else (0 if t in (100, 101) else t % 101 % 100)
    return cs == int(d[9:])


def inn12(rng: random.Random) -> str:
    d = [int(c) for c in digits(rng, 10)]
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w1)) % 11 % 10)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w2)) % 11 % 10)
    return "".join(map(str, d))


def inn12_valid(s: str) -> bool:
    d = [int(c) for c in s]
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    return (len(d) == 12 and sum(a * b for a, b in zip(d, w1)) % 11 % 10 == d[10]
            and sum(a * b for a, b in zip(d, w2)) % 11 % 10 == d[11])


def oms(rng: random.Random) -> str:
    d = digits(rng, 16)
    k = rng.randrange(4)
    if k <= 1:
        return d
    if k == 2:
        return " ".join(d[j:j + 4] for j in range(0, 16, 4))
    return f"{d[:4]} {d[4:10]} {d[10:]}"


def passport(rng: random.Random) -> str:
    s, n = digits(rng, 4), digits(rng, 6)
    return rng.choice([f"{s[:2]} {s[2:]} {n}", f"{s} {n}", f"{s}{n}", f"{s[:2]} {s[2:]} {n}"])


def nhs(rng: random.Random) -> str:
    while True:
        d = [int(c) for c in digits(rng, 9)]
        c = 11 - sum(a * w for a, w in zip(d, range(10, 1, -1))) % 11
        if c == 11:
            c = 0
        if c != 10:
            break
    s = "".join(map(str, d)) + str(c)
    return rng.choice([f"{s[:3]} {s[3:6]} {s[6:]}", s, f"{s[:3]}-{s[3:6]}-{s[6:]}",
                       f"{s[:3]} {s[3:6]} {s[6:]}"])


def nhs_valid(s: str) -> bool:
    d = [int(c) for c in re.sub(r"\D", "", s)]
    if len(d) != 10:
        return False
    c = 11 - sum(a * w for a, w in zip(d[:9], range(10, 1, -1))) % 11
    return (0 if c == 11 else c) == d[9]


def ru_case_no(rng: random.Random) -> str:
    k = rng.randrange(6)
    y = rng.randint(19, 26)
    if k == 0:
        return f"{rng.randint(100, 39999)}/{y}"
    if k == 1:
        return f"20{y}/{rng.randint(1000, 29999)}"
    if k == 2:
        return f"{rng.randint(1000, 99999)}-С"
    if k == 3:
        return f"И-{rng.randint(1000, 9999)}"
    if k == 4:
        return str(rng.randint(10000, 999999))
    return f"{rng.randint(100, 9999)}/{rng.choice(['К', 'Т', 'Х'])}"


def ru_amb_card(rng: random.Random) -> str:
    return rng.choice([f"А-{rng.randint(100, 99999)}", f"{rng.randint(1000, 99999)}/{rng.randint(10, 24)}",
                       f"{rng.randint(100000, 9999999)}", f"АК-{digits(rng, 6)}"])


def eln(rng: random.Random) -> str:
    return rng.choice(["9", "2", "3"]) + digits(rng, 11, False)


def mrn(rng: random.Random) -> str:
    k = rng.randrange(6)
    if k == 0:
        return digits(rng, 8, False)
    if k == 1:
        return f"RX{digits(rng, 7)}"
    if k == 2:
        return f"K{digits(rng, 6)}"
    if k == 3:
        return f"{rng.choice('ABCDHMRT')}{digits(rng, 7, False)}"
    if k == 4:
        return f"MRN-{digits(rng, 6)}"
    return digits(rng, 7)


def mbi(rng: random.Random) -> str:
    let = "ACDEFGHJKMNPQRTUVWXY"
    c = [str(rng.randint(1, 9)), rng.choice(let), rng.choice(let + "0123456789"), str(rng.randrange(10)),
         rng.choice(let), rng.choice(let + "0123456789"), str(rng.randrange(10)),
         rng.choice(let), rng.choice(let), str(rng.randrange(10)), str(rng.randrange(10))]
    s = "".join(c)
    return rng.choice([s, f"{s[:4]}-{s[4:7]}-{s[7:]}"])


def member_id(rng: random.Random) -> str:
    return rng.choice([f"XGH{digits(rng, 9)}", f"W{digits(rng, 9)}", f"{digits(rng, 9)}-01",
                       f"BUP-{digits(rng, 8)}", f"YJF{digits(rng, 6)}"])


def specimen(rng: random.Random) -> str:
    return rng.choice([digits(rng, 10), f"SP-{rng.randint(19, 26)}-{digits(rng, 7, False)}",
                       f"{digits(rng, 8)}-{rng.randint(1, 9)}", f"L{digits(rng, 9)}"])


def org_noise_ids(rng: random.Random, lang: str) -> str:
    """Non-personal numbers that must NOT be annotated (org codes, lots, serials)."""
    if lang == "ru":
        return rng.choice([
            f"ОГРН {rng.choice(['1', '5'])}{digits(rng, 12, False)}",
            f"ИНН {digits(rng, 10)} КПП {digits(rng, 4)}01001",
            f"лицензия № ЛО-{rng.randint(10, 99)}-01-{digits(rng, 6, False)}",
            f"ОКПО {digits(rng, 8)}",
            f"серия препарата {digits(rng, 6)}",
            f"с/н аппарата {rng.choice(['SN', 'S/N'])} {rng.choice('ABKM')}{digits(rng, 7)}",
        ])
    return rng.choice([
        f"Company No. {digits(rng, 8, False)}",
        f"ODS code {rng.choice(['RTH', 'RRV', 'Y0', 'M85'])}{rng.randint(10, 99)}",
        f"Lot {rng.choice('ABKX')}{rng.choice('ABKX')}{digits(rng, 4)}",
        f"serial no. {digits(rng, 4)}-{digits(rng, 3)}",
        f"CQC location 1-{digits(rng, 9)}",
        f"VAT reg GB {digits(rng, 3)} {digits(rng, 4)} {digits(rng, 2)}",
    ])


# --------------------------------------------------------------------------
# contacts
# --------------------------------------------------------------------------
def ru_phone(rng: random.Random, mobile: bool | None = None) -> str:
    mobile = rng.random() < 0.75 if mobile is None else mobile
    code = f"9{digits(rng, 2, False)}" if mobile else rng.choice(["495", "499", "812", "843", "343", "4822"])
    rest = digits(rng, 10 - len(code), False)
    a, b, c = rest[:-4], rest[-4:-2], rest[-2:]
    k = rng.randrange(10)
    if k == 0:
        return f"+7 ({code}) {a}-{b}-{c}"
    if k == 1:
        return f"8-{code}-{a}-{b}-{c}"
    if k == 2:
        return f"8{code}{rest}"
    if k == 3:
        return f"+7{code}{rest}"
    if k == 4:
        return f"8 ({code}) {a} {b} {c}"
    if k == 5:
        return f"+7 {code} {rest}"
    if k == 6:
        return f"8({code}){a}-{b}{c}"
    if k == 7 and not mobile:
        return f"8 ({code}) {a}-{b}-{c} доб. {rng.randint(100, 4999)}"
    if k == 8:
        return f"+7-{code}-{a}-{b}-{c}"
    if k == 9 and rng.random() < 0.5:
        return f"{code} {a}-{b}-{c}" if mobile else f"{a}-{b}-{c}"
    return f"8 {code} {a}-{b}-{c}"


def en_phone(rng: random.Random, us: bool = False) -> str:
    if us:
        a, b, c = rng.choice(["212", "617", "312", "415", "713"]), digits(rng, 3), digits(rng, 4, False)
        return rng.choice([f"({a}) {b}-{c}", f"+1 {a}-{b}-{c}", f"{a}.{b}.{c}", f"{a}-{b}-{c} x{rng.randint(10, 999)}",
                           f"1-{a}-{b}-{c}"])
    k = rng.randrange(7)
    if k <= 1:
        m = digits(rng, 6, False)
        return rng.choice([f"07{digits(rng, 3)} {m}", f"+44 7{digits(rng, 3)} {m}", f"07{digits(rng, 3)}{m}"])
    if k == 2:
        return f"020 {digits(rng, 4)} {digits(rng, 4, False)}"
    if k == 3:
        return f"(0113) {digits(rng, 3)} {digits(rng, 4, False)}"
    if k == 4:
        return f"0161-{digits(rng, 3)}-{digits(rng, 4, False)} ext. {rng.randint(100, 9999)}"
    if k == 5:
        return f"+44 (0){rng.choice(['20', '113', '161', '131'])} {digits(rng, 3)} {digits(rng, 4, False)}"
    return f"01{digits(rng, 3)} {digits(rng, 6, False)}"


def ru_email(rng: random.Random, p: RuPerson | None = None) -> str:
    dom = rng.choice(["mail.ru", "yandex.ru", "gmail.com", "bk.ru", "inbox.ru", "list.ru", "rambler.ru", "ya.ru"])
    if p is None:
        return rng.choice([f"priem@gkb{rng.randint(1, 70)}.mos.ru", f"info@clinic-{rng.randint(1, 9)}.ru",
                           f"reg.gp{rng.randint(1, 220)}@zdrav.mos.ru", f"lab@gemotest-{rng.randint(1, 9)}.ru"])
    f = translit(p.sur[0]).lower().replace("'", "")
    i = translit(p.first[0]).lower()
    o = translit(p.patr[0]).lower()
    return rng.choice([f"{f}.{i[0]}{o[0]}@{dom}", f"{i}.{f}{rng.randint(60, 99)}@{dom}", f"{f}_{i}@{dom}",
                       f"{i[0]}{o[0]}{f}@{dom}", f"{f}{rng.randint(1, 2024)}@{dom}"])


def en_email(rng: random.Random, p: EnPerson | None = None) -> str:
    if p is None:
        return rng.choice(["enquiries@riversidemp.nhs.uk", "referrals.cardiology@nhs.net",
                           "admin@elmssurgery.co.uk", "pals@lthtr.nhs.uk", "records@mgh.harvard.edu"])
    f, la = p.first.lower(), re.sub(r"[^a-z]", "", p.last.lower().replace("í", "i"))
    dom = rng.choice(["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.com", "btinternet.com", "nhs.net"])
    return rng.choice([f"{f}.{la}@{dom}", f"{f[0]}{la}{rng.randint(1, 99)}@{dom}", f"{la}.{f}@{dom}",
                       f"{f}{la}@{dom}"])


def ru_url(rng: random.Random) -> str:
    return rng.choice([
        f"https://lk.gkb{rng.randint(1, 70)}.ru/patient/{digits(rng, 6)}",
        f"http://10.{rng.randint(0, 40)}.{rng.randint(0, 254)}.{rng.randint(2, 254)}:8080/mis/card?id={digits(rng, 6)}",
        f"https://t.me/{rng.choice(['dr_petrova', 'gp3_reg', 'mama_sasha88', 'kardio_chat'])}",
        f"https://www.gosuslugi.ru/{digits(rng, 6)}",
        f"emias.info/card/{digits(rng, 7)}",
        f"https://disk.yandex.ru/d/{rng.choice(['Xk3', 'a9Q', 'Pp0'])}{digits(rng, 5)}",
    ])


def en_url(rng: random.Random) -> str:
    return rng.choice([
        f"https://patient.myhealth-portal.co.uk/msg/{digits(rng, 7)}",
        f"http://192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}/pacs/viewer?acc={digits(rng, 8)}",
        f"www.riversidemedicalpractice.co.uk/{rng.choice(['contact', 'book', 'repeat-prescriptions'])}",
        f"https://mychart.partners.org/mychart/{digits(rng, 6)}",
        f"https://nhs.attendanywhere.com/waiting-area/{digits(rng, 5)}",
        f"https://wetransfer.com/downloads/{digits(rng, 10)}",
    ])


def ip_addr(rng: random.Random) -> str:
    return f"{rng.choice(['10', '172', '192'])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"


# --------------------------------------------------------------------------
# addresses and organisations
# --------------------------------------------------------------------------
RU_CITIES = [("г. Москва", "москва"), ("г. Санкт-Петербург", "спб"), ("г. Казань", "казань"),
             ("г. Екатеринбург", "екб"), ("г. Тверь", "тверь"), ("г. Химки", "химки"),
             ("г. Новосибирск", "новосибирск"), ("г. Тюмень", "тюмень")]
RU_STREETS = [("ул.", "Лесная"), ("ул.", "Садовая"), ("ул.", "Пирогова"), ("ул.", "Гагарина"),
              ("ул.", "Маршала Жукова"), ("пр-т", "Вернадского"), ("пр-т", "Ленинский"),
              ("ул.", "1-я Тверская-Ямская"), ("пер.", "Большой Казённый"), ("ш.", "Варшавское"),
              ("б-р", "Яна Райниса"), ("ул.", "Академика Королёва"), ("ул.", "Профсоюзная"),
              ("ул.", "Боткинская"), ("ул.", "Чехова"), ("мкр.", "Сходня, ул. Мичурина")]


def ru_address(rng: random.Random, style: str | None = None) -> str:
    city, city_s = rng.choice(RU_CITIES)
    st_t, st = rng.choice(RU_STREETS)
    h = rng.randint(1, 140)
    fl = rng.randint(1, 420)
    korp = rng.choice(["", "", "", f", корп. {rng.randint(1, 5)}", f" к{rng.randint(1, 5)}", f", стр. {rng.randint(1, 3)}"])
    style = style or rng.choice(["full", "full", "index", "short", "low", "region", "nocity", "bare"])
    if style == "bare":
        return f"{city_s.capitalize()}, {st} {h}-{fl}"
    if style == "full":
        return f"{city}, {st_t} {st}, д. {h}{korp}, кв. {fl}"
    if style == "index":
        return f"{digits(rng, 6)}, {city}, {st_t} {st}, д.{h}{korp}, кв.{fl}"
    if style == "short":
        return f"{st_t} {st} {h}-{fl}"
    if style == "low":
        return f"{city_s} {st_t.rstrip('.')} {st.lower()} {h}{rng.choice(['-', ' кв ', ' - '])}{fl}"
    if style == "region":
        return f"Московская обл., {rng.choice(['г.о. Балашиха', 'г. Подольск', 'Одинцовский р-н, д. Жуковка'])}, {st_t} {st}, д. {h}, кв. {fl}"
    return f"{st_t} {st}, дом {h}{korp}, квартира {fl}"


EN_STREETS = ["Rose Street", "Oak Avenue", "Church Lane", "Victoria Road", "High Street", "Mill Close",
              "Parkinson Way", "Nightingale Crescent", "Station Road", "Kings Drive", "Harley Street"]
EN_TOWNS = [("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"), ("Glasgow", "G"), ("Cardiff", "CF"),
            ("London", "SE"), ("Norwich", "NR"), ("Preston", "PR")]
US_PLACES = [("Springfield", "IL"), ("Boston", "MA"), ("Houston", "TX"), ("Brooklyn", "NY"), ("Oakland", "CA")]


def postcode(rng: random.Random, area: str) -> str:
    let = "ABDEFGHJLNPQRSTUWXYZ"
    return f"{area}{rng.randint(1, 19)} {rng.randint(1, 9)}{rng.choice(let)}{rng.choice(let)}"


def en_address(rng: random.Random, us: bool = False, multiline: bool = False) -> str:
    sep = "\n" if multiline else ", "
    if us:
        town, st = rng.choice(US_PLACES)
        apt = rng.choice(["", f" Apt {rng.randint(1, 20)}{rng.choice('ABCD')}", f", Unit {rng.randint(1, 300)}"])
        street = rng.choice(["Elm St", "Maple Ave", "Washington Blvd", "Oak Street"])
        return f"{rng.randint(10, 9999)} {street}{apt}{sep}{town}, {st} {digits(rng, 5)}"
    town, area = rng.choice(EN_TOWNS)
    flat = rng.choice(["", "", f"Flat {rng.randint(1, 30)}{sep}", f"{rng.randint(1, 9)}{rng.choice('ab')} "])
    pc = postcode(rng, area)
    tail = f"{sep}{pc}" if multiline else f" {pc}"
    return f"{flat}{rng.randint(1, 220)} {rng.choice(EN_STREETS)}{sep}{town}{tail}"


RU_ORGS = [
    "ГКБ № 15", "ГБУЗ «ГКБ им. С.П. Боткина ДЗМ»", "ГБУЗ ГКБ №1 им. Н.И. Пирогова ДЗМ",
    "городская поликлиника № 3", "ГП № 219", "ДГП № 32", "ГБУЗ «Городская клиническая больница № 52 ДЗМ»",
    "ООО «Инвитро»", "лаборатория «Гемотест»", "АО «СОГАЗ-Мед»", "ООО «Капитал МС»", "аптека «Ригла»",
    "ФГБУ «НМИЦ онкологии им. Н.Н. Петрова» Минздрава России", "НИИ СП им. Н.В. Склифосовского",
    "МГУ им. М.В. Ломоносова", "Сеченовский Университет", "пансионат для пожилых «Забота»",
    "ООО «Ромашка»", "ОАО «РЖД»", "ПАО «Сбербанк»", "ГАУЗ РКБ МЗ РТ", "Шатурская ЦРБ",
    "КДЦ «Медицина»", "ГБОУ Школа № 1234", "детский сад № 112", "ООО «Вкусвилл»", "СПбГМУ им. И.П. Павлова",
]
RU_ORG_GEN = ["ГКБ № 15", "городской поликлиники № 3", "НИИ СП им. Н.В. Склифосовского", "Шатурской ЦРБ", "ГП № 219",
              "ДГП № 32", "ГБУЗ «ГКБ им. С.П. Боткина ДЗМ»", "ГКБ 15", "ГКБ№15", "ГП-219", "1-й Градской"]
RU_ORG_ACC = ["ГКБ № 15", "НИИ СП им. Н.В. Склифосовского", "ГКБ им. С.П. Боткина", "Шатурскую ЦРБ",
              "ГБУЗ ГКБ №1 им. Н.И. Пирогова ДЗМ", "ФГБУ «НМИЦ онкологии им. Н.Н. Петрова» Минздрава России"]
EN_HOSP = ["St Thomas' Hospital", "Leeds Teaching Hospitals NHS Trust", "Manchester Royal Infirmary", "Addenbrooke's Hospital",
           "Royal Free Hospital", "Aberdeen Royal Infirmary", "Massachusetts General Hospital", "Oakwood Care Home"]
RU_ORGS_PRE = ["городской поликлинике № 3", "ГКБ № 15", "Шатурской ЦРБ", "НИИ СП им. Н.В. Склифосовского",
               "ГКБ им. С.П. Боткина", "ДГП № 32"]
EN_ORGS = [
    "St Thomas' Hospital", "Leeds Teaching Hospitals NHS Trust", "Riverside Medical Practice", "The Elms Surgery",
    "Boots Pharmacy", "Lloydspharmacy", "Bupa", "AXA Health", "Oakwood Care Home", "Massachusetts General Hospital",
    "Quest Diagnostics", "University of Manchester", "Tesco", "Kaiser Permanente", "Blue Cross Blue Shield",
    "Greenfield Primary School", "Little Acorns Nursery", "Manchester Royal Infirmary", "Addenbrooke's Hospital",
    "Royal Free Hospital", "CVS Pharmacy", "Aberdeen Royal Infirmary", "Walgreens", "Network Rail",
]



# --------------------------------------------------------------------------
# eponyms (kind "s" = a sign/test with a finding, "d" = a diagnosis noun phrase)
# --------------------------------------------------------------------------
RU_EP = [
    ("симптом Щёткина-Блюмберга", " отр."), ("симптом Пастернацкого", " отрицательный с обеих сторон"),
    ("симптом Ортнера", " (+)"), ("симптом Кера", " сомнительный"), ("симптом Мерфи", " отрицательный"),
    ("симптом Ровзинга", " отр"), ("симптом Ситковского", " отр"), ("симптом Кернига", " отрицательный"),
    ("симптом Бабинского", " с двух сторон нет"), ("симптом Ласега", " положительный справа под углом 45°"),
    ("проба Манту", " 12 мм"), ("проба Ромберга", ": неустойчив"), ("проба Зимницкого", ": никтурия"),
    ("проба Реберга", ": СКФ 64 мл/мин"), ("анализ мочи по Нечипоренко", ": лейк 2500/мл"),
    ("окраска по Граму", ": грам+ кокки"), ("окраска по Цилю-Нильсену", ": КУМ не обнаружены"),
    ("шкала Глазго", " 15 баллов"), ("шкала Апгар", " 8/9 баллов"), ("шкала Рэнкина", " 2 балла"),
    ("реакция Вассермана", " отрицательная"), ("тоны Короткова", " выслушиваются"),
]
RU_EP_DX = [
    "синдром Марфана", "синдром Мэллори-Вейса", "синдром Жильбера", "синдром Дауна", "болезнь Паркинсона",
    "болезнь Альцгеймера", "болезнь Крона", "болезнь Бехтерева", "болезнь Иценко-Кушинга",
    "болезнь Виллебранда", "болезнь Боткина", "болезнь Шляттера", "тиреоидит Хашимото", "аппарат Илизарова",
    "повязка Дезо", "пищевод Барретта", "дивертикул Меккеля", "грыжа Шморля", "узелки Гебердена",
    "контрактура Дюпюитрена", "тетрада Фалло", "синдром Вольфа-Паркинсона-Уайта", "лимфома Ходжкина",
    "саркома Капоши", "операция Гартмана", "пятна Филатова-Коплика", "крымская геморрагическая лихорадка",
    "болезнь Гиршпрунга", "синдром Гийена-Барре",
]
EN_EP = [
    ("Murphy's sign", " negative"), ("Rovsing's sign", " neg"), ("McBurney's point", " tender"),
    ("Babinski sign", " absent bilat"), ("Romberg test", " positive"), ("Kernig's sign", " negative"),
    ("Brudzinski sign", " neg"), ("Glasgow Coma Scale", " 15/15"), ("Apgar score", " 8 and 9"),
    ("Wells score", " 2"), ("Gram stain", ": gram-positive cocci"), ("Ziehl-Neelsen stain", " negative"),
    ("Korotkoff sounds", " heard to 60"), ("Lachman test", " negative"), ("Phalen's test", " positive"),
]
EN_EP_DX = [
    "Crohn's disease", "Parkinson's disease", "Alzheimer's disease", "Hodgkin lymphoma", "Hashimoto's thyroiditis",
    "Cushing's syndrome", "Addison's disease", "Graves' disease", "Down syndrome", "Marfan syndrome", "Bell's palsy",
    "Guillain-Barré syndrome", "Barrett's oesophagus", "Meckel's diverticulum", "Dupuytren's contracture",
    "Colles' fracture", "Raynaud's phenomenon", "Sjögren's syndrome", "Hartmann's procedure", "Whipple procedure",
    "Kocher incision", "Nissen fundoplication", "Mallory-Weiss tear", "Wolff-Parkinson-White syndrome",
    "Tetralogy of Fallot", "Cheyne-Stokes breathing", "Lyme disease", "Heberden's nodes", "Paget's disease",
]


def ep_finding(rng: random.Random, b: Builder, lang: str) -> None:
    """Append one eponymous sign/test with its finding."""
    e, suf = rng.choice(RU_EP if lang == "ru" else EN_EP)
    b.ep(e)
    b.t(suf)


def ep_dx(rng: random.Random, b: Builder, lang: str, lead: str | None = None) -> None:
    """Append one eponymous diagnosis/procedure with a neutral lead-in."""
    if lead is None:
        lead = rng.choice(["в анамнезе: ", "сопут.: ", "DS: ", "с/п ", "подозр. "] if lang == "ru"
                          else ["h/o ", "PMH: ", "known ", "?", "background of "])
    b.t(lead)
    b.ep(rng.choice(RU_EP_DX if lang == "ru" else EN_EP_DX))


RU_DX = ["ИБС. Стенокардия напряжения ФК II", "ГБ III ст., риск 4", "СД 2 типа, HbA1c 7,8%",
         "внебольничная пневмония справа", "острый панкреатит", "ХОБЛ, обострение", "ОНМК по ишемическому типу",
         "ЖКБ. Хронический калькулёзный холецистит", "пиелонефрит", "ФП, постоянная форма"]
EN_DX = ["community-acquired pneumonia", "NSTEMI", "T2DM, HbA1c 64 mmol/mol", "COPD exacerbation", "AF, rate 110",
         "UTI", "cellulitis L leg", "acute pancreatitis", "TIA", "CKD stage 3b (eGFR 38)"]
RU_DRUGS = ["эналаприл 10 мг 2 р/д", "метформин 1000 мг", "аторвастатин 20 мг на ночь", "бисопролол 2,5 мг",
            "омепразол 20 мг", "цефтриаксон 1,0 в/в 2 р/д", "варфарин 5 мг (МНО 2,4)", "амлодипин 5 мг"]
EN_DRUGS = ["ramipril 5mg OD", "metformin 500mg BD", "atorvastatin 40mg ON", "bisoprolol 2.5mg OD",
            "co-amoxiclav 625mg TDS", "apixaban 5mg BD", "paracetamol 1g QDS PRN", "omeprazole 20mg OD"]


# --------------------------------------------------------------------------
# small shared pieces
# --------------------------------------------------------------------------
def age_of(d: dt.date) -> int:
    return max(1, 2025 - d.year)


def ru_year_event(rng: random.Random, b: Builder) -> None:
    """'ОИМ в 2014 г.' / 'весной 2019' / 'в августе 2021' -> only the date part is a DATE."""
    y = rng.randint(1995, 2024)
    ev = rng.choice(["ОИМ", "холецистэктомия", "ОНМК", "перелом шейки бедра", "аппендэктомия", "COVID-19"])
    k = rng.randrange(5)
    if k == 4:
        b.add(f"{ev} ", D(f"{rng.randint(1, 12):02d}.{y}"), rng.choice(["", " г."]))
    elif k == 0:
        b.add(f"{ev} в ", D(str(y)), rng.choice([" г.", "г", " году", ""]))
    elif k == 1:
        b.add(f"{ev} ", D(f"{rng.choice(['весной', 'летом', 'осенью', 'зимой'])} {y}"), rng.choice([" г.", ""]))
    elif k == 2:
        b.add(f"{ev} в ", D(f"{rng.choice(RU_MONTH_PRE)} {y}"), rng.choice([" года", " г.", ""]))
    else:
        b.add(f"{ev} (", D(str(y)), ")")


def en_year_event(rng: random.Random, b: Builder) -> None:
    y = rng.randint(1995, 2024)
    ev = rng.choice(["MI", "appendicectomy", "lap chole", "TKR", "stroke", "CABG x3"])
    k = rng.randrange(4)
    if k == 3:
        b.add(f"{ev} ", D(f"{rng.randint(1, 12):02d}/{y}"))
    elif k == 0:
        b.add(f"{ev} in ", D(str(y)))
    elif k == 1:
        b.add(f"{ev} ", D(f"{rng.choice(EN_MONTH)} {y}"))
    else:
        b.add(f"{ev} (", D(f"{rng.choice(['spring', 'summer', 'autumn', 'winter'])} {y}"), ")")


def ru_vitals(rng: random.Random) -> str:
    return rng.choice([
        f"АД {rng.randint(95, 190)}/{rng.randint(55, 110)} мм рт ст ЧСС {rng.randint(50, 130)} в мин",
        f"t {rng.randint(36, 39)},{rng.randint(0, 9)} SpO2 {rng.randint(85, 99)}%",
        f"гемоглобин {rng.randint(70, 160)} г/л, лейк {rng.randint(3, 19)},{rng.randint(0, 9)}х10^9/л, СОЭ {rng.randint(2, 60)}",
        f"глюкоза {rng.randint(3, 19)},{rng.randint(0, 9)} ммоль/л (норма 3,9-6,1)",
        f"креатинин {rng.randint(50, 400)} мкмоль/л, калий {rng.randint(3, 6)},{rng.randint(0, 9)}",
        f"NIHSS {rng.randint(0, 20)} б, ЧДД {rng.randint(12, 30)}",
    ])


def en_vitals(rng: random.Random) -> str:
    return rng.choice([
        f"BP {rng.randint(95, 190)}/{rng.randint(55, 110)} HR {rng.randint(50, 130)} RR {rng.randint(12, 30)}",
        f"T 3{rng.randint(6, 9)}.{rng.randint(0, 9)} sats {rng.randint(85, 99)}% RA",
        f"Hb {rng.randint(70, 160)} WCC {rng.randint(3, 19)}.{rng.randint(0, 9)} CRP {rng.randint(1, 300)}",
        f"Na 13{rng.randint(0, 9)} K {rng.randint(3, 6)}.{rng.randint(0, 9)} Cr {rng.randint(50, 400)} (ref 45-84)",
        f"NEWS2 {rng.randint(0, 9)}, CURB-65 {rng.randint(0, 4)}",
        f"trop {rng.randint(3, 900)} ng/L (<14)",
    ])


def pick_ru_org(rng: random.Random) -> str:
    return rng.choice(RU_ORGS)


def pick_en_org(rng: random.Random) -> str:
    return rng.choice(EN_ORGS)


def shuffled(rng: random.Random, segs: list, keep_first: int = 0) -> list:
    head, tail = segs[:keep_first], segs[keep_first:]
    rng.shuffle(tail)
    return head + tail


# --------------------------------------------------------------------------
# 1. free-typed note
# --------------------------------------------------------------------------
def doc_free_note(rng: random.Random, lang: str) -> Builder:
    b = Builder(rng, tf=str.lower if rng.random() < 0.8 else None, messy=0.6)
    if lang == "ru":
        rel_w = rng.choice(["дочь", "сын", "муж", "жена"])
        p, doc, rel = RuPerson(rng), RuPerson(rng), RuPerson(rng, rel_w in ("дочь", "жена"))
        d = dob(rng, 1935, 2005)
        b.add(rng.choice(["пац-ка " if p.fem else "пац ", "б-ная " if p.fem else "б-ной ", ""]),
              N(p.name(rng.choice(["f_io", "f_io", "fio", "fi"]), "nom", rng.choice([".", ""]))),
              rng.choice([" ", ", ", ",", "  "]), f"{age_of(d)}{rng.choice(['л', ' л', ' лет', 'г'])} ")
        segs = [
            lambda: b.add("д.р. ", D(ru_date(rng, d, False) if rng.random() < 0.7 else f"{d.day}.{ROMAN[d.month]}.{d.year}"), " "),
            lambda: b.add(f"жалобы на боли в {rng.choice(['эпигастрии', 'пр подреберье', 'груди', 'пояснице'])} ",
                          "с ", D(ru_date(rng, rdate(rng, 2024))), rng.choice(["", "г", "г.", " г.", "г.,"]), " "),
            lambda: (b.t("в анамн "), ru_year_event(rng, b), b.t(" ")),
            lambda: (ep_finding(rng, b, "ru"), b.t(" ")),
            lambda: (ep_finding(rng, b, "ru"), b.t(". ")),
            lambda: (ep_dx(rng, b, "ru"), b.t(" ")),
            lambda: b.t(ru_vitals(rng) + "  "),
            lambda: b.add("осм. деж врачом ", N(doc.name(rng.choice(["f", "f_io", "io_f"]), "ins")), " "),
            lambda: b.add(f"{rel_w} ",
                          N(rel.name(rng.choice(["nick", "i", "io", "fi"]))), rng.choice([" тел ", " т.", " тел.", " моб "]), P(ru_phone(rng)), " "),
            lambda: b.add("адрес ", A(ru_address(rng, rng.choice(["low", "short", "full"]))), " "),
            lambda: b.add("полис ", I(oms(rng)), " "),
            lambda: b.add("снилс ", I(snils(rng)), " "),
            lambda: b.add(f"напр в {rng.choice(['хир', 'кардио', 'невр'])} отд ", O(rng.choice(RU_ORG_GEN)), " "),
            lambda: b.add("ИБ ", I(ru_case_no(rng)), f" пал {rng.randint(1, 30)} "),
            lambda: b.t(f"МКБ {rng.choice(['K85.1', 'I21.4', 'J18.9', 'N10'])} "),
            lambda: b.t(org_noise_ids(rng, "ru") + " "),
        ]
        for s in shuffled(rng, segs)[: rng.randint(9, len(segs))]:
            s()
        b.add("\nзаписала ", N(RuPerson(rng, True).name("f_i")), " ", D(ru_date(rng, rdate(rng, 2024))))
    else:
        rel_w = rng.choice(["wife", "son", "daughter", "partner"])
        p, doc, rel = EnPerson(rng), EnPerson(rng), EnPerson(rng, rel_w in ("wife", "daughter"))
        d = dob(rng, 1935, 2005)
        b.add(rng.choice(["pt ", "", "seen "]), N(p.name(rng.choice(["full", "lf", "il", "l_f"]))),
              f" {age_of(d)}{rng.choice(['M', 'F', 'yo', ' y/o'])} ")
        segs = [
            lambda: b.add("dob ", D(en_date(rng, d, rng.random() < 0.2, False)), " "),
            lambda: b.add(f"c/o {rng.choice(['sob', 'cp', 'abdo pain', 'falls', 'fever'])} since ",
                          D(en_date(rng, rdate(rng, 2024))), " "),
            lambda: (b.t("pmh "), en_year_event(rng, b), b.t(" ")),
            lambda: (ep_finding(rng, b, "en"), b.t(" ")),
            lambda: (ep_finding(rng, b, "en"), b.t(". ")),
            lambda: (ep_dx(rng, b, "en"), b.t(" ")),
            lambda: b.t(en_vitals(rng) + "  "),
            lambda: b.add("seen by dr ", N(doc.name(rng.choice(["l", "full", "il"]))), " fy2 "),
            lambda: b.add("collateral from ", N(p.name("l")), f"'s {rel_w} "),
            lambda: b.add(f"nok {rel_w} ",
                          N(rel.name(rng.choice(["f", "nick", "full"]))), " ", P(en_phone(rng)), " "),
            lambda: b.add("lives ", A(en_address(rng)), " "),
            lambda: b.add("nhs no ", I(nhs(rng)), " "),
            lambda: b.add("hosp no ", I(mrn(rng)), f" bed {rng.randint(1, 30)} ward {rng.randint(1, 40)}{rng.choice('ABC')} "),
            lambda: b.add("gp ", O(rng.choice(["Riverside Medical Practice", "The Elms Surgery"])), " "),
            lambda: b.add("f/u ", O(rng.choice(EN_HOSP)), " on ", D(en_date(rng, rdate(rng, 2025))), " "),
            lambda: b.t(f"icd {rng.choice(['K50.9', 'I48.0', 'J44.1'])} "),
            lambda: b.t(org_noise_ids(rng, "en") + " "),
        ]
        for s in shuffled(rng, segs)[: rng.randint(9, len(segs))]:
            s()
        b.add("\n-- ", N(EnPerson(rng).name(rng.choice(["il", "f"]))), " RN ", D(en_date(rng, rdate(rng, 2024))))
    return b


# --------------------------------------------------------------------------
# 2. dictation / speech recognition
# --------------------------------------------------------------------------
def doc_dictation(rng: random.Random, lang: str) -> Builder:
    b = Builder(rng, tf=str.lower)
    if lang == "ru":
        p, doc = RuPerson(rng), RuPerson(rng)
        d = dob(rng, 1935, 2005)
        adm = rdate(rng, 2023)
        b.add("диктовка врач ", N(doc.name(rng.choice(["fio", "fi"]))), " начало записи ")
        b.add("пациент" + ("ка " if p.fem else " "), N(p.name("fio")), " ")
        if rng.random() < 0.6:
            b.add("фамилия по буквам ", N(" ".join(p.sur[0].lower())), " ")
        k = rng.randrange(3)
        if k == 0:
            b.add(D(ru_year_words(d.year)), " года рождения ")
        elif k == 1:
            b.add("дата рождения ", D(f"{RU_ORD_NOM[d.day]} {RU_MONTH_GEN[d.month - 1]} {ru_year_words(d.year)}"), " года ")
        else:
            b.add("дата рождения ", D(f"{d.day} {RU_MONTH_GEN[d.month - 1]} {d.year % 100:02d}"), " года ")
        b.add("поступил" + ("а " if p.fem else " "),
              D(ru_date_words(adm, rng.random() < 0.7)), rng.choice([" года ", " "]))
        b.t(rng.choice(["в экстренном порядке точка ", "по направлению поликлиники запятая "]))
        b.add("из ", O(rng.choice(RU_ORG_GEN)), " ")
        b.t(f"жалобы на {rng.choice(['одышку', 'слабость', 'боли за грудиной', 'головокружение'])} точка ")
        b.t("объективно ")
        ep_finding(rng, b, "ru")
        b.t(" запятая ")
        ep_finding(rng, b, "ru")
        b.t(" точка новая строка ")
        ep_dx(rng, b, "ru", "сопутствующий ")
        b.t(" точка ")
        if rng.random() < 0.7:
            b.add("контактный телефон ", P(" ".join(RU_DIGITS[int(c)] for c in "89" + digits(rng, 9, False))), " ")
        else:
            b.add("телефон ", P(ru_phone(rng)), " ")
        h, fl = rng.randint(2, 40), rng.randint(2, 99)
        b.add("проживает ", A(f"{rng.choice(['город москва', 'город тверь'])} улица {rng.choice(['лесная', 'пирогова', 'садовая'])} "
                               f"дом {h} квартира {fl}"), " ")
        b.add("полис ", I(oms(rng)), " ")
        b.add("выписать ", D(ru_date_words(adm + dt.timedelta(days=rng.randint(3, 14)), False)), " ")
        b.add("контроль у ", N(RuPerson(rng).name("f", "gen")), " через две недели ")
        b.add("ранее лечилась у " if p.fem else "ранее лечился у ", N(RuPerson(rng).name("io", "gen")), " ")
        b.t(rng.choice(["конец записи", "стоп диктовка", "спасибо конец"]))
    else:
        p, doc = EnPerson(rng), EnPerson(rng)
        d = dob(rng, 1935, 2005)
        b.add("this is doctor ", N(doc.name("full")), " dictating a clinic letter for ")
        b.add(en_title(rng, p).replace(".", ""), N(p.name(rng.choice(["full", "fml"]))), " ")
        if rng.random() < 0.6:
            b.add("surname spelt ", N(" ".join(p.last.upper().replace("'", ""))), " ")
        b.add("date of birth ", D(en_date_words(rng, d)), " ")
        b.add("hospital number ", I(" ".join(mrn(rng).replace("-", ""))), " ")
        b.t("dear doctor ")
        b.add(N(EnPerson(rng).name("l")), " comma new paragraph i saw ")
        b.t(("her" if p.fem else "him") + " in clinic on the ")
        b.add(D(en_date_words(rng, rdate(rng, 2024), rng.random() < 0.5)), " full stop ")
        ep_dx(rng, b, "en", "she has a background of " if p.fem else "he has a background of ")
        b.t(" and ")
        ep_dx(rng, b, "en", "")
        b.t(" full stop on examination ")
        ep_finding(rng, b, "en")
        b.t(" full stop ")
        if rng.random() < 0.6:
            ph = "07" + digits(rng, 9, False)
            b.add("her mobile is " if p.fem else "his mobile is ", P(" ".join(EN_DIGITS[int(c)] for c in ph)), " ")
        else:
            b.add("contact number ", P(en_phone(rng)), " ")
        b.add("address ", A(f"{en_card(rng.randint(2, 99))} {rng.choice(EN_STREETS).lower()} "
                            f"{rng.choice(['leeds', 'bristol', 'norwich'])}"), " ")
        b.add("please copy to ", O(rng.choice(["Riverside Medical Practice", "The Elms Surgery", "Oakwood Care Home"])),
              " new paragraph ")
        b.add("review in clinic on the ", D(en_date_words(rng, rdate(rng, 2025), False)), " ")
        b.t(rng.choice(["end of dictation", "thank you end", "stop"]))
    return b


# --------------------------------------------------------------------------
# 3. messenger export
# --------------------------------------------------------------------------
def _chat_header(rng: random.Random, b: Builder, fmt: int, when: dt.datetime, sender, lang: str) -> None:
    d = when.date()
    tm = f"{when.hour:02d}:{when.minute:02d}"
    if lang == "ru":
        ds = [f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"][fmt % 2]
    else:
        ds = [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.month}/{d.day}/{d.year % 100:02d}"][fmt % 2]
    fmt //= 2
    if fmt == 0:
        b.add("[", D(ds), f", {tm}:{rng.randint(10, 59)}] ", *sender, ": ")
    elif fmt == 1:
        b.add(*sender, ", [", D(ds), f" {tm}]\n")
    else:
        b.add(D(ds), f", {tm} - ", *sender, ": ")


def doc_messenger(rng: random.Random, lang: str) -> Builder:
    b = Builder(rng, messy=0.4)
    fmt = rng.randrange(6)
    t0 = dt.datetime.combine(rdate(rng, 2023), dt.time(rng.randint(6, 20), rng.randint(0, 59)))
    if lang == "ru":
        a, c, pat, rel = RuPerson(rng), RuPerson(rng), RuPerson(rng), RuPerson(rng)
        sa = rng.choice([[N(a.name("if"))], [N(a.name("fi"))], ["Док ", N(a.name("nick"))], [P(ru_phone(rng))]])
        sc = rng.choice([[N(c.name("if"))], [N(c.name("nick") + " " + c.sur[0][0] + ".")], [P(ru_phone(rng, True))],
                         ["м/с ", N(c.name("i"))]])
        b.t(rng.choice(["Чат «Кардио дежурные»\n", "Экспорт чата WhatsApp\n", "", "Группа: хирургия 3 этаж\n"]))
        msgs = [
            lambda: b.add("пац ", N(pat.name(rng.choice(["f", "f_io", "fi"]), "nom", "")), f" из {rng.randint(1, 30)}й, ",
                          f"{rng.randint(20, 95)}л, {ru_vitals(rng)}"),
            lambda: (b.t("у неё " if pat.fem else "у него "), ep_dx(rng, b, "ru", ""), b.t(" кстати")),
            lambda: (b.t("смотрела сейчас, "), ep_finding(rng, b, "ru"), b.t(", живот мягкий")),
            lambda: b.add("я е" + ("ё" if pat.fem else "го") + " к ", N(RuPerson(rng).name("f", "dat")), " на ФГДС записала"),
            lambda: b.add("тел ", rng.choice(["дочери", "сына", "жены", "мужа"]), " ", P(ru_phone(rng)), " (",
                          N(rel.name(rng.choice(["nick", "i", "io"]))), ")"),
            lambda: b.add("скинь выписку на почту ", E(ru_email(rng, rng.choice([a, c, rel])))),
            lambda: b.add("вот ссылка на снимки ", U(ru_url(rng))),
            lambda: b.add("полис ", I(oms(rng)), rng.choice([" снилс ", ", СНИЛС: "]), I(snils(rng))),
            lambda: b.add("переводим в ", O(rng.choice(RU_ORG_ACC + ["Склиф", "Боткинскую", "1-ю Градскую", "ГКБ 15"])), ", ИБ ", I(ru_case_no(rng))),
            lambda: b.add("Переслано от ", N(RuPerson(rng).name(rng.choice(["fio", "fi"]))), ":\n",
                          rng.choice(["выписка готова, заберите", "анализы пришли, всё в норме кроме ферритина 9"]),
                          ", звонить ", P(ru_phone(rng))),
            lambda: b.add("живёт ", A(ru_address(rng, rng.choice(["short", "low", "full"]))), " одна, соцзащиту звать"),
            lambda: b.add("ок, МРТ на ", D(ru_date(rng, rdate(rng, 2024))), f" в {rng.randint(8, 20)}:00, каб {rng.randint(100, 450)}"),
            lambda: b.t(rng.choice(["ок", "+", "принято 👍", "щас подойду", "кто дежурит?", "в 204 нужен катетер",
                                    "[голосовое сообщение 0:43]", "<медиафайл опущен>"])),
        ]
        order = shuffled(rng, msgs)[: rng.randint(5, 9)]
    else:
        a, c, pat, rel = EnPerson(rng), EnPerson(rng), EnPerson(rng), EnPerson(rng)
        sa = rng.choice([[N(a.name("full"))], [N(a.name("f"))], [P(en_phone(rng))], ["Dr ", N(a.name("l"))]])
        sc = rng.choice([[N(c.name("full"))], [N(c.name("nick"))], [N(c.name("il"))], [N(c.name("f")), " (SHO)"]])
        b.t(rng.choice(["WhatsApp Chat with Ward 7 juniors\n", "", "Messages exported from Siilo\n"]))
        msgs = [
            lambda: b.add("bed 12 ", N(pat.name(rng.choice(["l", "full", "il"]))), f" {rng.randint(20, 95)}yo, {en_vitals(rng)}"),
            lambda: (b.t("fyi " + ("she" if pat.fem else "he") + " has "), ep_dx(rng, b, "en", ""), b.t(" too")),
            lambda: (b.t("just examined, "), ep_finding(rng, b, "en")),
            lambda: b.add("referred to Dr ", N(EnPerson(rng).name("l")), " for OGD"),
            lambda: b.add("daughter's number ", P(en_phone(rng)), " (", N(rel.name(rng.choice(["f", "nick"]))), ")"),
            lambda: b.add("email the DS to ", E(en_email(rng, rng.choice([a, c, rel])))),
            lambda: b.add("images here ", U(en_url(rng))),
            lambda: b.add("NHS ", I(nhs(rng)), " MRN ", I(mrn(rng))),
            lambda: b.add("transfer to ", *rng.choice([[O(rng.choice(EN_HOSP))], [O("Mass General")], ["the ", O("Royal Free")],
                                                       [O("Addenbrooke's")], ["the ", O("Christie")]]), " tomorrow"),
            lambda: b.add("lives alone at ", A(en_address(rng)), ", needs POC"),
            lambda: b.add("CT booked ", D(en_date(rng, rdate(rng, 2024))), " 14:30"),
            lambda: b.t(rng.choice(["ok", "👍", "on my way", "who's on nights?", "bleep 4421 if needed", "<Media omitted>",
                                    "This message was deleted"])),
        ]
        order = shuffled(rng, msgs)[: rng.randint(5, 9)]
    when = t0
    for j, m in enumerate(order):
        _chat_header(rng, b, fmt, when, sa if j % 2 == 0 else sc, lang)
        m()
        b.t("\n")
        when += dt.timedelta(minutes=rng.randint(1, 50))
    return b


# --------------------------------------------------------------------------
# 4. e-mail thread
# --------------------------------------------------------------------------
RFC_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _forward_block(rng: random.Random, b: Builder, lang: str, when: dt.date) -> None:
    """A forwarded-message header as mail clients paste it (RFC-style date)."""
    src = RuPerson(rng) if lang == "ru" else EnPerson(rng)
    em = ru_email(rng, src) if lang == "ru" else en_email(rng, src)
    nm = src.name("fi") if lang == "ru" else src.name("full")
    b.t("---------- Forwarded message ---------\n" if lang == "en" or rng.random() < 0.5 else "-------- Пересылаемое сообщение --------\n")
    b.add("From: ", N(nm), " <", E(em), ">\n")
    b.add(f"Date: {RFC_DAYS[when.weekday()]}, ", D(f"{when.day} {EN_MONTH[when.month - 1][:3]} {when.year}"),
          f" {rng.randint(7, 22):02d}:{rng.randint(10, 59)}:{rng.randint(10, 59)} {'+0300' if lang == 'ru' else '+0000'}\n")
    b.add("Subject: ", rng.choice(["результаты МРТ" if lang == "ru" else "MRI results", "Fwd: выписка" if lang == "ru" else "Fwd: discharge"]),
          "\n\n")


def doc_email(rng: random.Random, lang: str) -> Builder:
    b = Builder(rng, messy=0.15)
    when = rdate(rng, 2023)
    if rng.random() < 0.35:
        _forward_block(rng, b, lang, when - dt.timedelta(days=rng.randint(1, 30)))
    if lang == "ru":
        x, y, pat = RuPerson(rng), RuPerson(rng), RuPerson(rng)
        ex, ey = ru_email(rng, x), ru_email(rng, y)
        case = ru_case_no(rng)
        b.add("От: ", N(x.name(rng.choice(["fio", "fi", "if"]))), " <", E(ex), ">\n")
        b.add("Отправлено: ", rng.choice(["вторник, ", "среда, ", ""]), D(f"{when.day} {RU_MONTH_GEN[when.month - 1]} {when.year}"),
              f" г. {rng.randint(8, 22)}:{rng.randint(10, 59)}\n")
        b.add("Кому: ", N(y.name("fi")), " <", E(ey), ">\n")
        b.add("Тема: RE: пациент", "ка " if pat.fem else " ", N(pat.name("f_io", "nom", rng.choice([".", ""]))), ", ИБ ", I(case), "\n\n")
        b.add(N(y.name("io")), rng.choice([", добрый день!\n", ", здравствуйте.\n"]))
        b.add("По ", N(pat.name("f", "dat")), ": ")
        ep_finding(rng, b, "ru")
        b.t(f", {ru_vitals(rng)}. ")
        ep_dx(rng, b, "ru", "Также ")
        b.add(". Переводим в ", O(rng.choice(RU_ORG_ACC)), " ", D(ru_date(rng, when + dt.timedelta(days=2))), ".\n")
        b.add("СНИЛС ", I(snils(rng)), ", полис ", I(oms(rng)), ".\n")
        b.add("\nС уважением,\n", rng.choice(["врач-кардиолог ", "зав. отделением ", "врач "]), N(x.name("f_io")), "\n",
              O(pick_ru_org(rng)), "\n", A(ru_address(rng, "index")), "\nтел. ", P(ru_phone(rng, False)), "\n")
        b.t(rng.choice(["", f"{org_noise_ids(rng, 'ru')}\n"]))
        prev = when - dt.timedelta(days=rng.randint(0, 3))
        b.add("\n", D(ru_date(rng, prev, False)), f" {rng.randint(8, 22)}:{rng.randint(10, 59)}, ", N(y.name("fi")),
              " <", E(ey), "> пишет:\n")
        b.add("> Коллеги, прошу проконсультировать ", N(pat.name("fio", "acc")), ",\n> ")
        b.add(D(str(rng.randint(1940, 2000))), " г.р., ")
        ep_dx(rng, b, "ru", "")
        b.add("?\n> Выписки в приложении, ссылка ", U(ru_url(rng)), "\n> --\n> ", N(y.name("f_io")), ", ", P(ru_phone(rng)), "\n")
    else:
        x, y, pat = EnPerson(rng), EnPerson(rng), EnPerson(rng)
        ex, ey = en_email(rng, x), en_email(rng, y)
        us = rng.random() < 0.3
        b.add("From: ", N(x.name(rng.choice(["full", "lf", "l_f"]))), " <", E(ex), ">\n")
        b.add("Sent: ", rng.choice(["Tuesday, ", "Thu, ", ""]), D(en_date(rng, when, us, False)), f" {rng.randint(8, 22)}:{rng.randint(10, 59)}\n")
        b.add("To: ", N(y.name("full")), " <", E(ey), ">; ", E(en_email(rng)), "\n")
        b.add("Subject: RE: ", N(pat.name(rng.choice(["lf", "LF", "il"]))), " - hosp no ", I(mrn(rng)), "\n\n")
        b.add("Hi ", N(y.name("f")), ",\n\nThanks. I reviewed ", N(pat.name("l")), " today: ")
        ep_finding(rng, b, "en")
        b.t(f", {en_vitals(rng)}. ")
        ep_dx(rng, b, "en", "Known ")
        b.add(". We'll transfer to ", O(rng.choice(EN_HOSP)), " on ", D(en_date(rng, when + dt.timedelta(days=2), us)), ".\n")
        b.add("NHS number " if not us else "Member ID ", I(nhs(rng) if not us else member_id(rng)), ".\n")
        b.add("\nKind regards\n", N(x.name(rng.choice(["full", "il"]))), rng.choice([" MBChB MRCP", " FRCS", ", MD", ""]), "\n",
              rng.choice(["Consultant Gastroenterologist\n", "Specialty Registrar\n", "Department of Cardiology\n"]),
              O(rng.choice(EN_HOSP)), "\n", A(en_address(rng, us)), "\nTel: ", P(en_phone(rng, us)), "\n")
        b.t(rng.choice(["", "This e-mail and any attachments are confidential.\n", f"{org_noise_ids(rng, 'en')}\n"]))
        prev = when - dt.timedelta(days=rng.randint(0, 3))
        b.add("\nOn ", D(en_date(rng, prev, us, False)), f", at {rng.randint(8, 22)}:{rng.randint(10, 59)}, ", N(y.name("full")),
              " <", E(ey), "> wrote:\n")
        b.add("> Could you see ", N(pat.name("full")), " (DOB ", D(en_date(rng, dob(rng), us, False)), ")?\n> ")
        ep_dx(rng, b, "en", "? ")
        b.add("\n> Scans: ", U(en_url(rng)), "\n> ", N(y.name("il")), " | bleep 2231 | ", P(en_phone(rng, us)), "\n")
    return b


# --------------------------------------------------------------------------
# 5. mixed Russian / English
# --------------------------------------------------------------------------
def doc_mixed(rng: random.Random, lang: str) -> Builder:
    b = Builder(rng)
    if lang == "ru":
        p, doc = RuPerson(rng), RuPerson(rng)
        d, adm = dob(rng, 1940, 2004), rdate(rng, 2023)
        dis = adm + dt.timedelta(days=rng.randint(3, 20))
        foreign = rng.random() < 0.35
        org_ru, org_en = rng.choice(MIXED_ORGS)
        dx_ru, dx_en = rng.choice(MIXED_DX)
        ep_ru, ep_en = rng.choice(MIXED_EP)
        if foreign:
            fp = EnPerson(rng)
            b.add("ВЫПИСКА\nПациент: ", N(f"{translit_back(fp.last)} {translit_back(fp.first)}"), " (", N(fp.name("LF")), "), ")
            b.add("граждан" + ("ка" if fp.fem else "ин") + " Великобритании, паспорт ", I(digits(rng, 9)), ", страховка ",
                  O(rng.choice(["AXA Health", "Bupa"])), " полис ", I(member_id(rng)), "\n")
        else:
            b.add("ВЫПИСНОЙ ЭПИКРИЗ (краткий)\nФИО: ", N(p.name("fio")), "\nД.р.: ", D(ru_date(rng, d, False)), "\n")
        b.add("Находил" + ("ась" if (fp.fem if foreign else p.fem) else "ся") + " в ", O(org_ru), " с ", D(ru_date(rng, adm, False)),
              " по ", D(ru_date(rng, dis, False)), "\n")
        b.add(f"Диагноз: {dx_ru}. Сопутствующий: ", EP(ep_ru), ".\n")
        ep_finding(rng, b, "ru")
        b.t(f". {ru_vitals(rng)}.\n")
        b.add("Лечащий врач: ", N(doc.name("f_io")), "\n\n")
        b.t(rng.choice(["SUMMARY (English)\n", "Abstract in English:\n", "--- ENGLISH VERSION ---\n"]))
        nm = p.latin(rng.choice(["fio", "if", "F_i"])) if not foreign else fp.name("full")
        if not foreign and rng.random() < 0.3:
            nm = f"{p.sur[0]} {translit(p.first[0])}"
        b.add("Patient ", N(nm), ", born ", D(str(d.year) if rng.random() < 0.5 else f"{d.day:02d}.{d.month:02d}.{d.year}"),
              ", was admitted to ", O(org_en), " on ", D(en_date(rng, adm, False, False)), ".\n")
        b.add(f"Diagnosis: {dx_en}. Comorbidity: ", EP(ep_en), ".\n")
        b.add("Attending physician: Dr. ", N(doc.latin(rng.choice(["if", "f_io"]))), ", e-mail ", E(ru_email(rng, doc)),
              ", tel. ", P(ru_phone(rng)), "\n")
        if foreign:
            b.add("Home address: ", A(en_address(rng)), ", United Kingdom\n")
        else:
            b.add("Address: ", A(f"{rng.randint(1, 80)} {rng.choice(['Lesnaya', 'Pirogova', 'Sadovaya'])} str., apt. {rng.randint(1, 200)}, "
                                 f"{rng.choice(['Moscow', 'Kazan', 'Tver'])} {digits(rng, 6)}"), ", Russia\n")
    else:
        doc, fp = RuPerson(rng), EnPerson(rng)
        d, adm = dob(rng, 1940, 2004), rdate(rng, 2023)
        org_ru, org_en = MIXED_ORGS[rng.choice([0, 1, 2, 5])]
        b.add(O(org_en), "\n", A(f"{digits(rng, 6)}, Moscow, {rng.choice(['Leninsky prospekt', 'ul. Pirogova'])} {rng.randint(1, 90)}"),
              "\n", D(en_date(rng, adm + dt.timedelta(days=9), False, False)), "\n\n")
        b.add("Dear Dr ", N(EnPerson(rng).name("l")), ",\n\n")
        b.add("I am writing regarding your patient ", N(fp.name(rng.choice(["full", "fml"]))), " (DOB ", D(en_date(rng, d, False, False)),
              *rng.choice([[", NHS No ", I(nhs(rng))], [", passport ", I(digits(rng, 9))]]), "), a tourist who was admitted to our hospital ")
        b.add("(", O(org_ru), ") on ",
              D(en_date(rng, adm, False, False)), rng.choice([" with ", " because of "]), rng.choice(EN_DX), ".\n")
        ep_finding(rng, b, "en")
        b.t(". ")
        ep_dx(rng, b, "en", "We also confirmed ")
        b.add(". His travel insurer " if not fp.fem else ". Her travel insurer ", O(rng.choice(["AXA Health", "Bupa", "Aetna"])),
              " (member ", I(member_id(rng)), ") was informed.\n")
        b.add("In Russian records the name is written as «", N(f"{translit_back(fp.last)} {translit_back(fp.first)}"), "», case history № ",
              I(ru_case_no(rng)), ".\n")
        b.add("Contact in Moscow: ", N(RuPerson(rng).latin("if")), " (interpreter), ", P(ru_phone(rng, True)), ".\n\n")
        b.add("Sincerely,\n", N(doc.latin(rng.choice(["fio", "if", "f_io"]))), ", MD, PhD\n")
        if rng.random() < 0.5:
            b.add("(", N(doc.name("fio")), ")\n")
        b.add(E(ru_email(rng, doc)), "\n")
    return b


MIXED_ORGS = [("ГКБ № 15", "City Clinical Hospital No. 15"), ("НИИ СП им. Н.В. Склифосовского", "Sklifosovsky Research Institute"),
              ("ГКБ им. С.П. Боткина", "Botkin Hospital"), ("городской поликлинике № 3", "Polyclinic No. 3"),
              ("Шатурской ЦРБ", "Shatura Central District Hospital"), ("ГБУЗ «ГКБ им. С.П. Боткина ДЗМ»", "S.P. Botkin City Clinical Hospital")]
MIXED_DX = [("внебольничная пневмония справа", "right-sided community-acquired pneumonia"), ("острый панкреатит", "acute pancreatitis"),
            ("ОНМК по ишемическому типу", "ischaemic stroke"), ("ФП, постоянная форма", "permanent atrial fibrillation"),
            ("ИБС. Стенокардия напряжения ФК II", "CAD, stable angina CCS class II")]
MIXED_EP = [("болезнь Крона", "Crohn's disease"), ("синдром Марфана", "Marfan syndrome"), ("тиреоидит Хашимото", "Hashimoto's thyroiditis"),
            ("болезнь Паркинсона", "Parkinson's disease"), ("лимфома Ходжкина", "Hodgkin lymphoma"),
            ("синдром Мэллори-Вейса", "Mallory-Weiss syndrome"), ("контрактура Дюпюитрена", "Dupuytren's contracture"),
            ("болезнь Бехтерева", "Bekhterev's disease"), ("болезнь Иценко-Кушинга", "Itsenko-Cushing disease"),
            ("синдром Жильбера", "Gilbert's syndrome")]
_BACK = [("shch", "щ"), ("sh", "ш"), ("ch", "ч"), ("kh", "х"), ("zh", "ж"), ("ts", "ц"), ("ya", "я"), ("yu", "ю"),
         ("ee", "и"), ("oo", "у"), ("th", "т"), ("ph", "ф"), ("w", "у"), ("j", "дж"), ("c", "к"), ("q", "к"), ("x", "кс")]
_LAT = dict(zip("abdefghiklmnoprstuvyz'", "абдефгхиклмнопрстуваз"))


def translit_back(s: str) -> str:
    """Crude Cyrillic rendering of an English name, as a Russian registrar would type it."""
    low = s.lower()
    for a, c in _BACK:
        low = low.replace(a, c)
    out = "".join(_LAT.get(ch, ch) for ch in low if ch != "'")
    return out[:1].upper() + out[1:]


# --------------------------------------------------------------------------
# 6. CSV appointment list
# --------------------------------------------------------------------------
def fixed_fmt(rng: random.Random):
    """A date formatter that always picks the same layout (one export = one format)."""
    k = rng.random()
    return lambda f, *a: f(random.Random(k), *a)


def doc_csv_appointments(rng: random.Random, lang: str) -> Builder:
    b = Builder(rng)
    day = rdate(rng, 2024)
    ff, fd = fixed_fmt(rng), fixed_fmt(rng)
    if lang == "ru":
        sep = rng.choice([";", ",", "\t"])
        doc = RuPerson(rng)
        split = rng.random() < 0.35
        fio_cols = ["Фамилия", "Имя", "Отчество"] if split else ["ФИО пациента"]
        b.raw(sep.join(["Дата", "Время", *fio_cols, "Дата рождения", "Телефон", "Полис ОМС", "Врач", "Каб."]) + "\n")
        for _ in range(rng.randint(3, 5)):
            p = RuPerson(rng)
            q = '"' if sep == "," or rng.random() < 0.2 else ""
            b.add(D(ff(ru_date, day, False)), f"{sep}{rng.randint(8, 19)}:{rng.choice(['00', '15', '30', '45'])}{sep}{q}")
            up = rng.random() < 0.3
            if split:
                for part in (p.sur[0], p.first[0], p.patr[0]):
                    b.add(N(part.upper() if up else part), sep)
                b.t(q)
            else:
                nm = p.name(rng.choice(["fio", "fio", "f_io"]), "nom", rng.choice([".", ""]))
                b.add(N(nm.upper() if up else nm), f"{q}{sep}")
            b.add(D(fd(ru_date, dob(rng), False)), sep)
            if rng.random() < 0.85:
                b.add(P(ru_phone(rng)))
            b.t(sep)
            if rng.random() < 0.85:
                b.add(I(oms(rng)))
            b.add(sep, N(doc.name("f_io")), f"{sep}{rng.randint(101, 450)}")
            if rng.random() < 0.3:
                b.add(" (", EP(rng.choice(["проба Манту", "проба Реберга", "анализ мочи по Нечипоренко", "проба Зимницкого"])), ")")
            b.t("\n")
        b.add("Выгружено: ", D(ru_date(rng, day, False)), f" {rng.randint(7, 9)}:0{rng.randint(0, 9)} пользователь reg{rng.randint(1, 40)}, ",
              O(rng.choice(["ГП № 219", "городская поликлиника № 3", "ДГП № 32"])), f"; строк: {rng.randint(4, 40)}\n")
    else:
        us = rng.random() < 0.35
        doc = EnPerson(rng)
        b.raw("Date,Time,Patient,DOB," + ("MRN" if us else "NHS Number") + ",Phone,Clinician,Clinic,Room\n")
        for _ in range(rng.randint(3, 5)):
            p = EnPerson(rng)
            b.add(D(ff(en_date, day, us, False)), f",{rng.randint(8, 17)}:{rng.choice(['00', '20', '40'])},")
            if rng.random() < 0.5:
                b.add('"', N(p.name(rng.choice(["lf", "l_f"]))), '"')
            else:
                b.add(N(p.name(rng.choice(["full", "LF", "il"]))))
            b.add(",", D(fd(en_date, dob(rng), us, False)), ",", I(mrn(rng) if us else nhs(rng)), ",")
            if rng.random() < 0.8:
                b.add(P(en_phone(rng, us)))
            b.add(",Dr ", N(doc.name("l")), ",")
            clinic = rng.choice([["Fracture Clinic"], ["Diabetes Clinic"], ["Cardiology OPD"], ["Warfarin Clinic"],
                                 [EP("Parkinson's disease"), " clinic"], [EP("Crohn's disease"), " & colitis"],
                                 [EP("Epley manoeuvre"), " (ENT)"]])
            b.add(*clinic, f",{rng.randint(1, 30)}\n")
        b.add("Report generated ", D(en_date(rng, day, us, False)), " by ", O(rng.choice(["Leeds Teaching Hospitals NHS Trust",
              "Manchester Royal Infirmary", "Massachusetts General Hospital"])), " PAS\n")
    return b


# --------------------------------------------------------------------------
# 7. TSV lab orders
# --------------------------------------------------------------------------
RU_TESTS = [("ОАК: гемоглобин", "г/л", "120-160"), ("глюкоза", "ммоль/л", "3,9-6,1"), ("креатинин", "мкмоль/л", "62-106"),
            ("АЛТ", "Ед/л", "<41"), ("ТТГ", "мМЕ/л", "0,4-4,0"), ("СРБ", "мг/л", "<5"), ("ферритин", "нг/мл", "20-250")]
EN_TESTS = [("Haemoglobin", "g/L", "130-170"), ("Glucose", "mmol/L", "3.9-6.1"), ("Creatinine", "umol/L", "59-104"),
            ("ALT", "U/L", "<40"), ("TSH", "mU/L", "0.27-4.2"), ("CRP", "mg/L", "<5"), ("HbA1c", "mmol/mol", "20-41")]


def doc_lab_tsv(rng: random.Random, lang: str) -> Builder:
    b = Builder(rng)
    day = rdate(rng, 2024)
    ff, fd = fixed_fmt(rng), fixed_fmt(rng)
    if lang == "ru":
        b.add("Лаборатория: ", O(rng.choice(["ООО «Инвитро»", "лаборатория «Гемотест»", "КДЦ «Медицина»"])),
              f"   Анализатор Sysmex XN-{rng.randint(350, 1000)} с/н {digits(rng, 5)}\n")
        b.raw("№ заказа\tШК пробирки\tПациент\tД.р.\tТест\tРезультат\tЕд.\tРеф.\tДата взятия\n")
        for _ in range(rng.randint(2, 4)):
            p = RuPerson(rng)
            t = rng.choice(RU_TESTS)
            b.add(I(f"{digits(rng, 8)}"), "\t", I(specimen(rng)), "\t", N(p.name(rng.choice(["f_io", "fio"]), "nom", rng.choice([".", ""]))), "\t",
                  D(fd(ru_date, dob(rng), False)), f"\t{t[0]}\t{rng.randint(1, 200)},{rng.randint(0, 9)}\t{t[1]}\t{t[2]}\t",
                  D(ff(ru_date, day, False)), "\n")
        b.add("Заказчик: ", O(rng.choice(RU_ORGS[:7])), ", врач ", N(RuPerson(rng).name("f_io")), ", тел. ", P(ru_phone(rng, False)), "\n")
        if rng.random() < 0.6:
            ep_finding(rng, b, "ru")
            b.t(" (см. комментарий)\n")
    else:
        b.add("Lab: ", O(rng.choice(["Quest Diagnostics", "Manchester Royal Infirmary", "Royal Free Hospital"])),
              f"  analyser Cobas c{rng.randint(300, 900)} serial {digits(rng, 6)}\n")
        b.raw("Order\tSpecimen\tPatient\tDOB\tTest\tResult\tUnits\tRef\tCollected\n")
        for _ in range(rng.randint(2, 4)):
            p = EnPerson(rng)
            t = rng.choice(EN_TESTS)
            b.add(I(f"ORD{digits(rng, 7)}"), "\t", I(specimen(rng)), "\t", N(p.name(rng.choice(["LF", "lf", "full"]))), "\t",
                  D(fd(en_date, dob(rng), False, False)), f"\t{t[0]}\t{rng.randint(1, 200)}.{rng.randint(0, 9)}\t{t[1]}\t{t[2]}\t",
                  D(ff(en_date, day, False, False)), "\n")
        b.add("Requested by Dr ", N(EnPerson(rng).name("il")), ", ", O(rng.choice(EN_HOSP)), ", ", P(en_phone(rng)), "\n")
        if rng.random() < 0.6:
            ep_finding(rng, b, "en")
            b.t(" - see comment\n")
    return b


# --------------------------------------------------------------------------
# 8. HL7 v2 fragment
# --------------------------------------------------------------------------
def _hl7_dtm(rng: random.Random, d: dt.date, time: bool = True) -> str:
    s = f"{d.year}{d.month:02d}{d.day:02d}"
    return s + (f"{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}" + (f"{rng.randint(0, 59):02d}" if rng.random() < 0.5 else "")
                if time else "")


def hl7_phone(rng: random.Random, us: bool) -> str:
    if us:
        return rng.choice([f"({rng.choice(['617', '212'])}){digits(rng, 3)}-{digits(rng, 4)}", f"{rng.choice(['617', '713'])}{digits(rng, 7)}"])
    return rng.choice([f"07{digits(rng, 9)}", f"+447{digits(rng, 9)}", f"0113{digits(rng, 7)}"])


def doc_hl7(rng: random.Random, lang: str) -> Builder:
    b = Builder(rng)
    when = rdate(rng, 2023)
    b.t(rng.choice(["Входящее сообщение ЛИС:\n" if lang == "ru" else "Inbound message:\n", ""]))
    ctl = f"MSG{digits(rng, 6)}"
    if lang == "ru":
        p, doc = RuPerson(rng), RuPerson(rng)
        b.raw(f"MSH|^~\\&|MIS|1.2.643.5.1.13.13.12.2.77.{rng.randint(7700, 7899)}|LIS|LAB01|")
        b.add(D(_hl7_dtm(rng, when)))
        b.raw(f"||ORU^R01|{ctl}|P|2.5\n")
        b.raw("PID|1||")
        b.add(I(str(rng.randint(100000, 999999))))
        b.raw("^^^MIS^MR~")
        b.add(I(re.sub(r"\D", "", snils(rng))))
        b.raw("^^^PFR^SS||")
        up = rng.random() < 0.5
        nm = f"{p.sur[0]}^{p.first[0]}^{p.patr[0]}"
        b.add(N(nm.upper() if up else nm))
        b.raw("||")
        b.add(D(_hl7_dtm(rng, dob(rng), False)))
        b.raw(f"|{'F' if p.fem else 'M'}|||")
        h, fl = rng.randint(1, 150), rng.randint(1, 300)
        st = rng.choice([f"УЛ ЛЕСНАЯ Д {h} КВ {fl}", f"ул. Садовая, д.{h}, кв.{fl}", f"ПР-Т ВЕРНАДСКОГО {h}-{fl}"])
        b.add(A(f"{st}^^{rng.choice(['МОСКВА', 'Москва', 'ТВЕРЬ'])}^^{digits(rng, 6)}"))
        b.raw("^RUS||")
        b.add(P(re.sub(r"[^\d+]", "", ru_phone(rng, True))))
        b.raw("^PRN^PH\nPV1|1|I|KARD^512^2||||^")
        b.add(N(f"{doc.sur[0]}^{doc.first[0]}^{doc.patr[0][0]}"))
        b.raw("^^^Врач|||||||||||")
        b.add(I(ru_case_no(rng)))
        b.raw("|||||||||||||||||||||||||")
        b.add(D(_hl7_dtm(rng, when - dt.timedelta(days=rng.randint(0, 5)))))
        b.raw(f"\nOBR|1|{digits(rng, 8)}|")
        b.add(I(specimen(rng)))
        b.raw(f"|A09.05.{rng.randint(10, 99):03d}^ОАК^Nomenclature|||")
        b.add(D(_hl7_dtm(rng, when)))
        b.raw("\n")
        for j, t in enumerate(rng.sample(RU_TESTS, rng.randint(2, 4)), 1):
            b.raw(f"OBX|{j}|NM|{t[0]}||{rng.randint(1, 200)},{rng.randint(0, 9)}|{t[1]}|{t[2]}|N|||F\n")
        b.raw("NTE|1||")
        ep_finding(rng, b, "ru")
        b.raw("\nNTE|2||")
        ep_dx(rng, b, "ru", "")
        b.raw("\n")
    else:
        p, doc = EnPerson(rng), EnPerson(rng)
        us = rng.random() < 0.4
        b.raw(f"MSH|^~\\&|PAS|{rng.choice(['RTH', 'RRV', 'MGH'])}|TIE|LAB|")
        b.add(D(_hl7_dtm(rng, when)))
        b.raw(f"||ADT^A0{rng.randint(1, 8)}|{ctl}|P|2.4\nEVN|A01|")
        b.add(D(_hl7_dtm(rng, when)))
        b.raw("\nPID|1|")
        b.add(I(nhs(rng).replace(" ", "").replace("-", "") if not us else mbi(rng)))
        b.raw("^^^NHS^NH|" if not us else "^^^CMS^MC|")
        b.add(I(mrn(rng)))
        b.raw("^^^PAS^MR||")
        nm = f"{p.last}^{p.first}^{p.mid[0]}^^{'Mrs' if p.fem else 'Mr'}"
        nmx = f"{p.last}^{p.first}^{p.mid[0]}"
        b.add(N(nmx.upper() if rng.random() < 0.6 else nmx))
        b.raw(nm[len(nmx):] + "||")
        b.add(D(_hl7_dtm(rng, dob(rng), False)))
        b.raw(f"|{'F' if p.fem else 'M'}|||")
        if us:
            town, stc = rng.choice(US_PLACES)
            b.add(A(f"{rng.randint(10, 9999)} ELM ST^APT {rng.randint(1, 20)}^{town.upper()}^{stc}^{digits(rng, 5)}"))
            b.raw("^USA||")
        else:
            town, area = rng.choice(EN_TOWNS)
            b.add(A(f"{rng.randint(1, 200)} {rng.choice(EN_STREETS).upper()}^^{town.upper()}^^{postcode(rng, area)}"))
            b.raw("^GBR||")
        b.add(P(hl7_phone(rng, us)))
        b.raw("^PRN^PH~^NET^Internet^")
        b.add(E(en_email(rng, p)))
        b.raw(f"\nPV1|1|I|WARD{rng.randint(1, 40)}^{rng.randint(1, 30)}^B||||^")
        b.add(N(f"{doc.last.upper()}^{doc.first.upper()}"))
        b.raw("^^^DR|||||||||||")
        b.add(I(f"{digits(rng, 8, False)}"))
        b.raw("\nPD1|||")
        b.add(O(rng.choice(["RIVERSIDE MEDICAL PRACTICE", "The Elms Surgery", "Kaiser Permanente"])))
        b.raw(f"^^{rng.choice(['B86001', 'Y02345', 'M85011'])}\nNK1|1|")
        nk = EnPerson(rng)
        b.add(N(f"{nk.last.upper()}^{nk.first.upper()}"))
        b.raw(f"|{rng.choice(['SPO', 'DAU', 'SON'])}||")
        b.add(P(hl7_phone(rng, us)))
        b.raw("\nAL1|1||^Penicillin\nDG1|1||^")
        ep_dx(rng, b, "en", "")
        b.raw("\n")
    return b


# --------------------------------------------------------------------------
# 9. FHIR-JSON-like fragment pasted into a note
# --------------------------------------------------------------------------
def _jv(b: Builder, ind: int, key: str, val: str, typ: str | None, last: bool = False) -> None:
    b.raw(" " * ind + f'"{key}": "')
    if typ:
        b.e(typ, val)
    else:
        b.raw(val)
    b.raw('"' + ("" if last else ",") + "\n")


def doc_fhir(rng: random.Random, lang: str) -> Builder:
    b = Builder(rng)
    pid = f"{rng.choice(['pat', 'p', 'patient'])}-{digits(rng, 6)}"
    b.t(rng.choice(["Ответ сервиса (Patient):\n" if lang == "ru" else "GET /Patient response:\n", ""]))
    b.raw("{\n")
    _jv(b, 2, "resourceType", "Patient", None)
    b.raw('  "id": "')
    b.e("ID", pid)
    b.raw('",\n  "meta": {"lastUpdated": "')
    when = rdate(rng, 2024)
    b.e("DATE", when.isoformat())
    b.raw(f'T{rng.randint(0, 23):02d}:{rng.randint(10, 59)}:00Z", "versionId": "{rng.randint(1, 9)}"}},\n')
    b.raw('  "identifier": [\n')
    if lang == "ru":
        p = RuPerson(rng)
        b.raw('    {"system": "urn:oid:1.2.643.100.3", "value": "')
        b.e("ID", snils(rng))
        b.raw('"},\n    {"system": "urn:oid:1.2.643.2.69.1.1.1.6.228", "value": "')
        b.e("ID", oms(rng).replace(" ", ""))
        b.raw('"}\n  ],\n  "name": [{"use": "official", "family": "')
        b.e("NAME", p.sur[0])
        b.raw('", "given": ["')
        b.e("NAME", p.first[0])
        b.raw('", "')
        b.e("NAME", p.patr[0])
        b.raw('"]}],\n  "telecom": [{"system": "phone", "value": "')
        b.e("PHONE", ru_phone(rng))
        b.raw('"}, {"system": "email", "value": "')
        b.e("EMAIL", ru_email(rng, p))
        b.raw(f'"}}],\n  "gender": "{"female" if p.fem else "male"}",\n  "birthDate": "')
        b.e("DATE", dob(rng).isoformat())
        b.raw('",\n  "address": [{"text": "')
        b.e("ADDRESS", ru_address(rng, rng.choice(["index", "full"])))
        b.raw('"}],\n  "managingOrganization": {"reference": "Organization/')
        b.raw(f'{digits(rng, 13)}", "display": "')
        b.e("ORG", rng.choice(RU_ORGS[:7]))
        b.raw('"},\n  "generalPractitioner": [{"display": "')
        b.e("NAME", RuPerson(rng).name("f_io"))
        b.raw('"}]\n}\n')
        b.t("Примечание: ")
        ep_dx(rng, b, "ru", "")
        b.t(f" — в Condition не выгрузился, код МКБ {rng.choice(['Q87.4', 'G20', 'K50.9', 'E05.0'])}.\n")
    else:
        p = EnPerson(rng)
        us = rng.random() < 0.4
        b.raw('    {"system": "')
        b.e("URL", "https://fhir.nhs.uk/Id/nhs-number" if not us else "http://hl7.org/fhir/sid/us-mbi")
        b.raw('", "value": "')
        b.e("ID", nhs(rng).replace(" ", "") if not us else mbi(rng))
        b.raw('"},\n    {"type": {"text": "MRN"}, "value": "')
        b.e("ID", mrn(rng))
        b.raw('"}\n  ],\n  "name": [{"family": "')
        b.e("NAME", p.last)
        b.raw('", "given": ["')
        b.e("NAME", p.first)
        b.raw('"], "prefix": ["' + ("Mrs" if p.fem else "Mr") + '"]}],\n  "telecom": [{"system": "phone", "value": "')
        b.e("PHONE", en_phone(rng, us))
        b.raw('", "use": "mobile"}, {"system": "email", "value": "')
        b.e("EMAIL", en_email(rng, p))
        b.raw(f'"}}],\n  "gender": "{"female" if p.fem else "male"}",\n  "birthDate": "')
        b.e("DATE", dob(rng).isoformat())
        b.raw('",\n  "address": [{"use": "home", "text": "')
        b.e("ADDRESS", en_address(rng, us))
        b.raw('"}],\n  "generalPractitioner": [{"display": "')
        b.e("ORG", rng.choice(["Riverside Medical Practice", "The Elms Surgery", "Kaiser Permanente"]))
        b.raw('"}]\n}\n')
        b.t("Note: ")
        ep_dx(rng, b, "en", "")
        b.t(f" not mapped - SNOMED {digits(rng, 8)}.\n")
    return b


# --------------------------------------------------------------------------
# 10. key=value system log
# --------------------------------------------------------------------------
def doc_kv_log(rng: random.Random, lang: str) -> Builder:
    b = Builder(rng)
    when = rdate(rng, 2024)
    n_lines = rng.randint(4, 6)
    stamps = sorted((rng.randint(7, 20), rng.randint(10, 59), rng.randint(10, 59)) for _ in range(n_lines))
    for hh, mi, ss in stamps:
        b.e("DATE", when.isoformat())
        b.raw(f"T{hh:02d}:{mi}:{ss}.{rng.randint(100, 999)}"
              f"{'+03:00' if lang == 'ru' else 'Z'} {rng.choice(['INFO', 'INFO', 'WARN', 'DEBUG', 'ERROR'])} ")
        k = rng.randrange(7)
        if lang == "ru":
            p = RuPerson(rng)
            b.raw(f"[mis-{rng.choice(['reg', 'emk', 'lis', 'rx'])}] user=u{rng.randint(1000, 9999)} ip=")
            b.e("URL", ip_addr(rng))
            if k == 0:
                b.raw(" action=card.open patient_id=")
                b.e("ID", str(rng.randint(100000, 999999)))
                b.raw(' fio="')
                b.e("NAME", p.name(rng.choice(["f_io", "fio"]), "nom", rng.choice([".", ""])))
                b.raw('" dob=')
                b.e("DATE", ru_date(rng, dob(rng), False))
            elif k == 1:
                b.raw(" action=snils.check value=")
                b.e("ID", snils(rng))
                b.raw(" result=OK")
            elif k == 2:
                b.raw(" action=sms.send to=")
                b.e("PHONE", re.sub(r"[^\d+]", "", ru_phone(rng, True)))
                b.raw(' tpl=appt_reminder org="')
                b.e("ORG", rng.choice(["ГП № 219", "ДГП № 32", "городская поликлиника № 3"]))
                b.raw('"')
            elif k == 3:
                b.raw(' msg="Не найден полис ')
                b.e("ID", oms(rng))
                b.raw(' для пациента ')
                b.e("NAME", p.name("f_io", "gen"))
                b.raw('" code=ERR_OMS_404')
            elif k == 4:
                b.raw(" action=mail.send to=")
                b.e("EMAIL", ru_email(rng, p))
                b.raw(f" attach=vypiska_{digits(rng, 5)}.pdf size={rng.randint(20, 900)}kB")
            elif k == 5:
                b.raw(f" session={''.join(rng.choice('0123456789abcdef') for _ in range(16))} action=addr.update new=\"")
                b.e("ADDRESS", ru_address(rng, rng.choice(["full", "index"])))
                b.raw('"')
            else:
                b.raw(f" action=diag.add mkb={rng.choice(['I21.4', 'E11.9', 'G20'])} text=\"")
                ep_dx(rng, b, "ru", "")
                b.raw(f'" ogrn={rng.choice(["1", "5"])}{digits(rng, 12, False)}')
        else:
            p = EnPerson(rng)
            b.raw(f"svc={rng.choice(['pas', 'epr', 'ice', 'eprescribe'])} user=u{rng.randint(1000, 9999)} src=")
            b.e("URL", ip_addr(rng))
            if k == 0:
                b.raw(" evt=ADT^A01 mrn=")
                b.e("ID", mrn(rng))
                b.raw(' name="')
                b.e("NAME", p.name(rng.choice(["lf", "LF", "full"])))
                b.raw('" dob=')
                b.e("DATE", en_date(rng, dob(rng), False, False))
            elif k == 1:
                b.raw(" evt=pds.trace nhs_no=")
                b.e("ID", nhs(rng).replace(" ", ""))
                b.raw(" status=verified")
            elif k == 2:
                b.raw(" evt=sms.send to=")
                b.e("PHONE", en_phone(rng).split(" ext")[0])
                b.raw(' site="')
                b.e("ORG", pick_en_org(rng))
                b.raw('"')
            elif k == 3:
                b.raw(' msg="Duplicate registration for ')
                b.e("NAME", p.name("full"))
                b.raw(' (acct ')
                b.e("ID", f"ACC{digits(rng, 7)}")
                b.raw(')" code=E409')
            elif k == 4:
                b.raw(" evt=mail.out rcpt=")
                b.e("EMAIL", en_email(rng, p))
                b.raw(f" msgid={digits(rng, 10)}.{rng.randint(100, 999)} bytes={rng.randint(2000, 90000)}")
            elif k == 5:
                b.raw(' evt=demog.update addr="')
                b.e("ADDRESS", en_address(rng, rng.random() < 0.3))
                b.raw('"')
            else:
                b.raw(f" evt=problem.add snomed={digits(rng, 8)} term=\"")
                ep_dx(rng, b, "en", "")
                b.raw('" url=')
                b.e("URL", en_url(rng))
        b.raw("\n")
    return b


# --------------------------------------------------------------------------
# 11. OCR of a scanned form
# --------------------------------------------------------------------------
_OCR_RU = {"О": "0", "о": "o", "С": "C", "с": "c", "Н": "H", "З": "3", "б": "6", "л": "л", "а": "a", "Р": "P"}
_OCR_EN = {"O": "0", "l": "1", "I": "l", "S": "5", "B": "8", "o": "0"}


def ocr_label(rng: random.Random, s: str, lang: str) -> str:
    """Corrupt a printed label as OCR does (letter/digit confusions, broken words)."""
    tab = _OCR_RU if lang == "ru" else _OCR_EN
    out = "".join(tab[ch] if ch in tab and rng.random() < 0.3 else ch for ch in s)
    if len(out) > 8 and rng.random() < 0.25:
        k = rng.randrange(3, len(out) - 3)
        if out[k - 1].isalpha() and out[k].isalpha():
            out = out[:k] + "-\n" + out[k:]
    return out


def doc_ocr_form(rng: random.Random, lang: str) -> Builder:
    b = Builder(rng)

    def lab(s: str) -> None:
        b.t(ocr_label(rng, s, lang) + rng.choice([": ", " : ", ":", " ", ":  "]))

    junk = ["", "|", "_", " ~", " .", "'"]
    if lang == "ru":
        p = RuPerson(rng)
        b.t(ocr_label(rng, rng.choice(["Медицинская документация\nФорма № 027/у", "ВЫПИСКА ИЗ МЕДИЦИНСКОЙ КАРТЫ\nф. 027/у",
                                       "НАПРАВЛЕНИЕ на госпитализацию\nФорма 057/у-04"]), lang) + "\n")
        b.add(O(rng.choice(RU_ORGS[:7])), rng.choice(junk), "\n")
        b.t(ocr_label(rng, org_noise_ids(rng, "ru"), lang) + "\n")
        lab("Фамилия, имя, отчество")
        nm = p.name("fio").upper() if rng.random() < 0.6 else p.name("fio")
        if rng.random() < 0.2:
            k = len(p.sur[0]) - 2
            nm = nm[:k] + "-\n" + nm[k:]
        b.add(N(nm), rng.choice(junk), "\n")
        lab("Дата рождения")
        b.add(D(ru_date(rng, dob(rng), False)), rng.choice(junk), "\n")
        lab("Адрес места жительства")
        addr = ru_address(rng, rng.choice(["index", "full", "region"]))
        if rng.random() < 0.5 and ", ул" in addr:
            addr = addr.replace(", ул", ",\nул", 1)
        b.add(A(addr), "\n")
        lab("СНИЛС")
        b.add(I(snils(rng)), "   ")
        lab("Полис ОМС")
        b.add(I(oms(rng)), "\n")
        if rng.random() < 0.5:
            ps = digits(rng, 4)
            lab("Паспорт серия")
            b.add(I(f"{ps[:2]} {ps[2:]}"), " ")
            lab("номер")
            b.add(I(digits(rng, 6)), " выдан ", D(ru_date(rng, rdate(rng, 2000, 2020), False)), "\n")
        else:
            lab("ИНН")
            b.add(I(inn12(rng)), "\n")
        lab("Место работы")
        b.add(O(rng.choice(["ООО «Ромашка»", "ОАО «РЖД»", "ПАО «Сбербанк»", "ГБОУ Школа № 1234", "ООО «Вкусвилл»"])), ", ",
              rng.choice(["бухгалтер", "водитель", "учитель", "кассир"]), "\n")
        lab("Медицинская карта №")
        b.add(I(ru_amb_card(rng)), "\n")
        lab("Диагноз")
        b.t(f"{rng.choice(RU_DX)}. ")
        ep_dx(rng, b, "ru", "")
        b.t(f" ({rng.choice(['I25.1', 'M45', 'G20', 'Q87.4'])})\n")
        ep_finding(rng, b, "ru")
        b.t("\n")
        lab("Врач")
        b.add("_____ ", N(RuPerson(rng).name("f_io", "nom", rng.choice([".", ". "]))), "    ")
        lab("Дата")
        sd = rdate(rng, 2024)
        b.add(D(ru_date(rng, sd, False) if rng.random() < 0.7 else f"{sd.day:02d}.{ROMAN[sd.month]}.{sd.year}"), rng.choice(junk), "\nМ.П.\n")
    else:
        p = EnPerson(rng)
        us = rng.random() < 0.3
        b.t(ocr_label(rng, rng.choice(["PATIENT REGISTRATION FORM (GMS1)", "NEW PATIENT QUESTIONNAIRE",
                                       "REFERRAL FORM - 2WW SUSPECTED CANCER"]), lang) + "\n")
        b.add(O(rng.choice(["Riverside Medical Practice", "The Elms Surgery", "Massachusetts General Hospital"])), rng.choice(junk), "\n")
        lab("Surname")
        b.add(N(p.last.upper()), "   ")
        lab("First names")
        b.add(N(p.first + (" " + p.mid if rng.random() < 0.5 else "")), "\n")
        lab("Date of birth")
        b.add(D(en_date(rng, dob(rng), us, False)), rng.choice(junk), "\n")
        lab("Home address")
        b.add(A(en_address(rng, us, multiline=rng.random() < 0.6)), "\n")
        lab("Tel")
        b.add(P(en_phone(rng, us)), "  ")
        lab("Email")
        b.add(E(en_email(rng, p)), "\n")
        lab("NHS No" if not us else "Medicare ID")
        b.add(I(nhs(rng) if not us else mbi(rng)), "\n")
        lab("Previous GP")
        b.add("Dr ", N(EnPerson(rng).name("il")), ", ", O(rng.choice(["The Elms Surgery", "Riverside Medical Practice"])), "\n")
        lab("Employer")
        b.add(O(rng.choice(["Tesco", "Network Rail", "University of Manchester", "Walgreens"])), "\n")
        lab("Medical history")
        ep_dx(rng, b, "en", "")
        b.t(", ")
        en_year_event(rng, b)
        b.t("\n")
        lab("Next of kin")
        nk = EnPerson(rng)
        b.add(N(nk.name("full")), f" ({rng.choice(['wife', 'son', 'mother'])}) ", P(en_phone(rng, us)), "\n")
        lab("Signed")
        b.add(N(p.name("il")), "   ")
        lab("Date")
        b.add(D(en_date(rng, rdate(rng, 2024), us, False)), "\n")
    return b


# --------------------------------------------------------------------------
# 12. patient portal message
# --------------------------------------------------------------------------
def doc_portal(rng: random.Random, lang: str) -> Builder:
    b = Builder(rng, messy=0.3)
    when = rdate(rng, 2024)
    if lang == "ru":
        me, doc, kid = RuPerson(rng, True), RuPerson(rng), RuPerson(rng)
        kid.sur = _sur_forms(me.sur[0][:-1] if me.sur[0].endswith(("ова", "ева", "ина")) else me.sur[0], kid.fem) \
            if me.sur[0].endswith(("ова", "ева", "ина")) else kid.sur
        b.add("Сообщение из личного кабинета | ", D(ru_date(rng, when, False)), f" {rng.randint(0, 23)}:{rng.randint(10, 59)} | от: ",
              N(me.name(rng.choice(["fio", "fi"]))), "\nТема: ", rng.choice(["Вопрос врачу", "Результаты анализов", "Справка в сад"]), "\n\n")
        b.add(rng.choice(["Здравствуйте, ", "Добрый вечер ", "Доктор, "]), N(doc.name("io")), "! ")
        b.add("Это ", N(me.name(rng.choice(["nick", "i"]))), ", мама ", N(kid.name(rng.choice(["i", "fi"]), "gen")), " (",
              D(str(dob(rng, 2012, 2024).year)), " г.р., карта ", I(ru_amb_card(rng)), "). ")
        b.t(rng.choice(["у нас опять температура 38,5 третий день,", "сдали анализы,", "нам нужна справка"]) + " ")
        b.add("в ", O(rng.choice(["детском саду № 112", "школе № 1234"])), " сказали что без справки не пустят. ")
        if rng.random() < 0.7:
            b.t("Педиатр в прошлый раз писала ")
            ep_finding(rng, b, "ru")
            b.t(", это нормально? ")
        b.add("Анализы сдавали в ", O(rng.choice(["ООО «Инвитро»", "лаборатория «Гемотест»"])), ", заказ ", I(digits(rng, 9)), ". ")
        b.add("Мой телефон ", P(ru_phone(rng, True)), rng.choice([", пишите в вотсап", "", " (только после 18)"]), ", почта ", E(ru_email(rng, me)), ". ")
        b.add("Полис ребёнка ", I(oms(rng)), ", СНИЛС ", I(snils(rng)), ".\n\n")
        b.add("--- Ответ (", D(ru_date(rng, when + dt.timedelta(days=1), False)), ") ---\n", N(me.name("io", "nom")), ", добрый день. ")
        b.add("Справку можно получить у ", N(RuPerson(rng, True).name("f_io", "gen")), " в каб. 112 с 9 до 13. ")
        ep_dx(rng, b, "ru", "Диагноз «")
        b.add("» не подтверждается. Запись: ", U(ru_url(rng)), "\nврач-педиатр ", N(doc.name("f_io")), ", ", O(rng.choice(["ДГП № 32", "ГП № 219"])), "\n")
    else:
        me, doc = EnPerson(rng), EnPerson(rng)
        us = rng.random() < 0.35
        b.add("Patient message | ", D(en_date(rng, when, us, False)), f" {rng.randint(0, 23)}:{rng.randint(10, 59)} | From: ",
              N(me.name(rng.choice(["full", "lf"]))), " (DOB ", D(en_date(rng, dob(rng), us, False)), ")\nSubject: ",
              rng.choice(["repeat prescription", "test results", "fit note"]), "\n\n")
        b.add(rng.choice(["Hi Dr ", "Dear Dr ", "Hello Dr "]), N(doc.name("l")), ", it's ", N(me.name(rng.choice(["f", "nick"]))),
              " again. ")
        b.t(rng.choice(["My knee is still swollen", "I've run out of my inhaler", "Work need a fit note"]) + ". ")
        if rng.random() < 0.4:
            kid = EnPerson(rng)
            b.add("Also my " + ("daughter " if kid.fem else "son "), N(kid.first), " (", D(en_date(rng, dob(rng, 2012, 2022), us, False)),
                  ") needs a letter for ", O(rng.choice(["Greenfield Primary School", "Little Acorns Nursery"])), ". ")
        if rng.random() < 0.7:
            e, suf = rng.choice([("Lachman test", " was positive"), ("Phalen's test", " was positive"),
                                 ("Trendelenburg sign", " on the left"), ("Thomas test", " was tight")])
            b.add("The physio said the ", EP(e), suf, " - is that bad? ")
        b.add("My employer (", O(rng.choice(["Tesco", "Network Rail", "Royal Free Hospital"])), ") needs it by ",
              D(en_date(rng, when + dt.timedelta(days=5), us)), ". ")
        b.add("You can call me on ", P(en_phone(rng, us)), " or email ", E(en_email(rng, me)), ". ")
        b.add("My " + ("member ID is " if us else "NHS number is "), I(member_id(rng) if us else nhs(rng)), ".\n\n")
        b.add("--- Reply ", D(en_date(rng, when + dt.timedelta(days=1), us, False)), " ---\nDear ", N(me.name("f")),
              ", please book via ", U(en_url(rng)), ". ")
        ep_dx(rng, b, "en", "No sign of ")
        b.add(".\n", N(doc.name(rng.choice(["full", "il"]))), ", GP, ", O(rng.choice(["Riverside Medical Practice", "The Elms Surgery",
                                                                                     "Kaiser Permanente"])), "\n")
    return b


# --------------------------------------------------------------------------
# 13. call-centre note
# --------------------------------------------------------------------------
def doc_call_centre(rng: random.Random, lang: str) -> Builder:
    b = Builder(rng, tf=str.upper if rng.random() < 0.25 else None, messy=0.3)
    when = rdate(rng, 2024)
    if lang == "ru":
        caller, pat, op = RuPerson(rng, True), RuPerson(rng), RuPerson(rng, True)
        b.add("Колл-центр. Звонок ", D(ru_date(rng, when)), f" {rng.randint(8, 20)}:{rng.randint(10, 59)}, длит. {rng.randint(1, 9)} мин\n")
        b.add("Звонящий: ", N(caller.name(rng.choice(["fio", "fi", "io"]))), f" ({rng.choice(['дочь', 'соседка', 'жена'])}), тел. ",
              P(ru_phone(rng)), "\n")
        b.add("Пациент: ", N(pat.name(rng.choice(["fio", "f_io"]))), ", ", D(str(dob(rng, 1930, 1975).year)), " г.р., ")
        b.add("адрес: ", A(ru_address(rng)), "\n")
        b.add("Полис: ", I(oms(rng)), rng.choice(["; СНИЛС не знает", ""]), "\n")
        if rng.random() < 0.5:
            b.add("Больничный: ЭЛН № ", I(eln(rng)), " открыт ", D(ru_date(rng, when - dt.timedelta(days=rng.randint(3, 20)))),
                  ", просит продлить\n")
        b.t("Суть: " + rng.choice(["просит вызвать врача на дом, t 38,2", "запись к неврологу", "жалоба на отказ в выписке рецепта"]) + ". ")
        ep_dx(rng, b, "ru", "Со слов, у пациентки " if pat.fem else "Со слов, у пациента ")
        b.add(". Ранее наблюдалась у " if pat.fem else ". Ранее наблюдался у ", N(RuPerson(rng).name(rng.choice(["f", "f_io"]), "gen")), " в ", O(rng.choice(RU_ORGS_PRE)), ".\n")
        b.add("Перезвонить ", D(ru_date(rng, when + dt.timedelta(days=1))), " после 14:00. Оператор: ", N(op.name("f_i")),
              f" (линия {rng.randint(1, 9)}, оп. {rng.randint(100, 999)})\n")
    else:
        caller, pat, op = EnPerson(rng), EnPerson(rng), EnPerson(rng)
        us = rng.random() < 0.3
        b.add("111 CALL RECORD  ", D(en_date(rng, when, us, False)), f"  {rng.randint(10, 23)}:{rng.randint(10, 59)}\n")
        b.add("Caller: ", N(caller.name(rng.choice(["full", "f"]))), f" ({rng.choice(['daughter', 'neighbour', 'carer'])}) on ",
              P(en_phone(rng, us)), "\n")
        b.add("Patient: ", N(pat.name(rng.choice(["full", "lf"]))), ", DOB ", D(en_date(rng, dob(rng), us, False)), ", ")
        b.add(I(nhs(rng) if not us else member_id(rng)), "\n")
        b.add("Location: ", A(en_address(rng, us)), "\n")
        b.t("Reason: " + rng.choice(["chest pain 20 min", "fall, can't get up", "UTI symptoms", "medication query"]) + ". ")
        ep_dx(rng, b, "en", "PMH ")
        b.add(". Registered with ", O(rng.choice(["Riverside Medical Practice", "The Elms Surgery", "Kaiser Permanente"])), ".\n")
        b.add("Disposition: ED within 1h. Call back ", D(en_date(rng, when + dt.timedelta(days=1), us)), ". Health advisor ",
              N(op.name(rng.choice(["il", "f"]))), f" (desk {rng.randint(1, 40)})\n")
    return b


# --------------------------------------------------------------------------
# 14. pharmacy note
# --------------------------------------------------------------------------
def doc_pharmacy(rng: random.Random, lang: str) -> Builder:
    b = Builder(rng, messy=0.2)
    when = rdate(rng, 2024)
    if lang == "ru":
        p, doc, ph = RuPerson(rng), RuPerson(rng), RuPerson(rng, True)
        b.add(O(rng.choice(["аптека «Ригла»", "аптека «36,6»", "ГБУ «Мосгорфармация» аптека № 12"])), f", {org_noise_ids(rng, 'ru')}\n")
        b.add("Журнал отпуска льготных ЛП, ", D(ru_date(rng, when, False)), "\n")
        b.add("Получатель: ", N(p.name(rng.choice(["fio", "f_io"]))), ", д.р. ", D(ru_date(rng, dob(rng, 1930, 1990), False)),
              ", СНИЛС ", I(snils(rng)), "\n")
        b.t(f"ЛП: {rng.choice(RU_DRUGS)}, серия {digits(rng, 6)}, годен до {rng.randint(1, 12):02d}.{rng.randint(2026, 2029)}" if False else
            f"ЛП: {rng.choice(RU_DRUGS)}, серия {digits(rng, 6)}, кол-во {rng.randint(1, 6)} уп.\n")
        b.add("Рецепт выписан: ", N(doc.name("f_io")), ", ", O(rng.choice(["ГП № 219", "городская поликлиника № 3", "Шатурская ЦРБ"])), "\n")
        b.t("Примечание: ")
        ep_dx(rng, b, "ru", "у пациента ")
        b.add(", получает за родственника — ", N(RuPerson(rng).name(rng.choice(["fi", "fio"]))), " (доверенность, паспорт ", I(passport(rng)), "), тел. ",
              P(ru_phone(rng)), ". Адрес доставки: ", A(ru_address(rng)), "\n")
        b.add("Фармацевт ", N(ph.name(rng.choice(["f_io", "f"]))), "\n")
    else:
        p, doc, ph = EnPerson(rng), EnPerson(rng), EnPerson(rng)
        us = rng.random() < 0.35
        b.add(O(rng.choice(["Boots Pharmacy", "Lloydspharmacy", "CVS Pharmacy", "Walgreens"])), f" - {org_noise_ids(rng, 'en')}\n")
        b.add("Intervention record ", D(en_date(rng, when, us, False)), "\n")
        b.add("Patient: ", en_title(rng, p), N(p.name(rng.choice(["il", "full", "lf"]))), ", DOB ",
              D(en_date(rng, dob(rng), us, False)), ", ", "NHS " if not us else "Rx ins. ", I(nhs(rng) if not us else member_id(rng)), "\n")
        b.t(f"Item: {rng.choice(EN_DRUGS)}, batch {rng.choice('ABKX')}{digits(rng, 5)}, qty 28\n")
        b.add("Prescriber: Dr ", N(doc.name(rng.choice(["il", "l"]))), " (", O(rng.choice(["The Elms Surgery", "Riverside Medical Practice",
                                                                                         "Kaiser Permanente"])), ")\n")
        b.t("Note: ")
        ep_dx(rng, b, "en", "pt has ")
        b.add("; interaction flagged, discussed with surgery on ", P(en_phone(rng, us)), ". Collected by ",
              N(EnPerson(rng).name(rng.choice(["full", "f"]))), ". Deliver to ", A(en_address(rng, us)), "\n")
        b.add("Pharmacist: ", N(ph.name("full")), " MRPharmS\n")
    return b


# --------------------------------------------------------------------------
# 15. ambulance radio / dispatch log
# --------------------------------------------------------------------------
def doc_ambulance(rng: random.Random, lang: str) -> Builder:
    b = Builder(rng, tf=str.upper if rng.random() < 0.35 else None, messy=0.3)
    when = rdate(rng, 2024)
    hh, mm = rng.randint(0, 21), rng.randint(0, 40)

    def tm(k: int) -> str:
        m = mm + k * rng.randint(3, 6)
        return f"{hh + m // 60:02d}:{m % 60:02d}"

    if lang == "ru":
        p, doc = RuPerson(rng), RuPerson(rng)
        br = rng.randint(100, 899)
        b.add("СМП, смена ", D(ru_date(rng, when)), f", подстанция {rng.randint(1, 60)}\n")
        b.add(f"{tm(0)} ЦС -> бр.{br}: вызов, карта № ", I(str(rng.randint(100, 99999))), ", адрес ",
              A(ru_address(rng, rng.choice(["short", "full", "low"]))), rng.choice([", подъезд 2, код 45К", ", домофон 17", ""]), "\n")
        b.add(f"{tm(1)} бр.{br}: на месте. Ж" if p.fem else f"{tm(1)} бр.{br}: на месте. М", f" {rng.randint(20, 95)} л., ",
              N(p.name(rng.choice(["f", "fio", "f_io"]))), ", ", ru_vitals(rng), "\n")
        b.add(f"{tm(2)} бр.{br}: ")
        ep_finding(rng, b, "ru")
        b.t(", ЭКГ передана в ДКЦ. ")
        ep_dx(rng, b, "ru", "Со слов родственников ")
        b.t("\n")
        b.add(f"{tm(3)} ЦС: везите в ", O(rng.choice(["ГКБ № 15", "НИИ СП им. Н.В. Склифосовского", "ГКБ им. С.П. Боткина"])),
              ", ПСО, предупредили ", N(doc.name(rng.choice(["f", "io"]), "acc")), "\n")
        rel_w = rng.choice(["сын", "дочь", "соседка"])
        b.add(f"{tm(4)} бр.{br}: сопровождает ", rel_w, " ", N(RuPerson(rng, rel_w != "сын").name(rng.choice(["nick", "i", "fi"]))),
              ", тел. ", P(ru_phone(rng)), "\n")
        b.add(f"{tm(5)} бр.{br}: сдали в приёмное, ИБ ", I(ru_case_no(rng)), ". Свободны. Ст. бригады фельдшер ", N(RuPerson(rng).name("f_i")), "\n")
    else:
        p = EnPerson(rng)
        us = rng.random() < 0.35
        unit = f"{rng.choice(['RRV', 'DCA', 'Medic '])}{rng.randint(1, 99)}"
        b.add("CAD LOG ", D(en_date(rng, when, us, False)), "\n")
        b.add(f"{tm(0)} CONTROL > {unit}: Cat 2, incident ", I(f"{rng.randint(1, 999):03d}-{digits(rng, 4)}"), " at ",
              A(en_address(rng, us)), ", ", rng.choice(["key safe 1234", "side door", "flat above shop"]), "\n")
        b.add(f"{tm(1)} {unit}: on scene. Pt ", N(p.name(rng.choice(["full", "l", "f"]))), f" {rng.randint(20, 95)}{'F' if p.fem else 'M'}, ",
              en_vitals(rng), "\n")
        b.add(f"{tm(2)} {unit}: ")
        ep_finding(rng, b, "en")
        b.t(", 12-lead sent. ")
        ep_dx(rng, b, "en", "Hx ")
        b.t("\n")
        b.add(f"{tm(3)} CONTROL: pre-alert ", O("Massachusetts General Hospital" if us else rng.choice(
                  ["Manchester Royal Infirmary", "Aberdeen Royal Infirmary", "St Thomas' Hospital"])),
              ", resus aware, Dr ", N(EnPerson(rng).name("l")), "\n")
        b.add(f"{tm(4)} {unit}: wife ", N(EnPerson(rng, True).name(rng.choice(["f", "full"]))), " following by car, mob ", P(en_phone(rng, us)), "\n")
        b.add(f"{tm(5)} {unit}: handed over, ePCR ", I(digits(rng, 10, False)), ". Clear.\n")
    return b


# --------------------------------------------------------------------------
# 16. nursing shift handover
# --------------------------------------------------------------------------
def doc_nursing(rng: random.Random, lang: str) -> Builder:
    b = Builder(rng, messy=0.4)
    when = rdate(rng, 2024)
    if lang == "ru":
        a, c = RuPerson(rng, True), RuPerson(rng, True)
        b.add("Смена ", D(ru_date(rng, when)), " 8:00–20:00. Сдала м/с ", N(a.name(rng.choice(["f_io", "f", "fi"]))), ", приняла м/с ",
              N(c.name(rng.choice(["f_io", "f", "i"]))), "\n")
        for _ in range(rng.randint(3, 5)):
            p = RuPerson(rng)
            b.add(f"пал. {rng.randint(1, 20)} к.{rng.randint(1, 4)} — ", N(p.name(rng.choice(["f_io", "f", "fi"]), "nom", rng.choice([".", ""]))),
                  f", {rng.randint(25, 95)} л. ")
            k = rng.randrange(5)
            if k == 0:
                ep_dx(rng, b, "ru", "")
                b.t(f". {ru_vitals(rng)}. ")
            elif k == 1:
                b.add("родственники: ", N(RuPerson(rng).name(rng.choice(["io", "nick", "fi"]))), " ", P(ru_phone(rng)), ". ")
            elif k == 2:
                b.add("на ", D(ru_date(rng, when + dt.timedelta(days=1))), " — КТ, голод с 22:00. ")
            elif k == 3:
                b.t(f"{rng.choice(RU_DRUGS)}; ")
                ep_finding(rng, b, "ru")
                b.t(". ")
            else:
                b.add("перевод в ", O(rng.choice(RU_ORG_ACC)), ", ИБ ", I(ru_case_no(rng)), ". ")
            tail = rng.choice([["НЕ КОРМИТЬ! "], [EP("катетер Фолея"), " стоит, "], ["пролежень крестца 2 ст. "], [""],
                               ["падение в анамнезе, "], [EP("повязка Дезо"), ", "]])
            b.add(*tail, "\n")
        b.add("Дежурный врач ", N(RuPerson(rng).name(rng.choice(["f_io", "io"]))), f", внутр. {rng.randint(100, 999)}\n")
    else:
        a, c = EnPerson(rng, True), EnPerson(rng)
        b.add("Nursing handover ", D(en_date(rng, when, False)), " nights. From ", N(a.name(rng.choice(["f", "full"]))), " RN to ",
              N(c.name(rng.choice(["f", "il"]))), " RN\n")
        for _ in range(rng.randint(3, 5)):
            p = EnPerson(rng)
            b.add(f"Bay {rng.randint(1, 6)} bed {rng.randint(1, 6)}: ", N(p.name(rng.choice(["full", "l", "il"]))), f" {rng.randint(25, 95)}yo - ")
            k = rng.randrange(5)
            if k == 0:
                ep_dx(rng, b, "en", "S: ")
                b.t(f". B: {en_vitals(rng)}. ")
            elif k == 1:
                b.add("NOK ", N(EnPerson(rng).name(rng.choice(["f", "full", "nick"]))), " ", P(en_phone(rng)), ", update am. ")
            elif k == 2:
                b.add("MRI ", D(en_date(rng, when + dt.timedelta(days=1))), ", NBM from midnight. ")
            elif k == 3:
                b.t(f"{rng.choice(EN_DRUGS)}; ")
                ep_finding(rng, b, "en")
                b.t(". ")
            else:
                b.add("for transfer to ", O(rng.choice(["Oakwood Care Home", "St Thomas' Hospital", "Royal Free Hospital"])),
                      ", hosp no ", I(mrn(rng)), ". ")
            tail = rng.choice([["falls risk, "], [EP("Foley"), " in situ, "], ["DNACPR in notes, "], [""],
                               [EP("Waterlow score"), " 18, "], ["nursed in ", EP("Fowler's position"), ", "]])
            b.add(*tail, "\n")
        b.add("Site manager ", N(EnPerson(rng).name("full")), f" bleep {rng.randint(1000, 9999)}\n")
    return b


# --------------------------------------------------------------------------
# 17. automated SMS / notification batch
# --------------------------------------------------------------------------
def doc_sms(rng: random.Random, lang: str) -> Builder:
    b = Builder(rng)
    when = rdate(rng, 2024)
    for _ in range(rng.randint(2, 3)):
        if lang == "ru":
            p, doc = RuPerson(rng), RuPerson(rng)
            b.add(D(ru_date(rng, when, False)), f" {rng.randint(8, 20)}:{rng.randint(10, 59)} SMS -> ", P(re.sub(r"[^\d+]", "", ru_phone(rng, True))),
                  " [доставлено]\n")
            appt = when + dt.timedelta(days=rng.randint(1, 9))
            b.add("Уважаем", "ая " if p.fem else "ый ", N(p.name(rng.choice(["io", "io", "fio"]))), "! Вы записаны к врачу-",
                  rng.choice(["терапевту ", "неврологу ", "офтальмологу "]), N(doc.name("f_io", "dat")), " ", D(ru_date(rng, appt)),
                  f" в {rng.randint(8, 19)}:{rng.choice(['00', '15', '30'])}, ", O(rng.choice(["ГП № 219", "ДГП № 32", "городская поликлиника № 3"])),
                  f", каб. {rng.randint(100, 500)}. Отмена: ", P(ru_phone(rng, False)), " или ", U(ru_url(rng)), "\n\n")
        else:
            us = rng.random() < 0.35
            p, doc = EnPerson(rng), EnPerson(rng)
            b.add(D(en_date(rng, when, us, False)), f" {rng.randint(8, 20)}:{rng.randint(10, 59)} TXT to ", P(en_phone(rng, us).split(" ext")[0].split(" x")[0]),
                  " DELIVERED\n")
            appt = when + dt.timedelta(days=rng.randint(1, 9))
            b.add("Dear ", en_title(rng, p), N(p.name(rng.choice(["l", "full", "il"]))), ", your appointment with Dr ",
                  N(doc.name("l")), " at ", O(rng.choice(["Riverside Medical Practice", "The Elms Surgery", "Kaiser Permanente"])), " is on ",
                  D(en_date(rng, appt, us)), f" at {rng.randint(8, 17)}:{rng.choice(['00', '10', '50'])}. To cancel call ",
                  P(en_phone(rng, us)), " or visit ", U(en_url(rng)), ". Ref ", I(mrn(rng)), "\n\n")
    if lang == "ru":
        b.add("Шаблон: napominanie_v3; услуга «", EP(rng.choice(["проба Манту", "мониторирование ЭКГ по Холтеру",
                                                                   "анализ мочи по Нечипоренко", "проба Реберга"])), "»\n")
    else:
        b.add("Template APPT_REM_v2; service: ", EP(rng.choice(["Epley manoeuvre", "Holter monitor", "Doppler ultrasound",
                                                                 "Mantoux test"])), " clinic\n")
    return b


# --------------------------------------------------------------------------
# assembly
# --------------------------------------------------------------------------
DOC_TYPES = {
    "free_note": doc_free_note,
    "dictation": doc_dictation,
    "messenger_export": doc_messenger,
    "email_thread": doc_email,
    "mixed_ru_en": doc_mixed,
    "csv_appointments": doc_csv_appointments,
    "lab_orders_tsv": doc_lab_tsv,
    "hl7_fragment": doc_hl7,
    "fhir_json": doc_fhir,
    "kv_log": doc_kv_log,
    "ocr_form": doc_ocr_form,
    "portal_message": doc_portal,
    "call_centre_note": doc_call_centre,
    "pharmacy_note": doc_pharmacy,
    "ambulance_log": doc_ambulance,
    "nursing_handover": doc_nursing,
    "sms_notifications": doc_sms,
}
_NAMES = list(DOC_TYPES)


def check(rec: dict) -> None:
    """Invariants every record must satisfy; raised inside the generator."""
    text = rec["text"]
    assert rec["lang"] in ("ru", "en")
    prev_end = -1
    for e in rec["entities"]:
        assert e["type"] in TYPES
        assert 0 <= e["start"] < e["end"] <= len(text)
        assert text[e["start"]:e["end"]] == e["text"]
        assert e["text"] == e["text"].strip() and e["text"]
        assert e["start"] >= prev_end, ("overlap", e)
        prev_end = e["end"]
    for p in rec["eponyms"]:
        assert text[p["start"]:p["end"]] == p["text"] and p["text"] == p["text"].strip()
        for e in rec["entities"]:
            assert p["end"] < e["start"] or p["start"] > e["end"], ("eponym touches entity", p, e)


def make(seed: int, i: int) -> dict:
    rng = random.Random(f"sealed-j-{seed}-{i}")
    doc_type = _NAMES[i % len(_NAMES)]
    # three Russian blocks in every five keeps each document type at ~60 % ru
    lang = "ru" if (i // len(_NAMES)) % 5 in (0, 2, 4) else "en"
    b = DOC_TYPES[doc_type](rng, lang)
    rec = {
        "id": f"j-{seed}-{i}",
        "lang": lang,
        "doc_type": doc_type,
        "text": b.text(),
        "entities": sorted(b.ents, key=lambda e: e["start"]),
        "eponyms": b.eps,
    }
    check(rec)
    return rec


def generate(n: int, seed: int) -> list[dict]:
    return [make(seed, i) for i in range(n)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", default="-")
    a = ap.parse_args()
    recs = generate(a.n, a.seed)
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
    if a.out == "-":
        print(lines, end="")
    else:
        with open(a.out, "w", encoding="utf-8") as fh:
            fh.write(lines)


if __name__ == "__main__":
    main()
