"""Drawings for kitchen, tableware and home products.

Each ``g_<name>(c)`` returns SVG elements on the 240 x 240 canvas, coloured from ``c``
(:class:`.colour.Colors`).
"""

from __future__ import annotations

from .colour import ring


def g_pan(c):
    return (
        f'<rect x="150" y="113" width="72" height="18" rx="9" fill="{c.m}"/>'
        f'<circle cx="210" cy="122" r="4" fill="{c.bg}"/>'
        f'<circle cx="98" cy="122" r="60" fill="#2f3238"/><circle cx="98" cy="122" r="48" fill="#454951"/>'
        f'<path d="M64 98a40 40 0 0 1 30-16" stroke="{c.w}" stroke-opacity=".3" stroke-width="5" fill="none" stroke-linecap="round"/>'
        f'<path d="M78 112q8-22 30-16q22 2 22 22q2 24-24 24q-28 2-28-30Z" fill="{c.w}"/>'
        f'<circle cx="104" cy="122" r="10" fill="#f6b93b"/>'
    )


def g_pot(c):
    return (
        f'<path d="M64 96Q64 64 120 64Q176 64 176 96Z" fill="{c.l}"/>'
        f'<rect x="108" y="52" width="24" height="14" rx="6" fill="{c.k}"/>'
        f'<rect x="38" y="110" width="32" height="14" rx="7" fill="{c.d}"/>'
        f'<rect x="170" y="110" width="32" height="14" rx="7" fill="{c.d}"/>'
        f'<rect x="62" y="100" width="116" height="84" rx="16" fill="{c.m}"/>'
        f'<rect x="56" y="93" width="128" height="11" rx="5" fill="{c.d}"/>'
        f'<rect x="62" y="128" width="116" height="8" fill="{c.a}"/>'
    )


def g_mug(c):
    return (
        f'<path d="M96 72q-8-10 0-20q8-10 0-20M124 72q-8-10 0-20q8-10 0-20" stroke="{c.d}" stroke-opacity=".45" stroke-width="5" fill="none" stroke-linecap="round"/>'
        f'<path d="M152 106h10a22 22 0 0 1 0 44h-10" fill="none" stroke="{c.d}" stroke-width="12"/>'
        f'<rect x="62" y="84" width="94" height="102" rx="14" fill="{c.m}"/>'
        f'<rect x="62" y="118" width="94" height="10" fill="{c.a}"/>'
        f'<rect x="72" y="94" width="7" height="80" rx="3" fill="{c.w}" fill-opacity=".3"/>'
    )


def g_kettle(c):
    return (
        f'<path d="M78 150Q52 150 48 110Q46 92 32 84" stroke="{c.m}" stroke-width="8" fill="none" stroke-linecap="round"/>'
        f'<path d="M160 110Q196 110 194 146Q192 176 166 176" stroke="{c.k}" stroke-width="10" fill="none"/>'
        f'<path d="M72 184L80 106Q84 92 100 92H140Q156 92 160 106L168 184Z" fill="{c.m}"/>'
        f'<rect x="94" y="80" width="52" height="14" rx="6" fill="{c.d}"/>'
        f'<circle cx="120" cy="74" r="8" fill="{c.k}"/>'
        f'<rect x="66" y="180" width="108" height="12" rx="6" fill="{c.k}"/>'
        f'<circle cx="120" cy="140" r="9" fill="{c.a}"/>'
    )


def g_press(c):
    return (
        f'<path d="M148 94h14q10 0 10 10v50q0 10-10 10h-14" stroke="{c.d}" stroke-width="9" fill="none"/>'
        f'<rect x="78" y="76" width="72" height="110" rx="6" fill="{c.w}" fill-opacity=".55" stroke="{c.d}" stroke-width="3"/>'
        f'<rect x="81" y="116" width="66" height="67" rx="3" fill="#5a3a22"/>'
        f'<rect x="74" y="66" width="80" height="14" rx="5" fill="{c.m}"/>'
        f'<line x1="114" y1="40" x2="114" y2="116" stroke="{c.s}" stroke-width="4"/>'
        f'<circle cx="114" cy="40" r="9" fill="{c.k}"/>'
        f'<rect x="74" y="184" width="80" height="8" rx="3" fill="{c.m}"/>'
        f'<rect x="81" y="112" width="66" height="5" fill="{c.a}"/>'
    )


def g_mixer(c):
    return (
        f'<rect x="50" y="174" width="136" height="16" rx="8" fill="{c.d}"/>'
        f'<rect x="58" y="92" width="38" height="88" rx="14" fill="{c.m}"/>'
        f'<path d="M112 130H180Q176 176 146 176Q116 176 112 130Z" fill="{c.s}"/>'
        f'<line x1="146" y1="104" x2="146" y2="150" stroke="{c.k}" stroke-width="5"/>'
        f'<rect x="58" y="62" width="134" height="48" rx="24" fill="{c.m}"/>'
        f'<rect x="110" y="80" width="44" height="8" rx="4" fill="{c.a}"/>'
        f'<circle cx="78" cy="132" r="6" fill="{c.a}"/>'
    )


def g_blender(c):
    return (
        f'<path d="M146 76q22 0 22 24v30q0 22-20 22" stroke="{c.k}" stroke-width="8" fill="none"/>'
        f'<path d="M82 62H152L144 160H96Z" fill="{c.w}" fill-opacity=".6" stroke="{c.d}" stroke-width="3"/>'
        f'<path d="M88 108H147L143 158H97Z" fill="{c.a}"/>'
        f'<rect x="78" y="52" width="78" height="14" rx="5" fill="{c.k}"/>'
        f'<path d="M84 160H156L166 194H74Z" fill="{c.m}"/>'
        f'<circle cx="120" cy="178" r="7" fill="{c.w}"/>'
    )


def g_board(c):
    return (
        f'<path d="M178 116h24a16 16 0 0 1 0 32h-24Z" fill="#b98549"/>'
        f'<circle cx="204" cy="132" r="6" fill="{c.bg}"/>'
        f'<rect x="38" y="80" width="146" height="104" rx="14" fill="#c8955a"/>'
        f'<path d="M54 108Q110 96 168 110M54 140Q110 130 170 146M60 166Q110 158 164 170" stroke="#a9743f" stroke-width="3" fill="none"/>'
        f'<circle cx="84" cy="124" r="16" fill="#e4572e"/><path d="M84 108v-6" stroke="#3bb273" stroke-width="4"/>'
        f'<rect x="150" y="164" width="22" height="10" rx="3" fill="{c.a}"/>'
    )


def g_kscale(c):
    return (
        f'<circle cx="120" cy="96" r="26" fill="#e4572e"/>'
        f'<path d="M120 72q4-12 16-12q-2 12-16 12Z" fill="#3bb273"/>'
        f'<ellipse cx="120" cy="126" rx="80" ry="12" fill="{c.s}"/>'
        f'<rect x="46" y="130" width="148" height="52" rx="14" fill="{c.m}"/>'
        f'<rect x="66" y="142" width="66" height="26" rx="5" fill="#263238"/>'
        f'<path d="M74 155h10M90 155h10M106 155h10" stroke="#7be0a3" stroke-width="4"/>'
        f'<circle cx="160" cy="155" r="10" fill="{c.a}"/>'
    )


def g_scale(c):
    return (
        f'<rect x="52" y="62" width="136" height="130" rx="28" fill="{c.m}"/>'
        f'<rect x="62" y="72" width="116" height="110" rx="22" fill="{c.w}" fill-opacity=".22"/>'
        f'<rect x="90" y="82" width="60" height="26" rx="6" fill="#263238"/>'
        f'<path d="M98 95h10M114 95h10M130 95h10" stroke="#7be0a3" stroke-width="4"/>'
        f'<ellipse cx="92" cy="148" rx="16" ry="22" fill="{c.d}" fill-opacity=".55"/>'
        f'<ellipse cx="148" cy="148" rx="16" ry="22" fill="{c.d}" fill-opacity=".55"/>'
        f'<rect x="108" y="176" width="24" height="6" rx="3" fill="{c.a}"/>'
    )


def g_box(c):
    return (
        f'<rect x="64" y="76" width="112" height="42" rx="8" fill="{c.w}" fill-opacity=".75" stroke="{c.d}" stroke-width="3"/>'
        f'<rect x="60" y="68" width="120" height="12" rx="5" fill="{c.a}"/>'
        f'<rect x="52" y="130" width="136" height="58" rx="10" fill="{c.w}" fill-opacity=".8" stroke="{c.d}" stroke-width="3"/>'
        f'<path d="M110 134V186M150 134V186" stroke="{c.d}" stroke-width="3"/>'
        f'<circle cx="80" cy="160" r="14" fill="#3bb273"/><rect x="118" y="146" width="24" height="28" rx="5" fill="#e8a87c"/>'
        f'<circle cx="164" cy="158" r="9" fill="#f3c623"/><circle cx="172" cy="170" r="7" fill="#f3c623"/>'
        f'<rect x="48" y="120" width="144" height="14" rx="6" fill="{c.m}"/>'
    )


def g_whisk(c):
    return (
        f'<path d="M120 140C80 118 84 38 120 38C156 38 160 118 120 140" fill="none" stroke="{c.s}" stroke-width="4"/>'
        f'<path d="M120 140C98 118 100 38 120 38C140 38 142 118 120 140" fill="none" stroke="{c.s}" stroke-width="4"/>'
        f'<line x1="120" y1="38" x2="120" y2="140" stroke="{c.s}" stroke-width="4"/>'
        f'<rect x="110" y="134" width="20" height="66" rx="10" fill="{c.m}"/>'
        f'<rect x="107" y="134" width="26" height="9" rx="4" fill="{c.a}"/>'
        f'<path d="M162 196L196 64" stroke="{c.d}" stroke-width="10" stroke-linecap="round"/>'
        f'<ellipse cx="196" cy="64" rx="14" ry="22" fill="{c.d}" transform="rotate(14 196 64)"/>'
    )


def _wineglass(cx, wine, c):
    return (
        f'<path d="M{cx - 22} 54Q{cx - 34} 100 {cx - 26} 116Q{cx - 14} 132 {cx} 132Q{cx + 14} 132 {cx + 26} 116Q{cx + 34} 100 {cx + 22} 54Z" fill="{c.w}" fill-opacity=".55" stroke="{c.d}" stroke-width="3"/>'
        f'<path d="M{cx - 28} 102H{cx + 28}Q{cx + 29} 112 {cx + 25} 116Q{cx + 14} 129 {cx} 129Q{cx - 14} 129 {cx - 25} 116Q{cx - 29} 112 {cx - 28} 102Z" fill="{wine}"/>'
        f'<line x1="{cx}" y1="132" x2="{cx}" y2="180" stroke="{c.d}" stroke-width="4"/>'
        f'<ellipse cx="{cx}" cy="182" rx="22" ry="5" fill="{c.d}"/>'
    )


def g_wineglass(c):
    wine = "#8e1b3a" if c.v % 2 else "#e9c46a"
    return (
        _wineglass(90, wine, c)
        + _wineglass(150, wine, c)
        + f'<rect x="110" y="190" width="20" height="4" rx="2" fill="{c.a}"/>'
    )


def g_tumbler(c):
    return (
        f'<rect x="68" y="84" width="104" height="102" rx="10" fill="{c.w}" fill-opacity=".55" stroke="{c.d}" stroke-width="3"/>'
        f'<rect x="72" y="134" width="96" height="48" rx="6" fill="#c77d2a"/>'
        f'<rect x="86" y="118" width="30" height="30" rx="5" fill="{c.w}" fill-opacity=".8" transform="rotate(-12 101 133)"/>'
        f'<rect x="120" y="124" width="26" height="26" rx="5" fill="{c.w}" fill-opacity=".7" transform="rotate(15 133 137)"/>'
        f'<rect x="68" y="170" width="104" height="16" rx="6" fill="{c.d}" fill-opacity=".5"/>'
        f'<rect x="80" y="92" width="6" height="70" rx="3" fill="{c.w}"/>'
        f'<rect x="146" y="96" width="16" height="8" rx="3" fill="{c.a}"/>'
    )


def g_corkscrew(c):
    return (
        f'<path d="M120 120v10c18 4 18 12 0 14c-18 2-18 10 0 14c18 4 18 12 0 14c-18 2-18 10 0 14" stroke="{c.s}" stroke-width="6" fill="none" stroke-linecap="round"/>'
        f'<path d="M60 96L46 68H72" stroke="{c.s}" stroke-width="8" fill="none" stroke-linejoin="round" stroke-linecap="round"/>'
        f'<rect x="40" y="94" width="160" height="26" rx="13" fill="{c.m}"/>'
        f'<rect x="150" y="101" width="36" height="12" rx="6" fill="{c.a}"/>'
        f'<circle cx="120" cy="107" r="6" fill="{c.s}"/>'
    )


def g_shaker(c):
    return (
        f'<rect x="106" y="58" width="28" height="28" rx="7" fill="{c.s}"/>'
        f'<path d="M88 110L98 84H142L152 110Z" fill="#d3d8df"/>'
        f'<path d="M84 108H156L148 192H92Z" fill="{c.s}"/>'
        f'<path d="M86 126H154L153 142H87Z" fill="{c.a}"/>'
        f'<rect x="98" y="112" width="7" height="74" rx="3" fill="{c.w}" fill-opacity=".6"/>'
        f'<circle cx="172" cy="168" r="20" fill="#9ccf5b"/><circle cx="172" cy="168" r="14" fill="#d5f0a8"/>'
        f'<path d="M172 154V182M158 168H186" stroke="#9ccf5b" stroke-width="2"/>'
    )


def g_lamp(c):
    return (
        f'<polygon points="80,118 160,118 186,156 54,156" fill="#ffe9a8" fill-opacity=".5"/>'
        f'<rect x="116" y="116" width="8" height="54" fill="{c.k}"/>'
        f'<path d="M80 192Q80 164 120 164Q160 164 160 192Z" fill="{c.d}"/>'
        f'<polygon points="82,56 158,56 180,120 60,120" fill="{c.m}"/>'
        f'<polygon points="66,104 174,104 176,112 64,112" fill="{c.a}"/>'
    )


def g_sofa(c):
    return (
        f'<rect x="52" y="166" width="9" height="18" fill="{c.k}"/><rect x="179" y="166" width="9" height="18" fill="{c.k}"/>'
        f'<rect x="46" y="80" width="148" height="62" rx="18" fill="{c.d}"/>'
        f'<rect x="40" y="128" width="160" height="42" rx="12" fill="{c.m}"/>'
        f'<rect x="28" y="106" width="32" height="66" rx="13" fill="{c.d}"/>'
        f'<rect x="180" y="106" width="32" height="66" rx="13" fill="{c.d}"/>'
        f'<line x1="120" y1="132" x2="120" y2="166" stroke="{c.d}" stroke-width="3"/>'
        f'<rect x="66" y="96" width="36" height="34" rx="9" fill="{c.a}" transform="rotate(-8 84 113)"/>'
    )


def g_cushion(c):
    return (
        f'<path d="M54 58Q120 74 186 58Q172 124 186 190Q120 174 54 190Q68 124 54 58Z" fill="{c.m}"/>'
        f'<path d="M76 78Q120 88 164 78Q154 124 164 170Q120 160 76 170Q86 124 76 78Z" fill="none" stroke="{c.d}" stroke-width="3" stroke-dasharray="2 5"/>'
        f'<circle cx="120" cy="124" r="9" fill="{c.a}"/>'
    )


def g_pillow(c):
    return (
        f'<path d="M42 104Q42 82 68 84Q120 96 172 84Q198 82 198 104V150Q198 172 172 170Q120 158 68 170Q42 172 42 150Z" fill="{c.m}"/>'
        f'<path d="M60 112Q120 126 180 112" stroke="{c.d}" stroke-width="4" fill="none" stroke-opacity=".5"/>'
        f'<path d="M60 142Q120 150 180 142" stroke="{c.d}" stroke-width="4" fill="none" stroke-opacity=".3"/>'
        f'<rect x="176" y="148" width="14" height="18" rx="2" fill="{c.a}"/>'
    )


def g_bodypillow(c):
    return (
        f'<g transform="rotate(-10 120 126)">'
        f'<path d="M32 86Q56 98 120 94Q184 98 208 86Q196 126 208 166Q184 156 120 160Q56 156 32 166Q44 126 32 86Z" fill="{c.m}"/>'
        f'<path d="M50 108Q120 116 190 108M50 144Q120 136 190 144" stroke="{c.d}" stroke-width="3" fill="none" stroke-opacity=".35"/>'
        f'<rect x="176" y="118" width="12" height="18" rx="2" fill="{c.a}"/></g>'
    )


def g_candle(c):
    return (
        f'<circle cx="120" cy="76" r="26" fill="#ffe680" fill-opacity=".35"/>'
        f'<path d="M120 58Q134 78 120 92Q106 78 120 58Z" fill="#ffb020"/>'
        f'<path d="M120 72Q126 82 120 90Q114 82 120 72Z" fill="#ffe38a"/>'
        f'<line x1="120" y1="90" x2="120" y2="100" stroke="{c.k}" stroke-width="3"/>'
        f'<rect x="74" y="96" width="92" height="94" rx="14" fill="{c.m}"/>'
        f'<ellipse cx="120" cy="102" rx="40" ry="6" fill="{c.l}"/>'
        f'<rect x="88" y="124" width="64" height="40" rx="5" fill="{c.p}"/>'
        f'<rect x="88" y="136" width="64" height="8" fill="{c.a}"/>'
    )


def g_blanket(c):
    return (
        f'<rect x="46" y="138" width="148" height="46" rx="10" fill="{c.d}"/>'
        f'<rect x="54" y="100" width="132" height="42" rx="10" fill="{c.m}"/>'
        f'<rect x="62" y="64" width="116" height="40" rx="10" fill="{c.a}"/>'
        f'<path d="M46 160H194M54 120H186M62 84H178" stroke="{c.w}" stroke-width="3" stroke-opacity=".45"/>'
        f'<path d="M194 144v36M186 106v30" stroke="{c.w}" stroke-width="6" stroke-dasharray="2 4" stroke-opacity=".6"/>'
    )


def g_towel(c):
    out = []
    for cx, cy, col in ((86, 150, c.m), (154, 150, c.a), (120, 94, c.l)):
        out.append(
            f'<circle cx="{cx}" cy="{cy}" r="34" fill="{col}"/>'
            f'<circle cx="{cx}" cy="{cy}" r="21" fill="none" stroke="{c.d}" stroke-width="3" stroke-opacity=".35"/>'
            f'<circle cx="{cx}" cy="{cy}" r="9" fill="none" stroke="{c.d}" stroke-width="3" stroke-opacity=".35"/>'
        )
    return "".join(out)


def g_curtain(c):
    return (
        f'<rect x="70" y="60" width="100" height="124" fill="#fff3c4" fill-opacity=".7"/>'
        f'<line x1="40" y1="52" x2="200" y2="52" stroke="{c.k}" stroke-width="6" stroke-linecap="round"/>'
        f'<path d="M48 56H108Q94 120 110 190H48Z" fill="{c.m}"/>'
        f'<path d="M192 56H132Q146 120 130 190H192Z" fill="{c.m}"/>'
        f'<path d="M66 60V186M84 60V186M174 60V186M156 60V186" stroke="{c.d}" stroke-width="3" stroke-opacity=".5"/>'
        f'<rect x="46" y="120" width="58" height="9" rx="4" fill="{c.a}"/><rect x="136" y="120" width="58" height="9" rx="4" fill="{c.a}"/>'
    )


def g_clock(c):
    return (
        f'<circle cx="120" cy="122" r="70" fill="{c.m}"/><circle cx="120" cy="122" r="57" fill="{c.w}"/>'
        + ring(120, 122, 57, 12, 46, 52, c.k, 3)
        + f'<path d="M120 122V84M120 122L148 136" stroke="{c.k}" stroke-width="6" stroke-linecap="round"/>'
        f'<line x1="120" y1="122" x2="96" y2="160" stroke="{c.a}" stroke-width="3" stroke-linecap="round"/>'
        f'<circle cx="120" cy="122" r="6" fill="{c.a}"/>'
    )


def g_thermostat(c):
    return (
        f'<circle cx="120" cy="122" r="68" fill="#f1f3f5" stroke="{c.m}" stroke-width="10"/>'
        f'<circle cx="120" cy="122" r="46" fill="{c.k}"/>'
        f'<path d="M86 150A44 44 0 1 1 160 142" stroke="{c.a}" stroke-width="6" fill="none" stroke-linecap="round"/>'
        f'<rect x="100" y="110" width="40" height="22" rx="5" fill="{c.m}"/>'
        f'<path d="M108 121h8M124 121h8" stroke="{c.w}" stroke-width="4"/>'
    )


def g_doorbell(c):
    return (
        f'<rect x="88" y="44" width="64" height="150" rx="32" fill="{c.k}"/>'
        f'<circle cx="120" cy="84" r="18" fill="#454a55"/><circle cx="120" cy="84" r="8" fill="{c.m}"/>'
        f'<circle cx="120" cy="150" r="20" fill="{c.m}"/>'
        f'<circle cx="120" cy="150" r="26" fill="none" stroke="{c.a}" stroke-width="4"/>'
        f'<circle cx="112" cy="80" r="3" fill="{c.w}" fill-opacity=".7"/>'
    )


def g_table(c):
    return (
        f'<path d="M86 98L70 190M154 98L170 190M120 100V190" stroke="{c.d}" stroke-width="8" stroke-linecap="round"/>'
        f'<ellipse cx="120" cy="96" rx="76" ry="16" fill="{c.d}"/>'
        f'<ellipse cx="120" cy="90" rx="76" ry="16" fill="{c.m}"/>'
        f'<rect x="96" y="66" width="44" height="12" rx="2" fill="{c.a}"/>'
        f'<rect x="100" y="56" width="38" height="11" rx="2" fill="{c.l}"/>'
    )


def g_basket(c):
    return (
        f'<path d="M88 100Q100 66 150 80Q150 96 140 104Z" fill="{c.a}"/>'
        f'<path d="M54 100H186L170 184Q168 190 160 190H80Q72 190 70 184Z" fill="#c9a36b"/>'
        f'<path d="M60 120H180M64 140H176M68 160H172" stroke="#a98450" stroke-width="5"/>'
        f'<path d="M80 104V186M110 104V188M140 104V188M166 104V186" stroke="#a98450" stroke-width="2" stroke-dasharray="6 14"/>'
        f'<rect x="48" y="92" width="144" height="14" rx="6" fill="#b38c56"/>'
    )


def g_appliance(c):
    return (
        f'<rect x="70" y="50" width="100" height="142" rx="20" fill="#f1f3f5" stroke="{c.m}" stroke-width="4"/>'
        f'<rect x="70" y="50" width="100" height="40" rx="18" fill="{c.m}"/>'
        f'<rect x="92" y="62" width="40" height="16" rx="4" fill="{c.k}"/>'
        f'<circle cx="150" cy="70" r="6" fill="{c.a}"/>'
        f'<line x1="86" y1="140" x2="156" y2="140" stroke="{c.d}" stroke-width="64" stroke-dasharray="3 6" stroke-opacity=".45"/>'
    )


def g_radiator(c):
    fins = "".join(
        f'<rect x="{52 + i * 24}" y="66" width="20" height="108" rx="10" fill="{c.m}"/>'
        for i in range(6)
    )
    return (
        fins + f'<rect x="48" y="160" width="144" height="10" rx="4" fill="{c.d}"/>'
        f'<circle cx="62" cy="184" r="8" fill="{c.k}"/><circle cx="178" cy="184" r="8" fill="{c.k}"/>'
        f'<rect x="192" y="80" width="16" height="36" rx="5" fill="{c.d}"/><circle cx="200" cy="92" r="4" fill="{c.a}"/>'
    )


def g_vase(c):
    return (
        f'<path d="M120 76Q116 50 96 40M120 76Q122 46 126 34M120 76Q130 52 152 46" stroke="#3f8a4d" stroke-width="4" fill="none"/>'
        f'<circle cx="96" cy="40" r="9" fill="{c.a}"/><circle cx="126" cy="32" r="9" fill="#f3c623"/><circle cx="152" cy="46" r="9" fill="{c.a}"/>'
        f'<path d="M104 190Q72 170 80 126Q86 106 104 98V76H136V98Q154 106 160 126Q168 170 136 190Z" fill="{c.m}"/>'
        f'<path d="M84 140Q120 150 156 140" stroke="{c.d}" stroke-width="4" fill="none"/>'
    )


def g_rug(c):
    return (
        f'<rect x="36" y="76" width="168" height="108" rx="10" fill="#b88a4e"/>'
        f'<rect x="48" y="88" width="144" height="84" rx="6" fill="none" stroke="{c.a}" stroke-width="6"/>'
        f'<line x1="60" y1="130" x2="180" y2="130" stroke="#9c7038" stroke-width="60" stroke-dasharray="3 5"/>'
        f'<circle cx="120" cy="130" r="16" fill="{c.m}"/>'
    )


def g_jug(c):
    return (
        f'<path d="M78 188V98Q78 80 96 76L110 72V60H138V74Q164 80 164 106V188Z" fill="{c.m}"/>'
        f'<path d="M134 92h14a8 8 0 0 1 8 8v22a8 8 0 0 1-8 8h-14Z" fill="{c.bg}"/>'
        f'<rect x="106" y="50" width="36" height="16" rx="4" fill="{c.a}"/>'
        f'<rect x="88" y="138" width="64" height="40" rx="6" fill="{c.w}" fill-opacity=".9"/>'
        f'<rect x="88" y="148" width="64" height="8" fill="{c.a}"/>'
    )
