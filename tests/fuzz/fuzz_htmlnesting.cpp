// The HTML nesting limiter on any bytes: the tree the parser builds from its
// output is never deeper than the limit, give or take the few elements the
// parser adds by itself (<html>, <body>, a <colgroup>), and it never grows;
// repeating a page does not add up slips of the pass's count.

#include "fuzzsupport.h"

#include "import/htmlnesting_p.h"

#include <QList>

#include <gumbo.h>

namespace {

// Small, so that short inputs can break it.
constexpr int Limit = 6;
constexpr int ParserAdds = 4;

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
    if (depth > Limit + ParserAdds)
        std::fprintf(stderr, "depth %d\n", depth);
    Colloquy::Fuzz::require(depth <= Limit + ParserAdds, "the parser's tree stays within the limit");
    // A slip of the pass's count must not add up: the same page four times over stays within it too.
    const int repeatedDepth = limitedDepth(html.repeated(4));
    if (repeatedDepth > Limit + ParserAdds)
        std::fprintf(stderr, "depth %d, repeated four times\n", repeatedDepth);
    Colloquy::Fuzz::require(repeatedDepth <= Limit + ParserAdds, "the page repeated stays within the limit");
    return 0;
}
