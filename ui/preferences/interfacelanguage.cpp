#include "preferences/interfacelanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {
std::unique_ptr<QTranslator> &ownTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator> &qtTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

void replace(std::unique_ptr<QTranslator> &slot, std::unique_ptr<QTranslator> next)
{
    if (slot)
        QCoreApplication::removeTranslator(slot.get());
    slot = std::move(next);
    if (slot)
        QCoreApplication::installTranslator(slot.get());
}
} // namespace

QString installInterfaceLanguage(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto own = std::make_unique<QTranslator>();
    // Looks for colloquy_de_DE, then colloquy_de, … and finally colloquy_en.
    const bool found = own->load(locale, u"colloquy"_s, u"_"_s, u":/i18n"_s) ||
        own->load(QLocale(QLocale::English), u"colloquy"_s, u"_"_s, u":/i18n"_s);
    const QString used = found ? own->language() : u"en"_s;
    replace(ownTranslator(), found ? std::move(own) : nullptr);

    auto qt = std::make_unique<QTranslator>();
    const bool qtFound = !used.startsWith(u"en"_s) &&
        qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    replace(qtTranslator(), qtFound ? std::move(qt) : nullptr);

    QLocale::setDefault(used.startsWith(u"en"_s) && !language.isEmpty() ? QLocale(QLocale::English) : locale);
    return used;
}

} // namespace Colloquy
