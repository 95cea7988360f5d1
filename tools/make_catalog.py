#!/usr/bin/env python3
"""Generate Tightrope's shipped seed catalog, deterministically.

Writes (and overwrites):
  data/catalog/taxonomy.json          categories, colours, glyphs, profile rules
  data/catalog/<category>.json        the products of each category
  data/community.json                 the spec of the synthetic shopper community
  assets/products/<product-id>.svg    one picture per product (SVG Tiny, no text)

Everything is derived from the tables in this file and from SHA-256 of product ids, so a
re-run reproduces byte-identical output. The generated files are then checked (see
``validate``); the run fails loudly if anything is off.

Usage:
  python tools/make_catalog.py                       # generate + self-check
  python tools/make_catalog.py --contact-sheet X.png # ... and render ~40 pictures with Qt
"""

from __future__ import annotations

import colorsys
import hashlib
import json
import math
import os
import re
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
CATALOG_DIR = DATA_DIR / "catalog"
PICTURE_DIR = ROOT / "assets" / "products"

# ===== categories and brands ===============================================================
# (id, name, sensitive, colour, category glyph, {brand: brand colour})
CATEGORIES = [
    ("outdoor", "Outdoor & camping", False, "#2f7d4f", "tent",
     {"Ridgeway": "#d9480f", "Cairn & Pine": "#2b8a3e", "Summitline": "#1971c2",
      "Lumbra": "#f59f00", "Fernhollow": "#5c940d"}),
    ("kitchen", "Kitchen & cooking", False, "#c0532b", "pan",
     {"Hearthstone": "#862e2e", "Copperleaf": "#d9822b", "Keel & Knife": "#343a40",
      "Brasa": "#c2255c", "Pantrywise": "#0b7285"}),
    ("home", "Home & living", False, "#8a6a4f", "lamp",
     {"Nordhaus": "#364fc7", "Linnea Home": "#a61e4d", "Oakfold": "#8d5f37",
      "Softroom": "#9c36b5", "Lumen & Loom": "#e67700"}),
    ("electronics", "Electronics", False, "#2e5d8a", "headphones",
     {"Voltaic": "#f08c00", "Auralis": "#c2255c", "Pixelforge": "#7048e8",
      "Kestrel Labs": "#0c8599", "Nimbus": "#1c7ed6"}),
    ("books", "Books", False, "#6b4f9a", "book",
     {"Lantern Press": "#e8590c", "Bramble Books": "#5c940d", "Northlight Publishing": "#1864ab",
      "Quarto Lane": "#c92a2a", "Inkwell House": "#212529"}),
    ("toys", "Toys & games", False, "#e0a100", "teddy",
     {"Tumblebee": "#f59f00", "Brickle": "#e03131", "Clever Fox Games": "#d9480f",
      "Puddle & Pip": "#1098ad", "Moonpie": "#7950f2"}),
    ("beauty", "Beauty & personal care", False, "#c2477a", "pump",
     {"Kindskin": "#74c0fc", "Dewdrop": "#22b8cf", "Fernleaf Apothecary": "#2b8a3e",
      "Glowhaus": "#e64980", "Nudo": "#868e96"}),
    ("supplements", "Vitamins & supplements", False, "#3a9b8f", "pillbottle",
     {"Vitalis": "#f76707", "Northroot": "#2f9e44", "Daybright": "#fab005",
      "Corevia": "#1c7ed6", "Sunnyfield Naturals": "#f783ac"}),
    ("fashion", "Fashion & bags", False, "#9c3d54", "tote",
     {"Marlowe": "#8d5f37", "Canvas & Co": "#e8590c", "Halden": "#364fc7",
      "Urbana": "#212529", "Tidewater": "#15aabf"}),
    ("fitness", "Sports & fitness", False, "#d2492a", "dumbbell",
     {"Ironpeak": "#495057", "Flowform": "#9c36b5", "Stride": "#f03e3e",
      "Kinetik": "#1c7ed6", "Peakpulse": "#40c057"}),
    ("garden", "Garden", False, "#5a8f29", "plant",
     {"Greenthumb": "#2f9e44", "Rootstock": "#8d5f37", "Bloomfield": "#d6336c",
      "Hedgerow": "#5f3dc4", "Sproutly": "#fab005"}),
    ("pets", "Pets", False, "#b5651d", "paw",
     {"Waggle": "#f76707", "Whisker & Tail": "#7048e8", "Barkley": "#1971c2",
      "Fetchworks": "#e03131", "Pawsome Co": "#0ca678"}),
    ("grocery", "Coffee & pantry", False, "#7b4a2e", "coffeebag",
     {"Bean Theory": "#c92a2a", "Hillside Larder": "#5c940d", "Kettle & Leaf": "#0ca678",
      "Olio Verde": "#74b816", "Fuelwell": "#1c7ed6"}),
    ("pregnancy-baby", "Pregnancy & baby", True, "#d46a8c", "babybottle",
     {"Little Sprout": "#51cf66", "Bump & Bloom": "#f06595", "Nestling": "#4dabf7",
      "Cozybee": "#fcc419", "Mama Terra": "#e8590c"}),
    ("health-weight", "Health & weight loss", True, "#3f7cbf", "scale",
     {"Balance Lab": "#e03131", "Leanwell": "#20c997", "Metrica": "#4263eb",
      "Trimwise": "#94d82d", "Slimline": "#f783ac"}),
    ("alcohol", "Wine & spirits", True, "#7a2435", "winebottle",
     {"Casa Alta": "#c92a2a", "Three Hills Vineyards": "#5c940d", "Blackwater Distillery": "#212529",
      "Old Harbour": "#1864ab", "Sonnenhang": "#f59f00"}),
]

# Words that name a department even when no product matches them ("nursery"): a search with
# one of them is about that topic, and "forget this topic" takes it too.
TOPIC_WORDS = {
    "outdoor": ["camping", "camp", "hiking", "hike", "trail", "tent", "backpacking", "outdoor", "campsite", "trekking"],
    "kitchen": ["kitchen", "cooking", "cookware", "baking", "chef", "recipe"],
    "home": ["home", "living room", "bedroom", "decor", "furniture"],
    "electronics": ["electronics", "gadget", "tech", "computer", "laptop", "phone"],
    "books": ["book", "novel", "reading", "paperback", "ebook"],
    "toys": ["toy", "toys", "game", "kids", "puzzle", "lego"],
    "beauty": ["beauty", "skincare", "makeup", "cosmetics", "fragrance"],
    "supplements": ["supplement", "vitamin", "vitamins", "mineral"],
    "fashion": ["fashion", "clothes", "clothing", "outfit", "shoes"],
    "fitness": ["fitness", "gym", "workout", "running", "exercise", "training"],
    "garden": ["garden", "gardening", "plants", "seeds", "lawn"],
    "pets": ["pet", "dog", "cat", "puppy", "kitten"],
    "grocery": ["grocery", "groceries", "food", "snack", "pantry"],
    "pregnancy-baby": ["pregnancy", "pregnant", "baby", "babies", "nursery", "newborn", "infant", "prenatal", "maternity", "stroller", "pram", "diaper", "nappy", "crib", "cot", "breastfeeding", "midwife"],
    "health-weight": ["diet", "weight loss", "slimming", "calorie", "keto", "fasting"],
    "alcohol": ["wine", "beer", "spirits", "whisky", "whiskey", "gin", "vodka", "champagne", "alcohol", "cocktail"],
}

# Profile facts a shopper can tell the shop, and the product tags each fact favours.
PROFILE_RULES = {
    "location": {  # a place is a reason only for what its climate or commute asks for
        "Seattle": ["rain"],
        "Portland": ["rain"],
        "Denver": ["cold"],
        "Minneapolis": ["cold"],
        "Chicago": ["cold"],
        "New York": ["commute"],
        "Phoenix": ["sun", "hydration"],
        "Miami": ["sun", "beach"],
    },
    "age_band": {
        # a minor: the shop never profiles them (tightrope.privacy.minors, DSA Art. 28)
        "13-17": ["student", "gaming"],
        "18-24": ["student", "gaming"],
        "25-34": ["city", "fitness", "coffee"],
        "35-44": ["family", "cooking"],
        "45-54": ["gardening", "cooking", "wellness"],
        "55-64": ["gardening", "travel", "wellness"],
        "65+": ["senior", "reading", "comfort"],
    },
}

# ===== products ============================================================================
# One product per line:  id | name | brand | price | tags | description | flags
# flags (optional, space separated): c = consumable, new = new arrival (added Nov 2026),
#   sp = sponsored (the brand pays), sig=<category> = everyday item that hints at a sensitive
#   category, g=<glyph> = picture override when the name alone does not pick the right one.
PRODUCTS = {
"outdoor": """
trail-tent-2p | Trail Tent 2P | Ridgeway | 249.00 | tent camping hiking rain | Freestanding two-person tent with a full-coverage fly and two vestibules. Pitches in under five minutes and packs down to 2.1 kg. | sp
family-dome-tent-6p | Family Dome Tent 6P | Cairn & Pine | 389.00 | tent camping family festival | Stand-up height, a zip-in room divider and a wide D-door: the tent for long weekends at the lake with kids. |
hydration-vest-8l | Hydration Vest 8 L | Summitline | 119.00 | running hiking hydration trail | Bounce-free running vest with a 1.5 L bladder, two soft flasks up front and stretch pockets for a shell and snacks. | new g=backpack
summit-daypack-22l | Summit Daypack 22 L | Summitline | 79.90 | hiking backpack commute | Ventilated back panel, hip-belt pockets and a rain cover tucked into the base. Big enough for lunch and a spare layer. |
trekking-backpack-55l | Trekking Backpack 55 L | Ridgeway | 219.00 | hiking backpack travel | Adjustable torso length and a load-lifting frame for hut-to-hut trips. A front zip means no more digging from the top for your socks. |
down-sleeping-bag | Down Sleeping Bag -5 °C | Fernhollow | 279.00 | camping cold sleeping | 650-fill responsibly sourced down in a mummy cut with a draft collar; comfortable down to -5 °C on shoulder-season nights. |
self-inflating-mat | Self-Inflating Sleeping Mat | Cairn & Pine | 69.00 | camping sleeping comfort | Open the valve and it does most of the work. Five centimetres of foam-filled comfort that rolls up with the straps attached. |
mini-camp-stove | Mini Camp Stove | Lumbra | 39.90 | camping cooking stove | Folding titanium burner that screws onto a standard gas canister and boils half a litre of water in about three minutes. |
gas-canister-230 | Gas Canister 230 g | Lumbra | 6.49 | camping stove cooking | Butane-propane mix in a threaded canister that keeps its pressure on frosty mornings. Fits nearly every lightweight stove. | c
led-camp-lantern | LED Camp Lantern | Lumbra | 34.50 | camping lighting family | A warm 400-lumen glow with a stepless dimmer, a hanging hook and a USB-C port that tops up your phone. |
rechargeable-headlamp | Rechargeable Headlamp 350 lm | Lumbra | 29.90 | hiking running cold | Tilting beam, a red night mode that won't wake the tent and a battery that outlasts a long winter evening walk. |
insulated-bottle-750 | Insulated Bottle 750 ml | Fernhollow | 27.00 | hydration hiking sun | Double-walled steel keeps water cold for 24 hours on the hottest trail, with a powder coat that won't slip out of a sweaty hand. |
rain-shell-jacket | Rain Shell Jacket | Ridgeway | 159.00 | rain hiking city | Three-layer waterproof shell with pit zips and a helmet-compatible hood. Packs into its own chest pocket. |
mid-hiking-boots | Mid Hiking Boots | Ridgeway | 149.00 | hiking rain boots | Waterproof membrane, grippy lugged soles and a padded collar that needs almost no breaking in. |
carbon-trekking-poles | Carbon Trekking Poles | Summitline | 89.00 | hiking senior trail | Three-section carbon poles with cork grips and flick locks that take the sting out of long descents. |
parachute-hammock | Parachute Hammock | Fernhollow | 45.00 | camping sun relaxing | Ripstop nylon hammock with tree-friendly straps. Goes up between two trunks in about a minute and weighs less than a paperback. |
folding-camp-chair | Folding Camp Chair | Cairn & Pine | 49.00 | camping family festival | Sturdy steel frame, a cup holder in the armrest and a carry bag; seats up to 120 kg around the fire. |
pocket-knife | Pocket Knife with Locking Blade | Cairn & Pine | 32.00 | camping tools knife | A 7 cm stainless blade, a liner lock and walnut scales. A quiet, useful thing to keep at the bottom of any pack. |
baseplate-compass | Baseplate Compass | Summitline | 24.90 | hiking navigation map | Liquid-damped needle, declination adjustment and a clear base for map work. Works when the phone doesn't. |
mosquito-repellent | Mosquito Repellent Spray | Fernhollow | 9.90 | camping sun summer | Plant-based lemon eucalyptus formula that keeps midges and mosquitoes away for up to six hours. | c g=spray
emergency-foil-blanket | Emergency Foil Blanket (2) | Cairn & Pine | 7.50 | safety cold hiking | Reflects most of your body heat back at you, weighs 60 grams and lives forgotten in the lid pocket until the day it matters. | g=blanket
freeze-dried-chili | Freeze-Dried Chili con Carne | Lumbra | 11.90 | camping food hiking | Add boiling water, wait eight minutes, eat straight from the pouch. Surprisingly decent on a cold summit. | c new g=packet
""",
"kitchen": """
cast-iron-skillet-26 | Cast Iron Skillet 26 cm | Hearthstone | 44.90 | cooking cast-iron family | Pre-seasoned and heavy in the best way: sears steak, bakes cornbread and will outlive its owner. | sp
ceramic-nonstick-pan-28 | Ceramic Nonstick Pan 28 cm | Copperleaf | 39.00 | cooking nonstick student | A PFAS-free ceramic coating that lets fried eggs slide out with barely any oil. Works on induction. | g=pan
enamelled-dutch-oven | Enamelled Dutch Oven 5 L | Hearthstone | 129.00 | cooking baking family | Cast iron under a glossy enamel finish, made for slow braises, winter stews and crackly no-knead bread. | g=pot
stainless-stock-pot | Stainless Stock Pot 8 L | Copperleaf | 59.00 | cooking soup family | A tri-ply base spreads the heat evenly for big batches of broth, pasta or chili for a crowd. |
chefs-knife-20 | Chef's Knife 20 cm | Keel & Knife | 89.00 | knives cooking chef | Hand-sharpened German steel with a full tang and an olivewood handle that sits well in the palm. |
paring-knife | Paring Knife 9 cm | Keel & Knife | 24.00 | knives cooking prep | The small knife you actually reach for: peeling apples, trimming beans, hulling strawberries. |
knife-sharpener | Two-Stage Knife Sharpener | Keel & Knife | 29.00 | knives tools maintenance | Coarse and fine ceramic slots bring a dull edge back in a dozen pulls. No skill required. |
end-grain-cutting-board | End-Grain Cutting Board | Brasa | 74.00 | cooking wood prep | A thick acacia end-grain block that is kind to knife edges, with a juice groove on one side. |
digital-kitchen-scale | Digital Kitchen Scale | Pantrywise | 19.90 | baking cooking precision | Weighs to the gram up to 5 kg, with a tare button and a slim glass top that wipes clean. | sig=health-weight
portion-control-containers | Portion Control Containers (7) | Pantrywise | 24.90 | meal-prep containers fitness | Colour-coded lids sized for protein, vegetables and carbs. They stack neatly in the fridge for a week of lunches. | sig=health-weight g=box
glass-meal-prep-set | Glass Meal Prep Set (5) | Pantrywise | 34.00 | meal-prep containers student | Oven-safe borosilicate boxes with snap-lock lids that go from freezer to microwave to desk. | g=box
stoneware-mug-set | Stoneware Mug Set (4) | Brasa | 36.00 | coffee tableware ceramics | Reactive-glaze mugs in four earthy tones, each one a little different from the kiln. |
gooseneck-kettle | Gooseneck Pour-Over Kettle | Copperleaf | 69.00 | coffee tea precision | Variable temperature control and a slow, precise spout for pour-over coffee or delicate green tea. | new
french-press-1l | French Press 1 L | Brasa | 32.00 | coffee city brewing | A double-walled stainless press that keeps a full pot hot through a long Sunday breakfast. |
stand-mixer | Stand Mixer 5.5 L | Copperleaf | 349.00 | baking family appliance | A 1000 W motor with dough hook, whisk and flat beater; kneads a double batch of brioche without complaint. |
silicone-spatula-set | Silicone Spatula Set (3) | Pantrywise | 14.50 | baking utensils cooking | Heat-proof to 260 °C, with one-piece heads that never trap old batter. | g=whisk
balloon-whisk | Balloon Whisk | Pantrywise | 9.90 | baking utensils cream | Eleven springy wires for whipped cream that peaks in two minutes flat. |
waiters-corkscrew | Waiter's Corkscrew | Keel & Knife | 18.00 | bar tools dinner | A double-hinged lever, a foil cutter and a coated worm that pulls even stubborn synthetic corks. | sig=alcohol
crystal-wine-glasses | Crystal Wine Glasses (set of 4) | Brasa | 49.00 | glassware dinner entertaining | Thin-rimmed, lead-free crystal with a generous bowl for reds; tough enough for the dishwasher. | sig=alcohol
cocktail-shaker-set | Cocktail Shaker Set | Keel & Knife | 39.00 | bar party glassware | Boston shaker, jigger, strainer and muddler in brushed steel. Everything for a proper sour. | sig=alcohol
high-speed-blender | High-Speed Blender | Copperleaf | 129.00 | smoothies fitness appliance | A 1.5 L jug and a 1400 W motor that turn frozen fruit into smoothie in forty seconds. | new
rotating-spice-rack | Rotating Spice Rack (16 jars) | Pantrywise | 42.00 | cooking organisation spices | Comes filled with sixteen everyday spices in refillable jars, and spins so nothing hides at the back. | g=jar
""",
"home": """
full-length-body-pillow | Full-Length Body Pillow | Softroom | 39.90 | sleep comfort bedroom | 140 cm of soft hollow-fibre support to hug, tuck between the knees or wedge behind a sore back. | sig=pregnancy-baby
linen-duvet-cover | Stonewashed Linen Duvet Cover | Linnea Home | 119.00 | bedroom linen sleep | Pre-washed European flax that gets softer with every wash, with a hidden button closure. | g=blanket
weighted-blanket | Weighted Blanket 7 kg | Softroom | 89.00 | sleep comfort cold | Glass-bead filling stitched into small pockets so the weight stays evenly spread all night. |
memory-foam-pillow | Memory Foam Pillow | Softroom | 45.00 | sleep comfort senior | Contoured for side and back sleepers, with a breathable bamboo cover that zips off for washing. |
arc-floor-lamp | Arc Floor Lamp | Lumen & Loom | 159.00 | lighting living-room design | A sweeping brass arm that puts warm light right over the sofa, no ceiling outlet needed. |
ceramic-table-lamp | Ceramic Table Lamp | Lumen & Loom | 69.00 | lighting bedroom reading | A hand-glazed base under a linen shade: the soft glow for reading in bed. |
boucle-cushion | Bouclé Cushion 45 cm | Nordhaus | 29.90 | cushions living-room decor | Nubby cream bouclé over a feather-blend insert. Instantly makes a tired sofa look more expensive. | new
fjell-two-seater-sofa | Two-Seater Sofa "Fjell" | Nordhaus | 899.00 | furniture living-room city | Compact, deep-seated and upholstered in a hard-wearing wool blend; made to fit city apartments and narrow stairwells. |
fig-cedar-candle | Scented Candle Fig & Cedar | Linnea Home | 24.00 | candles cosy decor | Soy wax with a cotton wick and a fifty-hour burn, poured into a reusable amber jar. | c
blackout-curtains | Blackout Curtains (pair) | Linnea Home | 59.00 | bedroom sleep city | A triple-weave fabric that blocks street light and takes the edge off traffic noise. |
merino-wool-throw | Merino Wool Throw | Oakfold | 79.00 | cosy cold living-room | Herringbone weave in heathered grey with fringed edges; warm without being heavy. | g=blanket
organic-towel-set | Organic Cotton Towel Set | Linnea Home | 49.00 | bathroom towels cotton | Two bath and two hand towels in thick 600 gsm terry that dries quickly between showers. |
oak-side-table | Solid Oak Side Table | Oakfold | 149.00 | furniture wood living-room | A small round table with tapered legs and an oiled oak top, sized for a lamp and a stack of books. |
silent-wall-clock | Silent Wall Clock | Nordhaus | 34.00 | decor clock living-room | A sweeping movement with no tick, a birch frame and clean Scandinavian numerals. |
seagrass-baskets | Seagrass Storage Baskets (3) | Oakfold | 44.00 | storage organisation family | Hand-woven nesting baskets for toys, spare throws or the pile of post by the door. |
compact-dehumidifier | Compact Dehumidifier | Nordhaus | 179.00 | rain damp basement | Pulls twelve litres a day out of damp rooms and stops mould before it starts. Quiet night mode. | new g=appliance
oil-filled-radiator | Oil-Filled Radiator | Nordhaus | 99.00 | heating cold senior | Quiet, steady warmth with a thermostat and a tip-over cut-off; rolls from room to room on castors. |
stoneware-bud-vase | Stoneware Bud Vase | Linnea Home | 22.00 | decor flowers ceramics | A matte speckled glaze, sized for three stems picked from the garden. |
coir-door-mat | Coir Door Mat | Oakfold | 27.00 | entrance rain cleaning | Stiff coconut fibres scrape off mud and rain; a rubber backing keeps it from sliding. |
sensitive-laundry-liquid | Laundry Liquid Sensitive (50 washes) | Linnea Home | 13.90 | laundry cleaning sensitive-skin | A gentle enzyme liquid that cleans well at 30 °C. Dermatologically tested and kind to the washing machine. | c g=jug
hepa-air-purifier | HEPA Air Purifier | Nordhaus | 189.00 | allergies city bedroom | A true HEPA filter for rooms up to 40 m², with a sleep mode you can barely hear. | g=appliance
""",
"electronics": """
noise-cancelling-headphones | Noise-Cancelling Headphones | Auralis | 249.00 | audio travel commute | Thirty-hour battery, adaptive noise cancelling and memory-foam cups made for long flights. | sp
true-wireless-earbuds | True Wireless Earbuds | Auralis | 89.00 | audio fitness commute | Sweat-resistant buds with a pocket-sized charging case and 24 hours of total playback. | new
nimbus-x5-smartphone | Nimbus X5 Smartphone | Nimbus | 599.00 | phone city camera | A 6.1-inch OLED screen, a triple camera and two days of battery in a body that still fits a jeans pocket. |
nimbus-a2-smartphone | Nimbus A2 Smartphone | Nimbus | 179.00 | phone student senior | An easy mode with large buttons, a bright screen and a battery that outlasts the weekend. |
kestrel-14-ultrabook | Kestrel 14 Ultrabook | Kestrel Labs | 1099.00 | laptop student work | A 1.2 kg aluminium laptop with a 14-inch matte display and a battery that lasts a full day of lectures. |
pixelforge-16-gaming-laptop | Pixelforge 16 Gaming Laptop | Pixelforge | 1599.00 | gaming laptop performance | A 165 Hz screen, a dedicated graphics card and a keyboard with per-key lighting. |
wireless-game-controller | Wireless Game Controller | Pixelforge | 59.00 | gaming student console | Hall-effect sticks that won't drift, remappable back paddles and a forty-hour battery. |
mechanical-keyboard-tkl | Mechanical Keyboard TKL | Pixelforge | 109.00 | gaming keyboard work | Hot-swappable tactile switches in a tenkeyless aluminium case that leaves room for the mouse. |
waterproof-bluetooth-speaker | Waterproof Bluetooth Speaker | Auralis | 69.00 | audio beach sun | IP67 rated: shrugs off rain and sand and survives the occasional drop into the pool. |
fitness-smartwatch | Fitness Smartwatch | Voltaic | 199.00 | fitness wearable running | GPS, heart-rate and sleep tracking with a week of battery per charge. |
step-counter-band | Step Counter Band | Voltaic | 39.00 | fitness wearable walking | A slim band that counts steps and active minutes, and buzzes when you have been sitting too long. | sig=health-weight g=watch
power-bank-20000 | Power Bank 20 000 mAh | Voltaic | 45.00 | travel charging student | Two USB-C ports with 45 W output: enough to charge a laptop on a long train ride. |
usb-c-charger-65w | 65 W USB-C Charger | Voltaic | 39.00 | charging travel laptop | A gallium-nitride charger the size of an egg that runs a laptop and a phone at the same time. | g=plug
e-reader-6 | E-Reader 6" | Kestrel Labs | 129.00 | reading travel senior | A glare-free, paper-like screen with adjustable warm light; holds thousands of books in a coat pocket. | new g=ereader
kestrel-tab-10 | Kestrel Tab 10 | Kestrel Labs | 329.00 | tablet family student | A 10-inch tablet with a kids' profile mode, stylus support and speakers loud enough for the back seat. |
action-camera-4k | 4K Action Camera | Pixelforge | 229.00 | camera outdoor travel | Waterproof to ten metres, with stabilisation that smooths out bumpy bike trails and ski runs. |
mirrorless-camera-kit | Mirrorless Camera Kit | Kestrel Labs | 849.00 | camera photography travel | A 24 MP sensor with an 18-55 mm kit lens and eye autofocus that keeps up with running toddlers. |
smart-thermostat | Smart Thermostat | Nimbus | 179.00 | smart-home cold heating | Learns your routine and turns the heating down when everyone has left the house. | new
video-doorbell | Video Doorbell | Nimbus | 119.00 | smart-home security family | A 1080p camera with night vision that sends motion alerts straight to your phone. |
qhd-monitor-27 | 27" QHD Monitor | Pixelforge | 279.00 | work gaming display | A 2560×1440 IPS panel at 144 Hz on a height-adjustable stand. | g=monitor
streaming-webcam | Streaming Webcam 1080p | Pixelforge | 69.00 | work student gaming | Automatic light correction and twin microphones for video calls that don't look like a cave. |
""",
"books": """
the-quiet-orchard | The Quiet Orchard | Bramble Books | 18.99 | fiction novel reading | A widowed beekeeper and a runaway teenager share one hard summer in the Normandy countryside. |
salt-and-ember | Salt & Ember: Cooking over Fire | Quarto Lane | 32.00 | cookbook cooking camping | Eighty recipes for grills, fire pits and camp stoves, from charred leeks to skillet cobbler. |
data-shadows | Data Shadows: What Your Clicks Say About You | Northlight Publishing | 24.00 | nonfiction privacy technology | A readable investigation into how shops, apps and data brokers build a profile out of small traces. | new
day-hikes-of-the-cascades | Day Hikes of the Cascades | Northlight Publishing | 22.00 | hiking travel guidebook rain | Sixty mapped routes with elevation profiles, parking tips and the best lakes for a cold swim. |
midnight-at-platform-nine | Midnight at Platform Nine | Inkwell House | 14.99 | crime thriller reading | A night-train murder, a detective who hates trains and a passenger list that does not add up. |
small-space-gardening | Small-Space Gardening | Quarto Lane | 19.99 | gardening balcony city | How to grow tomatoes, herbs and even strawberries on a balcony two metres wide. |
python-from-scratch | Python from Scratch | Northlight Publishing | 39.00 | programming student technology | A project-based introduction that has you writing genuinely useful scripts by chapter three. |
the-long-winter-light | The Long Winter Light | Bramble Books | 16.99 | fiction cold reading | Snowed in at a remote Finnish inn, five strangers tell the stories they never told anyone. |
atlas-of-the-night-sky | Atlas of the Night Sky | Lantern Press | 34.00 | science astronomy family | Fold-out star charts and seasonal guides for spotting planets with binoculars or the naked eye. |
mindful-money | Mindful Money | Inkwell House | 17.50 | finance self-help nonfiction | A gentle, practical guide to budgeting that starts with what you actually value. |
the-dragon-who-flew-a-kite | The Dragon Who Flew a Kite | Lantern Press | 12.99 | children picture-book family | A bedtime picture book about a shy dragon, a windy hill and a very brave kite. |
large-print-crosswords | Large Print Crosswords Vol. 3 | Inkwell House | 9.99 | puzzles senior reading | 120 crosswords in big, clear type, with the answers at the back for emergencies. |
a-year-of-sourdough | A Year of Sourdough | Quarto Lane | 27.00 | baking cookbook cooking | Seasonal loaves, starter troubleshooting and what to do with all that discard. |
the-cartographers-daughter | The Cartographer's Daughter | Bramble Books | 19.99 | historical-fiction reading novel | Lisbon, 1755: a mapmaker's daughter races to save her father's charts in the days before the earthquake. |
run-your-first-marathon | Run Your First Marathon | Northlight Publishing | 18.00 | running fitness training | A sixteen-week plan for beginners, with honest chapters on fuelling, blisters and the dreaded wall. |
starblade-vol-1 | Starblade Vol. 1 | Inkwell House | 9.99 | manga gaming student | A washed-up esports pro is pulled into the game he swore he had quit. The first volume of the hit series. | new
good-dog-training-basics | Good Dog: Training Basics | Lantern Press | 16.00 | pets dogs training | Positive-reinforcement lessons for sit, stay and walking nicely past squirrels. |
the-wine-map | The Wine Map | Quarto Lane | 29.00 | wine reference travel | Illustrated maps of forty wine regions, with their grapes, styles and what to eat alongside. | sig=alcohol
a-house-of-many-rooms | A House of Many Rooms | Bramble Books | 17.99 | fiction family reading | Three generations, one crumbling Dublin townhouse and the secret in the coal cellar. |
the-16-8-plan | The 16:8 Plan | Inkwell House | 15.99 | diet nutrition fasting | A no-nonsense guide to intermittent fasting, with meal plans and the research in plain words. | sig=health-weight
rainy-day-activities | 101 Rainy Day Activities for Kids | Lantern Press | 14.50 | family children rain | Crafts, experiments and games that need nothing more than what is already in your kitchen drawers. |
retire-well | Retire Well | Northlight Publishing | 19.00 | finance senior nonfiction | Pensions, downsizing and finding purpose: a plain-spoken guide to the years after work. |
""",
"toys": """
wooden-stacking-blocks | Wooden Stacking Blocks (30) | Tumblebee | 29.00 | toddler wooden family | Beech blocks in soft, non-toxic colours, sanded round so they are safe for small hands. |
teddy-bear-bruno | Plush Teddy Bear "Bruno" | Puddle & Pip | 24.90 | plush gift kids | An extra-soft, machine-washable bear with embroidered eyes. Thirty-five centimetres of hug. |
space-station-brick-set | Space Station Brick Set (820 pcs) | Brickle | 79.00 | building space kids | Build a rotating orbital station with a docking shuttle and four astronaut figures. | new sp g=blocks
fire-truck-brick-set | Fire Truck Brick Set (310 pcs) | Brickle | 34.90 | building vehicles kids | An extending ladder, a working water cannon and a small fire to put out. | g=car
harbour-lords-board-game | Harbour Lords Board Game | Clever Fox Games | 44.00 | board-game strategy family | Trade spices and build warehouses in 1600s Amsterdam. For 2 to 5 players, about an hour a game. | g=dice
quick-draw-party-game | Quick Draw! Party Card Game | Clever Fox Games | 14.99 | card-game party student | A fast, loud sketching game for four to ten players; each round takes two minutes. | g=cards
harbour-at-dusk-jigsaw | Jigsaw Puzzle 1000 pcs Harbour at Dusk | Moonpie | 19.99 | puzzle senior relaxing | Thick, snug-fitting pieces and a poster of the picture in the box, so nobody squints at the lid. |
farm-jigsaw-48 | Kids' Jigsaw 48 pcs Farm | Moonpie | 11.99 | puzzle kids family | Big, sturdy pieces with tractors, pigs and a cat hiding in the hay. |
rc-off-road-car | RC Off-Road Car | Brickle | 59.00 | remote-control outdoor kids | A 2.4 GHz remote, all-terrain tyres and a rechargeable battery; reaches 25 km/h on grass. |
wooden-train-set | Wooden Train Set (52 pcs) | Tumblebee | 54.00 | wooden toddler family | A figure-eight track, a bridge and magnetic carriages that click together. | g=car
wooden-play-kitchen | Wooden Play Kitchen | Tumblebee | 139.00 | pretend-play kids wooden | Clicking knobs, an opening oven door and a little sink; assembles in under an hour. | g=pot
jumbo-crayons-24 | Washable Jumbo Crayons (24) | Puddle & Pip | 8.90 | creative kids toddler | Chunky crayons that are hard to snap and come out of clothes and walls in the wash. | c
dinosaur-figures | Dinosaur Figures (12) | Puddle & Pip | 22.00 | dinosaurs kids figures | Hand-painted, realistic dinosaurs from T. rex to Ankylosaurus, each with its own fact card. |
bath-ducks | Bath Ducks (5) | Puddle & Pip | 9.50 | bath toddler family | Sealed ducks that can't grow mould inside, in five colours, and they float the right way up. |
beach-ball-set | Beach Ball Set (3) | Moonpie | 9.90 | beach sun summer | Three striped inflatable balls in different sizes, for the sea, the pool and the garden. | g=ball
walnut-chess-set | Walnut Chess Set | Clever Fox Games | 64.00 | chess strategy senior | Weighted wooden pieces and a folding board that stores them inside. | g=pawn
speed-cube-3x3 | Speed Cube 3×3 | Moonpie | 12.00 | puzzle student brain-teaser | Magnetic positioning and smooth corner-cutting for sub-twenty-second solves. | g=cube
soft-foam-football | Soft Foam Football | Brickle | 12.50 | outdoor kids sun | A squashy ball that is easy to catch and won't break a window. Mostly. | g=ball
kart-rally-deluxe | Kart Rally Deluxe (console game) | Clever Fox Games | 49.00 | gaming family student | Sixteen tracks and a split-screen mode for four players on one sofa. | new g=gamepad
magnetic-building-tiles | Magnetic Building Tiles (60) | Tumblebee | 49.00 | building stem kids | Translucent tiles that click together into towers, rockets and marble runs. | g=blocks
glow-slime-lab | Glow Slime Lab | Moonpie | 18.00 | science kids stem | Mix your own glow-in-the-dark slime and learn a little polymer chemistry on the way. | g=jar
three-storey-dollhouse | Three-Storey Dollhouse | Tumblebee | 119.00 | pretend-play kids wooden | A painted wooden house with eighteen pieces of furniture and a lift that really works. | g=house
""",
"beauty": """
unscented-body-lotion | Unscented Body Lotion | Kindskin | 12.90 | skincare fragrance-free sensitive-skin | A rich, perfume-free lotion with shea butter and ceramides for dry or easily irritated skin. 400 ml pump. | c sig=pregnancy-baby
cotton-balls-200 | Cotton Balls (200) | Kindskin | 3.49 | cotton skincare basics | Soft, 100% cotton balls for removing make-up, applying toner and small first-aid jobs. | c sig=pregnancy-baby
fragrance-free-soap | Fragrance-Free Bar Soap (3) | Nudo | 7.90 | soap fragrance-free sensitive-skin | Plain, gentle bars with oat and glycerin. No perfume, no dyes, nothing to react to. | c sig=pregnancy-baby
unscented-hand-cream | Unscented Hand Cream | Kindskin | 6.50 | skincare fragrance-free cold | A non-greasy hand cream that soaks in fast and leaves nothing to smell and nothing on the keyboard. | c new sig=pregnancy-baby g=tube
vitamin-c-serum | Vitamin C Serum 30 ml | Glowhaus | 29.00 | skincare serum anti-ageing | Fifteen percent stabilised vitamin C with ferulic acid to brighten dull skin. Use it in the morning. | c new g=dropper
spf50-sunscreen | SPF 50 Sunscreen 200 ml | Dewdrop | 16.90 | sun skincare beach | Broad-spectrum protection, water-resistant for 80 minutes and no white cast. | c sp g=tube
daily-moisturiser-spf15 | Daily Moisturiser SPF 15 | Dewdrop | 19.50 | skincare city sun | A lightweight gel-cream that hydrates and protects on the daily commute. | c g=jar
micellar-water | Micellar Water 400 ml | Dewdrop | 8.90 | skincare makeup-removal cleansing | Lifts make-up and sunscreen with a cotton pad, no rinsing and no sting. | c g=flipbottle
argan-oil-shampoo | Argan Oil Shampoo | Fernleaf Apothecary | 11.50 | haircare shampoo frizz | Sulphate-free cleansing with cold-pressed argan oil for frizzy or colour-treated hair. | c g=flipbottle
oat-milk-conditioner | Oat Milk Conditioner | Fernleaf Apothecary | 11.50 | haircare sensitive-skin conditioner | Detangles and softens fine hair without weighing it down or itching the scalp. | c g=flipbottle
lip-balm-trio | Lip Balm Trio | Nudo | 7.50 | lips cold skincare | Beeswax balms in honey, mint and plain. Tuck one into every coat pocket before winter. | c g=stick
bamboo-toothbrush-4 | Bamboo Toothbrush (4) | Nudo | 8.90 | oral-care eco bamboo | Compostable handles and soft, charcoal-infused bristles. | c
sonic-electric-toothbrush | Sonic Electric Toothbrush | Glowhaus | 69.00 | oral-care travel electric | A two-minute timer, a pressure sensor and a travel case; the battery lasts three weeks. | g=toothbrush
ionic-hair-dryer | Ionic Hair Dryer | Glowhaus | 79.00 | haircare styling electric | A light 2000 W dryer with a cool-shot button and a diffuser for curls. |
detangling-brush | Detangling Brush | Fernleaf Apothecary | 14.00 | haircare family kids | Flexible bristles glide through wet knots without tears, on grown-ups or on kids. |
dusk-eyeshadow-palette | Eyeshadow Palette "Dusk" | Glowhaus | 34.00 | makeup eyes gift | Twelve warm mattes and shimmers, from champagne to plum. |
volume-mascara | Volume Mascara | Glowhaus | 18.00 | makeup eyes lashes | Buildable volume without clumps that washes off with warm water. | c g=stick
cedar-beard-oil | Cedar Beard Oil | Fernleaf Apothecary | 16.00 | grooming beard skincare | Softens a coarse beard and calms the itch with jojoba and cedarwood. | c g=dropper
stainless-safety-razor | Stainless Safety Razor | Nudo | 34.00 | grooming eco shaving | A weighted double-edge razor for a close shave and no more plastic cartridges. |
lavender-bath-salts | Lavender Bath Salts 1 kg | Fernleaf Apothecary | 14.90 | bath relaxing wellness | Epsom and Dead Sea salts with real lavender buds for a long Sunday soak. | c g=jar
hydrating-sheet-masks | Hydrating Sheet Masks (5) | Dewdrop | 12.00 | skincare masks relaxing | Masks soaked in hyaluronic acid, for ten minutes of doing absolutely nothing. | c g=packet
aluminium-free-deodorant | Aluminium-Free Deodorant | Nudo | 9.50 | grooming deodorant everyday | A baking-soda-free stick that keeps you fresh for a long day. | c g=stick
""",
"supplements": """
zinc-15mg | Zinc 15 mg (90 tablets) | Vitalis | 8.90 | minerals immune daily | Zinc picolinate for normal immune function; one small tablet a day with food. | c sig=pregnancy-baby
magnesium-glycinate | Magnesium Glycinate (120 capsules) | Northroot | 19.90 | minerals sleep muscles | A gentle, well-absorbed form of magnesium that won't upset your stomach; many people take it before bed. | c sig=pregnancy-baby
calcium-vitamin-d3 | Calcium + Vitamin D3 (60) | Vitalis | 11.50 | minerals bones senior | 1000 mg of calcium with vitamin D3 for normal bones and teeth. | c sig=pregnancy-baby
vitamin-d3-2000 | Vitamin D3 2000 IU | Daybright | 9.90 | vitamins cold rain | Tiny softgels for the dark months when the sun barely shows up. | c
omega-3-fish-oil | Omega-3 Fish Oil (90) | Northroot | 18.90 | heart omega-3 senior | Molecularly distilled fish oil with a little lemon, so there is no fishy aftertaste. | c
daily-multivitamin | Daily Multivitamin (60) | Vitalis | 12.90 | vitamins wellness daily | Twenty-three vitamins and minerals in one tablet for the everyday basics. | c sp
vitamin-c-effervescent | Vitamin C 1000 mg Effervescent | Daybright | 5.90 | immune cold vitamins | Orange-flavoured fizzy tablets for the winter; drop one in a glass of water. | c g=tub
gentle-iron-14mg | Gentle Iron 14 mg | Corevia | 9.50 | minerals energy daily | Iron bisglycinate that is easy on the stomach, with vitamin C to help absorption. | c
daily-probiotic | Daily Probiotic (30) | Corevia | 24.90 | gut-health wellness daily | Ten strains and twenty billion cultures in delayed-release capsules. | c
sleep-gummies | Sleep Gummies | Sunnyfield Naturals | 14.90 | sleep gummies relaxing | Low-dose melatonin with chamomile in a blackcurrant gummy. | c g=jar
whey-protein-vanilla | Whey Protein Vanilla 1 kg | Corevia | 34.90 | protein fitness gym | Twenty-four grams of protein per scoop that mixes smooth in a shaker, no blender needed. | c g=tub
creatine-monohydrate | Creatine Monohydrate 500 g | Corevia | 22.90 | fitness strength gym | Pure micronised creatine, unflavoured and without fillers. | c g=tub
morning-after-electrolytes | Morning-After Electrolytes (10) | Daybright | 12.90 | hydration electrolytes party | Sodium, potassium and B vitamins to rehydrate after a long night out. | c sig=alcohol g=packet
collagen-peptides | Collagen Peptides 300 g | Sunnyfield Naturals | 29.90 | beauty joints powder | Unflavoured collagen powder that dissolves without a trace in your morning coffee. | c g=tub
vitamin-b12-spray | Vitamin B12 Spray | Daybright | 11.90 | vitamins vegan energy | A cherry-flavoured oral spray for people on a plant-based diet. | c g=spray
turmeric-black-pepper | Turmeric & Black Pepper | Sunnyfield Naturals | 15.90 | joints senior wellness | Curcumin with piperine for better absorption; a favourite among stiff-kneed walkers. | c
glucosamine-chondroitin | Glucosamine & Chondroitin | Vitalis | 21.90 | joints senior mobility | A long-standing favourite for people who want to keep moving. | c
kids-multivitamin-gummies | Kids' Multivitamin Gummies | Sunnyfield Naturals | 11.90 | kids family vitamins | Fruit-shaped gummies with no artificial colours. Children actually ask for them. | c g=jar
ashwagandha-ksm66 | Ashwagandha KSM-66 | Northroot | 19.90 | stress wellness herbal | Root extract for busy weeks, in a standardised, clinically studied form. | c new
vegan-protein-chocolate | Vegan Protein Chocolate 750 g | Northroot | 32.90 | protein vegan fitness | A pea and rice protein blend with cocoa, 21 g of protein per serving. | c g=tub
weekly-pill-organiser | Weekly Pill Organiser | Vitalis | 6.90 | organisation senior daily | Seven days with morning and evening compartments and lids that are easy to open. | g=pillbox
biotin-hair-nails | Biotin Hair & Nails | Daybright | 13.90 | beauty hair nails | High-strength biotin with zinc and selenium for hair and nails. | c
""",
"fashion": """
oversized-canvas-tote | Oversized Canvas Tote | Canvas & Co | 29.00 | bags tote everyday | Heavy 16 oz canvas with an inside zip pocket; swallows a laptop, a jumper and the weekly shop. | sig=pregnancy-baby
leather-crossbody-bag | Leather Crossbody Bag | Marlowe | 129.00 | bags leather city | Vegetable-tanned leather on a wide strap, with room for phone, keys and sunglasses. | g=handbag
roll-top-commuter-backpack | Roll-Top Commuter Backpack | Urbana | 89.00 | bags commute rain city | A waterproof roll-top with a padded 15-inch laptop sleeve and reflective details. | sp
weekender-duffel | Weekender Duffel | Marlowe | 149.00 | bags travel leather | Waxed canvas and leather holdall that fits carry-on limits for a three-day trip. |
merino-crew-jumper | Merino Crew Jumper | Halden | 89.00 | knitwear cold merino | Fine-gauge merino that doesn't itch and survives the wool cycle. | g=sweater
organic-cotton-tshirt | Organic Cotton T-Shirt | Tidewater | 24.00 | basics summer cotton | A mid-weight jersey tee in a relaxed fit that still looks right after a hundred washes. |
water-resistant-trench | Water-Resistant Trench Coat | Halden | 189.00 | coat rain city | A classic double-breasted trench in bonded cotton that shrugs off drizzle. |
recycled-puffer-jacket | Recycled Puffer Jacket | Urbana | 159.00 | coat cold winter | Light synthetic insulation that stays warm even when it gets damp. | new
ribbed-wool-beanie | Ribbed Wool Beanie | Halden | 22.00 | hats cold winter | A chunky rib knit that covers the ears properly. | new
washed-cotton-cap | Washed Cotton Cap | Tidewater | 19.00 | hats sun cotton | A soft, unstructured six-panel cap with an adjustable brass buckle. |
polarised-sunglasses | Polarised Sunglasses | Tidewater | 59.00 | sun accessories beach | Acetate frames with polarised lenses that cut the glare off water and wet roads. |
compact-umbrella | Auto-Open Compact Umbrella | Urbana | 25.00 | rain accessories city | A wind-vented canopy that opens with one button and fits in a coat pocket. |
white-leather-sneakers | White Leather Sneakers | Urbana | 99.00 | shoes everyday leather | Minimal low-tops on a stitched rubber cupsole. They go with everything. |
wide-fit-slip-on-sneakers | Wide-Fit Slip-On Sneakers | Tidewater | 54.00 | shoes comfort wide-fit | Stretch-knit uppers and a roomy toe box, and no bending down to tie laces. | sig=pregnancy-baby
suede-chelsea-boots | Suede Chelsea Boots | Marlowe | 139.00 | shoes boots suede | Water-repellent suede with elastic gussets and a crepe sole. |
slim-rfid-wallet | Slim RFID Wallet | Marlowe | 39.00 | accessories leather travel | Six cards and a few notes in a wallet thinner than your phone. |
printed-silk-scarf | Printed Silk Scarf | Halden | 69.00 | accessories gift silk | A 90 cm twill square with a botanical print and hand-rolled edges. |
linen-camp-shirt | Linen Camp Shirt | Tidewater | 59.00 | summer sun shirts | Breezy garment-dyed linen with a camp collar, for the hottest weeks of the year. | g=shirt
high-waist-straight-jeans | High-Waist Straight Jeans | Urbana | 79.00 | denim trousers everyday | Rigid organic denim that slowly softens into your shape. | g=trousers
elastic-waist-lounge-pants | Elastic-Waist Lounge Pants | Canvas & Co | 45.00 | comfort loungewear trousers | Soft modal joggers with a wide waistband: the pair you change into the minute you get home. | g=trousers
canvas-belt-bag | Canvas Belt Bag | Canvas & Co | 35.00 | bags city festival | Hands-free storage for phone, cards and keys, worn on the hip or across the chest. | g=handbag
merino-hiking-socks | Merino Hiking Socks (3 pairs) | Halden | 29.00 | socks cold hiking | Cushioned merino socks that stay dry and don't smell on day two. | g=sock
""",
"fitness": """
adjustable-dumbbells | Adjustable Dumbbells 2×24 kg | Ironpeak | 349.00 | strength home-gym weights | Dial from 2.5 to 24 kg in seconds; replaces fifteen pairs of dumbbells in one corner. |
neoprene-dumbbells | Neoprene Dumbbells 2×3 kg | Ironpeak | 24.90 | strength beginner senior | Soft-coated, hexagonal so they won't roll away, in a cheerful colour. |
cast-iron-kettlebell-12 | Cast Iron Kettlebell 12 kg | Ironpeak | 42.00 | strength home-gym weights | A flat base and a wide, smooth handle for swings and goblet squats. |
yoga-mat-6mm | Yoga Mat 6 mm | Flowform | 39.00 | yoga wellness fitness | Grippy natural rubber with alignment lines and a carry strap. | sp
cork-yoga-blocks | Cork Yoga Blocks (2) | Flowform | 24.00 | yoga wellness props | Dense, sustainable cork that gives you a few extra centimetres of reach. | g=blocks
resistance-band-set | Resistance Band Set (5) | Kinetik | 19.90 | strength travel rehab | Latex loop bands from extra-light to heavy, with a door anchor and a pouch. | g=band
speed-jump-rope | Speed Jump Rope | Kinetik | 14.90 | cardio fitness home-gym | Ball-bearing handles and an adjustable steel cable for double-unders. | g=rope
foam-roller | Foam Roller | Flowform | 29.00 | recovery running fitness | A high-density roller with a textured surface for tight calves and quads. | g=roller
cushioned-running-shoes | Cushioned Running Shoes | Stride | 129.00 | running shoes fitness | A springy foam midsole and breathable mesh upper for long easy miles. |
trail-running-shoes | Trail Running Shoes | Stride | 139.00 | running hiking rain | Deep lugs and a rock plate for muddy, rooty single-track. |
running-belt | Running Belt | Stride | 17.90 | running city fitness | A bounce-free pouch for phone, keys and a gel or two. | g=handbag
reflective-running-vest | Reflective Running Vest | Stride | 19.90 | running safety cold | A high-visibility vest with LED strips for dark winter mornings. | g=jacket
protein-shaker-bottle | Protein Shaker Bottle | Peakpulse | 9.90 | protein gym fitness | A leak-proof lid, a wire whisk ball and a screw-on compartment for powder. | g=shakercup
gym-duffel-40l | Gym Duffel 40 L | Peakpulse | 49.00 | gym bags fitness | A separate shoe compartment and a wet pocket for towels. | g=duffel
doorway-pull-up-bar | Doorway Pull-Up Bar | Ironpeak | 34.90 | strength home-gym student | No screws, no drilling: it hooks over a standard door frame. | g=pullup
folding-exercise-bike | Folding Exercise Bike | Kinetik | 279.00 | cardio home-gym senior | Magnetic resistance with eight levels, a wide seat and a holder for your tablet. | g=bike
heart-rate-chest-strap | Heart Rate Chest Strap | Peakpulse | 59.00 | running cardio tracking | Accurate, ECG-style readings sent over Bluetooth and ANT+. | new g=heart
city-bike-helmet | City Bike Helmet | Kinetik | 69.00 | cycling city commute | An integrated rear light and a magnetic buckle you can close with gloves on. | g=helmet
anti-fog-swim-goggles | Anti-Fog Swim Goggles | Peakpulse | 16.90 | swimming beach fitness | Wide-view lenses and soft silicone seals for laps without leaks. | g=sunglasses
graphite-tennis-racket | Graphite Tennis Racket | Kinetik | 119.00 | tennis sun racket-sports | A forgiving 100 sq in head for club players who want a little more power. | g=racket
squeeze-sports-bottle | Squeeze Sports Bottle 750 ml | Peakpulse | 8.90 | hydration cycling fitness | BPA-free, with a fast-flow valve you can open with your teeth. | g=bottle
""",
"garden": """
terracotta-pots-3 | Terracotta Pots (3) | Rootstock | 24.00 | pots planting gardening | Classic unglazed clay pots with drainage holes, in 12, 16 and 20 cm. | g=plant
galvanised-watering-can | Galvanised Watering Can 5 L | Hedgerow | 34.00 | watering gardening tools | A long spout and a removable brass rose that is gentle on seedlings. | sp
heirloom-tomato-seeds | Heirloom Tomato Seeds | Sproutly | 3.90 | seeds vegetables gardening | A mixed packet of six heirloom varieties, from cherry to beefsteak. | c g=packet
kitchen-herb-seed-kit | Kitchen Herb Seed Kit | Sproutly | 14.90 | seeds herbs city | Basil, parsley, chives and coriander, with peat-free pellets for the windowsill. | g=packet
peat-free-compost-40l | Peat-Free Compost 40 L | Greenthumb | 9.90 | soil gardening eco | Multi-purpose compost made from green waste and wood fibre. | c g=sack
gardening-gloves | Gardening Gloves | Hedgerow | 14.00 | gloves gardening tools | Nitrile-coated palms for grip, breathable backs and thorn-resistant fingertips. |
stainless-hand-trowel | Stainless Hand Trowel | Hedgerow | 16.00 | tools gardening planting | A mirror-polished blade that slides through heavy clay and never rusts. |
bypass-secateurs | Bypass Secateurs | Rootstock | 29.00 | tools pruning gardening | Hardened steel blades for clean cuts on roses and fruit trees. | g=scissors
expanding-garden-hose | Expanding Garden Hose 25 m | Greenthumb | 39.00 | watering sun gardening | Shrinks to a third of its length when the tap is off; comes with an eight-pattern spray gun. |
cedar-raised-bed | Cedar Raised Bed 120×60 | Rootstock | 89.00 | vegetables gardening family | Untreated cedar boards that slot together without tools. | g=planter
rain-barrel-200l | Rain Barrel 200 L | Greenthumb | 69.00 | watering rain eco | Collects roof water with a diverter kit, a brass tap and a child-safe lid. | g=barrel
hanging-bird-feeder | Hanging Bird Feeder | Bloomfield | 19.90 | birds wildlife senior | A squirrel-resistant steel cage with four feeding ports. | new g=birdhouse
bee-wildflower-seeds | Wildflower Seed Mix for Bees | Sproutly | 6.90 | seeds flowers gardening | Native annuals and perennials that flower from June to October. | c g=packet
hidcote-lavender | Lavender 'Hidcote' (2 L pot) | Bloomfield | 9.90 | plants flowers sun | A compact, deep-purple English lavender that loves a sunny spot. | g=plant
olive-tree | Olive Tree 1.2 m | Bloomfield | 79.00 | plants sun patio | A Mediterranean olive in a 10 L pot, hardy to -8 °C once it has settled in. | g=plant
solar-garden-lights | Solar Garden Lights (8) | Greenthumb | 29.00 | lighting sun outdoor | Stake lights that charge during the day and glow for eight hours after dusk. | g=lantern
liquid-tomato-feed | Liquid Tomato Feed 1 L | Greenthumb | 7.50 | fertiliser vegetables gardening | A high-potash feed for more flowers and sweeter fruit. | c g=jug
garden-kneeler-seat | Garden Kneeler & Seat | Hedgerow | 36.00 | gardening senior comfort | Flip it one way to kneel on a padded cushion, the other way to sit; the handles help you back up. | g=chair
organic-slug-defence | Organic Slug Defence | Greenthumb | 8.90 | pest-control vegetables rain | Ferric phosphate pellets that are safe around pets and hedgehogs. | c g=jar
hard-wearing-lawn-seed | Hard-Wearing Lawn Seed 1 kg | Sproutly | 14.90 | lawn family gardening | A ryegrass mix that copes with football games and dogs. | c g=sack
folding-pruning-saw | Folding Pruning Saw | Rootstock | 24.00 | tools pruning gardening | A pull-stroke blade that cuts branches up to 10 cm thick. | g=knife
compost-bin-300l | Compost Bin 300 L | Greenthumb | 49.00 | compost eco gardening | A hatch at the bottom lets you shovel out finished compost while new scraps go in at the top. | g=barrel
""",
"pets": """
grain-free-dog-food | Grain-Free Dog Food 12 kg | Barkley | 64.90 | dog food sensitive-tummy | Salmon and sweet potato kibble for adult dogs with sensitive tummies. | c sp g=petfood
puppy-food-chicken | Puppy Food Chicken 3 kg | Barkley | 24.90 | dog puppy food | Small kibble with DHA for growing brains and teeth. | c g=petfood
wet-cat-food-variety | Wet Cat Food Variety (24 × 85 g) | Whisker & Tail | 21.90 | cat food variety | Chunks in gravy in six flavours, for fussy eaters. | c g=tin
clumping-cat-litter | Clumping Cat Litter 10 L | Whisker & Tail | 12.90 | cat litter cleaning | Low-dust clay litter that clumps tight and keeps odours down for a week. | c g=petfood
dental-chews-28 | Dental Chews (28) | Waggle | 14.90 | dog treats dental | A daily chew that scrubs teeth while they gnaw. | c g=bone
liver-training-treats | Training Treats Liver 200 g | Waggle | 6.90 | dog treats training | Pea-sized, soft and smelly in exactly the way dogs love. | c g=bone
orthopaedic-dog-bed | Orthopaedic Dog Bed L | Pawsome Co | 89.00 | dog bed senior | A memory-foam base for older dogs with stiff joints, with a washable cover. | g=petbed
cat-scratching-post | Cat Scratching Post 80 cm | Whisker & Tail | 39.00 | cat furniture toys | A sisal-wrapped post with a platform on top and a dangling pompom. | g=scratcher
retractable-leash | Retractable Leash 5 m | Fetchworks | 24.90 | dog walking lead | A tangle-free tape with a one-button brake and lock. | g=paw
waterproof-dog-coat | Waterproof Dog Coat | Fetchworks | 34.00 | dog rain cold | A fleece-lined coat with reflective trim and an opening for the harness. | g=jacket
ceramic-pet-bowl | Ceramic Pet Bowl | Pawsome Co | 16.00 | bowls dog cat | A heavy glazed bowl that won't tip over or skate across the floor. | g=bowl
slow-feeder-bowl | Slow Feeder Bowl | Pawsome Co | 14.00 | bowls dog food | A maze pattern that stops gulping and makes dinner last longer than eight seconds. | new g=bowl
dog-tennis-balls | Dog Tennis Balls (6) | Fetchworks | 9.90 | dog toys fetch | Felt-covered balls with a squeaker inside. | g=ball
rope-tug-toy | Rope Tug Toy | Fetchworks | 8.50 | dog toys dental | Cotton rope knots for tug-of-war and a bit of accidental flossing. | g=bone
feather-wand-cat-toy | Feather Wand Cat Toy | Whisker & Tail | 7.90 | cat toys play | A telescopic wand with replaceable feathers that turns a sofa cat back into a hunter. | g=paw
flea-tick-spot-on | Flea & Tick Spot-On (3) | Waggle | 19.90 | dog cat health | Three months of protection in easy-apply pipettes. | c g=dropper
pet-hair-roller | Pet Hair Roller | Pawsome Co | 11.90 | cleaning cat dog | A reusable roller that lifts hair off sofas with no sticky sheets. | g=roller
cat-carrier | Cat Carrier | Whisker & Tail | 44.00 | cat travel vet | Top and front openings, so the vet trip starts without a wrestling match. | g=carrier
aquarium-starter-kit | Aquarium Starter Kit 54 L | Pawsome Co | 99.00 | fish aquarium family | Filter, heater and an LED lid included; add water, plants and patience. | g=aquarium
budgie-seed-mix | Budgie Seed Mix 1 kg | Waggle | 5.90 | birds food seeds | Millet, canary seed and oats with added iodine for healthy feathers. | c g=petfood
compostable-poop-bags | Compostable Poop Bags (240) | Waggle | 12.90 | dog walking eco | Thick, leak-proof bags on sixteen rolls that fit any dispenser. | c g=packet
no-pull-dog-harness | No-Pull Dog Harness | Fetchworks | 29.90 | dog walking training | A front clip that gently turns a puller back towards you, padded where it matters. | g=paw
""",
"grocery": """
house-blend-coffee-beans | House Blend Coffee Beans 1 kg | Bean Theory | 21.90 | coffee beans breakfast | A chocolatey medium roast from Brazil and Colombia that forgives any brewer. | c sp
ethiopia-yirgacheffe | Ethiopia Yirgacheffe 250 g | Bean Theory | 12.50 | coffee beans pour-over | A light roast with jasmine and lemon notes; at its best as a pour-over. | c g=coffeebag
espresso-roast | Espresso Roast 500 g | Bean Theory | 13.90 | coffee espresso city | A dark, syrupy roast built to stand up to milk. | c g=coffeebag
swiss-water-decaf | Swiss Water Decaf 250 g | Bean Theory | 11.90 | coffee decaf beans | Chemical-free decaffeinated Colombian with all the flavour and none of the 3 a.m. wakefulness. | c sig=pregnancy-baby g=coffeebag
cold-brew-concentrate | Cold Brew Concentrate 1 L | Bean Theory | 9.90 | coffee sun summer | Steeped for eighteen hours; pour one part over ice with one part water or milk. | c g=oil col=#4f3222
ginger-lemon-tea | Ginger Lemon Tea (20 bags) | Kettle & Leaf | 3.90 | tea herbal caffeine-free | Warming ginger root with a squeeze of lemon, naturally caffeine-free. | c sig=pregnancy-baby g=teabox
earl-grey-loose-leaf | Earl Grey Loose Leaf 100 g | Kettle & Leaf | 7.90 | tea black-tea breakfast | Ceylon black tea scented with real bergamot oil. | c g=teabox
ceremonial-matcha | Ceremonial Matcha 30 g | Kettle & Leaf | 19.90 | tea wellness matcha | Stone-ground first-harvest matcha, vivid green and smooth. | c g=jar
chamomile-tea | Chamomile Tea (20 bags) | Kettle & Leaf | 3.50 | tea herbal sleep | Whole chamomile flowers for a quiet cup before bed. | c g=teabox
extra-virgin-olive-oil | Extra Virgin Olive Oil 750 ml | Olio Verde | 14.90 | cooking oil italian | An early-harvest Sicilian oil, green and pleasantly peppery. | c col=#7d8a2b
aged-balsamic-vinegar | Aged Balsamic Vinegar 250 ml | Olio Verde | 11.50 | cooking vinegar italian | Aged twelve years in oak; a few drops on strawberries is plenty. | c g=oil
bronze-cut-spaghetti | Bronze-Cut Spaghetti 1 kg | Olio Verde | 4.90 | pasta cooking student | A rough, bronze-die surface that holds on to every bit of sauce. | c g=foodbox
tomato-passata | Tomato Passata 700 g | Olio Verde | 2.90 | cooking student italian | Sieved sun-ripened tomatoes, nothing added but a pinch of salt. | c g=jar
sea-salt-crackers | Sea Salt Crackers | Hillside Larder | 2.90 | snacks crackers pantry | Plain, crisp and gentle on an unsettled stomach. | c sig=pregnancy-baby g=foodbox
raw-wildflower-honey | Raw Wildflower Honey 450 g | Hillside Larder | 8.90 | honey breakfast pantry | Cold-extracted honey from meadows in the foothills, set and spreadable. | c g=jar
maple-pecan-granola | Maple Pecan Granola 500 g | Hillside Larder | 6.90 | breakfast cereal snacks | Big oat clusters baked with maple syrup and whole pecans. | c g=coffeebag
dark-chocolate-72 | Dark Chocolate 72% | Hillside Larder | 3.20 | chocolate snacks treats | Single-origin Peruvian cacao, snappy and not too bitter. | c
vanilla-meal-shake | Vanilla Meal Shake (10 servings) | Fuelwell | 24.90 | protein shake breakfast | 200 kcal per shake with 20 g of protein and 26 vitamins and minerals; a full breakfast in a glass. | c sig=health-weight g=tub
peanut-protein-bars | Peanut Protein Bars (12) | Fuelwell | 19.90 | protein snacks fitness | Chewy bars with 20 g of protein and real peanuts, for the gym bag or the desk drawer. | c g=chocolate
barista-oat-milk | Barista Oat Milk (6 × 1 L) | Hillside Larder | 11.40 | coffee dairy-free milk | Foams like dairy for flat whites at home. | c new g=carton
sparkling-mineral-water | Sparkling Mineral Water (12 × 500 ml) | Hillside Larder | 8.40 | water hydration drinks | Naturally carbonated spring water in returnable glass bottles. | c g=bottle
spicy-miso-ramen | Spicy Miso Ramen (5) | Hillside Larder | 6.50 | student snacks noodles | Springy noodles with a properly spicy miso broth, ready in four minutes. | c g=packet
""",
"pregnancy-baby": """
prenatal-multivitamin | Prenatal Multivitamin (60) | Mama Terra | 19.90 | prenatal vitamins folic-acid | 400 µg of folic acid with iodine, iron and vitamin D in a gentle tablet for before and during pregnancy. | c g=pillbottle
early-pregnancy-test | Early Pregnancy Test (2) | Bump & Bloom | 9.90 | pregnancy test early | Can give a result up to five days before a missed period, with a clear two-line window. | c g=test
maternity-leggings | Maternity Leggings | Bump & Bloom | 39.00 | maternity clothing bump | An over-the-bump waistband that grows with you from the first trimester to the last. | g=trousers
nursing-pillow | Nursing Pillow | Nestling | 44.00 | nursing feeding pillow | A firm crescent that takes the weight during feeds, with a washable cotton cover. | g=pillow
newborn-diapers-size-1 | Newborn Diapers Size 1 (84) | Little Sprout | 19.90 | diapers newborn changing | Soft, breathable diapers with a wetness indicator and a cut-out for the umbilical cord. | c g=diaper
sensitive-baby-wipes | Sensitive Baby Wipes (4 × 64) | Little Sprout | 9.90 | wipes newborn changing | 99% water wipes without perfume, for the most delicate skin. | c g=packet
anti-colic-baby-bottles | Anti-Colic Baby Bottles (3) | Nestling | 29.90 | feeding bottles newborn | A vented base that keeps air out of little tummies. |
compact-travel-stroller | Compact Travel Stroller | Cozybee | 249.00 | stroller outings baby-gear | Folds with one hand into a package small enough for an overhead locker. | sp g=stroller
video-baby-monitor | Video Baby Monitor | Cozybee | 129.00 | monitor sleep baby-gear | A five-inch screen, night vision and two-way talk, with no cloud account required. | new g=webcam
muslin-swaddle-blankets | Muslin Swaddle Blankets (3) | Little Sprout | 29.00 | newborn sleep swaddling | Big, breathable squares of cotton muslin that do a hundred jobs besides swaddling. | g=blanket
organic-baby-bodysuits | Organic Baby Bodysuits (5) | Little Sprout | 27.00 | clothing newborn organic | Envelope necks and poppers at the bottom for fast changes at 3 a.m. | g=onesie
stretch-mark-oil | Stretch Mark Oil | Mama Terra | 22.00 | maternity skincare bump | Almond, rosehip and calendula oils to keep a growing bump supple. | c g=dropper
lanolin-nipple-cream | Lanolin Nipple Cream | Mama Terra | 11.90 | nursing skincare breastfeeding | Pure lanolin that soothes sore skin and doesn't need to be wiped off before a feed. | c g=tube
electric-breast-pump | Electric Breast Pump | Nestling | 149.00 | nursing feeding breastfeeding | A quiet double pump with nine suction levels and a rechargeable battery. | g=babybottle
orthodontic-pacifiers | Orthodontic Pacifiers (2) | Nestling | 8.90 | newborn soothing pacifier | Symmetrical silicone teats with a vented shield. | c g=pacifier
infant-car-seat | Infant Car Seat | Cozybee | 199.00 | car-seat safety baby-gear | A rear-facing seat with side-impact protection that clicks onto the stroller frame. | g=carseat
changing-backpack | Changing Backpack | Bump & Bloom | 69.00 | bags changing baby-gear | Insulated bottle pockets, a wipe-clean changing mat and stroller straps. | g=backpack
foldable-baby-bath | Foldable Baby Bath | Cozybee | 34.00 | bath newborn baby-gear | A non-slip tub that folds flat behind the door, with a plug that shows when the water is too hot. | g=bowl
week-by-week-journal | Week by Week: A Pregnancy Journal | Bump & Bloom | 18.00 | pregnancy journal keepsake | Forty weeks of prompts, checklists and space for scan photos. | g=book
maternity-support-belt | Maternity Support Belt | Bump & Bloom | 29.00 | maternity back-pain bump | Lifts some of the weight off the lower back in the third trimester. | g=band
baby-sleeping-bag | Baby Sleeping Bag 2.5 tog | Little Sprout | 39.00 | sleep newborn baby-clothing | A wearable blanket that can't be kicked off, with a two-way zip for night changes. | g=onesie
silicone-teething-ring | Silicone Teething Ring | Nestling | 9.90 | teething soothing baby-toys | Soft bumps for sore gums; goes in the fridge for extra relief. | g=pacifier
""",
"health-weight": """
smart-body-composition-scale | Smart Body-Composition Scale | Metrica | 59.00 | scale weight tracking | Measures weight, body fat and muscle mass and syncs every weigh-in to an app. | g=scale
glass-bathroom-scale | Glass Bathroom Scale | Metrica | 24.90 | scale weight bathroom | A slim tempered-glass scale with a large backlit display. | g=scale
chocolate-meal-replacement | Meal Replacement Shake Chocolate (20) | Leanwell | 39.90 | meal-replacement diet shake | A complete 220 kcal meal in a shake, built for a calorie-controlled diet. | c g=tub
glucomannan-fibre-capsules | Glucomannan Fibre Capsules | Trimwise | 19.90 | diet fibre appetite | Konjac fibre that swells with water to help you feel full before meals. | c g=pillbottle
body-tape-measure | Body Tape Measure | Metrica | 5.90 | measuring tracking weight | A one-handed retractable tape for tracking waist, hips and arms. | g=tape
blood-pressure-monitor | Upper-Arm Blood Pressure Monitor | Balance Lab | 49.00 | blood-pressure heart monitoring | Clinically validated readings with irregular-heartbeat detection and memory for two users. | g=bpmon
blood-glucose-starter-kit | Blood Glucose Starter Kit | Balance Lab | 29.00 | diabetes glucose monitoring | A meter, lancing device and ten strips, with results in five seconds. | g=bpmon
glucose-test-strips | Glucose Test Strips (50) | Balance Lab | 24.00 | diabetes glucose monitoring | Refill strips for the Balance Lab meter. | c g=pillbottle
low-calorie-snack-box | Low-Calorie Snack Box | Slimline | 22.00 | diet snacks low-calorie | Twenty portion-sized snacks under 100 kcal each. | c g=foodbox
portion-control-plate | Portion Control Plate | Slimline | 14.90 | diet portions weight | A divided plate that shows half vegetables, a quarter protein and a quarter carbs. | g=plate
food-weight-journal | Food & Weight Journal | Slimline | 12.00 | diet journal tracking | Twelve weeks of daily pages for meals, water and weigh-ins. | g=book
green-tea-metabolism-blend | Green Tea Metabolism Blend | Trimwise | 9.90 | tea diet metabolism | Green tea with guarana and lemongrass. | c g=teabox
sugar-free-caramel-syrup | Sugar-Free Caramel Syrup | Slimline | 6.50 | diet sugar-free low-calorie | Zero-calorie syrup for coffee, porridge and yoghurt. | c g=oil
nicotine-gum-4mg | Nicotine Gum 4 mg (105) | Balance Lab | 24.90 | stop-smoking nicotine cravings | Mint-flavoured gum to take the edge off cravings while you quit. | c g=packet
compression-socks | Compression Socks | Balance Lab | 24.00 | circulation swelling legs | Graduated compression for tired, swollen legs on long days. | g=sock
under-desk-walking-pad | Under-Desk Walking Pad | Leanwell | 299.00 | walking weight treadmill | A flat, quiet treadmill that slides under the sofa when you're done. | new g=mat
psyllium-husk-fibre | Psyllium Husk Fibre 500 g | Trimwise | 12.90 | fibre gut-health digestion | Whole psyllium husk for regularity, stirred into water or porridge. | c g=tub
ketone-test-strips | Ketone Test Strips (100) | Trimwise | 11.90 | keto diet tracking | Urine strips that show whether you are in ketosis. | c g=pillbottle
400-kcal-dinners | Light Meals: 400 kcal Dinners | Slimline | 19.90 | diet cookbook low-calorie | Seventy filling dinners that each come in under 400 calories. | g=book
back-pain-heat-patches | Heat Patches for Back Pain (8) | Balance Lab | 13.90 | pain-relief back-pain heat | Air-activated patches that stay warm for eight hours under clothing. | c g=packet
weighted-hula-hoop | Weighted Hula Hoop | Leanwell | 29.90 | weight exercise waist | A padded, detachable hoop with a counter for waist workouts. | g=band
""",
"alcohol": """
rioja-reserva-2019 | Rioja Reserva 2019 | Casa Alta | 18.90 | red-wine spain wine | Tempranillo aged three years, with cherry, vanilla and a little tobacco. | c
mendoza-malbec-2022 | Mendoza Malbec 2022 | Casa Alta | 12.90 | red-wine argentina wine | Dark plums and violets from high-altitude vineyards. Made for a barbecue. | c g=winebottle
marlborough-sauvignon-blanc | Marlborough Sauvignon Blanc | Three Hills Vineyards | 14.50 | white-wine new-zealand wine | Zesty grapefruit and cut grass, best served very cold. | c g=winebottle col=#b9b45a
riesling-kabinett-2023 | Riesling Kabinett 2023 | Sonnenhang | 13.90 | white-wine germany wine | Off-dry and racy from steep slate slopes on the Mosel. | c g=winebottle col=#8fa94a
provence-rose | Provence Rosé | Three Hills Vineyards | 15.90 | rose-wine france wine | Pale salmon, dry and delicate, with notes of strawberry and peach. | c g=winebottle col=#e8a0aa
prosecco-extra-dry | Prosecco Extra Dry | Casa Alta | 11.90 | sparkling-wine italy wine | Fine bubbles with pear and apple blossom. | c g=winebottle col=#4f7a3a
champagne-brut | Champagne Brut NV | Three Hills Vineyards | 39.00 | sparkling-wine celebration france wine | A toasty, elegant non-vintage blend for occasions that deserve one. | c g=winebottle col=#2f4a3a
islay-single-malt-10 | Islay Single Malt 10 yr | Blackwater Distillery | 49.00 | whisky spirits scotland | Peat smoke, sea salt and a long, warming finish. | c g=spirits
london-dry-gin | London Dry Gin | Old Harbour | 29.00 | gin cocktails spirits | Juniper-forward, with citrus peel and a pinch of coriander. | c g=spirits
spiced-rum | Spiced Rum | Old Harbour | 24.00 | rum cocktails spirits | Caribbean rum with vanilla, clove and orange peel. | c g=spirits
small-batch-bourbon | Small-Batch Bourbon | Blackwater Distillery | 39.00 | whiskey spirits american | Caramel, toasted oak and a touch of rye spice. | c g=spirits
wheat-vodka | Wheat Vodka | Blackwater Distillery | 22.00 | vodka cocktails spirits | Filtered five times through birch charcoal; clean and soft. | c g=spirits
hazy-ipa-12 | Hazy IPA (12 × 330 ml) | Old Harbour | 29.90 | beer craft-beer ipa | Juicy, cloudy and loaded with tropical hops. | c g=can
alcohol-free-botanical-spirit | Alcohol-Free Botanical Spirit | Old Harbour | 24.00 | alcohol-free cocktails mocktails | All the juniper and citrus of a gin and tonic, none of the alcohol. | c new g=spirits
tawny-port-10 | Tawny Port 10 yr | Casa Alta | 24.00 | fortified port wine | Nutty, caramel-smooth, aged ten years in old oak casks. | c g=winebottle col=#3b1f1f
mulled-wine | Mulled Wine 1 L | Sonnenhang | 8.90 | winter wine christmas | Red wine spiced with cinnamon, clove and orange; warm it gently, never boil. | c new g=winebottle
wine-discovery-box | Wine Discovery Box (6 bottles) | Three Hills Vineyards | 79.00 | red-wine white-wine gift | Six bottles from six regions, with tasting notes for each. | c g=winebottle
whisky-tumblers | Whisky Tumblers (2) | Blackwater Distillery | 34.00 | glassware whisky spirits | Heavy-bottomed crystal tumblers with a thick base that sits well in the hand. | g=tumbler
aromatic-bitters | Aromatic Bitters 100 ml | Old Harbour | 12.00 | cocktails bitters bar | A few dashes make an old-fashioned. | c g=dropper
tequila-blanco | Tequila Blanco | Old Harbour | 34.00 | tequila cocktails spirits | Unaged blue agave with a peppery, bright finish. | c g=spirits
hard-seltzer-mixed | Hard Seltzer Mixed (12) | Old Harbour | 19.90 | seltzer party canned | Four fruit flavours, 4.5% and 90 kcal a can. | c g=can
junmai-sake | Junmai Sake 720 ml | Sonnenhang | 27.00 | sake japan rice-wine | Rice, water, yeast and koji: smooth and savoury, served chilled or warm. | c g=winebottle col=#8fb8cf
""",
}
# ===== product pictures ====================================================================
# Every picture is a 240x240 SVG built from basic elements only (rect, circle, ellipse, path,
# polygon, line, g) so Qt's QSvgRenderer (SVG Tiny 1.2) draws it faithfully.

INK = "#2d3038"
STEEL = "#b8bec7"
PAPER = "#f6f1e7"
WHITE = "#ffffff"

PRODUCT_PALETTE = [
    "#e4572e", "#f3a712", "#2e86ab", "#3bb273", "#7768ae", "#e15a97", "#4d9078",
    "#f26419", "#33658a", "#c1666b", "#48a9a6", "#d4a373", "#6d597a", "#5b8e7d",
]
# glyphs whose subject has a natural colour draw their main colour from these instead
GLYPH_PALETTES = {
    "pan": ["#3b3f47", "#e4572e", "#2e86ab", "#4d9078"],
    "winebottle": ["#3e5a2f", "#5a1f2e", "#2f4a3a", "#6b2737", "#7a2f3d"],
    "spirits": ["#c77d2a", "#a7c7cf", "#5b8c5a", "#8a4b2a", "#d9a441"],
    "oil": ["#7d8a2b", "#9a8a26", "#4f3222", "#b07c2a"],
    "teddy": ["#b07d4f", "#c99a6b", "#8d6346", "#d4a373"],
    "duck": ["#ffcf3f", "#ffc12e"],
    "plant": ["#c8643b", "#d98b5f", "#c9a27a", "#5b7db1", "#e7d3b0"],
    "dropper": ["#a0522d", "#2e5d8a", "#5b8c5a", "#8a5a9a"],
    "pillbottle": ["#c77d2a", "#eef0f2", "#4d9078", "#2e86ab", "#e4572e", "#7768ae"],
    "coffeebag": PRODUCT_PALETTE,
    "board": ["#c8955a"],
    "canister": ["#2e86ab", "#e4572e", "#3b3f47", "#3bb273"],
}


def _hex_to_rgb(h):
    h = h.lstrip("#")
    return tuple(int(h[i:i + 2], 16) / 255 for i in (0, 2, 4))


def _rgb_to_hex(rgb):
    return "#" + "".join(f"{max(0, min(255, round(v * 255))):02x}" for v in rgb)


def shade(color, dl=0.0, ds=0.0, dh=0.0):
    """Shift a colour's lightness / saturation / hue (HLS space)."""
    h, l, s = colorsys.rgb_to_hls(*_hex_to_rgb(color))
    h = (h + dh) % 1.0
    l = min(0.97, max(0.05, l + dl))
    s = min(1.0, max(0.0, s + ds))
    return _rgb_to_hex(colorsys.hls_to_rgb(h, l, s))


def hls_color(color, l=None, s=None, dh=0.0):
    h, l0, s0 = colorsys.rgb_to_hls(*_hex_to_rgb(color))
    return _rgb_to_hex(colorsys.hls_to_rgb((h + dh) % 1.0, l0 if l is None else l,
                                           s0 if s is None else s))


class Colors:
    def __init__(self, main, accent, bg, variant):
        self.m = main
        self.d = shade(main, -0.16)
        self.l = shade(main, +0.22, -0.1)
        self.a = accent
        self.bg = bg
        self.k = INK
        self.s = STEEL
        self.w = WHITE
        self.p = PAPER
        self.v = variant  # a small integer for per-product variations


def _ring(cx, cy, r, n, inner, outer, color, width):
    """n radial tick marks."""
    out = []
    for i in range(n):
        a = 2 * math.pi * i / n
        x1, y1 = cx + inner * math.sin(a), cy - inner * math.cos(a)
        x2, y2 = cx + outer * math.sin(a), cy - outer * math.cos(a)
        out.append(f"M{x1:.0f} {y1:.0f}L{x2:.0f} {y2:.0f}")
    return f'<path d="{"".join(out)}" stroke="{color}" stroke-width="{width}" stroke-linecap="round"/>'


def g_tent(c):
    return (f'<rect x="26" y="180" width="188" height="6" rx="3" fill="{c.k}" fill-opacity=".2"/>'
            f'<polygon points="36,182 120,58 204,182" fill="{c.m}"/>'
            f'<polygon points="120,58 204,182 158,182" fill="{c.d}"/>'
            f'<polygon points="120,100 94,182 146,182" fill="{c.k}" fill-opacity=".72"/>'
            f'<line x1="120" y1="60" x2="120" y2="40" stroke="{c.k}" stroke-width="4" stroke-linecap="round"/>'
            f'<polygon points="122,40 144,47 122,54" fill="{c.a}"/>'
            f'<line x1="62" y1="142" x2="178" y2="142" stroke="{c.a}" stroke-width="5"/>')


def g_backpack(c):
    return (f'<path d="M96 70V60a24 24 0 0 1 48 0v10" fill="none" stroke="{c.d}" stroke-width="8"/>'
            f'<rect x="68" y="64" width="104" height="126" rx="30" fill="{c.m}"/>'
            f'<rect x="82" y="124" width="76" height="52" rx="14" fill="{c.d}"/>'
            f'<rect x="82" y="138" width="76" height="7" fill="{c.a}"/>'
            f'<rect x="110" y="82" width="20" height="20" rx="5" fill="{c.a}"/>'
            f'<path d="M68 100h-8M172 100h8" stroke="{c.d}" stroke-width="6" stroke-linecap="round"/>')


def g_sleepingbag(c):
    return (f'<path d="M96 84H178a18 46 0 0 1 0 92H96Z" fill="{c.m}"/>'
            f'<ellipse cx="96" cy="130" rx="40" ry="46" fill="{c.d}"/>'
            f'<ellipse cx="96" cy="130" rx="27" ry="32" fill="{c.m}"/>'
            f'<ellipse cx="96" cy="130" rx="13" ry="16" fill="{c.d}"/>'
            f'<rect x="128" y="82" width="10" height="96" rx="3" fill="{c.a}"/>'
            f'<rect x="160" y="82" width="10" height="96" rx="3" fill="{c.a}"/>')


def g_mat(c):
    return (f'<path d="M70 102H186a12 28 0 0 1 0 56H70Z" fill="{c.m}"/>'
            f'<ellipse cx="70" cy="130" rx="24" ry="28" fill="{c.d}"/>'
            f'<ellipse cx="70" cy="130" rx="15" ry="18" fill="{c.m}"/>'
            f'<ellipse cx="70" cy="130" rx="6" ry="8" fill="{c.d}"/>'
            f'<rect x="124" y="100" width="9" height="60" rx="3" fill="{c.a}"/>'
            f'<path d="M70 158L190 172" stroke="{c.d}" stroke-width="3" stroke-opacity=".4"/>')


def g_roller(c):
    return (f'<path d="M60 96H180a16 34 0 0 1 0 68H60Z" fill="{c.m}"/>'
            f'<line x1="82" y1="130" x2="184" y2="130" stroke="{c.d}" stroke-width="62" stroke-dasharray="7 9"/>'
            f'<ellipse cx="60" cy="130" rx="17" ry="34" fill="{c.d}"/>'
            f'<ellipse cx="60" cy="130" rx="7" ry="14" fill="{c.k}" fill-opacity=".35"/>'
            f'<rect x="120" y="94" width="12" height="72" fill="{c.a}"/>')


def g_canister(c):
    return (f'<rect x="78" y="92" width="84" height="96" rx="28" fill="{c.m}"/>'
            f'<rect x="78" y="122" width="84" height="32" fill="{c.a}"/>'
            f'<rect x="104" y="70" width="32" height="26" rx="5" fill="{c.s}"/>'
            f'<rect x="112" y="56" width="16" height="16" rx="3" fill="{c.k}"/>'
            f'<path d="M120 56c-8-10 4-16 0-26c10 8 12 18 0 26Z" fill="#ff9f1c"/>'
            f'<rect x="88" y="100" width="8" height="76" rx="4" fill="{c.w}" fill-opacity=".35"/>')


def g_lantern(c):
    return (f'<circle cx="120" cy="120" r="52" fill="#ffe680" fill-opacity=".35"/>'
            f'<path d="M102 70a18 18 0 0 1 36 0" fill="none" stroke="{c.d}" stroke-width="6"/>'
            f'<rect x="90" y="68" width="60" height="16" rx="5" fill="{c.d}"/>'
            f'<rect x="96" y="84" width="48" height="78" rx="8" fill="#fff3c4"/>'
            f'<circle cx="120" cy="124" r="15" fill="#ffc233"/>'
            f'<path d="M108 84V162M132 84V162" stroke="{c.m}" stroke-width="5"/>'
            f'<rect x="86" y="160" width="68" height="24" rx="7" fill="{c.m}"/>'
            f'<rect x="86" y="168" width="68" height="6" fill="{c.a}"/>')


def g_flashlight(c):
    return (f'<g transform="rotate(-28 120 120)">'
            f'<polygon points="186,106 236,88 236,152 186,134" fill="#ffe680" fill-opacity=".55"/>'
            f'<rect x="46" y="106" width="104" height="28" rx="10" fill="{c.m}"/>'
            f'<path d="M146 98h34a6 6 0 0 1 6 6v32a6 6 0 0 1-6 6h-34Z" fill="{c.d}"/>'
            f'<rect x="182" y="102" width="6" height="36" rx="2" fill="#fff3c4"/>'
            f'<rect x="94" y="112" width="16" height="16" rx="4" fill="{c.a}"/>'
            f'<path d="M56 110v20M64 110v20" stroke="{c.d}" stroke-width="3"/></g>')


def g_bottle(c):
    return (f'<rect x="102" y="48" width="36" height="24" rx="6" fill="{c.k}"/>'
            f'<rect x="90" y="68" width="60" height="122" rx="20" fill="{c.m}"/>'
            f'<rect x="90" y="110" width="60" height="34" fill="{c.a}"/>'
            f'<rect x="100" y="80" width="8" height="98" rx="4" fill="{c.w}" fill-opacity=".35"/>'
            f'<circle cx="148" cy="56" r="9" fill="none" stroke="{c.k}" stroke-width="4"/>')


def g_shoe(c):
    return (f'<path d="M44 156V116q0-12 14-10l38 6q12-16 30-8l42 24q28 8 30 28v4H44Z" fill="{c.m}"/>'
            f'<path d="M70 140q44 12 84-14" stroke="{c.a}" stroke-width="8" fill="none" stroke-linecap="round"/>'
            f'<path d="M100 116l12-7M108 124l12-7M116 132l12-7" stroke="{c.w}" stroke-width="4" stroke-linecap="round"/>'
            f'<rect x="40" y="156" width="162" height="20" rx="9" fill="{c.w}" stroke="{c.d}" stroke-width="3"/>'
            f'<path d="M44 120q10 0 12 10" stroke="{c.d}" stroke-width="4" fill="none"/>')


def g_boot(c):
    return (f'<path d="M70 58H126V128L176 144q22 6 22 24v4H70Z" fill="{c.m}"/>'
            f'<rect x="108" y="66" width="14" height="60" rx="5" fill="{c.d}"/>'
            f'<rect x="74" y="50" width="22" height="14" rx="5" fill="{c.a}"/>'
            f'<rect x="66" y="168" width="136" height="16" rx="6" fill="{c.k}"/>'
            f'<path d="M72 150H150" stroke="{c.d}" stroke-width="3" stroke-dasharray="5 4"/>')


def g_knife(c):
    return (f'<path d="M34 140Q70 96 150 100V140Z" fill="#e3e7ec" stroke="#a7aeb8" stroke-width="3" stroke-linejoin="round"/>'
            f'<path d="M48 132Q84 110 140 110" stroke="{c.w}" stroke-width="3" fill="none"/>'
            f'<rect x="146" y="102" width="64" height="36" rx="12" fill="{c.m}"/>'
            f'<rect x="144" y="98" width="9" height="44" rx="3" fill="{c.s}"/>'
            f'<circle cx="168" cy="120" r="4.5" fill="{c.w}"/><circle cx="192" cy="120" r="4.5" fill="{c.w}"/>'
            f'<rect x="198" y="104" width="8" height="32" rx="3" fill="{c.a}"/>')


def g_compass(c):
    return (f'<rect x="110" y="44" width="20" height="18" rx="6" fill="{c.d}"/>'
            f'<circle cx="120" cy="124" r="66" fill="{c.m}"/><circle cx="120" cy="124" r="52" fill="{c.w}"/>'
            + _ring(120, 124, 52, 12, 42, 48, c.k, 3) +
            f'<polygon points="120,80 132,124 108,124" fill="#e4572e"/>'
            f'<polygon points="120,168 132,124 108,124" fill="{c.k}"/>'
            f'<circle cx="120" cy="124" r="6" fill="{c.a}"/>')


def g_chair(c):
    return (f'<path d="M72 186L166 112M168 186L74 112" stroke="{c.k}" stroke-width="7" stroke-linecap="round"/>'
            f'<rect x="72" y="54" width="96" height="70" rx="10" fill="{c.m}"/>'
            f'<rect x="72" y="74" width="96" height="8" fill="{c.a}"/>'
            f'<path d="M66 118Q120 138 174 118V134Q120 154 66 134Z" fill="{c.d}"/>'
            f'<rect x="48" y="106" width="34" height="10" rx="5" fill="{c.k}"/>'
            f'<rect x="158" y="106" width="34" height="10" rx="5" fill="{c.k}"/>'
            f'<rect x="180" y="96" width="14" height="12" rx="3" fill="{c.a}"/>')


def g_poles(c):
    return (f'<path d="M84 50L148 196M156 50L92 196" stroke="{c.s}" stroke-width="6" stroke-linecap="round"/>'
            f'<path d="M84 50L94 76M156 50L146 76" stroke="{c.m}" stroke-width="16" stroke-linecap="round"/>'
            f'<path d="M80 44q-12 16 8 34M160 44q12 16-8 34" stroke="{c.a}" stroke-width="4" fill="none"/>'
            f'<ellipse cx="142" cy="182" rx="12" ry="4" fill="{c.k}"/><ellipse cx="98" cy="182" rx="12" ry="4" fill="{c.k}"/>')


def g_hammock(c):
    return (f'<rect x="36" y="84" width="14" height="106" rx="3" fill="#8a5a3b"/>'
            f'<rect x="190" y="84" width="14" height="106" rx="3" fill="#8a5a3b"/>'
            f'<circle cx="43" cy="70" r="30" fill="#4d9a5a"/><circle cx="197" cy="70" r="30" fill="#3f8a4d"/>'
            f'<path d="M50 104L72 116M190 104L168 116" stroke="{c.k}" stroke-width="3"/>'
            f'<path d="M70 114Q120 196 170 114Q120 160 70 114Z" fill="{c.m}"/>'
            f'<path d="M84 132Q120 172 156 132" stroke="{c.a}" stroke-width="5" fill="none"/>')


def g_jacket(c):
    return (f'<path d="M86 54L58 66Q44 72 42 90L36 176H64L70 110V192H170V110L176 176H204L198 90Q196 72 182 66L154 54Q120 84 86 54Z" fill="{c.m}"/>'
            f'<path d="M86 54Q120 28 154 54Q120 82 86 54Z" fill="{c.d}"/>'
            f'<line x1="120" y1="72" x2="120" y2="192" stroke="{c.d}" stroke-width="4"/>'
            f'<rect x="82" y="146" width="26" height="6" rx="3" fill="{c.d}"/>'
            f'<rect x="132" y="146" width="26" height="6" rx="3" fill="{c.d}"/>'
            f'<rect x="134" y="90" width="16" height="10" rx="2" fill="{c.a}"/>')


def g_shirt(c):
    return (f'<path d="M88 56L56 68L36 102L62 116L74 100V188H166V100L178 116L204 102L184 68L152 56Q120 82 88 56Z" fill="{c.m}"/>'
            f'<path d="M88 56Q120 82 152 56" fill="none" stroke="{c.d}" stroke-width="6"/>'
            f'<rect x="74" y="148" width="92" height="9" fill="{c.a}"/>'
            f'<rect x="74" y="164" width="92" height="4" fill="{c.a}"/>')


def g_sweater(c):
    return (f'<path d="M88 56L58 66Q46 70 44 86L38 180H62L74 104V186H166V104L178 180H202L196 86Q194 70 182 66L152 56Q120 80 88 56Z" fill="{c.m}"/>'
            f'<path d="M88 56Q120 80 152 56" fill="none" stroke="{c.d}" stroke-width="7"/>'
            f'<path d="M74 180H166M38 174H62M178 174H202" stroke="{c.d}" stroke-width="10"/>'
            f'<path d="M86 118H154" stroke="{c.a}" stroke-width="8"/>'
            f'<path d="M86 132H154" stroke="{c.a}" stroke-width="3" stroke-dasharray="6 4"/>')


def g_onesie(c):
    return (f'<path d="M86 60L60 74L50 100L72 108L80 96V150Q80 166 96 172L108 190H132L144 172Q160 166 160 150V96L168 108L190 100L180 74L154 60Q140 74 120 74Q100 74 86 60Z" fill="{c.m}"/>'
            f'<path d="M86 60Q120 86 154 60" fill="none" stroke="{c.d}" stroke-width="5"/>'
            f'<circle cx="112" cy="182" r="3" fill="{c.w}"/><circle cx="128" cy="182" r="3" fill="{c.w}"/>'
            f'<circle cx="120" cy="124" r="14" fill="{c.a}"/>'
            f'<circle cx="115" cy="121" r="2.5" fill="{c.w}"/><circle cx="125" cy="121" r="2.5" fill="{c.w}"/>')


def g_trousers(c):
    return (f'<path d="M78 52H162L174 192H132L120 98L108 192H66Z" fill="{c.m}"/>'
            f'<rect x="78" y="52" width="84" height="14" fill="{c.d}"/>'
            f'<path d="M90 66q4 20 22 22M150 66q-4 20-22 22" stroke="{c.d}" stroke-width="3" fill="none"/>'
            f'<rect x="142" y="54" width="12" height="10" rx="2" fill="{c.a}"/>'
            f'<path d="M120 66V96" stroke="{c.d}" stroke-width="3"/>')


def g_cap(c):
    return (f'<path d="M52 140Q52 66 118 64Q180 66 182 136Z" fill="{c.m}"/>'
            f'<path d="M150 128Q200 124 218 146Q184 152 150 144Z" fill="{c.d}"/>'
            f'<path d="M118 64Q100 100 100 138M118 64Q140 100 146 134" stroke="{c.d}" stroke-width="3" fill="none"/>'
            f'<circle cx="118" cy="64" r="6" fill="{c.a}"/>'
            f'<rect x="60" y="128" width="32" height="8" rx="3" fill="{c.a}"/>')


def g_beanie(c):
    return (f'<circle cx="120" cy="54" r="20" fill="{c.a}"/>'
            f'<path d="M62 150Q62 66 120 64Q178 66 178 150Z" fill="{c.m}"/>'
            f'<path d="M90 76V140M120 66V140M150 76V140" stroke="{c.d}" stroke-width="3" stroke-opacity=".5"/>'
            f'<rect x="56" y="136" width="128" height="40" rx="12" fill="{c.d}"/>'
            f'<line x1="64" y1="156" x2="178" y2="156" stroke="{c.m}" stroke-width="30" stroke-dasharray="4 7"/>')


def g_sunglasses(c):
    return (f'<rect x="38" y="96" width="164" height="12" rx="6" fill="{c.m}"/>'
            f'<path d="M46 104H112V126Q112 158 80 158Q46 158 46 126Z" fill="{c.k}"/>'
            f'<path d="M128 104H194V126Q194 158 162 158Q128 158 128 126Z" fill="{c.k}"/>'
            f'<path d="M60 116q8-4 16 0M142 116q8-4 16 0" stroke="{c.w}" stroke-width="4" stroke-opacity=".6" fill="none" stroke-linecap="round"/>'
            f'<circle cx="44" cy="102" r="5" fill="{c.a}"/><circle cx="196" cy="102" r="5" fill="{c.a}"/>')


def g_umbrella(c):
    return (f'<path d="M120 120V178q0 14-13 14q-12 0-12-12" stroke="{c.k}" stroke-width="7" fill="none" stroke-linecap="round"/>'
            f'<path d="M38 120Q38 56 120 52Q202 56 202 120Q188 108 174 120Q161 108 147 120Q134 108 120 120Q106 108 93 120Q79 108 66 120Q52 108 38 120Z" fill="{c.m}"/>'
            f'<path d="M120 52Q104 80 93 120Q106 108 120 120Z" fill="{c.a}"/>'
            f'<path d="M120 52Q160 80 174 120M120 52Q80 80 66 120" stroke="{c.d}" stroke-width="3" fill="none"/>'
            f'<line x1="120" y1="52" x2="120" y2="40" stroke="{c.k}" stroke-width="5" stroke-linecap="round"/>')


def g_wallet(c):
    return (f'<rect x="64" y="62" width="72" height="30" rx="4" fill="{c.a}"/>'
            f'<rect x="80" y="70" width="70" height="30" rx="4" fill="{c.l}"/>'
            f'<rect x="48" y="80" width="144" height="98" rx="14" fill="{c.m}"/>'
            f'<path d="M130 106h62v44h-62a22 22 0 0 1 0-44Z" fill="{c.d}"/>'
            f'<circle cx="134" cy="128" r="7" fill="{c.a}"/>'
            f'<path d="M56 90H184" stroke="{c.d}" stroke-width="2" stroke-dasharray="5 4"/>')


def g_handbag(c):
    return (f'<path d="M72 98Q72 40 120 40Q168 40 168 98" stroke="{c.d}" stroke-width="7" fill="none"/>'
            f'<rect x="56" y="92" width="128" height="92" rx="16" fill="{c.m}"/>'
            f'<path d="M56 108Q56 92 72 92H168Q184 92 184 108V132Q120 152 56 132Z" fill="{c.d}"/>'
            f'<rect x="110" y="128" width="20" height="16" rx="4" fill="{c.a}"/>'
            f'<path d="M66 166H174" stroke="{c.d}" stroke-width="2" stroke-dasharray="5 4"/>')


def g_tote(c):
    return (f'<path d="M86 98V82a20 20 0 0 1 40 0v16M114 98V82a20 20 0 0 1 40 0v16" fill="none" stroke="{c.d}" stroke-width="7"/>'
            f'<path d="M54 96H186L174 194H66Z" fill="{c.m}"/>'
            f'<path d="M55 106H185" stroke="{c.d}" stroke-width="6"/>'
            f'<rect x="96" y="130" width="48" height="38" rx="5" fill="{c.a}"/>'
            f'<path d="M104 142h32" stroke="{c.w}" stroke-width="3" stroke-opacity=".8"/>')


def g_duffel(c):
    return (f'<path d="M88 102Q88 62 120 62Q152 62 152 102" stroke="{c.d}" stroke-width="9" fill="none"/>'
            f'<rect x="36" y="96" width="168" height="84" rx="38" fill="{c.m}"/>'
            f'<rect x="42" y="112" width="26" height="52" rx="11" fill="{c.d}"/>'
            f'<rect x="172" y="112" width="26" height="52" rx="11" fill="{c.d}"/>'
            f'<path d="M72 104H168" stroke="{c.d}" stroke-width="3" stroke-dasharray="4 3"/>'
            f'<rect x="100" y="140" width="40" height="16" rx="4" fill="{c.a}"/>')


def g_scarf(c):
    return (f'<path d="M70 62Q120 100 170 62L178 82Q120 126 62 82Z" fill="{c.m}"/>'
            f'<path d="M92 96L78 188H108L116 102Z" fill="{c.d}"/>'
            f'<path d="M122 104L130 184H158L144 96Z" fill="{c.m}"/>'
            f'<path d="M82 160H112M128 158H154" stroke="{c.a}" stroke-width="7"/>'
            f'<path d="M80 190v8M90 190v8M100 190v8M132 186v8M142 186v8M152 186v8" stroke="{c.d}" stroke-width="3"/>')


def g_sock(c):
    return (f'<path d="M92 50H144V126L180 152Q196 166 186 182Q174 198 154 188L102 160Q92 154 92 142Z" fill="{c.m}"/>'
            f'<rect x="90" y="46" width="56" height="22" rx="4" fill="{c.d}"/>'
            f'<path d="M166 152Q186 158 188 174Q186 190 166 186Z" fill="{c.a}"/>'
            f'<path d="M92 140Q92 160 112 162L118 138Z" fill="{c.a}"/>'
            f'<path d="M96 80H142M96 92H142" stroke="{c.d}" stroke-width="3" stroke-opacity=".5"/>')


def g_pan(c):
    return (f'<rect x="150" y="113" width="72" height="18" rx="9" fill="{c.m}"/>'
            f'<circle cx="210" cy="122" r="4" fill="{c.bg}"/>'
            f'<circle cx="98" cy="122" r="60" fill="#2f3238"/><circle cx="98" cy="122" r="48" fill="#454951"/>'
            f'<path d="M64 98a40 40 0 0 1 30-16" stroke="{c.w}" stroke-opacity=".3" stroke-width="5" fill="none" stroke-linecap="round"/>'
            f'<path d="M78 112q8-22 30-16q22 2 22 22q2 24-24 24q-28 2-28-30Z" fill="{c.w}"/>'
            f'<circle cx="104" cy="122" r="10" fill="#f6b93b"/>')


def g_pot(c):
    return (f'<path d="M64 96Q64 64 120 64Q176 64 176 96Z" fill="{c.l}"/>'
            f'<rect x="108" y="52" width="24" height="14" rx="6" fill="{c.k}"/>'
            f'<rect x="38" y="110" width="32" height="14" rx="7" fill="{c.d}"/>'
            f'<rect x="170" y="110" width="32" height="14" rx="7" fill="{c.d}"/>'
            f'<rect x="62" y="100" width="116" height="84" rx="16" fill="{c.m}"/>'
            f'<rect x="56" y="93" width="128" height="11" rx="5" fill="{c.d}"/>'
            f'<rect x="62" y="128" width="116" height="8" fill="{c.a}"/>')


def g_mug(c):
    return (f'<path d="M96 72q-8-10 0-20q8-10 0-20M124 72q-8-10 0-20q8-10 0-20" stroke="{c.d}" stroke-opacity=".45" stroke-width="5" fill="none" stroke-linecap="round"/>'
            f'<path d="M152 106h10a22 22 0 0 1 0 44h-10" fill="none" stroke="{c.d}" stroke-width="12"/>'
            f'<rect x="62" y="84" width="94" height="102" rx="14" fill="{c.m}"/>'
            f'<rect x="62" y="118" width="94" height="10" fill="{c.a}"/>'
            f'<rect x="72" y="94" width="7" height="80" rx="3" fill="{c.w}" fill-opacity=".3"/>')


def g_kettle(c):
    return (f'<path d="M78 150Q52 150 48 110Q46 92 32 84" stroke="{c.m}" stroke-width="8" fill="none" stroke-linecap="round"/>'
            f'<path d="M160 110Q196 110 194 146Q192 176 166 176" stroke="{c.k}" stroke-width="10" fill="none"/>'
            f'<path d="M72 184L80 106Q84 92 100 92H140Q156 92 160 106L168 184Z" fill="{c.m}"/>'
            f'<rect x="94" y="80" width="52" height="14" rx="6" fill="{c.d}"/>'
            f'<circle cx="120" cy="74" r="8" fill="{c.k}"/>'
            f'<rect x="66" y="180" width="108" height="12" rx="6" fill="{c.k}"/>'
            f'<circle cx="120" cy="140" r="9" fill="{c.a}"/>')


def g_press(c):
    return (f'<path d="M148 94h14q10 0 10 10v50q0 10-10 10h-14" stroke="{c.d}" stroke-width="9" fill="none"/>'
            f'<rect x="78" y="76" width="72" height="110" rx="6" fill="{c.w}" fill-opacity=".55" stroke="{c.d}" stroke-width="3"/>'
            f'<rect x="81" y="116" width="66" height="67" rx="3" fill="#5a3a22"/>'
            f'<rect x="74" y="66" width="80" height="14" rx="5" fill="{c.m}"/>'
            f'<line x1="114" y1="40" x2="114" y2="116" stroke="{c.s}" stroke-width="4"/>'
            f'<circle cx="114" cy="40" r="9" fill="{c.k}"/>'
            f'<rect x="74" y="184" width="80" height="8" rx="3" fill="{c.m}"/>'
            f'<rect x="81" y="112" width="66" height="5" fill="{c.a}"/>')


def g_mixer(c):
    return (f'<rect x="50" y="174" width="136" height="16" rx="8" fill="{c.d}"/>'
            f'<rect x="58" y="92" width="38" height="88" rx="14" fill="{c.m}"/>'
            f'<path d="M112 130H180Q176 176 146 176Q116 176 112 130Z" fill="{c.s}"/>'
            f'<line x1="146" y1="104" x2="146" y2="150" stroke="{c.k}" stroke-width="5"/>'
            f'<rect x="58" y="62" width="134" height="48" rx="24" fill="{c.m}"/>'
            f'<rect x="110" y="80" width="44" height="8" rx="4" fill="{c.a}"/>'
            f'<circle cx="78" cy="132" r="6" fill="{c.a}"/>')


def g_blender(c):
    return (f'<path d="M146 76q22 0 22 24v30q0 22-20 22" stroke="{c.k}" stroke-width="8" fill="none"/>'
            f'<path d="M82 62H152L144 160H96Z" fill="{c.w}" fill-opacity=".6" stroke="{c.d}" stroke-width="3"/>'
            f'<path d="M88 108H147L143 158H97Z" fill="{c.a}"/>'
            f'<rect x="78" y="52" width="78" height="14" rx="5" fill="{c.k}"/>'
            f'<path d="M84 160H156L166 194H74Z" fill="{c.m}"/>'
            f'<circle cx="120" cy="178" r="7" fill="{c.w}"/>')


def g_board(c):
    return (f'<path d="M178 116h24a16 16 0 0 1 0 32h-24Z" fill="#b98549"/>'
            f'<circle cx="204" cy="132" r="6" fill="{c.bg}"/>'
            f'<rect x="38" y="80" width="146" height="104" rx="14" fill="#c8955a"/>'
            f'<path d="M54 108Q110 96 168 110M54 140Q110 130 170 146M60 166Q110 158 164 170" stroke="#a9743f" stroke-width="3" fill="none"/>'
            f'<circle cx="84" cy="124" r="16" fill="#e4572e"/><path d="M84 108v-6" stroke="#3bb273" stroke-width="4"/>'
            f'<rect x="150" y="164" width="22" height="10" rx="3" fill="{c.a}"/>')


def g_kscale(c):
    return (f'<circle cx="120" cy="96" r="26" fill="#e4572e"/>'
            f'<path d="M120 72q4-12 16-12q-2 12-16 12Z" fill="#3bb273"/>'
            f'<ellipse cx="120" cy="126" rx="80" ry="12" fill="{c.s}"/>'
            f'<rect x="46" y="130" width="148" height="52" rx="14" fill="{c.m}"/>'
            f'<rect x="66" y="142" width="66" height="26" rx="5" fill="#263238"/>'
            f'<path d="M74 155h10M90 155h10M106 155h10" stroke="#7be0a3" stroke-width="4"/>'
            f'<circle cx="160" cy="155" r="10" fill="{c.a}"/>')


def g_scale(c):
    return (f'<rect x="52" y="62" width="136" height="130" rx="28" fill="{c.m}"/>'
            f'<rect x="62" y="72" width="116" height="110" rx="22" fill="{c.w}" fill-opacity=".22"/>'
            f'<rect x="90" y="82" width="60" height="26" rx="6" fill="#263238"/>'
            f'<path d="M98 95h10M114 95h10M130 95h10" stroke="#7be0a3" stroke-width="4"/>'
            f'<ellipse cx="92" cy="148" rx="16" ry="22" fill="{c.d}" fill-opacity=".55"/>'
            f'<ellipse cx="148" cy="148" rx="16" ry="22" fill="{c.d}" fill-opacity=".55"/>'
            f'<rect x="108" y="176" width="24" height="6" rx="3" fill="{c.a}"/>')


def g_box(c):
    return (f'<rect x="64" y="76" width="112" height="42" rx="8" fill="{c.w}" fill-opacity=".75" stroke="{c.d}" stroke-width="3"/>'
            f'<rect x="60" y="68" width="120" height="12" rx="5" fill="{c.a}"/>'
            f'<rect x="52" y="130" width="136" height="58" rx="10" fill="{c.w}" fill-opacity=".8" stroke="{c.d}" stroke-width="3"/>'
            f'<path d="M110 134V186M150 134V186" stroke="{c.d}" stroke-width="3"/>'
            f'<circle cx="80" cy="160" r="14" fill="#3bb273"/><rect x="118" y="146" width="24" height="28" rx="5" fill="#e8a87c"/>'
            f'<circle cx="164" cy="158" r="9" fill="#f3c623"/><circle cx="172" cy="170" r="7" fill="#f3c623"/>'
            f'<rect x="48" y="120" width="144" height="14" rx="6" fill="{c.m}"/>')


def g_whisk(c):
    return (f'<path d="M120 140C80 118 84 38 120 38C156 38 160 118 120 140" fill="none" stroke="{c.s}" stroke-width="4"/>'
            f'<path d="M120 140C98 118 100 38 120 38C140 38 142 118 120 140" fill="none" stroke="{c.s}" stroke-width="4"/>'
            f'<line x1="120" y1="38" x2="120" y2="140" stroke="{c.s}" stroke-width="4"/>'
            f'<rect x="110" y="134" width="20" height="66" rx="10" fill="{c.m}"/>'
            f'<rect x="107" y="134" width="26" height="9" rx="4" fill="{c.a}"/>'
            f'<path d="M162 196L196 64" stroke="{c.d}" stroke-width="10" stroke-linecap="round"/>'
            f'<ellipse cx="196" cy="64" rx="14" ry="22" fill="{c.d}" transform="rotate(14 196 64)"/>')


def _wineglass(cx, wine, c):
    return (f'<path d="M{cx - 22} 54Q{cx - 34} 100 {cx - 26} 116Q{cx - 14} 132 {cx} 132Q{cx + 14} 132 {cx + 26} 116Q{cx + 34} 100 {cx + 22} 54Z" fill="{c.w}" fill-opacity=".55" stroke="{c.d}" stroke-width="3"/>'
            f'<path d="M{cx - 28} 102H{cx + 28}Q{cx + 29} 112 {cx + 25} 116Q{cx + 14} 129 {cx} 129Q{cx - 14} 129 {cx - 25} 116Q{cx - 29} 112 {cx - 28} 102Z" fill="{wine}"/>'
            f'<line x1="{cx}" y1="132" x2="{cx}" y2="180" stroke="{c.d}" stroke-width="4"/>'
            f'<ellipse cx="{cx}" cy="182" rx="22" ry="5" fill="{c.d}"/>')


def g_wineglass(c):
    wine = "#8e1b3a" if c.v % 2 else "#e9c46a"
    return _wineglass(90, wine, c) + _wineglass(150, wine, c) + f'<rect x="110" y="190" width="20" height="4" rx="2" fill="{c.a}"/>'


def g_tumbler(c):
    return (f'<rect x="68" y="84" width="104" height="102" rx="10" fill="{c.w}" fill-opacity=".55" stroke="{c.d}" stroke-width="3"/>'
            f'<rect x="72" y="134" width="96" height="48" rx="6" fill="#c77d2a"/>'
            f'<rect x="86" y="118" width="30" height="30" rx="5" fill="{c.w}" fill-opacity=".8" transform="rotate(-12 101 133)"/>'
            f'<rect x="120" y="124" width="26" height="26" rx="5" fill="{c.w}" fill-opacity=".7" transform="rotate(15 133 137)"/>'
            f'<rect x="68" y="170" width="104" height="16" rx="6" fill="{c.d}" fill-opacity=".5"/>'
            f'<rect x="80" y="92" width="6" height="70" rx="3" fill="{c.w}"/>'
            f'<rect x="146" y="96" width="16" height="8" rx="3" fill="{c.a}"/>')


def g_corkscrew(c):
    return (f'<path d="M120 120v10c18 4 18 12 0 14c-18 2-18 10 0 14c18 4 18 12 0 14c-18 2-18 10 0 14" stroke="{c.s}" stroke-width="6" fill="none" stroke-linecap="round"/>'
            f'<path d="M60 96L46 68H72" stroke="{c.s}" stroke-width="8" fill="none" stroke-linejoin="round" stroke-linecap="round"/>'
            f'<rect x="40" y="94" width="160" height="26" rx="13" fill="{c.m}"/>'
            f'<rect x="150" y="101" width="36" height="12" rx="6" fill="{c.a}"/>'
            f'<circle cx="120" cy="107" r="6" fill="{c.s}"/>')


def g_shaker(c):
    return (f'<rect x="106" y="58" width="28" height="28" rx="7" fill="{c.s}"/>'
            f'<path d="M88 110L98 84H142L152 110Z" fill="#d3d8df"/>'
            f'<path d="M84 108H156L148 192H92Z" fill="{c.s}"/>'
            f'<path d="M86 126H154L153 142H87Z" fill="{c.a}"/>'
            f'<rect x="98" y="112" width="7" height="74" rx="3" fill="{c.w}" fill-opacity=".6"/>'
            f'<circle cx="172" cy="168" r="20" fill="#9ccf5b"/><circle cx="172" cy="168" r="14" fill="#d5f0a8"/>'
            f'<path d="M172 154V182M158 168H186" stroke="#9ccf5b" stroke-width="2"/>')


def g_lamp(c):
    return (f'<polygon points="80,118 160,118 186,156 54,156" fill="#ffe9a8" fill-opacity=".5"/>'
            f'<rect x="116" y="116" width="8" height="54" fill="{c.k}"/>'
            f'<path d="M80 192Q80 164 120 164Q160 164 160 192Z" fill="{c.d}"/>'
            f'<polygon points="82,56 158,56 180,120 60,120" fill="{c.m}"/>'
            f'<polygon points="66,104 174,104 176,112 64,112" fill="{c.a}"/>')


def g_sofa(c):
    return (f'<rect x="52" y="166" width="9" height="18" fill="{c.k}"/><rect x="179" y="166" width="9" height="18" fill="{c.k}"/>'
            f'<rect x="46" y="80" width="148" height="62" rx="18" fill="{c.d}"/>'
            f'<rect x="40" y="128" width="160" height="42" rx="12" fill="{c.m}"/>'
            f'<rect x="28" y="106" width="32" height="66" rx="13" fill="{c.d}"/>'
            f'<rect x="180" y="106" width="32" height="66" rx="13" fill="{c.d}"/>'
            f'<line x1="120" y1="132" x2="120" y2="166" stroke="{c.d}" stroke-width="3"/>'
            f'<rect x="66" y="96" width="36" height="34" rx="9" fill="{c.a}" transform="rotate(-8 84 113)"/>')


def g_cushion(c):
    return (f'<path d="M54 58Q120 74 186 58Q172 124 186 190Q120 174 54 190Q68 124 54 58Z" fill="{c.m}"/>'
            f'<path d="M76 78Q120 88 164 78Q154 124 164 170Q120 160 76 170Q86 124 76 78Z" fill="none" stroke="{c.d}" stroke-width="3" stroke-dasharray="2 5"/>'
            f'<circle cx="120" cy="124" r="9" fill="{c.a}"/>')


def g_pillow(c):
    return (f'<path d="M42 104Q42 82 68 84Q120 96 172 84Q198 82 198 104V150Q198 172 172 170Q120 158 68 170Q42 172 42 150Z" fill="{c.m}"/>'
            f'<path d="M60 112Q120 126 180 112" stroke="{c.d}" stroke-width="4" fill="none" stroke-opacity=".5"/>'
            f'<path d="M60 142Q120 150 180 142" stroke="{c.d}" stroke-width="4" fill="none" stroke-opacity=".3"/>'
            f'<rect x="176" y="148" width="14" height="18" rx="2" fill="{c.a}"/>')


def g_bodypillow(c):
    return (f'<g transform="rotate(-10 120 126)">'
            f'<path d="M32 86Q56 98 120 94Q184 98 208 86Q196 126 208 166Q184 156 120 160Q56 156 32 166Q44 126 32 86Z" fill="{c.m}"/>'
            f'<path d="M50 108Q120 116 190 108M50 144Q120 136 190 144" stroke="{c.d}" stroke-width="3" fill="none" stroke-opacity=".35"/>'
            f'<rect x="176" y="118" width="12" height="18" rx="2" fill="{c.a}"/></g>')


def g_candle(c):
    return (f'<circle cx="120" cy="76" r="26" fill="#ffe680" fill-opacity=".35"/>'
            f'<path d="M120 58Q134 78 120 92Q106 78 120 58Z" fill="#ffb020"/>'
            f'<path d="M120 72Q126 82 120 90Q114 82 120 72Z" fill="#ffe38a"/>'
            f'<line x1="120" y1="90" x2="120" y2="100" stroke="{c.k}" stroke-width="3"/>'
            f'<rect x="74" y="96" width="92" height="94" rx="14" fill="{c.m}"/>'
            f'<ellipse cx="120" cy="102" rx="40" ry="6" fill="{c.l}"/>'
            f'<rect x="88" y="124" width="64" height="40" rx="5" fill="{c.p}"/>'
            f'<rect x="88" y="136" width="64" height="8" fill="{c.a}"/>')


def g_blanket(c):
    return (f'<rect x="46" y="138" width="148" height="46" rx="10" fill="{c.d}"/>'
            f'<rect x="54" y="100" width="132" height="42" rx="10" fill="{c.m}"/>'
            f'<rect x="62" y="64" width="116" height="40" rx="10" fill="{c.a}"/>'
            f'<path d="M46 160H194M54 120H186M62 84H178" stroke="{c.w}" stroke-width="3" stroke-opacity=".45"/>'
            f'<path d="M194 144v36M186 106v30" stroke="{c.w}" stroke-width="6" stroke-dasharray="2 4" stroke-opacity=".6"/>')


def g_towel(c):
    out = []
    for cx, cy, col in ((86, 150, c.m), (154, 150, c.a), (120, 94, c.l)):
        out.append(f'<circle cx="{cx}" cy="{cy}" r="34" fill="{col}"/>'
                   f'<circle cx="{cx}" cy="{cy}" r="21" fill="none" stroke="{c.d}" stroke-width="3" stroke-opacity=".35"/>'
                   f'<circle cx="{cx}" cy="{cy}" r="9" fill="none" stroke="{c.d}" stroke-width="3" stroke-opacity=".35"/>')
    return "".join(out)


def g_curtain(c):
    return (f'<rect x="70" y="60" width="100" height="124" fill="#fff3c4" fill-opacity=".7"/>'
            f'<line x1="40" y1="52" x2="200" y2="52" stroke="{c.k}" stroke-width="6" stroke-linecap="round"/>'
            f'<path d="M48 56H108Q94 120 110 190H48Z" fill="{c.m}"/>'
            f'<path d="M192 56H132Q146 120 130 190H192Z" fill="{c.m}"/>'
            f'<path d="M66 60V186M84 60V186M174 60V186M156 60V186" stroke="{c.d}" stroke-width="3" stroke-opacity=".5"/>'
            f'<rect x="46" y="120" width="58" height="9" rx="4" fill="{c.a}"/><rect x="136" y="120" width="58" height="9" rx="4" fill="{c.a}"/>')


def g_clock(c):
    return (f'<circle cx="120" cy="122" r="70" fill="{c.m}"/><circle cx="120" cy="122" r="57" fill="{c.w}"/>'
            + _ring(120, 122, 57, 12, 46, 52, c.k, 3) +
            f'<path d="M120 122V84M120 122L148 136" stroke="{c.k}" stroke-width="6" stroke-linecap="round"/>'
            f'<line x1="120" y1="122" x2="96" y2="160" stroke="{c.a}" stroke-width="3" stroke-linecap="round"/>'
            f'<circle cx="120" cy="122" r="6" fill="{c.a}"/>')


def g_thermostat(c):
    return (f'<circle cx="120" cy="122" r="68" fill="#f1f3f5" stroke="{c.m}" stroke-width="10"/>'
            f'<circle cx="120" cy="122" r="46" fill="{c.k}"/>'
            f'<path d="M86 150A44 44 0 1 1 160 142" stroke="{c.a}" stroke-width="6" fill="none" stroke-linecap="round"/>'
            f'<rect x="100" y="110" width="40" height="22" rx="5" fill="{c.m}"/>'
            f'<path d="M108 121h8M124 121h8" stroke="{c.w}" stroke-width="4"/>')


def g_doorbell(c):
    return (f'<rect x="88" y="44" width="64" height="150" rx="32" fill="{c.k}"/>'
            f'<circle cx="120" cy="84" r="18" fill="#454a55"/><circle cx="120" cy="84" r="8" fill="{c.m}"/>'
            f'<circle cx="120" cy="150" r="20" fill="{c.m}"/>'
            f'<circle cx="120" cy="150" r="26" fill="none" stroke="{c.a}" stroke-width="4"/>'
            f'<circle cx="112" cy="80" r="3" fill="{c.w}" fill-opacity=".7"/>')


def g_table(c):
    return (f'<path d="M86 98L70 190M154 98L170 190M120 100V190" stroke="{c.d}" stroke-width="8" stroke-linecap="round"/>'
            f'<ellipse cx="120" cy="96" rx="76" ry="16" fill="{c.d}"/>'
            f'<ellipse cx="120" cy="90" rx="76" ry="16" fill="{c.m}"/>'
            f'<rect x="96" y="66" width="44" height="12" rx="2" fill="{c.a}"/>'
            f'<rect x="100" y="56" width="38" height="11" rx="2" fill="{c.l}"/>')


def g_basket(c):
    return (f'<path d="M88 100Q100 66 150 80Q150 96 140 104Z" fill="{c.a}"/>'
            f'<path d="M54 100H186L170 184Q168 190 160 190H80Q72 190 70 184Z" fill="#c9a36b"/>'
            f'<path d="M60 120H180M64 140H176M68 160H172" stroke="#a98450" stroke-width="5"/>'
            f'<path d="M80 104V186M110 104V188M140 104V188M166 104V186" stroke="#a98450" stroke-width="2" stroke-dasharray="6 14"/>'
            f'<rect x="48" y="92" width="144" height="14" rx="6" fill="#b38c56"/>')


def g_appliance(c):
    return (f'<rect x="70" y="50" width="100" height="142" rx="20" fill="#f1f3f5" stroke="{c.m}" stroke-width="4"/>'
            f'<rect x="70" y="50" width="100" height="40" rx="18" fill="{c.m}"/>'
            f'<rect x="92" y="62" width="40" height="16" rx="4" fill="{c.k}"/>'
            f'<circle cx="150" cy="70" r="6" fill="{c.a}"/>'
            f'<line x1="86" y1="140" x2="156" y2="140" stroke="{c.d}" stroke-width="64" stroke-dasharray="3 6" stroke-opacity=".45"/>')


def g_radiator(c):
    fins = "".join(f'<rect x="{52 + i * 24}" y="66" width="20" height="108" rx="10" fill="{c.m}"/>' for i in range(6))
    return (fins + f'<rect x="48" y="160" width="144" height="10" rx="4" fill="{c.d}"/>'
            f'<circle cx="62" cy="184" r="8" fill="{c.k}"/><circle cx="178" cy="184" r="8" fill="{c.k}"/>'
            f'<rect x="192" y="80" width="16" height="36" rx="5" fill="{c.d}"/><circle cx="200" cy="92" r="4" fill="{c.a}"/>')


def g_vase(c):
    return (f'<path d="M120 76Q116 50 96 40M120 76Q122 46 126 34M120 76Q130 52 152 46" stroke="#3f8a4d" stroke-width="4" fill="none"/>'
            f'<circle cx="96" cy="40" r="9" fill="{c.a}"/><circle cx="126" cy="32" r="9" fill="#f3c623"/><circle cx="152" cy="46" r="9" fill="{c.a}"/>'
            f'<path d="M104 190Q72 170 80 126Q86 106 104 98V76H136V98Q154 106 160 126Q168 170 136 190Z" fill="{c.m}"/>'
            f'<path d="M84 140Q120 150 156 140" stroke="{c.d}" stroke-width="4" fill="none"/>')


def g_rug(c):
    return (f'<rect x="36" y="76" width="168" height="108" rx="10" fill="#b88a4e"/>'
            f'<rect x="48" y="88" width="144" height="84" rx="6" fill="none" stroke="{c.a}" stroke-width="6"/>'
            f'<line x1="60" y1="130" x2="180" y2="130" stroke="#9c7038" stroke-width="60" stroke-dasharray="3 5"/>'
            f'<circle cx="120" cy="130" r="16" fill="{c.m}"/>')


def g_jug(c):
    return (f'<path d="M78 188V98Q78 80 96 76L110 72V60H138V74Q164 80 164 106V188Z" fill="{c.m}"/>'
            f'<path d="M134 92h14a8 8 0 0 1 8 8v22a8 8 0 0 1-8 8h-14Z" fill="{c.bg}"/>'
            f'<rect x="106" y="50" width="36" height="16" rx="4" fill="{c.a}"/>'
            f'<rect x="88" y="138" width="64" height="40" rx="6" fill="{c.w}" fill-opacity=".9"/>'
            f'<rect x="88" y="148" width="64" height="8" fill="{c.a}"/>')


def g_headphones(c):
    return (f'<path d="M62 140V116a58 58 0 0 1 116 0v24" fill="none" stroke="{c.d}" stroke-width="12" stroke-linecap="round"/>'
            f'<rect x="44" y="118" width="42" height="68" rx="18" fill="{c.m}"/>'
            f'<rect x="154" y="118" width="42" height="68" rx="18" fill="{c.m}"/>'
            f'<rect x="74" y="126" width="16" height="52" rx="8" fill="{c.a}"/>'
            f'<rect x="150" y="126" width="16" height="52" rx="8" fill="{c.a}"/>')


def g_earbuds(c):
    return (f'<circle cx="94" cy="66" r="17" fill="{c.m}"/><rect x="88" y="66" width="13" height="36" rx="6" fill="{c.m}"/>'
            f'<circle cx="146" cy="66" r="17" fill="{c.m}"/><rect x="139" y="66" width="13" height="36" rx="6" fill="{c.m}"/>'
            f'<circle cx="94" cy="64" r="7" fill="{c.k}"/><circle cx="146" cy="64" r="7" fill="{c.k}"/>'
            f'<rect x="62" y="110" width="116" height="80" rx="36" fill="#f1f3f5" stroke="{c.d}" stroke-width="3"/>'
            f'<path d="M64 138H176" stroke="{c.d}" stroke-width="3"/>'
            f'<circle cx="120" cy="160" r="5" fill="{c.a}"/>')


def g_phone(c):
    rows = "".join(f'<line x1="94" y1="{y}" x2="148" y2="{y}" stroke="{c.w}" stroke-opacity=".8" stroke-width="12" stroke-dasharray="12 9"/>' for y in (80, 102, 124))
    return (f'<rect x="78" y="42" width="84" height="156" rx="16" fill="{c.k}"/>'
            f'<rect x="85" y="56" width="70" height="130" rx="8" fill="{c.m}"/>' + rows +
            f'<rect x="92" y="164" width="56" height="14" rx="6" fill="{c.a}"/>'
            f'<rect x="108" y="48" width="24" height="4" rx="2" fill="#555b66"/>')


def g_tablet(c):
    lines = "".join(f'<rect x="70" y="{y}" width="{w}" height="6" rx="3" fill="{c.w}" fill-opacity=".75"/>' for y, w in ((92, 80), (106, 100), (120, 90), (134, 70)))
    return (f'<rect x="42" y="62" width="156" height="118" rx="14" fill="{c.k}"/>'
            f'<rect x="54" y="74" width="132" height="94" rx="5" fill="{c.m}"/>' + lines +
            f'<circle cx="160" cy="146" r="12" fill="{c.a}"/><circle cx="48" cy="121" r="2.5" fill="#777"/>')


def g_ereader(c):
    lines = "".join(f'<rect x="90" y="{y}" width="{w}" height="4" rx="2" fill="{c.k}" fill-opacity=".45"/>' for y, w in ((72, 60), (84, 60), (96, 52), (108, 60), (120, 44), (140, 60), (152, 56)))
    return (f'<rect x="72" y="46" width="96" height="148" rx="12" fill="{c.m}"/>'
            f'<rect x="82" y="58" width="76" height="112" rx="3" fill="#ece8dc"/>' + lines +
            f'<rect x="106" y="178" width="28" height="6" rx="3" fill="{c.a}"/>')


def g_laptop(c):
    return (f'<rect x="60" y="58" width="120" height="86" rx="8" fill="{c.k}"/>'
            f'<rect x="68" y="66" width="104" height="70" rx="3" fill="{c.m}"/>'
            f'<rect x="78" y="76" width="48" height="30" rx="3" fill="{c.w}" fill-opacity=".7"/>'
            f'<rect x="132" y="76" width="30" height="50" rx="3" fill="{c.a}"/>'
            f'<path d="M42 146H198L186 166H54Z" fill="#c9ced6"/>'
            f'<rect x="104" y="146" width="32" height="5" rx="2" fill="#9aa0a6"/>')


def g_monitor(c):
    return (f'<rect x="112" y="150" width="16" height="30" fill="{c.s}"/>'
            f'<rect x="82" y="176" width="76" height="9" rx="4" fill="{c.s}"/>'
            f'<rect x="36" y="52" width="168" height="104" rx="8" fill="{c.k}"/>'
            f'<rect x="44" y="60" width="152" height="86" rx="3" fill="{c.m}"/>'
            f'<polygon points="44,146 96,98 130,130 152,112 196,146" fill="{c.w}" fill-opacity=".45"/>'
            f'<circle cx="168" cy="84" r="11" fill="{c.a}"/>')


def g_speaker(c):
    return (f'<rect x="62" y="54" width="116" height="138" rx="26" fill="{c.m}"/>'
            f'<circle cx="120" cy="140" r="36" fill="{c.d}"/><circle cx="120" cy="140" r="15" fill="{c.k}"/>'
            f'<circle cx="120" cy="86" r="13" fill="{c.d}"/>'
            f'<rect x="62" y="62" width="10" height="122" fill="{c.a}"/>'
            f'<circle cx="152" cy="68" r="4" fill="{c.w}"/>')


def g_watch(c):
    return (f'<rect x="96" y="36" width="48" height="168" rx="14" fill="{c.m}"/>'
            f'<path d="M102 176h36M102 186h36" stroke="{c.d}" stroke-width="3"/>'
            f'<rect x="162" y="104" width="8" height="20" rx="3" fill="{c.s}"/>'
            f'<rect x="78" y="78" width="86" height="88" rx="24" fill="{c.k}"/>'
            f'<circle cx="121" cy="122" r="26" fill="none" stroke="#454a55" stroke-width="7"/>'
            f'<path d="M121 96A26 26 0 1 1 96 130" stroke="{c.a}" stroke-width="7" fill="none" stroke-linecap="round"/>')


def g_keyboard(c):
    rows = "".join(f'<line x1="40" y1="{y}" x2="200" y2="{y}" stroke="{c.w}" stroke-opacity=".85" stroke-width="11" stroke-dasharray="11 4"/>' for y in (100, 116, 132))
    return (f'<rect x="28" y="84" width="184" height="80" rx="10" fill="{c.m}"/>' + rows +
            f'<rect x="78" y="142" width="84" height="11" rx="3" fill="{c.w}" fill-opacity=".85"/>'
            f'<rect x="40" y="94" width="11" height="11" rx="2" fill="{c.a}"/>'
            f'<path d="M120 84Q120 60 150 56" stroke="{c.k}" stroke-width="4" fill="none"/>')


def g_camera(c):
    return (f'<rect x="82" y="62" width="56" height="26" rx="6" fill="{c.k}"/>'
            f'<rect x="42" y="80" width="156" height="104" rx="16" fill="{c.k}"/>'
            f'<rect x="42" y="100" width="28" height="70" rx="6" fill="{c.m}"/>'
            f'<circle cx="124" cy="132" r="40" fill="{c.m}"/><circle cx="124" cy="132" r="28" fill="{c.d}"/>'
            f'<circle cx="124" cy="132" r="14" fill="#15171b"/><circle cx="118" cy="126" r="5" fill="{c.w}" fill-opacity=".7"/>'
            f'<rect x="164" y="90" width="22" height="12" rx="3" fill="{c.a}"/>')


def g_webcam(c):
    return (f'<path d="M104 124L94 178H146L136 124Z" fill="{c.d}"/>'
            f'<rect x="84" y="176" width="72" height="10" rx="4" fill="{c.d}"/>'
            f'<rect x="56" y="70" width="128" height="60" rx="30" fill="{c.k}"/>'
            f'<circle cx="120" cy="100" r="20" fill="{c.m}"/><circle cx="120" cy="100" r="9" fill="#15171b"/>'
            f'<circle cx="160" cy="100" r="5" fill="{c.a}"/><circle cx="80" cy="100" r="5" fill="#555b66"/>')


def g_gamepad(c):
    return (f'<path d="M70 84H170Q204 84 210 130Q216 176 190 178Q176 180 160 152H80Q64 180 50 178Q24 176 30 130Q36 84 70 84Z" fill="{c.m}"/>'
            f'<path d="M66 116h12v-12h12v12h12v12h-12v12h-12v-12h-12Z" fill="{c.k}"/>'
            f'<circle cx="160" cy="106" r="7" fill="{c.a}"/><circle cx="176" cy="122" r="7" fill="#f3c623"/>'
            f'<circle cx="160" cy="138" r="7" fill="#3bb273"/><circle cx="144" cy="122" r="7" fill="#2e86ab"/>'
            f'<circle cx="104" cy="146" r="10" fill="{c.d}"/><circle cx="136" cy="146" r="10" fill="{c.d}"/>')


def g_plug(c):
    return (f'<rect x="96" y="52" width="10" height="34" rx="3" fill="{c.s}"/><rect x="134" y="52" width="10" height="34" rx="3" fill="{c.s}"/>'
            f'<path d="M120 168Q120 200 160 196Q196 192 200 160" stroke="{c.m}" stroke-width="8" fill="none" stroke-linecap="round"/>'
            f'<rect x="74" y="82" width="92" height="90" rx="20" fill="#f1f3f5" stroke="{c.m}" stroke-width="4"/>'
            f'<rect x="106" y="148" width="28" height="9" rx="3" fill="{c.k}"/>'
            f'<circle cx="120" cy="116" r="8" fill="{c.a}"/>')


def g_powerbank(c):
    return (f'<path d="M120 56Q120 28 156 30Q196 32 196 80" stroke="{c.k}" stroke-width="6" fill="none" stroke-linecap="round"/>'
            f'<rect x="68" y="52" width="104" height="142" rx="18" fill="{c.m}"/>'
            f'<rect x="106" y="52" width="28" height="8" rx="3" fill="{c.k}"/>'
            + "".join(f'<circle cx="{96 + i * 16}" cy="172" r="5" fill="{c.a if i < 3 else c.w}"/>' for i in range(4)) +
            f'<path d="M126 96L106 128H124L114 154L140 118H122Z" fill="{c.w}"/>')


def g_book(c):
    emblem = [
        f'<circle cx="127" cy="140" r="20" fill="{c.a}"/>',
        f'<polygon points="127,116 151,140 127,164 103,140" fill="{c.a}"/>',
        f'<polygon points="104,160 124,124 138,146 146,134 160,160" fill="{c.a}"/>',
        f'<path d="M127 162Q99 142 113 124Q123 118 127 130Q131 118 141 124Q155 142 127 162Z" fill="{c.a}"/>',
        f'<rect x="107" y="122" width="40" height="36" rx="4" fill="{c.a}"/>',
    ][c.v % 5]
    return (f'<rect x="80" y="56" width="102" height="138" rx="5" fill="{c.p}" stroke="#d8cfbd" stroke-width="2"/>'
            f'<rect x="68" y="46" width="106" height="140" rx="6" fill="{c.m}"/>'
            f'<rect x="68" y="46" width="16" height="140" rx="4" fill="{c.d}"/>'
            f'<rect x="98" y="70" width="62" height="10" rx="3" fill="{c.w}" fill-opacity=".9"/>'
            f'<rect x="98" y="88" width="44" height="6" rx="3" fill="{c.w}" fill-opacity=".6"/>' + emblem)


def g_blocks(c):
    return (f'<rect x="54" y="128" width="58" height="58" rx="8" fill="{c.m}"/>'
            f'<rect x="120" y="128" width="58" height="58" rx="8" fill="{c.a}"/>'
            f'<rect x="86" y="64" width="60" height="60" rx="8" fill="#f3c623" transform="rotate(-8 116 94)"/>'
            f'<circle cx="83" cy="157" r="15" fill="{c.w}" fill-opacity=".85"/>'
            f'<polygon points="149,140 166,172 132,172" fill="{c.w}" fill-opacity=".85"/>'
            f'<rect x="102" y="80" width="28" height="28" rx="3" fill="{c.w}" fill-opacity=".85" transform="rotate(-8 116 94)"/>')


def g_teddy(c):
    return (f'<circle cx="84" cy="62" r="19" fill="{c.d}"/><circle cx="156" cy="62" r="19" fill="{c.d}"/>'
            f'<circle cx="84" cy="62" r="9" fill="{c.l}"/><circle cx="156" cy="62" r="9" fill="{c.l}"/>'
            f'<ellipse cx="76" cy="150" rx="15" ry="24" fill="{c.d}"/><ellipse cx="164" cy="150" rx="15" ry="24" fill="{c.d}"/>'
            f'<circle cx="94" cy="188" r="15" fill="{c.d}"/><circle cx="146" cy="188" r="15" fill="{c.d}"/>'
            f'<ellipse cx="120" cy="156" rx="44" ry="38" fill="{c.m}"/><ellipse cx="120" cy="162" rx="24" ry="22" fill="{c.l}"/>'
            f'<circle cx="120" cy="92" r="40" fill="{c.m}"/>'
            f'<ellipse cx="120" cy="106" rx="17" ry="13" fill="{c.l}"/><ellipse cx="120" cy="101" rx="7" ry="5" fill="{c.k}"/>'
            f'<circle cx="105" cy="86" r="4.5" fill="{c.k}"/><circle cx="135" cy="86" r="4.5" fill="{c.k}"/>'
            f'<polygon points="120,130 100,120 100,140" fill="{c.a}"/><polygon points="120,130 140,120 140,140" fill="{c.a}"/>')


def g_puzzle(c):
    return (f'<g transform="rotate(10 150 90)"><path d="M128 56H150A10 10 0 1 1 170 56H192V78A10 10 0 1 0 192 98V120H128Z" fill="{c.a}"/></g>'
            f'<path d="M58 84H96A15 15 0 1 1 124 84H160V118A15 15 0 1 1 160 146V182H124A15 15 0 1 0 96 182H58V146A15 15 0 1 0 58 118Z" fill="{c.m}" stroke="{c.d}" stroke-width="3"/>')


def g_ball(c):
    return (f'<circle cx="120" cy="122" r="64" fill="{c.m}"/>'
            f'<path d="M120 58Q150 122 120 186A64 64 0 0 0 120 58Z" fill="{c.a}"/>'
            f'<path d="M120 58Q90 122 120 186" stroke="{c.w}" stroke-width="5" fill="none"/>'
            f'<path d="M120 58Q150 122 120 186" stroke="{c.w}" stroke-width="5" fill="none"/>'
            f'<path d="M58 108Q120 128 182 108" stroke="{c.w}" stroke-width="5" fill="none"/>'
            f'<circle cx="96" cy="92" r="9" fill="{c.w}" fill-opacity=".5"/>')


def g_car(c):
    return (f'<path d="M36 152V130Q36 118 50 116L80 112L100 84Q104 78 114 78H156Q166 78 170 88L184 114Q204 118 204 134V152Z" fill="{c.m}"/>'
            f'<path d="M106 88H136V112H90Z" fill="#cfe8f5"/><path d="M142 88H162L174 112H142Z" fill="#cfe8f5"/>'
            f'<rect x="40" y="132" width="160" height="7" fill="{c.a}"/>'
            f'<circle cx="196" cy="126" r="5" fill="#ffe680"/>'
            f'<circle cx="80" cy="156" r="22" fill="{c.k}"/><circle cx="80" cy="156" r="9" fill="{c.s}"/>'
            f'<circle cx="164" cy="156" r="22" fill="{c.k}"/><circle cx="164" cy="156" r="9" fill="{c.s}"/>')


def _die(x, y, rot, c):
    dots = "".join(f'<circle cx="{x + dx}" cy="{y + dy}" r="4.5" fill="{c.k}"/>' for dx, dy in ((12, 12), (24, 24), (36, 36)))
    return (f'<g transform="rotate({rot} {x + 24} {y + 24})"><rect x="{x}" y="{y}" width="48" height="48" rx="9" fill="{c.w}" stroke="{c.d}" stroke-width="2"/>{dots}</g>')


def g_dice(c):
    return (f'<rect x="44" y="112" width="152" height="74" rx="8" fill="{c.m}"/>'
            f'<rect x="44" y="112" width="152" height="18" rx="6" fill="{c.d}"/>'
            f'<rect x="62" y="144" width="116" height="28" rx="4" fill="{c.a}"/>'
            + _die(70, 56, -12, c) + _die(124, 62, 14, c))


def g_cards(c):
    suits = [f'<circle cx="120" cy="110" r="14" fill="{c.a}"/>',
             f'<polygon points="120,94 134,112 120,130 106,112" fill="{c.a}"/>']
    out = []
    for rot, fill in ((-18, c.d), (0, c.m), (18, c.w)):
        inner = suits[c.v % 2] if rot == 18 else ""
        out.append(f'<g transform="rotate({rot} 120 196)"><rect x="86" y="60" width="68" height="100" rx="8" fill="{fill}" stroke="{c.d}" stroke-width="2"/>{inner}</g>')
    return "".join(out)


def g_pawn(c):
    return (f'<rect x="40" y="178" width="160" height="22" rx="3" fill="{c.p}" stroke="{c.d}" stroke-width="2"/>'
            f'<line x1="40" y1="183.5" x2="200" y2="183.5" stroke="{c.d}" stroke-width="11" stroke-dasharray="16 16"/>'
            f'<line x1="56" y1="194.5" x2="200" y2="194.5" stroke="{c.d}" stroke-width="11" stroke-dasharray="16 16"/>'
            f'<path d="M70 178Q74 142 84 128Q74 122 74 110A16 16 0 1 1 106 110Q106 122 96 128Q106 142 110 178Z" fill="{c.p}" stroke="{c.d}" stroke-width="2"/>'
            f'<path d="M120 178Q126 126 138 106Q124 98 124 82A22 22 0 1 1 168 82Q168 98 154 106Q166 126 172 178Z" fill="{c.m}"/>'
            f'<rect x="132" y="100" width="28" height="8" rx="3" fill="{c.a}"/>')


def g_cube(c):
    # isometric 3x3 cube; top, left and right faces with grid lines
    out = [f'<polygon points="120,48 184,84 120,120 56,84" fill="#ffd23f"/>',
           f'<polygon points="56,84 120,120 120,194 56,158" fill="#e4572e"/>',
           f'<polygon points="184,84 120,120 120,194 184,158" fill="#2e86ab"/>']
    lines = []
    for t in (1 / 3, 2 / 3):
        # top face
        lines.append(f"M{56 + 64 * t:.0f} {84 - 36 * t:.0f}L{120 + 64 * t:.0f} {120 - 36 * t:.0f}")
        lines.append(f"M{56 + 64 * t:.0f} {84 + 36 * t:.0f}L{120 + 64 * t:.0f} {48 + 36 * t:.0f}")
        # left face
        lines.append(f"M{56 + 64 * t:.0f} {84 + 36 * t:.0f}L{56 + 64 * t:.0f} {158 + 36 * t:.0f}")
        lines.append(f"M56 {84 + 74 * t:.0f}L120 {120 + 74 * t:.0f}")
        # right face
        lines.append(f"M{120 + 64 * t:.0f} {120 - 36 * t:.0f}L{120 + 64 * t:.0f} {194 - 36 * t:.0f}")
        lines.append(f"M120 {120 + 74 * t:.0f}L184 {84 + 74 * t:.0f}")
    out.append(f'<path d="{"".join(lines)}" stroke="{c.k}" stroke-width="4"/>')
    out.append(f'<path d="M120 48L184 84V158L120 194L56 158V84ZM56 84L120 120L184 84M120 120V194" stroke="{c.k}" stroke-width="5" fill="none" stroke-linejoin="round"/>')
    return "".join(out)


def g_crayons(c):
    cols = [c.m, c.a, "#f3c623", "#2e86ab"]
    out = []
    for i, (rot, col) in enumerate(zip((-24, -8, 8, 24), cols)):
        out.append(f'<g transform="rotate({rot} 120 200)"><rect x="108" y="72" width="24" height="112" rx="3" fill="{col}"/>'
                   f'<polygon points="108,72 120,44 132,72" fill="{col}"/>'
                   f'<rect x="108" y="96" width="24" height="40" fill="{c.w}" fill-opacity=".55"/></g>')
    return "".join(out)


def g_dino(c):
    return (f'<polygon points="70,128 18,176 80,156" fill="{c.m}"/>'
            f'<rect x="78" y="150" width="18" height="36" rx="6" fill="{c.d}"/><rect x="132" y="150" width="18" height="36" rx="6" fill="{c.d}"/>'
            f'<ellipse cx="112" cy="142" rx="52" ry="32" fill="{c.m}"/>'
            f'<path d="M148 130Q160 100 176 70" stroke="{c.m}" stroke-width="20" fill="none" stroke-linecap="round"/>'
            f'<ellipse cx="186" cy="64" rx="20" ry="12" fill="{c.m}"/><circle cx="190" cy="60" r="3.5" fill="{c.k}"/>'
            f'<circle cx="96" cy="132" r="7" fill="{c.a}"/><circle cx="118" cy="124" r="5" fill="{c.a}"/><circle cx="122" cy="148" r="8" fill="{c.a}"/>')


def g_duck(c):
    return (f'<path d="M60 150Q44 120 60 110Q70 130 84 128Z" fill="{c.m}"/>'
            f'<ellipse cx="116" cy="152" rx="62" ry="36" fill="{c.m}"/>'
            f'<circle cx="148" cy="96" r="32" fill="{c.m}"/>'
            f'<path d="M176 98Q204 96 208 106Q196 116 174 112Z" fill="#f26419"/>'
            f'<circle cx="156" cy="88" r="5" fill="{c.k}"/>'
            f'<path d="M90 140Q116 168 144 142" stroke="{c.d}" stroke-width="5" fill="none" stroke-linecap="round"/>'
            f'<rect x="100" y="184" width="40" height="6" rx="3" fill="{c.a}"/>')


def g_house(c):
    return (f'<rect x="62" y="98" width="116" height="90" fill="{c.l}"/>'
            f'<polygon points="120,42 194,102 46,102" fill="{c.m}"/>'
            f'<rect x="106" y="140" width="28" height="48" rx="3" fill="{c.a}"/>'
            f'<rect x="74" y="112" width="24" height="22" rx="3" fill="#cfe8f5"/><rect x="142" y="112" width="24" height="22" rx="3" fill="#cfe8f5"/>'
            f'<circle cx="120" cy="80" r="9" fill="#cfe8f5"/>'
            f'<rect x="150" y="54" width="14" height="26" fill="{c.d}"/>')


def g_pump(c):
    return (f'<rect x="104" y="50" width="34" height="12" rx="3" fill="{c.d}"/>'
            f'<rect x="134" y="50" width="28" height="7" rx="3" fill="{c.d}"/>'
            f'<rect x="114" y="60" width="12" height="20" fill="{c.d}"/>'
            f'<rect x="100" y="76" width="40" height="16" rx="4" fill="{c.d}"/>'
            f'<rect x="80" y="88" width="80" height="104" rx="18" fill="{c.m}"/>'
            f'<rect x="92" y="116" width="56" height="50" rx="6" fill="{c.w}" fill-opacity=".92"/>'
            f'<rect x="92" y="128" width="56" height="8" fill="{c.a}"/>'
            f'<path d="M120 144q8 8 0 14q-8-6 0-14Z" fill="{c.m}"/>')


def g_tube(c):
    return (f'<rect x="78" y="46" width="84" height="12" rx="2" fill="{c.d}"/>'
            f'<path d="M80 56H160L146 168H94Z" fill="{c.m}"/>'
            f'<rect x="96" y="166" width="48" height="26" rx="5" fill="{c.d}"/>'
            f'<rect x="98" y="90" width="44" height="46" rx="6" fill="{c.w}" fill-opacity=".92"/>'
            f'<circle cx="120" cy="113" r="12" fill="{c.a}"/>'
            f'<path d="M86 62V80" stroke="{c.w}" stroke-width="4" stroke-opacity=".4"/>')


def g_jar(c):
    return (f'<rect x="72" y="62" width="96" height="26" rx="6" fill="{c.d}"/>'
            f'<line x1="76" y1="75" x2="164" y2="75" stroke="{c.m}" stroke-width="20" stroke-dasharray="2 6" stroke-opacity=".5"/>'
            f'<rect x="66" y="86" width="108" height="104" rx="22" fill="{c.m}"/>'
            f'<rect x="78" y="112" width="84" height="52" rx="6" fill="{c.w}" fill-opacity=".92"/>'
            f'<rect x="78" y="122" width="84" height="9" fill="{c.a}"/>'
            f'<rect x="102" y="140" width="36" height="5" rx="2" fill="{c.k}" fill-opacity=".4"/>')


def g_cotton(c):
    balls = [(92, 168), (120, 168), (148, 168), (106, 144), (134, 144), (92, 120), (120, 120), (148, 120), (106, 96), (134, 96)]
    dots = "".join(f'<circle cx="{x}" cy="{y}" r="15" fill="{c.w}" stroke="#d5dae0" stroke-width="2"/>' for x, y in balls)
    return (f'<rect x="66" y="68" width="108" height="122" rx="14" fill="{c.m}" fill-opacity=".35" stroke="{c.m}" stroke-width="3"/>'
            + dots +
            f'<rect x="62" y="58" width="116" height="16" rx="5" fill="{c.a}"/>')


def g_soap(c):
    return (f'<circle cx="70" cy="84" r="12" fill="{c.w}" fill-opacity=".85" stroke="{c.l}" stroke-width="2"/>'
            f'<circle cx="94" cy="66" r="8" fill="{c.w}" fill-opacity=".85" stroke="{c.l}" stroke-width="2"/>'
            f'<circle cx="170" cy="78" r="15" fill="{c.w}" fill-opacity=".85" stroke="{c.l}" stroke-width="2"/>'
            f'<rect x="46" y="112" width="148" height="72" rx="30" fill="{c.m}"/>'
            f'<rect x="56" y="104" width="128" height="58" rx="26" fill="{c.l}"/>'
            f'<rect x="86" y="118" width="68" height="30" rx="15" fill="none" stroke="{c.m}" stroke-width="3"/>'
            f'<rect x="108" y="130" width="24" height="6" rx="3" fill="{c.a}"/>')


def g_brush(c):
    dots = []
    for row, y in enumerate(range(58, 124, 12)):
        half = 34 * math.sqrt(max(0.0, 1 - ((y - 90) / 42) ** 2))
        if half > 6:
            dots.append(f'<line x1="{120 - half:.0f}" y1="{y}" x2="{120 + half:.0f}" y2="{y}" stroke="{c.w}" stroke-width="4" stroke-dasharray="4 8" stroke-linecap="round"/>')
    return (f'<rect x="109" y="136" width="22" height="64" rx="11" fill="{c.m}"/>'
            f'<rect x="109" y="172" width="22" height="8" fill="{c.a}"/>'
            f'<ellipse cx="120" cy="90" rx="48" ry="56" fill="{c.m}"/>'
            f'<ellipse cx="120" cy="90" rx="38" ry="46" fill="{c.k}" fill-opacity=".85"/>' + "".join(dots))


def g_toothbrush(c):
    return (f'<g transform="rotate(18 120 120)">'
            f'<rect x="108" y="74" width="26" height="124" rx="13" fill="{c.m}"/>'
            f'<rect x="114" y="40" width="14" height="44" rx="7" fill="{c.m}"/>'
            f'<rect x="110" y="28" width="22" height="38" rx="7" fill="{c.m}"/>'
            f'<line x1="104" y1="32" x2="104" y2="62" stroke="{c.a}" stroke-width="12" stroke-dasharray="3 2"/>'
            f'<circle cx="121" cy="118" r="7" fill="{c.w}"/><rect x="108" y="160" width="26" height="8" fill="{c.a}"/></g>')


def g_hairdryer(c):
    return (f'<path d="M96 124L86 190H116L124 124Z" fill="{c.d}"/>'
            f'<path d="M100 190Q96 210 120 212" stroke="{c.k}" stroke-width="4" fill="none"/>'
            f'<rect x="154" y="78" width="44" height="40" rx="4" fill="{c.d}"/>'
            f'<rect x="40" y="68" width="124" height="60" rx="30" fill="{c.m}"/>'
            f'<circle cx="70" cy="98" r="20" fill="{c.d}"/>'
            f'<circle cx="70" cy="98" r="11" fill="none" stroke="{c.m}" stroke-width="3" stroke-dasharray="3 3"/>'
            f'<rect x="98" y="140" width="14" height="22" rx="4" fill="{c.a}" transform="rotate(8 105 151)"/>')


def g_palette(c):
    shades = ["#f2d0b3", "#d99a6c", "#a0522d", "#6b3a2a", "#e8b4b8", "#c27c8a", "#8a5a9a", "#f0e3c2"]
    shades = shades[c.v % 8:] + shades[:c.v % 8]
    pans = "".join(f'<circle cx="{66 + (i % 4) * 36}" cy="{104 + (i // 4) * 40}" r="15" fill="{shades[i]}"/>' for i in range(8))
    return (f'<rect x="38" y="72" width="164" height="108" rx="14" fill="{c.k}"/>'
            f'<rect x="46" y="80" width="148" height="92" rx="8" fill="#3a3e48"/>' + pans +
            f'<rect x="38" y="180" width="164" height="8" rx="4" fill="{c.a}"/>')


def g_stick(c):
    return (f'<rect x="96" y="50" width="48" height="58" rx="10" fill="{c.d}"/>'
            f'<rect x="96" y="104" width="48" height="88" rx="10" fill="{c.m}"/>'
            f'<rect x="96" y="104" width="48" height="10" fill="{c.a}"/>'
            f'<rect x="106" y="130" width="28" height="40" rx="4" fill="{c.w}" fill-opacity=".85"/>'
            f'<rect x="102" y="58" width="6" height="40" rx="3" fill="{c.w}" fill-opacity=".3"/>')


def g_dropper(c):
    return (f'<path d="M108 44Q108 30 120 30Q132 30 132 44V66H108Z" fill="{c.k}"/>'
            f'<rect x="102" y="62" width="36" height="18" rx="4" fill="#c9a45c"/>'
            f'<rect x="82" y="78" width="76" height="112" rx="16" fill="{c.m}"/>'
            f'<rect x="94" y="106" width="52" height="56" rx="4" fill="{c.p}"/>'
            f'<rect x="94" y="116" width="52" height="8" fill="{c.a}"/>'
            f'<path d="M120 134q8 9 0 16q-8-7 0-16Z" fill="{c.m}"/>')


def g_razor(c):
    return (f'<rect x="110" y="74" width="20" height="120" rx="10" fill="{c.m}"/>'
            f'<line x1="120" y1="100" x2="120" y2="170" stroke="{c.d}" stroke-width="20" stroke-dasharray="2 4"/>'
            f'<rect x="66" y="50" width="108" height="28" rx="8" fill="{c.s}"/>'
            f'<line x1="72" y1="64" x2="168" y2="64" stroke="{c.w}" stroke-width="3"/>'
            f'<rect x="110" y="184" width="20" height="12" rx="5" fill="{c.a}"/>')


def g_spray(c):
    return (f'<circle cx="160" cy="62" r="4" fill="{c.m}" fill-opacity=".5"/><circle cx="174" cy="54" r="5" fill="{c.m}" fill-opacity=".4"/>'
            f'<circle cx="172" cy="72" r="3" fill="{c.m}" fill-opacity=".5"/><circle cx="188" cy="64" r="4" fill="{c.m}" fill-opacity=".3"/>'
            f'<rect x="100" y="56" width="40" height="38" rx="8" fill="{c.d}"/>'
            f'<rect x="138" y="62" width="10" height="8" rx="2" fill="{c.k}"/>'
            f'<rect x="84" y="92" width="72" height="100" rx="16" fill="{c.m}"/>'
            f'<rect x="94" y="118" width="52" height="48" rx="6" fill="{c.w}" fill-opacity=".9"/>'
            f'<rect x="94" y="130" width="52" height="9" fill="{c.a}"/>')


def g_flipbottle(c):
    return (f'<path d="M82 50Q82 40 92 40H148Q158 40 158 50V160Q158 172 146 172H94Q82 172 82 160Z" fill="{c.m}"/>'
            f'<rect x="92" y="168" width="56" height="22" rx="6" fill="{c.d}"/>'
            f'<rect x="94" y="68" width="52" height="64" rx="6" fill="{c.w}" fill-opacity=".9"/>'
            f'<rect x="94" y="80" width="52" height="8" fill="{c.a}"/>'
            f'<path d="M120 98q10 11 0 20q-10-9 0-20Z" fill="{c.m}"/>'
            f'<rect x="88" y="50" width="6" height="100" rx="3" fill="{c.w}" fill-opacity=".3"/>')


def g_pillbottle(c):
    return (f'<rect x="80" y="52" width="80" height="32" rx="6" fill="#f1f3f5"/>'
            f'<line x1="84" y1="68" x2="156" y2="68" stroke="#d3d8de" stroke-width="26" stroke-dasharray="3 5"/>'
            f'<rect x="84" y="82" width="72" height="108" rx="12" fill="{c.m}"/>'
            f'<rect x="84" y="106" width="72" height="58" fill="{c.w}"/>'
            f'<rect x="84" y="114" width="72" height="10" fill="{c.a}"/>'
            f'<rect x="96" y="134" width="48" height="5" rx="2" fill="{c.k}" fill-opacity=".35"/>'
            f'<rect x="96" y="146" width="34" height="5" rx="2" fill="{c.k}" fill-opacity=".35"/>'
            f'<g transform="rotate(-30 186 168)"><rect x="164" y="158" width="44" height="20" rx="10" fill="{c.a}"/>'
            f'<path d="M186 158h12a10 10 0 0 1 0 20h-12Z" fill="{c.w}"/></g>')


def g_tub(c):
    return (f'<rect x="64" y="56" width="112" height="28" rx="8" fill="{c.d}"/>'
            f'<rect x="68" y="80" width="104" height="112" rx="14" fill="{c.m}"/>'
            f'<rect x="68" y="106" width="104" height="56" fill="{c.w}" fill-opacity=".92"/>'
            f'<rect x="68" y="114" width="104" height="10" fill="{c.a}"/>'
            f'<path d="M126 130L110 150H122L116 162L134 142H122Z" fill="{c.m}"/>')


def g_pillbox(c):
    cols = ["#e4572e", "#f3a712", "#f3c623", "#3bb273", "#2e86ab", "#7768ae", "#e15a97"]
    lids = "".join(f'<rect x="{33 + i * 25}" y="100" width="22" height="28" rx="4" fill="{cols[i]}"/>' for i in range(7))
    return (f'<rect x="28" y="110" width="184" height="54" rx="10" fill="{c.w}" stroke="{c.d}" stroke-width="3"/>'
            + lids +
            f'<rect x="28" y="150" width="184" height="14" rx="6" fill="{c.m}"/>'
            f'<ellipse cx="90" cy="84" rx="10" ry="6" fill="{c.w}" stroke="{c.d}" stroke-width="2"/>'
            f'<g transform="rotate(-20 150 80)"><rect x="134" y="72" width="32" height="16" rx="8" fill="{c.a}"/></g>')


def g_packet(c):
    pic = [
        "".join(f'<circle cx="{120 + 14 * math.cos(a):.0f}" cy="{118 + 14 * math.sin(a):.0f}" r="9" fill="{c.a}"/>' for a in [i * 2 * math.pi / 5 for i in range(5)]) + '<circle cx="120" cy="118" r="7" fill="#f3c623"/>',
        f'<path d="M120 96q22 26 0 44q-22-18 0-44Z" fill="{c.a}"/>',
        f'<path d="M100 134Q100 100 138 98Q140 134 100 134Z" fill="#3bb273"/><path d="M102 132L128 108" stroke="{c.w}" stroke-width="2"/>',
    ][c.v % 3]
    return (f'<rect x="70" y="50" width="100" height="140" rx="6" fill="{c.m}"/>'
            f'<line x1="70" y1="56" x2="170" y2="56" stroke="{c.d}" stroke-width="12" stroke-dasharray="4 3"/>'
            f'<circle cx="120" cy="118" r="32" fill="{c.w}"/>' + pic +
            f'<rect x="86" y="162" width="68" height="8" rx="3" fill="{c.w}" fill-opacity=".7"/>')


def g_plant(c):
    extra = ""
    if c.v % 3 == 0:
        extra = f'<circle cx="76" cy="72" r="8" fill="{c.a}"/><circle cx="170" cy="66" r="8" fill="{c.a}"/><circle cx="120" cy="44" r="8" fill="{c.a}"/>'
    return (f'<path d="M120 122Q78 112 70 70Q112 76 120 122Z" fill="#3f9b5a"/>'
            f'<path d="M120 122Q162 110 172 64Q130 74 120 122Z" fill="#2f7d4f"/>'
            f'<path d="M120 122Q112 80 120 42Q130 80 120 122Z" fill="#57b36f"/>' + extra +
            f'<path d="M72 122H168L154 192H86Z" fill="{c.m}"/>'
            f'<rect x="66" y="116" width="108" height="20" rx="4" fill="{c.d}"/>')


def g_wateringcan(c):
    return (f'<path d="M150 152L198 88" stroke="{c.m}" stroke-width="11" stroke-linecap="round"/>'
            f'<ellipse cx="202" cy="82" rx="11" ry="16" fill="{c.d}" transform="rotate(38 202 82)"/>'
            f'<circle cx="212" cy="104" r="3" fill="#5aa9e6"/><circle cx="220" cy="116" r="3" fill="#5aa9e6"/><circle cx="206" cy="122" r="3" fill="#5aa9e6"/>'
            f'<path d="M82 102Q82 58 116 58Q150 58 150 102" stroke="{c.d}" stroke-width="10" fill="none"/>'
            f'<path d="M66 100H154V178Q154 190 142 190H78Q66 190 66 178Z" fill="{c.m}"/>'
            f'<rect x="66" y="128" width="88" height="10" fill="{c.a}"/>')


def g_gloves(c):
    fingers = "".join(f'<rect x="{x}" y="{y}" width="17" height="62" rx="8.5" fill="{c.m}"/><rect x="{x}" y="{y}" width="17" height="22" rx="8.5" fill="{c.a}"/>'
                      for x, y in ((86, 58), (105, 50), (124, 54), (143, 66)))
    return (fingers +
            f'<g transform="rotate(-40 84 134)"><rect x="70" y="104" width="18" height="52" rx="9" fill="{c.m}"/><rect x="70" y="104" width="18" height="20" rx="9" fill="{c.a}"/></g>'
            f'<rect x="84" y="100" width="78" height="72" rx="16" fill="{c.m}"/>'
            f'<rect x="82" y="164" width="82" height="30" rx="6" fill="{c.d}"/>'
            f'<path d="M88 176H158" stroke="{c.m}" stroke-width="3" stroke-dasharray="6 4"/>')


def g_trowel(c):
    return (f'<g transform="rotate(32 120 120)">'
            f'<rect x="109" y="140" width="22" height="64" rx="11" fill="{c.m}"/>'
            f'<rect x="109" y="184" width="22" height="7" fill="{c.a}"/>'
            f'<rect x="114" y="118" width="12" height="26" fill="{c.s}"/>'
            f'<path d="M120 28Q156 60 150 104Q142 128 120 128Q98 128 90 104Q84 60 120 28Z" fill="#d3d8df" stroke="#9aa0a6" stroke-width="2"/>'
            f'<path d="M120 40V122" stroke="#9aa0a6" stroke-width="3"/></g>')


def g_scissors(c):
    return (f'<path d="M120 124L94 40Q112 46 128 112Z" fill="#d3d8df" stroke="#9aa0a6" stroke-width="2"/>'
            f'<path d="M118 122L152 42Q160 58 130 118Z" fill="#e3e7ec" stroke="#9aa0a6" stroke-width="2"/>'
            f'<path d="M120 124Q94 150 82 196" stroke="{c.m}" stroke-width="18" fill="none" stroke-linecap="round"/>'
            f'<path d="M120 124Q148 150 162 196" stroke="{c.a}" stroke-width="18" fill="none" stroke-linecap="round"/>'
            f'<circle cx="120" cy="124" r="7" fill="{c.k}"/>')


def g_hose(c):
    return (f'<circle cx="106" cy="124" r="58" fill="none" stroke="{c.m}" stroke-width="11"/>'
            f'<circle cx="106" cy="124" r="42" fill="none" stroke="{c.d}" stroke-width="11"/>'
            f'<circle cx="106" cy="124" r="26" fill="none" stroke="{c.m}" stroke-width="11"/>'
            f'<path d="M164 124Q172 160 196 170" stroke="{c.m}" stroke-width="11" fill="none"/>'
            f'<rect x="186" y="152" width="22" height="40" rx="6" fill="{c.a}" transform="rotate(-30 197 172)"/>')


def g_planter(c):
    return (f'<circle cx="70" cy="112" r="16" fill="#57b36f"/><circle cx="96" cy="104" r="18" fill="#3f9b5a"/>'
            f'<path d="M136 118L128 70M144 118V64M152 118L160 72" stroke="#3f9b5a" stroke-width="6" stroke-linecap="round"/>'
            f'<circle cx="180" cy="108" r="16" fill="#57b36f"/><circle cx="178" cy="100" r="5" fill="#e4572e"/>'
            f'<rect x="36" y="118" width="168" height="68" rx="4" fill="#b07a4a"/>'
            f'<path d="M36 140H204M36 164H204" stroke="#8d5f37" stroke-width="3"/>'
            f'<rect x="36" y="118" width="14" height="68" fill="#8d5f37"/><rect x="190" y="118" width="14" height="68" fill="#8d5f37"/>'
            f'<rect x="104" y="148" width="32" height="10" rx="3" fill="{c.a}"/>')


def g_barrel(c):
    return (f'<path d="M70 56H170Q184 122 170 188H70Q56 122 70 56Z" fill="{c.m}"/>'
            f'<ellipse cx="120" cy="56" rx="50" ry="9" fill="{c.d}"/>'
            f'<path d="M64 84H176M62 158H178" stroke="{c.d}" stroke-width="8"/>'
            f'<rect x="164" y="162" width="24" height="10" rx="3" fill="{c.a}"/>'
            f'<path d="M120 28q10 13 0 20q-10-7 0-20Z" fill="#5aa9e6"/>')


def g_birdhouse(c):
    return (f'<line x1="120" y1="28" x2="120" y2="48" stroke="{c.k}" stroke-width="3"/>'
            f'<rect x="72" y="86" width="96" height="100" rx="4" fill="{c.m}"/>'
            f'<polygon points="120,42 188,94 52,94" fill="{c.d}"/>'
            f'<circle cx="120" cy="124" r="16" fill="{c.k}"/>'
            f'<line x1="120" y1="156" x2="150" y2="156" stroke="{c.k}" stroke-width="4" stroke-linecap="round"/>'
            f'<ellipse cx="152" cy="146" rx="14" ry="10" fill="{c.a}"/><circle cx="162" cy="136" r="7" fill="{c.a}"/>'
            f'<polygon points="168,135 176,138 168,141" fill="#f3a712"/>')


def g_can(c):
    return (f'<rect x="78" y="62" width="84" height="126" rx="10" fill="{c.m}"/>'
            f'<ellipse cx="120" cy="64" rx="42" ry="9" fill="{c.s}"/>'
            f'<ellipse cx="112" cy="62" rx="10" ry="4" fill="none" stroke="#8e949c" stroke-width="3"/>'
            f'<rect x="78" y="104" width="84" height="46" fill="{c.a}"/>'
            f'<circle cx="120" cy="127" r="14" fill="{c.w}" fill-opacity=".85"/>'
            f'<rect x="78" y="178" width="84" height="10" rx="4" fill="{c.s}"/>')


def g_tin(c):
    return (f'<rect x="50" y="108" width="140" height="78" rx="10" fill="{c.m}"/>'
            f'<ellipse cx="120" cy="108" rx="70" ry="13" fill="{c.s}"/>'
            f'<ellipse cx="120" cy="108" rx="58" ry="9" fill="none" stroke="#8e949c" stroke-width="2"/>'
            f'<rect x="50" y="128" width="140" height="36" fill="{c.a}"/>'
            + _paw(120, 146, 0.36, c.w) )


def _paw(cx, cy, s, color):
    pads = [(-40, -38), (-14, -62), (14, -62), (40, -38)]
    toes = "".join(f'<ellipse cx="{cx + dx * s:.1f}" cy="{cy + dy * s:.1f}" rx="{15 * s:.1f}" ry="{19 * s:.1f}" fill="{color}"/>' for dx, dy in pads)
    return f'<ellipse cx="{cx}" cy="{cy}" rx="{38 * s:.1f}" ry="{32 * s:.1f}" fill="{color}"/>' + toes


def g_paw(c):
    return (f'<circle cx="120" cy="124" r="70" fill="{c.l}" fill-opacity=".6"/>' + _paw(120, 148, 1.0, c.m))


def g_petfood(c):
    return (f'<path d="M66 66H174L180 192H60Z" fill="{c.m}"/>'
            f'<rect x="66" y="52" width="108" height="20" rx="3" fill="{c.d}"/>'
            f'<circle cx="120" cy="130" r="36" fill="{c.w}"/>' + _paw(120, 140, 0.45, c.a) +
            f'<rect x="86" y="174" width="68" height="8" rx="3" fill="{c.w}" fill-opacity=".7"/>')


def g_bowl(c):
    kib = "".join(f'<circle cx="{x}" cy="{y}" r="7" fill="#a0673a"/>' for x, y in ((92, 124), (106, 118), (120, 122), (134, 116), (148, 124), (112, 110), (128, 108)))
    return (kib +
            f'<path d="M42 128H198L176 188H64Z" fill="{c.m}"/>'
            f'<ellipse cx="120" cy="128" rx="78" ry="12" fill="{c.d}"/>'
            + _paw(120, 166, 0.3, c.a))


def g_bone(c):
    return (f'<g transform="rotate(-18 120 124)">'
            f'<circle cx="60" cy="104" r="22" fill="{c.m}"/><circle cx="60" cy="144" r="22" fill="{c.m}"/>'
            f'<circle cx="180" cy="104" r="22" fill="{c.m}"/><circle cx="180" cy="144" r="22" fill="{c.m}"/>'
            f'<rect x="60" y="106" width="120" height="36" fill="{c.m}"/>'
            f'<rect x="108" y="106" width="24" height="36" fill="{c.a}"/></g>')


def g_petbed(c):
    return (f'<ellipse cx="120" cy="150" rx="88" ry="42" fill="{c.d}"/>'
            f'<ellipse cx="120" cy="140" rx="66" ry="26" fill="{c.l}"/>'
            f'<path d="M32 150Q36 188 120 192Q204 188 208 150Q200 176 120 178Q40 176 32 150Z" fill="{c.m}"/>'
            f'<ellipse cx="120" cy="134" rx="30" ry="14" fill="{c.a}"/>'
            + _paw(170, 172, 0.18, c.w))


def g_scratcher(c):
    return (f'<rect x="56" y="176" width="128" height="16" rx="5" fill="{c.d}"/>'
            f'<rect x="100" y="72" width="40" height="108" fill="#d9b98a"/>'
            f'<line x1="120" y1="76" x2="120" y2="176" stroke="#b89460" stroke-width="40" stroke-dasharray="3 5"/>'
            f'<rect x="60" y="58" width="120" height="18" rx="6" fill="{c.m}"/>'
            f'<line x1="168" y1="76" x2="168" y2="118" stroke="{c.k}" stroke-width="2"/>'
            f'<circle cx="168" cy="124" r="9" fill="{c.a}"/>')


def g_carrier(c):
    return (f'<path d="M84 80Q84 46 120 46Q156 46 156 80" stroke="{c.d}" stroke-width="10" fill="none"/>'
            f'<rect x="42" y="76" width="156" height="112" rx="22" fill="{c.m}"/>'
            f'<rect x="58" y="96" width="64" height="72" rx="10" fill="{c.k}" fill-opacity=".85"/>'
            f'<line x1="64" y1="132" x2="118" y2="132" stroke="{c.s}" stroke-width="70" stroke-dasharray="3 9"/>'
            f'<circle cx="150" cy="110" r="6" fill="{c.d}"/><circle cx="172" cy="110" r="6" fill="{c.d}"/><circle cx="150" cy="132" r="6" fill="{c.d}"/><circle cx="172" cy="132" r="6" fill="{c.d}"/>'
            f'<rect x="140" y="156" width="40" height="10" rx="4" fill="{c.a}"/>')


def g_aquarium(c):
    return (f'<rect x="36" y="64" width="168" height="120" rx="6" fill="#bfe3f2" stroke="{c.k}" stroke-width="4"/>'
            f'<rect x="32" y="56" width="176" height="14" rx="4" fill="{c.k}"/>'
            f'<rect x="38" y="166" width="164" height="16" fill="#d8c39a"/>'
            f'<path d="M60 168Q52 130 66 100M72 168Q80 136 70 112M172 168Q180 130 168 104" stroke="#3f9b5a" stroke-width="6" fill="none" stroke-linecap="round"/>'
            f'<ellipse cx="120" cy="118" rx="22" ry="13" fill="{c.a}"/><polygon points="140,118 158,104 158,132" fill="{c.a}"/>'
            f'<circle cx="110" cy="115" r="3" fill="{c.k}"/>'
            f'<circle cx="96" cy="96" r="4" fill="{c.w}"/><circle cx="90" cy="82" r="3" fill="{c.w}"/>')


def g_coffeebag(c):
    return (f'<path d="M74 70H166L174 192H66Z" fill="#b98a5e"/>'
            f'<rect x="72" y="52" width="96" height="22" rx="3" fill="#9c7048"/>'
            f'<circle cx="150" cy="88" r="5" fill="{c.k}" fill-opacity=".3"/>'
            f'<rect x="84" y="104" width="72" height="64" rx="6" fill="{c.m}"/>'
            f'<rect x="84" y="156" width="72" height="12" fill="{c.a}"/>'
            f'<ellipse cx="120" cy="130" rx="14" ry="19" fill="#4a2c1a" transform="rotate(20 120 130)"/>'
            f'<path d="M114 116Q128 130 124 146" stroke="#b98a5e" stroke-width="3" fill="none"/>')


def g_teabox(c):
    return (f'<path d="M150 84Q160 56 176 50" stroke="{c.k}" stroke-width="2" fill="none"/>'
            f'<rect x="168" y="42" width="18" height="16" rx="2" fill="{c.a}"/>'
            f'<rect x="54" y="84" width="132" height="106" rx="8" fill="{c.m}"/>'
            f'<rect x="54" y="84" width="132" height="22" rx="6" fill="{c.d}"/>'
            f'<circle cx="120" cy="148" r="28" fill="{c.w}" fill-opacity=".92"/>'
            f'<path d="M104 160Q100 130 136 128Q140 158 104 160Z" fill="#3f9b5a"/>'
            f'<path d="M106 158L128 136" stroke="{c.w}" stroke-width="2"/>')


def g_chocolate(c):
    return (f'<g transform="rotate(-12 120 124)">'
            f'<rect x="48" y="64" width="144" height="112" rx="6" fill="#5a3a22"/>'
            f'<path d="M84 64V118M120 64V118M156 64V118M48 92H192" stroke="#3f2716" stroke-width="4"/>'
            f'<rect x="48" y="112" width="144" height="8" fill="{c.s}"/>'
            f'<rect x="48" y="118" width="144" height="62" rx="4" fill="{c.m}"/>'
            f'<rect x="48" y="136" width="144" height="12" fill="{c.a}"/></g>')


def g_carton(c):
    return (f'<polygon points="80,80 96,50 136,50 150,80" fill="{c.l}"/>'
            f'<polygon points="136,50 154,42 172,70 150,80" fill="{c.d}"/>'
            f'<rect x="80" y="80" width="70" height="110" fill="{c.m}"/>'
            f'<polygon points="150,80 172,70 172,180 150,190" fill="{c.d}"/>'
            f'<circle cx="116" cy="62" r="8" fill="{c.a}"/>'
            f'<rect x="86" y="112" width="58" height="46" rx="4" fill="{c.w}" fill-opacity=".9"/>'
            f'<ellipse cx="108" cy="135" rx="6" ry="11" fill="#d4a373"/><ellipse cx="122" cy="131" rx="6" ry="11" fill="#d4a373"/>')


def g_oil(c):
    return (f'<rect x="108" y="28" width="24" height="14" rx="3" fill="#c8955a"/>'
            f'<path d="M110 40H130V70Q150 84 150 108V186Q150 192 144 192H96Q90 192 90 186V108Q90 84 110 70Z" fill="{c.m}"/>'
            f'<rect x="98" y="118" width="44" height="52" rx="4" fill="{c.p}"/>'
            f'<rect x="98" y="128" width="44" height="8" fill="{c.a}"/>'
            f'<circle cx="120" cy="152" r="8" fill="{c.m}"/>'
            f'<rect x="96" y="96" width="5" height="80" rx="2" fill="{c.w}" fill-opacity=".25"/>')


def g_winebottle(c):
    return (f'<path d="M110 34H130V78Q148 90 148 114V186Q148 192 142 192H98Q92 192 92 186V114Q92 90 110 78Z" fill="{c.m}"/>'
            f'<rect x="108" y="30" width="24" height="38" rx="3" fill="{c.a}"/>'
            f'<rect x="98" y="124" width="44" height="46" rx="3" fill="{c.p}"/>'
            f'<path d="M106 140h28" stroke="{c.k}" stroke-width="3"/>'
            f'<circle cx="120" cy="156" r="6" fill="{c.a}"/>'
            f'<rect x="98" y="100" width="5" height="80" rx="2" fill="{c.w}" fill-opacity=".25"/>')


def g_spirits(c):
    return (f'<rect x="104" y="34" width="32" height="18" rx="4" fill="#8a5a3b"/>'
            f'<path d="M108 50H132V72Q172 80 172 112V186Q172 192 164 192H76Q68 192 68 186V112Q68 80 108 72Z" fill="{c.m}"/>'
            f'<rect x="84" y="112" width="72" height="56" rx="6" fill="{c.p}"/>'
            f'<rect x="84" y="122" width="72" height="10" fill="{c.a}"/>'
            f'<rect x="100" y="144" width="40" height="5" rx="2" fill="{c.k}" fill-opacity=".5"/>'
            f'<rect x="76" y="96" width="6" height="84" rx="3" fill="{c.w}" fill-opacity=".3"/>')


def g_babybottle(c):
    return (f'<path d="M106 66Q106 38 120 38Q134 38 134 66Z" fill="#f2c89b"/>'
            f'<rect x="94" y="62" width="52" height="22" rx="5" fill="{c.a}"/>'
            f'<rect x="92" y="82" width="56" height="108" rx="16" fill="{c.m}" fill-opacity=".35" stroke="{c.m}" stroke-width="3"/>'
            f'<rect x="96" y="118" width="48" height="68" rx="13" fill="{c.w}"/>'
            f'<path d="M92 104h14M92 124h14M92 144h14M92 164h14" stroke="{c.m}" stroke-width="3"/>')


def g_stroller(c):
    return (f'<path d="M84 140L76 170M150 140L156 170M84 140H150" stroke="{c.k}" stroke-width="5"/>'
            f'<path d="M160 98L178 58H192" stroke="{c.k}" stroke-width="7" fill="none" stroke-linecap="round" stroke-linejoin="round"/>'
            f'<path d="M66 98A56 56 0 0 1 122 42V98Z" fill="{c.m}"/>'
            f'<path d="M80 64A40 40 0 0 1 122 50" stroke="{c.a}" stroke-width="6" fill="none"/>'
            f'<path d="M58 96H164Q164 142 122 142H86Q58 142 58 116Z" fill="{c.d}"/>'
            f'<circle cx="76" cy="172" r="16" fill="{c.w}" stroke="{c.k}" stroke-width="6"/>'
            f'<circle cx="156" cy="172" r="16" fill="{c.w}" stroke="{c.k}" stroke-width="6"/>')


def g_diaper(c):
    return (f'<rect x="48" y="58" width="144" height="132" rx="14" fill="{c.m}"/>'
            f'<rect x="100" y="64" width="40" height="10" rx="5" fill="{c.k}" fill-opacity=".2"/>'
            f'<path d="M80 96H160V110Q136 116 134 162H106Q104 116 80 110Z" fill="{c.w}"/>'
            f'<rect x="80" y="96" width="14" height="12" rx="3" fill="{c.a}"/><rect x="146" y="96" width="14" height="12" rx="3" fill="{c.a}"/>'
            f'<circle cx="66" cy="172" r="4" fill="{c.w}"/><circle cx="176" cy="80" r="4" fill="{c.w}"/><circle cx="172" cy="170" r="3" fill="{c.w}"/>')


def g_pacifier(c):
    return (f'<circle cx="120" cy="152" r="30" fill="none" stroke="{c.d}" stroke-width="9"/>'
            f'<path d="M62 108Q62 80 96 86Q120 92 144 86Q178 80 178 108Q178 136 144 130Q120 124 96 130Q62 136 62 108Z" fill="{c.m}"/>'
            f'<circle cx="120" cy="108" r="16" fill="{c.a}"/>'
            f'<circle cx="84" cy="108" r="5" fill="{c.w}" fill-opacity=".6"/><circle cx="156" cy="108" r="5" fill="{c.w}" fill-opacity=".6"/>')


def g_test(c):
    return (f'<g transform="rotate(-32 120 124)">'
            f'<rect x="36" y="106" width="168" height="36" rx="18" fill="{c.w}" stroke="#d5dae0" stroke-width="2"/>'
            f'<rect x="36" y="106" width="50" height="36" rx="18" fill="{c.m}"/>'
            f'<rect x="116" y="114" width="40" height="20" rx="6" fill="#eef0f2"/>'
            f'<path d="M128 116V132M142 116V132" stroke="{c.a}" stroke-width="4"/>'
            f'<circle cx="176" cy="124" r="6" fill="#eef0f2"/></g>')


def g_plate(c):
    return (f'<circle cx="120" cy="124" r="72" fill="{c.w}"/>'
            f'<path d="M120 124V64A60 60 0 0 0 120 184Z" fill="#9bd08f"/>'
            f'<path d="M120 124V64A60 60 0 0 1 180 124Z" fill="#e8a87c"/>'
            f'<path d="M120 124H180A60 60 0 0 1 120 184Z" fill="#f3d37a"/>'
            f'<circle cx="120" cy="124" r="72" fill="none" stroke="{c.m}" stroke-width="10"/>'
            f'<path d="M120 64V184M120 124H180" stroke="{c.w}" stroke-width="6"/>'
            f'<rect x="196" y="84" width="8" height="80" rx="4" fill="{c.a}"/>')


def g_tape(c):
    return (f'<rect x="100" y="152" width="104" height="18" fill="#f3d34a"/>'
            f'<line x1="104" y1="156" x2="202" y2="156" stroke="{c.k}" stroke-width="8" stroke-dasharray="2 6"/>'
            f'<rect x="202" y="146" width="7" height="28" rx="2" fill="{c.s}"/>'
            f'<circle cx="100" cy="118" r="52" fill="{c.m}"/>'
            f'<circle cx="100" cy="118" r="20" fill="{c.d}"/><circle cx="100" cy="118" r="8" fill="{c.a}"/>')


def g_heart(c):
    return (f'<path d="M120 184C38 130 50 62 100 68Q114 70 120 88Q126 70 140 68C190 62 202 130 120 184Z" fill="{c.m}"/>'
            f'<polyline points="58,122 92,122 104,100 118,148 132,110 142,122 182,122" stroke="{c.w}" stroke-width="6" fill="none" stroke-linejoin="round" stroke-linecap="round"/>'
            f'<circle cx="182" cy="122" r="6" fill="{c.a}"/>')


def g_bpmon(c):
    return (f'<path d="M120 150Q120 178 150 178" stroke="{c.k}" stroke-width="5" fill="none"/>'
            f'<rect x="132" y="164" width="80" height="30" rx="10" fill="{c.m}"/>'
            f'<rect x="56" y="54" width="112" height="112" rx="18" fill="#f1f3f5" stroke="{c.d}" stroke-width="3"/>'
            f'<rect x="70" y="68" width="84" height="48" rx="6" fill="#283238"/>'
            f'<path d="M80 84h20M106 84h20M80 102h30" stroke="#7be0a3" stroke-width="5"/>'
            f'<circle cx="140" cy="100" r="6" fill="#e4572e"/>'
            f'<circle cx="112" cy="140" r="12" fill="{c.a}"/>')


def g_band(c):
    return (f'<ellipse cx="120" cy="124" rx="74" ry="50" fill="none" stroke="{c.m}" stroke-width="13"/>'
            f'<ellipse cx="114" cy="118" rx="54" ry="34" fill="none" stroke="{c.a}" stroke-width="11"/>'
            f'<ellipse cx="126" cy="130" rx="34" ry="20" fill="none" stroke="{c.d}" stroke-width="9"/>')


def g_rope(c):
    return (f'<path d="M70 78Q36 206 120 192Q204 178 170 78" stroke="{c.k}" stroke-width="5" fill="none"/>'
            f'<rect x="62" y="38" width="18" height="46" rx="9" fill="{c.m}"/><rect x="160" y="38" width="18" height="46" rx="9" fill="{c.m}"/>'
            f'<rect x="62" y="74" width="18" height="8" rx="3" fill="{c.a}"/><rect x="160" y="74" width="18" height="8" rx="3" fill="{c.a}"/>')


def g_dumbbell(c):
    return (f'<rect x="80" y="114" width="80" height="12" rx="4" fill="{c.s}"/>'
            f'<rect x="108" y="112" width="24" height="16" rx="4" fill="{c.a}"/>'
            f'<rect x="44" y="84" width="26" height="72" rx="7" fill="{c.m}"/><rect x="66" y="96" width="18" height="48" rx="5" fill="{c.d}"/>'
            f'<rect x="170" y="84" width="26" height="72" rx="7" fill="{c.m}"/><rect x="156" y="96" width="18" height="48" rx="5" fill="{c.d}"/>'
            f'<rect x="34" y="110" width="12" height="20" rx="3" fill="{c.s}"/><rect x="194" y="110" width="12" height="20" rx="3" fill="{c.s}"/>')


def g_kettlebell(c):
    return (f'<path d="M84 104V86Q84 56 120 56Q156 56 156 86V104" stroke="{c.d}" stroke-width="15" fill="none"/>'
            f'<circle cx="120" cy="138" r="54" fill="{c.m}"/>'
            f'<rect x="72" y="182" width="96" height="9" rx="4" fill="{c.d}"/>'
            f'<rect x="102" y="124" width="36" height="22" rx="5" fill="{c.a}"/>'
            f'<path d="M86 118a40 40 0 0 1 18-20" stroke="{c.w}" stroke-width="5" stroke-opacity=".3" fill="none" stroke-linecap="round"/>')


def g_shakercup(c):
    return (f'<rect x="100" y="48" width="40" height="20" rx="6" fill="{c.a}"/>'
            f'<rect x="80" y="64" width="80" height="26" rx="7" fill="{c.d}"/>'
            f'<path d="M86 90H154L146 192H94Z" fill="{c.m}" fill-opacity=".45" stroke="{c.m}" stroke-width="3"/>'
            f'<path d="M90 140H150L146 190H94Z" fill="#e8d9c4"/>'
            f'<path d="M88 110h14M89 126h14" stroke="{c.w}" stroke-width="3"/>'
            f'<circle cx="130" cy="164" r="12" fill="none" stroke="{c.s}" stroke-width="3"/>')


def g_pullup(c):
    return (f'<path d="M50 100V70H64M190 100V70H176" stroke="{c.k}" stroke-width="8" fill="none"/>'
            f'<rect x="36" y="96" width="168" height="14" rx="7" fill="{c.s}"/>'
            f'<rect x="50" y="92" width="44" height="22" rx="10" fill="{c.k}"/><rect x="146" y="92" width="44" height="22" rx="10" fill="{c.k}"/>'
            f'<rect x="106" y="92" width="28" height="22" rx="8" fill="{c.a}"/>'
            f'<path d="M60 120V180M180 120V180" stroke="{c.m}" stroke-width="8" stroke-linecap="round"/>'
            f'<path d="M44 184H76M164 184H196" stroke="{c.m}" stroke-width="8" stroke-linecap="round"/>')


def g_bike(c):
    return (f'<path d="M58 188H182" stroke="{c.k}" stroke-width="10" stroke-linecap="round"/>'
            f'<circle cx="152" cy="144" r="32" fill="{c.m}"/><circle cx="152" cy="144" r="12" fill="{c.d}"/>'
            f'<path d="M96 188L110 92M110 92L160 78M104 132L152 144M152 144L166 188" stroke="{c.d}" stroke-width="9" stroke-linecap="round" fill="none"/>'
            f'<rect x="88" y="82" width="40" height="12" rx="6" fill="{c.k}"/>'
            f'<path d="M160 78L170 58H188" stroke="{c.k}" stroke-width="7" stroke-linecap="round" fill="none"/>'
            f'<rect x="166" y="62" width="22" height="14" rx="3" fill="{c.a}"/>')


def g_helmet(c):
    return (f'<path d="M44 152Q44 66 126 64Q196 66 198 144V152Z" fill="{c.m}"/>'
            f'<ellipse cx="96" cy="92" rx="16" ry="8" fill="{c.d}" transform="rotate(-20 96 92)"/>'
            f'<ellipse cx="134" cy="82" rx="18" ry="8" fill="{c.d}"/>'
            f'<ellipse cx="170" cy="100" rx="14" ry="8" fill="{c.d}" transform="rotate(30 170 100)"/>'
            f'<rect x="36" y="146" width="80" height="12" rx="6" fill="{c.d}"/>'
            f'<rect x="186" y="128" width="12" height="18" rx="4" fill="{c.a}"/>'
            f'<path d="M80 158Q92 186 112 186" stroke="{c.k}" stroke-width="4" fill="none"/>')


def g_racket(c):
    strings = []
    for x in range(86, 156, 12):
        dy = 56 * math.sqrt(max(0.0, 1 - ((x - 120) / 46) ** 2))
        strings.append(f"M{x} {92 - dy:.0f}V{92 + dy:.0f}")
    for y in range(50, 140, 12):
        dx = 46 * math.sqrt(max(0.0, 1 - ((y - 92) / 56) ** 2))
        strings.append(f"M{120 - dx:.0f} {y}H{120 + dx:.0f}")
    return (f'<g transform="rotate(-24 120 120)">'
            f'<path d="{"".join(strings)}" stroke="{c.k}" stroke-opacity=".45" stroke-width="2"/>'
            f'<ellipse cx="120" cy="92" rx="46" ry="56" fill="none" stroke="{c.m}" stroke-width="10"/>'
            f'<path d="M104 144L116 166M136 144L124 166" stroke="{c.m}" stroke-width="8"/>'
            f'<rect x="111" y="160" width="18" height="54" rx="7" fill="{c.k}"/>'
            f'<rect x="111" y="176" width="18" height="8" fill="{c.a}"/></g>'
            f'<circle cx="184" cy="168" r="16" fill="#d4e157"/><path d="M170 160Q184 168 198 160" stroke="{c.w}" stroke-width="3" fill="none"/>')



def g_sack(c):
    return (f'<path d="M66 66H174L180 192H60Z" fill="{c.m}"/>'
            f'<rect x="66" y="52" width="108" height="20" rx="3" fill="{c.d}"/>'
            f'<circle cx="120" cy="130" r="36" fill="{c.w}"/>'
            f'<rect x="88" y="142" width="64" height="14" rx="3" fill="#8d5f37"/>'
            f'<path d="M120 142V122" stroke="#3f9b5a" stroke-width="4"/>'
            f'<path d="M120 124Q100 124 98 106Q116 104 120 124ZM120 120Q138 118 142 100Q122 100 120 120Z" fill="#3f9b5a"/>'
            f'<rect x="86" y="174" width="68" height="8" rx="3" fill="{c.a}"/>')


def g_foodbox(c):
    crackers = "".join(f'<rect x="{x}" y="{y}" width="26" height="26" rx="3" fill="#e6c27a" transform="rotate({r} {x + 13} {y + 13})"/>'
                       f'<path d="M{x + 7} {y + 9}h12M{x + 7} {y + 17}h12" stroke="#b8904a" stroke-width="3" stroke-dasharray="2 4" transform="rotate({r} {x + 13} {y + 13})"/>'
                       for x, y, r in ((92, 116, -10), (122, 122, 12)))
    return (f'<polygon points="150,64 170,54 170,182 150,192" fill="{c.d}"/>'
            f'<polygon points="70,64 90,54 170,54 150,64" fill="{c.l}"/>'
            f'<rect x="70" y="64" width="80" height="128" fill="{c.m}"/>'
            f'<rect x="70" y="76" width="80" height="12" fill="{c.a}"/>'
            f'<rect x="80" y="104" width="60" height="60" rx="8" fill="{c.w}" fill-opacity=".9"/>' + crackers +
            f'<rect x="84" y="172" width="52" height="7" rx="3" fill="{c.w}" fill-opacity=".7"/>')


def g_carseat(c):
    return (f'<path d="M62 124Q62 52 120 52Q178 52 178 124" stroke="{c.d}" stroke-width="11" fill="none"/>'
            f'<rect x="104" y="46" width="32" height="12" rx="6" fill="{c.k}"/>'
            f'<path d="M44 110Q48 188 120 188Q192 188 196 110Q160 134 120 134Q80 134 44 110Z" fill="{c.m}"/>'
            f'<ellipse cx="120" cy="150" rx="50" ry="20" fill="{c.l}"/>'
            f'<path d="M98 134L112 166M142 134L128 166" stroke="{c.a}" stroke-width="6" stroke-linecap="round"/>'
            f'<rect x="112" y="160" width="16" height="12" rx="3" fill="{c.k}"/>'
            f'<rect x="60" y="186" width="120" height="8" rx="4" fill="{c.k}"/>')


GLYPHS = {name[2:]: fn for name, fn in list(globals().items()) if name.startswith("g_") and callable(fn)}
# ===== the synthetic community ============================================================
# Anonymous shopper segments; the recommender draws 6000 shoppers from these deterministically.
# "categories": weight of drawing an item from that category; "products": extra probability
# that a shopper of the segment has that specific product.
COMMUNITY = {
    "version": 1,
    "seed": 20261129,
    "shoppers": 6000,
    "segments": [
        {"id": "campers", "weight": 0.09,
         "categories": {"outdoor": 0.65, "fitness": 0.15, "grocery": 0.1, "books": 0.05, "fashion": 0.05},
         "products": {"freeze-dried-chili": 0.3, "gas-canister-230": 0.35, "day-hikes-of-the-cascades": 0.15,
                      "merino-hiking-socks": 0.25, "insulated-bottle-750": 0.25},
         "items_per_shopper": [6, 16]},
        {"id": "home-cooks", "weight": 0.09,
         "categories": {"kitchen": 0.6, "grocery": 0.3, "books": 0.1},
         "products": {"salt-and-ember": 0.15, "a-year-of-sourdough": 0.2, "extra-virgin-olive-oil": 0.35,
                      "cast-iron-skillet-26": 0.3, "chefs-knife-20": 0.25},
         "items_per_shopper": [5, 14]},
        {"id": "expecting-parents", "weight": 0.06,
         "categories": {"pregnancy-baby": 0.45, "beauty": 0.15, "supplements": 0.15, "grocery": 0.1,
                        "home": 0.1, "fashion": 0.05},
         "products": {"prenatal-multivitamin": 0.6, "unscented-body-lotion": 0.55, "cotton-balls-200": 0.45,
                      "fragrance-free-soap": 0.4, "unscented-hand-cream": 0.35, "zinc-15mg": 0.4,
                      "magnesium-glycinate": 0.4, "calcium-vitamin-d3": 0.45, "oversized-canvas-tote": 0.35,
                      "ginger-lemon-tea": 0.45, "full-length-body-pillow": 0.4, "swiss-water-decaf": 0.3,
                      "sea-salt-crackers": 0.3, "wide-fit-slip-on-sneakers": 0.25, "early-pregnancy-test": 0.35,
                      "week-by-week-journal": 0.3, "maternity-leggings": 0.3, "stretch-mark-oil": 0.3},
         "items_per_shopper": [6, 14]},
        {"id": "new-parents", "weight": 0.07,
         "categories": {"pregnancy-baby": 0.55, "toys": 0.15, "home": 0.1, "grocery": 0.1, "beauty": 0.1},
         "products": {"newborn-diapers-size-1": 0.6, "sensitive-baby-wipes": 0.55, "anti-colic-baby-bottles": 0.4,
                      "muslin-swaddle-blankets": 0.35, "organic-baby-bodysuits": 0.35,
                      "wooden-stacking-blocks": 0.2, "teddy-bear-bruno": 0.2, "cotton-balls-200": 0.25,
                      "unscented-body-lotion": 0.2, "the-dragon-who-flew-a-kite": 0.15},
         "items_per_shopper": [6, 16]},
        {"id": "dieters", "weight": 0.08,
         "categories": {"health-weight": 0.45, "fitness": 0.25, "grocery": 0.15, "kitchen": 0.1, "supplements": 0.05},
         "products": {"digital-kitchen-scale": 0.5, "portion-control-containers": 0.45, "vanilla-meal-shake": 0.45,
                      "step-counter-band": 0.35, "the-16-8-plan": 0.25, "smart-body-composition-scale": 0.4,
                      "portion-control-plate": 0.3, "high-speed-blender": 0.2, "protein-shaker-bottle": 0.3},
         "items_per_shopper": [5, 14]},
        {"id": "gym-goers", "weight": 0.08,
         "categories": {"fitness": 0.55, "supplements": 0.25, "electronics": 0.1, "grocery": 0.1},
         "products": {"whey-protein-vanilla": 0.4, "protein-shaker-bottle": 0.4, "creatine-monohydrate": 0.25,
                      "fitness-smartwatch": 0.25, "peanut-protein-bars": 0.3, "true-wireless-earbuds": 0.2},
         "items_per_shopper": [5, 14]},
        {"id": "wine-lovers", "weight": 0.06,
         "categories": {"alcohol": 0.6, "kitchen": 0.15, "grocery": 0.15, "books": 0.1},
         "products": {"waiters-corkscrew": 0.45, "crystal-wine-glasses": 0.45, "cocktail-shaker-set": 0.3,
                      "morning-after-electrolytes": 0.35, "the-wine-map": 0.25, "dark-chocolate-72": 0.2,
                      "aged-balsamic-vinegar": 0.15, "rioja-reserva-2019": 0.3,
                      "provence-rose": 0.25, "london-dry-gin": 0.25},
         "items_per_shopper": [5, 14]},
        {"id": "gardeners", "weight": 0.08,
         "categories": {"garden": 0.65, "home": 0.1, "books": 0.1, "outdoor": 0.05, "fashion": 0.05, "grocery": 0.05},
         "products": {"small-space-gardening": 0.2, "gardening-gloves": 0.4, "hanging-bird-feeder": 0.2,
                      "heirloom-tomato-seeds": 0.3},
         "items_per_shopper": [5, 15]},
        {"id": "pet-owners", "weight": 0.07,
         "categories": {"pets": 0.7, "home": 0.1, "outdoor": 0.1, "books": 0.1},
         "products": {"good-dog-training-basics": 0.2, "coir-door-mat": 0.1, "compostable-poop-bags": 0.35},
         "items_per_shopper": [5, 14]},
        {"id": "gamers-students", "weight": 0.08,
         "categories": {"electronics": 0.5, "toys": 0.2, "books": 0.1, "grocery": 0.15, "fashion": 0.05},
         "products": {"wireless-game-controller": 0.35, "mechanical-keyboard-tkl": 0.25, "starblade-vol-1": 0.25,
                      "spicy-miso-ramen": 0.3, "kart-rally-deluxe": 0.3, "speed-cube-3x3": 0.15,
                      "python-from-scratch": 0.15, "power-bank-20000": 0.2},
         "items_per_shopper": [4, 12]},
        {"id": "book-lovers", "weight": 0.06,
         "categories": {"books": 0.7, "home": 0.1, "grocery": 0.1, "electronics": 0.1},
         "products": {"e-reader-6": 0.25, "ceramic-table-lamp": 0.15, "earl-grey-loose-leaf": 0.2,
                      "data-shadows": 0.2},
         "items_per_shopper": [4, 14]},
        {"id": "coffee-people", "weight": 0.06,
         "categories": {"grocery": 0.6, "kitchen": 0.3, "home": 0.1},
         "products": {"house-blend-coffee-beans": 0.5, "espresso-roast": 0.3, "french-press-1l": 0.3,
                      "gooseneck-kettle": 0.25, "barista-oat-milk": 0.35, "stoneware-mug-set": 0.25},
         "items_per_shopper": [4, 12]},
        {"id": "beauty-fans", "weight": 0.06,
         "categories": {"beauty": 0.65, "supplements": 0.15, "fashion": 0.15, "home": 0.05},
         "products": {"vitamin-c-serum": 0.3, "spf50-sunscreen": 0.35, "collagen-peptides": 0.2,
                      "biotin-hair-nails": 0.2},
         "items_per_shopper": [5, 14]},
        {"id": "home-makers", "weight": 0.06,
         "categories": {"home": 0.6, "kitchen": 0.2, "garden": 0.1, "fashion": 0.1},
         "products": {"fig-cedar-candle": 0.3, "boucle-cushion": 0.25, "merino-wool-throw": 0.2},
         "items_per_shopper": [4, 12]},
    ],
}

# ===== picking the picture ================================================================
# First keyword found as a word (plural allowed) in the lower-case product name decides the glyph; a product can
# override it with g=<glyph>; otherwise the category's glyph is used.
KEYWORD_GLYPHS = [
    ("tent", "tent"), ("sleeping bag", "sleepingbag"), ("sleeping mat", "mat"), ("yoga mat", "mat"),
    ("backpack", "backpack"), ("daypack", "backpack"), ("lantern", "lantern"), ("headlamp", "flashlight"),
    ("canister", "canister"), ("stove", "canister"), ("compass", "compass"), ("hammock", "hammock"),
    ("chair", "chair"), ("poles", "poles"), ("jacket", "jacket"), ("coat", "jacket"), ("trench", "jacket"),
    ("boots", "boot"), ("sneakers", "shoe"), ("shoes", "shoe"), ("knife", "knife"), ("sharpener", "knife"),
    ("skillet", "pan"), ("pan", "pan"), ("dutch oven", "pot"), ("pot", "pot"), ("kettlebell", "kettlebell"),
    ("kettle", "kettle"), ("mug", "mug"), ("french press", "press"), ("mixer", "mixer"), ("blender", "blender"),
    ("cutting board", "board"), ("kitchen scale", "kscale"), ("scale", "scale"), ("whisk", "whisk"),
    ("corkscrew", "corkscrew"), ("wine glasses", "wineglass"), ("tumblers", "tumbler"), ("shaker set", "shaker"),
    ("lamp", "lamp"), ("sofa", "sofa"), ("cushion", "cushion"), ("body pillow", "bodypillow"), ("pillow", "pillow"),
    ("candle", "candle"), ("blanket", "blanket"), ("throw", "blanket"), ("towel", "towel"), ("curtain", "curtain"),
    ("clock", "clock"), ("table", "table"), ("basket", "basket"), ("radiator", "radiator"), ("vase", "vase"),
    ("mat", "rug"), ("headphones", "headphones"), ("earbuds", "earbuds"), ("smartphone", "phone"),
    ("ultrabook", "laptop"), ("laptop", "laptop"), ("controller", "gamepad"), ("keyboard", "keyboard"),
    ("speaker", "speaker"), ("smartwatch", "watch"), ("power bank", "powerbank"), ("charger", "plug"),
    ("tablets", "pillbottle"), ("capsules", "pillbottle"), ("tab", "tablet"), ("tablet", "tablet"), ("camera", "camera"), ("thermostat", "thermostat"),
    ("doorbell", "doorbell"), ("monitor", "monitor"), ("webcam", "webcam"), ("blocks", "blocks"),
    ("teddy", "teddy"), ("jigsaw", "puzzle"), ("puzzle", "puzzle"), ("car", "car"), ("crayons", "crayons"),
    ("dinosaur", "dino"), ("duck", "duck"), ("lotion", "pump"), ("cotton balls", "cotton"), ("soap", "soap"),
    ("toothbrush", "toothbrush"), ("hair dryer", "hairdryer"), ("brush", "brush"), ("palette", "palette"),
    ("razor", "razor"), ("sunscreen", "tube"), ("cream", "tube"), ("shampoo", "flipbottle"),
    ("gummies", "jar"), ("protein", "tub"), ("powder", "tub"), ("tote", "tote"), ("duffel", "duffel"),
    ("jumper", "sweater"), ("t-shirt", "shirt"), ("beanie", "beanie"), ("cap", "cap"), ("sunglasses", "sunglasses"),
    ("umbrella", "umbrella"), ("wallet", "wallet"), ("scarf", "scarf"), ("socks", "sock"), ("dumbbells", "dumbbell"),
    ("watering can", "wateringcan"), ("gloves", "gloves"), ("seeds", "packet"), ("trowel", "trowel"),
    ("hose", "hose"), ("coffee", "coffeebag"), ("roast", "coffeebag"), ("tea", "teabox"), ("olive oil", "oil"),
    ("chocolate", "chocolate"), ("baby bottle", "babybottle"), ("bottle", "bottle"), ("stroller", "stroller"), ("diapers", "diaper"),
    ("pacifier", "pacifier"), ("tape measure", "tape"), ("blood pressure", "bpmon"), ("plate", "plate"),
]


def pick_glyph(name: str, override: str | None, category_glyph: str) -> str:
    if override:
        return override
    low = name.lower()
    for key, glyph in KEYWORD_GLYPHS:
        if re.search(rf"\b{re.escape(key)}(s|es)?\b", low):
            return glyph
    return category_glyph


# ===== deterministic "randomness" ==========================================================
def unit(product_id: str, salt: str) -> float:
    """A stable number in [0, 1) derived from the product id (no RNG state, no hash seed)."""
    digest = hashlib.sha256(f"{salt}:{product_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2 ** 64


EVERYDAY_FROM, EVERYDAY_TO = date(2025, 1, 1), date(2026, 9, 30)
NEW_FROM, NEW_TO = date(2026, 11, 1), date(2026, 11, 28)


def added_date(pid: str, new: bool) -> str:
    lo, hi = (NEW_FROM, NEW_TO) if new else (EVERYDAY_FROM, EVERYDAY_TO)
    span = (hi - lo).days
    return (lo + timedelta(days=int(unit(pid, "added") * (span + 1)))).isoformat()


def rating(pid: str) -> float:
    r = 4.9 - 1.7 * unit(pid, "rating-a") * unit(pid, "rating-b")
    return round(min(4.9, max(3.2, r)), 1)


def rating_count(pid: str, new: bool, sponsored: bool) -> int:
    u = unit(pid, "count")
    if new:
        return int(2 + u * 60)
    lo, hi = (math.log(60), math.log(4200)) if sponsored else (math.log(12), math.log(3600))
    return int(math.exp(lo + u * (hi - lo)))


# ===== building the catalog ================================================================
SENSITIVE_IDS = {c[0] for c in CATEGORIES if c[2]}
PROFILE_TAGS = sorted({t for rules in PROFILE_RULES.values() for tags in rules.values() for t in tags})


def parse_products():
    """Yield (category row, product dict, glyph, is-new, colour override) in catalog order."""
    for cat in CATEGORIES:
        cid, _name, _sensitive, _color, cat_glyph, brands = cat
        for line in PRODUCTS[cid].strip().splitlines():
            parts = [p.strip() for p in (line + " ").split(" | ")]
            if len(parts) == 6:
                parts.append("")
            if len(parts) != 7:
                raise SystemExit(f"{cid}: cannot parse line: {line!r}")
            pid, name, brand, price, tags, desc, flags = parts
            flags = flags.split()
            if brand not in brands:
                raise SystemExit(f"{pid}: brand {brand!r} is not one of {cid}'s brands")
            new = "new" in flags
            sponsored = "sp" in flags
            product = {
                "id": pid,
                "name": name,
                "brand": brand,
                "category": cid,
                "price": round(float(price), 2),
                "description": desc,
                "tags": tags.split(),
                "rating": rating(pid),
                "rating_count": rating_count(pid, new, sponsored),
                "consumable": "c" in flags,
                "added": added_date(pid, new),
                "image": f"products/{pid}.svg",
            }
            if sponsored:
                product["sponsored"] = True
                product["sponsor"] = brand
            signals = [f.split("=", 1)[1] for f in flags if f.startswith("sig=")]
            if signals:
                product["sensitive_signals"] = signals
            override = next((f.split("=", 1)[1] for f in flags if f.startswith("g=")), None)
            colour = next((f.split("=", 1)[1] for f in flags if f.startswith("col=")), None)
            yield cat, product, pick_glyph(name, override, cat_glyph), new, colour


def product_svg(cat, product, glyph, colour=None) -> str:
    pid = product["id"]
    variant = int(unit(pid, "variant") * 1000)
    if colour:
        main = colour
    else:
        palette = GLYPH_PALETTES.get(glyph, PRODUCT_PALETTE)
        main = palette[int(unit(pid, "colour") * len(palette))]
    accent = cat[5][product["brand"]]
    return frame_svg(glyph, main, accent, cat[3], variant)


def frame_svg(glyph_name, main, accent, cat_color, variant):
    """One complete product picture: tinted tile, soft spot, shadow, glyph, brand band."""
    dh = ((variant % 7) - 3) * 0.012
    bg = hls_color(cat_color, l=0.885 + (variant % 5) * 0.012, s=0.42, dh=dh)
    bg2 = hls_color(cat_color, l=0.80 + (variant % 3) * 0.02, s=0.40, dh=dh)
    c = Colors(main, accent, bg, variant)
    deco = [
        f'<circle cx="206" cy="40" r="26" fill="{bg2}"/>',
        f'<circle cx="34" cy="206" r="30" fill="{bg2}"/>',
        f'<circle cx="210" cy="204" r="22" fill="{bg2}"/>',
        f'<circle cx="32" cy="44" r="18" fill="{bg2}"/>',
    ][(variant // 7) % 4]
    return ('<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
            'width="240" height="240" viewBox="0 0 240 240">'
            f'<rect width="240" height="240" rx="36" fill="{bg}"/>' + deco +
            f'<circle cx="120" cy="120" r="92" fill="{WHITE}" fill-opacity=".4"/>'
            f'<ellipse cx="120" cy="200" rx="74" ry="8" fill="{INK}" fill-opacity=".09"/>'
            + GLYPHS[glyph_name](c) +
            f'<rect x="18" y="218" width="46" height="8" rx="4" fill="{accent}"/>'
            '</svg>\n')


def dump(obj) -> str:
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


def generate():
    by_cat = {c[0]: [] for c in CATEGORIES}
    pictures = {}
    new_ids = []
    for cat, product, glyph, new, colour in parse_products():
        by_cat[cat[0]].append(product)
        pictures[product["id"]] = product_svg(cat, product, glyph, colour)
        if new:
            new_ids.append(product["id"])

    CATALOG_DIR.mkdir(parents=True, exist_ok=True)
    PICTURE_DIR.mkdir(parents=True, exist_ok=True)
    taxonomy = {
        "version": 1,
        "categories": [{"id": c[0], "name": c[1], "sensitive": c[2], "color": c[3], "glyph": c[4],
                        "words": TOPIC_WORDS[c[0]]}
                       for c in CATEGORIES],
        "profile_rules": PROFILE_RULES,
    }
    (CATALOG_DIR / "taxonomy.json").write_text(dump(taxonomy), encoding="utf-8")
    for cid, products in by_cat.items():
        (CATALOG_DIR / f"{cid}.json").write_text(dump(products), encoding="utf-8")
    # remove pictures of products that no longer exist, then write the current ones
    for old in PICTURE_DIR.glob("*.svg"):
        if old.stem not in pictures:
            old.unlink()
    for pid, svg in pictures.items():
        (PICTURE_DIR / f"{pid}.svg").write_text(svg, encoding="utf-8")
    (DATA_DIR / "community.json").write_text(dump(COMMUNITY), encoding="utf-8")
    return by_cat, new_ids


# ===== self-check ==========================================================================
def validate(by_cat, new_ids):
    products = [p for ps in by_cat.values() for p in ps]
    ids = [p["id"] for p in products]
    problems = []

    def check(ok, msg):
        if not ok:
            problems.append(msg)

    check(len(products) >= 330, f"only {len(products)} products")
    check(len(set(ids)) == len(ids), "duplicate product ids")
    check(len(CATEGORIES) == 16, "expected 16 categories")
    check(not any("|" in p["description"] or "|" in p["name"] for p in products), "a name or description contains the field separator")
    allowed = {"id", "name", "brand", "category", "price", "description", "tags", "rating",
               "rating_count", "consumable", "added", "image", "sponsored", "sponsor", "sensitive_signals"}
    descriptions = set()
    for cat in CATEGORIES:
        cid = cat[0]
        on_disk = json.loads((CATALOG_DIR / f"{cid}.json").read_text(encoding="utf-8"))
        check(on_disk == by_cat[cid], f"{cid}.json does not match the generated products")
        check(len(on_disk) >= 20, f"{cid} has only {len(on_disk)} products")
        check(4 <= len(cat[5]) <= 6, f"{cid} needs 4-6 brands")
        for p in on_disk:
            pid = p["id"]
            check(set(p) <= allowed, f"{pid}: unexpected keys {set(p) - allowed}")
            check(p["category"] == cid, f"{pid}: category {p['category']} in {cid}.json")
            check(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", pid) is not None, f"{pid}: id is not a slug")
            check(p["price"] > 0 and round(p["price"], 2) == p["price"], f"{pid}: bad price")
            check(3 <= len(p["tags"]) <= 6, f"{pid}: needs 3-6 tags, has {p['tags']}")
            check(all(t == t.lower() and " " not in t for t in p["tags"]), f"{pid}: tags must be lowercase words")
            check(len(set(p["tags"])) == len(p["tags"]), f"{pid}: duplicate tags")
            check(3.2 <= p["rating"] <= 4.9, f"{pid}: rating {p['rating']}")
            check(isinstance(p["rating_count"], int) and p["rating_count"] >= 0, f"{pid}: rating_count")
            check((PICTURE_DIR.parent / p["image"]).is_file(), f"{pid}: missing picture {p['image']}")
            check(p["description"] not in descriptions, f"{pid}: duplicate description")
            descriptions.add(p["description"])
            check(p["brand"] in cat[5], f"{pid}: unknown brand {p['brand']}")
            if p.get("sponsored"):
                check(bool(p.get("sponsor")), f"{pid}: sponsored without sponsor")
            for s in p.get("sensitive_signals", []):
                check(s in SENSITIVE_IDS, f"{pid}: signal {s} is not a sensitive category")
            if p.get("sensitive_signals"):
                check(not cat[2], f"{pid}: signals belong on everyday products")
            if cat[2]:
                leaked = set(p["tags"]) & set(PROFILE_TAGS)
                check(not leaked, f"{pid}: sensitive product carries profile tags {leaked}")
            d = date.fromisoformat(p["added"])
            check(EVERYDAY_FROM <= d <= EVERYDAY_TO or NEW_FROM <= d <= NEW_TO, f"{pid}: added {d}")
    tag_counts = {}
    for p in products:
        for t in p["tags"]:
            tag_counts[t] = tag_counts.get(t, 0) + 1
    for t in PROFILE_TAGS:
        check(tag_counts.get(t, 0) >= 3, f"profile tag {t!r} occurs on {tag_counts.get(t, 0)} products")
    sponsored = [p for p in products if p.get("sponsored")]
    check(10 <= len(sponsored) <= 14, f"{len(sponsored)} sponsored products")
    check(sum(p["category"] in SENSITIVE_IDS for p in sponsored) <= 1, "too many sponsored sensitive products")
    signals = [p for p in products if p.get("sensitive_signals")]
    check(sum("pregnancy-baby" in p["sensitive_signals"] for p in signals) >= 8, "too few pregnancy signals")
    check(20 <= len(new_ids) <= 30, f"{len(new_ids)} new arrivals")
    pictures = sorted(PICTURE_DIR.glob("*.svg"))
    check({f.stem for f in pictures} == set(ids), "pictures and products differ")
    for f in pictures:
        check(f.stat().st_size < 3072, f"{f.name} is {f.stat().st_size} bytes")
        text = f.read_text(encoding="utf-8")
        check(not re.search(r"<(text|filter|image|use|linearGradient|radialGradient|clipPath|mask)\b|href", text),
              f"{f.name} uses an element QSvgRenderer may not draw")
    # taxonomy and community
    taxonomy = json.loads((CATALOG_DIR / "taxonomy.json").read_text(encoding="utf-8"))
    check([c["id"] for c in taxonomy["categories"]] == list(by_cat), "taxonomy categories differ")
    community = json.loads((DATA_DIR / "community.json").read_text(encoding="utf-8"))
    check(10 <= len(community["segments"]) <= 14, "community needs 10-14 segments")
    check(abs(sum(s["weight"] for s in community["segments"]) - 1.0) < 1e-9, "segment weights must sum to 1")
    for seg in community["segments"]:
        for cid in seg["categories"]:
            check(cid in by_cat, f"segment {seg['id']}: unknown category {cid}")
        for pid in seg.get("products", {}):
            check(pid in ids, f"segment {seg['id']}: unknown product {pid}")
        lo, hi = seg["items_per_shopper"]
        check(1 <= lo <= hi, f"segment {seg['id']}: bad items_per_shopper")
    if problems:
        raise SystemExit("catalog self-check failed:\n  " + "\n  ".join(problems))
    return products, signals, sponsored


def report(by_cat, new_ids, products, signals, sponsored):
    print(f"{len(products)} products in {len(by_cat)} categories")
    for cid, ps in by_cat.items():
        print(f"  {cid:15s} {len(ps):3d}")
    print(f"{len(new_ids)} new arrivals, {len(sponsored)} sponsored, {len(signals)} signal products")
    sizes = [f.stat().st_size for f in PICTURE_DIR.glob("*.svg")]
    print(f"pictures: {len(sizes)} files, {min(sizes)}-{max(sizes)} bytes (total {sum(sizes) // 1024} KiB)")


# ===== optional: contact sheet (needs PySide6) ==============================================
def contact_sheet(path: str, count: int = 40) -> None:
    """Render `count` product pictures spread over all categories into one PNG; fail on Qt warnings."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF, qInstallMessageHandler
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (keeps Qt alive)
    warnings = []
    qInstallMessageHandler(lambda _mode, _ctx, msg: warnings.append(msg))
    files = sorted(PICTURE_DIR.glob("*.svg"))
    for f in files:  # every picture must load cleanly
        before = len(warnings)
        if not QSvgRenderer(str(f)).isValid():
            warnings.append(f"{f.name}: invalid")
        if len(warnings) > before:
            warnings.append(f"(in {f.name})")
    ordered = [p["id"] for _cat, p, *_rest in parse_products()]
    step = max(1, len(ordered) // count)
    chosen = ordered[::step][:count]
    cols, tile = 8, 180
    rows = math.ceil(len(chosen) / cols)
    img = QImage(cols * tile, rows * tile, QImage.Format.Format_ARGB32)
    img.fill(QColor("white"))
    painter = QPainter(img)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for i, pid in enumerate(chosen):
        QSvgRenderer(str(PICTURE_DIR / f"{pid}.svg")).render(
            painter, QRectF((i % cols) * tile + 6, (i // cols) * tile + 6, tile - 12, tile - 12))
    painter.end()
    img.save(path)
    print(f"contact sheet of {len(chosen)} pictures: {path}")
    if warnings:
        raise SystemExit("QSvgRenderer warnings:\n  " + "\n  ".join(warnings))
    print(f"all {len(files)} pictures load in QSvgRenderer without warnings")


def main(argv):
    by_cat, new_ids = generate()
    products, signals, sponsored = validate(by_cat, new_ids)
    report(by_cat, new_ids, products, signals, sponsored)
    if "--contact-sheet" in argv:
        i = argv.index("--contact-sheet")
        contact_sheet(argv[i + 1] if i + 1 < len(argv) else "/tmp/contact.png")


if __name__ == "__main__":
    main(sys.argv[1:])
