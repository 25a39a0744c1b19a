"""Departments, wards, rooms and beds for the administrator's editor, and the occupancy report (migration 0025).

Core statements naming only the columns a client supplies: ids, authors, times, ``retired_at``/``retired_by``
and ``out_of_service_since`` are the database's (``hms_database_sets_defaults``, ``hms_touch_row``,
``hms_bed_structure_guard``). Updates say ``WHERE version = :v`` and return None when someone else saved
first; the service turns that into a conflict naming who.
"""

# Only this module's table and column names are put into SQL text; every value is a parameter.
# ruff: noqa: S608

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection, Row, text
from sqlalchemy.orm import Session

# The tables the editor changes, and how each one's update may be phrased (an allow-list: the service's
# ``kind`` never reaches SQL unchecked).
KINDS = ("department", "ward", "room", "bed")

_DEPARTMENTS = ("SELECT d.id, d.name, d.active, d.version, "
                "(SELECT count(*) FROM ward w WHERE w.department_id = d.id AND w.active) AS wards "
                "FROM department d")
_WARDS = "SELECT w.id, w.name, w.department_id, w.floor, w.active, w.version FROM ward w"
_ROOMS = "SELECT r.id, r.ward_id, r.name, r.active, r.version FROM room r"
_BEDS = ("SELECT b.id, b.room_id, b.label, b.bed_type, b.status, b.out_of_service_reason, b.out_of_service_until, "
         "b.out_of_service_since, b.active, b.version, "
         "EXISTS (SELECT 1 FROM bed_stay s WHERE s.bed_id = b.id AND s.ends_at IS NULL) AS occupied, "
         "EXISTS (SELECT 1 FROM bed_stay s WHERE s.bed_id = b.id) AS has_history "
         "FROM bed b")

# Per ward over nights first..last (a night is the day whose evening begins it; it is counted at the
# hospital's midnight that ends it, as bed_night and hms_accrue_bed_days do):
# - beds_in_service: beds in use now (bed, room and ward active) and not out of service;
# - bed_nights_available: beds that existed and were not retired (nor their room or ward) at that midnight;
# - bed_nights_occupied: beds with a stay covering that midnight;
# - admissions: admitted in the period, counted in the ward of their first bed;
# - discharges and average length of stay (days, admission to discharge): discharged in the period, counted
#   in the ward of their last bed.
OCCUPANCY_SQL = """
WITH period AS (
    SELECT (CAST(:first AS date)::timestamp AT TIME ZONE CAST(:tz AS text)) AS starts,
           ((CAST(:last AS date) + 1)::timestamp AT TIME ZONE CAST(:tz AS text)) AS ends
), nights AS (
    SELECT ((n::date + 1)::timestamp AT TIME ZONE CAST(:tz AS text)) AS census
    FROM generate_series(CAST(:first AS date), CAST(:last AS date), interval '1 day') AS n
), beds AS (
    SELECT b.id, r.ward_id, b.created_at, least(b.retired_at, r.retired_at, w.retired_at) AS retired_at,
           b.active AND r.active AND w.active AND b.status <> 'out_of_service' AS in_service
    FROM bed b JOIN room r ON r.id = b.room_id JOIN ward w ON w.id = r.ward_id
), available AS (
    SELECT bd.ward_id, count(*) AS bed_nights
    FROM beds bd JOIN nights n ON bd.created_at <= n.census AND (bd.retired_at IS NULL OR bd.retired_at > n.census)
    GROUP BY bd.ward_id
), occupied AS (
    -- Nights counted per stay, not by comparing every night with every stay (365 x stays grew to 0.5 s with a
    -- year of 5,000 stays): the census of night D is the hospital's midnight starting day D + 1, so a stay covers
    -- the census days from its first midnight at or after it starts to its last midnight before it ends, in
    -- local dates (right across a daylight-saving change), clipped to the period's census days.
    SELECT bd.ward_id,
           sum(greatest(0, least(x.last_census, CAST(:last AS date) + 1)
                           - greatest(x.first_census, CAST(:first AS date) + 1) + 1)) AS bed_nights
    FROM period p
    JOIN bed_stay s ON s.starts_at <= p.ends AND (s.ends_at IS NULL OR s.ends_at > p.starts)
    CROSS JOIN LATERAL (SELECT s.starts_at AT TIME ZONE CAST(:tz AS text) AS starts,
                               s.ends_at AT TIME ZONE CAST(:tz AS text) AS ends) l
    CROSS JOIN LATERAL (
        SELECT CASE WHEN l.starts::time = time '00:00' THEN l.starts::date ELSE l.starts::date + 1 END
                   AS first_census,
               CASE WHEN l.ends IS NULL THEN CAST(:last AS date) + 1
                    WHEN l.ends::time = time '00:00' THEN l.ends::date - 1 ELSE l.ends::date END AS last_census) x
    JOIN beds bd ON bd.id = s.bed_id
    GROUP BY bd.ward_id
), admitted AS (
    SELECT bd.ward_id, count(*) AS admissions
    FROM period p
    JOIN admission a ON a.admitted_at >= p.starts AND a.admitted_at < p.ends
    JOIN LATERAL (SELECT s.bed_id FROM bed_stay s WHERE s.admission_id = a.id
                  ORDER BY s.starts_at LIMIT 1) f ON true
    JOIN beds bd ON bd.id = f.bed_id
    GROUP BY bd.ward_id
), discharged AS (
    SELECT bd.ward_id, count(*) AS discharges,
           avg(extract(epoch FROM a.discharged_at - a.admitted_at) / 86400) AS average_stay
    FROM period p
    JOIN admission a ON a.discharged_at >= p.starts AND a.discharged_at < p.ends
    JOIN LATERAL (SELECT s.bed_id FROM bed_stay s WHERE s.admission_id = a.id
                  ORDER BY s.starts_at DESC LIMIT 1) l ON true
    JOIN beds bd ON bd.id = l.bed_id
    GROUP BY bd.ward_id
)
SELECT w.id AS ward_id, w.name AS ward, w.active,
       (SELECT count(*) FROM beds bd WHERE bd.ward_id = w.id AND bd.in_service) AS beds_in_service,
       coalesce(av.bed_nights, 0) AS bed_nights_available,
       coalesce(oc.bed_nights, 0) AS bed_nights_occupied,
       round(100.0 * coalesce(oc.bed_nights, 0) / nullif(av.bed_nights, 0), 1) AS utilisation,
       coalesce(ad.admissions, 0) AS admissions,
       coalesce(di.discharges, 0) AS discharges,
       round(di.average_stay::numeric, 1) AS average_stay_days
FROM ward w
LEFT JOIN available av ON av.ward_id = w.id
LEFT JOIN occupied oc ON oc.ward_id = w.id
LEFT JOIN admitted ad ON ad.ward_id = w.id
LEFT JOIN discharged di ON di.ward_id = w.id
WHERE w.active OR coalesce(av.bed_nights, 0) > 0 OR coalesce(oc.bed_nights, 0) > 0
ORDER BY w.name
"""


class WardRepository:
    def __init__(self, session: Session | Connection) -> None:
        self._session = session

    def _rows(self, sql: str, params: dict[str, Any] | None = None) -> Sequence[Row[Any]]:
        return self._session.execute(text(sql), params or {}).all()

    def _row(self, sql: str, params: dict[str, Any]) -> Row[Any] | None:
        return self._session.execute(text(sql), params).one_or_none()

    def _id(self, sql: str, params: dict[str, Any]) -> int:
        return int(self._session.execute(text(sql), params).scalar_one())

    # --- reading ---

    def departments(self) -> Sequence[Row[Any]]:
        return self._rows(f"{_DEPARTMENTS} ORDER BY d.name")

    def wards(self) -> Sequence[Row[Any]]:
        return self._rows(f"{_WARDS} ORDER BY w.name")

    def rooms(self) -> Sequence[Row[Any]]:
        return self._rows(f"{_ROOMS} ORDER BY r.ward_id, r.name")

    def beds(self, *, room_id: int | None = None, ids: Sequence[int] | None = None) -> Sequence[Row[Any]]:
        if ids is not None:
            return self._rows(f"{_BEDS} WHERE b.id = ANY (CAST(:ids AS integer[])) ORDER BY b.id", {"ids": list(ids)})
        if room_id is not None:
            return self._rows(f"{_BEDS} WHERE b.room_id = :room ORDER BY b.id", {"room": room_id})
        return self._rows(f"{_BEDS} ORDER BY b.room_id, b.id")

    def bed(self, bed_id: int) -> Row[Any] | None:
        return self._row(f"{_BEDS} WHERE b.id = :id", {"id": bed_id})

    def last_change(self, kind: str, row_id: int) -> Row[Any] | None:
        """Who changed a row last and its version now (None: the row is gone)."""
        if kind not in KINDS:
            raise ValueError(kind)
        return self._row(f"SELECT updated_by, version FROM {kind} WHERE id = :id", {"id": row_id})

    def occupancy(self, first: date, last: date, zone: str) -> Sequence[Row[Any]]:
        return self._rows(OCCUPANCY_SQL, {"first": first, "last": last, "tz": zone})

    # --- writing ---

    def insert_department(self, name: str) -> int:
        return self._id("INSERT INTO department (name) VALUES (:name) RETURNING id", {"name": name})

    def insert_ward(self, *, name: str, department_id: int | None, floor: str) -> int:
        return self._id("INSERT INTO ward (name, department_id, floor) VALUES (:name, :dep, :floor) RETURNING id",
                        {"name": name, "dep": department_id, "floor": floor})

    def insert_room(self, *, ward_id: int, name: str) -> int:
        return self._id("INSERT INTO room (ward_id, name) VALUES (:ward, :name) RETURNING id",
                        {"ward": ward_id, "name": name})

    def insert_bed(self, *, room_id: int, label: str, bed_type: str) -> int:
        return self._id("INSERT INTO bed (room_id, label, bed_type) VALUES (:room, :label, :type) RETURNING id",
                        {"room": room_id, "label": label, "type": bed_type})

    def _update(self, kind: str, row_id: int, version: int, assignments: str, params: dict[str, Any]) -> bool:
        if kind not in KINDS:
            raise ValueError(kind)
        row = self._row(f"UPDATE {kind} SET {assignments}, version = version + 1 "
                        "WHERE id = :id AND version = :v RETURNING id", {**params, "id": row_id, "v": version})
        return row is not None

    def update_department(self, department_id: int, version: int, *, name: str) -> bool:
        return self._update("department", department_id, version, "name = :name", {"name": name})

    def update_ward(self, ward_id: int, version: int, *, name: str, department_id: int | None, floor: str) -> bool:
        return self._update("ward", ward_id, version, "name = :name, department_id = :dep, floor = :floor",
                            {"name": name, "dep": department_id, "floor": floor})

    def update_room(self, room_id: int, version: int, *, name: str) -> bool:
        return self._update("room", room_id, version, "name = :name", {"name": name})

    def update_bed(self, bed_id: int, version: int, *, label: str, bed_type: str) -> bool:
        return self._update("bed", bed_id, version, "label = :label, bed_type = :type",
                            {"label": label, "type": bed_type})

    def set_active(self, kind: str, row_id: int, version: int, *, active: bool) -> bool:
        return self._update(kind, row_id, version, "active = :active", {"active": active})

    def set_out_of_service(self, bed_id: int, version: int, *, reason: str, until: date | None) -> bool:
        return self._update("bed", bed_id, version, "status = 'out_of_service', out_of_service_reason = :reason, "
                            "out_of_service_until = :until", {"reason": reason, "until": until})

    def set_in_service(self, bed_id: int, version: int) -> bool:
        # The database clears the reason, the expected return and the time it went out (hms_bed_structure_guard).
        return self._update("bed", bed_id, version, "status = 'available'", {})
