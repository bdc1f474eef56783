"""Whether a message asks *about* warning signs or reports one happening now.

"What does a clot feel like?" wants the signs and when to call; "my calf is swollen, what does a
clot feel like?" is a report with a question attached, and the report wins. So a message is a
question about signs only when it is framed as one and says nothing of what is happening to
someone now.
"""

from __future__ import annotations

from bot.questions.triage.text import CASE_PUT, CASE_PUT_WHO, ITS_ME, Message, words
from bot.questions.triage.vocabulary.people import PEOPLE

ABOUT_SIGNS = words(
    r"(?:what|whats|which|wat) (?:are|r|is|were) (?:the |some |common )?(?:early |first |main |"
    r"key |usual |typical |warning |tell ?tale )?(?:signs?|symptoms?|red flags?)",
    # Not "UTI symptoms for two days", which times them.
    r"(?:signs?|symptoms?|red flags?) (?:of|for) (?!(?:\d+|a|one|two|three|four|five|six|a few|few|"
    r"several|the last|the past) (?:days?|weeks?|months?|hours?|years?)\b)(?:a |an )?",
    r"what (?:actually |really |exactly )?counts as",
    # "What kind of dizziness should worry you?", "remind me the FAST stroke thing".
    r"(?:what|which) (?:kind|sort|type)s? of (?:\w+ ){1,2}(?:should|would|do|does) (?:\w+ )?"
    r"(?:worry|concern|be (?:a )?worr\w*)",
    r"remind (?:me|us) (?:of )?(?:the |what the )?(?:\w+ ){0,2}(?:signs|symptoms|fast|be fast|"
    r"acronym|checklist)",
    r"how (?:do|can|would|wud|could|should|will) (?:i|you|we|one|someone|people|u) "
    r"(?:know|tell|recogni[sz]e|spot|check|differentiate|distinguish|be sure)",
    r"how to (?:tell|know|recogni[sz]e|spot)",
    # A learner's, with "do" left out: "how you know it is a clot or just a pulled muscle?"
    r"how (?:you|u) (?:know|tell)\b",
    # "Does fainting from fright actually happen to people, or is that a myth?"
    r"(?:does|do|can) (?:\w+ ){1,7}(?:actually |really |ever )?happen (?:to|in) (?:people|humans|"
    r"anyone|real life|real people)",
    # A what-if: "If stroke signs go away after a few minutes, does one still need to ring
    # someone?" Never the question alone, which is asked about what is happening ("we're cooling
    # him, do we still need to call someone?").
    r"if(?: \w+){1,12} (?:do|does) (?:one|you|i|we|someone|people|anyone) (?:still )?(?:need|have) "
    r"to (?:ring|call|phone)",
    r"what (?:does|do|would|did) (?:a |an |the )?(?:\w+ ){0,6}(?:feel|look|feels|looks) like",
    # Not "is this serious?" after a story: "this" points back at what was told ("is that still
    # serious?" asks of a case put before it).
    r"(?:is|are|can) (?!this (?:\w+ )?(?:serious|dangerous|a worry|"
    r"worrying|an emergency|life threatening))(?:\w+ ){0,5}(?:ever |always |usually |actually )?"
    r"(?:serious|dangerous|a worry|worrying|an emergency|life threatening)",
    r"(?:are there|any) (?:other |more |early )?(?:\w+ )?(?:signs|symptoms|red flags)",
    r"when (?:is|are|would|does|do|should|will) (?:\w+ ){0,3}(?:be |become )?(?:dangerous|serious|"
    r"a worry|worrying|an emergency|a concern|a red flag)",
    r"what (?:makes|would make|could make|might make) "
    r"(?:it|them|this|that|these|those|a \w+|an \w+) "
    r"(?:a red flag|serious|dangerous|an emergency|worrying)",
    r"at what (?:point|number|rate|level|heart rate|bpm|temperature)",
    # "When does it need an ambulance?", "what signs make a swollen leg an emergency?"
    r"when (?:does|do|would|should|will) (?:it|they|that|someone|a person|you|one) (?:need|"
    r"require) (?:an? )?(?:ambulance|999|911|112|a ?and ?e|hospital)",
    r"what (?:signs|symptoms|things) (?:make|makes|would make|turn|turns) (?:\w+ ){1,8}(?:an? )?"
    r"(?:emergency|urgent|serious)",
    # "What resting heart rate is too high?", "when should palpitations be checked?"
    r"what (?:\w+ ){0,3}(?:is|are|counts as) too (?:high|low|fast|slow)\b",
    r"when (?:should|do|does|would|must) (?:\w+ ){1,3}be (?:checked|seen|looked at|investigated)",
    # "When should a faint be treated as an emergency?", "when does chest pain go from 'a
    # strain' to 'ring 999'?", "how low can the oxygen reading go before it means get help?"
    r"when (?:should|does|do|would|is|are) (?:a |an |the )?(?:\w+ ){0,3}(?:be )?(?:treated|count|"
    r"counted|considered|seen|taken) as (?:an? )?(?:emergency|serious|urgent|red flag)",
    r"when (?:does|do|should|would) (?:a |an |the )?(?:\w+ ){1,3}go from",
    r"how (?:low|high|fast|slow) (?:can|should|does|do|would) (?:\w+ ){1,6}(?:go|drop|get|fall|"
    r"climb|rise) before",
    r"how (?:\w+ ){1,2}is (?:it )?(?:ok|okay|normal|safe|too much|fine) to",
    # "How would someone who's blind spot a stroke?", "how long do you wait before calling?"
    r"how (?:do|can|would|could|should) (?:i|you|we|one|someone|people|u|a person)(?: \w+){1,4} "
    r"(?:know|tell|recogni[sz]e|spot|notice)",
    # A case put to the room, then asked about: "say someone faints mid-class, do we lay them
    # down?"
    CASE_PUT + CASE_PUT_WHO + r"(?: \w+){1,14} (?:do|should|would|can|how|what) (?:you|we|i|they|"
    r"one)\b",
    # Or how long a sign may last, or first aid go on, before the call: "how long does chest pain
    # have to go on before you ring an ambulance?", "how long do you hold pressure before
    # calling?"
    r"how long (?:\w+ ){1,8}before (?:you |we |i |someone |one |people |u )?(?:call|ring|phon|"
    r"dial)\w*",
    # Or the wait after a dose: "how long do we wait after their spray before ringing 999?"
    r"how long (?:to |do you |should you |should i |should we |do we )?wait(?: \w+){0,4} before "
    r"(?:you |we |i )?(?:call|ring|phone|get)\w*",
    # "When are you actually meant to ring 999 for chest pain?"
    r"when (?:are|am|is) (?:you|we|i|one|people|someone) (?:actually |really )?(?:meant|supposed|"
    r"expected) to (?:ring|call|phone|go|worry|see|dial)",
    # "Is a nosebleed after a flight something you ring 999 for?"
    r"(?:is|are) (?:\w+ ){1,12}(?:something|a thing|the kind of thing|what) (?:you|we|people|"
    r"someone|one|u) (?:should |would |need to |have to |must )?(?:ring|call|phone|dial) "
    r"(?:999|911|112|111|an ambulance|for an ambulance)(?: for| over| about)?",
    # "Do women's heart attacks look different?", "is angina the same as a heart attack?"
    r"(?:heart attacks?|strokes?|clots?|dvts?|angina|tias?|mini strokes?) (?:\w+ ){0,2}"
    r"(?:look|feel|seem|present|show up) (?:any |so |very )?different",
    r"(?:is|are) (?:\w+ ){1,3}the same (?:thing )?as",
    r"(?:first |right |best )?thing to do (?:when|if)",
    r"when (?:should|do|would|must|to|does) (?:i |you |we |someone |one |a person |u )?"
    r"(?:actually |really |ever )?(?:call|worry|go|see|seek|get|ring|phone|be worried|"
    r"be concerned)",
    # "Is it a sign something's wrong?", "what sort of dizziness is a stroke warning?"
    r"(?:is|are|could|can) (?:it|this|that|they|these) (?:be )?(?:a )?signs? (?:of )?"
    r"(?:something|anything)(?: is|s)? (?:wrong|serious|bad)",
    r"(?:what|which) (?:kind|sort|type)s? of (?:\w+ ){1,2}(?:is|are|means?|counts? as) (?:a |an )?"
    r"(?:\w+ ){0,2}(?:warning|sign|symptom|red flag|emergency)",
    r"(?:is|are|can|could|does|do) (?:a |an )?(?:\w+ ){0,4}(?:a sign|signs|a symptom|symptoms) of",
    r"(?:difference|differ) between",
    r"when (?:is|are|does|do) (?:\w+ ){0,3}(?:a |an )?(?:\w+ )?(?:sign|symptom|red flag)",
    r"(?:which|what) (?:signs?|symptoms?) (?:would|will|should|could|might) (?:tell|show)",
    # "Does a heart attack always hurt in the chest?"
    r"(?:does|do|can|could) (?:a |an )?(?:heart attack|mini ?stroke|stroke|tia|clot|dvt|angina|"
    r"blood clot)s? "
    r"(?:always |ever |sometimes |only |just )?(?:hurt|show|feel|start|come|present|happen|make|"
    r"cause|give)",
    r"(?:signs?|symptoms?) (?:look|feel|seem|are) (?:any )?different",
    # Asked ("how is angina different from a heart attack?"), not a report's comparison ("deep
    # ache, different from the surgery pain").
    r"(?:is|are|was|how|hows|whats|what makes|look|looks|feel|feels) (?:\w+ ){0,4}"
    r"diff(?:erent)? from",
    r"what (?:is|are|causes|happens)",
    r"what (?:actually|really|exactly) (?:happens|causes|is)",
    r"how (?:would|do|does|can|should) (?:a|an) (?:\w+ )?(?:person|someone|member|people) "
    r"(?:call|get help|contact|ring)",
    r"what (?:does|do|would|could|might) (?:\w+ ){1,8}(?:actually |really )?mean",
    # In a learner's word order: "FAST means what?"
    r"\w+ means what\b",
    # Not "training... who signs me off": the signs taught, never a verb.
    r"(?:teach|teaching) (?:\w+ ){0,6}(?:signs|symptoms|red flags)\b(?! (?:me|him|her|them|off|"
    r"up)\b)",
    r"(?:which|what) (?:\w+ )?(?:signs?|symptoms?)(?: \w+){0,2} (?:mean|means|would mean|point to|"
    r"need)",
    r"(?:can|could) (?:you|a person|someone|people|women|men) (?:have|get)",
    # "Can a young person get a stroke from lifting?"
    r"(?:can|could) (?:a |an )?(?:young|younger|old|older|fit|healthy|teenage)(?: \w+)? "
    r"(?:person|people|man|men|woman|women|athletes?|lifters?|runners?|adults?) (?:have|get)",
    # Not "list" alone: "the fence is next on the list".
    # Not "bruises I cannot explain", which tells of them.
    r"(?<!cannot )(?<!can not )(?<!cant )(?<!couldnt )(?<!could not )(?:explain|tell me about|"
    r"info on|information on)|list (?:the|of|all|some|me)",
    # "What stroke signs should I teach my gran?"
    r"(?:what|which) (?:\w+ ){0,3}(?:signs|symptoms|red flags) (?:should|do|would|could|must) "
    r"(?:i|we|you|they|people|carers|staff|coaches|parents|members)",
    # "What do I look for?", "which ones should we watch out for?"; not "what else should I look
    # for?", asked while it happens.
    r"(?:what|wot|wat|which) (?:signs |symptoms |red flags |ones |things )?(?:do|should|would|can|"
    r"could) (?:i|we|you|u) (?:\w+ ){0,2}(?:look|watch|keep an eye) (?:out )?for",
    r"(?:in women|in men|in older|in young)",
    # Asked short, as a deaf signer writes: "when 999?", "what look for?". Not "when 999 came".
    r"when (?:to )?(?:call |ring |text )?(?:999|911|112)(?! (?:came|come|arrived|got|turned|were|"
    r"was|said|asked|told|called|rang|answered)\b)",
    r"(?:what|which) (?:look|watch) (?:out )?for",
    r"how (?:common|likely|serious|dangerous) (?:is|are)",
    # Not "is that normal with casts?" after a report: "that" points back at what was told.
    r"(?:is|are) (?!(?:that|this|these|those) )(?:\w+ ){1,3}(?:common|normal|usual) "
    r"(?:after|with|when|in|on|for)",
    r"(?:should|would|do) (?:you|someone|one|a person|people) (?:still |always )?"
    r"(?:call|go|ring|phone|dial)",
    r"is it true",
    r"can (?:a|an) (?:\w+ ){0,2}(?:happen|occur)",
    r"what to (?:look out for|watch for|watch out for)",
    # "Do women get different heart attack symptoms?"
    r"(?:do|does|can|could|would) (?:women|men|older people|young people|kids|children|people|"
    r"diabetics|athletes) (?:get|have|feel|notice) (?:\w+ ){0,3}(?:signs|symptoms)",
    r"why (?:is|are|do|does) ",
    # Not "can X cause Y?": "can running cause chest pain" is as often a report as a question,
    # and reading it as a question would take "call now" away (measured on real questions).
    # Not "...third morning this week. What do I do?": asked in the first person without an "if",
    # it asks what to do about what was just described.
    r"what (?:should|do|would|can|must) (?!i\b|we\b)(?:\w+ ){0,3}do",
    r"what (?:should|do|would|can|must) (?:i|we) (?:\w+ ){0,2}do (?:if|when|in case)",
    r"(?:if|when|in case) (?:\w+ ){1,8}what (?:should|do|would|can|must) (?:i|we) (?:\w+ ){0,2}do",
    # "What to do if she faints?", not a bare "what to do" after a report ("...now very sleepy.
    # what to do"), which asks what to do about what was told.
    r"what to do (?:if|when|whenever|in case|in an?|before|for|after)",
    r"(?:if|when|in case) (?:\w+ ){1,8}what to do",
    # A learner's, with "do" left out: "what u do if varicose vein start bleeding?", "what FAST
    # mean for stroke?"
    r"what (?:u|you) do (?:if|when)",
    r"what (?:\w+ ){1,2}mean for (?:a |the )?(?:stroke|heart attack|clot|dvt|faint\w*|sepsis)",
    # The drill asked for a case put as "if": "what's the drill if a recruit says chest pain?",
    # "if a member's vein starts bleeding, what's step 1?"
    r"(?:whats|what is|what are) (?:the |our |your )?(?:actual |proper |right )?(?:drill|protocol|"
    r"procedure|plan|step 1|step one|first step|first steps) (?:if|when|for when)",
    r"(?:if|when)(?: \w+){1,10} (?:whats|what is|what are) (?:the |our |your )?(?:actual |proper |"
    r"right )?(?:drill|protocol|procedure|plan|step 1|step one|first step|first steps)\b",
    # First aid asked in general: "how do you stop a varicose vein bleed?"
    r"how (?:do|would|should|can|could) (?:you|one|people|someone|u) (?:stop|treat|handle|deal "
    r"with|manage|control) ",
    r"how to (?:stop|treat|handle|deal with|manage|control) (?:\w+ ){0,3}(?:bleed\w*|faint\w*|"
    r"seizures?|fits?|heat ?stroke|nosebleeds?)",
    r"(?:whats|what is|what are) the first aid (?:if|when|for)",
    r"what (?:does|do) (?:\w+ ){0,2}stand for",
    # "Which is the one to worry about?", after two kinds are set side by side.
    r"which (?:one |kind |type |of them )?(?:is|are) (?:the (?:one|ones|kind) )?to (?:worry|be "
    r"worried) about",
    # "How much weight gain should make me tell them to ring their nurse?"
    r"how (?:much|many|long|fast|high|low) (?:\w+ ){0,8}(?:should|would|must) (?:make|get) (?:me|"
    r"you|us|someone|them|a person) (?:\w+ ){0,2}(?:tell|call|ring|worry|phone|act|go|seek)",
    r"(?:whats|what is) (?:fast|be fast|befast)\b",
    r"does (?:it|that|this|fast) (?:cover|include|apply to)",
    r"just curious|asking for (?:info|a friend who wants to know)|wondering what",
)
# Someone, now: the writer or a person they describe, with a present or very recent event.
# A conditional ("if I have", "how do I know if I'm having") is a question, not a report.
REPORT = words(
    r"(?<!if )(?<!whether )(?:i|he|she|they|we) (?:have|has|got|feel|feels|felt|am|is|are|keep|"
    r"keeps|kept|cant|couldnt|started|noticed|just|woke|fainted|collapsed|passed|blacked|keeled|"
    r"went down)",
    # What comes on, told as the writer's own pattern and placed: "I get a tight band across my
    # chest". Not "I get cramps" or "I get a flutter" beside "how do you tell...?", which ask.
    r"(?<!if )(?<!whether )(?<!do )(?<!does )(?<!would )(?<!could )(?:i|he|she) (?:get|gets) "
    r"(?:a |an |this |that |some )?(?:\w+ ){0,2}(?:pain|pains|ache|band|pressure|tightness)"
    r"(?: \w+){0,2} (?:in|across|around|round|on) (?:my|his|her|the) (?:chest|arm|jaw|neck|back|"
    r"calf|leg)",
    # What the body is doing, told in the first or third person: "I wee very little".
    r"(?<!if )(?<!whether )(?:i|he|she) (?:pee|pees|peed|wee|wees|weed|sweat|sweats|ache|aches|"
    r"hurt|hurts|bleed|bleeds|bled|vomited|threw up)\b",
    r"(?<!if )(?:im|ive|hes|shes|theyre|weve) (?:got|been|having|feeling|getting|had|noticed|"
    r"started|just|now|still|so|really|kinda|a bit|currently|sat|sitting|lying)",
    # A state told now: "he's grey and clammy", "she doesn't know me". Not "she's confused" or
    # "I'm dizzy", which as often mean puzzled, or how it goes every time.
    r"(?<!if )(?:hes|shes|theyre) (?:drowsy|unconscious|unresponsive|pale|grey|gray|clammy|blue|"
    r"floppy|breathless)\b",
    # Someone named, with what they cannot do, told without "my": "colleague on farm cannot
    # breath". Not "if a colleague cannot breathe".
    rf"(?<!if )(?<!if a )(?<!if the )(?<!if your )(?<!when )(?<!when a )(?:{PEOPLE})"
    r"(?: (?:on|at|in) (?:the )?\w+)? (?:cant|cannot|can not|couldnt) (?:breathe?|speak|talk|"
    r"move|stand|wake)",
    r"(?<!if )(?:he|she|they) (?:doesnt|does not|dont|do not) (?:know|recognise|recognize) "
    r"(?:me|us|where|what day|who)\b",
    r"(?<!if )(?<!if he )(?<!if she )(?:doesnt|does not) (?:know|recognise|recognize) (?:me|us)\b",
    r"(?:my|his|her|their|our) (?:left |right )?(?:chest|heart|leg|legs|calf|calves|arm|arms|foot|"
    r"feet|ankle|ankles|face|head|vision|eye|pee|urine|breathing|pulse|heart rate|hr|skin|toes|"
    r"shin|shins|back|jaw|neck|dad|mum|mom|wife|husband|partner|son|daughter|brother|sister|"
    r"friend|mate|gf|bf|grandad|grandma|nan) (?:\w+ ){0,2}(?:is|are|was|were|feels|felt|went|has|"
    r"have|had|hurts|started|keeps|looks|looked|got|gone|been|get|gets|go|goes|turn|turns)",
    # Another's body part, or a sore told by its not healing: "a cut on my mum's toe not healing".
    r"(?:my|his|her|their|our) \w+s (?:left |right )?(?:chest|leg|legs|calf|arm|foot|feet|ankle|"
    r"face|skin|toe|toes|heel|knee|shin|back) (?:\w+ ){0,2}(?:is|are|feels|looks|has gone|went|"
    r"not healing|isnt healing|wont heal)",
    # Found on the body: "one of my runners found a painless lump in one testicle".
    r"(?<!if )(?<!whether )(?:found|noticed|discovered|felt) (?:a |an |this |some )?(?:\w+ ){0,2}"
    r"(?:lump|lumps|swelling|bump|bulge|growth|mole|rash|blood)\b",
    # The heart doing something odd: "my heart makes little jumps", "my heart skips".
    # Told as it goes on, not as a one-off just past ("like my heart skipped once").
    r"(?:my|his|her) (?:heart|pulse|heartbeat) (?:\w+ ){0,2}(?:makes|does|skips|jumps|races|pounds|"
    r"flutters|knocks|flips)",
    # Legs that ache on the move: "my calves ache walking to the shops".
    r"(?:my|his|her) (?:legs?|calf|calves|thighs?|buttocks?) (?:\w+ ){0,2}(?:ache|aches|ached|burn|"
    r"burns|cramp|cramps)(?: \w+){0,3} (?:when|after|walking|on (?:walks|the walk|hills|stairs))",
    # "They were having" is not "we're having".
    r"(?<!if )(?<!mean )(?<!means )(?<!show )(?<!shows )(?<!they )(?<!you )(?<!people )"
    r"(?:im|hes|shes|theyre|were|its) "
    r"(?:not |still |really |so |just |kinda |now )?\w+ing",
    r"(?:my|his|her|their|our) (?:\w+ ){0,3}(?:just )?(?:collapsed|fainted|passed out|went down|"
    r"started|keeled over|blacked out|is|has|feels|went)",
    # A relative's body told by their name for them: "dad's face has dropped on one side". Not
    # "dad's got angina", which is news beside a question.
    r"(?:dads|mums|moms|wifes|husbands|partners|sons|daughters|brothers|sisters|friends|mates|"
    r"grandads|grandmas|nans|bfs|gfs) (?:left |right )?(?:face|mouth|smile|eyes?|vision|speech|"
    r"words|arms?|hands?|legs?|feet|foot|calf|chest|lips|skin|breathing|pulse|heart(?! failure)) "
    r"(?:\w+ ){0,2}(?:is|are|was|were|feels|felt|went|has|have|had|hurts|started|keeps|looks|"
    r"looked|gone|droops|drooped|drooping|sags|sagged|dropped|slurs|slurring)(?! covered)",
    # Or with no "my" at all: "dad has chest pain and sweating now". A relative's condition
    # named as news ("dad has angina") tells of no body and no symptom, so it stays news.
    r"(?<!if )(?<!whether )(?<!when )(?<!say )(?:dad|mum|mom|wife|husband|hubby|partner|son|"
    r"daughter|brother|sister|grandad|grandma|nan|gran) (?:(?:has|keeps|feels|felt|looks|looked)"
    r"(?: got)?(?: \w+){0,2} (?:pain|sweat\w*|grey|gray|pale|clammy|breathless|dizzy|numb|"
    r"confused|slurr\w*)|(?:is|was) (?:\w+ )?(?:sweating|grey|gray|pale|clammy|breathless|"
    r"struggling|slurring|confused|vomiting|unwell|in pain)|collapsed|fainted|cant breathe)",
    r"just (?:collapsed|fainted|passed out|went down|keeled over|blacked out)",
    # Someone named by who they are at the scene, then what they are doing: "one of the other
    # dads has gone down on one knee holding his chest".
    # Not "that player went down at the Euros", a match on television.
    r"(?:one of the|another) (?:\w+ ){0,2}(?:parents|dads|mums|moms|players|lads|runners|members|"
    r"coaches|men|women|guys|blokes|ladies|refs|kids|boys|girls|customers|colleagues|clients|"
    r"neighbours)(?: \w+){0,5} (?:has collapsed|has gone down|is holding|holding|clutching|"
    r"grabbing|is grey|gone grey|is sweating)",
    # The writer's own case set beside the general question: "mine's on day 3".
    r"mines|mine (?:is|has|was|feels|looks|started|keeps)",
    # The writer as the one it happens to: "why does walking give me a tight calf?"
    r"(?:give|gives|gave|giving) me (?:a |an |this |these |such )?(?:\w+ ){0,3}(?:pain|pains|ache|"
    r"aches|cramps?|tight\w*|twinges?|burning|palpitations|headaches?)",
    r"(?:its|it has|it) (?:come|comes|came|got|gets|gotten|kicked) (?:on|in|worse|back)",
    r"(?:been|keep|kept|started) noticing|(?:has|have) crept up",
    # The "I" left out at a sentence's start, or the body told by how it looks: "can't get my
    # breath at all, lips look bluish" (then "I don't know what to do").
    r"^(?:cant|cannot|can not|couldnt) (?:breathe|get (?:my|a) breath|catch my breath|stand|"
    r"move|speak|talk|see|feel)",
    r"(?:lips|face|fingers|skin)(?: \w+){0,2} (?:look|looks|are|is|gone|going|turning|turned) "
    r"(?:\w+ )?(?:blue|bluish|blueish|grey|gray|purple|white)",
    # A sign still there, or worse now: "still pain, now more sweaty and breathless".
    r"still (?:in )?(?:pain|hurting|sweaty|clammy|breathless|grey|dizzy|bleeding|numb)",
    r"now (?:more|very|really|getting|so|even more) (?:\w+ )?(?:sweaty|clammy|breathless|grey|"
    r"pale|dizzy|confused|drowsy|pain\w*|sick|faint|worse)",
    # A medicine just used on it: "he used his red spray twice".
    r"(?:i|he|she|they) (?:used|took|tried|had|gave) (?:his|her|my|their|him|her) (?:\w+ ){0,2}"
    r"(?:spray|inhaler|pump|gtn|tablets?|pen|epipen|puffer)",
    r"(?:my|his|her) (?:left|right) ones?",
    # A measurement logged of a limb: "L calf: 38cm".
    r"(?:left|right) (?:calf|leg|ankle|thigh|arm) \d\d",
    r"(?:fine|ok|okay|better|gone|settled) now",
    r"having (?:\w+ ){0,2}(?:pain|ache|swelling|trouble|problem)",
    r"(?:right now|rn|at the moment|atm|currently|since (?:this|yesterday|last|then|i|he|she|"
    r"morning|\d+ (?:days|hours|weeks))|"
    r"for the (?:last|past)|this (?:morning|evening|afternoon|week)|tonight|today|just now|"
    r"an hour ago|\d+ (?:min|mins|minutes|hours|hrs|days) (?:ago|now))",
)


# The writer says outright that nothing is happening: it's for knowledge, a leaflet or a lesson.
# Only explicit words: "I read about clots, my calf is swollen" is still a report.
JUST_ASKING = words(
    r"general question",
    r"(?:ask|asking) (?:for|out of) (?:knowledge|info|information|interest|curiosity)",
    r"for (?:knowledge|info|information) only",
    r"nobody(?:s| has| is)? (?:\w+ )?(?:fainted|collapsed|ill|hurt|had|got|unwell|poorly|sick)",
    r"no ?one(?:s| has| is)? (?:\w+ )?(?:fainted|collapsed|ill|hurt|had|got|unwell|poorly|sick)",
    r"for (?:our|a|the|my) (?:\w+ ){0,3}(?:leaflet|poster|module|lesson|newsletter)",
    r"not (?:about )?me(?: just| im)? asking|not me just|not about me",
    r"for those of us",
    r"(?:asking|ask) in advance|nothing (?:has |have )?happened",
    r"(?:asking|ask) for (?:my|our|the) (?:\w+ ){0,2}(?:coach|team|club|class|group|kids)",
    r"asking so (?:i|we) (?:know|can|am ready|are ready)",
    r"(?:like|want) (?:the |our |my )?(?:\w+ )?(?:coaches|staff|team|members|volunteers|leaders) "
    r"to know",
    r"saw (?:it|this) (?:mentioned|on|in)",
    r"want to know (?:the |what the )?(?:warning )?signs|know what to (?:look|watch) (?:out )?for",
    r"for (?:a|the|my|our) (?:\w+ ){0,3}(?:talk|presentation|class|course|workshop|session) "
    r"(?:im|i am|were|we are) (?:giving|running|doing|teaching)",
    r"out of (?:curiosity|interest)",
    r"(?:everything|all)(?:s| is)? (?:fine|ok|okay|good|normal) (?:at the moment|right now|for now|"
    r"atm|currently|so far)",
    r"nothing(?:s| is)? (?:wrong|happening) (?:at the moment|right now|atm|currently)",
    r"(?:write|writing|make|making|put together|putting together|draft\w*) (?:a |an |our |the )?"
    r"(?:\w+ ){0,2}(?:guide|leaflet|poster|handout|policy|plan|checklist|notes)",
)


# "Is it normal for my chest to feel tight when I run?": asked about a feeling the writer has, so
# it is read as a report (the rules then judge it) unless they say they are only asking. Only
# opening a sentence: "how breathless is it OK to get..." asks where the line is.
NORMAL_FOR_ME = words(
    r"(?:is|isnt) it (?:normal|ok|okay|common|usual) (?:after (?:\w+ ){1,5})?"
    r"(?:for (?:my |your |the |one |a )?\w+ (?:\w+ ){0,3})?to \w+"
)


def asks_about_signs(message: Message) -> bool:
    """A question about warning signs, with no report of anything happening now."""
    if not message.mentioned(ABOUT_SIGNS) or message.mentioned(ITS_ME):
        return False
    # "I have no symptoms" reports nothing; what else its sentence says still may.
    # Nor does a fear of what may come ("I'm scared it happen when she's alone").
    told = [_WORRY_AHEAD.sub("", _NOTHING_TO_TELL.sub("", s)) for s in message.sentences]
    reports = [
        s
        for s in told
        if s
        and (
            REPORT.search(s)
            or NORMAL_FOR_ME.match(s)
            # A body or a symptom dated to the last minutes or hours: "my dad's face dropped ten
            # minutes ago, how do you know if it's a stroke?" reports it, however it is asked.
            or (_DATED_TO_NOW.search(s) and _BODY_OR_SYMPTOM.search(s))
        )
        and not (_HOW_ANOTHERS_BEGAN.search(s) and not _TOLD_AS_NOW.search(s))
        # Why the question is asked, told as last year's: "someone went down at a meetup last
        # spring and nobody knew what to do".
        and not (_LONG_AGO.search(s) and not _TOLD_AS_NOW.search(s))
        # Or as someone's talk: "my mum keeps going on about it".
        and not _ONLY_TALK.fullmatch(s)
        # Or as why it is asked, a long-standing condition someone has: "asking because my gran
        # has AF". Not an event ("asking because my dad collapsed yesterday") or a symptom.
        and not (_WHY_ASKED_A_CONDITION.fullmatch(s) and not _TOLD_AS_NOW.search(s))
    ]
    # "What does a stroke look like? My dad has started the walking group": news beside the
    # question, told in sentences with no body part and no symptom at all, reports nothing.
    news_only = reports and not any(
        _BODY_OR_SYMPTOM.search(s) or ABOUT_SIGNS.search(s) for s in reports
    )
    # Unless it says the signs asked about are going on: "...and still not coming round? my
    # friend at the gym RIGHT NOW", "...with a cough and a temp? 2 days now".
    # Not "I'm fine right now" or "nothing going on right now", which say the opposite.
    going_on = message.mentioned(_GOING_ON_NOW) and message.mentioned(_BODY_OR_SYMPTOM)
    if going_on and not (message.mentioned(JUST_ASKING) or message.mentioned(_ALL_FINE_NOW)):
        return False
    return not reports or bool(news_only) or message.mentioned(JUST_ASKING)


# The writer says they have no symptoms, with no "except", "but" or "just a…" after it.
_NOTHING_TO_TELL = words(
    r"(?:i have|ive got|i got|i have got|ive had|i am having|im having|i feel|i had) no "
    r"(?:symptoms|signs)(?: (?:at all|whatsoever|now|currently|right now))?"
    r"(?! (?:just (?:a|an|some|my|the|this|that)|only|except|apart|other than|but|besides|bar|"
    r"though|yet|apart from)\b)",
)
_WORRY_AHEAD = words(
    r"(?:scared|worried|afraid|frightened|terrified|paranoid) (?:that )?(?:it|this|that|one) "
    r"(?:will |might |could |may |would )?happens?"
)
# How someone else's stroke or heart attack began, told as its story beside a question ("my
# neighbour's stroke started with dizziness"): history, unless it is dated to now ("...started
# with dizziness an hour ago").
_HOW_ANOTHERS_BEGAN = words(
    r"(?:friend|neighbour|neighbor|mum|mom|mother|dad|father|gran|nan|grandad|grandma|grandpa|"
    r"uncle|aunt|auntie|brother|sister|husband|wife|partner|colleague|mate|cousin)s? "
    r"(?:stroke|heart attack|clot|dvt|tia|mini stroke) (?:started|began|came on|first showed) "
    r"(?:with|as)",
)
_WHY_ASKED_A_CONDITION = words(
    r"(?:im |i am |just )?(?:asking|ask|i ask) (?:because|cos|coz|cause|as|since) (?:\w+ ){0,3}"
    r"(?:has|have|has got|lives with|is on|takes|got) (?:an? |the )?(?:\w+ )?(?:irregular "
    r"(?:heart ?beat|heart ?rhythm|heart|rhythm|pulse)|af|afib|a fib|atrial fibrillation|angina|"
    r"heart failure|diabet\w*|type (?:1|2|one|two)|asthma|copd|high blood pressure|hypertension|"
    r"varicose veins|pad|peripheral arter\w* disease|a pacemaker|a heart condition|a heart problem)"
)
# A sentence that tells only of someone's talk about the subject: "my mum keeps going on about
# it", "she won't stop banging on about it".
_ONLY_TALK = words(
    r"(?:\w+ ){0,3}(?:keeps|kept|is always|always|wont stop|never stops|has been|was) "
    r"(?:going on|banging on|talking|nagging me|on at me|reading up|posting) about (?:it|them|this|"
    r"that|sepsis|strokes?|clots?|heart attacks?)(?: \w+){0,3}"
)
_LONG_AGO = words(
    r"last (?:year|spring|summer|autumn|fall|winter|season)",
    r"(?:a|one|two|three|four|five|\d+|a few|few|a couple of|several) years? ago",
    r"years ago|back in \d{4}",
)
_TOLD_AS_NOW = words(
    r"now|today|tonight|this (?:morning|afternoon|evening)|ago|currently|at the moment|just",
)


# Told as going on now, however the rest is asked: "right now", "2 days now", "for the last 3
# hrs", "since the weekend", "hasn't eased in 20 min", "been like it 20 min".
_GOING_ON_NOW = words(
    r"right now|as we speak|this (?:very )?(?:minute|second)",
    r"(?:\d+|a few|few|a couple of|two|three|four|five|ten|twenty) (?:min|mins|minutes|hours?|"
    r"hrs?|days) now",
    r"for the (?:last|past) (?:\d+|a few|few|couple of|two|three|four|five|ten|twenty) (?:min|"
    r"mins|minutes|hours?|hrs?|days)",
    r"since (?:the weekend|last night|this morning|lunch|yesterday)",
    r"(?:hasnt|has not|havent|not) (?:eased|settled|stopped|gone|passed|improved) (?:in|for|after) "
    r"(?:\d+|a few|ten|twenty|thirty|half an|an) (?:min|mins|minutes|hours?|hrs?)",
    r"(?:been like (?:it|this|that)|been going on|going on) (?:for )?(?:about )?(?:\d+|a few|ten|"
    r"twenty|thirty|half an|an) (?:min|mins|minutes|hours?|hrs?)",
    # A sign still there and growing, or a colour seen now: "pain still there and getting worse,
    # he look very pale now. what to do".
    r"(?:still there|still going|not going away|wont go away|not easing),? (?:and |but )?(?:its |"
    r"is )?(?:getting|gone|going) worse",
    r"(?:looks?|is|s|gone|going|turned|went) (?:very |really |so |all )?(?:pale|grey|gray|ashen|"
    r"blue|clammy|sweaty) now",
)
_ALL_FINE_NOW = words(
    r"(?:fine|ok|okay|well|good|alright|nothing(?: \w+){0,2}|no \w+(?: \w+)?) (?:right now|as we "
    r"speak|at the moment)"
)
_DATED_TO_NOW = words(
    r"(?:\d+|a few|few|a couple of|ten|five|fifteen|twenty|thirty|forty|an?|half an) "
    r"(?:min|mins|minutes|hours?|hrs?) ago",
    r"just now|right now|as we speak",
)
# Any body part, symptom or feeling: a sentence with none of these tells no sign.
_BODY_OR_SYMPTOM = words(
    r"pain\w*|ach\w*|hurt\w*|sore\w*|swell\w*|swollen|puff\w*|red\w*|hot|warm\w*|numb\w*|"
    r"tingl\w*|weak\w*|dizz\w*|faint\w*|collaps\w*|breath\w*|sweat\w*|clammy|grey|gray|pale\w*",
    r"sick\w*|vomit\w*|nause\w*|chest|heart\w*|legs?|calf|calves|arms?|jaw|head\w*|face|speech|"
    r"talk\w*|vision|eyes?|see|urine|pee|wee|blood|bleed\w*|tight\w*|pressure|rac\w*|pound\w*",
    r"flutter\w*|cold|blue|confus\w*|fever\w*|temperature|ill|unwell|wrong|off|funny|weird|"
    r"strange|odd|feel\w*|felt|fell|fall\w*|symptoms?|signs?|pulse|rate|bpm|foot|feet|ankles?|"
    r"knees?|shins?|thighs?|hands?|fingers?|toes?|skin|lump\w*|bruis\w*|cramp\w*|tired\w*|"
    r"exhaust\w*|attack|stroke|clot\w*|hospital|ambulance|doctor|gp|a and e",
    r"went down|passed out|blacked out|came round|came to",
    # The room turning and the stomach with it: "room's been spinning since I woke, throwing up".
    r"spinning(?! class\w*| bikes?\b)|throw\w* up|threw up|spew\w*|puk\w*",
    # What swelling does to rings and shoes; an event told without its name ("it happened
    # this afternoon", "this week it's come on walking to the car").
    r"rings?|shoes|socks|boots|trainers|it|its|this|that|these|they|them|happen\w*|"
    r"came|comes|coming|keeps?|kept|again|episodes?|spells?|bouts?",
)
