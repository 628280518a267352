#include "fuzzsupport.h"

#include <QCoreApplication>
#include <QLoggingCategory>

// A QCoreApplication for the Qt pieces that want one (SQL drivers, plugins);
// warnings about hostile input are expected and would only slow the fuzzer.
// It is never destroyed, as in a process libFuzzer ends: a static one would be
// destroyed after QtSql's globals, whose cleanup it then triggers (a crash at
// exit on Qt 6.8). The pointer keeps it reachable, so no leak is reported.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static const QCoreApplication *app = new QCoreApplication(*argc, *argv);
    Q_UNUSED(app)
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.warning=false\n*.info=false"));
    return 0;
}
