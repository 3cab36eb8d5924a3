"""Red-flag families added in triage round 2 (after the sealed v4 set was released): each family is checked
with new wording in both languages, and with a look-alike, negated or historical mention that must not fire.

The sentences are written for these tests; none is taken from a vignette set. What is being checked is
the family (atypical ACS with sweating, head injury on anticoagulants, infant recession, a child and
medicines, farewell messages, passive suicidal wishes, gestation in weeks, intussusception, drooling with
stridor, postpartum haemorrhage, missed dialysis, DKA, spinal injury, the glass test), not one sentence.
"""

from __future__ import annotations

import pytest

from medmoe.errors import ConfigError
from medmoe.triage.rules import RedFlagRules, merge_lexicons, vitals
from triagelevels import flag_level


@pytest.fixture(scope="module")
def rules() -> RedFlagRules:
    return RedFlagRules.load()


@pytest.mark.parametrize("text,lang,flag", [
    ("Сжимает в груди уже полчаса, отдает в левое плечо, холодный пот.", "ru", "chest_pain_acs"),
    ("Бабушка жалуется только на изжогу с утра, сама бледная и очень потная.", "ru", "acs_atypical_sweating"),
    ("Папе 70, диабетик, с обеда давит под ложечкой, мокрый от пота.", "ru", "acs_atypical_sweating"),
    ("Her only complaint is indigestion since lunch but she looks grey and sweaty.", "en", "acs_atypical_sweating"),
    ("Type 1 diabetic, 68, says he is breathless and clammy, no chest pain at all.", "en", "acs_atypical_sweating"),
    ("Мама 79 лет, на эликвисе, упала и ударилась головой о полку.", "ru", "head_injury_danger"),
    ("Slipped in the shower and banged his head, he takes Xarelto.", "en", "head_injury_danger"),
    ("Малышу 5 недель, при дыхании западает ямка на шее.", "ru", "severe_breathing_difficulty"),
    ("My 4 month old, you can see the skin sucking in under his ribs.", "en", "severe_breathing_difficulty"),
    ("Внучка 3 лет нашла в сумке таблетки от сердца, могла съесть несколько.", "ru", "child_ingestion"),
    ("Our toddler got into grandad's heart tablets, not sure how many.", "en", "child_ingestion"),
    ("He swallowed around 40 of his mum's tramadol an hour ago.", "en", "poisoning"),
    ("Сестра отправила всем прощальное сообщение и выключила телефон.", "ru", "suicidal_ideation"),
    ("He left a goodbye note on the kitchen table and took the car.", "en", "suicidal_ideation"),
    ("Муж вдруг начал говорить не те слова, путается.", "ru", "stroke_face_speech"),
    ("My foot, it went cold and blue an hour ago and I can't move my toes.", "en", "acute_limb_ischaemia"),
    ("На 30-й неделе, резко заболел живот, он твердый как камень.", "ru", "pregnancy_bleeding_or_pain"),
    ("34/40, sudden tummy pain and some bleeding.", "en", "pregnancy_bleeding_or_pain"),
    ("Сыну 10 месяцев, стул с кровью и слизью, рвота.", "ru", "intussusception_signs"),
    ("Baby keeps screaming in bouts, nappy has redcurrant jelly poo.", "en", "intussusception_signs"),
    ("Горло, не может проглотить слюну, при вдохе свистит.", "ru", "upper_airway_obstruction"),
    ("She is drooling and makes a high-pitched noise when breathing in.", "en", "upper_airway_obstruction"),
    ("Родила 10 дней назад, кровит сгустками, кружится голова.", "ru", "postpartum_haemorrhage"),
    ("Had my baby a week ago, now passing clots and feel faint.", "en", "postpartum_haemorrhage"),
    ("Диализный пациент, не был на гемодиализе с пятницы, одышка.", "ru", "missed_dialysis"),
    ("Dialysis patient, missed his Monday session, feels weak.", "en", "missed_dialysis"),
    ("У сына сахарный диабет, вторые сутки рвет, изо рта пахнет ацетоном.", "ru", "diabetic_ketoacidosis"),
    ("T1 diabetic, ketones 3.8, vomiting twice this morning.", "en", "diabetic_ketoacidosis"),
    ("Сорвался с лесов, шея болит, покалывает в пальцах рук.", "ru", "spinal_injury"),
    ("Came off his motorbike, neck hurts and pins and needles in both hands.", "en", "spinal_injury"),
    ("Температура 38.7, пятна на ногах, прижали стаканом и они не исчезают.", "ru", "meningococcal_or_meningism"),
    ("High temp and little marks on her tummy that don't go away when you press them.", "en", "meningococcal_or_meningism"),
    ("Дедушка с обеда стал путаться, не понимает где он, температуры нет.", "ru", "altered_consciousness"),
    ("Дома печное отопление, с утра у всех болит голова и тошнит.", "ru", "carbon_monoxide_suspected"),
    ("We all have headaches since the new gas heater went in.", "en", "carbon_monoxide_suspected"),
    ("Задержка 6 недель, тест положительный, сильная боль внизу живота слева.", "ru", "pregnancy_bleeding_or_pain"),
    ("Stabbing pain on the right side of his chest since lunch, short of breath.", "en", "chest_pain_acs"),
    ("I have been stockpiling my sleeping tablets for weeks.", "en", "suicidal_ideation"),
    ("Коплю снотворное, больше не могу так.", "ru", "suicidal_ideation"),
    ("Тетя с утра ходит шатаясь, будто пьяная, хотя не пьет.", "ru", "posterior_stroke_ataxia"),
    ("Since this morning he's wobbly on his feet, as if he were drunk.", "en", "posterior_stroke_ataxia"),
    ("Внезапно перехватило дыхание и колет в боку, высокий худой парень.", "ru", "sudden_breathlessness_with_pain"),
    ("Sudden shortness of breath with a sharp pain in his side.", "en", "sudden_breathlessness_with_pain"),
    ("Ноет поясница неделю, сегодня обмочился и не заметил.", "ru", "cauda_equina_incontinence"),
    ("Bad back for days and now she has wet herself without knowing.", "en", "cauda_equina_incontinence"),
    ("Her little boy licked a dishwasher tablet, now coughing.", "en", "poisoning"),
    ("She took 24 ibuprofen after an argument.", "en", "poisoning"),
    ("Стало холодным и бледным правое бедро, нога холодная, внезапно.", "ru", "acute_limb_ischaemia_sudden"),
    ("Огнестрельное ранение бедра, кровь.", "ru", "penetrating_trauma"),
    ("He got stabbed in the back outside the pub.", "en", "penetrating_trauma"),
    ("Неделя после родов, температура 38.6, выделения с неприятным запахом.", "ru", "postpartum_sepsis"),
    ("Had the baby 6 days ago, temp 39, shivering and feel awful.", "en", "postpartum_sepsis"),
    ("Astma attack, peak flow 40% of predicted.", "en", "severe_asthma_peak_flow"),
    ("Пульсирующее образование в животе и сильная боль в спине, 80 лет.", "ru", "aortic_or_testicular"),
    ("На гемодиализе, не ездил на процедуру с понедельника.", "ru", "missed_dialysis"),
    ("Fever and blotchy spots that look like bruises on his arms.", "en", "sepsis_signs"),
    ("Малышу 7 недель, 37.9 подмышкой, весь горячий.", "ru", "infant_fever"),
    ("6 week old, 38.0 under the arm, feeding ok.", "en", "infant_fever"),
    ("Жмет в груди уже второй раз за утро, сейчас в покое.", "ru", "unstable_angina"),
    ("Chest tightness came on at rest tonight, he's had angina on exertion before.", "en", "unstable_angina"),
    ("Жжение за грудиной, отдает в челюсть, лицо бледное.", "ru", "chest_burning_acs"),
    ("Feels like a tight band round his chest, and he has gone grey.", "en", "chest_pain_acs"),
    ("Нога правая не слушается с утра, волочит ее.", "ru", "one_sided_weakness_today"),
    ("Кидает таблетки горстями в рот, говорит, что хочет уснуть навсегда.", "ru", "suicidal_ideation"),
    ("Told her friend he's about to jump off the multi-storey car park roof.", "en", "suicidal_ideation"),
    ("Сильная боль в глазу, затуманилось зрение, рвота, радужные круги вокруг ламп.", "ru", "acute_eye_emergency"),
    ("Bad pain in my eye with blurry vision and I've been sick.", "en", "acute_eye_emergency"),
    ("Неделю назад закончила курс химии, сегодня 38.4.", "ru", "neutropenic_fever"),
    ("Motorbike accident, tummy sore and looking very pale.", "en", "major_trauma_with_shock"),
    ("Тупая боль в животе, живот твердый, не разогнуться.", "ru", "acute_abdomen"),
])
def test_round2_family_fires_emergency(rules: RedFlagRules, text: str, lang: str, flag: str) -> None:
    level, flags = flag_level(rules, text, lang)
    assert level == "emergency" and flag in flags, (text, level, flags)


@pytest.mark.parametrize("text,lang,flag", [
    ("Иногда думаю, что семье будет лучше без меня, но планов нет, я в безопасности.", "ru", "passive_suicidal_ideation"),
    ("Sometimes I think they'd all be better off without me, no plans though.", "en", "passive_suicidal_ideation"),
    ("Toddler with a barking cough, a bit of a whistle on breathing in when crying.", "en", "stridor"),
    ("Третий день ангина, рот открываю с трудом, глотать больно.", "ru", "peritonsillar_signs"),
    ("Астма, ингалятор каждые 4 часа, ПСВ 60% от лучшего, говорю свободно.", "ru", "moderate_asthma_peak_flow"),
    ("Sore red eye, I sleep in my contact lenses.", "en", "eye_urgent"),
    ("Scalded my forearm with the kettle, there are blisters now.", "en", "partial_thickness_burn"),
    ("Обожгла руку о сковороду, вскочили пузыри.", "ru", "partial_thickness_burn"),
    ("Woke up with a hot, swollen big toe, can't walk on it.", "en", "hot_swollen_joint"),
])
def test_round2_same_day_families_are_urgent(rules: RedFlagRules, text: str, lang: str, flag: str) -> None:
    level, flags = flag_level(rules, text, lang)
    assert level == "urgent" and flag in flags, (text, level, flags)


@pytest.mark.parametrize("text,lang", [
    # look-alikes and negated/historical mentions of the new families
    ("Изжога после кофе, температура 38, ночью сильно потею.", "ru"),  # sweats in a fever are not atypical ACS
    ("Heartburn after a curry, no sweating, otherwise well.", "en"),
    ("Подскажите, к кому обратиться с бородавкой на пальце?", "ru"),  # 'кому' is not a coma
    ("Сын принимает таблетки от аллергии, нужно продлить рецепт.", "ru"),
    ("Кашель 2 недели, неделю назад была температура, сейчас лучше.", "ru"),  # weeks of illness, not gestation
    ("Back pain for 3 weeks, improving with physio.", "en"),
    ("После родов 2 недели, выделения скудные, хочу записаться на осмотр.", "ru"),
    ("Диабет 2 типа, сахар 14, кетонов нет, рвоты нет, самочувствие нормальное.", "ru"),
    ("Упал с велосипеда 3 года назад, шея иногда ноет, хочу направление к неврологу.", "ru"),
    ("No goodbye notes, no plans, just feeling flat and tired.", "en"),
    ("No chest pain or breathlessness, I just need a fit note for work.", "en"),  # 'or' stays negated; not a fit
    ("Годами шум в ушах, головокружение, иногда шатает как пьяного.", "ru"),  # chronic, no onset
    ("Месячные пришли с задержкой на 2 недели, боли внизу живота умеренные.", "ru"),  # a late period, not a test
    ("Ком в горле месяц, дышать не мешает, глотать не мешает.", "ru"),
    ("Прочитала про инсульт и испугалась, голова иногда побаливает к вечеру.", "ru"),  # worried well
    ("I've been reading about meningitis and I'm scared, she has a mild cold.", "en"),
    ("Night sweats for a month, mild heartburn, otherwise fine.", "en"),  # not the sweating of ACS
    ("Took 10 minutes to get my breath back after the stairs, years like this.", "en"),
    ("Sweating and heartburn after a hot curry, fine otherwise.", "en"),  # food, not ACS
    ("Had a stab wound years ago, the scar itches.", "en"),  # 'years ago' without a number
    ("Боли в грудном отделе позвоночника в покое, усиливаются при движении.", "ru"),  # spine, not angina
    ("После инсульта 3 года, нужна справка для санатория.", "ru"),  # status post, years counted since
    ("Жжение в груди после жирной еды, изжога.", "ru"),  # reflux, not ACS
    ("Бытовая химия вызывает зуд рук, температуры нет.", "ru"),  # household chemicals, not chemotherapy
])
def test_round2_lookalikes_do_not_fire_emergency(rules: RedFlagRules, text: str, lang: str) -> None:
    level, flags = flag_level(rules, text, lang)
    assert level != "emergency", (text, flags)


def test_vitals_respiratory_rate_with_unit_and_ketones() -> None:
    assert vitals("Ребенку 6 мес, дышит часто, 68 раз в минуту")["rr"] == 68.0
    assert vitals("breathing at 64 breaths a minute")["rr"] == 64.0
    assert "rr" not in vitals("Дышит тяжело 2 дня")  # a duration is not a rate
    assert vitals("blood ketones 4.2, BM 22")["ketones"] == 4.2


def test_infant_fast_breathing_by_rate_is_emergency(rules: RedFlagRules) -> None:
    level, flags = flag_level(rules, "Ребенку 6 мес, дышит часто, 68 раз в минуту, грудь берет.", "ru")
    assert level == "emergency" and "extreme_respiratory_rate" in flags


def test_flag_none_vetoes_and_unknown_concept_is_an_error() -> None:
    lex = {"concepts": {"a": {"en": ["alpha"]}, "b": {"en": ["beta"]}},
           "flags": [{"id": "f", "level": "urgent", "label_ru": "f", "label_en": "f", "all": ["a"], "none": ["b"]}]}
    r = RedFlagRules(lex)
    assert r.level("alpha here", "en")[0] == "urgent"
    assert r.level("alpha and beta", "en")[0] == "routine"
    bad = merge_lexicons(lex, {"flags": [{"id": "g", "level": "urgent", "label_ru": "g", "label_en": "g",
                                          "all": ["a"], "none": ["zzz"]}]})
    with pytest.raises(ConfigError):
        RedFlagRules(bad)
