#include "import/htmlimporter.h"

#include "import/gumbodocument_p.h"
#include "import/htmlnesting_p.h"
#include "import/importhelpers_p.h"
#include "import/textdecoder.h"
#include "logging.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

// Pages nest deeper than this only when broken or hostile; we stop reading there.
constexpr int MaxDepth = 256;
// What the parser gets: deeper elements are flattened into their ancestors, below MaxDepth with
// room for the few the parser adds by itself (HtmlImporter::MaxNesting).
constexpr int MaxParsedDepth = HtmlImporter::MaxNesting;

bool isElement(const GumboNode *node, GumboTag tag)
{
    return node && node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag;
}

const GumboVector *childrenOf(const GumboNode *node)
{
    if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE)
        return &node->v.element.children;
    if (node->type == GUMBO_NODE_DOCUMENT)
        return &node->v.document.children;
    return nullptr;
}

template<typename Function>
void forEachChild(const GumboNode *node, Function function)
{
    const GumboVector *children = childrenOf(node);
    if (!children)
        return;
    for (unsigned i = 0; i < children->length; ++i)
        function(static_cast<const GumboNode *>(children->data[i]));
}

bool isBlockTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_BODY:
        return true;
    default:
        return false;
    }
}

// Elements that never hold the article's prose.
bool isNoiseTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_MENU:
        return true;
    default:
        return false;
    }
}

// Class and id words (split at `-`, `_` and spaces) that mark page furniture.
const QSet<QString> &negativeHints()
{
    static const QSet<QString> hints {u"share"_s, u"sharing"_s, u"social"_s, u"ad"_s, u"ads"_s, u"advert"_s,
        u"advertisement"_s, u"sponsor"_s, u"sponsored"_s, u"promo"_s, u"promotion"_s, u"related"_s,
        u"recommended"_s, u"comment"_s, u"comments"_s, u"footer"_s, u"nav"_s, u"navbar"_s, u"navigation"_s,
        u"menu"_s, u"sidebar"_s, u"banner"_s, u"cookie"_s, u"cookies"_s, u"consent"_s, u"newsletter"_s,
        u"subscribe"_s, u"subscription"_s, u"signup"_s, u"popup"_s, u"modal"_s, u"breadcrumb"_s,
        u"breadcrumbs"_s, u"widget"_s, u"outbrain"_s, u"taboola"_s, u"masthead"_s, u"pagination"_s,
        u"pager"_s, u"toolbar"_s, u"skip"_s, u"tags"_s, u"trending"_s, u"paywall"_s};
    return hints;
}

const QSet<QString> &positiveHints()
{
    static const QSet<QString> hints {u"article"_s, u"body"_s, u"content"_s, u"entry"_s, u"main"_s, u"post"_s,
        u"story"_s, u"text"_s, u"prose"_s};
    return hints;
}

// -1 for furniture, +1 for the article, 0 when the class and id say neither.
int classHint(const GumboNode *node)
{
    const QString names =
        GumboDocument::attribute(node, "class") + u' ' + GumboDocument::attribute(node, "id");
    static const QRegularExpression separators(u"[\\s_-]+"_s);
    int hint = 0;
    for (const QString &word : names.toLower().split(separators, Qt::SkipEmptyParts)) {
        if (negativeHints().contains(word))
            return -1;
        if (positiveHints().contains(word))
            hint = 1;
    }
    return hint;
}

bool isHidden(const GumboNode *node)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return false;
    if (gumbo_get_attribute(&node->v.element.attributes, "hidden"))
        return true;
    if (GumboDocument::attribute(node, "aria-hidden") == u"true"_s)
        return true;
    const QString style = GumboDocument::attribute(node, "style").remove(u' ').toLower();
    if (style.contains(u"display:none"_s) || style.contains(u"visibility:hidden"_s))
        return true;
    static const QSet<QString> furnitureRoles {u"navigation"_s, u"banner"_s, u"contentinfo"_s,
        u"complementary"_s, u"dialog"_s, u"alertdialog"_s, u"search"_s, u"menu"_s, u"menubar"_s};
    return furnitureRoles.contains(GumboDocument::attribute(node, "role").toLower());
}

bool hasAncestor(const GumboNode *node, GumboTag tag)
{
    for (const GumboNode *parent = node->parent; parent; parent = parent->parent) {
        if (isElement(parent, tag))
            return true;
    }
    return false;
}

/// Reads one parsed page: what to drop, where the article is, and its text.
class PageReader
{
public:
    explicit PageReader(const GumboNode *root)
        : m_root(root)
    { }

    void markRemoved(const GumboNode *node, int depth);
    void scoreParagraphs(const GumboNode *node, int depth);
    QList<const GumboNode *> contentNodes();
    void writeText(const GumboNode *node, ImportHelpers::TextBuilder &out, int depth) const;
    QString innerText(const GumboNode *node) const;
    qsizetype linkTextLength(const GumboNode *node) const;
    double linkDensity(const GumboNode *node) const;
    void readHead(const GumboNode *node, int depth);
    QString title() const;
    QVariantMap metadata() const { return m_metadata; }

private:
    void collectText(const GumboNode *node, QString &text, int depth) const;
    double &scoreOf(const GumboNode *node);

    const GumboNode *m_root;
    QSet<const GumboNode *> m_removed;
    QHash<const GumboNode *, double> m_scores;
    QList<const GumboNode *> m_candidates; ///< scored elements in first-seen order
    QString m_titleElement;
    QString m_ogTitle;
    QString m_firstHeading;
    QVariantMap m_metadata;
};

void PageReader::markRemoved(const GumboNode *node, int depth)
{
    if (node->type != GUMBO_NODE_ELEMENT || depth > MaxDepth)
        return;
    const GumboTag tag = node->v.element.tag;
    const bool structural =
        tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN;
    // A site's <header> holds its logo and menu; an article's own holds its headline and byline.
    const bool siteHeader = tag == GUMBO_TAG_HEADER && !hasAncestor(node, GUMBO_TAG_ARTICLE);
    if (isNoiseTag(tag) || siteHeader || isHidden(node) || (!structural && classHint(node) < 0)) {
        m_removed.insert(node);
        return;
    }
    forEachChild(node, [&](const GumboNode *child) { markRemoved(child, depth + 1); });
}

void PageReader::collectText(const GumboNode *node, QString &text, int depth) const
{
    if (depth > MaxDepth || m_removed.contains(node))
        return;
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
        node->type == GUMBO_NODE_CDATA) {
        text += QString::fromUtf8(node->v.text.text);
        return;
    }
    if (isElement(node, GUMBO_TAG_BR))
        text += u' ';
    forEachChild(node, [&](const GumboNode *child) { collectText(child, text, depth + 1); });
}

QString PageReader::innerText(const GumboNode *node) const
{
    QString text;
    collectText(node, text, 0);
    return text.simplified();
}

qsizetype PageReader::linkTextLength(const GumboNode *node) const
{
    if (m_removed.contains(node))
        return 0;
    if (isElement(node, GUMBO_TAG_A))
        return innerText(node).size();
    qsizetype length = 0;
    forEachChild(node, [&](const GumboNode *child) { length += linkTextLength(child); });
    return length;
}

double PageReader::linkDensity(const GumboNode *node) const
{
    const qsizetype length = innerText(node).size();
    return length == 0 ? 0.0 : double(linkTextLength(node)) / double(length);
}

double &PageReader::scoreOf(const GumboNode *node)
{
    auto it = m_scores.find(node);
    if (it != m_scores.end())
        return it.value();
    // A first look at an element: its kind and its class/id say how likely it holds prose.
    double score = 0;
    switch (node->v.element.tag) {
    case GUMBO_TAG_ARTICLE:
        score = 10;
        break;
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_SECTION:
        score = 5;
        break;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
        score = 3;
        break;
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_FORM:
        score = -3;
        break;
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_TH:
        score = -5;
        break;
    default:
        break;
    }
    score += 25 * classHint(node);
    m_candidates.append(node);
    return m_scores.insert(node, score).value();
}

void PageReader::scoreParagraphs(const GumboNode *node, int depth)
{
    if (node->type != GUMBO_NODE_ELEMENT || depth > MaxDepth || m_removed.contains(node))
        return;
    const GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_P || tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_TD) {
        const QString text = innerText(node);
        if (text.size() >= 25) {
            // Readability's measure: long text with many commas is prose.
            const double score = 1.0 + double(text.count(u',') + text.count(u'\uff0c')) +
                std::min(double(text.size()) / 100.0, 3.0);
            int level = 0;
            for (const GumboNode *ancestor = node->parent; ancestor && level < 3;
                 ancestor = ancestor->parent, ++level) {
                if (ancestor->type != GUMBO_NODE_ELEMENT)
                    break;
                scoreOf(ancestor) += score / (level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0);
            }
        }
        return;
    }
    forEachChild(node, [&](const GumboNode *child) { scoreParagraphs(child, depth + 1); });
}

QList<const GumboNode *> PageReader::contentNodes()
{
    const GumboNode *best = nullptr;
    double bestScore = 0;
    for (const GumboNode *candidate : std::as_const(m_candidates)) {
        const double score = m_scores.value(candidate) * (1.0 - linkDensity(candidate));
        m_scores[candidate] = score;
        if (!best || score > bestScore) {
            best = candidate;
            bestScore = score;
        }
    }
    if (!best) {
        // No paragraph anywhere: the whole body, whatever it is.
        const GumboNode *body = nullptr;
        forEachChild(m_root, [&](const GumboNode *child) {
            if (isElement(child, GUMBO_TAG_BODY))
                body = child;
        });
        return {body ? body : m_root};
    }
    // Inside an <article> the element itself is the unit: its header holds the byline.
    for (const GumboNode *ancestor = best->parent; ancestor; ancestor = ancestor->parent) {
        if (isElement(ancestor, GUMBO_TAG_ARTICLE) && !m_removed.contains(ancestor)) {
            qCDebug(lcImport) << "html: main content is the <article> around the best block";
            return {ancestor};
        }
    }
    qCDebug(lcImport) << "html: main content is" << gumbo_normalized_tagname(best->v.element.tag)
                      << GumboDocument::attribute(best, "class") << "score" << bestScore;

    // Siblings that score well or read like prose belong to the article too (an
    // editor's note or a byline block next to the body).
    const GumboNode *parent = best->parent;
    if (!parent || parent->type != GUMBO_NODE_ELEMENT)
        return {best};
    const double threshold = std::max(10.0, bestScore * 0.2);
    QList<const GumboNode *> nodes;
    forEachChild(parent, [&](const GumboNode *sibling) {
        if (sibling == best) {
            nodes.append(sibling);
            return;
        }
        if (sibling->type != GUMBO_NODE_ELEMENT || m_removed.contains(sibling))
            return;
        bool append = m_scores.value(sibling, -1000) >= threshold;
        if (!append && isElement(sibling, GUMBO_TAG_P)) {
            const QString text = innerText(sibling);
            const double density = linkDensity(sibling);
            append = (text.size() > 80 && density < 0.25) ||
                (!text.isEmpty() && density == 0 && text.contains(QRegularExpression(u"\\.( |$)"_s)));
        }
        if (append)
            nodes.append(sibling);
    });
    return nodes;
}

void PageReader::writeText(const GumboNode *node, ImportHelpers::TextBuilder &out, int depth) const
{
    if (depth > MaxDepth || m_removed.contains(node))
        return;
    switch (node->type) {
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_CDATA:
    case GUMBO_NODE_WHITESPACE:
        if (hasAncestor(node, GUMBO_TAG_PRE))
            out.addVerbatim(QString::fromUtf8(node->v.text.text));
        else
            out.addText(QString::fromUtf8(node->v.text.text));
        return;
    case GUMBO_NODE_ELEMENT:
        break;
    default:
        return;
    }

    const GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_BR) {
        out.softBreak();
        return;
    }
    // Lists and blocks that are mostly links inside the article: "read more" boxes, tag clouds.
    if ((tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL || tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_SECTION ||
            tag == GUMBO_TAG_TABLE) &&
        linkDensity(node) > 0.5 && innerText(node).size() < 400) {
        return;
    }
    const bool block = isBlockTag(tag);
    if (block)
        out.endLine();
    // A paragraph's class is a cue too (`<p class="question">`), for the lines inside it.
    const QString blockClass =
        block && tag != GUMBO_TAG_BODY && tag != GUMBO_TAG_ARTICLE && tag != GUMBO_TAG_MAIN
        ? GumboDocument::attribute(node, "class").simplified().toLower()
        : QString();
    const QString outerClass = out.blockClass();
    if (!blockClass.isEmpty())
        out.setBlockClass(blockClass);
    if (tag == GUMBO_TAG_LI)
        out.setLinePrefix(isElement(node->parent, GUMBO_TAG_OL) ? QString() : u"\u2022 "_s);
    if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH)
        out.addText(u" ");
    // Emphasis and headings are cues for the segmenter: a bold name line, a bold question.
    const bool bold = tag == GUMBO_TAG_STRONG || tag == GUMBO_TAG_B;
    const bool italic = tag == GUMBO_TAG_EM || tag == GUMBO_TAG_I;
    const int heading = tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6 ? int(tag - GUMBO_TAG_H1) + 1 : 0;
    if (bold)
        out.beginBold();
    if (italic)
        out.beginItalic();
    if (heading > 0)
        out.setHeading(heading);

    // A link's target is markup the reader never saw in the page: only its text is kept.
    forEachChild(node, [&](const GumboNode *child) { writeText(child, out, depth + 1); });

    if (bold)
        out.endBold();
    if (italic)
        out.endItalic();
    if (tag == GUMBO_TAG_LI)
        out.setLinePrefix(QString());
    if (block)
        out.endLine();
    if (heading > 0)
        out.setHeading(0);
    if (!blockClass.isEmpty())
        out.setBlockClass(outerClass);
}

void PageReader::readHead(const GumboNode *node, int depth)
{
    if (node->type != GUMBO_NODE_ELEMENT || depth > MaxDepth)
        return;
    const GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_TITLE && m_titleElement.isEmpty()) {
        QString text;
        forEachChild(node, [&](const GumboNode *child) {
            if (child->type == GUMBO_NODE_TEXT)
                text += QString::fromUtf8(child->v.text.text);
        });
        m_titleElement = text.simplified();
        return;
    }
    if (tag == GUMBO_TAG_META) {
        const QString key =
            (GumboDocument::attribute(node, "property") + GumboDocument::attribute(node, "name")).toLower();
        const QString content = GumboDocument::attribute(node, "content").simplified();
        if (content.isEmpty())
            return;
        if (key == u"og:title"_s)
            m_ogTitle = content;
        else if (key == u"author"_s || key == u"article:author"_s)
            m_metadata.insert(u"author"_s, content);
        else if (key == u"og:site_name"_s)
            m_metadata.insert(u"site"_s, content);
        else if (key == u"article:published_time"_s || key == u"date"_s)
            m_metadata.insert(u"published"_s, content);
        else if (key == u"description"_s || key == u"og:description"_s)
            m_metadata.insert(u"description"_s, content);
        return;
    }
    if (tag == GUMBO_TAG_H1 && m_firstHeading.isEmpty() && !m_removed.contains(node)) {
        m_firstHeading = innerText(node);
        return;
    }
    forEachChild(node, [&](const GumboNode *child) { readHead(child, depth + 1); });
}

QString PageReader::title() const
{
    const QString heading = m_firstHeading;
    // The page's own headline when the <title> or og:title repeats it with the site's name.
    if (!heading.isEmpty() && (m_titleElement.contains(heading) || m_ogTitle.contains(heading)))
        return heading;
    if (!m_ogTitle.isEmpty())
        return m_ogTitle;
    QString title = m_titleElement;
    for (const QString &separator : {u" | "_s, u" \u2013 "_s, u" \u2014 "_s, u" - "_s, u" :: "_s}) {
        const qsizetype at = title.lastIndexOf(separator);
        // Only when what stays is a headline, not a fragment of one.
        if (at > 0 && title.left(at).count(u' ') >= 2) {
            title = title.left(at).trimmed();
            break;
        }
    }
    return title.isEmpty() ? heading : title;
}

} // namespace

QString HtmlImporter::name() const
{
    return u"html"_s;
}

int HtmlImporter::confidence(const QByteArray &head, const QString &fileName) const
{
    const QByteArray start = ImportHelpers::sniffableHead(head.left(2048));
    if (start.startsWith("<!doctype html") || start.startsWith("<html"))
        return 95;
    // Comments or an XML declaration may come first.
    if (start.startsWith('<') &&
        (start.contains("<html") || start.contains("<head") || start.contains("<body")))
        return 90;
    if (ImportHelpers::hasSuffix(fileName, {u"html"_s, u"htm"_s, u"xhtml"_s, u"shtml"_s}))
        return 80;
    return 0;
}

QString HtmlImporter::declaredEncoding(const QByteArray &bytes) const
{
    // The HTML standard's prescan looks at the first 1,024 bytes; a charset
    // attribute there (either form of the meta tag) is what browsers obey.
    static const QRegularExpression charset(
        uR"(<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:+-]{1,40}))"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match =
        charset.match(QString::fromLatin1(bytes.first(std::min<qsizetype>(bytes.size(), 1024))));
    return match.hasMatch() ? match.captured(1) : QString();
}

std::optional<ImportedText> HtmlImporter::read(const QByteArray &bytes, QString *error) const
{
    const auto decoded = ImportHelpers::decodeMarkup(bytes, error);
    if (!decoded)
        return std::nullopt;

    // Deep nesting costs the parser time for every tag: flattened first, the text kept.
    int flattened = 0;
    const GumboDocument document(HtmlNestingLimiter::limit(decoded->toUtf8(), MaxParsedDepth, &flattened));
    if (!document.root())
        return fail(error, u"the HTML parser ran out of memory"_s);

    PageReader page(document.root());
    page.markRemoved(document.root(), 0);
    page.readHead(document.root(), 0);
    page.scoreParagraphs(document.root(), 0);

    ImportHelpers::TextBuilder out;
    const QString title = page.title();
    out.addText(title);
    out.endLine();
    for (const GumboNode *node : page.contentNodes())
        page.writeText(node, out, 0);
    out.endLine();

    QStringList lines = out.lines();
    QList<LineCue> cues = out.cues();
    // The article's own <h1> repeats the title we put first.
    if (lines.size() > 1 && lines.at(1) == lines.at(0)) {
        lines.removeAt(1);
        cues.removeIf([](const LineCue &cue) { return cue.line == 1; });
        for (LineCue &cue : cues) {
            if (cue.line > 1)
                --cue.line;
        }
    }
    // The title line is the page's headline.
    if (!title.isEmpty() && (cues.isEmpty() || cues.constFirst().line != 0)) {
        LineCue headline;
        headline.line = 0;
        headline.headingLevel = 1;
        cues.prepend(headline);
    }
    ImportedText result;
    result.format = name();
    result.text = normalizeText(lines.join(u'\n'));
    result.cues = cues;
    if (!title.isEmpty())
        result.title = title;
    result.metadata = page.metadata();
    if (flattened > 0) // said to the user: the page's structure there is gone, its text is not
        result.metadata.insert(u"html_flattened"_s, flattened);
    if (result.text.trimmed().isEmpty() || (lines.size() <= 1 && !title.isEmpty()))
        return fail(error, u"the page holds no article text"_s);
    return result;
}

} // namespace Colloquy
