#include "golden.h"

#include "testdata.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::Testing {

namespace {

struct DiffLine
{
    QChar sign; // ' ', '-' or '+'
    QString text;
};

/// The edit script from `a` to `b` by longest common subsequence of lines;
/// golden files are small, so the quadratic table is fine.
QList<DiffLine> diffLines(const QStringList &a, const QStringList &b)
{
    const auto n = size_t(a.size());
    const auto m = size_t(b.size());
    std::vector<std::vector<int>> common(n + 1, std::vector<int>(m + 1, 0));
    for (size_t i = n; i-- > 0;) {
        for (size_t j = m; j-- > 0;) {
            common[i][j] = a.at(qsizetype(i)) == b.at(qsizetype(j))
                ? common[i + 1][j + 1] + 1
                : std::max(common[i + 1][j], common[i][j + 1]);
        }
    }
    QList<DiffLine> script;
    size_t i = 0;
    size_t j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a.at(qsizetype(i)) == b.at(qsizetype(j))) {
            script.append({u' ', a.at(qsizetype(i++))});
            ++j;
        } else if (i < n && (j == m || common[i + 1][j] >= common[i][j + 1])) {
            script.append({u'-', a.at(qsizetype(i++))});
        } else {
            script.append({u'+', b.at(qsizetype(j++))});
        }
    }
    return script;
}

/// Makes invisible differences visible: trailing spaces, carriage returns, tabs.
QString shown(QString text)
{
    text.replace(u'\r', u"\\r"_s).replace(u'\t', u"\\t"_s);
    if (text.endsWith(u' '))
        text += u"⏎"_s;
    return text;
}

} // namespace

bool regeneratingGoldenFiles()
{
    return qEnvironmentVariable("COLLOQUY_REGENERATE_GOLDEN") == u"1"_s;
}

QString lineDiff(const QString &expected, const QString &actual, int context, int maxLines)
{
    const QList<DiffLine> script = diffLines(expected.split(u'\n'), actual.split(u'\n'));
    QStringList out;
    qsizetype lastShown = -1;
    for (qsizetype k = 0; k < script.size(); ++k) {
        bool nearChange = false;
        for (qsizetype c = std::max<qsizetype>(0, k - context);
             c <= std::min<qsizetype>(script.size() - 1, k + context); ++c)
            nearChange = nearChange || script.at(c).sign != u' ';
        if (!nearChange)
            continue;
        if (lastShown >= 0 && k > lastShown + 1)
            out.append(u"@@"_s);
        out.append(script.at(k).sign + shown(script.at(k).text));
        lastShown = k;
        if (out.size() >= maxLines) {
            out.append(u"… (diff cut at %1 lines)"_s.arg(maxLines));
            break;
        }
    }
    return out.join(u'\n');
}

GoldenComparison compareWithGolden(const QByteArray &actual, const QString &name)
{
    const QString path = testDataPath(u"golden/"_s + name);
    if (regeneratingGoldenFiles()) {
        QDir().mkpath(QFileInfo(path).path());
        if (!writeFile(path, actual))
            return {false, u"cannot rewrite the golden file "_s + path};
        qInfo("rewrote %s", qPrintable(path));
        return {true, {}};
    }
    if (!QFileInfo::exists(path)) {
        return {false, u"no golden file %1; run with COLLOQUY_REGENERATE_GOLDEN=1 to write it"_s.arg(path)};
    }
    const QByteArray expected = readFile(path);
    if (expected == actual)
        return {true, {}};
    qsizetype at = 0;
    while (at < expected.size() && at < actual.size() && expected.at(at) == actual.at(at))
        ++at;
    return {false,
        u"output differs from %1 at byte %2 (`-` golden, `+` now; COLLOQUY_REGENERATE_GOLDEN=1 rewrites it):\n%3"_s
            .arg(path)
            .arg(at)
            .arg(lineDiff(QString::fromUtf8(expected), QString::fromUtf8(actual)))};
}

} // namespace Colloquy::Testing
