"""The community index's limits and its error, apart from the index itself (which needs
numpy): a command or a window that has not built the index yet can check and catch these."""

K_ANONYMITY_DEFAULT = 50
K_ANONYMITY_FLOOR = 11


class CommunityError(Exception):
    """The community spec is wrong; the message names the file and field."""
