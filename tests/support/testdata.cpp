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

} // namespace Colloquy::Testing
