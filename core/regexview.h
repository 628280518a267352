#pragma once

#include <QRegularExpression>
#include <QStringView>
#include <QtGlobal>

namespace Colloquy {

// Matching a QStringView without copying it. Qt 6.5 named these matchView() and
// globalMatchView() and Qt 6.8 deprecates the QStringView overloads of match();
// Debian 12's Qt 6.4 has only the old names. Use these wherever the subject is a view.
inline QRegularExpressionMatch matchView(
    const QRegularExpression &pattern, QStringView subject, qsizetype offset = 0)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return pattern.matchView(subject, offset);
#else
    return pattern.match(subject, offset);
#endif
}

inline QRegularExpressionMatchIterator globalMatchView(const QRegularExpression &pattern, QStringView subject)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return pattern.globalMatchView(subject);
#else
    return pattern.globalMatch(subject);
#endif
}

} // namespace Colloquy
