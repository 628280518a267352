#include "store/edithistory.h"

#include "logging.h"
#include "store/librarystore.h"

#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

EditHistory::EditHistory(LibraryStore &store, QUndoStack &stack, const QString &author)
    : m_store(store)
    , m_stack(stack)
    , m_author(author)
{
    m_stack.setUndoLimit(KeptSteps);
}

bool EditHistory::fail(const QString &message)
{
    m_error = message;
    qCWarning(lcStore).noquote() << message;
    return false;
}

void EditHistory::beginStep(const QString &text)
{
    if (m_depth++ == 0) {
        m_error.clear();
        m_text = text;
        m_pending.clear();
        m_pendingTexts.clear();
        m_pendingMerge = {};
    }
    m_store.beginStep();
}

void EditHistory::record(
    const QString &text, AnyChange forward, AnyChange backward, const ChangeCommand::Merge &merge)
{
    Q_ASSERT_X(m_depth > 0, "EditHistory::record", "changes are recorded inside a step");
    m_pending.append({std::move(forward), std::move(backward)});
    m_pendingTexts.append(text);
    m_pendingMerge = m_pending.size() == 1 ? merge : ChangeCommand::Merge {};
}

bool EditHistory::writeRecord(ChangeCommand &command, ChangeCommand *top, qint64 *recordId)
{
    if (top && top->recordId() > 0 && top->canMergeWith(command)) {
        // The stack will merge the two; so does the record: the first backward, the newest forward.
        const QList<ChangePair> merged {
            {command.changes().constFirst().forward, top->changes().constFirst().backward}};
        *recordId = top->recordId();
        return m_store.updateUndoRecord(top->recordId(), encodeChanges(merged), m_author);
    }
    UndoRecord record;
    record.author = m_author;
    record.text = command.text();
    record.created = QDateTime::currentDateTimeUtc();
    record.changes = encodeChanges(command.changes());
    const std::optional<qint64> id = m_store.addUndoRecord(record, KeptSteps);
    *recordId = id.value_or(0);
    return id.has_value();
}

bool EditHistory::commitStep()
{
    Q_ASSERT(m_depth > 0);
    if (--m_depth > 0)
        return m_store.endStep(true);

    std::unique_ptr<ChangeCommand> command;
    qint64 recordId = 0;
    if (!m_pending.isEmpty() && !m_store.stepFailed()) {
        const QString text =
            m_pendingTexts.size() == 1 || m_text.isEmpty() ? m_pendingTexts.constFirst() : m_text;
        command = std::make_unique<ChangeCommand>(*this, text, std::exchange(m_pending, {}), m_pendingMerge);
        auto *top = m_stack.index() > 0
            ? dynamic_cast<ChangeCommand *>(const_cast<QUndoCommand *>(m_stack.command(m_stack.index() - 1)))
            : nullptr;
        if (!writeRecord(*command, top, &recordId)) {
            m_store.endStep(false);
            return fail(m_store.errorString());
        }
    }
    m_pending.clear();
    if (!m_store.endStep(true))
        return fail(m_store.errorString());
    if (command) {
        command->setRecordId(recordId);
        m_stack.push(command.release());
    }
    return true;
}

void EditHistory::rollbackStep()
{
    Q_ASSERT(m_depth > 0);
    if (--m_depth == 0)
        m_pending.clear();
    m_store.endStep(false);
}

bool EditHistory::replay(const ChangeCommand &command, bool forward)
{
    m_error.clear();
    const char *what = forward ? "redo" : "undo";
    m_store.beginStep();
    bool ok = true;
    if (command.recordId() > 0) {
        // Undone (or redone) meanwhile by another process: applying it again would do it twice.
        const auto undone = m_store.undoRecordUndone(command.recordId());
        if (undone.failed())
            ok = fail(undone.error());
        else if (undone->has_value() && **undone != forward)
            ok = fail(u"cannot %1 '%2': it was %3 elsewhere meanwhile"_s.arg(
                QLatin1StringView(what), command.text(), forward ? u"redone"_s : u"undone"_s));
    }
    const QList<ChangePair> &changes = command.changes();
    for (qsizetype i = 0; ok && i < changes.size(); ++i) {
        AnyChange change = forward ? changes.at(i).forward : changes.at(changes.size() - 1 - i).backward;
        if (!m_store.apply(change))
            ok = fail(
                u"cannot %1 '%2': %3"_s.arg(QLatin1StringView(what), command.text(), m_store.errorString()));
    }
    if (ok && command.recordId() > 0 && !m_store.setUndoRecordUndone(command.recordId(), !forward))
        ok = fail(m_store.errorString());
    if (!m_store.endStep(ok) && ok)
        ok =
            fail(u"cannot %1 '%2': %3"_s.arg(QLatin1StringView(what), command.text(), m_store.errorString()));
    return ok;
}

bool EditHistory::undo()
{
    if (!m_stack.canUndo())
        return fail(u"there is nothing to undo"_s);
    m_error.clear();
    m_stack.undo();
    return m_error.isEmpty();
}

bool EditHistory::redo()
{
    if (!m_stack.canRedo())
        return fail(u"there is nothing to redo"_s);
    m_error.clear();
    m_stack.redo();
    return m_error.isEmpty();
}

bool EditHistory::load()
{
    m_error.clear();
    const Result<QList<UndoRecord>> records = m_store.undoRecords(m_author);
    if (records.failed())
        return fail(records.error());
    m_stack.clear();
    int undone = 0;
    for (const UndoRecord &record : *records) {
        std::optional<QList<ChangePair>> changes = decodeChanges(record.changes);
        if (!changes) {
            // From a newer version, or damaged: the steps before it cannot be reached past it.
            qCWarning(lcStore) << "cannot read undo step" << record.id
                               << "of the history; dropping the older ones";
            m_stack.clear();
            undone = 0;
            continue;
        }
        auto *command = new ChangeCommand(*this, record.text, *std::move(changes));
        command->setRecordId(record.id);
        m_stack.push(command); // its redo() writes nothing
        undone = record.undone ? undone + 1 : 0;
    }
    for (int i = 0; i < undone; ++i) {
        auto *command =
            dynamic_cast<ChangeCommand *>(const_cast<QUndoCommand *>(m_stack.command(m_stack.index() - 1)));
        command->skipNext();
        m_stack.undo();
    }
    return true;
}

} // namespace Colloquy
