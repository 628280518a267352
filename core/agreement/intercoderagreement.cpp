#include "agreement/intercoderagreement.h"

#include "agreement/agreementcalculator.h"
#include "store/librarystore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::InterCoderAgreement {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("InterCoderAgreement", text);
}

std::optional<Failure> checkOptions(const AgreementOptions &options, const QStringList &known)
{
    if (options.coders.size() < 2)
        return Failure {tr("Agreement needs at least two coders.")};
    if (QSet<QString>(options.coders.begin(), options.coders.end()).size() != options.coders.size())
        return Failure {tr("Each coder may be named only once.")};
    for (const QString &coder : options.coders) {
        if (!known.contains(coder))
            return Failure {tr("No coder named \"%1\" has highlights in this library (coders: %2).")
                                .arg(coder, known.isEmpty() ? tr("none") : known.join(u", "_s))};
    }
    if (options.unit == AgreementUnit::Overlap && !(options.minOverlap > 0.0 && options.minOverlap <= 1.0))
        return Failure {tr("The minimum overlap must be more than 0 and at most 1.")};
    return std::nullopt;
}

/// The articles asked for, or every article one of the coders tagged; their taggings.
Result<QList<AgreementArticle>> readArticles(const LibraryStore &store, const AgreementOptions &options)
{
    const auto summaries = store.articles();
    if (summaries.failed())
        return Failure {summaries.error()};
    QHash<qint64, QString> titles;
    QList<qint64> ids = options.articleIds;
    const bool all = ids.isEmpty();
    for (auto it = summaries->crbegin(); it != summaries->crend(); ++it) {
        titles.insert(it->id, it->displayTitle());
        if (all)
            ids.append(it->id); // oldest first, the order they were imported
    }
    QList<AgreementArticle> out;
    for (qint64 id : std::as_const(ids)) {
        if (!titles.contains(id))
            return Failure {tr("There is no article %1 in this library.").arg(id)};
        const auto taggings = store.coderTaggings(id);
        if (taggings.failed())
            return Failure {taggings.error()};
        const bool coded = std::any_of(taggings->begin(), taggings->end(),
            [&](const CoderTagging &t) { return options.coders.contains(t.coder); });
        if (all && !coded)
            continue;
        const auto texts = store.segmentTexts(id);
        if (texts.failed())
            return Failure {texts.error()};
        out.append({id, titles.value(id), texts->value_or(QStringList()), *taggings});
    }
    return out;
}

} // namespace

Result<QStringList> coders(const LibraryStore &store)
{
    return store.authors();
}

Result<AgreementReport> compute(const LibraryStore &store, const AgreementOptions &options)
{
    const auto known = store.authors();
    if (known.failed())
        return Failure {known.error()};
    if (auto failure = checkOptions(options, *known))
        return *failure;
    const auto articles = readArticles(store, options);
    if (articles.failed())
        return Failure {articles.error()};
    const auto codebook = store.themes();
    if (codebook.failed())
        return Failure {codebook.error()};
    return Agreement::compute(*articles, *codebook, options);
}

} // namespace Colloquy::InterCoderAgreement
