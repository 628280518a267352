#include "fuzzsupport.h"

#include <QCoreApplication>
#include <QLoggingCategory>

// A QCoreApplication for the Qt pieces that want one (SQL drivers, plugins);
// warnings about hostile input are expected and would only slow the fuzzer.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.warning=false\n*.info=false"));
    return 0;
}
