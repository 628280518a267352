#include "import/importhelpers_p.h"

#include "import/textdecoder.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::ImportHelpers {

std::optional<QString> decodeMarkup(const QByteArray &bytes, QString *error)
{
    std::optional<QString> text = decodeText(bytes, error);
    if (!text)
        return text;
    // Windows-1252 at 0x80-0x9f; 0 where it has no character.
    static constexpr char16_t windows1252[32] = {0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
        0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022,
        0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178};
    for (QChar &c : *text) {
        const char16_t u = c.unicode();
        if (u >= 0x80 && u <= 0x9f && windows1252[u - 0x80] != 0)
            c = QChar(windows1252[u - 0x80]);
    }
    return text;
}

bool hasSuffix(const QString &fileName, const QStringList &suffixes)
{
    const qsizetype dot = fileName.lastIndexOf(u'.');
    if (dot < 0 || fileName.indexOf(u'/', dot) >= 0)
        return false;
    return suffixes.contains(fileName.mid(dot + 1).toLower());
}

QByteArray sniffableHead(const QByteArray &head)
{
    QByteArray bytes = head;
    if (bytes.startsWith("\xef\xbb\xbf"))
        bytes.remove(0, 3);
    return bytes.trimmed().toLower();
}

bool isShowableUrl(const QString &url, const QString &linkText)
{
    const QString trimmed = url.trimmed();
    if (!(trimmed.startsWith(u"http://"_s, Qt::CaseInsensitive) ||
            trimmed.startsWith(u"https://"_s, Qt::CaseInsensitive) ||
            trimmed.startsWith(u"mailto:"_s, Qt::CaseInsensitive)))
        return false;
    // Links whose text is the address already (or the address without its scheme).
    const QString text = linkText.trimmed();
    if (text.isEmpty())
        return true;
    const QUrl parsed(trimmed);
    const QString bare = parsed.toString(QUrl::RemoveScheme | QUrl::StripTrailingSlash).mid(2);
    return text.compare(trimmed, Qt::CaseInsensitive) != 0 && text.compare(bare, Qt::CaseInsensitive) != 0 &&
        text.compare(parsed.path(), Qt::CaseInsensitive) != 0;
}

void TextBuilder::startLineIfNeeded()
{
    if (m_line.isEmpty() && !m_prefix.isEmpty()) {
        m_line = m_prefix;
        m_prefix.clear();
    }
}

void TextBuilder::addText(QStringView text)
{
    for (const QChar c : text) {
        if (c.isSpace()) {
            m_pendingSpace = true;
            continue;
        }
        if (m_pendingBreak) {
            m_pendingBreak = false;
            const QChar last = m_line.trimmed().isEmpty() ? QChar() : m_line.trimmed().back();
            if (c.isLower() && !QStringView(u".!?:").contains(last))
                m_pendingSpace = true;
            else
                endLine();
        }
        startLineIfNeeded();
        if (m_pendingSpace && !m_line.isEmpty() && !m_line.endsWith(u' '))
            m_line.append(u' ');
        m_pendingSpace = false;
        append(c);
    }
}

void TextBuilder::append(QChar c)
{
    m_line.append(c);
    if (c.isSpace())
        return;
    ++m_letters;
    if (m_bold > 0)
        ++m_boldLetters;
    if (m_italic > 0)
        ++m_italicLetters;
    // The bold lead runs from the line's start while every character is bold.
    if (m_leadOpen) {
        if (m_bold > 0)
            m_leadEnd = m_line.size();
        else
            m_leadOpen = false;
    }
}

void TextBuilder::addVerbatim(QStringView text)
{
    for (const QChar c : text) {
        if (c == u'\n') {
            endLine();
            continue;
        }
        startLineIfNeeded();
        append(c);
    }
}

void TextBuilder::endLine()
{
    m_pendingSpace = false;
    m_pendingBreak = false;
    const QString line = m_line.trimmed();
    if (!line.isEmpty()) {
        LineCue cue;
        cue.line = m_lines.size();
        cue.bold = m_letters > 0 && m_boldLetters == m_letters;
        cue.italic = m_letters > 0 && m_italicLetters == m_letters;
        cue.headingLevel = m_heading;
        cue.blockClass = m_blockClass;
        if (m_leadEnd > 0)
            cue.boldLead = m_line.first(m_leadEnd).trimmed();
        if (cue.bold || cue.italic || cue.headingLevel > 0 || !cue.boldLead.isEmpty() ||
            !cue.blockClass.isEmpty())
            m_cues.append(cue);
        m_lines.append(line);
    }
    m_line.clear();
    m_letters = m_boldLetters = m_italicLetters = 0;
    m_leadEnd = -1;
    m_leadOpen = true;
}

QString TextBuilder::text()
{
    endLine();
    return normalizeText(m_lines.join(u'\n'));
}

} // namespace Colloquy::ImportHelpers
