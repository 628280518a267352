#pragma once

#include "model/speakerattribute.h"

#include <QList>
#include <QObject>

#include <memory>
#include <optional>

namespace Colloquy {

class EditHistory;
class LibraryStore;

/// A value a bio suggests for a person's attribute, for the user to confirm
/// (SpeakerAttributes::proposals()). A plain value.
struct AttributeProposal
{
    qint64 personId = 0;
    QString personName;
    QString attribute;
    AttributeType type = AttributeType::Text; ///< the attribute's, when it exists already
    QString value;
    QString bio; ///< the bio that states it

    friend bool operator==(const AttributeProposal &, const AttributeProposal &) = default;
};

/**
 * The one way to change speaker attributes: typed variables on person
 * profiles (text, number, date, category), which the matrix and the overview
 * group and filter voices by.
 *
 * Each method checks its input (a number must read as one, a date as
 * `YYYY-MM-DD`), writes in one transaction and pushes one step on the
 * session's undo stack; on error it returns false (or nullopt), changes
 * nothing and says why in errorString(). Attributes are found by name,
 * ignoring case. proposals() only reads: what the bios state that a profile
 * has no value for yet; acceptProposals() writes the ones the user confirmed,
 * one undo step. Nothing is filled in from a bio without that.
 *
 * Made and owned by LibrarySession; use from the store's thread.
 */
class SpeakerAttributes : public QObject
{
    Q_OBJECT
public:
    ~SpeakerAttributes() override;

    /// Why the last call failed; empty after a call that succeeded.
    QString errorString() const;

    /// A new attribute; refuses a name that is taken.
    std::optional<qint64> defineAttribute(const QString &name, AttributeType type);
    /// Removes an attribute with every profile's value of it.
    bool removeAttribute(qint64 attributeId);
    /**
     * Sets person `personId`'s `attribute` to `value` (in the attribute's
     * canonical form). A missing attribute is created in the same step, of
     * `type`, or when that is not given of the type the value reads as
     * (attributeTypeOfValue()). `type` must match an existing attribute's.
     */
    bool setValue(qint64 personId, const QString &attribute, const QString &value,
        std::optional<AttributeType> type = std::nullopt);
    /// Removes person `personId`'s value of `attribute`; fails when there is none.
    bool unsetValue(qint64 personId, const QString &attribute);

    /// What the bios of person `personId` (0: every person) state about
    /// attributes the person has no value for; newest bio first.
    QList<AttributeProposal> proposals(qint64 personId = 0) const;
    /// Sets the values of `proposals` in one undo step (all or nothing).
    bool acceptProposals(const QList<AttributeProposal> &proposals);

private:
    friend class LibrarySession;
    SpeakerAttributes(EditHistory &history, QObject *parent = nullptr);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Colloquy
