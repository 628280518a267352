#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Colloquy {

class LibraryStore;
class SpeakerAttributes;

/**
 * One person's speaker attributes in the speakers window: every attribute of
 * the library with this person's value, edited in place (type over the value,
 * F2 or a double-click; an emptied value is removed), and what the person's
 * bios suggest (`…from Sri Lanka` → country), each to tick and accept.
 *
 * Every change goes through SpeakerAttributes, one undo step each (accepting
 * several suggestions is one), and the panel refills from the store when the
 * window rebuilds (setPersonId()). An edit is applied after the view has
 * closed its editor, because applying it rebuilds the lists. Neither
 * `attributes` nor `store` is owned. GUI thread only.
 */
class AttributePanel : public QWidget
{
    Q_OBJECT
public:
    AttributePanel(SpeakerAttributes *attributes, LibraryStore *store, QWidget *parent = nullptr);
    ~AttributePanel() override;

    static constexpr int AttributeNameRole = Qt::UserRole + 10;

    /// Shows person `personId`'s values and suggestions; 0 shows nothing.
    void setPersonId(qint64 personId);
    qint64 personId() const;

    /// Attribute | value | type, one row per attribute of the library.
    QTreeWidget *valueList() const;
    /// What the bios suggest: attribute | value (the bio in the tooltip), each checkable.
    QTreeWidget *proposalList() const;
    QPushButton *acceptButton() const;
    QAction *addAction() const;
    QAction *removeValueAction() const;

    /// Sets (or, when `value` is blank, removes) the current person's value of `attribute`.
    bool setValue(const QString &attribute, const QString &value);
    /// Asks for a name and a type, then adds the attribute and starts editing its value.
    bool addAttribute();
    /// Accepts the ticked suggestions as one step.
    bool acceptChecked();

Q_SIGNALS:
    /// What was done, or why it was not, in one sentence.
    void statusMessage(const QString &message, bool ok);

private:
    void refill();
    void updateActions();
    bool report(bool ok, const QString &done);

    SpeakerAttributes *m_attributes;
    LibraryStore *m_store;
    QLabel *m_heading;
    QTreeWidget *m_values;
    QTreeWidget *m_proposals;
    QLabel *m_noProposals;
    QPushButton *m_accept;
    QAction *m_add;
    QAction *m_removeValue;
    qint64 m_personId = 0;
    bool m_filling = false;
};

} // namespace Colloquy
