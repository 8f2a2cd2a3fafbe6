"""Render the app icon into the freedesktop hicolor sizes.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_icons.py            # write the PNGs
    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_icons.py --check    # exit 1 if stale
    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_icons.py --sheet S.png

Reads ``resources/icons/backcare-desktop.svg`` and writes
``resources/icons/hicolor/<n>x<n>/apps/backcare-desktop.png`` for every size in ``SIZES``, plus a
copy of the SVG as ``hicolor/scalable/apps/backcare-desktop.svg``. Rendering uses Qt's own SVG
renderer (the one the app uses), so the PNGs match what the window shows. The output is
deterministic: the same SVG and Qt version give byte-identical files (no time stamps or text
chunks are written).

``--sheet`` renders a contact sheet of every icon in ``resources/icons`` (the app icon at each size;
the UI icons at 16, 24 and 48 px, as shipped and recoloured for a dark theme) for a human to look
at; it is not committed.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
APP_ICON = "backcare-desktop"
SIZES = (16, 24, 32, 48, 64, 128, 256)
SHEET_UI_SIZES = (16, 24, 48)


def load(svg: Path) -> QSvgRenderer:
    """A renderer for ``svg``; fails loudly if Qt cannot parse it."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: Qt cannot render {svg}")
    return renderer


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The SVG drawn into a transparent ``size`` x ``size`` image."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    """``image`` encoded as PNG, straight alpha, no metadata."""
    out = image.convertToFormat(QImage.Format.Format_ARGB32)
    out.setDotsPerMeterX(3780)  # 96 dpi, fixed so the pHYs chunk never varies
    out.setDotsPerMeterY(3780)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not out.save(buffer, "PNG"):
        raise SystemExit("make_icons: PNG encoding failed")
    buffer.close()
    return bytes(data.data())


def outputs() -> dict[Path, bytes]:
    """Every generated file and its expected content."""
    source = ICONS / f"{APP_ICON}.svg"
    renderer = load(source)
    files: dict[Path, bytes] = {}
    for size in SIZES:
        target = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ICON}.png"
        files[target] = png_bytes(render(renderer, size))
    files[ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ICON}.svg"] = source.read_bytes()
    return files


def write(files: dict[Path, bytes]) -> None:
    for path, data in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
            print(f"wrote {path.relative_to(ROOT)}")


def check(files: dict[Path, bytes]) -> int:
    stale = [path for path, data in files.items() if not path.exists() or path.read_bytes() != data]
    for path in stale:
        print(f"stale: {path.relative_to(ROOT)}", file=sys.stderr)
    if stale:
        print("run scripts/make_icons.py to regenerate", file=sys.stderr)
    return 1 if stale else 0


def contact_sheet(target: Path) -> None:
    """Every icon, several sizes, on light and dark backgrounds, in one PNG."""
    ui_icons = sorted(p for p in ICONS.glob("*.svg") if p.stem != APP_ICON)
    cell, label_h, margin = 56, 14, 8
    columns = 2 * len(SHEET_UI_SIZES)
    width = max(margin * 2 + columns * cell + 140, margin * 2 + sum(SIZES) + 8 * len(SIZES))
    app_row_h = max(SIZES) + label_h + margin * 2
    height = app_row_h * 2 + len(ui_icons) * cell + margin * 2
    sheet = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    sheet.fill(QColor("#ffffff"))
    painter = QPainter(sheet)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(QFont("sans", 8))
    app = load(ICONS / f"{APP_ICON}.svg")
    for row, background in enumerate(("#ffffff", "#2b2b2b")):
        top = row * app_row_h
        painter.fillRect(0, top, width, app_row_h, QColor(background))
        x = margin
        for size in SIZES:
            painter.drawImage(x, top + margin, render(app, size))  # 1:1, the pixels users see
            painter.setPen(QColor("#888888"))
            painter.drawText(x, top + margin + max(SIZES) + label_h, str(size))
            x += size + 8
    y = app_row_h * 2 + margin
    for icon in ui_icons:
        renderer = load(icon)
        for column, size in enumerate(SHEET_UI_SIZES * 2):
            dark = column >= len(SHEET_UI_SIZES)
            x = margin + column * cell
            painter.fillRect(x, y, cell - 2, cell - 2, QColor("#2b2b2b" if dark else "#f4f4f4"))
            image = render(renderer, size)
            if dark:  # as the UI would recolour it for a dark theme
                tint = QPainter(image)
                tint.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
                tint.fillRect(image.rect(), QColor("#e6e6e6"))
                tint.end()
            painter.drawImage(x + (cell - size) // 2, y + (cell - size) // 2, image)
        painter.setPen(QColor("#000000"))
        painter.drawText(margin + columns * cell + 6, y + cell // 2, icon.stem)
        y += cell
    painter.end()
    sheet.save(str(target))
    print(f"wrote {target}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if a generated file is stale")
    parser.add_argument("--sheet", type=Path, metavar="PNG", help="also write a contact sheet")
    args = parser.parse_args(argv)
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    files = outputs()
    if args.check:
        return check(files)
    write(files)
    if args.sheet:
        contact_sheet(args.sheet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
