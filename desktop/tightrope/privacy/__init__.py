"""Privacy rules: consent, retention, erasure, export and restore, partners, pseudonyms, data use."""
