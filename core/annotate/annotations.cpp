#include "annotate/annotations.h"

#include "anchor/anchorer.h"
#include "logging.h"
#include "model/codebook.h"
#include "store/editservice_p.h"

#include <QHash>
#include <QSet>
#include <QUndoCommand>
#include <QUndoStack>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

bool isInPalette(HighlightColour colour)
{
    return highlightPalette().contains(colour);
}

QString themeNotFound(qint64 id)
{
    return u"there is no theme %1"_s.arg(id);
}

QString highlightNotFound(qint64 id)
{
    return u"there is no highlight %1"_s.arg(id);
}

} // namespace

struct Annotations::Private : EditService
{
    QString author; ///< empty: currentAuthor()
    quint64 burstCount = 0;
    quint64 currentBurst = 0; ///< 0 outside a note burst

    QString authorName() const { return author.isEmpty() ? Annotations::currentAuthor() : author; }
    /// Steps with the same non-empty `mergeKey` merge within a note burst.
    ChangeCommand::Merge mergeOf(const QString &mergeKey) const
    {
        return {mergeKey, mergeKey.isEmpty() ? 0 : currentBurst};
    }
    /// Sets or (blank text) removes the note of `articleId` on `speaker` ('' for the article itself).
    bool setArticleNote(qint64 articleId, const QString &speaker, const QString &markdown);

    Result<Theme> theme(qint64 id) const { return store.theme(id).orFailure(themeNotFound(id)); }
    Result<Highlight> highlight(qint64 id) const
    {
        return store.highlight(id).orFailure(highlightNotFound(id));
    }

    /// Why `[start, end)` is not a span of segment `segment` whose text is
    /// `text` (non-empty, splitting no character); empty when it is one.
    static QString spanProblem(const QString &text, qsizetype segment, qsizetype start, qsizetype end)
    {
        if (start < 0 || end <= start || end > text.size())
            return u"[%1, %2) is not a span of segment %3 (%4 characters)"_s.arg(start)
                .arg(end)
                .arg(segment)
                .arg(text.size());
        // A span that splits a surrogate pair would store half a character in its quote.
        if (!splitsNoCharacter(text, start, end))
            return u"[%1, %2) splits a character of segment %3"_s.arg(start).arg(end).arg(segment);
        return {};
    }

    /// The ids of every theme in the codebook.
    Result<QSet<qint64>> themeIds() const
    {
        const Result<QList<Theme>> themes = store.themes();
        if (themes.failed())
            return Failure {themes.error()};
        QSet<qint64> ids;
        for (const Theme &theme : *themes)
            ids.insert(theme.id);
        return ids;
    }

    /// Why article `articleId` has no segment `segment`, after the store found none.
    void failNoSegment(qint64 articleId, qsizetype segment)
    {
        // Only on this error path: is it the article or the segment that is missing?
        const auto texts = store.segmentTexts(articleId);
        if (!check(texts))
            return;
        if (!texts->has_value())
            fail(u"there is no article %1"_s.arg(articleId));
        else
            fail(u"article %1 has no segment %2"_s.arg(articleId).arg(segment));
    }

    /// The text of segment `segment` of article `articleId` when `[start, end)`
    /// is a non-empty span of it that splits no character; nullopt (with the
    /// reason) otherwise. Reads that one segment, not the article.
    std::optional<QString> segmentText(qint64 articleId, qsizetype segment, qsizetype start, qsizetype end)
    {
        const auto text = store.segmentText(articleId, segment);
        if (!check(text))
            return std::nullopt;
        if (!text->has_value()) {
            failNoSegment(articleId, segment);
            return std::nullopt;
        }
        const QString problem = spanProblem(**text, segment, start, end);
        if (!problem.isEmpty()) {
            fail(problem);
            return std::nullopt;
        }
        return *text;
    }

    /// The codebook as stored; empty when it cannot be read (the read has logged why).
    Codebook codebook() const { return Codebook(store.themes().valueOr({})); }

    /// Fails when a sibling under `parentId` other than `self` already has `name`.
    bool checkNameFree(qint64 parentId, const QString &name, qint64 self)
    {
        const Result<QList<Theme>> all = store.themes();
        if (!check(all))
            return false;
        for (const Theme &theme : Codebook(*all).children(parentId)) {
            if (theme.id != self && theme.name.compare(name, Qt::CaseInsensitive) == 0) {
                if (parentId == 0)
                    return fail(u"a top-level theme named '%1' already exists"_s.arg(theme.name));
                return fail(u"theme %1 already has a sub-theme named '%2'"_s.arg(parentId).arg(theme.name));
            }
        }
        return true;
    }

    /// `children` moved under `parentId`, or a failure when a name is taken
    /// there by a theme other than `leaving` (which goes in the same change).
    std::optional<QList<Theme>> moveChildren(
        const Codebook &codebook, const QList<Theme> &children, qint64 parentId, qint64 leaving)
    {
        const QList<Theme> there = codebook.children(parentId);
        QList<Theme> moved;
        for (Theme child : children) {
            for (const Theme &other : there) {
                if (other.id != leaving && other.id != child.id &&
                    other.name.compare(child.name, Qt::CaseInsensitive) == 0) {
                    fail(u"sub-theme '%1' would clash with theme '%2' already there"_s.arg(
                        child.name, other.name));
                    return std::nullopt;
                }
            }
            child.parentId = parentId;
            moved.append(child);
        }
        return moved;
    }

    /// addHighlights()'s checks: every item's colour, span and themes. The
    /// segment texts of the articles named, by article id; nullopt with the reason.
    std::optional<QHash<qint64, QStringList>> checkNewHighlights(const QList<NewHighlight> &highlights);
    /// The change that inserts `highlights` with their notes and taggings
    /// (checked, with their texts), by `author`.
    static AnnotationChange insertionOf(const QList<NewHighlight> &highlights,
        const QHash<qint64, QStringList> &textsOfArticle, const QString &author);

    /// The highlights of `articleId` found again in `texts` (a new text's
    /// segments), counted in `report`: found ones quote the new text.
    static QList<Highlight> reanchor(
        const QList<Highlight> &highlights, const QStringList &texts, ReimportReport &report);
};

bool Annotations::Private::setArticleNote(qint64 articleId, const QString &speaker, const QString &markdown)
{
    const Result<Article> article =
        store.article(articleId).orFailure(u"there is no article %1"_s.arg(articleId));
    const auto read = store.articleNote(articleId, speaker);
    if (!check(article) || !check(read))
        return false;
    const std::optional<ArticleNote> &old = *read;

    const bool blank = markdown.trimmed().isEmpty();
    if (blank && !old)
        return true;
    if (old && !blank && old->markdown == markdown)
        return true;
    // Removing stays possible for a name a re-import took out of the text; writing does not.
    if (!blank && !speaker.isEmpty()) {
        QStringList names;
        for (const Speaker &s : article->speakers())
            names.append(s.name);
        if (!names.contains(speaker))
            return fail(u"article %1 has no speaker '%2' (speakers: %3)"_s.arg(articleId).arg(
                speaker, names.isEmpty() ? u"none"_s : names.join(u", "_s)));
    }

    ArticleNote key;
    key.articleId = articleId;
    key.speaker = speaker.isNull() ? u""_s : speaker;
    AnnotationChange redo, undo;
    if (blank) {
        redo.removeArticleNotes = {key};
    } else {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        redo.putArticleNotes = {
            {articleId, key.speaker, markdown, authorName(), old ? old->created : now, now}};
    }
    if (old)
        undo.putArticleNotes = {*old};
    else
        undo.removeArticleNotes = {key};
    const QString mergeKey =
        speaker.isEmpty() ? u"article:%1"_s.arg(articleId) : u"speaker:%1:%2"_s.arg(articleId).arg(speaker);
    return commit(
        speaker.isEmpty() ? tr("Edit article note") : tr("Edit speaker note"), redo, undo, mergeOf(mergeKey));
}

Annotations::Annotations(EditHistory &history, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(Private {{history}, {}}))
{ }

Annotations::~Annotations() = default;

LibraryStore *Annotations::store() const
{
    return &d->store;
}

QUndoStack *Annotations::undoStack() const
{
    return d->history.undoStack();
}

EditHistory *Annotations::history() const
{
    return &d->history;
}

QString Annotations::errorString() const
{
    return d->error;
}

QString Annotations::currentAuthor()
{
#ifdef Q_OS_UNIX
    // The account's full name is the first comma-separated field of GECOS.
    if (const passwd *account = getpwuid(getuid())) {
        const QString fullName = QString::fromLocal8Bit(account->pw_gecos).section(u',', 0, 0).trimmed();
        if (!fullName.isEmpty())
            return fullName;
        const QString login = QString::fromLocal8Bit(account->pw_name).trimmed();
        if (!login.isEmpty())
            return login;
    }
#endif
    for (const char *variable : {"USER", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return u"unknown"_s;
}

QString Annotations::author() const
{
    return d->authorName();
}

void Annotations::setAuthor(const QString &name)
{
    d->author = name.simplified();
}

std::optional<qint64> Annotations::addHighlight(
    qint64 articleId, qsizetype segment, qsizetype start, qsizetype end, HighlightColour colour)
{
    d->error.clear();
    if (!isInPalette(colour)) {
        d->fail(u"not a highlight colour: %1"_s.arg(int(colour)));
        return std::nullopt;
    }
    const std::optional<QString> text = d->segmentText(articleId, segment, start, end);
    if (!text)
        return std::nullopt;

    Highlight highlight;
    highlight.articleId = articleId;
    highlight.anchor = Anchorer::describe(*text, segment, start, end);
    highlight.colour = colour;
    highlight.author = author();
    highlight.created = highlight.modified = QDateTime::currentDateTimeUtc();

    AnnotationChange redo;
    redo.putHighlights = {highlight};
    if (!d->commitInsertion(tr("Add highlight"), redo, [](const AnnotationChange &done) {
            AnnotationChange undo;
            undo.removeHighlights = {done.putHighlights.constFirst().id};
            return undo;
        }))
        return std::nullopt;
    return redo.putHighlights.constFirst().id;
}

std::optional<QHash<qint64, QStringList>> Annotations::Private::checkNewHighlights(
    const QList<NewHighlight> &highlights)
{
    // Each article's text is read once.
    QHash<qint64, QStringList> textsOfArticle;
    QSet<qint64> themeIds;
    for (qsizetype i = 0; i < highlights.size(); ++i) {
        const NewHighlight &item = highlights.at(i);
        const auto refuse = [&](const QString &why) {
            fail(u"highlight %1 of %2: %3"_s.arg(i + 1).arg(highlights.size()).arg(why));
            return std::nullopt;
        };
        if (!isInPalette(item.colour))
            return refuse(u"not a highlight colour: %1"_s.arg(int(item.colour)));
        auto texts = textsOfArticle.find(item.articleId);
        if (texts == textsOfArticle.end()) {
            const Result<QStringList> read =
                store.segmentTexts(item.articleId).orFailure(u"there is no article %1"_s.arg(item.articleId));
            if (read.failed())
                return refuse(read.error());
            texts = textsOfArticle.insert(item.articleId, *read);
        }
        if (item.segment < 0 || item.segment >= texts->size())
            return refuse(u"article %1 has no segment %2"_s.arg(item.articleId).arg(item.segment));
        const QString problem = spanProblem(texts->at(item.segment), item.segment, item.start, item.end);
        if (!problem.isEmpty())
            return refuse(problem);
        for (const qint64 themeId : item.themeIds)
            themeIds.insert(themeId);
    }
    if (themeIds.isEmpty())
        return textsOfArticle;
    const Result<QSet<qint64>> known = this->themeIds();
    if (!check(known))
        return std::nullopt;
    for (const qint64 themeId : std::as_const(themeIds)) {
        if (!known->contains(themeId)) {
            fail(themeNotFound(themeId));
            return std::nullopt;
        }
    }
    return textsOfArticle;
}

AnnotationChange Annotations::Private::insertionOf(const QList<NewHighlight> &highlights,
    const QHash<qint64, QStringList> &textsOfArticle, const QString &author)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    AnnotationChange change;
    change.putHighlights.reserve(highlights.size());
    for (qsizetype i = 0; i < highlights.size(); ++i) {
        const NewHighlight &item = highlights.at(i);
        Highlight highlight;
        highlight.articleId = item.articleId;
        highlight.anchor = Anchorer::describe(
            textsOfArticle.value(item.articleId).at(item.segment), item.segment, item.start, item.end);
        highlight.colour = item.colour;
        highlight.author = author;
        highlight.created = highlight.modified = now;
        change.putHighlights.append(highlight);
        const qint64 placeholder = -(i + 1);
        if (!item.note.trimmed().isEmpty())
            change.putNotes.append({placeholder, item.note, author, now, now});
        QSet<qint64> tagged;
        for (const qint64 themeId : item.themeIds) {
            if (!tagged.contains(themeId)) {
                tagged.insert(themeId);
                change.tag.append({placeholder, themeId});
            }
        }
    }
    return change;
}

std::optional<QList<qint64>> Annotations::addHighlights(
    const QList<NewHighlight> &highlights, const QString &undoText)
{
    d->error.clear();
    if (highlights.isEmpty())
        return QList<qint64>();
    // Check everything before writing anything.
    const std::optional<QHash<qint64, QStringList>> texts = d->checkNewHighlights(highlights);
    if (!texts)
        return std::nullopt;
    // One change: the highlights, then their notes and taggings by placeholder id (see AnnotationChange).
    AnnotationChange redo = Private::insertionOf(highlights, *texts, author());
    QList<qint64> ids;
    ids.reserve(redo.putHighlights.size());
    if (!d->commitInsertion(
            undoText.isEmpty() ? tr("Add highlights") : undoText, redo, [&ids](const AnnotationChange &done) {
                for (const Highlight &highlight : done.putHighlights)
                    ids.append(highlight.id);
                // Removing a highlight takes its note and taggings with it.
                AnnotationChange undo;
                undo.removeHighlights = ids;
                return undo;
            }))
        return std::nullopt;
    return ids;
}

bool Annotations::recolourHighlight(qint64 highlightId, HighlightColour colour)
{
    d->error.clear();
    if (!isInPalette(colour))
        return d->fail(u"not a highlight colour: %1"_s.arg(int(colour)));
    const Result<Highlight> old = d->highlight(highlightId);
    if (!d->check(old))
        return false;
    if (old->colour == colour)
        return true;
    Highlight changed = *old;
    changed.colour = colour;
    changed.modified = QDateTime::currentDateTimeUtc();
    AnnotationChange redo, undo;
    redo.putHighlights = {changed};
    undo.putHighlights = {*old};
    return d->commit(tr("Recolour highlight"), redo, undo);
}

bool Annotations::removeHighlight(qint64 highlightId)
{
    d->error.clear();
    const Result<Highlight> old = d->highlight(highlightId);
    if (!d->check(old))
        return false;
    const auto note = d->store.note(highlightId);
    const auto themeIds = d->store.themeIdsOfHighlight(highlightId);
    const auto relations = d->store.relationsOfHighlights({highlightId});
    if (!d->check(note) || !d->check(themeIds) || !d->check(relations))
        return false;

    AnnotationChange redo, undo;
    redo.removeHighlights = {highlightId};
    undo.putHighlights = {*old};
    undo.putRelations = *relations; // the highlight took its relations with it
    if (note->has_value())
        undo.putNotes = {**note};
    for (const qint64 themeId : *themeIds)
        undo.tag.append({highlightId, themeId});
    return d->commit(tr("Remove highlight"), redo, undo);
}

bool Annotations::reattachHighlight(qint64 highlightId, qsizetype segment, qsizetype start, qsizetype end)
{
    d->error.clear();
    const Result<Highlight> old = d->highlight(highlightId);
    if (!d->check(old))
        return false;
    const std::optional<QString> text = d->segmentText(old->articleId, segment, start, end);
    if (!text)
        return false;
    Highlight changed = *old;
    // New selectors from the text as it is now, as if the reader had just made it.
    changed.anchor = Anchorer::describe(*text, segment, start, end);
    changed.state = AnchorState::Anchored;
    if (changed.anchor == old->anchor && old->state == AnchorState::Anchored)
        return true;
    changed.modified = QDateTime::currentDateTimeUtc();
    AnnotationChange redo, undo;
    redo.putHighlights = {changed};
    undo.putHighlights = {*old};
    return d->commit(tr("Re-attach highlight"), redo, undo);
}

bool Annotations::setNote(qint64 highlightId, const QString &markdown)
{
    d->error.clear();
    const auto read = d->store.note(highlightId);
    if (!d->check(d->highlight(highlightId)) || !d->check(read))
        return false;
    const std::optional<Note> &old = *read;

    const bool blank = markdown.trimmed().isEmpty();
    if (blank && !old)
        return true;
    if (old && !blank && old->markdown == markdown)
        return true;

    AnnotationChange redo, undo;
    if (blank) {
        redo.removeNotes = {highlightId};
    } else {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Note note {highlightId, markdown, author(), old ? old->created : now, now};
        redo.putNotes = {note};
    }
    if (old)
        undo.putNotes = {*old};
    else
        undo.removeNotes = {highlightId};
    return d->commit(tr("Edit note"), redo, undo, d->mergeOf(u"highlight:%1"_s.arg(highlightId)));
}

bool Annotations::setArticleNote(qint64 articleId, const QString &markdown)
{
    d->error.clear();
    return d->setArticleNote(articleId, QString(), markdown);
}

bool Annotations::setSpeakerNote(qint64 articleId, const QString &speaker, const QString &markdown)
{
    d->error.clear();
    if (speaker.trimmed().isEmpty())
        return d->fail(u"a speaker note needs the speaker's name"_s);
    return d->setArticleNote(articleId, speaker, markdown);
}

void Annotations::beginNoteBurst()
{
    d->currentBurst = ++d->burstCount;
}

void Annotations::endNoteBurst()
{
    d->currentBurst = 0;
}

bool Annotations::tagHighlight(qint64 highlightId, qint64 themeId)
{
    d->error.clear();
    if (!d->check(d->highlight(highlightId)) || !d->check(d->theme(themeId)))
        return false;
    const auto themeIds = d->store.themeIdsOfHighlight(highlightId);
    if (!d->check(themeIds))
        return false;
    if (themeIds->contains(themeId))
        return true;
    AnnotationChange redo, undo;
    redo.tag = {{highlightId, themeId}};
    undo.untag = {{highlightId, themeId}};
    return d->commit(tr("Tag highlight"), redo, undo);
}

bool Annotations::untagHighlight(qint64 highlightId, qint64 themeId)
{
    d->error.clear();
    const Result<Theme> theme = d->theme(themeId);
    if (!d->check(d->highlight(highlightId)) || !d->check(theme))
        return false;
    if (!d->store.themeIdsOfHighlight(highlightId).valueOr({}).contains(themeId))
        return d->fail(u"highlight %1 is not tagged with '%2'"_s.arg(highlightId).arg(theme->name));
    AnnotationChange redo, undo;
    redo.untag = {{highlightId, themeId}};
    undo.tag = {{highlightId, themeId}};
    return d->commit(tr("Untag highlight"), redo, undo);
}

bool Annotations::tagHighlights(const QList<Tagging> &taggings)
{
    d->error.clear();
    const Result<QSet<qint64>> knownThemes = d->themeIds();
    if (!d->check(knownThemes))
        return false;

    AnnotationChange redo, undo;
    QHash<qint64, QList<qint64>> themesOf; // what each highlight has, as it is read
    for (const Tagging &tagging : taggings) {
        if (!knownThemes->contains(tagging.themeId))
            return d->fail(themeNotFound(tagging.themeId));
        auto has = themesOf.find(tagging.highlightId);
        if (has == themesOf.end()) {
            const auto themeIds = d->store.themeIdsOfHighlight(tagging.highlightId);
            if (!d->check(d->highlight(tagging.highlightId)) || !d->check(themeIds))
                return false;
            has = themesOf.insert(tagging.highlightId, *themeIds);
        }
        if (has->contains(tagging.themeId))
            continue;
        has->append(tagging.themeId);
        redo.tag.append(tagging);
        undo.untag.append(tagging);
    }
    if (redo.isEmpty())
        return true;
    return d->commit(redo.tag.size() == 1 ? tr("Tag highlight") : tr("Tag highlights"), redo, undo);
}

std::optional<qint64> Annotations::createTheme(
    const QString &name, qint64 parentId, HighlightColour colour, const QString &description)
{
    d->error.clear();
    Theme theme;
    theme.name = name.trimmed();
    theme.parentId = parentId;
    theme.colour = colour;
    theme.description = description;
    if (theme.name.isEmpty()) {
        d->fail(u"a theme needs a name"_s);
        return std::nullopt;
    }
    if (!isInPalette(colour)) {
        d->fail(u"not a theme colour: %1"_s.arg(int(colour)));
        return std::nullopt;
    }
    if (parentId < 0) {
        d->fail(themeNotFound(parentId));
        return std::nullopt;
    }
    if (parentId > 0 && !d->check(d->theme(parentId)))
        return std::nullopt;
    if (!d->checkNameFree(parentId, theme.name, 0))
        return std::nullopt;

    AnnotationChange redo;
    redo.putThemes = {theme};
    if (!d->commitInsertion(tr("Create theme"), redo, [](const AnnotationChange &done) {
            AnnotationChange undo;
            undo.removeThemes = {done.putThemes.constFirst().id};
            return undo;
        }))
        return std::nullopt;
    return redo.putThemes.constFirst().id;
}

bool Annotations::renameTheme(qint64 themeId, const QString &name)
{
    d->error.clear();
    const Result<Theme> old = d->theme(themeId);
    if (!d->check(old))
        return false;
    Theme changed = *old;
    changed.name = name.trimmed();
    if (changed.name.isEmpty())
        return d->fail(u"a theme needs a name"_s);
    if (changed.name == old->name)
        return true;
    if (!d->checkNameFree(old->parentId, changed.name, themeId))
        return false;
    AnnotationChange redo, undo;
    redo.putThemes = {changed};
    undo.putThemes = {*old};
    return d->commit(tr("Rename theme"), redo, undo);
}

bool Annotations::recolourTheme(qint64 themeId, HighlightColour colour)
{
    d->error.clear();
    if (!isInPalette(colour))
        return d->fail(u"not a theme colour: %1"_s.arg(int(colour)));
    const Result<Theme> old = d->theme(themeId);
    if (!d->check(old))
        return false;
    if (old->colour == colour)
        return true;
    Theme changed = *old;
    changed.colour = colour;
    AnnotationChange redo, undo;
    redo.putThemes = {changed};
    undo.putThemes = {*old};
    return d->commit(tr("Recolour theme"), redo, undo);
}

bool Annotations::describeTheme(qint64 themeId, const QString &description)
{
    d->error.clear();
    const Result<Theme> old = d->theme(themeId);
    if (!d->check(old))
        return false;
    if (old->description == description)
        return true;
    Theme changed = *old;
    changed.description = description;
    AnnotationChange redo, undo;
    redo.putThemes = {changed};
    undo.putThemes = {*old};
    return d->commit(tr("Describe theme"), redo, undo);
}

bool Annotations::reparentTheme(qint64 themeId, qint64 parentId)
{
    d->error.clear();
    const Result<Theme> old = d->theme(themeId);
    if (!d->check(old))
        return false;
    if (parentId < 0)
        return d->fail(themeNotFound(parentId));
    if (parentId > 0 && !d->check(d->theme(parentId)))
        return false;
    if (parentId == old->parentId)
        return true;
    if (d->codebook().wouldCycle(themeId, parentId))
        return d->fail(u"cannot move theme '%1' under itself or one of its sub-themes"_s.arg(old->name));
    if (!d->checkNameFree(parentId, old->name, themeId))
        return false;
    Theme changed = *old;
    changed.parentId = parentId;
    AnnotationChange redo, undo;
    redo.putThemes = {changed};
    undo.putThemes = {*old};
    return d->commit(tr("Move theme"), redo, undo);
}

bool Annotations::mergeThemes(qint64 from, qint64 into)
{
    d->error.clear();
    const Result<Theme> source = d->theme(from);
    if (!d->check(source))
        return false;
    const Result<Theme> target = d->theme(into);
    if (!d->check(target))
        return false;
    if (from == into)
        return d->fail(u"cannot merge theme '%1' into itself"_s.arg(source->name));
    const Codebook codebook = d->codebook();
    if (codebook.isAncestorOrSelf(from, into))
        return d->fail(
            u"cannot merge theme '%1' into its own sub-theme '%2'"_s.arg(source->name, target->name));

    const QList<Theme> children = codebook.children(from);
    const std::optional<QList<Theme>> moved = d->moveChildren(codebook, children, into, from);
    if (!moved)
        return false;
    const auto claims = d->store.highlightIdsOfTheme(from);
    const auto targetClaims = d->store.highlightIdsOfTheme(into);
    if (!d->check(claims) || !d->check(targetClaims))
        return false;

    AnnotationChange redo, undo;
    for (const qint64 highlightId : *claims) {
        redo.untag.append({highlightId, from});
        undo.tag.append({highlightId, from});
        if (!targetClaims->contains(highlightId)) {
            redo.tag.append({highlightId, into});
            undo.untag.append({highlightId, into});
        }
    }
    redo.putThemes = *moved;
    redo.removeThemes = {from};
    undo.putThemes = QList<Theme> {*source} + children;
    return d->commit(tr("Merge themes"), redo, undo);
}

int Annotations::claimCountForTheme(qint64 themeId) const
{
    return int(d->store.highlightIdsOfTheme(themeId).valueOr({}).size());
}

bool Annotations::deleteTheme(qint64 themeId)
{
    d->error.clear();
    const Result<Theme> old = d->theme(themeId);
    if (!d->check(old))
        return false;
    const Codebook codebook = d->codebook();
    const QList<Theme> children = codebook.children(themeId);
    const std::optional<QList<Theme>> moved = d->moveChildren(codebook, children, old->parentId, themeId);
    if (!moved)
        return false;
    const auto claims = d->store.highlightIdsOfTheme(themeId);
    if (!d->check(claims))
        return false;

    AnnotationChange redo, undo;
    for (const qint64 highlightId : *claims) {
        redo.untag.append({highlightId, themeId});
        undo.tag.append({highlightId, themeId});
    }
    redo.putThemes = *moved;
    redo.removeThemes = {themeId};
    undo.putThemes = QList<Theme> {*old} + children;
    return d->commit(tr("Delete theme"), redo, undo);
}

QList<Highlight> Annotations::Private::reanchor(
    const QList<Highlight> &highlights, const QStringList &texts, ReimportReport &report)
{
    QList<Highlight> result;
    result.reserve(highlights.size());
    const Anchorer anchorer;
    for (const Highlight &old : highlights) {
        Highlight h = old;
        const AnchorResult found = anchorer.anchor(old.anchor, texts);
        h.state = found.state;
        switch (found.state) {
        case AnchorState::Anchored:
            ++report.anchored;
            break;
        case AnchorState::Moved:
            ++report.moved;
            break;
        case AnchorState::Fuzzy:
            ++report.fuzzy;
            break;
        case AnchorState::Orphaned:
            ++report.orphaned;
            report.orphanedIds.append(old.id);
            break;
        }
        // Found ones quote the new text (a fixed typo included) with its new context.
        if (found.state != AnchorState::Orphaned)
            h.anchor = Anchorer::describe(
                texts.at(found.segment), found.segment, found.position.start, found.position.end);
        result.append(h);
    }
    return result;
}

std::optional<ReimportReport> Annotations::reimportArticle(qint64 articleId, const Article &edited)
{
    d->error.clear();
    Result<Article> before =
        d->store.article(articleId).orFailure(u"there is no article %1"_s.arg(articleId));
    Result<QList<Highlight>> oldHighlights = d->store.highlights(articleId);
    if (!d->check(before) || !d->check(oldHighlights))
        return std::nullopt;

    Article after = edited;
    after.id = articleId;
    // The same article in a new version: it keeps its place in the library list.
    after.importedAt = before->importedAt;
    if (after.contentHash.isEmpty())
        after.contentHash = contentHashOf(after.normalizedText);
    const std::optional<qint64> other = d->store.articleIdByHash(after.contentHash).valueOr(std::nullopt);
    if (other && *other != articleId) {
        d->fail(u"this text is already in the library as article %1"_s.arg(*other));
        return std::nullopt;
    }

    QStringList texts;
    texts.reserve(after.segments.size());
    for (const Segment &segment : std::as_const(after.segments))
        texts.append(segment.text());
    ReimportReport report;
    ArticleChange redo {std::move(after), Private::reanchor(*oldHighlights, texts, report), {}};
    ArticleChange undo {*std::move(before), *std::move(oldHighlights), {}};
    if (!d->commit(tr("Re-import article"), std::move(redo), std::move(undo)))
        return std::nullopt;
    return report;
}

void Annotations::beginMacro(const QString &text)
{
    d->history.beginStep(text);
}

bool Annotations::endMacro()
{
    return d->history.commitStep() || d->fail(d->history.errorString());
}

void Annotations::cancelMacro()
{
    d->history.rollbackStep();
}

} // namespace Colloquy
