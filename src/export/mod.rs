//! Exports: CSV tables, JSON of a whole analysis, JSON Lines.
