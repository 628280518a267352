// The interface in German and Simplified Chinese: every menu title and every
// action's text and status tip translated (a short allow-list of words that
// are the same in both languages), mnemonics still unique per menu, and
// counts, numbers and dates in the language's forms. English plurals come
// from their own translation. Offscreen, on temporary settings.

#include "actions.h"
#include "mainwindow.h"
#include "mainwindowfixture.h"
#include "preferences/interfacelanguage.h"
#include "temporarylibrary.h"
#include "testarticles.h"
#include "widgetwalk.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;
using namespace Colloquy::Testing;

namespace {

/// Texts that are the same word in German or Chinese as in English.
const QStringList SameInEveryLanguage {u"&Markdown…"_s, u"&HTML…"_s, u"&CSV…"_s, u"Orange"_s};

Article quayDebate(int speakers)
{
    using namespace TestArticles;
    QList<Segment> segments;
    const QStringList names {u"Ines Valkonen"_s, u"Bruno Adeyemi"_s, u"Chiara Lund"_s};
    for (int i = 0; i < speakers; ++i)
        segments.append(
            speech(names.at(i), QString(), {u"The quay needs a roof, said speaker %1."_s.arg(i)}));
    return article(u"A Roof for the Quay (%1)"_s.arg(speakers), segments);
}

/// What the user reads on the window: menu titles in menu order, and each action's text and status tip by
/// name.
struct VisibleTexts
{
    QStringList menus;
    QHash<QString, QString> actionTexts;
    QHash<QString, QString> statusTips;
};

VisibleTexts visibleTexts(MainWindow *window, const Actions *actions)
{
    VisibleTexts texts;
    for (QAction *top : window->menuBar()->actions())
        texts.menus.append(top->text());
    for (QMenu *menu : menusOf(window))
        texts.menus.append(menu->title());
    for (QAction *action : actions->all()) {
        texts.actionTexts.insert(action->objectName(), action->text());
        texts.statusTips.insert(action->objectName(), action->statusTip());
    }
    return texts;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void everyMenuAndActionIsTranslated_data();
    void everyMenuAndActionIsTranslated();
    void countsUseTheLanguagesPlurals_data();
    void countsUseTheLanguagesPlurals();
    void englishPluralsAreNotPlaceholders();

private:
    VisibleTexts openIn(const QString &language);

    MainWindowFixture m_gui;
    VisibleTexts m_english;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_gui.isolateSettings());
    QVERIFY(installInterfaceLanguage(u"en"_s).startsWith(u"en"_s));
    QVERIFY(m_gui.openOn(quayDebate(2)));
    m_english = visibleTexts(m_gui.window(), m_gui.child<Actions>(u"actions"_s));
    QVERIFY(m_english.actionTexts.size() > 40);
}

void TestTranslations::init()
{
    QVERIFY(m_gui.newLibrary());
}

void TestTranslations::cleanup()
{
    m_gui.reset();
}

void TestTranslations::cleanupTestCase()
{
    installInterfaceLanguage(u"en"_s);
}

VisibleTexts TestTranslations::openIn(const QString &language)
{
    if (!installInterfaceLanguage(language).startsWith(language.left(2)))
        qWarning("no translation for %s", qPrintable(language));
    if (!m_gui.openWindow())
        return {};
    return visibleTexts(m_gui.window(), m_gui.child<Actions>(u"actions"_s));
}

void TestTranslations::everyMenuAndActionIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << u"de"_s;
    QTest::newRow("Simplified Chinese") << u"zh_CN"_s;
}

void TestTranslations::everyMenuAndActionIsTranslated()
{
    QFETCH(QString, language);
    const VisibleTexts translated = openIn(language);
    QCOMPARE(QLocale().name().left(2), language.left(2));
    QCOMPARE(translated.menus.size(), m_english.menus.size());
    QStringList untranslated;
    for (qsizetype i = 0; i < translated.menus.size(); ++i) {
        if (translated.menus.at(i) == m_english.menus.at(i))
            untranslated.append(u"menu "_s + translated.menus.at(i));
    }
    for (auto it = m_english.actionTexts.cbegin(); it != m_english.actionTexts.cend(); ++it) {
        const QString text = translated.actionTexts.value(it.key());
        if (text == it.value() && !SameInEveryLanguage.contains(text))
            untranslated.append(it.key() + u": "_s + text);
        const QString tip = translated.statusTips.value(it.key());
        if (!tip.isEmpty() && tip == m_english.statusTips.value(it.key()))
            untranslated.append(it.key() + u" (status tip): "_s + tip);
    }
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u'\n')));

    // Translated menus keep one mnemonic per entry.
    for (QMenu *menu : menusOf(m_gui.window())) {
        QHash<QChar, QString> taken;
        for (const QAction *action : menu->actions()) {
            const QChar key = mnemonicOf(action->text());
            if (action->isSeparator() || key.isNull())
                continue;
            QVERIFY2(!taken.contains(key),
                qPrintable(u"%1: %2 and %3"_s.arg(menu->title(), taken.value(key), action->text())));
            taken.insert(key, action->text());
        }
    }
}

void TestTranslations::countsUseTheLanguagesPlurals_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("speakers");
    QTest::addColumn<QString>("expected");
    QTest::newRow("German, one") << u"de"_s << 1 << u"1 Sprecher"_s;
    QTest::newRow("German, three") << u"de"_s << 3 << u"3 Sprecher"_s;
    QTest::newRow("Chinese, three") << u"zh_CN"_s << 3 << u"3 位发言人"_s;
    QTest::newRow("English, one") << u"en"_s << 1 << u"1 speaker"_s;
    QTest::newRow("English, three") << u"en"_s << 3 << u"3 speakers"_s;
}

void TestTranslations::countsUseTheLanguagesPlurals()
{
    QFETCH(QString, language);
    QFETCH(int, speakers);
    QFETCH(QString, expected);
    installInterfaceLanguage(language);
    const qint64 id = m_gui.openOn(quayDebate(speakers));
    QVERIFY(id);
    // The status bar's permanent label counts the speakers of the article shown.
    QStringList labels;
    for (const QLabel *label : m_gui.window()->statusBar()->findChildren<QLabel *>())
        labels.append(label->text());
    QVERIFY2(labels.contains(expected), qPrintable(labels.join(u" | "_s)));
}

void TestTranslations::englishPluralsAreNotPlaceholders()
{
    // Numbers follow the language: a German thousands separator is a dot.
    installInterfaceLanguage(u"de"_s);
    QCOMPARE(QLocale().toString(12345), u"12.345"_s);
    installInterfaceLanguage(u"en"_s);
    QCOMPARE(QLocale().toString(12345), u"12,345"_s);
    const QString count = QCoreApplication::translate("Colloquy::MainWindow", "%Ln speaker(s)", nullptr, 2);
    QCOMPARE(count, u"2 speakers"_s);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
