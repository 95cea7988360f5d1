"""The words of the shop's synthetic reviews: titles and texts per department and mood.

Written for this shop, licence-free. Reviews are in the catalog's language (English), like
product names and descriptions, and are not translated. Sensitive departments (pregnancy &
baby, health & weight, alcohol) get reviews about the product only: how it arrived, how it
works, what it is worth; never a reviewer's body, health, family or habits, so nothing on
such a page is embarrassing to read over a shoulder or says anything about who is reading.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from tightrope.catalog import Product

Pair = tuple[str, str]  # (title, text)

FIRST_NAMES = [
    "Sam", "Alex", "Priya", "Tom", "Maria", "Jon", "Aisha", "Ben", "Chloe", "Daniel",
    "Elena", "Finn", "Grace", "Hassan", "Ines", "Jamie", "Kasia", "Leo", "Mei", "Nadia",
    "Oscar", "Pat", "Quinn", "Rosa", "Sofia", "Theo", "Uma", "Victor", "Wen", "Yusuf",
    "Zoe", "Marta", "Ravi", "Hannah", "Luca", "Amara", "Kenji", "Freya", "Omar", "Ruth",
]  # fmt: skip

# Any department: good (4-5 stars), mixed (3), bad (1-2).
GENERIC: dict[str, list[Pair]] = {
    "good": [
        ("Does what it says", "Arrived on time, well packed, and does exactly what the page "
         "promises. No complaints."),
        ("Good value", "Cheaper than the shops in town and just as good. Would buy again."),
        ("Happy with it", "Took a chance on this and I'm glad I did. Solid quality for the "
         "price."),
        ("Would recommend", "Exactly as described and it arrived quickly."),
    ],
    "mixed": [
        ("Fine, not amazing", "It works, but I expected a little more for the price. "
         "Packaging was more than it needed."),
        ("OK", "Does the job. Nothing special, nothing wrong."),
    ],
    "bad": [
        ("Not for me", "Didn't live up to the description. Returning was easy, at least."),
        ("Disappointed", "Arrived a week late and the quality is not what the photos "
         "suggest."),
    ],
}  # fmt: skip

# Things that are used up (food, seeds, wipes) in a department of lasting things, and lasting
# things (a pill organiser, tumblers) in a department of things used up.
USED_UP: dict[str, list[Pair]] = {
    "good": [
        (
            "On repeat order",
            "Good quality and lasts longer than the cheaper ones. I reorder it every month.",
        ),
        ("Works as described", "Does what the label says. Easy to open and to store."),
    ],
    "mixed": [("Runs out fast", "Works fine, but a pack doesn't last long.")],
    "bad": [("Leaked in the box", "Part of it had spilled by the time it arrived.")],
}
LASTING: dict[str, list[Pair]] = {
    "good": [
        ("Well made", "Sturdy, neat finish, and it still looks new after months of use."),
        ("Easy to use", "Simple to set up and easy to clean."),
    ],
    "mixed": [("A bit flimsy", "Does the job, but the plastic feels thin.")],
    "bad": [("Broke quickly", "Cracked within a few weeks of normal use.")],
}
# departments whose texts below are about things that are used up
USED_UP_DEPARTMENTS = frozenset({"grocery", "beauty", "supplements", "alcohol"})

# department id -> mood -> (title, text); "good_used" etc.: for its used-up products
DEPARTMENTS: dict[str, dict[str, list[Pair]]] = {
    "outdoor": {
        "good": [
            ("Survived a wet weekend", "Used it on a three-day trip with rain most nights. "
             "Everything stayed dry and it packs away small."),
            ("Light and tough", "Noticeably lighter than my old one and feels built to last. "
             "Set-up took minutes."),
            ("Great for short trips", "Perfect for weekend walks and campsites. Easy to carry "
             "and easy to clean."),
        ],
        "mixed": [
            ("Good, but bulky", "Does the job outdoors, but it takes more room in the pack "
             "than I'd hoped."),
            ("Instructions could be better", "Works well once you figure it out. The leaflet "
             "is not much help."),
        ],
        "bad": [
            ("Broke on the second trip", "A strap came loose after two outings. Expected "
             "better for the money."),
            ("Not as waterproof as claimed", "Got damp inside after an hour of steady rain."),
        ],
    },
    "kitchen": {
        "good": [
            ("Use it every day", "Now my go-to in the kitchen. Heats evenly and cleans up "
             "easily."),
            ("Solid and well made", "Feels heavy and sturdy. Dinner for four is no problem."),
            ("Makes cooking easier", "Saves me time on weeknights. Wish I'd bought it sooner."),
        ],
        "mixed": [
            ("Good but heavy", "Cooks well, but it's heavier than I expected and a bit awkward "
             "to store."),
            ("Decent", "Fine for everyday cooking. The handle gets warm."),
        ],
        "bad": [
            ("Coating wore off", "Looked great at first, but started to mark after a month."),
            ("Too small", "Smaller than it looks in the pictures; not enough for a family "
             "meal."),
        ],
    },
    "home": {
        "good": [
            ("Looks lovely", "Fits the room nicely and feels better quality than the price "
             "suggests."),
            ("Cosy and well made", "Soft, well stitched and still looks new after washing."),
            ("Easy to set up", "Took ten minutes to put together. Sturdy and nice to look at."),
        ],
        "mixed": [
            ("Colour a bit off", "Nice enough, but the colour is darker than on screen."),
            ("Fine for the price", "Does the job. Not the most solid thing I own."),
        ],
        "bad": [
            ("Arrived damaged", "One corner was scuffed out of the box. Replacement took "
             "two weeks."),
            ("Flimsy", "Wobbles more than I'd like. Wouldn't buy again."),
        ],
    },
    "electronics": {
        "good": [
            ("Battery lasts ages", "Charges quickly and lasts all week with normal use. Set-up "
             "was simple."),
            ("Great sound for the money", "Clear and loud without distortion. Connects every "
             "time."),
            ("Works out of the box", "No fiddling, no extra apps needed. Just works."),
        ],
        "mixed": [
            ("Good, app is clunky", "The device is fine; the companion app is slow and asks "
             "for too much."),
            ("Decent, cable too short", "Works well, but I had to buy a longer cable."),
        ],
        "bad": [
            ("Stopped working", "Died after six weeks. Support was polite but slow."),
            ("Keeps disconnecting", "Loses the connection several times a day."),
        ],
    },
    "books": {
        "good": [
            ("Couldn't put it down", "Read it in two evenings. The writing is warm and the "
             "ending stayed with me."),
            ("Beautifully written", "Lovely sentences and a story that takes its time in the "
             "best way."),
            ("A great gift", "Bought one for me and one for a friend. We both loved it."),
        ],
        "mixed": [
            ("Slow start", "The first half drags, but it picks up nicely."),
            ("Good, not great", "Enjoyable, though I guessed most of it early on."),
        ],
        "bad": [
            ("Not my kind of book", "Couldn't get into it and gave up halfway."),
            ("Print is tiny", "The story may be fine, but the print is too small to read "
             "comfortably."),
        ],
    },
    "fashion": {
        "good": [
            ("Fits true to size", "Ordered my usual size and it fits perfectly. Good fabric."),
            ("Wear it all the time", "Comfortable, goes with everything, and still looks new "
             "after many washes."),
            ("Better than expected", "Feels more expensive than it was. Stitching is neat."),
        ],
        "mixed": [
            ("Runs a bit small", "Nice quality, but I'd order one size up."),
            ("Colour faded a little", "Still nice, but the colour faded after a few washes."),
        ],
        "bad": [
            ("Seam came apart", "A seam split after the second wear."),
            ("Not like the photo", "Material is thinner and shinier than it looks online."),
        ],
    },
    "fitness": {
        "good": [
            ("Part of my routine now", "Solid, doesn't slip, and easy to put away after a "
             "workout."),
            ("Sturdy", "Feels safe even in hard sessions. Good grip."),
            ("Good for small spaces", "Works well in a flat; easy to store under the bed."),
        ],
        "mixed": [
            ("Does the job", "Fine for the basics. Serious athletes may want something "
             "tougher."),
            ("Smells at first", "Had a rubbery smell for a week; fine after airing."),
        ],
        "bad": [
            ("Wore out quickly", "Started to fray after a month of regular use."),
            ("Noisy", "Squeaks and rattles. Annoying in a quiet home."),
        ],
    },
    "garden": {
        "good": [
            ("Garden looks great", "Easy to use and the results showed within a few weeks."),
            ("Tough and practical", "Left it out in all weathers and it still works like new."),
            ("Good for beginners", "Clear instructions; even I managed to get things growing."),
        ],
        "mixed": [
            ("OK, slow results", "It works, but it took longer than the packet says."),
            ("A bit flimsy", "Does the job for light work only."),
        ],
        "bad": [
            ("Nothing came up", "Followed the instructions and very little grew."),
            ("Rusted fast", "Rust spots after one wet month."),
        ],
    },
    "grocery": {
        "good": [
            ("Tastes great", "Full of flavour and lasts well once opened. On my regular "
             "list now."),
            ("Good everyday choice", "Reliable quality and fair price."),
            ("Family favourite", "Everyone at home likes it, which is rare."),
        ],
        "mixed": [
            ("Fine", "Tastes fine, a bit pricey for what it is."),
            ("Packaging could be better", "Good inside, but the bag doesn't reseal well."),
        ],
        "bad": [
            ("Not fresh", "Close to its best-before date when it arrived."),
            ("Bland", "Not much taste. Won't buy again."),
        ],
    },
    "pets": {
        "good": [
            ("Our pet loves it", "Went straight for it and hasn't stopped since. Well made."),
            ("Durable", "Survived months of daily use by a very enthusiastic animal."),
            ("Easy to clean", "Wipes clean in seconds and doesn't hold smells."),
        ],
        "mixed": [
            ("Took time to get used to", "Ignored it for a week, now uses it sometimes."),
            ("OK for the price", "Does the job, but the material feels thin."),
        ],
        "bad": [
            ("Chewed through in a day", "Not as tough as it claims."),
            ("Wouldn't touch it", "Our pet sniffed it and walked away."),
        ],
        "good_used": [
            ("Our pet loves it", "Went straight for it, every time. Arrives well packed."),
            ("Good for sensitive tummies", "No upsets since we switched. Good value in the "
             "big bag."),
        ],
        "mixed_used": [("Fussy eater", "Eats it, but not with much excitement.")],
        "bad_used": [("Wouldn't touch it", "Our pet sniffed it and walked away.")],
    },
    "toys": {
        "good": [
            ("Hours of play", "Kept the children busy all afternoon. Well made and safe."),
            ("Lovely quality", "Smooth edges, bright colours, and it survived being "
             "thrown about."),
            ("Great present", "Went down a treat at a birthday party."),
        ],
        "mixed": [
            ("Fun, some pieces small", "Enjoyed it, but a few parts are easy to lose."),
            ("Good but pricey", "Nice toy, a little expensive for what's in the box."),
        ],
        "bad": [
            ("Broke quickly", "A piece snapped within a week."),
            ("Missing parts", "Two pieces were missing from the box."),
        ],
    },
    "beauty": {
        "good": [
            ("Gentle and effective", "Soaks in quickly and doesn't leave a greasy feel."),
            ("Nice texture", "Pleasant to use, a little goes a long way."),
            ("Repurchased", "On my third bottle. Reliable and fairly priced."),
        ],
        "mixed": [
            ("Nice, pump is fiddly", "Good product; the pump sticks sometimes."),
            ("Smell is strong", "Works fine, but the scent is stronger than I like."),
        ],
        "bad": [
            ("Didn't suit me", "Not for me, I'm afraid. Returned it."),
            ("Leaked in transit", "Half the bottle was in the bag when it arrived."),
        ],
    },
    "supplements": {
        "good": [
            ("Easy to take", "Small tablets, easy to swallow, no aftertaste."),
            ("Good value", "Lasts a long time for the price. Clear label."),
            ("Reliable", "Same quality every time I reorder."),
        ],
        "mixed": [
            ("Large tablets", "Fine, but the tablets are bigger than I expected."),
            ("OK", "Hard to say if it does much. Packaging is good."),
        ],
        "bad": [
            ("Aftertaste", "Leaves a taste I couldn't get used to."),
            ("Tub arrived cracked", "The lid was broken on arrival."),
        ],
    },
    # sensitive departments: the product only (see the module docstring)
    "pregnancy-baby": {
        "good": [
            ("Well made", "Good materials and clear instructions. Arrived quickly in plain "
             "packaging."),
            ("Worth the price", "Does exactly what it should, and feels well made."),
            ("Practical", "Simple to use and easy to clean."),
        ],
        "mixed": [
            ("Fine", "Works as described. The instructions could be clearer."),
            ("OK for the price", "Does the job; the finish could be better."),
        ],
        "bad": [
            ("Poor quality", "Not as sturdy as I hoped for the price."),
            ("Arrived late", "Took nearly two weeks to arrive."),
        ],
        "good_used": [
            ("Clear and reliable", "Good quality, clear label, arrived quickly in plain "
             "packaging."),
            ("Worth the price", "Does exactly what it says. Will order again."),
        ],
        "mixed_used": [("Fine", "Works as described; a little pricey.")],
        "bad_used": [("Arrived late", "Took nearly two weeks to arrive.")],
    },
    "health-weight": {
        "good": [
            ("Accurate and simple", "Easy to set up and the readings are consistent."),
            ("Good value", "Works as described and arrived in plain packaging."),
            ("Clear instructions", "Simple to use from the first day."),
        ],
        "mixed": [
            ("Does the job", "Works, but the display is small."),
            ("Fine", "Works as described; a bit pricey."),
        ],
        "bad": [
            ("Inconsistent", "Gave different results two minutes apart."),
            ("Stopped working", "Worked for a month, then nothing."),
        ],
        "good_used": [
            ("Easy to follow", "Clear instructions, and it arrived in plain packaging."),
            ("Lasts a while", "A pack lasts a good while for the price."),
        ],
        "mixed_used": [("Fine", "Works as described; a bit pricey.")],
        "bad_used": [("Not for me", "Didn't suit me. Returning it was easy.")],
    },
    "alcohol": {
        "good": [
            ("Lovely with dinner", "Smooth and well balanced. Went down well with guests."),
            ("Nicely packed", "Arrived quickly and very well protected."),
            ("Good value", "Tastes like it costs more than it does."),
        ],
        "mixed": [
            ("Decent", "Fine, but not as rich as I'd hoped."),
            ("OK", "Pleasant enough; I prefer the one I usually buy."),
        ],
        "bad": [
            ("Too sharp", "More acidic than the description suggests."),
            ("Bottle arrived chipped", "Packaging wasn't enough this time."),
        ],
    },
}  # fmt: skip

# A few tags get a sentence of their own in a good review (everyday tags only).
TAG_LINES: dict[str, str] = {
    "rain": "Stayed dry in a proper downpour.",
    "camping": "Came on a week of camping and earned its place.",
    "hiking": "Comfortable on a long day's walk.",
    "travel": "Easy to pack and travels well.",
    "coffee": "Makes the morning coffee better.",
    "cooking": "Handles everyday cooking without fuss.",
    "baking": "Cakes come out evenly.",
    "dog": "Good for a big, busy dog.",
    "cat": "Even our fussy cat approves.",
    "kids": "Children can use it without help.",
    "gardening": "Made the weekend gardening easier.",
    "reading": "Perfect for reading in bed.",
    "running": "Kept up on my morning runs.",
    "sleep": "Nice for a better night's sleep.",
    "gift": "Nicely presented; works well as a gift.",
    "commute": "Made the commute more pleasant.",
    "gaming": "No lag in games.",
    "winter": "Good on cold winter evenings.",
    "summer": "Great on hot summer days.",
    "eco": "Glad it comes with less plastic.",
}

MOODS = {1: "bad", 2: "bad", 3: "mixed", 4: "good", 5: "good"}


def _own_texts(product: Product) -> dict[str, list[Pair]]:
    """The product's department's texts, or the used-up / lasting ones where the department's
    texts are about the other sort of thing."""
    department = DEPARTMENTS.get(product.category, {})
    if product.consumable == (product.category in USED_UP_DEPARTMENTS):
        return department
    if not product.consumable:
        return LASTING
    return {mood: department.get(f"{mood}_used") or USED_UP[mood] for mood in USED_UP}


def texts_for(product: Product, stars: Sequence[int], rng: random.Random) -> list[Pair]:
    """A (title, text) for each star rating, none repeated, fitting the product's department
    and (in sensitive departments never) its tags."""
    own = _own_texts(product)
    pools: dict[str, list[Pair]] = {}
    for mood in ("good", "mixed", "bad"):
        mine, generic = list(own.get(mood, [])), list(GENERIC[mood])
        rng.shuffle(mine)
        rng.shuffle(generic)
        pools[mood] = mine + generic  # the generic texts are about the product only
    tag_lines = [] if product.sensitive else [TAG_LINES[t] for t in product.tags if t in TAG_LINES]
    out: list[Pair] = []
    titles: set[str] = set()
    for star in stars:
        pool = [pair for pair in pools[MOODS[star]] if pair[0] not in titles]
        pools[MOODS[star]] = pool
        title, text = pool.pop(0) if pool else ("", "")
        titles.add(title)
        if not text:  # more reviews of one mood than written texts: a short one
            title, text = ("Rated it", "No further comment.")
        if MOODS[star] == "good" and tag_lines:
            text = f"{text} {tag_lines.pop(0)}"
        out.append((title, text))
    return out
