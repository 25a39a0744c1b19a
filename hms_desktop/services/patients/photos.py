"""A patient's photo: a JPEG or PNG of at most 2 MB, one per patient."""

from __future__ import annotations

from hms_desktop.domain.permissions import PATIENT_WRITERS
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import NotFound, ValidationFailed, user_facing_errors

PHOTO_MAX_BYTES = 2 * 1024 * 1024
_PHOTO_SIGNATURES = {"image/jpeg": (b"\xff\xd8\xff",), "image/png": (b"\x89PNG\r\n\x1a\n",)}


def set_photo(ctx: ServiceContext, patient_id: int, image: bytes, mime_type: str) -> None:
    ctx.require(*PATIENT_WRITERS, action="change patient photos")
    signatures = _PHOTO_SIGNATURES.get(mime_type)
    if signatures is None:
        raise ValidationFailed({"photo": "The photo must be a JPEG or PNG picture."})
    if not image:
        raise ValidationFailed({"photo": "The photo is empty."})
    if len(image) > PHOTO_MAX_BYTES:
        raise ValidationFailed({"photo": f"The photo is too large (at most {PHOTO_MAX_BYTES // 1024 // 1024} MB)."})
    if not image.startswith(signatures):
        # The bytes decide, not the file name: a mislabelled file would not display anywhere.
        raise ValidationFailed({"photo": "This file is not a JPEG or PNG picture."})
    with user_facing_errors(), ctx.uow() as uow:
        if not uow.patients.store_photo(patient_id, image, mime_type):
            raise NotFound("This patient record does not exist.")
        uow.commit()


def get_photo(ctx: ServiceContext, patient_id: int) -> bytes | None:
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return uow.patients.photo(patient_id)
