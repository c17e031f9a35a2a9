"""moto's server as `moto_server` serves it, but one request at a time.

`moto_server` hard-codes werkzeug's threaded server, and with it concurrent DynamoDB transactions lost a
committed write and let two identical idempotent requests both succeed: moto's backends take no locks.
Run with the Python that has moto[server] installed: `python moto_single_threaded.py HOST` (or this text
after `python -c`).

Binds HOST on a port the system picks (no race for a free port), prints that port as the first line of
its standard output, and serves until its standard input reaches its end: the process that started it
holds the other end, so however that process ends (even killed), this server ends with it.
"""
import logging
import os
import sys
import threading

from moto.moto_server.werkzeug_app import (
    DomainDispatcherApplication,
    MotoRequestHandler,
    create_backend_app,
)
from werkzeug.serving import make_server


def exit_when_standard_input_ends() -> None:
    sys.stdin.buffer.read()
    os._exit(0)


def main() -> None:
    host = sys.argv[1]
    # One line per request on stderr would only fill the log; errors still get through.
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    app = DomainDispatcherApplication(create_backend_app)
    server = make_server(host, 0, app, threaded=False, request_handler=MotoRequestHandler)
    port = server.server_address[1]
    # What moto_server sets: moto writes its own port into the URLs it returns (queue URLs and the like).
    os.environ["MOTO_PORT"] = str(port)
    threading.Thread(target=exit_when_standard_input_ends, daemon=True).start()
    print(port, flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
