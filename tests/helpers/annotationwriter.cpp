// Test helper for tst_annotations: adds highlights to a library one by one and
// prints "ack N ID" after each has returned, so the test can kill it at any
// moment and check that every acknowledged highlight is in the file.
//
// usage: annotationwriter LIBRARY ARTICLE_ID COUNT

#include "annotate/annotations.h"
#include "session/librarysession.h"
#include "store/librarystore.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QUndoStack>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (args.size() != 4) {
        err << "usage: annotationwriter LIBRARY ARTICLE_ID COUNT\n";
        return 2;
    }
    LibrarySession library;
    if (!library.open(args.at(1))) {
        err << library.store()->errorString() << '\n';
        return 1;
    }
    Annotations &annotations = *library.annotations();
    // Undo history is not what this measures; keep memory flat over long runs.
    library.undoStack()->setUndoLimit(1);
    const qint64 articleId = args.at(2).toLongLong();
    const int count = args.at(3).toInt();
    for (int i = 1; i <= count; ++i) {
        const auto id = annotations.addHighlight(articleId, 0, i % 10, i % 10 + 5, HighlightColour::Green);
        if (!id) {
            err << annotations.errorString() << '\n';
            return 1;
        }
        std::printf("ack %d %lld\n", i, static_cast<long long>(*id));
        std::fflush(stdout);
    }
    return 0;
}
