"""HPO terms of common presentations: what `medmoe.rare.gate` does not count as specific.

Generated, not hand-picked: every term the phenotype recogniser finds (present) in at least 5 of
- the 4690 RuMedTop3 *train* complaints (real Russian outpatient visits; count `out`), or
- 2000 synthetic triage vignettes (train split, ru/en; common emergencies such as stroke, ACS,
  sepsis; count `acute`).
Regenerate with `python benchmarks/bench_rare.py --gate --write-common-terms` when the recogniser or
its lexicon changes much. Ordered by the outpatient count, then the acute count.
"""

COMMON_TERMS: frozenset[str] = frozenset({
    "HP:0012531",  # out 1230 acute  109 Pain
    "HP:0002315",  # out  541 acute   75 Headache
    "HP:0025406",  # out  397 acute   23 Asthenia
    "HP:0003419",  # out  368 acute   72 Low back pain
    "HP:0002321",  # out  317 acute   15 Vertigo
    "HP:0033748",  # out  307 acute    2 Hypoesthesia
    "HP:0030833",  # out  296 acute    7 Neck pain
    "HP:0012735",  # out  239 acute   48 Cough
    "HP:0032263",  # out  210 acute    0 Increased blood pressure
    "HP:0002094",  # out  188 acute   48 Dyspnea
    "HP:0001962",  # out  163 acute   55 Palpitations
    "HP:0002018",  # out  163 acute   26 Nausea
    "HP:0002360",  # out  162 acute    0 Sleep abnormality
    "HP:0100749",  # out  153 acute  126 Chest pain
    "HP:0000739",  # out  140 acute   23 Anxiety
    "HP:0012378",  # out  140 acute    0 Fatigue
    "HP:0001742",  # out  134 acute   11 Nasal congestion
    "HP:0001945",  # out  132 acute   75 Fever
    "HP:0012384",  # out  121 acute   12 Rhinitis
    "HP:0001387",  # out  121 acute    0 Joint stiffness
    "HP:0000989",  # out  120 acute    0 Pruritus
    "HP:0002027",  # out  111 acute   66 Abdominal pain
    "HP:0100515",  # out  101 acute   23 Pollakisuria
    "HP:0032148",  # out   96 acute    0 Episodic pain
    "HP:0000969",  # out   93 acute   22 Edema
    "HP:0001337",  # out   92 acute    0 Tremor
    "HP:0002829",  # out   92 acute    0 Arthralgia
    "HP:0000737",  # out   85 acute    0 Irritability
    "HP:0000975",  # out   78 acute   41 Hyperhidrosis
    "HP:0030839",  # out   77 acute   67 Knee pain
    "HP:0003270",  # out   68 acute   13 Abdominal distention
    "HP:0031246",  # out   62 acute   11 Nonproductive cough
    "HP:0002067",  # out   61 acute    0 Bradykinesia
    "HP:0002354",  # out   61 acute    0 Memory impairment
    "HP:0031284",  # out   60 acute    0 Flushing
    "HP:0001596",  # out   59 acute    0 Alopecia
    "HP:0001254",  # out   58 acute    6 Lethargy
    "HP:0001824",  # out   56 acute    0 Weight loss
    "HP:0000988",  # out   54 acute   17 Skin rash
    "HP:0012514",  # out   51 acute    0 Lower limb pain
    "HP:0000017",  # out   49 acute    0 Nocturia
    "HP:0004324",  # out   49 acute    0 Increased body weight
    "HP:0003418",  # out   48 acute    3 Back pain
    "HP:0000140",  # out   48 acute    0 Abnormality of the menstrual cycle
    "HP:0002013",  # out   47 acute  183 Vomiting
    "HP:0002329",  # out   47 acute   19 Drowsiness
    "HP:0410019",  # out   47 acute    0 Epigastric pain
    "HP:0001250",  # out   46 acute   23 Seizure
    "HP:0001288",  # out   46 acute    0 Gait disturbance
    "HP:0001892",  # out   41 acute   14 Abnormal bleeding
    "HP:0002019",  # out   40 acute   13 Constipation
    "HP:0000360",  # out   40 acute    0 Tinnitus
    "HP:0001386",  # out   38 acute    0 Joint swelling
    "HP:0002378",  # out   36 acute    0 Hand tremor
    "HP:0100518",  # out   36 acute    0 Dysuria
    "HP:0100785",  # out   34 acute    0 Insomnia
    "HP:0011675",  # out   33 acute   42 Arrhythmia
    "HP:0025143",  # out   33 acute    6 Chills
    "HP:0000131",  # out   32 acute    0 Uterine leiomyoma
    "HP:0001649",  # out   32 acute    0 Tachycardia
    "HP:0007185",  # out   30 acute   21 Loss of consciousness
    "HP:0040189",  # out   30 acute   17 Scaling skin
    "HP:0002875",  # out   30 acute   15 Exertional dyspnea
    "HP:0000138",  # out   30 acute    0 Ovarian cyst
    "HP:0000712",  # out   29 acute    0 Emotional lability
    "HP:0002014",  # out   28 acute   75 Diarrhea
    "HP:0002615",  # out   28 acute   13 Hypotension
    "HP:0000016",  # out   28 acute    0 Urinary retention
    "HP:0009763",  # out   28 acute    0 Limb pain
    "HP:0030834",  # out   27 acute   19 Shoulder pain
    "HP:0000217",  # out   27 acute    0 Xerostomia
    "HP:0006767",  # out   27 acute    0 Pituitary prolactin cell adenoma
    "HP:0000132",  # out   26 acute    0 Menorrhagia
    "HP:0007340",  # out   26 acute    0 Lower limb muscle weakness
    "HP:0000958",  # out   25 acute    0 Dry skin
    "HP:0002527",  # out   23 acute   35 Falls
    "HP:0001376",  # out   23 acute    0 Limitation of joint mobility
    "HP:0002317",  # out   23 acute    0 Unsteady gait
    "HP:0003552",  # out   23 acute    0 Muscle stiffness
    "HP:0001609",  # out   22 acute    0 Hoarse voice
    "HP:0002923",  # out   22 acute    0 Rheumatoid factor positive
    "HP:0025084",  # out   22 acute    0 Folliculitis
    "HP:0000020",  # out   21 acute    0 Urinary incontinence
    "HP:0000505",  # out   21 acute    0 Visual impairment
    "HP:0025269",  # out   21 acute    0 Panic attack
    "HP:0033834",  # out   21 acute    0 Malaise
    "HP:0025238",  # out   20 acute    0 Foot pain
    "HP:0000365",  # out   19 acute    0 Hearing impairment
    "HP:0001061",  # out   19 acute    0 Acne
    "HP:0000790",  # out   18 acute   27 Hematuria
    "HP:0030126",  # out   18 acute    0 Abnormal endometrium morphology
    "HP:0046504",  # out   18 acute    0 Decreased libido
    "HP:0003326",  # out   17 acute    0 Myalgia
    "HP:0100769",  # out   17 acute    0 Synovitis
    "HP:0002304",  # out   16 acute    0 Akinesia
    "HP:0002583",  # out   16 acute    0 Colitis
    "HP:0003401",  # out   16 acute    0 Paresthesia
    "HP:0001513",  # out   15 acute    0 Obesity
    "HP:0031245",  # out   14 acute   34 Productive cough
    "HP:0000141",  # out   14 acute    0 Amenorrhea
    "HP:0000622",  # out   14 acute    0 Blurred vision
    "HP:0003074",  # out   14 acute    0 Hyperglycemia
    "HP:0004890",  # out   14 acute    0 Elevated pulmonary artery pressure
    "HP:0011134",  # out   14 acute    0 Low-grade fever
    "HP:0100607",  # out   14 acute    0 Dysmenorrhea
    "HP:0200026",  # out   14 acute    0 Ocular pain
    "HP:0003484",  # out   13 acute   12 Upper limb muscle weakness
    "HP:0000716",  # out   13 acute    0 Depression
    "HP:0001959",  # out   13 acute    0 Polydipsia
    "HP:0002017",  # out   13 acute    0 Nausea and vomiting
    "HP:0012089",  # out   13 acute    0 Arteritis
    "HP:0100615",  # out   13 acute    0 Ovarian neoplasm
    "HP:0100832",  # out   13 acute    0 Vitreous floaters
    "HP:0000147",  # out   12 acute    0 Polycystic ovaries
    "HP:0000473",  # out   12 acute    0 Torticollis
    "HP:0000651",  # out   12 acute    0 Diplopia
    "HP:0000741",  # out   12 acute    0 Apathy
    "HP:0002346",  # out   12 acute    0 Head tremor
    "HP:0002619",  # out   12 acute    0 Varicose veins
    "HP:0100699",  # out   12 acute    0 Scarring
    "HP:0002099",  # out   11 acute    7 Asthma
    "HP:0002463",  # out   11 acute    2 Language impairment
    "HP:0000282",  # out   11 acute    0 Facial edema
    "HP:0001082",  # out   11 acute    0 Cholecystitis
    "HP:0025131",  # out   11 acute    0 Finger swelling
    "HP:0000013",  # out   10 acute    0 Hypoplasia of the uterus
    "HP:0000789",  # out   10 acute    0 Infertility
    "HP:0000939",  # out   10 acute    0 Osteoporosis
    "HP:0001259",  # out   10 acute    0 Coma
    "HP:0002090",  # out   10 acute    0 Pneumonia
    "HP:0008959",  # out   10 acute    0 Distal upper limb muscle weakness
    "HP:0010783",  # out   10 acute    0 Erythema
    "HP:0012393",  # out   10 acute    0 Allergy
    "HP:0031951",  # out   10 acute    0 Nocturnal seizures
    "HP:0030828",  # out    9 acute   17 Wheezing
    "HP:0000738",  # out    9 acute    0 Hallucinations
    "HP:0004325",  # out    9 acute    0 Decreased body weight
    "HP:0005986",  # out    9 acute    0 Limitation of neck motion
    "HP:0025245",  # out    9 acute    0 Cutaneous cyst
    "HP:0030016",  # out    9 acute    0 Dyspareunia
    "HP:0001188",  # out    8 acute    0 Hand clenching
    "HP:0002312",  # out    8 acute    0 Clumsiness
    "HP:0007010",  # out    8 acute    0 Poor fine motor coordination
    "HP:0009926",  # out    8 acute    0 Epiphora
    "HP:0012387",  # out    8 acute    0 Bronchitis
    "HP:0012534",  # out    8 acute    0 Dysesthesia
    "HP:0030858",  # out    8 acute    0 Addictive behavior
    "HP:0200085",  # out    8 acute    0 Limb tremor
    "HP:5200044",  # out    8 acute    0 Reduced attention regulation
    "HP:0000246",  # out    7 acute    0 Sinusitis
    "HP:0000786",  # out    7 acute    0 Primary amenorrhea
    "HP:0001370",  # out    7 acute    0 Rheumatoid arthritis
    "HP:0002015",  # out    7 acute    0 Dysphagia
    "HP:0002322",  # out    7 acute    0 Resting tremor
    "HP:0002331",  # out    7 acute    0 Recurrent paroxysmal headache
    "HP:0007663",  # out    7 acute    0 Reduced visual acuity
    "HP:0030166",  # out    7 acute    0 Night sweats
    "HP:0030840",  # out    7 acute    0 Ankle pain
    "HP:0001025",  # out    6 acute   84 Urticaria
    "HP:0012532",  # out    6 acute    7 Chronic pain
    "HP:0000107",  # out    6 acute    0 Renal cyst
    "HP:0000613",  # out    6 acute    0 Photophobia
    "HP:0000711",  # out    6 acute    0 Restlessness
    "HP:0001597",  # out    6 acute    0 Abnormal nail morphology
    "HP:0001662",  # out    6 acute    0 Bradycardia
    "HP:0002045",  # out    6 acute    0 Hypothermia
    "HP:0002172",  # out    6 acute    0 Postural instability
    "HP:0002208",  # out    6 acute    0 Coarse hair
    "HP:0002367",  # out    6 acute    0 Visual hallucination
    "HP:0002653",  # out    6 acute    0 Bone pain
    "HP:0002716",  # out    6 acute    0 Lymphadenopathy
    "HP:0025379",  # out    6 acute    0 Anti-thyroid peroxidase antibody positivity
    "HP:0025502",  # out    6 acute    0 Overweight
    "HP:0030157",  # out    6 acute    0 Flank pain
    "HP:0030838",  # out    6 acute    0 Hip pain
    "HP:0100829",  # out    6 acute    0 Galactorrhea
    "HP:0000421",  # out    5 acute    0 Epistaxis
    "HP:0000458",  # out    5 acute    0 Anosmia
    "HP:0000821",  # out    5 acute    0 Hypothyroidism
    "HP:0000858",  # out    5 acute    0 Irregular menstruation
    "HP:0001007",  # out    5 acute    0 Hirsutism
    "HP:0001369",  # out    5 acute    0 Arthritis
    "HP:0002039",  # out    5 acute    0 Anorexia
    "HP:0002076",  # out    5 acute    0 Migraine
    "HP:0002580",  # out    5 acute    0 Volvulus
    "HP:0002758",  # out    5 acute    0 Osteoarthritis
    "HP:0003037",  # out    5 acute    0 Enlarged joints
    "HP:0005263",  # out    5 acute    0 Gastritis
    "HP:0008770",  # out    5 acute    0 Obsessive-compulsive trait
    "HP:0009914",  # out    5 acute    0 Cyclopia
    "HP:0030318",  # out    5 acute    0 Angular cheilitis
    "HP:0001289",  # out    4 acute   61 Confusion
    "HP:0031417",  # out    4 acute   49 Rhinorrhea
    "HP:0003394",  # out    4 acute   22 Muscle spasm
    "HP:0000819",  # out    3 acute   32 Diabetes mellitus
    "HP:0003124",  # out    3 acute   13 Hypercholesterolemia
    "HP:0002020",  # out    2 acute   45 Gastroesophageal reflux
    "HP:0012168",  # out    2 acute   15 Head-banging
    "HP:0001350",  # out    2 acute    9 Slurred speech
    "HP:0000822",  # out    1 acute  264 Hypertension
    "HP:0100665",  # out    1 acute    9 Angioedema
    "HP:0100608",  # out    1 acute    5 Metrorrhagia
    "HP:0033050",  # out    0 acute   49 Pharyngalgia
    "HP:0002248",  # out    0 acute   22 Hematemesis
    "HP:0031520",  # out    0 acute   18 Groin pain
    "HP:0001785",  # out    0 acute   17 Ankle swelling
    "HP:0033710",  # out    0 acute   17 Rest dyspnea
    "HP:0031352",  # out    0 acute   14 Chest tightness
    "HP:0032545",  # out    0 acute   14 Abdominal rigidity
    "HP:0031244",  # out    0 acute   13 Swollen lip
    "HP:0033839",  # out    0 acute   10 Testicular pain
    "HP:0000965",  # out    0 acute    9 Cutis marmorata
    "HP:0040264",  # out    0 acute    8 Jaw pain
    "HP:0002714",  # out    0 acute    7 Downturned corners of mouth
    "HP:0012799",  # out    0 acute    7 Unilateral facial palsy
    "HP:0031179",  # out    0 acute    7 Nuchal rigidity
    "HP:0001344",  # out    0 acute    5 Absent speech
})
