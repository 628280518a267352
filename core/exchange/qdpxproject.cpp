#include "exchange/qdpxproject_p.h"

#include "exchange/qdpxformat_p.h"

#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::Qdpx {

namespace {

/// `5,000`: a count as the messages print it.
QString count(int n)
{
    QString text = QString::number(n);
    for (qsizetype at = text.size() - 3; at > 0; at -= 3)
        text.insert(at, u',');
    return text;
}

/// Reads project.qde element by element; a failure stops it with error().
class ProjectParser
{
public:
    ProjectParser(const QByteArray &xml, const QdpxLimits &limits)
        : m_reader(xml)
        , m_limits(limits)
    { }

    std::optional<Project> parse(QString *error)
    {
        while (!m_reader.atEnd() && m_error.isEmpty()) {
            const QXmlStreamReader::TokenType token = m_reader.readNext();
            if (token == QXmlStreamReader::DTD)
                // No DTD, no entities: a project never needs them, an attack (XXE, billion laughs) does.
                m_error = u"project.qde declares a DOCTYPE, which a REFI-QDA project never has; refused"_s;
            else if (token == QXmlStreamReader::EndElement)
                endElement();
            else if (token == QXmlStreamReader::StartElement)
                startElement();
        }
        if (m_error.isEmpty() && m_reader.hasError())
            m_error = u"project.qde is not well-formed XML (line %1: %2)"_s.arg(m_reader.lineNumber())
                          .arg(m_reader.errorString());
        if (m_error.isEmpty() && !m_sawRoot)
            m_error = u"project.qde is empty"_s;
        if (!m_error.isEmpty()) {
            *error = m_error;
            return std::nullopt;
        }
        return std::move(m_project);
    }

private:
    void tooMany(int limit, const QString &what)
    {
        m_error = u"project.qde has more than %1 %2; Colloquy reads at most %1 from one project"_s.arg(
            count(limit), what);
    }

    SourceEntry *source() { return m_source < 0 ? nullptr : &m_project.sources[m_source]; }
    SelectionEntry *selection()
    {
        return m_source < 0 || m_selection < 0 ? nullptr
                                               : &m_project.sources[m_source].selections[m_selection];
    }

    void endElement()
    {
        const QStringView name = m_reader.name();
        if (name == u"Code" && !m_codeStack.isEmpty())
            m_codeStack.removeLast();
        else if (name == u"PlainTextSelection")
            m_selection = -1;
        else if (name == u"TextSource")
            m_source = -1;
    }

    void startElement()
    {
        const QStringView name = m_reader.name();
        const QXmlStreamAttributes a = m_reader.attributes();
        if (!m_sawRoot) {
            if (name != u"Project" || m_reader.namespaceUri() != Qdpx::Namespace)
                m_error = u"project.qde is not a REFI-QDA project (no Project in %1)"_s.arg(Qdpx::Namespace);
            m_sawRoot = true;
        } else if (name == u"Code") {
            startCode(a);
        } else if (name == u"TextSource") {
            startSource(a);
        } else if (name == u"PictureSource" || name == u"PDFSource" || name == u"AudioSource" ||
            name == u"VideoSource") {
            ++m_project.otherSources;
            m_reader.skipCurrentElement();
        } else if (name == u"PlainTextSelection" && source()) {
            startSelection(a);
        } else if (name == u"PlainTextContent" && source()) {
            source()->plainTextContent = m_reader.readElementText();
            source()->hasContent = true;
        } else if (name == u"Description") {
            readDescription();
        } else if (name == u"CodeRef" && selection()) {
            addCodeRef(a.value(u"targetGUID"_s).toString());
        }
    }

    void startCode(const QXmlStreamAttributes &a)
    {
        if (m_project.codes.size() >= m_limits.maxCodes)
            return tooMany(m_limits.maxCodes, u"codes"_s);
        CodeEntry code;
        code.guid = a.value(u"guid"_s).toString();
        // Deeper than the limit, a code hangs from its ancestor at the limit: kept, not dropped.
        const qsizetype parentDepth = std::min<qsizetype>(m_codeStack.size(), m_limits.maxCodeDepth - 1);
        if (m_codeStack.size() >= m_limits.maxCodeDepth)
            ++m_project.flattenedCodes;
        if (parentDepth > 0)
            code.parentGuid = m_project.codes.at(m_codeStack.at(parentDepth - 1)).guid;
        code.name = a.value(u"name"_s).toString().trimmed();
        code.color = a.value(u"color"_s).toString();
        m_project.codeIndex.insert(code.guid, m_project.codes.size());
        m_codeStack.append(m_project.codes.size());
        m_project.codes.append(code);
    }

    void startSource(const QXmlStreamAttributes &a)
    {
        if (m_project.sources.size() >= m_limits.maxSources)
            return tooMany(m_limits.maxSources, u"text sources"_s);
        SourceEntry entry;
        entry.guid = a.value(u"guid"_s).toString();
        entry.name = a.value(u"name"_s).toString();
        entry.plainTextPath = a.value(u"plainTextPath"_s).toString();
        m_source = m_project.sources.size();
        m_selection = -1;
        m_project.sources.append(entry);
    }

    void startSelection(const QXmlStreamAttributes &a)
    {
        if (++m_selections > m_limits.maxSelections)
            return tooMany(m_limits.maxSelections, u"coded selections"_s);
        SelectionEntry entry;
        entry.guid = a.value(u"guid"_s).toString();
        entry.name = a.value(u"name"_s).toString();
        bool okStart = false;
        bool okEnd = false;
        entry.start = a.value(u"startPosition"_s).toLongLong(&okStart);
        entry.end = a.value(u"endPosition"_s).toLongLong(&okEnd);
        if (!okStart || !okEnd) {
            m_error = u"project.qde: a selection in '%1' has no valid positions"_s.arg(source()->name);
            return;
        }
        m_selection = source()->selections.size();
        source()->selections.append(entry);
    }

    void addCodeRef(const QString &guid)
    {
        QStringList &guids = selection()->codeGuids;
        if (guids.contains(guid))
            return;
        if (guids.size() >= m_limits.maxCodingsPerSelection) {
            m_error = u"project.qde: a selection in '%1' refers to more than %2 codes"_s.arg(source()->name)
                          .arg(m_limits.maxCodingsPerSelection);
            return;
        }
        guids.append(guid);
    }

    /// A Description belongs to the innermost open selection, source or code.
    void readDescription()
    {
        const QString text = m_reader.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        if (SelectionEntry *open = selection())
            open->description = text;
        else if (SourceEntry *openSource = source())
            openSource->description = text;
        else if (!m_codeStack.isEmpty())
            // The innermost open code's: the schema puts a Description before the sub-codes.
            m_project.codes[m_codeStack.constLast()].description = text;
    }

    QXmlStreamReader m_reader;
    const QdpxLimits &m_limits;
    Project m_project;
    QList<qsizetype> m_codeStack; ///< the open codes (indexes into m_project.codes), outermost first
    qsizetype m_source = -1; ///< the open TextSource
    qsizetype m_selection = -1; ///< the open PlainTextSelection in it
    int m_selections = 0;
    bool m_sawRoot = false;
    QString m_error;
};

} // namespace

std::optional<Project> parseProject(const QByteArray &xml, const QdpxLimits &limits, QString *error)
{
    return ProjectParser(xml, limits).parse(error);
}

} // namespace Colloquy::Qdpx
