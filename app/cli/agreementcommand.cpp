// colloquy-cli agreement: inter-coder agreement (InterCoderAgreement) as a table or JSON.

#include "commands.h"

#include "agreement/intercoderagreement.h"
#include "clitext_p.h"
#include "store/librarystore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::Cli {

namespace {

QJsonObject scoreToJson(const AgreementScore &score, const QStringList &coders)
{
    QJsonObject coded;
    for (qsizetype c = 0; c < coders.size(); ++c)
        coded.insert(coders[c], qint64(score.codedBy.value(c)));
    QJsonObject json {
        {u"units"_s, qint64(score.units)},
        {u"agreed"_s, qint64(score.agreed)},
        {u"percent"_s, score.percent ? QJsonValue(*score.percent * 100.0) : QJsonValue()},
        {u"kappa"_s, score.kappa ? QJsonValue(*score.kappa) : QJsonValue()},
        {u"kappa_note"_s,
            score.kappaStatus == KappaStatus::Computed ? QJsonValue()
                                                       : QJsonValue(kappaStatusNote(score.kappaStatus))},
        {u"coded"_s, coded},
    };
    if (score.themeId)
        json.insert(u"id"_s, score.themeId);
    json.insert(u"name"_s, score.themeName);
    if (coders.size() == 2) {
        json.insert(u"table"_s,
            QJsonObject {{u"both"_s, qint64(score.both)}, {u"first_only"_s, qint64(score.firstOnly)},
                {u"second_only"_s, qint64(score.secondOnly)}, {u"neither"_s, qint64(score.neither)}});
    }
    return json;
}

QJsonObject reportToJson(const AgreementReport &report, const QHash<qint64, QString> &names)
{
    QJsonArray passages;
    for (const DisagreementPassage &p : report.disagreements) {
        QJsonObject coders;
        for (qsizetype c = 0; c < report.coders.size(); ++c)
            coders.insert(
                report.coders[c], jsonArray(p.themesByCoder[c], [&](qint64 t) { return names.value(t); }));
        passages.append(QJsonObject {{u"article"_s, p.articleId}, {u"title"_s, p.articleTitle},
            {u"segment"_s, qint64(p.segment + 1)}, {u"start"_s, qint64(p.range.start)},
            {u"end"_s, qint64(p.range.end)}, {u"text"_s, p.text}, {u"coders"_s, coders}});
    }
    return QJsonObject {
        {u"coders"_s, QJsonArray::fromStringList(report.coders)},
        {u"articles"_s, jsonArray(report.articleIds, [](qint64 id) { return QJsonValue(id); })},
        {u"unit"_s, agreementUnitName(report.unit)},
        {u"min_overlap"_s,
            report.unit == AgreementUnit::Overlap ? QJsonValue(report.minOverlap) : QJsonValue()},
        {u"kappa"_s, report.coders.size() > 2 ? u"fleiss"_s : u"cohen"_s},
        {u"unit_count"_s, qint64(report.unitCount)},
        {u"themes"_s,
            jsonArray(report.themes, [&](const AgreementScore &s) { return scoreToJson(s, report.coders); })},
        {u"overall"_s, scoreToJson(report.overall, report.coders)},
        {u"disagreements"_s, passages},
    };
}

} // namespace

int Commands::agreement(const QStringList &args)
{
    if (!args.isEmpty())
        return usageError(u"agreement: takes no arguments, only options"_s);
    AgreementOptions options;
    for (const QString &coder : m_options.value(u"coders"_s).split(u',', Qt::SkipEmptyParts))
        options.coders.append(coder.trimmed());
    if (options.coders.size() < 2)
        return usageError(u"agreement: --coders needs at least two names, apart by commas"_s);
    for (const QString &text : m_options.values.value(u"article"_s)) {
        const qint64 id = parseId(u"an article id"_s, text);
        if (!id)
            return UsageError;
        options.articleIds.append(id);
    }
    if (m_options.isSet(u"unit"_s)) {
        const auto unit = agreementUnitFromName(m_options.value(u"unit"_s));
        if (!unit)
            return usageError(u"agreement: --unit is sentence, paragraph or overlap, not '%1'"_s.arg(
                m_options.value(u"unit"_s)));
        options.unit = *unit;
    }
    if (m_options.isSet(u"min-overlap"_s)) {
        bool ok = false;
        options.minOverlap = m_options.value(u"min-overlap"_s).toDouble(&ok);
        if (!ok || options.minOverlap <= 0.0 || options.minOverlap > 1.0)
            return usageError(u"agreement: --min-overlap takes a ratio above 0 and at most 1, not '%1'"_s.arg(
                m_options.value(u"min-overlap"_s)));
        if (options.unit != AgreementUnit::Overlap)
            return usageError(u"agreement: --min-overlap goes with --unit overlap"_s);
    }
    if (!openLibrary())
        return Failure;
    const Result<AgreementReport> report = InterCoderAgreement::compute(*m_library, options);
    if (failed(report))
        return Failure;
    const Result<QList<Theme>> themes = m_library->themes();
    if (failed(themes))
        return Failure;
    QHash<qint64, QString> names;
    for (const Theme &t : *themes)
        names.insert(t.id, t.name);
    if (m_options.json)
        writeJson(reportToJson(*report, names));
    else
        printAgreement(*report, names);
    return Success;
}

void Commands::printAgreement(const AgreementReport &report, const QHash<qint64, QString> &names)
{
    const QString unit = report.unit == AgreementUnit::Overlap
        ? u"overlap (at least %1% covered)"_s.arg(report.minOverlap * 100.0)
        : agreementUnitName(report.unit);
    m_out << report.kappaName() << ", " << report.coders.join(u" vs "_s) << "; unit: " << unit << "; "
          << report.articleIds.size() << (report.articleIds.size() == 1 ? " article, " : " articles, ")
          << report.unitCount << " units\n\n";
    QList<QStringList> rows {
        QStringList {u"Theme"_s, u"Units"_s, u"Agreement"_s, u"Kappa"_s} + report.coders};
    for (const AgreementScore &s : report.themes + QList<AgreementScore> {report.overall}) {
        QStringList row {s.themeName, QString::number(s.units), s.percentText(), s.kappaText()};
        for (qsizetype n : s.codedBy)
            row.append(QString::number(n));
        rows.append(row);
    }
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += (c == 0 ? row[c].leftJustified(widths[c]) : row[c].rightJustified(widths[c] + 2));
        m_out << line << '\n';
    }
    m_out << "\nDisagreements: " << report.disagreements.size() << '\n';
    for (const DisagreementPassage &p : report.disagreements) {
        m_out << "\narticle " << p.articleId << " \"" << p.articleTitle << "\", segment " << p.segment + 1
              << ", " << p.range.start << '-' << p.range.end << ": \"" << oneLine(p.text) << "\"\n";
        for (qsizetype c = 0; c < report.coders.size(); ++c) {
            QStringList themes;
            for (qint64 t : p.themesByCoder[c])
                themes.append(names.value(t));
            m_out << "  " << report.coders[c] << ": " << (themes.isEmpty() ? u"-"_s : themes.join(u", "_s))
                  << '\n';
        }
    }
    m_out.flush();
}

} // namespace Colloquy::Cli
