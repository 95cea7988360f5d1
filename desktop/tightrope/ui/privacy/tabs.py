"""The privacy page's tabs, by index, apart from the page (which is built on first use)."""

from tightrope.workshop.task_success import PRIVACY_TABS

TAB_CONSENT, TAB_KNOW, TAB_INTERESTS, TAB_PARTNERS, TAB_RETENTION, TAB_LOG, TAB_EXPORT = range(7)
TAB_IDS = PRIVACY_TABS  # each tab as the session log names it (privacy_tab events), in order
