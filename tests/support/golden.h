#pragma once

#include <QByteArray>
#include <QString>

#include <QTest>

namespace Colloquy::Testing {

/// How an output compared with its golden file. A plain value.
struct GoldenComparison
{
    bool matches = false;
    /// Empty when it matches; else which file, how to regenerate it, and a
    /// line diff (`-` golden, `+` actual) with a little context.
    QString report;
};

/**
 * Compares `actual` with the golden file `name` (a path under
 * tests/data/golden in the source tree), byte for byte. When the environment
 * sets COLLOQUY_REGENERATE_GOLDEN=1, writes `actual` to the golden file
 * instead (making its folder) and reports a match: review the change with
 * `git diff tests/data/golden` before committing it.
 */
GoldenComparison compareWithGolden(const QByteArray &actual, const QString &name);

/// True when COLLOQUY_REGENERATE_GOLDEN asks for golden files to be rewritten.
bool regeneratingGoldenFiles();

/// A readable line diff of two texts (`-` first, `+` second), with `context`
/// unchanged lines around each change; at most `maxLines` lines.
QString lineDiff(const QString &expected, const QString &actual, int context = 2, int maxLines = 80);

} // namespace Colloquy::Testing

/// Fails the test with a line diff when `actual` (bytes) differs from golden file `name`.
#define COLLOQUY_COMPARE_GOLDEN(actual, name)                                                                \
    do {                                                                                                     \
        const Colloquy::Testing::GoldenComparison golden_ =                                                  \
            Colloquy::Testing::compareWithGolden(actual, name);                                              \
        QVERIFY2(golden_.matches, qPrintable(golden_.report));                                               \
    } while (false)
