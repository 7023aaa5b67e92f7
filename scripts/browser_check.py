"""Open a served session in a real browser, type a capture into the page, find it in the database.

    python scripts/browser_check.py [--screenshot browser.png] [--wall-screenshot wall.png]

Needs headless Chromium and its driver (Debian: ``apt-get install chromium
chromium-driver``) and selenium (``pip install -e '.[browser]'``). It imports the Twente
sample into a new database in a temporary folder, starts ``facilitator serve`` on a free
port, opens the printed link in Chromium, waits for the console, presses ``b``, types a
sentence and Enter, and looks for that barrier in the database. Then, in a second tab, a
page from another origin on this computer (another port of 127.0.0.1: the same site, so
the browser sends the session's cookie along) tries to open the session's websocket: it
must be refused, and no app be started for it. Last, in a third tab with only the wall
link's key (the other cookies cleared), it opens the wall link: the wall must come up
in its own app, the wall page's own scripts must not reach the console's page or
websocket, and ``b``, a sentence and Enter typed into the wall must change nothing in the
database. Exit code 0 when all holds, 1 when not, 2 when something it needs is missing.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_sessions" / "twente.toml"
SENTENCE = "Geen bus naar het bedrijventerrein na 18 uur"
WALL_SENTENCE = "Deze zin hoort niet op het bord"
PATIENCE = 60.0
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--window-size=1280,800",
]

# Installed before the page's own script runs: keeps what the app sends over the
# websocket as text, so the check can wait until the console is on the screen (the
# terminal itself draws on a canvas, out of reach of the DOM); and what the page sends,
# so it can tell that typed keys did go out to the app.
RECORD_SCREEN = """
(() => {
  const Native = window.WebSocket;
  const decoder = new TextDecoder();
  window.__screen = "";
  window.__sent = "";
  function Recording(url, protocols) {
    const socket = protocols === undefined ? new Native(url) : new Native(url, protocols);
    const send = socket.send.bind(socket);
    socket.send = (data) => {
      window.__sent = (window.__sent + data).slice(-200000);
      return send(data);
    };
    socket.addEventListener("message", (event) => {
      if (typeof event.data !== "string") {
        window.__screen = (window.__screen + decoder.decode(event.data, {stream: true}))
          .slice(-200000);
      }
    });
    return socket;
  }
  Recording.prototype = Native.prototype;
  Object.assign(Recording, {CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3});
  window.WebSocket = Recording;
})();
"""


# A page of another origin that, once the session is open in this browser, tries to
# drive it: the attack textual-serve alone lets through.
FOREIGN_PAGE = """<!DOCTYPE html><meta charset="utf-8"><script>
window.__result = "pending";
const socket = new WebSocket("ws://127.0.0.1:PORT/ws?width=80&height=24");
socket.onopen = () => {
  window.__result = "open";
  socket.send(JSON.stringify(["stdin", "b"]));
};
socket.onclose = (event) => {
  if (window.__result === "pending") window.__result = "refused " + event.code;
};
</script>"""


# Run in the wall's page: can its own scripts (same origin, the wall's cookie) reach the
# console? Both must be refused: the page with 401, the websocket before it opens.
REACH_CONSOLE = """
const done = arguments[arguments.length - 1];
const page = await fetch("/").then((response) => response.status);
const socket = new WebSocket(`ws://${location.host}/ws?width=80&height=24`);
socket.onopen = () => { socket.close(); done([page, "open"]); };
socket.onclose = (event) => done([page, "refused " + event.code]);
"""


def fail(message: str, code: int = 1) -> NoReturn:
    print(f"browser check: {message}", file=sys.stderr)
    sys.exit(code)


def facilitator(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "facilitator", "--db", str(db), "--lang", "en", *args]


def barriers(db: Path) -> list[str]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        rows = conn.execute("SELECT text FROM contributions WHERE kind = 'barrier'").fetchall()
    return [text for (text,) in rows]


def dump(db: Path) -> list[str]:
    """Every table and row of the database, as SQL."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def apps(server: subprocess.Popen[str]) -> int:
    """How many app processes the server runs (one per open tab)."""
    listed = subprocess.run(
        ["ps", "--ppid", str(server.pid), "-o", "pid="], capture_output=True, text=True
    )
    return len(listed.stdout.split())


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def foreign_site(folder: Path, port: int) -> http.server.ThreadingHTTPServer:
    """A web server on another port of 127.0.0.1 with the foreign page."""
    (folder / "index.html").write_text(FOREIGN_PAGE.replace("PORT", str(port)), "utf-8")
    handler = functools.partial(QuietHandler, directory=str(folder))
    site = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=site.serve_forever, daemon=True).start()
    return site


def wait_for(what: str, check: Callable[[], bool]) -> None:
    """Look again every 50 ms until ``check()`` is true; fail after PATIENCE seconds."""
    deadline = time.monotonic() + PATIENCE
    while not check():
        if time.monotonic() > deadline:
            fail(f"waited {PATIENCE:.0f} s for {what}")
        time.sleep(0.05)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chromium", default=shutil.which("chromium"))
    parser.add_argument("--chromedriver", default=shutil.which("chromedriver"))
    parser.add_argument("--screenshot", type=Path, help="save the page as a PNG here")
    parser.add_argument("--wall-screenshot", type=Path, help="save the wall as a PNG here")
    options = parser.parse_args()
    try:
        from selenium import webdriver
        from selenium.webdriver.common.action_chains import ActionChains
        from selenium.webdriver.common.by import By
        from selenium.webdriver.common.keys import Keys
    except ImportError:
        fail("selenium is missing: pip install -e '.[browser]'", 2)
    if not options.chromium or not options.chromedriver:
        fail("Chromium or its driver is missing: apt-get install chromium chromium-driver", 2)

    with tempfile.TemporaryDirectory(prefix="facilitator browser ") as folder:
        db = Path(folder) / "round table.db"
        subprocess.run(facilitator(db, "import", str(SAMPLE)), check=True, capture_output=True)
        server = subprocess.Popen(
            facilitator(db, "serve", "twente-2020-10", "--port", "0"),
            stdout=subprocess.PIPE,
            text=True,
        )
        driver = None
        try:
            assert server.stdout is not None
            link = wall_link = None
            for line in server.stdout:
                if found := re.search(r"http://\S+/\?token=\S+", line):
                    link = found.group(0)
                if found := re.search(r"http://\S+/wall\?token=\S+", line):
                    wall_link = found.group(0)
                    break
            if link is None or wall_link is None:
                fail("facilitator serve printed no link, or no wall link")
            print(f"serving at {link.split('?')[0]}, the wall at {wall_link.split('?')[0]}")

            chrome = webdriver.ChromeOptions()
            chrome.binary_location = options.chromium
            for flag in CHROMIUM_FLAGS:
                chrome.add_argument(flag)
            service = webdriver.ChromeService(executable_path=options.chromedriver)
            driver = webdriver.Chrome(options=chrome, service=service)
            driver.execute_cdp_cmd(
                "Page.addScriptToEvaluateOnNewDocument", {"source": RECORD_SCREEN}
            )
            started = time.monotonic()
            driver.get(link)
            wait_for(
                "the console on the page",
                lambda: "Rondetafel mbo" in (driver.execute_script("return window.__screen") or ""),
            )
            print(f"console on the page after {time.monotonic() - started:.1f} s")
            if "token=" in driver.current_url:
                fail(f"the token stayed in the address bar: {driver.current_url}")

            typing = driver.find_element(By.CSS_SELECTOR, ".xterm-helper-textarea")
            typing.send_keys("b")
            typing.send_keys(SENTENCE)
            typing.send_keys(Keys.ENTER)
            typed = time.monotonic()
            wait_for("the barrier in the database", lambda: SENTENCE in barriers(db))
            print(f"barrier in the database {time.monotonic() - typed:.1f} s after Enter")
            wait_for(
                "the barrier on the page",
                lambda: SENTENCE in (driver.execute_script("return window.__screen") or ""),
            )
            if options.screenshot:
                time.sleep(1.0)  # let the last frame settle on the canvas
                driver.save_screenshot(str(options.screenshot))
                print(f"screenshot: {options.screenshot}")

            running = apps(server)
            if running != 1:
                fail(f"{running} app processes for one open tab")
            pages = Path(folder) / "foreign"
            pages.mkdir()
            port = int(link.split(":")[2].split("/")[0])
            site = foreign_site(pages, port)
            try:
                driver.switch_to.new_window("tab")
                driver.get(f"http://127.0.0.1:{site.server_address[1]}/")
                wait_for(
                    "the foreign page's websocket to end",
                    lambda: driver.execute_script("return window.__result") != "pending",
                )
                result = driver.execute_script("return window.__result")
            finally:
                site.shutdown()
            if not result.startswith("refused") or apps(server) != 1:
                fail(f"a page of another origin opened the session: {result}")
            print(f"a page of another origin: {result}, no app started for it")

            # The wall link, in a tab with only the wall's key.
            before = dump(db)
            driver.switch_to.new_window("tab")
            driver.execute_cdp_cmd(  # each tab needs it of its own
                "Page.addScriptToEvaluateOnNewDocument", {"source": RECORD_SCREEN}
            )
            driver.get(link.split("?")[0] + "static/css/xterm.css")  # on the session's host
            driver.delete_all_cookies()
            driver.set_window_size(1920, 1080)
            started = time.monotonic()
            driver.get(wall_link)
            wait_for(
                "the wall on the page",
                lambda: "The floor" in (driver.execute_script("return window.__screen") or ""),
            )
            print(f"wall on the page after {time.monotonic() - started:.1f} s")
            if "token=" in driver.current_url or not driver.current_url.endswith("/wall"):
                fail(f"the wall link ended at {driver.current_url}")
            if apps(server) != 2:
                fail(f"{apps(server)} app processes for two open tabs")
            page, socket = driver.execute_async_script(REACH_CONSOLE)
            if page != 401 or not socket.startswith("refused") or apps(server) != 2:
                fail(f"the wall's page reached the console: page {page}, websocket {socket}")
            print(f"from the wall's page the console is refused: page {page}, websocket {socket}")
            # The wall keeps no cursor on the screen, so the terminal's input is focused
            # and typed into as a person's keyboard would, not as an element.
            typing = driver.find_element(By.CSS_SELECTOR, ".xterm-helper-textarea")
            driver.execute_script("arguments[0].focus()", typing)
            ActionChains(driver).send_keys("b", WALL_SENTENCE, Keys.ENTER).perform()
            wait_for(
                "the keys typed into the wall to go out to its app",
                lambda: all(
                    json.dumps(["stdin", key], separators=(",", ":"))
                    in driver.execute_script("return window.__sent")
                    for key in ("b", "\r")
                ),
            )
            if options.wall_screenshot:
                time.sleep(1.0)  # let the last frame settle on the canvas
                driver.save_screenshot(str(options.wall_screenshot))
                print(f"wall screenshot: {options.wall_screenshot}")
            # Closing the tab ends the wall's app once it has had the keys typed before.
            driver.close()
            driver.switch_to.window(driver.window_handles[0])
            wait_for("the wall's app to end", lambda: apps(server) == 1)
            if dump(db) != before:
                fail(f"typing into the wall changed the database: {barriers(db)}")
            print("b, a sentence and Enter typed into the wall: the database is unchanged")
        finally:
            if driver is not None:
                driver.quit()
            server.send_signal(signal.SIGINT)
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                fail("facilitator serve did not stop on Ctrl+C")
        if server.returncode != 0:
            fail(f"facilitator serve ended with exit code {server.returncode}")
        print(f"ok: {barriers(db)}")


if __name__ == "__main__":
    main()
