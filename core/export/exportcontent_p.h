#pragma once

#include "export/pdfexportoptions.h"
#include "model/article.h"
#include "model/claimrelation.h"
#include "model/codebook.h"
#include "model/highlight.h"
#include "model/theme.h"

#include <optional>

namespace Colloquy {

class LibraryStore;

/// The claim at the other end of a relation, as an export names it.
struct RelatedClaim
{
    ClaimRelation relation = {};
    /// Whether the exported highlight is the relation's `from` (it agrees with, responds to … the other).
    bool outgoing = true;
    /// The other highlight; its `speaker` is empty outside a speaker's turn.
    Highlight other = {};
    /// The other highlight's article: its title, and its content hash (hex) for Web Annotation IRIs.
    QString otherArticleTitle = {};
    QByteArray otherArticleHash = {};
    /// Index of the other highlight in ExportContent::highlights; -1 when the export leaves it out.
    qsizetype otherIndex = -1;

    /// How the exported highlight relates to the other: `agrees with`, `responds to`, `is answered by`.
    QString phrase() const;
    /// The stable name of that, for CSV: `agrees-with`, `responds-to`, `answered-by`.
    QString name() const;
    /// `Speaker: “quote”` (cut to about 60 characters), with ` (Article)` when in another article.
    QString describe(const QString &exportedArticleTitle) const;
};

/// A highlight as an export shows it: its note, its themes (codebook order) and its relations.
struct ExportedHighlight
{
    Highlight highlight = {};
    QString note = {};
    QList<Theme> themes = {};
    /// Its relations to claims that are in the library and placed (not orphaned), by relation id.
    QList<RelatedClaim> related = {};

    bool isClaim() const { return !themes.isEmpty(); }
    /// The Markdown note as a reader sees it: `**source**` becomes `source`.
    QString plainNote() const;
    /// The note and the themes (full paths from `codebook`) as one text, for a
    /// PDF annotation's /Contents.
    QString contents(const Codebook &codebook) const;
};

/// A quote on one line, cut to about 60 characters for a note's heading.
QString excerpt(const QString &quote);

/// `count` with the noun that fits it: "1 claim", "2 claims", "0 claims".
QString counted(qsizetype count, const QString &singular, const QString &plural);

/// `Economy › Ports`: the theme's path from the top of `codebook`, its bare
/// name when the codebook does not hold it.
QString themeDisplayPath(const Codebook &codebook, const Theme &theme);
/// The display paths of `themes`, in their order.
QStringList themeDisplayPaths(const Codebook &codebook, const QList<Theme> &themes);

/// One article with the highlights an export keeps, read from the store once.
struct ExportContent
{
    Article article = {};
    /// Reading order; orphaned highlights are left out (they have no place).
    QList<ExportedHighlight> highlights = {};
    /// The themes the appendix groups by: those used by kept highlights, and
    /// among them only the ones the filter asked for. Codebook order.
    QList<Theme> themes = {};
    /// The whole codebook: for theme paths.
    Codebook codebook = {};

    /// Each relation once, seen from its `from` end when that is kept (else from its `to` end):
    /// indexes into `highlights` and into that highlight's `related`, by relation id.
    QList<std::pair<qsizetype, qsizetype>> relations() const;

    /// Whether facts() names the day the article was imported.
    enum class ImportDate
    {
        Hidden,
        Shown
    };

    /// What an export says of the article under its title, a plain-text line
    /// each: its speakers, metadata, source file, (when asked) import date,
    /// and how many highlights and claims it has.
    QStringList facts(ImportDate importDate = ImportDate::Hidden) const;

    /// Reads article `articleId` and applies the filter of `options`; nullopt with `error` set on failure.
    static std::optional<ExportContent> read(
        const LibraryStore &store, qint64 articleId, const PdfExportOptions &options, QString *error);
};

} // namespace Colloquy
