#include "testdata.h"

#include "testconfig.h"

#include <QDebug>
#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::Testing {

QString testDataPath(const QString &relative)
{
    return QStringLiteral(COLLOQUY_TEST_DATA_DIR) + u'/' + relative;
}

QString samplesPath(const QString &relative)
{
    return QStringLiteral(COLLOQUY_SAMPLES_DIR) + u'/' + relative;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning() << "cannot read" << path << ':' << file.errorString();
        return {};
    }
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        qWarning() << "cannot write" << path << ':' << file.errorString();
        return false;
    }
    return true;
}

QList<QStringList> readCsv(const QString &text, bool *wellFormed)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    *wellFormed = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            if (!field.isEmpty() || wasQuoted)
                *wellFormed = false; // a quote inside an unquoted field
            quoted = wasQuoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            wasQuoted = false;
            ++i;
        } else if (c == u'\n' || c == u'\r') {
            *wellFormed = false; // a bare line break outside quotes
        } else {
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !row.isEmpty())
        *wellFormed = false; // the last record must end with CRLF
    return rows;
}

} // namespace Colloquy::Testing
