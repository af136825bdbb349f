"""Block and log every network connection that leaves this machine.

Installed as an IPython startup file for every kernel the tests start (see conftest.py at the
repository root), and imported by tests/test_offline.py. Loopback and Unix sockets stay
allowed: Jupyter's own kernel traffic uses them. Any other address raises OSError in the
code that tried it, so a notebook cell fails, and is written to MEDIALIT_NETLOG.
"""

import ipaddress
import os
import sys

_LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", ""}


def _is_local(host) -> bool:
    if host is None:
        return True
    if isinstance(host, bytes):
        host = host.decode(errors="replace")
    host = str(host).strip("[]")
    if host.lower() in _LOCAL_NAMES:
        return True
    try:
        address = ipaddress.ip_address(host.split("%")[0])
    except ValueError:
        return False  # a name to resolve: only local names are allowed
    return address.is_loopback or address.is_unspecified


def _audit(event, args):
    host = None
    if event == "socket.connect":
        address = args[1]
        if isinstance(address, tuple) and address:
            host = address[0]
        else:
            return  # a Unix socket path
    elif event == "socket.getaddrinfo":
        host = args[0]
    else:
        return
    if _is_local(host):
        return
    log = os.environ.get("MEDIALIT_NETLOG")
    if log:
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(f"{event} {host!r}\n")
    raise OSError(f"network access blocked in tests: {event} to {host!r}")


sys.addaudithook(_audit)
