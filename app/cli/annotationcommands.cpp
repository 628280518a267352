// colloquy-cli's annotation commands: thin wrappers over Colloquy::Annotations.

#include "commands.h"

#include "annotate/annotations.h"
#include "session/librarysession.h"
#include "store/librarystore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::Cli {

namespace {

QString paletteNames()
{
    QStringList names;
    for (const HighlightColour colour : highlightPalette())
        names.append(colourName(colour));
    return names.join(u", "_s);
}

QJsonValue nullable(const QString &text)
{
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString claims(int count)
{
    return count == 1 ? u"1 claim"_s : u"%1 claims"_s.arg(count);
}

} // namespace

Annotations *Commands::annotator()
{
    return library() ? m_session->annotations() : nullptr;
}

qint64 Commands::parseId(const QString &command, const QString &what, const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        usageError(u"%1: '%2' is not %3"_s.arg(command, text, what));
        return 0;
    }
    return id;
}

qint64 Commands::themeByName(const QString &name)
{
    const QString wanted = name.trimmed();
    QList<Theme> found;
    const Result<QList<Theme>> themes = m_library->themes();
    for (const Theme &theme : themes.valueOr({})) {
        if (theme.name.compare(wanted, Qt::CaseInsensitive) == 0)
            found.append(theme);
    }
    if (found.size() == 1)
        return found.constFirst().id;
    if (themes.failed())
        fail(themes.error());
    else if (found.isEmpty())
        fail(u"there is no theme named '%1'"_s.arg(wanted));
    else
        fail(u"several themes are named '%1'; rename one first"_s.arg(wanted));
    return 0;
}

qint64 Commands::themeByNameOrNew(const QString &name)
{
    const QString wanted = name.trimmed();
    int matches = 0;
    qint64 id = 0;
    for (const Theme &theme : m_library->themes().valueOr({})) {
        if (theme.name.compare(wanted, Qt::CaseInsensitive) == 0) {
            ++matches;
            id = theme.id;
        }
    }
    if (matches > 1) {
        fail(u"several themes are named '%1'; rename one first"_s.arg(wanted));
        return 0;
    }
    if (matches == 1)
        return id;
    const std::optional<qint64> created = annotator()->createTheme(wanted);
    if (!created)
        fail(annotator()->errorString());
    return created.value_or(0);
}

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

int Commands::highlight(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(
            args.isEmpty() ? u"highlight: no article id given"_s : u"highlight: takes one article id"_s);
    const qint64 articleId = parseId(u"highlight"_s, u"an article id"_s, args.constFirst());
    if (!articleId)
        return UsageError;
    const QString quote = m_options.value(u"quote"_s);
    if (quote.isEmpty())
        return usageError(u"highlight: --quote TEXT is required"_s);
    HighlightColour colour = HighlightColour::Yellow;
    if (m_options.isSet(u"color"_s)) {
        const auto named = colourFromName(m_options.value(u"color"_s));
        if (!named)
            return usageError(u"highlight: unknown colour '%1' (one of %2)"_s.arg(
                m_options.value(u"color"_s), paletteNames()));
        colour = *named;
    }

    Annotations *annotations = annotator();
    if (!annotations)
        return Failure;
    const Result<Article> article =
        m_library->article(articleId).orFailure(u"there is no article %1 in the library"_s.arg(articleId));
    if (article.failed())
        return fail(article.error());

    // Everything that can be refused is checked before the first write.
    const QString speaker = m_options.value(u"speaker"_s);
    if (m_options.isSet(u"speaker"_s)) {
        QStringList names;
        for (const Speaker &s : article->speakers())
            names.append(s.name);
        if (!names.contains(speaker, Qt::CaseInsensitive))
            return fail(u"article %1 has no speaker '%2' (speakers: %3)"_s.arg(articleId).arg(
                speaker, names.isEmpty() ? u"none"_s : names.join(u", "_s)));
    }
    qsizetype segment = -1;
    qsizetype start = -1;
    for (qsizetype i = 0; i < article->segments.size() && segment < 0; ++i) {
        const Segment &candidate = article->segments.at(i);
        if (!speaker.isEmpty() &&
            (!candidate.speaker || candidate.speaker->name.compare(speaker, Qt::CaseInsensitive) != 0))
            continue;
        start = candidate.text().indexOf(quote);
        if (start >= 0)
            segment = i;
    }
    if (segment < 0) {
        return fail(speaker.isEmpty()
                ? u"the quote was not found in article %1"_s.arg(articleId)
                : u"the quote was not found in what %1 says in article %2"_s.arg(speaker).arg(articleId));
    }
    const QStringList themeNames = m_options.values.value(u"theme"_s);
    for (const QString &name : themeNames) {
        if (name.trimmed().isEmpty())
            return usageError(u"highlight: --theme needs a name"_s);
    }

    // One undo step; on a failure half way, undoing it takes back what was written.
    annotations->beginMacro(u"Highlight"_s);
    std::optional<qint64> id =
        annotations->addHighlight(articleId, segment, start, start + quote.size(), colour);
    QString error = id ? QString() : annotations->errorString();
    for (const QString &name : themeNames) {
        if (!error.isEmpty())
            break;
        const qint64 themeId = themeByNameOrNew(name);
        if (!themeId)
            error = u"-"_s; // already reported
        else if (!annotations->tagHighlight(*id, themeId))
            error = annotations->errorString();
    }
    if (error.isEmpty() && m_options.isSet(u"note"_s) &&
        !annotations->setNote(*id, m_options.value(u"note"_s)))
        error = annotations->errorString();
    annotations->endMacro();
    if (!error.isEmpty()) {
        annotations->undoStack()->undo();
        return error == u"-"_s ? Failure : fail(error);
    }

    if (m_options.json) {
        writeJson(QJsonDocument(highlightToJson(*m_library->highlight(*id).valueOr({}))));
        return Success;
    }
    m_out << *id << Qt::endl;
    return Success;
}

int Commands::note(const QStringList &args)
{
    if (m_options.isSet(u"article"_s))
        return articleNote(args);
    if (m_options.isSet(u"speaker"_s))
        return usageError(u"note: --speaker needs --article ID"_s);
    if (args.size() != 2)
        return usageError(u"note: takes a highlight id and the note text"_s);
    const qint64 id = parseId(u"note"_s, u"a highlight id"_s, args.at(0));
    if (!id)
        return UsageError;
    Annotations *annotations = annotator();
    if (!annotations)
        return Failure;
    if (!annotations->setNote(id, args.at(1)))
        return fail(annotations->errorString());
    if (m_options.json)
        writeJson(QJsonDocument(highlightToJson(*m_library->highlight(id).valueOr({}))));
    return Success;
}

int Commands::articleNote(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(u"note --article: takes the note text (empty removes the note)"_s);
    const qint64 articleId = parseId(u"note"_s, u"an article id"_s, m_options.value(u"article"_s));
    if (!articleId)
        return UsageError;
    Annotations *annotations = annotator();
    if (!annotations)
        return Failure;
    const Result<Article> article =
        m_library->article(articleId).orFailure(u"there is no article %1 in the library"_s.arg(articleId));
    if (article.failed())
        return fail(article.error());

    // Names are matched ignoring case, among the speakers and the names notes are on (a re-import may
    // have taken one out of the text; its note can still be removed).
    QString speaker;
    if (m_options.isSet(u"speaker"_s)) {
        const QString wanted = m_options.value(u"speaker"_s).trimmed();
        QStringList names;
        for (const Speaker &s : article->speakers())
            names.append(s.name);
        for (const ArticleNote &existing : m_library->articleNotes(articleId).valueOr({})) {
            if (!existing.isOnArticle() && !names.contains(existing.speaker))
                names.append(existing.speaker);
        }
        for (const QString &name : std::as_const(names)) {
            if (name.compare(wanted, Qt::CaseInsensitive) == 0)
                speaker = name;
        }
        if (speaker.isEmpty())
            return fail(u"article %1 has no speaker '%2' (speakers: %3)"_s.arg(articleId).arg(
                wanted, names.isEmpty() ? u"none"_s : names.join(u", "_s)));
    }
    const bool ok = speaker.isEmpty() ? annotations->setArticleNote(articleId, args.constFirst())
                                      : annotations->setSpeakerNote(articleId, speaker, args.constFirst());
    if (!ok)
        return fail(annotations->errorString());
    if (m_options.json) {
        const std::optional<ArticleNote> stored = m_library->articleNote(articleId, speaker).valueOr({});
        writeJson(QJsonDocument(QJsonObject {{u"article"_s, articleId},
            {u"speaker"_s, speaker.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(speaker)},
            {u"note"_s, stored ? QJsonValue(stored->markdown) : QJsonValue(QJsonValue::Null)}}));
    }
    return Success;
}

int Commands::tag(const QStringList &args)
{
    if (args.size() < 2)
        return usageError(u"tag: takes a highlight id and one or more themes"_s);
    const qint64 id = parseId(u"tag"_s, u"a highlight id"_s, args.at(0));
    if (!id)
        return UsageError;
    Annotations *annotations = annotator();
    if (!annotations)
        return Failure;
    if (const auto highlight = m_library->highlight(id).orFailure(u"there is no highlight %1"_s.arg(id));
        highlight.failed())
        return fail(highlight.error());
    annotations->beginMacro(u"Tag"_s);
    QString error;
    for (const QString &name : args.mid(1)) {
        const qint64 themeId = themeByNameOrNew(name);
        if (!themeId) {
            error = u"-"_s;
            break;
        }
        if (!annotations->tagHighlight(id, themeId)) {
            error = annotations->errorString();
            break;
        }
    }
    annotations->endMacro();
    if (!error.isEmpty()) {
        annotations->undoStack()->undo();
        return error == u"-"_s ? Failure : fail(error);
    }
    if (m_options.json)
        writeJson(QJsonDocument(highlightToJson(*m_library->highlight(id).valueOr({}))));
    return Success;
}

int Commands::untag(const QStringList &args)
{
    if (args.size() < 2)
        return usageError(u"untag: takes a highlight id and one or more themes"_s);
    const qint64 id = parseId(u"untag"_s, u"a highlight id"_s, args.at(0));
    if (!id)
        return UsageError;
    Annotations *annotations = annotator();
    if (!annotations)
        return Failure;
    QList<qint64> themeIds;
    for (const QString &name : args.mid(1)) {
        const qint64 themeId = themeByName(name);
        if (!themeId)
            return Failure;
        themeIds.append(themeId);
    }
    annotations->beginMacro(u"Untag"_s);
    QString error;
    for (const qint64 themeId : std::as_const(themeIds)) {
        if (!annotations->untagHighlight(id, themeId)) {
            error = annotations->errorString();
            break;
        }
    }
    annotations->endMacro();
    if (!error.isEmpty()) {
        annotations->undoStack()->undo();
        return fail(error);
    }
    if (m_options.json)
        writeJson(QJsonDocument(highlightToJson(*m_library->highlight(id).valueOr({}))));
    return Success;
}

int Commands::unhighlight(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(u"unhighlight: takes one highlight id"_s);
    const qint64 id = parseId(u"unhighlight"_s, u"a highlight id"_s, args.at(0));
    if (!id)
        return UsageError;
    Annotations *annotations = annotator();
    if (!annotations)
        return Failure;
    if (!annotations->removeHighlight(id))
        return fail(annotations->errorString());
    if (m_options.json)
        writeJson(QJsonDocument(QJsonObject {{u"removed"_s, id}}));
    return Success;
}

int Commands::annotations(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(u"annotations: takes one article id"_s);
    const qint64 articleId = parseId(u"annotations"_s, u"an article id"_s, args.at(0));
    if (!articleId)
        return UsageError;
    LibraryStore *store = library();
    if (!store)
        return Failure;
    const Result<Article> article =
        store->article(articleId).orFailure(u"there is no article %1 in the library"_s.arg(articleId));
    if (article.failed())
        return fail(article.error());
    const Result<QList<ArticleNote>> notes = store->articleNotes(articleId);
    if (notes.failed())
        return fail(notes.error());
    const Result<QList<Highlight>> highlights = store->highlights(articleId);
    if (highlights.failed())
        return fail(highlights.error());

    QStringList speakerNames;
    for (const Speaker &speaker : article->speakers())
        speakerNames.append(speaker.name);
    QJsonValue articleNote(QJsonValue::Null);
    QJsonArray speakerNotes;
    for (const ArticleNote &note : *notes) {
        if (note.isOnArticle()) {
            articleNote = note.markdown;
            continue;
        }
        speakerNotes.append(QJsonObject {{u"speaker"_s, note.speaker}, {u"note"_s, note.markdown},
            {u"in_text"_s, speakerNames.contains(note.speaker)}});
    }
    QJsonArray array;
    for (const Highlight &highlight : *highlights)
        array.append(highlightToJson(highlight));
    if (m_options.json) {
        writeJson(QJsonDocument(QJsonObject {{u"article"_s, articleId}, {u"note"_s, articleNote},
            {u"speaker_notes"_s, speakerNotes}, {u"highlights"_s, array}}));
        return Success;
    }
    auto indented = [](QString text) {
        return text.replace(u'\n', u"\n    "_s);
    };
    if (!articleNote.isNull())
        m_out << "note on the article: " << indented(articleNote.toString()) << '\n';
    for (const QJsonValue &value : std::as_const(speakerNotes)) {
        const QJsonObject object = value.toObject();
        m_out << "note on " << object.value(u"speaker"_s).toString()
              << (object.value(u"in_text"_s).toBool() ? "" : " (not in the text)") << ": "
              << indented(object.value(u"note"_s).toString()) << '\n';
    }
    for (const QJsonValue &value : std::as_const(array)) {
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
            m_out << "    note: " << object.value(u"note"_s).toString().replace(u'\n', u"\n          "_s)
                  << '\n';
    }
    m_out.flush();
    return Success;
}

int Commands::themes(const QStringList &args)
{
    if (!args.isEmpty())
        return usageError(u"themes: takes no arguments"_s);
    LibraryStore *store = library();
    if (!store)
        return Failure;
    const Result<QList<Theme>> all = store->themes();
    if (all.failed())
        return fail(all.error());

    // themes() lists parents before children, so depths and JSON nodes build in one pass.
    QHash<qint64, int> depth;
    QHash<qint64, QList<qint64>> children;
    QHash<qint64, QJsonObject> nodes;
    for (const Theme &theme : *all) {
        const int level = theme.parentId ? depth.value(theme.parentId) + 1 : 0;
        depth.insert(theme.id, level);
        children[theme.parentId].append(theme.id);
        const int count = int(store->highlightIdsOfTheme(theme.id).valueOr({}).size());
        nodes.insert(theme.id,
            QJsonObject {{u"id"_s, theme.id}, {u"name"_s, theme.name}, {u"color"_s, colourName(theme.colour)},
                {u"description"_s, theme.description}, {u"claims"_s, count}});
        if (!m_options.json) {
            m_out << QString(level * 2, u' ') << theme.name << " (" << colourName(theme.colour) << ", "
                  << claims(count) << ')';
            if (!theme.description.isEmpty())
                m_out << " - " << theme.description;
            m_out << '\n';
        }
    }
    if (!m_options.json) {
        m_out.flush();
        return Success;
    }
    // Children first, bottom-up, so each node carries its finished subtree.
    for (auto it = all->crbegin(); it != all->crend(); ++it) {
        QJsonArray below;
        for (const qint64 child : children.value(it->id))
            below.append(nodes.value(child));
        nodes[it->id].insert(u"children"_s, below);
    }
    QJsonArray roots;
    for (const qint64 root : children.value(0))
        roots.append(nodes.value(root));
    writeJson(QJsonDocument(roots));
    return Success;
}

int Commands::theme(const QStringList &args)
{
    if (args.isEmpty())
        return usageError(u"theme: add, rename, merge or delete?"_s);
    const QString sub = args.constFirst();
    const QStringList rest = args.mid(1);
    if (sub != u"add"_s &&
        (m_options.isSet(u"parent"_s) || m_options.isSet(u"color"_s) || m_options.isSet(u"description"_s)))
        return usageError(u"theme %1: takes no options"_s.arg(sub));
    if (sub == u"add"_s)
        return themeAdd(rest);
    if (sub == u"rename"_s)
        return themeRename(rest);
    if (sub == u"merge"_s)
        return themeMerge(rest);
    if (sub == u"delete"_s)
        return themeDelete(rest);
    return usageError(u"theme: unknown action '%1' (add, rename, merge or delete)"_s.arg(sub));
}

int Commands::themeAdd(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(u"theme add: takes one name"_s);
    HighlightColour colour = HighlightColour::Yellow;
    if (m_options.isSet(u"color"_s)) {
        const auto named = colourFromName(m_options.value(u"color"_s));
        if (!named)
            return usageError(u"theme add: unknown colour '%1' (one of %2)"_s.arg(
                m_options.value(u"color"_s), paletteNames()));
        colour = *named;
    }
    Annotations *annotations = annotator();
    if (!annotations)
        return Failure;
    qint64 parentId = 0;
    if (m_options.isSet(u"parent"_s)) {
        parentId = themeByName(m_options.value(u"parent"_s));
        if (!parentId)
            return Failure;
    }
    const std::optional<qint64> id =
        annotations->createTheme(args.constFirst(), parentId, colour, m_options.value(u"description"_s));
    if (!id)
        return fail(annotations->errorString());
    if (m_options.json)
        writeJson(QJsonDocument(
            QJsonObject {{u"id"_s, *id}, {u"name"_s, m_library->theme(*id).valueOr({})->name}}));
    else
        m_out << *id << Qt::endl;
    return Success;
}

int Commands::themeRename(const QStringList &args)
{
    if (args.size() != 2)
        return usageError(u"theme rename: takes the old and the new name"_s);
    Annotations *annotations = annotator();
    if (!annotations)
        return Failure;
    const qint64 id = themeByName(args.at(0));
    if (!id)
        return Failure;
    if (!annotations->renameTheme(id, args.at(1)))
        return fail(annotations->errorString());
    if (m_options.json)
        writeJson(
            QJsonDocument(QJsonObject {{u"id"_s, id}, {u"name"_s, m_library->theme(id).valueOr({})->name}}));
    return Success;
}

int Commands::themeMerge(const QStringList &args)
{
    if (args.size() != 2)
        return usageError(u"theme merge: takes the theme to merge and the one to merge it into"_s);
    Annotations *annotations = annotator();
    if (!annotations)
        return Failure;
    const qint64 from = themeByName(args.at(0));
    if (!from)
        return Failure;
    const qint64 into = themeByName(args.at(1));
    if (!into)
        return Failure;
    const int moved = annotations->claimCountForTheme(from);
    if (!annotations->mergeThemes(from, into))
        return fail(annotations->errorString());
    if (m_options.json)
        writeJson(QJsonDocument(QJsonObject {{u"merged"_s, from}, {u"into"_s, into}, {u"claims"_s, moved}}));
    else
        m_out << "merged '" << args.at(0) << "' into '" << args.at(1) << "' (" << claims(moved) << ")"
              << Qt::endl;
    return Success;
}

int Commands::themeDelete(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(u"theme delete: takes one name"_s);
    Annotations *annotations = annotator();
    if (!annotations)
        return Failure;
    const qint64 id = themeByName(args.at(0));
    if (!id)
        return Failure;
    const int count = annotations->claimCountForTheme(id);
    if (!annotations->deleteTheme(id))
        return fail(annotations->errorString());
    if (m_options.json)
        writeJson(QJsonDocument(QJsonObject {{u"deleted"_s, id}, {u"claims"_s, count}}));
    else
        m_out << "deleted theme '" << args.at(0) << "', untagging " << claims(count) << Qt::endl;
    return Success;
}

} // namespace Colloquy::Cli
