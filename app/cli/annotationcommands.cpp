// colloquy-cli's annotation commands: thin wrappers over Colloquy::Annotations.

#include "commands.h"

#include "annotate/annotations.h"
#include "clitext_p.h"
#include "store/librarystore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::Cli {

namespace {

QStringList speakerNames(const Article &article)
{
    QStringList names;
    for (const Speaker &speaker : article.speakers())
        names.append(speaker.name);
    return names;
}

QString noSpeakerMessage(qint64 articleId, const QString &wanted, const QStringList &names)
{
    return u"article %1 has no speaker '%2' (speakers: %3)"_s.arg(articleId).arg(
        wanted, names.isEmpty() ? u"none"_s : names.join(u", "_s));
}

QString indented(QString text, qsizetype by)
{
    return text.replace(u'\n', u'\n' + QString(by, u' '));
}

} // namespace

QJsonObject Commands::highlightToJson(const Highlight &highlight)
{
    QJsonArray themeNames;
    for (const qint64 themeId : m_library->themeIdsOfHighlight(highlight.id).valueOr({})) {
        if (const std::optional<Theme> theme = m_library->theme(themeId).valueOr({}))
            themeNames.append(theme->name);
    }
    const std::optional<Note> note = m_library->note(highlight.id).valueOr({});
    return QJsonObject {
        {u"id"_s, highlight.id},
        {u"article"_s, highlight.articleId},
        {u"segment"_s, qint64(highlight.anchor.segment)},
        {u"start"_s, qint64(highlight.anchor.position.start)},
        {u"end"_s, qint64(highlight.anchor.position.end)},
        {u"speaker"_s, nullable(highlight.speaker)},
        {u"quote"_s, highlight.anchor.quote.exact},
        {u"color"_s, colourName(highlight.colour)},
        {u"themes"_s, themeNames},
        {u"note"_s, note ? QJsonValue(note->markdown) : QJsonValue(QJsonValue::Null)},
        {u"state"_s, anchorStateName(highlight.state)},
        {u"author"_s, highlight.author},
        {u"created"_s, highlight.created.toString(Qt::ISODateWithMs)},
        {u"modified"_s, highlight.modified.toString(Qt::ISODateWithMs)},
    };
}

int Commands::printHighlight(qint64 id)
{
    if (m_options.json)
        writeJson(highlightToJson(*m_library->highlight(id).valueOr({})));
    return Success;
}

QString Commands::tagWith(qint64 id, const QStringList &names)
{
    for (const QString &name : names) {
        const qint64 themeId = themeByNameOrNew(name);
        if (!themeId)
            return u"-"_s;
        if (!m_annotations->tagHighlight(id, themeId))
            return m_annotations->errorString();
    }
    return {};
}

int Commands::undoFailed(const QString &error)
{
    m_annotations->undoStack()->undo();
    return error == u"-"_s ? Failure : fail(error);
}

std::optional<std::pair<qsizetype, qsizetype>> Commands::findQuote(
    const Article &article, const QString &quote, const QString &speaker)
{
    if (m_options.isSet(u"speaker"_s)) {
        const QStringList names = speakerNames(article);
        if (!names.contains(speaker, Qt::CaseInsensitive)) {
            fail(noSpeakerMessage(article.id, speaker, names));
            return std::nullopt;
        }
    }
    for (qsizetype i = 0; i < article.segments.size(); ++i) {
        const Segment &candidate = article.segments.at(i);
        if (!speaker.isEmpty() &&
            (!candidate.speaker || candidate.speaker->name.compare(speaker, Qt::CaseInsensitive) != 0))
            continue;
        const qsizetype start = candidate.text().indexOf(quote);
        if (start >= 0)
            return std::pair {i, start};
    }
    fail(speaker.isEmpty()
            ? u"the quote was not found in article %1"_s.arg(article.id)
            : u"the quote was not found in what %1 says in article %2"_s.arg(speaker).arg(article.id));
    return std::nullopt;
}

int Commands::highlight(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(
            args.isEmpty() ? u"highlight: no article id given"_s : u"highlight: takes one article id"_s);
    const qint64 articleId = parseId(u"an article id"_s, args.constFirst());
    if (!articleId)
        return UsageError;
    const QString quote = m_options.value(u"quote"_s);
    if (quote.isEmpty())
        return usageError(u"highlight: --quote TEXT is required"_s);
    std::optional<HighlightColour> colour = HighlightColour::Yellow;
    if (!colourOption(&colour))
        return UsageError;

    // Everything that can be refused is checked before the first write.
    const std::optional<Article> article = storedArticle(articleId);
    if (!article)
        return Failure;
    const auto found = findQuote(*article, quote, m_options.value(u"speaker"_s));
    if (!found)
        return Failure;
    const QStringList themeNames = m_options.values.value(u"theme"_s);
    for (const QString &name : themeNames) {
        if (name.trimmed().isEmpty())
            return usageError(u"highlight: --theme needs a name"_s);
    }

    // One undo step; on a failure half way, undoing it takes back what was written.
    const auto [segment, start] = *found;
    m_annotations->beginMacro(u"Highlight"_s);
    const std::optional<qint64> id =
        m_annotations->addHighlight(articleId, segment, start, start + quote.size(), *colour);
    QString error = id ? tagWith(*id, themeNames) : m_annotations->errorString();
    if (error.isEmpty() && m_options.isSet(u"note"_s) &&
        !m_annotations->setNote(*id, m_options.value(u"note"_s)))
        error = m_annotations->errorString();
    m_annotations->endMacro();
    if (!error.isEmpty())
        return undoFailed(error);

    if (m_options.json)
        return printHighlight(*id);
    m_out << *id << Qt::endl;
    return Success;
}

int Commands::note(const QStringList &args)
{
    if (m_options.isSet(u"article"_s))
        return articleNote(args);
    if (m_options.isSet(u"speaker"_s))
        return usageError(u"note: --speaker needs --article ID"_s);
    qint64 id = 0;
    if (const int refused = start(
            args, args.size() == 2, u"takes a highlight id and the note text"_s, u"a highlight id"_s, &id))
        return refused;
    if (!m_annotations->setNote(id, args.at(1)))
        return fail(m_annotations->errorString());
    return printHighlight(id);
}

// Names are matched ignoring case, among the speakers and the names notes are on (a re-import may
// have taken one out of the text; its note can still be removed).
QString Commands::noteSpeaker(const Article &article, const QString &wanted)
{
    QStringList names = speakerNames(article);
    for (const ArticleNote &existing : m_library->articleNotes(article.id).valueOr({})) {
        if (!existing.isOnArticle() && !names.contains(existing.speaker))
            names.append(existing.speaker);
    }
    QString speaker;
    for (const QString &name : std::as_const(names)) {
        if (name.compare(wanted, Qt::CaseInsensitive) == 0)
            speaker = name;
    }
    if (speaker.isEmpty())
        fail(noSpeakerMessage(article.id, wanted, names));
    return speaker;
}

int Commands::articleNote(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(u"note --article: takes the note text (empty removes the note)"_s);
    const qint64 articleId = parseId(u"an article id"_s, m_options.value(u"article"_s));
    if (!articleId)
        return UsageError;
    const std::optional<Article> article = storedArticle(articleId);
    if (!article)
        return Failure;
    QString speaker;
    if (m_options.isSet(u"speaker"_s)) {
        speaker = noteSpeaker(*article, m_options.value(u"speaker"_s).trimmed());
        if (speaker.isEmpty())
            return Failure;
    }
    const bool ok = speaker.isEmpty() ? m_annotations->setArticleNote(articleId, args.constFirst())
                                      : m_annotations->setSpeakerNote(articleId, speaker, args.constFirst());
    if (!ok)
        return fail(m_annotations->errorString());
    if (m_options.json) {
        const std::optional<ArticleNote> stored = m_library->articleNote(articleId, speaker).valueOr({});
        writeJson(QJsonObject {{u"article"_s, articleId},
            {u"speaker"_s, speaker.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(speaker)},
            {u"note"_s, stored ? QJsonValue(stored->markdown) : QJsonValue(QJsonValue::Null)}});
    }
    return Success;
}

int Commands::tag(const QStringList &args)
{
    qint64 id = 0;
    if (const int refused = start(args, args.size() >= 2, u"takes a highlight id and one or more themes"_s,
            u"a highlight id"_s, &id))
        return refused;
    if (failed(m_library->highlight(id).orFailure(u"there is no highlight %1"_s.arg(id))))
        return Failure;
    m_annotations->beginMacro(u"Tag"_s);
    const QString error = tagWith(id, args.mid(1));
    m_annotations->endMacro();
    return error.isEmpty() ? printHighlight(id) : undoFailed(error);
}

int Commands::untag(const QStringList &args)
{
    qint64 id = 0;
    if (const int refused = start(args, args.size() >= 2, u"takes a highlight id and one or more themes"_s,
            u"a highlight id"_s, &id))
        return refused;
    QList<qint64> themeIds;
    if (!themesByName(args.mid(1), &themeIds))
        return Failure;
    m_annotations->beginMacro(u"Untag"_s);
    QString error;
    for (const qint64 themeId : std::as_const(themeIds)) {
        if (!m_annotations->untagHighlight(id, themeId)) {
            error = m_annotations->errorString();
            break;
        }
    }
    m_annotations->endMacro();
    return error.isEmpty() ? printHighlight(id) : undoFailed(error);
}

int Commands::unhighlight(const QStringList &args)
{
    qint64 id = 0;
    if (const int refused =
            start(args, args.size() == 1, u"takes one highlight id"_s, u"a highlight id"_s, &id))
        return refused;
    if (!m_annotations->removeHighlight(id))
        return fail(m_annotations->errorString());
    if (m_options.json)
        writeJson(QJsonObject {{u"removed"_s, id}});
    return Success;
}

int Commands::annotations(const QStringList &args)
{
    qint64 articleId = 0;
    if (const int refused =
            start(args, args.size() == 1, u"takes one article id"_s, u"an article id"_s, &articleId))
        return refused;
    const std::optional<Article> article = storedArticle(articleId);
    if (!article)
        return Failure;
    const Result<QList<ArticleNote>> notes = m_library->articleNotes(articleId);
    const Result<QList<Highlight>> highlights = m_library->highlights(articleId);
    if (failed(notes) || failed(highlights))
        return Failure;

    const QStringList speakers = speakerNames(*article);
    QJsonValue articleNote(QJsonValue::Null);
    QJsonArray speakerNotes;
    for (const ArticleNote &note : *notes) {
        if (note.isOnArticle()) {
            articleNote = note.markdown;
            continue;
        }
        speakerNotes.append(QJsonObject {{u"speaker"_s, note.speaker}, {u"note"_s, note.markdown},
            {u"in_text"_s, speakers.contains(note.speaker)}});
    }
    const QJsonArray array =
        jsonArray(*highlights, [this](const Highlight &highlight) { return highlightToJson(highlight); });
    const QJsonObject all {{u"article"_s, articleId}, {u"note"_s, articleNote},
        {u"speaker_notes"_s, speakerNotes}, {u"highlights"_s, array}};
    if (m_options.json)
        writeJson(all);
    else
        writeAnnotations(all);
    return Success;
}

// The text form of what `annotations --json` prints.
void Commands::writeAnnotations(const QJsonObject &annotations)
{
    const QJsonValue articleNote = annotations.value(u"note"_s);
    if (!articleNote.isNull())
        m_out << "note on the article: " << indented(articleNote.toString(), 4) << '\n';
    for (const QJsonValue &value : annotations.value(u"speaker_notes"_s).toArray()) {
        const QJsonObject object = value.toObject();
        m_out << "note on " << object.value(u"speaker"_s).toString()
              << (object.value(u"in_text"_s).toBool() ? "" : " (not in the text)") << ": "
              << indented(object.value(u"note"_s).toString(), 4) << '\n';
    }
    for (const QJsonValue &value : annotations.value(u"highlights"_s).toArray()) {
        const QJsonObject object = value.toObject();
        QStringList themeNames;
        for (const QJsonValue &name : object.value(u"themes"_s).toArray())
            themeNames.append(name.toString());
        m_out << object.value(u"id"_s).toInteger() << '\t'
              << (object.value(u"speaker"_s).isNull() ? u"(no speaker)"_s
                                                      : object.value(u"speaker"_s).toString())
              << '\t' << object.value(u"color"_s).toString() << '\t' << object.value(u"state"_s).toString()
              << '\t' << '"' << object.value(u"quote"_s).toString() << '"' << '\n';
        if (!themeNames.isEmpty())
            m_out << "    themes: " << themeNames.join(u", "_s) << '\n';
        if (!object.value(u"note"_s).isNull())
            m_out << "    note: " << indented(object.value(u"note"_s).toString(), 10) << '\n';
    }
    m_out.flush();
}

} // namespace Colloquy::Cli
