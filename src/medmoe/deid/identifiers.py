"""Identifier recognizers: regular expressions plus check digits and context (dates and contacts live in
`date_recognizers.py` and `contacts.py`, their shared pieces in `numeric.py`).

Why context windows: numbers without a checksum (passport, OMS policy, record numbers) look like any other
number; the words before them ("паспорт", "полис ОМС", "история болезни №", "MRN") are what make them
personal. Numbers that do carry a checksum (SNILS, INN) are accepted without context when it validates.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medmoe.deid.checksums import inn_valid, nhs_valid, nric_valid, sa_id_valid, snils_valid
from medmoe.deid.entities import Entity
from medmoe.deid.numeric import NA, NB, UNIT, ContextNumberRecognizer, TableColumnRecognizer
from medmoe.deid.registry import Recognizer, RegexRecognizer

_MRN_CTX = (
    r"(?:истори[яиюей]\s+болезни|и/б|ИБ|медицинск\w+\s+карт\w*|медкарт\w*|амбулаторн\w+\s+карт\w*|"
    r"карт\w*\s+(?:пациента|больного|стационарного\s+больного)|№\s*карты|карт[аы]|направлени[еяю]|талон\w*|"
    r"протокол\w*\s+(?:исследования|операции)|номер\s+пациента|ID\s+пациента|код\s+пациента|ЭЛН|"
    r"листок\s+нетрудоспособности|больничн\w+\s+лист\w*|рецепт\w*|заявк[аиеу]|ЕНП|"
    r"MRN|medical\s+record(?:\s+(?:number|no\.?|#))?|record\s+(?:number|no\.?|#)|patient\s+(?:ID|number|no\.?)|"
    r"account\s+(?:number|no\.?|#)|acct\.?\s*(?:number|no\.?|#)?|case\s+(?:number|no\.?|#)|chart\s+(?:number|no\.?|#)|accession\s+(?:number|no\.?|#)|"
    r"encounter\s+(?:ID|number)|SSN|social\s+security(?:\s+(?:number|no\.?|#))?|Medicare(?:\s+(?:ID|number|no\.?|#))?|"
    r"Medicaid(?:\s+(?:ID|number|no\.?|#))?|health\s+(?:card|insurance)(?:\s+(?:number|no\.?|#))?|"
    r"member\s+(?:ID|number)|insurance\s+(?:ID|number)|policy\s+(?:number|no\.?|#)|NHS(?:\s+(?:number|no\.?|#))?)"
)

# labels of identifiers of English-speaking health systems (AU/NZ/IE/UK/CA/IN): acronyms in capitals, words in any case
_HEALTH_ID_LABELS = (
    # (US VA: EDIPI, the Integration Control Number "1012345678V123456", "SSN last 4", "L4")
    r"NHI|IHI|URN?|UHID|MRD|MRN|CRN|PPSN|PPS|HCN|PHN|CHI|ULI|RAMQ|ABHA|CPSO|AHPRA|WSIB|EDIPI|ICN|L4|"
    r"SSN[ \t]+last[ \t]+4|IP[ \t]*No|OP[ \t]*No|"
    r"IPD[ \t]*No|OPD[ \t]*No|(?i:aadhaa?r|provider[ \t]+(?:no|number)|prescriber[ \t]+(?:no|number)|"
    r"hospital[ \t]+(?:no|number)|hosp[ \t]+no|unit[ \t]+record(?:[ \t]+(?:no|number))?|"
    # a hospital unit number ("Unit no. 0451123"); a flat's "Unit no. 5" has too few digits for the value
    r"unit[ \t]+no(?=\.?[ \t]*:?[ \t]*[A-Z]?\d{5})|"
    r"registration[ \t]+(?:no|number)|reg[ \t]+no|health[ \t]+(?:card|number)|medicare(?:[ \t]+(?:card|no|number))?|"
    r"claim[ \t]+(?:no|number)|licen[cs]e[ \t]+(?:no|number)|reference[ \t]+(?:no|number)|ref[ \t]+no)"
)

# ("МК" = медицинская карта only with "№": "МК 278" is uric acid, мочевая кислота)
# "№"/"No."/"#" numbers are personal when a personal document names them (any length: "талон № 45",
# "ИБ № 7-19", "рецепт серия 45 № 12"), and not when the nearest noun is a drug pack, ward, school or
# hospital ("таблетки № 20", "палата № 5", "ГКБ № 1"): the closer of the two words decides.
_DOC_WORDS = re.compile(
    r"(?<![\w])(?:карт\w*|истори\w+|ИБ|и/б|МК|талон\w*|направлени\w*|заявк\w*|ЭЛН|листок\w*|листк\w*|рецепт\w*|полис\w*|"
    r"ЕНП|справк\w*|выписк\w*|бланк\w*|удостоверени\w*|свидетельств\w*|договор\w*|пропуск\w*|заказ\w*|ИПРА?|"
    r"протокол\w*|комисси\w*|ВК|исследовани\w*|анализ\w*|образ[е]?ц\w*|проб[аыу]|заключени\w*|"
    r"record|chart|account|acct|case|claim|policy|referral|prescription|requisition|specimen|accession|MRN)(?![\w])",
    re.IGNORECASE,
)
_NOT_DOC_WORDS = re.compile(
    r"(?<![\w])(?:таб\w*|капс\w*|амп\w*|флак\w*|пак\w*|свеч\w*|шприц\w*|палат\w*|кабинет\w*|каб\.|отделени\w*|"
    r"корпус\w*|этаж\w*|ГКБ|ГБ|КБ|ГП|ДГП|ЖК|консультаци\w*|ФАП|больниц\w*|поликлиник\w*|роддом\w*|школ\w*|гимнази\w*|лице[йяюе]\w*|СОШ|д/с|"
    r"сад\w*|бригад\w*|подстанци\w*|форм[аыуе]|лицензи\w*|очаг\w*|licen[cs]e|room|ward|bed|floor|tab\w*|caps\w*|item|step|grade|class|stage)(?![\w])",
    re.IGNORECASE,
)
# (a number may have dotted parts: "ИПРА № 512.11.77/2022")
_NUMBERED = re.compile(
    r"(?:№|(?<![\w])No\.|#)\s*:?\s*((?=[\w/\-]*\d)[A-ZА-ЯЁ0-9][\w/\-]*(?:\.[\w/\-]*\w)*(?<=[\w]))"
)


class DocumentNumberRecognizer(Recognizer):
    """A "№"/"No."/"#" number of any length whose nearest noun on the same line is a personal document."""

    name, types, score = "document_number", ("ID",), 0.88

    def find(self, text: str, lang: str) -> Iterator[Entity]:
        for m in _NUMBERED.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            window = text[max(line_start, m.start() - 50) : m.start()]
            doc = [d.end() for d in _DOC_WORDS.finditer(window)]
            block = [b.end() for b in _NOT_DOC_WORDS.finditer(window)]
            if doc and (not block or doc[-1] > block[-1]):
                yield Entity(m.start(1), m.end(1), "ID", self.name, self.score, "record")


# A generic label of an identifier, English or Russian: words in any case, acronyms in capitals only ("ur", "fin",
# "mbi" in lowercase are words). Up to two lowercase Russian words or a capitals abbreviation may stand between the
# label and the value ("Карта вызова 123", "полис ОМС 7712...", "номер амбулаторной карты 45-2231").
_ID_LABEL = (
    r"(?:(?i:accession|acc|acct|account|claim|policy|member|subscriber|certificate|passport|identifier|"
    r"record|chart|case|visit|encounter|episode|admission|order|requisition|specimen|sample|study|ticket|booking|"
    r"reference|ref|driver['’]?s[ \t]+licen[cs]e|employee|badge|folio|folder|file|unit[ \t]+number|lab[ \t]+number|"
    r"medical[ \t]+aid|registration|"
    r"patient[ \t]+number|номер|карт[аыуе]|полис\w*|свидетельств\w*|талон\w*|вызов\w*|идентификатор\w*|"
    r"паспорт\w*|удостоверени\w*|справк\w*|заявк\w*|направлени\w*|протокол\w*|договор\w*|"
    r"рег(?:истрационный)?\.?[ \t]*№)"
    r"|MRN|URN?|NHI|SSN|NPI|MBI|NRIC|FIN|UBRN|CHI|NHS|HCN|PHN|DEA|HICN|IHI|MRD|ID|ЭЛН|ИБ|и/б|ЕНП|СНИЛС|ОМС|"
    # an encounter or account of US systems (CSN, HAR); a clinician's registration (GMC, NMC, GPhC, HPCSA, MCR)
    r"CSN|HAR|GMC|NMC|GPhC|HPCSA|MCR|"
    r"No|Nr|№|#|no\.(?=[ \t]*:?[ \t]*\d))"  # lowercase "no." only before a number ("GEMS no. 71479")  # not "МК" (мочевая кислота), "NO" (nitric oxide), "DL" (decilitre) as bare labels
)
# the first letters of every label above, both cases: a cheap test at each position before the ~45-way
# alternation is tried (halves the rule's time; the matches are the same)
_ID_LABEL_FIRST = r"(?=[AaBbCcDdEeFfGHhIiLlMmNnOoPpRrSsTtUuVvВвДдЕеЗзИиКкНнОоПпРрСсТтУуЭэ№#])"
_ID_LABELLED = re.compile(
    # a snake-case field name counts ("АМБ_КАРТА: 534100"); "Серия и номер: 10 279071", "Case ref: 88"
    _ID_LABEL_FIRST + r"(?<![^\W_])" + _ID_LABEL + r"(?![^\W\d_])\.?(?:[ \t]*\([^()\n]{1,16}\))?"
    # (a preposition or "is" between: "Рег. № в листе | ЛО-1234/56", "your MRN is 5542871")
    r"(?:[ \t]+(?:о|об|и|(?:в|на)[ \t]+[а-яё]{3,16}|[а-яё]{3,16}|ОМС|ДМС|СМП|ВМП|(?i:number|no\.?|num|id|ref|reference|is|#)))?"
    r"(?:[ \t]+(?:[а-яё]{3,16}|(?i:number|no\.?|#)))?"
    r"[ \t]*[:#№=]?[ \t]*(?:\|[ \t]*)?"  # (a "|" table: "|Карта №|206507|")
    # a document's series and number ("1 815576", "45 118830", "45 12 118830"), or one code with 3+ digits
    r"(\d{1,2}(?:[ ]?\d{2})?[ ]\d{6}|(?=(?:[\w\-/]*\d){3})[A-ZА-ЯЁ0-9][\w\-/]*(?<=\w)(?:[ ]\d{3,6}(?![\w/\-]))*)"
    r"(?![\w]|[.,:]\d)"
)
# what a number after such a label must not be: a measurement or dose, a time, an age, a date, an ICD-10 code
_ID_NOT_AFTER = re.compile(
    r"[ \t]*(?:" + UNIT + r"|mcg|mmhg|bpm|units?|iu|%|min|mins|hours?|hrs?|h|ч|мин|лет|года?|years?|yo|y/o|"
    r"yrs?|weeks?|wks?|days?|дн\w*|нед\w*|мес\w*|months?)(?![\w])",
    re.IGNORECASE,
)
# nouns before a generic label whose numbers are not a person's: legal acts ("приказом ... № 390н"), and parts of
# an address ("Flat No. 702", "кв. № 12")
_ID_NOT_BEFORE = re.compile(
    r"(?<![\w])(?:приказ\w*|постановлени\w*|ПП|распоряжени\w*|закон\w*|ФЗ|ГОСТ|СанПиН|act|regulation|"
    r"address|адрес\w*|flat|apt|apartment|suite|unit|house|building|block|plot|door|box|кв\.?|квартир\w*|дом\w*|д\.|офис\w*|"
    r"строени\w*|участ\w*)(?![\w])",
    re.IGNORECASE,
)
# values that are not identifiers: a date, an ICD-10 code, a time, a blood pressure or ratio ("visit 120/80"), a
# bare year ("study 2019")
_ID_NOT_VALUE = re.compile(
    r"\d{1,4}[./\-]\d{1,2}[./\-]\d{2,4}|[A-Z]\d{2}(?:\.\d{1,2})?|\d{1,2}:\d{2}|\d{2,3}/\d{2,3}|(?:19|20)\d{2}"
)


class LabelledIdRecognizer(Recognizer):
    """A value with 3+ digits right after an identifier label, in any document layout: "Acc 99123", "Policy
    77-1234-99", "UBRN 1234 5678 9012", "Вызов № 457", "Карта вызова 123". Why a generic rule: every new kind of
    document (HL7 dump, OCRed letter, form, table) brings its own labels, and a label plus a number is the one
    shape they share. Kept out: doses, times, ages and dates after the label, ICD codes, and the numbers of rooms,
    wards, beds, hospitals and drug packs (the nearest noun before the label decides, as for "№")."""

    name, types, score = "labelled_id_generic", ("ID",), 0.8

    def find(self, text: str, lang: str) -> Iterator[Entity]:
        for m in _ID_LABELLED.finditer(text):
            value = m.group(1)
            if _ID_NOT_VALUE.fullmatch(value) or _ID_NOT_AFTER.match(text, m.end(1)):
                continue
            line_start = text.rfind("\n", 0, m.start()) + 1
            before = text[max(line_start, m.start() - 25) : m.start()]
            act = text[max(line_start, m.start() - 45) : m.start()]  # "приказом Минздрава России № 390н"
            if (_NOT_DOC_WORDS.search(before) or _ID_NOT_BEFORE.search(act)) and not _DOC_WORDS.search(
                text, m.start(), m.start(1)
            ):
                continue
            yield Entity(m.start(1), m.end(1), "ID", self.name, self.score, "record")


def _snils_not_phone(value: str) -> bool:
    """A valid SNILS checksum, unless the digits are written like a Russian mobile ("89828094085"): one in
    eleven numbers passes mod 101 by chance, and an unformatted 8/7 + 9.. number is a phone far more often."""
    return snils_valid(value) and re.fullmatch(r"[78]9\d{9}", value) is None


# what separates a document's series from its number when they are written apart: "№", "N", "no.", "номер"
_SERIES_NUMBER_SEP = re.compile(r"[\s,]*(?:№|N|no\.?|номер)\s*:?\s*", re.IGNORECASE)


class SeriesNumberSplit(Recognizer):
    """Wraps a series-and-number recognizer: a series and a number kept apart by "№" or "номер" ("серия 45 12 №
    345678") are two identifiers, written together ("45 12 345678") one. Why: the team's annotation convention
    (the label between them is not personal data and stays in the clear, as every label does)."""

    def __init__(self, inner: Recognizer) -> None:
        self.inner = inner
        self.name, self.types, self.langs, self.score = inner.name, inner.types, inner.langs, inner.score

    def find(self, text: str, lang: str) -> Iterator[Entity]:
        for e in self.inner.find(text, lang):
            m = _SERIES_NUMBER_SEP.search(text, e.start, e.end)
            if m is None or m.start() == e.start or m.end() == e.end:
                yield e
                continue
            yield Entity(e.start, m.start(), e.type, e.detector, e.score, e.subtype)
            yield Entity(m.end(), e.end, e.type, e.detector, e.score, e.subtype)


# HL7 v2 fields that hold a person's identifier or phone (segment -> field numbers): PID-2/3 patient ids, PID-13/14
# phones, PID-18 account, PID-19 SSN, PID-20 driver's licence; PV1-19 visit number; NK1-5/6 the next of kin's
# phones; OBR-2/3 the order's placer and filler numbers (a lab request belongs to one patient). MSH is left out:
# its ids are the sending system's.
_HL7_FIELDS = {
    "PID": {2: "ID", 3: "ID", 13: "PHONE", 14: "PHONE", 18: "ID", 19: "ID", 20: "ID"},
    "PV1": {19: "ID"},
    "NK1": {5: "PHONE", 6: "PHONE"},
    "OBR": {2: "ID", 3: "ID"},
}
_HL7_SEGMENT = re.compile(r"(?:^|(?<=[\r\n]))(PID|PV1|NK1|OBR)\|[^\r\n]*")
# key=value log lines: keys that name a patient's identifier or phone ("mrn=6117031", "patient_id=106751",
# "to=79161234567" of an SMS); user, session and message ids are the system's and stay
_KV_ID = re.compile(
    r"(?<![\w])(?i:mrn|patient_?id|pat_?id|pid|person_?id|case_?id|card_?(?:id|no)|nhs_?(?:no|number)|snils|enp|"
    r"oms|polis|policy_?(?:id|no)|passport|history_?no|visit_?(?:id|no)|account_?(?:id|no)|order_?(?:id|no)|"
    r"specimen_?(?:id|no)|barcode)=\"?([\w\-/.]*\d[\w\-/.]*(?<=\w))"
)
_KV_PHONE = re.compile(r"(?<![\w])(?i:phone|tel|mobile|msisdn|to|from)=\"?(\+?\d{10,12})(?![\w])")
# a FHIR Patient resource's own id ("resourceType": "Patient", "id": "p-1234"), and the value of an identifier
# entry named by its system or type ({"type": {"text": "MRN"}, "value": "3465127"}); a telecom entry's system
# ("phone", "email") is no identifier system
_FHIR_PATIENT_ID = re.compile(r'"resourceType"\s*:\s*"Patient"\s*,\s*"id"\s*:\s*"([^"\n]{1,64})"')
_FHIR_IDENTIFIER = re.compile(
    r'\{\s*(?:"system"\s*:\s*"(?!(?:phone|email|fax|sms|url|pager|other)")[^"\n]*"|"type"\s*:\s*\{[^{}\n]*\})'
    r'\s*,\s*"value"\s*:\s*"([^"\n]*\d[^"\n]*)"'
)


class StructuredFieldRecognizer(Recognizer):
    """Identifiers and phones by their place in machine-made text: HL7 v2 fields (`_HL7_FIELDS`), key=value log
    keys, a FHIR Patient's id. Why by place: in such text the value has no label a reader would see, and the
    same shapes elsewhere are the system's (message control ids, session ids)."""

    name, types, score = "structured_field", ("ID", "PHONE"), 0.9

    def find(self, text: str, lang: str) -> Iterator[Entity]:
        if "|" in text:
            for m in _HL7_SEGMENT.finditer(text):
                yield from self._hl7(m.group(1), m.start(), m.group())
        if "=" in text:
            for rx, kind in ((_KV_ID, "ID"), (_KV_PHONE, "PHONE")):
                for m in rx.finditer(text):
                    yield Entity(m.start(1), m.end(1), kind, self.name, self.score, "record")
        if '"Patient"' in text:
            for m in _FHIR_PATIENT_ID.finditer(text):
                yield Entity(m.start(1), m.end(1), "ID", self.name, self.score, "record")
        if '"value"' in text:
            for m in _FHIR_IDENTIFIER.finditer(text):
                yield Entity(m.start(1), m.end(1), "ID", self.name, self.score, "record")

    def _hl7(self, segment: str, start: int, line: str) -> Iterator[Entity]:
        pos = start
        for i, field in enumerate(line.split("|")):
            kind = _HL7_FIELDS[segment].get(i)
            if kind:
                # the first component of the first repetition ("01131052565^PRN^PH~...", "5566778^^^CITY^MR")
                value = re.split(r"[\^~]", field, maxsplit=1)[0].strip()
                if sum(c.isdigit() for c in value) >= 3:
                    s = pos + field.index(value)
                    yield Entity(s, s + len(value), kind, self.name, self.score, "record")
            pos += len(field) + 1


def id_recognizers() -> list[Recognizer]:
    return [
        TableColumnRecognizer(),
        StructuredFieldRecognizer(),
        ContextNumberRecognizer(
            "snils",
            "ID",
            NB + r"\d{3}[\- ]?\d{3}[\- ]?\d{3}[\- ]?\d{2}" + NA,
            r"СНИЛС|страхов\w+\s+номер|SNILS",
            30,
            _snils_not_phone,
            0.97,
            0.9,
            "snils",
        ),
        ContextNumberRecognizer(
            "inn",
            "ID",
            NB + r"\d{12}" + NA,
            r"ИНН|INN|TIN",
            20,
            inn_valid,
            0.9,
            0.9,
            "inn",
        ),
        # a 10-digit ИНН is an organisation's, and one ten-digit number in nine passes its check digit by chance
        # (an Australian mobile "0412345678", a phone typed without spaces): only with its label
        ContextNumberRecognizer(
            "inn10",
            "ID",
            NB + r"\d{10}" + NA,
            r"ИНН|INN|TIN",
            20,
            inn_valid,
            0.9,
            0.9,
            "inn",
            need_context=True,
        ),
        # a Russian international passport: 2 + 7 digits ("Загранпаспорт (Passport): 75 6115971")
        ContextNumberRecognizer(
            "passport_foreign",
            "ID",
            NB + r"\d{2}[ \t]?\d{7}" + NA,
            r"загранпаспорт|заграничн\w+\s+паспорт|passport",
            30,
            None,
            0.9,
            0.9,
            "passport",
            need_context=True,
        ),
        ContextNumberRecognizer(
            "oms",
            "ID",
            NB + r"\d(?:[ \-]?\d){15}" + NA,  # 16 digits in any grouping
            r"полис|ОМС|ЕНП|страхов|policy|insurance",
            50,
            None,
            0.9,
            0.92,
            "oms",
            need_context=True,
        ),
        RegexRecognizer("digits16", ("ID",), NB + r"\d{16}" + NA, 0.7, subtype="oms"),
        SeriesNumberSplit(ContextNumberRecognizer(
            "passport_ru",
            "ID",
            # (an OCRed form may print the "о" of "номер" as a Latin "o")
            NB + r"\d{2}\s?\d{2}[\s,]*(?:(?:№|N|н[оo]мер|no\.?)\s*:?\s*)?\d{6}" + NA,
            r"паспорт|серия|удостоверени|passport",
            40,
            None,
            0.9,
            0.92,
            "passport",
            need_context=True,
        )),
        RegexRecognizer(
            "birth_certificate",
            ("ID",),
            r"(?<![\w])[IVXLCІ1]{1,6}\s?-\s?[А-ЯЁA-Z]{2}\s*(?:№|N)?\s*\d{6}(?!\d)",
            0.95,
            subtype="birth_certificate",
        ),
        RegexRecognizer(
            "record_number",
            ("ID",),
            r"(?<![\w])(?i:" + _MRN_CTX + r")(?![^\W\d_])\s*(?:[:#№N]|No\.?|номер|number)?\s*[:#№]?\s*"
            # (a lowercased note's code starts with a small letter: "иб иб-14671", "mrn ab40921"; then 3+ digits)
            r"((?=[\w/\-]*\d)[A-ZА-ЯЁ0-9][\w/\-]*\w|[a-zа-яё]{1,4}-?\d{3,}(?![\w/\-]))",
            0.9,
            group=1,
            subtype="record",
        ),
        DocumentNumberRecognizer(),
        LabelledIdRecognizer(),
        # the patient's ids of a DICOM header dump, by tag (PatientID, OtherPatientIDs, AccessionNumber, StudyID),
        # keyword-first ("(0010,0020) PatientID  LO  9096422") or as dcmdump prints it ("(0010,0020) LO [9096422]")
        RegexRecognizer(
            "dicom_id",
            ("ID",),
            r"(?m)^\((?:0010,0020|0010,1000|0008,0050|0020,0010)\)(?:[ \t]+[A-Za-z]+)?[ \t]+[A-Z]{2}[ \t]+\[?"
            r"([A-Za-z0-9][\w\-/]*\d[\w\-/]*)",
            0.9,
            group=1,
            subtype="record",
        ),
        # HL7 v2 identifiers: a CX value with its assigning authority and type code ("7788123^^^GENHOSP^MR"), and
        # the id number of a person (XCN) before the family^given name ("|4471^PATEL^RAVI^^^^DR|")
        RegexRecognizer(
            "hl7_cx",
            ("ID",),
            r"(?<=[|~])([A-Za-z0-9][\w\-]{2,})\^[^|^\n]*\^[^|^\n]*\^[^|^\n]*\^"
            r"(?:MR|MRN|PI|PT|AN|VN|SS|DL|NI|PN|HC|MC|MA|NH|PPN|BR|EN|PRN)(?![\w])",
            0.9,
            group=1,
            subtype="record",
        ),
        RegexRecognizer(
            "hl7_xcn",
            ("ID",),
            r"(?<=[|~])(\d{2,})\^(?=[A-Za-z][A-Za-z'\-]+\^[A-Za-z])",
            0.85,
            group=1,
            subtype="record",
        ),
        # national identifiers recognised by their check digits, with or without a label: Singapore NRIC/FIN
        # ("S1234567D"), South African ID (13 digits: birth date, citizenship, Luhn)
        ContextNumberRecognizer(
            "nric",
            "ID",
            r"(?<![\w])[STFG]\d{7}[A-Z](?![\w])",
            r"NRIC|FIN",
            20,
            nric_valid,
            0.95,
            0.9,
            "record",
        ),
        ContextNumberRecognizer(
            "sa_id", "ID", NB + r"\d{13}" + NA, r"\bID\b|identity", 30, sa_id_valid, 0.95, 0.9, "record"
        ),
        # a US Medicare Beneficiary Identifier by its shape (11 characters, letters without S L O I B Z, digits in
        # fixed positions: "1EG4-TE5-MK73"); no word or other code has it
        RegexRecognizer(
            "mbi",
            ("ID",),
            r"(?<![\w\-])[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?"
            r"[AC-HJKMNP-RT-Y]{2}\d{2}(?![\w\-])",
            0.9,
            subtype="record",
        ),
        ContextNumberRecognizer(
            "nhs",
            "ID",
            NB + r"\d{3}[ \-]?\d{3}[ \-]?\d{4}" + NA,
            r"NHS",
            30,
            nhs_valid,
            0.95,
            0.92,
            "nhs",
            need_context=True,
        ),
        # an Australian Medicare card number with its issue number, grouped 4-5-1 (-1): "Medicare: 2953 51702 1-2"
        # (the generic label rules would stop at the first group)
        RegexRecognizer(
            "medicare_au",
            ("ID",),
            r"(?i:medicare)[^\n\d]{0,20}?" + NB + r"(\d{4}[ ]?\d{5}[ ]?\d(?:[ \-/]\d)?)(?![\w])",
            0.95,
            group=1,
            subtype="record",
            gate=("edicare", "EDICARE"),
        ),
        ContextNumberRecognizer(
            "ssn",
            "ID",
            NB + r"\d{3}-\d{2}-\d{4}" + NA,
            r"SSN|SS[ \t]*#|social\s+security",  # "SS# 433-61-9005": the hurried form of the label
            30,
            None,
            0.8,
            0.95,
            "ssn",
        ),
        # a partly hidden SSN still carries its last four digits: "SSN: ***-**-4821", "SS# xxx-xx-4821"
        RegexRecognizer(
            "ssn_masked",
            ("ID",),
            r"(?<![\w*])(?:\*{3}|[xX]{3})-(?:\*{2}|[xX]{2})-\d{4}(?![\w])",
            0.8,
            subtype="ssn",
            gate=("**-", "xx-", "XX-"),
        ),
        RegexRecognizer(
            "ssn_format",
            ("ID",),
            NB + r"(?!000|666|9)\d{3}-(?!00)\d{2}-(?!0000)\d{4}" + NA,
            0.7,
            subtype="ssn",
        ),
        # a code after an identifier label: "Hosp No RR7160556", "BCBS ID W289411439", "№ исследования: УЗ706496"
        RegexRecognizer(
            "labelled_code",
            ("ID",),
            r"(?:(?<![\w])(?:ID|No\.?|Nr\.?|NO\.?|Number|номер|код)|№[ \t]*[а-яё]+[ \t]*:)[ \t]*[:#№]?[ \t]*"
            r"((?=(?:[\w\-/]*\d){4})[A-ZА-ЯЁ0-9][\w\-/]*(?<=\w))(?![\w])",
            0.8,
            group=1,
            subtype="record",
        ),
        # the value after a label of a personal document or code: "Health Card (OHIP): 9276-492-378-MT",
        # "Серия 60МО № 263026", "код подразделения 770-001", "Номер образца: PCR-22-854817"
        RegexRecognizer(
            "labelled_id_value",
            ("ID",),
            r"(?<![\w])(?i:health[ \t]+card|OHIP|card[ \t]+(?:no\.?|number|#)|серия|код[ \t]+подразделения|"
            r"номер[ \t]+(?:образца|записи|заявки|талона|полиса|карты|направления|протокола|пробы|договора|"
            r"рецепта|пациента|истории|обращения)|штрих-?код\w*(?:[ \t]+(?:пробы|образца|пробирки))?|barcode|"
            r"полис\w*(?:[ \t]+(?:ДМС|ОМС))?|талон\w*(?:[ \t]+ВМП)?|"
            r"specimen[ \t]+(?:id|no\.?|number)|sample[ \t]+(?:id|no\.?)|lab(?:oratory)?[ \t]+(?:id|no\.?|number))"
            r"(?:[ \t]*\([^()\n]{1,12}\))?[ \t]*[:#№]?[ \t]*"
            # a laboratory number may be dotted, year.serial.check letter ("24.1187734.C", "S23.0041187")
            r"((?=(?:[\w\-.]*\d){2})[A-ZА-ЯЁ0-9][\w\-]*(?:\.\d+)*(?:\.[A-Z](?![\w]))?(?<=\w))(?![\w])",
            0.9,  # a label beats the shape of a phone number ("Specimen ID: 8174678000")
            group=1,
            subtype="record",
        ),
        # a UK police officer's collar number between the rank and the surname: "PC 4127 Hughes", "Sgt 903 AHMED"
        # (the number names the officer as surely as the name does)
        RegexRecognizer(
            "police_collar_number",
            ("ID",),
            r"(?<![\w])(?:PC|DC|PS|DS|Sgt|Insp)\.?[ \t]+(\d{3,5})(?=[ \t]+[A-Z][A-Za-z'’\-]+(?![\w]))",
            0.8,
            group=1,
            langs=("en",),
            subtype="record",
        ),
        # the value after a label of a national or hospital identifier, written the way English-speaking systems
        # print them: "NHI GKK9786", "(UR 347653)", "UHID: MRD2025/473685", "Aadhaar: 3865 0186 1442",
        # "IHI: 8003 6013 5344 7789", "PPSN: 5810094AA", "Provider no. 874669AB", "CPSO 58697", "IP No: IP2016908".
        # The acronyms are matched in capitals only ("ur" is not a label); the value needs 3+ digits and may
        # continue in space-separated groups of 3-4 digits.
        RegexRecognizer(
            "labelled_health_id",
            ("ID",),
            r"(?<![\w])(?=[NIUMCPHROAWLESaprhclum])(?:" + _HEALTH_ID_LABELS + r")(?![\w])\.?"
            r"(?:[ \t]*\([^()\n]{1,12}\))?[ \t]*(?:(?i:no\.?|number|#)[ \t]*)?[:#]?[ \t]*"
            # a Québec RAMQ number: 4 letters and 8 digits in groups of 4 ("ROYJ 5403 1212")
            r"([A-ZÀ-Þ]{4}[ ]\d{4}[ ]\d{4}(?![\w])|"  # (the surname's letters keep their accents: "LAVÉ")
            # an Ontario health card ends in a two-letter version code ("HCN 1234 567 890 AB", "1234567890AB"); a
            # hospital number may be dotted ("UHID: KMC.0041123") or typed in lower case ("hosp no k398001")
            r"(?=(?:[A-Za-z/\-.]*\d){3})[A-Za-z0-9][\w/\-]*(?:\.\d[\w/\-]*)*(?<=\w)"
            r"(?:(?:[ ]\d{3,4}(?![\w/\-]))+(?:[ ][A-Z]{2}(?![\w]))?)?)"
            r"(?![\w])",
            0.9,
            group=1,
            subtype="record",
        ),
        # an identifier dictated digit by digit after its label, maybe with its letters spelt out ("hospital number
        # 2 4 2 6 9 1 9", "m r n 6 0 2 6 4 8", "полис 7 7 0 1 ..."): speech recognition writes each digit apart
        RegexRecognizer(
            "dictated_id",
            ("ID",),
            r"(?<![\w])(?i:hospital[ ](?:number|no)|mrn|nhs[ ]number|patient[ ]number|case[ ]number|номер[ ]карты|"
            r"номер[ ]истории(?:[ ]болезни)?|истори[яи][ ]болезни|полис\w*|снилс)[ ]+"
            r"((?:[a-zа-яё][ ]){0,4}\d(?:[ ]\d){4,})(?![\w])",
            0.9,
            group=1,
            subtype="record",
            gate=re.compile(r"\d \d \d \d \d"),
        ),
        # the US VA code of a surname's initial and the SSN's last four after the SSN ("SSN last 4: 4821 (K4821)"),
        # and an Indian ABHA address, a health id written like an e-mail ("ABHA address: name123@abdm")
        RegexRecognizer(
            "va_last4_code",
            ("ID",),
            r"(?<![\w])(?:SSN|L4)[^\n]{0,30}?\d{4}[ \t]*\(([A-Z]\d{4})\)",
            0.9,
            group=1,
            subtype="record",
            gate=("SSN", "L4"),
        ),
        RegexRecognizer(
            "abha_address",
            ("ID",),
            r"(?<![\w])ABHA[ \t]+(?i:address)[ \t]*:?[ \t]*([\w.]+@[a-z]+)(?![\w.@])",
            0.95,
            group=1,
            subtype="record",
            gate=("ABHA",),
        ),
        # a UK National Insurance number: two prefix letters, six digits and a suffix A-D; with spaces only after its
        # label ("NI number QQ 12 34 56 C", "NINO: AB123456C")
        RegexRecognizer(
            "uk_nino",
            ("ID",),
            r"(?<![\w])(?:([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D])|(?:NI|NINO|(?i:national[ \t]+insurance))"
            r"(?:[ \t]+(?i:no\.?|number|#))?[ \t]*:?[ \t]*"
            r"([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][ \t]\d{2}[ \t]\d{2}[ \t]\d{2}[ \t][A-D]))(?![\w])",
            0.9,
            group="any",
            subtype="record",
            gate=re.compile(r"\d{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?[A-D](?![\w])"),
        ),
        # a Russian military ID (two letters and seven digits) and a car's registration plate, which lead to a person
        # as surely as a passport: "военный билет АБ 1234567", "автомобиль г/н А123ВС 777"
        RegexRecognizer(
            "military_id_ru",
            ("ID",),
            r"(?<![\w])(?i:военн\w*[ \t]+билет\w*|в/б)[ \t:]*(?:серия[ \t]+)?([А-ЯЁ]{2}[ \t]?(?:№[ \t]?)?\d{7})(?![\w])",
            0.9,
            group=1,
            subtype="record",
            gate=("илет", "ИЛЕТ", "в/б", "В/Б"),
        ),
        RegexRecognizer(
            "vehicle_plate_ru",
            ("ID",),
            r"(?<![\w])(?:(?i:г/н|гос\.?[ \t]?номер\w*|госномер\w*|номерн\w+[ \t]+знак\w*)[ \t:]*"
            r"([АВЕКМНОРСТУХавекмнорстух][ \t]?\d{3}[ \t]?[АВЕКМНОРСТУХавекмнорстух]{2}[ \t]?\d{2,3})"
            r"|([АВЕКМНОРСТУХ]\d{3}[АВЕКМНОРСТУХ]{2}[ \t]?\d{2,3}))(?![\w])",
            0.85,
            group="any",
            subtype="record",
            gate=re.compile(r"\d{3}[ \t]?[АВЕКМНОРСТУХавекмнорстух]{2}"),
        ),
        # letters glued to 5+ digits are a code in a clinical note: specimen, study, policy numbers ("УЗ706496")
        RegexRecognizer(
            "coded_number",
            ("ID",),
            r"(?<![\w\-/.])[A-ZА-ЯЁ]{1,4}-?\d{5,}(?![\w\-/]|[.,]\d)",
            0.6,
            subtype="record",
        ),
        # 8+ digits split by hyphens with a group of 5+ ("84-6478149"): an identifier when no phone or date explains
        # it; "130-140-144/95" (a range of pressures) has no long group
        RegexRecognizer(
            "long_number_hyphen",
            ("ID",),
            r"(?<![\w./\-])(?=[\d\-]*\d{5})(?=(?:\d-?){8,}(?![\d\-]))\d{2,}(?:-\d{2,})+(?![\w/\-]|[.,]\d)",
            0.5,
            subtype="number",
        ),
        RegexRecognizer("long_number", ("ID",), r"(?<![\w./])\d{8,}" + NA, 0.5, subtype="number"),
        # any "№"/"#" followed by a number of 4+ digits or a coded number is a document or record number;
        # "ГКБ №1", "гимназия №3" (short numbers of institutions) are left alone
        RegexRecognizer(
            "numbered",
            ("ID",),
            r"(?:№|#|(?<![^\W\d_])N(?=\s*\d))\s*:?\s*((?:[A-ZА-ЯЁ]{1,3}-?)?\d{4,}(?:[/\-]\d+)*|\d{1,4}/\d{2,4}|"
            r"[A-ZА-ЯЁ]{1,3}-\d{3,}(?:[/\-]\d+)*)(?![\w/])",
            0.75,
            group=1,
            subtype="record",
        ),
    ]
