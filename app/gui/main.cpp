// colloquy: the reader's window. Parses arguments, opens the library, shows the window.

#include "mainwindow.h"
#include "model/librarylocation.h"
#include "preferences/interfacelanguage.h"
#include "session/librarysession.h"
#include "settings.h"
#include "singleinstance.h"
#include "store/edithistory.h"
#include "store/librarystore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"colloquy"_s);
    QApplication::setOrganizationName(u"Colloquy"_s);
    QApplication::setApplicationDisplayName(u"Colloquy"_s);
    QApplication::setApplicationVersion(QStringLiteral(COLLOQUY_VERSION));
    QApplication::setDesktopFileName(u"org.colloquy.Colloquy"_s);
    QIcon fallbackIcon(u":/icons/org.colloquy.Colloquy-256.png"_s);
    QApplication::setWindowIcon(QIcon::fromTheme(u"org.colloquy.Colloquy"_s, fallbackIcon));

    // Before anything shows text: the language of the Preferences, else the system's.
    Colloquy::installInterfaceLanguage(Colloquy::Settings().language());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Read multi-voice articles by speaker."));
    parser.addHelpOption();
    parser.addVersionOption();
    // The library of the Preferences, else the default one.
    const QString chosenLibrary = Colloquy::Settings().libraryPath();
    const QCommandLineOption libraryOption(u"library"_s,
        QApplication::translate("main", "Use the library database at <path>."),
        QApplication::translate("main", "path"),
        chosenLibrary.isEmpty() ? Colloquy::LibraryStore::defaultPath() : chosenLibrary);
    const QCommandLineOption sampleOption(u"sample"_s,
        QApplication::translate("main", "Show the bundled sample article, adding it to the library."));
    parser.addOption(libraryOption);
    parser.addOption(sampleOption);
    const QCommandLineOption reviewOption(u"review"_s,
        QApplication::translate("main", "Open View → Review Segmentation on the article shown."));
    parser.addOption(reviewOption);
    parser.addPositionalArgument(
        u"files"_s, QApplication::translate("main", "Article files to import and show."), u"[file...]"_s);
    parser.process(app);

    // A PostgreSQL library is set up with colloquy-cli for now; the window opens files only.
    const auto location = Colloquy::LibraryLocation::parse(parser.value(libraryOption));
    if (location.failed() || location->isPostgreSql()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot Open the Library"),
            location.failed() ? location.error()
                              : QApplication::translate("main",
                                    "%1 is a library on a PostgreSQL server. The app cannot open those yet; "
                                    "colloquy-cli sets them up (library init-server, library grant).")
                                    .arg(location->displayString()));
        return 1;
    }
    // One window per library: a second `colloquy` hands its files to the first and exits.
    const QString libraryPath = location->filePath();
    const QStringList files = parser.positionalArguments();
    Colloquy::SingleInstance instance(libraryPath);
    if (instance.handOver(files))
        return 0;
    if (!instance.listen() && instance.handOver(files))
        return 0; // another one started at the same moment and won

    Colloquy::LibrarySession library;
    if (!library.open(libraryPath)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot Open the Library"),
            library.store()->errorString());
        return 1;
    }

    // Undo goes on where the last session (or colloquy-cli) stopped; without it, only this session's.
    if (!library.loadHistory())
        qWarning("cannot read the undo history: %s", qPrintable(library.history()->errorString()));

    Colloquy::MainWindow window(&library);
    QObject::connect(&instance, &Colloquy::SingleInstance::filesReceived, &window,
        &Colloquy::MainWindow::openFromAnotherInstance);
    window.show();
    if (parser.isSet(reviewOption) && !files.isEmpty())
        QObject::connect(&window, &Colloquy::MainWindow::importFinished, &window,
            &Colloquy::MainWindow::reviewSegmentation, Qt::SingleShotConnection);
    window.openInitial(files, parser.isSet(sampleOption));
    if (parser.isSet(reviewOption) && files.isEmpty())
        window.reviewSegmentation();
    return app.exec();
}
