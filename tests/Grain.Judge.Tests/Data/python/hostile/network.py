# problem: event-counts
# expect: fail
# verdict: RTE
import socket


def count_events(events):
    socket.create_connection(("1.1.1.1", 53), timeout=2).close()
    return {}
