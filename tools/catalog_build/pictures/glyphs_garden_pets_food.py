"""Drawings for garden, pets, pantry, drinks, baby, health and fitness products.

Each ``g_<name>(c)`` returns SVG elements on the 240 x 240 canvas, coloured from ``c``
(:class:`.colour.Colors`).
"""

from __future__ import annotations

import math


def g_plant(c):
    extra = ""
    if c.v % 3 == 0:
        extra = f'<circle cx="76" cy="72" r="8" fill="{c.a}"/><circle cx="170" cy="66" r="8" fill="{c.a}"/><circle cx="120" cy="44" r="8" fill="{c.a}"/>'
    return (
        '<path d="M120 122Q78 112 70 70Q112 76 120 122Z" fill="#3f9b5a"/>'
        '<path d="M120 122Q162 110 172 64Q130 74 120 122Z" fill="#2f7d4f"/>'
        '<path d="M120 122Q112 80 120 42Q130 80 120 122Z" fill="#57b36f"/>'
        + extra
        + f'<path d="M72 122H168L154 192H86Z" fill="{c.m}"/>'
        f'<rect x="66" y="116" width="108" height="20" rx="4" fill="{c.d}"/>'
    )


def g_wateringcan(c):
    return (
        f'<path d="M150 152L198 88" stroke="{c.m}" stroke-width="11" stroke-linecap="round"/>'
        f'<ellipse cx="202" cy="82" rx="11" ry="16" fill="{c.d}" transform="rotate(38 202 82)"/>'
        f'<circle cx="212" cy="104" r="3" fill="#5aa9e6"/><circle cx="220" cy="116" r="3" fill="#5aa9e6"/><circle cx="206" cy="122" r="3" fill="#5aa9e6"/>'
        f'<path d="M82 102Q82 58 116 58Q150 58 150 102" stroke="{c.d}" stroke-width="10" fill="none"/>'
        f'<path d="M66 100H154V178Q154 190 142 190H78Q66 190 66 178Z" fill="{c.m}"/>'
        f'<rect x="66" y="128" width="88" height="10" fill="{c.a}"/>'
    )


def g_gloves(c):
    fingers = "".join(
        f'<rect x="{x}" y="{y}" width="17" height="62" rx="8.5" fill="{c.m}"/><rect x="{x}" y="{y}" width="17" height="22" rx="8.5" fill="{c.a}"/>'
        for x, y in ((86, 58), (105, 50), (124, 54), (143, 66))
    )
    return (
        fingers
        + f'<g transform="rotate(-40 84 134)"><rect x="70" y="104" width="18" height="52" rx="9" fill="{c.m}"/><rect x="70" y="104" width="18" height="20" rx="9" fill="{c.a}"/></g>'
        f'<rect x="84" y="100" width="78" height="72" rx="16" fill="{c.m}"/>'
        f'<rect x="82" y="164" width="82" height="30" rx="6" fill="{c.d}"/>'
        f'<path d="M88 176H158" stroke="{c.m}" stroke-width="3" stroke-dasharray="6 4"/>'
    )


def g_trowel(c):
    return (
        f'<g transform="rotate(32 120 120)">'
        f'<rect x="109" y="140" width="22" height="64" rx="11" fill="{c.m}"/>'
        f'<rect x="109" y="184" width="22" height="7" fill="{c.a}"/>'
        f'<rect x="114" y="118" width="12" height="26" fill="{c.s}"/>'
        f'<path d="M120 28Q156 60 150 104Q142 128 120 128Q98 128 90 104Q84 60 120 28Z" fill="#d3d8df" stroke="#9aa0a6" stroke-width="2"/>'
        f'<path d="M120 40V122" stroke="#9aa0a6" stroke-width="3"/></g>'
    )


def g_scissors(c):
    return (
        f'<path d="M120 124L94 40Q112 46 128 112Z" fill="#d3d8df" stroke="#9aa0a6" stroke-width="2"/>'
        f'<path d="M118 122L152 42Q160 58 130 118Z" fill="#e3e7ec" stroke="#9aa0a6" stroke-width="2"/>'
        f'<path d="M120 124Q94 150 82 196" stroke="{c.m}" stroke-width="18" fill="none" stroke-linecap="round"/>'
        f'<path d="M120 124Q148 150 162 196" stroke="{c.a}" stroke-width="18" fill="none" stroke-linecap="round"/>'
        f'<circle cx="120" cy="124" r="7" fill="{c.k}"/>'
    )


def g_hose(c):
    return (
        f'<circle cx="106" cy="124" r="58" fill="none" stroke="{c.m}" stroke-width="11"/>'
        f'<circle cx="106" cy="124" r="42" fill="none" stroke="{c.d}" stroke-width="11"/>'
        f'<circle cx="106" cy="124" r="26" fill="none" stroke="{c.m}" stroke-width="11"/>'
        f'<path d="M164 124Q172 160 196 170" stroke="{c.m}" stroke-width="11" fill="none"/>'
        f'<rect x="186" y="152" width="22" height="40" rx="6" fill="{c.a}" transform="rotate(-30 197 172)"/>'
    )


def g_planter(c):
    return (
        f'<circle cx="70" cy="112" r="16" fill="#57b36f"/><circle cx="96" cy="104" r="18" fill="#3f9b5a"/>'
        f'<path d="M136 118L128 70M144 118V64M152 118L160 72" stroke="#3f9b5a" stroke-width="6" stroke-linecap="round"/>'
        f'<circle cx="180" cy="108" r="16" fill="#57b36f"/><circle cx="178" cy="100" r="5" fill="#e4572e"/>'
        f'<rect x="36" y="118" width="168" height="68" rx="4" fill="#b07a4a"/>'
        f'<path d="M36 140H204M36 164H204" stroke="#8d5f37" stroke-width="3"/>'
        f'<rect x="36" y="118" width="14" height="68" fill="#8d5f37"/><rect x="190" y="118" width="14" height="68" fill="#8d5f37"/>'
        f'<rect x="104" y="148" width="32" height="10" rx="3" fill="{c.a}"/>'
    )


def g_barrel(c):
    return (
        f'<path d="M70 56H170Q184 122 170 188H70Q56 122 70 56Z" fill="{c.m}"/>'
        f'<ellipse cx="120" cy="56" rx="50" ry="9" fill="{c.d}"/>'
        f'<path d="M64 84H176M62 158H178" stroke="{c.d}" stroke-width="8"/>'
        f'<rect x="164" y="162" width="24" height="10" rx="3" fill="{c.a}"/>'
        f'<path d="M120 28q10 13 0 20q-10-7 0-20Z" fill="#5aa9e6"/>'
    )


def g_birdhouse(c):
    return (
        f'<line x1="120" y1="28" x2="120" y2="48" stroke="{c.k}" stroke-width="3"/>'
        f'<rect x="72" y="86" width="96" height="100" rx="4" fill="{c.m}"/>'
        f'<polygon points="120,42 188,94 52,94" fill="{c.d}"/>'
        f'<circle cx="120" cy="124" r="16" fill="{c.k}"/>'
        f'<line x1="120" y1="156" x2="150" y2="156" stroke="{c.k}" stroke-width="4" stroke-linecap="round"/>'
        f'<ellipse cx="152" cy="146" rx="14" ry="10" fill="{c.a}"/><circle cx="162" cy="136" r="7" fill="{c.a}"/>'
        f'<polygon points="168,135 176,138 168,141" fill="#f3a712"/>'
    )


def g_can(c):
    return (
        f'<rect x="78" y="62" width="84" height="126" rx="10" fill="{c.m}"/>'
        f'<ellipse cx="120" cy="64" rx="42" ry="9" fill="{c.s}"/>'
        f'<ellipse cx="112" cy="62" rx="10" ry="4" fill="none" stroke="#8e949c" stroke-width="3"/>'
        f'<rect x="78" y="104" width="84" height="46" fill="{c.a}"/>'
        f'<circle cx="120" cy="127" r="14" fill="{c.w}" fill-opacity=".85"/>'
        f'<rect x="78" y="178" width="84" height="10" rx="4" fill="{c.s}"/>'
    )


def g_tin(c):
    return (
        f'<rect x="50" y="108" width="140" height="78" rx="10" fill="{c.m}"/>'
        f'<ellipse cx="120" cy="108" rx="70" ry="13" fill="{c.s}"/>'
        f'<ellipse cx="120" cy="108" rx="58" ry="9" fill="none" stroke="#8e949c" stroke-width="2"/>'
        f'<rect x="50" y="128" width="140" height="36" fill="{c.a}"/>' + _paw(120, 146, 0.36, c.w)
    )


def _paw(cx, cy, s, color):
    pads = [(-40, -38), (-14, -62), (14, -62), (40, -38)]
    toes = "".join(
        f'<ellipse cx="{cx + dx * s:.1f}" cy="{cy + dy * s:.1f}" rx="{15 * s:.1f}" ry="{19 * s:.1f}" fill="{color}"/>'
        for dx, dy in pads
    )
    return (
        f'<ellipse cx="{cx}" cy="{cy}" rx="{38 * s:.1f}" ry="{32 * s:.1f}" fill="{color}"/>' + toes
    )


def g_paw(c):
    return f'<circle cx="120" cy="124" r="70" fill="{c.l}" fill-opacity=".6"/>' + _paw(
        120, 148, 1.0, c.m
    )


def g_petfood(c):
    return (
        f'<path d="M66 66H174L180 192H60Z" fill="{c.m}"/>'
        f'<rect x="66" y="52" width="108" height="20" rx="3" fill="{c.d}"/>'
        f'<circle cx="120" cy="130" r="36" fill="{c.w}"/>'
        + _paw(120, 140, 0.45, c.a)
        + f'<rect x="86" y="174" width="68" height="8" rx="3" fill="{c.w}" fill-opacity=".7"/>'
    )


def g_bowl(c):
    kib = "".join(
        f'<circle cx="{x}" cy="{y}" r="7" fill="#a0673a"/>'
        for x, y in (
            (92, 124),
            (106, 118),
            (120, 122),
            (134, 116),
            (148, 124),
            (112, 110),
            (128, 108),
        )
    )
    return (
        kib + f'<path d="M42 128H198L176 188H64Z" fill="{c.m}"/>'
        f'<ellipse cx="120" cy="128" rx="78" ry="12" fill="{c.d}"/>' + _paw(120, 166, 0.3, c.a)
    )


def g_bone(c):
    return (
        f'<g transform="rotate(-18 120 124)">'
        f'<circle cx="60" cy="104" r="22" fill="{c.m}"/><circle cx="60" cy="144" r="22" fill="{c.m}"/>'
        f'<circle cx="180" cy="104" r="22" fill="{c.m}"/><circle cx="180" cy="144" r="22" fill="{c.m}"/>'
        f'<rect x="60" y="106" width="120" height="36" fill="{c.m}"/>'
        f'<rect x="108" y="106" width="24" height="36" fill="{c.a}"/></g>'
    )


def g_petbed(c):
    return (
        f'<ellipse cx="120" cy="150" rx="88" ry="42" fill="{c.d}"/>'
        f'<ellipse cx="120" cy="140" rx="66" ry="26" fill="{c.l}"/>'
        f'<path d="M32 150Q36 188 120 192Q204 188 208 150Q200 176 120 178Q40 176 32 150Z" fill="{c.m}"/>'
        f'<ellipse cx="120" cy="134" rx="30" ry="14" fill="{c.a}"/>' + _paw(170, 172, 0.18, c.w)
    )


def g_scratcher(c):
    return (
        f'<rect x="56" y="176" width="128" height="16" rx="5" fill="{c.d}"/>'
        f'<rect x="100" y="72" width="40" height="108" fill="#d9b98a"/>'
        f'<line x1="120" y1="76" x2="120" y2="176" stroke="#b89460" stroke-width="40" stroke-dasharray="3 5"/>'
        f'<rect x="60" y="58" width="120" height="18" rx="6" fill="{c.m}"/>'
        f'<line x1="168" y1="76" x2="168" y2="118" stroke="{c.k}" stroke-width="2"/>'
        f'<circle cx="168" cy="124" r="9" fill="{c.a}"/>'
    )


def g_carrier(c):
    return (
        f'<path d="M84 80Q84 46 120 46Q156 46 156 80" stroke="{c.d}" stroke-width="10" fill="none"/>'
        f'<rect x="42" y="76" width="156" height="112" rx="22" fill="{c.m}"/>'
        f'<rect x="58" y="96" width="64" height="72" rx="10" fill="{c.k}" fill-opacity=".85"/>'
        f'<line x1="64" y1="132" x2="118" y2="132" stroke="{c.s}" stroke-width="70" stroke-dasharray="3 9"/>'
        f'<circle cx="150" cy="110" r="6" fill="{c.d}"/><circle cx="172" cy="110" r="6" fill="{c.d}"/><circle cx="150" cy="132" r="6" fill="{c.d}"/><circle cx="172" cy="132" r="6" fill="{c.d}"/>'
        f'<rect x="140" y="156" width="40" height="10" rx="4" fill="{c.a}"/>'
    )


def g_aquarium(c):
    return (
        f'<rect x="36" y="64" width="168" height="120" rx="6" fill="#bfe3f2" stroke="{c.k}" stroke-width="4"/>'
        f'<rect x="32" y="56" width="176" height="14" rx="4" fill="{c.k}"/>'
        f'<rect x="38" y="166" width="164" height="16" fill="#d8c39a"/>'
        f'<path d="M60 168Q52 130 66 100M72 168Q80 136 70 112M172 168Q180 130 168 104" stroke="#3f9b5a" stroke-width="6" fill="none" stroke-linecap="round"/>'
        f'<ellipse cx="120" cy="118" rx="22" ry="13" fill="{c.a}"/><polygon points="140,118 158,104 158,132" fill="{c.a}"/>'
        f'<circle cx="110" cy="115" r="3" fill="{c.k}"/>'
        f'<circle cx="96" cy="96" r="4" fill="{c.w}"/><circle cx="90" cy="82" r="3" fill="{c.w}"/>'
    )


def g_coffeebag(c):
    return (
        f'<path d="M74 70H166L174 192H66Z" fill="#b98a5e"/>'
        f'<rect x="72" y="52" width="96" height="22" rx="3" fill="#9c7048"/>'
        f'<circle cx="150" cy="88" r="5" fill="{c.k}" fill-opacity=".3"/>'
        f'<rect x="84" y="104" width="72" height="64" rx="6" fill="{c.m}"/>'
        f'<rect x="84" y="156" width="72" height="12" fill="{c.a}"/>'
        f'<ellipse cx="120" cy="130" rx="14" ry="19" fill="#4a2c1a" transform="rotate(20 120 130)"/>'
        f'<path d="M114 116Q128 130 124 146" stroke="#b98a5e" stroke-width="3" fill="none"/>'
    )


def g_teabox(c):
    return (
        f'<path d="M150 84Q160 56 176 50" stroke="{c.k}" stroke-width="2" fill="none"/>'
        f'<rect x="168" y="42" width="18" height="16" rx="2" fill="{c.a}"/>'
        f'<rect x="54" y="84" width="132" height="106" rx="8" fill="{c.m}"/>'
        f'<rect x="54" y="84" width="132" height="22" rx="6" fill="{c.d}"/>'
        f'<circle cx="120" cy="148" r="28" fill="{c.w}" fill-opacity=".92"/>'
        f'<path d="M104 160Q100 130 136 128Q140 158 104 160Z" fill="#3f9b5a"/>'
        f'<path d="M106 158L128 136" stroke="{c.w}" stroke-width="2"/>'
    )


def g_chocolate(c):
    return (
        f'<g transform="rotate(-12 120 124)">'
        f'<rect x="48" y="64" width="144" height="112" rx="6" fill="#5a3a22"/>'
        f'<path d="M84 64V118M120 64V118M156 64V118M48 92H192" stroke="#3f2716" stroke-width="4"/>'
        f'<rect x="48" y="112" width="144" height="8" fill="{c.s}"/>'
        f'<rect x="48" y="118" width="144" height="62" rx="4" fill="{c.m}"/>'
        f'<rect x="48" y="136" width="144" height="12" fill="{c.a}"/></g>'
    )


def g_carton(c):
    return (
        f'<polygon points="80,80 96,50 136,50 150,80" fill="{c.l}"/>'
        f'<polygon points="136,50 154,42 172,70 150,80" fill="{c.d}"/>'
        f'<rect x="80" y="80" width="70" height="110" fill="{c.m}"/>'
        f'<polygon points="150,80 172,70 172,180 150,190" fill="{c.d}"/>'
        f'<circle cx="116" cy="62" r="8" fill="{c.a}"/>'
        f'<rect x="86" y="112" width="58" height="46" rx="4" fill="{c.w}" fill-opacity=".9"/>'
        f'<ellipse cx="108" cy="135" rx="6" ry="11" fill="#d4a373"/><ellipse cx="122" cy="131" rx="6" ry="11" fill="#d4a373"/>'
    )


def g_oil(c):
    return (
        f'<rect x="108" y="28" width="24" height="14" rx="3" fill="#c8955a"/>'
        f'<path d="M110 40H130V70Q150 84 150 108V186Q150 192 144 192H96Q90 192 90 186V108Q90 84 110 70Z" fill="{c.m}"/>'
        f'<rect x="98" y="118" width="44" height="52" rx="4" fill="{c.p}"/>'
        f'<rect x="98" y="128" width="44" height="8" fill="{c.a}"/>'
        f'<circle cx="120" cy="152" r="8" fill="{c.m}"/>'
        f'<rect x="96" y="96" width="5" height="80" rx="2" fill="{c.w}" fill-opacity=".25"/>'
    )


def g_winebottle(c):
    return (
        f'<path d="M110 34H130V78Q148 90 148 114V186Q148 192 142 192H98Q92 192 92 186V114Q92 90 110 78Z" fill="{c.m}"/>'
        f'<rect x="108" y="30" width="24" height="38" rx="3" fill="{c.a}"/>'
        f'<rect x="98" y="124" width="44" height="46" rx="3" fill="{c.p}"/>'
        f'<path d="M106 140h28" stroke="{c.k}" stroke-width="3"/>'
        f'<circle cx="120" cy="156" r="6" fill="{c.a}"/>'
        f'<rect x="98" y="100" width="5" height="80" rx="2" fill="{c.w}" fill-opacity=".25"/>'
    )


def g_spirits(c):
    return (
        f'<rect x="104" y="34" width="32" height="18" rx="4" fill="#8a5a3b"/>'
        f'<path d="M108 50H132V72Q172 80 172 112V186Q172 192 164 192H76Q68 192 68 186V112Q68 80 108 72Z" fill="{c.m}"/>'
        f'<rect x="84" y="112" width="72" height="56" rx="6" fill="{c.p}"/>'
        f'<rect x="84" y="122" width="72" height="10" fill="{c.a}"/>'
        f'<rect x="100" y="144" width="40" height="5" rx="2" fill="{c.k}" fill-opacity=".5"/>'
        f'<rect x="76" y="96" width="6" height="84" rx="3" fill="{c.w}" fill-opacity=".3"/>'
    )


def g_babybottle(c):
    return (
        f'<path d="M106 66Q106 38 120 38Q134 38 134 66Z" fill="#f2c89b"/>'
        f'<rect x="94" y="62" width="52" height="22" rx="5" fill="{c.a}"/>'
        f'<rect x="92" y="82" width="56" height="108" rx="16" fill="{c.m}" fill-opacity=".35" stroke="{c.m}" stroke-width="3"/>'
        f'<rect x="96" y="118" width="48" height="68" rx="13" fill="{c.w}"/>'
        f'<path d="M92 104h14M92 124h14M92 144h14M92 164h14" stroke="{c.m}" stroke-width="3"/>'
    )


def g_stroller(c):
    return (
        f'<path d="M84 140L76 170M150 140L156 170M84 140H150" stroke="{c.k}" stroke-width="5"/>'
        f'<path d="M160 98L178 58H192" stroke="{c.k}" stroke-width="7" fill="none" stroke-linecap="round" stroke-linejoin="round"/>'
        f'<path d="M66 98A56 56 0 0 1 122 42V98Z" fill="{c.m}"/>'
        f'<path d="M80 64A40 40 0 0 1 122 50" stroke="{c.a}" stroke-width="6" fill="none"/>'
        f'<path d="M58 96H164Q164 142 122 142H86Q58 142 58 116Z" fill="{c.d}"/>'
        f'<circle cx="76" cy="172" r="16" fill="{c.w}" stroke="{c.k}" stroke-width="6"/>'
        f'<circle cx="156" cy="172" r="16" fill="{c.w}" stroke="{c.k}" stroke-width="6"/>'
    )


def g_diaper(c):
    return (
        f'<rect x="48" y="58" width="144" height="132" rx="14" fill="{c.m}"/>'
        f'<rect x="100" y="64" width="40" height="10" rx="5" fill="{c.k}" fill-opacity=".2"/>'
        f'<path d="M80 96H160V110Q136 116 134 162H106Q104 116 80 110Z" fill="{c.w}"/>'
        f'<rect x="80" y="96" width="14" height="12" rx="3" fill="{c.a}"/><rect x="146" y="96" width="14" height="12" rx="3" fill="{c.a}"/>'
        f'<circle cx="66" cy="172" r="4" fill="{c.w}"/><circle cx="176" cy="80" r="4" fill="{c.w}"/><circle cx="172" cy="170" r="3" fill="{c.w}"/>'
    )


def g_pacifier(c):
    return (
        f'<circle cx="120" cy="152" r="30" fill="none" stroke="{c.d}" stroke-width="9"/>'
        f'<path d="M62 108Q62 80 96 86Q120 92 144 86Q178 80 178 108Q178 136 144 130Q120 124 96 130Q62 136 62 108Z" fill="{c.m}"/>'
        f'<circle cx="120" cy="108" r="16" fill="{c.a}"/>'
        f'<circle cx="84" cy="108" r="5" fill="{c.w}" fill-opacity=".6"/><circle cx="156" cy="108" r="5" fill="{c.w}" fill-opacity=".6"/>'
    )


def g_test(c):
    return (
        f'<g transform="rotate(-32 120 124)">'
        f'<rect x="36" y="106" width="168" height="36" rx="18" fill="{c.w}" stroke="#d5dae0" stroke-width="2"/>'
        f'<rect x="36" y="106" width="50" height="36" rx="18" fill="{c.m}"/>'
        f'<rect x="116" y="114" width="40" height="20" rx="6" fill="#eef0f2"/>'
        f'<path d="M128 116V132M142 116V132" stroke="{c.a}" stroke-width="4"/>'
        f'<circle cx="176" cy="124" r="6" fill="#eef0f2"/></g>'
    )


def g_plate(c):
    return (
        f'<circle cx="120" cy="124" r="72" fill="{c.w}"/>'
        f'<path d="M120 124V64A60 60 0 0 0 120 184Z" fill="#9bd08f"/>'
        f'<path d="M120 124V64A60 60 0 0 1 180 124Z" fill="#e8a87c"/>'
        f'<path d="M120 124H180A60 60 0 0 1 120 184Z" fill="#f3d37a"/>'
        f'<circle cx="120" cy="124" r="72" fill="none" stroke="{c.m}" stroke-width="10"/>'
        f'<path d="M120 64V184M120 124H180" stroke="{c.w}" stroke-width="6"/>'
        f'<rect x="196" y="84" width="8" height="80" rx="4" fill="{c.a}"/>'
    )


def g_tape(c):
    return (
        f'<rect x="100" y="152" width="104" height="18" fill="#f3d34a"/>'
        f'<line x1="104" y1="156" x2="202" y2="156" stroke="{c.k}" stroke-width="8" stroke-dasharray="2 6"/>'
        f'<rect x="202" y="146" width="7" height="28" rx="2" fill="{c.s}"/>'
        f'<circle cx="100" cy="118" r="52" fill="{c.m}"/>'
        f'<circle cx="100" cy="118" r="20" fill="{c.d}"/><circle cx="100" cy="118" r="8" fill="{c.a}"/>'
    )


def g_heart(c):
    return (
        f'<path d="M120 184C38 130 50 62 100 68Q114 70 120 88Q126 70 140 68C190 62 202 130 120 184Z" fill="{c.m}"/>'
        f'<polyline points="58,122 92,122 104,100 118,148 132,110 142,122 182,122" stroke="{c.w}" stroke-width="6" fill="none" stroke-linejoin="round" stroke-linecap="round"/>'
        f'<circle cx="182" cy="122" r="6" fill="{c.a}"/>'
    )


def g_bpmon(c):
    return (
        f'<path d="M120 150Q120 178 150 178" stroke="{c.k}" stroke-width="5" fill="none"/>'
        f'<rect x="132" y="164" width="80" height="30" rx="10" fill="{c.m}"/>'
        f'<rect x="56" y="54" width="112" height="112" rx="18" fill="#f1f3f5" stroke="{c.d}" stroke-width="3"/>'
        f'<rect x="70" y="68" width="84" height="48" rx="6" fill="#283238"/>'
        f'<path d="M80 84h20M106 84h20M80 102h30" stroke="#7be0a3" stroke-width="5"/>'
        f'<circle cx="140" cy="100" r="6" fill="#e4572e"/>'
        f'<circle cx="112" cy="140" r="12" fill="{c.a}"/>'
    )


def g_band(c):
    return (
        f'<ellipse cx="120" cy="124" rx="74" ry="50" fill="none" stroke="{c.m}" stroke-width="13"/>'
        f'<ellipse cx="114" cy="118" rx="54" ry="34" fill="none" stroke="{c.a}" stroke-width="11"/>'
        f'<ellipse cx="126" cy="130" rx="34" ry="20" fill="none" stroke="{c.d}" stroke-width="9"/>'
    )


def g_rope(c):
    return (
        f'<path d="M70 78Q36 206 120 192Q204 178 170 78" stroke="{c.k}" stroke-width="5" fill="none"/>'
        f'<rect x="62" y="38" width="18" height="46" rx="9" fill="{c.m}"/><rect x="160" y="38" width="18" height="46" rx="9" fill="{c.m}"/>'
        f'<rect x="62" y="74" width="18" height="8" rx="3" fill="{c.a}"/><rect x="160" y="74" width="18" height="8" rx="3" fill="{c.a}"/>'
    )


def g_dumbbell(c):
    return (
        f'<rect x="80" y="114" width="80" height="12" rx="4" fill="{c.s}"/>'
        f'<rect x="108" y="112" width="24" height="16" rx="4" fill="{c.a}"/>'
        f'<rect x="44" y="84" width="26" height="72" rx="7" fill="{c.m}"/><rect x="66" y="96" width="18" height="48" rx="5" fill="{c.d}"/>'
        f'<rect x="170" y="84" width="26" height="72" rx="7" fill="{c.m}"/><rect x="156" y="96" width="18" height="48" rx="5" fill="{c.d}"/>'
        f'<rect x="34" y="110" width="12" height="20" rx="3" fill="{c.s}"/><rect x="194" y="110" width="12" height="20" rx="3" fill="{c.s}"/>'
    )


def g_kettlebell(c):
    return (
        f'<path d="M84 104V86Q84 56 120 56Q156 56 156 86V104" stroke="{c.d}" stroke-width="15" fill="none"/>'
        f'<circle cx="120" cy="138" r="54" fill="{c.m}"/>'
        f'<rect x="72" y="182" width="96" height="9" rx="4" fill="{c.d}"/>'
        f'<rect x="102" y="124" width="36" height="22" rx="5" fill="{c.a}"/>'
        f'<path d="M86 118a40 40 0 0 1 18-20" stroke="{c.w}" stroke-width="5" stroke-opacity=".3" fill="none" stroke-linecap="round"/>'
    )


def g_shakercup(c):
    return (
        f'<rect x="100" y="48" width="40" height="20" rx="6" fill="{c.a}"/>'
        f'<rect x="80" y="64" width="80" height="26" rx="7" fill="{c.d}"/>'
        f'<path d="M86 90H154L146 192H94Z" fill="{c.m}" fill-opacity=".45" stroke="{c.m}" stroke-width="3"/>'
        f'<path d="M90 140H150L146 190H94Z" fill="#e8d9c4"/>'
        f'<path d="M88 110h14M89 126h14" stroke="{c.w}" stroke-width="3"/>'
        f'<circle cx="130" cy="164" r="12" fill="none" stroke="{c.s}" stroke-width="3"/>'
    )


def g_pullup(c):
    return (
        f'<path d="M50 100V70H64M190 100V70H176" stroke="{c.k}" stroke-width="8" fill="none"/>'
        f'<rect x="36" y="96" width="168" height="14" rx="7" fill="{c.s}"/>'
        f'<rect x="50" y="92" width="44" height="22" rx="10" fill="{c.k}"/><rect x="146" y="92" width="44" height="22" rx="10" fill="{c.k}"/>'
        f'<rect x="106" y="92" width="28" height="22" rx="8" fill="{c.a}"/>'
        f'<path d="M60 120V180M180 120V180" stroke="{c.m}" stroke-width="8" stroke-linecap="round"/>'
        f'<path d="M44 184H76M164 184H196" stroke="{c.m}" stroke-width="8" stroke-linecap="round"/>'
    )


def g_bike(c):
    return (
        f'<path d="M58 188H182" stroke="{c.k}" stroke-width="10" stroke-linecap="round"/>'
        f'<circle cx="152" cy="144" r="32" fill="{c.m}"/><circle cx="152" cy="144" r="12" fill="{c.d}"/>'
        f'<path d="M96 188L110 92M110 92L160 78M104 132L152 144M152 144L166 188" stroke="{c.d}" stroke-width="9" stroke-linecap="round" fill="none"/>'
        f'<rect x="88" y="82" width="40" height="12" rx="6" fill="{c.k}"/>'
        f'<path d="M160 78L170 58H188" stroke="{c.k}" stroke-width="7" stroke-linecap="round" fill="none"/>'
        f'<rect x="166" y="62" width="22" height="14" rx="3" fill="{c.a}"/>'
    )


def g_helmet(c):
    return (
        f'<path d="M44 152Q44 66 126 64Q196 66 198 144V152Z" fill="{c.m}"/>'
        f'<ellipse cx="96" cy="92" rx="16" ry="8" fill="{c.d}" transform="rotate(-20 96 92)"/>'
        f'<ellipse cx="134" cy="82" rx="18" ry="8" fill="{c.d}"/>'
        f'<ellipse cx="170" cy="100" rx="14" ry="8" fill="{c.d}" transform="rotate(30 170 100)"/>'
        f'<rect x="36" y="146" width="80" height="12" rx="6" fill="{c.d}"/>'
        f'<rect x="186" y="128" width="12" height="18" rx="4" fill="{c.a}"/>'
        f'<path d="M80 158Q92 186 112 186" stroke="{c.k}" stroke-width="4" fill="none"/>'
    )


def g_racket(c):
    strings = []
    for x in range(86, 156, 12):
        dy = 56 * math.sqrt(max(0.0, 1 - ((x - 120) / 46) ** 2))
        strings.append(f"M{x} {92 - dy:.0f}V{92 + dy:.0f}")
    for y in range(50, 140, 12):
        dx = 46 * math.sqrt(max(0.0, 1 - ((y - 92) / 56) ** 2))
        strings.append(f"M{120 - dx:.0f} {y}H{120 + dx:.0f}")
    return (
        f'<g transform="rotate(-24 120 120)">'
        f'<path d="{"".join(strings)}" stroke="{c.k}" stroke-opacity=".45" stroke-width="2"/>'
        f'<ellipse cx="120" cy="92" rx="46" ry="56" fill="none" stroke="{c.m}" stroke-width="10"/>'
        f'<path d="M104 144L116 166M136 144L124 166" stroke="{c.m}" stroke-width="8"/>'
        f'<rect x="111" y="160" width="18" height="54" rx="7" fill="{c.k}"/>'
        f'<rect x="111" y="176" width="18" height="8" fill="{c.a}"/></g>'
        f'<circle cx="184" cy="168" r="16" fill="#d4e157"/><path d="M170 160Q184 168 198 160" stroke="{c.w}" stroke-width="3" fill="none"/>'
    )


def g_sack(c):
    return (
        f'<path d="M66 66H174L180 192H60Z" fill="{c.m}"/>'
        f'<rect x="66" y="52" width="108" height="20" rx="3" fill="{c.d}"/>'
        f'<circle cx="120" cy="130" r="36" fill="{c.w}"/>'
        f'<rect x="88" y="142" width="64" height="14" rx="3" fill="#8d5f37"/>'
        f'<path d="M120 142V122" stroke="#3f9b5a" stroke-width="4"/>'
        f'<path d="M120 124Q100 124 98 106Q116 104 120 124ZM120 120Q138 118 142 100Q122 100 120 120Z" fill="#3f9b5a"/>'
        f'<rect x="86" y="174" width="68" height="8" rx="3" fill="{c.a}"/>'
    )


def g_foodbox(c):
    crackers = "".join(
        f'<rect x="{x}" y="{y}" width="26" height="26" rx="3" fill="#e6c27a" transform="rotate({r} {x + 13} {y + 13})"/>'
        f'<path d="M{x + 7} {y + 9}h12M{x + 7} {y + 17}h12" stroke="#b8904a" stroke-width="3" stroke-dasharray="2 4" transform="rotate({r} {x + 13} {y + 13})"/>'
        for x, y, r in ((92, 116, -10), (122, 122, 12))
    )
    return (
        f'<polygon points="150,64 170,54 170,182 150,192" fill="{c.d}"/>'
        f'<polygon points="70,64 90,54 170,54 150,64" fill="{c.l}"/>'
        f'<rect x="70" y="64" width="80" height="128" fill="{c.m}"/>'
        f'<rect x="70" y="76" width="80" height="12" fill="{c.a}"/>'
        f'<rect x="80" y="104" width="60" height="60" rx="8" fill="{c.w}" fill-opacity=".9"/>'
        + crackers
        + f'<rect x="84" y="172" width="52" height="7" rx="3" fill="{c.w}" fill-opacity=".7"/>'
    )


def g_carseat(c):
    return (
        f'<path d="M62 124Q62 52 120 52Q178 52 178 124" stroke="{c.d}" stroke-width="11" fill="none"/>'
        f'<rect x="104" y="46" width="32" height="12" rx="6" fill="{c.k}"/>'
        f'<path d="M44 110Q48 188 120 188Q192 188 196 110Q160 134 120 134Q80 134 44 110Z" fill="{c.m}"/>'
        f'<ellipse cx="120" cy="150" rx="50" ry="20" fill="{c.l}"/>'
        f'<path d="M98 134L112 166M142 134L128 166" stroke="{c.a}" stroke-width="6" stroke-linecap="round"/>'
        f'<rect x="112" y="160" width="16" height="12" rx="3" fill="{c.k}"/>'
        f'<rect x="60" y="186" width="120" height="8" rx="4" fill="{c.k}"/>'
    )
