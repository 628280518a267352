#pragma once

#include <QByteArray>

namespace Colloquy {

/**
 * Flattens HTML nested deeper than a limit before an HTML parser sees it.
 *
 * The HTML parser (gumbo) spends time in proportion to the depth of its open
 * elements for every tag, so a page of a million nested `<div>`s keeps it
 * busy for minutes. One pass over the bytes follows the elements the parser
 * will hold open, as the HTML standard's tree builder closes them (void
 * elements, end tags within their scope, implied ends of `<p>`, `<li>`,
 * table rows and cells, formatting elements the parser may reopen); a start
 * tag that would open an element deeper than `maxDepth` is left out, with its
 * end tag, and a block's tags become `<br>`, so the text inside stays, as
 * lines. Raw text (`<script>`, `<style>`, `<textarea>`, `<title>`) is copied
 * as it is.
 *
 * The count errs on the deep side: where the tree builder's rules are too
 * involved to follow cheaply it counts an element as still open, so a page
 * may be flattened a little early but never reaches the parser deeper than
 * `maxDepth` plus the few elements the parser adds by itself (`<html>`,
 * `<body>`, a `<tbody>`). Linear in the input's size. Reentrant.
 */
class HtmlNestingLimiter
{
public:
    /// The page as it is when nothing is deeper than `maxDepth`, else with the
    /// deeper tags left out; `flattened` (when given) counts the start tags left out.
    static QByteArray limit(const QByteArray &html, int maxDepth, int *flattened = nullptr);
};

} // namespace Colloquy
