"""Privacy controls: the first-run consent screen and the "Privacy" page (consent, what we
know, inferred interests, partners, retention, data-use log, export and erase)."""
