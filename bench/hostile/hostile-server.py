#!/usr/bin/env python3
"""A hostile web server on loopback for bench/hostile/run's fetch step (issue #17).

Usage: hostile-server.py PORT_FILE
Listens on 127.0.0.1 on a free port, writes the port to PORT_FILE, serves until killed.

  /robots.txt      allows everything (each request is counted: GET /robots-count answers the count)
  /ordinary.xml    an ordinary RSS feed of 20 items (about 8 KB): the yardstick
  /huge.xml        a 100 MB RSS feed, sent chunked (no Content-Length to refuse it by)
  /drip.xml        the headers, then one byte of a feed every half second, without end
  /redirect/N      302 to /redirect/N+1, without end (every hop a new URL, so no loop is seen)
  /bomb.xml        gzip, about 1 MB on the wire that inflates to about 1 GB (a feed's start, then spaces)
  /page/NAME       the same four shapes as pages: /page/huge, /page/drip, /page/bomb, /page/ordinary
"""
import http.server
import os
import socketserver
import sys
import threading
import time
import zlib

HUGE_BYTES = 100 * 1024 * 1024
BOMB_BYTES = 1024 * 1024 * 1024
DRIP_SECONDS = 0.5
CHUNK = 1024 * 1024

FEED_HEAD = b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Hostile</title><link>http://127.0.0.1/</link><description>x</description>'
PAGE_HEAD = b"<html><head><title>Water main bursts in Leeds</title></head><body><article><h1>Water main bursts in Leeds</h1><p>"
ITEM = ("<item><title>Water main bursts in Leeds, item {i}</title><link>http://127.0.0.1/page/ordinary?{i}</link>"
        "<guid>ordinary-{i}</guid><pubDate>Tue, 10 Mar 2026 09:{m:02d}:00 GMT</pubDate>"
        "<description>A water main burst in Leeds city centre on Tuesday, and Yorkshire Water said repairs would take {d} days.</description></item>")
CLAUSE = b"and the water from the burst main kept rising along Briggate while traders waited "


def ordinary_feed():
    items = "".join(ITEM.format(i=i, m=i % 60, d=i % 5 + 1) for i in range(20))
    return FEED_HEAD + items.encode() + b"</channel></rss>"


def ordinary_page():
    body = " ".join(f"Paragraph {i}: a water main burst in Leeds city centre on Tuesday, and Yorkshire Water said repairs would take {i % 5 + 1} days." for i in range(80))
    return PAGE_HEAD + body.encode() + b"</p></article></body></html>"


def make_bomb(head):
    """gzip of head + spaces up to BOMB_BYTES (about 1 MB), made in well under a second: the spaces are
    one 8 MB deflate segment, full-flushed (so it stands alone) and repeated."""
    def segment(data, mode):
        compressor = zlib.compressobj(9, zlib.DEFLATED, -15)   # raw deflate
        return compressor.compress(data) + compressor.flush(mode)

    spaces = b" " * (8 * 1024 * 1024)
    repeats = (BOMB_BYTES - len(head)) // len(spaces)
    crc = zlib.crc32(head)
    for _ in range(repeats):
        crc = zlib.crc32(spaces, crc)
    size = len(head) + repeats * len(spaces)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"
    trailer = crc.to_bytes(4, "little") + (size % 2**32).to_bytes(4, "little")
    body = segment(head, zlib.Z_FULL_FLUSH) + segment(spaces, zlib.Z_FULL_FLUSH) * repeats + segment(b"", zlib.Z_FINISH)
    return header + body + trailer


class State:
    robots = 0
    lock = threading.Lock()
    bombs = {}


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        pass

    def send_body(self, body, content_type, extra=()):
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in extra:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def start_chunked(self, content_type):
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()

    def chunk(self, data):
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        self.wfile.flush()

    def do_GET(self):
        path = self.path.split("?")[0]
        kind, head, content_type = ("page", PAGE_HEAD, "text/html; charset=utf-8") if path.startswith("/page/") else ("feed", FEED_HEAD, "application/rss+xml")
        name = path.rsplit("/", 1)[-1].removesuffix(".xml")
        try:
            if path == "/robots.txt":
                with State.lock:
                    State.robots += 1
                self.send_body(b"User-agent: *\nAllow: /\n", "text/plain")
            elif path == "/robots-count":
                self.send_body(str(State.robots).encode(), "text/plain")
            elif path.startswith("/redirect/"):
                hop = int(path.rsplit("/", 1)[-1] or 0)
                self.send_response(302)
                self.send_header("Location", f"/redirect/{hop + 1}")
                self.send_header("Content-Length", "0")
                self.end_headers()
            elif name == "ordinary":
                self.send_body(ordinary_feed() if kind == "feed" else ordinary_page(), content_type)
            elif name == "huge":
                self.start_chunked(content_type)
                self.chunk(head)
                filler = (CLAUSE * (CHUNK // len(CLAUSE) + 1))[:CHUNK]
                for _ in range(HUGE_BYTES // CHUNK):
                    self.chunk(filler)
                self.chunk(b"")
            elif name == "drip":
                self.start_chunked(content_type)
                self.chunk(head)
                while True:
                    time.sleep(DRIP_SECONDS)
                    self.chunk(b" ")
            elif name == "bomb":
                with State.lock:
                    if kind not in State.bombs:
                        State.bombs[kind] = make_bomb(head)
                    body = State.bombs[kind]
                self.send_body(body, content_type, [("Content-Encoding", "gzip")])
            else:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
        except (BrokenPipeError, ConnectionResetError):
            pass   # the client gave up: what a bound is for


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def main():
    server = Server(("127.0.0.1", 0), Handler)
    for kind, head in (("feed", FEED_HEAD), ("page", PAGE_HEAD)):
        State.bombs[kind] = make_bomb(head)
    with open(sys.argv[1] + ".tmp", "w") as f:
        f.write(str(server.server_address[1]))
    os.replace(sys.argv[1] + ".tmp", sys.argv[1])
    server.serve_forever()


if __name__ == "__main__":
    main()
