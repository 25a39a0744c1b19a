"""The start-up schema check reads the migration files itself (no alembic import): it must agree with alembic."""

from __future__ import annotations

import subprocess
import sys

from alembic.script import ScriptDirectory

from hms_desktop.db import migrate


def test_head_and_known_revisions_agree_with_alembic() -> None:
    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.head_revision() == scripts.get_current_head()
    assert migrate.known_revisions() == {script.revision for script in scripts.walk_revisions()}


def test_the_schema_check_does_not_import_alembic() -> None:
    code = ("import sys\nfrom hms_desktop.db import migrate\nfrom hms_desktop.services import auth\n"
            "migrate.head_revision()\nprint('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.strip() == "False"
