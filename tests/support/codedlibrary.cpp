#include "codedlibrary.h"

#include "store/librarystore.h"
#include "temporarylibrary.h"
#include "testarticles.h"

#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::Testing::CodedLibrary {

qint64 addTheme(LibraryStore &store, const QString &name)
{
    AnnotationChange change;
    change.putThemes = {Theme {0, 0, name, HighlightColour::Green, {}}};
    if (!store.applyAnnotationChange(change)) {
        qWarning("cannot add theme %s: %s", qPrintable(name), qPrintable(store.errorString()));
        return 0;
    }
    return change.putThemes.first().id;
}

qint64 code(LibraryStore &store, qint64 articleId, const QString &coder, qsizetype segment,
    const QString &quote, const QList<qint64> &themes)
{
    const QString text = store.segmentText(articleId, segment)->value_or(QString());
    const qsizetype start = text.indexOf(quote);
    if (quote.isEmpty() || start < 0) {
        qWarning("no \"%s\" in segment %lld", qPrintable(quote), qint64(segment));
        return 0;
    }
    AnnotationChange change;
    Highlight h;
    h.articleId = articleId;
    h.anchor.segment = segment;
    h.anchor.position = {start, start + quote.size()};
    h.anchor.quote.exact = quote;
    h.author = coder;
    h.created = h.modified = QDateTime::currentDateTimeUtc();
    change.putHighlights = {h};
    for (qint64 theme : themes)
        change.tag.append({-1, theme});
    if (!store.applyAnnotationChange(change)) {
        qWarning("cannot store %s's highlight: %s", qPrintable(coder), qPrintable(store.errorString()));
        return 0;
    }
    return change.putHighlights.first().id;
}

Example addExample(TemporaryLibrary &library)
{
    LibraryStore &store = *library.store();
    Example e;
    e.article = library.addArticle(TestArticles::article(u"Tenants' assembly"_s,
        {TestArticles::speech(u"Mara Quill"_s, u"tenant organiser"_s,
            {u"Rent is too high. The council ignores us. We will march on Friday. Bring water."_s})}));
    e.housing = addTheme(store, u"Housing"_s);
    e.protest = addTheme(store, u"Protest"_s);
    code(store, e.article, u"ada"_s, 0, u"Rent is too high"_s, {e.housing});
    code(store, e.article, u"ada"_s, 0, u"march on Friday. Bring water"_s, {e.protest});
    code(store, e.article, u"bo"_s, 0, u"Rent is too high. The council"_s, {e.housing});
    code(store, e.article, u"bo"_s, 0, u"We will march"_s, {e.protest});
    return e;
}

} // namespace Colloquy::Testing::CodedLibrary
