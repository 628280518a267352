// colloquy-cli's commands for comparing voices: matrix, overview, claims,
// suggest, relate, unrelate and theme rules, over the store's comparison
// reads and the ClaimRelations and ClaimSuggestions services.

#include "commands.h"

#include "clitext_p.h"
#include "commandspec.h"
#include "compare/claimrelations.h"
#include "compare/claimsuggestions.h"
#include "model/codebook.h"
#include "store/librarystore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::Cli {

namespace {

/// A share 0–1 as JSON: four decimals are enough and compare exactly in tests.
double rounded(double value)
{
    return std::round(value * 10000.0) / 10000.0;
}

std::optional<MatrixMode> modeFromName(const QString &name)
{
    if (name.isEmpty() || name == u"counts"_s)
        return MatrixMode::Counts;
    if (name == u"share"_s)
        return MatrixMode::Share;
    if (name == u"per-1000-words"_s || name == u"per1000"_s)
        return MatrixMode::PerThousandWords;
    return std::nullopt;
}

/// Columns of text padded to their widest cell; the first left-aligned, the others right.
QString table(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        widths.resize(std::max(widths.size(), row.size()));
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths.at(i), row.at(i).size());
    }
    QString text;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (qsizetype i = 0; i < row.size(); ++i)
            cells.append(
                i == 0 ? row.at(i).leftJustified(widths.at(i)) : row.at(i).rightJustified(widths.at(i)));
        QString line = cells.join(u"  "_s);
        while (line.endsWith(u' '))
            line.chop(1);
        text += line + u'\n';
    }
    return text;
}

QJsonObject relationToJson(const ClaimRelation &r)
{
    return QJsonObject {
        {u"id"_s, r.id}, {u"from"_s, r.fromId}, {u"to"_s, r.toId}, {u"kind"_s, relationKindName(r.kind)}};
}

QString voiceName(const QString &name)
{
    return name.isEmpty() ? u"(no value)"_s : name;
}

} // namespace

bool Commands::articleIds(QList<qint64> *ids)
{
    for (const QString &text : m_options.values.value(u"article"_s)) {
        const qint64 id = parseId(u"an article id"_s, text);
        if (!id)
            return false;
        ids->append(id);
    }
    return true;
}

qint64 Commands::attributeByName(const QString &name)
{
    const Result<QList<SpeakerAttribute>> all = m_library->speakerAttributes();
    if (failed(all))
        return 0;
    QStringList names;
    for (const SpeakerAttribute &a : *all) {
        if (a.name.compare(name.simplified(), Qt::CaseInsensitive) == 0)
            return a.id;
        names.append(a.name);
    }
    fail(u"there is no speaker attribute named '%1' (attributes: %2)"_s.arg(
        name.simplified(), names.isEmpty() ? u"none"_s : names.join(u", "_s)));
    return 0;
}

int Commands::comparisonScope(ComparisonScope *scope)
{
    if (!articleIds(&scope->articleIds))
        return UsageError;
    const QString filter = m_options.value(u"filter"_s);
    if (m_options.isSet(u"filter"_s) && !filter.contains(u'='))
        return usageError(u"%1: --filter takes ATTRIBUTE=VALUE"_s.arg(m_command->name));
    if (!openLibrary())
        return Failure;
    for (const qint64 id : std::as_const(scope->articleIds)) {
        const auto article = m_library->article(id);
        if (failed(article))
            return Failure;
        if (!article->has_value())
            return fail(u"there is no article %1 in the library"_s.arg(id));
    }
    scope->grouping = m_options.isSet(u"people"_s) ? VoiceGrouping::People : VoiceGrouping::Speakers;
    if (m_options.isSet(u"group-by"_s)) {
        scope->grouping = VoiceGrouping::Attribute;
        scope->groupAttributeId = attributeByName(m_options.value(u"group-by"_s));
        if (!scope->groupAttributeId)
            return Failure;
    }
    if (!filter.isEmpty()) {
        const QString name = filter.section(u'=', 0, 0);
        scope->filterAttributeId = attributeByName(name);
        if (!scope->filterAttributeId)
            return Failure;
        for (const SpeakerAttribute &a : m_library->speakerAttributes().valueOr({})) {
            if (a.id == scope->filterAttributeId)
                scope->filterValues.append(normalizedAttributeValue(a.type, filter.section(u'=', 1))
                                               .value_or(filter.section(u'=', 1)));
        }
    }
    return Success;
}

int Commands::matrix(const QStringList &args)
{
    if (!args.isEmpty())
        return usageError(u"matrix: takes no arguments (articles go with --article)"_s);
    const std::optional<MatrixMode> mode = modeFromName(m_options.value(u"mode"_s));
    if (!mode)
        return usageError(u"matrix: --mode is counts, share or per-1000-words"_s);
    if (m_options.json && m_options.isSet(u"csv"_s))
        return usageError(u"matrix: --json or --csv, not both"_s);
    ComparisonScope scope;
    if (const int refused = comparisonScope(&scope))
        return refused;
    const Result<ThemeMatrix> read = m_library->themeMatrix(scope);
    if (failed(read))
        return Failure;
    const ThemeMatrix &matrix = *read;
    QStringList names = matrix.columnNames();
    for (QString &name : names)
        name = voiceName(name);

    if (m_options.json) {
        QJsonArray rows;
        for (const qint64 theme : matrix.rows()) {
            QJsonArray counts;
            for (qsizetype c = 0; c < matrix.columns.size(); ++c)
                counts.append(matrix.count(theme, c));
            rows.append(QJsonObject {{u"theme"_s, matrix.codebook.path(theme)}, {u"counts"_s, counts},
                {u"total"_s, matrix.total(theme)}});
        }
        writeJson(QJsonObject {{u"columns"_s, QJsonArray::fromStringList(names)}, {u"rows"_s, rows}});
        return Success;
    }
    if (m_options.isSet(u"csv"_s)) {
        m_out << matrix.toCsv(*mode, voiceName({}));
        m_out.flush();
        return Success;
    }
    QList<QStringList> lines {QStringList {u"theme"_s} + names + QStringList {u"total"_s}};
    for (const qint64 theme : matrix.rows()) {
        const int depth = int(matrix.codebook.pathOf(theme).size()) - 1;
        QStringList line {QString(depth * 2, u' ') + matrix.codebook.theme(theme)->name};
        for (qsizetype c = 0; c < matrix.columns.size(); ++c)
            line.append(ThemeMatrix::formatValue(matrix.value(theme, c, *mode), *mode));
        line.append(QString::number(matrix.total(theme)));
        lines.append(line);
    }
    m_out << table(lines);
    m_out.flush();
    return Success;
}

int Commands::overview(const QStringList &args)
{
    if (!args.isEmpty())
        return usageError(u"overview: takes no arguments (articles go with --article)"_s);
    ComparisonScope scope;
    if (const int refused = comparisonScope(&scope))
        return refused;
    const Result<QList<SpeakerOverviewRow>> read = m_library->speakerOverview(scope);
    if (failed(read))
        return Failure;
    if (m_options.json) {
        writeJson(jsonArray(*read, [](const SpeakerOverviewRow &r) {
            return QJsonObject {{u"speaker"_s, voiceName(r.voice.name)}, {u"turns"_s, r.turns},
                {u"words"_s, r.words}, {u"share"_s, rounded(r.share)}, {u"claims"_s, r.claims},
                {u"themes"_s, r.themes}};
        }));
        return Success;
    }
    QList<QStringList> lines {
        {u"speaker"_s, u"turns"_s, u"words"_s, u"share"_s, u"claims"_s, u"themes"_s, u"first"_s, u"last"_s}};
    for (const SpeakerOverviewRow &r : *read) {
        lines.append({voiceName(r.voice.name), QString::number(r.turns), QString::number(r.words),
            QString::number(r.share * 100.0, 'f', 1) + u'%', QString::number(r.claims),
            QString::number(r.themes), r.firstTurn ? QString::number(r.firstTurn) : u"-"_s,
            r.lastTurn ? QString::number(r.lastTurn) : u"-"_s});
    }
    m_out << table(lines);
    m_out.flush();
    return Success;
}

int Commands::listClaims(const QStringList &args)
{
    if (!args.isEmpty())
        return usageError(u"claims: takes no arguments (the theme goes with --theme)"_s);
    if (!m_options.isSet(u"theme"_s))
        return usageError(u"claims: which theme? (--theme NAME)"_s);
    ComparisonScope scope;
    if (const int refused = comparisonScope(&scope))
        return refused;
    const qint64 theme = themeByName(m_options.value(u"theme"_s));
    if (!theme)
        return Failure;
    const Codebook codebook(m_library->themes().valueOr({}));
    const QSet<qint64> wanted = codebook.withDescendants(theme);
    if (scope.grouping == VoiceGrouping::Speakers)
        scope.grouping = VoiceGrouping::People; // so that --speaker also finds a person's other names
    const Result<QList<ClaimEntry>> read = m_library->claims(scope, {wanted.cbegin(), wanted.cend()});
    if (failed(read))
        return Failure;
    QList<ClaimEntry> entries;
    const QStringList speakers = m_options.values.value(u"speaker"_s);
    for (const ClaimEntry &e : *read) {
        const bool kept =
            speakers.isEmpty() || std::any_of(speakers.cbegin(), speakers.cend(), [&e](const QString &s) {
                return e.highlight.speaker.compare(s.simplified(), Qt::CaseInsensitive) == 0 ||
                    e.voice.name.compare(s.simplified(), Qt::CaseInsensitive) == 0;
            });
        if (kept)
            entries.append(e);
    }
    QList<qint64> ids;
    for (const ClaimEntry &e : std::as_const(entries))
        ids.append(e.highlight.id);
    const QList<ClaimRelation> relations = m_library->relationsOfHighlights(ids).valueOr({});
    const auto relationsOf = [&relations](qint64 id) {
        QList<ClaimRelation> mine;
        for (const ClaimRelation &r : relations) {
            if (r.otherEnd(id))
                mine.append(r);
        }
        return mine;
    };
    const auto themePaths = [&codebook](const ClaimEntry &e) {
        QStringList paths;
        for (const qint64 id : e.themeIds)
            paths.append(codebook.path(id));
        return paths;
    };
    if (m_options.json) {
        writeJson(jsonArray(entries, [&](const ClaimEntry &e) {
            return QJsonObject {{u"id"_s, e.highlight.id}, {u"article"_s, e.highlight.articleId},
                {u"title"_s, e.articleTitle}, {u"speaker"_s, e.highlight.speaker},
                {u"quote"_s, e.highlight.anchor.quote.exact},
                {u"note"_s, nullable(e.note.isEmpty() ? QString() : e.note)},
                {u"themes"_s, QJsonArray::fromStringList(themePaths(e))},
                {u"relations"_s, jsonArray(relationsOf(e.highlight.id), relationToJson)}};
        }));
        return Success;
    }
    for (const ClaimEntry &e : std::as_const(entries)) {
        m_out << e.highlight.id << '\t' << e.highlight.speaker << "\t[" << e.highlight.articleId << "] "
              << e.articleTitle << "\t\"" << oneLine(e.highlight.anchor.quote.exact) << "\"\n";
        m_out << "    themes: " << themePaths(e).join(u", "_s) << '\n';
        if (!e.note.isEmpty())
            m_out << "    note: " << oneLine(e.note) << '\n';
        for (const ClaimRelation &r : relationsOf(e.highlight.id)) {
            if (r.fromId == e.highlight.id)
                m_out << "    " << relationKindPhrase(r.kind) << ' ' << r.toId << '\n';
            else
                m_out << "    " << r.fromId << ' ' << relationKindPhrase(r.kind) << " this\n";
        }
    }
    m_out.flush();
    return Success;
}

int Commands::suggest(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(u"suggest: takes the theme to suggest claims for"_s);
    SuggestionQuery query;
    if (!articleIds(&query.articleIds))
        return UsageError;
    if (m_options.isSet(u"limit"_s)) {
        bool ok = false;
        query.limit = m_options.value(u"limit"_s).toLongLong(&ok);
        if (!ok || query.limit < 1)
            return usageError(u"suggest: --limit takes a number of suggestions, 1 or more"_s);
    }
    if (!openLibrary())
        return Failure;
    query.themeId = themeByName(args.constFirst());
    if (!query.themeId)
        return Failure;
    if (m_options.isSet(u"within"_s)) {
        query.withinThemeId = themeByName(m_options.value(u"within"_s));
        if (!query.withinThemeId)
            return Failure;
    }
    query.speakers = m_options.values.value(u"speaker"_s);
    query.rules = m_options.values.value(u"rule"_s);
    const Result<QList<SuggestedClaim>> found = m_suggestions->suggest(query);
    if (failed(found))
        return Failure;
    if (m_options.isSet(u"accept"_s)) {
        const std::optional<QList<qint64>> ids = m_suggestions->accept(query.themeId, *found);
        if (!ids)
            return fail(m_suggestions->errorString());
        if (m_options.json)
            writeJson(
                QJsonObject {{u"accepted"_s, jsonArray(*ids, [](qint64 id) { return QJsonValue(id); })}});
        else
            m_out << (ids->size() == 1 ? u"1 claim added"_s : u"%1 claims added"_s.arg(ids->size()))
                  << Qt::endl;
        return Success;
    }
    if (m_options.json) {
        writeJson(jsonArray(*found, [](const SuggestedClaim &s) {
            return QJsonObject {{u"article"_s, s.articleId}, {u"title"_s, s.articleTitle},
                {u"segment"_s, qint64(s.segment)}, {u"start"_s, qint64(s.start)}, {u"end"_s, qint64(s.end)},
                {u"speaker"_s, s.speaker}, {u"text"_s, s.text},
                {u"rules"_s, QJsonArray::fromStringList(s.matchedRules)},
                {u"highlight"_s, s.highlightId ? QJsonValue(s.highlightId) : QJsonValue(QJsonValue::Null)}};
        }));
        return Success;
    }
    for (const SuggestedClaim &s : *found)
        m_out << s.articleId << '\t' << s.segment + 1 << '\t' << s.speaker << '\t' << oneLine(s.text) << '\n';
    m_out.flush();
    return Success;
}

int Commands::relate(const QStringList &args)
{
    if (args.size() != 3)
        return usageError(u"relate: takes two highlight ids and how the first relates to the second"_s);
    const qint64 from = parseId(u"a highlight id"_s, args.at(0));
    const qint64 to = from ? parseId(u"a highlight id"_s, args.at(1)) : 0;
    if (!to)
        return UsageError;
    const std::optional<RelationKind> kind = relationKindFromName(args.at(2));
    if (!kind)
        return usageError(u"relate: '%1' is not a relation (agrees-with, disagrees-with, responds-to, "
                          "same-point)"_s.arg(args.at(2)));
    if (!openLibrary())
        return Failure;
    const std::optional<qint64> id = m_relations->relate(from, to, *kind);
    if (!id)
        return fail(m_relations->errorString());
    if (m_options.json) {
        const auto relation = m_library->claimRelation(*id);
        if (failed(relation) || !*relation)
            return fail(u"relation %1 was stored but cannot be read back"_s.arg(*id));
        writeJson(relationToJson(**relation));
    } else
        m_out << *id << Qt::endl;
    return Success;
}

int Commands::unrelate(const QStringList &args)
{
    if (args.size() != 2)
        return usageError(u"unrelate: takes the two highlight ids"_s);
    const qint64 a = parseId(u"a highlight id"_s, args.at(0));
    const qint64 b = a ? parseId(u"a highlight id"_s, args.at(1)) : 0;
    if (!b)
        return UsageError;
    if (!openLibrary())
        return Failure;
    if (!m_relations->unrelateClaims(a, b))
        return fail(m_relations->errorString());
    return Success;
}

int Commands::themeRules(const QStringList &args)
{
    if (args.isEmpty())
        return usageError(u"theme rules: takes a theme and its rules (none: print them)"_s);
    if (!openLibrary())
        return Failure;
    const qint64 id = themeByName(args.constFirst());
    if (!id)
        return Failure;
    const bool clear = m_options.isSet(u"clear"_s);
    if (args.size() > 1 || clear) {
        if (!m_suggestions->setRules(id, clear ? QStringList() : args.mid(1)))
            return fail(m_suggestions->errorString());
    }
    const QStringList rules = m_library->theme(id).valueOr({}).value_or(Theme {}).searchRules;
    if (m_options.json)
        writeJson(QJsonArray::fromStringList(rules));
    else if (args.size() == 1 && !clear)
        m_out << rules.join(u'\n') << (rules.isEmpty() ? "" : "\n");
    m_out.flush();
    return Success;
}

} // namespace Colloquy::Cli
