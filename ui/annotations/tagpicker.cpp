#include "annotations/tagpicker.h"

#include "annotate/annotations.h"
#include "annotations/popupplacement_p.h"
#include "annotations/themepaths.h"
#include "model/codebook.h"
#include "reader/highlightstyle.h"
#include "store/librarystore.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {
constexpr int ThemeIdRole = Qt::UserRole + 1;
constexpr int CreateRole = Qt::UserRole + 2;
constexpr int MaxVisibleRows = 10;

QStringList splitPath(const QString &typed)
{
    static const QRegularExpression separator(u"\\s*[>\u203A]\\s*"_s);
    QStringList parts = typed.split(separator, Qt::SkipEmptyParts);
    for (QString &part : parts)
        part = part.trimmed();
    parts.removeAll(QString());
    return parts;
}
} // namespace

TagPicker::TagPicker(Annotations *annotations, QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_annotations(annotations)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setObjectName(u"tagPicker"_s);
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    auto *title = new QLabel(tr("Tag with themes"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    m_filter->setPlaceholderText(tr("Find or create a theme…"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setUniformItemSizes(true);
    layout->addWidget(m_list);
    auto *hint = new QLabel(tr("Enter: apply or remove · Esc: close"), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);
    setMinimumWidth(320);

    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &TagPicker::rebuild);
    // Applied after the click is done: applying rebuilds the list the view is still handling.
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        const int row = m_list->row(item);
        QMetaObject::invokeMethod(
            this, [this, row] { applyItem(m_list->item(row)); }, Qt::QueuedConnection);
    });
    connect(m_annotations->store(), &LibraryStore::annotationsChanged, this, [this] {
        if (isVisible())
            rebuild();
    });
}

TagPicker::~TagPicker() = default;

void TagPicker::popup(qint64 highlightId, const QPoint &globalPos)
{
    m_highlightId = highlightId;
    m_filter->clear();
    rebuild();
    showPopupAt(this, globalPos, m_filter);
}

qint64 TagPicker::highlightId() const
{
    return m_highlightId;
}

QLineEdit *TagPicker::filterEdit() const
{
    return m_filter;
}

QListWidget *TagPicker::list() const
{
    return m_list;
}

void TagPicker::rebuild()
{
    const LibraryStore *store = m_annotations->store();
    const QList<Theme> themes = store->themes().valueOr({});
    const QHash<qint64, QString> paths = themePaths(themes);
    const QList<qint64> applied = store->themeIdsOfHighlight(m_highlightId).valueOr({});
    const QString typed = m_filter->text().trimmed();
    const QStringList typedParts = splitPath(typed);
    const QString typedPath = typedParts.join(u' ' + QString(ThemePathSeparator) + u' ');

    struct Row
    {
        QString path;
        const Theme *theme = nullptr;
    };
    QList<Row> rows;
    bool exact = false;
    for (const Theme &theme : themes) {
        const QString &path = paths.value(theme.id);
        if (!typed.isEmpty() && !path.contains(typed, Qt::CaseInsensitive) &&
            !path.contains(typedPath, Qt::CaseInsensitive))
            continue;
        exact = exact || path.compare(typedPath, Qt::CaseInsensitive) == 0 ||
            (typedParts.size() == 1 && theme.name.compare(typedPath, Qt::CaseInsensitive) == 0);
        rows.append({path, &theme});
    }
    std::stable_sort(rows.begin(), rows.end(),
        [](const Row &a, const Row &b) { return a.path.localeAwareCompare(b.path) < 0; });

    m_list->clear();
    for (const Row &row : std::as_const(rows)) {
        auto *item = new QListWidgetItem(HighlightStyle::icon(row.theme->colour), row.path, m_list);
        item->setData(ThemeIdRole, row.theme->id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(applied.contains(row.theme->id) ? Qt::Checked : Qt::Unchecked);
        if (!row.theme->description.isEmpty())
            item->setToolTip(row.theme->description);
    }
    if (!typedParts.isEmpty() && !exact) {
        auto *create = new QListWidgetItem(
            QIcon::fromTheme(u"list-add"_s), tr("Create theme \u201C%1\u201D").arg(typedPath), m_list);
        create->setData(CreateRole, typed);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    // Tall enough for the rows up to a point, then it scrolls.
    const int rowHeight = std::max(m_list->sizeHintForRow(0), fontMetrics().height() + 4);
    m_list->setFixedHeight(
        rowHeight * std::clamp(m_list->count(), 3, MaxVisibleRows) + 2 * m_list->frameWidth());
    adjustSize();
}

bool TagPicker::applyCurrent()
{
    return applyItem(m_list->currentItem());
}

bool TagPicker::applyItem(QListWidgetItem *item)
{
    if (!item || m_highlightId == 0)
        return false;
    // Read the row first: every change rebuilds the list (annotationsChanged).
    const QString toCreate = item->data(CreateRole).toString();
    const qint64 themeId = item->data(ThemeIdRole).toLongLong();
    const bool on = item->checkState() == Qt::Checked;
    const QString label = item->text();
    bool ok = false;
    QString message;
    if (!toCreate.isEmpty()) {
        m_annotations->beginMacro(tr("Tag with new theme"));
        const std::optional<qint64> created = createThemePath(toCreate);
        ok = created && m_annotations->tagHighlight(m_highlightId, *created);
        m_annotations->endMacro();
        message = ok ? tr("Created the theme and tagged the highlight")
                     : tr("Cannot create the theme: %1").arg(m_annotations->errorString());
        if (ok)
            m_filter->clear();
    } else {
        ok = on ? m_annotations->untagHighlight(m_highlightId, themeId)
                : m_annotations->tagHighlight(m_highlightId, themeId);
        message = ok ? (on ? tr("Removed the theme %1").arg(label) : tr("Tagged with %1").arg(label))
                     : tr("Cannot tag: %1").arg(m_annotations->errorString());
    }
    rebuild();
    Q_EMIT statusMessage(message);
    return ok;
}

std::optional<qint64> TagPicker::createThemePath(const QString &typed)
{
    const QStringList parts = splitPath(typed);
    if (parts.isEmpty())
        return std::nullopt;
    const Codebook codebook(m_annotations->store()->themes().valueOr({}));
    qint64 parentId = 0;
    for (const QString &part : parts) {
        if (const std::optional<Theme> existing = codebook.findChild(parentId, part)) {
            parentId = existing->id;
            continue;
        }
        const std::optional<qint64> created = m_annotations->createTheme(part, parentId);
        if (!created)
            return std::nullopt;
        parentId = *created;
    }
    return parentId;
}

bool TagPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int count = m_list->count();
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
            if (count > 0) {
                const int step = key->key() == Qt::Key_Down ? 1 : -1;
                m_list->setCurrentRow((std::max(0, m_list->currentRow()) + step + count) % count);
            }
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            applyCurrent();
            return true;
        case Qt::Key_Escape:
            close();
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void TagPicker::hideEvent(QHideEvent *event)
{
    QFrame::hideEvent(event);
    m_highlightId = 0;
}

} // namespace Colloquy
