"""Merge the recognizers' candidates into one non-overlapping set, after removing eponyms.

Why score-then-length greedy: validated identifiers (checksum, context) must beat a name rule that happens to
cover the same digits, and among equally trusted spans the longer one covers more of the personal data
(an address swallowing its street name, a full name swallowing a lone surname).
"""

from __future__ import annotations

import bisect
import re

from medmoe.deid.date_recognizers import is_clock_span
from medmoe.deid.entities import Entity
from medmoe.deid.eponyms import (
    EN_TRIGGERS_AFTER,
    RU_TERM_SUFFIX,
    RU_TRIGGER_AFTER,
    RU_TRIGGERS,
    is_eponym_word,
)
from medmoe.deid.morph import PATR_RE, facts

_WORD = re.compile(r"[A-Za-zА-ЯЁа-яё'’]+(?:-[A-Za-zА-ЯЁа-яё'’]+)*")
# capital initials, or lowercase double initials of a lowercased note ("мельник е.а."; the recognizer has
# already told them from abbreviations such as "т.е.")
_INITIAL = re.compile(r"(?<![\w])(?:[A-ZА-ЯЁ]\.|[a-zа-яё]\.\s?[a-zа-яё]\.(?![a-zа-яё]))")
# a title, a patient word or a relative right before: a person, even if the word is an eponym ("брат Лёша")
_TITLE_BEFORE = re.compile(
    r"(?<![\w])(?:Dr|Mr|Mrs|Ms|Miss|Prof|врач\w*|доктор\w*|пациент\w*|больн\w+|брат\w*|сестр[аыеуой]|"
    r"сын\w*|доч[ьи]|дочер\w+|мать|матер\w+|мам[аыеу]|отец|отц\w+|пап[аыеу]|муж\w*|жен[аыеу]|внук\w*|"
    r"внучк\w*|м/с|медсестр\w*|son|daughter|wife|husband|mother|father|brother|sister)[.:,]?\s*$",
    re.IGNORECASE,
)
_PO_BEFORE = re.compile(
    r"(?:^|[\s(\[])(?:по|по\s+методу|по\s+методике|с\s+окраской\s+по|according\s+to)\s*$", re.IGNORECASE
)
# the second half of a double eponym ("по Волковичу–Дьяконову", "Штанге и Генчи", "Wolff-Parkinson-White"):
# the capitalised word joined to it by a dash or "и"/"and" decides
_JOINED_BEFORE = re.compile(r"([A-ZА-ЯЁ][a-zа-яё'’]+)(?:\s*[-–—]\s*|\s+(?:и|and)\s+)$")


# the end of a sentence: a full word, then a stop and a space ("болезнь Бехтерева.  Ковальский"); an abbreviation
# of one or two letters ("т. е.", "см.") does not end one
_SENTENCE_END = re.compile(r"(?<=[^\W\d_]{3})[.!?…]+\s")


def _words_before(text: str, start: int, n: int = 3, sentence: bool = False) -> list[str]:
    """The last words before `start`; with `sentence`, only those of its own sentence: a trigger word that
    ends the previous sentence ("проба манту.  ковальская пришла") does not make the next sentence's first name
    an eponym."""
    window = text[max(0, start - 60) : start]
    ends = list(_SENTENCE_END.finditer(window)) if sentence else []
    if ends:
        window = window[ends[-1].end() :]
    return [w.lower() for w in _WORD.findall(window)][-n:]


_RELATIVE_BEFORE = re.compile(
    r"(?<![\w])(?i:супруг\w*|сын|сына|дочь|дочери|муж|мужа|жена|жены|мать|матери|отец|отца|брат\w*|сестр[аыеуой]|"
    r"внук\w*|внучк\w*)[ \t]*[—–:-]?[ \t]*$"
)


def is_eponym_span(text: str, ent: Entity, _depth: int = 0) -> bool:
    """A NAME candidate that is medicine: after a trigger word, before "disease"/"syndrome", or all-eponym."""
    span = text[ent.start : ent.end]
    if re.search(r"(?<![\w])(?:им\.|имени)\s*$", text[max(0, ent.start - 10) : ent.start]):
        return True  # "МГУ им. М.В. Ломоносова", "ОКБ им. В.Д. Середавина": the name of an institution
    if _INITIAL.search(span) or (not _depth and any(PATR_RE.search(w.lower()) for w in _WORD.findall(span))):
        return False  # "Боткин С.П.", "Иван Петрович Павлов": a person, whatever the surname
    words = _WORD.findall(span)
    if not words:
        return False
    before = text[max(0, ent.start - 60) : ent.start]
    if _TITLE_BEFORE.search(before) or _RELATIVE_BEFORE.search(before[-20:]):
        return False  # a relative is a person: "Контактное лицо: супруг — Рустем" ("лицо" is not the trigger)
    first = words[0].lower()
    if len(words) > 1 and re.match(r"[а-яё]", first) and facts(first).lemma in RU_TRIGGERS:
        return True  # natasha's "Узелки Гебердена": the trigger is inside the span
    # a trigger word counts only in the name's own sentence; a disease word right before a single word may end
    # the previous one, as in a list of findings ("Смешанная форма мастопатии. Дуктэктазия с двух сторон")
    prev = _words_before(text, ent.start, sentence=True)
    if prev and any((facts(w).lemma if re.match(r"[а-яё]", w) else w) in RU_TRIGGERS for w in prev[-2:]):
        return True
    prev = _words_before(text, ent.start, n=1)
    if prev and len(words) == 1:
        last = facts(prev[0]).lemma if re.match(r"[а-яё]", prev[0]) else prev[0]
        if RU_TERM_SUFFIX.search(last):
            return True
    joined = _JOINED_BEFORE.search(before) if len(words) == 1 else None
    if joined is not None and _depth < 2:
        first_half = Entity(
            ent.start - len(before) + joined.start(1),
            ent.start - len(before) + joined.end(1),
            ent.type,
            ent.detector,
            ent.score,
        )
        if is_eponym_span(text, first_half, _depth + 1):
            return True
    after = text[ent.end : ent.end + 40]
    if EN_TRIGGERS_AFTER.match(after) or RU_TRIGGER_AFTER.match(after):
        return True
    if re.match(r"^\s*-\s*[A-ZА-ЯЁ]", after) and is_eponym_word(words[-1]):
        return True  # first half of a double eponym: "Щеткина-Блюмберга" split by a tokenizer
    all_eponyms = all(
        is_eponym_word(w, facts(w.lower()).lemma if re.match(r"[А-ЯЁа-яё]", w) else "") for w in words
    )
    if all_eponyms:
        return True
    # "По Попову:" opening a line is who said what in a reply or a handover, not a method ("по Нечипоренко" is a
    # listed eponym and returned above)
    line = text[text.rfind("\n", 0, ent.start) + 1 : ent.start]
    if re.fullmatch(r"[ \t>]*[Пп]о\s+", line) and text[ent.end : ent.end + 1] == ":":
        return False
    return bool(_PO_BEFORE.search(before)) and len(words) == 1


_DRUG_BEFORE = re.compile(
    r"(?:принима\w*|приним\w*|принял\w*|получа\w*|получил\w*|курс\w*|лечени\w*|терапи\w*|применени\w*|"
    r"применя\w*|назнач\w*|на\s+фоне|купиру\w*|использ\w*|препарат\w*|отмен\w*|таблет\w*|капл\w*|мазь\w*|"
    r"крем\w*|инъекци\w*|обработк\w*|санаци\w*|пь[её]т|пил[аи]?|колет|вводи\w*|обезболива\w*|анальгези\w*|"
    r"rx|takes|taking|started|prescribed|medications?|meds|analgesia)\b[^.!?\n]{0,50}$",
    re.IGNORECASE,
)
# a dose after the word: "Нурофен 200 мг", "Актовегин 10,0 в/в" (Russian millilitres written "10,0"), "№ 10"
_DOSE_AFTER = re.compile(
    r"^\s*(?:по\s+\d|№\s*\d|\(?\d+(?:[.,]\d+)?\s*(?:мг|мкг|г|мл|ед|ме|mg|mcg|ml|таб|капс|%)"
    r"|\d+(?:/\d+)+\s*(?:мг|мкг|mg)|\d+,\d\b|\d+(?:[.,]\d+)?\s*(?:в/в|в/м|п/к|внутрь|per\s+os|р/д|раз))",
    re.IGNORECASE,
)
_PERSON_BEFORE = re.compile(
    r"(?:врач\w*|доктор\w*|у\s+|к\s+|dr\.?|сестр\w*|консульт\w*|м/с:?|назначил[аи]?:|"
    r"выполнил[аи]?:?|сдал[аи]?:|принял[аи]?:)\s*$",
    re.IGNORECASE,
)


def is_drug_span(text: str, ent: Entity) -> bool:
    """A capitalised brand name in a medication context ("принимает Нурофен", "Нейробион по 3,0"), not a
    person: no initials or patronymic, and no person word right before it."""
    span = text[ent.start : ent.end]
    words = _WORD.findall(span)
    if len(words) > 2 or _INITIAL.search(span) or any(PATR_RE.search(w.lower()) for w in words):
        return False
    before = text[max(0, ent.start - 60) : ent.start]
    if _PERSON_BEFORE.search(before):
        return False
    if len(words) == 1 and re.fullmatch(r"[А-ЯЁ][а-яё]+", words[0]):
        f = facts(words[0].lower())
        if f.known and f.top == "Surn" and f.gender == "femn":
            return False  # "принимаете Ермолаевой на плановую": a woman's surname, never a brand
    return bool(_DRUG_BEFORE.search(before) or _DOSE_AFTER.match(text[ent.end : ent.end + 20]))


class _Intervals:
    """Non-overlapping [start, end) intervals with O(log n) overlap queries (notes can be long)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, s: int, e: int) -> bool:
        k = bisect.bisect_right(self.starts, s)
        if k > 0 and self.ends[k - 1] > s:
            return True
        return k < len(self.starts) and self.starts[k] < e

    def add(self, s: int, e: int) -> None:
        k = bisect.bisect_right(self.starts, s)
        self.starts.insert(k, s)
        self.ends.insert(k, e)


# what makes a quoted word a value rather than a title: a JSON key or list item before it (`"family": "Price"`,
# `"given": ["Aisha", "Rose"]`) or a naming verb (`prefers to be called "Derry"`, `зовут «Лёля»`)
_QUOTED_VALUE_BEFORE = re.compile(
    r'(?:"\s*:\s*\[?\s*|"\s*,\s*|(?<!\w)(?:called|known\s+as|зовут|зовите)\s+)["«“]$', re.IGNORECASE
)


def is_quoted_title(text: str, ent: Entity) -> bool:
    """A single word standing alone in quotes is a product or system name ("МИС «Ариадна»"), not a person,
    unless the quotes hold a value (a JSON field, a name someone is called by)."""
    return (
        " " not in text[ent.start : ent.end]
        and text[ent.start - 1 : ent.start] in ("«", '"', "“")
        and text[ent.end : ent.end + 1] in ("»", '"', "”")
        and _QUOTED_VALUE_BEFORE.search(text[max(0, ent.start - 20) : ent.start]) is None
    )


# the registration numbers of an organisation are not personal data: "ИНН организации 7755996340", "КПП 770101001",
# "ОКПО 01234567" (an OGRN stays an identifier: other corpora mark it)
_ORG_NUMBER_BEFORE = re.compile(
    r"(?:(?:ИНН|INN)[ \t]+(?:организаци\w*|учреждени\w*|юридическ\w+[ \t]+лиц\w*|ЛПУ|клиники|больницы)|"
    r"КПП|ОКПО|ОКВЭД|ОКТМО|БИК)[ \t]*[:№]?[ \t]*$"
)


def is_org_number(text: str, ent: Entity) -> bool:
    return (
        ent.type in ("ID", "PHONE")
        and _ORG_NUMBER_BEFORE.search(text[max(0, ent.start - 40) : ent.start]) is not None
    )


# the nouns after which a bare "#" introduces a person's number ("Acct #", "Claim #", "MRN #", "Badge #")
_ID_NOUNS = (
    r"mrn|id|no|nr|number|num|record|chart|acct|account|case|claim|policy|member|order|requisition|specimen|"
    r"accession|visit|encounter|patient|pt|ticket|booking|reference|ref|file|folio|badge|employee|certificate|"
    r"licen[cs]e|rx|prescription|invoice|receipt|confirmation|auth|authorization|sample|study|report|subscriber|"
    r"group|card|control|lab|acc|accn|enc|csn|fin|har|mr|hosp|kit|tube|barcode|ssn?|карт\w*|полис\w*|номер"
)
# Numbers with an identifier's shape that name no person, by what stands right before them: an organisation's
# registration or billing number ("ОГРН 1027700132195", "ODS code C34758", "Payer ID 60054", "Tax ID (EIN):
# 12-3456789", "CVS Pharmacy #4711"), the sender's register number of a letter ("Исх. № 12/04"), an interpreter
# service's line ("Interpreter line ID 40127"), a product lot ("lot FK3068", "партия 12-21"), a number after "#"
# that follows a name or a comma and no identifier noun ("Sgt. Lee #4471" a badge, "2 PO BID, #180" a quantity).
_NOT_PERSON_NUMBER_BEFORE = re.compile(
    r"(?:(?<![\w])(?:ОГРНИП|ОГРН|ОКАТО|ОКОГУ|ODS(?:[ \t]+(?i:code))?|(?i:payer|payor)[ \t]+ID|"
    r"(?i:(?:GP[ \t]+)?(?:practice|surgery|organi[sz]ation|site)[ \t]+code)|"
    r"(?i:(?:federal[ \t]+)?tax[ \t]+ID)(?:[ \t]*\([^()\n]{1,12}\))?|EIN|"
    r"(?i:pharmacy|store|branch|аптек\w*)[ \t]*#|(?i:исх|вх)(?:одящ\w*)?\.?[ \t]*№?|"
    r"(?i:lot|batch|лот|партия)(?:[ \t]*(?:№|#|(?i:no)\.?))?|"
    # a device's serial number ("camera serial CN1234567", "(серийный № 2019AB0345)", "S/N 88213")
    r"(?i:serial(?:[ \t]+(?:no\.?|number))?|серийн\w*(?:[ \t]+номер)?|зав\.|заводск\w*(?:[ \t]+номер)?)"
    r"(?:[ \t]*(?:№|#))?|S/N|"
    r"(?i:(?:phone|telephone|interpreter|interpreting|language|translation)[ \t]+line[ \t]+(?:ID|no\.?|number|#)))"
    # (an acronym in capitals is an identifier system's name, "CPSO #", "OHIP #"; so is a word whose last part is an
    # identifier noun, "C-file #", and a licence, "Lic. #")
    r"|(?:(?<![\w#])(?!(?i:" + _ID_NOUNS + r")(?![\w])|[A-Z]{2,6}[ \t]*#|[\w'’.]*[\-/](?i:" + _ID_NOUNS + r")[ \t]*#"
    r"|(?i:lic)\.[ \t]*#)[A-Za-zА-ЯЁа-яё][\w'’.\-]*|,)[ \t]*#)"
    r"[ \t]*[:#№]?[ \t]*$"
)
# a vaccine's series ("БЦЖ-М (серия 340, лот ...)"): "серия" on a line about a vaccination, not a document's; and
# the series of a prescription form ("рецепт серия 56 № 104233"): the code of the region and the issuing
# organisation, printed on every form it issues (the number after "№" is the patient's prescription and stays)
_SERIES_BEFORE = re.compile(r"(?i:серия)(?:[ \t]*\(лот\))?[ \t]*[:№]?[ \t]*$")
# (or about a medical device, whose series is a product's too: "диализатор FX80, серия 2104477")
_VACCINE_LINE = re.compile(
    r"(?i:вакцин|привив|иммуниз|БЦЖ|анатоксин|vaccin|immuni[sz]|диализатор|dialy[sz]er|катетер|catheter|стент|stent|"
    r"имплант|implant|эндопротез)"
)
_PRESCRIPTION_SERIES_BEFORE = re.compile(r"(?i:рецепт\w*|бланк\w*)[ \t]*[:,]?[ \t]*серия[ \t]*[:№]?[ \t]*$")
# a file name ("IM0003.dcm"), not a record number
_FILE_EXT_AFTER = re.compile(r"\.(?i:dcm|pdf|jpe?g|png|tiff?|txt|xml|hl7|csv|docx?|zip)(?![\w])")
# a number right after a phone label is the phone ("тел. дежурной части 88439597692"), even when its digits pass
# a SNILS or INN check by chance
_PHONE_LABEL_BEFORE = re.compile(
    r"(?<![\w])(?i:тел\.?|телефон\w*|моб\.?|факс|phone|tel\.?|mobile|cell|fax|call[ \t\-]?back|ring[ \t]+back)"
    r"(?:[ \t]+[^\W\d_]{2,}){0,2}[ \t]*[:.]?[ \t]*$"
)
# a 10-digit ИНН next to an organisation's other registration numbers, or in brackets after its name, is the
# organisation's (a person's ИНН has 12 digits): "ООО «Клиника» (ИНН 7701234567, ОГРН ...)", "(ОГРН ..., ИНН
# 7701234567)"; a bare "ИНН 7755996340" stays an ID, as corpus D marks it
_INN_LABEL_BEFORE = re.compile(r"(?<![\w])ИНН[ \t]*[:№]?[ \t]*$")
_INN_IN_BRACKETS_BEFORE = re.compile(r"\([ \t]*ИНН[ \t]*[:№]?[ \t]*$")
_ORG_REGISTRATION_AFTER = re.compile(r"[ \t]*[,;/][ \t]*(?:ОГРНИП|ОГРН|КПП|ОКПО)(?![\w])")
_ORG_REGISTRATION_BEFORE = re.compile(
    r"(?<![\w])(?:ОГРНИП|ОГРН|КПП|ОКПО)[ \t]*[:№]?[ \t]*\d{8,15}[ \t]*[,;/][ \t]*ИНН"
)
# NHS 111, NHS 24: telephone services, not an NHS number (which has 10 digits)
_SERVICE_NUMBER = re.compile(r"NHS[ \t]+$")


def is_not_person_number(text: str, ent: Entity, lot_spans: list[tuple[int, int]]) -> bool:
    """True for an ID candidate that the words around it show to be no person's: see the patterns above, a
    lot column of a vaccination table, and the message header of an HL7 message (MSH carries the sending
    system's ids and a message control id, never the patient's)."""
    if ent.type != "ID":
        return False
    line_start = max(text.rfind("\n", 0, ent.start), text.rfind("\r", 0, ent.start)) + 1  # HL7 ends with \r
    before = text[max(line_start, ent.start - 40) : ent.start]
    if _NOT_PERSON_NUMBER_BEFORE.search(before) or text.startswith("MSH|", line_start):
        return True
    if _SERIES_BEFORE.search(before) and (
        _VACCINE_LINE.search(text, line_start, ent.start) or _PRESCRIPTION_SERIES_BEFORE.search(before)
    ):
        return True
    if _FILE_EXT_AFTER.match(text, ent.end) or _PHONE_LABEL_BEFORE.search(before):
        return True
    if (
        _INN_LABEL_BEFORE.search(before)
        and sum(c.isdigit() for c in text[ent.start : ent.end]) == 10
        and (
            _INN_IN_BRACKETS_BEFORE.search(before)
            or _ORG_REGISTRATION_AFTER.match(text, ent.end)
            or _ORG_REGISTRATION_BEFORE.search(before)
        )
    ):
        return True
    if ent.end - ent.start <= 3 and _SERVICE_NUMBER.search(before):
        return True
    return any(s <= ent.start and ent.end <= e for s, e in lot_spans)


_LOT_WORD = re.compile(r"(?i:(?<![\w])(?:lot|batch|серия|лот|партия)(?![\w]))")
_CELL_GAP = re.compile(r"[ \t]*\|[ \t]*|[ \t]{2,}")


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of one table row text[start:end], split on "|" or on runs of 2+ spaces (a printed table)."""
    spans, pos = [], start
    sep = _CELL_GAP if "|" not in text[start:end] else re.compile(r"[ \t]*\|[ \t]*")
    for m in sep.finditer(text, start, end):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if end > pos:
        spans.append((pos, end))
    return spans


def lot_spans(text: str) -> list[tuple[int, int]]:
    """The cells under a "Lot"/"Batch"/"Серия" column of a table (vaccination certificates, dispensing logs):
    a product's lot is not a person's identifier. Rows are read until a blank line; a row is matched to the
    header by the cell index when it has as many cells, else by the column's position (printed tables drift)."""
    out: list[tuple[int, int]] = []
    for w in _LOT_WORD.finditer(text):
        h0 = text.rfind("\n", 0, w.start()) + 1
        h1 = text.find("\n", w.end())
        h1 = len(text) if h1 < 0 else h1
        head = _cells(text, h0, h1)
        col = [i for i, (s, e) in enumerate(head) if s <= w.start() < e]
        if len(head) < 3 or not col:
            continue
        i = col[0]
        c0 = head[i][0] - h0
        c1 = head[i + 1][0] - h0 if i + 1 < len(head) else 10**6
        r0 = h1 + 1
        while r0 < len(text):
            r1 = text.find("\n", r0)
            r1 = len(text) if r1 < 0 else r1
            row = _cells(text, r0, r1)
            if len(row) < 3:
                break
            if len(row) == len(head):
                out.append(row[i])
            else:
                out.extend((s, e) for s, e in row if c0 - 4 <= s - r0 < c1)
            r0 = r1 + 1
    return out


def resolve(text: str, candidates: list[Entity]) -> list[Entity]:
    """Drop eponyms, drug names and numbers that are no person's (organisations', lots), then keep a
    non-overlapping set: highest score first, then longest."""
    lots = lot_spans(text) if _LOT_WORD.search(text) else []
    kept_candidates = [
        c
        for c in candidates
        if (
            c.type != "NAME"
            and not is_org_number(text, c)
            and not is_not_person_number(text, c, lots)
            and not (c.type == "DATE" and is_clock_span(text, c.start, c.end))
        )
        or c.type == "NAME"
        and not (
            is_eponym_span(text, c)
            or is_quoted_title(text, c)
            or text[c.start - 1 : c.start] == "°"  # "t 38,1 °С. Со слов": degrees Celsius, not an initial
            or (
                c.detector in ("natasha", "ru_name_rules", "en_name_rules")
                and c.score < 0.9
                and is_drug_span(text, c)
            )
        )
    ]
    # a span strictly inside a trusted longer one is part of it ("8 Марта" inside "ул. 8 Марта, д. 5")
    containers = sorted((c for c in kept_candidates if c.score >= 0.8), key=lambda c: (c.start, -c.end))
    c_starts = [c.start for c in containers]
    best_end: list[int] = []  # prefix maximum of ends, with the earliest start reaching it
    best_start: list[int] = []
    for c in containers:
        if not best_end or c.end > best_end[-1]:
            best_end.append(c.end)
            best_start.append(c.start)
        else:
            best_end.append(best_end[-1])
            best_start.append(best_start[-1])

    def contained(c: Entity) -> bool:
        k = bisect.bisect_right(c_starts, c.start) - 1
        if k < 0:
            return False
        return best_end[k] > c.end or (best_end[k] == c.end and best_start[k] < c.start)

    kept_candidates = [c for c in kept_candidates if not contained(c)]
    order = sorted(kept_candidates, key=lambda c: (-round(c.score, 2), -(c.end - c.start), c.start))
    taken: list[Entity] = []
    occupied = _Intervals()
    for c in order:
        if occupied.overlaps(c.start, c.end):
            continue
        taken.append(c)
        occupied.add(c.start, c.end)
    return sorted(taken, key=lambda c: c.start)


_TOKEN = re.compile(r"[A-Za-zА-ЯЁа-яё]+(?:['’\-][A-Za-zА-ЯЁа-яё]+)*")


def _english_word_before_noun(text: str, m: re.Match[str]) -> bool:
    """True for an English surname that is also a word ("Brown", "Young") followed by a lowercase word that is
    no verb or function word ("Brown sputum", "Young adult"): an adjective opening a sentence, not the person
    found elsewhere in the note (a subject is followed by "is", "reports", "was", ...)."""
    from medmoe.deid.names_en import COMMON_LOW, _lex_kind, name_lexicon

    nxt = re.match(r"[ \t]+([a-z]+)\b", text[m.end() : m.end() + 40])
    return nxt is not None and nxt.group(1) not in COMMON_LOW and _lex_kind(m.group(), name_lexicon())[2]


def propagate_names(text: str, entities: list[Entity]) -> list[Entity]:
    """Find the other mentions of a name already found in this document ("Ximena Honeycutt" in the header,
    "Ximena is a 45-year-old..." below; "Белый К.А." and later "больной Белый"). Only capitalised
    mentions are taken, Russian ones by lemma so that other grammatical cases match."""
    names = [e for e in entities if e.type == "NAME"]
    if not names:
        return entities
    keys: set[str] = set()
    for e in names:
        for w in _TOKEN.findall(text[e.start : e.end]):
            if len(w) >= 3 and not is_eponym_word(w):
                low = w.lower()
                keys.add(low)
                if re.match(r"[а-яё]", low):
                    keys.add(facts(low).lemma)
    occupied = _Intervals()
    for e in entities:
        occupied.add(e.start, e.end)
    extra: list[Entity] = []
    for m in _TOKEN.finditer(text):
        w = m.group()
        low = w.lower()
        if len(w) < 3:
            continue
        if not w[0].isupper():
            # any case: "JOHN SMITHFIELD" in the header, "john smithfield" below; Latin names unless a common
            # word ("will", "mark"), Russian ones only where pymorphy3 reads the word as a name
            if low not in keys:
                continue
            if re.match(r"[a-z]", low):
                from medmoe.deid.names_en import COMMON_LOW, EN_COMMON_NAMES

                if low in COMMON_LOW or low in EN_COMMON_NAMES:
                    continue
                # a lone lowercase Latin word is too often a word ("brown sputum", "black stools" after Dr. Brown):
                # another mention is a full lowercase name ("john smithfield") or a word used as a subject or
                # object ("later smithfield was calm", "called smithfield.")
                near = (
                    _TOKEN.findall(text[max(0, m.start() - 30) : m.start()])[-1:]
                    + _TOKEN.findall(text[m.end() : m.end() + 30])[:1]
                )
                nxt = _TOKEN.findall(text[m.end() : m.end() + 30])[:1]
                if not (
                    any(x.lower() in keys and x.lower() != low for x in near)
                    or re.match(r"\s*[.,;:!?)]", text[m.end() : m.end() + 2])
                    or (nxt and nxt[0].lower() in COMMON_LOW)
                ):
                    continue
            elif facts(low).top not in ("Name", "Surn", "Patr"):
                continue
        hit = low in keys or (
            re.match(r"[а-яё]", low) is not None
            and facts(low).lemma in keys
            and facts(low).top in ("Name", "Surn", "Patr")
        )
        if not hit or occupied.overlaps(m.start(), m.end()):
            continue
        at_start = (
            m.start() == 0 or re.search(r"[.!?\n;]\s*$", text[max(0, m.start() - 3) : m.start()]) is not None
        )
        if at_start and re.match(r"[a-z]", low):
            from medmoe.deid.names_en import EN_COMMON_NAMES

            if low in EN_COMMON_NAMES and re.match(r"[ \t]+[a-z]", text[m.end() : m.end() + 2]):
                continue  # "Will reassess after analgesia" is not Dr. Will Grant; "Thanks,\nJoy" is Joy
        if at_start and w[0].isupper() and re.match(r"[a-z]", low) and _english_word_before_noun(text, m):
            continue  # "Brown sputum" opening a sentence is not Dr. Brown; "Brown is settled" is
        if at_start and re.match(r"[а-яё]", low):
            f = facts(low)
            if f.known and f.name + f.surn + f.patr < 0.2:
                continue  # "Белый налёт" opening a sentence is not Dr. Белый
        ent = Entity(m.start(), m.end(), "NAME", "name_propagation", 0.7)
        if not is_eponym_span(text, ent):
            extra.append(ent)
    if not extra:
        return entities
    merged = sorted(entities + extra, key=lambda e: e.start)
    out: list[Entity] = []
    for e in merged:  # glue adjacent NAME pieces ("Ximena" + "Honeycutt") into one span
        if (
            out
            and e.type == "NAME"
            and out[-1].type == "NAME"
            and re.fullmatch(r"[ \t]+", text[out[-1].end : e.start])
        ):
            last = out.pop()
            e = Entity(last.start, e.end, "NAME", last.detector, max(last.score, e.score))
        out.append(e)
    return out
