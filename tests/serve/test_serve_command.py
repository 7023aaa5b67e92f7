"""``facilitator serve``: the link and its QR code, the warning, clear errors, the app command."""

from __future__ import annotations

import errno
import shlex
import signal
import socket
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import click
import pytest
import segno
from click.testing import CliRunner

import facilitator.serve
from facilitator.cli import main, run, run_roles
from facilitator.cli import serve as serve_command
from facilitator.serve import SessionServer, announcement, app_command, qr_code
from facilitator.serve.server import listen_error
from facilitator.service.origin import Role
from tests.conftest import ROOT

LINK = "http://127.0.0.1:8000/?token=Zq3-Yx_8aB1cD2eF3gH4iJ"
WALL_LINK = "http://127.0.0.1:8000/wall?token=Wq9-Rt_1zX2cV3bN4mA5sD"


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> CliRunner:
    monkeypatch.setenv("FACILITATOR_DB", str(tmp_path / "env.db"))
    monkeypatch.setenv("FACILITATOR_LANG", "en")
    return CliRunner()


def modules(drawing: str) -> list[list[bool]]:
    """The dark modules of a QR code drawn with half blocks (two rows a line)."""
    halves = {" ": (True, True), "▀": (False, True), "▄": (True, False), "█": (False, False)}
    rows: list[list[bool]] = []
    for line in drawing.splitlines():
        pairs = [halves[char] for char in line]
        rows += [[top for top, _ in pairs], [bottom for _, bottom in pairs]]
    return rows


def test_the_qr_code_holds_the_link() -> None:
    drawn = modules(qr_code(LINK))
    code = segno.make(LINK, error="m")
    border = 2
    expected = [[bool(cell) for cell in row] for row in code.matrix]
    inner = [row[border:-border] for row in drawn[border : border + len(expected)]]
    assert inner == expected
    assert not any(any(row) for row in drawn[:border])  # a light quiet zone around it


def test_the_announcement_gives_the_link_and_warns_beyond_this_computer() -> None:
    text, warning = announcement(LINK, WALL_LINK, title="Rondetafel", host="127.0.0.1", lang="en")
    assert f"    {LINK}\n" in text
    assert qr_code(LINK) in text
    assert "Whoever has the link" in text
    assert warning is None
    _, warning = announcement(LINK, WALL_LINK, title="Rondetafel", host="0.0.0.0", lang="nl")
    assert warning is not None
    assert "Iedereen op dit netwerk die de link heeft" in warning
    _, warning = announcement(LINK, WALL_LINK, title="Rondetafel", host="192.168.1.20", lang="en")
    assert warning is not None and "Anyone on this network who has the link" in warning


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_announcement_gives_the_wall_link_after_the_main_one(lang: str) -> None:
    text, _ = announcement(LINK, WALL_LINK, title="Rondetafel", host="127.0.0.1", lang=lang)
    assert f"    {WALL_LINK}\n" in text
    assert text.index(LINK) < text.index(qr_code(LINK)) < text.index(WALL_LINK)
    assert qr_code(WALL_LINK) not in text  # no use on the projector's computer
    said = "nothing can be changed from that page" if lang == "en" else "niets te veranderen"
    assert said in text


def test_a_main_link_that_opens_the_wall_says_it_changes_nothing() -> None:
    text, _ = announcement(
        LINK, WALL_LINK, role="wall", title="Rondetafel", host="127.0.0.1", lang="en"
    )
    assert "whoever has it can watch but change nothing" in text
    assert "Whoever has the link can drive the session" not in text


def test_serve_offers_the_roles_that_run_accepts() -> None:
    def choices(command: click.Command) -> list[str]:
        (role,) = (param for param in command.params if param.name == "role")
        assert isinstance(role.type, click.Choice)
        return [str(choice) for choice in role.type.choices]

    assert choices(serve_command) == choices(run) == run_roles()
    assert "facilitator" in run_roles() and "wall" in run_roles()
    assert {Role(choice) for choice in run_roles()} <= set(Role)
    # and the page each opens in a browser says, while it starts, which screen it is
    assert all(f"page.starting.{role}" in facilitator.serve.WORDS for role in run_roles())


@pytest.mark.parametrize(("args", "role"), [([], "facilitator"), (["--role", "wall"], "wall")])
def test_serve_passes_the_role_to_the_main_link_and_the_wall_to_the_wall_link(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], role: str
) -> None:
    db = imported(runner, tmp_path)
    started: list[SessionServer] = []
    monkeypatch.setattr(facilitator.serve, "serve", lambda server, **_: started.append(server))
    result = runner.invoke(main, ["--db", str(db), "serve", "twente-2020-10", *args])
    assert result.exit_code == 0, result.output
    (server,) = started
    assert shlex.split(server.command)[-2:] == ["--role", role]
    assert shlex.split(server.wall_command)[-2:] == ["--role", "wall"]
    assert server.token != server.wall_token


def test_a_role_that_run_refuses_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    db = imported(runner, tmp_path)
    refused = [role.value for role in Role if role.value not in run_roles()]
    for role in [*refused, "beamer"]:
        args = ["--db", str(db), "serve", "twente-2020-10", "--role", role, "--port", "0"]
        result = runner.invoke(main, args)
        assert result.exit_code == 2, role
        assert f"'{role}' is not one of" in result.output


def test_the_app_command_survives_a_shell(tmp_path: Path) -> None:
    db = tmp_path / "my sessions" / "o'brien; rm -rf $HOME `x`.db"
    command = app_command(db, "twente-2020-10", lang="nl")
    argv = shlex.split(command)
    assert argv == [
        "exec",
        sys.executable,
        "-m",
        "facilitator",
        "--db",
        str(db.resolve()),
        "--lang",
        "nl",
        "run",
        "twente-2020-10",
        "--role",
        "facilitator",
    ]
    # And a real shell hands the app exactly these words.
    echoed = subprocess.run(
        ["sh", "-c", command.replace("exec " + shlex.quote(sys.executable), "printf '%s\\n'")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert echoed.stdout.splitlines() == argv[2:]
    wall = shlex.split(app_command(db, "twente-2020-10", role="wall"))
    assert wall[-4:] == ["run", "twente-2020-10", "--role", "wall"]


def imported(runner: CliRunner, tmp_path: Path) -> Path:
    db = tmp_path / "x.db"
    result = runner.invoke(
        main, ["--db", str(db), "import", str(ROOT / "sample_sessions" / "twente.toml")]
    )
    assert result.exit_code == 0, result.output
    return db


def test_a_port_in_use_is_a_clear_error(runner: CliRunner, tmp_path: Path) -> None:
    db = imported(runner, tmp_path)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = runner.invoke(
            main, ["--db", str(db), "serve", "twente-2020-10", "--port", str(port)]
        )
    assert result.exit_code == 1
    assert f"Port {port} on 127.0.0.1 is already in use" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("host", ["203.0.113.7", "no-such-host.invalid"])
def test_an_address_not_of_this_computer_is_a_clear_error(
    runner: CliRunner, tmp_path: Path, host: str
) -> None:
    # 203.0.113.0/24 is kept for documentation; .invalid never resolves.
    db = imported(runner, tmp_path)
    args = ["--db", str(db), "serve", "twente-2020-10", "--host", host, "--port", "0"]
    result = runner.invoke(main, args)
    assert result.exit_code == 1
    assert f"Cannot listen on {host}: that address does not belong to this computer" in (
        result.output
    )
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["serve", "twente-2020-10"], "does not exist; nothing was created"),
        (["serve", "twente-2020-10", "--port", "70000"], "Port 70000 does not exist"),
    ],
)
def test_bad_input_is_a_clear_error(
    runner: CliRunner, tmp_path: Path, args: list[str], message: str
) -> None:
    result = runner.invoke(main, ["--db", str(tmp_path / "none.db"), *args])
    assert result.exit_code in (1, 2)
    assert message in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "none.db").exists()


def test_an_unknown_session_is_a_clear_error(runner: CliRunner, tmp_path: Path) -> None:
    db = imported(runner, tmp_path)
    result = runner.invoke(main, ["--db", str(db), "--lang", "nl", "serve", "nergens"])
    assert result.exit_code == 1
    assert "Geen sessie 'nergens'" in result.output
    assert "Traceback" not in result.output


def test_serve_prints_a_link_that_opens_and_stops_on_ctrl_c(
    runner: CliRunner, tmp_path: Path
) -> None:
    db = imported(runner, tmp_path)
    server = subprocess.Popen(
        [sys.executable, "-m", "facilitator", "--db", str(db), "--lang", "en", "serve"]
        + ["twente-2020-10", "--port", "0"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        lines = [server.stdout.readline() for _ in range(3)]
        assert "can be opened in a browser" in lines[0]
        link = lines[2].strip()
        assert link.startswith("http://127.0.0.1:") and "/?token=" in link
        base, token = link.split("/?token=")
        assert len(token) >= 22
        with urllib.request.urlopen(link, timeout=30) as page:
            assert page.status == 200
            assert "HttpOnly" in page.headers["Set-Cookie"]
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(base + "/", timeout=30)
        assert refused.value.code == 401
        # Then the wall's link, with its own token.
        while "/wall?token=" not in lines[-1]:
            lines.append(server.stdout.readline())
            assert lines[-1], "serve printed no wall link"
        assert "For the projector" in lines[-3]
        wall_link = lines[-1].strip()
        assert wall_link.startswith(base + "/wall?token=")
        wall_token = wall_link.split("/wall?token=")[1]
        assert len(wall_token) >= 22 and wall_token != token
        with urllib.request.urlopen(wall_link, timeout=30) as page:
            assert page.status == 200
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(f"{base}/?token={wall_token}", timeout=30)
        assert refused.value.code == 401
        server.send_signal(signal.SIGINT)
        server.wait(timeout=30)
        out = "".join(lines) + server.stdout.read()
        assert server.stderr is not None
        err = server.stderr.read()
    finally:
        server.kill()
        server.wait()
    assert server.returncode == 0, err
    assert "Whoever has the link" in out
    assert "Stopped; the session is in" in out
    assert err == ""  # no warning on 127.0.0.1, no traceback


def test_the_browser_package_loads_no_store_and_no_textual() -> None:
    # It only starts 'facilitator run' processes; the CLI finds the session.
    code = (
        "import sys, facilitator.serve\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'sqlite3',"
        " 'sqlite_utils') or m.startswith(('facilitator.store', 'facilitator.tui'))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("lang", "error", "said"),
    [
        (
            "nl",
            OSError(errno.EADDRNOTAVAIL, "error while attempting to bind on address"),
            "Kan niet luisteren op 10.1.2.3: dat adres hoort niet bij deze computer of is "
            "onbekend (dit adres is op deze computer niet beschikbaar). Laat --host weg",
        ),
        (
            "en",
            OSError(errno.EADDRNOTAVAIL, "error while attempting to bind on address"),
            "Cannot listen on 10.1.2.3: that address does not belong to this computer or is "
            "unknown (this address is not available on this computer). Leave out --host",
        ),
        (
            "nl",
            socket.gaierror(socket.EAI_NONAME, "Name or service not known"),
            "onbekend (deze naam is niet bekend). Laat",
        ),
        (
            "en",
            socket.gaierror(socket.EAI_NONAME, "Name or service not known"),
            "unknown (this name is not known). Leave",
        ),
        (
            "nl",
            socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution"),
            "onbekend (de naam kon nu niet worden opgezocht). Laat",
        ),
    ],
)
def test_an_address_that_cannot_be_listened_on_is_said_in_one_language(
    lang: str, error: OSError, said: str
) -> None:
    """Before, the Dutch sentence quoted the system's English: «… of is onbekend (error
    while attempting to bind on address ('10.1.2.3', 0): cannot assign requested
    address).»"""
    assert said in listen_error(error, "10.1.2.3", 0).message(lang)


def test_an_address_not_of_this_computer_is_said_in_dutch(
    runner: CliRunner, tmp_path: Path
) -> None:
    db = imported(runner, tmp_path)
    args = ["--db", str(db), "serve", "twente-2020-10", "--host", "203.0.113.7", "--port", "0"]
    result = runner.invoke(main, [*args, "--lang", "nl"])
    assert result.exit_code == 1
    assert "(dit adres is op deze computer niet beschikbaar)" in result.output
    assert "Traceback" not in result.output and "bind" not in result.output
