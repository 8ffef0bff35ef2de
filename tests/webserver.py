"""Run the web application with uvicorn on a free loopback port, in a thread of the test process."""

from __future__ import annotations

import socket
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(*, ideal_points: bool = False) -> Iterator[str]:
    """The app over the store UNGA_HOME points at; yields its base URL and stops it afterwards."""
    import uvicorn

    from unga.web.app import create_app

    port = free_port()
    config = uvicorn.Config(create_app(ideal_points=ideal_points), host="127.0.0.1", port=port, log_level="warning",
                            access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="unga-test-server", daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError(f"the test server did not start on port {port}")
        time.sleep(0.05)
    urllib.request.urlopen(base + "/", timeout=60).read()  # warm: the first page opens the store
    try:
        yield base
    finally:
        server.should_exit = True
        thread.join(timeout=30)
