"""Synthetic triage vignettes (Russian and English), reproducible from a seed.

Why two disjoint halves: a classifier trained and tested on the same templates learns the templates, not
the urgency. Every scenario has separate `train` and `eval` phrasings, and the sentence frames, patient
descriptions and filler sentences of the two splits are disjoint too, so the held-out score measures
transfer to new wording (still synthetic: the hand-written set in `tests/data/triage_handwritten_ru.jsonl`
is the harder, independent check).

Routine vignettes deliberately include negated red flags ("боли в груди нет") and benign look-alikes
(night leg cramps, thoracic spine pain) so a model cannot learn "the word 'грудь' means emergency".
"""

from __future__ import annotations

import random
from typing import Any

LEVELS = ("routine", "urgent", "emergency")

# scenario -> level, then per language a (train phrases, eval phrases) pair. Phrases are complaint clauses.
SCENARIOS: dict[str, dict[str, Any]] = {
    "acs": {"level": "emergency",
            "ru": (["давящая боль за грудиной, отдает в левую руку, холодный пот",
                    "сжимающая боль в груди уже 30 минут, выступил пот, тошнит",
                    "боль за грудиной жгучего характера, иррадиирует в нижнюю челюсть",
                    "сильная боль в области сердца, не проходит после нитроглицерина",
                    "боль в груди с одышкой и резкой слабостью, покрылся испариной",
                    "давит в груди, отдает под левую лопатку, страх смерти"],
                   ["загрудинная боль около часа, распространяется в левое плечо, липкий пот",
                    "тяжесть за грудиной, нехватка воздуха, потливость",
                    "боль в левой половине грудной клетки давящего характера, тошнота и рвота",
                    "жжение за грудиной, нитроглицерин не помог, выраженная потливость"]),
            "en": (["crushing chest pain radiating to the left arm with sweating",
                    "chest tightness for 40 minutes, clammy and nauseated",
                    "central chest pain spreading to the jaw, short of breath"],
                   ["pressure in the chest with sweating and vomiting",
                    "chest discomfort radiating to the back, feels clammy"])},
    "stroke": {"level": "emergency",
               "ru": (["внезапно онемела правая рука, речь стала невнятной",
                       "час назад перекосило лицо, не может поднять левую руку",
                       "резко появилась слабость в левой руке и ноге",
                       "заплетается язык, опущен угол рта справа",
                       "проснулся с онемением правой половины тела и нарушением речи",
                       "внезапно перестала говорить, не понимает обращенную речь"],
                      ["родственники заметили асимметрию лица и смазанную речь",
                       "остро возникла слабость в правой ноге и руке, не может подобрать слова",
                       "правая рука внезапно повисла, язык заплетается",
                       "сегодня утром резко ослабела левая половина тела"]),
               "en": (["sudden weakness of the right arm and slurred speech",
                       "facial droop on the left side that started an hour ago",
                       "suddenly unable to speak, right-sided weakness"],
                      ["woke up with numbness in the left arm and trouble speaking",
                       "face is drooping and speech is garbled since this morning"])},
    "breathing": {"level": "emergency",
                  "ru": (["задыхается, не может говорить из-за одышки, губы синие",
                          "тяжелый приступ удушья, ингалятор не помогает",
                          "одышка в покое, сидит упираясь руками в кровать",
                          "нечем дышать, хрипы слышны на расстоянии",
                          "трудно дышать, сатурация 86%"],
                         ["резко затруднено дыхание, цианоз губ",
                          "не хватает воздуха даже в покое, ЧДД 34",
                          "не может вдохнуть, сипит, синюшность лица"]),
                  "en": (["struggling to breathe, lips turning blue",
                          "severe shortness of breath at rest, oxygen saturation 85%"],
                         ["too breathless to speak, gasping",
                          "difficulty breathing with stridor"])},
    "sepsis": {"level": "emergency",
               "ru": (["температура 39,8, озноб, стал заторможенным, давление 85/50",
                       "лихорадка до 40, спутанность сознания, холодные конечности",
                       "высокая температура, на ногах сыпь, которая не исчезает при надавливании",
                       "жар, мраморная кожа, почти не мочится",
                       "температура 39, сильная головная боль, ригидность затылочных мышц"],
                      ["лихорадит третьи сутки, сегодня дезориентирован, АД 80/40",
                       "озноб, температура 39,5, ЧСС 130, резкое ухудшение состояния",
                       "высокая температура и геморрагическая сыпь на туловище",
                       "фебрильная лихорадка, не узнает близких"]),
               "en": (["fever of 39.7 with confusion and low blood pressure",
                       "high fever, mottled skin, not passing urine"],
                      ["febrile with a non-blanching rash on the legs",
                       "rigors, temperature 40, heart rate 135, disoriented"])},
    "bleeding": {"level": "emergency",
                 "ru": (["рвота кровью, слабость, головокружение",
                         "рвота кофейной гущей дважды, черный дегтеобразный стул",
                         "обильное кровотечение из раны на бедре, не останавливается",
                         "сильное маточное кровотечение, прокладка промокает за час",
                         "кровь из носа не останавливается больше часа"],
                        ["черный жидкий стул со вчерашнего дня, резкая слабость",
                         "массивное кровотечение после удаления зуба, кровь течет струей",
                         "кровавая рвота после приема алкоголя",
                         "профузное кровотечение из прямой кишки"]),
                 "en": (["vomiting blood and feeling faint",
                         "black tarry stools and dizziness"],
                        ["heavy bleeding from a leg wound that will not stop",
                         "coffee-ground vomiting twice this morning"])},
    "suicide": {"level": "emergency",
                "ru": (["говорит, что не хочет жить, думает о самоубийстве",
                        "мысли покончить с собой, есть план",
                        "вчера наглоталась таблеток, сейчас сонливая",
                        "порезал себе вены, кровь остановили дома",
                        "пишет прощальные письма, хочет умереть"],
                       ["высказывает суицидальные мысли, раздал свои вещи",
                        "выпила упаковку снотворного час назад",
                        "считает, что лучше бы умер, хочет свести счеты с жизнью"]),
                "en": (["says he wants to kill himself and has a plan",
                        "took an overdose of paracetamol two hours ago"],
                       ["having suicidal thoughts, gave away belongings",
                        "self-harm with deep cuts to the wrist"])},
    "anaphylaxis": {"level": "emergency",
                    "ru": (["после укуса осы отекли губы и язык, трудно глотать",
                            "после укола антибиотика появилась крапивница и одышка",
                            "отек Квинке, сдавливает горло",
                            "съел орехи, распухло лицо, трудно дышать"],
                           ["ужалила пчела, отек лица, давление упало",
                            "после приема креветок отекает язык, сиплый голос",
                            "анафилактическая реакция на обезболивающее, ком в горле и одышка"]),
                    "en": (["swollen lips and tongue after a bee sting",
                            "hives and wheezing after eating peanuts"],
                           ["throat closing after an antibiotic injection",
                            "anaphylaxis, used an epipen"])},
    "unconscious": {"level": "emergency",
                    "ru": (["потерял сознание на улице, очнулся через несколько минут",
                            "судорожный приступ впервые в жизни, прикусил язык",
                            "внезапно упал без сознания, не реагирует на голос",
                            "эпилептический припадок длится более 5 минут"],
                           ["был кратковременный обморок в магазине",
                            "генерализованные судороги, после приступа спутанность",
                            "найден дома без сознания, трудно разбудить"]),
                    "en": (["collapsed and lost consciousness for a minute",
                            "first ever seizure this morning"],
                           ["fainted at work and hit the floor",
                            "found unresponsive by his wife"])},
    "abdomen": {"level": "emergency",
                "ru": (["кинжальная боль в животе, живот напряжен",
                        "беременность 7 недель, резкая боль внизу живота и кровянистые выделения",
                        "внезапная сильная боль в яичке, тошнота",
                        "раздирающая боль в спине и животе, давление 90/60"],
                       ["живот доскообразный, сильнейшая боль после еды",
                        "задержка месячных, острая боль в правой подвздошной области, головокружение",
                        "симптомы раздражения брюшины, рвота"]),
                "en": (["sudden severe testicular pain with vomiting",
                        "rigid abdomen with severe pain"],
                       ["pregnant with heavy vaginal bleeding and cramping pain",
                        "tearing pain through to the back"])},
    "head_injury": {"level": "emergency",
                    "ru": (["упал с лестницы и ударился головой, дважды рвота",
                            "травма головы, принимает варфарин, нарастает сонливость"],
                           ["после удара головой не помнит события, рвота",
                            "черепно-мозговая травма, потеря сознания на месте"]),
                    "en": (["hit his head in a fall and has vomited twice"],
                           ["head injury on warfarin, increasingly drowsy"])},
    "hypoglycemia": {"level": "emergency",
                     "ru": (["диабет на инсулине, сахар 2,1, потливость и спутанность"],
                            ["гипогликемия, глюкоза 2,4, не может ответить на вопросы"]),
                     "en": (["diabetic on insulin, blood sugar 2.0 and confused"],
                            ["hypoglycaemia with glucose 2.3, sweaty and drowsy"])},
    # urgent: same-day assessment, not an ambulance
    "fever_cough": {"level": "urgent",
                    "ru": (["температура 39,2 третий день, кашель с мокротой",
                            "лихорадка до 39,5, жаропонижающие почти не помогают",
                            "высокая температура и боль в горле, трудно глотать"],
                           ["кашель и температура 39,4 уже четыре дня",
                            "температура держится выше 39, ломота в теле, кашель"]),
                    "en": (["fever of 39.4 for three days with a productive cough"],
                           ["high fever not coming down with paracetamol"])},
    "abdominal_pain": {"level": "urgent",
                       "ru": (["боли в правом подреберье после жирной пищи, рвота, температура 38",
                               "схваткообразные боли в пояснице справа, отдают в пах, сильные",
                               "боль в животе и многократная рвота с утра"],
                              ["сильная боль в боку с иррадиацией в пах, кровь в моче",
                               "боли внизу живота и температура 38,3"]),
                       "en": (["right upper abdominal pain after fatty food with vomiting",
                               "severe loin pain radiating to the groin"],
                              ["lower abdominal pain with fever of 38.4"])},
    "chest_mild": {"level": "urgent",
                   "ru": (["колющая боль в груди при глубоком вдохе второй день",
                           "боль в груди после кашля, усиливается при движении"],
                          ["периодически покалывает в груди слева, в покое проходит"]),
                   "en": (["sharp chest pain on deep breathing since yesterday"],
                          ["intermittent chest pain when coughing"])},
    "palpitations": {"level": "urgent",
                     "ru": (["приступ сердцебиения, перебои в работе сердца, ЧСС 125",
                             "давление 190/110, головная боль в затылке"],
                            ["частое сердцебиение с утра, чувство перебоев",
                             "АД 185/105, шум в ушах"]),
                     "en": (["palpitations and an irregular heartbeat since this morning"],
                            ["blood pressure 190/110 with a headache"])},
    "urinary": {"level": "urgent",
                "ru": (["не может помочиться с вечера, распирающая боль внизу живота",
                        "кровь в моче, боль при мочеиспускании, температура 38,5"],
                       ["задержка мочи, живот над лобком вздут",
                        "гематурия и боли в пояснице"]),
                "en": (["unable to pass urine since last night"],
                       ["blood in the urine with burning and fever"])},
    "allergy_mild": {"level": "urgent",
                     "ru": (["крапивница по всему телу после приема ибупрофена, дыхание свободное"],
                            ["аллергическая сыпь на руках после нового крема, зуд"]),
                     "en": (["itchy hives after a new antibiotic, breathing normally"],
                            ["allergic rash on the arms, no swelling of the face"])},
    "dyspnea_moderate": {"level": "urgent",
                         "ru": (["одышка при ходьбе нарастает неделю, отеки на ногах",
                                 "кашель и одышка при подъеме на второй этаж, температура 38"],
                                ["нарастающая одышка при нагрузке, отекли голени"]),
                         "en": (["breathless on walking, worse over a week, swollen ankles"],
                                ["shortness of breath on stairs with fever"])},
    "injury": {"level": "urgent",
               "ru": (["подвернул ногу, голеностоп отек, не может наступить",
                       "глубокий порез ладони, кровотечение остановлено повязкой"],
                      ["упала на вытянутую руку, боль и деформация в запястье"]),
               "en": (["twisted ankle, swollen, cannot bear weight"],
                      ["fell onto an outstretched hand, painful deformed wrist"])},
    "vomiting": {"level": "urgent",
                 "ru": (["многократная рвота и жидкий стул, не может пить"],
                        ["рвота после каждого глотка воды, сухость во рту, мало мочи"]),
                 "en": (["repeated vomiting and diarrhoea, cannot keep fluids down"],
                        ["vomiting many times since last night, dehydrated"])},
    # routine: planned care
    "uri": {"level": "routine",
            "ru": (["насморк, першение в горле, температура 37,2",
                    "заложенность носа и сухой кашель три дня",
                    "боль в горле при глотании, температура нормальная"],
                   ["чихание, слезотечение, небольшой кашель",
                    "осиплость голоса после переохлаждения"]),
            "en": (["runny nose and sore throat for three days, temperature 37.3"],
                   ["blocked nose and mild cough, otherwise well"])},
    "back_pain": {"level": "routine",
                  "ru": (["ноющая боль в пояснице после подъема тяжестей",
                          "боль в грудном отделе позвоночника при наклонах",
                          "хроническая боль в шее, хруст при поворотах"],
                         ["тянущие боли в спине к вечеру, работает за компьютером",
                          "скованность в пояснице по утрам, проходит после разминки"]),
                  "en": (["lower back pain after lifting boxes, no numbness"],
                         ["stiff neck from sitting at the computer, no fever"])},
    "joint": {"level": "routine",
              "ru": (["боль в коленях при ходьбе по лестнице",
                      "ноющие боли в плечевом суставе при поднятии руки"],
                     ["припухлость и боль в суставах пальцев по утрам",
                      "хруст и боль в тазобедренном суставе"]),
              "en": (["knee pain on stairs for months"],
                     ["aching shoulder when lifting the arm"])},
    "skin": {"level": "routine",
             "ru": (["сухость и шелушение кожи на локтях",
                     "зудящая сыпь между пальцами рук"],
                    ["родинка на спине изменила цвет",
                     "угревая сыпь на лице"]),
             "en": (["dry itchy patches on the elbows"],
                    ["a mole that changed colour"])},
    "gi_mild": {"level": "routine",
                "ru": (["изжога после еды, отрыжка кислым",
                        "вздутие живота и запоры"],
                       ["периодическая тяжесть в эпигастрии после еды",
                        "неустойчивый стул, урчание в животе"]),
                "en": (["heartburn after meals"],
                       ["bloating and constipation for weeks"])},
    "neuro_mild": {"level": "routine",
                   "ru": (["головная боль к вечеру, давящая, как обруч, после работы",
                           "судороги в икроножных мышцах по ночам",
                           "плохо засыпает, тревожность"],
                          ["головная боль напряжения, помогает ибупрофен",
                           "бессонница и раздражительность",
                           "мышечные судороги в ногах после бега"]),
                   "en": (["tension headache in the evenings, helped by ibuprofen"],
                          ["trouble sleeping and worrying"])},
    "admin": {"level": "routine",
              "ru": (["пришел за выпиской рецепта на постоянные препараты",
                      "профилактический осмотр, жалоб нет",
                      "повышенный холестерин в анализах, хочет обсудить лечение"],
                     ["нужна справка для бассейна",
                      "контроль давления, самочувствие хорошее, АД 130/85"]),
              "en": (["here for a repeat prescription"],
                     ["routine check-up, no complaints"])},
    "urinary_mild": {"level": "routine",
                     "ru": (["учащенное мочеиспускание по ночам",
                             "легкое жжение при мочеиспускании, температуры нет"],
                            ["частые позывы в туалет, без боли"]),
                     "en": (["passing urine more often at night"],
                            ["mild burning when passing urine, no fever"])},
}

# More train-half phrasings (added after the first model read unfamiliar English as an emergency: it had
# seen one or two English phrases per scenario). Train halves only, and the train-only scenarios below are
# never drawn for "eval", so the held-out synthetic set (`generate(n, "eval", seed)`) is unchanged.
_MORE_TRAIN: dict[str, dict[str, list[str]]] = {
    "acs": {"en": ["tight band across the chest for half an hour, grey and sweaty",
                   "central chest pressure going into the left arm, feels sick",
                   "says it feels like someone sitting on his chest, cold sweat",
                   "c/o substernal chest pain x 30 min, diaphoretic"],
            "ru": ["схватился за сердце, весь в поту, бледный", "жжет за грудиной, отдает в челюсть, липкий пот"]},
    "stroke": {"en": ["mouth drooping on one side and words are slurred", "can't lift the right arm since this morning, speech jumbled",
                      "talking nonsense all of a sudden, dragging the left leg"],
               "ru": ["рот съехал набок, слова путает", "рука как чужая, язык заплетается"]},
    "breathing": {"en": ["can't catch her breath, only a few words at a time", "inhaler not helping, sucking in under the ribs",
                         "lips going blue, fighting for breath"],
                  "ru": ["хватает ртом воздух, говорит отдельными словами"]},
    "sepsis": {"en": ["feverish and shaking, not himself, hardly passing urine", "rash that doesn't fade under a glass, high temperature",
                      "stiff neck and can't stand the light, temperature 39"],
               "ru": ["температурит, стал заговариваться, почти не мочится"]},
    "bleeding": {"en": ["throwing up blood, lightheaded", "black tarry poo since yesterday, nearly passed out",
                        "cut on glass, blood spurting, soaked through towels"],
                 "ru": ["кровь хлещет из раны на руке"]},
    "suicide": {"en": ["says there is no point anymore and has planned how to end it", "took a whole packet of tablets an hour ago",
                       "wants to kill herself tonight, tablets ready"],
                "ru": ["говорит, что сегодня все закончит, прощался с родными"]},
    "anaphylaxis": {"en": ["tongue swelling after a wasp sting, throat tight", "ate nuts, lips swollen, hives all over and wheezy"],
                    "ru": ["после укуса пчелы горло сжимается, губы опухли"]},
    "unconscious": {"en": ["knocked out for a few minutes, confused since", "fitting and won't stop, five minutes now",
                           "found on the floor, won't wake up"],
                    "ru": ["трясет все тело, пена изо рта, не приходит в себя"]},
    "fever_cough": {"en": ["chesty cough with green phlegm and a temperature of 39", "fever 39.5 since yesterday, aching all over"]},
    "abdominal_pain": {"en": ["tummy pain on the right side, off food, feels sick, temp 38", "burning when passing urine, pain in the side, fever"]},
    "injury": {"en": ["rolled an ankle playing football, can't put weight on it", "deep cut on the hand, might need stitches",
                      "dog bite on the arm, puncture wounds"]},
    "vomiting": {"en": ["vomiting and diarrhoea for two days, keeping nothing down"]},
    "uri": {"en": ["sore throat and a stuffy nose, otherwise fine", "runny nose, sneezing and a tickly cough", "hay fever again, itchy eyes"]},
    "back_pain": {"en": ["aching lower back after gardening, walking fine, no numbness", "pulled something in the back lifting, no problems peeing"]},
    "skin": {"en": ["itchy rash on the elbows for months", "cold sore on the lip", "ingrown toenail, a bit red"]},
    "gi_mild": {"en": ["indigestion after big meals, settles with antacids", "constipated for a week, no bleeding"]},
    "admin": {"en": ["wants a flu jab", "needs a sick note", "smear test reminder, no symptoms", "asking about travel vaccines",
                     "blood pressure check, on amlodipine, feels well"]},
}
for _name, _by_lang in _MORE_TRAIN.items():
    for _lang, _phrases in _by_lang.items():
        SCENARIOS[_name][_lang][0].extend(_phrases)

# Train-only routine scenarios: red flags named in the past, in the family or as advice, and everyday
# complaints with benign look-alike words, so that the model does not learn "a red-flag word is urgent".
TRAIN_ONLY = {
    "history_review": {"level": "routine",
                       "ru": (["инфаркт в 2018, сейчас жалоб нет, пришел за рецептом", "инсульт перенесла три года назад, речь восстановилась",
                               "отец умер от инсульта, хочет проверить холестерин", "при повторении боли в груди вызывать скорую, сейчас жалоб нет",
                               "эпилепсия, приступов нет пять лет"], []),
                       "en": (["had a heart attack in 2015, here for an annual review", "stroke last year, fully recovered, no new weakness",
                               "father died of a heart attack, wants a cholesterol check", "known stable angina, no episodes for months, needs a refill",
                               "seizure-free for years, asking about driving", "advised to call 999 if the chest pain comes back, pain free now"], [])},
    "minor": {"level": "routine",
              "ru": (["сера в ухе, заложило", "мозоль на пятке", "герпес на губе", "вросший ноготь без покраснения",
                      "покалывание в пальцах по ночам, проходит, если потрясти"], []),
              "en": (["ear wax, hearing muffled", "mild ankle swelling at the end of the day", "pins and needles in both hands at night",
                      "dizzy for a second when standing up quickly, never fainted", "bruise on the thigh after bumping into a table"], [])},
    "mood": {"level": "routine",
             "ru": (["настроение плохое, сон нарушен, мыслей навредить себе нет", "тревога перед экзаменами, суицидальных мыслей нет"], []),
             "en": (["feeling low, sleeping badly, no thoughts of self-harm", "wants to discuss stopping sertraline, denies suicidal thoughts"], [])},
}
SCENARIOS.update(TRAIN_ONLY)

# Negated red flags and look-alikes: sentences that must not raise urgency, appended to routine cases.
NEGATED = {
    "ru": (["боли в груди нет", "одышку отрицает", "потери сознания не было", "температуры нет",
            "мысли о самоубийстве отрицает", "кровотечения не было", "отеков нет"],
           ["не отмечает боли за грудиной", "слабости в руках и ногах нет", "без потери сознания",
            "рвоты нет", "кровь в стуле не замечала", "суицидальных мыслей нет"]),
    "en": (["no chest pain", "denies shortness of breath", "no loss of consciousness", "no fever", "didn't black out",
            "no thoughts of self-harm", "no vomiting of blood", "breathing fine", "no weakness or numbness"],
           ["denies suicidal thoughts", "no vomiting", "no bleeding", "no weakness of the limbs"]),
}

FRAMES = {
    "ru": (["Жалобы: {c}. {x}", "{d}. {C}. {x}", "{d} обратился в поликлинику. {C}. {v}",
            "Со слов пациента: {c}. {x} {v}", "Жалобы на момент осмотра: {c}. {n}.", "Звонок: {c}. {n}.", "{C}, {n}. {x}"],
           ["Повод обращения: {c}. {v}", "Приемное отделение. {d}. {C}; {x}", "{C}. {x} Объективно: {v}",
            "{d} сообщает: {c}. {n}.", "Вызов на дом. {C}."]),
    "en": (["Complaints: {c}. {x}", "{d}. {C}. {v}", "Chief complaint: {c}. {n}.", "Pt c/o {c}. {x}",
            "Caller says: {c}. {n}.", "Nurse note: {c}. Obs {v}", "{C}, {n}. {x}"],
           ["Presenting complaint: {c}. {v}", "{d} reports {c}. {x}", "{C}. Obs: {v}"]),
}
FILLERS = {
    "ru": (["Болеет около суток.", "Хронические заболевания: гипертоническая болезнь.", "Аллергии нет.",
            "Принимает аторвастатин.", "Курит 20 лет.", ""],
           ["Симптомы появились сегодня.", "В анамнезе сахарный диабет 2 типа.", "Лекарственной аллергии не знает.",
            "Работает водителем.", "Не курит.", ""]),
    "en": (["Symptoms began yesterday.", "Past history of hypertension.", "No known allergies.", ""],
           ["Started this morning.", "Type 2 diabetes.", "Lives alone.", ""]),
}
DEMO = {
    "ru": (["Мужчина {a} лет", "Женщина {a} лет", "Пациент {a} лет", "Пациентка {a} лет"],
           ["Больной, возраст {a} лет", "Больная, возраст {a} лет", "Обратившийся мужчина ({a} лет)",
            "Обратившаяся женщина ({a} лет)"]),
    "en": (["A {a}-year-old man", "A {a}-year-old woman"], ["Patient aged {a}", "Female patient aged {a}"]),
}
NORMAL_VITALS = {"ru": ["АД 125/80, ЧСС 76, SpO2 98%", "t 36,7, пульс 72", "АД 118/74, ЧДД 16"],
                 "en": ["BP 124/78, HR 74, SpO2 98%", "temp 36.8, pulse 70"]}


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def make_vignette(rng: random.Random, scenario: str, lang: str, split: str) -> str:
    """One vignette for `scenario` in `lang` from the `split` half ("train" or "eval") of every list."""
    half = 0 if split == "train" else 1
    spec = SCENARIOS[scenario]
    c = rng.choice(spec[lang][half])
    frame = rng.choice(FRAMES[lang][half])
    extra = rng.choice(FILLERS[lang][half])
    if spec["level"] == "routine" and rng.random() < 0.6:  # negated red flags: the model must learn negation
        extra = (extra + " " + _cap(rng.choice(NEGATED[lang][half])) + ".").strip()
    neg = rng.choice(NEGATED[lang][half]) if spec["level"] == "routine" else rng.choice(FILLERS[lang][half]).rstrip(".")
    demo = rng.choice(DEMO[lang][half]).format(a=rng.randint(18, 88))
    vit = rng.choice(NORMAL_VITALS[lang]) if spec["level"] != "emergency" or rng.random() < 0.3 else ""
    text = frame.format(c=c, C=_cap(c), x=extra, v=vit, d=demo, n=neg or "")
    return " ".join(text.replace(" .", ".").replace("..", ".").split()).strip(" ;")


def generate(n: int, split: str = "train", seed: int = 0, langs: tuple[str, ...] = ("ru", "en"),
             ru_share: float = 0.8) -> list[dict[str, Any]]:
    """`n` vignettes with balanced levels: {"id", "text", "level", "lang", "scenario", "split"}."""
    if split not in ("train", "eval"):
        raise ValueError(f"split must be 'train' or 'eval', got {split!r}")
    rng = random.Random(f"triage-{split}-{seed}")
    by_level = {lv: [s for s, spec in SCENARIOS.items() if spec["level"] == lv and (split == "train" or s not in TRAIN_ONLY)]
                for lv in LEVELS}
    out = []
    for i in range(n):
        level = LEVELS[i % 3]
        scenario = rng.choice(by_level[level])
        lang = "ru" if ("en" not in langs or ("ru" in langs and rng.random() < ru_share)) else "en"
        out.append({"id": f"synth-{split}-{seed}-{i}", "text": make_vignette(rng, scenario, lang, split),
                    "level": level, "lang": lang, "scenario": scenario, "split": split})
    return out
