"""Guides for signs with no category of their own, or that their category's guide would misname.

Most rules read a category's signs (a heart attack, a clot), and the category's guide in
`signs.py` names them to the member and cites its page. The rules in `rules/situations.py` read
signs that belong to no category (jaundice, a nosebleed that won't stop, a dialysis fistula
bleeding): each has its guide here, keyed by the rule's name, so a reply says what was seen and
cites where its advice is written, not the general "a symptom that needs checking". A few rules
read a category's sign that its guide would misname (a foot colder than the other is a sign of
PAD, but not "leg pain when walking"): their guides are here too, in the rule's category. The pages
were found and read in 2026; their kind of evidence is said with each. Rules with no page of
their own (a complaint that has lasted weeks, advice already given to be seen today) keep the
general guide.
"""

from __future__ import annotations

from bot.questions.kb import Source
from bot.questions.triage.signs import (
    CDC_RHABDO,
    NHS_HEAT,
    NHS_PAD,
    NHS_PREECLAMPSIA,
    Category,
    Guide,
)

HEALTH_SERVICE = "health service guidance (web page, read 2026)"
NICE_PUBLIC = "NICE guideline, information for the public (web page, read 2026)"
FOR_CLINICIANS = "health service guideline for clinicians (web page, read 2026)"
CLINICAL_SUMMARY = "clinical reference summarising NICE NG12 (web page, read 2026)"
GOVERNMENT = "government guidance (web page, read 2026)"
POISONS = "poisons information service (web page, read 2026)"
FIRST_AID = "first-aid guidance (web page, read 2026)"
CHARITY = "charity or professional body's patient information (web page, read 2026)"
CONSUMER = "consumer health site (web page, read 2026)"
NEWS = "news report of a study (web page, read 2026)"

# The knowledge-base entry a question about these signs is pointed to, as for the general guide.
_SIGNS_ENTRY = "when-to-stop-exercising"


def _page(title: str, publisher: str, url: str, evidence: str) -> Source:
    return Source(title=title, authors=publisher, year=2026, evidence=evidence, url=url)


# Pages cited by more than one guide.
_ANTICOAGULATION_LEAFLET = _page(
    "Life with anticoagulation",
    "The Rotherham NHS Foundation Trust",
    (
        "https://therotherhamft.nhs.uk/patients-and-visitors/patient-information/life-with-anticoagulation"
    ),
    HEALTH_SERVICE,
)
_RECTAL_BLEEDING = _page(
    "Bleeding from the bottom (rectal bleeding)",
    "NHS (NHS website content)",
    (
        "https://developer.api.nhs.uk/widgets/condition/?condition=/conditions/bleeding-from-the-bottom-rectal-bleeding/"
    ),
    HEALTH_SERVICE,
)
_AKI_LEAFLET = _page(
    "Acute Kidney Injury (AKI)",
    "Milton Keynes University Hospital NHS Foundation Trust",
    "https://www.mkuh.nhs.uk/patient-information-leaflet/acute-kidney-injury-aki",
    HEALTH_SERVICE,
)
_AKI_PUBLIC = _page(
    "Information for the public",
    "Think Kidneys (NHS, archived)",
    "https://thinkkidneys.nhs.uk/aki/information-for-the-public",
    HEALTH_SERVICE,
)
_AFTER_SURGERY = _page(
    "Going home after surgery",
    "Cancer Research UK",
    (
        "https://www.cancerresearchuk.org/about-cancer/cancer-in-general/treatment/surgery/going-home"
    ),
    CHARITY,
)
_NHS_STATINS = _page(
    "Statins: side effects",
    "NHS (NHS website content)",
    (
        "https://developer.api.nhs.uk/widgets/condition/?condition=%2Fconditions%2Fstatins%2Fside-effects%2F"
    ),
    HEALTH_SERVICE,
)
_KNEE_INJURY = _page(
    "Traumatic knee injury",
    "East Lancashire Hospitals NHS Trust",
    (
        "https://elht.nhs.uk/services/integrated-msk-pain-and-rheumatology-service/traumatic-knee-injury"
    ),
    HEALTH_SERVICE,
)

SITUATION_GUIDES: dict[str, Guide] = {
    "asks_for_a_check": Guide(
        Category.OTHER,
        "a good reason to have a check-up",
        (
            "A known condition, or a complaint that keeps coming back, lasts or gets worse, is a "
            "good reason to ask your GP for a check before or alongside training."
        ),
        (
            _page(
                "Medical Advice",
                "Virgin Money London Marathon (medical director's advice to runners)",
                "https://www.virginmoneylondonmarathon.com/event-info/runner-info/medical-advice/",
                CHARITY,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "after_diving": Guide(
        Category.OTHER,
        "possible decompression illness after a dive",
        (
            "Numbness, weakness, dizziness or trouble breathing after a dive can be decompression "
            "illness, an emergency; joint pain or a rash after diving still needs a diving "
            "doctor's advice promptly."
        ),
        (
            _page(
                "When should I call the National Diving Accident helpline?",
                "DDRC Healthcare (for the British Hyperbaric Association)",
                "https://www.ddrc.org/when-should-i-call-the-national-diving-accident-helpline/",
                CHARITY,
            ),
            _page(
                "What is Decompression Illness? (DCI)",
                "DDRC Healthcare",
                "http://www.ddrc.org/internal.cfm?section=4&p=178",
                CHARITY,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "serious_burn": Guide(
        Category.OTHER,
        "a burn that needs hospital care",
        (
            "A burn bigger than the injured person's hand, or one that leaves the skin white or "
            "charred, needs A&E, even if it doesn't hurt much."
        ),
        (
            _page(
                "Burns and scalds",
                "NHS 111 Wales",
                "https://111.wales.nhs.uk/Burnsandscalds/",
                HEALTH_SERVICE,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "sunburn": Guide(
        Category.OTHER,
        "severe sunburn",
        (
            "Sunburn that blisters or swells, with chills or a high temperature, is severe and "
            "needs advice from your GP or 111 today."
        ),
        (
            _page(
                "Summer health tips",
                "Luton Borough Council (quoting NHS advice)",
                "https://m.luton.gov.uk/Page/Show/seasonal/summer/Pages/Summer-health-tips.aspx",
                HEALTH_SERVICE,
            ),
            _page(
                "Sunburn",
                "Hartington Surgery (content from NHS Choices)",
                "https://www.hartingtonsurgery.co.uk/509/sunburn/",
                HEALTH_SERVICE,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "on_blood_thinners": Guide(
        Category.OTHER,
        "a knock or bleeding while on a blood thinner",
        (
            "On a blood thinner, a hard knock to the head, or bleeding that won't stop with "
            "pressure, needs checking at A&E even if you feel well, as bleeding can be hidden. "
            "On aspirin or clopidogrel, bleeding that keeps going or keeps coming back needs a "
            "doctor or 111 today."
        ),
        (
            _ANTICOAGULATION_LEAFLET,
            _page(
                "Side effects of warfarin",
                "NHS",
                "https://nhs.uk/medicines/warfarin/side-effects-of-warfarin",
                HEALTH_SERVICE,
            ),
            _page(
                "Side effects of clopidogrel",
                "NHS",
                "https://www.nhs.uk/medicines/clopidogrel/side-effects-of-clopidogrel/",
                HEALTH_SERVICE,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "possible_broken_bone": Guide(
        Category.OTHER,
        "a possible broken bone after a fall or a blow",
        (
            "A minor break and a sprain are hard to tell apart: treat it as broken until an "
            "X-ray says otherwise. Go to a minor injuries unit, an urgent treatment centre or A&E "
            "today, support the limb, and don't eat or drink in case it needs an operation. A "
            "bad break (a bone showing, or the limb badly out of shape) is 999."
        ),
        (
            _page(
                "Broken arm or wrist",
                "NHS 111 Wales",
                "https://111.wales.nhs.uk/Encyclopaedia/b/article/brokenarmorwrist/",
                HEALTH_SERVICE,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "migraine_aura_on_the_pill": Guide(
        Category.OTHER,
        "migraine with aura while on the combined pill",
        (
            "Migraine with aura (zigzags, flashing lights or a blind patch before the headache) "
            "and the combined pill, patch or ring each raise the small risk of a stroke, and "
            "together they raise it more. Don't stop contraception without cover: book your GP "
            "or a sexual health clinic soon to change to a method without oestrogen. Sudden "
            "weakness, a drooping face or slurred speech is different: call for help at once."
        ),
        (
            _page(
                "Migraine and the contraceptive pill or the contraceptive patch",
                "Patient.info",
                "http://patient.info/health/migraine-and-the-contraceptive-pill-or-the-contraceptive-patch",
                CONSUMER,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "leaking_urine": Guide(
        Category.OTHER,
        "leaking urine",
        (
            "Leaking urine when you jump, run, lift, cough or sneeze (stress incontinence), or "
            "when a sudden urge comes, is common, especially after pregnancy and around the "
            "menopause, but it isn't something you have to put up with. Speak to your GP "
            "practice: pelvic floor training with a physiotherapist and other treatments help."
        ),
        (
            _page(
                "Urinary incontinence",
                "NHS inform",
                (
                    "https://www.nhsinform.scot/illnesses-and-conditions/kidneys-bladder-and-"
                    "prostate/urinary-incontinence"
                ),
                HEALTH_SERVICE,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "bleeding_more_on_a_thinner": Guide(
        Category.OTHER,
        "bleeding more easily on a blood thinner",
        (
            "Bleeding more easily is the commonest side effect of blood thinners: heavier "
            "periods, bruises from small knocks, bleeding gums. Tell your GP, anticoagulant nurse "
            "or clinic, who may check your blood or your dose; don't stop the medicine on your "
            "own. Bleeding that won't stop with pressure, or a hard knock to the head, needs A&E."
        ),
        (
            _page(
                "Apixaban",
                "NHS",
                "https://www.nhs.uk/medicines/apixaban/",
                HEALTH_SERVICE,
            ),
            _ANTICOAGULATION_LEAFLET,
        ),
        _SIGNS_ENTRY,
    ),
    "bleeding_from_the_bottom": Guide(
        Category.OTHER,
        "bleeding from the bottom",
        (
            "Blood in your poo for 3 weeks, or coming back again and again, or in a child's poo, "
            "is for a GP: it is usually something minor such as piles, but it can be a sign of "
            "bowel cancer, which is easier to treat found early. Dark red or black poo, or "
            "diarrhoea with blood in it, needs an urgent GP appointment or 111 today. Bleeding "
            "that won't stop, or a lot of blood (the toilet water red, large clots), needs 999 or "
            "A&E."
        ),
        (
            _RECTAL_BLEEDING,
            _page(
                "Bowel cancer: symptoms (Be Clear on Cancer)",
                "NHS",
                "https://www.nhs.uk/be-clear-on-cancer/symptoms/bowel-cancer",
                HEALTH_SERVICE,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "black_stool": Guide(
        Category.OTHER,
        "possible bleeding in the gut",
        (
            "Black or very dark poo can mean bleeding in the gut and needs an urgent GP "
            "appointment or 111 today; vomiting blood, or black poo with a faint or cold, clammy "
            "skin, needs 999 or A&E, and even a few streaks of blood in sick need a GP or A&E "
            "today."
        ),
        (
            _RECTAL_BLEEDING,
            _page(
                "Vomiting blood",
                "NHS 111 Wales",
                "https://111.wales.nhs.uk/Encyclopaedia/v/article/vomitingblood",
                HEALTH_SERVICE,
            ),
            _page(
                "Acute upper gastrointestinal bleeding",
                "NICE (CG141, information for the public)",
                "https://www.nice.org.uk/guidance/cg141/ifp/chapter/Acute-upper-gastrointestinal-bleeding",
                NICE_PUBLIC,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "sickle_crisis": Guide(
        Category.OTHER,
        "a sickle cell crisis not eased at home",
        (
            "Most sickle cell pain can be managed at home, but pain your usual painkillers don't "
            "control may need hospital treatment, so contact your haematology team or hospital "
            "today."
        ),
        (
            _page(
                "Acute painful sickle cell episodes",
                "NICE (CG143, information for the public)",
                "https://nice.org.uk/guidance/cg143/ifp/chapter/Acute-painful-sickle-cell-episodes",
                NICE_PUBLIC,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "joint_out": Guide(
        Category.OTHER,
        "a joint that is still out of place",
        (
            "A joint that has come out and not gone back in needs putting back by a professional "
            "at hospital; don't try to push it back yourself."
        ),
        (
            _page(
                "Dislocated joints",
                "St John Ambulance",
                (
                    "https://www.sja.org.uk/get-advice/first-aid-advice/bones-and-muscle-injuries/dislocated-joints/"
                ),
                FIRST_AID,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "after_long_race": Guide(
        Category.OTHER,
        "possible low blood salt from drinking too much",
        (
            "Drinking far more than you need in a long race can dilute the salt in your blood; "
            "confusion or collapse can follow, even after the finish, and needs urgent care."
        ),
        (
            _page(
                "Water danger for marathon runners",
                "BBC News",
                "http://news.bbc.co.uk/2/hi/health/4927936.stm",
                NEWS,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "swollen_and_dry_after_race": Guide(
        Category.OTHER,
        "swelling and very little urine after a race",
        (
            "Being puffy and hardly passing urine in the days after a long race can mean the "
            "kidneys are struggling, which is serious if not caught early, so get it checked today."
        ),
        (
            _AKI_LEAFLET,
            _AKI_PUBLIC,
        ),
        _SIGNS_ENTRY,
    ),
    "dehydrated": Guide(
        Category.OTHER,
        "possible dehydration",
        (
            "With sickness or diarrhoea and little going in, dark urine, hardly peeing or "
            "dizziness can mean dehydration that needs advice from 111 or your GP today; so can "
            "no urine since last night or this morning after heat, a weight cut or too little to "
            "drink, and signs of it in a child or an older person."
        ),
        (
            _page(
                "Dehydration",
                "NHS Direct Wales",
                "https://www.nhsdirect.wales.nhs.uk/encyclopaedia/d/article/dehydration/",
                HEALTH_SERVICE,
            ),
            _page(
                "Keep hydrated, stay well",
                "Royal Devon University Healthcare NHS Foundation Trust",
                "https://www.royaldevon.nhs.uk/news/keep-hydrated-stay-well/",
                HEALTH_SERVICE,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "dysreflexia": Guide(
        Category.OTHER,
        "possible autonomic dysreflexia",
        (
            "With a spinal cord injury, a pounding headache, flushing or sweating above the injury "
            "and high blood pressure can be autonomic dysreflexia, which can become an emergency "
            "if not treated fast."
        ),
        (
            _page(
                "Autonomic dysreflexia",
                "Queen Elizabeth National Spinal Injuries Unit, NHS Scotland (Right Decisions)",
                (
                    "https://www.rightdecisions.scot.nhs.uk/the-queen-elizabeth-national-spinal-injuries-unit/education/autonomic-dysreflexia"
                ),
                HEALTH_SERVICE,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "pressure_sore": Guide(
        Category.OTHER,
        "a possible pressure sore",
        (
            "A patch over a bony area that stays discoloured when pressed can be a pressure ulcer "
            "and needs a GP; one that is hot, swollen, oozing pus or more painful needs an urgent "
            "GP appointment or 111."
        ),
        (
            _page(
                "Pressure ulcers",
                "NHS 111 Wales",
                "http://111.wales.nhs.uk/Encyclopaedia/p/article/pressureulcers",
                HEALTH_SERVICE,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "after_birth": Guide(
        Category.OTHER,
        "heavy bleeding after giving birth",
        (
            "Bleeding that gets heavier again after a birth, or large clots, can be a postpartum "
            "haemorrhage, which can become life-threatening, so it needs a midwife or doctor "
            "straight away."
        ),
        (
            _page(
                "Heavy bleeding after birth (postpartum haemorrhage)",
                "Royal College of Obstetricians and Gynaecologists",
                (
                    "https://www.rcog.org.uk/for-the-public/browse-our-patient-information/heavy-bleeding-after-birth-postpartum-haemorrhage/"
                ),
                CHARITY,
            ),
            _page(
                "Bleeding after birth: concerns",
                "NCT",
                (
                    "https://www.nct.org.uk/life-parent/your-body-after-birth/bleeding-after-birth-concerns"
                ),
                CHARITY,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "after_treatment": Guide(
        Category.OTHER,
        "a problem that hasn't settled since treatment",
        (
            "Swelling, weakness, breathlessness or a warm, red scar that lingers or grows after an "
            "operation, hospital stay or treatment should be seen by your GP or team, not trained "
            "through."
        ),
        (_AFTER_SURGERY,),
        _SIGNS_ENTRY,
    ),
    "statin_aches": Guide(
        Category.OTHER,
        "muscle aches while taking a statin",
        (
            "Muscle pain, tenderness or weakness that you can't explain while on a statin can "
            "rarely mean muscle inflammation; tell your GP, who may do a blood test. With dark "
            "urine as well, it can be muscle breaking down (rhabdomyolysis): get advice today."
        ),
        (_NHS_STATINS, CDC_RHABDO),
        _SIGNS_ENTRY,
    ),
    "high_ck": Guide(
        Category.OTHER,
        "a raised muscle enzyme (CK) on a blood test",
        (
            "A raised CK means muscle has been inflamed or damaged; hard exercise can raise it "
            "too, so tell the doctor who ordered the test about your training and let them follow "
            "it up."
        ),
        (_NHS_STATINS,),
        _SIGNS_ENTRY,
    ),
    "little_urine_despite_drinking": Guide(
        Category.OTHER,
        "passing little urine despite drinking",
        (
            "Passing much less urine than usual, or urine that stays dark, even though you're "
            "drinking plenty can mean the kidneys are struggling and needs checking today."
        ),
        (
            _AKI_LEAFLET,
            _AKI_PUBLIC,
        ),
        _SIGNS_ENTRY,
    ),
    "little_urine_and_swelling": Guide(
        Category.OTHER,
        "less urine with newly swollen legs",
        (
            "Passing less urine together with newly swollen feet or legs can be a sign of a sudden "
            "kidney problem, which is serious if not caught early, so get advice today."
        ),
        (
            _AKI_LEAFLET,
            _AKI_PUBLIC,
        ),
        _SIGNS_ENTRY,
    ),
    "high_potassium": Guide(
        Category.OTHER,
        "a high potassium result",
        (
            "A potassium level well above normal can upset the heart's rhythm without warning, so "
            "it needs an urgent repeat test or hospital care, as your doctor advises."
        ),
        (
            _page(
                "Hyperkalaemia primary care guidelines",
                "NHS Highland (Right Decisions, NHS Scotland)",
                (
                    "https://www.rightdecisions.scot.nhs.uk/tam-treatments-and-medicines-nhs-highland/adult-therapeutic-guidelines/fluid-and-electrolytes/hyperkalaemia-primary-care-guidelines/?searchTerm=tam674"
                ),
                FOR_CLINICIANS,
            ),
            _page(
                "Hyperkalaemia",
                "REMEDY, NHS Bristol, North Somerset and South Gloucestershire ICB",
                "https://remedy.bnssg.icb.nhs.uk/adults/biochemistry/hyperkalaemia",
                FOR_CLINICIANS,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "pulsing_lump": Guide(
        Category.OTHER,
        "a swelling that pulses or keeps growing",
        (
            "A lump that grows or throbs where a catheter went in, as after an angiogram, needs "
            "the hospital team to check it; heavy bleeding from the site is a 999 call."
        ),
        (
            _page(
                "Discharge advice: coronary angioplasty (femoral and radial)",
                "Blackpool Teaching Hospitals NHS Foundation Trust",
                (
                    "https://blackpoolteachinghospitals.nhs.uk/patients/patient-leaflets/discharge-advice-coronary-angioplasty-femoral-and-radial"
                ),
                HEALTH_SERVICE,
            ),
            _page(
                "Cardiology: discharge information following your coronary angiogram",
                "Northern Care Alliance NHS Foundation Group",
                (
                    "https://northerncarealliance.nhs.uk/patient-information/patient-leaflets/cardiology-discharge-information-following-your-coronary-angiogram"
                ),
                HEALTH_SERVICE,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "snake_bite": Guide(
        Category.OTHER,
        "a snake bite",
        (
            "Every snake bite needs checking straight away, even when it looks small: call the "
            "emergency number or go to A&E, keep the bitten part as still as you can, and don't "
            "cut, suck or tie anything round the bite."
        ),
        (
            _page(
                "Snake bites",
                "NHS 111 Wales",
                "https://111.wales.nhs.uk/encyclopaedia/s/article/snakebites",
                HEALTH_SERVICE,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "animal_bite": Guide(
        Category.OTHER,
        "a bite that broke the skin",
        (
            "A bite from an animal or a person that has broken the skin needs checking today, "
            "before any sign of infection: wash it under running water for a few minutes, cover "
            "it, and see a GP, a minor injuries unit or an urgent treatment centre (or call 111). "
            "A bite or scratch abroad, or from a bat, may need rabies treatment, which should "
            "start within a day or two, so get help the same day wherever you are."
        ),
        (
            _page(
                "Animal and human bites",
                "nidirect (Northern Ireland government)",
                "https://www.nidirect.gov.uk/conditions/animal-and-human-bites",
                GOVERNMENT,
            ),
            _page(
                "Animal bites",
                "fitfortravel (NHS National Services Scotland)",
                "https://www.fitfortravel.nhs.uk/advice/general-travel-health-advice/animal-bites.aspx",
                HEALTH_SERVICE,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "icd_shock": Guide(
        Category.OTHER,
        "a shock from your implanted defibrillator (ICD)",
        (
            "One shock from an ICD when you feel well afterwards means your device clinic should "
            "check you today or on the next working day: ring them, and stop training until they "
            "have. Two or more shocks, or one shock and you feel unwell afterwards, needs A&E or "
            "the emergency number now. Sit or lie down and have someone stay with you."
        ),
        (
            _page(
                "Implantable cardioverter defibrillator (ICD): shock plan",
                "Liverpool Heart and Chest Hospital NHS Foundation Trust",
                "https://www.lhch.nhs.uk/implantable-cardioverter-defibrillator-icd---shock-plan",
                HEALTH_SERVICE,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "lung_flare": Guide(
        Category.OTHER,
        "a lung condition flaring up",
        (
            "A fever, or phlegm that has changed colour or grown in amount, in someone with "
            "bronchiectasis, COPD or another long-term lung condition can be a flare-up that needs "
            "treating quickly: follow your self-management plan and speak to your GP, respiratory "
            "team or 111 today. Rest from training until it has settled."
        ),
        (
            _page(
                "Bronchiectasis flare-ups (exacerbations)",
                "Asthma + Lung UK",
                "https://www.asthmaandlung.org.uk/conditions/bronchiectasis/flare-ups",
                CHARITY,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "priapism": Guide(
        Category.OTHER,
        "an erection that won't go down (priapism)",
        (
            "An erection lasting four hours or more, or a painful one that won't go down, needs "
            "treatment in hospital now: the trapped blood can damage the penis for good. It is "
            "nothing to be embarrassed about at A&E."
        ),
        (
            _page(
                "Priapism",
                "West London Haemoglobinopathy Coordinating Centre (NHS)",
                "https://www.westlondonhcc.nhs.uk/patient-hub/patient-resources/priapism",
                HEALTH_SERVICE,
            ),
            _page(
                "Priapism",
                "UCLA Health",
                "https://www.uclahealth.org/medical-services/urology/priapism",
                HEALTH_SERVICE,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "testicle_pain": Guide(
        Category.OTHER,
        "sudden testicle pain (a possible twisted testicle)",
        (
            "Sudden, severe pain in a testicle can mean it has twisted and cut off its own blood "
            "supply; it can only be saved in the first hours, so go to hospital straight away."
        ),
        (
            _page(
                "Torsion",
                "NHS South Yorkshire and Bassetlaw Healthier Together",
                "https://sybhealthiertogether.nhs.uk/professionals/education-and-training/torsion",
                HEALTH_SERVICE,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "allergic_reaction": Guide(
        Category.OTHER,
        "a serious allergic reaction (anaphylaxis)",
        (
            "A swelling mouth, face or throat, a tight throat, wheezing or trouble breathing, or "
            "going faint, dizzy, confused or floppy, after a sting or a food or with hives, can "
            "be anaphylaxis: call the emergency number now and say so, even if it seems to "
            "settle. Use an adrenaline auto-injector straight away if there is one. Lie flat with "
            "the legs raised (sit up only if breathing is hard) and don't stand up. A second "
            "injector can be used after 5 minutes if things are no better."
        ),
        (
            _page(
                "Anaphylaxis", "NHS", "https://www.nhs.uk/conditions/anaphylaxis/", HEALTH_SERVICE
            ),
            _page(
                "What to do in an emergency",
                "Anaphylaxis UK",
                "https://www.anaphylaxis.org.uk/what-to-do-in-an-emergency/",
                CHARITY,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "hives_that_keep_coming_back": Guide(
        Category.OTHER,
        "hives that keep coming back",
        (
            "Hives usually settle by themselves within a few days. See a GP if they keep coming "
            "back, with exercise or anything else, or haven't got better after 2 days: you may "
            "be reacting to something. Call the emergency number now if the throat or chest "
            "feels tight, there's wheezing or trouble breathing or talking, or the mouth, face, "
            "lips or tongue start to swell."
        ),
        (_page("Hives", "NHS", "https://www.nhs.uk/conditions/hives/", HEALTH_SERVICE),),
        _SIGNS_ENTRY,
    ),
    "testicle_lump": Guide(
        Category.OTHER,
        "a lump in a testicle",
        (
            "Most lumps and swellings in the testicles are not serious, but each one should be "
            "checked by a GP; the few that are cancer are treated best early. Sudden, severe pain "
            "there is different: go to hospital straight away."
        ),
        (
            _page(
                "Lumps and swellings in the testicles",
                "NHS",
                "https://www.nhs.uk/conditions/testicle-lumps-and-swellings/",
                HEALTH_SERVICE,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "lump_that_stays": Guide(
        Category.OTHER,
        "a lump that stays or grows",
        (
            "Most lumps are harmless, but one that keeps growing, or a swelling on the side of "
            "the neck, in an armpit or on a breast that hasn't gone down after two weeks, should "
            "be looked at by a GP."
        ),
        (
            _page("Lumps", "NHS", "https://www.nhs.uk/conditions/lumps/", HEALTH_SERVICE),
            _page(
                "Lumps and swellings",
                "NHS 111 Wales",
                "https://111.wales.nhs.uk/encyclopaedia/l/article/lumpsandswelling",
                HEALTH_SERVICE,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "hernia": Guide(
        Category.OTHER,
        "a possible hernia",
        (
            "A lump in the groin or belly button that comes out when you lift, cough or strain "
            "and goes back when you lie down is most likely a hernia: see a GP, and ask them "
            "about heavy lifting. Go to A&E if it turns firm or tender, won't go back in, or "
            "comes with sudden severe pain or being sick: what is trapped may be losing its "
            "blood supply."
        ),
        (
            _page(
                "Inguinal hernia repair",
                "NHS",
                "https://www.nhs.uk/conditions/inguinal-hernia-repair/",
                HEALTH_SERVICE,
            ),
            _page(
                "Hernia: referral guidance",
                "NHS Borders (Right Decisions, NHS Scotland)",
                "https://www.rightdecisions.scot.nhs.uk/borders-ref-help-toolkit/colorectal/hernia",
                HEALTH_SERVICE,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "frostbite": Guide(
        Category.OTHER,
        "possible frostbite",
        (
            "Skin that stays hard and white, grey or blue after the cold, or swells and blisters "
            "once it thaws, can be frostbite, which is treated in hospital. Warm it gently (no "
            "rubbing, no direct heat) and don't let it freeze again."
        ),
        (
            _page(
                "Frostbite",
                "NHS",
                "https://www.nhs.uk/conditions/frostbite/",
                HEALTH_SERVICE,
            ),
        ),
        _SIGNS_ENTRY,
        same_day_contact=(
            "**Stop exercising**, get somewhere warm and go to **A&E** or call NHS 111 in the UK "
            "today; call the emergency number if anyone is shivering hard, confused or drowsy."
        ),
    ),
    "carbon_monoxide": Guide(
        Category.OTHER,
        "possible carbon monoxide poisoning",
        (
            "Headaches, dizziness or feeling sick that come on around a gas heater, boiler, "
            "stove or generator and ease away from it can be carbon monoxide poisoning. Turn the "
            "appliance off if you safely can, open windows and get into fresh air."
        ),
        (
            _page(
                "Carbon monoxide poisoning",
                "NHS",
                "https://www.nhs.uk/conditions/carbon-monoxide-poisoning/",
                HEALTH_SERVICE,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "toxic_shock": Guide(
        Category.OTHER,
        "possible toxic shock syndrome",
        (
            "A high temperature with a sunburn-like rash, being sick, dizziness or fainting while "
            "using a tampon or menstrual cup can be toxic shock syndrome, which gets worse fast. "
            "Take the tampon or cup out if you can and get help now."
        ),
        (
            _page(
                "Toxic shock syndrome",
                "NHS",
                "https://www.nhs.uk/conditions/toxic-shock-syndrome/",
                HEALTH_SERVICE,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "dental_abscess": Guide(
        Category.OTHER,
        "a possible dental abscess",
        (
            "A tooth or gum with the face or jaw swelling and a temperature can be a dental "
            "abscess, which needs treating by a dentist today: an urgent dental appointment, or "
            "111 if you can't get one. If the swelling makes it hard to breathe or swallow, or "
            "reaches the eye, call the emergency number."
        ),
        (
            _page(
                "Dental abscess",
                "NHS",
                "https://www.nhs.uk/conditions/dental-abscess/",
                HEALTH_SERVICE,
            ),
        ),
        _SIGNS_ENTRY,
        same_day_contact=(
            "Ask for an **urgent dental appointment today**; if you can't get one, call NHS 111 "
            "in the UK (a GP surgery can't treat a tooth)."
        ),
        same_day_worse=(
            "**Call {call}** or go to A&E if the swelling makes it hard to breathe or swallow, or "
            "spreads to your eye."
        ),
    ),
    "appendicitis": Guide(
        Category.OTHER,
        "possible appendicitis",
        (
            "Tummy pain that starts around the belly button and moves to the lower right side can "
            "be appendicitis. Don't eat, drink much or take painkillers that could hide it until "
            "someone has checked you; if the pain suddenly gets much worse or spreads across the "
            "tummy, call the emergency number."
        ),
        (
            _page(
                "Appendicitis",
                "NHS",
                "https://www.nhs.uk/conditions/appendicitis/",
                HEALTH_SERVICE,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "dehydrated_baby": Guide(
        Category.OTHER,
        "signs of dehydration in a baby or toddler",
        (
            "A baby or toddler with fewer wet nappies than usual, or a baby whose soft spot on "
            "the head looks sunken, may be dehydrated and needs an urgent GP appointment or 111 "
            "today; a child who is very drowsy or hard to wake needs the emergency number."
        ),
        (
            _page(
                "Dehydration",
                "NHS",
                "https://www.nhs.uk/conditions/dehydration/",
                HEALTH_SERVICE,
            ),
            # Its traffic-light table: passing less urine is an amber sign, seen the same day.
            _page(
                "Fever in under 5s: assessment and initial management (NG143)",
                "NICE",
                "https://www.nice.org.uk/guidance/ng143",
                FOR_CLINICIANS,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "ectopic_pregnancy": Guide(
        Category.OTHER,
        "possible signs of an ectopic pregnancy",
        (
            "Tummy pain low down on one side in the first weeks of a pregnancy can be an ectopic "
            "pregnancy and needs a GP, the early pregnancy unit or 111 straight away. With pain in "
            "the tip of a shoulder, feeling very dizzy or fainting, call the emergency number."
        ),
        (
            _page(
                "Ectopic pregnancy",
                "NHS",
                "https://www.nhs.uk/conditions/ectopic-pregnancy/",
                HEALTH_SERVICE,
            ),
        ),
        _SIGNS_ENTRY,
        same_day_contact=(
            "**Stop exercising** and call your **GP or early pregnancy unit now**, not later "
            "today; if you can't reach them, NHS 111 in the UK."
        ),
    ),
    "head_injury": Guide(
        Category.OTHER,
        "warning signs after a head injury",
        (
            "After a knock to the head, a headache that won't go, being sick, drowsiness, "
            "confusion, dizziness or trouble remembering need checking at A&E. Knocked out and "
            "not waking, a fit or clear fluid from the nose or ears: call the emergency number."
        ),
        (
            _page(
                "Head injury and concussion",
                "NHS",
                "https://www.nhs.uk/conditions/head-injury-and-concussion/",
                HEALTH_SERVICE,
            ),
        ),
        _SIGNS_ENTRY,
        # The NHS page sends these signs after a head injury to A&E, not to a GP.
        same_day_contact=(
            "**Stop playing or training** and go to **A&E** now, with someone else driving; out of "
            "the UK, your local emergency department."
        ),
    ),
    "floaters_or_flashes": Guide(
        Category.OTHER,
        "new floaters or flashes in the eye",
        (
            "Floaters or flashes of light that appear suddenly, or a sudden rush of new ones, can "
            "mean the retina at the back of the eye is tearing away, which can harm sight for good "
            "if it is not treated quickly."
        ),
        (
            _page(
                "Floaters and flashes in the eyes",
                "NHS",
                "https://www.nhs.uk/conditions/floaters-and-flashes-in-the-eyes/",
                HEALTH_SERVICE,
            ),
            _page(
                "I've had a sudden change in my eyesight, what should I do?",
                "Sight Advice FAQ",
                "https://www.sightadvicefaq.org.uk/your-eyes/looking-after-eyes/vision-change",
                CHARITY,
            ),
        ),
        _SIGNS_ENTRY,
        # The NHS page sends sudden floaters or flashes to an optician first, the same day.
        same_day_contact=(
            "**Stop exercising** and get an **urgent optician appointment today**; if you can't "
            "get one, go to A&E or call NHS 111 in the UK. Don't drive yourself if your sight is "
            "affected."
        ),
    ),
    "unexplained_bleeding": Guide(
        Category.OTHER,
        "bruising or bleeding with no clear cause",
        (
            "Bruises that appear without a knock, with tiny red spots or bleeding gums or nose, "
            "can sometimes mean a problem with the blood; contact your GP promptly so a blood test "
            "can be arranged."
        ),
        (
            _page(
                "Symptoms of acute lymphoblastic leukaemia",
                "NHS Choices",
                "http://www.nhs.uk/Conditions/Leukaemia-acute-lymphoblastic/Pages/Symptoms.aspx",
                HEALTH_SERVICE,
            ),
            _page(
                (
                    "Unexplained bleeding, bruising or petichiae (in adults) - NICE urgent cancer "
                    "referral guidance"
                ),
                "GPnotebook",
                (
                    "https://gpnotebook.com/en-GB/pages/dermatology/unexplained-bleeding-bruising-or-petichiae-in-adults-nice-urgent-cancer-referral-guidance"
                ),
                CLINICAL_SUMMARY,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "cauda_equina": Guide(
        Category.OTHER,
        "possible cauda equina syndrome",
        (
            "Numbness around the bottom or genitals with bladder or bowel changes, often with back "
            "pain, can mean the nerves at the base of the spine are squashed; go to A&E straight "
            "away."
        ),
        (
            _page(
                "Cauda equina syndrome",
                "Royal Free London NHS Foundation Trust",
                (
                    "https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/cauda-equina-syndrome"
                ),
                HEALTH_SERVICE,
            ),
            _page(
                "Cauda Equina",
                "Chesterfield Royal Hospital NHS Foundation Trust",
                (
                    "https://chesterfieldroyal.nhs.uk/all-services-and-wards/physiotherapy-services/musculoskeletal-and-rheumatology-services/cauda-equina"
                ),
                HEALTH_SERVICE,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "tendon_or_knee_injury": Guide(
        Category.OTHER,
        "a possible torn Achilles or serious knee injury",
        (
            "A pop or a feeling of being kicked in the calf with no push-off, or a knee that "
            "swells up fast and won't straighten, needs assessing today at A&E or an urgent care "
            "centre."
        ),
        (
            _page(
                "Achilles tendon rupture",
                "Cambridge University Hospitals NHS Foundation Trust",
                "https://www.cuh.nhs.uk/patient-information/achilles-tendon-rupture/",
                HEALTH_SERVICE,
            ),
            _page(
                "Achilles tendon pain",
                "Lincolnshire Community Health Services NHS Trust (physiotherapy)",
                "https://www.lincsphysio.nhs.uk/self-care/specific-conditions/achilles-tendon-pain",
                HEALTH_SERVICE,
            ),
            _KNEE_INJURY,
        ),
        _SIGNS_ENTRY,
    ),
    "on_methotrexate": Guide(
        Category.OTHER,
        "warning signs while taking methotrexate",
        (
            "On methotrexate, a sore throat, mouth ulcers, or bruising or bleeding you can't "
            "explain can mean it is affecting your blood; tell your doctor or specialist nurse "
            "straight away."
        ),
        (
            _page(
                "What are the possible risks and side-effects of methotrexate?",
                "Arthritis Research UK (now Versus Arthritis)",
                (
                    "http://www.arthritisresearchuk.org/arthritis-information/drugs/methotrexate/possible-side-effects.aspx"
                ),
                CHARITY,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "on_clozapine": Guide(
        Category.OTHER,
        "warning signs while taking clozapine",
        (
            "On clozapine, a sore throat, a cold, a fever, flu-like aches or any other sign of "
            "infection needs your clozapine clinic or community nurse straight away, for an extra "
            "blood test: it can lower the white cells that fight infection. So does being badly "
            "constipated for a few days, as it slows the gut."
        ),
        (
            _page(
                "Clozapine monitoring",
                "Lincolnshire Partnership NHS Foundation Trust",
                "https://www.lpft.nhs.uk/our-services/adults/clozapine-clinics/clozapine-monitoring",
                HEALTH_SERVICE,
            ),
            _page(
                "Clozapine: warnings and side effects",
                "HeadMeds (YoungMinds)",
                "https://www.headmeds.org.uk/medications/52-clozapine/warning_and_side_effects",
                CHARITY,
            ),
        ),
        _SIGNS_ENTRY,
        # The clinic's leaflet: contact the clozapine clinic or the community nurse at once.
        same_day_contact=(
            "**Stop exercising** and contact your **clozapine clinic or community mental health "
            "nurse now** for a blood test; out of hours, NHS 111 in the UK. Say you take clozapine."
        ),
    ),
    "on_lithium": Guide(
        Category.OTHER,
        "possible signs of too much lithium",
        (
            "On lithium, a coarse or worse tremor, twitching, being sick or diarrhoea, weakness, "
            "an unsteady walk, blurred sight or drowsiness can mean the level in the blood is too "
            "high: contact your prescriber or a doctor today, and call 999 for confusion, slurred "
            "speech or a fit."
        ),
        (
            _page(
                "Early identification and management of lithium toxicity",
                "NHS Greater Glasgow and Clyde (Right Decisions)",
                (
                    "https://uat.rightdecisions.scot.nhs.uk/mypsych-app/working-in-greater-glasgow-clyde/medicines-companion/antidepressants-mood-stabilisers/early-identification-and-management-of-lithium-toxicity"
                ),
                FOR_CLINICIANS,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "thoughts_of_suicide": Guide(
        Category.OTHER,
        "thoughts of suicide or of harming yourself",
        (
            "Thoughts like these can feel overwhelming, and help is there for them as for any "
            "other health problem: someone trained will listen, and you don't need to be sure it "
            "is a crisis to call. If you have already hurt yourself or taken something, that "
            "needs 999 or A&E now."
        ),
        (
            _page(
                "Emergency mental health support",
                "Lincolnshire Partnership NHS Foundation Trust",
                "https://www.lpft.nhs.uk/contact-us/need-help-now",
                HEALTH_SERVICE,
            ),
            _page(
                "Mental health emergency - if you're in crisis or despair",
                "nidirect (Northern Ireland government)",
                "https://nidirect.gov.uk/node/2219",
                GOVERNMENT,
            ),
            _page(
                "Don't struggle alone - change the narrative on suicide",
                "Hertfordshire Partnership University NHS Foundation Trust",
                "https://www.hpft.nhs.uk/news/don-t-struggle-alone-change-the-narrative-on-suicide/",
                HEALTH_SERVICE,
            ),
        ),
        # No entry of ours is about this; the reply is the help itself.
        "",
        same_day_contact=(
            "**You don't have to face this alone.** In the UK, call **NHS 111 and choose the "
            "mental health option**, or the **Samaritans free on 116 123**, any time of day or "
            "night, or ask your GP for an urgent appointment. If this is about someone else, "
            "stay with them while they call."
        ),
        same_day_title="Please talk to someone now",
        same_day_worse=(
            "**Call {call}** or go to A&E now if you feel you might act on these thoughts, or "
            "have hurt yourself."
        ),
        help_even_when_asked=True,
    ),
    "lump_behind_the_knee": Guide(
        Category.OTHER,
        "a lump behind the knee",
        (
            "A soft lump at the back of the knee is often a Baker's cyst, a pocket of joint fluid "
            "that may ache or feel tight when the knee bends, but any lump you don't know the "
            "cause of should be checked by a GP. If the calf below it suddenly swells, hurts, "
            "goes red or feels warm, get an urgent appointment or call 111 today, as a burst cyst "
            "and a clot look alike; with breathlessness or chest pain, call 999."
        ),
        (
            _page(
                "Baker's cyst",
                "NHS 111 Wales",
                "https://111.wales.nhs.uk/Encyclopaedia/b/article/bakerscyst",
                HEALTH_SERVICE,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "leg_ulcer": Guide(
        Category.BLEEDING_VEIN,
        "a possible venous leg ulcer",
        (
            "An open sore on the lower leg that takes more than two weeks to heal, often over "
            "varicose veins near the ankle, can be a venous leg ulcer and needs a GP; one with an "
            "unpleasant smell, a green discharge, worsening pain or a fever needs the GP or "
            "leg-ulcer nurse as soon as possible."
        ),
        (
            _page(
                "Venous leg ulcer: symptoms",
                "NHS",
                "https://www.nhs.uk/conditions/leg-ulcer/symptoms/",
                HEALTH_SERVICE,
            ),
        ),
        "varicose-veins-when-to-get-help",
    ),
    "poor_circulation_signs": Guide(
        Category.CLAUDICATION,
        "signs of poor blood flow to a foot",
        (
            "A foot that stays colder or paler than the other, or a pulse in the foot that is "
            "hard to find, can come from narrowed leg arteries (peripheral arterial disease); a "
            "GP can check the pulses and the blood flow. If the foot suddenly turns cold, pale or "
            "blue, or hurts even at rest, see a doctor urgently."
        ),
        (
            NHS_PAD,
            _page(
                "What are the signs of peripheral arterial disease (PAD)?",
                "NHS England, diabetic foot training (Diabetes FRAME)",
                (
                    "https://www.diabetesframe.org/nhs-england/"
                    "02-overview-of-diabetic-foot-problems-nhs-england-2/"
                    "what-are-the-signs-of-peripheral-arterial-disease-pad/"
                ),
                FOR_CLINICIANS,
            ),
        ),
        "peripheral-artery-disease",
    ),
    "heat_on_a_medicine": Guide(
        Category.HEAT,
        "heat coped with worse on a medicine",
        (
            "Some common medicines (beta blockers, water tablets, some antidepressants and "
            "antipsychotics among them) change how the body sweats or holds water, which raises "
            "the risk of becoming ill in the heat."
        ),
        (
            _page(
                "Medicines can increase your risk of becoming unwell during hot weather",
                "West Yorkshire Health and Care Partnership (NHS)",
                (
                    "https://www.wypartnership.co.uk/our-priorities/medicines-and-prescribing/"
                    "medicines-safety/medicines-can-increase-your-risk-becoming-unwell-during-"
                    "hot-weather"
                ),
                HEALTH_SERVICE,
            ),
            # Its signs of heatstroke, named in the advice.
            NHS_HEAT,
        ),
        "heat-illness-signs",
        see_gp_advice=(
            "**Ask your pharmacist or GP for a medicines review**, and don't stop or change a "
            "medicine yourself. Call {call} if someone in the heat becomes confused, stops "
            "sweating with hot skin, or collapses."
        ),
    ),
    "ankles_swelling_in_pregnancy": Guide(
        Category.PREECLAMPSIA,
        "ankles swelling by evening in pregnancy",
        (
            "Ankles and feet that swell through the day and go down overnight are common in "
            "pregnancy. Swelling that comes on suddenly, or comes with a bad headache, problems "
            "with vision or pain below the ribs, can be pre-eclampsia."
        ),
        (
            _page(
                "Swollen ankles, feet and fingers in pregnancy",
                "NHS",
                "https://www.nhs.uk/pregnancy/related-conditions/common-symptoms/swollen-ankles-feet-and-fingers/",
                HEALTH_SERVICE,
            ),
            NHS_PREECLAMPSIA,
        ),
        "pre-eclampsia-signs",
        see_gp_advice=(
            "**Mention it to your midwife at your next check**; gentle exercise, and resting with "
            "your feet up, often help. **Call your midwife or maternity unit now** if the "
            "swelling comes on suddenly, or with a bad headache, changes in your sight or pain "
            "below the ribs."
        ),
    ),
    "headaches_in_pregnancy": Guide(
        Category.PREECLAMPSIA,
        "mild headaches that keep coming back in pregnancy",
        (
            "Mild headaches that come and go are common in pregnancy, and rest, water and "
            "paracetamol usually ease them. A bad headache that won't go, or one with changes in "
            "your sight or pain below the ribs, can be pre-eclampsia."
        ),
        (
            _page(
                "Headaches under 20 weeks",
                "NHS Healthier Together",
                "https://www.what0-18.nhs.uk/pregnant-women/concerns-during-pregnancy/under-20-weeks/headaches-under-20-w",
                HEALTH_SERVICE,
            ),
            _page(
                "Headaches in pregnancy 20 weeks and over",
                "NHS Healthier Together",
                "https://www.what0-18.nhs.uk/pregnant-women/concerns-during-pregnancy/over-20-weeks/headaches-over-20-weeks",
                HEALTH_SERVICE,
            ),
            NHS_PREECLAMPSIA,
        ),
        "pre-eclampsia-signs",
        see_gp_advice=(
            "**Tell your midwife about them at your next check**, or call your GP surgery if "
            "you are worried. **Call your midwife or maternity unit now** if a headache is bad "
            "or won't go with paracetamol, or comes with changes in your sight, pain below the "
            "ribs or sudden swelling."
        ),
    ),
    "low_mood_for_weeks": Guide(
        Category.OTHER,
        "low mood that has lasted two weeks or more",
        (
            "Feeling low, flat or unable to enjoy things on most days for more than two weeks is "
            "worth talking through with a GP: it can be depression, which is a health problem "
            "like any other, and the sooner help starts, the sooner it can work."
        ),
        (
            _page(
                "Diagnosis - Clinical depression",
                "HSE (Health Service Executive, Ireland)",
                (
                    "https://www2.hse.ie/conditions/mental-health/clinical-depression/"
                    "clinical-depression-diagnosis.html"
                ),
                HEALTH_SERVICE,
            ),
        ),
        # No entry of ours is about mood; the reply is the advice itself.
        "",
        see_gp_advice=(
            "**Book an appointment with your GP** to talk about how you've been feeling; you "
            "don't need to be sure it's depression to go. If thoughts of harming yourself come, "
            "call **NHS 111 and choose the mental health option** or the **Samaritans free on "
            "116 123** now, or {call} if you are in danger."
        ),
    ),
    "diabetes_signs": Guide(
        Category.OTHER,
        "blood sugar or ketones out of range, or signs of diabetes",
        (
            "With diabetes, a hypo that doesn't lift after sugar, or comes with drowsiness or "
            "confusion, needs help now. High ketones, or being sick with deep or fast breathing "
            "and breath that smells of pear drops, can be diabetic ketoacidosis (DKA), which is "
            "treated in hospital; readings running high are for the diabetes team today. Great "
            "thirst and peeing a lot, with weight falling off, can be type 1 diabetes starting."
        ),
        (
            _page(
                "Diabetic ketoacidosis",
                "NHS",
                "https://www.nhs.uk/conditions/diabetic-ketoacidosis/",
                HEALTH_SERVICE,
            ),
            _page(
                "Low blood sugar (hypoglycaemia)",
                "NHS",
                "https://www.nhs.uk/conditions/low-blood-sugar-hypoglycaemia/",
                HEALTH_SERVICE,
            ),
            _page(
                "Type 1 diabetes",
                "NHS",
                "https://www.nhs.uk/conditions/type-1-diabetes/",
                HEALTH_SERVICE,
            ),
        ),
        _SIGNS_ENTRY,
        same_day_contact=(
            "**Stop exercising**, follow your sick-day rules if you have them and **contact your "
            "diabetes team today** (a GP or NHS 111 in the UK if you have no team or it's closed); "
            "call the emergency number if ketones go over 3 mmol/L, the vomiting won't stop, the "
            "breathing gets deep or fast, or anyone is drowsy or confused."
        ),
    ),
    "young_baby_fever": Guide(
        Category.OTHER,
        "a temperature in a baby under three months",
        (
            "A temperature of 38C or more in a baby under three months is much more likely to "
            "come from a serious infection than in an older child, so the baby needs to be seen "
            "now, even if they seem well: A&E, or 999 if they are floppy, hard to wake or have "
            "a fit. The exception is a fever within two days of their vaccinations, with no "
            "other worrying sign."
        ),
        (
            _page(
                "Fever / High Temperature (Babies aged under 3 months)",
                "NHS Greater Glasgow and Clyde, Royal Hospital for Children (Right Decisions)",
                (
                    "https://rightdecisions.scot.nhs.uk/rhcg/royal-hospital-for-children-for-patients-carers-visitors/about-your-childs-health-information-resources/newborns-and-infants/concerned-your-baby-is-unwell-newborns-and-babies-less-than-3-months/fever-high-temperature-babies-aged-under-3-months"
                ),
                HEALTH_SERVICE,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "losing_salts": Guide(
        Category.OTHER,
        "possible low potassium or salts from purging or starving",
        (
            "Vomiting, laxatives, water pills or eating very little can drain the body's salts; "
            "weakness, cramps, a skipping heart or faintness need prompt medical checks, including "
            "a blood test."
        ),
        (
            _page(
                "Health Consequences",
                "Bodywhys (the Eating Disorders Association of Ireland)",
                (
                    "https://www.bodywhys.ie/understanding-eating-disorders/bulimia/health-consequences/"
                ),
                CHARITY,
            ),
            _page(
                "Low potassium (hypokalaemia)",
                "Boots WebMD",
                "http://www.webmd.boots.com/a-to-z-guides/low-potassium-hypokalaemia",
                CONSUMER,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "shingles": Guide(
        Category.OTHER,
        "possible shingles",
        (
            "A painful, blistering rash on one side of the body can be shingles: ask for an "
            "urgent GP appointment, a pharmacist or 111, as its medicine works best started "
            "within 3 days of the rash; near an eye it can affect the sight."
        ),
        (
            _page(
                "Shingles",
                "NHS",
                "https://www.nhs.uk/conditions/shingles/",
                HEALTH_SERVICE,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "hot_swollen_joint": Guide(
        Category.OTHER,
        "a joint suddenly hot, red and swollen",
        (
            "Sudden severe pain in a joint with hot, red, swollen skin over it can be gout: see "
            "a GP. If the pain is getting worse, or you feel hot and shivery, sick or cannot eat, "
            "ask for an urgent GP appointment or call 111, as the joint may be infected."
        ),
        (
            _page(
                "Gout",
                "NHS",
                "https://www.nhs.uk/conditions/gout/",
                HEALTH_SERVICE,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "fever_after_travel": Guide(
        Category.OTHER,
        "possible malaria after travel",
        (
            "A fever, sweats or chills up to a year after visiting a malaria area can be malaria, "
            "which can get worse very quickly; ask for an urgent GP appointment and say where you "
            "travelled."
        ),
        (
            _page(
                "Malaria: symptoms",
                "HSE (Ireland), content supplied by the NHS",
                "https://www2.hse.ie/conditions/malaria/symptoms",
                HEALTH_SERVICE,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "baby_moving_less": Guide(
        Category.OTHER,
        "a baby moving less than usual",
        (
            "In pregnancy, a baby moving less, or a change in its usual pattern, can be a sign it "
            "is unwell; call the maternity unit or midwife straight away rather than waiting."
        ),
        (
            _page(
                "Reduced baby movements after the 24th week of pregnancy",
                "Healthier Together (NHS Shropshire, Telford and Wrekin)",
                (
                    "https://stw-healthiertogether.nhs.uk/pregnant-women/worried-you-are-unwell-during-pregnancy/reduced-baby-movements-after-24th-week-pregnancy"
                ),
                HEALTH_SERVICE,
            ),
            _page(
                "Movements matter (reduced movement)",
                "North Tees and Hartlepool NHS Foundation Trust",
                "https://www.nth.nhs.uk/services/maternity/your-pregnancy/reduced-movement/",
                HEALTH_SERVICE,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "bleeding_in_pregnancy": Guide(
        Category.OTHER,
        "bleeding in pregnancy",
        (
            "Bleeding from the vagina in pregnancy needs checking by the maternity unit straight "
            "away. Losing a lot of blood (a steady flow or clots) with severe or constant tummy "
            "pain, or feeling faint, is an emergency."
        ),
        (
            _page(
                "Bleeding in pregnancy",
                "Healthier Together (NHS Shropshire, Telford and Wrekin)",
                (
                    "https://www.stw-healthiertogether.nhs.uk/pregnant-women/worried-you-are-unwell-during-pregnancy/bleeding-pregnancy"
                ),
                HEALTH_SERVICE,
            ),
        ),
        _SIGNS_ENTRY,
        same_day_contact=(
            "**Stop exercising** and call your **maternity unit or midwife now**, not later today; "
            "if you can't reach them, NHS 111 in the UK."
        ),
    ),
    "headache_after_a_spinal_needle": Guide(
        Category.OTHER,
        "a headache after an epidural or spinal",
        (
            "After an epidural, spinal or lumbar puncture, a headache that is worse sitting or "
            "standing and better lying flat can be a fluid leak; tell your midwife or hospital "
            "team today."
        ),
        (
            _page(
                "Post Dural Puncture Headache",
                "University Hospitals Plymouth NHS Trust",
                (
                    "https://www.plymouthhospitals.nhs.uk/display-pil/pil-post-dural-puncture-headache-4181"
                ),
                HEALTH_SERVICE,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "heavy_bleeding": Guide(
        Category.OTHER,
        "heavy bleeding that is not stopping",
        (
            "Bleeding that keeps coming through firm pressure, or blood that spurts or pumps out, "
            "can lose a dangerous amount of blood quickly. Keep pressing hard on the wound with "
            "a clean pad, add more on top rather than lifting it to look, raise the part if you "
            "can, and keep the person lying down and warm."
        ),
        (
            _page(
                "Bleeding and wounds",
                "Health and Care Portsmouth (NHS and Portsmouth City Council)",
                "https://healthandcare.portsmouth.gov.uk/bleeding-and-wounds/",
                HEALTH_SERVICE,
            ),
            _page(
                "Bleeding",
                "St John New Zealand",
                "https://www.stjohn.org.nz/First-Aid/First-Aid-Library/Bleeding",
                FIRST_AID,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "nosebleed": Guide(
        Category.OTHER,
        "a nosebleed that won't stop",
        (
            "A nosebleed that won't stop with pressure, makes you weak or dizzy, or has you "
            "swallowing a lot of blood needs A&E; nosebleeds that keep coming back should be "
            "checked by a GP."
        ),
        (
            _page(
                "Minor injuries: nosebleed",
                "North Cumbria Integrated Care NHS Foundation Trust",
                (
                    "https://www.ncic.nhs.uk/patients-visitors/patient-information-leaflets/minor-injuries-nosebleed"
                ),
                HEALTH_SERVICE,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "dialysis_access_bleeding": Guide(
        Category.OTHER,
        "bleeding from a dialysis fistula or graft",
        (
            "Bleeding from a dialysis fistula or graft can become life-threatening very quickly; "
            "press firmly on the spot and get emergency help if pressure doesn't stop it."
        ),
        (
            _page(
                "Controlling bleeds from a fistula or graft",
                "Kidney Care UK",
                (
                    "https://kidneycareuk.org/kidney-disease-information/treatments/vascular-access-for-dialysis/controlling-bleeds-from-a-fistula-or-graft/"
                ),
                CHARITY,
            ),
            _page(
                "Management of life threatening bleeds from arteriovenous fistulae and grafts",
                "NHS Improvement (MHRA Central Alerting System)",
                "https://www.cas.mhra.gov.uk/ViewandAcknowledgment/ViewAlert.aspx?AlertID=102806",
                HEALTH_SERVICE,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "alcohol_withdrawal": Guide(
        Category.OTHER,
        "signs of alcohol withdrawal",
        (
            "Shaking, sweating, sickness or a racing heart after suddenly stopping heavy drinking "
            "can be withdrawal and needs medical help; seeing things, confusion or a fit is an "
            "emergency."
        ),
        (
            _page(
                "Alcohol withdrawal symptoms",
                "Drinkaware",
                (
                    "https://drinkaware.co.uk/alcohol-facts/health-effects-of-alcohol/mental-health/alcohol-withdrawal-symptoms/"
                ),
                CHARITY,
            ),
            _page(
                "Annex 3: alcohol withdrawal symptoms",
                "GOV.UK (Clinical guidelines for alcohol treatment)",
                (
                    "https://www.gov.uk/guidance/clinical-guidelines-for-alcohol-treatment/annex-3-alcohol-withdrawal-symptoms"
                ),
                GOVERNMENT,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "jaundice": Guide(
        Category.OTHER,
        "possible jaundice",
        (
            "Yellowing of the skin or the whites of the eyes is a warning sign that needs "
            "investigating; speak to a GP as soon as possible, or straight away if you feel unwell."
        ),
        (
            _page(
                "Jaundice",
                "nidirect (Northern Ireland government)",
                "https://nidirect.gov.uk/conditions/jaundice",
                HEALTH_SERVICE,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "swelling_after_an_operation": Guide(
        Category.OTHER,
        "fast swelling after an operation",
        (
            "Swelling that builds quickly around an operation site, turning tight, hard or "
            "bruised, can be blood collecting under the wound; let the surgical team or your "
            "doctor know today."
        ),
        (_AFTER_SURGERY,),
        _SIGNS_ENTRY,
    ),
    "poisoned_by_a_fat_burner": Guide(
        Category.OTHER,
        "possible DNP (fat burner) poisoning",
        (
            "DNP is a toxic chemical sold as a fat burner; overheating, heavy sweating or a racing "
            "heart after taking it can be poisoning, which can kill even with treatment, so get "
            "emergency help now."
        ),
        (
            _page(
                "2,4-dinitrophenol (DNP)",
                "Food Standards Agency",
                "https://www.food.gov.uk/safety-hygiene/24-dinitrophenol-dnp",
                GOVERNMENT,
            ),
            _page(
                "2,4-dinitrophenol",
                "National Poisons Information Service",
                "http://npis.org/dinitrophenol.html",
                POISONS,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "paracetamol_twice_over": Guide(
        Category.OTHER,
        "possibly too much paracetamol, from two medicines that both contain it",
        (
            "Many cold and flu remedies already contain paracetamol, and so does co-codamol. "
            "Taken beside each other they can add up to more than the safe amount for a day, "
            "which can harm the liver. Take no more of either, and keep the packets to show "
            "what was taken."
        ),
        (
            _page(
                "Paracetamol for adults",
                "NHS",
                "https://www.nhs.uk/medicines/paracetamol-for-adults/",
                HEALTH_SERVICE,
            ),
        ),
        _SIGNS_ENTRY,
        same_day_contact=(
            "**Call NHS 111 today** and tell them which medicines were taken, how much and "
            "when: they will say whether a hospital check is needed."
        ),
        same_day_title="Get advice today",
        same_day_worse=(
            "**Go to A&E now, or call {call},** if more than the day's dose may have been "
            "taken between them, or if the person feels unwell."
        ),
    ),
    "too_much_stimulant": Guide(
        Category.OTHER,
        "possible stimulant or caffeine overdose",
        (
            "Much more pre-workout, caffeine or fat burner than one dose can overdose the heart "
            "and nerves: a racing or irregular heart, shaking, agitation, overheating, vomiting, "
            "confusion or a fit. Take no more, stop training and get medical help."
        ),
        (
            _page(
                "Caffeine overdose",
                "MedlinePlus (US National Library of Medicine)",
                "https://medlineplus.gov/ency/article/002579.htm",
                GOVERNMENT,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "cannot_bear_weight": Guide(
        Category.OTHER,
        "an injury you can't put weight on",
        (
            "After an injury, not being able to put any weight on your leg or foot can mean a "
            "break and needs checking at A&E today."
        ),
        (
            _page(
                "Ankle Fracture (Broken Ankle)",
                "Norfolk Community Health and Care NHS Trust",
                (
                    "https://www.norfolkandwaveneycommunityhealth.nhs.uk/msk/self-help/foot-and-ankle/ankle-fracture-broken-ankle/"
                ),
                HEALTH_SERVICE,
            ),
            _KNEE_INJURY,
        ),
        _SIGNS_ENTRY,
    ),
    "limb_cold_after_a_catheter": Guide(
        Category.LIMB_ISCHAEMIA,
        "a limb gone cold after a catheter test",
        (
            "In the days after an angiogram or a stent put in through the groin or wrist, that "
            "leg or arm turning cold, blue or numb can mean the artery used is blocked: call an "
            "ambulance."
        ),
        (
            _page(
                "Cardiology discharge information following your coronary angiogram",
                "Northern Care Alliance NHS Foundation Trust",
                (
                    "https://northerncarealliance.nhs.uk/patient-information/patient-leaflets/"
                    "cardiology-discharge-information-following-your-coronary-angiogram"
                ),
                HEALTH_SERVICE,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "hip_broken_in_a_fall": Guide(
        Category.OTHER,
        "a hip that may be broken",
        (
            "After a fall, a leg that turns outwards or looks shorter, or a hip that can't take "
            "any weight, can be a broken hip: call for an ambulance, and keep the person still "
            "and warm while you wait."
        ),
        (
            _page(
                "Hip fractures",
                "Hertfordshire Community NHS Trust",
                "https://www.hct.nhs.uk/your-healthmanaging-conditions/hip-fractures-1065/",
                HEALTH_SERVICE,
            ),
        ),
        _SIGNS_ENTRY,
    ),
    "out_of_shape_after_injury": Guide(
        Category.OTHER,
        "a limb that may be broken",
        (
            "A limb that looks an odd shape after a fall or a knock should be treated as broken "
            "until checked at A&E; bone showing through the skin needs a 999 call."
        ),
        (
            _page(
                "Broken arm or wrist",
                "NHS 111 Wales",
                "https://111.wales.nhs.uk/Encyclopaedia/b/article/brokenarmorwrist/",
                HEALTH_SERVICE,
            ),
            _page(
                "Broken bones and fractures",
                "St John Ambulance",
                (
                    "https://www.sja.org.uk/get-advice/first-aid-advice/bones-and-muscle-injuries/broken-bones-and-fractures/"
                ),
                FIRST_AID,
            ),
        ),
        _SIGNS_ENTRY,
    ),
}
