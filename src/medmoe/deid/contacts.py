"""Contact recognizers: phones in every national spelling, e-mail, URLs and IP addresses.

Why a separate family: contacts carry no check digit, so their patterns carry the evidence themselves (country
and trunk prefixes, digit counts, labels such as "тел."/"mobile"), and must not swallow ids, dates or doses.
"""

from __future__ import annotations

import re

from medmoe.deid.numeric import UNIT
from medmoe.deid.registry import Recognizer, RegexRecognizer

_PHONE_CTX = (
    r"(?:тел\.?|телефон\w*|т\.|моб\.?|мобильн\w+|сот\.?|сотов\w+|phone|tel\.?|mobile|cell|ph\.?|fax|факс)"
)


# the "at" of an e-mail address written to dodge robots ("[at]", "(собака)", " at ... dot ..."): tested first
_OBFUSCATED_AT = re.compile(
    r"(?i:[\[({](?:at|собака|собачка)[\])}]|[\w.][ \t](?:at|собака)[ \t][\w-]+(?:\.|[ \t]dot[ \t]))"
)


def contact_recognizers() -> list[Recognizer]:
    sep = r"[ \t\u00a0\-().]{0,3}"  # never a line break: "Tel: +44 20 7946 0538\n\n28 January" is two things
    return [
        RegexRecognizer(
            "phone_ru",
            ("PHONE",),
            r"(?<![\w+])(?<!№)(?<!№ )(?:\+\s?7|8|7)"  # a number after "№" is a document number
            # ten digits after the country/trunk prefix, however grouped: "8173571327" (9 after the 8) and a
            # 13-digit registration number are not phones
            + r"(?=(?:[ \t\u00a0\-().]{0,3}\d){10}(?!\d))"
            + sep
            + r"\(?\d{3,5}\)?(?:"
            + sep
            + r"\d){5,7}(?!\d)"
            + r"(?:\s*(?:доб\.?|ext\.?|x)\s*\d{1,5})?",
            0.85,
        ),
        RegexRecognizer(
            "phone_intl", ("PHONE",), r"(?<![\w+])\+\d{1,3}(?:[ \t\u00a0\-().]{0,2}\d){7,13}(?!\d)", 0.85
        ),
        # national numbers with a trunk 0 (UK and most of Europe): "0113 651 4656", "07700 900196", "020 7946 0538"
        RegexRecognizer(
            "phone_trunk0",
            ("PHONE",),
            r"(?<![\w+.,/])(?:\(0\d{1,4}\)[ \-]?|0\d{2,4}[ \-])(?:\d{3,4}[ \-]?\d{3,4}|\d{6})(?![\d.,/]\d|\d)",
            0.8,
        ),
        # a one-digit area code (NZ, AU, IE): "04 207 5005", "03 9327 5427"
        RegexRecognizer(
            "phone_trunk0_short",
            ("PHONE",),
            r"(?<![\w+.,/:])0[2-9][ \-]\d{3,4}[ \-]\d{4}(?![\d.,/]\d|\d|[ \-]\d)",
            0.8,
        ),
        # mobiles written without spaces or in their national grouping, typed inside a sentence: a UK mobile or
        # personal number "07700900123", "07005745128" (070 forwards to a person), an Australian "0412345678", an Indian "98765 43210" / "098765 43210" (5 + 5 digits)
        RegexRecognizer(
            "phone_mobile_compact",
            ("PHONE",),
            r"(?<![\w+.,/\-])(?:07\d{9}|04\d{8}|0?[6-9]\d{4}[ \-]\d{5})(?![\w\-/]|[.,]\d|[ \-]\d)",
            0.75,
        ),
        # a Russian city number "123-45-67" (3-2-2 digits, the way Russian numbers are always written) typed in a
        # sentence without a label; a date is 2-2-2 or 2-2-4 and a range has no two-digit groups
        RegexRecognizer(
            "phone_ru_city",
            ("PHONE",),
            r"(?<![\w\-./,:])\d{3}-\d{2}-\d{2}(?![\w\-/]|[.,]\d)",
            0.6,
        ),
        # any number of 8-15 digits after a phone label is a phone, whatever its shape: "Mobile: 9783957105"
        RegexRecognizer(
            "phone_labelled",
            ("PHONE",),
            # ("HP": handphone, as Singapore and Malaysia write a mobile: "HP 9123 4567")
            r"(?<![\w])(?:(?i:ph|phone|tel|telephone|mobile|mob|cell|contact[ \t]+(?:no|number))|HP)\.?[ \t]*[:\-]?[ \t]*"
            r"((?=(?:[ \-]?\d){8,15}(?![\d/]|[.,]\d))\+?\d[\d \-]*\d)",  # 8: Singapore, Hong Kong
            0.9,
            group=1,
        ),
        # a next of kin's number after their name: "Emergency contact: Sharma 9998057284", "NOK: wife Anna, 0412 345
        # 678" (the name between the label and the number hides the label from the rule above)
        RegexRecognizer(
            "phone_next_of_kin",
            ("PHONE",),
            r"(?<![\w])(?i:emergency[ \t]+contact|next[ \t]+of[ \t]+kin|NOK)[ \t]*:?[^\n\d]{1,40}?"
            r"(\+?\d(?:[ \-]?\d){9,13})(?![\w]|[.,]\d)",
            0.85,
            group=1,
            gate=("ontact", "ONTACT", "kin", "KIN", "NOK", "Nok", "nok"),
        ),
        RegexRecognizer(
            "phone_en",
            ("PHONE",),
            r"(?<![\w+])(?:\+?1[\s.\-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.\-])\d{3}[\s.\-]\d{4}(?!\d)"
            r"(?![ \t]*(?:" + UNIT + r"|units?)(?![\w]))"  # "100 200 3000 units" is a count
            r"(?:\s*(?:ext\.?|x)\s*\d{1,5})?",
            0.8,
            langs=("en",),
        ),
        RegexRecognizer(
            "phone_ru_no_country",
            ("PHONE",),
            r"(?<![\w+)])\(\d{3,5}\)\s?\d{1,3}[\s\-]?\d{2}[\s\-]?\d{2}(?!\d)",
            0.8,
        ),
        RegexRecognizer(
            "phone_local",
            ("PHONE",),
            r"(?<![\w])(?i:"
            + _PHONE_CTX
            # "Тел. регистратуры 196-20-66", "телефон пациента: 223-25-15": a word or two may stand between
            + r"|звонить|позвонить|звоните|перезвонить|дозвониться|связаться|(?:по|на)[ \t]+номер\w*)"
            r"(?:[ \t]+(?:на|по|с|[а-яё]{2,})){0,2}[:.\s]*"
            r"(?:\(\d{3,5}\)\s*)?(\d{1,3}-\d{2}-\d{2}|\d{3}-\d{4}|\d{5,7})(?!\d|[ \-]\d)",
            0.8,
            group=1,
        ),
        RegexRecognizer(
            "email",
            ("EMAIL",),
            r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-zа-я]{2,}(?![\w])",
            0.98,
            flags=re.IGNORECASE,
        ),
        # an address written to dodge spam robots: "ivanov[at]mail.ru", "anna(собака)yandex.ru", "j.smith at nhs dot
        # net": the local part is often the person's name; a spelt-out "at"/"dot" needs a known top-level domain; a
        # host after a plain "at" that starts with "www." is a web site ("Book at www.clinic.com"), never a mailbox
        RegexRecognizer(
            "email_obfuscated",
            ("EMAIL",),
            r"(?<![\w.+-])[\w.+-]+(?:[ \t]?[\[({](?:at|собака|собачка)[\])}][ \t]?"
            r"[\w-]+(?:(?:\.|[ \t]?[\[(](?:dot|точка)[\])][ \t]?)[\w-]+)*(?:\.|[ \t]?[\[(](?:dot|точка)[\])][ \t]?)"
            r"|[ \t](?:at|собака)[ \t](?!www\.)[\w-]+(?:(?:\.|[ \t](?:dot|точка)[ \t])[\w-]+)*(?:\.|[ \t](?:dot|точка)[ \t]))"
            r"(?:ru|рф|com|org|net|su|uk|au|nz|ie|ca|us|in|info|by|kz|ua|de|edu|gov)(?![\w])",
            0.9,
            flags=re.IGNORECASE,
            gate=_OBFUSCATED_AT,
        ),
        RegexRecognizer(
            "url",
            ("URL",),
            r"(?:https?://|ftp://|www\.)[^\s<>\"'«»]+[^\s<>\"'«».,;:!?)\]]",
            0.95,
            flags=re.IGNORECASE,
        ),
        RegexRecognizer(
            "domain",
            ("URL",),
            # a bare host name with a known top-level domain: Russian and generic ones, the English-speaking countries'
            # ("nhs.uk", "health.gov.au") and link shorteners ("bit.ly/3xAbc")
            r"(?<![\w@.\-/])[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\."
            r"(?:ru|рф|com|org|net|su|info|med|health|io|uk|gov|edu|ly|app|eu|au|nz|ie|us|by|kz|ua)"
            r"(?:/[^\s<>\"'«»]*[^\s<>\"'«».,;:!?)\]])?(?![\w@])",
            0.8,
        ),
        # a Cyrillic host of the .рф zone ("госуслуги.рф", "клиника-здоровье.рф/запись")
        RegexRecognizer(
            "domain_rf",
            ("URL",),
            r"(?<![\w@.\-/])[а-яё0-9][а-яё0-9\-]*(?:\.[а-яё0-9\-]+)*\.рф(?:/[^\s<>\"'«»]*[^\s<>\"'«».,;:!?)\]])?(?![\w@])",
            0.85,
            flags=re.IGNORECASE,
            gate=(".рф", ".РФ", ".Рф"),
        ),
        # a messenger or social network handle after its name: "tg: @ivanova_m", "Telegram @petrov88", "инстаграм
        # @anna.k" (a bare "@word" elsewhere may be a mention of a team, so the network's name is required)
        RegexRecognizer(
            "handle",
            ("URL",),
            r"(?<![\w])(?i:tg|telegram|телеграм\w*|whatsapp|ватсап\w*|viber|вайбер\w*|instagram|инстаграм\w*|инст\w*|"
            r"vk|вк|вконтакте|twitter|x\.com|skype|скайп\w*|max)[ \t]*[:\-]?[ \t]*(@[A-Za-z0-9_][\w.]{2,31}(?<=\w))(?![\w@])",
            0.85,
            group=1,
            subtype="handle",
            gate=("@",),
        ),
        RegexRecognizer(
            "ipv4",
            ("URL",),
            r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d]|\.\d)",
            0.9,
            subtype="ip",
        ),
        RegexRecognizer(
            "ipv6",
            ("URL",),
            r"(?<![\w:])(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}(?![\w:])",
            0.9,
            subtype="ip",
        ),
    ]
