#include "annotations/noteeditor.h"

#include "annotate/annotations.h"
#include "annotations/popupplacement_p.h"
#include "store/librarystore.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#ifdef COLLOQUY_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {
// A pause this long between keystrokes starts a new undo step.
constexpr qint64 BurstPauseMs = 3000;
constexpr int QuoteExcerpt = 160;

#ifdef COLLOQUY_HAVE_KSYNTAXHIGHLIGHTING
KSyntaxHighlighting::Repository &repository()
{
    // Reading the definitions' metadata is costly: once per process, and gone
    // with the application rather than at static destruction.
    static KSyntaxHighlighting::Repository *repo = [] {
        auto *r = new KSyntaxHighlighting::Repository;
        r->setParent(QCoreApplication::instance());
        return r;
    }();
    return *repo;
}
#endif
} // namespace

NoteEditor::NoteEditor(Annotations *annotations, QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_annotations(annotations)
    , m_quote(new QLabel(this))
    , m_edit(new QPlainTextEdit(this))
{
    setObjectName(u"noteEditor"_s);
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    m_quote->setWordWrap(true);
    m_quote->setTextFormat(Qt::PlainText);
    m_quote->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_quote);
    m_edit->setPlaceholderText(tr("Write a note in Markdown; it is saved as you type"));
    m_edit->setTabChangesFocus(true);
    QFont mono(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    m_edit->setFont(mono);
    layout->addWidget(m_edit, 1);
    auto *hint = new QLabel(tr("Saved as you type · Esc: close"), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);
    resize(440, 280);

    m_edit->installEventFilter(this);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &NoteEditor::save);
    setupHighlighting();
}

NoteEditor::~NoteEditor()
{
    if (m_inBurst)
        m_annotations->endNoteBurst();
}

bool NoteEditor::hasSyntaxHighlighting()
{
#ifdef COLLOQUY_HAVE_KSYNTAXHIGHLIGHTING
    return true;
#else
    return false;
#endif
}

void NoteEditor::setupHighlighting()
{
#ifdef COLLOQUY_HAVE_KSYNTAXHIGHLIGHTING
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_edit->document());
    highlighter->setTheme(repository().themeForPalette(m_edit->palette()));
    highlighter->setDefinition(repository().definitionForName(u"Markdown"_s));
#endif
}

void NoteEditor::popup(qint64 highlightId, const QPoint &globalPos)
{
    const std::optional<Highlight> highlight = m_annotations->store()->highlight(highlightId).valueOr({});
    if (!highlight)
        return;
    m_highlightId = highlightId;
    QString quote = highlight->anchor.quote.exact.simplified();
    if (quote.size() > QuoteExcerpt)
        quote = quote.left(QuoteExcerpt - 1) + u'\u2026';
    m_quote->setText(highlight->speaker.isEmpty() ? u"\u201C"_s + quote + u"\u201D"_s
                                                  : tr("%1: \u201C%2\u201D").arg(highlight->speaker, quote));
    m_loading = true;
    const std::optional<Note> note = m_annotations->store()->note(highlightId).valueOr({});
    m_edit->setPlainText(note ? note->markdown : QString());
    m_loading = false;
    m_edit->moveCursor(QTextCursor::End);

    if (!m_inBurst) {
        m_annotations->beginNoteBurst();
        m_inBurst = true;
    }
    m_sinceLastChange.start();

    showPopupAt(this, globalPos, m_edit);
}

qint64 NoteEditor::highlightId() const
{
    return m_highlightId;
}

QPlainTextEdit *NoteEditor::editor() const
{
    return m_edit;
}

void NoteEditor::save()
{
    if (m_loading || m_highlightId == 0)
        return;
    if (m_inBurst && m_sinceLastChange.isValid() && m_sinceLastChange.elapsed() > BurstPauseMs) {
        m_annotations->endNoteBurst();
        m_annotations->beginNoteBurst();
    }
    m_sinceLastChange.start();
    m_changed = true;
    if (!m_annotations->setNote(m_highlightId, m_edit->toPlainText()))
        Q_EMIT statusMessage(tr("Cannot save the note: %1").arg(m_annotations->errorString()));
}

bool NoteEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        close();
        return true;
    }
    return QFrame::eventFilter(watched, event);
}

void NoteEditor::hideEvent(QHideEvent *event)
{
    QFrame::hideEvent(event);
    if (m_inBurst) {
        m_annotations->endNoteBurst();
        m_inBurst = false;
    }
    if (m_highlightId != 0 && m_changed)
        Q_EMIT statusMessage(tr("Note saved"));
    m_changed = false;
    m_highlightId = 0;
}

} // namespace Colloquy
