"""A patient's photo: a JPEG or PNG of at most 2 MB, one per patient."""

from __future__ import annotations

from dataclasses import dataclass

from hms_desktop.db.unit_of_work import UnitOfWork
from hms_desktop.domain.permissions import PATIENT_WRITERS
from hms_desktop.i18n import translate
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import NotFound, ValidationFailed, user_facing_errors

PHOTO_MAX_BYTES = 2 * 1024 * 1024
_PHOTO_SIGNATURES = {"image/jpeg": (b"\xff\xd8\xff",), "image/png": (b"\x89PNG\r\n\x1a\n",)}


@dataclass(frozen=True, slots=True)
class Photo:
    """A photo to store with a patient's save (``save_registration``): the encoded bytes and their type."""

    image: bytes
    mime_type: str

    def __repr__(self) -> str:  # two megabytes of bytes in a log line or a test failure help nobody
        return f"Photo({self.mime_type}, {len(self.image)} bytes)"


def photo_problems(image: bytes, mime_type: str) -> dict[str, str]:
    """What is wrong with a photo ("photo": a sentence), or nothing: checked before anything is written."""
    signatures = _PHOTO_SIGNATURES.get(mime_type)
    if signatures is None:
        return {"photo": translate("services", "The photo must be a JPEG or PNG picture.")}
    if not image:
        return {"photo": translate("services", "The photo is empty.")}
    if len(image) > PHOTO_MAX_BYTES:
        return {"photo": translate("services", "The photo is too large (at most {value} MB).").format(
                             value=PHOTO_MAX_BYTES // 1024 // 1024)}
    if not image.startswith(signatures):
        # The bytes decide, not the file name: a mislabelled file would not display anywhere.
        return {"photo": translate("services", "This file is not a JPEG or PNG picture.")}
    return {}


def write_photo(uow: UnitOfWork, patient_id: int, image: bytes, mime_type: str) -> None:
    """Store or replace the photo inside the caller's transaction (checked by ``photo_problems`` first)."""
    if not uow.patients.store_photo(patient_id, image, mime_type):
        raise NotFound(translate("services", "This patient record does not exist."))


def set_photo(ctx: ServiceContext, patient_id: int, image: bytes, mime_type: str) -> None:
    ctx.require(*PATIENT_WRITERS, action=translate("services", "change patient photos"))
    if problems := photo_problems(image, mime_type):
        raise ValidationFailed(problems)
    with user_facing_errors(), ctx.uow() as uow:
        write_photo(uow, patient_id, image, mime_type)
        uow.commit()


def get_photo(ctx: ServiceContext, patient_id: int) -> bytes | None:
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return uow.patients.photo(patient_id)
