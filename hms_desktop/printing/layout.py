"""Shared by every printed document: fonts, page sizes, text fitting, the COPY mark, Code 128 and QR.

Fonts: DejaVu Sans (Latin, Greek, Cyrillic, Arabic, Hebrew, ...) is registered once; if it cannot be found
the documents fall back to Helvetica (Latin-1 only) and a warning is logged. Every line is drawn in runs
(``text_runs``): each character in the line's own font when that font has it, else in the first fallback
font that has it (Noto Sans Devanagari, Thai, Hebrew, Arabic, then a CJK font), again with a warning when
none has it. One font per line printed a Chinese name as "□, □□": the CJK font has no Latin comma.

Right-to-left names (Arabic, Hebrew) are shaped and put in visual order here (``display_form``), since
reportlab alone draws them unjoined and reversed.
"""

from __future__ import annotations

import functools
import io
import logging
import sys
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from reportlab import rl_config
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.code128 import Code128
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.abag import ABag
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from hms_desktop import formats
from hms_desktop.i18n import translate

log = logging.getLogger(__name__)


# Page sizes in points (reportlab's unit). Receipts are 80 mm wide rolls, as long as they need to be.
PAGE_A4: tuple[float, float] = A4
PAGE_A5: tuple[float, float] = A5
RECEIPT_WIDTH = 80 * mm

ALERT_RED = colors.HexColor("#C8102E")
COPY_GREY = colors.HexColor("#505050")


_MAIN_FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
# Tried, in order, for characters DejaVu Sans does not have. A .ttc is a collection: (file, index). A copy of
# the same file name in resources/fonts (the frozen app's bundle, hms.spec) is used first. A Noto file's
# "-Bold" sibling, when there is one, draws the bold runs. Noto Sans CJK is not here: its outlines are
# PostScript (CFF), which reportlab cannot embed; WenQuanYi Zen Hei (fonts-wqy-zenhei) covers Chinese,
# Japanese and Korean with TrueType outlines, Droid Sans Fallback Chinese and Japanese (no Hangul).
_FALLBACK_FONT_FILES: tuple[tuple[str, int], ...] = (
    ("/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf", 0),
    ("/usr/share/fonts/truetype/noto/NotoSansThai-Regular.ttf", 0),
    ("/usr/share/fonts/truetype/noto/NotoSansHebrew-Regular.ttf", 0),
    ("/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf", 0),
    ("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", 0),
    ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
)


def _resources_font_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parents[2]
    return root / "resources" / "fonts"


def _find_font_file(name: str) -> Path | None:
    directories = [_resources_font_dir(), *(Path(p) for p in rl_config.TTFSearchPath)]
    for directory in directories:
        candidate = directory / name
        if candidate.is_file():
            return candidate
    return None


@dataclass(frozen=True, slots=True)
class Fonts:
    regular: str
    bold: str
    unicode: bool  # False: the Helvetica fallback, Latin-1 only


class _FontRegistry:
    """Registers fonts once per process (reportlab's registry is global); safe from worker threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._fonts: Fonts | None = None
        self._coverage: dict[str, frozenset[int] | dict[int, int]] = {}
        self._fallbacks: list[tuple[str, str]] | None = None
        self._warned: set[str] = set()

    def fonts(self) -> Fonts:
        with self._lock:
            if self._fonts is None:
                self._fonts = self._register_main()
            return self._fonts

    def _register_main(self) -> Fonts:
        paths = [_find_font_file(name) for name in _MAIN_FONT_FILES]
        if all(paths):
            try:
                for font_name, path in zip(("HMS-Sans", "HMS-Sans-Bold"), paths, strict=True):
                    font = TTFont(font_name, str(path))
                    pdfmetrics.registerFont(font)
                    self._coverage[font_name] = font.face.charToGlyph
                return Fonts("HMS-Sans", "HMS-Sans-Bold", unicode=True)
            except Exception:  # a damaged font file must not stop printing
                log.warning("DejaVu Sans could not be loaded; printing with Helvetica", exc_info=True)
        else:
            log.warning("DejaVu Sans (fonts-dejavu-core) was not found; printing with Helvetica, which "
                        "cannot show names outside Latin-1")
        return Fonts("Helvetica", "Helvetica-Bold", unicode=False)

    def _register_fallbacks(self) -> list[tuple[str, str]]:
        """(regular, bold) font names of every fallback that loads; bold is the regular one without a
        bold file (reportlab cannot embolden)."""
        pairs: list[tuple[str, str]] = []
        for system_path, subfont in _FALLBACK_FONT_FILES:
            bundled = _resources_font_dir() / Path(system_path).name
            path = bundled if bundled.is_file() else Path(system_path)
            if not path.is_file():
                continue
            name = f"HMS-Fallback-{path.stem}-{subfont}"
            if not self._register_file(name, path, subfont):
                continue
            bold_path = path.with_name(path.name.replace("-Regular.", "-Bold."))
            bold = f"{name}-Bold"
            if bold_path == path or not bold_path.is_file() or not self._register_file(bold, bold_path, subfont):
                bold = name
            pairs.append((name, bold))
        return pairs

    def _register_file(self, name: str, path: Path, subfont: int) -> bool:
        try:
            font = TTFont(name, str(path), subfontIndex=subfont)
            pdfmetrics.registerFont(font)
        except Exception:  # a damaged or PostScript-outline font must not stop printing
            log.warning("Fallback font %s could not be loaded", path, exc_info=True)
            return False
        self._coverage[name] = font.face.charToGlyph
        return True

    def _fallback_pairs(self) -> list[tuple[str, str]]:
        with self._lock:
            if self._fallbacks is None:
                self._fallbacks = self._register_fallbacks()
            return list(self._fallbacks)

    def covers(self, font_name: str, text: str) -> bool:
        coverage = self._coverage.get(font_name)
        if coverage is None:  # a standard PDF font: Latin-1
            return all(ord(ch) < 256 for ch in text)
        return all(ord(ch) in coverage or unicodedata.category(ch).startswith("Z") or ch in "\n\t"
                   for ch in text)

    def runs(self, text: str, font: str) -> list[tuple[str, str]]:
        """``text`` cut into (font, piece) runs: each cluster (a letter and the marks that belong to it) in
        ``font`` when it has the cluster, else in the first fallback of the same weight that has it."""
        if self.covers(font, text):
            return [(font, text)] if text else []
        main = self.fonts()
        bold = font == main.bold or font.endswith("-Bold")
        fallbacks = [pair[1] if bold else pair[0] for pair in self._fallback_pairs()]
        out: list[tuple[str, str]] = []
        for cluster in _clusters(text):
            chosen = font
            if not self.covers(font, cluster):
                chosen = next((f for f in fallbacks if self.covers(f, cluster)), font)
                if chosen == font:
                    self.warn_once("glyphs", "Some characters of a name are missing from every installed font "
                                   "and print as boxes; install the Noto fonts (fonts-noto-core) and "
                                   "fonts-wqy-zenhei for Chinese, Japanese and Korean names")
            if out and out[-1][0] == chosen:
                out[-1] = (chosen, out[-1][1] + cluster)
            else:
                out.append((chosen, cluster))
        return out

    def whole_font(self, text: str, font: str) -> str:
        """One font for all of ``text``: ``font`` when it has every character, else the fallback of the same
        weight that has the most of them (the first on a tie, so the choice is stable)."""
        if self.covers(font, text):
            return font
        main = self.fonts()
        bold = font == main.bold or font.endswith("-Bold")
        best, best_count = font, sum(self.covers(font, ch) for ch in text)
        for pair in self._fallback_pairs():
            candidate = pair[1] if bold else pair[0]
            count = sum(self.covers(candidate, ch) for ch in text)
            if count > best_count:
                best, best_count = candidate, count
        if best_count < len(text):
            self.warn_once("glyphs", "Some characters of a label are missing from every installed font and print "
                           "as boxes; install the Noto fonts (fonts-noto-core) and fonts-wqy-zenhei")
        return best

    def warn_once(self, key: str, message: str) -> None:
        with self._lock:
            if key in self._warned:
                return
            self._warned.add(key)
        log.warning(message)


_registry = _FontRegistry()


def fonts() -> Fonts:
    return _registry.fonts()


def _clusters(text: str) -> list[str]:
    """Letters with their marks (Devanagari vowel signs, Thai tone marks, accents) and joiners: a cluster
    is drawn in one font, or a vowel sign would be drawn apart from its consonant."""
    clusters: list[str] = []
    for ch in text:
        if clusters and (unicodedata.category(ch).startswith("M") or ch in "\u200c\u200d"
                         or clusters[-1].endswith(("\u200d", "\u094d"))):
            clusters[-1] += ch
        else:
            clusters.append(ch)
    return clusters


# --- complex scripts: HarfBuzz shaping ------------------------------------------------------------------
# Devanagari and the other Indic and South-East Asian scripts need shaping: without it "शर्मा" prints its
# virama instead of the reph and the short i of "प्रियंका" stands after its consonant instead of before.
# reportlab shapes with uharfbuzz (a dependency; without it, printing goes on unshaped). A shaped run's
# glyphs no longer map one to one to characters, so the run is wrapped in an ActualText span: pdftotext,
# a PDF reader's search and a screen reader get the name back exactly. Arabic is shaped by display_form
# (its presentation forms read back by themselves), Latin, Greek, Cyrillic, Hebrew and CJK need none.
_SHAPED_RANGES = ((0x0900, 0x0DFF), (0x0E00, 0x0FFF), (0x1000, 0x109F), (0x1780, 0x17FF), (0xA8E0, 0xA8FF))


def shaping_available() -> bool:
    return getattr(ttfonts, "uharfbuzz", None) is not None


def _needs_shaping(text: str) -> bool:
    return any(low <= ord(ch) <= high for ch in text for low, high in _SHAPED_RANGES)


@functools.lru_cache(maxsize=1024)
def _drawn(piece: str, font: str, size: float) -> tuple[str, float, bool]:
    """What is drawn for one run and its width; True when it was shaped (then wrapped in ActualText)."""
    plain = float(pdfmetrics.stringWidth(piece, font, size))
    if not (_needs_shaping(piece) and shaping_available() and getattr(pdfmetrics.getFont(font), "shapable", False)):
        return piece, plain, False
    try:
        word = ttfonts.shapeFragWord([plain, (ABag(fontName=font, fontSize=size), piece)], force=True)
    except Exception:  # a font HarfBuzz cannot read: unshaped is still legible
        _registry.warn_once("shaping", f"Text in {font} could not be shaped; it prints letter by letter")
        return piece, plain, False
    return word[1][1], float(word[0]), True


def _actual_text(text: str) -> str:
    """A marked-content span whose ActualText is ``text`` (UTF-16BE with its byte order mark, in hex)."""
    return f"/Span <</ActualText <FEFF{text.encode('utf-16-be').hex().upper()}>>> BDC"


def text_runs(text: str, font: str) -> list[tuple[str, str]]:
    """``text`` as (font, piece) runs, ``font`` first and the fallbacks for what it lacks (``_FontRegistry.runs``)."""
    return _registry.runs(text, font)


def label_font(text: str, font: str) -> str:
    """The one font a chart label is drawn in (reportlab's chart strings take a single font, not runs):
    ``font`` for text it has, else the fallback that has most of ``text`` — a Chinese department name on a
    chart's axis in the CJK font, Latin letters and digits included, instead of boxes."""
    return _registry.whole_font(text, font)


def text_width(text: str, font: str, size: float) -> float:
    """The drawn width of one line of ``text`` at ``size``, each run in its own font (see ``draw_text``)."""
    shown = display_form(text, font)
    return sum(_drawn(piece, name, size)[1] for name, piece in _registry.runs(shown, font))


# --- right-to-left text ---------------------------------------------------------------------------------
# reportlab draws glyphs left to right in the order given and does not join Arabic letters (its own
# support needs rlbidi, which is not on PyPI). Names are short and simple, so we shape Arabic letters into
# their presentation forms (derived from Unicode's own decompositions) and reorder each line for display
# with a reduced form of the Unicode bidi algorithm: enough for names, not for arbitrary prose.

_FORM_TAGS = {"<isolated>": "isolated", "<final>": "final", "<initial>": "initial", "<medial>": "medial"}
_MIRRORED = dict(zip("()[]{}<>«»", ")(][}{><»«", strict=True))


@functools.cache
def _arabic_forms() -> tuple[dict[str, dict[str, str]], dict[tuple[str, str], dict[str, str]]]:
    letters: dict[str, dict[str, str]] = {}
    ligatures: dict[tuple[str, str], dict[str, str]] = {}
    for code in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00)):
        parts = unicodedata.decomposition(chr(code)).split()
        if not parts or parts[0] not in _FORM_TAGS:
            continue
        form = _FORM_TAGS[parts[0]]
        chars = tuple(chr(int(p, 16)) for p in parts[1:])
        if len(chars) == 1:
            letters.setdefault(chars[0], {}).setdefault(form, chr(code))
        elif len(chars) == 2 and chars[0] == "\u0644":  # lam-alef, the one ligature Arabic requires
            ligatures.setdefault((chars[0], chars[1]), {}).setdefault(form, chr(code))
    return letters, ligatures


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch) in ("Mn", "Me")


def _shape_arabic(text: str, font: str) -> str:
    letters, ligatures = _arabic_forms()

    def neighbour(i: int, step: int) -> str | None:
        i += step
        while 0 <= i < len(text) and _is_mark(text[i]):
            i += step
        return text[i] if 0 <= i < len(text) else None

    def joins_forward(ch: str | None) -> bool:  # has an initial/medial form: joins the letter after it
        return ch is not None and (ch == "\u0640" or "medial" in letters.get(ch, {}))

    def joins_back(ch: str | None) -> bool:
        return ch is not None and (ch == "\u0640" or "final" in letters.get(ch, {}))

    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        forms = letters.get(ch)
        if not forms:
            out.append(ch)
            i += 1
            continue
        before, after = neighbour(i, -1), neighbour(i, 1)
        linked_before = joins_forward(before) and joins_back(ch)
        if after is not None and (ch, after) in ligatures and text[i + 1] == after:
            ligature = ligatures[(ch, after)]
            choice = ligature.get("final" if linked_before else "isolated")
            if choice and _registry.covers(font, choice):
                out.append(choice)
                i += 2
                continue
        linked_after = joins_forward(ch) and joins_back(after)
        form = ("medial" if linked_before and linked_after else "final" if linked_before
                else "initial" if linked_after else "isolated")
        glyph = forms.get(form) or forms.get("isolated") or ch
        out.append(glyph if _registry.covers(font, glyph) else ch)
        i += 1
    return "".join(out)


def _strong(ch: str) -> str | None:
    kind = unicodedata.bidirectional(ch)
    if kind in ("R", "AL"):
        return "R"
    if kind == "L":
        return "L"
    if kind in ("EN", "AN"):
        return "N"
    return None


def _visual_order(text: str) -> str:
    """Left-to-right drawing order of one line whose first strong character is right-to-left (or not)."""
    clusters: list[str] = []
    for ch in text:  # a combining mark stays with its letter when runs are reversed
        if clusters and _is_mark(ch):
            clusters[-1] += ch
        else:
            clusters.append(ch)
    kinds = [_strong(c[0]) for c in clusters]
    base = next((1 if k == "R" else 0 for k in kinds if k in ("R", "L")), 0)
    edge = "R" if base else "L"
    # For neutrals, digits count as right-to-left (rule N1).
    sides = [None if k is None else ("L" if k == "L" else "R") for k in kinds]
    levels: list[int] = []
    last_letter = edge
    for i, strong in enumerate(kinds):
        kind = strong
        if kind is None:  # neutral: the direction on both sides if they agree, else the line's
            before = next((d for d in reversed(sides[:i]) if d), edge)
            after = next((d for d in sides[i + 1:] if d), edge)
            kind = before if before == after else edge
        if kind == "R":
            level, last_letter = 1, "R"
        elif kind == "L":
            level, last_letter = (0 if base == 0 else 2), "L"
        else:  # digits read left to right, inside a right-to-left run too
            level = 0 if base == 0 and last_letter == "L" else 2
        levels.append(level)
    for level in range(max(levels, default=0), 0, -1):
        i = 0
        while i < len(clusters):
            if levels[i] >= level:
                j = i
                while j < len(clusters) and levels[j] >= level:
                    j += 1
                clusters[i:j] = clusters[i:j][::-1]
                levels[i:j] = levels[i:j][::-1]
                i = j
            else:
                i += 1
    return "".join(
        "".join(_MIRRORED.get(ch, ch) for ch in c) if lvl % 2 else c for c, lvl in zip(clusters, levels, strict=True)
    )


def _is_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


@functools.lru_cache(maxsize=512)
def display_form(text: str, font: str) -> str:
    """What is drawn for ``text``: right-to-left text shaped and put in visual order, the rest unchanged."""
    if not _is_rtl(text):
        return text
    return _visual_order(_shape_arabic(text, font))


def draw_text(canvas: Canvas, x: float, y: float, text: str, *, font: str, size: float,
              align: str = "left") -> None:
    """Draw one line; right-to-left text is shaped and reordered first (see ``display_form``), then drawn in
    runs, each in a font that has its characters (``text_runs``): "王, 小明" is the CJK font, DejaVu's comma,
    the CJK font again."""
    shown = display_form(text, font)
    runs = [(name, piece, *_drawn(piece, name, size)) for name, piece in _registry.runs(shown, font)]
    total = sum(width for _name, _piece, _drawn_text, width, _shaped in runs)
    left = x if align == "left" else (x - total if align == "right" else x - total / 2)
    for name, piece, drawn, width, shaped in runs:
        canvas.setFont(name, size)
        if shaped:
            canvas.addLiteral(_actual_text(piece))
        canvas.drawString(left, y, drawn)
        if shaped:
            canvas.addLiteral("EMC")
        left += width
    canvas.setFont(font, size)  # as before: the caller's font stays the canvas's current one


# --- fitting text into a box ----------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class FittedText:
    lines: tuple[str, ...]
    font: str
    size: float
    truncated: bool

    @property
    def leading(self) -> float:
        return self.size * 1.12

    @property
    def block_height(self) -> float:
        """From the top of the first line's capitals to the last baseline's descenders."""
        return self.size + (len(self.lines) - 1) * self.leading


def _width(text: str, font: str, size: float) -> float:
    return text_width(text, font, size)


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Break at spaces and after hyphens; a word longer than a line fills the line it starts on, then
    is broken between characters.

    Widths add up (reportlab sums glyph advances, no kerning; shaping never joins across a space or a
    hyphen), so the line's width is kept as it grows instead of measuring the whole line at every word."""
    lines: list[str] = []
    current = ""
    current_width = 0.0
    for whole_word in _words(text):
        word = whole_word
        separator = "" if not current or current.endswith("-") else " "
        grown = current_width + _width(separator + word, font, size)
        if grown <= width:
            current += separator + word
            current_width = grown
            continue
        word_width = _width(word, font, size)
        if word_width <= width:
            lines.append(current)
            current, current_width = word, word_width
            continue
        if current:
            room = _longest_prefix(word, font, size, width, prefix=current + separator)
            if room >= 3:  # not worth starting a word with one or two letters at a line's end
                current += separator + word[:room]
                word = word[room:]
            lines.append(current)
        while _width(word, font, size) > width:
            cut = max(1, _longest_prefix(word, font, size, width))
            lines.append(word[:cut])
            word = word[cut:]
        current, current_width = word, _width(word, font, size)
    if current:
        lines.append(current)
    return lines


def _words(text: str) -> Iterable[str]:
    for chunk in text.split():
        parts = chunk.split("-")
        for i, part in enumerate(parts):
            yield part + ("-" if i < len(parts) - 1 else "")


def _longest_prefix(text: str, font: str, size: float, width: float, *, prefix: str = "") -> int:
    """How many leading characters of ``text`` fit on a line after ``prefix``."""
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if _width(prefix + text[:middle], font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return low


def fit_text(text: str, *, width: float, height: float, max_size: float, min_size: float,
             max_lines: int = 1, bold: bool = False, step: float = 0.25) -> FittedText:
    """Largest size (down to ``min_size``) at which ``text`` fits the box in at most ``max_lines`` lines.

    Shrinks before it wraps: one line is tried at every size first, then two, and so on. If nothing fits
    at ``min_size`` the last line is cut and ends with an ellipsis (``truncated``) rather than overflow.
    """
    text = " ".join(text.split())
    font = fonts().bold if bold else fonts().regular  # runs in fallback fonts where it lacks a glyph
    for lines_allowed in range(1, max_lines + 1):
        size = max_size
        while size >= min_size - 1e-9:
            if lines_allowed * size * 1.12 - size * 0.12 <= height:
                lines = [text] if lines_allowed == 1 else _wrap(text, font, size, width)
                if len(lines) <= lines_allowed and all(_width(line, font, size) <= width for line in lines):
                    return FittedText(tuple(lines), font, size, truncated=False)
            size -= step
    size = min_size
    lines_allowed = max(1, min(max_lines, int((height + size * 0.12) // (size * 1.12))))
    lines = _wrap(text, font, size, width)[:lines_allowed]
    last = lines[-1] if lines else ""
    while last and _width(last + "…", font, size) > width:
        last = last[:-1].rstrip()
    lines[-1:] = [last + "…"]
    return FittedText(tuple(lines), font, size, truncated=True)


def wrap_text(text: str, *, width: float, size: float, bold: bool = False) -> FittedText:
    """``text`` broken into as many lines of ``width`` as it needs at ``size``: for text that flows (a
    prescription's instructions), where the caller makes room rather than shrinking or cutting."""
    text = " ".join(text.split())
    font = fonts().bold if bold else fonts().regular  # runs in fallback fonts where it lacks a glyph
    return FittedText(tuple(_wrap(text, font, size, width)), font, size, truncated=False)


def draw_fitted(canvas: Canvas, fitted: FittedText, x: float, top: float, *, align: str = "left",
                width: float = 0) -> float:
    """Draw fitted lines with their first baseline one cap height below ``top``; return the last baseline."""
    baseline = top - fitted.size * 0.76
    for i, line in enumerate(fitted.lines):
        if i:
            baseline -= fitted.leading
        anchor = x if align == "left" else (x + width if align == "right" else x + width / 2)
        draw_text(canvas, anchor, baseline, line, font=fitted.font, size=fitted.size, align=align)
    return baseline


# --- dates and ages -------------------------------------------------------------------------------------

def format_date(value: date) -> str:
    """``12 Mar 1980`` in English: the workstation's date format (hms_desktop/formats.py, issue 15 item 5)."""
    return formats.format_date(value)


def format_birth_date(birth_date: date | None, estimated: bool) -> str:
    if birth_date is None:
        return translate("printing", "Unknown")
    if estimated:
        return translate("printing", "~{year} (estimated)").format(year=birth_date.year)
    return format_date(birth_date)


def format_age(birth_date: date | None, today: date, *, estimated: bool = False) -> str:
    """``45 y``; babies in months (``8 mo``) and newborns in days (``12 d``). Empty when unknown."""
    if birth_date is None or birth_date > today:
        return ""
    years = today.year - birth_date.year - ((today.month, today.day) < (birth_date.month, birth_date.day))
    prefix = "~" if estimated else ""
    if years >= 2 or estimated:
        return translate("printing", "{prefix}{years} y", "age in years").format(prefix=prefix, years=years)
    months = (today.year - birth_date.year) * 12 + today.month - birth_date.month - (today.day < birth_date.day)
    if months >= 1:
        return translate("printing", "{months} mo", "age in months").format(months=months)
    return translate("printing", "{days} d", "age in days").format(days=(today - birth_date).days)


# --- barcodes -------------------------------------------------------------------------------------------

def _code128(value: str, *, bar_width: float, bar_height: float) -> Code128:
    # quiet=1 keeps the 10-module quiet zones of the symbology on both sides, inside the returned width.
    return Code128(value, barWidth=bar_width, barHeight=bar_height, quiet=1, humanReadable=0)


def code128_width(value: str, *, bar_width: float) -> float:
    """Width including the quiet zones, for laying out before drawing."""
    return float(_code128(value, bar_width=bar_width, bar_height=10).width)


def draw_code128(canvas: Canvas, value: str, x: float, y: float, *, bar_height: float,
                 bar_width: float = 0.33 * mm, max_width: float | None = None) -> float:
    """Draw a Code 128 symbol (with its quiet zones) at ``x, y``; return its width.

    The module is narrowed to fit ``max_width`` but never below 0.19 mm (about 4 dots at 600 dpi), below
    which scanners start to fail; past that it would rather overflow than become unreadable.
    """
    if max_width is not None:
        natural = code128_width(value, bar_width=bar_width)
        if natural > max_width:
            bar_width = max(0.19 * mm, bar_width * max_width / natural)
    barcode = _code128(value, bar_width=bar_width, bar_height=bar_height)
    barcode.drawOn(canvas, x, y)
    return float(barcode.width)


def draw_qr(canvas: Canvas, value: str, x: float, y: float, size: float) -> None:
    """A QR code filling a ``size`` square at ``x, y``, its 4-module quiet zone included."""
    widget = QrCodeWidget(value, barLevel="M", barBorder=4)
    left, bottom, right, top = widget.getBounds()
    width, height = right - left, top - bottom
    drawing = Drawing(size, size, transform=[size / width, 0, 0, size / height, 0, 0])
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, x, y)


# --- COPY -----------------------------------------------------------------------------------------------

def copy_title(title: str, copy: bool) -> str:
    """The PDF's title, ``… (COPY)`` on a reprint: one sentence to translate, not a suffix glued on."""
    return translate("printing", "{title} (COPY)").format(title=title) if copy else title


def draw_copy_tag(canvas: Canvas, x: float, y: float, width: float, height: float) -> None:
    """A bordered, bold ``COPY`` that fills the box: a reprint must say so at a glance."""
    bold = fonts().bold
    canvas.saveState()
    canvas.setStrokeColor(COPY_GREY)
    canvas.setFillColor(COPY_GREY)
    canvas.setLineWidth(max(0.8, min(width, height) * 0.04))
    canvas.rect(x, y, width, height, stroke=1, fill=0)
    word = translate("printing", "COPY")
    size = min(height * 0.62, (width * 0.86) / max(pdfmetrics.stringWidth(word, bold, 1), 0.01))
    canvas.setFont(bold, size)
    canvas.drawCentredString(x + width / 2, y + (height - size * 0.72) / 2, word)
    canvas.restoreState()


def pdf_date(moment: datetime) -> str:
    """``moment`` as a PDF date string, ``D:20261130143005+01'00'`` (a naive one is taken as local time)."""
    moment = moment if moment.tzinfo is not None else moment.astimezone()
    offset = moment.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"D:{moment:%Y%m%d%H%M%S}{sign}{abs(minutes) // 60:02d}'{abs(minutes) % 60:02d}'"


def new_canvas(buffer: object, *, page_size: tuple[float, float], title: str,
               created: datetime | None = None) -> Canvas:
    """A canvas with our PDF metadata. ``created`` is the document's creation (and modification) date,
    now unless given: a caller that must be reproducible (a test, a service on a fixed clock) gives it.
    ``invariant`` keeps the rest of the bytes reproducible for the same input; by itself it would date
    every document 1 Jan 2000, so the date is put back through reportlab's date formatter."""
    stamp = pdf_date(created if created is not None else datetime.now().astimezone())
    canvas = Canvas(buffer, pagesize=page_size, invariant=1, pageCompression=1)
    canvas.setDateFormatter(lambda *_reportlabs_time: stamp)
    canvas.setTitle(title)
    canvas.setCreator("hms_desktop")
    canvas.setAuthor("hms_desktop")
    return canvas




# --- the hospital's logo ----------------------------------------------------------------------------------

def logo_size(logo: bytes | None, *, max_width: float, max_height: float) -> tuple[float, float]:
    """The logo's printed size inside ``max_width`` x ``max_height``, its proportions kept; (0, 0) without a
    logo or when the bytes cannot be read (a damaged logo must not stop a printout: it is left out, logged)."""
    reader = _logo_reader(logo)
    if reader is None:
        return 0.0, 0.0
    width, height = reader.getSize()
    scale = min(max_width / width, max_height / height)
    return width * scale, height * scale


def draw_logo(canvas: Canvas, logo: bytes | None, x: float, top: float, *, max_width: float, max_height: float,
              align: str = "left") -> tuple[float, float]:
    """Draw the logo with its top edge at ``top``, from ``x`` (or centred on ``x``); return its (width, height)."""
    width, height = logo_size(logo, max_width=max_width, max_height=max_height)
    reader = _logo_reader(logo)
    if reader is None or not width:
        return 0.0, 0.0
    left = x - width / 2 if align == "centre" else x
    # mask="auto": a PNG's transparency stays transparent instead of printing as a black or white box.
    canvas.drawImage(reader, left, top - height, width=width, height=height, mask="auto")
    return width, height


def _logo_reader(logo: bytes | None) -> ImageReader | None:
    """A fresh reader each time: one shared between documents built on different worker threads is not safe."""
    if not logo:
        return None
    try:
        reader = ImageReader(io.BytesIO(logo))
        width, height = reader.getSize()
    except Exception:  # Pillow raises many kinds for a damaged image
        _registry.warn_once("logo", "The hospital's logo could not be read; documents print without it")
        return None
    return reader if width > 0 and height > 0 else None
