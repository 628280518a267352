#include "import/markdownimporter.h"

#include "import/importhelpers_p.h"
#include "import/textdecoder.h"

#include <QHash>
#include <QRegularExpression>

#include <md4c.h>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

// md4c hands entities over undecoded; these are the ones prose uses.
QString decodeEntity(const QString &entity)
{
    static const QHash<QString, QString> named {{u"&amp;"_s, u"&"_s}, {u"&lt;"_s, u"<"_s},
        {u"&gt;"_s, u">"_s}, {u"&quot;"_s, u"\""_s}, {u"&apos;"_s, u"'"_s}, {u"&nbsp;"_s, u"\u00a0"_s},
        {u"&ndash;"_s, u"\u2013"_s}, {u"&mdash;"_s, u"\u2014"_s}, {u"&hellip;"_s, u"\u2026"_s},
        {u"&lsquo;"_s, u"\u2018"_s}, {u"&rsquo;"_s, u"\u2019"_s}, {u"&ldquo;"_s, u"\u201c"_s},
        {u"&rdquo;"_s, u"\u201d"_s}, {u"&copy;"_s, u"\u00a9"_s}, {u"&eacute;"_s, u"\u00e9"_s},
        {u"&euro;"_s, u"\u20ac"_s}};
    if (entity.startsWith(u"&#"_s) && entity.endsWith(u';')) {
        bool ok = false;
        const bool hex = entity.size() > 3 && (entity.at(2) == u'x' || entity.at(2) == u'X');
        const uint code =
            QStringView(entity).mid(hex ? 3 : 2, entity.size() - (hex ? 4 : 3)).toUInt(&ok, hex ? 16 : 10);
        const char32_t character = code;
        if (ok && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff))
            return QString::fromUcs4(&character, 1);
        return QString(QChar::ReplacementCharacter);
    }
    return named.value(entity, entity);
}

struct MarkdownState
{
    ImportHelpers::TextBuilder builder;
    QString firstHeading;
    bool inFirstHeading = false;
    int imageDepth = 0;
    int rawHtmlBlock = 0;
    QList<int> listCounters; ///< per open list: next number, or -1 for bullets
    QList<QString> linkTargets;
    QList<qsizetype> linkTextStarts;
    bool firstCellInRow = true;
};

QString attributeText(const MD_ATTRIBUTE &attribute)
{
    return QString::fromUtf8(attribute.text, attribute.size);
}

int enterBlock(MD_BLOCKTYPE type, void *detail, void *userdata)
{
    auto *state = static_cast<MarkdownState *>(userdata);
    ImportHelpers::TextBuilder &out = state->builder;
    if (type == MD_BLOCK_TH || type == MD_BLOCK_TD) {
        // Cells of a row share its line.
        if (!state->firstCellInRow)
            out.addText(u" | ");
        return 0;
    }
    out.endLine();
    switch (type) {
    case MD_BLOCK_H:
        if (state->firstHeading.isNull() && static_cast<MD_BLOCK_H_DETAIL *>(detail)->level == 1)
            state->inFirstHeading = true;
        out.setHeading(int(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level));
        break;
    case MD_BLOCK_UL:
        state->listCounters.append(-1);
        break;
    case MD_BLOCK_OL:
        state->listCounters.append(int(static_cast<MD_BLOCK_OL_DETAIL *>(detail)->start));
        break;
    case MD_BLOCK_LI:
        if (!state->listCounters.isEmpty()) {
            int &counter = state->listCounters.last();
            out.setLinePrefix(counter < 0 ? u"\u2022 "_s : u"%1. "_s.arg(counter++));
        }
        break;
    case MD_BLOCK_HTML:
        ++state->rawHtmlBlock;
        break;
    case MD_BLOCK_TR:
        state->firstCellInRow = true;
        break;
    default:
        break;
    }
    return 0;
}

int leaveBlock(MD_BLOCKTYPE type, void *, void *userdata)
{
    auto *state = static_cast<MarkdownState *>(userdata);
    switch (type) {
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
        state->firstCellInRow = false;
        return 0;
    case MD_BLOCK_H:
        if (state->inFirstHeading) {
            state->firstHeading = state->builder.currentLine().trimmed();
            state->inFirstHeading = false;
        }
        break;
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
        if (!state->listCounters.isEmpty())
            state->listCounters.removeLast();
        break;
    case MD_BLOCK_LI:
        state->builder.setLinePrefix(QString());
        break;
    case MD_BLOCK_HTML:
        --state->rawHtmlBlock;
        break;
    default:
        break;
    }
    state->builder.endLine();
    if (type == MD_BLOCK_H)
        state->builder.setHeading(0);
    return 0;
}

int enterSpan(MD_SPANTYPE type, void *detail, void *userdata)
{
    auto *state = static_cast<MarkdownState *>(userdata);
    if (type == MD_SPAN_STRONG)
        state->builder.beginBold();
    else if (type == MD_SPAN_EM)
        state->builder.beginItalic();
    if (type == MD_SPAN_IMG) {
        ++state->imageDepth;
    } else if (type == MD_SPAN_A) {
        state->linkTargets.append(attributeText(static_cast<MD_SPAN_A_DETAIL *>(detail)->href));
        state->linkTextStarts.append(state->builder.currentLine().size());
    }
    return 0;
}

int leaveSpan(MD_SPANTYPE type, void *, void *userdata)
{
    auto *state = static_cast<MarkdownState *>(userdata);
    if (type == MD_SPAN_STRONG)
        state->builder.endBold();
    else if (type == MD_SPAN_EM)
        state->builder.endItalic();
    if (type == MD_SPAN_IMG) {
        --state->imageDepth;
    } else if (type == MD_SPAN_A && !state->linkTargets.isEmpty()) {
        const QString target = state->linkTargets.takeLast();
        const qsizetype start = state->linkTextStarts.takeLast();
        const QString linkText = state->builder.currentLine().mid(start);
        if (state->imageDepth == 0 && ImportHelpers::isShowableUrl(target, linkText))
            state->builder.addText(u" (%1)"_s.arg(target));
    }
    return 0;
}

int text(MD_TEXTTYPE type, const MD_CHAR *chars, MD_SIZE size, void *userdata)
{
    auto *state = static_cast<MarkdownState *>(userdata);
    // Images carry no speech; raw HTML is markup we do not render.
    if (state->imageDepth > 0 || state->rawHtmlBlock > 0 || type == MD_TEXT_HTML)
        return 0;
    ImportHelpers::TextBuilder &out = state->builder;
    const QString chunk = QString::fromUtf8(chars, size);
    switch (type) {
    case MD_TEXT_BR:
        out.endLine();
        break;
    case MD_TEXT_SOFTBR:
        out.addText(u" ");
        break;
    case MD_TEXT_ENTITY:
        out.addText(decodeEntity(chunk));
        break;
    case MD_TEXT_NULLCHAR:
        out.addText(QString(QChar::ReplacementCharacter));
        break;
    case MD_TEXT_CODE:
        // Inside a code block each source line stays a line; inline code is ordinary text.
        if (chunk.contains(u'\n'))
            out.addVerbatim(chunk);
        else
            out.addText(chunk);
        break;
    default:
        out.addText(chunk);
        break;
    }
    return 0;
}

} // namespace

QString MarkdownImporter::name() const
{
    return u"markdown"_s;
}

int MarkdownImporter::confidence(const QByteArray &head, const QString &fileName) const
{
    if (ImportHelpers::hasSuffix(fileName, {u"md"_s, u"markdown"_s, u"mdown"_s, u"mkd"_s, u"mkdn"_s}))
        return 80;
    // Without the extension only several kinds of Markdown syntax together count;
    // a `.txt` name (50) still wins, so plain text with a stray `#` stays text.
    static const QList<QRegularExpression> markers {
        QRegularExpression(uR"(^#{1,6} \S)"_s, QRegularExpression::MultilineOption),
        QRegularExpression(uR"(^```)"_s, QRegularExpression::MultilineOption),
        QRegularExpression(uR"(\[[^\]\n]+\]\([^)\s]+\))"_s), QRegularExpression(uR"(\*\*[^*\n]+\*\*)"_s),
        QRegularExpression(uR"(^> \S)"_s, QRegularExpression::MultilineOption),
        QRegularExpression(uR"(^[-*] \S)"_s, QRegularExpression::MultilineOption)};
    const QString text = QString::fromUtf8(head);
    int found = 0;
    for (const QRegularExpression &marker : markers)
        found += marker.match(text).hasMatch() ? 1 : 0;
    return found >= 2 ? 30 : 0;
}

std::optional<ImportedText> MarkdownImporter::read(const QByteArray &bytes, QString *error) const
{
    const auto decoded = ImportHelpers::decodeMarkup(bytes, error);
    if (!decoded)
        return std::nullopt;
    const QByteArray utf8 = decoded->toUtf8();

    MD_PARSER parser {};
    parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH;
    parser.enter_block = enterBlock;
    parser.leave_block = leaveBlock;
    parser.enter_span = enterSpan;
    parser.leave_span = leaveSpan;
    parser.text = text;

    MarkdownState state;
    if (md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &state) != 0)
        return fail(error, u"the Markdown parser failed (out of memory?)"_s);

    ImportedText result;
    result.format = name();
    result.text = state.builder.text();
    result.cues = state.builder.cues();
    if (!state.firstHeading.isEmpty())
        result.title = state.firstHeading;
    return result;
}

} // namespace Colloquy
