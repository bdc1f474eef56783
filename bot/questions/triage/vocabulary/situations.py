"""Words for signs that belong to a situation rather than to one organ: after a dive, a burn, a
blood thinner, sickle cell, an endurance event, a stomach upset in the heat, a joint out, after a
birth or a stay in hospital, a statin, a blood test."""

from __future__ import annotations

from bot.questions.triage.text import words

# Decompression illness (DAN, BSAC): after a dive, signs of the nerves or lungs need oxygen and a
# chamber now; joint pain or a skin rash alone, a doctor who knows diving today.
DIVED = words(r"dives?|dived|diving|scuba|snorkel\w* (?:dive|dives)|(?:a |the )?deep dive")
DIVE_NERVES = words(
    r"(?:legs?|arms?|feet|hands?|body)(?: \w+){0,3} (?:tingl\w*|numb\w*|weak|heavy|dead)",
    r"(?:tingl\w*|numb\w*|pins and needles|weak\w*) (?:in|down) (?:my |both |his |her )?"
    r"(?:legs?|arms?|feet|hands?)",
    r"(?:room|everything|head) (?:is |keeps )?spinning|vertigo|(?:cant|cannot) (?:stand|walk)",
    r"confus\w*|slurr\w*|(?:cant|cannot|struggling to) (?:breathe|catch my breath)",
    r"paralys\w*|(?:cant|cannot) (?:move|feel) (?:my )?(?:legs?|arms?)",
)
DIVE_SKIN_JOINTS = words(
    r"(?:shoulder|elbow|knee|hip|wrist|joint|joints)(?: \w+){0,3} (?:ache|aches|aching|pain\w*|"
    r"hurt\w*)",
    r"(?:ache|aches|aching|pain)(?: \w+){0,4} (?:shoulder|elbow|knee|hip|wrist|joint|joints)",
    r"(?:blotchy|mottled|marbled)(?: \w+){0,2} (?:rash|skin)|(?:rash|skin)(?: \w+){0,3} (?:itchy|"
    r"blotchy|mottled|marbled)",
)


# NHS (burns and scalds): A&E for a burn larger than the injured person's hand, or one that
# leaves the skin white, charred or leathery. Sunburn and the "burn" of a hard set are not it.
BURN = words(r"burn|burns|burnt|burned|scald\w*")
SERIOUS_BURN = words(
    r"(?:bigger|larger) than (?:my|his|her|their|a|the|your) (?:hand|palm)",
    r"(?:size of|as big as) (?:my|his|her|a|the) (?:hand|palm)",
    r"(?:white|charred|black|leathery|waxy) (?:and \w+ )?(?:skin|patch|area)",
    # "The skin in the middle is white": the colour told after the skin.
    r"(?:skin|middle|centre|center)(?: \w+){0,4} (?:is |looks |gone |went |turned )?(?:white|"
    r"charred|black|leathery|waxy)\b(?! from| with| because)",
)
SUN = words(r"sun\w*|uv|tanning")

# NHS (sunburn): 111 for blistering or swelling with a high temperature or feeling shivery.
# Blisters, or told by touch: "I can feel big fluid bubbles on my shoulders".
BLISTERED = words(r"blister\w*|(?:fluid|water) bubbles|bubbles of (?:fluid|water)")

# Blood thinners: a knock to the head needs A&E (NICE NG232), and bleeding that is hard to stop
# or a large spreading bruise needs advice today.
ANTICOAGULANT = words(
    r"apixaban|rivaroxaban|edoxaban|dabigatran|warfarin|blood ?thinners?|anticoagul\w*|"
    r"eliquis|xarelto|lixiana|pradaxa|noac|doac"
)
_STRUCK = (
    r"(?:hit|smacked|bumped|banged|knocked|cracked|whacked|bashed|clonked|conked|thumped|walloped|"
    r"bonked|smashed)"
)
HEAD_KNOCK = words(
    rf"{_STRUCK} (?:my |his |her |their |the back of (?:my |his |her )?)?head",
    # "The stand fell over and cracked me on the head".
    rf"(?:{_STRUCK}|clipped|caught|clocked) (?:me|him|her|them) (?:on|in|round|across) the "
    r"(?:\w+ )?head",
    r"(?:knock|bang|blow|hit|bash|whack|kick|elbow|clash|ball|puck|stick|bat|racket|boot|knee|"
    r"fist|punch|shot)(?: \w+){0,3} (?:to|on|in) (?:the|his|her|my) head",
    r"head (?:injury|knock|bump|clash)|concuss\w*|head ?butt\w*",
    # Something dropped or fallen onto it: "dropped the bar on his head".
    r"(?:dropped|drop|fell|landed|came down) (?:\w+ ){1,3}on (?:my|his|her|their) head",
    # "A ball to the side of the head".
    r"(?:to|on|in) the (?:side|back|front|top) of (?:the|his|her|my) head",
    # A child's bump told by what came up: "a big egg on her forehead".
    r"(?:egg|lump|bump) on (?:his|her|my|the|their) (?:head|forehead)",
    # A helmet broken in a crash took the blow: "cracked my helmet coming off".
    r"(?:cracked|split|broke|smashed|snapped|dented) (?:my|his|her|their|the) helmet",
    # A blow taken on it: "took a rock on the helmet on the descent".
    r"(?:rock|stone|ball|bat|branch|boulder|ice) (?:on|to|off) (?:my|his|her|their|the) helmet",
    r"helmet (?:\w+ )?(?:cracked|split|broke|smashed|snapped)",
    r"clash(?:ed)? heads|clash of heads|(?:heads|skulls) (?:clashed|collided|banged together)",
    # A header off the post or the bar; knocked out in a bout.
    r"header (?:off|into|against) the (?:post|bar|crossbar|wall|upright)",
    r"(?<!we )(?<!they )(?<!team )(?<!side )(?:got|was|been|being) knocked out(?! of)|\bko d\b",
    # "Knocked out for a few secs", "knocked himself out"; not "knocked out a quick 5k".
    r"knocked (?:out|unconscious) (?:for (?:a|about|like|maybe|\d+|a few|several|two|three|ten|"
    r"twenty|thirty) (?:\w+ )?(?:sec|secs|seconds?|min|mins|minutes?|moments?)|cold|briefly)|"
    r"knocked (?:him|her|me|them|himself|"
    r"herself|myself|themselves) (?:out|unconscious)",
    # Struck by the kit: "took a barbell to the head", "the bar hit him on the head".
    # Not "took it to the head coach".
    r"(?:took|take|takes|taken|got|caught|copped) (?:a |an |the )?(?:\w+ ){0,2}to (?:the|his|her|"
    r"my|their) (?:head|temple|forehead)(?! (?:coach|office|teacher|of|chef|physio|trainer|"
    r"groundsman|honcho|start)\b)",
    r"(?:hit|smacked|struck|whacked|bashed|clipped|caught) (?:him|her|me|them) (?:on|in) (?:the|"
    r"his|her|my|their) (?:head|temple|forehead)",
    # Told in the passive: "got whacked on the head by a tent pole".
    r"(?:whacked|hit|smacked|struck|bashed|clipped|clonked|bonked|thumped) (?:on|in) (?:the|his|"
    r"her|my|their) (?:head|temple|forehead)",
    # A header gone wrong: "headed the ball hard", "a mistimed header". The head-injury rules
    # read a knock only beside what follows one (a headache getting worse, being sick) or a
    # blood thinner.
    r"head(?:ed|ing) (?:the|a) (?:\w+ )?ball (?:really |so )?(?:hard|badly|awkwardly|wrong|"
    r"full on)|(?:bad|hard|awkward|mistimed|nasty) header",
)
# Blood that spurts or pumps out in time with the heart: an artery (not the gym's "pump", nor
# "heart's still pumping").
_SPURTS = (
    r"(?:spurting|pumping|squirting)(?: out)?(?: \w+){0,2} blood",
    r"blood(?: \w+){0,2} (?:spurting|pumping|squirting)(?! (?:in|into|through|round|around|to)\b)",
    r"(?:its|it is|it was) (?:spurting|pumping)(?! (?:iron|weights|music|out tunes))|"
    r"still spurting",
    r"spurting (?:through|out|everywhere|all over|with every)",
    # In time with the heart: an artery's bleeding ("spurting in time with my pulse", "pulses out
    # with every heartbeat"). Not a sprain "pulsing with my heartbeat", which is throbbing.
    r"(?:spurt\w*|(?:pump\w*|puls\w*) out) (?:in time )?with (?:my |his |her |the |every |each )?"
    r"(?:pulse|heart ?beats?|beats?)",
    # "Still comes out in pulses with my heartbeat", "in spurts", "pulses out every time he
    # lifts the towel".
    r"(?:comes?|coming|came) out in (?:pulses|spurts|squirts|jets)",
    r"(?:pulses|pulsing|spurts|pumps|pumping) out (?:again )?(?:every|each) time",
    # Said of the wound: "deep gash on my thigh from a stud, spurting".
    r"(?:gash|cut|wound|slice)(?: \w+){0,6} spurting",
    # "It squirts when he lifts the towel" (not a growth spurt, nor a bottle that squirts).
    r"(?:it|blood|the wound|the cut) (?:still )?(?:squirts|spurts)(?: out)? (?:when|every time|"
    r"each time|if|with)",
)
SPURTING = words(*_SPURTS)
# A wound bleeding hard: of blood, or said of the wound itself ("it's gushing"), not "pouring
# with sweat"; or told by what it has soaked.
BLEEDING_HARD = words(
    *_SPURTS,
    r"(?:gushing|pouring|streaming)(?: out)?(?: \w+){0,2} blood",
    r"blood(?: \w+){0,2} (?:gushing|pouring|streaming)(?! (?:in|into|through|round|around|to)\b)",
    # "Pouring with sweat" is not blood.
    r"(?:its|it is|it was|still) (?:gushing|pouring)(?! (?:with|down|rain))",
    r"bleeding (?:heavily|loads|a lot|everywhere|like mad|like crazy)|blood everywhere",
    # Told by what it has filled or used up: "blood all through her sock", "her slipper is full
    # of it", "gone through the whole kitchen roll", "changed the cloth 4 times".
    r"blood (?:all )?through (?:her|his|my|their|the) (?:socks?|trousers|jeans|clothes|sleeve|"
    r"shirt|dressing|bandage)",
    r"(?:slipper|shoe|sock|boot|trainer)s? (?:is |are |was )?full of (?:it|blood)",
    # Or by where it runs: "blood still running into my sock", "dripping into his shoe".
    r"blood(?: \w+){0,2} (?:running|dripping|pooling) (?:down )?into (?:my|his|her|their|the) "
    r"(?:socks?|shoes?|trainers?|boots?|slippers?)",
    r"(?:gone|went|going) through (?:the |a )?(?:whole |entire )?(?:kitchen roll|roll of \w+|"
    r"box of (?:tissues|plasters)|all the (?:towels|cloths|tea towels|dressings))",
    r"changed (?:the |his |her |my )?(?:cloth|towel|dressing|bandage|tea towel)s? (?:\d+|three|"
    r"four|five|six) times",
    r"blood all over (?:the |my |his |her )?(?:\w+ )?(?:floor|sheets|bed|bathroom|kitchen|car|"
    r"mat|place|pillow)",
    r"(?:towel|sock|bandage|tissue|flannel|tea towel|cloth|rag|dressing|kitchen roll)s?(?: \w+)"
    r"{0,2} (?:soaked|drenched|sodden)",
    # "Soaking through the towel", "soaked through 2 towels"; not a pad, which periods soak.
    r"soak\w* (?:through )?(?:the |a |my |his |her |\d+ |two |three |four )?(?:towel|sock|"
    r"bandage|flannel|tea towel|dressing|gauze|cloth|rag|shirt|t ?shirt|top|hoodie|jumper|buff|"
    r"jersey|sleeve|bandana|scarf|shorts)s?",
    # Through what holds it: "blood pouring through the towel" (not "through my veins").
    r"blood(?: \w+){0,2} (?:pouring|gushing|streaming|coming|seeping) through (?:the |a |my |his |"
    r"her )?(?:towel|tea towel|flannel|sock|bandage|tissue|dressing|gauze|cloth|rag|shirt|top|"
    r"jersey|buff|t ?shirt|jumper|hoodie|sleeve)",
    r"(?:wont|isnt|not|hasnt|doesnt) stop(?:ped)? bleeding",
    # Soaking on its own: "been pressing a towel on it and it's just soaking through".
    r"(?:its|it is|just|still|keeps|keep) (?:just )?soaking (?:through|it)",
    # "When I lift it it's still coming out steady".
    r"still (?:coming|pouring|pumping) out (?:steady|steadily|fast|quickly|loads|a lot|non ?stop)",
    # "Lifted the pad and it wells straight back up", "dripping off my elbow", the first towel
    # "done" and the "second one going red too".
    r"wells? (?:straight |right )?back up",
    r"(?:dripping|pouring|running|streaming) off (?:my|his|her) (?:elbow|fingers|hand|arm|knee|"
    r"leg|foot|chin)",
    r"(?:second|third|another|next) (?:one|towel|tea towel|pad|dressing)s? (?:is )?(?:going|gone|"
    r"turning|soaked) (?:red|through)",
    # A surgical drain filling fast with fresh blood: "filled twice in the last hour, bright red".
    r"drains? (?:\w+ ){0,4}(?:filled|filling|filling up|full)(?: \w+){0,8} (?:bright red|fresh "
    r"blood|twice|again|fast|quickly)",
)
# A wound made by something sharp: a cut or a gash, not a vein that burst on its own.
A_WOUND = words(
    r"cut|cuts|sliced|slashed|gash\w*|stabbed|lacerat\w*|wound|knife|blade|glass|grinder|saw|"
    r"chainsaw|nail|wire|machete|axe|scythe|flap of skin"
)
# Pressure on it is not stopping it, told either way round: "pressing hard and it's still
# going", "won't stop even with pressure", "soaked two towels pressing hard for 10 minutes".
PRESSURE_FAILING = words(
    r"(?:press\w*|pressure|holding)(?: \w+){0,8} (?:still (?:going|bleeding|coming|pouring|"
    r"gushing|soaking|seeping)|(?:wont|isnt|not|hasnt|doesnt|didnt) (?:stop\w*|work\w*|help\w*|"
    r"slow\w*)|(?:isnt|is not|not|wasnt|arent) doing (?:it|anything|much|the job))",
    r"(?:its |it is )?still (?:going|pouring|gushing|spurting|coming (?:through|out))",
    r"(?:wont|isnt|not|hasnt|doesnt|didnt) (?:\w+ )?(?:stop\w*|slow\w*)(?: \w+){0,3} (?:with|"
    r"despite|under|through) (?:\w+ ){0,2}(?:pressure|pressing)",
    r"soak\w* (?:\w+ ){0,4}(?:even |despite |while |whilst )?(?:\w+ )?(?:press\w*|"
    r"holding pressure)",
    # The other way round: "pressing a towel on it and it's soaked through already".
    r"(?:press\w*|holding)(?: \w+){0,12} (?:its |it is |thats |its already |already |its just "
    r"|just )?"
    # Not a towel soaked with sweat.
    r"(?:soaked|soaking|drenched|sodden)(?! (?:through )?(?:with|in|from) (?:\w+ )?(?:sweat|water|"
    r"rain))",
)
# Bleeding on a blood thinner that needs a doctor or 111 today (NHS, warfarin and apixaban):
# bleeding hard to stop, bruises that come for no reason, blood in the urine or stools.
HARD_TO_STOP = words(
    r"bruise(?: \w+){0,4} spreading",
    # Bleeding under the skin after a knock, still growing: "getting tighter and more painful",
    # "aching more than I'd expect".
    r"(?:swollen|swelling|bruis\w*)(?: \w+){0,8} (?:getting|gets|got|is getting|keeps getting) "
    r"(?:tighter|bigger|more painful|more swollen|worse)",
    # "The bruise has grown into a big tense lump the size of my palm".
    r"(?:bruis\w*|swelling|lump)(?: \w+){0,3} (?:has |have )?(?:grown|swelled|swollen|ballooned|"
    r"come up) (?:up )?into (?:a |an )?(?:\w+ ){0,3}(?:lump|egg|swelling|ball)",
    # Grown by sizes: "the lump has gone from a golf ball to an orange since lunch".
    r"(?:lump|swelling|bruis\w*|egg)(?: \w+){0,6} (?:grown|gone|swelled|swollen|ballooned|grew|"
    r"went) from (?:an? )?\w+(?: \w+)? to (?:an? )?\w+",
    r"(?:aching|aches|hurts|hurting|painful|sore)(?: \w+){0,2} more than (?:i|id|youd|you) "
    r"(?:would )?(?:expect|have expected)",
    r"nose ?bleed(?: \w+){0,5} (?:\d+|twenty|thirty|ten|fifteen) (?:min|mins|minutes) to stop",
    r"nose ?bleed(?: \w+){0,4} (?:went on|lasted|bled|going) (?:for )?(?:about |over |nearly )?"
    r"(?:(?:[2-9]\d|twenty|thirty|forty) (?:min|mins|minutes)|half an hour|an hour)",
    r"nose ?bleeds?(?: \w+){0,4} (?:wont stop|for ages|that lasted|lasting)",
    # Stopping and starting again: "nose bleeding on and off for 3 days", "stops then restarts".
    r"(?:nose ?bleeds?|nose (?:has been |is |keeps )?bleeding)(?: \w+){0,3} (?:on and off|"
    r"off and on|keeps? (?:coming back|starting again|restarting)|stops? (?:and|then) (?:re)?"
    r"starts?)",
    r"(?:wont|will not|cant|hasnt) stop bleeding",
    # "Won't stop oozing since this morning", "keeps going through plasters".
    r"(?:wont|will not|hasnt|doesnt) stop (?:oozing|seeping|dripping)",
    r"(?:keeps? going|soaking|soaked|bled) (?:straight )?through (?:the |my |his |her |\d+ |two |"
    r"three )?plasters",
    # Restarting, or going on: "keeps rebleeding", "stops then starts again", "oozing for 45 min",
    # "won't fully stop", a nosebleed "for 25 min", "the third today".
    # "Keeps oozing", "40 min of pressure, slowing but not stopped", "nosebleeds keep happening,
    # 3 today".
    r"keeps? oozing|(?:[1-9]\d|ten|twenty|thirty|forty) ?(?:min|mins|minutes) of (?:pressure|"
    r"pressing)(?! point)",
    r"nose ?bleeds? (?:keep|keeps) (?:happening|coming(?: back)?)(?: \w+){0,2} (?:[2-9]|two|three|"
    r"four|five) (?:today|this morning|since)",
    r"rebleed\w*|keeps? (?:re)?bleeding|(?:stops?|stopped)(?: \w+){0,3} (?:then|and) "
    r"(?:re)?starts? (?:again|bleeding)?",
    # "Still oozing through plasters 3 hours later"; a socket that keeps filling the mouth.
    r"(?:oozing|bleeding|seeping)(?: \w+){0,3} (?:\d+|two|three|four|several) hours later",
    r"mouth (?:still )?keeps filling(?: up)?(?: with blood)?",
    r"(?:oozing|bleeding|dribbling|seeping)(?: \w+){0,2} for (?:about |over |nearly )?(?:[2-9]\d|"
    r"\d{3}|twenty|thirty|forty|an hour|over an hour|hours) ?(?:min|mins|minutes|hours?)?",
    # Of the bleeding: not "won't stop aching".
    r"(?:bleed\w*|oozing|blood|cut|wound|nose|it)(?: \w+){0,4} (?:wont|not|doesnt|isnt|hasnt) "
    r"(?:fully |completely |properly )?stop(?:ped|ping)?(?! (?:me|him|her|them|training|running|"
    r"aching|hurting|itching|shaking|coughing|twitching))",
    r"nose ?bleed(?: \w+){0,2} for (?:about |over )?(?:1[5-9]|[2-9]\d) ?(?:min|mins|minutes)",
    r"(?:press\w*|pinch\w*)(?: \w+){0,3} (?:for )?(?:[1-9]\d|ten|twenty|thirty) ?(?:min|mins|"
    r"minutes)(?: \w+){0,2} (?:and )?(?:its |it is )?still",
    r"(?:second|third|fourth|fifth) (?:one |nosebleed |bleed )?(?:today|this week)",
    r"bruis\w*(?: \w+){0,6} (?:havent|hadnt|didnt|without|not) (?:\w+ )?(?:knocked|bumped|hit|"
    r"done)|unexplained bruis\w*|bruis\w* (?:from|for) no reason|(?:big|large|huge) (?:\w+ )?"
    r"bruises (?:\w+ ){0,2}(?:appearing|everywhere|all over)",
    r"(?:big|large|huge|massive|lots of|loads of|new|unexplained) bruis\w*",
    r"bruis\w*(?: \w+){0,6} (?:dont|cant|do not|cannot) (?:remember|recall|explain)",
    r"bruis\w* (?:for no reason|out of nowhere|from nowhere|without (?:a )?(?:reason|knock))",
    r"bruis\w*(?: \w+){0,10} without (?:any )?(?:knock|bump|injury|reason)",
    r"gums?(?: \w+){0,3} (?:bled|bleeding|bleed)(?: \w+){0,2} (?:for ages|for a long time|"
    r"wont stop|and (?:wont|would not) stop|for \d+ (?:min|mins|minutes))",
    r"gums? (?:\w+ ){0,2}(?:bled|bleed\w*)(?: \w+){0,2} (?:a lot|loads|badly|for ages|wont stop)",
    r"gums? (?:keep|keeps|kept) (?:on )?bleeding",
    # Nosebleeds that lasted a quarter of an hour or more, or keep coming back, on a thinner.
    r"nose ?bleeds?(?: \w+){0,8} (?:took|lasted|went|go|going|for) (?:about |nearly |over |"
    r"around )?(?:1[5-9]|[2-9]\d) (?:min|mins|minutes)",
    r"nose ?bleeds?(?: \w+){0,6} (?:started|starting|starts) (?:up )?again",
    r"(?:\d|two|three|four|five) nose ?bleeds? (?:since|in|today|this)",
    r"nose ?bleeds?(?: \w+)? (?:\d|two|three|four|five) (?:since|today|in)",
    r"(?:blood|bloody) (?:in )?(?:my |the )?(?:pee|wee|urine|poo|stools?)",
)
# NHS (black poo): can be bleeding in the stomach; today, or 999 if vomiting blood.
BLACK_STOOL = words(
    r"(?:poos?|poops?|stools?|bowel movements?|motions)(?: \w+){0,3} (?:black|tarry|like tar)",
    r"black (?:and )?(?:sticky |tarry )?(?:poos?|poops?|stools?)",
    # "My poo's gone really sticky and tarry".
    r"(?:poos?|poops?|stools?)(?: \w+){0,4} (?:sticky and tarry|tarry and sticky)",
)
NOSEBLEED = words(r"nose ?bleeds?|nose (?:\w+ ){0,2}(?:bled|bleeding|bleeds|pouring|gushing)")
# Blood passed from the bottom, in or on the poo or on the paper (NHS, bleeding from the bottom).
# Not blood in the urine, which is a different page.
BLOOD_FROM_THE_BOTTOM = words(
    r"(?:blood|bleeding|bloody)(?: \w+){0,3} (?:in|on|with|mixed (?:in|into|through|with)|"
    r"streaked (?:in|on|through)|when i (?:poo|wipe|go)) (?:\w+ ){0,2}(?:poos?|poop|stools?|bowel "
    r"movements?|motions|toilet paper|loo roll|bog roll)",
    r"(?:poos?|poop|stools?|motions)(?: \w+){0,3} (?:with|has|had|have|streaked with|covered in) "
    r"(?:\w+ ){0,2}blood",
    r"bleeding from (?:my |his |her |their |the )?(?:bottom|bum|back passage|rectum|behind|arse|"
    r"ass)",
    r"rectal bleed\w*|bloody (?:poos?|stools?)",
    r"(?:blood|bleeding)(?: \w+){0,2} when i (?:wipe|poo|go for a poo)",
)
# What makes it urgent (NHS): poo black or dark red, or bloody diarrhoea; 999 for a lot of blood.
DARK_RED_POO = words(
    r"(?:dark|deep) red (?:\w+ ){0,3}(?:blood|poos?|poop|stools?)|maroon|plum colou?red",
    r"(?:poos?|poop|stools?|blood)(?: \w+){0,3} (?:dark|deep) red",
)
BLOODY_DIARRHOEA = words(
    r"bloody (?:diarrh\w*|runs)|(?:diarrh\w*|the runs)(?: \w+){0,4} (?:with|and|full of|of) "
    r"(?:\w+ )?blood|blood(?: \w+){0,3} (?:in|with) (?:the |my |his |her )?(?:diarrh\w*|runs)",
)
A_LOT_OF_BLOOD_PASSED = words(
    r"(?:toilet|pan|bowl|water)(?: \w+){0,3} (?:turned|went|goes|is|was|full of|all|bright) "
    r"(?:bright )?(?:red|blood)",
    r"(?:large|big|huge) (?:blood )?clots",
    r"(?:wont|will not|doesnt|does not|cant|hasnt) stop bleeding|bleeding (?:non ?stop|wont stop)",
)
VOMITED_BLOOD = words(
    r"(?:vomit\w*|threw up|throwing up|thrown up|been sick|brought up|coughed up and swallowed)"
    r"(?: \w+){0,4} blood",
    # "Been sick twice this morning and it looked like coffee grounds".
    r"(?:vomit\w*|sick|threw up|throwing up|brought up|bringing up)(?: \w+){0,6} (?:looks like|"
    r"like|looked like) coffee grounds",
    # "Threw up what looks like a load of blood".
    r"(?:vomit\w*|threw up|throwing up|thrown up|been sick|brought up) (?:what )?(?:looks?|looked|"
    r"seems?|seemed)? ?like (?:a (?:load|lot|bunch) of |loads of |lots of |some )?(?:fresh |dark |"
    r"bright |red )?blood",
)
SICKLE = words(r"sickle")
PAINKILLERS_FAILING = words(
    r"(?:painkillers?|codeine|paracetamol|ibuprofen|morphine|tramadol|co ?codamol)(?: \w+){0,6} "
    r"(?:havent|hasnt|not|arent|isnt|didnt|wont) (?:\w+ )?(?:touched|touching|helped|helping|"
    r"working|worked)",
    r"(?:havent|hasnt|not) touched it",
)
# A joint out that has not gone back in: A&E.
JOINT_STILL_OUT = words(
    r"(?:dislocat\w*|popped out|slipped out|came out|out of (?:its |the )?socket)(?: \w+){0,6} "
    r"(?:hasnt|has not|wont|didnt|not) (?:\w+ )?(?:popped|gone|go|went|come|slipped) back",
)
# Drinking too much in a long race (exercise-associated hyponatraemia): today, or 999 with
# confusion, vomiting or a fit.
LONG_EVENT = words(
    r"marathon|ultra\w*|\d+ ?k race|ironman|triathlon|long race|race|sportive|50k|100k",
    r"(?:mile|km) (?:1\d|2\d)\b",
)
_WATER_ON_END = (
    r"(?:drank|drunk|drinking|had|downed) (?:like |about |around |over |nearly |maybe |at least )?"
    r"(?:[5-9]|1\d|five|six|seven|eight|nine|ten) (?:litres|liters|l)\b"
)
DRANK_LOTS = words(
    r"drank (?:loads|lots|a lot|so much|tons|litres|gallons)|drinking (?:loads|lots|so much) "
    r"(?:of water)?|(?:loads|lots|litres) of water",
    r"(?:drank|drinking|stopped) (?:\w+ )?(?:at )?every (?:single )?(?:water |drinks? |aid )?"
    r"(?:station|stop)",
    _WATER_ON_END,
)
# Five litres or more in a day is a long event's drinking whatever the day was (a hike, a shift).
DRANK_ON_END = words(_WATER_ON_END)
SODIUM_SIGNS = words(
    r"bloat\w*|headache|nause\w*|queasy|rings? (?:are |is )?tight|(?:hands|fingers) "
    r"(?:\w+ )?swollen|swollen (?:hands|fingers)|puffy (?:hands|fingers)"
)
SODIUM_ALARM = words(
    r"confus\w*|vomit\w*|being sick|muddled|seizure|fit(?:ting)?\b|drowsy",
    # "Been sick 3 times", "not making sense", "keep nodding off".
    r"(?:been )?sick (?:\d+|two|three|four|several|a few) times|(?:not|isnt|wasnt) making (?:any )?"
    r"sense|(?:keep|keeps|kept) nodding off",
)
# A stomach upset with little going in, and dark or little urine: dehydration needs advice today.
RUNS_OR_SICK = words(
    r"diarrh\w*|the runs|loose motions?|vomit\w*|being sick|throwing up",
    # "D&V", written out by normalising as "d v".
    r"d (?:and )?v",
    r"gastro(?:enteritis)?|(?:stomach|tummy) bug|food poisoning|norovirus",
    r"sick (?:\d+|two|three|four|five|six|several|a few|many) times|sick twice",
)
KEEPS_NOTHING_DOWN = words(
    r"(?:cant|cannot|can not|couldnt|barely|hardly|not) (?:\w+ )?keep(?:ing)? (?:\w+ )?"
    r"(?:water|fluids?|drinks?|anything) down",
    r"keeping (?:very )?(?:little|nothing|hardly anything|barely anything) down",
)
BARELY_DRINKING = words(
    r"(?:barely|hardly|not|isnt|wont) (?:\w+ )?drink\w*",
    r"(?:cant|cannot|can not|couldnt) drink (?:much|anything|enough)",
    KEEPS_NOTHING_DOWN.pattern,
)

# Autonomic dysreflexia (spinal cord injury at T6 or above): a pounding headache, flushing or
# sweating above the injury and a blood pressure far over the usual. Not settling, 999; settled
# but coming back, the spinal team today.
SPINAL_INJURY = words(
    r"para(?:plegi\w*)?|tetra(?:plegi\w*)?|quad(?:riplegi\w*)|spinal (?:cord )?injur\w*|sci|"
    r"[ct]\d{1,2}(?: complete| incomplete)?(?: injury| level| para| spinal)?",
)
DYSREFLEXIA = words(
    r"dysreflexia|pounding headache|banging headache|flushed|(?:red|sweaty|sweating) above",
    r"(?:bp|blood pressure|cuff)(?: \w+){0,3} (?:1[6-9]\d|2\d\d) ?/ ?\d{2,3}",
)
SETTLED = words(
    r"settl\w*|it passed|fine now|back to normal|went away",
    # "Cleared after about 15 min"; not cleared by a doctor.
    r"cleared (?:up|on its own|by itself|within|in (?:a few|about|\d+|a couple)|after (?:about |"
    r"around |maybe |like |roughly )?(?:a few |a couple of |\d+ ?)(?:min|mins|minutes|secs?|"
    r"seconds|hours?|hrs?))",
)

# A reading taken wrongly and taken again: the last one is the reading ("82%, then 99% the moment
# I took my nail varnish off"; "cuff was upside down, did it properly: 122/78").
RETAKEN = words(
    r"nail (?:varnish|polish)|(?:gel|false|acrylic|fake|shellac) nails|upside down|inside out|"
    r"over (?:my|his|her) (?:jumper|sleeve|shirt|coat)",
    r"(?:device|machine|cuff|oximeter|monitor|watch) (?:error|glitch|fault\w*|broken|playing up)",
    r"faulty|did it (?:properly|again|right)|re ?took|re ?checked|re ?did|tried again|"
    r"second (?:reading|go|try)",
    # A proper device after a wrist one: "finger clip said 98 once I'd warmed up".
    r"(?:finger ?clip|proper (?:oximeter|one)|pulse ox\w*|chest strap)(?: \w+){0,3} (?:said|says|"
    r"showed|shows|read|reads)|(?:once|after) (?:i|id|he|she) (?:had )?warmed up",
    # A strap or clip that was loose, then put right.
    r"(?:was |had it |it was )?(?:loose|slipped)(?: \w+){0,4} (?:tightened|refitted|put it back|"
    r"moved it)|tightened (?:it|the strap)",
)

# NHS (pulse oximeters): 92% or lower, A&E or 999; 93 or 94%, the GP or 111 now.
OXIMETER = words(
    r"spo2|sp02|sats|saturation\w*|oxygen (?:level|levels|reading|sats)|o2 (?:level|sat\w*)|"
    r"oximeter|finger (?:thing|clip|probe|monitor|gadget)|pulse ox"
)

# NHS (pressure ulcers): a sore on the skin of someone who sits or lies for long, broken, open
# or oozing, needs a GP or nurse promptly; one that is only red, a GP.
PRESSURE_SORE = words(
    r"pressure (?:sore|ulcer|area|injury)s?|bed ?sores?",
    r"(?:new )?sore on (?:his|her|their|my) (?:bottom|bum|buttock|sacrum|hip|heel|tailbone)",
    # NHS (pressure ulcers): a discoloured patch that doesn't turn white when pressed.
    r"(?:doesnt|does not|dont|didnt|wont) (?:go|turn) (?:pale|white)(?: \w+){0,2} when (?:i |you )?"
    r"press",
)
SORE_OPEN = words(r"broken|open|oozing|weeping|pus|smell\w*|blister\w*|deep")

# After a birth (NHS, bleeding after giving birth): bleeding that gets heavier again, or large
# clots, needs the midwife, GP or 111 today; soaking pads with faintness or a racing heart, 999.
_A_FEW_DAYS_OR_WEEKS = (
    r"\d+|a few|a couple of|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
)
AFTER_BIRTH = words(
    r"(?:after|since) (?:giving birth|the birth|birth|having (?:the |my |our )?(?:baby|twins)|"
    r"(?:my |the )?(?:c ?section|caesarean|delivery))",
    r"postpartum|postnatal|post natal|post partum|(?:days|weeks) (?:after|since) (?:the )?birth",
    r"(?:had|gave birth to|delivered) (?:my |the |our |a |her |their )?(?:baby|twins|son|daughter|"
    r"little one)"
    rf"(?: \w+){{0,2}} (?:{_A_FEW_DAYS_OR_WEEKS}) (?:days|weeks) ago",
    rf"gave birth (?:{_A_FEW_DAYS_OR_WEEKS}) (?:days|weeks) ago",
)
BLEEDING_AGAIN = words(
    r"bleeding(?: \w+){0,3} (?:heavier|heavy|heavily|worse|more|again)",
    r"(?:big|large|huge|golf ball|plum|fist) (?:sized )?clots",
    r"soak\w*(?: \w+){0,2} (?:pad|pads|through)",
)
BLEEDING_ALARM = words(
    r"(?:a |one )?pad (?:an|every|each) (?:hour|\d+ ?(?:min|mins|minutes))",
    r"soak\w* (?:a |one |through a )?pads? (?:in|within) (?:\d+|ten|twenty|half an|an) ?"
    r"(?:min|mins|minutes|hour)",
    r"soak\w*(?: \w+){0,3} (?:in|within) (?:an|one|the) (?:last |past )?hour",
    r"faint\w*|dizzy|light ?headed|racing heart|heart (?:is )?racing|clammy",
)

# Back from hospital or a treatment with something that is lingering or growing: the team or a
# GP should hear of it (NHS aftercare pages: swelling, weakness or breathlessness that is not
# settling, a wound that stays warm or red).
AFTER_TREATMENT = words(
    r"(?:since|after|from) (?:my |the |his |her |a )?(?:\w+ )?(?:op|operation|surgery|"
    r"replacement|icu|intensive care|hospital stay|stay in hospital|admission|chemo\w*|"
    r"radiotherapy|c ?section|caesarean|the birth|giving birth)",
    r"(?:op|operation|surgery|replacement|icu stay|c ?section|caesarean|chemo|radiotherapy)"
    r"(?: \w+){0,3} (?:ago|on)",
    r"(?:weeks?|months?) (?:out from|post|after) (?:my |the )?"
    r"(?:op|operation|surgery|c ?section|caesarean|birth|chemo|radiotherapy)",
    r"lymph nodes? (?:removed|out|taken)|(?:took|removed|taken) (?:\w+ )?lymph nodes?",
    r"(?:knee|hip|shoulder) replacement|scar",
)
LINGERING = words(
    r"(?:still|gradually|slowly|steadily|more than before|worse than before|keeps?)(?: \w+){0,4} "
    r"(?:swell\w*|swollen|puffy|heavy|weak\w*|unsteady|light ?headed|dizzy|tired|out of breath|"
    r"breathless|pink|red|warm|hot|sore|painful|achy|aching)",
    r"(?:swell\w*|swollen|puffy|heavy|weak\w*|unsteady|light ?headed|out of breath|breathless|"
    r"warm|pink|red)(?: \w+){0,4} (?:a lot|more than before|every time|when i first stand|"
    r"on the stairs|three months on|months on|weeks on)",
    r"(?:cant|cannot|struggle to|struggling to) get up (?:from|out of)",
    r"scar(?: \w+){0,4} (?:warm|hot|red|pink|weeping|oozing)",
)

# NHS (statins): muscle pain, tenderness or weakness on a statin is for the GP to check.
STATIN = words(r"statins?|atorvastatin|simvastatin|rosuvastatin|pravastatin|lipitor|crestor")
MUSCLE_ACHE = words(
    # The whole body told at once: "aching and weak all over".
    r"(?:aching|achy|sore|weak)(?: and (?:weak|aching|achy|sore))? all over",
    # "My whole body is aching badly and weak".
    r"(?:whole|entire) body (?:is |was |has been |feels )?(?:\w+ )?(?:aching|achy|sore|weak)",
    r"(?:muscles?|calf|calves|thighs?|legs?|arms?|shoulders?)(?: \w+){0,3} "
    r"(?:ache|aches|ached|aching|achy|sore|tender|weak|hurt\w*|pain\w*)",
    r"(?:aching|achy|sore|tender|weak) (?:muscles?|calf|calves|thighs?|legs?)",
    # Told the other way round: "aches and a bit of weakness in his thighs".
    r"(?:aches|aching|pains|weakness|soreness)(?: \w+){0,5} in (?:his |her |my |their |the |both )?"
    r"(?:muscles|calf|calves|thighs?|legs|arms|shoulders)",
)
# A blood test that found muscle damage; the GP who ordered it follows it up.
HIGH_CK = words(
    r"(?:ck|creatine kinase|cpk)(?: \w+){0,4} (?:high|raised|elevated|up|through the roof)",
    r"(?:high|raised|elevated) (?:ck|creatine kinase|cpk)",
)
# Passing little urine while drinking plenty: the kidneys, not thirst (NHS, acute kidney injury).
DRINKING_PLENTY = words(
    r"(?:drunk|drank|drinking|had|getting) (?:\w+ ){0,2}(?:litres?|liters?|plenty|lots|loads|"
    r"a lot|pints)",
    r"(?:despite|even though|although) (?:i |hes |shes |ive )?(?:\w+ ){0,2}"
    r"(?:drink\w*|drunk|drank)",
)
# Someone qualified has already said to be seen today ("the nurse said get it checked today"). Not
# a condition they set ("the physio said if it swells, go today"), nor reassurance ("the GP said
# I'm fine to train today"), nor when it was said ("said today that...").
TOLD_TODAY = words(
    r"(?:nurse|doctor|gp|pharmacist|physio|midwife|paramedic|consultant|111|dentist|optician)s?"
    r"(?: \w+){0,6} (?:said|says|told|tells|advised|wants)"
    r"(?: (?!if\b|fine\b|ok\b|okay\b|normal\b|nothing\b|good\b|clear\b)\w+){1,10} "
    r"(?:today|tonight|straight away|right away|urgently|asap|same day|"
    r"within (?:24|twenty four) hours)",
    # A place or "they", only with what they want done: "they said get seen today", "they want me
    # at the hospital for a repeat today" (not "they said we're doing hills today").
    r"(?:surgery|pharmacy|clinic|hospital|practice|they) (?:\w+ ){0,6}(?:said|says|told|advised|"
    r"wants?) (?:\w+ ){0,6}(?:seen|see|come in|go in|hospital|a and e|ae|gp|doctor|checked|repeat|"
    r"appointment|urgent care)(?: \w+){0,4} (?:today|tonight|straight away|right away|asap)",
)
# And has already said to see the GP: "the nurse said to see my GP about it".
TOLD_TO_SEE_GP = words(
    # Told in the passive: "nurse said weak pulse in my foot, told to see GP".
    r"(?:was |been |got )?told to (?:see|book in with|speak to|mention it to|follow (?:it )?up "
    r"with) (?:my |the |a |your |his |her )?(?:own )?(?:gp|doctor|doc|surgery)",
    r"(?:said|told me|advised|advises|wants? me|letter says|says) (?:\w+ ){0,4}(?:to )?"
    r"(?:see|take it to|book in with|make an appointment with|speak to|follow (?:it )?up with) "
    r"(?:my |the |a |your )?(?:own )?(?:gp|doctor|doc|surgery)",
    # Told short: "physio say better see doc".
    r"(?:said|says|say|told me) (?:\w+ ){0,2}better (?:to )?(?:see|go to) (?:a |the |my |your )?"
    r"(?:gp|doctor|doc)",
    # Said to the member, at the end: "Physio said 'might be a compartment thing, see your GP'".
    r"(?:said|says|told me) (?:\w+ ){0,8}see your (?:own )?(?:gp|doctor|doc)",
    # The advice at the end of a report: "...a silent heart attack at some point, and to follow up
    # with my own doctor back home".
    r"and to (?:see|follow (?:it )?up with|book in with|speak to|get (?:it )?checked by) "
    r"(?:my |the |a |your )?(?:own )?(?:gp|doctor|doc)",
    # A test to repeat there: "told me to get my kidney bloods rechecked at the GP in 2 weeks".
    r"(?:said|told me|told us|advised|wants? me|letter says|says) (?:\w+ ){0,2}to (?:get|have|"
    r"book) (?:\w+ ){0,4}(?:rechecked|re checked|repeated|redone|checked again|retested|followed "
    r"up) (?:at|by|with) (?:my |the |a |your )?(?:gp|doctor|surgery)",
)
# NHS: weight lost without trying is a reason to see a GP. Said with "without trying" or its
# like, since in a fitness community most weight loss is meant.
WEIGHT_LOST_UNTRIED = words(
    r"(?:lost|losing|dropped|dropping|down) (?:about |nearly |over |almost |around )?"
    r"(?:\d+(?:\.\d)? ?(?:kg|kgs|kilos?|lbs?|pounds|stone|st)|a stone|(?:a lot of |loads of )?"
    r"weight)(?: \w+){0,5} (?:without (?:trying|meaning to|dieting|changing)|not (?:trying|"
    r"dieting)|for no reason|no idea why)",
    r"unexplained weight loss|weight loss (?:i cant|we cant|nobody can) explain",
)
# NHS (sprains and strains; broken ankle): after an injury, not being able to put any weight on
# the leg needs an urgent treatment centre or A&E, since it may be broken.
NO_WEIGHT = words(
    r"(?:cant|cannot|couldnt|unable to|can barely|cant even) (?:put|bear|take|stand) (?:any |my )?"
    r"(?:weight|pressure) (?:on|through)",
    # Told in steps, as the Ottawa ankle rules count them (four steps): "can't take more than a
    # couple of steps on it".
    r"(?:cant|cannot|couldnt|unable to|can barely|can only) (?:take|manage|do|walk) (?:more than )?"
    r"(?:a|one|two|three|four|1|2|3|4|a couple of|a few|couple of) steps?(?! (?:forward|back))",
    # "Can't straighten it or put weight on it".
    r"(?:cant|cannot|couldnt|unable to) (?:\w+ ){1,3}or (?:put|bear|take) (?:any |my )?weight on",
    # Told bare, at the sentence's end: "Cannot take weight."
    r"(?:cant|cannot|couldnt|unable to|can barely) (?:put|bear|take) (?:any |my |his |her )?"
    r"weight(?= *$)",
    # "Can't weight bear at all", "can't take a single step on it".
    r"(?:cant|cannot|couldnt|unable to|can barely) (?:weight ?bear|weightbear|bear weight)",
    r"(?:cant|cannot|couldnt|unable to) (?:take|manage|do) (?:a )?single step",
)
