#!/usr/bin/env python3
"""Writes the evaluation articles of tests/data/eval and their expected segmentations.

Every article here is invented for Colloquy's tests: the people, organisations and
places do not exist. Each article is written once, as its segments, and printed in
one format (plain text, Markdown, HTML, WebVTT, SRT; PDFs from a plain-text
layout through the `textpdf` helper built with the tests). The expectation is
written from the same segments, never from the segmenter's output, so the two
cannot drift apart.

    python3 tests/data/eval/generate.py [--pdf build/tests/textpdf [--force-pdf]]

Run from the repository root; commit what it writes.
"""

import json
import os
import subprocess
import sys
import tempfile
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
FORCE_PDF = "--force-pdf" in sys.argv


# A printed paragraph is a string, or a tuple that formats render their own way:
# ("h", text) a heading, ("b", lead, rest) a bold lead-in, ("i", text) a paragraph in italics.
def plain_of(p):
    if isinstance(p, str):
        return p
    if p[0] in ("h", "i"):
        return p[1]
    return p[1] + p[2]


class Seg:
    def __init__(self, kind, paras, label=None, name=None, bio=None, printed=None):
        self.kind, self.paras, self.label, self.name, self.bio = kind, list(paras), label, name, bio
        self.printed = printed if printed is not None else list(paras)

    def expected(self):
        return {
            "kind": self.kind,
            "label": self.label,
            "speaker": {"name": self.name, "bio": self.bio} if self.kind == "speaker" else None,
            "paragraphs": self.paras,
        }


def cap(text):
    return Seg("caption", [text])


def meta(text):
    return Seg("metadata", [text])


def narr(*paras):
    return Seg("narration", paras)


def note(*paras, label="Editor's Note", sep=": ", bold=False):
    first = ("b", label + sep.rstrip(), " " + paras[0]) if bold else label + sep + paras[0]
    return Seg("editor_note", paras, label=label, printed=[first] + list(paras[1:]))


def glued(name, bio, *paras):
    """`Name, bioFirst sentence…` — the reference shape."""
    return Seg("speaker", paras, name=name, bio=bio, printed=[f"{name}, {bio}{paras[0]}"] + list(paras[1:]))


def ownline(name, bio, *paras, heading=False):
    head = f"{name}, {bio}" if bio else name
    return Seg("speaker", paras, name=name, bio=bio, printed=[("h", head) if heading else head] + list(paras))


def colon(name, bio, *paras):
    """`Name, bio (Country): first sentence…`"""
    return Seg("speaker", paras, name=name, bio=bio, printed=[f"{name}, {bio}: {paras[0]}"] + list(paras[1:]))


def turn(label, text, *more, name=None, role=None, stamp=None, bold=False, sep=": ", cont=()):
    """A labelled turn; `cont` are timestamped lines without a name that continue it."""
    head = label + (f" ({role})" if role else "") + sep.rstrip(" ")
    prefix = f"{stamp} " if stamp else ""
    first = ("b", prefix + head, " " + text) if bold else prefix + head + (" " if sep.endswith(" ") else "") + text
    paras = [text] + [c[1] for c in cont] + list(more)
    printed = [first] + [f"{c[0]} {c[1]}" for c in cont] + list(more)
    return Seg("speaker", paras, label=label, name=name or label, bio=role, printed=printed)


class Article:
    def __init__(self, path, shape, title, segs, fmt=None, blank_lines=False, html_chrome=True, wrap=None):
        self.path, self.shape, self.title, self.segs = path, shape, title, segs
        self.fmt = fmt or os.path.splitext(path)[1][1:]
        self.blank_lines = blank_lines or wrap is not None
        self.wrap = wrap
        self.html_chrome = html_chrome

    def printed(self):
        out = []
        for s in self.segs:
            out.extend(s.printed)
        return out

    def expected(self):
        return {"shape": self.shape, "title": self.title, "segments": [s.expected() for s in self.segs]}


def render_text(a):
    lines = ([a.title] if a.title else []) + [plain_of(p) for p in a.printed()]
    if a.wrap:  # hard-wrapped at a fixed measure, as e-mailed and archived texts are
        lines = [textwrap.fill(line, a.wrap) for line in lines]
    return ("\n\n" if a.blank_lines else "\n").join(lines) + "\n"


def render_markdown(a):
    blocks = [f"# {a.title}"] if a.title else []
    for p in a.printed():
        if isinstance(p, str):
            blocks.append(p)
        elif p[0] == "h":
            blocks.append(f"## {p[1]}")
        elif p[0] == "i":
            blocks.append(f"*{p[1]}*")
        else:
            blocks.append(f"**{p[1]}**{p[2]}")
    return "\n\n".join(blocks) + "\n"


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_html(a):
    body = [f"<h1>{esc(a.title)}</h1>"] if a.title else []
    for p in a.printed():
        if isinstance(p, str):
            body.append(f"<p>{esc(p)}</p>")
        elif p[0] == "h":
            body.append(f"<h3>{esc(p[1])}</h3>")
        elif p[0] == "i":
            body.append(f"<p><em>{esc(p[1])}</em></p>")
        else:
            body.append(f"<p><strong>{esc(p[1])}</strong>{esc(p[2])}</p>")
    chrome_top = (
        '<header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>'
        '<li><a href="/opinion">Opinion</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav></header>\n'
        if a.html_chrome else "")
    chrome_bottom = (
        '<div class="share-bar"><a href="#">Share</a> <a href="#">Email</a></div>\n'
        '<footer><p>Copyright The Example Ledger. All rights reserved.</p>'
        '<p><a href="/privacy">Privacy</a> | <a href="/terms">Terms</a></p></footer>\n'
        if a.html_chrome else "")
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>{esc(a.title or 'Untitled')}</title>"
        "<style>body{font-family:serif}</style><script>var tracker=1;</script></head>\n<body>\n"
        + chrome_top
        + "<main><article>\n" + "\n".join(body) + "\n</article></main>\n"
        + chrome_bottom
        + "</body></html>\n")


def cue_time(ms):
    h, rest = divmod(ms, 3600000)
    m, rest = divmod(rest, 60000)
    s, ms = divmod(rest, 1000)
    return h, m, s, ms


def subtitle_cues(a):
    """(speaker, text) per cue: each speaker turn printed as one or two cues."""
    cues = []
    for s in a.segs:
        assert s.kind == "speaker" and len(s.paras) == 1
        words = s.paras[0].split(" ")
        if len(words) > 14:  # a long turn spans two cues, as captions do
            half = len(words) // 2
            cues.append((s.label, " ".join(words[:half])))
            cues.append((s.label, " ".join(words[half:])))
        else:
            cues.append((s.label, s.paras[0]))
    return cues


def render_vtt(a):
    out = [f"WEBVTT - {a.title}" if a.title else "WEBVTT", ""]
    t = 1000
    for i, (speaker, text) in enumerate(subtitle_cues(a)):
        h, m, s, ms = cue_time(t)
        h2, m2, s2, ms2 = cue_time(t + 3500)
        out += [str(i + 1), f"{h:02}:{m:02}:{s:02}.{ms:03} --> {h2:02}:{m2:02}:{s2:02}.{ms2:03}",
                f"<v {speaker}>{esc(text)}", ""]
        t += 4000
    return "\n".join(out)


def render_srt(a):
    out = []
    t = 1000
    for i, (speaker, text) in enumerate(subtitle_cues(a)):
        h, m, s, ms = cue_time(t)
        h2, m2, s2, ms2 = cue_time(t + 3500)
        out += [str(i + 1), f"{h:02}:{m:02}:{s:02},{ms:03} --> {h2:02}:{m2:02}:{s2:02},{ms2:03}",
                f"{speaker}: {text}", ""]
        t += 4000
    return "\n".join(out)


RENDERERS = {"txt": render_text, "md": render_markdown, "html": render_html, "vtt": render_vtt, "srt": render_srt}


def write(articles, pdf_tool):
    for a in articles:
        target = os.path.join(HERE, a.path)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        base = os.path.splitext(target)[0]
        if a.fmt == "pdf":
            # QPdfWriter stamps the creation time: rewrite a PDF only when asked, so unchanged ones stay put.
            if pdf_tool and (FORCE_PDF or not os.path.exists(target)):
                with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as layout:
                    layout.write(render_text(Article(a.path, a.shape, a.title, a.segs, blank_lines=True)))
                subprocess.run([pdf_tool, layout.name, target], check=True)
                os.unlink(layout.name)
        else:
            with open(target, "w", encoding="utf-8", newline="\n") as f:
                f.write(RENDERERS[a.fmt](a))
        with open(base + ".expected.json", "w", encoding="utf-8", newline="\n") as f:
            json.dump(a.expected(), f, ensure_ascii=False, indent=1)
            f.write("\n")


if __name__ == "__main__":
    sys.path.insert(0, HERE)
    from articles import ARTICLES  # noqa: E402

    tool = sys.argv[sys.argv.index("--pdf") + 1] if "--pdf" in sys.argv else None
    write(ARTICLES, tool)
    print(f"{len(ARTICLES)} articles written")
