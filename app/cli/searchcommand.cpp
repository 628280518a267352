// colloquy-cli search: a thin wrapper over LibraryStore::search().

#include "commands.h"

#include "clitext_p.h"
#include "model/codebook.h"
#include "store/librarystore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::Cli {

namespace {

// JSON readers (Python, jq) index strings by code point, Qt by UTF-16 unit.
qsizetype codePoints(QStringView text)
{
    qsizetype count = 0;
    for (const QChar c : text) {
        if (!c.isLowSurrogate())
            ++count;
    }
    return count;
}

QString bracketed(const SearchHit &hit)
{
    QString text;
    qsizetype at = 0;
    for (const TextSpan &span : hit.snippetMatches) {
        text += QStringView(hit.snippet).mid(at, span.start - at) + u'[' +
            QStringView(hit.snippet).mid(span.start, span.length) + u']';
        at = span.start + span.length;
    }
    text += QStringView(hit.snippet).mid(at);
    // One hit per line, whatever a note's Markdown holds.
    text.replace(u'\n', u' ');
    text.replace(u'\r', u' ');
    text.replace(u'\t', u' ');
    return text;
}

QJsonObject hitToJson(const SearchHit &hit)
{
    QJsonArray matches;
    for (const TextSpan &span : hit.snippetMatches) {
        const qsizetype start = codePoints(QStringView(hit.snippet).left(span.start));
        matches.append(QJsonArray {qint64(start),
            qint64(start + codePoints(QStringView(hit.snippet).mid(span.start, span.length)))});
    }
    const bool inNote = hit.source == SearchHit::Source::Note;
    const QJsonValue null(QJsonValue::Null);
    return QJsonObject {
        {u"article"_s, hit.articleId},
        {u"title"_s, hit.articleTitle.isNull() ? null : QJsonValue(hit.articleTitle)},
        {u"segment"_s, qint64(hit.segment)},
        {u"paragraph"_s, inNote ? null : QJsonValue(qint64(hit.paragraph))},
        {u"speaker"_s, hit.speaker.isNull() ? null : QJsonValue(hit.speaker)},
        {u"source"_s, inNote ? u"note"_s : u"text"_s},
        {u"highlight"_s, inNote ? QJsonValue(hit.highlightId) : null},
        {u"snippet"_s, hit.snippet},
        {u"matches"_s, matches},
        {u"score"_s, hit.score},
    };
}

} // namespace

int Commands::search(const QStringList &args)
{
    if (args.isEmpty() || args.join(u' ').trimmed().isEmpty())
        return usageError(u"search: no query given"_s);
    SearchQuery query;
    // Several words without quotes are one query, as a shell user would expect.
    query.text = args.join(u' ');
    query.speaker = m_options.value(u"speaker"_s);
    query.theme = m_options.value(u"theme"_s);
    if (m_options.isSet(u"speaker"_s) && query.speaker.trimmed().isEmpty())
        return usageError(u"search: --speaker needs a name"_s);
    if (m_options.isSet(u"theme"_s) && query.theme.trimmed().isEmpty())
        return usageError(u"search: --theme needs a name"_s);
    if (m_options.values.value(u"theme"_s).size() > 1)
        return usageError(u"search: takes one --theme"_s);
    if (!colourOption(&query.colour))
        return UsageError;
    if (m_options.isSet(u"article"_s)) {
        query.articleId = parseId(u"an article id"_s, m_options.value(u"article"_s));
        if (!query.articleId)
            return UsageError;
    }
    if (m_options.isSet(u"limit"_s)) {
        bool ok = false;
        query.limit = m_options.value(u"limit"_s).toInt(&ok);
        if (!ok || query.limit <= 0)
            return usageError(
                u"search: --limit takes a positive number, not '%1'"_s.arg(m_options.value(u"limit"_s)));
    }

    if (!openLibrary())
        return Failure;
    // A misspelt theme would otherwise look like "no hits".
    if (!query.theme.isEmpty()) {
        const QString wanted = query.theme.trimmed();
        const Result<QList<Theme>> themes = m_library->themes();
        if (failed(themes))
            return Failure;
        if (Codebook(*themes).findByName(wanted).isEmpty())
            return fail(u"there is no theme named '%1'"_s.arg(wanted));
    }
    if (query.articleId && !storedArticle(query.articleId))
        return Failure;

    const Result<QList<SearchHit>> search = m_library->search(query);
    if (failed(search))
        return Failure;
    const QList<SearchHit> &hits = *search;

    if (m_options.json) {
        writeJson(jsonArray(hits, hitToJson));
        return Success;
    }
    for (const SearchHit &hit : hits) {
        const QString title = hit.articleTitle.isEmpty() ? u"(untitled)"_s : hit.articleTitle;
        const QString where =
            hit.source == SearchHit::Source::Note ? u"note %1"_s.arg(hit.highlightId) : u"text"_s;
        m_out << hit.articleId << '\t' << title << '\t' << (hit.speaker.isNull() ? u"-"_s : hit.speaker)
              << '\t' << where << '\t' << bracketed(hit) << '\n';
    }
    m_out.flush();
    return Success;
}

} // namespace Colloquy::Cli
