#include "library/articledetailsdialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

ArticleDetailsDialog::ArticleDetailsDialog(
    const ArticleDetails &details, const QString &fileTitle, QWidget *parent)
    : QDialog(parent)
    , m_details(details)
    , m_title(new QLineEdit(details.title, this))
    , m_source(new QLineEdit(details.source, this))
    , m_url(new QLineEdit(details.url, this))
    , m_dateKnown(new QCheckBox(tr("&Known:"), this))
    , m_published(new QDateEdit(this))
{
    setObjectName(u"articleDetailsDialog"_s);
    setWindowTitle(tr("Article Details"));
    m_title->setObjectName(u"detailsTitle"_s);
    m_title->setPlaceholderText(fileTitle);
    m_title->setAccessibleName(tr("Title"));
    m_source->setObjectName(u"detailsSource"_s);
    m_source->setPlaceholderText(tr("The newspaper, site or programme"));
    m_source->setAccessibleName(tr("Source"));
    m_url->setObjectName(u"detailsUrl"_s);
    m_url->setPlaceholderText(u"https://"_s);
    m_url->setAccessibleName(tr("Web address"));
    m_dateKnown->setObjectName(u"detailsDateKnown"_s);
    m_published->setObjectName(u"detailsPublished"_s);
    m_published->setAccessibleName(tr("Publication date"));
    m_published->setCalendarPopup(true);
    m_published->setDate(details.published.isValid() ? details.published : QDate::currentDate());
    m_dateKnown->setChecked(details.published.isValid());
    m_published->setEnabled(m_dateKnown->isChecked());
    connect(m_dateKnown, &QCheckBox::toggled, m_published, &QWidget::setEnabled);

    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_dateKnown);
    dateRow->addWidget(m_published, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("&Web address:"), m_url);
    form->addRow(tr("&Published:"), dateRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

ArticleDetails ArticleDetailsDialog::details() const
{
    ArticleDetails details = m_details;
    details.title = m_title->text();
    details.source = m_source->text();
    details.url = m_url->text();
    details.published = m_dateKnown->isChecked() ? m_published->date() : QDate();
    return details;
}

} // namespace Colloquy
