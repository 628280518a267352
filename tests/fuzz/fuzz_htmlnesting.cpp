// The HTML nesting limiter on any bytes: the tree the parser builds from its
// output is never deeper than the limit plus the few elements the parser adds
// by itself (<html>, <body>, a <tbody> and <tr>), give or take a slip of two
// levels where the pass follows gumbo 0.10's error recovery only roughly, and
// the output never grows. KNOWN GAP, open: fuzzing finds malformed pages whose
// slips add up (a tree of 18 levels at this limit within a minute), so
// packaging/fuzz.sh leaves this harness out of the timed run until the pass
// follows gumbo's recovery there; every input kept in its corpus is replayed
// by CTest and holds the bound below.

#include "fuzzsupport.h"

#include "import/htmlnesting_p.h"

#include <QList>

#include <gumbo.h>

namespace {

// Small, so that short inputs can break it.
constexpr int Limit = 6;
constexpr int ParserAdds = 4;
constexpr int Slip = 2;
constexpr int Bound = Limit + ParserAdds + Slip;

int treeDepth(const GumboNode *root)
{
    int deepest = 0;
    QList<std::pair<const GumboNode *, int>> stack {{root, 0}};
    while (!stack.isEmpty()) {
        const auto [node, depth] = stack.takeLast();
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE &&
            node->type != GUMBO_NODE_DOCUMENT)
            continue;
        deepest = std::max(deepest, depth);
        const GumboVector &children =
            node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
        for (unsigned i = 0; i < children.length; ++i)
            stack.append({static_cast<const GumboNode *>(children.data[i]), depth + 1});
    }
    return deepest;
}

/// Limits `html` and parses the result: the depth of the tree the parser builds.
int limitedDepth(const QByteArray &html)
{
    using namespace Colloquy;
    int flattened = 0;
    const QByteArray limited = HtmlNestingLimiter::limit(html, Limit, &flattened);
    Fuzz::require(flattened > 0 || limited == html, "a page within the limit is left as it is");
    Fuzz::require(limited.size() <= html.size() + 8 * flattened, "the output grows by its breaks only");
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;
    GumboOutput *output = gumbo_parse_with_options(&options, limited.constData(), size_t(limited.size()));
    Fuzz::require(output != nullptr, "gumbo parses it");
    const int depth = treeDepth(output->document);
    gumbo_destroy_output(&options, output);
    return depth;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // The importer hands the limiter valid UTF-8.
    const QByteArray html = QString::fromUtf8(Colloquy::Fuzz::bytesOf(data, size)).toUtf8();
    const int depth = limitedDepth(html);
    if (depth > Bound)
        std::fprintf(stderr, "depth %d\n", depth);
    Colloquy::Fuzz::require(depth <= Bound, "the parser's tree stays within the limit");
    return 0;
}
