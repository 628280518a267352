#include "model/thematrix.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

QList<qint64> ThemeMatrix::rows() const
{
    QList<qint64> ids;
    ids.reserve(codebook.size());
    for (const Theme &theme : codebook.themes())
        ids.append(theme.id);
    return ids;
}

qint64 ThemeMatrix::count(qint64 themeId, qsizetype column) const
{
    const auto row = counts.constFind(themeId);
    return row == counts.cend() ? 0 : row->value(column);
}

qint64 ThemeMatrix::total(qint64 themeId) const
{
    const auto row = counts.constFind(themeId);
    if (row == counts.cend())
        return 0;
    qint64 sum = 0;
    for (const qint64 n : *row)
        sum += n;
    return sum;
}

double ThemeMatrix::value(qint64 themeId, qsizetype column, MatrixMode mode) const
{
    const qint64 n = count(themeId, column);
    if (n == 0 || column < 0 || column >= columns.size())
        return 0.0;
    const MatrixColumn &c = columns.at(column);
    switch (mode) {
    case MatrixMode::Counts:
        return double(n);
    case MatrixMode::Share:
        return c.claims > 0 ? double(n) / double(c.claims) : 0.0;
    case MatrixMode::PerThousandWords:
        return c.words > 0 ? double(n) * 1000.0 / double(c.words) : 0.0;
    }
    return 0.0;
}

double ThemeMatrix::maximum(MatrixMode mode) const
{
    double most = 0.0;
    for (auto row = counts.cbegin(); row != counts.cend(); ++row) {
        for (qsizetype column = 0; column < row->size(); ++column)
            most = std::max(most, value(row.key(), column, mode));
    }
    return most;
}

qsizetype ThemeMatrix::columnOf(const QString &key) const
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i).voice.key == key)
            return i;
    }
    return -1;
}

QStringList ThemeMatrix::columnNames() const
{
    QHash<QString, int> uses;
    for (const MatrixColumn &c : columns)
        ++uses[c.voice.name];
    QStringList names;
    for (const MatrixColumn &c : columns) {
        const Voice &v = c.voice;
        if (uses.value(v.name) < 2)
            names.append(v.name);
        else
            names.append(u"%1 (%2)"_s.arg(v.name, v.articleTitle.isEmpty() ? v.key : v.articleTitle));
    }
    return names;
}

QString ThemeMatrix::formatValue(double value, MatrixMode mode)
{
    switch (mode) {
    case MatrixMode::Counts:
        return QString::number(qint64(value));
    case MatrixMode::Share:
        return QString::number(value * 100.0, 'f', 1) + u'%';
    case MatrixMode::PerThousandWords:
        return QString::number(value, 'f', 2);
    }
    return {};
}

namespace {

/// RFC 4180: a field with a comma, quote or line break goes in quotes, its quotes doubled.
QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    return u'"' + QString(value).replace(u'"', u"\"\""_s) + u'"';
}

QString csvRecord(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &field : fields)
        quoted.append(csvField(field));
    return quoted.join(u',') + u"\r\n"_s;
}

} // namespace

QString ThemeMatrix::toCsv(MatrixMode mode, const QString &noName) const
{
    QStringList names = columnNames();
    for (QString &name : names) {
        if (name.isEmpty())
            name = noName;
    }
    QString csv = csvRecord(QStringList {u"theme"_s} + names + QStringList {u"total"_s});
    for (const qint64 theme : rows()) {
        QStringList line {codebook.path(theme)};
        for (qsizetype c = 0; c < columns.size(); ++c)
            line.append(formatValue(value(theme, c, mode), mode));
        line.append(QString::number(total(theme)));
        csv += csvRecord(line);
    }
    return csv;
}

} // namespace Colloquy
