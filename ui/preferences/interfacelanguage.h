#pragma once

#include <QString>

class QCoreApplication;

namespace Colloquy {

/**
 * Puts the interface in `language` (`de`, `zh_CN`, `en`; empty: the
 * system's): installs Colloquy's translation (built into the program from
 * resources/translations) and Qt's own for its standard dialogs when the
 * system has it, and makes that language's QLocale the default, so numbers
 * and dates follow it. English plural forms come from their own translation.
 *
 * Returns the language of the translation now in use (`de_DE`, `zh_CN`,
 * `en_US`; `en` when none of ours matched). Call
 * once, before any window is made; calling again replaces the translators.
 * GUI thread only.
 */
QString installInterfaceLanguage(const QString &language);

} // namespace Colloquy
