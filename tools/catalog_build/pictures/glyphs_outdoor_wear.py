"""Drawings for outdoor gear, clothes, shoes and bags.

Each ``g_<name>(c)`` returns SVG elements on the 240 x 240 canvas, coloured from ``c``
(:class:`.colour.Colors`).
"""

from __future__ import annotations

from .colour import ring


def g_tent(c):
    return (
        f'<rect x="26" y="180" width="188" height="6" rx="3" fill="{c.k}" fill-opacity=".2"/>'
        f'<polygon points="36,182 120,58 204,182" fill="{c.m}"/>'
        f'<polygon points="120,58 204,182 158,182" fill="{c.d}"/>'
        f'<polygon points="120,100 94,182 146,182" fill="{c.k}" fill-opacity=".72"/>'
        f'<line x1="120" y1="60" x2="120" y2="40" stroke="{c.k}" stroke-width="4" stroke-linecap="round"/>'
        f'<polygon points="122,40 144,47 122,54" fill="{c.a}"/>'
        f'<line x1="62" y1="142" x2="178" y2="142" stroke="{c.a}" stroke-width="5"/>'
    )


def g_backpack(c):
    return (
        f'<path d="M96 70V60a24 24 0 0 1 48 0v10" fill="none" stroke="{c.d}" stroke-width="8"/>'
        f'<rect x="68" y="64" width="104" height="126" rx="30" fill="{c.m}"/>'
        f'<rect x="82" y="124" width="76" height="52" rx="14" fill="{c.d}"/>'
        f'<rect x="82" y="138" width="76" height="7" fill="{c.a}"/>'
        f'<rect x="110" y="82" width="20" height="20" rx="5" fill="{c.a}"/>'
        f'<path d="M68 100h-8M172 100h8" stroke="{c.d}" stroke-width="6" stroke-linecap="round"/>'
    )


def g_sleepingbag(c):
    return (
        f'<path d="M96 84H178a18 46 0 0 1 0 92H96Z" fill="{c.m}"/>'
        f'<ellipse cx="96" cy="130" rx="40" ry="46" fill="{c.d}"/>'
        f'<ellipse cx="96" cy="130" rx="27" ry="32" fill="{c.m}"/>'
        f'<ellipse cx="96" cy="130" rx="13" ry="16" fill="{c.d}"/>'
        f'<rect x="128" y="82" width="10" height="96" rx="3" fill="{c.a}"/>'
        f'<rect x="160" y="82" width="10" height="96" rx="3" fill="{c.a}"/>'
    )


def g_mat(c):
    return (
        f'<path d="M70 102H186a12 28 0 0 1 0 56H70Z" fill="{c.m}"/>'
        f'<ellipse cx="70" cy="130" rx="24" ry="28" fill="{c.d}"/>'
        f'<ellipse cx="70" cy="130" rx="15" ry="18" fill="{c.m}"/>'
        f'<ellipse cx="70" cy="130" rx="6" ry="8" fill="{c.d}"/>'
        f'<rect x="124" y="100" width="9" height="60" rx="3" fill="{c.a}"/>'
        f'<path d="M70 158L190 172" stroke="{c.d}" stroke-width="3" stroke-opacity=".4"/>'
    )


def g_roller(c):
    return (
        f'<path d="M60 96H180a16 34 0 0 1 0 68H60Z" fill="{c.m}"/>'
        f'<line x1="82" y1="130" x2="184" y2="130" stroke="{c.d}" stroke-width="62" stroke-dasharray="7 9"/>'
        f'<ellipse cx="60" cy="130" rx="17" ry="34" fill="{c.d}"/>'
        f'<ellipse cx="60" cy="130" rx="7" ry="14" fill="{c.k}" fill-opacity=".35"/>'
        f'<rect x="120" y="94" width="12" height="72" fill="{c.a}"/>'
    )


def g_canister(c):
    return (
        f'<rect x="78" y="92" width="84" height="96" rx="28" fill="{c.m}"/>'
        f'<rect x="78" y="122" width="84" height="32" fill="{c.a}"/>'
        f'<rect x="104" y="70" width="32" height="26" rx="5" fill="{c.s}"/>'
        f'<rect x="112" y="56" width="16" height="16" rx="3" fill="{c.k}"/>'
        f'<path d="M120 56c-8-10 4-16 0-26c10 8 12 18 0 26Z" fill="#ff9f1c"/>'
        f'<rect x="88" y="100" width="8" height="76" rx="4" fill="{c.w}" fill-opacity=".35"/>'
    )


def g_lantern(c):
    return (
        f'<circle cx="120" cy="120" r="52" fill="#ffe680" fill-opacity=".35"/>'
        f'<path d="M102 70a18 18 0 0 1 36 0" fill="none" stroke="{c.d}" stroke-width="6"/>'
        f'<rect x="90" y="68" width="60" height="16" rx="5" fill="{c.d}"/>'
        f'<rect x="96" y="84" width="48" height="78" rx="8" fill="#fff3c4"/>'
        f'<circle cx="120" cy="124" r="15" fill="#ffc233"/>'
        f'<path d="M108 84V162M132 84V162" stroke="{c.m}" stroke-width="5"/>'
        f'<rect x="86" y="160" width="68" height="24" rx="7" fill="{c.m}"/>'
        f'<rect x="86" y="168" width="68" height="6" fill="{c.a}"/>'
    )


def g_flashlight(c):
    return (
        f'<g transform="rotate(-28 120 120)">'
        f'<polygon points="186,106 236,88 236,152 186,134" fill="#ffe680" fill-opacity=".55"/>'
        f'<rect x="46" y="106" width="104" height="28" rx="10" fill="{c.m}"/>'
        f'<path d="M146 98h34a6 6 0 0 1 6 6v32a6 6 0 0 1-6 6h-34Z" fill="{c.d}"/>'
        f'<rect x="182" y="102" width="6" height="36" rx="2" fill="#fff3c4"/>'
        f'<rect x="94" y="112" width="16" height="16" rx="4" fill="{c.a}"/>'
        f'<path d="M56 110v20M64 110v20" stroke="{c.d}" stroke-width="3"/></g>'
    )


def g_bottle(c):
    return (
        f'<rect x="102" y="48" width="36" height="24" rx="6" fill="{c.k}"/>'
        f'<rect x="90" y="68" width="60" height="122" rx="20" fill="{c.m}"/>'
        f'<rect x="90" y="110" width="60" height="34" fill="{c.a}"/>'
        f'<rect x="100" y="80" width="8" height="98" rx="4" fill="{c.w}" fill-opacity=".35"/>'
        f'<circle cx="148" cy="56" r="9" fill="none" stroke="{c.k}" stroke-width="4"/>'
    )


def g_shoe(c):
    return (
        f'<path d="M44 156V116q0-12 14-10l38 6q12-16 30-8l42 24q28 8 30 28v4H44Z" fill="{c.m}"/>'
        f'<path d="M70 140q44 12 84-14" stroke="{c.a}" stroke-width="8" fill="none" stroke-linecap="round"/>'
        f'<path d="M100 116l12-7M108 124l12-7M116 132l12-7" stroke="{c.w}" stroke-width="4" stroke-linecap="round"/>'
        f'<rect x="40" y="156" width="162" height="20" rx="9" fill="{c.w}" stroke="{c.d}" stroke-width="3"/>'
        f'<path d="M44 120q10 0 12 10" stroke="{c.d}" stroke-width="4" fill="none"/>'
    )


def g_boot(c):
    return (
        f'<path d="M70 58H126V128L176 144q22 6 22 24v4H70Z" fill="{c.m}"/>'
        f'<rect x="108" y="66" width="14" height="60" rx="5" fill="{c.d}"/>'
        f'<rect x="74" y="50" width="22" height="14" rx="5" fill="{c.a}"/>'
        f'<rect x="66" y="168" width="136" height="16" rx="6" fill="{c.k}"/>'
        f'<path d="M72 150H150" stroke="{c.d}" stroke-width="3" stroke-dasharray="5 4"/>'
    )


def g_knife(c):
    return (
        f'<path d="M34 140Q70 96 150 100V140Z" fill="#e3e7ec" stroke="#a7aeb8" stroke-width="3" stroke-linejoin="round"/>'
        f'<path d="M48 132Q84 110 140 110" stroke="{c.w}" stroke-width="3" fill="none"/>'
        f'<rect x="146" y="102" width="64" height="36" rx="12" fill="{c.m}"/>'
        f'<rect x="144" y="98" width="9" height="44" rx="3" fill="{c.s}"/>'
        f'<circle cx="168" cy="120" r="4.5" fill="{c.w}"/><circle cx="192" cy="120" r="4.5" fill="{c.w}"/>'
        f'<rect x="198" y="104" width="8" height="32" rx="3" fill="{c.a}"/>'
    )


def g_compass(c):
    return (
        f'<rect x="110" y="44" width="20" height="18" rx="6" fill="{c.d}"/>'
        f'<circle cx="120" cy="124" r="66" fill="{c.m}"/><circle cx="120" cy="124" r="52" fill="{c.w}"/>'
        + ring(120, 124, 52, 12, 42, 48, c.k, 3)
        + f'<polygon points="120,80 132,124 108,124" fill="#e4572e"/>'
        f'<polygon points="120,168 132,124 108,124" fill="{c.k}"/>'
        f'<circle cx="120" cy="124" r="6" fill="{c.a}"/>'
    )


def g_chair(c):
    return (
        f'<path d="M72 186L166 112M168 186L74 112" stroke="{c.k}" stroke-width="7" stroke-linecap="round"/>'
        f'<rect x="72" y="54" width="96" height="70" rx="10" fill="{c.m}"/>'
        f'<rect x="72" y="74" width="96" height="8" fill="{c.a}"/>'
        f'<path d="M66 118Q120 138 174 118V134Q120 154 66 134Z" fill="{c.d}"/>'
        f'<rect x="48" y="106" width="34" height="10" rx="5" fill="{c.k}"/>'
        f'<rect x="158" y="106" width="34" height="10" rx="5" fill="{c.k}"/>'
        f'<rect x="180" y="96" width="14" height="12" rx="3" fill="{c.a}"/>'
    )


def g_poles(c):
    return (
        f'<path d="M84 50L148 196M156 50L92 196" stroke="{c.s}" stroke-width="6" stroke-linecap="round"/>'
        f'<path d="M84 50L94 76M156 50L146 76" stroke="{c.m}" stroke-width="16" stroke-linecap="round"/>'
        f'<path d="M80 44q-12 16 8 34M160 44q12 16-8 34" stroke="{c.a}" stroke-width="4" fill="none"/>'
        f'<ellipse cx="142" cy="182" rx="12" ry="4" fill="{c.k}"/><ellipse cx="98" cy="182" rx="12" ry="4" fill="{c.k}"/>'
    )


def g_hammock(c):
    return (
        f'<rect x="36" y="84" width="14" height="106" rx="3" fill="#8a5a3b"/>'
        f'<rect x="190" y="84" width="14" height="106" rx="3" fill="#8a5a3b"/>'
        f'<circle cx="43" cy="70" r="30" fill="#4d9a5a"/><circle cx="197" cy="70" r="30" fill="#3f8a4d"/>'
        f'<path d="M50 104L72 116M190 104L168 116" stroke="{c.k}" stroke-width="3"/>'
        f'<path d="M70 114Q120 196 170 114Q120 160 70 114Z" fill="{c.m}"/>'
        f'<path d="M84 132Q120 172 156 132" stroke="{c.a}" stroke-width="5" fill="none"/>'
    )


def g_jacket(c):
    return (
        f'<path d="M86 54L58 66Q44 72 42 90L36 176H64L70 110V192H170V110L176 176H204L198 90Q196 72 182 66L154 54Q120 84 86 54Z" fill="{c.m}"/>'
        f'<path d="M86 54Q120 28 154 54Q120 82 86 54Z" fill="{c.d}"/>'
        f'<line x1="120" y1="72" x2="120" y2="192" stroke="{c.d}" stroke-width="4"/>'
        f'<rect x="82" y="146" width="26" height="6" rx="3" fill="{c.d}"/>'
        f'<rect x="132" y="146" width="26" height="6" rx="3" fill="{c.d}"/>'
        f'<rect x="134" y="90" width="16" height="10" rx="2" fill="{c.a}"/>'
    )


def g_shirt(c):
    return (
        f'<path d="M88 56L56 68L36 102L62 116L74 100V188H166V100L178 116L204 102L184 68L152 56Q120 82 88 56Z" fill="{c.m}"/>'
        f'<path d="M88 56Q120 82 152 56" fill="none" stroke="{c.d}" stroke-width="6"/>'
        f'<rect x="74" y="148" width="92" height="9" fill="{c.a}"/>'
        f'<rect x="74" y="164" width="92" height="4" fill="{c.a}"/>'
    )


def g_sweater(c):
    return (
        f'<path d="M88 56L58 66Q46 70 44 86L38 180H62L74 104V186H166V104L178 180H202L196 86Q194 70 182 66L152 56Q120 80 88 56Z" fill="{c.m}"/>'
        f'<path d="M88 56Q120 80 152 56" fill="none" stroke="{c.d}" stroke-width="7"/>'
        f'<path d="M74 180H166M38 174H62M178 174H202" stroke="{c.d}" stroke-width="10"/>'
        f'<path d="M86 118H154" stroke="{c.a}" stroke-width="8"/>'
        f'<path d="M86 132H154" stroke="{c.a}" stroke-width="3" stroke-dasharray="6 4"/>'
    )


def g_onesie(c):
    return (
        f'<path d="M86 60L60 74L50 100L72 108L80 96V150Q80 166 96 172L108 190H132L144 172Q160 166 160 150V96L168 108L190 100L180 74L154 60Q140 74 120 74Q100 74 86 60Z" fill="{c.m}"/>'
        f'<path d="M86 60Q120 86 154 60" fill="none" stroke="{c.d}" stroke-width="5"/>'
        f'<circle cx="112" cy="182" r="3" fill="{c.w}"/><circle cx="128" cy="182" r="3" fill="{c.w}"/>'
        f'<circle cx="120" cy="124" r="14" fill="{c.a}"/>'
        f'<circle cx="115" cy="121" r="2.5" fill="{c.w}"/><circle cx="125" cy="121" r="2.5" fill="{c.w}"/>'
    )


def g_trousers(c):
    return (
        f'<path d="M78 52H162L174 192H132L120 98L108 192H66Z" fill="{c.m}"/>'
        f'<rect x="78" y="52" width="84" height="14" fill="{c.d}"/>'
        f'<path d="M90 66q4 20 22 22M150 66q-4 20-22 22" stroke="{c.d}" stroke-width="3" fill="none"/>'
        f'<rect x="142" y="54" width="12" height="10" rx="2" fill="{c.a}"/>'
        f'<path d="M120 66V96" stroke="{c.d}" stroke-width="3"/>'
    )


def g_cap(c):
    return (
        f'<path d="M52 140Q52 66 118 64Q180 66 182 136Z" fill="{c.m}"/>'
        f'<path d="M150 128Q200 124 218 146Q184 152 150 144Z" fill="{c.d}"/>'
        f'<path d="M118 64Q100 100 100 138M118 64Q140 100 146 134" stroke="{c.d}" stroke-width="3" fill="none"/>'
        f'<circle cx="118" cy="64" r="6" fill="{c.a}"/>'
        f'<rect x="60" y="128" width="32" height="8" rx="3" fill="{c.a}"/>'
    )


def g_beanie(c):
    return (
        f'<circle cx="120" cy="54" r="20" fill="{c.a}"/>'
        f'<path d="M62 150Q62 66 120 64Q178 66 178 150Z" fill="{c.m}"/>'
        f'<path d="M90 76V140M120 66V140M150 76V140" stroke="{c.d}" stroke-width="3" stroke-opacity=".5"/>'
        f'<rect x="56" y="136" width="128" height="40" rx="12" fill="{c.d}"/>'
        f'<line x1="64" y1="156" x2="178" y2="156" stroke="{c.m}" stroke-width="30" stroke-dasharray="4 7"/>'
    )


def g_sunglasses(c):
    return (
        f'<rect x="38" y="96" width="164" height="12" rx="6" fill="{c.m}"/>'
        f'<path d="M46 104H112V126Q112 158 80 158Q46 158 46 126Z" fill="{c.k}"/>'
        f'<path d="M128 104H194V126Q194 158 162 158Q128 158 128 126Z" fill="{c.k}"/>'
        f'<path d="M60 116q8-4 16 0M142 116q8-4 16 0" stroke="{c.w}" stroke-width="4" stroke-opacity=".6" fill="none" stroke-linecap="round"/>'
        f'<circle cx="44" cy="102" r="5" fill="{c.a}"/><circle cx="196" cy="102" r="5" fill="{c.a}"/>'
    )


def g_umbrella(c):
    return (
        f'<path d="M120 120V178q0 14-13 14q-12 0-12-12" stroke="{c.k}" stroke-width="7" fill="none" stroke-linecap="round"/>'
        f'<path d="M38 120Q38 56 120 52Q202 56 202 120Q188 108 174 120Q161 108 147 120Q134 108 120 120Q106 108 93 120Q79 108 66 120Q52 108 38 120Z" fill="{c.m}"/>'
        f'<path d="M120 52Q104 80 93 120Q106 108 120 120Z" fill="{c.a}"/>'
        f'<path d="M120 52Q160 80 174 120M120 52Q80 80 66 120" stroke="{c.d}" stroke-width="3" fill="none"/>'
        f'<line x1="120" y1="52" x2="120" y2="40" stroke="{c.k}" stroke-width="5" stroke-linecap="round"/>'
    )


def g_wallet(c):
    return (
        f'<rect x="64" y="62" width="72" height="30" rx="4" fill="{c.a}"/>'
        f'<rect x="80" y="70" width="70" height="30" rx="4" fill="{c.l}"/>'
        f'<rect x="48" y="80" width="144" height="98" rx="14" fill="{c.m}"/>'
        f'<path d="M130 106h62v44h-62a22 22 0 0 1 0-44Z" fill="{c.d}"/>'
        f'<circle cx="134" cy="128" r="7" fill="{c.a}"/>'
        f'<path d="M56 90H184" stroke="{c.d}" stroke-width="2" stroke-dasharray="5 4"/>'
    )


def g_handbag(c):
    return (
        f'<path d="M72 98Q72 40 120 40Q168 40 168 98" stroke="{c.d}" stroke-width="7" fill="none"/>'
        f'<rect x="56" y="92" width="128" height="92" rx="16" fill="{c.m}"/>'
        f'<path d="M56 108Q56 92 72 92H168Q184 92 184 108V132Q120 152 56 132Z" fill="{c.d}"/>'
        f'<rect x="110" y="128" width="20" height="16" rx="4" fill="{c.a}"/>'
        f'<path d="M66 166H174" stroke="{c.d}" stroke-width="2" stroke-dasharray="5 4"/>'
    )


def g_tote(c):
    return (
        f'<path d="M86 98V82a20 20 0 0 1 40 0v16M114 98V82a20 20 0 0 1 40 0v16" fill="none" stroke="{c.d}" stroke-width="7"/>'
        f'<path d="M54 96H186L174 194H66Z" fill="{c.m}"/>'
        f'<path d="M55 106H185" stroke="{c.d}" stroke-width="6"/>'
        f'<rect x="96" y="130" width="48" height="38" rx="5" fill="{c.a}"/>'
        f'<path d="M104 142h32" stroke="{c.w}" stroke-width="3" stroke-opacity=".8"/>'
    )


def g_duffel(c):
    return (
        f'<path d="M88 102Q88 62 120 62Q152 62 152 102" stroke="{c.d}" stroke-width="9" fill="none"/>'
        f'<rect x="36" y="96" width="168" height="84" rx="38" fill="{c.m}"/>'
        f'<rect x="42" y="112" width="26" height="52" rx="11" fill="{c.d}"/>'
        f'<rect x="172" y="112" width="26" height="52" rx="11" fill="{c.d}"/>'
        f'<path d="M72 104H168" stroke="{c.d}" stroke-width="3" stroke-dasharray="4 3"/>'
        f'<rect x="100" y="140" width="40" height="16" rx="4" fill="{c.a}"/>'
    )


def g_scarf(c):
    return (
        f'<path d="M70 62Q120 100 170 62L178 82Q120 126 62 82Z" fill="{c.m}"/>'
        f'<path d="M92 96L78 188H108L116 102Z" fill="{c.d}"/>'
        f'<path d="M122 104L130 184H158L144 96Z" fill="{c.m}"/>'
        f'<path d="M82 160H112M128 158H154" stroke="{c.a}" stroke-width="7"/>'
        f'<path d="M80 190v8M90 190v8M100 190v8M132 186v8M142 186v8M152 186v8" stroke="{c.d}" stroke-width="3"/>'
    )


def g_sock(c):
    return (
        f'<path d="M92 50H144V126L180 152Q196 166 186 182Q174 198 154 188L102 160Q92 154 92 142Z" fill="{c.m}"/>'
        f'<rect x="90" y="46" width="56" height="22" rx="4" fill="{c.d}"/>'
        f'<path d="M166 152Q186 158 188 174Q186 190 166 186Z" fill="{c.a}"/>'
        f'<path d="M92 140Q92 160 112 162L118 138Z" fill="{c.a}"/>'
        f'<path d="M96 80H142M96 92H142" stroke="{c.d}" stroke-width="3" stroke-opacity=".5"/>'
    )
