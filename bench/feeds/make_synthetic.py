#!/usr/bin/python3
"""Writes a synthetic RSS 2.0 feed of N items (deterministic) to PATH: usage make_synthetic.py PATH N."""
import sys
from datetime import datetime, timedelta, timezone

path, n = sys.argv[1], int(sys.argv[2])
start = datetime(2026, 1, 1, tzinfo=timezone.utc)
with open(path, "w", encoding="utf-8") as f:
    f.write('<?xml version="1.0" encoding="utf-8"?>\n')
    f.write('<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/">\n<channel>\n')
    f.write("<title>Synthetic wire</title><link>https://synthetic.example/</link>"
            "<description>Generated for the feeds bench</description>\n")
    for i in range(n):
        when = (start + timedelta(minutes=7 * i)).strftime("%a, %d %b %Y %H:%M:%S +0000")
        f.write(
            f"<item><title>Story {i}: markets, weather &amp; sport</title>"
            f"<link>https://synthetic.example/story/{i}</link>"
            f'<guid isPermaLink="false">synthetic-{i}</guid>'
            f"<pubDate>{when}</pubDate><dc:creator>Reporter {i % 37}</dc:creator>"
            f"<description>&lt;p&gt;Summary of story {i} with &lt;a href=\"/related/{i}\"&gt;a link&lt;/a&gt; "
            f"and &lt;b&gt;bold&lt;/b&gt; text.&lt;/p&gt;</description>"
            f"<content:encoded><![CDATA[<p>Paragraph one of story {i}, long enough to look like news copy "
            f"with several clauses, names and numbers such as {i * 13} and {i % 101}.</p>"
            f"<p>Paragraph two <em>quotes</em> a source and links <a href=\"https://source.example/{i}\">the original</a>.</p>"
            f"<script>track({i})</script>]]></content:encoded></item>\n")
    f.write("</channel>\n</rss>\n")
