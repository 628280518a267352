#pragma once

#include <QFrame>

class QLabel;

namespace Colloquy {

class SpeechView;

/**
 * One voice of an article: a header with the speaker's name and bio above
 * everything that speaker says, all turns in one SpeechView.
 *
 * The header stays put while the speech scrolls, so the reader always sees
 * who is talking, and it lines up with the speech's text column.
 */
class SpeakerPane : public QFrame
{
    Q_OBJECT
public:
    /// `bio` may be null; `turns` holds one list of paragraphs per turn.
    SpeakerPane(
        const QString &name, const QString &bio, const QList<QStringList> &turns, QWidget *parent = nullptr);

    QString name() const;
    QString bio() const;
    QLabel *nameLabel() const;
    QLabel *bioLabel() const;
    SpeechView *speechView() const;

    /// The height the header needs at its current width.
    int naturalHeaderHeight() const;
    /// Makes the header at least this tall, so side-by-side speeches start on one line.
    void setHeaderMinimumHeight(int height);

    /// The point size of the speech; the header scales with it.
    void setReadingPointSize(qreal pointSize);

private:
    void alignHeader();

    QString m_name;
    QString m_bio;
    QWidget *m_header;
    QLabel *m_nameLabel;
    QLabel *m_bioLabel;
    SpeechView *m_speech;
};

} // namespace Colloquy
