#include "speakerpane.h"

#include "speechview.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Colloquy {

namespace {
constexpr int HeaderTopMargin = 14;
constexpr int HeaderBottomMargin = 10;
} // namespace

SpeakerPane::SpeakerPane(
    const QString &name, const QString &bio, const QList<QStringList> &turns, QWidget *parent)
    : QFrame(parent)
    , m_name(name)
    , m_bio(bio)
    , m_header(new QWidget(this))
    , m_nameLabel(new QLabel(name, m_header))
    , m_bioLabel(new QLabel(bio, m_header))
    , m_speech(new SpeechView(this))
{
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(name);
    // Small enough that many speakers side by side or stacked still fit a laptop screen.
    setMinimumSize(160, 110);

    // The header shares the speech's background so pane and text read as one sheet.
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);

    m_nameLabel->setObjectName(QStringLiteral("speakerName"));
    m_nameLabel->setTextFormat(Qt::PlainText);
    m_nameLabel->setWordWrap(true);
    m_nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bioLabel->setObjectName(QStringLiteral("speakerBio"));
    m_bioLabel->setTextFormat(Qt::PlainText);
    m_bioLabel->setWordWrap(true);
    m_bioLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bioLabel->setForegroundRole(QPalette::PlaceholderText);
    m_bioLabel->setVisible(!bio.isEmpty());

    auto *headerLayout = new QVBoxLayout(m_header);
    headerLayout->setSpacing(2);
    headerLayout->addWidget(m_nameLabel);
    headerLayout->addWidget(m_bioLabel);
    headerLayout->addStretch();

    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);

    m_speech->setTurns(turns);
    m_speech->setAccessibleName(tr("Speech of %1").arg(name));
    setFocusProxy(m_speech);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(rule);
    layout->addWidget(m_speech, 1);

    connect(m_speech, &SpeechView::columnChanged, this, &SpeakerPane::alignHeader);
    setReadingPointSize(m_speech->font().pointSizeF());
}

QString SpeakerPane::name() const
{
    return m_name;
}

QString SpeakerPane::bio() const
{
    return m_bio;
}

QLabel *SpeakerPane::nameLabel() const
{
    return m_nameLabel;
}

QLabel *SpeakerPane::bioLabel() const
{
    return m_bioLabel;
}

SpeechView *SpeakerPane::speechView() const
{
    return m_speech;
}

int SpeakerPane::naturalHeaderHeight() const
{
    // The header spans the pane; the pane's width is current even while its layout is catching up.
    QLayout *layout = m_header->layout();
    return layout->hasHeightForWidth() ? layout->totalHeightForWidth(width())
                                       : layout->totalSizeHint().height();
}

void SpeakerPane::setHeaderMinimumHeight(int height)
{
    m_header->setMinimumHeight(height);
}

void SpeakerPane::setReadingPointSize(qreal pointSize)
{
    m_speech->setFont(SpeechView::readingFont(pointSize));
    QFont nameFont = font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(pointSize * 1.15);
    m_nameLabel->setFont(nameFont);
    QFont bioFont = font();
    bioFont.setPointSizeF(std::max(7.0, pointSize * 0.8));
    m_bioLabel->setFont(bioFont);
    alignHeader();
}

void SpeakerPane::alignHeader()
{
    // Line the header up with the centred text column below it.
    const int side = m_speech->columnLeft();
    m_header->layout()->setContentsMargins(side, HeaderTopMargin, side, HeaderBottomMargin);
}

} // namespace Colloquy
