"""unga serve: the web application (pages and the REST API) on one host and port."""

from __future__ import annotations

import argparse
import socket

from unga import api
from unga.errors import BadInput, UngaError


def _can_listen(host: str, port: int) -> None:
    """A port in use or an address not of this machine: one line and exit 1, before the server starts."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        with socket.socket(infos[0][0], socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(infos[0][4])
    except OSError as exc:
        raise UngaError(f"cannot listen on {host}:{port}: {exc.strerror or exc}; choose another --port or --host") from None


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="serve the pages and the REST API (/api/v1/) over HTTP",
                       description="Serve the record in the browser and as JSON, read-only; a store that "
                                   "`unga build` swaps in is picked up while it runs. See docs/web.md.")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000)")
    p.add_argument("--no-ideal-points", dest="ideal_points", action="store_false",
                   help="do not estimate ideal points for the state pages (a 15-20 s fit per store, in the background)")
    p.set_defaults(run=serve)


def serve(args: argparse.Namespace) -> None:
    if not 1 <= args.port <= 65535:
        raise BadInput(f"--port {args.port}: choose a port between 1 and 65535")
    api.build_id()  # no store: the one-line error now, not on every request
    _can_listen(args.host, args.port)
    import uvicorn

    from unga.web.app import create_app

    uvicorn.run(create_app(ideal_points=args.ideal_points), host=args.host, port=args.port, log_level="info")
