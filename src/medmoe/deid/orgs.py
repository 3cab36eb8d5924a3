"""Organisations that place a person: employers, schools, the institution a note comes from.

Why rules and not natasha alone: natasha's ORG spans in clinical text are mostly drug and lab names, so it
only contributes ORG spans with a quote or a number (see ner.py). An organisation is taken here when it has a
legal or institutional form with a proper name ("ООО «Ромашка»", "ГБУЗ РБ ГКБ № 21", "МБОУ СОШ № 12",
"Leeds General Infirmary", "Acme Inc.") or when the note says someone works or studies there ("works for
Tesco", "Место работы: ...").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medmoe.deid.entities import Entity
from medmoe.deid.registry import Recognizer

_RU_FORMS = (
    r"ООО|ОАО|ЗАО|ПАО|АО|НКО|ИП|ФГУП|МУП|ГУП|ГБУЗ|ГБУ|ФГБУ|ФГБОУ|ФГАОУ|ГАУЗ|ОГАУЗ|МАУЗ|ГКУЗ|МБУЗ|ОГБУЗ|КГБУЗ|БУЗ|"
    r"ГБПОУ|ГАПОУ|МБОУ|МАОУ|МКОУ|МОУ|ГБОУ|ГАОУ|МБДОУ|МАДОУ|МКДОУ|МДОУ|ГБДОУ|АНО|ЧУЗ|ЧУ|НУЗ|СПАО|САО|СК|ОСАО|"
    r"ФГАУ|ГАУ|МАУ|МБУ|ГКУ|ФКУ|ГАУСО|ГБУСО"
)
# an institution noun before a quoted name: "Лаборатория «Хеликс»", "клиника «Медси»", "МИС «Ариадна»"
_RU_NOUNS = (
    r"лаборатори\w*|клиник\w*|медицинск\w+\s+центр\w*|медцентр\w*|центр\w*|компани\w*|завод\w*|фабрик\w*|"
    r"магазин\w*|банк\w*|холдинг\w*|групп\w+\s+компаний|колледж\w*|университет\w*|институт\w*|техникум\w*|"
    r"училищ\w*|фирм\w*|агентств\w*|корпораци\w*|предприяти\w*|организаци\w*|кафе|ресторан\w*|салон\w*|"
    r"театр\w*|фонд\w*|кооператив\w*|товариществ\w*|комбинат\w*|трест\w*|санатори\w*|пансионат\w*"
)
# abbreviations that name a kind of organisation before its quoted name ("ТСЖ «Уют»", "НИИ «...»"); not any
# capitals: "КОК «Джес»" is a contraceptive, "ПО ТИПУ «...»" shouted text, "МИС «Ариадна»" software
_RU_ABBR = r"(?:ЛПУ|МО|МУ|НИИ|НПО|НПП|НПЦ|ЧОП|СНТ|ТСЖ|ТЦ|ТРЦ|МФЦ|ТФОМС|СМО|СК|ГК|ПК|КФХ|ООО|ЧП)"
_QUOTED = r"[«\"“„][^»\"”\n]{1,140}[»\"”]"
RU_ORG_RX = re.compile(
    r"(?<![\w])(?:(?:" + _RU_FORMS + r"|LLC|Inc\.?|Ltd\.?)(?:\s+[А-ЯЁA-Z]{1,5}){0,2}"
    # a lowercased note: "гауз то «городская поликлиника № 5»", "ооо «клиника здоровье+»"
    r"|(?i:ооо|оао|зао|пао|ао|гбуз|гауз|огауз|гбу|фгбу|мбуз|огбуз|гкуз|ано|нко)(?:\s+[а-яё]{1,4}){0,2}(?=\s*[«\"])"
    r"|(?i:" + _RU_NOUNS + r")"
    r"(?:\s+[а-яё]+)?|"
    + _RU_ABBR
    + r")\s*"
    + _QUOTED
    # its subordination and city belong to the name: "... » Минздрава России", "... » г. Казани", "... » ДЗМ"
    + r"(?:[ \t]+(?:Минздрава[ \t]+(?:России|РФ|[А-ЯЁ][а-яё]+)|МЗ[ \t]+(?:РФ|РТ|РБ)|ДЗМ|г\.[ \t]*[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё]+)*))?"
)
# a health institution by its legal form and abbreviations, without quotes: "ГБУЗ РБ ГКБ № 21 г. Уфа"
RU_FACILITY_RX = re.compile(
    r"(?<![\w])(?:ГБУЗ|ГАУЗ|ОГАУЗ|МАУЗ|ГБУ|ФГБУ|ГКУЗ|МБУЗ|ОГБУЗ|КГБУЗ|БУЗ|ЧУЗ)(?:[ \t]+[А-ЯЁ]{2,5}(?![А-ЯЁа-яё])"
    r"){1,3}(?:\s*№\s*\d+)?"
    r"(?:\s+(?:им\.|имени)\s+(?:[А-ЯЁ]\.\s?){0,2}[А-ЯЁ][а-яё]+)?(?:\s+(?:г\.\s*)?[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё]+)*(?=[\s,.]|$))?"
)
# an institution named after someone: "МГУ им. М.В. Ломоносова", "ГКБ им. С.П. Боткина"
NAMED_AFTER_RX = re.compile(
    r"(?<![\w])[А-ЯЁ]{2,6}(?:\s*№\s*\d+)?\s+(?:им\.|имени)\s+(?:[А-ЯЁ]\.\s?){0,2}[А-ЯЁ][а-яё]+"
    r"(?:-[А-ЯЁ][а-яё]+)?"
)
# a numbered school or kindergarten places a child ("МБОУ СОШ № 12", "д/с № 45", "в школе №3"); a hospital
# number alone ("ГКБ № 1") is the treating facility and stays
EDU_RX = re.compile(
    r"(?<![\w])(?:(?:МБОУ|МАОУ|МКОУ|МОУ|ГБОУ|ГБПОУ|МБДОУ|МАДОУ|МКДОУ|МДОУ|ГБДОУ)\s+)?"
    r"(?:СОШ|ООШ|НОШ|д/с|(?i:детск\w+\s+сад\w*|школ[аеуыой]\w*|гимнази\w+|лице[йяюе]\w*))\s*№\s*\d+"
    r"|(?<![\w])(?:МБОУ|МАОУ|МКОУ|МОУ|ГБОУ|МБДОУ|МАДОУ|МКДОУ|МДОУ|ГБДОУ)\s+(?:СОШ|ООШ|НОШ|д/с|ДС)?\s*№?\s*\d+"
)
# "Место работы, должность: ООО Ромашка, кладовщик", "работает в ПАО Сбербанк": the employer is personal data
RU_EMPLOYER_RX = re.compile(
    r"(?i:место\s+(?:работы|учёбы|учебы)(?:,\s*(?:работы|учёбы|учебы|должность))*)\s*:\s*"
    r"([^,;\n]{2,80}?)(?=\s*(?:[,;\n]|$))"
)

# English named institutions: "Quincy Medical Associates", "St. Mary's Hospital", "Leeds General Infirmary"
EN_RX = re.compile(
    r"(?<![\w])(?:St\.?\s+)?(?:[A-Z][a-z]+(?:['’]s)?\s+(?:(?:and|&)\s+)?){1,4}(?:Hospital|Medical\s+Center|Medical\s+Centre|"
    r"Medical\s+Associates|Clinic|Health\s+System|Healthcare|Health\s+Cent(?:er|re)|University|College|School|"
    r"Infirmary|Hospice|Health\s+Sciences\s+Cent(?:er|re)|Cancer\s+Cent(?:er|re)|(?:NHS\s+)?(?:Foundation\s+)?Trust|Surgery|Medical\s+Practice|Inc\.?|LLC|Ltd\.?|plc|"
    r"Corp\.?|Corporation|Company|Nursing\s+Home)(?![\w])"
    r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)?"
)  # "Royal Infirmary of Edinburgh"
# the institution itself, not a department named after it: "St. Mary's Hospital Internal Medicine Clinic"
_EN_HEAD = re.compile(r"(?<=\w)(?:'s)?[ \t]+(?:Hospital|Infirmary|Medical[ \t]+Cent(?:er|re))(?=[ \t]+[A-Z])")
EN_GENERIC = frozenset(
    "The A An Our Your This That Emergency General Community Regional Memorial Medical Internal "
    "Medicine Family Primary Care Urgent Outpatient Inpatient Department Cardiology Neurology "
    "Surgery Oncology Pediatric Paediatric Women's Children's Mental Health".split()
)
# the letterhead: a first line of 2-5 capitalised words and nothing else ("Kaiser Permanente Fresno\n",
# "Sunnybrook Health Sciences Centre - Department of ...") names the institution
EN_LETTERHEAD_RX = re.compile(
    r"\A\s*(?:[A-Z][A-Z ]{4,40}(?:\n|[ \t]+[-–—][ \t]+))?"  # "OPERATIVE REPORT\n", "ED RECORD - " before it
    r"((?:[A-Z][a-z]+(?:['’]s)?|&|of|and|the)(?:[ \t]+(?:[A-Z][a-z]+(?:['’]s)?|&|of|and|the)){1,4})"
    r"[ \t]*(?=\n|[ \t]+[-–—][ \t])"
)
# a discharge destination: "d/c planned to Regis Toowong.", "discharged to Bupa Aged Care Fitzroy" (a care home
# places the patient); generic destinations ("Home", "Rehab", "Ward 5") are not organisations
EN_DESTINATION_RX = re.compile(
    r"(?<![\w])(?i:d/c(?:[ \t]+planned)?[ \t]+to|discharged?(?:[ \t]+planned)?[ \t]+to|discharge[ \t]+destination[ \t]*:|"
    r"transfer(?:red)?[ \t]+to)[ \t]+((?:the[ \t]+)?[A-Z][\w&'’\-]*(?:[ \t]+[A-Z][\w&'’\-]*){0,4})"
)
_DEST_GATE = re.compile(r"(?i:d/c|discharg|transfer)")
_EN_DEST_GENERIC = frozenset(
    "Home Rehab Rehabilitation Ward ICU HDU CCU Theatre Theatres ED ER OR Recovery PACU Unit Medical Surgical "
    "Hospital Care Residential Community GP Cardiology Oncology Surgery Medicine Respite Hospice Nursing".split()
)
# "works night shifts at Boeing", "works for the Royal Mail", "employed by FedEx", "Employer: Tesco"
EN_EMPLOYER_RX = re.compile(
    r"(?:(?<![\w])(?:[Ww]orks?|[Ww]orking|[Ww]orked)(?:\s+[a-z\-]+){0,3}\s+(?:at|for)|[Ee]mployed\s+(?:by|at)|"
    r"(?i:employer)\s*:|at\s+work\s*\(|"
    # "Occupation: cashier, Telstra": the employer after the job
    r"(?i:occupation)[ \t]*:[ \t]*[a-z][a-z \-]{1,30},)[ \t]*((?:the[ \t]+)?[A-Z][\w&'’\-]*(?:[ \t]+[A-Z][\w&'’\-]*){0,3})"
)


class OrgRecognizer(Recognizer):
    """Organisations with a form and a proper name, and employers named as such (see the module docstring)."""

    name, types, langs, score = "org_form", ("ORG",), ("ru", "en"), 0.8

    def find(self, text: str, lang: str) -> Iterator[Entity]:
        for rx in (RU_ORG_RX, EDU_RX):
            for m in rx.finditer(text):
                yield Entity(m.start(), m.end(), "ORG", self.name, self.score)
        for m in NAMED_AFTER_RX.finditer(text):
            yield Entity(m.start(), m.end(), "ORG", self.name, 0.75)
        for m in RU_FACILITY_RX.finditer(text):
            yield Entity(m.start(), m.end(), "ORG", self.name, 0.7)
        for m in RU_EMPLOYER_RX.finditer(text):
            if re.search(r"[А-ЯЁA-Z«\"]", m.group(1)) and not re.fullmatch(
                r"(?i:\s*(?:нет|не\s+работает|пенсионер\w*|"
                r"безработн\w*|домохозяйк\w*|-)\s*)",
                m.group(1),
            ):
                yield Entity(m.start(1), m.end(1), "ORG", self.name, 0.75)
        if lang != "en":
            return
        m0 = EN_LETTERHEAD_RX.match(text)
        if m0 is not None:
            from medmoe.deid.names_en import _SKIP_WORDS, first_names

            words = [w for w in m0.group(1).split() if w[0].isupper()]
            if (
                len(words) >= 2
                and words[-1]
                not in (
                    "Summary",
                    "Report",
                    "Note",
                    "Letter",
                    "Record",
                    "Card",
                    "Service",
                    "Services",
                    "Unit",
                    "Team",
                    "Department",
                    "Division",
                    "Program",
                    "Programme",
                    "Ward",
                    "Clinic",
                    "Consult",
                    "Consultation",
                    "Visit",
                    "Assessment",
                    "Form",
                    "Referral",
                    "Request",
                )
                and not any(w in _SKIP_WORDS or w in EN_GENERIC for w in words[:1])
                and words[0] not in first_names()
            ):
                yield Entity(m0.start(1), m0.end(1), "ORG", self.name, 0.7)
        for m in EN_EMPLOYER_RX.finditer(text):
            span = m.group(1).rstrip(".")
            if span.lower() in (
                "na",
                "n/a",
                "none",
                "nil",
                "unknown",
                "self",
                "retired",
                "unemployed",
                "home",
            ):
                continue
            yield Entity(m.start(1), m.start(1) + len(span), "ORG", self.name, 0.75)
        for m in EN_DESTINATION_RX.finditer(text) if _DEST_GATE.search(text) else ():
            span = m.group(1).rstrip(".")
            if not all(w in _EN_DEST_GENERIC or w == "the" for w in span.split()):
                yield Entity(m.start(1), m.start(1) + len(span), "ORG", self.name, 0.7)
        for m in EN_RX.finditer(text):
            end = m.end()
            head = _EN_HEAD.search(m.group())
            if head is not None and all(
                w in EN_GENERIC or w in ("Clinic", "Unit", "Service", "Department")
                for w in m.group()[head.end() :].split()
            ):
                end = m.start() + head.end()
            words = text[m.start() : end].split()
            while words and words[0] in ("The", "A", "An", "Our", "Your", "At", "To", "From"):
                words.pop(0)
            # "Community Hospital" names no one; a proper name in front of the institution word does
            if len(words) >= 2 and not all(w.rstrip("'s") in EN_GENERIC for w in words[:-1]):
                start = end - len(" ".join(words))
                yield Entity(start, end, "ORG", self.name, 0.7)
