"""The built-in recognizers, in one list: what `default_registry()` starts with."""

from __future__ import annotations

from medmoe.deid.addresses import EnglishAddressRecognizer, RussianAddressRecognizer, hl7_address_recognizer
from medmoe.deid.contacts import contact_recognizers
from medmoe.deid.date_recognizers import date_recognizers
from medmoe.deid.identifiers import id_recognizers
from medmoe.deid.names_en import EnglishNameRecognizer
from medmoe.deid.names_ru import RussianNameRecognizer
from medmoe.deid.ner import NatashaRecognizer
from medmoe.deid.orgs import OrgRecognizer
from medmoe.deid.registry import Recognizer
from medmoe.deid.speakers import ChatSpeakerRecognizer


def builtin_recognizers(natasha: bool = True) -> list[Recognizer]:
    out: list[Recognizer] = [
        *id_recognizers(),
        *contact_recognizers(),
        *date_recognizers(),
        RussianAddressRecognizer(),
        EnglishAddressRecognizer(),
        hl7_address_recognizer(),
        RussianNameRecognizer(),
        EnglishNameRecognizer(),
        OrgRecognizer(),
        ChatSpeakerRecognizer(),
    ]
    if natasha:
        out.append(NatashaRecognizer())
    return out
