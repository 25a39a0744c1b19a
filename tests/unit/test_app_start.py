"""`hms` without a display explains how to run it instead of letting Qt abort."""

from __future__ import annotations

import os
import subprocess
import sys


def test_no_display_gives_instructions_not_a_crash(tmp_path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["HMS_DATA_DIR"] = str(tmp_path / "data")
    env["HMS_CONFIG_DIR"] = str(tmp_path / "config")
    result = subprocess.run([sys.executable, "-m", "hms_desktop"], env=env, capture_output=True, text=True, check=False,
                            timeout=60)
    assert result.returncode == 1
    assert "no display found" in result.stderr
    assert "xvfb-run -a make run" in result.stderr
    assert "Traceback" not in result.stderr
