"""English person names by rules: titles ("Dr.", "Mrs."), labels and roles ("Patient:", "seen by",
"daughter"), credentials after a name ("John Smith, MD"), and a list of common first names followed by a
capitalised word. natasha has no English model, so these rules are the English name detector.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from medmoe.deid.entities import Entity
from medmoe.deid.linebreaks import has_line_end_hyphen, hyphen_break_rx
from medmoe.deid.names_ru import structured_name_spans
from medmoe.deid.registry import Recognizer

# Latin letters with diacritics too ("Ana María López-García", "Zoë Müller")
_UP, _LO = "A-ZÀ-ÖØ-Þ\u0100-\u017f", "a-zß-öø-ÿ\u0100-\u017f"  # + Latin Extended-A ("Wiśniewski")
_CAPW = (
    r"(?:(?:O['’]|D['’])?["
    + _UP
    + "]["
    + _LO
    + "]+(?:["
    + _UP
    + "]["
    + _LO
    + "]+)?(?:[-'’]["
    + _UP
    + "]?["
    + _LO
    + r"]+)*|[A-Z]\.|(?:[OD]['’])?["
    + _UP
    + r"]{2,}(?:[-'’]["
    + _UP
    + r"]+)*"
    r"|[A-Z](?=[ \t]+(?:[A-Z][a-zß-öø-ÿ'’]|(?:van|von|de|da|del|der|den|la|le|di|bin|binti|ibn|al|el|du|dos|das|ter|ten)[ \t])))"
)  # the last: an initial without a dot, "Dr W Walker", "Dr R de la Cruz", "Dr J O'Reilly", "Dr J Ní Bhriain"
# Irish surname prefixes written apart ("Ó Briain", "Ní Bhriain", "Mac Giolla Phádraig") count as particles
_PARTICLE = r"(?:van|von|de|da|del|der|den|la|le|di|bin|binti|ibn|al|el|du|dos|das|ter|ten|Ó|Ní|Nic|Uí|Mac)"
# "Dr. van der Berg": particles may also open the name after a title
_NAME_SEQ = (
    r"(?:"
    + _PARTICLE
    + r"[ \t]+){0,2}"
    + _CAPW
    + r"(?:[ \t]+(?:"
    + _PARTICLE
    + r"[ \t]+){0,2}"
    + _CAPW
    + r"){0,3}"
)
_TITLE = r"(?:Pt|Dr|Drs|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Doctor|Nurse|Sister|Sr|Rev|Sgt|Capt|Smt|Shri|Sri|Kumari)\.?"
_ROLE = (
    r"(?:re|patient|pt|name|patient\s+name|this\s+is|my\s+name\s+is|(?:patient|pt|name)\s+is|attending|physician|provider|resident|surgeon|nurse|np|pa|signed|"
    r"dictated\s+by|transcribed\s+by|seen\s+by|seen\s+with|examined\s+by|referred\s+by|referring\s+(?:physician|doctor|provider)|"
    r"cc|contact|emergency\s+contact|next\s+of\s+kin|son|daughter|wife|husband|mother|father|sister|brother|"
    # relatives and carers of narrative ("mum Siobhan tel ...", "niece April on ...", "mum of Jean"), the
    # patient of a dictation ("a 71 year old gentleman Will Cook"), the writer of a message ("it's Maria")
    r"(?:mum|mom|mother|dad|father)\s+of|mum|mom|dad|niece|nephew|carer|grandson|granddaughter|grandmother|"
    r"grandfather|grandma|grandpa|granny|aunt|uncle|cousin|fianc[eé]e?|boyfriend|girlfriend|step(?:son|daughter|"
    r"mother|father|mum|dad)|flatmate|housemate|roommate|gentleman|lady|it['’]s|"
    # who the author spoke to: "d/w Okafor", "spoke to Nakamura", "handed over to Kowalczyk", "bleeped Haddad"
    r"d/w|spoke\s+(?:to|with)|handed\s+over\s+to|phoned|paged|bleeped|emailed|"
    r"spouse|partner|guardian|caregiver|friend|neighbou?r|by|with|to|from|per|electronically\s+signed\s+by|"
    r"consultant|pcp|primary\s+care\s+(?:physician|provider)|informant|accompanied\s+by|brought\s+in\s+by|"
    r"rn|lpn|sw|social\s+worker|(?:circulating|scrub|charge|bedside)\s+(?:rn|nurse)|scrub\s+tech|"
    r"md\s+on\s+call|on[\s-]call|"
    # a role written before a name without a colon: "Health visitor A. Moss.", "AMHP K. Lowe", "baby girl Ivy, 3 kg"
    r"health\s+visitor|amhp|baby\s+(?:boy|girl))"
)
_SKIP_WORDS = frozenset(
    "Miss Mx Sir Dame Lady Lord Master Smt Shri Sri Kumari "
    "The A An He She They It This That Patient Pt History Diagnosis Plan Assessment No Yes Mr Mrs Ms Dr Name "
    "Date Time Signed Hospital Clinic Department Emergency Room Unit Service Street Avenue Road Note "
    "January February March April May June July August September October November December Monday Tuesday "
    "Wednesday Thursday Friday Saturday Sunday Medical Center Mg Ml Follow Up Discharge Admission History "
    "Physical Exam Labs Lab Chest Head Neck Heart Lungs Abdomen Extremities Neuro Skin Review Systems Past "
    "Family Social Allergies Medications Vitals Impression Findings Results Negative Positive Normal Denies "
    "Reports States Status Post Stable Unremarkable Chief Complaint Present Illness And Or In On At Of For "
    "MD M.D. DO RN NP PA PA-C PhD FACS FACP MBBS DDS DOB MRN SSN ID Age Sex Phone Tel Email Address "
    "SHO FY1 FY2 HCA BMS StR SpR ANP ACP ODP "
    "Neurologist Cardiologist Radiologist Oncologist Psychiatrist Paediatrician Pediatrician Gastroenterologist "
    "Dermatologist Endocrinologist Rheumatologist Nephrologist Urologist Haematologist Hematologist Geriatrician "
    "Anaesthetist Anesthesiologist Registrar Midwife Pharmacist Physiotherapist Orthopaedic Obstetrician "
    "Physician Provider Surgeon Doctor Consultant Clinician Practitioner Therapist Specialist Physicians "
    "Attending Resident Fellow Intern Team Staff Nursing Pharmacy Cardiology Neurology Medicine Surgery Oncology "
    "Radiology Pathology Psychiatry Pediatrics Urology Nephrology Hematology Dermatology Gastroenterology "
    "Pulmonology Endocrinology Rheumatology Orthopedics Infectious Disease ICU ED ER PCP OB GYN Anesthesia "
    "College University School Institute Infirmary Hospitals Centre Trust Foundation "
    # places named after people: "Franklin Square", "Florence Nightingale Ward"
    "Square Drive Court Boulevard Blvd Plaza Heights Gardens Ward Wing Building Tower Terrace Crescent Parkway "
    "Highway Bridge Station Airport Mall "
    # letter openers before a name: "Dear Mary", "Hi Tunde"
    "Dear Dearest Hi Hello Hey Thanks Thank Regards Sincerely Cheers Attn Prof Professor".split()
)

# chained academic titles before the name: "Prof. Dr. med. Hans-Jürgen Müller", "Dr. rer. nat. A. Weber"; a
# police rank with the officer's collar number between ("Sgt 2417 Hughes", "DC 3301 Ellis": a statement names the
# officer so)
TITLE_RE = re.compile(
    r"(?<![\w])(?:(?:Sgt|DC|PC|DCI|Cst)\.?[ \t]+\d{3,6}|"
    + _TITLE
    + r"(?:[ \t]+(?:Dr|Prof|med|rer\.[ \t]?nat|habil|dent|univ)\.?)*)[ \t]+("
    + _NAME_SEQ
    + r")"
)
# "wife (Linda)": the name may be in brackets after the role
ROLE_RE = re.compile(
    r"(?<![\w])(?i:"
    + _ROLE
    + r")[ \t]*(?:[:\-,]?[ \t]+|[ \t]*\()("
    + _NAME_SEQ
    + r"(?:,[ \t]+(?!(?:DOB|D\.O\.B|MRN|SSN|NHS|Age|Sex|ID|Medicare|Hosp|DX|Dx)\b)"
    + _CAPW
    + r"(?:[ \t]+"
    + _CAPW
    + r")?(?=\s*(?:[,;.(\n]|$|\s+(?:MRN|DOB|age|\d))))?)"
)
# an undotted initial after a surname: "Hughes M, 56y", "Delacroix M (FY1)"
_TRAILING_INITIAL = r"(?:[ \t]+[A-Z](?![\w.]))?"
_CREDS = (
    r"(?:MD|M\.D\.|DO|RN|NP|PA-C|PhD|FACS|FACP|MBBS|DDS|PharmD|RPh|LCSW|MSW|LPN|CNA|APRN|CRNA|FRCPC|FRCP|"
    r"FRACP|FRACGP|MRCP|MRCGP|FRCS|DPM|PsyD|BSN|MSN|DNP|FNP|CNC|CNS|CNM|RGN|RMN|RPN|SpR|FRANZCR|FRCSI|MRCPI|"
    r"FRACS|FRCR|FANZCA|FACEM|FRCPI|MRCSI|"
    # UK training grades and staff roles written after a name like a credential: "Completed by A. Jones, FY2",
    # "checked by Jo Wells (BMS)", "Sam Kerr, HCA"
    r"FY1|FY2|SHO|StR|SpR|ST[1-8]|CT[1-3]|GPST[1-3]|HCA|BMS|ANP|ACP|ODP)"
)
# the name may be "SURNAME, Given" ("Completed by OKAFOR, Ruth, FY2"), and the credential may stand in brackets
# ("by Jo Wells (BMS)")
CRED_RE = re.compile(
    r"(?<![\w])((?:["
    + _UP
    + r"]{2,}(?:[-'’]["
    + _UP
    + r"]+)*,[ \t]+)?"
    + _NAME_SEQ
    + _TRAILING_INITIAL
    + r")(?:,?[ \t]+"
    + _CREDS
    + r"|[ \t]*\("
    + _CREDS
    + r"\))(?![\w])"
)
# a letter signed after the closing line: "Yours sincerely,\n\nAisling Kowalski\nConsultant ..."
SIGNOFF_RE = re.compile(
    r"(?i:yours\s+(?:sincerely|faithfully|truly)|kind\s+regards|best\s+regards|warm\s+regards|regards|"
    r"sincerely|best\s+wishes|with\s+thanks|many\s+thanks)[ \t]*,?[ \t]*\n\s*("
    + _NAME_SEQ
    + r")[ \t]*(?=\n|$|,)"
)
# "Grace's partner, Sean, reports": a possessive before a relative is a person
POSSESSIVE_REL_RE = re.compile(
    r"(?<![\w])("
    + _CAPW
    + r")['’]s[ \t]+(?=(?:partner|wife|husband|mother|father|son|daughter|sister|brother|"
    r"mum|mom|dad|carer|caregiver|spouse|boyfriend|girlfriend|fianc[ée]e?)\b)"
)
# a patient line of a handoff or list: "rm 12b: hope, 79yo", "Bed 4: darnell, 48 y/o" (any letter case), or
# the age in brackets before a dash: "Bed 9: Okonjo (54) — falls risk" (a count in brackets ends otherwise)
LIST_AGE_RE = re.compile(
    r"(?im)^[ \t]*(?:(?:rm|room|bed|bay|pt)[ \t]*[\w-]{0,5}[ \t]*[:\-][ \t]*)"
    r"([A-Za-zÀ-ÖØ-öø-ÿ][a-zß-öø-ÿ'’\-]+(?:[ \t]+[A-Za-zÀ-ÖØ-öø-ÿ][a-zß-öø-ÿ'’\-]+){0,3})"
    r"(?:,[ \t]*\d{1,3}[ \t]*(?:yo|y/o|y\.o\.|yrs?|years?)\b|"
    r"[ \t]+\(\d{1,3}\)(?=[ \t]*[—–-]))"
)
FIRST_RE = re.compile(
    r"(?<![\w])([A-Z][a-z]+)([ \t]+(?:[A-Z]\.[ \t]+)?" + _CAPW + r"(?:[ \t]+" + _CAPW + r")?)"
)
# "Smithfield, John (MRN 123456)": a LAST, FIRST pair right before an identifier label
LAST_FIRST_ID_RE = re.compile(
    r"(?<![\w])(" + _CAPW + r",[ \t]+" + _CAPW + r"(?:[ \t]+" + _CAPW + r")?)"
    r"(?=[ \t]*[(\[,;:|-]?[ \t]*(?:MRN|DOB|ID|SSN|Acct|Account|Record|D\.O\.B|#|NHI|IHI|UR|URN|UHID|HCN|OHIP|"
    r"Medicare|PPSN|\d{1,3}[ \t]*(?:y|yo|y/o|yrs?|years?)\b))"
)
# "From: Gareth Kowalski <gareth.k@mail.com>": the display name of an e-mail address
EMAIL_NAME_RE = re.compile(r"(?<![\w])(" + _NAME_SEQ + r")[ \t]*<[^<>\s@]+@[^<>\s]+>")
# "-- grace RN", "Kidd, April RN": a name signed before a credential, in any case
LOW_CRED_RE = re.compile(
    r"(?<![\w])((?:(?:Ma?c|O')?[A-Za-z][a-z'\-]+,[ \t]+)?(?:(?:Ma?c|O')?[A-Za-z][a-z'\-]+[ \t]+)?"
    r"(?:Ma?c|O')?[A-Za-z][a-zá-ÿ'\-]+)[ \t]+"
    r"(?:RN|LPN|CNA|NP|MD|PA-C|rn|lpn)\b(?![\w/])"
)
_CRED_WORD = re.compile(r"(?:RN|LPN|CNA|NP|MD|PA-C|rn|lpn)\b")
_SIGNOFF_KEYS = ("regards", "sincerely", "faithfully", "truly", "wishes", "thanks")
# a handoff: "report given to mei macleod rn", "handed over to black rn"
_HANDOFF_BEFORE = re.compile(
    r"(?i:(?:given|handed(?:\s+over)?|report(?:ed)?)\s+to|handoff\s+to|handed\s+over\s+by|handover\s+(?:from|by))[ \t]+$"
)  # "-- McDonald, Jennifer RN"
# lowercase notes: "seen by dr alice wen", "pt john smithfield"
_LOW_TITLE = r"(?:dr|drs|doctor|prof|professor)"  # not "mr"/"ms": mitral regurgitation, milliseconds
_LOW_ROLE = (
    r"(?:(?:pt|patient|name)\s+is|this\s+is|my\s+name\s+is|pt|patient|seen\s+by|seen\s+with|examined\s+by|referred\s+by|attending|nurse|by|son|daughter|wife|"
    r"husband|mother|mom|father|dad|sister|brother|spouse|partner|guardian|caregiver|friend|neighbou?r|"
    r"granddaughter|grandson|aunt|uncle|niece|nephew|contact|nok|md\s+on\s+call|on\s+call)"
)
LOW_TITLE_RE = re.compile(
    r"(?<![\w])(?i:" + _LOW_TITLE + r")\.?[ \t]+([a-z][a-z'\-]+(?:[ \t]+[a-z][a-z'\-]+)?)"
)
# the name may not itself be a role word: "seen with daughter mary" is "daughter" + "mary"
LOW_ROLE_RE = re.compile(
    r"(?<![\w])(?i:"
    + _LOW_ROLE
    + r")[ \t]*[:\-,]?[ \t]+(?!(?i:"
    + _LOW_ROLE
    + r")\b)([a-z][a-z'\-]+(?:[ \t]+[a-z][a-z'\-]+)?)"
)
FAMILY_RE = re.compile(
    r"(?i:son|daughter|wife|husband|mother|mom|father|dad|sister|brother|spouse|partner|"
    r"granddaughter|grandson|aunt|uncle|niece|nephew|friend|neighbou?r)[ \t]*[:\-,]?[ \t]+$"
)
# English first names that are also everyday words: lowercase mentions are names only after a relative word
EN_COMMON_NAMES = frozenset(
    "will mark bill grace hope joy faith rose may june april art pat sue rob don "
    "frank drew jack gene ray dawn summer rich lance chase page".split()
)
# "pt grant banks c/o pain", "pt hope c/o pain": one or two words between "pt" and what the patient reports
PT_REPORTS_RE = re.compile(
    r"(?<![\w])(?i:pt|patient)[ \t]+([a-z][a-z'\-]+(?:[ \t]+(?:van|von|de|der|den|la|le|di|da|del)\b)*"
    r"(?:[ \t]+[a-z][a-z'\-]+)?)[ \t]+"
    r"(?=c/o\b|complain\w*|states?\b|reports?\b|denies\b|endorses\b|says\b)"
)
_PARTICLES = frozenset("van von de der den la le di da del".split())
# ALL-CAPS names: "JOHN SMITHFIELD" (a known first name, then a capitals word)
CAPS_RE = re.compile(r"(?<![\w])([A-Z]{2,})([ \t]+(?:[A-Z]\.[ \t]+)?[A-Z]{2,}(?:[-'][A-Z]+)*)(?![\w])")
# lowercase words that follow "dr"/"pt" without being a name
COMMON_LOW = frozenset(
    "a an the and or but to of in on at for with by from is was are were be been has had have he she they it "
    "his her their this that said says notes noted recommends recommended reports reported states stated "
    "denies denied complains presents presented is was will would should may might can could did does do not "
    "no yes today tomorrow yesterday office visit team service on-call oncall called call note notes "
    "cardiology neurology surgery medicine oncology radiology ortho orthopedics psychiatry pediatrics icu ed er "
    "admitted discharged seen examined evaluated here there who which tolerated tolerating feels feeling well "
    "doing has had c/o c o pain fever also again still now then afebrile stable alert awake "
    "per via notify notified paged page inform informed ask asked tell told charge primary "
    "himself herself themselves family mother father wife husband son daughter sister brother friend nurse staff "
    "bedside floor night day covering evening unit float triage home hospice school case manager team physician "
    "doctor provider resident md rn np pa aide tech therapist chaplain social worker "
    "male female man woman boy girl year years old yo y/o circulating scrub charge bedside night day primary "
    "covering float med rer nat habil dent univ".split()
)
# a field of a form or a list whose value is a name: "Surname: TE WHATA  Given name(s): Rohan", "Client: PATEL,
# Deepa", "Pharmacist: A Kowalski"
LABEL_NAME_RE = re.compile(
    r"(?<![\w])(?=[SsFfLlGgMmPpKkCcRrNnDdAaTtWwIi])(?i:surname|family[ \t]+name|last[ \t]+name|given[ \t]+names?(?:[ \t]*\(s\))?|first[ \t]+names?|"
    r"forenames?|middle[ \t]+names?|preferred[ \t]+name|known[ \t]+as|client|pharmacist|patient[ \t]+name|"
    r"client[ \t]+name|resident|midwife|clinician|physiotherapist|carer|next[ \t]+of[ \t]+kin|NOK|"
    r"reported[ \t]+by|referrer|dispensed[ \t]+by|checked[ \t]+by|"
    # the person of a mental-health form, an operation note's second surgeon, an insurance member
    r"service[ \t]+user|assistant|member|subscriber|policy[ \t]?holder|"
    # people of a care plan or a call record: "Prefers to be called: Bo", "Call handler: ...", "Chaperone: ..."
    r"prefers[ \t]+to[ \t]+be[ \t]+called|call[ \t]+handler|(?:treatment[ \t]+)?supporter|(?:care[ \t]+)?coordinator|"
    r"chaperone|witness|named[ \t]+nurse|key[ \t]+worker|"
    # the people of a death certificate, an incident report and a medicines reconciliation
    r"name[ \t]+of[ \t]+(?:the[ \t]+)?deceased|informant|person[ \t]+affected|manager[ \t]+notified|reconciled[ \t]+by|"
    r"author)"
    # a colon, or (after a "...name(s)" label of a form table) a column gap: "Surname  NGUYEN   First name  THI"
    r"(?:[ \t]*:|(?:(?<=name)|(?<=NAME)|(?<=names)|(?<=NAMES)|(?<=Name)|(?<=Names)|(?<=\(s\)))(?:[ \t]{2,}|\t))[ \t]*("
    + _NAME_SEQ
    + r"(?:,[ \t]+(?!"
    + _CREDS
    + r"\b)"
    + _CAPW
    + r"(?:[ \t]+"
    + _CAPW
    + r")?)?"
    # an initial without a dot after the surname: "Assistant: Okoro T", "Member: Walsh J   DOB ..."
    + r"(?:[ \t]+[A-Z](?![\w.]))?)(?=[ \t]*(?:$|\n|[ \t]{2}|\t|[,;|(]))"
)
# a contact line of a list: a known given name alone after a field label, then a phone number ("Key worker: Ines,
# 0161 496 0000", "Liaison nurse: Tomasz, +44 7700 900123"); the first-name lexicon decides ("Tel: Home, 0161 ...")
CONTACT_FIRST_RE = re.compile(
    r"(?m)^[ \t]*[A-Za-z][A-Za-z /&'\-]{0,30}:[ \t]*([A-Z][^\W\d_]+),[ \t]*(?=(?:\+\d|\(0|0)[\d ()\-]{8,})"
)


def _known_given_name(word: str) -> bool:
    """A given name of the lexicon, also written with accents ("María", "José": the lexicon is unaccented) or one
    that is an everyday word ("Hope", "Joy"; callers use this only where the layout already points to a person)."""
    import unicodedata

    plain = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return word in first_names() or plain in first_names() or word.lower() in EN_COMMON_NAMES


# a title and a name before an age, in any letter case: "bed 7 - ms papadopoulos, 68, CAP", "mrs siobhan bin
# abdullah, 53" (capital "MR"/"MS" are mitral regurgitation and multiple sclerosis, so not those)
TITLE_AGE_RE = re.compile(
    r"(?<![\w])(?:mrs|ms|mr|miss|Mrs|Ms|Mr|Miss|MRS)\.?[ \t]+((?:[A-Za-zÀ-ÖØ-öø-ÿ'’\-]+[ \t]+){0,3}"
    r"[A-Za-zÀ-ÖØ-öø-ÿ'’\-]+),[ \t]*\d{1,3}(?![\d:/%]|[.,]\d|[ \t]*(?:mg|mcg|ml|mm|cm|kg|min|h\b))"
)
# a name before an age after two spaces or at a line start: "NHI PZQ0142  Arjun bin Abdullah  74y  ATS 2"
_AGE_Y = re.compile(r"\d[ \t]*(?:y|yo|y/o|yrs?)\b")
NAME_AGE_RE = re.compile(
    r"(?:^|(?<=[ \t]{2})|(?<=\n))("
    + _NAME_SEQ
    + _TRAILING_INITIAL
    + r"),?[ \t]+\d{1,3}[ \t]*(?:y|yo|y/o|yrs?)\b",
    re.MULTILINE,
)
LAST_FIRST_RE = re.compile(r"(?<![\w])([A-Z]{2,}(?:[-'][A-Z]+)*,\s+[A-Z]{2,}(?:\s+[A-Z]\.?)?)(?![\w])")


def _name_file(name: str) -> dict[str, list[str]]:
    """The names of a data file by section ("[first]", "[surname]"; names before any header go to ""), skipping
    "#" comment lines (a comment's words are not names)."""
    text = resources.files("medmoe.deid").joinpath("data/" + name).read_text(encoding="utf-8")
    out: dict[str, list[str]] = {"": []}
    section = ""
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            out.setdefault(section, [])
            continue
        out[section].extend(line.split())
    return out


@dataclass(frozen=True, eq=False)
class NameLexicon:
    """Given names and surnames of many origins (US census 1990, a hand-written world list, the dev list) and
    the subset of them that are also English words. Why the last: "Faith", "Mark", "Bishop", "Brown" are names
    and words, so a token from `words` only counts with a second name token that is not a word (or a title,
    a role: the other rules)."""

    firsts: frozenset[str]
    surnames: frozenset[str]
    words: frozenset[str]


@lru_cache(maxsize=1)
def name_lexicon() -> NameLexicon:
    world = _name_file("en_names_world.txt")
    dev = _name_file("en_first_names.txt")[""]
    firsts = frozenset(dev + _name_file("en_census_first.txt")[""] + world["first"])
    surnames = frozenset(_name_file("en_census_surnames.txt")[""] + world["surname"])
    return NameLexicon(firsts, surnames, frozenset(_name_file("en_name_words.txt")[""]))


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """First names that are evidence on their own before a capitalised word (FIRST_RE, CAPS_RE, lowercase
    names after a role): the dev list, plus the census and world given names of 4+ letters that are not
    English words ("Tameka", "Oluwaseun"; not "Faith", "Ed", "Al")."""
    lex = name_lexicon()
    dev = frozenset(_name_file("en_first_names.txt")[""])
    return dev | frozenset(
        n for n in lex.firsts if len(n) >= 4 and n not in lex.words and n not in _PLACE_HEADS | _PLACE_FIRSTS
    )


def _trim(text: str, s: int, e: int, keep_first: bool = False) -> tuple[int, int] | None:
    """Drop leading/trailing words that are capitalised for other reasons (section words, months). keep_first:
    right after a title or a relative, "June", "May", "April" are names ("daughter June", "Dr April Walker")."""
    words = list(re.finditer(r"\S+", text[s:e]))

    def skip(w: str, is_first: bool) -> bool:
        bare = w.strip(".,")
        return (
            (bare in _SKIP_WORDS or (bare.isupper() and len(bare) > 3 and bare.capitalize() in _SKIP_WORDS))
            and not re.fullmatch(r"[A-Z]\.?,?", w)
            and not (keep_first and is_first and w.strip(".,").lower() in EN_COMMON_NAMES)
        )

    # the first name of "LAST, First" counts as a first word: "MacLeod, May"
    while words and skip(
        words[-1].group(), len(words) == 1 or (len(words) > 1 and words[-2].group().endswith(","))
    ):
        words.pop()
    while words and skip(words[0].group(), True):
        words.pop(0)
    if not words:
        return None
    s2, e2 = s + words[0].start(), s + words[-1].end()
    while e2 > s2 and text[e2 - 1] in ",;:":
        e2 -= 1
    if re.fullmatch(r"[A-Z]\.?", text[s2:e2]):
        return None
    return s2, e2


_CAP_TOKEN = re.compile(
    r"(?<![\w'’\-])[" + _UP + r"][" + _LO + r"'’]+(?:-[" + _UP + r"][" + _LO + r"]+)*(?![\w\-])"
)


# what follows a person as the subject of a clinical sentence
_SUBJECT_VERB = re.compile(
    r"[ \t]+(?:reports?|reported|states?|stated|denies|denied|is|was|has|had|says|said|presents?|presented|"
    r"complains?|c/o|agrees?|agreed|feels|felt|returns?|returned|called|attended|declined|arrived|remains|went|"
    r"notes|noted|asked|wants|understands|lives|works|came|tolerated|tolerates)\b|['’]s\b"
)


def repeated_mentions(text: str, found: list[Entity]) -> Iterator[Entity]:
    """Later (or earlier) capitalised mentions of a word of a name found by a confident rule: "Faith Okonkwo ...
    Faith reports aura", "Mr Adeyemi ... Adeyemi was reviewed". Why here: the document-level propagation keys
    Latin names on pymorphy3 facts, which know no English names. A key that is an English word ("Mark", "Will",
    "Grace") is skipped at a sentence start, where any word is capitalised."""
    lex = name_lexicon()
    keys = {
        w
        for e in found
        if e.score >= 0.8
        for w in _CAP_TOKEN.findall(text[e.start : e.end])
        if len(w) >= 3 and w not in _SKIP_WORDS and w.lower() not in COMMON_LOW and w not in _PLACE_HEADS
    }
    if not keys:
        return
    taken = sorted((e.start, e.end) for e in found)
    for m in _CAP_TOKEN.finditer(text):
        w = m.group()
        if w not in keys or any(s < m.end() and m.start() < e for s, e in taken):
            continue
        at_start = m.start() == 0 or re.search(
            r"(?:[.!?:;]\s*|\n\s*)$", text[max(0, m.start() - 4) : m.start()]
        )
        if (
            at_start
            and (w in lex.words or w.lower() in EN_COMMON_NAMES)
            and not _SUBJECT_VERB.match(text, m.end())
        ):
            continue  # "Mark the site", "Will review"; but "Faith reports aura", "Grace's mother"
        yield Entity(m.start(), m.end(), "NAME", "en_name_rules", 0.7)


# a column gap (2+ spaces or a tab) separates the fields of a form or a table row, never the words of a name:
# "Patient: Connor Clarke    NHS No: ...", "Ryan Robinson, DO   NPI 1319405803"
_COLUMN_GAP = re.compile(r"[ \t]{2,}|\t")
# words that make a capitalised run the name of an institution, not of a person, wherever they stand in it or
# right after it: "Billing provider: Central Ohio Primary Care", "Sent to: Riverside Health Centre", "Charlotte
# Maxeke Johannesburg Academic Hospital"; a surname is never one of these
_INSTITUTION_WORDS = frozenset(
    "Hospital Hospitals Clinic Clinics Centre Center Health Healthcare Medical Medicine Practice Associates "
    "Solutions Services Pharmacy Surgery Infirmary Hospice Trust Foundation Insurance University College School "
    "Academy Institute LLC Inc Ltd PLC PC Corp Company Group Partners Care Police Council Court Academic "
    "Nursing Rehabilitation Funeral Mortuary Laboratories Laboratory Labs Mutual Assurance Co Corporation "
    "Scheme Elementary Primary Kindergarten Preschool".split()
)
_INSTITUTION_NEXT = re.compile(
    r"(?:[ \t](?:[A-Z][a-z]+|&|and|of)){0,3}[ \t](?:" + "|".join(sorted(_INSTITUTION_WORDS)) + r")\b"
)


_UNIT_INITIAL = re.compile(r"[A-Za-z]\.[ \t]+")


def _clean_span(text: str, ent: Entity) -> Entity | None:
    """Cut a NAME span at a column gap (the rest is the next field) and drop it when it names an institution.
    Why one place after all rules: a role label, a capitalised pair and a caps run all meet form fields and
    institution names the same way, and the repeated-mention pass must not spread their words either."""
    start, end = ent.start, ent.end
    gap = _COLUMN_GAP.search(text, start, end)
    if gap is not None:
        span = _trim(text, start, gap.start(), keep_first=True)
        if span is None:
            return None
        start, end = span
    unit = _UNIT_INITIAL.match(text, start)
    if unit is not None and text[start - 1 : start] == "/":
        # "CRP 84 mg/L. Foley catheter": the "L." ends a unit, it is no initial (with it the eponym looked
        # like a person)
        start = unit.end()
        if start >= end:
            return None
    words = text[start:end].replace(",", " ").split()
    if any(w in _INSTITUTION_WORDS for w in words) or _INSTITUTION_NEXT.match(text, end):
        return None
    if (start, end) == (ent.start, ent.end):
        return ent
    return replace(ent, start=start, end=end)


# "SURNAME, Given [Middle]" (the UK convention of letters and forms): the given names after the comma of a
# capitals surname that a rule found alone ("Dr MENSAH, Ruth", "Phoned to PATEL, Ana on ward")
_TC_TOKEN = r"(?:O['’]|Ma?c)?[" + _UP + r"][" + _LO + r"]+(?:[-'’][" + _UP + r"]?[" + _LO + r"]+)*"
_GIVEN_AFTER_CAPS = re.compile(
    r",[ \t]+(" + _TC_TOKEN + r"(?:[ \t]+(?:" + _TC_TOKEN + r"|[A-Z]\.?(?![\w])))?)"
    r"(?=[ \t]*(?:[,;()\n]|$)|[ \t]+(?:on|at|in|DOB)\b|[ \t]{2}|\t)"
)
_CAPS_LAST = re.compile(r"(?:^|[ \t])(?:[OD]['’])?[" + _UP + r"]{2,}(?:[-'’][" + _UP + r"]+)*$")
_DEPARTMENT_END = re.compile(r"(?:ology|iatry|ics|surgery|ward|otomy|graphy|scopy|therapy)$", re.IGNORECASE)


def _with_given_names(text: str, ent: Entity) -> Entity:
    """Extend a capitals surname over ", Given" after it: a name rule that stops at the comma leaves the given
    name, which identifies the person with the surname, in the output. The given words must be no heading,
    department, institution or staff word ("PATEL, Cardiology", "SMITH, Consultant" stay)."""
    span = text[ent.start : ent.end]
    if "," in span or _CAPS_LAST.search(span) is None:
        return ent
    m = _GIVEN_AFTER_CAPS.match(text, ent.end)
    if m is None:
        return ent
    words = [w.strip(".") for w in m.group(1).split()]
    if any(
        w in _SKIP_WORDS or w in _INSTITUTION_WORDS or w.lower() in COMMON_LOW or _DEPARTMENT_END.search(w)
        for w in words
        if len(w) > 1
    ):
        return ent
    return replace(ent, end=m.end(1))


# roles that are prepositions or verbs: a name after them needs a known given name, an initial, or a run of
# known names (see `EnglishNameRecognizer._role_ok`)
_PREP_ROLES = frozenset(
    ["by", "with", "to", "from", "per", "cc", "re", "it's", "it’s", "d/w", "spoke to", "spoke with"]
    + ["handed over to", "phoned", "paged", "bleeped", "emailed"]
)
# staff named by a first name: "Mr Ashworth's secretary, Gwen", "Ward clerk Sandra rang", "Physio: Becca"; a
# known given name must follow ("physio Monday", "porter Services" stay); a pattern of its own behind a cheap gate
_STAFF_WORDS = (
    "secretary",
    "clerk",
    "receptionist",
    "physio",
    "dietitian",
    "dietician",
    "porter",
    "hca",
    "advis",
)
_STAFF_FIRST_RE = re.compile(
    r"(?<![\w])(?i:secretary|(?:ward[ \t]+)?clerk|receptionist|physio|dietitian|dietician|porter|hca|"
    r"(?:health[ \t]+)?advis[oe]r)"
    r"[ \t]*[:\-,]?[ \t]+(" + _CAPW + r"(?:[ \t]+" + _CAPW + r")?)"
)


# a patient named before an age in a hurried note or a bed list: "pt d. hughes 68m", "seen baker, oliver 54f",
# "Bay 2 bed 6: P. Young 59yo"; both the opener and the age are needed, and no word may be a common word
# ("seen in clinic 46yo" stays)
_AGE_FRAME_RE = re.compile(
    r"(?<![\w])(?i:pt|seen|patient|bed[ \t]+\d{1,3}[a-z]?[ \t]*:?)[ \t]+"
    r"((?:[A-Za-z]\.[ \t]?)?[A-Za-z][A-Za-z'\-]+(?:,?[ \t]+[A-Za-z][A-Za-z'\-]+)?)"
    r"[ \t]*,?[ \t]+\d{1,3}[ \t]?(?i:yo|y/o|yrs?|[mf])(?![\w])"
)
# a capitalised name right before ", 61yo" opening a handover item ("S: Chloé Bouchard, 61yo, UR ..."): the age
# with "yo" marks the patient; every word must not be a common word ("Known Diabetic, 61yo" stays)
_NAME_AGE_RE = re.compile(
    r"(?<![\w'’])(" + _NAME_SEQ + r"(?:,[ \t]+" + _CAPW + r")?),[ \t]*\d{1,3}[ \t]?(?:yo|y/o|y\.o\.)(?![\w])"
)
# a nurse named after "RN" in a handover line ("From RN Chloé to RN Côté, É."); credentials usually follow a
# name, so only after from/to/by
_RN_BEFORE_RE = re.compile(
    r"(?<![\w])(?:[Ff]rom|[Tt]o|[Bb]y)[ \t]+(?:RN|EN|RM|CNS)[ \t]+("
    + _NAME_SEQ
    + r"(?:,[ \t]+["
    + _UP
    + r"]\.)?)"
)
# a relative or carer named in brackets or after the bracketed relation: "family (KOWALSKI, Jarrah) informed",
# "caregiver (spouse) Linda", "carer (daughter) Ruth"
_KIN_BRACKET_RE = re.compile(
    r"(?<![\w])(?i:family|spouse|partner|carer|caregiver|relative|next[ \t]+of[ \t]+kin)[ \t]*"
    r"(?:\((" + _NAME_SEQ + r"(?:,[ \t]+" + _CAPW + r")?)\)|\([a-z ]{3,20}\)[ \t]+(" + _CAPW + r"))"
)
# the author line of a chat export: "Bill, [11/21/24 07:40]" (Telegram's copy format); the header says it is
# a person whatever the word
_CHAT_AUTHOR_RE = re.compile(
    r"(?m)^[ \t]*([A-Z][A-Za-z'\-]+\.?(?:[ \t]+[A-Z][A-Za-z'\-]+){0,2}),[ \t]+"
    r"\[\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?\][ \t]*$"
)
# lowercase typing and dictation: a title, then a known given name ("letter for mr hamish o'connor", "ms aisha
# jennifer williams"; "mr" and "ms" are also mitral regurgitation and multiple sclerosis, hence the lexicon); a
# clinician after a lowercase "dr" with an initial or a known surname ("seen by dr j. begum fy2")
_LOW_TITLE_RE = re.compile(
    r"(?<![\w])(?:mr|mrs|ms|miss|letter[ \t]+for(?![ \t]+(?:mr|mrs|ms|miss)[ \t]))[ \t]+([a-z][a-z'’\-]+(?:[ \t]+[a-z][a-z'’\-]+){1,3})"
)
_LOW_DR_RE = re.compile(r"(?<![\w])(?:dr|DR)\.?[ \t]+((?:[a-z]\.[ \t]?)?[a-z][a-z'’\-]+|[A-Z][A-Za-z'’\-]+)")
# the person whose relative speaks: "collateral from baker's wife", "Kowalski's son rang"
_KIN_OF_RE = re.compile(
    r"(?<![\w'’])([A-Za-z][A-Za-z\-]+)['’]s[ \t]+(?=(?:wife|husband|partner|son|daughter|mother|father|mum|dad|"
    r"sister|brother|carer|niece|nephew|grandson|granddaughter)(?![\w]))"
)
# a hurried signature: a lowercase initial and surname before a credential ("-- c. nguyen rn 2/9/26")
_LOW_SIGNED_RE = re.compile(
    r"(?<![\w])([a-z]\.[ \t]?[a-z][a-z'’\-]+)[ \t]+(?=(?:rn|fy[12]|sho|hca|md|np)(?![\w]))"
)


# a known given name in brackets right after a phone number: "daughter's number 0161 185 3232 ([Name])"
_PHONE_OWNER_RE = re.compile(r"\d[ \t]*\(([A-Z][a-z]+)\)")


def hurried_spans(text: str, names: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Names that informal notes and chat exports place by layout, not by title (see the patterns above)."""
    for m in _AGE_FRAME_RE.finditer(text):
        words = re.findall(r"[A-Za-z][A-Za-z'\-]+", m.group(1))
        if not any(w.lower() in COMMON_LOW or w.lower() in _AGE_FRAME_SKIP for w in words):
            yield m.start(1), m.end(1)
    lex = name_lexicon()
    for rx in (_NAME_AGE_RE, _RN_BEFORE_RE, _KIN_BRACKET_RE):
        for m in rx.finditer(text):
            g = 1 if m.group(1) else 2
            run = m.group(g)
            # a capitalised run: every word may be a name, and none is an English word that no list knows as a
            # name ("Known Diabetic", "Team Leader")
            kinds = [_lex_kind(t, lex) for t in _name_tokens(run)]
            if (
                _plain_name_run(run.replace(",", " "))
                and not any(k[2] and not (k[0] or k[1]) for k in kinds)
                # before an age nothing else says "person": one word must be a known name ("Known Diabetic")
                and (rx is not _NAME_AGE_RE or any(k[0] or k[1] for k in kinds))
            ):
                yield m.start(g), m.end(g)
    for m in _LOW_TITLE_RE.finditer(text):
        words = m.group(1).split()
        n = 0
        while n < len(words) and words[n] not in COMMON_LOW and words[n] not in _LOW_STOP:
            n += 1
        if n and words[0].capitalize() in names:
            yield m.start(1), m.start(1) + len(" ".join(words[:n]))
    for m in _LOW_DR_RE.finditer(text):
        word = m.group(1).split(".")[-1].strip()
        kind = _lex_kind(word.capitalize(), lex)
        if word.lower() not in COMMON_LOW and (m.group(1)[1:2] == "." or (kind[1] and not kind[2])):
            yield m.start(1), m.end(1)
    for m in _KIN_OF_RE.finditer(text):
        word = m.group(1)
        kind = _lex_kind(word.capitalize(), lex)
        if word.lower() not in COMMON_LOW and word not in _SKIP_WORDS and (kind[0] or kind[1]):
            yield m.start(1), m.end(1)
    for m in _LOW_SIGNED_RE.finditer(text):
        if m.group(1).split(".")[-1].strip() not in COMMON_LOW:
            yield m.start(1), m.end(1)
    if "[" in text:
        for m in _CHAT_AUTHOR_RE.finditer(text):
            yield m.start(1), m.end(1)
    if "(" in text:
        for m in _PHONE_OWNER_RE.finditer(text):
            if m.group(1) in names:
                yield m.start(1), m.end(1)


# words that end a dictated name ("for mr hamish o'connor surname spelt ...", "... date of birth")
_LOW_STOP = frozenset("surname spelt spelled date dob born aged age who with re regarding".split())
_AGE_FRAME_SKIP = frozenset("male female man woman boy girl lady gentleman aged age years old".split())


class EnglishNameRecognizer(Recognizer):
    name, types, langs, score = "en_name_rules", ("NAME",), ("en",), 0.85

    def find(self, text: str, lang: str) -> Iterator[Entity]:
        found = [
            _with_given_names(text, e)
            for e in map(lambda e: _clean_span(text, e), self._rules(text))
            if e is not None
        ]
        yield from found
        yield from repeated_mentions(text, found)

    def _rules(self, text: str) -> Iterator[Entity]:
        for rx, score in ((TITLE_RE, 0.95), (ROLE_RE, 0.8), (CRED_RE, 0.9), (LAST_FIRST_RE, 0.8)):
            for m in rx.finditer(text):
                span = _trim(text, m.start(1), m.end(1), keep_first=rx in (TITLE_RE, ROLE_RE))
                if span is None:
                    continue
                if rx is CRED_RE and all(w.lower() in COMMON_LOW for w in text[span[0] : span[1]].split()):
                    continue  # "Bedside RN", "Charge RN": a staff word before a credential
                if rx is LAST_FIRST_RE and (
                    m.group(1).split(",")[1].split()[0].capitalize() not in first_names()
                    or (
                        len(m.group(1).split(",")[0]) < 5
                        and not _lex_kind(m.group(1).split(",")[0], name_lexicon())[1]
                    )
                ):
                    continue  # "SMITH, JOHN" is a name; "FLAIR, DWI", "HTN, HLD", "OMIM, ORPHA" are abbreviations
                if rx is ROLE_RE and not self._role_ok(text, m):
                    continue
                if text[span[1] - 2 : span[1]] in ("'s", "’s"):
                    span = (span[0], span[1] - 2)  # "Per Novak's note": the name, not its possessive
                yield Entity(span[0], span[1], "NAME", self.name, score)
        names = first_names()
        for m in LAST_FIRST_ID_RE.finditer(text):
            family = m.group(1).split(",")[0]
            if family.isupper() and len(family) <= 4 and not _lex_kind(family, name_lexicon())[1]:
                continue  # "UBRN, CHI, ID": a list of acronyms before a label, not "SMITH, JOHN (MRN ...)"
            span = _trim(text, m.start(1), m.end(1))
            if span is not None and "," in text[span[0] : span[1]]:
                yield Entity(span[0], span[1], "NAME", self.name, 0.85)
        yield from self._lowercase(text, names)
        for m in LABEL_NAME_RE.finditer(text):
            span = _trim(text, m.start(1), m.end(1), keep_first=True)
            if span is not None:
                yield Entity(span[0], span[1], "NAME", self.name, 0.85)
        lex = name_lexicon()
        for m in CONTACT_FIRST_RE.finditer(text):
            # short given names of the lexicon count there too when no English word ("CNS: Ewa, 0113 ...")
            if _known_given_name(m.group(1)) or (
                m.group(1) in lex.firsts and not _lex_kind(m.group(1), lex)[2]
            ):
                yield Entity(m.start(1), m.end(1), "NAME", self.name, 0.8)
        for m in TITLE_AGE_RE.finditer(text):
            if not any(w.lower() in COMMON_LOW for w in m.group(1).split()):
                yield Entity(m.start(1), m.end(1), "NAME", self.name, 0.85)
        for m in NAME_AGE_RE.finditer(text) if _AGE_Y.search(text) else ():
            span = _trim(text, m.start(1), m.end(1))
            if span is not None:
                yield Entity(span[0], span[1], "NAME", self.name, 0.8)
        for m in PT_REPORTS_RE.finditer(text):
            words = m.group(1).split()
            if all(
                (w not in COMMON_LOW or w in EN_COMMON_NAMES or w in _PARTICLES)
                and not re.search(r"(?:ed|ing|ly)$", w)
                for w in words
            ):
                yield Entity(m.start(1), m.end(1), "NAME", self.name, 0.8)
        for m in EMAIL_NAME_RE.finditer(text):
            span = _trim(text, m.start(1), m.end(1))
            if span is not None:
                yield Entity(span[0], span[1], "NAME", self.name, 0.9)
        for m in LOW_CRED_RE.finditer(text) if _CRED_WORD.search(text) else ():
            words = [w.strip(",") for w in m.group(1).split()]
            # signed at the start of a line or after a dash ("-- grace RN"), or a known first name
            signed = (
                re.search(r"(?:^|\n|--?|—)[ \t]*$", text[max(0, m.start() - 4) : m.start()]) is not None
                or _HANDOFF_BEFORE.search(text[max(0, m.start() - 30) : m.start()]) is not None
            )
            start = m.start(1)
            if len(words) == 2 and "," not in m.group(1) and words[0].capitalize() not in names:
                # "given to black rn": only the last word is the name (and it needs the handoff context)
                start = m.end(1) - len(words[1])
                words = words[1:]
                signed = _HANDOFF_BEFORE.search(text[max(0, start - 30) : start]) is not None
            if (signed or any(w.capitalize() in names for w in words)) and not any(
                w.lower() in COMMON_LOW
                or (w in _SKIP_WORDS and w not in names and w.lower() not in EN_COMMON_NAMES)
                for w in words
            ):
                yield Entity(start, m.end(1), "NAME", self.name, 0.8)
        low = text.lower()
        rxs = ([SIGNOFF_RE] if any(k in low for k in _SIGNOFF_KEYS) else []) + (
            [POSSESSIVE_REL_RE] if "'s " in text or "’s " in text else []
        )  # cheap gates: these patterns try every capitalised word
        for rx in rxs:
            for m in rx.finditer(text):
                span = _trim(text, m.start(1), m.end(1), keep_first=True)
                if rx is POSSESSIVE_REL_RE and m.group(1) not in names:
                    continue  # "Grace's partner", not "Pain's partner"
                if span is not None:
                    yield Entity(span[0], span[1], "NAME", self.name, 0.85)
        for m in LIST_AGE_RE.finditer(text):
            words = m.group(1).split()
            if not any(w.lower() in COMMON_LOW or w in _SKIP_WORDS for w in words):
                yield Entity(m.start(1), m.end(1), "NAME", self.name, 0.8)
        for m in CAPS_RE.finditer(text):
            if m.group(1).capitalize() in names and m.group(2).strip() not in _SKIP_WORDS:
                yield Entity(m.start(1), m.end(2), "NAME", self.name, 0.8)
        for spans, score in (
            (lexicon_name_spans(text), 0.8),
            (surname_given_spans(text), 0.85),
            (caret_name_spans(text), 0.9),
            (salutation_spans(text) if "Dear" in text or "H" in text or "Kia" in text else (), 0.85),
            (low_name_field_spans(text), 0.85),
            (initial_surname_spans(text), 0.88),
            (narrative_spans(text), 0.8),
            (frame_spans(text), 0.8),
            (structured_name_spans(text), 0.9),
            (hurried_spans(text, names), 0.85),
        ):
            for s, e in spans:
                yield Entity(s, e, "NAME", self.name, score)
        for m in FIRST_RE.finditer(text):
            if (
                m.group(1) in names
                and _INSTITUTION_AFTER.match(text, m.end(1)) is None
                and m.group(2).split()[-1] not in _PLACE_TAILS
            ):
                span = _trim(text, m.start(1), m.end(2))
                if span is not None and span[1] > m.end(1):
                    yield Entity(span[0], span[1], "NAME", self.name, 0.8)

    def _lowercase(self, text: str, names: frozenset[str]) -> Iterator[Entity]:
        """Names typed in lowercase after a title or role ("dr alice wen", "pt john smithfield"). After a
        title one non-common word is enough; after a role word the first word must be a known first name."""
        for rx, strong in ((LOW_TITLE_RE, True), (LOW_ROLE_RE, False)):
            for m in rx.finditer(text):
                words = m.group(1).split()
                # after a relative, virtue and month names are names: "wife faith called", "daughter may"
                family = not strong and FAMILY_RE.search(text[max(0, m.start() - 2) : m.start(1)]) is not None
                known = words[0].capitalize() in names or (family and words[0] in EN_COMMON_NAMES)
                # a known surname that is no English word after a person role: "md on call okafor aware",
                # "daughter kowalski visiting" (not after "by": "by stone" is a word anyway, "by mouth" no name)
                role = text[m.start() : m.start(1)].strip(" \t:-,").lower()
                if not strong and not known and role != "by" and len(words[0]) >= 4:
                    f, sn, w = _lex_kind(words[0].capitalize(), name_lexicon())
                    known = sn and not w and words[0] not in COMMON_LOW
                if (words[0] in COMMON_LOW and not (family and words[0] in EN_COMMON_NAMES)) or (
                    not strong and not known
                ):
                    continue
                end = m.start(1) + len(words[0])
                if (
                    len(words) > 1
                    and words[1] not in COMMON_LOW
                    and (words[0].capitalize() in names or strong)
                ):
                    end = m.end(1)
                yield Entity(m.start(1), end, "NAME", self.name, 0.85 if strong else 0.75)

    @staticmethod
    def _role_ok(text: str, m: re.Match[str]) -> bool:
        # lowercase prepositions ("by", "with", "to") only count when followed by a known first name or initials
        sep = text[m.start() : m.start(1)]
        if ":" not in sep and _COLUMN_GAP.search(sep):
            return False  # "Hana Zhang, RN   Placed in: ...": a credential, then the next column
        role = sep.strip(" :-,").lower()
        # "RE: Letter of Medical Necessity": a subject line needs a known first name like the prepositions
        # "Per Novak's note": a possessive after "per" is the author of a note, any known name (a surname too)
        if role == "per" and re.match(r"['’]s\b", text[m.end(1) - 2 : m.end(1) + 1]):
            lex = name_lexicon()
            last = m.group(1)[:-2].split()[-1] if len(m.group(1)) > 2 else ""
            return any(_lex_kind(last, lex)[:2])
        role = " ".join(role.split())
        if role in _PREP_ROLES or role.endswith(" is"):
            # "this is Crystal (DOB ...)" but not "this is Lisinopril": a known first name or an initial must follow
            first = m.group(1).split()[0]
            if m.group(1).split()[-1] in _PLACE_TAILS:
                return False  # "moved from Beverly Hills", "flew to Alice Springs": a place
            if role in ("to", "from") and first in _PLACE_FIRSTS and len(m.group(1).split()) == 1:
                return False  # "moved to Austin", "back from Florence": a city named like a person
            lex = name_lexicon()
            # "Reviewed by Sandy Abubakar", "re O'Brien", "re BAKER, Faith": a run of known names with one
            # that is not an English word (or a "SURNAME, Given" pair) is a person after these words too
            run = m.group(1).replace(",", " ")
            known_run = _known_name_run(run, lex) and (
                "," in m.group(1) or any(not _lex_kind(t, lex)[2] for t in run.split() if len(t) > 2)
            )
            parts = run.split()
            given = m.group(1).split(",", 1)[1].split()[0] if "," in m.group(1) else ""
            return (
                _known_given_name(first)  # accents folded: "handed over to María Hughes"
                or bool(re.fullmatch(r"[A-Z]\.", first))
                # undotted initials and a known surname: "to KJ Campbell"
                or (
                    re.fullmatch(r"[A-Z]{1,2}", first) is not None
                    and len(parts) > 1
                    and _lex_kind(parts[-1], lex)[1]
                )
                # "SURNAME, Given" with a known given name that is no place: "to Begum, José"
                or (bool(given) and _known_given_name(given) and given not in _PLACE_FIRSTS)
                or (role in ("it's", "it’s") and _lex_kind(first, lex)[0])  # "it's Sandy Black"
                or (known_run and role not in ("to", "from"))  # places follow "to"/"from" ("flew to Kerry")
            )
        return True


# ------------------------------------------------------------------------------ lexicon-based name rules
# A name token in Latin letters incl. Latin-1 and Latin Extended-A ("Wiśniewski", "Łukasz"), with an optional
# Arabic article ("al-Rashid", "El-Sayed") and hyphenated parts ("Garcia-Lopez"); or a word in capitals.
_LX_TOKEN = (
    r"(?:(?:[Aa]l|[Ee]l|AL|EL)-|[OD]['’](?=[" + _UP + r"])|Ma?c(?=[" + _UP + r"][" + _LO + r"]))?"
    r"(?:[" + _UP + r"][" + _LO + r"'’]+(?:-[" + _UP + r"]?[" + _LO + r"]+)*"
    r"|[" + _UP + r"]{2,}(?:-[" + _UP + r"]+)*)|[A-Z]\."
)
_LX_PARTICLES = frozenset("van von de da del der den la di bin binti ibn al el du dos das y".split())
_LX_PARTICLE = "(?:" + "|".join(sorted(_LX_PARTICLES, key=lambda p: (-len(p), p))) + ")"
# a run of capitalised tokens, particles allowed between them: "Maria Guadalupe Hernandez Lopez", "Abdullah bin
# Hassan", "NGUYEN VAN MINH"
_LX_RUN = re.compile(
    r"(?<![\w\-'’])(?:"
    + _LX_TOKEN
    + r")(?:[ \t]+(?:"
    + _LX_PARTICLE
    + r"[ \t]+){0,2}(?:"
    + _LX_TOKEN
    + r"))+"
    r"(?![\w\-])"
)
_LX_ONE = re.compile(_LX_TOKEN)
_INITIAL_DOT = re.compile(r"[A-Z]\.")
# first words of place names, not given names: "Santa Monica", "San Jose", "Fort Worth", "Mount Sinai"
_PLACE_HEADS = frozenset(
    "San Santa Santo Sao São Saint St Fort Ft Mount Mt Port Lake New North South East West Los Las El La Le "
    "Glen Palo Point Cape Bay Isle Queen King Prince Princess Royal".split()
)
# last words of place names shaped like a person's name: "Beverly Hills", "Alice Springs", "Kent Ridge"
_PLACE_TAILS = frozenset(
    "Hills Springs Heights Ridge Beach Falls Valley Creek Harbour Harbor Grove Woods Village Junction Crossing "
    "Landing Line Rey Island Islands Downs Vale Fields Gardens Estate".split()
)
# a name followed by one of these is the name of an institution: "Queen Elizabeth University Hospital", "Royal
# Prince Alfred Hospital", "Johns Hopkins Medical Center"
_INSTITUTION_AFTER = re.compile(
    r"[ \t]+(?:[A-Z][a-z]+[ \t]+)?(?:Hospitals?|University|Clinic|Centre|Center|Medical|Health|Memorial|Institute|"
    r"College|School|Trust|Foundation|Infirmary|Hospice|Pharmacy|Practice|Surgery|Children['’]s|General|Community|"
    r"Regional|Specialist|Nursing|Rehabilitation|Cancer|Heart|Eye|Dental|Associates|Partners|Group|Services|"
    r"Laboratories|Labs?)\b"
)
# given names that are also US states or countries: "Springfield, Virginia" is a place, not "Virginia Springfield"
_PLACE_FIRSTS = frozenset(
    "Virginia Georgia Carolina Dakota Indiana Montana Nevada Florida Arizona Alabama Louisiana Tennessee Kentucky "
    "Maryland Jordan India China Israel Chad Kenya Trinidad Lebanon Ireland France Holland Victoria Sydney Adelaide "
    "Austin Houston Dallas Phoenix Denver Madison Jackson Lincoln Orlando Eugene Florence Augusta".split()
)


@lru_cache(maxsize=100_000)
def _lex_kind(token: str, lex: NameLexicon) -> tuple[bool, bool, bool]:
    """(is a given name, is a surname, is also an English word) for one token in any letter case;
    "al-Rashid" is looked up as "Rashid" and is never a word (the article marks a name)."""
    # an Arabic article or an Irish/Scottish prefix marks a surname: "al-Rashid", "O'Brien", "MacDonald"
    article = re.match(r"(?i:al|el)-|[OD]['’](?=[A-Z])|Ma?c(?=[A-Z][a-z])", token)
    core = token[article.end() :] if article else token
    if "-" in core:  # "Garcia-Lopez", "Jean-Pierre": a name when every part is one
        parts = [_lex_kind(p, lex) for p in core.split("-")]
        ok = all(f or s for f, s, _ in parts)
        return ok and any(f for f, _, _ in parts), ok, all(w for _, _, w in parts) and not article
    word = core[:1].upper() + core[1:].lower() if core.isupper() else core
    surname = word in lex.surnames or bool(article) or _TRANSLIT_SURNAME.search(word) is not None
    return word in lex.firsts, surname, word in lex.words and not article


# surnames transliterated from Russian, Ukrainian, Georgian, Armenian and Polish by their endings ("Kuznetsova",
# "Tkachenko", "Beridze", "Gelashvili", "Sargsyan", "Wiśniewska"); not -in/-ina/-ian, which end English words
# ("Aspirin", "Angina", "Physician")
_TRANSLIT_SURNAME = re.compile(
    r"[a-zà-ÿ\u0100-\u017f]{2}(?:ov|ova|ev|eva|yov|yova|sky|skiy|skii|skaya|enko|shvili|dze|yan|yants|owski|owska|"
    r"ewski|ewska|icz|czyk|uk|yuk|chuk)$"
)


def lexicon_name_spans(text: str) -> Iterator[tuple[int, int]]:
    """Capitalised runs whose tokens are all known names (census 1990 + world list), with a given name and a
    surname among them in either order ("Faith Okafor", "Wang Wei", "Nguyen Van Minh", "GARCIA LOPEZ Maria")
    and at least one token of 3+ letters that is not an English word ("Mark Brown" alone is two words and
    stays to the title/role rules; "Grace Period", "Chest Pain" are not names). Why a lexicon and not a
    capitalised-pair rule: English notes capitalise headings, drugs and places, and a pair of known names is the
    evidence that survives every layout (tables, HL7 dumps, OCR) without a label."""
    lex = name_lexicon()
    for run in _LX_RUN.finditer(text):
        toks = [t for t in _LX_ONE.finditer(run.group()) if t.group() not in _LX_PARTICLES]
        i = 0
        while i < len(toks):
            j, caps = i, None  # a segment keeps one letter case: "Patient NGUYEN VAN MINH", "NSAID Brown"
            while j < len(toks) and (
                _INITIAL_DOT.fullmatch(toks[j].group())
                or (
                    any(_lex_kind(toks[j].group(), lex)[:2])
                    and (caps is None or len(toks[j].group()) < 3 or toks[j].group().isupper() == caps)
                )
            ):
                if caps is None and len(toks[j].group()) > 2:
                    caps = toks[j].group().isupper()
                j += 1
            seg = toks[i:j]
            i = max(j, i + 1)
            names = [t.group() for t in seg if not _INITIAL_DOT.fullmatch(t.group())]
            if (
                len(names) < 2
                or names[0] in _PLACE_HEADS
                or names[0] in _SKIP_WORDS
                or names[-1] in _SKIP_WORDS
                or names[-1] in _PLACE_TAILS
            ):
                continue
            kinds = [_lex_kind(n, lex) for n in names]
            firsts = [k for k, n in enumerate(names) if kinds[k][0]]
            surnames = [k for k, n in enumerate(names) if kinds[k][1]]
            if not any(a != b for a in firsts for b in surnames):
                continue
            strong = [n for n, k in zip(names, kinds) if not k[2] and len(n) >= 3 + names[0].isupper()]
            if not strong or all(n in _PLACE_FIRSTS for n in strong):
                continue
            end = run.start() + seg[-1].end()
            if _INSTITUTION_AFTER.match(text, end) is None:
                yield run.start() + seg[0].start(), end


# narrative evidence for one or two known names without a title (see `narrative_spans`)
_NARR_NAME = (
    r"(?:[A-Z]\.[ \t]*)?(?:" + _LX_TOKEN + r")(?:[ \t]+(?:[A-Z]\.[ \t]+)?(?:" + _LX_TOKEN + r")){0,2}"
)
# (a capital or an Arabic article first: the cheap test that fails at most positions before the lookbehinds)
_NARR_START = r"(?=[" + _UP + r"aAeE])"
# a name opening a sentence, a line or a list item, followed by what the patient or the author does:
# "Psychology session 4. Olga reports ...", "Psychiatry liaison. Adeyemi transferred from ..."
_NARR_SUBJECT_RE = re.compile(
    _NARR_START
    + r"(?:^|(?<=[.!?:;][ \t])|(?<=\n))("
    + _NARR_NAME
    + r")[ \t]+(?=(?:reports|reported|presents|presented|"
    r"transferred|denies|states|complains|attended|was[ \t]+transferred)\b)",
    re.MULTILINE,
)
# a name before its age, sex, birth date or obstetric formula: "bed 27: Cook, 81, ...", "Haddad, 53F.",
# "Patel, D.O.B. 19/7/52", "Hughes (DOB 1932-06-27)", "Aoife Novak, G2P1"
_NARR_DEMOG_RE = re.compile(
    _NARR_START
    + r"(?:^|(?<=[.!?:;][ \t])|(?<=\n))("
    + _NARR_NAME
    + r")(?=(?:,[ \t]*|[ \t]*\()(?:\d{1,3}[ \t]*(?:[MF]|y|yo|yrs?)?"
    r"[,.;)]|DOB\b|D\.O\.B|born\b|G\d{1,2}[ \t]*P\d))",
    re.MULTILINE,
)
# a person opening a sentence before a colon: "Pharmacy review. K. Smith: Eliquis plus aspirin" (an initial or
# a given name that is not a word first: "Blood Pressure:", "Will Review:", "Grace Period:" stay)
_NARR_COLON_RE = re.compile(
    _NARR_START + r"(?:^|(?<=[.!?;][ \t])|(?<=\n))(" + _NARR_NAME + r"):[ \t]", re.MULTILINE
)
# the attendees of a meeting: "Present: Rossi, H. Young, Prof Hill." (titles stay to the title rule)
_PRESENT_RE = re.compile(
    r"(?<![\w])(?:Present|Attendees|In[ \t]+attendance)[ \t]*:[ \t]*((?:[^\n.]|(?<=\b[A-Z])\.)*)"
)
_PRESENT_ITEM = re.compile(
    r"(?:(?:Dr|Prof|Mr|Mrs|Ms|Miss)\.?[ \t]+)?((?:[A-Z]\.[ \t]*)?(?:(?:Van|van|Von|von|De|de)[ \t]+(?:der[ \t]+|den[ \t]+)?)?"
    + r"(?:"
    + _LX_TOKEN
    + r")"
    # a given name, initials and a surname in one item: "James Mason", "Precious T. Murphy", "KD Chen"
    + r"(?:[ \t]+(?:[A-Z]\.[ \t]*)?(?:"
    + _LX_TOKEN
    + r")){0,2})"
)
_TITLED_ITEM = re.compile(r"(?:Dr|Prof|Mr|Mrs|Ms|Miss)\.?[ \t]+[A-Z]")


def _known_name_run(run: str, lex: NameLexicon) -> bool:
    """Every token of the run is a known given name or surname (initials and particles pass), and none is a
    heading or a clinical word ("Patient", "Mother" are not in the lexicon; "April" is, and is a name here)."""
    toks = [
        t
        for t in re.split(r"[ \t]+", run)
        if t and not _INITIAL_DOT.fullmatch(t) and t.lower() not in _LX_PARTICLES
    ]
    return (
        bool(toks)
        and all(t not in _SKIP_WORDS or t in EN_COMMON_NAMES_CAP for t in toks)
        and all(any(_lex_kind(t, lex)[:2]) for t in toks)
    )


EN_COMMON_NAMES_CAP = frozenset(w.capitalize() for w in EN_COMMON_NAMES)


def narrative_spans(text: str) -> Iterator[tuple[int, int]]:
    """Names of narrative without a title: a known name opening a sentence before a subject verb ("Olga
    reports"), before the patient's age, sex or birth date ("Cook, 81,", "Patel, D.O.B."), and the attendee list
    of a meeting ("Present: Rossi, H. Young"). Why the frame and the lexicon together: alone, a capitalised word
    at a sentence start is anything ("Patient reports", "Ward 5, 81"), and a known name alone is often a word."""
    lex = name_lexicon()
    for rx in (_NARR_SUBJECT_RE, _NARR_DEMOG_RE):
        for m in rx.finditer(text):
            if _known_name_run(m.group(1), lex):
                yield m.start(1), m.end(1)
    for m in _NARR_COLON_RE.finditer(text):
        toks = m.group(1).split()
        if (
            len(toks) >= 2
            and _known_name_run(m.group(1), lex)
            and (_INITIAL_DOT.fullmatch(toks[0]) or toks[0] in first_names())
        ):
            yield m.start(1), m.end(1)
    for m in _PRESENT_RE.finditer(text) if "Present" in text or "ttend" in text else ():
        items = [p for p in re.finditer(r"[^,;]+", m.group(1)) if p.group().strip()]
        found = []
        titled = 0  # items with a title are people too (the title rule emits them)
        for p in items:
            it = _PRESENT_ITEM.fullmatch(p.group().strip())
            name = it.group(1) if it is not None else ""
            if it is None or not (
                _known_name_run(" ".join(_name_tokens(name)), lex) or _INITIAL_DOT.match(name)
            ):
                titled += _TITLED_ITEM.match(p.group().strip()) is not None
                continue
            s = m.start(1) + p.start() + (len(p.group()) - len(p.group().lstrip())) + it.start(1)
            found.append((s, s + len(name)))
        # a list of people: 2+ names, and names or titled people make most of it ("Present: fever, cough" no)
        if len(found) >= 2 and len(found) + titled >= 0.75 * len(items):
            yield from found


# frames whose slot is a person whatever the name: no lexicon needed, only a name-shaped run (see `frame_spans`)
_FRAME_RUN = (
    r"(?:[A-Z]\.[ \t]*)?(?:" + _LX_TOKEN + r")(?:[ \t]+(?:[A-Z]\.[ \t]*)?(?:" + _LX_TOKEN + r")){0,2}"
)
# the subject line of a letter or a sentence start, then the name and the birth date: "Re: Ana Lima, DOB 2/3/51"
_DOB_AFTER_RE = re.compile(
    _NARR_START
    + r"(?:^|(?<=[.!?:;][ \t])|(?<=\n))("
    + _FRAME_RUN
    + _TRAILING_INITIAL
    + r")(?=,[ \t]*(?:DOB|D\.O\.B|born)\b|[ \t]*\((?:DOB|D\.O\.B|born)\b)",
    re.MULTILINE,
)
# a call: "Spoke to Ana Lima on 07700 900123", "rang Okafor on 0161 ..." (a phone number follows the person)
_CALLED_RE = re.compile(
    r"(?<![\w])(?=[SsTtPpRrCc])(?i:spoken?[ \t]+(?:to|with)|talked[ \t]+(?:to|with)|phoned|rang|telephoned|called)[ \t]+("
    + _FRAME_RUN
    + r")(?=[ \t]+on[ \t]+(?:\+|\()?\d)"
)
# a result read to a person: "K+ 6.9 phoned to Lima on ward 4", "results given to Okafor at 14:10"
_PHONED_TO_RE = re.compile(
    r"(?<![\w])(?=[PpRr])(?i:phoned(?:[ \t]+through)?[ \t]+to|read[ \t]+back[ \t]+to|results?[ \t]+(?:given|passed)[ \t]+to)"
    r"[ \t]+(" + _FRAME_RUN + r")(?=[ \t]+(?:on|at|in)[ \t]|[ \t]*[,.;(\n]|$)"
)
# a carer or worker named in apposition after where they come from: "Carer from Elm House, Tom, also present"
_APPOSITION_RE = re.compile(
    r"(?<![\w])(?=[CcSsKkIiAaPp])(?i:carer|care[ \t]+worker|support[ \t]+worker|key[ \t]+worker|social[ \t]+worker|interpreter|"
    r"advocate|paramedic)[ \t]+(?:from|at|of)[ \t]+[A-Z][^\n,]{1,60},[ \t]+(" + _LX_TOKEN + r")(?=,|[ \t]*\()"
)
# the author of a visit or shift log line after its time: "12/03/2024 07:10-07:40  Amara: meds given", "0815 Joe:"
_LOG_AUTHOR_RE = re.compile(
    r"(?m)^[^\n:]{0,24}?(?<![\d:])\d{1,2}:?\d{2}(?:[ \t]*[-–][ \t]*\d{1,2}:?\d{2})?[ \t]+("
    + _FRAME_RUN
    + r"):[ \t]"
)
# a patient named at the start of a line before a dash: "Ana Lima — day 9 post stroke", "OKAFOR, Ruth – review"
_LINE_DASH_RE = re.compile(
    r"(?m)^[ \t]*(" + _FRAME_RUN + r"(?:,[ \t]+(?:" + _LX_TOKEN + r"))?)[ \t]+[—–-][ \t]+(?=[a-z0-9])"
)
# a message signed after its last sentence or after "Thanks,": "Thank you! Will do. R. Okafor", "Thanks, Bo"
_MESSAGE_SIGN_RE = re.compile(
    r"(?m)(?=[A-Z])(?:(?<=[.!?][ \t])([A-Z]\.[ \t]?(?:"
    + _LX_TOKEN
    + r"))|(?<![\w])(?:Thanks|Thank[ \t]+you|Cheers|Best)"
    r"[ \t]*,[ \t]+((?:" + _LX_TOKEN + r")(?:[ \t]+(?:" + _LX_TOKEN + r"))?))[ \t]*$"
)
# a staff or author field of a form, the value up to the line end, a comma, a bracket or a column gap:
# "Radiographer: Jo Pike", "Authorised by: Thistlewood", "Caller: Bronagh McAteer", "Scribe: Hollis"
_STAFF_LABEL_RE = re.compile(
    r"(?<![\w])(?=[A-Za-z])(?i:radiographer|sonographer|phlebotomist|dietitian|dietician|physiotherapist|"
    r"occupational[ \t]+therapist|speech[ \t]+(?:and[ \t]+language[ \t]+)?therapist|psychologist|counsellor|"
    r"counselor|paramedic|porter|scribe|caller|author|reporter|transcriptionist|anaesthetist|anesthetist|"
    r"(?:scrub|recovery|theatre|charge)[ \t]+nurse|midwife|health[ \t]+visitor|social[ \t]+worker|"
    r"(?:authori[sz]ed|approved|verified|validated|released|requested|ordered|collected|taken|performed|"
    r"prepared|issued|dispensed|administered|witnessed|counter-?signed)[ \t]+by)[ \t]*:[ \t]*("
    + _FRAME_RUN
    + r")(?=[ \t]*(?:$|\n|[,;(|]|[ \t]{2}|\t))",
    re.MULTILINE,
)
_STAFF_LABEL_KEYS = (
    "by:",
    "by :",
    "grapher",
    "tomist",
    "titian",
    "tician",
    "therapist",
    "logist",
    "sellor",
    "selor",
    "paramedic",
    "porter",
    "scribe",
    "caller",
    "author",
    "reporter",
    "thetist",
    "transcription",
    "nurse",
    "midwife",
    "visitor",
    "worker",
)
# staff and place nouns that the object of "phoned to" may be ("phoned to Matron", "to Switchboard")
_STAFF_NOUNS = frozenset(
    "Matron Sister Theatre Theatres Switchboard Reception Porter Porters Coordinator Bleep Ward Bay Wards Team "
    "Outreach Haematologist Microbiologist Biochemist Duty".split()
)


# endings of English common nouns and adjectives that surnames hardly have ("Referral", "Admission", "Treatment")
_COMMON_WORD_END = re.compile(
    r"(?:tion|sion|ment|ness|ity|ance|ence|ing|ral|ure|ary|ology|ics|ism|ive|ous|ful|less|able|ible|ed|ly)$"
)


def _name_tokens(run: str) -> list[str]:
    """The words of a run without its initials: dotted ("A.") or undotted capitals before a name word ("KC
    Dubois", "OL Smith": British notes write initials without dots)."""
    toks = [t for t in run.split() if not _INITIAL_DOT.fullmatch(t)]
    while len(toks) > 1 and re.fullmatch(r"[A-Z]{1,3}", toks[0]) and not toks[1].isupper():
        toks.pop(0)
    if len(toks) > 1 and re.fullmatch(r"[A-Z]", toks[-1]):
        toks.pop()  # "Bishop M": an initial after the surname
    return toks


def _plain_name_run(run: str) -> bool:
    """Every word of the run may be a name: no heading, staff, institution, department or clinical abbreviation
    ("Cardiology", "Matron", "AMU", "Royal" stay out); initials pass. A run of one word must also not look like
    an English common word ("Re: Referral, DOB ..."), unless the lexicon knows it as a name."""
    toks = _name_tokens(run)
    if len(toks) == 1 and len(run.split()) == 1:  # with initials, "OL Smith" is a person even if a word
        f, sn, w = _lex_kind(toks[0], name_lexicon())
        if w or (not (f or sn) and _COMMON_WORD_END.search(toks[0].lower())):
            return False
    return bool(toks) and not any(
        t in _SKIP_WORDS
        or t in _INSTITUTION_WORDS
        or t in _STAFF_NOUNS
        or t in _PLACE_HEADS
        or t.lower() in COMMON_LOW
        or _DEPARTMENT_END.search(t)
        or (t.isupper() and len(t) <= 4)
        for t in toks
    )


def frame_spans(text: str) -> Iterator[tuple[int, int]]:
    """Names in frames that only a person fills, whatever the name: before a birth date ("Re: Ana Lima, DOB"),
    the person spoken to on a phone number, the person a result was phoned to, and a carer named after where
    they come from (that one needs a known given name: a town fits the comma slot too). Why no lexicon for the
    first three: the frame is the evidence, and a patient's name is as often missing from any list."""
    low = text.lower()
    rxs = [_DOB_AFTER_RE] if ("DOB" in text or "D.O.B" in text or "born" in text) else []
    if "spok" in low or "talked" in low or "phoned" in low or "rang" in low or "called" in low:
        rxs.append(_CALLED_RE)
    if "phoned" in low or " to " in low and ("read back" in low or "given" in low or "passed" in low):
        rxs.append(_PHONED_TO_RE)
    for rx in rxs:
        for m in rx.finditer(text):
            if _plain_name_run(m.group(1)):
                yield m.start(1), m.end(1)
    if "from" in low or " at " in low or " of " in low:
        for m in _APPOSITION_RE.finditer(text):
            if _known_given_name(m.group(1)) and m.group(1) not in _SKIP_WORDS:  # word-names too: "Grace"
                yield m.start(1), m.end(1)
    lex = name_lexicon()
    for m in _STAFF_FIRST_RE.finditer(text) if any(k in low for k in _STAFF_WORDS) else ():
        first = m.group(1).split()[0]
        if _known_given_name(first) and first not in _SKIP_WORDS:
            span = _trim(text, m.start(1), m.end(1), keep_first=True)
            if span is not None:
                yield span
    staff_label = ":" in text and any(k in low for k in _STAFF_LABEL_KEYS)
    for m in _STAFF_LABEL_RE.finditer(text) if staff_label else ():
        # two name words may be English words ("Jo Pike"); one alone must not look like one
        if _plain_name_run(m.group(1)) or (
            len(_name_tokens(m.group(1))) >= 2
            and _known_name_run(m.group(1), lex)
            and not any(t in _SKIP_WORDS or t in _STAFF_NOUNS for t in m.group(1).split())
        ):
            yield m.start(1), m.end(1)
    if ":" in text:
        for m in _LOG_AUTHOR_RE.finditer(text):
            first = m.group(1).split()[0]
            if (first in first_names() or _known_name_run(m.group(1), lex)) and _plain_name_run(m.group(1)):
                yield m.start(1), m.end(1)
    for m in _LINE_DASH_RE.finditer(text) if "—" in text or "–" in text or " - " in text else ():
        run = m.group(1).replace(",", " ")
        toks = _name_tokens(run)
        initials = len(toks) < len(run.split())
        # two known names, one of them no English word, or "SURNAME, Given" ("May Hughes", "BEGUM, Rose"), or
        # initials and a known surname ("OC Petrov —"); "Summer Long —", "Chest Pain —" stay
        if (
            (len(toks) >= 2 or (initials and _lex_kind(toks[0], lex)[1]))
            and _known_name_run(" ".join(toks), lex)
            and ("," in m.group(1) or initials or any(not _lex_kind(t, lex)[2] for t in toks))
            and not any(
                t in _INSTITUTION_WORDS or t in _STAFF_NOUNS or _DEPARTMENT_END.search(t) for t in toks
            )
        ):
            yield m.start(1), m.end(1)
    for m in _MESSAGE_SIGN_RE.finditer(text) if "." in text or "hank" in text or "heers" in text else ():
        g = 1 if m.group(1) else 2
        word = m.group(g).split()[-1]
        if g == 1 and not _lex_kind(word, lex)[1]:
            continue  # "Grew mixed flora. E. Coli": an initial and a surname the lexicon knows
        if g == 2 and not (_known_given_name(m.group(g).split()[0]) or _known_name_run(m.group(g), lex)):
            continue  # "Thanks, Bobby", "Cheers, Ngozi Eze"; not "Thanks, Team"
        if g == 1 or not any(t in _SKIP_WORDS or t in _STAFF_NOUNS for t in m.group(g).split()):
            yield m.start(g), m.end(g)


# "SURNAME, Given": "Kowalczyk, Agnieszka", "GARCIA LOPEZ, Maria José", "Nguyen, Thi Lan" (a surname or
# unknown word, a comma, a known given name; not a place: "Springfield, Virginia")
_SURNAME_GIVEN_RE = re.compile(
    r"(?<![\w\-'’])((?:" + _LX_TOKEN + r")(?:[ \t]+(?:" + _LX_TOKEN + r"))?),[ \t]+((?:" + _LX_TOKEN + r")"
    r"(?:[ \t]+(?:" + _LX_TOKEN + r")){0,2})(?![\w\-])"
)
# HL7 (PID-5, NK1-2, XCN of PV1-7) and DICOM (PN) person names: "NGUYEN^THI^LAN^^MRS", "12345^MORGAN^REX^J^^^MD",
# "[DOE^JANE]": family^given^middle^suffix^prefix^degree, the whole thing a NAME
_CARET_NAME_RE = re.compile(
    r"(?:(?<=[|\[=:^ \t\"'])|^)([A-Za-zÀ-ÖØ-öø-ÿА-ЯЁа-яё][A-Za-zÀ-ÖØ-öø-ÿА-ЯЁа-яё'’\-]+"
    r"(?: [A-Za-zÀ-ÖØ-öø-ÿА-ЯЁа-яё][A-Za-zÀ-ÖØ-öø-ÿА-ЯЁа-яё'’\-]+)?"
    r"\^[A-Za-zÀ-ÖØ-öø-ÿА-ЯЁа-яё][A-Za-zÀ-ÖØ-öø-ÿА-ЯЁа-яё'’\-]*"
    r"(?:\^[A-Za-zÀ-ÖØ-öø-ÿА-ЯЁа-яё][A-Za-zÀ-ÖØ-öø-ÿА-ЯЁа-яё.'’\-]*|\^(?=\^))*)",
    re.MULTILINE,
)  # Cyrillic too: a Russian MIS sends "PID|...||ОРЛОВА^АННА^ПЕТРОВНА||..."
_CARET_CONTEXT = re.compile(
    r"(?:^|\n)(?:PID|NK1|PV1|PV2|ORC|OBR|IN1|GT1|ROL|PD1|MRG|TXA|EVN)\||\bPN\b|(?i:name)"
)
# a house number earlier in the same component: the caret run is the street and unit of an XAD address
_CARET_ADDRESS = re.compile(r"(?:^|[|^~])\d+[A-Za-z]?(?:[ \t]+[A-Za-z.'’\-]+)*[ \t]+$", re.MULTILINE)
# the component after the family name that marks a code, not a person ("Hemoglobin^LN", "Hypertension^I10")
# HL7 identifier type codes (CX-5) that follow an assigning authority ("^^^MRH^MR")
_ID_TYPES = frozenset("MR MRN PI PT AN VN SS SSN DL NI PN HC MC MA NH PPN BR EN".split())
_CODE_SYSTEMS = frozenset(
    "LN L I9 I10 I9C I10C ICD ICD9 ICD10 SCT SNOMED SNM HL7 CPT LOINC RXNORM NDC UCUM".split()
)


def caret_name_spans(text: str) -> Iterator[tuple[int, int]]:
    """Person names in HL7/DICOM caret notation. A pair of caret components is a name when the given-name
    component is a known given name or the family component a known surname, or when the text is an HL7
    message or a DICOM dump with a name field (PID/NK1/PV1..., "PN", "Name"); never when a component is a
    coding system ("718-7^Hemoglobin^LN")."""
    if "^" not in text:
        return
    lex = name_lexicon()
    context = _CARET_CONTEXT.search(text) is not None
    for m in _CARET_NAME_RE.finditer(text):
        comps = [c for c in m.group(1).split("^") if c]
        # a one-letter system code ("L") is a middle initial after a known given name: "DELGADO^ROSA^L"
        if len(comps) < 2 or any(
            c.upper() in _CODE_SYSTEMS and (len(c) > 1 or not _lex_kind(comps[1], lex)[0]) for c in comps[1:]
        ):
            continue
        if any(c.upper() in _ID_TYPES for c in comps) or (len(comps[1]) <= 2 and comps[1].isupper()):
            continue  # "4455667^^^MRH^MR": an identifier's assigning authority and type code
        if (comps[0].isupper() and len(comps[0]) <= 3 and not comps[1].isupper()) or _CARET_ADDRESS.search(
            text, max(0, m.start(1) - 40), m.start(1)
        ):
            continue  # a coded value "MTH^Mother", "SPO^Spouse"; an address "2756 ELM STREET^UNIT 253^BOSTON"
        family, given = _lex_kind(comps[0], lex), _lex_kind(comps[1], lex)
        if given[0] or family[1] or (context and len(comps[1]) >= 3):
            yield m.start(1), m.end(1)


# a salutation: "Dear Mary,", "Hi Tunde -", "Dear Ngozi and Emeka,"
_SALUTATION_RE = re.compile(
    r"(?<![\w])(?:Dear|Dearest|Hi|Hello|Kia[ \t]+ora)[ \t]+("
    + _CAPW
    + r"(?:[ \t]+"
    + _CAPW
    + r")?)(?=[ \t]*(?:[,!:\n—-]|and\b|$))"
)


def salutation_spans(text: str) -> Iterator[tuple[int, int]]:
    """The name after "Dear"/"Hi"/"Kia ora" (New Zealand letters) when its first word is a known given name or
    surname, or an initial before a capitalised word ("Dear Mary,", "Kia ora T. Ruatapu,"; not "Dear Colleague,"
    or "Dear Sir,")."""
    lex = name_lexicon()
    for m in _SALUTATION_RE.finditer(text):
        first = m.group(1).split()[0]
        initial = re.fullmatch(r"[A-Z]\.?", first) is not None and " " in m.group(1)  # "Kia ora T. Ruatapu,"
        if initial or (first not in _SKIP_WORDS and any(_lex_kind(first, lex)[:2])):
            yield m.start(1), m.end(1)


# a lowercase name typed into a name field: "Pt Name: mohammed ali   dob ...", "name - tunde bakare"
_LOW_NAME_FIELD_RE = re.compile(
    r"(?<![\w])(?i:(?:patient|pt|client|full|member|insured|caller|contact)?[ \t]*name)[ \t]*[:\-][ \t]*"
    r"([a-z][a-z'’\-]+(?:[ \t][a-z][a-z'’\-]+){1,3})(?=[ \t]*(?:$|\n|[ \t]{2}|[,;|(]))",
    re.MULTILINE,
)


def low_name_field_spans(text: str) -> Iterator[tuple[int, int]]:
    """A lowercase value of a name field whose words are not clinical words and one of which is a known given
    name or surname that is not an English word ("mohammed ali"; not "name: not given", "name - see chart")."""
    lex = name_lexicon()
    for m in _LOW_NAME_FIELD_RE.finditer(text):
        words = m.group(1).split()
        if any(w in COMMON_LOW for w in words):
            continue
        kinds = [_lex_kind(w.capitalize(), lex) for w in words]
        if any((f or sn) and not w for f, sn, w in kinds):
            yield m.start(1), m.end(1)


# a surname with initials after or before it: "Kowalski J.", "Okafor C.N.", "J. Kowalski", "A.B. Nguyen"
_INITIAL_SURNAME_RE = re.compile(
    r"(?<![\w.])(?:([A-Z]\.(?:[ \t]?[A-Z]\.)?)[ \t]?("
    + _LX_TOKEN
    + r")|("
    + _LX_TOKEN
    + r")[ \t]+([A-Z]\.(?:[ \t]?[A-Z]\.)?))"
    r"(?![\w])"
)
# a name split by a hyphen at a line end (OCR, narrow columns): "Okon-\nkwo", "Kowal-\nczyk"
_EN_HYPHEN_BREAK = hyphen_break_rx(_UP, _LO)


def initial_surname_spans(text: str) -> Iterator[tuple[int, int]]:
    """A known surname that is not an English word, with initials next to it ("Kowalski J.", "J. Kowalski");
    and a known name hyphenated across a line break ("Okon-\nkwo"). Why: signatures, lists and Russian
    documents give foreign staff as surname + initials with no title, and each half of a broken name is no
    name."""
    lex = name_lexicon()
    if "." in text:
        for m in _INITIAL_SURNAME_RE.finditer(text):
            word = m.group(2) or m.group(3)
            f, sn, w = _lex_kind(word, lex)
            if sn and not w and len(word) >= 3 and word not in _SKIP_WORDS:
                yield m.start(), m.end()
    if has_line_end_hyphen(text):
        for m in _EN_HYPHEN_BREAK.finditer(text):
            f, sn, w = _lex_kind(m.group(1) + m.group(2), lex)
            if (f or sn) and not w:
                yield m.start(), m.end()


def surname_given_spans(text: str) -> Iterator[tuple[int, int]]:
    """ "SURNAME, Given [Middle]" with a known given name after the comma (not a place or an English word) and a
    surname or a non-word before it; the span runs to the last name-like token."""
    if "," not in text:
        return
    lex = name_lexicon()
    for m in _SURNAME_GIVEN_RE.finditer(text):
        fam = m.group(1).split()
        given = m.group(2).split()
        g = _lex_kind(given[0], lex)
        if not g[0] or {given[0], given[0].capitalize()} & (_PLACE_FIRSTS | _PLACE_HEADS):
            continue
        if any(w in _SKIP_WORDS or w in _PLACE_HEADS for w in fam):
            continue
        f = [_lex_kind(w, lex) for w in fam]
        if not all(k[1] or not k[2] for k in f) or not any(k[1] for k in f):
            continue  # every family token a surname or a non-word, and one of them a known surname
        if g[2] and all(k[2] for k in f):
            continue  # "Brown, Grace" could be a list of words: one side must be no English word
        end = m.start(2) + len(given[0])
        for w in re.finditer(r"\S+", m.group(2)):
            if w.start() and (re.fullmatch(r"[A-Z]\.?", w.group()) or any(_lex_kind(w.group(), lex)[:2])):
                end = m.start(2) + w.end()
            elif w.start():
                break
        yield m.start(1), end
