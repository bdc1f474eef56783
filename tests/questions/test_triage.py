"""Warning signs are caught in members' own words, typos included; look-alikes are not.

Every phrasing here was written for these tests. None comes from the outside sets that measure
triage (../shared/datasets/triage-dev/): copied, they would measure nothing.
"""

from __future__ import annotations

import subprocess
import sys
from urllib.parse import urlsplit

import pytest

from bot.questions import triage
from bot.questions.triage import Category, Level
from bot.questions.triage.rules import RULES
from bot.questions.triage.rules.general import (
    arms_spent_on_training,
    early_pregnancy_sickness,
    greyed_out_on_standing,
    jab_reaction_easing,
)
from bot.questions.triage.rules.heart import chest_wall_told, puffed_as_always
from bot.questions.triage.rules.situations import cooled_and_well, knock_told_harmless
from bot.questions.triage.signs import GUIDES
from bot.questions.triage.situation_guides import SITUATION_GUIDES
from bot.questions.triage.spelling import correct, english_words
from bot.questions.triage.text import Message
from bot.questions.triage.vocabulary.dictation import dictated_punctuation
from bot.questions.triage.vocabulary.other_languages import GLOSSARY
from tests.helpers import REPO

EMERGENCY = Level.EMERGENCY
SAME_DAY = Level.SAME_DAY
SEE_GP = Level.SEE_GP
CHEST = Category.CHEST_PAIN
SYNCOPE = Category.SYNCOPE
BREATHLESS = Category.BREATHLESS
DVT = Category.DVT
PE = Category.PE
RHYTHM = Category.ARRHYTHMIA
STROKE = Category.STROKE
OTHER = Category.OTHER

# (message, the sign it must raise, the level of the reply): the original 51.
WARNING_SIGNS: list[tuple[str, Category, Level]] = [
    # Chest pain, pressure, tightness, or pain spreading.
    ("I have chest pain", CHEST, EMERGENCY),
    ("chest pain when i do calf raises", CHEST, EMERGENCY),
    ("my chest feels tight during leg day", CHEST, EMERGENCY),
    ("theres a crushing pressure in my chest", CHEST, EMERGENCY),
    ("Tightness in chest after running, is that ok?", CHEST, EMERGENCY),
    ("chest pian while squatting", CHEST, EMERGENCY),
    ("my heart hurts when i lift", CHEST, EMERGENCY),
    ("heavy feeling in my chest and my left arm aches", CHEST, EMERGENCY),
    ("pain going into my jaw when I walk uphill", CHEST, EMERGENCY),
    ("I think I'm having a heart attack", CHEST, EMERGENCY),
    ("my dad says his chest is burning after the stairs", CHEST, EMERGENCY),
    ("chset pain and sweating", CHEST, EMERGENCY),
    # A "prevent" elsewhere in the message does not excuse a symptom described now.
    ("chest pain during workouts, how to prevent it", CHEST, EMERGENCY),
    # Fainting or near-fainting with exercise.
    ("I fainted during my workout", SYNCOPE, EMERGENCY),
    ("passed out after doing squats", SYNCOPE, EMERGENCY),
    ("i almost fainted while running", SYNCOPE, EMERGENCY),
    ("felt dizzy and nearly blacked out mid set", SYNCOPE, EMERGENCY),
    ("I feinted at the gym today", SYNCOPE, EMERGENCY),
    ("got really lightheaded during calf raises and had to sit", SYNCOPE, EMERGENCY),
    ("my friend collapsed while jogging", SYNCOPE, EMERGENCY),
    # Fainting at other times.
    ("I keep fainting", SYNCOPE, SAME_DAY),
    ("I passed out this morning for no reason", SYNCOPE, SAME_DAY),
    # Sudden shortness of breath.
    ("I suddenly can't breathe properly", BREATHLESS, EMERGENCY),
    ("i cant catch my breath even sitting down", BREATHLESS, EMERGENCY),
    ("struggling to breathe after leg day", BREATHLESS, EMERGENCY),
    ("sudden shortness of breath", BREATHLESS, EMERGENCY),
    ("really short of breath at rest", BREATHLESS, EMERGENCY),
    ("difficulty breathing out of nowhere", BREATHLESS, EMERGENCY),
    # One swollen, red, warm or painful calf.
    ("my left calf is swollen and red", DVT, SAME_DAY),
    ("one calf is bigger than the other and it hurts", DVT, SAME_DAY),
    ("calf pain after a long flight", DVT, SAME_DAY),
    ("my calf is hot and tender since my knee surgery", DVT, SAME_DAY),
    ("swolen calf after flying home, only one leg", DVT, SAME_DAY),
    ("right leg swelling and throbbing", DVT, SAME_DAY),
    ("I think I have a blood clot in my leg", DVT, SAME_DAY),
    ("my calf is red, warm and sore", DVT, SAME_DAY),
    # ... with breathlessness: a clot may have reached the lungs.
    ("my calf is swollen and now I'm short of breath", PE, EMERGENCY),
    # Coughing blood.
    ("I'm coughing up blood", PE, EMERGENCY),
    ("coughed blood after my run", PE, EMERGENCY),
    ("spitting blood when I cough", PE, EMERGENCY),
    # A racing or irregular heartbeat with dizziness.
    ("my heart is racing and i feel dizzy", RHYTHM, EMERGENCY),
    ("heart racing and dizzy after calf raises", RHYTHM, EMERGENCY),
    ("palpitations and lightheaded", RHYTHM, EMERGENCY),
    ("irregular heartbeat and I feel faint", RHYTHM, EMERGENCY),
    # NHS: palpitations that keep coming back, with no other sign, need a GP appointment.
    ("my heart keeps skipping beats", RHYTHM, SEE_GP),
    ("heart pounding at rest and it wont settle", RHYTHM, SAME_DAY),
    # Signs of stroke.
    ("my face is drooping on one side", STROKE, EMERGENCY),
    ("my mum's speech is slurred suddenly", STROKE, EMERGENCY),
    ("my arm went weak and I can't speak properly", STROKE, EMERGENCY),
    ("i think im having a stroke", STROKE, EMERGENCY),
    ("sudden confusion and numbness down one side", STROKE, EMERGENCY),
]


NOT_URGENT = [
    "does exercise lower the risk of chest pain later in life?",
    "what is a calf cramp",
    "why are my calves sore after calf raises",
    "can calf raises prevent blood clots on flights",
    "how do I reduce the risk of a heart attack",
    "why do my ankles swell at the end of the day",
    "is my heart rate supposed to go up when I exercise",
    "what is the calf muscle pump",
    "best chest exercises for beginners",
    "how does exercise protect the heart long term",
    "is breaststroke good for leg circulation",
    "what is the difference between seated and standing calf raises",
    "I'm painting my house, does that count as exercise",
    "how much walking should I do each day",
    "does running lower blood pressure",
    "my calves feel tight before a run, should I stretch",
    "can compression socks help prevent DVT",
    "how many calf raises should I do",
    "what is VO2 peak",
    "why is the calf called the second heart",
    "no chest pain, just sore calves from yesterday",
    "I don't feel dizzy, just tired after leg day",
    "my heart rate is 70 at rest, is that ok",
    "how long does calf soreness last",
    "is it normal to be out of breath after sprinting",
]
# Every category in the guidance, in words that don't name it.
EVERY_CATEGORY: list[tuple[str, Category, Level]] = [
    # A heart attack without the word "chest".
    ("my jaw and left arm ache and im clammy and feel like throwing up", CHEST, EMERGENCY),
    ("my wife is grey and sweaty and says theres pressure in her chest", CHEST, EMERGENCY),
    ("feels like a brick is sitting on my chest since lunch", CHEST, EMERGENCY),
    # Angina's pattern: effort brings it on, rest eases it.
    (
        "every time i climb the hill at parkrun my chest tightens, then it eases once i stop",
        CHEST,
        SAME_DAY,
    ),
    (
        "sharp pain under my ribs when i breathe in and my heart is racing, c section 3 weeks ago",
        PE,
        EMERGENCY,
    ),
    ("coughing up pink frothy spit and cant get a full breath", PE, EMERGENCY),
    ("on the pill and my right calf has gone red and sore and feels warm", DVT, SAME_DAY),
    ("keeled over on the rower and came round on the floor", SYNCOPE, EMERGENCY),
    ("my mate went down at five a side and we couldnt wake him for a minute", SYNCOPE, EMERGENCY),
    ("passed out in the shower this morning, feel ok now", SYNCOPE, SAME_DAY),
    (
        "sitting on the couch and my watch says 178 bpm, it hasnt come down for 20 minutes",
        RHYTHM,
        SAME_DAY,
    ),
    ("heart fluttering like mad and i feel woozy", RHYTHM, EMERGENCY),
    ("worst headache of my life came on suddenly mid deadlift", STROKE, EMERGENCY),
    ("lost the sight in my left eye for a few minutes this morning", STROKE, EMERGENCY),
    ("my dads words are coming out jumbled and he cant lift his right arm", STROKE, EMERGENCY),
    (
        "I have heart failure and im up 2.5 kg since saturday, ankles puffier",
        Category.HF_WORSENING,
        SAME_DAY,
    ),
    (
        "i have to sleep propped up on three pillows or i cant breathe",
        Category.HF_WORSENING,
        SAME_DAY,
    ),
    (
        "after a 300 rep challenge my quads are agony and my pee looks like cola",
        Category.RHABDO,
        EMERGENCY,
    ),
    (
        "my pee turned brown after yesterday's hill reps and my hamstrings ache",
        Category.RHABDO,
        SAME_DAY,
    ),
    (
        "took a kick to the shin at football, now its tight and swollen, severe pain and pins "
        "and needles in my foot",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    (
        "my foot suddenly went cold and white and numb an hour ago",
        Category.LIMB_ISCHAEMIA,
        EMERGENCY,
    ),
    (
        "my calf cramps after about 200 metres of walking and goes away when i stop for a minute",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    ("a varicose vein on my shin burst, blood gushing out", Category.BLEEDING_VEIN, EMERGENCY),
    (
        "34 weeks pregnant with a pounding headache that wont go and flashing lights in my eyes",
        Category.PREECLAMPSIA,
        SAME_DAY,
    ),
    (
        "my friend collapsed after the half marathon in the heat and hes confused and not sweating",
        Category.HEAT,
        EMERGENCY,
    ),
    (
        "over the past few months i get puffed out walking up one flight of stairs",
        BREATHLESS,
        SEE_GP,
    ),
    (
        "heard a pop in my calf during a jump and now i cant put weight on it",
        Category.OTHER,
        SAME_DAY,
    ),
    ("A&E or not? calf swollen after a long coach trip", DVT, SAME_DAY),
    ("blood in my pee since a heavy leg session yesterday", Category.OTHER, SAME_DAY),
    ("im 80 and get out of breath if i walk a little fast", BREATHLESS, SEE_GP),
    # Sepsis: an infection with a sign of it, or a wound going bad with a fever.
    (
        "the blister on my toe got infected and now hes shivering, talking nonsense and confused",
        Category.SEPSIS,
        EMERGENCY,
    ),
    (
        "mum has an ulcer on her shin, today shes muddled and her lips look bluish, not weed since "
        "breakfast",
        Category.SEPSIS,
        EMERGENCY,
    ),
    ("cut my knee on the track, its red and oozing and i feel feverish", Category.SEPSIS, SAME_DAY),
    # Dizziness that keeps coming back, and a racing heart now and then: a GP, not an alarm.
    ("my head goes swimmy most mornings when i first get going, weeks of it", SYNCOPE, SEE_GP),
    ("my heart races for a few seconds every so often, nothing else, is that ok", RHYTHM, SEE_GP),
    ("ectopic beats at night for the past month, no other symptoms", RHYTHM, SEE_GP),
    # Headache and blurred sight in the days after giving birth.
    (
        "gave birth last week and today i have a pounding headache and blurry vision",
        Category.PREECLAMPSIA,
        SAME_DAY,
    ),
    # Not better after half an hour of cooling: heatstroke.
    (
        "sat in the shade with ice for 35 minutes after the fun run and im still dizzy and sick",
        Category.HEAT,
        EMERGENCY,
    ),
    # Calf pain that comes with walking and goes off with a short stop.
    (
        "my calf burns after the same few hundred yards and goes off if i stand still",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    # Session 6: kinds of miss found by a second challenge set, each in new words.
    (
        "home monitor keeps showing 152/96 in the mornings this week, feel totally fine",
        Category.BLOOD_PRESSURE,
        SEE_GP,
    ),
    (
        "only managing a couple of words per breath and my reliever isnt helping",
        Category.BREATHLESS,
        EMERGENCY,
    ),
    ("exploding headache all of a sudden on the leg press", Category.STROKE, EMERGENCY),
    ("my uncle cant walk straight and keeps seeing double since lunch", Category.STROKE, EMERGENCY),
    (
        "not sure if it matters but my left foot went icy and white an hour ago and its numb",
        Category.LIMB_ISCHAEMIA,
        EMERGENCY,
    ),
    (
        "my jaw gets a squeezing ache on the hill reps and it goes away once i rest",
        Category.CHEST_PAIN,
        SAME_DAY,
    ),
    (
        "i have af and the episodes have come far more often this week",
        Category.ARRHYTHMIA,
        SAME_DAY,
    ),
    (
        "no beetroot or anything, but my wee is cola coloured and my legs are agony",
        Category.RHABDO,
        EMERGENCY,
    ),
    (
        "post op day 9, unilateral calf oedema with erythema since tuesday",
        Category.DVT,
        SAME_DAY,
    ),
    ("the graze on my shin from october is still open", Category.OTHER, SEE_GP),
    (
        "varicose veins with brown staining round the ankle and itchy eczema",
        Category.OTHER,
        SEE_GP,
    ),
    (
        "out of breath on the stairs more and more from a few weeks",
        Category.BREATHLESS,
        SEE_GP,
    ),
    # Session 6, a third challenge set's kinds of miss, in new words.
    ("two squirts of my gtn and nothing, the ache is still there", CHEST, EMERGENCY),
    ("feels like somebody is kneeling on me and im drenched in sweat", CHEST, EMERGENCY),
    ("he stopped sweating, skin is dry and he cant think straight", Category.HEAT, EMERGENCY),
    (
        "my right foot went cold an hour ago and i cant find a pulse on it",
        Category.LIMB_ISCHAEMIA,
        EMERGENCY,
    ),
    ("drove 9 hours, calf like a tight sock, and i almost passed out just now", PE, EMERGENCY),
    ("left calf feels like a thumb is pressing into it and its warm, on hrt", DVT, SAME_DAY),
    ("the arm with my picc line has swollen right up", DVT, SAME_DAY),
    ("svt again x4 today", RHYTHM, SAME_DAY),
    ("34 weeks and my face swelled up overnight", Category.PREECLAMPSIA, SAME_DAY),
    ("on chemo and running a fever tonight", Category.SEPSIS, EMERGENCY),
    ("left calf 40cm, right 36cm, tender, after my op", DVT, SAME_DAY),
    ("bp machine has said 142/93 most mornings for two weeks", Category.BLOOD_PRESSURE, SEE_GP),
    ("a scrape on my shin from a month ago still hasnt closed", Category.OTHER, SEE_GP),
    ("flutters once or twice a week, a few seconds each, since summer", RHYTHM, SEE_GP),
    ("4 months now i have to stop to get my breath back on walks", BREATHLESS, SEE_GP),
    # Session 6, a fourth challenge set's kinds of miss, in new words.
    ("angina flared while i was reading and the spray barely helped", CHEST, EMERGENCY),
    (
        "took a knee to the shin in training, now it's rock hard and it kills when i move my toes",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    ("my teammate's seizure has lasted more than 5 minutes", Category.OTHER, EMERGENCY),
    ("she's 33 weeks pregnant and having a fit", Category.OTHER, EMERGENCY),
    ("suddenly i cant see the right half of the page and my foot is dragging", STROKE, EMERGENCY),
    ("needed my gtn for the first time in two years on today's hill walk", CHEST, SAME_DAY),
    ("kidney infection, now 38.9 with shaking chills", Category.SEPSIS, SAME_DAY),
    (
        "a red streak is running up my arm from the blister and i feel fluey",
        Category.SEPSIS,
        SAME_DAY,
    ),
    ("sickle cell and a fever of 38.5 after training", Category.SEPSIS, SAME_DAY),
    ("type 1, ketones up and i've been sick twice", Category.OTHER, SAME_DAY),
    ("cant keep any fluids down since the race yesterday", Category.OTHER, SAME_DAY),
    (
        "left calf hurts after a lap of the park, after a rest its fine again",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    ("the room spins when i roll over in bed, for two weeks now", SYNCOPE, SEE_GP),
    ("on ramipril and i get dizzy every time i stand up from the mat", SYNCOPE, SEE_GP),
    (
        "one of my varicose veins bled a few years back, should someone look at it",
        Category.BLEEDING_VEIN,
        SEE_GP,
    ),
    # Session 7, a fifth challenge set's kinds of miss, in new words.
    (
        "puffed my reliever twelve times since lunch and my lips are going a weird colour",
        BREATHLESS,
        EMERGENCY,
    ),
    (
        "wrist in plaster, the pain is unbearable, codeine isnt touching it, fingers numb",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    (
        "bee sting at the picnic and now my tongue is swelling and its hard to swallow",
        Category.OTHER,
        EMERGENCY,
    ),
    ("ankle in a cast and tonight my toes look swollen and feel tingly", Category.OTHER, SAME_DAY),
    (
        "after two days of the runs i barely pee and i get dizzy when i stand up",
        Category.OTHER,
        SAME_DAY,
    ),
    (
        "this morning the hearing in my left ear went muffled out of nowhere",
        Category.OTHER,
        SAME_DAY,
    ),
    (
        "jumped off the box, felt a pop at the back of my heel and now i cant rise onto tiptoe",
        Category.OTHER,
        SAME_DAY,
    ),
    ("my c-section scar is red and weeping and i've got a temperature", Category.SEPSIS, SAME_DAY),
    ("three weeks after my operation and i have a fever of 38.4", Category.SEPSIS, SAME_DAY),
    (
        "my knee has ached on the stairs for six weeks and isnt getting better",
        Category.OTHER,
        SEE_GP,
    ),
    (
        "since the doctor upped my statin my calves have been aching after every walk",
        Category.OTHER,
        SEE_GP,
    ),
    ("my varicose veins throb and itch by the evening", Category.OTHER, SEE_GP),
    (
        "a varicose vein behind my knee is red and hard, like a rope. calf soft, no swelling",
        Category.OTHER,
        SEE_GP,
    ),
    ("this is my fourth uti this year, is there anything that stops them", Category.OTHER, SEE_GP),
    (
        "his shins have gone shiny and his feet are freezing all the time",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    ("lying on the sofa after tea. my watch says my heart rate is 168", RHYTHM, SAME_DAY),
    # Session 7, a sixth challenge set's kinds of miss, in new words.
    (
        "grazed my knee at parkrun, now i'm shivery, my skin has gone mottled and i'm muddled",
        Category.SEPSIS,
        EMERGENCY,
    ),
    (
        "my grandad's smile is sliding down one side and he can't lift his left arm",
        STROKE,
        EMERGENCY,
    ),
    (
        "my quads are like concrete since the challenge and my wee is the colour of cola",
        Category.RHABDO,
        EMERGENCY,
    ),
    ("type 1 and my meter says ketones 3.4", Category.OTHER, EMERGENCY),
    ("type 1, ketones 2.1 after a night out, feel ok otherwise", Category.OTHER, SAME_DAY),
    (
        "both of us drove 9 hours yesterday and my left calf is hot and fatter than the right",
        DVT,
        SAME_DAY,
    ),
    (
        "haven't weed since breakfast after the sauna and i'm woozy when standing",
        Category.OTHER,
        SAME_DAY,
    ),
    (
        "the cannula site on my hand is red and swollen and i have a temperature of 38.5",
        Category.SEPSIS,
        SAME_DAY,
    ),
    (
        "started a new tablet on monday and this morning my top lip is swollen",
        Category.OTHER,
        SAME_DAY,
    ),
    (
        "two of my toes have gone dusky and feel cold compared to the others",
        Category.LIMB_ISCHAEMIA,
        SAME_DAY,
    ),
    ("i have a pacemaker and my heart has been racing on and off since lunch", RHYTHM, SAME_DAY),
    ("my watch flagged atrial fibrillation twice this week but i felt nothing", RHYTHM, SEE_GP),
    ("my legs have swollen a bit and my pee has gone frothy", Category.OTHER, SEE_GP),
    (
        "my eyelids twitch all day, it's been going on for a couple of months",
        Category.OTHER,
        SEE_GP,
    ),
    ("my calves have been sore for 6 weeks and aren't getting better", Category.OTHER, SEE_GP),
    # Session 8: kinds of sign a seventh challenge set found unread.
    ("my chest feels like a man is kneeling on it and i'm sweating buckets", CHEST, EMERGENCY),
    # The "not" denies the easing, not the sickness after it.
    ("chest went tight on the rower, it's not easing, feel sick", CHEST, EMERGENCY),
    (
        "i have angina, took my spray, then used it again and the pain is still there",
        CHEST,
        EMERGENCY,
    ),
    ("a dark curtain came down over my right eye twenty minutes ago", STROKE, EMERGENCY),
    ("my left hand went clumsy all of a sudden and i keep dropping my cup", STROKE, EMERGENCY),
    (
        "after a loaded march my shin is rock hard and the pain is getting worse even lying still",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    # Pain when someone else moves the fingers is the sign itself, not a "what if".
    (
        "my forearm is swollen and tight after the crash and it's agony if anyone moves my fingers",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    (
        "a vein on my shin has burst and blood is soaking through the bandage",
        Category.BLEEDING_VEIN,
        EMERGENCY,
    ),
    (
        "an hour after my dive both legs are numb and the room is spinning",
        Category.OTHER,
        EMERGENCY,
    ),
    (
        "the day after diving my elbow aches deep in the joint and i've got a mottled rash",
        Category.OTHER,
        SAME_DAY,
    ),
    ("after a huge squat session my thighs ache and my pee is brownish", Category.RHABDO, SAME_DAY),
    ("i've been sick every time i try to drink since this morning", Category.OTHER, SAME_DAY),
    ("coughing up pinkish froth after the swim", PE, EMERGENCY),
    ("burnt my forearm on the oven, the blister is bigger than my hand", Category.OTHER, SAME_DAY),
    (
        "knee operation eight days ago and now a temperature of 38.6 with shivers",
        Category.SEPSIS,
        SAME_DAY,
    ),
    (
        "my shins swelled up this week, my eyes are puffy in the mornings and i'm peeing less and "
        "it's foamy",
        Category.OTHER,
        SAME_DAY,
    ),
    ("my left arm is swollen and bluish since the climbing trip", DVT, SAME_DAY),
    (
        "my calf aches every time i walk to the bus stop and eases as soon as i stand still",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    (
        "walking uphill my buttock aches, forcing me to stop, and then it goes",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    (
        "at about 4 miles my shins get a building pressure pain that settles with rest",
        Category.COMPARTMENT,
        SEE_GP,
    ),
    # Session 8: kinds of sign an eighth challenge set found unread.
    ("my wife can't feel her right arm and says her vision's gone double", STROKE, EMERGENCY),
    ("my icd went off again just now, second shock in an hour", RHYTHM, EMERGENCY),
    ("my icd gave me one shock on the bike, i feel totally fine now", RHYTHM, SAME_DAY),
    (
        "passed out after the sauna and now i'm muddled and my heart is jumping all over",
        SYNCOPE,
        EMERGENCY,
    ),
    (
        "vein on my ankle burst, pressing on it hasn't stopped the bleeding",
        Category.BLEEDING_VEIN,
        EMERGENCY,
    ),
    ("he's peeing stuff that looks like coke after the hill session", Category.RHABDO, SAME_DAY),
    ("left 15.5 right 14 inches round the calf after my hip op, the left aches", DVT, SAME_DAY),
    ("blistering sunburn on my shoulders and a temperature of 101 F", OTHER, SAME_DAY),
    (
        "my dad has had diarrhoea for two days, is barely drinking and his pee is very dark",
        OTHER,
        SAME_DAY,
    ),
    ("noticed my poo is black and tarry today", OTHER, SAME_DAY),
    ("i'm on warfarin and banged my head on the bar, feel ok", OTHER, SAME_DAY),
    (
        "sickle cell crisis in my legs, my painkillers haven't touched it all morning",
        OTHER,
        SAME_DAY,
    ),
    ("my kneecap slipped out and hasn't gone back in", OTHER, SAME_DAY),
    (
        "ran a marathon yesterday, drank loads of water, now bloated with a headache",
        OTHER,
        SAME_DAY,
    ),
    ("after the ultra i drank litres of water and now i'm confused and vomiting", OTHER, EMERGENCY),
    # NICE CG95: chest pain in the last three days that has gone, assessed the same day.
    (
        "chest ache and left arm ache yesterday evening for half an hour, then it went",
        CHEST,
        SAME_DAY,
    ),
    (
        "shins still tight and tingly 3 hours after i finished, usually gone in ten minutes",
        Category.COMPARTMENT,
        SAME_DAY,
    ),
    ("type 1 diabetic, ketones moderate on the strip and feeling sick", OTHER, SAME_DAY),
    (
        "pacemaker fitted last year and i've had hiccups in time with my heartbeat all day",
        RHYTHM,
        SAME_DAY,
    ),
    ("i have heart failure, do i just start the walking group or ask first?", OTHER, SEE_GP),
    ("on apixaban and bruising easily from the bar, worth a review?", OTHER, SEE_GP),
    # Session 8: kinds of sign a ninth challenge set found unread.
    (
        "i have angina, used my spray twice ten minutes apart and it's the same pressure",
        CHEST,
        EMERGENCY,
    ),
    (
        "angina came on while sitting watching telly, nothing brought it on, 15 minutes and "
        "getting worse",
        CHEST,
        EMERGENCY,
    ),
    (
        "woke from a nap and my right arm is numb and useless, thought i'd slept on it but it's "
        "not wearing off",
        STROKE,
        EMERGENCY,
    ),
    ("suddenly can't see anything on my left side", STROKE, EMERGENCY),
    (
        "foot trapped under the rack, calf tight as a drum, pain unbearable when my toes move",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    ("t4 para, pounding headache and flushed, bp 200/115, normally 95/60", OTHER, EMERGENCY),
    ("c6 injury, had a dysreflexia episode, fixed my leg strap and it settled", OTHER, SAME_DAY),
    ("my pulse oximeter says 91% and i'm puffed walking to the kitchen", BREATHLESS, EMERGENCY),
    ("sats 94% on the finger clip, normally 98, chesty cough", BREATHLESS, SAME_DAY),
    ("type 1, sugars over 22 all evening and ketones 0.8", OTHER, SAME_DAY),
    ("cast on my wrist and my fingers are puffier and tingling tonight", OTHER, SAME_DAY),
    ("my mum's pressure sore on her heel has gone open and is weeping", OTHER, SAME_DAY),
    (
        "both ankles swelled on the coach, the right went down but the left is still swollen",
        DVT,
        SAME_DAY,
    ),
    # The member asks whether to have it seen, with something to see.
    (
        "i had a stent fitted last year, should i see my gp before starting leg day?",
        Category.OTHER,
        SEE_GP,
    ),
    (
        "my knee has ached for six weeks and isn't improving, should i get it checked?",
        Category.OTHER,
        SEE_GP,
    ),
    # Session 10: an eleventh challenge set's kinds of miss, in new words.
    (
        "hand crushed in the car door, now rock tight and bending them is agony",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    ("right side of his mouth won't move when he tries to grin", STROKE, EMERGENCY),
    ("my cup keeps slipping out of my right hand and my face feels odd", STROKE, EMERGENCY),
    ("her heart is going uneven and she's fighting to catch her breath", RHYTHM, EMERGENCY),
    (
        "after the bootcamp my thighs are rock hard, i haven't been able to pee since lunch",
        Category.RHABDO,
        EMERGENCY,
    ),
    (
        "the vein on my shin seeped through my sock again, stopped when pressed",
        Category.BLEEDING_VEIN,
        SAME_DAY,
    ),
    ("my calf is red and warm and that leg feels heavier than the other", DVT, SAME_DAY),
    (
        "had heat exhaustion at the fun run, cooled off but i've been vomiting since",
        Category.HEAT,
        SAME_DAY,
    ),
    (
        "two days after the hot ultra my pee is still dark even though i'm drinking litres",
        OTHER,
        SAME_DAY,
    ),
    (
        "i have pad and now my foot and calf ache in bed at night too",
        Category.LIMB_ISCHAEMIA,
        SAME_DAY,
    ),
    ("nine days after the birth, home reading 162/108", Category.PREECLAMPSIA, SAME_DAY),
    ("32 weeks, bp 146/94 at home and a thumping headache", Category.PREECLAMPSIA, SAME_DAY),
    (
        "she's 35 weeks with a pain under her ribs and her rings wont come off",
        Category.PREECLAMPSIA,
        SAME_DAY,
    ),
    ("my ankles are puffing up and i'm peeing far less than normal", OTHER, SAME_DAY),
    (
        "dad has a chest infection and the nurse says he's not himself today",
        Category.SEPSIS,
        SAME_DAY,
    ),
    ("my shin is red, hot and sore and i've got a temperature", Category.SEPSIS, SAME_DAY),
    ("the pharmacist told me to get my leg seen today", OTHER, SAME_DAY),
    ("lost 5 kg over the summer without trying, should i worry?", OTHER, SEE_GP),
    ("drenching night sweats for three weeks now, still training", OTHER, SEE_GP),
    (
        "fainted in the queue last week, fine since, i'd never fainted before",
        Category.SYNCOPE,
        SEE_GP,
    ),
    (
        "compared with last year i get half as far before my calf seizes, a short stop sorts it",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    # Session 10: a twelfth challenge set's kinds of miss, in new words.
    (
        "1. hamstrings sore from deadlifts\n2. crushing weight in the middle of my chest, 20 min",
        Category.CHEST_PAIN,
        EMERGENCY,
    ),
    (
        "chest goes tight on the hill to the station, gone after a minute stood still."
        " second day running. what do i do",
        Category.CHEST_PAIN,
        SAME_DAY,
    ),
    (
        "got angina years ago, this week it comes on just walking to the bins",
        Category.CHEST_PAIN,
        SAME_DAY,
    ),
    (
        "took a knee to the thigh at rugby, now the pain is off the charts and my foot is tingling",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    (
        "feels like a marble stuck in my left calf, it aches and the skin over it is pinker",
        DVT,
        SAME_DAY,
    ),
    ("right calf ache that won't shift, not from training, warmer than the left", DVT, SAME_DAY),
    ("two days after the triathlon my wee looks like stout", Category.RHABDO, SAME_DAY),
    (
        "a red line is spreading up my shin from the graze and i feel shivery",
        Category.SEPSIS,
        SAME_DAY,
    ),
    ("slipped on the stairs, ankle bruised and i can't put any weight on it", OTHER, SAME_DAY),
    ("breathless just doing the ironing since a cold began three days ago", BREATHLESS, SAME_DAY),
    (
        "mum stops twice on the way up the stairs to get her breath, a month or so now",
        BREATHLESS,
        SEE_GP,
    ),
    (
        "my calf bites every time i walk to the bus stop and eases standing still",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    ("new blood pressure pills and my socks leave deep marks on my ankles", OTHER, SEE_GP),
    # Session 11: a thirteenth challenge set's kinds of miss, in new words.
    (
        "carrying the shopping up the hill my jaw and left arm ached, it settled when i stood "
        "still for a bit",
        Category.CHEST_PAIN,
        SAME_DAY,
    ),
    (
        "taped my calves tonight, the right one is 4 cm bigger than the left and it throbs",
        DVT,
        SAME_DAY,
    ),
    (
        "i have heart failure and this week i can't manage my normal walk to the park, my feet "
        "look fatter too",
        Category.HF_WORSENING,
        SAME_DAY,
    ),
    (
        "grandad's been stuck indoors in this heatwave, he's so weak and hardly drinking anything",
        Category.HEAT,
        SAME_DAY,
    ),
    (
        "is stiffness meant to last this long after box jumps? mine's worse today, thighs swollen "
        "and my pee is much darker",
        Category.RHABDO,
        # Swollen muscles with dark urine: the CDC's "seek care straight away".
        EMERGENCY,
    ),
    (
        "why does walking the dog give me a gripping ache in both calves? it eases after a few "
        "moments of rest",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    (
        "my shins ache on every slope and my toenails have gone thick and brittle, fine sat down",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    ("ever since the flu last winter i get puffed out on one flight of stairs", BREATHLESS, SEE_GP),
    ("this cough and wheeze hasn't cleared since september", OTHER, SEE_GP),
    (
        "the room spins for a few seconds when i turn over at night, for a fortnight now",
        SYNCOPE,
        SEE_GP,
    ),
    ("my left foot keeps catching on the pavement and slaps down when i walk", OTHER, SEE_GP),
    ("my ankles look puffier week by week, the dent stays when i press them", OTHER, SEE_GP),
    (
        "i keep fainting in hot crowded trains, three times now, always fine straight after",
        SYNCOPE,
        SEE_GP,
    ),
    # Session 11: a fourteenth challenge set's kinds of miss, in new words.
    (
        "took both GTN puffs as the leaflet says, five minutes between them, and my chest is "
        "still tight after the stairs. angina for years",
        Category.CHEST_PAIN,
        EMERGENCY,
    ),
    (
        "sat on a park bench, there's a pressing feeling in the middle of my chest going through "
        "to my back",
        Category.CHEST_PAIN,
        EMERGENCY,
    ),
    (
        "my whole left side went weird at once, arm and leg, and my mouth feels odd on that side",
        STROKE,
        EMERGENCY,
    ),
    (
        "ankle in a cast since tuesday, tonight the pain is way worse than earlier and my toes "
        "are numb",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    (
        "you asked about my pee. it's dark brown now and my calves are swollen after the step "
        "challenge",
        Category.RHABDO,
        EMERGENCY,
    ),
    (
        "sorry, wrong leg: my left calf. the left one is the puffy one, tender all down the back "
        "since the coach trip",
        DVT,
        SAME_DAY,
    ),
    (
        "flatmate says he was gone about 15 seconds after standing up from the bath, then came "
        "round",
        SYNCOPE,
        SAME_DAY,
    ),
    (
        "since half a year my calves ache when i walk to work and get better after a short rest",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    (
        "grandad's legs hurt walking to the post office and he has to sit on the way, the skin on "
        "his shins is shiny",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    ("more out of breath on my usual loop every week, nothing else wrong", BREATHLESS, SEE_GP),
    ("there's a lump in my armpit, since maybe 5 weeks", OTHER, SEE_GP),
    ("itchy rash on my thighs for a month now", OTHER, SEE_GP),
    ("the mole on my shin looks bigger than in last year's photos", OTHER, SEE_GP),
    ("a brown streak down my thumbnail that's been widening", OTHER, SEE_GP),
    (
        "head rush most mornings getting out of bed for a few weeks, had to hold the door",
        SYNCOPE,
        SEE_GP,
    ),
    ("since one month the room spins when i lie down", SYNCOPE, SEE_GP),
    (
        "feet and ankles puffy since the cruise six days ago, both the same, still there",
        OTHER,
        SEE_GP,
    ),
    # Session 11: a fifteenth challenge set's kinds of miss, in new words.
    (
        "angina since 2019, two puffs of my spray ten minutes apart on the treadmill and it's "
        "still crushing",
        Category.CHEST_PAIN,
        EMERGENCY,
    ),
    (
        "my old ticker is playing up after the rower, heavy as a bag of cement and it's gone into "
        "my jaw, sweating buckets",
        Category.CHEST_PAIN,
        EMERGENCY,
    ),
    (
        "caught my forearm on the kerb, now it's rock hard, the pain is unreal and ibuprofen "
        "hasn't touched it, fingers numb",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    (
        "our winger got an elbow to the head, he's been sick twice and keeps nodding off",
        OTHER,
        EMERGENCY,
    ),
    (
        "had a funny turn in the pool, next thing I knew the instructor was holding me up at the "
        "side",
        SYNCOPE,
        SAME_DAY,
    ),
    (
        "since I got up everything's been spinning round and round and I can't lift my head "
        "without being sick",
        SYNCOPE,
        SAME_DAY,
    ),
    ("woke up with my left ear muffled and whooshing, came on overnight", OTHER, SAME_DAY),
    ("clinic says my inr is 7.2 and to miss tonight's dose, nobody's rung back", OTHER, SAME_DAY),
    ("fell off my scooter, my wrist is bent at a funny angle and swollen", OTHER, SAME_DAY),
    (
        "ck came back at 12,500 after the hill reps, legs tight and wee darker than usual",
        OTHER,
        SAME_DAY,
    ),
    ("blister on my heel is now hot, red and spreading and I'm 38.4", Category.SEPSIS, SAME_DAY),
    (
        "my ankle blew up overnight after football, it's hot and red and I'm running 38.5",
        OTHER,
        SAME_DAY,
    ),
    ("both calves puffed right up this week and the skin is weeping fluid", OTHER, SAME_DAY),
    ("feeling light headed a lot since the gp started me on sertraline a month ago", OTHER, SEE_GP),
    ("the practice nurse said to see my gp about my cholesterol of 8.1", OTHER, SEE_GP),
    ("my sister had a heart attack at 46, should I get my blood pressure checked", OTHER, SEE_GP),
    ("my ring keeps logging irregular rhythm alerts at night, worth booking in?", RHYTHM, SEE_GP),
    ("the lump behind my knee has been there a few weeks, worth a gp appointment?", OTHER, SEE_GP),
    ("fourth boil this year in the same spot, why do they keep coming back?", OTHER, SEE_GP),
    # Session 12: the kinds two more blind challenge sets (16 and 17) found missing, in new words.
    ("our keeper just dropped mid match and he isn't answering us properly", SYNCOPE, EMERGENCY),
    (
        "son's leg has been in a cast since friday and now he says it hurts way more than "
        "yesterday, worst when i move his toes, and they're puffy",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    (
        "fractured my tibia last week, pain is 9 out of 10 and the morphine isn't touching it, "
        "calf feels rock hard",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    (
        "yesterday evening my dad said he had indigestion going up into his jaw and he went "
        "really pale, it passed after ten minutes",
        CHEST,
        SAME_DAY,
    ),
    (
        "on saturday my chest felt heavy and I got all sweaty walking the dog, lasted a few "
        "minutes and I've been fine since",
        CHEST,
        SAME_DAY,
    ),
    (
        "my wife has angina and on today's walk she had to stop twice because of her chest, "
        "usually she never stops",
        CHEST,
        SAME_DAY,
    ),
    (
        "had my appendix out last week and I'm getting more out of breath every day doing the "
        "stairs",
        BREATHLESS,
        SAME_DAY,
    ),
    (
        "my breathing has got much worse over the past two days, I'm puffing on the flat now",
        BREATHLESS,
        SAME_DAY,
    ),
    (
        "one of my toes has gone black at the tip and my calves ache on every walk",
        Category.LIMB_ISCHAEMIA,
        SAME_DAY,
    ),
    ("I take apixaban and there are big bruises on my arms that I can't explain", OTHER, SAME_DAY),
    ("had a syncopal episode on the bike yesterday, brief loc, feel fine now", SYNCOPE, EMERGENCY),
    (
        "after the tournament in the heat my legs are weak and the toilet water looked like cola",
        Category.RHABDO,
        EMERGENCY,
    ),
    (
        "36+2 and my blood pressure was 150/100 at the clinic, my face has swollen up today",
        Category.PREECLAMPSIA,
        SAME_DAY,
    ),
    (
        "twisted my ankle on the stairs, it swelled straight away and I can't put any weight on it",
        OTHER,
        SAME_DAY,
    ),
    (
        "fainted at the bus stop this morning, came round quickly, no chest pain or palps",
        SYNCOPE,
        SAME_DAY,
    ),
    (
        "got booted in the calf at hockey an hour ago, now it's rock tight and the pain is way "
        "beyond the bruise, painkillers aren't touching it",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    # Session 12: the urgent kinds sets 18 and 19 found (code-switching, sport, shift work), in
    # new words.
    ("my son collapsed halfway through his ballet exam, he's up again now", SYNCOPE, EMERGENCY),
    (
        "indigestion in the middle of my chest for an hour now and it's going into my left arm, I "
        "feel sick",
        CHEST,
        EMERGENCY,
    ),
    (
        "my left hand won't grip my coffee cup and my words feel thick, started twenty minutes ago",
        STROKE,
        EMERGENCY,
    ),
    ("my right side has gone numb since lunch, face included", STROKE, EMERGENCY),
    (
        "fell off the climbing wall and smashed my forearm, it's swollen tight, the pain is unreal "
        "and my fingers are numb",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    ("my pantorrilla derecha is hinchada y caliente after the flight", DVT, SAME_DAY),
    (
        "gravida 34 semanas, dor de cabeca since yesterday and vista turva",
        Category.PREECLAMPSIA,
        SAME_DAY,
    ),
    (
        "quads swollen after the comp and the little I've peed is dark like tea",
        Category.RHABDO,
        EMERGENCY,
    ),
    (
        "preggers and my face and hands have puffed right up today, with a headache that won't "
        "shift",
        Category.PREECLAMPSIA,
        SAME_DAY,
    ),
    (
        "a cut on my shin from the pedal has gone angry and there's a red line tracking up my leg",
        OTHER,
        SAME_DAY,
    ),
    (
        "felt something pop behind my knee on the squat, now my calf is swollen and bruised down "
        "to the ankle",
        OTHER,
        SAME_DAY,
    ),
    ("both legs swollen this week, passing much less urine and my face is puffy", OTHER, SAME_DAY),
    (
        "my left calf has been red and warm since the coach trip on friday, only that side",
        DVT,
        SAME_DAY,
    ),
    (
        "since the shift ended I still feel dizzy, sick and headachy even after cooling down and "
        "loads of water",
        Category.HEAT,
        SAME_DAY,
    ),
    (
        "three days of a fever and a cough, breathless walking to the car and it stabs when I "
        "breathe in",
        BREATHLESS,
        SAME_DAY,
    ),
    (
        "yesterday on the bike my pulse shot up to 210 and I went dizzy, it settled after a few "
        "minutes and I've been fine since",
        RHYTHM,
        SAME_DAY,
    ),
    (
        "on my angina tablets the tightness now comes on with less walking than last month",
        CHEST,
        SAME_DAY,
    ),
    # Session 12: the urgent kinds sets 20 and 21 found (the bot's own channels, clipped
    # fragments, relatives, the weeks after a birth, heat), in new words.
    (
        "bot is it normal that i'm using my gtn spray most days now when i barely needed it in "
        "the summer",
        CHEST,
        SAME_DAY,
    ),
    ("one calf bigger. warm. sore. since tues", DVT, SAME_DAY),
    (
        "got hf and i'm breathless just getting dressed now, last week i was fine",
        Category.HF_WORSENING,
        SAME_DAY,
    ),
    (
        "my heart failure nurse said to ring if my weight jumps and i'm up 4 lb since yesterday",
        Category.HF_WORSENING,
        SAME_DAY,
    ),
    ("arms weak. pee dark. too many pull ups yesterday", Category.RHABDO, EMERGENCY),
    (
        "note: 32wk and my eyes have gone blurry with flashing lights since lunch",
        Category.PREECLAMPSIA,
        SAME_DAY,
    ),
    (
        "had heat exhaustion at the festival yesterday and I'm still weak and dizzy today",
        Category.HEAT,
        SAME_DAY,
    ),
    (
        "fell on the stairs and there's a gaping cut on my knee, I think it needs stitches",
        OTHER,
        SAME_DAY,
    ),
    (
        "two weeks after my c-section my right calf is aching and now it's clearly bigger than "
        "the left and warm",
        DVT,
        SAME_DAY,
    ),
    (
        "infected cut on my hand and the red area has spread past my wrist since this morning",
        Category.SEPSIS,
        SAME_DAY,
    ),
    (
        "shivering, 39.2, my leg wound is angry and I feel like something is seriously wrong",
        Category.SEPSIS,
        EMERGENCY,
    ),
    (
        "did 400 lunges for charity, hours later my thigh is rock hard and the pain is way beyond "
        "normal soreness",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    (
        "our coach has just gone down at the side of the pitch and isn't really answering us",
        SYNCOPE,
        EMERGENCY,
    ),
    # Session 12: the see-a-GP kinds sets 18 and 19 found, in new words.
    ("meu coracao as vezes dispara at night for a few seconds, for weeks now", RHYTHM, SEE_GP),
    (
        "had a tia two years back and my home readings are creeping up, keep going and mention it?",
        OTHER,
        SEE_GP,
    ),
    (
        "my calves cramp every time I walk to the station, fine after stopping for a minute",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    (
        "my right calf gives out at the same lamp post on my 10k steps, eases with a rest",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    (
        "my leg hurts in the calf when I walk more than 200 m, I stop then okay",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    (
        "hair on my left shin has stopped growing and that leg aches when I walk, fine when I rest",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    (
        "my hips ache on every patrol and the distance I can do is getting shorter",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    ("since my dose of amitriptyline went up I feel woozy when I stand", SYNCOPE, SEE_GP),
    ("I go dizzy getting out of the pool these days, didn't used to", SYNCOPE, SEE_GP),
    ("puff out on stairs worse than last year, should I see someone", BREATHLESS, SEE_GP),
    ("since covid last year I get puffed on hills I used to fly up", BREATHLESS, SEE_GP),
    ("ankles puff up after my shifts, about 4 weeks now, both legs", OTHER, SEE_GP),
    ("fingers go white then blue then red in the cold, on and off all winter", OTHER, SEE_GP),
    ("on insulin and I get shaky and sweaty before dinner a few times a week", OTHER, SEE_GP),
    # Session 12: the urgent kinds sets 22 and 23 found (numbers, bystanders, dialects), in new
    # words.
    ("spray at 9:05, another puff at 9:11, it's 9:20 and still the same", CHEST, EMERGENCY),
    (
        "today my angina came on after 200 metres when it's normally a mile before it starts",
        CHEST,
        SAME_DAY,
    ),
    (
        "my chest dey press me since morning and sweat dey comot, e dey go reach my arm",
        CHEST,
        EMERGENCY,
    ),
    (
        "the big man went doon at the bowls, he's come roon but his chest is sair",
        SYNCOPE,
        EMERGENCY,
    ),
    (
        "left foot 25 c on the thermometer, right foot 31 c, came on an hour ago and it's numb",
        Category.LIMB_ISCHAEMIA,
        EMERGENCY,
    ),
    (
        "bloods pumping out of the vein on my shin and it won't stop",
        Category.BLEEDING_VEIN,
        EMERGENCY,
    ),
    ("rep 4 of the hill sprints. next thing I know I'm lying on the path", SYNCOPE, EMERGENCY),
    # Session 12: the see-a-GP kinds sets 20 and 21 found, in new words.
    (
        "calf ache on walks. stop. it goes. walk on. comes back. weeks",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    (
        "my toenails have stopped growing on that foot and the leg gets tired and crampy on walks",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    (
        "since the mastectomy my arm on that side swells by the evening, a bit more each month",
        OTHER,
        SEE_GP,
    ),
    (
        "my grandad and dad both had heart attacks young, should I get my cholesterol looked at "
        "before I go harder?",
        OTHER,
        SEE_GP,
    ),
    (
        "had a stent put in three years ago, all fine, want to start sprints, should I talk it "
        "through with my gp?",
        OTHER,
        SEE_GP,
    ),
    (
        "every hot afternoon when I get up from the sofa I go dizzy and grab the wall",
        SYNCOPE,
        SEE_GP,
    ),
    (
        "shins feel like they'll burst on every run, fine at rest, been like it since the summer",
        Category.COMPARTMENT,
        SEE_GP,
    ),
    # Session 12: the see-a-GP kinds sets 16 and 17 found, in new words.
    (
        "my mum's legs pack up when she walks round the supermarket, it's her calves, and after a "
        "minute stood still she's fine again",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    (
        "the distance I can walk before my calves start hurting keeps getting shorter",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    (
        "toes always freezing, and my shins have gone shiny and lost their hair this year",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    (
        "for three weeks now I've had a few seconds of the room spinning whenever I turn over in "
        "bed",
        SYNCOPE,
        SEE_GP,
    ),
    (
        "been lightheaded on and off for the past fortnight when I get up from the sofa",
        SYNCOPE,
        SEE_GP,
    ),
    (
        "my head spins a bit getting out of bed most mornings, been like that a few weeks now",
        SYNCOPE,
        SEE_GP,
    ),
    (
        "wheezy and tight on every cold morning run lately, settles once I'm home",
        BREATHLESS,
        SEE_GP,
    ),
    ("sob on exertion has got gradually worse since the summer", BREATHLESS, SEE_GP),
    (
        "two months after covid and I still get breathless on hills that never used to bother me",
        BREATHLESS,
        SEE_GP,
    ),
    ("mum's ankles have slowly got bigger since the spring, both of them, no pain", OTHER, SEE_GP),
    ("ankles blowing up by the evening most days for a couple of weeks, both sides", OTHER, SEE_GP),
    ("pressing on my shin leaves a dent that stays, both legs, for the past month", OTHER, SEE_GP),
    (
        "twisted my knee two months ago and it's still swollen and not really improving",
        OTHER,
        SEE_GP,
    ),
    (
        "my daughter says her heart skips every so often in PE lessons, on and off for weeks",
        RHYTHM,
        SEE_GP,
    ),
    (
        "my grandad and my uncle both had strokes in their fifties, should I be getting my blood "
        "pressure checked?",
        OTHER,
        SEE_GP,
    ),
    (
        "had a tia last spring and I'm on clopidogrel, anything I should ask my gp before starting "
        "spin classes?",
        OTHER,
        SEE_GP,
    ),
    (
        "I've lost nearly a stone without trying since the summer and I'm sweating at night",
        OTHER,
        SEE_GP,
    ),
    (
        "my resting pulse has crept up from 55 to 75 over the last month and I'm shattered",
        OTHER,
        SEE_GP,
    ),
    (
        "had pre-eclampsia with my eldest and I'm now 10 weeks pregnant, what should I be asking "
        "the midwife?",
        Category.PREECLAMPSIA,
        SEE_GP,
    ),
    # Session 13: the urgent kinds sets 24 and 25 found (second-language English, emoji, letters,
    # progress logs, episodes told as over) and guards for reviews that changed, in new words.
    (
        "my smile's gone wonky in the bathroom mirror and my right arm won't lift, must have "
        "slept on it",
        STROKE,
        EMERGENCY,
    ),
    (
        "our coach went down mid drill, he's on the mat not properly responding and his "
        "breathing sounds gurgly",
        SYNCOPE,
        EMERGENCY,
    ),
    (
        "while walking the dog this morning I had a heavy chest going into my jaw, clammy too, "
        "gone after 15 minutes and fine since",
        CHEST,
        EMERGENCY,
    ),
    (
        "my stress test in 2022 was normal, but on saturday a tight chest spreading into both "
        "shoulders stopped me on the stairs, eased in 5 minutes",
        CHEST,
        SAME_DAY,
    ),
    (
        "the angina woke me at 3 this morning for the first time ever, one spray sorted it",
        CHEST,
        SAME_DAY,
    ),
    ("right calf 🔥 and 🎈 since lunch, only that one, sore to stand on", DVT, SAME_DAY),
    (
        "skipped thursday's session because my heart went haywire for half an hour and I almost "
        "passed out on the stairs, fine since",
        RHYTHM,
        SAME_DAY,
    ),
    (
        "since yesterday's hot bike ride I keep feeling sick and weak, cramps too, despite "
        "drinking loads",
        Category.HEAT,
        SAME_DAY,
    ),
    ("been sick four times since last night and I can't keep any water in me", OTHER, SAME_DAY),
    (
        "the graze on my knee from the fall is full of pus and I've had the shivers all evening",
        Category.SEPSIS,
        SAME_DAY,
    ),
    (
        "yesterday I stand up from bed and then I wake up on the floor, my son find me",
        SYNCOPE,
        SAME_DAY,
    ),
    # Told as over since a day before today: the NHS's urgent GP appointment, not 999 (read so
    # from session 54; it had been 999).
    (
        "on tuesday for about five minutes I could not get my words out and my left hand let go "
        "of the kettle, all back to normal now",
        STROKE,
        SAME_DAY,
    ),
    (
        "the GP checked my calf on monday and said it was a strain, but now it's hot and more "
        "swollen",
        DVT,
        SAME_DAY,
    ),
    (
        "midwife said some swelling is normal, but today my left calf is swollen, sore and warm",
        DVT,
        SAME_DAY,
    ),
    ("pee came out pink after my long run, second time this month", OTHER, SAME_DAY),
    # Session 13: the see-a-GP kinds sets 24 and 25 found, in new words.
    (
        "both calves burn on my walk to the station, I stand and read the timetable and the "
        "ache goes, then off again; since the autumn",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    (
        "calf screams after 10 min walking every time, take a breather n it's gone, 61 and a "
        "smoker",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    (
        "my left calf cramps near the same bus stop on every walk and eases after a brief stop",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    (
        "I must pause on the hill until the ache in my calves passes, every walk for months",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    (
        "my walks used to be 2 km, now only 600 m before my calves hurt and I stop",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    ("the room swims when I get out of bed most mornings lately", SYNCOPE, SEE_GP),
    (
        "my head is turning when I stand from the sofa, many times a day since the summer",
        SYNCOPE,
        SEE_GP,
    ),
    ("I feel unsteady on my feet more and more these days, 78 years old", SYNCOPE, SEE_GP),
    (
        "ever since the ferry crossing two weeks ago the ground feels like it's rocking",
        SYNCOPE,
        SEE_GP,
    ),
    ("the room spins when I turn over in bed, been happening for about a week", SYNCOPE, SEE_GP),
    (
        "my ankles go fat by teatime, when I push my thumb in it leaves a dent, a month now",
        OTHER,
        SEE_GP,
    ),
    (
        "since my lymph nodes were removed my arm has got a little bigger over the past month",
        OTHER,
        SEE_GP,
    ),
    (
        "this past year I've been puffing on the stairs, which never used to happen",
        BREATHLESS,
        SEE_GP,
    ),
    ("I'm more out of breath on the hill than I was three months ago", OTHER, SEE_GP),
    (
        "my watch shows 120 while I'm lying on the sofa a few times a week, drops back on its own",
        RHYTHM,
        SEE_GP,
    ),
    ("my heart gives an odd skip a few times a day for the past month", RHYTHM, SEE_GP),
    (
        "my forearms go numb and tight on every long erg piece and settle within ten minutes or "
        "so after stopping",
        Category.COMPARTMENT,
        SEE_GP,
    ),
    # Session 13: the urgent kinds sets 26 and 27 found (pasted chats and logs, edits, double
    # negatives, upper-body and wheelchair athletes, risk factors), in new words.
    (
        "UPDATE an hour on: the heartburn from earlier hasn't budged and it's now gone up into "
        "my jaw, I'm clammy",
        CHEST,
        EMERGENCY,
    ),
    (
        "Jo: Sam fell over at the track haha / me: no seriously he's collapsed mid rep and he's "
        "not answering us",
        SYNCOPE,
        EMERGENCY,
    ),
    (
        "day after the triathlon: legs in agony, not passed urine since this morning and my "
        "wife says I'm muddled",
        Category.SEPSIS,
        EMERGENCY,
    ),
    (
        "the ache in my shin after football hasn't eased with rest this time, it's severe and "
        "the front of my leg is rock hard",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    (
        "me: my foot's gone white and cold since breakfast, toes numb and it really hurts / "
        "Tom: sat on it? / me: no, three hours now and worse",
        Category.LIMB_ISCHAEMIA,
        EMERGENCY,
    ),
    (
        "19:02 caught my varicose vein on the step / 19:20 soaking through a second tea towel, "
        "feeling faint",
        Category.BLEEDING_VEIN,
        EMERGENCY,
    ),
    (
        "Mo: Kate's acting drunk after the race / me: she's red with dry skin and doesn't know "
        "where she is",
        Category.HEAT,
        EMERGENCY,
    ),
    (
        "14:05 heart started galloping on the bike / 14:10 vision went fuzzy so I sat down / "
        "15:00 fine now",
        RHYTHM,
        EMERGENCY,
    ),
    (
        "Dev: post your calves / me: one fat calf and one normal lol, the fat one is hot and "
        "red, two days now",
        DVT,
        SAME_DAY,
    ),
    (
        "had a chest infection all week and now my temperature's gone back up and I'm "
        "breathless walking",
        Category.SEPSIS,
        SAME_DAY,
    ),
    (
        "lymph nodes out after breast cancer, arm always puffy, but today it's red hot and "
        "bigger and I'm shivery",
        Category.SEPSIS,
        SAME_DAY,
    ),
    (
        "the room suddenly spun this morning and I've lost some hearing in my left ear",
        OTHER,
        SAME_DAY,
    ),
    ("on chemo and I haven't kept any fluids down since yesterday", OTHER, SAME_DAY),
    (
        "had an autonomic dysreflexia episode this morning, settled once we emptied the bag",
        OTHER,
        SAME_DAY,
    ),
    # Session 13: the see-a-GP kinds sets 26 and 27 found, in new words.
    (
        "my bum and thigh ache on the uphill part and it eases the second I stand still",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    (
        "hip aches walking to the bus every day and goes while I wait at the lights",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    (
        "my leg gets a crampy ache on the hill and I wait a couple of minutes for it to pass, "
        "every walk",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    ("calves ache after a short walk and recover when I stop", Category.CLAUDICATION, SEE_GP),
    ("every 300 metres my calf aches, I rest, carry on", Category.CLAUDICATION, SEE_GP),
    (
        "my calves feel like they're full of cement ten minutes into a walk, I stand still and "
        "it fades",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    ("my watch keeps flagging possible AF but I feel nothing", RHYTHM, SEE_GP),
    ("I wouldn't say I'm not dizzy, more off balance, for about a month", SYNCOPE, SEE_GP),
    ("ringing in my ear and off-balance spells a couple of times a month", SYNCOPE, SEE_GP),
    (
        "tight-chested and wheezy after cold runs every time, settles after half an hour",
        BREATHLESS,
        SEE_GP,
    ),
    ("started amlodipine and now my ankles are chunky by the evening", OTHER, SEE_GP),
    ("swelling diary wk1 fine / wk2 sock marks / wk3 a dent stays when I press", OTHER, SEE_GP),
    (
        "my heart rate shoots up doing gentle stretches, been this way for months since covid",
        RHYTHM,
        SEE_GP,
    ),
    (
        "more breathless on my rowing sessions than I used to be since radiotherapy last year",
        BREATHLESS,
        SEE_GP,
    ),
    (
        "my legs stay puffy even after a night with my feet up, started gradually a month or "
        "two ago",
        OTHER,
        SEE_GP,
    ),
    (
        "a red patch on my heel from the wheelchair footplate doesn't go white when I press it",
        OTHER,
        SEE_GP,
    ),
    (
        "since my groin nodes were removed the leg on that side has slowly got heavier and bigger",
        OTHER,
        SEE_GP,
    ),
    # Session 13: the kinds sets 28 and 29 found (wrong names, metaphors, simple and rambling
    # English, carers, pregnancy and after birth, medicines that change a sign), in new words.
    (
        "the weights bar landed on my forearm an hour ago, it feels like it's being pumped up "
        "from inside and I'm screaming when I try to straighten my fingers",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    (
        "since yesterday I've had the runs many times, can't drink much and I'm giddy every "
        "time I get up",
        OTHER,
        SAME_DAY,
    ),
    (
        "had cramps and was sick after the 10k in the heat yesterday, today also weak with a "
        "headache",
        Category.HEAT,
        SAME_DAY,
    ),
    (
        "i feel very ill. i shiver and shiver. my skin has blotches. i can not think good. my "
        "leg cut is bad.",
        Category.SEPSIS,
        EMERGENCY,
    ),
    ("3 days fever and burning when I pee, now my lower back aches too", Category.SEPSIS, SAME_DAY),
    (
        "mum's two blackouts this week, one sitting at the table, she is on water tablets",
        SYNCOPE,
        SAME_DAY,
    ),
    (
        "grandad keeps ending up on the floor and can't remember falling, three times this week",
        SYNCOPE,
        SAME_DAY,
    ),
    (
        "my leg stent was for walking pain and since Tuesday it has come right back after only "
        "40 metres",
        Category.CLAUDICATION,
        SAME_DAY,
    ),
    (
        "on prednisolone and the redness round the graze has spread up my shin since this morning",
        Category.SEPSIS,
        SAME_DAY,
    ),
    (
        "my son's infected toe, the redness is creeping up his foot and he's 38.2",
        Category.SEPSIS,
        SAME_DAY,
    ),
    ("on apixaban and a bruise like a saucer came up on my hip without any knock", OTHER, SAME_DAY),
    (
        "on bendroflumethiazide, gardened all day in the heat, now crampy, weak and muddled",
        Category.HEAT,
        EMERGENCY,
    ),
    (
        "28 weeks pregnant, my right calf is fatter than the left, sore behind the knee and a "
        "bit warm, both feet swell anyway but this is different",
        DVT,
        SAME_DAY,
    ),
    (
        "baby is ten days old and one thigh looks bigger and mottled compared with the other "
        "and aches",
        DVT,
        SAME_DAY,
    ),
    (
        "I'm 39 and my mum and uncle had heart attacks young, should I get my cholesterol and "
        "blood pressure checked before heavy lifting?",
        OTHER,
        SEE_GP,
    ),
    (
        "my heart keeps having runs of fast heartbeat at my desk for a minute, since the spring",
        RHYTHM,
        SEE_GP,
    ),
    (
        "a tight feeling in my jaw on the steep bit of my walk every week, went when I paused",
        CHEST,
        SAME_DAY,
    ),
    (
        "on letrozole and tamoxifen before that, flying to Sydney soon, should I be asking my "
        "GP about stockings?",
        OTHER,
        SEE_GP,
    ),
    (
        "starting HRT soon and I had a clot in my calf ten years ago, should I raise it with "
        "the doctor?",
        OTHER,
        SEE_GP,
    ),
    (
        "heart failure, my water tablets were doubled last week, since then dropped 3 kg and "
        "feel woozy standing",
        SYNCOPE,
        SEE_GP,
    ),
    ("dizzy since last night and I've lost a lot of the hearing in my right ear", OTHER, SAME_DAY),
    (
        "every 15 minutes into a run my shins feel like they're in a vice, back to normal once "
        "I stop, all season",
        Category.COMPARTMENT,
        SEE_GP,
    ),
    (
        "my forearms go rock hard on the rowing machine every session and take half an hour to "
        "feel normal",
        Category.COMPARTMENT,
        SEE_GP,
    ),
    (
        "dad's walking frame trips: he stops at the corner every time, rubs his calf, then "
        "carries on",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    (
        "my calves ache by the same bench on my dog walk and it's gone by the time the dog has "
        "finished",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    (
        "started the step challenge but my left calf aches after 8 minutes and I have to rest, "
        "diabetic",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    (
        "PAD diagnosed two years ago, walking programme fine, should I have the ankle pressure "
        "test repeated?",
        OTHER,
        SEE_GP,
    ),
    (
        "first week the calf ache came at 600 m, second week 400 m, now it's 200 m",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    (
        "seven weeks after a big bleed at the birth, still lightheaded when I stand, not "
        "getting better",
        SYNCOPE,
        SEE_GP,
    ),
    (
        "my 15 year old gets wheezy only during hard training sets and it settles in ten minutes",
        BREATHLESS,
        SEE_GP,
    ),
    ("chemo makes my ankles puff up after each cycle then settle, both sides", OTHER, SEE_GP),
    (
        "mum's feet swell by teatime in her chair. both sides the same. months of this now",
        OTHER,
        SEE_GP,
    ),
    (
        "since my armpit lymph nodes were removed that arm feels heavier and my rings are tight",
        OTHER,
        SEE_GP,
    ),
    # Session 13: the kinds sets 30 and 31 found (bot chatter, long posts, voice notes, the
    # outdoors, travel and sport jargon, far from help), in new words.
    (
        "do I need stockings or an injection for my flight to Perth? I had a clot in my leg "
        "last year",
        OTHER,
        SEE_GP,
    ),
    (
        "when I stand up from the sofa everything goes swimmy for a few seconds, for the last "
        "month or so, my tablets were upped in the spring",
        SYNCOPE,
        SEE_GP,
    ),
    (
        "one of my shins has slowly got thicker over several months, skin tight, no pain",
        OTHER,
        SEE_GP,
    ),
    (
        "since my lymph node surgery my arm feels fuller and my watch strap is tighter",
        OTHER,
        SEE_GP,
    ),
    (
        "ankles like balloons since Tuesday and I'm puffing on stairs, which I wasn't last "
        "week, I've got a heart pump problem",
        Category.HF_WORSENING,
        SAME_DAY,
    ),
    (
        "my legs go heavy and achy going round the shops and I lean on the trolley until it "
        "passes, months now",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    ("woozy spells most evenings like the floor is tipping, about a month now", SYNCOPE, SEE_GP),
    (
        "short bursts of my heart pounding after heavy squat days, about 10 seconds, most weeks "
        "now",
        RHYTHM,
        SEE_GP,
    ),
    (
        "a sharp catch in my chest whenever I breathed in last night, a week after my knee op, "
        "gone now",
        CHEST,
        EMERGENCY,
    ),
    (
        "my calf pain on walks got much worse this week, from 300 m to 30 m, and that foot is "
        "colder than the other",
        Category.CLAUDICATION,
        SAME_DAY,
    ),
    ("dizzy when I roll over in bed, lasts seconds, it's been weeks", SYNCOPE, SEE_GP),
    (
        "constant rocking feeling like I'm still on the boat since the ferry, 2 weeks now",
        SYNCOPE,
        SEE_GP,
    ),
    ("wheezy only when cycling in cold air, settles after a while", BREATHLESS, SEE_GP),
    (
        "out of breath at netball much sooner than last year, pale and tired all the time",
        BREATHLESS,
        SEE_GP,
    ),
    ("my new tattoo is hot red and oozing and my temperature is 38.4", Category.SEPSIS, SAME_DAY),
    (
        "after this morning's dive there's a deep ache in my elbow joint, getting worse",
        OTHER,
        SAME_DAY,
    ),
    ("a tick bite from the hike has turned into a spreading red ring", Category.SEPSIS, SAME_DAY),
    ("muffled hearing and ringing in one ear for three weeks since a flight", OTHER, SEE_GP),
    # Session 14: a clinician's shorthand, read as plain words.
    (
        "ICU nurse here, CP started 15 min ago on the stairs, sweaty, going into my L arm",
        CHEST,
        EMERGENCY,
    ),
    (
        "paramedic, off duty: retrosternal heaviness with nausea for half an hour last night, gone "
        "by midnight",
        CHEST,
        SAME_DAY,
    ),
    (
        "orthopnoea for the last three nights, need four pillows now",
        Category.HF_WORSENING,
        SAME_DAY,
    ),
    # A squeeze told without its place, with the heart's companions.
    (
        "the pressure came on carrying the logs in and hasn't gone, half an hour, I'm clammy and "
        "grey",
        CHEST,
        EMERGENCY,
    ),
    (
        "that tight feeling at breakfast spread up into my neck, gone after ten minutes",
        CHEST,
        SAME_DAY,
    ),
    ("two goes of my GTN and the ache hasn't budged, sitting on the bench", CHEST, EMERGENCY),
    (
        "used my angina spray 4 times since Friday, more than the whole previous month",
        CHEST,
        SAME_DAY,
    ),
    # A TIA told as over, dated within days.
    (
        "on Sunday my right hand went numb and I couldn't find my words for ten minutes, fine "
        "since",
        STROKE,
        SAME_DAY,
    ),
    # One calf bigger, in numbers or by its marks.
    ("measured both calves for my log: left 39 cm, the right is 35, left one aches", DVT, SAME_DAY),
    ("my sock leaves a deep groove on the left leg only, and that calf is warm", DVT, SAME_DAY),
    ("woke up with one lower leg double the size of the other, no knock or fall", DVT, SAME_DAY),
    # A rate over 100 all day and uneven against a usual 60.
    (
        "usual resting pulse is 60; since I woke it's sat at 115 and it feels uneven",
        RHYTHM,
        SAME_DAY,
    ),
    (
        "weighing myself each morning as the clinic asked: 74.0, 74.6, 75.4, 76.3 and ankles "
        "puffier",
        Category.HF_WORSENING,
        SAME_DAY,
    ),
    (
        "doc upped my BP meds last week, now light headed whenever I get up and almost fell twice",
        SYNCOPE,
        SAME_DAY,
    ),
    (
        "work dipstick showed blood, not my period, and my calves are agony since the 10k",
        Category.RHABDO,
        EMERGENCY,
    ),
    (
        "flew back from Singapore last week and I'm more puffed on the stairs than I should be",
        PE,
        EMERGENCY,
    ),
    (
        "machine says 82/50, I feel faint and clammy after two days of sickness",
        Category.BLOOD_PRESSURE,
        SAME_DAY,
    ),
    (
        "suddenly my foot went white and icy below the knee on the bike, leg feels dead",
        Category.LIMB_ISCHAEMIA,
        EMERGENCY,
    ),
    # Claudication's course in more words, and PAD's signs without pain.
    (
        "3 mile walk, had to stop twice because of the pain in my left calf, gone in a minute",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    (
        "reach the top of the street, calf grabs, I pause and it lets go, on I go",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    (
        "ABPI came out at 0.8 at the practice, I do get sore calves walking",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    (
        "left foot goes white when I raise it and a graze on that heel is not healing",
        Category.LIMB_ISCHAEMIA,
        SAME_DAY,
    ),
    (
        "lightheaded getting off the rower, fourth session in a row, clears in seconds",
        SYNCOPE,
        SEE_GP,
    ),
    # A hypo treated twice and still low, or muddled: 999.
    (
        "insulin pump user, sugar 2.4, two juice boxes and it's still at 2.8, feel muddled",
        OTHER,
        EMERGENCY,
    ),
    # A urine infection gone to the kidneys; a chest infection with breathlessness.
    (
        "cystitis since Monday, now shivery with a temperature and an ache in my lower back",
        Category.SEPSIS,
        SAME_DAY,
    ),
    (
        "coughing up green phlegm with a fever and I get breathless walking to the kitchen",
        BREATHLESS,
        SAME_DAY,
    ),
    # A crush with swelling rising overnight; drying out after a long effort.
    (
        "dropped a kettlebell on my foot last night, swelling got worse by morning and it's still "
        "really painful",
        Category.COMPARTMENT,
        SAME_DAY,
    ),
    (
        "after yesterday's long ride I've barely peed, dizzy and headachy, not much better today",
        Category.HEAT,
        SAME_DAY,
    ),
    # Angina creeping up over months; asking to be screened or checked.
    ("my GTN use has slowly gone up over the year, still only on big hills", CHEST, SEE_GP),
    (
        "both my parents had clots young; should I get screened before I start running?",
        OTHER,
        SEE_GP,
    ),
    # Session 14, sets 35-37: sport, long-term conditions, distress and parents.
    (
        "a runner in our group just slumped over at the water stop and isn't answering us",
        SYNCOPE,
        EMERGENCY,
    ),
    (
        "our keeper got knocked out in the game ten minutes ago and keeps drifting off",
        SYNCOPE,
        EMERGENCY,
    ),
    (
        "my brother has been throwing up after football in the heat and isn't making any sense, he "
        "feels like an oven",
        Category.HEAT,
        EMERGENCY,
    ),
    (
        "finished the marathon 3 hours ago, drank at every water stop, now confused and being sick",
        OTHER,
        EMERGENCY,
    ),
    ("on rivaroxaban and just threw up a load of blood", OTHER, EMERGENCY),
    (
        "cracked my thigh on the rack, it's tight and shiny, the pain is massive and my foot is "
        "tingling",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    (
        "my plaster went on today and my fingers are white and numb, pain is way worse than when I "
        "fell",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    ("had a shock from my ICD an hour ago walking the dog, feel fine now", RHYTHM, SAME_DAY),
    (
        "flat out on the track after rep 5, whited out and came round on the grass, ran home after",
        SYNCOPE,
        EMERGENCY,
    ),
    ("two weeks into chemo, thermometer says 37.6, feel a bit rough", Category.SEPSIS, EMERGENCY),
    (
        "burning when I pee for two days, now a dull ache in my side and I feel shivery",
        Category.SEPSIS,
        SAME_DAY,
    ),
    ("our 12 year old is always thirsty, peeing all the time and has lost weight", OTHER, SAME_DAY),
    (
        "weighed 2 kg more than Monday and my trainers didn't fit today",
        Category.HF_WORSENING,
        SAME_DAY,
    ),
    (
        "since the 100k on Saturday my face and hands are puffy and I'm hardly weeing",
        OTHER,
        SAME_DAY,
    ),
    ("using the spray on nearly every walk now, used to be once a week", CHEST, SAME_DAY),
    (
        "had a DVT in that leg last year and now the calf where it was is sore and swollen again",
        DVT,
        SAME_DAY,
    ),
    (
        "heat wave all week; my dad is dizzy and weak and only having sips of water",
        Category.HEAT,
        SAME_DAY,
    ),
    ("his breathing sounds horrible and he's gone grey", BREATHLESS, EMERGENCY),
    # Stories closed by someone being fine are not closed when a sign follows.
    (
        "my mum was sent home after her new hip on Monday and now her calf is swollen and hot",
        DVT,
        SAME_DAY,
    ),
    ("she's recovering well from the op but her calf is swollen and hot", DVT, SAME_DAY),
    ("my dad collapsed at the gym but he was fine after a minute", SYNCOPE, EMERGENCY),
    # Session 15, sets 38-40: women's health, Discord formatting, stimulants and panic.
    (
        "plyo circuit finished an hour ago, my shin is puffing up and the pain is out of all "
        "proportion, worse if I wiggle my toes",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    (
        "got kneed in the quad at judo, the thigh's rock hard now and the pain is far worse than "
        "at first",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    (
        "gave birth to my son 9 days ago, the bleeding has got heavy again, a pad every 30 "
        "minutes, and I'm light headed",
        OTHER,
        EMERGENCY,
    ),
    (
        "my usual walking calf ache has turned into agony that won't settle sitting down, the "
        "foot's gone pale and cold",
        Category.LIMB_ISCHAEMIA,
        EMERGENCY,
    ),
    (
        "a fortnight after my knee op I can't get to the end of the garden without stopping to "
        "get my breath, and it catches when I breathe in",
        PE,
        EMERGENCY,
    ),
    (
        "what would you do if your chest was crushing and it spread to your jaw? that's me now",
        CHEST,
        EMERGENCY,
    ),
    ("my lad keeled over at the finish line of his 800m, he's sat up now", SYNCOPE, EMERGENCY),
    (
        "type 2 diabetic; a tight ache at the top of my stomach on the hill made me stop, gone "
        "five minutes later",
        CHEST,
        SAME_DAY,
    ),
    (
        "his angina comes on with less and less effort, he stops and it goes",
        CHEST,
        SAME_DAY,
    ),
    (
        "the heaviness creeps in on the walk to the station now even on the flat, had to stop "
        "twice and then it eased",
        CHEST,
        SAME_DAY,
    ),
    (
        "Saturday my dad's coffee kept running out of one side of his mouth, then it sorted itself",
        STROKE,
        SAME_DAY,
    ),
    (
        "I prop myself up on the sofa at night to breathe and my ankles are puffy",
        BREATHLESS,
        SAME_DAY,
    ),
    (
        "week 34 check in: my wedding ring won't go on, my hands ballooned overnight",
        Category.PREECLAMPSIA,
        SAME_DAY,
    ),
    (
        "35 weeks and my face is fatter than yesterday, with a headache",
        Category.PREECLAMPSIA,
        SAME_DAY,
    ),
    (
        "asking for a friend: after my c-section one calf is red and warm and tight",
        DVT,
        SAME_DAY,
    ),
    (
        "> DOMS hits both legs evenly\nmine is only one leg, day 4, the calf is swollen",
        DVT,
        SAME_DAY,
    ),
    ("left calf 36.5 cm, right calf 40 cm, what does that mean?", DVT, SAME_DAY),
    (
        "scales since the nurse said to log them: 90.1, 91.0, 92.2 and my trainers are tight",
        Category.HF_WORSENING,
        SAME_DAY,
    ),
    (
        "thighs feel strangely weak after the double session and my wee is really dark",
        Category.RHABDO,
        EMERGENCY,
    ),
    (
        "a varicose vein on my ankle oozed a little blood in the shower, it stopped by itself",
        Category.BLEEDING_VEIN,
        SAME_DAY,
    ),
    (
        "short of breath for days, coughing yellow stuff, temperature, sharp when I breathe in",
        BREATHLESS,
        SAME_DAY,
    ),
    (
        "the spot where I had my jab is red, hot and sore and I've got a slight temperature",
        Category.SEPSIS,
        SAME_DAY,
    ),
    (
        "heart goes fluttery for a minute at random, without any coffee now, used to be only "
        "after espresso",
        RHYTHM,
        SEE_GP,
    ),
    (
        "racing heart most evenings since I upped the energy drinks, been 5 weeks",
        RHYTHM,
        SEE_GP,
    ),
    (
        "my sister had a clot in her leg at 30; should I bring that up before I start HRT?",
        OTHER,
        SEE_GP,
    ),
    # Sets 41-43: moderators relaying, replies to the bot, paperwork and results, chores.
    (
        "a member says this morning an ache went up into her jaw while she hoovered, it lasted "
        "ten minutes and has gone",
        CHEST,
        SAME_DAY,
    ),
    (
        "you told me it was a pulled muscle but right now there's a heavy pressure in the middle "
        "and I'm sweating",
        CHEST,
        EMERGENCY,
    ),
    ("long QT and a burst of palpitations on the bike just now, settled", RHYTHM, SAME_DAY),
    (
        "my gout flare woke me, I prop myself up at night to breathe and I'm 2 kg up",
        BREATHLESS,
        SAME_DAY,
    ),
    (
        "you said ice it and rest. four hours on, the calf is shiny and tense, the pain keeps "
        "getting worse and my toes are numb",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    (
        "the water tablet was raised on Tuesday and I've nearly gone over twice getting out of "
        "my chair",
        SYNCOPE,
        SAME_DAY,
    ),
    ("lab rang: potassium 6.2, I'm on ramipril, they want a repeat", OTHER, SAME_DAY),
    ("potassium 6.8 on my bloods and my legs feel weak", OTHER, EMERGENCY),
    (
        "they wanted a second troponin but I discharged myself at midnight, chest is quiet now",
        OTHER,
        SAME_DAY,
    ),
    (
        "shifted furniture all day, drove 300 miles home, my right calf is fat and tender and "
        "I'm breathless with a catch when I breathe in",
        PE,
        EMERGENCY,
    ),
    (
        "on Sunday my left hand went clumsy for a few minutes and I couldn't hold my pen, fine "
        "ever since",
        STROKE,
        SAME_DAY,
    ),
    (
        "my husband's been sleeping in the armchair so he can breathe and his ankles are huge",
        BREATHLESS,
        SAME_DAY,
    ),
    (
        "bitten by something in the garden, now my ankle is hot, swollen and the redness is "
        "spreading up",
        Category.SEPSIS,
        SAME_DAY,
    ),
    ("I think I should talk to my GP about my old DVT before the long flight", OTHER, SEE_GP),
    # Sets 44-46: outside answers quoted, several people in one message, rehab.
    (
        "on the pill, drove 7 hours yesterday, today it's like breathing through a straw and it "
        "stabs under my left breast on each breath",
        PE,
        EMERGENCY,
    ),
    (
        "Google says shin splints but the pain in my lower leg keeps getting worse since I "
        "stopped, it's rock hard and my foot is numb",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    (
        "hurt my forearm on the prowler, it's swollen and tense and straightening my fingers is "
        "agony",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    (
        "32 weeks, pounding headache, seeing flashing lights and she just had a shaking fit",
        Category.PREECLAMPSIA,
        EMERGENCY,
    ),
    (
        "my mate's stopped sweating, he's hot to touch and keeps asking what day it is after the "
        "hot run",
        Category.HEAT,
        EMERGENCY,
    ),
    (
        "our walk leader Pat: left foot suddenly agonising, white and cold, can barely wiggle "
        "her toes",
        Category.LIMB_ISCHAEMIA,
        EMERGENCY,
    ),
    (
        "my sister is due in 4 weeks and today her face and fingers ballooned with a headache",
        Category.PREECLAMPSIA,
        SAME_DAY,
    ),
    (
        "Dad's fine, Mum's knees ache, and my brother's calves are rock hard and he's peeing "
        "really dark after the relay",
        Category.RHABDO,
        EMERGENCY,
    ),
    (
        "sore throat for days, now a red, hot, painful knee and a high temperature",
        Category.SEPSIS,
        SAME_DAY,
    ),
    (
        "the groin where they went in for my angiogram has a lump that pulses",
        OTHER,
        SAME_DAY,
    ),
    (
        "he went limp in his chair for a few seconds and didn't respond, now chatting",
        SYNCOPE,
        EMERGENCY,
    ),
    (
        "interval session: heart rate shot up to 195 and stayed up after I stopped, I went "
        "lightheaded",
        RHYTHM,
        EMERGENCY,
    ),
    # Session 16: carers describing someone who can't say, infections, night-time.
    (
        "a week after my hip op she's breathing really fast and winces with each breath",
        PE,
        EMERGENCY,
    ),
    ("her pulse has been about 180 for the last 40 min and she's pale", RHYTHM, SAME_DAY),
    (
        "since breakfast her right hand just hangs and she's drooling from one side",
        STROKE,
        EMERGENCY,
    ),
    ("out of the blue my left hand turned icy and mottled", Category.LIMB_ISCHAEMIA, EMERGENCY),
    (
        "after the infected blister I'm shaking uncontrollably and my legs look mottled",
        Category.SEPSIS,
        EMERGENCY,
    ),
    (
        "his leg wound is red and hot and he's so drowsy we can barely wake him",
        Category.SEPSIS,
        EMERGENCY,
    ),
    (
        "the graze on my shin hurts far worse than it looks and the skin round it has gone "
        "dusky, and I have a fever",
        Category.SEPSIS,
        EMERGENCY,
    ),
    (
        "tight squeezing in my chest spreading up to my neck, had gaviscon and it made no "
        "difference",
        CHEST,
        EMERGENCY,
    ),
    ("nan keeps clutching her chest and looks grey", CHEST, EMERGENCY),
    (
        "at the day centre he was pointing at his jaw on the walk, it passed once he sat down, "
        "first time ever",
        CHEST,
        SAME_DAY,
    ),
    (
        "he cries out when we press his calves and his urine is like cola after the sponsored walk",
        Category.RHABDO,
        SAME_DAY,
    ),
    ("bruises keep appearing with no knock and my nose has bled twice this week", OTHER, SAME_DAY),
    (
        "my watch said possible AFib at 2am and I was short of breath then, fine now",
        RHYTHM,
        SAME_DAY,
    ),
    ("got back from Uganda on Sunday and now I've got a fever and shivers", OTHER, SAME_DAY),
    ("each day more breathless, now even brushing my teeth winds me", BREATHLESS, SAME_DAY),
    ("since they switched my inhaler in June my heart pounds after every puff", OTHER, SEE_GP),
    (
        "heavy ache behind my breastbone whenever I hurry uphill after a takeaway, eases when I "
        "slow down, probably heartburn",
        CHEST,
        SAME_DAY,
    ),
    (
        "my calves tighten at the same lamp post every walk and are fine once I rest",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    (
        "painkillers before my walk help the calf ache but I still have to stop after a mile",
        Category.CLAUDICATION,
        SEE_GP,
    ),  # Session 16, sets 50 to 52: fasting and restriction, dialects, long-term conditions.
    ("bhai seene mein bhaari pressure hai aur pasina, 20 min se", CHEST, EMERGENCY),
    (
        "ma right leg's gone cauld and white fae the knee, cannae feel ma toes",
        Category.LIMB_ISCHAEMIA,
        EMERGENCY,
    ),
    (
        "probably just my costochondritis but it's pressure this time and I've gone grey and sick",
        CHEST,
        EMERGENCY,
    ),
    ("speech has gone blurry and my left hand keeps dropping my cup", STROKE, EMERGENCY),
    (
        "after the tackle my calf is tense like a drum and the pain keeps climbing",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    ("lifted a sofa and now there's numbness between my legs and I can't pee", OTHER, EMERGENCY),
    ("my knee ballooned within an hour of the twist and I can't straighten it", OTHER, SAME_DAY),
    ("on methotrexate and a sore throat and temperature since lunch", OTHER, SAME_DAY),
    ("laxatives all week to make weight and my legs are weak and twitching", OTHER, SAME_DAY),
    ("heart failure and the scale says 2.5 kg since saturday", Category.HF_WORSENING, SAME_DAY),
    ("one of my calves is tight, red and warm, the other is fine", DVT, SAME_DAY),
    (
        "after a long coach ride one of my calves hurts when I pull my foot up towards me",
        DVT,
        SAME_DAY,
    ),
    ("went out for a second right after the rowing machine, fine now", SYNCOPE, EMERGENCY),
    (
        "a run of fast thumping on my ride this morning; my dad died suddenly at 45",
        RHYTHM,
        SAME_DAY,
    ),
    (
        "still crampy with a headache an hour after the hot run, resting inside hasn't helped",
        Category.HEAT,
        EMERGENCY,
    ),
    (
        "on blood pressure tablets and fasting, nearly fell twice standing up today",
        SYNCOPE,
        SAME_DAY,
    ),
    (
        "sudden vertigo, walking like I'm drunk and veering to the left",
        STROKE,
        EMERGENCY,
    ),  # What the new readings must not swallow: a dream that woke them to real pain, stroke
    # symptoms reported (not taught), a faint in exercise with a known condition.
    ("I dreamt I was falling and woke up with crushing chest pain and sweating", CHEST, EMERGENCY),
    ("my mum is showing stroke symptoms", STROKE, EMERGENCY),
    ("I have POTS and fainted on the treadmill like always", SYNCOPE, EMERGENCY),
    # Session 17: pregnancy and the weeks after a birth, phone typing, physique sport.
    (
        "both calfs lock up halfway through my walk to the bus stop, I stand still a minute and "
        "it's gone",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    (
        "my legs tighten after about ten minutes walking the canal path and ease with a breather",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    (
        "I can walk about half as far as I could in the spring before my calf stops me",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    ("three weeks pp and soaking a pad every hour, I feel faint", OTHER, EMERGENCY),
    (
        "the vain behind my knee has burst and blood is pumping out",
        Category.BLEEDING_VEIN,
        EMERGENCY,
    ),
    ("a heavy ache in my chess with sweating and it's still there", CHEST, EMERGENCY),
    ("knocked my head on the bar yesterday and threw up twice today", OTHER, EMERGENCY),
    ("on apixaban and my gums keep bleeding when I brush", OTHER, SAME_DAY),
    (
        "two weeks after my caesarean I've a throbbing headache and my vision is blurry",
        Category.PREECLAMPSIA,
        SAME_DAY,
    ),
    (
        "36 weeks and I can see sparkly lights at the edge of my eyes",
        Category.PREECLAMPSIA,
        SAME_DAY,
    ),
    (
        "talking to my son I knew what I meant to say but it came out as gibberish, fine now",
        STROKE,
        EMERGENCY,
    ),
    (
        "dizzy since this morning, one ear is ringing and I can't hear well out of it",
        OTHER,
        SAME_DAY,
    ),
    (
        "my angina had been settled for two years but now I need the spray even on easy walks",
        CHEST,
        SAME_DAY,
    ),
    (
        "water cut before the show, on furosemide, and now my calves keep cramping and my heart "
        "feels stuttery",
        OTHER,
        SAME_DAY,
    ),
    (
        "my training partner took DNP and he is drenched in sweat with his heart hammering",
        OTHER,
        EMERGENCY,
    ),
    ("she's burning up and confused, doesn't know where she is", OTHER, EMERGENCY),
    (
        "it's hot and swollen around the injection site and I have a raised temperature",
        Category.SEPSIS,
        SAME_DAY,
    ),
    ("nosebleed won't stop, 20 minutes of pinching and it's still running", OTHER, EMERGENCY),
    ("I keep getting nosebleeds, three or four a week lately", OTHER, SEE_GP),
    ("32 weeks and I haven't felt him kick since breakfast", OTHER, SAME_DAY),
    (
        "had a spinal block for my section, now I get a headache whenever I sit up and it eases "
        "when I lie down",
        OTHER,
        SAME_DAY,
    ),
    (
        "gestational diabetes and my sugars were 16 this morning, I'm so thirsty and peeing all "
        "the time",
        OTHER,
        SAME_DAY,
    ),
    (
        "my heartbeats went wild and uneven on the bike and I had to get off and sit down",
        RHYTHM,
        SEE_GP,
    ),
    ("two heart attacks behind me and I know this is it again, it's crushing", CHEST, EMERGENCY),
    ("took my spray ten minutes ago and it hasn't touched the pain", CHEST, EMERGENCY),
    (
        "my right arm and leg have gone weak and heavy, must have slept on them funny",
        STROKE,
        EMERGENCY,
    ),
    (
        "hypothetically if someone's face dropped on one side and their words slurred, asking "
        "because it's happening to me",
        STROKE,
        EMERGENCY,
    ),
    # A stroke years ago says nothing about signs told as now.
    (
        "my stroke was six years ago, fine ever since, but since lunch my speech is slurred",
        STROKE,
        EMERGENCY,
    ),
    ("my motions are black like tar since yesterday", OTHER, SAME_DAY),
    ("I wake at night and have to sit up to breathe", BREATHLESS, SAME_DAY),
    (
        "the cramp in my calf on walks got much worse this week, I can only do about 30 metres "
        "and that foot feels cooler than the other",
        Category.CLAUDICATION,
        SAME_DAY,
    ),
    # Session 18: palpitations that outlast the exercise, a limb out of shape after a fall,
    # heat that cooling hasn't touched, the stairs at home newly taken in stages, a fall after
    # a blood pressure medicine went up.
    (
        "spin class set my heart hammering and it kept going for half an hour after I got off, "
        "calm again now",
        RHYTHM,
        SAME_DAY,
    ),
    (
        "got the flutters on the cross trainer and they didn't settle when I sat down, about 35 "
        "minutes, all fine now",
        RHYTHM,
        SAME_DAY,
    ),
    (
        "since the long drive back from Italy yesterday it catches low on my left side when I "
        "take a big breath",
        PE,
        EMERGENCY,
    ),
    (
        "slipped on the wet step and his wrist is a funny shape now, he can move his fingers",
        OTHER,
        SAME_DAY,
    ),
    ("came off my bike on the descent, my forearm looks bent and it's agony", OTHER, SAME_DAY),
    ("went in hard on a tackle and you can see the bone through his sock", OTHER, EMERGENCY),
    (
        "spent the afternoon in the sun at the cricket, now shaky and sick with a fast pulse, and "
        "an hour lying inside with water hasn't made a difference",
        Category.HEAT,
        EMERGENCY,
    ),
    (
        "breathless since Saturday, I have to stop on the stairs twice now when I never had to "
        "before, I'm 81",
        BREATHLESS,
        SAME_DAY,
    ),
    (
        "my water tablets were upped on Monday and I keep going woozy when I get out of a chair, "
        "went over and banged my elbow this morning",
        SYNCOPE,
        SAME_DAY,
    ),
    # Session 18: a near-faint told as the world going far away, palpitations as a
    # "pitter-patter", breathlessness as "needing a breather", each coming back for weeks.
    (
        "for about two months I keep getting spells where everything seems far away and I feel "
        "like I'm going to go, mostly standing at the bus stop",
        SYNCOPE,
        SEE_GP,
    ),
    (
        "every so often my heart goes pitter-patter when I lie down at night, a few minutes each "
        "time, on and off for three weeks",
        RHYTHM,
        SEE_GP,
    ),
    (
        "since the summer I've been needing a breather halfway up the hill to church, which never "
        "used to happen, just slowly over the months",
        BREATHLESS,
        SEE_GP,
    ),
    # A what-if owned up at the very end; a stop on walks "with calf cramp"; an AF alert the
    # member blames on the strap; attacks counted this month; worse than years ago, steadily;
    # boils that keep coming.
    (
        "what if a man's legs always ached at the same spot on a walk and eased when he stopped, "
        "and he smoked, just age right? (it's me)",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    (
        "my partner nags me because I stop every couple of hundred metres on our walks with calf "
        "cramp, been like that since last winter",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    (
        "my smart watch has said possible AFib twice this week, feel fine, probably the strap "
        "playing up? still ok to train?",
        RHYTHM,
        SEE_GP,
    ),
    (
        "four attacks this month of the room whirling for a couple of hours with a hiss in one ear",
        SYNCOPE,
        SEE_GP,
    ),
    (
        "I get much more puffed on the hill to work than two years ago and it's steadily getting "
        "worse",
        BREATHLESS,
        SEE_GP,
    ),
    ("I keep getting boils in my armpit, the third one since summer", OTHER, SEE_GP),
    # How a stroke began, dated to now, is a report whatever question follows.
    (
        "my gran's stroke began with slurred words ten minutes ago, what else should I look for?",
        STROKE,
        EMERGENCY,
    ),
    # Session 19: sets 59 to 61 (Gen Z and learners' English, manual and outdoor work, recovery
    # from illness and numbers read off devices).
    (
        "light-headed since last night with diarrhoea, I can barely keep fluids down and I'm "
        "only weeing tiny amounts",
        OTHER,
        SAME_DAY,
    ),
    (
        "four days after my hernia op the wound has swollen up since this morning, hard and "
        "going purple",
        OTHER,
        SAME_DAY,
    ),
    (
        "on spironolactone and my arms and legs feel weak, and my heart keeps skipping tonight",
        OTHER,
        SAME_DAY,
    ),
    (
        "fainted halfway through my parkrun on Saturday, first time, came to quickly, been "
        "fine since",
        SYNCOPE,
        SAME_DAY,
    ),
    (
        "came off the booze cold turkey two days ago, had a fit this morning and now I'm "
        "seeing bugs on the wall that aren't there",
        OTHER,
        EMERGENCY,
    ),
    (
        "stopped drinking on Sunday after years of drinking every day, really shaky and "
        "sweating and my heart is racing",
        OTHER,
        SAME_DAY,
    ),
    (
        "I keep waking in the night feeling like I'm suffocating and have to sit on the side "
        "of the bed until it passes",
        BREATHLESS,
        SAME_DAY,
    ),
    (
        "on ramipril, dizzy every time I stand up today, nearly fell twice, and I've got the runs",
        SYNCOPE,
        SAME_DAY,
    ),
    (
        "used to walk 600m before the calf pain, since Sunday it's 60m and that foot is paler "
        "than the other",
        Category.CLAUDICATION,
        SAME_DAY,
    ),
    (
        "the whites of my eyes have gone yellow and I'm itchy all over",
        OTHER,
        SAME_DAY,
    ),
    (
        "mum had a stroke reading the paper this morning",
        STROKE,
        EMERGENCY,
    ),
    (
        "grandad had a heart attack watching the rugby an hour ago, he's grey and clammy",
        CHEST,
        EMERGENCY,
    ),
    (
        "I'm needing my reliever inhaler five times a week at the moment, mostly after my runs",
        BREATHLESS,
        SEE_GP,
    ),
    (
        "my heart keeps knocking hard in my throat some evenings, a few minutes at a time, "
        "for three weeks",
        RHYTHM,
        SEE_GP,
    ),
    (
        "my heart does odd little flips when I lie down, has done for a month, is it "
        "dangerous to train?",
        RHYTHM,
        SEE_GP,
    ),
    (
        "my heart does little jumps lying on my left side in bed, for a month now",
        RHYTHM,
        SEE_GP,
    ),
    (
        "I get a spin for a few seconds whenever I look up at the top shelf, going on a month now",
        SYNCOPE,
        SEE_GP,
    ),
    (
        "short spinning feeling when I roll over in bed. Three weeks.",
        SYNCOPE,
        SEE_GP,
    ),
    (
        "lumpy blue veins behind my knee have got bigger and ache after my shift",
        OTHER,
        SEE_GP,
    ),
    (
        "on my walks my calves go hard like stone after ten minutes and I must stop, standing "
        "a bit it goes",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    (
        "both shins go tight and bursting after 15 min of running, it all goes within 20 "
        "minutes of stopping, every single run",
        Category.COMPARTMENT,
        SEE_GP,
    ),
    (
        "I have a light head after my long walks, since a few weeks",
        SYNCOPE,
        SEE_GP,
    ),
    (
        "since four days my breath is cut on one flight of stairs, with a cough and a little fever",
        BREATHLESS,
        SAME_DAY,
    ),
    (
        "over breakfast my smile wouldn't work properly and my juice came out on one side, "
        "about five minutes, fine now",
        STROKE,
        EMERGENCY,
    ),
    (
        "check in: missed my step goal, feverish with a chesty cold, hacking up yellow gunk "
        "and puffed walking to the car",
        BREATHLESS,
        SAME_DAY,
    ),
    (
        "my left arm, the one where my picc line went in for chemo, has swollen up over two days",
        DVT,
        SAME_DAY,
    ),
    (
        "calf tape measure today L 37, R 41, right one warm and sore since Tuesday",
        DVT,
        SAME_DAY,
    ),
    (
        "the skin round my dialysis line is red and sore and my temp is 37.7",
        Category.SEPSIS,
        SAME_DAY,
    ),
    (
        "during my tempo run everything became black, my coach says I wasn't conscious for "
        "about 15 seconds",
        SYNCOPE,
        EMERGENCY,
    ),
    (
        "a cow trod on my foot this morning, it's tight and puffy and hurts way more than a "
        "bruise should",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    (
        "after a long march with a heavy pack my shin is rock hard and the pain is horrendous "
        "even lying still",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    (
        "after the tournament in the sun my son can't think clear and his friend says he's "
        "saying strange things",
        Category.HEAT,
        EMERGENCY,
    ),
    (
        "violent shivering, I breathe very fast and the spots on my arms stay when I press a "
        "glass on them",
        Category.SEPSIS,
        EMERGENCY,
    ),
    (
        "my dialysis fistula got knocked on the bike and it's bleeding heavily, I've pressed "
        "for 10 minutes and it won't stop",
        OTHER,
        EMERGENCY,
    ),
    (
        "the room has been spinning since this morning and I've been sick four times",
        SYNCOPE,
        SAME_DAY,
    ),
    (
        "had mild heatstroke at the cricket yesterday and today I still have a headache and "
        "can't eat",
        Category.HEAT,
        SAME_DAY,
    ),
    (
        "for four days I get puffed on the stairs at home, coughing and feverish too",
        BREATHLESS,
        SAME_DAY,
    ),
    (
        "bp 184/110 on two readings tonight with blurry vision",
        Category.BLOOD_PRESSURE,
        SAME_DAY,
    ),
    (
        "oxygen levels 91 on the pulse ox after my physio walk, usually 97",
        BREATHLESS,
        EMERGENCY,
    ),
    (
        "the arm with my hickman line has swollen since yesterday and feels heavy",
        DVT,
        SAME_DAY,
    ),
    (
        "did a long day hauling bricks in the heat, now my muscles are weak and very sore and "
        "I've barely weed, it's brown",
        Category.RHABDO,
        EMERGENCY,
    ),
    (
        "my left arm and leg went pins and needles together for ten minutes while I was "
        "reading, all fine now",
        STROKE,
        EMERGENCY,
    ),
    (
        "my legs burn walking uphill after five minutes and ease when I stop, a mate said "
        "claudication, is that serious?",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    (
        "I get a head rush when I stand up from the till, several times a shift",
        SYNCOPE,
        SEE_GP,
    ),
    # Session 20: sets 65 to 68 (spelling by ear, yoga and dance classes, weight-loss jabs and new
    # medicines, members who find feelings hard to name).
    ("chest is realy hevy like a wait on it and im swetting alot", CHEST, EMERGENCY),
    ("my rite cafe is swolen and warm and akes when i walk", DVT, SAME_DAY),
    (
        "the vane on my shin popped and blud is pourin out, pressin dont stop it",
        Category.BLEEDING_VEIN,
        EMERGENCY,
    ),
    ("cant put any wait on my ankel since i went over on it", OTHER, SAME_DAY),
    ("wen i get up my hed spins and i go lite hedded evry morning for weeks", SYNCOPE, SEE_GP),
    ("mum can't smile the right side of her mouth and her tea keeps spilling", STROKE, EMERGENCY),
    (
        "finished the 10k an hour ago, my shin is still getting worse, it's gone rock hard and "
        "my toes are tingling",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    (
        "is heartburn meant to go into your jaw? had it 20 minutes now and it's getting worse",
        CHEST,
        EMERGENCY,
    ),
    (
        "sprayed under my tongue at 6:40, sprayed again at 6:45, now 6:53 and not easing, I have "
        "angina",
        CHEST,
        EMERGENCY,
    ),
    (
        "short of breath on and off for a week, blue inhaler only lasts an hour now",
        BREATHLESS,
        SAME_DAY,
    ),
    ("both legs have swelled up over a few days and I'm going a lot less", OTHER, SAME_DAY),
    (
        "my husband is sat in his chair, I counted 26 breaths in a minute, he's normally 14",
        BREATHLESS,
        SAME_DAY,
    ),
    ("34 weeks and my feet swelled up overnight", Category.PREECLAMPSIA, SAME_DAY),
    ("fell off my bike, my forearm's really sore and looks a bit crooked", OTHER, SAME_DAY),
    (
        "my heart was racing out of nowhere and my vision dimmed for a second, I'm sat down now",
        RHYTHM,
        EMERGENCY,
    ),
    (
        "my wife has heart failure and her slippers won't go on since the weekend",
        Category.HF_WORSENING,
        SAME_DAY,
    ),
    (
        "I've got heart failure and started coughing in the night this week, have to sit up",
        Category.HF_WORSENING,
        SAME_DAY,
    ),
    # Told beside a question about signs, dated to minutes ago: a report.
    (
        "my dad's face dropped ten minutes ago, how do you know if it's a stroke?",
        STROKE,
        EMERGENCY,
    ),
    # Session 21: sets 69 and 70 (collapses seen by team-mates, long questions from members
    # with a known condition). A body part's "'s" is a verb, not a plural.
    (
        "neck's been aching for a quarter of an hour and I'm cold and clammy, feel like I might "
        "be sick",
        CHEST,
        EMERGENCY,
    ),
    ("chest's gone tight for the last 15 minutes and I've gone grey and sweaty", CHEST, EMERGENCY),
    (
        "my sight went in my right eye about five minutes ago, like a blind pulled down",
        STROKE,
        EMERGENCY,
    ),
    (
        "daughter was stung by a bee at the match and now she's wheezing and says her throat is "
        "closing",
        OTHER,
        EMERGENCY,
    ),
    (
        "62, used to smoke, my calves ache after ten minutes of walking, easing within a couple "
        "of minutes of stopping",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    (
        "I've had angina for years, used to need one spray, now I'm needing two sprays most "
        "evenings",
        CHEST,
        SAME_DAY,
    ),
    (
        "my asthma's played up all week, I'm using my blue inhaler five times a day",
        BREATHLESS,
        SAME_DAY,
    ),
    (
        "my reflux has been looked into and it's the usual burn after food. Yesterday carrying "
        "the bins up the steps I got a crushing pain in my chest that made me stop, it went off "
        "after a few minutes. Just reflux?",
        CHEST,
        SAME_DAY,
    ),
    (
        "31 weeks pregnant and my hands and face are getting puffier",
        Category.PREECLAMPSIA,
        SAME_DAY,
    ),
    (
        "my right calf has always been a touch bigger but since the long coach trip on Monday "
        "it's warm and tender",
        DVT,
        SAME_DAY,
    ),
    (
        "my watch pinged an AF warning during my walk and I came over all lightheaded with it",
        RHYTHM,
        SAME_DAY,
    ),
    (
        "cut my finger on a tin on Sunday, now it's red, puffy and throbbing with pus in it",
        Category.SEPSIS,
        SAME_DAY,
    ),
    (
        "I go wheezy in the cold air, clears once I'm home, never been diagnosed with asthma",
        BREATHLESS,
        SEE_GP,
    ),
    (
        "getting puffed on my usual bike loop since about March, same route, same pace",
        BREATHLESS,
        SEE_GP,
    ),
    (
        "breathlessness walking the dog has crept up on me, now I need two rests on the hill",
        BREATHLESS,
        SEE_GP,
    ),
    (
        "my ectopics were checked and called harmless, now they're far more frequent, dozens a day",
        RHYTHM,
        SEE_GP,
    ),
    (
        "my brother zonked out for a few seconds at the end of the sportive, fine now",
        SYNCOPE,
        EMERGENCY,
    ),
    # Told as images (set 71) and beside psychiatric medicines (set 72).
    (
        "dad's arm keeps sinking down when he holds both out in front, and his words are stuck, "
        "started 10 minutes ago",
        STROKE,
        EMERGENCY,
    ),
    (
        "ate a cereal bar and now my tongue's swelling, throat feels like it's being squeezed, "
        "hives on my arms",
        OTHER,
        EMERGENCY,
    ),
    (
        "my foot feels like a block of ice - white, no feeling and agony, since an hour ago",
        Category.LIMB_ISCHAEMIA,
        EMERGENCY,
    ),
    (
        "28 weeks, midwife found protein in my urine this morning and now I have a headache",
        Category.PREECLAMPSIA,
        SAME_DAY,
    ),
    # Session 22: sets 73 to 76 (biohacking, loose medical words, roleplay and fiction, world
    # Englishes).
    (
        "a bloke just dropped beside the squat rack and he isn't moving, what do we do",
        SYNCOPE,
        EMERGENCY,
    ),
    (
        "my mate slumped over his desk during our stream and isn't answering, we can hear him "
        "breathing weird through his mic",
        SYNCOPE,
        EMERGENCY,
    ),
    # The writer's own guess at a palsy is no diagnosis.
    (
        "the left side of my face has dropped and feels numb since I woke up twenty minutes ago, "
        "bell's palsy maybe??",
        STROKE,
        EMERGENCY,
    ),
    (
        "my shin has felt like it will split open since my run ended an hour ago, rock hard, rest "
        "does nothing",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    (
        "had a burst of very fast heartbeat for 10 min on my ride, vision went greyish, stopped "
        "and it settled. fine now",
        RHYTHM,
        EMERGENCY,
    ),
    (
        "fitness ring says my pulse hit 165 while I slept and I woke up clammy and lightheaded, "
        "it's 58 now",
        RHYTHM,
        EMERGENCY,
    ),
    (
        "quads so sore I can't touch them two days after heavy eccentrics, swollen and weak, "
        "barely peeing",
        Category.RHABDO,
        EMERGENCY,
    ),
    # First aiders who saw to a faint are not a first aid course.
    (
        "fainted in the queue at the expo on saturday, the first aid team blamed the heat and "
        "sent me home. since then I've nearly gone twice",
        SYNCOPE,
        SAME_DAY,
    ),
    (
        "31 weeks along, headache hanging around since this morning and my ankles are puffier "
        "than yesterday",
        Category.PREECLAMPSIA,
        SAME_DAY,
    ),
    (
        "thought I'd strained my calf at netball but it keeps getting worse, it's warm and the "
        "veins stand out more on that leg",
        DVT,
        SAME_DAY,
    ),
    (
        "little purple dots on both ankles that don't fade when I roll a glass over them, "
        "otherwise I feel ok",
        Category.SEPSIS,
        SAME_DAY,
    ),
    # Sets 77 to 80: signs in sign-language word order, dictated punctuation, a leg bleeding
    # with no vein named, and plain words for sepsis and a severe asthma attack.
    ("AFTER BIKE RIDE. PAIN JAW AND LEFT ARM. BREATH SHORT. BODY COLD WET.", CHEST, EMERGENCY),
    ("HELP. DAD FACE ONE SIDE DROP, LEFT ARM NOT LIFT, SIGN SLOW WRONG. 15 MIN", STROKE, EMERGENCY),
    (
        "TODAY FOOTBALL. CALF PAIN BAD. STOP PLAY 1 HOUR AGO, PAIN NOT STOP. CALF HARD",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    ("AFTER PRAWN SANDWICH. TONGUE BIG. THROAT CLOSE. NEED PEN", OTHER, EMERGENCY),
    (
        "knocked my shin on the bath and it's pouring blood, towel soaked, pressing hard with my "
        "leg up and it won't stop",
        Category.BLEEDING_VEIN,
        EMERGENCY,
    ),
    (
        "graze on my knee has gone bad, I'm burning up and shivering and honestly it's the worst "
        "I've ever felt",
        Category.SEPSIS,
        EMERGENCY,
    ),
    ("my asthma is flaring and I can't talk in full sentences", BREATHLESS, EMERGENCY),
    (
        "grandad has been dragging his right leg since lunch and talking total gibberish",
        STROKE,
        EMERGENCY,
    ),
    (
        "two days ago I lost my words for a few minutes while talking to my coach full stop it "
        "came back comma I feel ok now",
        STROKE,
        EMERGENCY,
    ),
    # Psychiatric medicines' own warning signs (each cited by its guide).
    (
        "I'm on clozapine and I've woken up with a scratchy throat and feel achy, ok to still do "
        "my walk?",
        OTHER,
        SAME_DAY,
    ),
    ("on clozapine and haven't had a poo for four days, tummy feels tight", OTHER, SAME_DAY),
    (
        "on lithium and my hands are shaking much worse than usual, and I've had diarrhoea since "
        "yesterday",
        OTHER,
        SAME_DAY,
    ),
    ("on lithium, been throwing up since this morning after a long hot run", OTHER, SAME_DAY),
    # A wearable's "RHR" is a heart rate; a room that lurches is spinning.
    (
        "dizzy since breakfast and the ring app puts my RHR at 39, usually mid 50s",
        RHYTHM,
        EMERGENCY,
    ),
    (
        "the room lurches whenever I lie back since last night and I've vomited three times",
        SYNCOPE,
        SAME_DAY,
    ),
    # Session 23: signs outside the heart and legs that the NHS sends to hospital at once.
    (
        "an adder got my ankle on the heath path ten minutes ago, it's starting to puff up",
        OTHER,
        EMERGENCY,
    ),
    ("was bitten on the hand by a rattlesnake at the campsite, what do i do", OTHER, EMERGENCY),
    (
        "took one of those blue tablets last night and the erection still hasn't gone down, "
        "six hours now and it aches",
        OTHER,
        EMERGENCY,
    ),
    ("severe pain in my left testicle came on out of nowhere during the match", OTHER, EMERGENCY),
    ("my son's testicle suddenly started killing him in the night, he's pale", OTHER, EMERGENCY),
    ("sudden sharp pain in one ball while sprinting, it went away after an hour", OTHER, SAME_DAY),
    # Named sepsis signs said as adjectives ("mottled legs"), and "super" for very.
    (
        "since the graze on his knee went bad he's super drowsy, mottled legs, breathing really "
        "fast",
        Category.SEPSIS,
        EMERGENCY,
    ),
    # A collapse on skates or skis is a collapse during exercise.
    (
        "he collapsed while skiing, no warning, came round in the snow a minute later",
        SYNCOPE,
        EMERGENCY,
    ),
    # Same-day signs from the cold, a heater, an eye, a sick child, a spray needed more.
    (
        "saw a sudden cloud of floaters and a flash of light in my right eye after sparring",
        OTHER,
        SAME_DAY,
    ),
    (
        "two fingertips went grey and solid on the freezing ridge, now they're blistering",
        OTHER,
        SAME_DAY,
    ),
    (
        "headache every evening in the shed gym with the paraffin heater going, it clears once "
        "I get outside",
        OTHER,
        SAME_DAY,
    ),
    ("our 3 year old has a fever of 39 and is barely drinking since this morning", OTHER, SAME_DAY),
    (
        "norovirus since monday, can barely keep water down and I'm dizzy when I stand",
        OTHER,
        SAME_DAY,
    ),
    (
        "my daughter's had a stomach bug since yesterday, sick four times, hardly any wee",
        OTHER,
        SAME_DAY,
    ),
    ("been using my spray about twice as much as usual lately, feel fine now", CHEST, SAME_DAY),
    # A stroke's sign that came and went three days ago: within the week NICE NG128 gives.
    (
        "three days ago one side of my mouth drooped for a few minutes, then came back fully",
        STROKE,
        SAME_DAY,
    ),
    # "Not feeling better": the negation denies the easing, not the pain after it.
    ("not feeling better, chest pain since lunch", CHEST, EMERGENCY),
    # Sets 89 to 92's kinds, in new words.
    (
        "my brother is fitting on the floor and it hasn't stopped after six minutes",
        OTHER,
        EMERGENCY,
    ),
    (
        "her arm in plaster has swollen up and the pain is much worse if her fingers are bent back",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    (
        "after the rowing race his forearm is hard as a rock, his fingers are going white and he "
        "can't move them",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    (
        "got kicked in the shin, the leg is swollen and tense and I can't lift my foot up",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    (
        "leg in a cast, her toes are swollen and turning purple and she can't wiggle them",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    (
        "her spray usually sorts it within a minute but this evening it isn't touching it, 15 "
        "minutes and counting",
        CHEST,
        EMERGENCY,
    ),
    ("my racing heart won't settle and I can barely get a sentence out", RHYTHM, EMERGENCY),
    ("I can't get a proper breath since lunch and it's getting worse", BREATHLESS, EMERGENCY),
    (
        "my handwriting suddenly went all shaky and I couldn't grip my pen, ten minutes ago",
        STROKE,
        EMERGENCY,
    ),
    (
        "is it normal that I'm getting more breathless every day, even on the stairs now, with a "
        "fever and green phlegm?",
        BREATHLESS,
        SAME_DAY,
    ),
    ("peeing stings and I've got a high temperature since last night", Category.SEPSIS, SAME_DAY),
    ("urine smells strong and looks cloudy, temp 38.2", Category.SEPSIS, SAME_DAY),
    ("the cut on my hand is getting redder and hotter each day", Category.SEPSIS, SAME_DAY),
    # Sets 85 to 88's kinds, in new words.
    (
        "dropped a kettlebell on my shin earlier, it hurts far worse than it looks and the calf is "
        "going tight, toes have pins and needles",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    (
        "she collapsed halfway round the 400m at the school meet and came to on the track",
        SYNCOPE,
        EMERGENCY,
    ),
    (
        "on my period with a menstrual cup in, temperature of 39.4, a red rash like sunburn all "
        "over and I feel faint",
        OTHER,
        EMERGENCY,
    ),
    (
        "my brother has a splitting headache and a stiff neck and there are spots on his legs that "
        "don't fade when I roll a glass over them",
        Category.SEPSIS,
        EMERGENCY,
    ),
    (
        "took a boot to the groin at training, one "
        "testicle is now sitting higher up and it's agony",
        OTHER,
        EMERGENCY,
    ),
    (
        "ache started around my belly button this morning and has moved to the lower right side",
        OTHER,
        SAME_DAY,
    ),
    (
        "clashed heads in the match at lunch and he's "
        "still got a headache that won't go, a bit dizzy",
        OTHER,
        SAME_DAY,
    ),
    ("woke up and my left ear is completely deaf, the room keeps spinning", OTHER, SAME_DAY),
    (
        "the toes poking out of her plaster look "
        "quite pale tonight and feel colder than the others",
        OTHER,
        SAME_DAY,
    ),
    (
        "he's got heart failure and since the weekend "
        "he can't sleep flat, his ankles are bigger too",
        Category.HF_WORSENING,
        SAME_DAY,
    ),
    (
        "my dad's been throwing up since yesterday, not "
        "keeping any water down, barely weed all day",
        OTHER,
        SAME_DAY,
    ),
    ("black sticky poos for two days while I've been on naproxen for my back", OTHER, SAME_DAY),
    (
        "her inhaler is doing less and less each day, she's wheezy on the stairs",
        BREATHLESS,
        SAME_DAY,
    ),
    (
        "the angina episodes are lasting longer, 15 minutes now where it used to be 3",
        CHEST,
        SAME_DAY,
    ),
    (
        "mat burn on my elbow from jiu jitsu is weeping and the red bit around it has doubled "
        "overnight",
        Category.SEPSIS,
        SAME_DAY,
    ),
    (
        "after spin class my forearms are swollen and tingly still, four hours later",
        Category.COMPARTMENT,
        SAME_DAY,
    ),
    ("peeing stings and there's a bit of blood, since this morning", OTHER, SAME_DAY),
    ("isn't getting better, chest tightness and sweating", CHEST, EMERGENCY),
    # Session 24: kinds the blind sets 89 to 96 found, in the project's own words.
    (
        "back from the fell race, thighs killing me and my wee is still dark after three pints",
        Category.RHABDO,
        EMERGENCY,
    ),
    (
        "34 weeks and my ankles and fingers went suddenly really puffy overnight",
        Category.PREECLAMPSIA,
        SAME_DAY,
    ),
    (
        "32 weeks gone, the letters on my phone keep going blurry since lunch",
        Category.PREECLAMPSIA,
        SAME_DAY,
    ),
    (
        "laid up in bed for a week with flu and now one thigh is swollen and tight",
        DVT,
        SAME_DAY,
    ),
    (
        "my right arm has been puffy for two days and there are new veins across my collarbone",
        DVT,
        SAME_DAY,
    ),
    ("a neighbour's dog bit my hand on my jog and it drew blood", OTHER, SAME_DAY),
    ("got scratched and bitten by a stray cat in Morocco, barely a mark", OTHER, SAME_DAY),
    ("my 5 year old is listless and hasn't weed since breakfast after the heat", OTHER, SAME_DAY),
    ("tummy bug since yesterday and keeping nothing down, even sips", OTHER, SAME_DAY),
    ("woke with the whole room spinning and I've thrown up twice", Category.SYNCOPE, SAME_DAY),
    (
        "burnt my shin on the exhaust, big blister and the skin in the middle looks white",
        OTHER,
        SAME_DAY,
    ),
    ("grandad can't raise his left arm and his face one side has gone down", STROKE, EMERGENCY),
    ("suddenly the right half of my sight is just gone, been 15 minutes", STROKE, EMERGENCY),
    (
        "out of her cast last week and now on the bike she can't catch the breath",
        BREATHLESS,
        EMERGENCY,
    ),
    (
        "the vein by my ankle split open, so much blood, I feel faint",
        Category.BLEEDING_VEIN,
        EMERGENCY,
    ),
    ("peak flow 180 tonight and my best is 500", BREATHLESS, EMERGENCY),
    ("I gave my son his EpiPen after the sesame bar, he seems ok now", OTHER, EMERGENCY),
    ("my lips are swelling and my voice has gone croaky since the prawns", OTHER, EMERGENCY),
    ("tongue feels fat and strange since the new blood pressure pills", OTHER, SAME_DAY),
    ("my ICD fired once on the rower, I feel ok but a bit shaky", OTHER, SAME_DAY),
    ("my defibrillator shocked me twice in ten minutes", OTHER, EMERGENCY),
    ("COPD flare, temperature 38.4 and the phlegm has gone green", OTHER, SAME_DAY),
    ("nose has been bleeding for 20 minutes, I'm on rivaroxaban and pinching it", OTHER, EMERGENCY),
    (
        "bumped my thigh on the rack, on warfarin, the bruise is getting tighter and bigger",
        OTHER,
        SAME_DAY,
    ),
    (
        "pacemaker fitting was two days ago and the site has swelled up and feels tight",
        OTHER,
        SAME_DAY,
    ),
    ("threw up something like coffee grounds this morning and I'm woozy", OTHER, EMERGENCY),
    ("my angina took twenty minutes to ease today instead of the usual five", CHEST, SAME_DAY),
    ("I've had four angina attacks on the dog walk today", CHEST, SAME_DAY),
    ("a bad attack with no air for half an hour after the swim, fine now", BREATHLESS, SAME_DAY),
    (
        "every night this week I wake up hungry for air and need the window open",
        Category.HF_WORSENING,
        SAME_DAY,
    ),
    ("heart going 150 sitting still, for 2 hours now, after a strong coffee", RHYTHM, SAME_DAY),
    (
        "the rowing left my forearms tight and weak, still like that 5 hours after the session",
        Category.COMPARTMENT,
        SAME_DAY,
    ),
    (
        "hamstrings swelled after 15 sets and are hard like rock, pain 9 from 10",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    ("my hernia op wound is red, warm and oozing a little yellow", Category.SEPSIS, SAME_DAY),
    (
        "hot run yesterday, feel better now but my wee is dark and my head is pounding",
        Category.HEAT,
        SAME_DAY,
    ),
    (
        "my walking pain started after 200 metres, now after 30 metres, all this week",
        Category.CLAUDICATION,
        SAME_DAY,
    ),
    ("dad is slurring his words all of a sudden, he had a hip op years ago", STROKE, EMERGENCY),
    (
        "the swim coach (she had a heart op as a child) says one calf is hot and bigger",
        DVT,
        SAME_DAY,
    ),
    # Session 24, second round: textbook and filler words, race days, wearables.
    (
        "I am experiencing a constrictive sensation in the central thorax at rest, and I am "
        "diaphoretic and pallid",
        CHEST,
        EMERGENCY,
    ),
    ("my right upper extremity has become abruptly weak and numb", STROKE, EMERGENCY),
    ("since ten minutes ago my right visual field is diminished", STROKE, EMERGENCY),
    (
        "the varicose vein behind my knee has ruptured and is haemorrhaging",
        Category.BLEEDING_VEIN,
        EMERGENCY,
    ),
    (
        "I have an infected graze with rigors and a sense that I might die",
        Category.SEPSIS,
        EMERGENCY,
    ),
    (
        "took a stick across the shin at hockey, unbearable pain, rock tight and tingling foot",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    ("peak flow is 65% of my best tonight, a bit wheezy on the stairs", BREATHLESS, SAME_DAY),
    ("reliever 5x a day this week and still coughing at night", BREATHLESS, SAME_DAY),
    (
        "blue inhaler helps for a little while then it's back, wheezy since breakfast",
        BREATHLESS,
        SAME_DAY,
    ),
    (
        "my calf usually settles ten minutes after a run, tonight it has lasted three hours "
        "and is still tight",
        Category.COMPARTMENT,
        SAME_DAY,
    ),
    (
        "hot ultra yesterday, dizzy till I cooled off; today still wiped out and my pee is dark",
        Category.HEAT,
        SAME_DAY,
    ),
    ("woke this morning with sudden hearing loss in my right ear", OTHER, SAME_DAY),
    (
        "always thirsty, weeing constantly, lost 5 kg without trying, I'm not diabetic",
        OTHER,
        SAME_DAY,
    ),
    ("pregnant, 31 weeks, facial oedema that appeared today", Category.PREECLAMPSIA, SAME_DAY),
    (
        "my heart jumped to around 220 mid-race and I went light-headed, back to normal after "
        "a minute",
        RHYTHM,
        EMERGENCY,
    ),
    # Session 24, third round: combat sports, the countryside, cycling, jobs at home.
    (
        "he was choked out sparring and still hasn't come round after a minute",
        Category.SYNCOPE,
        EMERGENCY,
    ),
    (
        "blacked out mid gallop and woke up on the grass, chest feels strange",
        Category.SYNCOPE,
        EMERGENCY,
    ),
    (
        "angina started while I was sitting in the car, not easing after 15 minutes, clammy",
        CHEST,
        EMERGENCY,
    ),
    (
        "got stood on by a cow an hour ago, shin rock hard, pain unbearable, toes tingling",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    (
        "her speech sounded odd to me on the phone just now and her left hand is clumsy",
        STROKE,
        EMERGENCY,
    ),
    (
        "after tonight's session my heart pounded irregularly and I went light-headed, fine now",
        RHYTHM,
        SAME_DAY,
    ),
    (
        "cracked my helmet coming off the bike this morning, headache that won't shift",
        OTHER,
        SAME_DAY,
    ),
    (
        "my wee is coffee coloured after the hill reps and my thighs are swollen",
        Category.RHABDO,
        EMERGENCY,
    ),
    ("a sheepdog nipped my hand, now it's red and swollen up to the wrist", OTHER, SAME_DAY),
    (
        "back from a long-haul flight on Monday, sharp twinge in my side on deep breaths",
        PE,
        EMERGENCY,
    ),
    (
        "my calf pain used to come after 400 yards, now it's there in bed and my toes are a "
        "funny colour",
        Category.CLAUDICATION,
        SAME_DAY,
    ),
    ("road rash on my hip is oozing pus and hot, and I feel shivery", Category.SEPSIS, SAME_DAY),
    ("at my first aid course today I got chest pain and went clammy", CHEST, EMERGENCY),
    (
        "each time after a long ride my pee is a bit darker the next day, then clear",
        Category.RHABDO,
        SEE_GP,
    ),
    (
        "sat on a bench at the park and suddenly can't lift my left arm, shoulder feels fine",
        STROKE,
        EMERGENCY,
    ),
    (
        "my heart was pounding to the point I had to stop, still going after 20 minutes",
        RHYTHM,
        SAME_DAY,
    ),
    # Session 25: a collapse with nothing said before it, a second one, and someone drowsy after.
    ("our keeper just went down in the warm-up, no warning at all", SYNCOPE, EMERGENCY),
    (
        "my brother passed out on the bike, came to, then keeled over again in the car park",
        SYNCOPE,
        EMERGENCY,
    ),
    ("he fainted at the crag and he's breathing but not all with it", SYNCOPE, EMERGENCY),
    # Angina's spray: a second dose told without its name; more often, said as a spray only.
    (
        "sprayed under my tongue, waited, took another and the pressure is still there",
        CHEST,
        EMERGENCY,
    ),
    ("mum is using her spray five times a day this week, normally once a month", CHEST, SAME_DAY),
    (
        "my angina used to start at the top of the stairs. now it comes on walking to the gate",
        CHEST,
        SAME_DAY,
    ),
    # A heart-like episode that passed, told as lasting 15 minutes or more.
    (
        "my uncle had tightness across his chest at bowls on saturday for twenty minutes, he's "
        "been fine since",
        CHEST,
        SAME_DAY,
    ),
    # Speech heard as nonsense by someone else, and a reliever that has stopped working.
    (
        "grandad tried to ask me something and it came out as total nonsense, over in two minutes",
        STROKE,
        EMERGENCY,
    ),
    (
        "my puffer is not helping at all and i can only say two words at a time",
        BREATHLESS,
        EMERGENCY,
    ),
    # A bleed into a muscle does what a blow does: haemophilia or a thinner, no knock needed.
    (
        "on apixaban, my forearm is swollen tight and two of my fingers have gone white",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    (
        "a filing cabinet drawer fell on my foot, the whole shin is rock tight and moving my toes "
        "makes me scream",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    # A clot before, however long ago, and an inherited tendency to clot are risks.
    (
        "i had a dvt in 2017. now my right calf has ached for three days and is tender",
        Category.DVT,
        SAME_DAY,
    ),
    (
        "factor v leiden carrier, left calf has been aching and a bit puffy since monday",
        Category.DVT,
        SAME_DAY,
    ),
    (
        "the calf is getting bigger, not smaller, and warm to touch since the match",
        Category.DVT,
        SAME_DAY,
    ),
    # Swelling new since yesterday with a headache, in pregnancy.
    (
        "33 weeks pregnant, my hands and feet have puffed up since last night and my head aches",
        Category.PREECLAMPSIA,
        SAME_DAY,
    ),
    # Claudication named with 's, suddenly much worse.
    (
        "my claudication's got much worse in the last few days and that foot is paler than the "
        "other",
        Category.CLAUDICATION,
        SAME_DAY,
    ),
    # Spinning dizziness with vomiting, a knock to the head still felt, heat a day on.
    ("spinning dizziness since I woke and I keep being sick", SYNCOPE, SAME_DAY),
    (
        "clashed heads in training yesterday, still groggy this morning and paracetamol isn't "
        "touching the headache",
        OTHER,
        SAME_DAY,
    ),
    (
        "had heat exhaustion at the fun run on saturday and I am still hardly weeing today",
        Category.HEAT,
        SAME_DAY,
    ),
    # Weight told in steps after an ankle injury (the Ottawa rules count four).
    ("rolled my ankle on the kerb and can only manage two steps on it", OTHER, SAME_DAY),
    # Thoughts of suicide or self-harm: the help is given before any answer.
    ("i keep having thoughts about ending my life, also what's a good 5k plan", OTHER, SAME_DAY),
    ("my best mate told me he wants to end it all", OTHER, SAME_DAY),
    ("some days I just don't want to live any more", OTHER, SAME_DAY),
    ("i've started self-harming again and i don't know who to tell", OTHER, SAME_DAY),
    ("i've taken an overdose of my tablets", OTHER, EMERGENCY),
    ("i'm suicidal and i've got the pills next to me", OTHER, EMERGENCY),
    ("he swallowed all his tablets at once and won't tell me why", OTHER, EMERGENCY),
    # A missed dialysis session lets potassium build: weakness with a skipping heart is today's.
    (
        "missed my dialysis yesterday and now my arms feel weak and my heart keeps skipping",
        OTHER,
        SAME_DAY,
    ),
    # A seizure told with no epilepsy known may be a first (NHS: 999); a known one only with an
    # alarm, such as one still going.
    ("my dad is on the kitchen floor having a seizure", OTHER, EMERGENCY),
    (
        "she has epilepsy, this is her usual kind of seizure but it's still going after 6 minutes",
        OTHER,
        EMERGENCY,
    ),
    # How a child with sepsis looks: blotchy and hard to rouse.
    (
        "our toddler has gone all mottled and floppy and we can't rouse her",
        Category.SEPSIS,
        EMERGENCY,
    ),
    # Heatstroke told by what someone does and a reading given as "he's 41.2".
    (
        "pulled my mate out of the steam room, he's rambling and babbling and won't cool off",
        Category.HEAT,
        EMERGENCY,
    ),
    (
        "after the ultra in the heat she's 41.2 and keeps asking where she is",
        Category.HEAT,
        EMERGENCY,
    ),
    # A heart attack told through an image of something parked or dropped on the chest.
    (
        "my chest feels like a car has been parked on it and my left arm aches, I'm clammy",
        CHEST,
        EMERGENCY,
    ),
    # Crushed for hours, then urine "like cola" and confusion.
    (
        "trapped under a fallen wall for two hours, now he's confused and the little he's peed "
        "looks like cola",
        Category.RHABDO,
        EMERGENCY,
    ),
    # A limb swelling fast after a crash, with the painkillers doing nothing and tingling.
    (
        "came off the bike, my forearm is ballooning, the pain is unreal, ibuprofen did nothing, "
        "fingers tingling",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    # A faint during sport earlier today, well since and not checked: 999 until a doctor has.
    (
        "fainted during netball an hour ago, feel fine now, shall I play the second half?",
        SYNCOPE,
        EMERGENCY,
    ),
    ("blacked out on my run yesterday, fine since", SYNCOPE, SAME_DAY),
    # A faint that led to a diagnosis is history: a question for that doctor, or a relative's GP.
    (
        "my brother was diagnosed with a heart rhythm problem after fainting at football, should "
        "I get checked?",
        SYNCOPE,
        SEE_GP,
    ),
    # A baby under three months with a temperature of 38 or more (NHS GGC: A&E or 999), not
    # within two days of the vaccinations.
    ("our 5 week old feels hot and the thermometer says 38.4", OTHER, EMERGENCY),
    # A child's bump told as an egg, then sick; a knock to the head then sleepy.
    (
        "my son banged into the coffee table, there's an egg on his head and he was sick after",
        OTHER,
        SAME_DAY,
    ),
    ("took a ball to the head at cricket, now I'm sleepy and a bit dizzy", OTHER, SAME_DAY),
    # Urine told by what came out.
    (
        "legs destroyed after the 500 rep challenge and what came out when I peed was brown",
        Category.RHABDO,
        SAME_DAY,
    ),
    # Asked as a question, it still gets the help: the friend asked about may be the asker.
    ("how would i know if my flatmate is suicidal?", OTHER, SAME_DAY),
    # Session 26: a second dose of the spray and the pain "not going", with no word "chest".
    (
        "angina, did two sprays of my GTN ten minutes apart and the pain is still not going",
        CHEST,
        EMERGENCY,
    ),
    # A stab on every breath after an operation named by what was mended.
    (
        "meniscus repair last week and now it stabs when I breathe in and I'm puffing on the "
        "stairs",
        Category.PE,
        EMERGENCY,
    ),
    # A tense calf after a session whose pain is out of proportion and worse moving the toes.
    (
        "after the hill reps his calf is so tense, it hurts more than it should and he yelps when "
        "he tries to flex his toes",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    # A hard, numbing forearm after a crush whose pain keeps rising.
    (
        "the gate slammed on my forearm, it's rock hard, pain going up and up and my hand feels "
        "numb",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    # Heat told in Fahrenheit, and a body's reading with confusion and no weather named.
    ("112F at the trailhead and my brother is confused and slurring", Category.HEAT, EMERGENCY),
    ("she's 40.6 and confused after the match", Category.HEAT, EMERGENCY),
    # Limbs that go hard and tingly at the same point of each session and ease when it stops.
    (
        "my calves go rock hard and tingly twenty minutes into every spin class and ease off when "
        "I stop",
        Category.COMPARTMENT,
        SEE_GP,
    ),
    # Heat exhaustion's drying out told that evening.
    (
        "heat exhaustion at the fun run this morning, cooled off fine, but tonight I'm cramping "
        "and my wee is dark",
        Category.HEAT,
        SAME_DAY,
    ),
    # A pregnancy told only by its weeks, after the woman.
    (
        "my partner is 33 weeks, her face has gone puffy since yesterday and she has a bad "
        "headache",
        Category.PREECLAMPSIA,
        SAME_DAY,
    ),
    # Little urine with a puffy face: the kidneys, as with swollen legs.
    (
        "my face and eyelids are puffy and I've barely peed all day",
        OTHER,
        SAME_DAY,
    ),
    # An operation's scar going red and warm with a temperature a little up.
    (
        "my hip op scar is redder and warmer today and my temperature is 37.8",
        Category.SEPSIS,
        SAME_DAY,
    ),
    # A racing heart told after the skip, with light-headedness, now settled.
    (
        "his heart skipped and raced at practice this morning and he went light headed, fine now",
        RHYTHM,
        SAME_DAY,
    ),
    ("my brother says he can't see the point in anything anymore", OTHER, SAME_DAY),
    ("my angina kicks in with less and less these days", CHEST, SAME_DAY),
    # A figure given as "165ish", lying down and short of breath.
    ("mum's pulse is 165ish lying on the sofa and she's short of breath", RHYTHM, EMERGENCY),
    # Nonsense speech with one leg giving way.
    ("grandad is suddenly speaking nonsense and his left leg keeps buckling", STROKE, EMERGENCY),
    # After a fall, a tense leg whose pain is told by the cry it draws, or out of proportion.
    (
        "nan fell in the garden, her shin is huge, tight and shiny, and she yells when we touch it",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    (
        "fell off the ladder onto my thigh, it's tighter and more painful every hour, far worse "
        "than a bruise should be",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    # A foot gone pale and numb within the hour.
    (
        "his foot went pale and numb in the last half hour, he has AF",
        Category.LIMB_ISCHAEMIA,
        EMERGENCY,
    ),
    # A faint in a martial art, a seizure told as "still fitting" on a named floor.
    ("passed out during BJJ class tonight, no choke involved", SYNCOPE, EMERGENCY),
    ("my flatmate is still fitting on the kitchen floor", OTHER, EMERGENCY),
    # A urine infection with a temperature in pregnancy; a boil with a fever; redness tracking.
    (
        "peeing has stung since Tuesday, now I'm shivery with a temperature, 26 weeks pregnant",
        Category.SEPSIS,
        SAME_DAY,
    ),
    ("the boil on my back is bigger today and I've got a fever", Category.SEPSIS, SAME_DAY),
    (
        "graze on my shin is red and tracking up my leg, and I've got a temperature",
        Category.SEPSIS,
        SAME_DAY,
    ),
    # Frostbite told the day after, thawed.
    (
        "my toes went waxy and numb on the ski tour, now they're blistered and going purple",
        OTHER,
        SAME_DAY,
    ),
    # Faints at the sight of blood that keep happening, even mid-session: the blood's, for a GP.
    (
        "I've passed out a few times at judo when I saw blood from someone's split lip, fine a "
        "minute later",
        SYNCOPE,
        SEE_GP,
    ),
    # "A balancing act" is no performance: the fall after it is read.
    (
        "dad did a balancing act on the stairs and then fell and now he's unresponsive",
        SYNCOPE,
        EMERGENCY,
    ),
    # Sit-ups are exercise too.
    ("she collapsed halfway through her sit ups", SYNCOPE, EMERGENCY),
    # Carbon monoxide: the whole household ill beside a gas heater.
    (
        "everyone in the flat has a headache and feels sick since the gas heater went on",
        OTHER,
        SAME_DAY,
    ),
    # Session 27: a wound bleeding hard anywhere, through pressure or spurting.
    (
        "glass bottle slipped and opened my wrist, blood squirting out, a tea towel pressed on "
        "it and it's still coming through",
        OTHER,
        EMERGENCY,
    ),
    # A leg cut by a blade is a wound, named so, not a varicose vein.
    (
        "the strimmer blade caught my calf, blood is pouring out and soaking through my shirt "
        "even while I press on it",
        OTHER,
        EMERGENCY,
    ),
    ("caught my hand on the mower and it's spurting in time with my pulse", OTHER, EMERGENCY),
    # The means laid out and a goodbye, with no word for suicide; an overdose told loosely.
    (
        "the tablets are counted out on the table and I've left a letter for my sister, tell "
        "the team I'm sorry for everything",
        OTHER,
        EMERGENCY,
    ),
    ("swallowed a load of my sleeping tablets an hour ago", OTHER, EMERGENCY),
    # Thoughts of a way to die, without the word.
    (
        "keep having thoughts about driving into a wall on the motorway, I'd never act on it",
        OTHER,
        SAME_DAY,
    ),
    # Far more stimulant than a dose, and the body showing it.
    (
        "downed a triple scoop of pre workout with caffeine tablets, now shaking, pulse "
        "hammering and I'm confused where I am",
        OTHER,
        EMERGENCY,
    ),
    (
        "two servings of preworkout before legs and my heart is hammering and I can't stop "
        "trembling",
        OTHER,
        SAME_DAY,
    ),
    # Not better after an hour of cooling, and muddled: heatstroke.
    (
        "an hour in the shade with an ice pack and my son is still not right, muddled and "
        "asking the same thing over",
        Category.HEAT,
        EMERGENCY,
    ),
    # A knock to the head, the denial of a blackout closing before the headache.
    (
        "got a knee to the head at rugby yesterday, never blacked out, but groggy today and the"
        " headache's still there",
        OTHER,
        SAME_DAY,
    ),
    # "Lol" after not breathing is laughter only when it laughs at something shown.
    ("i cant breathe lol help, my chest is so tight", CHEST, EMERGENCY),
    # Slumped where they sit and not answering.
    ("my gran is slumped in her wheelchair and isn't responding to me", SYNCOPE, EMERGENCY),
    ("grandad is lying on the hallway floor and won't answer us", SYNCOPE, EMERGENCY),
    # A bruise from a blow getting tighter; a leg that stayed tight and numb for hours after.
    (
        "got booted in the thigh at football yesterday, the bruise is getting tighter and the "
        "whole leg feels tense",
        Category.COMPARTMENT,
        SAME_DAY,
    ),
    (
        "after the ruck my shins stayed tight and numb for three hours",
        Category.COMPARTMENT,
        SAME_DAY,
    ),
    # A nosebleed that keeps restarting on a blood thinner; an ankle that takes no weight.
    (
        "my nose keeps bleeding on and off since this morning and I'm on rivaroxaban",
        OTHER,
        SAME_DAY,
    ),
    ("went over on my ankle in netball, it's ballooned and I can't weight bear", OTHER, SAME_DAY),
    # Redness past the line drawn round it; a fight bite; a joint come up hot with a fever.
    (
        "the skin round my new piercing is red and the redness has crept past the biro line I drew",
        Category.SEPSIS,
        SAME_DAY,
    ),
    (
        "split my knuckles on his teeth in the scrap last night and now my hand is swollen and red",
        OTHER,
        SAME_DAY,
    ),
    (
        "my ankle has come up massive and red overnight and I've got a high temperature, didn't"
        " twist it",
        OTHER,
        SAME_DAY,
    ),
    # Hearing gone from one ear; hypos counted; days of heat and cramps today.
    ("the hearing in my right ear suddenly vanished at work today", OTHER, SAME_DAY),
    ("I'm on insulin and have gone low three times since Sunday", OTHER, SEE_GP),
    (
        "two days labouring in the sun, today I've got cramps and I'm light headed",
        Category.HEAT,
        SAME_DAY,
    ),
    # Session 27, second round: every one of a medicine taken, with sleepiness; a whole pack; the
    # means laid out with a time set and despair; "better off dead".
    (
        "swallowed all my sertraline and zopiclone after tea and I can't stay awake",
        OTHER,
        EMERGENCY,
    ),
    (
        "my flatmate swallowed a whole pack of painkillers after the argument and says she's fine",
        OTHER,
        EMERGENCY,
    ),
    (
        "can't go on any more. the tablets are lined up on the bedside table and I'm taking "
        "them tonight",
        OTHER,
        EMERGENCY,
    ),
    ("my brother says he'd be better off dead and has said it for weeks", OTHER, SAME_DAY),
    # A fit told by the jerking, or by who and where; a wound spurting through the towel.
    (
        "a lad at the climbing wall is on the mat jerking all over and it's been four minutes",
        OTHER,
        EMERGENCY,
    ),
    ("a client is fitting on the studio floor", OTHER, EMERGENCY),
    ("hand sliced on glass, spurting thru the tea towel", OTHER, EMERGENCY),
    # Text speak: "n", "yday"; weeks glued to the number with a headache told as "splitting".
    ("knocked my head at training yday n still got a headache", OTHER, SAME_DAY),
    ("33wks, splitting head and cant see right", Category.PREECLAMPSIA, SAME_DAY),
    # Run over, and the forearm going hard with pain out of proportion and numb fingers.
    (
        "got run over in a trolley pile-up, my forearm is rock hard, pain out of all proportion"
        " and my fingers are going numb",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    # Bleeding on a blood thinner that keeps restarting; a catheter's cloudy urine with a fever.
    (
        "on apixaban and the graze on my knee keeps rebleeding whenever I bend it",
        OTHER,
        SAME_DAY,
    ),
    (
        "his catheter urine is cloudy and smells, and he's got a temperature and shivers",
        Category.SEPSIS,
        SAME_DAY,
    ),
    # Speech told as "muddled" before the word; a foot still numb hours after a ride.
    (
        "grandma had muddled speech for five minutes this morning and now seems fine",
        STROKE,
        EMERGENCY,
    ),
    (
        "my calf went rock tight on the long ride and my foot's still numb two hours after "
        "stopping",
        Category.COMPARTMENT,
        SAME_DAY,
    ),
    # A knee that can't straighten or take weight; heat exhaustion still making someone sick;
    # a reliever "hardly touching it"; a spray needed "3x today".
    ("twisted my knee on the stairs, can't straighten it or put any weight on it", OTHER, SAME_DAY),
    (
        "heat exhaustion at the festival yesterday and still puking today",
        Category.HEAT,
        SAME_DAY,
    ),
    (
        "my blue pump is hardly touching it and I've been wheezing since lunch",
        BREATHLESS,
        EMERGENCY,
    ),
    ("used my GTN 3x today when it's normally once a week", CHEST, SAME_DAY),
    # Blood pressure tablets as "bp tabs"; pain out of proportion after a blow, before tightness;
    # a urine infection with "the shakes" and back pain; sugars with ketones, diabetes unnamed.
    (
        "on my new bp tabs and dizzy since breakfast, almost went over twice",
        SYNCOPE,
        SAME_DAY,
    ),
    (
        "took a boot to the thigh at football and it hurts way more than a bruise should",
        Category.COMPARTMENT,
        SAME_DAY,
    ),
    ("water infection, got the shakes and pain in my back", Category.SEPSIS, SAME_DAY),
    ("sugars over 20 since lunch and ketones showing, feel awful", OTHER, SAME_DAY),
    # Session 27, third round: bleeding in pregnancy (heavy with a hard bump, 999; spotting, the
    # maternity unit now); a pad soaked in minutes after the birth.
    (
        "she's 34 weeks, bleeding heavily from down below with clots and her bump has gone rock"
        " hard",
        OTHER,
        EMERGENCY,
    ),
    (
        "my partner is 22 weeks and noticed some spotting on her pad this afternoon, no pain",
        OTHER,
        SAME_DAY,
    ),
    # Bleeding told from below is read even when the gums bleed too.
    (
        "31 weeks, losing a lot of blood from down below and her bump is rock hard; her gums "
        "have been bleeding as well",
        OTHER,
        EMERGENCY,
    ),
    (
        "had my baby 6 days ago and suddenly soaking a pad in 15 minutes, feeling faint",
        OTHER,
        EMERGENCY,
    ),
    # "Going to end it" with tablets saved up; "I've had enough" beside the pills; "not coming
    # round"; a fit told by who, where and how long.
    ("my husband says he's going to end it and he's got his tablets saved up", OTHER, EMERGENCY),
    ("I've had enough. got my pills out on the table", OTHER, EMERGENCY),
    ("the old boy keeled over on the green and isn't coming round", SYNCOPE, EMERGENCY),
    ("my mate's fitting on the changing room floor, been about seven minutes", OTHER, EMERGENCY),
    # Others better off without them; wondering what the point is; a urine infection in pregnancy.
    ("she says the kids would be better off without her", OTHER, SAME_DAY),
    ("some nights I wonder what the point is since I retired", OTHER, SAME_DAY),
    (
        "14 weeks pregnant and it stings when she pees, with a temperature",
        Category.SEPSIS,
        SAME_DAY,
    ),
    # Rest pain eased by hanging the leg down; a boot to the back of the head; bleeding through
    # pressure on a blood thinner; peeing every hour with high sugars; a nosebleed "been going";
    # no weight "through" a foot.
    (
        "calf pain at night in bed now, only eases if I dangle my foot off the edge of the "
        "mattress",
        Category.CLAUDICATION,
        SAME_DAY,
    ),
    ("took a boot to the back of the head and I've been dizzy since", OTHER, SAME_DAY),
    ("on rivaroxaban, pressed on the cut for 15 minutes and it's still oozing", OTHER, SAME_DAY),
    ("type 2, sugars 22 and I'm peeing every hour and so thirsty", OTHER, SAME_DAY),
    ("nosebleed after a header, been going 20 mins even pinching it", OTHER, EMERGENCY),
    ("dropped a plate on my foot, can't put weight through it", OTHER, SAME_DAY),
    # Session 28: CPR under way; not waking up; a racing heart with a heart-muscle condition or
    # with confusion; talk that suddenly makes no sense; a fit told by the ground and the time; a
    # knock to the head with memory loss or being sick.
    ("someone's giving him CPR by the squat rack, he just dropped", SYNCOPE, EMERGENCY),
    (
        "he dropped near the finish and isn't waking up, everyone's crowding round",
        SYNCOPE,
        EMERGENCY,
    ),
    (
        "my daughter has HCM and her heart's racing, she's gone clammy and can barely stand",
        RHYTHM,
        EMERGENCY,
    ),
    ("his pulse is racing and he seems confused, we're by the bike racks", RHYTHM, EMERGENCY),
    ("out of nowhere my nan started talking gibberish at lunch", STROKE, EMERGENCY),
    ("halfway through our call my brother suddenly wasn't making any sense", STROKE, EMERGENCY),
    (
        "a lad's lying on the grass near the finish funnel jerking, it's gone on over five minutes",
        OTHER,
        EMERGENCY,
    ),
    (
        "a kettlebell caught her on the head, she was knocked out for a moment and keeps asking "
        "what happened",
        OTHER,
        EMERGENCY,
    ),
    ("took a dumbbell to the temple, now he's vomited", OTHER, EMERGENCY),
    # A limb a session left tight, still so hours or a day on with numbness or bad pain; a blow
    # with pain growing through the day; soreness far beyond the usual with swelling; one calf
    # bigger after being laid up or after an operation; a raised reading and swelling in
    # pregnancy; jaw or neck pain with effort.
    (
        "after Saturday's 10k my shin went tight and it's still hard today, with pins and "
        "needles on top of my foot",
        Category.COMPARTMENT,
        SAME_DAY,
    ),
    (
        "did 500 step-ups, calf is rock tight and really painful, four hours later and it's not "
        "settling",
        Category.COMPARTMENT,
        SAME_DAY,
    ),
    (
        "got kicked in the thigh in training this morning; it's swollen and the pain's got "
        "steadily worse through the afternoon",
        Category.COMPARTMENT,
        SAME_DAY,
    ),
    (
        "legs are way worse than normal DOMS three days after the hill session, swollen and weak",
        Category.RHABDO,
        SAME_DAY,
    ),
    (
        "never been this sore after a spin class, thighs puffy and getting worse not better on "
        "day four",
        Category.RHABDO,
        SAME_DAY,
    ),
    (
        "my right calf is chunkier than the left after a week laid up on the sofa with flu, and "
        "it feels warm",
        DVT,
        SAME_DAY,
    ),
    (
        "knee op last week and the calf has got bigger since yesterday, sore even in bed",
        DVT,
        SAME_DAY,
    ),
    (
        "she's 33 weeks, her bp was up at clinic and now there's swelling in her fingers and face",
        Category.PREECLAMPSIA,
        SAME_DAY,
    ),
    ("my neck and jaw ache when I push on the rower, it eases when I ease off", CHEST, SAME_DAY),
    ("an ache in my jaw on the stairs made me stop yesterday, first time ever", CHEST, SAME_DAY),
    # No urine for hours while drying out or in an older person; a knock and being dazed;
    # thoughts of ending it with no plan; near falls after a BP dose went up; spinning with being
    # sick; swelling creeping up from a torn callus; claudication in looser words.
    ("cutting weight for a bout and I've not peed since last night, feel rough", OTHER, SAME_DAY),
    ("my grandad is 84, it's a hot spell and he hasn't been for a wee all day", OTHER, SAME_DAY),
    ("headbutted the rack yesterday and I'm kind of dazed today", OTHER, SAME_DAY),
    ("I keep having thoughts of ending it, I wouldn't act on them", OTHER, SAME_DAY),
    ("been thinking about not being around, nothing planned", OTHER, SAME_DAY),
    (
        "GP increased my amlodipine and I've grabbed the banister three times today when I stand",
        SYNCOPE,
        SAME_DAY,
    ),
    ("the room has been spinning since breakfast and I've been sick twice", SYNCOPE, SAME_DAY),
    (
        "tore a callus doing pull-ups and now the swelling's creeping up my wrist",
        Category.SEPSIS,
        SAME_DAY,
    ),
    (
        "walking to the corner shop my calves go tight, fine resting, I smoke",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    (
        "cramp in the left calf on my walk to work, fine after a short break, a couple of "
        "months now",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    (
        "the calf ache on walking has come back, like before my leg stent",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    (
        "these days he can't walk as far as he could before the calf pain",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    # A heart's "'s" read as "is" ("heart's racing"); a racing heart during a stomach bug; an
    # episode over in a heart condition; new and uneven for hours; jaw pain with effort for months.
    ("my heart's racing and I'm dizzy, sat on the bench", RHYTHM, EMERGENCY),
    (
        "been sick four times with a stomach bug, heart racing and dizzy when I stand",
        RHYTHM,
        SAME_DAY,
    ),
    (
        "my son has long QT, had a run of fast beats earlier and went pale, fine now",
        RHYTHM,
        SAME_DAY,
    ),
    (
        "heart has been fast and irregular since breakfast, about three hours, never had this "
        "before",
        RHYTHM,
        SAME_DAY,
    ),
    (
        "jaw tightens on hill walks and settles once I stop; it has done this for months",
        CHEST,
        SEE_GP,
    ),
    # Session 28, second round: a racing heart with pallor and legs going; a wound that won't stop
    # with faintness or soaking through; confusion in the heat; a hypo past swallowing sugar; the
    # means with not wanting to be here; a report that ends "what do we do?"; one side's arm and
    # leg; "indigestion" with sweat and a hand at the jaw; and the same-day kinds found.
    (
        "my mate's pulse is racing and jumping about, she looks white as a sheet, can't stand "
        "without wobbling",
        RHYTHM,
        EMERGENCY,
    ),
    (
        "came off on the trail, deep cut on my calf that won't stop bleeding, it's soaked my "
        "socks and I feel faint",
        OTHER,
        EMERGENCY,
    ),
    (
        "roasting hot yet shivering, and I can't figure out where I am, 34 degrees out",
        Category.HEAT,
        EMERGENCY,
    ),
    (
        "our type 1 teammate is clammy and shaky, she can't swallow her glucose gel",
        OTHER,
        EMERGENCY,
    ),
    ("I don't even want to be here anymore and the tablets are lined up", OTHER, EMERGENCY),
    (
        "his usual chest pain started at bowls; two goes of his spray and it's still there, now "
        "sweating and short of breath. what do we do?",
        CHEST,
        EMERGENCY,
    ),
    (
        "glass cut on my hand, blood coming through the tea towel even though I keep pressing, "
        "ten minutes on and still seeping",
        OTHER,
        EMERGENCY,
    ),
    ("woke from a doze to find my right arm and leg numb and heavy", STROKE, EMERGENCY),
    (
        "she keeps saying it's only indigestion but she's grey and sweaty and holding her jaw",
        CHEST,
        EMERGENCY,
    ),
    (
        "mum never gets heartburn but she's had it for two hours now and she's clammy",
        CHEST,
        EMERGENCY,
    ),
    (
        "since the breakup it feels like my family would be better without me, not planning "
        "anything",
        OTHER,
        SAME_DAY,
    ),
    (
        "bumped my head on the cupboard door this morning and now the room spins whenever I stand",
        OTHER,
        SAME_DAY,
    ),
    ("tummy bug since Sunday, light-headed when I get up and I've hardly peed", OTHER, SAME_DAY),
    (
        "my thigh is swollen and hard after the collision and getting a bit tighter each hour",
        Category.COMPARTMENT,
        SAME_DAY,
    ),
    (
        "after a long trail race my shins are tight and swollen and burning even sitting down",
        Category.COMPARTMENT,
        SAME_DAY,
    ),
    (
        "three days after a leg session my quads are getting worse every day, I can barely walk "
        "and feel feverish",
        Category.RHABDO,
        SAME_DAY,
    ),
    (
        "at clinic my midwife found my blood pressure slightly raised, 34 weeks, and now I've a "
        "headache",
        Category.PREECLAMPSIA,
        SAME_DAY,
    ),
    ("hardly ever need my GTN, but I had to use it three times this evening", CHEST, SAME_DAY),
    ("landed wrong off the plyo box, heard a pop, can't put weight on that foot", OTHER, SAME_DAY),
    # CPR watched being given is now.
    ("I'm watching the paramedics doing CPR on my dad right now", SYNCOPE, EMERGENCY),
    (
        "they're doing CPR on my teammate right now, I've done a first aid course but I'm frozen",
        SYNCOPE,
        EMERGENCY,
    ),
    # Session 28, third round: blood's spurting (the apostrophe read as 'is'); lips and tongue
    # blown up on an ACE inhibitor; stretch pain growing in a rock-hard calf; a hypo past
    # drinking; heartburn an antacid has not touched, with heavy arms and sweat; and the
    # same-day kinds found.
    ("a skate blade sliced his calf and blood's pumping out in spurts", OTHER, EMERGENCY),
    (
        "since starting lisinopril her tongue has blown up and her voice is muffled",
        OTHER,
        EMERGENCY,
    ),
    (
        "after the step class my calf went rock hard and it's far worse if I bend my toes back, "
        "getting worse",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    (
        "my type 1 husband is sweaty and not making sense, he can't drink the juice I gave him",
        OTHER,
        EMERGENCY,
    ),
    (
        "heartburn since the walk started, gaviscon hasn't helped, arms feel heavy and I'm clammy",
        CHEST,
        EMERGENCY,
    ),
    (
        "my shin's been tight since yesterday's hill race and my foot tingles on top",
        Category.COMPARTMENT,
        SAME_DAY,
    ),
    ("dad keeps going down and coming round again, three times this week", SYNCOPE, SAME_DAY),
    ("after the big wave hold-down my hearing has gone muffled in one ear", OTHER, SAME_DAY),
    (
        "lately I keep thinking they'd all be better off if I was gone, I won't do anything "
        "tonight",
        OTHER,
        SAME_DAY,
    ),
    # Session 29: signs beside the look-alikes that session set aside (a fitness test's collapse,
    # a face dropped on one side, a limb dead and not lain on, going down and not responding).
    ("collapsed halfway through the beep test and still isn't answering me", SYNCOPE, EMERGENCY),
    ("his face dropped on one side when he tried to smile at me just now", STROKE, EMERGENCY),
    ("went down on the stairs at the gym and he isn't responding", SYNCOPE, EMERGENCY),
    (
        "my arm went dead at lunch and still won't come back, I wasn't lying on it",
        STROKE,
        EMERGENCY,
    ),
    (
        "couldn't breathe for a minute after the bleep test and now my lips look blue",
        BREATHLESS,
        EMERGENCY,
    ),
    (
        "chest tight and sweating with pain down my left arm, I've got asthma but my inhaler "
        "hasn't touched it",
        CHEST,
        EMERGENCY,
    ),
    (
        "his right arm won't lift and his speech is off, he did 50 press ups earlier",
        STROKE,
        EMERGENCY,
    ),
    ("heart racing at 190 watching the football and I feel faint", SYNCOPE, EMERGENCY),
    # A garment's size as a likeness is how angina feels, not a garment to blame.
    (
        "on the hill my chest tightens like a vest two sizes too small, eases when I stop, "
        "third time this week",
        CHEST,
        SAME_DAY,
    ),
    (
        "walking to work my chest feels tight like a coat a size too small, goes when I stand "
        "still, fine now",
        CHEST,
        SAME_DAY,
    ),
    # A reliever that has not worked sets nothing aside (the re-read's mend).
    ("chest tight, I have asthma, took 4 puffs and it's not better", CHEST, EMERGENCY),
    ("asthma but my inhaler hasn't sorted it, chest is really tight", CHEST, EMERGENCY),
    # Session 30: emergencies of a new blind round. Every one of a medicine taken, with a wish
    # to die or despair beside it, or told by the box emptied; the means laid out with "I'm
    # done" or secrecy; a towel pressed and soaked; the worst headache of someone else's life.
    (
        "my brother texted that he's swallowed all his pills and wants to end it, now he won't "
        "pick up",
        OTHER,
        EMERGENCY,
    ),
    ("took all my tablets an hour ago, can't face the job anymore", OTHER, EMERGENCY),
    ("swallowed all the capsules out of the tub and I'm getting really drowsy", OTHER, EMERGENCY),
    ("tablets are counted out on the table and I'm done, don't tell my wife", OTHER, EMERGENCY),
    (
        "caught my shin on a loose plate, gushing blood, I've been holding a towel against it "
        "and it's drenched already",
        OTHER,
        EMERGENCY,
    ),
    (
        "my uncle says his headache is the worst of his life, it came on in the pool",
        STROKE,
        EMERGENCY,
    ),
    # Session 30: see-a-GP signs of the blind sets 130-165 in new words. One foot colder or
    # paler than the other for weeks, a foot pulse hard to find, walks cut short by the calves,
    # walking that brings the ache on and cycling that does not (PAD, NHS); low mood for weeks
    # (HSE); an earlier pre-eclampsia with aspirin asked about, not already taken (NICE NG133).
    (
        "my right foot has been cooler than the left for months and the skin's gone shiny",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    (
        "the practice nurse struggled to find a pulse in either of my feet",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    (
        "mum has to stop for her calves before the far side of the park now, then off she goes "
        "again",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    (
        "my calves ache if I walk far, yet I could ride the bike for hours, 67",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    ("been so low for a month or so, can't enjoy anything, not in danger", OTHER, SEE_GP),
    ("my husband's been really down since he lost his job in the spring, weeks now", OTHER, SEE_GP),
    (
        "pre-eclampsia last time, now ten weeks with our second, should I be on aspirin?",
        Category.PREECLAMPSIA,
        SEE_GP,
    ),
    # Session 30: same-day signs of the new blind round in new words. A shadow across the sight
    # (NHS floaters: a curtain or shadow); easy bruising with nosebleeds (NICE NG12); one wee
    # all day beside muscles too sore to move; "calve" for calf; the pill started months ago is
    # taken still; walking calf pain far worse in days and there in bed (NICE CG147).
    ("a dark shadow came across my sight in the right eye this morning", OTHER, SAME_DAY),
    ("I bruise so easily these days and my nose keeps bleeding", OTHER, SAME_DAY),
    (
        "legs so sore I can hardly move after the hockey tournament, only been to the toilet "
        "once today",
        Category.RHABDO,
        EMERGENCY,
    ),
    ("her left calve is red, hot and swollen since Sunday", DVT, SAME_DAY),
    (
        "started the pill 3 months ago my calf's been cramping nonstop, it looks puffy and red",
        DVT,
        SAME_DAY,
    ),
    (
        "the calf pain I get on walks is way worse over two days and it's there even in bed",
        Category.CLAUDICATION,
        SAME_DAY,
    ),
    # A faint told in a learner's words in exercise; a jaw ache on effort told as over, "stopped
    # and it eased" (NICE CG95); hearing gone in one ear since last night (NHS); a thinner with a
    # graze that keeps oozing, or nosebleeds that keep coming (NHS, warfarin and apixaban).
    (
        "on the rower my pulse shot up and everything dark, she was on the floor when I turned "
        "round",
        SYNCOPE,
        EMERGENCY,
    ),
    (
        "lugged the bags up four flights, got a queer ache in my jaw near the last landing, "
        "stopped and it eased, first time ever",
        CHEST,
        SAME_DAY,
    ),
    (
        "woke with a buzzing in my left ear and I can barely hear out of it since last night",
        OTHER,
        SAME_DAY,
    ),
    ("on apixaban, a graze from the kerb keeps oozing through every plaster", OTHER, SAME_DAY),
    ("my nosebleeds keep coming, two this morning and I'm on warfarin", OTHER, SAME_DAY),
    # Heat coped with worse on a medicine that changes sweating or water (a medicines review).
    (
        "since going on propranolol I overheat halfway through every summer session",
        Category.HEAT,
        SEE_GP,
    ),
    (
        "my dad's on water tablets and struggles with the heat on our walks now",
        Category.HEAT,
        SEE_GP,
    ),
    ("started citalopram in May and I hardly sweat now even on hot runs", Category.HEAT, SEE_GP),
    # A wound slow to heal on a leg, or anywhere with diabetes.
    (
        "the nick on my forearm from the rack is taking ages to heal, nearly three weeks, and "
        "I'm type 1",
        OTHER,
        SEE_GP,
    ),
    (
        "scrape down my shin from a trail fall still hasn't fully closed after a month",
        OTHER,
        SEE_GP,
    ),
    # Raynaud's again and again, told by the years (NHS: a GP confirms it and looks for a cause).
    (
        "my toes go white, then purplish, then red once I'm back indoors, for years now",
        OTHER,
        SEE_GP,
    ),
    # A second new round's emergencies (sets 172-177): a hand held to the chest with sweat, a
    # fit in a lane or lasting minutes, the means in front of someone with the mind made up,
    # pills out with everyone "better off without her", a report that ends "don't know what to
    # do".
    ("dad's leaning on the car with his hand over his chest, sweating buckets", CHEST, EMERGENCY),
    ("our keeper's fitting in the lane behind the pitch", OTHER, EMERGENCY),
    (
        "he's been shaking all over on the mat, going on five minutes now, not answering",
        OTHER,
        EMERGENCY,
    ),
    ("got the tablets in front of me, made up my mind, tonight's the night", OTHER, EMERGENCY),
    (
        "my sister says everyone's better off without her and she's got a whole box of tablets "
        "out on the side",
        OTHER,
        EMERGENCY,
    ),
    (
        "can't breathe properly, lips look grey, 30 weeks pregnant, reliever not helping, don't "
        "know what to do",
        BREATHLESS,
        EMERGENCY,
    ),
    (
        "big slice on my forearm from a chainring, spurting, and I'm going woozy",
        OTHER,
        EMERGENCY,
    ),
    (
        "my fistula's opened up in bed, blood all over the sheets, I'm holding a towel on and it "
        "keeps pumping",
        OTHER,
        EMERGENCY,
    ),
    (
        "nosebleed for 40 mins now and it's streaming down my throat, I'm on apixaban",
        OTHER,
        EMERGENCY,
    ),
    # "Haven't got a plan" denies the plan ("haven't" is no negation word of the reader's).
    (
        "lately the thought that my kids are better off without me won't leave, I haven't got a "
        "plan or anything",
        OTHER,
        SAME_DAY,
    ),
    # The signs beside this round's look-alikes still read.
    ("he had a seizure by the rower and he's still shaking on the floor", OTHER, EMERGENCY),
    # Session 31: emergencies of a third blind round, in new words. A chest held in by a belt
    # "round it"; a second dose of the spray that "isn't shifting" it; a fit beside the pool with
    # its shaking; someone else who "can't get his breath"; all of a painkiller kept for when
    # it's needed; someone else's pills; DKA's breath, or a meter past its range; the meningitis
    # rash with a body "burning up".
    ("chest is like a belt pulled round it, dad's sweating buckets", CHEST, EMERGENCY),
    (
        "he's used his angina spray twice now, five minutes apart, and the tightness isn't "
        "shifting",
        CHEST,
        EMERGENCY,
    ),
    ("my mum's fitting by the side of the pool, shaking for about six minutes", OTHER, EMERGENCY),
    (
        "my partner can't get his breath at all, it came on out of nowhere and he's scared",
        BREATHLESS,
        EMERGENCY,
    ),
    ("took all my co-codamol about twenty minutes ago", OTHER, EMERGENCY),
    (
        "my cousin's swallowed a load of her nan's pills and says she wants to sleep forever",
        OTHER,
        EMERGENCY,
    ),
    ("my son's type 1, he keeps being sick and his breath smells of pear drops", OTHER, EMERGENCY),
    ("ketone meter just says HI and I'm type 1", OTHER, EMERGENCY),
    (
        "my niece has a rash that stays when I press a glass on it and she's burning up",
        Category.SEPSIS,
        EMERGENCY,
    ),
    # Session 31: thoughts of suicide in the third round's shapes, for today: of ending "his own
    # life"; "easier if I wasn't around"; what someone keeps saying of the family without them.
    (
        "my brother admitted he's had thoughts about ending his own life this month",
        OTHER,
        SAME_DAY,
    ),
    ("it'd be easier for everyone if I wasn't around anymore", OTHER, SAME_DAY),
    ("my dad keeps saying we'd be happier without him", OTHER, SAME_DAY),
    # Session 31: same-day signs of the third round, in new words. A header gone wrong, or a
    # blow "whacked on the head with" something, then a worse headache or being sick; blood
    # coughed up in flecks after a leg in plaster (a little, told so: today, as its writers
    # had it); a dead leg or curls that left a muscle rock hard and hurting more; little urine
    # and limbs aching "terribly" after a stair challenge.
    (
        "went up for a header and headed the ball really hard last night, headache's getting "
        "worse and I was sick this morning",
        OTHER,
        EMERGENCY,
    ),
    (
        "my daughter was whacked on the head with a swing yesterday, she's thrown up twice since",
        OTHER,
        EMERGENCY,
    ),
    (
        "coughed up a few little flecks of blood this morning, my leg was in plaster till last "
        "week",
        PE,
        SAME_DAY,
    ),
    (
        "copped a knee on the thigh at training last night, this morning it's tight as a drum, "
        "hurting more not less",
        Category.COMPARTMENT,
        SAME_DAY,
    ),
    (
        "after yesterday's hammer curls my forearm's gone rock hard and it's painful, still "
        "swollen today",
        Category.COMPARTMENT,
        SAME_DAY,
    ),
    (
        "finished a 6 hour stair challenge, hardly weeing since and my legs ache terribly",
        Category.RHABDO,
        SAME_DAY,
    ),
    # Statin aches told as going on since the start ("most days since", "since she started
    # ... a few months ago", aches "in her arms"): a GP's review.
    ("my legs have ached most days since I went on simvastatin", OTHER, SEE_GP),
    (
        "aches and weakness in her arms since she started rosuvastatin a few months ago",
        OTHER,
        SEE_GP,
    ),
    # Both ankles swelling over weeks with breath short on a hill: the heart's slow pattern, for
    # a GP, not a clot's 999 (115 see-a-GP signs of the sets had been told 999 this way); one
    # calf swollen, then breathless, is still the clot's.
    (
        "both ankles puffing up over the past month, and the hill to the shops leaves me short of "
        "breath",
        BREATHLESS,
        SEE_GP,
    ),
    ("her right calf swelled up on Tuesday and today she can't catch her breath", PE, EMERGENCY),
    ("my ankles swell by evening these days and the stairs have me puffing", BREATHLESS, SEE_GP),
    # Come on within the week: a doctor today.
    (
        "both feet and ankles puffing up more this last week, and the stairs leave me puffed",
        BREATHLESS,
        SAME_DAY,
    ),
    # A faint at a jab, well since: a GP at most, not today.
    (
        "my son fainted at his booster jabs last week, had his dinner after, not a bother since",
        SYNCOPE,
        SEE_GP,
    ),
    # Session 32. "Hasn't" and "haven't" deny what follows, but not an ability ("hasn't been
    # able to catch her breath"), a relief ("hasn't touched the pain") or a change ("hasn't
    # changed in weeks"), whose sign stays.
    ("she hasn't been able to catch her breath for twenty minutes", BREATHLESS, EMERGENCY),
    ("the second GTN puff hasn't touched his chest pain and he looks grey", CHEST, EMERGENCY),
    ("puffy ankles every evening and it hasn't changed in weeks", OTHER, SEE_GP),
    # Thin or shiny skin over a varicose vein that has not bled: NICE CG168's referral.
    (
        "the skin on a varicose vein near the ankle has gone shiny and papery, it hasn't bled yet",
        Category.BLEEDING_VEIN,
        SEE_GP,
    ),
    ("recurring dizzy spells getting off the rowing machine", SYNCOPE, SEE_GP),
    # Asking who should give the go-ahead, or a known condition's medicine run out: a GP.
    ("stable angina, I'd like to start rowing, who should give me the go ahead?", OTHER, SEE_GP),
    ("known AF and I've run out of my tablets, can I still do the class?", OTHER, SEE_GP),
    # The means laid out beside despair or a time to take them; thoughts of not being here
    # with "I'm safe tonight" (today, not 999); a whole packet taken, its article dropped.
    ("I can't see any point anymore, got my tablets lined up on the side", OTHER, EMERGENCY),
    ("I've lined all my pills up ready and I'm going to swallow them tonight", OTHER, EMERGENCY),
    (
        "lately my head keeps going back to not being alive. I'm staying safe tonight",
        OTHER,
        SAME_DAY,
    ),
    ("it would be easier if I am not here, feeling this way for a month", OTHER, SAME_DAY),
    ("my flatmate swallowed whole packet of her sleeping pills an hour ago", OTHER, EMERGENCY),
    # Fallen off a bike, a forearm swelling with stretch pain.
    (
        "forearm swelling up after falling off my bike, pain out of all proportion, and wiggling "
        "my fingers makes it scream",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    # Urine told as "it is brownish", and "I wee very little" as a report beside "is this
    # normal after a race?".
    (
        "after the ultra I wee hardly anything and it is brownish, thighs in agony",
        Category.RHABDO,
        EMERGENCY,
    ),
    (
        "legs so sore after the race and I pee only a little, and it is a brownish colour. Is "
        "this normal after a race?",
        Category.RHABDO,
        EMERGENCY,
    ),
    # A calf aching with the veins of that leg more visible; a chest infection is no chest
    # pain; a whole arm swollen with no blow.
    ("left calf aching and the veins down that leg are more visible", DVT, SAME_DAY),
    (
        "after ten days in bed with a chest infection my right calf is sore and a bit bigger than "
        "the left",
        DVT,
        SAME_DAY,
    ),
    ("overnight my whole left arm swelled up and it throbs", DVT, SAME_DAY),
    # Walking distance fallen from a mile in a week, the foot paler: today.
    (
        "could walk a mile before my calf hurt, now only 100 metres since last week and the foot "
        "looks paler",
        Category.CLAUDICATION,
        SAME_DAY,
    ),
    # Heat exhaustion's own signs in a heatwave, or lingering hours after a hot class.
    ("heatwave and grandma is dizzy with a headache and feels sick", Category.HEAT, SAME_DAY),
    (
        "after the hot spin class I'm still lightheaded with cramps, it's been a couple of hours",
        Category.HEAT,
        SAME_DAY,
    ),
    # Days after a birth, swelling with a headache (NHS: pre-eclampsia can follow the birth).
    (
        "my wife gave birth nine days ago and now her ankles are puffy and she has a headache",
        Category.PREECLAMPSIA,
        SAME_DAY,
    ),
    # A second puff told in the next sentence ("Nothing. Had a second puff ... still there").
    (
        "I've had angina a long time and the spray usually sorts it. used it on the stairs "
        "tonight. Nothing. Had a second puff five minutes later and twenty minutes on it's still "
        "there",
        CHEST,
        EMERGENCY,
    ),
    # 140/90 or more in pregnancy, at home or not, is for the maternity team today (NICE NG133);
    # a known high blood pressure already treated, at its usual reading, is the GP's.
    (
        "29 weeks pregnant and the home monitor says 146/94, checked it twice, I feel fine",
        Category.PREECLAMPSIA,
        SAME_DAY,
    ),
    (
        "31 weeks, chronic hypertension on labetalol, bp 142/88 this morning as usual",
        Category.BLOOD_PRESSURE,
        SEE_GP,
    ),
    # Headaches and dizziness in the heat every summer: a GP's, not today's heat exhaustion.
    (
        "every summer I get headaches and dizzy when I train in the heat, is something wrong with "
        "me?",
        SYNCOPE,
        SEE_GP,
    ),
    # A tooth with the face or jaw swelling and a temperature (NHS dental abscess: an urgent
    # dentist or 111); exercise tightness that usually settles in minutes, still there hours on.
    (
        "wisdom tooth is throbbing, my cheek has puffed up and now I have a temperature",
        OTHER,
        SAME_DAY,
    ),
    (
        "my back tooth was pulled on monday and since then my jaw has swollen and I'm running a "
        "temperature",
        OTHER,
        SAME_DAY,
    ),
    (
        "my shins normally go tight on runs and settle ten minutes after I stop; tonight it's "
        "been three hours and the tightness hasn't gone",
        Category.COMPARTMENT,
        SAME_DAY,
    ),
    (
        "forearm pump after climbing usually fades in half an hour, this time it's still rock "
        "hard and sore the next morning",
        Category.COMPARTMENT,
        SAME_DAY,
    ),
    # Session 33, a fifth blind round's missed emergencies in new words: an artery's bleeding
    # told by the heartbeat, pressure that "isn't doing it", a cloth that keeps soaking through,
    # blood still coming out fast under a scarf, blood vomited "what looked like" it.
    (
        "he sliced his hand on the grinder and the blood pulses out in time with his heartbeat",
        OTHER,
        EMERGENCY,
    ),
    ("the pressure isn't doing it, the tea towel is soaked", OTHER, EMERGENCY),
    (
        "clipped the bulging vein behind my knee on the pedal, cloth pressed to it, it keeps "
        "soaking through and I feel woozy",
        Category.BLEEDING_VEIN,
        EMERGENCY,
    ),
    (
        "cut my forearm on a fence, held a scarf on it for twenty minutes and when I let go it's "
        "still coming out fast, I've gone clammy",
        OTHER,
        EMERGENCY,
    ),
    ("my uncle just vomited what looked like lots of dark blood", OTHER, EMERGENCY),
    # Breath: only a few words out each breath; lips "a weird colour".
    (
        "my son can only get three words out each breath and his throat sucks in",
        BREATHLESS,
        EMERGENCY,
    ),
    ("his lips look a weird colour and he's wheezing hard after the match", BREATHLESS, EMERGENCY),
    # A fit told by its two stages; pills counted past any day's dose; a medicine cabinet
    # emptied; the means ready with "tonight's the night" or a thanks for everything; a way out
    # thought of (today: no means or time told).
    (
        "my nephew went rigid and then began jerking on the kitchen floor, it has lasted four "
        "minutes",
        OTHER,
        EMERGENCY,
    ),
    ("my brother swallowed around 40 tablets about two hours ago", OTHER, EMERGENCY),
    ("took everything from the medicine cabinet an hour ago, mostly painkillers", OTHER, EMERGENCY),
    ("I've saved up my pills and tonights the night", OTHER, EMERGENCY),
    ("I have the tablets saved, thanks for everything you lot did for me", OTHER, EMERGENCY),
    ("keep thinking the motorway bridge would be a quick way to end it all", OTHER, SAME_DAY),
    # A stroke: words in the wrong order; falling to one side with everything seen twice.
    ("suddenly my aunt's words are landing in the wrong order", STROKE, EMERGENCY),
    (
        "can't stand without tipping over to the right and I'm seeing two of everything",
        STROKE,
        EMERGENCY,
    ),
    # A second or third dose of the angina spray that isn't easing it.
    (
        "used my angina spray, waited five minutes, used another and it isn't easing",
        CHEST,
        EMERGENCY,
    ),
    ("three puffs of the GTN in fifteen minutes and the pain hasn't budged", CHEST, EMERGENCY),
    # Five litres or more in a day, on a hike: too much water, 999 with vomiting and drowsiness.
    ("downed about 7 litres on the hike, now vomiting and really drowsy", OTHER, EMERGENCY),
    ("had six litres on my hill walk, now bloated with a headache", OTHER, SAME_DAY),
    # A hand gone cold, fingers "like candles", that cannot move.
    (
        "mum's hand went cold this afternoon, her fingers look like candles and she can't move "
        "them",
        Category.LIMB_ISCHAEMIA,
        EMERGENCY,
    ),
    # Session 33's same-day kinds: a limb swollen after a blow, firmer and sorer than yesterday,
    # or tense on a blood thinner; calves that are not easing "like normal doms"; flashes at the
    # side of an eye or a shower of specks; sunburn that blisters, with chills, after falling
    # asleep by the pool; nosebleeds counted on a blood thinner; a knock to the head and being
    # sick since (999); burning urine with a sore side and shivers; ways to die searched, with
    # tonight denied; a walking distance fallen to yards this week, or known PAD with the foot
    # cold and numb at night; "I get a tight band" beside "what does that mean?".
    (
        "a hurley caught my shin yesterday, the lump feels firm and is sorer today than yesterday",
        Category.COMPARTMENT,
        SAME_DAY,
    ),
    (
        "kicked in the forearm at five-a-side; on warfarin, the forearm is swollen and feels tense",
        Category.COMPARTMENT,
        SAME_DAY,
    ),
    (
        "after the stair challenge my calves feel about to split, tight and shiny, and it's not "
        "easing like normal doms",
        Category.COMPARTMENT,
        SAME_DAY,
    ),
    ("little flashes keep going off at the side of my eye today", OTHER, SAME_DAY),
    ("a shower of tiny grey specks in my left eye out of nowhere", OTHER, SAME_DAY),
    ("fell asleep by the pool, my shoulders are blistering and I've got chills", OTHER, SAME_DAY),
    (
        "on edoxaban and my nose keeps going: four nosebleeds since sunday, fine between them",
        OTHER,
        SAME_DAY,
    ),
    (
        "a shelf swung down and clocked him on the head, he's been sick twice since",
        OTHER,
        EMERGENCY,
    ),
    (
        "peeing constantly and it stings, and since lunch my side is sore and I'm shivery",
        Category.SEPSIS,
        SAME_DAY,
    ),
    ("been searching how to end it; I'm safe for tonight though", OTHER, SAME_DAY),
    (
        "my calf hurts on walks and settles when I pause; for months it was half a mile, this week "
        "it is down to 40 yards",
        Category.CLAUDICATION,
        SAME_DAY,
    ),
    (
        "I have PAD, and for the past few days my foot's cold and numb at night",
        Category.CLAUDICATION,
        SAME_DAY,
    ),
    (
        "on hills I get a tight band in the chest that settles once I rest, what does that mean?",
        CHEST,
        EMERGENCY,
    ),
    # A strain "back" between the shoulder blades, come on at rest, with being sick: 999.
    (
        "that strain is back between my shoulder blades; it started up again as I lay reading and "
        "I've thrown up",
        CHEST,
        EMERGENCY,
    ),
    # NHS (heart failure): a cough every night lying down, with both ankles swollen.
    (
        "my husband coughs every night once he lies down, and both his ankles have swollen up",
        BREATHLESS,
        SAME_DAY,
    ),
    # Urine gone dark orange after a hard session, the muscles very sore and feeling sick: the
    # muscles', today (no longer a clot's, read from "dark" as a leg's colour).
    (
        "wee turned dark orange after the hill reps, thighs really sore and I feel queasy",
        Category.RHABDO,
        SAME_DAY,
    ),
    # NHS (eye injuries): a blow to the eye from any ball, or "hit her in the eye", that changes
    # the sight is for A&E now; the eye-injury rule names it, not only the stroke rule's blur.
    (
        "a netball hit her in the eye this morning and her sight in it has gone blurry",
        OTHER,
        EMERGENCY,
    ),
    # Session 35 (the sixth blind round): a weight "stood on" the chest told as a likeness.
    (
        "feels like a sheep is stood on my chest, 15 minutes now, sweating and it's going into my "
        "jaw",
        Category.CHEST_PAIN,
        EMERGENCY,
    ),
    # NHS (angina): a spray that isn't working, said bare, or three lots that leave it there.
    (
        "used the spray and it isn't working this time, 20 minutes and I'm clammy on the settee",
        Category.CHEST_PAIN,
        EMERGENCY,
    ),
    (
        "mum has had three lots of her angina spray in 20 minutes and it's still there",
        Category.CHEST_PAIN,
        EMERGENCY,
    ),
    (
        "grandad's angina: he used the spray three times in the last 20 mins and it keeps coming "
        "back",
        Category.CHEST_PAIN,
        EMERGENCY,
    ),
    # The means put by, with a thanks to the whole group; someone else's tablets all taken.
    (
        "tablets are sorted, got enough stored away now. just wanted to say thank you to the club, "
        "look after yourselves",
        OTHER,
        EMERGENCY,
    ),
    ("I've swallowed all of dad's sleeping tablets, I can't do this any more", OTHER, EMERGENCY),
    (
        "gave my bike to my cousin and wrote letters to my family. I have the pills saved up.",
        OTHER,
        EMERGENCY,
    ),
    # NHS (compartment syndrome): pain told by what it does, in a limb gone hard, a foot numb or
    # not felt as one's own.
    (
        "after the box jump session my shin is rock hard and shiny, I'm in tears and I never cry, "
        "the top of my foot has gone numb",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    (
        "weighted step-ups yesterday, his calf is hard and tight now, he's gripping the chair even "
        "sitting down and says his foot feels like it isn't his",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    # A stroke at the back of the brain: mushy words, two of a thing there is one of.
    (
        "the room is spinning, she's been sick and her words are coming out all mushy",
        Category.STROKE,
        EMERGENCY,
    ),
    (
        "keep seeing two clocks on the kitchen wall and I've been sick twice",
        Category.STROKE,
        EMERGENCY,
    ),
    # A hand that "won't work" since waking is no arm slept on.
    (
        "my right hand won't work properly since I woke up, probably slept on it",
        Category.STROKE,
        EMERGENCY,
    ),
    ("threw up three times today and it looked like coffee grounds", OTHER, EMERGENCY),
    (
        "since the angiogram this afternoon my foot is pale and cold and heavy, like it's asleep "
        "and won't wake up",
        Category.LIMB_ISCHAEMIA,
        EMERGENCY,
    ),
    (
        "gashed my shin on the pedal and it keeps coming out in spurts even with a towel on it",
        OTHER,
        EMERGENCY,
    ),
    # Another language's words for a cold, white, painful limb (French).
    (
        "ma jambe gauche est froide et blanche d'un coup, ca fait mal, je peux pas bouger mes "
        "orteils",
        Category.LIMB_ISCHAEMIA,
        EMERGENCY,
    ),
    # NICE NG133: 160/110 or more in pregnancy, with pre-eclampsia's signs; or the day lost.
    (
        "32 weeks pregnant, a bad headache and flashing lights, my home monitor says 165/112",
        Category.PREECLAMPSIA,
        EMERGENCY,
    ),
    (
        "36 weeks pregnant, hands and face swollen, awful headache and she keeps losing track of "
        "what day it is",
        Category.PREECLAMPSIA,
        EMERGENCY,
    ),
    (
        "my mate grazed his shin on a pedal and the graze went red. today he breathes fast, "
        "pulse 125, hands cold, 39.6",
        Category.SEPSIS,
        EMERGENCY,
    ),
    ("after the sweat lodge he stopped sweating and then had a fit", Category.HEAT, EMERGENCY),
    # Hours on the floor or trapped: the muscles pressed that long (same day).
    (
        "my nan was on the floor for about 6 hours after a fall last night, her legs ache and "
        "she's hardly weeing",
        Category.RHABDO,
        SAME_DAY,
    ),
    (
        "trapped under the quad bike for a couple of hours yesterday, thighs aching all over",
        Category.RHABDO,
        SAME_DAY,
    ),
    # NHS (heart failure): woken in the night short of breath.
    (
        "I keep waking in the night short of breath and have to sit up to catch my breath",
        Category.BREATHLESS,
        SAME_DAY,
    ),
    # Angina in bed for the first time, or back since the stent: seen today.
    (
        "woke up at 5am with angina pain, never had it in bed before",
        Category.CHEST_PAIN,
        SAME_DAY,
    ),
    (
        "that tight squeezing feeling came back on the sofa, first time since the stent, gone now",
        Category.CHEST_PAIN,
        SAME_DAY,
    ),
    ("I keep thinking my kids would be happier without me", OTHER, SAME_DAY),
    (
        "the family would be better off with the life insurance, that's all I think about lately",
        OTHER,
        SAME_DAY,
    ),
    (
        "little purple dots on my legs since lunch, they don't fade when I roll a glass over them",
        Category.SEPSIS,
        SAME_DAY,
    ),
    ("on apixaban and my nosebleed lasted half an hour this morning", OTHER, SAME_DAY),
    ("wee's been a pinky colour since this morning, I'm on warfarin", OTHER, SAME_DAY),
    (
        "dad's foot burns at night so he hangs it out of bed, he has bad circulation",
        Category.LIMB_ISCHAEMIA,
        SAME_DAY,
    ),
    (
        "got grit in my eye at the allotment, now it's red and sore and the light really hurts it",
        OTHER,
        SAME_DAY,
    ),
    (
        "a fortnight after my hip op, the op leg's calf has swollen, a deep ache, different from "
        "the op pain",
        Category.DVT,
        SAME_DAY,
    ),
    (
        "feverish and coughing up green gunk, and the walk to my car leaves me out of puff",
        Category.BREATHLESS,
        SAME_DAY,
    ),
    # A clot's risk beside breathlessness that crept up over weeks: today, not 999.
    (
        "since starting chemo two lengths of the pool leave me out of breath, it's crept up over "
        "weeks",
        Category.PE,
        SAME_DAY,
    ),
    # "Peed brown" after a race, with sore muscles.
    (
        "peed brown after the canal 10k this morning and my thighs are really sore",
        Category.RHABDO,
        SAME_DAY,
    ),
    # Nearly over after a blood pressure medicine was raised: its prescriber today.
    (
        "since the GP upped my blood pressure pills on Friday I've nearly gone over in the "
        "bathroom twice",
        Category.SYNCOPE,
        SAME_DAY,
    ),
    # Redness spreading from a blister with a fever; an old woman in a hot spell, dizzy and
    # barely passing urine; urine the colour of tea; a limb squashed or fallen on, growing worse.
    (
        "from the blister the red spreads up towards my ankle and the temp is 38.2",
        Category.SEPSIS,
        SAME_DAY,
    ),
    (
        "hot spell, my nan is dizzy when she gets up and has barely peed today",
        Category.HEAT,
        SAME_DAY,
    ),
    (
        "wee the same colour as strong tea after the 100 burpee challenge, legs really sore",
        Category.RHABDO,
        SAME_DAY,
    ),
    (
        "tumbled down two steps onto my shin, today it's tighter and worse than yesterday",
        Category.COMPARTMENT,
        SAME_DAY,
    ),
    (
        "hand squashed in the car door yesterday, swollen, and today it's more sore, not less",
        Category.COMPARTMENT,
        SAME_DAY,
    ),
    # Session 35's seventh round: a car "parked" on the chest; a drain filling with fresh blood
    # beside a faint; two sprays and "nothing's changed".
    (
        "feels like somebody's parked a car on my chest, sat still and sweating",
        Category.CHEST_PAIN,
        EMERGENCY,
    ),
    (
        "3 days after my op the drain has filled twice this evening with bright red blood and I "
        "feel faint",
        OTHER,
        EMERGENCY,
    ),
    (
        "angina started on the bike, two sprays ten minutes apart and nothing's changed",
        Category.CHEST_PAIN,
        EMERGENCY,
    ),
    # A limb cold against the other to the touch, numb, in awful pain; a leg blue since the
    # morning, swollen and unable to bear weight.
    (
        "since lunch my right foot is stone cold compared to the left and numb, my toes barely "
        "move, the pain is awful",
        Category.LIMB_ISCHAEMIA,
        EMERGENCY,
    ),
    (
        "held both her hands and the left is freezing compared with the right since this "
        "morning, she can barely feel it, the pain is awful she says",
        Category.LIMB_ISCHAEMIA,
        EMERGENCY,
    ),
    (
        "knee replaced a fortnight back; since this morning that leg has swollen from hip to toes "
        "and turned bluey purple, pain unbearable, can't bear weight",
        Category.LIMB_ISCHAEMIA,
        EMERGENCY,
    ),
    (
        "purple spots on her legs, the spots don't fade, and she's so drowsy",
        Category.SEPSIS,
        EMERGENCY,
    ),
    # Speech told by how it came out; a grip that lets go.
    (
        "when I said hello it came out like porridge and my left foot keeps catching the step",
        Category.STROKE,
        EMERGENCY,
    ),
    (
        "her right hand just lets go of things today, she dropped two mugs",
        Category.STROKE,
        EMERGENCY,
    ),
    # Bleeding told by what it does when the cloth is lifted, or by the towels it has used.
    ("the cut from the chisel pulses out every time I lift the cloth", OTHER, EMERGENCY),
    (
        "pressed a pad on the gash for ten minutes and it wells straight back up, I'm lightheaded",
        OTHER,
        EMERGENCY,
    ),
    (
        "flap of skin off my shin from the plate, first towel done, second one going red, feeling "
        "spacey",
        OTHER,
        EMERGENCY,
    ),
    # An overdose told by empty packets or by a day's dose passed; thoughts beside a goodbye or
    # the means at work; the pills out beside "don't worry about me".
    (
        "empty packets of his co-codamol and sertraline by the bed, he's really sleepy",
        OTHER,
        EMERGENCY,
    ),
    (
        "message from my friend: sorry, I won't be a burden any more, thanks for everything. not "
        "picking up",
        OTHER,
        EMERGENCY,
    ),
    (
        "I hold a key to the controlled drugs cupboard at work. keep thinking how easy it'd be",
        OTHER,
        EMERGENCY,
    ),
    ("took about 14 paracetamol over the day for toothache, feeling sick", OTHER, EMERGENCY),
    (
        "pills are out on the table and I've written everything down. don't worry about me",
        OTHER,
        EMERGENCY,
    ),
    # A fit told with a hedge; a tongue gone fat with swallowing hard; an early pregnancy's
    # one-sided pain with the shoulder tip (NHS ectopic pregnancy); heat told by a thermometer in
    # a car, a child hard to wake; a trapped limb's pain scored 10; a fever with talk that makes
    # no sense.
    (
        "35 weeks pregnant, pounding headache and zigzags, then I had sort of a fit according to "
        "my husband",
        Category.PREECLAMPSIA,
        EMERGENCY,
    ),
    ("since the antibiotic my tongue feels fat and it's hard to swallow", OTHER, EMERGENCY),
    (
        "about 6 weeks pregnant, stabbing on the left side low in my tummy, and my shoulder tip "
        "hurts",
        OTHER,
        EMERGENCY,
    ),
    ("8 weeks pregnant and an ache on my right side low down since this morning", OTHER, SAME_DAY),
    (
        "thermometer in the car says 41, my toddler has been sick and is hard to wake",
        Category.HEAT,
        EMERGENCY,
    ),
    (
        "forearm trapped under him for hours, tense and swollen, pain is a 10, fingers tingling",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    (
        "husband's cut went red and hot, 39.2, and he keeps saying things that make no sense",
        Category.SEPSIS,
        EMERGENCY,
    ),
    # Water pills to drop water before a show, legs like jelly, the heart thumping then pausing.
    (
        "peak week, water pills to drop the water off, legs like jelly and heart doing thumps then "
        "pauses",
        OTHER,
        SAME_DAY,
    ),
    # Same-day signs of the seventh round: a tooth's swelling with shivers; a red, sore eye
    # light hurts; redness spreading from a finger's pus; blisters told by touch; tarry stools;
    # oozing hours on a thinner; heartburn under the ribs late in pregnancy; rest pain eased by
    # hanging the leg; a blow growing tighter each day; a baby's wet nappies; a COPD flare; an
    # ache on effort coming sooner; water tablets before a show with cramps and weakness.
    ("my cheek's swelled up by the bad tooth and I feel hot and shivery", OTHER, SAME_DAY),
    ("wore my lenses too long, my eye is redder and sore and light hurts it", OTHER, SAME_DAY),
    (
        "bitten nail is swollen with pus, the red's spreading to the knuckle, temp 38",
        Category.SEPSIS,
        SAME_DAY,
    ),
    ("sunburnt at the beach and I can feel fluid bubbles on my back, now shivery", OTHER, SAME_DAY),
    ("my poo has gone sticky and tarry this week", OTHER, SAME_DAY),
    (
        "on warfarin and the graze is still oozing through the plaster 4 hours later",
        OTHER,
        SAME_DAY,
    ),
    (
        "33 weeks pregnant, heartburn right under my ribs that gaviscon won't touch",
        Category.PREECLAMPSIA,
        SAME_DAY,
    ),
    (
        "the leg aches in bed at night and only settles when I hang it over the edge",
        Category.LIMB_ISCHAEMIA,
        SAME_DAY,
    ),
    (
        "caught a knee in my thigh at hockey, and it's got tighter each day instead of better",
        Category.COMPARTMENT,
        SAME_DAY,
    ),
    ("my 7 month old has had only two wet nappies today and seems sleepy", OTHER, SAME_DAY),
    (
        "mum has COPD, more breathless than usual and her phlegm has turned green",
        Category.BREATHLESS,
        SAME_DAY,
    ),
    (
        "a heavy ache in my throat on the rowing machine, first it was 12 min in, today it was 4",
        Category.CHEST_PAIN,
        SAME_DAY,
    ),
    ("show prep, on water tablets, cramping in both calves and so weak", OTHER, SAME_DAY),
    # Session 36, the eighth round's kinds, in our own words.
    (
        "grandad says it's only wind but he's gone a funny grey, soaked in sweat, and says it "
        "feels as if somebody is kneeling on him",
        Category.CHEST_PAIN,
        EMERGENCY,
    ),
    (
        "the notes are written and the meds are saved up. thanks for everything this server did "
        "for me",
        OTHER,
        EMERGENCY,
    ),
    (
        "sat in the car with the pills out and I've written letters for my girls",
        OTHER,
        EMERGENCY,
    ),
    (
        "she messaged a picture of empty paracetamol packets and now isn't answering her phone",
        OTHER,
        EMERGENCY,
    ),
    (
        "he told me he's saved up his tablets and won't be a bother to anyone for much longer",
        OTHER,
        EMERGENCY,
    ),
    (
        "his old injection site on the thigh has opened up and it squirts when he takes the "
        "cloth off, blood everywhere",
        OTHER,
        EMERGENCY,
    ),
    (
        "my brother has been jerking on the floor for about 7 minutes, it won't stop",
        OTHER,
        EMERGENCY,
    ),
    (
        "cast went on yesterday, her fingers are puffed up and tight and the tablets from the "
        "hospital aren't touching it",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    (
        "after the box jumps my shin is swollen and tight, the pain's been building all morning "
        "and nothing touches it",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    (
        "he fell asleep on his arm at the party and lay on it for hours, now it's swollen and "
        "tight and he sobs when I straighten his fingers",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    (
        "a man collapsed by the lockers, still breathing but he's not waking up when we shout at "
        "him",
        Category.SYNCOPE,
        EMERGENCY,
    ),
    (
        "midday run in the heat, I've had a cold shower for 45 minutes and still feel awful, "
        "throbbing head and sick",
        Category.HEAT,
        EMERGENCY,
    ),
    (
        "nan's bungalow is like an oven and today she doesn't know who I am",
        Category.HEAT,
        EMERGENCY,
    ),
    (
        "dad collapsed in the hall, he's had black tarry poo since Sunday and he's clammy now",
        OTHER,
        EMERGENCY,
    ),
    (
        "whole right leg swollen from the hip down and going purple over the last few hours, "
        "it's agony and I can barely put weight on it",
        Category.LIMB_ISCHAEMIA,
        EMERGENCY,
    ),
    (
        "I've been taking co-codamol and a Lemsip every few hours all week for this flu",
        OTHER,
        EMERGENCY,
    ),
    ("took a Beechams as well as two paracetamol an hour ago by mistake", OTHER, SAME_DAY),
    (
        "eight pints a day for years. stopped cold turkey on Sunday and now I'm shaking and "
        "drenched in sweat",
        OTHER,
        SAME_DAY,
    ),
    (
        "on clopidogrel since the stent and my nose keeps bleeding on and off today",
        OTHER,
        SAME_DAY,
    ),
    (
        "a swelling in my groin where the line went in is getting bigger and throbs in time with "
        "my pulse",
        OTHER,
        SAME_DAY,
    ),
    (
        "I can't lie flat any more and I keep waking after an hour needing to sit up by the window",
        Category.HF_WORSENING,
        SAME_DAY,
    ),
    (
        "two days ago I could walk the dog round the field no bother, now I stop for breath and "
        "it's worse each day",
        Category.BREATHLESS,
        SAME_DAY,
    ),
    (
        "this week I get puffed so quickly on the stairs, never done that in my life, and there's "
        "a sharp catch when I breathe in",
        Category.BREATHLESS,
        SAME_DAY,
    ),
    (
        "a squeeze in my neck and left arm when I carry the paint tins upstairs, it goes off when "
        "I put them down",
        Category.CHEST_PAIN,
        SAME_DAY,
    ),
    (
        "the burn is in my chest on the climbs this week and it's coming on earlier and earlier",
        Category.CHEST_PAIN,
        SAME_DAY,
    ),
    (
        "diabetic, and the end of my little toe went purply black this week",
        Category.LIMB_ISCHAEMIA,
        SAME_DAY,
    ),
    (
        "my pulse has been racing and jumping about since I woke up and it's not slowing down",
        Category.ARRHYTHMIA,
        SAME_DAY,
    ),
    (
        "resting heart rate 125 sitting on the sofa after that new pre workout, still dizzy two "
        "days later",
        Category.ARRHYTHMIA,
        SAME_DAY,
    ),
    # Hours of it at rest, with dizziness beside it, is for today too.
    (
        "watch has had my pulse around 118 all evening lying in bed reading, and I'm woozy",
        Category.ARRHYTHMIA,
        SAME_DAY,
    ),
    (
        "it stings when I pass water, I've a pain in my side at the back and a temperature",
        Category.SEPSIS,
        SAME_DAY,
    ),
    ("my knee came up big and hot overnight, I'm shivery and I can't bend it", OTHER, SAME_DAY),
    (
        "31 weeks pregnant and my sight has been a bit fuzzy all afternoon",
        Category.PREECLAMPSIA,
        SAME_DAY,
    ),
    (
        "on atorvastatin, aching and weak all over this week and my water looks darker",
        OTHER,
        SAME_DAY,
    ),
    (
        "banged my head on the cupboard yesterday and I've chucked up twice this morning",
        OTHER,
        SAME_DAY,
    ),
    (
        "plaster on her wrist since Monday, fingers fatter than yesterday and throbbing more not "
        "less",
        OTHER,
        SAME_DAY,
    ),
    (
        "I had a stent in my leg artery in the summer and now that foot is colder than the other",
        Category.LIMB_ISCHAEMIA,
        SAME_DAY,
    ),
    (
        "out with the ramblers my calf seizes up every ten minutes and a minute stood still sorts "
        "it",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    # Evening swelling in pregnancy with no check since: a word with the midwife at the next one
    # (NHS). Once a look-alike here (session 13); writers of 60-odd blind cases since have asked
    # for the mention, and call it nothing only once a midwife has just looked.
    (
        "28 weeks pregnant, ankles a bit puffy after work, gone by morning, ok to swim?",
        Category.PREECLAMPSIA,
        SEE_GP,
    ),
    (
        "had a clot on the lung last spring, finished the tablets, but I'm still more breathless "
        "on hills than before",
        Category.BREATHLESS,
        SEE_GP,
    ),
    # Session 37: a slow committee "dragging its feet" is no leg for the squeeze to sit in, and
    # a thinner's bleed told by where it runs, with the bleeder going light-headed.
    (
        "the residents' committee keeps dragging its feet about the bins. Anyway, shifting soil "
        "earlier a heavy tight feeling came across the middle of me going down both arms. Sat "
        "down 15 mins, still there, a bit sick and sweaty",
        Category.CHEST_PAIN,
        EMERGENCY,
    ),
    (
        "on rivaroxaban, caught my ankle on the trailer hitch, held a cloth on it for half an "
        "hour and blood is still dripping into my shoe, now I feel light headed",
        Category.OTHER,
        EMERGENCY,
    ),
    # Goodbyes told by deeds (affairs sorted, a pet handed on, a thanks for the friendship)
    # from someone gone quiet since.
    (
        "my brother sent a long text thanking me for being a good brother and asking me to take "
        "care of his cat, says he's sorted everything out. hasn't been answering since last night",
        Category.OTHER,
        EMERGENCY,
    ),
    # "Some extra" painkillers counted only when asked how many.
    (
        "my son admitted he'd had some extra painkillers after the match. when we asked how many "
        "he said probably 15, he seems fine",
        Category.OTHER,
        EMERGENCY,
    ),
    # A limb pinned under something heavy is a crush, as a limb trapped under it is.
    (
        "a stack of slabs toppled and pinned his leg for a couple of minutes. hours later his "
        "calf is swollen and hard and the pain awful, worse when I bend his toes back, his "
        "foot feels numb",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    # Session 38: a hip broken in a fall, told by the leg turned out or shorter, or by a hip
    # that takes no weight (NHS trust page on hip fractures: 999).
    (
        "gran fell in the hallway and can't get up, her leg is twisted outwards and she's in agony",
        Category.OTHER,
        EMERGENCY,
    ),
    (
        "dad came off the step ladder clearing the gutters and now his left leg looks shorter than "
        "the right",
        Category.OTHER,
        EMERGENCY,
    ),
    (
        "my nan tripped over the cat this afternoon and can't put any weight on her hip at all",
        Category.OTHER,
        EMERGENCY,
    ),
    # Known angina now coming on at rest, the rest told by what fills it.
    (
        "my old dear's angina used to need the stairs to start, now it comes when she's just "
        "watching telly",
        Category.CHEST_PAIN,
        SAME_DAY,
    ),
    # A chest held, told in a hurry with no "his", beside a colour gone.
    (
        "coach gone ashen on the touchline, holding chest and not saying much",
        Category.CHEST_PAIN,
        EMERGENCY,
    ),
    # A calf "has been fat" since a long coach journey: swollen, on one side.
    (
        "my calf has been fat and really sore ever since we got off the overnight bus from Krakow, "
        "the other leg's fine",
        Category.DVT,
        SAME_DAY,
    ),
    # Session 38, tenth round: an infection with a low blood pressure read at home (NICE NG51).
    (
        "grazed my knee on the trail last week, now the skin round it is red, hot and creeping up "
        "my thigh, I am shivering and my BP machine says 86/50",
        Category.SEPSIS,
        EMERGENCY,
    ),
    # The rest of a packet taken at once (NHS paracetamol overdose: A&E, even feeling well).
    (
        "my sister says she took the rest of the packet of paracetamol after tea because of her "
        "tooth, maybe 14 tablets, she feels ok",
        Category.OTHER,
        EMERGENCY,
    ),
    # A varicose vein's bleed told by what it does, with no word for blood.
    (
        "bumped a varicose vein low on my shin against the dishwasher door, tea towel pressed "
        "there a good ten minutes and it wells right back up whenever I lift it",
        Category.BLEEDING_VEIN,
        EMERGENCY,
    ),
    # A whole leg swollen overnight and gone purple, the colour told far along the sentence.
    (
        "whole left leg puffed up from ankle to groin since last night, now a purplish colour, "
        "hurts like nothing on earth, can't stand on it",
        Category.LIMB_ISCHAEMIA,
        EMERGENCY,
    ),
    # Purple where it was knocked is a bruise's colour: the swelling is for today.
    (
        "calf swollen since last night after the drive up north, bit purple where I banged it, "
        "pain is something else",
        Category.DVT,
        SAME_DAY,
    ),
    # Someone else's tablets kept back, beside a goodbye.
    (
        "Won't make Thursday's swim, or any after that. The will's with the solicitor, I've "
        "squirrelled away enough of my husband's old sleeping pills, and it's been lovely knowing "
        "you all.",
        Category.OTHER,
        EMERGENCY,
    ),
    # A baby moving less told as "quieter" since a time, or by the kicks counted (NHS: the
    # maternity unit straight away).
    (
        "I am 35 weeks and the baby has been a lot quieter since last night, maybe two kicks all "
        "morning",
        Category.OTHER,
        SAME_DAY,
    ),
    # An animal that "had a go at" a wrist, the teeth's holes now red (nidirect: bites, today).
    (
        "the neighbours cat had a go at my wrist when I tried to pick it up last night, this "
        "morning two little holes and it is red and puffy",
        Category.OTHER,
        SAME_DAY,
    ),
    # A blistering rash on one side, near an eye (NHS shingles: an urgent GP appointment or 111).
    (
        "stinging rash of blisters across the left of my brow and down towards my nose, and the "
        "eye that side is red and gritty",
        Category.OTHER,
        SAME_DAY,
    ),
    (
        "I think I have shingles, burning band of spots round my waist on the right",
        Category.OTHER,
        SAME_DAY,
    ),
    # Bruises with no knock told far from their word, beside bleeding gums (NICE NG12).
    (
        "dark bruises on my thighs and arms that I cannot explain, and my gums keep bleeding when "
        "I brush my teeth",
        Category.OTHER,
        SAME_DAY,
    ),
    # A limb gone cold in the days after a catheter went in through it (Northern Care Alliance
    # NHS, after an angiogram: 999).
    (
        "stent put in via my wrist on Monday, now my hand on that side is cold and numb",
        Category.LIMB_ISCHAEMIA,
        EMERGENCY,
    ),
    # A fast rate while sat still, with exercise named only as not done (NHS palpitations).
    (
        "resting pulse 140 for the last hour, not exercised, feel washed out",
        Category.ARRHYTHMIA,
        SAME_DAY,
    ),
    (
        "my watch keeps saying 145 while I'm just sat in the car. feel off",
        Category.ARRHYTHMIA,
        SAME_DAY,
    ),
    # "Indigestion" brought on by effort and ended by stopping is angina's pattern (NHS angina).
    (
        "my indigestion kicks in whenever I climb the stairs at work and fades once I stand still",
        Category.CHEST_PAIN,
        SAME_DAY,
    ),
    (
        "she says it's just heartburn but it starts when she hurries for the bus and goes off "
        "when she stops",
        Category.CHEST_PAIN,
        SAME_DAY,
    ),
    # The same, unchanged for months: a GP's referral to a chest pain clinic (NICE CG95).
    (
        "my husband's indigestion comes on when he walks the dog up the lane and goes when he "
        "rests, months now",
        Category.CHEST_PAIN,
        SEE_GP,
    ),
    # A vein gone hard, sore and red above the knee, towards the groin: scanned urgently (NICE
    # CKS, superficial vein thrombosis).
    (
        "the vein running along my inner thigh has gone into a hard, sore red ridge, about a "
        "hand's length, getting close to the groin",
        Category.DVT,
        SAME_DAY,
    ),
    (
        "a tender red cord has come up along a varicose vein high on my thigh, warm when I touch "
        "it",
        Category.DVT,
        SAME_DAY,
    ),
    # A nosebleed on a blood thinner that stopped and has started again (Rotherham NHS FT).
    (
        "on apixaban, nose bled for ages after breakfast till it finally stopped, now it's "
        "going again",
        Category.OTHER,
        SAME_DAY,
    ),
    # On an antiplatelet, a lump after a knock that has grown by sizes in hours (NHS clopidogrel).
    (
        "after a clash of knees at five-a-side the lump on my thigh has swelled from a golf ball "
        "to an orange in a few hours, I'm on clopidogrel",
        Category.OTHER,
        SAME_DAY,
    ),
    # Few words, as a second language writes them: the week of a pregnancy with no "weeks",
    # the baby's age for the weeks after a birth, a headache "strong", pain "more more".
    (
        "my wife 36 week, face and hands very swollen since yesterday, headache",
        Category.PREECLAMPSIA,
        SAME_DAY,
    ),
    (
        "baby 2 weeks old, me headache strong and see flashing, bp 150/100",
        Category.PREECLAMPSIA,
        SAME_DAY,
    ),
    (
        "shin very tight and pain after football, pain more more, toes tingle",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    # The knock denied many words after the bruises (NICE NG12).
    (
        "dark bruises came up on my shins and arms over the past fortnight or so and I honestly "
        "haven't knocked myself. my gums are bleeding after brushing too",
        Category.OTHER,
        SAME_DAY,
    ),
    # "My heart go fast": the plain verb, and the spell outlasting the run (NHS palpitations).
    (
        "after run my heart go fast 180 for 40 min, now ok but tired",
        Category.ARRHYTHMIA,
        SAME_DAY,
    ),
    # A joint suddenly hot, red and swollen (NHS gout): a GP; getting worse, 111 today.
    (
        "the joint at the base of my big toe is suddenly red, hot and puffed up since the early "
        "hours, can't stand the duvet touching it",
        Category.OTHER,
        SEE_GP,
    ),
    (
        "my ankle went red and swollen out of nowhere, agony, getting worse",
        Category.OTHER,
        SAME_DAY,
    ),
    # The eleventh round's emergencies, in new words: a count of tablets told after the taking;
    # an emptied strip with some owned to (NHS paracetamol overdose: A&E now, even feeling
    # well); a cloth soaked under pressure; a foot cold "like meat from the freezer" and marbled;
    # two words, then a stop for breath.
    (
        "no idea how many co-codamol he took after the row last night, probably 30 or so, says he "
        "feels fine",
        Category.OTHER,
        EMERGENCY,
    ),
    (
        "there's an empty strip of paracetamol in my son's room and he admits he took some "
        "earlier, he's been so down",
        Category.OTHER,
        EMERGENCY,
    ),
    (
        "grater caught my knuckle, pressing a cloth on for ten minutes, still going, the cloth is "
        "soaked, feel a bit woozy",
        Category.OTHER,
        EMERGENCY,
    ),
    (
        "his foot has been agony since lunch and it's like touching meat from the freezer, gone a "
        "marbled grey",
        Category.LIMB_ISCHAEMIA,
        EMERGENCY,
    ),
    (
        "my mother can speak just two words then stop to breathe, leaning on the table, lips dusky",
        Category.BREATHLESS,
        EMERGENCY,
    ),
    # A swelling told by the clothes on one leg, beside a clot risk (NHS DVT); a wound told by
    # what shows or will not close (NHS cuts: an urgent treatment centre today).
    (
        "on the pill, my sister's left leg has felt heavy since Tuesday, her jeans are tight on "
        "that leg only and the veins show more",
        Category.DVT,
        SAME_DAY,
    ),
    (
        "split my knee open on the track, the edges won't stay together and there's white stuff "
        "showing",
        Category.OTHER,
        SAME_DAY,
    ),
    # Twelfth round: a groin or belly-button bulge that comes and goes (NHS: a GP), stuck or firm
    # (A&E, read as today's); a lump in a testicle (NHS: a GP); sudden pain in "one of" them.
    (
        "there's a soft bulge low in my groin that comes out when I push a heavy sled and slips "
        "back in once I lie on the sofa",
        Category.OTHER,
        SEE_GP,
    ),
    (
        "the hernia by my belly button has turned firm since this morning's session and I can't "
        "get it to go back",
        Category.OTHER,
        SAME_DAY,
    ),
    (
        "noticed a small firm lump on my right testicle while showering, painless, not sure how "
        "long",
        Category.OTHER,
        SEE_GP,
    ),
    (
        "sudden agonising pain in one of my testicles during box jumps, it's swelling",
        Category.OTHER,
        EMERGENCY,
    ),
    # A raised reading in pregnancy told as higher than usual; pre-eclampsia's signs new since a
    # midwife's check days before.
    (
        "34 weeks pregnant, home cuff says 146/95 twice this evening, which is higher than normal "
        "for me",
        Category.PREECLAMPSIA,
        SAME_DAY,
    ),
    (
        "36 weeks, midwife saw me last Tuesday and said all was fine, woke up today with puffy "
        "hands and flashing lights keep crossing my vision",
        Category.PREECLAMPSIA,
        SAME_DAY,
    ),
    # A knock told as "conked"; a bursa red and warm with shivers; an uneven heart new since
    # last night with the member feeling unwell (nidirect, atrial fibrillation).
    (
        "conked my head on the van door last night and I've been dizzy and foggy all morning",
        Category.OTHER,
        SAME_DAY,
    ),
    (
        "a squashy lump has come up on my elbow after days spent leaning on the counter, it's red "
        "and warm today and I feel shivery",
        Category.OTHER,
        SAME_DAY,
    ),
    (
        "my heartbeat's felt uneven and jumpy since last night, around 115, never had this before, "
        "I feel rubbish",
        Category.ARRHYTHMIA,
        SAME_DAY,
    ),
    # Blood in the urine told as a single time, over (NHS: a GP even after once); chest pain on
    # breathing in that came on "sat" watching telly (sitting, not Saturday).
    (
        "spotted some blood in my urine a single time after a long ride, never happened since, "
        "no pain",
        Category.OTHER,
        SEE_GP,
    ),
    (
        "sharp pain as I breathe in, middle of the chest, it came on sat watching telly and I'm "
        "short of breath",
        Category.PE,
        EMERGENCY,
    ),
    # A rhabdomyolysis round: a long lie dated by nights or "since yesterday", a load on a leg
    # for hours, urine gone dark with none passed since, or with confusion; "weak as a kitten" is
    # the writer likened, not an animal's deed.
    (
        "my grandad was on the hall floor when I came round, reckons he's been there since "
        "yesterday, he's muddled and can't lift his legs",
        Category.RHABDO,
        EMERGENCY,
    ),
    (
        "he tripped Friday night and it's Sunday now, found him by the bed, his thighs are massive "
        "and he can't move them",
        Category.RHABDO,
        EMERGENCY,
    ),
    (
        "an engine block fell on my mate's leg and it took three hours to lift it off, now his leg "
        "is swollen tight",
        Category.RHABDO,
        EMERGENCY,
    ),
    (
        "after the bootcamp my pee went cola brown and now I've had nothing since lunch, it's 10pm",
        Category.RHABDO,
        EMERGENCY,
    ),
    (
        "she's on a statin and an antibiotic, her urine's almost black and she doesn't know where "
        "she is",
        Category.RHABDO,
        EMERGENCY,
    ),
    (
        "since the half marathon I am weak as a kitten, urine has gone dark brown",
        Category.RHABDO,
        SAME_DAY,
    ),
    # Breath shorter "than a few months ago": a comparison with then, told now, not a past event
    # (a GP, for a complaint that has grown over months).
    (
        "my wife is puffing harder on the canal path than a few months ago, otherwise well, no "
        "cough or pain",
        Category.OTHER,
        SEE_GP,
    ),
    # Anaphylaxis (NHS): going faint, dizzy or floppy beside hives, a sting, an allergy or a
    # swelling face is a 999 call; hives that keep coming back, or last days, are a GP's (NHS).
    (
        "wasp sting out on the trail and now hives everywhere and I'm really dizzy and faint",
        Category.OTHER,
        EMERGENCY,
    ),
    (
        "halfway through spin I came out in welts all over and I'm close to passing out",
        Category.OTHER,
        EMERGENCY,
    ),
    (
        "ate a peanut bar before the session, now my face is swelling and I feel woozy",
        Category.OTHER,
        EMERGENCY,
    ),
    (
        "my son came out in hives at football after eating a cereal bar and now he's gone "
        "very pale and floppy",
        Category.OTHER,
        EMERGENCY,
    ),
    (
        "I break out in hives nearly every time I do a long run, gone within the hour, "
        "breathing never affected",
        Category.OTHER,
        SEE_GP,
    ),
    (
        "itchy raised welts on my chest after every gym session for the last month",
        Category.OTHER,
        SEE_GP,
    ),
    (
        "had hives for 4 days now, antihistamines not doing much",
        Category.OTHER,
        SEE_GP,
    ),
    # The thirteenth round's kinds: a crush for hours; a toddler's fewer wet nappies (NICE NG143);
    # a jaw ache on effort gone within minutes of easing; black poos; rest pain that wakes most
    # nights; a walking distance fallen in days or weeks; soreness past day 4 with weak or puffy
    # arms, arms that won't straighten, or dark urine with muscles stiffer than usual.
    (
        "my uncle was trapped under a fallen pallet for around 3 hours at the yard, now his "
        "thigh keeps swelling and no wee at all since lunch",
        Category.RHABDO,
        EMERGENCY,
    ),
    (
        "our toddler has had a fever since Saturday and there have been far fewer wet nappies"
        " today",
        Category.OTHER,
        SAME_DAY,
    ),
    (
        "on the rowing machine my jaw starts to ache once my heart rate climbs, settles "
        "within two minutes of slowing, new this month",
        Category.CHEST_PAIN,
        SAME_DAY,
    ),
    (
        "my poos have been black for two days and I've been living on naproxen for my hip",
        Category.OTHER,
        SAME_DAY,
    ),
    (
        "my foot aches enough to wake me up most nights, hanging my foot off the bed is the "
        "only thing that eases it",
        Category.CLAUDICATION,
        SAME_DAY,
    ),
    (
        "I get calf pain walking about 300m usually, yet since the weekend I can barely do "
        "30m and my toes look whiter",
        Category.CLAUDICATION,
        SAME_DAY,
    ),
    (
        "been getting cramping in my left calf during walks for a year, since Tuesday I can "
        "barely do 40 metres and that foot feels colder",
        Category.CLAUDICATION,
        SAME_DAY,
    ),
    (
        "the distance I manage before my calves cramp has dropped from half a mile to about "
        "30 yards over the last fortnight",
        Category.CLAUDICATION,
        SAME_DAY,
    ),
    (
        "took up a new kettlebell class last week and it's now day 5, my shoulders are weaker"
        " each morning and my upper arms are puffy",
        Category.RHABDO,
        SAME_DAY,
    ),
    (
        "after the pull up ladder on Sunday my forearms are swollen tight and unable to "
        "straighten either elbow",
        Category.RHABDO,
        SAME_DAY,
    ),
    (
        "a little stiffer than usual after the thousand rep challenge, wee is kind of dark today",
        Category.RHABDO,
        SAME_DAY,
    ),
    # A hernia told "tender" with "it's", or harder to push back: today (NHS Scotland, as above).
    (
        "a soft lump near my navel comes out on heavy pulls; today it's tender, and trickier "
        "to get it back",
        Category.OTHER,
        SAME_DAY,
    ),
    # Asked to be seen, in more words: "who signs that off", "chase it up", "talk to someone about
    # it"; bruising "like mad" with bleeding gums (NICE NG12); extra beats for months (NHS
    # palpitations: ones that last a long time).
    (
        "finished my rehab programme after the bypass, want to take up rowing competitively, "
        "who signs that off?",
        Category.OTHER,
        SEE_GP,
    ),
    (
        "told I had AF at a health check two years ago and nobody followed it up, no "
        "thinners, should I chase it up?",
        Category.OTHER,
        SEE_GP,
    ),
    (
        "clots run in my family, dad and my brother had one each; starting HRT and I fly long"
        " haul often, I'd like to talk to someone about it",
        Category.OTHER,
        SEE_GP,
    ),
    (
        "I've been bruising like mad this month, big marks on my shins, and flossing makes my"
        " gums bleed",
        Category.OTHER,
        SAME_DAY,
    ),
    (
        "a skipped beat after my espresso, never dizzy and my chest is fine, been months",
        Category.ARRHYTHMIA,
        SEE_GP,
    ),
    # Vertigo that keeps coming for weeks (NHS vertigo: a GP).
    (
        "turning over in bed sets off vertigo for a few seconds each time, it's been three "
        "weeks now",
        Category.OTHER,
        SEE_GP,
    ),
    # "AF" told as the condition one has still reads.
    (
        "got AF and the new tablets make me tired on the bike, should I get it checked?",
        Category.OTHER,
        SEE_GP,
    ),
    # Hives as a figure of speech are set aside as a phrase, so real hives beside it still read.
    (
        "the idea of a 5k time trial gives me the hives, but my real hives came back again "
        "after the run",
        Category.OTHER,
        SEE_GP,
    ),
    # Session 42's blind round (231-234), each kind in the project's own words: heartburn or
    # reflux for weeks (NHS: a GP after 3 weeks); blood from the bottom sorted as the NHS sorts
    # it; a hernia told across two sentences; a test to repeat at the GP, or "see your GP" at the
    # end of a report; a lump behind the knee (NHS 111 Wales, Baker's cyst); the chronic
    # compartment kind told by how soon it goes; claudication told by a distance or a round of
    # golf, or "ok since 2 months" (a duration, not a recovery); one leg bigger for years;
    # bleeding more easily on a thinner; a bruise swelling into a lump on warfarin; "right nut";
    # a water tablet's side effects; lips gone blue beside "is that normal?".
    (
        "acid reflux wakes me most nights and it has for a month, antacids barely help",
        Category.OTHER,
        SEE_GP,
    ),
    (
        "there's been blood when I wipe, it comes and goes, five weeks now, bright red, I'm 47",
        Category.OTHER,
        SEE_GP,
    ),
    (
        "since yesterday my poo has had dark red blood through it, feel ok otherwise",
        Category.OTHER,
        SAME_DAY,
    ),
    (
        "went for a poo after my long run and the bowl turned bright red with large clots",
        Category.OTHER,
        EMERGENCY,
    ),
    (
        "got the runs with blood in them after the trip, started this morning",
        Category.OTHER,
        SAME_DAY,
    ),
    (
        "Spotted a bulge in my groin on the right. It pokes out if I cough and slips back in "
        "lying flat.",
        Category.OTHER,
        SEE_GP,
    ),
    (
        "the hospital told me to get my liver bloods repeated at the GP in a month, still "
        "haven't rung them",
        Category.OTHER,
        SEE_GP,
    ),
    (
        "physio said it could well be a nerve thing and see your GP about it",
        Category.OTHER,
        SEE_GP,
    ),
    (
        "a soft lump has appeared behind my left knee, tight when I kneel, there since spring",
        Category.OTHER,
        SEE_GP,
    ),
    (
        "both shins tighten and go tingly partway into every run, fine again 10 min later",
        Category.COMPARTMENT,
        SEE_GP,
    ),
    (
        "on our walks my uncle stops every 100 yards because his calves ache",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    (
        "my grandad's calves burn after a few holes of golf and ease off once he rests, keeps"
        " happening",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    (
        "my mother calf is paining when she walks, she sits then it is ok, since 2 months",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    (
        "for several years my left leg has looked thicker than my right, never had it "
        "checked, aches at night",
        Category.OTHER,
        SEE_GP,
    ),
    (
        "on rivaroxaban and my periods have been much heavier the last two cycles",
        Category.OTHER,
        SEE_GP,
    ),
    (
        "INR has been up and down for weeks on warfarin, my clinic keeps changing the dose",
        Category.OTHER,
        SEE_GP,
    ),
    (
        "on warfarin, knocked my thigh on the rack and the bruise has swelled into a big hard"
        " lump since this morning",
        Category.OTHER,
        SAME_DAY,
    ),
    (
        "sudden awful pain in my right nut while squatting, it's swollen",
        Category.OTHER,
        EMERGENCY,
    ),
    (
        "since my water tablet dose was increased I'm getting cramps at night and feel wiped out",
        Category.OTHER,
        SEE_GP,
    ),
    (
        "sprinted the last lap and my lips went blue and I was gasping, is that normal?",
        Category.BREATHLESS,
        EMERGENCY,
    ),
    # More of session 42's kinds: an arm or jaw that aches on effort and eases once the load is
    # set down or with a sit (angina where it spreads); blisters after cold-numbed toes (frostbite);
    # something in the eye and the sight blurred after (NHS eye injuries: A&E); a dog's bite through
    # the skin; short spinning spells on turning over (NHS vertigo: a GP); bruising far too easily
    # for weeks (NICE NG12); leaking urine on jumping (NHS inform: the GP practice); what to do
    # about a past clot before a flight; labetalol and dizziness on standing.
    (
        "my left arm aches dully when I haul the shopping up our hill, and the ache eases "
        "once I set the bags down",
        Category.CHEST_PAIN,
        SAME_DAY,
    ),
    (
        "dad's jaw and left arm ache whenever he pushes the wheelbarrow up the garden, eases "
        "with a sit down on the bench",
        Category.CHEST_PAIN,
        SAME_DAY,
    ),
    (
        "three toes turned white and numb on the ice climb yesterday, they've warmed up now "
        "but blisters are forming",
        Category.OTHER,
        SAME_DAY,
    ),
    (
        "sand blew into my eye on the beach run, washed it out but it's still sore and my "
        "sight's blurry that side",
        Category.OTHER,
        EMERGENCY,
    ),
    (
        "bitten by my neighbour's big dog when I jogged past, it broke the skin on my ankle",
        Category.OTHER,
        SAME_DAY,
    ),
    (
        "short spinning spells each time I flip over at night, three weeks now",
        Category.OTHER,
        SEE_GP,
    ),
    (
        "bruising way too easily for the last month, not on anything",
        Category.OTHER,
        SEE_GP,
    ),
    (
        "since my second baby I leak a little wee whenever I do box jumps",
        Category.OTHER,
        SEE_GP,
    ),
    (
        "my clot after the knee op was years back, what should we do about my risk on the "
        "long-haul next month?",
        Category.OTHER,
        SEE_GP,
    ),
    (
        "labetalol since the baby, woozy when I rise from the yoga mat this week",
        Category.SYNCOPE,
        SEE_GP,
    ),
    # A foot that slaps down after a session's tightness outlasted it (the nerve pressed: today);
    # claudication coming on sooner with a sore that won't heal (NICE CG147: today).
    (
        "for years my shins have gone tight mid-run and eased after, but since yesterday's "
        "run it hasn't eased and my foot keeps slapping down when I walk",
        Category.COMPARTMENT,
        SAME_DAY,
    ),
    (
        "my aunt's calf pain on walking now comes on far sooner, and there's a sore on her "
        "heel that isn't healing",
        Category.CLAUDICATION,
        SAME_DAY,
    ),
    # Round 15 (session 43): a reliever needed every few hours or several times a day told without
    # the breath named; a strain weeks ago and no better; heart failure tiring sooner; Raynaud's
    # colours told around their cause; migraine aura on the combined pill; counted urine infections.
    (
        "my asthma's flared since the weekend, I'm reaching for the reliever every 2 to 3 "
        "hours and it fades fast, talking's fine though",
        Category.BREATHLESS,
        SAME_DAY,
    ),
    (
        "asthma bad since the bonfire smoke, I've taken the ventolin seven or eight times a day",
        Category.BREATHLESS,
        SAME_DAY,
    ),
    (
        "pulled my hamstring sprinting a month ago. it's still no better, sore whenever I "
        "stride out",
        Category.OTHER,
        SEE_GP,
    ),
    (
        "I have heart failure and lately I get worn out far sooner walking the dog, weight's "
        "the same, ankles normal",
        Category.HF_WORSENING,
        SEE_GP,
    ),
    (
        "every cold morning my fingertips turn white and then blue while I wait for the bus "
        "in the frost, then bright red once indoors",
        Category.OTHER,
        SEE_GP,
    ),
    (
        "since going on Microgynon my migraines arrive with an aura now and then",
        Category.OTHER,
        SEE_GP,
    ),
    (
        "I've had three water infections since the spring, antibiotics each time",
        Category.OTHER,
        SEE_GP,
    ),
    (
        "my brother on the cross trainer was sure he was having a cardiac event and he's "
        "still grey and sweating",
        Category.CHEST_PAIN,
        EMERGENCY,
    ),
    # A complaint timed as "for the past month".
    (
        "knee's been clicking and aching on the stairs for the past month",
        Category.OTHER,
        SEE_GP,
    ),
    # Round 15's same-day kinds: a growing, pulsing swelling at a catheter site; a rope whipped
    # into the eye with the sight blurred; vertigo with fluids not staying down (and a hangover
    # said only as a likeness); a walking distance that has collapsed within days; a possible
    # broken bone.
    (
        "had a cardiac cath through the groin on Monday and the swelling there is bigger "
        "today and pulsing",
        Category.OTHER,
        SAME_DAY,
    ),
    (
        "a skipping rope whipped me in the eye, watering loads and everything's blurred out "
        "of it since",
        Category.OTHER,
        EMERGENCY,
    ),
    (
        "vertigo since I woke, I keep boaking and can't keep fluids down, no headache",
        Category.SYNCOPE,
        SAME_DAY,
    ),
    (
        "the distance he can walk before his calf cramps has gone from 300m to 30m since Friday",
        Category.CLAUDICATION,
        SAME_DAY,
    ),
    (
        "fell on the black ice onto my hand, it's puffy, gripping a mug hurts, could it be broken?",
        Category.OTHER,
        SAME_DAY,
    ),
    (
        "the room's spinning and I've thrown up three times, feels like a bad hangover but I "
        "haven't touched a drop",
        Category.SYNCOPE,
        SAME_DAY,
    ),
    # Round 15's see-a-GP kinds: a lump someone found, told by a coach; a hernia in a dictated
    # 'groan' or at a belly button that pokes out; a tight chest that cold air brings on, with no
    # asthma; a calf that 'comes right' when he stops; soreness lasting most of a week after every
    # session.
    (
        "my training partner noticed a lump on his testicle last week and wondered what he "
        "should do",
        Category.OTHER,
        SEE_GP,
    ),
    (
        "there's a bulge in the groan that comes out when I squat and slips back lying flat",
        Category.OTHER,
        SEE_GP,
    ),
    (
        "my belly button pokes out whenever I do planks, soft, painless",
        Category.OTHER,
        SEE_GP,
    ),
    (
        "tight chested on frosty morning runs, every single run this winter, eases once I'm "
        "warm, no asthma",
        Category.BREATHLESS,
        SEE_GP,
    ),
    (
        "my dad's calf goes crampy on the walk to the paper shop and comes right once he "
        "stops, he smokes",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    (
        "my quads stay sore for six or seven days after every session now, been like this for"
        " weeks",
        Category.OTHER,
        SEE_GP,
    ),
    # Round 15's emergencies the rules alone had missed: a new cast with the pain far worse and the
    # fingers numb; a whole leg enormous and purple in agony after an operation; a diabetic's hypo
    # too drowsy to swallow the gel. A tight cast with pink, moving fingers stays today's.
    (
        "my daughter's wrist was plastered this morning and now she's screaming, says the "
        "cast is crushing it and her fingers have gone numb",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    (
        "grandad's entire leg is enormous and dusky purple since breakfast, he's in agony, "
        "had his hip done last week",
        Category.DVT,
        EMERGENCY,
    ),
    (
        "our diabetic goalkeeper is sweating and shaky after the match, making no sense and "
        "too drowsy to take the glucose gel",
        Category.OTHER,
        EMERGENCY,
    ),
    (
        "cast feels snug this evening, fingers a little puffy but pink and wiggling, pain "
        "fine with paracetamol",
        Category.OTHER,
        SAME_DAY,
    ),
    # The signs beside the third round's look-alikes still read.
    (
        "she fainted when they took her bloods this morning and still has chest pain and a "
        "racing heart",
        CHEST,
        EMERGENCY,
    ),
    (
        "my dad collapsed at the cricket and when he came to his face was drooping",
        STROKE,
        EMERGENCY,
    ),
    (
        "he had a stroke on the drive home, his arm is weak and his face has dropped",
        STROKE,
        EMERGENCY,
    ),
    (
        "my client couldn't breathe for a few minutes after the finisher, still wheezing and can't "
        "finish a sentence",
        BREATHLESS,
        EMERGENCY,
    ),
    ("my brother overdosed on his tablets an hour ago and he's really drowsy", OTHER, EMERGENCY),
    (
        "pulled something in my chest on the rower and now I'm sweating and feel sick, pain going "
        "into my jaw",
        CHEST,
        EMERGENCY,
    ),
    (
        "my hand went white and cold an hour ago, it's still pale and numb and really painful, I "
        "do have Raynaud's",
        Category.LIMB_ISCHAEMIA,
        EMERGENCY,
    ),
    (
        "my varicose vein bled after the jab, a bit of blood, it stopped but it keeps starting "
        "again",
        Category.BLEEDING_VEIN,
        SAME_DAY,
    ),
    ("his mum has COPD and can hardly breathe today, lips look a bit blue", BREATHLESS, EMERGENCY),
    # Session 45's blind round (239-242), each kind in the project's own words: mild headaches
    # that keep coming in pregnancy (for the midwife); pre-eclampsia's sight told by what is seen
    # first, and a headache painkillers don't reach; a walk to "the station (500m)" is no
    # teaching case; claudication higher up, in both legs, or from half a mile; a grey sore low
    # on a cold leg; a thumb in the eye; a knuckle sunk after a punch.
    (
        "24 weeks along and I've had mild headaches most afternoons this week, a glass of water "
        "sorts them",
        Category.PREECLAMPSIA,
        SEE_GP,
    ),
    (
        "33 weeks and since lunch there are little sparkly spots in my vision",
        Category.PREECLAMPSIA,
        SAME_DAY,
    ),
    (
        "36 weeks, this headache has gone on since last night and the paracetamol won't touch it",
        Category.PREECLAMPSIA,
        SAME_DAY,
    ),
    (
        "walking to the station (roughly 500m) brings on a squeezing ache behind my breastbone "
        "that goes when I stop, new this week",
        CHEST,
        SAME_DAY,
    ),
    (
        "my hips and thighs cramp on walks and it's got far worse over the past few days, now my "
        "foot goes white and numb after a short stroll",
        Category.CLAUDICATION,
        SAME_DAY,
    ),
    (
        "the distance I can walk before my calf locks up has gone from a mile to about 40 steps "
        "since last week",
        Category.CLAUDICATION,
        SAME_DAY,
    ),
    (
        "a scrape on my lower leg from the ladder hasn't healed in a month, the middle has gone "
        "grey and the foot on that side is cold",
        Category.LIMB_ISCHAEMIA,
        SAME_DAY,
    ),
    # A graze only slow to heal in a diabetic, with nothing grey about it, is for a GP.
    ("diabetic, a graze on my shin is slow to heal, no redness, just slow", OTHER, SEE_GP),
    (
        "took a thumb to the eye at jiu-jitsu an hour ago, still blurry in that eye",
        OTHER,
        EMERGENCY,
    ),
    (
        "punched the pads too hard and now my ring finger knuckle has sunk in and the hand is "
        "puffy",
        OTHER,
        SAME_DAY,
    ),
    # Angina that has changed is still today's; one unchanged, with a review asked for, a GP's.
    ("my angina has changed lately, it comes on just walking to the car", CHEST, SAME_DAY),
    (
        "stable angina, nothing's changed, but I'd like the GP to review my tablets before a "
        "cycling holiday",
        OTHER,
        SEE_GP,
    ),
    # Urine infections counted by how often, and a lump that stays or grows (NHS lumps).
    ("frequent water infections lately, this is the fourth one since spring", OTHER, SEE_GP),
    ("cystitis again, seems like every couple of months now", OTHER, SEE_GP),
    ("there's a pea-sized lump under my jaw, it's been there about a month", OTHER, SEE_GP),
    ("the lump on my forearm keeps growing, it's doubled since summer", OTHER, SEE_GP),
    # Session 46: a relative's stroke dated by the age it came at is the reason for a member's
    # worry about their own readings, not a stroke now; a clock's hour is not an age, and a
    # stroke before never hides a sign told as today's.
    (
        "my aunt had a stroke in her fifties, and my own pressure has come up 150/96 at the "
        "chemist twice this month",
        Category.BLOOD_PRESSURE,
        SEE_GP,
    ),
    (
        "my brother had a stroke at 11 this morning and we're waiting on the ambulance",
        STROKE,
        EMERGENCY,
    ),
    (
        "grandpa's had a stroke before, and since breakfast his left arm won't lift",
        STROKE,
        EMERGENCY,
    ),
    # Session 46's blind round (243-246), each kind in the project's own words: an amputee's
    # stump gone pale and cold; a limb cold and white beyond a joint knocked out of line; the
    # top of the belly aching under the ribs in pregnancy; claudication far worse "in a week", or
    # back after a leg stent; hearing lost by half in one ear; a stray's bite told animal first;
    # a relative's pacemaker with the pulse skipping; angina's spray doses told after
    # the pain that stays.
    (
        "my brother's stump went pale and freezing an hour ago and the pain is unbearable, even "
        "with the liner off",
        Category.LIMB_ISCHAEMIA,
        EMERGENCY,
    ),
    (
        "came off the scooter, my wrist is bent the wrong way and the fingers have gone cold and "
        "white",
        Category.LIMB_ISCHAEMIA,
        EMERGENCY,
    ),
    (
        "30 weeks, since this afternoon a sore ache high up in my belly, just below my ribs",
        Category.PREECLAMPSIA,
        SAME_DAY,
    ),
    (
        "the cramp in my calf on walks got far worse in a week, now I stop after 40 yards and "
        "that foot is colder",
        Category.CLAUDICATION,
        SAME_DAY,
    ),
    (
        "two months after the stent in my thigh artery, the walking pain has suddenly come back "
        "this week",
        Category.CLAUDICATION,
        SAME_DAY,
    ),
    (
        "yesterday evening I suddenly lost half the hearing in my right ear and it hums",
        OTHER,
        SAME_DAY,
    ),
    ("a stray cat at the campsite bit my thumb this morning and drew blood", OTHER, SAME_DAY),
    (
        "my husband has a pacemaker and since lunch his pulse keeps skipping and jumping about",
        Category.ARRHYTHMIA,
        SAME_DAY,
    ),
    # Angina's doses told as what the pain hasn't gone with; a runner's talk that has stopped
    # making sense in the heat; a mouth gone "a little" droopy.
    (
        "my angina came on walking home 15 minutes ago and it hasn't eased with two sprays of the "
        "GTN",
        CHEST,
        EMERGENCY,
    ),
    (
        "our winger went down after the final whistle in the heat, he's stopped making sense and "
        "his temperature is 40.3",
        Category.HEAT,
        EMERGENCY,
    ),
    (
        "grandad's mouth went a little droopy about ten minutes ago while he was eating",
        STROKE,
        EMERGENCY,
    ),
    # A talk with the GP planned or weighed, beside a known condition: asks for a GP.
    (
        "my heart failure has been steady all year, planning to ask at my annual review whether "
        "spin classes are fine",
        OTHER,
        SEE_GP,
    ),
    (
        "had a clot in my calf three years back, treated, now on the pill again and wondering if "
        "it's worth a GP chat before the long-haul",
        OTHER,
        SEE_GP,
    ),
    (
        "PAD diagnosed in spring, my walking's no better, should I push for a vascular referral?",
        OTHER,
        SEE_GP,
    ),
    # A check weighed as due, or never had, beside a family history or a known condition.
    (
        "my mother died from heart disease in her fifties and I've never been screened for "
        "cholesterol, I'm 46",
        OTHER,
        SEE_GP,
    ),
    (
        "stable angina, nothing new, but I think I should get a proper review before the sportive",
        OTHER,
        SEE_GP,
    ),
    # A guard: two puffs are no longer a breathing emergency alone (below), and the spray's two
    # doses with the pain staying still are angina's.
    (
        "the pain in my chest won't go, had 2 puffs of the angina spray, it's been 15 minutes",
        CHEST,
        EMERGENCY,
    ),
    # Session 47's blind round (247-250), each kind in the project's own words: a fit on the
    # mats past five minutes; a faint still out minutes on; the jaw and left arm aching together
    # in an effort; a varicose vein oozing; a fall on raised blood pressure pills; a hand gone
    # white and numb in an effort and back, or one foot alone cold and blue; heatstroke's
    # muddle said as gibberish or as looking drunk; angina's spray named by where it goes; tea
    # towels got through; an ear found dead on waking; a calf rock hard with fizzing, barely
    # moving toes; heart failure's swelling risen over days; arms swollen and unbendable after
    # negative reps; the walking distance fallen; stroke signs gone within the day (999, as the
    # NHS's TIA page says); a fever in Fahrenheit; breath catching under the shoulder blade with
    # more puffing than usual; a resting "hr" high for "wks"; "months of it"; shins tight a
    # set time into runs; more puffed "than this time last year".
    ("a lad's fitting on the yoga mats, it's been over five minutes", OTHER, EMERGENCY),
    ("my nan passed out by the fridge and she's been out for 2 minutes now", SYNCOPE, EMERGENCY),
    (
        "on the rowing machine my left arm and jaw began aching, eased after ten minutes sat down",
        CHEST,
        SAME_DAY,
    ),
    (
        "my varicose vein behind the knee was oozing a little, it's stopped for now",
        Category.BLEEDING_VEIN,
        SAME_DAY,
    ),
    (
        "since the doctor upped his blood pressure pills grandad's been wobbly and dizzy, and he "
        "fell this morning",
        SYNCOPE,
        SAME_DAY,
    ),
    (
        "halfway through the climb my left hand turned white and numb, normal again 10 minutes "
        "later",
        Category.LIMB_ISCHAEMIA,
        SAME_DAY,
    ),
    (
        "only my left foot has gone icy and a bit blue, since last night",
        Category.LIMB_ISCHAEMIA,
        SAME_DAY,
    ),
    (
        "at the finish my brother's staggering like he's drunk, no sweat at all now and his skin "
        "feels dry and burning",
        Category.HEAT,
        EMERGENCY,
    ),
    ("a walker at the finish is spouting gibberish, skin hot and dry", Category.HEAT, EMERGENCY),
    (
        "needing my under the tongue spray every day this week, usually it's once a month",
        CHEST,
        SAME_DAY,
    ),
    (
        "knocked the bulging vein on my shin, we've gone through three tea towels and it's still "
        "going",
        Category.BLEEDING_VEIN,
        EMERGENCY,
    ),
    ("woke up today and my right ear is completely dead, can't hear through it", OTHER, SAME_DAY),
    (
        "after three hours of hill sprints his calf is rock hard, his toes feel fizzy and he can "
        "barely move them",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    (
        "with my heart failure the swelling has moved up past my ankles over the last three days",
        Category.HF_WORSENING,
        SAME_DAY,
    ),
    (
        "two days after a huge negative-rep session both arms have swollen up, they won't bend and "
        "they're sore way past normal",
        Category.RHABDO,
        SAME_DAY,
    ),
    (
        "my walking distance before the ache stops me went from a mile to 60 metres since Saturday",
        Category.CLAUDICATION,
        SAME_DAY,
    ),
    (
        "About an hour ago dad's words came out jumbled for ten minutes but he's fully recovered.",
        STROKE,
        EMERGENCY,
    ),
    ("his temp is 105 after the race and he's acting drunk", Category.HEAT, EMERGENCY),
    (
        "for five days the stairs have winded me more than they should, and breathing in deep "
        "catches under my right shoulder blade",
        PE,
        SAME_DAY,
    ),
    ("resting hr has sat at 108 for wks and I'm not unwell", RHYTHM, SEE_GP),
    (
        "by teatime my ankles puff up, and they're down again by morning, months of it now",
        OTHER,
        SEE_GP,
    ),
    (
        "15 min into runs my shins tighten and burn, then ease off once I stop",
        Category.COMPARTMENT,
        SEE_GP,
    ),
    (
        "I get more breathless climbing our local hill than this time last year, it's crept on "
        "gradually for several months",
        BREATHLESS,
        SEE_GP,
    ),
    # Whether a doctor's say-so is needed, asked beside a known condition, or a nurse's "told to
    # see my GP" in the passive: see a GP.
    (
        "grandma's calf clot was last year, she's off the thinners now; does she need the GP's ok "
        "before aqua?",
        OTHER,
        SEE_GP,
    ),
    ("stable PAD here, does my dad need GP clearance before the walking club?", OTHER, SEE_GP),
    (
        "the practice nurse found a weak pulse in my right ankle and I was told to see my GP",
        OTHER,
        SEE_GP,
    ),
    (
        "had rhabdo two summers ago, fully better, starting a new plan, should I get advice first?",
        OTHER,
        SEE_GP,
    ),
    # A relative's sign told by their name for them, then a question of how long to wait: a
    # report, told to call now (read as a question about signs, and given information, before
    # session 47). The last is a guard against the new "how long ... before you ring?" question.
    (
        "brother's smile has gone lopsided, how long do we wait before ringing 999?",
        STROKE,
        EMERGENCY,
    ),
    (
        "mum's smile droops on the left now, how long do we wait before calling an ambulance?",
        STROKE,
        EMERGENCY,
    ),
    (
        "grandad's mouth has slipped to one side, how long should we give it before ringing 999?",
        STROKE,
        EMERGENCY,
    ),
    # A guard: a clot scan that came back negative still leaves a calf grown since.
    (
        "the clot scan on Tuesday came back negative. Now it's Thursday and my calf is bigger and "
        "more painful",
        DVT,
        SAME_DAY,
    ),
    # Session 48's blind round (251-254), each kind in the project's own words: a sign told
    # after "probably nothing but" (the hedge had denied it); double vision told as over within
    # the day (999, as other stroke signs); a collapse told as gone down on a pitch and not
    # coming round, or "out a couple of mins" and not back; a fit by a cadet past five minutes;
    # a hand held to the chest with the pain moving to the jaw and arm; heartburn the remedy
    # didn't touch, with clamminess; a vein told by its look that bled; redness outlined in pen
    # and grown; a reliever needed several times within the hour, or counted "today"; walking
    # pain much worse within a week; family heart disease young and never a check; heart
    # failure with the usual effort getting harder.
    (
        "probably nothing but my wee has looked like cola since the spin class, and my thighs are "
        "killing me",
        Category.RHABDO,
        EMERGENCY,
    ),
    (
        "could be nothing but my calf is red and puffy since the train home from Glasgow",
        DVT,
        SAME_DAY,
    ),
    (
        "Heavy squats this afternoon. Halfway through the third set I was seeing double for around "
        "a minute, all good since.",
        STROKE,
        EMERGENCY,
    ),
    ("goalie gone down on the pitch and not coming round, breathing oddly", SYNCOPE, EMERGENCY),
    ("she's gone down at the bus stop and is not moving", SYNCOPE, EMERGENCY),
    (
        "our keeper dropped in the warm-up, he has been out about a minute and still isn't coming "
        "round",
        SYNCOPE,
        EMERGENCY,
    ),
    ("a cadet is fitting on the sports hall floor, it's gone on for six minutes", OTHER, EMERGENCY),
    (
        "he's gone pale, one hand held on his chest, says it's shooting down into his left arm",
        CHEST,
        EMERGENCY,
    ),
    (
        "grandpa says it's just heartburn but the Rennies did nothing and he's clammy and grey",
        CHEST,
        EMERGENCY,
    ),
    (
        "a purple knot on her ankle bled onto the lino earlier, it has stopped now",
        Category.BLEEDING_VEIN,
        SAME_DAY,
    ),
    (
        "the graze on my knuckle looks angry and weepy, I drew round it in biro and now it's "
        "spread past the line",
        Category.SEPSIS,
        SAME_DAY,
    ),
    (
        "asthma's bad, had my reliever three times in the last hour and I'm still wheezing",
        BREATHLESS,
        SAME_DAY,
    ),
    ("had my puffer 4 times today, still tight and wheezing", BREATHLESS, SAME_DAY),
    (
        "my calves ache on walks and it has become far worse over a week, my toes look pale",
        Category.CLAUDICATION,
        SAME_DAY,
    ),
    (
        "leg pain walking suddenly far worse this week, now I only manage fifty metres",
        Category.CLAUDICATION,
        SAME_DAY,
    ),
    (
        "grandad and my uncle had strokes in their fifties. I'm 50 and never had my blood pressure "
        "done",
        OTHER,
        SEE_GP,
    ),
    (
        "heart failure, well on my tablets, but over the past month the stairs have got a bit "
        "harder",
        Category.HF_WORSENING,
        SEE_GP,
    ),
    # Session 48's second round (255-258): reports shaped as questions, told as going on now
    # ("been like this 15 min", "for the last 2 hrs", "as we speak", "I went down..."); a weight
    # on the chest told by "somebody's"; something dropped on a head with drowsiness and
    # vomiting; told to cool someone burning up, sweat gone and muddled; calf pain that wakes
    # at night with the foot hung out of bed.
    (
        "what does it mean when lips look blueish after coughing? mine have been like this 15 min",
        BREATHLESS,
        EMERGENCY,
    ),
    (
        "how can I tell if a fast heart needs looking at? my watch has been over 150 at rest for "
        "the last 2 hrs",
        RHYTHM,
        SAME_DAY,
    ),
    (
        "how can you tell whether a faint came from the heart? I went down after my Saturday spin "
        "class",
        SYNCOPE,
        SAME_DAY,
    ),
    (
        "what does it mean when someone collapses and won't come round? my flatmate on the kitchen "
        "floor as we speak",
        SYNCOPE,
        EMERGENCY,
    ),
    ("somebody's parked a lorry on my chest and I'm clammy", CHEST, EMERGENCY),
    ("dropped a dumbbell on his head, he's drowsy and has been sick twice", OTHER, EMERGENCY),
    (
        "the paramedic on the phone said cool him down; he's burning up, no sweat, muddled about "
        "where he is",
        Category.HEAT,
        EMERGENCY,
    ),
    (
        "the last two nights the calf pain has woken me and I have to dangle my foot out of bed",
        Category.CLAUDICATION,
        SAME_DAY,
    ),
    # Pain high in the stomach going through to the back, clammy and breathless, now settled.
    (
        "at 4am my sister had pain high up in her belly going through to her back, clammy and "
        "puffing, it settled within the hour",
        CHEST,
        SAME_DAY,
    ),
    # Guards: a report told before the question or the what-if stays a report.
    ("dad has chest pain and he's grey, which symptoms mean a heart attack?", CHEST, EMERGENCY),
    (
        "mum is grey and breathless right now, what should we do if she passes out?",
        BREATHLESS,
        EMERGENCY,
    ),
    # Session 49's round (259-262): Australian and Caribbean English, posts told later, training
    # questions, letters. A fit in pregnancy or after the birth however told; a fit "about" a time
    # ago; cold and white within the hour after a lifelong limp; painkillers outdone in a leg gone
    # hard; angina's spray twice; pressure failing told at length; "hot as to the touch"; walking
    # distance shrinking in days; a rate up for hours at rest; spells steady for months.
    (
        "he's always had a dodgy leg on long walks, but half an hour ago the foot turned icy and "
        "white and the toes have gone completely numb",
        Category.LIMB_ISCHAEMIA,
        EMERGENCY,
    ),
    (
        "blocked a kick with my shin at training earlier, now the shin's swollen and hard as "
        "rock, it hurts far worse than anything ibuprofen touches, and the foot is tingling",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    ("grandad keeled over by the greenhouse and hasn't woken up", SYNCOPE, EMERGENCY),
    (
        "her angina started while she was sat knitting and it's not going, she's used her spray "
        "twice",
        CHEST,
        EMERGENCY,
    ),
    (
        "sliced my calf open on a trailer edge, blood everywhere. I've pressed a shirt on it with "
        "my foot up for ten minutes and it's drenched",
        OTHER,
        EMERGENCY,
    ),
    (
        "my labourer's been on the scaffold since lunch, now he's throwing up, hot as to the "
        "touch and stumbling about like he's drunk",
        Category.HEAT,
        EMERGENCY,
    ),
    (
        "she's 36 weeks and her arms have started jerking, she won't answer me",
        Category.PREECLAMPSIA,
        EMERGENCY,
    ),
    (
        "eight days after the birth my partner had a fit about two minutes ago",
        Category.PREECLAMPSIA,
        EMERGENCY,
    ),
    (
        "wife is 33 weeks, there was what looked like a seizure on the sofa a moment ago",
        Category.PREECLAMPSIA,
        EMERGENCY,
    ),
    (
        "30 weeks pregnant, splitting headache, and she's struggling to stay awake",
        Category.PREECLAMPSIA,
        EMERGENCY,
    ),
    (
        "my sister gave birth 6 days ago; today: pounding headache, seeing flashes, and slow to "
        "answer when I talk to her",
        Category.PREECLAMPSIA,
        EMERGENCY,
    ),
    (
        "seven months gone, blinding headache, blurry sight, and the home cuff says 165/112",
        Category.PREECLAMPSIA,
        EMERGENCY,
    ),
    (
        "my flatmate had a fit about three minutes ago and she's still jerking, she isn't "
        "epileptic",
        OTHER,
        EMERGENCY,
    ),
    (
        "gran's calves used to kick in at about 400 metres; the past few days she can barely make "
        "it down the drive and her toes look pale",
        Category.CLAUDICATION,
        SAME_DAY,
    ),
    ("34 weeks, her bump's gone rock hard with constant pain and she's bleeding", OTHER, SAME_DAY),
    (
        "The room has been spinning since I got out of bed and I've thrown up twice, I have to "
        "grip the wall to reach the bathroom. What is this?",
        SYNCOPE,
        SAME_DAY,
    ),
    (
        "watch says my resting pulse has hovered near 125 all morning, feeling slightly off",
        RHYTHM,
        SEE_GP,
    ),
    (
        "my heart goes racing for a minute or so when I'm in bed, roughly every fortnight, and "
        "has done since the spring",
        RHYTHM,
        SEE_GP,
    ),
    (
        "the tightness on the big hill of my walk has been the same since before Easter, it goes "
        "once I stop",
        CHEST,
        SEE_GP,
    ),
    # Guards: a check that found nothing does not cover what has changed since.
    (
        "33 weeks; maternity unit checked my BP and urine on Tuesday, all fine, and the headache "
        "has gone, but now my face and hands have puffed up",
        Category.PREECLAMPSIA,
        SAME_DAY,
    ),
    (
        "my GP said no infection on Monday but now red streaks are creeping up from the graze on "
        "my knee",
        Category.SEPSIS,
        SAME_DAY,
    ),
    # Session 49's second round (263-264): members on regular medicines; replies to the bot. An
    # auxiliary that lost its verb ("but it hasn't, chest feels...") denies nothing after it.
    (
        "you said give it twenty minutes to see if it eases but it hasn't, chest feels like a "
        "wardrobe is leaning on it and I'm drenched in sweat",
        CHEST,
        EMERGENCY,
    ),
    ("29 weeks, my ankles puffed up very suddenly overnight", Category.PREECLAMPSIA, SAME_DAY),
    (
        "my right foot's toes are bluish and cold since last night while the other foot looks "
        "normal",
        Category.LIMB_ISCHAEMIA,
        SAME_DAY,
    ),
    # Session 50 (sets 265-268: people in physical jobs; very online young adults; reports from
    # far away; English of West Africa, East Africa, South and South East Asia). Compartment
    # pain told by what painkillers failed to do, a score "like 10/10", a limb "tight like a drum"
    # with stretch pain and a numb foot; someone found on the floor who "won't wake up properly".
    (
        "my brother's shin got stamped on at rugby two hours ago; from knee to ankle it's rock "
        "hard and puffed up, he's screaming with the pain even after co-codamol, toes tingling",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    (
        "trapped my calf under the trailer hitch at work, it's gone rock hard, pain's like 10/10, "
        "foot numb now",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    (
        "after an hour of jump squats her calf went tight like a drum; it hurts far more if I "
        "bend her toes upward, and across the top her foot's gone numb",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    (
        "the carer found grandad on the floor by his bed; he's breathing, but he won't wake up "
        "properly",
        SYNCOPE,
        EMERGENCY,
    ),
    # One ankle gone big, red and hot with no injury; a kitchen burn weeping and reddening with
    # a fever; rest pain in a walker whose distance has shrunk.
    (
        "my left ankle has gone big and hot and red since lunchtime, didn't twist it, hurts to "
        "stand on",
        DVT,
        SAME_DAY,
    ),
    (
        "temp of 38.6 and shivery, and the oven burn on my wrist is oozing and getting redder",
        Category.SEPSIS,
        SAME_DAY,
    ),
    (
        "I used to walk a mile before the calf cramp stopped me, now it's 100 yards, and tonight "
        "my foot aches just sitting on the sofa",
        Category.CLAUDICATION,
        SAME_DAY,
    ),
    # "Indigestion" that comes with a load carried and goes when it is put down; muscle cramps
    # and very dark urine after a hot class; a Tagalog "swollen".
    (
        "my uncle calls it indigestion, but it only starts when he carries the coal up the steps "
        "and it goes off once he puts the bucket down",
        CHEST,
        SAME_DAY,
    ),
    (
        "since the sauna circuit two days ago I've had muscle cramps, a headache and my wee's "
        "gone very dark",
        Category.RHABDO,
        SAME_DAY,
    ),
    (
        "right leg namamaga below the knee since early today, warm too, no injury",
        DVT,
        SAME_DAY,
    ),
    # "Paining", as much of the world's English says it.
    (
        "my chest is paining me for half an hour now, heavy, and I'm sweating",
        CHEST,
        EMERGENCY,
    ),
    # See a GP: walking pain that a rest helps; a clot before and a long flight ahead; both
    # uncles' heart attacks and never a check; white-then-blue fingers for years; ankles puffy
    # since a new tablet, or "for some weeks"; blank spells; headaches on every heavy lift; AF
    # with no blood thinner; aching varicose veins; a catch on deep breaths for weeks; breathless
    # for months since a clot last year.
    (
        "diabetic here, my calves hurt every time I've walked about 400m, a rest helps",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    (
        "had a DVT following my hip op years back and I'm flying long haul to Chile next month, "
        "do I need anything?",
        OTHER,
        SEE_GP,
    ),
    (
        "my two uncles had heart attacks at about 45 and I have never had my cholesterol or BP "
        "looked at",
        OTHER,
        SEE_GP,
    ),
    ("every cold snap the fingers on both hands turn white then blue, for years", OTHER, SEE_GP),
    ("started amlodipine and both feet have been puffy since, no pain", OTHER, SEE_GP),
    (
        "for some weeks my feet have swollen up each evening, sock marks stay, gone by morning",
        OTHER,
        SEE_GP,
    ),
    (
        "my son has little blank moments where he stares for a bit and misses a few seconds, his "
        "teacher spotted them",
        OTHER,
        SEE_GP,
    ),
    (
        "I'm getting headaches each time I pull heavy deadlifts, they last a couple of hours",
        OTHER,
        SEE_GP,
    ),
    ("my dad has had AF for a decade and has never been on a blood thinner", OTHER, SEE_GP),
    (
        "the varicose veins on both legs are getting worse and paining me after a day on the "
        "shop floor",
        Category.BLEEDING_VEIN,
        SEE_GP,
    ),
    (
        "a sharp catch at the bottom right of my ribcage whenever I breathe in hard, it's come "
        "and gone over the past month, not short of breath",
        PE,
        SEE_GP,
    ),
    (
        "since my lung clot last spring I've been breathless going uphill for two months",
        BREATHLESS,
        SEE_GP,
    ),
    # Session 51 (sets 269-272: bystanders; women in the menopause and after a birth; long COVID,
    # POTS and ME/CFS; European learners of English). A jab site's redness growing; a spray
    # that "dont go away"; "speaks strange"; "has no air"; "doesn't make sense"; a fever after
    # "doesnt eat"; a postnatal infection; heat's gibberish and a fit; screaming sat still;
    # hearing gone; "34w", European words for pregnancy and midwife; one foot colder since this
    # morning; "was away"; waking breathless to sit up; water tablets failing; a day's heat;
    # stars in the eyes; flutters with a near-fall; a foot red hanging down and white raised;
    # a slow pulse and foggy; angina on less effort; still tight after an attack; more confused
    # than usual; see a GP for walking cramps, exertional tightness, family and own risks never
    # checked, a clot on the lung's breath left over, and weeks of heartburn.
    (
        "my arm where I had the flu jab on Monday has a red patch that keeps getting bigger and "
        "it feels hot",
        Category.SEPSIS,
        SAME_DAY,
    ),
    (
        "the redness round where the nurse injected my booster is spreading towards my elbow "
        "and it's sore",
        Category.SEPSIS,
        SAME_DAY,
    ),
    (
        "I've used my spray four times in twenty minutes and the squeezing dont go away, each "
        "minute it becomes worse",
        CHEST,
        EMERGENCY,
    ),
    (
        "since ten minutes my colleague speaks strange and is very dizzy",
        STROKE,
        EMERGENCY,
    ),
    (
        "two weeks after his hip replacement my grandad suddenly has no air and looks grey",
        BREATHLESS,
        EMERGENCY,
    ),
    (
        "my mum has a water infection and this evening she doesn't make any sense",
        Category.SEPSIS,
        EMERGENCY,
    ),
    (
        "grandma takes antibiotics for her water infection, she doesnt eat, fever 38.2",
        Category.SEPSIS,
        SAME_DAY,
    ),
    (
        "five weeks postnatal, a temperature and a smelly discharge, my lower tummy is tender",
        Category.SEPSIS,
        SAME_DAY,
    ),
    (
        "in the hot yoga room a man started talking total rubbish then went stiff and twitchy",
        Category.HEAT,
        EMERGENCY,
    ),
    (
        "my mate got booted on the shin in the derby, the whole lower leg is huge and tight, "
        "he's screaming even sat still and his toes are going numb",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    (
        "suddenly this afternoon I can hear almost nothing out of my right ear, no cold and no "
        "pain",
        OTHER,
        SAME_DAY,
    ),
    (
        "my left ear went muffled overnight, not wax I think, and it's still the same this evening",
        OTHER,
        SAME_DAY,
    ),
    (
        "34w and overnight my face and fingers puffed right up, the wedding ring won't go off",
        Category.PREECLAMPSIA,
        SAME_DAY,
    ),
    (
        "my friend is 30 semanas de gravidez and since this morning her face is very inflated",
        Category.PREECLAMPSIA,
        SAME_DAY,
    ),
    (
        "the verloskundige says there is protein in my sample and my blood pressure was 146/96, "
        "now I have a headache",
        Category.PREECLAMPSIA,
        SAME_DAY,
    ),
    (
        "since this morning my right foot is colder and a little bluish compared to my left one",
        Category.LIMB_ISCHAEMIA,
        SAME_DAY,
    ),
    (
        "my daughter, 17, fell down in the netball game, was away about 30 seconds, now fine",
        SYNCOPE,
        EMERGENCY,
    ),
    (
        "my wife has heart failure; twice last night she woke breathless, then needed to sit at "
        "our kitchen table",
        BREATHLESS,
        SAME_DAY,
    ),
    (
        "my husband's got heart failure; he says the water tablets aren't working like before, "
        "belly swollen since 4 days",
        Category.HF_WORSENING,
        SAME_DAY,
    ),
    (
        "after last weekend's heat exhaustion on the bike I still can't drink without throwing up",
        OTHER,
        SAME_DAY,
    ),
    (
        "my mum, 79, did the weeding at 33 degrees, she's dizzy and very tired and drinks nothing",
        Category.HEAT,
        SAME_DAY,
    ),
    (
        "29 weeks, headache since breakfast and now and then little stars in my eyes",
        Category.PREECLAMPSIA,
        SAME_DAY,
    ),
    (
        "her heart keeps fluttering today and she almost went over in the bathroom twice",
        SYNCOPE,
        EMERGENCY,
    ),
    (
        "my foot goes a funny reddish colour if it hangs down and white if I raise it, and "
        "lately it hurts at rest as well",
        Category.LIMB_ISCHAEMIA,
        SAME_DAY,
    ),
    (
        "my watch has my pulse at 39 all morning and I feel drained and foggy",
        RHYTHM,
        SAME_DAY,
    ),
    (
        "these days my angina comes on far quicker, 50 m up the hill instead of the whole way "
        "round",
        CHEST,
        SAME_DAY,
    ),
    (
        "asthma attack last night, settled with the blue inhaler, but still a bit tight this "
        "morning",
        BREATHLESS,
        SAME_DAY,
    ),
    (
        "grandad is more confused than usual since his fall yesterday",
        OTHER,
        SAME_DAY,
    ),
    (
        "on my walks a cramp grabs my calf after about 300 m, and it goes two or three minutes "
        "after I stop",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    (
        "for 4 months my shins build on runs until I stop, like they are too tight for the "
        "skin, fine once I rest though",
        Category.COMPARTMENT,
        SEE_GP,
    ),
    (
        "every time I use the stepper my two calves tighten up and turn numb by ten minutes, "
        "fine again after a rest",
        Category.COMPARTMENT,
        SEE_GP,
    ),
    (
        "my dad died from a heart infarct at 55, I never did a check on my own cholesterol",
        OTHER,
        SEE_GP,
    ),
    (
        "I'm 50, diabetic and I smoke, and no doctor has ever checked my heart before I start "
        "the bootcamp",
        OTHER,
        SEE_GP,
    ),
    (
        "my sister and my aunt both had a thrombose, must I tell the doctor before I start the "
        "pill?",
        OTHER,
        SEE_GP,
    ),
    (
        "had a clot after my second baby; before I start HRT does someone need to check me over?",
        OTHER,
        SEE_GP,
    ),
    (
        "my breath has never come fully back since the PE two winters ago",
        BREATHLESS,
        SEE_GP,
    ),
    (
        "I had a lung embolism in spring and climbing stairs I am still more breathless than "
        "before",
        BREATHLESS,
        SEE_GP,
    ),
    (
        "after tea I get burning behind the breast bone, almost daily for a month or more, "
        "antacids help",
        CHEST,
        SEE_GP,
    ),
    # A jab's reaction easing never hides its redness growing; a spell of racing dated
    # yesterday and stopped is today's (NHS palpitations); guard: racing again today is 999.
    (
        "booster on Friday, the temperature went overnight and today I'm fine, but the red "
        "patch round the jab keeps getting bigger and it's warm",
        Category.SEPSIS,
        SAME_DAY,
    ),
    (
        "Yesterday on the turbo trainer my pulse was racing, uneven, for twenty minutes and I "
        "was dizzy. Then it stopped by itself, all good now.",
        RHYTHM,
        SAME_DAY,
    ),
    (
        "my heart was fluttering fast on the bike yesterday and stopped, but today it is "
        "fluttering fast again and I'm dizzy",
        RHYTHM,
        EMERGENCY,
    ),
    # Session 52 (sets 273-276: gamers and streamers; training through a religious fast;
    # mountain and cold-water sport; Spanish and Tagalog mixed into English). Taglish and
    # Spanglish signs through the glossary; a head knock's 999 signs (not knowing the day,
    # clear fluid from the nose); a type 1 hypo told a sentence after the diabetes; angina that
    # woke someone and is growing, or settled; a curtain half across the sight; a limb gone
    # white and numb and back in someone with AF; rest pain with the foot hung out of bed; see a
    # GP for a home reading "ish", hypos a couple of times a week, AF's thinner stopped by the
    # member, a vein hard along its length and a scab that keeps splitting. Guards (pass before
    # the change too): a treated vein bleeding again; sight gone black after sweat; a clot's calf
    # beside rubbing boots; a knock weeks ago with headaches that linger is still a GP's.
    (
        "my tio has angina, two sprays already and the pain no se quita, he's gone pale and sweaty",
        CHEST,
        EMERGENCY,
    ),
    (
        "lola has had bigat ng dibdib for half an hour now, pawis na pawis and nagsusuka",
        CHEST,
        EMERGENCY,
    ),
    (
        "the ugat on my tito's calf pumutok in the shower, ang daming dugo and hindi tumitigil "
        "even with pressing",
        Category.BLEEDING_VEIN,
        EMERGENCY,
    ),
    (
        "si lolo biglang hindi makapagsalita and his mukha is nakalaylay on the right",
        STROKE,
        EMERGENCY,
    ),
    (
        "my tatay was working sa init all afternoon, now he is nalilito and his balat is "
        "sobrang init",
        Category.HEAT,
        EMERGENCY,
    ),
    (
        "biglang lumamig and namutla ang binti ni tita, hindi maigalaw ang paa, it started an "
        "hour ago",
        Category.LIMB_ISCHAEMIA,
        EMERGENCY,
    ),
    (
        "kuya did 500 squats for a bet, legs sobrang maga, ihi niya kulay kape and he keeps "
        "nagsusuka",
        Category.RHABDO,
        EMERGENCY,
    ),
    (
        "my ate is buntis, 34 weeks, sobrang sakit ng ulo and biglang hindi makakita",
        Category.PREECLAMPSIA,
        SAME_DAY,
    ),
    (
        "caught a cricket ball on the side of the head, was out briefly, now he does not know "
        "what day it is",
        OTHER,
        EMERGENCY,
    ),
    (
        "clash of heads at training and clear fluid keeps dripping from his nose",
        OTHER,
        EMERGENCY,
    ),
    (
        "my teammate is type one. he's gone clammy and muddled and refuses the gel we brought",
        OTHER,
        EMERGENCY,
    ),
    (
        "my dad's angina woke him an hour ago, it's been going 25 minutes and getting worse",
        CHEST,
        EMERGENCY,
    ),
    (
        "since lunch it's like a curtain half drawn across my right eye",
        STROKE,
        EMERGENCY,
    ),
    (
        "grandpa woke in the night with his angina, a first for him, one puff and it settled",
        CHEST,
        SAME_DAY,
    ),
    (
        "yesterday gran's fingers turned white and numb for a quarter hour, then the feeling "
        "came back. she has AF",
        Category.LIMB_ISCHAEMIA,
        SAME_DAY,
    ),
    (
        "grandad says his leg aches in bed at night now, so he sleeps and hangs his foot out of "
        "bed",
        Category.LIMB_ISCHAEMIA,
        SAME_DAY,
    ),
    (
        "two weeks after her operation my ate is hinihingal since kahapon and may kirot sa "
        "dibdib when she breathes in",
        CHEST,
        EMERGENCY,
    ),
    (
        "my home cuff has read around 150/95ish every morning this fortnight",
        Category.BLOOD_PRESSURE,
        SEE_GP,
    ),
    (
        "on insulin and I've gone low after spin a couple times a week recently, sweets sort it",
        OTHER,
        SEE_GP,
    ),
    (
        "my aunt has AF and quit her blood thinner in the summer because of nosebleeds, her GP "
        "has no idea",
        OTHER,
        SEE_GP,
    ),
    (
        "got kicked in the head at karate five weeks ago and still have headaches most "
        "afternoons, no worse",
        OTHER,
        SEE_GP,
    ),
    (
        "since last tuesday my varicose vein feels hard, tender along the length of it",
        OTHER,
        SEE_GP,
    ),
    (
        "that scab over my varicose vein keeps splitting near the ankle bone, a month now",
        OTHER,
        SEE_GP,
    ),
    (
        "lola gets sakit sa binti every time she walks to the palengke, nawawala after pahinga, "
        "for months",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    (
        "my varicose vein was treated with foam last year, all healed, but this evening it "
        "burst again and blood is pouring out",
        Category.BLEEDING_VEIN,
        EMERGENCY,
    ),
    (
        "had sweat in my eyes earlier but now my left eye's vision has gone black",
        STROKE,
        EMERGENCY,
    ),
    (
        "the new boots are rubbing, but my right calf went swollen, red and hot after the long "
        "flight home",
        DVT,
        SAME_DAY,
    ),
    # Later in session 52: a smile crooked and then "back to normal" (no face checked even); a foot
    # pale and cold that came back; an asthma attack settled at home by the reliever, or seen by
    # paramedics; a temperature with hardly a wee; a shadow in a corner of the eye. Guard: a foot
    # whose colour came back that still cannot move.
    (
        "an hour ago my uncle's face sagged on the left and his smile was lopsided, back to "
        "normal now",
        STROKE,
        EMERGENCY,
    ),
    (
        "earlier today my mum's left foot turned pale and cold with pins and needles for twenty "
        "minutes, then the colour returned",
        Category.LIMB_ISCHAEMIA,
        SAME_DAY,
    ),
    (
        "had an asthma attack during netball this afternoon, my reliever helped in the end and "
        "I'm ok",
        BREATHLESS,
        SAME_DAY,
    ),
    (
        "asthma attack last night, paramedics gave me a nebuliser, I'm home and feeling better",
        BREATHLESS,
        SEE_GP,
    ),
    (
        "flu-ish since sunday, temp of 39 today and hardly had a wee since breakfast",
        Category.SEPSIS,
        SAME_DAY,
    ),
    (
        "a grey shadow has hung in one corner of my left eye since breakfast",
        OTHER,
        SAME_DAY,
    ),
    (
        "an hour ago dad's foot turned icy, white and numb, the colour came back a bit but he "
        "still can't move his toes",
        Category.LIMB_ISCHAEMIA,
        EMERGENCY,
    ),
    # Guard: whatever "came back", a foot still white now is still losing its blood supply.
    (
        "my right foot went chalky and icy about an hour back, the ache came back harder and "
        "it is still white now",
        Category.LIMB_ISCHAEMIA,
        EMERGENCY,
    ),
    # Session 53 (sets 277-280: Scots and Irish voices; night-shift and care workers; parents of
    # teenage athletes; easy-read and very literal writers). A dropped "g" ("havin a fit"); a fit
    # told as shaking all over on the mat; sweat gone told beside muddled talk; puffs through a
    # spacer and words per breath counted; pain "so bad I can't stop crying"; angina on less,
    # in the night; a cough and fever with breathlessness (pneumonia); an asthma flare; a home
    # like an oven; hearing gone on waking; worse than any ordinary dead leg; heart failure
    # swelling past the knees; pre-eclampsia's "sore head"; redness wider than last night; one
    # foot colder and tingling since yesterday; breathless at rest, passed after 25 minutes; a
    # bare "cannot take weight"; the chronic compartment kind told by its runs; a clot before,
    # with the pill or a long journey ahead; a cut slow to heal; a reading "160 something over
    # 100" or the top number alone; an MI young in the family; hypos and sugar-fixed shakes
    # again and again; fingertips white and numb each winter ride. Guards (pass before the change
    # too): a dusky diabetic foot sore in bed; a clear scan, then red and hot; a walking boot
    # after an op; red urine with no beetroot.
    (
        "the fella at the next rack is havin a fit and it's been near six minutes",
        OTHER,
        EMERGENCY,
    ),
    (
        "our coach, shaking all over on the mat, won't stop, past five minutes now",
        OTHER,
        EMERGENCY,
    ),
    (
        "after the long night shift he collapsed, not sweating and talking gibberish",
        Category.HEAT,
        EMERGENCY,
    ),
    (
        "asthma attack, she's had 10 through the spacer and is still only managing three words "
        "per breath",
        BREATHLESS,
        EMERGENCY,
    ),
    (
        "fell off the plyo box, my shin is huge and hard, it hurts so bad I can't stop crying "
        "and my toes feel funny",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    (
        "grandpa's angina, which used to be just for big hills, these days comes walking out to "
        "the car",
        CHEST,
        SAME_DAY,
    ),
    (
        "she needed the spray twice in the night, her angina never did that before",
        CHEST,
        SAME_DAY,
    ),
    (
        "picked up a cold off the kids, rattly cough now, fever of 38.6, breathless climbing "
        "our stairs",
        BREATHLESS,
        SAME_DAY,
    ),
    (
        "asthma flare up last night after hockey, still feel wheezy and tight this morning",
        BREATHLESS,
        SAME_DAY,
    ),
    (
        "nan's flat is roasting, she's off her food and so weak",
        Category.HEAT,
        SAME_DAY,
    ),
    (
        "woke with no hearing in my right ear, nothing there, no cold or pain with it",
        OTHER,
        SAME_DAY,
    ),
    (
        "kneed in the thigh at training yesterday, swollen and tight, much worse than any "
        "ordinary dead leg",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    (
        "heart failure mum, her swelling has now crept up past her knees, only her feet last week",
        Category.HF_WORSENING,
        SAME_DAY,
    ),
    (
        "He's diabetic, and since Sunday the toes of his right foot look dusky purple, they "
        "hurt even in bed",
        Category.LIMB_ISCHAEMIA,
        SAME_DAY,
    ),
    (
        "30 weeks, her ankles swelled up sudden this afternoon and she's got a sore head",
        Category.PREECLAMPSIA,
        SAME_DAY,
    ),
    (
        "skinned knee on the track went infected, the red patch is wider than last night",
        Category.SEPSIS,
        SAME_DAY,
    ),
    (
        "since yesterday my right foot is colder than the left and a bit tingly, colour fine, "
        "feeling's all there",
        Category.LIMB_ISCHAEMIA,
        SAME_DAY,
    ),
    (
        "sat doing absolutely nothing on the couch last night I got really breathless, eased "
        "after about 25 min",
        BREATHLESS,
        SAME_DAY,
    ),
    (
        "rolled my ankle at netball. Cannot take weight.",
        OTHER,
        SAME_DAY,
    ),
    (
        "both shins feel ready to burst on the longer runs, settles after.",
        Category.COMPARTMENT,
        SEE_GP,
    ),
    (
        "over 8 runs the pressure in the fronts of both shins builds at the same distance and "
        "goes 10 minutes after I stop",
        Category.COMPARTMENT,
        SEE_GP,
    ),
    (
        "mum had a PE in her thirties; is starting the pill ok for me",
        OTHER,
        SEE_GP,
    ),
    (
        "previous clot in my calf, and the new job means long drives, anything I should ask for?",
        OTHER,
        SEE_GP,
    ),
    (
        "I've had a DVT before and I'm flying out to Australia next month",
        OTHER,
        SEE_GP,
    ),
    (
        "nick on my thumb from the barbell knurling is taking ages to heal, no redness spreading",
        OTHER,
        SEE_GP,
    ),
    (
        "the chemist's blood pressure machine read 165 today, I feel fine",
        Category.BLOOD_PRESSURE,
        SEE_GP,
    ),
    (
        "works nurse did my bp, 150 odd over 95, no symptoms",
        Category.BLOOD_PRESSURE,
        SEE_GP,
    ),
    (
        "dad had an MI at 50, so did his sister, and I've never had my cholesterol checked",
        OTHER,
        SEE_GP,
    ),
    (
        "type 1 here, getting two hypos a month after evening sessions, jelly babies sort them",
        OTHER,
        SEE_GP,
    ),
    (
        "keep getting shaky and sweaty mid-afternoon on training days, fine once I eat",
        OTHER,
        SEE_GP,
    ),
    (
        "on every winter ride my fingertips go white and numb, then return once I'm warm",
        OTHER,
        SEE_GP,
    ),
    (
        "swollen calf after my flight, scan clear last week, but now it's red and hot",
        DVT,
        SAME_DAY,
    ),
    (
        "in a walking boot since the ankle op, and now my calf's hot and swollen",
        DVT,
        SAME_DAY,
    ),
    (
        "my pee is red after the 10k and I haven't had beetroot",
        OTHER,
        SAME_DAY,
    ),
    # Session 53, later (sets 281-284: Hindi, Urdu and Punjabi inside English; Nigerian Pidgin,
    # Ghanaian English and Jamaican patois; musicians and performers; older people in sheltered
    # housing and their wardens). Emergencies through the glossary ("khoon ruk hi nahi raha",
    # "hosh nahi aa raha", "saans bilkul nahi aa rahi", "face don twist", "cyaan breathe"); the
    # room spinning with the sight gone wrong; found on the floor, only responding to voice; a
    # spray that "did not help"; waking for breath with heart failure; pain at rest with the
    # leg hung off the bed.
    (
        "chacha ki nas se khoon ruk hi nahi raha, towel laal ho gaya",
        Category.BLEEDING_VEIN,
        EMERGENCY,
    ),
    (
        "dada ji bathroom mein gir gaye, hosh nahi aa raha",
        SYNCOPE,
        EMERGENCY,
    ),
    (
        "abbu ko saans bilkul nahi aa rahi, his lips look neele",
        BREATHLESS,
        EMERGENCY,
    ),
    (
        "my oga face don twist one side and him talk dey slur",
        STROKE,
        EMERGENCY,
    ),
    (
        "Mi granny cyaan breathe an her lip dem blue",
        BREATHLESS,
        EMERGENCY,
    ),
    (
        "our sax player suddenly has the whole room spinning and can't see straight",
        STROKE,
        EMERGENCY,
    ),
    (
        "warden here: found Mr B on his kitchen floor, only responding to voice",
        SYNCOPE,
        EMERGENCY,
    ),
    (
        "her angina came on sat in the chair, the spray did not help and she is sweating",
        CHEST,
        EMERGENCY,
    ),
    (
        "mamu raat ko saans ke liye uth jaate hain, he has heart failure",
        BREATHLESS,
        SAME_DAY,
    ),
    (
        "papa ko aaram mein bhi pair mein dard, sleeps with the leg latka ke",
        Category.CLAUDICATION,
        SAME_DAY,
    ),
    # Session 54 (sets 285-288: Singlish and Manglish; soldiers, veterans and their partners;
    # deaf writers whose first language is BSL; students). A report ending "what to do" with the
    # pain getting worse and the face pale now; a chest "like a lorry parked on" it; fitting on
    # the floor or "fitting shaking"; "spray 2 time"; unanswered signing; stroke signs told as
    # over since yesterday (today, not 999) or last week; a curtain over one eye that lifted;
    # angina that took far longer than its usual minutes to ease; a shin swollen till it shines.
    (
        "aunty got angina, sprayed the GTN two times already, pain not going away and getting "
        "worse, she look so pale now. what to do ah",
        CHEST,
        EMERGENCY,
    ),
    (
        "on the march the sarge went grey and sweaty and said it was like a lorry parked on his "
        "chest, 5 minutes now",
        CHEST,
        EMERGENCY,
    ),
    (
        "my brother on the grass fitting for six minutes now, we cleared the cones",
        OTHER,
        EMERGENCY,
    ),
    (
        "angina. spray 2 time, pain still same, worse than usual. what do?",
        CHEST,
        EMERGENCY,
    ),
    (
        "Daughter fell down on the court, not moving, eyes open but not answering my signing, a "
        "minute now",
        SYNCOPE,
        EMERGENCY,
    ),
    (
        "Man by the lockers fitting shaking, 7 min",
        OTHER,
        EMERGENCY,
    ),
    (
        "Partner 36 weeks pregnant, fitting and jerking now, not waking",
        Category.PREECLAMPSIA,
        EMERGENCY,
    ),
    (
        "my neighbour had a numb face and arm for ten minutes on Sunday, fine now, won't see "
        "anyone",
        STROKE,
        SAME_DAY,
    ),
    (
        "gran's smile went lopsided for several minutes yesterday evening, ok now",
        STROKE,
        SAME_DAY,
    ),
    (
        "rowing session, my right eye blacked out on its own, curtain drawn over it, came back "
        "fully after two mins",
        STROKE,
        SAME_DAY,
    ),
    (
        "dad's angina took half an hour to ease last night even with his spray, usually it's a "
        "couple of minutes. he's ok this morning",
        CHEST,
        SAME_DAY,
    ),
    (
        "HoH here, left ear went suddenly worse this morning, that side hears nothing now",
        OTHER,
        SAME_DAY,
    ),
    (
        "banged my head on a low beam at the climbing wall on Friday, today headache worse, "
        "sick once",
        OTHER,
        SAME_DAY,
    ),
    (
        "pregnant, 32 weeks, face and hands puff up overnight, ring not fit",
        Category.PREECLAMPSIA,
        SAME_DAY,
    ),
    (
        "my teammate did a stair sprint session yesterday, his calves puffed up and shiny, "
        "really tender, he's limping badly",
        Category.COMPARTMENT,
        SAME_DAY,
    ),
    (
        "on anticoagulants for a DVT since Monday, and getting puffed climbing stairs more than "
        "usual",
        PE,
        SAME_DAY,
    ),
    (
        "smoked a pack a day for 30 years, never had my heart checked, worth getting it checked "
        "out before joining a run club?",
        OTHER,
        SEE_GP,
    ),
    (
        "family clot history, gran and auntie, I want start hrt next month",
        OTHER,
        SEE_GP,
    ),
    (
        "since the covid I'm panting on every flight of stairs, been months already",
        BREATHLESS,
        SEE_GP,
    ),
    (
        "a curtain slowly coming down across the vision of my right eye, ten minutes so far, not "
        "lifting",
        STROKE,
        EMERGENCY,
    ),
    # Session 54, later (sets 289-292: Welsh and Welsh-English; Arabic inside English; Polish,
    # Romanian and other Central European learners; hillwalkers, climbers, divers and guides).
    # An asthma attack told of a workmate without "my"; Polish for varicose veins ("zylaki")
    # and a heart attack ("zawał", its "ł" read as "l"), Welsh for pain ("poen"); the little
    # urine that comes "nearly black"; a knock with talk that makes no sense; angina that took
    # longer than usual told the other way round, or at night for the first time; feet "blown
    # up"; arms still getting worse days after; a family history and never a check.
    (
        "workmate at the yard cannot breathe, leaning on the wall wheezing, can't get a "
        "sentence out, no inhaler. what to do",
        BREATHLESS,
        EMERGENCY,
    ),
    (
        "my nan's zylaki by the ankle is bleeding and won't stop, towel soaked through",
        Category.BLEEDING_VEIN,
        EMERGENCY,
    ),
    (
        "after the deadlift challenge my brother barely pees and what comes out is nearly "
        "black, he's muddled and can't stand",
        Category.RHABDO,
        EMERGENCY,
    ),
    (
        "teammate came off the climbing wall onto his head, knocked out briefly, now he isn't "
        "making sense",
        OTHER,
        EMERGENCY,
    ),
    (
        "his angina usually goes with a couple of minutes' rest, this afternoon it took like 20 "
        "min to settle",
        CHEST,
        SAME_DAY,
    ),
    (
        "woke 5am with the angina, a first at night, GTN settled it",
        CHEST,
        SAME_DAY,
    ),
    (
        "pregnant 36 weeks, both ankles blown up today, headache too",
        Category.PREECLAMPSIA,
        SAME_DAY,
    ),
    (
        "my mam is 33 weeks along with a poen just below the right ribs since dinner",
        Category.PREECLAMPSIA,
        SAME_DAY,
    ),
    (
        "arms puffy and weak after the boot camp, three days later still getting worse",
        Category.RHABDO,
        SAME_DAY,
    ),
    (
        "my sister had a stroke at 48, I'm 44 and never had bp, cholesterol or blood sugar "
        "done, worth it?",
        OTHER,
        SEE_GP,
    ),
    (
        "my uncle had a zawał at 49, I'm 40, smoke, never checked anything, worth doing?",
        OTHER,
        SEE_GP,
    ),
    # Session 55: a blow or a fall off a bike told in new words; a spray named after the
    # pain's staying; a CrossFit box; a rate that jumps from one number to another and drops
    # straight back; angina's old effort and new one in two sentences; a speech spell over
    # since yesterday evening, asked "is this serious?"; appendicitis told without where it began;
    # claudication's stop told by its distance.
    (
        "came off my mtb yesterday teatime, by this morning the shin has gone hard and tight, "
        "agony even on codeine, toes numb",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    (
        "copped an elbow to the thigh in the ruck, swollen tight as a drum, hurting far more than "
        "it should and my foot's tingling",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    (
        "mum's angina started at her desk 30 minutes back, not easing even after her spray",
        CHEST,
        EMERGENCY,
    ),
    (
        "my friend passed out at our box this morning, out for 20 seconds, says he feels fine now",
        SYNCOPE,
        EMERGENCY,
    ),
    (
        "my heart rate jumped from 140 to 225 on the bike, lightheaded with it, after four minutes "
        "it dropped straight back to 95",
        RHYTHM,
        SAME_DAY,
    ),
    (
        "her angina used to need a long walk to start. since friday it comes on carrying the "
        "shopping in, spray works",
        CHEST,
        SAME_DAY,
    ),
    (
        "the wife's speech came out all jumbled for ten or so minutes yesterday evening, cleared "
        "up by itself. is this serious?",
        STROKE,
        SAME_DAY,
    ),
    (
        "pain in the lower right of my stomach since breakfast, worse when I walk about, no "
        "appetite",
        OTHER,
        SAME_DAY,
    ),
    (
        "bum and thighs ache walking up the lane, need stop every 300m, then ok, been a few months "
        "now, 66",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    # Session 56: angina's second dose told with the wait between; walking pain now at rest,
    # with a sore that will not heal or a toe gone black; a climber's forearm still tight with
    # fuzzy fingers; a venous ulcer and thin skin over a vein; streaks of blood in sick; a hot
    # workplace; a child's infected graze with a fever; learners' "these 3 days"; one ear's
    # hearing worse with dizziness; an older person dizzy and not drinking; dizzy on standing
    # since blood pressure tablets changed; the colours of Raynaud's in the cold.
    (
        "known angina for years. the pain hit walking home from my allotment, sprayed once, gave "
        "it five minutes, took it again, not going, now it is in my left shoulder too",
        Category.CHEST_PAIN,
        EMERGENCY,
    ),
    (
        "grandad's calves used to ache only on his walk to the paper shop and ease when he "
        "stopped, now they hurt even when he sits watching telly",
        Category.CLAUDICATION,
        SAME_DAY,
    ),
    (
        "my calves ache walking up the high street and settle if I stop. now the pain comes in "
        "bed too and keeps me up",
        Category.CLAUDICATION,
        SAME_DAY,
    ),
    (
        "auntie has poor circulation and both legs hurt when she walks to church. a sore low on "
        "her shin isnt healing, wet and tender",
        Category.LIMB_ISCHAEMIA,
        SAME_DAY,
    ),
    (
        "type 2 diabetic. both legs ache on the dog walk, and a blister by my ankle bone has not "
        "healed in a month, getting bigger",
        Category.LIMB_ISCHAEMIA,
        SAME_DAY,
    ),
    (
        "calf pain on walks for a year, never bothered. since monday the tip of one toe is black. "
        "smoker, 70",
        Category.LIMB_ISCHAEMIA,
        SAME_DAY,
    ),
    (
        "a nick on my dad's heel not healing for four weeks, the foot looks a bit purple and "
        "hurts. he is diabetic. what to do",
        Category.LIMB_ISCHAEMIA,
        SAME_DAY,
    ),
    (
        "after bouldering yesterday evening my forearm is still pumped and tight, not going down "
        "at all, and two fingers feel fuzzy",
        Category.COMPARTMENT,
        SAME_DAY,
    ),
    (
        "varicose veins round my ankle, the skin over the worst one is very thin and shiny lately "
        "and I worry it will split",
        Category.BLEEDING_VEIN,
        SEE_GP,
    ),
    (
        "gran's legs have bad veins and there is an ulcer near her ankle bone that has been there "
        "a month",
        Category.BLEEDING_VEIN,
        SEE_GP,
    ),
    (
        "dad has an ulcer over his varicose veins on the shin, it is leaking more than before and "
        "has started to smell",
        Category.BLEEDING_VEIN,
        SAME_DAY,
    ),
    (
        "threw up twice after the rowing test and there were little streaks of blood in it, feel "
        "fine now",
        OTHER,
        SAME_DAY,
    ),
    (
        "the bakery is crazy hot, had cramps and a headache on my shift and was sick, rested but "
        "still shaky 3 hours later",
        Category.HEAT,
        SAME_DAY,
    ),
    (
        "our boy is 5, running a temp and not eating, and the graze on his elbow from the slide "
        "is angry and red at the edges, still playing though",
        Category.SEPSIS,
        SAME_DAY,
    ),
    (
        "grandma says these 3 days she's puffed out after one flight of stairs to her flat, "
        "stopping halfway, when she was fine before",
        Category.BREATHLESS,
        SAME_DAY,
    ),
    (
        "for two days I've been dizzy again and again, with a ringing right ear, hearing on the "
        "right side worse than the left",
        OTHER,
        SAME_DAY,
    ),
    (
        "my nan is 84 and for two days she is dizzy whenever she stands, barely drinking and off "
        "her food",
        OTHER,
        SAME_DAY,
    ),
    (
        "my dad feels light in the head each time he gets up off the couch since the GP changed "
        "his blood pressure tablets",
        Category.SYNCOPE,
        SEE_GP,
    ),
    (
        "since the doctor upped my blood pressure meds I go a wee bit swimmy every time I stand "
        "at my desk",
        Category.SYNCOPE,
        SEE_GP,
    ),
    (
        "in cold my hands go white, then bluish, and burn red as they warm, every delivery round "
        "this month",
        OTHER,
        SEE_GP,
    ),
    # Session 56: a throat swelling with hives, breathing not told (NHS anaphylaxis lists it);
    # and tests that cleared a chest pain before, with the heart's companions now (a guard).
    (
        "I must be allergic to exercise, ten minutes into my run my throat swells and hives come "
        "up all over, happening right now",
        OTHER,
        EMERGENCY,
    ),
    (
        "A&E did a scan for chest pain in May, all clear and called a muscle strain. tonight the "
        "ache goes into my jaw and I'm clammy and sick",
        Category.CHEST_PAIN,
        EMERGENCY,
    ),
    # Session 57: pain told as "at him" (Irish English); out and breathing oddly; angina's
    # spray counted in patois; an effort once easy now needing the spray; a rate that stayed
    # high after stopping, then dropped; a reliever many times a day, or far more than usual;
    # walking pain with a sore that will not heal; an older person drowsy after the heat; a
    # forearm tight with tingling a day after a session or hard labour; a sore turning black;
    # ankles swelling since a new tablet; a cough for weeks; the walk taken up again after a
    # rest; Raynaud's colours told by the season; dizzy spells counted this week.
    (
        "my uncle's neck and left shoulder are at him, colour of ash, clammy, says he could be "
        "sick",
        Category.CHEST_PAIN,
        EMERGENCY,
    ),
    (
        "her back is at her and she's sweating buckets and feels sick, came on at the dinner table",
        Category.CHEST_PAIN,
        EMERGENCY,
    ),
    (
        "the keeper dropped in the box with nobody near him, breathing funny and not answering",
        SYNCOPE,
        EMERGENCY,
    ),
    (
        "mi grandad have angina, him use di spray two time an di pain nah ease, him grey",
        Category.CHEST_PAIN,
        EMERGENCY,
    ),
    (
        "angina here. used to climb up to the loft without the spray, this week I'm using it on "
        "the landing",
        Category.CHEST_PAIN,
        SAME_DAY,
    ),
    (
        "my watch had me at 205 on the climb and it stayed over 195 even after I stopped, "
        "lightheaded, then it suddenly dropped to 85. fine since",
        RHYTHM,
        SAME_DAY,
    ),
    (
        "my asthma's been good for years but the past 3 days i'm on the blue pump 6 7 times a day",
        BREATHLESS,
        SAME_DAY,
    ),
    (
        "my chest is worse since the flu, wheezing on the stairs and using my inhaler much more "
        "than usual",
        BREATHLESS,
        SAME_DAY,
    ),
    (
        "my calf hurts walking 200 metres, plus the sore by my ankle bone won't heal, I smoke",
        Category.CLAUDICATION,
        SAME_DAY,
    ),
    (
        "mum's circulation pain in her calves is worse and now a blister on her toe isn't healing",
        Category.CLAUDICATION,
        SAME_DAY,
    ),
    (
        "grandad got too hot in the heatwave, we cooled him off but he's still drowsier than "
        "usual and off his food",
        Category.HEAT,
        SAME_DAY,
    ),
    (
        "climbed all afternoon yesterday, forearm puffy and tight, hurts worse than expected and "
        "my fingers keep going tingly",
        Category.COMPARTMENT,
        SAME_DAY,
    ),
    (
        "spent the day on the sledgehammer breaking up the patio, now my forearm is tight and "
        "swollen even sitting still and it hurts to pull my fingers back",
        Category.COMPARTMENT,
        SAME_DAY,
    ),
    (
        "grandma's little graze on her heel nah heal for weeks and the edge a turn black",
        Category.LIMB_ISCHAEMIA,
        SAME_DAY,
    ),
    (
        "dad's feet both puff up at night since he started the new heart tablet 2 months ago",
        OTHER,
        SEE_GP,
    ),
    (
        "my cough has been dragging on for five weeks now, no temperature, I feel fine",
        OTHER,
        SEE_GP,
    ),
    (
        "my nan gets an ache in her calf walking into town, rests a minute and then carries on",
        Category.CLAUDICATION,
        SEE_GP,
    ),
    (
        "our first winter up north, my toes turn white then purple on the school run, then red "
        "and sore indoors",
        OTHER,
        SEE_GP,
    ),
    (
        "I had a spinning dizzy spell 5 times this week, never happened before",
        SYNCOPE,
        SEE_GP,
    ),
    # Session 58: angina's doses counted with no verb; a fall told with more words between; sick
    # told by its colour; "screaming pain"; a report asked "is that normal with a cast?"; vertigo
    # named, and spells counted since they began; an uneven pulse over 100 since last night; toes
    # gone blackish; angina easier to set off; a sugar said in Spanish; a stump's wound and
    # swelling.
    (
        "grandpa's angina won't settle, three puffs of his spray so far and it's been 15 minutes",
        CHEST,
        EMERGENCY,
    ),
    (
        "my son came off the climbing frame at the park onto his arm half an hour ago, it's "
        "puffing up tight and he yells when I try to straighten his fingers",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    (
        "dad just vomited in the kitchen sink and it's dark red, loads of it, he's clammy and "
        "shaky",
        OTHER,
        EMERGENCY,
    ),
    (
        "got kicked at training and the shin has gone swollen and tight, screaming pain, can't put "
        "weight on it",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    (
        "leg in a plaster cast since my op, the toes below it are puffy and the calf above it "
        "feels sore and warm. is that normal with a cast?",
        DVT,
        SAME_DAY,
    ),
    (
        "keep getting vertigo whenever I turn over at night, four times since Sunday",
        SYNCOPE,
        SEE_GP,
    ),
    (
        "the room turns a few seconds each time I lie down, it's happened about 6 times now. new "
        "for me",
        SYNCOPE,
        SEE_GP,
    ),
    (
        "my gran's pulse has been irregular since last night, her monitor shows 115, she's worn "
        "out but otherwise alright",
        RHYTHM,
        SAME_DAY,
    ),
    (
        "he gets calf pain on his walks and now two of his toes have turned blackish",
        Category.LIMB_ISCHAEMIA,
        SAME_DAY,
    ),
    (
        "my angina's getting easier to set off, it comes on doing much less than before",
        CHEST,
        SAME_DAY,
    ),
    (
        "dad's angina: before he could walk to the shops and back no bother, now halfway there and "
        "he's stopping",
        CHEST,
        SAME_DAY,
    ),
    (
        "type 2 here, my azucar has been over 22 since Sunday, always thirsty and peeing "
        "constantly",
        OTHER,
        SAME_DAY,
    ),
    (
        "diabetic amputee, a blister on my stump still hasn't healed after a month and the edge is "
        "going dark",
        Category.LIMB_ISCHAEMIA,
        SAME_DAY,
    ),
    (
        "since yesterday my stump has gone swollen, hot and red, so the liner won't go on",
        DVT,
        SAME_DAY,
    ),
    # Vertigo with the hearing gone (NHS vertigo: A&E), and hearing lost "from" one ear.
    (
        "since lunchtime everything keeps spinning and the left ear has gone all muffled, can't "
        "follow the telly",
        OTHER,
        SAME_DAY,
    ),
    (
        "my right ear buzzes and I can't hear properly from it since yesterday, came on with no "
        "warning",
        OTHER,
        SAME_DAY,
    ),
    # Session 59: a fit told with no article, and a report that ends "what to do"; a fall told by
    # the answers that don't come back properly; a likeness's dropped "g"; angina at rest in a
    # recliner or "not even doing anything"; "like nothing" as a measure; a crush injury's
    # stretch pain hollered; an ankle in Polish; a fever in Fahrenheit, much worse; urine as
    # "waters"; sorer than ever; rest pain that wakes at night; a sugar in mg/dL; a check asked
    # for before starting.
    (
        "wife 35 weeks along, headache all evening, then had fit with her arms shaking about a "
        "minute, now really sleepy. what to do",
        Category.PREECLAMPSIA,
        EMERGENCY,
    ),
    (
        "my brother had fit in the kitchen, whole body jerking, he's never had one before",
        OTHER,
        EMERGENCY,
    ),
    (
        "an older lad fell off the rowing machine at the leisure centre and he's not answering "
        "properly",
        SYNCOPE,
        EMERGENCY,
    ),
    (
        "my mate just dropped on the court at the sports hall mid game, his lips look grey",
        SYNCOPE,
        EMERGENCY,
    ),
    (
        "he's gone all clammy and says it's like a horse is standin on his chest, twenty minutes "
        "so far",
        CHEST,
        EMERGENCY,
    ),
    (
        "nan's angina, it started with her sitting in her recliner over the crossword, 25 minutes "
        "and still there",
        CHEST,
        EMERGENCY,
    ),
    (
        "my husband's angina started when he was not even doing anything, 30 minutes now and "
        "worse by the minute",
        CHEST,
        EMERGENCY,
    ),
    (
        "after saturday's charity spin my thighs ache like nothing before, wee as dark as cola, "
        "and I barely went all day",
        Category.RHABDO,
        EMERGENCY,
    ),
    (
        "his shin got crushed under the quad bike this afternoon, the calf is tense and he "
        "hollers when I bend his toes",
        Category.COMPARTMENT,
        EMERGENCY,
    ),
    (
        "my kostka on the left is suddenly puffy, hot and sore since this morning, I never "
        "twisted it",
        DVT,
        SAME_DAY,
    ),
    (
        "flu since the weekend, running 101.5 with chills, feeling much worse today",
        Category.SEPSIS,
        SAME_DAY,
    ),
    (
        "cut logs all afternoon, my shoulders and forearms are stiff and sore and my waters gone "
        "dark brown",
        Category.RHABDO,
        SAME_DAY,
    ),
    (
        "back on the bike after the winter, quads sorer than ever, pee gone darker than it should "
        "be",
        Category.RHABDO,
        SAME_DAY,
    ),
    (
        "leg pain on walks for years and my doctor knows. this week the calf hurts in the chair "
        "too and wakes me in night, I hang leg down",
        Category.LIMB_ISCHAEMIA,
        SAME_DAY,
    ),
    (
        "type 1, meter has read 320 or more since yesterday, I'm so thirsty and peeing loads",
        OTHER,
        SAME_DAY,
    ),
    (
        "stable heart failure here, keen on the chair yoga class. check with my nurse first?",
        OTHER,
        SEE_GP,
    ),
    (
        "mum had a mini stroke years back and her home blood pressure runs high, should she bring "
        "it up at her review?",
        OTHER,
        SEE_GP,
    ),
]

# Ordinary gym talk and resolved history that shares the warning signs' words.
LOOK_ALIKES = [
    # Session 27.
    "I literally cannot breathe from laughing at the warm-up video",
    "can't breathe lol did you see his squat face",
    "I keep saying the wrong words in my French lessons",
    "on warfarin and my calves won't stop aching after the hike",
    "shaking all over after the ice bath, warmed up in the car",
    "feeling foggy this morning after a late night gaming",
    "the tablets are lined up in the dosette box for the week",
    "took all my kit home after the session, so sleepy now",
    "had thoughts about quitting the gym but not going to do it",
    "checking my sugars and ketones on keto, ketones 2.4 this morning",
    "going to end it with my PT, she keeps cancelling",
    "I wonder what the point is of stretching before a walk",
    "I'm 20 weeks into my training block and spotting a few faults in my form",
    "my brother isn't coming round for tea after all, he's off to the gym",
    "my partner is 30 weeks pregnant and spotting me on bench",
    "28 weeks pregnant and my gums bleed bright red blood when I brush",
    "I've had enough to eat, got my tablets out for the evening",
    "no injury, but my calves hurt more than they should after leg day",
    "my son has epilepsy, had a seizure at 7 for 2 minutes then slept for 10 minutes, fine now",
    "lying on the studio floor after the burpee finisher, not answering any more questions",
    "my daughter is lying on the floor playing and won't answer me when I call her for tea",
    "my heart's still pumping after that finisher, what a session",
    "blood pumping through my quads on the leg press, love the pump",
    "wrote up my notes for the exam, love you all for the revision tips",
    "thinking about jumping off the top board at the lido this summer",
    "she had two fits of the giggles during the plank",
    "the hearing in my left ear went a bit muffled after the swim, water in it",
    "got the pills ready for the week in the dosette box",
    "didn't pass any blood, just a bit of a stitch after the run",
    "skinned my knee on the track, bleeding a lot but it stopped once I pressed on it",
    # Session 26.
    "I don't see the point in stretching before a 5k",
    "no point in it all if the gym shuts at Christmas",
    "I'm 30 weeks into my marathon plan and my face is puffy with a headache after the long run",
    "our nan does a dramatic swoon onto the settee whenever the physio arrives, then winks",
    "my granddaughter acts out a fainting fit every time I say bedtime",
    "he says he can't breathe whenever he laughs at the dog",
    "dad clutched his heart when his side conceded in the 90th minute",
    "she does her whole I'm dying act on the stairs every session",
    "my pee burns a bit after the long ride, drinking more water",
    "had a boil lanced last year, all healed, fine to swim?",
    "my new judo gi is fitting fine now",
    "my coach was talking nonsense about my right leg giving way on squats",
    "the dog is sleepy after the gas man serviced the boiler",
    "my face fell when the surgeon said no running till spring",
    "my face dropped when I saw the scales on Monday",
    "almost passed out from pure cringe at my own karaoke",
    "gasping by the end of each 2 min jog but I can talk again before the end of the walk break",
    "what's the stroke in kayaking that keeps you straight?",
    "ankle swelling from the sprain went down in ten minutes with ice",
    "does walking 8 miles in 40C count double lol",
    "thermometer says 40.2 in the greenhouse and I'm confused about whether to water now",
    "used my spray twice at the dentist last month, not going to that one again",
    # Session 25.
    "this final is giving me nothing, I'm having a stroke watching our defence",
    "I play a man having a heart attack in the school panto, how do I fall safely?",
    "almost fainted when I opened my phone bill statement",
    "which is the kindest stroke for a bad knee, breaststroke or front crawl?",
    "she rows at stroke seat and wants drills for the catch",
    "dizzy after a set of tumble turns, room settled after a minute",
    "cheeks numb from the wind chill on the bike, fine after a tea",
    "my foot went to sleep sat on the floor at the concert, walked it off",
    "finished chemo five years ago, had a cold with a temperature last month, all good",
    "tried to kill myself in 2012, doing really well now, which half marathon plan?",
    "suicide sprints at hockey were brutal tonight",
    "this hill is killing me lol",
    "had an asthmatic tight chest for 20 minutes last night, blue inhaler sorted it",
    "blood donation session this morning, felt a bit faint, fine after a biscuit",
    "my cat collapsed on our bed after chasing the laser, she's snoring now",
    "my coach will have a fit when he sees my splits",
    "a lifeguard asked if I was having a fit, I was just shivering after the lake swim",
    "took all my tablets this morning as usual, then did a 5k",
    "I'm going to kill myself on these hill repeats tomorrow",
    "pretty sure I'm going to hurt myself on the box jumps",
    "I don't want to live in the city any more, too far from the trails",
    "no point going on the long run in this storm",
    "I don't want to wake up early for the 6am class",
    "the old four-stroke on the ride-on mower died again, so no garden circuit today",
    "the baby is 6 weeks old and I'm back at the gym, any core tips?",
    "our 10 week old had his jabs yesterday and has a temp of 38.1, otherwise his usual self",
    "had a fit of the giggles during plank holds",
    "it's 40.5 degrees out today, kept the long run short",
    "sat through a 20 minute team huddle, my legs were fine",
    "chest day tomorrow, what should i do for upper chest",
    "calves on fire during the last set of raises, is that the burn people talk about",
    "had a dvt five years ago, fully recovered, can i do calf raises",
    "no chest pain, just a stitch under my ribs when i run after eating",
    "my heart rate hit 175 in the sprint and was back to normal in two minutes, normal?",
    "how do i lower my resting heart rate",
    "dark yellow pee after the gym, should i drink more water",
    "my calves feel tight before my flight tomorrow, any stretches for the plane",
    "sore chest from bench press yesterday, can i train legs today",
    "both calves ache two days after my first hill sprints",
    "had a tia back in 2019, all clear since, how many steps should i aim for",
    "i sweat a lot during spin class, is that bad",
    "whats a good stroke rate for a 5k on the rowing machine",
    "my foot went dead from kneeling on it during the game, fine after a minute",
    "blacked out on the couch after leg day, by which i mean i napped all afternoon",
    "i had a fever last week, fully recovered now, can i go back to squats",
    # Session 6: look-alikes of the kinds a second challenge set raised alarms on.
    "bp was 165/95 straight after my workout and 118/76 an hour later",
    "nearly passed out when the coach said we were doing another round lol",
    "having a heart attack looking at this spreadsheet, how do i log sets",
    "crashed out on the couch after leg day, best sleep ever",
    "my ankles puffed up on the flight but they went down overnight, both the same",
    "raynauds: fingers go white on cold rides and turn pink once i warm up",
    "sat cross legged in class and my foot went to sleep for a minute, all good now",
    "intervals had me gasping but i could talk again within a minute, add a round next week?",
    "cut my knee on the box, bled a little and stopped, no varicose veins or anything",
    "heart racing with nerves before the meet, fine at rest, any breathing tips",
    "my brother collapsed at a race back in 2021, fully checked, all clear, he's running again",
    "this running vest is a size too small and my chest feels tight in it, lol",
    "fainted once at 15 at a wedding, nothing since, i'm 40 now, does it matter for a marathon",
    "banged my calf on the box, purple bruise, sore to touch but getting better every day",
    "at altitude on holiday, a bit out of breath on stairs but fine sitting down",
    "legs sore af again today lol, rest day?",
    "20 weeks pregnant and fitting in short walks, any tips",
    "did 150 100 on the leg press machine today, new pb",
    "calves tight after raises and it hurts when i point my toes, normal doms?",
    # Session 7: look-alikes of the kinds a fifth challenge set raised alarms on.
    "the cost of gym memberships gives me palpitations, any cheap home calf routines",
    "my face fell when i read the new class timetable, no more 6am sessions",
    "almost passed out from the stench of the changing room, anyway, calf raise tips?",
    "the studio was 40 degrees for hot yoga and i loved it, drank loads",
    "spun round on the waltzer with my kids and was dizzy for a minute after",
    "everything is fine at the moment, but what are the signs of a clot in pregnancy?",
    "out of curiosity, at what point is a heart rate too high during a sprint?",
    # A rate during exercise beside a resting rate said in another sentence.
    "resting pulse is 58 when i wake up. my watch showed 176 at the top of the hill on my bicycle",
    # Session 7: look-alikes of the kinds a sixth challenge set raised alarms on.
    "i could faint from boredom on the rowing machine, any podcast tips?",
    "nearly passed out laughing at the gym fail video in the chat",
    "had a sore throat for weeks back in march, fully recovered now, ready for a 10k plan",
    "i've plateaued on squats for 2 months. slight headache after today's session, nothing new",
    "both of us are new to calf raises, how many sets should beginners do?",
    "so confused about my programme, total confusion over sets and reps",
    # Weeks that time the training, not a complaint.
    "been doing calf raises for 6 weeks and my calves are sore today, normal?",
    "on the couch to 5k plan for 5 weeks, knees ache a bit after run 3",
    "training for a marathon for 4 months, legs tired this week",
    # Narrowed after review: the pump, a popping ear, shiny shoes, cold-water toes, a sprint.
    "veins on my forearms are bulging after arm day and my arms ache",
    "my ear went pop on the plane today",
    "my trainers are shiny and new and my feet are always cold in this gym",
    "my toes go blue and cold in the winter sea swim, back to pink in the shower",
    "my heart rate jumped to 190 on the hill sprint",
    "swollen glands in my throat and it hurts to swallow, can i still do legs?",
    "on keto, my ketones were 1.8 this morning, is that fat burning?",
    # Session 8: look-alikes of the kinds a seventh challenge set raised alarms on.
    "my calves ached after leg day, do i need to see a doctor?",
    "that gasp when i got into the cold plunge took my breath away, settled in a minute",
    "face went numb from the dental anaesthetic, wore off by lunch, can i train?",
    "my students always say they're going to pass out on the beep test",
    "shins a bit sore at the start of runs, better once warm",
    "Dizzy? No. Just tired legs.",
    "puffed on the first run after my holiday flight but recovered within a minute",
    "i'm not going to faint, just want a harder calf plan",
    "sunburn on my calves bigger than my hand, can i still train?",
    "feel the burn in my calves after 50 raises",
    "what is holiday heart after heavy drinking?",
    # Session 8: look-alikes of the kinds an eighth challenge set raised alarms on.
    "coach says i have a lazy stroke on the erg, drills?",
    "cold water took my breath at the swim start then i found my stroke",
    "nearly fainted when i saw my race photos lol",
    "sprints had me gasping, couldn't talk for a minute, normal again by the walk back",
    "my quads look huge after leg day",
    "boot camp class tomorrow, what should i eat?",
    "sunburnt calves after the beach, a bit pink, no blisters",
    "yesterday's leg day left my calves sore, then it went",
    # Session 8: look-alikes of the kinds a ninth challenge set raised alarms on.
    "reached the summit, out of breath like everyone, got my breath back in a couple of minutes",
    "leg went dead sitting cross legged at the concert, pins and needles then fine",
    "my varicose veins were treated last year, no aching, can i do heavy squats?",
    "we played fainting goats at the kids session, so much fun",
    "my pb squat is 93% of bodyweight",
    # Session 10: look-alikes of the kinds an eleventh challenge set raised alarms on.
    "passed out once at school aged 11, never again, now 40. toes forward on raises?",
    "hr 178 in the last rep, 58 at rest this morning. is 178 ok flat out at 35?",
    "had pre-eclampsia with my son six years ago, not pregnant now, what can i train?",
    "my gp said today that i'm fine to go back to the gym",
    "the physio said if it swells again go to a&e today",
    "dropped 4 kg on my cut, clothes falling off me, when do i start a bulk?",
    "i have pad, calf aches on walks and is fine at rest",
    # Session 10: look-alikes of the kinds a twelfth challenge set raised alarms on.
    "calves ache after a whole day walking round the zoo, gone after a sit down",
    "nearly passed out when i saw the price of the new shoes",
    "felt a bit faint at my blood test this morning, fine now, leg day later?",
    # Session 11: look-alikes of the kinds a thirteenth challenge set raised alarms on.
    "couldn't breathe for laughing at the spin instructor's playlist",
    "one more burpee challenge and i'll have a heart attack, who invents these",
    "ankles puffy after the long drive, went down in a day, both the same",
    "32 weeks and my calves cramp at night, midwife happy with everything, ok to keep walking?",
    "fainted at a concert when i was 16, fine ever since, best shoes for squats?",
    "my fingers have gone white in the cold ever since i was a kid, gloves on for winter runs",
    "quads 3 cm bigger since march, what's the best tempo for growth?",
    # Session 11: look-alikes of the kinds a fourteenth challenge set raised alarms on.
    "calves burn on the last reps of raises then settle once i rest, no problems walking",
    "that hill session nearly made me pass out in the good way, buzzing",
    "head rush when i stand up too fast, happens now and then, always has",
    # Session 11: look-alikes of the kinds a fifteenth challenge set raised alarms on.
    "my dog collapsed on the walk and the vet says it's his heart, so no run for me today",
    "in the film the hero clutched his chest and had a heart attack, so dramatic",
    "had a stroke in 2012, fully mobile now, which calf raise version is safest?",
    "cold hands on the ski lift, white fingers, warmed up by the fire, the colour is all back now",
    "that pb was a stroke of genius, negative splits all the way",
    "they said we're doing hill sprints today, legs already sore from monday",
    "fell off the wagon this month and i'm so out of shape, legs sore",
    "should i get my squat form checked? knees ache every session",
    "took a knock to the head at rugby last month, he's fit and back training now",
    # Session 12: look-alikes of the kinds sets 16 and 17 raised alarms on.
    "the fainting goats at the petting farm were hilarious, they just fell over",
    "my pulse was hammering after the 400s, took a couple of minutes to come back down, good sign?",
    "completely breathless after the intervals, couldn't speak for a minute then fine",
    "my quads have swollen up lovely, gains are real this block",
    "stair sprints left my chest burning, back to normal within a couple of minutes, new pb though",
    "i passed out when the quiz answer came up. not literally.",
    "crashed out on the couch after parkrun and napped for two hours, great nap",
    "if i ever collapse at parkrun just drag me over the line",
    "my heart skips a beat every time the coach says last set",
    "my mum had a stroke in the spring, which leg exercises can she do in a chair?",
    "in the film the grandad collapses at the wedding, I cried",
    "the episode where the nurse faints in theatre was so dramatic",
    "took an elbow to the chest at basketball, winded for a minute then fine",
    "always faint at needles, went down at my jab today like every time, fine after a cup of tea",
    "playing the new zombie game and my character collapsed clutching his chest, brutal",
    "stroke rate was 28 on the erg today",
    "my head spun after spinning my daughter round on the playground",
    "nearly fainted when I saw my total on the leaderboard",
    "that hill made me want to pass out lol",
    "my goat faints whenever the bin lorry comes past",
    "my heart was racing watching the final last night, what a game",
    "chest pain? no. dizzy? no. just tired legs after the hike",
    "calves swollen and hot after 200 raises, the pump was unreal, back to normal by lunch",
    "the gym form asks about fainting, I fainted once at school 30 years ago, do I tick it?",
    "my feet have been a bit puffy in the evenings all pregnancy, the midwife said it's normal",
    "breathless after eight flights of stairs with the shopping, need more cardio",
    "the chorus goes my heart is racing and I can't breathe, too cheesy?",
    "lol the prices at the new gym gave me angina",
    "My Sim passed out at the gym, forgot to feed her",
    "the red streak up my arm is felt tip from my nephew",
    "ran the marathon yesterday, still weak and my calves cramp on the stairs",
    "my calves have grown 2 cm since the spring, what rep range is best for more growth?",
    "had pre-eclampsia with my first, she's at school now and my blood pressure is fine",
    # Session 13: look-alikes of the kinds sets 24 and 25 raised alarms on.
    "chest felt tight in my new compression shirt all through the run, took it off and felt normal",
    "the vet says our cat may have a clot in her hind leg, poor thing",
    "I practically fainted when I saw the cost of the race entry",
    "my nan had her stroke in 2018 and she does her chair exercises daily now",
    (
        "my surgeon examined my hip last week and said the swelling is normal healing, which "
        "exercises can I add?"
    ),
    "foot went cold and tingly from sitting cross legged at yoga, fine a minute after I stood",
    (
        "flew home from Lisbon last month, breathless with a side stitch at 8k, it passed within a "
        "minute and I finished the race"
    ),
    "beetroot smoothie turned my pee pink, scared me for a second",
    "calves 🔥🔥 after 300 raises, best pump ever 🦵",
    # Session 13: look-alikes of the kinds sets 26 and 27 raised alarms on.
    "my knight keeps collapsing in the boss fight, what armour helps",
    "that referee nearly gave me a heart attack today",
    (
        "raynauds again on the bike, fingers white and numb, warmed them up and they turned red "
        "and fine"
    ),
    "hands puffy on hot hikes, go down an hour after, my watch still fits fine",
    "quoting my old post from 2018: 'chest pain and sweating' - six years on I ran a marathon",
    "sprint repeats leave my chest burning and me breathless, back to normal in a minute as always",
    "those hill repeats nearly made me pass out lol",
    "coach: anyone feeling dizzy? / me: only from the rowing scores",
    "remember my dizzy spells? the physio sorted them, not one since spring",
    "warm swollen heavy lump on the back of my left calf all night? our cat. she sleeps there",
    # Session 13: look-alikes of the kinds sets 28 and 29 raised alarms on.
    "my dogs faint when the fireworks start, it's a breed thing, they're fine after",
    "nearly had a heart attack watching the penalties",
    "my usual migraine today, zigzags then a headache, same as since school, skipping the run",
    "ripped my shins up too fast, tender along the inside, eases once I warm up",
    "hungover, head pounding, a bit woozy, skipping the gym",
    (
        "my daughter gets a sharp jab in her chest for a second when she slouches, GP said it is "
        "harmless"
    ),
    "nearly passed out when the nurse took my bloods, always do since a child, biscuit and fine",
    (
        "did the session and literally collapsed on the bed, by collapsed I mean napped for three "
        "hours"
    ),
    (
        "the cardiologist explained my extra beats are harmless and the monitor was clear, still "
        "notice them sometimes"
    ),
    "do heart attack signs feel different in older people? I'd like our walk leaders to know",
    "her face fell when she saw the burpee count",
    "dad's mouth has drooped on the right since his stroke in 2017, nothing new, he's walking well",
    "fell asleep on my arm and it went dead, pins and needles then back to normal",
    "Bell's palsy diagnosed three weeks ago, one side of my face is still weak but improving",
    "cut my ankle shaving, bled loads for a minute, plaster on, nothing to do with my veins",
    # Session 13: look-alikes of the kinds sets 30 and 31 raised alarms on.
    "bit muddled about my route in this heat, which way is shadier?",
    "nearly fainted when I saw I was last on the leaderboard haha",
    "can swimming lower my stroke risk? my grandad had one years ago",
    (
        "my ankles always puff on long drives and go straight back down overnight, same again this "
        "trip"
    ),
    (
        "our coach calls the last 500 m voluntary angina, lay on the mat for five minutes, fine "
        "now, PB"
    ),
    "saw a documentary about climbers blacking out at altitude, sounds terrifying",
    "the fainting kind of goat is real, one toppled over at the petting zoo then bleated at me",
    "icy sea dip, gasped, heart hammering for a minute then it settled, felt incredible",
    "the pump from that climbing route made my forearm go dead, can't even hold my bottle",
    "my face is drooping because I've been up 24 hours on the night bus",
    "jet lag, 4am, heart thumping from a double espresso, just tired",
    "> couldn't catch my breath on the climb -- that was last month, today I flew up",
    # Session 14: coursework, patients seen to at work, and stories long closed.
    "OSCE prep: 70F with sudden facial droop and slurred speech, what are the next steps?",
    "pharmacology quiz tomorrow on GTN and chest pain, wish me luck",
    "a patient on the ward fainted at the sight of the needle today, she was fine after tea",
    "clerked a query DVT on nights, scan clear, now off to do my own calf raises",
    "the avatar in my new game collapses when his stamina runs out, very relatable",
    "my uncle had a crushing chest pain at work last week, he's home now and doing well",
    "passed out at a festival in 2018 after no food, never happened since",
    "we still call her Wobbles after she fainted at prom in 2012",
    "my crush walked in and my heart is racing haha",
    "had vertigo in February, physio sorted it and it's been gone since March",
    "dizzy after giving plasma this morning, they said expected, fine now, skipping tonight's run",
    "oximeter read 84% then 98% once I took off my gel nails, no symptoms",
    "cuff read 200/120 because it was over my sleeve, redid it properly: 124/80",
    "can lifting heavy cause a stroke? my uncle has high blood pressure and wants to start",
    "slurred words, droopy face, arm like jelly = me after four pints on Friday",
    "heart pounding after the plank finisher, settled in a minute like always",
    "GP scanned the lump behind my knee, said it's a harmless cyst, nothing's changed since",
    "my midwife said that's normal at 30 weeks: ankles puff by evening and go down overnight",
    "my son has CP and loves the calf raise challenge",
    "had a hypo on the walk, 3.1, two jelly babies and I was back to 6 in ten minutes",
    "cystitis last month, antibiotics sorted it, back to training",
    "dropped a plate on my toe on Monday, bruised, swelling went down, fine now",
    "we joke my bypass was ten years ago and my GTN has gathered dust since",
    "my watch says 210 bpm while I'm watching telly, flat battery or time for a new strap?",
    "chest felt tight in the burpees, turns out the compression top was two sizes too small",
    "nearly fainted when I saw the race entry fees this year",
    "winded by an elbow to the ribs at the ruck, couldn't breathe for ten seconds then fine",
    "tumble turns make my head spin for a moment, always have, nothing else",
    "foot went dead and cold sitting cross-legged at meditation, pins and needles gone in a minute",
    "a lad at my club collapsed at a race last spring, he's recovering well and back running",
    "a woman at spin nearly fainted last week because she skipped breakfast, had a juice, fine",
    "we call Tuesday's hill reps the heart attack express, who's in?",
    "always go woozy at jabs since I was little; had my booster today, lay down, fine in 5 minutes",
    "my heart has been checked top to bottom, all normal; usual panic episode tonight, passed",
    "fingers puff up on long hikes so my rings get tight, both hands, down an hour later",
    "head rush getting up off the bench, a second or two, totally normal for me",
    "what does a stroke look like? my mum has started the walking group with me",
    "finished chemo five years ago, all clear; got a temperature of 38 with a cold today",
    "split my lip in sparring, it's a bit swollen",
    # Session 15.
    "fainted in assembly in 2009 after standing for ages, my mates still bring it up",
    "night sweat, heart thudding, over in a few minutes like always with these hot flushes",
    "we raised £400 for the stroke association on today's walk, proud of us",
    "my face fell when I saw the leg day programme for next week",
    "ears and face went numb from the cold wind on the ridge, fine once we got to the hut",
    "toes white after the ice bath, pink and normal in 3 minutes in the warm",
    "two coffees before the interview, fast pulse for an hour, then it wore off",
    "did people collapse from the heat in the 1900s more than now?",
    "shoulders so sore after push day I can't lift my arms above my head",
    "when is a headache a sign of something worse? asking for my own notes",
    "32 weeks, feet a bit puffy at night like all month, midwife checked my bp and urine, fine",
    "that climb almost made me pass out, I didn't, I just sat down for a selfie",
    "34 weeks, puffing on the stairs at work, goes as soon as I sit at my desk",
    "what signs would tell me it is a stroke and not a migraine? asking for my nan",
    "bloods and ECG normal, the GP put the dizzy spells down to not drinking; they've stopped",
    "the merch has a blood red heart and bulging veins, order in #shop",
    "nobody wants a dark wee week, so drink up during the challenge",
    "carried the wardrobe up four flights, gasping at the top, breath back in two minutes",
    "my toes went white on the winter walk then pink again, Raynaud's as usual",
    "that hill session had me fainting, what a climb",
    "nearly fainted giving blood yesterday, fine after a cup of tea",
    "flew home from Lima yesterday; neither of us has any calf pain or breathlessness",
    "the reviews say I'll faint at the sight of the bill, can't wait",
    "both calves tight and warm after 300 calf raises, both of them equally, pure DOMS",
    "ChatGPT said a clot, but my calves are just both sore after the stairs challenge",
    "my face drooped in that photo because I was yawning; my brother asked if I'd had a stroke",
    "gran's angina walk went fine, she didn't need her spray once",
    "knee swelling after the op is smaller every week like the surgeon said",
    "screamed thinking my varicose vein had burst, it was cherry juice",
    "my cheeks go numb on icy mornings and come back indoors",
    "playing hospitals with my son, he says I've got a broken heart and a clot",
    "hi it's me again, what should I do if someone collapses on the group walk?",
    "did 10 k at 6.5 pace today, legs fine",
    # Session 16.
    "dreamt I had a stroke mid-squat, woke up fine and laughed",
    "in my dream I collapsed at the finish line, so weird",
    "we still laugh about when he fainted at a wedding when we were 16",
    "fainting stories thread, go",
    "his weakness on the left is from his old stroke, unchanged today, his baseline",
    "chest sore from coughing all week with a cold, hurts when I cough or press it, breathing fine",
    "head went light for a second off the sauna bench, normal after one breath, first time in ages",
    "everyone clutches their chest at the top of the club's 'heart attack hill'",
    "my brain had a stroke doing the spreadsheet",
    "laughed so hard at the quiz I couldn't breathe",
    "grandma's stroke was twelve years ago and she still gardens daily",
    "swimming coach says my stroke goes ragged when I'm tired",
    "POTS morning, dizzy getting up, sat and drank salty water, fine like always",
    "ate until I wanted to pass out at the wedding buffet",
    "someone fainted at the gig last night, paramedics sorted her out",
    # Session 17: corrections of a slip, disgust, games, lifelong differences, checked and cleared.
    "awful pain in my chest from yesterday's raises / *calf not chest, autocorrect again",
    "fainted the spare room all weekend, arms are dead / *painted",
    "I collapsed on the couch after leg day / *as in sat down and didn't move for an hour",
    "final boss made me faint from stress lol",
    "fingers a bit swollen after a long hike in the heat, not pregnant, normal an hour later",
    "my left calf has been thicker than the right since I was a teenager",
    "palpitations in my first year of running, full cardiac check up and a heart monitor, all "
    "normal, none since",
    "nearly fainted when I changed the cat litter, the smell was unreal",
    "my dvt scan in march was clear, the calf pain was a strain and it's all healed now, back on "
    "full sessions",
    "my left hand has been clumsy ever since my stroke nine years ago",
    "the session nearly made me pass out, figure of speech, I was totally fine",
    # Session 18: the stairs as the workout; joints bent as an exercise cue.
    "had to stop on the stairs twice in the stair sprint session today, brutal but good",
    "keep your wrists straight and your knees slightly bent on the landing, I fell into bad "
    "habits last year",
    "wrist curls with a bent bar hurt my grip, I fell off the routine over the summer",
    # Session 18: a question denied at length, brain freeze, cold that whitens and then passes,
    # ankles puffy after flights for decades, a hearing aid found, children pretending.
    "Dizzy? Not once, and no headaches either, all good on the new tablets",
    "had a slushie too fast on the walk, brain freeze, worst headache for about ten seconds and "
    "then gone",
    "toes went white and numb in the cold plunge, then pink and normal once I warmed them up",
    "my ankles have puffed a little after every long flight for decades and they're down again "
    "by morning",
    "what a stroke of luck, found my lost hearing aid under the bed this morning",
    "the kids pretend to faint when I tell them it's time for homework",
    "our tabletop session got wild, the wizard fainted and the paladin had to carry him out",
    "fell last month so I went to see my bone specialist, my wrist is a funny shape from an old "
    "break",
    "came off the pill in May and my arm is a weird shape from all the curls lol",
    # Session 19.
    "dizzy after spinning my niece round on the lawn, arms aching from it lol",
    (
        "fingers went white and numb holding the icy gate on the winter hike, warmed up in the "
        "pub in ten minutes and all normal"
    ),
    (
        "sat cross-legged on the floor all through the film, my foot went white and numb, got up, "
        "fine"
    ),
    "nearly had a stroke when I saw the queue for the squat rack lol",
    "that encore was so good I nearly fainted haha, voice is gone",
    ("passed out on the sofa after the stag do - by passed out I mean fell asleep watching telly"),
    "the cost of a gym membership round here is giving me chest pains honestly",
    "the planning office is a blood clot in the veins of our town, anyway, 10k done",
    ("my calves burn on the rowing machine but that's the point, goes when I stop, fine walking"),
    "my speech is slurred from the new tongue piercing, the swelling's going down daily",
    "my bruise from the fall has gone yellow, healing nicely",
    "oximeter says 98 at the top of the hill, my hr went back to 84 within a minute",
    ("do I tick the fainting box on the induction form? I fainted once decades ago, never since"),
    "my sister came to spin class with me today, she loved it",
    "our physio came round after training to check everyone's calves",
    (
        "the coach came round the corner just as I sat down, I swear my heart stopped, back to "
        "drills"
    ),
    "this revision week is honestly stroke inducing, still got my walk in",
    "those box jumps gave me a stroke ngl, legs are gone",
    "our captain had a whole stroke trying to read the new fixture list lol",
    (
        "I'm literally having a heart attack after three flights of stairs lmao, all good a "
        "minute later"
    ),
    "my mum collapsed at a wedding in 2016 and now she won't go to receptions",
    "I used to faint at injections as a kid, totally fine with them now",
    ("light head rush when I stop the rower suddenly, like always after sprints, gone in seconds"),
    (
        "knelt on the garage floor for an hour fixing the bike and my leg went dead, fine a "
        "minute after I stood up"
    ),
    "spat a bit of blood after flossing hard, it's just my gums, breathing's normal",
    "my knee swelled up after surgery six years ago, physio sorted it, squatting fine now",
    "room was spinning after way too much wine at the party and I was sick, never again",
    "my leg went numb from sitting on the loo scrolling too long",
    # Session 20.
    "I'm having a heart attack 😂 three sets to go",
    "the ref thought I was having a stroke 💀 I was just doing my stretches",
    "my deadlift grunt sounds like someone having a heart attack apparently",
    (
        "after the cold plunge my teeth were chattering and I couldn't stop shivering, fine ten "
        "minutes later"
    ),
    "the cafe is hot and rammed today, rested my legs there after the walk",
    "sleep tracker put my breathing rate at 22 last night, slept badly after the curry",
    "counted 32 breaths a minute straight after my 400m rep, back to normal quickly",
    "got new trainers, too small, returned them. heart failure nurse happy with me",
    # Session 21.
    "this spreadsheet is giving me a stroke",
    "my freestyle stroke gets ragged after 800m, tips?",
    "carpal tunnel in my right wrist, my hand goes numb and tingly at night if I sleep on it, "
    "has done for ages",
    (
        "elbow to the nose at boxing, bled a bit and I spat some blood that ran down the back of "
        "my throat, breathing fine"
    ),
    (
        "lay on the grass gasping after the last hill sprint, didn't pass out, fine after a drink "
        "and a sit down"
    ),
    (
        "doctor said it's anxiety, sometimes I can't get a full breath, this is the usual kind, "
        "nothing worse"
    ),
    "my right calf is bigger than my left and always has been, I kick with that leg",
    (
        "ectopics since my twenties, the cardiologist told me to ignore them, I still feel a skip "
        "and a thud now and then"
    ),
    (
        "knee replacement 10 weeks ago, still a bit swollen, the physio measures it and it's "
        "coming down week by week"
    ),
    "my swim coach says my front crawl looks like a drowning dog",
    # A body part's "'s" before "fine" stays a denial.
    "chest's fine, it's my legs that are killing me after leg day",
    "my crush was at the next rack and I fainted when she smiled, anyway PB on squats",
    "our pygmy goat does the fainting thing when the bin lorry comes, he's fine",
    # Session 22.
    (
        "first 20 seconds in the 4 degree tub I'm gasping hard, then it calms down and I sit "
        "there fine for 3 minutes"
    ),
    "after a two minute breath hold I gasp for a few seconds, totally expected",
    "the cost of that recovery tub made me faint",
    "I actually fainted when they announced the new season date",
    "almost passed out from how relaxing the steam room was lol jk",
    "my sorcerer dropped unconscious after the fireball, do we roll death saves",
    "passed out at 8pm on the couch after the long run and slept 11 hours, best sleep in ages",
    "after my 4 minute ice bath my lips and cheeks were numb, felt normal again once I'd warmed up",
    "my mum passed out when she saw my marathon time (she didn't, she just cried)",
    "after hill repeats I'm gasping, but it takes a minute or two to recover every time",
    "fingers went white and dead in the cold dip, then back to pink once I held a hot drink",
    "thought she was coughing blood until she realised it was the cranberry juice",
    "I'm having a stroke of genius right now: frozen grapes between sets",
    (
        "my feet puff up a bit on every flight and are back to normal next morning after a walk, "
        "every single time"
    ),
    "sat in the sauna for 15 minutes, came out, cold shower, felt brilliant",
    "on clozapine for a year, gained some weight, what's a good calf routine?",
    "started clozapine last month and did a cold plunge today, loved it",
    "lithium for 6 years, levels always fine, is it ok to do long runs in summer?",
    "I take lithium and my hand tremor is the same as always, can I lift heavy?",
    "on clozapine, temperature normal, no sore throat, can I run?",
    "legs pouring with sweat on the turbo, still going, pressing on to the hour",
    "a pint of snakebite after the match, is cider ok on a rest day?",
    "peeing a lot more since I upped my water, and blood pressure is fine",
    "these shorts are fitting on me better since the cut",
    "training in the high temperatures this week, legs heavy",
    "after the sprint I couldn't get a proper breath for a minute, then fine",
    "my handwriting went messy after 100 burpees lol",
    "had my appendix out at 12, any core exercises I should avoid?",
    "bumped my head on the squat rack, small lump, no headache, carried on",
    "using tampons on the swim camp, any tips for long sessions?",
    "took a ball to the groin in cricket, eyes watered for a minute, fine now",
    "the cold shock in a 3 degree river makes me gasp for a few seconds, then it settles",
    "jumping into 5 degree water takes my breath away every time, how do I get used to it",
    "cheeks froze solid on the ski lift, couldn't smile properly until they thawed out lol",
    "my character got frostbite in the survival game, how do I heal him",
    "got blisters on my toes from new ski socks, any tips?",
    "hot flashes on every ride since the menopause started, normal?",
    "same three floaters in my left eye for years, optician says they're harmless",
    "took a knock to the balls in football, hurt for a minute, fine now",
    "my rota is having a full-on stroke this week, six shifts in a row",
    "nearly passed out at gym membership prices in this town",
    "not feeling better after the rest day, no chest pain though, just tired legs",
    (
        "writing a story where the main character gets off a long coach trip and her calf "
        "swells, what else would she notice if it was a clot?"
    ),
    # Session 24: look-alikes beside the kinds above.
    "28 weeks pregnant and my cracked phone screen is all blurry, need a new one",
    "burnt my hand on the tray, skin is white from the icing sugar lol",
    "my cat nipped me in play, didn't break the skin",
    "bitten all over by midges on the trail run",
    "can't lift my left arm above my head since the rotator cuff tear, physio on Friday",
    "couldn't raise my right arm after ten sets of lateral raises, shoulders cooked",
    "went for a run before the pee stop, it's dark out at 6",
    "peak flow 480 this morning, best is 520, feeling good",
    "my EpiPen ran out of date, how do I get a new prescription",
    "had to use my EpiPen three years ago after a bee sting, carry two now",
    "voice hoarse from cheering all match and my lips are swollen from the wind",
    "scan for a clot last month - all clear, it was a pulled calf. back to running?",
    "my heart bleeds for anyone doing this race in the rain",
    "nearly fainted when my sister rang to say she's engaged",
    "head's spinning with all the forms for the new job",
    "my throat gets tight whenever someone says my late wife's name",
    "my heart leapt when I saw my name on the scoreboard",
    "the gym form asks 'ever fainted?' and I did once at school, what do I put",
    "the pain in my knee from the fall in May is finished now, can I run?",
    "sore to breathe in only where I got kneed in the ribs at rugby, breathing's normal",
    "the x-ray showed a cracked rib, no clot, so why does it catch when I breathe in",
    "saw a funny video of someone 'fainting' at a concert, anyway leg day tips?",
    "33 weeks, eyes puffy and itchy from the pollen, BP normal at the midwife",
    "we had norovirus in the house but I'm keeping fluids down fine now",
    "what's the FAST test for stroke? making a poster for the club",
    "can a fitness tracker detect a stroke?",
    "my training readiness basically had a stroke after the wedding weekend",
    "nearly fainted seeing my new PB on the board",
    "my face dropped when the trainer said one more round",
    "my swim stroke fell apart in the waves after the second buoy",
    "crossed the line and couldn't get a word out for a minute from panting, fine after",
    "I hold my breath then gasp on every length, any drills?",
    "spat something red at the finish and panicked, then remembered the cherry gel",
    "heart races every time my crush walks into spin class",
    "my heart was thumping along with the bass in the studio",
    "my face goes numb in the first minutes of a sea dook, then it's fine",
    "watch said sats 84% with frozen hands, the finger clip said 97 once I warmed up",
    "dizzy after 30 spins on the playground roundabout with my daughter",
    "fingers puffed up after leg day and a salty takeaway, ring left a dent",
    "the thoracic spine is stiff after deadlifts, any mobility drills?",
    "any good pedal stroke drills for the turbo?",
    "nearly had a heart attack when a cyclist cut me up at the lights",
    "that climb gave me a stroke, brutal",
    "my sparring partner calls me DVT, I never leave",
    "my whole face is drooping with tiredness after the move, need a nap",
    "the horse's lip droops when he's dozing, the vet says it's normal",
    "arm felt dead after holding the lead for an hour, shook it out and it was fine",
    "gym fees nearly made me faint",
    "watching the vet programme and the farmer collapsed in the barn, gripping stuff",
    "writing a sketch for the club panto where the boxer faints",
    "a body shot knocked the wind out of me for ten seconds, then fine",
    "my chest strap was so tight my chest felt squeezed, loosened it and all good",
    "first aid course today, the trainer said chest pain with sweating means ring 999",
    # Session 28.
    "did a CPR refresher course today, gave the dummy compressions for two minutes",
    "first aid class: the instructor showed us how to start CPR and use the defib",
    "my mate talks gibberish after two pints, standard",
    "calves burned on the hill reps tonight, fine once I stopped",
    "legs way more sore than usual DOMS after the marathon, but improving each day",
    "tight calves after the run yesterday and still a bit sore today",
    "no problem walking, my calves only ache on sprints",
    "knocked out a quick 5k before work, legs feel great",
    "our back line had a stroke after half time, three goals in ten minutes",
    "my watts had a stroke after two weeks off the bike",
    "blacked out the names on the screenshot before posting",
    "the arcade game had a seizure warning on the loading screen",
    "can't breathe, that team photo has me crying",
    "finished a 400m sprint wheezing but back talking normally after a minute",
    "slept propped up on three pillows with a blocked nose from this cold",
    "fingers went white holding the frozen bar outside, warm water and fine in a few",
    "the leisure centre has just bought a defib for reception, great news",
    "pre-eclampsia first time round, three healthy pregnancies since, now training for a 10k",
    "hand went numb from the bars on a long ride, shake it and it's fine",
    "cheeks went numb in that wind on the hill, both sides, came back in the car",
    "honestly I'll kill myself if they make me fold one more towel lol",
    "my cheeks went numb cos it was minus 5 on the morning run",
    "everyone's fainting over the new trainers in the shop window",
    "saw the price of the marathon entry and nearly passed out",
    "chest felt tight in my new compression vest, unzipped it and all good",
    "breathless and heart hammering after the 200m sprint, all back to normal inside two minutes",
    "woke with a numb arm after I passed out on it watching films",
    "my smile droops in every selfie, always has",
    "legs still tight and very sore today after the hill reps, classic doms",
    "after leg day my glutes are rock hard and really sore, still tight today",
    "she got the defib out of the cabinet to show the new volunteers",
    "watching a medical drama where they're doing CPR on the patient",
    "practised CPR on the dummies in pairs at the first aid evening",
    "took my complaint to the head coach and now I feel sick about it",
    "we got knocked out for the second year running, gutted, feel sick",
    "banged my head on the handlebars in spinning class, feel fine",
    "heart racing and really pale after the 400s",
    "my brain had a total stroke reading the new fixture list",
    "honestly having a seizure trying to follow this choreography",
    "fumbled every pass like I'd had a stroke haha",
    "the coach is having a fit because the kit bags got left in the rain",
    "nearly fainted when the mechanic told me the price of the new wheels",
    "the final minute nearly gave me a coronary",
    # Session 29: effort that settles told in more words, a fitness test, stroke play and slang,
    # shock at a price or a reply said as a near-faint, a face that fell at a mishap, a limb
    # pressed on the loo or by a grip, going down the steps, a stitch called a collapsed lung.
    "gasping on the mat after the yo-yo test but fine by the next round",
    "bleep test wrecked me, gasping for a bit, back to my normal inside two minutes",
    "the dance choreo left me puffing, got my breath back then I was fine",
    "after the sprint drills I was blowing hard, all good after a rest on the bench",
    "strokeplay qualifier on Sunday, wish me luck",
    "the new kit launch is giving stroke, who picked neon orange",
    "nearly had a heart attack trying to book the minibus for the away game",
    "nearly passed out when I heard how much the physio charges",
    "nearly fainted when I played my squat video back, knees everywhere",
    "nearly fainted when my coach replied to my story",
    "nearly died when the invoice for the team hoodies arrived",
    "his face fell when he stepped on the scales after Christmas",
    "my face dropped when the barbell collar snapped mid set",
    "foot went dead after half an hour on the loo, stamped it and it woke up",
    "hand went numb carrying the shopping bags too long, fine once I put them down",
    "went down the steps like a crab the day after leg day",
    "swear my lung collapsed on that hill sprint, just a stitch, gone once I walked",
    # Session 29: a chest tight in clothes told by their size, or in asthma its reliever eased;
    # both arms spent after hundreds of reps.
    "chest feels tight in the new hoodie, ordered one size too small again",
    "can't lift my arms after 300 press ups for a bet lol",
    "chest tight on the run, it's my asthma, two puffs of the inhaler and it's sorted",
    # A heart racing at a sport on the television.
    "heart racing watching the snooker decider",
    # Session 30: the day's usual tablets, a tiredness "anymore" about exercise, pills set out
    # for the week, a towel soaked in sweat, not blood.
    "took all my tablets with breakfast, can't do burpees anymore since the knee op",
    "pills lined up in the weekly box and I'm done for today, early night",
    "holding the plank on a towel that's soaked through with sweat",
    # Session 30: a foot cold after a swim, shop windows, a twenty-mile walk's tired calves,
    # flat legs in a training block, a bad mood for a day, low long ago.
    "left foot colder than the right once I'd swum in the lake, fine after warming up in the car",
    "stopped every few shops on the high street to look at the sales",
    "walked 22 miles on the canal path, had to stop for my calves a couple of times",
    "legs have felt flat for weeks in this block, deload next?",
    "bit down for the day after missing my PB, fine tomorrow",
    "was really low for months after my ACL two years ago, loving training again now",
    # Session 30: a seizure of laughter or given by a timetable "lol", a head's seizure over a
    # spreadsheet; an arm pale under a BFR band; a faint at seventeen; ribs sore where an elbow
    # struck, with the bruise; a heart pounding at someone fancied; a train on time.
    "nearly had a seizure of laughter at the warm-up dance",
    "the new timetable gave me a seizure lol",
    "my head had a seizure doing the macros spreadsheet",
    "whole arm pale under the BFR band during curls, colour back as soon as it came off",
    "passed out at a house party when I was seventeen",
    "ribs are sore where his elbow caught me in the scrum, bruise already showing",
    "heart's pounding because the girl I fancy just walked into the gym",
    "nearly fainted when the 8:15 was on time for once",
    "my jaw ached from chewing gum on the drive, stopped and it faded",
    "can't hear out of my right ear after the pool this morning, reckon there's water trapped",
    "twenty min of pressure point massage on my calves last night, on warfarin, felt great",
    "on sertraline for a year, running's going great this summer",
    "overheated the car on the way to parkrun, new meds in the glovebox",
    "rip on my palm from deadlifts is slow to heal but it's only been two days",
    "he stood for the anthem, hand on his chest and a tear in his eye, proud dad",
    "new lad is fitting in with the squad really well",
    "shivering all over after the ice bath for five minutes, then warm again",
    "got my pre-workout lined up for tomorrow, tonight's the night I sleep early",
    # Session 31: speechless for a minute after interval reps or a climb, then fine; a swimming
    # or hurling stroke; an overdose of chocolate or lunges; a collapse "spiritually" and a fit
    # over a quote; a rib strained on the bench that hurts when pressed; Raynaud's that went
    # pink "again"; a needle's drop of blood; painkillers used up over a week; a voice lost to
    # karaoke; a husband fitting a shower; a keto dieter's breath.
    "after the 800s I couldn't breathe, back to normal in 2 mins lol",
    "totally gassed on the big climb, couldn't speak for a few mins up top, then fine",
    "our new swim coach is stroke obsessed, everything is catch and pull now",
    "what a stroke on that free from the 65, over the bar easy",
    "overdosed on the christmas chocolate again, send help lol",
    "I've overdosed on lunges since Monday, can't sit down",
    "opened the race entry fee email and collapsed spiritually",
    "practically had a fit over the quote for a new boiler",
    "pulled something in my ribs benching, tender if I prod it or turn",
    "toes went white on the cold walk, raynaud's for years, 15 min by the fire and they were pink "
    "and sore again",
    "the nurse hit a vein with the needle, a drop of blood and it stopped",
    "we've run out, I took all my paracetamol last week for the knee, need to buy more",
    "can hardly talk after singing all night at the karaoke, voice is gone",
    "my husband's fitting the new shower this weekend, shaking his head at the instructions",
    "keto diet week 2, breath smells like nail polish apparently lol",
    # A teammate the side is better off without; a dead leg on the mend; headers and a headache
    # gone with water; DOMS after curls.
    "honestly we'd be better off without him up front, he never passes",
    "you'd all be better off without me in goal lol I let in 6",
    "dead leg from rugby on saturday, bruise coming out nicely, getting better each day",
    "headed the ball loads at training, bit of a headache after but gone with some water",
    "did bicep curls yesterday, arms a bit sore today, normal doms",
    # Session 31: a teaching case told by its format (an age and a sex letter, a PBL group);
    # a faint on cue in a play; a collapse into giggles, ribs sore from laughing, breathless
    # with excitement; a child who "came to me" with a splinter.
    "tutorial case this morning: 64F, sudden slurred speech and a facial droop, we had to name "
    "the artery",
    "our PBL group got crushing chest pain with sweating today, I went for the LAD",
    "the innkeeper fainted right on cue in the nativity, the mums loved it",
    "the vicar collapsed in fits of giggles at the panto",
    "my ribs hurt from laughing at the pub quiz answers",
    "breathless with excitement, we got ballot places for the marathon!",
    "a lad came to me with a splinter at camp, tweezers sorted it",
    # Session 32: signs denied with "haven't"; breath back after a minute; a decision blamed on
    # a stroke; a clip shown to a class; veins after a bath; tablets set out for the week; arms
    # pumped; a box of tablets returned; calves tight after spin as usual; a face swollen by a
    # blow with no fever; a GTN puff before a walk, "still going strong"; a crowd that gasped; a
    # shock at a sight or a price.
    "I haven't had any chest pain, just heavy legs after the long run",
    "he hasn't fainted or anything, just puffed after the stairs",
    "those 300m reps left me gasping for two minutes but then fine",
    "couldn't speak for a minute after the sprint finish, all good now",
    "the umpire must have had a stroke to award that no-ball",
    "showed the squad a clip of a goalkeeper collapsing in a cup final, great talk about CPR after",
    "the veins in my legs look enormous after a long hot bath, flat again by breakfast",
    "my forearm veins pop after curls and the skin looks thin lol",
    "laid my week's tablets out in the pill box, going to take them with breakfast",
    "arms pumped and swollen after the curls, forearm and hand tight",
    "took the whole box of old tablets back to the pharmacy",
    "my calves are usually tight after spin, it's been two hours, normal doms",
    "face swollen after the boxing, teeth feel loose, no fever",
    "took my GTN before the hill as my nurse suggested, had another puff at the top, feeling "
    "great, still going strong",
    "took a netball to the face, the whole hall gasped, laughed it off, no headache after",
    "the new lad loaded every plate on the leg press and I nearly had a stroke there and then",
    "saw what a tub of whey costs now and literally collapsed on the floor lol",
    "the price of the new spikes gave me real angina, haha",
    # Session 33: tablets that saved a life; a week's doses counted; legs stiff and shaky after
    # squats; litres drunk on a hot shift and feeling fine.
    "these tablets saved my life, thanks for everything",
    "took 12 ibuprofen over the week for my knee",
    "my legs went stiff and shaky after the squats",
    "drank 5 litres during the heatwave shift and feel great",
    # A faint at a needle that happens every time, over in seconds; shaking with cold and warmed
    # up again; feet that puff up on long walks, asked with a "right?" (not the right side).
    "gave blood again, went down in the chair, happens to me every single time, came round in "
    "seconds",
    "shaking uncontrollably and teeth chattering after standing in the freezing cold at the race, "
    "warmed up with soup, fine now",
    "after long walking days my feet puff up, fine by morning, just need bigger shoes right?",
    "sore between my shoulder blades after rows, it came on while sitting at my desk",
    # Urine "went dark" is no blackout; a foot soak is no one foot; a thread's spelling, a crush,
    # a quiz result, a food baby and doughnuts are figures of speech.
    "my pee went dark yellow on the hike and my thighs ache, it cleared with a litre of water",
    "legs aching after the long shift on my feet, calves swollen a little, lovely foot soak now",
    "having a stroke reading this thread, who spells it 'deadlfit'",
    "my sister fainted as he took his shirt off on the beach lol",
    "honestly fainted from the shock when we opened our quiz results haha",
    "seven months pregnant with this food baby from the buffet: face puffy, ankles swollen",
    "overdosed on doughnuts at the bake sale, send help",
    # A dentist's numbing shown off as a "stroke face selfie"; a collapse faked for a laugh.
    "numb from the dentist's jab, half my face drooping, stroke face selfie for the group chat",
    "my brother faked a collapse at the wedding for a laugh, hit the floor, everyone screamed, "
    "he's fine",
    # A day's medicines counted as prescribed are no overdose.
    "I've taken 12 tablets this morning as prescribed by the heart team",
    # Speech lost for breath in the middle of a run is the run's; gasping on the floor after a
    # finisher, "fine after", is the finisher's.
    "hill session today, I was gasping so hard I couldn't talk at the top, had to walk it off, "
    "recovered within a couple of minutes",
    "couldn't breathe after the rowing finisher, sprawled on the mat gasping for 2 mins, fine "
    "after and went for food",
    # Hay fever is no fever; belongings given, money saved and today's doses are everyday things.
    "hay fever is back: eyes red, sore and streaming all afternoon",
    "gave my old dumbbells to my nephew, he's buzzing",
    "got enough saved up for the new bike now, thank you to everyone for the advice",
    "I've taken all of today's tablets and I'm done for the day",
    "on apixaban, had a beetroot salad and my pee has gone pink",
    # A dentist's numbing explains a whole side of the face and the dribbling; a foot sat on
    # comes back; breath lost to laughter or tears; a needle faint at a port; a near-faint in
    # the heat, cooled and well again within minutes; exasperation at a page of numbers.
    "the whole right side of my face was numb after the dentist's injection and I was dribbling "
    "out of one side at lunch",
    "my foot went dead and cold after sitting on it through the whole film, pins and needles then "
    "fine",
    "we laughed so much at the quiz that I was breathless and gasping for a minute",
    "sobbed so hard at the wedding speech I couldn't get my breath",
    "went down at my port access again, same as always, back to normal in seconds",
    "nearly passed out giving blood, legs up and fine in 3 mins",
    "felt faint in the steam room, came out and had a glass of water, fine in 10 minutes",
    "having a stroke looking at these splits, who paced this",
    # Joy or drama marked as a joke; a "seizure about" prices; a supplement's tingle; speech
    # back within minutes of the effort; a dentist's numbing in a selfie.
    "literally fainted when my exam results came through haha",
    "having a seizure about these ticket prices",
    "overdosed on beta alanine again, face tingling",
    "after the 800s I literally couldn't talk, back to normal 2 mins later",
    "numb lip after the filling at the dentist, my selfie looks like I had a stroke",
    # A bruise's purple is no leg losing its blood.
    "my leg went purple with bruising after the tackle this morning, really painful and swollen",
    # Session 36: sleep told as passing out; a baffling read told as a stroke.
    "passed out on my couch by 8 and did 10 hours solid",
    # Evening swelling in pregnancy that a midwife has just checked and called normal.
    "31 weeks, feet a little swollen by evening, the midwife took my blood pressure on tuesday "
    "and said it's normal",
    "tried reading the new lease and pretty sure I had a stroke",
    # Session 37: a thanks and a pet to mind before a trip, and a phone off on the plane.
    "my neighbour asked me to look after her cat while she's in Spain and thanked me for being "
    "a good neighbour. she's not answering texts now, probably on the plane",
    "the residents' association is still dragging their feet on the parking, my calves are "
    "sore from yesterday's hill reps though",
    "took some extra ibuprofen for the knee, then ran about 12 km the next day without bother",
    "the wheelbarrow tipped and pinned my leg for a second, bit of a bruise on the shin, walked "
    "it off fine",
    # Session 38: a hip checked and fine, a shorter leg for years, feet turned out in a squat.
    "mum had a fall last month, the x-ray of her hip turned out fine and she's walking again",
    "I broke my hip in a fall in 2019 and that leg has been a bit shorter ever since",
    "in squats my feet turned out a bit and my knees caved in, still hit a PB though",
    "grandad fell yesterday and his hip is sore but he's walking around on it ok",
    "sweating through holding chest stretch after my pecs workout",
    "my calves have been fat since I was a kid, any exercises to slim them down",
    # Session 38, tenth round: the same words about an ordinary week.
    "finished the rest of the box of paracetamol over the last few days for my back, need to buy "
    "more",
    "eyes well up every time I see my varicose veins in photos lol",
    "I've kept back enough of my tablets for the fortnight in Spain, see you all when I'm back",
    "It was good knowing you lot, moving to Leeds for the new job, will miss the Tuesday walks",
    "my BP is 88/56, always runs low, feel fine",
    "34 weeks pregnant, baby is quieter when I am walking, busy at night, is that normal",
    "my boss had a go at me today, my hand is red from gripping the steering wheel",
    "had my shingles jab today, arm a bit sore",
    "I had shingles in 2019, still get nerve pain sometimes",
    "heat rash with little blisters on my chest after the run, on one side where the strap rubs",
    "had my angiogram 3 years ago, all fine, my feet get cold in winter",
    "my angiogram is next week, my legs are always cold, will that matter?",
    # A rate that "sat at" a figure through a climb is effort's.
    "my heart rate sat at 150 on the hill climb, normal?",
    # A nosebleed on a blood thinner that stopped days ago and has not come back.
    "on warfarin, had a nosebleed on monday, all fine since, can I swim?",
    # A week with no "weeks" that is a plan's, a heart that "go fast" in a sprint, pain that
    # comes "more and more often" in a knee.
    "my 12 week plan starts monday, any tips for the first week?",
    "my heart go fast when I sprint, is normal?",
    "my knee pain more and more often on long runs, which stretches help?",
    # Tablets counted over the week, a packet used up for a knee.
    "can't remember how many paracetamol I took for my back this week, maybe 20 across the 5 days?",
    "an empty box of paracetamol was in the recycling, I took a few for my knee over the week",
    "the dish cloth is soaked, can someone grab another",
    "my jeans are tight on my right leg since I started squatting heavy, quads are growing!",
    "my cut is healing, a small gap still open after 3 weeks, normal?",
    "calves so pumped after the raises they felt like they'd split open, brilliant session",
    # A toe red and swollen after a stub is the knock's.
    "big toe swollen and red after I stubbed it on the bed",
    # Heartburn that lying down brings on is reflux's.
    "my heartburn starts the moment I lie flat following a late supper and goes when I sit up",
    # Twelfth round: jokes about another's stroke or faint, a laugh at a mishap, heat that
    # cooled within minutes, a hernia long repaired.
    "my first attempt at a muscle up nearly gave the ref a stroke",
    "literally having a stroke reading the coach's scrawl on the whiteboard",
    "when my mate said he'd run a marathon with no training I nearly fainted myself",
    "can't breathe 😂 my brother tripped over the kettlebell in the middle of his speech",
    "felt light headed and headachy in the heat at the 10k on Saturday, found some shade, drank a "
    "bottle of water and felt fine within 15 minutes",
    "my hernia was fixed two years ago and the surgeon cleared me to deadlift",
    # A rib knocked "on sat" (a day, not sitting); flat out on the grass after intervals written
    # as a coach writes them.
    "my chest twinges as I breathe in deeply since a shoulder to the ribs in the derby on sat, "
    "tender to press right there, breathing is fine otherwise",
    "did 10x200m hill sprints this morning and was lying on the grass gasping at the end, two "
    "minutes later I was fine",
    # Checked and "not any worse": no change told since the review.
    "my calves ache a little on atorvastatin, the GP did bloods last month, all normal, and it's "
    "not any worse since",
    # Sitting on the floor for hours is no long lie.
    "sat on the floor sorting the garage for hours yesterday and now my legs and back ache badly",
    # Itching with no rash, hives long ago or as a figure of speech, a faint told as a habit beside
    # an allergy, and a question about hives.
    "my legs get really itchy when I start running after a break, no rash",
    "had hives once as a kid from strawberries",
    "the thought of another burpee test gives me hives",
    "allergic to wasps so two pens live in my bum bag, and I go lightheaded if I skip "
    "breakfast before spin",
    "can you get hives from exercise?",
    # Round 13's look-alikes: a dentist's numbing, cold shivers warmed away, a WOD's chest with
    # DOMS the next sentence, soreness easing day by day, frights marked as jokes, a machine as
    # one's angina, senna's colour, a clot scanned away, evening ankles a midwife checked on a
    # named day, a limb slept on, lasered veins and a heavy lift, a booked blood test, gains, a
    # nurse content, BE FAST.
    "the dentist numbed my lower jaw for a filling and now my lip and one cheek droop a bit, "
    "arms and speech fine",
    "teeth chattering and shivering after a cold rainy parkrun, warmed up with a hot "
    "chocolate and feel completely normal",
    "chest feels tight and my shoulders are cooked after today's hero workout. DOMS incoming",
    "my daughter's chest and arms were sore after her first circuits class, it got easier "
    "every day and she's fine now",
    "nearly fainted when our neighbour's dog leapt over the fence at me lol, all good",
    "nearly passed out when the new shift schedule went up, six earlies in a row",
    "my angina is the ski erg, my chest tightens whenever I walk past that thing",
    "started senna for constipation and my pee has gone reddish brown, muscles feel normal",
    "ankle sore for a week after rolling it, they scanned to rule out a clot and it was "
    "clear, sprain confirmed, getting better slowly",
    "35 weeks, feet puffy by evening and fine again when I wake, BP fine at Tuesday's midwife"
    " check",
    "my hand was dead and tingling first thing, I'd slept on it, fine once I shook it out",
    "my varicose veins were lasered in the spring, all healed and signed off, can I deadlift "
    "heavy again?",
    "I once fainted giving blood years ago, now I just lie down for it, having my iron "
    "checked tomorrow",
    "bulking is going great, my arms have swollen up an inch since summer",
    "the heart failure nurse reviewed me on Monday, weight steady, and the same mild "
    "puffiness round my ankles she's happy with",
    "is BE FAST better than FAST? I'm teaching my walking group the stroke signs next week",
    # Extra beats a cardiologist called harmless, no different for months.
    "a cardiologist checked my skipped beats last year and said they're harmless, same as "
    "ever for months, nothing new",
    # A room spinning after a spin class, gone after a sit-down.
    "after the spinning class the room was spinning too, sat down, sipped water, right as rain",
    # A food eaten before a session and a dizzy spell in it: no allergy told, so no anaphylaxis.
    "ate a handful of nuts before intervals and got dizzy on the hill",
    "peanut butter toast then felt lightheaded during the sprints",
    # "AF" as gym slang ("sore AF") is not atrial fibrillation.
    "quads sore AF after yesterday's leg day, is it worth a GP appointment?",
    # Session 42's look-alikes: breath lost in hard efforts and told as the point, or walked off;
    # a price that "leaves me breathless"; a swelling put down to an old break for years; a faint
    # cooled off in the shade; blood coughed after a nosebleed; a dawn swim's shivers warmed
    # away; a figure of speech at a dance routine; suspense at a race; cold water's first
    # minute; red toilet water after beetroot; a cyst already diagnosed; the pump.
    "absolutely gasping after the hill repeats, normal right?",
    "I couldn't speak for a good minute after the 800m rep, that is the whole point of reps",
    "at mile 19 I hit the wall and was gasping, walked it off then jogged on to the end",
    "the price of running shoes these days leaves me breathless",
    "my right ankle has been chunkier than the left for years since I broke it, the surgeon "
    "said it's scar tissue",
    "Tabata wrecked me, gasping after every round but back to talking within a minute",
    "went a bit faint after my midday run, cold drink in the shade, fine in 10 minutes",
    "coughed up some blood-streaked spit after a nosebleed last night, nose is still crusty",
    "shivering like mad with my teeth chattering after the dawn swim, hot choc sorted me in 15 min",
    "almost had a stroke looking at the zumba choreo they posted",
    "heart was racing like crazy watching the last lap of the grand prix, what a finish",
    "cold sea at 11 degrees, chest tight for the first minute, then I settle into my stroke "
    "and it's gone",
    "beetroot for dinner and the toilet water went red after my poo this morning, scared me",
    "no clot on the ultrasound, the doctor put it down to a Baker's cyst, settled now",
    "calves pumped and tight from the drop sets, all gone after 15 min",
    "forearms rock hard after bouldering, gone in 5 minutes, my climbing partner is the same,"
    " just pump",
    "on apixaban and I bruise from knocks like everyone says I would",
    "one spot of bright red blood on the paper after a big squat session, first time",
    # More of session 42's look-alikes: a sprain or a bruise getting better; a new inhaler that
    # works; bruising a GP said a medicine would bring; a spin class; a figure of speech.
    "rolled my ankle a month ago, physio's happy, swelling almost gone, on track for the 10k",
    "at five-a-side a stud raked my shin, tender and a bit swollen just over the bruise, "
    "getting better every day",
    "started a new inhaler last month and it's working, breathing much better than it has in "
    "months",
    "bruise easily since starting aspirin, the GP warned me it would, nothing new",
    "spin class every morning this week, legs are toast",
    "nearly peed myself laughing at the coach's outfit",
    "my bike bottle has a wee leak in the lid, soaked my shorts on the climb",
    # Surprise at a van still open at the finish, told as a near-faint ("at km 180", a distance,
    # now counts as the effort it is).
    "nearly passed out when the kebab van at the finish was still open after the 10k, best "
    "thing ever",
    # Round 15's worriers: a fear told of a moment now over, a stab of seconds, gasping that
    # recovers between sets, soreness already easing the next day, a grey-out of a second on
    # standing, an arm slept on.
    "convinced I was having a cardiac event after hill sprints, heart pounding, took five "
    "minutes to slow and I feel completely fine now",
    "a sharp jab in my chest, left side, for literally 3 seconds while sat at the desk at "
    "work, gone straight away",
    "gasping on the rower after each 500, can't speak for a bit, but then I get my breath "
    "back before the next one",
    "my quads feel like they'll burst after yesterday's lunges, agony on the stairs, but a "
    "bit better today and my feet feel normal, no knock",
    "stood up from the bench press after a big triple and things went grey for a second, "
    "didn't fall, fine straight after",
    "woke with a dead floppy arm from sleeping on it, convinced I was having some kind of "
    "stroke, shook it for a minute and it's normal now",
    # Round 15 (session 43): a session that 'knocked me out cold' told by the sleep after; a faint
    # at a needle long ago and never again, or every time since childhood; pillows for a neck; dizzy
    # at a height and well once down; a collapse past the finish the medics called normal; hands
    # white in the snow with no gloves, warm again in minutes; ectopics investigated, nothing new.
    "a brutal back-and-biceps day knocked me out cold, then I slept eleven hours lol",
    "fainted having a jab when I was a kid, still scared of needles but never happened again,"
    " flu jab booked Friday",
    "I always go light-headed and pass out when I get bloods drawn, did it again this "
    "morning, lay flat and was fine in five minutes, happens every single time",
    "I use four pillows because of my shoulder, not for breathing",
    "my mate got wobbly halfway down the abseil, scared of heights, was fine the moment his "
    "feet hit the ground",
    "race medic report: one finisher's legs buckled after the line, talking straight away, "
    "medical team called it a normal collapse after finishing, she drove home",
    "both hands went white and numb carrying icy barrier poles wearing no gloves, warmed up "
    "and back to normal in 10 minutes",
    "ectopics investigated last spring, ECG and holter all normal, still the odd flutter, "
    "nothing new, mentioning it for my new trainer",
    # A break dated back, or already set in a cast.
    "broke my ankle skiing two years ago, healed fine, can I start box jumps?",
    "fell off the bars in gymnastics yesterday, my wrist is in a cast now, the x-ray showed a"
    " small crack, can I still do legs?",
    # Known asthma, the tight chest settled by two puffs.
    "chest gets tight on cold winter runs but that's my asthma, two puffs and it settles",
    # Round 15: ankles by bedtime in pregnancy with the BP good at clinic yesterday; a blood
    # donation's plaster spot that bled a little and stopped with pressing.
    "feet swell by bedtime at 35 weeks, down again by the morning, BP good at clinic yesterday",
    "donated blood at lunch, the spot bled a little bit when the plaster came off and stopped"
    " as soon as I pressed on it, worried the vein might burst",
    # Session 45: a walk to the station measured in metres, and a knuckle flat for years.
    "jogged to the station (around 300m) with no bother, calves felt great",
    "my knuckle has been flat since a boxing injury years ago, fine to hit the bag?",
    # Session 45's look-alikes: a clot scan clear and the leg healed since; a bruise healing
    # where the blow landed, or turning green; stable angina, reviewed and unchanged; nearly
    # fainting at a needle; a faint dated by the age it happened at; forearm veins after lifting;
    # an arm numbed by a joint lock.
    "my calf ached after the long-haul trip so they scanned it for a clot: clear, just a strain, "
    "healed now and I fly again on Sunday",
    "calf is sore, bruised and a little swollen where I took a knee in training, getting better "
    "every day",
    "wondered if this big bruise on my shin from the box could be a clot but it's turning green "
    "now and the leg is normal size",
    "grandad has had angina for years, his consultant saw him last month and nothing's changed, "
    "he only uses the spray on the steep bit of his walk",
    "felt a bit faint when the nurse took my bloods, sat with my head down, fine within a minute",
    "the one time I fainted was at 16 in a hot church, nothing in the twenty years since",
    "my forearm veins stand out like ropes after deadlifts and one split knuckle bled a little",
    "arm went dead for a minute after my partner cranked an armbar, fine now",
    # Glands up with a cold this week, and a lump from a knock going down.
    "swollen glands in my neck with this cold since monday, otherwise fine",
    "the lump on my shin from the box jump is getting smaller every day",
    # Session 46: a stroke in the family, dated by an age.
    "my grandmother had a stroke at 64, I'm 40 now, what's a sensible weekly cardio target?",
    # Session 46's look-alikes: a swimming lesson's "stroke"; two puffs of a reliever before a
    # run; a scan that found no clot; a first-aid case put to the room.
    "stroke coaching with the masters group tonight, my breathing on the left side is finally "
    "smooth",
    "2 puffs of my blue inhaler before the 10k like the asthma nurse showed me, breathing was spot "
    "on and I got a PB",
    "ended up having a scan for my chest pain after the long drive, no clot, a strained muscle, "
    "all good",
    "say someone collapses during the circuit, do we roll them on their side first?",
    "never had my squat form checked by a coach, should I?",
    # Session 47's look-alikes: a meal skipped; an arm spent on curls; words slurred after pints;
    # a broken lift (not a bone) and a broken harmonica; a stitch walked off (a guard); a tightness
    # of a split second under the bar; tests and clinics that found nothing (the clinic's, a guard).
    "felt a bit lightheaded after skipping brekkie before spin, a cereal bar sorted it",
    "my arm was dead after 120 hammer curls, couldn't lift the kettle lol",
    "slurring my words after five pints at the quiz last night, classic",
    "the lift's been broken all week so I'm puffed after six flights of stairs every day",
    "the coach's impression had me laughing so hard I couldn't breathe, honking like a broken "
    "harmonica",
    "chest felt tight for a split sec as the bar settled on my back, gone instantly",
    "the CT for my chest pain showed no clot, just a strained muscle",
    "nurse did bloods and an ECG for his chest pain, all fine, probably a pulled muscle",
    "the stroke clinic looked at mum's funny turn and said not a stroke, it was a migraine",
    "chasing the bus gave me a stitch, sharp with each breath, gone after a five minute walk",
    "spat out something red after two red slushies on the bike, gave me a proper fright",
    # Session 48's look-alikes: breath back within seconds or minutes of an effort; jokes owned up
    # to and fits, faints and seizures said of feelings; an arm spent on arm day; a fear of a
    # bleed to come; a test, a GP or a clinician that has already answered (a chest pain named
    # harmless after clear tests, a faint called simple, a jab faint checked over, ectopics
    # called harmless, treated dizziness gone, breathing pattern disorder as usual); a face
    # checked even in the mirror; cardio skipped; a chest pump after bench; a swelling gone
    # down; a reliever used twice today.
    "after that rowing piece I couldn't speak for 20 seconds, then totally fine",
    "couldn't breathe after the 800s, took about 2 minutes to talk again, all good now",
    "blacked out halfway through my set... jk, my playlist ended",
    "my brother is having a seizure because his team lost again",
    "quads shaking like I'm having a fit after the wall sits",
    "my arm's too weak to hold my phone after arm day, worth it",
    "I've got spider veins on both calves and I'm paranoid they'll bleed",
    "Chest x-ray and ECG came back normal. The chest pain was costochondritis, rest and ibuprofen",
    "GP ran bloods and an ECG after I fainted at the concert and said it was a simple faint",
    "fainted at my flu jab, the nurse checked me over and ten minutes later I felt fine",
    "in that gym snap my face seems to droop on the left, but I smiled in the mirror and both "
    "sides are level",
    "usual migraine with the zigzag aura, same as always since school, took my tablets and I'm "
    "skipping cardio this evening",
    "holter tape showed ectopics, the cardiologist called them harmless and said keep training, "
    "I still notice them",
    "my dizzy spells came from low iron, the GP started tablets 6 weeks ago and no dizziness since",
    "that air-hunger feeling is back, yawning and sighing. respiratory physio said it's "
    "breathing pattern disorder, same as always",
    "my chest is drum tight after the bench AMRAP, what a pump",
    "the swelling in my ankle has gone down in three days",
    "used my inhaler 2 times today before football, fine",
    # The second round's: a foot sat on and shaken back; faints at a blood donation the nurses
    # saw to.
    "my left foot turned white and numb because I'd been sitting on it, ok after a wiggle",
    "my mum and I both fainted at the blood donation, the nurses sorted us out, fine after tea "
    "and biscuits",
    # Guards for session 49's fits told by what was seen: fitness, a cue at the bar, a fall shrugged
    # off in pregnancy.
    "34 weeks and still sort of fit, squats ok?",
    "33 weeks, the coach keeps shouting eyes up on the deadlift",
    "36 weeks, slipped on the stairs and shook it off, baby kicking away",
    # Session 49: "faint" as a look; swelling gone down next day; a rowing stroke; a lifting
    # belt; a breath back in a minute; a GP's "no infection"; pregnancy checks all normal.
    "some faint pink marks are left where the stitches were",
    "the puffy ankles from the coach trip went down the next day with my legs up",
    "pulled an intercostal on the erg, it twinged mid stroke and only hurts where I press",
    "chest goes tight under the lifting belt and vanishes once I unclip it",
    "finishing a hard 10k I'm gulping air and can't speak for a minute, then my breathing calms "
    "down and I'm fine",
    "after my faint in June the cardiologist says it was a simple faint, every test clear",
    "the red streaky patch up my shin is kettlebell bruising, my GP said no infection and it's "
    "fading now",
    "30 weeks; had a bad headache on Monday, the maternity unit checked my BP and urine, all "
    "normal, and the headache has gone",
    # A new tattoo healing; a sprain's swelling nearly gone.
    "my new shin tattoo is slightly red along the border and sore like sunburn, healing fine so "
    "far",
    "went over on my ankle three weeks back and the minor injuries unit found no break. "
    "swelling's mostly gone now, doing my rehab",
    # Session 50: a workplace's heat; a summit's puffing sat out; a lip swollen from sparring; a
    # jab's dead arm; a faint taken back; a needle faint a GP called classic; dark urine pale
    # after water; cellulitis shrinking on antibiotics; a sprain's swelling nearly gone; heat
    # dizziness cooled and nothing since; a scan that found no clot; a chest sore from shouting; a
    # stroke of reading; nothing since, said in Pidgin.
    "the warehouse hit 41 degrees today, sweated buckets, drank loads and I feel great",
    "on our hill walk I got to the top out of breath and giggling, sitting on a rock now all good",
    "couldn't breathe for a full minute after the sled pushes haha then fine",
    "his lip is swollen from the sparring so his smile looks lopsided",
    "had my booster yesterday, a temp overnight, today back to normal, just a dead arm",
    "when the PT said burpees I literally collapsed (not really)",
    "fainted at a blood test at 15, my GP said it was a classic needle faint and nothing since",
    "pee was dark after the half marathon but I'd hardly drunk, downed a litre of water and now "
    "it's pale again, legs only normally sore",
    "the spreading redness round my graze is way smaller since the GP started antibiotics, no "
    "fever",
    "the swelling from my knee sprain three weeks ago has nearly gone and the physio says it's "
    "healing well",
    "got dizzy and queasy at the parkrun in the sun last week, the marshals cooled me down, fine "
    "within 20 minutes, no issues since",
    "the CT they did for my post-flight chest pain - no clot, it was a strained muscle from "
    "hauling the suitcase",
    "my chest hurts from all the screaming at the match",
    "lol not me having a stroke looking at the landlord's email",
    "got woozy in the sun at the fun run last month, first aiders cooled me, no wahala since",
    # Guards: the long walk's next-day soreness; flights with no clot ever; a runner's stitch.
    "walked 30km on the charity hike, calves sore walking around the next day, rest helps",
    "I've never had a clot and I fly long haul every month, which flight socks are best?",
    "I get a stitch beneath my ribs each fast run for weeks, sharp on a deep breath, goes when I "
    "walk",
    # Session 51: a near-faint at news; an arm floppy from press-ups; puffing like a fish in the
    # rests; a foot asleep from crossed legs; swelling gone after a birth; a shaving nick; a chest
    # sore only where a kettlebell hit; a scan that found no clot. Guard: no air con.
    "when the coach read out the times I nearly fainted, so chuffed",
    "arm went floppy after 200 press ups for the challenge, could barely hold my fork",
    "puffing like a beached fish in every rest of the circuit, fine a minute after",
    "my foot went pale and tingly from sitting with my legs crossed at the talk, after walking "
    "around its normal",
    "ten weeks after the birth my leg puffiness has finally gone and my ankles look normal again",
    "shaved over a vein above my ankle and it bled for 20 seconds, plaster on, just a nick",
    "chest sore only where the kettlebell hit me yesterday, breathing fine, no sweating, just "
    "tender to touch",
    "Went to the emergency department last week for chest pain, they did a CT for a clot, "
    "negative, it was a chest infection. On antibiotics and feeling good.",
    # A chest sore from crying; a hand blanched by gripping the rower; guard: a jab's fever gone.
    "my chest aches from all the crying lol",
    "on the rowing machine his hand went pale and numb from a death grip on the handle, a shake "
    "and it was pink again",
    "temperature and shivers after the flu jab on Tuesday, today totally fine",
    # Guard: "no air con" is no breathlessness (passes before the change too).
    "the gym has no air con and it's 31 degrees in the spin room today",
    # Session 52: a blur from sun cream in the eyes; a near-faint cooled under the air con; a
    # bled vein treated and healed; a boot rubbing a shin; fingers and a cheek whitened by the
    # mountain cold and warmed again.
    "on the bike my sight went blurry for a moment, sunscreen had dripped into both eyes",
    "felt a bit faint after the hot yoga class, sat under the air con and I'm completely fine now",
    "my varicose vein that bled two winters ago was treated with sclerotherapy, completely healed",
    "shin sore and red at the front where my new boot presses",
    "on the lift with my gloves off my fingers turned white and numb, tucked them in my "
    "armpits, pink again now",
    "my cheek went numb on one side riding the chairlift, couldn't feel it until we warmed up "
    "in the cafe",
    # Guards (pass before the change too): a grip's whitened hand, back within seconds; the
    # weather "was cold", which is still the cold's, not the limb's own.
    "up on the moor it was cold and both my hands went white and numb, warm and pink again now",
    "hand went white gripping the kettlebell handle, colour came back within a few seconds of "
    "letting go",
    # Session 53: a Scots "wee red" bump; tests and a workup that cleared last week's or last
    # month's scare; a boot's bruise; a first long hike; a rota and a penalty; a healing sprain;
    # the heat a GP named; a calf strain a scan found. Guards (pass before the change too): the
    # cleared chest pain, the penalty and the poolside heat.
    "wee red bump on my leg from a midge, itchy but fine",
    "a scary TIA-type episode last month, full workup back clear, neurologist says it was a "
    "migraine",
    "had a CTPA after chest pains last week, no clot, put down to a strained rib. ok to swim?",
    "following up the chest pain from last week. ECG, bloods and an exercise test all normal.",
    "calf sore where my mate caught a boot on it, bruise coming out, no swelling",
    "legs achy after the first long hike for ages, after a rest day they were fine",
    "honestly having a heart attack just looking at the new shift rota",
    "my heart stopped when the keeper saved that penalty",
    "ankle still a bit puffy two weeks after the sprain, physio says it's healing nicely",
    "feet swell standing all day on the hot humid poolside, GP said it's the heat",
    "calf swelled after the long coach ride, scan clear, a calf strain they said. back to "
    "training?",
    # Session 53, later: an arm slept on, told in Hinglish; DOMS in Pidgin ("now now" is "just
    # now", "dey pain small" a little sore).
    "so gayi arm pe, uthke arm dead tha, 1 min mein normal",
    "now now the coach said we go do burpees, my legs dey pain small from yesterday",
    # Session 54: a nick by a vein told as stopped with the vein normal; panting after repeats.
    "grazed my shin near a vein, bled a minute then stopped, plaster on, vein looks normal",
    "panting like mad after the 400 repeats, breathing settled within a minute",
    # Session 54, later: an arm-wrestling dead arm; a faint at a blood test, checked and back at
    # work.
    "arm's dead after arm wrestling at the pub, couldn't lift my pint 😂",
    "keeled over as the practice nurse took my bloods on Tuesday, she checked me over, back at "
    "work the day after",
    # Session 55: a blood vessel burst in the eye by a cough; a crush at the gym; tests that
    # cleared a chest pain or an angina scare; a faint at a blood donation, checked and teased.
    "coughing fit burst a blood vessel in my eye, bright red patch, sight fine, optician not "
    "worried",
    "heart thumping like mad when my crush waved at me across the gym lol",
    "had a CT last month in A&E for a sore chest after flying, no clot, the doctor said a muscle "
    "strain, long gone. back to climbing?",
    "got checked for angina two years ago, the angiogram was all clear, the cause was reflux. the "
    "cardiologist said train away, ran my best 10k this week",
    "my brother fainted giving blood last week, the nurse checked him over, he's fine, we still "
    "tease him",
    # Session 57: a breathing test at a hospital, not a stay; a nickname; shocks in patois; a
    # chest sore to press with nothing at rest; a coach who nags (a guard).
    "spirometry at the hospital was fine, the chest doctor says me getting breathless in spin is "
    "only my fitness",
    "our rowing coach is Angie, we call her angina cos she makes my chest tight every session haha",
    "that last minute winner, mi nearly have a stroke 😂",
    "mi nearly faint when mi look how much di new trainers cost",
    "mi chest sore when mi push on it after di flyes, nuh pain sitting down, nuh sweat",
    "my coach is at me to do more cardio and drink more water",
    # Session 58: figures of speech; a few hundred grams after a takeaway; a shave over a spider
    # vein; a clear doppler with a physio's plan; a sprint's burn walked off; a needle faint the
    # nurse knows of; red wine. The printer, the doppler, the sprint and the wine are guards: the
    # session's starting triage read them right too.
    "this printer is giving me angina, jammed again",
    "who else can't breathe after christmas dinner 😂 trousers undone",
    "heart failure, weighed as usual, up 0.3 kg after a takeaway, ankles normal, breathing fine",
    "caught my leg shaving over a spider vein, little bleed, stopped with a tissue",
    "doppler clear last week, it's a calf strain, physio has me on stretches. when can I run?",
    "calves on fire after the sprint intervals, fine again once I'd walked back to my bag",
    "blood test today, went lightheaded at the needle like every time and my nurse knows, fine "
    "after a lie down",
    "got sick after a big glass of red wine and it came up red, feel fine now",
    # Session 59: beetroot in Polish; a distance run, a sugar in range and a suit that fit; a
    # bruise going down; breath back within minutes after a named workout; a topic brought up at
    # home; a quarrel that left a sister not answering; a gym "worth checking out". The distance,
    # the sugar, the suit and the topic are guards: the session's starting triage read them right
    # too.
    "had buraczki at dinner and now my wee is pinkish, gave me a fright",
    "running 102 km this month, legs feel fine",
    "type 2, reading of 140 this morning after breakfast, all good",
    "a knee caught my thigh at hockey, big purple bruise, the pain is going down each day",
    "did my first hyrox, gasping at the finish, after 3 minutes I was completely fine",
    "the suit had fit fine at the wedding last year",
    "I keep bringing it up with my wife every time she skips leg day",
    "my sister and I fell out at new year and she's still not answering me",
    "got asthma, is that new boxing gym worth checking out?",
    # Session 56: heartbreak over a match with the chest said fine; awe at a view, easy at rest;
    # a CT for a chest pain that checked for a clot and found a strained muscle; a crush's texts;
    # a faint giving blood that the nurse said happens a lot.
    "my heart is broken, we got knocked out of the cup. chest is fine, only my pride hurting",
    "the view off the ridge took my breath away. the climb had me puffing but I was easy at rest "
    "once up there",
    "A&E did a CT for my chest pain after the long haul home, they tested for a clot and it came "
    "back clear, a strained rib muscle they said. back to the gym?",
    "my heart races whenever he texts me lol. anyway what pace should zone 2 be?",
    "fainted giving blood on Saturday, the nurse told me it happens loads, I was fine after a "
    "biscuit and have trained since",
]


def level_of(message: str) -> Level | None:
    """The level triage gives `message`, or None when it finds nothing."""
    result = triage.check(message)
    return result.level if result else None


@pytest.mark.parametrize(("message", "category", "level"), WARNING_SIGNS + EVERY_CATEGORY)
def test_warning_sign_is_caught_at_its_level(
    message: str, category: Category, level: Level
) -> None:
    result = triage.check(message)
    assert result is not None, f"missed: {message!r}"
    assert category in result.categories, result
    assert result.level is level, result


@pytest.mark.parametrize("message", NOT_URGENT + LOOK_ALIKES)
def test_everyday_message_does_not_trip_triage(message: str) -> None:
    result = triage.check(message)
    assert result is None or result.level is Level.INFO, f"false alarm on {message!r}: {result}"


@pytest.mark.parametrize(
    ("message", "set_aside"),
    [
        # Explained in the message itself: the bank is not asked to read the words again.
        ("mum keeps retelling the heatstroke episode of her favourite soap", True),
        ("dreamt my heart stopped on the treadmill, woke up fine", True),
        ("blood all down my leg, turned out to be red paint from the fence", True),
        ("grandad goes dizzy with pride at every parkrun", True),
        ("his face swelled up because he had two teeth out yesterday, dentist said it would", True),
        ("caught a cold. Runny nose and a scratchy throat, easy walk today", True),
        ("my laptop had a heart attack during the zoom call", True),
        # Session 56: a joke about an effort, and awe at a view.
        ("honestly allergic to lunges, I come out in a sweat just reading the plan", True),
        ("the sunrise over the loch took my breath away on the morning run", True),
        # Not these: the dream woke them, the cold came before the chest, the face has no cause.
        ("woke from a bad dream with crushing chest pain and sweating", False),
        ("got a cold last week and now my chest feels crushed and I'm sweating", False),
        ("his face is swollen on one side and drooping, no dentist visit", False),
    ],
)
def test_alarm_words_explained_in_the_message_are_set_aside(message: str, set_aside: bool) -> None:
    assert Message(message).set_aside is set_aside


def test_there_are_enough_cases() -> None:
    assert len(WARNING_SIGNS) >= 51
    assert len(NOT_URGENT) >= 25


def test_every_category_is_exercised_by_a_case() -> None:
    covered = {category for _, category, _ in WARNING_SIGNS + EVERY_CATEGORY}
    assert covered == set(Category)


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("what are the warning signs of a stroke?", STROKE),
        (
            "what sort of twinge is a heart attack warning sign and what sort is a pulled muscle?",
            CHEST,
        ),
        (
            "is feeling faint after heavy deadlifts a sign something's wrong, when should you "
            "actually worry",
            SYNCOPE,
        ),
        ("how do i know if leg pain is a blood clot", DVT),
        ("what does a heart attack feel like in women", CHEST),
        ("when should you call 999 for chest pain", CHEST),
        ("what should our club do if a member faints mid session?", SYNCOPE),
        ("is fainting while running ever dangerous", SYNCOPE),
        ("general question for our club newsletter: is fainting after a race serious", SYNCOPE),
        ("why is a stroke that goes away still an emergency? (not me, just asking)", STROKE),
        ("which symptoms mean a clot needs 999?", DVT),
        ("if a varicose vein ever burst, what should i do?", Category.BLEEDING_VEIN),
        ("do older people get different stroke symptoms, or are they the same?", STROKE),
        ("can a heart attack happen without chest pain? what to look out for", CHEST),
        (
            "how would a deaf person ring for help if they thought they were having a stroke?",
            STROKE,
        ),
        # Session 18: asked ahead of time.
        (
            "if a drooping face comes right within a couple of minutes, does one still need to "
            "phone anyone? asking in advance, nothing has happened",
            STROKE,
        ),
        (
            "if stroke signs clear up quickly, do I still need to ring someone? asking in advance",
            STROKE,
        ),
        ("does fainting at the sight of blood really happen to people, or only in films?", SYNCOPE),
        # Someone else's stroke told as how it began: its story, not a report.
        (
            "is sudden numbness ever serious at my age? my brother's stroke started with a numb "
            "hand",
            STROKE,
        ),
        # Session 19: "I have no symptoms" reports nothing.
        ("can a fit person get a clot from flying? I have no symptoms, just planning a trip", DVT),
        # Session 20.
        ("which heart attack signs should I be watching for in my spin class?", CHEST),
        ("wot do i look for if sumone is havin a stroke", STROKE),
        ("what's FAST again, the stroke one?", STROKE),
        # Session 21.
        ("does a TIA always show in the face or can it be just your speech?", STROKE),
        # Session 22: why it is asked, told as last year's, reports nothing now.
        (
            "when does chest pain go from 'pulled something' to 'call 999'? want to know for "
            "when I lead walks",
            CHEST,
        ),
        ("when am I supposed to dial 999 for chest pain rather than wait?", CHEST),
        ("can a clot cause pain without any swelling?", DVT),
        ("what's the best thing to do if someone faints in class?", SYNCOPE),
        (
            "when should fainting count as an emergency? someone in our club went down at an "
            "event last spring and nobody knew what to do",
            SYNCOPE,
        ),
        # First aid asked in general.
        (
            "how would you stop a bleeding varicose vein if you were on your own?",
            Category.BLEEDING_VEIN,
        ),
        # Session 28: asked by the kind, or as a reminder for a briefing.
        ("which sort of dizziness would worry you, and could any of it be a stroke?", STROKE),
        ("remind us of the stroke signs for the club's first aid board", STROKE),
        # Session 43: two kinds set side by side, and a threshold asked as "how many ... should
        # get us to phone".
        (
            "Collapsing past the finish versus collapsing mid-race: which kind is the one to be "
            "worried about?",
            SYNCOPE,
        ),
        (
            "How many kilos up should get us to phone the heart failure nurse?",
            Category.HF_WORSENING,
        ),
        # Session 46: a case put to the room and asked about; the wait asked after a dose of the
        # spray.
        ("say someone faints halfway through the spin class, should we lift their legs?", SYNCOPE),
        (
            "for our class plan: with angina pain, how long should you wait after the second "
            "spray before calling 999?",
            CHEST,
        ),
        # Session 47: how long a sign may go on, or first aid last, before the call; the warning
        # signs carers should check.
        (
            "for the first aid refresher: how long should chest pain last before someone dials "
            "999?",
            CHEST,
        ),
        (
            "if a swimmer's varicose vein bleeds on poolside, how long should we press on it "
            "before ringing for an ambulance?",
            Category.BLEEDING_VEIN,
        ),
        (
            "for the bump-fit class: what pre-eclampsia red flags should staff know by heart?",
            Category.PREECLAMPSIA,
        ),
        # Session 48: the drill or the first step asked for a case put as "if".
        (
            "what's the protocol if someone's varicose vein bursts during aqua aerobics?",
            Category.BLEEDING_VEIN,
        ),
        (
            "if a spectator says they've got chest pain, what's the first step for stewards?",
            CHEST,
        ),
        # Session 49: someone's talk about it is no report ("my nan keeps banging on about it").
        (
            "cheers. which signs of sepsis should I watch for, by the way? my nan keeps banging "
            "on about it",
            Category.SEPSIS,
        ),
        # Session 50: asked in a learner's word order, for teaching others.
        (
            "BE FAST means what exactly? want our swim coaches to know the stroke signs",
            STROKE,
        ),
        # Session 53: asked in Hinglish and in Pidgin.
        ("stroke ke signs kaise pehchaane? dadi lives with us", STROKE),
        ("wetin i suppose do if my uncle faint for church?", SYNCOPE),
        # Session 54: asked the way a deaf signer writes, short ("when 999?", "what look for?").
        ("club q: member fitting on the mat, what do? when 999?", OTHER),
        ("deaf walkers group ask: leg clot, calf hot and swollen, what look for?", DVT),
        ("coach q: member faint after sprints, legs up? when 999?", SYNCOPE),
        # Session 54, later: a learner's question with "do" left out, and a fear of what may come.
        (
            "what you do if a varicose vein start to bleed? scared it happen when gran is on her "
            "own",
            Category.BLEEDING_VEIN,
        ),
        ("what BE FAST mean for stroke? making a poster for the club", STROKE),
        # Session 52: asked as what something would mean.
        (
            "what would blocked arteries in someone's legs mean for a keen cyclist?",
            Category.LIMB_ISCHAEMIA,
        ),
        # Session 55: where a resting rate is too high, and when to have it checked.
        (
            "what resting pulse is too high for an adult? and when should a fluttery heartbeat be "
            "looked at?",
            RHYTHM,
        ),
        # Session 57: asked whether a sign is one to ring for.
        (
            "is a swollen calf after a long coach trip something you call 111 for?",
            DVT,
        ),
        # Session 58: asked when a sign needs an ambulance, or what makes one an emergency.
        (
            "a sudden cold white foot, when would it need an ambulance instead of the GP?",
            Category.LIMB_ISCHAEMIA,
        ),
        (
            "what signs make a swollen hot calf after a flight an emergency rather than a strain?",
            DVT,
        ),
        # Session 59: first aid asked, as "how to stop" or "what's the first aid", and "what to do"
        # after an "if" (the last is a guard).
        (
            "how to stop a vein bleeding if one of his varicose ones bursts? asking for my uncle",
            Category.BLEEDING_VEIN,
        ),
        (
            "what's the first aid when someone faints after a race?",
            SYNCOPE,
        ),
        (
            "if grandad's varicose vein bursts while he's out, what to do?",
            Category.BLEEDING_VEIN,
        ),
        # Session 56: which signs mean one thing and not another, and a learner's "how you know".
        (
            "which speech signs mean it might be a stroke rather than tiredness? writing a first "
            "aid card for our walking club",
            STROKE,
        ),
        (
            "how you know a calf ache is a clot and not a strain? we travel to tournaments by "
            "coach",
            DVT,
        ),
    ],
)
def test_a_question_about_signs_gets_information_not_call_now(
    question: str, category: Category
) -> None:
    result = triage.check(question)
    assert result is not None
    assert result.level is Level.INFO
    assert category in result.categories


@pytest.mark.parametrize(
    "message",
    [
        "my dad is having a heart attack at the gym, what do i do",
        "i think im having a stroke looking at my phone, my face feels numb on one side",
        "nearly passed out when i saw 210 on my watch sitting on the couch, still dizzy",
        "i have raynauds but this time my foot went white and cold and wont warm up, its numb",
        "passed out on the treadmill and now i cant sleep, heart still thumping",
        "fainted once at 10k into the race, came round on the road",
        # Asked as first aid, told as happening: a report.
        "how do you stop a varicose vein bleed, mine is spurting and pressing isn't working",
        # Session 12: the fiction, game and take-back look-alikes stay narrow.
        "watching the match on tv when crushing chest pain started and I'm sweating",
        "our striker went down in the game today and he's not responding",
        "playing rugby and the guy next to me collapsed and isn't breathing",
        "new PB on deadlift but then crushing chest pain for 10 min and I'm sweating",
        "my stroke rate dropped and my face is drooping on one side, words coming out wrong",
        # Session 13: a pressed limb explains the limb, never the face; a faint at the results
        # board is no joke about a price.
        "my mouth is drooping on the left and i cant lift my arm, i was sitting on it though",
        "fainted at the results board right after the race, came round on the grass",
        # A weakness left by an old stroke excuses nothing told as new beside it.
        "since his stroke his left side is weak, nothing new there, but today he slurs his words",
        # Session 22: a game's name, a breath hold and a writer's desk hide no one at the table.
        "at dnd tonight my chest got tight and my left arm went numb, still there",
        "the dungeon master collapsed at our table and isnt responding",
        "after the breathwork class I'm gasping and can't get my breath, it's been 15 minutes",
        # A denial that runs on is not a take-back; cold water explains numbness that passed.
        "fainted at the gym, I didn't eat breakfast",
        "my face went numb and droopy in the cold plunge and it's still like that an hour later",
        # Session 32: a price, a clip, the news or a ref's decision beside a real report.
        "paid the bill and my dad actually collapsed at the till, he's not responding",
        "the coach showed a video of his brother collapsing on the pitch, he's still not come "
        "round",
        "saw on the news a runner collapsed, and now my own chest is crushing and I'm sweating",
        "watched highlights of the tour where a rider crashed, my chest is tight and sore since "
        "this morning",
        "he must have had a stroke to collapse like that, his face is drooping",
        "we were watching the match on tv when my dad collapsed and isn't responding",
        # A near-faint "at" a place, with a fee told after it, is not a shock at a price.
        "almost passed out at the pool, paid the swim fee and I'm still dizzy",
        # Session 33: a faint faked for a laugh that turned real.
        "he faked a faint for a laugh at first but now he won't wake up and he's lying on the "
        "floor not responding",
        # Session 35: gasping on a run never explains slurred words or a face dropped with it.
        "on our jog my dad was gasping, then he couldn't talk and his words came out slurred",
        "after the spin class she couldn't speak and half her face had dropped, still breathing "
        "hard",
        "couldn't breathe after the workout, gasping on the floor, was fine after lunch yesterday "
        "but now it's back and getting worse",
        # A seizure "about" ten minutes ago is a time, not a feeling.
        "she had a seizure about ten minutes ago on the gym floor and is still drowsy",
        # Laughter never explains breath still short now, with the lips gone blue.
        "laughing so much at the party and now she still can't breathe and her lips have gone blue",
        # Session 36: breath "still" short the morning after a flight is no PE months back.
        "got off the plane from perth yesterday, I'm still breathless this morning",
        # Read by the rules alone, not only with the model: a foot gone cold against the other
        # within the hour; breath fought for; a thinner's bleed with the colour gone; heat with
        # the same question asked again; pre-eclampsia's signs with odd behaviour.
        "an hour ago, just watching telly, my left foot started hurting like mad; it's colder than "
        "the right one now and I can't really feel the toes",
        "he's sat upright fighting for every breath with a crackly sound when he breathes",
        "on apixaban, scraped her shin on the step, there's blood all through the sock, and she's "
        "gone white and wants a lie down",
        "dad's been digging since noon in the heat, no sweat on him now, skin dry and burning, and "
        "he keeps asking me the same stuff",
        "36 weeks, flashing lights and a pounding headache, being sick and acting odd",
        "on warfarin, the vein on her ankle keeps pumping out again each time she lifts the towel "
        "and she feels faint",
        # A first fit told by how long it has gone on, on the floor.
        "my sister went down by the fridge, shaking all over, five minutes so far, she's never had "
        "a fit",
        # Session 50's chest sore from shouting: only when nothing follows it.
        "my chest is hurting from all the cheering and now I feel sick and I'm sweating buckets",
        # A jab excuses a "dead arm", never an arm told useless.
        "had my flu jab an hour ago and now my right arm is useless",
        # Teaching a class is no reason to read a report as a question.
        "I'm teaching my spin class and my chest is tight and I'm sweating, what are the symptoms "
        "of a heart attack?",
    ],
)
def test_a_look_alike_rule_never_hides_a_real_report(message: str) -> None:
    assert level_of(message) is EMERGENCY


def test_a_sprain_throbbing_with_the_pulse_is_no_bleed() -> None:
    """Only blood spurts or pulses "out" with the heartbeat; a sprain that throbs with it is read
    as the leg it is, not as an artery bleeding."""
    assert level_of("my sprained ankle is throbbing and pulsing with every heartbeat") is SAME_DAY
    assert level_of("the cut on his palm is pumping out blood with every heartbeat") is EMERGENCY


def test_the_session_13_look_alike_readings_stay_narrow() -> None:
    """An animal's deed sets aside only a sentence with no person in it, and "it was three weeks
    ago" dates the sentence before only when it says nothing more."""
    assert level_of("the dog barked and I collapsed on the path, still dizzy") is SAME_DAY
    assert (
        level_of("my calf is swollen and hot. It was 3 weeks ago it started and its getting worse")
        is SAME_DAY
    )
    assert (
        level_of("one keeled over stiff when the tractor started, then it bleated and ate my hat")
        is None
    )


def test_the_session_17_rules_stay_narrow() -> None:
    """A baby's movements are not bowel movements, and a training week's count is not how often
    the nose bleeds."""
    assert level_of("30 weeks pregnant and no bowel movements since Sunday, any tips?") is None
    assert level_of("had a nosebleed at the gym, it stopped, I train 4 times a week") is None
    assert level_of("my nosebleeds come three times a week lately") is SEE_GP
    # Guidance taught to a group is set aside; a session's plan and a nurse's advice are not.
    assert (
        level_of("leg session was all about squats, then my chest went tight and I felt sick")
        is EMERGENCY
    )
    assert level_of("the 111 nurse said chest pain with my sweating means call 999") is EMERGENCY
    # An old stroke's deficit "ever since" is set aside; a sign told as now is not.
    assert (
        level_of("stroke in 2015, left hand weak ever since, now my words are coming out wrong")
        is EMERGENCY
    )


def test_a_harmless_cause_excuses_a_racing_heart_only_while_it_settles() -> None:
    assert (
        level_of("heart racing at rest after my pre-workout and it still won't slow down")
        is SAME_DAY
    )
    assert level_of("my heart was racing watching the final last night, what a game") is None
    # Settling before, or after a cold swim, excuses nothing while it still races.
    assert (
        level_of(
            "after my sea swim my heart is racing and won't slow down, 40 minutes now. it was "
            "back to normal in a minute after last week's dip"
        )
        is SAME_DAY
    )


def test_a_sentence_after_a_sign_takes_it_back_only_when_it_says_so_whole() -> None:
    """ "Not medically." takes the sentence before back; "Not really painful though" doesn't."""
    assert (
        level_of("my left calf is swollen and warm since the flight. not really painful though.")
        is SAME_DAY
    )
    assert level_of("i passed out when the quiz answer came up. not literally.") is None


def test_can_x_cause_a_sign_still_gets_care_advice() -> None:
    """ "Can running cause pain in my chest?" is as often a report as a question: it keeps its care
    reply rather than losing "call now" to a question-about-signs reading."""
    level = level_of("can running cause a pain in the middle of my chest")
    assert level is not None
    assert level >= SEE_GP


def test_why_a_question_is_asked_is_no_report_unless_it_is_happening_now() -> None:
    """The reason a question is asked ("asking because my aunt has an irregular heartbeat"), a
    condition someone has, reports nothing; told as happening now, it is a report."""
    asked = "what does it mean when an arm goes white and cold all at once? asking because my "
    assert level_of(asked + "aunt has an irregular heartbeat") is Level.INFO
    assert level_of(asked + "aunt's arm went white, cold and numb ten minutes ago") is EMERGENCY
    # An event or a symptom given as the reason is a report, however long ago.
    why = "which signs point to heart trouble? asking because my "
    assert level_of(why + "uncle collapsed on the rowing machine on saturday") is EMERGENCY
    assert level_of(why + "sister has a hot swollen calf") is SAME_DAY


def test_reading_about_a_sign_does_not_make_a_report_a_question() -> None:
    level = level_of(
        "i read about clots online, what are the signs? my left calf is swollen and hot since "
        "my flight"
    )
    assert level is SAME_DAY


def test_a_report_beside_a_question_about_signs_is_still_a_report() -> None:
    assert (
        level_of("what does a clot feel like? my left calf is swollen and hot right now")
        is SAME_DAY
    )
    # Someone named by who they are at the scene: "what do they do?" asks what to do now.
    assert (
        level_of(
            "at the cricket one of the older blokes has collapsed holding his chest, grey and "
            "dripping sweat, what do they do?"
        )
        is EMERGENCY
    )
    # A match on television is no scene: the question stays a question.
    asked = triage.check("that player went down clutching his chest on tv, what are the signs?")
    assert asked is not None
    assert asked.level is Level.INFO


def test_negation_is_judged_per_mention() -> None:
    assert triage.check("no chest pain, just tired legs") is None
    assert (
        level_of("no chest pain but my left arm is heavy and im sweating and feel sick")
        is EMERGENCY
    )
    # "Not better" denies an easing, never the sign after it (the comma is gone by then).
    assert level_of("my calf is not better, warm and tight after the flight") is SAME_DAY


def test_a_negation_that_says_which_side_denies_only_that_side() -> None:
    # "not both" denies that both calves are swollen, not that one is.
    assert level_of("only the left calf, not both, has puffed up since friday, no pain") is SAME_DAY
    assert triage.check("no swelling in either calf, just tight after raises") is None


def test_a_comparison_with_last_year_is_about_now() -> None:
    # "Last year" alone marks a past event; "worse than last year" describes the present.
    assert triage.check("my ankles swelled on a long flight last year") is None
    assert (
        level_of("my legs puff up by the end of every night shift and its worse than last year")
        is SEE_GP
    )


def test_a_past_resolved_event_does_not_count_but_a_new_one_does() -> None:
    assert triage.check("i had a clot in my calf three years ago and was fully treated") is None
    assert (
        level_of(
            "i had a clot three years ago. now my other calf is swollen and red since yesterday"
        )
        is SAME_DAY
    )


def test_a_third_person_report_counts() -> None:
    assert level_of("my grandad is pale and sweaty and says his chest feels tight") is EMERGENCY


def test_heart_attack_named_as_a_worry_about_risk_is_not_an_emergency() -> None:
    assert triage.check("does heavy lifting raise the risk of a heart attack later") is None
    assert level_of("i think im having a heart attack") is EMERGENCY


def test_an_emergency_hides_the_same_day_reading_of_the_same_message() -> None:
    result = triage.check("I fainted on my run and my calf is swollen and red")
    assert result is not None
    assert result.level is EMERGENCY
    assert DVT not in result.categories


@pytest.mark.parametrize(
    "word",
    ["right", "night", "slight", "sweating", "couch", "paint", "chess", "cafe", "vane", "blud"],
)
def test_the_corrector_never_rewrites_a_real_english_word(word: str) -> None:
    assert correct(word) == word


@pytest.mark.parametrize(
    ("typo", "meant"),
    [
        ("chset", "chest"),
        ("swolen", "swollen"),
        ("pian", "pain"),
        ("brething", "breathing"),
        # Spelt as heard, and a dropped final "g" (session 20).
        ("hevy", "heavy"),
        ("hedded", "headed"),
        ("munths", "months"),
        ("wakin", "waking"),
    ],
)
def test_the_corrector_fixes_misspelt_rule_words(typo: str, meant: str) -> None:
    assert correct(typo) == meant


# English words the glossary already held, each rare outside a set phrase ("carte blanche") and
# none a word a rule reads, so putting them into English changes no reading.
_ENGLISH_WORDS_THE_GLOSSARY_KEEPS = {
    "blanche",
    "canna",
    "cannae",
    "dolor",
    "enceinte",
    "frissons",
}


def test_the_glossary_of_other_languages_adds_no_english_word() -> None:
    """A one-word entry that is also English would rewrite members' English; new entries
    ("sakit", "ugat", "sangre") must not be."""
    english = english_words()
    single = {key for key in GLOSSARY if " " not in key}
    assert {key for key in single if key in english} == _ENGLISH_WORDS_THE_GLOSSARY_KEEPS


@pytest.mark.parametrize(
    ("message", "reading"),
    [
        # Hindi and Urdu, and Nigerian Pidgin.
        ("nani ki saans nahi aa rahi, chehra neela", "nani ki cant breathe face blue"),
        ("the pain no gree go and e dey worse", "the pain wont go away and it is getting worse"),
        # "Theek nahi" (not well) is read whole, never as "fine".
        ("nani theek nahi hai", "nani unwell hai"),
        # "Pair" is a leg only beside a Hindi word; the English "pair" stays.
        ("dada ka left pair thanda hai", "dada left leg cold hai"),
        ("bought the right pair of spikes", "bought the right pair of spikes"),
        # Polish, its "ł" read as "l" as its accents are dropped.
        ("ojciec had a zawał at 50", "ojciec had a heart attack at 50"),
        # Tagalog and Spanish.
        ("sobrang sakit ng ulo ni lola since kagabi", "severe headache ni lola since last night"),
        ("el dolor no se quita and he is sudando", "el pain wont go away and he is sweating"),
        # "Manas" (swelling) is also English, so it is read only inside a phrase; alone it stays.
        ("my lolo's manas is worse", "my lolos manas is worse"),
    ],
)
def test_words_of_other_languages_are_read_in_english(message: str, reading: str) -> None:
    assert Message(message).sentences == [reading]


def test_a_chat_word_that_only_sounds_like_a_rule_word_is_left_alone() -> None:
    # "plss" (please) shares "pills"'s Metaphone key, but a short word two letters out is read as
    # a rule word only if it starts and ends as that word does ("sweld" is "swelled").
    assert correct("plss") == "plss"
    assert correct("sweld") == "swelled"


def test_a_message_with_no_word_near_a_rule_word_never_loads_the_word_list() -> None:
    # A fresh interpreter: this process's corrector has loaded the list already. Loading it costs
    # about 0.2 s, which a start-up answering such a question should not pay.
    probe = (
        "from bot.questions.triage import Triage\n"
        "from bot.questions.triage.spelling import english_words\n"
        "Triage().check('how do calf raises help circulation in older walkers')\n"
        "print(english_words.cache_info().currsize)\n"
        "Triage().check('my calf is swolen after the flight')\n"
        "print(english_words.cache_info().currsize)\n"
    )
    shown = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=REPO
    ).stdout.split()
    assert shown == ["0", "1"]


def test_real_words_near_rule_words_do_not_raise_alarms() -> None:
    # Before the word list, "right" became "tight" and "slight" became "flight".
    assert triage.check("my right calf feels slightly stiff after a long walk") is None


def test_every_category_has_a_guide_that_cites_a_source_with_a_link() -> None:
    assert set(GUIDES) == set(Category)
    for guide in GUIDES.values():
        assert guide.sources
        assert all(s.link.startswith("https://") for s in guide.sources)


def test_each_sign_with_no_category_of_its_own_names_itself_and_cites_its_own_page() -> None:
    # Keyed by the rule that reads the sign, in that rule's category: mostly signs of no
    # category (OTHER), and a few a category's guide would misname (a foot colder than the
    # other is not "leg pain when walking").
    category_of = {rule.__name__: category for category, rule in RULES}
    assert set(SITUATION_GUIDES) <= set(category_of)
    for name, guide in SITUATION_GUIDES.items():
        assert guide.category is category_of[name]
        assert guide.sources
        assert guide.name != GUIDES[guide.category].name
        for source in guide.sources:
            # A page, never a site's home page.
            address = urlsplit(source.link)
            assert address.scheme in ("http", "https")
            assert address.path.strip("/")


@pytest.mark.parametrize(
    ("message", "named", "cited"),
    [
        ("the whites of my eyes have gone yellow since the weekend", "jaundice", "jaundice"),
        (
            "nosebleed for 25 minutes and it won't stop, feeling a bit faint",
            "nosebleed",
            "nosebleed",
        ),
        (
            "my dialysis fistula is bleeding and pressing on it isn't stopping it",
            "dialysis",
            "kidneycareuk.org",
        ),
        ("on clozapine and my throat is raw since last night", "clozapine", "lpft.nhs.uk"),
        # Diabetes's signs name the readings and cite the NHS's DKA page, not "a symptom".
        (
            "type 1 here, been sick since lunch and my breath smells like acetone",
            "ketones",
            "diabetic-ketoacidosis",
        ),
        ("insulin user, my hypos keep coming this week", "blood sugar", "hypoglycaemia"),
        (
            "a molar has been aching for days, my gum and cheek are swollen and I've a high temp",
            "dental abscess",
            "dental-abscess",
        ),
    ],
)
def test_a_reply_to_a_sign_with_no_category_names_that_sign_and_its_source(
    message: str, named: str, cited: str
) -> None:
    result = triage.check(message)
    assert result is not None
    assert result.category is OTHER
    assert any(named in guide.name for guide in result.guides)
    assert any(cited in source.link for source in result.sources)
    assert not any("chest-pain" in source.link for source in result.sources)


def test_a_foot_colder_than_the_other_is_named_as_poor_blood_flow_not_walking_pain() -> None:
    result = triage.check("my left foot has been paler than the right for a few months now")
    assert result is not None
    assert result.level is Level.SEE_GP
    assert result.category is Category.CLAUDICATION
    assert [guide.name for guide in result.guides] == ["signs of poor blood flow to a foot"]
    links = [source.link for source in result.sources]
    assert any("peripheral-arterial-disease" in link for link in links)
    assert any("diabetesframe.org" in link for link in links)


def test_low_mood_is_read_of_a_person_never_of_a_thing() -> None:
    low_mood = "low mood that has lasted two weeks or more"
    # Numb feet, a swelling gone down and low iron are other signs, or none.
    for message in (
        "my feet have been numb for weeks",
        "the swelling has been down for two weeks now",
        "my iron has been low for months",
    ):
        result = triage.check(message)
        assert result is None or low_mood not in [guide.name for guide in result.guides]
    result = triage.check("been so low for weeks, not sleeping")
    assert result is not None
    assert [guide.name for guide in result.guides] == [low_mood]


def test_asking_whether_a_feeling_of_ones_own_is_normal_is_read_as_a_report() -> None:
    # Asked about a feeling the writer has: the rules judge it, rather than the info reply.
    result = triage.check("is it normal for your chest to tighten up on a hill run?")
    assert result is not None
    assert result.level.urgent, result
    # Asking where the line is, with nothing reported, stays a question about signs.
    asked = triage.check("how breathless is it ok to get on a tempo run, and when is it a worry?")
    assert asked is not None
    assert asked.level is Level.INFO, asked


def test_spoken_punctuation_splits_sentences_only_when_it_is_dictation() -> None:
    dictated = "my calf hurts comma it is hot full stop started today"
    assert dictated_punctuation(dictated) == "my calf hurts, it is hot. started today"
    # "Comma" alone is how "coma" gets misspelt: left as it is.
    assert dictated_punctuation("he has been in a comma since the crash") == (
        "he has been in a comma since the crash"
    )


@pytest.mark.parametrize(
    ("message", "settling"),
    [
        ("quads stiff after the relay, loosening up as the day goes on, nothing else", True),
        ("hamstrings sore from saturday's match, my wee has been clear all along", True),
        ("shoulders achy from painting the hall, better once I've warmed up", True),
        # A sign of damage beside the easing keeps the model free to raise it.
        ("thighs sore after the relay and easing, but my wee is like strong tea today", False),
        ("quads sore and easing off, though my legs feel weak on the stairs", False),
        ("calves sore from the hill race, getting worse not better, swollen too", False),
        ("calves sore from the hill race and not easing at all", False),
        ("calves sore from the hill race", False),
        # After a blow, swelling can build for days under the skin (compartment syndrome).
        ("got kneed in the calf at netball, sore but easing a bit since last night", False),
        # An ache that comes with walking and eases with rest is claudication's.
        ("calves achy halfway round the park loop, they settle whenever I pause", False),
        # Urine coloured by a medicine or a food that does it, with nothing else (NHS, senna).
        ("on senna since Friday for constipation and my pee's gone a reddish brown", True),
        ("had beetroot soup twice yesterday, wee looks pinkish red today, otherwise fine", True),
        ("on senna this week, pee is brown and both thighs swollen and weak", False),
    ],
)
def test_soreness_said_to_be_settling_is_told_apart(message: str, settling: bool) -> None:
    reading = triage.Triage().rules(message)
    assert reading.kept_from_today is settling
    if settling:
        assert reading.result is None


@pytest.mark.parametrize(
    ("message", "usual"),
    [
        (
            "always been puffed climbing the steep road to the reservoir, settles within a minute",
            True,
        ),
        ("I've puffed on the stairs all my life, fine again a minute later", True),
        # Told as new, worse, or with something beside it: not how it always has been.
        (
            "always puffed on hills, but lately it's getting worse, back to normal in a minute",
            False,
        ),
        ("for years I've puffed on the hill, fine a minute later, but my chest hurt today", False),
        ("puffed on the hill today, breath back within a minute", False),
    ],
)
def test_puffing_always_had_is_told_apart(message: str, usual: bool) -> None:
    assert puffed_as_always(Message(message)) is usual


@pytest.mark.parametrize(
    ("message", "harmless"),
    [
        (
            "after dips my chest hurts if I press that bony bit, nothing else going on",
            True,
        ),
        (
            "a quick stabbing pain in my chest, left side, for 3 seconds while slouched on the "
            "bus, then gone",
            True,
        ),
        # With the heart's companions, a spread, breathlessness, or for weeks: not settled.
        ("chest tender to press but now I'm clammy and the ache spreads to my left arm", False),
        ("ribs in my chest sore to poke and I'm short of breath since the tackle", False),
        ("for weeks my chest has been tender if I poke it, keeps coming back", False),
        # Session 50: the chest trained and its ache called DOMS; not with a spread and sweat.
        ("chest day on Monday, today my chest is aching badly, proper DOMS", True),
        (
            "chest day yesterday, thought it was DOMS, but now the chest ache spreads to my jaw "
            "and I'm sweaty",
            False,
        ),
    ],
)
def test_a_chest_wall_pain_with_nothing_beside_it_is_told_apart(
    message: str, harmless: bool
) -> None:
    assert chest_wall_told(Message(message)) is harmless


@pytest.mark.parametrize(
    ("message", "harmless"),
    [
        ("had my covid jab Tuesday, shivery that night, back to normal today", True),
        ("flu jab two days ago, the temperature is going down already", True),
        # A spreading redness or a sign of sepsis beside it: not the common reaction.
        ("flu jab yesterday, feeling a bit better but the redness on my arm is spreading", False),
        ("booster on Monday, aches settling but now she's confused and breathing very fast", False),
    ],
)
def test_a_jabs_usual_reaction_already_easing_is_told_apart(message: str, harmless: bool) -> None:
    assert jab_reaction_easing(Message(message)) is harmless


@pytest.mark.parametrize(
    ("message", "harmless"),
    [
        # Session 56: early pregnancy's sickness with food and drink kept down, which the bank
        # read as pre-eclampsia; not sickness that keeps nothing down, nor late in pregnancy.
        (
            "11 weeks pregnant and queasy most mornings, still eating and drinking fine. ok to "
            "swim?",
            True,
        ),
        ("first trimester, sick after breakfast most days but keeping fluids down", True),
        ("8 weeks pregnant, throwing up all day and can't keep water down", False),
        ("34 weeks pregnant, sick this morning, still eating and drinking ok", False),
        (
            "10 weeks pregnant, sick in the mornings, eating ok, some cramping and bleeding today",
            False,
        ),
    ],
)
def test_early_pregnancy_sickness_with_food_kept_down_is_told_apart(
    message: str, harmless: bool
) -> None:
    assert early_pregnancy_sickness(Message(message)) is harmless


@pytest.mark.parametrize(
    ("message", "harmless"),
    [
        # Session 57: both arms spent on a day given to them, which the bank read as a stroke;
        # not one arm, nor arms weak with no session to explain them.
        ("arms like noodles after bicep day, can barely lift my cup, both of them just burn", True),
        ("100 push ups for charity and my arms are dead, can't raise them over my head lol", True),
        ("left arm went weak after arm day and it's still weak an hour later", False),
        ("arms are weak and heavy today and I haven't trained at all", False),
    ],
)
def test_both_arms_spent_on_training_are_told_apart(message: str, harmless: bool) -> None:
    assert arms_spent_on_training(Message(message)) is harmless


@pytest.mark.parametrize(
    ("message", "harmless"),
    [
        ("got up off the leg press and things went grey for a second, didn't fall, all good", True),
        # Fallen, or with a racing heart: not the dip on rising.
        ("got up off the leg press, went grey for a second and hit the floor", False),
        (
            "stood up from deadlifts, went grey for a second, didn't fall, and my heart's been "
            "racing ever since",
            False,
        ),
    ],
)
def test_a_grey_out_of_a_second_on_standing_is_told_apart(message: str, harmless: bool) -> None:
    assert greyed_out_on_standing(Message(message)) is harmless


@pytest.mark.parametrize(
    ("message", "harmless"),
    [
        # Session 47: hot, cooled and well within minutes (NHS, heat exhaustion).
        ("went a bit hot on the hill run, a drink under a tree and fine in 15", True),
        (
            "the sports hall was baking, grandad sat down with a squash and was himself again in "
            "5 min",
            True,
        ),
        # Session 53: told by what they are back to doing.
        (
            "our lad went red and headachy in the heat at the gala, shade and squash and 15 "
            "minutes later he was back diving",
            True,
        ),
        # Something stayed, or no heat at all.
        ("got hot on the run, cooled down and fine in 10 but now my pee is dark", False),
        ("dizzy after the sprint finish, fine in 10 minutes", False),
    ],
)
def test_a_spell_of_heat_cooled_and_well_within_minutes_is_told_apart(
    message: str, harmless: bool
) -> None:
    assert cooled_and_well(Message(message)) is harmless


@pytest.mark.parametrize(
    ("message", "harmless"),
    [
        (
            "thumped my head on the shed doorframe, no headache, not sick, just embarrassed",
            True,
        ),
        ("bonked my head on the hanging rings, didn't black out, not dizzy", True),
        # One warning sign told, a blood thinner, or one denial only: not settled.
        ("smacked my head against the j-hooks, no headache but sick twice this evening", False),
        ("hit my head on the cupboard, no headache, not dizzy, I take apixaban", False),
        ("cracked my head on the car door, no headache", False),
    ],
)
def test_a_head_knock_with_its_warning_signs_denied_is_told_apart(
    message: str, harmless: bool
) -> None:
    assert knock_told_harmless(Message(message)) is harmless


@pytest.mark.parametrize(
    ("message", "cleared"),
    [
        (
            "those fluttery spells in spring: turned out it was my thyroid, treated, none since",
            True,
        ),
        (
            "echo and treadmill test last winter, all clear, so what zone 2 pace should I aim for?",
            True,
        ),
        # Session 47: the verdict told in the sentence that names what was tested.
        ("nurse did bloods and an ECG for the chest twinge, all normal, a pulled muscle", True),
        # Something changed since, or a sign told as now, is not what the tests saw.
        ("angiogram all clear last year but the pain is back and worse on hills", False),
        (
            "his CT for the chest pain found no clot but now he is breathless on the stairs",
            False,
        ),
        ("my chest pain turned out to be reflux, yet I'm short of breath walking today", False),
        ("had the full work up and they still don't know what it is", False),
    ],
)
def test_signs_tests_have_cleared_are_told_apart(message: str, cleared: bool) -> None:
    assert Message(message).cleared is cleared


@pytest.mark.parametrize(
    ("message", "cleared"),
    [
        # The cause named as the complaint's, and a black eye with the sight told fine.
        ("had a scare last year, turned out the breathlessness was anaemia, iron fixed it", True),
        ("took a knee to the face at judo, black eye coming up, vision is perfect", True),
        # Blood coughed or spat after a nosebleed is the nose's (NHS, coughing up blood).
        ("spat out some blood in the night after a bad nosebleed, breathing's normal", True),
        ("black eye from sparring, vision perfect, but now I'm seeing double", False),
        ("turned out my breathlessness was anaemia but it's worse again this week", False),
    ],
)
def test_a_cause_found_or_a_black_eye_seeing_fine_is_cleared(message: str, cleared: bool) -> None:
    assert Message(message).cleared is cleared


@pytest.mark.parametrize(
    ("message", "reassured"),
    [
        (
            "asthma review last month said it's well controlled, two puffs before netball and fine",
            True,
        ),
        (
            "HF nurse adjusted my water tablet and the ankle swelling has gone right down",
            True,
        ),
        ("GP scanned the lump behind my knee and said it's a harmless cyst", True),
        # Something told as worse since is not what the review saw.
        ("review said my asthma is well controlled but this week I'm wheezing at rest", False),
        (
            "nurse upped my water tablet, the swelling went down, but I'm 2kg up since Friday",
            False,
        ),
        # Session 50: treated and healed, or signed off; not once it is red again.
        (
            "the vein that bled in the summer was treated by the vascular team and has healed fine",
            True,
        ),
        ("dad's leg ulcer got antibiotics and healed up, the nurse signed it off", True),
        ("the ulcer was treated and healed fine but now it's red and weeping again", False),
    ],
)
def test_a_review_that_found_it_controlled_or_better_reassures(
    message: str, reassured: bool
) -> None:
    assert Message(message).reassured is reassured


@pytest.mark.parametrize(
    ("message", "reassured"),
    [
        # Session 46: a review's verdict said bare, by nurses or of a clinic's heart test, and a
        # heart failure review's weight told steady. The bank is then not asked to overrule it.
        ("fainted at my blood donation on Friday, the nurses said totally normal", True),
        ("24 hour holter came back with benign extra beats, cardiologist said carry on", True),
        ("mum's heart failure clinic was on Monday, weight stable, nurse pleased", True),
        # Session 56: weighed at the clinic and all of it steady.
        (
            "dad's heart failure check-up this week, they weighed him and looked at his legs, all "
            "steady",
            True,
        ),
        ("the HF nurse checked him over last week, weight steady, ankles fine", True),
        (
            "midwife rechecked my BP and urine, all normal, the swelling was from the hot train",
            True,
        ),
        ("the physio signed me off after the hamstring tear, back to full training", True),
        # Session 48: the nurse pleased, said bare before the question it leads to.
        ("heart failure for years, HF nurse happy. ok to try the couch to 5k?", True),
        # Session 53: the chest listened to and told clear; and a sprain told healing.
        ("coughing and wheezy since the cold, nurse had a listen and says my chest is clear", True),
        ("ankle still a bit puffy from the sprain, the physio reckons it's healing well", True),
        # Session 59: the relative named at the check, and a review's "doing well"; not the same
        # said beside a question for the nurse.
        (
            "the heart failure nurse checked my mum on Monday, weight stable, no swelling, what "
            "exercise can she try?",
            True,
        ),
        ("his HF nurse said at the six monthly review he's doing really well", True),
        ("heart nurse says I'm doing well, what should I ask her before the holiday?", False),
        # A watch takes an ECG too; and what is new since still unsettles it.
        ("my watch ECG always says normal but the chest ache on hills is getting worse", False),
        (
            "HF clinic on Monday, weight stable, but since last night he's breathless lying flat",
            False,
        ),
        # A specialist's discharge hands the care back to the GP: no verdict on a complaint.
        (
            "cardiologist discharged me after the stents, want to check with the GP about HIIT",
            False,
        ),
    ],
)
def test_a_verdict_said_bare_or_a_steady_weight_reassures(message: str, reassured: bool) -> None:
    assert Message(message).reassured is reassured
