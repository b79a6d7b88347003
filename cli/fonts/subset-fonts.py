#!/usr/bin/env python3
"""Makes the body font files the reader ships: Source Serif 4, cut down to what a news article needs.

Run (once, when the font package or the ranges change; the output is committed, so neither the build nor CI
needs fontTools):
    apt-get install python3-fonttools python3-brotli     # Debian's fontTools, no other download
    /usr/bin/python3 cli/fonts/subset-fonts.py && npx prettier --write src/app/fonts/fonts.css

Input: the per-script woff2 files of @fontsource-variable/source-serif-4 (weight axis 200-900, text optical size).
Output, in src/app/fonts/:
  - source-serif-4-<script>.woff2, one per script, each limited to the weights the app uses (400-700: body,
    semibold, bold), hinting dropped (woff2 in browsers that hint nothing at these sizes) and the layout features a
    news article uses (kerning, ligatures, mark positioning, localized forms). The latin file is what the first
    screen needs; the others load only when a character of their unicode-range is on the page.
  - fonts.css: their @font-face rules (font-display: swap) and fallback faces whose metrics are matched to Source
    Serif 4 (size-adjust from the average advance over the shipped articles' text, ascent/descent overrides), so
    the swap from the fallback to the web font moves as little as possible.
"""
import collections
import glob
import io
import os
import re

from fontTools import subset
from fontTools.ttLib import TTFont
from fontTools.varLib import instancer

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SOURCE = os.path.join(ROOT, 'node_modules/@fontsource-variable/source-serif-4')
OUT = os.path.join(ROOT, 'src/app/fonts')
FAMILY = 'Source Serif 4 Variable'
WEIGHTS = (400, 700)
FEATURES = ['kern', 'liga', 'mark', 'mkmk', 'ccmp', 'locl']
# The order of fontsource's own CSS: where ranges overlap (combining marks), the face declared last wins.
SCRIPTS = ['cyrillic-ext', 'cyrillic', 'greek', 'vietnamese', 'latin-ext', 'latin']
# Fallbacks with their metrics matched: Times New Roman (Windows, macOS) and its metric clones (Linux), then
# DejaVu Serif (Linux without them). Both are measured from the Linux files, which share the Times metrics.
FALLBACKS = [
    ('Source Serif 4 Fallback', ["Times New Roman", "Liberation Serif", "Tinos"],
     '/usr/share/fonts/truetype/liberation/LiberationSerif-{}.ttf'),
    ('Source Serif 4 Fallback DejaVu', ["DejaVu Serif"], '/usr/share/fonts/truetype/dejavu/DejaVuSerif{}.ttf'),
]
BOLD_SUFFIX = {'Liberation': ('Regular', 'Bold'), 'DejaVu': ('', '-Bold')}
LOCAL_BOLD = {'Times New Roman': 'Times New Roman Bold', 'Liberation Serif': 'Liberation Serif Bold',
              'Tinos': 'Tinos Bold', 'DejaVu Serif': 'DejaVu Serif Bold'}


def ranges(script):
    text = open(os.path.join(SOURCE, 'unicode.json')).read()
    return re.search(r'"%s": "([^"]+)"' % re.escape(script), text).group(1)


def unicodes(spec):
    out = []
    for part in spec.split(','):
        lo, _, hi = part.removeprefix('U+').partition('-')
        out.extend(range(int(lo, 16), int(hi or lo, 16) + 1))
    return out


def reloaded(font):
    """The instancer's output saved and read again: the subsetter trips over its lazily loaded gvar otherwise."""
    buffer = io.BytesIO()
    font.save(buffer)
    buffer.seek(0)
    return TTFont(buffer)


def make_subset(script):
    font = TTFont(os.path.join(SOURCE, 'files', f'source-serif-4-{script}-wght-normal.woff2'))
    font.flavor = None
    font = reloaded(instancer.instantiateVariableFont(font, {'wght': WEIGHTS}))
    options = subset.Options()
    options.layout_features = FEATURES
    options.hinting = False
    options.flavor = 'woff2'
    options.name_IDs = ['*']  # the licence and copyright stay with the font
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes(ranges(script)))
    subsetter.subset(font)
    path = os.path.join(OUT, f'source-serif-4-{script}.woff2')
    font.flavor = 'woff2'
    font.save(path)
    return path


def article_text():
    """Every character of the shipped articles, front matter included: the sample the widths are averaged over."""
    return ''.join(open(p, encoding='utf-8').read() for p in sorted(glob.glob(os.path.join(ROOT, 'content/articles/*.md'))))


def average_advance(font, text):
    """Mean advance width in em of the characters of `text` the font has (spaces count: they wrap lines too)."""
    cmap, hmtx, upm = font.getBestCmap(), font['hmtx'], font['head'].unitsPerEm
    counts = collections.Counter(ch for ch in text if ord(ch) in cmap)
    total = sum(counts.values())
    return sum(hmtx[cmap[ord(ch)]][0] * n for ch, n in counts.items()) / upm / total


def static_instance(weight):
    font = TTFont(os.path.join(SOURCE, 'files', 'source-serif-4-latin-wght-normal.woff2'))
    font.flavor = None
    return instancer.instantiateVariableFont(font, {'wght': weight})


def pct(x):
    return f'{x * 100:.2f}%'


def fallback_faces(text):
    rules = []
    for weight, style_index in ((400, 0), (700, 1)):
        main = static_instance(weight)
        main_width = average_advance(main, text)
        upm = main['head'].unitsPerEm
        # Source Serif 4 sets USE_TYPO_METRICS; its typo and hhea metrics agree.
        ascent, descent = main['OS/2'].sTypoAscender / upm, -main['OS/2'].sTypoDescender / upm
        for family, locals_, pattern in FALLBACKS:
            key = 'Liberation' if 'Liberation' in pattern else 'DejaVu'
            fallback = TTFont(pattern.format(BOLD_SUFFIX[key][style_index]))
            size = main_width / average_advance(fallback, text)
            names = locals_ if weight == 400 else [LOCAL_BOLD[n] for n in locals_]
            src = ', '.join(f"local('{n}')" for n in names)
            rules.append(f"""@font-face {{
  font-family: '{family}';
  font-weight: {weight};
  src: {src};
  size-adjust: {pct(size)};
  ascent-override: {pct(ascent / size)};
  descent-override: {pct(descent / size)};
  line-gap-override: 0%;
}}""")
    return rules


def main():
    os.makedirs(OUT, exist_ok=True)
    faces = []
    for script in SCRIPTS:
        path = make_subset(script)
        name = os.path.basename(path)
        print(f'{name}: {os.path.getsize(path)} bytes')
        faces.append(f"""/* {script} */
@font-face {{
  font-family: '{FAMILY}';
  font-style: normal;
  font-display: swap;
  font-weight: {WEIGHTS[0]} {WEIGHTS[1]};
  src: url('./{name}') format('woff2');
  unicode-range: {ranges(script).replace(',', ', ')};
}}""")
    header = ('/* Generated by cli/fonts/subset-fonts.py from @fontsource-variable/source-serif-4: do not edit.\n'
              ' * The body font per script, loaded by unicode-range (only latin for an English article), and fallback\n'
              ' * faces matched to its metrics so the swap does not move the text. */')
    css = '\n\n'.join([header, *faces, *fallback_faces(article_text())]) + '\n'
    with io.open(os.path.join(OUT, 'fonts.css'), 'w', encoding='utf-8') as out:
        out.write(css)


if __name__ == '__main__':
    main()
