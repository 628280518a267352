#include "library/librarydelegate.h"

#include "library/librarymodel.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace Colloquy {

namespace {
constexpr int HorizontalPadding = 10;
constexpr int VerticalPadding = 7;
constexpr int LineGap = 2;

QFont titleFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    return font;
}

QFont dateFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.85);
    return font;
}

QString speakersLine(const QModelIndex &index)
{
    const QStringList names = index.data(LibraryModel::SpeakerNamesRole).toStringList();
    return names.isEmpty() ? LibraryDelegate::tr("No speakers recognised") : names.join(u", ");
}

QString importedLine(const QModelIndex &index)
{
    const QDateTime importedAt = index.data(LibraryModel::ImportedAtRole).toDateTime().toLocalTime();
    const QLocale locale;
    const qint64 daysAgo = importedAt.date().daysTo(QDate::currentDate());
    if (daysAgo == 0)
        return LibraryDelegate::tr("Imported today, %1")
            .arg(locale.toString(importedAt.time(), QLocale::ShortFormat));
    if (daysAgo == 1)
        return LibraryDelegate::tr("Imported yesterday, %1")
            .arg(locale.toString(importedAt.time(), QLocale::ShortFormat));
    return LibraryDelegate::tr("Imported %1").arg(locale.toString(importedAt.date(), QLocale::ShortFormat));
}

/// When and where: what tells articles of one title apart, else the publication and the import.
QString dateLine(const QModelIndex &index)
{
    const QString distinction = index.data(LibraryModel::DistinctionRole).toString();
    if (!distinction.isEmpty())
        return distinction;
    const QDate published = index.data(LibraryModel::PublishedRole).toDate();
    QStringList parts;
    if (published.isValid())
        parts << QLocale().toString(published, QLocale::ShortFormat);
    parts << importedLine(index);
    return parts.join(u" · ");
}
} // namespace

LibraryDelegate::LibraryDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void LibraryDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    // The style draws selection, hover and focus; the text is ours.
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (opt.state & QStyle::State_Active)                                ? QPalette::Active
                                                                            : QPalette::Inactive;
    const QColor textColor = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor mutedColor = textColor;
    mutedColor.setAlphaF(0.7f);

    const QRect textRect =
        opt.rect.adjusted(HorizontalPadding, VerticalPadding, -HorizontalPadding, -VerticalPadding);
    painter->save();
    painter->setClipRect(opt.rect);

    const QFont title = titleFont(opt.font);
    const QFontMetrics titleMetrics(title);
    const QFontMetrics speakerMetrics(opt.font);
    const QFont date = dateFont(opt.font);
    const QFontMetrics dateMetrics(date);

    int y = textRect.top();
    painter->setFont(title);
    painter->setPen(textColor);
    painter->drawText(QRect(textRect.left(), y, textRect.width(), titleMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        titleMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, textRect.width()));
    y += titleMetrics.height() + LineGap;

    painter->setFont(opt.font);
    painter->drawText(QRect(textRect.left(), y, textRect.width(), speakerMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        speakerMetrics.elidedText(speakersLine(index), Qt::ElideRight, textRect.width()));
    y += speakerMetrics.height() + LineGap;

    painter->setFont(date);
    painter->setPen(mutedColor);
    painter->drawText(QRect(textRect.left(), y, textRect.width(), dateMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        dateMetrics.elidedText(dateLine(index), Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize LibraryDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    const int height = QFontMetrics(titleFont(option.font)).height() + QFontMetrics(option.font).height() +
        QFontMetrics(dateFont(option.font)).height() + 2 * LineGap + 2 * VerticalPadding;
    return {option.rect.width() > 0 ? option.rect.width() : 200, height};
}

} // namespace Colloquy
