#include "import/htmlnesting_p.h"

#include <QHash>
#include <QList>

#include <gumbo.h>

#include <algorithm>
#include <cstring>

namespace Colloquy {

namespace {

// Element kinds, after the HTML standard's tree-building rules (section 13.2.6).

bool isVoid(int tag)
{
    switch (tag) {
    case GUMBO_TAG_AREA:
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_BASEFONT:
    case GUMBO_TAG_BGSOUND:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_COL:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_FRAME:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_IMAGE:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_ISINDEX:
    case GUMBO_TAG_KEYGEN:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_META:
    case GUMBO_TAG_PARAM:
    case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_TRACK:
    case GUMBO_TAG_WBR:
        return true;
    default:
        return false;
    }
}

// Inside <svg> or <math> only these leave foreign content and stay void; the others are elements there.
bool isForeignVoid(int tag)
{
    return tag == GUMBO_TAG_BR || tag == GUMBO_TAG_EMBED || tag == GUMBO_TAG_HR || tag == GUMBO_TAG_IMG ||
        tag == GUMBO_TAG_META;
}

/// Elements whose content is text up to their end tag (in HTML content, not inside <svg> or <math>).
bool isRawText(int tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_XMP:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_NOFRAMES:
        return true;
    default:
        return false;
    }
}

bool isFormatting(int tag)
{
    switch (tag) {
    case GUMBO_TAG_A:
    case GUMBO_TAG_B:
    case GUMBO_TAG_BIG:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_FONT:
    case GUMBO_TAG_I:
    case GUMBO_TAG_NOBR:
    case GUMBO_TAG_S:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_STRIKE:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_TT:
    case GUMBO_TAG_U:
        return true;
    default:
        return false;
    }
}

/// The scope boundaries that are MathML or SVG elements (special in their namespace only).
bool isForeignBoundary(int tag)
{
    switch (tag) {
    case GUMBO_TAG_MI:
    case GUMBO_TAG_MO:
    case GUMBO_TAG_MN:
    case GUMBO_TAG_MS:
    case GUMBO_TAG_MTEXT:
    case GUMBO_TAG_ANNOTATION_XML:
    case GUMBO_TAG_FOREIGNOBJECT:
    case GUMBO_TAG_DESC:
        return true;
    default:
        return false;
    }
}

/// The boundaries of "has an element in scope".
bool isScopeBoundary(int tag)
{
    switch (tag) {
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_MARQUEE:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_TITLE:
        return true;
    default:
        return isForeignBoundary(tag);
    }
}

/// The tags that end a <select> in a table (the "in select in table" mode), start or end tag.
bool endsSelectInTable(int tag)
{
    switch (tag) {
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
        return true;
    default:
        return false;
    }
}

/// The elements the standard calls special (an end tag of another element never closes them).
bool isSpecial(int tag)
{
    if (isScopeBoundary(tag) || (isVoid(tag) && tag != GUMBO_TAG_IMAGE))
        return true;
    switch (tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_COLGROUP:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_LISTING:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PLAINTEXT:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_WBR:
    case GUMBO_TAG_XMP:
        return true;
    default:
        return false;
    }
}

/// Start tags that close an open <p> (in button scope) before they open.
bool closesParagraph(int tag)
{
    switch (tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_LISTING:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_XMP:
    case GUMBO_TAG_PLAINTEXT:
        return true;
    default:
        return false;
    }
}

/// Start tags that take the parser out of <svg> or <math> back to HTML.
bool isBreakout(int tag)
{
    switch (tag) {
    case GUMBO_TAG_B:
    case GUMBO_TAG_BIG:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_I:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_LISTING:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_META:
    case GUMBO_TAG_NOBR:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_RUBY:
    case GUMBO_TAG_S:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_STRIKE:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TT:
    case GUMBO_TAG_U:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_VAR:
        return true;
    default:
        return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6;
    }
}

bool isHeading(int tag)
{
    return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6;
}

/// Elements that put a marker in the list of active formatting elements.
bool isMarker(int tag)
{
    return tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH || tag == GUMBO_TAG_CAPTION ||
        tag == GUMBO_TAG_TEMPLATE || tag == GUMBO_TAG_APPLET || tag == GUMBO_TAG_OBJECT ||
        tag == GUMBO_TAG_MARQUEE;
}

bool isTableSection(int tag)
{
    return tag == GUMBO_TAG_TBODY || tag == GUMBO_TAG_THEAD || tag == GUMBO_TAG_TFOOT;
}

/// What a left-out tag leaves in its place, so the text around it stays apart.
const char *placeholderFor(int tag)
{
    switch (tag) {
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
        return " ";
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_CENTER:
        return "<br>";
    default:
        return isHeading(tag) ? "<br>" : "";
    }
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/// One tag as the HTML tokenizer reads it.
struct Tag
{
    bool end = false;
    bool selfClosing = false;
    QByteArray name; ///< lowercase
    QByteArray attributes; ///< the raw bytes after the name
    qsizetype next = -1; ///< the index after its `>`; -1 when the input ends inside it
};

/// The tag at `at` (a `<` followed by a letter, or `</` and a letter), read with the tokenizer's
/// states (HTML standard 13.2.5.8 to 13.2.5.40): quoted attribute values may hold `>`, an `=`
/// that starts an attribute is its name, and a `/` just before `>` closes the tag.
Tag readTag(const QByteArray &html, qsizetype at)
{
    enum class State
    {
        BeforeName,
        Name,
        AfterName,
        BeforeValue,
        Unquoted,
        AfterQuoted,
        SelfClosing
    };
    Tag tag;
    const qsizetype size = html.size();
    const char *data = html.constData();
    qsizetype i = at + 1;
    if (data[i] == '/') {
        tag.end = true;
        ++i;
    }
    const qsizetype nameStart = i;
    while (i < size && !isSpace(data[i]) && data[i] != '/' && data[i] != '>')
        ++i;
    tag.name = html.mid(nameStart, i - nameStart).toLower();
    const qsizetype attributesStart = i;
    State state = State::BeforeName;
    for (; i < size; ++i) {
        const char c = data[i];
        if (c == '>' && state != State::BeforeValue) {
            tag.selfClosing = state == State::SelfClosing;
            tag.attributes = html.mid(attributesStart, i - attributesStart);
            tag.next = i + 1;
            return tag;
        }
        switch (state) {
        case State::SelfClosing:
        case State::AfterQuoted:
        case State::BeforeName:
            state = isSpace(c) ? State::BeforeName : c == '/' ? State::SelfClosing : State::Name;
            break;
        case State::Name:
        case State::AfterName:
            state = isSpace(c) ? State::AfterName
                : c == '/'     ? State::SelfClosing
                : c == '='     ? State::BeforeValue
                               : State::Name;
            break;
        case State::BeforeValue:
            if (c == '>') {
                state = State::BeforeName; // a missing value: the `>` ends the tag
                --i;
            } else if (c == '"' || c == '\'') {
                const void *close = std::memchr(data + i + 1, c, size_t(size - i - 1));
                if (!close)
                    return tag; // the input ends inside the value
                i = static_cast<const char *>(close) - data;
                state = State::AfterQuoted;
            } else if (!isSpace(c)) {
                state = State::Unquoted;
            }
            break;
        case State::Unquoted:
            if (isSpace(c))
                state = State::BeforeName;
            break;
        }
    }
    return tag;
}

/// Where a comment that starts at `at` (`<!--`) ends: the index after it, or the input's size.
qsizetype commentEnd(const QByteArray &html, qsizetype at)
{
    const qsizetype body = at + 4;
    if (html.mid(body, 1) == ">")
        return body + 1; // <!-->
    if (html.mid(body, 2) == "->")
        return body + 2; // <!--->
    for (qsizetype dashes = html.indexOf("--", body); dashes >= 0; dashes = html.indexOf("--", dashes + 1)) {
        qsizetype i = dashes + 2;
        while (i < html.size() && html.at(i) == '-')
            ++i;
        if (i < html.size() && html.at(i) == '>')
            return i + 1;
        if (html.mid(i, 2) == "!>")
            return i + 2;
    }
    return html.size();
}

/// Where the raw text of a `name` element that starts at `from` ends: the `<` of its end tag, or the input's
/// size.
qsizetype rawTextEnd(const QByteArray &html, qsizetype from, const QByteArray &name)
{
    const QByteArray close = "</" + name;
    for (qsizetype at = html.indexOf("</", from); at >= 0; at = html.indexOf("</", at + 2)) {
        const qsizetype after = at + close.size();
        if (after <= html.size() && qstrnicmp(html.constData() + at, close.constData(), close.size()) == 0 &&
            (after == html.size() || isSpace(html.at(after)) || html.at(after) == '/' ||
                html.at(after) == '>'))
            return at;
    }
    return html.size();
}

/// One element the parser holds open, as far as the pass can tell.
struct OpenElement
{
    int tag = 0;
    int markers = 0; ///< markers open when it opened
    QByteArray attributes; ///< formatting elements only
    /// The parser may not hold it (it ignored the start tag, or closed the element by a rule not
    /// followed here): it still counts, but closing it closes nothing above it.
    bool doubtful = false;
    /// Opened inside <svg> or <math> (or one of them).
    bool foreign = false;
};

/// A formatting element closed by another's end tag: the parser may reopen it at the next text.
struct Lingering
{
    int tag = 0;
    int markers = 0;
};

/// What the parser does with the element an end tag names.
enum class Close
{
    Pop, ///< closes it and everything above it
    Keep, ///< leaves it open (the tag is ignored)
    Unsure, ///< may close it: it and everything above become doubtful
    Adoption, ///< takes it off its stack and rearranges what is above (the "adoption agency")
};

/// The pass itself; see HtmlNestingLimiter.
class Limiter
{
public:
    Limiter(const QByteArray &html, int maxDepth)
        : m_html(html)
        , m_maxDepth(maxDepth)
    {
        m_out.reserve(html.size());
    }

    QByteArray run(int *flattened);

private:
    int tagId(const QByteArray &name);
    qsizetype depth() const { return m_open.size() + m_lingering.size(); }
    qsizetype top(int tag) const;
    static qsizetype lastOf(const QList<qsizetype> &positions)
    {
        return positions.isEmpty() ? -1 : positions.constLast();
    }
    bool inForeignContent() const { return m_foreign > 0; }
    int currentTag() const;
    bool lingers(int tag) const;
    /// Whether one of `positions` (ascending) is open above `index`.
    static bool above(qsizetype index, const QList<qsizetype> &positions)
    {
        return lastOf(positions) > index;
    }
    /// Whether the parser, closing the element at `index`, surely closes what is above it: not when
    /// the parser may not hold the element (then only the element itself, when it is the last).
    bool canPopTo(qsizetype index) const
    {
        return index >= 0 && (!m_open.at(index).doubtful || index == m_open.size() - 1);
    }

    void push(int tag, const QByteArray &attributes, bool doubtful);
    void popTo(qsizetype size, qsizetype closedByItsEndTag = -1);
    void markDoubtful(qsizetype from);
    void markOneDoubtful(qsizetype index);
    void popOrMark(qsizetype index, bool blocked);

    qsizetype startTag(const Tag &tag, qsizetype at);
    bool mayBeIgnored(int tag) const;
    bool ignoredInSelect(int tag) const;
    bool inBody() const;
    bool entersRawText(int tag) const;
    void breakOut();
    int virtualParents(int tag) const;
    void closeImplied(int tag);
    void closeInSelect(int tag);
    void closeFormatting(int tag);
    void closeByWalk(int a, int b);
    void closeTableParts(int tag);
    qsizetype endTag(const Tag &tag, qsizetype at);
    qsizetype endTarget(int tag) const;
    Close closeFor(int tag, qsizetype open, const Tag &token) const;
    bool onlyOptionsAbove(qsizetype index) const;
    void leaveOut(int tag);

    const QByteArray &m_html;
    const int m_maxDepth;
    QByteArray m_out;
    QHash<QByteArray, int> m_unknownTags;
    QList<OpenElement> m_open;
    QHash<int, QList<qsizetype>> m_positions; ///< per tag, where it is open, ascending
    QList<qsizetype> m_special;
    QList<qsizetype> m_scope; ///< scope boundaries
    QList<qsizetype> m_buttons;
    QList<qsizetype> m_lists; ///< <ol> and <ul>: list item scope
    QList<qsizetype> m_tables; ///< <table>, <template>, <html>: table scope
    QList<qsizetype> m_unknown; ///< elements of any tag the parser does not know
    QList<qsizetype> m_doubtful;
    QList<Lingering> m_lingering;
    QHash<int, int> m_dropped; ///< per tag, start tags left out whose end tags are still to come
    int m_markers = 0;
    int m_foreign = 0;
    int m_flattened = 0;
    qsizetype m_breakCheckedTo = 0; ///< m_out up to here holds a break, then only white space
};

int Limiter::tagId(const QByteArray &name)
{
    const GumboTag known = gumbo_tagn_enum(name.constData(), unsigned(name.size()));
    if (known != GUMBO_TAG_UNKNOWN)
        return int(known);
    const auto it = m_unknownTags.constFind(name);
    if (it != m_unknownTags.cend())
        return *it;
    const int id = int(GUMBO_TAG_LAST) + 1 + int(m_unknownTags.size());
    m_unknownTags.insert(name, id);
    return id;
}

/// The tag of the element the parser adds to, when that is sure: not while formatting elements
/// wait to be reopened, which the parser may have put on top (-1 then, and when nothing is open).
int Limiter::currentTag() const
{
    if (m_open.isEmpty())
        return -1;
    for (const Lingering &l : m_lingering) {
        if (l.markers >= m_markers)
            return -1;
    }
    return m_open.constLast().tag;
}

/// Whether an element of `tag` waits to be reopened (since the last cell, caption or object opened).
bool Limiter::lingers(int tag) const
{
    for (const Lingering &l : m_lingering) {
        if (l.tag == tag && l.markers >= m_markers)
            return true;
    }
    return false;
}

qsizetype Limiter::top(int tag) const
{
    const auto it = m_positions.constFind(tag);
    return it == m_positions.cend() ? -1 : lastOf(*it);
}

void Limiter::push(int tag, const QByteArray &attributes, bool doubtful)
{
    const qsizetype at = m_open.size();
    const bool foreign = m_foreign > 0 || tag == GUMBO_TAG_SVG || tag == GUMBO_TAG_MATH;
    m_open.append(
        OpenElement {tag, m_markers, isFormatting(tag) ? attributes : QByteArray(), doubtful, foreign});
    m_positions[tag].append(at);
    const std::pair<bool, QList<qsizetype> *> lists[] = {{isSpecial(tag), &m_special},
        {isScopeBoundary(tag), &m_scope}, {tag == GUMBO_TAG_BUTTON, &m_buttons},
        {tag == GUMBO_TAG_OL || tag == GUMBO_TAG_UL, &m_lists},
        {tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_TEMPLATE || tag == GUMBO_TAG_HTML, &m_tables},
        {tag > GUMBO_TAG_LAST, &m_unknown}, {doubtful, &m_doubtful}};
    for (const auto &[member, list] : lists) {
        if (member)
            list->append(at);
    }
    if (isMarker(tag))
        ++m_markers;
    if (tag == GUMBO_TAG_SVG || tag == GUMBO_TAG_MATH)
        ++m_foreign;
}

void Limiter::popTo(qsizetype size, qsizetype closedByItsEndTag)
{
    size = std::max<qsizetype>(size, 0);
    while (m_open.size() > size) {
        const qsizetype at = m_open.size() - 1;
        const OpenElement element = m_open.takeLast();
        m_positions[element.tag].removeLast();
        for (QList<qsizetype> *list :
            {&m_special, &m_scope, &m_buttons, &m_lists, &m_tables, &m_unknown, &m_doubtful}) {
            if (!list->isEmpty() && list->constLast() == at)
                list->removeLast();
        }
        if (isMarker(element.tag)) {
            // Closing a cell, caption or object clears the formatting elements opened inside it.
            --m_markers;
            m_lingering.removeIf([this](const Lingering &l) { return l.markers > m_markers; });
        }
        if (element.foreign && (element.tag == GUMBO_TAG_SVG || element.tag == GUMBO_TAG_MATH))
            --m_foreign;
        // Not capped at three of a kind as the parser's list is ("Noah's Ark"): one it drops
        // from the list may still be open, reopened, on its stack.
        if (isFormatting(element.tag) && at != closedByItsEndTag)
            m_lingering.append(Lingering {element.tag, element.markers});
    }
}

/// The element at `from` and all above it become doubtful.
void Limiter::markDoubtful(qsizetype from)
{
    if (from < 0 || from >= m_open.size())
        return;
    while (!m_doubtful.isEmpty() && m_doubtful.constLast() >= from)
        m_doubtful.removeLast();
    for (qsizetype j = from; j < m_open.size(); ++j) {
        m_open[j].doubtful = true;
        m_doubtful.append(j);
    }
}

void Limiter::markOneDoubtful(qsizetype index)
{
    if (index < 0 || m_open.at(index).doubtful)
        return;
    m_open[index].doubtful = true;
    m_doubtful.insert(std::lower_bound(m_doubtful.begin(), m_doubtful.end(), index), index);
}

/// Closes the element at `index` and all above it as the parser does when nothing `blocked` it;
/// where the parser may do otherwise (a doubtful element on the way), marks them doubtful instead.
void Limiter::popOrMark(qsizetype index, bool blocked)
{
    if (index < 0)
        return;
    if (!blocked && canPopTo(index))
        popTo(index);
    else if (!canPopTo(index) || above(index, m_doubtful))
        markDoubtful(index);
}

QByteArray Limiter::run(int *flattened)
{
    const qsizetype size = m_html.size();
    const char *data = m_html.constData();
    qsizetype copied = 0; // everything before it is in m_out
    qsizetype at = m_html.indexOf('<');
    while (at >= 0 && at + 1 < size) {
        const char next = data[at + 1];
        qsizetype after = -1;
        if (m_html.mid(at, 4) == "<!--") {
            after = commentEnd(m_html, at);
        } else if (next == '!' || next == '?' ||
            (next == '/' && at + 2 < size && !isAsciiLetter(data[at + 2]))) {
            // A doctype, a processing instruction or a stray `</`: to the next `>`, as the tokenizer reads
            // them.
            const qsizetype close = m_html.indexOf('>', at + 1);
            after = close < 0 ? size : close + 1;
        } else if (isAsciiLetter(next) || next == '/') {
            const Tag tag = readTag(m_html, at);
            if (tag.next < 0)
                break; // the input ends inside a tag, which the parser drops: left as it is
            m_out.append(data + copied, at - copied);
            copied = tag.end ? endTag(tag, at) : startTag(tag, at);
            after = copied;
        } else {
            after = at + 1; // a `<` in text
        }
        at = after < size ? m_html.indexOf('<', after) : -1;
    }
    if (flattened)
        *flattened = m_flattened;
    if (m_flattened == 0)
        return m_html;
    m_out.append(data + copied, size - copied);
    return m_out;
}

/// Copies or leaves out one start tag and follows what it opens and closes; returns where to go on.
qsizetype Limiter::startTag(const Tag &tag, qsizetype at)
{
    const int id = tagId(tag.name);
    const QByteArrayView bytes(m_html.constData() + at, tag.next - at);
    const bool foreign = inForeignContent();
    const bool htmlRules = !foreign || isBreakout(id);
    if (!foreign && entersRawText(id)) {
        // Text to its end tag (or, for <plaintext>, to the end): never left out, nothing nests inside.
        closeImplied(id);
        const qsizetype end =
            id == GUMBO_TAG_PLAINTEXT ? m_html.size() : rawTextEnd(m_html, tag.next, tag.name);
        m_out.append(m_html.constData() + at, end - at);
        return end;
    }
    if (!foreign && id == GUMBO_TAG_SELECT && top(GUMBO_TAG_SELECT) >= 0) {
        closeInSelect(id); // another <select> ends the open one and is not an element itself
        m_out.append(bytes);
        return tag.next;
    }
    if (!foreign && ignoredInSelect(id)) {
        // Not in the parser's tree: counting it would make a control that ends the select look
        // blocked, and the pass would lose track of where raw text starts.
        m_out.append(bytes);
        return tag.next;
    }
    // Void elements, a self-closed <svg> or <math> (popped at once), and what the parser merges into
    // the <html>, <head> or <body> it has: nothing to follow but what they close.
    const bool leaf = (foreign ? isForeignVoid(id) : isVoid(id)) ||
        ((id == GUMBO_TAG_SVG || id == GUMBO_TAG_MATH) && tag.selfClosing) ||
        (htmlRules && (id == GUMBO_TAG_HTML || id == GUMBO_TAG_BODY) && top(id) >= 0) ||
        (htmlRules && id == GUMBO_TAG_HEAD &&
            (top(GUMBO_TAG_HEAD) >= 0 || top(GUMBO_TAG_BODY) >= 0 || inBody()));
    if (!leaf && depth() + (foreign ? 0 : virtualParents(id)) + 1 > m_maxDepth) {
        ++m_flattened;
        if (!tag.selfClosing)
            ++m_dropped[id];
        leaveOut(id);
        // The <br> standing for a left-out block takes the parser out of <svg> or <math>.
        if (foreign && std::strcmp(placeholderFor(id), "<br>") == 0)
            breakOut();
        return tag.next;
    }
    if (foreign && isBreakout(id))
        breakOut(); // only for a tag the parser sees
    if (htmlRules)
        closeImplied(id);
    if (!foreign)
        closeTableParts(id);
    m_out.append(bytes);
    // Self-closed inside <svg> or <math>, an element is closed at once; the pass is not sure it is there.
    if (!leaf)
        push(id, tag.attributes, mayBeIgnored(id) || (foreign && tag.selfClosing));
    return tag.next;
}

/// Whether an element other than <html> is open: the parser is past the head, and ignores a <head>.
bool Limiter::inBody() const
{
    return m_open.size() > (top(GUMBO_TAG_HTML) >= 0 ? 1 : 0);
}

/// Whether the parser surely ignores a start tag of `tag`: inside a <select> it is sure of (nothing
/// doubtful on or above it), anything but what the "in select" modes act on.
bool Limiter::ignoredInSelect(int tag) const
{
    const qsizetype select = top(GUMBO_TAG_SELECT);
    if (select < 0 || m_open.at(select).doubtful || above(select, m_doubtful))
        return false;
    switch (tag) {
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_OPTGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_KEYGEN:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HTML:
        return false;
    default:
        return !endsSelectInTable(tag);
    }
}

/// Whether the parser may ignore a start tag of `tag` here: table parts outside a table (or
/// inside a <template>, whose mode is not followed), a <frameset>, a second <form>, and
/// anything but options inside a <select>.
bool Limiter::mayBeIgnored(int tag) const
{
    if (top(GUMBO_TAG_SELECT) >= 0)
        return tag != GUMBO_TAG_OPTION && tag != GUMBO_TAG_OPTGROUP;
    switch (tag) {
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_COLGROUP:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH: {
        const qsizetype table = top(GUMBO_TAG_TABLE);
        return table < 0 || top(GUMBO_TAG_TEMPLATE) > table || m_open.at(table).doubtful;
    }
    case GUMBO_TAG_FRAMESET:
        return true;
    case GUMBO_TAG_FORM:
        return top(GUMBO_TAG_FORM) >= 0;
    default:
        return false;
    }
}

/// Whether the parser reads what follows a start tag of `tag` as text: not for tags it ignores in
/// a <select> (all but <script> and <textarea>) or a <frameset> (all but <noframes>).
bool Limiter::entersRawText(int tag) const
{
    if (!isRawText(tag) && tag != GUMBO_TAG_PLAINTEXT)
        return false;
    if (top(GUMBO_TAG_SELECT) >= 0)
        return tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_TEXTAREA;
    if (top(GUMBO_TAG_FRAMESET) >= 0)
        return tag == GUMBO_TAG_NOFRAMES;
    return true;
}

/// A tag that leaves <svg> or <math>: the parser closes the foreign elements on top of its stack.
/// They stay counted, as doubtful (where foreign content ends is not followed exactly), but what
/// follows is read as HTML, as the parser reads it: a <title> after them holds text, not tags.
void Limiter::breakOut()
{
    qsizetype from = m_open.size();
    while (from > 0 && m_open.at(from - 1).foreign && !m_open.at(from - 1).doubtful)
        --from;
    for (qsizetype j = from; j < m_open.size(); ++j) {
        OpenElement &element = m_open[j];
        if (element.foreign && (element.tag == GUMBO_TAG_SVG || element.tag == GUMBO_TAG_MATH))
            --m_foreign;
        element.foreign = false;
    }
    if (from < m_open.size())
        markDoubtful(from);
}

/// At most how many elements the parser adds by itself around `tag` (a <tbody> and a <tr> for a bare <td>).
int Limiter::virtualParents(int tag) const
{
    if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH)
        return 2;
    return tag == GUMBO_TAG_TR ? 1 : 0;
}

/// What a start tag closes by the rules of HTML content ("in body").
void Limiter::closeImplied(int tag)
{
    if (top(GUMBO_TAG_SELECT) >= 0) {
        closeInSelect(tag);
        return;
    }
    if (tag == GUMBO_TAG_LI)
        closeByWalk(GUMBO_TAG_LI, GUMBO_TAG_LI);
    if (tag == GUMBO_TAG_DD || tag == GUMBO_TAG_DT)
        closeByWalk(GUMBO_TAG_DD, GUMBO_TAG_DT);
    const qsizetype paragraph = top(GUMBO_TAG_P);
    if (closesParagraph(tag) && paragraph >= 0)
        popOrMark(paragraph, above(paragraph, m_scope) || above(paragraph, m_buttons));
    // A table ends an open paragraph unless the page is in quirks mode, which is not followed here.
    if (tag == GUMBO_TAG_TABLE && paragraph >= 0 && !above(paragraph, m_scope) &&
        !above(paragraph, m_buttons))
        markDoubtful(paragraph);
    const int current = currentTag();
    if (!m_open.isEmpty() && (isHeading(tag) || tag == GUMBO_TAG_OPTION || tag == GUMBO_TAG_OPTGROUP)) {
        const int last = m_open.constLast().tag;
        const bool closes = isHeading(tag) ? isHeading(last) : last == GUMBO_TAG_OPTION;
        if (closes && current == last)
            popTo(m_open.size() - 1);
        else if (closes)
            markDoubtful(m_open.size() - 1); // unless the parser reopened formatting elements on it
    }
    if (tag != GUMBO_TAG_COL && tag != GUMBO_TAG_TEMPLATE && tag != GUMBO_TAG_HTML && !m_open.isEmpty() &&
        m_open.constLast().tag == GUMBO_TAG_COLGROUP) {
        // A column group holds only columns: anything else ends it.
        if (current == GUMBO_TAG_COLGROUP)
            popTo(m_open.size() - 1);
        else
            markDoubtful(m_open.size() - 1);
    }
    if (tag == GUMBO_TAG_BUTTON)
        popOrMark(top(GUMBO_TAG_BUTTON), above(top(GUMBO_TAG_BUTTON), m_scope));
    closeFormatting(tag);
}

/// Inside a <select>: the controls that cannot be in one end it (another <select> is followed as unsure);
/// an option ends the option before it.
void Limiter::closeInSelect(int tag)
{
    const qsizetype select = top(GUMBO_TAG_SELECT);
    if (endsSelectInTable(tag)) {
        markDoubtful(select); // a table part ends it only in a table: it counts
        return;
    }
    if (tag == GUMBO_TAG_SELECT || tag == GUMBO_TAG_INPUT || tag == GUMBO_TAG_KEYGEN ||
        tag == GUMBO_TAG_TEXTAREA) {
        popOrMark(select, !onlyOptionsAbove(select));
        return;
    }
    if (tag != GUMBO_TAG_OPTION && tag != GUMBO_TAG_OPTGROUP && tag != GUMBO_TAG_HR)
        return; // ignored by the parser
    for (const int closed : {GUMBO_TAG_OPTION, GUMBO_TAG_OPTGROUP}) {
        if (closed == GUMBO_TAG_OPTGROUP && tag == GUMBO_TAG_OPTION)
            break;
        if (currentTag() == closed)
            popTo(m_open.size() - 1);
        else if (!m_open.isEmpty() && m_open.constLast().tag == closed)
            markDoubtful(m_open.size() - 1);
    }
}

/// A new link ends the one before it, and a <nobr> the one in scope (both through the adoption agency).
void Limiter::closeFormatting(int tag)
{
    if (tag == GUMBO_TAG_A) {
        const qsizetype link = top(GUMBO_TAG_A);
        if (link >= 0 && lingers(GUMBO_TAG_A))
            markDoubtful(link); // which link it ends is unsure
        else if (link >= 0 && !above(link, m_special) && canPopTo(link))
            popTo(link, link);
        else if (link >= 0 && !canPopTo(link))
            markDoubtful(link);
        else if (link >= 0)
            markOneDoubtful(link); // taken off the parser's stack, what was above it rearranged
    }
    if (tag == GUMBO_TAG_NOBR)
        markOneDoubtful(top(GUMBO_TAG_NOBR));
}

/// Closes the nearest open `a` or `b` when only elements an item may hold are above it, as the
/// parser does for <li>, <dd> and <dt>; looks a few elements deep only.
void Limiter::closeByWalk(int a, int b)
{
    const qsizetype nearest = std::max(top(a), top(b));
    if (nearest < 0)
        return;
    for (qsizetype j = m_open.size() - 1, steps = 0; j >= 0 && steps < 16; --j, ++steps) {
        const OpenElement &element = m_open.at(j);
        if (element.tag == a || element.tag == b) {
            popOrMark(j, false);
            return;
        }
        if (isSpecial(element.tag) && element.tag != GUMBO_TAG_ADDRESS && element.tag != GUMBO_TAG_DIV &&
            element.tag != GUMBO_TAG_P) {
            if (element.doubtful)
                markDoubtful(nearest); // the parser may not have what stops the walk here
            return;
        }
    }
    markDoubtful(nearest); // deeper than the walk looks
}

/// What a table part's start tag closes, and the <tbody> and <tr> the parser adds, in a table's own
/// modes (not inside a <template> in it).
void Limiter::closeTableParts(int tag)
{
    const bool row = tag == GUMBO_TAG_TR;
    const bool cell = tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH;
    const bool part =
        row || cell || isTableSection(tag) || tag == GUMBO_TAG_CAPTION || tag == GUMBO_TAG_COLGROUP;
    const qsizetype table = top(GUMBO_TAG_TABLE);
    if ((!part && tag != GUMBO_TAG_TABLE) || table < 0 || top(GUMBO_TAG_TEMPLATE) > table)
        return;
    // Where the parser may be is unsure: it may add a <tbody> and a <tr>, which count, doubtful.
    const auto unsureParents = [&] {
        if (row || cell)
            push(GUMBO_TAG_TBODY, {}, true);
        if (cell)
            push(GUMBO_TAG_TR, {}, true);
    };
    if (!canPopTo(table)) {
        markDoubtful(table);
        unsureParents();
        return;
    }
    // The nearest of `tags` open in this table; -1 when none is, or when the parser may not hold it
    // (then it and what is above it become doubtful, and nothing more is closed).
    bool unsure = false;
    const auto inTable = [&](std::initializer_list<int> tags) {
        qsizetype found = -1;
        for (const int t : tags)
            found = std::max(found, top(t));
        if (found > table && !canPopTo(found)) {
            markDoubtful(found);
            unsure = true;
        }
        return found > table && !unsure ? found : -1;
    };
    const qsizetype openCell = inTable({GUMBO_TAG_TD, GUMBO_TAG_TH});
    if (tag == GUMBO_TAG_TABLE) {
        // A table straight inside a table (not in a cell or its caption) ends it.
        if (openCell < 0 && inTable({GUMBO_TAG_CAPTION}) < 0 && !unsure)
            popTo(table);
        return;
    }
    if (const qsizetype open = std::max(openCell, inTable({GUMBO_TAG_CAPTION})); open >= 0)
        popTo(open);
    const qsizetype openRow = inTable({GUMBO_TAG_TR});
    const qsizetype openSection = inTable({GUMBO_TAG_TBODY, GUMBO_TAG_THEAD, GUMBO_TAG_TFOOT});
    if (unsure) {
        unsureParents();
        return;
    }
    if (cell && openRow >= 0) {
        popTo(openRow + 1);
    } else if ((row || cell) && openSection >= 0) {
        popTo(openSection + 1);
        if (cell)
            push(GUMBO_TAG_TR, {}, false);
    } else {
        popTo(openRow >= 0 ? openRow : openSection >= 0 ? openSection : table + 1);
        popTo(table + 1);
        if (row || cell)
            push(GUMBO_TAG_TBODY, {}, false);
        if (cell)
            push(GUMBO_TAG_TR, {}, false);
    }
}

/// Copies or leaves out one end tag and follows what it closes; returns where to go on.
qsizetype Limiter::endTag(const Tag &tag, qsizetype at)
{
    const int id = tagId(tag.name);
    if (const auto dropped = m_dropped.find(id); dropped != m_dropped.end() && *dropped > 0) {
        --*dropped;
        leaveOut(id);
        return tag.next;
    }
    m_out.append(m_html.constData() + at, tag.next - at);
    const qsizetype open = endTarget(id);
    if (open < 0)
        return tag.next;
    if (isFormatting(id) && lingers(id)) {
        // One of the tag waits to be reopened and may be, on top: which one the tag ends is unsure.
        // Waiting ones stay counted: reopened under others, they may stay their ancestors.
        markDoubtful(open);
        return tag.next;
    }
    switch (closeFor(id, open, tag)) {
    case Close::Pop:
        popTo(open, isFormatting(id) ? open : -1);
        break;
    case Close::Unsure:
        markDoubtful(open);
        break;
    case Close::Adoption:
        markOneDoubtful(open);
        if (above(open, m_doubtful))
            markDoubtful(open);
        break;
    case Close::Keep:
        break;
    }
    return tag.next;
}

/// The open element an end tag of `tag` names: the nearest of its tag (of any heading for a
/// heading); -1 when none is open.
qsizetype Limiter::endTarget(int tag) const
{
    qsizetype open = top(tag);
    // gumbo 0.10 tells unknown tags apart by their enum only: an unknown end tag ends the nearest
    // unknown element of the page's own namespace, whatever its name; later versions end the one
    // of its name. The nearest unknown element of any name is where either may start closing.
    if (tag > GUMBO_TAG_LAST)
        open = open >= 0 ? std::min(open, lastOf(m_unknown)) : lastOf(m_unknown);
    if (isHeading(tag)) {
        for (int h = GUMBO_TAG_H1; h <= GUMBO_TAG_H6; ++h)
            open = std::max(open, top(h));
    }
    return open;
}

/// What the parser does with the element at `open` for an end tag of `tag`.
Close Limiter::closeFor(int tag, qsizetype open, const Tag &token) const
{
    const bool last = open == m_open.size() - 1;
    if (tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_BR)
        return Close::Keep; // the parser keeps <html> and <body> open; </br> is a <br>
    // In <svg> and <math>, gumbo 0.10 ignores an end tag with anything after its name (`</g />`).
    if (inForeignContent() && !token.attributes.isEmpty())
        return Close::Unsure;
    // A doubtful element may not be the one the parser ends (in <svg> or <math> an unknown end tag
    // ends no element of another name): popped only by an end tag of its own tag.
    if (m_open.at(open).doubtful)
        return last && m_open.at(open).tag == tag ? Close::Pop : Close::Unsure;
    // An unknown tag, and an element in <svg> or <math> (HTML rules never match them, the
    // foreign ones match only through foreign elements), are closed for sure only when last.
    if (tag > GUMBO_TAG_LAST || m_open.at(open).foreign)
        return last && m_open.at(open).tag == tag ? Close::Pop : Close::Unsure;
    const auto blockedBy = [&](std::initializer_list<const QList<qsizetype> *> boundaries) {
        for (const QList<qsizetype> *list : boundaries) {
            if (above(open, *list))
                return above(open, m_doubtful) ? Close::Unsure : Close::Keep;
        }
        return Close::Pop;
    };
    if (top(GUMBO_TAG_SELECT) >= 0 && endsSelectInTable(tag))
        return Close::Unsure; // in a table it ends the select and what it names; elsewhere nothing
    if (top(GUMBO_TAG_SELECT) >= 0 && tag != GUMBO_TAG_SELECT && tag != GUMBO_TAG_TEMPLATE) {
        // Inside a <select> the parser ignores other end tags and ends an option only when it is the last.
        if (tag != GUMBO_TAG_OPTION && tag != GUMBO_TAG_OPTGROUP)
            return above(open, m_doubtful) || above(top(GUMBO_TAG_SELECT), m_doubtful) ? Close::Unsure
                                                                                       : Close::Keep;
        return last && currentTag() == tag ? Close::Pop : Close::Unsure;
    }
    switch (tag) {
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_COLGROUP:
        return last && currentTag() == tag ? Close::Pop : Close::Unsure;
    case GUMBO_TAG_P:
        return blockedBy({&m_scope, &m_buttons});
    case GUMBO_TAG_LI:
        return blockedBy({&m_scope, &m_lists});
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT:
        return blockedBy({&m_tables});
    case GUMBO_TAG_SELECT:
        return onlyOptionsAbove(open) ? Close::Pop : Close::Unsure;
    case GUMBO_TAG_TEMPLATE:
        return Close::Pop;
    default:
        break;
    }
    if (isFormatting(tag)) {
        // Held by a block above it, the parser moves things about (the "adoption agency").
        const Close close = blockedBy({&m_special});
        return close == Close::Keep ? Close::Adoption : close;
    }
    // MathML's and SVG's boundaries are special only in their namespace: in HTML an end tag of
    // theirs is "any other end tag", which a special element above blocks.
    return blockedBy({isSpecial(tag) && !isForeignBoundary(tag) ? &m_scope : &m_special});
}

/// Whether only <option> and <optgroup> are open above `index` (the select scope); looks a few deep only.
bool Limiter::onlyOptionsAbove(qsizetype index) const
{
    if (index < 0 || m_open.size() - 1 - index > 16)
        return false;
    for (qsizetype j = index + 1; j < m_open.size(); ++j) {
        if (m_open.at(j).tag != GUMBO_TAG_OPTION && m_open.at(j).tag != GUMBO_TAG_OPTGROUP)
            return false;
    }
    return true;
}

/// Puts what stands for a left-out tag in the output: one break for a run of left-out blocks.
void Limiter::leaveOut(int tag)
{
    // A `<` in the text just before the tag would start a new tag with what follows it.
    if (m_out.endsWith('<')) {
        m_out.chop(1);
        m_out.append("&lt;");
    }
    const char *placeholder = placeholderFor(tag);
    if (std::strcmp(placeholder, "<br>") != 0) {
        m_out.append(placeholder);
        return;
    }
    const char *data = m_out.constData();
    qsizetype i = m_breakCheckedTo;
    while (i < m_out.size() && isSpace(data[i]))
        ++i;
    if (i < m_out.size() || m_breakCheckedTo == 0)
        m_out.append(placeholder);
    m_breakCheckedTo = m_out.size();
}

} // namespace

QByteArray HtmlNestingLimiter::limit(const QByteArray &html, int maxDepth, int *flattened)
{
    return Limiter(html, maxDepth).run(flattened);
}

} // namespace Colloquy
