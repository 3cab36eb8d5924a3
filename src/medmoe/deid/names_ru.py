"""Russian person names by rules over pymorphy3 word facts: what natasha (tuned on news) misses.

A name is a chain of adjacent name-like tokens; a chain is accepted when its parts vouch for each other:
initials next to a surname ("Иванов И.И.", "И.И. Иванов", "к Е.П. Кудрявцеву"), a patronymic next to a first
name or surname ("Ивановой Марии Петровны", "иван иванович"), a first name next to a surname, or a role word
in front ("врач Сидоренко", "со слов дочери Анны"). Case is ignored for the morphology, so lowercase and
ALL-CAPS names are found; capitalisation only adds evidence away from the start of a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from medmoe.deid.entities import Entity
from medmoe.deid.linebreaks import has_line_end_hyphen, hyphen_break_rx
from medmoe.deid.morph import PATR_RE, SURN_RE, facts, parse
from medmoe.deid.registry import Recognizer

# dotted abbreviations of three letters or more (к.м.н., д.м.н., К.м.н.) are one word, never initials: split
# as "к" + "м.н." they read as lowercase initials and swallowed the real initials next to them
_DOTTED_ABBR = (
    r"(?:[А-ЯЁа-яё]\.\s?[а-яё]\.\s?[а-яё]\.?|[КД]\.\s?[А-ЯЁ]\.\s?Н\.)(?![а-яё])"  # + К.М.Н., Д.Б.Н.
)
# a surname glued to its initials without a space ("СаркисянИ.Г.", "ЛИГ.А.") is split before the initials
_GLUED_SURNAME = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?=[А-ЯЁ]\.\s?[А-ЯЁ]\.)|[А-ЯЁ]{2,}(?=[А-ЯЁ]\.\s?[А-ЯЁ]\.)"
# initials never follow a digit ("АД 13О/8О." is a scanned zero)
TOKEN_RE = re.compile(
    _DOTTED_ABBR
    + r"|(?<!\d)[А-ЯЁ]\.(?:\s?[А-ЯЁ]\.)?(?![а-яё])|[а-яё]\.\s?[а-яё]\.(?![а-яё])|"
    + _GLUED_SURNAME
    + r"|[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*"
)
# \Z: "$" would accept a line break; 3+ spaces or a tab separate columns of a form ("ФИО: ...   Пол: М")
_GAP_OK = re.compile(r"\A(?:[ \u00a0]{1,2}|,?[ \u00a0]?)\Z")
# lowercase letter pairs that are abbreviations, not initials
_LOWER_ABBR = frozenset(
    "т.е. т.к. т.ч. т.д. т.п. в.в. п.к. н.э. и.о. с.г. т.н. н.в. м.б. т.о. д.б. п.п. в.м. м.ч. "
    "л.ч. к.р. д.р. г.р. м.с. р.х. н.к. в.к. н.ч. в.ч. п.ж. л.ж.".split()
)  # н.к. = нижних конечностей
ROLE_RE = re.compile(
    r"(?:врач\w*|доктор\w*|д-р|зав\.?\s*(?:отд\.|отделением)?|заведующ\w+(?:\s+отделением)?|медсестр\w*|м/с|"
    r"фельдшер\w*|акушерк\w*|санитар\w*|пациент\w*|пац|больн(?:ой|ая|ого|ую|ому|ым|ой)|гр\.|гражданин\w*|"
    r"ф\.?\s?и\.?\s?о\.?|фио|родственник\w*|дочер\w+|доч[ьи]|сын\w*|муж\w*|жен[аыеу]|матер\w*|мать|мамы|мама|отц\w*|"
    r"отец|папа|брат\w*|сестр[аыеуой]|внук\w*|внучк\w*|опекун\w*|представител\w+|хирург\w*|терапевт\w*|невролог\w*|"
    r"кардиолог\w*|анестезиолог\w*|реаниматолог\w*|педиатр\w*|онколог\w*|уролог\w*|гинеколог\w*|офтальмолог\w*|"
    r"эндокринолог\w*|рентгенолог\w*|консультант\w*|ординатор\w*|интерн\w*|проф\.|профессор\w*|доц\.|доцент\w*|"
    r"к\.м\.н\.?|д\.м\.н\.?|академик\w*|подпись|исполнитель|направил\w*|осмотрен\w*|осмотр\w*|консультирован\w*|"
    r"составил\w*|выписал\w*|принял\w*|дежурн\w+|лечащ\w+|главн\w+|заместител\w+|зам\.|сосед\w*|супруг\w*|"
    r"сожител\w*|друг|подруг\w*|реб[её]н\w*|дет[ьи]|малыш\w*|дочк\w*|вызывающ\w+|соседк\w*|няня|воспитател\w+|учител\w+|вызвал\w*|сообщил\w*|со\s+слов|законн\w+)[:.,]?$",
    re.IGNORECASE,
)
# staff titles are context even when they open a line: "Врач-невролог А.В. Черных", "Хирург Г.А.Седых"
_STAFF_RE = re.compile(
    r"(?:врач|доктор|хирург|терапевт|невролог|кардиолог|педиатр|анестезиолог|реаниматолог|рентгенолог|"
    r"генетик|онколог|уролог|гинеколог|офтальмолог|эндокринолог|фельдшер|медсестра|акушерка|ассистент|"
    r"заведующий|заведующая|ординатор|консультант|пациент|пациентка|больной|больная|гражданин|фармацевт|провизор|"
    r"гражданка)$",
    re.IGNORECASE,
)
_TURKIC_PATR = re.compile(r"[ \t]+(?:оглы|кызы|улы|уулу|угли|кизи|ОГЛЫ|КЫЗЫ|УГЛИ|КИЗИ)(?![\w])")  # + Uzbek
# roles that always precede a person (not "консультация гинеколога ОАК")
PERSON_ROLE_RE = re.compile(
    r"(?:врач|доктор|д-р|медсестр\w*|фельдшер\w*|пациент\w*|больн(?:ой|ая|ого|ую|ому|ым)|гр\.|гражданин\w*|"
    r"реб[её]н\w*|доч[ьи]|дочер\w+|сын\w*|мать|матер\w+|отец|отц\w+|муж(?:а|у|ем|е|ья|ьям)?|жен[аыеу]|брат\w*|сестр[аыеуой]|"
    r"внук\w*|внучк\w*|опекун\w*|соседк\w*|сосед\w*|м/с|акушерк\w*|санитар\w*|ассистент\w*|хирург\w*|"
    r"анестезиолог\w*|терапевт\w*|невролог\w*|кардиолог\w*|педиатр\w*|бригад[аеуы]|назначил[аи]?|выполнил[аи]?|"
    r"сдал[аи]?|принял[аи]?)[:.,]?$",
    re.IGNORECASE,
)
# the word right before a token, as written (TOKEN_RE splits "м/с" into two tokens)
_PREV_WORD = re.compile(r"([\w/.\-]+?)(:?)[ \u00a0]{1,2}$")
# staff roles written as a label before a colon ("м/с: Сорока"); "к неврологу: Приступы..." is not a label
_LABEL_ROLES = frozenset(
    "м/с врач хирург ассистент анестезиолог терапевт невролог кардиолог педиатр медсестра "
    "санитар санитарка акушерка фельдшер назначил назначила выполнил выполнила сдал сдала принял "
    "приняла".split()
)
# "Гелашвили, 50 лет", "Ткач, 71 год": a capitalised word followed by an age is a person in a list of patients
AGE_AFTER = re.compile(r",[ \t]*\d{1,3}[ \t]*(?:лет|года?|мес\.?|г\.)(?![а-яё])")
_PERSON_NOUNS = frozenset(
    "мужчина женщина девочка мальчик ребенок ребёнок девушка юноша подросток "
    "новорожденный новорождённый старик старушка пенсионер пенсионерка".split()
)
NOT_NAMES = frozenset(
    "вера надежда любовь роза лилия слава мая марта мир лев жанна рада ангелина нина тамара "
    "эра роман глеб".split()
)  # first names that are also common words: only taken with other evidence
_VERBAL_POS = frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND"})
# "Справка дана ... в том, что": a certificate is "issued" (дана/выдана) to the person named after the verb
_ISSUED = frozenset("дана дано дан выдана выдано выдан".split())
_CERT_CONTEXT = re.compile(r"(?i:справк|удостоверени|свидетельств|в[ \t]+том,?[ \t]+что)")


def _issued_verb(text: str, start: int, end: int) -> bool:
    """ "Дана"/"выдана" in a certificate's formula is the verb, not the first name Дана."""
    return (
        end - start <= 6
        and text[start:end].lower() in _ISSUED
        and _CERT_CONTEXT.search(text, max(0, start - 80), end + 160) is not None
    )


_COMMON_CAPS = frozenset("жалобы диагноз анамнез заключение рекомендации лечение status объективно".split())


@dataclass
class _Tok:
    start: int
    end: int
    text: str
    kind: str  # INIT | PATR | NAME | SURN | CAP | WORD
    strong: bool  # capitalised away from the start of a sentence, or morphology is unambiguous
    casing: str  # cap | upper | lower


@lru_cache(maxsize=50_000)
def _nounish(word: str) -> bool:
    """Could be a surname by part of speech: a noun, a full adjective (Белый, Толстой), an unknown word, or a
    word pymorphy3 also knows as a surname."""
    p = parse(word)[0]
    f = facts(word)
    return p.tag.POS in ("NOUN", "ADJF", None) or not f.known or f.surn >= 0.3  # "ли" is also Ли


@lru_cache(maxsize=50_000)
def _verbal(word: str) -> bool:
    """A verb or participle ("Осмотрена", "Выписал"), never a surname: next to initials it is the predicate."""
    key = word.lower()
    f = facts(key)
    return parse(key)[0].tag.POS in _VERBAL_POS and f.surn == 0 and f.name == 0


_FUNCTION_POS = frozenset({"ADVB", "NPRO", "PRCL", "INTJ", "CONJ", "PRED", "PREP", "ADJS", "COMP"})


@lru_cache(maxsize=50_000)
def _utterance_word(word: str, before_lower_word: bool) -> bool:
    """A word that opens what a speaker says ("Врач: Хорошо.", "Врач: Это нужно...", "Врач: Добрый вечер"),
    not a surname after a staff label ("м/с: Новик"): an adverb, pronoun, particle, interjection..., or an
    adjective that agrees with a lowercase noun after it; never a word pymorphy3 also reads as a name."""
    key = word.lower()
    f = facts(key)
    if not f.known or f.surn > 0 or f.name > 0:
        return False
    pos = parse(key)[0].tag.POS
    return pos in _FUNCTION_POS or (pos == "ADJF" and before_lower_word)


@lru_cache(maxsize=50_000)
def _abbreviation(word: str) -> bool:
    """A short capitals word pymorphy3 does not know as a word ("ВК", "ОАК"), not "ХАН" or "ЦОЙ"."""
    from medmoe.deid.morph import morph

    f = facts(word.lower())
    return f.surn == 0 and not (
        morph().word_is_known(word.lower()) and parse(word.lower())[0].tag.POS == "NOUN"
    )


@lru_cache(maxsize=50_000)
def _person_like(word: str) -> bool:
    """Can head a line of a patient list ("Ткач, 71 год", "Седых, 48 лет", "Жуковский, 23 года"): an animate
    noun, an adjective, a place or surname reading, or an unknown word; not "Головокружение, 3 года"."""
    p = parse(word)[0]
    f = facts(word)
    return (
        (p.tag.POS == "NOUN" and "anim" in p.tag.grammemes)
        or p.tag.POS in ("ADJF", "NUMR")
        or f.geo > 0
        or f.surn > 0
        or not f.known
    )  # NUMR: "Сорока" is also "сорока" (forty)


def _casing(w: str) -> str:
    if w.isupper() and len(w) > 1:
        return "upper"
    if w[0].isupper():
        return "cap"
    return "lower"


_TURKIC_PARTICLES = frozenset("оглы кызы улы уулу".split())
# single capital letters that are prepositions or conjunctions, never a one-letter surname ("Ю", "Э")
_ONE_LETTER_WORDS = frozenset("ВСКУОИАЯ")


def _classify(word: str, sentence_start: bool) -> tuple[str, bool]:
    casing = _casing(word)
    key = word.lower()
    f = facts(key)
    if key in _TURKIC_PARTICLES:
        return "PATR", True  # "Рашид Гасан оглы": the particle is the patronymic
    if casing == "upper" and len(word) <= 4:
        # ЭКГ, ОАК, СОЭ, ЧСС are abbreviations; ИВАН, ПЁТР, АННА are not
        return (
            ("NAME", False) if f.name >= 0.8 else ("WORD", False)
        )  # never alone (strong=False): "НИНА" in a chain
    capital = casing != "lower"
    if (f.patr >= 0.3 or (capital and PATR_RE.search(key))) and len(key) > 5:
        return "PATR", True
    if len(key) <= 2 or (casing == "lower" and len(key) <= 3):
        return "WORD", False  # "ая" in "Больной(ая)", prepositions
    if f.name >= 0.5 and f.top != "Surn":
        # Вера, Любовь, Роман are names and words: a part of a chain, never a name on their own
        return "NAME", capital and not sentence_start and key not in NOT_NAMES
    if f.surn >= 0.3 or (capital and not f.known and SURN_RE.search(key)):
        return "SURN", capital and (not sentence_start or f.top == "Surn")
    if f.name > 0 and (capital or key not in NOT_NAMES):
        return "NAME", False
    if capital and not f.known and f.geo < 0.5 and key not in _COMMON_CAPS:
        return "CAP", not sentence_start
    return "WORD", False


def _wrapped(text: str, toks: list[_Tok], j: int) -> bool:
    """A name broken by a line wrap: a surname and its initials ("Гаврилин\nР.Д.", "Л.Ю.\nГольдберг") or a
    surname and "Name Patronymic" ("ЛЕБЕДЕВА\nЕКАТЕРИНА ТАРАСОВНА"); the parts vouch for each other."""
    a, b = toks[j], toks[j + 1]
    if re.fullmatch(r"[ \t]*\n[ \t]*", text[a.end : b.start]) is None or "lower" in (a.casing, b.casing):
        return False
    named = a.kind in ("SURN", "CAP")
    if (
        named
        and b.kind == "INIT"
        or a.kind == "INIT"
        and len(a.text.replace(" ", "")) == 4
        and b.kind in ("SURN", "CAP")
    ):
        return True
    return named and b.kind == "NAME" and j + 2 < len(toks) and toks[j + 2].kind == "PATR"


def _long_enough(t: _Tok) -> bool:
    """A surname next to a first name has 3+ letters, or 2 capitalised ones that can be a surname ("ЛИ
    ВИКТОР", "Ли Анна"); never a capitalised preposition ("ДО ВИКТОРА")."""
    if len(t.text) >= 3:
        return True
    f = facts(t.text.lower())
    return len(t.text) == 2 and t.casing != "lower" and (f.surn >= 0.3 or not f.known)


def _tokens(text: str) -> list[_Tok]:
    out: list[_Tok] = []
    prev_end = 0
    for m in TOKEN_RE.finditer(text):
        w = m.group()
        before = text[prev_end : m.start()] if out else text[max(0, m.start() - 3) : m.start()]
        sentence_start = (
            not out
            or bool(re.search(r"[.!?:;\n•\-—–(\"«]\s*$", before))
            or (out and out[-1].kind == "INIT" and "\n" in before)
        )
        if re.fullmatch(_DOTTED_ABBR, w):
            out.append(_Tok(m.start(), m.end(), w, "WORD", False, _casing(w)))  # к.м.н., д.м.н.
        elif w.endswith(".") and len(w.replace(" ", "")) in (2, 4):
            if w[0].isupper():
                out.append(_Tok(m.start(), m.end(), w, "INIT", True, "cap"))
            elif w.replace(" ", "") not in _LOWER_ABBR:
                out.append(_Tok(m.start(), m.end(), w, "INIT", False, "lower"))
            else:
                out.append(_Tok(m.start(), m.end(), w, "WORD", False, "lower"))
        elif _issued_verb(text, m.start(), m.end()):
            # "Справка дана Ивановой А.П. в том, что...": the verb of a certificate, not the first name Дана
            out.append(_Tok(m.start(), m.end(), w, "WORD", False, _casing(w)))
        elif (
            ROLE_RE.match(w.split("-")[0])
            and (not sentence_start or _STAFF_RE.match(w.split("-")[0]))
            or ROLE_RE.match(w.split("-")[0] + ".")
        ):
            # role words ("Врач-терапевт", "пациентки") are context, never part of a name
            out.append(_Tok(m.start(), m.end(), w, "WORD", False, _casing(w)))
        else:
            kind, strong = _classify(w, sentence_start)
            out.append(_Tok(m.start(), m.end(), w, kind, strong, _casing(w)))
        prev_end = m.end()

    def glued(a: _Tok, b: _Tok) -> bool:
        gap = text[a.end : b.start]
        return bool(_GAP_OK.match(gap)) and "," not in gap

    for i, t in enumerate(out):
        # lowercase letter pairs that are also abbreviations ("в.в.", "к.р.") are initials when glued to a word
        # pymorphy3 reads first as a surname: "петросян в.в.", "к.р. преображенская"
        if t.kind == "WORD" and t.casing == "lower" and t.text.replace(" ", "") in _LOWER_ABBR:
            for k in (i - 1, i + 1):
                if (
                    0 <= k < len(out)
                    and out[k].casing == "lower"
                    and len(out[k].text) >= 4
                    and "." not in out[k].text
                    and (glued(out[k], t) if k < i else glued(t, out[k]))
                ):
                    fk = facts(out[k].text)
                    if fk.top == "Surn" or out[k].kind == "SURN" or (fk.surn >= 0.4 and not fk.known):
                        out[i] = _Tok(t.start, t.end, t.text, "INIT", False, "lower")
                        out[k] = _Tok(out[k].start, out[k].end, out[k].text, "SURN", True, "lower")
                        break
    for i, t in enumerate(out):
        # a first name that is also a word ("вера", "роман") is a name right before a patronymic: "вера борисовна"
        nxt = out[i + 1] if i + 1 < len(out) else None
        if (
            t.kind == "WORD"
            and t.text.lower() in NOT_NAMES
            and nxt is not None
            and nxt.kind == "PATR"
            and glued(t, nxt)
        ):
            out[i] = _Tok(t.start, t.end, t.text, "NAME", True, t.casing)
        # ... and between a person word and a verb: "пациент роман просит выписку", "дочь вера звонила"
        prv = out[i - 1] if i else None
        if (
            t.kind == "WORD"
            and t.text.lower() in NOT_NAMES
            and prv is not None
            and nxt is not None
            and PERSON_ROLE_RE.match(prv.text)
            and glued(prv, t)
            and glued(t, nxt)
            and _verbal(nxt.text)
        ):
            out[i] = _Tok(t.start, t.end, t.text, "NAME", True, t.casing)
    for i, t in enumerate(out):
        one_letter = len(t.text) == 1 and t.text.isupper() and t.text not in _ONE_LETTER_WORDS
        if t.kind != "WORD" or (len(t.text) < 2 and not one_letter) or "." in t.text:
            continue  # dotted abbreviations (к.м.н., К.М.Н.) never turn into names next to initials
        if _issued_verb(text, t.start, t.end):
            continue  # "Дана Л.О. Петровой в том, что": the verb stays a word next to the initials
        nxt = out[i + 1] if i + 1 < len(out) else None
        prv = out[i - 1] if i else None
        # any capitalised word glued to initials is a surname, even a dictionary word: "Мельник Е.А."
        near_init = (nxt is not None and nxt.kind == "INIT" and glued(t, nxt)) or (
            prv is not None and prv.kind == "INIT" and glued(prv, t)
        )
        # a word before "Name Patronymic" or after "Name Patronymic" is the surname: "Ли Артём Вячеславович"
        nxt2 = out[i + 2] if i + 2 < len(out) else None
        prv2 = out[i - 2] if i >= 2 else None
        near_fp = (
            nxt is not None
            and nxt2 is not None
            and nxt.kind == "NAME"
            and nxt2.kind == "PATR"
            and glued(t, nxt)
            and glued(nxt, nxt2)
        ) or (
            prv is not None
            and prv2 is not None
            and prv.kind == "PATR"
            and prv2.kind == "NAME"
            and glued(prv, t)
            and glued(prv2, prv)
            # after "Name Patronymic" only a surname-like word: "Марина Сергеевна  Возраст" is a form column
            and (facts(t.text.lower()).surn > 0 or not facts(t.text.lower()).known)
        )
        # a capitalised dictionary word right after a role word is a name: "Больной Белый", "врач Кот", "м/с: Новик"
        pw = _PREV_WORD.search(text, max(0, t.start - 30), t.start) if t.casing == "cap" else None
        role_word = pw.group(1) if pw is not None else ""
        role_ok = (
            pw is not None
            and (PERSON_ROLE_RE.match(role_word) is not None or _issued_verb(text, pw.start(1), pw.end(1)))
            and (not role_word.endswith(".") or len(role_word) <= 4)
            and (not pw.group(2) or role_word.lower() in _LABEL_ROLES)
            # an abbreviation after a number is a unit: "СОД 60 Гр. Результаты" (grays), not "гр." (citizen)
            and not (
                role_word.endswith(".")
                and re.search(r"\d[ \t\u00a0]*$", text[max(0, pw.start() - 3) : pw.start()])
            )
        )
        two_letter_surname = len(t.text) == 2 and facts(t.text.lower()).surn >= 0.3  # "врач Ли"
        if (
            t.casing == "cap"
            and (len(t.text) >= 3 or two_letter_surname)
            and t.text[1:].islower()
            and role_ok
            and not _verbal(t.text)
            and not (
                pw.group(2)  # type: ignore[union-attr]
                and re.search(r"(?:^|\n)[ \t]*$", text[max(0, pw.start() - 3) : pw.start()]) is not None
                and _utterance_word(t.text, re.match(r"[ \t]+[а-яё]", text[t.end : t.end + 3]) is not None)
            )
        ):
            out[i] = _Tok(t.start, t.end, t.text, "CAP", True, t.casing)
            continue
        # ... or one followed by an age in a list of patients ("Пал. 6: Ткач, 71 год")
        in_list = re.search(r"(?:^|\n|[:;—–-])[ \t]*$", text[max(0, t.start - 4) : t.start]) is not None
        if (
            t.casing == "cap"
            and len(t.text) >= 3
            and t.text[1:].islower()
            and AGE_AFTER.match(text, t.end)
            and in_list
            and t.text.lower() not in _PERSON_NOUNS
            and not ROLE_RE.match(t.text)
            and _person_like(t.text.lower())
        ):
            out[i] = _Tok(t.start, t.end, t.text, "CAP", True, t.casing)
            continue
        # a word glued to an unambiguous first name, in the same letter case, is its surname: "БЕЛЫЙ МАРИНА",
        # "кот майя", "Белый Агаты"
        for nb in (nxt, prv):
            if (
                nb is not None
                and nb.kind == "NAME"
                and nb.casing == t.casing
                and _long_enough(t)
                and (glued(t, nb) if nb is nxt else glued(nb, t))
                and t.text.lower() not in _COMMON_CAPS
                and not ROLE_RE.match(t.text)
                and not PERSON_ROLE_RE.match(t.text)
            ):
                fn = facts(nb.text.lower())
                # lowercase: only known surnames, or any noun-like word between a person role and a first name
                # ("пациент мельник тимофей", "пациент долгих рустам")
                after_role = (
                    nb is nxt
                    and prv is not None
                    and prv.kind == "WORD"
                    and PERSON_ROLE_RE.match(prv.text) is not None
                    and glued(prv, t)
                    and fn.top == "Name"
                )
                ok_case = t.casing != "lower" or facts(t.text).surn > 0 or after_role
                if (
                    fn.name >= 0.8
                    and fn.known
                    and nb.text.lower() not in NOT_NAMES
                    and ok_case
                    and _nounish(t.text.lower())
                ):
                    out[i] = _Tok(t.start, t.end, t.text, "SURN", True, t.casing)
                    break
        # a lowercase word pymorphy3 does not know, shaped like a surname, right after a staff or person role:
        # "дежурн врач назмиев в курсе", "м/с кильдибаева" (a nurse's note typed in lowercase)
        if (
            t.casing == "lower"
            and len(t.text) >= 5
            and prv is not None
            and prv.kind == "WORD"
            and not facts(t.text).known
            and SURN_RE.search(t.text) is not None
            and PERSON_ROLE_RE.match(prv.text) is not None
            and glued(prv, t)
            and not _verbal(t.text)
        ):
            out[i] = _Tok(t.start, t.end, t.text, "SURN", True, t.casing)
            continue
        if out[i].kind != "WORD" or (one_letter and not near_fp):
            continue  # "Ю Мария Сергеевна": a one-letter surname only before a first name and patronymic
        same_case = nxt if near_fp and nxt is not None and nxt.kind == "NAME" else prv
        # "ВК А.М." is a commission and initials; "Т.Ю.ХАН", "ХАНА.Р." (no space) is a surname
        short_caps = (
            t.casing == "upper"
            and len(t.text) <= 3
            and _abbreviation(t.text)
            and not (
                (nxt is not None and nxt.kind == "INIT" and nxt.start == t.end)
                or (prv is not None and prv.kind == "INIT" and prv.end == t.start)
            )
        )
        staff = (
            _STAFF_RE.match(t.text.split("-")[0]) is not None
        )  # "Врач-невролог А.В. Черных": context, not a name
        if (
            t.casing != "lower"
            and (near_init and not short_caps or near_fp)
            and not _verbal(t.text)
            and not staff
        ):
            out[i] = _Tok(t.start, t.end, t.text, "CAP", True, t.casing)
        elif (
            t.casing == "lower"
            and len(t.text) >= 3
            and _nounish(t.text)
            and not ROLE_RE.match(t.text)
            and (
                (
                    nxt is not None
                    and nxt.kind == "INIT"
                    and nxt.casing == "lower"
                    and len(nxt.text.replace(" ", "")) == 4
                    and glued(t, nxt)
                    and not (
                        nxt2 is not None
                        and nxt2.casing == "lower"
                        and nxt2.kind != "INIT"
                        and glued(nxt, nxt2)
                        and len(nxt2.text) >= 3
                    )
                )
                or (
                    prv is not None
                    and prv.kind == "INIT"
                    and prv.casing == "lower"
                    and len(prv.text.replace(" ", "")) == 4
                    and glued(prv, t)
                )
            )
        ):
            # lowercase double initials ("а.в.", never an abbreviation from _LOWER_ABBR) vouch for the word next
            # to them: "бондарь а.в.", "р.и. гусева"
            out[i] = _Tok(t.start, t.end, t.text, "SURN", True, t.casing)
        elif (
            t.casing == "lower"
            and near_fp
            and same_case is not None
            and same_case.casing == "lower"
            and len(t.text) > 2
            and (facts(t.text.lower()).surn > 0 or not facts(t.text.lower()).known)
        ):
            out[i] = _Tok(t.start, t.end, t.text, "SURN", True, t.casing)
    return out


_FEM_OBLIQUE = re.compile(r"(?<![\w\-.])[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын)(?:ой|ою|у)(?![\w\-])")


# a nurse's note in lowercase: "пац. кильдибаев м.р.", "пац-ка магомадова т.и.", "больной лис с.г.", "м/с назмиева
# д.р." - a lowercase word and lowercase initials right after a patient or staff word ("больной спит т.к." is not)
LOW_PERSON_INIT_RE = re.compile(
    r"(?<![\w])(?=[ПпБбМмВвСсФф])(?i:пац\.|пац-ка|пац-т|пациент\w*|больн(?:ой|ая|ого|ую|ому|ым)|м/с|медсестр\w*|врач\w*|санитар\w*|"
    r"фельдшер\w*)[:.]?[ \t]+([а-яё][а-яё]+(?:-[а-яё]+)?[ \t]+[а-яё]\.[ \t]?[а-яё]\.?)(?![а-яё])"
)
_SLASH_LATIN = re.compile(r"/[ \t]*[A-Z]")
_LOW_INITIALS = re.compile(r"[а-яё]\.[ \t]?[а-яё]\.")
_NOT_INITIALS = frozenset("т.е. т.к. т.д. т.п. т.ч. в.в. в.м. п.к. н.в. т.о. т.е т.к т.д т.п т.ч".split())
# a lowercase note signed by its author with one or two initials: "записала захарова и.", "заполнил петров а.в."
SIGNED_LOW_RE = re.compile(
    r"(?<![\w])(?i:записал[аи]?|заполнил[аи]?|составил[аи]?)[ \t]+"
    r"([а-яё]{3,}(?:-[а-яё]+)?[ \t]+[а-яё]\.(?:[ \t]?[а-яё]\.)?)(?![а-яё])"
)
# the doctor a lowercase dictation sends the patient to or names as the previous one: "контроль у цветковой через
# две недели", "ранее лечилась у марии ивановны"; only words whose first reading is a name part are taken
CARE_OF_RE = re.compile(
    r"(?<![\w])(?i:контроль|наблюдени[ея]|наблюдал(?:ся|ась)|наблюдается|лечил(?:ся|ась)|консультаци[яи]|при[её]м)"
    r"[ \t]+у[ \t]+([а-яё][а-яё\-]+(?:[ \t]+[а-яё][а-яё\-]+){0,2})"
)
# forms and MIS tables write initials without dots or glue them with a dot: "Зав. отделением Ахмедов МИ",
# "|Островская.Д.Р.|"; the word must read as a surname ("Контроль АД" stays)
SURNAME_BARE_INITIALS_RE = re.compile(
    r"(?<![\w.])([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:[ \t]+[А-ЯЁ]{2}|\.[А-ЯЁ]\.[ \t]?[А-ЯЁ]\.))(?![\w])"
)
_NOT_INITIAL_PAIRS = frozenset("АД ЧД ДН СН ОК КТ УЗ ЭХ ИБ МО РФ РТ РБ ЖК ЛС ЛФ ВК ЧМ СД ХБ ГБ ЦН".split())
# a person field of a notice or a letter: "Кто принял сообщение: Калинина", "Исп.: Цветкова ВИ"; a dental
# assistant by the first name: "асс. Любовь"
RU_PERSON_LABEL_RE = re.compile(
    r"(?<![\w])(?:(?i:кто[ \t]+принял[ \t]+сообщение|сообщение[ \t]+принял[аи]?|исп\.|исполнитель)[ \t]*:|"
    r"(?i:асс\.|ассистент))[ \t]*([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?![\w])"
)
# a child named by the parent writing: "Это Алина, мама Надежды (2020 г.р.", "папа Кирилла Жукова"
PARENT_OF_RE = re.compile(
    r"(?<![\w])(?i:мама|папа|мать|отец|бабушка|дедушка)[ \t]+([А-ЯЁ][а-яё]+(?:[ \t]+[А-ЯЁ][а-яё]+)?)"
)
# a relative named after a dash: "Контактное лицо: супруг — Рустем, +7...", "дочь – Туйаара, 8 937 ..."
RELATIVE_DASH_RE = re.compile(
    r"(?<![\w])(?=[СсДдМмЖжОоБбВвРрПп])(?i:супруг\w*|сын|дочь|муж|жена|мать|отец|брат|сестра|внук|внучка|опекун|сосед\w*|"
    r"родственни\w*|представител\w*)[ \t]*[—–-][ \t]*"
    r"([А-ЯЁ][а-яё]+(?:[ \t]+[А-ЯЁ][а-яё]+){0,2})(?=[ \t]*[,;(\n]|$)"
)
# a colleague named after a communication verb, mid-sentence: "обсуждено с Белой", "Доложено Мельник",
# "Передано Вишневскому в 14:30", "со слов Ли"; a capital there is a name even when the word is also a common
# word ("Зимой", "Белой"), unless it is a role ("с Заведующим") or a place or an organisation
COMM_RE = re.compile(
    r"(?<![\w])(?=[ОоСсДдПп])(?i:обсужден[оаы]?|согласован[оаы]?|доложен[оаы]?|передан[оаы]?|сообщен[оаы]?|"
    r"со[ \t]+слов)[ \t]+(?:(?i:со|с)[ \t]+)?([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?![\w\-])"
)
# a relative's first name before their phone: "соседка Роза моб. +7...", "племянник иван моб 8926...",
# "Звонила дочь пациента Новикова Л.Ю. — Надежда, номер +7 ..."; there, first names that are also words
# ("Роза", "Надежда", "Любовь") are names
REL_PHONE_RE = re.compile(
    r"(?=[СсПпТтДдВвМмЖжОоБб—–])(?:(?<![\w])(?i:соседк[аи]|сосед|племянни(?:к|ца)|т[её]т[яи]|дяд[яи]|сиделк[аи]|подруг[аи]|друг|внучк[аи]|внук|"
    r"доч[ьк]а?|сын|жена|муж|мать|отец|брат|сестра)|[—–])[ \t]+([А-ЯЁа-яё][а-яё]+)"
    r"(?=[ \t]*,?[ \t]*(?:(?i:моб|тел|т\.|номер|сот)|\+7|8[ \-(]?\d))"
)
# a hurried note signed with a bare surname as its last word, after a column gap or on its own line
# ("... назначена проба манту.  ковальская", "... ремиссия\nШевченко")
SIGNATURE_END_RE = re.compile(r"(?:[ \t]{2,}|\n)[ \t]*([А-ЯЁа-яё][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?)[ \t.]*\Z")
# a bilingual form gives the name again in Latin after a slash: "Пациент (Patient): Калинина Резеда Рашидовна /
# Rezeda Kalinina", "... / GARIPOV OLEG"
TRANSLIT_RE = re.compile(
    r"(?im)(?<![\w])(?=[ПпФфPpNn])(?:пациент\w*|ф\.?[ \t]?и\.?[ \t]?о\.?|patient|name)(?:[ \t]*\([^()\n]{1,12}\))?[ \t]*:[ \t]*"
    r"[А-ЯЁ][а-яёА-ЯЁ\-]+(?:[ \t]+[А-ЯЁ][а-яёА-ЯЁ\-]+){1,3}"
    r"[ \t]*/[ \t]*([A-Z][A-Za-z'\-]+(?:[ \t]+[A-Z][A-Za-z'\-]+){1,2})[ \t]*$"
)


# a name broken by OCR or a narrow column with a hyphen at the line end: "Ива-\nнова Мария", "врачом Пет-\nровым"
_HYPHEN_BREAK = hyphen_break_rx(
    "А-ЯЁ", "а-яё", r"((?:[ \t]+[А-ЯЁ]\.(?:[ \t]?[А-ЯЁ]\.)?)?)"
)  # with the initials after it: "Гиорга-\nдзе Н.Т."


def hyphen_break_names(text: str) -> Iterator[tuple[int, int]]:
    """Spans of names hyphenated across a line break: the two halves joined must parse as a surname, first name
    or patronymic (pymorphy3), so "Ле-\nчение" (лечение) stays. Why: OCRed letters and narrow PDF columns
    break long surnames, and each half alone is no name."""
    if not has_line_end_hyphen(text):
        return
    for m in _HYPHEN_BREAK.finditer(text):
        f = facts((m.group(1) + m.group(2)).lower())
        best = max(f.surn, f.name, f.patr)
        if best >= 0.5 and f.geo < best:
            yield m.start(1), m.end(3)


# a name field of a form or an export, one part per field: "ФАМИЛИЯ: АРУТЮНЯН", "Имя: Карина", "Отчество = Ивановна",
# "Фамилия пациента: Ли"; the value runs to the line end, a column gap or a separator
NAME_FIELD_RE = re.compile(
    r"(?<![\w])(?=[ФфИиОо])(?i:фамилия|имя|отчество)(?:[ _](?i:пациента|пациентки|матери|отца|представителя))?"
    r"[ \t]*[:=][ \t]*([А-ЯЁA-Z][А-ЯЁа-яёA-Za-z'’\-]*(?:[ \t][А-ЯЁа-яёA-Za-z][А-ЯЁа-яёA-Za-z'’\-]*){0,2})"
    r"(?=[ \t]*(?:$|\n|[;,|]|[ \t]{2}|\t))",
    re.MULTILINE,
)
_NO_VALUE = frozenset("не нет неизвестно неизв отсутствует аноним см указано none n/a".split())
# the header cells of a delimited export whose column holds a person's name (one part or the whole name)
_NAME_COLUMNS = frozenset(
    "фамилия имя отчество фио ф.и.о. ф.и.о пациент фио_пациента фамилия_пациента имя_пациента отчество_пациента "
    "surname last_name lastname family_name first_name firstname given_name given_names forename middle_name "
    "patient_name full_name patient".split()
)
_DELIMITERS = (";", "\t", "|", ",")
# one cell of a delimited line: a properly quoted cell ('"ADAMS, Hamish"' then a delimiter or the end) or the
# text up to the next delimiter (a stray quote stays in the cell and is stripped later)
_CELL_RX = {
    d: re.compile(r'"[^"\n]*"(?=' + re.escape(d) + r"|$)|[^" + re.escape(d) + r"\n]*") for d in _DELIMITERS
}


def _cells(line: str, delim: str) -> list[tuple[int, str]]:
    """(offset, text) of each cell of `line`; quoted cells keep their inner delimiters."""
    out: list[tuple[int, str]] = []
    pos = 0
    rx = _CELL_RX[delim]
    while True:
        m = rx.match(line, pos)
        out.append((pos, m.group() if m else ""))
        pos = m.end() if m else pos
        if pos >= len(line) or line[pos] != delim:
            return out
        pos += 1


def _header_key(cell: str) -> str:
    return re.sub(r"[ \t]+", "_", cell.strip().strip("\"'").lower())


def table_name_cells(text: str) -> Iterator[tuple[int, int]]:
    """Cells under a name column of a delimited export ("id;фамилия;имя;отчество;дата_рождения" then rows): each
    row's cell in such a column is a name, whatever the word ("Мельник", "Роман"), because the header says so.
    Rows continue while a line has as many cells as the header. Why: MIS and registry exports put the surname,
    first name and patronymic in separate cells, so no chain rule sees them together. A comma-separated header
    needs 4+ short cells and no space after its commas (a prose line "фамилию, имя, отчество" is no header);
    quoted cells keep their commas."""
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    i = 0
    while i < len(lines):
        line = lines[i]
        # a comma header is machine-written: 4+ cells and no space after a comma (prose writes ", ")
        delim = next(
            (
                d
                for d in _DELIMITERS
                if line.count(d) >= (3 if d == "," else 2) and not (d == "," and ", " in line)
            ),
            None,
        )
        head = [] if delim is None else [c for _, c in _cells(line, delim)]
        cols = [k for k, c in enumerate(head) if _header_key(c) in _NAME_COLUMNS]
        if not cols or any(
            len(c.strip()) > (25 if delim == "," else 40) or re.search(r"\d{3}", c) for c in head
        ):
            i += 1
            continue
        j = i + 1
        while j < len(lines) and lines[j].strip():
            cells = _cells(lines[j], delim)  # type: ignore[arg-type]
            if len(cells) != len(head):
                break
            for k in cols:
                off, cell = cells[k]
                value = cell.strip().strip("\"'").strip()
                if re.search(r"[А-ЯЁа-яёA-Za-z]{2}", value) and value.lower().split()[0] not in _NO_VALUE:
                    s = offsets[j] + off + cell.index(value)
                    yield s, s + len(value)
            j += 1
        i = j


# a FHIR HumanName in JSON ('"family": "Орлова", "given": ["Анна", "Петровна"]'): every string of those keys is
# a name part, whatever the word, because the key says so
_FHIR_NAME_RE = re.compile(r'"(?:family|given|middle)"[ \t]*:[ \t]*(\[[^\]\n]*\]|"[^"\n]*")')
_JSON_STRING_RE = re.compile(r'"([^"\n]+)"')
# a name spelled out letter by letter in dictation ("фамилия по буквам о р л о в а", "surname spelt o k a f o r")
SPELLED_RE = re.compile(
    r"(?i:по[ \t]+буквам|spelt|spelled|spelling)[ \t:,\-]+((?:[A-Za-zА-ЯЁа-яё][ \t]+){2,}[A-Za-zА-ЯЁа-яё])(?![\w])"
)


_CYRILLIC_CARET = re.compile(r"[А-ЯЁа-яё]\^[А-ЯЁа-яё]")


def structured_name_spans(text: str) -> Iterator[tuple[int, int]]:
    """Name parts that a machine layout marks: name columns of delimited exports, FHIR name keys and names
    spelled letter by letter after "по буквам"/"spelt". Shared by the Russian and English rules because these
    layouts carry either language (HL7 caret names: the English rules read them, the Russian recognizer calls
    the same reader for Cyrillic ones)."""
    if any(d in text for d in _DELIMITERS):
        yield from table_name_cells(text)
    if '"family"' in text or '"given"' in text:
        for m in _FHIR_NAME_RE.finditer(text):
            for v in _JSON_STRING_RE.finditer(m.group(1)):
                if re.search(r"[А-ЯЁа-яёA-Za-z]{2}", v.group(1)):
                    yield m.start(1) + v.start(1), m.start(1) + v.end(1)
    if "букв" in text or "spel" in text or "SPEL" in text or "Spel" in text:
        for m in SPELLED_RE.finditer(text):
            yield m.start(1), m.end(1)


class RussianNameRecognizer(Recognizer):
    name, types, langs, score = "ru_name_rules", ("NAME",), ("ru",), 0.9

    def find(self, text: str, lang: str) -> Iterator[Entity]:
        toks = _tokens(text)
        i, n = 0, len(toks)
        while i < n:
            j = i
            # a chain: adjacent name-like tokens (kind != WORD), same casing family, separated by spaces only
            while (
                j + 1 < n
                and toks[j + 1].kind != "WORD"
                and toks[j].kind != "WORD"
                and (
                    (
                        _GAP_OK.match(text[toks[j].end : toks[j + 1].start])
                        and "," not in text[toks[j].end : toks[j + 1].start]
                    )
                    or _wrapped(text, toks, j)
                )
                and j - i < 3
            ):
                if toks[j].kind == "INIT" and any(t.kind != "INIT" for t in toks[i:j]):
                    break  # "Белый К.А. Белый налёт": surname + initials is complete; what follows is new
                if (
                    (toks[j].casing == "lower") != (toks[j + 1].casing == "lower")
                    and "INIT" in (toks[j].kind, toks[j + 1].kind)
                    and "lower"
                    in (
                        toks[j].casing if toks[j].kind == "INIT" else "",
                        toks[j + 1].casing if toks[j + 1].kind == "INIT" else "",
                    )
                ):
                    break  # lowercase initials never join capitalised words: "м.н. И.И. Шубиной" is two chains
                j += 1
            if toks[i].kind == "WORD":
                i += 1
                continue
            chain = toks[i : j + 1]
            span = self._accept(text, toks, i, chain)
            if span is not None:
                s, e, score = span
                m = _TURKIC_PATR.match(text, e)
                if m:
                    e = m.end()  # "Гасан оглы", "Рашид кызы": the patronymic particle belongs to the name
                yield Entity(s, e, "NAME", self.name, score)
            i = j + 1
        yield from self._female_oblique(text)
        fields = any(k in text for k in ("мя", "МЯ", "амил", "АМИЛ", "тчеств", "ТЧЕСТВ"))
        for m in NAME_FIELD_RE.finditer(text) if fields else ():
            if m.group(1).split()[0].lower() not in _NO_VALUE:
                yield Entity(m.start(1), m.end(1), "NAME", self.name, 0.9)
        for s, e in structured_name_spans(text):
            yield Entity(s, e, "NAME", self.name, 0.9)
        if "^" in text and _CYRILLIC_CARET.search(text):  # Cyrillic HL7 names; the English rules read every caret
            from medmoe.deid.names_en import caret_name_spans  # names_en imports this module

            for s, e in caret_name_spans(text):
                yield Entity(s, e, "NAME", self.name, 0.9)
        for s, e in hyphen_break_names(text):
            yield Entity(s, e, "NAME", self.name, 0.96)  # beats the chain rules' halves ("Ива", "Н.Т. СНИЛС")
        # cheap gates: lowercase initials, a dash, a slash
        for m in LOW_PERSON_INIT_RE.finditer(text) if _LOW_INITIALS.search(text) else ():
            word, init = m.group(1).split(None, 1)
            if init.replace(" ", "") not in _NOT_INITIALS and not _verbal(word):
                yield Entity(m.start(1), m.end(1), "NAME", self.name, 0.8)
        for m in (
            COMM_RE.finditer(text)
            if (
                "бсужд" in text
                or "оглас" in text
                or "олож" in text
                or "еред" in text
                or "ообщ" in text
                or "слов" in text
            )
            else ()
        ):
            w = m.group(1)
            if ROLE_RE.match(w) or _STAFF_RE.match(w) or w.lower() in _PERSON_NOUNS:
                continue
            grams = set().union(*(p.tag.grammemes for p in parse(w)[:3]))
            if (
                not grams & {"Orgn", "Geox", "Abbr"} and facts(w.lower()).geo < 0.5
            ):  # "с Минздравом", "с Москвой"
                yield Entity(m.start(1), m.end(1), "NAME", self.name, 0.8)
        for m in (
            SIGNED_LOW_RE.finditer(text) if "аписал" in text or "аполнил" in text or "оставил" in text else ()
        ):
            if not _verbal(m.group(1).split()[0]):
                yield Entity(m.start(1), m.end(1), "NAME", self.name, 0.8)
        for m in SURNAME_BARE_INITIALS_RE.finditer(text):
            word, tail = re.match(r"([А-ЯЁа-яё\-]+)(.*)", m.group(1)).groups()  # type: ignore[union-attr]
            f = facts(word.lower())
            if tail.strip(" \t.").replace(".", "") in _NOT_INITIAL_PAIRS or _STAFF_RE.match(word):
                continue
            if f.top == "Surn" or f.surn >= 0.5 or (not f.known and SURN_RE.search(word.lower())):
                yield Entity(m.start(1), m.end(1), "NAME", self.name, 0.85)
        for m in RU_PERSON_LABEL_RE.finditer(text) if ":" in text or "асс" in text else ():
            if not _STAFF_RE.match(m.group(1)) and facts(m.group(1).lower()).geo < 0.5:
                # 0.9: "принял" is also a drug verb ("принял Кеторол") and the label outweighs that check
                yield Entity(m.start(1), m.end(1), "NAME", self.name, 0.9)
        for m in CARE_OF_RE.finditer(text) if " у " in text else ():
            words = re.findall(r"[а-яё\-]+", m.group(1))
            n = 0
            while (
                n < len(words)
                and (facts(words[n]).top in ("Name", "Surn", "Patr") or facts(words[n]).surn >= 0.5)
                and not _STAFF_RE.match(words[n])
            ):
                n += 1
            if n:
                end = (
                    m.start(1)
                    + m.group(1).index(words[n - 1], len(" ".join(words[: n - 1])))
                    + len(words[n - 1])
                )
                yield Entity(m.start(1), end, "NAME", self.name, 0.8)
        for m in PARENT_OF_RE.finditer(text):
            f = facts(m.group(1).split()[0].lower())
            if f.name + f.surn >= 0.5 and not ROLE_RE.match(m.group(1)) and f.geo < 0.5:
                yield Entity(m.start(1), m.end(1), "NAME", self.name, 0.9)  # a birth year may follow: no dose
        m = SIGNATURE_END_RE.search(text[-60:])
        if m is not None and facts(m.group(1).lower()).surn >= 0.2:  # a surname reading, not "ремиссия"
            off = max(0, len(text) - 60)
            yield Entity(off + m.start(1), off + m.end(1), "NAME", self.name, 0.8)
        for m in REL_PHONE_RE.finditer(text):
            w = m.group(1)
            f = facts(w.lower())
            # a capitalised first name, or a lowercase one whose first reading is a first name ("иван")
            if (w[0].isupper() and f.name > 0) or (f.top == "Name" and f.name >= 0.5 and w not in NOT_NAMES):
                yield Entity(m.start(1), m.end(1), "NAME", self.name, 0.8)
        rxs = ([RELATIVE_DASH_RE] if ("—" in text or "–" in text or " - " in text) else []) + (
            [TRANSLIT_RE] if _SLASH_LATIN.search(text) else []
        )
        for rx in rxs:
            for m in rx.finditer(text):
                # 0.9: the kinship frame outweighs the drug check ("родственника — Ляпунова Вера (доверенность)")
                yield Entity(m.start(1), m.end(1), "NAME", self.name, 0.9)

    def _female_oblique(self, text: str) -> Iterator[Entity]:
        """A capitalised female surname in an oblique case inside a sentence ("принимаете Ермолаевой на
        плановую?", "жалобу на Юсуповой"): pymorphy3 knows it as a surname first, and eponyms are not written
        in the feminine, so no person word is needed. Not at a sentence start, where any word is capitalised."""
        for m in _FEM_OBLIQUE.finditer(text):
            before = text[max(0, m.start() - 3) : m.start()].rstrip(" \t")
            if not before or before[-1] in '.!?\n:»"' or before.endswith("\n"):
                continue
            f = facts(m.group().lower())
            if f.known and f.top == "Surn" and f.surn >= 0.9 and f.geo == 0:
                yield Entity(m.start(), m.end(), "NAME", self.name, 0.75)

    def _accept(
        self, text: str, toks: list[_Tok], i: int, chain: list[_Tok]
    ) -> tuple[int, int, float] | None:
        kinds = [t.kind for t in chain]
        words = [t for t in chain if t.kind != "INIT"]
        if not words:
            return None
        lower = all(t.casing == "lower" for t in words)
        s, e = chain[0].start, chain[-1].end
        n_init = kinds.count("INIT")
        role = self._role_before(text, toks, i)
        lower_init = any(t.kind == "INIT" and t.casing == "lower" for t in chain)
        if lower_init and not all(t.casing == "lower" for t in chain):
            return None
        if lower_init and not any(
            t.kind == "SURN" or (t.kind == "NAME" and facts(t.text.lower()).surn > 0) for t in words
        ):
            return None
        if n_init and any(k in ("SURN", "CAP", "NAME") for k in kinds) and (not lower or lower_init):
            # surname (or first name) with initials, in either order: "Иванов И.И.", "к Е.П. Кудрявцеву"
            return s, e, 0.95
        if "PATR" in kinds and len(words) >= 2:
            return s, e, 0.95
        if n_init and kinds.count("PATR") == 1 and len(words) == 1 and not lower:
            return s, e, 0.9  # "К.М. Рабинович", "Г.Т.Абрамович": initials never precede a patronymic
        if (
            len(words) == 1
            and not lower
            and words[0].kind in ("SURN", "NAME", "CAP")
            and AGE_AFTER.match(text, e)
            and words[0].text.lower() not in NOT_NAMES | _PERSON_NOUNS
        ):
            return s, e, 0.8  # "Пал. 7: Гелашвили, 50 лет"
        if (
            lower
            and len(words) == 2
            and {"NAME", "SURN"} <= set(kinds)
            and any(
                t.kind == "NAME"
                and facts(t.text).name >= 0.8
                and facts(t.text).known
                and t.text not in NOT_NAMES
                for t in words
            )
            and any(t.kind == "SURN" and facts(t.text).surn >= 0.3 and facts(t.text).known for t in words)
        ):
            return (
                s,
                e,
                0.75,
            )  # "у нестеренко ефрема", "кот анжелы": lowercase surname + unambiguous first name
        if "NAME" in kinds and ("SURN" in kinds or "CAP" in kinds) and not lower and len(words) >= 2:
            if any(t.strong for t in words) or role:
                return s, e, 0.85
        if "PATR" in kinds and len(words) == 1 and "NAME" not in kinds and not lower and role:
            return s, e, 0.7
        if role and (
            not lower
            or any(
                (t.kind in ("SURN", "NAME", "PATR") and facts(t.text.lower()).top in ("Name", "Surn", "Patr"))
                or (t.kind in ("NAME", "SURN") and t.strong)
                for t in words
            )
        ):
            return (
                s,
                e,
                0.85,
            )  # lowercase after a role only when a name is the first reading ("даны" is a verb)
        if len(words) == 1 and not lower:
            t = words[0]
            if t.kind in ("NAME", "SURN") and t.strong and t.casing == "cap":
                f = facts(t.text.lower())
                if (t.kind == "NAME" and f.name >= 0.8) or (t.kind == "SURN" and f.top == "Surn"):
                    return s, e, 0.6
            if (
                t.kind == "NAME"
                and t.casing == "cap"
                and t.text.lower() not in NOT_NAMES
                and len(t.text) >= 4
                and not text.startswith(".", e)
            ):
                f = facts(t.text.lower())
                if f.known and f.name >= 0.95 and f.top == "Name":
                    return s, e, 0.6  # a lone first name opening a sentence: "Саша болеет 3 дня"
        return None

    @staticmethod
    def _role_before(text: str, toks: list[_Tok], i: int) -> bool:
        if i == 0:
            return False
        before = text[max(0, toks[i].start - 40) : toks[i].start].rstrip()
        if before.endswith(("(", "«", '"')):
            before = before[:-1].rstrip()
        words = re.findall(r"[\w/.\-]+[:.,]?", before)
        if not words:
            return False
        last = words[-1]
        if ROLE_RE.match(last) or PERSON_ROLE_RE.match(last):
            return True
        if last.lower() in _ISSUED and _CERT_CONTEXT.search(
            text, max(0, toks[i].start - 90), toks[i].end + 160
        ):
            return True  # "Справка дана Ли Любови": the certificate's verb introduces the person
        two = " ".join(words[-2:])
        return bool(re.match(r"(?i:со\s+слов|зав\.\s*отд\.)", two)) or (
            len(words) >= 2 and bool(ROLE_RE.match(words[-2])) and last.lower() in ("по", "к", "-", "—")
        )
