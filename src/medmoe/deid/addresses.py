"""Street addresses (Russian and English) and postal indexes.

Policy (documented in docs/deid-152fz.md): a place is personal data when it locates a person, i.e. down to
the street. A city, region or country alone ("госпитализирован в г. Самара", "из Казани") is kept: it is
needed for epidemiology and does not single out a person. When a street address is found, the city, region,
district and postal index written in front of it are taken into the same ADDRESS span.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from medmoe.deid.entities import Entity
from medmoe.deid.morph import facts
from medmoe.deid.registry import Recognizer, RegexRecognizer

# a capitalised word of a street name, maybe after a lowercase connector ("наб. реки Фонтанки", "ул. им. Ленина"), or a
# number that starts a name ("8 Марта", "1-я Парковая", "50 лет Октября"); a number before "/", "-" or "," is the house
_W = (
    r"(?:(?:реки|им\.|имени|канала|острова)[ \t]+)?(?:[А-ЯЁA-Z][\w\-]*\.?"
    r"|\d{1,3}(?:-?[а-яё]{1,3})?(?=[ \t]+(?:лет[ \t]+)?[А-ЯЁ])(?:[ \t]+лет)?"
    r"|\d{4}[ \t]+года"  # a street named after a year ("ул. 1905 года")
    r"|\d{1,2}-?(?:й|я|е|ый|ая|ой)(?=[ \t]*,)"  # an ordinal name before the house ("мкр. 5-й, д. 14")
    r"|\d{1,3}(?=[ \t]*,[ \t]*(?:д\.|дом)[ \t]*\d))"  # a numbered block before the house ("кв-л 12, д. 3")
)
_STREET_TYPE = (
    r"(?i:ул\s?\.|ул(?=\s)|пер\s\.|пр\s\.|улиц[аеыу]|пр-т|пр-кт|просп\.|проспект\w*|пр\.|пер\.|переул\w+|б-р|бул\.|бульвар\w*|"
    r"ш\.|шоссе|наб\.|набережн\w+|пл\.|площад\w+|пр-д|проезд\w*|мкр\.?|мкрн\.?|микрорайон\w*|туп\.|тупик\w*|"
    # a "горячая линия" is a hotline, not a numbered street of St Petersburg ("тел. горячей линии 8-800-...")
    r"аллея|аллеи|(?<!горячей[ ])(?<!горячая[ ])(?<!телефонной[ ])(?:линия|линии)|тракт\w*|кв-л|квартал\w*)"
)
# (in a sentence: "в доме 5", "квартира 12", "в квартире 12")
_HOUSE = r"(?i:(?:в[ \t]+)?(?:д\.|дом[еа]?|владение|вл\.))\s*\d+[а-яА-Я]?(?:/\d+[а-яА-Я]?)?"
_BARE_HOUSE = r"\d{1,4}[а-яА-Я]?(?:/\d+[а-яА-Я]?)?(?![\d.,]\d)"
_BUILDING = r"(?i:корп\.|корпус|к\.|стр\.|строение|лит\.|литер\w*)\s*\w{1,4}"
_FLAT = r"(?i:кв\.?(?=\s*\d)|(?:в[ \t]+)?квартир[аеы]|ком\.|комн\.|комната|оф\.|офис|пом\.)\s*\d+[а-яА-Я]?"

RU_STREET = re.compile(
    # the parts of one street stay on one line: "ул. Лесная 10\nМать: ..." is an address and a new field
    r"(?<![\w])(?:" + _STREET_TYPE + r"[ \t]*" + _W + r"(?:[ \t]+" + _W + r"){0,2}"
    r"|(?:\d{1,2}-?(?:я|й|е|го|ая|ий)[ \t]+)?(?:[А-ЯЁ][\w\-]*(?i:ая|ий|ой|ый|ое|ского|ская)[ \t]+){1,2}"
    + _STREET_TYPE
    + r")"
    # (a line break only after a comma: an OCRed form wraps "д. 125а,\nкв. 75")
    r"(?:(?:,\s*|[ \t]*)(?:" + _HOUSE + r"|" + _BARE_HOUSE + r"))?"
    r"(?:(?:,\s*|[ \t]*|-)" + _BUILDING + r")*"
    r"(?:(?:,\s*|[ \t]*|-)(?:" + _FLAT + r"|(?<=\d-)\d+))?"
)
# the street type after a name in the genitive, as registry forms print it ("Карла Маркса ул., д. 61", "Гагарина
# пр-т, 5"): only with a house number after it, since "Иванова пер." alone is no proof of a street
RU_STREET_NAME_FIRST = re.compile(
    r"(?<![\w])(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?[ \t]+){1,2}"
    r"(?:ул\.|улица|пер\.|переулок|пр-т|пр-кт|просп\.|проспект|б-р|бульвар|наб\.|набережная|пр-д|проезд|"
    r"шоссе|площадь|тупик)"
    r",?[ \t]*(?:" + _HOUSE + r"|" + _BARE_HOUSE + r")"
    r"(?:(?:,?\s*|-)" + _BUILDING + r")*"
    r"(?:(?:,?\s*|-)(?:" + _FLAT + r"|(?<=\d-)\d+))?"
    # a count or a dose is no house number ("Осмотрен Ивановым пер. 3 раза")
    r"(?![ \t]*(?:раз\w*|р/д|мг|мл|г\.|дн\w*|нед\w*|мес\w*|лет|год\w*|час\w*|мин\w*|сут\w*|таб\w*)(?![\w]))"
)
# the house before the street, in a sentence: "упал у дома 15 по ул. Мира", "д. 3 по пр-ту Ленина"
RU_HOUSE_FIRST = re.compile(
    r"(?<![\w])(?:д\.|дом[аеу]?)[ \t]*\d{1,4}[а-яА-Я]?(?:/\d+)?[ \t]+по[ \t]+"
    + _STREET_TYPE
    + r"[ \t]*"
    + _W
    + r"(?:[ \t]+"
    + _W
    + r")?"
)
# a street and house written bare after a verb of living, as hurried notes do: "проживает Ленина 5-12",
# "живёт по адресу Советская, 14, кв. 3" (not "живёт Сергей 5 лет": a time after the number)
RU_LIVES_AT = re.compile(
    r"(?<![\w])(?i:прожива\w*|жив[её]т|живут|зарегистрирован\w*)[ \t]+(?:по[ \t]+(?:адресу[ \t]*:?[ \t]*)?)?"
    r"([А-ЯЁ][а-яё\-]+(?:[ \t]+[А-ЯЁ][а-яё\-]+)?,?[ \t]*\d{1,4}[а-яА-Я]?(?:[\-/]\d{1,4})?"
    r"(?:,?[ \t]*кв\.?[ \t]*\d+)?)"
    r"(?![\d\w]|[ \t]*(?:лет|год|мес|дн|раз|нед|час|мин|сут)|[.,]\d)"
)
# a city, then a street written without its type and a house-flat pair, as forms and call cards shorten an
# address: "Тверь, Молодёжная 12-45", "САНКТ-ПЕТЕРБУРГ,  КРИВОКОЛЕННЫЙ 7-3"; the first word must be a place name to
# pymorphy3 (Geox), so "Жалобы, Температура 37-38" and "ЧСС, Пульс 60-80" stay
RU_CITY_BARE_STREET = re.compile(
    r"(?<![\w\-])([А-ЯЁ][а-яёА-ЯЁ]+(?:-[А-ЯЁа-яё]+)*),[ \t]{1,2}(?:[А-ЯЁ][а-яёА-ЯЁ\-]+[ \t]+)?[А-ЯЁ][а-яёА-ЯЁ\-]+"
    r"[ \t]+\d{1,4}[а-я]?-\d{1,4}(?![\w]|[.,]\d|[ \t]*(?:лет|год|мес|дн|раз|нед|час|мин|сут|мг|мл|%))"
)
_NAME_FIRST_GATE = re.compile(
    r"[а-яё][ \t]+(?:ул\.|улица|пер\.|переулок|пр-|просп|проспект|б-р|бульвар|наб|проезд|шоссе|площадь|тупик)"
    r"[\w.\-]*,?[ \t]*(?:д\.|дом|\d)"
)
_PLOT_WORDS = ("СНТ", "ДНТ", "ДНП", "ДПК", "ТСН", "СТ", "оварищ")
_RU_PREFIX_COMPONENT = re.compile(
    r"(?:(?<![\w])[1-6]\d{5}"
    r"|(?i:г\s?\.|город|гор\.)\s*(?:[А-ЯЁ]\.\s*)?[А-ЯЁ][\w\-]*(?:[\s\-]+[А-ЯЁ][\w\-]*)?"
    r"|[А-ЯЁ][\w\-]*(?:\s+[А-ЯЁ][\w\-]*)?\s+г\."
    r"|СПб|СПБ|МСК|Мск|Н\.\s?Новгород"
    r"|[А-ЯЁ][\w\-]*\s+(?i:обл\.|область|края|край|р-н|район|АО|округ|улус|кожуун)"
    r"|(?i:Республика|Респ\.)\s+[А-ЯЁ][\w\-]*(?:[ \t]+\([А-ЯЁ][\w\-]*\))?"
    # a region's usual abbreviation ("РТ, Высокогорский р-н", "ХМАО-Югра, г. Сургут")
    r"|(?:РТ|РБ|РД|РК|РМЭ|РС[ \t]?\(Я\)|УР|ЧР|КБР|КЧР|ЯНАО|ХМАО(?:-Югра)?|ЕАО|ЛО|МО)(?=[ \t]*,)"
    # a railway station's settlement ("ж/д ст. Высокая Гора")
    r"|ж/д[ \t]+ст\.[ \t]*[А-ЯЁ][\w\-]*(?:[ \t]+[А-ЯЁ][\w\-]*)?"
    r"|(?i:с\.|село|дер\.|деревня|пос\.|посёлок|поселок|пгт\.?|п\.|ст-ца|станица|х\.|хутор|снт|СНТ)\s*[А-ЯЁ][\w\-]*"
    r"(?:\s+[А-ЯЁ][\w\-]*)?"
    r"|д\.\s*[А-ЯЁ][а-яё]+(?:\s+[А-ЯЁ][а-яё]+)?"  # a village ("д. Михайловка"); a house number is digits
    r"|Москва|Санкт-Петербург|Севастополь|Россия|РФ|Российская\s+Федерация)"
    r"(?:[ \t]*,\s*|[ \t]*)$"  # across a line break only after a comma: "г. Уфа\n170786, ..." is two things
)
# a settlement with a house but no street: "д. Ивановка, д. 12", "с. Красное, 5"
RU_SETTLEMENT_HOUSE = re.compile(
    r"(?<![\w])(?<!\d )(?:с\.|село|дер\.|деревня|д\.(?=\s*[А-ЯЁ][а-яё]+,?\s*(?:д\.|дом)\s*\d)|пос\.|посёлок|поселок|пгт\.?|х\.|хутор|ст-ца|станица|снт|СНТ)\s*[А-ЯЁ][\w\-]*"
    r"(?:,?\s*" + _HOUSE + r"|,\s*\d{1,4}[а-яА-Я]?(?!\d))(?:,?\s*" + _FLAT + r")?"
)
# a plot of a garden or dacha partnership, its name often quoted: "СНТ «Рассвет», участок 114", "ДНТ Ромашка,
# уч. 5" (a plot is where the person lives, as a house is)
RU_PLOT = re.compile(
    r"(?<![\w])(?:СНТ|СНТСН|ДНТ|ДНП|ДПК|ТСН|СТ|(?i:садов\w+[ \t]+(?:некоммерческ\w+[ \t]+)?товарищ\w+))"
    r"[ \t]*(?:[«\"][^»\"\n]{2,40}[»\"]|[А-ЯЁ][\w\-]+(?:[ \t]+[А-ЯЁ][\w\-]+)?)"
    r",?[ \t]*(?:(?i:ул\.|улица|линия|аллея)[ \t]*[\w\-]+,?[ \t]*)?(?i:участок|уч\.)[ \t]*№?[ \t]*\d+[а-яА-Я]?"
)
# whatever follows an address label, up to the end of the line, when it has a number: "проживает по адресу:
# Тверская 12-5", "Адрес проживания: Подольск, Профсоюзная 3, кв 7" (no street type the street rules could anchor on)
LABELLED_ADDRESS = re.compile(
    r"(?i:(?<![\w])адрес(?:у|а)?(?:[ \t]+(?:регистрации|проживания|места[ \t]+жительства|фактического[ \t]+проживания|"
    r"по[ \t]+прописке|вызова|пациента|больного))?|прожива\w+[ \t]+по[ \t]+адресу|home[ \t]+address|address|"
    r"location[ \t]+of[ \t]+(?:the[ \t]+)?patient|patient[ \t]+location|residential[ \t]+address|postal[ \t]+address)"
    r"[ \t]*:[ \t]*"
    # a number and a letter in either order: "Тверская 12-5", "15, Wattle Nagar", "49 Rue Victoria"
    r"([^\n;|]*?(?:[А-ЯЁA-Zа-яё][^\n;|]*?\d|\d[^\n;|]*?[А-ЯЁA-Zа-яё])[^\n;|]*?)(?=[ \t]*(?:\n|;|\||$|[ \t]{3}|"
    # a full stop ends it, unless it ends an abbreviation: a lowercase word of 1-5 letters ("д. 14", "корп. 2",
    # "кв. 7", "просп. Мира") or a capital initial ("Н. Новгород")
    + "".join(rf"(?<![^\w][a-zа-яё]{{{n}}})" for n in range(1, 6))
    + r"(?<![^\w][A-ZА-ЯЁ])(?<!р-н)\.[ \t])"
    # the entrance, floor and door code of a call card are directions, written after the address ends
    r"|,[ \t]*(?i:подъезд|под\.|этаж|эт\.|домофон|код[ \t]+(?:двери|домофона|подъезда)|entrance|floor)(?![\w])"
    # and so does a contact written on the same line ("..., кв. 5, тел. 8 912 ...", "..., ph 07700 900123")
    r"|,?[ \t]*(?i:тел|телефон|моб|tel|phone|ph|mobile|mob|e-?mail)(?![^\W\d_]))"
)
# the second line of an address after a label: "Adyar, Chennai 600020", "Montréal, QC H2X 1Y4", "Dublin 9, D09 X8Y2"
_ADDRESS_NEXT_LINE = re.compile(
    r"\n([^\n:]{2,50},[^\n:]{1,40}?(?:(?<![\w])\d{4,6}|[A-Z]\d[A-Z][ ]?\d[A-Z]\d|[A-Z]\d{2}[ ]?[A-Z0-9]{4}))[ \t]*(?=\n|$)"
)
RU_INDEX = re.compile(r"(?<![\w])(?:индекс|index)[:\s]*([1-6]\d{5})(?!\d)", re.IGNORECASE)

_EN_TYPE = (
    r"(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Way|Place|Pl|Terrace|Ter|"
    r"Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq|Trail|Crescent|Close|Gardens|Row|Grove|Mews|Walk|Hill|"
    r"Park|Green|Rise|Vale|View|Parade|Wynd|Brae)"
)
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}"
# a town's name, its parts joined by hyphens and lowercase links ("Ashby-de-la-Zouch", "Weston-super-Mare")
_EN_TOWN = r"[A-Z][a-z]+(?:-(?:[a-z]{2,5}-){0,2}[A-Z][a-z]+)*"
# a place after the street: a town or suburb ("Newcastle upon Tyne"), an Irish county ("Co. Cork"), a city's
# postal district ("Dublin 9")
_EN_PLACE = (
    r"(?:Co\.[ \t]+)?" + _EN_TOWN + r"(?:[ \t]+(?:upon[ \t]+|on[ \t]+|under[ \t]+)?" + _EN_TOWN + r"){0,2}"
    r"(?:[ \t]+\d{1,2}(?![\w/\-]))?"
)
# a postcode of the English-speaking countries: UK, Canada, Ireland (Eircode), US ZIP, Australia/NZ, India (PIN)
_EN_POSTAL = (
    r"(?:"
    + _UK_POSTCODE
    + r"|[A-Z]\d[A-Z][ ]?\d[A-Z]\d|[A-Z]\d{2}[ ]?[A-Z0-9]{4}|\d{5}(?:-\d{4})?|\d{4}|\d{6})"
    r"(?![\w])"
)
# what follows the street or PO box: up to three places, a state ("NSW", "ON", "IL") and the postcode; without a
# postcode only one place and a state, as "12 Oak Road, Leeds" (a next word after a comma may be anything)
_EN_TAIL = (
    r"(?:(?:,[ \t]*"
    + _EN_PLACE
    + r"){1,3}(?:,?[ \t]+[A-Z]{2,3}(?![\w]))?,?[ \t]+"
    + _EN_POSTAL
    + r"|,[ \t]*"
    + _EN_PLACE
    + r"(?:,[ \t]*[A-Z]{2}(?![\w]))?)?"
)
EN_ADDRESS = re.compile(
    # a flat or unit before the number ("Flat 4, 12 ...", "Unit 2/235 ...", "Lot 128 ..."), and a unit written
    # into the number the Australian and Canadian way ("4/149", "1104-237")
    # (and a named building between them: "Flat 5, Victoria House, 12 High Street", "Apt 12, Sunrise Towers, ...")
    r"(?<![\w])(?:(?:Flat|Apt|Apartment|Unit)\s+\w{1,4},\s*(?:(?:[A-Z][a-z]+[ \t]+){1,3}"
    r"(?:House|Court|Towers?|Building|Mansions|Lodge|Apartments|Block|Hall|Place),\s*)?"
    r"|(?:Unit|Lot|Flat|Apt|Apartment|Suite)[ \t]+)?"
    r"(?:\d{1,5}[/\-])?\d{1,6}[A-Za-z]?[ \t]+(?:[NSEW]\.?[ \t]+)?"
    # (a name word may be an acronym: "98 HAL Old Airport Rd")
    r"(?:[A-Z][a-z]+(?:['’]s)?\.?[ \t]+|[A-Z]{2,4}[ \t]+|\d+(?:st|nd|rd|th)[ \t]+){1,4}" + _EN_TYPE + r"\b\.?"
    r"(?:[ \t]+[NSEW]{1,2}(?=[ \t]*(?:,|\n|$)))?"  # "Bloor St W, Toronto"
    r"(?:,?\s*(?:Apt|Apartment|Suite|Ste|Unit|Flat|#)\.?\s*#?\w+)?"
    + _EN_TAIL
    + r"|(?<![\w])(?:P\.?\s?O\.?\s+Box|PO\s+Box)\s+\d+"
    + _EN_TAIL
)


# lowercased notes ("ул. чапаева, д. 29", "советская ул., д. 36"): a street only with a house number after it
_LW = r"(?:[а-яё][\w\-]*\.?|\d{1,4}(?:-?[а-яё]{1,3})?(?=\s+[а-яё]{3}))"
# without "пр." / "пл." / "ш." and other short forms that are also clinical abbreviations ("в пр.яичнике")
_STREET_TYPE_LOWER = (
    r"(?:ул\.|ул(?=\s)|улиц[аеыу]|пр-т|пр-кт|просп\.|проспект\w*|пер\.|переул\w+|б-р|бульвар\w*|"
    r"шоссе|наб\.|набережн\w+|площад\w+|пр-д|проезд\w*|мкр\.?|мкрн\.?|микрорайон\w*|тупик\w*)"
)
RU_STREET_LOWER = re.compile(
    r"(?<![\w])(?:" + _STREET_TYPE_LOWER + r"\s*" + _LW + r"(?:\s+" + _LW + r")?"
    r"|(?:[а-яё][\w\-]*(?:ая|ий|ой|ый|ое|ского|ская)\s+)" + _STREET_TYPE_LOWER + r")"
    r",?\s*(?:" + _HOUSE + r"|" + _BARE_HOUSE + r")"
    r"(?:(?:,?\s*|-)" + _BUILDING + r")*"
    r"(?:(?:,?\s*|-)(?:" + _FLAT + r"|(?<=\d-)\d+|кв\s+\d+))?"
)
_RU_PREFIX_LOWER = re.compile(
    r"(?:(?<![\w])[1-6]\d{5}"
    r"|(?:г\.|город|гор\.)\s*[а-яё][\w\-]*(?:[\s\-]+[а-яё][\w\-]*)?"
    r"|[а-яё][\w\-]*\s+(?:обл\.|область|края|край|р-н|район|округ)"
    r"|(?:с\.|село|дер\.|деревня|пос\.|посёлок|поселок|пгт\.?|ст-ца|станица)\s*[а-яё][\w\-]*"
    r"|москва|санкт-петербург|нижний\s+новгород|ростов-на-дону|[а-яё]+-[а-яё]+|[а-яё]{4,})"
    r"[\s,]*$"
)


def _extend_left_lower(text: str, start: int) -> int:
    """`_extend_left` for lowercased notes: index, "г. тверь", "ленинградская обл.", a bare city before a comma."""
    for _ in range(4):
        window = text[max(0, start - 60) : start]
        m = _RU_PREFIX_LOWER.search(window)
        if not m or m.end() != len(window) or not re.search(r"[,\s]\s*$", window):
            break
        comp = m.group().rstrip(" ,")
        bare = re.fullmatch(r"[а-яё\-]+", comp) is not None
        if bare:
            from medmoe.deid.morph import facts

            f = facts(comp.split("-")[0])
            if not (window.rstrip().endswith(",") and (f.geo >= 0.3 or not f.known)):
                break
        start = start - len(window) + m.start()
    return start


_BARE_CITY = re.compile(r"(?<![\w.])([А-ЯЁ][а-яё]+(?:[\s\-]+(?:на-)?[А-ЯЁ]?[а-яё]+){0,2})\s*,\s*$")


# the components written after the street, in postal order reversed: "ул. Ленина, д. 5, г. Тула", "..., кв. 7,
# г. Новый Уренгой, 629300", "..., Тульская обл."
_RU_SUFFIX_COMPONENT = re.compile(
    r",[ \t]*(?:[1-6]\d{5}(?!\d)"
    r"|(?:г\.|город|с\.|село|пос\.|посёлок|пгт\.?|дер\.)[ \t]*[А-ЯЁ][\w\-]*(?:[ \t]+[А-ЯЁ][\w\-]*)?"
    r"|[А-ЯЁ][\w\-]*[ \t]+(?:обл\.|область|края|край|р-н|район)"
    r"|(?:Республика|Респ\.)[ \t]+[А-ЯЁ][\w\-]*)"
)


def _extend_right(text: str, end: int) -> int:
    """Swallow the settlement, region and index written after the street (at most three of them)."""
    for _ in range(3):
        m = _RU_SUFFIX_COMPONENT.match(text, end)
        if m is None:
            break
        end = m.end()
    return end


def _extend_left(text: str, start: int) -> int:
    """Swallow city/region/index components written before the street, at most five of them; a bare
    capitalised word counts as a city when pymorphy3 knows it as a place or does not know it at all."""
    from medmoe.deid.morph import facts

    for _ in range(5):
        window = text[max(0, start - 80) : start]
        m = _RU_PREFIX_COMPONENT.search(window)
        if m and m.end() == len(window):
            start = start - len(window) + m.start()
            continue
        m = _BARE_CITY.search(window)
        if m:
            first = m.group(1).split()[0].split("-")[0].lower()
            f = facts(first)
            if f.geo >= 0.3 or (not f.known and f.name + f.surn + f.patr < 0.3):
                start = start - len(window) + m.start(1)
                continue
        break
    return start


def labelled_addresses(text: str, detector: str, streets: Sequence[Entity] = ()) -> Iterator[Entity]:
    """The value of an address label (both languages). Where a street rule found the address inside it, the value
    is scored below it (0.7) so that the street's exact span wins; where none did, it is trusted enough (0.8) to
    hold the words inside it that look like names ("Адрес: Н. Новгород, Мира 3", "Карла Маркса ул., д. 61")."""
    for m in LABELLED_ADDRESS.finditer(text):
        value = m.group(1).rstrip(" ,.")
        if len(value) >= 5:
            end = m.start(1) + len(value)
            nxt = _ADDRESS_NEXT_LINE.match(text, m.end(1))
            if nxt is not None:
                end = nxt.end(1)
            inside = any(e.start < end and m.start(1) < e.end for e in streets)
            yield Entity(m.start(1), end, "ADDRESS", detector, 0.7 if inside else 0.8, "labelled")


class RussianAddressRecognizer(Recognizer):
    name, types, langs, score = "address_ru", ("ADDRESS",), ("ru",), 0.85

    def find(self, text: str, lang: str) -> Iterator[Entity]:
        # parts of one address found apart ("мкр. Сходня" and "ул. Мичурина 14-88" after it) overlap once
        # each is extended to the left: join them, or the merge would keep one part and leave the other clear
        spans = sorted(self._streets(text))
        joined: list[list[int]] = []
        for s, e in spans:
            if joined and s <= joined[-1][1]:
                joined[-1][1] = max(joined[-1][1], e)
            else:
                joined.append([s, e])
        streets = [Entity(s, e, "ADDRESS", self.name, self.score) for s, e in joined]
        yield from streets
        yield from self._others(text, streets)

    def _streets(self, text: str) -> Iterator[tuple[int, int]]:
        rules = [RU_STREET, RU_SETTLEMENT_HOUSE]
        # the two rarer layouts run only where their key word is in the note (each scans every capitalised word)
        if _NAME_FIRST_GATE.search(text):
            rules.append(RU_STREET_NAME_FIRST)
        if ("участок" in text or "уч." in text) and any(w in text for w in _PLOT_WORDS):
            rules.append(RU_PLOT)
        if " по " in text:
            rules.append(RU_HOUSE_FIRST)
        for m in RU_CITY_BARE_STREET.finditer(text):
            if facts(m.group(1).lower()).geo > 0:
                yield m.start(), m.end()
        for rx in rules:
            for m in rx.finditer(text):
                s, e = m.span()
                span = text[s:e]
                if (
                    rx is RU_STREET
                    and not re.search(r"\d", span)
                    and not re.search(r"(?:г\.|город)", text[max(0, s - 40) : s])
                ):
                    continue  # "пл." or "пр." followed by a word with no house and no city: too ambiguous
                e = s + len(span.rstrip(" ,.")) if not span.endswith(("ул.", "д.", "кв.")) else e
                yield _extend_left(text, s), _extend_right(text, e)
        if "жив" in text or "зарегистр" in text:
            for m in RU_LIVES_AT.finditer(text):
                yield m.start(1), _extend_right(text, m.end(1))

    def _others(self, text: str, streets: list[Entity]) -> Iterator[Entity]:
        for m in RU_INDEX.finditer(text):
            yield Entity(m.start(1), m.end(1), "ADDRESS", self.name, 0.8, "index")
        lower = []
        for m in RU_STREET_LOWER.finditer(text):
            if not m.group()[:1].islower():
                continue
            s, e = m.span()
            e = s + len(m.group().rstrip(" ,."))
            lower.append(Entity(_extend_left_lower(text, s), e, "ADDRESS", self.name, 0.8))
        yield from lower
        yield from labelled_addresses(text, self.name, streets + lower)


# the lines after a street in a letterhead, a form or a label: "Headingley, Leeds", "Brighton BN2 1TL", "LS6 2AB",
# "Springfield, IL 62701", "Carlton VIC 3053", "Montréal, QC H2X 1Y4", "United Kingdom"; never a salutation or a
# labelled field ("Dear Dr Smith,", "Tel: ...")
_EN_POSTCODE_ANY = (
    r"(?:"
    + _UK_POSTCODE
    + r"|[A-Z]{2,3}[ \t]+\d{4,5}(?:-\d{4})?|\d{5}(?:-\d{4})?|\d{4}|[A-Z]\d[A-Z][ ]?\d[A-Z]\d|"
    r"[A-Z]\d{2}[ ]?[A-Z0-9]{4})"
)
_EN_PLACE_WORDS = r"[A-ZÀ-Þ][\w'’.\-]*(?:[ \t]+(?:upon|on|under|le|de)?[ \t]*[A-ZÀ-Þ][\w'’.\-]*){0,3}"
_EN_LINE_START = (
    r",?[ \t]*\n[ \t]*(?!(?:Dear|Re|RE|Tel|Phone|Ph|Fax|Mob|Mobile|Email|E-mail|Date|Dr|Mr|Mrs|Ms|Miss|Prof|Attn|"
    r"Ref|DOB|MRN|NHS|Patient|Name|To|From|Subject|Sent)\b)"
)
_EN_ADDRESS_LINE = re.compile(
    _EN_LINE_START
    + r"("
    + _EN_PLACE_WORDS
    + r"(?:,[ \t]*"
    + _EN_PLACE_WORDS
    + r"){0,3}(?:,?[ \t]+"
    + _EN_POSTCODE_ANY
    + r")?|"
    + _EN_POSTCODE_ANY
    + r")[ \t]*,?[ \t]*(?=\n|$)"
)
# the last line of such an address when something else follows on it: a postcode ends the address before a column
# gap or a sentence's punctuation ("SK1 3AB  Contact: ...", "SK1 3AB, tel ...", "SK1 3AB.")
_EN_POSTCODE_LINE = re.compile(
    _EN_LINE_START + r"((?:" + _EN_PLACE_WORDS + r",?[ \t]+)?" + _UK_POSTCODE + r")"
    r"(?=[ \t]{2,}\S|[.,;)](?:[ \t]|\n|$))"
)
_EN_HAS_POSTCODE = re.compile(r"(?<![\w])" + _EN_POSTCODE_ANY + r"[ \t]*,?$")


def english_address_lines(text: str, end: int) -> int:
    """Where an English address that ends at `end` really ends when it runs on over the next lines: each line
    a place ("Headingley, Leeds"), a place and a postcode, or a postcode; at most three lines, and a line of bare
    capitalised words without a comma only when a postcode line follows. Why: letters, forms and OCRed letterheads
    put one component per line, and the street alone leaves the town and postcode in clear."""
    for _ in range(3):
        last = _EN_POSTCODE_LINE.match(text, end)
        if last is not None:
            return last.end(1)
        m = _EN_ADDRESS_LINE.match(text, end)
        if m is None:
            break
        line = m.group(1).strip()
        if _EN_HAS_POSTCODE.search(line):
            return m.end(1)
        if "," not in line:
            nxt = _EN_ADDRESS_LINE.match(text, m.end(1)) or _EN_POSTCODE_LINE.match(text, m.end(1))
            if nxt is None or not _EN_HAS_POSTCODE.search(nxt.group(1).strip()):
                break
        end = m.end(1)
    return end


_EN_JOIN_GAP = re.compile(r",[ \t]*\n?[ \t]*")
# a Québec address, street type first and province in brackets: "138 rue Saint-Denis, app. 3, Montréal (QC) H2X
# 1K4"; a Welsh street, a Singapore block, a one-word street before a province and postcode (below); and a street
# without a house number when a postcode or a Dublin postal district ends it ("Beaumont Road,
# Dublin 9", "Kings Road, Leeds LS6 2AB": a hospital's letterhead)
EN_ADDRESS_ANCHORED = re.compile(
    r"(?<![\w])(?:\d{1,5}[ \t]+(?:rue|boul\.?|boulevard|av\.|avenue|ch\.|chemin|rang|montée|côte)[ \t]+"
    r"[A-ZÀ-Þ][\w'’.\-]*(?:[ \t]+[A-ZÀ-Þ][\w'’.\-]*){0,3}(?:,[ \t]*(?:app\.|apt\.?|bureau|suite)[ \t]*\w{1,5})?"
    r",[ \t]*[A-ZÀ-Þ][\w'’\-]+(?:[ \t]+\([A-Z]{2}\)|,?[ \t]+[A-Z]{2})?[ \t]+[A-Z]\d[A-Z][ ]?\d[A-Z]\d"
    r"|(?:[A-Z][a-z]+(?:['’]s)?[ \t]+){1,3}" + _EN_TYPE + r",[ \t]*(?:Dublin[ \t]+\d{1,2}W?|" + _EN_TOWN
    + r",?[ \t]+(?:" + _UK_POSTCODE + r"|[A-Z]\d[A-Z][ ]?\d[A-Z]\d|[A-Z]\d{2}[ ]?[A-Z0-9]{4}))"
    # a Welsh street, its type first ("12 Heol y Plwcca", "Flat 3, 40 Stryd Fawr"), then the town by a comma or
    # on the next line and a UK postcode
    r"|(?:(?:Flat|Apt|Unit)[ \t]+\w{1,4},[ \t]*)?\d{1,5}[ \t]+(?:Stryd|Heol|Ffordd|Lôn|Rhodfa)[ \t]+"
    r"(?:[a-z]{1,2}[ \t]+)?[A-ZÀ-Þ][\w'’\-]*(?:[ \t]+[A-ZÀ-Þ][\w'’\-]*){0,2}"
    r"(?:(?:,[ \t]*|\n)" + _EN_TOWN + r")?(?:,[ \t]*|\n)" + _UK_POSTCODE
    # a Singapore HDB block: "Blk 123 Toa Payoh Lor 4, #05-123, Singapore 310123"
    + r"|(?:Blk|Block)[ \t]+\d{1,4}[A-Z]?(?:[ \t]+[A-Z][\w'’]*){1,5}(?:[ \t]+\d{1,3})?(?:,[ \t]*#\d{1,3}-\d{1,5})?"
    r",[ \t]*Singapore[ \t]+\d{6}"
    # a one-word street without a type ("4500 Kingsway", "1600 Broadway") when a town, a province or state and
    # its postcode follow
    r"|\d{1,5}[ \t]+(?!(?:Units?|Patients?|Cases?|Doses?|Tablets?|Times|Steps|Cells)\b)[A-Z][a-z]{3,}"
    r"(?:[ \t]+[A-Z][a-z]+)?,[ \t]*" + _EN_TOWN + r"(?:[ \t]+" + _EN_TOWN + r")?"
    r",[ \t]*[A-Z]{2}[ \t]+(?:[A-Z]\d[A-Z][ ]?\d[A-Z]\d|\d{5}(?:-\d{4})?))(?![\w])"
)
# an English address typed all in capitals or all in lower case (a call log, a free-typed note): "66 KINGS DRIVE,
# LEEDS LS5 9RP", "lives 6a 85 harley street, bristol bs9 6fq". Without capitals to tell a name from a word, the
# whole address must end in a postcode (UK) or a state and ZIP (US) on the same line, which ordinary text never does.
EN_ADDRESS_ANY_CASE = re.compile(
    r"(?<![\w])(?:(?:flat|apt|apartment|unit)[ \t]+\w{1,4},[ \t]*)?(?:\d{1,5}[a-z]?[ \t]+)?\d{1,5}[a-z]?[ \t]+"
    r"(?:[a-z][a-z'’]+[ \t]+){1,3}" + _EN_TYPE + r"\.?(?:,?[ \t]*(?:apt|apartment|unit|suite|flat)\.?[ \t]*\w{1,5})?"
    r",[ \t]*(?:[a-z][a-z'’\-]+[ \t]+){0,2}[a-z][a-z'’\-]+,?[ \t]+"
    r"(?:[a-z]{1,2}\d[a-z\d]?[ ]\d[a-z]{2}|[a-z]{2}[ \t]+\d{5}(?:-\d{4})?)(?![\w])",
    re.IGNORECASE,
)


class EnglishAddressRecognizer(Recognizer):
    name, types, langs, score = "address_en", ("ADDRESS",), ("en",), 0.85

    def find(self, text: str, lang: str) -> Iterator[Entity]:
        streets: list[Entity] = []
        for m in EN_ADDRESS.finditer(text):
            end = english_address_lines(text, m.end()) if "\n" in text else m.end()
            if streets and _EN_JOIN_GAP.fullmatch(text, streets[-1].end, m.start()):
                # a building and its street ("Flat 3 Rosewood Court, 12 Elm Road"): one address
                streets[-1] = Entity(streets[-1].start, end, "ADDRESS", self.name, self.score)
            else:
                streets.append(Entity(m.start(), end, "ADDRESS", self.name, self.score))
        yield from streets
        yield from labelled_addresses(text, self.name, streets)
        for rx in (EN_ADDRESS_ANY_CASE, EN_ADDRESS_ANCHORED):
            for m in rx.finditer(text):
                yield Entity(m.start(), m.end(), "ADDRESS", self.name, self.score)


# An HL7 v2 XAD address (PID-11, NK1-4, GT1-5, IN1-5...): street^other^city^state^postal^country. The street must
# start with a house number and the state and postal code must have their shapes, so coded fields
# ("718-7^Hemoglobin^LN") and a bare city^state pair stay out; the country after the postal code is not personal.
_HL7_XAD = (
    r"(?<=[|~])(\d+[A-Za-z]?[ ][^|^~\r\n]{3,60}\^[^|^~\r\n]{0,40}\^[A-Za-z][^|^~\r\n]{1,40}\^"
    r"(?:[A-Za-z]{2,3})?\^(?:\d{5}(?:-\d{4})?|[A-Za-z]\d[A-Za-z][ ]?\d[A-Za-z]\d|[A-Za-z]{1,2}\d[A-Za-z\d]?[ ]?\d[A-Za-z]{2}|\d{4}))"
    r"(?=[\^|~\r\n])"
)


def hl7_address_recognizer() -> Recognizer:
    """Why a separate rule: the English street pattern expects spaces and commas between the parts; an HL7 message
    separates them with carets and writes them in capitals."""
    return RegexRecognizer("address_hl7", ("ADDRESS",), _HL7_XAD, 0.9, group=1)
