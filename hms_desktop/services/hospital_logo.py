"""The hospital's logo for printouts (issue 10, item 6): chosen by an administrator, printed by everyone.

The logo is hospital-wide (table ``hospital_logo``, migration 0028): every workstation prints the same letterhead.
An administrator chooses a PNG or JPEG file; ``prepare_logo`` refuses anything else (judged by the file's content,
not its name), refuses files over ``FILE_MAX_BYTES`` and images whose sides exceed ``SOURCE_MAX_SIDE`` (a
"decompression bomb" would take the worker's memory), then scales the image down so its longer side is at most
``STORED_MAX_SIDE`` pixels — at the 30 mm the invoice gives it that is over 500 dpi, sharper than any office
printer — and stores it as PNG (a PNG logo keeps its transparency) or JPEG (a photograph stays small). The
database checks again (HM027) and audits the change with the image's SHA-256 instead of its bytes.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from hms_desktop.domain.staff import Group
from hms_desktop.formats import format_number
from hms_desktop.i18n import translate
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ValidationFailed, user_facing_errors

__all__ = ["FILE_MAX_BYTES", "STORED_MAX_SIDE", "Logo", "PreparedLogo", "get_logo", "prepare_logo", "remove_logo",
           "set_logo"]

FILE_MAX_BYTES = 5 * 1024 * 1024
SOURCE_MAX_SIDE = 8000
STORED_MAX_SIDE = 600
_STORED_MAX_BYTES = 1024 * 1024  # the database's limit (hms_hospital_logo_guard)
_FORMATS = {"PNG": "image/png", "JPEG": "image/jpeg"}


@dataclass(frozen=True, slots=True)
class PreparedLogo:
    image: bytes
    media_type: str
    width_px: int
    height_px: int

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.image).hexdigest()


@dataclass(frozen=True, slots=True)
class Logo:
    """The stored logo, with who put it in and when (for the settings page)."""

    image: bytes
    media_type: str
    width_px: int
    height_px: int
    updated_at: datetime
    updated_by: str


def _refuse(message: str) -> ValidationFailed:
    return ValidationFailed({"logo": message})


def prepare_logo(data: bytes) -> PreparedLogo:
    """The file's bytes checked and scaled for storing; ``ValidationFailed`` (in the user's words) otherwise."""
    if not data:
        raise _refuse(translate("services", "The file is empty. Choose a PNG or JPEG image of the logo."))
    if len(data) > FILE_MAX_BYTES:
        raise _refuse(translate("services", "The file is too large ({value} MB). Choose an image of at most "
                                            "{value2} MB.").format(
                          value=format_number(len(data) / 1024 / 1024, 1), value2=FILE_MAX_BYTES // 1024 // 1024))
    try:
        with Image.open(io.BytesIO(data)) as opened:
            kind = opened.format or ""
            if kind not in _FORMATS and kind:
                raise _refuse(translate("services", "This is a {kind} image the printouts cannot use. Choose a PNG or "
                                                    "JPEG image (save it as PNG from your drawing program).").format(
                                  kind=kind))
            if kind not in _FORMATS:
                raise _refuse(translate("services", "This is a kind of image the printouts cannot use. Choose a PNG "
                                                    "or JPEG image (save it as PNG from your drawing program)."))
            if max(opened.size) > SOURCE_MAX_SIDE:
                raise _refuse(translate("services", "The image is too large ({value} × {value2} pixels). Choose one of "
                                                    "at most {source_max_side} pixels a side.").format(
                                  value=opened.size[0], value2=opened.size[1], source_max_side=SOURCE_MAX_SIDE))
            opened.load()  # a truncated or damaged file fails here rather than in a printout
            image = opened.copy()
    except (UnidentifiedImageError, Image.DecompressionBombError):
        raise _refuse(translate("services", "This file is not a PNG or JPEG image. Choose the logo as a .png or .jpg "
                                            "file.")) from None
    except OSError:
        raise _refuse(translate("services", "The image is damaged and cannot be read. Save it again as PNG or JPEG and "
                                            "choose it again.")) from None
    image.thumbnail((STORED_MAX_SIDE, STORED_MAX_SIDE), Image.Resampling.LANCZOS)  # only ever shrinks
    out = io.BytesIO()
    if kind == "PNG":
        if image.mode not in ("RGB", "RGBA", "L", "LA"):
            image = image.convert("RGBA" if "transparency" in image.info or image.mode == "P" else "RGB")
        image.save(out, "PNG", optimize=True)
    else:
        if image.mode not in ("RGB", "L"):
            image = image.convert("RGB")  # CMYK JPEGs print with wrong colours through reportlab
        image.save(out, "JPEG", quality=90)
    stored = out.getvalue()
    if len(stored) > _STORED_MAX_BYTES:
        raise _refuse(translate("services", "Even scaled down, the image is too large to store. Choose a simpler logo "
                                            "(fewer colours, no photograph)."))
    return PreparedLogo(stored, _FORMATS[kind], image.width, image.height)


def get_logo(ctx: ServiceContext) -> Logo | None:
    """The stored logo, or None; everyone may read it (their printouts carry it)."""
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        row = uow.settings.logo()
    if row is None:
        return None
    return Logo(bytes(row.image), row.media_type, row.width_px, row.height_px, row.updated_at, row.updated_by)


def set_logo(ctx: ServiceContext, path: str | Path) -> Logo:
    """Read the image file at ``path``, check and scale it, store it as the hospital's logo (administrators)."""
    ctx.require(Group.ADMIN, action=translate("services", "change the logo printed on documents"))
    file = Path(path)
    try:
        if file.stat().st_size > FILE_MAX_BYTES:
            raise _refuse(translate("services", "The file is too large ({value} MB). Choose an image of at most "
                                                "{value2} MB.").format(
                              value=format_number(file.stat().st_size / 1024 / 1024, 1),
                              value2=FILE_MAX_BYTES // 1024 // 1024))
        data = file.read_bytes()
    except OSError as error:
        raise _refuse(translate("services", "The file could not be read: {strerror}. Choose another file.").format(
                          strerror=error.strerror or error)) from None
    prepared = prepare_logo(data)
    with user_facing_errors(), ctx.uow() as uow:
        uow.settings.write_logo(image=prepared.image, media_type=prepared.media_type, width_px=prepared.width_px,
                                height_px=prepared.height_px, sha256=prepared.sha256)
        row = uow.settings.logo()
        uow.commit()
    assert row is not None  # just written in the same transaction
    return Logo(bytes(row.image), row.media_type, row.width_px, row.height_px, row.updated_at, row.updated_by)


def remove_logo(ctx: ServiceContext) -> None:
    """Print without a logo from now on (administrators); nothing happens if there is none."""
    ctx.require(Group.ADMIN, action=translate("services", "remove the logo printed on documents"))
    with user_facing_errors(), ctx.uow() as uow:
        uow.settings.remove_logo()
        uow.commit()
