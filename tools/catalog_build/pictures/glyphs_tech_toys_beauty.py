"""Drawings for electronics, books, toys, beauty and supplements.

Each ``g_<name>(c)`` returns SVG elements on the 240 x 240 canvas, coloured from ``c``
(:class:`.colour.Colors`).
"""

from __future__ import annotations

import math


def g_headphones(c):
    return (
        f'<path d="M62 140V116a58 58 0 0 1 116 0v24" fill="none" stroke="{c.d}" stroke-width="12" stroke-linecap="round"/>'
        f'<rect x="44" y="118" width="42" height="68" rx="18" fill="{c.m}"/>'
        f'<rect x="154" y="118" width="42" height="68" rx="18" fill="{c.m}"/>'
        f'<rect x="74" y="126" width="16" height="52" rx="8" fill="{c.a}"/>'
        f'<rect x="150" y="126" width="16" height="52" rx="8" fill="{c.a}"/>'
    )


def g_earbuds(c):
    return (
        f'<circle cx="94" cy="66" r="17" fill="{c.m}"/><rect x="88" y="66" width="13" height="36" rx="6" fill="{c.m}"/>'
        f'<circle cx="146" cy="66" r="17" fill="{c.m}"/><rect x="139" y="66" width="13" height="36" rx="6" fill="{c.m}"/>'
        f'<circle cx="94" cy="64" r="7" fill="{c.k}"/><circle cx="146" cy="64" r="7" fill="{c.k}"/>'
        f'<rect x="62" y="110" width="116" height="80" rx="36" fill="#f1f3f5" stroke="{c.d}" stroke-width="3"/>'
        f'<path d="M64 138H176" stroke="{c.d}" stroke-width="3"/>'
        f'<circle cx="120" cy="160" r="5" fill="{c.a}"/>'
    )


def g_phone(c):
    rows = "".join(
        f'<line x1="94" y1="{y}" x2="148" y2="{y}" stroke="{c.w}" stroke-opacity=".8" stroke-width="12" stroke-dasharray="12 9"/>'
        for y in (80, 102, 124)
    )
    return (
        f'<rect x="78" y="42" width="84" height="156" rx="16" fill="{c.k}"/>'
        f'<rect x="85" y="56" width="70" height="130" rx="8" fill="{c.m}"/>'
        + rows
        + f'<rect x="92" y="164" width="56" height="14" rx="6" fill="{c.a}"/>'
        f'<rect x="108" y="48" width="24" height="4" rx="2" fill="#555b66"/>'
    )


def g_tablet(c):
    lines = "".join(
        f'<rect x="70" y="{y}" width="{w}" height="6" rx="3" fill="{c.w}" fill-opacity=".75"/>'
        for y, w in ((92, 80), (106, 100), (120, 90), (134, 70))
    )
    return (
        f'<rect x="42" y="62" width="156" height="118" rx="14" fill="{c.k}"/>'
        f'<rect x="54" y="74" width="132" height="94" rx="5" fill="{c.m}"/>'
        + lines
        + f'<circle cx="160" cy="146" r="12" fill="{c.a}"/><circle cx="48" cy="121" r="2.5" fill="#777"/>'
    )


def g_ereader(c):
    lines = "".join(
        f'<rect x="90" y="{y}" width="{w}" height="4" rx="2" fill="{c.k}" fill-opacity=".45"/>'
        for y, w in ((72, 60), (84, 60), (96, 52), (108, 60), (120, 44), (140, 60), (152, 56))
    )
    return (
        f'<rect x="72" y="46" width="96" height="148" rx="12" fill="{c.m}"/>'
        f'<rect x="82" y="58" width="76" height="112" rx="3" fill="#ece8dc"/>'
        + lines
        + f'<rect x="106" y="178" width="28" height="6" rx="3" fill="{c.a}"/>'
    )


def g_laptop(c):
    return (
        f'<rect x="60" y="58" width="120" height="86" rx="8" fill="{c.k}"/>'
        f'<rect x="68" y="66" width="104" height="70" rx="3" fill="{c.m}"/>'
        f'<rect x="78" y="76" width="48" height="30" rx="3" fill="{c.w}" fill-opacity=".7"/>'
        f'<rect x="132" y="76" width="30" height="50" rx="3" fill="{c.a}"/>'
        f'<path d="M42 146H198L186 166H54Z" fill="#c9ced6"/>'
        f'<rect x="104" y="146" width="32" height="5" rx="2" fill="#9aa0a6"/>'
    )


def g_monitor(c):
    return (
        f'<rect x="112" y="150" width="16" height="30" fill="{c.s}"/>'
        f'<rect x="82" y="176" width="76" height="9" rx="4" fill="{c.s}"/>'
        f'<rect x="36" y="52" width="168" height="104" rx="8" fill="{c.k}"/>'
        f'<rect x="44" y="60" width="152" height="86" rx="3" fill="{c.m}"/>'
        f'<polygon points="44,146 96,98 130,130 152,112 196,146" fill="{c.w}" fill-opacity=".45"/>'
        f'<circle cx="168" cy="84" r="11" fill="{c.a}"/>'
    )


def g_speaker(c):
    return (
        f'<rect x="62" y="54" width="116" height="138" rx="26" fill="{c.m}"/>'
        f'<circle cx="120" cy="140" r="36" fill="{c.d}"/><circle cx="120" cy="140" r="15" fill="{c.k}"/>'
        f'<circle cx="120" cy="86" r="13" fill="{c.d}"/>'
        f'<rect x="62" y="62" width="10" height="122" fill="{c.a}"/>'
        f'<circle cx="152" cy="68" r="4" fill="{c.w}"/>'
    )


def g_watch(c):
    return (
        f'<rect x="96" y="36" width="48" height="168" rx="14" fill="{c.m}"/>'
        f'<path d="M102 176h36M102 186h36" stroke="{c.d}" stroke-width="3"/>'
        f'<rect x="162" y="104" width="8" height="20" rx="3" fill="{c.s}"/>'
        f'<rect x="78" y="78" width="86" height="88" rx="24" fill="{c.k}"/>'
        f'<circle cx="121" cy="122" r="26" fill="none" stroke="#454a55" stroke-width="7"/>'
        f'<path d="M121 96A26 26 0 1 1 96 130" stroke="{c.a}" stroke-width="7" fill="none" stroke-linecap="round"/>'
    )


def g_keyboard(c):
    rows = "".join(
        f'<line x1="40" y1="{y}" x2="200" y2="{y}" stroke="{c.w}" stroke-opacity=".85" stroke-width="11" stroke-dasharray="11 4"/>'
        for y in (100, 116, 132)
    )
    return (
        f'<rect x="28" y="84" width="184" height="80" rx="10" fill="{c.m}"/>'
        + rows
        + f'<rect x="78" y="142" width="84" height="11" rx="3" fill="{c.w}" fill-opacity=".85"/>'
        f'<rect x="40" y="94" width="11" height="11" rx="2" fill="{c.a}"/>'
        f'<path d="M120 84Q120 60 150 56" stroke="{c.k}" stroke-width="4" fill="none"/>'
    )


def g_camera(c):
    return (
        f'<rect x="82" y="62" width="56" height="26" rx="6" fill="{c.k}"/>'
        f'<rect x="42" y="80" width="156" height="104" rx="16" fill="{c.k}"/>'
        f'<rect x="42" y="100" width="28" height="70" rx="6" fill="{c.m}"/>'
        f'<circle cx="124" cy="132" r="40" fill="{c.m}"/><circle cx="124" cy="132" r="28" fill="{c.d}"/>'
        f'<circle cx="124" cy="132" r="14" fill="#15171b"/><circle cx="118" cy="126" r="5" fill="{c.w}" fill-opacity=".7"/>'
        f'<rect x="164" y="90" width="22" height="12" rx="3" fill="{c.a}"/>'
    )


def g_webcam(c):
    return (
        f'<path d="M104 124L94 178H146L136 124Z" fill="{c.d}"/>'
        f'<rect x="84" y="176" width="72" height="10" rx="4" fill="{c.d}"/>'
        f'<rect x="56" y="70" width="128" height="60" rx="30" fill="{c.k}"/>'
        f'<circle cx="120" cy="100" r="20" fill="{c.m}"/><circle cx="120" cy="100" r="9" fill="#15171b"/>'
        f'<circle cx="160" cy="100" r="5" fill="{c.a}"/><circle cx="80" cy="100" r="5" fill="#555b66"/>'
    )


def g_gamepad(c):
    return (
        f'<path d="M70 84H170Q204 84 210 130Q216 176 190 178Q176 180 160 152H80Q64 180 50 178Q24 176 30 130Q36 84 70 84Z" fill="{c.m}"/>'
        f'<path d="M66 116h12v-12h12v12h12v12h-12v12h-12v-12h-12Z" fill="{c.k}"/>'
        f'<circle cx="160" cy="106" r="7" fill="{c.a}"/><circle cx="176" cy="122" r="7" fill="#f3c623"/>'
        f'<circle cx="160" cy="138" r="7" fill="#3bb273"/><circle cx="144" cy="122" r="7" fill="#2e86ab"/>'
        f'<circle cx="104" cy="146" r="10" fill="{c.d}"/><circle cx="136" cy="146" r="10" fill="{c.d}"/>'
    )


def g_plug(c):
    return (
        f'<rect x="96" y="52" width="10" height="34" rx="3" fill="{c.s}"/><rect x="134" y="52" width="10" height="34" rx="3" fill="{c.s}"/>'
        f'<path d="M120 168Q120 200 160 196Q196 192 200 160" stroke="{c.m}" stroke-width="8" fill="none" stroke-linecap="round"/>'
        f'<rect x="74" y="82" width="92" height="90" rx="20" fill="#f1f3f5" stroke="{c.m}" stroke-width="4"/>'
        f'<rect x="106" y="148" width="28" height="9" rx="3" fill="{c.k}"/>'
        f'<circle cx="120" cy="116" r="8" fill="{c.a}"/>'
    )


def g_powerbank(c):
    return (
        f'<path d="M120 56Q120 28 156 30Q196 32 196 80" stroke="{c.k}" stroke-width="6" fill="none" stroke-linecap="round"/>'
        f'<rect x="68" y="52" width="104" height="142" rx="18" fill="{c.m}"/>'
        f'<rect x="106" y="52" width="28" height="8" rx="3" fill="{c.k}"/>'
        + "".join(
            f'<circle cx="{96 + i * 16}" cy="172" r="5" fill="{c.a if i < 3 else c.w}"/>'
            for i in range(4)
        )
        + f'<path d="M126 96L106 128H124L114 154L140 118H122Z" fill="{c.w}"/>'
    )


def g_book(c):
    emblem = [
        f'<circle cx="127" cy="140" r="20" fill="{c.a}"/>',
        f'<polygon points="127,116 151,140 127,164 103,140" fill="{c.a}"/>',
        f'<polygon points="104,160 124,124 138,146 146,134 160,160" fill="{c.a}"/>',
        f'<path d="M127 162Q99 142 113 124Q123 118 127 130Q131 118 141 124Q155 142 127 162Z" fill="{c.a}"/>',
        f'<rect x="107" y="122" width="40" height="36" rx="4" fill="{c.a}"/>',
    ][c.v % 5]
    return (
        f'<rect x="80" y="56" width="102" height="138" rx="5" fill="{c.p}" stroke="#d8cfbd" stroke-width="2"/>'
        f'<rect x="68" y="46" width="106" height="140" rx="6" fill="{c.m}"/>'
        f'<rect x="68" y="46" width="16" height="140" rx="4" fill="{c.d}"/>'
        f'<rect x="98" y="70" width="62" height="10" rx="3" fill="{c.w}" fill-opacity=".9"/>'
        f'<rect x="98" y="88" width="44" height="6" rx="3" fill="{c.w}" fill-opacity=".6"/>'
        + emblem
    )


def g_blocks(c):
    return (
        f'<rect x="54" y="128" width="58" height="58" rx="8" fill="{c.m}"/>'
        f'<rect x="120" y="128" width="58" height="58" rx="8" fill="{c.a}"/>'
        f'<rect x="86" y="64" width="60" height="60" rx="8" fill="#f3c623" transform="rotate(-8 116 94)"/>'
        f'<circle cx="83" cy="157" r="15" fill="{c.w}" fill-opacity=".85"/>'
        f'<polygon points="149,140 166,172 132,172" fill="{c.w}" fill-opacity=".85"/>'
        f'<rect x="102" y="80" width="28" height="28" rx="3" fill="{c.w}" fill-opacity=".85" transform="rotate(-8 116 94)"/>'
    )


def g_teddy(c):
    return (
        f'<circle cx="84" cy="62" r="19" fill="{c.d}"/><circle cx="156" cy="62" r="19" fill="{c.d}"/>'
        f'<circle cx="84" cy="62" r="9" fill="{c.l}"/><circle cx="156" cy="62" r="9" fill="{c.l}"/>'
        f'<ellipse cx="76" cy="150" rx="15" ry="24" fill="{c.d}"/><ellipse cx="164" cy="150" rx="15" ry="24" fill="{c.d}"/>'
        f'<circle cx="94" cy="188" r="15" fill="{c.d}"/><circle cx="146" cy="188" r="15" fill="{c.d}"/>'
        f'<ellipse cx="120" cy="156" rx="44" ry="38" fill="{c.m}"/><ellipse cx="120" cy="162" rx="24" ry="22" fill="{c.l}"/>'
        f'<circle cx="120" cy="92" r="40" fill="{c.m}"/>'
        f'<ellipse cx="120" cy="106" rx="17" ry="13" fill="{c.l}"/><ellipse cx="120" cy="101" rx="7" ry="5" fill="{c.k}"/>'
        f'<circle cx="105" cy="86" r="4.5" fill="{c.k}"/><circle cx="135" cy="86" r="4.5" fill="{c.k}"/>'
        f'<polygon points="120,130 100,120 100,140" fill="{c.a}"/><polygon points="120,130 140,120 140,140" fill="{c.a}"/>'
    )


def g_puzzle(c):
    return (
        f'<g transform="rotate(10 150 90)"><path d="M128 56H150A10 10 0 1 1 170 56H192V78A10 10 0 1 0 192 98V120H128Z" fill="{c.a}"/></g>'
        f'<path d="M58 84H96A15 15 0 1 1 124 84H160V118A15 15 0 1 1 160 146V182H124A15 15 0 1 0 96 182H58V146A15 15 0 1 0 58 118Z" fill="{c.m}" stroke="{c.d}" stroke-width="3"/>'
    )


def g_ball(c):
    return (
        f'<circle cx="120" cy="122" r="64" fill="{c.m}"/>'
        f'<path d="M120 58Q150 122 120 186A64 64 0 0 0 120 58Z" fill="{c.a}"/>'
        f'<path d="M120 58Q90 122 120 186" stroke="{c.w}" stroke-width="5" fill="none"/>'
        f'<path d="M120 58Q150 122 120 186" stroke="{c.w}" stroke-width="5" fill="none"/>'
        f'<path d="M58 108Q120 128 182 108" stroke="{c.w}" stroke-width="5" fill="none"/>'
        f'<circle cx="96" cy="92" r="9" fill="{c.w}" fill-opacity=".5"/>'
    )


def g_car(c):
    return (
        f'<path d="M36 152V130Q36 118 50 116L80 112L100 84Q104 78 114 78H156Q166 78 170 88L184 114Q204 118 204 134V152Z" fill="{c.m}"/>'
        f'<path d="M106 88H136V112H90Z" fill="#cfe8f5"/><path d="M142 88H162L174 112H142Z" fill="#cfe8f5"/>'
        f'<rect x="40" y="132" width="160" height="7" fill="{c.a}"/>'
        f'<circle cx="196" cy="126" r="5" fill="#ffe680"/>'
        f'<circle cx="80" cy="156" r="22" fill="{c.k}"/><circle cx="80" cy="156" r="9" fill="{c.s}"/>'
        f'<circle cx="164" cy="156" r="22" fill="{c.k}"/><circle cx="164" cy="156" r="9" fill="{c.s}"/>'
    )


def _die(x, y, rot, c):
    dots = "".join(
        f'<circle cx="{x + dx}" cy="{y + dy}" r="4.5" fill="{c.k}"/>'
        for dx, dy in ((12, 12), (24, 24), (36, 36))
    )
    return f'<g transform="rotate({rot} {x + 24} {y + 24})"><rect x="{x}" y="{y}" width="48" height="48" rx="9" fill="{c.w}" stroke="{c.d}" stroke-width="2"/>{dots}</g>'


def g_dice(c):
    return (
        f'<rect x="44" y="112" width="152" height="74" rx="8" fill="{c.m}"/>'
        f'<rect x="44" y="112" width="152" height="18" rx="6" fill="{c.d}"/>'
        f'<rect x="62" y="144" width="116" height="28" rx="4" fill="{c.a}"/>'
        + _die(70, 56, -12, c)
        + _die(124, 62, 14, c)
    )


def g_cards(c):
    suits = [
        f'<circle cx="120" cy="110" r="14" fill="{c.a}"/>',
        f'<polygon points="120,94 134,112 120,130 106,112" fill="{c.a}"/>',
    ]
    out = []
    for rot, fill in ((-18, c.d), (0, c.m), (18, c.w)):
        inner = suits[c.v % 2] if rot == 18 else ""
        out.append(
            f'<g transform="rotate({rot} 120 196)"><rect x="86" y="60" width="68" height="100" rx="8" fill="{fill}" stroke="{c.d}" stroke-width="2"/>{inner}</g>'
        )
    return "".join(out)


def g_pawn(c):
    return (
        f'<rect x="40" y="178" width="160" height="22" rx="3" fill="{c.p}" stroke="{c.d}" stroke-width="2"/>'
        f'<line x1="40" y1="183.5" x2="200" y2="183.5" stroke="{c.d}" stroke-width="11" stroke-dasharray="16 16"/>'
        f'<line x1="56" y1="194.5" x2="200" y2="194.5" stroke="{c.d}" stroke-width="11" stroke-dasharray="16 16"/>'
        f'<path d="M70 178Q74 142 84 128Q74 122 74 110A16 16 0 1 1 106 110Q106 122 96 128Q106 142 110 178Z" fill="{c.p}" stroke="{c.d}" stroke-width="2"/>'
        f'<path d="M120 178Q126 126 138 106Q124 98 124 82A22 22 0 1 1 168 82Q168 98 154 106Q166 126 172 178Z" fill="{c.m}"/>'
        f'<rect x="132" y="100" width="28" height="8" rx="3" fill="{c.a}"/>'
    )


def g_cube(c):
    # isometric 3x3 cube; top, left and right faces with grid lines
    out = [
        '<polygon points="120,48 184,84 120,120 56,84" fill="#ffd23f"/>',
        '<polygon points="56,84 120,120 120,194 56,158" fill="#e4572e"/>',
        '<polygon points="184,84 120,120 120,194 184,158" fill="#2e86ab"/>',
    ]
    lines = []
    for t in (1 / 3, 2 / 3):
        # top face
        lines.append(f"M{56 + 64 * t:.0f} {84 - 36 * t:.0f}L{120 + 64 * t:.0f} {120 - 36 * t:.0f}")
        lines.append(f"M{56 + 64 * t:.0f} {84 + 36 * t:.0f}L{120 + 64 * t:.0f} {48 + 36 * t:.0f}")
        # left face
        lines.append(f"M{56 + 64 * t:.0f} {84 + 36 * t:.0f}L{56 + 64 * t:.0f} {158 + 36 * t:.0f}")
        lines.append(f"M56 {84 + 74 * t:.0f}L120 {120 + 74 * t:.0f}")
        # right face
        lines.append(
            f"M{120 + 64 * t:.0f} {120 - 36 * t:.0f}L{120 + 64 * t:.0f} {194 - 36 * t:.0f}"
        )
        lines.append(f"M120 {120 + 74 * t:.0f}L184 {84 + 74 * t:.0f}")
    out.append(f'<path d="{"".join(lines)}" stroke="{c.k}" stroke-width="4"/>')
    out.append(
        f'<path d="M120 48L184 84V158L120 194L56 158V84ZM56 84L120 120L184 84M120 120V194" stroke="{c.k}" stroke-width="5" fill="none" stroke-linejoin="round"/>'
    )
    return "".join(out)


def g_crayons(c):
    cols = [c.m, c.a, "#f3c623", "#2e86ab"]
    out = []
    for _i, (rot, col) in enumerate(zip((-24, -8, 8, 24), cols)):
        out.append(
            f'<g transform="rotate({rot} 120 200)"><rect x="108" y="72" width="24" height="112" rx="3" fill="{col}"/>'
            f'<polygon points="108,72 120,44 132,72" fill="{col}"/>'
            f'<rect x="108" y="96" width="24" height="40" fill="{c.w}" fill-opacity=".55"/></g>'
        )
    return "".join(out)


def g_dino(c):
    return (
        f'<polygon points="70,128 18,176 80,156" fill="{c.m}"/>'
        f'<rect x="78" y="150" width="18" height="36" rx="6" fill="{c.d}"/><rect x="132" y="150" width="18" height="36" rx="6" fill="{c.d}"/>'
        f'<ellipse cx="112" cy="142" rx="52" ry="32" fill="{c.m}"/>'
        f'<path d="M148 130Q160 100 176 70" stroke="{c.m}" stroke-width="20" fill="none" stroke-linecap="round"/>'
        f'<ellipse cx="186" cy="64" rx="20" ry="12" fill="{c.m}"/><circle cx="190" cy="60" r="3.5" fill="{c.k}"/>'
        f'<circle cx="96" cy="132" r="7" fill="{c.a}"/><circle cx="118" cy="124" r="5" fill="{c.a}"/><circle cx="122" cy="148" r="8" fill="{c.a}"/>'
    )


def g_duck(c):
    return (
        f'<path d="M60 150Q44 120 60 110Q70 130 84 128Z" fill="{c.m}"/>'
        f'<ellipse cx="116" cy="152" rx="62" ry="36" fill="{c.m}"/>'
        f'<circle cx="148" cy="96" r="32" fill="{c.m}"/>'
        f'<path d="M176 98Q204 96 208 106Q196 116 174 112Z" fill="#f26419"/>'
        f'<circle cx="156" cy="88" r="5" fill="{c.k}"/>'
        f'<path d="M90 140Q116 168 144 142" stroke="{c.d}" stroke-width="5" fill="none" stroke-linecap="round"/>'
        f'<rect x="100" y="184" width="40" height="6" rx="3" fill="{c.a}"/>'
    )


def g_house(c):
    return (
        f'<rect x="62" y="98" width="116" height="90" fill="{c.l}"/>'
        f'<polygon points="120,42 194,102 46,102" fill="{c.m}"/>'
        f'<rect x="106" y="140" width="28" height="48" rx="3" fill="{c.a}"/>'
        f'<rect x="74" y="112" width="24" height="22" rx="3" fill="#cfe8f5"/><rect x="142" y="112" width="24" height="22" rx="3" fill="#cfe8f5"/>'
        f'<circle cx="120" cy="80" r="9" fill="#cfe8f5"/>'
        f'<rect x="150" y="54" width="14" height="26" fill="{c.d}"/>'
    )


def g_pump(c):
    return (
        f'<rect x="104" y="50" width="34" height="12" rx="3" fill="{c.d}"/>'
        f'<rect x="134" y="50" width="28" height="7" rx="3" fill="{c.d}"/>'
        f'<rect x="114" y="60" width="12" height="20" fill="{c.d}"/>'
        f'<rect x="100" y="76" width="40" height="16" rx="4" fill="{c.d}"/>'
        f'<rect x="80" y="88" width="80" height="104" rx="18" fill="{c.m}"/>'
        f'<rect x="92" y="116" width="56" height="50" rx="6" fill="{c.w}" fill-opacity=".92"/>'
        f'<rect x="92" y="128" width="56" height="8" fill="{c.a}"/>'
        f'<path d="M120 144q8 8 0 14q-8-6 0-14Z" fill="{c.m}"/>'
    )


def g_tube(c):
    return (
        f'<rect x="78" y="46" width="84" height="12" rx="2" fill="{c.d}"/>'
        f'<path d="M80 56H160L146 168H94Z" fill="{c.m}"/>'
        f'<rect x="96" y="166" width="48" height="26" rx="5" fill="{c.d}"/>'
        f'<rect x="98" y="90" width="44" height="46" rx="6" fill="{c.w}" fill-opacity=".92"/>'
        f'<circle cx="120" cy="113" r="12" fill="{c.a}"/>'
        f'<path d="M86 62V80" stroke="{c.w}" stroke-width="4" stroke-opacity=".4"/>'
    )


def g_jar(c):
    return (
        f'<rect x="72" y="62" width="96" height="26" rx="6" fill="{c.d}"/>'
        f'<line x1="76" y1="75" x2="164" y2="75" stroke="{c.m}" stroke-width="20" stroke-dasharray="2 6" stroke-opacity=".5"/>'
        f'<rect x="66" y="86" width="108" height="104" rx="22" fill="{c.m}"/>'
        f'<rect x="78" y="112" width="84" height="52" rx="6" fill="{c.w}" fill-opacity=".92"/>'
        f'<rect x="78" y="122" width="84" height="9" fill="{c.a}"/>'
        f'<rect x="102" y="140" width="36" height="5" rx="2" fill="{c.k}" fill-opacity=".4"/>'
    )


def g_cotton(c):
    balls = [
        (92, 168),
        (120, 168),
        (148, 168),
        (106, 144),
        (134, 144),
        (92, 120),
        (120, 120),
        (148, 120),
        (106, 96),
        (134, 96),
    ]
    dots = "".join(
        f'<circle cx="{x}" cy="{y}" r="15" fill="{c.w}" stroke="#d5dae0" stroke-width="2"/>'
        for x, y in balls
    )
    return (
        f'<rect x="66" y="68" width="108" height="122" rx="14" fill="{c.m}" fill-opacity=".35" stroke="{c.m}" stroke-width="3"/>'
        + dots
        + f'<rect x="62" y="58" width="116" height="16" rx="5" fill="{c.a}"/>'
    )


def g_soap(c):
    return (
        f'<circle cx="70" cy="84" r="12" fill="{c.w}" fill-opacity=".85" stroke="{c.l}" stroke-width="2"/>'
        f'<circle cx="94" cy="66" r="8" fill="{c.w}" fill-opacity=".85" stroke="{c.l}" stroke-width="2"/>'
        f'<circle cx="170" cy="78" r="15" fill="{c.w}" fill-opacity=".85" stroke="{c.l}" stroke-width="2"/>'
        f'<rect x="46" y="112" width="148" height="72" rx="30" fill="{c.m}"/>'
        f'<rect x="56" y="104" width="128" height="58" rx="26" fill="{c.l}"/>'
        f'<rect x="86" y="118" width="68" height="30" rx="15" fill="none" stroke="{c.m}" stroke-width="3"/>'
        f'<rect x="108" y="130" width="24" height="6" rx="3" fill="{c.a}"/>'
    )


def g_brush(c):
    dots = []
    for _row, y in enumerate(range(58, 124, 12)):
        half = 34 * math.sqrt(max(0.0, 1 - ((y - 90) / 42) ** 2))
        if half > 6:
            dots.append(
                f'<line x1="{120 - half:.0f}" y1="{y}" x2="{120 + half:.0f}" y2="{y}" stroke="{c.w}" stroke-width="4" stroke-dasharray="4 8" stroke-linecap="round"/>'
            )
    return (
        f'<rect x="109" y="136" width="22" height="64" rx="11" fill="{c.m}"/>'
        f'<rect x="109" y="172" width="22" height="8" fill="{c.a}"/>'
        f'<ellipse cx="120" cy="90" rx="48" ry="56" fill="{c.m}"/>'
        f'<ellipse cx="120" cy="90" rx="38" ry="46" fill="{c.k}" fill-opacity=".85"/>'
        + "".join(dots)
    )


def g_toothbrush(c):
    return (
        f'<g transform="rotate(18 120 120)">'
        f'<rect x="108" y="74" width="26" height="124" rx="13" fill="{c.m}"/>'
        f'<rect x="114" y="40" width="14" height="44" rx="7" fill="{c.m}"/>'
        f'<rect x="110" y="28" width="22" height="38" rx="7" fill="{c.m}"/>'
        f'<line x1="104" y1="32" x2="104" y2="62" stroke="{c.a}" stroke-width="12" stroke-dasharray="3 2"/>'
        f'<circle cx="121" cy="118" r="7" fill="{c.w}"/><rect x="108" y="160" width="26" height="8" fill="{c.a}"/></g>'
    )


def g_hairdryer(c):
    return (
        f'<path d="M96 124L86 190H116L124 124Z" fill="{c.d}"/>'
        f'<path d="M100 190Q96 210 120 212" stroke="{c.k}" stroke-width="4" fill="none"/>'
        f'<rect x="154" y="78" width="44" height="40" rx="4" fill="{c.d}"/>'
        f'<rect x="40" y="68" width="124" height="60" rx="30" fill="{c.m}"/>'
        f'<circle cx="70" cy="98" r="20" fill="{c.d}"/>'
        f'<circle cx="70" cy="98" r="11" fill="none" stroke="{c.m}" stroke-width="3" stroke-dasharray="3 3"/>'
        f'<rect x="98" y="140" width="14" height="22" rx="4" fill="{c.a}" transform="rotate(8 105 151)"/>'
    )


def g_palette(c):
    shades = [
        "#f2d0b3",
        "#d99a6c",
        "#a0522d",
        "#6b3a2a",
        "#e8b4b8",
        "#c27c8a",
        "#8a5a9a",
        "#f0e3c2",
    ]
    shades = shades[c.v % 8 :] + shades[: c.v % 8]
    pans = "".join(
        f'<circle cx="{66 + (i % 4) * 36}" cy="{104 + (i // 4) * 40}" r="15" fill="{shades[i]}"/>'
        for i in range(8)
    )
    return (
        f'<rect x="38" y="72" width="164" height="108" rx="14" fill="{c.k}"/>'
        f'<rect x="46" y="80" width="148" height="92" rx="8" fill="#3a3e48"/>'
        + pans
        + f'<rect x="38" y="180" width="164" height="8" rx="4" fill="{c.a}"/>'
    )


def g_stick(c):
    return (
        f'<rect x="96" y="50" width="48" height="58" rx="10" fill="{c.d}"/>'
        f'<rect x="96" y="104" width="48" height="88" rx="10" fill="{c.m}"/>'
        f'<rect x="96" y="104" width="48" height="10" fill="{c.a}"/>'
        f'<rect x="106" y="130" width="28" height="40" rx="4" fill="{c.w}" fill-opacity=".85"/>'
        f'<rect x="102" y="58" width="6" height="40" rx="3" fill="{c.w}" fill-opacity=".3"/>'
    )


def g_dropper(c):
    return (
        f'<path d="M108 44Q108 30 120 30Q132 30 132 44V66H108Z" fill="{c.k}"/>'
        f'<rect x="102" y="62" width="36" height="18" rx="4" fill="#c9a45c"/>'
        f'<rect x="82" y="78" width="76" height="112" rx="16" fill="{c.m}"/>'
        f'<rect x="94" y="106" width="52" height="56" rx="4" fill="{c.p}"/>'
        f'<rect x="94" y="116" width="52" height="8" fill="{c.a}"/>'
        f'<path d="M120 134q8 9 0 16q-8-7 0-16Z" fill="{c.m}"/>'
    )


def g_razor(c):
    return (
        f'<rect x="110" y="74" width="20" height="120" rx="10" fill="{c.m}"/>'
        f'<line x1="120" y1="100" x2="120" y2="170" stroke="{c.d}" stroke-width="20" stroke-dasharray="2 4"/>'
        f'<rect x="66" y="50" width="108" height="28" rx="8" fill="{c.s}"/>'
        f'<line x1="72" y1="64" x2="168" y2="64" stroke="{c.w}" stroke-width="3"/>'
        f'<rect x="110" y="184" width="20" height="12" rx="5" fill="{c.a}"/>'
    )


def g_spray(c):
    return (
        f'<circle cx="160" cy="62" r="4" fill="{c.m}" fill-opacity=".5"/><circle cx="174" cy="54" r="5" fill="{c.m}" fill-opacity=".4"/>'
        f'<circle cx="172" cy="72" r="3" fill="{c.m}" fill-opacity=".5"/><circle cx="188" cy="64" r="4" fill="{c.m}" fill-opacity=".3"/>'
        f'<rect x="100" y="56" width="40" height="38" rx="8" fill="{c.d}"/>'
        f'<rect x="138" y="62" width="10" height="8" rx="2" fill="{c.k}"/>'
        f'<rect x="84" y="92" width="72" height="100" rx="16" fill="{c.m}"/>'
        f'<rect x="94" y="118" width="52" height="48" rx="6" fill="{c.w}" fill-opacity=".9"/>'
        f'<rect x="94" y="130" width="52" height="9" fill="{c.a}"/>'
    )


def g_flipbottle(c):
    return (
        f'<path d="M82 50Q82 40 92 40H148Q158 40 158 50V160Q158 172 146 172H94Q82 172 82 160Z" fill="{c.m}"/>'
        f'<rect x="92" y="168" width="56" height="22" rx="6" fill="{c.d}"/>'
        f'<rect x="94" y="68" width="52" height="64" rx="6" fill="{c.w}" fill-opacity=".9"/>'
        f'<rect x="94" y="80" width="52" height="8" fill="{c.a}"/>'
        f'<path d="M120 98q10 11 0 20q-10-9 0-20Z" fill="{c.m}"/>'
        f'<rect x="88" y="50" width="6" height="100" rx="3" fill="{c.w}" fill-opacity=".3"/>'
    )


def g_pillbottle(c):
    return (
        f'<rect x="80" y="52" width="80" height="32" rx="6" fill="#f1f3f5"/>'
        f'<line x1="84" y1="68" x2="156" y2="68" stroke="#d3d8de" stroke-width="26" stroke-dasharray="3 5"/>'
        f'<rect x="84" y="82" width="72" height="108" rx="12" fill="{c.m}"/>'
        f'<rect x="84" y="106" width="72" height="58" fill="{c.w}"/>'
        f'<rect x="84" y="114" width="72" height="10" fill="{c.a}"/>'
        f'<rect x="96" y="134" width="48" height="5" rx="2" fill="{c.k}" fill-opacity=".35"/>'
        f'<rect x="96" y="146" width="34" height="5" rx="2" fill="{c.k}" fill-opacity=".35"/>'
        f'<g transform="rotate(-30 186 168)"><rect x="164" y="158" width="44" height="20" rx="10" fill="{c.a}"/>'
        f'<path d="M186 158h12a10 10 0 0 1 0 20h-12Z" fill="{c.w}"/></g>'
    )


def g_tub(c):
    return (
        f'<rect x="64" y="56" width="112" height="28" rx="8" fill="{c.d}"/>'
        f'<rect x="68" y="80" width="104" height="112" rx="14" fill="{c.m}"/>'
        f'<rect x="68" y="106" width="104" height="56" fill="{c.w}" fill-opacity=".92"/>'
        f'<rect x="68" y="114" width="104" height="10" fill="{c.a}"/>'
        f'<path d="M126 130L110 150H122L116 162L134 142H122Z" fill="{c.m}"/>'
    )


def g_pillbox(c):
    cols = ["#e4572e", "#f3a712", "#f3c623", "#3bb273", "#2e86ab", "#7768ae", "#e15a97"]
    lids = "".join(
        f'<rect x="{33 + i * 25}" y="100" width="22" height="28" rx="4" fill="{cols[i]}"/>'
        for i in range(7)
    )
    return (
        f'<rect x="28" y="110" width="184" height="54" rx="10" fill="{c.w}" stroke="{c.d}" stroke-width="3"/>'
        + lids
        + f'<rect x="28" y="150" width="184" height="14" rx="6" fill="{c.m}"/>'
        f'<ellipse cx="90" cy="84" rx="10" ry="6" fill="{c.w}" stroke="{c.d}" stroke-width="2"/>'
        f'<g transform="rotate(-20 150 80)"><rect x="134" y="72" width="32" height="16" rx="8" fill="{c.a}"/></g>'
    )


def g_packet(c):
    pic = [
        "".join(
            f'<circle cx="{120 + 14 * math.cos(a):.0f}" cy="{118 + 14 * math.sin(a):.0f}" r="9" fill="{c.a}"/>'
            for a in [i * 2 * math.pi / 5 for i in range(5)]
        )
        + '<circle cx="120" cy="118" r="7" fill="#f3c623"/>',
        f'<path d="M120 96q22 26 0 44q-22-18 0-44Z" fill="{c.a}"/>',
        f'<path d="M100 134Q100 100 138 98Q140 134 100 134Z" fill="#3bb273"/><path d="M102 132L128 108" stroke="{c.w}" stroke-width="2"/>',
    ][c.v % 3]
    return (
        f'<rect x="70" y="50" width="100" height="140" rx="6" fill="{c.m}"/>'
        f'<line x1="70" y1="56" x2="170" y2="56" stroke="{c.d}" stroke-width="12" stroke-dasharray="4 3"/>'
        f'<circle cx="120" cy="118" r="32" fill="{c.w}"/>'
        + pic
        + f'<rect x="86" y="162" width="68" height="8" rx="3" fill="{c.w}" fill-opacity=".7"/>'
    )
