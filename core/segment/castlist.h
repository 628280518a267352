#pragma once

#include "segment/turnlabelparser.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace Colloquy {

/**
 * The people, roles and outlets an article names, gathered from its title,
 * notes, rosters, bios, labels and prose, so that a label can be resolved to
 * the person it stands for: a surname or a title and surname (`OKAFOR`,
 * `Mr. Bejar`, `AMBASSADOR RICE`), a role (`CHAIR`, `MODERATOR`), an alias
 * the prose defines (`Daniel Gros (Gros)`, `the Global Times (GT)`), an
 * outlet's initials (`TR` for `The Review`), or `Q` and `A` (the interviewer
 * or outlet, and the interviewee). A label the article does not explain
 * resolves to nothing and stays as printed.
 *
 * A value built once per article by the Segmenter; not thread-safe to build,
 * reentrant to read.
 */
class CastList
{
public:
    /// Reads the names in a stretch of prose. `intro`: the title, notes or narration before the
    /// first turn, where interviews say who asks and who answers.
    void addProse(QStringView text, bool intro);
    /// A name printed in a label or heading (`CHIDI OKAFOR`, `Rosa Delgado`).
    void addPrinted(const QString &name);
    /// An outlet that speaks in its own name (`The Ledger:`).
    void addOutlet(const QString &outlet);

    /// The person (or outlet) `turn` stands for; null when the article does not say.
    QString resolve(const TurnLabel &turn) const;
    /// Who asks in an interview: a reporter named in the introduction, else the outlet; may be null.
    QString interviewer() const { return m_interviewer.isEmpty() ? m_interviewerOutlet : m_interviewer; }
    /// Who answers: the first person the introduction names who does not ask; may be null.
    QString interviewee() const;
    /// An alias the prose defines (`RK` in `Rosa Kell (RK)`), or null.
    QString aliasTarget(const QString &alias) const { return m_aliases.value(alias); }
    /// Whether the prose names `outlet` as one (`He spoke to The Review`).
    bool knowsOutlet(const QString &outlet) const { return m_outlets.contains(outlet); }

private:
    struct Person
    {
        QString name; ///< the fullest form printed, honorifics and titles removed
        QString surname; ///< case-folded
        QString given; ///< case-folded first given name
        bool mixedCase = false;
    };

    void addPerson(const QString &name);
    QString personBySurname(const QString &surnameKey) const;
    QString fullForm(const QString &capitalsName) const;
    void readRoles(QStringView text);
    void readInterview(QStringView text);

    QList<Person> m_people;
    QHash<QString, qsizetype> m_personIndex; ///< `surname given` → index in m_people
    QHash<QString, QString> m_aliases;
    QHash<QString, QString> m_roles; ///< `chair` → `Orla Fenwick`
    QStringList m_outlets;
    QStringList m_introPeople; ///< full names in the introduction, in order
    QString m_interviewer;
    QString m_interviewerOutlet;
};

} // namespace Colloquy
