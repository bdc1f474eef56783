"""Who a message can be about, named without "my": "wife fitting on floor", "colleague on farm
cannot breath", "found dad on the floor". One list, so each rule that reads a person told bare
knows the same people.
"""

from __future__ import annotations

# A regex alternation to set inside a group; the rules add "my"/"his" and the verbs they read.
PEOPLE = (
    r"wife|husband|partner|gf|bf|mate|friend|flatmate|neighbour|neighbor|dad|mum|mom|nan|gran|"
    r"grandad|grandma|grandpa|son|daughter|brother|sister|uncle|aunt|kid|child|baby|lad|girl|guy|"
    r"bloke|man|woman|someone|somebody|member|client|player|customer|resident|patient|recruit|"
    r"cadet|trainee|pupil|student|runner|swimmer|colleague|coworker|co worker|workmate|boss|"
    r"teammate"
)
