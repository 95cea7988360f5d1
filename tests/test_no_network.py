"""Nothing is ever sent: with sockets blocked, every privacy and shop flow still works."""

import socket

import pytest

from tightrope.cli.main import main


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise NetworkUsed(f"network use attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_cli_flows_open_no_socket(no_network, tmp_path, capsys):
    d = str(tmp_path / "d")
    steps = [
        ["consent", "accept-all"],
        ["persona", "load", "expecting-parent", "--yes"],
        ["recommend", "--json"],
        ["data", "--json"],
        ["interests", "--json"],
        ["consent", "set", "browsing", "off"],
        ["level", "light"],
        ["partners", "--do-not-sell", "off"],
        ["partners", "--json"],
        ["retention", "searches", "30"],
        ["advance-clock", "5"],
        ["data-use", "--json"],
        ["export", "--out", str(tmp_path / "e.json")],
        ["export", "--format", "csv", "--out", str(tmp_path / "e.csv")],
        ["forget-category", "purchases"],
        ["erase", "--all", "--yes"],
    ]
    for argv in steps:
        assert main([*argv, "--data-dir", d]) == 0, argv
    capsys.readouterr()
