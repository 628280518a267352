#include "dialoganswers.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::Testing {

DialogAnswers triggerAndAnswer(QAction *action, const QString &path)
{
    DialogAnswers answered;
    // Modal dialogs run their own event loop, in which this timer still fires.
    QTimer answer;
    answer.setInterval(20);
    QObject::connect(&answer, &QTimer::timeout, &answer, [&answered, &path] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<QFileDialog *>(modal); dialog && !answered.fileDialog) {
            if (auto *field = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s)) {
                answered.fileDialog = true;
                field->setText(path);
                QTest::keyClick(field, Qt::Key_Return);
            }
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            answered.icon = box->icon();
            answered.message = box->text() + u'\n' + box->informativeText();
            if (QAbstractButton *ok = box->button(QMessageBox::Ok))
                QTest::mouseClick(ok, Qt::LeftButton);
            else
                box->reject(); // a question the test did not expect: no, and the test sees it
        }
    });
    answer.start();
    action->trigger();
    return answered;
}

QMenu *menuHolding(const QMainWindow *window, const QAction *action)
{
    for (QAction *top : window->menuBar()->actions()) {
        QMenu *menu = top->menu();
        if (!menu)
            continue;
        if (menu->actions().contains(action))
            return menu;
        for (QAction *item : menu->actions()) {
            if (item->menu() && item->menu()->actions().contains(action))
                return item->menu();
        }
    }
    return nullptr;
}

} // namespace Colloquy::Testing
