"""Eponyms: names of people that are medicine, not personal data ("синдром Марфана", "Crohn disease").

Why two mechanisms: a fixed list (lemmas) catches eponyms wherever they appear ("по Нечипоренко", "Манту"),
and trigger words catch eponyms that are not in the list ("синдром <any capitalised word>"). A candidate name
with initials or a patronymic is never treated as an eponym: "Боткин С.П." is a person.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

# words after which a capitalised word names a disease, sign or test, not a person (ru lemmas / en words)
RU_TRIGGERS = frozenset(
    "синдром болезнь симптом симптомокомплекс проба реакция метод методика операция шкала индекс тест признак "
    "триада тетрада пентада феномен закон рефлекс аппарат пятно узел клетка тельце опухоль лимфома саркома "
    "аномалия порок тетрада киста грыжа перелом вывих доступ разрез швов шов манёвр маневр прием приём пункт "
    "точка линия треугольник связка зона формула классификация критерий пробы катетер зонд лампа желудочек "
    "кольцо мембрана протока проток пузырь железа ганглий ядро пучок бугорок слой гипотеза эффект "
    "модификация окраска окрашивание раствор мазь повязка шина положение позиция поза тампонада дуга "
    "круг петля поле отдел анастомоз пластика резекция гастрэктомия энцефалопатия кардиомиопатия "
    "дистрофия миопатия атаксия хорея паралич деменция тиреоидит лейкоплакия амилоидоз "
    "эндокардит пурпура анемия нефрит ангина стенокардия аденома аневризма узелок узелки язва зоб стадия артериит "
    "гломерулонефрит остеохондропатия невралгия контрактура неврома невринома гепатит лихорадка эритема кератоз "
    "дисплазия гиперплазия сосочек фасция канал отверстие борозда извилина артерия вена капсула остров "
    "бугорок ямка сумка мешок шкалы индекса критерии тест-система мальформация последовательность секвенция "
    "комплекс вариант тип пойкилодермия эритродермия амиотрофия миодистрофия дыхание волокно расщелина коксит "
    "включение тельца телец пятно полоска полоса симптоматика эпилепсия глухота слепота атрофия дистония "
    "остеодистрофия хондродисплазия ихтиоз кератодермия ангиоматоз невус лимфангиома гемангиома карцинома "
    "меланома лейкемия лейкоз ретинопатия катаракта глаукома дегенерация кольца складка ось угол призма "
    "сегмент сплетение нерв мышца кость связки цикл процесс отросток синус пазуха трубка тельце спираль "
    "деформация лицо фенотип колба ребро дисгенез пространство виремия клон штамм палочка вирус кокк "
    "пневмония инфекция бактерия тон коэффициент".split()  # "тоны Короткова", "коэффициент Кетле"
)
# a disease or finding noun by its ending ("порокератоз Мибелли", "эпителиома Малерба", "виремия Эпштейна-Барр"):
# Russian medical terms formed with these suffixes name conditions, so the capitalised word after them is an eponym
RU_TERM_SUFFIX = re.compile(r"(?:оз|ит|ома|емия|патия|плазия|трофия|генез|алгия|ксия)$")
EN_TRIGGERS_AFTER = re.compile(
    r"^\s*(?:'s\b|’s\b|s'\s|['’](?=\s))?\s*(?:disease|syndrome|sign|test|maneuver|manoeuvre|reflex|phenomenon|triad|"
    r"criteria|classification|scale|score|procedure|operation|fracture|palsy|anomaly|tumou?r|lymphoma|sarcoma|"
    r"disorder|ulcer|node|cell|cells|body|bodies|stain|staining|law|effect|point|position|incision|reaction|"
    r"thyroiditis|encephalopathy|dystrophy|ataxia|chorea|esophagus|oesophagus|hernia|cyst|disease's|method|"
    r"index|formula|repair|shunt|catheter|tube|angle|line|membrane|duct|gland|nodes|syndromes|signs)\b",
    re.IGNORECASE,
)
RU_TRIGGER_AFTER = re.compile(
    r"^\s*(?:-?\s*)?(?:синдром\w*|болезн\w*|симптом\w*|проб\w*|реакци\w*)\b", re.IGNORECASE
)


@lru_cache(maxsize=1)
def eponym_lemmas() -> frozenset[str]:
    """Lower-cased eponym surnames (both Russian lemmas and English spellings) from the shipped list. A pair
    joined by "+" ("dandy+walker") is an eponym only as the hyphenated pair ("Dandy-Walker"): alone, its
    second half is a common surname ("Walker") and names a person."""
    text = resources.files("medmoe.deid").joinpath("data/eponyms.txt").read_text(encoding="utf-8")
    out: set[str] = set()
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip().lower()
        for tok in line.split():
            if "+" in tok:
                out.add(tok.replace("+", "-"))
            else:
                out.update(p for p in tok.split("-") if p)
    return frozenset(out)


def is_eponym_word(word: str, lemma: str = "") -> bool:
    w = word.lower().replace("ё", "е")
    lemmas = eponym_lemmas()
    if w in lemmas or (lemma and lemma.replace("ё", "е") in lemmas):
        return True
    # English possessive: "Crohn's", Russian genitive forms not lemmatised well by pymorphy: "Марфана" -> "марфан"
    for suffix in ("'s", "’s", "а", "у", "ом", "ым", "ой", "ого", "ого", "я", "и", "ы", "ской", "ского"):
        if w.endswith(suffix) and w[: -len(suffix)] in lemmas:
            return True
    return False
