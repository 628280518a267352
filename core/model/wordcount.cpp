#include "model/wordcount.h"

#include <QTextBoundaryFinder>

namespace Colloquy {

qsizetype countWords(QStringView text)
{
    qsizetype words = 0;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text.data(), text.size());
    qsizetype start = 0;
    for (qsizetype end = finder.toNextBoundary(); end >= 0; end = finder.toNextBoundary()) {
        for (qsizetype i = start; i < end; ++i) {
            char32_t c = text.at(i).unicode();
            if (QChar::isHighSurrogate(c) && i + 1 < end && text.at(i + 1).isLowSurrogate())
                c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            if (QChar::isLetterOrNumber(c)) {
                ++words;
                break;
            }
        }
        start = end;
    }
    return words;
}

} // namespace Colloquy
