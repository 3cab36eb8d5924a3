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
from medmoe.deid.morph import facts
from medmoe.deid.registry import Recognizer

# a health institution's legal form: (state/municipal/federal, with a region's prefix) budget, autonomous or
# treasury "учреждение здравоохранения": ГБУЗ, МАУЗ, ГКУЗ, ОГБУЗ, КГБУЗ, ФГБУЗ and regional ones like КОГБУЗ
_RU_HEALTH_FORM = r"(?:[А-ЯЁ]{0,3}[ГМФ])?[БАК]УЗ"
_RU_FORMS = (
    _RU_HEALTH_FORM + r"|ООО|ОАО|ЗАО|ПАО|АО|НКО|ИП|ФГУП|МУП|ГУП|ГБУ|ФГБУ|ФГБОУ|ФГАОУ|"
    r"ГБПОУ|ГАПОУ|МБОУ|МАОУ|МКОУ|МОУ|ГБОУ|ГАОУ|МБДОУ|МАДОУ|МКДОУ|МДОУ|ГБДОУ|АНО|ЧУЗ|ЧУ|НУЗ|СПАО|САО|СК|ОСАО|"
    r"ФГКУ|ФГАУ|ГАУ|МАУ|МБУ|ГКУ|ФКУ|ГАУСО|ГБУСО"
)
# an institution noun before a quoted name: "Лаборатория «Хеликс»", "клиника «Медси»", "МИС «Ариадна»"
_RU_NOUNS = (
    r"лаборатори\w*|клиник\w*|медицинск\w+\s+центр\w*|медцентр\w*|центр\w*|компани\w*|завод\w*|фабрик\w*|"
    r"магазин\w*|банк\w*|холдинг\w*|групп\w+\s+компаний|колледж\w*|университет\w*|институт\w*|техникум\w*|"
    r"училищ\w*|фирм\w*|агентств\w*|корпораци\w*|предприяти\w*|организаци\w*|кафе|ресторан\w*|салон\w*|"
    r"театр\w*|фонд\w*|кооператив\w*|товариществ\w*|комбинат\w*|трест\w*|санатори\w*|пансионат\w*|"
    # "аптека «Ригла»", "страховая компания «СОГАЗ-Мед»", "гимназия «Эрудит»", "пенсионный фонд «...»"
    r"аптек\w*|страхов\w+\s+(?:компани\w*|медицинск\w+\s+организаци\w*|групп\w*)|гимнази\w*|лице[йяюе]\w*|"
    r"школ[аеуыой]\w*|детск\w+\s+сад\w*|интернат\w*|дом\w*-интернат\w*|хоспис\w*"
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
    # one lowercase word or a "для ..." phrase between: "пансионат для пожилых «...»", "центр для детей «...»"
    r"(?:\s+[а-яё]+|\s+для\s+[а-яё]+)?|"
    + _RU_ABBR
    + r")\s*"
    + _QUOTED
    # its subordination and city belong to the name: "... » Минздрава России", "... » г. Казани", "... » ДЗМ"
    + r"(?:[ \t]+(?:Минздрава[ \t]+(?:России|РФ|[А-ЯЁ][а-яё]+)|Мин[а-яё]{4,}[ \t]+(?:России|РФ)|МЗ[ \t]+(?:РФ|РТ|РБ)|ДЗМ|г\.[ \t]*[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё]+)*))?"
)
# a health institution by its legal form and abbreviations, without quotes: "ГБУЗ РБ ГКБ № 21 г. Уфа"
RU_FACILITY_RX = re.compile(
    r"(?<![\w])(?:" + _RU_HEALTH_FORM + r"|ГБУ|ФГБУ|ЧУЗ)(?:[ \t]+[А-ЯЁ]{2,5}(?![А-ЯЁа-яё])"
    r"){1,3}(?:\s*№\s*\d+)?"
    r"(?:\s+(?:им\.|имени)\s+(?:[А-ЯЁ]\.\s?){0,2}[А-ЯЁ][а-яё]+)?(?:\s+(?:г\.\s*)?[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё]+)*(?=[\s,.]|$))?"
)
# an institution named after someone: "МГУ им. М.В. Ломоносова", "ГКБ им. С.П. Боткина"
NAMED_AFTER_RX = re.compile(
    r"(?<![\w])[А-ЯЁ]{2,6}(?:\s*№\s*\d+)?(?:\s+[а-яё]{3,}){0,2}\s+(?:им\.|имени)\s+(?:[А-ЯЁ]\.\s?){0,2}[А-ЯЁ][а-яё]+"
    r"(?:-[А-ЯЁ][а-яё]+)?"
)
# a numbered school or kindergarten places a child ("МБОУ СОШ № 12", "д/с № 45", "в школе №3")
EDU_RX = re.compile(
    r"(?<![\w])(?:(?:МБОУ|МАОУ|МКОУ|МОУ|ГБОУ|ГБПОУ|МБДОУ|МАДОУ|МКДОУ|МДОУ|ГБДОУ)\s+)?"
    r"(?:СОШ|ООШ|НОШ|д/с|(?i:детск\w+\s+сад\w*|школ[аеуыой]\w*|гимнази\w+|лице[йяюе]\w*))\s*№\s*\d+"
    r"(?:\s*«[^»\n]{1,40}»)?"  # "детский сад № 7 «Солнышко»"
    r"|(?<![\w])(?:МБОУ|МАОУ|МКОУ|МОУ|ГБОУ|МБДОУ|МАДОУ|МКДОУ|МДОУ|ГБДОУ)\s+(?:СОШ|ООШ|НОШ|д/с|ДС)?\s*№?\s*\d+"
)
# a numbered health institution ("ГКБ № 15", "городская больница №2", "роддом № 4", "ДГП № 3 им. ...") or a
# region's single hospital by its abbreviation ("РДКБ", "ОКБ"). Masked wherever it stands, the facility treating
# the patient now included ("Доставлен в ГКБ № 1"): with the legal form ("ГБУЗ ГКБ № 1") or quoted it always was
# masked, a de-identified note leaves the hospital that wrote it, and the facility narrows down who the patient is
_RU_HOSP_ABBR = r"(?=[А-ЯЁ]{2})Д?Г?К?[БП]|[ГО]?[ИП]КБ|[ГО]?ПБ|ДГКБ|ГДКБ|ДКБ|ГДБ|ДГБ|ЦГБ|ЦРБ|ЦМСЧ|МСЧ|ГКП|ГКОБ|ГВВ|ПНД|НД|ПТД|КВД|ГКБСМП|БСМП|ГССП"
_RU_HOSP_WORDS = (
    r"(?:(?:городск|детск|районн|межрайонн|областн|краев|республиканск|центральн|клиническ|стоматологическ|"
    r"инфекционн|психиатрическ|туберкул[её]зн|онкологическ|кожно-венерологическ|наркологическ)\w*\s+){1,3}"
    r"(?:больниц|поликлиник|госпитал|диспансер|амбулатори)\w*|(?:больниц|поликлиник)\w*|родильн\w+\s+дом\w*|"
    r"роддом\w*|женск\w+\s+консультаци\w+"
)
_RU_REGION_HOSP = re.compile(r"(?<![\w])(?:РДКБ|ДРКБ|РКБ|ОДКБ|ОКБ|КДКБ|ККБ|РКОД|ОКОД|РКД|ОКД)(?![\w])")
RU_NUMBERED_RX = re.compile(
    r"(?<![\w])(?=[ДдГгКкБбПпЦцМмНнРрОоСсИиТтЖж])(?:(?:"
    + _RU_HOSP_ABBR
    + r")|(?i:"
    + _RU_HOSP_WORDS
    + r"))[ \t]*№[ \t]*\d{1,3}(?![\d])"
    r"(?:[ \t]+(?:им\.|имени)[ \t]+(?:[А-ЯЁ]\.[ \t]?){0,2}[А-ЯЁ][а-яё]+)?"
    r"|(?<![\w])(?:РДКБ|ДРКБ|РКБ|ОДКБ|ОКБ|КДКБ|ККБ|РКОД|ОКОД|РКД|ОКД)(?![\w])"
)
# a military unit by its open number ("в/ч 12345", "войсковая часть 54321"): it places a serviceman as a workplace
# does; a four- or five-digit number after the unit noun, the one shape the Russian paperwork uses
RU_MILITARY_UNIT_RX = re.compile(
    r"(?<![\w])(?:в/ч|(?i:войсков\w+[ \t]+част\w+))[ \t]*№?[ \t]*\d{4,5}(?![\d])"
)
# a commercial legal form before an unquoted name: "ООО Автотранс", "ПАО Сбербанк", "АНО Забота"; "АО" (also the
# aorta) only before a word pymorphy3 does not know ("АО Уралхим", not "АО Восходящая")
RU_FORM_BARE_RX = re.compile(
    r"(?<![\w])(ООО|ОАО|ЗАО|ПАО|АО|АНО|НКО)[ \t]+([А-ЯЁA-Z][А-ЯЁа-яёA-Za-z\-]+(?:[ \t]+[А-ЯЁA-Z][А-ЯЁа-яёA-Za-z\-]+)?)"
    r"(?![\w«\"])"
)
# "Место работы, должность: ООО Ромашка, кладовщик", "работает в ПАО Сбербанк": the employer is personal data
RU_EMPLOYER_RX = re.compile(
    r"(?i:место\s+(?:работы|учёбы|учебы)(?:,\s*(?:работы|учёбы|учебы|должность))*)\s*:\s*"
    r"([^,;\n]{2,80}?)(?=\s*(?:[,;\n]|$))"
)

# police: "ОМВД России по Тверскому району г. Москвы", "УМВД России по г. Казани", "Отдел полиции № 11
# «Московский» Управления МВД России по г. Казани", "ГУ МВД России по Свердловской области", in any case
_RU_PLACE = (
    r"(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*\s+(?:район\w*|округ\w*)\s+)?"
    r"(?:г\.\s*[А-ЯЁ][а-яё\-]+(?:\s+[А-ЯЁ][а-яё]+)?|[А-ЯЁ][а-яё\-]+\s+(?:област\w+|кра[юяе]\w*|район\w*)|"
    r"Республик\w+\s+[А-ЯЁ][а-яё]+(?:\s+[А-ЯЁ][а-яё]+)?|[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*)"
)
RU_POLICE_RX = re.compile(
    r"(?<![\w])(?:(?:[Оо]тдел\w*|[Оо]тделени\w*)\s+(?:полиции|МВД)(?:\s*№\s*\d+)?(?:\s*«[^»\n]{1,40}»)?"
    r"(?:\s+(?:[Уу]правлени\w+|[Гг]лавного\s+управлени\w+)\s+МВД)?|ОП(?:\s*№\s*\d+)?|ОМВД|УМВД|ГУ\s+МВД|МВД|ОВД|"
    r"ЛО\s+МВД|ЛОП)"
    r"\s+России\s+(?:по|на)\s+" + _RU_PLACE
)
# a military commissariat by its district or town ("Военный комиссариат Заводского и Центрального районов г.
# Орла", "военкомат г. Тулы Тульской области"): it places a conscript as a workplace does. Only with a place:
# "направлен военным комиссариатом" alone names no one
_RU_PLACE_PART = (
    r"г\.[ \t]*[А-ЯЁ][а-яё\-]+|[А-ЯЁ][а-яё\-]+[ \t]+(?:област\w*|обл\.|кра[юяе]\w*)|"
    r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*(?:(?:,|[ \t]+и)[ \t]+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*)*[ \t]+(?:район\w*|округ\w*)"
)
RU_MILITARY_OFFICE_RX = re.compile(
    r"(?<![\w])(?:[Вв]оенн\w+[ \t]+комиссариат\w*|[Вв]оенкомат\w*)(?:,?[ \t]+(?:" + _RU_PLACE_PART + r"))+"
)
_ISSUED_BY = re.compile(r"(?i:выдан\w*|кем\s+выдан\w*)[\s:]*$")
# courts: "Кировский районный суд г. Екатеринбурга", "Верх-Исетского районного суда", "Арбитражный суд
# Свердловской области"; a court without its proper adjective ("Решением районного суда") names no one
RU_COURT_RX = re.compile(
    r"(?<![\w])(?:[А-ЯЁ][а-яё]*(?:-[А-ЯЁ][а-яё]*)?(?:ий|ой|ый|ого|ому|ему|им|ым|ом)\s+"
    r"(?:районн|городск|межрайонн|гарнизонн)\w+\s+суд\w*|"
    r"(?:Арбитражн|Областн|Краев|Верховн)\w+\s+суд\w*)"
    r"(?:\s+(?:г\.\s*[А-ЯЁ][а-яё\-]+(?:\s+[А-ЯЁ][а-яё]+)?|[А-ЯЁ][а-яё]+\s+(?:област|кра|район)\w*|"
    r"Республики\s+[А-ЯЁ][а-яё]+(?:\s+[А-ЯЁ][а-яё]+)?))?"
)
# an insurer by its field: "Страховая медицинская организация: АльфаСтрахование-ОМС", "СМО: СОГАЗ-Мед"
RU_INSURER_RX = re.compile(
    r"(?<![\w])(?:(?i:страхов\w+\s+(?:медицинск\w+\s+)?(?:организаци\w*|компани\w*)|страховщик)|СМО)"
    r"[ \t]*:[ \t]*([^,;\n(]{2,60}?)(?=[ \t]*(?:[,;\n(]|$|[ \t]{2}))"
)
# an insurer named right after "страховая" used as a noun: "полис ОМС, страховая АльфаСтрахование-ОМС"
RU_INSURER_BARE_RX = re.compile(
    r"(?<![\w])(?i:страхов(?:ая|ой|ую))[ \t]+(?!(?i:компани|медицинск|организаци|групп|полис))"
    r"([А-ЯЁA-Z][\w\-]+(?:[ \t]+[А-ЯЁA-Z][\w\-]+)?)"
)
# "работает в Сбербанке", "трудится на Уралмаше": one capitalised word after a work verb names the employer
# when pymorphy3 does not know it as a place or a person ("работает в Казани" is a city)
RU_WORK_RX = re.compile(
    r"(?<![\w])(?i:работа\w*|трудит\w*|трудоустро\w*|устроил\w*)\s+(?:(?i:в|во|на)\s+)"
    r"([А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?|[А-ЯЁ]{2,6})(?![\w\-«\"])"
)

# English named institutions: "Quincy Medical Associates", "St. Mary's Hospital", "Leeds General Infirmary",
# "Kroger Pharmacy", "Calgary Police Service", "Wilson & Sons Funeral Home", "Lakeside Gastroenterology, PC".
# A proper word may be CamelCase ("BrightStar") or a short acronym ("CVS"); clinical acronyms before a clinic word
# are departments and are dropped by _EN_DEPT_ABBR below.
_EN_WORD = r"(?:[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:['’]s|(?<=s)['’])?|[A-Z]{2,5})"  # "St Thomas'"
# (within an institution name, words are separated by spaces or tabs only: a line break starts something else)
_EN_INSTITUTION = (
    r"Hospitals?|Medical[ \t]+Cent(?:er|re)|Medical[ \t]+Associates|Associates|Clinic|Health[ \t]+System|Healthcare|"
    r"Health[ \t]+Cent(?:er|re)|University|College|School|Academy|Nursery|Daycare|Infirmary|Hospice|"
    r"Health[ \t]+Sciences[ \t]+Cent(?:er|re)|Cancer[ \t]+Cent(?:er|re)|(?:NHS[ \t]+)?(?:Foundation[ \t]+)?Trust|Surgery|"
    r"(?:Family|Medical|Dental|General)[ \t]+Practice|Medical[ \t]+Group|Health[ \t]+Board|Health[ \t]+Plan|Medical[ \t]+Fund|"
    r"Insurance(?:[ \t]+Company)?|Mutual|Pharmacy|Chemists?|Police(?:[ \t]+(?:Service|Department|Force))?|"
    r"Constabulary|Funeral[ \t]+(?:Home|Chapel|Services?)|Mortuary|Senior[ \t]+Living|Care[ \t]+Home|Nursing[ \t]+Home|"
    r"Aged[ \t]+Care|Retirement[ \t]+(?:Home|Village)|Nursing[ \t]+and[ \t]+Rehabilitation(?:[ \t]+Cent(?:er|re))?|"
    r"Rehabilitation[ \t]+Cent(?:er|re)|(?:City|County|Borough|District|Town)[ \t]+Council|Council|"
    r"(?:First[ \t]+)?Nation|Indian[ \t]+Band|Renal[ \t]+Unit|Dialysis[ \t]+(?:Unit|Cent(?:er|re))|Institute|"
    r"Inc\.?|LLC|Ltd\.?|Pty[ \t]+Ltd|plc|PLC|Corp\.?|Corporation|Company"
)
# a legal form ends the name unless a name follows it: "Rivermouth Constabulary, PC Dawn Ellery" is a constable
_EN_LEGAL_END = r"(?![\w]|[ \t]+[A-Z][a-z])"
_EN_LEGAL = r"LLC|PLLC|PC|P\.C\.|Inc\.?|Ltd\.?|LLP|Pty[ \t]+Ltd|plc|PLC|Corp\.?"
EN_RX = re.compile(
    r"(?<![\w])(?:St\.?[ \t]+)?" + _EN_WORD + r"(?:[ \t]+(?:(?:and|&)[ \t]+)?" + _EN_WORD + r"){0,3}"
    r"(?:[ \t]+(?:" + _EN_INSTITUTION + r")(?![\w])|,?[ \t]+(?:" + _EN_LEGAL + r")" + _EN_LEGAL_END + r")"
    r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})?"  # "Royal Infirmary of Edinburgh"
    r"(?:,?[ \t]+(?:" + _EN_LEGAL + r")" + _EN_LEGAL_END + r")?"  # "Sunrise Family Medicine, LLC"
)
# clinical acronyms that make "ENT Clinic", "HIV Clinic", "ICU" departments, not organisations
_EN_DEPT_ABBR = frozenset(
    "ED ER ENT GP ICU HDU CCU NICU PICU OB GYN OBGYN HIV TB STI GUM IVF COPD IBD CF MS ALS PD DM CHF CKD ADHD "
    "OT PT SLP MRI CT ECG EKG EEG PACU OR NHS VA ARV ART PrEP".split()
)
# the institution itself, not a department named after it: "St. Mary's Hospital Internal Medicine Clinic"
_EN_HEAD = re.compile(r"(?<=\w)(?:'s)?[ \t]+(?:Hospital|Infirmary|Medical[ \t]+Cent(?:er|re))(?=[ \t]+[A-Z])")
EN_GENERIC = frozenset(
    "The A An Our Your This That Emergency General Community Regional Memorial Medical Internal "
    "Medicine Family Primary Care Urgent Outpatient Inpatient Department Cardiology Neurology "
    "Surgery Oncology Pediatric Paediatric Women's Children's Mental Health Practice Senior Teaching University "
    "Dental Nursing Home Rehabilitation Diabetes Sleep Pain Fertility Eye Skin Walk-in Hearing Travel "
    "Vaccination Pharmacy Local State City County Private Public Elementary Middle High Secondary Junior "
    # surgical specialties before "Surgery", kinds of pharmacy and insurance, national bodies of guidelines
    "Plastic Cardiac Vascular Hand Orthopaedic Orthopedic Colorectal Breast Thoracic Bariatric Spinal Trauma "
    "Day Minor Ambulatory Oral Maxillofacial Transplant Endocrine Upper Lower Hospital Retail Specialty Online "
    "Clinical Compounding National Life Social American British European International World Australian "
    "Canadian Medical Nursing Sunday Main "
    # what a department clinic is for: "Chronic Disease Clinic", "Memory Clinic", "Antenatal Clinic"
    "Chronic Disease Asthma Heart Kidney Renal Liver Memory Falls Wound Anticoagulation Antenatal Postnatal "
    "Baby Child Youth Fracture Foot Spine Stroke Lipid Hypertension Headache Epilepsy Allergy Continence".split()
)
# the words of the institution part itself ("Medical Center", "Funeral Home", ", LLC")
_EN_INST_WORDS = frozenset(
    "Hospital Hospitals Medical Center Centre Associates Clinic Health System Healthcare University College "
    "School Academy Nursery Daycare Infirmary Hospice Sciences Cancer NHS Foundation Trust Surgery Family Dental "
    "General Practice Group Board Plan Fund Insurance Company Mutual Pharmacy Chemist Chemists Police Service "
    "Department Force Constabulary Funeral Home Chapel Services Mortuary Senior Living Care Nursing "
    "Rehabilitation Aged Retirement Village Inc Inc. LLC Ltd Ltd. Pty plc PLC Corp Corp. Corporation PLLC PC "
    "P.C. LLP and & of the St St. City County Borough District Town Council First Nation Indian Band Renal Unit "
    "Dialysis Institute".split()
)
# the letterhead: a first line of 2-5 capitalised words and nothing else ("Kaiser Permanente Fresno\n",
# "Sunnybrook Health Sciences Centre - Department of ...") names the institution
EN_LETTERHEAD_RX = re.compile(
    r"\A\s*(?:[A-Z][A-Z ]{4,40}(?:\n|[ \t]+[-–—][ \t]+))?"  # "OPERATIVE REPORT\n", "ED RECORD - " before it
    r"((?:[A-Z][a-z]+(?:['’]s)?|&|of|and|the)(?:[ \t]+(?:[A-Z][a-z]+(?:['’]s)?|&|of|and|the|for)){1,7})"
    r"[ \t]*(?=\n|[ \t]+[-–—][ \t])"
)
# sentence words capitalised in front of an institution: "Per American College ...", "The Royal ..."
_EN_OPENERS = frozenset(
    "The A An Our Your At To From Per By In Via See With For Attends Attended Referred Transferred Discharged "
    "Admitted Seen Works Worked Employed Visited Called Contacted".split()
)
# the last word of a first line that titles a document or a department, not an institution
_LETTERHEAD_TAILS = frozenset(
    "Summary Report Note Letter Record Card Service Services Unit Team Department Division Program Programme "
    "Ward Clinic Consult Consultation Visit Assessment Form Referral Request "
    # "Maternity Discharge — Royal ...", "Night Handover", "Falls Checklist": a document's title
    "Discharge Admission Handover Notes Log Plan Sheet Chart Checklist Certificate Statement Review".split()
)
# a discharge destination: "d/c planned to Regis Toowong.", "discharged to Bupa Aged Care Fitzroy" (a care home
# places the patient); generic destinations ("Home", "Rehab", "Ward 5") are not organisations
EN_DESTINATION_RX = re.compile(
    r"(?<![\w])(?i:d/c(?:[ \t]+planned)?[ \t]+to|discharged?(?:[ \t]+planned)?[ \t]+to|discharge[ \t]+destination[ \t]*:|"
    r"transfer(?:red)?[ \t]+(?:to|from)|referred[ \t]+from)[ \t]+((?:the[ \t]+)?[A-Z][\w&'’\-]*(?:[ \t]+[A-Z][\w&'’\-]*){0,4})"
)
# a referral to a named provider before what it offers: "referral to Kaiser Permanente Fresno outpatient program"
EN_REFERRAL_RX = re.compile(
    r"(?<![\w])(?:[Rr]eferral|[Rr]eferred)[ \t]+to[ \t]+((?:[A-Z][\w&'’\-]*[ \t]+){0,3}[A-Z][\w&'’\-]*)"
    r"(?=[ \t]+(?:outpatient|inpatient|day|community|home|rehab\w*|program\w*|service|services|clinic|team|"
    r"for|on|at|via)\b)"
)
_DEST_GATE = re.compile(r"(?i:d/c|discharg|transfer|referred)")
_EN_DEST_GENERIC = frozenset(
    "Home Rehab Rehabilitation Ward ICU HDU CCU Theatre Theatres ED ER OR Recovery PACU Unit Medical Surgical "
    "Hospital Care Residential Community GP Cardiology Oncology Surgery Medicine Respite Hospice Nursing "
    # wards and departments of the same hospital: "transferred to the Emergency Department", "from ICU"
    "Emergency Department Intensive Critical Coronary High Dependency Day Short Stay Observation Assessment "
    "Acute Labour Delivery Maternity Neonatal Paediatric Pediatric Stroke Cardiac Cath Lab Endoscopy Dialysis "
    "Radiology Imaging NICU PICU SCBU MAU AMU CDU Outpatients Inpatients Clinic Service Team Bay Bed Room".split()
)
# "works night shifts at Boeing", "works for the Royal Mail", "employed by FedEx", "Employer: Tesco"
EN_EMPLOYER_RX = re.compile(
    r"(?:(?<![\w])(?:[Ww]orks?|[Ww]orking|[Ww]orked)(?:\s+[a-z\-]+){0,4}\s+(?:at|for)|"
    # a job, then where: "Warehouse operative at Tesco", "Teaching assistant at St Anne's Primary"
    r"(?<![\w])(?:operative|assistant|driver|worker|manager|teacher|cleaner|clerk|engineer|technician|accountant|"
    r"cashier|receptionist|administrator|secretary|mechanic|electrician|labourer|laborer|chef|porter|lecturer|"
    r"supervisor|volunteer|officer|analyst|developer|librarian|salesman|saleswoman|packer|labourer)s?[ \t]+(?:at|for)|[Ee]mployed(?:\s+[a-z\-]+){0,4}\s+(?:by|at)|"
    r"(?i:employer)\s*:|at\s+work\s*\(|"
    # "Occupation: cashier, Telstra": the employer after the job
    r"(?i:occupation)[ \t]*:[ \t]*[a-z][a-z \-]{1,30},)[ \t]*((?:the[ \t]+)?[A-Z][\w&'’\-]*"
    # "Hartley & Sons Builders", "Crestline Foods plc": "&"/"and" inside the name, a legal form after it
    r"(?:[ \t]+(?:[A-Z][\w&'’\-]*|(?:&|and)(?=[ \t]+[A-Z]))){0,4}(?:,?[ \t]+(?:"
    + _EN_LEGAL
    + r")"
    + _EN_LEGAL_END
    + r")?)"
)
# a brand before a lowercase "pharmacy"/"chemist": "(Woolworths pharmacy, 1-800-...)", "gets meds at Boots chemist"
EN_BRAND_PHARMACY_RX = re.compile(
    r"(?<![\w])([A-Z][\w&'’\-]*(?:[ \t]+[A-Z][\w&'’\-]*){0,2})[ \t]+(?=(?:pharmacy|chemist)(?![\w]))"
)

# a form field whose value is an organisation: "Insurance: Anthem Blue Cross  Member ID ...", "Payer: Novitas
# Solutions", "Medical aid: Discovery Health no. 123", "Pharmacy: Boots", "Police: Calgary Police Service, Cst.
# ...", "Funeral facility: ...", "Nursing home/LTC: ...", "School: ...". The value is a run of capitalised words
# (with "of", "and", "&", "the", a dash) up to a comma, a column gap, a lowercase word or the line end.
_EN_ORG_LABEL = (
    r"insurance(?:[ \t]+(?:company|carrier|provider))?|health[ \t]+insurance|insurer|insured[ \t]+(?:with|by)|"
    r"payer|payor|primary[ \t]+payer|medical[ \t]+aid|health[ \t]+(?:plan|fund)|carrier|employer|"
    r"(?:current[ \t]+)?school|college|university|nursery|day[ \t]*care|kindergarten|"
    r"(?:preferred[ \t]+|dispensing[ \t]+|nominated[ \t]+)?pharmacy|police(?:[ \t]+(?:service|force|agency))?|"
    r"funeral[ \t]+(?:home|facility|director)|mortuary|(?:service|residential|care)[ \t]+facility|"
    r"facility[ \t]+name|care[ \t]+home|nursing[ \t]+home(?:/LTC)?|GP[ \t]+(?:practice|surgery)|practice[ \t]+name|"
    r"referring[ \t]+(?:hospital|practice|facility|clinic)|referred[ \t]+from|billing[ \t]+provider|"
    r"private[ \t]+cover|facility"
)
_EN_VALUE_WORD = r"[A-Z][a-z]{0,2}\.(?=[ ][A-Z])|[A-Z0-9][\w&'’\-]*"
EN_LABEL_ORG_RX = re.compile(
    r"(?<![\w/])(?=[BbCcDdEeFfGgHhIiKkMmNnPpRrSsUu])(?i:" + _EN_ORG_LABEL + r")[ \t]*:[ \t]*"
    # a dot only closes a short abbreviation ("St.", "Co."): "Employer: Halvorsen Freight. School: ..." ends
    r"((?:" + _EN_VALUE_WORD + r")(?:[ ](?:" + _EN_VALUE_WORD + r"|of|and|&|the|for|[—–-](?=[ ][A-Z]))){0,7}"
    r"(?:,[ \t]*(?:" + _EN_LEGAL + r")" + _EN_LEGAL_END + r")?)"
)
_EN_ORG_VALUE_GENERIC = frozenset(
    "None N/A NA Nil Unknown Self Self-pay Private Uninsured Pending Not Yes No Home Other See Same NKDA "
    "Retired Unemployed Student Hospital Clinic Local "
    # public programmes cover millions and place no one
    "Medicare Medicaid Medi-Cal Tricare TRICARE VA NHS OHIP MSP OMS DMS".split()
)
# an HL7 insurance segment: IN1-4 is the insurance company's name ("IN1|1|AET817||UnitedHealthcare|...")
HL7_IN1_RX = re.compile(r"(?:^|[\r\n])IN1\|(?:[^|\r\n]*\|){3}([^|^\r\n]{2,80})")
# an HL7 patient demographics segment: PD1-3 is the patient's primary facility ("PD1|||Elm Tree Surgery^^B86001")
HL7_PD1_RX = re.compile(r"(?:^|[\r\n])PD1\|(?:[^|\r\n]*\|){2}([^|^\r\n]{2,80})")
# a FHIR reference to the patient's GP or managing organisation: '"generalPractitioner": [{"display": "X"}]'
FHIR_ORG_RX = re.compile(
    r'"(?:generalPractitioner|managingOrganization|organization|insurer|payor)"[ \t]*:[ \t]*\[?[ \t]*\{[^{}]*?'
    r'"display"[ \t]*:[ \t]*"([^"\n]{2,80})"'
)
# a practice typed in lowercase after "gp" or "registered with": "gp riverside medical practice", "copy to oak
# lane surgery"
EN_LOW_PRACTICE_RX = re.compile(
    r"(?<![\w])(?:gp|registered[ \t]+with|copy[ \t]+to)[ \t]+((?!(?:the|his|her|their|local|own|same)[ \t])"
    r"[a-z][a-z'’\-]+(?:[ \t]+[a-z][a-z'’\-]+){0,2}[ \t]+(?:medical[ \t]+(?:practice|cent(?:re|er))|surgery|"
    r"health[ \t]+cent(?:re|er)|family[ \t]+practice|group[ \t]+practice))(?![\w])"
)
# the addressee of a letter: after a blank line, an organisation line right above its department line
# ("Aetna\nPharmacy Prior Authorization Department", "Acme Mutual\nClaims Unit")
EN_ADDRESSEE_RX = re.compile(
    r"(?:\A|\n[ \t]*\n)([A-Z][\w&'’.\-]*(?:[ ](?:[A-Z][\w&'’.\-]*|of|and|&|for)){0,6})\n(?:[A-Z][\w&/'’\-]*[ ]){0,5}"
    r"(?:Department|Dept\.?|Division|Unit|Office|Team)[ \t]*(?=\n)"
)
# narrative contexts: "attends Hillcrest Primary", "insured with Acme Mutual", "pupil at Oak Lane School"
EN_CONTEXT_RX = re.compile(
    r"(?<![\w])(?:[Aa]ttends|attending[ \t]+school[ \t]+at|(?:pupil|student|enrolled)[ \t]+at|"
    # the pharmacy a patient uses and the provider that follows them: "Collects from Boots", "followed at X"
    r"[Cc]ollects(?:[ \t]+[a-z]+){0,2}[ \t]+from|(?:followed|managed)(?:[ \t]+up)?[ \t]+at|"
    r"(?:appt|appointment)[ \t]+at|"
    # where else the patient was treated or is registered, who employs or insures them: "previously treated at
    # X", "REGISTERED WITH X", "My employer (X)", "travel insurer X"
    r"(?:[Tt]reated|TREATED)[ \t]+(?:at|AT)|(?:[Rr]egistered|REGISTERED)[ \t]+(?:with|WITH)|"
    r"(?i:employer)[ \t]*\(|(?:travel[ \t]+)?insurer|"
    r"insured[ \t]+(?:with|by)|covered[ \t]+by)(?:[ \t]+|(?<=\())((?:the[ \t]+)?[A-Z][\w&'’\-]*(?:[ \t]+[A-Z][\w&'’\-]*){0,4})"
)


# an insurer names itself before the member's number: "Bupa policy no. 123", "Acme Health member ID X9" (a
# public programme stays: "Medicare member ID")
EN_INSURER_ID_RX = re.compile(
    r"(?<![\w])([A-Z][\w&'’\-]*(?:[ \t]+[A-Z][\w&'’\-]*){0,3})[ \t]+(?=(?:member(?:ship)?|policy|subscriber)"
    r"[ \t]+(?:ID|id|no\.?|number|num|#)(?![\w]))"
)


# typed in a hurry: "напр в хир отд ГКБ 15", "из гкб№15" (lowercase needs the "№", so do "ГБ"/"ГП": "ГБ 2 ст." is
# hypertension stage 2); a district hospital named by
# its town's adjective: "в Шатурской ЦРБ"
RU_NUMBERED_LOOSE_RX = re.compile(
    r"(?<![\w])(?:(?:ГКБ|ДГКБ|ДГП)[ \t]*№?|(?:ГБ|ДГБ|ГП)[ \t]*№|(?:гкб|дгкб|гб|дгб|гп|дгп|црб)[ \t]*№)[ \t]*\d{1,3}(?![\d.,:/])"
    r"|(?<![\w])[А-ЯЁ][а-яё]+(?:ск|цк)(?:ая|ой|ую)[ \t]+(?:ЦРБ|ЦГБ|ЦРКБ|РБ)(?![\w])"
)
# the same in English ("admitted to City Clinical Hospital No. 15", "Polyclinic No. 3")
EN_NUMBERED_RX = re.compile(
    r"(?<![\w])(?:(?:City|Municipal|Regional|District|Children['’]s|Central|Clinical|Maternity|Infectious|Diseases|"
    r"Republican|Oblast)[ \t]+){0,3}(?:Hospital|Polyclinic|Clinic|Maternity[ \t]+Home)[ \t]+"
    r"(?:No\.?|Number|№|#)[ \t]*\d{1,3}(?![\d])"
)


def _ru_numbered(text: str) -> Iterator[re.Match[str]]:
    """Matches of RU_NUMBERED_RX, searched only around each "№" and at the regional abbreviations: the pattern
    would otherwise try its alternatives at every word of every Russian note."""
    seen: set[tuple[int, int]] = set()
    windows = [(max(0, m.start() - 70), min(len(text), m.end() + 60)) for m in re.finditer("№", text)]
    windows += [(m.start(), m.end()) for m in _RU_REGION_HOSP.finditer(text)]
    for a, b in windows:
        for m in RU_NUMBERED_RX.finditer(text, a, b):
            if m.span() not in seen:
                seen.add(m.span())
                yield m


def _numbered_score(span: str) -> float:
    """A facility abbreviation with "№ <number>" is trusted like a labelled identifier (0.8), so the number
    inside it ("ПНД № 202") stays part of the hospital instead of being taken alone as a record number by the
    generic "№" rule; without the "№" the match keeps the ordinary 0.7."""
    return 0.8 if "№" in span else 0.7


def _ru_employer_word(word: str) -> bool:
    """A capitalised word after a work verb is an employer ("Сбербанке", "Газпроме") unless pymorphy3 reads it
    as a place, a person, or a kind of workplace capitalised for no reason ("в Больнице"); an acronym only
    when pymorphy3 tags it an organisation ("РЖД"; not "ЦРБ", a kind of hospital)."""
    from medmoe.deid.morph import parse

    parses = parse(word)
    if not parses:
        return False
    grams = set().union(*(p.tag.grammemes for p in parses[:3]))
    if word.isupper():
        return "Orgn" in grams
    return not grams & {"Geox", "Name", "Surn", "Patr"} and parses[0].normal_form not in _RU_WORKPLACE_KINDS


# kinds of workplace, not names of one
_RU_WORKPLACE_KINDS = frozenset(
    "больница поликлиника школа отделение стационар офис магазин колледж университет институт компания фирма "
    "организация торговля сфера охрана бюджетный частный завод фабрика банк склад цех мастерская детсад "
    "сад такси полиция армия строительство производство медицина здравоохранение образование".split()
)


class OrgRecognizer(Recognizer):
    """Organisations with a form and a proper name, and employers named as such (see the module docstring)."""

    name, types, langs, score = "org_form", ("ORG",), ("ru", "en"), 0.8

    def find(self, text: str, lang: str) -> Iterator[Entity]:
        # RU_ORG_RX needs a quoted name: a note without quotes skips its long alternation at every word
        quoted = "«" in text or '"' in text or "“" in text or "„" in text
        for rx in (RU_ORG_RX, EDU_RX) if quoted else (EDU_RX,):
            for m in rx.finditer(text):
                yield Entity(m.start(), m.end(), "ORG", self.name, self.score)
        for m in NAMED_AFTER_RX.finditer(text) if "им." in text or "имени" in text else ():
            yield Entity(m.start(), m.end(), "ORG", self.name, 0.75)
        # cheap substring gates: each pattern below would otherwise try every capitalised word of every note
        gated = ([RU_POLICE_RX] if "России" in text else []) + ([RU_COURT_RX] if "суд" in text else [])
        for rx in gated:
            for m in rx.finditer(text):
                # the office that issued a passport is kept like a city (docs/deid-152fz.md)
                if not _ISSUED_BY.search(text, max(0, m.start() - 24), m.start()):
                    yield Entity(m.start(), m.end(), "ORG", self.name, 0.8)
        for m in RU_INSURER_RX.finditer(text) if "трахов" in text or "СМО" in text else ():
            if re.match(r"[А-ЯЁA-Z«\"]", m.group(1)):
                yield Entity(m.start(1), m.end(1), "ORG", self.name, 0.75)
        for m in RU_INSURER_BARE_RX.finditer(text) if "трахов" in text else ():
            yield Entity(m.start(1), m.end(1), "ORG", self.name, 0.75)
        for m in RU_WORK_RX.finditer(text) if "або" in text or "руд" in text or "устро" in text else ():
            if _ru_employer_word(m.group(1)):
                yield Entity(m.start(1), m.end(1), "ORG", self.name, 0.7)
        for m in RU_FACILITY_RX.finditer(text):
            yield Entity(m.start(), m.end(), "ORG", self.name, _numbered_score(m.group()))
        for m in RU_FORM_BARE_RX.finditer(text) if "О " in text else ():
            if m.group(1) != "АО" or not facts(m.group(2).split()[0].lower()).known:
                yield Entity(m.start(), m.end(), "ORG", self.name, 0.7)
        for m in _ru_numbered(text):
            yield Entity(m.start(), m.end(), "ORG", self.name, _numbered_score(m.group()))
        for rx in (RU_NUMBERED_LOOSE_RX, EN_NUMBERED_RX):
            for m in rx.finditer(text):
                yield Entity(m.start(), m.end(), "ORG", self.name, _numbered_score(m.group()))
        for m in RU_MILITARY_UNIT_RX.finditer(text) if "ч" in text else ():
            yield Entity(m.start(), m.end(), "ORG", self.name, 0.8)
        for m in RU_MILITARY_OFFICE_RX.finditer(text) if "оен" in text else ():
            yield Entity(m.start(), m.end(), "ORG", self.name, 0.75)
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
                and words[-1] not in _LETTERHEAD_TAILS
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
        yield from self._english_fields(text)
        for m in EN_DESTINATION_RX.finditer(text) if _DEST_GATE.search(text) else ():
            span = m.group(1).rstrip(".")
            if not all(w in _EN_DEST_GENERIC or w == "the" for w in span.split()):
                yield Entity(m.start(1), m.start(1) + len(span), "ORG", self.name, 0.7)
        for m in EN_REFERRAL_RX.finditer(text) if "eferr" in text else ():
            from medmoe.deid.names_en import _SKIP_WORDS, first_names

            words = m.group(1).split()
            # a proper name before a service word: "referral to Kaiser Permanente Fresno outpatient program";
            # a clinician ("referred to Dr Lee") or a department ("referred to Rheumatology clinic") is no employer
            if not any(
                w in _EN_DEST_GENERIC
                or w in EN_GENERIC
                or w in _EN_DEPT_ABBR
                or w in _SKIP_WORDS
                or re.search(r"(?:ology|iatry|ics|ery)$", w)
                or w in first_names()
                for w in words
            ):
                yield Entity(m.start(1), m.end(1), "ORG", self.name, 0.7)
        for m in EN_RX.finditer(text):
            end = m.end()
            head = _EN_HEAD.search(m.group())
            if head is not None and all(
                w in EN_GENERIC or w in ("Clinic", "Unit", "Service", "Department")
                for w in m.group()[head.end() :].split()
            ):
                end = m.start() + head.end()
            words = list(re.finditer(r"\S+", text[m.start() : end]))
            while words and words[0].group() in _EN_OPENERS:
                words.pop(0)
            # "Community Hospital", "ENT Clinic", "Plastic Surgery" name no one; a proper word in front does
            if any(
                (b := w.group().strip(",.")) not in EN_GENERIC
                and b not in _EN_INST_WORDS
                and b not in _EN_DEPT_ABBR
                and b.removesuffix("'s").removesuffix("’s") not in EN_GENERIC
                for w in words
            ):
                start = m.start() + words[0].start()
                yield Entity(start, end, "ORG", self.name, 0.7)

    def _english_fields(self, text: str) -> Iterator[Entity]:
        """Organisations by the field or the sentence that holds them (labels, HL7 IN1-4, a letter's addressee,
        "attends ...", "insured with ..."). Why by context: insurers, pharmacy chains and funeral homes are
        often bare brand names ("Aetna", "Walgreens") that no institution word marks."""
        from medmoe.deid.names_en import _SKIP_WORDS, first_names

        for m in EN_LABEL_ORG_RX.finditer(text):
            span = m.group(1).rstrip(" .—–-")
            # a billing provider may be a person: "Billing provider: Ryan Robinson, DO" stays to the name rules
            if span and span.split()[0] in first_names() and m.group().lower().startswith("billing"):
                continue
            if span and span not in _EN_ORG_VALUE_GENERIC and not span.isdigit():
                yield Entity(m.start(1), m.start(1) + len(span), "ORG", self.name, 0.75)
        if "PD1|" in text:
            for m in HL7_PD1_RX.finditer(text):
                if re.search(r"[A-Za-z]{3}", m.group(1)):
                    yield Entity(m.start(1), m.end(1), "ORG", self.name, 0.75)
        for m in FHIR_ORG_RX.finditer(text) if '"display"' in text else ():
            if not re.match(r"(?:Dr|Doctor|Prof)\b", m.group(1)):  # a GP reference may name the doctor
                yield Entity(m.start(1), m.end(1), "ORG", self.name, 0.75)
        for m in EN_LOW_PRACTICE_RX.finditer(text):
            yield Entity(m.start(1), m.end(1), "ORG", self.name, 0.7)
        if "IN1|" in text:
            for m in HL7_IN1_RX.finditer(text):
                if re.search(r"[A-Za-z]{3}", m.group(1)):
                    yield Entity(m.start(1), m.end(1), "ORG", self.name, 0.75)
        for m in EN_ADDRESSEE_RX.finditer(text):
            # a heading above a department line ("Discharge Summary\nEmergency Department") is not an addressee
            if not any(
                t in _SKIP_WORDS or t in EN_GENERIC or t in _LETTERHEAD_TAILS for t in m.group(1).split()
            ):
                yield Entity(m.start(1), m.end(1), "ORG", self.name, 0.7)
        for m in EN_CONTEXT_RX.finditer(text):
            span = m.group(1).rstrip(".")
            if not all(
                w in EN_GENERIC or w in _EN_DEPT_ABBR or w in _EN_DEST_GENERIC or w == "the"
                for w in span.split()
            ):
                yield Entity(m.start(1), m.start(1) + len(span), "ORG", self.name, 0.7)
        for m in EN_BRAND_PHARMACY_RX.finditer(text) if "pharmacy" in text or "chemist" in text else ():
            words = [w.removesuffix("'s").removesuffix("’s") for w in m.group(1).split()]
            # a heading or sentence word first ("Patient's pharmacy", "The pharmacy") names no brand
            first_generic = words[0] in _SKIP_WORDS or words[0] in _EN_OPENERS
            if (
                not first_generic
                and not any(w in _EN_ORG_VALUE_GENERIC for w in words)
                and not all(w in EN_GENERIC or w in _EN_DEPT_ABBR or w in _EN_INST_WORDS for w in words)
            ):
                yield Entity(m.start(1), m.end(1), "ORG", self.name, 0.7)
        for m in EN_INSURER_ID_RX.finditer(text) if "member" in text or "olicy" in text else ():
            words = list(re.finditer(r"\S+", m.group(1)))
            while words and (words[0].group() in _EN_OPENERS or words[0].group() in _SKIP_WORDS):
                words.pop(0)  # "The Acme policy", "Plan: Bupa policy"
            names = [w.group() for w in words]
            if (
                names
                and not any(w in _EN_ORG_VALUE_GENERIC for w in names)
                and not all(w in EN_GENERIC or w in _EN_DEPT_ABBR or w in _EN_INST_WORDS for w in names)
            ):
                yield Entity(m.start(1) + words[0].start(), m.end(1), "ORG", self.name, 0.75)
