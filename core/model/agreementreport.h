#pragma once

#include "model/sentencesplitter.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace Colloquy {

/// What inter-coder agreement counts coders' decisions on.
enum class AgreementUnit
{
    Sentence, ///< every sentence of the articles; coded when a highlight touches it
    Paragraph, ///< every paragraph of the articles; coded when a highlight touches it
    Overlap, ///< the passages coders highlighted with a theme; coded when covered by at least the minimum
             ///< ratio
};

/// `sentence`, `paragraph` or `overlap`, as the CLI and JSON spell them.
QString agreementUnitName(AgreementUnit unit);
std::optional<AgreementUnit> agreementUnitFromName(QStringView name);

/// What to compare: two or more coders (highlight authors) on some articles.
struct AgreementOptions
{
    QStringList coders;
    QList<qint64> articleIds; ///< empty: every article one of the coders highlighted
    AgreementUnit unit = AgreementUnit::Sentence;
    double minOverlap =
        0.5; ///< for AgreementUnit::Overlap: the share of a passage a coder must cover, (0, 1]
};

/// Why a kappa is or is not a number.
enum class KappaStatus
{
    Computed,
    NoUnits, ///< nothing to count: no theme was coded on any unit
    NoVariation, ///< every coder made the same single decision on every unit: chance agreement is 1, kappa is
                 ///< 0/0
};

/// Why kappa is not a number, as the CLI and JSON say it ("no variation",
/// "nothing coded"); empty for KappaStatus::Computed.
QString kappaStatusNote(KappaStatus status);

/// Percent agreement and kappa of one theme, or of all themes pooled (themeId 0).
/// A plain value.
struct AgreementScore
{
    qint64 themeId = 0;
    QString themeName;
    qsizetype units = 0; ///< decisions counted (for the overall score: units × themes)
    qsizetype agreed = 0; ///< units on which all coders decided alike
    QList<qsizetype> codedBy; ///< per coder (AgreementReport::coders order), units they coded
    std::optional<double> percent; ///< agreed / units, 0–1; nullopt without units
    std::optional<double> kappa; ///< Cohen's for two coders, Fleiss' for more; see kappaStatus
    KappaStatus kappaStatus = KappaStatus::NoUnits;
    /// Two coders only: the 2×2 table (both coded, only the first, only the second, neither).
    qsizetype both = 0, firstOnly = 0, secondOnly = 0, neither = 0;

    /// Kappa to three decimals, or "n/a (no variation)" / "n/a (nothing coded)".
    QString kappaText() const;
    /// Percent agreement to one decimal ("75.0%"), or "n/a" without units.
    QString percentText() const;
};

/// A unit on which the coders did not all decide alike for at least one theme.
struct DisagreementPassage
{
    qint64 articleId = 0;
    QString articleTitle;
    qsizetype segment = 0; ///< ordinal of the segment the range is in
    TextRange range; ///< offsets in that Segment::text()
    QString text;
    QList<QList<qint64>> themesByCoder; ///< per coder, the theme ids they coded on the unit
};

/// The outcome of InterCoderAgreement: a plain value.
struct AgreementReport
{
    QStringList coders;
    QList<qint64> articleIds;
    AgreementUnit unit = AgreementUnit::Sentence;
    double minOverlap = 0.5;
    qsizetype unitCount = 0; ///< units of the articles (for overlap: passages) before themes
    QList<AgreementScore> themes; ///< each theme any of the coders used, in codebook order
    AgreementScore overall;
    QList<DisagreementPassage> disagreements; ///< in article, segment and text order

    /// "Cohen's kappa" or "Fleiss' kappa".
    QString kappaName() const;
};

} // namespace Colloquy
