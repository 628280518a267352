#include "dialoganswers.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTest>
#include <QTextEdit>
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

TextInputAnswer answerTextInput(const std::function<void()> &open, const QString &value)
{
    TextInputAnswer answer;
    const QStringList offered = answerTextInputs(open, {value});
    answer.answered = !offered.isEmpty();
    answer.offered = offered.value(0);
    return answer;
}

QStringList answerTextInputs(const std::function<void()> &open, const QStringList &values)
{
    QStringList offered;
    QTimer timer;
    timer.setInterval(20);
    QObject::connect(&timer, &QTimer::timeout, &timer, [&offered, &values, &timer] {
        auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!input || !input->isVisible())
            return;
        offered.append(input->textValue());
        // A list choice (QInputDialog::getItem) takes the text of one of its items.
        input->setTextValue(values.at(offered.size() - 1));
        input->accept();
        if (offered.size() == values.size())
            timer.stop();
    });
    timer.start();
    open();
    return offered;
}

bool selectText(QTextEdit *view, int from, int length)
{
    view->setFocus(Qt::OtherFocusReason);
    if (!QTest::qWaitFor([view] { return view->hasFocus(); }))
        return false;
    QTextCursor cursor = view->textCursor();
    cursor.setPosition(from);
    cursor.setPosition(from + length, QTextCursor::KeepAnchor);
    view->setTextCursor(cursor);
    return true;
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
