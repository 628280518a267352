#!/usr/bin/env python3
"""Writes the evaluation articles of tests/data/eval, eval-dev and eval-test and their expected segmentations.

Every article here is invented for Colloquy's tests: the people, organisations and
places do not exist. Each article is written once, as its segments, and printed in
one format (plain text, Markdown, HTML, WebVTT, SRT; PDFs from a plain-text
layout through the `textpdf` helper built with the tests). The expectation is
written from the same segments, never from the segmenter's output, so the two
cannot drift apart.

    python3 tests/data/eval/generate.py [--set eval|dev|test] [--pdf build/tests/textpdf [--force-pdf]]

Run from the repository root; commit what it writes. Without --set it writes all three sets.

Sets:
  eval  tests/data/eval: the 90 articles the segmenter was first tuned on (articles.py here),
        expectations in the `segment --json` schema plus a "shape".
  dev   tests/data/eval-dev (its articles.py): the development half of the shape fixtures of
        issue 15, which the segmenter may be tuned on.
  test  tests/data/eval-test (its articles.py): the frozen test half, written and split off
        before any tuning; never edited or looked at while tuning.
  dev and test write expectations in the format of ../shared/tools/segcheck.py (kind, speaker,
  aliases, bio, first_words, paragraphs, label, text), so that script and `colloquy-cli eval`
  score them exactly as they score ../shared/corpus/real-dev.
"""

import importlib.util
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
    """One expected segment and how it is printed.

    `glue`: when not None, the first printed line runs on at the end of the line before, joined
    by this string (a turn label in the middle of a paragraph, or glued to the text before it).
    `aliases`: other names a scorer accepts for the speaker (segcheck format only).
    `title`: this metadata line is the article's headline.
    """

    def __init__(self, kind, paras, label=None, name=None, bio=None, printed=None, glue=None, aliases=(),
                 title=False):
        self.kind, self.paras, self.label, self.name, self.bio = kind, list(paras), label, name, bio
        self.printed = printed if printed is not None else list(paras)
        self.glue, self.aliases, self.title = glue, list(aliases), title

    def expected(self):
        return {
            "kind": self.kind,
            "label": self.label,
            "speaker": {"name": self.name, "bio": self.bio} if self.kind == "speaker" else None,
            "paragraphs": self.paras,
        }

    def segcheck(self):
        """The segment in ../shared/tools/segcheck.py's expected format."""
        out = {
            "kind": self.kind,
            "speaker": self.name if self.kind == "speaker" else None,
            "aliases": self.aliases,
            "bio": self.bio if self.kind == "speaker" else None,
            "first_words": " ".join(self.paras[0].split()[:6]),
            "paragraphs": len(self.paras),
        }
        if self.label is not None:
            out["label"] = self.label
        if self.kind in ("metadata", "caption"):
            out["text"] = self.paras[0]
        return out


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


def headline(text):
    """The article's headline, printed where the page prints it (after a site name, say)."""
    return Seg("metadata", [text], title=True)


def said(label, text, *more, name=None, bio=None, aliases=(), sep=": ", glue=None, bold=False):
    """A turn opened by a label on the same line (`MORALES: Well…`, `Mr. HALVORSEN. Thank you.`);
    with `glue` the label runs on at the end of the line before."""
    first = ("b", label + sep.rstrip(" "), " " + text) if bold else label + sep + text
    return Seg("speaker", [text] + list(more), label=label, name=name or label, bio=bio,
               printed=[first] + list(more), glue=glue, aliases=aliases)


def heading(line, name, bio, *paras, aliases=(), fmt=None):
    """A turn whose label or heading stands on a line of its own (`Operator`, `Ms. Dara Quinn (Eastfield)`)."""
    return Seg("speaker", paras, label=line, name=name, bio=bio,
               printed=[(fmt, line) if fmt else line] + list(paras), aliases=aliases)


def stage(text):
    """A stage direction on a line of its own: narration, nobody's speech."""
    return Seg("narration", [text])


def signed(name, bio, signature, *paras):
    """A letter signed after its text (`—Name, Town, ST.`): the writer's turn."""
    return Seg("speaker", paras, label=name, name=name, bio=bio, printed=list(paras) + [signature])


def speech(name, *paras, bio=None, aliases=(), printed=None, glue=None, fmt=None):
    """Unlabelled speech (an answer after a marked question), or any turn printed as given."""
    if printed is None:
        printed = [(fmt, paras[0], "") if fmt == "b" else paras[0]] + list(paras[1:])
    return Seg("speaker", paras, name=name, bio=bio, printed=printed, glue=glue, aliases=aliases)


class Article:
    def __init__(self, path, shape, title, segs, fmt=None, blank_lines=False, html_chrome=True, wrap=None,
                 wrap_blank=True):
        self.path, self.shape, self.title, self.segs = path, shape, title, segs
        self.fmt = fmt or os.path.splitext(path)[1][1:]
        # A wrapped text keeps blank lines between paragraphs unless told otherwise (GPO's layout has none).
        self.blank_lines = blank_lines or (wrap is not None and wrap_blank)
        self.wrap = wrap
        self.html_chrome = html_chrome

    def printed(self):
        """The printed paragraphs in order; a glued segment's first line joins the one before."""
        out = []
        for s in self.segs:
            lines = list(s.printed)
            if s.glue is not None and out and lines:
                out[-1] = glue_lines(out[-1], s.glue, lines.pop(0))
            out.extend(lines)
        return out

    def expected(self):
        return {"shape": self.shape, "title": self.title, "segments": [s.expected() for s in self.segs]}

    def segcheck(self):
        title = self.title
        segs = ([meta(self.title)] if self.title else []) + self.segs
        if title is None:
            title = next((s.paras[0] for s in self.segs if s.title), None)
        return {"source": "Colloquy's own fixture (invented text): " + self.path, "shape": self.shape,
                "title": title, "segments": [s.segcheck() for s in segs]}


def glue_lines(before, glue, after):
    """Runs `after` on at the end of the line `before` (each a string or a formatted tuple)."""
    if isinstance(before, tuple) or isinstance(after, tuple):
        return ("b", plain_of(before) + glue, plain_of(after)) if isinstance(after, tuple) and after[0] == "b" \
            else plain_of(before) + glue + plain_of(after)
    return before + glue + after


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


def write(articles, pdf_tool, root=HERE, form="eval"):
    for a in articles:
        target = os.path.join(root, a.path)
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
            json.dump(a.expected() if form == "eval" else a.segcheck(), f, ensure_ascii=False, indent=1)
            f.write("\n")


def load_articles(folder):
    spec = importlib.util.spec_from_file_location("articles_" + os.path.basename(folder),
                                                  os.path.join(folder, "articles.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.ARTICLES


SETS = {
    "eval": (HERE, "eval"),
    "dev": (os.path.join(HERE, "..", "eval-dev"), "segcheck"),
    "test": (os.path.join(HERE, "..", "eval-test"), "segcheck"),
}


if __name__ == "__main__":
    sys.path.insert(0, HERE)
    tool = sys.argv[sys.argv.index("--pdf") + 1] if "--pdf" in sys.argv else None
    chosen = [sys.argv[sys.argv.index("--set") + 1]] if "--set" in sys.argv else list(SETS)
    for name in chosen:
        folder, form = SETS[name]
        if not os.path.exists(os.path.join(folder, "articles.py")):
            continue
        articles = load_articles(folder)
        write(articles, tool, os.path.normpath(folder), form)
        print(f"{name}: {len(articles)} articles written")
