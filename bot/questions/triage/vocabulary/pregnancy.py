"""Pregnancy and the weeks after a birth, and pre-eclampsia's signs (NHS, NICE NG133)."""

from __future__ import annotations

from bot.questions.triage.text import words

PREGNANT = words(
    # Not "not pregnant" or "no longer pregnant".
    r"(?<!not )(?<!no longer )(?<!isnt )(?<!arent )pregnan\w*",
    r"\d+ ?weeks? (?:pregnant|gone|along)",
    r"(?:third|second|3rd|2nd) trimester",
    r"(?:weeks|days) (?:after|since) (?:giving birth|birth|the birth|my baby|having)",
    r"(?:weeks|days) (?:after|since) (?:my |the |a )?(?:c ?section|caesarean|delivery)",
    r"(?:had|gave birth to|delivered) (?:my |the |a |our )?(?:baby|son|daughter|twins)",
    r"post ?partum",
    r"gave birth",
    r"\d+ ?wks? (?:pregnant|gone|along)",
    # "Eight months gone".
    r"(?:[4-9]|four|five|six|seven|eight|nine) months (?:pregnant|gone|along)",
    r"(?:prenatal|antenatal|pregnancy)",
    # Said plainly: "I am having a baby", "she's expecting". Not a baby shower, nor "expecting
    # the worst", "expecting a call": expecting only at the end or before a baby, twins or a date.
    r"(?:im|i am|shes|she is|were|we are|wife is|partner is) having a baby\b(?! shower)",
    r"(?:im|i am|shes|she is|were|we are|wife is|partner is) expecting(?= *$| (?:a baby|twins|"
    r"again|(?:our|my|her) (?:first|second|third|baby)|in (?:january|february|march|april|may|june|"
    r"july|august|september|october|november|december|the spring|the summer|the autumn)))",
    r"\b(?:2\d|3\d|40|41) ?(?:weeks|wks|wk)\b(?! ago| of| training| into| in)",
    # Said of a woman, whatever follows: "my sister is 35 weeks in this heat".
    # Or with the verb and the plural left out: "my wife 36 week".
    r"(?:im|i am|shes|she is|(?:wife|partner|sister|daughter|girlfriend|fiancee|missus)(?: is)?) "
    r"(?:2\d|3\d|40|41) ?(?:weeks?|wks?)\b(?! ago| old| post| after| since| into| of| training|"
    r" out| sober| clean)",
    # The week written short at the start: "32w and my face has puffed up", "I'm 34w".
    r"(?:^|im |i am |shes |she is )(?:2\d|3\d|40|41) ?w\b",
    # A check-in headed by the week of the pregnancy: "week 32 check in".
    r"(?:pregnancy )?week (?:2\d|3\d|40|41)\b(?! of| training| into| in| \d)",
    r"pre ?eclampsia",
    r"midwife",
    r"expecting",
    r"due in (?:\d+|a few|two|three|four|five|six) (?:weeks|days)|due date",
    r"preggo|preggers|preggy",
    r"(?:with|expecting|pregnant with) (?:number|baby) (?:two|three|four|2|3|4)",
    r"bump",
    r"newborn",
    # The baby's age, in the days and weeks after a birth: "baby 2 weeks old".
    r"(?:baby|newborn)(?: is| s)? (?:\d+|one|two|three|four|five|six) (?:days?|weeks?|wks?) old",
)


# From 28 weeks, when a growing baby leaves less room to breathe.
LATE_PREGNANCY = words(r"(?:third|3rd) trimester|(?:2[89]|3\d|40) ?(?:weeks|wks)")


PE_NAMED = words(r"pre ?eclampsia")
# A reading found high at a check ("BP was a bit high", "high bp at her midwife check"), not
# high blood pressure known from before the pregnancy: pre-eclampsia's sign beside another one.
BP_FOUND_HIGH = words(
    r"(?:bp|blood pressure)(?: was| is|s)?(?: a bit| slightly| quite| a little)? (?:high|up|"
    r"raised)",
    r"(?:high|raised) (?:bp|blood pressure) (?:at|on|reading|today|yesterday|this)",
)
PE_SIGNS = words(
    r"(?:bad|severe|splitting|awful|pounding|thumping|throbbing|banging|terrible|horrible|wont go|"
    r"wont shift|"
    r"wont go away)(?: \w+){0,2} headaches?",
    r"headaches?(?: \w+){0,3} (?:wont|not) (?:go|going|shift|ease)",
    # Painkillers that don't reach it: "a headache all day that paracetamol won't touch".
    r"headaches?(?: \w+){0,8} (?:paracetamol|painkillers?|tablets?|pills?) (?:isnt|wont|is not|"
    r"will not|doesnt|didnt|hasnt|not) (?:even )?(?:touch\w*|help\w*|shift\w*|work\w*|"
    r"do\w* anything)",
    # "Her vision has been a bit blurry and spotty".
    r"(?:visions?|sight|eyes?)(?: \w+){0,4} (?:blurr\w*|blurry|flash|flashing|flashes|spots|spotty|"
    r"sparkl\w*|funny|weird|fuzzy)",
    r"(?:flashing|flashes of) (?:lights?|spots)",
    # The sight named after what is seen: "sparkly spots in my vision".
    r"(?:spots|sparkl\w*|flash\w*|zigzags?|patches|lights)(?: \w+){0,2} in (?:my|her|your|the|"
    r"their) (?:vision|sight|eyes?)",
    # "See flashing", "seeing stars".
    r"(?:see|seeing|saw|i see) (?:\w+ )?(?:flashing|flashes|flashy|sparkl\w*|zigzags?)",
    # The strength after the word: "headache strong", "headache very bad".
    r"headaches? (?:very |so |really |too )?(?:strong|bad|severe|terrible|big)",
    # Or "head pain" in a learner's words: "head pain very bad".
    r"head (?:pain|ache|hurt\w*) (?:is )?(?:very |so |really |too )?(?:strong|bad|severe|"
    r"terrible|big)",
    # Blurred sight told by what went blurry: "couldn't read the screen, sort of blurry".
    r"(?:sort of|kind of|gone|went|going|everything|words|letters|page)(?: \w+)? "
    r"(?:blurr\w*|fuzzy|double)",
    r"(?:couldnt|cant|cannot|could not) (?:properly |quite )?(?:read|focus on|make out) "
    r"(?:the|my) (?:screen|phone|page|words|board|numbers|display)",
    r"(?:blurr\w*|blurry|fuzzy) (?:vision|sight|eyes)",
    # The sight told from "seeing" on: a negation before it ("paracetamol isn't touching it, and
    # I keep seeing...") is the headache's, not the sight's.
    r"(?:seeing|(?<=i )see|(?<=i )can see) (?:\w+ ){0,2}(?:spots|stars|flashes|sparkles|"
    r"sparkly|flashing|zigzags?|lights)",
    # Placed in the eyes: "little stars in the eyes", "spots in front of my eyes".
    r"(?:spots|stars|flashes|sparkles|zigzags|lights) (?:in|before|in front of) (?:the|my|her) "
    r"eyes",
    # Said without the word: "splitting head", "head's pounding", "can't see right".
    r"splitting head\b|head (?:is |feels )?(?:splitting|pounding|banging|thumping)",
    r"(?:cant|cannot|couldnt) see (?:right|properly|straight|clearly)",
    # Placed by the tummy first: "an ache at the top of my tummy under my ribs".
    r"(?:pain|ache|hurts?|heartburn)(?: \w+){0,3} (?:under|below) (?:my |the |her )?"
    r"(?:ribs|right ribs|ribcage)",
    r"(?:pain|ache|hurts?)(?: \w+){0,2} (?:at the top of|top of|in the top of|high up in) "
    r"(?:my |the |her )?(?:tummy|stomach|belly|bump)(?: \w+){0,2} (?:under|below) "
    r"(?:my |the |her )?(?:ribs|ribcage)",
    r"(?:face|hands|fingers)(?: \w+){0,3} (?:swollen|swell\w*|puffy|puffier|puffed|"
    r"puffing up|ballooned|inflated|puff(?: up)? (?:sudden\w*|overnight|since))",
    # Not eyes that itch and stream with hay fever.
    r"eyes(?: \w+){0,3} (?:swollen|swell\w*|puffy|puffier|puffed|puffing up|ballooned)"
    r"(?! and (?:itchy|watery|streaming|red|sore)| from (?:hay ?fever|pollen|crying))",
    r"(?:face|hands|fingers)(?: \w+){0,2} (?:rounder|fatter|puffier|fuller) than",
    r"(?:swollen|swelling|puffy) (?:face|hands|fingers|eyes)",
    # NHS (pre-eclampsia): sudden swelling of the face, hands or feet.
    r"(?:suddenly|sudden) (?:really |very |so |all |quite )?(?:swollen|swelling|puffy|swelled|"
    r"puffed|ballooned)",
    r"(?:swollen|swelled|puffed|puffy|ballooned)(?: up)? (?:(?:really|very|so|quite) )?(?:suddenly|"
    r"all of a sudden|overnight)",
    # "Feet have blown up like balloons today, came on fast".
    r"(?:feet|ankles|hands|face|legs)(?: \w+){0,2} (?:blown|blew) up",
    r"(?<!dont )(?<!not )(?<!cant )see (?:\w+ )?(?:spots|flashes|flashing lights|zigzags?)\b",
    r"rings?(?: \w+){0,2} (?:wont|dont|doesnt|cant|cannot|wouldnt|not) (?:come off|fit|go on|"
    r"go off)",
    r"blood pressure (?:is )?(?:high|up|raised)",
    r"(?:swollen|swelling|puffiness|puffy) (?:in|of|round|around) (?:her |my |the |their )?(?:face|"
    r"hands|fingers|eyes)",
)
