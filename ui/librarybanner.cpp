#include "librarybanner.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

LibraryBanner::LibraryBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_buttons(new QHBoxLayout)
{
    setObjectName(u"libraryBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setObjectName(u"libraryBannerText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_buttons);
    hide();
}

void LibraryBanner::showMessage(const QString &text, Kind kind)
{
    const QStyle::StandardPixmap icon =
        kind == Kind::Warning ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    // A tint of the highlight colour (information) or of red (warning), readable in light and dark palettes.
    QPalette tinted = QApplication::palette(this);
    const QColor base = tinted.color(QPalette::Window);
    const QColor tint = kind == Kind::Warning ? QColor(220, 50, 47) : tinted.color(QPalette::Highlight);
    const qreal share = 0.18;
    tinted.setColor(QPalette::Window,
        QColor::fromRgbF(base.redF() * (1 - share) + tint.redF() * share,
            base.greenF() * (1 - share) + tint.greenF() * share,
            base.blueF() * (1 - share) + tint.blueF() * share));
    setPalette(tinted);
    m_text->setText(text);
    show();
}

QPushButton *LibraryBanner::addButton(const QString &text, const QString &objectName)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    m_buttons->addWidget(button);
    return button;
}

void LibraryBanner::clear()
{
    hide();
    m_text->clear();
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

QString LibraryBanner::text() const
{
    return m_text->text();
}

} // namespace Colloquy
