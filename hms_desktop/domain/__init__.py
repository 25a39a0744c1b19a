"""Pure rules: no database, no Qt. Everything here is testable without I/O."""
