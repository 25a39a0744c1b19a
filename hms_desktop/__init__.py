"""hms_desktop: a desktop Hospital Management System on PostgreSQL."""

__version__ = "0.1.0"
